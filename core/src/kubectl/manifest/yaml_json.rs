//! YAML to JSON the way kubectl does it (`sigs.k8s.io/yaml.YAMLToJSON` over go-yaml v2): plain
//! scalars resolve by YAML 1.1's rules, not YAML 1.2's. serde_yaml reads the text (and reports
//! syntax errors); this module redoes the resolution where the two differ:
//!
//! - `y`, `yes`, `on` (and `Y`, `Yes`, `YES`, `On`, `ON`) are `true`; `n`, `no`, `off` and
//!   their capitalisations are `false`, so `gpu: yes` is a boolean as in kubectl;
//! - numbers follow Go's `strconv.ParseInt(s, 0, 64)` after dropping `_`: `0777` is octal 511,
//!   `1_000` is 1000, `0x1F` is 31; what is not an integer but looks like a YAML float is one
//!   (`08080` is 8080, `1e3` is 1000);
//! - whole floats print as integers, as Go's JSON encoder writes `float64(1000)` as `1000`;
//! - infinities and NaN cannot be JSON: `json: unsupported value: +Inf`;
//! - map keys become strings (`true`, `1`, `1.5`).
//!
//! Quoted scalars stay strings. serde_yaml does not say whether a scalar was quoted, but a
//! plain scalar arrives as a slice of the document itself: the byte before it is not a quote.

use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};
use std::fmt;

/// A YAML node as read by [`read_yaml`]: the one tree both manifests and tutorials are read
/// into (one serde visitor for the two, which keeps the wasm small).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in document order, keys as read.
    Map(Vec<(Node, Node)>),
    /// A value with a custom tag (`!foo value`); only [`Rules::Yaml12`] keeps tags.
    Tagged(String, Box<Node>),
}

/// How plain scalars, tags and duplicate keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rules {
    /// kubectl's manifests (go-yaml v2 under `YAMLToJSON`): YAML 1.1 scalars, tags ignored,
    /// the last of duplicate keys wins.
    GoYamlV2,
    /// Our own data files (tutorials), strict: YAML 1.2 scalars as serde_yaml resolves them,
    /// tags kept, duplicate keys an error.
    Yaml12,
}

/// Reads one YAML document (the exact text given to the parser) into a tree.
pub(crate) fn read_yaml(document: &str, rules: Rules) -> Result<Node, serde_yaml::Error> {
    let deserializer = serde_yaml::Deserializer::from_str(document);
    NodeSeed { document, rules }.deserialize(deserializer)
}

/// Why a document could not become JSON.
#[derive(Debug)]
pub enum ConvertError {
    /// A YAML error from the parser (serde_yaml's error, with its location).
    Yaml(serde_yaml::Error),
    /// Go's `json: …` error for a value JSON cannot hold.
    Json(String),
}

/// Parses one YAML document (the exact text given to the parser) into JSON.
pub fn yaml_to_json(document: &str) -> Result<Value, ConvertError> {
    let node = read_yaml(document, Rules::GoYamlV2).map_err(ConvertError::Yaml)?;
    to_json(node).map_err(ConvertError::Json)
}

fn to_json(node: Node) -> Result<Value, String> {
    Ok(match node {
        Node::Null => Value::Null,
        Node::Bool(flag) => Value::Bool(flag),
        Node::Int(int) => Value::from(int),
        Node::UInt(uint) => Value::from(uint),
        Node::Float(float) => float_to_json(float)?,
        Node::Str(text) => Value::String(text),
        Node::Seq(items) => Value::Array(items.into_iter().map(to_json).collect::<Result<_, _>>()?),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (key, item) in entries {
                map.insert(key_text(key), to_json(item)?);
            }
            Value::Object(map)
        }
        Node::Tagged(_, inner) => to_json(*inner)?,
    })
}

