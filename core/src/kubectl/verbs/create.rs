//! `kubectl create -f`, `kubectl apply -f` and `kubectl create namespace`.
//!
//! Objects are read from every `-f` source, checked client-side (apiVersion/kind), strictly
//! decoded by the API server's schema, then created in order; successes print as they happen
//! and failures are reported together at the end, as kubectl does. `apply` records the
//! `kubectl.kubernetes.io/last-applied-configuration` annotation and updates labels and
//! annotations of existing objects.

use super::super::cli::{FlagValues, Invocation};
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest::{self, SourcedObject};
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources;
use super::super::{Env, Io, Outcome};
use crate::api::{strategic_merge, value};
use crate::api::{ApiError, Kind};
use crate::cluster::PatchType;
use serde_json::{json, Value};

/// Which verb is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Create,
    Apply,
    /// `kubectl replace` without `--force` (a `PUT` of each object).
    Replace,
}

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    mode: Mode,
    known_dry_run: Option<DryRun>,
) -> Result<Outcome, KubectlError> {
    let command = match mode {
        Mode::Create => "create",
        Mode::Apply => "apply",
        Mode::Replace => "replace",
    };
    // `replace` keeps its arguments for `--force` and otherwise ignores them.
    if !invocation.args.is_empty() && mode != Mode::Replace {
        return Err(KubectlError::usage(
            command,
            format!("Unexpected args: [{}]", invocation.args.join(" ")),
        ));
    }
    let flags = &invocation.flags;
    let filenames = flags.strings("filename");
    let kustomize = flags.string("kustomize").unwrap_or("");
    // `Complete()` and `Validate()` in each command's order (`replace` did its own).
    let dry_run = match known_dry_run {
        Some(dry_run) => dry_run,
        None => dry_run::strategy(invocation, env, io)?,
    };
    // `apply` builds its client (`f.DynamicClient()`) next.
    if let Some(error) = (mode == Mode::Apply)
        .then(|| super::rest_client_error(invocation, env))
        .flatten()
    {
        return Err(error);
    }
    let printer = |env: &mut Env<'_>| {
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)
    };
    let format = if mode == Mode::Apply {
        super::delete::propagation(flags)?;
        // `RequireFilenameOrKustomize`; the builder refuses both later.
        if !resources::has_file_sources(flags) {
            resources::require_filename_or_kustomize(flags)?;
        }
        dry_run::check_validate_flag(invocation)?;
        validate_apply(invocation, dry_run)?;
        resources::require_filename_or_kustomize(flags)?;
        None
    } else {
        if mode == Mode::Create {
            dry_run::check_validate_flag(invocation)?;
            // `--edit`'s options are completed here: their builder wants files.
            if flags.bool("edit") && !resources::has_file_sources(flags) {
                return Err(KubectlError::Raw(format!(
                    "error: {}",
                    super::delete::NO_RESOURCES
                )));
            }
        }
        let format = printer(env)?;
        resources::require_filename_or_kustomize(flags)?;
        if mode == Mode::Create {
            check_raw(flags, mode)?;
            if !flags.string("raw").unwrap_or("").is_empty() {
                return Err(KubectlError::message(
                    "the playground does not implement \"kubectl create --raw\" yet",
                ));
            }
        }
        Some(format)
    };
    if !kustomize.is_empty() {
        return Err(KubectlError::message(resources::kustomize_error(
            env, kustomize,
        )));
    }
    // `apply` makes its printer for each object once it has applied it: a bad `-o` fails
    // then, object by object.
    let (format, printer_error) = match format {
        Some(format) => (format, None),
        None => match printer(env) {
            Ok(format) => (format, None),
            Err(error) => (OutputFormat::Table, Some(error)),
        },
    };
    let dry_run_suffix = dry_run.suffix();
    let validate = !matches!(
        flags
            .string("validate")
            .map(|flag| (flag, super::super::cli::golang::parse_bool(flag))),
        Some((_, Ok(false)) | ("ignore", _))
    );
    let manifests = manifest::read_sources(
        env.fs,
        env.stdin.as_deref(),
        &filenames,
        invocation.flags.bool("recursive"),
        manifest::ReadChecks {
            validate,
            map_kinds: true,
        },
    )?;
    resources::check_file_selector(flags)?;
    // `--edit` opens an editor on each object before creating it; the documents kubectl could
    // not read are reported first, as `Visit` meets them.
    if mode == Mode::Create && flags.bool("edit") {
        if let Some(error) = manifests.errors.into_iter().next() {
            return Err(error);
        }
        let objects = manifests
            .objects
            .into_iter()
            .filter_map(|object| Some((manifest::resource_kind(&object).ok()?, object.value)))
            .collect();
        return super::edit::run_on_create(invocation, env, io, objects);
    }
    let objects = manifests.objects;
    if objects.is_empty() && manifests.errors.is_empty() {
        return Err(KubectlError::message(format!(
            "no objects passed to {command}"
        )));
    }
    let namespace = resources::namespace(invocation, env);
    let enforce = resources::namespace_enforced(invocation);
    let options = CreateOptions {
        mode,
        // A server dry run does all the server does, on a copy of the cluster that is dropped.
        persist: dry_run != DryRun::Client,
        // `create --save-config` records the manifest as `apply` does.
        save_config: mode == Mode::Apply || invocation.flags.bool("save-config"),
        change_cause: invocation.change_cause.as_deref(),
    };
    let mut errors = Vec::new();
    let mut printed: Vec<(Kind, Value)> = Vec::new();
    let mut printed_count = 0;
    let mut scratch = dry_run.scratch(env.cluster);
    for object in &objects {
        let mut warnings = Vec::new();
        let result = match scratch.as_mut() {
            Some(copy) => {
                let mut dry = env.with_cluster(copy);
                create_one(
                    &mut dry,
                    object,
                    &namespace,
                    enforce,
                    &options,
                    &mut warnings,
                )
            }
            None => create_one(env, object, &namespace, enforce, &options, &mut warnings),
        };
        resources::server_warnings(io, manifest::resource_kind(object).ok());
        for warning in warnings {
            io.err(&warning);
        }
        match result {
            Ok(_) if printer_error.is_some() => errors.extend(printer_error.clone()),
            Ok((kind, name, verb, sent)) => {
                if format == OutputFormat::Table {
                    io.out(&format!(
                        "{} {verb}{dry_run_suffix}\n",
                        output::name_line(kind, &name)
                    ));
                } else {
                    let ns = if kind.namespaced() {
                        object_namespace(object, &namespace)
                    } else {
                        String::new()
                    };
                    // A client dry run prints what it would send (or, applying, the object
                    // patched locally); the others what the server now holds.
                    let mut value = match dry_run {
                        DryRun::Client => sent,
                        _ => scratch
                            .as_ref()
                            .unwrap_or(&*env.cluster)
                            .get(kind, &ns, &name)
                            .map(|view| view.to_value())
                            .unwrap_or(sent),
                    };
                    // A dry-run create never reaches storage, so it has no resourceVersion.
                    if dry_run == DryRun::Server && verb == "created" {
                        if let Some(Value::Object(metadata)) = value.pointer_mut("/metadata") {
                            metadata.remove("resourceVersion");
                        }
                    }
                    if mode == Mode::Apply {
                        printed.push((kind, value));
                    } else {
                        // `create` and `replace` print each object as they go: the YAML
                        // printer separates the documents.
                        if format == OutputFormat::Yaml && printed_count > 0 {
                            io.out("---\n");
                        }
                        io.out(&output::print_objects(&format, &[(kind, value)], true)?);
                        printed_count += 1;
                    }
                }
            }
            Err(error) => errors.push(error),
        }
    }
    if !printed.is_empty() {
        io.out(&output::print_applied_objects(&format, &printed)?);
    }
    errors.extend(manifests.errors);
    if errors.is_empty() {
        Ok(Outcome::Done(0))
    } else {
        Err(KubectlError::Many(errors))
    }
}

