//! The Pod: its submitted spec, the fields the simulation reads from it, and its status.
//!
//! Memory matters (the benchmark keeps 10,000 pods): the spec is kept as submitted and the
//! API server's defaults (`imagePullPolicy`, `dnsPolicy`, the `kube-api-access-*` volume,
//! default tolerations, …) are applied when the object is rendered, which gives the same bytes
//! as a real server that stores them. Status is typed and rendered the way the kubelet reports it.

use super::meta::ObjectMeta;
use super::value::{self, obj, s};
use crate::clock::SimTime;
use crate::sort::CollectSorted;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A small string map kept as a sorted vector: a `BTreeMap` node costs about half a KiB even
/// for one entry, and pods carry several such maps (requests, limits, nodeSelector).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StringPairs(Vec<(String, String)>);

impl StringPairs {
    pub fn get(&self, key: &str) -> Option<&String> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .and_then(|index| self.0.get(index))
            .map(|(_, value)| value)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    /// Inserts unless the key is present.
    pub fn insert_if_absent(&mut self, key: String, value: String) {
        if let Err(index) = self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            self.0.insert(index, (key, value));
        }
    }

    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.0.iter().cloned().collect_map()
    }
}

impl FromIterator<(String, String)> for StringPairs {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> StringPairs {
        let map: BTreeMap<String, String> = iter.into_iter().collect_map();
        let mut pairs: Vec<(String, String)> = map.into_iter().collect();
        pairs.shrink_to_fit();
        StringPairs(pairs)
    }
}

impl<'a> IntoIterator for &'a StringPairs {
    type Item = (&'a String, &'a String);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, String)>,
        fn(&'a (String, String)) -> (&'a String, &'a String),
    >;

    fn into_iter(self) -> Self::IntoIter {
        fn split(pair: &(String, String)) -> (&String, &String) {
            (&pair.0, &pair.1)
        }
        self.0
            .iter()
            .map(split as fn(&'a (String, String)) -> (&'a String, &'a String))
    }
}

/// `status.phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PodPhase {
    Pending,
    Running,
    Succeeded,
    Failed,
    Unknown,
}

impl PodPhase {
    pub fn as_str(self) -> &'static str {
        match self {
            PodPhase::Pending => "Pending",
            PodPhase::Running => "Running",
            PodPhase::Succeeded => "Succeeded",
            PodPhase::Failed => "Failed",
            PodPhase::Unknown => "Unknown",
        }
    }

    pub fn is_terminal(self) -> bool {
        matches!(self, PodPhase::Succeeded | PodPhase::Failed)
    }
}

/// `spec.restartPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestartPolicy {
    Always,
    OnFailure,
    Never,
}

impl RestartPolicy {
    pub fn parse(text: &str) -> Option<RestartPolicy> {
        match text {
            "Always" => Some(RestartPolicy::Always),
            "OnFailure" => Some(RestartPolicy::OnFailure),
            "Never" => Some(RestartPolicy::Never),
            _ => None,
        }
    }
}

/// One `containerPort`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerPort {
    pub container_port: i64,
    pub protocol: String,
    pub name: Option<String>,
    pub host_port: Option<i64>,
}

/// What the simulation needs from a container spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerSpec {
    pub name: String,
    pub image: String,
    pub image_pull_policy: &'static str,
    pub command: Vec<String>,
    pub args: Vec<String>,
    pub ports: Vec<ContainerPort>,
    /// `resources.requests` (limits fill in missing requests, as API defaulting does).
    pub requests: StringPairs,
    pub limits: StringPairs,
    /// The environment the container runs with: the literal `env` values until the kubelet
    /// creates the container, then everything `env` and `envFrom` give (see `env_sources`).
    pub env: Vec<(String, String)>,
    /// `env` and `envFrom` as written, for the kubelet to resolve (config maps, secrets, the
    /// downward API) when it creates the container.
    pub env_sources: Vec<Value>,
    pub env_from: Vec<Value>,
    /// `stdin`: the main process gets an input stream (`kubectl run -i` attaches to it).
    pub stdin: bool,
    /// `tty`: the main process runs on a terminal.
    pub tty: bool,
}

