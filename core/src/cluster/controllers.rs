//! The controllers of the control plane: ReplicationController, namespace deletion, and the
//! API server's `kubernetes` Service; plus what simple images run when started.
//!
//! Controllers are level-triggered: a `Task` asks one to reconcile, and it compares the
//! desired state with the store, creating or deleting objects through the cluster's own API.

use super::{validate, Cluster, DeleteOptions, DeleteOutcome, ObjectKey, Propagation, Task};
use crate::api::value::{self, obj, s};
use crate::api::{
    ApiError, ConfigMap, Kind, NamespaceCondition, NamespacePhase, ObjectMeta, ObjectReference,
    OwnerReference, ReplicationController, Service, ServiceAccount,
};
use crate::clock::SimDuration;
use crate::selector::Selector;
use crate::validation::{FieldError, FieldPath, FieldValue};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// How soon the API server re-creates `default/kubernetes` after it is deleted.
pub(super) const KUBERNETES_SERVICE_RESYNC: SimDuration = SimDuration::from_millis(2_700);

/// Builds a stored ReplicationController or ReplicaSet from a manifest, applying API
/// defaults; `ValidateReplicationControllerSpec` / `ValidateReplicaSetSpec`.
pub(super) fn new_replication_controller(
    kind: Kind,
    mut meta: ObjectMeta,
    manifest: &Value,
) -> Result<ReplicationController, ApiError> {
    let mut spec = match value::at(manifest, &["spec"]) {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    let template_labels =
        value::string_map_at(manifest, &["spec", "template", "metadata", "labels"]);
    let replicas = value::i64_at(manifest, &["spec", "replicas"]).unwrap_or(1);
    value::insert_default(&mut spec, "replicas", Value::from(replicas));
    let spec_path = FieldPath::new("spec");
    let mut errors = Vec::new();
    let replicas_error = FieldError::invalid(
        spec_path.child("replicas"),
        replicas,
        "must be greater than or equal to 0",
    );
    let selector = if kind == Kind::ReplicaSet {
        if replicas < 0 {
            errors.push(replicas_error);
        }
        match validate::selector_for_template(
            manifest,
            "empty selector is invalid for deployment",
            &spec_path,
            &mut errors,
        ) {
            Some(selector) => selector,
            None => return invalid_spec(kind, &meta, errors),
        }
    } else {
        let mut selector = value::string_map_at(manifest, &["spec", "selector"]);
        let has_template = value::at(manifest, &["spec", "template"]).is_some();
        if selector.is_empty() && has_template {
            selector = template_labels.clone();
            spec.insert("selector".into(), value::string_map(&selector));
        }
        if meta.labels.is_empty() {
            meta.labels = template_labels.clone();
        }
        if selector.is_empty() {
            errors.push(FieldError::required(spec_path.child("selector"), ""));
        }
        if replicas < 0 {
            errors.push(replicas_error);
        }
        if !has_template {
            errors.push(FieldError::required(spec_path.child("template"), ""));
            return invalid_spec(kind, &meta, errors);
        }
        let selector = Selector::from_set(&selector);
        if !selector.is_empty() && !selector.matches(&template_labels) {
            errors.push(FieldError::invalid(
                spec_path
                    .child("template")
                    .child("metadata")
                    .child("labels"),
                FieldValue::Json(json_map(&template_labels)),
                "`selector` does not match template `labels`",
            ));
        }
        selector
    };
    validate::template_errors(manifest, &spec_path, &mut errors);
    if !errors.is_empty() {
        return invalid_spec(kind, &meta, errors);
    }
    complete_template(&mut spec);
    meta.generation = Some(1);
    Ok(ReplicationController {
        kind,
        meta,
        spec: Value::Object(spec),
        replicas,
        selector,
        status_replicas: 0,
        status_fully_labeled: 0,
        status_ready: 0,
        status_available: 0,
        status_terminating: None,
        observed_generation: 1,
    })
}

fn invalid_spec<T>(kind: Kind, meta: &ObjectMeta, errors: Vec<FieldError>) -> Result<T, ApiError> {
    Err(ApiError::Invalid {
        kind,
        name: meta.name.clone(),
        causes: errors.iter().map(ToString::to_string).collect(),
    })
}

/// Adds to a controller's `spec.template` the defaults the API server gives any PodSpec.
pub(super) fn complete_template(spec: &mut Map<String, Value>) {
    if let Some(Value::Object(template)) = spec.get_mut("template") {
        let mut pod_spec = match template.remove("spec") {
            Some(Value::Object(map)) => map,
            _ => Map::new(),
        };
        let shell = crate::api::Pod::from_manifest(
            ObjectMeta::default(),
            &json!({"spec": Value::Object(pod_spec.clone())}),
            String::new(),
        );
        // Templates carry the defaults the API server adds to any PodSpec, containers and
        // volumes included (`imagePullPolicy`, port protocols, `terminationMessagePath`, a
        // ConfigMap volume's `defaultMode`…), but not admission's (the service account, its
        // token volume and mounts, tolerations). The shell pod has no token volume.
        if let Value::Object(rendered) = shell.rendered_spec() {
            for (key, mut val) in rendered {
                match key.as_str() {
                    "tolerations" | "serviceAccount" | "serviceAccountName"
                    | "enableServiceLinks" | "preemptionPolicy" | "priority" => continue,
                    "volumes" => {
                        pod_spec.insert(key, val);
                    }
                    "containers" | "initContainers" => {
                        if let Value::Array(containers) = &mut val {
                            for container in containers.iter_mut() {
                                remove_token_mount(container);
                            }
                        }
                        pod_spec.insert(key, val);
                    }
                    _ => {
                        pod_spec.entry(key).or_insert(val);
                    }
                }
            }
        }
        template.insert("spec".into(), Value::Object(pod_spec));
        // Since Kubernetes 1.34 a zero `creationTimestamp` is omitted, not written as null.
        template
            .entry("metadata".to_string())
            .or_insert_with(|| json!({}));
    }
}

/// Drops the service account token's mount that admission adds to a pod's container.
fn remove_token_mount(container: &mut Value) {
    let Value::Object(container) = container else {
        return;
    };
    if let Some(Value::Array(mounts)) = container.get_mut("volumeMounts") {
        mounts.retain(|mount| {
            !mount
                .get("name")
                .and_then(Value::as_str)
                .is_some_and(|name| name.starts_with("kube-api-access-") || name.is_empty())
                || mount.get("mountPath").and_then(Value::as_str)
                    != Some("/var/run/secrets/kubernetes.io/serviceaccount")
        });
        if mounts.is_empty() {
            container.remove("volumeMounts");
        }
    }
}

/// Go's `%v` of a `map[string]string` (`map[app:kubia env:prod]`).
/// A map as `field.Error.ErrorBody` shows a non-scalar bad value since Kubernetes 1.34: its
/// JSON (`{"app":"other"}`, keys sorted).
fn json_map(map: &std::collections::BTreeMap<String, String>) -> String {
    value::string_map(map).to_string()
}

/// Builds a Service with defaults and an allocated cluster IP.
pub(super) fn new_service(
    cluster: &mut Cluster,
    meta: ObjectMeta,
    manifest: &Value,
) -> Result<Service, ApiError> {
    let mut spec = match value::at(manifest, &["spec"]) {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    let service_type = spec
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("ClusterIP")
        .to_string();
    let external_name = service_type == "ExternalName";
    if let Some(ip) = spec.get("clusterIP").cloned() {
        value::insert_default(&mut spec, "clusterIPs", Value::Array(vec![ip]));
    } else if !external_name {
        let ip = if meta.namespace.as_deref() == Some("default") && meta.name == "kubernetes" {
            "10.96.0.1".to_string()
        } else {
            cluster.next_service_ip += 1;
            let offset = cluster.rng().between(2, 250);
            format!(
                "10.96.{}.{}",
                (offset + i64::from(cluster.next_service_ip)) % 250,
                cluster.rng().between(2, 254)
            )
        };
        spec.insert("clusterIP".into(), s(&ip));
        spec.insert("clusterIPs".into(), Value::Array(vec![s(&ip)]));
    }
    // An ExternalName service has no cluster IP, so no IP families or traffic policy.
    if !external_name {
        value::insert_default(&mut spec, "internalTrafficPolicy", s("Cluster"));
        value::insert_default(&mut spec, "ipFamilies", json!(["IPv4"]));
        value::insert_default(&mut spec, "ipFamilyPolicy", s("SingleStack"));
    }
    if let Some(Value::Array(ports)) = spec.get_mut("ports") {
        for port in ports.iter_mut() {
            if let Value::Object(port) = port {
                value::insert_default(port, "protocol", s("TCP"));
                if let Some(number) = port.get("port").cloned() {
                    value::insert_default(port, "targetPort", number);
                }
            }
        }
    }
    value::insert_default(&mut spec, "sessionAffinity", s("None"));
    // `SetDefaults_Service`: client-IP affinity lasts three hours unless configured.
    if spec.get("sessionAffinity").and_then(Value::as_str) == Some("ClientIP") {
        value::insert_default(
            &mut spec,
            "sessionAffinityConfig",
            json!({"clientIP": {"timeoutSeconds": 10800}}),
        );
    }
    value::insert_default(&mut spec, "type", s(&service_type));
    let spec = Value::Object(spec);
    super::validate::service(&spec, &meta)?;
    let mut spec = match spec {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    if service_type == "NodePort" || service_type == "LoadBalancer" {
        value::insert_default(&mut spec, "externalTrafficPolicy", s("Cluster"));
        if service_type == "LoadBalancer" {
            value::insert_default(
                &mut spec,
                "allocateLoadBalancerNodePorts",
                Value::Bool(true),
            );
        }
        let mut taken = used_node_ports(cluster);
        // Node ports asked for: in the range and free (the API server's allocator).
        let mut errors = Vec::new();
        for (index, port) in value::array_at(&Value::Object(spec.clone()), &["ports"])
            .iter()
            .enumerate()
        {
            let Some(node_port) = value::i64_at(port, &["nodePort"]) else {
                continue;
            };
            // The allocator stops at the first port it cannot have.
            let path = format!("spec.ports[{index}].nodePort");
            if !(30000..=32767).contains(&node_port) {
                errors.push(format!(
                    "{path}: Invalid value: {node_port}: provided port is not in the valid range. The range of valid ports is 30000-32767"
                ));
                break;
            } else if taken.contains(&node_port) {
                errors.push(format!(
                    "{path}: Invalid value: {node_port}: provided port is already allocated"
                ));
                break;
            }
            taken.push(node_port);
        }
        if !errors.is_empty() {
            return Err(ApiError::Invalid {
                kind: Kind::Service,
                name: meta.name.clone(),
                causes: errors,
            });
        }
        if let Some(Value::Array(ports)) = spec.get_mut("ports") {
            for port in ports.iter_mut() {
                if let Value::Object(port) = port {
                    if port.contains_key("nodePort") {
                        continue;
                    }
                    // The API server's random pick in its node port range (30000-32767),
                    // moving on to the next free one when it is taken.
                    let start = cluster.rng().between(30000, 32767);
                    let Some(node_port) = (0..2768)
                        .map(|step| 30000 + (start - 30000 + step) % 2768)
                        .find(|candidate| !taken.contains(candidate))
                    else {
                        return Err(ApiError::BadRequest {
                            message: "Internal error occurred: failed to allocate a nodePort: range is full".into(),
                        });
                    };
                    taken.push(node_port);
                    port.insert("nodePort".into(), Value::from(node_port));
                }
            }
        }
    }
    Ok(Service {
        meta,
        spec: Value::Object(spec),
    })
}

/// The node ports every Service holds.
fn used_node_ports(cluster: &Cluster) -> Vec<i64> {
    cluster
        .services
        .values()
        .flat_map(|service| value::array_at(&service.spec, &["ports"]))
        .filter_map(|port| value::i64_at(port, &["nodePort"]))
        .collect()
}

/// Recreates `default/kubernetes` if it is missing (the API server's bootstrap controller),
/// and its Endpoints and EndpointSlice (the endpoint reconciler).
pub(super) fn sync_kubernetes_service(cluster: &mut Cluster) {
    if cluster
        .services
        .contains_key(&("default".to_string(), "kubernetes".to_string()))
    {
        super::endpoints::reconcile_api_server(cluster);
        return;
    }
    let manifest = json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "kubernetes", "namespace": "default",
                     "labels": {"component": "apiserver", "provider": "kubernetes"}},
        "spec": {"ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}],
                 "sessionAffinity": "None", "type": "ClusterIP"}
    });
    let _ = cluster.create(&manifest, "default");
    super::endpoints::reconcile_api_server(cluster);
}

