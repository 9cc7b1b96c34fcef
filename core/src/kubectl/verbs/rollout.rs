//! `kubectl rollout` (`pkg/cmd/rollout` and `polymorphichelpers`): `status` watches a
//! Deployment or DaemonSet until its rollout is done, `history` lists a Deployment's
//! revisions (its ReplicaSets), `undo` patches an earlier revision's template back,
//! `restart` stamps `kubectl.kubernetes.io/restartedAt` on the pod template, and
//! `pause`/`resume` set a Deployment's `spec.paused`.
//!
//! The resources are `TYPE NAME`, `TYPE/NAME`, a bare `TYPE` (every object of it, as the
//! builder allows an empty selector here), `-l` or `-f`. A DaemonSet's history is the
//! revisions its controller keeps of its templates (ControllerRevisions, not served as
//! objects here).

use super::super::cli::Invocation;
use super::super::dry_run::DryRun;
use super::super::error::KubectlError;
use super::super::output;
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::value;
use crate::api::{Deployment, Kind};
use crate::clock::{SimDuration, SimTime};
use crate::cluster::{ObjectView, PatchType};
use serde_json::{json, Value};

/// An object to act on: its kind, namespace and name.
type Target = (Kind, String, String);

/// `kubectl rollout SUBCOMMAND`.
pub(super) fn run(
    subcommand: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    // `undo` reads --dry-run in `Complete`, before its arguments are looked at.
    let dry_run = match subcommand {
        "undo" => super::super::dry_run::strategy(invocation, env, io)?,
        _ => DryRun::None,
    };
    if invocation.args.is_empty() && !super::super::resources::has_file_sources(flags) {
        return Err(KubectlError::message("required resource not specified"));
    }
    if matches!(subcommand, "status" | "history") && flags.int("revision").unwrap_or(0) < 0 {
        return Err(KubectlError::message(format!(
            "revision must be a positive integer: {}",
            flags.int("revision").unwrap_or(0)
        )));
    }
    // `undo` prints the object it read with any printer (`undo_output`).
    if subcommand != "undo" && !matches!(flags.string("output").unwrap_or(""), "" | "name") {
        return Err(KubectlError::message(format!(
            "the playground prints \"kubectl rollout {subcommand}\" by name, not -o {}",
            flags.string("output").unwrap_or("")
        )));
    }
    let namespace = resources::namespace(invocation, env);
    let (targets, mut errors) = targets(invocation, env)?;
    if targets.is_empty() && errors.is_empty() {
        io.err(&format!("No resources found in {namespace} namespace.\n"));
        return Ok(Outcome::Done(0));
    }
    if subcommand == "status" {
        return status(invocation, env, io, targets, errors);
    }
    for (kind, target_namespace, name) in targets {
        let result = match subcommand {
            "history" => history(invocation, env, kind, &target_namespace, &name),
            "undo" => undo_output(invocation, env, dry_run, kind, &target_namespace, &name),
            "restart" => restart(env, kind, &target_namespace, &name),
            "pause" => pause(env, kind, &target_namespace, &name, true),
            _ => pause(env, kind, &target_namespace, &name, false),
        };
        match result {
            Ok(text) => io.out(&text),
            Err(error) => errors.push(error),
        }
    }
    match errors.len() {
        0 => Ok(Outcome::Done(0)),
        1 => Err(errors.remove(0)),
        _ => Err(KubectlError::Many(errors)),
    }
}

/// The resources named (`ResourceTypeOrNameArgs(true, …)`), and the lookups that failed.
fn targets(
    invocation: &Invocation,
    env: &Env<'_>,
) -> Result<(Vec<Target>, Vec<KubectlError>), KubectlError> {
    let label_selector = invocation
        .flags
        .string("selector")
        .unwrap_or("")
        .trim()
        .to_string();
    let names;
    let mut errors = Vec::new();
    if let Some(files) = resources::file_targets(invocation, env)? {
        names = files.targets;
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
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
                names = resources::objects_of_kinds(env, &kinds, &namespace, &label_selector)?;
            }
        }
    }
    let mut found = Vec::new();
    for (kind, namespace, name) in names {
        match resources::get_by_name(env.cluster, kind, &namespace, &name) {
            Ok(_) => found.push((kind, namespace, name)),
            Err(error) => errors.push(KubectlError::api(error)),
        }
    }
    Ok((found, errors))
}

