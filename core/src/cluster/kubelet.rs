//! The kubelets: what happens to a pod once it is bound to a node.
//!
//! Each pod moves through timed `Step`s: admission (Initialized, ContainerCreating), sandbox
//! (PodReadyToStartContainers, pod IP), then per container, in order: image pull (time depends
//! on the image's size and whether the node already has it), create, start. Unknown images
//! fail with `ErrImagePull` and back off as `ImagePullBackOff` (10 s doubling to 300 s).
//! Deletion sends the image's stop signal (SIGTERM, nginx's SIGQUIT); an app that ignores it
//! (the kubia server) is killed when the grace period runs out, then the pod object is
//! removed. Every step records the kubelet's events.
//!
//! Init containers (`computeInitContainerActions`) come first, one at a time through the same
//! steps: a step's `container` is the pod's kubelet index (`Pod::container_at`: the app
//! containers, then the init containers). Each must exit 0 before the next starts (a sidecar,
//! `restartPolicy: Always`, only has to be running); a failed one restarts under the crash-loop
//! back-off, or with `restartPolicy: Never` fails the pod. Until they are done the pod is
//! Pending, `Initialized` is False and the containers not run yet wait as `PodInitializing`.
//! Sidecars are probed like app containers (a startup probe holds back the next init
//! container). Once the app containers of a pod that does not restart them have all ended,
//! its sidecars are stopped, the last one defined first (`newTerminationOrdering`), and only
//! then is the pod Succeeded or Failed.
//!
//! A pod running longer than its `activeDeadlineSeconds` (from `status.startTime`) is failed
//! by the active deadline handler: its containers are stopped as on deletion, then it is
//! Failed with `reason: DeadlineExceeded` (`DeadlineExceeded` events at each status
//! generation).
//!
//! Containers with probes are probed by the prober (`prober`): a failed liveness or startup
//! probe kills the container the same way (`Killing`, SIGTERM, SIGKILL after the grace
//! period) and the pod worker starts it again, under the crash-loop back-off from the second
//! time on; readiness decides the container's `ready`. A running container instance keeps
//! the files its processes write and the requests its server answered (`ContainerInstance`),
//! which its probes see.

use super::container_sh::{self, Machine, Output, Pause, Process};
use super::http_client::{self, PodAddress};
use super::image_programs;
use super::images::{self, ImageRef, Program};
use super::prober;
use super::volumes::SourceKind;
use super::{controllers, Cluster, DeleteOutcome, ObjectKey, Task};
use crate::api::value;
use crate::api::{ContainerState, ContainerStatus, ObjectReference, Pod, PodPhase};
use crate::clock::{SimDuration, SimTime};
use serde_json::Value;
use std::collections::BTreeMap;

/// One timed kubelet action for a pod.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Admit,
    /// The volume manager mounts the pod's volumes (a ConfigMap or Secret volume waits for
    /// its source, retrying with a doubling back-off).
    MountVolumes {
        attempt: u32,
    },
    Pull {
        container: usize,
        attempt: u32,
    },
    PullDone {
        container: usize,
    },
    PullFailed {
        container: usize,
        attempt: u32,
    },
    BackOff {
        container: usize,
        attempt: u32,
    },
    Start {
        container: usize,
    },
    Exit {
        container: usize,
        exit_code: i64,
    },
    /// The container's `sh -c` script wakes from a sleep (if that instance still runs).
    Resume {
        container: usize,
        restarts: i64,
    },
    /// A container stopped for a new spec (image) is gone; start it again.
    Replaced {
        container: usize,
        exit_code: i64,
    },
    /// A probe worker's tick (a tick of an older `generation` belongs to a ticker that a
    /// manual run has reset since).
    Probe {
        container: usize,
        kind: prober::Kind,
        generation: u32,
    },
    /// A pod sync runs the container's readiness probe at once (`UpdatePodStatus`).
    ProbeNow {
        container: usize,
    },
    /// The container killed for a failed liveness or startup probe is gone (instance
    /// `restarts`).
    ProbeKilled {
        container: usize,
        restarts: i64,
        exit_code: i64,
    },
    /// The pod worker has seen that a container exited (instance `restarts`) and may start it
    /// again.
    Relisted {
        container: usize,
        restarts: i64,
    },
    /// The pod worker tries again to start a container in crash-loop back-off.
    ProbeRestart {
        container: usize,
        restarts: i64,
    },
    Kill,
    /// The grace period is over (or every process has exited): the kubelet writes the pod's
    /// final, terminal status.
    Stopped,
    Remove,
    /// The sync loop's check of the pod's `activeDeadlineSeconds` (`ShouldSync`).
    ActiveDeadline,
    /// The containers of a pod past its active deadline have stopped (`killed`: by SIGKILL
    /// when the grace period ran out).
    DeadlineStopped {
        killed: bool,
    },
    /// The pod's app containers are all done for good: the pod sync kills its sidecars.
    StopSidecars,
    /// A sidecar stopped (`killed`: by SIGKILL at the end of its grace period); the pod's
    /// termination began at `began`.
    SidecarStopped {
        container: usize,
        began: SimTime,
        killed: bool,
    },
}

/// Runs a step if the pod still exists with the same uid.
pub(super) fn run_step(cluster: &mut Cluster, key: &ObjectKey, uid: &str, step: Step) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    if pod.meta.uid != uid {
        return;
    }
    // A terminating pod only finishes dying; so does one past its active deadline, and
    // nothing runs again in one the kubelet has failed (`status.reason`).
    let dying = matches!(step, Step::Kill | Step::Stopped | Step::Remove);
    let stopping = pod.status.stopping && !matches!(step, Step::DeadlineStopped { .. });
    if (pod.is_terminating() || stopping || pod.status.reason.is_some()) && !dying {
        return;
    }
    match step {
        Step::Admit => admit(cluster, key, uid),
        Step::MountVolumes { attempt } => mount_volumes(cluster, key, uid, attempt),
        Step::Pull { container, attempt } => pull(cluster, key, uid, container, attempt),
        Step::PullDone { container } => pull_done(cluster, key, uid, container),
        Step::PullFailed { container, attempt } => {
            pull_failed(cluster, key, uid, container, attempt)
        }
        Step::BackOff { container, attempt } => back_off(cluster, key, uid, container, attempt),
        Step::Start { container } => start(cluster, key, uid, container),
        Step::Exit {
            container,
            exit_code,
        } => exit(cluster, key, uid, container, exit_code),
        Step::Resume {
            container,
            restarts,
        } => resume_shell(cluster, key, uid, container, restarts),
        Step::Replaced {
            container,
            exit_code,
        } => replaced(cluster, key, uid, container, exit_code),
        Step::Probe {
            container,
            kind,
            generation,
        } => prober::tick(cluster, key, uid, container, kind, Some(generation)),
        Step::ProbeNow { container } => {
            prober::tick(cluster, key, uid, container, prober::Kind::Readiness, None)
        }
        Step::ProbeKilled {
            container,
            restarts,
            exit_code,
        } => prober::killed(cluster, key, uid, container, restarts, exit_code),
        Step::ProbeRestart {
            container,
            restarts,
        } => prober::retry(cluster, key, uid, container, restarts),
        Step::Relisted {
            container,
            restarts,
        } => prober::exited(cluster, key, uid, container, restarts),
        Step::Kill => kill(cluster, key, uid),
        Step::Stopped => stopped(cluster, key, uid),
        Step::Remove => remove(cluster, key),
        Step::ActiveDeadline => active_deadline(cluster, key, uid),
        Step::DeadlineStopped { killed } => deadline_stopped(cluster, key, uid, killed),
        Step::StopSidecars => stop_sidecars(cluster, key, uid),
        Step::SidecarStopped {
            container,
            began,
            killed,
        } => sidecar_stopped(cluster, key, uid, (container, began, killed)),
    }
}

/// Whether the pod's app containers have all ended and none will run again
/// (`computePodActions` keeps none and starts none: `KillPod`, and no sidecar restarts).
pub(super) fn app_containers_done(pod: &Pod) -> bool {
    use crate::api::pod::RestartPolicy;
    !pod.status.container_statuses.is_empty()
        && pod.status.container_statuses.iter().all(|status| {
            matches!(status.state, ContainerState::Terminated { exit_code, .. }
            if match pod.restart_policy {
                RestartPolicy::Always => false,
                RestartPolicy::OnFailure => exit_code == 0,
                RestartPolicy::Never => true,
            })
        })
}

/// The pod's running sidecars, by kubelet index, in the spec's order.
fn running_sidecars(pod: &Pod) -> Vec<usize> {
    (0..pod.init_containers.len())
        .filter(|init| pod.is_sidecar(*init))
        .map(|init| pod.init_index(init))
        .filter(|index| {
            pod.status_at(*index)
                .is_some_and(|status| matches!(status.state, ContainerState::Running { .. }))
        })
        .collect()
}

/// `KillPod` once the app containers are done: every running sidecar gets its `Killing`
/// event at once, and they stop in the reverse of their order in the spec
/// (`newTerminationOrdering`), each after the one defined after it has exited.
fn stop_sidecars(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    if !app_containers_done(pod) {
        return;
    }
    let sidecars = running_sidecars(pod);
    announce_stopping(cluster, key, &sidecars);
    if let Some(last) = sidecars.last() {
        signal_sidecar(cluster, key, uid, *last, now);
    }
}

