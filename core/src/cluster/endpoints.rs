//! The endpoints controller (`pkg/controller/endpoint`), the EndpointSlice controller
//! (`pkg/controller/endpointslice` over `k8s.io/endpointslice`'s reconciler) and the API
//! server's endpoint reconciler for `default/kubernetes` (`pkg/controlplane/reconcilers`).
//!
//! A Service with a selector gets an `Endpoints` of its name and EndpointSlices named
//! `<service>-<suffix>` that it owns. Both controllers rewrite them when a selected pod gets
//! its IP, changes readiness or labels, starts terminating or goes, and when the Service
//! changes; nothing is written when nothing changed. They react within milliseconds: here
//! at once, inside the API call that made a change, and 50 ms after the kubelet's pod
//! updates (a queue gathers those, so a hundred pods starting cost a few syncs). The uids
//! and name suffixes of their objects are derived from the Service's, not drawn from the
//! cluster's random numbers, so the names of everything else stay as they were.
//!
//! Upstream's orders are kept where they show: an Endpoints' ports and subsets sorted by the
//! MD5 of go-spew's `%#v` dump (`SortSubsets`), a slice's ports by the same hash
//! (`NewPortMapKey`), addresses by IP then pod uid. Not modelled: dual-stack (IPv4 only),
//! topology hints, the 1000-address cap of an Endpoints (the mirroring controller, for the
//! Endpoints users write, is in `mirroring`).

use super::{controllers, Cluster, ObjectKey, Task};
use crate::api::value::{self, obj, s};
use crate::api::{Endpoints, Kind, NamespacePhase, ObjectMeta, OwnerReference};
use crate::clock::{SimDuration, SimTime};
use crate::selector::Selector;
use crate::sort::CollectSorted;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `discovery.LabelManagedBy` and the EndpointSlice controller's name.
pub(super) const MANAGED_BY: &str = "endpointslice.kubernetes.io/managed-by";
const SLICE_CONTROLLER: &str = "endpointslice-controller.k8s.io";
/// `discovery.LabelServiceName`.
pub(crate) const SERVICE_NAME: &str = "kubernetes.io/service-name";
/// `v1.IsHeadlessService`.
const HEADLESS: &str = "service.kubernetes.io/headless";
/// The label the endpoints controller puts on the Endpoints it writes (since 1.33).
const ENDPOINTS_MANAGED_BY: &str = "endpoints.kubernetes.io/managed-by";
/// `v1.EndpointsLastChangeTriggerTime`.
pub(super) const TRIGGER_TIME: &str = "endpoints.kubernetes.io/last-change-trigger-time";
/// `--max-endpoints-per-slice`'s default.
const MAX_PER_SLICE: usize = 100;
/// The lease reconciler's interval, at which it puts back `default/kubernetes`'s objects.
const API_SERVER_RECONCILE: SimDuration = SimDuration::from_secs(10);
/// `endpointSliceChangeMinSyncDelay`: a deleted slice is noticed a second later.
const SLICE_CHANGE_DELAY: SimDuration = SimDuration::from_secs(1);
/// How soon the controllers see the kubelet's pod status updates (the status manager's write,
/// the watch, the work queue).
const POD_SYNC_DELAY: SimDuration = SimDuration::from_millis(50);

/// What the controllers keep of a Service between syncs: a fingerprint of what they read
/// (a sync after a pod change that left it as it was does nothing, as the informers' event
/// filters do), and `TriggerTimeTracker`'s Ready transition times of its pods (Unix seconds).
#[derive(Debug, Clone, Default)]
pub(crate) struct SyncState {
    fingerprint: u64,
    /// By pod name (pods are listed by name).
    ready_times: Vec<(String, i64)>,
}

/// The parts of a Service the controllers read.
struct ServiceView {
    namespace: String,
    name: String,
    uid: String,
    resource_version: u64,
    labels: BTreeMap<String, String>,
    created: SimTime,
    selector: Selector,
    ports: Vec<ServicePort>,
    headless: bool,
    publish_not_ready: bool,
}

/// One `spec.ports[]` entry.
struct ServicePort {
    name: String,
    target: Value,
    protocol: String,
    app_protocol: Option<String>,
}

/// A resolved endpoint port (`v1.EndpointPort`, `discovery.EndpointPort`).
#[derive(Clone, PartialEq)]
pub(super) struct Port {
    pub(super) name: String,
    pub(super) port: i64,
    pub(super) protocol: String,
    pub(super) app_protocol: Option<String>,
}

/// A selected pod as both controllers see it.
struct Member {
    name: String,
    uid: String,
    ip: String,
    node: String,
    hostname: Option<String>,
    zone: Option<String>,
    node_known: bool,
    ready: bool,
    terminating: bool,
    /// The service ports this pod offers, in the service's order (`FindPort`).
    ports: Vec<Port>,
}

fn service_view(cluster: &Cluster, key: &ObjectKey) -> Option<ServiceView> {
    let service = cluster.services.get(key)?;
    let spec = &service.spec;
    let selector = value::string_map_at(spec, &["selector"]);
    if selector.is_empty() || value::str_at(spec, &["type"]) == Some("ExternalName") {
        return None;
    }
    let ports = value::array_at(spec, &["ports"])
        .iter()
        .map(|port| ServicePort {
            name: value::str_at(port, &["name"]).unwrap_or("").to_string(),
            target: value::at(port, &["targetPort"])
                .or_else(|| value::at(port, &["port"]))
                .cloned()
                .unwrap_or(Value::Null),
            protocol: value::str_at(port, &["protocol"])
                .unwrap_or("TCP")
                .to_string(),
            app_protocol: value::str_at(port, &["appProtocol"]).map(str::to_string),
        })
        .collect();
    Some(ServiceView {
        namespace: key.0.clone(),
        name: key.1.clone(),
        uid: service.meta.uid.clone(),
        resource_version: service.meta.resource_version,
        labels: service.meta.labels.clone(),
        created: service.meta.creation_timestamp,
        selector: Selector::from_set(&selector),
        ports,
        headless: value::str_at(spec, &["clusterIP"])
            .is_none_or(|ip| ip.is_empty() || ip == "None"),
        publish_not_ready: value::at(spec, &["publishNotReadyAddresses"])
            == Some(&Value::Bool(true)),
    })
}