fn object_namespace(object: &SourcedObject, default: &str) -> String {
    value::str_at(&object.value, &["metadata", "namespace"])
        .filter(|ns| !ns.is_empty())
        .unwrap_or(default)
        .to_string()
}

/// Creates one object from a manifest as `kubectl create -f` does (`replace --force`).
pub(super) fn create_object(
    env: &mut Env<'_>,
    object: &SourcedObject,
    namespace: &str,
    enforce: bool,
    save_config: bool,
    warnings: &mut Vec<String>,
) -> Result<(Kind, String), KubectlError> {
    let options = CreateOptions {
        mode: Mode::Create,
        persist: true,
        save_config,
        change_cause: None,
    };
    create_one(env, object, namespace, enforce, &options, warnings)
        .map(|(kind, name, _, _)| (kind, name))
}

/// How one run creates its objects.
pub(super) struct CreateOptions<'a> {
    pub(super) mode: Mode,
    /// False for `--dry-run`: nothing is stored.
    pub(super) persist: bool,
    /// Write the `last-applied-configuration` annotation (`apply`, `create --save-config`).
    pub(super) save_config: bool,
    /// `--record`: the change cause written into each object.
    pub(super) change_cause: Option<&'a str>,
}

/// Creates (or applies) one object; returns its kind, name, the verb to print and the object
/// kubectl sent (what `--dry-run=client -o yaml` prints for a new object).
pub(super) fn create_one(
    env: &mut Env<'_>,
    object: &SourcedObject,
    namespace: &str,
    enforce: bool,
    options: &CreateOptions,
    warnings: &mut Vec<String>,
) -> Result<(Kind, String, &'static str, Value), KubectlError> {
    let CreateOptions {
        mode,
        persist,
        save_config,
        change_cause,
    } = *options;
    let name = value::str_at(&object.value, &["metadata", "name"])
        .unwrap_or("")
        .to_string();
    let kind = manifest::resource_kind(object)?;
    let verb_ing = match mode {
        Mode::Create | Mode::Apply => "creating",
        Mode::Replace => "replacing",
    };
    let with_source = |error: ApiError| KubectlError::Api {
        error,
        source: Some((verb_ing, object.source.clone())),
    };
    // kubectl decodes `metadata` itself (cli-runtime's `infoForData`): a wrong type there fails
    // on the client; the rest of the object is the API server's to decode.
    let decoded = crate::schema::check_object(&object.value);
    if let Err(crate::schema::DecodeError::CannotBeHandled { detail, .. }) = &decoded {
        let detail = detail.to_string();
        if detail.contains("Go struct field ObjectMeta.metadata") {
            return Err(KubectlError::message(format!(
                "unable to decode \"{}\": {detail}",
                object.source
            )));
        }
    }
    let manifest_namespace =
        value::str_at(&object.value, &["metadata", "namespace"]).filter(|ns| !ns.is_empty());
    if kind.namespaced() && enforce {
        if let Some(manifest_namespace) = manifest_namespace {
            if manifest_namespace != namespace {
                return Err(KubectlError::message(format!(
                    "the namespace from the provided object \"{manifest_namespace}\" does not match the namespace \"{namespace}\". You must pass '--namespace={manifest_namespace}' to perform this operation."
                )));
            }
        }
    }
    // A client dry run sends nothing: only the server would refuse it.
    if let (Err(error), true) = (decoded, persist) {
        return Err(with_source(ApiError::BadRequest {
            message: error.to_string(),
        }));
    }
    let target_namespace = manifest_namespace.unwrap_or(namespace).to_string();
    // `apply` records the change cause first: its last-applied configuration holds it too.
    let mut source = object.value.clone();
    if let (Mode::Apply, Some(cause)) = (mode, change_cause) {
        record::record(&mut source, cause);
    }
    let mut manifest = source.clone();
    // The builder's `SetNamespace`: a namespaced object gets the namespace it goes to.
    if kind.namespaced() {
        if let Some(Value::Object(metadata)) = manifest.pointer_mut("/metadata") {
            metadata.insert("namespace".into(), Value::String(target_namespace.clone()));
        }
    }
    // `CreateOrUpdateAnnotation`: replace also refreshes an annotation the manifest carries.
    let carries_annotation =
        value::at(&object.value, &["metadata", "annotations", LAST_APPLIED]).is_some();
    if save_config || (mode == Mode::Replace && carries_annotation) {
        let last_applied = last_applied_annotation(
            &source,
            kind.namespaced().then_some(target_namespace.as_str()),
        );
        insert_last_applied(&mut manifest, last_applied);
    }
    // `create` records after `CreateOrUpdateAnnotation`.
    if let (Mode::Create, Some(cause)) = (mode, change_cause) {
        record::record(&mut manifest, cause);
    }
    if mode == Mode::Apply {
        let existing = env.cluster.get(kind, &target_namespace, &name).is_ok();
        if existing {
            let has_history = env
                .cluster
                .get(kind, &target_namespace, &name)
                .map(|object| object.meta().annotations.contains_key(LAST_APPLIED))
                .unwrap_or(true);
            if !has_history {
                warnings.push(format!(
                    "Warning: resource {}/{name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
                    // `info.ObjectName()`: the resource, without its group.
                    kind.info().resource()
                ));
            }
            if !persist {
                // `PatchLocal`: the three-way patch applied to the object read.
                let (patch, mut current) =
                    apply_patch(env, kind, &target_namespace, &name, &manifest)
                        .map_err(with_source)?;
                if patch.as_object().is_some_and(|map| map.is_empty()) {
                    return Ok((kind, name, "unchanged", current));
                }
                strategic_merge::apply(&mut current, &patch);
                return Ok((kind, name, "configured", current));
            }
            return apply_existing(env, kind, &target_namespace, &name, &manifest)
                .map(|(kind, name, verb)| (kind, name, verb, Value::Null))
                .map_err(with_source);
        }
    }
    if mode == Mode::Replace {
        if persist {
            env.cluster
                .replace(kind, &target_namespace, &name, &manifest)
                .map_err(with_source)?;
        }
        return Ok((kind, name, "replaced", manifest));
    }
    if !persist {
        return Ok((kind, name, "created", manifest));
    }
    let (kind, created) = env
        .cluster
        .create(&manifest, &target_namespace)
        .map_err(with_source)?;
    for warning in crate::cluster::warnings_on_create(kind, &created) {
        warnings.push(format!("Warning: {warning}\n"));
    }
    Ok((kind, created, "created", manifest))
}

