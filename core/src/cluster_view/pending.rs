//! "Why is this pod Pending?": the scheduler's filters run for the pod on every node
//! (`scheduler::explain`), each failure put in plain words with the numbers behind it, next to
//! the `FailedScheduling` message the scheduler really wrote. The plain words come in English
//! and Japanese (the scheduler's own message stays as the API server has it).

use super::selection::{node_selector_checks, LabelCheck};
use super::{format_bytes, format_cpu};
use crate::cluster::scheduler::{self, FilterFailure, NodeUsage};
use crate::cluster::Cluster;
use crate::tutorial::Text;
use std::collections::BTreeMap;

/// A text in both languages.
fn both(en: String, ja: String) -> Text {
    Text { ja, en }
}

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
    pub plain: Text,
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
    pub summary: Text,
    /// What the learner could do about it, when there is an obvious fix.
    pub hint: Option<Text>,
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
                None => both(
                    "fits: the scheduler can place the pod here".to_string(),
                    "入ります: スケジューラーはここに Pod を置けます".to_string(),
                ),
                Some(failure) => plain_failure(
                    cluster,
                    &node_name,
                    failure,
                    &checks,
                    usages.get(&node_name).map(|usage| &**usage),
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
    (cpu, memory, extended): (i64, i64, &scheduler::Amounts),
) -> Text {
    match failure {
        FilterFailure::MissingClaim(message) => both(
            format!("a volume needs a PersistentVolumeClaim this playground cannot provide ({message})"),
            format!("ボリュームが PersistentVolumeClaim を必要としていますが、このプレイグラウンドでは用意できません ({message})"),
        ),
        FilterFailure::Unschedulable => both(
            "it is cordoned (marked unschedulable): no new pods may start there".to_string(),
            "cordon されています (unschedulable): 新しい Pod はここで起動できません".to_string(),
        ),
        FilterFailure::UntoleratedTaint { key, .. } if key == NOT_READY_TAINT => both(
            "the node is not ready".to_string(),
            "ノードが Ready ではありません".to_string(),
        ),
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
                both(
                    format!("it is the control-plane node: its taint {taint} keeps ordinary pods away, and the pod has no toleration for it"),
                    format!("コントロールプレーンのノードです: taint {taint} が普通の Pod を遠ざけ、この Pod にはそれを許す toleration がありません"),
                )
            } else {
                both(
                    format!("it has the taint {taint}, and the pod has no toleration for it"),
                    format!(
                        "taint {taint} があり、この Pod にはそれを許す toleration がありません"
                    ),
                )
            }
        }
        FilterFailure::NodeAffinity => {
            let failed: Vec<Text> = checks
                .iter()
                .filter(|check| !check.ok)
                .map(|check| {
                    let (key, wanted) = (&check.key, &check.wanted);
                    match &check.actual {
                        None => both(
                            format!("it has no label {key} (the pod's nodeSelector wants {key}={wanted})"),
                            format!("ラベル {key} がありません (Pod の nodeSelector は {key}={wanted} を求めています)"),
                        ),
                        Some(actual) => both(
                            format!("its label {key} is \"{actual}\" (the pod's nodeSelector wants {key}={wanted})"),
                            format!("ラベル {key} の値が \"{actual}\" です (Pod の nodeSelector は {key}={wanted} を求めています)"),
                        ),
                    }
                })
                .collect();
            if failed.is_empty() {
                both(
                    "its labels don't match the pod's required node affinity".to_string(),
                    "ラベルが Pod の必須の node affinity に合いません".to_string(),
                )
            } else {
                both(
                    failed
                        .iter()
                        .map(|text| text.en.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                    failed
                        .iter()
                        .map(|text| text.ja.as_str())
                        .collect::<Vec<_>>()
                        .join("、"),
                )
            }
        }
        FilterFailure::TooManyPods => {
            let max = cluster
                .nodes()
                .find(|node| node.name() == node_name)
                .and_then(|node| node.allocatable("pods"))
                .unwrap_or("its")
                .to_string();
            both(
                format!("it is full: it already runs its maximum of {max} pods"),
                format!("満杯です: 上限の {max} 個の Pod がすでに動いています"),
            )
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
                    let free = usage.extended_free.get(other).unwrap_or(0);
                    let total = cluster
                        .nodes()
                        .find(|node| node.name() == node_name)
                        .and_then(|node| node.allocatable(other))
                        .and_then(|text| crate::quantity::Quantity::parse(text).ok())
                        .map(|quantity| quantity.value())
                        .unwrap_or(0);
                    if total == 0 {
                        let wanted = extended.get(other).unwrap_or(0);
                        return both(
                            format!("it has no {other} at all, and the pod requests {wanted}"),
                            format!(
                                "{other} がまったくありません (Pod は {wanted} を要求しています)"
                            ),
                        );
                    }
                    (
                        extended.get(other).unwrap_or(0).to_string(),
                        free.max(0).to_string(),
                        total.to_string(),
                    )
                }
                (other, None) => {
                    return both(
                        format!("not enough {other}"),
                        format!("{other} が足りません"),
                    )
                }
            };
            both(
                format!("not enough {resource}: the pod requests {wanted}, the node has {free} free (of {total})"),
                format!("{resource} が足りません: Pod の要求は {wanted}、ノードの空きは {free} (全体 {total})"),
            )
        }
    }
}

