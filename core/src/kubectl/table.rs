//! Server-side table columns per kind, as `kubectl get` shows them (kubernetes
//! `pkg/printers/internalversion/printers.go`), including the Pod STATUS algorithm.
//!
//! A `Table` is a header plus rows of cells; decorations (`NAMESPACE`, `-L` columns,
//! `LABELS`, kind prefixes) are added by `get`, and alignment by the tabwriter.

use crate::api::value;
use crate::api::{ContainerState, Kind, Pod, PodPhase};
use crate::clock::SimTime;
use crate::cluster::{Cluster, ObjectView};
use crate::printers::duration::human_duration;
use crate::selector::{format_labels, Selector};

/// kubectl's node ROLES (`findNodeRoles`): the suffixes of `node-role.kubernetes.io/…` labels
/// and the value of `kubernetes.io/role`, sorted, without duplicates.
pub fn node_roles(node: &crate::api::Node) -> Vec<&str> {
    let mut roles: Vec<&str> = node
        .meta
        .labels
        .iter()
        .filter_map(|(key, value)| {
            if let Some(role) = key.strip_prefix("node-role.kubernetes.io/") {
                Some(role)
            } else if key == "kubernetes.io/role" {
                Some(value.as_str())
            } else {
                None
            }
        })
        .filter(|role| !role.is_empty())
        .collect();
    crate::sort::sort(&mut roles);
    roles.dedup();
    roles
}

/// Columns and rows of one kind's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// `translateTimestampSince`: AGE of a `metav1.Time`, which the API carries in whole seconds
/// (an object made at 09:00:00.700 is 2m55s old at 09:02:55.000, not 2m54s).
pub fn age(now: SimTime, then: SimTime) -> String {
    human_duration(now.since(then.whole_second()).as_millis())
}

/// `translateMicroTimestampSince`: the age of a `metav1.MicroTime` (an event's `eventTime`).
pub fn age_micro(now: SimTime, then: SimTime) -> String {
    human_duration(now.since(then).as_millis())
}

/// How long ago an event was first seen: its `eventTime` when it was recorded through
/// events.k8s.io (the scheduler's), else its `firstTimestamp`.
pub fn event_first_age(now: SimTime, event: &crate::api::Event) -> String {
    if event.reporting_instance.is_some() {
        age_micro(now, event.first_timestamp)
    } else {
        age(now, event.first_timestamp)
    }
}

/// How long ago an event was last seen: its series' `lastObservedTime` (or, never repeated,
/// its `eventTime`) when recorded through events.k8s.io, else its `lastTimestamp`.
pub fn event_last_age(now: SimTime, event: &crate::api::Event) -> String {
    if event.reporting_instance.is_some() {
        age_micro(now, event.last_timestamp)
    } else {
        age(now, event.last_timestamp)
    }
}

/// `printJob`'s STATUS: the first condition that holds, in the printer's order.
pub fn job_status(job: &crate::api::Job) -> &'static str {
    if job.has_condition("Complete") {
        "Complete"
    } else if job.has_condition("Failed") {
        "Failed"
    } else if job.meta.deletion_timestamp.is_some() {
        "Terminating"
    } else if job.has_condition("Suspended") {
        "Suspended"
    } else if job.has_condition("FailureTarget") {
        "FailureTarget"
    } else if job.has_condition("SuccessCriteriaMet") {
        "SuccessCriteriaMet"
    } else {
        "Running"
    }
}

/// `printJob`'s COMPLETIONS: `1/3`, or `0/1 of 2` for a work queue.
fn job_completions(job: &crate::api::Job) -> String {
    match value::i64_at(&job.spec, &["completions"]) {
        Some(completions) => format!("{}/{completions}", job.succeeded),
        None => match value::i64_at(&job.spec, &["parallelism"]).unwrap_or(0) {
            parallelism if parallelism > 1 => format!("{}/1 of {parallelism}", job.succeeded),
            _ => format!("{}/1", job.succeeded),
        },
    }
}

/// `printJob`'s DURATION: from the start to the completion, or to now.
pub fn job_duration(job: &crate::api::Job, now: SimTime) -> String {
    match (job.start_time, job.completion_time) {
        (None, _) => String::new(),
        (Some(start), None) => human_duration(now.since(start).as_millis()),
        (Some(start), Some(end)) => human_duration(end.since(start).as_millis()),
    }
}

