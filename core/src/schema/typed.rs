//! Objects as kubectl holds them in Go structs: a manifest decoded into its versioned type
//! and marshalled again (`kubectl set image --local`, whose builder decodes with kubectl's
//! scheme), and Go's `encoding/json` over such a struct, fields in declaration order.
//!
//! The decoding is kubectl's own, not the API server's: unknown fields are dropped without a
//! word and nothing is defaulted; a value of the wrong type fails as `decode::lenient_error`
//! says. Marshalling writes what `json.Marshal` writes: a missing field comes back as its Go
//! zero value unless `omitempty`/`omitzero` leaves it out (`resources: {}`, `status: {}`,
//! `name: ""`, `service: null`), quantities in their canonical form, times in UTC.
//! It knows nothing of the kinds outside the schema.

use serde_json::{Map, Value};

use super::{schema, GoType, Schema, Shape, TypeForm};
use crate::clock::SimTime;
use crate::printers::json::{go_json_number, write_go_json_string};
use crate::quantity::Quantity;

pub use super::decode::DecodeDetail;

/// The struct type of an object of this `apiVersion` and `kind`, when the schema has it.
pub fn kind_type(api_version: &str, kind: &str) -> Option<usize> {
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    schema()
        .kind(kind)
        .filter(|def| def.group == group && version == "v1" && def.kind != "List")
        .map(|def| def.type_index)
}

/// `object` decoded into the struct `type_index` and marshalled again, or kubectl's decoding
/// error.
pub fn decode(type_index: usize, object: &Value) -> Result<Value, DecodeDetail> {
    let map = match object {
        Value::Object(map) => map,
        _ => return Ok(Value::Object(Map::new())),
    };
    if let Some(detail) = super::decode::lenient_error(type_index, map) {
        return Err(detail);
    }
    Ok(Value::Object(encode_struct(
        schema(),
        type_index,
        Some(map),
    )))
}

/// The fields of struct `type_index` as `json.Marshal` writes them once `input` is decoded.
fn encode_struct(
    schema: &Schema,
    type_index: usize,
    input: Option<&Map<String, Value>>,
) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(def) = schema.type_at(type_index) else {
        return out;
    };
    for field in &def.fields {
        let given = input.and_then(|map| map.get(field.json_name));
        let (value, zero) = encode(schema, &field.go_type, given);
        if !(zero && field.omit_zero) {
            out.insert(field.json_name.to_string(), value);
        }
    }
    out
}

