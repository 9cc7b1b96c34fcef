//! `kubectl scale` (`pkg/cmd/scale`): sets the desired replicas of ReplicationControllers,
//! ReplicaSets and Deployments
//! through the `scale` subresource, after kubectl's checks and the optional preconditions
//! (`--current-replicas`, `--resource-version`). Kinds without a `scale` subresource get the
//! server's 404. With `--timeout`, each object is printed once the controller has caught up
//! (`WaitForScaleHasDesiredReplicas`: checked at once, then every second). `--record`
//! writes the change cause with a merge patch afterwards.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io, Outcome, Waiter};
use super::delete::NO_RESOURCES;
use crate::api::{ApiError, Kind};
use crate::clock::{SimDuration, SimTime};
use crate::cluster::{ObjectView, PatchType};
use serde_json::Value;

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let replicas = flags.int("replicas").unwrap_or(0);
    if replicas < 0 {
        return Err(KubectlError::message(
            "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0",
        ));
    }
    let current_replicas = flags.int("current-replicas").unwrap_or(-1);
    if current_replicas < -1 {
        return Err(KubectlError::message(
            "The --current-replicas must specify an integer of -1 or greater",
        ));
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    let (targets, mut lookup_errors) = targets(invocation, env)?;
    let resource_version = flags.string("resource-version").unwrap_or("");
    if !resource_version.is_empty() && targets.len() > 1 {
        return Err(KubectlError::message(
            "cannot use --resource-version with multiple resources",
        ));
    }
    if targets.is_empty() {
        return match lookup_errors.len() {
            0 => Err(KubectlError::message("no objects passed to scale")),
            _ => Err(KubectlError::Many(lookup_errors)),
        };
    }
    let timeout_nanos = flags.duration_nanos("timeout");
    let waits = timeout_nanos != 0 && dry_run == DryRun::None;
    let mut waiting = Vec::new();
    let mut printed_count = 0;
    for (kind, namespace, name, mut object) in targets {
        let mut new_size = replicas;
        if dry_run != DryRun::Client {
            if !matches!(
                kind,
                Kind::ReplicationController | Kind::ReplicaSet | Kind::Deployment
            ) {
                // No `scale` subresource (a server dry run finds none either).
                return Err(KubectlError::api(ApiError::NoSuchPath {
                    message: format!(
                        "the server could not find the requested resource (get {} {name})",
                        kind.plural()
                    ),
                }));
            }
            check_preconditions(&object, current_replicas, resource_version)?;
            // The Scale's `spec.replicas` is an int32: kubectl converts with Go's truncation.
            new_size = i64::from(replicas as i32);
            if new_size < 0 {
                return Err(KubectlError::Raw(format!(
                    "The Scale \"{name}\" is invalid: spec.replicas: Invalid value: {new_size}: must be greater than or equal to 0"
                )));
            }
            if dry_run == DryRun::None {
                env.cluster
                    .scale(kind, &namespace, &name, new_size)
                    .map_err(KubectlError::api)?;
            }
        }
        // `--record`: a merge patch of the change cause after the scale (after its wait with
        // `--timeout`), worked out on the object as read; kubectl sends it without the dry
        // run, so even `--dry-run=server` writes it.
        let record = invocation
            .change_cause
            .as_deref()
            .filter(|_| dry_run != DryRun::Client)
            .map(|cause| record::merge_patch(&object, cause));
        // kubectl prints the object it read, with the new `spec.replicas`.
        if let Some(Value::Object(spec)) = object.get_mut("spec") {
            spec.insert("replicas".into(), Value::from(new_size));
        }
        let printed = if format == OutputFormat::Table {
            format!(
                "{} scaled{}\n",
                output::name_line(kind, &name),
                dry_run.suffix()
            )
        } else {
            // One printer for every object: YAML documents after the first are separated.
            let separator = if format == OutputFormat::Yaml && printed_count > 0 {
                "---\n"
            } else {
                ""
            };
            printed_count += 1;
            format!(
                "{separator}{}",
                output::print_objects(&format, &[(kind, object)], true)?
            )
        };
        if waits {
            let version = env
                .cluster
                .get(kind, &namespace, &name)
                .map(|view| view.meta().resource_version)
                .unwrap_or(0);
            waiting.push(Pending {
                kind,
                namespace,
                name,
                size: new_size,
                version,
                printed,
                record,
            });
        } else {
            if let Some(patch) = record {
                send_record(env, kind, &namespace, &name, &patch);
            }
            io.out(&printed);
        }
    }
    let error = match lookup_errors.len() {
        0 => None,
        1 => Some(lookup_errors.remove(0)),
        _ => Some(KubectlError::Many(lookup_errors)),
    };
    if waiting.is_empty() {
        return match error {
            None => Ok(Outcome::Done(0)),
            Some(error) => Err(error),
        };
    }
    let now = env.cluster.now();
    let mut wait = ScaleWait {
        waiting,
        next_check: now,
        deadline: now.plus(SimDuration::from_millis(timeout_nanos.max(0) / 1_000_000)),
        error,
    };
    // `PollImmediate`: the first check is at once.
    Ok(match wait.poll(env, io) {
        Some(code) => Outcome::Done(code),
        None => Outcome::Wait(Box::new(wait)),
    })
}