impl ContainerSpec {
    pub(crate) fn from_value(container: &Value) -> ContainerSpec {
        let image = value::str_at(container, &["image"])
            .unwrap_or_default()
            .to_string();
        let image_pull_policy = match value::str_at(container, &["imagePullPolicy"]) {
            Some("Always") => "Always",
            Some("Never") => "Never",
            Some("IfNotPresent") => "IfNotPresent",
            // Validation rejects anything else before a pod is built.
            _ => default_pull_policy(&image),
        };
        let strings = |key: &str| -> Vec<String> {
            value::array_at(container, &[key])
                .iter()
                .filter_map(|item| item.as_str().map(str::to_string))
                .collect()
        };
        let quantities = |key: &str| -> StringPairs {
            match value::at(container, &["resources", key]) {
                Some(Value::Object(map)) => map
                    .iter()
                    .map(|(name, quantity)| {
                        let text = match quantity {
                            Value::String(text) => text.clone(),
                            other => other.to_string(),
                        };
                        (name.clone(), text)
                    })
                    .collect(),
                _ => StringPairs::default(),
            }
        };
        let limits = quantities("limits");
        let mut requests = quantities("requests");
        for (name, limit) in &limits {
            requests.insert_if_absent(name.clone(), limit.clone());
        }
        ContainerSpec {
            name: value::str_at(container, &["name"])
                .unwrap_or_default()
                .to_string(),
            image,
            image_pull_policy,
            command: strings("command"),
            args: strings("args"),
            stdin: value::at(container, &["stdin"]) == Some(&Value::Bool(true)),
            tty: value::at(container, &["tty"]) == Some(&Value::Bool(true)),
            env: value::array_at(container, &["env"])
                .iter()
                .filter(|var| value::at(var, &["valueFrom"]).is_none())
                .filter_map(|var| {
                    let name = value::str_at(var, &["name"])?;
                    let text = value::str_at(var, &["value"]).unwrap_or_default();
                    Some((name.to_string(), text.to_string()))
                })
                .collect(),
            env_sources: value::array_at(container, &["env"]).to_vec(),
            env_from: value::array_at(container, &["envFrom"]).to_vec(),
            ports: value::array_at(container, &["ports"])
                .iter()
                .map(|port| ContainerPort {
                    container_port: value::i64_at(port, &["containerPort"]).unwrap_or(0),
                    protocol: value::str_at(port, &["protocol"])
                        .unwrap_or("TCP")
                        .to_string(),
                    name: value::str_at(port, &["name"]).map(str::to_string),
                    host_port: value::i64_at(port, &["hostPort"]),
                })
                .collect(),
            requests,
            limits,
        }
    }
}

/// `IfNotPresent` for pinned tags and digests, `Always` for `:latest` or no tag.
pub fn default_pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last_segment = image.rsplit('/').next().unwrap_or(image);
    match last_segment.split_once(':') {
        Some((_, tag)) if tag != "latest" => "IfNotPresent",
        _ => "Always",
    }
}

/// A toleration, typed for the scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toleration {
    pub key: Option<String>,
    pub operator: String,
    pub value: Option<String>,
    pub effect: Option<String>,
    pub toleration_seconds: Option<i64>,
}

impl Toleration {
    pub fn from_value(item: &Value) -> Toleration {
        Toleration {
            key: value::str_at(item, &["key"]).map(str::to_string),
            operator: value::str_at(item, &["operator"])
                .unwrap_or("Equal")
                .to_string(),
            value: value::str_at(item, &["value"]).map(str::to_string),
            effect: value::str_at(item, &["effect"]).map(str::to_string),
            toleration_seconds: value::i64_at(item, &["tolerationSeconds"]),
        }
    }

    /// Whether this toleration tolerates a taint (`v1helper.TolerationsTolerateTaint`).
    pub fn tolerates(&self, taint_key: &str, taint_value: &str, taint_effect: &str) -> bool {
        if let Some(effect) = &self.effect {
            if !effect.is_empty() && effect != taint_effect {
                return false;
            }
        }
        match self.key.as_deref() {
            None | Some("") => self.operator == "Exists",
            Some(key) if key != taint_key => false,
            Some(_) => match self.operator.as_str() {
                "Exists" => true,
                _ => self.value.as_deref().unwrap_or("") == taint_value,
            },
        }
    }
}

/// A container's state as the kubelet reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContainerState {
    Waiting {
        reason: String,
        message: Option<String>,
    },
    Running {
        started_at: SimTime,
    },
    Terminated {
        exit_code: i64,
        reason: String,
        started_at: SimTime,
        finished_at: SimTime,
        /// The runtime's ID of the instance that ended (`None` if none was created).
        container_id: Option<String>,
    },
}

impl ContainerState {
    fn to_value(&self) -> Value {
        match self {
            ContainerState::Waiting { reason, message } => {
                let mut waiting = Map::new();
                if let Some(message) = message {
                    waiting.insert("message".into(), s(message));
                }
                waiting.insert("reason".into(), s(reason));
                obj([("waiting", Value::Object(waiting))])
            }
            ContainerState::Running { started_at } => {
                obj([("running", obj([("startedAt", s(started_at.rfc3339()))]))])
            }
            ContainerState::Terminated {
                exit_code,
                reason,
                started_at,
                finished_at,
                container_id,
            } => {
                let mut terminated = Map::new();
                if let Some(id) = container_id {
                    terminated.insert("containerID".into(), s(id));
                }
                terminated.insert("exitCode".into(), Value::from(*exit_code));
                terminated.insert("finishedAt".into(), s(finished_at.rfc3339()));
                terminated.insert("reason".into(), s(reason));
                terminated.insert("startedAt".into(), s(started_at.rfc3339()));
                obj([("terminated", Value::Object(terminated))])
            }
        }
    }
}

/// `status.containerStatuses[]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerStatus {
    pub name: String,
    /// The image as the runtime resolved it (`docker.io/luksa/kubia:latest`).
    pub image: String,
    pub image_id: Option<String>,
    pub container_id: Option<String>,
    pub state: ContainerState,
    pub last_state: Option<ContainerState>,
    pub ready: bool,
    pub restart_count: i64,
    pub started: bool,
}

