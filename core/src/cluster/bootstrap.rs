//! The cluster a learner starts with, built through the same API calls as everything else.
//!
//! A kind-like cluster: a tainted control-plane node running the control-plane pods, and three
//! workers with different hardware (one with an SSD, one with two GPUs and an SSD, one with a
//! spinning disk). Nothing is labelled `gpu=true`. In `default` the ReplicationController
//! `kubia` from chapter 2 has been running its pod for some hours.

use super::{apps, controllers, daemon_sets, Cluster, Task};
use crate::api::value::{self, obj, s};
use crate::api::{ConfigMap, DaemonSet, Hardware, Kind, Node, ObjectMeta, ServiceAccount, Taint};
use crate::clock::{SimDuration, SimTime};
use serde_json::{json, Map, Value};

/// One node of a cluster shape.
#[derive(Debug, Clone)]
pub struct NodeShape {
    pub name: String,
    pub control_plane: bool,
    pub hardware: Hardware,
    /// Extra labels (benchmarks use them for nodeSelectors).
    pub labels: Vec<(String, String)>,
}

/// What cluster to build.
#[derive(Debug, Clone)]
pub struct ClusterShape {
    /// "Now" once bootstrap is done.
    pub start: SimTime,
    /// How long before `start` the cluster was created.
    pub age: SimDuration,
    pub nodes: Vec<NodeShape>,
    /// Create chapter 2's `kubia` ReplicationController and the control-plane pods.
    pub chapter_state: bool,
}

const GIB_KIB: i64 = 1024 * 1024;

impl Default for ClusterShape {
    fn default() -> ClusterShape {
        let worker = |name: &str, cpu: i64, memory_gib: i64, gpus: i64, ssd: bool| NodeShape {
            name: name.to_string(),
            control_plane: false,
            hardware: Hardware {
                cpu_cores: cpu,
                memory_kib: memory_gib * GIB_KIB - 12_000,
                gpus,
                gpu_product: (gpus > 0).then(|| "Tesla-T4".to_string()),
                ssd,
                disk_kib: if ssd { 102_625_208 } else { 490_617_784 },
            },
            labels: Vec::new(),
        };
        let mut control_plane = worker("kubeplay-control-plane", 4, 8, 0, true);
        control_plane.control_plane = true;
        ClusterShape {
            start: SimTime::PLAYGROUND_START,
            age: SimDuration::from_secs(12 * 86_400 + 3 * 3600 + 17 * 60),
            nodes: vec![
                control_plane,
                worker("kubeplay-worker", 4, 16, 0, true),
                worker("kubeplay-worker2", 8, 32, 2, true),
                worker("kubeplay-worker3", 4, 16, 0, false),
            ],
            chapter_state: true,
        }
    }
}

impl ClusterShape {
    /// An empty-ish cluster of `n` identical workers (benchmarks): no system pods.
    pub fn workers(n: usize) -> ClusterShape {
        ClusterShape {
            start: SimTime::PLAYGROUND_START,
            age: SimDuration::from_secs(86_400),
            nodes: (0..n)
                .map(|index| NodeShape {
                    name: format!("node-{index:04}"),
                    control_plane: false,
                    hardware: Hardware {
                        cpu_cores: 64,
                        memory_kib: 256 * GIB_KIB,
                        gpus: 0,
                        gpu_product: None,
                        ssd: index % 2 == 0,
                        disk_kib: 102_625_208,
                    },
                    labels: vec![("zone".to_string(), format!("zone-{}", index % 10))],
                })
                .collect(),
            chapter_state: false,
        }
    }
}

/// Fills a fresh cluster, then runs the clock to `shape.start`.
pub(super) fn populate(cluster: &mut Cluster, shape: &ClusterShape) {
    super::priority::bootstrap(cluster);
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
        let _ = cluster.create(&namespace(name), "default");
    }
    if shape.chapter_state {
        cluster.advance(SimDuration::from_millis(300));
        let _ = cluster.create(&local_path_namespace(), "default");
    }
    if shape.chapter_state {
        system_namespace_content(cluster);
    }
    cluster.schedule(SimDuration::from_millis(500), Task::KubernetesServiceSync);
    cluster.advance(SimDuration::from_secs(2));
    for (index, node_shape) in shape.nodes.iter().enumerate() {
        let node = build_node(cluster, node_shape, index);
        cluster.nodes.insert(node.meta.name.clone(), Box::new(node));
        cluster.advance(SimDuration::from_millis(if shape.chapter_state {
            9_000
        } else {
            1
        }));
    }
    if shape.chapter_state {
        create_system_pods(cluster, shape);
        // Chapter 2 ran `kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1`.
        let rc_created = shape
            .start
            .minus(SimDuration::from_secs(9 * 3600 + 17 * 60 + 23));
        cluster.advance_to(rc_created);
        let _ = cluster.create(&kubia_replication_controller(), "default");
    }
    cluster.advance_to(shape.start);
}

