//! kubectl's JSONPath: a port of client-go `util/jsonpath` (parser, evaluator and result printer) plus
//! cli-runtime's `JSONPathPrinter` (`-o jsonpath=`, `-o jsonpath-as-json=`) and kubectl's
//! `RelaxedJSONPathExpression` (used by `--sort-by` and `-o custom-columns`).
//!
//! The input is the object as kubectl's unstructured decoder sees it: a `serde_json::Value` whose
//! integral numbers are Go `int64` and all other numbers Go `float64`. Output bytes follow Go exactly:
//! maps and lists print through `encoding/json` (HTML-escaping, Go float formatting), scalars through
//! `fmt.Fprint`, execution errors carry the Go `%#v` dump of the object.
//!
//! Deliberately not known here: where templates come from (`-o jsonpath-file` reads a file), how several
//! objects are combined (`kubectl get` wraps them in a `List` first), and how errors reach the terminal
//! (the caller prefixes `error: `). Go map iteration order is random in kubectl (`{.metadata.labels.*}`);
//! here maps are always visited in sorted key order. Go's Unicode tables (`unicode.IsLetter`,
//! `unicode.IsDigit`, `strconv.IsPrint`) are approximated with Rust's `char` predicates plus a small
//! list of non-printable ranges. Escapes that produce invalid UTF-8 (`{"\xff"}`) become U+FFFD.
//! A parsed template keeps its range state between executions as client-go does: after a
//! `{range}` its node list starts at the last range body entered, which shows when one printer
//! prints several objects (`annotate`, `--watch`), e.g. as `not in range, nothing to end`.

use serde_json::Value;
use std::cell::Cell;
use std::fmt;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// A JSONPath parse or execution error; `Display` reproduces client-go's message byte for byte.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPathError {
    /// The template ended (or hit a line break) inside `{...}`.
    UnclosedAction,
    /// A character that cannot start a token inside an action (Go prints it with `%#U`).
    UnrecognizedCharacterInAction(char),
    /// `....` — two recursive descents in a row.
    InvalidMultipleRecursiveDescent,
    /// A numeric literal that is neither a Go `int` nor a finite `float64`.
    CannotParseNumber(String),
    /// `[` without a closing `]` on the same line.
    UnterminatedArray,
    /// The text between `[` and `]` is neither a union, a quoted key nor a slice.
    InvalidArrayIndex(String),
    /// A slice bound that does not fit a Go `int`.
    ArrayIndexIsNotANumber(String),
    /// `[?(` without a closing `)` on the same line.
    UnterminatedFilter,
    /// A filter's `)` not directly followed by `]`.
    UnclosedArrayExpectBracket,
    /// A quoted string without its closing quote on the same line.
    UnterminatedQuotedString,
    /// A quoted string with an invalid escape (Go's `strconv.ErrSyntax`).
    UnquoteString(String),
    /// A field or map key that is missing while missing keys are not allowed.
    FieldNotFound(String),
    /// Indexing or slicing something that is not a list; carries the Go type name.
    NotArrayOrSlice(String),
    /// An index outside the list.
    ArrayIndexOutOfBounds {
        /// The offending index, after adding the length to negative indexes.
        index: i64,
        /// The list's length.
        length: i64,
    },
    /// A slice whose start lies after its end.
    StartingIndexGreaterThanEndingIndex {
        /// The slice start.
        start: i64,
        /// The slice end.
        end: i64,
    },
    /// A slice step of zero or less.
    StepMustBePositive,
    /// A filter applied to something that is not a list; carries the Go `%v` rendering of it.
    NotFilterable(String),
    /// A filter operand that produced several values.
    CanOnlyCompareOneElementAtATime,
    /// A filter operand that is not a bool, number or string (Go `errBadComparisonType`).
    InvalidTypeForComparison,
    /// Filter operands of different kinds, e.g. `int64` against `string` (Go `errBadComparison`).
    IncompatibleTypesForComparison,
    /// A filter operator made of `!<>=` characters that Go does not know, e.g. `===`.
    UnrecognizedFilterOperator(String),
    /// `{end}` outside `{range}`.
    NotInRangeNothingToEnd,
    /// A bare word inside an action that is not `range`, `end`, `true` or `false`.
    UnrecognizedIdentifier(String),
    /// A reflect call on a zero `reflect.Value` — kubectl itself panics here (exit code 2).
    ReflectCallOnZeroValue {
        /// The reflect method Go called (`Type` or `Interface`).
        method: &'static str,
    },
    /// `RelaxedJSONPathExpression` rejected the expression.
    UnexpectedPathString,
}

impl fmt::Display for JsonPathError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnclosedAction => write!(formatter, "unclosed action"),
            Self::UnrecognizedCharacterInAction(character) => write!(
                formatter,
                "unrecognized character in action: {}",
                format_go_sharp_unicode(*character)
            ),
            Self::InvalidMultipleRecursiveDescent => {
                write!(formatter, "invalid multiple recursive descent")
            }
            Self::CannotParseNumber(text) => write!(formatter, "cannot parse number {text}"),
            Self::UnterminatedArray => write!(formatter, "unterminated array"),
            Self::InvalidArrayIndex(text) => write!(formatter, "invalid array index {text}"),
            Self::ArrayIndexIsNotANumber(text) => {
                write!(formatter, "array index {text} is not a number")
            }
            Self::UnterminatedFilter => write!(formatter, "unterminated filter"),
            Self::UnclosedArrayExpectBracket => write!(formatter, "unclosed array expect ]"),
            Self::UnterminatedQuotedString => write!(formatter, "unterminated quoted string"),
            Self::UnquoteString(text) => {
                write!(formatter, "unquote string {text} error invalid syntax")
            }
            Self::FieldNotFound(name) => write!(formatter, "{name} is not found"),
            Self::NotArrayOrSlice(type_name) => {
                write!(formatter, "{type_name} is not array or slice")
            }
            Self::ArrayIndexOutOfBounds { index, length } => write!(
                formatter,
                "array index out of bounds: index {index}, length {length}"
            ),
            Self::StartingIndexGreaterThanEndingIndex { start, end } => write!(
                formatter,
                "starting index {start} is greater than ending index {end}"
            ),
            Self::StepMustBePositive => write!(formatter, "step must be > 0"),
            Self::NotFilterable(rendered) => write!(
                formatter,
                "{rendered} is not array or slice and cannot be filtered"
            ),
            Self::CanOnlyCompareOneElementAtATime => {
                write!(formatter, "can only compare one element at a time")
            }
            Self::InvalidTypeForComparison => write!(formatter, "invalid type for comparison"),
            Self::IncompatibleTypesForComparison => {
                write!(formatter, "incompatible types for comparison")
            }
            Self::UnrecognizedFilterOperator(operator) => {
                write!(formatter, "unrecognized filter operator {operator}")
            }
            Self::NotInRangeNothingToEnd => write!(formatter, "not in range, nothing to end"),
            Self::UnrecognizedIdentifier(name) => {
                write!(formatter, "unrecognized identifier {name}")
            }
            Self::ReflectCallOnZeroValue { method } => write!(
                formatter,
                "reflect: call of reflect.Value.{method} on zero Value"
            ),
            Self::UnexpectedPathString => write!(
                formatter,
                "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{{name1.name2}}' or '{{.name1.name2}}'"
            ),
        }
    }
}

impl std::error::Error for JsonPathError {}

// ---------------------------------------------------------------------------------------------
// Parse tree
// ---------------------------------------------------------------------------------------------