/// One `status.conditions[]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodCondition {
    pub condition_type: &'static str,
    pub status: bool,
    pub last_transition_time: SimTime,
    pub reason: Option<String>,
    pub message: Option<String>,
}

/// The kubelet- and scheduler-reported status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodStatus {
    pub phase: PodPhase,
    pub conditions: Vec<PodCondition>,
    pub host_ip: Option<String>,
    pub pod_ip: Option<String>,
    pub start_time: Option<SimTime>,
    pub container_statuses: Vec<ContainerStatus>,
    /// `status.initContainerStatuses`, in the spec's order (`SortStatusesOfInitContainers`).
    pub init_container_statuses: Vec<ContainerStatus>,
    /// `status.reason` and `status.message`: why the kubelet failed the pod
    /// (`DeadlineExceeded`).
    pub reason: Option<String>,
    pub message: Option<String>,
    /// The kubelet is stopping the pod's containers on its own (its active deadline passed);
    /// the status manager holds the terminal phase back until they have stopped.
    pub stopping: bool,
}

impl Default for PodStatus {
    fn default() -> PodStatus {
        PodStatus {
            phase: PodPhase::Pending,
            conditions: Vec::new(),
            host_ip: None,
            pod_ip: None,
            start_time: None,
            container_statuses: Vec::new(),
            init_container_statuses: Vec::new(),
            reason: None,
            message: None,
            stopping: false,
        }
    }
}

impl PodStatus {
    /// Sets a condition, keeping its transition time when the status does not change.
    pub fn set_condition(
        &mut self,
        condition_type: &'static str,
        status: bool,
        now: SimTime,
        reason: Option<String>,
        message: Option<String>,
    ) {
        if let Some(existing) = self
            .conditions
            .iter_mut()
            .find(|condition| condition.condition_type == condition_type)
        {
            if existing.status != status {
                existing.last_transition_time = now;
            }
            existing.status = status;
            existing.reason = reason;
            existing.message = message;
            return;
        }
        self.conditions.push(PodCondition {
            condition_type,
            status,
            last_transition_time: now,
            reason,
            message,
        });
        crate::sort::sort_by_key(&mut self.conditions, |condition| {
            condition_order(condition.condition_type)
        });
    }

    pub fn condition(&self, condition_type: &str) -> Option<&PodCondition> {
        self.conditions
            .iter()
            .find(|condition| condition.condition_type == condition_type)
    }
}

/// The order the kubelet (≥ 1.29) reports conditions in.
fn condition_order(condition_type: &str) -> usize {
    match condition_type {
        "PodReadyToStartContainers" => 0,
        "Initialized" => 1,
        "Ready" => 2,
        "ContainersReady" => 3,
        "PodScheduled" => 4,
        _ => 5,
    }
}

/// A stored Pod.
#[derive(Debug, Clone, PartialEq)]
pub struct Pod {
    pub meta: ObjectMeta,
    /// `spec` exactly as submitted (server defaults are added when rendering).
    pub spec: Value,
    pub containers: Vec<ContainerSpec>,
    /// `spec.initContainers`, run one at a time before `containers`.
    pub init_containers: Vec<ContainerSpec>,
    pub node_selector: StringPairs,
    pub node_name: Option<String>,
    pub termination_grace_period_seconds: i64,
    pub restart_policy: RestartPolicy,
    /// Tolerations as submitted; `tolerations()` adds the ones admission defaults.
    pub tolerations: Vec<Toleration>,
    /// `kube-api-access-xxxxx`: the projected service-account volume admission adds.
    pub api_access_volume: String,
    pub status: PodStatus,
}

/// The tolerations `DefaultTolerationSeconds` admission adds.
const DEFAULT_TOLERATION_KEYS: [&str; 2] = [
    "node.kubernetes.io/not-ready",
    "node.kubernetes.io/unreachable",
];

