//! `kubectl label` and, through the same machinery, `kubectl annotate`: split arguments into
//! resources and `key=value`/`key-` changes, check conflicts (`--overwrite`), patch each
//! object and print kubectl 1.37's result words (`labeled`, `unlabeled`, `modified`,
//! `not labeled`, `annotated`).

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io};
use crate::api::{value, Kind};
use crate::cluster::{MetadataField, MetadataPatch};
use crate::validation;
use serde_json::Value;
use std::collections::BTreeMap;

/// `--resource-version` with a builder result that is not one object.
const SINGLE_RESOURCE_VERSION: &str = "--resource-version may only be used with a single resource";

/// `validateAnnotations`' error, before the keys.
const MODIFY_AND_REMOVE_ANNOTATIONS: &str =
    "can not both modify and remove the following annotation(s) in the same command: ";

/// Label or annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Labels,
    Annotations,
}

impl Target {
    fn noun(self) -> &'static str {
        match self {
            Target::Labels => "label",
            Target::Annotations => "annotation",
        }
    }

    /// The `metadata` key it lives under.
    fn field_name(self) -> &'static str {
        match self {
            Target::Labels => "labels",
            Target::Annotations => "annotations",
        }
    }

    fn field(self) -> MetadataField {
        match self {
            Target::Labels => MetadataField::Labels,
            Target::Annotations => MetadataField::Annotations,
        }
    }
}

/// kubectl's `GetResourcesAndPairs`: `k=v` and `k-` are changes; `=v` and `-` are resource
/// arguments.
fn is_change(arg: &str) -> bool {
    (arg.contains('=') && !arg.starts_with('=')) || (arg.ends_with('-') && arg != "-")
}

/// Splits positional arguments into resource arguments and change specs.
fn split_args(target: Target, args: &[String]) -> Result<(Vec<String>, Vec<String>), KubectlError> {
    let mut resource_args = Vec::new();
    let mut changes = Vec::new();
    for arg in args {
        if is_change(arg) {
            changes.push(arg.clone());
        } else if !changes.is_empty() {
            return Err(KubectlError::message(format!(
                "all resources must be specified before {} changes: {arg}",
                target.noun()
            )));
        } else {
            resource_args.push(arg.clone());
        }
    }
    Ok((resource_args, changes))
}

/// Parses `k=v` / `k-` specs into a patch.
fn parse_changes(target: Target, specs: &[String]) -> Result<MetadataPatch, KubectlError> {
    let mut patch = MetadataPatch::default();
    let mut invalid_format = Vec::new();
    for spec in specs {
        // `ParsePairs` (annotate) takes a pair only when it does not start with `=`: `=-`
        // removes the key `=`.
        let pair = spec
            .split_once('=')
            .filter(|(key, _)| target == Target::Labels || !key.is_empty());
        if let Some((key, val)) = pair {
            if target == Target::Labels {
                if val.contains('=') {
                    return Err(KubectlError::message(format!("invalid label spec: {spec}")));
                }
                let errors = validation::is_valid_label_value(val);
                if !errors.is_empty() {
                    return Err(KubectlError::message(format!(
                        "invalid label value: \"{spec}\": {}",
                        errors.join(";")
                    )));
                }
            }
            patch.set.insert(key.to_string(), val.to_string());
        } else if let Some(key) = spec.strip_suffix('-') {
            patch.remove.push(key.to_string());
        } else if target == Target::Labels {
            return Err(KubectlError::message(format!("unknown label spec: {spec}")));
        } else {
            invalid_format.push(spec.clone());
        }
    }
    if !invalid_format.is_empty() {
        return Err(KubectlError::message(format!(
            "invalid annotation format: {}",
            invalid_format.join(", ")
        )));
    }
    // `label` refuses a key both set and removed as it parses (`Complete`); `annotate`
    // only at the end of its checks (`validateAnnotations`).
    if target == Target::Labels {
        modified_and_removed(target, &patch)?;
    }
    Ok(patch)
}

