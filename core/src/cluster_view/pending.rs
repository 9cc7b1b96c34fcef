//! "Why is this pod Pending?": the scheduler's filters run for the pod on every node
//! (`scheduler::explain`), each failure put in plain words with the numbers behind it, next to
//! the `FailedScheduling` message the scheduler really wrote.

use super::selection::{node_selector_checks, LabelCheck};
use super::{format_bytes, format_cpu};
use crate::cluster::scheduler::{self, FilterFailure, NodeUsage};
use crate::cluster::Cluster;
use std::collections::BTreeMap;

/// The control plane's taint: ordinary pods stay off that node.
const CONTROL_PLANE_TAINT: &str = "node-role.kubernetes.io/control-plane";
/// The taint a node that is not ready gets.
const NOT_READY_TAINT: &str = "node.kubernetes.io/not-ready";

/// What one node says about a pod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeReason {
    pub node: String,
    /// The first filter that rejected the pod (`None`: the node would take it).
    pub failure: Option<FilterFailure>,
    /// The reason in plain words, with numbers.
    pub plain: String,
    /// The pod's nodeSelector, label by label, on this node (empty without a nodeSelector).
    pub node_selector: Vec<LabelCheck>,
}

/// Why a pod has no node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingExplanation {
    pub namespace: String,
    pub name: String,
    /// The scheduler's `FailedScheduling` message (`None` before its first attempt).
    pub message: Option<String>,
    /// One entry per node, by node name.
    pub nodes: Vec<NodeReason>,
    /// One sentence for all nodes.
    pub summary: String,
    /// What the learner could do about it, when there is an obvious fix.
    pub hint: Option<String>,
}

/// Explains why the pod `namespace/name` has no node (`None` if there is no such pod or it has
/// a node).
pub fn explain_pending(
    cluster: &Cluster,
    namespace: &str,
    name: &str,
) -> Option<PendingExplanation> {
    let pod = cluster.pod(namespace, name)?;
    if pod.node_name.is_some() {
        return None;
    }
    let usages = scheduler::node_usages(cluster);
    let (cpu, memory, extended) = scheduler::pod_requests(pod);
    let nodes: Vec<NodeReason> = scheduler::explain(cluster, pod)
        .into_iter()
        .map(|(node_name, result)| {
            let labels = cluster
                .nodes()
                .find(|node| node.name() == node_name)
                .map(|node| node.meta.labels.clone())
                .unwrap_or_default();
            let checks = node_selector_checks(&pod.node_selector.to_map(), &labels);
            let failure = result.err();
            let plain = match &failure {
                None => "fits: the scheduler can place the pod here".to_string(),
                Some(failure) => plain_failure(
                    cluster,
                    &node_name,
                    failure,
                    &checks,
                    usages.get(&node_name),
                    (cpu, memory, &extended),
                ),
            };
            NodeReason {
                node: node_name,
                failure,
                plain,
                node_selector: checks,
            }
        })
        .collect();
    let message = pod
        .status
        .condition("PodScheduled")
        .filter(|condition| !condition.status)
        .and_then(|condition| condition.message.clone());
    let (summary, hint) = summarize(
        pod.name(),
        &pod.node_selector.to_map(),
        &nodes,
        message.is_some(),
    );
    Some(PendingExplanation {
        namespace: namespace.to_string(),
        name: name.to_string(),
        message,
        nodes,
        summary,
        hint,
    })
}

fn plain_failure(
    cluster: &Cluster,
    node_name: &str,
    failure: &FilterFailure,
    checks: &[LabelCheck],
    usage: Option<&NodeUsage>,
    (cpu, memory, extended): (i64, i64, &BTreeMap<String, i64>),
) -> String {
    match failure {
        FilterFailure::Unschedulable => {
            "it is cordoned (marked unschedulable): no new pods may start there".to_string()
        }
        FilterFailure::UntoleratedTaint { key, .. } if key == NOT_READY_TAINT => {
            "the node is not ready".to_string()
        }
        FilterFailure::UntoleratedTaint { key, value } => {
            let effect = cluster
                .nodes()
                .find(|node| node.name() == node_name)
                .and_then(|node| node.taints.iter().find(|taint| taint.key == *key))
                .map(|taint| taint.effect.clone())
                .unwrap_or_else(|| "NoSchedule".to_string());
            let taint = if value.is_empty() {
                format!("{key}:{effect}")
            } else {
                format!("{key}={value}:{effect}")
            };
            if key == CONTROL_PLANE_TAINT {
                format!("it is the control-plane node: its taint {taint} keeps ordinary pods away, and the pod has no toleration for it")
            } else {
                format!("it has the taint {taint}, and the pod has no toleration for it")
            }
        }
        FilterFailure::NodeAffinity => {
            let failed: Vec<String> = checks
                .iter()
                .filter(|check| !check.ok)
                .map(|check| match &check.actual {
                    None => format!(
                        "it has no label {} (the pod's nodeSelector wants {}={})",
                        check.key, check.key, check.wanted
                    ),
                    Some(actual) => format!(
                        "its label {} is \"{actual}\" (the pod's nodeSelector wants {}={})",
                        check.key, check.key, check.wanted
                    ),
                })
                .collect();
            if failed.is_empty() {
                "its labels don't match the pod's required node affinity".to_string()
            } else {
                failed.join("; ")
            }
        }
        FilterFailure::TooManyPods => {
            let max = cluster
                .nodes()
                .find(|node| node.name() == node_name)
                .and_then(|node| node.allocatable("pods"))
                .unwrap_or("its")
                .to_string();
            format!("it is full: it already runs its maximum of {max} pods")
        }
        FilterFailure::Insufficient(resource) => {
            let (wanted, free, total) = match (resource.as_str(), usage) {
                ("cpu", Some(usage)) => (
                    format_cpu(cpu),
                    format_cpu(usage.cpu_milli_free.max(0)),
                    format_cpu(usage.cpu_milli_allocatable),
                ),
                ("memory", Some(usage)) => (
                    format_bytes(memory),
                    format_bytes(usage.memory_free.max(0)),
                    format_bytes(usage.memory_allocatable),
                ),
                (other, Some(usage)) => {
                    let free = usage.extended_free.get(other).copied().unwrap_or(0);
                    let total = cluster
                        .nodes()
                        .find(|node| node.name() == node_name)
                        .and_then(|node| node.allocatable(other))
                        .and_then(|text| crate::quantity::Quantity::parse(text).ok())
                        .map(|quantity| quantity.value())
                        .unwrap_or(0);
                    if total == 0 {
                        return format!(
                            "it has no {other} at all, and the pod requests {}",
                            extended.get(other).copied().unwrap_or(0)
                        );
                    }
                    (
                        extended.get(other).copied().unwrap_or(0).to_string(),
                        free.max(0).to_string(),
                        total.to_string(),
                    )
                }
                (other, None) => return format!("not enough {other}"),
            };
            format!("not enough {resource}: the pod requests {wanted}, the node has {free} free (of {total})")
        }
    }
}