/// One bound of an array slice (`ParamsEntry` in client-go).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct ArraySliceParameter {
    value: i64,
    known: bool,
    derived: bool,
}

/// A node of the parsed template (client-go `node.go`).
#[derive(Debug, Clone, PartialEq)]
enum JsonPathNode {
    Text(String),
    List(Vec<JsonPathNode>),
    Field(String),
    Identifier(String),
    Array([ArraySliceParameter; 3]),
    Filter {
        left: Vec<JsonPathNode>,
        right: Vec<JsonPathNode>,
        operator: String,
    },
    Int(i64),
    Float(f64),
    Wildcard,
    Recursive,
    Union(Vec<Vec<JsonPathNode>>),
    Bool(bool),
}

// ---------------------------------------------------------------------------------------------
// Parser (client-go parser.go)
// ---------------------------------------------------------------------------------------------

struct JsonPathParser<'t> {
    input: &'t str,
    position: usize,
    start: usize,
    width: usize,
}

/// Parses a whole template into its top-level nodes (text and actions).
fn parse_template(text: &str) -> Result<Vec<JsonPathNode>, JsonPathError> {
    let mut parser = JsonPathParser {
        input: text,
        position: 0,
        start: 0,
        width: 0,
    };
    let mut root = Vec::new();
    loop {
        // parseText: scan up to the next left delimiter or the end.
        loop {
            if parser.rest().starts_with('{') {
                break;
            }
            if parser.next_char().is_none() {
                if parser.position > parser.start {
                    root.push(JsonPathNode::Text(parser.consume_text().to_string()));
                }
                return Ok(root);
            }
        }
        if parser.position > parser.start {
            root.push(JsonPathNode::Text(parser.consume_text().to_string()));
        }
        // parseLeftDelim
        parser.position += 1;
        parser.consume_text();
        let action = parser.parse_inside_action()?;
        root.push(JsonPathNode::List(action));
    }
}

/// client-go `parseAction`: parses `{text}` and keeps only the first action's nodes.
fn parse_action(text: &str) -> Result<Vec<JsonPathNode>, JsonPathError> {
    let root = parse_template(&format!("{{{text}}}"))?;
    match root.into_iter().next() {
        Some(JsonPathNode::List(nodes)) => Ok(nodes),
        _ => Ok(Vec::new()),
    }
}

impl<'t> JsonPathParser<'t> {
    fn rest(&self) -> &'t str {
        self.input.get(self.position..).unwrap_or("")
    }

    fn next_char(&mut self) -> Option<char> {
        match self.rest().chars().next() {
            Some(character) => {
                self.width = character.len_utf8();
                self.position += self.width;
                Some(character)
            }
            None => {
                self.width = 0;
                None
            }
        }
    }

    fn backup(&mut self) {
        self.position = self.position.saturating_sub(self.width);
    }

    fn peek_char(&mut self) -> Option<char> {
        let character = self.next_char();
        self.backup();
        character
    }

    fn consume_text(&mut self) -> &'t str {
        let value = self.input.get(self.start..self.position).unwrap_or("");
        self.start = self.position;
        value
    }

    /// The byte two before the current position (Go's `p.input[p.pos-2]`).
    fn byte_before_previous(&self) -> Option<u8> {
        self.position
            .checked_sub(2)
            .and_then(|index| self.input.as_bytes().get(index).copied())
    }

    /// Parses the inside of `{...}` up to and including the right delimiter.
    fn parse_inside_action(&mut self) -> Result<Vec<JsonPathNode>, JsonPathError> {
        let mut current = Vec::new();
        loop {
            let rest = self.rest();
            if rest.starts_with('}') {
                self.position += 1;
                self.consume_text();
                return Ok(current);
            }
            if rest.starts_with("[?(") {
                self.parse_filter(&mut current)?;
                continue;
            }
            if rest.starts_with("..") {
                self.parse_recursive(&mut current)?;
                continue;
            }
            match self.next_char() {
                None | Some('\r') | Some('\n') => return Err(JsonPathError::UnclosedAction),
                Some(' ') | Some('@') | Some('$') => {
                    self.consume_text();
                }
                Some('[') => self.parse_array(&mut current)?,
                Some(quote @ ('"' | '\'')) => self.parse_quote(&mut current, quote)?,
                Some('.') => self.parse_field(&mut current),
                Some(character)
                    if character == '+' || character == '-' || is_go_digit(character) =>
                {
                    self.backup();
                    self.parse_number(&mut current)?;
                }
                Some(character) if is_go_alphanumeric(character) => {
                    self.backup();
                    self.parse_identifier(&mut current);
                }
                Some(character) => {
                    return Err(JsonPathError::UnrecognizedCharacterInAction(character))
                }
            }
        }
    }

    fn parse_identifier(&mut self, current: &mut Vec<JsonPathNode>) {
        loop {
            let character = self.next_char();
            if is_terminator(character) {
                self.backup();
                break;
            }
        }
        let value = self.consume_text();
        match value {
            "true" => current.push(JsonPathNode::Bool(true)),
            "false" => current.push(JsonPathNode::Bool(false)),
            _ => current.push(JsonPathNode::Identifier(value.to_string())),
        }
    }

    fn parse_recursive(&mut self, current: &mut Vec<JsonPathNode>) -> Result<(), JsonPathError> {
        if matches!(current.last(), Some(JsonPathNode::Recursive)) {
            return Err(JsonPathError::InvalidMultipleRecursiveDescent);
        }
        self.position += 2;
        self.consume_text();
        current.push(JsonPathNode::Recursive);
        if self.peek_char().is_some_and(is_go_alphanumeric) {
            self.parse_field(current);
        }
        Ok(())
    }

    fn parse_number(&mut self, current: &mut Vec<JsonPathNode>) -> Result<(), JsonPathError> {
        if matches!(self.peek_char(), Some('+') | Some('-')) {
            self.next_char();
        }
        loop {
            match self.next_char() {
                Some(character) if character == '.' || is_go_digit(character) => {}
                _ => {
                    self.backup();
                    break;
                }
            }
        }
        let value = self.consume_text();
        if let Ok(integer) = value.parse::<i64>() {
            current.push(JsonPathNode::Int(integer));
            return Ok(());
        }
        match value.parse::<f64>() {
            Ok(float) if float.is_finite() => {
                current.push(JsonPathNode::Float(float));
                Ok(())
            }
            _ => Err(JsonPathError::CannotParseNumber(value.to_string())),
        }
    }

    fn parse_array(&mut self, current: &mut Vec<JsonPathNode>) -> Result<(), JsonPathError> {
        loop {
            match self.next_char() {
                None | Some('\n') => return Err(JsonPathError::UnterminatedArray),
                Some(']') => break,
                Some(_) => {}
            }
        }
        let text = self.consume_text();
        let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or("");
        let inner = if inner == "*" { ":" } else { inner };

        // union operator
        let parts: Vec<&str> = inner.split(',').collect();
        if parts.len() > 1 {
            let mut union = Vec::with_capacity(parts.len());
            for part in parts {
                union.push(parse_action(&format!("[{}]", part.trim_matches(' ')))?);
            }
            current.push(JsonPathNode::Union(union));
            return Ok(());
        }

        // dict key: ^'([^']*)'$
        if inner.len() >= 2 && inner.starts_with('\'') && inner.ends_with('\'') {
            let key = inner.get(1..inner.len() - 1).unwrap_or("");
            if !key.contains('\'') {
                current.extend(parse_action(&format!(".{key}"))?);
                return Ok(());
            }
        }

        // slice operator: ^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$
        let Some(groups) = match_slice_operator(inner) else {
            return Err(JsonPathError::InvalidArrayIndex(inner.to_string()));
        };
        let mut parameters = [ArraySliceParameter::default(); 3];
        for (index, group) in groups.iter().enumerate() {
            if !group.is_empty() {
                let number_text = if index > 0 {
                    group.get(1..).unwrap_or("")
                } else {
                    group
                };
                if index > 0 && number_text.is_empty() {
                    if let Some(parameter) = parameters.get_mut(index) {
                        parameter.known = false;
                    }
                } else {
                    let value = number_text.parse::<i64>().map_err(|_| {
                        JsonPathError::ArrayIndexIsNotANumber(number_text.to_string())
                    })?;
                    if let Some(parameter) = parameters.get_mut(index) {
                        parameter.known = true;
                        parameter.value = value;
                    }
                }
            } else if index == 1 {
                parameters[1] = ArraySliceParameter {
                    value: parameters[0].value.wrapping_add(1),
                    known: true,
                    derived: true,
                };
            } else if let Some(parameter) = parameters.get_mut(index) {
                parameter.known = false;
                parameter.value = 0;
            }
        }
        current.push(JsonPathNode::Array(parameters));
        Ok(())
    }

    fn parse_filter(&mut self, current: &mut Vec<JsonPathNode>) -> Result<(), JsonPathError> {
        self.position += 3;
        self.consume_text();
        let mut begin = false;
        let mut end = false;
        let mut pair = '\0';
        loop {
            match self.next_char() {
                None | Some('\n') => return Err(JsonPathError::UnterminatedFilter),
                Some(quote @ ('"' | '\'')) => {
                    if !begin {
                        begin = true;
                        pair = quote;
                        continue;
                    }
                    if self.byte_before_previous() != Some(b'\\') && quote == pair {
                        end = true;
                    }
                }
                Some(')') => {
                    if begin == end {
                        break;
                    }
                }
                Some(_) => {}
            }
        }
        if self.next_char() != Some(']') {
            return Err(JsonPathError::UnclosedArrayExpectBracket);
        }
        let text = self.consume_text();
        let text = text.get(..text.len().saturating_sub(2)).unwrap_or("");
        match split_filter_comparison(text) {
            None => {
                let left = parse_action(text)?;
                current.push(JsonPathNode::Filter {
                    left,
                    right: Vec::new(),
                    operator: "exists".to_string(),
                });
            }
            Some((left_text, operator, right_text)) => {
                let left = parse_action(left_text)?;
                let right = parse_action(right_text)?;
                current.push(JsonPathNode::Filter {
                    left,
                    right,
                    operator: operator.to_string(),
                });
            }
        }
        Ok(())
    }

    fn parse_quote(
        &mut self,
        current: &mut Vec<JsonPathNode>,
        end_quote: char,
    ) -> Result<(), JsonPathError> {
        loop {
            match self.next_char() {
                None | Some('\n') => return Err(JsonPathError::UnterminatedQuotedString),
                Some(character) if character == end_quote => {
                    if self.byte_before_previous() != Some(b'\\') {
                        break;
                    }
                }
                Some(_) => {}
            }
        }
        let value = self.consume_text();
        let unquoted =
            unquote_extend(value).ok_or_else(|| JsonPathError::UnquoteString(value.to_string()))?;
        current.push(JsonPathNode::Text(unquoted));
        Ok(())
    }

    fn parse_field(&mut self, current: &mut Vec<JsonPathNode>) {
        self.consume_text();
        loop {
            let character = self.next_char();
            if character == Some('\\') {
                self.next_char();
            } else if is_terminator(character) {
                self.backup();
                break;
            }
        }
        let value = self.consume_text();
        if value == "*" {
            current.push(JsonPathNode::Wildcard);
        } else {
            current.push(JsonPathNode::Field(value.replace('\\', "")));
        }
    }
}

