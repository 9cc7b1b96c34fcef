//! `kubectl config`: current-context, use-context, set-context, set, unset, get-contexts,
//! get-clusters, get-users, delete-context, delete-cluster, delete-user, rename-context and
//! view, over the playground's kubeconfig (one cluster and one user, `kind-kubeplay`, which
//! can be deleted; the contexts the learner makes); set-cluster and set-credentials check
//! their arguments and stop there. Argument checks, messages and output follow kubectl 1.37's
//! `pkg/cmd/config`, including its quirks: `delete-context` and `delete-cluster` with a wrong
//! number of names print their help and succeed, and deleting the current context leaves
//! `current-context` pointing at it.

use super::super::cli::{self, Invocation};
use super::super::config::{Context, CLUSTER_NAME};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::{Env, Io};
use crate::api::Kind;
use crate::printers::json::KUBECONFIG_FIELDS as CONFIG_FIELDS;
use crate::printers::tabwriter::{TabWriter, TabWriterConfig};

pub(super) fn run(
    path: &[&str],
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let config = &mut *env.config;
    let args = &invocation.args;
    let file = super::kubeconfig_file::path(invocation);
    match path.get(1).copied() {
        Some("current-context") => match &config.current_context {
            Some(name) => {
                io.out(&format!("{name}\n"));
                Ok(0)
            }
            None => Err(KubectlError::message("current-context is not set")),
        },
        Some("use-context") => {
            let name = exactly_one(invocation, io)?;
            if name.is_empty() {
                return Err(KubectlError::message(
                    "empty context names are not allowed",
                ));
            }
            if !config.contexts.contains_key(name) {
                return Err(KubectlError::message(format!(
                    "no context exists with the name: \"{name}\""
                )));
            }
            config.current_context = Some(name.clone());
            io.out(&format!("Switched to context \"{name}\".\n"));
            Ok(0)
        }
        Some("set-context") => {
            if args.len() > 1 {
                return Err(help_then_unexpected(invocation, io));
            }
            let current = invocation.flags.bool("current");
            // An empty name counts as none.
            let name = match (args.first().filter(|name| !name.is_empty()), current) {
                (Some(_), true) => {
                    return Err(KubectlError::message(
                        "you cannot specify both a context name and --current",
                    ))
                }
                (Some(name), false) => name.clone(),
                (None, true) => match &config.current_context {
                    Some(name) => name.clone(),
                    None => return Err(KubectlError::message("no current context is set")),
                },
                (None, false) => {
                    return Err(KubectlError::message(
                        "you must specify a non-empty context name or --current",
                    ))
                }
            };
            let exists = config.contexts.contains_key(&name);
            let context = config
                .contexts
                .entry(name.clone())
                .or_insert_with(|| {
                    Box::new(Context {
                        cluster: String::new(),
                        user: String::new(),
                        namespace: None,
                    })
                });
            let changed = |flag: &str| {
                invocation
                    .flags
                    .string(flag)
                    .filter(|_| invocation.flags.changed(flag))
            };
            if let Some(namespace) = changed("namespace") {
                context.namespace = (!namespace.is_empty()).then(|| namespace.to_string());
            }
            if let Some(cluster) = changed("cluster") {
                context.cluster = cluster.to_string();
            }
            if let Some(user) = changed("user") {
                context.user = user.to_string();
            }
            let verb = if exists { "modified" } else { "created" };
            io.out(&format!("Context \"{name}\" {verb}.\n"));
            Ok(0)
        }
        Some("get-contexts") => get_contexts(invocation, env, io),
        Some(listing @ ("get-clusters" | "get-users")) => {
            let present = if listing == "get-clusters" {
                config.has_cluster
            } else {
                config.has_user
            };
            io.out(&format!(
                "NAME\n{}",
                if present { format!("{CLUSTER_NAME}\n") } else { String::new() }
            ));
            Ok(0)
        }
        Some("delete-context") => {
            let [name] = args.as_slice() else {
                io.out(&cli::help(&invocation.path));
                return Ok(0);
            };
            if config.contexts.remove(name).is_none() {
                return Err(KubectlError::message(format!(
                    "cannot delete context {name}, not in {file}"
                )));
            }
            if config.current_context.as_ref() == Some(name) {
                io.err("warning: this removed your active context, use \"kubectl config use-context\" to select a different one\n");
            }
            io.out(&format!("deleted context {name} from {file}\n"));
            Ok(0)
        }
        Some("rename-context") => {
            let [old, new] = args.as_slice() else {
                return Err(help_then_unexpected(invocation, io));
            };
            if new.is_empty() {
                return Err(KubectlError::message(
                    "You must specify a new non-empty context name",
                ));
            }
            if !config.contexts.contains_key(old) {
                return Err(KubectlError::message(format!(
                    "cannot rename the context \"{old}\", it's not in {file}"
                )));
            }
            if config.contexts.contains_key(new) {
                return Err(KubectlError::message(format!(
                    "cannot rename the context \"{old}\", the context \"{new}\" already exists in {file}"
                )));
            }
            if let Some(context) = config.contexts.remove(old) {
                config.contexts.insert(new.clone(), context);
            }
            if config.current_context.as_ref() == Some(old) {
                config.current_context = Some(new.clone());
            }
            io.out(&format!("Context \"{old}\" renamed to \"{new}\".\n"));
            Ok(0)
        }
        Some("view") => {
            if !args.is_empty() {
                return Err(KubectlError::usage(
                    "config view",
                    format!("unexpected arguments: [{}]", args.join(" ")),
                ));
            }
            let value = config
                .to_value(invocation.flags.bool("minify"), invocation.flags.bool("raw"))
                .map_err(KubectlError::message)?;
            let flags = &invocation.flags;
            let output = flags.string("output").unwrap_or("yaml");
            let format = OutputFormat::from_flags(output, false, flags, env.fs)?;
            // The name printer (also `-o ''`'s) names the kind as the object gives it, and a
            // config has no name.
            if matches!(format, OutputFormat::Name | OutputFormat::Table) {
                io.out("config/<unknown>\n");
                return Ok(0);
            }
            // JSON in the order of clientcmd's v1 structs (YAML sorts its keys).
            let text = output::print_typed_object(&format, Kind::Namespace, value)?;
            io.out(&text);
            Ok(0)
        }
        Some("set") => {
            let [property, value] = args.as_slice() else {
                return Err(help_then_unexpected(invocation, io));
            };
            if value.is_empty() {
                return Err(KubectlError::message(
                    "you cannot use set to unset a property",
                ));
            }
            if property.is_empty() {
                return Err(KubectlError::message("you must specify a property"));
            }
            modify(config, property, Some(value))?;
            io.out(&format!("Property {property:?} set.\n"));
            Ok(0)
        }
        Some("unset") => {
            let [property] = args.as_slice() else {
                return Err(help_then_unexpected(invocation, io));
            };
            if property.is_empty() {
                return Err(KubectlError::message("you must specify a property"));
            }
            modify(config, property, None)?;
            io.out(&format!("Property {property:?} unset.\n"));
            Ok(0)
        }
        Some(what @ ("delete-cluster" | "delete-user")) => {
            let cluster = what == "delete-cluster";
            let [name] = args.as_slice() else {
                if cluster {
                    io.out(&cli::help(&invocation.path));
                    return Ok(0);
                }
                return Err(KubectlError::usage(
                    "config delete-user",
                    "user to delete is required",
                ));
            };
            let noun = if cluster { "cluster" } else { "user" };
            let entry = if cluster {
                &mut config.has_cluster
            } else {
                &mut config.has_user
            };
            if name != CLUSTER_NAME || !*entry {
                return Err(KubectlError::message(format!(
                    "cannot delete {noun} {name}, not in {file}"
                )));
            }
            *entry = false;
            io.out(&format!("deleted {noun} {name} from {file}\n"));
            Ok(0)
        }
        Some("set-cluster") => {
            let name = exactly_one(invocation, io)?;
            let flags = &invocation.flags;
            if name.is_empty() {
                return Err(KubectlError::message(
                    "you must specify a non-empty cluster name",
                ));
            }
            let authority = flags.string("certificate-authority").unwrap_or("");
            if flags.bool("insecure-skip-tls-verify") && !authority.is_empty() {
                return Err(KubectlError::message("you cannot specify a certificate authority and insecure mode at the same time"));
            }
            if flags.bool("embed-certs") && authority.is_empty() {
                return Err(KubectlError::message(
                    "you must specify a --certificate-authority to embed",
                ));
            }
            Err(unsimulated("set-cluster"))
        }
        Some("set-credentials") => {
            let flags = &invocation.flags;
            let pairs = |flag: &str| {
                let invalid: Vec<String> = flags
                    .strings(flag)
                    .into_iter()
                    .filter(|pair| {
                        !(pair.contains('=') && !pair.starts_with('='))
                            && !(pair.ends_with('-') && pair != "-")
                    })
                    .collect();
                (!invalid.is_empty())
                    .then(|| format!("invalid {flag} format: {}", invalid.join(", ")))
            };
            let complete = match args.as_slice() {
                [_] => pairs("auth-provider-arg").or_else(|| pairs("exec-env")),
                _ => Some(format!("unexpected args: [{}]", args.join(" "))),
            };
            if let Some(message) = complete {
                io.out(&cli::help(&invocation.path));
                return Err(KubectlError::message(message));
            }
            if args.first().is_some_and(String::is_empty) {
                return Err(KubectlError::message(
                    "you must specify a non-empty user name",
                ));
            }
            Err(unsimulated("set-credentials"))
        }
        _ => Err(KubectlError::message(
            "the playground's kubectl config supports current-context, use-context, set-context, set, unset, get-contexts, get-clusters, get-users, delete-context, delete-cluster, delete-user, rename-context and view",
        )),
    }
}

