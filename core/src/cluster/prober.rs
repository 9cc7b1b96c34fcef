//! The kubelet's prober (`pkg/kubelet/prober`, kubelet 1.37 without `MutableContainerProbes`):
//! liveness, readiness and startup probes, and what the kubelet does with their results.
//!
//! Each probe of each container (app containers and sidecars) has a worker, made when the
//! pod's volumes are mounted (`AddPod` in `SyncPod`). Its ticker fires every `periodSeconds`
//! from then on; the random first wait of upstream's `run` applies only to a kubelet that
//! started less than a period ago, so a fresh pod on a running node gets none. A tick (`doProbe`) waits for the container
//! to have an ID, takes a new container ID as a new instance (the cached result goes back to
//! the initial one: not ready, alive, not started), skips while the worker is on hold, marks a
//! container that is not running as failed, waits out `initialDelaySeconds` (whole seconds
//! since the container started), and probes liveness and readiness only once the container
//! has started, the startup probe only until then. Every failure records an `Unhealthy` event
//! (a probe that errors — an unknown named port, a missing executable — records one and counts
//! for nothing); a result is published once it repeats `successThreshold` or
//! `failureThreshold` times in a row. A published liveness or startup failure (or any startup
//! result) puts the worker on hold until the next instance.
//!
//! Published results: a liveness or startup failure makes the pod worker kill the container
//! (`Killing`: `Container NAME failed liveness probe, will be restarted`; SIGTERM, SIGKILL
//! after the probe's or the pod's grace period) and start it again at once the first time;
//! after that `doBackOff` holds it in `CrashLoopBackOff` (10 s doubling to 5 min, forgotten
//! after 10 min) and the pod worker retries every 10–15 s. A startup success marks the
//! container started; readiness sets `ready`. A pod sync while a started container is not
//! ready runs its readiness probe at once and resets that worker's ticker (`UpdatePodStatus`'s
//! manual trigger): when the PLEG sees the container start (at its next one-second relist),
//! after the startup probe passes, and after readiness fails. Not modelled: the periodic
//! resync's extra readiness runs, probes of terminating pods, HTTP headers and redirects.
//!
//! Handlers: `httpGet` (the kubelet connects from the node's end of the pod network,
//! `10.244.N.1`, as `kube-probe/1.37`; 200–399 passes), `tcpSocket`, `exec` (in the
//! container's shell, with its files; stdout then stderr is the failure message) and `grpc`
//! (no simulated image serves gRPC). The kubia server listens on 8080 and nginx on 80. The
//! cluster's own components (CoreDNS…) are not probed: they are ready once started, and
//! answer every probe another pod points at them.

use super::kubelet::{self, Exec, Step};
use super::network::{self, ConnectError};
use super::{images, Cluster, ObjectKey};
use crate::api::pod::{ContainerPort, RestartPolicy};
use crate::api::{value, ContainerState};
use crate::clock::{SimDuration, SimTime};
use serde_json::Value;

/// Which probe a worker runs (`probeType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Liveness,
    Readiness,
    Startup,
}

impl Kind {
    fn field(self) -> &'static str {
        match self {
            Kind::Liveness => "livenessProbe",
            Kind::Readiness => "readinessProbe",
            Kind::Startup => "startupProbe",
        }
    }

    /// `probeType.String()`, as events name it.
    fn label(self) -> &'static str {
        match self {
            Kind::Liveness => "Liveness",
            Kind::Readiness => "Readiness",
            Kind::Startup => "Startup",
        }
    }

    /// The result a new container instance starts with (`initialValue`).
    fn initial(self) -> Outcome {
        match self {
            Kind::Liveness => Outcome::Success,
            Kind::Readiness => Outcome::Failure,
            Kind::Startup => Outcome::Unknown,
        }
    }
}

/// `results.Result`; its zero value (a worker's first `lastResult`) is `Success`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Outcome {
    Unknown,
    #[default]
    Success,
    Failure,
}

/// One probe worker's state.
#[derive(Debug, Clone, Default)]
struct Worker {
    /// Bumped when a manual run resets the ticker: ticks of an older generation are dropped.
    generation: u32,
    /// The container instance the worker last saw.
    container_id: Option<String>,
    /// The result the results manager holds for that instance.
    published: Option<Outcome>,
    last: Outcome,
    run: u32,
    on_hold: bool,
}

/// The probe workers of one container (liveness, readiness, startup) and the kubelet's
/// crash-loop back-off for it (`flowcontrol.Backoff`'s entry: when it last moved on, and its
/// length in seconds).
#[derive(Debug, Clone, Default)]
pub(crate) struct Probes {
    workers: [Option<Worker>; 3],
    backoff: Option<(SimTime, i64)>,
}

/// A probe of a container spec, with the API server's defaults.
#[derive(Debug, Clone)]
struct Spec {
    handler: Handler,
    initial_delay: i64,
    timeout: i64,
    period: i64,
    success_threshold: u32,
    failure_threshold: u32,
    /// The probe's own `terminationGracePeriodSeconds`.
    grace: Option<i64>,
}

