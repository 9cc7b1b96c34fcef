//! `kubectl get -o json` output: cli-runtime's JSONPrinter, i.e. Go
//! `json.MarshalIndent(obj, "", "    ")` followed by a newline, reproduced byte for byte:
//! keys sorted bytewise, `": "` separators, 4-space indentation, `{}`/`[]` for empty
//! collections, Go's string escaping (HTML-safe `\u003c \u003e \u0026`, `\u2028 \u2029`,
//! `\b \f \n \r \t`, other controls as `\u00XX`) and Go's float formatting.
//!
//! Also the Go number formatting (`strconv.FormatFloat` shortest `e`/`f`/`g`) that the YAML
//! printer shares. Numbers follow kubectl's unstructured decoding: integers that fit `int64`
//! stay integers; anything else (including unsigned values above `i64::MAX`) is a float64.
//! This module does not know what the object means; it prints any `serde_json::Value`.

use serde_json::{Number, Value};

/// `kubectl get -o json`: `json.MarshalIndent(obj, "", "    ")` plus the trailing newline.
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value, Layout::Indented, GoType::Map);
    out.push('\n');
    out
}

/// Go `json.Marshal(obj)`: the same encoding without any whitespace (what kubectl writes into
/// the `last-applied-configuration` annotation).
pub fn to_compact_json(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value, Layout::Compact, GoType::Map);
    out
}

/// Like `to_json`, for a typed Go struct outside the API schema (`schema::typed` writes the
/// kinds it has): a kubeconfig, discovery documents, a `SelfSubjectReview`. Fields come in
/// the struct's order (`kind`, `apiVersion`, `metadata` …), not sorted; maps stay sorted.
pub fn to_json_typed(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value, Layout::Indented, GoType::top_level(value));
    out.push('\n');
    out
}

/// `to_compact_json` for a typed object outside the API schema (see `to_json_typed`).
pub fn to_compact_json_typed(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value, Layout::Compact, GoType::top_level(value));
    out
}

/// The API server's JSON serializer for a typed object it built (discovery documents):
/// `json.Encoder` (compact, then a newline) or, for a pretty-printing request,
/// `json.MarshalIndent(obj, "", "  ")` without a newline.
pub fn to_server_json_typed(value: &Value, pretty: bool) -> String {
    let mut out = String::new();
    let layout = if pretty {
        Layout::ServerIndented
    } else {
        Layout::Compact
    };
    write_json(&mut out, value, layout, GoType::top_level(value));
    if !pretty {
        out.push('\n');
    }
    out
}

/// `json.MarshalIndent` with 4 spaces (kubectl) or 2 (the API server), or `json.Marshal`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Indented,
    ServerIndented,
    Compact,
}

/// The fields of clientcmd's `Config` by their JSON names, in the struct's order (the same in
/// its v1 and internal types).
pub const KUBECONFIG_FIELDS: [&str; 8] = [
    "kind",
    "apiVersion",
    "preferences",
    "clusters",
    "users",
    "contexts",
    "current-context",
    "extensions",
];

/// The Go type of a JSON object, for the order of its fields: a struct's declaration order
/// (k8s.io/api/core/v1 `types.go`), or a map's sorted keys.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GoType {
    /// A map, or a value of no known struct type: keys sorted.
    Map,
    /// An object of a kind outside the schema: `TypeMeta` inline, then metadata, spec, status.
    TopLevel,
    ObjectMeta,
    /// clientcmd's v1 `Config` (`kubectl config view`) and its named entries.
    KubeConfig,
    NamedCluster,
    ClusterInfo,
    NamedContext,
    ContextInfo,
    NamedAuthInfo,
    AuthInfo,
    /// metav1's `APIResourceList` (`kubectl api-resources -o json`) and its `APIResource`s.
    ApiResourceList,
    ApiResource,
    /// metav1's discovery documents: `APIVersions` (`/api`), `APIGroupList` (`/apis`),
    /// `APIGroup`, `GroupVersionForDiscovery` and `ServerAddressByClientCIDR`.
    ApiVersions,
    ApiGroupList,
    ApiGroup,
    GroupVersionForDiscovery,
    ServerAddressByClientCidr,
    /// authentication/v1's `SelfSubjectReview` (`kubectl auth whoami -o json`), its status and
    /// `UserInfo`.
    SelfSubjectReview,
    SelfSubjectReviewStatus,
    UserInfo,
}

