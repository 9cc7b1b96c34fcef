//! A picture of the cluster for drawing: nodes with their hardware, capacity in use, labels
//! and pods; the pods nobody has placed yet; namespaces; and, on request, which pods a label
//! selector picks (and why the others are left out), how every node measures up to a pod's
//! nodeSelector, and why a pod is still Pending.
//!
//! [`snapshot`] is a pure function of the `Cluster` and some [`ViewOptions`]: a front end calls
//! it whenever the simulation moves and draws what comes back, holding no cluster state of its
//! own. Texts are the ones a learner sees elsewhere (a pod's status is kubectl's STATUS column,
//! the pending message is the scheduler's `FailedScheduling` message) plus plain-words
//! explanations next to them. Beyond `detail_limit` pods the picture is aggregated: nodes carry
//! counts instead of pods, so 10,000 pods stay cheap. This module knows nothing of HTML.

mod pending;
mod selection;
#[cfg(test)]
mod tests;

pub use pending::{explain_pending, NodeReason, PendingExplanation};
pub use selection::{
    explain_selector, node_selector_checks, quoted_list, LabelCheck, Miss, RequirementCheck,
    SelectorVerdict,
};

use crate::api::{Kind, NamespacePhase, Node, Pod};
use crate::cluster::scheduler::{self, NodeUsage};
use crate::cluster::{Cluster, ObjectKey, ObjectView};
use crate::kubectl::table::pod_status;
use crate::kubectl::GetSelector;
use crate::selector::{self, Selector};
use crate::sort::CollectSorted;
use std::collections::BTreeMap;

/// Pods in view beyond which nodes show counts instead of pods.
pub const DEFAULT_DETAIL_LIMIT: usize = 2_000;

/// Pods without a node are listed one by one up to this many, even when the rest is counted:
/// they are the ones a learner asks about.
pub const UNSCHEDULED_DETAIL_LIMIT: usize = 200;

/// How far a pod has come; front ends colour by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// No node yet (the scheduler has not placed it, or cannot).
    Unscheduled,
    /// On a node, not running yet (`ContainerCreating`, `Init:1/2`, `PodInitializing`).
    Starting,
    /// Running (and ready).
    Running,
    /// Something is wrong: `ErrImagePull`, `ImagePullBackOff`, `CrashLoopBackOff`, `Error`…
    Problem,
    /// Finished (`Completed`, `Succeeded`).
    Completed,
    /// Deleted, waiting for its containers to stop.
    Terminating,
}

impl Stage {
    /// All stages, in display order.
    pub const ALL: [Stage; 6] = [
        Stage::Unscheduled,
        Stage::Starting,
        Stage::Running,
        Stage::Problem,
        Stage::Completed,
        Stage::Terminating,
    ];

    /// A short lowercase name (CSS classes, test ids).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Unscheduled => "unscheduled",
            Stage::Starting => "starting",
            Stage::Running => "running",
            Stage::Problem => "problem",
            Stage::Completed => "completed",
            Stage::Terminating => "terminating",
        }
    }

    /// Plain words for a legend or a screen reader.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Unscheduled => "waiting for a node",
            Stage::Starting => "starting",
            Stage::Running => "running",
            Stage::Problem => "in trouble",
            Stage::Completed => "completed",
            Stage::Terminating => "terminating",
        }
    }
}

/// What a label selector is applied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectorTarget {
    Pods,
    Nodes,
}

/// A parsed label selector and where it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectorQuery {
    /// The selector as typed.
    pub text: String,
    pub selector: Selector,
    pub target: SelectorTarget,
    /// For pods: only this namespace is listed (`None`: all namespaces).
    pub namespace: Option<String>,
}

impl SelectorQuery {
    /// Parses a selector typed by the learner; the error is apimachinery's parse error text.
    pub fn parse(
        text: &str,
        target: SelectorTarget,
        namespace: Option<String>,
    ) -> Result<SelectorQuery, String> {
        let trimmed = text.trim();
        let selector = selector::parse(trimmed).map_err(|error| error.to_string())?;
        Ok(SelectorQuery {
            text: trimmed.to_string(),
            selector,
            target,
            namespace,
        })
    }