impl Pod {
    /// Builds a Pod from a decoded manifest (metadata handled by the caller).
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value, api_access_volume: String) -> Pod {
        let spec = value::at(manifest, &["spec"])
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new()));
        let containers = value::array_at(&spec, &["containers"])
            .iter()
            .map(ContainerSpec::from_value)
            .collect();
        let init_containers = value::array_at(&spec, &["initContainers"])
            .iter()
            .map(ContainerSpec::from_value)
            .collect();
        let tolerations: Vec<Toleration> = value::array_at(&spec, &["tolerations"])
            .iter()
            .map(Toleration::from_value)
            .collect();
        Pod {
            meta,
            containers,
            init_containers,
            node_selector: value::string_map_at(&spec, &["nodeSelector"])
                .into_iter()
                .collect(),
            node_name: value::str_at(&spec, &["nodeName"])
                .filter(|name| !name.is_empty())
                .map(str::to_string),
            termination_grace_period_seconds: value::i64_at(
                &spec,
                &["terminationGracePeriodSeconds"],
            )
            .unwrap_or(30),
            restart_policy: value::str_at(&spec, &["restartPolicy"])
                .and_then(RestartPolicy::parse)
                .unwrap_or(RestartPolicy::Always),
            tolerations,
            api_access_volume,
            spec,
            status: PodStatus::default(),
        }
    }

    pub fn name(&self) -> &str {
        &self.meta.name
    }

    /// Every toleration, with the two `DefaultTolerationSeconds` admission adds.
    pub fn tolerations(&self) -> Vec<Toleration> {
        let mut all = self.tolerations.clone();
        for key in DEFAULT_TOLERATION_KEYS {
            if !all.iter().any(|t| t.key.as_deref() == Some(key)) {
                all.push(default_toleration(key));
            }
        }
        all
    }

    /// Whether some toleration (declared or defaulted) tolerates a taint.
    pub fn tolerates(&self, key: &str, value: &str, effect: &str) -> bool {
        self.tolerations
            .iter()
            .any(|t| t.tolerates(key, value, effect))
            || (effect == "NoExecute"
                && DEFAULT_TOLERATION_KEYS.contains(&key)
                && !self
                    .tolerations
                    .iter()
                    .any(|t| t.key.as_deref() == Some(key)))
    }

    pub fn namespace(&self) -> &str {
        self.meta.namespace.as_deref().unwrap_or("default")
    }

    pub fn is_terminating(&self) -> bool {
        self.meta.deletion_timestamp.is_some()
    }

    /// The kubelet's index of the `init`th init container. The kubelet numbers a pod's
    /// containers in one space: the app containers first (`0..containers.len()`, as
    /// `containers` and `status.containerStatuses` are indexed), then the init containers.
    pub fn init_index(&self, init: usize) -> usize {
        self.containers.len().saturating_add(init)
    }

    /// Which init container a kubelet index names (`None` for an app container).
    pub fn as_init(&self, index: usize) -> Option<usize> {
        index
            .checked_sub(self.containers.len())
            .filter(|init| *init < self.init_containers.len())
    }

    /// The spec of the container at a kubelet index (see `init_index`).
    pub fn container_at(&self, index: usize) -> Option<&ContainerSpec> {
        match self.as_init(index) {
            Some(init) => self.init_containers.get(init),
            None => self.containers.get(index),
        }
    }

    pub fn container_at_mut(&mut self, index: usize) -> Option<&mut ContainerSpec> {
        match self.as_init(index) {
            Some(init) => self.init_containers.get_mut(init),
            None => self.containers.get_mut(index),
        }
    }

    /// The status of the container at a kubelet index (see `init_index`).
    pub fn status_at(&self, index: usize) -> Option<&ContainerStatus> {
        match self.as_init(index) {
            Some(init) => self.status.init_container_statuses.get(init),
            None => self.status.container_statuses.get(index),
        }
    }

    pub fn status_at_mut(&mut self, index: usize) -> Option<&mut ContainerStatus> {
        match self.as_init(index) {
            Some(init) => self.status.init_container_statuses.get_mut(init),
            None => self.status.container_statuses.get_mut(index),
        }
    }

    /// Whether the init container `init` is a sidecar (`restartPolicy: Always`).
    pub fn is_sidecar(&self, init: usize) -> bool {
        value::array_at(&self.spec, &["initContainers"])
            .get(init)
            .and_then(|container| value::str_at(container, &["restartPolicy"]))
            == Some("Always")
    }

    /// One resource of the whole pod, as `AggregateContainerRequests` and
    /// `AggregateContainerLimits` add it up: the app containers and sidecars together, or the
    /// largest init container (with the sidecars started before it) if that is more.
    /// `amount` gives one container's share.
    pub fn aggregate_resource(&self, amount: impl Fn(&ContainerSpec) -> i64) -> i64 {
        let mut total: i64 = self
            .containers
            .iter()
            .map(&amount)
            .fold(0, i64::saturating_add);
        let mut sidecars: i64 = 0;
        let mut init_peak: i64 = 0;
        for (init, container) in self.init_containers.iter().enumerate() {
            let share = amount(container);
            let peak = if self.is_sidecar(init) {
                total = total.saturating_add(share);
                sidecars = sidecars.saturating_add(share);
                sidecars
            } else {
                share.saturating_add(sidecars)
            };
            init_peak = init_peak.max(peak);
        }
        total.max(init_peak)
    }

    /// Every container name as kubectl's `AllContainerNames` lists them: the app containers,
    /// then the init containers marked `(init)`.
    pub fn all_container_names(&self) -> String {
        self.containers
            .iter()
            .map(|c| c.name.clone())
            .chain(
                self.init_containers
                    .iter()
                    .map(|c| format!("{} (init)", c.name)),
            )
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The kubelet index of the container named `name` (app containers first, as kubectl's
    /// `FindContainerByName` looks).
    pub fn container_index(&self, name: &str) -> Option<usize> {
        self.containers
            .iter()
            .position(|c| c.name == name)
            .or_else(|| {
                self.init_containers
                    .iter()
                    .position(|c| c.name == name)
                    .map(|init| self.init_index(init))
            })
    }

    /// `status.qosClass`.
    pub fn qos_class(&self) -> &'static str {
        // `GetPodQOS` looks at the init containers too.
        let all = || self.containers.iter().chain(&self.init_containers);
        let has_any = all().any(|c| !c.requests.is_empty() || !c.limits.is_empty());
        if !has_any {
            return "BestEffort";
        }
        let guaranteed = all().all(|container| {
            ["cpu", "memory"].iter().all(|resource| {
                match (
                    container.limits.get(resource),
                    container.requests.get(resource),
                ) {
                    (Some(limit), Some(request)) => limit == request,
                    _ => false,
                }
            })
        });
        if guaranteed {
            "Guaranteed"
        } else {
            "Burstable"
        }
    }

    /// The full object as `kubectl get pod -o yaml|json` shows it.
    pub fn to_value(&self) -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Pod")),
            ("metadata", self.meta.to_value()),
            ("spec", self.rendered_spec()),
            ("status", self.rendered_status()),
        ])
    }

    fn api_access_mount(&self) -> Value {
        obj([
            (
                "mountPath",
                s("/var/run/secrets/kubernetes.io/serviceaccount"),
            ),
            ("name", s(&self.api_access_volume)),
            ("readOnly", Value::Bool(true)),
        ])
    }

    /// `spec` with the API server's defaults and admission mutations applied.
    pub fn rendered_spec(&self) -> Value {
        let mut spec = match &self.spec {
            Value::Object(map) => map.clone(),
            _ => Map::new(),
        };
        // No volume when the token is not mounted (`automountServiceAccountToken: false`).
        let mount = (!self.api_access_volume.is_empty()).then(|| self.api_access_mount());
        for key in ["initContainers", "containers"] {
            if let Some(Value::Array(containers)) = spec.get_mut(key) {
                for container in containers.iter_mut() {
                    if let Value::Object(container) = container {
                        default_requests_to_limits(container);
                        default_container(container, mount.as_ref());
                    }
                }
            }
        }
        value::insert_default(&mut spec, "dnsPolicy", s("ClusterFirst"));
        value::insert_default(&mut spec, "enableServiceLinks", Value::Bool(true));
        if let Some(node_name) = &self.node_name {
            spec.insert("nodeName".into(), s(node_name));
        }
        value::insert_default(&mut spec, "preemptionPolicy", s("PreemptLowerPriority"));
        value::insert_default(&mut spec, "priority", Value::from(0));
        value::insert_default(&mut spec, "restartPolicy", s("Always"));
        value::insert_default(&mut spec, "schedulerName", s("default-scheduler"));
        value::insert_default(&mut spec, "securityContext", Value::Object(Map::new()));
        let service_account = spec
            .get("serviceAccountName")
            .and_then(Value::as_str)
            .unwrap_or("default")
            .to_string();
        value::insert_default(&mut spec, "serviceAccount", s(&service_account));
        value::insert_default(&mut spec, "serviceAccountName", s(&service_account));
        value::insert_default(&mut spec, "terminationGracePeriodSeconds", Value::from(30));
        spec.insert(
            "tolerations".into(),
            Value::Array(self.tolerations().iter().map(toleration_value).collect()),
        );
        let mut volumes = match spec.remove("volumes") {
            Some(Value::Array(volumes)) => volumes,
            _ => Vec::new(),
        };
        // `SetDefaults_ConfigMapVolumeSource` / `SetDefaults_SecretVolumeSource`: mode 0644;
        // `SetDefaults_HostPathVolumeSource`: `type: ""` (`HostPathUnset`);
        // `SetDefaults_PersistentVolumeClaimSpec` on an ephemeral volume's claim template:
        // `volumeMode: Filesystem`; the `+default` markers of the in-tree sources (iSCSI,
        // RBD, Azure Disk, ScaleIO), which defaulter-gen applies to an empty string or a nil
        // pointer alike.
        for volume in volumes.iter_mut() {
            for (source, defaults) in IN_TREE_VOLUME_DEFAULTS {
                if let Some(Value::Object(source)) = volume.get_mut(*source) {
                    for (key, default) in defaults.iter() {
                        let unset = match (source.get(*key), default) {
                            (None | Some(Value::Null), _) => true,
                            (Some(Value::String(text)), VolumeDefault::Text(_)) => text.is_empty(),
                            _ => false,
                        };
                        if unset {
                            let value = match default {
                                VolumeDefault::Text(text) | VolumeDefault::PointerText(text) => {
                                    s(*text)
                                }
                                VolumeDefault::PointerFlag(flag) => Value::Bool(*flag),
                            };
                            source.insert((*key).to_string(), value);
                        }
                    }
                }
            }
            for source in ["configMap", "secret"] {
                if let Some(Value::Object(source)) = volume.get_mut(source) {
                    value::insert_default(source, "defaultMode", Value::from(420));
                }
            }
            if let Some(Value::Object(host_path)) = volume.get_mut("hostPath") {
                value::insert_default(host_path, "type", s(""));
            }
            let claim_spec = volume
                .get_mut("ephemeral")
                .and_then(|ephemeral| ephemeral.get_mut("volumeClaimTemplate"))
                .and_then(|template| template.get_mut("spec"));
            if let Some(Value::Object(spec)) = claim_spec {
                value::insert_default(spec, "volumeMode", s("Filesystem"));
            }
        }
        if !self.api_access_volume.is_empty()
            && !volumes
                .iter()
                .any(|v| v.get("name").and_then(Value::as_str) == Some(&self.api_access_volume))
        {
            volumes.push(api_access_volume(&self.api_access_volume));
        }
        if !volumes.is_empty() {
            spec.insert("volumes".into(), Value::Array(volumes));
        }
        Value::Object(spec)
    }

    fn rendered_status(&self) -> Value {
        let status = &self.status;
        // The kubelet in the simulation observes a new generation at once.
        let observed_generation = Value::from(self.meta.generation.unwrap_or(1));
        let mut map = Map::new();
        if !status.conditions.is_empty() {
            map.insert(
                "conditions".into(),
                Value::Array(
                    status
                        .conditions
                        .iter()
                        .map(|condition| {
                            let mut entry = Map::new();
                            entry.insert("lastProbeTime".into(), Value::Null);
                            entry.insert(
                                "lastTransitionTime".into(),
                                s(condition.last_transition_time.rfc3339()),
                            );
                            if let Some(message) = &condition.message {
                                entry.insert("message".into(), s(message));
                            }
                            entry.insert("observedGeneration".into(), observed_generation.clone());
                            if let Some(reason) = &condition.reason {
                                entry.insert("reason".into(), s(reason));
                            }
                            entry.insert(
                                "status".into(),
                                s(if condition.status { "True" } else { "False" }),
                            );
                            entry.insert("type".into(), s(condition.condition_type));
                            Value::Object(entry)
                        })
                        .collect(),
                ),
            );
        }
        let all_statuses = || {
            status
                .container_statuses
                .iter()
                .chain(&status.init_container_statuses)
        };
        // The kubelet reports a running container's resources (InPlacePodVerticalScaling,
        // GA since 1.35): cpu, memory and ephemeral storage of its spec, `{}` for none.
        let any_running = all_statuses()
            .any(|container| matches!(container.state, ContainerState::Running { .. }));
        let spec = if any_running {
            self.rendered_spec()
        } else {
            Value::Null
        };
        let mount = {
            let mut mount = match self.api_access_mount() {
                Value::Object(map) => map,
                _ => Map::new(),
            };
            mount.insert("recursiveReadOnly".into(), s("Disabled"));
            Value::Object(mount)
        };
        let entry = |container: &ContainerStatus, list: &str| -> Value {
            status_entry(
                container,
                value::array_at(&spec, &[list]),
                (!self.api_access_volume.is_empty()).then_some(&mount),
            )
        };
        if !status.container_statuses.is_empty() {
            // `SortedContainerStatuses`: the kubelet lists them by container name.
            let mut order: Vec<&ContainerStatus> = status.container_statuses.iter().collect();
            crate::sort::sort_by_key(&mut order, |container| container.name.clone());
            map.insert(
                "containerStatuses".into(),
                Value::Array(
                    order
                        .into_iter()
                        .map(|container| entry(container, "containers"))
                        .collect(),
                ),
            );
        }
        if let Some(host_ip) = &status.host_ip {
            map.insert("hostIP".into(), s(host_ip));
            map.insert(
                "hostIPs".into(),
                Value::Array(vec![obj([("ip", s(host_ip))])]),
            );
        }
        if !status.init_container_statuses.is_empty() {
            map.insert(
                "initContainerStatuses".into(),
                Value::Array(
                    status
                        .init_container_statuses
                        .iter()
                        .map(|container| entry(container, "initContainers"))
                        .collect(),
                ),
            );
        }
        if let Some(message) = &status.message {
            map.insert("message".into(), s(message));
        }
        if let Some(reason) = &status.reason {
            map.insert("reason".into(), s(reason));
        }
        // Only the kubelet sets the pod's own `observedGeneration` (the scheduler sets its
        // condition's); it has reported once the pod has a host IP.
        if status.host_ip.is_some() {
            map.insert("observedGeneration".into(), observed_generation);
        }
        map.insert("phase".into(), s(status.phase.as_str()));
        if let Some(pod_ip) = &status.pod_ip {
            map.insert("podIP".into(), s(pod_ip));
            map.insert(
                "podIPs".into(),
                Value::Array(vec![obj([("ip", s(pod_ip))])]),
            );
        }
        map.insert("qosClass".into(), s(self.qos_class()));
        if let Some(start_time) = status.start_time {
            map.insert("startTime".into(), s(start_time.rfc3339()));
        }
        Value::Object(map)
    }
}