/// Matches `^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$`, returning the three groups ("" when absent).
fn match_slice_operator(text: &str) -> Option<[&str; 3]> {
    let bytes = text.as_bytes();
    let mut index = 0;
    let mut groups = [""; 3];
    for (group_index, group) in groups.iter_mut().enumerate() {
        let group_start = index;
        if group_index > 0 {
            if bytes.get(index) != Some(&b':') {
                break;
            }
            index += 1;
        }
        if bytes.get(index) == Some(&b'-') {
            index += 1;
        }
        while bytes.get(index).is_some_and(u8::is_ascii_digit) {
            index += 1;
        }
        *group = text.get(group_start..index).unwrap_or("");
    }
    (index == bytes.len()).then_some(groups)
}

/// Matches `^([^!<>=]+)([!<>=]+)(.+?)$` (RE2 leftmost-first), returning left, operator and right.
fn split_filter_comparison(text: &str) -> Option<(&str, &str, &str)> {
    let is_operator_character = |character: char| matches!(character, '!' | '<' | '>' | '=');
    let first_operator = text.find(is_operator_character)?;
    if first_operator == 0 {
        return None;
    }
    let left = text.get(..first_operator)?;
    let after = text.get(first_operator..)?;
    let run_length = after
        .find(|character: char| !is_operator_character(character))
        .unwrap_or(after.len());
    if run_length < after.len() {
        let right = after.get(run_length..)?;
        if right.contains('\n') {
            return None;
        }
        Some((left, after.get(..run_length)?, right))
    } else if run_length >= 2 {
        Some((
            left,
            after.get(..run_length - 1)?,
            after.get(run_length - 1..)?,
        ))
    } else {
        None
    }
}

fn is_terminator(character: Option<char>) -> bool {
    match character {
        None => true,
        Some(character) => matches!(
            character,
            ' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'
        ),
    }
}

/// Go `unicode.IsDigit` (approximated outside ASCII by `char::is_numeric`).
fn is_go_digit(character: char) -> bool {
    character.is_ascii_digit() || (!character.is_ascii() && character.is_numeric())
}

/// client-go `isAlphaNumeric`: `_`, letters and digits.
fn is_go_alphanumeric(character: char) -> bool {
    character == '_' || character.is_alphabetic() || is_go_digit(character)
}

/// client-go `UnquoteExtend`: Go `strconv.Unquote` that also accepts single-quoted strings.
fn unquote_extend(quoted: &str) -> Option<String> {
    let bytes = quoted.as_bytes();
    let length = bytes.len();
    if length < 2 {
        return None;
    }
    let quote = *bytes.first()?;
    if Some(&quote) != bytes.last() || (quote != b'"' && quote != b'\'') {
        return None;
    }
    let inner = quoted.get(1..length - 1)?;
    if !inner.contains('\\') && !inner.as_bytes().contains(&quote) {
        return Some(inner.to_string());
    }
    let mut buffer: Vec<u8> = Vec::with_capacity(inner.len());
    let mut rest = inner.as_bytes();
    while !rest.is_empty() {
        rest = unquote_one_character(rest, quote, &mut buffer)?;
    }
    Some(String::from_utf8_lossy(&buffer).into_owned())
}

/// Go `strconv.UnquoteChar`, appending the decoded bytes; returns the unread tail.
fn unquote_one_character<'s>(input: &'s [u8], quote: u8, buffer: &mut Vec<u8>) -> Option<&'s [u8]> {
    let (value, multibyte, tail) = crate::go_strconv::unquote_char(input, quote)?;
    if multibyte {
        let character = char::from_u32(value)?;
        buffer.extend_from_slice(character.encode_utf8(&mut [0u8; 4]).as_bytes());
    } else {
        buffer.push(u8::try_from(value).ok()?);
    }
    Some(tail)
}

