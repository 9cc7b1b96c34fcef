//! Strict decoding of a manifest the way the Kubernetes v1.37 API server decodes a create/update
//! body sent by kubectl 1.37 (`fieldValidation=Strict`).
//!
//! Upstream behaviour reproduced (sources read at the v1.37 development line):
//! * apiserver `handlers/create.go` `transformDecodeError`: a decode failure becomes
//!   `BadRequest` with `<Kind> in version "<version>" cannot be handled as a <Kind>: <error>`.
//! * apimachinery `runtime/serializer/json` `Serializer.unmarshal`: in strict mode
//!   `sigs.k8s.io/json.UnmarshalStrict` decodes into the versioned Go struct; a non-strict
//!   decoding error is returned alone (strict errors are then dropped); otherwise the strict
//!   errors become `strict decoding error: <e1>, <e2>` (`runtime.strictDecodingError`).
//! * sigs.k8s.io/json (fork of Go `encoding/json`): keys match JSON tags case-sensitively;
//!   unknown fields are collected as `unknown field "<path>"` where path is the strict field
//!   stack (`spec.containers[0].foo`, map keys included, at most 100, deduplicated) and their
//!   values are skipped; type mismatches are saved (first one wins, decoding goes on) as
//!   `json: cannot unmarshal <number|string|bool|array|object|number <literal>> into Go struct
//!   field <Struct>.<field.path> of type <go type>` where `<Struct>` is the innermost struct
//!   being decoded and the path lists struct field names only (no indexes, no map keys);
//!   errors returned by custom `UnmarshalJSON` methods abort decoding at once and win over a
//!   saved type error: `resource.Quantity` (`quantities must match the regular expression …`,
//!   `unable to parse quantity's suffix`), `intstr.IntOrString` (inner int32 type errors, which
//!   then get the outer struct/field context), `metav1.Time`/`MicroTime` (string type errors
//!   and Go `time.Parse` errors); `null` is accepted everywhere.
//! * kubectl sends the object as JSON re-marshalled from an unstructured map: keys sorted, numbers
//!   in Go's formatting (`80.0` is sent as `80`), which is the order and literal text used here.
//! * Unknown kinds: apimachinery `meta.NoKindMatchError` (`no matches for kind "Foo" in version
//!   "v1"`), which kubectl wraps (cli-runtime `resource/mapper.go`) as `resource mapping not found
//!   for name: "<name>" namespace: "<ns>" from "<file>": <error>\nensure CRDs are installed first`.
//! * `kind: List` (`apiVersion: v1`): kubectl flattens the list client-side and sends every item
//!   on its own; [`check_object`] checks the items in order and returns the first failure.
//!
//! Deliberately not known here: duplicate fields (a `serde_json::Value` cannot hold them; the
//! server reports `duplicate field "<path>"`), YAML syntax errors, admission and validation (`The
//! Pod "x" is invalid: …`).
//! Verified against upstream sources only: a real API server is not available here and kubectl
//! itself does not decode typed objects client-side.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::{Map, Number, Value};

use super::rfc3339::{parse_time, RFC3339, RFC3339_MICRO};
use super::{schema, GoType, Schema, Shape, TypeForm};
use crate::quantity::Quantity;

/// Why a manifest cannot be decoded (each `Display` is the exact upstream message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The API server's decode failure (HTTP 400 BadRequest); `Display` is the server message
    /// `<Kind> in version "<version>" cannot be handled as a <Kind>: <detail>`.
    CannotBeHandled {
        /// Kind of the object (`Pod`).
        kind: String,
        /// Version part of apiVersion (`v1`).
        version: String,
        /// What went wrong inside the decoder.
        detail: Box<DecodeDetail>,
    },
    /// kubectl's REST mapping found no such kind: `no matches for kind "<kind>" in version
    /// "<apiVersion>"` (kubectl prints it inside `resource mapping not found for name: …`,
    /// see [`DecodeError::kubectl_mapping_message`]).
    NoKindMatch {
        /// The kind asked for.
        kind: String,
        /// The full apiVersion asked for (`v1`, `apps/v1`).
        api_version: String,
    },
    /// The value is not a JSON object with string `apiVersion` and `kind` (kubectl rejects it
    /// before sending); `Display` is a lowercase summary.
    NotAnObject,
    /// `kind` is missing or empty; `Display` is apimachinery's `Object 'Kind' is missing in
    /// '<json>'`.
    MissingKind {
        /// The object as compact JSON.
        json: String,
    },
}

