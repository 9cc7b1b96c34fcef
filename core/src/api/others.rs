//! The kinds besides Pod: Namespace, Node, ReplicationController, Service, Event,
//! ConfigMap, ServiceAccount, Secret, Deployment and DaemonSet (a ReplicaSet is kept as a
//! ReplicationController), and the Endpoints and EndpointSlices of services.
//!
//! Each keeps typed metadata plus what the simulation reads; the rest is kept as JSON and
//! rendered back in the API server's shape. Nodes and services are few, so they keep their
//! full `spec`/`status` as values; namespaces, events, config maps and service accounts are
//! small and fully typed.

use super::meta::ObjectMeta;
use super::value::{self, obj, s};
use crate::clock::SimTime;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `status.phase` of a namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamespacePhase {
    Active,
    Terminating,
}

/// A Namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct Namespace {
    pub meta: ObjectMeta,
    pub phase: NamespacePhase,
    /// Conditions the namespace controller reports while deleting content.
    pub conditions: Vec<NamespaceCondition>,
}

/// One `status.conditions[]` entry of a terminating namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamespaceCondition {
    pub condition_type: &'static str,
    pub status: bool,
    pub reason: &'static str,
    pub message: String,
    pub last_transition_time: SimTime,
}

impl Namespace {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn to_value(&self) -> Value {
        let mut status = Map::new();
        if !self.conditions.is_empty() {
            status.insert(
                "conditions".into(),
                Value::Array(
                    self.conditions
                        .iter()
                        .map(|condition| {
                            obj([
                                (
                                    "lastTransitionTime",
                                    s(condition.last_transition_time.rfc3339()),
                                ),
                                ("message", s(&condition.message)),
                                ("reason", s(condition.reason)),
                                ("status", s(if condition.status { "True" } else { "False" })),
                                ("type", s(condition.condition_type)),
                            ])
                        })
                        .collect(),
                ),
            );
        }
        status.insert(
            "phase".into(),
            s(match self.phase {
                NamespacePhase::Active => "Active",
                NamespacePhase::Terminating => "Terminating",
            }),
        );
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Namespace")),
            ("metadata", self.meta.to_value()),
            (
                "spec",
                obj([("finalizers", Value::Array(vec![s("kubernetes")]))]),
            ),
            ("status", Value::Object(status)),
        ])
    }
}

/// A node taint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taint {
    pub key: String,
    pub value: String,
    pub effect: String,
    /// `timeAdded`, which the node lifecycle controller writes on the taints it adds.
    pub time_added: Option<SimTime>,
}

impl Taint {
    /// Reads a `spec.taints[]` entry.
    pub fn from_value(taint: &Value) -> Taint {
        let text = |key: &str| value::str_at(taint, &[key]).unwrap_or_default().to_string();
        Taint {
            key: text("key"),
            value: text("value"),
            effect: text("effect"),
            time_added: value::str_at(taint, &["timeAdded"]).and_then(SimTime::parse_rfc3339),
        }
    }

    /// `Taint.ToString`: `key=value:effect`, the parts that are set.
    pub fn to_text(&self) -> String {
        let mut text = self.key.clone();
        if !self.value.is_empty() {
            text.push('=');
            text.push_str(&self.value);
        }
        if !self.effect.is_empty() {
            text.push(':');
            text.push_str(&self.effect);
        }
        text
    }
}

/// The simulated hardware behind a node (what the cluster picture and describe show).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hardware {
    pub cpu_cores: i64,
    pub memory_kib: i64,
    pub gpus: i64,
    pub gpu_product: Option<String>,
    pub ssd: bool,
    pub disk_kib: i64,
}

/// A Node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub meta: ObjectMeta,
    /// `spec` without taints/unschedulable (kept typed below).
    pub spec: Value,
    pub taints: Vec<Taint>,
    pub unschedulable: bool,
    /// `status` (capacity, allocatable, addresses, nodeInfo, images…).
    pub status: Value,
    pub ready: bool,
    pub hardware: Hardware,
    pub internal_ip: String,
    /// Images present on the node (pulled), by reference as written in pod specs.
    pub images: Vec<String>,
    /// When the kubelet last reported the node's status (the conditions' heartbeat).
    pub status_reported: crate::clock::SimTime,
}