/// The system-namespaces controller's tick: `kube-node-lease` is created again once its
/// deletion has finished (checked every minute until then).
pub(super) fn sync_system_namespaces(cluster: &mut Cluster) {
    if cluster.namespaces.contains_key("kube-node-lease") {
        cluster.schedule(SimDuration::from_secs(60), Task::SystemNamespacesSync);
        return;
    }
    let manifest =
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "kube-node-lease"}});
    let _ = cluster.create(&manifest, "default");
}

/// A pod of a controller's `spec.template`: named `<owner>-<suffix>` by the API server and
/// owned by the controller (`controller` and `blockOwnerDeletion` set), as the
/// ReplicationController, ReplicaSet, DaemonSet and Job controllers create them.
pub(super) fn owned_pod_manifest(
    template: &Value,
    owner_kind: Kind,
    owner_name: &str,
    namespace: &str,
    owner_uid: &str,
) -> Value {
    let mut pod = if template.is_object() {
        template.clone()
    } else {
        json!({})
    };
    if let Value::Object(map) = &mut pod {
        map.insert("apiVersion".into(), s("v1"));
        map.insert("kind".into(), s("Pod"));
        let metadata = map
            .entry("metadata".to_string())
            .or_insert_with(|| json!({}));
        if let Value::Object(metadata) = metadata {
            metadata.remove("creationTimestamp");
            metadata.remove("name");
            metadata.insert("generateName".into(), s(format!("{owner_name}-")));
            metadata.insert("namespace".into(), s(namespace));
            metadata.insert(
                "ownerReferences".into(),
                Value::Array(vec![obj([
                    ("apiVersion", s(owner_kind.api_version())),
                    ("blockOwnerDeletion", Value::Bool(true)),
                    ("controller", Value::Bool(true)),
                    ("kind", s(owner_kind.name())),
                    ("name", s(owner_name)),
                    ("uid", s(owner_uid)),
                ])]),
            );
        }
    }
    pod
}

