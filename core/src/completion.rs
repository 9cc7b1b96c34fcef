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

/// The command line up to the cursor, read as the shell would: the words of the command the
/// cursor is in (after the last `|`, `;`, `&&`, `(`…), and the word being typed.
#[derive(Debug, Default)]
struct LineScan {
    /// Finished words of the current command, unquoted.
    words: Vec<String>,
    /// The word being typed, unquoted, and where its text starts (char index).
    word: String,
    word_start: usize,
    /// The quote left open in the word (`"` or `'`).
    open_quote: Option<char>,
    /// The word follows `<` or `>`: a file name.
    redirect_target: bool,
}

fn scan(before: &[char]) -> LineScan {
    let mut scan = LineScan::default();
    let mut started = false;
    let mut index = 0;
    let end_word = |scan: &mut LineScan, started: &mut bool| {
        if *started {
            if !scan.redirect_target {
                scan.words.push(std::mem::take(&mut scan.word));
            }
            scan.word.clear();
            scan.redirect_target = false;
        }
        *started = false;
    };
    while let Some(&c) = before.get(index) {
        if let Some(quote) = scan.open_quote {
            match c {
                '\\' if quote == '"' && index + 1 < before.len() => {
                    index += 1;
                    scan.word.push(before[index]);
                }
                c if c == quote => scan.open_quote = None,
                c => scan.word.push(c),
            }
            index += 1;
            continue;
        }
        match c {
            ' ' | '\t' => end_word(&mut scan, &mut started),
            '|' | '&' | ';' | '(' | ')' | '\n' | '`' => {
                end_word(&mut scan, &mut started);
                scan.words.clear();
            }
            '<' | '>' => {
                end_word(&mut scan, &mut started);
                scan.redirect_target = true;
                // `>>`, `>&1`, `<&0`, `&>`: one operator.
                while matches!(before.get(index + 1), Some('>' | '&')) {
                    index += 1;
                }
            }
            '\\' => {
                if !started {
                    started = true;
                    scan.word_start = index;
                }
                if let Some(&next) = before.get(index + 1) {
                    scan.word.push(next);
                    index += 1;
                }
            }
            '\'' | '"' => {
                if !started {
                    started = true;
                    scan.word_start = index;
                }
                scan.open_quote = Some(c);
            }
            '$' if before.get(index + 1) == Some(&'(') => {
                end_word(&mut scan, &mut started);
                scan.words.clear();
                index += 1;
            }
            c => {
                if !started {
                    started = true;
                    scan.word_start = index;
                }
                scan.word.push(c);
            }
        }
        index += 1;
    }
    if !started {
        scan.word_start = before.len();
    }
    scan
}

