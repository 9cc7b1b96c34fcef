//! Kubernetes apimachinery validation, byte for byte as in v1.37: Go-style quoting
//! (`strconv.Quote`, `encoding/json` strings), field errors (`field.Error` and its `Error()`
//! text), DNS-1123/1035 names, label keys and values, annotations, and the name, namespace,
//! label and annotation checks of `ValidateObjectMeta`.
//!
//! Sources: apimachinery `pkg/api/validate/content/{kube,dns,errors}.go` (label keys and values,
//! whose length messages say `bytes`), `pkg/util/validation/validation.go` (object names, whose
//! length messages say `characters`), `pkg/util/validation/field/{errors,path}.go`,
//! `pkg/api/validation/{generic,objectmeta}.go`, `pkg/apis/meta/v1/validation/validation.go`.
//!
//! It deliberately knows nothing about API objects, kinds, stores or how kubectl prints a
//! `Status`: callers pass strings and maps, and decide how to present the errors they get back.
//! Go iterates label maps in random order; here maps are `BTreeMap`s, so errors come out in key
//! order. Owner references, finalizers, managed fields and `generation` are not validated here.

use std::collections::BTreeMap;
use std::fmt;
use std::fmt::Write as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

// ---------------------------------------------------------------------------------------------
// Go quoting
// ---------------------------------------------------------------------------------------------

/// Go's `strconv.Quote` (what `%q` prints for a string): double quotes; `\a \b \f \n \r \t \v`,
/// `\\` and `\"` escapes; other characters that Go's `strconv.IsPrint` rejects as `\xHH`
/// (below U+0020 and U+007F), `\uHHHH` or `\UHHHHHHHH` with lowercase hex digits.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        push_go_quoted_char(&mut out, c);
    }
    out.push('"');
    out
}

fn push_go_quoted_char(out: &mut String, c: char) {
    crate::go_strconv::append_escaped_rune(out, c, '"', false);
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
/// Derived from the real kubectl 1.37 binary (Go's Unicode 15.0 tables), see
/// `GO_NOT_PRINTABLE_RANGES` in this file.
pub fn go_is_print(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x7f {
        return code >= 0x20;
    }
    GO_NOT_PRINTABLE_RANGES
        .binary_search_by(|&(low, high)| {
            if high < code {
                std::cmp::Ordering::Less
            } else if low > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// A string as Go's `encoding/json` writes it (`json.Marshal`, HTML escaping on): `\"`, `\\`,
/// `\b \f \n \r \t`, other control characters and `<`, `>`, `&` as `\u00hh`, and U+2028/U+2029
/// as `\u2028`/`\u2029`. Everything else is written as is.
pub fn go_json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ if u32::from(c) < 0x20 || c == '<' || c == '>' || c == '&' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------------------------
// Field paths and field errors (pkg/util/validation/field)
// ---------------------------------------------------------------------------------------------

/// How `field.Path.String()` prints a nil path (used by label selector parsing).
pub const NIL_FIELD_PATH: &str = "<nil>";

/// One step of a [`FieldPath`]: a field name, or (when `name` is empty) a subscript.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct FieldPathElement {
    name: String,
    index: String,
}

/// A field path like `spec.containers[0].name`, printed exactly like Go's `field.Path.String()`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldPath {
    elements: Vec<FieldPathElement>,
}

impl FieldPath {
    /// `field.NewPath(name)`.
    pub fn new(name: &str) -> FieldPath {
        FieldPath {
            elements: vec![FieldPathElement {
                name: name.to_string(),
                index: String::new(),
            }],
        }
    }

    /// `path.Child(name)`: `metadata` → `metadata.labels`.
    pub fn child(&self, name: &str) -> FieldPath {
        let mut path = self.clone();
        path.elements.push(FieldPathElement {
            name: name.to_string(),
            index: String::new(),
        });
        path
    }

    /// `path.Index(i)`: `spec.containers` → `spec.containers[0]`.
    pub fn index(&self, index: usize) -> FieldPath {
        self.key(&index.to_string())
    }

    /// `path.Key(k)`: `values[0]` → `values[0][k]` (the key is not quoted).
    pub fn key(&self, key: &str) -> FieldPath {
        let mut path = self.clone();
        path.elements.push(FieldPathElement {
            name: String::new(),
            index: key.to_string(),
        });
        path
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, element) in self.elements.iter().enumerate() {
            if position > 0 && !element.name.is_empty() {
                f.write_str(".")?;
            }
            if element.name.is_empty() {
                write!(f, "[{}]", element.index)?;
            } else {
                f.write_str(&element.name)?;
            }
        }
        Ok(())
    }
}

/// The Go value carried by a field error, rendered the way `field.Error.ErrorBody` renders it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldValue {
    /// A Go `string`: printed with `%q` (see [`go_quote`]).
    String(String),
    /// A Go integer (`int`, `int32`, `int64`): printed bare, e.g. `-1`.
    Int(i64),
    /// A Go `bool`: `true` / `false`.
    Bool(bool),
    /// A Go `[]string`: printed as JSON, e.g. `["a","b"]` or `[]`.
    StringList(Vec<String>),
    /// A Go `nil` value (nil slice, nil pointer): printed as JSON `null`.
    Null,
    /// Any other Go value, already rendered as `json.Marshal` would (e.g. a named string type
    /// such as `selection.Operator` is JSON-quoted: `"unsupportedOp"`).
    Json(String),
    /// Apimachinery's `omitValue`: only the error type is printed.
    Omitted,
}

impl FieldValue {
    /// The rendered value, or `None` when the value is omitted from the message.
    pub fn rendered(&self) -> Option<String> {
        match self {
            FieldValue::String(value) => Some(go_quote(value)),
            FieldValue::Int(value) => Some(value.to_string()),
            FieldValue::Bool(value) => Some(value.to_string()),
            FieldValue::StringList(values) => {
                let items: Vec<String> = values.iter().map(|value| go_json_quote(value)).collect();
                Some(format!("[{}]", items.join(",")))
            }
            FieldValue::Null => Some("null".to_string()),
            FieldValue::Json(rendered) => Some(rendered.clone()),
            FieldValue::Omitted => None,
        }
    }
}

impl From<&str> for FieldValue {
    fn from(value: &str) -> FieldValue {
        FieldValue::String(value.to_string())
    }
}

impl From<String> for FieldValue {
    fn from(value: String) -> FieldValue {
        FieldValue::String(value)
    }
}

impl From<&String> for FieldValue {
    fn from(value: &String) -> FieldValue {
        FieldValue::String(value.clone())
    }
}

impl From<i64> for FieldValue {
    fn from(value: i64) -> FieldValue {
        FieldValue::Int(value)
    }
}

impl From<i32> for FieldValue {
    fn from(value: i32) -> FieldValue {
        FieldValue::Int(i64::from(value))
    }
}

impl From<bool> for FieldValue {
    fn from(value: bool) -> FieldValue {
        FieldValue::Bool(value)
    }
}

impl From<Vec<String>> for FieldValue {
    fn from(values: Vec<String>) -> FieldValue {
        FieldValue::StringList(values)
    }
}

/// What went wrong with a field: apimachinery's `field.ErrorType`, with the bad value where
/// the message shows one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldErrorKind {
    /// `FieldValueNotFound`: a looked-up value does not exist (`Not found: "x"`).
    NotFound {
        /// The value that was not found.
        value: FieldValue,
    },
    /// `FieldValueRequired`: a required value is missing (`Required value: <detail>`).
    Required,
    /// `FieldValueDuplicate`: a value that must be unique is repeated (`Duplicate value: "x"`).
    Duplicate {
        /// The repeated value.
        value: FieldValue,
    },
    /// `FieldValueInvalid`: a malformed value (`Invalid value: "x": <detail>`).
    Invalid {
        /// The bad value.
        value: FieldValue,
    },
    /// `FieldValueNotSupported`: a value outside an enumeration
    /// (`Unsupported value: "x": supported values: "a", "b"`).
    NotSupported {
        /// The unsupported value.
        value: FieldValue,
        /// The supported values, in the order given.
        supported: Vec<String>,
    },
    /// `FieldValueForbidden`: not allowed under current conditions (`Forbidden: <detail>`).
    Forbidden,
    /// `FieldValueTooLong`: too long; the value is not printed (`Too long: <detail>`).
    TooLong {
        /// The maximum length (negative when unknown).
        max_length: i64,
    },
    /// `FieldValueTooMany`: a list with too many items (`Too many: 5: must have at most 3 items`).
    TooMany {
        /// How many items there were (`None` = omitted from the message).
        actual: Option<i64>,
        /// The maximum (negative when unknown).
        max_quantity: i64,
    },
    /// `FieldValueTooFew`: a list with too few items (`Too few: 0: must have at least 1 item`).
    TooFew {
        /// How many items there were.
        actual: i64,
        /// The minimum (negative when unknown).
        min_quantity: i64,
    },
    /// `FieldValueTooShort`: too short; the value is not printed (`Too short: <detail>`).
    TooShort {
        /// The short value (kept for callers; not printed).
        value: String,
        /// The minimum length (negative when unknown).
        min_length: i64,
    },
    /// `InternalError`: not caused by user input (`Internal error: <detail>`).
    Internal,
    /// `FieldValueTypeInvalid`: the value has the wrong type (`Invalid value: "x": <detail>`).
    TypeInvalid {
        /// The bad value.
        value: FieldValue,
    },
}

impl FieldErrorKind {
    /// `ErrorType.String()`: the words printed before the value (`Invalid value`, `Too long`).
    pub fn type_string(&self) -> &'static str {
        match self {
            FieldErrorKind::NotFound { .. } => "Not found",
            FieldErrorKind::Required => "Required value",
            FieldErrorKind::Duplicate { .. } => "Duplicate value",
            FieldErrorKind::Invalid { .. } => "Invalid value",
            FieldErrorKind::NotSupported { .. } => "Unsupported value",
            FieldErrorKind::Forbidden => "Forbidden",
            FieldErrorKind::TooLong { .. } => "Too long",
            FieldErrorKind::TooMany { .. } => "Too many",
            FieldErrorKind::TooFew { .. } => "Too few",
            FieldErrorKind::TooShort { .. } => "Too short",
            FieldErrorKind::Internal => "Internal error",
            FieldErrorKind::TypeInvalid { .. } => "Invalid value",
        }
    }

    /// The machine-readable `ErrorType` / `StatusCause.type` (`FieldValueInvalid`, …).
    pub fn cause_type(&self) -> &'static str {
        match self {
            FieldErrorKind::NotFound { .. } => "FieldValueNotFound",
            FieldErrorKind::Required => "FieldValueRequired",
            FieldErrorKind::Duplicate { .. } => "FieldValueDuplicate",
            FieldErrorKind::Invalid { .. } => "FieldValueInvalid",
            FieldErrorKind::NotSupported { .. } => "FieldValueNotSupported",
            FieldErrorKind::Forbidden => "FieldValueForbidden",
            FieldErrorKind::TooLong { .. } => "FieldValueTooLong",
            FieldErrorKind::TooMany { .. } => "FieldValueTooMany",
            FieldErrorKind::TooFew { .. } => "FieldValueTooFew",
            FieldErrorKind::TooShort { .. } => "FieldValueTooShort",
            FieldErrorKind::Internal => "InternalError",
            FieldErrorKind::TypeInvalid { .. } => "FieldValueTypeInvalid",
        }
    }

    /// The value `ErrorBody` prints after the type, if this kind prints one.
    fn printed_value(&self) -> Option<String> {
        match self {
            FieldErrorKind::NotFound { value }
            | FieldErrorKind::Duplicate { value }
            | FieldErrorKind::Invalid { value }
            | FieldErrorKind::NotSupported { value, .. }
            | FieldErrorKind::TypeInvalid { value } => value.rendered(),
            FieldErrorKind::TooMany { actual, .. } => actual.map(|actual| actual.to_string()),
            FieldErrorKind::TooFew { actual, .. } => Some(actual.to_string()),
            FieldErrorKind::Required
            | FieldErrorKind::Forbidden
            | FieldErrorKind::TooLong { .. }
            | FieldErrorKind::TooShort { .. }
            | FieldErrorKind::Internal => None,
        }
    }
}

/// One field-level validation error (`field.Error`). `Display` is Go's `Error()`:
/// `<field>: <body>`, e.g. `metadata.name: Required value: name or generateName is required`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldError {
    /// The field path as printed (`metadata.labels`, `spec.containers[0].name`, `<nil>`).
    pub field: String,
    /// What kind of error, with the bad value.
    pub kind: FieldErrorKind,
    /// The human-readable detail (may be empty).
    pub detail: String,
}

fn quantity_words(quantity: i64, singular: &str, plural: &str) -> String {
    if quantity == 1 {
        format!("{quantity} {singular}")
    } else {
        format!("{quantity} {plural}")
    }
}

