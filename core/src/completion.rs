//! Tab completion: commands, kubectl verbs, resource kinds, object names and file names.
//!
//! Pure: reads the session's cluster, file system and kubeconfig, returns candidates; the
//! line editor decides how to insert or list them.

use crate::api::Kind;
use crate::session::{Completion, Session};

const SHELL_COMMANDS: &[&str] = &[
    "alias", "cat", "cd", "clear", "cp", "curl", "echo", "export", "grep", "head", "help",
    "history", "jobs", "kill", "kubectl", "kubectx", "kubens", "ls", "mkdir", "mv", "printf",
    "pwd", "rm", "sed", "sleep", "sort", "tail", "wc",
];

const KUBECTL_VERBS: &[&str] = &[
    "annotate",
    "api-resources",
    "apply",
    "cluster-info",
    "config",
    "create",
    "delete",
    "describe",
    "events",
    "exec",
    "explain",
    "get",
    "label",
    "logs",
    "port-forward",
    "run",
    "version",
    "wait",
];

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
        [] => SHELL_COMMANDS.iter().map(|s| s.to_string()).collect(),
        ["kubectl"] => KUBECTL_VERBS.iter().map(|s| s.to_string()).collect(),
        ["kubectl", verb, rest @ ..] => kubectl_words(session, verb, rest, word),
        _ => files(session, word),
    };
    candidates.retain(|candidate| candidate.starts_with(word));
    candidates.sort();
    candidates.dedup();
    Completion {
        candidates,
        word_start,
    }
}

fn kubectl_words(session: &Session, verb: &str, rest: &[&str], word: &str) -> Vec<String> {
    if word.starts_with('-') {
        return [
            "--all-namespaces",
            "--namespace",
            "--output",
            "--selector",
            "--show-labels",
            "--overwrite",
            "--filename",
            "--help",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
    }
    if let Some(previous) = rest.last() {
        if matches!(*previous, "-f" | "--filename") {
            return files(session, word);
        }
        if matches!(*previous, "-n" | "--namespace") {
            return session
                .cluster
                .list(Kind::Namespace, None)
                .iter()
                .map(|o| o.name().to_string())
                .collect();
        }
    }
    let positional: Vec<&&str> = rest.iter().filter(|w| !w.starts_with('-')).collect();
    match (verb, positional.as_slice()) {
        ("get" | "describe" | "delete" | "label" | "annotate" | "explain" | "wait", []) => {
            RESOURCE_WORDS.iter().map(|s| s.to_string()).collect()
        }
        ("logs" | "port-forward" | "exec", []) => object_names(session, Kind::Pod),
        ("get" | "describe" | "delete" | "label" | "annotate" | "wait", [kind, ..]) => {
            Kind::from_resource_arg(kind)
                .map(|k| object_names(session, k))
                .unwrap_or_default()
        }
        ("create" | "apply", _) => files(session, word),
        _ => Vec::new(),
    }
}

fn object_names(session: &Session, kind: Kind) -> Vec<String> {
    let namespace = session.config.namespace();
    let scope = if kind.namespaced() {
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
