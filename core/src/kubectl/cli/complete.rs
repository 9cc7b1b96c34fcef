//! Tab completion for kubectl command lines, driven by the table: command and subcommand names,
//! flag names (`--show-labels`, `-l`), fixed flag values (`-o json`), and a hint of which kind of
//! object the caller must supply (resource types and names, namespaces, containers, files,
//! kubeconfig entries), because only the caller knows the cluster, the kubeconfig and the files.
//!
//! The contract (see `complete`): `words` are the complete words before the cursor without the
//! leading `kubectl`; `current` is the partial word under the cursor (possibly empty). Every
//! `Candidate::Word` already starts with `current`. For a `Candidate::Hint` the caller lists
//! objects of that kind whose name starts with `match_prefix` and offers
//! `insert_prefix + name` for each.
//!
//! It deliberately knows nothing about the cluster and never suggests commands of real kubectl
//! that the playground does not simulate.

use super::parse::{command_flags, find_for_completion, lenient_flag_values};
use super::spec::{ArgHint, CommandSpec, FlagKind, FlagSpec, FlagValueHint, RunKind};

/// What kind of value the caller should fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueHint {
    /// Nothing to offer (free text, a new name, a command to run in a container).
    None,
    /// A resource type (`pods`, `po`, `deployments.apps`, ...).
    ResourceType,
    /// Names of objects of this resource type, as the user typed the type (`pods`, `po`, `deploy`).
    ResourceName { resource_type: String },
    /// Container names of this pod (`TYPE/NAME` or a pod name, as typed).
    Container { pod: String },
    /// A path in the playground's file system.
    File,
    /// A namespace name.
    Namespace,
    /// A kubeconfig context name.
    Context,
    /// A kubeconfig cluster name.
    Cluster,
    /// A kubeconfig user name.
    User,
}

/// One completion answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    /// A finished word: a command, a flag, or a fixed flag value (`insert` text included, e.g.
    /// `--output=json`). Starts with `current`.
    Word {
        text: String,
        /// The one-line description cobra would show next to it (may be empty).
        description: String,
    },
    /// Values the caller supplies.
    Hint {
        hint: ValueHint,
        /// Text to put before each value (`--namespace=`, `pods/`), already part of `current`.
        insert_prefix: String,
        /// The part of `current` the values must start with.
        match_prefix: String,
        /// The namespace named on the line (`-n`/`--namespace`), if any; `None` means the
        /// context's. Meaningless for non-namespaced kinds.
        namespace: Option<String>,
        /// `-A` / `--all-namespaces` was given.
        all_namespaces: bool,
    },
}