/// Wakes the controllers of a namespace's pods: its ReplicationControllers, ReplicaSets,
/// DaemonSets and Jobs (their pods changed).
pub(super) fn wake_pod_controllers(cluster: &mut Cluster, namespace: &str, after: SimDuration) {
    for kind in [
        Kind::ReplicationController,
        Kind::ReplicaSet,
        Kind::DaemonSet,
        Kind::Job,
    ] {
        for owner in cluster.names_in(kind, namespace) {
            cluster.queue_sync(kind, (namespace.to_string(), owner), after);
        }
    }
}

/// Called whenever a pod is added, changed or removed: wakes its controller.
pub(super) fn pod_changed(cluster: &mut Cluster, key: &ObjectKey) {
    wake_pod_controllers(cluster, &key.0, SimDuration::from_millis(3));
    super::endpoints::pods_changed(cluster, &key.0);
    let namespace = key.0.clone();
    if cluster
        .namespaces
        .get(&namespace)
        .map(|ns| ns.phase == NamespacePhase::Terminating)
        .unwrap_or(false)
    {
        cluster.schedule(
            SimDuration::from_millis(10),
            Task::NamespaceSync { name: namespace },
        );
    }
}

/// Reconciles one ReplicationController or ReplicaSet: adopt, release, create and delete
/// pods; update status.
pub(super) fn sync_replication_controller(cluster: &mut Cluster, kind: Kind, key: &ObjectKey) {
    let Some(rc) = cluster.replicas_of(kind).get(key) else {
        return;
    };
    if rc.meta.deletion_timestamp.is_some() {
        finish_foreground_deletion(cluster, kind, key);
        return;
    }
    let rc_uid = rc.meta.uid.clone();
    let rc_name = rc.meta.name.clone();
    let selector = rc.selector.clone();
    let desired = rc.replicas;
    let min_ready = value::i64_at(&rc.spec, &["minReadySeconds"]).unwrap_or(0);
    let now = cluster.now();
    let deployment = rc
        .meta
        .controller()
        .filter(|owner| owner.kind == "Deployment")
        .map(|owner| (key.0.clone(), owner.name.clone()));
    let template = value::at(&rc.spec, &["template"])
        .cloned()
        .unwrap_or(Value::Null);
    let namespace = key.0.clone();
    let owner = OwnerReference {
        api_version: kind.api_version().into(),
        kind: kind.name().into(),
        name: rc_name.clone(),
        uid: rc_uid.clone(),
        controller: true,
        block_owner_deletion: true,
    };
    // Adopt matching orphans; release owned pods that no longer match. (One pass over the
    // namespace's pods, borrowing them: this runs after every pod change.)
    let mut active: Vec<(crate::clock::SimTime, &str, bool)> = Vec::new();
    let mut all_owned = 0;
    let mut terminating = 0;
    let mut fully_labeled = 0;
    let mut ready = 0;
    let mut available = 0;
    for (_, pod) in cluster
        .pods
        .range_mut((namespace.clone(), String::new())..)
        .take_while(|((ns, _), _)| *ns == namespace)
    {
        let matches = selector.matches(&pod.meta.labels);
        let owned = pod
            .meta
            .controller()
            .map(|o| o.uid == rc_uid)
            .unwrap_or(false);
        let has_controller = pod.meta.controller().is_some();
        if owned && !matches {
            pod.meta.owner_references.retain(|o| o.uid != rc_uid);
            continue;
        }
        if !matches {
            continue;
        }
        if !owned {
            if has_controller || pod.is_terminating() {
                continue;
            }
            pod.meta.owner_references.push(owner.clone());
        }
        all_owned += 1;
        if pod.is_terminating() && !pod.status.phase.is_terminal() {
            terminating += 1;
        }
        if pod.is_terminating() || pod.status.phase.is_terminal() {
            continue;
        }
        fully_labeled += 1;
        let ready_since = pod
            .status
            .condition("Ready")
            .filter(|c| c.status)
            .map(|c| c.last_transition_time);
        let is_ready = ready_since.is_some();
        if let Some(since) = ready_since {
            ready += 1;
            // `IsPodAvailable`: ready for longer than `minReadySeconds`.
            if min_ready == 0 || since.plus(SimDuration::from_secs(min_ready)) < now {
                available += 1;
            }
        }
        active.push((
            pod.meta.creation_timestamp,
            pod.meta.name.as_str(),
            is_ready,
        ));
    }
    let n_active = active.len() as i64;
    // Names are copied only when some pods must go.
    let mut active: Vec<(crate::clock::SimTime, String, bool)> = if n_active > desired {
        active
            .into_iter()
            .map(|(created, name, is_ready)| (created, name.to_string(), is_ready))
            .collect()
    } else {
        Vec::new()
    };
    let _ = all_owned;
    if n_active < desired {
        for _ in n_active..desired {
            let manifest = owned_pod_manifest(&template, kind, &rc_name, &namespace, &rc_uid);
            match cluster.create(&manifest, &namespace) {
                Ok((_, pod_name)) => {
                    let message = format!("Created pod: {pod_name}");
                    record_rc_event(
                        cluster,
                        kind,
                        key,
                        &rc_uid,
                        "Normal",
                        "SuccessfulCreate",
                        message,
                    );
                    fully_labeled += 1;
                }
                Err(error) => {
                    let message = format!("Error creating: {error}");
                    record_rc_event(
                        cluster,
                        kind,
                        key,
                        &rc_uid,
                        "Warning",
                        "FailedCreate",
                        message,
                    );
                    break;
                }
            }
        }
    } else if n_active > desired {
        // Delete the least valuable first: not ready, then newest.
        crate::sort::sort_by(&mut active, |a, b| a.2.cmp(&b.2).then(b.0.cmp(&a.0)));
        let surplus = (n_active - desired) as usize;
        for (_, name, _) in active.into_iter().take(surplus) {
            let _ = cluster.delete(Kind::Pod, &namespace, &name, DeleteOptions::default());
            record_rc_event(
                cluster,
                kind,
                key,
                &rc_uid,
                "Normal",
                "SuccessfulDelete",
                format!("Deleted pod: {name}"),
            );
            fully_labeled -= 1;
        }
    }
    let resource_version = cluster.next_resource_version();
    let mut status_changed = false;
    if let Some(rc) = cluster.replica_store(kind).get_mut(key) {
        let replicas = fully_labeled.min(desired.max(fully_labeled));
        if rc.status_replicas != replicas
            || rc.status_ready != ready
            || rc.status_available != available
            || rc.status_terminating != Some(terminating)
        {
            rc.meta.resource_version = resource_version;
            status_changed = true;
        }
        rc.status_terminating = Some(terminating);
        let generation = rc.meta.generation.unwrap_or(1);
        if rc.observed_generation != generation {
            rc.observed_generation = generation;
            rc.meta.resource_version = resource_version;
        }
        rc.status_replicas = replicas;
        rc.status_fully_labeled = replicas;
        rc.status_ready = ready;
        rc.status_available = available;
    }
    // Ready pods not yet available become so `minReadySeconds` later: look again then (a
    // sync of its own, which does not hold back the ones pod changes ask for).
    if min_ready > 0 && ready == desired && available != desired {
        cluster.schedule(
            SimDuration::from_secs(min_ready),
            super::Task::ReplicationControllerSync {
                kind,
                key: key.clone(),
            },
        );
    }
    if let Some(deployment) = deployment.filter(|_| status_changed) {
        cluster.queue_sync(Kind::Deployment, deployment, SimDuration::from_millis(3));
    }
}