/// `FindPort`: a number as it is, a name looked up among the containers' (and restartable
/// init containers') ports of the same protocol.
fn find_port(spec: &Value, port: &ServicePort) -> Option<i64> {
    match &port.target {
        Value::Number(number) => number.as_i64(),
        Value::String(name) => {
            let sidecars = value::array_at(spec, &["initContainers"])
                .iter()
                .filter(|container| value::str_at(container, &["restartPolicy"]) == Some("Always"));
            value::array_at(spec, &["containers"])
                .iter()
                .chain(sidecars)
                .flat_map(|container| value::array_at(container, &["ports"]))
                .find(|candidate| {
                    value::str_at(candidate, &["name"]) == Some(name.as_str())
                        && value::str_at(candidate, &["protocol"]).unwrap_or("TCP") == port.protocol
                })
                .and_then(|candidate| value::i64_at(candidate, &["containerPort"]))
        }
        _ => None,
    }
}

/// The pods the selector picks that have an IP and have not ended (`ShouldPodBeInEndpoints`
/// with terminating pods; the endpoints controller leaves those out itself), by name, and
/// the Ready transition times of all selected pods (for the trigger time).
fn members(cluster: &Cluster, service: &ServiceView) -> (Vec<Member>, Vec<(String, i64)>) {
    let mut members = Vec::new();
    let mut ready_times = Vec::new();
    for (_, pod) in cluster
        .pods
        .range((service.namespace.clone(), String::new())..)
        .take_while(|((namespace, _), _)| *namespace == service.namespace)
    {
        if !service.selector.matches(&pod.meta.labels) {
            continue;
        }
        let ready_condition = pod.status.condition("Ready");
        if let Some(condition) = ready_condition {
            ready_times.push((
                pod.meta.name.clone(),
                condition.last_transition_time.unix_seconds(),
            ));
        }
        let Some(ip) = pod
            .status
            .pod_ip
            .clone()
            .filter(|_| !pod.status.phase.is_terminal())
        else {
            continue;
        };
        let node = pod.node_name.clone().unwrap_or_default();
        let node_object = cluster.nodes.get(&node);
        let hostname = value::str_at(&pod.spec, &["hostname"])
            .filter(|hostname| !hostname.is_empty())
            .filter(|_| value::str_at(&pod.spec, &["subdomain"]) == Some(service.name.as_str()));
        members.push(Member {
            name: pod.meta.name.clone(),
            uid: pod.meta.uid.clone(),
            ip,
            hostname: hostname.map(str::to_string),
            zone: node_object
                .and_then(|node| node.meta.labels.get("topology.kubernetes.io/zone"))
                .filter(|zone| !zone.is_empty())
                .cloned(),
            node_known: node_object.is_some(),
            node,
            ready: ready_condition.is_some_and(|condition| condition.status),
            terminating: pod.meta.deletion_timestamp.is_some(),
            ports: service
                .ports
                .iter()
                .filter_map(|port| {
                    find_port(&pod.spec, port).map(|number| Port {
                        name: port.name.clone(),
                        port: number,
                        protocol: port.protocol.clone(),
                        app_protocol: port.app_protocol.clone(),
                    })
                })
                .collect(),
        });
    }
    (members, ready_times)
}

