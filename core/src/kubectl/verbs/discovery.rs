//! The API server's discovery documents in their unaggregated form, as `kubectl get --raw` and
//! `curl` through `kubectl proxy` read them: `/api` (`APIVersions`), `/apis` (`APIGroupList`,
//! the aggregator's order), `/apis/GROUP` (`APIGroup`), and the `APIResourceList` of
//! `/api/v1` and `/apis/GROUP/VERSION` with the served kinds and their subresources (sorted
//! by name, as go-restful lists its routes). A group version whose kinds the playground does
//! not store is not served: listing no resources would mislead.

use crate::api::kind::{KindInfo, KIND_TABLE};
use serde_json::{json, Value};

/// The control plane's advertised address (kind's `kubeplay-control-plane` node).
const SERVER_ADDRESS: &str = "172.18.0.2:6443";

/// The groups of `/apis` in the aggregator's order: its own group first, then by group
/// priority (highest first, ties by APIService name), each with its enabled versions in
/// version priority order (the first is preferred). `kubectl api-versions` lists the same.
pub(crate) const GROUPS: &[(&str, &[&str])] = &[
    ("apiregistration.k8s.io", &["v1"]),
    ("apps", &["v1"]),
    ("events.k8s.io", &["v1"]),
    ("authentication.k8s.io", &["v1"]),
    ("authorization.k8s.io", &["v1"]),
    ("autoscaling", &["v2", "v1"]),
    ("batch", &["v1"]),
    ("certificates.k8s.io", &["v1"]),
    ("networking.k8s.io", &["v1"]),
    ("policy", &["v1"]),
    ("rbac.authorization.k8s.io", &["v1"]),
    ("storage.k8s.io", &["v1"]),
    ("admissionregistration.k8s.io", &["v1"]),
    ("apiextensions.k8s.io", &["v1"]),
    ("scheduling.k8s.io", &["v1"]),
    ("coordination.k8s.io", &["v1"]),
    ("node.k8s.io", &["v1"]),
    ("discovery.k8s.io", &["v1"]),
    ("resource.k8s.io", &["v1"]),
    ("flowcontrol.apiserver.k8s.io", &["v1"]),
];

/// A subresource of a served kind as discovery lists it.
struct Subresource {
    /// `pods/log`.
    name: &'static str,
    /// The kind it reads or writes, with its group and version when they differ from the
    /// parent's (`pods/eviction` is a `policy/v1` `Eviction`).
    kind: &'static str,
    group_version: Option<(&'static str, &'static str)>,
    verbs: &'static [&'static str],
}

const GET_PATCH_UPDATE: &[&str] = &["get", "patch", "update"];
const PROXY_VERBS: &[&str] = &["create", "delete", "get", "patch", "update"];
const CREATE_GET: &[&str] = &["create", "get"];

/// The subresources of the served kinds (kube-apiserver 1.37's REST storage).
const SUBRESOURCES: &[Subresource] = &[
    sub("daemonsets/status", "DaemonSet", None, GET_PATCH_UPDATE),
    sub(
        "deployments/scale",
        "Scale",
        Some(("autoscaling", "v1")),
        GET_PATCH_UPDATE,
    ),
    sub("deployments/status", "Deployment", None, GET_PATCH_UPDATE),
    sub("jobs/status", "Job", None, GET_PATCH_UPDATE),
    sub("namespaces/finalize", "Namespace", None, &["update"]),
    sub("namespaces/status", "Namespace", None, GET_PATCH_UPDATE),
    sub("nodes/proxy", "NodeProxyOptions", None, PROXY_VERBS),
    sub("nodes/status", "Node", None, GET_PATCH_UPDATE),
    sub("pods/attach", "PodAttachOptions", None, CREATE_GET),
    sub("pods/binding", "Binding", None, &["create"]),
    sub("pods/ephemeralcontainers", "Pod", None, GET_PATCH_UPDATE),
    sub(
        "pods/eviction",
        "Eviction",
        Some(("policy", "v1")),
        &["create"],
    ),
    sub("pods/exec", "PodExecOptions", None, CREATE_GET),
    sub("pods/log", "Pod", None, &["get"]),
    sub(
        "pods/portforward",
        "PodPortForwardOptions",
        None,
        CREATE_GET,
    ),
    sub("pods/proxy", "PodProxyOptions", None, PROXY_VERBS),
    sub("pods/resize", "Pod", None, GET_PATCH_UPDATE),
    sub("pods/status", "Pod", None, GET_PATCH_UPDATE),
    sub(
        "replicasets/scale",
        "Scale",
        Some(("autoscaling", "v1")),
        GET_PATCH_UPDATE,
    ),
    sub("replicasets/status", "ReplicaSet", None, GET_PATCH_UPDATE),
    sub(
        "replicationcontrollers/scale",
        "Scale",
        Some(("autoscaling", "v1")),
        GET_PATCH_UPDATE,
    ),
    sub(
        "replicationcontrollers/status",
        "ReplicationController",
        None,
        GET_PATCH_UPDATE,
    ),
    sub(
        "serviceaccounts/token",
        "TokenRequest",
        Some(("authentication.k8s.io", "v1")),
        &["create"],
    ),
    sub("services/proxy", "ServiceProxyOptions", None, PROXY_VERBS),
    sub("services/status", "Service", None, GET_PATCH_UPDATE),
];

const fn sub(
    name: &'static str,
    kind: &'static str,
    group_version: Option<(&'static str, &'static str)>,
    verbs: &'static [&'static str],
) -> Subresource {
    Subresource {
        name,
        kind,
        group_version,
        verbs,
    }
}