fn unsimulated(what: &str) -> KubectlError {
    KubectlError::message(format!(
        "the playground does not implement \"kubectl config {what}\" yet (its kubeconfig has one cluster and one user, {CLUSTER_NAME})"
    ))
}

/// `can't set a map to a value: map[NAME:0xc…]`: Go prints the contexts map, whose values are
/// pointers (their addresses differ in every run of kubectl; these stand in for them).
fn map_value_error(config: &super::super::config::KubeConfig) -> KubectlError {
    let entries: Vec<String> = config
        .contexts
        .keys()
        .enumerate()
        .map(|(index, name)| format!("{name}:0xc0001{:05x}", 0x2a0 + index * 0xa0))
        .collect();
    KubectlError::message(format!(
        "can't set a map to a value: map[{}]",
        entries.join(" ")
    ))
}

/// The fields of clientcmd's `Context`, which end a context's name in a property path.
const CONTEXT_FIELDS: [&str; 4] = ["cluster", "user", "namespace", "extensions"];

/// `kubectl config set` (`value`) and `unset` (`None`): kubectl walks `api.Config` by the
/// property's dotted path (`newNavigationSteps`, `modifyConfig`): a map key runs until a field
/// name of the map's values, so context names may contain dots.
fn modify(
    config: &mut super::super::config::KubeConfig,
    property: &str,
    value: Option<&String>,
) -> Result<(), KubectlError> {
    let parts: Vec<&str> = property.split('.').collect();
    let unparsable = || {
        KubectlError::message(format!(
            "unable to parse one or more field values of {property}"
        ))
    };
    let Some((&first, rest)) = parts.split_first() else {
        return Err(unparsable());
    };
    if !CONFIG_FIELDS.contains(&first) {
        return Err(KubectlError::message(format!(
            "unable to parse {property} after [] at api.Config"
        )));
    }
    match first {
        "current-context" => {
            if !rest.is_empty() {
                return Err(unparsable());
            }
            config.current_context = value.cloned().filter(|name| !name.is_empty());
            Ok(())
        }
        "contexts" => {
            if rest.is_empty() {
                return match value {
                    None => {
                        config.contexts.clear();
                        Ok(())
                    }
                    Some(_) => Err(map_value_error(config)),
                };
            }
            // The name runs up to the first later part that is a field of `Context`.
            let name_parts = rest
                .iter()
                .skip(1)
                .position(|part| CONTEXT_FIELDS.contains(part))
                .map(|index| index + 1)
                .unwrap_or(rest.len());
            let name = rest[..name_parts].join(".");
            let fields = &rest[name_parts..];
            let Some((&field, more)) = fields.split_first() else {
                return match value {
                    None => {
                        config.contexts.remove(&name);
                        Ok(())
                    }
                    Some(_) => Err(map_value_error(config)),
                };
            };
            if field == "extensions" {
                return Err(KubectlError::message(
                    "the playground's kubeconfig keeps no extensions",
                ));
            }
            if !more.is_empty() {
                return Err(unparsable());
            }
            if !config.contexts.contains_key(&name) {
                if value.is_none() {
                    return Err(KubectlError::message(format!(
                        "current map key `{name}` is invalid"
                    )));
                }
                config.contexts.insert(
                    name.clone(),
                    Box::new(Context {
                        cluster: String::new(),
                        user: String::new(),
                        namespace: None,
                    }),
                );
            }
            if let Some(context) = config.contexts.get_mut(&name) {
                let text = value.cloned().unwrap_or_default();
                match field {
                    "cluster" => context.cluster = text,
                    "user" => context.user = text,
                    _ => context.namespace = (!text.is_empty()).then_some(text),
                }
            }
            Ok(())
        }
        _ => Err(KubectlError::message(format!(
            "the playground's kubeconfig has one cluster and one user ({CLUSTER_NAME}) that `kubectl config set` and `unset` cannot change; they edit current-context and contexts"
        ))),
    }
}