impl Node {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    /// `status.allocatable[resource]`, as a string quantity.
    pub fn allocatable(&self, resource: &str) -> Option<&str> {
        value::str_at(&self.status, &["allocatable", resource])
    }

    pub fn to_value(&self) -> Value {
        let mut spec = match &self.spec {
            Value::Object(map) => map.clone(),
            _ => Map::new(),
        };
        if !self.taints.is_empty() {
            spec.insert(
                "taints".into(),
                Value::Array(
                    self.taints
                        .iter()
                        .map(|taint| {
                            let mut map = Map::new();
                            map.insert("effect".into(), s(&taint.effect));
                            map.insert("key".into(), s(&taint.key));
                            if let Some(added) = taint.time_added {
                                map.insert("timeAdded".into(), s(added.rfc3339()));
                            }
                            if !taint.value.is_empty() {
                                map.insert("value".into(), s(&taint.value));
                            }
                            Value::Object(map)
                        })
                        .collect(),
                ),
            );
        }
        if self.unschedulable {
            spec.insert("unschedulable".into(), Value::Bool(true));
        }
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Node")),
            ("metadata", self.meta.to_value()),
            ("spec", Value::Object(spec)),
            ("status", self.status.clone()),
        ])
    }
}

/// A ReplicationController (`v1`) or a ReplicaSet (`apps/v1`): the same controller keeps
/// either's pods; only their selectors' shapes differ (a label map, or a `LabelSelector`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationController {
    /// `Kind::ReplicationController` or `Kind::ReplicaSet`.
    pub kind: crate::api::Kind,
    pub meta: ObjectMeta,
    /// Defaulted spec (replicas, selector, template).
    pub spec: Value,
    pub replicas: i64,
    pub selector: crate::selector::Selector,
    pub status_replicas: i64,
    pub status_fully_labeled: i64,
    pub status_ready: i64,
    pub status_available: i64,
    /// `status.terminatingReplicas` of a ReplicaSet (the DeploymentReplicaSetTerminatingReplicas
    /// feature, beta and on in v1.37): set once the controller has counted.
    pub status_terminating: Option<i64>,
    pub observed_generation: i64,
}

impl ReplicationController {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn namespace(&self) -> &str {
        self.meta.namespace.as_deref().unwrap_or("default")
    }

    pub fn to_value(&self) -> Value {
        let mut status = Map::new();
        if self.status_available > 0 {
            status.insert(
                "availableReplicas".into(),
                Value::from(self.status_available),
            );
        }
        if self.status_fully_labeled > 0 {
            status.insert(
                "fullyLabeledReplicas".into(),
                Value::from(self.status_fully_labeled),
            );
        }
        status.insert(
            "observedGeneration".into(),
            Value::from(self.observed_generation),
        );
        if self.status_ready > 0 {
            status.insert("readyReplicas".into(), Value::from(self.status_ready));
        }
        status.insert("replicas".into(), Value::from(self.status_replicas));
        if let Some(terminating) = self
            .status_terminating
            .filter(|_| self.kind == super::Kind::ReplicaSet)
        {
            status.insert("terminatingReplicas".into(), Value::from(terminating));
        }
        obj([
            ("apiVersion", s(self.kind.api_version())),
            ("kind", s(self.kind.name())),
            ("metadata", self.meta.to_value()),
            ("spec", self.spec.clone()),
            ("status", Value::Object(status)),
        ])
    }
}

/// A Service.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub meta: ObjectMeta,
    /// Defaulted spec (clusterIP, ports, type…).
    pub spec: Value,
}

impl Service {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn to_value(&self) -> Value {
        obj([
            ("apiVersion", s("v1")),
            ("kind", s("Service")),
            ("metadata", self.meta.to_value()),
            ("spec", self.spec.clone()),
            ("status", obj([("loadBalancer", Value::Object(Map::new()))])),
        ])
    }
}

