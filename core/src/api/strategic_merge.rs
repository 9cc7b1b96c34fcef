//! Strategic merge patches, as `kubectl apply` computes them and the API server applies them
//! (apimachinery's `strategicpatch`): the three-way patch from the last-applied configuration,
//! the new manifest and the live object, and its application to a stored object.
//!
//! Maps merge key by key and `null` deletes a key. Lists of structs that the Kubernetes types
//! tag with a `patchMergeKey` (containers by `name`, container ports by `containerPort`,
//! Service ports by `port`, …) merge element by element: a patch element updates the element
//! with the same key or is appended, `{"$patch": "delete", KEY: …}` removes one, and
//! `$setElementOrder/FIELD` gives the order of the merged list. Every other list is replaced
//! whole, as for primitive lists (`command`, `args`) and lists without a merge key
//! (`tolerations`).

use serde_json::{Map, Value};

/// The `patchMergeKey` of the list at `path` (field names from the object's root; list
/// elements add no name), or `None` for a list that is replaced whole.
fn merge_key(path: &[&str]) -> Option<&'static str> {
    let last = *path.last()?;
    match last {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        "ownerReferences" => Some("uid"),
        "hostAliases" => Some("ip"),
        // A Service's ports merge by port number; a container's by container port.
        "ports" if path == ["spec", "ports"] => Some("port"),
        "ports" => Some("containerPort"),
        _ => None,
    }
}

/// The three-way patch that turns `current` into `modified`, deleting what `original` (the
/// last-applied configuration, `Null` if none) had and `modified` no longer has. An empty
/// object means there is nothing to change.
pub fn three_way(original: &Value, modified: &Value, current: &Value) -> Value {
    let mut path = Vec::new();
    Value::Object(diff_maps(
        as_map(original),
        as_map(modified),
        as_map(current),
        &mut path,
    ))
}

fn as_map(value: &Value) -> Option<&Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

fn diff_maps<'p>(
    original: Option<&'p Map<String, Value>>,
    modified: Option<&'p Map<String, Value>>,
    current: Option<&'p Map<String, Value>>,
    path: &mut Vec<&'p str>,
) -> Map<String, Value> {
    let mut patch = Map::new();
    let Some(modified) = modified else {
        return patch;
    };
    // Deletions: what the last applied configuration set and the manifest dropped.
    if let Some(original) = original {
        for key in original.keys() {
            if !modified.contains_key(key) && current.is_some_and(|c| c.contains_key(key)) {
                patch.insert(key.clone(), Value::Null);
            }
        }
    }
    for (key, wanted) in modified {
        let live = current.and_then(|c| c.get(key));
        let before = original.and_then(|o| o.get(key));
        path.push(key);
        match (wanted, live) {
            (Value::Object(wanted_map), Some(Value::Object(live_map))) => {
                let nested = diff_maps(
                    before.and_then(as_map),
                    Some(wanted_map),
                    Some(live_map),
                    path,
                );
                if !nested.is_empty() {
                    patch.insert(key.clone(), Value::Object(nested));
                }
            }
            (Value::Array(wanted_list), Some(Value::Array(live_list))) => {
                if let Some(merge_key) = merge_key(path) {
                    let before_list = match before {
                        Some(Value::Array(list)) => list.as_slice(),
                        _ => &[],
                    };
                    if let Some(list_patch) =
                        diff_keyed_lists(merge_key, before_list, wanted_list, live_list, path)
                    {
                        patch.insert(
                            format!("$setElementOrder/{key}"),
                            order_of(merge_key, wanted_list),
                        );
                        patch.insert(key.clone(), Value::Array(list_patch));
                    }
                } else if wanted_list != live_list {
                    patch.insert(key.clone(), wanted.clone());
                }
            }
            (_, Some(live)) if live == wanted => {}
            _ => {
                patch.insert(key.clone(), wanted.clone());
            }
        }
        path.pop();
    }
    patch
}

/// The patch elements of a keyed list, or `None` when it needs none.
fn diff_keyed_lists<'p>(
    merge_key: &str,
    original: &'p [Value],
    modified: &'p [Value],
    current: &'p [Value],
    path: &mut Vec<&'p str>,
) -> Option<Vec<Value>> {
    let key_of = |item: &Value| item.get(merge_key).cloned();
    let find = |list: &'p [Value], key: &Value| -> Option<&'p Value> {
        list.iter().find(|item| item.get(merge_key) == Some(key))
    };
    let mut elements = Vec::new();
    for wanted in modified {
        let Some(key) = key_of(wanted) else {
            // Without its key an element cannot be merged: replace the list.
            return (modified != current).then(|| modified.to_vec());
        };
        match find(current, &key) {
            Some(live) => {
                let nested = diff_maps(
                    find(original, &key).and_then(as_map),
                    as_map(wanted),
                    as_map(live),
                    path,
                );
                if !nested.is_empty() {
                    let mut element = nested;
                    element.insert(merge_key.to_string(), key);
                    elements.push(Value::Object(element));
                }
            }
            None => elements.push(wanted.clone()),
        }
    }
    for before in original {
        let Some(key) = key_of(before) else { continue };
        if find(modified, &key).is_none() && find(current, &key).is_some() {
            let mut element = Map::new();
            element.insert("$patch".into(), Value::String("delete".into()));
            element.insert(merge_key.to_string(), key);
            elements.push(Value::Object(element));
        }
    }
    // Only a new order: the directive alone reorders the list.
    let reordered = {
        let live_keys: Vec<Value> = current.iter().filter_map(key_of).collect();
        let wanted_keys: Vec<Value> = modified.iter().filter_map(key_of).collect();
        let common: Vec<&Value> = live_keys
            .iter()
            .filter(|k| wanted_keys.contains(k))
            .collect();
        let wanted_common: Vec<&Value> = wanted_keys
            .iter()
            .filter(|k| live_keys.contains(k))
            .collect();
        common != wanted_common
    };
    (!elements.is_empty() || reordered).then_some(elements)
}

