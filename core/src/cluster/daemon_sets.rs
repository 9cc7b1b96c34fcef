//! The `apps/v1` DaemonSet: its defaults and validation, and the daemon set controller
//! (`pkg/controller/daemon`), which keeps one pod on every node the template may run on.
//!
//! A node should run the daemon when its labels match the template's node selector and
//! required node affinity and the pod tolerates its `NoSchedule` and `NoExecute` taints,
//! counting the tolerations the controller adds to every daemon pod (so a cordoned node keeps
//! its daemons). Pods are bound through the scheduler, pinned to their node by a required
//! `metadata.name` node affinity term. A new template rolls out one node at a time
//! (`maxUnavailable: 1`) unless the strategy is `OnDelete`.

use super::controllers::complete_template;
use super::{apps, validate, Cluster, DeleteOptions, ObjectKey, Propagation};
use crate::api::value::{self, obj, s};
use crate::api::{ApiError, DaemonSet, Kind, ObjectMeta, ObjectReference, Toleration};
use crate::clock::SimDuration;
use crate::validation::{FieldError, FieldPath};
use serde_json::{json, Map, Value};

/// The label naming the template generation a daemon pod was made from.
const TEMPLATE_GENERATION: &str = "pod-template-generation";
/// The label naming the revision (a hash of the template) a daemon pod was made from.
const REVISION_HASH: &str = "controller-revision-hash";
/// The annotation the API server keeps for old clients.
pub(super) const GENERATION_ANNOTATION: &str = "deprecated.daemonset.template.generation";

/// The tolerations `AddOrUpdateDaemonPodTolerations` gives every daemon pod, in order;
/// `network-unavailable` only to pods on the host network.
const DAEMON_TOLERATIONS: [(&str, &str); 7] = [
    ("node.kubernetes.io/not-ready", "NoExecute"),
    ("node.kubernetes.io/unreachable", "NoExecute"),
    ("node.kubernetes.io/disk-pressure", "NoSchedule"),
    ("node.kubernetes.io/memory-pressure", "NoSchedule"),
    ("node.kubernetes.io/pid-pressure", "NoSchedule"),
    ("node.kubernetes.io/unschedulable", "NoSchedule"),
    ("node.kubernetes.io/network-unavailable", "NoSchedule"),
];