/// `rollout status`: a watch that prints the status viewer's line on every change of the
/// object until the rollout is done (or at once with `--watch=false`).
fn status(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    targets: Vec<Target>,
    mut errors: Vec<KubectlError>,
) -> Result<Outcome, KubectlError> {
    // The builder's errors come first; then the objects are watched one after the other.
    if !errors.is_empty() {
        return Err(match errors.len() {
            1 => errors.remove(0),
            _ => KubectlError::Many(errors),
        });
    }
    for (kind, _, _) in &targets {
        if !matches!(kind, Kind::Deployment | Kind::DaemonSet) {
            return Err(KubectlError::message(format!(
                "no status viewer has been implemented for {}",
                kind.group_kind()
            )));
        }
    }
    let timeout = invocation.flags.duration_nanos("timeout");
    let now = env.cluster.now();
    let mut wait = StatusWait {
        targets,
        watch: invocation.flags.bool("watch"),
        revision: invocation.flags.int("revision").unwrap_or(0),
        last_version: None,
        deadline: (timeout > 0).then(|| now.plus(SimDuration::from_millis(timeout / 1_000_000))),
    };
    Ok(match wait.poll(env, io) {
        Some(code) => Outcome::Done(code),
        None => Outcome::Wait(Box::new(wait)),
    })
}

/// A `rollout status` in progress.
struct StatusWait {
    /// What is left to watch, in order.
    targets: Vec<Target>,
    watch: bool,
    revision: i64,
    /// The resource version of the first target last printed.
    last_version: Option<u64>,
    deadline: Option<SimTime>,
}

impl StatusWait {
    /// The status viewer's message for an object, whether the rollout is done, or its error.
    fn viewed(&self, object: &ObjectView<'_>) -> Result<(String, bool), String> {
        match object {
            ObjectView::Deployment(deployment) => deployment_status(deployment, self.revision),
            ObjectView::DaemonSet(daemon_set) => {
                if value::str_at(&daemon_set.spec, &["updateStrategy", "type"])
                    != Some("RollingUpdate")
                {
                    return Err(
                        "rollout status is only available for RollingUpdate strategy type".into(),
                    );
                }
                let name = &daemon_set.meta.name;
                if daemon_set.meta.generation.unwrap_or(1) > daemon_set.observed_generation {
                    return Ok((
                        "Waiting for daemon set spec update to be observed...\n".into(),
                        false,
                    ));
                }
                if daemon_set.updated_scheduled < daemon_set.desired_scheduled {
                    return Ok((format!(
                        "Waiting for daemon set {name:?} rollout to finish: {} out of {} new pods have been updated...\n",
                        daemon_set.updated_scheduled, daemon_set.desired_scheduled
                    ), false));
                }
                if daemon_set.available < daemon_set.desired_scheduled {
                    return Ok((format!(
                        "Waiting for daemon set {name:?} rollout to finish: {} of {} updated pods are available...\n",
                        daemon_set.available, daemon_set.desired_scheduled
                    ), false));
                }
                Ok((
                    format!("daemon set {name:?} successfully rolled out\n"),
                    true,
                ))
            }
            _ => Ok((String::new(), true)),
        }
    }
}