/// A workload's wide columns: CONTAINERS, IMAGES and SELECTOR (`FormatLabelSelector`).
fn template_cells(cells: &mut Vec<String>, spec: &serde_json::Value, selector: &Selector) {
    let containers = value::array_at(spec, &["template", "spec", "containers"]);
    let names: Vec<&str> = containers
        .iter()
        .filter_map(|c| value::str_at(c, &["name"]))
        .collect();
    let images: Vec<&str> = containers
        .iter()
        .filter_map(|c| value::str_at(c, &["image"]))
        .collect();
    cells.push(names.join(","));
    cells.push(images.join(","));
    cells.push(selector_text(selector));
}

/// `metav1.FormatLabelSelector`: the selector's string, or `<none>` when it is empty.
pub fn selector_text(selector: &Selector) -> String {
    if selector.is_empty() {
        "<none>".to_string()
    } else {
        selector.to_string()
    }
}

/// The column headers for a kind (`wide` adds the priority-1 columns).
pub fn header(kind: Kind, wide: bool) -> Vec<String> {
    let columns: &[&str] = match (kind, wide) {
        (Kind::Pod, false) => &["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
        (Kind::Pod, true) => &[
            "NAME",
            "READY",
            "STATUS",
            "RESTARTS",
            "AGE",
            "IP",
            "NODE",
            "NOMINATED NODE",
            "READINESS GATES",
        ],
        (Kind::Namespace, _) => &["NAME", "STATUS", "AGE"],
        (Kind::Node, false) => &["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
        (Kind::Node, true) => &[
            "NAME",
            "STATUS",
            "ROLES",
            "AGE",
            "VERSION",
            "INTERNAL-IP",
            "EXTERNAL-IP",
            "OS-IMAGE",
            "KERNEL-VERSION",
            "CONTAINER-RUNTIME",
        ],
        (Kind::ReplicationController | Kind::ReplicaSet, false) => {
            &["NAME", "DESIRED", "CURRENT", "READY", "AGE"]
        }
        (Kind::Job, false) => &["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
        (Kind::Job, true) => &[
            "NAME",
            "STATUS",
            "COMPLETIONS",
            "DURATION",
            "AGE",
            "CONTAINERS",
            "IMAGES",
            "SELECTOR",
        ],
        (Kind::DaemonSet, false) => &[
            "NAME",
            "DESIRED",
            "CURRENT",
            "READY",
            "UP-TO-DATE",
            "AVAILABLE",
            "NODE SELECTOR",
            "AGE",
        ],
        (Kind::DaemonSet, true) => &[
            "NAME",
            "DESIRED",
            "CURRENT",
            "READY",
            "UP-TO-DATE",
            "AVAILABLE",
            "NODE SELECTOR",
            "AGE",
            "CONTAINERS",
            "IMAGES",
            "SELECTOR",
        ],
        (Kind::Deployment, false) => &["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
        (Kind::Deployment, true) => &[
            "NAME",
            "READY",
            "UP-TO-DATE",
            "AVAILABLE",
            "AGE",
            "CONTAINERS",
            "IMAGES",
            "SELECTOR",
        ],
        (Kind::ReplicationController | Kind::ReplicaSet, true) => &[
            "NAME",
            "DESIRED",
            "CURRENT",
            "READY",
            "AGE",
            "CONTAINERS",
            "IMAGES",
            "SELECTOR",
        ],
        (Kind::Service, false) => &[
            "NAME",
            "TYPE",
            "CLUSTER-IP",
            "EXTERNAL-IP",
            "PORT(S)",
            "AGE",
        ],
        (Kind::Service, true) => &[
            "NAME",
            "TYPE",
            "CLUSTER-IP",
            "EXTERNAL-IP",
            "PORT(S)",
            "AGE",
            "SELECTOR",
        ],
        (Kind::Event, false) => &["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
        (Kind::Event, true) => &[
            "LAST SEEN",
            "TYPE",
            "REASON",
            "OBJECT",
            "SUBOBJECT",
            "SOURCE",
            "MESSAGE",
            "FIRST SEEN",
            "COUNT",
            "NAME",
        ],
        (Kind::ConfigMap, _) => &["NAME", "DATA", "AGE"],
        // The SECRETS column went in v1.35 (kubernetes#117160).
        (Kind::ServiceAccount, _) => &["NAME", "AGE"],
        (Kind::Secret, _) => &["NAME", "TYPE", "DATA", "AGE"],
        (Kind::Endpoints, _) => &["NAME", "ENDPOINTS", "AGE"],
        (Kind::EndpointSlice, _) => &["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"],
        (Kind::PriorityClass, _) => &["NAME", "VALUE", "GLOBAL-DEFAULT", "AGE", "PREEMPTIONPOLICY"],
    };
    columns.iter().map(|c| c.to_string()).collect()
}

/// One row for an object.
pub fn row(cluster: &Cluster, object: &ObjectView<'_>, wide: bool) -> Vec<String> {
    let now = cluster.now();
    match object {
        ObjectView::Pod(pod) => pod_row(pod, now, wide),
        ObjectView::ConfigMap(config_map) => vec![
            config_map.meta.name.clone(),
            (config_map.data.len() + config_map.binary_data.len()).to_string(),
            age(now, config_map.meta.creation_timestamp),
        ],
        ObjectView::Secret(secret) => vec![
            secret.meta.name.clone(),
            secret.secret_type.clone(),
            secret.data.len().to_string(),
            age(now, secret.meta.creation_timestamp),
        ],
        ObjectView::ServiceAccount(account) => vec![
            account.meta.name.clone(),
            age(now, account.meta.creation_timestamp),
        ],
        ObjectView::PriorityClass(class) => vec![
            class.meta.name.clone(),
            class.value.to_string(),
            class.global_default.to_string(),
            age(now, class.meta.creation_timestamp),
            class.preemption_policy.clone().unwrap_or_default(),
        ],
        ObjectView::Endpoints(endpoints) if endpoints.kind == Kind::Endpoints => vec![
            endpoints.meta.name.clone(),
            format_endpoints(&endpoints.to_value()),
            age(now, endpoints.meta.creation_timestamp),
        ],
        ObjectView::Endpoints(slice) => {
            let body = slice.to_value();
            let ports = value::array_at(&body, &["ports"]).iter().map(|port| {
                value::i64_at(port, &["port"])
                    .map(|number| number.to_string())
                    .or_else(|| value::str_at(port, &["name"]).map(str::to_string))
                    .unwrap_or_else(|| "*".to_string())
            });
            let addresses = value::array_at(&body, &["endpoints"])
                .iter()
                .flat_map(|endpoint| value::array_at(endpoint, &["addresses"]))
                .map(|address| address.as_str().unwrap_or("").to_string());
            vec![
                slice.meta.name.clone(),
                value::str_at(&body, &["addressType"])
                    .unwrap_or("")
                    .to_string(),
                list_with_more(ports),
                list_with_more(addresses),
                age(now, slice.meta.creation_timestamp),
            ]
        }
        ObjectView::Namespace(namespace) => vec![
            namespace.meta.name.clone(),
            match namespace.phase {
                crate::api::NamespacePhase::Active => "Active".into(),
                crate::api::NamespacePhase::Terminating => "Terminating".into(),
            },
            age(now, namespace.meta.creation_timestamp),
        ],
        ObjectView::Node(node) => {
            let mut status = if node.ready { "Ready" } else { "NotReady" }.to_string();
            if node.unschedulable {
                status.push_str(",SchedulingDisabled");
            }
            let roles = node_roles(node);
            let info = |key: &str| {
                value::str_at(&node.status, &["nodeInfo", key])
                    .unwrap_or("")
                    .to_string()
            };
            let mut cells = vec![
                node.meta.name.clone(),
                status,
                if roles.is_empty() {
                    "<none>".into()
                } else {
                    roles.join(",")
                },
                age(now, node.meta.creation_timestamp),
                info("kubeletVersion"),
            ];
            if wide {
                let address = |kind: &str| {
                    value::array_at(&node.status, &["addresses"])
                        .iter()
                        .find(|a| value::str_at(a, &["type"]) == Some(kind))
                        .and_then(|a| value::str_at(a, &["address"]))
                        .unwrap_or("<none>")
                        .to_string()
                };
                let or_unknown = |text: String| {
                    if text.is_empty() {
                        "<unknown>".to_string()
                    } else {
                        text
                    }
                };
                cells.push(address("InternalIP"));
                cells.push(address("ExternalIP"));
                cells.push(or_unknown(info("osImage")));
                cells.push(or_unknown(info("kernelVersion")));
                cells.push(or_unknown(info("containerRuntimeVersion")));
            }
            cells
        }
        ObjectView::ReplicationController(rc) => {
            let mut cells = vec![
                rc.meta.name.clone(),
                rc.replicas.to_string(),
                rc.status_replicas.to_string(),
                rc.status_ready.to_string(),
                age(now, rc.meta.creation_timestamp),
            ];
            if wide {
                template_cells(&mut cells, &rc.spec, &rc.selector);
            }
            cells
        }
        ObjectView::Job(job) => {
            let mut cells = vec![
                job.meta.name.clone(),
                job_status(job).to_string(),
                job_completions(job),
                job_duration(job, now),
                age(now, job.meta.creation_timestamp),
            ];
            if wide {
                template_cells(&mut cells, &job.spec, &job.selector);
            }
            cells
        }
        ObjectView::DaemonSet(daemon_set) => {
            let node_selector =
                value::string_map_at(&daemon_set.spec, &["template", "spec", "nodeSelector"]);
            let mut cells = vec![
                daemon_set.meta.name.clone(),
                daemon_set.desired_scheduled.to_string(),
                daemon_set.current_scheduled.to_string(),
                daemon_set.ready.to_string(),
                daemon_set.updated_scheduled.to_string(),
                daemon_set.available.to_string(),
                format_labels(&node_selector),
                age(now, daemon_set.meta.creation_timestamp),
            ];
            if wide {
                template_cells(&mut cells, &daemon_set.spec, &daemon_set.selector);
            }
            cells
        }
        ObjectView::Deployment(deployment) => {
            let mut cells = vec![
                deployment.meta.name.clone(),
                format!("{}/{}", deployment.status_ready, deployment.replicas),
                deployment.status_updated.to_string(),
                deployment.status_available.to_string(),
                age(now, deployment.meta.creation_timestamp),
            ];
            if wide {
                template_cells(&mut cells, &deployment.spec, &deployment.selector);
            }
            cells
        }
        ObjectView::Service(service) => {
            let spec = &service.spec;
            let service_type = value::str_at(spec, &["type"]).unwrap_or("ClusterIP");
            let cluster_ip = value::array_at(spec, &["clusterIPs"])
                .first()
                .and_then(|ip| ip.as_str())
                .or_else(|| value::str_at(spec, &["clusterIP"]))
                .filter(|ip| !ip.is_empty())
                .unwrap_or("<none>");
            let external_ips: Vec<&str> = value::array_at(spec, &["externalIPs"])
                .iter()
                .filter_map(|ip| ip.as_str())
                .collect();
            let external = if !external_ips.is_empty() {
                external_ips.join(",")
            } else if service_type == "LoadBalancer" {
                "<pending>".to_string()
            } else if service_type == "ExternalName" {
                value::str_at(spec, &["externalName"])
                    .unwrap_or("<none>")
                    .to_string()
            } else {
                "<none>".to_string()
            };
            let ports: Vec<String> = value::array_at(spec, &["ports"])
                .iter()
                .map(|port| {
                    let number = value::i64_at(port, &["port"]).unwrap_or(0);
                    let protocol = value::str_at(port, &["protocol"]).unwrap_or("TCP");
                    match value::i64_at(port, &["nodePort"]) {
                        Some(node_port) => format!("{number}:{node_port}/{protocol}"),
                        None => format!("{number}/{protocol}"),
                    }
                })
                .collect();
            let mut cells = vec![
                service.meta.name.clone(),
                service_type.to_string(),
                cluster_ip.to_string(),
                external,
                if ports.is_empty() {
                    "<none>".into()
                } else {
                    ports.join(",")
                },
                age(now, service.meta.creation_timestamp),
            ];
            if wide {
                let selector = value::string_map_at(spec, &["selector"]);
                cells.push(if selector.is_empty() {
                    "<none>".into()
                } else {
                    format_labels(&selector)
                });
            }
            cells
        }
        ObjectView::Event(event) => {
            let last = event_last_age(now, event);
            let last_seen = if event.count > 1 {
                format!(
                    "{last} (x{} over {})",
                    event.count,
                    event_first_age(now, event)
                )
            } else {
                last
            };
            let object = format!(
                "{}/{}",
                event.involved.kind.to_ascii_lowercase(),
                event.involved.name
            );
            if wide {
                // `formatEventSource`: the source's host, or else the reporting instance.
                let source = match event
                    .source_host
                    .as_ref()
                    .or(event.reporting_instance.as_ref())
                {
                    Some(host) => format!("{}, {host}", event.source_component),
                    None => event.source_component.clone(),
                };
                vec![
                    last_seen,
                    event.event_type.to_string(),
                    event.reason.clone(),
                    object,
                    event.involved.field_path.clone().unwrap_or_default(),
                    source,
                    event.message.trim().to_string(),
                    event_first_age(now, event),
                    event.count.to_string(),
                    event.meta.name.clone(),
                ]
            } else {
                vec![
                    last_seen,
                    event.event_type.to_string(),
                    event.reason.clone(),
                    object,
                    event.message.trim().to_string(),
                ]
            }
        }
    }
}

/// `formatEndpoints` with all ports: up to three ready `ip:port`s, then `+ N more...`;
/// `<none>` without subsets.
fn format_endpoints(endpoints: &serde_json::Value) -> String {
    let subsets = value::array_at(endpoints, &["subsets"]);
    if subsets.is_empty() {
        return "<none>".to_string();
    }
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let mut more = false;
    let mut count = 0;
    for subset in subsets {
        let addresses = value::array_at(subset, &["addresses"]);
        let ips = addresses
            .iter()
            .map(|address| value::str_at(address, &["ip"]).unwrap_or(""));
        let ports = value::array_at(subset, &["ports"]);
        let ports: Vec<Option<i64>> = if ports.is_empty() {
            vec![None]
        } else {
            ports
                .iter()
                .map(|port| Some(value::i64_at(port, &["port"]).unwrap_or(0)))
                .collect()
        };
        for port in ports {
            count += addresses.len();
            for ip in ips.clone() {
                if list.len() == MAX {
                    more = true;
                    break;
                }
                list.push(match port {
                    Some(port) => format!("{ip}:{port}"),
                    None => ip.to_string(),
                });
            }
        }
    }
    let text = list.join(",");
    if more {
        format!("{text} + {} more...", count - MAX)
    } else {
        text
    }
}

/// `formatDiscoveryPorts` and `formatDiscoveryEndpoints` over `listWithMoreString`: up to
/// three items, then `+ N more...`; `<unset>` for none.
fn list_with_more(items: impl Iterator<Item = String>) -> String {
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let mut count = 0;
    for item in items {
        if list.len() < MAX {
            list.push(item);
        }
        count += 1;
    }
    let text = list.join(",");
    if count > MAX {
        format!("{text} + {} more...", count - MAX)
    } else if text.is_empty() {
        "<unset>".to_string()
    } else {
        text
    }
}

/// READY, STATUS and RESTARTS of a pod, as `printPod` works them out.
pub(crate) struct PodSummary {
    pub(crate) ready: usize,
    pub(crate) total: usize,
    pub(crate) reason: String,
    pub(crate) restarts: i64,
    pub(crate) last_restart: Option<SimTime>,
}

pub(crate) fn pod_summary(pod: &Pod) -> PodSummary {
    let mut reason = match &pod.status.reason {
        Some(reason) if !reason.is_empty() => reason.clone(),
        _ => pod.status.phase.as_str().to_string(),
    };
    if let Some(condition) = pod.status.condition("PodScheduled") {
        if condition.reason.as_deref() == Some("SchedulingGated") {
            reason = "SchedulingGated".into();
        }
    }
    let sidecar = |name: &str| {
        pod.init_containers
            .iter()
            .position(|c| c.name == name)
            .is_some_and(|init| pod.is_sidecar(init))
    };
    let n_init = pod.init_containers.len();
    let mut ready = 0;
    let total = pod.containers.len() + (0..n_init).filter(|i| pod.is_sidecar(*i)).count();
    let finished = |status: &crate::api::ContainerStatus| match &status.last_state {
        Some(ContainerState::Terminated { finished_at, .. }) => Some(*finished_at),
        _ => None,
    };
    let (mut restarts, mut last_restart) = (0, None);
    let (mut sidecar_restarts, mut sidecar_last_restart) = (0, None);
    let mut initializing = false;
    for (index, status) in pod.status.init_container_statuses.iter().enumerate() {
        restarts += status.restart_count;
        last_restart = last_restart.max(finished(status));
        let is_sidecar = sidecar(&status.name);
        if is_sidecar {
            sidecar_restarts += status.restart_count;
            sidecar_last_restart = sidecar_last_restart.max(finished(status));
        }
        match &status.state {
            ContainerState::Terminated { exit_code: 0, .. } => continue,
            _ if is_sidecar && status.started => {
                if status.ready {
                    ready += 1;
                }
                continue;
            }
            ContainerState::Terminated {
                reason: terminated,
                exit_code,
                ..
            } => {
                reason = if terminated.is_empty() {
                    format!("Init:ExitCode:{exit_code}")
                } else {
                    format!("Init:{terminated}")
                };
            }
            ContainerState::Waiting {
                reason: waiting, ..
            } if !waiting.is_empty() && waiting != "PodInitializing" => {
                reason = format!("Init:{waiting}");
            }
            _ => reason = format!("Init:{index}/{n_init}"),
        }
        initializing = true;
        break;
    }
    let initialized = pod
        .status
        .condition("Initialized")
        .is_some_and(|c| c.status);
    if !initializing || initialized {
        restarts = sidecar_restarts;
        last_restart = sidecar_last_restart;
        let mut has_running = false;
        for status in pod.status.container_statuses.iter().rev() {
            restarts += status.restart_count;
            last_restart = last_restart.max(finished(status));
            match &status.state {
                ContainerState::Waiting {
                    reason: waiting, ..
                } if !waiting.is_empty() => reason = waiting.clone(),
                ContainerState::Terminated {
                    reason: terminated,
                    exit_code,
                    ..
                } => {
                    reason = if terminated.is_empty() {
                        format!("ExitCode:{exit_code}")
                    } else {
                        terminated.clone()
                    };
                }
                ContainerState::Running { .. } if status.ready => {
                    has_running = true;
                    ready += 1;
                }
                _ => {}
            }
        }
        if reason == "Completed" && has_running {
            let pod_ready = pod
                .status
                .condition("Ready")
                .map(|c| c.status)
                .unwrap_or(false);
            reason = if pod_ready {
                "Running".into()
            } else {
                "NotReady".into()
            };
        }
    }
    if pod.meta.deletion_timestamp.is_some() && !pod.status.phase.is_terminal() {
        reason = "Terminating".into();
    }
    PodSummary {
        ready,
        total,
        reason,
        restarts,
        last_restart,
    }
}

/// The STATUS column of a pod (`printPod`).
pub fn pod_status(pod: &Pod) -> String {
    pod_summary(pod).reason
}

/// The READINESS GATES column: how many of the pod's readiness gates name a condition that is
/// True, out of how many gates (`<none>` without gates).
fn readiness_gates(pod: &Pod) -> String {
    let gates = crate::api::value::array_at(&pod.spec, &["readinessGates"]);
    if gates.is_empty() {
        return "<none>".into();
    }
    let met = gates
        .iter()
        .filter_map(|gate| crate::api::value::str_at(gate, &["conditionType"]))
        .filter(|condition_type| {
            pod.status
                .condition(condition_type)
                .is_some_and(|condition| condition.status)
        })
        .count();
    format!("{met}/{}", gates.len())
}

fn pod_row(pod: &Pod, now: SimTime, wide: bool) -> Vec<String> {
    let PodSummary {
        ready,
        total,
        reason,
        restarts,
        last_restart,
    } = pod_summary(pod);
    let restarts_cell = match (restarts, last_restart) {
        (n, Some(time)) if n > 0 => format!("{n} ({} ago)", age(now, time)),
        (n, _) => n.to_string(),
    };
    let mut cells = vec![
        pod.meta.name.clone(),
        format!("{ready}/{total}"),
        reason,
        restarts_cell,
        age(now, pod.meta.creation_timestamp),
    ];
    if wide {
        cells.push(pod.status.pod_ip.clone().unwrap_or_else(|| "<none>".into()));
        cells.push(pod.node_name.clone().unwrap_or_else(|| "<none>".into()));
        cells.push("<none>".into());
        cells.push(readiness_gates(pod));
    }
    let _ = PodPhase::Pending;
    cells
}