impl FieldError {
    /// `field.Invalid(field, value, detail)`.
    pub fn invalid(
        field: impl fmt::Display,
        value: impl Into<FieldValue>,
        detail: &str,
    ) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::Invalid {
                value: value.into(),
            },
            detail: detail.to_string(),
        }
    }

    /// `field.TypeInvalid(field, value, detail)`.
    pub fn type_invalid(
        field: impl fmt::Display,
        value: impl Into<FieldValue>,
        detail: &str,
    ) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TypeInvalid {
                value: value.into(),
            },
            detail: detail.to_string(),
        }
    }

    /// `field.Required(field, detail)`.
    pub fn required(field: impl fmt::Display, detail: &str) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::Required,
            detail: detail.to_string(),
        }
    }

    /// `field.Forbidden(field, detail)`.
    pub fn forbidden(field: impl fmt::Display, detail: &str) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::Forbidden,
            detail: detail.to_string(),
        }
    }

    /// `field.Duplicate(field, value)` (no detail).
    pub fn duplicate(field: impl fmt::Display, value: impl Into<FieldValue>) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::Duplicate {
                value: value.into(),
            },
            detail: String::new(),
        }
    }

    /// `field.NotFound(field, value)` (no detail).
    pub fn not_found(field: impl fmt::Display, value: impl Into<FieldValue>) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::NotFound {
                value: value.into(),
            },
            detail: String::new(),
        }
    }

    /// `field.NotSupported(field, value, supported)`: detail `supported values: "a", "b"`
    /// (empty when there are no supported values).
    pub fn not_supported(
        field: impl fmt::Display,
        value: impl Into<FieldValue>,
        supported: &[&str],
    ) -> FieldError {
        let detail = if supported.is_empty() {
            String::new()
        } else {
            let quoted: Vec<String> = supported.iter().map(|value| go_quote(value)).collect();
            format!("supported values: {}", quoted.join(", "))
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::NotSupported {
                value: value.into(),
                supported: supported.iter().map(|value| value.to_string()).collect(),
            },
            detail,
        }
    }

    /// `field.TooLong(field, _, max_length)`: `may not be more than N bytes` (`byte` for 1,
    /// `value is too long` when negative).
    pub fn too_long(field: impl fmt::Display, max_length: i64) -> FieldError {
        let detail = if max_length >= 0 {
            format!(
                "may not be more than {}",
                quantity_words(max_length, "byte", "bytes")
            )
        } else {
            "value is too long".to_string()
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TooLong { max_length },
            detail,
        }
    }

    /// `field.TooLongCharacters(field, _, max_length)`: `may not be more than N characters`.
    pub fn too_long_characters(field: impl fmt::Display, max_length: i64) -> FieldError {
        let detail = if max_length >= 0 {
            format!(
                "may not be more than {}",
                quantity_words(max_length, "character", "characters")
            )
        } else {
            "value is too long".to_string()
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TooLong { max_length },
            detail,
        }
    }

    /// `field.TooMany(field, actual, max)`: `Too many: 5: must have at most 3 items`; a negative
    /// `actual` is omitted, a negative `max` gives `has too many items`.
    pub fn too_many(field: impl fmt::Display, actual: i64, max_quantity: i64) -> FieldError {
        let detail = if max_quantity >= 0 {
            format!(
                "must have at most {}",
                quantity_words(max_quantity, "item", "items")
            )
        } else {
            "has too many items".to_string()
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TooMany {
                actual: (actual >= 0).then_some(actual),
                max_quantity,
            },
            detail,
        }
    }

    /// `field.TooFew(field, actual, min)`: `Too few: 0: must have at least 1 item`.
    pub fn too_few(field: impl fmt::Display, actual: i64, min_quantity: i64) -> FieldError {
        let detail = if min_quantity >= 0 {
            format!(
                "must have at least {}",
                quantity_words(min_quantity, "item", "items")
            )
        } else {
            "has too few items".to_string()
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TooFew {
                actual,
                min_quantity,
            },
            detail,
        }
    }

    /// `field.TooShort(field, value, min)`: `Too short: must be at least N characters`.
    pub fn too_short(field: impl fmt::Display, value: &str, min_length: i64) -> FieldError {
        let detail = if min_length >= 0 {
            format!(
                "must be at least {}",
                quantity_words(min_length, "character", "characters")
            )
        } else {
            "value is too short".to_string()
        };
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::TooShort {
                value: value.to_string(),
                min_length,
            },
            detail,
        }
    }

    /// `field.InternalError(field, err)`: the detail is the error's text.
    pub fn internal(field: impl fmt::Display, message: &str) -> FieldError {
        FieldError {
            field: field.to_string(),
            kind: FieldErrorKind::Internal,
            detail: message.to_string(),
        }
    }

    /// `ErrorBody()`: the message without the field, e.g.
    /// `Invalid value: "bad key!": name part must …` or `Too long: may not be more than 262144 bytes`.
    pub fn error_body(&self) -> String {
        let mut body = self.kind.type_string().to_string();
        if let Some(value) = self.kind.printed_value() {
            body.push_str(": ");
            body.push_str(&value);
        }
        if !self.detail.is_empty() {
            body.push_str(": ");
            body.push_str(&self.detail);
        }
        body
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.error_body())
    }
}

impl std::error::Error for FieldError {}

/// A list of field errors (`field.ErrorList`). `Display` is the text of
/// `list.ToAggregate().Error()`: empty for no errors, the single message for one distinct
/// message, otherwise `[msg1, msg2]` (duplicate messages dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// An empty list.
    pub fn new() -> FieldErrors {
        FieldErrors(Vec::new())
    }

    /// Appends one error.
    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    /// True when there are no errors.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of errors (duplicates included).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Iterates over the errors in order.
    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.0.iter()
    }

    /// `ToAggregate()`'s de-duplication: keeps the first error of each distinct `Error()` text.
    pub fn deduplicated(&self) -> FieldErrors {
        let mut seen = std::collections::BTreeSet::new();
        let mut kept = Vec::new();
        for error in &self.0 {
            if seen.insert(error.to_string()) {
                kept.push(error.clone());
            }
        }
        FieldErrors(kept)
    }

    /// The distinct `Error()` texts, in order (what kubectl prints one per line as `* <msg>`).
    pub fn messages(&self) -> Vec<String> {
        self.deduplicated()
            .iter()
            .map(|error| error.to_string())
            .collect()
    }

    /// `ToAggregate().Error()`; see the type documentation.
    pub fn aggregate_message(&self) -> String {
        let messages = self.messages();
        match messages.as_slice() {
            [] => String::new(),
            [single] => single.clone(),
            many => format!("[{}]", many.join(", ")),
        }
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.aggregate_message())
    }
}

impl std::error::Error for FieldErrors {}

impl From<Vec<FieldError>> for FieldErrors {
    fn from(errors: Vec<FieldError>) -> FieldErrors {
        FieldErrors(errors)
    }
}

impl FromIterator<FieldError> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = FieldError>>(iter: I) -> FieldErrors {
        FieldErrors(iter.into_iter().collect())
    }
}

impl Extend<FieldError> for FieldErrors {
    fn extend<I: IntoIterator<Item = FieldError>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl IntoIterator for FieldErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a FieldErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

// ---------------------------------------------------------------------------------------------
// Message building blocks
// ---------------------------------------------------------------------------------------------

/// `RegexError(msg, fmt, examples...)`: note the double space between examples
/// (`'MyName',  or 'my.name'`), as upstream prints it.
pub fn regex_error(message: &str, regex: &str, examples: &[&str]) -> String {
    if examples.is_empty() {
        return format!("{message} (regex used for validation is '{regex}')");
    }
    let mut out = format!("{message} (e.g. ");
    for (position, example) in examples.iter().enumerate() {
        if position > 0 {
            out.push_str(" or ");
        }
        out.push('\'');
        out.push_str(example);
        out.push_str("', ");
    }
    out.push_str("regex used for validation is '");
    out.push_str(regex);
    out.push_str("')");
    out
}

/// `MaxLenError` of `pkg/util/validation` (object names): `must be no more than N characters`.
pub fn max_len_error_characters(length: usize) -> String {
    format!("must be no more than {length} characters")
}

/// `MaxLenError` of `pkg/api/validate/content` (label keys and values, since 1.35):
/// `must be no more than N bytes`.
pub fn max_len_error_bytes(length: usize) -> String {
    format!("must be no more than {length} bytes")
}

/// `EmptyError()`.
pub const EMPTY_ERROR: &str = "must be non-empty";

/// Label key name part regex, exactly as printed in messages.
pub const QUALIFIED_NAME_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const QUALIFIED_NAME_ERR_MSG: &str = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
/// Maximum length in bytes of a label key's name part.
pub const QUALIFIED_NAME_MAX_LENGTH: usize = 63;

/// Label value regex, exactly as printed in messages.
pub const LABEL_VALUE_FMT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const LABEL_VALUE_ERR_MSG: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
/// Maximum length in bytes of a label value.
pub const LABEL_VALUE_MAX_LENGTH: usize = 63;

/// DNS-1123 label regex, exactly as printed in messages.
pub const DNS1123_LABEL_FMT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const DNS1123_LABEL_ERR_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
/// Maximum length of a DNS-1123 label.
pub const DNS1123_LABEL_MAX_LENGTH: usize = 63;

/// DNS-1123 subdomain regex, exactly as printed in messages.
pub const DNS1123_SUBDOMAIN_FMT: &str =
    "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const DNS1123_SUBDOMAIN_ERR_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
/// Maximum length of a DNS-1123 subdomain.
pub const DNS1123_SUBDOMAIN_MAX_LENGTH: usize = 253;

/// DNS-1035 label regex (Service names), exactly as printed in messages.
pub const DNS1035_LABEL_FMT: &str = "[a-z]([-a-z0-9]*[a-z0-9])?";
const DNS1035_LABEL_ERR_MSG: &str = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
/// Maximum length of a DNS-1035 label.
pub const DNS1035_LABEL_MAX_LENGTH: usize = 63;

/// `TotalAnnotationSizeLimitB`: the sum of key and value byte lengths of all annotations.
pub const TOTAL_ANNOTATION_SIZE_LIMIT_BYTES: usize = 256 * (1 << 10);

// ---------------------------------------------------------------------------------------------
// Regex equivalents (on bytes, like Go's regexp over a string; `$` is end of text)
// ---------------------------------------------------------------------------------------------

/// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`
fn matches_qualified_name(value: &[u8]) -> bool {
    match (value.first(), value.last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && value
                    .iter()
                    .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.'))
        }
        _ => false,
    }
}

/// `^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$`
fn matches_label_value(value: &[u8]) -> bool {
    value.is_empty() || matches_qualified_name(value)
}

fn is_lower_alphanumeric(byte: u8) -> bool {
    byte.is_ascii_lowercase() || byte.is_ascii_digit()
}

/// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`
fn matches_dns1123_label(value: &[u8]) -> bool {
    match (value.first(), value.last()) {
        (Some(&first), Some(&last)) => {
            is_lower_alphanumeric(first)
                && is_lower_alphanumeric(last)
                && value
                    .iter()
                    .all(|&byte| is_lower_alphanumeric(byte) || byte == b'-')
        }
        _ => false,
    }
}

/// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`
fn matches_dns1123_subdomain(value: &[u8]) -> bool {
    value.split(|&byte| byte == b'.').all(matches_dns1123_label)
}

