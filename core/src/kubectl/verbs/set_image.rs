//! `kubectl set image` (`pkg/cmd/set/set_image.go`): sets container images in the pod
//! template of Deployments, ReplicaSets, DaemonSets, Jobs and ReplicationControllers, or in
//! a pod's spec, with a strategic merge patch; `NAME=IMAGE` pairs follow the resources, `*`
//! names every container. An object whose images do not change is left alone and not
//! printed. `--local` changes the objects of `-f` files without a server, decoded into their
//! Go types as kubectl's scheme decodes them (`schema::typed`); either way the objects are
//! printed as the Go structs kubectl holds. `--record` adds the change cause to the patch
//! (and to the objects `--local` prints).

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io};
use super::delete::NO_RESOURCES;
use crate::api::{value, Kind};
use crate::cluster::PatchType;
use crate::schema::typed;
use serde_json::{json, Value};

/// `cmdutil.GetResourcesAndPairs`: the resources, then the `NAME=IMAGE` pairs.
fn resources_and_pairs(args: &[String]) -> Result<(Vec<String>, Vec<String>), KubectlError> {
    let mut resources = Vec::new();
    let mut pairs = Vec::new();
    for arg in args {
        let pair =
            (arg.contains('=') && !arg.starts_with('=')) || (arg.ends_with('-') && arg != "-");
        if pair {
            pairs.push(arg.clone());
        } else if !pairs.is_empty() {
            return Err(KubectlError::message(format!(
                "all resources must be specified before image changes: {arg}"
            )));
        } else {
            resources.push(arg.clone());
        }
    }
    Ok((resources, pairs))
}

/// `cmdutil.ParsePairs` without removals: `NAME=IMAGE`, in the order given (later ones win).
fn parse_pairs(pairs: &[String]) -> Result<Vec<(String, String)>, KubectlError> {
    let mut parsed: Vec<(String, String)> = Vec::new();
    let mut invalid = Vec::new();
    for pair in pairs {
        match pair.split_once('=').filter(|_| !pair.starts_with('=')) {
            Some((name, image)) => {
                parsed.retain(|(existing, _)| existing != name);
                parsed.push((name.to_string(), image.to_string()));
            }
            None => invalid.push(pair.as_str()),
        }
    }
    if !invalid.is_empty() {
        return Err(KubectlError::message(format!(
            "invalid image format: {}",
            invalid.join(", ")
        )));
    }
    Ok(parsed)
}

/// Where a kind keeps its pod spec (`UpdatePodSpecForObject`).
fn pod_spec_path(kind: Kind) -> Option<&'static [&'static str]> {
    match kind {
        Kind::Pod => Some(&["spec"]),
        Kind::ReplicationController
        | Kind::ReplicaSet
        | Kind::Deployment
        | Kind::DaemonSet
        | Kind::Job => Some(&["spec", "template", "spec"]),
        _ => None,
    }
}

/// An object the builder found: its kind, namespace and name, `Info.ObjectName()`, and the
/// object as kubectl decoded it.
struct Found {
    kind: Kind,
    namespace: String,
    name: String,
    object_name: String,
    object: Value,
}