#[derive(Debug, Clone)]
enum Handler {
    Exec(Vec<String>),
    Http {
        https: bool,
        host: String,
        path: String,
        port: Value,
    },
    Tcp {
        host: String,
        port: Value,
    },
    Grpc {
        port: i64,
    },
    Missing,
}

/// What running a probe gave: a result, or an error that only the event tells of.
enum Probed {
    Success,
    Failure(String),
    Errored(String),
}

/// The container at a kubelet index (`Pod::container_at`) in a pod spec, if it is probed at
/// all: an app container or a sidecar (`AddPod` takes the restartable init containers too).
fn container_value(spec: &Value, container: usize) -> Option<&Value> {
    let apps = value::array_at(spec, &["containers"]);
    match container.checked_sub(apps.len()) {
        None => apps.get(container),
        Some(init) => value::array_at(spec, &["initContainers"])
            .get(init)
            .filter(|init| value::str_at(init, &["restartPolicy"]) == Some("Always")),
    }
}

/// The `kind` probe of container `container` in a pod spec.
fn probe_spec(spec: &Value, container: usize, kind: Kind) -> Option<Spec> {
    let probe = container_value(spec, container)?
        .get(kind.field())
        .filter(|probe| probe.is_object())?;
    let number = |key: &str, default: i64| value::i64_at(probe, &[key]).unwrap_or(default);
    let threshold = |key: &str, default: i64| number(key, default).clamp(1, 1_000_000) as u32;
    let text =
        |handler: &Value, key: &str| value::str_at(handler, &[key]).unwrap_or("").to_string();
    let handler = if let Some(exec) = value::at(probe, &["exec"]) {
        Handler::Exec(
            value::array_at(exec, &["command"])
                .iter()
                .filter_map(|arg| arg.as_str().map(str::to_string))
                .collect(),
        )
    } else if let Some(http) = value::at(probe, &["httpGet"]) {
        let path = text(http, "path");
        Handler::Http {
            https: text(http, "scheme").eq_ignore_ascii_case("HTTPS"),
            host: text(http, "host"),
            path: if path.is_empty() { "/".into() } else { path },
            port: http.get("port").cloned().unwrap_or(Value::Null),
        }
    } else if let Some(tcp) = value::at(probe, &["tcpSocket"]) {
        Handler::Tcp {
            host: text(tcp, "host"),
            port: tcp.get("port").cloned().unwrap_or(Value::Null),
        }
    } else if let Some(grpc) = value::at(probe, &["grpc"]) {
        Handler::Grpc {
            port: value::i64_at(grpc, &["port"]).unwrap_or(0),
        }
    } else {
        Handler::Missing
    };
    Some(Spec {
        handler,
        initial_delay: number("initialDelaySeconds", 0),
        timeout: number("timeoutSeconds", 1).max(1),
        period: number("periodSeconds", 10).clamp(1, 86_400),
        success_threshold: threshold("successThreshold", 1),
        failure_threshold: threshold("failureThreshold", 3),
        grace: value::i64_at(probe, &["terminationGracePeriodSeconds"]),
    })
}

/// Whether the kubelet probes the container: not one of the cluster's own components (CoreDNS,
/// etcd…), whose health endpoints the simulation does not model; they always pass.
fn probed(spec: &Value, container: usize) -> bool {
    container_value(spec, container)
        .and_then(|container| value::str_at(container, &["image"]))
        .and_then(images::ImageRef::parse)
        .and_then(|image| images::lookup(&image))
        .is_some_and(|info| info.program != images::Program::SystemDaemon)
}

/// `started` and `ready` of a container that has just started: started unless a startup probe
/// has yet to pass, ready once started unless a readiness probe has yet to pass.
pub(super) fn fresh_container(spec: &Value, container: usize) -> (bool, bool) {
    if !probed(spec, container) {
        return (true, true);
    }
    let started = probe_spec(spec, container, Kind::Startup).is_none();
    let ready = started && probe_spec(spec, container, Kind::Readiness).is_none();
    (started, ready)
}

/// A container's key in `Cluster::probes`: its pod's uid and its index, written out (a key
/// type the cluster's other maps have too, so the map adds less wasm).
fn probes_key(uid: &str, container: usize) -> (String, String) {
    (uid.to_string(), container.to_string())
}

fn worker_mut<'c>(
    cluster: &'c mut Cluster,
    uid: &str,
    container: usize,
    kind: Kind,
) -> Option<&'c mut Worker> {
    cluster
        .probes
        .get_mut(&probes_key(uid, container))
        .and_then(|probes| probes.workers.get_mut(kind as usize))
        .and_then(Option::as_mut)
}

