//! YAML read the way kubectl reads it: `sigs.k8s.io/yaml.YAMLToJSON` over go-yaml v2.
//!
//! libyaml's parser (`libyaml`) gives the events, and this module does what go-yaml v2 does
//! with them:
//!
//! - **Composing** (go-yaml's `parser.go`): a tree of scalars, sequences, mappings and aliases.
//!   An alias must name an anchor defined before it (`unknown anchor 'b' referenced`). go-yaml's
//!   scanner refuses more than 10,000 nested flow collections or block indentations
//!   (`yaml: line 4: exceeded max depth of 10000`). The playground itself reads at most
//!   [`MAX_DEPTH`] levels, so that nothing downstream recurses deeper.
//! - **Decoding** into `interface{}` (`decode.go`): aliases are expanded (`anchor 'a' value
//!   contains itself`, and go-yaml's alias-to-node ratio: `document contains excessive
//!   aliasing`); `<<` merge keys copy mappings in (`map merge requires map or sequence of
//!   maps as the value`); a sequence or mapping as a key is `invalid map key: []interface
//!   {}{"a"}`.
//! - **Resolving** scalars (`resolve.go`), YAML 1.1's rules: `y`, `yes`, `on` (and their
//!   capitalisations) are `true`, `n`, `no`, `off` are `false`; numbers follow Go's
//!   `strconv.ParseInt(s, 0, 64)` after dropping `_` (`0777` is octal 511, `0x1F` is 31),
//!   then YAML-style floats (`08080` is 8080, `1e3` is 1000, `1e400` stays a string). Quoted
//!   and block scalars are strings. Explicit tags: `!!str 123` is a string, `!!int abc` is
//!   `cannot decode !!str `abc` as a !!int`, `!!binary` is base64-decoded, and an unknown tag
//!   (`!custom yes`) leaves the text a string.
//! - **Converting to JSON** (`YAMLToJSON`): keys become strings (`true`, `1`, `1.5` as a
//!   float32 is formatted); a null or uint64 key is `unsupported map key of type: …`; whole
//!   floats print as integers, and infinities and NaN are `json: unsupported value: +Inf`.
//!
//! Our own data files (tutorials) are read with [`Rules::Yaml12`]: YAML 1.2 scalars, tags kept,
//! duplicate keys refused.

use super::libyaml::{Event, Mark, Parser, ScalarStyle, SyntaxError};
use crate::printers::json::{go_format_float_bits, GoFloatFormat};
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// A YAML node as read by [`read_yaml`]: the one tree both manifests and tutorials are read
/// into.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in the order go-yaml sets them (document order, merges in place), keys as
    /// read; a later duplicate overrides an earlier one when converted.
    Map(Vec<(Node, Node)>),
    /// A value with a custom tag (`!foo value`, the tag without its `!`); only
    /// [`Rules::Yaml12`] keeps tags.
    Tagged(String, Box<Node>),
}

/// How scalars, tags and duplicate keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rules {
    /// kubectl's manifests (go-yaml v2 under `YAMLToJSON`): YAML 1.1 scalars, tags resolved
    /// or ignored as go-yaml does, merge keys, the last of duplicate keys wins.
    GoYamlV2,
    /// Our own data files (tutorials), strict: YAML 1.2 scalars, tags kept, duplicate keys an
    /// error.
    Yaml12,
}

/// The deepest nesting the playground reads (go-yaml allows 10,000; the engine's printers,
/// validation and stores recurse over objects, and a browser's stack is small).
pub(crate) const MAX_DEPTH: usize = 100;

/// go-yaml's scanner limits (`max_flow_level`, `max_indents`).
const GO_YAML_MAX_DEPTH: usize = 10_000;

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum YamlError {
    /// libyaml's syntax error (or go-yaml's scanner depth limit, worded the same way).
    Syntax(SyntaxError),
    /// go-yaml's composer or decoder (`failf`): a message without a line.
    Decode(String),
    /// Deeper than [`MAX_DEPTH`]; past 10,000 levels, the collection (`[` or `{`) at which
    /// the JSON decoder kubectl runs next would stop.
    TooDeep(Option<char>),
    /// A duplicate key in one of our own files (serde_yaml's words), at the key.
    DuplicateKey(String, Mark),
}