/// `Validate`'s checks of `--raw` (`create`'s and `replace`'s): one local file, no other
/// way of choosing or printing objects, and a path `url.ParseRequestURI` accepts.
pub(super) fn check_raw(flags: &FlagValues, mode: Mode) -> Result<(), KubectlError> {
    let raw = flags.string("raw").unwrap_or("");
    if raw.is_empty() {
        return Ok(());
    }
    let fail = |message: &str| Err(KubectlError::message(message));
    if mode == Mode::Create && flags.bool("edit") {
        return fail("--raw and --edit are mutually exclusive");
    }
    match flags.strings("filename").as_slice() {
        [file] if file.starts_with("http://") || file.starts_with("https://") => {
            return fail("--raw cannot read from a url")
        }
        [_] => {}
        _ => return fail("--raw can only use a single local file or stdin"),
    }
    if flags.bool("recursive") {
        return fail("--raw and --recursive are mutually exclusive");
    }
    if mode == Mode::Create && !flags.string("selector").unwrap_or("").is_empty() {
        return fail("--raw and --selector (-l) are mutually exclusive");
    }
    if !flags.string("output").unwrap_or("").is_empty() {
        return fail("--raw and --output are mutually exclusive");
    }
    super::get_raw::raw_url(raw).map(|_| ())
}