/// `DeploymentStatusViewer.Status`.
fn deployment_status(deployment: &Deployment, revision: i64) -> Result<(String, bool), String> {
    let name = &deployment.meta.name;
    if revision > 0 {
        let current: i64 = deployment
            .meta
            .annotations
            .get(crate::cluster::REVISION_ANNOTATION)
            .and_then(|text| text.parse().ok())
            .unwrap_or(0);
        if current != revision {
            return Err(format!(
                "desired revision ({revision}) is different from the running revision ({current})"
            ));
        }
    }
    if deployment.meta.generation.unwrap_or(1) > deployment.observed_generation {
        return Ok((
            "Waiting for deployment spec update to be observed...\n".into(),
            false,
        ));
    }
    if deployment
        .condition("Progressing")
        .is_some_and(|condition| condition.reason == "ProgressDeadlineExceeded")
    {
        return Err(format!(
            "deployment {name:?} exceeded its progress deadline"
        ));
    }
    if deployment.status_updated < deployment.replicas {
        return Ok((format!(
            "Waiting for deployment {name:?} rollout to finish: {} out of {} new replicas have been updated...\n",
            deployment.status_updated, deployment.replicas
        ), false));
    }
    if deployment.status_replicas > deployment.status_updated {
        return Ok((format!(
            "Waiting for deployment {name:?} rollout to finish: {} old replicas are pending termination...\n",
            deployment.status_replicas - deployment.status_updated
        ), false));
    }
    if deployment.status_available < deployment.status_updated {
        return Ok((format!(
            "Waiting for deployment {name:?} rollout to finish: {} of {} updated replicas are available...\n",
            deployment.status_available, deployment.status_updated
        ), false));
    }
    Ok((
        format!("deployment {name:?} successfully rolled out\n"),
        true,
    ))
}

impl Waiter for StatusWait {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        while let Some((kind, namespace, name)) = self.targets.first().cloned() {
            let Ok(object) = env.cluster.get(kind, &namespace, &name) else {
                io.err("error: object has been deleted\n");
                return Some(1);
            };
            let version = object.meta().resource_version;
            if self.last_version == Some(version) {
                break;
            }
            self.last_version = Some(version);
            match self.viewed(&object) {
                Err(message) => {
                    io.err(&format!("error: {message}\n"));
                    return Some(1);
                }
                Ok((message, done)) => {
                    io.out(&message);
                    if done || !self.watch {
                        self.targets.remove(0);
                        self.last_version = None;
                        continue;
                    }
                    break;
                }
            }
        }
        if self.targets.is_empty() {
            return Some(0);
        }
        if self
            .deadline
            .is_some_and(|deadline| env.cluster.now() >= deadline)
        {
            io.err("error: timed out waiting for the condition\n");
            return Some(1);
        }
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }

    fn wake_at(&self) -> Option<SimTime> {
        self.deadline
    }
}

/// The ReplicaSets a Deployment controls, as (revision, name, template, change cause).
fn revisions(env: &Env<'_>, deployment: &Deployment) -> Vec<(i64, String, Value, String)> {
    let mut found: Vec<(i64, String, Value, String)> = env
        .cluster
        .list(Kind::ReplicaSet, Some(deployment.namespace()))
        .into_iter()
        .filter_map(|object| match object {
            ObjectView::ReplicationController(set)
                if set
                    .meta
                    .controller()
                    .is_some_and(|owner| owner.uid == deployment.meta.uid) =>
            {
                let revision = set
                    .meta
                    .annotations
                    .get(crate::cluster::REVISION_ANNOTATION)?
                    .parse()
                    .ok()?;
                let template = value::at(&set.spec, &["template"])
                    .cloned()
                    .unwrap_or(Value::Null);
                let cause = set
                    .meta
                    .annotations
                    .get(record::CHANGE_CAUSE)
                    .cloned()
                    .unwrap_or_default();
                Some((revision, set.meta.name.clone(), template, cause))
            }
            _ => None,
        })
        .collect();
    crate::sort::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
    found
}

fn deployment_of<'e>(
    env: &'e Env<'_>,
    namespace: &str,
    name: &str,
) -> Result<&'e Deployment, KubectlError> {
    match env.cluster.get(Kind::Deployment, namespace, name) {
        Ok(ObjectView::Deployment(deployment)) => Ok(deployment),
        Ok(_) => Err(KubectlError::message("not a deployment")),
        Err(error) => Err(KubectlError::api(error)),
    }
}