/// One entry of `containerStatuses` or `initContainerStatuses`; `spec_containers` is the
/// rendered spec's list the container is in (for a running container's resources).
fn status_entry(
    container: &ContainerStatus,
    spec_containers: &[Value],
    mount: Option<&Value>,
) -> Value {
    let mut entry = Map::new();
    if let Some(id) = &container.container_id {
        entry.insert("containerID".into(), s(id));
    }
    entry.insert("image".into(), s(&container.image));
    entry.insert(
        "imageID".into(),
        s(container.image_id.clone().unwrap_or_default()),
    );
    entry.insert(
        "lastState".into(),
        container
            .last_state
            .as_ref()
            .map(ContainerState::to_value)
            .unwrap_or_else(|| Value::Object(Map::new())),
    );
    entry.insert("name".into(), s(&container.name));
    entry.insert("ready".into(), Value::Bool(container.ready));
    if matches!(container.state, ContainerState::Running { .. }) {
        let resources = spec_containers
            .iter()
            .find(|spec| value::str_at(spec, &["name"]) == Some(container.name.as_str()))
            .and_then(|spec| value::at(spec, &["resources"]));
        let mut map = Map::new();
        for section in ["limits", "requests"] {
            if let Some(Value::Object(list)) = resources.and_then(|r| r.get(section)) {
                let kept: Map<String, Value> = list
                    .iter()
                    .filter(|(key, _)| {
                        matches!(key.as_str(), "cpu" | "memory" | "ephemeral-storage")
                    })
                    .map(|(key, quantity)| (key.clone(), quantity.clone()))
                    .collect();
                if !kept.is_empty() {
                    map.insert(section.into(), Value::Object(kept));
                }
            }
        }
        entry.insert("resources".into(), Value::Object(map));
    }
    entry.insert("restartCount".into(), Value::from(container.restart_count));
    entry.insert("started".into(), Value::Bool(container.started));
    entry.insert("state".into(), container.state.to_value());
    if container.container_id.is_some() {
        entry.insert(
            "user".into(),
            obj([(
                "linux",
                obj([
                    ("gid", Value::from(0)),
                    ("supplementalGroups", Value::Array(vec![Value::from(0)])),
                    ("uid", Value::from(0)),
                ]),
            )]),
        );
    }
    if let Some(mount) = mount {
        entry.insert("volumeMounts".into(), Value::Array(vec![mount.clone()]));
    }
    Value::Object(entry)
}

