//! `ObjectMeta`: the metadata every stored object carries, typed.
//!
//! The store keeps metadata typed (names, labels, times) so that selectors and listing never
//! re-parse JSON; `to_value` renders it the way the API server serializes `metadata`, with
//! keys in sorted order and server-set fields (`uid`, `resourceVersion`, `creationTimestamp`).

use super::value::{self, s};
use crate::clock::SimTime;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `metav1.OwnerReference`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerReference {
    pub api_version: String,
    pub kind: String,
    pub name: String,
    pub uid: String,
    pub controller: bool,
    pub block_owner_deletion: bool,
}

impl OwnerReference {
    fn to_value(&self) -> Value {
        value::obj([
            ("apiVersion", s(&self.api_version)),
            ("blockOwnerDeletion", Value::Bool(self.block_owner_deletion)),
            ("controller", Value::Bool(self.controller)),
            ("kind", s(&self.kind)),
            ("name", s(&self.name)),
            ("uid", s(&self.uid)),
        ])
    }

    fn from_value(value: &Value) -> Option<OwnerReference> {
        Some(OwnerReference {
            api_version: value::str_at(value, &["apiVersion"])?.to_string(),
            kind: value::str_at(value, &["kind"])?.to_string(),
            name: value::str_at(value, &["name"])?.to_string(),
            uid: value::str_at(value, &["uid"])
                .unwrap_or_default()
                .to_string(),
            controller: value::at(value, &["controller"])
                .and_then(Value::as_bool)
                .unwrap_or(false),
            block_owner_deletion: value::at(value, &["blockOwnerDeletion"])
                .and_then(Value::as_bool)
                .unwrap_or(false),
        })
    }
}

/// `metav1.ObjectMeta`, the parts the simulator uses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ObjectMeta {
    pub name: String,
    pub generate_name: Option<String>,
    /// `None` for cluster-scoped objects.
    pub namespace: Option<String>,
    pub uid: String,
    pub resource_version: u64,
    pub generation: Option<i64>,
    pub creation_timestamp: SimTime,
    pub deletion_timestamp: Option<SimTime>,
    pub deletion_grace_period_seconds: Option<i64>,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub owner_references: Vec<OwnerReference>,
    pub finalizers: Vec<String>,
}

impl ObjectMeta {
    /// Reads the client-settable parts of `metadata` from a manifest.
    pub fn from_manifest(manifest: &Value) -> ObjectMeta {
        let metadata = value::at(manifest, &["metadata"])
            .cloned()
            .unwrap_or(Value::Null);
        ObjectMeta {
            name: value::str_at(&metadata, &["name"])
                .unwrap_or_default()
                .to_string(),
            generate_name: value::str_at(&metadata, &["generateName"]).map(str::to_string),
            namespace: value::str_at(&metadata, &["namespace"]).map(str::to_string),
            labels: value::string_map_at(&metadata, &["labels"]),
            annotations: value::string_map_at(&metadata, &["annotations"]),
            owner_references: value::array_at(&metadata, &["ownerReferences"])
                .iter()
                .filter_map(OwnerReference::from_value)
                .collect(),
            finalizers: value::array_at(&metadata, &["finalizers"])
                .iter()
                .filter_map(|item| item.as_str().map(str::to_string))
                .collect(),
            ..ObjectMeta::default()
        }
    }

    /// The controller owner, if any (`Controlled By:` in describe).
    pub fn controller(&self) -> Option<&OwnerReference> {
        self.owner_references.iter().find(|owner| owner.controller)
    }

    /// Serializes as the API server does (sorted keys, empty collections omitted).
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        if !self.annotations.is_empty() {
            map.insert("annotations".into(), value::string_map(&self.annotations));
        }
        map.insert(
            "creationTimestamp".into(),
            s(self.creation_timestamp.rfc3339()),
        );
        if let Some(grace) = self.deletion_grace_period_seconds {
            map.insert("deletionGracePeriodSeconds".into(), Value::from(grace));
        }
        if let Some(deleted) = self.deletion_timestamp {
            map.insert("deletionTimestamp".into(), s(deleted.rfc3339()));
        }
        if !self.finalizers.is_empty() {
            map.insert(
                "finalizers".into(),
                Value::Array(self.finalizers.iter().map(s).collect()),
            );
        }
        if let Some(generate_name) = &self.generate_name {
            map.insert("generateName".into(), s(generate_name));
        }
        if let Some(generation) = self.generation {
            map.insert("generation".into(), Value::from(generation));
        }
        if !self.labels.is_empty() {
            map.insert("labels".into(), value::string_map(&self.labels));
        }
        map.insert("name".into(), s(&self.name));
        if let Some(namespace) = &self.namespace {
            map.insert("namespace".into(), s(namespace));
        }
        if !self.owner_references.is_empty() {
            map.insert(
                "ownerReferences".into(),
                Value::Array(
                    self.owner_references
                        .iter()
                        .map(OwnerReference::to_value)
                        .collect(),
                ),
            );
        }
        map.insert(
            "resourceVersion".into(),
            s(self.resource_version.to_string()),
        );
        map.insert("uid".into(), s(&self.uid));
        Value::Object(map)
    }
}