/// The garbage collector's side of a foreground deletion: the RC keeps its status up to date
/// (no pod counts as active any more) and goes once no pod names it as owner.
fn finish_foreground_deletion(cluster: &mut Cluster, kind: Kind, key: &ObjectKey) {
    let Some(rc) = cluster.replicas_of(kind).get(key) else {
        return;
    };
    if !rc.meta.finalizers.iter().any(|f| f == FOREGROUND_DELETION) {
        return;
    }
    if dependent_pods(cluster, &key.0, &rc.meta.uid).is_empty() {
        cluster.replica_store(kind).remove(key);
        return;
    }
    let resource_version = cluster.next_resource_version();
    if let Some(rc) = cluster.replica_store(kind).get_mut(key) {
        if rc.status_replicas != 0 || rc.status_ready != 0 {
            rc.meta.resource_version = resource_version;
        }
        rc.status_replicas = 0;
        rc.status_fully_labeled = 0;
        rc.status_ready = 0;
        rc.status_available = 0;
    }
}

/// The finalizer that keeps an owner until its dependents are gone (`--cascade=foreground`).
const FOREGROUND_DELETION: &str = "foregroundDeletion";

fn record_rc_event(
    cluster: &mut Cluster,
    kind: Kind,
    key: &ObjectKey,
    uid: &str,
    event_type: &'static str,
    reason: &str,
    message: String,
) {
    let involved = ObjectReference {
        kind: kind.name().into(),
        namespace: Some(key.0.clone()),
        name: key.1.clone(),
        uid: uid.to_string(),
        field_path: None,
        resource_version: cluster
            .replicas_of(kind)
            .get(key)
            .map(|rc| rc.meta.resource_version)
            .unwrap_or_default(),
    };
    let source = match kind {
        Kind::ReplicaSet => "replicaset-controller",
        _ => "replication-controller",
    };
    cluster.record_event(involved, event_type, reason, message, source, None);
}

