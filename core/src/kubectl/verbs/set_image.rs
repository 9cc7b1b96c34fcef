//! `kubectl set image` (`pkg/cmd/set/set_image.go`): sets container images in the pod
//! template of Deployments, ReplicaSets, DaemonSets and ReplicationControllers, or in a
//! pod's spec, with a strategic merge patch; `NAME=IMAGE` pairs follow the resources, `*`
//! names every container. An object whose images do not change is left alone and not
//! printed.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::resources::{self, Selection};
use super::super::{Env, Io};
use super::delete::NO_RESOURCES;
use crate::api::{value, Kind};
use crate::cluster::PatchType;
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
        Kind::ReplicationController | Kind::ReplicaSet | Kind::Deployment | Kind::DaemonSet => {
            Some(&["spec", "template", "spec"])
        }
        _ => None,
    }
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let (resource_args, pair_args) = resources_and_pairs(&invocation.args)?;
    let images = parse_pairs(&pair_args)?;
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    let label_selector = flags.string("selector").unwrap_or("").trim().to_string();
    let all = flags.bool("all");
    if flags.bool("local") {
        if !resource_args.is_empty() {
            return Err(KubectlError::message(
                "you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'",
            ));
        }
        return Err(KubectlError::message(
            "the playground does not implement \"kubectl set image --local\" yet",
        ));
    }
    // The builder: the objects named, or an error before any change is validated.
    let namespace = resources::namespace(invocation, env);
    let targets: Vec<(Kind, String, String)>;
    let mut errors: Vec<KubectlError> = Vec::new();
    if let Some(files) = resources::file_targets(invocation, env)? {
        targets = files.targets;
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
    } else {
        if resource_args.is_empty() {
            return Err(KubectlError::message(NO_RESOURCES));
        }
        match resources::parse_selection(&resource_args)? {
            Selection::Names(names) => {
                if all || !label_selector.is_empty() {
                    return Err(KubectlError::message(
                        "selectors and the all flag cannot be used when passing resource/name arguments",
                    ));
                }
                targets = resources::placed_names(names, &namespace);
            }
            Selection::Kinds(kinds) => {
                if !all && label_selector.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                targets = resources::objects_of_kinds(env, &kinds, &namespace, &label_selector)?;
            }
        }
    }
    let mut found = Vec::new();
    for (kind, object_namespace, name) in targets {
        match env.cluster.get(kind, &object_namespace, &name) {
            Ok(object) => found.push((kind, object_namespace, name, object.to_value())),
            Err(error) => errors.push(KubectlError::api(error)),
        }
    }
    if !errors.is_empty() {
        return Err(match errors.len() {
            1 => errors.remove(0),
            _ => KubectlError::Many(errors),
        });
    }
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
    if !problems.is_empty() {
        return Err(match problems.len() {
            1 => problems.remove(0),
            _ => KubectlError::Many(problems),
        });
    }
    // `Run`: one patch per object.
    for (kind, object_namespace, name, mut object) in found {
        let Some(path) = pod_spec_path(kind) else {
            errors.push(KubectlError::message(format!(
                "error: {}/{name} the object is not a pod or does not have a pod template: *v1.{}\n",
                kind.info().resource(),
                kind.name()
            )));
            continue;
        };
        let mut changed = Vec::new();
        for (container, image) in &images {
            let mut found_container = false;
            for list in ["initContainers", "containers"] {
                let mut full: Vec<&str> = path.to_vec();
                full.push(list);
                let pointer = format!("/{}", full.join("/"));
                let Some(Value::Array(containers)) = object.pointer_mut(&pointer) else {
                    continue;
                };
                for entry in containers.iter_mut() {
                    let entry_name = value::str_at(entry, &["name"]).unwrap_or("").to_string();
                    if entry_name == *container || container == "*" {
                        found_container = true;
                        if value::str_at(entry, &["image"]) != Some(image.as_str()) {
                            if let Value::Object(map) = entry {
                                map.insert("image".into(), json!(image));
                            }
                            changed.push((list, entry_name, image.clone()));
                        }
                    }
                }
            }
            if !found_container {
                errors.push(KubectlError::message(format!(
                    "error: unable to find container named {container:?}"
                )));
            }
        }
        if changed.is_empty() {
            continue;
        }
        if dry_run == DryRun::Client {
            io.out(&printed(&format, kind, &name, object, dry_run)?);
            continue;
        }
        // The strategic merge patch of the containers (merged by name).
        let mut patch_containers: Vec<(&str, Vec<Value>)> = Vec::new();
        for (list, container, image) in changed {
            let item = json!({"image": image, "name": container});
            match patch_containers.iter_mut().find(|(l, _)| *l == list) {
                Some((_, items)) => items.push(item),
                None => patch_containers.push((list, vec![item])),
            }
        }
        let mut spec = serde_json::Map::new();
        for (list, items) in patch_containers {
            spec.insert(list.to_string(), Value::Array(items));
        }
        let mut patch = Value::Object(spec);
        for key in path.iter().rev() {
            patch = json!({ *key: patch });
        }
        let result = if dry_run == DryRun::Server {
            let mut scratch = env.cluster.clone();
            scratch
                .patch(kind, &object_namespace, &name, PatchType::Strategic, &patch)
                .map(|_| {
                    scratch
                        .get(kind, &object_namespace, &name)
                        .map(|o| o.to_value())
                })
        } else {
            env.cluster
                .patch(kind, &object_namespace, &name, PatchType::Strategic, &patch)
                .map(|_| {
                    env.cluster
                        .get(kind, &object_namespace, &name)
                        .map(|o| o.to_value())
                })
        };
        match result {
            Ok(Ok(actual)) => io.out(&printed(&format, kind, &name, actual, dry_run)?),
            Ok(Err(error)) | Err(error) => errors.push(KubectlError::message(format!(
                "failed to patch image update to pod template: {}",
                super::super::error::go_error_text(&error)
            ))),
        }
    }
    match errors.len() {
        0 => Ok(0),
        1 => Err(errors.remove(0)),
        _ => Err(KubectlError::Many(errors)),
    }
}

fn printed(
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
    output::print_objects(format, &[(kind, object)], true)
}
