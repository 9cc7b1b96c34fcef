//! `kubectl patch` (`pkg/cmd/patch`): a strategic merge, JSON merge or JSON patch, given as
//! JSON or YAML (`-p`) or in a file (`--patch-file`), sent to the objects named by `TYPE NAME`,
//! `TYPE/NAME` or `-f`. The server applies it (`Cluster::patch`) with the same update rules
//! as `kubectl apply`; `--local` and `--dry-run=client` patch the object in kubectl and only
//! print it; `--dry-run=server` patches a copy of the cluster. Each object prints as
//! `pod/NAME patched`, or `patched (no change)` when the server's answer equals what kubectl
//! read. With `--record`, a second merge patch writes the change cause.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest::{self, yaml_json};
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io, Outcome};
use super::delete::NO_RESOURCES;
use crate::api::{json_patch, strategic_merge, value, ApiError, Kind};
use crate::cluster::{patched, PatchType};
use serde_json::Value;

/// One object to patch: in the cluster, or (`--local`, `--dry-run=client` on a file) as
/// read from a file.
struct Item {
    kind: Kind,
    namespace: String,
    name: String,
    local: Option<Value>,
    /// Named by `-f` rather than by an argument.
    from_file: bool,
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let patch_text = flags.string("patch").unwrap_or("");
    let patch_file = flags.string("patch-file").unwrap_or("");
    let local = flags.bool("local");
    let type_name = flags.string("type").unwrap_or("strategic");
    let dry_run = dry_run::strategy(invocation, env, io)?;
    // `Validate()`, in kubectl's order.
    if !patch_text.is_empty() && !patch_file.is_empty() {
        return Err(KubectlError::message(
            "cannot specify --patch and --patch-file together",
        ));
    }
    if patch_text.is_empty() && patch_file.is_empty() {
        return Err(KubectlError::message(
            "must specify --patch or --patch-file containing the contents of the patch",
        ));
    }
    if local && !invocation.args.is_empty() {
        return Err(KubectlError::message(
            "cannot specify --local and server resources",
        ));
    }
    if local && dry_run == DryRun::Server {
        return Err(KubectlError::message(
            "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
        ));
    }
    if !flags.string("subresource").unwrap_or("").is_empty() {
        return Err(KubectlError::message(
            "the playground does not implement \"kubectl patch --subresource\" yet",
        ));
    }
    let patch_type = match type_name.to_ascii_lowercase().as_str() {
        "" | "strategic" => PatchType::Strategic,
        "merge" => PatchType::Merge,
        "json" => PatchType::Json,
        _ => {
            return Err(KubectlError::message(format!(
                "--type must be one of [json merge strategic], not {}",
                crate::validation::go_quote(type_name)
            )))
        }
    };
    // kubectl makes its printer when it prints (`o.ToPrinter`); the playground before it patches.
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    // `RunPatch`: the patch text (YAML becomes JSON unless it starts with `{`).
    let raw = if patch_file.is_empty() {
        patch_text.to_string()
    } else {
        match env.fs.read(patch_file) {
            Ok(text) => text.to_string(),
            Err(_) => {
                return Err(KubectlError::message(format!(
                    "unable to read patch file: open {patch_file}: no such file or directory"
                )))
            }
        }
    };
    let json_text = if raw.trim_start().starts_with('{') {
        raw.clone()
    } else {
        match yaml_json::yaml_to_json(&raw) {
            Ok(value) => crate::printers::json::to_compact_json(&value),
            Err(
                yaml_json::ConvertError::Yaml(error)
                | yaml_json::ConvertError::Json(error)
                | yaml_json::ConvertError::Unmarshal(error),
            ) => {
                return Err(KubectlError::message(format!(
                    "unable to parse {}: {error}",
                    crate::validation::go_quote(patch_text)
                )))
            }
        }
    };
    if !local {
        if let Some(error) = super::client_config_error(invocation, env) {
            return Err(error);
        }
    }
    let items = items(invocation, env, local, dry_run == DryRun::Client)?;
    if items.is_empty() {
        return Err(KubectlError::message("no objects passed to patch"));
    }
    let mut lines = String::new();
    for item in items {
        if item.local.is_none() {
            resources::server_warnings(io, [item.kind]);
        }
        let (operation, after) = if local || dry_run == DryRun::Client {
            let before = match item.local {
                Some(object) => object,
                None => resources::get_by_name(env.cluster, item.kind, &item.namespace, &item.name)
                    .map_err(KubectlError::api)?
                    .to_value(),
            };
            let after = client_side(&before, patch_type, &json_text)?;
            let operation = if before == after {
                "patched (no change)"
            } else {
                "patched"
            };
            (operation, after)
        } else {
            // The server reads the JSON itself: its syntax errors are its own.
            let patch = manifest::go_json::parse(&json_text)
                .map_err(|message| KubectlError::api(ApiError::BadRequest { message }))?;
            // The builder fetched a named object (`Info.Get`); a file's object goes to the
            // server as read, so a missing one is the patch's own NotFound.
            let before = if item.from_file {
                env.cluster.get(item.kind, &item.namespace, &item.name)
            } else {
                resources::get_by_name(env.cluster, item.kind, &item.namespace, &item.name)
            }
            .map_err(KubectlError::api)?
            .to_value();
            let after = {
                let mut scratch = dry_run.scratch(env.cluster);
                let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
                server_side(cluster, &item, patch_type, &patch, io)?
            };
            // `--record`: a second merge patch of the change cause, sent even when the object
            // has it (`{}`), its failure ignored. A server dry run sends it as a dry run too,
            // so it applies to the stored object, not to the first patch's answer.
            let recorded = invocation.change_cause.as_deref().and_then(|cause| {
                let patch = record::merge_patch(&after, cause);
                let mut scratch = dry_run.scratch(env.cluster);
                let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
                cluster
                    .patch(
                        item.kind,
                        &item.namespace,
                        &item.name,
                        PatchType::Merge,
                        &patch,
                    )
                    .ok()?;
                cluster
                    .get(item.kind, &item.namespace, &item.name)
                    .ok()
                    .map(|object| object.to_value())
            });
            // Whether it changed is the first patch's answer.
            let operation = if before == after {
                "patched (no change)"
            } else {
                "patched"
            };
            (operation, recorded.unwrap_or(after))
        };
        // kubectl names what the patch produced (a local patch may rename it).
        let name = value::str_at(&after, &["metadata", "name"]).unwrap_or(&item.name);
        if format == OutputFormat::Table {
            // patch's `ToPrinter` sets the operation after `PrintFlagsWithDryRunStrategy` has
            // formatted it, so a dry run is not said.
            lines.push_str(&format!(
                "{} {operation}\n",
                output::name_line(item.kind, name)
            ));
        } else {
            lines.push_str(&output::print_objects(
                &format,
                &[(item.kind, after)],
                true,
            )?);
        }
    }
    io.out(&lines);
    Ok(Outcome::Done(0))
}