/// A value of Go type `go_type` decoded from `given` (absent: the zero value) and marshalled
/// again, and whether it is its type's zero value (for `omitempty`).
fn encode(schema: &Schema, go_type: &GoType, given: Option<&Value>) -> (Value, bool) {
    let given = given.filter(|value| !value.is_null());
    if let GoType::Pointer(inner) = go_type {
        return match given {
            Some(value) => (encode(schema, inner, Some(value)).0, false),
            None => (Value::Null, true),
        };
    }
    match schema.shape(go_type) {
        Shape::Type(index) => {
            let form = schema.type_at(index).map(|def| def.form);
            match (form, given) {
                (Some(TypeForm::Struct), given) => {
                    let map = encode_struct(schema, index, given.and_then(Value::as_object));
                    let zero = given.is_none();
                    (Value::Object(map), zero)
                }
                (Some(TypeForm::Quantity), given) => {
                    let quantity = given
                        .and_then(|value| Quantity::from_json_value(value).ok())
                        .unwrap_or_default();
                    (quantity.to_json_value(), quantity.is_zero())
                }
                (Some(TypeForm::IntOrString), Some(value)) => (integral(value), false),
                (Some(TypeForm::IntOrString), None) => (Value::from(0), true),
                (
                    Some(form @ (TypeForm::Time | TypeForm::MicroTime)),
                    Some(Value::String(text)),
                ) => match SimTime::parse_rfc3339(text) {
                    Some(time) if form == TypeForm::Time => (Value::String(time.rfc3339()), false),
                    Some(time) => (Value::String(time.rfc3339_micro()), false),
                    None => (Value::String(text.clone()), false),
                },
                (_, Some(value)) => (value.clone(), false),
                (_, None) => (Value::Null, true),
            }
        }
        Shape::String => match given {
            Some(Value::String(text)) => (Value::String(text.clone()), text.is_empty()),
            _ => (Value::String(String::new()), true),
        },
        Shape::Bool => {
            let flag = given.and_then(Value::as_bool).unwrap_or(false);
            (Value::Bool(flag), !flag)
        }
        Shape::Int(_) | Shape::Uint(_) | Shape::Float(_) => match given {
            Some(value @ Value::Number(number)) => (integral(value), number.as_f64() == Some(0.0)),
            _ => (Value::from(0), true),
        },
        Shape::Slice(element) => match given {
            Some(Value::Array(items)) => {
                let items: Vec<Value> = items
                    .iter()
                    .map(|item| encode(schema, &element, Some(item)).0)
                    .collect();
                let zero = items.is_empty();
                (Value::Array(items), zero)
            }
            // A `[]byte` is a base64 string.
            Some(Value::String(text)) => (Value::String(text.clone()), text.is_empty()),
            _ => (Value::Null, true),
        },
        Shape::Map(_, element) => match given {
            Some(Value::Object(map)) => {
                let map: Map<String, Value> = map
                    .iter()
                    .map(|(key, item)| (key.clone(), encode(schema, &element, Some(item)).0))
                    .collect();
                let zero = map.is_empty();
                (Value::Object(map), zero)
            }
            _ => (Value::Null, true),
        },
        Shape::Interface | Shape::Unknown => match given {
            Some(value) => (value.clone(), false),
            None => (Value::Null, true),
        },
    }
}

/// A whole number held as a float (`80.0` in YAML) as the integer Go decodes it into.
fn integral(value: &Value) -> Value {
    match value {
        Value::Number(number) if number.is_f64() => match number.as_f64() {
            Some(float) if float.fract() == 0.0 && float.abs() < 9.0e15 => {
                Value::from(float as i64)
            }
            _ => value.clone(),
        },
        other => other.clone(),
    }
}

/// Go's `encoding/json` over a typed object: struct fields in declaration order (from the
/// schema), maps sorted; `json.Marshal`, or `json.MarshalIndent` with `indent`.
pub struct TypedJson<'s> {
    pub schema: &'s Schema,
    pub indent: Option<&'static str>,
}

impl TypedJson<'_> {
    pub fn newline(&self, out: &mut String, depth: usize) {
        if let Some(indent) = self.indent {
            out.push('\n');
            for _ in 0..depth {
                out.push_str(indent);
            }
        }
    }

    pub fn write(&self, out: &mut String, value: &Value, go_type: Option<&GoType>, depth: usize) {
        let shape = go_type.map(|go_type| self.schema.shape(go_type));
        match value {
            Value::Null => out.push_str("null"),
            Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Value::Number(number) => out.push_str(&go_json_number(number)),
            Value::String(text) => write_go_json_string(out, text),
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Array(items) => {
                let element = match &shape {
                    Some(Shape::Slice(element)) => Some(element),
                    _ => None,
                };
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    self.newline(out, depth + 1);
                    self.write(out, item, element, depth + 1);
                }
                self.newline(out, depth);
                out.push(']');
            }
            Value::Object(map) if map.is_empty() => out.push_str("{}"),
            Value::Object(map) => {
                // A struct's fields in declaration order (anything undeclared after them,
                // sorted); a map's keys sorted.
                let mut entries: Vec<(&String, &Value, Option<&GoType>)> = Vec::new();
                match &shape {
                    Some(Shape::Type(index)) => {
                        let fields = self
                            .schema
                            .type_at(*index)
                            .map(|def| def.fields.as_slice())
                            .unwrap_or(&[]);
                        for field in fields {
                            if let Some((key, value)) = map.get_key_value(field.json_name) {
                                entries.push((key, value, Some(&field.go_type)));
                            }
                        }
                        for (key, value) in map {
                            if !fields.iter().any(|field| field.json_name == key) {
                                entries.push((key, value, None));
                            }
                        }
                    }
                    Some(Shape::Map(_, element)) => {
                        entries.extend(map.iter().map(|(key, value)| (key, value, Some(element))));
                    }
                    _ => entries.extend(map.iter().map(|(key, value)| (key, value, None))),
                }
                out.push('{');
                for (index, (key, value, go_type)) in entries.into_iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    self.newline(out, depth + 1);
                    write_go_json_string(out, key);
                    out.push(':');
                    if self.indent.is_some() {
                        out.push(' ');
                    }
                    self.write(out, value, go_type, depth + 1);
                }
                self.newline(out, depth);
                out.push('}');
            }
        }
    }
}