    /// The selector of the latest `kubectl get … -l …`: nodes if it listed nodes and no pods.
    pub fn from_get(get: &GetSelector) -> Result<SelectorQuery, String> {
        let target = if get.kinds.contains(&Kind::Node) && !get.kinds.contains(&Kind::Pod) {
            SelectorTarget::Nodes
        } else {
            SelectorTarget::Pods
        };
        SelectorQuery::parse(&get.selector, target, get.namespace.clone())
    }
}

/// What to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewOptions {
    /// Only pods of this namespace (`None`: all namespaces).
    pub namespace: Option<String>,
    /// Light up what this selects, and say why the rest is left out.
    pub selector: Option<SelectorQuery>,
    /// The pod the learner clicked: its nodeSelector is checked on every node, and if it is
    /// Pending the scheduler's per-node reasons are given.
    pub focus: Option<ObjectKey>,
    /// Pods in view beyond which nodes show counts instead of pods.
    pub detail_limit: usize,
}

impl Default for ViewOptions {
    fn default() -> ViewOptions {
        ViewOptions {
            namespace: None,
            selector: None,
            focus: None,
            detail_limit: DEFAULT_DETAIL_LIMIT,
        }
    }
}

/// One pod as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodView {
    pub namespace: String,
    pub name: String,
    pub uid: String,
    pub node: Option<String>,
    /// kubectl's STATUS column (`Pending`, `ContainerCreating`, `Running`, `Terminating`…).
    pub status: String,
    pub stage: Stage,
    /// Whole seconds left of the grace period while terminating.
    pub grace_left_secs: Option<i64>,
    /// kubectl's READY column (`1/1`).
    pub ready: String,
    pub restarts: i64,
    pub labels: BTreeMap<String, String>,
    pub node_selector: BTreeMap<String, String>,
    /// The controller that owns it (`ReplicationController/kubia`).
    pub owner: Option<String>,
    /// How the selector in view judges it (pods only; `None` without a pod selector).
    pub selection: Option<SelectorVerdict>,
}

impl PodView {
    /// The status with the grace countdown: `Terminating (23s left)`.
    pub fn status_text(&self) -> String {
        match self.grace_left_secs {
            Some(seconds) => format!("{} ({seconds}s left)", self.status),
            None => self.status.clone(),
        }
    }

    /// `kubectl describe pod NAME -n NAMESPACE`.
    pub fn describe_command(&self) -> String {
        format!("kubectl describe pod {} -n {}", self.name, self.namespace)
    }

    /// Whether the selector in view picks it (`None` without a pod selector).
    pub fn selected(&self) -> Option<bool> {
        self.selection.as_ref().map(|verdict| verdict.matches)
    }
}

/// Hard disk or solid-state disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskKind {
    Ssd,
    Hdd,
}

impl DiskKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiskKind::Ssd => "SSD",
            DiskKind::Hdd => "HDD",
        }
    }
}

/// The machine behind a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HardwareView {
    pub cpu_cores: i64,
    /// `16 GiB`.
    pub memory: String,
    pub gpus: i64,
    /// `Tesla-T4`.
    pub gpu_model: Option<String>,
    pub disk: DiskKind,
    /// `98 GiB`.
    pub disk_size: String,
}

/// How much of one resource pods have requested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meter {
    /// `cpu`, `memory`, `pods`, `nvidia.com/gpu`.
    pub resource: String,
    pub used: i64,
    pub total: i64,
    /// `used` and `total` as a person writes them (`1500m`, `2.5Gi`).
    pub used_text: String,
    pub total_text: String,
}

impl Meter {
    /// Requested share of the allocatable amount, 0 to 100 (more when overcommitted).
    pub fn percent(&self) -> i64 {
        if self.total <= 0 {
            return if self.used > 0 { 100 } else { 0 };
        }
        (self.used.max(0).saturating_mul(100)) / self.total
    }
}

/// Pods of one group (a node, or the unscheduled area).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PodGroup {
    /// The pods, by namespace then name; empty when `detailed` is false.
    pub pods: Vec<PodView>,
    /// Whether `pods` lists them (false: too many pods in view, only counts).
    pub detailed: bool,
    pub total: usize,
    pub by_stage: BTreeMap<Stage, usize>,
    pub by_namespace: BTreeMap<String, usize>,
    /// How many the pod selector in view picks.
    pub matching: Option<usize>,
}