/// The ServiceAccounts and ConfigMaps of the control plane and add-ons of a kind cluster
/// (each namespace's `default` and `kube-root-ca.crt` come with the namespace).
fn system_namespace_content(cluster: &mut Cluster) {
    let ca = super::root_ca_pem();
    let day = cluster.now().rfc3339();
    let fill = |text: &str| {
        text.replace(
            "{ca.crt.base64}",
            &crate::share::base64_standard(ca.as_bytes()),
        )
        .replace("{ca.crt}", &ca)
        .replace(
            "{front-proxy-ca.crt}",
            &super::labelled_pem_block("front-proxy-ca", "CERTIFICATE", 790),
        )
        .replace("{date}", day.get(..10).unwrap_or(""))
    };
    for (namespace, name) in SYSTEM_SERVICE_ACCOUNTS {
        let mut meta = ObjectMeta {
            name: name.to_string(),
            namespace: Some(namespace.to_string()),
            ..ObjectMeta::default()
        };
        controllers::stamp_namespace_content(cluster, Kind::ServiceAccount, &mut meta);
        cluster.service_accounts.insert(
            (namespace.to_string(), name.to_string()),
            Box::new(ServiceAccount::from_manifest(meta, &Value::Null)),
        );
    }
    for (namespace, name, data) in SYSTEM_CONFIG_MAPS {
        let mut meta = ObjectMeta {
            name: name.to_string(),
            namespace: Some(namespace.to_string()),
            ..ObjectMeta::default()
        };
        controllers::stamp_namespace_content(cluster, Kind::ConfigMap, &mut meta);
        let mut config_map = ConfigMap::from_manifest(meta, &Value::Null);
        config_map.data = data
            .iter()
            .map(|(key, value)| (key.to_string(), fill(value)))
            .collect();
        cluster.config_maps.insert(
            (namespace.to_string(), name.to_string()),
            Box::new(config_map),
        );
    }
}

/// Parses one of the JSON texts below (compact data instead of `json!` code, for wasm size).
fn parsed(text: &str) -> Value {
    crate::kubectl::manifest::go_json::parse(text).unwrap_or(Value::Null)
}

/// Sets the value at a JSON pointer that exists in a template.
fn set(object: &mut Value, pointer: &str, value: Value) {
    if let Some(slot) = object.pointer_mut(pointer) {
        *slot = value;
    }
}

fn namespace(name: &str) -> Value {
    let mut namespace =
        parsed(r#"{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ""}}"#);
    set(&mut namespace, "/metadata/name", s(name));
    namespace
}

fn local_path_namespace() -> Value {
    namespace("local-path-storage")
}

const KUBIA_REPLICATION_CONTROLLER: &str = r#"{
    "apiVersion": "v1",
    "kind": "ReplicationController",
    "metadata": {"name": "kubia", "labels": {"run": "kubia"}},
    "spec": {
        "replicas": 1,
        "selector": {"run": "kubia"},
        "template": {
            "metadata": {"labels": {"run": "kubia"}},
            "spec": {"containers": [{
                "image": "luksa/kubia",
                "name": "kubia",
                "ports": [{"containerPort": 8080, "protocol": "TCP"}]
            }]}
        }
    }
}"#;

fn kubia_replication_controller() -> Value {
    parsed(KUBIA_REPLICATION_CONTROLLER)
}

/// A control-plane static pod; name, labels, owner, node, container name and image are set.
const STATIC_POD: &str = r#"{
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {
        "name": "",
        "namespace": "kube-system",
        "labels": {"component": "", "tier": "control-plane"},
        "annotations": {"kubernetes.io/config.source": "file"},
        "ownerReferences": [{"apiVersion": "v1", "controller": true, "kind": "Node", "name": "", "uid": ""}]
    },
    "spec": {
        "nodeName": "",
        "hostNetwork": true,
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "priorityClassName": "system-node-critical",
        "priority": 2000001000,
        "containers": [{"name": "", "image": "", "imagePullPolicy": "IfNotPresent", "resources": {}}],
        "tolerations": [{"effect": "NoExecute", "operator": "Exists"}]
    }
}"#;

/// A CoreDNS pod of the `coredns-7d764666f9` ReplicaSet; the node is set.
const COREDNS_POD: &str = r#"{
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {
        "generateName": "coredns-7d764666f9-",
        "namespace": "kube-system",
        "labels": {"k8s-app": "kube-dns", "pod-template-hash": "7d764666f9"},
        "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "ReplicaSet", "name": "coredns-7d764666f9", "uid": ""}]
    },
    "spec": {
        "nodeName": "",
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "priorityClassName": "system-cluster-critical",
        "priority": 2000000000,
        "serviceAccountName": "coredns",
        "containers": [{
            "name": "coredns", "image": "registry.k8s.io/coredns/coredns:v1.12.3",
            "imagePullPolicy": "IfNotPresent",
            "args": ["-conf", "/etc/coredns/Corefile"],
            "ports": [
                {"containerPort": 53, "name": "dns", "protocol": "UDP"},
                {"containerPort": 53, "name": "dns-tcp", "protocol": "TCP"},
                {"containerPort": 9153, "name": "metrics", "protocol": "TCP"}
            ],
            "resources": {"limits": {"memory": "170Mi"}, "requests": {"cpu": "100m", "memory": "70Mi"}},
            "volumeMounts": [{"mountPath": "/etc/coredns", "name": "config-volume", "readOnly": true}],
            "livenessProbe": {
                "httpGet": {"path": "/health", "port": 8080, "scheme": "HTTP"},
                "initialDelaySeconds": 60, "timeoutSeconds": 5, "successThreshold": 1, "failureThreshold": 5
            },
            "readinessProbe": {"httpGet": {"path": "/ready", "port": 8181, "scheme": "HTTP"}},
            "securityContext": {
                "allowPrivilegeEscalation": false,
                "capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]},
                "readOnlyRootFilesystem": true
            }
        }],
        "dnsPolicy": "Default",
        "volumes": [{"name": "config-volume", "configMap": {"name": "coredns", "items": [{"key": "Corefile", "path": "Corefile"}]}}],
        "tolerations": [
            {"key": "CriticalAddonsOnly", "operator": "Exists"},
            {"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}
        ]
    }
}"#;

