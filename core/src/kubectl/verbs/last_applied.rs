//! `kubectl apply view-last-applied` and `set-last-applied`.
//!
//! `view-last-applied` (`pkg/cmd/apply/apply_view_last_applied.go`): the
//! `kubectl.kubernetes.io/last-applied-configuration` annotation of the objects named by
//! `TYPE NAME`, `TYPE/NAME`, `-f`, or a type with `--all` or `-l`, printed as YAML (keys
//! sorted, as `yaml.JSONToYAML` writes them) or as JSON (`json.Indent` of the annotation's own
//! text, keys in its order).
//!
//! kubectl's quirk is kept: an object named on the command line without the annotation is
//! passed over in silence (`AddSourceToErr` of a nil error), while one read from a file fails
//! with `error when no last-applied-configuration annotation found on resource: …`.
//!
//! `set-last-applied -f FILE` (`apply_set_last_applied.go`): each object of the files becomes
//! its live object's annotation (as `kubectl apply -f FILE` would write it, without changing
//! anything else), by a JSON merge patch; an object whose annotation already says the same is
//! `no changes required`, one without it needs `--create-annotation`.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::output::{self, OutputFormat};
use super::super::resources::{self, Selection};
use super::super::{Env, Io};
use crate::api::{value, Kind};
use crate::cluster::PatchType;
use crate::printers::json::to_compact_json;
use serde_json::Value;

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

pub(super) fn view(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    // The builder's own checks: files and arguments, selectors without a type.
    super::unsimulated::builder(invocation, env, !invocation.args.is_empty(), true)?;
    let namespace = resources::namespace(invocation, env);
    // Each object with the file it came from (kubectl names it in its error).
    let targets: Vec<(Kind, String, String, String)> =
        match resources::file_targets(invocation, env)? {
            Some(files) => {
                let mut errors = files.placement_errors;
                errors.extend(files.read_errors);
                if !errors.is_empty() {
                    return Err(KubectlError::Many(errors));
                }
                let source = flags
                    .strings("filename")
                    .first()
                    .cloned()
                    .unwrap_or_default();
                files
                    .targets
                    .into_iter()
                    .map(|(kind, ns, name)| (kind, ns, name, source.clone()))
                    .collect()
            }
            None if invocation.args.is_empty() => {
                return Err(KubectlError::Raw(format!(
                    "error: {}",
                    super::delete::NO_RESOURCES
                )))
            }
            None => match resources::parse_selection(&invocation.args)? {
                Selection::Names(names) => resources::placed_names(names, &namespace)
                    .into_iter()
                    .map(|(kind, ns, name)| (kind, ns, name, String::new()))
                    .collect(),
                Selection::Kinds(kinds) => {
                    let selector = flags.string("selector").unwrap_or("");
                    if !flags.bool("all") && selector.is_empty() {
                        return Err(KubectlError::message(
                            "resource(s) were provided, but no name was specified",
                        ));
                    }
                    resources::objects_of_kinds(env, &kinds, &namespace, selector)?
                        .into_iter()
                        .map(|(kind, ns, name)| (kind, ns, name, String::new()))
                        .collect()
                }
            },
        };
    let mut configurations = Vec::new();
    for (kind, namespace, name, source) in targets {
        let object = env
            .cluster
            .get(kind, &namespace, &name)
            .map_err(KubectlError::api)?;
        match object.meta().annotations.get(LAST_APPLIED) {
            Some(text) => configurations.push(text.clone()),
            None if source.is_empty() => {}
            None => {
                return Err(KubectlError::message(format!(
                    "error when no last-applied-configuration annotation found on resource: {name}\n {}: <nil>",
                    crate::validation::go_quote(&source)
                )))
            }
        }
    }
    let output = flags.string("output").unwrap_or("yaml");
    for text in configurations {
        match output {
            "json" => io.out(&json_indent(&text)),
            "yaml" => {
                let value = super::super::manifest::go_json::parse(&text)
                    .map_err(KubectlError::message)?;
                let yaml = crate::printers::yaml::try_to_yaml(&value)
                    .map_err(|error| KubectlError::message(error.to_string()))?;
                io.out(&yaml);
            }
            other => {
                return Err(KubectlError::usage(
                    "apply view-last-applied",
                    format!(
                        "Unexpected -o output mode: {other}, the flag 'output' must be one of yaml|json"
                    ),
                ))
            }
        }
    }
    Ok(0)
}