impl GoType {
    /// The struct an object of this kind is.
    fn top_level(value: &Value) -> GoType {
        match value.get("kind").and_then(Value::as_str) {
            Some("Config") => GoType::KubeConfig,
            Some("APIResourceList") => GoType::ApiResourceList,
            Some("APIVersions") => GoType::ApiVersions,
            Some("APIGroupList") => GoType::ApiGroupList,
            Some("APIGroup") => GoType::ApiGroup,
            Some("SelfSubjectReview") => GoType::SelfSubjectReview,
            _ => GoType::TopLevel,
        }
    }

    fn fields(self) -> &'static [&'static str] {
        match self {
            GoType::Map => &[],
            GoType::TopLevel => &["kind", "apiVersion", "metadata", "spec", "status"],
            GoType::ObjectMeta => &[
                "name",
                "generateName",
                "namespace",
                "selfLink",
                "uid",
                "resourceVersion",
                "generation",
                "creationTimestamp",
                "deletionTimestamp",
                "deletionGracePeriodSeconds",
                "labels",
                "annotations",
                "ownerReferences",
                "finalizers",
                "managedFields",
            ],
            GoType::KubeConfig => &KUBECONFIG_FIELDS,
            GoType::NamedCluster => &["name", "cluster"],
            GoType::ClusterInfo => &[
                "server",
                "tls-server-name",
                "insecure-skip-tls-verify",
                "certificate-authority",
                "certificate-authority-data",
                "proxy-url",
                "disable-compression",
                "extensions",
            ],
            GoType::ApiResourceList => &["kind", "apiVersion", "groupVersion", "resources"],
            GoType::ApiVersions => &[
                "kind",
                "apiVersion",
                "versions",
                "serverAddressByClientCIDRs",
            ],
            GoType::ApiGroupList => &["kind", "apiVersion", "groups"],
            GoType::ApiGroup => &[
                "kind",
                "apiVersion",
                "name",
                "versions",
                "preferredVersion",
                "serverAddressByClientCIDRs",
            ],
            GoType::GroupVersionForDiscovery => &["groupVersion", "version"],
            GoType::ServerAddressByClientCidr => &["clientCIDR", "serverAddress"],
            GoType::SelfSubjectReview => &["kind", "apiVersion", "metadata", "status"],
            GoType::SelfSubjectReviewStatus => &["userInfo"],
            GoType::UserInfo => &["username", "uid", "groups", "extra"],
            GoType::ApiResource => &[
                "name",
                "singularName",
                "namespaced",
                "group",
                "version",
                "kind",
                "verbs",
                "shortNames",
                "categories",
                "storageVersionHash",
            ],
            GoType::NamedContext => &["name", "context"],
            GoType::ContextInfo => &["cluster", "user", "namespace", "extensions"],
            GoType::NamedAuthInfo => &["name", "user"],
            GoType::AuthInfo => &[
                "client-certificate",
                "client-certificate-data",
                "client-key",
                "client-key-data",
                "token",
                "tokenFile",
                "as",
                "as-uid",
                "as-groups",
                "as-user-extra",
                "username",
                "password",
                "auth-provider",
                "exec",
                "extensions",
            ],
        }
    }

    /// The type of a field's value (of each item, for a list).
    fn field(self, key: &str) -> GoType {
        match (self, key) {
            (GoType::TopLevel, "metadata") => GoType::ObjectMeta,
            (GoType::KubeConfig, "clusters") => GoType::NamedCluster,
            (GoType::KubeConfig, "contexts") => GoType::NamedContext,
            (GoType::KubeConfig, "users") => GoType::NamedAuthInfo,
            (GoType::NamedCluster, "cluster") => GoType::ClusterInfo,
            (GoType::NamedContext, "context") => GoType::ContextInfo,
            (GoType::NamedAuthInfo, "user") => GoType::AuthInfo,
            (GoType::ApiResourceList, "resources") => GoType::ApiResource,
            (GoType::ApiGroupList, "groups") => GoType::ApiGroup,
            (GoType::ApiGroup, "versions" | "preferredVersion") => GoType::GroupVersionForDiscovery,
            (GoType::ApiVersions | GoType::ApiGroup, "serverAddressByClientCIDRs") => {
                GoType::ServerAddressByClientCidr
            }
            (GoType::SelfSubjectReview, "metadata") => GoType::ObjectMeta,
            (GoType::SelfSubjectReview, "status") => GoType::SelfSubjectReviewStatus,
            (GoType::SelfSubjectReviewStatus, "userInfo") => GoType::UserInfo,
            _ => GoType::Map,
        }
    }

    /// An object's entries in this type's order (unknown keys last, sorted).
    fn entries(self, map: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
        let fields = self.fields();
        let rank = |key: &str| {
            fields
                .iter()
                .position(|field| *field == key)
                .unwrap_or(usize::MAX)
        };
        let mut entries: Vec<(&String, &Value)> = map.iter().collect();
        crate::sort::sort_by(&mut entries, |a, b| {
            rank(a.0)
                .cmp(&rank(b.0))
                .then_with(|| a.0.as_bytes().cmp(b.0.as_bytes()))
        });
        entries
    }
}

