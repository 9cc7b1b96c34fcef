//! `~/.kube/config` as a file of the playground: kubectl reads it again when the learner has
//! changed it (`rm`, `>`, `sed -i`, `cp`), and `kubectl config` commands write it back, as
//! clientcmd's loading rules and `ModifyConfig` do. A removed or empty file is an empty
//! config (kubectl then falls back to `localhost:8080`); a file clientcmd cannot load stops
//! every command that reads it with `error loading config file`.

use super::super::config::{KubeConfig, LoadError, KUBECONFIG_PATH};
use super::super::error::KubectlError;
use super::super::Env;
use crate::vfs::FsError;

/// Reads the file if its text is not the one kubectl last read or wrote.
pub(super) fn load(env: &mut Env<'_>) -> Result<(), KubectlError> {
    let text = match env.fs.read(KUBECONFIG_PATH) {
        Ok(text) => Some(text),
        Err(FsError::IsADirectory) => {
            return Err(failure(LoadError(format!(
                "read {KUBECONFIG_PATH}: is a directory"
            ))))
        }
        Err(_) => None,
    };
    if text == env.config.file_text.as_deref() {
        return Ok(());
    }
    *env.config = match text {
        Some(text) => KubeConfig::from_file_text(text).map_err(failure)?,
        None => KubeConfig::from_file_text("")
            .map(|config| KubeConfig {
                file_text: None,
                ..config
            })
            .map_err(failure)?,
    };
    Ok(())
}

/// Writes the config back (creating `~/.kube` if needed), as kubectl writes the file it read.
pub(super) fn store(env: &mut Env<'_>) {
    let text = env.config.written_text();
    if let Some((directory, _)) = KUBECONFIG_PATH.rsplit_once('/') {
        let _ = env.fs.mkdir(directory, true);
    }
    env.config.file_text = env.fs.write(KUBECONFIG_PATH, &text).is_ok().then_some(text);
}

fn failure(error: LoadError) -> KubectlError {
    KubectlError::message(format!(
        "error loading config file \"{KUBECONFIG_PATH}\": {}",
        error.0
    ))
}