/// The aggregate of several errors, or the one error.
fn aggregate(mut errors: Vec<KubectlError>) -> Result<(), KubectlError> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(KubectlError::Many(errors)),
    }
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    // `Complete`: the dry-run strategy, the printer, then the arguments.
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    let (resource_args, pair_args) = resources_and_pairs(&invocation.args)?;
    let images = parse_pairs(&pair_args)?;
    let label_selector = flags.string("selector").unwrap_or("").trim().to_string();
    let all = flags.bool("all");
    let local = flags.bool("local");
    let found = if local {
        local_objects(invocation, env, &resource_args)?
    } else {
        server_objects(invocation, env, &resource_args, &label_selector, all)?
    };
    // `Validate`.
    let mut problems = Vec::new();
    if all && !label_selector.is_empty() {
        problems.push(KubectlError::message(
            "cannot set --all and --selector at the same time",
        ));
    }
    if images.is_empty() {
        problems.push(KubectlError::message(
            "at least one image update is required",
        ));
    } else if images.len() > 1 && images.iter().any(|(name, _)| name == "*") {
        problems.push(KubectlError::message(
            "all containers are already specified by *, but saw more than one container_name=container_image pairs",
        ));
    }
    if local && dry_run == DryRun::Server {
        problems.push(KubectlError::message(
            "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
        ));
    }
    aggregate(problems)?;
    // `Run`: `CalculatePatches` sets the images of every object (and collects the containers
    // it does not find), then each changed object is printed or patched.
    let mut errors: Vec<KubectlError> = Vec::new();
    let mut patches = Vec::new();
    for mut target in found {
        let Some(path) = pod_spec_path(target.kind) else {
            patches.push((target, Err(())));
            continue;
        };
        let changed = set_images(&mut target.object, path, &images, &mut errors);
        // `--record` goes into the patch (and the printed object): a new cause is a change
        // even when no image is.
        let recorded = invocation.change_cause.as_deref().and_then(|cause| {
            let patch = record::merge_patch(&target.object, cause);
            record::record(&mut target.object, cause);
            patch.get("metadata").is_some().then_some(patch)
        });
        patches.push((target, Ok((changed, recorded))));
    }
    let mut n_printed = 0;
    let printer = output::Printer::new(&format);
    for (target, changed) in patches {
        let Found {
            kind,
            namespace,
            name,
            object_name,
            object,
        } = target;
        let (changed, recorded) = match changed {
            Ok(changed) => changed,
            Err(()) => {
                errors.push(KubectlError::Raw(format!(
                    "error: {object_name} the object is not a pod or does not have a pod template: *v1.{}\n",
                    kind.name()
                )));
                continue;
            }
        };
        if changed.is_empty() && recorded.is_none() {
            continue;
        }
        let printed = if local || dry_run == DryRun::Client {
            Ok(object)
        } else {
            patch(
                env,
                (kind, &namespace, &name),
                &object,
                &changed,
                recorded,
                dry_run,
            )
        };
        match printed {
            Ok(object) => {
                // One printer for every object: YAML documents after the first start with `---`.
                if n_printed > 0 && format == OutputFormat::Yaml {
                    io.out("---\n");
                }
                n_printed += 1;
                output::write_printed(
                    print(&printer, &format, kind, &name, object, dry_run),
                    io,
                    &mut errors,
                )?;
            }
            Err(error) => errors.push(KubectlError::message(format!(
                "failed to patch image update to pod template: {}",
                super::super::error::go_error_text(&error)
            ))),
        }
    }
    aggregate(errors).map(|()| 0)
}

/// The builder over files with `--local`: each object decoded into its Go type by kubectl's
/// scheme; any document that does not decode fails the command before anything is changed.
fn local_objects(
    invocation: &Invocation,
    env: &Env<'_>,
    resource_args: &[String],
) -> Result<Vec<Found>, KubectlError> {
    if !resource_args.is_empty() {
        return Err(KubectlError::message(
            "you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'",
        ));
    }
    resources::check_kustomize(invocation, env)?;
    let filenames = invocation.flags.strings("filename");
    if filenames.is_empty() {
        return Err(KubectlError::message(NO_RESOURCES));
    }
    let checks = manifest::ReadChecks {
        validate: false,
        map_kinds: false,
    };
    let recursive = invocation.flags.bool("recursive");
    let manifests =
        manifest::read_sources(env.fs, env.stdin.as_deref(), &filenames, recursive, checks)?;
    let namespace = resources::namespace(invocation, env);
    let enforce = resources::namespace_enforced(invocation);
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for sourced in manifests.objects {
        let text = |path: &[&str]| {
            value::str_at(&sourced.value, path)
                .unwrap_or("")
                .to_string()
        };
        let (api_version, kind_name) = (text(&["apiVersion"]), text(&["kind"]));
        let kind = Kind::from_manifest_kind(&kind_name);
        let Some((kind, type_index)) = kind.zip(typed::kind_type(&api_version, &kind_name)) else {
            errors.push(unknown_kind(&sourced.source, &api_version, &kind_name));
            continue;
        };
        let object = match typed::decode(type_index, &sourced.value) {
            Ok(object) => object,
            Err(detail) => {
                errors.push(KubectlError::message(format!(
                    "unable to decode \"{}\": {detail}",
                    sourced.source
                )));
                continue;
            }
        };
        let given = text(&["metadata", "namespace"]);
        if enforce && kind.namespaced() && !given.is_empty() && given != namespace {
            errors.push(resources::namespace_mismatch(&given, &namespace));
            continue;
        }
        let name = text(&["metadata", "name"]);
        // `Info.ObjectName()` without a REST mapping: the kind in lower case (`.group`, and
        // a stray newline, for the other groups).
        let object_name = match kind.info().group {
            "" => format!("{}/{name}", kind.singular()),
            _ => format!("{}/{name}\n", kind.singular()),
        };
        found.push(Found {
            kind,
            namespace: given,
            name,
            object_name,
            object,
        });
    }
    errors.extend(manifests.errors);
    aggregate(errors).map(|()| found)
}

