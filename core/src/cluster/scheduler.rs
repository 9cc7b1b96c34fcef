//! The default scheduler: filter nodes, score the feasible ones, bind, or explain why not.
//!
//! Filters run in kube-scheduler's plugin order and a node fails at the first filter that
//! rejects it (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit), so the
//! `FailedScheduling` message counts one reason per node, formatted like `FitError.Error()`.
//! Before them the volume plugins' PreFilter rejects a pod whose volumes name a
//! PersistentVolumeClaim (the playground serves none, so every claim is missing) for all nodes
//! at once.
//! Scoring prefers the least-allocated node (with the scheduler's non-zero request defaults
//! for best-effort pods) and breaks ties with the seeded generator. `explain` gives the
//! per-node reasons for the cluster picture and tutorials.

use super::{kubelet, Cluster, ObjectKey, Task};
use crate::api::{Node, ObjectReference, Pod};
use crate::clock::SimDuration;
use crate::sort::CollectSorted;
use std::collections::BTreeMap;

/// Why a node cannot take a pod.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum FilterFailure {
    Unschedulable,
    UntoleratedTaint {
        key: String,
        value: String,
    },
    NodeAffinity,
    Insufficient(String),
    TooManyPods,
    /// A PreFilter rejection for every node: a claim the pod's volumes need does not exist
    /// (the message `VolumeRestrictions` or `VolumeBinding` gives).
    MissingClaim(String),
}

impl FilterFailure {
    /// The reason as the scheduler words it in `FailedScheduling`.
    pub fn reason(&self) -> String {
        match self {
            FilterFailure::Unschedulable => "node(s) were unschedulable".to_string(),
            FilterFailure::UntoleratedTaint { .. } => {
                "node(s) had untolerated taint(s)".to_string()
            }
            FilterFailure::NodeAffinity => {
                "node(s) didn't match Pod's node affinity/selector".to_string()
            }
            FilterFailure::Insufficient(resource) => format!("Insufficient {resource}"),
            FilterFailure::TooManyPods => "Too many pods".to_string(),
            FilterFailure::MissingClaim(message) => message.clone(),
        }
    }

    /// Whether evicting lower-priority pods could help (`Unschedulable` vs `UnschedulableAndUnresolvable`).
    fn resolvable_by_preemption(&self) -> bool {
        matches!(
            self,
            FilterFailure::Insufficient(_) | FilterFailure::TooManyPods
        )
    }
}

/// What a node has left, computed once per scheduling pass.
#[derive(Debug, Clone, Default)]
pub(crate) struct NodeUsage {
    /// Allocatable minus requested, in milli-units for cpu and units otherwise.
    pub(crate) cpu_milli_free: i64,
    pub(crate) memory_free: i64,
    pub(crate) pods_free: i64,
    pub(crate) extended_free: Amounts,
    /// Requests with the scheduler's non-zero defaults (for scoring).
    cpu_milli_scored: i64,
    memory_scored: i64,
    pub(crate) cpu_milli_allocatable: i64,
    pub(crate) memory_allocatable: i64,
}

/// Amounts of extended resources by name (units), in name order: a sorted `Vec` rather than
/// a `BTreeMap`, as there are a few at most, and less wasm.
#[derive(Debug, Clone, Default)]
pub(crate) struct Amounts(Vec<(String, i64)>);

impl Amounts {
    /// The amount of `name`, if it has one.
    pub(crate) fn get(&self, name: &str) -> Option<i64> {
        self.find(name)
            .ok()
            .and_then(|at| self.0.get(at))
            .map(|(_, amount)| *amount)
    }

    /// Adds `amount` to `name`'s amount.
    fn add(&mut self, name: &str, amount: i64) {
        match self.find(name) {
            Ok(at) => {
                if let Some((_, known)) = self.0.get_mut(at) {
                    *known += amount;
                }
            }
            Err(at) => self.0.insert(at, (name.to_string(), amount)),
        }
    }

    fn find(&self, name: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(known, _)| known.as_str().cmp(name))
    }

    /// Each name and its amount, in name order.
    fn iter(&self) -> impl Iterator<Item = (&str, i64)> {
        self.0.iter().map(|(name, amount)| (name.as_str(), *amount))
    }
}

