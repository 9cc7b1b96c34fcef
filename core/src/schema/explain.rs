//! `kubectl explain` (kubectl 1.37 default `--output=plaintext`): a port of kubectl
//! `pkg/explain/v2/templates/plaintext.tmpl` with its template functions (`funcs.go`: `wrap` =
//! go-wordwrap, `indent`) over the schema of this module, seen as the OpenAPI v3 document the API
//! server serves (properties referencing structs through `allOf`/`$ref`, `items`,
//! `additionalProperties`, `enum`, `required`).
//!
//! Reproduced: header (`KIND:` / `VERSION:` padded to column 12), `FIELD: name <type>` line for
//! field paths (followed by `ENUM:` lines or a blank line, then a blank line), `DESCRIPTION:`
//! made of the field description followed by the referenced type's description, wrapped at 76
//! and indented 4 (the trailing newline leaves a line of 4 spaces), `FIELDS:` sorted by name,
//! `name<TAB><type>` with ` -required-`, `enum: a, b, c, d, ....` (4 values at most), field
//! descriptions wrapped at 78 minus the indent, `<no description>`, `--recursive` layout (names
//! and types only, 2 more spaces per level), resource names (`pods`, `pod`, `po`, `Pod`, …),
//! `the server doesn't have a resource type "x"` (no `error: ` prefix, as typed) and
//! `error: field "x" does not exist` (naming the last path element, after the header was
//! already printed), kubectl's lenient JSONPath splitting of the argument.
//!
//! `--api-version` is parsed and looked up among the group versions a kind cluster serves
//! (`couldn't find resource for …`, `GVR (…) not found in OpenAPI schema`), `--max-depth`
//! caps `--recursive`, `--output` other than `plaintext` is `unrecognized format`.
//!
//! Not known here: other API groups' kinds and the ambiguity of `events` (core/v1 wins, as in
//! kubectl's discovery order).

use std::fmt;

use super::wordwrap::wrap_string;
use super::{schema, FieldDef, GoType, KindDef, Schema, Shape, TypeForm};

/// Why `kubectl explain` fails (each `Display` is the exact line kubectl prints on stderr).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplainError {
    /// No such resource: `the server doesn't have a resource type "<resource>"` (kubectl prints
    /// this one without an `error: ` prefix, the resource as typed).
    UnknownResource {
        /// The resource as typed.
        resource: String,
    },
    /// A field of the path does not exist: `error: field "<last path element>" does not exist`.
    /// kubectl has already written `partial_output` (the KIND/VERSION header) to stdout.
    FieldDoesNotExist {
        /// The last element of the requested field path (kubectl names that one).
        field: String,
        /// What kubectl printed on stdout before failing.
        partial_output: String,
    },
    /// The argument is not a simple dotted path:
    /// `error: invalid jsonpath syntax, first node must be field node`.
    InvalidPath,
    /// Two recursive descents in a row: `error: invalid multiple recursive descent`.
    MultipleRecursiveDescent,
    /// A character kubectl's JSONPath parser rejects:
    /// `error: unrecognized character in action: U+002C ','`.
    UnrecognizedCharacter(char),
    /// Empty resource: `error: a resource must be present, got: /, Resource=`.
    EmptyResource,
    /// Any other failure kubectl reports as `error: <message>` (`--api-version`, `--output`).
    Other(String),
}

impl fmt::Display for ExplainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExplainError::UnknownResource { resource } => {
                write!(f, "the server doesn't have a resource type {resource:?}")
            }
            ExplainError::FieldDoesNotExist { field, .. } => {
                write!(f, "error: field {field:?} does not exist")
            }
            ExplainError::InvalidPath => {
                f.write_str("error: invalid jsonpath syntax, first node must be field node")
            }
            ExplainError::MultipleRecursiveDescent => {
                f.write_str("error: invalid multiple recursive descent")
            }
            ExplainError::UnrecognizedCharacter(ch) => {
                write!(
                    f,
                    "error: unrecognized character in action: U+{:04X} '{ch}'",
                    *ch as u32
                )
            }
            ExplainError::EmptyResource => {
                f.write_str("error: a resource must be present, got: /, Resource=")
            }
            ExplainError::Other(message) => write!(f, "error: {message}"),
        }
    }
}