/// `SetDefaults_Pod` (a Pod's containers and init containers, not a template's): a limit
/// without a request gives the request its value.
fn default_requests_to_limits(container: &mut Map<String, Value>) {
    let Some(Value::Object(resources)) = container.get_mut("resources") else {
        return;
    };
    let Some(Value::Object(limits)) = resources.get("limits").cloned() else {
        return;
    };
    let requests = resources
        .entry("requests")
        .or_insert_with(|| Value::Object(Map::new()));
    if requests.is_null() {
        *requests = Value::Object(Map::new());
    }
    if let Value::Object(requests) = requests {
        for (name, limit) in limits {
            requests.entry(name).or_insert(limit);
        }
    }
}

fn default_container(container: &mut Map<String, Value>, mount: Option<&Value>) {
    let image = container
        .get("image")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    value::insert_default(container, "imagePullPolicy", s(default_pull_policy(&image)));
    // `SetDefaults_ObjectFieldSelector`; a resource reference's zero divisor prints as "0".
    if let Some(Value::Array(env)) = container.get_mut("env") {
        for entry in env.iter_mut() {
            let Some(Value::Object(from)) = entry.get_mut("valueFrom") else {
                continue;
            };
            if let Some(Value::Object(field)) = from.get_mut("fieldRef") {
                value::insert_default(field, "apiVersion", s("v1"));
            }
            if let Some(Value::Object(resource)) = from.get_mut("resourceFieldRef") {
                value::insert_default(resource, "divisor", s("0"));
            }
        }
    }
    if let Some(Value::Array(ports)) = container.get_mut("ports") {
        for port in ports.iter_mut() {
            if let Value::Object(port) = port {
                value::insert_default(port, "protocol", s("TCP"));
            }
        }
    }
    // `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`.
    for field in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(Value::Object(probe)) = container.get_mut(field) {
            if let Some(Value::Object(http)) = probe.get_mut("httpGet") {
                value::insert_default(http, "path", s("/"));
                value::insert_default(http, "scheme", s("HTTP"));
            }
            value::insert_default(probe, "timeoutSeconds", Value::from(1));
            value::insert_default(probe, "periodSeconds", Value::from(10));
            value::insert_default(probe, "successThreshold", Value::from(1));
            value::insert_default(probe, "failureThreshold", Value::from(3));
        }
    }
    value::insert_default(container, "resources", Value::Object(Map::new()));
    value::insert_default(
        container,
        "terminationMessagePath",
        s("/dev/termination-log"),
    );
    value::insert_default(container, "terminationMessagePolicy", s("File"));
    let Some(mount) = mount else {
        return;
    };
    let mut mounts = match container.remove("volumeMounts") {
        Some(Value::Array(mounts)) => mounts,
        _ => Vec::new(),
    };
    // A spec that was rendered once (and stored by an update) has the mount already.
    if !mounts.iter().any(|m| m.get("name") == mount.get("name")) {
        mounts.push(mount.clone());
    }
    container.insert("volumeMounts".into(), Value::Array(mounts));
}