fn order_of(merge_key: &str, list: &[Value]) -> Value {
    Value::Array(
        list.iter()
            .filter_map(|item| item.get(merge_key))
            .map(|key| {
                let mut entry = Map::new();
                entry.insert(merge_key.to_string(), key.clone());
                Value::Object(entry)
            })
            .collect(),
    )
}

/// Applies a strategic merge patch to `target` (the server's side of `PATCH`).
pub fn apply(target: &mut Value, patch: &Value) {
    let mut path = Vec::new();
    apply_at(target, patch, &mut path);
}

fn apply_at<'p>(target: &mut Value, patch: &'p Value, path: &mut Vec<&'p str>) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    // Directives on a map: `replace` puts the patch in its place, `delete` empties it.
    match patch.get("$patch").and_then(Value::as_str) {
        Some("replace") => {
            let mut replacement = patch.clone();
            replacement.remove("$patch");
            *target = Value::Object(replacement);
            return;
        }
        Some("delete") => {
            *target = Value::Object(Map::new());
            return;
        }
        _ => {}
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Value::Object(target) = target else {
        return;
    };
    for (key, item) in patch {
        if key.starts_with("$setElementOrder/") || key.starts_with("$patch") {
            continue;
        }
        path.push(key);
        match item {
            Value::Null => {
                target.remove(key);
            }
            Value::Array(elements) => match merge_key(path) {
                Some(merge_key) => {
                    let slot = target
                        .entry(key.clone())
                        .or_insert(Value::Array(Vec::new()));
                    if !slot.is_array() {
                        *slot = Value::Array(Vec::new());
                    }
                    if let Value::Array(list) = slot {
                        merge_list(list, merge_key, elements, path);
                        if let Some(Value::Array(order)) =
                            patch.get(&format!("$setElementOrder/{key}"))
                        {
                            reorder(list, merge_key, order);
                        }
                    }
                }
                None => {
                    target.insert(key.clone(), item.clone());
                }
            },
            Value::Object(_) => {
                apply_at(target.entry(key.clone()).or_insert(Value::Null), item, path);
            }
            _ => {
                target.insert(key.clone(), item.clone());
            }
        }
        path.pop();
    }
    // A directive for a list the patch does not otherwise touch.
    for (key, order) in patch {
        let Some(field) = key.strip_prefix("$setElementOrder/") else {
            continue;
        };
        if patch.contains_key(field) {
            continue;
        }
        path.push(field);
        if let (Some(merge_key), Some(Value::Array(list)), Value::Array(order)) =
            (merge_key(path), target.get_mut(field), order)
        {
            reorder(list, merge_key, order);
        }
        path.pop();
    }
}

/// Merges a keyed list: patch elements first, in the patch's order (each merged into the
/// element with its key), then the elements the patch does not name, in their order; a
/// `$patch: delete` element removes its match.
fn merge_list<'p>(
    list: &mut Vec<Value>,
    merge_key: &str,
    elements: &'p [Value],
    path: &mut Vec<&'p str>,
) {
    // `{"$patch": "replace"}` among the elements: the list is the other elements.
    let is_replace =
        |element: &Value| element.get("$patch").and_then(Value::as_str) == Some("replace");
    if elements.iter().any(is_replace) {
        *list = elements
            .iter()
            .filter(|e| !is_replace(e))
            .cloned()
            .collect();
        return;
    }
    // An element without its key cannot be merged: the list is replaced, as computed.
    if elements
        .iter()
        .any(|element| element.get(merge_key).is_none())
    {
        *list = elements.to_vec();
        return;
    }
    let mut rest = std::mem::take(list);
    for element in elements {
        let key = element.get(merge_key);
        let found = rest.iter().position(|item| item.get(merge_key) == key);
        let mut item = match found {
            Some(index) => rest.remove(index),
            None => Value::Object(Map::new()),
        };
        if element.get("$patch").and_then(Value::as_str) == Some("delete") {
            continue;
        }
        if found.is_some() {
            apply_at(&mut item, element, path);
        } else {
            item = element.clone();
        }
        if !list.iter().any(|done| done.get(merge_key) == key) {
            list.push(item);
        }
    }
    list.append(&mut rest);
}