/// The decoder-level error inside [`DecodeError::CannotBeHandled`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeDetail {
    /// Go `json.UnmarshalTypeError` with struct context.
    UnmarshalType {
        /// JSON value description: `string`, `number`, `number 1.5`, `bool`, `array`, `object`.
        value: String,
        /// Innermost Go struct name (`Container`); empty when there is no struct context.
        go_struct: String,
        /// Dotted JSON field path of struct fields (`spec.containers.name`).
        field: String,
        /// Go type (`string`, `int32`, `[]v1.Container`, `v1.RestartPolicy`).
        go_type: String,
    },
    /// An error returned by a custom unmarshaler (quantity or time parse error), verbatim.
    Custom(String),
    /// Unknown fields: each entry is `unknown field "<path>"`.
    Strict(Vec<String>),
}

impl fmt::Display for DecodeDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeDetail::UnmarshalType {
                value,
                go_struct,
                field,
                go_type,
            } => {
                if go_struct.is_empty() && field.is_empty() {
                    write!(
                        f,
                        "json: cannot unmarshal {value} into Go value of type {go_type}"
                    )
                } else {
                    write!(
                        f,
                        "json: cannot unmarshal {value} into Go struct field {go_struct}.{field} of type {go_type}"
                    )
                }
            }
            DecodeDetail::Custom(message) => f.write_str(message),
            DecodeDetail::Strict(errors) => {
                write!(f, "strict decoding error: {}", errors.join(", "))
            }
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::CannotBeHandled {
                kind,
                version,
                detail,
            } => write!(
                f,
                "{kind} in version {version:?} cannot be handled as a {kind}: {detail}"
            ),
            DecodeError::NoKindMatch { kind, api_version } => {
                write!(f, "no matches for kind {kind:?} in version {api_version:?}")
            }
            DecodeError::NotAnObject => {
                f.write_str("object is not a JSON object with apiVersion and kind")
            }
            DecodeError::MissingKind { json } => write!(f, "Object 'Kind' is missing in '{json}'"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    /// The kubectl (cli-runtime) message for [`DecodeError::NoKindMatch`] given the object's
    /// name, namespace and source file (`"STDIN"` for stdin); `None` for other errors.
    pub fn kubectl_mapping_message(
        &self,
        name: &str,
        namespace: &str,
        source: &str,
    ) -> Option<String> {
        match self {
            DecodeError::NoKindMatch { .. } => Some(format!(
                "resource mapping not found for name: {name:?} namespace: {namespace:?} from {source:?}: {self}\nensure CRDs are installed first"
            )),
            _ => None,
        }
    }
}

/// Go's `json.Marshal` text of a number held by `serde_json` (integers as is, floats with
/// `strconv.FormatFloat(f, 'f' or 'e', -1, 64)` and Go's exponent cleanup).
pub fn go_number_text(number: &Number) -> String {
    if let Some(integer) = number.as_i64() {
        return integer.to_string();
    }
    if let Some(integer) = number.as_u64() {
        return integer.to_string();
    }
    let float = number.as_f64().unwrap_or(0.0);
    let abs = float.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        // Go: 'e' format, shortest digits, exponent with a sign and at least two digits, then
        // the cleanup of "e-07" to "e-7".
        let text = format!("{float:e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
        return match exponent.strip_prefix('-') {
            Some(digits) => format!("{mantissa}e-{digits}"),
            None if exponent.len() < 2 => format!("{mantissa}e+0{exponent}"),
            None => format!("{mantissa}e+{exponent}"),
        };
    }
    // Go: 'f' format with the shortest digits that round-trip (Rust's Display does the same).
    format!("{float}")
}