/// The kinds of the `v1`, `apps/v1` and `batch/v1` groups that kubectl's scheme has and the
/// playground does not serve.
const NOT_SERVED: [&str; 10] = [
    "Binding",
    "ComponentStatus",
    "LimitRange",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "PodTemplate",
    "ResourceQuota",
    "ControllerRevision",
    "StatefulSet",
    "CronJob",
];

/// A kind the playground cannot decode: kubectl's error when its scheme does not have it
/// either (another group, or a kind no group of the playground's has), else the playground's.
fn unknown_kind(source: &str, api_version: &str, kind: &str) -> KubectlError {
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    let served_group = matches!(group, "" | "apps" | "batch");
    let builtin = if served_group {
        version == "v1" && NOT_SERVED.contains(&kind)
    } else {
        !group.contains('.') || group.ends_with(".k8s.io")
    };
    KubectlError::message(if builtin {
        format!("the playground does not implement \"kubectl set image --local\" for {api_version} {kind} yet")
    } else {
        format!("unable to decode \"{source}\": no kind \"{kind}\" is registered for version \"{api_version}\" in scheme \"pkg/scheme/scheme.go:28\"")
    })
}

/// The builder against the server: the objects named, or an error before any change is
/// validated.
fn server_objects(
    invocation: &Invocation,
    env: &Env<'_>,
    resource_args: &[String],
    label_selector: &str,
    all: bool,
) -> Result<Vec<Found>, KubectlError> {
    let namespace = resources::namespace(invocation, env);
    let targets: Vec<(Kind, String, String)>;
    let mut errors: Vec<KubectlError> = Vec::new();
    // The builder builds its client for the first object it maps (a file that does not
    // parse needs none).
    if let Some(files) = resources::file_targets_beside(invocation, env, resource_args)? {
        if !files.targets.is_empty() {
            if let Some(error) = super::client_config_error(invocation, env) {
                return Err(error);
            }
        }
        targets = files.targets;
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
    } else {
        if resource_args.is_empty() {
            // `--all` selects only with a resource type; `-l` alone reaches `visitBySelector`.
            if !label_selector.is_empty() {
                return Err(KubectlError::message(
                    "at least one resource must be specified to use a selector",
                ));
            }
            return Err(KubectlError::message(NO_RESOURCES));
        }
        let selection = resources::parse_selection(resource_args)?;
        if let Some(error) = super::client_config_error(invocation, env) {
            return Err(error);
        }
        match selection {
            Selection::Names(names) => {
                if !label_selector.is_empty() {
                    return Err(resources::selector_with_names(resource_args));
                }
                targets = resources::placed_names(names, &namespace);
            }
            Selection::Kinds(kinds) => {
                if !all && label_selector.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                targets = resources::objects_of_kinds(env, &kinds, &namespace, label_selector)?;
            }
        }
    }
    let mut found = Vec::new();
    for (kind, namespace, name) in targets {
        match resources::get_by_name(env.cluster, kind, &namespace, &name) {
            Ok(object) => found.push(Found {
                kind,
                object_name: format!("{}/{name}", kind.info().resource()),
                object: object.to_value(),
                namespace,
                name,
            }),
            Err(error) => errors.push(KubectlError::api(error)),
        }
    }
    aggregate(errors).map(|()| found)
}