/// Builds a stored DaemonSet from a manifest: `SetDefaults_DaemonSet`, then
/// `ValidateDaemonSetSpec`.
pub(super) fn new_daemon_set(
    mut meta: ObjectMeta,
    manifest: &Value,
) -> Result<DaemonSet, ApiError> {
    let mut spec = match value::at(manifest, &["spec"]) {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    let mut strategy = match spec.get("updateStrategy") {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    value::insert_default(&mut strategy, "type", s("RollingUpdate"));
    if strategy.get("type").and_then(Value::as_str) == Some("RollingUpdate") {
        let mut rolling = match strategy.get("rollingUpdate") {
            Some(Value::Object(map)) => map.clone(),
            _ => Map::new(),
        };
        value::insert_default(&mut rolling, "maxUnavailable", Value::from(1));
        value::insert_default(&mut rolling, "maxSurge", Value::from(0));
        strategy.insert("rollingUpdate".into(), Value::Object(rolling));
    }
    spec.insert("updateStrategy".into(), Value::Object(strategy));
    value::insert_default(&mut spec, "revisionHistoryLimit", Value::from(10));
    let defaulted = json!({"kind": "DaemonSet", "spec": Value::Object(spec.clone())});
    let spec_path = FieldPath::new("spec");
    let mut errors = Vec::new();
    let selector = validate::selector_for_template(
        &defaulted,
        "empty selector is invalid for daemonset",
        &spec_path,
        &mut errors,
    );
    validate::template_errors(&defaulted, &spec_path, &mut errors);
    match value::str_at(&defaulted, &["spec", "updateStrategy", "type"]) {
        Some("RollingUpdate" | "OnDelete") => {}
        other => errors.push(FieldError::not_supported(
            spec_path.child("updateStrategy"),
            other.unwrap_or(""),
            &["OnDelete", "RollingUpdate"],
        )),
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid {
            kind: Kind::DaemonSet,
            name: meta.name.clone(),
            causes: errors.iter().map(ToString::to_string).collect(),
        });
    }
    complete_template(&mut spec);
    meta.generation = Some(1);
    meta.annotations
        .insert(GENERATION_ANNOTATION.into(), "1".into());
    Ok(DaemonSet {
        meta,
        spec: Value::Object(spec),
        selector: selector.unwrap_or_default(),
        current_scheduled: 0,
        desired_scheduled: 0,
        misscheduled: 0,
        ready: 0,
        updated_scheduled: 0,
        available: 0,
        unavailable: 0,
        observed_generation: 0,
        history: Vec::new(),
    })
}

/// `constructHistory`: the current template has a revision, the newest (an older one that
/// matches again takes the next number, and keeps the annotations it was made with: its
/// `kubernetes.io/change-cause` is the one `rollout history` shows). A new revision is a
/// snapshot of the DaemonSet's annotations.
pub(super) fn record_revision(daemon_set: &mut DaemonSet) {
    let template = value::at(&daemon_set.spec, &["template"])
        .cloned()
        .unwrap_or(Value::Null);
    let newest = daemon_set
        .history
        .iter()
        .map(|(revision, _, _)| *revision)
        .max()
        .unwrap_or(0);
    let cause = daemon_set
        .meta
        .annotations
        .get("kubernetes.io/change-cause")
        .cloned()
        .unwrap_or_default();
    match daemon_set
        .history
        .iter_mut()
        .find(|(_, recorded, _)| *recorded == template)
    {
        Some((revision, _, _)) if *revision == newest => {}
        Some((revision, _, _)) => *revision = newest + 1,
        None => daemon_set.history.push((newest + 1, template, cause)),
    }
}

/// The revision hash of a DaemonSet's template (`controller-revision-hash`).
pub(super) fn revision_hash(daemon_set: &DaemonSet) -> String {
    let template = value::at(&daemon_set.spec, &["template"]).unwrap_or(&Value::Null);
    apps::template_hash(template, 0)
}

/// The manifest of the daemon pod for `node` (`NewPod` with the controller's labels,
/// tolerations and node affinity).
pub(super) fn daemon_pod(daemon_set: &DaemonSet, node: &str) -> Value {
    let mut pod = super::controllers::owned_pod_manifest(
        value::at(&daemon_set.spec, &["template"]).unwrap_or(&Value::Null),
        Kind::DaemonSet,
        &daemon_set.meta.name,
        daemon_set.namespace(),
        &daemon_set.meta.uid,
    );
    let generation = daemon_set.meta.generation.unwrap_or(1).to_string();
    let hash = revision_hash(daemon_set);
    if let Value::Object(map) = &mut pod {
        if let Some(Value::Object(metadata)) = map.get_mut("metadata") {
            let mut labels = value::string_map_at(&Value::Object(metadata.clone()), &["labels"]);
            labels.insert(REVISION_HASH.into(), hash);
            labels.insert(TEMPLATE_GENERATION.into(), generation);
            metadata.insert("labels".into(), value::string_map(&labels));
        }
        let spec = map.entry("spec".to_string()).or_insert_with(|| json!({}));
        if let Value::Object(spec) = spec {
            pin_to_node(spec, node);
            let host_network = spec.get("hostNetwork").and_then(Value::as_bool) == Some(true);
            let mut tolerations = match spec.get("tolerations") {
                Some(Value::Array(items)) => items.clone(),
                _ => Vec::new(),
            };
            for (key, effect) in DAEMON_TOLERATIONS {
                if key == "node.kubernetes.io/network-unavailable" && !host_network {
                    continue;
                }
                let present = tolerations.iter().any(|t| {
                    value::str_at(t, &["key"]) == Some(key)
                        && value::str_at(t, &["effect"]) == Some(effect)
                });
                if !present {
                    tolerations.push(obj([
                        ("effect", s(effect)),
                        ("key", s(key)),
                        ("operator", s("Exists")),
                    ]));
                }
            }
            spec.insert("tolerations".into(), Value::Array(tolerations));
        }
    }
    pod
}

/// `ReplaceDaemonSetPodNodeNameNodeAffinity`: every required term matches this node's name.
fn pin_to_node(spec: &mut Map<String, Value>, node: &str) {
    let field = json!([{"key": "metadata.name", "operator": "In", "values": [node]}]);
    let affinity = spec
        .entry("affinity".to_string())
        .or_insert_with(|| json!({}));
    let Value::Object(affinity) = affinity else {
        return;
    };
    let node_affinity = affinity
        .entry("nodeAffinity".to_string())
        .or_insert_with(|| json!({}));
    let Value::Object(node_affinity) = node_affinity else {
        return;
    };
    let required = node_affinity
        .entry("requiredDuringSchedulingIgnoredDuringExecution".to_string())
        .or_insert_with(|| json!({"nodeSelectorTerms": []}));
    let Value::Object(required) = required else {
        return;
    };
    let mut terms = match required.get("nodeSelectorTerms") {
        Some(Value::Array(terms)) if !terms.is_empty() => terms.clone(),
        _ => vec![json!({})],
    };
    for term in terms.iter_mut() {
        if let Value::Object(term) = term {
            term.insert("matchFields".into(), field.clone());
        }
    }
    required.insert("nodeSelectorTerms".into(), Value::Array(terms));
}

/// `NodeShouldRunDaemonPod`: the node's labels suit the template and the daemon pod tolerates
/// its `NoSchedule` and `NoExecute` taints.
fn should_run(cluster: &Cluster, pod_template: &Value, node_name: &str) -> bool {
    let Some(node) = cluster.nodes.get(node_name) else {
        return false;
    };
    let spec = value::at(pod_template, &["spec"]).unwrap_or(&Value::Null);
    let labels = &node.meta.labels;
    let selector = value::string_map_at(spec, &["nodeSelector"]);
    if !selector
        .iter()
        .all(|(key, wanted)| labels.get(key) == Some(wanted))
    {
        return false;
    }
    let mut unpinned = spec.clone();
    if let Some(Value::Object(affinity)) = unpinned.get_mut("affinity") {
        if let Some(Value::Object(node_affinity)) = affinity.get_mut("nodeAffinity") {
            if let Some(Value::Object(required)) =
                node_affinity.get_mut("requiredDuringSchedulingIgnoredDuringExecution")
            {
                if let Some(Value::Array(terms)) = required.get_mut("nodeSelectorTerms") {
                    for term in terms.iter_mut() {
                        if let Value::Object(term) = term {
                            term.remove("matchFields");
                        }
                    }
                }
            }
        }
    }
    if !validate::required_node_affinity_matches(&unpinned, labels, node_name) {
        return false;
    }
    let tolerations: Vec<Toleration> = value::array_at(spec, &["tolerations"])
        .iter()
        .map(Toleration::from_value)
        .collect();
    node.taints.iter().all(|taint| {
        !matches!(taint.effect.as_str(), "NoSchedule" | "NoExecute")
            || tolerations
                .iter()
                .any(|t| t.tolerates(&taint.key, &taint.value, &taint.effect))
    })
}

/// The node a daemon pod is for: where it runs, or the node its affinity pins it to.
fn pod_node(pod: &crate::api::Pod) -> Option<String> {
    if let Some(node) = &pod.node_name {
        return Some(node.clone());
    }
    let terms = value::array_at(
        &pod.spec,
        &[
            "affinity",
            "nodeAffinity",
            "requiredDuringSchedulingIgnoredDuringExecution",
            "nodeSelectorTerms",
        ],
    );
    terms.iter().find_map(|term| {
        value::array_at(term, &["matchFields"])
            .iter()
            .find(|field| value::str_at(field, &["key"]) == Some("metadata.name"))
            .and_then(|field| value::array_at(field, &["values"]).first())
            .and_then(Value::as_str)
            .map(str::to_string)
    })
}

/// One daemon pod, as the controller reads it.
struct DaemonPod {
    name: String,
    node: String,
    ready: bool,
    /// Ready for longer than `minReadySeconds` (`IsPodAvailable`).
    available: bool,
    failed: bool,
    terminating: bool,
    current: bool,
}

/// Reconciles one DaemonSet: a pod on every node that should run one, none elsewhere, the
/// rolling update, and the status.
pub(super) fn sync_daemon_set(cluster: &mut Cluster, key: &ObjectKey) {
    let Some(daemon_set) = cluster.daemon_sets.get(key) else {
        return;
    };
    let daemon_set = (**daemon_set).clone();
    let namespace = key.0.clone();
    let uid = daemon_set.meta.uid.clone();
    let hash = revision_hash(&daemon_set);
    let generation = daemon_set.meta.generation.unwrap_or(1).to_string();
    let template = value::at(&daemon_set.spec, &["template"])
        .cloned()
        .unwrap_or(Value::Null);
    let min_ready = value::i64_at(&daemon_set.spec, &["minReadySeconds"]).unwrap_or(0);
    let now = cluster.now();
    // Adopt orphans the selector matches; gather the owned pods.
    let owner = crate::api::OwnerReference {
        api_version: "apps/v1".into(),
        kind: "DaemonSet".into(),
        name: daemon_set.meta.name.clone(),
        uid: uid.clone(),
        controller: true,
        block_owner_deletion: true,
    };
    let mut pods = Vec::new();
    for (_, pod) in cluster
        .pods
        .range_mut((namespace.clone(), String::new())..)
        .take_while(|((ns, _), _)| *ns == namespace)
    {
        let owned = pod.meta.controller().is_some_and(|o| o.uid == uid);
        if !owned {
            if pod.meta.controller().is_some()
                || pod.is_terminating()
                || !daemon_set.selector.matches(&pod.meta.labels)
            {
                continue;
            }
            pod.meta.owner_references.push(owner.clone());
        }
        let Some(node) = pod_node(pod) else {
            continue;
        };
        let ready_since = pod
            .status
            .condition("Ready")
            .filter(|c| c.status)
            .map(|c| c.last_transition_time);
        pods.push(DaemonPod {
            name: pod.meta.name.clone(),
            node,
            ready: ready_since.is_some(),
            available: ready_since.is_some_and(|since| {
                min_ready == 0 || since.plus(SimDuration::from_secs(min_ready)) < now
            }),
            failed: pod.status.phase == crate::api::PodPhase::Failed,
            terminating: pod.is_terminating(),
            current: pod.meta.labels.get(REVISION_HASH) == Some(&hash)
                || pod.meta.labels.get(TEMPLATE_GENERATION) == Some(&generation)
                    && !pod.meta.labels.contains_key(REVISION_HASH),
        });
    }
    let node_names: Vec<String> = cluster.nodes.keys().cloned().collect();
    let mut desired = 0;
    let mut current_scheduled = 0;
    let mut misscheduled = 0;
    let mut ready = 0;
    let mut available = 0;
    let mut updated = 0;
    let mut to_create = Vec::new();
    let mut to_delete = Vec::new();
    let mut outdated = Vec::new();
    for node in &node_names {
        let runs = should_run(cluster, &template, node);
        let on_node: Vec<&DaemonPod> = pods.iter().filter(|pod| &pod.node == node).collect();
        let live: Vec<&&DaemonPod> = on_node.iter().filter(|pod| !pod.terminating).collect();
        if runs {
            desired += 1;
            for pod in live.iter().filter(|pod| pod.failed) {
                to_delete.push(pod.name.clone());
            }
            let healthy: Vec<&&&DaemonPod> = live.iter().filter(|pod| !pod.failed).collect();
            match healthy.first() {
                None if on_node.iter().all(|pod| !pod.terminating) => to_create.push(node.clone()),
                None => {}
                Some(first) => {
                    current_scheduled += 1;
                    ready += i64::from(first.ready);
                    available += i64::from(first.available);
                    if first.current {
                        updated += 1;
                    } else {
                        outdated.push((first.name.clone(), first.available));
                    }
                    for extra in healthy.iter().skip(1) {
                        to_delete.push(extra.name.clone());
                    }
                }
            }
        } else if !live.is_empty() {
            misscheduled += 1;
            to_delete.extend(live.iter().map(|pod| pod.name.clone()));
        }
    }
    // The rolling update: unavailable outdated pods go first, then available ones while no
    // more than `maxUnavailable` daemons are down.
    if value::str_at(&daemon_set.spec, &["updateStrategy", "type"]) == Some("RollingUpdate") {
        let max_unavailable = match value::at(
            &daemon_set.spec,
            &["updateStrategy", "rollingUpdate", "maxUnavailable"],
        ) {
            Some(Value::String(text)) => {
                let percent: i64 = text.trim_end_matches('%').parse().unwrap_or(0);
                percent.saturating_mul(desired).saturating_add(99) / 100
            }
            Some(other) => other.as_i64().unwrap_or(1),
            None => 1,
        }
        .max(1);
        let mut unavailable = desired - available;
        crate::sort::sort_by(&mut outdated, |a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        for (name, is_available) in outdated {
            if !is_available {
                to_delete.push(name);
            } else if unavailable < max_unavailable {
                unavailable += 1;
                to_delete.push(name);
            }
        }
    }
    for node in to_create {
        let manifest = daemon_pod(&daemon_set, &node);
        match cluster.create(&manifest, &namespace) {
            Ok((_, pod_name)) => record(
                cluster,
                &daemon_set,
                "Normal",
                "SuccessfulCreate",
                format!("Created pod: {pod_name}"),
            ),
            Err(error) => record(
                cluster,
                &daemon_set,
                "Warning",
                "FailedCreate",
                format!("Error creating: {error}"),
            ),
        }
    }
    for name in to_delete {
        if cluster
            .delete(Kind::Pod, &namespace, &name, DeleteOptions::default())
            .is_ok()
        {
            record(
                cluster,
                &daemon_set,
                "Normal",
                "SuccessfulDelete",
                format!("Deleted pod: {name}"),
            );
        }
    }
    let resource_version = cluster.next_resource_version();
    if let Some(stored) = cluster.daemon_sets.get_mut(key) {
        let before = (**stored).clone();
        stored.desired_scheduled = desired;
        stored.current_scheduled = current_scheduled;
        stored.misscheduled = misscheduled;
        stored.ready = ready;
        stored.available = available;
        stored.unavailable = (desired - available).max(0);
        stored.updated_scheduled = updated;
        stored.observed_generation = stored.meta.generation.unwrap_or(1);
        if **stored != before {
            stored.meta.resource_version = resource_version;
        }
    }
    // Ready daemons not yet available become so `minReadySeconds` later: look again then.
    if min_ready > 0 && ready != available {
        cluster.schedule(
            SimDuration::from_secs(min_ready),
            super::Task::DaemonSetSync { key: key.clone() },
        );
    }
}

fn record(
    cluster: &mut Cluster,
    daemon_set: &DaemonSet,
    event_type: &'static str,
    reason: &str,
    message: String,
) {
    let involved = ObjectReference {
        kind: "DaemonSet".into(),
        namespace: Some(daemon_set.namespace().to_string()),
        name: daemon_set.meta.name.clone(),
        uid: daemon_set.meta.uid.clone(),
        field_path: None,
        resource_version: daemon_set.meta.resource_version,
    };
    cluster.record_event(
        involved,
        event_type,
        reason,
        message,
        "daemonset-controller",
        None,
    );
}

/// Wakes every DaemonSet (a node came, went or changed).
pub(super) fn wake_all(cluster: &mut Cluster) {
    let keys: Vec<ObjectKey> = cluster.daemon_sets.keys().cloned().collect();
    for key in keys {
        cluster.queue_sync(Kind::DaemonSet, key, SimDuration::from_millis(20));
    }
}

/// Deletes a DaemonSet; the garbage collector deletes its pods unless orphaned (a
/// foreground deletion is carried out as a background one).
pub(super) fn delete_daemon_set(cluster: &mut Cluster, key: &ObjectKey, propagation: Propagation) {
    if let Some(daemon_set) = cluster.daemon_sets.remove(key) {
        let uid = daemon_set.meta.uid;
        super::controllers::collect_dependents(cluster, Kind::Pod, &key.0, &uid, propagation);
    }
}