// ---------------------------------------------------------------------------------------------
// Evaluation (client-go jsonpath.go)
// ---------------------------------------------------------------------------------------------

/// A `reflect.Value` as the Go evaluator sees it.
#[derive(Debug, Clone, Copy)]
enum JsonPathItem<'a> {
    /// The zero `reflect.Value` (range over a null element, or an empty range's body).
    ZeroValue,
    /// A value from the object (an `interface{}` slot; `Null` is a nil interface).
    Data(&'a Value),
    /// A string literal from the template.
    Text(&'a str),
    /// An integer literal (Go `int`).
    Int(i64),
    /// A float literal.
    Float(f64),
    /// `true` / `false`.
    Bool(bool),
    /// One byte of a string, produced by `*` or `..` over a string (Go `uint8`).
    Byte(u8),
}

impl<'a> JsonPathItem<'a> {
    /// What `reflect.ValueOf(value.Interface())` gives back for a range body.
    fn interface(self) -> Self {
        match self {
            Self::Data(Value::Null) => Self::ZeroValue,
            other => other,
        }
    }

    /// The elements `*` and `..` visit (map values, list elements, string bytes).
    fn children(self) -> Vec<JsonPathItem<'a>> {
        match self {
            Self::Data(Value::Object(map)) => map.values().map(JsonPathItem::Data).collect(),
            Self::Data(Value::Array(list)) => list.iter().map(JsonPathItem::Data).collect(),
            Self::Data(Value::String(text)) => text.bytes().map(JsonPathItem::Byte).collect(),
            Self::Text(text) => text.bytes().map(JsonPathItem::Byte).collect(),
            _ => Vec::new(),
        }
    }

    /// The Go type name used in `... is not array or slice`.
    fn go_type_name(self) -> &'static str {
        match self {
            Self::ZeroValue | Self::Data(Value::Null) => "interface {}",
            Self::Data(Value::Object(_)) => "map[string]interface {}",
            Self::Data(Value::Array(_)) => "[]interface {}",
            Self::Data(Value::String(_)) | Self::Text(_) => "string",
            Self::Data(Value::Bool(_)) | Self::Bool(_) => "bool",
            Self::Data(Value::Number(number)) => match go_number(number) {
                GoNumber::Int(_) => "int64",
                GoNumber::Float(_) => "float64",
            },
            Self::Int(_) => "int",
            Self::Float(_) => "float64",
            Self::Byte(_) => "uint8",
        }
    }

    fn to_result_value(self) -> JsonPathResultValue {
        match self {
            Self::ZeroValue => JsonPathResultValue::NoValue,
            Self::Data(value) => JsonPathResultValue::Data(value.clone()),
            Self::Text(text) => JsonPathResultValue::Text(text.to_string()),
            Self::Int(value) => JsonPathResultValue::Int(value),
            Self::Float(value) => JsonPathResultValue::Float(value),
            Self::Bool(value) => JsonPathResultValue::Bool(value),
            Self::Byte(value) => JsonPathResultValue::Byte(value),
        }
    }
}

/// A value found by [`JsonPath::find_result_values`], keeping the Go type it had in kubectl.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPathResultValue {
    /// Go's zero `reflect.Value` (prints `<no value>`; Go panics when asked for its interface).
    NoValue,
    /// A value from the object; `Value::Null` is a nil interface (prints `null`).
    Data(Value),
    /// A string literal of the template.
    Text(String),
    /// An integer literal of the template (Go `int`).
    Int(i64),
    /// A float literal of the template.
    Float(f64),
    /// A boolean literal of the template.
    Bool(bool),
    /// A byte of a string (Go `uint8`), from `*` or `..` applied to a string.
    Byte(u8),
}

impl JsonPathResultValue {
    /// The value as JSON (`NoValue` becomes `null`).
    pub fn to_json_value(&self) -> Value {
        match self {
            Self::NoValue => Value::Null,
            Self::Data(value) => value.clone(),
            Self::Text(text) => Value::String(text.clone()),
            Self::Int(value) => Value::from(*value),
            Self::Float(value) => serde_json::Number::from_f64(*value)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Self::Bool(value) => Value::Bool(*value),
            Self::Byte(value) => Value::from(*value),
        }
    }

    /// Go `fmt.Sprint(value.Interface())`, as `-o custom-columns` prints a cell.
    pub fn to_go_sprint(&self) -> Result<String, JsonPathError> {
        let mut out = String::new();
        match self {
            Self::NoValue => {
                return Err(JsonPathError::ReflectCallOnZeroValue {
                    method: "Interface",
                })
            }
            Self::Data(value) => write_go_verb_v(&mut out, value),
            Self::Text(text) => out.push_str(text),
            Self::Int(value) => out.push_str(&value.to_string()),
            Self::Float(value) => out.push_str(&format_go_float_verb_v(*value)),
            Self::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Self::Byte(value) => out.push_str(&value.to_string()),
        }
        Ok(out)
    }
}

struct WalkFailure<'a> {
    error: JsonPathError,
    /// The values Go returns together with the error (seen by `[?(...)]` existence filters).
    values: Vec<JsonPathItem<'a>>,
}

type WalkResult<'a> = Result<Vec<JsonPathItem<'a>>, WalkFailure<'a>>;

fn fail<'a>(error: JsonPathError, values: Vec<JsonPathItem<'a>>) -> WalkResult<'a> {
    Err(WalkFailure { error, values })
}

struct JsonPathExecution<'a> {
    nodes: &'a [JsonPathNode],
    allow_missing_keys: bool,
    state: RangeState,
}

/// What client-go's `JSONPath` keeps from one `FindResults` to the next: its range counters,
/// the last `{end}` met, and where `parser.Root.Nodes` starts (each `{range}` body it enters
/// makes the nodes after the `{range}` the whole template).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct RangeState {
    begin_range: i64,
    in_range: i64,
    end_range: i64,
    last_end_node: Option<usize>,
    root_start: usize,
}

struct FindResultsFrame<'a> {
    current: JsonPathItem<'a>,
    index: usize,
    results: Vec<Vec<JsonPathItem<'a>>>,
    range: Option<RangeLoop<'a>>,
}

struct RangeLoop<'a> {
    values: Vec<JsonPathItem<'a>>,
    next: usize,
    discard_results: bool,
}

