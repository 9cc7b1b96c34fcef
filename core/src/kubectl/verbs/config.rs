//! `kubectl config`: current-context, use-context, set-context, get-contexts, view.

use super::super::cli::Invocation;
use super::super::config::Context;
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
    match path.get(1).copied() {
        Some("current-context") => match &config.current_context {
            Some(name) => {
                io.out(&format!("{name}\n"));
                Ok(0)
            }
            None => Err(KubectlError::message("current-context is not set")),
        },
        Some("use-context") => {
            let Some(name) = invocation.args.first() else {
                return Err(KubectlError::message("empty context names are not allowed"));
            };
            if !config.contexts.contains_key(name) {
                return Err(KubectlError::message(format!("no context exists with the name: \"{name}\"")));
            }
            config.current_context = Some(name.clone());
            io.out(&format!("Switched to context \"{name}\".\n"));
            Ok(0)
        }
        Some("set-context") => {
            let current = invocation.flags.bool("current");
            let name = match (invocation.args.first(), current) {
                (Some(_), true) => return Err(KubectlError::message("you cannot specify both a context name and --current")),
                (Some(name), false) => name.clone(),
                (None, true) => match &config.current_context {
                    Some(name) => name.clone(),
                    None => return Err(KubectlError::message("no current context is set")),
                },
                (None, false) => return Err(KubectlError::message("you must specify a non-empty context name or --current")),
            };
            let exists = config.contexts.contains_key(&name);
            let context = config.contexts.entry(name.clone()).or_insert_with(|| Context {
                cluster: String::new(),
                user: String::new(),
                namespace: None,
            });
            if let Some(namespace) = invocation.flags.string("namespace").filter(|_| invocation.flags.changed("namespace")) {
                context.namespace = if namespace.is_empty() { None } else { Some(namespace.to_string()) };
            }
            if let Some(cluster) = invocation.flags.string("cluster").filter(|_| invocation.flags.changed("cluster")) {
                context.cluster = cluster.to_string();
            }
            if let Some(user) = invocation.flags.string("user").filter(|_| invocation.flags.changed("user")) {
                context.user = user.to_string();
            }
            io.out(&format!("Context \"{name}\" {}.\n", if exists { "modified" } else { "created" }));
            Ok(0)
        }
        Some("get-contexts") => {
            let mut rows = vec!["CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE".to_string()];
            for (name, context) in &config.contexts {
                if let Some(wanted) = invocation.args.first() {
                    if wanted != name {
                        continue;
                    }
                }
                let marker = if Some(name) == config.current_context.as_ref() { "*" } else { "" };
                rows.push(format!("{marker}\t{name}\t{}\t{}\t{}", context.cluster, context.user, context.namespace.clone().unwrap_or_default()));
            }
            if let Some(wanted) = invocation.args.first() {
                if !config.contexts.contains_key(wanted) {
                    return Err(KubectlError::message(format!("context {wanted} not found")));
                }
            }
            let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
            for row in rows {
                writer.write_str(&row);
                writer.write_str("\n");
            }
            io.out(&writer.finish());
            Ok(0)
        }
        Some("view") => {
            let value = config.to_value(invocation.flags.bool("minify"));
            let format = OutputFormat::parse(invocation.flags.string("output").filter(|o| !o.is_empty()).unwrap_or("yaml"), false)?;
            let text = output::print_objects(&format, &[(Kind::Namespace, value)], true)?;
            io.out(&text);
            Ok(0)
        }
        _ => Err(KubectlError::message("the playground's kubectl config supports current-context, use-context, set-context, get-contexts and view")),
    }
}