/// A DaemonSet's ControllerRevisions, as (revision, name, template, change cause).
fn daemon_set_revisions(
    env: &Env<'_>,
    namespace: &str,
    name: &str,
) -> Result<Vec<(i64, String, Value, String)>, KubectlError> {
    match env.cluster.get(Kind::DaemonSet, namespace, name) {
        Ok(ObjectView::DaemonSet(daemon_set)) => {
            let mut found: Vec<(i64, String, Value, String)> = daemon_set
                .history
                .iter()
                .map(|(revision, template, cause)| {
                    (*revision, String::new(), template.clone(), cause.clone())
                })
                .collect();
            crate::sort::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
            Ok(found)
        }
        Ok(_) => Ok(Vec::new()),
        Err(error) => Err(KubectlError::api(error)),
    }
}

/// `DaemonSetRollbacker.Rollback`: the template of the revision asked for (or the one
/// before the newest) patched back.
fn undo_daemon_set(
    invocation: &Invocation,
    env: &mut Env<'_>,
    dry_run: DryRun,
    namespace: &str,
    name: &str,
) -> Result<String, KubectlError> {
    let to_revision = invocation.flags.int("to-revision").unwrap_or(0);
    let revisions = daemon_set_revisions(env, namespace, name)?;
    if to_revision == 0 && revisions.len() <= 1 {
        return Err(KubectlError::message("no last revision to roll back to"));
    }
    let chosen = if to_revision > 0 {
        revisions
            .iter()
            .find(|(revision, _, _, _)| *revision == to_revision)
    } else {
        revisions
            .len()
            .checked_sub(2)
            .and_then(|index| revisions.get(index))
    };
    let Some((revision, _, template, _)) = chosen.cloned() else {
        return Err(KubectlError::message(format!(
            "unable to find specified revision {to_revision} in history"
        )));
    };
    if dry_run == DryRun::Client {
        return Ok(format!(
            "will roll back to {}",
            super::describe::print_pod_template(&template)
        ));
    }
    let current = match env.cluster.get(Kind::DaemonSet, namespace, name) {
        Ok(ObjectView::DaemonSet(daemon_set)) => {
            value::at(&daemon_set.spec, &["template"]).cloned()
        }
        _ => None,
    };
    if current.as_ref() == Some(&template) {
        return Ok(format!(
            "skipped rollback (current template already matches revision {revision})"
        ));
    }
    let patch = json!([{"op": "replace", "path": "/spec/template", "value": template}]);
    // A server dry run patches a copy: the server's checks run and nothing is stored.
    let mut scratch = dry_run.scratch(env.cluster);
    scratch
        .as_mut()
        .unwrap_or(env.cluster)
        .patch(Kind::DaemonSet, namespace, name, PatchType::Json, &patch)
        .map_err(|error| {
            KubectlError::message(format!(
                "failed restoring revision {revision}: {}",
                super::super::error::go_error_text(&error)
            ))
        })?;
    Ok("rolled back".to_string())
}

/// `rollout history`: `ViewHistory` printed after the object's name.
fn history(
    invocation: &Invocation,
    env: &mut Env<'_>,
    kind: Kind,
    namespace: &str,
    name: &str,
) -> Result<String, KubectlError> {
    let revisions = match kind {
        Kind::Deployment => revisions(env, deployment_of(env, namespace, name)?),
        Kind::DaemonSet => daemon_set_revisions(env, namespace, name)?,
        other => {
            return Err(KubectlError::message(format!(
                "no history viewer has been implemented for {:?}",
                other.group_kind()
            )))
        }
    };
    let wanted = invocation.flags.int("revision").unwrap_or(0);
    let body = if revisions.is_empty() {
        "No rollout history found.".to_string()
    } else if wanted > 0 {
        let Some((_, _, template, cause)) = revisions
            .iter()
            .find(|(revision, _, _, _)| *revision == wanted)
        else {
            return Err(KubectlError::message(
                "unable to find the specified revision",
            ));
        };
        // `DeploymentHistoryViewer` shows a ReplicaSet's change cause among its template's
        // annotations (a DaemonSet's revision shows its template as it is).
        let mut template = template.clone();
        if kind == Kind::Deployment && !cause.is_empty() {
            record::record(&mut template, cause);
        }
        super::describe::print_pod_template(&template)
    } else {
        let mut table = String::from("REVISION\tCHANGE-CAUSE\n");
        for (revision, _, _, cause) in &revisions {
            let cause = if cause.is_empty() { "<none>" } else { cause };
            table.push_str(&format!("{revision}\t{cause}\n"));
        }
        crate::printers::tabwriter::describe_tabbed(&table)
    };
    let with_revision = if wanted > 0 {
        format!("with revision #{wanted}")
    } else {
        String::new()
    };
    Ok(format!(
        "{} {with_revision}\n{body}\n",
        output::name_line(kind, name)
    ))
}

