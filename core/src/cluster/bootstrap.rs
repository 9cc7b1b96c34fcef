//! The cluster a learner starts with, built through the same API calls as everything else.
//!
//! A kind-like cluster: a tainted control-plane node running the control-plane pods, and three
//! workers with different hardware (one with an SSD, one with two GPUs and an SSD, one with a
//! spinning disk). Nothing is labelled `gpu=true`. In `default` the ReplicationController
//! `kubia` from chapter 2 has been running its pod for some hours.

use super::{Cluster, Task};
use crate::api::value::{self, obj, s};
use crate::api::{Hardware, Node, ObjectMeta, Taint};
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
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
        let _ = cluster.create(&namespace(name), "default");
    }
    if shape.chapter_state {
        cluster.advance(SimDuration::from_millis(300));
        let _ = cluster.create(&local_path_namespace(), "default");
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
        "priorityClassName": "system-cluster-critical",
        "priority": 2000000000,
        "containers": [{
            "name": "coredns", "image": "registry.k8s.io/coredns/coredns:v1.12.3",
            "imagePullPolicy": "IfNotPresent",
            "args": ["-conf", "/etc/coredns/Corefile"],
            "ports": [
                {"containerPort": 53, "name": "dns", "protocol": "UDP"},
                {"containerPort": 53, "name": "dns-tcp", "protocol": "TCP"},
                {"containerPort": 9153, "name": "metrics", "protocol": "TCP"}
            ],
            "resources": {"limits": {"memory": "170Mi"}, "requests": {"cpu": "100m", "memory": "70Mi"}}
        }],
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
            "image": "docker.io/kindest/local-path-provisioner:v20250214-acbabc1a",
            "imagePullPolicy": "IfNotPresent",
            "command": ["local-path-provisioner", "--debug", "start", "--helper-image", "docker.io/kindest/local-path-helper:v20241212-8ac705d0", "--config", "/etc/config/config.json"]
        }],
        "tolerations": [
            {"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane", "operator": "Equal"},
            {"effect": "NoSchedule", "key": "node-role.kubernetes.io/master", "operator": "Equal"}
        ]
    }
}"#;

/// A per-node daemon pod; labels, generateName, owner, node, container name and image are set.
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
        "priorityClassName": "system-node-critical",
        "priority": 2000001000,
        "containers": [{"name": "", "image": "", "imagePullPolicy": "IfNotPresent", "resources": {}}],
        "tolerations": [{"operator": "Exists"}]
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
    for _ in 0..2 {
        let mut manifest = parsed(COREDNS_POD);
        set(&mut manifest, "/spec/nodeName", s(cp));
        let _ = cluster.create(&manifest, "kube-system");
    }
    let mut provisioner = parsed(LOCAL_PATH_PROVISIONER_POD);
    set(&mut provisioner, "/spec/nodeName", s(cp));
    let _ = cluster.create(&provisioner, "local-path-storage");
    for node in &shape.nodes {
        // kind's kindnet DaemonSet requests and limits 100m CPU and 50Mi (Guaranteed);
        // kube-proxy asks for nothing.
        for (daemon, container, image, app_label, resources) in [
            (
                "kube-proxy",
                "kube-proxy",
                "registry.k8s.io/kube-proxy:v1.37.0",
                ("k8s-app", "kube-proxy"),
                "{}",
            ),
            (
                "kindnet",
                "kindnet-cni",
                "docker.io/kindest/kindnetd:v20250512-df8de77b",
                ("app", "kindnet"),
                r#"{"limits": {"cpu": "100m", "memory": "50Mi"}, "requests": {"cpu": "100m", "memory": "50Mi"}}"#,
            ),
        ] {
            let mut manifest = parsed(DAEMON_POD);
            set(
                &mut manifest,
                "/metadata/labels",
                obj([
                    (app_label.0, s(app_label.1)),
                    ("pod-template-generation", s("1")),
                ]),
            );
            set(
                &mut manifest,
                "/metadata/generateName",
                s(format!("{daemon}-")),
            );
            set(&mut manifest, "/metadata/ownerReferences/0/name", s(daemon));
            set(&mut manifest, "/spec/nodeName", s(&node.name));
            set(&mut manifest, "/spec/containers/0/name", s(container));
            set(&mut manifest, "/spec/containers/0/image", s(image));
            set(
                &mut manifest,
                "/spec/containers/0/resources",
                parsed(resources),
            );
            let _ = cluster.create(&manifest, "kube-system");
        }
        cluster.advance(SimDuration::from_millis(700));
    }
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
        .map(|taint| Taint {
            key: value::str_at(taint, &["key"])
                .unwrap_or_default()
                .to_string(),
            value: value::str_at(taint, &["value"])
                .unwrap_or_default()
                .to_string(),
            effect: value::str_at(taint, &["effect"])
                .unwrap_or_default()
                .to_string(),
        })
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