impl YamlError {
    /// go-yaml's message (what follows `error converting YAML to JSON: `).
    pub(crate) fn go_message(&self) -> String {
        match self {
            YamlError::Syntax(error) => {
                // go-yaml's `parser.fail`: the problem line (+1 for scanner errors), else the
                // context line; no line when that is 0.
                let mut line = 0;
                if error.problem_mark.line != 0 {
                    line = error.problem_mark.line + usize::from(error.scanner);
                } else if error.context_mark.line != 0 {
                    line = error.context_mark.line;
                }
                let place = if line == 0 {
                    String::new()
                } else {
                    format!("line {line}: ")
                };
                let problem = match error.problem.as_str() {
                    "" => "unknown problem parsing YAML content",
                    // go-yaml keeps libyaml 0.1's spelling.
                    "did not find expected hexadecimal number" => {
                        "did not find expected hexdecimal number"
                    }
                    problem => problem,
                };
                format!("yaml: {place}{problem}")
            }
            YamlError::Decode(message) => format!("yaml: {message}"),
            YamlError::TooDeep(_) => format!("yaml: exceeded max depth of {MAX_DEPTH}"),
            YamlError::DuplicateKey(message, _) => message.clone(),
        }
    }

    /// For our own files: the message and its 1-based line and column, when known.
    pub(crate) fn located(&self) -> (String, Option<(usize, usize)>) {
        let at = |mark: &Mark| Some((mark.line + 1, mark.column + 1));
        match self {
            YamlError::Syntax(error) => {
                let message = match &error.context {
                    Some(context) => format!("{}, {context}", error.problem),
                    None => error.problem.clone(),
                };
                (message, at(&error.problem_mark))
            }
            YamlError::DuplicateKey(message, mark) => (message.clone(), at(mark)),
            other => (other.go_message(), None),
        }
    }
}

/// Why a document could not become JSON.
#[derive(Debug)]
pub enum ConvertError {
    /// A YAML error (go-yaml's message).
    Yaml(String),
    /// `YAMLToJSON`'s own errors: `unsupported map key …`, Go's `json: …` for a value JSON
    /// cannot hold.
    Json(String),
    /// Decoding the JSON (Go's limit of 10,000 nested values).
    Unmarshal(String),
}

/// Parses one YAML document (the exact text given to the parser) into JSON.
pub fn yaml_to_json(document: &str) -> Result<Value, ConvertError> {
    let node = read_yaml(document, Rules::GoYamlV2).map_err(|error| match error {
        YamlError::TooDeep(Some(opener)) => ConvertError::Unmarshal(format!(
            "while decoding JSON: invalid character '{opener}' exceeded max depth"
        )),
        error => ConvertError::Yaml(error.go_message()),
    })?;
    check_keys(&node).map_err(ConvertError::Json)?;
    to_json(node).map_err(ConvertError::Json)
}

/// A tree read by [`read_yaml`] as JSON (`YAMLToJSON`'s key and value checks).
pub(crate) fn node_to_json(node: Node) -> Result<Value, String> {
    check_keys(&node)?;
    to_json(node)
}

/// Reads the first YAML document of `text` into a tree (an empty text is null).
pub(crate) fn read_yaml(text: &str, rules: Rules) -> Result<Node, YamlError> {
    let composed = compose(text, rules)?;
    let Some(root) = composed.root else {
        return Ok(Node::Null);
    };
    Decoder {
        nodes: &composed.nodes,
        rules,
        // go-yaml counts the document node first.
        decode_count: 1,
        alias_count: 0,
        alias_depth: 0,
        expanding: Vec::new(),
    }
    .unmarshal(root, 0)
}

// ---------------------------------------------------------------------------------------------
// Composing (go-yaml's parser.go)

struct Composed {
    nodes: Vec<Composite>,
    root: Option<usize>,
}

struct Composite {
    kind: Kind,
    mark: Mark,
}