/// `AddPod`: a worker for every probe of the pod's containers that has none yet; each ticks
/// a period from now.
pub(super) fn add_pod(cluster: &mut Cluster, key: &ObjectKey) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let uid = pod.meta.uid.clone();
    let mut wanted = Vec::new();
    let count = pod.init_index(pod.init_containers.len());
    for container in (0..count).filter(|index| probed(&pod.spec, *index)) {
        for kind in [Kind::Startup, Kind::Readiness, Kind::Liveness] {
            if let Some(spec) = probe_spec(&pod.spec, container, kind) {
                wanted.push((container, kind, spec.period));
            }
        }
    }
    for (container, kind, period) in wanted {
        let probes = cluster
            .probes
            .entry(probes_key(&uid, container))
            .or_default();
        let Some(slot) = probes.workers.get_mut(kind as usize) else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        *slot = Some(Worker::default());
        let step = Step::Probe {
            container,
            kind,
            generation: 0,
        };
        kubelet::later(cluster, SimDuration::from_secs(period), key, &uid, step);
    }
}

/// A container instance started: the PLEG sees it at its next relist (every second since the
/// kubelet started), and the pod sync that follows runs a started container's readiness probe
/// at once.
pub(super) fn container_started(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let started = pod
        .status_at(container)
        .is_some_and(|status| status.started);
    let kubelet_start = pod
        .node_name
        .as_ref()
        .and_then(|node| cluster.nodes.get(node))
        .map_or(cluster.now(), |node| node.meta.creation_timestamp);
    if started && worker_mut(cluster, uid, container, Kind::Readiness).is_some() {
        let up = cluster.now().since(kubelet_start).as_millis().max(0);
        let relist = SimDuration::from_millis(1000 - up % 1000 + SYNC_MILLIS);
        kubelet::later(cluster, relist, key, uid, Step::ProbeNow { container });
    }
}

/// How long a pod sync takes to reach `UpdatePodStatus` after what set it off.
const SYNC_MILLIS: i64 = 15;

/// A worker's tick, or with `generation: None` a manual run of the readiness worker (which
/// resets its ticker).
pub(super) fn tick(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    kind: Kind,
    generation: Option<u32>,
) {
    let Some(spec) = cluster
        .pods
        .get(key)
        .and_then(|pod| probe_spec(&pod.spec, container, kind))
    else {
        return;
    };
    let Some(worker) = worker_mut(cluster, uid, container, kind) else {
        return;
    };
    match generation {
        Some(generation) if generation != worker.generation => return,
        Some(_) => {}
        None => worker.generation = worker.generation.wrapping_add(1),
    }
    let generation = worker.generation;
    if do_probe(cluster, key, uid, container, kind, &spec) {
        let step = Step::Probe {
            container,
            kind,
            generation,
        };
        kubelet::later(cluster, SimDuration::from_secs(spec.period), key, uid, step);
    } else if let Some(probes) = cluster.probes.get_mut(&probes_key(uid, container)) {
        if let Some(slot) = probes.workers.get_mut(kind as usize) {
            *slot = None;
        }
    }
}

/// `doProbe`: probes the container once and records the result; whether the worker goes on.
fn do_probe(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    kind: Kind,
    spec: &Spec,
) -> bool {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return false;
    };
    if pod.status.phase.is_terminal() {
        return false;
    }
    let never = pod.restart_policy == RestartPolicy::Never && pod.as_init(container).is_none();
    let Some(status) = pod.status_at(container) else {
        return true;
    };
    let Some(container_id) = status.container_id.clone() else {
        return true;
    };
    let (state, started) = (status.state.clone(), status.started);
    let Some(worker) = worker_mut(cluster, uid, container, kind) else {
        return false;
    };
    if worker.container_id.as_deref() != Some(container_id.as_str()) {
        worker.container_id = Some(container_id);
        worker.published = Some(kind.initial());
        worker.on_hold = false;
    }
    if worker.on_hold {
        return true;
    }
    let started_at = match state {
        ContainerState::Running { started_at } => started_at,
        other => {
            worker.published = Some(Outcome::Failure);
            // Abort if the container will not be restarted.
            return !(never && matches!(other, ContainerState::Terminated { .. }));
        }
    };
    if now.since(started_at).as_millis() / 1000 < spec.initial_delay {
        return true;
    }
    // Liveness and readiness wait for the container to have started; startup stops then.
    if started == (kind == Kind::Startup) {
        return true;
    }
    let outcome = match run(cluster, key, container, spec) {
        Probed::Success => Outcome::Success,
        Probed::Failure(output) => {
            let message = format!("{} probe failed: {output}", kind.label());
            kubelet::kubelet_event(
                cluster,
                key,
                Some(container),
                "Warning",
                "Unhealthy",
                message,
            );
            Outcome::Failure
        }
        Probed::Errored(error) => {
            let message = format!(
                "{} probe errored and resulted in unknown state: {error}",
                kind.label()
            );
            kubelet::kubelet_event(
                cluster,
                key,
                Some(container),
                "Warning",
                "Unhealthy",
                message,
            );
            return true;
        }
    };
    let Some(worker) = worker_mut(cluster, uid, container, kind) else {
        return false;
    };
    if worker.last == outcome {
        worker.run = worker.run.saturating_add(1);
    } else {
        worker.last = outcome;
        worker.run = 1;
    }
    let threshold = match outcome {
        Outcome::Failure => spec.failure_threshold,
        _ => spec.success_threshold,
    };
    if worker.run < threshold {
        return true;
    }
    if (kind == Kind::Liveness && outcome == Outcome::Failure) || kind == Kind::Startup {
        // Probing stops until the next container instance.
        worker.on_hold = true;
        worker.run = 0;
    }
    let previous = worker.published.replace(outcome);
    if previous != Some(outcome) {
        published(cluster, key, uid, container, kind, outcome, previous);
    }
    true
}

