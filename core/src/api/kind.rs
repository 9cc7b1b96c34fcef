//! The kinds the simulated API server serves, with their REST resource names.
//!
//! One table (`KIND_TABLE`) holds every name a kind answers to; `kubectl` resolves resource
//! arguments (`pods`, `po`, `pod`, `Pod`) through it, and the printers take plural and
//! lower-case singular names from it.

use std::fmt;

/// An API kind served by the simulator: the core group's (`v1`), the `apps` group's
/// (`apps/v1`), the `batch` group's (`batch/v1`), the `scheduling.k8s.io` group's and the
/// `discovery.k8s.io` group's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Pod,
    Namespace,
    Node,
    ReplicationController,
    Service,
    Event,
    ConfigMap,
    ServiceAccount,
    Secret,
    DaemonSet,
    Deployment,
    ReplicaSet,
    Job,
    Endpoints,
    EndpointSlice,
    PriorityClass,
}

/// Names and scope of one kind.
#[derive(Debug, Clone, Copy)]
pub struct KindInfo {
    pub kind: Kind,
    /// `Pod`: the Kind as written in manifests.
    pub name: &'static str,
    /// `pods`, `deployments.apps`: the REST resource, qualified by its group (as errors and
    /// `kubectl get all` name it).
    pub plural: &'static str,
    /// `pod`, `deployment.apps`: used by `kubectl` in `pod/x` and `pod "x" deleted`.
    pub singular: &'static str,
    /// `""` (core) or `apps`.
    pub group: &'static str,
    /// `po`: kubectl short names.
    pub short_names: &'static [&'static str],
    pub namespaced: bool,
    /// Member of the `all` category (`kubectl get all`).
    pub in_category_all: bool,
}