/// `ApplyOptions.Validate`: the flag combinations kubectl refuses, then `--prune` and
/// `--server-side`, which the playground does not do (rather than ignore them).
fn validate_apply(invocation: &Invocation, dry_run: DryRun) -> Result<(), KubectlError> {
    let flags = &invocation.flags;
    let server_side = flags.bool("server-side");
    let force = flags.bool("force");
    let prune = flags.bool("prune");
    let all = flags.bool("all");
    let selector = flags.string("selector").unwrap_or("");
    let refuse = |message: &str| Err(KubectlError::message(message));
    if flags.bool("force-conflicts") && !server_side {
        return refuse("--force-conflicts only works with --server-side");
    }
    if dry_run == DryRun::Client && server_side {
        return refuse(
            "--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)",
        );
    }
    if server_side && force {
        return refuse("--force cannot be used with --server-side");
    }
    if dry_run == DryRun::Server && force {
        return refuse("--dry-run=server cannot be used with --force");
    }
    if all && !selector.is_empty() {
        return refuse("cannot set --all and --selector at the same time");
    }
    if prune {
        if force {
            return refuse("--force cannot be used with --prune");
        }
        if !all && selector.is_empty() {
            return refuse("all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector");
        }
        if server_side {
            return refuse("--prune is in alpha and doesn't currently work on objects created by server-side apply");
        }
    }
    if flags.strings("subresource").iter().any(|s| !s.is_empty()) && !server_side {
        return refuse("--subresource can only be specified for --server-side");
    }
    resources::refuse_unsimulated_flags(flags, "apply", &["prune", "server-side"])
}