/// What the kubelet does with a changed result.
fn published(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    kind: Kind,
    outcome: Outcome,
    previous: Option<Outcome>,
) {
    if outcome == Outcome::Failure && kind != Kind::Readiness {
        kill(cluster, key, uid, container, kind);
        return;
    }
    let has_readiness = worker_mut(cluster, uid, container, Kind::Readiness).is_some();
    let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    else {
        return;
    };
    let running = matches!(status.state, ContainerState::Running { .. });
    let trigger = match (kind, outcome) {
        (Kind::Startup, Outcome::Success) => {
            status.started = running;
            status.ready = running && !has_readiness;
            if running {
                // A started sidecar lets the pod sync start the next init container.
                let delay = SimDuration::from_millis(SYNC_MILLIS);
                kubelet::after_init_container(cluster, key, uid, container, delay);
            }
            running && has_readiness
        }
        (Kind::Readiness, _) => {
            status.ready = running && status.started && outcome == Outcome::Success;
            outcome == Outcome::Failure && previous == Some(Outcome::Success)
        }
        _ => return,
    };
    kubelet::update_readiness(cluster, key);
    if trigger {
        // The pod sync for this result finds the container unready and runs its readiness
        // probe again.
        let delay = SimDuration::from_millis(SYNC_MILLIS);
        kubelet::later(cluster, delay, key, uid, Step::ProbeNow { container });
    }
}

/// `computePodActions` and `killContainer` for a container that failed its liveness or
/// startup probe: `Killing`, then SIGTERM; a main process that ignores it dies by SIGKILL
/// when the grace period (the probe's own, else the pod's; at least 2 s) is over.
fn kill(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, kind: Kind) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let Some(status) = pod.status_at(container) else {
        return;
    };
    if !matches!(status.state, ContainerState::Running { .. }) {
        return;
    }
    let restarts = status.restart_count;
    let name = status.name.clone();
    let status_image = status.image.clone();
    let exits = kubelet::exits_on_stop_signal(&status_image);
    let pod_grace = pod.termination_grace_period_seconds;
    let probe_grace = probe_spec(&pod.spec, container, kind).and_then(|spec| spec.grace);
    let what = if kind == Kind::Startup {
        "startup"
    } else {
        "liveness"
    };
    let others_run = pod
        .status
        .container_statuses
        .iter()
        .enumerate()
        .any(|(index, other)| {
            index != container && matches!(other.state, ContainerState::Running { .. })
        });
    let (message, grace) = if pod.as_init(container).is_some() {
        // `computeInitContainerActions` restarts a sidecar.
        (
            format!("Init container {name} failed {what} probe"),
            probe_grace.unwrap_or(pod_grace),
        )
    } else if pod.restart_policy != RestartPolicy::Never {
        (
            format!("Container {name} failed {what} probe, will be restarted"),
            probe_grace.unwrap_or(pod_grace),
        )
    } else if others_run {
        (
            format!("Container {name} failed {what} probe"),
            probe_grace.unwrap_or(pod_grace),
        )
    } else {
        // Nothing would be left running: `KillPod` stops the pod's containers, with the pod's
        // grace period.
        (format!("Stopping container {name}"), pod_grace)
    };
    kubelet::kubelet_event(cluster, key, Some(container), "Normal", "Killing", message);
    let after = if exits {
        cluster.jitter(100, 700)
    } else {
        SimDuration::from_secs(grace.max(2))
    };
    let exit_code = kubelet::stop_exit_code(&status_image, !exits);
    let step = Step::ProbeKilled {
        container,
        restarts,
        exit_code,
    };
    kubelet::later(cluster, after, key, uid, step);
}

/// `hasExpired`: a back-off entry not moved on for twice the 5-minute maximum is forgotten.
fn expired(event: SimTime, last: SimTime) -> bool {
    event.since(last).as_millis() > 600_000
}

