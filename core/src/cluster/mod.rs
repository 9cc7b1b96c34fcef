//! The simulated control plane and nodes: the API server's store, its admission and
//! defaulting, and the timed work of the scheduler, kubelets and controllers.
//!
//! `Cluster` is the only owner of objects. Every change goes through its API methods
//! (`create`, `delete`, `patch_metadata`…), which validate, admit, store and then wake the
//! controllers by queueing `Task`s. Time moves only through `advance_to`, which runs queued tasks in
//! `(time, sequence)` order, so the same seed and the same calls give the same state.
//! This module knows nothing of kubectl's text: it returns typed `ApiError`s.

mod apps;
pub mod authz;
mod bootstrap;
pub mod container_sh;
mod controllers;
mod daemon_sets;
mod endpoints;
pub mod http_client;
pub mod image_programs;
pub mod images;
mod jobs;
mod kubelet;
mod mirroring;
pub mod network;
mod pod_update;
mod priority;
mod prober;
pub mod scheduler;
pub mod tokens;
mod update;
mod volumes;
pub use update::{patched, PatchType};
pub use validate::{base64_decoded_len, warnings_on_create};
mod validate;

use crate::api::value;
use crate::api::{
    ApiError, ConfigMap, DaemonSet, Deployment, Endpoints, Event, Job, Kind, Namespace,
    NamespacePhase, Node, ObjectMeta, ObjectReference, Pod, PriorityClass, ReplicationController,
    Secret, Service, ServiceAccount,
};
use crate::clock::{SimDuration, SimTime};
use crate::rng::SimRng;
use serde_json::Value;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

pub use apps::{same_template_ignoring_hash, REVISION as REVISION_ANNOTATION, SKIPPED_ANNOTATIONS};
pub use bootstrap::ClusterShape;
pub(crate) use endpoints::SERVICE_NAME;

/// `(namespace, name)` of a namespaced object.
pub type ObjectKey = (String, String);

/// Work the control plane will do at a given simulated time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Task {
    /// Run one scheduling pass over unscheduled pods.
    ScheduleSweep,
    /// A kubelet step for one pod (`uid` guards against a re-created pod of the same name).
    Kubelet {
        key: ObjectKey,
        uid: String,
        step: kubelet::Step,
    },
    /// Reconcile one ReplicationController or ReplicaSet (`kind`).
    ReplicationControllerSync { kind: Kind, key: ObjectKey },
    /// Reconcile one Deployment.
    DeploymentSync { key: ObjectKey },
    /// Reconcile one DaemonSet.
    DaemonSetSync { key: ObjectKey },
    /// Reconcile one Job.
    JobSync { key: ObjectKey },
    /// Advance the deletion of a terminating namespace.
    NamespaceSync { name: String },
    /// The service account controller and the root CA publisher bringing back a namespace's
    /// `default` ServiceAccount and `kube-root-ca.crt` ConfigMap.
    NamespaceDefaultsSync { name: String },
    /// The taint eviction controller's deadline for a pod that tolerates a `NoExecute` taint
    /// for `tolerationSeconds`.
    TaintEviction {
        key: ObjectKey,
        uid: String,
        node: String,
        taint_key: String,
    },
    /// The API server re-creating `default/kubernetes` (the Service, and its Endpoints and
    /// EndpointSlice).
    KubernetesServiceSync,
    /// The endpoint controllers syncing a Service (`key`), or the Services of a namespace
    /// whose pods changed (`(namespace, "")`).
    EndpointsSync { key: ObjectKey },
    /// The API server's system-namespaces controller (every minute) re-creating
    /// `kube-node-lease` once it is gone.
    SystemNamespacesSync,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Queued {
    at: SimTime,
    sequence: u64,
    task: Task,
}

/// The kubelet's last unchanged-status report of a node up by `now`: it reports every five
/// minutes from its start (`nodeStatusReportFrequency`).
pub(crate) fn node_status_report_time(started: SimTime, now: SimTime) -> SimTime {
    const REPORT_EVERY_MILLIS: i64 = 5 * 60 * 1000;
    let up = now.since(started).as_millis().max(0);
    started.plus(SimDuration::from_millis(up - up % REPORT_EVERY_MILLIS))
}

/// The kubelet's last renewal of its node's Lease by `now` (every 10 s, a quarter of the
/// 40 s lease duration).
pub(crate) fn node_lease_renew_time(started: SimTime, now: SimTime) -> SimTime {
    const RENEW_EVERY_MILLIS: i64 = 10 * 1000;
    let up = now.since(started).as_millis().max(0);
    started.plus(SimDuration::from_millis(up - up % RENEW_EVERY_MILLIS))
}

/// A PEM block of `bytes` pseudo-random bytes, the same for the same `kind` (the cluster's
/// CA certificate in the kubeconfig and in every namespace's `kube-root-ca.crt`).
pub fn pem_block(kind: &str, bytes: usize) -> String {
    labelled_pem_block(kind, kind, bytes)
}

/// A PEM block whose bytes are made from `label` (two certificates of one kind differ).
pub fn labelled_pem_block(label: &str, kind: &str, bytes: usize) -> String {
    let body = crate::rng::made_up_bytes(crate::rng::fnv1a(label.bytes()), bytes);
    let mut pem = format!("-----BEGIN {kind}-----\n");
    let encoded = crate::share::base64_standard(&body);
    for line in encoded.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str(&format!("-----END {kind}-----\n"));
    pem
}

/// The cluster CA's certificate, as kubeconfig and `kube-root-ca.crt` carry it.
pub fn root_ca_pem() -> String {
    pem_block("CERTIFICATE", 810)
}

/// How `delete` should treat dependents (`--cascade`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Propagation {
    Background,
    Foreground,
    Orphan,
}

/// Options of a DELETE call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeleteOptions {
    /// `None`: the object's own grace period.
    pub grace_period_seconds: Option<i64>,
    pub propagation: Propagation,
}

impl Default for DeleteOptions {
    fn default() -> DeleteOptions {
        DeleteOptions {
            grace_period_seconds: None,
            propagation: Propagation::Background,
        }
    }
}

/// What a successful DELETE did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteOutcome {
    /// The object is gone already.
    Removed,
    /// The object is terminating (pods with a grace period, namespaces).
    Terminating,
}

/// A change to labels or annotations (`kubectl label`/`annotate`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MetadataPatch {
    pub set: BTreeMap<String, String>,
    pub remove: Vec<String>,
}

/// Which map a `MetadataPatch` applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataField {
    Labels,
    Annotations,
}