/// `rollout undo` of one object: the rollback, then the object as the builder read it,
/// printed with the rollbacker's result as the name printer's operation (`RunUndo`).
fn undo_output(
    invocation: &Invocation,
    env: &mut Env<'_>,
    dry_run: DryRun,
    kind: Kind,
    namespace: &str,
    name: &str,
) -> Result<String, KubectlError> {
    let read = env
        .cluster
        .get(kind, namespace, name)
        .map_err(KubectlError::api)?
        .to_value();
    let operation = undo(invocation, env, dry_run, kind, namespace, name)?;
    let flags = &invocation.flags;
    match flags.string("output").unwrap_or("") {
        "" => Ok(format!(
            "{} {operation}{}\n",
            output::name_line(kind, name),
            dry_run.suffix()
        )),
        "name" => Ok(format!("{}\n", output::name_line(kind, name))),
        format => {
            let format = output::OutputFormat::from_flags(format, false, flags, env.fs)?;
            output::print_typed_object(&format, kind, read)
        }
    }
}

/// The rollbacker's result (`DeploymentRollbacker.Rollback`): what the name printer says.
fn undo(
    invocation: &Invocation,
    env: &mut Env<'_>,
    dry_run: DryRun,
    kind: Kind,
    namespace: &str,
    name: &str,
) -> Result<String, KubectlError> {
    match kind {
        Kind::Deployment => {}
        Kind::DaemonSet => return undo_daemon_set(invocation, env, dry_run, namespace, name),
        other => {
            return Err(KubectlError::message(format!(
                "no rollbacker has been implemented for {:?}",
                other.group_kind()
            )))
        }
    }
    let deployment = deployment_of(env, namespace, name)?;
    let to_revision = invocation.flags.int("to-revision").unwrap_or(0);
    let revisions = revisions(env, deployment);
    let chosen = if to_revision > 0 {
        revisions
            .iter()
            .find(|(revision, _, _, _)| *revision == to_revision)
            .ok_or_else(|| {
                KubectlError::message(format!(
                    "unable to find specified revision {to_revision} in history"
                ))
            })?
    } else if revisions.len() >= 2 {
        &revisions[revisions.len() - 2]
    } else {
        return Err(KubectlError::message(format!(
            "no rollout history found for deployment {name:?}"
        )));
    };
    let (revision, set_name, template, _) = chosen.clone();
    // A client dry run describes the revision's template, hash label and all.
    if dry_run == DryRun::Client {
        return Ok(super::describe::print_pod_template(&template));
    }
    if value::at(&deployment.spec, &["paused"]).and_then(Value::as_bool) == Some(true) {
        return Err(KubectlError::message(
            "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
        ));
    }
    if crate::cluster::same_template_ignoring_hash(
        Some(&template),
        value::at(&deployment.spec, &["template"]),
    ) {
        return Ok(format!(
            "skipped rollback (current template already matches revision {revision})"
        ));
    }
    let mut restored = template;
    if let Some(Value::Object(labels)) = restored.pointer_mut("/metadata/labels") {
        labels.remove("pod-template-hash");
    }
    // The Deployment keeps its own bookkeeping annotations and takes the ReplicaSet's others.
    let mut annotations = serde_json::Map::new();
    for key in crate::cluster::SKIPPED_ANNOTATIONS {
        if let Some(text) = deployment.meta.annotations.get(key) {
            annotations.insert(key.to_string(), json!(text));
        }
    }
    if let Ok(ObjectView::ReplicationController(set)) =
        env.cluster.get(Kind::ReplicaSet, namespace, &set_name)
    {
        for (key, text) in &set.meta.annotations {
            if !crate::cluster::SKIPPED_ANNOTATIONS.contains(&key.as_str()) {
                annotations.insert(key.clone(), json!(text));
            }
        }
    }
    let patch = json!([
        {"op": "replace", "path": "/spec/template", "value": restored},
        {"op": "replace", "path": "/metadata/annotations", "value": annotations},
    ]);
    let mut scratch = dry_run.scratch(env.cluster);
    scratch
        .as_mut()
        .unwrap_or(env.cluster)
        .patch(Kind::Deployment, namespace, name, PatchType::Json, &patch)
        .map_err(|error| {
            KubectlError::message(format!(
                "failed restoring revision {revision}: {}",
                super::super::error::go_error_text(&error)
            ))
        })?;
    Ok("rolled back".to_string())
}