/// A v1 Endpoints or a `discovery.k8s.io/v1` EndpointSlice (`kind` says which): typed
/// metadata, and the rest of the object as the API server stores it (`subsets`; or
/// `addressType`, `endpoints` and `ports`). Their controllers write the bodies whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoints {
    pub kind: super::Kind,
    pub meta: ObjectMeta,
    pub body: Map<String, Value>,
}

impl Endpoints {
    /// A v1 Endpoints as the API server stores one from a manifest: its subsets, each port's
    /// protocol defaulted to TCP (`SetDefaults_Endpoints`).
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value) -> Endpoints {
        let mut body = Map::new();
        if let Some(Value::Array(subsets)) = manifest.get("subsets") {
            let mut subsets = subsets.clone();
            for subset in &mut subsets {
                if let Some(Value::Array(ports)) = subset.get_mut("ports") {
                    for port in ports {
                        if let Value::Object(port) = port {
                            value::insert_default(port, "protocol", s("TCP"));
                        }
                    }
                }
            }
            body.insert("subsets".into(), Value::Array(subsets));
        }
        Endpoints {
            kind: super::Kind::Endpoints,
            meta,
            body,
        }
    }

    pub fn to_value(&self) -> Value {
        let mut map = self.body.clone();
        map.insert("apiVersion".into(), s(self.kind.api_version()));
        map.insert("kind".into(), s(self.kind.name()));
        map.insert("metadata".into(), self.meta.to_value());
        Value::Object(map)
    }
}

/// The object an event is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectReference {
    pub kind: String,
    pub namespace: Option<String>,
    pub name: String,
    pub uid: String,
    pub field_path: Option<String>,
    /// The object's `resourceVersion` when the reference was taken (`ref.GetReference`).
    pub resource_version: u64,
}

impl ObjectReference {
    /// The involved object's `apiVersion`, from its kind.
    pub fn api_version(&self) -> &'static str {
        super::Kind::from_manifest_kind(&self.kind)
            .map(super::Kind::api_version)
            .unwrap_or("v1")
    }

    /// Whether both name the same object and field: event correlation (`getEventKey`) leaves
    /// the resource version out.
    pub fn same_target(&self, other: &ObjectReference) -> bool {
        self.kind == other.kind
            && self.namespace == other.namespace
            && self.name == other.name
            && self.uid == other.uid
            && self.field_path == other.field_path
    }
}

/// A core/v1 Event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub meta: ObjectMeta,
    pub involved: ObjectReference,
    pub reason: String,
    pub message: String,
    /// `Normal` or `Warning`.
    pub event_type: &'static str,
    /// `source.component` (`kubelet`, `default-scheduler`…).
    pub source_component: String,
    pub source_host: Option<String>,
    pub first_timestamp: SimTime,
    pub last_timestamp: SimTime,
    pub count: i64,
    /// Recorded through events.k8s.io/v1, as the scheduler records (its
    /// `reportingInstance`). Read as a core/v1 Event, such an event has `eventTime`, `action`
    /// and `series` instead of timestamps, a count and a source.
    pub reporting_instance: Option<String>,
}

impl Event {
    pub fn to_value(&self) -> Value {
        let mut involved = Map::new();
        involved.insert("apiVersion".into(), s(self.involved.api_version()));
        if let Some(field_path) = &self.involved.field_path {
            involved.insert("fieldPath".into(), s(field_path));
        }
        involved.insert("kind".into(), s(&self.involved.kind));
        involved.insert("name".into(), s(&self.involved.name));
        if let Some(namespace) = &self.involved.namespace {
            involved.insert("namespace".into(), s(namespace));
        }
        involved.insert(
            "resourceVersion".into(),
            s(self.involved.resource_version.to_string()),
        );
        involved.insert("uid".into(), s(&self.involved.uid));
        let mut source = Map::new();
        source.insert("component".into(), s(&self.source_component));
        if let Some(host) = &self.source_host {
            source.insert("host".into(), s(host));
        }
        let mut map = Map::new();
        if let Some(instance) = &self.reporting_instance {
            return self.to_events_v1_value(instance, involved);
        }
        map.insert("apiVersion".into(), s("v1"));
        map.insert("count".into(), Value::from(self.count));
        map.insert("eventTime".into(), Value::Null);
        map.insert("firstTimestamp".into(), s(self.first_timestamp.rfc3339()));
        map.insert("involvedObject".into(), Value::Object(involved));
        map.insert("kind".into(), s("Event"));
        map.insert("lastTimestamp".into(), s(self.last_timestamp.rfc3339()));
        map.insert("message".into(), s(&self.message));
        map.insert("metadata".into(), self.meta.to_value());
        map.insert("reason".into(), s(&self.reason));
        map.insert("reportingComponent".into(), s(&self.source_component));
        map.insert(
            "reportingInstance".into(),
            s(self.source_host.clone().unwrap_or_default()),
        );
        map.insert("source".into(), Value::Object(source));
        map.insert("type".into(), s(self.event_type));
        Value::Object(map)
    }

