//! `~/.kube/config` as a file of the playground: kubectl reads it again when the learner has
//! changed it (`rm`, `>`, `sed -i`, `cp`), and `kubectl config` commands write it back, as
//! clientcmd's loading rules and `ModifyConfig` do. A removed or empty file is an empty
//! config (kubectl then falls back to `localhost:8080`); a file clientcmd cannot load stops
//! every command that reads it with `error loading config file`.
//!
//! `--kubeconfig PATH` names another file, read for this command only: a missing one is an
//! empty config to `kubectl config` (which creates it when it writes) and `stat`'s error to
//! every other command (`missing_error`).

use super::super::cli::Invocation;
use super::super::config::{KubeConfig, LoadError, KUBECONFIG_PATH};
use super::super::error::KubectlError;
use super::super::Env;
use crate::vfs::{FsError, Vfs};

/// The file the command reads: `--kubeconfig` when given, else `~/.kube/config`.
pub(super) fn path(invocation: &Invocation) -> &str {
    explicit_path(invocation).unwrap_or(KUBECONFIG_PATH)
}

fn explicit_path(invocation: &Invocation) -> Option<&str> {
    invocation
        .flags
        .string("kubeconfig")
        .filter(|path| !path.is_empty())
}

/// Reads the file if its text is not the one kubectl last read or wrote.
pub(super) fn load(env: &mut Env<'_>) -> Result<(), KubectlError> {
    let text = read(env.fs, KUBECONFIG_PATH)?;
    if text == env.config.file_text.as_deref() {
        return Ok(());
    }
    *env.config = parse(KUBECONFIG_PATH, text)?;
    Ok(())
}

/// The config `--kubeconfig` names, or `None` without the flag.
pub(super) fn load_explicit(
    invocation: &Invocation,
    fs: &Vfs,
) -> Result<Option<KubeConfig>, KubectlError> {
    let Some(path) = explicit_path(invocation) else {
        return Ok(None);
    };
    parse(path, read(fs, path)?).map(Some)
}

/// clientcmd's `os.Stat` of an explicit `--kubeconfig` that does not exist, which stops every
/// command but `kubectl config` where the configuration is first read.
pub(super) fn missing_error(invocation: &Invocation, fs: &Vfs) -> Option<KubectlError> {
    explicit_path(invocation)
        .filter(|path| matches!(fs.read(path), Err(FsError::NotFound)))
        .map(|path| KubectlError::message(format!("stat {path}: no such file or directory")))
}

/// The file's text (`None`: there is none), or clientcmd's error for a directory or a path
/// under a file.
fn read<'f>(fs: &'f Vfs, path: &str) -> Result<Option<&'f str>, KubectlError> {
    let reason = match fs.read(path) {
        Ok(text) => return Ok(Some(text)),
        Err(FsError::IsADirectory) => "is a directory",
        Err(_) if under_a_file(fs, path) => "not a directory",
        Err(_) => return Ok(None),
    };
    let operation = if reason == "is a directory" {
        "read"
    } else {
        "open"
    };
    Err(failure(
        path,
        LoadError(format!("{operation} {path}: {reason}")),
    ))
}

fn under_a_file(fs: &Vfs, path: &str) -> bool {
    path.match_indices('/')
        .filter_map(|(at, _)| path.get(..at))
        .any(|parent| !parent.is_empty() && fs.read(parent).is_ok())
}

fn parse(path: &str, text: Option<&str>) -> Result<KubeConfig, KubectlError> {
    match text {
        Some(text) => KubeConfig::from_file_text(text),
        None => KubeConfig::from_file_text("").map(|config| KubeConfig {
            file_text: None,
            ..config
        }),
    }
    .map_err(|error| failure(path, error))
}

/// Writes the config back to `path` (creating its directory if needed), as kubectl writes
/// the file it read.
pub(super) fn store(env: &mut Env<'_>, path: &str) {
    let text = env.config.written_text();
    if let Some((directory, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
        let _ = env.fs.mkdir(directory, true);
    }
    env.config.file_text = env.fs.write(path, &text).is_ok().then_some(text);
}

fn failure(path: &str, error: LoadError) -> KubectlError {
    KubectlError::message(format!("error loading config file \"{path}\": {}", error.0))
}