/// One node as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeView {
    pub name: String,
    /// `control-plane` or `worker` (kubectl's ROLES, `<none>` read as worker).
    pub role: String,
    /// kubectl's STATUS column (`Ready`, `NotReady`, `Ready,SchedulingDisabled`).
    pub status: String,
    pub ready: bool,
    pub hardware: HardwareView,
    /// cpu, memory, pods, and GPUs when it has any.
    pub usage: Vec<Meter>,
    pub labels: BTreeMap<String, String>,
    /// `key=value:Effect`.
    pub taints: Vec<String>,
    pub pods: PodGroup,
    /// How the node selector in view judges it (`None` without a node selector).
    pub selection: Option<SelectorVerdict>,
    /// The focused pod's nodeSelector, label by label (empty without one).
    pub node_selector: Vec<LabelCheck>,
}

impl NodeView {
    /// `kubectl describe node NAME`.
    pub fn describe_command(&self) -> String {
        format!("kubectl describe node {}", self.name)
    }
}

/// One namespace, for the namespace filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamespaceView {
    pub name: String,
    pub terminating: bool,
    pub n_pods: usize,
}

/// The clicked pod, with what the picture can say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub pod: PodView,
    /// Set while the pod has no node.
    pub pending: Option<PendingExplanation>,
}

/// Everything to draw, derived from the cluster alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub namespaces: Vec<NamespaceView>,
    pub nodes: Vec<NodeView>,
    /// Pods that have no node.
    pub unscheduled: PodGroup,
    /// Pods in view (after the namespace filter).
    pub n_pods: usize,
    /// Whether pods are listed (false: counts only).
    pub detailed: bool,
    /// The selector in view, as typed, and how many pods or nodes it picks.
    pub selector: Option<(SelectorQuery, usize)>,
    pub focus: Option<Focus>,
}

/// Draws the cluster.
pub fn snapshot(cluster: &Cluster, options: &ViewOptions) -> Snapshot {
    let in_view = |pod: &Pod| {
        options
            .namespace
            .as_deref()
            .is_none_or(|namespace| pod.namespace() == namespace)
    };
    let n_pods = match options.namespace {
        Some(_) => cluster.pods().filter(|pod| in_view(pod)).count(),
        None => cluster.pods.len(),
    };
    let detailed = n_pods <= options.detail_limit;
    let pod_selector = options
        .selector
        .as_ref()
        .filter(|query| query.target == SelectorTarget::Pods);
    let node_selector_query = options
        .selector
        .as_ref()
        .filter(|query| query.target == SelectorTarget::Nodes);
    let focus_pod = options
        .focus
        .as_ref()
        .and_then(|(namespace, name)| cluster.pod(namespace, name));
    let usages = scheduler::node_usages(cluster);
    let now = cluster.now();
    // The pod selector's requirements as text, made once for all pods.
    let requirements: Vec<String> = pod_selector
        .map(|query| query.selector.0.iter().map(ToString::to_string).collect())
        .unwrap_or_default();

    let mut nodes: Vec<NodeView> = cluster
        .nodes()
        .map(|node| {
            let selection = node_selector_query
                .map(|query| explain_selector(&query.selector, &node.meta.labels));
            let node_selector = focus_pod
                .map(|pod| node_selector_checks(&pod.node_selector.to_map(), &node.meta.labels))
                .unwrap_or_default();
            node_view(
                node,
                usages.get(node.name()).map(|usage| &**usage),
                selection,
                node_selector,
            )
        })
        .collect();
    let node_index: BTreeMap<&str, usize> = cluster
        .nodes()
        .enumerate()
        .map(|(index, node)| (node.name(), index))
        .collect_map();

    let mut unscheduled = PodGroup {
        detailed,
        ..PodGroup::default()
    };
    if pod_selector.is_some() {
        unscheduled.matching = Some(0);
        for node in &mut nodes {
            node.pods.matching = Some(0);
        }
    }
    for node in &mut nodes {
        node.pods.detailed = detailed;
    }
    let mut n_matching = 0;
    for pod in cluster.pods().filter(|pod| in_view(pod)) {
        let (group, on_node) = match pod
            .node_name
            .as_deref()
            .and_then(|name| node_index.get(name))
            .and_then(|index| nodes.get_mut(*index))
        {
            Some(node) => (&mut node.pods, true),
            None => (&mut unscheduled, false),
        };
        let status = pod_status(pod);
        let stage = stage_with_status(pod, &status);
        let selection = pod_selector.map(|query| pod_verdict(query, &requirements, pod));
        let matches = selection.as_ref().is_some_and(|verdict| verdict.matches);
        group.total += 1;
        *group.by_stage.entry(stage).or_insert(0) += 1;
        count(&mut group.by_namespace, pod.namespace());
        if matches {
            n_matching += 1;
            if let Some(matching) = group.matching.as_mut() {
                *matching += 1;
            }
        }
        if detailed || (!on_node && group.pods.len() < UNSCHEDULED_DETAIL_LIMIT) {
            group
                .pods
                .push(pod_view(pod, status, stage, now, selection));
        }
    }
    if !detailed {
        // Pods without a node stay listed while there are few of them.
        unscheduled.detailed = unscheduled.total <= UNSCHEDULED_DETAIL_LIMIT;
        if !unscheduled.detailed {
            unscheduled.pods.clear();
        }
    }

    let selector = match (pod_selector, node_selector_query) {
        (Some(query), _) => Some((query.clone(), n_matching)),
        (None, Some(query)) => {
            let n_nodes = nodes
                .iter()
                .filter(|node| node.selection.as_ref().is_some_and(|v| v.matches))
                .count();
            Some((query.clone(), n_nodes))
        }
        (None, None) => None,
    };

    let mut pods_per_namespace: BTreeMap<&str, usize> = BTreeMap::new();
    for pod in cluster.pods() {
        *pods_per_namespace.entry(pod.namespace()).or_insert(0) += 1;
    }
    let namespaces = cluster
        .list(Kind::Namespace, None)
        .iter()
        .filter_map(|object| match object {
            ObjectView::Namespace(namespace) => Some(NamespaceView {
                name: namespace.name().to_string(),
                terminating: namespace.phase == NamespacePhase::Terminating,
                n_pods: pods_per_namespace
                    .get(namespace.name())
                    .copied()
                    .unwrap_or(0),
            }),
            _ => None,
        })
        .collect();

    let focus = focus_pod.map(|pod| {
        let status = pod_status(pod);
        let stage = stage_with_status(pod, &status);
        let selection = pod_selector.map(|query| pod_verdict(query, &requirements, pod));
        Focus {
            pod: pod_view(pod, status, stage, now, selection),
            pending: if pod.node_name.is_none() {
                explain_pending(cluster, pod.namespace(), pod.name())
            } else {
                None
            },
        }
    });

    Snapshot {
        namespaces,
        nodes,
        unscheduled,
        n_pods,
        detailed,
        selector,
        focus,
    }
}