fn default_toleration(key: &str) -> Toleration {
    Toleration {
        key: Some(key.to_string()),
        operator: "Exists".into(),
        value: None,
        effect: Some("NoExecute".into()),
        toleration_seconds: Some(300),
    }
}

fn toleration_value(toleration: &Toleration) -> Value {
    let mut map = Map::new();
    if let Some(effect) = &toleration.effect {
        map.insert("effect".into(), s(effect));
    }
    if let Some(key) = &toleration.key {
        map.insert("key".into(), s(key));
    }
    map.insert("operator".into(), s(&toleration.operator));
    if let Some(seconds) = toleration.toleration_seconds {
        map.insert("tolerationSeconds".into(), Value::from(seconds));
    }
    if let Some(value) = &toleration.value {
        map.insert("value".into(), s(value));
    }
    Value::Object(map)
}

/// A defaulted field of an in-tree volume source: a string field (defaulted when empty) or a
/// pointer (defaulted only when unset).
enum VolumeDefault {
    Text(&'static str),
    PointerText(&'static str),
    PointerFlag(bool),
}

/// The `+default` markers on the in-tree volume sources of `k8s.io/api/core/v1`
/// (`ISCSIVolumeSource.iscsiInterface`, `RBDVolumeSource.pool|user|keyring`,
/// `AzureDiskVolumeSource.cachingMode|fsType|readOnly|kind`,
/// `ScaleIOVolumeSource.storageMode|fsType`).
const IN_TREE_VOLUME_DEFAULTS: &[(&str, &[(&str, VolumeDefault)])] = &[
    (
        "iscsi",
        &[("iscsiInterface", VolumeDefault::Text("default"))],
    ),
    (
        "rbd",
        &[
            ("pool", VolumeDefault::Text("rbd")),
            ("user", VolumeDefault::Text("admin")),
            ("keyring", VolumeDefault::Text("/etc/ceph/keyring")),
        ],
    ),
    (
        "azureDisk",
        &[
            ("cachingMode", VolumeDefault::PointerText("ReadWrite")),
            ("fsType", VolumeDefault::PointerText("ext4")),
            ("readOnly", VolumeDefault::PointerFlag(false)),
            ("kind", VolumeDefault::PointerText("Shared")),
        ],
    ),
    (
        "scaleIO",
        &[
            ("storageMode", VolumeDefault::Text("ThinProvisioned")),
            ("fsType", VolumeDefault::Text("xfs")),
        ],
    ),
];

fn api_access_volume(name: &str) -> Value {
    obj([
        ("name", s(name)),
        (
            "projected",
            obj([
                ("defaultMode", Value::from(420)),
                (
                    "sources",
                    Value::Array(vec![
                        obj([(
                            "serviceAccountToken",
                            obj([
                                ("expirationSeconds", Value::from(3607)),
                                ("path", s("token")),
                            ]),
                        )]),
                        obj([(
                            "configMap",
                            obj([
                                (
                                    "items",
                                    Value::Array(vec![obj([
                                        ("key", s("ca.crt")),
                                        ("path", s("ca.crt")),
                                    ])]),
                                ),
                                ("name", s("kube-root-ca.crt")),
                            ]),
                        )]),
                        obj([(
                            "downwardAPI",
                            obj([(
                                "items",
                                Value::Array(vec![obj([
                                    (
                                        "fieldRef",
                                        obj([
                                            ("apiVersion", s("v1")),
                                            ("fieldPath", s("metadata.namespace")),
                                        ]),
                                    ),
                                    ("path", s("namespace")),
                                ])]),
                            )]),
                        )]),
                    ]),
                ),
            ]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_policy_defaults() {
        for (image, want) in [
            ("luksa/kubia", "Always"),
            ("luksa/kubia:latest", "Always"),
            ("luksa/kubia:v1", "IfNotPresent"),
            ("localhost:5000/kubia", "Always"),
            ("localhost:5000/kubia:1.0", "IfNotPresent"),
            ("busybox@sha256:abc", "IfNotPresent"),
            ("", "Always"),
        ] {
            assert_eq!(default_pull_policy(image), want, "{image}");
        }
    }

    #[test]
    fn tolerations_match_taints() {
        let exists_all = Toleration {
            key: None,
            operator: "Exists".into(),
            value: None,
            effect: None,
            toleration_seconds: None,
        };
        assert!(exists_all.tolerates("node-role.kubernetes.io/control-plane", "", "NoSchedule"));
        let control_plane = Toleration {
            key: Some("node-role.kubernetes.io/control-plane".into()),
            operator: "Exists".into(),
            value: None,
            effect: Some("NoSchedule".into()),
            toleration_seconds: None,
        };
        assert!(control_plane.tolerates("node-role.kubernetes.io/control-plane", "", "NoSchedule"));
        assert!(!control_plane.tolerates("node-role.kubernetes.io/control-plane", "", "NoExecute"));
        assert!(!control_plane.tolerates("gpu", "true", "NoSchedule"));
        let equal = Toleration {
            key: Some("gpu".into()),
            operator: "Equal".into(),
            value: Some("true".into()),
            effect: None,
            toleration_seconds: None,
        };
        assert!(equal.tolerates("gpu", "true", "NoSchedule"));
        assert!(!equal.tolerates("gpu", "false", "NoSchedule"));
    }
}