/// `rollout restart`: `restartedAt` on the pod template, the current second in RFC 3339.
fn restart(
    env: &mut Env<'_>,
    kind: Kind,
    namespace: &str,
    name: &str,
) -> Result<String, KubectlError> {
    let object = env
        .cluster
        .get(kind, namespace, name)
        .map_err(KubectlError::api)?;
    let spec = match object {
        ObjectView::Deployment(deployment) => &deployment.spec,
        ObjectView::DaemonSet(daemon_set) => &daemon_set.spec,
        _ => return Err(patch_error(kind, name, "restarting is not supported")),
    };
    if value::at(spec, &["paused"]).and_then(Value::as_bool) == Some(true) {
        return Err(patch_error(
            kind,
            name,
            "can't restart paused deployment (run rollout resume first)",
        ));
    }
    let now = env.cluster.now().rfc3339();
    const RESTARTED_AT: &str = "kubectl.kubernetes.io/restartedAt";
    if value::str_at(spec, &["template", "metadata", "annotations", RESTARTED_AT])
        == Some(now.as_str())
    {
        return Err(KubectlError::message(format!(
            "failed to create patch for {name}: if restart has already been triggered within the past second, please wait before attempting to trigger another"
        )));
    }
    let patch = json!({"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT: now}}}}});
    env.cluster
        .patch(kind, namespace, name, PatchType::Strategic, &patch)
        .map_err(|error| KubectlError::message(format!("failed to patch: {error}")))?;
    Ok(format!("{} restarted\n", output::name_line(kind, name)))
}

/// `rollout pause` (`pause`) and `rollout resume`.
fn pause(
    env: &mut Env<'_>,
    kind: Kind,
    namespace: &str,
    name: &str,
    pause: bool,
) -> Result<String, KubectlError> {
    let object = env
        .cluster
        .get(kind, namespace, name)
        .map_err(KubectlError::api)?;
    let ObjectView::Deployment(deployment) = object else {
        let what = if pause { "pausing" } else { "resuming" };
        return Err(patch_error(kind, name, &format!("{what} is not supported")));
    };
    let paused = value::at(&deployment.spec, &["paused"]).and_then(Value::as_bool) == Some(true);
    if paused == pause {
        let state = if pause {
            "is already paused"
        } else {
            "is not paused"
        };
        return Err(patch_error(kind, name, state));
    }
    let patch = json!({"spec": {"paused": if pause { Value::Bool(true) } else { Value::Null }}});
    env.cluster
        .patch(kind, namespace, name, PatchType::Strategic, &patch)
        .map_err(|error| KubectlError::message(format!("failed to patch: {error}")))?;
    Ok(format!(
        "{} {}\n",
        output::name_line(kind, name),
        if pause { "paused" } else { "resumed" }
    ))
}

/// The error a patch function gives for one object: `error: <resource> "<name>" <text>`.
fn patch_error(kind: Kind, name: &str, text: &str) -> KubectlError {
    KubectlError::message(format!("error: {} {name:?} {text}", kind.plural()))
}