/// Completes the word under the cursor. See the module documentation for the contract.
pub fn complete(words: &[String], current: &str) -> Vec<Candidate> {
    let Some(found) = find_for_completion(words) else {
        return Vec::new();
    };
    let chain = found.chain;
    let Some(command) = chain.last().copied() else {
        return Vec::new();
    };
    let flags = command_flags(&chain, true);
    let values = lenient_flag_values(&found.args, &flags);
    let namespace = values
        .as_ref()
        .filter(|values| values.changed("namespace"))
        .and_then(|values| values.string("namespace"))
        .map(str::to_string);
    let all_namespaces = values
        .as_ref()
        .is_some_and(|values| values.bool("all-namespaces"));
    let hint = |hint: ValueHint, insert_prefix: &str, match_prefix: &str| Candidate::Hint {
        hint,
        insert_prefix: insert_prefix.to_string(),
        match_prefix: match_prefix.to_string(),
        namespace: namespace.clone(),
        all_namespaces,
    };

    // The value of a flag given in the previous word (`-n <TAB>`, `--output <TAB>`).
    if let Some(flag) = found.pending_flag {
        return flag_value_candidates(flag, "", current, &hint);
    }

    let positional = found.positional;
    if !found.after_dash && current.starts_with('-') {
        // `--flag=partial`.
        if let Some((name, partial)) = current
            .strip_prefix("--")
            .and_then(|rest| rest.split_once('='))
        {
            let Some(flag) = flags
                .iter()
                .find(|flag| flag.name == name.replace('_', "-"))
            else {
                return Vec::new();
            };
            let insert = format!("--{name}=");
            return flag_value_candidates(flag, &insert, partial, &hint);
        }
        if current.contains('=') {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut sorted: Vec<&&FlagSpec> = flags.iter().collect();
        crate::sort::sort_by_key(&mut sorted, |flag| flag.name);
        for flag in sorted {
            if flag.hidden || flag.deprecated.is_some() {
                continue;
            }
            let repeatable = matches!(
                flag.kind,
                FlagKind::StringSlice | FlagKind::StringArray | FlagKind::MapStringString
            );
            if values
                .as_ref()
                .is_some_and(|values| values.changed(flag.name))
                && !repeatable
            {
                continue;
            }
            let long = format!("--{}", flag.name);
            if long.starts_with(current) {
                out.push(word(&long, flag.usage));
            }
            if let Some(shorthand) = flag.shorthand {
                let short = format!("-{shorthand}");
                if short.starts_with(current) {
                    out.push(word(&short, flag.usage));
                }
            }
        }
        return out;
    }

    // Subcommands (the root's are the simulated commands and `help`).
    if !command.subcommands.is_empty() && positional.is_empty() && !found.after_dash {
        let mut out: Vec<Candidate> = Vec::new();
        let mut subcommands: Vec<&&CommandSpec> = command.subcommands.iter().collect();
        crate::sort::sort_by_key(&mut subcommands, |sub| sub.name);
        for sub in subcommands {
            if sub.name.starts_with(current) && offered(sub) {
                out.push(word(sub.name, sub.short));
            }
        }
        if !out.is_empty() || command.run != RunKind::Verb {
            return out;
        }
    }

    positional_candidates(command, &positional, current, found.after_dash, &hint)
}

fn word(text: &str, description: &str) -> Candidate {
    Candidate::Word {
        text: text.to_string(),
        description: description.to_string(),
    }
}

fn flag_value_candidates(
    flag: &FlagSpec,
    insert_prefix: &str,
    partial: &str,
    hint: &dyn Fn(ValueHint, &str, &str) -> Candidate,
) -> Vec<Candidate> {
    let kind = match flag.value_hint {
        FlagValueHint::Values(values) => {
            return values
                .iter()
                .filter(|value| value.starts_with(partial))
                .map(|value| word(&format!("{insert_prefix}{value}"), ""))
                .collect();
        }
        FlagValueHint::None => return Vec::new(),
        FlagValueHint::File => ValueHint::File,
        FlagValueHint::Namespace => ValueHint::Namespace,
        FlagValueHint::Container => ValueHint::Container { pod: String::new() },
        FlagValueHint::Context => ValueHint::Context,
        FlagValueHint::Cluster => ValueHint::Cluster,
        FlagValueHint::User => ValueHint::User,
    };
    vec![hint(kind, insert_prefix, partial)]
}

fn positional_candidates(
    command: &'static CommandSpec,
    positional: &[String],
    current: &str,
    after_dash: bool,
    hint: &dyn Fn(ValueHint, &str, &str) -> Candidate,
) -> Vec<Candidate> {
    let type_or_name = |current: &str| match current.split_once('/') {
        Some((resource_type, name)) => hint(
            ValueHint::ResourceName {
                resource_type: resource_type.to_string(),
            },
            &format!("{resource_type}/"),
            name,
        ),
        None => hint(ValueHint::ResourceType, "", current),
    };
    match command.positional {
        ArgHint::None => Vec::new(),
        ArgHint::ResourceType => {
            if positional.is_empty() {
                vec![hint(ValueHint::ResourceType, "", current)]
            } else {
                Vec::new()
            }
        }
        ArgHint::ResourceTypeThenNames => match positional.first() {
            None => vec![type_or_name(current)],
            Some(first) if first.contains('/') => vec![type_or_name(current)],
            Some(first) if first.contains(',') => Vec::new(),
            Some(first) => vec![hint(
                ValueHint::ResourceName {
                    resource_type: first.clone(),
                },
                "",
                current,
            )],
        },
        ArgHint::Nodes => vec![hint(
            ValueHint::ResourceName {
                resource_type: "nodes".to_string(),
            },
            "",
            current,
        )],
        ArgHint::Pod | ArgHint::PodThenContainer if after_dash => Vec::new(),
        ArgHint::Pod | ArgHint::PodThenContainer => match (positional, command.positional) {
            ([], _) => match current.split_once('/') {
                Some(_) => vec![type_or_name(current)],
                None => vec![hint(
                    ValueHint::ResourceName {
                        resource_type: "pods".to_string(),
                    },
                    "",
                    current,
                )],
            },
            ([pod], ArgHint::PodThenContainer) => {
                vec![hint(ValueHint::Container { pod: pod.clone() }, "", current)]
            }
            _ => Vec::new(),
        },
        ArgHint::Context | ArgHint::Cluster | ArgHint::User => {
            if !positional.is_empty() {
                return Vec::new();
            }
            let kind = match command.positional {
                ArgHint::Context => ValueHint::Context,
                ArgHint::Cluster => ValueHint::Cluster,
                _ => ValueHint::User,
            };
            vec![hint(kind, "", current)]
        }
        ArgHint::CommandPath => {
            // `kubectl help <path...>`: the children of the path typed so far.
            let mut node: &'static CommandSpec = &super::table::ROOT;
            for name in positional {
                let next = node
                    .subcommands
                    .iter()
                    .find(|sub| sub.name == name || sub.aliases.contains(&name.as_str()));
                match next {
                    Some(next) => node = next,
                    None => return Vec::new(),
                }
            }
            let mut subcommands: Vec<&&CommandSpec> = node.subcommands.iter().collect();
            crate::sort::sort_by_key(&mut subcommands, |sub| sub.name);
            subcommands
                .into_iter()
                .filter(|sub| sub.name.starts_with(current) && offered(sub))
                .map(|sub| word(sub.name, sub.short))
                .collect()
        }
    }
}

#[cfg(test)]
#[path = "complete_tests.rs"]
mod tests;

/// Whether completion offers a command: the playground runs it and cobra does not hide it
/// (`kubectl alpha` without alpha commands is not available).
fn offered(command: &CommandSpec) -> bool {
    command.simulated
        && !super::table::REAL_ROOT_COMMANDS
            .iter()
            .any(|real| real.name == command.name && !real.available)
}
