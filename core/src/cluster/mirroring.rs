//! The EndpointSlice mirroring controller (`pkg/controller/endpointslicemirroring`): the
//! Endpoints a user writes for a Service without a selector (an "external service") get
//! EndpointSlices, which is what kube-proxy and `kubectl describe svc` read.
//!
//! For each Endpoints named like a selector-less Service, not labelled
//! `endpointslice.kubernetes.io/skip-mirror: "true"` and not a leader-election lock, the
//! controller writes one slice per address type and set of ports, named `<name>-<suffix>`,
//! owned by the Endpoints and labelled with the Service's name and
//! `endpointslicemirroring-controller.k8s.io`. Its endpoints carry only the `ready` condition;
//! the Endpoints' labels and annotations are copied (but the trigger time and kubectl's
//! last-applied configuration). A slice whose ports or address type are no longer wanted is
//! reused for a new set or deleted; everything goes when the Endpoints, the Service or the
//! reason to mirror goes. As upstream, the subsets are repacked first (`RepackSubsets`), an
//! address's not-ready state wins over ready, and at most 1000 addresses of a subset are
//! mirrored. Not modelled: the `InvalidIPAddress` and `TooManyAddressesToMirror` events.

use super::endpoints::{self, Port, MANAGED_BY, SERVICE_NAME, TRIGGER_TIME};
use super::{Cluster, ObjectKey};
use crate::api::value::{self, obj, s};
use crate::api::{Endpoints, Kind, ObjectMeta, OwnerReference};
use serde_json::{Map, Value};
use std::net::IpAddr;

/// `endpointslicemirroring`'s `controllerName`.
pub(super) const MIRRORING_CONTROLLER: &str = "endpointslicemirroring-controller.k8s.io";
/// `discovery.LabelSkipMirror`.
const SKIP_MIRROR: &str = "endpointslice.kubernetes.io/skip-mirror";
/// `resourcelock.LeaderElectionRecordAnnotationKey`.
const LEADER_ELECTION: &str = "control-plane.alpha.kubernetes.io/leader";
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// `--mirroring-max-endpoints-per-subset`'s default.
const MAX_PER_SUBSET: usize = 1000;

/// One slice the controller wants: an address type, the ports (in `NewPortMapKey`'s order, as
/// JSON) and the endpoints.
struct Wanted {
    address_type: &'static str,
    ports: Value,
    endpoints: Vec<Value>,
}

/// `syncEndpoints` for the Endpoints (and Service) `key`.
pub(super) fn sync(cluster: &mut Cluster, key: &ObjectKey) {
    let wanted = wanted(cluster, key);
    let mut existing: Vec<Endpoints> = cluster
        .endpoint_slices
        .values()
        .filter(|slice| {
            slice.meta.namespace.as_deref() == Some(key.0.as_str())
                && slice.meta.labels.get(SERVICE_NAME) == Some(&key.1)
                && slice.meta.labels.get(MANAGED_BY).map(String::as_str)
                    == Some(MIRRORING_CONTROLLER)
        })
        .map(|slice| (**slice).clone())
        .collect();
    let Some(source) = cluster.endpoints.get(key).map(|source| (**source).clone()) else {
        return delete(cluster, key, existing);
    };
    // `reconcileByPortMapping`: the first existing slice of the same ports is updated, a new
    // set of ports gets a new slice; `recycleSlices` reuses a slice no longer wanted instead.
    let mut updates = Vec::new();
    let mut creates = Vec::new();
    for want in wanted {
        let same = existing.iter().position(|slice| {
            slice.body.get("addressType").and_then(Value::as_str) == Some(want.address_type)
                && slice.body.get("ports") == Some(&want.ports)
        });
        match same {
            Some(index) => updates.push((existing.remove(index), want)),
            None => creates.push(want),
        }
    }
    let mut unused = Vec::new();
    for slice in existing {
        let at = creates.iter().position(|want| {
            slice.body.get("addressType").and_then(Value::as_str) == Some(want.address_type)
        });
        match at {
            Some(at) => updates.push((slice, creates.remove(at))),
            None => unused.push(slice),
        }
    }
    for (slice, want) in updates {
        endpoints::store(cluster, mirrored(&source, slice.meta, want));
    }
    for want in creates {
        let meta = ObjectMeta {
            name: endpoints::slice_name(cluster, &key.0, &key.1, &source.meta.uid),
            generate_name: Some(format!("{}-", key.1)),
            namespace: Some(key.0.clone()),
            ..ObjectMeta::default()
        };
        endpoints::store(cluster, mirrored(&source, meta, want));
    }
    delete(cluster, key, unused);
}