/// SIGTERM to a sidecar whose turn has come: it ends on it, or is killed when what is left of
/// the pod's grace period runs out (`waitForTurn`'s wait taken off, 2 s at least). Its wait
/// is itself bounded by the grace period: past it, its turn came when that ran out, even if
/// the sidecar defined after it was still stopping.
fn signal_sidecar(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    began: SimTime,
) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let budget = pod.termination_grace_period_seconds.max(0);
    let turn = now.min(began.plus(SimDuration::from_secs(budget)));
    let waited = turn.since(began).as_millis() / 1000;
    let grace = budget.saturating_sub(waited).max(2);
    let ends = pod
        .status_at(container)
        .is_none_or(|status| exits_on_stop_signal(&status.image));
    let (after, killed) = if ends {
        (turn.plus(cluster.jitter(100, 700)).since(now), false)
    } else {
        (turn.plus(SimDuration::from_secs(grace)).since(now), true)
    };
    let step = Step::SidecarStopped {
        container,
        began,
        killed,
    };
    later(cluster, after, key, uid, step);
}

fn sidecar_stopped(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    (container, began, killed): (usize, SimTime, bool),
) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    let Some(status) = pod.status_at_mut(container) else {
        return;
    };
    let exit_code = stop_exit_code(&status.image, killed);
    let Some(terminated) = end_running(status, exit_code, now) else {
        return;
    };
    status.state = terminated;
    let name = status.name.clone();
    let earlier = running_sidecars(pod)
        .into_iter()
        .rfind(|index| *index < container);
    cluster.shells.remove(&(uid.to_string(), name));
    update_readiness(cluster, key);
    if let Some(earlier) = earlier {
        signal_sidecar(cluster, key, uid, earlier, began);
    }
}

pub(super) fn later(
    cluster: &mut Cluster,
    after: SimDuration,
    key: &ObjectKey,
    uid: &str,
    step: Step,
) {
    cluster.schedule(
        after,
        Task::Kubelet {
            key: key.clone(),
            uid: uid.to_string(),
            step,
        },
    );
}

/// The `fieldPath` that names a container of the pod in events: `spec.containers{NAME}` or
/// `spec.initContainers{NAME}`.
fn field_path(pod: &Pod, container: usize) -> String {
    let name = pod
        .container_at(container)
        .map(|c| c.name.as_str())
        .unwrap_or_default();
    if pod.as_init(container).is_some() {
        format!("spec.initContainers{{{name}}}")
    } else {
        format!("spec.containers{{{name}}}")
    }
}

fn container_reference(pod: &Pod, container: usize) -> ObjectReference {
    ObjectReference {
        kind: "Pod".into(),
        namespace: pod.meta.namespace.clone(),
        name: pod.meta.name.clone(),
        uid: pod.meta.uid.clone(),
        field_path: Some(field_path(pod, container)),
        resource_version: pod.meta.resource_version,
    }
}

pub(super) fn kubelet_event(
    cluster: &mut Cluster,
    key: &ObjectKey,
    container: Option<usize>,
    event_type: &'static str,
    reason: &str,
    message: String,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let involved = match container {
        Some(index) => container_reference(pod, index),
        None => super::scheduler::object_reference(pod),
    };
    let host = pod.node_name.clone();
    cluster.record_event(involved, event_type, reason, message, "kubelet", host);
}

/// An event the kubelet records about its node: it names the node with the node's name as
/// uid (`nodeRef`), as the real kubelet does.
pub(super) fn node_event(cluster: &mut Cluster, node: &str, reason: &str, message: String) {
    let involved = ObjectReference {
        kind: "Node".into(),
        namespace: None,
        name: node.to_string(),
        uid: node.to_string(),
        field_path: None,
        resource_version: 0,
    };
    cluster.record_event(
        involved,
        "Normal",
        reason,
        message,
        "kubelet",
        Some(node.to_string()),
    );
}

fn bump(cluster: &mut Cluster, key: &ObjectKey) {
    let resource_version = cluster.next_resource_version();
    if let Some(pod) = cluster.pods.get_mut(key) {
        pod.meta.resource_version = resource_version;
    }
}

fn uses_host_network(pod: &Pod) -> bool {
    crate::api::value::at(&pod.spec, &["hostNetwork"])
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false)
}

fn admit(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(node) = pod
        .node_name
        .as_ref()
        .and_then(|name| cluster.nodes.get(name))
    else {
        return;
    };
    if !node.ready {
        return;
    }
    let host_ip = node.internal_ip.clone();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    pod.status.host_ip = Some(host_ip);
    pod.status.start_time = Some(now);
    pod.status
        .set_condition("PodReadyToStartContainers", false, now, None, None);
    // `GeneratePodInitializedCondition`: no init container has completed yet.
    if pod.init_containers.is_empty() {
        pod.status
            .set_condition("Initialized", true, now, None, None);
    } else {
        let names: Vec<String> = pod.init_containers.iter().map(|c| c.name.clone()).collect();
        pod.status.set_condition(
            "Initialized",
            false,
            now,
            Some("ContainersNotInitialized".into()),
            Some(format!(
                "containers with incomplete status: [{}]",
                names.join(" ")
            )),
        );
    }
    let names: Vec<String> = pod.containers.iter().map(|c| c.name.clone()).collect();
    let unready = format!("containers with unready status: [{}]", names.join(" "));
    pod.status.set_condition(
        "Ready",
        false,
        now,
        Some("ContainersNotReady".into()),
        Some(unready.clone()),
    );
    pod.status.set_condition(
        "ContainersReady",
        false,
        now,
        Some("ContainersNotReady".into()),
        Some(unready),
    );
    // `convertToAPIContainerStatuses`' default state: `PodInitializing` in a pod with init
    // containers (for all its containers), else `ContainerCreating`.
    let waiting = if pod.init_containers.is_empty() {
        "ContainerCreating"
    } else {
        "PodInitializing"
    };
    let fresh = |container: &crate::api::pod::ContainerSpec| ContainerStatus {
        name: container.name.clone(),
        image: container.image.clone(),
        image_id: None,
        container_id: None,
        state: ContainerState::Waiting {
            reason: waiting.into(),
            message: None,
        },
        last_state: None,
        ready: false,
        restart_count: 0,
        started: false,
    };
    pod.status.container_statuses = pod.containers.iter().map(fresh).collect();
    pod.status.init_container_statuses = pod.init_containers.iter().map(fresh).collect();
    bump(cluster, key);
    schedule_active_deadline(cluster, key);
    let delay = cluster.jitter(600, 1500);
    later(cluster, delay, key, uid, Step::MountVolumes { attempt: 0 });
}

/// When the pod's `activeDeadlineSeconds` (counted from `status.startTime`) runs out, the
/// sync loop's next one-second tick finds it past its deadline (`pastActiveDeadline`).
pub(super) fn schedule_active_deadline(cluster: &mut Cluster, key: &ObjectKey) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(deadline) = active_deadline_at(pod) else {
        return;
    };
    let uid = pod.meta.uid.clone();
    let tick = cluster.jitter(0, 999);
    let after = deadline.plus(tick).since(now);
    later(cluster, after, key, &uid, Step::ActiveDeadline);
}

/// When a started pod's `activeDeadlineSeconds` runs out, if it has one.
fn active_deadline_at(pod: &Pod) -> Option<SimTime> {
    let start = pod.status.start_time?;
    let seconds = value::i64_at(&pod.spec, &["activeDeadlineSeconds"])?;
    Some(start.plus(SimDuration::from_secs(seconds)))
}

/// The active deadline handler (`active_deadline.go`): a pod running longer than its
/// `activeDeadlineSeconds` is failed by the kubelet. `ShouldEvict` records `DeadlineExceeded`
/// each time the pod's status is generated: in `SyncPod`, which finds the pod terminal, and in
/// `SyncTerminatingPod`, which kills its containers with the pod's grace period. Until they
/// have stopped the status manager keeps the phase (`mergePodStatus`), but the Ready
/// conditions already say `PodFailed`.
fn active_deadline(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(deadline) = active_deadline_at(pod) else {
        return;
    };
    if pod.status.phase.is_terminal() || now < deadline {
        return;
    }
    // `killContainer` gives a container 2 s at least.
    let grace = pod.termination_grace_period_seconds.max(2);
    for _ in 0..2 {
        deadline_event(cluster, key);
    }
    let all_exit_on_stop_signal = stop_containers(cluster, key);
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    pod.status.stopping = true;
    for condition in ["Ready", "ContainersReady"] {
        pod.status
            .set_condition(condition, false, now, Some("PodFailed".into()), None);
    }
    bump(cluster, key);
    controllers::pod_changed(cluster, key);
    let (after, killed) = if all_exit_on_stop_signal {
        (cluster.jitter(100, 700), false)
    } else {
        (SimDuration::from_secs(grace), true)
    };
    later(cluster, after, key, uid, Step::DeadlineStopped { killed });
}

fn deadline_event(cluster: &mut Cluster, key: &ObjectKey) {
    kubelet_event(
        cluster,
        key,
        None,
        "Normal",
        "DeadlineExceeded",
        "Pod was active on the node longer than the specified deadline".into(),
    );
}

/// `SyncTerminatingPod` after `killPod`, then `SyncTerminatedPod`: the pod's final status,
/// Failed with the deadline handler's reason and message.
fn deadline_stopped(cluster: &mut Cluster, key: &ObjectKey, uid: &str, killed: bool) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    terminate_running(pod, now, killed);
    pod.status.stopping = false;
    pod.status.phase = PodPhase::Failed;
    pod.status.reason = Some("DeadlineExceeded".into());
    pod.status.message =
        Some("Pod was active on the node longer than the specified deadline".into());
    set_terminal_conditions(pod, now);
    cluster.shells.retain(|(pod_uid, _), _| pod_uid != uid);
    for _ in 0..2 {
        deadline_event(cluster, key);
    }
    bump(cluster, key);
    controllers::pod_changed(cluster, key);
}