/// Go `encoding/json` string encoding (HTML-safe, as `json.Marshal` does), quotes included.
fn go_json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", ch as u32))
            }
            ch if (ch as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", ch as u32)),
            ch => out.push(ch),
        }
    }
    out.push('"');
    out
}

/// Compact Go `json.Marshal` of a value (map keys sorted).
fn go_json(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => go_number_text(number),
        Value::String(text) => go_json_string(text),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(go_json).collect();
            format!("[{}]", parts.join(","))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(key, item)| format!("{}:{}", go_json_string(key), go_json(item)))
                .collect();
            format!("{{{}}}", parts.join(","))
        }
    }
}

/// Whether a JSON number literal fits a Go integer of `bits` (signed or not).
fn integer_fits(text: &str, bits: u32, signed: bool) -> bool {
    if signed {
        match text.parse::<i64>() {
            Ok(value) => {
                bits >= 64 || {
                    let limit = 1i64 << (bits - 1);
                    (-limit..limit).contains(&value)
                }
            }
            Err(_) => false,
        }
    } else {
        match text.parse::<u64>() {
            Ok(value) => bits >= 64 || value < (1u64 << bits),
            Err(_) => false,
        }
    }
}

/// State of one decode (mirrors sigs.k8s.io/json `decodeState`).
struct Decoder<'s> {
    schema: &'s Schema,
    saved: Option<DecodeDetail>,
    strict: Vec<String>,
    seen_strict: BTreeSet<String>,
    /// errorContext.Struct: innermost struct type name.
    context_struct: Option<&'static str>,
    /// errorContext.FieldStack.
    context_fields: Vec<&'static str>,
    /// strictFieldStack, joined.
    strict_stack: String,
}

impl<'s> Decoder<'s> {
    fn type_error(&self, value: String, go_type: String) -> DecodeDetail {
        match self.context_struct {
            Some(go_struct) => DecodeDetail::UnmarshalType {
                value,
                go_struct: go_struct
                    .rsplit('.')
                    .next()
                    .unwrap_or(go_struct)
                    .to_string(),
                field: self.context_fields.join("."),
                go_type,
            },
            None if !self.context_fields.is_empty() => DecodeDetail::UnmarshalType {
                value,
                go_struct: String::new(),
                field: self.context_fields.join("."),
                go_type,
            },
            None => DecodeDetail::UnmarshalType {
                value,
                go_struct: String::new(),
                field: String::new(),
                go_type,
            },
        }
    }

    /// `d.saveError`: keep the first error.
    fn save(&mut self, value: String, go_type: String) {
        if self.saved.is_none() {
            self.saved = Some(self.type_error(value, go_type));
        }
    }