/// The one argument a command takes; otherwise its help and `Unexpected args: [...]`.
fn exactly_one<'a>(invocation: &'a Invocation, io: &mut Io) -> Result<&'a String, KubectlError> {
    match invocation.args.as_slice() {
        [name] => Ok(name),
        _ => Err(help_then_unexpected(invocation, io)),
    }
}

/// What these commands do on a wrong number of arguments: `cmd.Help()` on stdout, then
/// `fmt.Errorf("Unexpected args: %v", args)`.
fn help_then_unexpected(invocation: &Invocation, io: &mut Io) -> KubectlError {
    io.out(&cli::help(&invocation.path));
    KubectlError::message(format!("Unexpected args: [{}]", invocation.args.join(" ")))
}

/// `kubectl config get-contexts [NAME...]`: the table (or `-o name`), sorted by name; names
/// it lacks are errors after the table.
fn get_contexts(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let config = &*env.config;
    let output = invocation.flags.string("output").unwrap_or("");
    let name_only = match output {
        "" => false,
        "name" => true,
        other => {
            return Err(KubectlError::message(format!(
                "--output {other} is not available in kubectl config get-contexts; resetting to default output format"
            )))
        }
    };
    let mut missing = Vec::new();
    let mut shown: Vec<&String> = Vec::new();
    if invocation.args.is_empty() {
        shown.extend(config.contexts.keys());
    } else {
        for name in &invocation.args {
            match config.contexts.get_key_value(name) {
                Some((name, _)) => shown.push(name),
                None => missing.push(KubectlError::message(format!("context {name} not found"))),
            }
        }
        crate::sort::sort_by(&mut shown, |a, b| a.cmp(b));
    }
    if name_only {
        for name in shown {
            io.out(&format!("{name}\n"));
        }
    } else {
        let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
        if !invocation.flags.bool("no-headers") {
            writer.write_str("CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n");
        }
        for name in shown {
            let Some(context) = config.contexts.get(name) else {
                continue;
            };
            let marker = if config.current_context.as_ref() == Some(name) {
                "*"
            } else {
                ""
            };
            writer.write_str(&format!(
                "{marker}\t{name}\t{}\t{}\t{}\n",
                context.cluster,
                context.user,
                context.namespace.as_deref().unwrap_or_default()
            ));
        }
        io.out(&writer.finish());
    }
    if missing.is_empty() {
        Ok(0)
    } else {
        Err(KubectlError::Many(missing))
    }
}