/// Mounts the pod's volumes, then makes its sandbox. A ConfigMap or Secret volume whose
/// source is missing (or lacks a key its `items` name), or an inline CSI volume (the nodes
/// run no CSI driver), keeps the pod in `ContainerCreating`:
/// `FailedMount` events, and another try after 0.5 s, 1 s, 2 s… up to 2 min 2 s, as the
/// volume manager's exponential back-off.
fn mount_volumes(cluster: &mut Cluster, key: &ObjectKey, uid: &str, attempt: u32) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let namespace = pod.namespace().to_string();
    // The volume manager sets the volumes up side by side: each failing one says so.
    let failures: Vec<(String, String)> = value::array_at(&pod.spec, &["volumes"])
        .iter()
        .filter_map(|volume| volume_failure(cluster, &namespace, volume))
        .collect();
    if failures.is_empty() {
        sandbox_ready(cluster, key, uid);
        return;
    }
    for (volume, error) in failures {
        kubelet_event(
            cluster,
            key,
            None,
            "Warning",
            "FailedMount",
            format!("MountVolume.SetUp failed for volume \"{volume}\" : {error}"),
        );
    }
    let millis = (500_i64 << attempt.min(8)).min(122_000);
    later(
        cluster,
        SimDuration::from_millis(millis),
        key,
        uid,
        Step::MountVolumes {
            attempt: attempt.saturating_add(1),
        },
    );
}

/// Why a ConfigMap, Secret or inline CSI volume cannot be set up (`None` when it can).
fn volume_failure(cluster: &Cluster, namespace: &str, volume: &Value) -> Option<(String, String)> {
    let name = value::str_at(volume, &["name"]).unwrap_or("").to_string();
    // No CSI driver is registered on the nodes: `csiMountMgr.SetUpAt` fails to get a client
    // (a transient failure, tried again and again).
    if let Some(csi) = value::at(volume, &["csi"]).filter(|csi| !csi.is_null()) {
        let driver = value::str_at(csi, &["driver"]).unwrap_or("");
        return Some((
            name,
            format!(
                "kubernetes.io/csi: mounter.SetUpAt failed to get CSI client: driver name {driver} not found in the list of registered CSI drivers"
            ),
        ));
    }
    let (kind, source) = SourceKind::of(volume, "configMap", "secret")?;
    let optional = value::at(source, &["optional"]) == Some(&Value::Bool(true));
    let name_field = if kind == SourceKind::ConfigMap {
        "name"
    } else {
        "secretName"
    };
    let source_name = value::str_at(source, &[name_field]).unwrap_or("");
    let Some(found) = cluster.key_source(kind, namespace, source_name) else {
        return (!optional).then(|| {
            (
                name,
                format!("{} \"{source_name}\" not found", kind.resource()),
            )
        });
    };
    let missing = value::array_at(source, &["items"])
        .iter()
        .filter_map(|item| value::str_at(item, &["key"]))
        .find(|key| found.file(key).is_none())
        .filter(|_| !optional)?;
    let message = match kind {
        SourceKind::ConfigMap => format!("configmap references non-existent config key: {missing}"),
        SourceKind::Secret => format!("references non-existent secret key: {missing}"),
    };
    Some((name, message))
}

fn sandbox_ready(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let node_name = pod.node_name.clone().unwrap_or_default();
    let pod_ip = if uses_host_network(pod) {
        cluster
            .nodes
            .get(&node_name)
            .map(|node| node.internal_ip.clone())
    } else {
        let node_index = cluster
            .nodes
            .get(&node_name)
            .and_then(|node| crate::api::value::str_at(&node.spec, &["podCIDR"]))
            .and_then(|cidr| cidr.split('.').nth(2))
            .and_then(|octet| octet.parse::<u32>().ok())
            .unwrap_or(0);
        let counter = cluster.next_pod_ip.entry(node_name.clone()).or_insert(2);
        let host = *counter;
        *counter = if host >= 254 { 2 } else { host + 1 };
        Some(format!("10.244.{node_index}.{host}"))
    };
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    pod.status.pod_ip = pod_ip;
    pod.status
        .set_condition("PodReadyToStartContainers", true, now, None, None);
    bump(cluster, key);
    // The pod's IP puts it in its Services' endpoints, not ready yet.
    super::endpoints::pods_changed(cluster, &key.0);
    // `SyncPod`: once the volumes are mounted, the pod is probed.
    prober::add_pod(cluster, key);
    // `computeInitContainerActions`: the first init container, if any, comes first.
    let first = cluster
        .pods
        .get(key)
        .filter(|pod| !pod.init_containers.is_empty())
        .map_or(0, |pod| pod.init_index(0));
    later(
        cluster,
        SimDuration::from_millis(20),
        key,
        uid,
        Step::Pull {
            container: first,
            attempt: 0,
        },
    );
}

fn node_has_image(cluster: &Cluster, node: &str, image: &str) -> bool {
    cluster
        .nodes
        .get(node)
        .map(|node| node.images.iter().any(|have| have == image))
        .unwrap_or(false)
}

/// Images the kind node image ships with (the control plane's own components; the catalog's
/// images from registry.k8s.io, such as the Kubernetes docs' busybox, are pulled).
fn preloaded(image: &str) -> bool {
    (image.starts_with("registry.k8s.io/") || image.starts_with("docker.io/kindest/"))
        && ImageRef::parse(image)
            .and_then(|r| images::lookup(&r))
            .is_none()
}

fn set_waiting(
    cluster: &mut Cluster,
    key: &ObjectKey,
    container: usize,
    reason: &str,
    message: Option<String>,
) {
    if let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    {
        status.state = ContainerState::Waiting {
            reason: reason.to_string(),
            message,
        };
    }
    bump(cluster, key);
}

fn pull(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, attempt: u32) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(spec) = pod.container_at(container).cloned() else {
        // Every container started: nothing more to do.
        return;
    };
    let node = pod.node_name.clone().unwrap_or_default();
    let image = spec.image.clone();
    let Some(image_ref) = ImageRef::parse(&image) else {
        let message = format!(
            "Failed to apply default image tag \"{image}\": couldn't parse image name \"{image}\": invalid reference format"
        );
        set_waiting(
            cluster,
            key,
            container,
            "InvalidImageName",
            Some(message.clone()),
        );
        kubelet_event(
            cluster,
            key,
            Some(container),
            "Warning",
            "InspectFailed",
            message,
        );
        kubelet_event(
            cluster,
            key,
            Some(container),
            "Warning",
            "Failed",
            "Error: InvalidImageName".into(),
        );
        return;
    };
    let present = preloaded(&image) || node_has_image(cluster, &node, &image);
    if present && spec.image_pull_policy != "Always" {
        let message = format!(
            "Container image \"{image}\" already present on machine and can be accessed by the pod"
        );
        kubelet_event(cluster, key, Some(container), "Normal", "Pulled", message);
        create_container(cluster, key, uid, container);
        return;
    }
    if spec.image_pull_policy == "Never" {
        let message =
            format!("Container image \"{image}\" is not present with pull policy of Never");
        set_waiting(
            cluster,
            key,
            container,
            "ErrImageNeverPull",
            Some(message.clone()),
        );
        kubelet_event(
            cluster,
            key,
            Some(container),
            "Warning",
            "ErrImageNeverPull",
            message,
        );
        return;
    }
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Normal",
        "Pulling",
        format!("Pulling image \"{image}\""),
    );
    match images::lookup(&image_ref) {
        Some(info) => {
            let millis = if present {
                cluster.rng().between(350, 1400)
            } else {
                // 35–70 MB/s plus registry round trips.
                let rate = cluster.rng().between(35, 70);
                info.size_bytes / (rate * 1000) + cluster.rng().between(400, 1800)
            };
            later(
                cluster,
                SimDuration::from_millis(millis),
                key,
                uid,
                Step::PullDone { container },
            );
        }
        None => {
            let delay = cluster.jitter(500, 1600);
            later(
                cluster,
                delay,
                key,
                uid,
                Step::PullFailed { container, attempt },
            );
        }
    }
}

/// Go's `time.Duration.String()` of a millisecond count (`885ms`, `13.456s`, `2m0.135s`).
pub fn go_duration_millis(millis: i64) -> String {
    if millis < 1000 {
        return format!("{millis}ms");
    }
    let minutes = millis / 60_000;
    let rest = millis % 60_000;
    let seconds = rest / 1000;
    let fraction = rest % 1000;
    let seconds_text = if fraction == 0 {
        format!("{seconds}s")
    } else {
        let digits = format!("{fraction:03}");
        format!("{seconds}.{}s", digits.trim_end_matches('0'))
    };
    if minutes > 0 {
        let hours = minutes / 60;
        if hours > 0 {
            format!("{hours}h{}m{seconds_text}", minutes % 60)
        } else {
            format!("{minutes}m{seconds_text}")
        }
    } else {
        seconds_text
    }
}