    /// An events.k8s.io/v1 event as the core/v1 API shows it (apiserver's conversion): the
    /// scheduler's `Binding`/`Scheduling` actions, a `series` once it repeats.
    fn to_events_v1_value(&self, instance: &str, involved: Map<String, Value>) -> Value {
        let action = match self.reason.as_str() {
            "Scheduled" => "Binding",
            "Preempted" => "Preempting",
            _ => "Scheduling",
        };
        let mut map = Map::new();
        map.insert("action".into(), s(action));
        map.insert("apiVersion".into(), s("v1"));
        map.insert("eventTime".into(), s(self.first_timestamp.rfc3339_micro()));
        map.insert("firstTimestamp".into(), Value::Null);
        map.insert("involvedObject".into(), Value::Object(involved));
        map.insert("kind".into(), s("Event"));
        map.insert("lastTimestamp".into(), Value::Null);
        map.insert("message".into(), s(&self.message));
        map.insert("metadata".into(), self.meta.to_value());
        map.insert("reason".into(), s(&self.reason));
        map.insert("reportingComponent".into(), s(&self.source_component));
        map.insert("reportingInstance".into(), s(instance));
        if self.count > 1 {
            let mut series = Map::new();
            series.insert("count".into(), Value::from(self.count));
            series.insert(
                "lastObservedTime".into(),
                s(self.last_timestamp.rfc3339_micro()),
            );
            map.insert("series".into(), Value::Object(series));
        }
        map.insert("source".into(), Value::Object(Map::new()));
        map.insert("type".into(), s(self.event_type));
        Value::Object(map)
    }
}

/// A ConfigMap.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigMap {
    pub meta: ObjectMeta,
    pub data: BTreeMap<String, String>,
    /// `binaryData`, as the base64 text the API carries.
    pub binary_data: BTreeMap<String, String>,
    pub immutable: Option<bool>,
}

impl ConfigMap {
    /// Reads `data`, `binaryData` and `immutable` from a decoded manifest.
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value) -> ConfigMap {
        ConfigMap {
            meta,
            data: value::string_map_at(manifest, &["data"]),
            binary_data: value::string_map_at(manifest, &["binaryData"]),
            immutable: value::at(manifest, &["immutable"]).and_then(Value::as_bool),
        }
    }

    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("apiVersion".into(), s("v1"));
        if !self.binary_data.is_empty() {
            map.insert("binaryData".into(), value::string_map(&self.binary_data));
        }
        if !self.data.is_empty() {
            map.insert("data".into(), value::string_map(&self.data));
        }
        if let Some(immutable) = self.immutable {
            map.insert("immutable".into(), Value::Bool(immutable));
        }
        map.insert("kind".into(), s("ConfigMap"));
        map.insert("metadata".into(), self.meta.to_value());
        Value::Object(map)
    }
}

/// A Secret. Its values are kept as the base64 text the API carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    pub meta: ObjectMeta,
    pub data: BTreeMap<String, String>,
    /// `type` (`Opaque` when the manifest gives none).
    pub secret_type: String,
    pub immutable: Option<bool>,
}