/// `apply set-last-applied`: `Complete` (the dry-run strategy, the printer), `Validate` (the
/// files, each object compared with its live one), then the patches.
pub(super) fn set(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    super::unsimulated::builder(invocation, env, false, true)?;
    let namespace = resources::namespace(invocation, env);
    let enforce = resources::namespace_enforced(invocation);
    let checks = manifest::ReadChecks {
        validate: false,
        map_kinds: true,
    };
    let manifests = manifest::read_sources(
        env.fs,
        env.stdin.as_deref(),
        &flags.strings("filename"),
        flags.bool("recursive"),
        checks,
    )?;
    if let Some(error) = manifests.errors.into_iter().next() {
        return Err(error);
    }
    let mut patches: Vec<(Kind, String, String, Value, Value)> = Vec::new();
    for object in manifests.objects {
        let kind = manifest::resource_kind(&object)?;
        let mut applied = object.value.clone();
        let object_namespace =
            resources::place_in_namespace(&mut applied, kind, &namespace, enforce)?;
        let name = value::str_at(&applied, &["metadata", "name"])
            .unwrap_or("")
            .to_string();
        // `GetApplyPatch`: the object's JSON (as the encoder writes it, with its newline) is
        // the annotation.
        let configuration = format!("{}\n", to_compact_json(&applied));
        let live = env
            .cluster
            .get(kind, &object_namespace, &name)
            .map_err(KubectlError::api)?;
        // `info.Get()` replaced the file's object with the live one: a client dry run
        // prints that, unpatched.
        let live_object = live.to_value();
        let Some(original) = live.meta().annotations.get(LAST_APPLIED) else {
            if !flags.bool("create-annotation") {
                return Err(KubectlError::message(format!(
                    "no last-applied-configuration annotation found on resource: {name}, to create the annotation, run the command with --create-annotation"
                )));
            }
            patches.push((
                kind,
                object_namespace,
                name,
                configuration_patch(&configuration),
                live_object,
            ));
            continue;
        };
        // `StripComments` of JSON is the text itself: the bytes are compared.
        if *original == configuration {
            io.out(&format!("set-last-applied {name}: no changes required.\n"));
            continue;
        }
        patches.push((
            kind,
            object_namespace,
            name,
            configuration_patch(&configuration),
            live_object,
        ));
    }
    for (kind, namespace, name, patch, live_object) in patches {
        let shown = if dry_run == DryRun::Client {
            live_object
        } else {
            let mut scratch = dry_run.scratch(env.cluster);
            let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
            cluster
                .patch(kind, &namespace, &name, PatchType::Merge, &patch)
                .map_err(KubectlError::api)?;
            cluster
                .get(kind, &namespace, &name)
                .map(|object| object.to_value())
                .map_err(KubectlError::api)?
        };
        if format == OutputFormat::Table {
            io.out(&format!(
                "{} configured{}\n",
                output::name_line(kind, &name),
                dry_run.suffix()
            ));
        } else {
            io.out(&output::print_objects(&format, &[(kind, shown)], true)?);
        }
    }
    Ok(0)
}

/// The merge patch that writes `configuration` into the annotation.
fn configuration_patch(configuration: &str) -> Value {
    serde_json::json!({"metadata": {"annotations": {LAST_APPLIED: configuration}}})
}

/// Go's `json.Indent(dst, src, "", "  ")`: the text's own tokens and key order, each element
/// on a line of its own, `{}` and `[]` kept whole, whitespace after the value kept.
fn json_indent(text: &str) -> String {
    let trimmed_start = text.trim_start_matches([' ', '\t', '\r', '\n']);
    let body_end = trimmed_start
        .trim_end_matches([' ', '\t', '\r', '\n'])
        .len();
    let (body, trailing) = trimmed_start.split_at(body_end);
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = body.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or array stays on its line.
                while chars.peek().is_some_and(|next| next.is_ascii_whitespace()) {
                    chars.next();
                }
                if chars
                    .peek()
                    .is_some_and(|next| *next == '}' || *next == ']')
                {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_ascii_whitespace() => {}
            c => out.push(c),
        }
    }
    out.push_str(trailing);
    out
}

#[cfg(test)]
mod tests {
    use super::json_indent;

    #[test]
    fn json_indent_keeps_order_and_empty_containers() {
        let cases = [
            (
                "{\"b\":1,\"a\":{},\"c\":[]}\n",
                "{\n  \"b\": 1,\n  \"a\": {},\n  \"c\": []\n}\n",
            ),
            (
                "[1, {\"x\":\"a,:{}\"}]",
                "[\n  1,\n  {\n    \"x\": \"a,:{}\"\n  }\n]",
            ),
            ("\"s\\\"\"", "\"s\\\"\""),
        ];
        for (text, want) in cases {
            assert_eq!(json_indent(text), want, "{text:?}");
        }
    }
}