fn pull_done(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(spec) = pod.container_at(container) else {
        return;
    };
    let image = spec.image.clone();
    let node = pod.node_name.clone().unwrap_or_default();
    let size = ImageRef::parse(&image)
        .and_then(|r| images::lookup(&r))
        .map(|info| info.size_bytes)
        .unwrap_or(0);
    // The pull began when the last Pulling event for this container was recorded.
    let field_path = field_path(pod, container);
    let started = cluster
        .events_for(uid)
        .into_iter()
        .filter(|event| {
            event.reason == "Pulling"
                && event.involved.field_path.as_deref() == Some(field_path.as_str())
        })
        .map(|event| event.last_timestamp)
        .max()
        .unwrap_or_else(|| cluster.now());
    let took = go_duration_millis(cluster.now().since(started).as_millis());
    let message = format!(
        "Successfully pulled image \"{image}\" in {took} ({took} including waiting). Image size: {size} bytes."
    );
    kubelet_event(cluster, key, Some(container), "Normal", "Pulled", message);
    if let Some(node) = cluster.nodes.get_mut(&node) {
        if !node.images.contains(&image) {
            node.images.push(image);
        }
    }
    create_container(cluster, key, uid, container);
}

/// Goes on to the app container after `container` if it has not been tried yet.
fn start_next_container(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize) {
    let next_is_app = cluster
        .pods
        .get(key)
        .is_some_and(|pod| container.saturating_add(1) < pod.containers.len());
    if next_is_app && next_never_tried(cluster, key, container) {
        later(
            cluster,
            SimDuration::from_millis(30),
            key,
            uid,
            Step::Pull {
                container: container + 1,
                attempt: 0,
            },
        );
    }
}

/// Whether the container after `container` has not been pulled or started yet (it still
/// waits in the default state, `ContainerCreating` or `PodInitializing`).
fn next_never_tried(cluster: &Cluster, key: &ObjectKey, container: usize) -> bool {
    cluster
        .pods
        .get(key)
        .and_then(|pod| pod.status_at(container.saturating_add(1)))
        .is_some_and(|status| {
            status.container_id.is_none()
                && status.restart_count == 0
                && matches!(&status.state, ContainerState::Waiting { reason, .. }
                    if reason == "ContainerCreating" || reason == "PodInitializing")
        })
}

/// `computeInitContainerActions`: after the init container at `container` completed (or, a
/// sidecar, started), the kubelet starts the next init container, or once there is none the
/// app containers.
pub(super) fn after_init_container(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    delay: SimDuration,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(init) = pod.as_init(container) else {
        return;
    };
    let next = init.saturating_add(1);
    let target = if next < pod.init_containers.len() {
        pod.init_index(next)
    } else {
        0
    };
    let untried = pod.status_at(target).is_some_and(|status| {
        status.container_id.is_none()
            && status.restart_count == 0
            && matches!(&status.state, ContainerState::Waiting { reason, .. } if reason == "PodInitializing")
    });
    if untried {
        later(
            cluster,
            delay,
            key,
            uid,
            Step::Pull {
                container: target,
                attempt: 0,
            },
        );
    }
}

fn create_container(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize) {
    let environment = match cluster.pods.get(key) {
        Some(pod) => container_environment(cluster, pod, container),
        None => return,
    };
    match environment {
        Ok(environment) => {
            if let Some(spec) = cluster
                .pods
                .get_mut(key)
                .and_then(|pod| pod.container_at_mut(container))
            {
                spec.env = environment;
            }
        }
        Err(message) => {
            // `CreateContainerConfigError`: the pod worker tries again after its back-off
            // (10 s, jittered), and the container starts once the source exists.
            set_waiting(
                cluster,
                key,
                container,
                "CreateContainerConfigError",
                Some(message.clone()),
            );
            kubelet_event(
                cluster,
                key,
                Some(container),
                "Warning",
                "Failed",
                format!("Error: {message}"),
            );
            let retry = cluster.jitter(10_000, 15_000);
            later(
                cluster,
                retry,
                key,
                uid,
                Step::Pull {
                    container,
                    attempt: 0,
                },
            );
            // The pod's other containers start all the same.
            start_next_container(cluster, key, uid, container);
            return;
        }
    }
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Normal",
        "Created",
        "Container created".into(),
    );
    let delay = cluster.jitter(60, 400);
    later(cluster, delay, key, uid, Step::Start { container });
}

fn pull_failed(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, attempt: u32) {
    let Some(spec) = cluster
        .pods
        .get(key)
        .and_then(|pod| pod.container_at(container))
    else {
        return;
    };
    let image = spec.image.clone();
    let error = ImageRef::parse(&image)
        .map(|r| images::pull_error(&r))
        .unwrap_or_default();
    set_waiting(cluster, key, container, "ErrImagePull", Some(error.clone()));
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Warning",
        "Failed",
        format!("Failed to pull image \"{image}\": {error}"),
    );
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Warning",
        "Failed",
        "Error: ErrImagePull".into(),
    );
    let delay = cluster.jitter(800, 2500);
    later(
        cluster,
        delay,
        key,
        uid,
        Step::BackOff { container, attempt },
    );
}

fn back_off(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, attempt: u32) {
    let Some(spec) = cluster
        .pods
        .get(key)
        .and_then(|pod| pod.container_at(container))
    else {
        return;
    };
    let image = spec.image.clone();
    set_waiting(
        cluster,
        key,
        container,
        "ImagePullBackOff",
        Some(format!(
            "Back-off pulling image \"{image}\": ErrImagePull: {}",
            ImageRef::parse(&image)
                .map(|r| images::pull_error(&r))
                .unwrap_or_default()
        )),
    );
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Normal",
        "BackOff",
        format!("Back-off pulling image \"{image}\""),
    );
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Warning",
        "Failed",
        "Error: ImagePullBackOff".into(),
    );
    let seconds = (10_i64 << attempt.min(5)).min(300);
    later(
        cluster,
        SimDuration::from_secs(seconds),
        key,
        uid,
        Step::Pull {
            container,
            attempt: attempt.saturating_add(1),
        },
    );
}

fn start(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize) {
    let now = cluster.now();
    let container_id = format!("containerd://{}", cluster.rng().hex(64));
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(spec) = pod.container_at(container).cloned() else {
        return;
    };
    let pod_name = pod.meta.name.clone();
    let pod_spec = pod.spec.clone();
    // `started` and `ready` (`UpdatePodStatus`): an init container is started while it runs
    // and ready once it has completed; a sidecar is both while it runs.
    let init = pod.as_init(container);
    let sidecar = init.is_some_and(|init| pod.is_sidecar(init));
    let image_ref = ImageRef::parse(&spec.image);
    let info = image_ref.as_ref().and_then(images::lookup);
    let (resolved, image_id) = match (&image_ref, info) {
        (Some(image_ref), Some(info)) => (
            image_ref.full(),
            format!("{}@{}", image_ref.repository, info.digest),
        ),
        (Some(image_ref), None) => (
            image_ref.full(),
            format!("{}@sha256:{}", image_ref.repository, cluster.rng().hex(64)),
        ),
        (None, _) => (spec.image.clone(), String::new()),
    };
    let restarted = cluster
        .pods
        .get(key)
        .and_then(|pod| pod.status_at(container))
        .is_some_and(|status| status.restart_count > 0);
    if restarted {
        cluster.rotate_log(uid, &spec.name);
    }
    if let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    {
        status.state = ContainerState::Running { started_at: now };
        status.container_id = Some(container_id);
        status.image = resolved;
        status.image_id = Some(image_id);
        // `UpdatePodStatus`: started unless a startup probe has yet to pass, ready unless a
        // readiness probe has too.
        let (started, ready) = match init {
            Some(_) if !sidecar => (true, false),
            _ => prober::fresh_container(&pod_spec, container),
        };
        status.started = started;
        status.ready = ready;
    }
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Normal",
        "Started",
        "Container started".into(),
    );
    let program = info
        .map(|info| info.program)
        .unwrap_or(Program::SystemDaemon);
    match program {
        Program::Kubia => cluster.append_log(uid, &spec.name, "Kubia server starting...".into()),
        Program::Nginx => {
            for line in [
                "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
                "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
                "/docker-entrypoint.sh: Configuration complete; ready for start up",
            ] {
                cluster.append_log(uid, &spec.name, line.to_string());
            }
        }
        Program::Shell | Program::Cuda => {
            let argv: Vec<String> = spec.command.iter().chain(&spec.args).cloned().collect();
            // The image's shell with no script: it reads its input, so it waits for
            // `kubectl run -i` when it has one and ends at once when it has none.
            let shell_name = argv
                .first()
                .map_or("sh", |program| program.rsplit('/').next().unwrap_or(program));
            let reads_input = argv.len() <= 1
                && match program {
                    Program::Shell => matches!(shell_name, "sh" | "ash"),
                    _ => matches!(shell_name, "sh" | "bash"),
                };
            if reads_input {
                if !spec.stdin {
                    later(cluster, SimDuration::from_millis(20), key, uid, Step::Exit { container, exit_code: 0 });
                }
            } else if let Some((script, arguments)) = shell_script(&argv) {
                let environment = container_sh::container_environment(&pod_name, &spec.env);
                let process = Process::new(&script, &arguments, environment, 1);
                start_shell(cluster, key, uid, container, process, program);
            } else if argv.first().is_some_and(|program| container_sh::is_applet(program)) {
                let environment = container_sh::container_environment(&pod_name, &spec.env);
                let process = Process::exec(&argv, environment, 1);
                start_shell(cluster, key, uid, container, Ok(process), program);
            } else {
                let run = controllers::run_container_command(&spec.command, &spec.args);
                for (_, line) in run.output {
                    cluster.append_log(uid, &spec.name, line);
                }
                if let Some((after, exit_code)) = run.exits {
                    later(cluster, after, key, uid, Step::Exit { container, exit_code });
                }
            }
        }
        Program::SystemDaemon => {}
    }
    update_readiness(cluster, key);
    if init.is_some() && !sidecar {
        // Another init container has to complete first.
        return;
    }
    prober::container_started(cluster, key, uid, container);
    if sidecar {
        // A sidecar lets the next container start once it has started (its startup probe
        // passed, if it has one).
        let started = cluster
            .pods
            .get(key)
            .and_then(|pod| pod.status_at(container))
            .is_some_and(|status| status.started);
        if started {
            after_init_container(cluster, key, uid, container, SimDuration::from_millis(30));
        }
        return;
    }
    // The first start goes on to the next container; a restart leaves the others alone.
    start_next_container(cluster, key, uid, container);
}