/// A hash of everything a sync reads: the Service's version, and of each pod it selects
/// what goes into an endpoint.
fn fingerprint(cluster: &Cluster, service: &ServiceView) -> u64 {
    fn mix(hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
        bytes.into_iter().chain([0xff]).fold(hash, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    }
    let mut hash = mix(
        crate::rng::fnv1a(service.resource_version.to_le_bytes()),
        service.uid.bytes(),
    );
    for (_, pod) in cluster
        .pods
        .range((service.namespace.clone(), String::new())..)
        .take_while(|((namespace, _), _)| *namespace == service.namespace)
        .filter(|(_, pod)| service.selector.matches(&pod.meta.labels))
    {
        let ready = pod.status.condition("Ready");
        let node = pod.node_name.as_deref().unwrap_or("");
        let flags = [
            ready.is_some_and(|condition| condition.status),
            pod.meta.deletion_timestamp.is_some(),
            pod.status.phase.is_terminal(),
            cluster.nodes.contains_key(node),
        ];
        hash = mix(hash, pod.meta.uid.bytes());
        hash = mix(hash, pod.status.pod_ip.as_deref().unwrap_or("").bytes());
        hash = mix(hash, node.bytes());
        hash = mix(hash, flags.map(u8::from));
        let since = ready.map_or(0, |condition| condition.last_transition_time.0);
        hash = mix(hash, since.to_le_bytes());
    }
    hash
}

/// `TriggerTimeTracker.ComputeEndpointLastChangeTriggerTime`: the Service's creation the
/// first time, then the earliest Ready transition (whole seconds, as the informer has them)
/// that changed since the last sync, if any.
fn trigger_time(
    cluster: &mut Cluster,
    service: &ServiceView,
    fingerprint: u64,
    ready_times: Vec<(String, i64)>,
) -> Option<i64> {
    let key = (service.namespace.clone(), service.name.clone());
    let state = SyncState {
        fingerprint,
        ready_times,
    };
    let previous = cluster.endpoint_syncs.insert(key.clone(), Box::new(state));
    let Some(previous) = previous else {
        return Some(service.created.unix_seconds());
    };
    let current = cluster.endpoint_syncs.get(&key)?;
    let before = |name: &String| {
        let found = previous
            .ready_times
            .binary_search_by(|(known, _)| known.cmp(name));
        found
            .ok()
            .and_then(|index| previous.ready_times.get(index))
            .map(|(_, time)| *time)
    };
    current
        .ready_times
        .iter()
        .filter(|(name, time)| before(name).is_none_or(|before| *time > before))
        .map(|(_, time)| *time)
        .min()
}

fn trigger_text(seconds: i64) -> String {
    SimTime(seconds.saturating_mul(1000)).rfc3339()
}

/// Sets or clears the trigger-time annotation (`addTriggerTimeAnnotation`).
fn annotate_trigger(meta: &mut ObjectMeta, trigger: Option<i64>) {
    match trigger {
        Some(seconds) => {
            meta.annotations
                .insert(TRIGGER_TIME.to_string(), trigger_text(seconds));
        }
        None => {
            meta.annotations.remove(TRIGGER_TIME);
        }
    }
}

/// The kubelet changed a pod of `namespace`: the controllers, whose queues gather the
/// changes of a few milliseconds into one sync, look at its Services shortly.
pub(super) fn pods_changed(cluster: &mut Cluster, namespace: &str) {
    cluster.queue_sync(
        Kind::Endpoints,
        (namespace.to_string(), String::new()),
        POD_SYNC_DELAY,
    );
}

/// Runs both controllers for the Services of a namespace whose pods changed.
pub(super) fn sync_namespace(cluster: &mut Cluster, namespace: &str) {
    let names = cluster.names_in(Kind::Service, namespace);
    for name in names {
        sync(cluster, &(namespace.to_string(), name), false);
    }
}

/// The three controllers' syncs for one Service (or its Endpoints).
pub(super) fn sync_service(cluster: &mut Cluster, key: &ObjectKey) {
    sync(cluster, key, true);
    super::mirroring::sync(cluster, key);
}

fn sync(cluster: &mut Cluster, key: &ObjectKey, forced: bool) {
    if !cluster.services.contains_key(key) {
        // The endpoints controller deletes the Endpoints of a Service that is gone.
        cluster.endpoints.remove(key);
        cluster.endpoint_syncs.remove(key);
        return;
    }
    let Some(service) = service_view(cluster, key) else {
        return;
    };
    let fingerprint = fingerprint(cluster, &service);
    let unchanged = cluster
        .endpoint_syncs
        .get(key)
        .is_some_and(|state| state.fingerprint == fingerprint);
    if unchanged && !forced {
        return;
    }
    let (members, ready_times) = members(cluster, &service);
    let trigger = trigger_time(cluster, &service, fingerprint, ready_times);
    sync_endpoints(cluster, &service, &members, trigger);
    sync_slices(cluster, &service, &members, trigger);
}

/// The Service is gone: its Endpoints with it, and the garbage collector takes the
/// EndpointSlices it owned.
pub(super) fn service_deleted(cluster: &mut Cluster, key: &ObjectKey, uid: &str) {
    sync_service(cluster, key);
    let owned: Vec<ObjectKey> = cluster
        .endpoint_slices
        .iter()
        .filter(|(_, slice)| {
            slice
                .meta
                .owner_references
                .iter()
                .any(|owner| owner.uid == uid)
        })
        .map(|(key, _)| key.clone())
        .collect();
    for slice in owned {
        cluster.endpoint_slices.remove(&slice);
    }
}

/// Someone deleted an Endpoints or EndpointSlice: its controller puts one back (the
/// endpoints controller at once, the EndpointSlice controller a second later, the API
/// server's reconciler at its next run).
pub(super) fn object_deleted(cluster: &mut Cluster, kind: Kind, removed: &Endpoints) {
    let namespace = removed.meta.namespace.clone().unwrap_or_default();
    if namespace == "default" && removed.meta.name == "kubernetes" {
        cluster.schedule(API_SERVER_RECONCILE, Task::KubernetesServiceSync);
    }
    let managed_by = removed.meta.labels.get(MANAGED_BY).map(String::as_str);
    let key = match (kind, removed.meta.labels.get(SERVICE_NAME)) {
        (Kind::Endpoints, _) => (namespace, removed.meta.name.clone()),
        (_, Some(service)) => (namespace, service.clone()),
        _ => return,
    };
    match managed_by {
        _ if kind == Kind::Endpoints => sync_service(cluster, &key),
        Some(SLICE_CONTROLLER) => cluster.queue_sync(Kind::Endpoints, key, SLICE_CHANGE_DELAY),
        Some(super::mirroring::MIRRORING_CONTROLLER) => super::mirroring::sync(cluster, &key),
        _ => {}
    }
}

/// Stores a controller's Endpoints or EndpointSlice as the API server stores a create or an
/// update: nothing happens when nothing changed; an update keeps the object's identity and
/// (for a slice) moves `generation` when more than metadata changed; a create in a
/// terminating namespace is refused.
pub(super) fn store(cluster: &mut Cluster, mut object: Endpoints) {
    let key = (
        object.meta.namespace.clone().unwrap_or_default(),
        object.meta.name.clone(),
    );
    let existing = match object.kind {
        Kind::Endpoints => cluster.endpoints.get(&key),
        _ => cluster.endpoint_slices.get(&key),
    };
    match existing {
        Some(old) => {
            if old.body == object.body
                && old.meta.labels == object.meta.labels
                && old.meta.annotations == object.meta.annotations
                && old.meta.owner_references == object.meta.owner_references
            {
                return;
            }
            object.meta.uid = old.meta.uid.clone();
            object.meta.creation_timestamp = old.meta.creation_timestamp;
            object.meta.generation = old
                .meta
                .generation
                .map(|generation| generation + i64::from(old.body != object.body));
            object.meta.resource_version = cluster.next_resource_version();
        }
        None => {
            let terminating = cluster
                .namespaces
                .get(&key.0)
                .is_none_or(|namespace| namespace.phase == NamespacePhase::Terminating);
            if terminating {
                return;
            }
            controllers::stamp_namespace_content(cluster, object.kind, &mut object.meta);
            if object.kind == Kind::EndpointSlice {
                object.meta.generation = Some(1);
            }
        }
    }
    match object.kind {
        Kind::Endpoints => cluster.endpoints.insert(key, Box::new(object)),
        _ => cluster.endpoint_slices.insert(key, Box::new(object)),
    };
}

// ----- the endpoints controller ------------------------------------------------------------

/// The addresses of a subset: the pods, and whether each is ready.
type Addresses<'m> = Vec<(&'m Member, bool)>;