/// Parses a Kubernetes quantity into milli-units (`100m` → 100, `1` → 1000, `1Gi` → 1073741824000).
pub fn quantity_milli(text: &str) -> Option<i64> {
    crate::quantity::Quantity::parse(text)
        .ok()
        .map(|quantity| quantity.milli_value())
}

fn quantity_units(text: &str) -> Option<i64> {
    crate::quantity::Quantity::parse(text)
        .ok()
        .map(|quantity| quantity.value())
}

/// Total requests of a pod: `(cpu milli, memory bytes, extended by name)`, init containers
/// and sidecars counted as `PodRequests` counts them (`Pod::aggregate_resource`).
pub(crate) fn pod_requests(pod: &Pod) -> (i64, i64, Amounts) {
    let request = |resource: &str, parse: fn(&str) -> Option<i64>| {
        pod.aggregate_resource(|container| {
            container
                .requests
                .get(resource)
                .and_then(|quantity| parse(quantity))
                .unwrap_or(0)
        })
    };
    let mut extended = Amounts::default();
    let mut names: Vec<&str> = pod
        .containers
        .iter()
        .chain(&pod.init_containers)
        .flat_map(|container| container.requests.iter().map(|(name, _)| name.as_str()))
        .filter(|name| !matches!(*name, "cpu" | "memory" | "ephemeral-storage"))
        .collect();
    crate::sort::sort(&mut names);
    names.dedup();
    for name in names {
        extended.add(name, request(name, quantity_units));
    }
    (
        request("cpu", quantity_milli),
        request("memory", quantity_units),
        extended,
    )
}

/// Requests used for scoring: best-effort containers count as 100m CPU and 200Mi memory
/// (`NonMissingContainerRequests`).
fn pod_scored_requests(pod: &Pod) -> (i64, i64) {
    let cpu = pod.aggregate_resource(|container| {
        container
            .requests
            .get("cpu")
            .and_then(|q| quantity_milli(q))
            .unwrap_or(100)
    });
    let memory = pod.aggregate_resource(|container| {
        container
            .requests
            .get("memory")
            .and_then(|q| quantity_units(q))
            .unwrap_or(200 * 1024 * 1024)
    });
    (cpu, memory)
}

pub(crate) fn node_usages(cluster: &Cluster) -> BTreeMap<String, Box<NodeUsage>> {
    let mut usages: BTreeMap<String, Box<NodeUsage>> = cluster
        .nodes
        .values()
        .map(|node| {
            let allocatable = |resource: &str| node.allocatable(resource);
            let cpu = allocatable("cpu").and_then(quantity_milli).unwrap_or(0);
            let memory = allocatable("memory").and_then(quantity_units).unwrap_or(0);
            let mut extended = Amounts::default();
            if let Some(serde_json::Value::Object(map)) =
                crate::api::value::at(&node.status, &["allocatable"])
            {
                for (name, value) in map.iter().filter(|(name, _)| name.contains('/')) {
                    if let Some(units) = value.as_str().and_then(quantity_units) {
                        extended.add(name, units);
                    }
                }
            }
            (
                node.meta.name.clone(),
                Box::new(NodeUsage {
                    cpu_milli_free: cpu,
                    memory_free: memory,
                    pods_free: allocatable("pods").and_then(quantity_units).unwrap_or(0),
                    extended_free: extended,
                    cpu_milli_scored: 0,
                    memory_scored: 0,
                    cpu_milli_allocatable: cpu,
                    memory_allocatable: memory,
                }),
            )
        })
        .collect_map();
    for pod in cluster.pods.values() {
        let Some(node_name) = &pod.node_name else {
            continue;
        };
        if pod.status.phase.is_terminal() {
            continue;
        }
        if let Some(usage) = usages.get_mut(node_name) {
            charge(usage, pod);
        }
    }
    usages
}

fn charge(usage: &mut NodeUsage, pod: &Pod) {
    let (cpu, memory, extended) = pod_requests(pod);
    let (cpu_scored, memory_scored) = pod_scored_requests(pod);
    usage.cpu_milli_free -= cpu;
    usage.memory_free -= memory;
    usage.pods_free -= 1;
    for (name, amount) in extended.iter() {
        usage.extended_free.add(name, -amount);
    }
    usage.cpu_milli_scored += cpu_scored;
    usage.memory_scored += memory_scored;
}