impl std::error::Error for ExplainError {}

/// The kind served under a resource name as kubectl resolves it (`pods`, `pod`, `po`, `Pod`).
pub fn kind_for_resource(name: &str) -> Option<&'static str> {
    resolve_resource(schema(), name).map(|def| def.kind)
}

/// Short names match exactly; plural and singular names case-insensitively.
/// A name may carry its group (`deployments.apps`) or version and group
/// (`deployments.v1.apps`).
fn resolve_resource<'s>(schema: &'s Schema, name: &str) -> Option<&'s KindDef> {
    let (name, group) = match name.split_once('.') {
        Some((name, rest)) => (name, Some(rest.strip_prefix("v1.").unwrap_or(rest))),
        None => (name, None),
    };
    let lower = name.to_lowercase();
    schema
        .kinds
        .iter()
        .filter(|def| !def.resource.is_empty())
        .filter(|def| group.is_none_or(|group| group == def.group))
        .find(|def| {
            def.short_names.contains(&name) || def.resource == lower || def.singular == lower
        })
}

/// A schema node of the (virtual) OpenAPI v3 document.
#[derive(Clone, Debug)]
enum Node<'s> {
    /// `{"$ref": "#/components/schemas/<type>"}`.
    Ref(usize),
    /// A component schema (a type definition).
    Component(usize),
    /// A struct property.
    Property(&'s FieldDef),
    /// An `items` / `additionalProperties` schema of the given Go type (no description).
    Element(GoType),
}

struct Document<'s> {
    schema: &'s Schema,
    recursive: bool,
    /// `--max-depth`: how many levels `--recursive` lists (0: all).
    max_depth: usize,
}

impl<'s> Document<'s> {
    fn go_type<'n>(&self, node: &'n Node<'s>) -> Option<&'n GoType> {
        match node {
            Node::Property(field) => Some(&field.go_type),
            Node::Element(go_type) => Some(go_type),
            _ => None,
        }
    }

    fn ref_target(&self, node: &Node<'s>) -> Option<usize> {
        match node {
            Node::Ref(index) => Some(*index),
            _ => None,
        }
    }

