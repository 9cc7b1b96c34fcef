//! Changing a stored object: the API server's side of a strategic merge `PATCH`, which is
//! how `kubectl apply` updates an object that exists.
//!
//! The patch is applied to the object as stored, the result is validated as on create plus
//! the kind's update rules (a Pod's spec is mostly fixed, see `pod_update`), and what changed
//! takes effect: a ReplicationController's new replica count wakes its controller, a new
//! container image makes the kubelet restart that container, new labels re-run the
//! controllers and the scheduler as a label change does. `metadata.generation` counts spec
//! changes; `resourceVersion` moves only when something changed.

use super::{apps, controllers, daemon_sets, jobs, kubelet, pod_update, validate, Cluster};
use crate::api::{
    json_patch, strategic_merge, value, ApiError, ConfigMap, Kind, Pod, PriorityClass, Secret,
    ServiceAccount,
};
use crate::clock::SimDuration;
use crate::schema::{DecodeDetail, DecodeError};
use serde_json::{json, Map, Value};

/// How the body of a `PATCH` is read (its content type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatchType {
    /// `application/strategic-merge-patch+json`
    Strategic,
    /// `application/merge-patch+json` (RFC 7386)
    Merge,
    /// `application/json-patch+json` (RFC 6902)
    Json,
}

/// The patched object, as the API server's patch handler computes it (`applyJSPatch`,
/// `strategicPatchObject`), with its errors.
pub fn patched(object: &Value, patch_type: PatchType, patch: &Value) -> Result<Value, ApiError> {
    let mut object = object.clone();
    let not_a_map = || {
        format!(
            "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            if patch.is_array() { "array" } else { "value" }
        )
    };
    match patch_type {
        PatchType::Strategic => {
            if !patch.is_object() {
                return Err(ApiError::BadRequest {
                    message: not_a_map(),
                });
            }
            strategic_merge::apply(&mut object, patch);
        }
        PatchType::Merge => {
            if !patch.is_object() {
                return Err(ApiError::BadRequest {
                    message: format!("error decoding patch: {}", not_a_map()),
                });
            }
            value::merge_patch(&mut object, patch);
        }
        PatchType::Json => {
            if !patch.is_array() {
                return Err(ApiError::BadRequest {
                    message: "json: cannot unmarshal object into Go value of type jsonpatch.Patch"
                        .into(),
                });
            }
            json_patch::apply(&mut object, patch).map_err(|_| ApiError::InvalidRequest {
                message: "the server rejected our request due to an error in our request".into(),
            })?;
        }
    }
    Ok(object)
}

/// A Service replaced without its cluster IP or node ports keeps the ones it has
/// (`patchAllocatedValues`); node ports match by port number and protocol.
fn keep_allocated(object: &mut Value, current: &Value) {
    let Some(Value::Object(spec)) = object.get_mut("spec") else {
        return;
    };
    for field in ["clusterIP", "clusterIPs"] {
        if let Some(allocated) = current.get("spec").and_then(|spec| spec.get(field)) {
            spec.entry(field.to_string())
                .or_insert_with(|| allocated.clone());
        }
    }
    let old_ports = value::array_at(current, &["spec", "ports"]);
    if let Some(Value::Array(ports)) = spec.get_mut("ports") {
        for port in ports.iter_mut() {
            let same = old_ports.iter().find(|old| {
                old.get("port") == port.get("port")
                    && old.get("protocol").and_then(Value::as_str).unwrap_or("TCP")
                        == port
                            .get("protocol")
                            .and_then(Value::as_str)
                            .unwrap_or("TCP")
            });
            if let (Value::Object(port), Some(node_port)) =
                (port, same.and_then(|old| old.get("nodePort")))
            {
                port.entry("nodePort".to_string())
                    .or_insert_with(|| node_port.clone());
            }
        }
    }
}