/// A key both set and removed in the same command.
fn modified_and_removed(target: Target, patch: &MetadataPatch) -> Result<(), KubectlError> {
    let both: Vec<&String> = patch
        .remove
        .iter()
        .filter(|key| patch.set.contains_key(*key))
        .collect();
    if both.is_empty() {
        return Ok(());
    }
    let message = match target {
        Target::Labels => "can not both modify and remove a label in the same command".to_string(),
        Target::Annotations => {
            let keys: Vec<&str> = both.iter().map(|key| key.as_str()).collect();
            format!("{MODIFY_AND_REMOVE_ANNOTATIONS}{}", keys.join(", "))
        }
    };
    Err(KubectlError::message(message))
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    edit(invocation, env, io, Target::Labels)
}

/// One object to change: in the cluster, or (`--local`) a manifest read from a file.
struct Item {
    kind: Kind,
    namespace: String,
    name: String,
    /// The manifest, for `--local`.
    local: Option<Value>,
    /// The builder's error for this object (its namespace contradicts `-n`).
    error: Option<KubectlError>,
}

/// Applies the changes to an object's `metadata.labels`/`annotations`, as `labelFunc` does
/// (the map is set even when it ends up empty: `labels: {}`).
fn apply_to_value(value: &mut Value, target: Target, patch: &MetadataPatch) {
    let Value::Object(object) = value else {
        return;
    };
    let metadata = object
        .entry("metadata".to_string())
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    let Value::Object(metadata) = metadata else {
        return;
    };
    let key = match target {
        Target::Labels => "labels",
        Target::Annotations => "annotations",
    };
    let map = metadata
        .entry(key.to_string())
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    // `GetLabels`/`GetAnnotations` give nothing for a map with a value that is not a string
    // (a List's item may hold `app: true`), so the new map holds the new keys only.
    if !map
        .as_object()
        .is_some_and(|map| map.values().all(Value::is_string))
    {
        *map = Value::Object(serde_json::Map::new());
    }
    if let Value::Object(map) = map {
        for (k, v) in &patch.set {
            map.insert(k.clone(), Value::String(v.clone()));
        }
        for k in &patch.remove {
            map.remove(k);
        }
    }
}