impl Secret {
    /// Reads `data`, `stringData` (merged into `data`, as the API server stores it),
    /// `type` and `immutable` from a decoded manifest.
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value) -> Secret {
        let mut data = value::string_map_at(manifest, &["data"]);
        for (key, text) in value::string_map_at(manifest, &["stringData"]) {
            data.insert(key, crate::share::base64_standard(text.as_bytes()));
        }
        Secret {
            meta,
            data,
            secret_type: value::str_at(manifest, &["type"])
                .filter(|kind| !kind.is_empty())
                .unwrap_or("Opaque")
                .to_string(),
            immutable: value::at(manifest, &["immutable"]).and_then(Value::as_bool),
        }
    }

    /// A value, decoded (as the kubelet hands it to a container).
    pub fn value(&self, key: &str) -> Option<String> {
        let bytes = crate::share::base64_standard_decode(self.data.get(key)?)?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }

    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("apiVersion".into(), s("v1"));
        if !self.data.is_empty() {
            map.insert("data".into(), value::string_map(&self.data));
        }
        if let Some(immutable) = self.immutable {
            map.insert("immutable".into(), Value::Bool(immutable));
        }
        map.insert("kind".into(), s("Secret"));
        map.insert("metadata".into(), self.meta.to_value());
        map.insert("type".into(), s(&self.secret_type));
        Value::Object(map)
    }
}

/// A ServiceAccount.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAccount {
    pub meta: ObjectMeta,
    /// `secrets[]` (object references), as given.
    pub secrets: Vec<Value>,
    /// `imagePullSecrets[]` (local object references), as given.
    pub image_pull_secrets: Vec<Value>,
    pub automount_token: Option<bool>,
}

impl ServiceAccount {
    /// Reads `secrets`, `imagePullSecrets` and `automountServiceAccountToken` from a decoded
    /// manifest.
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value) -> ServiceAccount {
        ServiceAccount {
            meta,
            secrets: value::array_at(manifest, &["secrets"]).to_vec(),
            image_pull_secrets: value::array_at(manifest, &["imagePullSecrets"]).to_vec(),
            automount_token: value::at(manifest, &["automountServiceAccountToken"])
                .and_then(Value::as_bool),
        }
    }

    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("apiVersion".into(), s("v1"));
        if let Some(automount) = self.automount_token {
            map.insert(
                "automountServiceAccountToken".into(),
                Value::Bool(automount),
            );
        }
        if !self.image_pull_secrets.is_empty() {
            map.insert(
                "imagePullSecrets".into(),
                Value::Array(self.image_pull_secrets.clone()),
            );
        }
        map.insert("kind".into(), s("ServiceAccount"));
        map.insert("metadata".into(), self.meta.to_value());
        if !self.secrets.is_empty() {
            map.insert("secrets".into(), Value::Array(self.secrets.clone()));
        }
        Value::Object(map)
    }
}

/// A `scheduling.k8s.io/v1` PriorityClass.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityClass {
    pub meta: ObjectMeta,
    /// `value` (an `int32`).
    pub value: i64,
    pub global_default: bool,
    pub description: String,
    /// `PreemptLowerPriority` or `Never` once defaulted.
    pub preemption_policy: Option<String>,
}

impl PriorityClass {
    /// Reads `value`, `globalDefault`, `description` and `preemptionPolicy` from a decoded
    /// manifest (`preemptionPolicy` defaulted as `SetDefaults_PriorityClass`).
    pub fn from_manifest(meta: ObjectMeta, manifest: &Value) -> PriorityClass {
        PriorityClass {
            meta,
            value: value::i64_at(manifest, &["value"]).unwrap_or(0),
            global_default: value::at(manifest, &["globalDefault"])
                .and_then(Value::as_bool)
                .unwrap_or(false),
            description: value::str_at(manifest, &["description"])
                .unwrap_or("")
                .to_string(),
            preemption_policy: Some(
                value::str_at(manifest, &["preemptionPolicy"])
                    .unwrap_or("PreemptLowerPriority")
                    .to_string(),
            ),
        }
    }

    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("apiVersion".into(), s("scheduling.k8s.io/v1"));
        if !self.description.is_empty() {
            map.insert("description".into(), s(&self.description));
        }
        if self.global_default {
            map.insert("globalDefault".into(), Value::Bool(true));
        }
        map.insert("kind".into(), s("PriorityClass"));
        map.insert("metadata".into(), self.meta.to_value());
        if let Some(policy) = &self.preemption_policy {
            map.insert("preemptionPolicy".into(), s(policy));
        }
        map.insert("value".into(), Value::from(self.value));
        Value::Object(map)
    }
}

