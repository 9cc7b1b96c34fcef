//! RFC 6902 JSON patches (`kubectl patch --type=json`), applied as the `json-patch` library
//! that kubectl and the API server share does, with its error texts: `add`, `remove`,
//! `replace` (which adds a missing object key, as that library does), `move`, `copy` and
//! `test`, on JSON pointers (`/spec/containers/0/image`, `~0`/`~1` escapes, `-` to append).

use serde_json::Value;

/// Applies `patch` (the decoded JSON array of operations) to `document`. The library's
/// quirks are kept: a missing `value` is `null`, `copy` from a missing path copies `null`,
/// `replace` of a missing object key adds it, and `test` of a missing path against a missing
/// value passes.
pub fn apply(document: &mut Value, patch: &Value) -> Result<(), String> {
    let Value::Array(operations) = patch else {
        return Err(format!(
            "json: cannot unmarshal {} into Go value of type jsonpatch.Patch",
            json_kind(patch)
        ));
    };
    if let Some(other) = operations.iter().find(|operation| !operation.is_object()) {
        return Err(format!(
            "json: cannot unmarshal {} into Go value of type jsonpatch.Operation",
            json_kind(other)
        ));
    }
    for operation in operations {
        let kind = operation
            .get("op")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        if !matches!(
            kind,
            "add" | "remove" | "replace" | "move" | "copy" | "test"
        ) {
            return Err(format!("Unexpected kind: {kind}"));
        }
        let Some(path) = operation.get("path").and_then(Value::as_str) else {
            return Err(format!(
                "{kind} operation failed to decode path: missing value"
            ));
        };
        let value = operation.get("value").cloned().unwrap_or(Value::Null);
        let from = || {
            operation
                .get("from")
                .and_then(Value::as_str)
                .ok_or(format!("{kind} operation failed to decode from: operation, missing from field: missing value"))
        };
        match kind {
            "add" => add(document, path, value).map_err(|error| error.message("add", path))?,
            "remove" => remove(document, path).map_err(|error| error.message("remove", path))?,
            "replace" => replace(document, path, value)?,
            "move" => {
                let from = from()?;
                let moved = get(document, from).cloned();
                remove(document, from)
                    .map_err(|error| error.message("move", from.trim_start_matches('/')))?;
                add(document, path, moved.unwrap_or(Value::Null))
                    .map_err(|error| error.destination("move", path))?;
            }
            "copy" => {
                let from = from()?;
                let copied = get(document, from).cloned().unwrap_or(Value::Null);
                add(document, path, copied).map_err(|error| error.destination("copy", path))?;
            }
            _ => {
                if get(document, path).unwrap_or(&Value::Null) != &value {
                    return Err(format!("testing value {path} failed: test failed"));
                }
            }
        }
    }
    Ok(())
}

/// Why an operation does not apply.
enum PathError {
    /// The container of the target does not exist.
    MissingPath,
    /// An object key to remove is not there.
    MissingKey(String),
    /// An array index out of range.
    BadIndex(String),
}

impl PathError {
    /// The error of `move` and `copy` adding at `path`.
    fn destination(&self, operation: &str, path: &str) -> String {
        match self {
            PathError::MissingPath => format!(
                "{operation} operation does not apply: doc is missing destination path: {path}: missing value"
            ),
            other => other.message(operation, path),
        }
    }