/// The kubelet's answer to a container whose spec changed (a new image, `kubectl apply`): it
/// stops the container (`Container NAME definition changed, will be restarted`) and starts
/// it again from the new image at once, counting a restart. A container that is not running
/// picks up the new image when it next starts.
pub(super) fn restart_for_new_spec(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let running = pod
        .status_at(container)
        .is_some_and(|status| matches!(status.state, ContainerState::Running { .. }));
    if !running {
        return;
    }
    let name = container_name(cluster, key, container);
    // The running process (of the old image) is the one that gets the signal.
    let running_image = pod
        .status_at(container)
        .map(|status| status.image.clone())
        .unwrap_or_default();
    let exits = exits_on_stop_signal(&running_image);
    let grace = pod.termination_grace_period_seconds.max(0);
    kubelet_event(
        cluster,
        key,
        Some(container),
        "Normal",
        "Killing",
        format!("Container {name} definition changed, will be restarted"),
    );
    // The stop signal ends a process that handles it; the rest are killed after the grace
    // period.
    let after = if exits {
        cluster.jitter(100, 700)
    } else {
        SimDuration::from_secs(grace)
    };
    let exit_code = stop_exit_code(&running_image, !exits);
    later(
        cluster,
        after,
        key,
        uid,
        Step::Replaced {
            container,
            exit_code,
        },
    );
}

fn replaced(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, exit_code: i64) {
    let now = cluster.now();
    let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    else {
        return;
    };
    let ContainerState::Running { started_at } = status.state else {
        return;
    };
    status.last_state = Some(ContainerState::Terminated {
        exit_code,
        reason: terminated_reason(exit_code),
        started_at,
        finished_at: now,
        container_id: status.container_id.clone(),
    });
    status.restart_count += 1;
    status.ready = false;
    status.started = false;
    status.state = ContainerState::Waiting {
        reason: "ContainerCreating".into(),
        message: None,
    };
    update_readiness(cluster, key);
    later(
        cluster,
        SimDuration::from_millis(50),
        key,
        uid,
        Step::Pull {
            container,
            attempt: 0,
        },
    );
}

/// A container's `sh -c` between two slices of running, with the part of a line it has
/// written without a newline yet.
#[derive(Debug, Clone)]
pub(crate) struct RunningShell {
    process: Process,
    restarts: i64,
    partial: String,
    /// The image's kind of program (which of `curl`, `wget`, `nvidia-smi` it has).
    program: Program,
}

/// How many shell operations a container runs before it yields to the rest of the cluster.
const SHELL_SLICE: usize = 2_000;

/// What a running container instance keeps besides its processes: the files they wrote (its
/// writable layer, seen by its probes too) and how many HTTP requests its server answered.
/// Another instance of the container (a new container ID) starts afresh.
#[derive(Debug, Clone, Default)]
pub(crate) struct ContainerInstance {
    container_id: String,
    pub(crate) files: BTreeMap<String, String>,
    pub(crate) requests: u32,
}

/// The record of the instance `container_id` of a pod's container (`uid`, `name`).
pub(crate) fn instance<'c>(
    cluster: &'c mut Cluster,
    uid: &str,
    name: &str,
    container_id: &str,
) -> &'c mut ContainerInstance {
    let slot = cluster
        .instances
        .entry((uid.to_string(), name.to_string()))
        .or_default();
    if slot.container_id != container_id {
        **slot = ContainerInstance {
            container_id: container_id.to_string(),
            ..ContainerInstance::default()
        };
    }
    slot
}

/// What a command run in a container did (`ExecSync`, for an exec probe).
pub(super) enum Exec {
    /// It exited with this status, having written this.
    Exited(i32, Output),
    /// It still ran when its time was up.
    TimedOut,
    /// The image has no such program.
    NotFound,
}

/// Runs `argv` in a running container, as the runtime's `ExecSync` does: a busybox applet, the
/// image's shell with `-c`, or another program of the image. It sees (and may change) the
/// container's files; its sleeps count against `timeout` and take no simulated time.
pub(super) fn exec_sync(
    cluster: &mut Cluster,
    key: &ObjectKey,
    container: usize,
    argv: &[String],
    timeout: SimDuration,
) -> Exec {
    let Some(pod) = cluster.pods.get(key) else {
        return Exec::NotFound;
    };
    let (Some(spec), Some(status)) = (pod.container_at(container), pod.status_at(container)) else {
        return Exec::NotFound;
    };
    let program = ImageRef::parse(&spec.image)
        .and_then(|r| images::lookup(&r))
        .map_or(Program::SystemDaemon, |info| info.program);
    let address = PodAddress {
        namespace: key.0.clone(),
        pod: pod.meta.name.clone(),
        pod_ip: pod.status.pod_ip.clone().unwrap_or_default(),
    };
    let main_command = spec
        .command
        .iter()
        .chain(&spec.args)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let environment = container_sh::container_environment(&pod.meta.name, &spec.env);
    let (uid, name) = (pod.meta.uid.clone(), spec.name.clone());
    let container_id = status.container_id.clone().unwrap_or_default();
    let Some(first) = argv.first() else {
        return Exec::NotFound;
    };
    let base = first.rsplit('/').next().unwrap_or(first);
    let shell = match program {
        Program::Shell => matches!(base, "sh" | "ash"),
        Program::Kubia | Program::Nginx | Program::Cuda => matches!(base, "sh" | "bash"),
        Program::SystemDaemon => false,
    };
    let dialect = match program {
        Program::Shell => container_sh::Dialect::Ash,
        _ => container_sh::Dialect::Dash,
    };
    let process = if container_sh::is_applet(first) {
        Some(Process::exec(argv, environment, 7).with_dialect(dialect))
    } else if shell {
        let Some((script, arguments)) = shell_script(argv) else {
            return Exec::Exited(0, Output::default());
        };
        match Process::new(&script, &arguments, environment, 7) {
            Ok(process) => Some(process.with_dialect(dialect)),
            Err(error) => {
                let mut out = Output::default();
                out.write(container_sh::Stream::Err, &format!("sh: {}\n", error.0));
                return Exec::Exited(2, out);
            }
        }
    } else {
        None
    };
    let files = match process {
        Some(_) => std::mem::take(&mut instance(cluster, &uid, &name, &container_id).files),
        None => BTreeMap::new(),
    };
    let mut machine = KubeletMachine {
        cluster,
        address,
        program,
        main_command,
        container: name.clone(),
    };
    // Another program of the image runs by itself.
    let Some(mut process) = process else {
        let mut out = Output::default();
        return match machine.run(argv, "", &mut out) {
            Some(status) => Exec::Exited(status, out),
            None => Exec::NotFound,
        };
    };
    process.set_files(files);
    let mut out = Output::default();
    let mut slept = 0;
    let mut result = Exec::TimedOut;
    for _ in 0..50 {
        match process.resume(&mut machine, &mut out, SHELL_SLICE) {
            Pause::Exit(status) => {
                result = Exec::Exited(status, out);
                break;
            }
            Pause::Forever => break,
            Pause::Sleep(duration) => {
                slept = duration.as_millis().saturating_add(slept);
                if slept >= timeout.as_millis() {
                    break;
                }
            }
        }
    }
    instance(cluster, &uid, &name, &container_id).files = process.take_files();
    result
}

/// The pod as a container's shell sees it: its name and IP, the clock, and the programs of
/// its image that reach outside the shell (`wget` and `curl` to pods, `nvidia-smi`).
struct KubeletMachine<'a> {
    cluster: &'a mut Cluster,
    address: PodAddress,
    program: Program,
    /// The container's `command` and `args` joined (what `ps` shows as PID 1).
    main_command: String,
    /// The container's name (whose volumes it sees).
    container: String,
}

impl Machine for KubeletMachine<'_> {
    fn hostname(&self) -> String {
        self.address.pod.clone()
    }
    fn pod_ip(&self) -> String {
        self.address.pod_ip.clone()
    }
    fn now(&self) -> SimTime {
        self.cluster.now()
    }
    fn mounted_file(&self, path: &str) -> Option<String> {
        self.cluster.container_file(
            &self.address.namespace,
            &self.address.pod,
            &self.container,
            path,
        )
    }
    fn run(&mut self, argv: &[String], _stdin: &str, out: &mut Output) -> Option<i32> {
        let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
        // The kubia and nginx images (Debian) have curl and wget; busybox and alpine have
        // busybox's wget.
        let debian = matches!(self.program, Program::Kubia | Program::Nginx);
        match argv.first().map(String::as_str) {
            Some("nvidia-smi") if self.program == Program::Cuda => {
                let run = controllers::run_container_command(argv, &[]);
                for (_, line) in run.output {
                    out.write(container_sh::Stream::Out, &format!("{line}\n"));
                }
                Some(run.exits.map_or(0, |(_, code)| code as i32))
            }
            Some("wget") if debian || self.program == Program::Shell => {
                Some(http_client::wget(self.cluster, &self.address, &args, out))
            }
            Some("curl") if debian => {
                Some(http_client::curl(self.cluster, &self.address, &args, out))
            }
            Some(name) => {
                let container = image_programs::Container {
                    program: Some(self.program),
                    pod_ip: &self.address.pod_ip,
                    main_command: &self.main_command,
                };
                image_programs::run(name, &args, &container, out)
            }
            None => None,
        }
    }
}