/// Shared by `label` and `annotate`.
pub(super) fn edit(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    target: Target,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    // kubectl reads --dry-run (and warns about its deprecated forms) before the arguments.
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let (resource_args, change_specs) = split_args(target, &invocation.args)?;
    let patch = parse_changes(target, &change_specs)?;
    let list = flags.bool("list");
    let local = flags.bool("local");
    let filenames = flags.strings("filename");
    let all = flags.bool("all");
    let label_selector = flags.string("selector").unwrap_or("").trim().to_string();
    let field_selector = flags
        .string("field-selector")
        .unwrap_or("")
        .trim()
        .to_string();
    if list && !flags.string("output").unwrap_or("").is_empty() {
        return Err(KubectlError::message(
            "--list and --output may not be specified together",
        ));
    }
    // `label` reads the kubeconfig's namespace at the end of `Complete`, before `Validate`.
    if target == Target::Labels {
        if let Some(error) = super::configuration_error(invocation, env) {
            return Err(error);
        }
    }
    // `Validate()`, in kubectl's order.
    if all && !label_selector.is_empty() {
        return Err(KubectlError::message(
            "cannot set --all and --selector at the same time",
        ));
    }
    if all && !field_selector.is_empty() {
        return Err(KubectlError::message(
            "cannot set --all and --field-selector at the same time",
        ));
    }
    if local {
        if dry_run == DryRun::Server {
            return Err(KubectlError::message(
                "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
            ));
        }
        // `label` names its example files `pod.yaml`/`pod.json`, `annotate` `rsrc.*`.
        let example = match target {
            Target::Labels => "pod",
            Target::Annotations => "rsrc",
        };
        if !resource_args.is_empty() {
            return Err(KubectlError::message(format!(
                "can only use local files by -f {example}.yaml or --filename={example}.json when --local=true is set"
            )));
        }
        if filenames.is_empty() {
            return Err(KubectlError::message(format!(
                "one or more files must be specified as -f {example}.yaml or --filename={example}.json"
            )));
        }
    } else if resource_args.is_empty() && !super::super::resources::has_file_sources(flags) {
        return Err(KubectlError::message(
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        ));
    }
    if change_specs.is_empty() && !list {
        return Err(KubectlError::message(format!(
            "at least one {} update is required",
            target.noun()
        )));
    }
    if target == Target::Annotations {
        modified_and_removed(target, &patch)?;
    }
    // `annotate` makes its printer in `Complete`; `label` makes one per object as it prints
    // it (`o.ToPrinter`), so a bad `-o` fails once per object, after reading and changing it.
    let output = flags.string("output").unwrap_or("");
    let format = match OutputFormat::from_flags(output, false, flags, env.fs) {
        Ok(format) => Some(format),
        Err(_) if target == Target::Labels => None,
        Err(error) => return Err(error),
    };
    // `annotate` reads the kubeconfig as it makes its builder, after its printer.
    if target == Target::Annotations {
        if let Some(error) = super::configuration_error(invocation, env) {
            return Err(error);
        }
    }
    if !local {
        if let Some(error) = super::client_config_error(invocation, env) {
            return Err(error);
        }
    }
    // Only now does the first request go out (`--server` may name where nothing answers).
    if let Some(failure) = (!local)
        .then(|| super::unreachable::failure(invocation, env))
        .flatten()
    {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result;
        }
    }
    // The one YAML printer of `annotate` writes `---` before every object after the first.
    let mut n_printed = 0;
    let annotate_printer = match (&format, target) {
        (Some(format), Target::Annotations) => Some(output::Printer::new(format)),
        _ => None,
    };
    let namespace = resources::namespace(invocation, env);
    let enforce = resources::namespace_enforced(invocation);
    let all_namespaces = flags.bool("all-namespaces");
    let mut items: Vec<Item> = Vec::new();
    let mut errors = Vec::new();
    let mut read_errors = Vec::new();
    // The builder's "single item implied": one name, or one file (not a directory).
    let mut one = false;
    super::super::resources::check_kustomize(invocation, env)?;
    // `--recursive` is on by default for `annotate`, off for `label`.
    let recursive = flags.bool("recursive");
    if !filenames.is_empty() {
        one = resource_args.is_empty()
            && manifest::single_item_implied(env.fs, &filenames, recursive);
        let checks = manifest::ReadChecks {
            validate: false,
            map_kinds: !local,
        };
        let manifests = match manifest::read_sources(
            env.fs,
            env.stdin.as_deref(),
            &filenames,
            recursive,
            checks,
        ) {
            Ok(manifests) => manifests,
            // `annotate` asks the builder's result whether it holds one item before it
            // looks at its error: a result that failed holds none.
            Err(_)
                if target == Target::Annotations
                    && !flags.string("resource-version").unwrap_or("").is_empty() =>
            {
                return Err(KubectlError::message(SINGLE_RESOURCE_VERSION));
            }
            Err(error) => return Err(error),
        };
        // Without `--local` the builder also has the arguments and the selector.
        if !local {
            if !resource_args.is_empty() {
                return Err(resources::args_beside_files(&resource_args));
            }
            resources::check_file_selector(flags)?;
        }
        read_errors = manifests.errors;
        for object in manifests.objects {
            let manifest_kind = value::str_at(&object.value, &["kind"]).unwrap_or("");
            // A local object needs no resource: any kind is printed as it is named.
            if let Some(kind) =
                Kind::from_manifest_kind(manifest_kind).or_else(|| local.then_some(Kind::Pod))
            {
                let given = value::str_at(&object.value, &["metadata", "namespace"])
                    .filter(|given| !given.is_empty());
                let ns = given.unwrap_or(&namespace).to_string();
                let name = value::str_at(&object.value, &["metadata", "name"])
                    .unwrap_or("")
                    .to_string();
                // `RequireNamespace`: a local object (no REST mapping) counts as namespaced
                // when it names a namespace.
                let namespaced = if local {
                    given.is_some()
                } else {
                    kind.namespaced()
                };
                let error = given
                    .filter(|given| enforce && namespaced && *given != namespace)
                    .map(|given| resources::namespace_mismatch(given, &namespace));
                items.push(Item {
                    kind,
                    namespace: if kind.namespaced() { ns } else { String::new() },
                    name,
                    local: local.then(|| object.value.clone()),
                    error,
                });
            }
        }
    }
    if !resource_args.is_empty() {
        match resources::parse_selection(&resource_args)? {
            Selection::Names(names) => {
                // `--all` selects only with a lone resource type (`ResourceTypeOrNameArgs`).
                if !label_selector.is_empty() || !field_selector.is_empty() {
                    return Err(resources::selector_with_names(&resource_args));
                }
                resources::check_names_scope(&names, all_namespaces)?;
                one = filenames.is_empty() && names.len() == 1;
                for (kind, name) in names {
                    let ns = if kind.namespaced() {
                        namespace.clone()
                    } else {
                        String::new()
                    };
                    items.push(Item {
                        kind,
                        namespace: ns,
                        name,
                        local: None,
                        error: None,
                    });
                }
            }
            Selection::Kinds(kinds) => {
                if !all && label_selector.is_empty() && field_selector.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                let selector = resources::list_selector(&kinds, &label_selector, &field_selector)?;
                let fields = if field_selector.is_empty() {
                    None
                } else {
                    Some(
                        crate::selector::parse_field_selector(&field_selector)
                            .map_err(|error| KubectlError::message(error.to_string()))?,
                    )
                };
                for kind in kinds {
                    let scope = if !kind.namespaced() || all_namespaces {
                        None
                    } else {
                        Some(namespace.as_str())
                    };
                    for object in env.cluster.list(kind, scope) {
                        let fields_match = fields.as_ref().is_none_or(|fields| {
                            fields.matches_with(&|field: &str| {
                                super::get::field_value(&object, field)
                            })
                        });
                        if fields_match
                            && selector
                                .as_ref()
                                .map(|s| s.matches(&object.meta().labels))
                                .unwrap_or(true)
                        {
                            items.push(Item {
                                kind,
                                namespace: object.meta().namespace.clone().unwrap_or_default(),
                                name: object.name().to_string(),
                                local: None,
                                error: None,
                            });
                        }
                    }
                }
            }
        }
    }
    let is_name_or_table = matches!(format, Some(OutputFormat::Table | OutputFormat::Name));
    // `--resource-version` locks one object: its patch carries the version, so the server
    // refuses it when the object has changed since.
    let resource_version = flags.string("resource-version").unwrap_or("");
    if !resource_version.is_empty() && !one {
        return Err(KubectlError::message(SINGLE_RESOURCE_VERSION));
    }
    let overwrite = flags.bool("overwrite");
    // kubectl changes the object itself (no request) for --local, --dry-run=client and --list.
    let client_side = local || dry_run == DryRun::Client || list;
    // `--record` on the server's side: `annotate` records the cause before its own changes
    // (which win over it), `label` records it beside the labels, in the same patch.
    let cause = invocation.change_cause.as_deref().filter(|_| !client_side);
    let mut patch = patch;
    let mut record_patch = MetadataPatch::default();
    if let Some(cause) = cause {
        let recorded = match target {
            Target::Labels => &mut record_patch,
            Target::Annotations => &mut patch,
        };
        if !recorded
            .remove
            .iter()
            .any(|key| key == record::CHANGE_CAUSE)
        {
            recorded
                .set
                .entry(record::CHANGE_CAUSE.to_string())
                .or_insert_with(|| cause.to_string());
        }
    }
    for item in items {
        let Item {
            kind,
            namespace: ns,
            name,
            local: manifest,
            error,
        } = item;
        if let Some(error) = error {
            errors.push(error);
            continue;
        }
        if manifest.is_none() {
            resources::server_warnings(io, [kind]);
        }
        // The current labels (annotations): the manifest's, or the stored object's; and, for
        // `label -o`, the object as read, which is what it prints.
        let mut read = None;
        let existing: BTreeMap<String, String> = match &manifest {
            Some(manifest) => value::string_map_at(manifest, &["metadata", target.field_name()]),
            None => match resources::get_by_name(env.cluster, kind, &ns, &name) {
                Ok(object) => {
                    if target == Target::Labels && !client_side && !is_name_or_table {
                        read = Some(object.to_value());
                    }
                    match target {
                        Target::Labels => object.meta().labels.clone(),
                        Target::Annotations => object.meta().annotations.clone(),
                    }
                }
                Err(error) => {
                    errors.push(KubectlError::api(error));
                    continue;
                }
            },
        };
        if !overwrite {
            // `validateNoAnnotationOverwrites`: the change cause may always be overwritten.
            let conflicts: Vec<(String, String)> = patch
                .set
                .iter()
                .filter(|(key, _)| target == Target::Labels || key.as_str() != record::CHANGE_CAUSE)
                .filter_map(|(key, val)| match existing.get(key) {
                    Some(old) if old != val => Some((key.clone(), old.clone())),
                    _ => None,
                })
                .collect();
            if !conflicts.is_empty() {
                errors.push(conflict_error(target, &conflicts));
                continue;
            }
        }
        let added = patch
            .set
            .iter()
            .any(|(key, val)| existing.get(key) != Some(val));
        let removed = patch.remove.iter().any(|key| existing.contains_key(key));
        // Whether the cluster now stores the change (a real request, no dry run).
        let mut stored = false;
        if !client_side && !resource_version.is_empty() {
            let current = env
                .cluster
                .get(kind, &ns, &name)
                .map(|object| object.meta().resource_version.to_string())
                .unwrap_or_default();
            if current != resource_version {
                errors.push(KubectlError::api(crate::api::ApiError::Conflict {
                    resource: kind.plural().to_string(),
                    name: name.clone(),
                    reason: None,
                }));
                continue;
            }
        }
        if !client_side {
            if target == Target::Labels {
                for key in &patch.remove {
                    if !existing.contains_key(key) {
                        io.out(&format!("label \"{key}\" not found.\n"));
                    }
                }
            }
            if dry_run == DryRun::None {
                if added || removed {
                    let fields = [
                        (target.field(), &patch),
                        (MetadataField::Annotations, &record_patch),
                    ];
                    let fields = if record_patch.set.is_empty() {
                        &fields[..1]
                    } else {
                        &fields[..]
                    };
                    if let Err(error) = env.cluster.patch_metadata_fields(kind, &ns, &name, fields)
                    {
                        errors.push(KubectlError::api(error));
                        continue;
                    }
                }
                stored = true;
            }
        }
        if let (Some(manifest), true) = (&manifest, !list && is_name_or_table) {
            // cli-runtime's name printer, over the manifest's own kind and group.
            let word = match format {
                Some(OutputFormat::Name) => String::new(),
                _ => format!(
                    " {}{}",
                    change_word(target, added, removed),
                    dry_run.suffix()
                ),
            };
            io.out(&format!("{}{word}\n", local_name(manifest)));
            continue;
        }
        if !list && format == Some(OutputFormat::Table) {
            let word = change_word(target, added, removed);
            io.out(&format!(
                "{}/{name} {word}{}\n",
                kind.singular(),
                dry_run.suffix()
            ));
            continue;
        }
        // `--list` and `-o` show the whole object after the change: `label` the object it
        // read with its own changes (`info.Object`), `annotate` the server's answer.
        let mut object = match (manifest, read) {
            (Some(manifest), _) => manifest,
            (None, Some(read)) => read,
            (None, None) => match resources::get_by_name(env.cluster, kind, &ns, &name) {
                Ok(object) => object.to_value(),
                Err(error) => {
                    errors.push(KubectlError::api(error));
                    continue;
                }
            },
        };
        if !stored || target == Target::Labels {
            apply_to_value(&mut object, target, &patch);
            if !record_patch.set.is_empty() {
                apply_to_value(&mut object, Target::Annotations, &record_patch);
            }
            // `labelFunc` and `updateAnnotations` also set the version they were given.
            if !resource_version.is_empty() {
                if let Some(root) = object.as_object_mut() {
                    if let Some(metadata) = root
                        .entry("metadata")
                        .or_insert_with(|| serde_json::json!({}))
                        .as_object_mut()
                    {
                        metadata.insert(
                            "resourceVersion".to_string(),
                            serde_json::Value::String(resource_version.to_string()),
                        );
                    }
                }
            }
        }
        if list {
            // Each object's list has a heading, on standard output, unless the builder implied
            // a single item.
            if !one {
                // The kind and group of the object's own `apiVersion` and `kind`.
                let api_version = value::str_at(&object, &["apiVersion"]).unwrap_or("");
                let group = api_version.rsplit_once('/').map_or("", |(group, _)| group);
                let kind_name = value::str_at(&object, &["kind"]).unwrap_or(kind.name());
                io.out(&format!(
                    "Listing {}s for {kind_name}.{group}/{name}:\n",
                    target.noun()
                ));
            }
            let indent = if one { "" } else { " " };
            for (key, val) in value::string_map_at(&object, &["metadata", target.field_name()]) {
                io.out(&format!("{indent}{key}={val}\n"));
            }
            continue;
        }
        let format = match &format {
            Some(format) => format,
            None => {
                if let Err(error) = OutputFormat::from_flags(output, false, flags, env.fs) {
                    errors.push(error);
                }
                continue;
            }
        };
        if n_printed > 0 && target == Target::Annotations && *format == OutputFormat::Yaml {
            io.out("---\n");
        }
        n_printed += 1;
        let printed = match &annotate_printer {
            Some(printer) => printer.print(kind, object),
            None => output::print_objects(format, &[(kind, object)], true),
        };
        output::write_printed(printed, io, &mut errors)?;
    }
    errors.extend(read_errors);
    if errors.is_empty() {
        Ok(0)
    } else {
        Err(KubectlError::Many(errors))
    }
}