    fn message(&self, operation: &str, path: &str) -> String {
        match self {
            PathError::MissingPath => {
                format!("{operation} operation does not apply: doc is missing path: \"{path}\": missing value")
            }
            PathError::MissingKey(key) => format!(
                "error in {operation} for path: '{path}': Unable to remove nonexistent key: {key}: missing value"
            ),
            PathError::BadIndex(index) => format!(
                "error in {operation} for path: '{path}': Unable to access invalid index: {index}: invalid index referenced"
            ),
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Object(_) => "object",
        Value::Array(_) => "array",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "bool",
        Value::Null => "null",
    }
}

/// The pointer's tokens, unescaped; `None` unless it is empty or starts with `/`.
fn tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

fn get<'v>(document: &'v Value, pointer: &str) -> Option<&'v Value> {
    let mut current = document;
    for token in tokens(pointer)? {
        current = match current {
            Value::Object(map) => map.get(&token)?,
            Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(current)
}

/// The parent container of the pointer's target, and the last token.
fn parent<'v>(document: &'v mut Value, pointer: &str) -> Option<(&'v mut Value, String)> {
    let mut tokens = tokens(pointer)?;
    let last = tokens.pop()?;
    let mut current = document;
    for token in tokens {
        current = match current {
            Value::Object(map) => map.get_mut(&token)?,
            Value::Array(items) => items.get_mut(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some((current, last))
}

fn add(document: &mut Value, pointer: &str, value: Value) -> Result<(), PathError> {
    match parent(document, pointer).ok_or(PathError::MissingPath)? {
        (Value::Object(map), key) => {
            map.insert(key, value);
            Ok(())
        }
        (Value::Array(items), key) if key == "-" => {
            items.push(value);
            Ok(())
        }
        (Value::Array(items), key) => match key.parse::<usize>() {
            Ok(index) if index <= items.len() => {
                items.insert(index, value);
                Ok(())
            }
            _ => Err(PathError::BadIndex(key)),
        },
        _ => Err(PathError::MissingPath),
    }
}

fn remove(document: &mut Value, pointer: &str) -> Result<(), PathError> {
    match parent(document, pointer).ok_or(PathError::MissingPath)? {
        (Value::Object(map), key) => match map.remove(&key) {
            Some(_) => Ok(()),
            None => Err(PathError::MissingKey(key)),
        },
        (Value::Array(items), key) => match key.parse::<usize>() {
            Ok(index) if index < items.len() => {
                items.remove(index);
                Ok(())
            }
            _ => Err(PathError::BadIndex(key)),
        },
        _ => Err(PathError::MissingPath),
    }
}

fn replace(document: &mut Value, pointer: &str, value: Value) -> Result<(), String> {
    let missing = || {
        format!("replace operation does not apply: doc is missing key: {pointer}: missing value")
    };
    match parent(document, pointer).ok_or_else(missing)? {
        (Value::Object(map), key) => {
            map.insert(key, value);
            Ok(())
        }
        (Value::Array(items), key) => {
            match key
                .parse::<usize>()
                .ok()
                .and_then(|index| items.get_mut(index))
            {
                Some(slot) => {
                    *slot = value;
                    Ok(())
                }
                None => Err(missing()),
            }
        }
        _ => Err(missing()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_and_their_errors() {
        let doc =
            json!({"kind": "Pod", "spec": {"containers": [{"name": "c", "image": "busybox"}]}});
        let cases: [(Value, Result<Value, &str>); 19] = [
            (
                json!([{"op": "replace", "path": "/spec/containers/0/image", "value": "nginx"}]),
                Ok(json!({"kind": "Pod", "spec": {"containers": [{"name": "c", "image": "nginx"}]}})),
            ),
            (
                json!([{"op": "add", "path": "/spec/containers/-", "value": {"name": "d"}}, {"op": "remove", "path": "/kind"}]),
                Ok(json!({"spec": {"containers": [{"name": "c", "image": "busybox"}, {"name": "d"}]}})),
            ),
            (
                json!([{"op": "copy", "from": "/kind", "path": "/a~1b"}, {"op": "test", "path": "/a~1b", "value": "Pod"}]),
                Ok(json!({"kind": "Pod", "a/b": "Pod", "spec": {"containers": [{"name": "c", "image": "busybox"}]}})),
            ),
            (json!({}), Err("json: cannot unmarshal object into Go value of type jsonpatch.Patch")),
            (json!([{"op": "nope", "path": "/a"}]), Err("Unexpected kind: nope")),
            (json!([{"op": "remove", "path": "/spec/x"}]), Err("error in remove for path: '/spec/x': Unable to remove nonexistent key: x: missing value")),
            (json!([{"op": "add", "path": "/spec/x/y", "value": 1}]), Err("add operation does not apply: doc is missing path: \"/spec/x/y\": missing value")),
            (json!([{"op": "test", "path": "/kind", "value": "Node"}]), Err("testing value /kind failed: test failed")),
            (json!([{"op": "add", "path": "no-slash", "value": 1}]), Err("add operation does not apply: doc is missing path: \"no-slash\": missing value")),
            (json!([{"op": "add"}]), Err("add operation failed to decode path: missing value")),
            (json!([{"path": "/a"}]), Err("Unexpected kind: unknown")),
            (json!([1]), Err("json: cannot unmarshal number into Go value of type jsonpatch.Operation")),
            (json!([{"op": "copy", "path": "/a"}]), Err("copy operation failed to decode from: operation, missing from field: missing value")),
            (json!([{"op": "move", "from": "/nope", "path": "/a"}]), Err("error in move for path: 'nope': Unable to remove nonexistent key: nope: missing value")),
            (json!([{"op": "add", "path": "/spec/containers/9", "value": 1}]), Err("error in add for path: '/spec/containers/9': Unable to access invalid index: 9: invalid index referenced")),
            (json!([{"op": "replace", "path": "/spec/containers/5", "value": 1}]), Err("replace operation does not apply: doc is missing key: /spec/containers/5: missing value")),
            (json!([{"op": "add", "path": "", "value": 1}]), Err("add operation does not apply: doc is missing path: \"\": missing value")),
            // The library's quirks: no value is null; replace adds a missing key.
            (json!([{"op": "add", "path": "/a"}, {"op": "replace", "path": "/zz", "value": 1}, {"op": "test", "path": "/b"}]), Ok(json!({"a": null, "zz": 1, "kind": "Pod", "spec": {"containers": [{"name": "c", "image": "busybox"}]}}))),
            (json!([{"op": "move", "from": "/kind", "path": "/a/b"}]), Err("move operation does not apply: doc is missing destination path: /a/b: missing value")),
        ];
        for (patch, want) in cases {
            let mut got = doc.clone();
            let result = apply(&mut got, &patch);
            match want {
                Ok(expected) => {
                    assert_eq!(result, Ok(()), "{patch}");
                    assert_eq!(got, expected, "{patch}");
                }
                Err(message) => assert_eq!(result, Err(message.to_string()), "{patch}"),
            }
        }
    }
}