/// `sh -c SCRIPT [NAME ARGS…]` (also through `/bin/sh`, `ash`, `bash`): the script and what
/// follows it.
fn shell_script(argv: &[String]) -> Option<(String, Vec<String>)> {
    let program = argv.first()?;
    let name = program.rsplit('/').next().unwrap_or(program);
    if !matches!(name, "sh" | "ash" | "bash") || argv.get(1).map(String::as_str) != Some("-c") {
        return None;
    }
    Some((argv.get(2)?.clone(), argv.iter().skip(3).cloned().collect()))
}

/// Starts a container's `sh -c` script (or busybox applet) and runs it to its first sleep;
/// a script that does not parse writes ash's message and exits 2.
fn start_shell(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    process: Result<Process, container_sh::SyntaxError>,
    program: Program,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(spec) = pod.container_at(container) else {
        return;
    };
    let restarts = pod
        .status_at(container)
        .map_or(0, |status| status.restart_count);
    let name = spec.name.clone();
    match process {
        Ok(process) => {
            let shell = RunningShell {
                process,
                restarts,
                partial: String::new(),
                program,
            };
            run_shell(cluster, key, uid, container, &name, shell);
        }
        Err(error) => {
            cluster.append_log(uid, &name, format!("sh: {}", error.0));
            exit_soon(cluster, key, uid, container, 2);
        }
    }
}

/// Runs a container's script for a slice and logs what it wrote; then it sleeps (kept for
/// `Step::Resume`), sleeps forever, or exits.
fn run_shell(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    name: &str,
    mut shell: RunningShell,
) {
    let program = shell.program;
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let address = PodAddress {
        namespace: key.0.clone(),
        pod: pod.meta.name.clone(),
        pod_ip: pod.status.pod_ip.clone().unwrap_or_default(),
    };
    let main_command = pod
        .containers
        .get(container)
        .map(|spec| {
            spec.command
                .iter()
                .chain(&spec.args)
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    let container_id = pod
        .status_at(container)
        .and_then(|status| status.container_id.clone())
        .unwrap_or_default();
    // The files of the container's writable layer, which its probes write and read too.
    let files = std::mem::take(&mut instance(cluster, uid, name, &container_id).files);
    shell.process.set_files(files);
    let mut machine = KubeletMachine {
        cluster,
        address,
        program,
        main_command,
        container: name.to_string(),
    };
    let mut output = Output::default();
    let pause = shell.process.resume(&mut machine, &mut output, SHELL_SLICE);
    instance(cluster, uid, name, &container_id).files = shell.process.take_files();
    shell.partial.push_str(&output.text());
    while let Some(end) = shell.partial.find('\n') {
        let line: String = shell.partial.drain(..=end).collect();
        cluster.append_log(uid, name, line.trim_end_matches('\n').to_string());
    }
    let restarts = shell.restarts;
    let slot = (uid.to_string(), name.to_string());
    match pause {
        Pause::Sleep(duration) => {
            cluster.shells.insert(slot, Box::new(shell));
            later(
                cluster,
                duration,
                key,
                uid,
                Step::Resume {
                    container,
                    restarts,
                },
            );
        }
        Pause::Forever => {
            cluster.shells.remove(&slot);
        }
        Pause::Exit(code) => {
            cluster.shells.remove(&slot);
            if !shell.partial.is_empty() {
                cluster.append_log(uid, name, shell.partial);
            }
            exit_soon(cluster, key, uid, container, i64::from(code));
        }
    }
}

/// The container's process ends 10 ms from now (the runtime notices it that soon).
fn exit_soon(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, exit_code: i64) {
    later(
        cluster,
        SimDuration::from_millis(10),
        key,
        uid,
        Step::Exit {
            container,
            exit_code,
        },
    );
}

/// A container's main process ended on its own now (not on a timer): `Step::Exit` at once.
pub(super) fn main_process_exited(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    exit_code: i64,
) {
    run_step(
        cluster,
        key,
        uid,
        Step::Exit {
            container,
            exit_code,
        },
    );
}

/// A container's script wakes from a sleep, if the instance that slept still runs.
fn resume_shell(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    restarts: i64,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let (Some(spec), Some(status)) = (pod.container_at(container), pod.status_at(container)) else {
        return;
    };
    if status.restart_count != restarts || !matches!(status.state, ContainerState::Running { .. }) {
        return;
    }
    let name = spec.name.clone();
    let slot = (uid.to_string(), name.clone());
    let Some(shell) = cluster.shells.remove(&slot) else {
        return;
    };
    if shell.restarts != restarts {
        return;
    }
    run_shell(cluster, key, uid, container, &name, *shell);
}

fn exit(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, exit_code: i64) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    let init = pod.as_init(container);
    let sidecar = init.is_some_and(|init| pod.is_sidecar(init));
    let restart_policy = pod.restart_policy;
    let done = app_containers_done(pod);
    let Some(status) = pod.status_at_mut(container) else {
        return;
    };
    let started_at = match status.state {
        ContainerState::Running { started_at } => started_at,
        _ => now,
    };
    let terminated = ContainerState::Terminated {
        exit_code,
        reason: terminated_reason(exit_code),
        started_at,
        finished_at: now,
        container_id: status.container_id.clone(),
    };
    // A completed init container is ready (`UpdatePodStatus`).
    status.ready = init.is_some() && !sidecar && exit_code == 0;
    status.started = false;
    // A sidecar always restarts; an init container that failed restarts unless the pod's
    // policy is `Never` (`computeInitContainerActions`).
    let restart = match restart_policy {
        _ if sidecar => !done,
        crate::api::pod::RestartPolicy::Always => init.is_none() || exit_code != 0,
        crate::api::pod::RestartPolicy::OnFailure => exit_code != 0,
        crate::api::pod::RestartPolicy::Never => false,
    };
    if restart {
        // The pod worker sees the death at the next relist (within a second) and starts the
        // container again at once the first time, later as `doBackOff` lets it.
        let restarts = status.restart_count;
        status.state = terminated;
        update_readiness(cluster, key);
        let delay = cluster.jitter(300, 1000);
        later(
            cluster,
            delay,
            key,
            uid,
            Step::Relisted {
                container,
                restarts,
            },
        );
        return;
    }
    status.state = terminated;
    update_readiness(cluster, key);
    // The PLEG sees the init container's success at its next relist; the pod sync that
    // follows starts the next container.
    if init.is_some() && exit_code == 0 {
        let delay = cluster.jitter(300, 1000);
        after_init_container(cluster, key, uid, container, delay);
    }
    if init.is_none() {
        stop_sidecars_soon(cluster, key, uid);
    }
}

/// An app container ended for good: if that was the last one, the pod sync after the next
/// relist stops the sidecars.
pub(super) fn stop_sidecars_soon(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let due = cluster
        .pods
        .get(key)
        .is_some_and(|pod| app_containers_done(pod) && !running_sidecars(pod).is_empty());
    if due {
        let delay = cluster.jitter(300, 1000);
        later(cluster, delay, key, uid, Step::StopSidecars);
    }
}

/// Recomputes the kubelet's conditions (Initialized, Ready, ContainersReady) and the phase
/// (`getPhase`) from the container states.
pub(super) fn update_readiness(cluster: &mut Cluster, key: &ObjectKey) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    let statuses = pod.status.container_statuses.clone();
    // `GenerateContainersReadyCondition`: the sidecars, then the app containers.
    let sidecars: Vec<ContainerStatus> = pod
        .status
        .init_container_statuses
        .iter()
        .enumerate()
        .filter(|(init, _)| pod.is_sidecar(*init))
        .map(|(_, status)| status.clone())
        .collect();
    let readiness: Vec<&ContainerStatus> = sidecars.iter().chain(&statuses).collect();
    let all_ready = !statuses.is_empty() && readiness.iter().all(|status| status.ready);
    let unready: Vec<String> = readiness
        .iter()
        .filter(|status| !status.ready)
        .map(|status| status.name.clone())
        .collect();
    // `getPhase`: a running sidecar keeps the pod Running.
    let sidecar_running = !running_sidecars(pod).is_empty();
    let app_terminated = statuses
        .iter()
        .all(|status| matches!(status.state, ContainerState::Terminated { .. }));
    let all_terminated = app_terminated && !sidecar_running;
    let any_running = sidecar_running && app_terminated
        || statuses
            .iter()
            .any(|status| matches!(status.state, ContainerState::Running { .. }));
    if all_ready {
        // `GeneratePodReadyCondition`: ready containers, then every readiness gate's condition.
        let gates = readiness_gates_not_ready(pod);
        if gates.is_empty() {
            pod.status.set_condition("Ready", true, now, None, None);
        } else {
            pod.status.set_condition(
                "Ready",
                false,
                now,
                Some("ReadinessGatesNotReady".into()),
                Some(gates.join(", ")),
            );
        }
        pod.status
            .set_condition("ContainersReady", true, now, None, None);
    } else {
        let message = format!("containers with unready status: [{}]", unready.join(" "));
        pod.status.set_condition(
            "Ready",
            false,
            now,
            Some("ContainersNotReady".into()),
            Some(message.clone()),
        );
        pod.status.set_condition(
            "ContainersReady",
            false,
            now,
            Some("ContainersNotReady".into()),
            Some(message),
        );
    }
    let failed = statuses.iter().any(|status| {
        matches!(status.state, ContainerState::Terminated { exit_code, .. } if exit_code != 0)
    });
    let init = init_progress(pod);
    if init.failed && pod.restart_policy == crate::api::pod::RestartPolicy::Never {
        pod.status.phase = PodPhase::Failed;
        set_terminal_conditions(pod, now);
    } else if init.pending || init.failed {
        // The app containers wait for the init containers.
        pod.status.phase = PodPhase::Pending;
    } else if all_terminated && !statuses.is_empty() {
        pod.status.phase = if failed {
            PodPhase::Failed
        } else {
            PodPhase::Succeeded
        };
        set_terminal_conditions(pod, now);
    } else if any_running || statuses.iter().any(|s| s.restart_count > 0) {
        pod.status.phase = PodPhase::Running;
    }
    set_initialized_condition(pod, &init, now);
    bump(cluster, key);
    controllers::pod_changed(cluster, key);
}