/// `Backoff.Next`: 10 s for a new (or forgotten) entry, else twice the last, at most 5 min.
fn next_backoff(probes: &mut Probes, event: SimTime, now: SimTime) {
    let seconds = match probes.backoff {
        Some((last, seconds)) if !expired(event, last) => (seconds * 2).min(300),
        _ => 10,
    };
    probes.backoff = Some((now, seconds));
}

/// The container killed for a failed probe is gone: terminated with `exit_code` (`Error`).
/// With `restartPolicy: Never` it stays so; otherwise the same pod sync starts it again, the
/// first time at once, later only once `doBackOff` lets it.
pub(super) fn killed(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    restarts: i64,
    exit_code: i64,
) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get_mut(key) else {
        return;
    };
    let never = pod.restart_policy == RestartPolicy::Never && pod.as_init(container).is_none();
    let Some(status) = pod.status_at_mut(container) else {
        return;
    };
    if status.restart_count != restarts {
        return;
    }
    let Some(terminated) = kubelet::end_running(status, exit_code, now) else {
        return;
    };
    let name = status.name.clone();
    if never {
        status.state = terminated;
    } else {
        status.last_state = Some(terminated);
    }
    cluster.shells.remove(&(uid.to_string(), name.clone()));
    if never {
        kubelet::update_readiness(cluster, key);
        kubelet::stop_sidecars_soon(cluster, key, uid);
        return;
    }
    sync_dead_container(cluster, key, uid, (container, restarts), now, (300, 1000));
}

/// A container that exited by itself, seen by the pod worker (`Step::Relisted`): its
/// terminated state becomes the last one, and it starts again as after a probe's kill.
pub(super) fn exited(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    restarts: i64,
) {
    let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    else {
        return;
    };
    let ContainerState::Terminated { finished_at, .. } = status.state else {
        return;
    };
    if status.restart_count != restarts {
        return;
    }
    status.last_state = Some(status.state.clone());
    sync_dead_container(
        cluster,
        key,
        uid,
        (container, restarts),
        finished_at,
        (300, 1000),
    );
}

/// `doBackOff` for a dead container that finished at `finished`: restart it now (the first
/// time, or after the back-off), or wait in `CrashLoopBackOff` and let the pod worker try
/// again after `retry_ms` (a random time in that range).
fn sync_dead_container(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    (container, restarts): (usize, i64),
    finished: SimTime,
    retry_ms: (i64, i64),
) {
    let now = cluster.now();
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    // A sidecar is not started again once the app containers are done.
    if pod.as_init(container).is_some() && kubelet::app_containers_done(pod) {
        return;
    }
    let Some(name) = pod.status_at(container).map(|status| status.name.clone()) else {
        return;
    };
    let probes = cluster
        .probes
        .entry(probes_key(uid, container))
        .or_default();
    // `IsInBackOffSince` the container's finish: whenever a live entry exists.
    let in_backoff = probes.backoff.is_some_and(|(last, seconds)| {
        !expired(finished, last) && now.since(finished).as_millis() < seconds * 1000
    });
    if in_backoff {
        crash_loop(cluster, key, uid, container, &name);
        let delay = cluster.jitter(retry_ms.0, retry_ms.1);
        let step = Step::ProbeRestart {
            container,
            restarts,
        };
        kubelet::later(cluster, delay, key, uid, step);
    } else {
        next_backoff(probes, finished, now);
        restart(cluster, key, uid, container);
    }
}

/// The pod worker's next try at a container in crash-loop back-off (after the PLEG saw it
/// die, then every 10–15 s): another `BackOff` event, or the restart once the back-off since
/// the container finished is over.
pub(super) fn retry(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    container: usize,
    restarts: i64,
) {
    let Some(status) = cluster
        .pods
        .get(key)
        .and_then(|pod| pod.status_at(container))
    else {
        return;
    };
    let waiting = matches!(
        &status.state,
        ContainerState::Waiting { reason, .. } if reason == "CrashLoopBackOff"
    );
    let Some(ContainerState::Terminated { finished_at, .. }) = status.last_state else {
        return;
    };
    if !waiting || status.restart_count != restarts {
        return;
    }
    sync_dead_container(
        cluster,
        key,
        uid,
        (container, restarts),
        finished_at,
        (10_000, 15_000),
    );
}

/// `doBackOff` said no: the container waits in `CrashLoopBackOff`.
fn crash_loop(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize, name: &str) {
    let seconds = cluster
        .probes
        .get(&probes_key(uid, container))
        .and_then(|probes| probes.backoff)
        .map_or(10, |(_, seconds)| seconds);
    let pod_label = format!("{}_{}({uid})", key.1, key.0);
    if let Some(status) = cluster
        .pods
        .get_mut(key)
        .and_then(|pod| pod.status_at_mut(container))
    {
        status.state = ContainerState::Waiting {
            reason: "CrashLoopBackOff".into(),
            message: Some(format!(
                "back-off {} restarting failed container={name} pod={pod_label}",
                kubelet::go_duration_millis(seconds * 1000)
            )),
        };
    }
    kubelet::update_readiness(cluster, key);
    let message = format!("Back-off restarting failed container {name} in pod {pod_label}");
    kubelet::kubelet_event(cluster, key, Some(container), "Warning", "BackOff", message);
}