/// What the filters need to know about a node, gathered once per pass.
struct NodeInfo<'c> {
    name: &'c str,
    node: &'c Node,
    usage: NodeUsage,
}

/// What the filters need to know about a pod, computed once per pass.
struct PodInfo<'c> {
    pod: &'c Pod,
    cpu: i64,
    memory: i64,
    extended: Amounts,
}

impl<'c> PodInfo<'c> {
    fn new(pod: &'c Pod) -> PodInfo<'c> {
        let (cpu, memory, extended) = pod_requests(pod);
        PodInfo {
            pod,
            cpu,
            memory,
            extended,
        }
    }
}

/// Runs the filters for one node, in plugin order.
fn filter(pod: &PodInfo<'_>, info: &NodeInfo<'_>) -> Result<(), FilterFailure> {
    let node = info.node;
    let pod_info = pod;
    let pod = pod.pod;
    if node.unschedulable {
        let tolerated = pod.tolerates("node.kubernetes.io/unschedulable", "", "NoSchedule");
        if !tolerated {
            return Err(FilterFailure::Unschedulable);
        }
    }
    let not_ready = (!node.ready).then_some(("node.kubernetes.io/not-ready", "", "NoSchedule"));
    let taints = node
        .taints
        .iter()
        .map(|taint| {
            (
                taint.key.as_str(),
                taint.value.as_str(),
                taint.effect.as_str(),
            )
        })
        .chain(not_ready);
    for (key, value, effect) in taints {
        if effect != "NoSchedule" && effect != "NoExecute" {
            continue;
        }
        if !pod
            .tolerations
            .iter()
            .any(|t| t.tolerates(key, value, effect))
        {
            return Err(FilterFailure::UntoleratedTaint {
                key: key.to_string(),
                value: value.to_string(),
            });
        }
    }
    let labels = &node.meta.labels;
    let selector_matches = pod
        .node_selector
        .iter()
        .all(|(key, value)| labels.get(key) == Some(value));
    if !selector_matches
        || !super::validate::required_node_affinity_matches(&pod.spec, labels, info.name)
    {
        return Err(FilterFailure::NodeAffinity);
    }
    let usage = &info.usage;
    if usage.pods_free < 1 {
        return Err(FilterFailure::TooManyPods);
    }
    if pod_info.cpu > 0 && pod_info.cpu > usage.cpu_milli_free {
        return Err(FilterFailure::Insufficient("cpu".into()));
    }
    if pod_info.memory > 0 && pod_info.memory > usage.memory_free {
        return Err(FilterFailure::Insufficient("memory".into()));
    }
    for (name, amount) in pod_info.extended.iter() {
        if amount > 0 && amount > usage.extended_free.get(name).unwrap_or(0) {
            return Err(FilterFailure::Insufficient(name.to_string()));
        }
    }
    Ok(())
}

fn node_infos<'c>(cluster: &'c Cluster) -> Vec<NodeInfo<'c>> {
    let mut usages = node_usages(cluster);
    cluster
        .nodes
        .iter()
        .map(|(name, node)| NodeInfo {
            name,
            node,
            usage: usages.remove(name).map(|usage| *usage).unwrap_or_default(),
        })
        .collect()
}

/// Node indices by `(label key, value)`.
type LabelIndex = BTreeMap<(String, String), Vec<usize>>;