/// One `status.conditions[]` entry of a Deployment (`Available`, `Progressing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeploymentCondition {
    pub condition_type: &'static str,
    /// `True`, `False` or `Unknown`.
    pub status: &'static str,
    pub reason: &'static str,
    pub message: String,
    pub last_update_time: SimTime,
    pub last_transition_time: SimTime,
}

/// Workload conditions as the API server serializes them (keys sorted); `update_field` names
/// the second timestamp: a Deployment's `lastUpdateTime`, a Job's `lastProbeTime`.
fn conditions_value(conditions: &[DeploymentCondition], update_field: &str) -> Value {
    Value::Array(
        conditions
            .iter()
            .map(|condition| {
                let mut map = Map::new();
                map.insert(update_field.into(), s(condition.last_update_time.rfc3339()));
                map.insert(
                    "lastTransitionTime".into(),
                    s(condition.last_transition_time.rfc3339()),
                );
                map.insert("message".into(), s(&condition.message));
                map.insert("reason".into(), s(condition.reason));
                map.insert("status".into(), s(condition.status));
                map.insert("type".into(), s(condition.condition_type));
                Value::Object(map)
            })
            .collect(),
    )
}

/// A Deployment (`apps/v1`): its defaulted spec as JSON, with what the deployment controller
/// reads and writes typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    pub meta: ObjectMeta,
    /// Defaulted spec (replicas, selector, strategy, template, revisionHistoryLimit…).
    pub spec: Value,
    pub replicas: i64,
    pub selector: crate::selector::Selector,
    pub status_replicas: i64,
    pub status_updated: i64,
    pub status_ready: i64,
    pub status_available: i64,
    pub status_unavailable: i64,
    /// `status.terminatingReplicas`, set by the controller's first sync.
    pub status_terminating: Option<i64>,
    pub observed_generation: i64,
    pub collision_count: i64,
    pub conditions: Vec<DeploymentCondition>,
}

impl Deployment {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn namespace(&self) -> &str {
        self.meta.namespace.as_deref().unwrap_or("default")
    }

    pub fn condition(&self, condition_type: &str) -> Option<&DeploymentCondition> {
        self.conditions
            .iter()
            .find(|condition| condition.condition_type == condition_type)
    }

    pub fn to_value(&self) -> Value {
        let mut status = Map::new();
        let mut counter = |key: &str, count: i64| {
            if count != 0 {
                status.insert(key.into(), Value::from(count));
            }
        };
        counter("availableReplicas", self.status_available);
        counter("collisionCount", self.collision_count);
        counter("readyReplicas", self.status_ready);
        counter("replicas", self.status_replicas);
        counter("unavailableReplicas", self.status_unavailable);
        counter("updatedReplicas", self.status_updated);
        if !self.conditions.is_empty() {
            status.insert(
                "conditions".into(),
                conditions_value(&self.conditions, "lastUpdateTime"),
            );
        }
        if self.observed_generation != 0 {
            status.insert(
                "observedGeneration".into(),
                Value::from(self.observed_generation),
            );
        }
        if let Some(terminating) = self.status_terminating {
            status.insert("terminatingReplicas".into(), Value::from(terminating));
        }
        obj([
            ("apiVersion", s("apps/v1")),
            ("kind", s("Deployment")),
            ("metadata", self.meta.to_value()),
            ("spec", self.spec.clone()),
            ("status", Value::Object(status)),
        ])
    }
}

/// A DaemonSet (`apps/v1`): its defaulted spec as JSON, with what the daemon set controller
/// writes typed.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonSet {
    pub meta: ObjectMeta,
    /// Defaulted spec (selector, template, updateStrategy, revisionHistoryLimit).
    pub spec: Value,
    pub selector: crate::selector::Selector,
    pub current_scheduled: i64,
    pub desired_scheduled: i64,
    pub misscheduled: i64,
    pub ready: i64,
    pub updated_scheduled: i64,
    pub available: i64,
    pub unavailable: i64,
    pub observed_generation: i64,
    /// The ControllerRevisions the controller keeps of its templates: revision, template
    /// and `kubernetes.io/change-cause` (not served as objects; `kubectl rollout history`
    /// and `undo` read them).
    pub history: Vec<(i64, Value, String)>,
}