impl<'a> JsonPathExecution<'a> {
    /// client-go `FindResults`, with the recursion over `{range}` bodies made iterative.
    fn find_results(
        &mut self,
        root: JsonPathItem<'a>,
    ) -> Result<Vec<Vec<JsonPathItem<'a>>>, JsonPathError> {
        let nodes = self.nodes;
        let mut stack = vec![FindResultsFrame {
            current: root,
            index: self.state.root_start,
            results: Vec::new(),
            range: None,
        }];
        loop {
            let Some(frame) = stack.last_mut() else {
                return Ok(Vec::new());
            };
            if let Some(range) = frame.range.as_mut() {
                if let Some(value) = range.values.get(range.next).copied() {
                    range.next += 1;
                    self.state.root_start = frame.index + 1;
                    let child = FindResultsFrame {
                        current: value.interface(),
                        index: frame.index + 1,
                        results: Vec::new(),
                        range: None,
                    };
                    stack.push(child);
                    continue;
                }
                frame.range = None;
                self.state.in_range -= 1;
                if let Some(end_node) = self.state.last_end_node {
                    if end_node > frame.index {
                        frame.index = end_node;
                    }
                }
                frame.index += 1;
                continue;
            }
            let Some(node) = nodes.get(frame.index) else {
                if let Some(done) = Self::finish_frame(&mut stack) {
                    return Ok(done);
                }
                continue;
            };
            let results = self
                .walk(vec![frame.current], node)
                .map_err(|failure| failure.error)?;
            if self.state.end_range > 0 && self.state.end_range <= self.state.in_range {
                self.state.end_range -= 1;
                self.state.last_end_node = Some(frame.index);
                if let Some(done) = Self::finish_frame(&mut stack) {
                    return Ok(done);
                }
                continue;
            }
            if self.state.begin_range > 0 {
                self.state.begin_range -= 1;
                self.state.in_range += 1;
                frame.range = Some(if results.is_empty() {
                    RangeLoop {
                        values: vec![JsonPathItem::ZeroValue],
                        next: 0,
                        discard_results: true,
                    }
                } else {
                    RangeLoop {
                        values: results,
                        next: 0,
                        discard_results: false,
                    }
                });
                continue;
            }
            frame.results.push(results);
            frame.index += 1;
        }
    }

    /// Pops the finished frame and hands its results to its parent; returns them at the root.
    fn finish_frame(stack: &mut Vec<FindResultsFrame<'a>>) -> Option<Vec<Vec<JsonPathItem<'a>>>> {
        let done = stack.pop()?;
        match stack.last_mut() {
            None => Some(done.results),
            Some(parent) => {
                let discard = parent
                    .range
                    .as_ref()
                    .is_some_and(|range| range.discard_results);
                if !discard {
                    parent.results.extend(done.results);
                }
                None
            }
        }
    }

    fn walk(&mut self, input: Vec<JsonPathItem<'a>>, node: &'a JsonPathNode) -> WalkResult<'a> {
        match node {
            JsonPathNode::List(nodes) => self.eval_list(input, nodes),
            JsonPathNode::Text(text) => Ok(vec![JsonPathItem::Text(text)]),
            JsonPathNode::Field(name) => self.eval_field(input, name),
            JsonPathNode::Array(parameters) => eval_array(input, parameters),
            JsonPathNode::Filter {
                left,
                right,
                operator,
            } => self.eval_filter(input, left, right, operator),
            JsonPathNode::Int(value) => Ok(vec![JsonPathItem::Int(*value); input.len()]),
            JsonPathNode::Float(value) => Ok(vec![JsonPathItem::Float(*value); input.len()]),
            JsonPathNode::Bool(value) => Ok(vec![JsonPathItem::Bool(*value); input.len()]),
            JsonPathNode::Wildcard => {
                Ok(input.into_iter().flat_map(JsonPathItem::children).collect())
            }
            JsonPathNode::Recursive => Ok(eval_recursive(input)),
            JsonPathNode::Union(lists) => self.eval_union(input, lists),
            JsonPathNode::Identifier(name) => self.eval_identifier(input, name),
        }
    }

    fn eval_list(
        &mut self,
        input: Vec<JsonPathItem<'a>>,
        nodes: &'a [JsonPathNode],
    ) -> WalkResult<'a> {
        let mut current = input;
        for node in nodes {
            current = self.walk(current, node)?;
        }
        Ok(current)
    }

    fn eval_identifier(&mut self, input: Vec<JsonPathItem<'a>>, name: &str) -> WalkResult<'a> {
        match name {
            "range" => {
                self.state.begin_range += 1;
                Ok(input)
            }
            "end" => {
                if self.state.in_range > 0 {
                    self.state.end_range += 1;
                    Ok(Vec::new())
                } else {
                    fail(JsonPathError::NotInRangeNothingToEnd, Vec::new())
                }
            }
            _ => fail(
                JsonPathError::UnrecognizedIdentifier(name.to_string()),
                input,
            ),
        }
    }

    fn eval_union(
        &mut self,
        input: Vec<JsonPathItem<'a>>,
        lists: &'a [Vec<JsonPathNode>],
    ) -> WalkResult<'a> {
        let mut results = Vec::new();
        for list in lists {
            match self.eval_list(input.clone(), list) {
                Ok(values) => results.extend(values),
                Err(failure) => return fail(failure.error, input),
            }
        }
        Ok(results)
    }

    fn eval_field(&mut self, input: Vec<JsonPathItem<'a>>, name: &str) -> WalkResult<'a> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let mut results = Vec::new();
        for item in &input {
            if let JsonPathItem::Data(Value::Object(map)) = item {
                if let Some(value) = map.get(name) {
                    results.push(JsonPathItem::Data(value));
                }
            }
        }
        if results.is_empty() && !self.allow_missing_keys {
            return fail(JsonPathError::FieldNotFound(name.to_string()), results);
        }
        Ok(results)
    }

    fn eval_filter(
        &mut self,
        input: Vec<JsonPathItem<'a>>,
        left: &'a [JsonPathNode],
        right: &'a [JsonPathNode],
        operator: &str,
    ) -> WalkResult<'a> {
        let mut results = Vec::new();
        for item in &input {
            let list = match item {
                JsonPathItem::Data(Value::Array(list)) => list,
                other => {
                    let rendered = format_go_reflect_value_verb_v(*other);
                    return fail(JsonPathError::NotFilterable(rendered), input);
                }
            };
            for element in list {
                let temporary = vec![JsonPathItem::Data(element)];
                let lefts = self.eval_list(temporary.clone(), left);
                if operator == "exists" {
                    let found = match lefts {
                        Ok(values) => !values.is_empty(),
                        Err(failure) => !failure.values.is_empty(),
                    };
                    if found {
                        results.push(JsonPathItem::Data(element));
                    }
                    continue;
                }
                let lefts = match lefts {
                    Ok(values) => values,
                    Err(failure) => return fail(failure.error, input),
                };
                let left_value = match lefts.as_slice() {
                    [] => continue,
                    [single] => *single,
                    _ => return fail(JsonPathError::CanOnlyCompareOneElementAtATime, input),
                };
                let rights = match self.eval_list(temporary, right) {
                    Ok(values) => values,
                    Err(failure) => return fail(failure.error, input),
                };
                let right_value = match rights.as_slice() {
                    [] => continue,
                    [single] => *single,
                    _ => return fail(JsonPathError::CanOnlyCompareOneElementAtATime, input),
                };
                let comparison = match operator {
                    "<" => go_template_less(left_value, right_value),
                    ">" => go_template_less_equal(left_value, right_value).map(|value| !value),
                    "==" => go_template_equal(left_value, right_value),
                    "!=" => go_template_equal(left_value, right_value).map(|value| !value),
                    "<=" => go_template_less_equal(left_value, right_value),
                    ">=" => go_template_less(left_value, right_value).map(|value| !value),
                    _ => {
                        return fail(
                            JsonPathError::UnrecognizedFilterOperator(operator.to_string()),
                            results,
                        )
                    }
                };
                match comparison {
                    Ok(true) => results.push(JsonPathItem::Data(element)),
                    Ok(false) => {}
                    Err(error) => return fail(error, results),
                }
            }
        }
        Ok(results)
    }
}