/// Why each of the pod's readiness gates holds it back, in `GeneratePodReadyCondition`'s words.
/// Nothing in the playground writes a condition of its own, so a gate only finds one of the
/// kubelet's and scheduler's conditions.
fn readiness_gates_not_ready(pod: &Pod) -> Vec<String> {
    crate::api::value::array_at(&pod.spec, &["readinessGates"])
        .iter()
        .filter_map(|gate| {
            let condition_type = crate::api::value::str_at(gate, &["conditionType"]).unwrap_or("");
            let quoted = crate::validation::go_quote(condition_type);
            match pod
                .status
                .conditions
                .iter()
                .find(|condition| condition.condition_type == condition_type)
            {
                None => Some(format!(
                    "corresponding condition of pod readiness gate {quoted} does not exist."
                )),
                Some(condition) if !condition.status => Some(format!(
                    "the status of pod readiness gate {quoted} is not \"True\", but False"
                )),
                Some(_) => None,
            }
        })
        .collect()
}

/// The conditions of a pod that has reached a terminal phase
/// (`generateContainersReadyConditionForTerminalPhase`).
fn set_terminal_conditions(pod: &mut Pod, now: SimTime) {
    let reason = if pod.status.phase == PodPhase::Failed {
        "PodFailed"
    } else {
        "PodCompleted"
    };
    pod.status
        .set_condition("PodReadyToStartContainers", false, now, None, None);
    pod.status
        .set_condition("Ready", false, now, Some(reason.into()), None);
    pod.status
        .set_condition("ContainersReady", false, now, Some(reason.into()), None);
}

/// Where a pod's init containers are, as `getPhase` and `GeneratePodInitializedCondition`
/// see them.
struct InitProgress {
    /// Some init container still has to run, or runs (a sidecar: has not started yet).
    pending: bool,
    /// Some init container failed (its last run ended with a non-zero code).
    failed: bool,
    /// The init containers not done yet, in spec order.
    incomplete: Vec<String>,
    /// An app container has run (the pod has been initialized before).
    app_started: bool,
}

fn init_progress(pod: &Pod) -> InitProgress {
    let app_started = pod.status.container_statuses.iter().any(|status| {
        matches!(
            status.state,
            ContainerState::Running { .. } | ContainerState::Terminated { .. }
        )
    });
    let mut progress = InitProgress {
        pending: false,
        failed: false,
        incomplete: Vec::new(),
        app_started,
    };
    for (init, spec) in pod.init_containers.iter().enumerate() {
        let status = pod.status.init_container_statuses.get(init);
        if pod.is_sidecar(init) {
            if !status.is_some_and(|status| status.started) {
                progress.incomplete.push(spec.name.clone());
                progress.pending |= !app_started;
            }
            continue;
        }
        if !status.is_some_and(|status| status.ready) {
            progress.incomplete.push(spec.name.clone());
        }
        let failed_before = |state: &Option<ContainerState>| matches!(state, Some(ContainerState::Terminated { exit_code, .. }) if *exit_code != 0);
        match status.map(|status| (&status.state, &status.last_state)) {
            Some((ContainerState::Terminated { exit_code, .. }, _)) => {
                progress.failed |= *exit_code != 0;
            }
            Some((ContainerState::Waiting { .. }, last)) if failed_before(last) => {
                progress.failed = true;
            }
            _ => progress.pending = true,
        }
    }
    progress
}

/// `GeneratePodInitializedCondition`.
fn set_initialized_condition(pod: &mut Pod, init: &InitProgress, now: SimTime) {
    if pod.init_containers.is_empty() {
        return;
    }
    if pod.status.phase == PodPhase::Succeeded {
        pod.status
            .set_condition("Initialized", true, now, Some("PodCompleted".into()), None);
    } else if init.app_started || init.incomplete.is_empty() {
        pod.status
            .set_condition("Initialized", true, now, None, None);
    } else {
        let message = format!(
            "containers with incomplete status: [{}]",
            init.incomplete.join(" ")
        );
        pod.status.set_condition(
            "Initialized",
            false,
            now,
            Some("ContainersNotInitialized".into()),
            Some(message),
        );
    }
}

/// The API server's graceful delete of a pod, and the kubelet's reaction.
pub(super) fn delete_pod(
    cluster: &mut Cluster,
    key: &ObjectKey,
    grace: Option<i64>,
) -> DeleteOutcome {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return DeleteOutcome::Removed;
    };
    let grace = grace.unwrap_or(pod.termination_grace_period_seconds).max(0);
    let unscheduled = pod.node_name.is_none();
    if unscheduled || pod.status.phase.is_terminal() || grace == 0 {
        cluster.pods.remove(key);
        controllers::pod_changed(cluster, key);
        return DeleteOutcome::Removed;
    }
    if let Some(current) = pod.meta.deletion_timestamp {
        // Already terminating: a shorter grace period shortens it.
        let deadline = now.plus(SimDuration::from_secs(grace));
        if deadline < current {
            let uid = pod.meta.uid.clone();
            if let Some(pod) = cluster.pods.get_mut(key) {
                pod.meta.deletion_timestamp = Some(deadline);
                pod.meta.deletion_grace_period_seconds = Some(grace);
            }
            later(
                cluster,
                SimDuration::from_secs(grace),
                key,
                &uid,
                Step::Stopped,
            );
        }
        return DeleteOutcome::Terminating;
    }
    let uid = pod.meta.uid.clone();
    let resource_version = cluster.next_resource_version();
    if let Some(pod) = cluster.pods.get_mut(key) {
        pod.meta.deletion_timestamp = Some(now.plus(SimDuration::from_secs(grace)));
        pod.meta.deletion_grace_period_seconds = Some(grace);
        pod.meta.resource_version = resource_version;
        if let Some(generation) = pod.meta.generation.as_mut() {
            *generation += 1;
        }
    }
    controllers::pod_changed(cluster, key);
    let delay = cluster.jitter(30, 120);
    later(cluster, delay, key, &uid, Step::Kill);
    DeleteOutcome::Terminating
}

fn kill(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let deadline = pod.meta.deletion_timestamp.unwrap_or(now);
    let running = running_containers(pod);
    let all_exit_on_stop_signal = stop_containers(cluster, key);
    let remove_at: SimTime = if running.is_empty() || all_exit_on_stop_signal {
        now.plus(cluster.jitter(100, 700))
    } else {
        deadline.max(now.plus(SimDuration::from_secs(2)))
    };
    later(cluster, remove_at.since(now), key, uid, Step::Stopped);
}

/// The pod's running containers: app containers, then a running init container (or sidecars).
fn running_containers(pod: &Pod) -> Vec<usize> {
    let count = pod.init_index(pod.init_containers.len());
    (0..count)
        .filter(|index| {
            pod.status_at(*index)
                .is_some_and(|status| matches!(status.state, ContainerState::Running { .. }))
        })
        .collect()
}

/// `killContainersWithSyncResult`: a `Killing` event for each running container, which gets
/// SIGTERM (unless it has already, past the pod's active deadline); whether every one of them
/// ends on it.
fn stop_containers(cluster: &mut Cluster, key: &ObjectKey) -> bool {
    let Some(pod) = cluster.pods.get(key) else {
        return true;
    };
    let running = running_containers(pod);
    let all_exit_on_stop_signal = running.iter().all(|index| {
        pod.container_at(*index)
            .is_none_or(|c| exits_on_stop_signal(&c.image))
    });
    if !pod.status.stopping {
        announce_stopping(cluster, key, &running);
    }
    all_exit_on_stop_signal
}

/// The end of a pod's termination: its containers are stopped ([`stop_exit_code`]), and since Kubernetes 1.27
/// the kubelet reports a terminal phase before it deletes the pod for good (a watch sees
/// `0/1 Error`, then the deletion).
fn stopped(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    let killed = pod.meta.deletion_timestamp.is_some_and(|at| at <= now);
    let changed = terminate_running(pod, now, killed);
    let all_terminated = pod
        .status
        .container_statuses
        .iter()
        .all(|status| matches!(status.state, ContainerState::Terminated { .. }));
    let scheduled = pod.node_name.is_some();
    if changed || (scheduled && !pod.status.phase.is_terminal()) {
        update_readiness(cluster, key);
        if let Some(pod) = cluster.pods.get_mut(key) {
            if !all_terminated {
                pod.status.phase = PodPhase::Failed;
            }
        }
    }
    let delay = cluster.jitter(5, 30);
    later(cluster, delay, key, uid, Step::Remove);
}