/// Counts `key` in a map keyed by owned strings, allocating only for a new key.
fn count(map: &mut BTreeMap<String, usize>, key: &str) {
    match map.get_mut(key) {
        Some(count) => *count += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

fn pod_verdict(query: &SelectorQuery, requirements: &[String], pod: &Pod) -> SelectorVerdict {
    let mut verdict = selection::explain_with(&query.selector, requirements, &pod.meta.labels);
    if let Some(namespace) = &query.namespace {
        if pod.namespace() != namespace {
            verdict.matches = false;
            verdict.outside_namespace = Some(namespace.clone());
        }
    }
    verdict
}

/// The stage of a pod, from kubectl's STATUS and its node.
pub fn stage(pod: &Pod) -> Stage {
    stage_with_status(pod, &pod_status(pod))
}

fn stage_with_status(pod: &Pod, status: &str) -> Stage {
    if pod.is_terminating() && !pod.status.phase.is_terminal() {
        return Stage::Terminating;
    }
    if pod.node_name.is_none() && !pod.status.phase.is_terminal() {
        return Stage::Unscheduled;
    }
    match status {
        "Running" => Stage::Running,
        "ContainerCreating" | "PodInitializing" | "Pending" => Stage::Starting,
        // `Init:1/2`: init containers at work (`Init:Error`, `Init:CrashLoopBackOff`… are
        // problems).
        _ if status
            .strip_prefix("Init:")
            .and_then(|progress| progress.split_once('/'))
            .is_some_and(|(done, all)| {
                !done.is_empty()
                    && !all.is_empty()
                    && done.bytes().chain(all.bytes()).all(|b| b.is_ascii_digit())
            }) =>
        {
            Stage::Starting
        }
        "Completed" | "Succeeded" => Stage::Completed,
        _ => Stage::Problem,
    }
}

fn pod_view(
    pod: &Pod,
    status: String,
    stage: Stage,
    now: crate::clock::SimTime,
    selection: Option<SelectorVerdict>,
) -> PodView {
    let summary = crate::kubectl::table::pod_summary(pod);
    let grace_left_secs = match (stage, pod.meta.deletion_timestamp) {
        (Stage::Terminating, Some(deadline)) => {
            let millis = deadline.since(now).as_millis().max(0);
            Some((millis + 999) / 1000)
        }
        _ => None,
    };
    PodView {
        namespace: pod.namespace().to_string(),
        name: pod.name().to_string(),
        uid: pod.meta.uid.clone(),
        node: pod.node_name.clone(),
        status,
        stage,
        grace_left_secs,
        ready: format!("{}/{}", summary.ready, summary.total),
        restarts: summary.restarts,
        labels: pod.meta.labels.clone(),
        node_selector: pod.node_selector.to_map(),
        owner: pod
            .meta
            .owner_references
            .iter()
            .find(|owner| owner.controller)
            .map(|owner| format!("{}/{}", owner.kind, owner.name)),
        selection,
    }
}

/// kubectl's ROLES, read for a picture: `control-plane`, or `worker` for `<none>`.
fn node_role(node: &Node) -> String {
    let roles = crate::kubectl::table::node_roles(node);
    if roles.is_empty() {
        "worker".to_string()
    } else {
        roles.join(",")
    }
}

fn node_view(
    node: &Node,
    usage: Option<&NodeUsage>,
    selection: Option<SelectorVerdict>,
    node_selector: Vec<LabelCheck>,
) -> NodeView {
    let mut status = if node.ready { "Ready" } else { "NotReady" }.to_string();
    if node.unschedulable {
        status.push_str(",SchedulingDisabled");
    }
    let hardware = &node.hardware;
    let allocatable_units = |resource: &str| {
        node.allocatable(resource)
            .and_then(|text| crate::quantity::Quantity::parse(text).ok())
            .map(|quantity| quantity.value())
            .unwrap_or(0)
    };
    let mut meters = Vec::new();
    if let Some(usage) = usage {
        let cpu_used = usage.cpu_milli_allocatable - usage.cpu_milli_free;
        meters.push(Meter {
            resource: "cpu".into(),
            used: cpu_used,
            total: usage.cpu_milli_allocatable,
            used_text: format_cpu(cpu_used),
            total_text: format_cpu(usage.cpu_milli_allocatable),
        });
        let memory_used = usage.memory_allocatable - usage.memory_free;
        meters.push(Meter {
            resource: "memory".into(),
            used: memory_used,
            total: usage.memory_allocatable,
            used_text: format_bytes(memory_used),
            total_text: format_bytes(usage.memory_allocatable),
        });
        let max_pods = allocatable_units("pods");
        let pods_used = max_pods - usage.pods_free;
        meters.push(Meter {
            resource: "pods".into(),
            used: pods_used,
            total: max_pods,
            used_text: pods_used.to_string(),
            total_text: max_pods.to_string(),
        });
        let gpus_total = allocatable_units("nvidia.com/gpu");
        if gpus_total > 0 {
            let gpus_free = usage
                .extended_free
                .get("nvidia.com/gpu")
                .unwrap_or(gpus_total);
            let gpus_used = gpus_total - gpus_free;
            meters.push(Meter {
                resource: "nvidia.com/gpu".into(),
                used: gpus_used,
                total: gpus_total,
                used_text: gpus_used.to_string(),
                total_text: gpus_total.to_string(),
            });
        }
    }
    NodeView {
        name: node.name().to_string(),
        role: node_role(node),
        status,
        ready: node.ready,
        hardware: HardwareView {
            cpu_cores: hardware.cpu_cores,
            memory: format_gib(hardware.memory_kib),
            gpus: hardware.gpus,
            gpu_model: hardware.gpu_product.clone(),
            disk: if hardware.ssd {
                DiskKind::Ssd
            } else {
                DiskKind::Hdd
            },
            disk_size: format_gib(hardware.disk_kib),
        },
        usage: meters,
        labels: node.meta.labels.clone(),
        taints: node
            .taints
            .iter()
            .map(|taint| {
                if taint.value.is_empty() {
                    format!("{}:{}", taint.key, taint.effect)
                } else {
                    format!("{}={}:{}", taint.key, taint.value, taint.effect)
                }
            })
            .collect(),
        pods: PodGroup::default(),
        selection,
        node_selector,
    }
}

/// Whole GiB, rounded to nearest (`16 GiB`).
fn format_gib(kib: i64) -> String {
    let gib = (kib + 512 * 1024) / (1024 * 1024);
    format!("{gib} GiB")
}

/// CPU millicores as written in manifests: `2`, `1500m`.
pub(crate) fn format_cpu(millis: i64) -> String {
    if millis % 1000 == 0 {
        format!("{}", millis / 1000)
    } else {
        format!("{millis}m")
    }
}

/// Bytes with a binary suffix and at most one decimal: `512Mi`, `15.6Gi`, `300`.
pub(crate) fn format_bytes(bytes: i64) -> String {
    const KI: i64 = 1024;
    const MI: i64 = KI * 1024;
    const GI: i64 = MI * 1024;
    let sign = if bytes < 0 { "-" } else { "" };
    let bytes = bytes.unsigned_abs() as i128;
    let scaled = |unit: i64, suffix: &str| {
        let tenths = (bytes * 10 + i128::from(unit) / 2) / i128::from(unit);
        if tenths % 10 == 0 {
            format!("{sign}{}{suffix}", tenths / 10)
        } else {
            format!("{sign}{}.{}{suffix}", tenths / 10, tenths % 10)
        }
    };
    if bytes >= i128::from(GI) {
        scaled(GI, "Gi")
    } else if bytes >= i128::from(MI) {
        scaled(MI, "Mi")
    } else if bytes >= i128::from(KI) {
        scaled(KI, "Ki")
    } else {
        format!("{sign}{bytes}")
    }
}

impl Snapshot {
    /// The picture in sentences, for screen readers and tests.
    pub fn summary(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let pending = self.unscheduled.total;
        lines.push(format!(
            "{} {}, {} {}{}.",
            self.nodes.len(),
            plural(self.nodes.len(), "node", "nodes"),
            self.n_pods,
            plural(self.n_pods, "pod", "pods"),
            if pending > 0 {
                format!(", {pending} waiting for a node")
            } else {
                String::new()
            }
        ));
        if let Some((query, count)) = &self.selector {
            let (total, what) = match query.target {
                SelectorTarget::Pods => (self.n_pods, "pods"),
                SelectorTarget::Nodes => (self.nodes.len(), "nodes"),
            };
            lines.push(format!(
                "Selector {} matches {count} of {total} {what}.",
                query.text
            ));
        }
        for node in &self.nodes {
            let mut hardware = format!(
                "{} CPUs, {} memory, {} {}",
                node.hardware.cpu_cores,
                node.hardware.memory,
                node.hardware.disk_size,
                node.hardware.disk.as_str()
            );
            if node.hardware.gpus > 0 {
                hardware.push_str(&format!(
                    ", {} GPUs {}",
                    node.hardware.gpus,
                    node.hardware.gpu_model.as_deref().unwrap_or("")
                ));
            }
            let selected = match &node.selection {
                Some(verdict) if verdict.matches => ", selected".to_string(),
                Some(verdict) => format!(", not selected: {}", verdict.why_not().join("; ")),
                None => String::new(),
            };
            lines.push(format!(
                "Node {} ({}, {}, {hardware}{selected}): {}",
                node.name,
                node.role,
                node.status,
                group_summary(&node.pods)
            ));
        }
        if self.unscheduled.total > 0 {
            lines.push(format!(
                "Not on any node: {}",
                group_summary(&self.unscheduled)
            ));
        }
        lines
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn group_summary(group: &PodGroup) -> String {
    if group.total == 0 {
        return "no pods.".to_string();
    }
    if !group.detailed {
        let stages: Vec<String> = group
            .by_stage
            .iter()
            .map(|(stage, count)| format!("{count} {}", stage.label()))
            .collect();
        let matching = group
            .matching
            .map(|n| format!(", {n} selected"))
            .unwrap_or_default();
        return format!(
            "{} {} ({}){matching}.",
            group.total,
            plural(group.total, "pod", "pods"),
            stages.join(", ")
        );
    }
    let pods: Vec<String> = group
        .pods
        .iter()
        .map(|pod| {
            let selected = match pod.selected() {
                Some(true) => ", selected",
                Some(false) => ", not selected",
                None => "",
            };
            format!(
                "{} in {}, {}{selected}",
                pod.name,
                pod.namespace,
                pod.status_text()
            )
        })
        .collect();
    format!(
        "{} {}: {}.",
        group.total,
        plural(group.total, "pod", "pods"),
        pods.join("; ")
    )
}
