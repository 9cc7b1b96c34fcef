//! `kubectl config`: current-context, use-context, set-context, get-contexts, get-clusters,
//! get-users, delete-context, rename-context and view, over the playground's kubeconfig (one
//! cluster and one user, `kind-kubeplay`; the contexts the learner makes). Argument checks,
//! messages and output follow kubectl 1.37's `pkg/cmd/config`, including its quirks:
//! `delete-context` with a wrong number of names prints its help and succeeds, and deleting
//! the current context leaves `current-context` pointing at it.

use super::super::cli::{self, Invocation};
use super::super::config::{Context, CLUSTER_NAME, KUBECONFIG_PATH};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::{Env, Io};
use crate::api::Kind;
use crate::printers::tabwriter::{TabWriter, TabWriterConfig};

pub(super) fn run(
    path: &[&str],
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let config = &mut *env.config;
    let args = &invocation.args;
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
            let name = match (args.first(), current) {
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
        Some("get-clusters" | "get-users") => {
            io.out(&format!("NAME\n{CLUSTER_NAME}\n"));
            Ok(0)
        }
        Some("delete-context") => {
            let [name] = args.as_slice() else {
                io.out(&cli::help(&invocation.path));
                return Ok(0);
            };
            if config.contexts.remove(name).is_none() {
                return Err(KubectlError::message(format!(
                    "cannot delete context {name}, not in {KUBECONFIG_PATH}"
                )));
            }
            if config.current_context.as_ref() == Some(name) {
                io.err("warning: this removed your active context, use \"kubectl config use-context\" to select a different one\n");
            }
            io.out(&format!("deleted context {name} from {KUBECONFIG_PATH}\n"));
            Ok(0)
        }
        Some("rename-context") => {
            let [old, new] = args.as_slice() else {
                return Err(help_then_unexpected(invocation, io));
            };
            if !config.contexts.contains_key(old) {
                return Err(KubectlError::message(format!(
                    "cannot rename the context \"{old}\", it's not in {KUBECONFIG_PATH}"
                )));
            }
            if config.contexts.contains_key(new) {
                return Err(KubectlError::message(format!(
                    "cannot rename the context \"{old}\", the context \"{new}\" already exists in {KUBECONFIG_PATH}"
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
                .to_value(invocation.flags.bool("minify"))
                .map_err(KubectlError::message)?;
            let format = OutputFormat::parse(
                invocation
                    .flags
                    .string("output")
                    .filter(|o| !o.is_empty())
                    .unwrap_or("yaml"),
                false,
            )?
            .with_template_flags(&invocation.flags);
            let text = output::print_objects(&format, &[(Kind::Namespace, value)], true)?;
            io.out(&text);
            Ok(0)
        }
        _ => Err(KubectlError::message(
            "the playground's kubectl config supports current-context, use-context, set-context, get-contexts, get-clusters, get-users, delete-context, rename-context and view",
        )),
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