/// Go's `encoding/json` on a `float64`: whole numbers below 1e21 are written without a
/// fraction, so they read back as integers.
fn float_to_json(float: f64) -> Result<Value, String> {
    if float.is_nan() {
        return Err("json: unsupported value: NaN".to_string());
    }
    if float.is_infinite() {
        let sign = if float > 0.0 { "+" } else { "-" };
        return Err(format!("json: unsupported value: {sign}Inf"));
    }
    if float.fract() == 0.0 && float.abs() < 1e21 {
        if float >= 0.0 && float <= u64::MAX as f64 && float < 1.8446744073709552e19 {
            if float <= i64::MAX as f64 {
                return Ok(Value::from(float as i64));
            }
            return Ok(Value::from(float as u64));
        }
        if float >= i64::MIN as f64 {
            return Ok(Value::from(float as i64));
        }
    }
    Ok(Number::from_f64(float).map_or(Value::Null, Value::Number))
}

/// go-yaml v2's `resolve` for a plain scalar that YAML 1.2 left a string.
fn resolve_plain(text: &str) -> Node {
    match text {
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Node::Bool(true),
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => return Node::Bool(false),
        _ => {}
    }
    let starts_like_number = text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.'));
    if !starts_like_number {
        return Node::Str(text.to_string());
    }
    let plain: String = text.chars().filter(|c| *c != '_').collect();
    if let Some(int) = go_parse_int(&plain) {
        return int;
    }
    if is_yaml_style_float(&plain) {
        if let Ok(float) = plain.parse::<f64>() {
            return Node::Float(float);
        }
    }
    Node::Str(text.to_string())
}

/// `strconv.ParseInt(s, 0, 64)`, then `ParseUint`, and go-yaml's own `0b`/`-0b`.
fn go_parse_int(text: &str) -> Option<Node> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let lower = unsigned.to_ascii_lowercase();
    let (radix, digits) = if let Some(rest) = lower.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (2, rest)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower.get(1..)?)
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(digits, radix).ok()?;
    if negative {
        if magnitude <= i64::MAX as u64 {
            Some(Node::Int(-(magnitude as i64)))
        } else if magnitude == i64::MAX as u64 + 1 {
            Some(Node::Int(i64::MIN))
        } else {
            None
        }
    } else if magnitude <= i64::MAX as u64 {
        Some(Node::Int(magnitude as i64))
    } else {
        Some(Node::UInt(magnitude))
    }
}

/// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_style_float(text: &str) -> bool {
    let rest = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(index) => (rest.get(..index).unwrap_or(""), rest.get(index + 1..)),
        None => (rest, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => digits(fraction),
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

/// A map key as sigs.k8s.io/yaml writes it.
fn key_text(node: Node) -> String {
    match node {
        Node::Str(text) => text,
        Node::Bool(flag) => flag.to_string(),
        Node::Int(int) => int.to_string(),
        Node::UInt(uint) => uint.to_string(),
        Node::Float(float) if float.is_nan() => ".nan".to_string(),
        Node::Float(float) if float.is_infinite() => {
            if float > 0.0 { ".inf" } else { "-.inf" }.to_string()
        }
        Node::Float(float) => (float as f32).to_string(),
        Node::Null => "null".to_string(),
        Node::Tagged(_, inner) => key_text(*inner),
        Node::Seq(_) | Node::Map(_) => String::new(),
    }
}

/// Reads a node, knowing the document so that plain scalars can be told from quoted ones.
#[derive(Clone, Copy)]
struct NodeSeed<'d> {
    document: &'d str,
    rules: Rules,
}