/// The pods an owner's deletion waits for in the foreground: those naming it among their
/// owners (the ReplicationController sets `blockOwnerDeletion` on each).
fn dependent_pods(cluster: &Cluster, namespace: &str, owner_uid: &str) -> Vec<String> {
    cluster
        .pods
        .iter()
        .filter(|((pod_namespace, _), pod)| {
            pod_namespace == namespace
                && pod.meta.owner_references.iter().any(|o| o.uid == owner_uid)
        })
        .map(|((_, name), _)| name.clone())
        .collect()
}

/// Deletes an RC; its pods go too unless orphaned (the garbage collector). In the foreground
/// the API server only marks the RC (`deletionTimestamp` and the `foregroundDeletion`
/// finalizer); the garbage collector deletes its pods and removes the RC once they are all
/// gone from storage. Deleting it again in the background or orphaning drops the finalizer,
/// and the RC goes at once.
pub(super) fn delete_replication_controller(
    cluster: &mut Cluster,
    kind: Kind,
    key: &ObjectKey,
    propagation: Propagation,
) {
    if propagation == Propagation::Foreground {
        let now = cluster.now();
        let resource_version = cluster.next_resource_version();
        let Some(rc) = cluster.replica_store(kind).get_mut(key) else {
            return;
        };
        if rc.meta.deletion_timestamp.is_some() {
            return;
        }
        rc.meta.deletion_timestamp = Some(now);
        rc.meta.deletion_grace_period_seconds = Some(0);
        rc.meta.finalizers.push(FOREGROUND_DELETION.to_string());
        rc.meta.resource_version = resource_version;
        let uid = rc.meta.uid.clone();
        for name in dependent_pods(cluster, &key.0, &uid) {
            let _ = cluster.delete(Kind::Pod, &key.0, &name, DeleteOptions::default());
        }
        cluster.queue_sync(kind, key.clone(), SimDuration::from_millis(3));
        return;
    }
    let Some(rc) = cluster.replica_store(kind).remove(key) else {
        return;
    };
    let uid = rc.meta.uid;
    for name in dependent_pods(cluster, &key.0, &uid) {
        let pod_key = (key.0.clone(), name.clone());
        match propagation {
            Propagation::Orphan => {
                if let Some(pod) = cluster.pods.get_mut(&pod_key) {
                    pod.meta.owner_references.retain(|o| o.uid != uid);
                }
            }
            Propagation::Background | Propagation::Foreground => {
                let _ = cluster.delete(Kind::Pod, &key.0, &name, DeleteOptions::default());
            }
        }
    }
}