/// `^[a-z]([-a-z0-9]*[a-z0-9])?$`
fn matches_dns1035_label(value: &[u8]) -> bool {
    match (value.first(), value.last()) {
        (Some(&first), Some(&last)) => {
            first.is_ascii_lowercase()
                && is_lower_alphanumeric(last)
                && value
                    .iter()
                    .all(|&byte| is_lower_alphanumeric(byte) || byte == b'-')
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// DNS names (pkg/util/validation: length messages in "characters")
// ---------------------------------------------------------------------------------------------

fn dns1123_label_messages(value: &[u8]) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > DNS1123_LABEL_MAX_LENGTH {
        errors.push(max_len_error_characters(DNS1123_LABEL_MAX_LENGTH));
    }
    if !matches_dns1123_label(value) {
        if matches_dns1123_subdomain(value) {
            // A valid subdomain but not a valid label: the length was checked already, so it
            // must be the dots.
            errors.push("must not contain dots".to_string());
        } else {
            errors.push(regex_error(
                DNS1123_LABEL_ERR_MSG,
                DNS1123_LABEL_FMT,
                &["my-name", "123-abc"],
            ));
        }
    }
    errors
}

fn dns1123_subdomain_messages(value: &[u8], max_len_error: fn(usize) -> String) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > DNS1123_SUBDOMAIN_MAX_LENGTH {
        errors.push(max_len_error(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if !matches_dns1123_subdomain(value) {
        errors.push(regex_error(
            DNS1123_SUBDOMAIN_ERR_MSG,
            DNS1123_SUBDOMAIN_FMT,
            &["example.com"],
        ));
    }
    errors
}

fn dns1035_label_messages(value: &[u8]) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > DNS1035_LABEL_MAX_LENGTH {
        errors.push(max_len_error_characters(DNS1035_LABEL_MAX_LENGTH));
    }
    if !matches_dns1035_label(value) {
        errors.push(regex_error(
            DNS1035_LABEL_ERR_MSG,
            DNS1035_LABEL_FMT,
            &["my-name", "abc-123"],
        ));
    }
    errors
}

/// `IsDNS1123Label`: the messages for a value that is not a DNS-1123 label (empty if valid).
/// A valid subdomain with dots gets `must not contain dots`.
pub fn is_dns1123_label(value: &str) -> Vec<String> {
    dns1123_label_messages(value.as_bytes())
}

/// apimachinery's `IsValidPortName` (an IANA service name): its messages in order.
pub fn is_valid_port_name(port: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if port.len() > 15 {
        errors.push("must be no more than 15 characters".to_string());
    }
    if port.is_empty()
        || !port
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        errors.push(
            "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)".to_string(),
        );
    }
    if !port.bytes().any(|b| b.is_ascii_lowercase()) {
        errors.push("must contain at least one letter (a-z)".to_string());
    }
    if port.contains("--") {
        errors.push("must not contain consecutive hyphens".to_string());
    }
    if port.starts_with('-') || port.ends_with('-') {
        errors.push("must not begin or end with a hyphen".to_string());
    }
    errors
}

/// `IsDNS1123Subdomain` of `pkg/util/validation` (object names; length in `characters`).
pub fn is_dns1123_subdomain(value: &str) -> Vec<String> {
    dns1123_subdomain_messages(value.as_bytes(), max_len_error_characters)
}

/// `IsConfigMapKey` (ConfigMap and Secret keys): at most 253 characters of `[-._a-zA-Z0-9]`,
/// and not `.`, `..` or `..`-prefixed (a key becomes a file name in a volume).
pub fn is_config_map_key(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > 253 {
        errors.push(max_len_error_characters(253));
    }
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_');
    if value.is_empty() || !value.bytes().all(allowed) {
        errors.push(regex_error(
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            "[-._a-zA-Z0-9]+",
            &["key.name", "KEY_NAME", "key-name"],
        ));
    }
    if value == "." {
        errors.push("must not be '.'".to_string());
    } else if value == ".." {
        errors.push("must not be '..'".to_string());
    } else if value.starts_with("..") {
        errors.push("must not start with '..'".to_string());
    }
    errors
}

/// `IsDNS1035Label` (Service names).
pub fn is_dns1035_label(value: &str) -> Vec<String> {
    dns1035_label_messages(value.as_bytes())
}

// ---------------------------------------------------------------------------------------------
// Label keys and values (pkg/api/validate/content: length messages in "bytes")
// ---------------------------------------------------------------------------------------------

/// `IsQualifiedName` = `content.IsLabelKey` (v1.37 wording): `[prefix/]name`; the prefix must
/// be a DNS-1123 subdomain, the name ≤ 63 bytes of `[-A-Za-z0-9_.]` starting and ending
/// alphanumeric. Returns every failing message (empty if valid).
pub fn is_qualified_name(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let parts: Vec<&str> = value.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errors.push(format!("prefix part {EMPTY_ERROR}"));
            } else {
                for message in dns1123_subdomain_messages(prefix.as_bytes(), max_len_error_bytes) {
                    errors.push(format!("prefix part {message}"));
                }
            }
            *name
        }
        _ => {
            errors.push(format!(
                "a valid label key {} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                regex_error(
                    QUALIFIED_NAME_ERR_MSG,
                    QUALIFIED_NAME_FMT,
                    &["MyName", "my.name", "123-abc"]
                )
            ));
            return errors;
        }
    };
    if name.is_empty() {
        errors.push(format!("name part {EMPTY_ERROR}"));
    } else if name.len() > QUALIFIED_NAME_MAX_LENGTH {
        errors.push(format!(
            "name part {}",
            max_len_error_bytes(QUALIFIED_NAME_MAX_LENGTH)
        ));
    }
    if !matches_qualified_name(name.as_bytes()) {
        errors.push(format!(
            "name part {}",
            regex_error(
                QUALIFIED_NAME_ERR_MSG,
                QUALIFIED_NAME_FMT,
                &["MyName", "my.name", "123-abc"]
            )
        ));
    }
    errors
}

/// `IsLabelKey`: the same check as [`is_qualified_name`].
pub fn is_label_key(value: &str) -> Vec<String> {
    is_qualified_name(value)
}

/// `IsValidLabelValue` = `content.IsLabelValue`: empty, or ≤ 63 bytes of `[-A-Za-z0-9_.]`
/// starting and ending alphanumeric.
pub fn is_valid_label_value(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > LABEL_VALUE_MAX_LENGTH {
        errors.push(max_len_error_bytes(LABEL_VALUE_MAX_LENGTH));
    }
    if !matches_label_value(value.as_bytes()) {
        errors.push(regex_error(
            LABEL_VALUE_ERR_MSG,
            LABEL_VALUE_FMT,
            &["MyValue", "my_value", "12345"],
        ));
    }
    errors
}

/// `ValidateLabelName`: one `Invalid` error per message, bad value = the key.
pub fn validate_label_name(key: &str, field: &str) -> Vec<FieldError> {
    is_qualified_name(key)
        .iter()
        .map(|message| FieldError::invalid(field, key, message))
        .collect()
}

/// `ValidateLabels`: for each label (in key order), the key errors (bad value = key) then the
/// value errors (bad value = value), all on `field` itself (e.g. `metadata.labels`).
pub fn validate_labels(labels: &BTreeMap<String, String>, field: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (key, value) in labels {
        errors.extend(validate_label_name(key, field));
        for message in is_valid_label_value(value) {
            errors.push(FieldError::invalid(field, value, &message));
        }
    }
    errors
}

/// Sum over all annotations of key bytes + value bytes (what `ValidateAnnotationsSize` sums).
pub fn annotations_size(annotations: &BTreeMap<String, String>) -> u64 {
    annotations
        .iter()
        .map(|(key, value)| key.len() as u64 + value.len() as u64)
        .sum()
}

/// `ValidateAnnotations`: keys are checked as label keys after lower-casing (bad value = the
/// original key), then `Too long: may not be more than 262144 bytes` if the total size exceeds
/// [`TOTAL_ANNOTATION_SIZE_LIMIT_BYTES`].
pub fn validate_annotations(
    annotations: &BTreeMap<String, String>,
    field: &str,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for key in annotations.keys() {
        for message in is_qualified_name(&go_to_lower(key)) {
            errors.push(FieldError::invalid(field, key, &message));
        }
    }
    if annotations_size(annotations) > TOTAL_ANNOTATION_SIZE_LIMIT_BYTES as u64 {
        errors.push(FieldError::too_long(
            field,
            TOTAL_ANNOTATION_SIZE_LIMIT_BYTES as i64,
        ));
    }
    errors
}

/// Go's `strings.ToLower`: per character, Unicode's *simple* lower-case mapping. It differs from
/// Rust's full mapping only for U+0130 (`İ` → `i`, not `i̇`), which matters here because it
/// turns a non-ASCII key into a valid one (so does U+212A KELVIN SIGN → `k`).
fn go_to_lower(value: &str) -> String {
    let mut lowered = String::with_capacity(value.len());
    for c in value.chars() {
        if c == '\u{130}' {
            lowered.push('i');
        } else {
            lowered.extend(c.to_lowercase());
        }
    }
    lowered
}

// ---------------------------------------------------------------------------------------------
// Object names (pkg/api/validation/generic.go, objectmeta.go)
// ---------------------------------------------------------------------------------------------

/// A `ValidateNameFunc`: `(name, prefix) -> messages`. `prefix` is true for `generateName`.
pub type ValidateNameFunc = fn(&str, bool) -> Vec<String>;

/// `maskTrailingDash` on bytes: if longer than one byte and ending in `-`, the last **two** bytes
/// are replaced by `a` (upstream's quirk: `"b-"` → `"a"`, `"-foo-"` → `"-foa"`).
fn mask_trailing_dash_bytes(name: &[u8]) -> Vec<u8> {
    match name.split_last() {
        Some((b'-', rest)) if name.len() > 1 => {
            let mut masked = rest
                .split_last()
                .map(|(_, kept)| kept.to_vec())
                .unwrap_or_default();
            masked.push(b'a');
            masked
        }
        _ => name.to_vec(),
    }
}

/// `maskTrailingDash` as text. Upstream cuts bytes, which can split a multi-byte character;
/// such a cut is shown here with U+FFFD (the name fails validation either way).
pub fn mask_trailing_dash(name: &str) -> String {
    String::from_utf8_lossy(&mask_trailing_dash_bytes(name.as_bytes())).into_owned()
}

fn masked_if_prefix(name: &str, prefix: bool) -> Vec<u8> {
    if prefix {
        mask_trailing_dash_bytes(name.as_bytes())
    } else {
        name.as_bytes().to_vec()
    }
}

/// `NameIsDNSSubdomain` (Pods, ReplicationControllers, ConfigMaps, Deployments, …).
pub fn name_is_dns_subdomain(name: &str, prefix: bool) -> Vec<String> {
    dns1123_subdomain_messages(&masked_if_prefix(name, prefix), max_len_error_characters)
}

/// `NameIsDNSLabel` (Namespaces).
pub fn name_is_dns_label(name: &str, prefix: bool) -> Vec<String> {
    dns1123_label_messages(&masked_if_prefix(name, prefix))
}

/// `NameIsDNS1035Label` (Services).
pub fn name_is_dns1035_label(name: &str, prefix: bool) -> Vec<String> {
    dns1035_label_messages(&masked_if_prefix(name, prefix))
}

/// `ValidatePodName` = `NameIsDNSSubdomain`.
pub fn validate_pod_name(name: &str, prefix: bool) -> Vec<String> {
    name_is_dns_subdomain(name, prefix)
}

/// `ValidateNamespaceName` = `NameIsDNSLabel`.
pub fn validate_namespace_name(name: &str, prefix: bool) -> Vec<String> {
    name_is_dns_label(name, prefix)
}

/// The parts of `ObjectMeta` that [`validate_object_meta`] checks.
#[derive(Debug, Clone, Copy)]
pub struct ObjectMetaFields<'a> {
    /// `metadata.name` (empty when unset).
    pub name: &'a str,
    /// `metadata.generateName` (empty when unset).
    pub generate_name: &'a str,
    /// `metadata.namespace` (empty when unset).
    pub namespace: &'a str,
    /// `metadata.labels`.
    pub labels: &'a BTreeMap<String, String>,
    /// `metadata.annotations`.
    pub annotations: &'a BTreeMap<String, String>,
}

/// `ValidateObjectMetaAccessor` on creation (name generation already done), in upstream order:
/// 1. `generateName` checked by `name_fn(generate_name, true)` (trailing dash masked);
/// 2. `name`: `Required value: name or generateName is required` if empty, else
///    `name_fn(name, false)`;
/// 3. namespace: `Required value` if `requires_namespace` and empty, else
///    [`validate_namespace_name`]; `Forbidden: not allowed on this type` if set on a
///    cluster-scoped kind;
/// 4. labels ([`validate_labels`]) and annotations ([`validate_annotations`]).
///
/// `fld_path` is the metadata path, normally `metadata`.
pub fn validate_object_meta(
    meta: &ObjectMetaFields<'_>,
    requires_namespace: bool,
    name_fn: ValidateNameFunc,
    fld_path: &str,
) -> FieldErrors {
    let path = FieldPath::new(fld_path);
    let mut errors = FieldErrors::new();
    if !meta.generate_name.is_empty() {
        for message in name_fn(meta.generate_name, true) {
            errors.push(FieldError::invalid(
                path.child("generateName"),
                meta.generate_name,
                &message,
            ));
        }
    }
    if meta.name.is_empty() {
        errors.push(FieldError::required(
            path.child("name"),
            "name or generateName is required",
        ));
    } else {
        for message in name_fn(meta.name, false) {
            errors.push(FieldError::invalid(path.child("name"), meta.name, &message));
        }
    }
    if requires_namespace {
        if meta.namespace.is_empty() {
            errors.push(FieldError::required(path.child("namespace"), ""));
        } else {
            for message in validate_namespace_name(meta.namespace, false) {
                errors.push(FieldError::invalid(
                    path.child("namespace"),
                    meta.namespace,
                    &message,
                ));
            }
        }
    } else if !meta.namespace.is_empty() {
        errors.push(FieldError::forbidden(
            path.child("namespace"),
            "not allowed on this type",
        ));
    }
    errors.extend(validate_labels(
        meta.labels,
        &path.child("labels").to_string(),
    ));
    errors.extend(validate_annotations(
        meta.annotations,
        &path.child("annotations").to_string(),
    ));
    errors
}

// ---------------------------------------------------------------------------------------------
// Go's non-printable characters
// ---------------------------------------------------------------------------------------------