enum Kind {
    Scalar {
        value: String,
        tag: Option<String>,
        style: ScalarStyle,
        plain_implicit: bool,
    },
    Sequence(Vec<usize>),
    /// Keys and values alternating.
    Mapping(Vec<usize>),
    Alias {
        name: String,
        target: usize,
    },
}

/// An open collection while composing.
struct Open {
    node: usize,
    flow: bool,
    /// Whether it raised go-yaml's block indentation (`roll_indent`).
    indented: bool,
}

fn compose(text: &str, rules: Rules) -> Result<Composed, YamlError> {
    if rules == Rules::GoYamlV2 {
        check_version_directive(text)?;
    }
    let mut parser = Parser::new(text);
    let mut nodes: Vec<Composite> = Vec::new();
    let mut anchors: BTreeMap<String, usize> = BTreeMap::new();
    let mut open: Vec<Open> = Vec::new();
    let mut root = None;
    let (mut flow_level, mut indents, mut deepest) = (0usize, 0usize, 0usize);
    // The collection that is the 10,001st level (Go's JSON decoder stops there).
    let mut json_limit: Option<char> = None;
    let mut block_columns: Vec<usize> = Vec::new();
    loop {
        let (event, mark) = parser.next_event().map_err(YamlError::Syntax)?;
        let (kind, anchor, collection) = match event {
            Event::StreamStart | Event::DocumentStart => continue,
            // go-yaml's Unmarshal reads the first document only.
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(closed) = open.pop() {
                    if closed.flow {
                        flow_level -= 1;
                    } else if closed.indented {
                        indents -= 1;
                        block_columns.pop();
                    }
                }
                continue;
            }
            Event::Alias { anchor } => {
                let Some(&target) = anchors.get(&anchor) else {
                    return Err(YamlError::Decode(format!(
                        "unknown anchor '{anchor}' referenced"
                    )));
                };
                let kind = Kind::Alias {
                    name: anchor,
                    target,
                };
                (kind, None, None)
            }
            Event::Scalar {
                anchor,
                tag,
                value,
                style,
                plain_implicit,
            } => {
                let kind = Kind::Scalar {
                    value,
                    tag,
                    style,
                    plain_implicit,
                };
                (kind, anchor, None)
            }
            Event::SequenceStart { anchor, flow, .. } => {
                (Kind::Sequence(Vec::new()), anchor, Some(flow))
            }
            Event::MappingStart { anchor, flow, .. } => {
                (Kind::Mapping(Vec::new()), anchor, Some(flow))
            }
        };
        let id = nodes.len();
        nodes.push(Composite { kind, mark });
        if let Some(anchor) = anchor {
            anchors.insert(anchor, id);
        }
        match open.last().map(|parent| parent.node) {
            Some(parent) => match nodes.get_mut(parent).map(|node| &mut node.kind) {
                Some(Kind::Sequence(children)) | Some(Kind::Mapping(children)) => children.push(id),
                _ => {}
            },
            None => root = Some(id),
        }
        let Some(flow) = collection else { continue };
        // go-yaml's scanner: `increase_flow_level` and `roll_indent` (a block collection
        // indented further than the one it is in), each limited to 10,000.
        let mut indented = false;
        let limit_hit = if flow {
            flow_level += 1;
            (flow_level > GO_YAML_MAX_DEPTH).then_some("while increasing flow level")
        } else {
            if block_columns
                .last()
                .is_none_or(|&column| mark.column > column)
            {
                indented = true;
                indents += 1;
                block_columns.push(mark.column);
            }
            (indents > GO_YAML_MAX_DEPTH).then_some("while increasing indent level")
        };
        if let Some(context) = limit_hit {
            return Err(YamlError::Syntax(SyntaxError {
                scanner: true,
                problem: format!("exceeded max depth of {GO_YAML_MAX_DEPTH}"),
                problem_mark: mark,
                context: Some(context.to_string()),
                context_mark: mark,
            }));
        }
        open.push(Open {
            node: id,
            flow,
            indented,
        });
        deepest = deepest.max(open.len());
        if open.len() == GO_YAML_MAX_DEPTH + 1 && json_limit.is_none() {
            let sequence = matches!(
                nodes.get(id).map(|node| &node.kind),
                Some(Kind::Sequence(_))
            );
            json_limit = Some(if sequence { '[' } else { '{' });
        }
    }
    if deepest > MAX_DEPTH {
        return Err(YamlError::TooDeep(json_limit));
    }
    Ok(Composed { nodes, root })
}