/// The pod worker starts the container again: its image is pulled as its policy says.
fn restart(cluster: &mut Cluster, key: &ObjectKey, uid: &str, container: usize) {
    if let Some(pod) = cluster.pods.get_mut(key) {
        // The kubelet's default waiting reason (`convertToAPIContainerStatuses`).
        let reason = if pod.init_containers.is_empty() {
            "ContainerCreating"
        } else {
            "PodInitializing"
        };
        if let Some(status) = pod.status_at_mut(container) {
            status.restart_count += 1;
            if !matches!(status.state, ContainerState::Waiting { .. }) {
                status.state = ContainerState::Waiting {
                    reason: reason.into(),
                    message: None,
                };
            }
        }
    }
    kubelet::update_readiness(cluster, key);
    let step = Step::Pull {
        container,
        attempt: 0,
    };
    kubelet::later(cluster, SimDuration::from_millis(50), key, uid, step);
}

/// Runs a probe's handler against the container.
fn run(cluster: &mut Cluster, key: &ObjectKey, container: usize, spec: &Spec) -> Probed {
    let Some(pod) = cluster.pods.get(key) else {
        return Probed::Failure(String::new());
    };
    let pod_ip = pod.status.pod_ip.clone().unwrap_or_default();
    let ports: Vec<ContainerPort> = pod
        .container_at(container)
        .map(|c| c.ports.clone())
        .unwrap_or_default();
    let timeout = spec.timeout;
    match &spec.handler {
        Handler::Exec(argv) => {
            let limit = SimDuration::from_secs(timeout);
            match kubelet::exec_sync(cluster, key, container, argv, limit) {
                Exec::Exited(0, _) => Probed::Success,
                Exec::Exited(_, output) => Probed::Failure(combined_output(&output)),
                Exec::TimedOut => {
                    Probed::Failure(format!("command {} timed out", go_quote(&argv.join(" "))))
                }
                Exec::NotFound => {
                    let exec_id = cluster.rng().hex(64);
                    let program = argv.first().map(String::as_str).unwrap_or("");
                    Probed::Errored(format!(
                        "rpc error: code = Unknown desc = failed to exec in container: failed to start exec {}: OCI runtime exec failed: exec failed: unable to start container process: exec: {}: executable file not found in $PATH: unknown",
                        go_quote(&exec_id),
                        go_quote(program)
                    ))
                }
            }
        }
        Handler::Http {
            https,
            host,
            path,
            port,
        } => {
            let port = match resolve_port(port, &ports) {
                Ok(port) => port,
                Err(error) => return Probed::Errored(error),
            };
            let host = if host.is_empty() { &pod_ip } else { host };
            let address = format!("{host}:{port}");
            let scheme = if *https { "https" } else { "http" };
            let path = if path.starts_with('/') {
                path.clone()
            } else {
                format!("/{path}")
            };
            let url = go_quote(&format!("{scheme}://{address}{path}"));
            let timed_out = || {
                format!("Get {url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
            };
            let Some(target) = target(cluster, key, &pod_ip, host) else {
                return Probed::Failure(timed_out());
            };
            if runs_system_component(cluster, &target) {
                return Probed::Success;
            }
            let refused = || format!("Get {url}: dial tcp {address}: connect: connection refused");
            if *https {
                return Probed::Failure(
                    match network::connect(cluster, &target.0, &target.1, port) {
                        Ok(()) => {
                            format!("Get {url}: http: server gave HTTP response to HTTPS client")
                        }
                        Err(ConnectError::Refused) => refused(),
                        Err(ConnectError::Unreachable) => timed_out(),
                    },
                );
            }
            let request = (port, path.as_str());
            let client = probe_source(&pod_ip);
            let user_agent = "kube-probe/1.37";
            match network::http_request(cluster, &target.0, &target.1, request, &client, user_agent)
            {
                Ok((status, _)) if (200..400).contains(&status) => Probed::Success,
                Ok((status, _)) => {
                    Probed::Failure(format!("HTTP probe failed with statuscode: {status}"))
                }
                Err(ConnectError::Refused) => Probed::Failure(refused()),
                Err(ConnectError::Unreachable) => Probed::Failure(timed_out()),
            }
        }
        Handler::Tcp { host, port } => {
            let port = match resolve_port(port, &ports) {
                Ok(port) => port,
                Err(error) => return Probed::Errored(error),
            };
            let host = if host.is_empty() { &pod_ip } else { host };
            let address = format!("{host}:{port}");
            let Some(target) = target(cluster, key, &pod_ip, host) else {
                return Probed::Failure(format!("dial tcp {address}: i/o timeout"));
            };
            if runs_system_component(cluster, &target) {
                return Probed::Success;
            }
            match network::connect(cluster, &target.0, &target.1, port) {
                Ok(()) => Probed::Success,
                Err(ConnectError::Refused) => {
                    Probed::Failure(format!("dial tcp {address}: connect: connection refused"))
                }
                Err(ConnectError::Unreachable) => {
                    Probed::Failure(format!("dial tcp {address}: i/o timeout"))
                }
            }
        }
        Handler::Grpc { port } => {
            if runs_system_component(cluster, key) {
                return Probed::Success;
            }
            // The gRPC prober dials and blocks until the connection is ready, and no simulated
            // image speaks gRPC: the dial times out.
            Probed::Failure(format!(
                "timeout: failed to connect service {} within {}: context deadline exceeded",
                go_quote(&format!("{pod_ip}:{port}")),
                kubelet::go_duration_millis(timeout.saturating_mul(1000))
            ))
        }
        Handler::Missing => {
            let name = pod.container_at(container).map_or("", |c| c.name.as_str());
            Probed::Errored(format!(
                "missing probe handler for {}_{}({}):{name}",
                key.1, key.0, pod.meta.uid
            ))
        }
    }
}

/// The pod a probe's host names: the probed pod for its own IP, another pod by its IP.
fn target(cluster: &Cluster, key: &ObjectKey, pod_ip: &str, host: &str) -> Option<ObjectKey> {
    if host == pod_ip {
        return Some(key.clone());
    }
    network::pod_by_ip(cluster, host)
}

/// Whether the pod runs an image of the cluster's own components (CoreDNS, etcd…), whose
/// health endpoints the simulation does not model: they answer every probe.
fn runs_system_component(cluster: &Cluster, key: &ObjectKey) -> bool {
    cluster.pods.get(key).is_some_and(|pod| {
        pod.containers
            .iter()
            .zip(&pod.status.container_statuses)
            .any(|(spec, status)| {
                matches!(status.state, ContainerState::Running { .. })
                    && images::ImageRef::parse(&spec.image)
                        .and_then(|r| images::lookup(&r))
                        .is_none_or(|info| info.program == images::Program::SystemDaemon)
            })
    })
}

/// Where the kubelet's connections to a pod come from: the node's end of the pod network
/// (kindnet's ptp plugin gives the host side of each veth the range's first address).
fn probe_source(pod_ip: &str) -> String {
    match pod_ip
        .strip_prefix("10.244.")
        .and_then(|rest| rest.split_once('.'))
    {
        Some((node, _)) => format!("10.244.{node}.1"),
        None => pod_ip.to_string(),
    }
}

/// `probe.ResolveContainerPort`: a number, or the name of one of the container's ports (or a
/// number written as a string).
fn resolve_port(port: &Value, ports: &[ContainerPort]) -> Result<u16, String> {
    let number = match port {
        Value::Number(number) => number.as_i64().unwrap_or(-1),
        Value::String(name) => match ports.iter().find(|p| p.name.as_deref() == Some(name)) {
            Some(found) => found.container_port,
            None => name
                .parse::<i64>()
                .map_err(|_| format!("strconv.Atoi: parsing {}: invalid syntax", go_quote(name)))?,
        },
        _ => -1,
    };
    u16::try_from(number)
        .ok()
        .filter(|port| *port > 0)
        .ok_or_else(|| format!("invalid port number: {number}"))
}

/// `RunInContainer`'s output: all of stdout, then all of stderr (the exec prober keeps 10 KiB).
fn combined_output(output: &crate::cluster::container_sh::Output) -> String {
    let mut text = String::new();
    for wanted in [
        crate::cluster::container_sh::Stream::Out,
        crate::cluster::container_sh::Stream::Err,
    ] {
        for (stream, chunk) in &output.chunks {
            if *stream == wanted {
                text.push_str(chunk);
            }
        }
    }
    let mut end = text.len().min(10 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// Go's `%q` of a string (quotes, backslashes and control characters escaped).
fn go_quote(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\x{:02x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_resolve_as_the_kubelet_does() {
        let ports = vec![ContainerPort {
            container_port: 8080,
            protocol: "TCP".into(),
            name: Some("http".into()),
            host_port: None,
        }];
        let cases: [(Value, Result<u16, &str>); 5] = [
            (Value::from(8080), Ok(8080)),
            (Value::from("http"), Ok(8080)),
            (Value::from("9090"), Ok(9090)),
            (
                Value::from("web"),
                Err("strconv.Atoi: parsing \"web\": invalid syntax"),
            ),
            (Value::from(0), Err("invalid port number: 0")),
        ];
        for (port, want) in cases {
            assert_eq!(
                resolve_port(&port, &ports),
                want.map_err(str::to_string),
                "{port}"
            );
        }
    }

    #[test]
    fn probe_defaults_and_sources() {
        let spec = serde_json::json!({"containers": [{"name": "c", "livenessProbe": {"httpGet": {"port": 8080}}}]});
        let probe = probe_spec(&spec, 0, Kind::Liveness).map(|p| {
            (
                p.initial_delay,
                p.timeout,
                p.period,
                p.success_threshold,
                p.failure_threshold,
            )
        });
        assert_eq!(probe, Some((0, 1, 10, 1, 3)));
        assert!(probe_spec(&spec, 0, Kind::Readiness).is_none());
        assert_eq!(fresh_container(&spec, 0), (true, true));
        assert_eq!(probe_source("10.244.2.7"), "10.244.2.1");
        assert_eq!(probe_source("172.18.0.3"), "172.18.0.3");
        assert_eq!(go_quote("a \"b\"\n"), "\"a \\\"b\\\"\\n\"");
    }

    fn pod(name: &str, containers: Value) -> Value {
        serde_json::json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name},
            "spec": {"terminationGracePeriodSeconds": 9_000_000_000_000_000_000_i64, "containers": containers}})
    }

    #[test]
    fn a_failing_liveness_probe_restarts_and_readiness_gates_ready() {
        let mut cluster = Cluster::new(5);
        let unhealthy = serde_json::json!([{"name": "kubia", "image": "luksa/kubia-unhealthy",
            "livenessProbe": {"httpGet": {"port": 8080}, "terminationGracePeriodSeconds": 5}}]);
        let unready = serde_json::json!([{"name": "kubia", "image": "luksa/kubia",
            "readinessProbe": {"tcpSocket": {"port": 8081}}}]);
        for (name, containers) in [("sick", unhealthy), ("unready", unready)] {
            let created = cluster.create(&pod(name, containers), "default");
            assert!(created.is_ok(), "{name}: {created:?}");
        }
        cluster.advance(SimDuration::from_secs(150));
        let status = |cluster: &Cluster, name: &str| {
            cluster
                .pod("default", name)
                .and_then(|pod| pod.status.container_statuses.first().cloned())
        };
        let sick = status(&cluster, "sick");
        assert_eq!(sick.as_ref().map(|s| s.restart_count), Some(1));
        assert!(matches!(
            sick.and_then(|s| s.last_state),
            Some(ContainerState::Terminated { exit_code: 137, .. })
        ));
        let unready = status(&cluster, "unready");
        assert_eq!(unready.map(|s| (s.ready, s.started)), Some((false, true)));
    }

    #[test]
    fn hostile_probe_specs_do_not_panic() {
        let mut cluster = Cluster::new(9);
        let probes = [
            serde_json::json!({"httpGet": {"port": {"x": 1}}, "periodSeconds": -4, "timeoutSeconds": i64::MAX}),
            serde_json::json!({"tcpSocket": {"port": "99999"}, "initialDelaySeconds": i64::MIN}),
            serde_json::json!({"exec": {"command": []}, "failureThreshold": 0, "successThreshold": i64::MAX}),
            serde_json::json!({"exec": {"command": ["sh", "-c", "while true; do :; done"]}}),
            serde_json::json!({"exec": {"command": ["sleep", "99999999999999999"]}, "periodSeconds": 1}),
            serde_json::json!({"grpc": {"port": -1}, "terminationGracePeriodSeconds": i64::MAX}),
            serde_json::json!({"httpGet": {"port": 8080, "host": "10.9.9.9", "scheme": "HTTPS", "path": "x\u{0}"}}),
            serde_json::json!({}),
            serde_json::json!("not a probe"),
        ];
        for (index, probe) in probes.iter().enumerate() {
            let containers = serde_json::json!([{"name": "c", "image": "busybox",
                "args": ["sh", "-c", "sleep 3600"],
                "livenessProbe": probe, "readinessProbe": probe, "startupProbe": probe}]);
            let _ = cluster.create(&pod(&format!("hostile-{index}"), containers), "default");
        }
        cluster.advance(SimDuration::from_secs(1200));
        let started = cluster
            .pods()
            .filter(|pod| pod.name().starts_with("hostile-"))
            .filter(|pod| {
                pod.status
                    .container_statuses
                    .iter()
                    .any(|s| s.container_id.is_some())
            })
            .count();
        assert_eq!(started, probes.len());
    }

    #[test]
    fn backoff_doubles_and_is_forgotten() {
        let mut probes = Probes::default();
        let start = SimTime::PLAYGROUND_START;
        next_backoff(&mut probes, start, start);
        assert_eq!(probes.backoff.map(|b| b.1), Some(10));
        let later = start.plus(SimDuration::from_secs(100));
        next_backoff(&mut probes, later, later);
        assert_eq!(probes.backoff.map(|b| b.1), Some(20));
        let much_later = later.plus(SimDuration::from_secs(601));
        next_backoff(&mut probes, much_later, much_later);
        assert_eq!(probes.backoff.map(|b| b.1), Some(10));
    }
}