/// `json.Marshal` (or `json.MarshalIndent(obj, "", indent)`) of an object of a kind the
/// schema has, as its Go struct; `None` for other kinds.
pub fn object_json(value: &Value, indent: Option<&'static str>) -> Option<String> {
    let schema = schema();
    let type_index = schema.kind(value.get("kind")?.as_str()?)?.type_index;
    let go_type = GoType::Name(schema.type_at(type_index)?.go_name);
    let mut out = String::new();
    TypedJson { schema, indent }.write(&mut out, value, Some(&go_type), 0);
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn marshalled(manifest: Value) -> Result<String, String> {
        let api_version = manifest["apiVersion"].as_str().unwrap_or("").to_string();
        let kind = manifest["kind"].as_str().unwrap_or("").to_string();
        let type_index = kind_type(&api_version, &kind).unwrap();
        decode(type_index, &manifest)
            .map(|object| object_json(&object, None).unwrap())
            .map_err(|detail| detail.to_string())
    }

    #[test]
    fn decoding_keeps_what_the_go_struct_keeps() {
        for (manifest, want) in [
            (
                json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "x": 1},
                       "spec": {"containers": [{"image": "i", "args": [], "resources": {"limits": {"cpu": 0.5}}}]}}),
                Ok(r#"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"},"spec":{"containers":[{"name":"","image":"i","resources":{"limits":{"cpu":"500m"}}}]},"status":{}}"#),
            ),
            (
                json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"creationTimestamp": "2024-01-01T01:00:00+01:00"}, "spec": null}),
                Ok(r#"{"kind":"Pod","apiVersion":"v1","metadata":{"creationTimestamp":"2024-01-01T00:00:00Z"},"spec":{"containers":null},"status":{}}"#),
            ),
            (
                json!({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"replicas": 2.0, "template": {}}}),
                Ok(r#"{"kind":"Deployment","apiVersion":"apps/v1","metadata":{},"spec":{"replicas":2,"selector":null,"template":{"metadata":{},"spec":{"containers":null}},"strategy":{}},"status":{}}"#),
            ),
            (
                json!({"apiVersion": "v1", "kind": "Pod", "spec": {"containers": [{"name": 1}]}}),
                Err("json: cannot unmarshal number into Go struct field Container.spec.containers.name of type string"),
            ),
        ] {
            assert_eq!(
                marshalled(manifest.clone()),
                want.map(str::to_string).map_err(str::to_string),
                "{manifest}"
            );
        }
    }

    #[test]
    fn only_served_versions_have_a_type() {
        assert!(kind_type("apps/v1", "Deployment").is_some());
        assert!(kind_type("v1", "Deployment").is_none());
        assert!(kind_type("apps/v1beta1", "Deployment").is_none());
        assert!(kind_type("v1", "List").is_none());
    }
}