impl NodeSeed<'_> {
    /// Whether `text`, borrowed from the document, stood there without quotes.
    fn is_plain(&self, text: &str) -> bool {
        let start = self.document.as_ptr() as usize;
        let at = text.as_ptr() as usize;
        if at < start || at > start + self.document.len() {
            return false;
        }
        let offset = at - start;
        offset == 0
            || !matches!(
                self.document.as_bytes().get(offset - 1),
                Some(b'\'') | Some(b'"')
            )
    }
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Node;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Node, E> {
        Ok(Node::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Node, E> {
        Ok(Node::Int(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Node, E> {
        Ok(Node::UInt(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Node, E> {
        Ok(Node::Float(value))
    }

    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Node, E> {
        if self.rules == Rules::GoYamlV2 && self.is_plain(value) {
            Ok(resolve_plain(value))
        } else {
            Ok(Node::Str(value.to_string()))
        }
    }

    fn visit_str<E>(self, value: &str) -> Result<Node, E> {
        Ok(Node::Str(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Node, E> {
        Ok(Node::Str(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        // go-yaml v2's non-strict decoding (what `YAMLToJSON` uses) keeps the last of
        // duplicate keys; the JSON conversion overwrites in order. Our own files refuse
        // them, in serde_yaml's words.
        let mut entries: Vec<(Node, Node)> = Vec::new();
        while let Some(key) = map.next_key_seed(self)? {
            if self.rules == Rules::Yaml12 && entries.iter().any(|(seen, _)| *seen == key) {
                return Err(serde::de::Error::custom(duplicate_key(&key)));
            }
            let value = map.next_value_seed(self)?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }

    /// A custom tag (`!foo value`): for manifests the value counts and the tag is ignored.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (tag, variant) = data.variant::<String>()?;
        let value = variant.newtype_variant_seed(self)?;
        Ok(match self.rules {
            Rules::GoYamlV2 => value,
            Rules::Yaml12 => Node::Tagged(tag, Box::new(value)),
        })
    }
}

/// serde_yaml's duplicate-key message (`duplicate entry with key "id"`).
fn duplicate_key(key: &Node) -> String {
    match key {
        Node::Null => "duplicate entry with null key".to_string(),
        Node::Bool(flag) => format!("duplicate entry with key `{flag}`"),
        Node::Int(int) => format!("duplicate entry with key {int}"),
        Node::UInt(uint) => format!("duplicate entry with key {uint}"),
        Node::Float(float) => format!("duplicate entry with key {float:?}"),
        Node::Str(text) => format!("duplicate entry with key {text:?}"),
        Node::Seq(_) | Node::Map(_) | Node::Tagged(..) => "duplicate entry in YAML map".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn convert(text: &str) -> Value {
        match yaml_to_json(text) {
            Ok(value) => value,
            Err(ConvertError::Json(message)) => Value::String(format!("json error: {message}")),
            Err(ConvertError::Yaml(error)) => Value::String(format!("yaml error: {error}")),
        }
    }

    /// What kubectl 1.37 made of each plain scalar (`kubectl label --local -f` on a manifest).
    #[test]
    fn plain_scalars_resolve_like_go_yaml_v2() {
        for (scalar, want) in [
            ("0777", json!(511)),
            ("1_000", json!(1000)),
            ("0o17", json!(15)),
            ("0x1F", json!(31)),
            ("1e3", json!(1000)),
            ("+8080", json!(8080)),
            ("8080.0", json!(8080)),
            ("0b11", json!(3)),
            ("~", json!(null)),
            ("on", json!(true)),
            ("y", json!(true)),
            ("No", json!(false)),
            ("OFF", json!(false)),
            ("\"yes\"", json!("yes")),
            ("'on'", json!("on")),
            ("08080", json!(8080)),
            ("0.5", json!(0.5)),
            ("-0x10", json!(-16)),
            ("1.2.3", json!("1.2.3")),
            ("2001-12-14", json!("2001-12-14")),
            ("true", json!(true)),
            ("yes please", json!("yes please")),
            (".inf", json!("json error: json: unsupported value: +Inf")),
            ("-.inf", json!("json error: json: unsupported value: -Inf")),
            (".nan", json!("json error: json: unsupported value: NaN")),
        ] {
            let converted = convert(&format!("v: {scalar}\n"));
            let got = converted.get("v").cloned().unwrap_or(converted);
            assert_eq!(got, want, "{scalar}");
        }
    }

    #[test]
    fn keys_become_strings_and_the_last_duplicate_wins() {
        assert_eq!(
            convert("yes: 1\n2: b\n1.5: c\nplain: [a, 'b', {k: off}]\n"),
            json!({"true": 1, "2": "b", "1.5": "c", "plain": ["a", "b", {"k": false}]})
        );
        // As kubectl 1.37 read it: `kubectl label --local -f` printed `a: 3`.
        assert_eq!(convert("a: 1\nb: 2\na: 3\n"), json!({"a": 3, "b": 2}));
        assert_eq!(convert("x: !custom yes\n"), json!({"x": true}));
        assert_eq!(convert("x: |\n  yes\n"), json!({"x": "yes\n"}));
    }
}