/// One open container while printing iteratively, with the Go type of its contents.
enum OpenContainer<'a> {
    Object(std::vec::IntoIter<(&'a String, &'a Value)>, GoType),
    Array(std::slice::Iter<'a, Value>, GoType),
}

fn push_indent(out: &mut String, depth: usize, layout: Layout) {
    let indent = match layout {
        Layout::Compact => return,
        Layout::Indented => "    ",
        Layout::ServerIndented => "  ",
    };
    out.push('\n');
    for _ in 0..depth {
        out.push_str(indent);
    }
}

/// Writes a scalar, or opens a non-empty container (returned for the caller to iterate).
fn write_start<'a>(out: &mut String, value: &'a Value, ty: GoType) -> Option<OpenContainer<'a>> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => out.push_str(&go_json_number(number)),
        Value::String(text) => write_go_json_string(out, text),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            return Some(OpenContainer::Array(items.iter(), ty));
        }
        Value::Object(map) => {
            out.push('{');
            return Some(OpenContainer::Object(ty.entries(map).into_iter(), ty));
        }
    }
    None
}

fn write_json(out: &mut String, value: &Value, layout: Layout, ty: GoType) {
    let mut stack: Vec<(OpenContainer, bool)> = Vec::new();
    if let Some(open) = write_start(out, value, ty) {
        stack.push((open, true));
    }
    loop {
        let depth = stack.len();
        let Some((open, first)) = stack.last_mut() else {
            break;
        };
        let was_first = *first;
        *first = false;
        let next = match open {
            OpenContainer::Object(entries, ty) => entries
                .next()
                .map(|(key, value)| (Some(key), value, ty.field(key))),
            OpenContainer::Array(items, ty) => items.next().map(|value| (None, value, *ty)),
        };
        match next {
            Some((key, value, child)) => {
                if !was_first {
                    out.push(',');
                }
                push_indent(out, depth, layout);
                if let Some(key) = key {
                    write_go_json_string(out, key);
                    out.push_str(match layout {
                        Layout::Indented | Layout::ServerIndented => ": ",
                        Layout::Compact => ":",
                    });
                }
                if let Some(open) = write_start(out, value, child) {
                    stack.push((open, true));
                }
            }
            None => {
                let closing = match open {
                    OpenContainer::Object(..) => '}',
                    OpenContainer::Array(..) => ']',
                };
                stack.pop();
                push_indent(out, depth - 1, layout);
                out.push(closing);
            }
        }
    }
}

/// Go `encoding/json` string encoding with HTML escaping (the default of `json.Marshal`).
pub fn write_go_json_string(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{0}'..='\u{1f}' => {
                let byte = ch as u32;
                out.push_str("\\u00");
                out.extend(char::from_digit((byte >> 4) & 0xF, 16));
                out.extend(char::from_digit(byte & 0xF, 16));
            }
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            other => out.push(other),
        }
    }
    out.push('"');
}

/// The number as kubectl's JSON printer writes it: `int64` values as integers, everything else
/// as Go float64 (`strconv.AppendFloat` with `'f'`, or `'e'` below 1e-6 / from 1e21 on, with
/// `e-07` shortened to `e-7`).
pub fn go_json_number(number: &Number) -> String {
    if let Some(integer) = number.as_i64() {
        return integer.to_string();
    }
    let float = match number.as_u64() {
        Some(unsigned) => unsigned as f64,
        None => number.as_f64().unwrap_or(0.0),
    };
    go_json_float(float)
}