/// Inclusive ranges of code points at or above U+007F that Go's `strconv.IsPrint` rejects
/// (controls, format characters, non-ASCII spaces, line/paragraph separators, private use and
/// code points unassigned in Unicode 15.0). Generated by feeding every code point
/// through the real kubectl 1.37 (`kubectl label --local … 'env=<chars>'` prints the value with
/// `%q`) and recording which ones came back escaped.
#[rustfmt::skip]
const GO_NOT_PRINTABLE_RANGES: &[(u32, u32)] = &[
    (0x7f, 0xa0), (0xad, 0xad), (0x378, 0x379), (0x380, 0x383), (0x38b, 0x38b), (0x38d, 0x38d),
    (0x3a2, 0x3a2), (0x530, 0x530), (0x557, 0x558), (0x58b, 0x58c), (0x590, 0x590), (0x5c8, 0x5cf),
    (0x5eb, 0x5ee), (0x5f5, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70e, 0x70f), (0x74b, 0x74c),
    (0x7b2, 0x7bf), (0x7fb, 0x7fc), (0x82e, 0x82f), (0x83f, 0x83f), (0x85c, 0x85d), (0x85f, 0x85f),
    (0x86b, 0x86f), (0x88f, 0x897), (0x8e2, 0x8e2), (0x984, 0x984), (0x98d, 0x98e), (0x991, 0x992),
    (0x9a9, 0x9a9), (0x9b1, 0x9b1), (0x9b3, 0x9b5), (0x9ba, 0x9bb), (0x9c5, 0x9c6), (0x9c9, 0x9ca),
    (0x9cf, 0x9d6), (0x9d8, 0x9db), (0x9de, 0x9de), (0x9e4, 0x9e5), (0x9ff, 0xa00), (0xa04, 0xa04),
    (0xa0b, 0xa0e), (0xa11, 0xa12), (0xa29, 0xa29), (0xa31, 0xa31), (0xa34, 0xa34), (0xa37, 0xa37),
    (0xa3a, 0xa3b), (0xa3d, 0xa3d), (0xa43, 0xa46), (0xa49, 0xa4a), (0xa4e, 0xa50), (0xa52, 0xa58),
    (0xa5d, 0xa5d), (0xa5f, 0xa65), (0xa77, 0xa80), (0xa84, 0xa84), (0xa8e, 0xa8e), (0xa92, 0xa92),
    (0xaa9, 0xaa9), (0xab1, 0xab1), (0xab4, 0xab4), (0xaba, 0xabb), (0xac6, 0xac6), (0xaca, 0xaca),
    (0xace, 0xacf), (0xad1, 0xadf), (0xae4, 0xae5), (0xaf2, 0xaf8), (0xb00, 0xb00), (0xb04, 0xb04),
    (0xb0d, 0xb0e), (0xb11, 0xb12), (0xb29, 0xb29), (0xb31, 0xb31), (0xb34, 0xb34), (0xb3a, 0xb3b),
    (0xb45, 0xb46), (0xb49, 0xb4a), (0xb4e, 0xb54), (0xb58, 0xb5b), (0xb5e, 0xb5e), (0xb64, 0xb65),
    (0xb78, 0xb81), (0xb84, 0xb84), (0xb8b, 0xb8d), (0xb91, 0xb91), (0xb96, 0xb98), (0xb9b, 0xb9b),
    (0xb9d, 0xb9d), (0xba0, 0xba2), (0xba5, 0xba7), (0xbab, 0xbad), (0xbba, 0xbbd), (0xbc3, 0xbc5),
    (0xbc9, 0xbc9), (0xbce, 0xbcf), (0xbd1, 0xbd6), (0xbd8, 0xbe5), (0xbfb, 0xbff), (0xc0d, 0xc0d),
    (0xc11, 0xc11), (0xc29, 0xc29), (0xc3a, 0xc3b), (0xc45, 0xc45), (0xc49, 0xc49), (0xc4e, 0xc54),
    (0xc57, 0xc57), (0xc5b, 0xc5c), (0xc5e, 0xc5f), (0xc64, 0xc65), (0xc70, 0xc76), (0xc8d, 0xc8d),
    (0xc91, 0xc91), (0xca9, 0xca9), (0xcb4, 0xcb4), (0xcba, 0xcbb), (0xcc5, 0xcc5), (0xcc9, 0xcc9),
    (0xcce, 0xcd4), (0xcd7, 0xcdc), (0xcdf, 0xcdf), (0xce4, 0xce5), (0xcf0, 0xcf0), (0xcf4, 0xcff),
    (0xd0d, 0xd0d), (0xd11, 0xd11), (0xd45, 0xd45), (0xd49, 0xd49), (0xd50, 0xd53), (0xd64, 0xd65),
    (0xd80, 0xd80), (0xd84, 0xd84), (0xd97, 0xd99), (0xdb2, 0xdb2), (0xdbc, 0xdbc), (0xdbe, 0xdbf),
    (0xdc7, 0xdc9), (0xdcb, 0xdce), (0xdd5, 0xdd5), (0xdd7, 0xdd7), (0xde0, 0xde5), (0xdf0, 0xdf1),
    (0xdf5, 0xe00), (0xe3b, 0xe3e), (0xe5c, 0xe80), (0xe83, 0xe83), (0xe85, 0xe85), (0xe8b, 0xe8b),
    (0xea4, 0xea4), (0xea6, 0xea6), (0xebe, 0xebf), (0xec5, 0xec5), (0xec7, 0xec7), (0xecf, 0xecf),
    (0xeda, 0xedb), (0xee0, 0xeff), (0xf48, 0xf48), (0xf6d, 0xf70), (0xf98, 0xf98), (0xfbd, 0xfbd),
    (0xfcd, 0xfcd), (0xfdb, 0xfff), (0x10c6, 0x10c6), (0x10c8, 0x10cc), (0x10ce, 0x10cf), (0x1249, 0x1249),
    (0x124e, 0x124f), (0x1257, 0x1257), (0x1259, 0x1259), (0x125e, 0x125f), (0x1289, 0x1289), (0x128e, 0x128f),
    (0x12b1, 0x12b1), (0x12b6, 0x12b7), (0x12bf, 0x12bf), (0x12c1, 0x12c1), (0x12c6, 0x12c7), (0x12d7, 0x12d7),
    (0x1311, 0x1311), (0x1316, 0x1317), (0x135b, 0x135c), (0x137d, 0x137f), (0x139a, 0x139f), (0x13f6, 0x13f7),
    (0x13fe, 0x13ff), (0x1680, 0x1680), (0x169d, 0x169f), (0x16f9, 0x16ff), (0x1716, 0x171e), (0x1737, 0x173f),
    (0x1754, 0x175f), (0x176d, 0x176d), (0x1771, 0x1771), (0x1774, 0x177f), (0x17de, 0x17df), (0x17ea, 0x17ef),
    (0x17fa, 0x17ff), (0x180e, 0x180e), (0x181a, 0x181f), (0x1879, 0x187f), (0x18ab, 0x18af), (0x18f6, 0x18ff),
    (0x191f, 0x191f), (0x192c, 0x192f), (0x193c, 0x193f), (0x1941, 0x1943), (0x196e, 0x196f), (0x1975, 0x197f),
    (0x19ac, 0x19af), (0x19ca, 0x19cf), (0x19db, 0x19dd), (0x1a1c, 0x1a1d), (0x1a5f, 0x1a5f), (0x1a7d, 0x1a7e),
    (0x1a8a, 0x1a8f), (0x1a9a, 0x1a9f), (0x1aae, 0x1aaf), (0x1acf, 0x1aff), (0x1b4d, 0x1b4f), (0x1b7f, 0x1b7f),
    (0x1bf4, 0x1bfb), (0x1c38, 0x1c3a), (0x1c4a, 0x1c4c), (0x1c89, 0x1c8f), (0x1cbb, 0x1cbc), (0x1cc8, 0x1ccf),
    (0x1cfb, 0x1cff), (0x1f16, 0x1f17), (0x1f1e, 0x1f1f), (0x1f46, 0x1f47), (0x1f4e, 0x1f4f), (0x1f58, 0x1f58),
    (0x1f5a, 0x1f5a), (0x1f5c, 0x1f5c), (0x1f5e, 0x1f5e), (0x1f7e, 0x1f7f), (0x1fb5, 0x1fb5), (0x1fc5, 0x1fc5),
    (0x1fd4, 0x1fd5), (0x1fdc, 0x1fdc), (0x1ff0, 0x1ff1), (0x1ff5, 0x1ff5), (0x1fff, 0x200f), (0x2028, 0x202f),
    (0x205f, 0x206f), (0x2072, 0x2073), (0x208f, 0x208f), (0x209d, 0x209f), (0x20c1, 0x20cf), (0x20f1, 0x20ff),
    (0x218c, 0x218f), (0x2427, 0x243f), (0x244b, 0x245f), (0x2b74, 0x2b75), (0x2b96, 0x2b96), (0x2cf4, 0x2cf8),
    (0x2d26, 0x2d26), (0x2d28, 0x2d2c), (0x2d2e, 0x2d2f), (0x2d68, 0x2d6e), (0x2d71, 0x2d7e), (0x2d97, 0x2d9f),
    (0x2da7, 0x2da7), (0x2daf, 0x2daf), (0x2db7, 0x2db7), (0x2dbf, 0x2dbf), (0x2dc7, 0x2dc7), (0x2dcf, 0x2dcf),
    (0x2dd7, 0x2dd7), (0x2ddf, 0x2ddf), (0x2e5e, 0x2e7f), (0x2e9a, 0x2e9a), (0x2ef4, 0x2eff), (0x2fd6, 0x2fef),
    (0x2ffc, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130), (0x318f, 0x318f),
    (0x31e4, 0x31ef), (0x321f, 0x321f), (0xa48d, 0xa48f), (0xa4c7, 0xa4cf), (0xa62c, 0xa63f), (0xa6f8, 0xa6ff),
    (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d2), (0xa7d4, 0xa7d4), (0xa7da, 0xa7f1), (0xa82d, 0xa82f), (0xa83a, 0xa83f),
    (0xa878, 0xa87f), (0xa8c6, 0xa8cd), (0xa8da, 0xa8df), (0xa954, 0xa95e), (0xa97d, 0xa97f), (0xa9ce, 0xa9ce),
    (0xa9da, 0xa9dd), (0xa9ff, 0xa9ff), (0xaa37, 0xaa3f), (0xaa4e, 0xaa4f), (0xaa5a, 0xaa5b), (0xaac3, 0xaada),
    (0xaaf7, 0xab00), (0xab07, 0xab08), (0xab0f, 0xab10), (0xab17, 0xab1f), (0xab27, 0xab27), (0xab2f, 0xab2f),
    (0xab6c, 0xab6f), (0xabee, 0xabef), (0xabfa, 0xabff), (0xd7a4, 0xd7af), (0xd7c7, 0xd7ca), (0xd7fc, 0xd7ff),
    (0xe000, 0xf8ff), (0xfa6e, 0xfa6f), (0xfada, 0xfaff), (0xfb07, 0xfb12), (0xfb18, 0xfb1c), (0xfb37, 0xfb37),
    (0xfb3d, 0xfb3d), (0xfb3f, 0xfb3f), (0xfb42, 0xfb42), (0xfb45, 0xfb45), (0xfbc3, 0xfbd2), (0xfd90, 0xfd91),
    (0xfdc8, 0xfdce), (0xfdd0, 0xfdef), (0xfe1a, 0xfe1f), (0xfe53, 0xfe53), (0xfe67, 0xfe67), (0xfe6c, 0xfe6f),
    (0xfe75, 0xfe75), (0xfefd, 0xff00), (0xffbf, 0xffc1), (0xffc8, 0xffc9), (0xffd0, 0xffd1), (0xffd8, 0xffd9),
    (0xffdd, 0xffdf), (0xffe7, 0xffe7), (0xffef, 0xfffb), (0xfffe, 0xffff), (0x1000c, 0x1000c), (0x10027, 0x10027),
    (0x1003b, 0x1003b), (0x1003e, 0x1003e), (0x1004e, 0x1004f), (0x1005e, 0x1007f), (0x100fb, 0x100ff), (0x10103, 0x10106),
    (0x10134, 0x10136), (0x1018f, 0x1018f), (0x1019d, 0x1019f), (0x101a1, 0x101cf), (0x101fe, 0x1027f), (0x1029d, 0x1029f),
    (0x102d1, 0x102df), (0x102fc, 0x102ff), (0x10324, 0x1032c), (0x1034b, 0x1034f), (0x1037b, 0x1037f), (0x1039e, 0x1039e),
    (0x103c4, 0x103c7), (0x103d6, 0x103ff), (0x1049e, 0x1049f), (0x104aa, 0x104af), (0x104d4, 0x104d7), (0x104fc, 0x104ff),
    (0x10528, 0x1052f), (0x10564, 0x1056e), (0x1057b, 0x1057b), (0x1058b, 0x1058b), (0x10593, 0x10593), (0x10596, 0x10596),
    (0x105a2, 0x105a2), (0x105b2, 0x105b2), (0x105ba, 0x105ba), (0x105bd, 0x105ff), (0x10737, 0x1073f), (0x10756, 0x1075f),
    (0x10768, 0x1077f), (0x10786, 0x10786), (0x107b1, 0x107b1), (0x107bb, 0x107ff), (0x10806, 0x10807), (0x10809, 0x10809),
    (0x10836, 0x10836), (0x10839, 0x1083b), (0x1083d, 0x1083e), (0x10856, 0x10856), (0x1089f, 0x108a6), (0x108b0, 0x108df),
    (0x108f3, 0x108f3), (0x108f6, 0x108fa), (0x1091c, 0x1091e), (0x1093a, 0x1093e), (0x10940, 0x1097f), (0x109b8, 0x109bb),
    (0x109d0, 0x109d1), (0x10a04, 0x10a04), (0x10a07, 0x10a0b), (0x10a14, 0x10a14), (0x10a18, 0x10a18), (0x10a36, 0x10a37),
    (0x10a3b, 0x10a3e), (0x10a49, 0x10a4f), (0x10a59, 0x10a5f), (0x10aa0, 0x10abf), (0x10ae7, 0x10aea), (0x10af7, 0x10aff),
    (0x10b36, 0x10b38), (0x10b56, 0x10b57), (0x10b73, 0x10b77), (0x10b92, 0x10b98), (0x10b9d, 0x10ba8), (0x10bb0, 0x10bff),
    (0x10c49, 0x10c7f), (0x10cb3, 0x10cbf), (0x10cf3, 0x10cf9), (0x10d28, 0x10d2f), (0x10d3a, 0x10e5f), (0x10e7f, 0x10e7f),
    (0x10eaa, 0x10eaa), (0x10eae, 0x10eaf), (0x10eb2, 0x10efc), (0x10f28, 0x10f2f), (0x10f5a, 0x10f6f), (0x10f8a, 0x10faf),
    (0x10fcc, 0x10fdf), (0x10ff7, 0x10fff), (0x1104e, 0x11051), (0x11076, 0x1107e), (0x110bd, 0x110bd), (0x110c3, 0x110cf),
    (0x110e9, 0x110ef), (0x110fa, 0x110ff), (0x11135, 0x11135), (0x11148, 0x1114f), (0x11177, 0x1117f), (0x111e0, 0x111e0),
    (0x111f5, 0x111ff), (0x11212, 0x11212), (0x11242, 0x1127f), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128e, 0x1128e),
    (0x1129e, 0x1129e), (0x112aa, 0x112af), (0x112eb, 0x112ef), (0x112fa, 0x112ff), (0x11304, 0x11304), (0x1130d, 0x1130e),
    (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133a, 0x1133a), (0x11345, 0x11346),
    (0x11349, 0x1134a), (0x1134e, 0x1134f), (0x11351, 0x11356), (0x11358, 0x1135c), (0x11364, 0x11365), (0x1136d, 0x1136f),
    (0x11375, 0x113ff), (0x1145c, 0x1145c), (0x11462, 0x1147f), (0x114c8, 0x114cf), (0x114da, 0x1157f), (0x115b6, 0x115b7),
    (0x115de, 0x115ff), (0x11645, 0x1164f), (0x1165a, 0x1165f), (0x1166d, 0x1167f), (0x116ba, 0x116bf), (0x116ca, 0x116ff),
    (0x1171b, 0x1171c), (0x1172c, 0x1172f), (0x11747, 0x117ff), (0x1183c, 0x1189f), (0x118f3, 0x118fe), (0x11907, 0x11908),
    (0x1190a, 0x1190b), (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193a), (0x11947, 0x1194f),
    (0x1195a, 0x1199f), (0x119a8, 0x119a9), (0x119d8, 0x119d9), (0x119e5, 0x119ff), (0x11a48, 0x11a4f), (0x11aa3, 0x11aaf),
    (0x11af9, 0x11aff), (0x11b0a, 0x11bff), (0x11c09, 0x11c09), (0x11c37, 0x11c37), (0x11c46, 0x11c4f), (0x11c6d, 0x11c6f),
    (0x11c90, 0x11c91), (0x11ca8, 0x11ca8), (0x11cb7, 0x11cff), (0x11d07, 0x11d07), (0x11d0a, 0x11d0a), (0x11d37, 0x11d39),
    (0x11d3b, 0x11d3b), (0x11d3e, 0x11d3e), (0x11d48, 0x11d4f), (0x11d5a, 0x11d5f), (0x11d66, 0x11d66), (0x11d69, 0x11d69),
    (0x11d8f, 0x11d8f), (0x11d92, 0x11d92), (0x11d99, 0x11d9f), (0x11daa, 0x11edf), (0x11ef9, 0x11eff), (0x11f11, 0x11f11),
    (0x11f3b, 0x11f3d), (0x11f5a, 0x11faf), (0x11fb1, 0x11fbf), (0x11ff2, 0x11ffe), (0x1239a, 0x123ff), (0x1246f, 0x1246f),
    (0x12475, 0x1247f), (0x12544, 0x12f8f), (0x12ff3, 0x12fff), (0x13430, 0x1343f), (0x13456, 0x143ff), (0x14647, 0x167ff),
    (0x16a39, 0x16a3f), (0x16a5f, 0x16a5f), (0x16a6a, 0x16a6d), (0x16abf, 0x16abf), (0x16aca, 0x16acf), (0x16aee, 0x16aef),
    (0x16af6, 0x16aff), (0x16b46, 0x16b4f), (0x16b5a, 0x16b5a), (0x16b62, 0x16b62), (0x16b78, 0x16b7c), (0x16b90, 0x16e3f),
    (0x16e9b, 0x16eff), (0x16f4b, 0x16f4e), (0x16f88, 0x16f8e), (0x16fa0, 0x16fdf), (0x16fe5, 0x16fef), (0x16ff2, 0x16fff),
    (0x187f8, 0x187ff), (0x18cd6, 0x18cff), (0x18d09, 0x1afef), (0x1aff4, 0x1aff4), (0x1affc, 0x1affc), (0x1afff, 0x1afff),
    (0x1b123, 0x1b131), (0x1b133, 0x1b14f), (0x1b153, 0x1b154), (0x1b156, 0x1b163), (0x1b168, 0x1b16f), (0x1b2fc, 0x1bbff),
    (0x1bc6b, 0x1bc6f), (0x1bc7d, 0x1bc7f), (0x1bc89, 0x1bc8f), (0x1bc9a, 0x1bc9b), (0x1bca0, 0x1ceff), (0x1cf2e, 0x1cf2f),
    (0x1cf47, 0x1cf4f), (0x1cfc4, 0x1cfff), (0x1d0f6, 0x1d0ff), (0x1d127, 0x1d128), (0x1d173, 0x1d17a), (0x1d1eb, 0x1d1ff),
    (0x1d246, 0x1d2bf), (0x1d2d4, 0x1d2df), (0x1d2f4, 0x1d2ff), (0x1d357, 0x1d35f), (0x1d379, 0x1d3ff), (0x1d455, 0x1d455),
    (0x1d49d, 0x1d49d), (0x1d4a0, 0x1d4a1), (0x1d4a3, 0x1d4a4), (0x1d4a7, 0x1d4a8), (0x1d4ad, 0x1d4ad), (0x1d4ba, 0x1d4ba),
    (0x1d4bc, 0x1d4bc), (0x1d4c4, 0x1d4c4), (0x1d506, 0x1d506), (0x1d50b, 0x1d50c), (0x1d515, 0x1d515), (0x1d51d, 0x1d51d),
    (0x1d53a, 0x1d53a), (0x1d53f, 0x1d53f), (0x1d545, 0x1d545), (0x1d547, 0x1d549), (0x1d551, 0x1d551), (0x1d6a6, 0x1d6a7),
    (0x1d7cc, 0x1d7cd), (0x1da8c, 0x1da9a), (0x1daa0, 0x1daa0), (0x1dab0, 0x1deff), (0x1df1f, 0x1df24), (0x1df2b, 0x1dfff),
    (0x1e007, 0x1e007), (0x1e019, 0x1e01a), (0x1e022, 0x1e022), (0x1e025, 0x1e025), (0x1e02b, 0x1e02f), (0x1e06e, 0x1e08e),
    (0x1e090, 0x1e0ff), (0x1e12d, 0x1e12f), (0x1e13e, 0x1e13f), (0x1e14a, 0x1e14d), (0x1e150, 0x1e28f), (0x1e2af, 0x1e2bf),
    (0x1e2fa, 0x1e2fe), (0x1e300, 0x1e4cf), (0x1e4fa, 0x1e7df), (0x1e7e7, 0x1e7e7), (0x1e7ec, 0x1e7ec), (0x1e7ef, 0x1e7ef),
    (0x1e7ff, 0x1e7ff), (0x1e8c5, 0x1e8c6), (0x1e8d7, 0x1e8ff), (0x1e94c, 0x1e94f), (0x1e95a, 0x1e95d), (0x1e960, 0x1ec70),
    (0x1ecb5, 0x1ed00), (0x1ed3e, 0x1edff), (0x1ee04, 0x1ee04), (0x1ee20, 0x1ee20), (0x1ee23, 0x1ee23), (0x1ee25, 0x1ee26),
    (0x1ee28, 0x1ee28), (0x1ee33, 0x1ee33), (0x1ee38, 0x1ee38), (0x1ee3a, 0x1ee3a), (0x1ee3c, 0x1ee41), (0x1ee43, 0x1ee46),
    (0x1ee48, 0x1ee48), (0x1ee4a, 0x1ee4a), (0x1ee4c, 0x1ee4c), (0x1ee50, 0x1ee50), (0x1ee53, 0x1ee53), (0x1ee55, 0x1ee56),
    (0x1ee58, 0x1ee58), (0x1ee5a, 0x1ee5a), (0x1ee5c, 0x1ee5c), (0x1ee5e, 0x1ee5e), (0x1ee60, 0x1ee60), (0x1ee63, 0x1ee63),
    (0x1ee65, 0x1ee66), (0x1ee6b, 0x1ee6b), (0x1ee73, 0x1ee73), (0x1ee78, 0x1ee78), (0x1ee7d, 0x1ee7d), (0x1ee7f, 0x1ee7f),
    (0x1ee8a, 0x1ee8a), (0x1ee9c, 0x1eea0), (0x1eea4, 0x1eea4), (0x1eeaa, 0x1eeaa), (0x1eebc, 0x1eeef), (0x1eef2, 0x1efff),
    (0x1f02c, 0x1f02f), (0x1f094, 0x1f09f), (0x1f0af, 0x1f0b0), (0x1f0c0, 0x1f0c0), (0x1f0d0, 0x1f0d0), (0x1f0f6, 0x1f0ff),
    (0x1f1ae, 0x1f1e5), (0x1f203, 0x1f20f), (0x1f23c, 0x1f23f), (0x1f249, 0x1f24f), (0x1f252, 0x1f25f), (0x1f266, 0x1f2ff),
    (0x1f6d8, 0x1f6db), (0x1f6ed, 0x1f6ef), (0x1f6fd, 0x1f6ff), (0x1f777, 0x1f77a), (0x1f7da, 0x1f7df), (0x1f7ec, 0x1f7ef),
    (0x1f7f1, 0x1f7ff), (0x1f80c, 0x1f80f), (0x1f848, 0x1f84f), (0x1f85a, 0x1f85f), (0x1f888, 0x1f88f), (0x1f8ae, 0x1f8af),
    (0x1f8b2, 0x1f8ff), (0x1fa54, 0x1fa5f), (0x1fa6e, 0x1fa6f), (0x1fa7d, 0x1fa7f), (0x1fa89, 0x1fa8f), (0x1fabe, 0x1fabe),
    (0x1fac6, 0x1facd), (0x1fadc, 0x1fadf), (0x1fae9, 0x1faef), (0x1faf9, 0x1faff), (0x1fb93, 0x1fb93), (0x1fbcb, 0x1fbef),
    (0x1fbfa, 0x1ffff), (0x2a6e0, 0x2a6ff), (0x2b73a, 0x2b73f), (0x2b81e, 0x2b81f), (0x2cea2, 0x2ceaf), (0x2ebe1, 0x2f7ff),
    (0x2fa1e, 0x2ffff), (0x3134b, 0x3134f), (0x323b0, 0xe00ff), (0xe01f0, 0x10ffff),
];

