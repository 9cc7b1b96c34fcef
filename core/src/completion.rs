//! Tab completion: commands, kubectl verbs, resource kinds, object names and file names.
//!
//! Pure: reads the session's cluster, file system and kubeconfig, returns candidates; the
//! line editor decides how to insert or list them.

use crate::api::Kind;
use crate::kubectl::cli::{self, Candidate, ValueHint};
use crate::session::{Completion, Session};

const RESOURCE_WORDS: &[&str] = &[
    "all",
    "events",
    "namespaces",
    "nodes",
    "pods",
    "replicationcontrollers",
    "services",
];

/// Completes the word under the cursor.
pub fn complete(session: &Session, line: &str, cursor: usize) -> Completion {
    let before: String = line.chars().take(cursor).collect();
    let word_start_byte = before
        .rfind(char::is_whitespace)
        .map(|i| i + 1)
        .unwrap_or(0);
    let word = before.get(word_start_byte..).unwrap_or("");
    let word_start = before
        .get(..word_start_byte)
        .map(|s| s.chars().count())
        .unwrap_or(0);
    let previous: Vec<&str> = before
        .get(..word_start_byte)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let mut candidates: Vec<String> = match previous.as_slice() {
        [] => crate::shell::builtins::BUILTINS
            .iter()
            .chain(&["kubectl"])
            .map(|s| s.to_string())
            .chain(session.shell.aliases.keys().cloned())
            .collect(),
        ["kubectl", rest @ ..] => kubectl_words(session, rest, word),
        // A command's arguments: aliases of kubectl complete like kubectl.
        [first, rest @ ..]
            if session
                .shell
                .aliases
                .get(*first)
                .is_some_and(|a| a.trim() == "kubectl") =>
        {
            kubectl_words(session, rest, word)
        }
        _ => files(session, word),
    };
    candidates.retain(|candidate| candidate.starts_with(word));
    crate::sort::sort(&mut candidates);
    candidates.dedup();
    Completion {
        candidates,
        word_start,
    }
}

/// kubectl words through the command table; object names from the session's cluster.
fn kubectl_words(session: &Session, previous: &[&str], word: &str) -> Vec<String> {
    let words: Vec<String> = previous.iter().map(|w| w.to_string()).collect();
    let mut out = Vec::new();
    for candidate in cli::complete(&words, word) {
        match candidate {
            Candidate::Word { text, .. } => out.push(text),
            Candidate::Hint {
                hint,
                insert_prefix,
                match_prefix,
                namespace,
                all_namespaces,
            } => {
                let names: Vec<String> = match hint {
                    ValueHint::ResourceType => {
                        RESOURCE_WORDS.iter().map(|s| s.to_string()).collect()
                    }
                    ValueHint::ResourceName { resource_type } => {
                        Kind::from_resource_arg(&resource_type)
                            .map(|kind| {
                                object_names(session, kind, namespace.as_deref(), all_namespaces)
                            })
                            .unwrap_or_default()
                    }
                    ValueHint::Container { pod } => {
                        let name = pod.rsplit('/').next().unwrap_or(&pod);
                        let ns = namespace
                            .clone()
                            .unwrap_or_else(|| session.config.namespace(None));
                        session
                            .cluster
                            .pod(&ns, name)
                            .map(|p| p.containers.iter().map(|c| c.name.clone()).collect())
                            .unwrap_or_default()
                    }
                    ValueHint::File => files(session, &match_prefix),
                    ValueHint::Namespace => object_names(session, Kind::Namespace, None, true),
                    ValueHint::Context | ValueHint::Cluster | ValueHint::User => {
                        session.config.contexts.keys().cloned().collect()
                    }
                    ValueHint::None => Vec::new(),
                };
                out.extend(
                    names
                        .into_iter()
                        .filter(|name| name.starts_with(&match_prefix))
                        .map(|name| format!("{insert_prefix}{name}")),
                );
            }
        }
    }
    out
}

fn object_names(
    session: &Session,
    kind: Kind,
    namespace: Option<&str>,
    all_namespaces: bool,
) -> Vec<String> {
    let namespace = namespace
        .map(str::to_string)
        .unwrap_or_else(|| session.config.namespace(None));
    let scope = if kind.namespaced() && !all_namespaces {
        Some(namespace.as_str())
    } else {
        None
    };
    session
        .cluster
        .list(kind, scope)
        .iter()
        .map(|o| o.name().to_string())
        .collect()
}

fn files(session: &Session, word: &str) -> Vec<String> {
    let (dir, _) = match word.rfind('/') {
        Some(index) => (
            word.get(..=index).unwrap_or(""),
            word.get(index + 1..).unwrap_or(""),
        ),
        None => ("", word),
    };
    session
        .fs
        .list(if dir.is_empty() { "." } else { dir })
        .unwrap_or_default()
        .into_iter()
        .map(|(name, is_dir)| format!("{dir}{name}{}", if is_dir { "/" } else { "" }))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::session::Session;

    fn complete(session: &Session, line: &str) -> Vec<String> {
        session.complete(line, line.chars().count()).candidates
    }

    #[test]
    fn completes_commands_verbs_kinds_names_flags_and_files() {
        let mut session = Session::new(1);
        session.submit("kubectl create -f kubia-manual.yaml");
        assert!(complete(&session, "kub").contains(&"kubectl".to_string()));
        assert_eq!(complete(&session, "kubectl ge"), vec!["get".to_string()]);
        assert!(complete(&session, "kubectl get po").contains(&"pods".to_string()));
        assert_eq!(
            complete(&session, "kubectl get pods kubia-m"),
            vec!["kubia-manual".to_string()]
        );
        assert!(
            complete(&session, "kubectl get pods --show-l").contains(&"--show-labels".to_string())
        );
        assert!(complete(&session, "kubectl create -f kubia-m")
            .iter()
            .any(|c| c.starts_with("kubia-manual")));
        assert!(
            complete(&session, "kubectl get pods -n kube-s").contains(&"kube-system".to_string())
        );
        assert!(complete(&session, "cat kubia-g").contains(&"kubia-gpu.yaml".to_string()));
        session.submit("alias k=kubectl");
        assert_eq!(complete(&session, "k ge"), vec!["get".to_string()]);
    }
}