/// Orders `list` as `order` lists the keys; elements it does not name keep their place after.
fn reorder(list: &mut Vec<Value>, merge_key: &str, order: &[Value]) {
    let mut ordered = Vec::with_capacity(list.len());
    for wanted in order {
        let Some(key) = wanted.get(merge_key) else {
            continue;
        };
        if let Some(index) = list
            .iter()
            .position(|item| item.get(merge_key) == Some(key))
        {
            ordered.push(list.remove(index));
        }
    }
    ordered.append(list);
    *list = ordered;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn three_way_patches_and_applies() {
        // (original, modified, current, expected patch)
        let cases = [
            // Nothing changed.
            (
                json!({"a": 1}),
                json!({"a": 1}),
                json!({"a": 1, "b": 2}),
                json!({}),
            ),
            // A changed scalar; a dropped key is deleted; a key the server added stays.
            (
                json!({"a": 1, "x": 1}),
                json!({"a": 2}),
                json!({"a": 1, "x": 1, "server": true}),
                json!({"a": 2, "x": null}),
            ),
            // Containers merge by name: only the changed field is sent, with the order.
            (
                json!({"spec": {"containers": [{"name": "c", "image": "a", "command": ["sleep", "1"]}]}}),
                json!({"spec": {"containers": [{"name": "c", "image": "a", "command": ["sleep", "2"]}]}}),
                json!({"spec": {"containers": [{"name": "c", "image": "a", "command": ["sleep", "1"], "imagePullPolicy": "Always"}]}}),
                json!({"spec": {"$setElementOrder/containers": [{"name": "c"}], "containers": [{"name": "c", "command": ["sleep", "2"]}]}}),
            ),
            // A container removed from the manifest is deleted by key.
            (
                json!({"spec": {"containers": [{"name": "a"}, {"name": "b"}]}}),
                json!({"spec": {"containers": [{"name": "a"}]}}),
                json!({"spec": {"containers": [{"name": "a"}, {"name": "b"}]}}),
                json!({"spec": {"$setElementOrder/containers": [{"name": "a"}], "containers": [{"$patch": "delete", "name": "b"}]}}),
            ),
            // Lists without a merge key are replaced.
            (
                json!({"spec": {"tolerations": [{"key": "a"}]}}),
                json!({"spec": {"tolerations": [{"key": "b"}]}}),
                json!({"spec": {"tolerations": [{"key": "a"}]}}),
                json!({"spec": {"tolerations": [{"key": "b"}]}}),
            ),
            // No last-applied configuration: nothing is deleted.
            (
                Value::Null,
                json!({"metadata": {"labels": {"a": "1"}}}),
                json!({"metadata": {"labels": {"b": "2"}}}),
                json!({"metadata": {"labels": {"a": "1"}}}),
            ),
        ];
        for (original, modified, current, expected) in cases {
            let patch = three_way(&original, &modified, &current);
            assert_eq!(
                patch, expected,
                "patch of {original} → {modified} over {current}"
            );
            let mut patched = current.clone();
            apply(&mut patched, &patch);
            let mut again = patched.clone();
            assert_eq!(
                three_way(&original, &modified, &patched),
                json!({}),
                "{patched}"
            );
            apply(&mut again, &json!({}));
            assert_eq!(again, patched);
        }
    }

    #[test]
    fn keyed_lists_merge_delete_append_and_reorder() {
        let mut target =
            json!({"spec": {"ports": [{"port": 80, "nodePort": 30001}, {"port": 81}]}});
        apply(
            &mut target,
            &json!({"spec": {
                "$setElementOrder/ports": [{"port": 82}, {"port": 80}],
                "ports": [{"port": 80, "name": "web"}, {"port": 82}, {"$patch": "delete", "port": 81}]
            }}),
        );
        assert_eq!(
            target,
            json!({"spec": {"ports": [{"port": 82}, {"port": 80, "nodePort": 30001, "name": "web"}]}})
        );
        // Directives: a map replaced or emptied, a keyed list replaced.
        let mut target =
            json!({"a": {"x": 1, "y": 2}, "b": {"z": 1}, "spec": {"containers": [{"name": "a"}]}});
        apply(
            &mut target,
            &json!({"a": {"$patch": "replace", "w": 3}, "b": {"$patch": "delete"},
                    "spec": {"containers": [{"name": "n"}, {"$patch": "replace"}]}}),
        );
        assert_eq!(
            target,
            json!({"a": {"w": 3}, "b": {}, "spec": {"containers": [{"name": "n"}]}})
        );
        // Hostile shapes neither panic nor loop.
        for patch in [
            json!([1]),
            json!({"spec": 3}),
            json!({"spec": {"ports": {"a": 1}}}),
            json!({"$setElementOrder/x": 1}),
        ] {
            let mut target = json!({"spec": {"ports": [1, "x", null]}});
            apply(&mut target, &patch);
            three_way(&patch, &target, &json!(null));
        }
    }
}