/// The server's answer to the patch: the object as stored afterwards.
fn server_side(
    cluster: &mut crate::cluster::Cluster,
    item: &Item,
    patch_type: PatchType,
    patch: &Value,
    io: &mut Io,
) -> Result<Value, KubectlError> {
    let (_, warnings) = cluster
        .patch(item.kind, &item.namespace, &item.name, patch_type, patch)
        .map_err(KubectlError::api)?;
    for warning in warnings {
        io.err(&format!("Warning: {warning}\n"));
    }
    cluster
        .get(item.kind, &item.namespace, &item.name)
        .map(|object| object.to_value())
        .map_err(KubectlError::api)
}

/// `getPatchedJSON`: the patch applied in kubectl, with the patch libraries' own errors.
fn client_side(
    object: &Value,
    patch_type: PatchType,
    json_text: &str,
) -> Result<Value, KubectlError> {
    let patch = manifest::go_json::parse(json_text)
        .map_err(|_| KubectlError::message("invalid JSON document"))?;
    match patch_type {
        PatchType::Json => {
            let mut result = object.clone();
            json_patch::apply(&mut result, &patch).map_err(|message| {
                // `getPatchedJSON` rewrites the library's missing-key error.
                match message.find("key:") {
                    Some(at) if message.contains("doc is missing key") => {
                        KubectlError::message(format!(
                            "Object to be patched is missing field ({})",
                            &message[at + 5..]
                        ))
                    }
                    _ => KubectlError::message(message),
                }
            })?;
            Ok(result)
        }
        PatchType::Merge if !patch.is_object() => Err(KubectlError::message(
            "json: cannot unmarshal array into Go value of type unstructured.detector",
        )),
        PatchType::Strategic if !patch.is_object() => {
            Err(KubectlError::message("invalid JSON document"))
        }
        PatchType::Strategic => {
            let mut result = object.clone();
            strategic_merge::apply(&mut result, &patch);
            Ok(result)
        }
        PatchType::Merge => patched(object, patch_type, &patch).map_err(KubectlError::api),
    }
}