/// The garbage collector's side of deleting an owner: its dependents of `kind` in the
/// namespace are deleted too, or (orphaned) lose their owner reference.
pub(super) fn collect_dependents(
    cluster: &mut Cluster,
    kind: Kind,
    namespace: &str,
    owner_uid: &str,
    propagation: Propagation,
) {
    let names: Vec<String> = cluster
        .list(kind, Some(namespace))
        .iter()
        .filter(|object| {
            object
                .meta()
                .owner_references
                .iter()
                .any(|owner| owner.uid == owner_uid)
        })
        .map(|object| object.name().to_string())
        .collect();
    for name in names {
        if propagation == Propagation::Orphan {
            let key = (namespace.to_string(), name);
            let meta = match kind {
                Kind::Pod => cluster.pods.get_mut(&key).map(|pod| &mut pod.meta),
                Kind::ReplicaSet => cluster.replica_sets.get_mut(&key).map(|set| &mut set.meta),
                _ => None,
            };
            if let Some(meta) = meta {
                meta.owner_references.retain(|owner| owner.uid != owner_uid);
            }
        } else {
            let _ = cluster.delete(kind, namespace, &name, DeleteOptions::default());
        }
    }
}

/// Marks a namespace Terminating and starts deleting its content.
pub(super) fn delete_namespace(cluster: &mut Cluster, name: &str) -> DeleteOutcome {
    let now = cluster.now();
    let resource_version = cluster.next_resource_version();
    let Some(namespace) = cluster.namespaces.get_mut(name) else {
        return DeleteOutcome::Removed;
    };
    if namespace.phase != NamespacePhase::Terminating {
        namespace.phase = NamespacePhase::Terminating;
        namespace.meta.deletion_timestamp = Some(now);
        namespace.meta.resource_version = resource_version;
    }
    cluster.schedule(
        SimDuration::from_millis(50),
        Task::NamespaceSync {
            name: name.to_string(),
        },
    );
    DeleteOutcome::Terminating
}

/// The taint eviction controller: a new `NoExecute` taint deletes the pods on the node that
/// do not tolerate it (`Marking for deletion Pod NS/NAME`), and those whose tolerations of it
/// all have `tolerationSeconds` once the shortest has passed (if the taint is still there).
pub(super) fn evict_untolerating_pods(
    cluster: &mut Cluster,
    node: &str,
    taint: &crate::api::Taint,
) {
    let mut now_doomed: Vec<ObjectKey> = Vec::new();
    let mut doomed_later: Vec<(SimDuration, Task)> = Vec::new();
    for (key, pod) in &cluster.pods {
        if pod.node_name.as_deref() != Some(node) || pod.is_terminating() {
            continue;
        }
        if !pod.tolerates(&taint.key, &taint.value, "NoExecute") {
            now_doomed.push(key.clone());
            continue;
        }
        // `getMinTolerationTime`: a matching toleration without a limit keeps the pod.
        let limits: Vec<Option<i64>> = pod
            .tolerations()
            .iter()
            .filter(|toleration| toleration.tolerates(&taint.key, &taint.value, "NoExecute"))
            .map(|toleration| toleration.toleration_seconds)
            .collect();
        if limits.iter().any(Option::is_none) {
            continue;
        }
        if let Some(seconds) = limits.into_iter().flatten().min() {
            doomed_later.push((
                SimDuration::from_secs(seconds.max(0)),
                Task::TaintEviction {
                    key: key.clone(),
                    uid: pod.meta.uid.clone(),
                    node: node.to_string(),
                    taint_key: taint.key.clone(),
                },
            ));
        }
    }
    for (after, task) in doomed_later {
        cluster.schedule(after, task);
    }
    for key in now_doomed {
        mark_for_deletion(cluster, &key);
    }
}

/// A `TaintEviction` task: the pod goes if it is still there and so is the taint.
pub(super) fn evict_if_still_tainted(
    cluster: &mut Cluster,
    key: &ObjectKey,
    uid: &str,
    node: &str,
    taint_key: &str,
) {
    let still_there = cluster
        .pods
        .get(key)
        .is_some_and(|pod| pod.meta.uid == uid && !pod.is_terminating());
    let still_tainted = cluster.nodes.get(node).is_some_and(|node| {
        node.taints
            .iter()
            .any(|taint| taint.key == taint_key && taint.effect == "NoExecute")
    });
    if still_there && still_tainted {
        mark_for_deletion(cluster, key);
    }
}