/// Every kind, in the order discovery lists them (the core group's resources, then the `apps`,
/// `batch`, `scheduling.k8s.io` and `discovery.k8s.io` groups', each alphabetical).
pub const KIND_TABLE: &[KindInfo] = &[
    KindInfo {
        kind: Kind::ConfigMap,
        name: "ConfigMap",
        plural: "configmaps",
        singular: "configmap",
        group: "",
        short_names: &["cm"],
        namespaced: true,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Endpoints,
        name: "Endpoints",
        plural: "endpoints",
        singular: "endpoints",
        group: "",
        short_names: &["ep"],
        namespaced: true,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Event,
        name: "Event",
        plural: "events",
        singular: "event",
        group: "",
        short_names: &["ev"],
        namespaced: true,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Namespace,
        name: "Namespace",
        plural: "namespaces",
        singular: "namespace",
        group: "",
        short_names: &["ns"],
        namespaced: false,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Node,
        name: "Node",
        plural: "nodes",
        singular: "node",
        group: "",
        short_names: &["no"],
        namespaced: false,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Pod,
        name: "Pod",
        plural: "pods",
        singular: "pod",
        group: "",
        short_names: &["po"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::ReplicationController,
        name: "ReplicationController",
        plural: "replicationcontrollers",
        singular: "replicationcontroller",
        group: "",
        short_names: &["rc"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::Secret,
        name: "Secret",
        plural: "secrets",
        singular: "secret",
        group: "",
        short_names: &[],
        namespaced: true,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::ServiceAccount,
        name: "ServiceAccount",
        plural: "serviceaccounts",
        singular: "serviceaccount",
        group: "",
        short_names: &["sa"],
        namespaced: true,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::Service,
        name: "Service",
        plural: "services",
        singular: "service",
        group: "",
        short_names: &["svc"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::DaemonSet,
        name: "DaemonSet",
        plural: "daemonsets.apps",
        singular: "daemonset.apps",
        group: "apps",
        short_names: &["ds"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::Deployment,
        name: "Deployment",
        plural: "deployments.apps",
        singular: "deployment.apps",
        group: "apps",
        short_names: &["deploy"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::ReplicaSet,
        name: "ReplicaSet",
        plural: "replicasets.apps",
        singular: "replicaset.apps",
        group: "apps",
        short_names: &["rs"],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::Job,
        name: "Job",
        plural: "jobs.batch",
        singular: "job.batch",
        group: "batch",
        short_names: &[],
        namespaced: true,
        in_category_all: true,
    },
    KindInfo {
        kind: Kind::PriorityClass,
        name: "PriorityClass",
        plural: "priorityclasses.scheduling.k8s.io",
        singular: "priorityclass.scheduling.k8s.io",
        group: "scheduling.k8s.io",
        short_names: &["pc"],
        namespaced: false,
        in_category_all: false,
    },
    KindInfo {
        kind: Kind::EndpointSlice,
        name: "EndpointSlice",
        plural: "endpointslices.discovery.k8s.io",
        singular: "endpointslice.discovery.k8s.io",
        group: "discovery.k8s.io",
        short_names: &[],
        namespaced: true,
        in_category_all: false,
    },
];

impl KindInfo {
    /// `deployments`: the resource without its group (`kubectl api-resources`).
    pub fn resource(&self) -> &'static str {
        self.plural.split('.').next().unwrap_or(self.plural)
    }
}

impl Kind {
    pub fn info(self) -> &'static KindInfo {
        KIND_TABLE
            .iter()
            .find(|info| info.kind == self)
            .unwrap_or(&KIND_TABLE[0])
    }

    pub fn plural(self) -> &'static str {
        self.info().plural
    }

    pub fn singular(self) -> &'static str {
        self.info().singular
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn namespaced(self) -> bool {
        self.info().namespaced
    }

    /// `schema.GroupKind.String()`: `Pod`, `DaemonSet.apps`.
    pub fn group_kind(self) -> String {
        match self.info().group {
            "" => self.name().to_string(),
            group => format!("{}.{group}", self.name()),
        }
    }

    /// `GroupVersionResource.String()`: `/v1, Resource=pods`, `apps/v1, Resource=deployments`.
    pub fn group_version_resource(self) -> String {
        format!(
            "{}/v1, Resource={}",
            self.info().group,
            self.info().resource()
        )
    }

    /// `v1`, `apps/v1`, `batch/v1`, `scheduling.k8s.io/v1` or `discovery.k8s.io/v1`.
    pub fn api_version(self) -> &'static str {
        match self.info().group {
            "" => "v1",
            "apps" => "apps/v1",
            "batch" => "batch/v1",
            "scheduling.k8s.io" => "scheduling.k8s.io/v1",
            _ => "discovery.k8s.io/v1",
        }
    }

    /// The kind named by a manifest's `kind` field (exact, case-sensitive, as the API server).
    pub fn from_manifest_kind(kind: &str) -> Option<Kind> {
        KIND_TABLE
            .iter()
            .find(|info| info.name == kind)
            .map(|info| info.kind)
    }

    /// Resolves a kubectl resource argument: plural, singular, short name or Kind, any case,
    /// bare or qualified by its group (`deployments.apps`) or its version and group
    /// (`deployments.v1.apps`).
    pub fn from_resource_arg(arg: &str) -> Option<Kind> {
        let lower = arg.to_ascii_lowercase();
        let (name, group) = match lower.split_once('.') {
            Some((name, rest)) => (name, Some(rest.strip_prefix("v1.").unwrap_or(rest))),
            None => (lower.as_str(), None),
        };
        KIND_TABLE
            .iter()
            .find(|info| {
                group.is_none_or(|group| group == info.group)
                    && (info.resource() == name
                        || info.singular.split('.').next() == Some(name)
                        || info.short_names.contains(&name)
                        || info.name.to_ascii_lowercase() == name)
            })
            .map(|info| info.kind)
    }

    /// Kinds in the `all` category, in discovery order (pods, replicationcontrollers, services).
    pub fn category_all() -> impl Iterator<Item = Kind> {
        KIND_TABLE
            .iter()
            .filter(|info| info.in_category_all)
            .map(|info| info.kind)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_resource_arguments() {
        for (arg, want) in [
            ("pods", Some(Kind::Pod)),
            ("pod", Some(Kind::Pod)),
            ("po", Some(Kind::Pod)),
            ("Pod", Some(Kind::Pod)),
            ("PODS", Some(Kind::Pod)),
            ("ns", Some(Kind::Namespace)),
            ("namespace", Some(Kind::Namespace)),
            ("no", Some(Kind::Node)),
            ("rc", Some(Kind::ReplicationController)),
            ("replicationcontroller", Some(Kind::ReplicationController)),
            ("svc", Some(Kind::Service)),
            ("ev", Some(Kind::Event)),
            ("cm", Some(Kind::ConfigMap)),
            ("ConfigMap", Some(Kind::ConfigMap)),
            ("sa", Some(Kind::ServiceAccount)),
            ("secret", Some(Kind::Secret)),
            ("serviceaccounts", Some(Kind::ServiceAccount)),
            ("deploy", Some(Kind::Deployment)),
            ("deployments.apps", Some(Kind::Deployment)),
            ("deployment.v1.apps", Some(Kind::Deployment)),
            ("Deployment.apps", Some(Kind::Deployment)),
            ("rs", Some(Kind::ReplicaSet)),
            ("ds", Some(Kind::DaemonSet)),
            ("daemonset.apps", Some(Kind::DaemonSet)),
            ("replicasets", Some(Kind::ReplicaSet)),
            ("ep", Some(Kind::Endpoints)),
            ("endpoints", Some(Kind::Endpoints)),
            ("Endpoints", Some(Kind::Endpoints)),
            ("endpointslices", Some(Kind::EndpointSlice)),
            ("endpointslice.discovery.k8s.io", Some(Kind::EndpointSlice)),
            (
                "endpointslices.v1.discovery.k8s.io",
                Some(Kind::EndpointSlice),
            ),
            ("pc", Some(Kind::PriorityClass)),
            (
                "priorityclasses.scheduling.k8s.io",
                Some(Kind::PriorityClass),
            ),
            ("endpointslices.apps", None),
            ("pods.apps", None),
            ("deployments.batch", None),
            ("deploys", None),
            ("", None),
        ] {
            assert_eq!(Kind::from_resource_arg(arg), want, "{arg}");
        }
    }

    #[test]
    fn category_all_is_in_discovery_order() {
        let kinds: Vec<Kind> = Kind::category_all().collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Pod,
                Kind::ReplicationController,
                Kind::Service,
                Kind::DaemonSet,
                Kind::Deployment,
                Kind::ReplicaSet,
                Kind::Job
            ]
        );
    }
}
