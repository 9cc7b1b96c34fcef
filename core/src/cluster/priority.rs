//! `scheduling.k8s.io/v1` PriorityClasses: the two system classes the API server's
//! `scheduling/bootstrap-system-priority-classes` hook creates, the storage's refusal to
//! delete them, and the Priority admission plugin (`plugin/pkg/admission/priority`): a new
//! pod's class resolves to its `priority` and `preemptionPolicy` (the global default class
//! when it names none), and at most one class is the global default.

use super::Cluster;
use crate::api::value;
use crate::api::{ApiError, Kind, ObjectMeta, PriorityClass};
use serde_json::Value;

/// `SystemPriorityClasses()`: name, value and description, in the order they are created.
pub(super) const SYSTEM_PRIORITY_CLASSES: [(&str, i64, &str); 2] = [
    (
        "system-node-critical",
        2_000_001_000,
        "Used for system critical pods that must not be moved from their current node.",
    ),
    (
        "system-cluster-critical",
        2_000_000_000,
        "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.",
    ),
];

/// The post-start hook: the system classes, stored at the cluster's creation. They take
/// fixed identifiers and the resource versions just before the first namespace's, so that
/// nothing created after them changes.
pub(super) fn bootstrap(cluster: &mut Cluster) {
    for (index, (name, value, description)) in SYSTEM_PRIORITY_CLASSES.iter().enumerate() {
        let meta = ObjectMeta {
            name: name.to_string(),
            uid: crate::rng::derived_uuid(&["priorityclass", name]),
            resource_version: 998 + index as u64,
            generation: Some(1),
            creation_timestamp: cluster.now(),
            ..ObjectMeta::default()
        };
        let class = PriorityClass {
            meta,
            value: *value,
            global_default: false,
            description: description.to_string(),
            preemption_policy: Some("PreemptLowerPriority".to_string()),
        };
        cluster
            .priority_classes
            .insert(name.to_string(), Box::new(class));
    }
}

/// `REST.Delete`: the system classes stay.
pub(super) fn check_delete(name: &str) -> Result<(), ApiError> {
    if SYSTEM_PRIORITY_CLASSES
        .iter()
        .any(|(system, _, _)| *system == name)
    {
        return Err(forbidden(
            name,
            "this is a system priority class and cannot be deleted",
        ));
    }
    Ok(())
}

fn forbidden(name: &str, reason: &str) -> ApiError {
    ApiError::Forbidden {
        resource: Kind::PriorityClass.plural().to_string(),
        name: name.to_string(),
        reason: reason.to_string(),
    }
}

/// `getDefaultPriorityClass`: the global default class, the lowest valued if several are.
fn default_class(cluster: &Cluster) -> Option<&PriorityClass> {
    cluster
        .priority_classes
        .values()
        .filter(|class| class.global_default)
        .min_by_key(|class| class.value)
        .map(|class| &**class)
}

/// The plugin's validation of a created or updated class: a second global default is
/// refused.
pub(super) fn admit_class(cluster: &Cluster, class: &PriorityClass) -> Result<(), ApiError> {
    match default_class(cluster) {
        Some(default) if class.global_default && default.meta.name != class.meta.name => {
            Err(forbidden(
                &class.meta.name,
                &format!(
                    "PriorityClass {} is already marked as default. Only one default can exist",
                    default.meta.name
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// `admitPod` on create: the pod's class (or the global default, or none: priority 0,
/// `PreemptLowerPriority`) gives its `priorityClassName`, `priority` and
/// `preemptionPolicy`; a pod may give them only as its class has them. Returns the
/// manifest as admitted.
pub(super) fn admit_pod(cluster: &Cluster, manifest: &Value, pod: &str) -> Result<Value, ApiError> {
    let refuse = |reason: String| ApiError::Forbidden {
        resource: "pods".into(),
        name: pod.to_string(),
        reason,
    };
    let named = value::str_at(manifest, &["spec", "priorityClassName"]).unwrap_or("");
    let class = if named.is_empty() {
        default_class(cluster)
    } else {
        Some(
            cluster
                .priority_classes
                .get(named)
                .map(|class| &**class)
                .ok_or_else(|| refuse(format!("no PriorityClass with name {named} was found")))?,
        )
    };
    let (name, priority, policy) = match class {
        Some(class) => (
            class.meta.name.as_str(),
            class.value,
            class.preemption_policy.as_deref(),
        ),
        None => ("", 0, Some("PreemptLowerPriority")),
    };
    if let Some(given) = value::i64_at(manifest, &["spec", "priority"]).filter(|p| *p != priority) {
        return Err(refuse(format!("the integer value of priority ({given}) must not be provided in pod spec; priority admission controller computed {priority} from the given PriorityClass name")));
    }
    let given_policy = value::str_at(manifest, &["spec", "preemptionPolicy"]);
    if let (Some(given), Some(policy)) = (given_policy, policy) {
        if given != policy {
            return Err(refuse(format!("the string value of PreemptionPolicy ({given}) must not be provided in pod spec; priority admission controller computed {policy} from the given PriorityClass name")));
        }
    }
    let mut admitted = manifest.clone();
    if let Some(Value::Object(spec)) = admitted.get_mut("spec") {
        if !name.is_empty() {
            spec.insert("priorityClassName".into(), Value::from(name));
        }
        spec.insert("priority".into(), Value::from(priority));
        if let Some(policy) = policy {
            spec.insert("preemptionPolicy".into(), Value::from(policy));
        }
    }
    Ok(admitted)
}