/// Whether a word is a variable assignment (`NAME=…`).
fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty()
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// A completed name as it goes back on the line: inside the quote the word opened (closed
/// after a file), or with bash's backslashes before special characters.
fn quoted(name: &str, open_quote: Option<char>) -> String {
    match open_quote {
        Some(quote) if name.ends_with('/') => format!("{quote}{name}"),
        Some(quote) => format!("{quote}{name}{quote}"),
        None => {
            let mut out = String::new();
            for c in name.chars() {
                if " \t\n'\"\\|&;()<>$`*?[]#~=%!{}".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }
    }
}

/// Completes the word under the cursor.
pub fn complete(session: &Session, line: &str, cursor: usize) -> Completion {
    let before: Vec<char> = line.chars().take(cursor).collect();
    let scan = scan(&before);
    let word = scan.word.as_str();
    // Leading assignments (`KUBECONFIG=x kubectl …`) are not the command.
    let command: Vec<&str> = scan
        .words
        .iter()
        .map(String::as_str)
        .skip_while(|w| is_assignment(w))
        .collect();
    // `$NAME`: a variable.
    if scan.open_quote != Some('\'') && word.starts_with('$') && !word.contains('/') {
        let prefix = &word[1..];
        let mut candidates: Vec<String> = session
            .shell
            .vars
            .keys()
            .filter(|name| name.starts_with(prefix))
            .map(|name| format!("${name}"))
            .collect();
        crate::sort::sort(&mut candidates);
        return Completion {
            candidates: candidates
                .into_iter()
                .map(|c| match scan.open_quote {
                    Some(q) => format!("{q}{c}"),
                    None => c,
                })
                .collect(),
            word_start: scan.word_start,
        };
    }
    // `X=kubia-g`: a file after an assignment's `=`.
    let (match_word, insert_prefix) = match word.split_once('=') {
        Some((name, value))
            if command.is_empty() && is_assignment(word) && !scan.redirect_target =>
        {
            (value, format!("{name}="))
        }
        _ => (word, String::new()),
    };
    let file_names = scan.redirect_target || !insert_prefix.is_empty();
    let (mut candidates, are_files): (Vec<String>, bool) = if file_names {
        (files(session, match_word), true)
    } else {
        match command.as_slice() {
            [] => (
                crate::shell::builtins::BUILTINS
                    .iter()
                    .chain(&["kubectl"])
                    .map(|s| s.to_string())
                    .chain(session.shell.aliases.keys().cloned())
                    .chain(session.shell.functions.keys().cloned())
                    .collect(),
                false,
            ),
            ["kubectl", rest @ ..] => (kubectl_words(session, rest, word), false),
            // A command's arguments: aliases of kubectl complete like kubectl.
            [first, rest @ ..]
                if session
                    .shell
                    .aliases
                    .get(*first)
                    .is_some_and(|a| a.trim() == "kubectl") =>
            {
                (kubectl_words(session, rest, word), false)
            }
            _ => (files(session, word), true),
        }
    };
    candidates.retain(|candidate| candidate.starts_with(match_word));
    crate::sort::sort(&mut candidates);
    candidates.dedup();
    Completion {
        candidates: candidates
            .iter()
            .map(|c| {
                let text = match (are_files, scan.open_quote) {
                    (true, quote) => quoted(c, quote),
                    (false, Some(quote)) => format!("{quote}{c}"),
                    (false, None) => c.clone(),
                };
                format!("{insert_prefix}{text}")
            })
            .collect(),
        word_start: scan.word_start,
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
        session.submit("podcount() { kubectl get pods --no-headers | wc -l; }");
        assert_eq!(complete(&session, "podc"), vec!["podcount".to_string()]);
    }

    /// Words after `|`, `;`, `&&`, `$(`, redirections and assignments, quoting, and
    /// variables, as bash completes them.
    #[test]
    fn completes_each_command_of_a_line_and_quotes_file_names() {
        let mut session = Session::new(1);
        session.submit("touch 'my file.txt'; export MYVAR=1");
        for (line, want) in [
            ("echo a | hostn", vec!["hostname"]),
            ("true && hostn", vec!["hostname"]),
            ("true; hostn", vec!["hostname"]),
            ("echo $(hostn", vec!["hostname"]),
            ("kubectl get pods; kubectl desc", vec!["describe"]),
            ("kubectl get pods | grep kubia-g", vec!["kubia-gpu.yaml"]),
            ("X=kubia-g", vec!["X=kubia-gpu.yaml"]),
            ("echo hi >kubia-g", vec!["kubia-gpu.yaml"]),
            ("echo hi >>kubia-g", vec!["kubia-gpu.yaml"]),
            ("echo a 2>&1 kubia-g", vec!["kubia-gpu.yaml"]),
            ("KUBECONFIG=x kubectl ge", vec!["get"]),
            ("cat my", vec!["my\\ file.txt"]),
            ("cat my\\ f", vec!["my\\ file.txt"]),
            ("cat \"kubia-g", vec!["\"kubia-gpu.yaml\""]),
            ("cat 'my f", vec!["'my file.txt'"]),
            ("echo $MYV", vec!["$MYVAR"]),
        ] {
            assert_eq!(complete(&session, line), want, "{line}");
        }
        // The word starts after the separator or the operator.
        assert_eq!(session.complete("echo hi >kubia-g", 16).word_start, 9);
        assert_eq!(session.complete("a|hostn", 7).word_start, 2);
    }
}
