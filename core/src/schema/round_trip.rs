//! What the API server's typed round trip does to the empty values of a body it stores.
//!
//! The server decodes a create, update or patched body into the versioned Go struct and
//! encodes it again (`encoding/json`). A field tagged `omitempty` that holds its Go zero value
//! (`""`, `0`, `false`, an empty list or map, a nil pointer) is then left out, and `null` in a
//! field of a non-pointer scalar type becomes that type's zero value. So `name: ""` in a port,
//! `hostNetwork: false`, `args: []` or `labels: {}` never come back from a real server, while
//! `automountServiceAccountToken: false` (a `*bool`) and `immutable: false` do.
//!
//! Which fields `json.Marshal` leaves out at their zero value is the schema's `omit_zero`
//! flag, read from k8s.io/api's struct tags (`omitempty` on anything but a struct held by
//! value, or `omitzero`). Values inside maps and lists are not fields and stay; the special
//! types (quantities, times, int-or-strings, raw JSON) keep their own forms.

use serde_json::{Map, Value};

use super::{schema, GoType, Schema, Shape, TypeForm};

/// The body as the API server would store it: `object`'s kind (its `kind` field) decoded and
/// encoded again. Objects of kinds the schema does not know are left alone.
pub fn round_trip(object: &mut Value) {
    let schema = schema();
    let Some(type_index) = object
        .get("kind")
        .and_then(Value::as_str)
        .and_then(|kind| schema.kind(kind))
        .map(|kind| kind.type_index)
    else {
        return;
    };
    if let Value::Object(map) = object {
        round_trip_struct(schema, type_index, map);
    }
}

fn round_trip_struct(schema: &Schema, type_index: usize, map: &mut Map<String, Value>) {
    let Some(def) = schema.type_at(type_index) else {
        return;
    };
    if def.form != TypeForm::Struct {
        return;
    }
    map.retain(|key, value| {
        let Some(field) = def.field(key) else {
            return true;
        };
        let pointer = matches!(field.go_type, GoType::Pointer(_));
        let shape = schema.shape(&field.go_type);
        // A `[]byte` is a base64 string in JSON.
        let byte_slice = schema.is_byte_slice(&field.go_type);
        let zero = match value {
            Value::Null => {
                if !field.omit_zero && !pointer {
                    // `null` leaves a Go value at its zero, which is then written out.
                    if let Some(zero) = zero_value(schema, &shape) {
                        *value = zero;
                    }
                }
                true
            }
            Value::String(text) => {
                !pointer && text.is_empty() && (shape == Shape::String || byte_slice)
            }
            Value::Number(number) => {
                !pointer
                    && number.as_f64() == Some(0.0)
                    && matches!(shape, Shape::Int(_) | Shape::Uint(_) | Shape::Float(_))
            }
            Value::Bool(flag) => !pointer && !*flag && shape == Shape::Bool,
            Value::Array(items) => items.is_empty() && matches!(shape, Shape::Slice(_)),
            // A pointer to an empty struct (`emptyDir: {}`) is not nil, so it stays.
            Value::Object(fields) => {
                !pointer
                    && fields.is_empty()
                    && (matches!(shape, Shape::Map(..)) || !is_special(schema, &shape))
            }
        };
        if zero && field.omit_zero {
            return false;
        }
        round_trip_value(schema, &shape, value);
        true
    });
}

/// Walks into a field's value: structs, and the structs inside lists and maps.
fn round_trip_value(schema: &Schema, shape: &Shape, value: &mut Value) {
    match (shape, value) {
        (Shape::Type(index), Value::Object(map)) => round_trip_struct(schema, *index, map),
        (Shape::Slice(element), Value::Array(items)) => {
            let element = schema.shape(element);
            for item in items {
                round_trip_value(schema, &element, item);
            }
        }
        (Shape::Map(_, element), Value::Object(map)) => {
            let element = schema.shape(element);
            for item in map.values_mut() {
                round_trip_value(schema, &element, item);
            }
        }
        _ => {}
    }
}

/// A quantity, time, int-or-string or raw JSON: types with their own JSON forms.
fn is_special(schema: &Schema, shape: &Shape) -> bool {
    match shape {
        Shape::Type(index) => schema
            .type_at(*index)
            .is_some_and(|def| def.form != TypeForm::Struct),
        Shape::Interface | Shape::Unknown => true,
        _ => false,
    }
}

/// The JSON of a non-pointer Go value left at its zero by `null`, where it has one of its own
/// (`None` for lists, maps, interfaces and the special types, which stay `null`).
fn zero_value(schema: &Schema, shape: &Shape) -> Option<Value> {
    match shape {
        Shape::String => Some(Value::String(String::new())),
        Shape::Int(_) | Shape::Uint(_) | Shape::Float(_) => Some(Value::from(0)),
        Shape::Bool => Some(Value::Bool(false)),
        Shape::Type(_) if !is_special(schema, shape) => Some(Value::Object(Map::new())),
        _ => None,
    }
}