/// kubeadm's CoreDNS Service.
const KUBE_DNS_SERVICE: &str = r#"{
    "apiVersion": "v1", "kind": "Service",
    "metadata": {
        "name": "kube-dns",
        "namespace": "kube-system",
        "labels": {"k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS"},
        "annotations": {"prometheus.io/port": "9153", "prometheus.io/scrape": "true"}
    },
    "spec": {
        "clusterIP": "10.96.0.10",
        "clusterIPs": ["10.96.0.10"],
        "ports": [
            {"name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53},
            {"name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53},
            {"name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153}
        ],
        "selector": {"k8s-app": "kube-dns"}
    }
}"#;

/// kind's local-path-provisioner (the `standard` StorageClass), on the control plane.
const LOCAL_PATH_PROVISIONER_POD: &str = r#"{
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {
        "generateName": "local-path-provisioner-7dc846544d-",
        "namespace": "local-path-storage",
        "labels": {"app": "local-path-provisioner", "pod-template-hash": "7dc846544d"},
        "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "ReplicaSet", "name": "local-path-provisioner-7dc846544d", "uid": ""}]
    },
    "spec": {
        "nodeName": "",
        "serviceAccountName": "local-path-provisioner-service-account",
        "containers": [{
            "name": "local-path-provisioner",
            "image": "docker.io/kindest/local-path-provisioner:v20260820-69b56db7",
            "imagePullPolicy": "IfNotPresent",
            "command": ["local-path-provisioner", "--debug", "start", "--helper-image", "docker.io/kindest/local-path-helper:v20260131-7181c60a", "--config", "/etc/config/config.json"],
            "env": [
                {"name": "POD_NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
                {"name": "CONFIG_MOUNT_PATH", "value": "/etc/config/"}
            ]
        }],
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "tolerations": [
            {"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane", "operator": "Equal"},
            {"effect": "NoSchedule", "key": "node-role.kubernetes.io/master", "operator": "Equal"}
        ]
    }
}"#;

/// The pod template of kind's DaemonSets; labels, container name and image are set.
const DAEMON_POD: &str = r#"{
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {
        "generateName": "",
        "namespace": "kube-system",
        "labels": {},
        "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "DaemonSet", "name": "", "uid": ""}]
    },
    "spec": {
        "nodeName": "",
        "hostNetwork": true,
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "priorityClassName": "system-node-critical",
        "priority": 2000001000,
        "containers": [{"name": "", "image": "", "imagePullPolicy": "IfNotPresent", "resources": {}}],
        "tolerations": [{"operator": "Exists"}]
    }
}"#;

/// kubeadm's kube-proxy container and pod fields beyond `DAEMON_POD`'s.
const KUBE_PROXY_EXTRAS: &str = r#"{
    "container": {
        "command": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
        "env": [{"name": "NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}],
        "securityContext": {"privileged": true},
        "volumeMounts": [
            {"mountPath": "/var/lib/kube-proxy", "name": "kube-proxy"},
            {"mountPath": "/run/xtables.lock", "name": "xtables-lock"},
            {"mountPath": "/lib/modules", "name": "lib-modules", "readOnly": true}
        ]
    },
    "pod": {
        "volumes": [
            {"name": "kube-proxy", "configMap": {"name": "kube-proxy"}},
            {"name": "xtables-lock", "hostPath": {"path": "/run/xtables.lock", "type": "FileOrCreate"}},
            {"name": "lib-modules", "hostPath": {"path": "/lib/modules"}}
        ]
    }
}"#;

/// kind's kindnet container and pod fields beyond `DAEMON_POD`'s.
const KINDNET_EXTRAS: &str = r#"{
    "container": {
        "env": [
            {"name": "HOST_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.hostIP"}}},
            {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
            {"name": "POD_SUBNET", "value": "10.244.0.0/16"}
        ],
        "securityContext": {"privileged": false, "capabilities": {"add": ["NET_RAW", "NET_ADMIN"]}},
        "volumeMounts": [
            {"mountPath": "/etc/cni/net.d", "name": "cni-cfg"},
            {"mountPath": "/run/xtables.lock", "name": "xtables-lock", "readOnly": false},
            {"mountPath": "/lib/modules", "name": "lib-modules", "readOnly": true},
            {"mountPath": "/var/run/nri", "name": "nri-plugin"}
        ]
    },
    "pod": {
        "volumes": [
            {"name": "cni-cfg", "hostPath": {"path": "/etc/cni/net.d"}},
            {"name": "xtables-lock", "hostPath": {"path": "/run/xtables.lock", "type": "FileOrCreate"}},
            {"name": "lib-modules", "hostPath": {"path": "/lib/modules"}},
            {"name": "nri-plugin", "hostPath": {"path": "/var/run/nri"}}
        ]
    }
}"#;

