//! The `apps/v1` Deployment: its defaults and validation, and the deployment controller,
//! which rolls a Deployment's pod template out through ReplicaSets (kept by the
//! ReplicationController's controller in `controllers`).
//!
//! The controller follows `pkg/controller/deployment`: the ReplicaSet whose template equals
//! the Deployment's (ignoring `pod-template-hash`) is the new one; the rolling update scales
//! it up within `maxSurge` and the old ones down within `maxUnavailable`, `Recreate` empties
//! the old ones first; the status and the `Available`/`Progressing` conditions are worked
//! out from the ReplicaSets' statuses, with upstream's reasons and messages.

use super::controllers::complete_template;
use super::{validate, Cluster, DeleteOptions, ObjectKey, Propagation};
use crate::api::value::{self, obj, s};
use crate::api::{
    ApiError, Deployment, DeploymentCondition, Kind, ObjectMeta, ObjectReference,
    ReplicationController,
};
use crate::clock::{SimDuration, SimTime};
use crate::validation::{FieldError, FieldPath, FieldValue};
use serde_json::{json, Map, Value};

/// The label a Deployment adds to its ReplicaSets' selectors and templates.
pub const POD_TEMPLATE_HASH: &str = "pod-template-hash";
/// The revision annotation of Deployments and their ReplicaSets.
pub const REVISION: &str = "deployment.kubernetes.io/revision";
const DESIRED_REPLICAS: &str = "deployment.kubernetes.io/desired-replicas";
const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";
const REVISION_HISTORY: &str = "deployment.kubernetes.io/revision-history";
/// The annotations a Deployment does not pass on to its ReplicaSets (`annotationsToSkip`),
/// and that `kubectl rollout undo` does not take back from one.
pub const SKIPPED_ANNOTATIONS: [&str; 6] = [
    "kubectl.kubernetes.io/last-applied-configuration",
    REVISION,
    REVISION_HISTORY,
    DESIRED_REPLICAS,
    MAX_REPLICAS,
    "deprecated.deployment.rollback.to",
];