/// The annotation value kubectl writes: the manifest as compact JSON, plus a newline, as the
/// client serializes it after setting the namespace and the (then removed) annotation itself —
/// which leaves `"annotations":{}` behind.
pub(super) fn last_applied_annotation(manifest: &Value, namespace: Option<&str>) -> String {
    let mut copy = manifest.clone();
    if let Some(Value::Object(metadata)) = copy.pointer_mut("/metadata") {
        if let Some(namespace) = namespace {
            metadata
                .entry("namespace".to_string())
                .or_insert_with(|| Value::String(namespace.to_string()));
        }
        let annotations = metadata
            .entry("annotations".to_string())
            .or_insert_with(|| json!({}));
        if let Value::Object(annotations) = annotations {
            annotations.remove(LAST_APPLIED);
        }
    }
    format!("{}\n", crate::printers::json::to_compact_json(&copy))
}

/// `--save-config` on an object kubectl built as a typed struct (`run`, `create namespace`):
/// the annotation is `json.Marshal` of that struct, fields in declaration order and empty
/// annotations omitted, plus a newline.
pub(super) fn set_typed_last_applied(object: &mut Value, typed: &Value) {
    let text = crate::schema::typed::object_json(typed, None)
        .unwrap_or_else(|| crate::printers::json::to_compact_json_typed(typed));
    let text = format!("{text}\n");
    insert_last_applied(object, text);
}

/// Sets `metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]`.
pub(super) fn insert_last_applied(object: &mut Value, text: String) {
    let Value::Object(map) = object else {
        return;
    };
    let metadata = map
        .entry("metadata".to_string())
        .or_insert_with(|| json!({}));
    if let Value::Object(metadata) = metadata {
        let annotations = metadata
            .entry("annotations".to_string())
            .or_insert_with(|| json!({}));
        if let Value::Object(annotations) = annotations {
            annotations.insert(LAST_APPLIED.into(), Value::String(text));
        }
    }
}

/// `kubectl apply` to an object that exists: the three-way strategic merge patch from the
/// last-applied configuration, the manifest (with its new last-applied annotation) and the
/// live object, sent as a `PATCH` (`Patcher.patchSimple`). An empty patch is `unchanged`;
/// any other is `configured`, as kubectl prints it whatever the server then changes.
fn apply_existing(
    env: &mut Env<'_>,
    kind: Kind,
    namespace: &str,
    name: &str,
    manifest: &Value,
) -> Result<(Kind, String, &'static str), ApiError> {
    let (patch, _) = apply_patch(env, kind, namespace, name, manifest)?;
    if patch.as_object().is_some_and(|map| map.is_empty()) {
        return Ok((kind, name.to_string(), "unchanged"));
    }
    env.cluster
        .patch(kind, namespace, name, PatchType::Strategic, &patch)?;
    Ok((kind, name.to_string(), "configured"))
}