/// A pod's `EndpointAddress`.
fn address_value(member: &Member, namespace: &str) -> Value {
    let mut address = Map::new();
    if let Some(hostname) = &member.hostname {
        address.insert("hostname".into(), s(hostname));
    }
    address.insert("ip".into(), s(&member.ip));
    address.insert("nodeName".into(), s(&member.node));
    address.insert("targetRef".into(), target_ref(member, namespace));
    Value::Object(address)
}

/// go-spew's `%#v` of a pod's `v1.EndpointAddress`, as an element of a slice.
fn address_spew(member: &Member, namespace: &str) -> String {
    format!(
            "{{IP:(string){} Hostname:(string){} NodeName:(*string){} TargetRef:(*v1.ObjectReference){{Kind:(string)Pod Namespace:(string){namespace} Name:(string){} UID:(types.UID){} APIVersion:(string) ResourceVersion:(string) FieldPath:(string)}}}}",
            member.ip,
            member.hostname.as_deref().unwrap_or(""),
            member.node,
            member.name,
            member.uid
        )
}

fn target_ref(member: &Member, namespace: &str) -> Value {
    obj([
        ("kind", s("Pod")),
        ("name", s(&member.name)),
        ("namespace", s(namespace)),
        ("uid", s(&member.uid)),
    ])
}

/// go-spew's `%#v` of a `v1.EndpointPort` (`top`: with its type, as hashed on its own).
fn spew_port(port: &Port, top: bool) -> String {
    format!(
        "{}{{Name:(string){} Port:(int32){} Protocol:(v1.Protocol){} AppProtocol:(*string){}}}",
        if top { "(v1.EndpointPort)" } else { "" },
        port.name,
        port.port,
        port.protocol,
        port.app_protocol.as_deref().unwrap_or("<nil>")
    )
}

fn port_value(port: &Port, discovery: bool) -> Value {
    let mut map = Map::new();
    if let Some(app_protocol) = &port.app_protocol {
        map.insert("appProtocol".into(), s(app_protocol));
    }
    if discovery || !port.name.is_empty() {
        map.insert("name".into(), s(&port.name));
    }
    map.insert("port".into(), Value::from(port.port));
    map.insert("protocol".into(), s(&port.protocol));
    Value::Object(map)
}

/// One subset being built: its addresses (with readiness) and ports (`None`: a headless
/// Service without ports).
struct Subset<'m> {
    addresses: Addresses<'m>,
    ports: Option<Vec<Port>>,
}

/// `syncService`'s subsets after `RepackSubsets`: the addresses that offer the same ports
/// share a subset; addresses sorted by IP and uid, ports and subsets by the hash of their
/// go-spew dump.
fn subsets<'m>(service: &ServiceView, members: &'m [Member]) -> Vec<Subset<'m>> {
    // Each port (or the headless "no port" sentinel) with the addresses offering it.
    let mut by_port: Vec<(Option<Port>, Addresses<'m>)> = Vec::new();
    for member in members {
        if member.terminating && !service.publish_not_ready {
            continue;
        }
        let ready = service.publish_not_ready || member.ready;
        let ports: Vec<Option<Port>> = if service.ports.is_empty() {
            if service.headless {
                vec![None]
            } else {
                Vec::new()
            }
        } else {
            member.ports.iter().cloned().map(Some).collect()
        };
        for port in ports {
            let address = (member, ready);
            match by_port.iter_mut().find(|(known, _)| *known == port) {
                Some((_, addresses)) => addresses.push(address),
                None => by_port.push((port, vec![address])),
            }
        }
    }
    let mut subsets: Vec<Subset<'m>> = Vec::new();
    for (port, mut addresses) in by_port {
        crate::sort::sort_by(&mut addresses, |a, b| {
            (&a.0.ip, &a.0.uid).cmp(&(&b.0.ip, &b.0.uid))
        });
        let same = |subset: &Subset<'m>| {
            subset.addresses.len() == addresses.len()
                && subset
                    .addresses
                    .iter()
                    .zip(&addresses)
                    .all(|(a, b)| a.1 == b.1 && a.0.uid == b.0.uid && a.0.ip == b.0.ip)
        };
        let shared = subsets.iter().position(same);
        match (shared, port) {
            (Some(index), Some(port)) => {
                if let Some(Subset {
                    ports: Some(ports), ..
                }) = subsets.get_mut(index)
                {
                    ports.push(port);
                }
            }
            (_, port) => subsets.push(Subset {
                addresses,
                ports: port.map(|port| vec![port]),
            }),
        }
    }
    let namespace = service.namespace.as_str();
    for subset in &mut subsets {
        if let Some(ports) = subset.ports.take() {
            subset.ports = Some(by_hash(ports, |port| spew_port(port, true)));
        }
    }
    let spew_subset = |subset: &Subset<'_>| {
        let list = |ready: bool| {
            let items: Vec<String> = subset
                .addresses
                .iter()
                .filter(|address| address.1 == ready)
                .map(|address| address_spew(address.0, namespace))
                .collect();
            if items.is_empty() {
                "<nil>".to_string()
            } else {
                format!("[{}]", items.join(" "))
            }
        };
        let ports = match &subset.ports {
            Some(ports) => format!(
                "[{}]",
                ports
                    .iter()
                    .map(|port| spew_port(port, false))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            None => "<nil>".to_string(),
        };
        format!(
            "(v1.EndpointSubset){{Addresses:([]v1.EndpointAddress){} NotReadyAddresses:([]v1.EndpointAddress){} Ports:([]v1.EndpointPort){ports}}}",
            list(true),
            list(false)
        )
    };
    by_hash(subsets, spew_subset)
}