fn eval_array<'a>(
    input: Vec<JsonPathItem<'a>>,
    node_parameters: &[ArraySliceParameter; 3],
) -> WalkResult<'a> {
    let mut results = Vec::new();
    for item in &input {
        let list = match item {
            JsonPathItem::Data(Value::Null) => continue,
            JsonPathItem::Data(Value::Array(list)) => list,
            JsonPathItem::ZeroValue => {
                return fail(
                    JsonPathError::ReflectCallOnZeroValue { method: "Type" },
                    input,
                )
            }
            other => {
                let type_name = other.go_type_name().to_string();
                return fail(JsonPathError::NotArrayOrSlice(type_name), input);
            }
        };
        let length = i64::try_from(list.len()).unwrap_or(i64::MAX);
        let [mut start, mut end, step] = *node_parameters;
        if !start.known {
            start.value = 0;
        }
        if start.value < 0 {
            start.value = start.value.wrapping_add(length);
        }
        if !end.known {
            end.value = length;
        }
        if end.value < 0 || (end.value == 0 && end.derived) {
            end.value = end.value.wrapping_add(length);
        }
        if end.value == start.value {
            return Ok(results);
        }
        if start.value >= length || start.value < 0 {
            let error = JsonPathError::ArrayIndexOutOfBounds {
                index: start.value,
                length,
            };
            return fail(error, input);
        }
        if end.value > length || end.value < 0 {
            let error = JsonPathError::ArrayIndexOutOfBounds {
                index: end.value.wrapping_sub(1),
                length,
            };
            return fail(error, input);
        }
        if start.value > end.value {
            let error = JsonPathError::StartingIndexGreaterThanEndingIndex {
                start: start.value,
                end: end.value,
            };
            return fail(error, input);
        }
        let slice = usize::try_from(start.value)
            .ok()
            .zip(usize::try_from(end.value).ok())
            .and_then(|(from, to)| list.get(from..to))
            .unwrap_or(&[]);
        let step_size = if step.known {
            if step.value <= 0 {
                return fail(JsonPathError::StepMustBePositive, input);
            }
            usize::try_from(step.value).unwrap_or(usize::MAX)
        } else {
            1
        };
        results.extend(slice.iter().step_by(step_size).map(JsonPathItem::Data));
    }
    Ok(results)
}

/// client-go `evalRecursive`: every value that has children, in depth-first pre-order.
fn eval_recursive(input: Vec<JsonPathItem<'_>>) -> Vec<JsonPathItem<'_>> {
    let mut results = Vec::new();
    let mut stack = vec![input.into_iter()];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            None => {
                stack.pop();
            }
            Some(item) => {
                let children = item.children();
                if !children.is_empty() {
                    results.push(item);
                    stack.push(children.into_iter());
                }
            }
        }
    }
    results
}

// ---------------------------------------------------------------------------------------------
// Go text/template comparisons (client-go third_party/forked/golang/template/funcs.go)
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum GoBasicValue<'a> {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    String(&'a str),
}

enum GoNumber {
    Int(i64),
    Float(f64),
}

/// How apimachinery's unstructured decoder types a JSON number: `int64` when it fits, else `float64`.
fn go_number(number: &serde_json::Number) -> GoNumber {
    match number.as_i64() {
        Some(integer) => GoNumber::Int(integer),
        None => GoNumber::Float(number.as_f64().unwrap_or(0.0)),
    }
}

fn go_basic_kind(item: JsonPathItem<'_>) -> Result<GoBasicValue<'_>, JsonPathError> {
    match item {
        JsonPathItem::Data(Value::Bool(value)) => Ok(GoBasicValue::Bool(*value)),
        JsonPathItem::Bool(value) => Ok(GoBasicValue::Bool(value)),
        JsonPathItem::Data(Value::Number(number)) => Ok(match go_number(number) {
            GoNumber::Int(value) => GoBasicValue::Int(value),
            GoNumber::Float(value) => GoBasicValue::Float(value),
        }),
        JsonPathItem::Data(Value::String(text)) => Ok(GoBasicValue::String(text)),
        JsonPathItem::Text(text) => Ok(GoBasicValue::String(text)),
        JsonPathItem::Int(value) => Ok(GoBasicValue::Int(value)),
        JsonPathItem::Float(value) => Ok(GoBasicValue::Float(value)),
        JsonPathItem::Byte(value) => Ok(GoBasicValue::Uint(u64::from(value))),
        JsonPathItem::ZeroValue
        | JsonPathItem::Data(Value::Null)
        | JsonPathItem::Data(Value::Array(_))
        | JsonPathItem::Data(Value::Object(_)) => Err(JsonPathError::InvalidTypeForComparison),
    }
}

fn go_template_equal(
    left: JsonPathItem<'_>,
    right: JsonPathItem<'_>,
) -> Result<bool, JsonPathError> {
    let left = go_basic_kind(left)?;
    let right = go_basic_kind(right)?;
    match (left, right) {
        (GoBasicValue::Bool(a), GoBasicValue::Bool(b)) => Ok(a == b),
        (GoBasicValue::Int(a), GoBasicValue::Int(b)) => Ok(a == b),
        (GoBasicValue::Uint(a), GoBasicValue::Uint(b)) => Ok(a == b),
        (GoBasicValue::Float(a), GoBasicValue::Float(b)) => Ok(a == b),
        (GoBasicValue::String(a), GoBasicValue::String(b)) => Ok(a == b),
        (GoBasicValue::Int(a), GoBasicValue::Uint(b))
        | (GoBasicValue::Uint(b), GoBasicValue::Int(a)) => {
            Ok(u64::try_from(a).is_ok_and(|a| a == b))
        }
        _ => Err(JsonPathError::IncompatibleTypesForComparison),
    }
}

fn go_template_less(
    left: JsonPathItem<'_>,
    right: JsonPathItem<'_>,
) -> Result<bool, JsonPathError> {
    let left = go_basic_kind(left)?;
    let right = go_basic_kind(right)?;
    match (left, right) {
        (GoBasicValue::Bool(_), GoBasicValue::Bool(_)) => {
            Err(JsonPathError::InvalidTypeForComparison)
        }
        (GoBasicValue::Int(a), GoBasicValue::Int(b)) => Ok(a < b),
        (GoBasicValue::Uint(a), GoBasicValue::Uint(b)) => Ok(a < b),
        (GoBasicValue::Float(a), GoBasicValue::Float(b)) => Ok(a < b),
        (GoBasicValue::String(a), GoBasicValue::String(b)) => Ok(a < b),
        (GoBasicValue::Int(a), GoBasicValue::Uint(b)) => {
            Ok(u64::try_from(a).map_or(true, |a| a < b))
        }
        (GoBasicValue::Uint(a), GoBasicValue::Int(b)) => Ok(u64::try_from(b).is_ok_and(|b| a < b)),
        _ => Err(JsonPathError::IncompatibleTypesForComparison),
    }
}

fn go_template_less_equal(
    left: JsonPathItem<'_>,
    right: JsonPathItem<'_>,
) -> Result<bool, JsonPathError> {
    if go_template_less(left, right)? {
        return Ok(true);
    }
    go_template_equal(left, right)
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/// A parsed JSONPath template (client-go `jsonpath.JSONPath`).
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPath {
    template: String,
    nodes: Vec<JsonPathNode>,
    allow_missing_keys: bool,
    /// Kept from one execution to the next, as client-go keeps it.
    state: Cell<RangeState>,
}

impl JsonPath {
    /// Parses a template such as `{.items[*].metadata.name}`; missing keys are errors until
    /// [`JsonPath::with_allow_missing_keys`] says otherwise (client-go's default).
    pub fn parse(template: &str) -> Result<JsonPath, JsonPathError> {
        Ok(JsonPath {
            template: template.to_string(),
            nodes: parse_template(template)?,
            allow_missing_keys: false,
            state: Cell::default(),
        })
    }

    /// Returns the template with `AllowMissingKeys` set (kubectl sets it unless
    /// `--allow-missing-template-keys=false`; custom columns always set it).
    pub fn with_allow_missing_keys(mut self, allow_missing_keys: bool) -> JsonPath {
        self.allow_missing_keys = allow_missing_keys;
        self
    }

    /// The template text as given to [`JsonPath::parse`].
    pub fn template(&self) -> &str {
        &self.template
    }

    /// Whether missing fields and keys produce empty results instead of errors.
    pub fn allows_missing_keys(&self) -> bool {
        self.allow_missing_keys
    }

    fn find_items<'a>(
        &'a self,
        data: &'a Value,
    ) -> Result<Vec<Vec<JsonPathItem<'a>>>, JsonPathError> {
        let mut execution = JsonPathExecution {
            nodes: &self.nodes,
            allow_missing_keys: self.allow_missing_keys,
            state: self.state.get(),
        };
        let results = execution.find_results(JsonPathItem::Data(data).interface());
        self.state.set(execution.state);
        results
    }

    /// client-go `FindResults`: one result list per top-level node (text, action, range pass).
    pub fn find_result_values(
        &self,
        data: &Value,
    ) -> Result<Vec<Vec<JsonPathResultValue>>, JsonPathError> {
        Ok(self
            .find_items(data)?
            .into_iter()
            .map(|group| {
                group
                    .into_iter()
                    .map(JsonPathItem::to_result_value)
                    .collect()
            })
            .collect())
    }

    /// Like [`JsonPath::find_result_values`] but as plain JSON values.
    pub fn find_results(&self, data: &Value) -> Result<Vec<Vec<Value>>, JsonPathError> {
        Ok(self
            .find_result_values(data)?
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(JsonPathResultValue::to_json_value)
                    .collect()
            })
            .collect())
    }

    /// client-go `Execute`: the text `-o jsonpath=` prints.
    pub fn execute(&self, data: &Value) -> Result<String, JsonPathError> {
        let groups = self.find_items(data)?;
        let mut out = String::new();
        for group in &groups {
            print_results_as_text(&mut out, group);
        }
        Ok(out)
    }

    /// client-go `Execute` with `EnableJSONOutput(true)`: the text `-o jsonpath-as-json=` prints.
    pub fn execute_as_json(&self, data: &Value) -> Result<String, JsonPathError> {
        let groups = self.find_items(data)?;
        let mut out = String::new();
        for group in &groups {
            print_results_as_json(&mut out, group)?;
        }
        Ok(out)
    }
}