/// A borrowed view of any stored object.
#[derive(Debug, Clone, Copy)]
pub enum ObjectView<'c> {
    Pod(&'c Pod),
    Namespace(&'c Namespace),
    Node(&'c Node),
    /// A ReplicationController or a ReplicaSet (they share a type; see its `kind`).
    ReplicationController(&'c ReplicationController),
    Deployment(&'c Deployment),
    DaemonSet(&'c DaemonSet),
    Job(&'c Job),
    Service(&'c Service),
    Event(&'c Event),
    ConfigMap(&'c ConfigMap),
    ServiceAccount(&'c ServiceAccount),
    Secret(&'c Secret),
    PriorityClass(&'c PriorityClass),
    /// An Endpoints or an EndpointSlice (see its `kind`).
    Endpoints(&'c Endpoints),
}

impl<'c> ObjectView<'c> {
    pub fn kind(&self) -> Kind {
        match self {
            ObjectView::Pod(_) => Kind::Pod,
            ObjectView::Namespace(_) => Kind::Namespace,
            ObjectView::Node(_) => Kind::Node,
            ObjectView::ReplicationController(rc) => rc.kind,
            ObjectView::Deployment(_) => Kind::Deployment,
            ObjectView::DaemonSet(_) => Kind::DaemonSet,
            ObjectView::Job(_) => Kind::Job,
            ObjectView::Service(_) => Kind::Service,
            ObjectView::Event(_) => Kind::Event,
            ObjectView::ConfigMap(_) => Kind::ConfigMap,
            ObjectView::ServiceAccount(_) => Kind::ServiceAccount,
            ObjectView::Secret(_) => Kind::Secret,
            ObjectView::PriorityClass(_) => Kind::PriorityClass,
            ObjectView::Endpoints(endpoints) => endpoints.kind,
        }
    }

    pub fn meta(&self) -> &'c ObjectMeta {
        match self {
            ObjectView::Pod(pod) => &pod.meta,
            ObjectView::Namespace(namespace) => &namespace.meta,
            ObjectView::Node(node) => &node.meta,
            ObjectView::ReplicationController(rc) => &rc.meta,
            ObjectView::Deployment(deployment) => &deployment.meta,
            ObjectView::DaemonSet(daemon_set) => &daemon_set.meta,
            ObjectView::Job(job) => &job.meta,
            ObjectView::Service(service) => &service.meta,
            ObjectView::Event(event) => &event.meta,
            ObjectView::ConfigMap(config_map) => &config_map.meta,
            ObjectView::ServiceAccount(account) => &account.meta,
            ObjectView::Secret(secret) => &secret.meta,
            ObjectView::PriorityClass(class) => &class.meta,
            ObjectView::Endpoints(endpoints) => &endpoints.meta,
        }
    }

    pub fn name(&self) -> &'c str {
        &self.meta().name
    }

    pub fn to_value(&self) -> Value {
        match self {
            ObjectView::Pod(pod) => pod.to_value(),
            ObjectView::Namespace(namespace) => namespace.to_value(),
            ObjectView::Node(node) => node.to_value(),
            ObjectView::ReplicationController(rc) => rc.to_value(),
            ObjectView::Deployment(deployment) => deployment.to_value(),
            ObjectView::DaemonSet(daemon_set) => daemon_set.to_value(),
            ObjectView::Job(job) => job.to_value(),
            ObjectView::Service(service) => service.to_value(),
            ObjectView::Event(event) => event.to_value(),
            ObjectView::ConfigMap(config_map) => config_map.to_value(),
            ObjectView::ServiceAccount(account) => account.to_value(),
            ObjectView::Secret(secret) => secret.to_value(),
            ObjectView::PriorityClass(class) => class.to_value(),
            ObjectView::Endpoints(endpoints) => endpoints.to_value(),
        }
    }
}

/// An owned copy of a stored object: what a watcher keeps to show an object after it is gone
/// (a watch's `DELETED` event carries the object's last state).
#[derive(Debug, Clone)]
pub enum ObjectCopy {
    Pod(Box<Pod>),
    Namespace(Box<Namespace>),
    Node(Box<Node>),
    ReplicationController(Box<ReplicationController>),
    Deployment(Box<Deployment>),
    DaemonSet(Box<DaemonSet>),
    Job(Box<Job>),
    Service(Box<Service>),
    Event(Box<Event>),
    ConfigMap(Box<ConfigMap>),
    ServiceAccount(Box<ServiceAccount>),
    Secret(Box<Secret>),
    PriorityClass(Box<PriorityClass>),
    Endpoints(Box<Endpoints>),
}

impl ObjectView<'_> {
    pub fn to_copy(&self) -> ObjectCopy {
        match *self {
            ObjectView::Pod(pod) => ObjectCopy::Pod(Box::new(pod.clone())),
            ObjectView::Namespace(namespace) => ObjectCopy::Namespace(Box::new(namespace.clone())),
            ObjectView::Node(node) => ObjectCopy::Node(Box::new(node.clone())),
            ObjectView::ReplicationController(rc) => {
                ObjectCopy::ReplicationController(Box::new(rc.clone()))
            }
            ObjectView::Deployment(deployment) => {
                ObjectCopy::Deployment(Box::new(deployment.clone()))
            }
            ObjectView::DaemonSet(daemon_set) => {
                ObjectCopy::DaemonSet(Box::new(daemon_set.clone()))
            }
            ObjectView::Job(job) => ObjectCopy::Job(Box::new(job.clone())),
            ObjectView::Service(service) => ObjectCopy::Service(Box::new(service.clone())),
            ObjectView::Event(event) => ObjectCopy::Event(Box::new(event.clone())),
            ObjectView::ConfigMap(config_map) => {
                ObjectCopy::ConfigMap(Box::new(config_map.clone()))
            }
            ObjectView::ServiceAccount(account) => {
                ObjectCopy::ServiceAccount(Box::new(account.clone()))
            }
            ObjectView::Secret(secret) => ObjectCopy::Secret(Box::new(secret.clone())),
            ObjectView::PriorityClass(class) => ObjectCopy::PriorityClass(Box::new(class.clone())),
            ObjectView::Endpoints(endpoints) => ObjectCopy::Endpoints(Box::new(endpoints.clone())),
        }
    }
}

impl ObjectCopy {
    pub fn view(&self) -> ObjectView<'_> {
        match self {
            ObjectCopy::Pod(pod) => ObjectView::Pod(pod),
            ObjectCopy::Namespace(namespace) => ObjectView::Namespace(namespace),
            ObjectCopy::Node(node) => ObjectView::Node(node),
            ObjectCopy::ReplicationController(rc) => ObjectView::ReplicationController(rc),
            ObjectCopy::Deployment(deployment) => ObjectView::Deployment(deployment),
            ObjectCopy::DaemonSet(daemon_set) => ObjectView::DaemonSet(daemon_set),
            ObjectCopy::Job(job) => ObjectView::Job(job),
            ObjectCopy::Service(service) => ObjectView::Service(service),
            ObjectCopy::Event(event) => ObjectView::Event(event),
            ObjectCopy::ConfigMap(config_map) => ObjectView::ConfigMap(config_map),
            ObjectCopy::ServiceAccount(account) => ObjectView::ServiceAccount(account),
            ObjectCopy::Secret(secret) => ObjectView::Secret(secret),
            ObjectCopy::PriorityClass(class) => ObjectView::PriorityClass(class),
            ObjectCopy::Endpoints(endpoints) => ObjectView::Endpoints(endpoints),
        }
    }
}

/// The whole simulated cluster.
#[derive(Debug, Clone)]
pub struct Cluster {
    now: SimTime,
    rng: SimRng,
    resource_version: u64,
    sequence: u64,
    queue: BinaryHeap<Reverse<Queued>>,
    // The stores hold boxed objects: a map's code depends only on its key type and the
    // layout of its values, so with boxes the wasm keeps one copy per key type, not one per
    // kind (the same goes for the other maps boxed below and in `kubectl`, `vfs`, the
    // scheduler).
    pub(crate) namespaces: BTreeMap<String, Box<Namespace>>,
    pub(crate) nodes: BTreeMap<String, Box<Node>>,
    pub(crate) priority_classes: BTreeMap<String, Box<PriorityClass>>,
    pub(crate) pods: BTreeMap<ObjectKey, Box<Pod>>,
    pub(crate) replication_controllers: BTreeMap<ObjectKey, Box<ReplicationController>>,
    pub(crate) replica_sets: BTreeMap<ObjectKey, Box<ReplicationController>>,
    pub(crate) deployments: BTreeMap<ObjectKey, Box<Deployment>>,
    pub(crate) daemon_sets: BTreeMap<ObjectKey, Box<DaemonSet>>,
    pub(crate) jobs: BTreeMap<ObjectKey, Box<Job>>,
    /// When the job controller last saw one of a Job's pods fail (its back-off counts from
    /// there). A `Vec` searched by key rather than a `BTreeMap`: a few entries, and less
    /// wasm.
    pub(crate) job_failures: Vec<(ObjectKey, SimTime)>,
    pub(crate) services: BTreeMap<ObjectKey, Box<Service>>,
    /// Boxed: events are many and a map node holds several values inline.
    pub(crate) events: BTreeMap<ObjectKey, Box<Event>>,
    pub(crate) config_maps: BTreeMap<ObjectKey, Box<ConfigMap>>,
    pub(crate) service_accounts: BTreeMap<ObjectKey, Box<ServiceAccount>>,
    pub(crate) secrets: BTreeMap<ObjectKey, Box<Secret>>,
    pub(crate) endpoints: BTreeMap<ObjectKey, Box<Endpoints>>,
    pub(crate) endpoint_slices: BTreeMap<ObjectKey, Box<Endpoints>>,
    /// What the endpoint controllers keep of each Service between syncs.
    pub(crate) endpoint_syncs: BTreeMap<ObjectKey, Box<endpoints::SyncState>>,
    /// Container logs, by pod uid and container name.
    /// Boxed like the object stores, so this map shares their BTreeMap code in the wasm.
    #[allow(clippy::box_collection)]
    pub(crate) logs: BTreeMap<(String, String), Box<ContainerLog>>,
    /// Containers' `sh -c` scripts that are sleeping, by pod uid and container name.
    pub(crate) shells: BTreeMap<(String, String), Box<kubelet::RunningShell>>,
    /// What running container instances keep besides their processes (written files,
    /// answered requests), by pod uid and container name.
    pub(crate) instances: BTreeMap<(String, String), Box<kubelet::ContainerInstance>>,
    /// The kubelet's probe workers and crash-loop back-off per container, by pod uid and
    /// container index (written out: `prober::probes_key`).
    pub(crate) probes: BTreeMap<(String, String), Box<prober::Probes>>,
    /// Next host octet for pod IPs, per node.
    pub(crate) next_pod_ip: BTreeMap<String, u32>,
    next_service_ip: u32,
    event_sequence: i64,
    /// Times of queued scheduling passes (see `schedule_sweep`), ascending and distinct (a
    /// sorted `Vec` rather than a `BTreeSet`: a few entries, and less wasm).
    sweeps_queued: Vec<SimTime>,
    /// Event keys by involved object uid (for merging repeats and `describe`).
    events_by_uid: BTreeMap<String, Vec<ObjectKey>>,
    /// client-go's `EventAggregator`: the distinct messages seen lately per involved object,
    /// type, reason and source; from the tenth on, events are combined into one.
    /// Keyed by a hash of (involved uid, type, reason, source) in 16 hex digits (ordered as
    /// the hash, and a key type the cluster's other maps have, for less wasm); at most
    /// [`EVENT_AGGREGATE_CACHE`] entries, as client-go's LRU cache.
    event_aggregates: BTreeMap<String, Box<EventAggregate>>,
    /// ReplicationControllers, ReplicaSets and Deployments with a sync queued: a work queue
    /// holds a key once, so a burst of pod changes costs one sync, not one per pod.
    syncs_queued: std::collections::BTreeSet<(Kind, ObjectKey)>,
}

/// Recent distinct messages of similar events (one `aggregateRecord`), as message hashes.
#[derive(Debug, Clone, Default)]
struct EventAggregate {
    /// Ascending and distinct (a sorted `Vec` rather than a `BTreeSet`: at most ten entries,
    /// and less wasm).
    messages: Vec<u64>,
    last_seen: SimTime,
}

/// client-go's `maxLruCacheEntries`: how many aggregate records are kept.
const EVENT_AGGREGATE_CACHE: usize = 4096;

/// client-go's `defaultAggregateMaxEvents`: distinct messages before events are combined.
const EVENT_AGGREGATE_MAX: usize = 10;
/// client-go's `defaultAggregateIntervalInSeconds`: how long similar events are remembered.
const EVENT_AGGREGATE_INTERVAL_MILLIS: i64 = 600_000;
/// client-go's `EventAggregatorByReasonMessageFunc` prefix.
const COMBINED_PREFIX: &str = "(combined from similar events): ";

/// Events older than this (since their last occurrence) are dropped, as `--event-ttl=1h`.
const EVENT_TTL: SimDuration = SimDuration::from_secs(3600);

/// A container's log: the lines of its previous instance, then those of the latest one
/// (from `current`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainerLog {
    lines: Vec<LogLine>,
    current: usize,
}

/// Most lines a running container's log keeps (see `Cluster::append_log`).
pub const MAX_LOG_LINES: usize = 50_000;

/// One line of a container's log and when it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub time: SimTime,
    pub text: String,
}

impl Cluster {
    /// A cluster in the state a reader of chapter 3 starts from (see `bootstrap`).
    pub fn new(seed: u64) -> Cluster {
        Cluster::with_shape(seed, &ClusterShape::default())
    }

    /// A cluster built from an explicit shape (tests and benchmarks).
    pub fn with_shape(seed: u64, shape: &ClusterShape) -> Cluster {
        let mut cluster = Cluster::empty(seed, shape.start.minus(shape.age));
        bootstrap::populate(&mut cluster, shape);
        cluster
    }

    fn empty(seed: u64, now: SimTime) -> Cluster {
        Cluster {
            now,
            rng: SimRng::new(seed),
            resource_version: 1000,
            sequence: 0,
            queue: BinaryHeap::new(),
            namespaces: BTreeMap::new(),
            nodes: BTreeMap::new(),
            priority_classes: BTreeMap::new(),
            pods: BTreeMap::new(),
            replication_controllers: BTreeMap::new(),
            replica_sets: BTreeMap::new(),
            deployments: BTreeMap::new(),
            daemon_sets: BTreeMap::new(),
            jobs: BTreeMap::new(),
            job_failures: Vec::new(),
            services: BTreeMap::new(),
            events: BTreeMap::new(),
            config_maps: BTreeMap::new(),
            service_accounts: BTreeMap::new(),
            secrets: BTreeMap::new(),
            endpoints: BTreeMap::new(),
            endpoint_slices: BTreeMap::new(),
            endpoint_syncs: BTreeMap::new(),
            logs: BTreeMap::new(),
            shells: BTreeMap::new(),
            instances: BTreeMap::new(),
            probes: BTreeMap::new(),
            next_pod_ip: BTreeMap::new(),
            next_service_ip: 1,
            event_sequence: 0,
            sweeps_queued: Vec::new(),
            events_by_uid: BTreeMap::new(),
            event_aggregates: BTreeMap::new(),
            syncs_queued: std::collections::BTreeSet::new(),
        }
    }

    /// The current simulated time.
    pub fn now(&self) -> SimTime {
        self.now
    }

    /// The latest `resourceVersion` handed out: it changes whenever any object changes, so a
    /// front end can tell cheaply whether the cluster picture needs redrawing.
    pub fn resource_version(&self) -> u64 {
        self.resource_version
    }

    pub(crate) fn rng(&mut self) -> &mut SimRng {
        &mut self.rng
    }

    /// A uniformly random duration in `[low_ms, high_ms]`.
    pub(crate) fn jitter(&mut self, low_ms: i64, high_ms: i64) -> SimDuration {
        SimDuration::from_millis(self.rng.between(low_ms, high_ms))
    }

    pub(crate) fn next_resource_version(&mut self) -> u64 {
        self.resource_version += 1;
        self.resource_version
    }

    pub(crate) fn schedule(&mut self, after: SimDuration, task: Task) {
        self.sequence += 1;
        self.queue.push(Reverse(Queued {
            at: self.now.plus(after),
            sequence: self.sequence,
            task,
        }));
    }

    /// Queues a scheduling pass unless one is already due by then (one pass handles every
    /// pending pod, so a burst of creations needs only one).
    pub(crate) fn schedule_sweep(&mut self, after: SimDuration) {
        let at = self.now.plus(after);
        // The first time is the earliest: one due by `at` makes this pass unneeded, and
        // otherwise every queued pass is later, so `at` goes first.
        if self
            .sweeps_queued
            .first()
            .is_some_and(|queued| *queued <= at)
        {
            return;
        }
        self.sweeps_queued.insert(0, at);
        self.schedule(after, Task::ScheduleSweep);
    }

    /// Queues a sync of the ReplicationController, ReplicaSet or Deployment `key` unless one
    /// is queued already (it will see the change that asked for this one).
    pub(crate) fn queue_sync(&mut self, kind: Kind, key: ObjectKey, after: SimDuration) {
        if self.syncs_queued.insert((kind, key.clone())) {
            let task = match kind {
                Kind::Deployment => Task::DeploymentSync { key },
                Kind::DaemonSet => Task::DaemonSetSync { key },
                Kind::Job => Task::JobSync { key },
                Kind::Endpoints => Task::EndpointsSync { key },
                _ => Task::ReplicationControllerSync { kind, key },
            };
            self.schedule(after, task);
        }
    }

    /// The store of a kind kept as a `ReplicationController` (the ReplicaSets' or the RCs').
    pub(crate) fn replica_store(
        &mut self,
        kind: Kind,
    ) -> &mut BTreeMap<ObjectKey, Box<ReplicationController>> {
        match kind {
            Kind::ReplicaSet => &mut self.replica_sets,
            _ => &mut self.replication_controllers,
        }
    }

    /// Read-only [`Cluster::replica_store`].
    pub(crate) fn replicas_of(
        &self,
        kind: Kind,
    ) -> &BTreeMap<ObjectKey, Box<ReplicationController>> {
        match kind {
            Kind::ReplicaSet => &self.replica_sets,
            _ => &self.replication_controllers,
        }
    }

    /// When the next queued task is due, if any.
    pub fn next_task_time(&self) -> Option<SimTime> {
        self.queue.peek().map(|Reverse(queued)| queued.at)
    }

    /// Moves the clock forward by `duration`, running every task due on the way.
    pub fn advance(&mut self, duration: SimDuration) {
        let target = self.now.plus(duration);
        self.advance_to(target);
    }

    /// Moves the clock to `target` (never backwards), running every task due by then.
    pub fn advance_to(&mut self, target: SimTime) {
        // Bounded: a task may enqueue more tasks, but never at an earlier time; the cap is a
        // guard against a controller bug turning into a hang.
        let mut budget: u64 = 5_000_000;
        while let Some(Reverse(next)) = self.queue.peek() {
            if next.at > target || budget == 0 {
                break;
            }
            budget -= 1;
            let Some(Reverse(queued)) = self.queue.pop() else {
                break;
            };
            if queued.at > self.now {
                self.now = queued.at;
            }
            self.run_task(queued.task);
        }
        if target > self.now {
            self.now = target;
        }
        self.expire_events();
        self.refresh_node_heartbeats();
    }

    /// The kubelet reports an unchanged node status every `nodeStatusReportFrequency` (5 min),
    /// which moves each condition's `lastHeartbeatTime` and, being a write, the node's
    /// `resourceVersion` (so `kubectl get nodes -w` prints the node again). Done as time passes
    /// rather than as queued tasks, so "skip to the next event" never stops on a heartbeat; a
    /// jump over several report times writes once.
    fn refresh_node_heartbeats(&mut self) {
        let now = self.now;
        let due: Vec<(String, SimTime)> = self
            .nodes
            .iter()
            .filter(|(_, node)| node.ready)
            .filter_map(|(name, node)| {
                let beat = node_status_report_time(node.meta.creation_timestamp, now);
                (beat != node.status_reported).then(|| (name.clone(), beat))
            })
            .collect();
        for (name, beat) in due {
            let resource_version = self.next_resource_version();
            let Some(node) = self.nodes.get_mut(&name) else {
                continue;
            };
            node.status_reported = beat;
            node.meta.resource_version = resource_version;
            let Some(Value::Array(conditions)) = node.status.get_mut("conditions") else {
                continue;
            };
            let stamp = beat.rfc3339();
            for condition in conditions {
                if let Value::Object(condition) = condition {
                    condition.insert("lastHeartbeatTime".into(), Value::String(stamp.clone()));
                }
            }
        }
    }

    fn run_task(&mut self, task: Task) {
        match task {
            Task::ScheduleSweep => {
                let now = self.now;
                self.sweeps_queued.retain(|at| *at > now);
                scheduler::schedule_pending(self)
            }
            Task::Kubelet { key, uid, step } => kubelet::run_step(self, &key, &uid, step),
            Task::ReplicationControllerSync { kind, key } => {
                self.syncs_queued.remove(&(kind, key.clone()));
                controllers::sync_replication_controller(self, kind, &key)
            }
            Task::DeploymentSync { key } => {
                self.syncs_queued.remove(&(Kind::Deployment, key.clone()));
                apps::sync_deployment(self, &key)
            }
            Task::DaemonSetSync { key } => {
                self.syncs_queued.remove(&(Kind::DaemonSet, key.clone()));
                daemon_sets::sync_daemon_set(self, &key)
            }
            Task::JobSync { key } => {
                self.syncs_queued.remove(&(Kind::Job, key.clone()));
                jobs::sync_job(self, &key)
            }
            Task::NamespaceSync { name } => controllers::sync_namespace(self, &name),
            Task::NamespaceDefaultsSync { name } => {
                controllers::sync_namespace_defaults(self, &name)
            }
            Task::TaintEviction {
                key,
                uid,
                node,
                taint_key,
            } => controllers::evict_if_still_tainted(self, &key, &uid, &node, &taint_key),
            Task::KubernetesServiceSync => controllers::sync_kubernetes_service(self),
            Task::EndpointsSync { key } => {
                self.syncs_queued.remove(&(Kind::Endpoints, key.clone()));
                match key.1.is_empty() {
                    true => endpoints::sync_namespace(self, &key.0),
                    false => endpoints::sync_service(self, &key),
                }
            }
            Task::SystemNamespacesSync => controllers::sync_system_namespaces(self),
        }
    }

    fn expire_events(&mut self) {
        let now = self.now;
        let expired: Vec<ObjectKey> = self
            .events
            .iter()
            .filter(|(_, event)| event.last_timestamp.plus(EVENT_TTL) <= now)
            .map(|(key, _)| key.clone())
            .collect();
        for key in expired {
            self.remove_event(&key);
        }
        self.event_aggregates.retain(|_, aggregate| {
            now.since(aggregate.last_seen).as_millis() <= EVENT_AGGREGATE_INTERVAL_MILLIS
        });
    }

    pub(crate) fn remove_event(&mut self, key: &ObjectKey) {
        if let Some(event) = self.events.remove(key) {
            if let Some(keys) = self.events_by_uid.get_mut(&event.involved.uid) {
                keys.retain(|k| k != key);
                if keys.is_empty() {
                    self.events_by_uid.remove(&event.involved.uid);
                }
            }
        }
    }

    // ----- reading -----------------------------------------------------------------------

    /// One object, or NotFound (`namespace` is ignored for cluster-scoped kinds).
    pub fn get(&self, kind: Kind, namespace: &str, name: &str) -> Result<ObjectView<'_>, ApiError> {
        let key = (namespace.to_string(), name.to_string());
        let found = match kind {
            Kind::Pod => self.pods.get(&key).map(|object| ObjectView::Pod(object)),
            Kind::Namespace => self
                .namespaces
                .get(name)
                .map(|object| ObjectView::Namespace(object)),
            Kind::Node => self.nodes.get(name).map(|object| ObjectView::Node(object)),
            Kind::PriorityClass => self
                .priority_classes
                .get(name)
                .map(|object| ObjectView::PriorityClass(object)),
            Kind::ReplicationController | Kind::ReplicaSet => self
                .replicas_of(kind)
                .get(&key)
                .map(|object| ObjectView::ReplicationController(object)),
            Kind::Deployment => self
                .deployments
                .get(&key)
                .map(|object| ObjectView::Deployment(object)),
            Kind::DaemonSet => self
                .daemon_sets
                .get(&key)
                .map(|object| ObjectView::DaemonSet(object)),
            Kind::Job => self.jobs.get(&key).map(|object| ObjectView::Job(object)),
            Kind::Service => self
                .services
                .get(&key)
                .map(|object| ObjectView::Service(object)),
            Kind::Event => self.events.get(&key).map(|event| ObjectView::Event(event)),
            Kind::ConfigMap => self
                .config_maps
                .get(&key)
                .map(|object| ObjectView::ConfigMap(object)),
            Kind::ServiceAccount => self
                .service_accounts
                .get(&key)
                .map(|object| ObjectView::ServiceAccount(object)),
            Kind::Secret => self
                .secrets
                .get(&key)
                .map(|object| ObjectView::Secret(object)),
            Kind::Endpoints => self
                .endpoints
                .get(&key)
                .map(|object| ObjectView::Endpoints(object)),
            Kind::EndpointSlice => self
                .endpoint_slices
                .get(&key)
                .map(|object| ObjectView::Endpoints(object)),
        };
        found.ok_or_else(|| ApiError::not_found(kind, name))
    }

    /// Every object of a kind, in storage order (namespace, then name); `namespace: None` = all.
    pub fn list(&self, kind: Kind, namespace: Option<&str>) -> Vec<ObjectView<'_>> {
        fn in_namespace<'a, T>(
            map: &'a BTreeMap<ObjectKey, T>,
            namespace: Option<&str>,
        ) -> Box<dyn Iterator<Item = &'a T> + 'a> {
            match namespace {
                Some(namespace) => {
                    let namespace = namespace.to_string();
                    Box::new(
                        map.range((namespace.clone(), String::new())..)
                            .take_while(move |((ns, _), _)| *ns == namespace)
                            .map(|(_, object)| object),
                    )
                }
                None => Box::new(map.values()),
            }
        }
        match kind {
            Kind::Pod => in_namespace(&self.pods, namespace)
                .map(|object| ObjectView::Pod(object))
                .collect(),
            Kind::ReplicationController | Kind::ReplicaSet => {
                in_namespace(self.replicas_of(kind), namespace)
                    .map(|object| ObjectView::ReplicationController(object))
                    .collect()
            }
            Kind::Deployment => in_namespace(&self.deployments, namespace)
                .map(|object| ObjectView::Deployment(object))
                .collect(),
            Kind::DaemonSet => in_namespace(&self.daemon_sets, namespace)
                .map(|object| ObjectView::DaemonSet(object))
                .collect(),
            Kind::Job => in_namespace(&self.jobs, namespace)
                .map(|object| ObjectView::Job(object))
                .collect(),
            Kind::Service => in_namespace(&self.services, namespace)
                .map(|object| ObjectView::Service(object))
                .collect(),
            Kind::Event => in_namespace(&self.events, namespace)
                .map(|event| ObjectView::Event(event))
                .collect(),
            Kind::ConfigMap => in_namespace(&self.config_maps, namespace)
                .map(|object| ObjectView::ConfigMap(object))
                .collect(),
            Kind::ServiceAccount => in_namespace(&self.service_accounts, namespace)
                .map(|object| ObjectView::ServiceAccount(object))
                .collect(),
            Kind::Secret => in_namespace(&self.secrets, namespace)
                .map(|object| ObjectView::Secret(object))
                .collect(),
            Kind::Endpoints => in_namespace(&self.endpoints, namespace)
                .map(|object| ObjectView::Endpoints(object))
                .collect(),
            Kind::EndpointSlice => in_namespace(&self.endpoint_slices, namespace)
                .map(|object| ObjectView::Endpoints(object))
                .collect(),
            Kind::Namespace => self
                .namespaces
                .values()
                .map(|object| ObjectView::Namespace(object))
                .collect(),
            Kind::Node => self
                .nodes
                .values()
                .map(|object| ObjectView::Node(object))
                .collect(),
            Kind::PriorityClass => self
                .priority_classes
                .values()
                .map(|object| ObjectView::PriorityClass(object))
                .collect(),
        }
    }

    /// The names of a kind's objects in a namespace, in storage order.
    pub(crate) fn names_in(&self, kind: Kind, namespace: &str) -> Vec<String> {
        self.list(kind, Some(namespace))
            .iter()
            .map(|object| object.name().to_string())
            .collect()
    }

    pub fn pod(&self, namespace: &str, name: &str) -> Option<&Pod> {
        self.pods
            .get(&(namespace.to_string(), name.to_string()))
            .map(|pod| &**pod)
    }

    pub fn pods(&self) -> impl Iterator<Item = &Pod> {
        self.pods.values().map(|pod| &**pod)
    }

    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values().map(|node| &**node)
    }

    pub fn namespace(&self, name: &str) -> Option<&Namespace> {
        self.namespaces.get(name).map(|namespace| &**namespace)
    }

    /// Events about the object with this uid, oldest first (as describe lists them).
    pub fn events_for(&self, uid: &str) -> Vec<&Event> {
        let mut events: Vec<&Event> = self
            .events_by_uid
            .get(uid)
            .map(|keys| {
                keys.iter()
                    .filter_map(|key| self.events.get(key).map(|event| &**event))
                    .collect()
            })
            .unwrap_or_default();
        crate::sort::sort_by(&mut events, |a, b| {
            (a.last_timestamp, a.first_timestamp, &a.meta.name).cmp(&(
                b.last_timestamp,
                b.first_timestamp,
                &b.meta.name,
            ))
        });
        events
    }

    /// The log of a container's latest instance (empty if it never ran).
    pub fn container_log(&self, pod_uid: &str, container: &str) -> &[LogLine] {
        self.logs
            .get(&(pod_uid.to_string(), container.to_string()))
            .map(|log| log.lines.get(log.current..).unwrap_or(&[]))
            .unwrap_or(&[])
    }

    /// The log of the instance before the latest one (empty if there was none).
    pub fn previous_container_log(&self, pod_uid: &str, container: &str) -> &[LogLine] {
        self.logs
            .get(&(pod_uid.to_string(), container.to_string()))
            .map(|log| log.lines.get(..log.current).unwrap_or(&[]))
            .unwrap_or(&[])
    }

    /// The uid and current container ID of a pod's container, if it has one.
    fn container_instance_key(
        &self,
        namespace: &str,
        pod: &str,
        container: &str,
    ) -> Option<(String, String)> {
        let pod = self.pods.get(&(namespace.to_string(), pod.to_string()))?;
        let status = pod
            .status
            .container_statuses
            .iter()
            .chain(&pod.status.init_container_statuses)
            .find(|status| status.name == container)?;
        Some((pod.meta.uid.clone(), status.container_id.clone()?))
    }

    /// Takes the files the processes of a pod's running container wrote, for a command
    /// `kubectl exec` runs there; `put_container_files` gives them back.
    pub fn take_container_files(
        &mut self,
        namespace: &str,
        pod: &str,
        container: &str,
    ) -> BTreeMap<String, String> {
        match self.container_instance_key(namespace, pod, container) {
            Some((uid, id)) => {
                std::mem::take(&mut kubelet::instance(self, &uid, container, &id).files)
            }
            None => BTreeMap::new(),
        }
    }

    /// Gives back what `take_container_files` took, with the command's changes (dropped if
    /// the container was replaced meanwhile).
    pub fn put_container_files(
        &mut self,
        namespace: &str,
        pod: &str,
        container: &str,
        files: BTreeMap<String, String>,
    ) {
        if let Some((uid, id)) = self.container_instance_key(namespace, pod, container) {
            kubelet::instance(self, &uid, container, &id).files = files;
        }
    }

    /// The main process of a pod's container ended by itself (the shell `kubectl run -i`
    /// attached to exited): the kubelet records it as it records any exit.
    pub fn main_process_exited(
        &mut self,
        namespace: &str,
        name: &str,
        uid: &str,
        container: usize,
        exit_code: i64,
    ) {
        let key = (namespace.to_string(), name.to_string());
        kubelet::main_process_exited(self, &key, uid, container, exit_code);
    }

    /// A line the container writes now (the kubelet stamps it with the time it was written).
    /// A container that writes without end keeps its newest [`MAX_LOG_LINES`] lines, as the
    /// kubelet rotates a log file once it reaches 10 MiB and `kubectl logs` reads the newest.
    pub(crate) fn append_log(&mut self, pod_uid: &str, container: &str, line: String) {
        let time = self.now();
        let log = self
            .logs
            .entry((pod_uid.to_string(), container.to_string()))
            .or_default();
        log.lines.push(LogLine { time, text: line });
        let current = log.current.min(log.lines.len());
        if log.lines.len() - current > MAX_LOG_LINES {
            let drop = MAX_LOG_LINES / 10;
            log.lines.drain(current..current + drop);
        }
    }

    /// A restarted container begins a new log; the kubelet keeps the one before it
    /// (`logs --previous`) and drops older ones.
    pub(crate) fn rotate_log(&mut self, pod_uid: &str, container: &str) {
        if let Some(log) = self
            .logs
            .get_mut(&(pod_uid.to_string(), container.to_string()))
        {
            log.lines.drain(..log.current.min(log.lines.len()));
            log.current = log.lines.len();
        }
    }

    // ----- events --------------------------------------------------------------------------

    /// Records an event about an object, merging repeats like the event correlator.
    pub(crate) fn record_event(
        &mut self,
        involved: ObjectReference,
        event_type: &'static str,
        reason: &str,
        message: String,
        component: &str,
        host: Option<String>,
    ) {
        let now = self.now;
        let namespace = involved
            .namespace
            .clone()
            .unwrap_or_else(|| "default".to_string());
        // `EventAggregate`: the tenth distinct message of similar events (and every new one
        // after it) goes into one "(combined from similar events)" event.
        if self.event_aggregates.len() >= EVENT_AGGREGATE_CACHE {
            // Forget the least recently seen quarter (an LRU, in batches).
            let mut seen: Vec<(SimTime, String)> = self
                .event_aggregates
                .iter()
                .map(|(key, aggregate)| (aggregate.last_seen, key.clone()))
                .collect();
            crate::sort::sort_by(&mut seen, |a, b| a.cmp(b));
            for (_, key) in seen.into_iter().take(EVENT_AGGREGATE_CACHE / 4) {
                self.event_aggregates.remove(&key);
            }
        }
        let aggregate = self
            .event_aggregates
            .entry(format!(
                "{:016x}",
                crate::rng::fnv1a_parts(&[&involved.uid, event_type, reason, component])
            ))
            .or_default();
        if now.since(aggregate.last_seen).as_millis() > EVENT_AGGREGATE_INTERVAL_MILLIS {
            aggregate.messages.clear();
        }
        aggregate.last_seen = now;
        let hash = crate::rng::fnv1a_parts(&[&message]);
        if let Err(at) = aggregate.messages.binary_search(&hash) {
            aggregate.messages.insert(at, hash);
        }
        let combined = aggregate.messages.len() >= EVENT_AGGREGATE_MAX;
        if combined && !aggregate.messages.is_empty() {
            aggregate.messages.remove(0);
        }
        let message = if combined {
            format!("{COMBINED_PREFIX}{message}")
        } else {
            message
        };
        // `eventObserve`: a repeat (the same message, or any combined one) counts on the event
        // already recorded, which takes the newest message.
        let existing_key = self.events_by_uid.get(&involved.uid).and_then(|keys| {
            keys.iter()
                .find(|key| {
                    self.events.get(*key).is_some_and(|event| {
                        event.involved.same_target(&involved)
                            && event.reason == reason
                            && event.source_component == component
                            && if combined {
                                event.message.starts_with(COMBINED_PREFIX)
                            } else {
                                event.message == message
                            }
                    })
                })
                .cloned()
        });
        if let Some(existing) = existing_key.and_then(|key| self.events.get_mut(&key)) {
            existing.count += 1;
            existing.last_timestamp = now;
            existing.message = message;
            self.resource_version += 1;
            existing.meta.resource_version = self.resource_version;
            return;
        }
        // Monotonic within a millisecond, so events of one instant keep their order.
        self.event_sequence = (self.event_sequence + 1) % 1_000;
        let nanos = now.0.saturating_mul(1_000_000)
            + self.event_sequence * 1_000
            + self.rng.between(0, 999);
        let name = format!("{}.{:x}", involved.name, nanos);
        let uid = self.rng.uuid();
        let resource_version = self.next_resource_version();
        let meta = ObjectMeta {
            name: name.clone(),
            namespace: Some(namespace.clone()),
            uid,
            resource_version,
            creation_timestamp: now,
            ..ObjectMeta::default()
        };
        // The scheduler records through events.k8s.io/v1, as `default-scheduler-<its node>`.
        let reporting_instance = (component == "default-scheduler").then(|| {
            let node = self
                .nodes()
                .find(|node| {
                    node.meta
                        .labels
                        .contains_key("node-role.kubernetes.io/control-plane")
                })
                .map(|node| node.meta.name.clone())
                .unwrap_or_default();
            format!("{component}-{node}")
        });
        let keys = self.events_by_uid.entry(involved.uid.clone()).or_default();
        keys.reserve_exact(1);
        keys.push((namespace.clone(), name.clone()));
        self.events.insert(
            (namespace, name),
            Box::new(Event {
                meta,
                involved,
                reason: reason.to_string(),
                message,
                event_type,
                source_component: component.to_string(),
                source_host: host,
                first_timestamp: now,
                last_timestamp: now,
                count: 1,
                reporting_instance,
            }),
        );
    }

    // ----- writing -------------------------------------------------------------------------

    /// What storage gives a new object: its uid, creation time and first resource version.
    fn stamp_new(&mut self, meta: &mut ObjectMeta) {
        meta.uid = self.rng.uuid();
        meta.creation_timestamp = self.now;
        meta.resource_version = self.next_resource_version();
    }

    /// Creates an object from a decoded manifest in `namespace` (for namespaced kinds whose
    /// manifest names none). Returns the kind and the final name.
    pub fn create(
        &mut self,
        manifest: &Value,
        namespace: &str,
    ) -> Result<(Kind, String), ApiError> {
        // The body as the server decodes it into its Go type: zero values of `omitempty`
        // fields are gone.
        let mut decoded = manifest.clone();
        crate::schema::round_trip(&mut decoded);
        let manifest = &decoded;
        let kind_name = value::str_at(manifest, &["kind"]).unwrap_or_default();
        let Some(kind) = Kind::from_manifest_kind(kind_name) else {
            return Err(ApiError::BadRequest {
                message: format!("no kind \"{kind_name}\" is registered for version \"v1\""),
            });
        };
        let mut meta = ObjectMeta::from_manifest(manifest);
        if kind.namespaced() {
            let namespace = meta
                .namespace
                .clone()
                .unwrap_or_else(|| namespace.to_string());
            meta.namespace = Some(namespace);
        } else {
            meta.namespace = None;
        }
        if meta.name.is_empty() {
            if let Some(prefix) = &meta.generate_name {
                meta.name = format!("{prefix}{}", self.rng.name_suffix(5));
            }
        }
        // Admission (NamespaceLifecycle) first, then the strategy's validation of metadata and
        // spec together (every cause at once), then storage's AlreadyExists.
        if let Some(namespace) = meta.namespace.clone() {
            self.admit_namespace(kind, &namespace, &meta.name)?;
            if kind == Kind::Pod {
                self.admit_service_account(manifest, &namespace, &meta.name)?;
            }
        }
        let meta_causes = validate::object_meta_causes(kind, &meta);
        let exists = self.exists(kind, meta.namespace.as_deref().unwrap_or(""), &meta.name);
        let name = meta.name.clone();
        let already_exists = || Err(ApiError::already_exists(kind, &name));
        match kind {
            Kind::Pod => {
                // The Priority plugin mutates before the strategy validates.
                let admitted = priority::admit_pod(self, manifest, &meta.name)?;
                let manifest = &admitted;
                validate::with_meta_causes(
                    kind,
                    &meta,
                    meta_causes,
                    validate::pod(manifest, &meta),
                )?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                meta.generation = Some(1);
                // The ServiceAccount admission plugin mounts the API token unless the pod or
                // its account says not to.
                let account = self.service_accounts.get(&(
                    meta.namespace.clone().unwrap_or_default(),
                    value::str_at(manifest, &["spec", "serviceAccountName"])
                        .filter(|account| !account.is_empty())
                        .unwrap_or("default")
                        .to_string(),
                ));
                let automount = value::at(manifest, &["spec", "automountServiceAccountToken"])
                    .and_then(Value::as_bool)
                    .or_else(|| account.and_then(|account| account.automount_token))
                    .unwrap_or(true);
                let volume = if automount {
                    format!("kube-api-access-{}", self.rng.name_suffix(5))
                } else {
                    String::new()
                };
                let pod = Pod::from_manifest(meta, manifest, volume);
                self.insert_pod(pod);
            }
            Kind::Namespace => {
                validate::with_meta_causes(kind, &meta, meta_causes, Ok(()))?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                meta.labels
                    .insert("kubernetes.io/metadata.name".into(), name.clone());
                self.namespaces.insert(
                    name.clone(),
                    Box::new(Namespace {
                        meta,
                        phase: NamespacePhase::Active,
                        conditions: Vec::new(),
                    }),
                );
                // The service account controller and the root CA publisher act within
                // milliseconds; done at once, so a pod created right after is admitted.
                controllers::sync_namespace_defaults(self, &name);
            }
            Kind::ReplicationController | Kind::ReplicaSet => {
                let built = controllers::new_replication_controller(kind, meta.clone(), manifest);
                let mut rc = validate::with_meta_causes(kind, &meta, meta_causes, built)?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut rc.meta);
                let key = (rc.namespace().to_string(), rc.name().to_string());
                self.replica_store(kind).insert(key.clone(), Box::new(rc));
                self.queue_sync(kind, key, SimDuration::from_millis(5));
            }
            Kind::Deployment => {
                let built = apps::new_deployment(meta.clone(), manifest);
                let mut deployment = validate::with_meta_causes(kind, &meta, meta_causes, built)?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut deployment.meta);
                let key = (
                    deployment.namespace().to_string(),
                    deployment.name().to_string(),
                );
                self.deployments.insert(key.clone(), Box::new(deployment));
                self.queue_sync(kind, key, SimDuration::from_millis(5));
            }
            Kind::DaemonSet => {
                let built = daemon_sets::new_daemon_set(meta.clone(), manifest);
                let mut daemon_set = validate::with_meta_causes(kind, &meta, meta_causes, built)?;
                if exists {
                    return already_exists();
                }
                daemon_sets::record_revision(&mut daemon_set);
                self.stamp_new(&mut daemon_set.meta);
                let key = (
                    daemon_set.namespace().to_string(),
                    daemon_set.name().to_string(),
                );
                self.daemon_sets.insert(key.clone(), Box::new(daemon_set));
                self.queue_sync(kind, key, SimDuration::from_millis(5));
            }
            Kind::Job => {
                let built = jobs::new_job(meta.clone(), manifest);
                let mut job = validate::with_meta_causes(kind, &meta, meta_causes, built)?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut job.meta);
                jobs::generate_selector(&mut job);
                let key = (job.namespace().to_string(), job.name().to_string());
                self.jobs.insert(key.clone(), Box::new(job));
                self.queue_sync(kind, key, SimDuration::from_millis(5));
            }
            Kind::Service => {
                if exists {
                    validate::with_meta_causes(kind, &meta, meta_causes, Ok(()))?;
                    return already_exists();
                }
                let built = controllers::new_service(self, meta.clone(), manifest);
                let mut service = validate::with_meta_causes(kind, &meta, meta_causes, built)?;
                self.stamp_new(&mut service.meta);
                let key = (
                    service.meta.namespace.clone().unwrap_or_default(),
                    service.name().to_string(),
                );
                self.services.insert(key.clone(), Box::new(service));
                endpoints::sync_service(self, &key);
            }
            Kind::Node => {
                validate::with_meta_causes(kind, &meta, meta_causes, Ok(()))?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                let node = bootstrap::node_from_manifest(self, meta, manifest);
                self.nodes.insert(name.clone(), Box::new(node));
                self.schedule_sweep(SimDuration::from_millis(1000));
                daemon_sets::wake_all(self);
            }
            Kind::Endpoints => {
                validate::with_meta_causes(
                    kind,
                    &meta,
                    meta_causes,
                    validate::endpoints(manifest),
                )?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                let key = (meta.namespace.clone().unwrap_or_default(), name.clone());
                let endpoints = Endpoints::from_manifest(meta, manifest);
                self.endpoints.insert(key.clone(), Box::new(endpoints));
                mirroring::sync(self, &key);
            }
            Kind::Event | Kind::EndpointSlice => {
                return Err(ApiError::MethodNotAllowed {
                    message: format!(
                        "creating {} is not supported by this playground",
                        kind.info().resource()
                    ),
                })
            }
            Kind::ConfigMap => {
                validate::with_meta_causes(
                    kind,
                    &meta,
                    meta_causes,
                    validate::config_map(&meta.name, manifest),
                )?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                let key = (meta.namespace.clone().unwrap_or_default(), name.clone());
                let config_map = ConfigMap::from_manifest(meta, manifest);
                self.config_maps.insert(key, Box::new(config_map));
            }
            Kind::Secret => {
                let secret = Secret::from_manifest(meta.clone(), manifest);
                validate::with_meta_causes(kind, &meta, meta_causes, validate::secret(&secret))?;
                if exists {
                    return already_exists();
                }
                let mut secret = secret;
                self.stamp_new(&mut secret.meta);
                let key = (
                    secret.meta.namespace.clone().unwrap_or_default(),
                    name.clone(),
                );
                self.secrets.insert(key, Box::new(secret));
            }
            Kind::ServiceAccount => {
                validate::with_meta_causes(kind, &meta, meta_causes, Ok(()))?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut meta);
                let key = (meta.namespace.clone().unwrap_or_default(), name.clone());
                let account = ServiceAccount::from_manifest(meta, manifest);
                self.service_accounts.insert(key, Box::new(account));
            }
            Kind::PriorityClass => {
                let mut class = PriorityClass::from_manifest(meta.clone(), manifest);
                let mut causes = meta_causes;
                causes.extend(validate::priority_class(&class, None));
                validate::with_meta_causes(kind, &meta, causes, Ok(()))?;
                priority::admit_class(self, &class)?;
                if exists {
                    return already_exists();
                }
                self.stamp_new(&mut class.meta);
                class.meta.generation = Some(1);
                self.priority_classes.insert(name.clone(), Box::new(class));
            }
        }
        Ok((kind, name))
    }

    /// Stores a new pod and wakes the scheduler (or the kubelet, when `nodeName` is preset).
    pub(crate) fn insert_pod(&mut self, pod: Pod) {
        let key = (pod.namespace().to_string(), pod.name().to_string());
        let uid = pod.meta.uid.clone();
        let preset_node = pod.node_name.clone();
        self.pods.insert(key.clone(), Box::new(pod));
        match preset_node {
            Some(node) => scheduler::bind_preset(self, &key, &uid, &node),
            None => self.schedule_sweep(SimDuration::from_millis(8)),
        }
    }

    fn exists(&self, kind: Kind, namespace: &str, name: &str) -> bool {
        self.get(kind, namespace, name).is_ok()
    }

    /// NamespaceLifecycle admission.
    fn admit_namespace(&self, kind: Kind, namespace: &str, name: &str) -> Result<(), ApiError> {
        match self.namespaces.get(namespace) {
            None => Err(ApiError::not_found(Kind::Namespace, namespace)),
            Some(ns) if ns.phase == NamespacePhase::Terminating => Err(ApiError::Forbidden {
                resource: kind.plural().to_string(),
                name: name.to_string(),
                reason: format!(
                    "unable to create new content in namespace {namespace} because it is being terminated"
                ),
            }),
            Some(_) => Ok(()),
        }
    }

    /// The ServiceAccount admission plugin: a pod runs as an account that exists in its
    /// namespace (`default` when it names none).
    fn admit_service_account(
        &self,
        manifest: &Value,
        namespace: &str,
        name: &str,
    ) -> Result<(), ApiError> {
        let account = value::str_at(manifest, &["spec", "serviceAccountName"])
            .filter(|account| !account.is_empty())
            .or_else(|| value::str_at(manifest, &["spec", "serviceAccount"]))
            .filter(|account| !account.is_empty())
            .unwrap_or("default");
        let key = (namespace.to_string(), account.to_string());
        // Mirror pods (the kubelet's static pods) are not admitted this way.
        let mirror = value::at(manifest, &["metadata", "annotations"])
            .is_some_and(|annotations| annotations.get("kubernetes.io/config.mirror").is_some());
        if mirror || self.service_accounts.contains_key(&key) {
            return Ok(());
        }
        Err(ApiError::Forbidden {
            resource: "pods".into(),
            name: name.to_string(),
            reason: format!(
                "error looking up service account {namespace}/{account}: serviceaccount \"{account}\" not found"
            ),
        })
    }

    /// The `scale` subresource (`PUT …/scale`): sets a ReplicationController's, ReplicaSet's
    /// or Deployment's desired replicas, bumps its generation and wakes its controller. Other
    /// kinds have no `scale` subresource.
    pub fn scale(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        replicas: i64,
    ) -> Result<(), ApiError> {
        self.get(kind, namespace, name)?;
        if !matches!(
            kind,
            Kind::ReplicationController | Kind::ReplicaSet | Kind::Deployment
        ) {
            return Err(ApiError::NoSuchPath {
                message: format!(
                    "the server could not find the requested resource (get {} {name})",
                    kind.plural()
                ),
            });
        }
        let resource_version = self.next_resource_version();
        let key = (namespace.to_string(), name.to_string());
        let (meta, spec, current) = match kind {
            Kind::Deployment => match self.deployments.get_mut(&key) {
                Some(deployment) => (
                    &mut deployment.meta,
                    &mut deployment.spec,
                    &mut deployment.replicas,
                ),
                None => return Ok(()),
            },
            _ => match self.replica_store(kind).get_mut(&key) {
                Some(rc) => (&mut rc.meta, &mut rc.spec, &mut rc.replicas),
                None => return Ok(()),
            },
        };
        if *current == replicas {
            return Ok(());
        }
        *current = replicas;
        if let Value::Object(spec) = spec {
            spec.insert("replicas".into(), Value::from(replicas));
        }
        meta.generation = Some(meta.generation.unwrap_or(1) + 1);
        meta.resource_version = resource_version;
        self.queue_sync(kind, key, SimDuration::from_millis(5));
        Ok(())
    }

    /// Adds, changes or removes labels or annotations of one object.
    /// Returns whether anything changed.
    pub fn patch_metadata(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        field: MetadataField,
        patch: &MetadataPatch,
    ) -> Result<bool, ApiError> {
        self.patch_metadata_fields(kind, namespace, name, &[(field, patch)])
    }

    /// `patch_metadata` of labels and annotations together, in one write (`kubectl label
    /// --record`).
    pub fn patch_metadata_fields(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        patches: &[(MetadataField, &MetadataPatch)],
    ) -> Result<bool, ApiError> {
        let current = self.get(kind, namespace, name)?.meta().clone();
        let mut updated = current.clone();
        for (field, patch) in patches {
            let map = match field {
                MetadataField::Labels => &mut updated.labels,
                MetadataField::Annotations => &mut updated.annotations,
            };
            for key in &patch.remove {
                map.remove(key);
            }
            for (key, value) in &patch.set {
                map.insert(key.clone(), value.clone());
            }
        }
        let labels_changed = updated.labels != current.labels;
        if kind == Kind::Namespace {
            // The namespace strategy sets this label to the name on every write.
            updated
                .labels
                .insert("kubernetes.io/metadata.name".into(), name.to_string());
        }
        if updated == current {
            return Ok(false);
        }
        validate::object_meta(kind, &updated)?;
        updated.resource_version = self.next_resource_version();
        let key = (namespace.to_string(), name.to_string());
        match kind {
            Kind::Pod => {
                if let Some(pod) = self.pods.get_mut(&key) {
                    pod.meta = updated;
                }
                self.resync_owners_of_pod(&key);
            }
            Kind::Namespace => {
                if let Some(ns) = self.namespaces.get_mut(name) {
                    ns.meta = updated;
                }
            }
            Kind::Node => {
                if let Some(node) = self.nodes.get_mut(name) {
                    node.meta = updated;
                }
                if labels_changed {
                    // NodeAffinity re-queues pods on node label updates; backoff ≈ 1 s.
                    self.schedule_sweep(SimDuration::from_millis(900));
                    daemon_sets::wake_all(self);
                }
            }
            Kind::ReplicationController | Kind::ReplicaSet => {
                // The Deployment that owns a ReplicaSet hears of its updates (and puts its own
                // annotations back on its new one).
                let owner = updated
                    .controller()
                    .filter(|owner| kind == Kind::ReplicaSet && owner.kind == "Deployment")
                    .map(|owner| (namespace.to_string(), owner.name.clone()));
                if let Some(rc) = self.replica_store(kind).get_mut(&key) {
                    rc.meta = updated;
                }
                if let Some(owner) = owner {
                    self.queue_sync(Kind::Deployment, owner, SimDuration::from_millis(5));
                }
            }
            Kind::Deployment => {
                if let Some(deployment) = self.deployments.get_mut(&key) {
                    deployment.meta = updated;
                }
                // Every update wakes the controller: it copies the Deployment's annotations
                // to its new ReplicaSet.
                self.queue_sync(Kind::Deployment, key, SimDuration::from_millis(5));
            }
            Kind::DaemonSet => {
                if let Some(daemon_set) = self.daemon_sets.get_mut(&key) {
                    daemon_set.meta = updated;
                }
            }
            Kind::Job => {
                if let Some(job) = self.jobs.get_mut(&key) {
                    job.meta = updated;
                }
            }
            Kind::Service => {
                if let Some(service) = self.services.get_mut(&key) {
                    service.meta = updated;
                }
                endpoints::sync_service(self, &key);
            }
            Kind::Event => {
                if let Some(event) = self.events.get_mut(&key) {
                    event.meta = updated;
                }
            }
            Kind::ConfigMap => {
                if let Some(config_map) = self.config_maps.get_mut(&key) {
                    config_map.meta = updated;
                }
                if key.1 == controllers::ROOT_CA_CONFIG_MAP {
                    self.schedule(
                        controllers::NAMESPACE_DEFAULTS_DELAY,
                        Task::NamespaceDefaultsSync { name: key.0 },
                    );
                }
            }
            Kind::ServiceAccount => {
                if let Some(account) = self.service_accounts.get_mut(&key) {
                    account.meta = updated;
                }
            }
            Kind::Secret => {
                if let Some(secret) = self.secrets.get_mut(&key) {
                    secret.meta = updated;
                }
            }
            Kind::PriorityClass => {
                if let Some(class) = self.priority_classes.get_mut(name) {
                    class.meta = updated;
                }
            }
            Kind::Endpoints | Kind::EndpointSlice => {
                let store = match kind {
                    Kind::Endpoints => &mut self.endpoints,
                    _ => &mut self.endpoint_slices,
                };
                if let Some(object) = store.get_mut(&key) {
                    object.meta = updated;
                }
                if kind == Kind::Endpoints {
                    mirroring::sync(self, &key);
                }
            }
        }
        Ok(true)
    }

    /// Wakes every ReplicationController and ReplicaSet in the pod's namespace (labels
    /// changed).
    fn resync_owners_of_pod(&mut self, key: &ObjectKey) {
        controllers::wake_pod_controllers(self, &key.0, SimDuration::from_millis(5));
        endpoints::sync_namespace(self, &key.0);
    }

    /// Deletes an object (graceful for scheduled pods, asynchronous for namespaces).
    pub fn delete(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        options: DeleteOptions,
    ) -> Result<DeleteOutcome, ApiError> {
        self.get(kind, namespace, name)?;
        let key = (namespace.to_string(), name.to_string());
        match kind {
            Kind::Pod => {
                let outcome = kubelet::delete_pod(self, &key, options.grace_period_seconds);
                endpoints::sync_namespace(self, namespace);
                Ok(outcome)
            }
            Kind::Namespace => {
                // NamespaceLifecycle's immortal namespaces; `kube-node-lease` may go, and the
                // API server brings it back.
                if ["default", "kube-system", "kube-public"].contains(&name) {
                    return Err(ApiError::Forbidden {
                        resource: "namespaces".into(),
                        name: name.to_string(),
                        reason: "this namespace may not be deleted".into(),
                    });
                }
                if name == "kube-node-lease" {
                    self.schedule(SimDuration::from_secs(60), Task::SystemNamespacesSync);
                }
                Ok(controllers::delete_namespace(self, name))
            }
            Kind::ReplicationController | Kind::ReplicaSet => {
                let owner = self.replicas_of(kind).get(&key).map(|set| (**set).clone());
                controllers::delete_replication_controller(self, kind, &key, options.propagation);
                if let Some(set) = owner {
                    apps::wake_owner(self, &set);
                }
                Ok(DeleteOutcome::Removed)
            }
            Kind::Deployment => {
                apps::delete_deployment(self, &key, options.propagation);
                Ok(DeleteOutcome::Removed)
            }
            Kind::DaemonSet => {
                daemon_sets::delete_daemon_set(self, &key, options.propagation);
                Ok(DeleteOutcome::Removed)
            }
            Kind::Job => {
                jobs::delete_job(self, &key, options.propagation);
                Ok(DeleteOutcome::Removed)
            }
            Kind::Service => {
                if let Some(service) = self.services.remove(&key) {
                    endpoints::service_deleted(self, &key, &service.meta.uid);
                }
                if key.0 == "default" && key.1 == "kubernetes" {
                    self.schedule(
                        controllers::KUBERNETES_SERVICE_RESYNC,
                        Task::KubernetesServiceSync,
                    );
                }
                Ok(DeleteOutcome::Removed)
            }
            Kind::Node => {
                self.nodes.remove(name);
                daemon_sets::wake_all(self);
                Ok(DeleteOutcome::Removed)
            }
            Kind::PriorityClass => {
                priority::check_delete(name)?;
                self.priority_classes.remove(name);
                Ok(DeleteOutcome::Removed)
            }
            Kind::Event => {
                self.remove_event(&key);
                Ok(DeleteOutcome::Removed)
            }
            Kind::ConfigMap => {
                self.config_maps.remove(&key);
                if key.1 == controllers::ROOT_CA_CONFIG_MAP {
                    self.schedule(
                        controllers::NAMESPACE_DEFAULTS_DELAY,
                        Task::NamespaceDefaultsSync { name: key.0 },
                    );
                }
                Ok(DeleteOutcome::Removed)
            }
            Kind::Secret => {
                self.secrets.remove(&key);
                Ok(DeleteOutcome::Removed)
            }
            Kind::Endpoints | Kind::EndpointSlice => {
                let removed = match kind {
                    Kind::Endpoints => self.endpoints.remove(&key),
                    _ => self.endpoint_slices.remove(&key),
                };
                if let Some(removed) = removed {
                    endpoints::object_deleted(self, kind, &removed);
                }
                Ok(DeleteOutcome::Removed)
            }
            Kind::ServiceAccount => {
                self.service_accounts.remove(&key);
                if key.1 == "default" {
                    self.schedule(
                        controllers::NAMESPACE_DEFAULTS_DELAY,
                        Task::NamespaceDefaultsSync { name: key.0 },
                    );
                }
                Ok(DeleteOutcome::Removed)
            }
        }
    }

    /// Whether an object still exists with this uid (for `kubectl delete --wait`).
    pub fn exists_with_uid(&self, kind: Kind, namespace: &str, name: &str, uid: &str) -> bool {
        self.get(kind, namespace, name)
            .map(|object| object.meta().uid == uid)
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests;