fn label_index(nodes: &[NodeInfo<'_>]) -> LabelIndex {
    let mut index: LabelIndex = BTreeMap::new();
    for (position, info) in nodes.iter().enumerate() {
        for (key, value) in &info.node.meta.labels {
            index
                .entry((key.clone(), value.clone()))
                .or_default()
                .push(position);
        }
    }
    index
}

/// The nodes whose labels satisfy the pod's nodeSelector (`None` when it has none).
fn candidates(index: &LabelIndex, nodes: &[NodeInfo<'_>], pod: &Pod) -> Option<Vec<usize>> {
    if pod.node_selector.is_empty() {
        return None;
    }
    let smallest = pod
        .node_selector
        .iter()
        .map(|(key, value)| {
            index
                .get(&(key.clone(), value.clone()))
                .map(Vec::as_slice)
                .unwrap_or(&[])
        })
        .min_by_key(|list| list.len())
        .unwrap_or(&[]);
    Some(
        smallest
            .iter()
            .copied()
            .filter(|position| {
                nodes.get(*position).is_some_and(|info| {
                    pod.node_selector
                        .iter()
                        .all(|(key, value)| info.node.meta.labels.get(key) == Some(value))
                })
            })
            .collect(),
    )
}

/// Per-node filter results for a pod, by node name (for "why is this pod Pending?").
pub fn explain(cluster: &Cluster, pod: &Pod) -> Vec<(String, Result<(), FilterFailure>)> {
    let pod_info = PodInfo::new(pod);
    let missing = missing_claim(pod);
    node_infos(cluster)
        .iter()
        .map(|info| {
            let result = match &missing {
                Some(message) => Err(FilterFailure::MissingClaim(message.clone())),
                None => filter(&pod_info, info),
            };
            (info.name.to_string(), result)
        })
        .collect()
}

/// The volume plugins' PreFilter, in plugin order: `VolumeRestrictions` looks up every
/// `persistentVolumeClaim` volume's claim, then `VolumeBinding` the claims of `ephemeral`
/// volumes too (named `<pod>-<volume>`, made by the ephemeral volume controller). The
/// playground serves no PersistentVolumeClaims, so the first claim looked up is missing; the
/// result is the rejection's message (`UnschedulableAndUnresolvable`), `None` when the pod
/// needs no claim.
pub fn missing_claim(pod: &Pod) -> Option<String> {
    let volumes = crate::api::value::array_at(&pod.spec, &["volumes"]);
    let claim_name = |volume: &serde_json::Value| {
        crate::api::value::str_at(volume, &["persistentVolumeClaim", "claimName"])
            .map(str::to_string)
    };
    if let Some(name) = volumes.iter().find_map(claim_name) {
        return Some(format!("persistentvolumeclaim \"{name}\" not found"));
    }
    volumes
        .iter()
        .find(|volume| crate::api::value::at(volume, &["ephemeral"]).is_some())
        .and_then(|volume| crate::api::value::str_at(volume, &["name"]))
        .map(|volume| {
            format!(
                "waiting for ephemeral volume controller to create the persistentvolumeclaim \"{}-{volume}\"",
                pod.meta.name
            )
        })
}

/// The `FailedScheduling` message when a PreFilter plugin rejected the pod: `FitError.Error()`
/// gives the PreFilter message alone (no per-node reasons), and the PostFilter message follows
/// unpunctuated. The first PostFilter plugin, DynamicResources, reads the cycle state its own
/// PreFilter would have written; that PreFilter never ran (the rejection stopped the PreFilter
/// plugins before it), so the read fails with the framework's `ErrNotFound` ("not found"), an
/// error that ends the PostFilter plugins before DefaultPreemption.
pub fn prefilter_error_message(n_nodes: usize, prefilter: &str) -> String {
    format!("0/{n_nodes} nodes are available: {prefilter}. not found")
}

/// The `FailedScheduling` message for per-node failures (`FitError.Error()` + PostFilter).
pub fn fit_error_message(n_nodes: usize, failures: &[FilterFailure]) -> String {
    if n_nodes == 0 {
        return "no nodes available to schedule pods".to_string();
    }
    let histogram = |reasons: Vec<String>| -> String {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for reason in reasons {
            *counts.entry(reason).or_insert(0) += 1;
        }
        let mut parts: Vec<String> = counts
            .iter()
            .map(|(reason, count)| format!("{count} {reason}"))
            .collect();
        crate::sort::sort(&mut parts);
        parts.join(", ")
    };
    let filter_part = histogram(failures.iter().map(FilterFailure::reason).collect());
    let preemption_part = histogram(
        failures
            .iter()
            .map(|failure| {
                if failure.resolvable_by_preemption() {
                    "No preemption victims found for incoming pod".to_string()
                } else {
                    "Preemption is not helpful for scheduling".to_string()
                }
            })
            .collect(),
    );
    format!(
        "0/{n_nodes} nodes are available: {filter_part}. no new claims to deallocate, preemption: 0/{n_nodes} nodes are available: {preemption_part}."
    )
}

/// `numFeasibleNodesToFind` with the default adaptive percentage.
fn feasible_nodes_to_find(n_nodes: usize) -> usize {
    const MIN_FEASIBLE: usize = 100;
    if n_nodes < MIN_FEASIBLE {
        return n_nodes;
    }
    let percentage = (50 - (n_nodes as i64) / 125).max(5) as usize;
    (n_nodes * percentage / 100).max(MIN_FEASIBLE)
}

/// One scheduling pass over every unscheduled, non-terminating pod (oldest first).
pub(super) fn schedule_pending(cluster: &mut Cluster) {
    let mut pending: Vec<(crate::clock::SimTime, ObjectKey)> = cluster
        .pods
        .iter()
        .filter(|(_, pod)| pod.node_name.is_none() && !pod.is_terminating())
        .map(|(key, pod)| (pod.meta.creation_timestamp, key.clone()))
        .collect();
    if pending.is_empty() {
        return;
    }
    crate::sort::sort(&mut pending);
    let mut rng = cluster.rng().clone();
    let decisions: Vec<(ObjectKey, Result<String, String>)> = {
        let mut nodes = node_infos(cluster);
        let n_nodes = nodes.len();
        let label_index = label_index(&nodes);
        let to_find = feasible_nodes_to_find(n_nodes);
        let mut next_start = 0usize;
        let mut decisions = Vec::with_capacity(pending.len());
        for (_, key) in pending {
            let Some(pod) = cluster.pods.get(&key) else {
                continue;
            };
            if n_nodes > 0 {
                if let Some(message) = missing_claim(pod) {
                    // Rejected before any node is looked at: the next pod starts where this
                    // one would have.
                    decisions.push((key, Err(prefilter_error_message(n_nodes, &message))));
                    continue;
                }
            }
            let pod_info = PodInfo::new(pod);
            let (feasible, examined) = match candidates(&label_index, &nodes, pod) {
                // With a nodeSelector only the nodes carrying its labels can pass; visit them in
                // the order the full scan would, and count what the scan would have examined.
                Some(mut candidate_indices) => {
                    crate::sort::sort_by_key(&mut candidate_indices, |index| {
                        (index + n_nodes - next_start) % n_nodes.max(1)
                    });
                    let mut feasible = Vec::new();
                    let mut examined = n_nodes;
                    for index in candidate_indices {
                        let Some(info) = nodes.get(index) else {
                            continue;
                        };
                        if filter(&pod_info, info).is_ok() {
                            feasible.push(index);
                            if feasible.len() >= to_find {
                                examined = (index + n_nodes - next_start) % n_nodes + 1;
                                break;
                            }
                        }
                    }
                    (feasible, examined)
                }
                None => {
                    let mut feasible = Vec::new();
                    let mut examined = 0;
                    for offset in 0..n_nodes {
                        if feasible.len() >= to_find {
                            break;
                        }
                        examined += 1;
                        let index = (next_start + offset) % n_nodes;
                        if let Some(info) = nodes.get(index) {
                            if filter(&pod_info, info).is_ok() {
                                feasible.push(index);
                            }
                        }
                    }
                    (feasible, examined)
                }
            };
            if n_nodes > 0 {
                next_start = (next_start + examined) % n_nodes;
            }
            let failures: Vec<FilterFailure> = if feasible.is_empty() {
                // Exact per-node reasons for the FailedScheduling message.
                nodes
                    .iter()
                    .filter_map(|info| filter(&pod_info, info).err())
                    .collect()
            } else {
                Vec::new()
            };
            if feasible.is_empty() {
                decisions.push((key, Err(fit_error_message(n_nodes, &failures))));
                continue;
            }
            let (cpu_scored, memory_scored) = pod_scored_requests(pod);
            let mut best: Vec<usize> = Vec::new();
            let mut best_score = i64::MIN;
            for index in feasible {
                let Some(usage) = nodes.get(index).map(|info| &info.usage) else {
                    continue;
                };
                let least = |requested: i64, capacity: i64| {
                    if capacity <= 0 {
                        0
                    } else {
                        ((capacity - requested).max(0) * 100) / capacity
                    }
                };
                let score = least(
                    usage.cpu_milli_scored + cpu_scored,
                    usage.cpu_milli_allocatable,
                ) + least(
                    usage.memory_scored + memory_scored,
                    usage.memory_allocatable,
                );
                if score > best_score {
                    best_score = score;
                    best.clear();
                    best.push(index);
                } else if score == best_score {
                    best.push(index);
                }
            }
            let pick = rng.below(best.len() as u64) as usize;
            let Some(info) = best.get(pick).and_then(|index| nodes.get_mut(*index)) else {
                continue;
            };
            charge(&mut info.usage, pod);
            decisions.push((key, Ok(info.name.to_string())));
        }
        decisions
    };
    *cluster.rng() = rng;
    let mut any_failed = false;
    for (key, decision) in decisions {
        match decision {
            Ok(node_name) => bind(cluster, &key, &node_name),
            Err(message) => {
                any_failed = true;
                record_failure(cluster, &key, message);
            }
        }
    }
    if any_failed {
        // Unschedulable pods are flushed back to the active queue after five minutes.
        cluster.schedule_sweep(SimDuration::from_secs(300));
    }
}

fn record_failure(cluster: &mut Cluster, key: &ObjectKey, message: String) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    pod.status.set_condition(
        "PodScheduled",
        false,
        now,
        Some("Unschedulable".into()),
        Some(message.clone()),
    );
    let involved = object_reference(pod);
    cluster.record_event(
        involved,
        "Warning",
        "FailedScheduling",
        message,
        "default-scheduler",
        None,
    );
}

pub(super) fn object_reference(pod: &Pod) -> ObjectReference {
    ObjectReference {
        kind: "Pod".into(),
        namespace: pod.meta.namespace.clone(),
        name: pod.meta.name.clone(),
        uid: pod.meta.uid.clone(),
        field_path: None,
        resource_version: pod.meta.resource_version,
    }
}

fn bind(cluster: &mut Cluster, key: &ObjectKey, node_name: &str) {
    let now = cluster.now();
    let resource_version = cluster.next_resource_version();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    pod.node_name = Some(node_name.to_string());
    pod.meta.resource_version = resource_version;
    pod.status
        .set_condition("PodScheduled", true, now, None, None);
    let uid = pod.meta.uid.clone();
    let involved = object_reference(pod);
    let message = format!("Successfully assigned {}/{} to {node_name}", key.0, key.1);
    cluster.record_event(
        involved,
        "Normal",
        "Scheduled",
        message,
        "default-scheduler",
        None,
    );
    let delay = cluster.jitter(40, 250);
    cluster.schedule(
        delay,
        Task::Kubelet {
            key: key.clone(),
            uid,
            step: kubelet::Step::Admit,
        },
    );
}

/// A pod created with `spec.nodeName`: no scheduler, the kubelet takes it directly.
pub(super) fn bind_preset(cluster: &mut Cluster, key: &ObjectKey, uid: &str, node_name: &str) {
    if !cluster.nodes.contains_key(node_name) {
        return;
    }
    let now = cluster.now();
    if let Some(pod) = cluster.pods.get_mut(key) {
        pod.status
            .set_condition("PodScheduled", true, now, None, None);
    }
    let delay = cluster.jitter(40, 250);
    cluster.schedule(
        delay,
        Task::Kubelet {
            key: key.clone(),
            uid: uid.to_string(),
            step: kubelet::Step::Admit,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_error_messages() {
        let three = vec![FilterFailure::NodeAffinity; 3];
        assert_eq!(
            fit_error_message(3, &three),
            "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        );
        let mixed = vec![
            FilterFailure::UntoleratedTaint {
                key: "node-role.kubernetes.io/control-plane".into(),
                value: String::new(),
            },
            FilterFailure::Insufficient("nvidia.com/gpu".into()),
            FilterFailure::Insufficient("nvidia.com/gpu".into()),
            FilterFailure::NodeAffinity,
        ];
        assert_eq!(
            fit_error_message(4, &mixed),
            "0/4 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s), 2 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."
        );
    }

    #[test]
    fn prefilter_error_messages() {
        assert_eq!(
            prefilter_error_message(4, "persistentvolumeclaim \"data\" not found"),
            "0/4 nodes are available: persistentvolumeclaim \"data\" not found. not found"
        );
    }

    #[test]
    fn adaptive_feasible_node_count() {
        for (nodes, want) in [
            (0, 0),
            (4, 4),
            (99, 99),
            (100, 100),
            (1000, 420),
            (5000, 500),
            (10_000, 500),
        ] {
            assert_eq!(feasible_nodes_to_find(nodes), want, "{nodes}");
        }
    }
}