    fn save_unknown_field(&mut self, key: &str) {
        if self.strict.len() >= 100 {
            return;
        }
        let path = if self.strict_stack.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.strict_stack)
        };
        let message = format!("unknown field {path:?}");
        if self.seen_strict.insert(message.clone()) {
            self.strict.push(message);
        }
    }

    /// Decode `value` into Go type `go_type`; `Err` aborts the whole decode.
    fn value(&mut self, value: &Value, go_type: &GoType) -> Result<(), DecodeDetail> {
        if value.is_null() {
            return Ok(());
        }
        let display = go_type.dereferenced().go_string();
        match self.schema.shape(go_type) {
            Shape::Type(index) => {
                let Some(def) = self.schema.type_at(index) else {
                    return Ok(());
                };
                match def.form {
                    TypeForm::Struct => match value {
                        Value::Object(map) => self.object(index, map),
                        other => {
                            self.save(
                                crate::kubectl::manifest::json_type_name(other).to_string(),
                                display,
                            );
                            Ok(())
                        }
                    },
                    TypeForm::FieldsV1 | TypeForm::RawExtension => Ok(()),
                    TypeForm::Quantity => {
                        let raw = go_json(value);
                        let inner = raw
                            .strip_prefix('"')
                            .and_then(|rest| rest.strip_suffix('"'))
                            .filter(|_| raw.len() >= 2)
                            .unwrap_or(&raw);
                        Quantity::parse(inner.trim())
                            .map(|_| ())
                            .map_err(|error| DecodeDetail::Custom(error.to_string()))
                    }
                    TypeForm::IntOrString => match value {
                        Value::String(_) => Ok(()),
                        Value::Number(number) => {
                            let text = go_number_text(number);
                            if integer_fits(&text, 32, true) {
                                Ok(())
                            } else {
                                Err(self.type_error(format!("number {text}"), "int32".to_string()))
                            }
                        }
                        other => Err(self.type_error(
                            crate::kubectl::manifest::json_type_name(other).to_string(),
                            "int32".to_string(),
                        )),
                    },
                    TypeForm::Time | TypeForm::MicroTime => match value {
                        Value::String(text) => {
                            let layout = if def.form == TypeForm::Time {
                                RFC3339
                            } else {
                                RFC3339_MICRO
                            };
                            parse_time(layout, text).map_err(DecodeDetail::Custom)
                        }
                        other => Err(self.type_error(
                            crate::kubectl::manifest::json_type_name(other).to_string(),
                            "string".to_string(),
                        )),
                    },
                }
            }
            Shape::String => {
                if !value.is_string() {
                    self.save(
                        crate::kubectl::manifest::json_type_name(value).to_string(),
                        display,
                    );
                }
                Ok(())
            }
            Shape::Bool => {
                if !value.is_boolean() {
                    self.save(
                        crate::kubectl::manifest::json_type_name(value).to_string(),
                        display,
                    );
                }
                Ok(())
            }
            Shape::Int(bits) | Shape::Uint(bits) => {
                let signed = matches!(self.schema.shape(go_type), Shape::Int(_));
                match value {
                    Value::Number(number) => {
                        let text = go_number_text(number);
                        if !integer_fits(&text, bits, signed) {
                            self.save(format!("number {text}"), display);
                        }
                    }
                    other => self.save(
                        crate::kubectl::manifest::json_type_name(other).to_string(),
                        display,
                    ),
                }
                Ok(())
            }
            Shape::Float(_) => {
                if !value.is_number() {
                    self.save(
                        crate::kubectl::manifest::json_type_name(value).to_string(),
                        display,
                    );
                }
                Ok(())
            }
            Shape::Interface | Shape::Unknown => Ok(()),
            Shape::Slice(_) if value.is_string() && self.schema.is_byte_slice(go_type) => {
                // encoding/json: a string into []byte is base64 (StdEncoding); its error is
                // saved (d.saveError) and printed bare.
                if let Value::String(text) = value {
                    if let Err(offset) = crate::go_base64::decode_std(text.as_bytes()) {
                        if self.saved.is_none() {
                            self.saved = Some(DecodeDetail::Custom(format!(
                                "illegal base64 data at input byte {offset}"
                            )));
                        }
                    }
                }
                Ok(())
            }
            Shape::Slice(element) => match value {
                Value::Array(items) => {
                    let base = self.strict_stack.len();
                    for (index, item) in items.iter().enumerate() {
                        self.strict_stack.push_str(&format!("[{index}]"));
                        let result = self.value(item, &element);
                        self.strict_stack.truncate(base);
                        result?;
                    }
                    Ok(())
                }
                other => {
                    self.save(
                        crate::kubectl::manifest::json_type_name(other).to_string(),
                        display,
                    );
                    Ok(())
                }
            },
            Shape::Map(_, element) => match value {
                Value::Object(map) => {
                    let base = self.strict_stack.len();
                    for (key, item) in map {
                        if !self.strict_stack.is_empty() {
                            self.strict_stack.push('.');
                        }
                        self.strict_stack.push_str(key);
                        let result = self.value(item, &element);
                        self.strict_stack.truncate(base);
                        result?;
                    }
                    Ok(())
                }
                other => {
                    self.save(
                        crate::kubectl::manifest::json_type_name(other).to_string(),
                        display,
                    );
                    Ok(())
                }
            },
        }
    }

    /// Decode a JSON object into the struct `type_index`.
    fn object(&mut self, type_index: usize, map: &Map<String, Value>) -> Result<(), DecodeDetail> {
        let schema = self.schema;
        let Some(def) = schema.type_at(type_index) else {
            return Ok(());
        };
        let original_struct = self.context_struct;
        let original_fields = self.context_fields.len();
        let base = self.strict_stack.len();
        for (key, item) in map {
            match def.field(key) {
                Some(field) => {
                    self.context_fields.push(field.json_name);
                    self.context_struct = Some(def.go_name);
                    if !self.strict_stack.is_empty() {
                        self.strict_stack.push('.');
                    }
                    self.strict_stack.push_str(field.json_name);
                    self.value(item, &field.go_type)?;
                    self.context_fields.truncate(original_fields);
                    self.context_struct = original_struct;
                    self.strict_stack.truncate(base);
                }
                None => self.save_unknown_field(key),
            }
        }
        Ok(())
    }
}