/// go-yaml v2 knows YAML 1.1 only: a `%YAML` directive of another version is refused as it is
/// read, before anything else (libyaml also takes `%YAML 1.2`).
fn check_version_directive(text: &str) -> Result<(), YamlError> {
    for (line, content) in text.lines().enumerate() {
        let trimmed = content.trim_start_matches(['\u{feff}']);
        if trimmed.trim().is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some(version) = trimmed.strip_prefix("%YAML ") else {
            return Ok(());
        };
        let version = version.split('#').next().unwrap_or("").trim();
        let number = |part: &str| {
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u64>().unwrap_or(u64::MAX))
        };
        let parsed = version
            .split_once('.')
            .and_then(|(major, minor)| Some((number(major)?, number(minor)?)));
        if parsed.is_some_and(|parsed| parsed != (1, 1)) {
            return Err(YamlError::Syntax(SyntaxError {
                scanner: false,
                problem: "found incompatible YAML document".to_string(),
                problem_mark: Mark { line, column: 0 },
                context: None,
                context_mark: Mark::default(),
            }));
        }
        return Ok(());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Decoding (go-yaml's decode.go, into interface{})

struct Decoder<'c> {
    nodes: &'c [Composite],
    rules: Rules,
    decode_count: usize,
    alias_count: usize,
    alias_depth: usize,
    /// The alias nodes being expanded (go-yaml's `d.aliases`).
    expanding: Vec<usize>,
}

/// go-yaml's `allowedAliasRatio`: 99% of the decoded nodes may come from aliases up to
/// 400,000 nodes, scaling down to 10% at 4,000,000.
fn allowed_alias_ratio(decode_count: usize) -> f64 {
    const LOW: usize = 400_000;
    const HIGH: usize = 4_000_000;
    if decode_count <= LOW {
        0.99
    } else if decode_count >= HIGH {
        0.10
    } else {
        0.99 - 0.89 * ((decode_count - LOW) as f64 / (HIGH - LOW) as f64)
    }
}

fn want_map() -> YamlError {
    YamlError::Decode("map merge requires map or sequence of maps as the value".to_string())
}

impl Decoder<'_> {
    /// go-yaml counts every node it decodes, aliases and their targets included.
    fn count(&mut self) -> Result<(), YamlError> {
        self.decode_count += 1;
        if self.alias_depth > 0 {
            self.alias_count += 1;
        }
        if self.alias_count > 100
            && self.decode_count > 1000
            && self.alias_count as f64 / self.decode_count as f64
                > allowed_alias_ratio(self.decode_count)
        {
            return Err(YamlError::Decode(
                "document contains excessive aliasing".to_string(),
            ));
        }
        Ok(())
    }

    /// Expands alias node `id` (naming `name`) with `expand`.
    fn alias<T>(
        &mut self,
        id: usize,
        name: &str,
        expand: impl FnOnce(&mut Self) -> Result<T, YamlError>,
    ) -> Result<T, YamlError> {
        if self.expanding.contains(&id) {
            return Err(YamlError::Decode(format!(
                "anchor '{name}' value contains itself"
            )));
        }
        self.expanding.push(id);
        self.alias_depth += 1;
        let result = expand(self);
        self.alias_depth -= 1;
        self.expanding.pop();
        result
    }

    fn unmarshal(&mut self, id: usize, depth: usize) -> Result<Node, YamlError> {
        self.count()?;
        let nodes = self.nodes;
        let Some(node) = nodes.get(id) else {
            return Ok(Node::Null);
        };
        match &node.kind {
            Kind::Alias { name, target } => {
                let target = *target;
                self.alias(id, name, |decoder| decoder.unmarshal(target, depth))
            }
            Kind::Scalar {
                value,
                tag,
                style,
                plain_implicit,
            } => match self.rules {
                Rules::GoYamlV2 => go_scalar(value, tag.as_deref(), *plain_implicit),
                Rules::Yaml12 => Ok(yaml12_scalar(value, tag.as_deref(), *style)),
            },
            Kind::Sequence(children) => {
                if depth >= MAX_DEPTH {
                    return Err(YamlError::TooDeep(None));
                }
                let mut items = Vec::with_capacity(children.len());
                for &child in children {
                    items.push(self.unmarshal(child, depth + 1)?);
                }
                Ok(Node::Seq(items))
            }
            Kind::Mapping(_) => {
                if depth >= MAX_DEPTH {
                    return Err(YamlError::TooDeep(None));
                }
                let mut entries = Vec::new();
                self.mapping_into(id, &mut entries, depth)?;
                Ok(Node::Map(entries))
            }
        }
    }

    /// Sets the entries of mapping `id` into `entries` (go-yaml's `d.mapping` into a map).
    fn mapping_into(
        &mut self,
        id: usize,
        entries: &mut Vec<(Node, Node)>,
        depth: usize,
    ) -> Result<(), YamlError> {
        let nodes = self.nodes;
        let Some(Kind::Mapping(children)) = nodes.get(id).map(|node| &node.kind) else {
            return Err(want_map());
        };
        for pair in children.chunks(2) {
            let (&key_id, &value_id) = match pair {
                [key, value] => (key, value),
                _ => continue,
            };
            if self.rules == Rules::GoYamlV2 && self.is_merge(key_id) {
                self.merge(value_id, entries, depth)?;
                continue;
            }
            let key = self.unmarshal(key_id, depth + 1)?;
            match self.rules {
                Rules::GoYamlV2 => {
                    if matches!(key, Node::Seq(_) | Node::Map(_)) {
                        return Err(YamlError::Decode(format!(
                            "invalid map key: {}",
                            go_sharp_v(&key)
                        )));
                    }
                }
                Rules::Yaml12 => {
                    if entries.iter().any(|(seen, _)| *seen == key) {
                        let mark = nodes.get(key_id).map(|node| node.mark).unwrap_or_default();
                        return Err(YamlError::DuplicateKey(duplicate_key(&key), mark));
                    }
                }
            }
            let value = self.unmarshal(value_id, depth + 1)?;
            entries.push((key, value));
        }
        Ok(())
    }

    /// go-yaml's `isMerge`: a `<<` key, plain or tagged `!!merge`.
    fn is_merge(&self, id: usize) -> bool {
        matches!(
            self.nodes.get(id).map(|node| &node.kind),
            Some(Kind::Scalar { value, tag, plain_implicit, .. })
                if value == "<<"
                    && (*plain_implicit || tag.as_deref() == Some("tag:yaml.org,2002:merge"))
        )
    }

    /// go-yaml's `d.merge`: a mapping, an alias of one, or a sequence of those (the earlier
    /// ones take precedence, so they are set last).
    fn merge(
        &mut self,
        id: usize,
        entries: &mut Vec<(Node, Node)>,
        depth: usize,
    ) -> Result<(), YamlError> {
        let nodes = self.nodes;
        let node = nodes.get(id).ok_or_else(want_map)?;
        match &node.kind {
            Kind::Mapping(_) | Kind::Alias { .. } => self.merge_one(id, entries, depth),
            Kind::Sequence(children) => {
                for &child in children.iter().rev() {
                    self.merge_one(child, entries, depth)?;
                }
                Ok(())
            }
            Kind::Scalar { .. } => Err(want_map()),
        }
    }

    fn merge_one(
        &mut self,
        id: usize,
        entries: &mut Vec<(Node, Node)>,
        depth: usize,
    ) -> Result<(), YamlError> {
        let nodes = self.nodes;
        match nodes.get(id).map(|node| &node.kind) {
            Some(Kind::Mapping(_)) => {
                self.count()?;
                self.mapping_into(id, entries, depth)
            }
            Some(Kind::Alias { name, target }) => {
                if !matches!(
                    nodes.get(*target).map(|node| &node.kind),
                    Some(Kind::Mapping(_))
                ) {
                    return Err(want_map());
                }
                self.count()?;
                let target = *target;
                self.alias(id, name, |decoder| {
                    decoder.count()?;
                    decoder.mapping_into(target, entries, depth)
                })
            }
            _ => Err(want_map()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Scalars (go-yaml's resolve.go)

const LONG_TAG_PREFIX: &str = "tag:yaml.org,2002:";

/// go-yaml's `shortTag`: `tag:yaml.org,2002:int` is `!!int`.
fn short_tag(tag: &str) -> String {
    match tag.strip_prefix(LONG_TAG_PREFIX) {
        Some(name) => format!("!!{name}"),
        None => tag.to_string(),
    }
}

/// A scalar decoded into `interface{}` (go-yaml's `d.scalar`).
fn go_scalar(value: &str, tag: Option<&str>, plain_implicit: bool) -> Result<Node, YamlError> {
    let Some(tag) = tag else {
        if !plain_implicit {
            // Quoted and block scalars.
            return Ok(Node::Str(value.to_string()));
        }
        return Ok(resolve(value, "").1);
    };
    let tag = short_tag(tag);
    match tag.as_str() {
        "!!binary" => match crate::go_base64::decode_std(value.as_bytes()).ok() {
            Some(bytes) => Ok(Node::Str(String::from_utf8_lossy(&bytes).into_owned())),
            None => Err(YamlError::Decode(
                "!!binary value contains invalid base64 data".to_string(),
            )),
        },
        "!!str" | "!!bool" | "!!int" | "!!float" | "!!null" | "!!timestamp" => {
            let (resolved_tag, node) = resolve(value, &tag);
            match (tag.as_str(), &node) {
                (wanted, _) if wanted == resolved_tag || wanted == "!!str" => Ok(node),
                ("!!float", Node::Int(int)) => Ok(Node::Float(*int as f64)),
                _ => Err(YamlError::Decode(format!(
                    "cannot decode {resolved_tag} `{value}` as a {tag}"
                ))),
            }
        }
        // Tags go-yaml cannot resolve leave the text as it is.
        _ => Ok(Node::Str(value.to_string())),
    }
}

/// go-yaml's `resolve` for `tag` "" (plain, untagged) or a resolvable tag: the tag the text
/// resolves to and its value (timestamps stay text when decoded into `interface{}`).
fn resolve(text: &str, tag: &str) -> (&'static str, Node) {
    let string = || ("!!str", Node::Str(text.to_string()));
    let hint = match text.as_bytes().first() {
        None => b'N',
        Some(b'+' | b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' | b'<') => {
            b'M'
        }
        Some(b'.') => b'.',
        Some(_) => 0,
    };
    if hint == 0 || tag == "!!str" {
        return string();
    }
    match text {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            return ("!!bool", Node::Bool(true))
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            return ("!!bool", Node::Bool(false))
        }
        "" | "~" | "null" | "Null" | "NULL" => return ("!!null", Node::Null),
        ".nan" | ".NaN" | ".NAN" => return ("!!float", Node::Float(f64::NAN)),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return ("!!float", Node::Float(f64::INFINITY))
        }
        "-.inf" | "-.Inf" | "-.INF" => return ("!!float", Node::Float(f64::NEG_INFINITY)),
        "<<" => return ("!!merge", Node::Str(text.to_string())),
        _ => {}
    }
    match hint {
        b'.' => {
            if let Some(float) = go_parse_float(text) {
                return ("!!float", Node::Float(float));
            }
        }
        b'D' | b'S' => {
            if (tag.is_empty() || tag == "!!timestamp")
                && crate::printers::yaml::parses_as_yaml_timestamp(text)
            {
                return ("!!timestamp", Node::Str(text.to_string()));
            }
            let plain: String = text.chars().filter(|c| *c != '_').collect();
            if let Some(int) = go_parse_int(&plain) {
                return ("!!int", int);
            }
            if is_yaml_style_float(&plain) {
                if let Some(float) = go_parse_float(&plain) {
                    return ("!!float", Node::Float(float));
                }
            }
        }
        _ => {}
    }
    string()
}

/// A scalar of our own files: YAML 1.2's core schema, tags kept.
fn yaml12_scalar(value: &str, tag: Option<&str>, style: ScalarStyle) -> Node {
    let resolved = if style == ScalarStyle::Plain {
        yaml12_resolve(value)
    } else {
        Node::Str(value.to_string())
    };
    match tag {
        Some(tag) if tag != "!" => {
            Node::Tagged(tag.trim_start_matches('!').to_string(), Box::new(resolved))
        }
        _ => resolved,
    }
}

fn yaml12_resolve(text: &str) -> Node {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Node::Null,
        "true" | "True" | "TRUE" => return Node::Bool(true),
        "false" | "False" | "FALSE" => return Node::Bool(false),
        ".nan" | ".NaN" | ".NAN" => return Node::Float(f64::NAN),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Node::Float(f64::INFINITY)
        }
        "-.inf" | "-.Inf" | "-.INF" => return Node::Float(f64::NEG_INFINITY),
        _ => {}
    }
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits) = if let Some(rest) = unsigned.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = unsigned.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = unsigned.strip_prefix("0b") {
        (2, rest)
    } else {
        (10, unsigned)
    };
    if !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)) {
        if let Ok(magnitude) = u64::from_str_radix(digits, radix) {
            if !negative {
                return i64::try_from(magnitude).map_or(Node::UInt(magnitude), Node::Int);
            }
            if let Ok(int) = i64::try_from(magnitude) {
                return Node::Int(-int);
            }
            if magnitude == i64::MAX as u64 + 1 {
                return Node::Int(i64::MIN);
            }
        }
    }
    if is_yaml_style_float(text) {
        if let Ok(float) = text.parse::<f64>() {
            return Node::Float(float);
        }
    }
    Node::Str(text.to_string())
}