/// One sentence for all nodes, and a hint.
fn summarize(
    pod_name: &str,
    node_selector: &BTreeMap<String, String>,
    nodes: &[NodeReason],
    tried: bool,
) -> (String, Option<String>) {
    if nodes.is_empty() {
        return (
            "There are no nodes at all, so no pod can be scheduled.".to_string(),
            None,
        );
    }
    let fitting: Vec<&str> = nodes
        .iter()
        .filter(|reason| reason.failure.is_none())
        .map(|reason| reason.node.as_str())
        .collect();
    if !fitting.is_empty() {
        let sentence = if tried {
            format!(
                "{} can take {pod_name} now; the scheduler will place it on its next try.",
                fitting.join(", ")
            )
        } else {
            format!(
                "The scheduler has not tried yet; {} can take {pod_name}.",
                fitting.join(", ")
            )
        };
        return (sentence, None);
    }
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for reason in nodes {
        let category = match &reason.failure {
            Some(FilterFailure::NodeAffinity) if !node_selector.is_empty() => "selector",
            Some(FilterFailure::NodeAffinity) => "affinity",
            Some(FilterFailure::UntoleratedTaint { key, .. }) if key == CONTROL_PLANE_TAINT => {
                "control-plane"
            }
            Some(FilterFailure::UntoleratedTaint { key, .. }) if key == NOT_READY_TAINT => {
                "not-ready"
            }
            Some(FilterFailure::UntoleratedTaint { .. }) => "taint",
            Some(FilterFailure::Unschedulable) => "cordoned",
            Some(FilterFailure::Insufficient(_)) => "resources",
            Some(FilterFailure::TooManyPods) => "full",
            None => continue,
        };
        *counts.entry(category).or_insert(0) += 1;
    }
    let wanted: Vec<String> = node_selector
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    let wanted = wanted.join(", ");
    let mut parts = Vec::new();
    for (category, count) in &counts {
        let one = *count == 1;
        let pick =
            |singular: &'static str, plural: &'static str| if one { singular } else { plural };
        let subject = format!("{count} {}", pick("node", "nodes"));
        let part = match *category {
            "selector" => format!(
                "{subject} {} the labels its nodeSelector asks for ({wanted})",
                pick("lacks", "lack")
            ),
            "affinity" => format!(
                "{subject} {} match its node affinity",
                pick("doesn't", "don't")
            ),
            "control-plane" => format!(
                "{subject} {} the control plane, kept for system pods",
                pick("is", "are")
            ),
            "not-ready" => format!("{subject} {} not ready", pick("is", "are")),
            "taint" => format!(
                "{subject} {} a taint it does not tolerate",
                pick("has", "have")
            ),
            "cordoned" => format!("{subject} {} cordoned", pick("is", "are")),
            "resources" => format!(
                "{subject} {} have enough free resources for it",
                pick("doesn't", "don't")
            ),
            _ => format!(
                "{subject} already {} as many pods as {} may",
                pick("runs", "run"),
                pick("it", "they")
            ),
        };
        parts.push(part);
    }
    let summary = format!("No node can run {pod_name}: {}.", parts.join("; "));
    let hint = if counts.contains_key("selector") {
        Some(format!(
            "Label a node so it matches (kubectl label node <node> {}), or create the pod without that nodeSelector.",
            node_selector
                .iter()
                .map(|(key, value)| format!("{key}={value}"))
                .collect::<Vec<_>>()
                .join(" ")
        ))
    } else if counts.contains_key("cordoned") {
        Some("Uncordon a node (kubectl uncordon <node>).".to_string())
    } else if counts.contains_key("resources") {
        Some("Ask for less (resources.requests), or free room by deleting pods.".to_string())
    } else {
        None
    };
    (summary, hint)
}