impl DaemonSet {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn namespace(&self) -> &str {
        self.meta.namespace.as_deref().unwrap_or("default")
    }

    pub fn to_value(&self) -> Value {
        let mut status = Map::new();
        status.insert(
            "currentNumberScheduled".into(),
            Value::from(self.current_scheduled),
        );
        status.insert(
            "desiredNumberScheduled".into(),
            Value::from(self.desired_scheduled),
        );
        if self.available != 0 {
            status.insert("numberAvailable".into(), Value::from(self.available));
        }
        status.insert("numberMisscheduled".into(), Value::from(self.misscheduled));
        status.insert("numberReady".into(), Value::from(self.ready));
        if self.unavailable != 0 {
            status.insert("numberUnavailable".into(), Value::from(self.unavailable));
        }
        if self.observed_generation != 0 {
            status.insert(
                "observedGeneration".into(),
                Value::from(self.observed_generation),
            );
        }
        if self.updated_scheduled != 0 {
            status.insert(
                "updatedNumberScheduled".into(),
                Value::from(self.updated_scheduled),
            );
        }
        obj([
            ("apiVersion", s("apps/v1")),
            ("kind", s("DaemonSet")),
            ("metadata", self.meta.to_value()),
            ("spec", self.spec.clone()),
            ("status", Value::Object(status)),
        ])
    }
}

/// A Job (`batch/v1`): its defaulted spec as JSON, with what the job controller writes typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub meta: ObjectMeta,
    /// Defaulted spec (parallelism, completions, backoffLimit, selector, template…).
    pub spec: Value,
    pub selector: crate::selector::Selector,
    pub active: i64,
    /// `status.ready` and `status.terminating`: set once the controller has counted.
    pub ready: Option<i64>,
    pub terminating: Option<i64>,
    pub succeeded: i64,
    pub failed: i64,
    pub start_time: Option<SimTime>,
    pub completion_time: Option<SimTime>,
    /// `status.conditions`; a Job condition's `lastProbeTime` is kept in `last_update_time`.
    pub conditions: Vec<DeploymentCondition>,
}

impl Job {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn namespace(&self) -> &str {
        self.meta.namespace.as_deref().unwrap_or("default")
    }

    /// Whether a condition of this type is `True` (`hasJobCondition`).
    pub fn has_condition(&self, condition_type: &str) -> bool {
        self.conditions.iter().any(|condition| {
            condition.condition_type == condition_type && condition.status == "True"
        })
    }

    pub fn to_value(&self) -> Value {
        let mut status = Map::new();
        if self.active != 0 {
            status.insert("active".into(), Value::from(self.active));
        }
        if let Some(time) = self.completion_time {
            status.insert("completionTime".into(), s(time.rfc3339()));
        }
        if !self.conditions.is_empty() {
            status.insert(
                "conditions".into(),
                conditions_value(&self.conditions, "lastProbeTime"),
            );
        }
        if self.failed != 0 {
            status.insert("failed".into(), Value::from(self.failed));
        }
        if let Some(ready) = self.ready {
            status.insert("ready".into(), Value::from(ready));
        }
        if let Some(time) = self.start_time {
            status.insert("startTime".into(), s(time.rfc3339()));
        }
        if self.succeeded != 0 {
            status.insert("succeeded".into(), Value::from(self.succeeded));
        }
        if let Some(terminating) = self.terminating {
            status.insert("terminating".into(), Value::from(terminating));
            status.insert("uncountedTerminatedPods".into(), obj([]));
        }
        obj([
            ("apiVersion", s("batch/v1")),
            ("kind", s("Job")),
            ("metadata", self.meta.to_value()),
            ("spec", self.spec.clone()),
            ("status", Value::Object(status)),
        ])
    }
}