/// What the name printer says was done.
fn change_word(target: Target, added: bool, removed: bool) -> &'static str {
    match (target, added, removed) {
        (Target::Annotations, _, _) => "annotated",
        (Target::Labels, true, true) => "modified",
        (Target::Labels, true, false) => "labeled",
        (Target::Labels, false, true) => "unlabeled",
        (Target::Labels, false, false) => "not labeled",
    }
}

/// `kind.group/name` as cli-runtime's name printer writes a local object (`<unknown>` for a
/// missing name).
fn local_name(manifest: &Value) -> String {
    let kind = value::str_at(manifest, &["kind"])
        .unwrap_or("")
        .to_lowercase();
    let group = value::str_at(manifest, &["apiVersion"])
        .and_then(|version| version.split_once('/'))
        .map_or("", |(group, _)| group);
    let name = value::str_at(manifest, &["metadata", "name"])
        .filter(|name| !name.is_empty())
        .unwrap_or("<unknown>");
    if group.is_empty() {
        format!("{kind}/{name}")
    } else {
        format!("{kind}.{group}/{name}")
    }
}

/// The error for values that would change without `--overwrite`.
fn conflict_error(target: Target, conflicts: &[(String, String)]) -> KubectlError {
    match target {
        Target::Labels => {
            let mut lines: Vec<KubectlError> = conflicts
                .iter()
                .map(|(key, old)| {
                    KubectlError::message(format!(
                        "'{key}' already has a value ({old}), and --overwrite is false"
                    ))
                })
                .collect();
            if lines.len() == 1 {
                lines.remove(0)
            } else {
                KubectlError::Many(lines)
            }
        }
        Target::Annotations => {
            let detail: Vec<String> = conflicts
                .iter()
                .map(|(key, old)| format!("'{key}' already has a value ({old})"))
                .collect();
            KubectlError::message(format!(
                "--overwrite is false but found the following declared annotation(s): {}",
                detail.join("; ")
            ))
        }
    }
}