fn print_results_as_text(out: &mut String, group: &[JsonPathItem<'_>]) {
    for (index, item) in group.iter().enumerate() {
        match item {
            JsonPathItem::Data(value @ (Value::Object(_) | Value::Array(_))) => {
                write_go_json(out, value, None, 0);
            }
            other => write_go_eval_to_text(out, *other),
        }
        if index + 1 != group.len() {
            out.push(' ');
        }
    }
}

fn print_results_as_json(
    out: &mut String,
    group: &[JsonPathItem<'_>],
) -> Result<(), JsonPathError> {
    if group
        .iter()
        .any(|item| matches!(item, JsonPathItem::ZeroValue))
    {
        return Err(JsonPathError::ReflectCallOnZeroValue {
            method: "Interface",
        });
    }
    if group.is_empty() {
        out.push_str("[]\n");
        return Ok(());
    }
    out.push_str("[\n");
    for (index, item) in group.iter().enumerate() {
        out.push_str("    ");
        write_go_json_item(out, *item, Some("    "), 1);
        if index + 1 != group.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]\n");
    Ok(())
}

/// client-go `evalToText`: `fmt.Fprint` of a scalar.
fn write_go_eval_to_text(out: &mut String, item: JsonPathItem<'_>) {
    match item {
        JsonPathItem::ZeroValue => out.push_str("<no value>"),
        JsonPathItem::Data(Value::Null) => out.push_str("null"),
        JsonPathItem::Data(value) => write_go_verb_v(out, value),
        JsonPathItem::Text(text) => out.push_str(text),
        JsonPathItem::Int(value) => out.push_str(&value.to_string()),
        JsonPathItem::Float(value) => out.push_str(&format_go_float_verb_v(value)),
        JsonPathItem::Bool(value) => out.push_str(if value { "true" } else { "false" }),
        JsonPathItem::Byte(value) => out.push_str(&value.to_string()),
    }
}

/// kubectl `RelaxedJSONPathExpression`: accepts `metadata.name`, `.metadata.name`,
/// `{metadata.name}` and `{.metadata.name}` and returns `{.metadata.name}`; "" stays "".
pub fn relaxed_expression(path_expression: &str) -> Result<String, JsonPathError> {
    if path_expression.is_empty() {
        return Ok(String::new());
    }
    let has_no_braces = |text: &str| !text.is_empty() && !text.contains(['{', '}']);
    let relax = |text: &str| -> Option<String> {
        // `\.?` is greedy but gives the dot back when nothing would follow it.
        let field_spec = match text.strip_prefix('.') {
            Some(rest) if has_no_braces(rest) => rest,
            _ if has_no_braces(text) => text,
            _ => return None,
        };
        Some(format!("{{.{field_spec}}}"))
    };
    let braced = path_expression
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .and_then(relax);
    braced
        .or_else(|| relax(path_expression))
        .ok_or(JsonPathError::UnexpectedPathString)
}

// ---------------------------------------------------------------------------------------------
// cli-runtime printers/jsonpath.go
// ---------------------------------------------------------------------------------------------

/// An error of kubectl's JSONPath printer; `Display` is the message kubectl prints after `error: `.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPathPrinterError {
    /// `-o jsonpath=` with nothing after `=`.
    NoTemplateGiven,
    /// The template does not parse: `error parsing jsonpath <template>, <error>`.
    Parse {
        /// The template as given.
        template: String,
        /// What the parser said.
        error: JsonPathError,
    },
    /// Execution failed; `Display` includes the template and the Go `%#v` dump of the object and
    /// ends with three newlines, exactly as kubectl prints it.
    Execute {
        /// The template as given.
        template: String,
        /// What the evaluator said.
        error: JsonPathError,
        /// Go `%#v` of the object given to the engine.
        object_dump: String,
    },
    /// kubectl panics here (exit code 2); `Display` is Go's first panic line. Whatever kubectl had
    /// already written to stdout before panicking is kept in `output_before_panic`.
    GoRuntimePanic {
        /// The reflect error Go panicked with.
        error: JsonPathError,
        /// Text already printed to stdout when the panic happened.
        output_before_panic: String,
    },
}

impl fmt::Display for JsonPathPrinterError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoTemplateGiven => {
                write!(formatter, "template format specified but no template given")
            }
            Self::Parse { template, error } => {
                write!(formatter, "error parsing jsonpath {template}, {error}")
            }
            Self::Execute {
                template,
                error,
                object_dump,
            } => write!(
                formatter,
                "error executing jsonpath {}: Error executing template: {error}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\tobject given to jsonpath engine was:\n\t\t{object_dump}\n\n\n",
                go_quote(template)
            ),
            Self::GoRuntimePanic { error, .. } => write!(formatter, "panic: {error}"),
        }
    }
}

impl std::error::Error for JsonPathPrinterError {}

/// cli-runtime `JSONPathPrinter` as configured by `-o jsonpath=` / `-o jsonpath-as-json=`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPathPrinter {
    json_path: JsonPath,
    output_json: bool,
}