/// What the arguments and files name, as the builder resolves them (`ResourceTypeOrNameArgs`
/// without selectors).
///
/// A file's object is what `--local` and `--dry-run=client` patch: the builder only fetches an
/// object it has not read. Without `--local` the server's mapping says the kind is namespaced,
/// and `SetNamespace` gives the object the command's namespace when it names none.
fn items(
    invocation: &Invocation,
    env: &Env<'_>,
    local: bool,
    client_dry_run: bool,
) -> Result<Vec<Item>, KubectlError> {
    let filenames = invocation.flags.strings("filename");
    let namespace = resources::namespace(invocation, env);
    let mut items = Vec::new();
    if !filenames.is_empty() {
        let checks = manifest::ReadChecks {
            validate: false,
            map_kinds: !local,
        };
        let manifests =
            manifest::read_sources(env.fs, env.stdin.as_deref(), &filenames, false, checks)?;
        if let Some(error) = manifests.errors.into_iter().next() {
            return Err(error);
        }
        for object in manifests.objects {
            let Some(kind) =
                Kind::from_manifest_kind(value::str_at(&object.value, &["kind"]).unwrap_or(""))
            else {
                continue;
            };
            let ns = value::str_at(&object.value, &["metadata", "namespace"])
                .filter(|ns| !ns.is_empty())
                .unwrap_or(&namespace)
                .to_string();
            let name = value::str_at(&object.value, &["metadata", "name"])
                .unwrap_or("")
                .to_string();
            let kept = if local {
                Some(object.value)
            } else if client_dry_run {
                let mut read = object.value;
                if kind.namespaced() {
                    if let Some(meta) = read.get_mut("metadata").and_then(Value::as_object_mut) {
                        meta.insert("namespace".into(), Value::from(ns.clone()));
                    }
                }
                Some(read)
            } else {
                None
            };
            items.push(Item {
                kind,
                namespace: if kind.namespaced() { ns } else { String::new() },
                name,
                local: kept,
                from_file: true,
            });
        }
        return Ok(items);
    }
    if invocation.args.is_empty() {
        return Err(KubectlError::message(NO_RESOURCES));
    }
    match resources::parse_selection(&invocation.args)? {
        Selection::Names(names) => Ok(resources::placed_names(names, &namespace)
            .into_iter()
            .map(|(kind, namespace, name)| Item {
                kind,
                namespace,
                name,
                local: None,
                from_file: false,
            })
            .collect()),
        Selection::Kinds(_) => Err(KubectlError::message(
            "resource(s) were provided, but no name was specified",
        )),
    }
}