/// What a discovery path answers.
pub(super) enum Discovery {
    Document(Value),
    /// A group version the playground stores no kinds of.
    NotServed,
    /// No such group or version.
    NotFound,
}

/// The document at `segments` (the path split at `/`), or `None` for a path that is not a
/// discovery path.
pub(super) fn document(segments: &[&str]) -> Option<Discovery> {
    let found = match segments {
        ["api"] => Discovery::Document(json!({
            "kind": "APIVersions",
            "versions": ["v1"],
            "serverAddressByClientCIDRs": [server_address()],
        })),
        ["api", "v1"] => resource_list("", "v1"),
        ["api", _] => Discovery::NotFound,
        ["apis"] => Discovery::Document(json!({
            "kind": "APIGroupList",
            "apiVersion": "v1",
            "groups": GROUPS.iter().map(|(name, versions)| group(name, versions)).collect::<Vec<_>>(),
        })),
        ["apis", name] => match GROUPS.iter().find(|(group, _)| group == name) {
            Some((name, versions)) => {
                let mut document = group(name, versions);
                if let Value::Object(map) = &mut document {
                    map.insert("kind".into(), "APIGroup".into());
                    map.insert("apiVersion".into(), "v1".into());
                }
                Discovery::Document(document)
            }
            None => Discovery::NotFound,
        },
        ["apis", name, version] => {
            if GROUPS
                .iter()
                .any(|(group, versions)| group == name && versions.contains(version))
            {
                resource_list(name, version)
            } else {
                Discovery::NotFound
            }
        }
        _ => return None,
    };
    Some(found)
}

fn server_address() -> Value {
    json!({"clientCIDR": "0.0.0.0/0", "serverAddress": SERVER_ADDRESS})
}

/// A group as `/apis` lists it.
fn group(name: &str, versions: &[&str]) -> Value {
    let version =
        |version: &str| json!({"groupVersion": format!("{name}/{version}"), "version": version});
    json!({
        "name": name,
        "versions": versions.iter().map(|v| version(v)).collect::<Vec<_>>(),
        "preferredVersion": version(versions.first().copied().unwrap_or("v1")),
    })
}

/// The `APIResourceList` of a group version: the served kinds and their subresources.
fn resource_list(group: &str, version: &str) -> Discovery {
    let kinds: Vec<&KindInfo> = KIND_TABLE
        .iter()
        .filter(|info| info.group == group && version == "v1")
        .collect();
    if kinds.is_empty() {
        return Discovery::NotServed;
    }
    let mut resources: Vec<(&str, Value)> = Vec::new();
    for info in kinds {
        let (verbs, hash) = super::info::discovery_details(info.kind);
        let mut resource = serde_json::Map::new();
        resource.insert("name".into(), info.resource().into());
        resource.insert(
            "singularName".into(),
            info.singular.split('.').next().unwrap_or("").into(),
        );
        resource.insert("namespaced".into(), info.namespaced.into());
        resource.insert("kind".into(), info.name.into());
        resource.insert("verbs".into(), verbs.to_vec().into());
        if !info.short_names.is_empty() {
            resource.insert("shortNames".into(), info.short_names.to_vec().into());
        }
        if info.in_category_all {
            resource.insert("categories".into(), vec!["all"].into());
        }
        resource.insert("storageVersionHash".into(), hash.into());
        resources.push((info.resource(), Value::Object(resource)));
        let prefix = format!("{}/", info.resource());
        for subresource in SUBRESOURCES.iter().filter(|s| s.name.starts_with(&prefix)) {
            let mut entry = serde_json::Map::new();
            entry.insert("name".into(), subresource.name.into());
            entry.insert("singularName".into(), "".into());
            entry.insert("namespaced".into(), info.namespaced.into());
            if let Some((group, version)) = subresource.group_version {
                entry.insert("group".into(), group.into());
                entry.insert("version".into(), version.into());
            }
            entry.insert("kind".into(), subresource.kind.into());
            entry.insert("verbs".into(), subresource.verbs.to_vec().into());
            resources.push((subresource.name, Value::Object(entry)));
        }
    }
    crate::sort::sort_by(&mut resources, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let group_version = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    let mut list = serde_json::Map::new();
    list.insert("kind".into(), "APIResourceList".into());
    // The core group's list is written without its `apiVersion`.
    if !group.is_empty() {
        list.insert("apiVersion".into(), "v1".into());
    }
    list.insert("groupVersion".into(), group_version.into());
    list.insert(
        "resources".into(),
        resources
            .into_iter()
            .map(|(_, value)| value)
            .collect::<Vec<_>>()
            .into(),
    );
    Discovery::Document(Value::Object(list))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `kubectl api-versions` and `/apis` list the same group versions.
    #[test]
    fn groups_are_the_served_group_versions() {
        let mut listed: Vec<String> = GROUPS
            .iter()
            .flat_map(|(group, versions)| versions.iter().map(move |v| format!("apis/{group}/{v}")))
            .collect();
        listed.push("api/v1".to_string());
        listed.sort();
        let mut served: Vec<String> = crate::schema::explain::SERVED_GROUP_VERSIONS
            .iter()
            .map(|path| path.to_string())
            .collect();
        served.sort();
        assert_eq!(listed, served);
    }

    #[test]
    fn every_subresource_belongs_to_a_served_kind() {
        for subresource in SUBRESOURCES {
            let parent = subresource.name.split('/').next().unwrap_or("");
            assert!(
                KIND_TABLE.iter().any(|info| info.resource() == parent),
                "{}",
                subresource.name
            );
        }
    }
}
