//! Small helpers for reading and building `serde_json::Value` trees without panicking.
//!
//! Manifests and rendered objects are JSON values; these helpers keep the call sites short
//! (`value::str_at(&pod, &["spec", "nodeName"])`) and never index out of range.

use crate::sort::CollectSorted;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The value at `path` (object keys only), if every step exists.
pub fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter()
        .try_fold(value, |current, key| current.get(*key))
}

/// The string at `path`, if present and a string.
pub fn str_at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v str> {
    at(value, path).and_then(Value::as_str)
}

/// The integer at `path`, if present and an integer.
pub fn i64_at(value: &Value, path: &[&str]) -> Option<i64> {
    at(value, path).and_then(Value::as_i64)
}

/// A `map[string]string` at `path` (non-string values are skipped; decoding rejected them earlier).
pub fn string_map_at(value: &Value, path: &[&str]) -> BTreeMap<String, String> {
    match at(value, path) {
        Some(Value::Object(map)) => map
            .iter()
            .filter_map(|(key, value)| Some((key.clone(), value.as_str()?.to_string())))
            .collect_map(),
        _ => BTreeMap::new(),
    }
}

/// The array at `path`, or an empty slice.
pub fn array_at<'v>(value: &'v Value, path: &[&str]) -> &'v [Value] {
    match at(value, path) {
        Some(Value::Array(items)) => items.as_slice(),
        _ => &[],
    }
}

/// Builds a JSON object from a string map.
pub fn string_map(map: &BTreeMap<String, String>) -> Value {
    Value::Object(
        map.iter()
            .map(|(key, value)| (key.clone(), Value::String(value.clone())))
            .collect_object(),
    )
}

/// Inserts `value` under `key` unless the object already has the key.
pub fn insert_default(object: &mut Map<String, Value>, key: &str, value: Value) {
    if !object.contains_key(key) {
        object.insert(key.to_string(), value);
    }
}

/// Shorthand for building objects: `obj([("a", json!(1))])`.
pub fn obj<const N: usize>(entries: [(&str, Value); N]) -> Value {
    object(Vec::from(entries))
}

/// `obj`'s body, compiled once rather than once per array length.
fn object(entries: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (key, value) in entries {
        map.insert(key.to_string(), value);
    }
    Value::Object(map)
}

/// A JSON string value.
pub fn s(text: impl Into<String>) -> Value {
    Value::String(text.into())
}

/// RFC 7386 JSON merge patch (`--overrides` with `--override-type=merge`): objects merge key
/// by key, `null` removes a key, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(target) = target {
        for (key, item) in patch {
            if item.is_null() {
                target.remove(key);
            } else {
                merge_patch(target.entry(key.clone()).or_insert(Value::Null), item);
            }
        }
    }
}