// ---------------------------------------------------------------------------------------------
// To JSON (sigs.k8s.io/yaml's YAMLToJSON)

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
                map.insert(key_text(&key).unwrap_or_default(), to_json(item)?);
            }
            Value::Object(map)
        }
        Node::Tagged(_, inner) => to_json(*inner)?,
    })
}

/// `convertToJSONableObject`: every key must become a string (before any value is
/// marshalled).
fn check_keys(node: &Node) -> Result<(), String> {
    match node {
        Node::Seq(items) => items.iter().try_for_each(check_keys),
        Node::Map(entries) => entries.iter().try_for_each(|(key, value)| {
            if key_text(key).is_none() {
                let type_name = match key {
                    Node::UInt(_) => "uint64",
                    _ => "%!s(<nil>)",
                };
                return Err(format!(
                    "unsupported map key of type: {type_name}, key: {}, value: {}",
                    go_sharp_v(key),
                    go_sharp_v(value)
                ));
            }
            check_keys(value)
        }),
        Node::Tagged(_, inner) => check_keys(inner),
        _ => Ok(()),
    }
}

/// A map key as sigs.k8s.io/yaml writes it (None: a key it refuses).
fn key_text(node: &Node) -> Option<String> {
    Some(match node {
        Node::Str(text) => text.clone(),
        Node::Bool(flag) => flag.to_string(),
        Node::Int(int) => int.to_string(),
        Node::Float(float) => {
            match go_format_float_bits(*float, GoFloatFormat::General, true).as_str() {
                "+Inf" => ".inf".to_string(),
                "-Inf" => "-.inf".to_string(),
                "NaN" => ".nan".to_string(),
                other => other.to_string(),
            }
        }
        Node::Tagged(_, inner) => return key_text(inner),
        Node::Null | Node::UInt(_) | Node::Seq(_) | Node::Map(_) => return None,
    })
}