fn delete(cluster: &mut Cluster, key: &ObjectKey, slices: Vec<Endpoints>) {
    for slice in slices {
        cluster
            .endpoint_slices
            .remove(&(key.0.clone(), slice.meta.name));
    }
}

/// `newEndpointSlice`: the slice `want` describes, with `meta`'s identity, the Endpoints'
/// labels and annotations, and the Endpoints as its owner.
fn mirrored(source: &Endpoints, mut meta: ObjectMeta, want: Wanted) -> Endpoints {
    meta.labels = source.meta.labels.clone();
    meta.labels
        .insert(SERVICE_NAME.into(), source.meta.name.clone());
    meta.labels
        .insert(MANAGED_BY.into(), MIRRORING_CONTROLLER.into());
    meta.annotations = source.meta.annotations.clone();
    meta.annotations.remove(TRIGGER_TIME);
    meta.annotations.remove(LAST_APPLIED);
    meta.owner_references = vec![OwnerReference {
        api_version: "v1".into(),
        kind: "Endpoints".into(),
        name: source.meta.name.clone(),
        uid: source.meta.uid.clone(),
        controller: true,
        block_owner_deletion: true,
    }];
    let mut body = Map::new();
    body.insert("addressType".into(), s(want.address_type));
    body.insert("endpoints".into(), Value::Array(want.endpoints));
    body.insert("ports".into(), want.ports);
    Endpoints {
        kind: Kind::EndpointSlice,
        meta,
        body,
    }
}

/// The slices the Endpoints `key` should have: none when there is nothing to mirror.
fn wanted(cluster: &Cluster, key: &ObjectKey) -> Vec<Wanted> {
    let Some(source) = cluster.endpoints.get(key) else {
        return Vec::new();
    };
    let mirror = source.meta.labels.get(SKIP_MIRROR).map(String::as_str) != Some("true")
        && !source.meta.annotations.contains_key(LEADER_ELECTION);
    let selector_less = cluster
        .services
        .get(key)
        .is_some_and(|service| value::string_map_at(&service.spec, &["selector"]).is_empty());
    if !mirror || !selector_less {
        return Vec::new();
    }
    let mut wanted: Vec<Wanted> = Vec::new();
    for subset in repack(&Value::Object(source.body.clone())) {
        let ports = endpoints::slice_ports(&subset.ports);
        let mut added = 0;
        for (address, ready) in subset.addresses {
            if added == MAX_PER_SUBSET {
                break;
            }
            let ip = value::str_at(&address, &["ip"]).unwrap_or("");
            // An address that is not an IP is skipped (upstream records an event).
            let Some(parsed) = crate::validation::parse_ip_sloppy(ip) else {
                continue;
            };
            added += 1;
            let (address_type, canonical) = match parsed {
                IpAddr::V4(v4) => ("IPv4", v4.to_string()),
                IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                    Some(v4) => ("IPv4", v4.to_string()),
                    None => ("IPv6", v6.to_string()),
                },
            };
            let mut endpoint = Map::new();
            endpoint.insert("addresses".into(), Value::Array(vec![s(&canonical)]));
            endpoint.insert("conditions".into(), obj([("ready", Value::Bool(ready))]));
            for field in ["hostname", "nodeName", "targetRef"] {
                if let Some(item) = address.get(field) {
                    endpoint.insert(field.into(), item.clone());
                }
            }
            let endpoint = Value::Object(endpoint);
            let group = wanted
                .iter()
                .position(|want| want.address_type == address_type && want.ports == ports);
            let group = match group {
                Some(group) => group,
                None => {
                    wanted.push(Wanted {
                        address_type,
                        ports: ports.clone(),
                        endpoints: Vec::new(),
                    });
                    wanted.len() - 1
                }
            };
            if let Some(want) = wanted.get_mut(group) {
                if !want.endpoints.contains(&endpoint) {
                    want.endpoints.push(endpoint);
                }
            }
        }
    }
    wanted
}