/// `patchSimple`'s three-way strategic merge patch of an existing object (from its
/// last-applied configuration, the manifest and the live object), and the live object.
fn apply_patch(
    env: &Env<'_>,
    kind: Kind,
    namespace: &str,
    name: &str,
    manifest: &Value,
) -> Result<(Value, Value), ApiError> {
    let live = env.cluster.get(kind, namespace, name)?;
    let current = live.to_value();
    let original: Value = live
        .meta()
        .annotations
        .get(LAST_APPLIED)
        .and_then(|text| crate::kubectl::manifest::go_json::parse(text).ok())
        .unwrap_or(Value::Null);
    // The builder set the namespace on the object it read, so the patch keeps it.
    let mut modified = manifest.clone();
    if let (true, Some(Value::Object(metadata))) = (kind.namespaced(), modified.get_mut("metadata"))
    {
        metadata
            .entry("namespace".to_string())
            .or_insert_with(|| Value::String(namespace.to_string()));
    }
    let patch = strategic_merge::three_way(&original, &modified, &current);
    Ok((patch, current))
}

/// kubectl's `NameFromCommandArgs` for `create` subcommands: exactly one argument before
/// `--` (`create ns -- x` has none).
pub(super) fn name_from_command_args(invocation: &Invocation) -> Result<String, KubectlError> {
    match invocation.args_before_dash() {
        [name] => Ok(name.clone()),
        args => Err(KubectlError::usage(
            &invocation.path.join(" "),
            format!("exactly one NAME is required, got {}", args.len()),
        )),
    }
}

/// `kubectl create namespace NAME`.
pub(super) fn namespace(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, dry_run, format) = super::create_config::generator_prologue(invocation, env, io)?;
    let mut manifest = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    if invocation.flags.bool("save-config") {
        let mut typed = manifest.clone();
        if let Value::Object(map) = &mut typed {
            map.insert("spec".into(), json!({}));
            map.insert("status".into(), json!({}));
        }
        set_typed_last_applied(&mut manifest, &typed);
    }
    if name.is_empty() {
        return Err(KubectlError::message("name must be specified"));
    }
    if dry_run == DryRun::Server {
        // The server validates and admits the namespace on a copy of the cluster that is
        // dropped, and answers with what it would store (without a resourceVersion).
        let mut scratch = env.cluster.clone();
        scratch
            .create(&manifest, "default")
            .map_err(KubectlError::api)?;
        if format == OutputFormat::Table {
            io.out(&format!("namespace/{name} created{}\n", dry_run.suffix()));
        } else {
            let mut value = scratch
                .get(Kind::Namespace, "", &name)
                .map(|v| v.to_value())
                .unwrap_or(Value::Null);
            if let Some(Value::Object(metadata)) = value.pointer_mut("/metadata") {
                metadata.remove("resourceVersion");
            }
            io.out(&output::print_typed_object(
                &format,
                Kind::Namespace,
                value,
            )?);
        }
        return Ok(0);
    }
    if dry_run != DryRun::None {
        if format == OutputFormat::Table {
            io.out(&format!("namespace/{name} created{}\n", dry_run.suffix()));
        } else {
            let mut value = manifest;
            if let Value::Object(map) = &mut value {
                map.insert("spec".into(), json!({}));
                map.insert("status".into(), json!({}));
            }
            io.out(&output::print_typed_object(
                &format,
                Kind::Namespace,
                value,
            )?);
        }
        return Ok(0);
    }
    env.cluster
        .create(&manifest, "default")
        .map_err(KubectlError::api)?;
    if format == OutputFormat::Table {
        io.out(&format!("namespace/{name} created\n"));
    } else {
        let value = env
            .cluster
            .get(Kind::Namespace, "", &name)
            .map(|v| v.to_value())
            .unwrap_or(Value::Null);
        io.out(&output::print_typed_object(
            &format,
            Kind::Namespace,
            value,
        )?);
    }
    Ok(0)
}