/// Items ordered by the MD5 of their go-spew dump, as the controllers' `DeepHashObject` sorts
/// order them.
fn by_hash<T>(items: Vec<T>, spew: impl Fn(&T) -> String) -> Vec<T> {
    if items.len() < 2 {
        return items;
    }
    let mut keyed: Vec<([u8; 16], T)> = items
        .into_iter()
        .map(|item| (md5(spew(&item).as_bytes()), item))
        .collect();
    crate::sort::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, item)| item).collect()
}

fn sync_endpoints(
    cluster: &mut Cluster,
    service: &ServiceView,
    members: &[Member],
    trigger: Option<i64>,
) {
    let namespace = service.namespace.as_str();
    let subsets: Vec<Value> = subsets(service, members)
        .iter()
        .map(|subset| {
            let mut map = Map::new();
            for (field, ready) in [("addresses", true), ("notReadyAddresses", false)] {
                let addresses: Vec<Value> = subset
                    .addresses
                    .iter()
                    .filter(|address| address.1 == ready)
                    .map(|address| address_value(address.0, namespace))
                    .collect();
                if !addresses.is_empty() {
                    map.insert(field.into(), Value::Array(addresses));
                }
            }
            if let Some(ports) = &subset.ports {
                map.insert(
                    "ports".into(),
                    Value::Array(ports.iter().map(|port| port_value(port, false)).collect()),
                );
            }
            Value::Object(map)
        })
        .collect();
    let mut body = Map::new();
    if !subsets.is_empty() {
        body.insert("subsets".into(), Value::Array(subsets));
    }
    let mut labels = service.labels.clone();
    if service.headless {
        labels.insert(HEADLESS.into(), String::new());
    } else {
        labels.remove(HEADLESS);
    }
    labels.insert(ENDPOINTS_MANAGED_BY.into(), "endpoint-controller".into());
    let key = (service.namespace.clone(), service.name.clone());
    let mut meta = match cluster.endpoints.get(&key) {
        Some(current) if current.body == body && current.meta.labels == labels => return,
        Some(current) => current.meta.clone(),
        None => ObjectMeta {
            name: service.name.clone(),
            namespace: Some(service.namespace.clone()),
            ..ObjectMeta::default()
        },
    };
    meta.labels = labels;
    annotate_trigger(&mut meta, trigger);
    store(
        cluster,
        Endpoints {
            kind: Kind::Endpoints,
            meta,
            body,
        },
    );
}

// ----- the EndpointSlice controller ---------------------------------------------------------

/// A slice's endpoints keyed as `hashEndpoint` keys them (address and pod).
fn endpoint_key(endpoint: &Value) -> (String, String) {
    (
        value::array_at(endpoint, &["addresses"])
            .first()
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        value::str_at(endpoint, &["targetRef", "name"])
            .unwrap_or("")
            .to_string(),
    )
}

/// `podToEndpoint`.
fn endpoint_value(member: &Member, service: &ServiceView) -> Value {
    let ready = service.publish_not_ready || (member.ready && !member.terminating);
    let mut map = Map::new();
    map.insert("addresses".into(), Value::Array(vec![s(&member.ip)]));
    map.insert(
        "conditions".into(),
        obj([
            ("ready", Value::Bool(ready)),
            ("serving", Value::Bool(member.ready)),
            ("terminating", Value::Bool(member.terminating)),
        ]),
    );
    if let Some(hostname) = &member.hostname {
        map.insert("hostname".into(), s(hostname));
    }
    if !member.node.is_empty() {
        map.insert("nodeName".into(), s(&member.node));
    }
    map.insert("targetRef".into(), target_ref(member, &service.namespace));
    if let Some(zone) = &member.zone {
        map.insert("zone".into(), s(zone));
    }
    Value::Object(map)
}