/// A scaled object waiting for its controller.
struct Pending {
    kind: Kind,
    namespace: String,
    name: String,
    /// The size asked for.
    size: i64,
    /// The resource version the scale left (the status must change it).
    version: u64,
    /// What kubectl prints once it is synced.
    printed: String,
    /// The `--record` patch to send before printing.
    record: Option<Value>,
}

/// Sends `scale --record`'s merge patch; kubectl only logs its failure.
fn send_record(env: &mut Env<'_>, kind: Kind, namespace: &str, name: &str, patch: &Value) {
    let _ = env
        .cluster
        .patch(kind, namespace, name, PatchType::Merge, patch);
}

/// `--timeout`: the objects are printed in order as each one's status catches up.
struct ScaleWait {
    waiting: Vec<Pending>,
    next_check: SimTime,
    deadline: SimTime,
    /// The builder's errors, reported at the end.
    error: Option<KubectlError>,
}

impl Waiter for ScaleWait {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let now = env.cluster.now();
        if now < self.next_check && now < self.deadline {
            return None;
        }
        self.next_check = now.plus(SimDuration::from_secs(1));
        while let Some(pending) = self.waiting.first() {
            let scale = match env
                .cluster
                .get(pending.kind, &pending.namespace, &pending.name)
            {
                Ok(ObjectView::ReplicationController(rc)) => {
                    Some((rc.replicas, rc.status_replicas, rc.meta.resource_version))
                }
                Ok(ObjectView::Deployment(deployment)) => Some((
                    deployment.replicas,
                    deployment.status_replicas,
                    deployment.meta.resource_version,
                )),
                _ => None,
            };
            // `scaleHasDesiredReplicas`: someone else changed the size, or the status has
            // caught up since the scale.
            let synced = scale.is_none_or(|(replicas, status, version)| {
                replicas != pending.size || (status == replicas && version != pending.version)
            });
            if !synced {
                break;
            }
            let pending = self.waiting.remove(0);
            if let Some(patch) = &pending.record {
                send_record(env, pending.kind, &pending.namespace, &pending.name, patch);
            }
            io.out(&pending.printed);
        }
        if let Some(pending) = self.waiting.first() {
            if now < self.deadline {
                return None;
            }
            io.err(&format!(
                "error: timed out waiting for \"{}\" to be synced\n",
                pending.name
            ));
            return Some(1);
        }
        match self.error.take() {
            Some(error) => {
                io.err(&error.render());
                Some(1)
            }
            None => Some(0),
        }
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }

    fn wake_at(&self) -> Option<SimTime> {
        Some(self.next_check.min(self.deadline))
    }
}

/// What the arguments name, as the builder resolves them: each object found (kind,
/// namespace, name, its current JSON), and the errors for those not found.
type Targets = Vec<(Kind, String, String, Value)>;

fn targets(
    invocation: &Invocation,
    env: &Env<'_>,
) -> Result<(Targets, Vec<KubectlError>), KubectlError> {
    let flags = &invocation.flags;
    let label_selector = flags.string("selector").unwrap_or("").trim().to_string();
    let names: Vec<(Kind, String, String)>;
    let mut errors = Vec::new();
    if let Some(files) = resources::file_targets(invocation, env)? {
        names = files.targets;
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
    } else if invocation.args.is_empty() {
        // `--all` selects only with a resource type; `-l` alone reaches `visitBySelector`.
        if !label_selector.is_empty() {
            return Err(KubectlError::message(
                "at least one resource must be specified to use a selector",
            ));
        }
        return Err(KubectlError::message(NO_RESOURCES));
    } else {
        let namespace = resources::namespace(invocation, env);
        match resources::parse_selection(&invocation.args)? {
            Selection::Names(selected) => {
                if !label_selector.is_empty() {
                    return Err(resources::selector_with_names(&invocation.args));
                }
                names = resources::placed_names(selected, &namespace);
            }
            Selection::Kinds(kinds) => {
                if !flags.bool("all") && label_selector.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                names = resources::objects_of_kinds(env, &kinds, &namespace, &label_selector)?;
            }
        }
    }
    let mut found = Vec::new();
    for (kind, namespace, name) in names {
        match resources::get_by_name(env.cluster, kind, &namespace, &name) {
            Ok(object) => found.push((kind, namespace, name, object.to_value())),
            Err(error) => errors.push(KubectlError::api(error)),
        }
    }
    Ok((found, errors))
}

/// `ScalePrecondition.validate`: the current size and resource version, when asked for.
fn check_preconditions(
    object: &Value,
    current_replicas: i64,
    resource_version: &str,
) -> Result<(), KubectlError> {
    let actual_replicas = crate::api::value::i64_at(object, &["spec", "replicas"]).unwrap_or(1);
    if current_replicas != -1 && actual_replicas != current_replicas {
        return Err(KubectlError::message(format!(
            "Expected replicas to be {current_replicas}, was {actual_replicas}"
        )));
    }
    let actual_version =
        crate::api::value::str_at(object, &["metadata", "resourceVersion"]).unwrap_or("");
    if !resource_version.is_empty() && actual_version != resource_version {
        return Err(KubectlError::message(format!(
            "Expected resource version to be {resource_version}, was {actual_version}"
        )));
    }
    Ok(())
}