impl JsonPathPrinter {
    /// Parses the template; `allow_missing_keys` is `--allow-missing-template-keys` (default true),
    /// `output_json` selects `jsonpath-as-json`.
    pub fn new(
        template: &str,
        allow_missing_keys: bool,
        output_json: bool,
    ) -> Result<JsonPathPrinter, JsonPathPrinterError> {
        if template.is_empty() {
            return Err(JsonPathPrinterError::NoTemplateGiven);
        }
        let json_path = JsonPath::parse(template)
            .map_err(|error| JsonPathPrinterError::Parse {
                template: template.to_string(),
                error,
            })?
            .with_allow_missing_keys(allow_missing_keys);
        Ok(JsonPathPrinter {
            json_path,
            output_json,
        })
    }

    /// Prints one object (kubectl prints each object of `-f` separately; `get` wraps lists first).
    pub fn print_object(&self, object: &Value) -> Result<String, JsonPathPrinterError> {
        let template = self.json_path.template();
        let groups = self.json_path.find_items(object).map_err(|error| {
            if let JsonPathError::ReflectCallOnZeroValue { .. } = error {
                return JsonPathPrinterError::GoRuntimePanic {
                    error,
                    output_before_panic: String::new(),
                };
            }
            JsonPathPrinterError::Execute {
                template: template.to_string(),
                error,
                object_dump: format_go_sharp_v(object),
            }
        })?;
        let mut out = String::new();
        for group in &groups {
            if self.output_json {
                if let Err(error) = print_results_as_json(&mut out, group) {
                    return Err(JsonPathPrinterError::GoRuntimePanic {
                        error,
                        output_before_panic: out,
                    });
                }
            } else {
                print_results_as_text(&mut out, group);
            }
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------------
// Go formatting: fmt %v, fmt %#v, strconv.Quote, encoding/json
// ---------------------------------------------------------------------------------------------

/// Go `fmt.Sprint` of an unstructured value (`map[k:v]`, `[a b]`, `<nil>`).
pub fn format_go_verb_v(value: &Value) -> String {
    let mut out = String::new();
    write_go_verb_v(&mut out, value);
    out
}

fn write_go_verb_v(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("<nil>"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => write_go_number_verb_v(out, number),
        Value::String(text) => out.push_str(text),
        Value::Array(list) => {
            out.push('[');
            for (index, element) in list.iter().enumerate() {
                if index > 0 {
                    out.push(' ');
                }
                write_go_verb_v(out, element);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push_str("map[");
            for (index, (key, element)) in map.iter().enumerate() {
                if index > 0 {
                    out.push(' ');
                }
                out.push_str(key);
                out.push(':');
                write_go_verb_v(out, element);
            }
            out.push(']');
        }
    }
}

fn write_go_number_verb_v(out: &mut String, number: &serde_json::Number) {
    match go_number(number) {
        GoNumber::Int(value) => out.push_str(&value.to_string()),
        GoNumber::Float(value) => out.push_str(&format_go_float_verb_v(value)),
    }
}

/// Go `%v` of a `reflect.Value` (used in the "cannot be filtered" message).
fn format_go_reflect_value_verb_v(item: JsonPathItem<'_>) -> String {
    let mut out = String::new();
    match item {
        JsonPathItem::ZeroValue => out.push_str("<invalid reflect.Value>"),
        JsonPathItem::Data(value) => write_go_verb_v(&mut out, value),
        other => write_go_eval_to_text(&mut out, other),
    }
    out
}

/// Go `fmt.Sprintf("%#v", object)` of an unstructured object, as in the jsonpath error dump.
pub fn format_go_sharp_v(value: &Value) -> String {
    let mut out = String::new();
    write_go_sharp_v(&mut out, value);
    out
}

fn write_go_sharp_v(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("interface {}(nil)"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => write_go_number_verb_v(out, number),
        Value::String(text) => out.push_str(&go_quote(text)),
        Value::Array(list) => {
            out.push_str("[]interface {}{");
            for (index, element) in list.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                write_go_sharp_v(out, element);
            }
            out.push('}');
        }
        Value::Object(map) => {
            out.push_str("map[string]interface {}{");
            for (index, (key, element)) in map.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                out.push_str(&go_quote(key));
                out.push(':');
                write_go_sharp_v(out, element);
            }
            out.push('}');
        }
    }
}

/// Go `strconv.Quote` (also `%q` of a string): the crate's one implementation.
pub fn go_quote(text: &str) -> String {
    crate::validation::go_quote(text)
}

/// Go `%#U`: `U+0023 '#'` for printable characters, `U+0009` otherwise.
fn format_go_sharp_unicode(character: char) -> String {
    let code = u32::from(character);
    if go_is_print(character) {
        format!("U+{code:04X} '{character}'")
    } else {
        format!("U+{code:04X}")
    }
}

/// Go `strconv.IsPrint` (the crate's one table).
fn go_is_print(character: char) -> bool {
    crate::validation::go_is_print(character)
}

/// Go `fmt.Sprint(float64)` (`strconv.FormatFloat(f, 'g', -1, 64)`): `0.5`, `1e+06`, `1e-07`.
pub fn format_go_float_verb_v(value: f64) -> String {
    crate::printers::json::go_format_float(value, crate::printers::json::GoFloatFormat::General)
}

/// Go `encoding/json` float64: fixed notation for 1e-6 <= |f| < 1e21, else `1e-7` / `1e+21`.
pub fn format_go_json_float(value: f64) -> String {
    crate::printers::json::go_json_float(value)
}

/// Go `json.Marshal` (compact, `indent == None`) or `json.MarshalIndent(v, "", indent)`.
pub fn format_go_json(value: &Value, indent: Option<&str>) -> String {
    let mut out = String::new();
    write_go_json(&mut out, value, indent, 0);
    out
}

fn write_go_json_item(
    out: &mut String,
    item: JsonPathItem<'_>,
    indent: Option<&str>,
    depth: usize,
) {
    match item {
        JsonPathItem::ZeroValue => out.push_str("null"),
        JsonPathItem::Data(value) => write_go_json(out, value, indent, depth),
        JsonPathItem::Text(text) => write_go_json_string(out, text),
        JsonPathItem::Int(value) => out.push_str(&value.to_string()),
        JsonPathItem::Float(value) => out.push_str(&format_go_json_float(value)),
        JsonPathItem::Bool(value) => out.push_str(if value { "true" } else { "false" }),
        JsonPathItem::Byte(value) => out.push_str(&value.to_string()),
    }
}

fn write_go_json_newline(out: &mut String, indent: Option<&str>, depth: usize) {
    if let Some(indent) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(indent);
        }
    }
}

fn write_go_json(out: &mut String, value: &Value, indent: Option<&str>, depth: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => match go_number(number) {
            GoNumber::Int(integer) => out.push_str(&integer.to_string()),
            GoNumber::Float(float) => out.push_str(&format_go_json_float(float)),
        },
        Value::String(text) => write_go_json_string(out, text),
        Value::Array(list) => {
            out.push('[');
            for (index, element) in list.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_go_json_newline(out, indent, depth + 1);
                write_go_json(out, element, indent, depth + 1);
            }
            if !list.is_empty() {
                write_go_json_newline(out, indent, depth);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (index, (key, element)) in map.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_go_json_newline(out, indent, depth + 1);
                write_go_json_string(out, key);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write_go_json(out, element, indent, depth + 1);
            }
            if !map.is_empty() {
                write_go_json_newline(out, indent, depth);
            }
            out.push('}');
        }
    }
}

/// Go `encoding/json` string encoding with HTML escaping (`<`, `>`, `&`, U+2028, U+2029).
fn write_go_json_string(out: &mut String, text: &str) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(character)));
            }
            _ if u32::from(character) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(character)));
            }
            _ => out.push(character),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[path = "jsonpath_tests.rs"]
mod tests;