/// One sentence for all nodes, and a hint.
fn summarize(
    pod_name: &str,
    node_selector: &BTreeMap<String, String>,
    nodes: &[NodeReason],
    tried: bool,
) -> (Text, Option<Text>) {
    if nodes.is_empty() {
        return (
            both(
                "There are no nodes at all, so no pod can be scheduled.".to_string(),
                "ノードが 1 台もないので、どの Pod もスケジュールできません。".to_string(),
            ),
            None,
        );
    }
    let fitting: Vec<&str> = nodes
        .iter()
        .filter(|reason| reason.failure.is_none())
        .map(|reason| reason.node.as_str())
        .collect();
    if !fitting.is_empty() {
        let fitting = fitting.join(", ");
        let sentence = if tried {
            both(
                format!("{fitting} can take {pod_name} now; the scheduler will place it on its next try."),
                format!("{fitting} は今なら {pod_name} を受け入れられます。スケジューラーが次の試行で配置します。"),
            )
        } else {
            both(
                format!("The scheduler has not tried yet; {fitting} can take {pod_name}."),
                format!("スケジューラーはまだ試していません。{fitting} が {pod_name} を受け入れられます。"),
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
            Some(FilterFailure::MissingClaim(_)) => "claim",
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
    let mut parts_ja = Vec::new();
    for (category, count) in &counts {
        let one = *count == 1;
        let pick =
            |singular: &'static str, plural: &'static str| if one { singular } else { plural };
        let subject = format!("{count} {}", pick("node", "nodes"));
        let (part, part_ja) = match *category {
            "selector" => (
                format!(
                    "{subject} {} the labels its nodeSelector asks for ({wanted})",
                    pick("lacks", "lack")
                ),
                format!("{count} 台は nodeSelector が求めるラベル ({wanted}) がありません"),
            ),
            "affinity" => (
                format!(
                    "{subject} {} match its node affinity",
                    pick("doesn't", "don't")
                ),
                format!("{count} 台は node affinity に合いません"),
            ),
            "control-plane" => (
                format!(
                    "{subject} {} the control plane, kept for system pods",
                    pick("is", "are")
                ),
                format!("{count} 台はシステム用の Pod のためのコントロールプレーンです"),
            ),
            "not-ready" => (
                format!("{subject} {} not ready", pick("is", "are")),
                format!("{count} 台は Ready ではありません"),
            ),
            "taint" => (
                format!(
                    "{subject} {} a taint it does not tolerate",
                    pick("has", "have")
                ),
                format!("{count} 台には Pod が許容しない taint があります"),
            ),
            "cordoned" => (
                format!("{subject} {} cordoned", pick("is", "are")),
                format!("{count} 台は cordon されています"),
            ),
            "claim" => (
                format!(
                    "its volumes need a PersistentVolumeClaim, and there is none ({subject} rejected before any check)"
                ),
                format!("ボリュームが PersistentVolumeClaim を必要としていますが、ありません ({count} 台すべてで、ノードの確認より前に拒否されます)"),
            ),
            "resources" => (
                format!(
                    "{subject} {} have enough free resources for it",
                    pick("doesn't", "don't")
                ),
                format!("{count} 台は空きリソースが足りません"),
            ),
            _ => (
                format!(
                    "{subject} already {} as many pods as {} may",
                    pick("runs", "run"),
                    pick("it", "they")
                ),
                format!("{count} 台はすでに上限いっぱいの Pod を動かしています"),
            ),
        };
        parts.push(part);
        parts_ja.push(part_ja);
    }
    let summary = both(
        format!("No node can run {pod_name}: {}.", parts.join("; ")),
        format!(
            "{pod_name} を動かせるノードはありません: {}。",
            parts_ja.join("、")
        ),
    );
    let labels = node_selector
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join(" ");
    let hint = if counts.contains_key("claim") {
        Some(both(
            "This playground has no PersistentVolumeClaims: use an emptyDir or hostPath volume instead.".to_string(),
            "このプレイグラウンドには PersistentVolumeClaim がありません: 代わりに emptyDir か hostPath のボリュームを使ってください。".to_string(),
        ))
    } else if counts.contains_key("selector") {
        Some(both(
            format!("Label a node so it matches (kubectl label node <node> {labels}), or create the pod without that nodeSelector."),
            format!("合うようにノードにラベルを付けるか (kubectl label node <node> {labels})、その nodeSelector なしで Pod を作ってください。"),
        ))
    } else if counts.contains_key("cordoned") {
        Some(both(
            "Uncordon a node (kubectl uncordon <node>).".to_string(),
            "ノードを uncordon してください (kubectl uncordon <node>)。".to_string(),
        ))
    } else if counts.contains_key("resources") {
        Some(both(
            "Ask for less (resources.requests), or free room by deleting pods.".to_string(),
            "要求 (resources.requests) を減らすか、Pod を消して空きを作ってください。".to_string(),
        ))
    } else {
        None
    };
    (summary, hint)
}
