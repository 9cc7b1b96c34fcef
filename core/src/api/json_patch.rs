//! RFC 6902 JSON patches (`kubectl patch --type=json`), applied as the `json-patch` library
//! that kubectl and the API server share does, with its error texts: `add`, `remove`,
//! `replace` (which adds a missing object key, as that library does), `move`, `copy` and
//! `test`, on JSON pointers (`/spec/containers/0/image`, `~0`/`~1` escapes, `-` to append).

use serde_json::Value;

/// Applies `patch` (the decoded JSON array of operations) to `document`.
pub fn apply(document: &mut Value, patch: &Value) -> Result<(), String> {
    let Value::Array(operations) = patch else {
        return Err(format!(
            "json: cannot unmarshal {} into Go value of type jsonpatch.Patch",
            json_kind(patch)
        ));
    };
    for operation in operations {
        let kind = operation.get("op").and_then(Value::as_str).unwrap_or("");
        let path = operation.get("path").and_then(Value::as_str);
        let value = operation.get("value");
        match kind {
            "add" => {
                let path = path.ok_or("add operation failed to decode path")?;
                let value = value.ok_or("add operation, missing value field")?;
                add(document, path, value.clone())
                    .map_err(|_| format!("add operation does not apply: doc is missing path: \"{path}\": missing value"))?;
            }
            "remove" => {
                let path = path.ok_or("remove operation failed to decode path")?;
                remove(document, path).map_err(|key| {
                    format!("error in remove for path: '{path}': Unable to remove nonexistent key: {key}: missing value")
                })?;
            }
            "replace" => {
                let path = path.ok_or("replace operation failed to decode path")?;
                let value = value.ok_or("replace operation, missing value field")?;
                replace(document, path, value.clone()).map_err(|_| {
                    format!("replace operation does not apply: doc is missing key: {path}: missing value")
                })?;
            }
            "move" | "copy" => {
                let from = operation
                    .get("from")
                    .and_then(Value::as_str)
                    .ok_or(format!("{kind} operation failed to decode from"))?;
                let path = path.ok_or(format!("{kind} operation failed to decode path"))?;
                let moved = get(document, from)
                    .cloned()
                    .ok_or(format!("{kind} operation does not apply: doc is missing from path: {from}: missing value"))?;
                if kind == "move" {
                    remove(document, from)
                        .map_err(|_| format!("error in remove for path: '{from}'"))?;
                }
                add(document, path, moved)
                    .map_err(|_| format!("{kind} operation does not apply: doc is missing destination path: {path}: missing value"))?;
            }
            "test" => {
                let path = path.ok_or("test operation failed to decode path")?;
                if get(document, path) != Some(value.unwrap_or(&Value::Null)) {
                    return Err(format!("testing value {path} failed: test failed"));
                }
            }
            other => return Err(format!("Unexpected kind: {other}")),
        }
    }
    Ok(())
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

fn add(document: &mut Value, pointer: &str, value: Value) -> Result<(), ()> {
    if pointer.is_empty() {
        *document = value;
        return Ok(());
    }
    match parent(document, pointer).ok_or(())? {
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
            _ => Err(()),
        },
        _ => Err(()),
    }
}

/// Removes the target; the error is the missing key.
fn remove(document: &mut Value, pointer: &str) -> Result<(), String> {
    let (container, key) = parent(document, pointer).ok_or_else(|| pointer.to_string())?;
    match container {
        Value::Object(map) => map.remove(&key).map(|_| ()).ok_or(key),
        Value::Array(items) => match key.parse::<usize>() {
            Ok(index) if index < items.len() => {
                items.remove(index);
                Ok(())
            }
            _ => Err(key),
        },
        _ => Err(key),
    }
}

fn replace(document: &mut Value, pointer: &str, value: Value) -> Result<(), ()> {
    if pointer.is_empty() {
        *document = value;
        return Ok(());
    }
    match parent(document, pointer).ok_or(())? {
        (Value::Object(map), key) => {
            map.insert(key, value);
            Ok(())
        }
        (Value::Array(items), key) => {
            match key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                Some(slot) => {
                    *slot = value;
                    Ok(())
                }
                None => Err(()),
            }
        }
        _ => Err(()),
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
        let cases: [(Value, Result<Value, &str>); 9] = [
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