/// Go's `netutils.ParseIPSloppy` (`net.ParseIP` as it was before Go 1.17): an IPv4 octet may
/// carry leading zeros.
pub fn parse_ip_sloppy(text: &str) -> Option<IpAddr> {
    if !text.contains(':') {
        let octets: Vec<&str> = text.split('.').collect();
        if octets.len() != 4 {
            return None;
        }
        let mut bytes = [0u8; 4];
        for (byte, octet) in bytes.iter_mut().zip(&octets) {
            if octet.is_empty() || octet.len() > 3 || !octet.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            *byte = octet.parse().ok()?;
        }
        return Some(IpAddr::V4(Ipv4Addr::from(bytes)));
    }
    text.parse::<Ipv6Addr>().ok().map(IpAddr::V6)
}

/// Go's `net.IP.String()`: an IPv4-mapped IPv6 address prints as IPv4.
fn go_ip_string(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        },
        IpAddr::V4(v4) => v4.to_string(),
    }
}

/// apimachinery's `IsValidIP` (strict): a parsable IP without leading zeros, not IPv4-mapped,
/// in canonical form.
pub fn validate_ip(path: &FieldPath, value: &str) -> Vec<FieldError> {
    let Some(ip) = parse_ip_sloppy(value) else {
        return vec![FieldError::invalid(
            path,
            value,
            "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
        )];
    };
    let strict = value.parse::<IpAddr>().ok();
    let mut errors = Vec::new();
    if strict.is_none() {
        errors.push(FieldError::invalid(path, value, "must not have leading 0s"));
    }
    if let Some(IpAddr::V6(v6)) = strict {
        if v6.to_ipv4_mapped().is_some() {
            errors.push(FieldError::invalid(
                path,
                value,
                "must not be an IPv4-mapped IPv6 address",
            ));
        }
    }
    let canonical = go_ip_string(ip);
    if errors.is_empty() && value != canonical {
        errors.push(FieldError::invalid(
            path,
            value,
            &format!("must be in canonical form ({})", go_quote(&canonical)),
        ));
    }
    errors
}