/// `setImage` over the init containers and containers of the pod spec at `path`: the
/// containers whose image changed (`(list, name, image)`); a name no container has is an
/// error.
fn set_images(
    object: &mut Value,
    path: &[&str],
    images: &[(String, String)],
    errors: &mut Vec<KubectlError>,
) -> Vec<(&'static str, String, String)> {
    let mut changed = Vec::new();
    for (container, image) in images {
        let mut found_container = false;
        for list in ["initContainers", "containers"] {
            let pointer = format!("/{}/{list}", path.join("/"));
            let Some(Value::Array(containers)) = object.pointer_mut(&pointer) else {
                continue;
            };
            for entry in containers.iter_mut() {
                let entry_name = value::str_at(entry, &["name"]).unwrap_or("").to_string();
                if entry_name == *container || container == "*" {
                    found_container = true;
                    // The Go struct's `image` is `omitempty`: an empty one is not written.
                    if value::str_at(entry, &["image"]).unwrap_or("") != image.as_str() {
                        if let Value::Object(map) = entry {
                            match image.is_empty() {
                                true => map.remove("image"),
                                false => map.insert("image".into(), json!(image)),
                            };
                        }
                        changed.push((list, entry_name, image.clone()));
                    }
                }
            }
        }
        if !found_container {
            errors.push(KubectlError::Raw(format!(
                "error: unable to find container named {container:?}"
            )));
        }
    }
    changed
}

/// The strategic merge patch of the changed containers (merged by name), sent to the server
/// (or, with `--dry-run=server`, to a copy of it): the object it answers with.
fn patch(
    env: &mut Env<'_>,
    (kind, namespace, name): (Kind, &str, &str),
    object: &Value,
    changed: &[(&'static str, String, String)],
    recorded: Option<Value>,
    dry_run: DryRun,
) -> Result<Value, crate::api::ApiError> {
    let path = pod_spec_path(kind).unwrap_or(&[]);
    let mut patch_containers: Vec<(&str, Vec<Value>)> = Vec::new();
    for (list, container, image) in changed {
        let item = json!({"image": image, "name": container});
        match patch_containers.iter_mut().find(|(l, _)| l == list) {
            Some((_, items)) => items.push(item),
            None => patch_containers.push((list, vec![item])),
        }
    }
    let mut spec = serde_json::Map::new();
    for (list, items) in patch_containers {
        // `CreateTwoWayMergePatch` gives a changed keyed list the order of all its elements.
        let pointer = format!("/{}/{list}", path.join("/"));
        let order: Vec<Value> = match object.pointer(&pointer) {
            Some(Value::Array(containers)) => containers
                .iter()
                .map(|container| json!({"name": value::str_at(container, &["name"]).unwrap_or("")}))
                .collect(),
            _ => Vec::new(),
        };
        spec.insert(format!("$setElementOrder/{list}"), Value::Array(order));
        spec.insert(list.to_string(), Value::Array(items));
    }
    let mut patch = Value::Object(spec);
    for key in path.iter().rev() {
        patch = json!({ *key: patch });
    }
    if changed.is_empty() {
        patch = json!({});
    }
    if let (Some(recorded), Value::Object(map)) = (recorded, &mut patch) {
        if let Some(metadata) = recorded.get("metadata") {
            map.insert("metadata".into(), metadata.clone());
        }
    }
    let mut scratch = dry_run.scratch(env.cluster);
    let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
    cluster.patch(kind, namespace, name, PatchType::Strategic, &patch)?;
    cluster
        .get(kind, namespace, name)
        .map(|object| object.to_value())
}

/// What the printer writes for one object: `KIND/NAME image updated` without `-o`, else the
/// object as the Go struct kubectl decoded it.
fn print(
    printer: &output::Printer<'_>,
    format: &OutputFormat,
    kind: Kind,
    name: &str,
    object: Value,
    dry_run: DryRun,
) -> Result<String, KubectlError> {
    if *format == OutputFormat::Table {
        return Ok(format!(
            "{} image updated{}\n",
            output::name_line(kind, name),
            dry_run.suffix()
        ));
    }
    printer.print_typed(kind, object)
}