/// The control-plane's static pods and the per-node daemons, created with `nodeName` set.
fn create_system_pods(cluster: &mut Cluster, shape: &ClusterShape) {
    let Some(control_plane) = shape.nodes.iter().find(|node| node.control_plane) else {
        return;
    };
    let cp = control_plane.name.as_str();
    // kubeadm's static pod manifests request CPU (and etcd memory), with no limits.
    for (component, image, requests) in [
        (
            "etcd",
            "registry.k8s.io/etcd:3.6.5-0",
            r#"{"cpu": "100m", "memory": "100Mi"}"#,
        ),
        (
            "kube-apiserver",
            "registry.k8s.io/kube-apiserver:v1.37.0",
            r#"{"cpu": "250m"}"#,
        ),
        (
            "kube-controller-manager",
            "registry.k8s.io/kube-controller-manager:v1.37.0",
            r#"{"cpu": "200m"}"#,
        ),
        (
            "kube-scheduler",
            "registry.k8s.io/kube-scheduler:v1.37.0",
            r#"{"cpu": "100m"}"#,
        ),
    ] {
        let mut manifest = parsed(STATIC_POD);
        set(
            &mut manifest,
            "/metadata/name",
            s(format!("{component}-{cp}")),
        );
        set(&mut manifest, "/metadata/labels/component", s(component));
        // The kubelet's mirror-pod annotations (the manifest's hash, when it read it), and the
        // endpoints kubeadm notes on etcd and the API server.
        let hash = format!(
            "{:016x}{:016x}",
            crate::rng::fnv1a_parts(&[component, "manifest"]),
            crate::rng::fnv1a_parts(&[component, "hash"])
        );
        let ip = cluster
            .nodes
            .get(cp)
            .map(|node| node.internal_ip.clone())
            .unwrap_or_default();
        if let Some(Value::Object(annotations)) = manifest.pointer_mut("/metadata/annotations") {
            annotations.insert("kubernetes.io/config.hash".into(), s(&hash));
            annotations.insert("kubernetes.io/config.mirror".into(), s(&hash));
            annotations.insert(
                "kubernetes.io/config.seen".into(),
                s(cluster.now().rfc3339_nano_fixed()),
            );
            match component {
                "etcd" => {
                    annotations.insert(
                        "kubeadm.kubernetes.io/etcd.advertise-client-urls".into(),
                        s(format!("https://{ip}:2379")),
                    );
                }
                "kube-apiserver" => {
                    annotations.insert(
                        "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint".into(),
                        s(format!("{ip}:6443")),
                    );
                }
                _ => {}
            }
        }
        set(&mut manifest, "/metadata/ownerReferences/0/name", s(cp));
        set(&mut manifest, "/spec/nodeName", s(cp));
        set(&mut manifest, "/spec/containers/0/name", s(component));
        set(&mut manifest, "/spec/containers/0/image", s(image));
        set(
            &mut manifest,
            "/spec/containers/0/resources",
            obj([("requests", parsed(requests))]),
        );
        let _ = cluster.create(&manifest, "kube-system");
        cluster.advance(SimDuration::from_millis(1_200));
    }
    let _ = cluster.create(&parsed(KUBE_DNS_SERVICE), "kube-system");
    // kubeadm's CoreDNS Deployment lets one pod go at a time.
    let coredns_strategy = json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}});
    let coredns = parsed(COREDNS_POD);
    let set_uid = deployment_with_replica_set(cluster, &coredns, 2, coredns_strategy);
    for _ in 0..2 {
        let mut manifest = coredns.clone();
        set(&mut manifest, "/spec/nodeName", s(cp));
        set(
            &mut manifest,
            "/metadata/ownerReferences/0/uid",
            s(&set_uid),
        );
        let _ = cluster.create(&manifest, "kube-system");
    }
    let mut provisioner = parsed(LOCAL_PATH_PROVISIONER_POD);
    let set_uid = deployment_with_replica_set(cluster, &provisioner, 1, json!({}));
    set(&mut provisioner, "/spec/nodeName", s(cp));
    set(
        &mut provisioner,
        "/metadata/ownerReferences/0/uid",
        s(&set_uid),
    );
    let _ = cluster.create(&provisioner, "local-path-storage");
    // kind's kindnet DaemonSet requests 100m CPU and 50Mi, without limits (kind since
    // v0.30); kube-proxy asks for nothing.
    let daemons: Vec<DaemonSet> = [
        (
            "kube-proxy",
            "kube-proxy",
            "registry.k8s.io/kube-proxy:v1.37.0",
            json!({"k8s-app": "kube-proxy"}),
            json!({"k8s-app": "kube-proxy"}),
            "{}",
            KUBE_PROXY_EXTRAS,
        ),
        (
            "kindnet",
            "kindnet-cni",
            "docker.io/kindest/kindnetd:v20260820-69b56db7",
            json!({"app": "kindnet", "k8s-app": "kindnet", "tier": "node"}),
            json!({"app": "kindnet"}),
            r#"{"requests": {"cpu": "100m", "memory": "50Mi"}}"#,
            KINDNET_EXTRAS,
        ),
    ]
    .into_iter()
    .filter_map(
        |(daemon, container, image, labels, selector, resources, extras)| {
            let mut template = parsed(DAEMON_POD);
            set(&mut template, "/metadata", json!({"labels": labels}));
            if let Some(Value::Object(spec)) = template.get_mut("spec") {
                spec.remove("nodeName");
                spec.remove("priority");
                spec.insert("serviceAccountName".into(), s(daemon));
            }
            set(&mut template, "/spec/containers/0/name", s(container));
            set(&mut template, "/spec/containers/0/image", s(image));
            set(
                &mut template,
                "/spec/containers/0/resources",
                parsed(resources),
            );
            // The container's command, environment, mounts and security context, and the pod's
            // volumes, as kubeadm's and kind's manifests give them.
            let extras = parsed(extras);
            for (target, source) in [("/spec/containers/0", "container"), ("/spec", "pod")] {
                if let (Some(Value::Object(into)), Some(Value::Object(from))) =
                    (template.pointer_mut(target), extras.get(source))
                {
                    for (key, val) in from {
                        into.insert(key.clone(), val.clone());
                    }
                }
            }
            if let Value::Object(map) = &mut template {
                map.remove("apiVersion");
                map.remove("kind");
            }
            let manifest = json!({
                "apiVersion": "apps/v1", "kind": "DaemonSet",
                "metadata": {"name": daemon, "namespace": "kube-system", "labels": labels},
                "spec": {"selector": {"matchLabels": selector}, "template": template}
            });
            let mut meta = ObjectMeta::from_manifest(&manifest);
            controllers::stamp_namespace_content(cluster, Kind::DaemonSet, &mut meta);
            let mut daemon_set = daemon_sets::new_daemon_set(meta, &manifest).ok()?;
            daemon_sets::record_revision(&mut daemon_set);
            Some(daemon_set)
        },
    )
    .collect();
    for node in &shape.nodes {
        for daemon_set in &daemons {
            let mut manifest = daemon_sets::daemon_pod(daemon_set, &node.name);
            if let Some(Value::Object(spec)) = manifest.get_mut("spec") {
                spec.insert("nodeName".into(), s(&node.name));
            }
            let _ = cluster.create(&manifest, "kube-system");
        }
        cluster.advance(SimDuration::from_millis(700));
    }
    // Stored once their pods are all there, so that the controller has nothing to add.
    for daemon_set in daemons {
        let key = ("kube-system".to_string(), daemon_set.meta.name.clone());
        cluster
            .daemon_sets
            .insert(key.clone(), Box::new(daemon_set));
        cluster.queue_sync(Kind::DaemonSet, key, SimDuration::from_millis(5));
    }
}