/// Go `encoding/json` float64 encoding.
pub fn go_json_float(float: f64) -> String {
    let abs = float.abs();
    let use_exponent = abs != 0.0 && !(1e-6..1e21).contains(&abs);
    if !use_exponent {
        return go_format_float(float, GoFloatFormat::Fixed);
    }
    let mut text = go_format_float(float, GoFloatFormat::Exponent);
    // Clean up e-09 to e-9.
    let bytes = text.as_bytes();
    let n = bytes.len();
    if n >= 4
        && bytes.get(n - 4) == Some(&b'e')
        && bytes.get(n - 3) == Some(&b'-')
        && bytes.get(n - 2) == Some(&b'0')
    {
        text.remove(n - 2);
    }
    text
}

/// The `fmt` byte of Go's `strconv.FormatFloat` (always with precision -1: shortest).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoFloatFormat {
    /// `'e'`: `d.ddde±dd`.
    Exponent,
    /// `'f'`: `ddd.ddd`, no exponent.
    Fixed,
    /// `'g'`: `'e'` for exponents < -4 or >= 6 (shortest mode), `'f'` otherwise.
    General,
}

/// Shortest decimal digits of a finite float: (digits without leading/trailing zeros, decimal
/// point position). Zero has no digits.
fn shortest_digits(abs: f64, single: bool) -> (Vec<u8>, i32) {
    if abs == 0.0 {
        return (Vec::new(), 0);
    }
    // Rust's `{:e}` prints the shortest round-tripping digits, like Go's Ryū path (of the
    // float32 for `bitSize` 32).
    let formatted = if single {
        format!("{:e}", abs as f32)
    } else {
        format!("{abs:e}")
    };
    let (mantissa, exponent) = formatted
        .split_once('e')
        .unwrap_or((formatted.as_str(), "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    (digits, exponent + 1)
}

/// Go `strconv.FormatFloat(f, fmt, -1, 64)` for finite floats (`+Inf`, `-Inf`, `NaN` otherwise).
pub fn go_format_float(float: f64, format: GoFloatFormat) -> String {
    go_format_float_bits(float, format, false)
}

/// `strconv.FormatFloat(f, fmt, -1, 32)` when `single`, else with bit size 64.
pub fn go_format_float_bits(float: f64, format: GoFloatFormat, single: bool) -> String {
    let float = if single {
        f64::from(float as f32)
    } else {
        float
    };
    if float.is_nan() {
        return "NaN".to_string();
    }
    if float.is_infinite() {
        return if float > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    let (digits, point) = shortest_digits(float.abs(), single);
    let count = digits.len() as i32;
    let mut out = String::new();
    if float.is_sign_negative() {
        out.push('-');
    }
    let use_exponent = match format {
        GoFloatFormat::Exponent => true,
        GoFloatFormat::Fixed => false,
        GoFloatFormat::General => {
            let exponent = point - 1;
            !(-4..6).contains(&exponent)
        }
    };
    if use_exponent {
        // fmtE with prec = nd - 1.
        out.push(char::from(*digits.first().unwrap_or(&b'0')));
        if digits.len() > 1 {
            out.push('.');
            out.extend(digits.iter().skip(1).map(|&d| char::from(d)));
        }
        out.push('e');
        let mut exponent = if digits.is_empty() { 0 } else { point - 1 };
        if exponent < 0 {
            out.push('-');
            exponent = -exponent;
        } else {
            out.push('+');
        }
        if exponent < 10 {
            out.push('0');
        }
        out.push_str(&exponent.to_string());
    } else {
        // fmtF with prec = max(nd - dp, 0).
        if point > 0 {
            for i in 0..point {
                out.push(char::from(*digits.get(i as usize).unwrap_or(&b'0')));
            }
        } else {
            out.push('0');
        }
        let precision = (count - point).max(0);
        if precision > 0 {
            out.push('.');
            for i in 1..=precision {
                let index = point + i - 1;
                let digit = if index >= 0 {
                    digits.get(index as usize).copied().unwrap_or(b'0')
                } else {
                    b'0'
                };
                out.push(char::from(digit));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