/// The pod's running containers end with [`stop_exit_code`] (`killed`: the grace period ran
/// out). Whether any was running.
fn terminate_running(pod: &mut Pod, now: SimTime, killed: bool) -> bool {
    let mut changed = false;
    let statuses = pod
        .status
        .container_statuses
        .iter_mut()
        .chain(pod.status.init_container_statuses.iter_mut());
    for status in statuses {
        let exit_code = stop_exit_code(&status.image, killed);
        if let Some(terminated) = end_running(status, exit_code, now) {
            status.state = terminated;
            changed = true;
        }
    }
    changed
}

/// Whether the image's main process ends on its stop signal (unknown images are assumed to).
pub(super) fn exits_on_stop_signal(image: &str) -> bool {
    image_info(image).is_none_or(|info| info.stop_exit_code.is_some())
}

/// The exit code of a container of `image` that was stopped: its process's own when the
/// image's stop signal ends it (nginx's graceful SIGQUIT exits 0; 143 for SIGTERM's default
/// action), else 137 when it was killed at the end of the grace period (`killed`).
pub(super) fn stop_exit_code(image: &str, killed: bool) -> i64 {
    match image_info(image).map(|info| info.stop_exit_code) {
        Some(Some(code)) => code,
        Some(None) if killed => 137,
        _ => 143,
    }
}

fn image_info(image: &str) -> Option<&'static images::ImageInfo> {
    ImageRef::parse(image).and_then(|r| images::lookup(&r))
}

/// `killContainer`'s `Killing` event, `Stopping container NAME`, for each of `containers`.
fn announce_stopping(cluster: &mut Cluster, key: &ObjectKey, containers: &[usize]) {
    for index in containers {
        let name = container_name(cluster, key, *index);
        kubelet_event(
            cluster,
            key,
            Some(*index),
            "Normal",
            "Killing",
            format!("Stopping container {name}"),
        );
    }
}

/// The terminated state of a running container that ended with `exit_code` at `now`, which
/// is then neither ready nor started; `None` (nothing changed) when it was not running.
pub(super) fn end_running(
    status: &mut ContainerStatus,
    exit_code: i64,
    now: SimTime,
) -> Option<ContainerState> {
    let ContainerState::Running { started_at } = status.state else {
        return None;
    };
    status.ready = false;
    status.started = false;
    Some(ContainerState::Terminated {
        exit_code,
        reason: terminated_reason(exit_code),
        started_at,
        finished_at: now,
        container_id: status.container_id.clone(),
    })
}

/// The runtime's reason for a container that exited with `exit_code`.
pub(super) fn terminated_reason(exit_code: i64) -> String {
    if exit_code == 0 { "Completed" } else { "Error" }.to_string()
}

fn container_name(cluster: &Cluster, key: &ObjectKey, index: usize) -> String {
    cluster
        .pods
        .get(key)
        .and_then(|pod| pod.container_at(index))
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

fn remove(cluster: &mut Cluster, key: &ObjectKey) {
    if let Some(pod) = cluster.pods.remove(key) {
        let uid = pod.meta.uid;
        cluster.logs.retain(|(pod_uid, _), _| *pod_uid != uid);
        cluster.shells.retain(|(pod_uid, _), _| *pod_uid != uid);
        cluster.instances.retain(|(pod_uid, _), _| *pod_uid != uid);
        cluster.probes.retain(|(pod_uid, _), _| *pod_uid != uid);
    }
    controllers::pod_changed(cluster, key);
}

/// `makeEnvironmentVariables`: the container's `envFrom` sources in order (each key with its
/// prefix), then its `env` entries (a literal value, a key of a ConfigMap or Secret, or a
/// field of the pod); a later name replaces an earlier one. A source that does not exist (or
/// a missing key) is an error unless marked optional.
fn container_environment(
    cluster: &Cluster,
    pod: &Pod,
    container: usize,
) -> Result<Vec<(String, String)>, String> {
    let Some(spec) = pod.container_at(container) else {
        return Ok(Vec::new());
    };
    let namespace = pod.namespace();
    let mut environment: Vec<(String, String)> = Vec::new();
    let mut set = |name: String, text: String| match environment
        .iter_mut()
        .find(|(existing, _)| *existing == name)
    {
        Some(entry) => entry.1 = text,
        None => environment.push((name, text)),
    };
    let optional =
        |reference: &Value| value::at(reference, &["optional"]) == Some(&Value::Bool(true));
    for source in &spec.env_from {
        let prefix = value::str_at(source, &["prefix"]).unwrap_or("");
        let Some((kind, reference)) = SourceKind::of(source, "configMapRef", "secretRef") else {
            continue;
        };
        let name = value::str_at(reference, &["name"]).unwrap_or("");
        match cluster.key_source(kind, namespace, name) {
            Some(found) => {
                for key in found.env_keys() {
                    set(
                        format!("{prefix}{key}"),
                        found.env_value(key).unwrap_or_default(),
                    );
                }
            }
            None if optional(reference) => {}
            None => return Err(format!("{} \"{name}\" not found", kind.resource())),
        }
    }
    for entry in &spec.env_sources {
        let name = value::str_at(entry, &["name"]).unwrap_or("").to_string();
        let Some(from) = value::at(entry, &["valueFrom"]) else {
            set(
                name,
                value::str_at(entry, &["value"]).unwrap_or("").to_string(),
            );
            continue;
        };
        if let Some((kind, reference)) = SourceKind::of(from, "configMapKeyRef", "secretKeyRef") {
            let source = value::str_at(reference, &["name"]).unwrap_or("");
            let key = value::str_at(reference, &["key"]).unwrap_or("");
            match cluster.key_source(kind, namespace, source) {
                Some(found) => match found.env_value(key) {
                    Some(text) => set(name, text),
                    None if optional(reference) => {}
                    None => {
                        return Err(format!(
                            "couldn't find key {key} in {} {namespace}/{source}",
                            kind.kind()
                        ))
                    }
                },
                None if optional(reference) => {}
                None => return Err(format!("{} \"{source}\" not found", kind.resource())),
            }
        } else if let Some(path) = value::str_at(from, &["fieldRef", "fieldPath"]) {
            set(name, pod_field(cluster, pod, path));
        } else if let Some(resource) = value::str_at(from, &["resourceFieldRef", "resource"]) {
            set(name, resource_field(cluster, pod, spec, resource));
        }
    }
    Ok(environment)
}

/// `ExtractResourceValueByContainerNameAndNodeAllocatable` with the default divisor: a
/// container's CPU (whole cores, rounded up) or memory (bytes) request or limit; an unset
/// limit is the node's allocatable amount.
fn resource_field(
    cluster: &Cluster,
    pod: &Pod,
    spec: &crate::api::pod::ContainerSpec,
    resource: &str,
) -> String {
    let milli = |text: &str| {
        crate::quantity::Quantity::parse(text)
            .map(|quantity| quantity.milli_value())
            .unwrap_or(0)
    };
    let (set, name) = match resource.split_once('.') {
        Some(("limits", name)) => (&spec.limits, name),
        Some(("requests", name)) => (&spec.requests, name),
        _ => return String::new(),
    };
    let mut amount = set.get(name).map(|text| milli(text)).unwrap_or(0);
    if amount == 0 && resource.starts_with("limits.") {
        amount = pod
            .node_name
            .as_deref()
            .and_then(|node| cluster.nodes.get(node))
            .and_then(|node| node.allocatable(name))
            .map(milli)
            .unwrap_or(0);
    }
    if name == "cpu" {
        (amount.saturating_add(999) / 1000).to_string()
    } else {
        (amount / 1000).to_string()
    }
}

/// `podFieldSelectorRuntimeValue`: a field of the pod for the downward API.
fn pod_field(cluster: &Cluster, pod: &Pod, path: &str) -> String {
    let keyed = |prefix: &str, map: &std::collections::BTreeMap<String, String>| {
        path.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix("['"))
            .and_then(|rest| rest.strip_suffix("']"))
            .and_then(|key| map.get(key).cloned())
            .unwrap_or_default()
    };
    let host_ip = || {
        pod.node_name
            .as_deref()
            .and_then(|node| cluster.nodes.get(node))
            .and_then(|node| {
                value::array_at(&node.status, &["addresses"])
                    .iter()
                    .find(|address| value::str_at(address, &["type"]) == Some("InternalIP"))
                    .and_then(|address| value::str_at(address, &["address"]))
                    .map(str::to_string)
            })
            .unwrap_or_default()
    };
    match path {
        "metadata.name" => pod.meta.name.clone(),
        "metadata.namespace" => pod.namespace().to_string(),
        "metadata.uid" => pod.meta.uid.clone(),
        "spec.nodeName" => pod.node_name.clone().unwrap_or_default(),
        "spec.serviceAccountName" => value::str_at(&pod.spec, &["serviceAccountName"])
            .unwrap_or("default")
            .to_string(),
        "status.podIP" | "status.podIPs" => pod.status.pod_ip.clone().unwrap_or_default(),
        "status.hostIP" | "status.hostIPs" => host_ip(),
        _ if path.starts_with("metadata.labels") => keyed("metadata.labels", &pod.meta.labels),
        _ if path.starts_with("metadata.annotations") => {
            keyed("metadata.annotations", &pod.meta.annotations)
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        for (millis, want) in [
            (0, "0ms"),
            (885, "885ms"),
            (1000, "1s"),
            (13_456, "13.456s"),
            (2_500, "2.5s"),
            (120_135, "2m0.135s"),
            (300_000, "5m0s"),
            (3_723_000, "1h2m3s"),
        ] {
            assert_eq!(go_duration_millis(millis), want, "{millis}");
        }
    }
}