/// A repacked subset: its addresses with their readiness (ready ones first, each list by IP)
/// and its ports.
struct Repacked {
    addresses: Vec<(Value, bool)>,
    ports: Vec<Port>,
}

/// The addresses offering a port: their indexes and whether each is ready.
type States = Vec<(usize, bool)>;

/// `RepackSubsets`: every address (told apart by IP and target uid) with the ports it offers
/// in any subset, not ready on a port if any subset says so; addresses offering the same ports
/// in the same states share a subset.
fn repack(body: &Value) -> Vec<Repacked> {
    let address_key = |address: &Value| {
        (
            value::str_at(address, &["ip"]).unwrap_or("").to_string(),
            value::str_at(address, &["targetRef", "uid"])
                .unwrap_or("")
                .to_string(),
        )
    };
    let mut addresses: Vec<((String, String), Value)> = Vec::new();
    // Each port (`None`: a subset without ports) with its addresses' indexes and readiness.
    let mut by_port: Vec<(Option<Port>, States)> = Vec::new();
    for subset in value::array_at(body, &["subsets"]) {
        let ports: Vec<Option<Port>> = match value::array_at(subset, &["ports"]) {
            [] => vec![None],
            ports => ports.iter().map(|port| Some(port_of(port))).collect(),
        };
        for port in ports {
            for (field, ready) in [("addresses", true), ("notReadyAddresses", false)] {
                for address in value::array_at(subset, &[field]) {
                    let key = address_key(address);
                    let index = match addresses.iter().position(|(known, _)| *known == key) {
                        Some(index) => index,
                        None => {
                            addresses.push((key, address.clone()));
                            addresses.len() - 1
                        }
                    };
                    let at = match by_port.iter().position(|(known, _)| *known == port) {
                        Some(at) => at,
                        None => {
                            by_port.push((port.clone(), Vec::new()));
                            by_port.len() - 1
                        }
                    };
                    if let Some((_, states)) = by_port.get_mut(at) {
                        match states.iter_mut().find(|(known, _)| *known == index) {
                            Some(state) => state.1 = state.1 && ready,
                            None => states.push((index, ready)),
                        }
                    }
                }
            }
        }
    }
    let mut groups: Vec<(States, Vec<Port>)> = Vec::new();
    for (port, mut states) in by_port {
        crate::sort::sort_by(&mut states, |a, b| a.0.cmp(&b.0));
        let at = match groups.iter().position(|(known, _)| *known == states) {
            Some(at) => at,
            None => {
                groups.push((states, Vec::new()));
                groups.len() - 1
            }
        };
        if let (Some(port), Some((_, ports))) = (port, groups.get_mut(at)) {
            ports.push(port);
        }
    }
    groups
        .into_iter()
        .map(|(states, ports)| {
            let mut listed: Vec<(Value, bool)> = states
                .iter()
                .filter_map(|(index, ready)| {
                    addresses
                        .get(*index)
                        .map(|(_, address)| (address.clone(), *ready))
                })
                .collect();
            crate::sort::sort_by(&mut listed, |a, b| {
                (!a.1, address_key(&a.0)).cmp(&(!b.1, address_key(&b.0)))
            });
            Repacked {
                addresses: listed,
                ports,
            }
        })
        .collect()
}

/// A `v1.EndpointPort` as stored (the protocol defaulted).
fn port_of(port: &Value) -> Port {
    Port {
        name: value::str_at(port, &["name"]).unwrap_or("").to_string(),
        port: value::i64_at(port, &["port"]).unwrap_or(0),
        protocol: value::str_at(port, &["protocol"])
            .unwrap_or("TCP")
            .to_string(),
        app_protocol: value::str_at(port, &["appProtocol"]).map(str::to_string),
    }
}