/// An add-on's Deployment and its ReplicaSet, as kubeadm and kind leave them, made from the
/// manifest of one of its pods (labels with `pod-template-hash`, owner naming the
/// ReplicaSet). Their uids are derived, not drawn, so the cluster's other names stay as
/// they were. Returns the ReplicaSet's uid, for its pods' owner references.
fn deployment_with_replica_set(
    cluster: &mut Cluster,
    pod: &Value,
    replicas: i64,
    strategy: Value,
) -> String {
    let namespace = value::str_at(pod, &["metadata", "namespace"]).unwrap_or_default();
    let set_name = value::array_at(pod, &["metadata", "ownerReferences"])
        .first()
        .and_then(|owner| value::str_at(owner, &["name"]))
        .unwrap_or_default()
        .to_string();
    let mut labels = value::string_map_at(pod, &["metadata", "labels"]);
    let hash = labels.remove(apps::POD_TEMPLATE_HASH).unwrap_or_default();
    let name = set_name
        .strip_suffix(&format!("-{hash}"))
        .unwrap_or(&set_name)
        .to_string();
    let mut pod_spec = value::at(pod, &["spec"]).cloned().unwrap_or(Value::Null);
    if let Value::Object(spec) = &mut pod_spec {
        spec.remove("nodeName");
    }
    let deployment_manifest = json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "namespace": namespace, "labels": value::string_map(&labels)},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": value::string_map(&labels)},
            "strategy": strategy,
            "template": {"metadata": {"labels": value::string_map(&labels)}, "spec": pod_spec}
        }
    });
    let mut meta = ObjectMeta::from_manifest(&deployment_manifest);
    controllers::stamp_namespace_content(cluster, Kind::Deployment, &mut meta);
    let Ok(mut deployment) = apps::new_deployment(meta, &deployment_manifest) else {
        return String::new();
    };
    deployment
        .meta
        .annotations
        .insert(apps::REVISION.into(), "1".into());
    deployment.observed_generation = 1;
    let (surge, _) = apps::surge_and_unavailable(&deployment);
    let mut template = value::at(&deployment.spec, &["template"])
        .cloned()
        .unwrap_or(Value::Null);
    set(&mut template, "/metadata/labels", {
        let mut with_hash = labels.clone();
        with_hash.insert(apps::POD_TEMPLATE_HASH.into(), hash.clone());
        value::string_map(&with_hash)
    });
    let mut selector_labels = labels.clone();
    selector_labels.insert(apps::POD_TEMPLATE_HASH.into(), hash.clone());
    let set_manifest = json!({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {
            "name": set_name, "namespace": namespace,
            "labels": value::string_map(&selector_labels),
            "annotations": {
                "deployment.kubernetes.io/desired-replicas": replicas.to_string(),
                "deployment.kubernetes.io/max-replicas": (replicas + surge).to_string(),
                "deployment.kubernetes.io/revision": "1"
            },
            "ownerReferences": [{
                "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true,
                "kind": "Deployment", "name": name, "uid": deployment.meta.uid
            }]
        },
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": value::string_map(&selector_labels)},
            "template": template
        }
    });
    let mut meta = ObjectMeta::from_manifest(&set_manifest);
    controllers::stamp_namespace_content(cluster, Kind::ReplicaSet, &mut meta);
    let Ok(replica_set) =
        controllers::new_replication_controller(Kind::ReplicaSet, meta, &set_manifest)
    else {
        return String::new();
    };
    let uid = replica_set.meta.uid.clone();
    let key = (namespace.to_string(), name);
    cluster.deployments.insert(key, Box::new(deployment));
    cluster
        .replica_sets
        .insert((namespace.to_string(), set_name), Box::new(replica_set));
    uid
}