    /// `or (resolveRef $ref) $schema`.
    fn resolve(&self, node: &Node<'s>) -> Node<'s> {
        match node {
            Node::Ref(index) => Node::Component(*index),
            other => other.clone(),
        }
    }

    /// `properties` (only component schemas of structs have them).
    fn properties(&self, node: &Node<'s>) -> Option<&'s [FieldDef]> {
        match node {
            Node::Component(index) => {
                let def = self.schema.type_at(*index)?;
                (def.form == TypeForm::Struct && !def.fields.is_empty())
                    .then_some(def.fields.as_slice())
            }
            _ => None,
        }
    }

    /// `allOf` (a property or element referencing a type).
    fn all_of(&self, node: &Node<'s>) -> Option<Node<'s>> {
        match self.schema.shape(self.go_type(node)?) {
            Shape::Type(index) => Some(Node::Ref(index)),
            _ => None,
        }
    }

    fn items(&self, node: &Node<'s>) -> Option<Node<'s>> {
        let go_type = self.go_type(node)?;
        if self.schema.is_byte_slice(go_type) {
            return None;
        }
        match self.schema.shape(go_type) {
            Shape::Slice(element) => Some(Node::Element(element)),
            _ => None,
        }
    }

    fn additional_properties(&self, node: &Node<'s>) -> Option<Node<'s>> {
        match self.schema.shape(self.go_type(node)?) {
            Shape::Map(_, value) => Some(Node::Element(value)),
            _ => None,
        }
    }

    fn description(&self, node: &Node<'s>) -> String {
        match node {
            Node::Property(field) => field.description(),
            Node::Component(index) => self
                .schema
                .type_at(*index)
                .map(|def| def.description())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The OpenAPI `type` of a resolved schema (`None` for Quantity / IntOrString).
    fn openapi_type(&self, node: &Node<'s>) -> Option<&'static str> {
        match node {
            Node::Component(index) => match self.schema.type_at(*index)?.form {
                TypeForm::Struct | TypeForm::FieldsV1 | TypeForm::RawExtension => Some("object"),
                TypeForm::Time | TypeForm::MicroTime => Some("string"),
                TypeForm::Quantity | TypeForm::IntOrString => None,
            },
            Node::Property(_) | Node::Element(_) => {
                let go_type = self.go_type(node)?;
                if self.schema.is_byte_slice(go_type) {
                    return Some("string");
                }
                match self.schema.shape(go_type) {
                    Shape::String => Some("string"),
                    Shape::Int(_) | Shape::Uint(_) => Some("integer"),
                    Shape::Float(_) => Some("number"),
                    Shape::Bool => Some("boolean"),
                    Shape::Interface => Some("object"),
                    Shape::Slice(_) => Some("array"),
                    Shape::Map(_, _) => Some("object"),
                    Shape::Type(_) | Shape::Unknown => None,
                }
            }
            Node::Ref(_) => None,
        }
    }

    /// Template `typeGuess`.
    fn type_guess(&self, node: &Node<'s>) -> String {
        if let Some(items) = self.items(node) {
            return format!("[]{}", self.type_guess(&items));
        }
        if let Some(value) = self.additional_properties(node) {
            return format!("map[string]{}", self.type_guess(&value));
        }
        if let Some(reference) = self.all_of(node) {
            return self.type_guess(&reference);
        }
        if let Node::Ref(index) = node {
            let resolved = Node::Component(*index);
            return match self.openapi_type(&resolved) {
                None | Some("object") => self
                    .schema
                    .type_at(*index)
                    .map(|def| def.name.to_string())
                    .unwrap_or_else(|| "Object".to_string()),
                Some(kind) => kind.to_string(),
            };
        }
        match self.openapi_type(node) {
            Some("object") | None => "Object".to_string(),
            Some(kind) => kind.to_string(),
        }
    }

    /// Template `extractEnum`.
    fn extract_enum(&self, node: &Node<'s>, long_view: bool, indent_amount: usize) -> String {
        let Node::Property(field) = node else {
            return String::new();
        };
        if field.enum_values.is_empty() {
            return String::new();
        }
        let mut out = if long_view {
            "ENUM:".to_string()
        } else {
            format!("\n{}enum: ", " ".repeat(indent_amount))
        };
        for (index, element) in field.enum_values.iter().enumerate() {
            if !long_view && index >= 4 {
                out.push_str(", ....");
                break;
            }
            if index > 0 && !long_view {
                out.push_str(", ");
            } else if long_view {
                out.push_str("\n    ");
            }
            if element.is_empty() {
                out.push_str("\"\"");
            } else {
                out.push_str(element);
            }
        }
        out
    }

    /// Template `description`.
    fn description_template(&self, node: &Node<'s>) -> String {
        let resolved = self.resolve(node);
        let mut out = String::new();
        let description = self.description(&resolved);
        if !description.is_empty() {
            out.push_str(&description);
            out.push('\n');
        }
        if let Some(reference) = self.all_of(&resolved) {
            out.push_str(&self.description_template(&reference));
        }
        if let Some(items) = self.items(&resolved) {
            out.push_str(&self.description_template(&items));
        }
        if let Some(value) = self.additional_properties(&resolved) {
            out.push_str(&self.description_template(&value));
        }
        out
    }

    /// Template `fieldDetail`.
    fn field_detail(&self, field: &'s FieldDef, level: usize) -> String {
        let indent_amount = level * 2;
        let node = Node::Property(field);
        let mut out = format!(
            "{}{}\t<{}>",
            " ".repeat(indent_amount),
            field.json_name,
            self.type_guess(&node)
        );
        if field.required {
            out.push_str(" -required-");
        }
        out.push_str(&self.extract_enum(&node, false, indent_amount));
        out.push('\n');
        if !self.recursive {
            let description = field.description();
            let text = if description.is_empty() {
                "<no description>".to_string()
            } else {
                description
            };
            out.push_str(&indent(
                indent_amount + 2,
                &wrap_string(&text, 78usize.saturating_sub(indent_amount)),
            ));
            out.push('\n');
            out.push('\n');
        }
        out
    }

    /// Template `fieldList`.
    fn field_list(&self, node: &Node<'s>, level: usize, history: &[usize]) -> String {
        let reference = self.ref_target(node);
        if let Some(target) = reference {
            if history.contains(&target) {
                return String::new();
            }
        }
        let mut next_history = history.to_vec();
        next_history.extend(reference);
        let resolved = self.resolve(node);
        let mut out = String::new();
        if let Some(fields) = self.properties(&resolved) {
            let mut sorted: Vec<&'s FieldDef> = fields.iter().collect();
            crate::sort::sort_by(&mut sorted, |left, right| {
                left.json_name.cmp(right.json_name)
            });
            for field in sorted {
                out.push_str(&self.field_detail(field, level));
                if self.recursive && (self.max_depth == 0 || level < self.max_depth) {
                    out.push_str(&self.field_list(
                        &Node::Property(field),
                        level + 1,
                        &next_history,
                    ));
                }
            }
        }
        if let Some(reference) = self.all_of(&resolved) {
            out.push_str(&self.field_list(&reference, level, &next_history));
        }
        if let Some(items) = self.items(&resolved) {
            out.push_str(&self.field_list(&items, level, &next_history));
        }
        if let Some(value) = self.additional_properties(&resolved) {
            out.push_str(&self.field_list(&value, level, &next_history));
        }
        out
    }

    /// Template `output`.
    fn output(&self, node: &Node<'s>, path: &[&str], history: &[usize]) -> String {
        let reference = self.ref_target(node);
        let resolved = self.resolve(node);
        let Some((first, rest)) = path.split_first() else {
            let mut out = String::from("DESCRIPTION:\n");
            let description = self.description_template(node);
            let text = if description.is_empty() {
                "<empty>".to_string()
            } else {
                description
            };
            out.push_str(&indent(4, &wrap_string(&text, 76)));
            out.push('\n');
            let fields = self.field_list(&resolved, 1, &[]);
            if !fields.is_empty() {
                out.push_str("FIELDS:\n");
                out.push_str(&fields);
            }
            return out;
        };
        if let Some(target) = reference {
            if history.contains(&target) {
                return String::new();
            }
        }
        let mut next_history = history.to_vec();
        next_history.extend(reference);
        if let Some(field) = self
            .properties(&resolved)
            .and_then(|fields| fields.iter().find(|field| field.json_name == *first))
        {
            let sub = Node::Property(field);
            let mut out = String::new();
            if rest.is_empty() {
                out.push_str(&format!("FIELD: {first} <{}>\n", self.type_guess(&sub)));
                out.push_str(&self.extract_enum(&sub, true, 0));
                out.push('\n');
                out.push('\n');
            }
            out.push_str(&self.output(&sub, rest, &[]));
            return out;
        }
        if let Some(items) = self.items(&resolved) {
            return self.output(&items, path, &next_history);
        }
        if let Some(value) = self.additional_properties(&resolved) {
            return self.output(&value, path, &next_history);
        }
        if let Some(reference) = self.all_of(&resolved) {
            return self.output(&reference, path, &next_history);
        }
        String::new()
    }
}

/// Template func `indent`.
fn indent(amount: usize, text: &str) -> String {
    let pad = " ".repeat(amount);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

/// A node of kubectl's JSONPath parse (client-go `util/jsonpath/parser.go`), reduced to what
/// `kubectl explain` distinguishes.
#[derive(Debug, PartialEq, Eq)]
enum PathNode {
    /// A field node (`.name`).
    Field(String),
    /// A recursive descent node (`..`).
    Recursive,
    /// Anything else (identifier, number, array, quote, wildcard, …).
    Other,
}

/// client-go jsonpath `isTerminator`.
fn is_terminator(ch: char) -> bool {
    matches!(
        ch,
        '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}' | ' ' | '\t' | '\r' | '\n'
    )
}

/// client-go jsonpath `isAlphaNumeric`.
fn is_alphanumeric(ch: char) -> bool {
    ch == '_' || ch.is_alphabetic() || ch.is_numeric()
}

/// Parse the inside of `{<action>}` as client-go's JSONPath parser does.
fn parse_action(action: &str) -> Result<Vec<PathNode>, ExplainError> {
    let chars: Vec<char> = action.chars().collect();
    let mut nodes = Vec::new();
    let mut pos = 0usize;
    // Reads a field name from `pos` up to the next unescaped terminator.
    let read_field = |pos: &mut usize| -> PathNode {
        let mut value = String::new();
        while let Some(ch) = chars.get(*pos).copied() {
            if ch == '\\' {
                *pos += 1;
                if let Some(escaped) = chars.get(*pos).copied() {
                    value.push(escaped);
                    *pos += 1;
                }
                continue;
            }
            if is_terminator(ch) {
                break;
            }
            value.push(ch);
            *pos += 1;
        }
        if value == "*" {
            PathNode::Other
        } else {
            PathNode::Field(value)
        }
    };
    while let Some(ch) = chars.get(pos).copied() {
        if ch == '.' && chars.get(pos + 1) == Some(&'.') {
            if nodes.last() == Some(&PathNode::Recursive) {
                return Err(ExplainError::MultipleRecursiveDescent);
            }
            pos += 2;
            nodes.push(PathNode::Recursive);
            if chars.get(pos).copied().is_some_and(is_alphanumeric) {
                nodes.push(read_field(&mut pos));
            }
            continue;
        }
        pos += 1;
        match ch {
            ' ' | '@' | '$' => {}
            '.' => nodes.push(read_field(&mut pos)),
            '+' | '-' => {
                while chars
                    .get(pos)
                    .is_some_and(|next| *next == '.' || next.is_numeric())
                {
                    pos += 1;
                }
                nodes.push(PathNode::Other);
            }
            ch if is_alphanumeric(ch) => {
                while chars.get(pos).is_some_and(|next| !is_terminator(*next)) {
                    pos += 1;
                }
                nodes.push(PathNode::Other);
            }
            '[' | '"' | '\'' | '{' | '}' | '\r' | '\n' => {
                // Arrays, quotes, nested actions: never plain field paths.
                nodes.push(PathNode::Other);
                break;
            }
            other => return Err(ExplainError::UnrecognizedCharacter(other)),
        }
    }
    Ok(nodes)
}

/// kubectl `jsonPathParse`: trim one trailing `.` and parse `{.<input>}`.
fn json_path_parse(input: &str) -> Result<Vec<PathNode>, ExplainError> {
    let trimmed = input.strip_suffix('.').unwrap_or(input);
    parse_action(&format!(".{trimmed}"))
}

/// Field nodes after the first one; any other node is kubectl's syntax error.
fn field_names(nodes: &[PathNode]) -> Result<Vec<String>, ExplainError> {
    nodes
        .iter()
        .skip(1)
        .map(|node| match node {
            PathNode::Field(name) => Ok(name.clone()),
            _ => Err(ExplainError::InvalidPath),
        })
        .collect()
}

/// Resolve `kubectl explain <argument>` to a kind and field path the way kubectl 1.37 does
/// (`explain.SplitAndParseResourceRequestWithMatchingPrefix`).
fn split_argument<'s>(
    schema: &'s Schema,
    argument: &str,
) -> Result<(&'s KindDef, Vec<String>), ExplainError> {
    let nodes = json_path_parse(argument)?;
    let resource = match nodes.first() {
        Some(PathNode::Field(resource)) => resource.as_str(),
        _ => return Err(ExplainError::InvalidPath),
    };
    if resource.is_empty() {
        return Err(ExplainError::EmptyResource);
    }
    let Some(kind) = resolve_resource(schema, resource) else {
        return Err(ExplainError::UnknownResource {
            resource: resource.to_string(),
        });
    };
    let fields = match argument.strip_prefix(kind.resource) {
        Some("") => Vec::new(),
        Some(suffix) => field_names(&json_path_parse(suffix)?)?,
        None => field_names(&nodes)?,
    };
    Ok((kind, fields))
}

/// What `kubectl explain` was asked.
#[derive(Clone, Debug, Default)]
pub struct ExplainRequest<'a> {
    /// `RESOURCE[.FIELD…]` as typed.
    pub resource_path: &'a str,
    pub recursive: bool,
    /// `--max-depth` (0: no limit; kubectl has checked it against `--recursive`).
    pub max_depth: usize,
    /// `--api-version`, when given (even empty).
    pub api_version: Option<&'a str>,
    /// `--output`: `plaintext` is the only template of kubectl's OpenAPI v3 renderer.
    pub output: &'a str,
}

/// The group versions whose OpenAPI v3 documents a kind cluster of Kubernetes 1.37 serves
/// (`/openapi/v3` paths; the schema here holds only `api/v1`'s kinds).
pub(crate) const SERVED_GROUP_VERSIONS: &[&str] = &[
    "api/v1",
    "apis/admissionregistration.k8s.io/v1",
    "apis/apiextensions.k8s.io/v1",
    "apis/apiregistration.k8s.io/v1",
    "apis/apps/v1",
    "apis/authentication.k8s.io/v1",
    "apis/authorization.k8s.io/v1",
    "apis/autoscaling/v1",
    "apis/autoscaling/v2",
    "apis/batch/v1",
    "apis/certificates.k8s.io/v1",
    "apis/coordination.k8s.io/v1",
    "apis/discovery.k8s.io/v1",
    "apis/events.k8s.io/v1",
    "apis/flowcontrol.apiserver.k8s.io/v1",
    "apis/networking.k8s.io/v1",
    "apis/node.k8s.io/v1",
    "apis/policy/v1",
    "apis/rbac.authorization.k8s.io/v1",
    "apis/resource.k8s.io/v1",
    "apis/scheduling.k8s.io/v1",
    "apis/storage.k8s.io/v1",
];

/// apimachinery's `schema.ParseGroupVersion`.
fn parse_group_version(text: &str) -> Result<(&str, &str), ExplainError> {
    if text.is_empty() || text == "/" {
        return Ok(("", ""));
    }
    match text.matches('/').count() {
        0 => Ok(("", text)),
        1 => Ok(text.split_once('/').unwrap_or(("", text))),
        _ => Err(ExplainError::Other(format!(
            "unexpected GroupVersion string: {text}"
        ))),
    }
}

/// `kubectl explain` stdout, or kubectl's error (`ExplainOptions.Run` with the OpenAPI v3
/// renderer, `pkg/explain/v2`).
pub fn explain(request: &ExplainRequest<'_>) -> Result<String, ExplainError> {
    let schema = schema();
    let (kind, fields) = split_argument(schema, request.resource_path)?;
    if request.output == "plaintext-openapiv2" {
        // kubectl's legacy renderer reads the OpenAPI v2 document, which the playground's
        // API server does not serve (it keeps the v3 schema the default renderer needs).
        return Err(ExplainError::Other(
            "--output=plaintext-openapiv2 is not simulated: the playground's API server serves only the OpenAPI v3 documents of the default --output=plaintext".to_string(),
        ));
    }
    let (group, version) = match request.api_version {
        Some(api_version) => parse_group_version(api_version)?,
        None => (kind.group, "v1"),
    };
    let document_path = if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    };
    let gvr = format!("{group}/{version}, Resource={}", kind.resource);
    if !SERVED_GROUP_VERSIONS.contains(&document_path.as_str()) {
        return Err(ExplainError::Other(format!(
            "couldn't find resource for \"{gvr}\""
        )));
    }
    if request.output != "plaintext" {
        return Err(ExplainError::Other(format!(
            "unrecognized format: {}",
            request.output
        )));
    }
    let kind_document = if kind.group.is_empty() {
        "api/v1".to_string()
    } else {
        format!("apis/{}/v1", kind.group)
    };
    if document_path != kind_document {
        // The document exists but has no path for this resource.
        return Err(ExplainError::Other(format!(
            "GVR ({gvr}) not found in OpenAPI schema"
        )));
    }
    let group_line = if kind.group.is_empty() {
        String::new()
    } else {
        format!("GROUP:      {}\n", kind.group)
    };
    let header = format!("{group_line}KIND:       {}\nVERSION:    v1\n\n", kind.kind);
    let document = Document {
        schema,
        recursive: request.recursive,
        max_depth: request.max_depth,
    };
    let path: Vec<&str> = fields.iter().map(String::as_str).collect();
    let body = document.output(&Node::Component(kind.type_index), &path, &[]);
    if body.is_empty() {
        return Err(ExplainError::FieldDoesNotExist {
            field: fields.last().cloned().unwrap_or_default(),
            partial_output: header,
        });
    }
    Ok(format!("{header}{body}\n"))
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
