//! The `batch/v1` Job: its defaults, the selector the API server generates, validation,
//! and the job controller (`pkg/controller/job`), which runs pods until enough of them have
//! succeeded or too many have failed.
//!
//! A pod that fails is replaced after the controller's back-off (10 s, doubling, at most
//! 6 min); `backoffLimit` failures end the Job with `FailureTarget` and `Failed`
//! (`BackoffLimitExceeded`); `completions` successes end it with `SuccessCriteriaMet` and
//! `Complete` (`CompletionsReached`); a Job still running `activeDeadlineSeconds` after its
//! start time fails the same way with `DeadlineExceeded`. A failing Job deletes its active pods
//! and gets `Failed` only once none of its pods is terminating any more. Indexed
//! completion, pod failure and success policies, suspension and TTLs are stored and not
//! acted on.

use super::controllers::complete_template;
use super::{validate, Cluster, DeleteOptions, ObjectKey, Propagation};
use crate::api::value::{self, s};
use crate::api::{ApiError, DeploymentCondition, Job, Kind, ObjectMeta, ObjectReference};
use crate::clock::SimDuration;
use crate::validation::{FieldError, FieldPath};
use serde_json::{json, Map, Value};

/// The reasons and messages a Job fails with (`BackoffLimitExceeded`, `DeadlineExceeded`).
const FAILURES: [(&str, &str); 2] = [
    (
        "BackoffLimitExceeded",
        "Job has reached the specified backoff limit",
    ),
    (
        "DeadlineExceeded",
        "Job was active longer than specified deadline",
    ),
];

/// The label the API server puts on a Job's pods and in its selector.
const CONTROLLER_UID: &str = "batch.kubernetes.io/controller-uid";
const JOB_NAME: &str = "batch.kubernetes.io/job-name";

/// Builds a stored Job from a manifest: `SetDefaults_Job`, then `ValidateJobSpec` (the
/// selector is generated once the uid is known, by [`generate_selector`]).
pub(super) fn new_job(mut meta: ObjectMeta, manifest: &Value) -> Result<Job, ApiError> {
    let mut spec = match value::at(manifest, &["spec"]) {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    let has_parallelism = spec.get("parallelism").is_some_and(|v| !v.is_null());
    if !has_parallelism && spec.get("completions").is_none_or(Value::is_null) {
        spec.insert("completions".into(), Value::from(1));
    }
    value::insert_default(&mut spec, "parallelism", Value::from(1));
    value::insert_default(&mut spec, "backoffLimit", Value::from(6));
    value::insert_default(&mut spec, "completionMode", s("NonIndexed"));
    value::insert_default(&mut spec, "suspend", Value::Bool(false));
    value::insert_default(&mut spec, "podReplacementPolicy", s("TerminatingOrFailed"));
    let defaulted = json!({"kind": "Job", "spec": Value::Object(spec.clone())});
    let spec_path = FieldPath::new("spec");
    let mut errors = Vec::new();
    for field in [
        "parallelism",
        "completions",
        "activeDeadlineSeconds",
        "backoffLimit",
    ] {
        if let Some(number) = value::i64_at(&defaulted, &["spec", field]).filter(|n| *n < 0) {
            errors.push(FieldError::invalid(
                spec_path.child(field),
                number,
                "must be greater than or equal to 0",
            ));
        }
    }
    validate::job_template_errors(&defaulted, &spec_path, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Invalid {
            kind: Kind::Job,
            name: meta.name.clone(),
            causes: errors.iter().map(ToString::to_string).collect(),
        });
    }
    complete_template(&mut spec);
    meta.generation = Some(1);
    Ok(Job {
        meta,
        spec: Value::Object(spec),
        selector: crate::selector::Selector::everything(),
        active: 0,
        ready: None,
        terminating: None,
        succeeded: 0,
        failed: 0,
        start_time: None,
        completion_time: None,
        conditions: Vec::new(),
    })
}

/// `generateSelector` and the labels that go with it: the Job's uid selects its pods, whose
/// template (and the Job itself) carry it and the Job's name.
pub(super) fn generate_selector(job: &mut Job) {
    let uid = job.meta.uid.clone();
    let name = job.meta.name.clone();
    let generated = [
        (CONTROLLER_UID, uid.clone()),
        (JOB_NAME, name.clone()),
        ("controller-uid", uid.clone()),
        ("job-name", name),
    ];
    let mut labels = value::string_map_at(&job.spec, &["template", "metadata", "labels"]);
    for (key, text) in &generated {
        labels.insert((*key).to_string(), text.clone());
        job.meta.labels.insert((*key).to_string(), text.clone());
    }
    if let Value::Object(spec) = &mut job.spec {
        spec.insert(
            "selector".into(),
            json!({"matchLabels": {CONTROLLER_UID: uid}}),
        );
        if let Some(Value::Object(template)) = spec.get_mut("template") {
            let metadata = template
                .entry("metadata".to_string())
                .or_insert_with(|| json!({}));
            if let Value::Object(metadata) = metadata {
                metadata.insert("labels".into(), value::string_map(&labels));
            }
        }
    }
    let mut selector_labels = std::collections::BTreeMap::new();
    selector_labels.insert(CONTROLLER_UID.to_string(), uid);
    job.selector = crate::selector::Selector::from_set(&selector_labels);
}