/// Builds a node object for a shape entry.
fn build_node(cluster: &mut Cluster, shape: &NodeShape, index: usize) -> Node {
    let name = shape.name.clone();
    let hardware = &shape.hardware;
    let mut labels = std::collections::BTreeMap::new();
    for (key, val) in [
        ("beta.kubernetes.io/arch", "amd64"),
        ("beta.kubernetes.io/os", "linux"),
        ("kubernetes.io/arch", "amd64"),
        ("kubernetes.io/os", "linux"),
    ] {
        labels.insert(key.to_string(), val.to_string());
    }
    labels.insert("kubernetes.io/hostname".into(), name.clone());
    if shape.control_plane {
        labels.insert(
            "node-role.kubernetes.io/control-plane".into(),
            String::new(),
        );
        labels.insert(
            "node.kubernetes.io/exclude-from-external-load-balancers".into(),
            String::new(),
        );
    }
    if hardware.ssd {
        labels.insert(
            "feature.node.kubernetes.io/storage-nonrotationaldisk".into(),
            "true".into(),
        );
    }
    if hardware.gpus > 0 {
        for (key, val) in [
            (
                "nvidia.com/cuda.driver-version.full",
                "570.172.08".to_string(),
            ),
            ("nvidia.com/cuda.runtime-version.full", "12.8".to_string()),
            ("nvidia.com/gpu.count", hardware.gpus.to_string()),
            ("nvidia.com/gpu.family", "turing".to_string()),
            ("nvidia.com/gpu.memory", "15360".to_string()),
            ("nvidia.com/gpu.present", "true".to_string()),
            (
                "nvidia.com/gpu.product",
                hardware.gpu_product.clone().unwrap_or_default(),
            ),
        ] {
            labels.insert(key.to_string(), val);
        }
    }
    for (key, val) in &shape.labels {
        labels.insert(key.clone(), val.clone());
    }
    let mut annotations = std::collections::BTreeMap::new();
    annotations.insert(
        "kubeadm.alpha.kubernetes.io/cri-socket".to_string(),
        "unix:///run/containerd/containerd.sock".to_string(),
    );
    annotations.insert("node.alpha.kubernetes.io/ttl".into(), "0".into());
    annotations.insert(
        "volumes.kubernetes.io/controller-managed-attach-detach".into(),
        "true".into(),
    );
    let now = cluster.now();
    let meta = ObjectMeta {
        name: name.clone(),
        uid: cluster.rng().uuid(),
        resource_version: cluster.next_resource_version(),
        creation_timestamp: now,
        labels,
        annotations,
        ..ObjectMeta::default()
    };
    let internal_ip = format!("172.18.0.{}", index + 2);
    let pod_cidr = format!("10.244.{index}.0/24");
    let taints = if shape.control_plane {
        vec![Taint {
            key: "node-role.kubernetes.io/control-plane".into(),
            value: String::new(),
            effect: "NoSchedule".into(),
            time_added: None,
        }]
    } else {
        Vec::new()
    };
    let spec = obj([
        ("podCIDR", s(&pod_cidr)),
        ("podCIDRs", Value::Array(vec![s(&pod_cidr)])),
        ("providerID", s(format!("kind://docker/kubeplay/{name}"))),
    ]);
    let mut capacity = Map::new();
    capacity.insert("cpu".into(), s(hardware.cpu_cores.to_string()));
    capacity.insert(
        "ephemeral-storage".into(),
        s(format!("{}Ki", hardware.disk_kib)),
    );
    capacity.insert("hugepages-1Gi".into(), s("0"));
    capacity.insert("hugepages-2Mi".into(), s("0"));
    capacity.insert("memory".into(), s(format!("{}Ki", hardware.memory_kib)));
    if hardware.gpus > 0 {
        capacity.insert("nvidia.com/gpu".into(), s(hardware.gpus.to_string()));
    }
    capacity.insert("pods".into(), s("110"));
    let time = s(now.rfc3339());
    let condition = |kind: &str, status: &str, reason: &str, message: &str| {
        obj([
            ("lastHeartbeatTime", time.clone()),
            ("lastTransitionTime", time.clone()),
            ("message", s(message)),
            ("reason", s(reason)),
            ("status", s(status)),
            ("type", s(kind)),
        ])
    };
    let boot_id = cluster.rng().uuid();
    let machine_id = cluster.rng().hex(32);
    let system_uuid = cluster.rng().uuid();
    let status = obj([
        (
            "addresses",
            json!([{"address": internal_ip, "type": "InternalIP"}, {"address": name, "type": "Hostname"}]),
        ),
        ("allocatable", Value::Object(capacity.clone())),
        ("capacity", Value::Object(capacity)),
        (
            "conditions",
            Value::Array(vec![
                condition(
                    "MemoryPressure",
                    "False",
                    "KubeletHasSufficientMemory",
                    "kubelet has sufficient memory available",
                ),
                condition(
                    "DiskPressure",
                    "False",
                    "KubeletHasNoDiskPressure",
                    "kubelet has no disk pressure",
                ),
                condition(
                    "PIDPressure",
                    "False",
                    "KubeletHasSufficientPID",
                    "kubelet has sufficient PID available",
                ),
                condition(
                    "Ready",
                    "True",
                    "KubeletReady",
                    "kubelet is posting ready status",
                ),
            ]),
        ),
        (
            "daemonEndpoints",
            json!({"kubeletEndpoint": {"Port": 10250}}),
        ),
        ("features", json!({"supplementalGroupsPolicy": true})),
        (
            "nodeInfo",
            obj([
                ("architecture", s("amd64")),
                ("bootID", s(boot_id)),
                ("containerRuntimeVersion", s("containerd://2.1.4")),
                ("kernelVersion", s("6.8.0-1029-gcp")),
                // Deprecated and no longer reported, but not `omitempty`: served empty.
                ("kubeProxyVersion", s("")),
                ("kubeletVersion", s("v1.37.0")),
                ("machineID", s(machine_id)),
                ("operatingSystem", s("linux")),
                ("osImage", s("Debian GNU/Linux 12 (bookworm)")),
                ("systemUUID", s(system_uuid)),
            ]),
        ),
        (
            "runtimeHandlers",
            json!([
                {"features": {"recursiveReadOnlyMounts": true, "userNamespaces": true}, "name": ""},
                {"features": {"recursiveReadOnlyMounts": true, "userNamespaces": true}, "name": "runc"}
            ]),
        ),
    ]);
    cluster.next_pod_ip.insert(name.clone(), 2);
    Node {
        meta,
        spec,
        taints,
        unschedulable: false,
        status,
        ready: true,
        hardware: hardware.clone(),
        internal_ip,
        images: Vec::new(),
        status_reported: now,
    }
}