fn endpoints_of(slice: &Endpoints) -> &[Value] {
    match slice.body.get("endpoints") {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

fn set_endpoints(slice: &mut Endpoints, endpoints: Vec<Value>) {
    let endpoints = if endpoints.is_empty() {
        Value::Null
    } else {
        Value::Array(endpoints)
    };
    slice.body.insert("endpoints".into(), endpoints);
}

/// `setEndpointSliceLabels`: the Service's labels but the reserved ones, the headless label
/// and the controller's two; and whether the Service's labels differ from the slice's.
fn slice_labels(
    current: &BTreeMap<String, String>,
    service: &ServiceView,
) -> (BTreeMap<String, String>, bool) {
    let reserved = |key: &str| key == SERVICE_NAME || key == MANAGED_BY || key == HEADLESS;
    let own = |labels: &BTreeMap<String, String>| -> BTreeMap<String, String> {
        labels
            .iter()
            .filter(|(key, _)| !reserved(key))
            .map(|(key, label)| (key.clone(), label.clone()))
            .collect_map()
    };
    let mut labels = own(&service.labels);
    let changed = own(current) != labels;
    if service.headless {
        labels.insert(HEADLESS.into(), String::new());
    }
    labels.insert(SERVICE_NAME.into(), service.name.clone());
    labels.insert(MANAGED_BY.into(), SLICE_CONTROLLER.into());
    (labels, changed)
}

/// `newEndpointSlice`: not yet named (the API server names it from `generateName`).
fn new_slice(service: &ServiceView, ports: &Value) -> Endpoints {
    let (labels, _) = slice_labels(&BTreeMap::new(), service);
    let mut body = Map::new();
    body.insert("addressType".into(), s("IPv4"));
    body.insert("endpoints".into(), Value::Null);
    body.insert("ports".into(), ports.clone());
    Endpoints {
        kind: Kind::EndpointSlice,
        meta: ObjectMeta {
            generate_name: Some(format!("{}-", service.name)),
            namespace: Some(service.namespace.clone()),
            labels,
            owner_references: vec![OwnerReference {
                api_version: "v1".into(),
                kind: "Service".into(),
                name: service.name.clone(),
                uid: service.uid.clone(),
                controller: true,
                block_owner_deletion: true,
            }],
            ..ObjectMeta::default()
        },
        body,
    }
}

fn owned_by(slice: &Endpoints, service: &ServiceView) -> bool {
    slice.meta.owner_references.iter().any(|owner| {
        owner.uid == service.uid && owner.kind == "Service" && owner.api_version == "v1"
    })
}

/// The slices' ports for a pod: the ones it offers, ordered by the MD5 of their go-spew dump
/// (`NewPortMapKey` sorts them in place), as JSON (`null` for none).
pub(super) fn slice_ports(ports: &[Port]) -> Value {
    let spew = |port: &Port| {
        format!(
            "(v1.EndpointPort){{Name:(*string){} Protocol:(*v1.Protocol){} Port:(*int32){} AppProtocol:(*string){}}}",
            port.name,
            port.protocol,
            port.port,
            port.app_protocol.as_deref().unwrap_or("<nil>")
        )
    };
    if ports.is_empty() {
        return Value::Null;
    }
    let ports = by_hash(ports.iter().collect(), |port| spew(port));
    Value::Array(
        ports
            .into_iter()
            .map(|port| port_value(port, true))
            .collect(),
    )
}

/// The desired endpoints of one set of ports (`EndpointSet`), in pod order, each taken once:
/// by its key when a slice already has it, else the next one left.
struct Wanted {
    items: Vec<Option<Value>>,
    /// Keys and positions, sorted by key.
    keys: Vec<((String, String), usize)>,
    next: usize,
    left: usize,
}

impl Wanted {
    fn new(items: Vec<Value>) -> Wanted {
        let mut keys: Vec<((String, String), usize)> =
            items.iter().map(endpoint_key).zip(0..).collect();
        crate::sort::sort_by(&mut keys, |a, b| a.0.cmp(&b.0));
        Wanted {
            left: items.len(),
            items: items.into_iter().map(Some).collect(),
            keys,
            next: 0,
        }
    }

    fn claim(&mut self, position: usize) -> Option<Value> {
        let taken = self.items.get_mut(position)?.take()?;
        self.left -= 1;
        Some(taken)
    }

    fn take(&mut self, key: &(String, String)) -> Option<Value> {
        let found = self
            .keys
            .binary_search_by(|(known, _)| known.cmp(key))
            .ok()?;
        let position = self.keys.get(found)?.1;
        self.claim(position)
    }

    /// Adds the next endpoints left to `endpoints`, up to a full slice.
    fn fill(&mut self, endpoints: &mut Vec<Value>) {
        while endpoints.len() < MAX_PER_SLICE && self.next < self.items.len() {
            let position = self.next;
            self.next += 1;
            endpoints.extend(self.claim(position));
        }
    }
}

/// What a sync of the EndpointSlice controller writes.
#[derive(Default)]
struct SlicePlan {
    create: Vec<Endpoints>,
    update: Vec<Endpoints>,
    delete: Vec<Endpoints>,
}

/// The EndpointSlice controller's `Reconcile` for the one address type (IPv4): it reads the
/// slices as they are and copies only those it changes.
fn plan_slices(cluster: &Cluster, service: &ServiceView, members: &[Member]) -> SlicePlan {
    let mut plan = SlicePlan::default();
    // Existing slices of this controller for this Service (not being deleted).
    let mut existing: Vec<&Endpoints> = Vec::new();
    for (_, slice) in cluster
        .endpoint_slices
        .range((service.namespace.clone(), String::new())..)
        .take_while(|((namespace, _), _)| *namespace == service.namespace)
    {
        let managed = slice.meta.labels.get(SERVICE_NAME) == Some(&service.name)
            && slice.meta.labels.get(MANAGED_BY).map(String::as_str) == Some(SLICE_CONTROLLER)
            && slice.meta.deletion_timestamp.is_none();
        if !managed {
            continue;
        }
        if owned_by(slice, service) {
            existing.push(slice);
        } else {
            plan.delete.push((**slice).clone());
        }
    }
    let n_existing = existing.len() + plan.delete.len();
    // The desired endpoints grouped by their ports, in the order pods are listed.
    let mut desired: Vec<(Value, Vec<Value>)> = Vec::new();
    for member in members {
        if !member.node_known && !service.publish_not_ready {
            continue;
        }
        let ports = slice_ports(&member.ports);
        let endpoint = endpoint_value(member, service);
        match desired.iter_mut().find(|(known, _)| *known == ports) {
            Some((_, endpoints)) => endpoints.push(endpoint),
            None => desired.push((ports, vec![endpoint])),
        }
    }
    let null = Value::Null;
    let ports_of = |slice: &Endpoints| slice.body.get("ports").unwrap_or(&null).clone();
    let desired_ports: Vec<Value> = desired.iter().map(|(ports, _)| ports.clone()).collect();
    for (ports, endpoints) in desired {
        let mut wanted = Wanted::new(endpoints);
        let mut unchanged: Vec<&Endpoints> = Vec::new();
        let mut updated: Vec<Endpoints> = Vec::new();
        // 1. Keep the endpoints still wanted, in place, as they are wanted now.
        for slice in existing.iter().filter(|slice| ports_of(slice) == ports) {
            let mut kept = Vec::new();
            let mut changed = false;
            for endpoint in endpoints_of(slice) {
                if let Some(got) = wanted.take(&endpoint_key(endpoint)) {
                    changed |= got != *endpoint;
                    kept.push(got);
                }
            }
            let (labels, labels_changed) = slice_labels(&slice.meta.labels, service);
            let removed = kept.len() != endpoints_of(slice).len();
            if !changed && !removed && !labels_changed {
                unchanged.push(slice);
                continue;
            }
            let mut copy = (**slice).clone();
            if kept.is_empty() && (changed || removed) {
                plan.delete.push(copy);
                continue;
            }
            set_endpoints(&mut copy, kept);
            copy.meta.labels = labels;
            updated.push(copy);
        }
        // 2. Fill the slices being updated, the fullest first.
        if wanted.left > 0 {
            crate::sort::sort_by_key(&mut updated, |slice| {
                std::cmp::Reverse(endpoints_of(slice).len())
            });
            for slice in &mut updated {
                let mut endpoints = endpoints_of(slice).to_vec();
                wanted.fill(&mut endpoints);
                set_endpoints(slice, endpoints);
            }
        }
        // 3. The rest into an unchanged slice they fit in best, or new slices.
        while wanted.left > 0 {
            let mut best: Option<(usize, usize)> = None;
            if wanted.left < MAX_PER_SLICE {
                for (index, slice) in unchanged.iter().enumerate() {
                    let total = wanted.left + endpoints_of(slice).len();
                    if total <= MAX_PER_SLICE
                        && best.is_none_or(|(_, room)| MAX_PER_SLICE - total < room)
                    {
                        best = Some((index, MAX_PER_SLICE - total));
                    }
                }
            }
            let mut slice = match best {
                Some((index, _)) => (*unchanged.remove(index)).clone(),
                None => new_slice(service, &ports),
            };
            let mut endpoints = endpoints_of(&slice).to_vec();
            wanted.fill(&mut endpoints);
            set_endpoints(&mut slice, endpoints);
            if slice.meta.name.is_empty() {
                plan.create.push(slice);
            } else {
                updated.push(slice);
            }
        }
        plan.update.extend(updated);
    }
    // Slices of ports no longer wanted go.
    for slice in existing {
        if !desired_ports.contains(&ports_of(slice)) {
            plan.delete.push(slice.clone());
        }
    }
    // A Service without endpoints keeps one empty placeholder slice.
    if n_existing == plan.delete.len() && plan.create.is_empty() {
        let placeholder = new_slice(service, &Value::Null);
        let same = |slice: &Endpoints| {
            slice.meta.labels == placeholder.meta.labels
                && slice.meta.owner_references == placeholder.meta.owner_references
                && endpoints_of(slice).is_empty()
                && slice.body.get("ports").is_none_or(|ports| {
                    ports.is_null() || ports.as_array().is_some_and(Vec::is_empty)
                })
        };
        if plan.delete.len() == 1 && plan.delete.iter().all(same) {
            plan.delete.clear();
        } else {
            plan.create.push(placeholder);
        }
    }
    // `finalize`: a slice to create takes the place of one to delete.
    let mut index = 0;
    while index < plan.delete.len() && !plan.create.is_empty() {
        let owned = plan
            .delete
            .get(index)
            .is_some_and(|slice| owned_by(slice, service));
        match (owned, plan.create.pop()) {
            (true, Some(mut slice)) => {
                let replaced = plan.delete.remove(index);
                slice.meta.name = replaced.meta.name;
                plan.update.push(slice);
            }
            (_, slice) => {
                plan.create.extend(slice);
                index += 1;
            }
        }
    }
    plan
}

fn sync_slices(
    cluster: &mut Cluster,
    service: &ServiceView,
    members: &[Member],
    trigger: Option<i64>,
) {
    let plan = plan_slices(cluster, service, members);
    for mut slice in plan.create {
        annotate_trigger(&mut slice.meta, trigger);
        slice.meta.name = slice_name(cluster, &service.namespace, &service.name, &service.uid);
        store(cluster, slice);
    }
    for mut slice in plan.update {
        annotate_trigger(&mut slice.meta, trigger);
        store(cluster, slice);
    }
    for slice in plan.delete {
        let key = (service.namespace.clone(), slice.meta.name);
        cluster.endpoint_slices.remove(&key);
    }
}

/// A free `generateName` name for a new slice: `base` (the Service's or Endpoints' name) and five
/// characters of the API server's alphabet, derived from the owner's uid and the next resource
/// version.
pub(super) fn slice_name(cluster: &Cluster, namespace: &str, base: &str, uid: &str) -> String {
    let mut attempt = cluster.resource_version();
    loop {
        let seed = crate::rng::fnv1a_parts(&[uid, &attempt.to_string()]);
        let name = format!("{base}-{}", crate::rng::SimRng::new(seed).name_suffix(5));
        if !cluster
            .endpoint_slices
            .contains_key(&(namespace.to_string(), name.clone()))
        {
            return name;
        }
        attempt += 1;
    }
}

// ----- the API server's endpoint reconciler ------------------------------------------------

/// The lease reconciler's `doReconcile` for `default/kubernetes`: an Endpoints with the API
/// server's advertise address (kind's control-plane node) and `https` port, not mirrored,
/// and the EndpointSlice the `EndpointsAdapter` makes from it, both named `kubernetes`.
pub(super) fn reconcile_api_server(cluster: &mut Cluster) {
    const ENDPOINTS: &str = r#"{"metadata": {"labels": {"endpointslice.kubernetes.io/skip-mirror": "true"}},
        "subsets": [{"addresses": [{"ip": "172.18.0.2"}], "ports": [{"name": "https", "port": 6443, "protocol": "TCP"}]}]}"#;
    const SLICE: &str = r#"{"metadata": {"labels": {"kubernetes.io/service-name": "kubernetes"}},
        "addressType": "IPv4", "endpoints": [{"addresses": ["172.18.0.2"], "conditions": {"ready": true}}],
        "ports": [{"name": "https", "port": 6443, "protocol": "TCP"}]}"#;
    if !cluster.namespaces.contains_key("default") {
        return;
    }
    for (kind, text) in [(Kind::Endpoints, ENDPOINTS), (Kind::EndpointSlice, SLICE)] {
        let Ok(Value::Object(mut body)) = crate::kubectl::manifest::go_json::parse(text) else {
            continue;
        };
        let labels = body.remove("metadata").unwrap_or(Value::Null);
        let meta = ObjectMeta {
            name: "kubernetes".into(),
            namespace: Some("default".into()),
            labels: value::string_map_at(&labels, &["labels"]),
            ..ObjectMeta::default()
        };
        store(cluster, Endpoints { kind, meta, body });
    }
}