/// One pod of the Job, as the controller counts it.
struct JobPod {
    name: String,
    ready: bool,
    terminating: bool,
    succeeded: bool,
    failed: bool,
}

/// Reconciles one Job: counts its pods, ends it on success or on too many failures, and
/// otherwise keeps `parallelism` pods running.
pub(super) fn sync_job(cluster: &mut Cluster, key: &ObjectKey) {
    let Some(job) = cluster.jobs.get(key) else {
        return;
    };
    let job = (**job).clone();
    let finished = job.has_condition("Complete") || job.has_condition("Failed");
    let namespace = key.0.clone();
    let pods: Vec<JobPod> = cluster
        .pods
        .range((namespace.clone(), String::new())..)
        .take_while(|((ns, _), _)| *ns == namespace)
        .map(|(_, pod)| pod)
        .filter(|pod| {
            pod.meta
                .controller()
                .is_some_and(|owner| owner.uid == job.meta.uid)
        })
        .map(|pod| JobPod {
            name: pod.meta.name.clone(),
            ready: pod.status.condition("Ready").is_some_and(|c| c.status),
            terminating: pod.is_terminating() && !pod.status.phase.is_terminal(),
            succeeded: pod.status.phase == crate::api::PodPhase::Succeeded,
            failed: pod.status.phase == crate::api::PodPhase::Failed,
        })
        .collect();
    let now = cluster.now();
    let succeeded = pods.iter().filter(|pod| pod.succeeded).count() as i64;
    let failed = pods.iter().filter(|pod| pod.failed).count() as i64;
    let active: Vec<&JobPod> = pods
        .iter()
        .filter(|pod| !pod.succeeded && !pod.failed && !pod.terminating)
        .collect();
    let number = |field: &str, default: i64| value::i64_at(&job.spec, &[field]).unwrap_or(default);
    let completions = value::i64_at(&job.spec, &["completions"]);
    let parallelism = number("parallelism", 1);
    let backoff_limit = number("backoffLimit", 6);
    let mut conditions: Vec<(&'static str, &'static str, &'static str)> = Vec::new();
    let mut create = 0;
    let mut delete_active = false;
    let mut retry_at = None;
    // `pastActiveDeadline`: the deadline counts from the Job's start time.
    let deadline = value::i64_at(&job.spec, &["activeDeadlineSeconds"]).map(|seconds| {
        job.start_time
            .unwrap_or(now)
            .plus(SimDuration::from_secs(seconds))
    });
    // A Job with `FailureTarget` has failed already: it waits for its pods to terminate.
    let failing = (!finished)
        .then(|| {
            job.conditions.iter().find(|condition| {
                condition.condition_type == "FailureTarget" && condition.status == "True"
            })
        })
        .flatten()
        .and_then(|condition| {
            FAILURES
                .iter()
                .find(|(reason, _)| *reason == condition.reason)
        })
        .copied();
    let failure = if failing.is_some() {
        None
    } else if failed > backoff_limit {
        FAILURES.first().copied()
    } else if deadline.is_some_and(|deadline| now >= deadline) {
        FAILURES.get(1).copied()
    } else {
        None
    };
    if !finished {
        if let Some((reason, message)) = failure.or(failing) {
            // `newFailureCondition`: `FailureTarget` at once; `Failed` (`enactJobFinished`)
            // only once none of the Job's pods is terminating, those it deletes now included.
            if failure.is_some() {
                conditions.push(("FailureTarget", reason, message));
            }
            let terminating = pods.iter().any(|pod| pod.terminating);
            if active.is_empty() && !terminating {
                conditions.push(("Failed", reason, message));
            }
            delete_active = true;
        } else if completions.is_some_and(|wanted| succeeded >= wanted)
            || completions.is_none() && succeeded > 0 && active.is_empty()
        {
            conditions.push((
                "SuccessCriteriaMet",
                "CompletionsReached",
                "Reached expected number of succeeded pods",
            ));
            conditions.push((
                "Complete",
                "CompletionsReached",
                "Reached expected number of succeeded pods",
            ));
            delete_active = true;
        } else {
            let remaining = match completions {
                Some(wanted) => (wanted - succeeded).min(parallelism),
                None if succeeded > 0 => 0,
                None => parallelism,
            };
            let wanted_active = remaining.max(0);
            let missing = wanted_active - active.len() as i64;
            if missing > 0 {
                // The controller's back-off after failed pods: 10 s, doubling, at most 6 min.
                let backoff = if failed == 0 {
                    SimDuration::from_millis(0)
                } else {
                    let seconds = 10i64.saturating_mul(1 << (failed - 1).min(6));
                    SimDuration::from_secs(seconds.min(360))
                };
                let last_failure = if failed > job.failed {
                    now
                } else {
                    cluster
                        .job_failures
                        .iter()
                        .find(|(failed, _)| failed == key)
                        .map_or(now, |(_, at)| *at)
                };
                let since = now.since(last_failure).as_millis();
                if failed == 0 || since >= backoff.as_millis() {
                    create = missing;
                } else {
                    retry_at = Some(SimDuration::from_millis(backoff.as_millis() - since));
                }
            }
        }
    }
    let job_key = key.clone();
    for _ in 0..create {
        let manifest = pod_manifest(&job);
        match cluster.create(&manifest, &namespace) {
            Ok((_, pod_name)) => record(
                cluster,
                &job,
                "Normal",
                "SuccessfulCreate",
                format!("Created pod: {pod_name}"),
            ),
            Err(error) => {
                record(
                    cluster,
                    &job,
                    "Warning",
                    "FailedCreate",
                    format!("Error creating: {error}"),
                );
                break;
            }
        }
    }
    // `deleteActivePods`: `RealPodControl.DeletePod` records each deletion on the Job.
    let mut deleted = 0;
    if delete_active {
        for pod in &active {
            if cluster
                .delete(Kind::Pod, &namespace, &pod.name, DeleteOptions::default())
                .is_ok()
            {
                deleted += 1;
                record(
                    cluster,
                    &job,
                    "Normal",
                    "SuccessfulDelete",
                    format!("Deleted pod: {}", pod.name),
                );
            }
        }
    }
    // A Job with a deadline is synced again when it passes.
    if let Some(deadline) = deadline.filter(|_| !finished && failure.is_none() && failing.is_none())
    {
        retry_at = Some(retry_at.map_or(deadline.since(now), |at: SimDuration| {
            at.min(deadline.since(now))
        }));
    }
    if let Some(after) = retry_at {
        cluster.schedule(
            after,
            super::Task::JobSync {
                key: job_key.clone(),
            },
        );
    }
    let ready = pods
        .iter()
        .filter(|pod| pod.ready && !pod.succeeded && !pod.failed)
        .count() as i64;
    let terminating = pods.iter().filter(|pod| pod.terminating).count() as i64 + deleted;
    let active_count = if delete_active {
        0
    } else {
        active.len() as i64 + create
    };
    let resource_version = cluster.next_resource_version();
    let mut events = Vec::new();
    if let Some(stored) = cluster.jobs.get_mut(&job_key) {
        let before = (**stored).clone();
        stored.start_time.get_or_insert(now);
        stored.active = active_count;
        stored.ready = Some(if delete_active { 0 } else { ready });
        stored.terminating = Some(terminating);
        // A finished or failing Job keeps its counts (its pods' finalizers counted them); when
        // it fails, every pod still running counts as failed.
        if !finished && failing.is_none() {
            stored.succeeded = succeeded;
            stored.failed = failed;
            if failure.is_some() {
                stored.failed += active.len() as i64;
            }
        }
        for (condition_type, reason, message) in &conditions {
            stored.conditions.push(DeploymentCondition {
                condition_type,
                status: "True",
                reason,
                message: message.to_string(),
                last_update_time: now,
                last_transition_time: now,
            });
        }
        if conditions.iter().any(|(kind, _, _)| *kind == "Complete") {
            stored.completion_time = Some(now);
            events.push(("Normal", "Completed", "Job completed".to_string()));
        }
        if let Some((_, reason, message)) = conditions.iter().find(|(kind, _, _)| *kind == "Failed")
        {
            events.push(("Warning", reason, message.to_string()));
        }
        if **stored != before {
            stored.meta.resource_version = resource_version;
        }
    }
    if failed > job.failed {
        // Remembered for the back-off (kept off the served object).
        cluster
            .job_failures
            .retain(|(failed, _)| *failed != job_key);
        cluster.job_failures.push((job_key.clone(), now));
    }
    for (event_type, reason, message) in events {
        record(cluster, &job, event_type, reason, message);
    }
}

/// A pod of the Job's template, owned by it.
fn pod_manifest(job: &Job) -> Value {
    super::controllers::owned_pod_manifest(
        value::at(&job.spec, &["template"]).unwrap_or(&Value::Null),
        Kind::Job,
        &job.meta.name,
        job.namespace(),
        &job.meta.uid,
    )
}

fn record(
    cluster: &mut Cluster,
    job: &Job,
    event_type: &'static str,
    reason: &str,
    message: String,
) {
    let involved = ObjectReference {
        kind: "Job".into(),
        namespace: Some(job.namespace().to_string()),
        name: job.meta.name.clone(),
        uid: job.meta.uid.clone(),
        field_path: None,
        resource_version: job.meta.resource_version,
    };
    cluster.record_event(
        involved,
        event_type,
        reason,
        message,
        "job-controller",
        None,
    );
}

/// Deletes a Job; its pods go too unless orphaned (kubectl deletes Jobs in the background).
pub(super) fn delete_job(cluster: &mut Cluster, key: &ObjectKey, propagation: Propagation) {
    cluster.job_failures.retain(|(failed, _)| failed != key);
    if let Some(job) = cluster.jobs.remove(key) {
        let uid = job.meta.uid;
        super::controllers::collect_dependents(cluster, Kind::Pod, &key.0, &uid, propagation);
    }
}