/// A node created by `kubectl create -f node.yaml`: it registers but has no kubelet behind it,
/// so it never becomes Ready (as on a real cluster).
pub(super) fn node_from_manifest(
    cluster: &mut Cluster,
    meta: ObjectMeta,
    manifest: &Value,
) -> Node {
    let spec = value::at(manifest, &["spec"])
        .cloned()
        .unwrap_or_else(|| json!({}));
    let taints = value::array_at(&spec, &["taints"])
        .iter()
        .map(Taint::from_value)
        .collect();
    let unschedulable = value::at(&spec, &["unschedulable"])
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut spec_map = match spec {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    spec_map.remove("taints");
    spec_map.remove("unschedulable");
    let _ = cluster;
    Node {
        meta,
        spec: Value::Object(spec_map),
        taints,
        unschedulable,
        status: json!({"daemonEndpoints": {"kubeletEndpoint": {"Port": 0}}, "nodeInfo": {"architecture": "", "bootID": "", "containerRuntimeVersion": "", "kernelVersion": "", "kubeProxyVersion": "", "kubeletVersion": "", "machineID": "", "operatingSystem": "", "osImage": "", "systemUUID": ""}}),
        ready: false,
        hardware: Hardware::default(),
        internal_ip: String::new(),
        images: Vec::new(),
        status_reported: crate::clock::SimTime::default(),
    }
}

/// The ServiceAccounts of a kind cluster besides each namespace's `default`:
/// kube-controller-manager's one per controller enabled by default in v1.37 (kubeadm runs it
/// with `--use-service-account-credentials` and adds `bootstrapsigner,tokencleaner`), and
/// those of CoreDNS, kindnet, kube-proxy and the local-path provisioner.
const SYSTEM_SERVICE_ACCOUNTS: &[(&str, &str)] = &[
    ("kube-system", "attachdetach-controller"),
    ("kube-system", "bootstrap-signer"),
    ("kube-system", "certificate-controller"),
    ("kube-system", "clusterrole-aggregation-controller"),
    ("kube-system", "coredns"),
    ("kube-system", "cronjob-controller"),
    ("kube-system", "daemon-set-controller"),
    ("kube-system", "deployment-controller"),
    ("kube-system", "device-taint-eviction-controller"),
    ("kube-system", "disruption-controller"),
    ("kube-system", "endpoint-controller"),
    ("kube-system", "endpointslice-controller"),
    ("kube-system", "endpointslicemirroring-controller"),
    ("kube-system", "ephemeral-volume-controller"),
    ("kube-system", "expand-controller"),
    ("kube-system", "generic-garbage-collector"),
    ("kube-system", "horizontal-pod-autoscaler"),
    ("kube-system", "job-controller"),
    ("kube-system", "kindnet"),
    ("kube-system", "kube-proxy"),
    ("kube-system", "legacy-service-account-token-cleaner"),
    ("kube-system", "namespace-controller"),
    ("kube-system", "node-controller"),
    ("kube-system", "persistent-volume-binder"),
    ("kube-system", "pod-garbage-collector"),
    ("kube-system", "pv-protection-controller"),
    ("kube-system", "pvc-protection-controller"),
    ("kube-system", "replicaset-controller"),
    ("kube-system", "replication-controller"),
    ("kube-system", "resource-claim-controller"),
    ("kube-system", "resourcequota-controller"),
    ("kube-system", "root-ca-cert-publisher"),
    ("kube-system", "service-account-controller"),
    ("kube-system", "service-cidrs-controller"),
    ("kube-system", "statefulset-controller"),
    ("kube-system", "token-cleaner"),
    ("kube-system", "ttl-after-finished-controller"),
    ("kube-system", "ttl-controller"),
    ("kube-system", "validatingadmissionpolicy-status-controller"),
    ("kube-system", "volumeattributesclass-protection-controller"),
    (
        "local-path-storage",
        "local-path-provisioner-service-account",
    ),
];

/// A ConfigMap's `data`, as `(key, value)` pairs.
type ConfigMapData = &'static [(&'static str, &'static str)];

/// The ConfigMaps of a kind cluster besides each namespace's `kube-root-ca.crt`, as kubeadm,
/// the API server and kind write them. `{ca.crt}`, `{ca.crt.base64}`, `{front-proxy-ca.crt}`
/// and `{date}` (the day the cluster was made) are filled in by `system_namespace_content`.
/// kube-public's `cluster-info` has lost its `jws-kubeconfig-abcdef` signature: kind's
/// bootstrap token lives 24 hours, and the cluster is twelve days old.
const SYSTEM_CONFIG_MAPS: &[(&str, &str, ConfigMapData)] = &[
    (
        "kube-public",
        "cluster-info",
        &[(
            "kubeconfig",
            "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: {ca.crt.base64}\n    server: https://kubeplay-control-plane:6443\n  name: \"\"\ncontexts: null\ncurrent-context: \"\"\nkind: Config\npreferences: {}\nusers: null\n",
        )],
    ),
    (
        "kube-system",
        "coredns",
        &[(
            "Corefile",
            ".:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n    loop\n    reload\n    loadbalance\n}\n",
        )],
    ),
    (
        "kube-system",
        "extension-apiserver-authentication",
        &[
            ("client-ca-file", "{ca.crt}"),
            ("requestheader-allowed-names", "[\"front-proxy-client\"]"),
            ("requestheader-client-ca-file", "{front-proxy-ca.crt}"),
            ("requestheader-extra-headers-prefix", "[\"X-Remote-Extra-\"]"),
            ("requestheader-group-headers", "[\"X-Remote-Group\"]"),
            ("requestheader-uid-headers", "[\"X-Remote-Uid\"]"),
            ("requestheader-username-headers", "[\"X-Remote-User\"]"),
        ],
    ),
    (
        "kube-system",
        "kube-apiserver-legacy-service-account-token-tracking",
        &[("since", "{date}")],
    ),
    (
        "kube-system",
        "kube-proxy",
        &[
            (
                "config.conf",
                "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nbindAddress: 0.0.0.0\nbindAddressHardFail: false\nclientConnection:\n  acceptContentTypes: \"\"\n  burst: 0\n  contentType: \"\"\n  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf\n  qps: 0\nclusterCIDR: 10.244.0.0/16\nconfigSyncPeriod: 0s\nconntrack:\n  maxPerCore: 0\n  min: null\n  tcpBeLiberal: false\n  tcpCloseWaitTimeout: null\n  tcpEstablishedTimeout: null\n  udpStreamTimeout: 0s\n  udpTimeout: 0s\ndetectLocal:\n  bridgeInterface: \"\"\n  interfaceNamePrefix: \"\"\ndetectLocalMode: \"\"\nenableProfiling: false\nhealthzBindAddress: \"\"\nhostnameOverride: \"\"\niptables:\n  localhostNodePorts: null\n  masqueradeAll: false\n  masqueradeBit: null\n  minSyncPeriod: 1s\n  syncPeriod: 0s\nipvs:\n  excludeCIDRs: null\n  minSyncPeriod: 0s\n  scheduler: \"\"\n  strictARP: false\n  syncPeriod: 0s\n  tcpFinTimeout: 0s\n  tcpTimeout: 0s\n  udpTimeout: 0s\nkind: KubeProxyConfiguration\nlogging:\n  flushFrequency: 0\n  options:\n    json:\n      infoBufferSize: \"0\"\n    text:\n      infoBufferSize: \"0\"\n  verbosity: 0\nmetricsBindAddress: \"\"\nmode: iptables\nnftables:\n  masqueradeAll: false\n  masqueradeBit: null\n  minSyncPeriod: 0s\n  syncPeriod: 0s\nnodePortAddresses: null\noomScoreAdj: null\nportRange: \"\"\nshowHiddenMetricsForVersion: \"\"\nwinkernel:\n  enableDSR: false\n  forwardHealthCheckVip: false\n  networkName: \"\"\n  rootHnsEndpointName: \"\"\n  sourceVip: \"\"",
            ),
            (
                "kubeconfig.conf",
                "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://kubeplay-control-plane:6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token",
            ),
        ],
    ),
    (
        "kube-system",
        "kubeadm-config",
        &[(
            "ClusterConfiguration",
            "apiServer:\n  certSANs:\n  - localhost\n  - 127.0.0.1\n  extraArgs:\n  - name: runtime-config\n    value: \"\"\napiVersion: kubeadm.k8s.io/v1beta4\ncaCertificateValidityPeriod: 87600h0m0s\ncertificateValidityPeriod: 8760h0m0s\ncertificatesDir: /etc/kubernetes/pki\nclusterName: kubeplay\ncontrolPlaneEndpoint: kubeplay-control-plane:6443\ncontrollerManager:\n  extraArgs:\n  - name: enable-hostpath-provisioner\n    value: \"true\"\ndns: {}\nencryptionAlgorithm: RSA-2048\netcd:\n  local:\n    dataDir: /var/lib/etcd\nimageRepository: registry.k8s.io\nkind: ClusterConfiguration\nkubernetesVersion: v1.37.0\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\nproxy: {}\nscheduler: {}\n",
        )],
    ),
    (
        "kube-system",
        "kubelet-config",
        &[(
            "kubelet",
            "apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  anonymous:\n    enabled: false\n  webhook:\n    cacheTTL: 0s\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\nauthorization:\n  mode: Webhook\n  webhook:\n    cacheAuthorizedTTL: 0s\n    cacheUnauthorizedTTL: 0s\ncgroupDriver: systemd\ncgroupRoot: /kubelet\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\ncontainerRuntimeEndpoint: \"\"\ncpuManagerReconcilePeriod: 0s\ncrashLoopBackOff: {}\nevictionHard:\n  imagefs.available: 0%\n  nodefs.available: 0%\n  nodefs.inodesFree: 0%\nevictionPressureTransitionPeriod: 0s\nfailSwapOn: false\nfileCheckFrequency: 0s\nhealthzBindAddress: 127.0.0.1\nhealthzPort: 10248\nhttpCheckFrequency: 0s\nimageGCHighThresholdPercent: 100\nimageMaximumGCAge: 0s\nimageMinimumGCAge: 0s\nkind: KubeletConfiguration\nlogging:\n  flushFrequency: 0\n  options:\n    json:\n      infoBufferSize: \"0\"\n    text:\n      infoBufferSize: \"0\"\n  verbosity: 0\nmemorySwap: {}\nnodeStatusReportFrequency: 0s\nnodeStatusUpdateFrequency: 0s\nrotateCertificates: true\nruntimeRequestTimeout: 0s\nshutdownGracePeriod: 0s\nshutdownGracePeriodCriticalPods: 0s\nstaticPodPath: /etc/kubernetes/manifests\nstreamingConnectionIdleTimeout: 0s\nsyncFrequency: 0s\nvolumeStatsAggPeriod: 0s\n",
        )],
    ),
    (
        "local-path-storage",
        "local-path-config",
        &[
            (
                "config.json",
                "{\n        \"nodePathMap\":[\n        {\n                \"node\":\"DEFAULT_PATH_FOR_NON_LISTED_NODES\",\n                \"paths\":[\"/var/local-path-provisioner\"]\n        }\n        ]\n}",
            ),
            (
                "helperPod.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  containers:\n  - name: helper-pod\n    image: docker.io/kindest/local-path-helper:v20260131-7181c60a\n    imagePullPolicy: IfNotPresent",
            ),
            ("setup", "#!/bin/sh\nset -eu\nmkdir -m 0777 -p \"$VOL_DIR\""),
            ("teardown", "#!/bin/sh\nset -eu\nrm -rf \"$VOL_DIR\""),
        ],
    ),
];