/// Builds a stored Deployment from a manifest: `SetDefaults_Deployment`, then
/// `ValidateDeploymentSpec`.
pub(super) fn new_deployment(
    mut meta: ObjectMeta,
    manifest: &Value,
) -> Result<Deployment, ApiError> {
    let mut spec = match value::at(manifest, &["spec"]) {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    let replicas = value::i64_at(manifest, &["spec", "replicas"]).unwrap_or(1);
    value::insert_default(&mut spec, "replicas", Value::from(replicas));
    let mut strategy = match spec.get("strategy") {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    value::insert_default(&mut strategy, "type", s("RollingUpdate"));
    if strategy.get("type").and_then(Value::as_str) == Some("RollingUpdate") {
        let mut rolling = match strategy.get("rollingUpdate") {
            Some(Value::Object(map)) => map.clone(),
            _ => Map::new(),
        };
        value::insert_default(&mut rolling, "maxUnavailable", s("25%"));
        value::insert_default(&mut rolling, "maxSurge", s("25%"));
        strategy.insert("rollingUpdate".into(), Value::Object(rolling));
    }
    spec.insert("strategy".into(), Value::Object(strategy));
    value::insert_default(&mut spec, "revisionHistoryLimit", Value::from(10));
    value::insert_default(&mut spec, "progressDeadlineSeconds", Value::from(600));
    let defaulted = json!({"kind": "Deployment", "spec": Value::Object(spec.clone())});

    let spec_path = FieldPath::new("spec");
    let mut errors = Vec::new();
    if replicas < 0 {
        errors.push(nonnegative(spec_path.child("replicas"), replicas));
    }
    let selector = validate::selector_for_template(
        &defaulted,
        "empty selector is invalid for deployment",
        &spec_path,
        &mut errors,
    );
    if selector.is_some() {
        validate::template_errors(&defaulted, &spec_path, &mut errors);
    }
    strategy_errors(&defaulted, &spec_path.child("strategy"), &mut errors);
    let min_ready = value::i64_at(&defaulted, &["spec", "minReadySeconds"]).unwrap_or(0);
    if min_ready < 0 {
        errors.push(nonnegative(spec_path.child("minReadySeconds"), min_ready));
    }
    let history = value::i64_at(&defaulted, &["spec", "revisionHistoryLimit"]).unwrap_or(10);
    if history < 0 {
        errors.push(nonnegative(
            spec_path.child("revisionHistoryLimit"),
            history,
        ));
    }
    let deadline = value::i64_at(&defaulted, &["spec", "progressDeadlineSeconds"]).unwrap_or(600);
    if deadline < 0 {
        errors.push(nonnegative(
            spec_path.child("progressDeadlineSeconds"),
            deadline,
        ));
    }
    if deadline <= min_ready {
        errors.push(FieldError::invalid(
            spec_path.child("progressDeadlineSeconds"),
            deadline,
            "must be greater than minReadySeconds",
        ));
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid {
            kind: Kind::Deployment,
            name: meta.name.clone(),
            causes: errors.iter().map(ToString::to_string).collect(),
        });
    }
    complete_template(&mut spec);
    meta.generation = Some(1);
    Ok(Deployment {
        meta,
        spec: Value::Object(spec),
        replicas,
        selector: selector.unwrap_or_default(),
        status_replicas: 0,
        status_updated: 0,
        status_ready: 0,
        status_available: 0,
        status_unavailable: 0,
        status_terminating: None,
        observed_generation: 0,
        collision_count: 0,
        conditions: Vec::new(),
    })
}

fn nonnegative(path: FieldPath, number: i64) -> FieldError {
    FieldError::invalid(path, number, "must be greater than or equal to 0")
}

/// An `IntOrString` as a field error shows it.
fn int_or_string(value: &Value) -> FieldValue {
    match value {
        Value::String(text) => FieldValue::String(text.clone()),
        Value::Number(number) => FieldValue::Int(number.as_i64().unwrap_or(0)),
        other => FieldValue::Json(other.to_string()),
    }
}

/// `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`.
fn strategy_errors(defaulted: &Value, path: &FieldPath, errors: &mut Vec<FieldError>) {
    let strategy = value::at(defaulted, &["spec", "strategy"]).unwrap_or(&Value::Null);
    match value::str_at(strategy, &["type"]).unwrap_or("") {
        "Recreate" => {
            if strategy.get("rollingUpdate").is_some_and(|v| !v.is_null()) {
                errors.push(FieldError::forbidden(
                    path.child("rollingUpdate"),
                    "may not be specified when strategy `type` is 'Recreate'",
                ));
            }
        }
        "RollingUpdate" => {
            let rolling_path = path.child("rollingUpdate");
            for field in ["maxUnavailable", "maxSurge"] {
                let Some(raw) = value::at(strategy, &["rollingUpdate", field]) else {
                    continue;
                };
                let field_path = rolling_path.child(field);
                match raw {
                    Value::String(text) => match parse_percent(text) {
                        Some(percent) if percent < 0 => {
                            errors.push(nonnegative(field_path, percent))
                        }
                        Some(_) => {}
                        None => errors.push(FieldError::invalid(
                            field_path,
                            text.as_str(),
                            "must be an integer or percentage (e.g '5%')",
                        )),
                    },
                    _ => {
                        let number = raw.as_i64().unwrap_or(0);
                        if number < 0 {
                            errors.push(nonnegative(field_path, number));
                        }
                    }
                }
            }
            // `getIntOrPercentValue`: a percentage's number, an integer, or 0.
            let amount = |field: &str| match value::at(strategy, &["rollingUpdate", field]) {
                Some(Value::String(text)) => parse_percent(text).unwrap_or(0),
                Some(other) => other.as_i64().unwrap_or(0),
                None => 0,
            };
            let zero = amount("maxUnavailable") == 0 && amount("maxSurge") == 0;
            let max_unavailable = value::at(strategy, &["rollingUpdate", "maxUnavailable"]);
            if zero {
                errors.push(FieldError::invalid(
                    rolling_path.child("maxUnavailable"),
                    max_unavailable
                        .map(int_or_string)
                        .unwrap_or(FieldValue::Null),
                    "may not be 0 when `maxSurge` is 0",
                ));
            }
            if let Some(Value::String(text)) = max_unavailable {
                if parse_percent(text).is_some_and(|percent| percent > 100) {
                    errors.push(FieldError::invalid(
                        rolling_path.child("maxUnavailable"),
                        text.as_str(),
                        "must not be greater than 100%",
                    ));
                }
            }
        }
        _ => errors.push(FieldError::not_supported(
            path,
            FieldValue::Json(strategy.to_string()),
            &["Recreate", "RollingUpdate"],
        )),
    }
}

/// `validation.IsValidPercent` and the number in it: `25%` → 25.
fn parse_percent(text: &str) -> Option<i64> {
    let digits = text.strip_suffix('%')?;
    let unsigned = digits.strip_prefix('-').unwrap_or(digits);
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `GetScaledValueFromIntOrPercent`: an `IntOrString` of `total`, rounding up or down.
fn scaled(raw: Option<&Value>, total: i64, round_up: bool) -> i64 {
    match raw {
        Some(Value::String(text)) => {
            let percent = parse_percent(text).unwrap_or(0);
            let product = percent.saturating_mul(total);
            let scaled = if round_up {
                product.saturating_add(99).div_euclid(100)
            } else {
                product.div_euclid(100)
            };
            scaled.clamp(i64::from(i32::MIN), i64::from(i32::MAX))
        }
        // An `IntOrString`'s integer is an int32.
        Some(other) => other
            .as_i64()
            .unwrap_or(0)
            .clamp(i64::from(i32::MIN), i64::from(i32::MAX)),
        None => 0,
    }
}

/// `ResolveFenceposts`: the Deployment's `maxSurge` and `maxUnavailable` in pods.
pub fn surge_and_unavailable(deployment: &Deployment) -> (i64, i64) {
    let spec = &deployment.spec;
    if value::str_at(spec, &["strategy", "type"]) != Some("RollingUpdate") {
        return (0, 0);
    }
    let surge = scaled(
        value::at(spec, &["strategy", "rollingUpdate", "maxSurge"]),
        deployment.replicas,
        true,
    );
    let mut unavailable = scaled(
        value::at(spec, &["strategy", "rollingUpdate", "maxUnavailable"]),
        deployment.replicas,
        false,
    );
    if surge == 0 && unavailable == 0 {
        unavailable = 1;
    }
    (surge, unavailable)
}

/// apps/v1 keeps a Deployment's or ReplicaSet's selector as it was created.
pub(super) fn immutable_selector(
    kind: Kind,
    old_spec: &Value,
    new_spec: &Value,
    name: &str,
) -> Result<(), ApiError> {
    let old = value::at(old_spec, &["selector"]).unwrap_or(&Value::Null);
    let new = value::at(new_spec, &["selector"]).unwrap_or(&Value::Null);
    if old == new {
        return Ok(());
    }
    Err(ApiError::Invalid {
        kind,
        name: name.to_string(),
        causes: vec![FieldError::invalid(
            "spec.selector",
            FieldValue::Json(validate::label_selector_json(new)),
            "field is immutable",
        )
        .to_string()],
    })
}

/// `controller.ComputeHash`'s shape: FNV-32a of the template (here its JSON) and the collision
/// count, written with `rand.SafeEncodeString`'s alphabet.
pub(super) fn template_hash(template: &Value, collision_count: i64) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u32::from(*byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    feed(template.to_string().as_bytes());
    if collision_count > 0 {
        feed(&(collision_count as u32).to_le_bytes());
    }
    const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    hash.to_string()
        .bytes()
        .map(|digit| char::from(ALPHANUMS[usize::from(digit) % ALPHANUMS.len()]))
        .collect()
}

/// A template without the `pod-template-hash` label (`EqualIgnoreHash`).
fn without_hash(template: &Value) -> Value {
    let mut template = template.clone();
    if let Some(Value::Object(labels)) = template
        .get_mut("metadata")
        .and_then(|metadata| metadata.get_mut("labels"))
    {
        labels.remove(POD_TEMPLATE_HASH);
        if labels.is_empty() {
            if let Some(Value::Object(metadata)) = template.get_mut("metadata") {
                metadata.remove("labels");
            }
        }
    }
    template
}

/// What the controller reads of one of its ReplicaSets.
#[derive(Debug, Clone)]
struct OwnedSet {
    name: String,
    created: SimTime,
    replicas: i64,
    status_replicas: i64,
    ready: i64,
    available: i64,
    terminating: i64,
    revision: i64,
    is_new: bool,
    /// The `desired-replicas` and `max-replicas` annotations (the Deployment's size and
    /// size plus surge when the ReplicaSet was last scaled).
    desired_annotation: Option<i64>,
    max_annotation: Option<i64>,
}

/// Reconciles one Deployment: finds or creates its new ReplicaSet, scales the ReplicaSets as
/// its strategy allows, and writes its status and conditions.
pub(super) fn sync_deployment(cluster: &mut Cluster, key: &ObjectKey) {
    let Some(deployment) = cluster.deployments.get(key) else {
        return;
    };
    let deployment = (**deployment).clone();
    let template = value::at(&deployment.spec, &["template"])
        .cloned()
        .unwrap_or(Value::Null);
    adopt_orphans(cluster, &deployment);
    let mut sets = owned_sets(cluster, &deployment, &template);
    // `sync` (a paused Deployment, a scaling event) finds the new ReplicaSet as the rollout
    // does, and brings the Deployment's annotations to it.
    let copy_annotations = |cluster: &mut Cluster, sets: &[OwnedSet]| {
        if let Some(new) = sets.iter().find(|set| set.is_new) {
            sync_new_set_annotations(cluster, &deployment, &new.name, None);
        }
    };
    if value::at(&deployment.spec, &["paused"]).and_then(Value::as_bool) == Some(true) {
        // `sync` of a paused Deployment: no new ReplicaSet, no rollout; its ReplicaSets
        // still follow the replica count.
        copy_annotations(cluster, &sets);
        scale(cluster, &deployment, &sets);
        let sets = owned_sets(cluster, &deployment, &template);
        let revision = sets.iter().map(|set| set.revision).max().unwrap_or(0);
        write_status(cluster, key, &deployment, &sets, revision, None, false);
        return;
    }
    // `isScalingEvent`: an active ReplicaSet was last sized for another replica count; this
    // sync only scales (proportionally, in the middle of a rollout).
    let scaling_event = |sets: &[OwnedSet]| {
        sets.iter().any(|set| {
            set.replicas > 0
                && set
                    .desired_annotation
                    .is_some_and(|desired| desired != deployment.replicas)
        })
    };
    if scaling_event(&sets) {
        copy_annotations(cluster, &sets);
        scale(cluster, &deployment, &sets);
        let sets = owned_sets(cluster, &deployment, &template);
        let revision = sets.iter().map(|set| set.revision).max().unwrap_or(0);
        write_status(cluster, key, &deployment, &sets, revision, None, false);
        // The rollout goes on at the next sync, unless this one could not settle the sizes
        // (a `Recreate` Deployment with several active ReplicaSets waits for them).
        if !scaling_event(&sets) {
            cluster.queue_sync(Kind::Deployment, key.clone(), SimDuration::from_millis(5));
        }
        return;
    }
    let (surge, max_unavailable) = surge_and_unavailable(&deployment);
    let max_revision = sets.iter().map(|set| set.revision).max().unwrap_or(0);
    let mut created_new = None;
    if !sets.iter().any(|set| set.is_new) {
        let old_total: i64 = sets.iter().map(|set| set.replicas).sum();
        let replicas = match value::str_at(&deployment.spec, &["strategy", "type"]) {
            Some("Recreate") if old_total > 0 => 0,
            Some("Recreate") => deployment.replicas,
            _ if old_total == 0 => deployment.replicas,
            _ => (deployment.replicas + surge - old_total)
                .max(0)
                .min(deployment.replicas),
        };
        match create_replica_set(
            cluster,
            &deployment,
            &template,
            replicas,
            max_revision + 1,
            surge,
        ) {
            Some(name) => {
                if replicas > 0 {
                    record_deployment_event(
                        cluster,
                        &deployment,
                        "ScalingReplicaSet",
                        format!("Scaled up replica set {name} from 0 to {replicas}"),
                    );
                }
                created_new = Some(name);
                sets = owned_sets(cluster, &deployment, &template);
            }
            None => return,
        }
    }
    let mut revision = sets
        .iter()
        .find(|set| set.is_new)
        .map(|set| set.revision)
        .unwrap_or(max_revision + 1);
    // The new ReplicaSet that was there takes the Deployment's annotations; an older one that
    // is new again (a rollback) takes the next revision, and keeps the ones it had in
    // `revision-history`.
    if created_new.is_none() {
        if let Some(new) = sets.iter().find(|set| set.is_new) {
            let next = (revision < max_revision).then_some(max_revision + 1);
            sync_new_set_annotations(cluster, &deployment, &new.name, next);
        }
    }
    if revision < max_revision {
        revision = max_revision + 1;
    }
    // Scale: the new ReplicaSet up, the old ones down, as the strategy allows.
    let total: i64 = sets.iter().map(|set| set.replicas).sum();
    let mut progressed = false;
    let recreate = value::str_at(&deployment.spec, &["strategy", "type"]) == Some("Recreate");
    if let Some(index) = sets.iter().position(|set| set.is_new) {
        let old_replicas: i64 = sets
            .iter()
            .filter(|set| !set.is_new)
            .map(|set| set.replicas)
            .sum();
        let old_running: i64 = sets
            .iter()
            .filter(|set| !set.is_new)
            .map(|set| set.status_replicas)
            .sum();
        let new = sets[index].clone();
        let target = if recreate {
            if old_replicas > 0 || old_running > 0 {
                new.replicas
            } else {
                deployment.replicas
            }
        } else if new.replicas > deployment.replicas {
            deployment.replicas
        } else if new.replicas < deployment.replicas {
            let max_total = deployment.replicas + surge;
            if total >= max_total {
                new.replicas
            } else {
                new.replicas + (max_total - total).min(deployment.replicas - new.replicas)
            }
        } else {
            new.replicas
        };
        if target != new.replicas {
            scale_set(cluster, &deployment, &new.name, new.replicas, target, surge);
            sets[index].replicas = target;
            progressed = true;
        }
        // The old ReplicaSets.
        let mut olds: Vec<OwnedSet> = sets.iter().filter(|set| !set.is_new).cloned().collect();
        crate::sort::sort_by(&mut olds, |a, b| {
            a.created.cmp(&b.created).then(a.name.cmp(&b.name))
        });
        if recreate {
            for old in &olds {
                if old.replicas > 0 {
                    scale_set(cluster, &deployment, &old.name, old.replicas, 0, surge);
                    progressed = true;
                }
            }
        } else {
            let all: i64 = sets.iter().map(|set| set.replicas).sum();
            let min_available = deployment.replicas - max_unavailable;
            let new_unavailable = (sets[index].replicas - sets[index].available).max(0);
            let mut max_scaled_down = all - min_available - new_unavailable;
            // `cleanupUnhealthyReplicas`, then `scaleDownOldReplicaSetsForRollingUpdate`.
            for old in olds.iter_mut() {
                if max_scaled_down <= 0 {
                    break;
                }
                let unhealthy = old.replicas - old.available;
                if old.replicas == 0 || unhealthy <= 0 {
                    continue;
                }
                let down = unhealthy.min(max_scaled_down);
                scale_set(
                    cluster,
                    &deployment,
                    &old.name,
                    old.replicas,
                    old.replicas - down,
                    surge,
                );
                old.replicas -= down;
                max_scaled_down -= down;
                progressed = true;
            }
            let available: i64 = sets.iter().map(|set| set.available).sum();
            let mut budget = available - min_available;
            for old in olds.iter_mut() {
                if budget <= 0 {
                    break;
                }
                if old.replicas == 0 {
                    continue;
                }
                let down = old.replicas.min(budget);
                scale_set(
                    cluster,
                    &deployment,
                    &old.name,
                    old.replicas,
                    old.replicas - down,
                    surge,
                );
                old.replicas -= down;
                budget -= down;
                progressed = true;
            }
        }
        clean_up_history(cluster, &deployment, &olds);
    }
    let sets = owned_sets(cluster, &deployment, &template);
    write_status(
        cluster,
        key,
        &deployment,
        &sets,
        revision,
        created_new,
        progressed,
    );
}

/// `SetNewReplicaSetAnnotations` on a new ReplicaSet that exists: the Deployment's
/// annotations, but for `SKIPPED_ANNOTATIONS`, copied over those that differ (none is
/// removed: a `kubernetes.io/change-cause` stays until another replaces it); with
/// `next_revision` (a rollback), that revision, the one it had appended to
/// `revision-history`. One write, when anything changed.
fn sync_new_set_annotations(
    cluster: &mut Cluster,
    deployment: &Deployment,
    name: &str,
    next_revision: Option<i64>,
) {
    let key = (deployment.namespace().to_string(), name.to_string());
    let Some(set) = cluster.replica_sets.get(&key) else {
        return;
    };
    let mut annotations = set.meta.annotations.clone();
    for (annotation, text) in &deployment.meta.annotations {
        if !SKIPPED_ANNOTATIONS.contains(&annotation.as_str()) {
            annotations.insert(annotation.clone(), text.clone());
        }
    }
    if let Some(next) = next_revision {
        if let Some(old) = annotations.get(REVISION).cloned() {
            let history = match annotations.get(REVISION_HISTORY) {
                Some(history) if !history.is_empty() => format!("{history},{old}"),
                _ => old,
            };
            annotations.insert(REVISION_HISTORY.into(), history);
        }
        annotations.insert(REVISION.into(), next.to_string());
    }
    if annotations == set.meta.annotations {
        return;
    }
    let resource_version = cluster.next_resource_version();
    if let Some(set) = cluster.replica_sets.get_mut(&key) {
        set.meta.annotations = annotations;
        set.meta.resource_version = resource_version;
    }
}

/// Takes ownership of the ReplicaSets without a controller that the selector matches.
fn adopt_orphans(cluster: &mut Cluster, deployment: &Deployment) {
    let namespace = deployment.namespace().to_string();
    let owner = crate::api::OwnerReference {
        api_version: "apps/v1".into(),
        kind: "Deployment".into(),
        name: deployment.meta.name.clone(),
        uid: deployment.meta.uid.clone(),
        controller: true,
        block_owner_deletion: true,
    };
    for (_, set) in cluster
        .replica_sets
        .range_mut((namespace.clone(), String::new())..)
        .take_while(|((ns, _), _)| *ns == namespace)
    {
        if set.meta.controller().is_none()
            && set.meta.deletion_timestamp.is_none()
            && deployment.selector.matches(&set.meta.labels)
        {
            set.meta.owner_references.push(owner.clone());
        }
    }
}

fn owned_sets(cluster: &Cluster, deployment: &Deployment, template: &Value) -> Vec<OwnedSet> {
    let namespace = deployment.namespace().to_string();
    let wanted = without_hash(template);
    cluster
        .replica_sets
        .range((namespace.clone(), String::new())..)
        .take_while(|((ns, _), _)| *ns == namespace)
        .map(|(_, set)| set)
        .filter(|set| {
            set.meta
                .controller()
                .is_some_and(|owner| owner.uid == deployment.meta.uid)
        })
        .map(|set| OwnedSet {
            name: set.meta.name.clone(),
            created: set.meta.creation_timestamp,
            replicas: set.replicas,
            status_replicas: set.status_replicas,
            ready: set.status_ready,
            // A ReplicaSet just scaled down still reports the pods it had: no more of them
            // count than it keeps.
            available: set.status_available.min(set.replicas),
            terminating: set.status_terminating.unwrap_or(0),
            desired_annotation: set
                .meta
                .annotations
                .get(DESIRED_REPLICAS)
                .and_then(|text| text.parse().ok()),
            max_annotation: set
                .meta
                .annotations
                .get(MAX_REPLICAS)
                .and_then(|text| text.parse().ok()),
            revision: set
                .meta
                .annotations
                .get(REVISION)
                .and_then(|revision| revision.parse().ok())
                .unwrap_or(0),
            is_new: value::at(&set.spec, &["template"])
                .map(without_hash)
                .as_ref()
                == Some(&wanted),
        })
        .collect()
}

/// Creates the new ReplicaSet (`getNewReplicaSet`), named after the template's hash.
fn create_replica_set(
    cluster: &mut Cluster,
    deployment: &Deployment,
    template: &Value,
    replicas: i64,
    revision: i64,
    surge: i64,
) -> Option<String> {
    let hash = template_hash(template, deployment.collision_count);
    let mut template = template.clone();
    if let Value::Object(map) = &mut template {
        let metadata = map
            .entry("metadata".to_string())
            .or_insert_with(|| json!({}));
        if let Value::Object(metadata) = metadata {
            let labels = metadata
                .entry("labels".to_string())
                .or_insert_with(|| json!({}));
            if let Value::Object(labels) = labels {
                labels.insert(POD_TEMPLATE_HASH.into(), s(&hash));
            }
        }
    }
    let mut labels = value::string_map_at(&template, &["metadata", "labels"]);
    labels.insert(POD_TEMPLATE_HASH.into(), hash.clone());
    let mut match_labels = value::string_map_at(&deployment.spec, &["selector", "matchLabels"]);
    match_labels.insert(POD_TEMPLATE_HASH.into(), hash.clone());
    let mut selector = value::at(&deployment.spec, &["selector"])
        .cloned()
        .unwrap_or_else(|| json!({}));
    if let Value::Object(map) = &mut selector {
        map.insert("matchLabels".into(), value::string_map(&match_labels));
    }
    let name = format!("{}-{hash}", deployment.meta.name);
    let mut spec = Map::new();
    spec.insert("replicas".into(), Value::from(replicas));
    spec.insert("selector".into(), selector);
    spec.insert("template".into(), template);
    if let Some(min_ready) = value::at(&deployment.spec, &["minReadySeconds"]) {
        spec.insert("minReadySeconds".into(), min_ready.clone());
    }
    let manifest = obj([
        ("apiVersion", s("apps/v1")),
        ("kind", s("ReplicaSet")),
        (
            "metadata",
            obj([
                ("annotations", {
                    // `SetNewReplicaSetAnnotations`: the Deployment's own annotations
                    // (a `kubernetes.io/change-cause`…) but those it keeps to itself.
                    let mut annotations = deployment.meta.annotations.clone();
                    annotations.retain(|key, _| !SKIPPED_ANNOTATIONS.contains(&key.as_str()));
                    annotations.insert(DESIRED_REPLICAS.into(), deployment.replicas.to_string());
                    annotations.insert(
                        MAX_REPLICAS.into(),
                        (deployment.replicas + surge).to_string(),
                    );
                    annotations.insert(REVISION.into(), revision.to_string());
                    value::string_map(&annotations)
                }),
                ("labels", value::string_map(&labels)),
                ("name", s(&name)),
                ("namespace", s(deployment.namespace())),
                (
                    "ownerReferences",
                    Value::Array(vec![obj([
                        ("apiVersion", s("apps/v1")),
                        ("blockOwnerDeletion", Value::Bool(true)),
                        ("controller", Value::Bool(true)),
                        ("kind", s("Deployment")),
                        ("name", s(&deployment.meta.name)),
                        ("uid", s(&deployment.meta.uid)),
                    ])]),
                ),
            ]),
        ),
        ("spec", Value::Object(spec)),
    ]);
    match cluster.create(&manifest, deployment.namespace()) {
        Ok(_) => Some(name),
        Err(ApiError::AlreadyExists { .. }) => {
            // A hash collision with a ReplicaSet that is not this template's: count it and
            // try another name next time.
            if let Some(stored) = cluster.deployments.get_mut(&(
                deployment.namespace().to_string(),
                deployment.meta.name.clone(),
            )) {
                stored.collision_count += 1;
            }
            let key = (
                deployment.namespace().to_string(),
                deployment.meta.name.clone(),
            );
            cluster.queue_sync(Kind::Deployment, key, SimDuration::from_millis(5));
            None
        }
        Err(_) => None,
    }
}

/// `DeploymentController.scale`: a lone active ReplicaSet (or the newest) takes the replica
/// count; a saturated new one empties the old ones; otherwise, in a rolling update, the
/// difference is shared out in proportion to each ReplicaSet's size (`GetProportion`),
/// leftovers to the largest.
fn scale(cluster: &mut Cluster, deployment: &Deployment, sets: &[OwnedSet]) {
    let (surge, _) = surge_and_unavailable(deployment);
    let active: Vec<&OwnedSet> = sets.iter().filter(|set| set.replicas > 0).collect();
    let lone = match active.as_slice() {
        [one] => Some(*one),
        [] => sets
            .iter()
            .find(|set| set.is_new)
            .or_else(|| sets.iter().max_by(|a, b| a.created.cmp(&b.created))),
        _ => None,
    };
    if let Some(set) = lone {
        if set.replicas != deployment.replicas
            || set.desired_annotation != Some(deployment.replicas)
        {
            scale_set(
                cluster,
                deployment,
                &set.name,
                set.replicas,
                deployment.replicas,
                surge,
            );
        }
        return;
    }
    let new = sets.iter().find(|set| set.is_new);
    let saturated = new.is_some_and(|set| {
        set.replicas == deployment.replicas
            && set.desired_annotation == Some(deployment.replicas)
            && set.available == deployment.replicas
    });
    if saturated {
        for old in sets.iter().filter(|set| !set.is_new && set.replicas > 0) {
            scale_set(cluster, deployment, &old.name, old.replicas, 0, surge);
        }
        return;
    }
    if value::str_at(&deployment.spec, &["strategy", "type"]) != Some("RollingUpdate") {
        return;
    }
    let mut active: Vec<OwnedSet> = active.into_iter().cloned().collect();
    let current: i64 = active.iter().map(|set| set.replicas).sum();
    let allowed = if deployment.replicas > 0 {
        deployment.replicas + surge
    } else {
        0
    };
    let to_add = allowed - current;
    // Larger first; among equals, newer first when growing and older first when shrinking.
    crate::sort::sort_by(&mut active, |a, b| {
        b.replicas.cmp(&a.replicas).then_with(|| {
            if to_add > 0 {
                b.created.cmp(&a.created)
            } else {
                a.created.cmp(&b.created)
            }
            .then(a.name.cmp(&b.name))
        })
    });
    let max_replicas = deployment.replicas + surge;
    let mut added = 0;
    let mut sizes: Vec<i64> = Vec::new();
    for set in &active {
        if to_add == 0 || to_add == added || set.replicas == 0 {
            sizes.push(set.replicas);
            continue;
        }
        // `getReplicaSetFraction`.
        let fraction = if deployment.replicas == 0 {
            -set.replicas
        } else {
            let before = set
                .max_annotation
                .filter(|max| *max != 0)
                .unwrap_or(deployment.status_replicas.max(1));
            let scaled = (set.replicas.saturating_mul(max_replicas)) as f64 / before as f64;
            scaled.round() as i64 - set.replicas
        };
        let remaining = to_add - added;
        let proportion = if to_add > 0 {
            fraction.min(remaining)
        } else {
            fraction.max(remaining)
        };
        sizes.push(set.replicas + proportion);
        added += proportion;
    }
    if let Some(first) = sizes.first_mut() {
        if to_add != 0 {
            *first = (*first + to_add - added).max(0);
        }
    }
    for (set, size) in active.iter().zip(sizes) {
        scale_set(cluster, deployment, &set.name, set.replicas, size, surge);
    }
}

/// Sets a ReplicaSet's replicas and the Deployment's annotations on it, and records
/// `ScalingReplicaSet`.
fn scale_set(
    cluster: &mut Cluster,
    deployment: &Deployment,
    name: &str,
    from: i64,
    to: i64,
    surge: i64,
) {
    let namespace = deployment.namespace();
    if from != to {
        let _ = cluster.scale(Kind::ReplicaSet, namespace, name, to);
    }
    if let Some(set) = cluster
        .replica_sets
        .get_mut(&(namespace.to_string(), name.to_string()))
    {
        set.meta
            .annotations
            .insert(DESIRED_REPLICAS.into(), deployment.replicas.to_string());
        set.meta.annotations.insert(
            MAX_REPLICAS.into(),
            (deployment.replicas + surge).to_string(),
        );
    }
    if from == to {
        return;
    }
    let direction = if to > from { "up" } else { "down" };
    record_deployment_event(
        cluster,
        deployment,
        "ScalingReplicaSet",
        format!("Scaled {direction} replica set {name} from {from} to {to}"),
    );
}

/// `cleanupDeployment`: old ReplicaSets with no replicas beyond `revisionHistoryLimit` go.
fn clean_up_history(cluster: &mut Cluster, deployment: &Deployment, olds: &[OwnedSet]) {
    let limit = value::i64_at(&deployment.spec, &["revisionHistoryLimit"]).unwrap_or(10);
    let empty: Vec<&OwnedSet> = olds
        .iter()
        .filter(|set| set.replicas == 0 && set.status_replicas == 0)
        .collect();
    let surplus = empty.len() as i64 - limit;
    if surplus <= 0 {
        return;
    }
    let mut by_revision = empty;
    crate::sort::sort_by(&mut by_revision, |a, b| a.revision.cmp(&b.revision));
    for set in by_revision.into_iter().take(surplus as usize) {
        let _ = cluster.delete(
            Kind::ReplicaSet,
            deployment.namespace(),
            &set.name,
            DeleteOptions::default(),
        );
    }
}

/// `syncRolloutStatus`: the counts, the revision annotation and the conditions.
fn write_status(
    cluster: &mut Cluster,
    key: &ObjectKey,
    deployment: &Deployment,
    sets: &[OwnedSet],
    revision: i64,
    created_new: Option<String>,
    progressed: bool,
) {
    let now = cluster.now();
    let (_, max_unavailable) = surge_and_unavailable(deployment);
    let replicas: i64 = sets.iter().map(|set| set.status_replicas).sum();
    let ready: i64 = sets.iter().map(|set| set.ready).sum();
    let available: i64 = sets.iter().map(|set| set.available).sum();
    let new = sets.iter().find(|set| set.is_new);
    let updated = new.map(|set| set.status_replicas).unwrap_or(0);
    let unavailable = (deployment.replicas - available).max(0);
    let new_name = new.map(|set| set.name.clone()).unwrap_or_default();
    let old_pods: i64 = sets
        .iter()
        .filter(|set| !set.is_new)
        .map(|set| set.status_replicas)
        .sum();
    let complete = updated == deployment.replicas
        && available == deployment.replicas
        && replicas == deployment.replicas
        && old_pods == 0
        && new.is_some_and(|set| set.replicas == deployment.replicas);
    let deadline = value::i64_at(&deployment.spec, &["progressDeadlineSeconds"]).unwrap_or(600);
    let paused = value::at(&deployment.spec, &["paused"]).and_then(Value::as_bool) == Some(true);
    let resource_version = cluster.next_resource_version();
    let mut timed_out = false;
    let Some(stored) = cluster.deployments.get_mut(key) else {
        return;
    };
    let before = (**stored).clone();
    stored.status_replicas = replicas;
    stored.status_ready = ready;
    stored.status_available = available;
    stored.status_updated = updated;
    stored.status_unavailable = unavailable;
    stored.status_terminating = Some(sets.iter().map(|set| set.terminating).sum());
    stored.observed_generation = stored.meta.generation.unwrap_or(1);
    stored
        .meta
        .annotations
        .insert(REVISION.into(), revision.to_string());
    let (available_ok, reason, message) = if available >= deployment.replicas - max_unavailable {
        (
            true,
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
        )
    } else {
        (
            false,
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.",
        )
    };
    set_condition(
        stored,
        "Available",
        if available_ok { "True" } else { "False" },
        reason,
        message.to_string(),
        now,
    );
    // `checkPausedConditions`.
    let was_paused = stored
        .condition("Progressing")
        .is_some_and(|condition| condition.reason == "DeploymentPaused");
    if paused {
        if !was_paused {
            set_condition(
                stored,
                "Progressing",
                "Unknown",
                "DeploymentPaused",
                "Deployment is paused".to_string(),
                now,
            );
        }
        if **stored != before {
            stored.meta.resource_version = resource_version;
        }
        return;
    }
    if was_paused {
        set_condition(
            stored,
            "Progressing",
            "Unknown",
            "DeploymentResumed",
            "Deployment is resumed".to_string(),
            now,
        );
    }
    if let Some(name) = &created_new {
        set_condition(
            stored,
            "Progressing",
            "True",
            "NewReplicaSetCreated",
            format!("Created new replica set \"{name}\""),
            now,
        );
    } else if complete {
        set_condition(
            stored,
            "Progressing",
            "True",
            "NewReplicaSetAvailable",
            format!("ReplicaSet \"{new_name}\" has successfully progressed."),
            now,
        );
    } else if progressed || stored.condition("Progressing").is_none() {
        let reason = if stored.condition("Progressing").is_none() {
            "FoundNewReplicaSet"
        } else {
            "ReplicaSetUpdated"
        };
        let message = if reason == "FoundNewReplicaSet" {
            format!("Found new replica set \"{new_name}\"")
        } else {
            format!("ReplicaSet \"{new_name}\" is progressing.")
        };
        set_condition(stored, "Progressing", "True", reason, message, now);
    } else if let Some(progressing) = stored.condition("Progressing") {
        let since = now.since(progressing.last_update_time);
        if progressing.status == "True"
            && progressing.reason != "NewReplicaSetAvailable"
            && since.as_millis() >= deadline * 1000
        {
            set_condition(
                stored,
                "Progressing",
                "False",
                "ProgressDeadlineExceeded",
                format!("ReplicaSet \"{new_name}\" has timed out progressing."),
                now,
            );
            timed_out = true;
        }
    }
    if **stored != before {
        stored.meta.resource_version = resource_version;
    }
    // The controller re-checks an unfinished rollout when its progress deadline would pass:
    // one check per update of the `Progressing` condition, from which the deadline counts.
    let progress_noted = stored
        .condition("Progressing")
        .is_some_and(|condition| condition.last_update_time == now);
    if !complete && !timed_out && progress_noted {
        // Not through `queue_sync`: that would hold back the syncs due before it.
        let deadline_at = SimDuration::from_secs(deadline.max(0) + 1);
        cluster.schedule(
            deadline_at,
            super::Task::DeploymentSync { key: key.clone() },
        );
    }
}

/// `SetDeploymentCondition`: a new status moves `lastTransitionTime`; the same status with a
/// new reason or message only `lastUpdateTime`.
fn set_condition(
    deployment: &mut Deployment,
    condition_type: &'static str,
    status: &'static str,
    reason: &'static str,
    message: String,
    now: SimTime,
) {
    match deployment
        .conditions
        .iter_mut()
        .find(|condition| condition.condition_type == condition_type)
    {
        Some(condition) => {
            if condition.status == status
                && condition.reason == reason
                && condition.message == message
            {
                return;
            }
            if condition.status != status {
                condition.last_transition_time = now;
            }
            condition.status = status;
            condition.reason = reason;
            condition.message = message;
            condition.last_update_time = now;
        }
        None => deployment.conditions.push(DeploymentCondition {
            condition_type,
            status,
            reason,
            message,
            last_update_time: now,
            last_transition_time: now,
        }),
    }
}

fn record_deployment_event(
    cluster: &mut Cluster,
    deployment: &Deployment,
    reason: &str,
    message: String,
) {
    let involved = ObjectReference {
        kind: "Deployment".into(),
        namespace: Some(deployment.namespace().to_string()),
        name: deployment.meta.name.clone(),
        uid: deployment.meta.uid.clone(),
        field_path: None,
        resource_version: deployment.meta.resource_version,
    };
    cluster.record_event(
        involved,
        "Normal",
        reason,
        message,
        "deployment-controller",
        None,
    );
}

/// Deletes a Deployment; the garbage collector deletes its ReplicaSets (and they their pods)
/// unless orphaned. A foreground deletion is carried out as a background one.
pub(super) fn delete_deployment(cluster: &mut Cluster, key: &ObjectKey, propagation: Propagation) {
    if let Some(deployment) = cluster.deployments.remove(key) {
        let uid = deployment.meta.uid;
        super::controllers::collect_dependents(
            cluster,
            Kind::ReplicaSet,
            &key.0,
            &uid,
            propagation,
        );
    }
}

/// Wakes the Deployment controlling a ReplicaSet that changed or went.
pub(super) fn wake_owner(cluster: &mut Cluster, set: &ReplicationController) {
    if let Some(owner) = set.meta.controller().filter(|o| o.kind == "Deployment") {
        let key = (set.namespace().to_string(), owner.name.clone());
        cluster.queue_sync(Kind::Deployment, key, SimDuration::from_millis(3));
    }
}

/// `EqualIgnoreHash`: whether two templates are the same but for `pod-template-hash`.
pub fn same_template_ignoring_hash(a: Option<&Value>, b: Option<&Value>) -> bool {
    a.map(without_hash) == b.map(without_hash)
}