/// `Marking for deletion Pod NS/NAME`, then the deletion.
fn mark_for_deletion(cluster: &mut Cluster, key: &ObjectKey) {
    let Some(pod) = cluster.pods.get(key) else {
        return;
    };
    let involved = super::scheduler::object_reference(pod);
    cluster.record_event(
        involved,
        "Normal",
        "TaintManagerEviction",
        format!("Marking for deletion Pod {}/{}", key.0, key.1),
        "taint-eviction-controller",
        None,
    );
    let _ = cluster.delete(Kind::Pod, &key.0, &key.1, DeleteOptions::default());
}

/// The ConfigMap the root CA publisher keeps in every namespace.
pub(crate) const ROOT_CA_CONFIG_MAP: &str = "kube-root-ca.crt";

/// How soon the service account controller and the root CA publisher act on a namespace
/// change (their informers' delay).
pub(super) const NAMESPACE_DEFAULTS_DELAY: SimDuration = SimDuration::from_millis(10);

/// `kube-root-ca.crt`'s description (`rootcacertpublisher`).
const ROOT_CA_DESCRIPTION: &str = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

/// Stamps an object a controller makes inside a namespace. Its uid comes from the namespace's
/// uid, its own name and resource version rather than from the cluster's generator, so that
/// creating a namespace does not change the generated names of the pods created after it
/// (and the cluster a learner starts with keeps the names it had before these kinds existed).
pub(super) fn stamp_namespace_content(cluster: &mut Cluster, kind: Kind, meta: &mut ObjectMeta) {
    let namespace = meta.namespace.clone().unwrap_or_default();
    let namespace_uid = cluster
        .namespaces
        .get(&namespace)
        .map(|ns| ns.meta.uid.clone())
        .unwrap_or_default();
    meta.creation_timestamp = cluster.now();
    meta.resource_version = cluster.next_resource_version();
    let version = meta.resource_version.to_string();
    meta.uid = crate::rng::derived_uuid(&[&namespace_uid, kind.name(), &meta.name, &version]);
}

/// The service account controller (a `default` ServiceAccount in every active namespace) and
/// the root CA publisher (`kube-root-ca.crt` with the cluster's CA, put back when deleted or
/// changed). Run when a namespace is created, and soon after either object is deleted or
/// the ConfigMap is changed.
pub(super) fn sync_namespace_defaults(cluster: &mut Cluster, namespace: &str) {
    let active = cluster
        .namespaces
        .get(namespace)
        .is_some_and(|ns| ns.phase == NamespacePhase::Active);
    if !active {
        return;
    }
    let account_key = (namespace.to_string(), "default".to_string());
    if !cluster.service_accounts.contains_key(&account_key) {
        let mut meta = ObjectMeta {
            name: "default".into(),
            namespace: Some(namespace.to_string()),
            ..ObjectMeta::default()
        };
        stamp_namespace_content(cluster, Kind::ServiceAccount, &mut meta);
        cluster.service_accounts.insert(
            account_key,
            Box::new(ServiceAccount {
                meta,
                secrets: Vec::new(),
                image_pull_secrets: Vec::new(),
                automount_token: None,
            }),
        );
    }
    let ca_key = (namespace.to_string(), ROOT_CA_CONFIG_MAP.to_string());
    let data = BTreeMap::from([("ca.crt".to_string(), super::root_ca_pem())]);
    let annotations = BTreeMap::from([(
        "kubernetes.io/description".to_string(),
        ROOT_CA_DESCRIPTION.to_string(),
    )]);
    match cluster.config_maps.get(&ca_key) {
        None => {
            let mut meta = ObjectMeta {
                name: ROOT_CA_CONFIG_MAP.into(),
                namespace: Some(namespace.to_string()),
                annotations,
                ..ObjectMeta::default()
            };
            stamp_namespace_content(cluster, Kind::ConfigMap, &mut meta);
            cluster.config_maps.insert(
                ca_key,
                Box::new(ConfigMap {
                    meta,
                    data,
                    binary_data: BTreeMap::new(),
                    immutable: None,
                }),
            );
        }
        // `syncNamespace`: the data and the description annotation are put back; the rest of
        // the object stays as the user left it.
        Some(existing)
            if existing.data != data
                || existing
                    .meta
                    .annotations
                    .get("kubernetes.io/description")
                    .is_none_or(String::is_empty) =>
        {
            let resource_version = cluster.next_resource_version();
            if let Some(existing) = cluster.config_maps.get_mut(&ca_key) {
                existing.data = data;
                existing.meta.annotations.extend(annotations);
                existing.meta.resource_version = resource_version;
            }
        }
        Some(_) => {}
    }
}