/// Removes the field at a strict-decoding path (`spec.containers[0].foo`).
fn remove_path(object: &mut Value, path: &str) {
    let mut steps: Vec<Result<&str, usize>> = Vec::new();
    for segment in path.split('.') {
        let mut parts = segment.split('[');
        if let Some(key) = parts.next().filter(|key| !key.is_empty()) {
            steps.push(Ok(key));
        }
        for index in parts {
            match index.trim_end_matches(']').parse() {
                Ok(index) => steps.push(Err(index)),
                Err(_) => return,
            }
        }
    }
    let Some((last, parents)) = steps.split_last() else {
        return;
    };
    let mut current = object;
    for step in parents {
        let next = match (step, current) {
            (Ok(key), Value::Object(map)) => map.get_mut(*key),
            (Err(index), Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        match next {
            Some(next) => current = next,
            None => return,
        }
    }
    if let (Ok(key), Value::Object(map)) = (last, current) {
        map.remove(*key);
    }
}

impl Cluster {
    /// Applies a patch to an object. Returns whether the object changed, and the server's
    /// warnings.
    pub fn patch(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        patch_type: PatchType,
        patch: &Value,
    ) -> Result<(bool, Vec<String>), ApiError> {
        let live = self.get(kind, namespace, name)?;
        let old_meta = live.meta().clone();
        // The patch applies to the object as the server stores it, defaults included (a
        // pod's rendering is idempotent, so its patched spec is stored as it comes).
        let mut object = patched(&live.to_value(), patch_type, patch)?;
        // `checkName`: a patch cannot rename the object or move it.
        let patched_name = value::str_at(&object, &["metadata", "name"]).unwrap_or("");
        if patched_name != name {
            return Err(ApiError::BadRequest {
                message: format!(
                    "the name of the object ({patched_name}) does not match the name on the URL ({name})"
                ),
            });
        }
        if let Some(moved) = value::str_at(&object, &["metadata", "namespace"])
            .filter(|ns| !ns.is_empty() && *ns != namespace && kind.namespaced())
        {
            return Err(ApiError::BadRequest {
                message: format!(
                    "the namespace of the object ({moved}) does not match the namespace on the request ({namespace})"
                ),
            });
        }
        // Unknown fields are dropped with a warning (`fieldValidation=Warn`, the default
        // when kubectl does not ask for another); any other decoding error fails.
        let mut warnings = Vec::new();
        match crate::schema::check_object(&object) {
            Ok(()) => {}
            Err(DecodeError::CannotBeHandled { detail, .. })
                if matches!(detail.as_ref(), DecodeDetail::Strict(_)) =>
            {
                if let DecodeDetail::Strict(unknown) = *detail {
                    for message in unknown {
                        if let Some(path) = message
                            .strip_prefix("unknown field \"")
                            .and_then(|rest| rest.strip_suffix('"'))
                        {
                            remove_path(&mut object, path);
                        }
                        warnings.push(message);
                    }
                }
            }
            Err(error) => {
                return Err(ApiError::BadRequest {
                    message: error.to_string(),
                })
            }
        }
        crate::schema::round_trip(&mut object);
        let mut meta = old_meta.clone();
        meta.labels = value::string_map_at(&object, &["metadata", "labels"]);
        meta.annotations = value::string_map_at(&object, &["metadata", "annotations"]);
        if kind == Kind::Namespace {
            // The namespace strategy sets this label to the name on every write.
            meta.labels
                .insert("kubernetes.io/metadata.name".into(), name.to_string());
        }
        validate::object_meta(kind, &meta)?;
        let key = (namespace.to_string(), name.to_string());
        let changed = match kind {
            Kind::Pod => self.update_pod(&key, meta, &object)?,
            Kind::ReplicationController | Kind::ReplicaSet => {
                self.update_replication_controller(kind, &key, meta, &object)?
            }
            Kind::Deployment => self.update_deployment(&key, meta, &object)?,
            Kind::DaemonSet => self.update_daemon_set(&key, meta, &object)?,
            Kind::Job => self.update_job(&key, meta, &object)?,
            Kind::Service => self.update_service(&key, meta, &object)?,
            Kind::ConfigMap => self.update_config_map(&key, meta, &object)?,
            Kind::ServiceAccount => self.update_service_account(&key, meta, &object),
            Kind::Secret => self.update_secret(&key, meta, &object)?,
            Kind::PriorityClass => self.update_priority_class(name, meta, &object)?,
            Kind::Node => {
                let labelled = self.update_metadata(kind, &key, meta);
                self.update_node_from_object(name, &object)? || labelled
            }
            Kind::Endpoints => self.update_endpoints(&key, meta, &object)?,
            // The controllers write these objects' bodies; a user's patch keeps its metadata.
            Kind::Namespace | Kind::Event | Kind::EndpointSlice => {
                self.update_metadata(kind, &key, meta)
            }
        };
        Ok((changed, warnings))
    }

    /// Replaces an object with a manifest (`PUT`, `kubectl replace`): its labels, annotations
    /// and spec become the manifest's; identity, status and what the server allocated (a
    /// Service's cluster IP and node ports) stay. A `resourceVersion` in the manifest must be
    /// the current one.
    pub fn replace(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        manifest: &Value,
    ) -> Result<bool, ApiError> {
        let live = self.get(kind, namespace, name)?;
        let old_meta = live.meta().clone();
        let current = live.to_value();
        if let Some(version) = value::str_at(manifest, &["metadata", "resourceVersion"]) {
            if version != old_meta.resource_version.to_string() {
                return Err(ApiError::Conflict {
                    resource: kind.plural().to_string(),
                    name: name.to_string(),
                    reason: None,
                });
            }
        }
        let mut object = manifest.clone();
        if let Value::Object(map) = &mut object {
            map.remove("status");
        }
        crate::schema::round_trip(&mut object);
        if kind == Kind::Service {
            keep_allocated(&mut object, &current);
        }
        let mut meta = old_meta.clone();
        meta.labels = value::string_map_at(&object, &["metadata", "labels"]);
        meta.annotations = value::string_map_at(&object, &["metadata", "annotations"]);
        if kind == Kind::Namespace {
            meta.labels
                .insert("kubernetes.io/metadata.name".into(), name.to_string());
        }
        validate::object_meta(kind, &meta)?;
        let key = (namespace.to_string(), name.to_string());
        match kind {
            Kind::Pod => self.update_pod(&key, meta, &object),
            Kind::ReplicationController | Kind::ReplicaSet => {
                self.update_replication_controller(kind, &key, meta, &object)
            }
            Kind::Deployment => self.update_deployment(&key, meta, &object),
            Kind::DaemonSet => self.update_daemon_set(&key, meta, &object),
            Kind::Job => self.update_job(&key, meta, &object),
            Kind::Service => self.update_service(&key, meta, &object),
            Kind::ConfigMap => self.update_config_map(&key, meta, &object),
            Kind::ServiceAccount => Ok(self.update_service_account(&key, meta, &object)),
            Kind::Secret => self.update_secret(&key, meta, &object),
            Kind::PriorityClass => self.update_priority_class(name, meta, &object),
            // A node's or namespace's spec is the server's: only metadata changes.
            Kind::Node => {
                let labelled = self.update_metadata(kind, &key, meta);
                Ok(self.update_node_from_object(name, &object)? || labelled)
            }
            Kind::Endpoints => self.update_endpoints(&key, meta, &object),
            Kind::Namespace | Kind::Event | Kind::EndpointSlice => {
                Ok(self.update_metadata(kind, &key, meta))
            }
        }
    }

    /// A node's `spec.unschedulable` and `spec.taints` as a patched or replaced object gives
    /// them (the rest of a node's spec is the kubelet's).
    fn update_node_from_object(&mut self, name: &str, object: &Value) -> Result<bool, ApiError> {
        let unschedulable = value::at(object, &["spec", "unschedulable"])
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let taints = value::array_at(object, &["spec", "taints"])
            .iter()
            .map(crate::api::Taint::from_value)
            .collect();
        self.update_node_spec(name, unschedulable, taints)
    }

    /// Sets whether a node takes new pods and its taints (`kubectl cordon`, `kubectl taint`, a
    /// patch of its spec). The node lifecycle controller keeps the
    /// `node.kubernetes.io/unschedulable:NoSchedule` taint in step with `unschedulable`, the
    /// kubelet reports `NodeSchedulable`/`NodeNotSchedulable`, the scheduler looks again at
    /// pending pods, and the taint eviction controller deletes the pods on the node that do not
    /// tolerate a new `NoExecute` taint. Returns whether anything changed.
    pub fn update_node_spec(
        &mut self,
        name: &str,
        unschedulable: bool,
        mut taints: Vec<crate::api::Taint>,
    ) -> Result<bool, ApiError> {
        const UNSCHEDULABLE_TAINT: &str = "node.kubernetes.io/unschedulable";
        let now = self.now();
        let Some(node) = self.nodes.get(name) else {
            return Err(ApiError::not_found(Kind::Node, name));
        };
        let causes: Vec<String> = taints
            .iter()
            .enumerate()
            .filter(|(_, taint)| {
                !matches!(
                    taint.effect.as_str(),
                    "NoSchedule" | "PreferNoSchedule" | "NoExecute"
                )
            })
            .map(|(index, taint)| {
                crate::validation::FieldError::not_supported(
                    format!("spec.taints[{index}].effect"),
                    taint.effect.as_str(),
                    &["NoSchedule", "PreferNoSchedule", "NoExecute"],
                )
                .to_string()
            })
            .collect();
        if !causes.is_empty() {
            return Err(ApiError::Invalid {
                kind: Kind::Node,
                name: name.to_string(),
                causes,
            });
        }
        // The node lifecycle controller (`TaintNodesByCondition`).
        let has_taint = taints.iter().any(|taint| taint.key == UNSCHEDULABLE_TAINT);
        if unschedulable && !has_taint {
            taints.push(crate::api::Taint {
                key: UNSCHEDULABLE_TAINT.into(),
                value: String::new(),
                effect: "NoSchedule".into(),
                time_added: Some(now),
            });
        } else if !unschedulable && has_taint {
            taints.retain(|taint| taint.key != UNSCHEDULABLE_TAINT);
        }
        if node.unschedulable == unschedulable && node.taints == taints {
            return Ok(false);
        }
        let was_unschedulable = node.unschedulable;
        let new_no_execute: Vec<crate::api::Taint> = taints
            .iter()
            .filter(|taint| taint.effect == "NoExecute" && !node.taints.contains(taint))
            .cloned()
            .collect();
        let resource_version = self.next_resource_version();
        if let Some(node) = self.nodes.get_mut(name) {
            node.unschedulable = unschedulable;
            node.taints = taints;
            node.meta.resource_version = resource_version;
        }
        if was_unschedulable != unschedulable {
            let status = if unschedulable {
                "NodeNotSchedulable"
            } else {
                "NodeSchedulable"
            };
            kubelet::node_event(
                self,
                name,
                status,
                format!("Node {name} status is now: {status}"),
            );
        }
        for taint in &new_no_execute {
            controllers::evict_untolerating_pods(self, name, taint);
        }
        self.schedule_sweep(SimDuration::from_millis(900));
        super::daemon_sets::wake_all(self);
        Ok(true)
    }

    /// Stores new labels and annotations of a kind whose spec users do not change.
    fn update_metadata(
        &mut self,
        kind: Kind,
        key: &super::ObjectKey,
        mut meta: crate::api::ObjectMeta,
    ) -> bool {
        let Ok(live) = self.get(kind, &key.0, &key.1) else {
            return false;
        };
        if *live.meta() == meta {
            return false;
        }
        let labels_changed = live.meta().labels != meta.labels;
        meta.resource_version = self.next_resource_version();
        match kind {
            Kind::Namespace => {
                if let Some(stored) = self.namespaces.get_mut(&key.1) {
                    stored.meta = meta;
                }
            }
            Kind::Node => {
                if let Some(stored) = self.nodes.get_mut(&key.1) {
                    stored.meta = meta;
                }
                // NodeAffinity re-queues pods on node label updates.
                if labels_changed {
                    self.schedule_sweep(SimDuration::from_millis(900));
                }
            }
            Kind::Endpoints | Kind::EndpointSlice => {
                let store = match kind {
                    Kind::Endpoints => &mut self.endpoints,
                    _ => &mut self.endpoint_slices,
                };
                if let Some(stored) = store.get_mut(key) {
                    stored.meta = meta;
                }
            }
            _ => {
                if let Some(stored) = self.events.get_mut(key) {
                    stored.meta = meta;
                }
            }
        }
        true
    }

    fn update_pod(
        &mut self,
        key: &super::ObjectKey,
        mut meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.pods.get(key) else {
            return Err(ApiError::not_found(Kind::Pod, &key.1));
        };
        let mut spec = match object.get("spec") {
            Some(Value::Object(spec)) => spec.clone(),
            _ => Map::new(),
        };
        // The Priority plugin on update: a spec without `priority` keeps the stored one.
        if let Some(priority) =
            value::at(&old.spec, &["priority"]).filter(|_| !spec.contains_key("priority"))
        {
            spec.insert("priority".into(), priority.clone());
        }
        let manifest = json!({"apiVersion": "v1", "kind": "Pod", "spec": spec});
        validate::pod(&manifest, &meta)?;
        // The node comes from the spec given (a patch keeps the stored `nodeName`; a manifest
        // without one asks to unbind the pod, which the update rules refuse).
        let mut new = Pod::from_manifest(meta.clone(), &manifest, old.api_access_volume.clone());
        new.status = old.status.clone();
        let (old_spec, new_spec) = (old.rendered_spec(), new.rendered_spec());
        pod_update::validate(&key.1, &old_spec, &new_spec)?;
        let spec_changed = new_spec != old_spec;
        if !spec_changed && meta == old.meta {
            return Ok(false);
        }
        let new_images: Vec<usize> = new
            .containers
            .iter()
            .zip(&old.containers)
            .enumerate()
            .filter(|(_, (new, old))| new.image != old.image)
            .map(|(index, _)| index)
            .collect();
        let labels_changed = meta.labels != old.meta.labels;
        let deadline_changed =
            old_spec.get("activeDeadlineSeconds") != new_spec.get("activeDeadlineSeconds");
        let uid = old.meta.uid.clone();
        meta.resource_version = self.next_resource_version();
        if spec_changed {
            meta.generation = Some(meta.generation.unwrap_or(1) + 1);
        }
        new.meta = meta;
        self.pods.insert(key.clone(), Box::new(new));
        if labels_changed {
            self.resync_owners_of_pod(key);
        }
        for container in new_images {
            kubelet::restart_for_new_spec(self, key, &uid, container);
        }
        if deadline_changed {
            kubelet::schedule_active_deadline(self, key);
        }
        Ok(true)
    }

    fn update_replication_controller(
        &mut self,
        kind: Kind,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.replicas_of(kind).get(key) else {
            return Err(ApiError::not_found(kind, &key.1));
        };
        let built = controllers::new_replication_controller(kind, meta, object)?;
        if kind == Kind::ReplicaSet {
            apps::immutable_selector(kind, &old.spec, &built.spec, &key.1)?;
        }
        // The new metadata and spec; the status stays the controller's.
        let mut updated = (**old).clone();
        updated.meta = built.meta;
        updated.spec = built.spec;
        updated.replicas = built.replicas;
        updated.selector = built.selector;
        let spec_changed = updated.spec != old.spec;
        // The generation before the comparison: a no-op update changes nothing.
        let generation = old.meta.generation.unwrap_or(1);
        updated.meta.generation = Some(generation + i64::from(spec_changed));
        if !spec_changed && updated.meta == old.meta {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.replica_store(kind)
            .insert(key.clone(), Box::new(updated));
        self.queue_sync(kind, key.clone(), SimDuration::from_millis(5));
        Ok(true)
    }

    fn update_daemon_set(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.daemon_sets.get(key) else {
            return Err(ApiError::not_found(Kind::DaemonSet, &key.1));
        };
        let built = daemon_sets::new_daemon_set(meta, object)?;
        apps::immutable_selector(Kind::DaemonSet, &old.spec, &built.spec, &key.1)?;
        // The new metadata and spec; the status and revisions stay the controller's.
        let mut updated = (**old).clone();
        updated.meta = built.meta;
        updated.spec = built.spec;
        updated.selector = built.selector;
        let spec_changed = updated.spec != old.spec;
        let generation = old.meta.generation.unwrap_or(1) + i64::from(spec_changed);
        updated.meta.generation = Some(generation);
        updated.meta.annotations.insert(
            daemon_sets::GENERATION_ANNOTATION.into(),
            generation.to_string(),
        );
        if !spec_changed && updated.meta == old.meta {
            return Ok(false);
        }
        daemon_sets::record_revision(&mut updated);
        updated.meta.resource_version = self.next_resource_version();
        self.daemon_sets.insert(key.clone(), Box::new(updated));
        self.queue_sync(Kind::DaemonSet, key.clone(), SimDuration::from_millis(5));
        Ok(true)
    }

    /// A Job's template and selector are immutable (`ValidateJobSpecUpdate`); its metadata and
    /// the rest of its spec may change.
    fn update_job(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.jobs.get(key) else {
            return Err(ApiError::not_found(Kind::Job, &key.1));
        };
        let mut built = jobs::new_job(meta, object)?;
        // The generated selector and labels stay as created.
        if let (Value::Object(spec), Some(selector)) = (&mut built.spec, old.spec.get("selector")) {
            spec.insert("selector".into(), selector.clone());
        }
        for field in ["template", "selector"] {
            let (new, current) = (built.spec.get(field), old.spec.get(field));
            if new != current {
                return Err(ApiError::Invalid {
                    kind: Kind::Job,
                    name: key.1.clone(),
                    causes: vec![crate::validation::FieldError::invalid(
                        format!("spec.{field}"),
                        crate::validation::FieldValue::Json(
                            new.cloned().unwrap_or(Value::Null).to_string(),
                        ),
                        "field is immutable",
                    )
                    .to_string()],
                });
            }
        }
        let mut updated = (**old).clone();
        updated.meta = built.meta;
        updated.spec = built.spec;
        let spec_changed = updated.spec != old.spec;
        // The generation before the comparison: a no-op update changes nothing.
        let generation = old.meta.generation.unwrap_or(1);
        updated.meta.generation = Some(generation + i64::from(spec_changed));
        if !spec_changed && updated.meta == old.meta {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.jobs.insert(key.clone(), Box::new(updated));
        self.queue_sync(Kind::Job, key.clone(), SimDuration::from_millis(5));
        Ok(true)
    }

    fn update_deployment(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.deployments.get(key) else {
            return Err(ApiError::not_found(Kind::Deployment, &key.1));
        };
        let built = apps::new_deployment(meta, object)?;
        apps::immutable_selector(Kind::Deployment, &old.spec, &built.spec, &key.1)?;
        // The new metadata and spec; the status stays the controller's.
        let mut updated = (**old).clone();
        updated.meta = built.meta;
        updated.spec = built.spec;
        updated.replicas = built.replicas;
        updated.selector = built.selector;
        let spec_changed = updated.spec != old.spec;
        // The generation before the comparison: a no-op update changes nothing.
        let generation = old.meta.generation.unwrap_or(1);
        updated.meta.generation = Some(generation + i64::from(spec_changed));
        if !spec_changed && updated.meta == old.meta {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.deployments.insert(key.clone(), Box::new(updated));
        self.queue_sync(Kind::Deployment, key.clone(), SimDuration::from_millis(5));
        Ok(true)
    }

    /// `ValidateConfigMapUpdate`: an immutable ConfigMap keeps its data and stays immutable.
    /// The root CA publisher puts `kube-root-ca.crt` back as it was.
    fn update_config_map(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.config_maps.get(key) else {
            return Err(ApiError::not_found(Kind::ConfigMap, &key.1));
        };
        let mut updated = ConfigMap::from_manifest(meta, object);
        validate::config_map_update(old, &updated, object)?;
        if updated == **old {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.config_maps.insert(key.clone(), Box::new(updated));
        if key.1 == controllers::ROOT_CA_CONFIG_MAP {
            self.schedule(
                controllers::NAMESPACE_DEFAULTS_DELAY,
                super::Task::NamespaceDefaultsSync {
                    name: key.0.clone(),
                },
            );
        }
        Ok(true)
    }

    /// `ValidateSecretUpdate`: the type stays, and an immutable Secret keeps its data.
    fn update_secret(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.secrets.get(key) else {
            return Err(ApiError::not_found(Kind::Secret, &key.1));
        };
        let mut updated = Secret::from_manifest(meta, object);
        validate::secret_update(old, &updated)?;
        if updated == **old {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.secrets.insert(key.clone(), Box::new(updated));
        Ok(true)
    }

    /// `ValidatePriorityClassUpdate` (`value` and `preemptionPolicy` stay), then the Priority
    /// plugin's check of the global default.
    fn update_priority_class(
        &mut self,
        name: &str,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        let Some(old) = self.priority_classes.get(name) else {
            return Err(ApiError::not_found(Kind::PriorityClass, name));
        };
        let mut updated = PriorityClass::from_manifest(meta, object);
        let causes = validate::priority_class(&updated, Some(old));
        validate::with_meta_causes(Kind::PriorityClass, &updated.meta, causes, Ok(()))?;
        super::priority::admit_class(self, &updated)?;
        if updated == **old {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.priority_classes
            .insert(name.to_string(), Box::new(updated));
        Ok(true)
    }

    fn update_service_account(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> bool {
        let Some(old) = self.service_accounts.get(key) else {
            return false;
        };
        let mut updated = ServiceAccount::from_manifest(meta, object);
        if updated == **old {
            return false;
        }
        updated.meta.resource_version = self.next_resource_version();
        self.service_accounts.insert(key.clone(), Box::new(updated));
        true
    }

    /// An Endpoints' new subsets and metadata, validated as on create; the mirroring
    /// controller follows.
    fn update_endpoints(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        validate::with_meta_causes(
            Kind::Endpoints,
            &meta,
            Vec::new(),
            validate::endpoints(object),
        )?;
        let Some(old) = self.endpoints.get(key) else {
            return Err(ApiError::not_found(Kind::Endpoints, &key.1));
        };
        let mut updated = crate::api::Endpoints::from_manifest(meta, object);
        if updated == **old {
            return Ok(false);
        }
        updated.meta.resource_version = self.next_resource_version();
        self.endpoints.insert(key.clone(), Box::new(updated));
        super::mirroring::sync(self, key);
        Ok(true)
    }

    fn update_service(
        &mut self,
        key: &super::ObjectKey,
        meta: crate::api::ObjectMeta,
        object: &Value,
    ) -> Result<bool, ApiError> {
        // The service's own node ports must not count as taken while it is rebuilt.
        let Some(old) = self.services.remove(key) else {
            return Err(ApiError::not_found(Kind::Service, &key.1));
        };
        let immutable = ["clusterIP", "clusterIPs"].into_iter().find(|field| {
            let before = old.spec.get(*field);
            let after = object.get("spec").and_then(|spec| spec.get(*field));
            after.is_some() && before != after
        });
        if let Some(field) = immutable {
            let value = object
                .get("spec")
                .and_then(|spec| spec.get(field))
                .cloned()
                .unwrap_or(Value::Null);
            let shown = match &value {
                Value::Array(items) => format!(
                    "[]string{{{}}}",
                    items
                        .iter()
                        .map(|item| crate::validation::go_quote(item.as_str().unwrap_or("")))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                other => crate::validation::go_quote(other.as_str().unwrap_or("")),
            };
            let name = old.meta.name.clone();
            self.services.insert(key.clone(), old);
            return Err(ApiError::Invalid {
                kind: Kind::Service,
                name,
                causes: vec![format!(
                    "spec.{field}: Invalid value: {shown}: field is immutable"
                )],
            });
        }
        let result = controllers::new_service(self, meta, object);
        let updated = match result {
            Ok(updated) => updated,
            Err(error) => {
                self.services.insert(key.clone(), old);
                return Err(error);
            }
        };
        if updated.spec == old.spec && updated.meta == old.meta {
            self.services.insert(key.clone(), old);
            return Ok(false);
        }
        let mut updated = updated;
        updated.meta.resource_version = self.next_resource_version();
        self.services.insert(key.clone(), Box::new(updated));
        super::endpoints::sync_service(self, key);
        Ok(true)
    }
}