/// `ValidateNonSpecialIP`: an Endpoints', EndpointSlice's or external IP may not be unspecified,
/// loopback or link-local (IPv4-mapped addresses are judged as IPv4, as Go's `net.IP` does).
pub fn validate_non_special_ip(path: &FieldPath, value: &str) -> Vec<FieldError> {
    let ip = match parse_ip_sloppy(value) {
        Some(IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        Some(ip) => ip,
        None => {
            return vec![FieldError::invalid(
                path,
                value,
                "must be a valid IP address",
            )]
        }
    };
    let (unspecified, loopback, link_local, link_local_multicast) = match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            (
                v4.is_unspecified(),
                a == 127,
                a == 169 && b == 254,
                a == 224 && b == 0 && c == 0,
            )
        }
        IpAddr::V6(v6) => {
            let [first, ..] = v6.segments();
            (
                v6.is_unspecified(),
                v6.is_loopback(),
                first & 0xffc0 == 0xfe80,
                first & 0xff0f == 0xff02,
            )
        }
    };
    let mut errors = Vec::new();
    if unspecified {
        errors.push(FieldError::invalid(
            path,
            value,
            &format!("may not be unspecified ({value})"),
        ));
    }
    for (found, detail) in [
        (
            loopback,
            "may not be in the loopback range (127.0.0.0/8, ::1/128)",
        ),
        (
            link_local,
            "may not be in the link-local range (169.254.0.0/16, fe80::/10)",
        ),
        (
            link_local_multicast,
            "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)",
        ),
    ] {
        if found {
            errors.push(FieldError::invalid(path, value, detail));
        }
    }
    errors
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    const NAME_PART_REGEX: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    const LABEL_KEY_SLASHES: &str = "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    const PREFIX_SUBDOMAIN: &str = "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    const LABEL_VALUE_REGEX: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    const SUBDOMAIN_REGEX: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    const DNS_LABEL_REGEX: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    const DNS1035_REGEX: &str = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    fn labels(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect()
    }

    fn strings(messages: &[&str]) -> Vec<String> {
        messages.iter().map(|message| message.to_string()).collect()
    }

    #[test]
    fn go_quote_matches_kubectl_137() {
        // Rows checked against `kubectl137 label --local -f pod.yaml 'env=<value>'`, whose error
        // quotes the spec with %q.
        for (input, want) in [
            ("", r#""""#),
            ("abc", r#""abc""#),
            ("bad key!", r#""bad key!""#),
            ("a\"b\\c", r#""a\"b\\c""#),
            (
                "env=a\u{3000}b\u{e9}\u{200b}\u{7f}\u{1}\u{7}\u{8}\u{c}\n\r\t\u{b}\"\\\u{1F600}\u{E0001}",
                r#""env=a\u3000bé\u200b\x7f\x01\a\b\f\n\r\t\v\"\\😀\U000e0001""#,
            ),
            ("\u{0}", r#""\x00""#),
            ("\u{1b}[0m", r#""\x1b[0m""#),
            ("\u{80}\u{9f}\u{a0}\u{a1}\u{ad}", r#""\u0080\u009f\u00a0¡\u00ad""#),
            ("日本語 テスト", r#""日本語 テスト""#),
            ("\u{feff}\u{2028}\u{2029}", r#""\ufeff\u2028\u2029""#),
            ("\u{e000}\u{f8ff}\u{10ffff}", r#""\ue000\uf8ff\U0010ffff""#),
            ("\u{fffd}", "\"\u{fffd}\""),
            ("kubia\u{3000}", r#""kubia\u3000""#),
        ] {
            assert_eq!(go_quote(input), want, "go_quote({input:?})");
        }
    }

    #[test]
    fn go_is_print_follows_go_tables() {
        for (c, want) in [
            (' ', true),
            ('~', true),
            ('\u{7f}', false),
            ('\u{a0}', false),
            ('\u{a1}', true),
            ('é', true),
            ('\u{378}', false),
            ('\u{3000}', false),
            ('\u{3042}', true),
            ('\u{200b}', false),
            ('\u{1f600}', true),
            ('\u{323af}', true),
            ('\u{323b0}', false),
            ('\u{e0001}', false),
        ] {
            assert_eq!(go_is_print(c), want, "go_is_print({c:?})");
        }
    }

    #[test]
    fn go_json_quote_escapes_like_encoding_json() {
        for (input, want) in [
            ("", r#""""#),
            ("bar", r#""bar""#),
            ("a\"b\\c", r#""a\"b\\c""#),
            ("\u{8}\u{c}\n\r\t\u{1}\u{1f}", r#""\b\f\n\r\t\u0001\u001f""#),
            ("<a&b>", r#""\u003ca\u0026b\u003e""#),
            ("\u{2028}\u{2029}\u{7f}é", "\"\\u2028\\u2029\u{7f}é\""),
        ] {
            assert_eq!(go_json_quote(input), want, "go_json_quote({input:?})");
        }
    }

    #[test]
    fn field_path_prints_like_go() {
        let metadata = FieldPath::new("metadata");
        for (path, want) in [
            (metadata.clone(), "metadata"),
            (metadata.child("labels"), "metadata.labels"),
            (
                FieldPath::new("spec")
                    .child("containers")
                    .index(0)
                    .child("name"),
                "spec.containers[0].name",
            ),
            (FieldPath::new("values").index(0).key("x"), "values[0][x]"),
            (FieldPath::new("a").key("b.c").child("d"), "a[b.c].d"),
            (FieldPath::new(""), "[]"),
        ] {
            assert_eq!(path.to_string(), want);
        }
    }

    #[test]
    fn field_error_display_matches_go_error() {
        for (error, want) in [
            (
                FieldError::invalid("metadata.labels", "bad key!", NAME_PART_REGEX),
                format!("metadata.labels: Invalid value: \"bad key!\": {NAME_PART_REGEX}"),
            ),
            (
                FieldError::required("metadata.name", "name or generateName is required"),
                "metadata.name: Required value: name or generateName is required".to_string(),
            ),
            (
                FieldError::too_long("metadata.annotations", 262144),
                "metadata.annotations: Too long: may not be more than 262144 bytes".to_string(),
            ),
            (
                FieldError::too_long("f", 1),
                "f: Too long: may not be more than 1 byte".to_string(),
            ),
            (
                FieldError::too_long("f", -1),
                "f: Too long: value is too long".to_string(),
            ),
            (
                FieldError::too_long_characters("f", 1),
                "f: Too long: may not be more than 1 character".to_string(),
            ),
            (
                FieldError::too_long_characters("f", 10),
                "f: Too long: may not be more than 10 characters".to_string(),
            ),
            (
                FieldError::forbidden("metadata.namespace", "not allowed on this type"),
                "metadata.namespace: Forbidden: not allowed on this type".to_string(),
            ),
            (
                FieldError::required("metadata.namespace", ""),
                "metadata.namespace: Required value".to_string(),
            ),
            (
                FieldError::not_supported(
                    "spec.restartPolicy",
                    "Sometimes",
                    &["Always", "OnFailure", "Never"],
                ),
                "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"".to_string(),
            ),
            (
                FieldError::not_supported("f", "x", &[]),
                "f: Unsupported value: \"x\"".to_string(),
            ),
            (
                FieldError::duplicate("spec.containers[1].name", "kubia"),
                "spec.containers[1].name: Duplicate value: \"kubia\"".to_string(),
            ),
            (
                FieldError::not_found("spec.x", "y"),
                "spec.x: Not found: \"y\"".to_string(),
            ),
            (
                FieldError::invalid("spec.replicas", -1i64, "must be greater than or equal to 0"),
                "spec.replicas: Invalid value: -1: must be greater than or equal to 0".to_string(),
            ),
            (
                FieldError::invalid("spec.x", 7i32, "d"),
                "spec.x: Invalid value: 7: d".to_string(),
            ),
            (
                FieldError::invalid("f", true, "d"),
                "f: Invalid value: true: d".to_string(),
            ),
            (
                FieldError::invalid(
                    "values",
                    vec!["bar".to_string(), "foo".to_string()],
                    "exact-match compatibility requires one single value",
                ),
                "values: Invalid value: [\"bar\",\"foo\"]: exact-match compatibility requires one single value".to_string(),
            ),
            (
                FieldError::invalid("values", FieldValue::StringList(vec![]), "d"),
                "values: Invalid value: []: d".to_string(),
            ),
            (
                FieldError::invalid("f", FieldValue::Null, "d"),
                "f: Invalid value: null: d".to_string(),
            ),
            (
                FieldError::invalid("f", FieldValue::Json("\"unsupportedOp\"".to_string()), "d"),
                "f: Invalid value: \"unsupportedOp\": d".to_string(),
            ),
            (
                FieldError::invalid("f", FieldValue::Omitted, "d"),
                "f: Invalid value: d".to_string(),
            ),
            (
                FieldError::invalid("f", "", ""),
                "f: Invalid value: \"\"".to_string(),
            ),
            (
                FieldError::invalid(NIL_FIELD_PATH, "kubia\u{3000}", "d"),
                "<nil>: Invalid value: \"kubia\\u3000\": d".to_string(),
            ),
            (
                FieldError::type_invalid("f", "a", "d"),
                "f: Invalid value: \"a\": d".to_string(),
            ),
            (
                FieldError::too_many("f", 5, 3),
                "f: Too many: 5: must have at most 3 items".to_string(),
            ),
            (
                FieldError::too_many("f", -1, 1),
                "f: Too many: must have at most 1 item".to_string(),
            ),
            (
                FieldError::too_many("f", 2, -1),
                "f: Too many: 2: has too many items".to_string(),
            ),
            (
                FieldError::too_few("f", 0, 1),
                "f: Too few: 0: must have at least 1 item".to_string(),
            ),
            (
                FieldError::too_few("f", 0, -1),
                "f: Too few: 0: has too few items".to_string(),
            ),
            (
                FieldError::too_short("f", "ab", 3),
                "f: Too short: must be at least 3 characters".to_string(),
            ),
            (
                FieldError::too_short("f", "", 1),
                "f: Too short: must be at least 1 character".to_string(),
            ),
            (
                FieldError::too_short("f", "", -1),
                "f: Too short: value is too short".to_string(),
            ),
            (
                FieldError::internal("f", "boom"),
                "f: Internal error: boom".to_string(),
            ),
        ] {
            assert_eq!(error.to_string(), want);
        }
    }

    #[test]
    fn field_error_kind_cause_types() {
        for (error, cause_type) in [
            (FieldError::invalid("f", "v", "d"), "FieldValueInvalid"),
            (
                FieldError::type_invalid("f", "v", "d"),
                "FieldValueTypeInvalid",
            ),
            (FieldError::required("f", ""), "FieldValueRequired"),
            (FieldError::forbidden("f", ""), "FieldValueForbidden"),
            (FieldError::duplicate("f", "v"), "FieldValueDuplicate"),
            (FieldError::not_found("f", "v"), "FieldValueNotFound"),
            (
                FieldError::not_supported("f", "v", &["a"]),
                "FieldValueNotSupported",
            ),
            (FieldError::too_long("f", 1), "FieldValueTooLong"),
            (FieldError::too_many("f", 1, 1), "FieldValueTooMany"),
            (FieldError::too_few("f", 1, 1), "FieldValueTooFew"),
            (FieldError::too_short("f", "", 1), "FieldValueTooShort"),
            (FieldError::internal("f", "x"), "InternalError"),
        ] {
            assert_eq!(error.kind.cause_type(), cause_type, "{error}");
        }
    }

    #[test]
    fn field_errors_aggregate_like_to_aggregate() {
        let first = FieldError::required("metadata.name", "name or generateName is required");
        let second = FieldError::invalid("spec.containers[0].name", "Kubia", "bad");
        for (errors, want, n_messages) in [
            (vec![], "", 0),
            (
                vec![first.clone()],
                "metadata.name: Required value: name or generateName is required",
                1,
            ),
            (
                vec![first.clone(), first.clone()],
                "metadata.name: Required value: name or generateName is required",
                1,
            ),
            (
                vec![first.clone(), second.clone(), first.clone()],
                "[metadata.name: Required value: name or generateName is required, spec.containers[0].name: Invalid value: \"Kubia\": bad]",
                2,
            ),
        ] {
            let errors = FieldErrors(errors);
            assert_eq!(errors.to_string(), want);
            assert_eq!(errors.messages().len(), n_messages);
            assert_eq!(errors.deduplicated().len(), n_messages);
        }
        let mut built = FieldErrors::new();
        assert!(built.is_empty());
        built.push(second.clone());
        built.extend([first.clone()]);
        assert_eq!(built.len(), 2);
        assert_eq!(built.iter().next(), Some(&second));
        let collected: FieldErrors = vec![first.clone()].into_iter().collect();
        assert_eq!(collected, FieldErrors::from(vec![first]));
    }

    #[test]
    fn regex_error_double_space() {
        assert_eq!(
            regex_error("m", "re", &["a", "b", "c"]),
            "m (e.g. 'a',  or 'b',  or 'c', regex used for validation is 're')"
        );
        assert_eq!(
            regex_error("m", "re", &[]),
            "m (regex used for validation is 're')"
        );
    }

    #[test]
    fn dns1123_label_upstream_vectors() {
        let long_valid = "a".repeat(63);
        for valid in [
            "a",
            "ab",
            "abc",
            "a1",
            "a-1",
            "a--1--2--b",
            "0",
            "01",
            "012",
            "1a",
            "1-a",
            "1--a--b--2",
            long_valid.as_str(),
        ] {
            assert_eq!(is_dns1123_label(valid), Vec::<String>::new(), "{valid:?}");
        }
        let long_invalid = "a".repeat(64);
        for invalid in [
            "",
            "A",
            "ABC",
            "aBc",
            "A1",
            "A-1",
            "1-A",
            "-",
            "a-",
            "-a",
            "1-",
            "-1",
            "_",
            "a_",
            "_a",
            "a_b",
            "1_",
            "_1",
            "1_2",
            ".",
            "a.",
            ".a",
            "a.b",
            "1.",
            ".1",
            "1.2",
            " ",
            "a ",
            " a",
            "a b",
            "1 ",
            " 1",
            "1 2",
            long_invalid.as_str(),
        ] {
            assert!(!is_dns1123_label(invalid).is_empty(), "{invalid:?}");
        }
    }

    #[test]
    fn dns1123_label_messages() {
        let dotted_long = "a.".repeat(40) + "a";
        for (input, want) in [
            ("Custom_NS", vec![DNS_LABEL_REGEX]),
            ("", vec![DNS_LABEL_REGEX]),
            ("a.b", vec!["must not contain dots"]),
            (
                dotted_long.as_str(),
                vec![
                    "must be no more than 63 characters",
                    "must not contain dots",
                ],
            ),
            (&"a".repeat(64), vec!["must be no more than 63 characters"]),
            (
                &"A".repeat(64),
                vec!["must be no more than 63 characters", DNS_LABEL_REGEX],
            ),
        ] {
            assert_eq!(is_dns1123_label(input), strings(&want), "{input:?}");
        }
    }

    #[test]
    fn dns1123_subdomain_upstream_vectors() {
        let long_valid = "a".repeat(253);
        for valid in [
            "a",
            "ab",
            "abc",
            "a1",
            "a-1",
            "a--1--2--b",
            "0",
            "01",
            "012",
            "1a",
            "1-a",
            "1--a--b--2",
            "a.a",
            "ab.a",
            "abc.a",
            "a1.a",
            "a-1.a",
            "a--1--2--b.a",
            "a.1",
            "ab.1",
            "abc.1",
            "a1.1",
            "a-1.1",
            "a--1--2--b.1",
            "0.a",
            "01.a",
            "012.a",
            "1a.a",
            "1-a.a",
            "1--a--b--2",
            "0.1",
            "01.1",
            "012.1",
            "1a.1",
            "1-a.1",
            "1--a--b--2.1",
            "a.b.c.d.e",
            "aa.bb.cc.dd.ee",
            "1.2.3.4.5",
            "11.22.33.44.55",
            long_valid.as_str(),
        ] {
            assert_eq!(
                is_dns1123_subdomain(valid),
                Vec::<String>::new(),
                "{valid:?}"
            );
        }
        let long_invalid = "a".repeat(254);
        for invalid in [
            "",
            "A",
            "ABC",
            "aBc",
            "A1",
            "A-1",
            "1-A",
            "-",
            "a-",
            "-a",
            "1-",
            "-1",
            "_",
            "a_",
            "_a",
            "a_b",
            "1_",
            "_1",
            "1_2",
            ".",
            "a.",
            ".a",
            "a..b",
            "1.",
            ".1",
            "1..2",
            " ",
            "a ",
            " a",
            "a b",
            "1 ",
            " 1",
            "1 2",
            "A.a",
            "aB.a",
            "ab.A",
            "A1.a",
            "a1.A",
            "A.1",
            "aB.1",
            "A1.1",
            "1A.1",
            "0.A",
            "01.A",
            "012.A",
            "1A.a",
            "1a.A",
            "A.B.C.D.E",
            "AA.BB.CC.DD.EE",
            "a.B.c.d.e",
            "aa.bB.cc.dd.ee",
            "a@b",
            "a,b",
            "a_b",
            "a;b",
            "a:b",
            "a%b",
            "a?b",
            "a$b",
            long_invalid.as_str(),
        ] {
            assert!(!is_dns1123_subdomain(invalid).is_empty(), "{invalid:?}");
        }
    }

    #[test]
    fn dns1123_subdomain_messages() {
        for (input, want) in [
            ("Kubia_Manual", vec![SUBDOMAIN_REGEX]),
            ("kubia\n", vec![SUBDOMAIN_REGEX]),
            (
                &"a".repeat(254),
                vec!["must be no more than 253 characters"],
            ),
            (
                &"-".repeat(254),
                vec!["must be no more than 253 characters", SUBDOMAIN_REGEX],
            ),
        ] {
            assert_eq!(is_dns1123_subdomain(input), strings(&want), "{input:?}");
        }
    }

    #[test]
    fn dns1035_label_upstream_vectors() {
        let long_valid = "a".repeat(63);
        for valid in [
            "a",
            "ab",
            "abc",
            "a1",
            "a-1",
            "a--1--2--b",
            long_valid.as_str(),
        ] {
            assert_eq!(is_dns1035_label(valid), Vec::<String>::new(), "{valid:?}");
        }
        let long_invalid = "a".repeat(64);
        for invalid in [
            "0",
            "01",
            "012",
            "1a",
            "1-a",
            "1--a--b--2",
            "",
            "A",
            "ABC",
            "aBc",
            "A1",
            "A-1",
            "1-A",
            "-",
            "a-",
            "-a",
            "1-",
            "-1",
            "_",
            "a_",
            "_a",
            "a_b",
            "1_",
            "_1",
            "1_2",
            ".",
            "a.",
            ".a",
            "a.b",
            "1.",
            ".1",
            "1.2",
            " ",
            "a ",
            " a",
            "a b",
            "1 ",
            " 1",
            "1 2",
            long_invalid.as_str(),
        ] {
            assert!(!is_dns1035_label(invalid).is_empty(), "{invalid:?}");
        }
        assert_eq!(is_dns1035_label("1abc"), strings(&[DNS1035_REGEX]));
        assert_eq!(
            is_dns1035_label(&"a".repeat(64)),
            strings(&["must be no more than 63 characters"])
        );
    }

    #[test]
    fn label_key_upstream_vectors() {
        let long_name = "a".repeat(63);
        let long_prefixed = "a".repeat(253) + "/" + &"b".repeat(63);
        for valid in [
            "simple",
            "now-with-dashes",
            "1-starts-with-num",
            "1234",
            "simple/simple",
            "now-with-dashes/simple",
            "now-with-dashes/now-with-dashes",
            "now.with.dots/simple",
            "now-with.dashes-and.dots/simple",
            "1-num.2-num/3-num",
            "1234/5678",
            "1.2.3.4/5678",
            "Uppercase_Is_OK_123",
            "example.com/Uppercase_Is_OK_123",
            "requests.storage-foo",
            long_name.as_str(),
            long_prefixed.as_str(),
        ] {
            assert_eq!(is_qualified_name(valid), Vec::<String>::new(), "{valid:?}");
            assert_eq!(is_label_key(valid), Vec::<String>::new(), "{valid:?}");
        }
    }

    #[test]
    fn label_key_messages() {
        let too_long_prefix = "a".repeat(254) + "/abc";
        let everything_wrong = "A".repeat(254) + "/" + &"-".repeat(64);
        for (input, want) in [
            ("nospecialchars%^=@", vec![NAME_PART_REGEX]),
            ("cantendwithadash-", vec![NAME_PART_REGEX]),
            ("-cantstartwithadash-", vec![NAME_PART_REGEX]),
            ("only/one/slash", vec![LABEL_KEY_SLASHES]),
            ("Example.com/abc", vec![PREFIX_SUBDOMAIN]),
            ("example_com/abc", vec![PREFIX_SUBDOMAIN]),
            (
                "example.com/",
                vec!["name part must be non-empty", NAME_PART_REGEX],
            ),
            ("/simple", vec!["prefix part must be non-empty"]),
            (
                &"a".repeat(64),
                vec!["name part must be no more than 63 bytes"],
            ),
            (
                too_long_prefix.as_str(),
                vec!["prefix part must be no more than 253 bytes"],
            ),
            ("bad key!", vec![NAME_PART_REGEX]),
            ("app:monolith", vec![NAME_PART_REGEX]),
            ("", vec!["name part must be non-empty", NAME_PART_REGEX]),
            (
                "/",
                vec![
                    "prefix part must be non-empty",
                    "name part must be non-empty",
                    NAME_PART_REGEX,
                ],
            ),
            (
                everything_wrong.as_str(),
                vec![
                    "prefix part must be no more than 253 bytes",
                    PREFIX_SUBDOMAIN,
                    "name part must be no more than 63 bytes",
                    NAME_PART_REGEX,
                ],
            ),
            ("é", vec![NAME_PART_REGEX]),
        ] {
            assert_eq!(is_qualified_name(input), strings(&want), "{input:?}");
        }
    }

    #[test]
    fn label_value_upstream_vectors() {
        let long_valid = "a".repeat(63);
        for valid in [
            "simple",
            "now-with-dashes",
            "1-starts-with-num",
            "end-with-num-1",
            "1234",
            long_valid.as_str(),
            "",
        ] {
            assert_eq!(
                is_valid_label_value(valid),
                Vec::<String>::new(),
                "{valid:?}"
            );
        }
        let long_invalid = "a".repeat(64);
        for invalid in [
            "nospecialchars%^=@",
            "Tama-nui-te-rā.is.Māori.sun",
            "\\backslashes\\are\\bad",
            "-starts-with-dash",
            "ends-with-dash-",
            ".starts.with.dot",
            "ends.with.dot.",
            long_invalid.as_str(),
        ] {
            assert!(!is_valid_label_value(invalid).is_empty(), "{invalid:?}");
        }
    }

    #[test]
    fn label_value_messages() {
        // `kubectl137 label --local -f pod.yaml env=-bad` prints LABEL_VALUE_REGEX; a long bad
        // value prints `must be no more than 63 bytes;<regex message>`.
        for (input, want) in [
            ("-bad", vec![LABEL_VALUE_REGEX]),
            ("a b", vec![LABEL_VALUE_REGEX]),
            (&"a".repeat(64), vec!["must be no more than 63 bytes"]),
            (
                &"-".repeat(64),
                vec!["must be no more than 63 bytes", LABEL_VALUE_REGEX],
            ),
        ] {
            assert_eq!(is_valid_label_value(input), strings(&want), "{input:?}");
        }
    }

    #[test]
    fn validate_labels_reports_keys_and_values_on_the_labels_field() {
        for (input, want) in [
            (labels(&[("app", "kubia")]), vec![]),
            (
                labels(&[("bad key!", "x")]),
                vec![format!(
                    "metadata.labels: Invalid value: \"bad key!\": {NAME_PART_REGEX}"
                )],
            ),
            (
                labels(&[("env", "-bad")]),
                vec![format!(
                    "metadata.labels: Invalid value: \"-bad\": {LABEL_VALUE_REGEX}"
                )],
            ),
            (
                labels(&[("bad key!", "-x"), ("ok", "")]),
                vec![
                    format!("metadata.labels: Invalid value: \"bad key!\": {NAME_PART_REGEX}"),
                    format!("metadata.labels: Invalid value: \"-x\": {LABEL_VALUE_REGEX}"),
                ],
            ),
            (
                labels(&[("a", &"b".repeat(64))]),
                vec![format!(
                    "metadata.labels: Invalid value: \"{}\": must be no more than 63 bytes",
                    "b".repeat(64)
                )],
            ),
        ] {
            let got: Vec<String> = validate_labels(&input, "metadata.labels")
                .iter()
                .map(FieldError::to_string)
                .collect();
            assert_eq!(got, want, "{input:?}");
        }
        assert_eq!(
            validate_label_name("x/y/z", "spec.selector.key")
                .iter()
                .map(FieldError::to_string)
                .collect::<Vec<_>>(),
            vec![format!(
                "spec.selector.key: Invalid value: \"x/y/z\": {LABEL_KEY_SLASHES}"
            )]
        );
    }

    #[test]
    fn validate_annotations_upstream_cases() {
        let limit = TOTAL_ANNOTATION_SIZE_LIMIT_BYTES;
        assert_eq!(limit, 262144);
        let just_under = "b".repeat(limit - 1);
        let half_under_b = "b".repeat(limit / 2 - 1);
        let half_under_d = "d".repeat(limit / 2 - 1);
        for success in [
            labels(&[("simple", "bar")]),
            labels(&[("now-with-dashes", "bar")]),
            labels(&[("1-starts-with-num", "bar")]),
            labels(&[("1234", "bar")]),
            labels(&[("simple/simple", "bar")]),
            labels(&[("now-with-dashes/simple", "bar")]),
            labels(&[("now-with-dashes/now-with-dashes", "bar")]),
            labels(&[("now.with.dots/simple", "bar")]),
            labels(&[("now-with.dashes-and.dots/simple", "bar")]),
            labels(&[("1-num.2-num/3-num", "bar")]),
            labels(&[("1234/5678", "bar")]),
            labels(&[("1.2.3.4/5678", "bar")]),
            labels(&[("UpperCase123", "bar")]),
            labels(&[("Example.COM/Upper", "bar")]),
            labels(&[("\u{130}", "dotted capital I lowers to i in Go")]),
            labels(&[("\u{212a}", "kelvin sign lowers to k")]),
            labels(&[("a", just_under.as_str())]),
            labels(&[("a", half_under_b.as_str()), ("c", half_under_d.as_str())]),
        ] {
            assert_eq!(
                validate_annotations(&success, "field"),
                Vec::<FieldError>::new(),
                "{:?}",
                success.keys().collect::<Vec<_>>()
            );
        }
        let long_key = "a".repeat(254);
        for (input, expect) in [
            (
                labels(&[("nospecialchars^=@", "bar")]),
                "name part must consist of",
            ),
            (
                labels(&[("cantendwithadash-", "bar")]),
                "name part must consist of",
            ),
            (
                labels(&[("only/one/slash", "bar")]),
                "a valid label key must consist of",
            ),
            (
                labels(&[(long_key.as_str(), "bar")]),
                "must be no more than",
            ),
        ] {
            let errors = validate_annotations(&input, "field");
            assert_eq!(errors.len(), 1, "{input:?}");
            assert!(errors[0].detail.contains(expect), "{}", errors[0]);
        }
        let full = "b".repeat(limit);
        let half_b = "b".repeat(limit / 2);
        let half_d = "d".repeat(limit / 2);
        for input in [
            labels(&[("a", full.as_str())]),
            labels(&[("a", half_b.as_str()), ("c", half_d.as_str())]),
        ] {
            let errors = validate_annotations(&input, "metadata.annotations");
            assert_eq!(
                errors.iter().map(FieldError::to_string).collect::<Vec<_>>(),
                vec!["metadata.annotations: Too long: may not be more than 262144 bytes"]
            );
            assert!(annotations_size(&input) > limit as u64);
        }
    }

    #[test]
    fn validate_annotations_quotes_the_original_key() {
        let errors = validate_annotations(&labels(&[("Bad Key", "x")]), "metadata.annotations");
        assert_eq!(
            errors.iter().map(FieldError::to_string).collect::<Vec<_>>(),
            vec![format!(
                "metadata.annotations: Invalid value: \"Bad Key\": {NAME_PART_REGEX}"
            )]
        );
    }

    #[test]
    fn mask_trailing_dash_upstream_cases() {
        for (input, want) in [
            ("", ""),
            ("-", "-"),
            ("-foo", "-foo"),
            ("-foo-", "-foa"),
            ("b-", "a"),
            ("ab", "ab"),
            ("foo-", "foa"),
            ("é-", "\u{fffd}a"),
        ] {
            assert_eq!(mask_trailing_dash(input), want, "{input:?}");
        }
    }

    #[test]
    fn name_functions_mask_generate_name_prefixes() {
        let name_functions: [(ValidateNameFunc, &str); 5] = [
            (name_is_dns_subdomain, "subdomain"),
            (name_is_dns_label, "label"),
            (name_is_dns1035_label, "dns1035"),
            (validate_pod_name, "pod"),
            (validate_namespace_name, "namespace"),
        ];
        for (name_fn, description) in name_functions {
            for (name, prefix, valid) in [
                ("kubia-", true, true),
                ("kubia-", false, false),
                ("kubia", false, true),
                ("Kubia-", true, false),
                ("-", true, false),
                ("", false, false),
            ] {
                assert_eq!(
                    name_fn(name, prefix).is_empty(),
                    valid,
                    "{description}({name:?}, {prefix})"
                );
            }
        }
        assert_eq!(
            name_is_dns_label("a.b", false),
            strings(&["must not contain dots"])
        );
        assert_eq!(name_is_dns_subdomain("a.b-", true), Vec::<String>::new());
        assert_eq!(
            name_is_dns1035_label("1a-", true),
            strings(&[DNS1035_REGEX])
        );
    }

    #[test]
    fn validate_object_meta_messages() {
        let empty = BTreeMap::new();
        let bad_labels = labels(&[("bad key!", "x")]);
        let meta = |name, generate_name, namespace| ObjectMetaFields {
            name,
            generate_name,
            namespace,
            labels: &empty,
            annotations: &empty,
        };
        for (fields, requires_namespace, name_fn, want) in [
            (
                meta("kubia-manual", "", "default"),
                true,
                validate_pod_name as ValidateNameFunc,
                vec![],
            ),
            (
                meta("Kubia_Manual", "", "default"),
                true,
                validate_pod_name,
                vec![format!(
                    "metadata.name: Invalid value: \"Kubia_Manual\": {SUBDOMAIN_REGEX}"
                )],
            ),
            (
                meta("Custom_NS", "", ""),
                false,
                validate_namespace_name,
                vec![format!(
                    "metadata.name: Invalid value: \"Custom_NS\": {DNS_LABEL_REGEX}"
                )],
            ),
            (
                meta("", "", "default"),
                true,
                validate_pod_name,
                vec!["metadata.name: Required value: name or generateName is required".to_string()],
            ),
            (
                meta("kubia-x7k2p", "kubia-", "default"),
                true,
                validate_pod_name,
                vec![],
            ),
            (
                meta("Kubia-x7k2p", "Kubia-", "default"),
                true,
                validate_pod_name,
                vec![
                    format!("metadata.generateName: Invalid value: \"Kubia-\": {SUBDOMAIN_REGEX}"),
                    format!("metadata.name: Invalid value: \"Kubia-x7k2p\": {SUBDOMAIN_REGEX}"),
                ],
            ),
            (
                meta("kubia", "", ""),
                true,
                validate_pod_name,
                vec!["metadata.namespace: Required value".to_string()],
            ),
            (
                meta("kubia", "", "Bad.NS"),
                true,
                validate_pod_name,
                vec![format!(
                    "metadata.namespace: Invalid value: \"Bad.NS\": {DNS_LABEL_REGEX}"
                )],
            ),
            (
                meta("custom-namespace", "", "default"),
                false,
                validate_namespace_name,
                vec!["metadata.namespace: Forbidden: not allowed on this type".to_string()],
            ),
        ] {
            let got = validate_object_meta(&fields, requires_namespace, name_fn, "metadata");
            assert_eq!(got.messages(), want, "{fields:?}");
        }
        let labelled = ObjectMetaFields {
            name: "kubia",
            generate_name: "",
            namespace: "default",
            labels: &bad_labels,
            annotations: &bad_labels,
        };
        assert_eq!(
            validate_object_meta(&labelled, true, validate_pod_name, "metadata").messages(),
            vec![
                format!("metadata.labels: Invalid value: \"bad key!\": {NAME_PART_REGEX}"),
                format!("metadata.annotations: Invalid value: \"bad key!\": {NAME_PART_REGEX}"),
            ]
        );
    }

    /// apimachinery TestValidateObjectMetaCustomName: the name function runs on both name and
    /// generateName.
    #[test]
    fn validate_object_meta_custom_name_function() {
        fn only_test(name: &str, _prefix: bool) -> Vec<String> {
            if name == "test" {
                vec![]
            } else {
                vec!["wrong value".to_string()]
            }
        }
        let empty = BTreeMap::new();
        for (name, generate_name, n_errors) in [
            ("test", "", 0),
            ("test", "test", 0),
            ("invalid", "", 1),
            ("invalid", "test", 1),
            ("invalid", "invalid", 2),
        ] {
            let fields = ObjectMetaFields {
                name,
                generate_name,
                namespace: "",
                labels: &empty,
                annotations: &empty,
            };
            let errors = validate_object_meta(&fields, false, only_test, "field");
            assert_eq!(errors.len(), n_errors, "{name} {generate_name}");
            if let Some(first) = errors.iter().next() {
                assert!(first.to_string().contains("wrong value"));
            }
        }
    }

    #[test]
    fn odd_inputs_never_panic() {
        let huge = "x".repeat(100_000);
        let odd = [
            "",
            "\u{0}",
            "/",
            "//",
            "-",
            "é-",
            "日本-",
            "\u{10ffff}",
            "a\u{0}b",
            huge.as_str(),
            "İ/K",
            "\n\r\t",
        ];
        for input in odd {
            let _ = go_quote(input);
            let _ = go_json_quote(input);
            let _ = is_dns1123_label(input);
            let _ = is_dns1123_subdomain(input);
            let _ = is_dns1035_label(input);
            let _ = is_qualified_name(input);
            let _ = is_valid_label_value(input);
            let _ = mask_trailing_dash(input);
            for prefix in [true, false] {
                let _ = name_is_dns_subdomain(input, prefix);
                let _ = name_is_dns_label(input, prefix);
                let _ = name_is_dns1035_label(input, prefix);
            }
            let map = labels(&[(input, input)]);
            let _ = validate_labels(&map, "metadata.labels");
            let _ = validate_annotations(&map, "metadata.annotations");
        }
    }

    #[test]
    fn endpoint_ip_rules() {
        // (value, IsValidIP's details, ValidateNonSpecialIP's details)
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("10.1.2.3", &[], &[]),
            ("2001:db8::5", &[], &[]),
            ("010.1.2.3", &["must not have leading 0s"], &[]),
            (
                "::ffff:127.0.0.1",
                &["must not be an IPv4-mapped IPv6 address"],
                &["may not be in the loopback range (127.0.0.0/8, ::1/128)"],
            ),
            (
                "2001:DB8:0:0:0:0:0:1",
                &["must be in canonical form (\"2001:db8::1\")"],
                &[],
            ),
            (
                "::1",
                &[],
                &["may not be in the loopback range (127.0.0.0/8, ::1/128)"],
            ),
            ("::", &[], &["may not be unspecified (::)"]),
            (
                "169.254.1.1",
                &[],
                &["may not be in the link-local range (169.254.0.0/16, fe80::/10)"],
            ),
            (
                "febf::1",
                &[],
                &["may not be in the link-local range (169.254.0.0/16, fe80::/10)"],
            ),
            ("fec0::1", &[], &[]),
            (
                "224.0.0.251",
                &[],
                &["may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"],
            ),
            ("224.0.1.1", &[], &[]),
            (
                "ff12::1",
                &[],
                &["may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"],
            ),
            (
                "1.2.3",
                &["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"],
                &["must be a valid IP address"],
            ),
            (
                "fe80::1%eth0",
                &["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"],
                &["must be a valid IP address"],
            ),
        ];
        let path = FieldPath::new("ip");
        for (value, strict, special) in cases {
            let details = |errors: Vec<FieldError>| -> Vec<String> {
                errors.into_iter().map(|error| error.detail).collect()
            };
            assert_eq!(details(validate_ip(&path, value)), *strict, "{value}");
            assert_eq!(
                details(validate_non_special_ip(&path, value)),
                *special,
                "{value}"
            );
        }
    }
}