/// The namespace controller: delete everything inside, then the namespace itself.
pub(super) fn sync_namespace(cluster: &mut Cluster, name: &str) {
    let now = cluster.now();
    let Some(namespace) = cluster.namespaces.get(name) else {
        return;
    };
    if namespace.phase != NamespacePhase::Terminating {
        return;
    }
    let in_namespace = |key: &ObjectKey| key.0 == name;
    // The workloads first (a Deployment's ReplicaSets go with it), in the background.
    for kind in [
        Kind::Deployment,
        Kind::DaemonSet,
        Kind::Job,
        Kind::ReplicationController,
        Kind::ReplicaSet,
    ] {
        for owner in cluster.names_in(kind, name) {
            let _ = cluster.delete(kind, name, &owner, DeleteOptions::default());
        }
    }
    cluster.services.retain(|key, _| key.0 != name);
    cluster.endpoints.retain(|key, _| key.0 != name);
    cluster.endpoint_slices.retain(|key, _| key.0 != name);
    cluster.endpoint_syncs.retain(|key, _| key.0 != name);
    cluster.config_maps.retain(|key, _| key.0 != name);
    cluster.service_accounts.retain(|key, _| key.0 != name);
    cluster.secrets.retain(|key, _| key.0 != name);
    let pods: Vec<String> = cluster
        .pods
        .iter()
        .filter(|(key, pod)| in_namespace(key) && !pod.is_terminating())
        .map(|((_, pod_name), _)| pod_name.clone())
        .collect();
    for pod_name in pods {
        let _ = cluster.delete(Kind::Pod, name, &pod_name, DeleteOptions::default());
    }
    let remaining = cluster.pods.keys().filter(|key| in_namespace(key)).count();
    if remaining == 0 {
        let keys: Vec<ObjectKey> = cluster
            .events
            .keys()
            .filter(|key| key.0 == name)
            .cloned()
            .collect();
        for key in keys {
            cluster.remove_event(&key);
        }
        cluster.namespaces.remove(name);
        return;
    }
    if let Some(namespace) = cluster.namespaces.get_mut(name) {
        // The namespace controller's five conditions (`status_condition_utils.go`), in its
        // order; a condition keeps its transition time while its status and message stay.
        let remaining_message =
            format!("Some resources are remaining: pods. has {remaining} resource instances");
        let conditions = [
            (
                "NamespaceDeletionDiscoveryFailure",
                false,
                "ResourcesDiscovered",
                "All resources successfully discovered".to_string(),
            ),
            (
                "NamespaceDeletionGroupVersionParsingFailure",
                false,
                "ParsedGroupVersions",
                "All legacy kube types successfully parsed".to_string(),
            ),
            (
                "NamespaceDeletionContentFailure",
                false,
                "ContentDeleted",
                "All content successfully deleted, may be waiting on finalization".to_string(),
            ),
            (
                "NamespaceContentRemaining",
                true,
                "SomeResourcesRemain",
                remaining_message,
            ),
            (
                "NamespaceFinalizersRemaining",
                false,
                "ContentHasNoFinalizers",
                "All content-preserving finalizers finished".to_string(),
            ),
        ];
        let updated: Vec<NamespaceCondition> = conditions
            .into_iter()
            .map(|(condition_type, status, reason, message)| {
                let kept = namespace.conditions.iter().find(|old| {
                    old.condition_type == condition_type
                        && old.status == status
                        && old.message == message
                });
                NamespaceCondition {
                    condition_type,
                    status,
                    reason,
                    last_transition_time: kept.map_or(now, |old| old.last_transition_time),
                    message,
                }
            })
            .collect();
        namespace.conditions = updated;
    }
    cluster.schedule(
        SimDuration::from_secs(2),
        Task::NamespaceSync {
            name: name.to_string(),
        },
    );
}

/// What a simple image's main process does with its `command`/`args`.
pub(crate) struct ContainerRun {
    /// The lines it writes, each with how long after the start it writes it.
    pub output: Vec<(SimDuration, String)>,
    /// `Some((after, exit code))` if the process ends.
    pub exits: Option<(SimDuration, i64)>,
}

/// A main process that is neither a shell script nor a busybox applet (those run in
/// `container_sh`): the image's default `sh` without a terminal, the CUDA image's
/// `nvidia-smi` without a driver, or a program the image does not have.
pub(crate) fn run_container_command(command: &[String], args: &[String]) -> ContainerRun {
    let argv: Vec<String> = command.iter().chain(args.iter()).cloned().collect();
    let Some(program) = argv.first() else {
        // `sh` with no terminal exits at once.
        return ContainerRun {
            output: Vec::new(),
            exits: Some((SimDuration::from_millis(20), 0)),
        };
    };
    match program.rsplit('/').next().unwrap_or(program) {
        "nvidia-smi" => ContainerRun {
            output: at_start(vec![
                "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."
                    .into(),
            ]),
            exits: Some((SimDuration::from_millis(200), 9)),
        },
        other => ContainerRun {
            output: at_start(vec![format!(
                "exec {other} failed: No such file or directory"
            )]),
            exits: Some((SimDuration::from_millis(10), 127)),
        },
    }
}

/// Lines written as the process starts.
fn at_start(lines: Vec<String>) -> Vec<(SimDuration, String)> {
    lines
        .into_iter()
        .map(|line| (SimDuration::ZERO, line))
        .collect()
}