impl Decoder<'static> {
    fn new() -> Self {
        Decoder {
            schema: schema(),
            saved: None,
            strict: Vec::new(),
            seen_strict: BTreeSet::new(),
            context_struct: None,
            context_fields: Vec::new(),
            strict_stack: String::new(),
        }
    }
}

/// What kubectl's own decoding of `object` into the Go struct `type_index` fails with
/// (non-strict: unknown fields are dropped without a word), if it fails.
pub(super) fn lenient_error(
    type_index: usize,
    object: &Map<String, Value>,
) -> Option<DecodeDetail> {
    let mut decoder = Decoder::new();
    match decoder.object(type_index, object) {
        Err(detail) => Some(detail),
        Ok(()) => decoder.saved,
    }
}

/// Decode `object` as the API server would decode it into the versioned Go type.
fn decode_typed(
    kind: &str,
    version: &str,
    type_index: usize,
    object: &Map<String, Value>,
) -> Result<(), DecodeError> {
    let mut decoder = Decoder::new();
    let detail = match decoder.object(type_index, object) {
        Err(detail) => Some(detail),
        Ok(()) => match decoder.saved.take() {
            Some(detail) => Some(detail),
            None if !decoder.strict.is_empty() => Some(DecodeDetail::Strict(decoder.strict)),
            None => None,
        },
    };
    match detail {
        Some(detail) => Err(DecodeError::CannotBeHandled {
            kind: kind.to_string(),
            version: version.to_string(),
            detail: Box::new(detail),
        }),
        None => Ok(()),
    }
}

/// Check a manifest (as JSON) the way kubectl 1.37 + the API server decode it with
/// `fieldValidation=Strict`; the kind and version come from the value's `apiVersion`/`kind`.
pub fn check_object(value: &Value) -> Result<(), DecodeError> {
    let Value::Object(object) = value else {
        return Err(DecodeError::NotAnObject);
    };
    let kind = match object.get("kind") {
        Some(Value::String(kind)) if !kind.is_empty() => kind.as_str(),
        Some(Value::String(_)) | None => {
            return Err(DecodeError::MissingKind {
                json: go_json(value),
            });
        }
        Some(_) => return Err(DecodeError::NotAnObject),
    };
    let api_version = match object.get("apiVersion") {
        Some(Value::String(api_version)) => api_version.as_str(),
        None => "",
        Some(_) => return Err(DecodeError::NotAnObject),
    };
    let (group, version) = match api_version.split_once('/') {
        Some((group, version)) => (group, version),
        None => ("", api_version),
    };
    let schema = schema();
    let served = schema
        .kind(kind)
        .filter(|def| group == def.group && version == "v1");
    let Some(kind_def) = served else {
        return Err(DecodeError::NoKindMatch {
            kind: kind.to_string(),
            api_version: api_version.to_string(),
        });
    };
    if kind_def.kind == "List" {
        if let Some(Value::Array(items)) = object.get("items") {
            for item in items {
                check_object(item)?;
            }
        }
        return Ok(());
    }
    decode_typed(kind, version, kind_def.type_index, object)
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