// ----- MD5 ---------------------------------------------------------------------------------

const MD5_SHIFTS: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

const MD5_CONSTANTS: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// The MD5 digest of `data` (RFC 1321): the hash behind the controllers' `DeepHashObject`
/// orders.
fn md5(data: &[u8]) -> [u8; 16] {
    let mut state: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_le_bytes());
    for block in message.as_chunks::<64>().0 {
        let mut words = [0u32; 16];
        for (word, bytes) in words.iter_mut().zip(block.as_chunks::<4>().0) {
            *word = u32::from_le_bytes(*bytes);
        }
        let [mut a, mut b, mut c, mut d] = state;
        for (round, constant) in MD5_CONSTANTS.iter().enumerate() {
            let (mixed, word) = match round / 16 {
                0 => ((b & c) | (!b & d), round),
                1 => ((d & b) | (!d & c), (5 * round + 1) % 16),
                2 => (b ^ c ^ d, (3 * round + 5) % 16),
                _ => (c ^ (b | !d), (7 * round) % 16),
            };
            let shift = MD5_SHIFTS[(round / 16) * 4 + round % 4];
            let sum = mixed
                .wrapping_add(a)
                .wrapping_add(*constant)
                .wrapping_add(words[word]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(sum.rotate_left(shift));
        }
        for (slot, value) in state.iter_mut().zip([a, b, c, d]) {
            *slot = slot.wrapping_add(value);
        }
    }
    let mut digest = [0u8; 16];
    for (bytes, word) in digest.as_chunks_mut::<4>().0.iter_mut().zip(state) {
        *bytes = word.to_le_bytes();
    }
    digest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(digest: [u8; 16]) -> String {
        digest.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    #[test]
    fn md5_known_digests() {
        for (input, digest) in [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a",
            ),
        ] {
            assert_eq!(hex(md5(input.as_bytes())), digest, "{input}");
        }
    }

    fn port(name: &str, number: i64, protocol: &str) -> Port {
        Port {
            name: name.into(),
            port: number,
            protocol: protocol.into(),
            app_protocol: None,
        }
    }

    /// kube-dns's ports as a real cluster orders them: `dns-tcp, dns, metrics` in its
    /// Endpoints, `9153,53,53` (metrics, dns, dns-tcp) in its EndpointSlice.
    #[test]
    fn ports_in_upstream_hash_order() {
        let ports = vec![
            port("dns", 53, "UDP"),
            port("dns-tcp", 53, "TCP"),
            port("metrics", 9153, "TCP"),
        ];
        let sorted = by_hash(ports.iter().collect(), |port| spew_port(port, true));
        let names: Vec<&str> = sorted.iter().map(|port| port.name.as_str()).collect();
        assert_eq!(names, ["dns-tcp", "dns", "metrics"]);
        let member = Member {
            name: String::new(),
            uid: String::new(),
            ip: String::new(),
            node: String::new(),
            hostname: None,
            zone: None,
            node_known: true,
            ready: true,
            terminating: false,
            ports,
        };
        let ports = slice_ports(&member.ports);
        let names: Vec<&str> = value::array_at(&ports, &[])
            .iter()
            .filter_map(|port| value::str_at(port, &["name"]))
            .collect();
        assert_eq!(names, ["metrics", "dns", "dns-tcp"]);
    }
}