/// Go's `%#v` of a decoded value (`[]interface {}{"a", 1}`, `0xffffffffffffffff` for a
/// uint64), as go-yaml and sigs.k8s.io/yaml quote keys and values in errors.
fn go_sharp_v(node: &Node) -> String {
    match node {
        Node::Null => "<nil>".to_string(),
        Node::Bool(flag) => flag.to_string(),
        Node::Int(int) => int.to_string(),
        Node::UInt(uint) => format!("0x{uint:x}"),
        Node::Float(float) => go_format_float_bits(*float, GoFloatFormat::General, false),
        Node::Str(text) => crate::validation::go_quote(text),
        Node::Seq(items) => format!(
            "[]interface {{}}{{{}}}",
            items
                .iter()
                .map(go_sharp_v_inside)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Node::Map(entries) => {
            // fmt prints a map's keys sorted (deterministically only among keys of one type:
            // strings by text, integers by value).
            let mut sorted: Vec<&(Node, Node)> = entries.iter().collect();
            if sorted.iter().all(|(key, _)| matches!(key, Node::Str(_))) {
                crate::sort::sort_by_key(&mut sorted, |(key, _)| match key {
                    Node::Str(text) => text.clone(),
                    _ => String::new(),
                });
            } else if sorted.iter().all(|(key, _)| matches!(key, Node::Int(_))) {
                crate::sort::sort_by_key(&mut sorted, |(key, _)| match key {
                    Node::Int(int) => *int,
                    _ => 0,
                });
            }
            format!(
                "map[interface {{}}]interface {{}}{{{}}}",
                sorted
                    .iter()
                    .map(|(key, value)| format!(
                        "{}:{}",
                        go_sharp_v_inside(key),
                        go_sharp_v_inside(value)
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        Node::Tagged(_, inner) => go_sharp_v(inner),
    }
}

/// `%#v` of an element of a slice or map: a nil there is a typed `interface {}(nil)`.
fn go_sharp_v_inside(node: &Node) -> String {
    match node {
        Node::Null => "interface {}(nil)".to_string(),
        other => go_sharp_v(other),
    }
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
        if float < 0.0 && float >= i64::MIN as f64 {
            return Ok(Value::from(float as i64));
        }
    }
    Ok(Number::from_f64(float).map_or(Value::Null, Value::Number))
}

/// `strconv.ParseInt(s, 0, 64)`, then `ParseUint` (which also cover go-yaml's own `0b`/`-0b`).
fn go_parse_int(text: &str) -> Option<Node> {
    match crate::go_strconv::parse_int(text, 0) {
        Some(int) => Some(Node::Int(int)),
        None => crate::go_strconv::parse_uint(text, 0, 64)
            .ok()
            .map(Node::UInt),
    }
}

/// Go's `strconv.ParseFloat(s, 64)` for decimal text: out of range is an error, not ±Inf.
fn go_parse_float(text: &str) -> Option<f64> {
    crate::go_strconv::parse_float(text).filter(|float| float.is_finite())
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
            Err(ConvertError::Unmarshal(error)) => Value::String(format!("json decoding: {error}")),
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

    /// go-yaml's alias ratio, at the edge kubectl 1.37 showed (`label --local` on this Pod):
    /// an anchored list of 200 scalars referenced 207 times is read, 208 times is "excessive
    /// aliasing".
    #[test]
    fn the_alias_limit_falls_where_go_yaml_puts_it() {
        let document = |references: usize| {
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata: {{name: x}}\na: &a [{}]\nb: [{}]\n",
                vec!["x"; 200].join(","),
                vec!["*a"; references].join(",")
            )
        };
        assert!(yaml_to_json(&document(207)).is_ok());
        assert_eq!(
            convert(&document(208)),
            json!("yaml error: yaml: document contains excessive aliasing")
        );
    }

    #[test]
    fn keys_become_strings_and_the_last_duplicate_wins() {
        assert_eq!(
            convert("yes: 1\n2: b\n1.5: c\nplain: [a, 'b', {k: off}]\n"),
            json!({"true": 1, "2": "b", "1.5": "c", "plain": ["a", "b", {"k": false}]})
        );
        // As kubectl 1.37 read it: `kubectl label --local -f` printed `a: 3`.
        assert_eq!(convert("a: 1\nb: 2\na: 3\n"), json!({"a": 3, "b": 2}));
        // kubectl 1.37: a tag go-yaml cannot resolve leaves the text a string.
        assert_eq!(convert("x: !custom yes\n"), json!({"x": "yes"}));
        assert_eq!(convert("x: |\n  yes\n"), json!({"x": "yes\n"}));
    }
}
