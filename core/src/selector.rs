//! Label selectors and field selectors, ported from apimachinery v1.37 `pkg/labels`
//! (`selector.go`, `labels.go`), `pkg/selection` and `pkg/fields` (`selector.go`): the lexer,
//! the parser with every error message, requirement validation, matching, and the canonical
//! `String()` forms.
//!
//! The error `Display` texts are exactly Go's `err.Error()`. kubectl shows them in two ways:
//! * parsed client-side (`kubectl top pod -l …`, `kubectl drain --pod-selector …` first parses):
//!   `error: <Display>`;
//! * parsed by the API server (`kubectl get/delete/label … -l/--field-selector …`, sent verbatim
//!   after trimming spaces): `Error from server (BadRequest): ` followed by
//!   [`list_error_message`]`(gvr, label_selector, field_selector, &error.to_string())`, e.g.
//!   `Unable to find "/v1, Resource=pods" that match label selector "app:monolith", field
//!   selector "": unable to parse requirement: <nil>: Invalid value: "app:monolith": …`.
//!
//! It deliberately does not know which fields a kind supports in field selectors, nor how to
//! read a field's value from an object: callers pass a field-label conversion to
//! [`FieldSelector::transform`] and the object's field values to [`FieldSelector::matches`].
//! Go's `sort.Sort` is not stable for more than 12 requirements; here ties between requirements
//! with the same key always keep their input order.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::validation::{
    go_quote, is_qualified_name, is_valid_label_value, FieldError, FieldErrors, FieldPath,
    FieldValue, NIL_FIELD_PATH,
};

// ---------------------------------------------------------------------------------------------
// Operators and requirements
// ---------------------------------------------------------------------------------------------

/// A key's relationship to its values (`selection.Operator`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Operator {
    /// `key=value`: the label exists and equals the value.
    Equals,
    /// `key==value`: the same as `=`, printed back as `==`.
    DoubleEquals,
    /// `key!=value`: the label is absent or differs.
    NotEquals,
    /// `key in (a,b)`: the label exists and is one of the values.
    In,
    /// `key notin (a,b)`: the label is absent or none of the values.
    NotIn,
    /// `key`: the label exists.
    Exists,
    /// `!key`: the label does not exist.
    DoesNotExist,
    /// `key>N`: the label is an integer greater than N.
    GreaterThan,
    /// `key<N`: the label is an integer less than N.
    LessThan,
}

impl Operator {
    /// The `selection.Operator` string: `=`, `==`, `!=`, `in`, `notin`, `exists`, `!`, `gt`, `lt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Equals => "=",
            Operator::DoubleEquals => "==",
            Operator::NotEquals => "!=",
            Operator::In => "in",
            Operator::NotIn => "notin",
            Operator::Exists => "exists",
            Operator::DoesNotExist => "!",
            Operator::GreaterThan => "gt",
            Operator::LessThan => "lt",
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The binary operators in the order upstream lists them in `found '…', expected: …`.
const BINARY_OPERATORS_TEXT: &str = "in, notin, =, ==, !=, gt, lt";

/// One term of a label selector (`labels.Requirement`). Build it with [`Requirement::new`] (which
/// validates) or by [`parse`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Requirement {
    /// The label key.
    pub key: String,
    /// How the key relates to the values.
    pub operator: Operator,
    /// The values (sorted, unique; empty for `Exists`/`DoesNotExist`; `{""}` for `in ()`).
    pub values: BTreeSet<String>,
}

impl Requirement {
    /// `NewRequirement(key, op, values)` with a nil field path: the key must be a valid label key,
    /// each value a valid label value; `in`/`notin` need at least one value, `=`/`==`/`!=`
    /// exactly one, exists/does-not-exist none, `gt`/`lt` exactly one integer. The error lists
    /// every failure (field paths `key`, `values`, `values[i]`, `values[i][key]`).
    pub fn new<I, S>(key: &str, operator: Operator, values: I) -> Result<Requirement, FieldErrors>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let values: Vec<String> = values.into_iter().map(Into::into).collect();
        let mut errors = FieldErrors::new();
        let key_messages = is_qualified_name(key);
        if !key_messages.is_empty() {
            errors.push(FieldError::invalid(
                FieldPath::new("key"),
                key,
                &key_messages.join("; "),
            ));
        }
        let values_path = FieldPath::new("values");
        let n_values = values.len();
        match operator {
            Operator::In | Operator::NotIn => {
                if n_values == 0 {
                    errors.push(FieldError::invalid(
                        &values_path,
                        FieldValue::StringList(values.clone()),
                        "for 'in', 'notin' operators, values set can't be empty",
                    ));
                }
            }
            Operator::Equals | Operator::DoubleEquals | Operator::NotEquals => {
                if n_values != 1 {
                    errors.push(FieldError::invalid(
                        &values_path,
                        FieldValue::StringList(values.clone()),
                        "exact-match compatibility requires one single value",
                    ));
                }
            }
            Operator::Exists | Operator::DoesNotExist => {
                if n_values != 0 {
                    errors.push(FieldError::invalid(
                        &values_path,
                        FieldValue::StringList(values.clone()),
                        "values set must be empty for exists and does not exist",
                    ));
                }
            }
            Operator::GreaterThan | Operator::LessThan => {
                if n_values != 1 {
                    errors.push(FieldError::invalid(
                        &values_path,
                        FieldValue::StringList(values.clone()),
                        "for 'Gt', 'Lt' operators, exactly one value is required",
                    ));
                }
                for (position, value) in values.iter().enumerate() {
                    if go_parse_int64(value).is_none() {
                        errors.push(FieldError::invalid(
                            values_path.index(position),
                            value,
                            "for 'Gt', 'Lt' operators, the value must be an integer",
                        ));
                    }
                }
            }
        }
        for (position, value) in values.iter().enumerate() {
            let value_messages = is_valid_label_value(value);
            if !value_messages.is_empty() {
                errors.push(FieldError::invalid(
                    values_path.index(position).key(key),
                    value,
                    &value_messages.join("; "),
                ));
            }
        }
        if errors.is_empty() {
            Ok(Requirement {
                key: key.to_string(),
                operator,
                values: crate::sort::set_from(values),
            })
        } else {
            Err(errors)
        }
    }

    /// `Requirement.Matches`. `=`, `==`, `in`: present and one of the values; `!=`, `notin`:
    /// absent or none of the values; `gt`/`lt`: present, both sides parse as int64 and compare.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        let label = labels.get(&self.key);
        match self.operator {
            Operator::In | Operator::Equals | Operator::DoubleEquals => {
                label.is_some_and(|value| self.values.contains(value))
            }
            Operator::NotIn | Operator::NotEquals => {
                label.is_none_or(|value| !self.values.contains(value))
            }
            Operator::Exists => label.is_some(),
            Operator::DoesNotExist => label.is_none(),
            Operator::GreaterThan | Operator::LessThan => {
                let Some(label_number) = label.and_then(|value| go_parse_int64(value)) else {
                    return false;
                };
                if self.values.len() != 1 {
                    return false;
                }
                let Some(wanted) = self
                    .values
                    .iter()
                    .next()
                    .and_then(|value| go_parse_int64(value))
                else {
                    return false;
                };
                match self.operator {
                    Operator::GreaterThan => label_number > wanted,
                    _ => label_number < wanted,
                }
            }
        }
    }
}

impl fmt::Display for Requirement {
    /// `Requirement.String()`: `!k`, `k`, `k=v`, `k==v`, `k!=v`, `k>1`, `k<1`,
    /// `k in (a,b)`, `k notin (a,b)` (values sorted, no spaces).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.operator == Operator::DoesNotExist {
            f.write_str("!")?;
        }
        f.write_str(&self.key)?;
        let (operator_text, parenthesized) = match self.operator {
            Operator::Equals => ("=", false),
            Operator::DoubleEquals => ("==", false),
            Operator::NotEquals => ("!=", false),
            Operator::In => (" in ", true),
            Operator::NotIn => (" notin ", true),
            Operator::GreaterThan => (">", false),
            Operator::LessThan => ("<", false),
            Operator::Exists | Operator::DoesNotExist => return Ok(()),
        };
        f.write_str(operator_text)?;
        if parenthesized {
            f.write_str("(")?;
        }
        let values: Vec<&str> = self.values.iter().map(String::as_str).collect();
        f.write_str(&values.join(","))?;
        if parenthesized {
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// Go's `strconv.ParseInt(s, 10, 64)`: optional `+`/`-`, decimal digits, no underscores or
/// spaces, within int64.
fn go_parse_int64(value: &str) -> Option<i64> {
    value.parse::<i64>().ok()
}

// ---------------------------------------------------------------------------------------------
// Selector
// ---------------------------------------------------------------------------------------------

/// A label selector: the AND of its requirements, sorted by key (`labels.internalSelector`).
/// The empty selector matches everything. `Display` is the canonical `Selector.String()`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Selector(pub Vec<Requirement>);

impl Selector {
    /// `labels.Everything()`: no requirements, matches every label set.
    pub fn everything() -> Selector {
        Selector(Vec::new())
    }

    /// `labels.Parse`: see [`parse`].
    pub fn parse(selector: &str) -> Result<Selector, SelectorError> {
        parse(selector)
    }

    /// `SelectorFromSet` / `SelectorFromValidatedSet`: one `k=v` requirement per entry, no
    /// validation (as for a ReplicationController selector or a nodeSelector).
    pub fn from_set(labels: &BTreeMap<String, String>) -> Selector {
        Selector(
            labels
                .iter()
                .map(|(key, value)| Requirement {
                    key: key.clone(),
                    operator: Operator::Equals,
                    values: crate::sort::set_of(value.clone()),
                })
                .collect(),
        )
    }

    /// `ValidatedSelectorFromSet`: like [`Selector::from_set`] but every entry must be a valid
    /// `k=v` requirement; the first invalid entry (in key order) is the error.
    pub fn validated_from_set(
        labels: &BTreeMap<String, String>,
    ) -> Result<Selector, SelectorError> {
        let mut requirements = Vec::new();
        for (key, value) in labels {
            let requirement = Requirement::new(key, Operator::Equals, [value.as_str()])
                .map_err(SelectorError::Invalid)?;
            requirements.push(requirement);
        }
        Ok(Selector(requirements))
    }

    /// True if every requirement matches (`Selector.Matches`).
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.0.iter().all(|requirement| requirement.matches(labels))
    }

    /// `Selector.Empty()`: no requirements.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Selector.Add`: a copy with more requirements, re-sorted by key (ties keep their order).
    pub fn add(&self, requirements: impl IntoIterator<Item = Requirement>) -> Selector {
        let mut all = self.0.clone();
        all.extend(requirements);
        sort_by_key(&mut all);
        Selector(all)
    }

    /// `Selector.RequiresExactMatch`: for the first requirement on `key`, its single value if the
    /// operator is `=`, `==` or `in` with exactly one value.
    pub fn requires_exact_match(&self, key: &str) -> Option<&str> {
        let requirement = self.0.iter().find(|requirement| requirement.key == key)?;
        match requirement.operator {
            Operator::Equals | Operator::DoubleEquals | Operator::In
                if requirement.values.len() == 1 =>
            {
                requirement.values.iter().next().map(String::as_str)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Selector {
    /// The requirements' strings joined by `,` (empty for the empty selector).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, requirement) in self.0.iter().enumerate() {
            if position > 0 {
                f.write_str(",")?;
            }
            write!(f, "{requirement}")?;
        }
        Ok(())
    }
}

/// Sorts by key like `sort.Sort(ByKey(...))`; stable (Go's is stable up to 12 elements).
fn sort_by_key(requirements: &mut [Requirement]) {
    crate::sort::sort_by(requirements, |left, right| left.key.cmp(&right.key));
}

/// `labels.Set(labels).String()`: `k=v` entries sorted as whole strings, joined by `,`.
pub fn labels_to_string(labels: &BTreeMap<String, String>) -> String {
    let mut entries: Vec<String> = labels
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    crate::sort::sort(&mut entries);
    entries.join(",")
}

/// `labels.FormatLabels`: [`labels_to_string`], or `<none>` when that is empty (the `LABELS`
/// column of `--show-labels`, `Selector:` in describe). Note `app.x=1` sorts before `app=1`.
pub fn format_labels(labels: &BTreeMap<String, String>) -> String {
    let formatted = labels_to_string(labels);
    if formatted.is_empty() {
        "<none>".to_string()
    } else {
        formatted
    }
}

/// `labels.ConvertSelectorToLabelsMap`: `k=v,k2=v2` (spaces around keys and values trimmed) to a
/// map. Errors: `invalid selector: [a b c]` for a term without exactly one `=`, then the key
/// (`<nil>: Invalid value: …`) and value (`[k]: Invalid value: …`) checks.
pub fn convert_selector_to_labels_map(
    selector: &str,
) -> Result<BTreeMap<String, String>, SelectorError> {
    let mut labels = BTreeMap::new();
    if selector.is_empty() {
        return Ok(labels);
    }
    for label in selector.split(',') {
        let parts: Vec<&str> = label.split('=').collect();
        let [raw_key, raw_value] = parts.as_slice() else {
            return Err(SelectorError::InvalidSelectorTerm {
                parts: parts.iter().map(|part| part.to_string()).collect(),
            });
        };
        let key = raw_key.trim();
        let key_messages = is_qualified_name(key);
        if !key_messages.is_empty() {
            return Err(SelectorError::Invalid(FieldErrors(vec![
                FieldError::invalid(NIL_FIELD_PATH, key, &key_messages.join("; ")),
            ])));
        }
        let value = raw_value.trim();
        let value_messages = is_valid_label_value(value);
        if !value_messages.is_empty() {
            return Err(SelectorError::Invalid(FieldErrors(vec![
                FieldError::invalid(format!("[{key}]"), value, &value_messages.join("; ")),
            ])));
        }
        labels.insert(key.to_string(), value.to_string());
    }
    Ok(labels)
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// What the parser wanted where it found something else; `Display` is upstream's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExpectedToken {
    /// At the start of a requirement: `!, identifier, or 'end of string'`.
    RequirementStart,
    /// After a requirement: `',' or 'end of string'`.
    CommaOrEnd,
    /// After a comma: `identifier after ','`.
    IdentifierAfterComma,
    /// After a key: `in, notin, =, ==, !=, gt, lt`.
    Operator,
    /// A key or an exact-match value: `identifier`.
    Identifier,
    /// Right after `(`: `',', ')' or identifier`.
    ValueListStart,
    /// After a value in a list: `',' or ')'`.
    CommaOrCloseParenthesis,
    /// Closing a value list (unreachable upstream, kept for fidelity): `')'`.
    CloseParenthesis,
    /// Inside a value list after a comma: `',', or identifier` (sic).
    CommaOrIdentifier,
}

impl fmt::Display for ExpectedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExpectedToken::RequirementStart => "!, identifier, or 'end of string'",
            ExpectedToken::CommaOrEnd => "',' or 'end of string'",
            ExpectedToken::IdentifierAfterComma => "identifier after ','",
            ExpectedToken::Operator => BINARY_OPERATORS_TEXT,
            ExpectedToken::Identifier => "identifier",
            ExpectedToken::ValueListStart => "',', ')' or identifier",
            ExpectedToken::CommaOrCloseParenthesis => "',' or ')'",
            ExpectedToken::CloseParenthesis => "')'",
            ExpectedToken::CommaOrIdentifier => "',', or identifier",
        })
    }
}

/// Why one requirement of a label selector could not be parsed (the part after
/// `unable to parse requirement: `).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RequirementError {
    /// A token out of place: `found '<found>', expected: <expected>` (`''` at end of input).
    UnexpectedToken {
        /// The literal found (empty at end of input).
        found: String,
        /// What was expected.
        expected: ExpectedToken,
    },
    /// `in`/`notin` not followed by `(`: `found '<found>' expected: '('` (no comma, sic).
    MissingOpenParenthesis {
        /// The literal found instead.
        found: String,
    },
    /// The key or values failed validation: the field errors' aggregate text, e.g.
    /// `<nil>: Invalid value: "app:x": name part must …` or `values[0][x]: Invalid value: …`.
    Invalid(FieldErrors),
}

impl fmt::Display for RequirementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequirementError::UnexpectedToken { found, expected } => {
                write!(f, "found '{found}', expected: {expected}")
            }
            RequirementError::MissingOpenParenthesis { found } => {
                write!(f, "found '{found}' expected: '('")
            }
            RequirementError::Invalid(errors) => write!(f, "{errors}"),
        }
    }
}

impl std::error::Error for RequirementError {}

/// A label or field selector that could not be parsed or validated. `Display` is exactly
/// upstream's `err.Error()` (kubectl prints it after `error: `, or inside
/// [`list_error_message`] when the server parsed it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SelectorError {
    /// Label selector: a token out of place between requirements:
    /// `found '<found>', expected: <expected>`.
    UnexpectedToken {
        /// The literal found (empty at end of input).
        found: String,
        /// What was expected.
        expected: ExpectedToken,
    },
    /// Label selector: `unable to parse requirement: <cause>`.
    Requirement(RequirementError),
    /// A set of labels failed validation (`ValidatedSelectorFromSet`,
    /// `ConvertSelectorToLabelsMap`): the field errors' aggregate text.
    Invalid(FieldErrors),
    /// `ConvertSelectorToLabelsMap`: a term without exactly one `=`: `invalid selector: [a b c]`.
    InvalidSelectorTerm {
        /// The term split on `=`.
        parts: Vec<String>,
    },
    /// Field selector: a term without `=`, `==` or `!=`:
    /// `invalid selector: '<selector>'; can't understand '<term>'`.
    FieldSelectorTerm {
        /// The whole selector as given.
        selector: String,
        /// The term that has no operator.
        term: String,
    },
    /// Field selector: a backslash not followed by `\`, `,` or `=`, or a trailing backslash:
    /// `invalid field selector: invalid escape sequence: <sequence>`.
    InvalidEscapeSequence {
        /// The backslash and the character after it (or just `\`).
        sequence: String,
    },
    /// Field selector: an unescaped `=` (or `,`) in a value:
    /// `invalid field selector: unescaped character in value: 61` (Go prints the rune number).
    UnescapedCharacter {
        /// The offending character.
        character: char,
    },
}

impl fmt::Display for SelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SelectorError::UnexpectedToken { found, expected } => {
                write!(f, "found '{found}', expected: {expected}")
            }
            SelectorError::Requirement(cause) => write!(f, "unable to parse requirement: {cause}"),
            SelectorError::Invalid(errors) => write!(f, "{errors}"),
            SelectorError::InvalidSelectorTerm { parts } => {
                write!(f, "invalid selector: [{}]", parts.join(" "))
            }
            SelectorError::FieldSelectorTerm { selector, term } => {
                write!(
                    f,
                    "invalid selector: '{selector}'; can't understand '{term}'"
                )
            }
            SelectorError::InvalidEscapeSequence { sequence } => {
                write!(
                    f,
                    "invalid field selector: invalid escape sequence: {sequence}"
                )
            }
            SelectorError::UnescapedCharacter { character } => write!(
                f,
                "invalid field selector: unescaped character in value: {}",
                u32::from(*character)
            ),
        }
    }
}

impl std::error::Error for SelectorError {}

/// cli-runtime `EnhanceListError` for a 400/404 on a list: with a selector,
/// `Unable to find "<subject>" that match label selector "<l>", field selector "<f>": <message>`;
/// without, `Unable to list "<subject>": <message>`. `subject` is the GroupVersionResource string
/// (`/v1, Resource=pods`, `apps/v1, Resource=deployments`); the selectors are as sent (trimmed).
/// kubectl prints the result after `Error from server (BadRequest): `.
pub fn list_error_message(
    subject: &str,
    label_selector: &str,
    field_selector: &str,
    message: &str,
) -> String {
    if label_selector.is_empty() && field_selector.is_empty() {
        format!("Unable to list {}: {message}", go_quote(subject))
    } else {
        format!(
            "Unable to find {} that match label selector {}, field selector {}: {message}",
            go_quote(subject),
            go_quote(label_selector),
            go_quote(field_selector)
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Error,
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ScannedItem {
    token: Token,
    literal: String,
}

/// `string2token`: the literal tokens.
fn literal_token(literal: &[u8]) -> Option<Token> {
    Some(match literal {
        b")" => Token::ClosedPar,
        b"," => Token::Comma,
        b"!" => Token::DoesNotExist,
        b"==" => Token::DoubleEquals,
        b"=" => Token::Equals,
        b">" => Token::GreaterThan,
        b"in" => Token::In,
        b"<" => Token::LessThan,
        b"!=" => Token::NotEquals,
        b"notin" => Token::NotIn,
        b"(" => Token::OpenPar,
        _ => return None,
    })
}

/// Only these four bytes are whitespace to the lexer.
fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_special_symbol(byte: u8) -> bool {
    matches!(byte, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

fn bytes_to_string(bytes: &[u8]) -> String {
    // Tokens are cut at ASCII bytes, so they are always whole UTF-8 sequences.
    String::from_utf8_lossy(bytes).into_owned()
}

/// The byte-wise lexer. Like upstream, `read` returns 0 at the end of input, and a NUL byte in
/// the input reads as 0 too: it ends an identifier, and where a token would start it ends the
/// token stream.
struct Lexer<'a> {
    input: &'a [u8],
    position: usize,
}

impl Lexer<'_> {
    fn read(&mut self) -> u8 {
        match self.input.get(self.position) {
            Some(&byte) => {
                self.position += 1;
                byte
            }
            None => 0,
        }
    }

    fn unread(&mut self) {
        self.position = self.position.saturating_sub(1);
    }

    fn scan_identifier_or_keyword(&mut self) -> ScannedItem {
        let mut buffer = Vec::new();
        loop {
            let byte = self.read();
            if byte == 0 {
                break;
            }
            if is_special_symbol(byte) || is_whitespace(byte) {
                self.unread();
                break;
            }
            buffer.push(byte);
        }
        let token = literal_token(&buffer).unwrap_or(Token::Identifier);
        ScannedItem {
            token,
            literal: bytes_to_string(&buffer),
        }
    }

    /// Longest match among the special-symbol tokens.
    fn scan_special_symbol(&mut self) -> ScannedItem {
        let mut buffer = Vec::new();
        let mut last: Option<ScannedItem> = None;
        loop {
            let byte = self.read();
            if byte == 0 {
                break;
            }
            if !is_special_symbol(byte) {
                self.unread();
                break;
            }
            buffer.push(byte);
            if let Some(token) = literal_token(&buffer) {
                last = Some(ScannedItem {
                    token,
                    literal: bytes_to_string(&buffer),
                });
            } else if last.is_some() {
                self.unread();
                break;
            }
        }
        last.unwrap_or_else(|| ScannedItem {
            token: Token::Error,
            literal: format!(
                "error expected: keyword found '{}'",
                bytes_to_string(&buffer)
            ),
        })
    }

    fn lex(&mut self) -> ScannedItem {
        let mut byte = self.read();
        while is_whitespace(byte) {
            byte = self.read();
        }
        if byte == 0 {
            return ScannedItem {
                token: Token::EndOfString,
                literal: String::new(),
            };
        }
        self.unread();
        if is_special_symbol(byte) {
            self.scan_special_symbol()
        } else {
            self.scan_identifier_or_keyword()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

/// Where the parser is: `in`/`notin` are operators only in `KeyAndOperator` context, and plain
/// identifiers in `Values` context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParserContext {
    KeyAndOperator,
    Values,
}

struct Parser {
    scanned_items: Vec<ScannedItem>,
    position: usize,
}

impl Parser {
    fn new(selector: &str) -> Parser {
        let mut lexer = Lexer {
            input: selector.as_bytes(),
            position: 0,
        };
        let mut scanned_items = Vec::new();
        loop {
            let item = lexer.lex();
            let done = item.token == Token::EndOfString;
            scanned_items.push(item);
            if done {
                break;
            }
        }
        Parser {
            scanned_items,
            position: 0,
        }
    }

    fn item_at(&self, position: usize, context: ParserContext) -> (Token, String) {
        let (token, literal) = match self.scanned_items.get(position) {
            Some(item) => (item.token, item.literal.clone()),
            None => (Token::EndOfString, String::new()),
        };
        match (context, token) {
            (ParserContext::Values, Token::In | Token::NotIn) => (Token::Identifier, literal),
            _ => (token, literal),
        }
    }

    fn lookahead(&self, context: ParserContext) -> (Token, String) {
        self.item_at(self.position, context)
    }

    fn consume(&mut self, context: ParserContext) -> (Token, String) {
        let item = self.item_at(self.position, context);
        self.position += 1;
        item
    }

    fn parse(&mut self) -> Result<Vec<Requirement>, SelectorError> {
        let mut requirements = Vec::new();
        loop {
            let (token, literal) = self.lookahead(ParserContext::Values);
            match token {
                Token::Identifier | Token::DoesNotExist => {
                    let requirement = self
                        .parse_requirement()
                        .map_err(SelectorError::Requirement)?;
                    requirements.push(requirement);
                    let (token, literal) = self.consume(ParserContext::Values);
                    match token {
                        Token::EndOfString => return Ok(requirements),
                        Token::Comma => {
                            let (next, next_literal) = self.lookahead(ParserContext::Values);
                            if next != Token::Identifier && next != Token::DoesNotExist {
                                return Err(SelectorError::UnexpectedToken {
                                    found: next_literal,
                                    expected: ExpectedToken::IdentifierAfterComma,
                                });
                            }
                        }
                        _ => {
                            return Err(SelectorError::UnexpectedToken {
                                found: literal,
                                expected: ExpectedToken::CommaOrEnd,
                            })
                        }
                    }
                }
                Token::EndOfString => return Ok(requirements),
                _ => {
                    return Err(SelectorError::UnexpectedToken {
                        found: literal,
                        expected: ExpectedToken::RequirementStart,
                    })
                }
            }
        }
    }

    fn parse_requirement(&mut self) -> Result<Requirement, RequirementError> {
        let (key, inferred) = self.parse_key_and_infer_operator()?;
        if let Some(operator @ (Operator::Exists | Operator::DoesNotExist)) = inferred {
            return Requirement::new(&key, operator, Vec::<String>::new())
                .map_err(RequirementError::Invalid);
        }
        let operator = self.parse_operator()?;
        let values = match operator {
            Operator::In | Operator::NotIn => self.parse_values()?,
            _ => self.parse_exact_value()?,
        };
        Requirement::new(&key, operator, values).map_err(RequirementError::Invalid)
    }

    /// Reads `[!]KEY` and validates the key; infers `Exists` when the key is followed by the end
    /// or a comma. `Some(DoesNotExist)` is kept even when an operator follows (`!x=a`): the
    /// requirement ends after the key and the `=` is then reported at selector level.
    fn parse_key_and_infer_operator(
        &mut self,
    ) -> Result<(String, Option<Operator>), RequirementError> {
        let mut operator = None;
        let (mut token, mut literal) = self.consume(ParserContext::Values);
        if token == Token::DoesNotExist {
            operator = Some(Operator::DoesNotExist);
            (token, literal) = self.consume(ParserContext::Values);
        }
        if token != Token::Identifier {
            return Err(RequirementError::UnexpectedToken {
                found: literal,
                expected: ExpectedToken::Identifier,
            });
        }
        let key_messages = is_qualified_name(&literal);
        if !key_messages.is_empty() {
            return Err(RequirementError::Invalid(FieldErrors(vec![
                FieldError::invalid(NIL_FIELD_PATH, literal.as_str(), &key_messages.join("; ")),
            ])));
        }
        let (next, _) = self.lookahead(ParserContext::Values);
        if (next == Token::EndOfString || next == Token::Comma)
            && operator != Some(Operator::DoesNotExist)
        {
            operator = Some(Operator::Exists);
        }
        Ok((literal, operator))
    }

    fn parse_operator(&mut self) -> Result<Operator, RequirementError> {
        let (token, literal) = self.consume(ParserContext::KeyAndOperator);
        Ok(match token {
            Token::In => Operator::In,
            Token::Equals => Operator::Equals,
            Token::DoubleEquals => Operator::DoubleEquals,
            Token::GreaterThan => Operator::GreaterThan,
            Token::LessThan => Operator::LessThan,
            Token::NotIn => Operator::NotIn,
            Token::NotEquals => Operator::NotEquals,
            _ => {
                return Err(RequirementError::UnexpectedToken {
                    found: literal,
                    expected: ExpectedToken::Operator,
                })
            }
        })
    }

    /// `( values )`: `()` is the set `{""}`.
    fn parse_values(&mut self) -> Result<BTreeSet<String>, RequirementError> {
        let (token, literal) = self.consume(ParserContext::Values);
        if token != Token::OpenPar {
            return Err(RequirementError::MissingOpenParenthesis { found: literal });
        }
        let (token, literal) = self.lookahead(ParserContext::Values);
        match token {
            Token::Identifier | Token::Comma => {
                let values = self.parse_identifiers_list()?;
                let (token, _) = self.consume(ParserContext::Values);
                if token != Token::ClosedPar {
                    return Err(RequirementError::UnexpectedToken {
                        found: literal,
                        expected: ExpectedToken::CloseParenthesis,
                    });
                }
                Ok(values)
            }
            Token::ClosedPar => {
                self.consume(ParserContext::Values);
                Ok(crate::sort::set_of(String::new()))
            }
            _ => Err(RequirementError::UnexpectedToken {
                found: literal,
                expected: ExpectedToken::ValueListStart,
            }),
        }
    }

    /// A possibly empty, comma-separated list of possibly empty values; stops before `)`.
    fn parse_identifiers_list(&mut self) -> Result<BTreeSet<String>, RequirementError> {
        let mut values = BTreeSet::new();
        loop {
            let (token, literal) = self.consume(ParserContext::Values);
            match token {
                Token::Identifier => {
                    values.insert(literal);
                    let (next, next_literal) = self.lookahead(ParserContext::Values);
                    match next {
                        Token::Comma => continue,
                        Token::ClosedPar => return Ok(values),
                        _ => {
                            return Err(RequirementError::UnexpectedToken {
                                found: next_literal,
                                expected: ExpectedToken::CommaOrCloseParenthesis,
                            })
                        }
                    }
                }
                Token::Comma => {
                    if values.is_empty() {
                        values.insert(String::new());
                    }
                    let (next, _) = self.lookahead(ParserContext::Values);
                    if next == Token::ClosedPar {
                        values.insert(String::new());
                        return Ok(values);
                    }
                    if next == Token::Comma {
                        values.insert(String::new());
                    }
                }
                _ => {
                    return Err(RequirementError::UnexpectedToken {
                        found: literal,
                        expected: ExpectedToken::CommaOrIdentifier,
                    })
                }
            }
        }
    }

    /// The single value of `=`, `==`, `!=`, `>`, `<`: empty at the end or before a comma.
    fn parse_exact_value(&mut self) -> Result<BTreeSet<String>, RequirementError> {
        let (token, _) = self.lookahead(ParserContext::Values);
        if token == Token::EndOfString || token == Token::Comma {
            return Ok(crate::sort::set_of(String::new()));
        }
        let (token, literal) = self.consume(ParserContext::Values);
        if token == Token::Identifier {
            Ok(crate::sort::set_of(literal))
        } else {
            Err(RequirementError::UnexpectedToken {
                found: literal,
                expected: ExpectedToken::Identifier,
            })
        }
    }
}

/// `labels.Parse`: parses a label selector such as `app=kubia,env in (prod,devel),!canary`.
///
/// Grammar: requirements separated by `,`; each is `[!]KEY`, `KEY (=|==|!=) VALUE`,
/// `KEY (in|notin) (VALUES)` or `KEY (>|<) INT`. Only space, `\t`, `\r`, `\n` are whitespace;
/// `= ! ( ) , > <` are special; everything else (including `:`, `|`, `/`, `~`) makes up
/// identifiers. `in`/`notin` are keywords only where an operator is expected. The result is
/// sorted by key.
pub fn parse(selector: &str) -> Result<Selector, SelectorError> {
    let mut requirements = Parser::new(selector).parse()?;
    sort_by_key(&mut requirements);
    Ok(Selector(requirements))
}

// ---------------------------------------------------------------------------------------------
// Field selectors (pkg/fields)
// ---------------------------------------------------------------------------------------------

/// A field selector operator. `==` parses to [`FieldOperator::Equals`] and prints as `=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldOperator {
    /// `field=value` / `field==value`: the field's value equals `value` (a missing field reads
    /// as the empty string).
    Equals,
    /// `field!=value`: the field's value differs from `value`.
    NotEquals,
}

/// One term of a field selector (`hasTerm` / `notHasTerm`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldRequirement {
    /// The field label, e.g. `status.phase` (not validated by the parser).
    pub field: String,
    /// `=` or `!=`.
    pub operator: FieldOperator,
    /// The unescaped value.
    pub value: String,
}

impl FieldRequirement {
    fn matches_value(&self, actual: &str) -> bool {
        match self.operator {
            FieldOperator::Equals => actual == self.value,
            FieldOperator::NotEquals => actual != self.value,
        }
    }
}

impl fmt::Display for FieldRequirement {
    /// `field=value` / `field!=value` with the value escaped by [`escape_field_value`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let operator = match self.operator {
            FieldOperator::Equals => "=",
            FieldOperator::NotEquals => "!=",
        };
        write!(
            f,
            "{}{operator}{}",
            self.field,
            escape_field_value(&self.value)
        )
    }
}

/// A field selector: the AND of its terms, in the order `fields.ParseSelector` produced them
/// (terms sorted as raw strings). The empty selector matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldSelector(pub Vec<FieldRequirement>);

impl FieldSelector {
    /// `fields.Everything()`.
    pub fn everything() -> FieldSelector {
        FieldSelector(Vec::new())
    }

    /// `fields.SelectorFromSet`: one `field=value` term per entry, in key order.
    pub fn from_set(fields: &BTreeMap<String, String>) -> FieldSelector {
        FieldSelector(
            fields
                .iter()
                .map(|(field, value)| FieldRequirement {
                    field: field.clone(),
                    operator: FieldOperator::Equals,
                    value: value.clone(),
                })
                .collect(),
        )
    }

    /// `Selector.Empty()`: no terms.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Selector.Matches` over a map of field values; a missing field reads as `""`.
    pub fn matches(&self, fields: &BTreeMap<String, String>) -> bool {
        self.0.iter().all(|requirement| {
            let actual = fields.get(&requirement.field).map_or("", String::as_str);
            requirement.matches_value(actual)
        })
    }

    /// `Selector.Matches` with a lookup function; `None` reads as `""`.
    pub fn matches_with(&self, lookup: &dyn Fn(&str) -> Option<String>) -> bool {
        self.0.iter().all(|requirement| {
            let actual = lookup(&requirement.field).unwrap_or_default();
            requirement.matches_value(&actual)
        })
    }

    /// `Selector.RequiresExactMatch`: the value of the first `=` term on `field`.
    pub fn requires_exact_match(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|requirement| {
                requirement.operator == FieldOperator::Equals && requirement.field == field
            })
            .map(|requirement| requirement.value.as_str())
    }

    /// `Selector.Transform`: rewrites every `(field, value)` (the API server passes the kind's
    /// field-label conversion here, e.g. [`default_meta_v1_field_selector_conversion`]); a
    /// term turned into `("", "")` is dropped; the first error stops the transform.
    pub fn transform<E>(
        &self,
        mut conversion: impl FnMut(&str, &str) -> Result<(String, String), E>,
    ) -> Result<FieldSelector, E> {
        let mut transformed = Vec::new();
        for requirement in &self.0 {
            let (field, value) = conversion(&requirement.field, &requirement.value)?;
            if field.is_empty() && value.is_empty() {
                continue;
            }
            transformed.push(FieldRequirement {
                field,
                operator: requirement.operator,
                value,
            });
        }
        Ok(FieldSelector(transformed))
    }
}

impl fmt::Display for FieldSelector {
    /// `Selector.String()`: the terms joined by `,` (values escaped, `==` printed as `=`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, requirement) in self.0.iter().enumerate() {
            if position > 0 {
                f.write_str(",")?;
            }
            write!(f, "{requirement}")?;
        }
        Ok(())
    }
}

/// `fields.EscapeValue`: `\` → `\\`, `,` → `\,`, `=` → `\=`.
pub fn escape_field_value(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '\\' | ',' | '=') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `fields.UnescapeValue`: undoes [`escape_field_value`]; any other escape, a trailing `\`, or
/// an unescaped `,`/`=` is an error.
pub fn unescape_field_value(value: &str) -> Result<String, SelectorError> {
    if !value.contains(['\\', ',', '=']) {
        return Ok(value.to_string());
    }
    let mut unescaped = String::with_capacity(value.len());
    let mut in_slash = false;
    for c in value.chars() {
        if in_slash {
            if matches!(c, '\\' | ',' | '=') {
                unescaped.push(c);
            } else {
                return Err(SelectorError::InvalidEscapeSequence {
                    sequence: format!("\\{c}"),
                });
            }
            in_slash = false;
            continue;
        }
        match c {
            '\\' => in_slash = true,
            ',' | '=' => return Err(SelectorError::UnescapedCharacter { character: c }),
            _ => unescaped.push(c),
        }
    }
    if in_slash {
        return Err(SelectorError::InvalidEscapeSequence {
            sequence: "\\".to_string(),
        });
    }
    Ok(unescaped)
}

/// `splitTerms`: splits on commas not preceded by a backslash (escapes kept).
fn split_field_terms(selector: &str) -> Vec<&str> {
    if selector.is_empty() {
        return Vec::new();
    }
    let mut terms = Vec::new();
    let mut start = 0;
    let mut in_slash = false;
    for (position, c) in selector.char_indices() {
        if in_slash {
            in_slash = false;
        } else if c == '\\' {
            in_slash = true;
        } else if c == ',' {
            terms.push(selector.get(start..position).unwrap_or_default());
            start = position + 1;
        }
    }
    terms.push(selector.get(start..).unwrap_or_default());
    terms
}

/// `splitTerm`: at the first position where `!=`, `==` or `=` starts (checked in that order).
fn split_field_term(term: &str) -> Option<(&str, FieldOperator, &str)> {
    for (position, _) in term.char_indices() {
        let remaining = term.get(position..).unwrap_or_default();
        for (operator_text, operator) in [
            ("!=", FieldOperator::NotEquals),
            ("==", FieldOperator::Equals),
            ("=", FieldOperator::Equals),
        ] {
            if remaining.starts_with(operator_text) {
                let lhs = term.get(..position).unwrap_or_default();
                let rhs = remaining.get(operator_text.len()..).unwrap_or_default();
                return Some((lhs, operator, rhs));
            }
        }
    }
    None
}

/// `fields.ParseSelector`: `field=value`, `field==value`, `field!=value` terms separated by
/// commas; values may escape `\`, `,` and `=` with a backslash. Terms are sorted as raw strings;
/// empty terms are skipped; a term whose field and value are both empty (`=`) is dropped.
pub fn parse_field_selector(selector: &str) -> Result<FieldSelector, SelectorError> {
    let mut parts = split_field_terms(selector);
    crate::sort::sort(&mut parts);
    let mut requirements = Vec::new();
    for part in parts {
        if part.is_empty() {
            continue;
        }
        let Some((field, operator, raw_value)) = split_field_term(part) else {
            return Err(SelectorError::FieldSelectorTerm {
                selector: selector.to_string(),
                term: part.to_string(),
            });
        };
        let value = unescape_field_value(raw_value)?;
        requirements.push(FieldRequirement {
            field: field.to_string(),
            operator,
            value,
        });
    }
    // ParseSelector applies the identity transform, which drops `("", "")` terms.
    requirements
        .retain(|requirement| !(requirement.field.is_empty() && requirement.value.is_empty()));
    Ok(FieldSelector(requirements))
}

/// Why a field label cannot be used in a field selector for a kind (the API server's
/// field-label conversion failed); the API server answers 400 BadRequest with this text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldLabelConversionError {
    /// The generic fallback (`runtime.DefaultMetaV1FieldSelectorConversion`) for kinds without
    /// their own conversion: `"<label>" is not a known field selector: only "metadata.name",
    /// "metadata.namespace"`.
    NotKnown {
        /// The rejected field label.
        label: String,
    },
    /// The per-kind conversions of core kinds (pods, nodes, namespaces, events, …):
    /// `field label not supported: <label>`.
    NotSupported {
        /// The rejected field label.
        label: String,
    },
}

impl fmt::Display for FieldLabelConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldLabelConversionError::NotKnown { label } => write!(
                f,
                "{} is not a known field selector: only {}, {}",
                go_quote(label),
                go_quote("metadata.name"),
                go_quote("metadata.namespace")
            ),
            FieldLabelConversionError::NotSupported { label } => {
                write!(f, "field label not supported: {label}")
            }
        }
    }
}

impl std::error::Error for FieldLabelConversionError {}

/// `runtime.DefaultMetaV1FieldSelectorConversion`: accepts `metadata.name` and
/// `metadata.namespace` unchanged, rejects everything else.
pub fn default_meta_v1_field_selector_conversion(
    label: &str,
    value: &str,
) -> Result<(String, String), FieldLabelConversionError> {
    match label {
        "metadata.name" | "metadata.namespace" => Ok((label.to_string(), value.to_string())),
        _ => Err(FieldLabelConversionError::NotKnown {
            label: label.to_string(),
        }),
    }
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
    const PREFIX_SUBDOMAIN: &str = "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    const LABEL_VALUE_REGEX: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    const LABEL_KEY_SLASHES: &str = "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

    fn labels(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect()
    }

    /// `Ok(canonical String())` or `Err(error text)`.
    fn outcome(input: &str) -> Result<String, String> {
        parse(input)
            .map(|selector| selector.to_string())
            .map_err(|error| error.to_string())
    }

    fn field_outcome(input: &str) -> Result<String, String> {
        parse_field_selector(input)
            .map(|selector| selector.to_string())
            .map_err(|error| error.to_string())
    }

    fn requirement(key: &str, operator: Operator, values: &[&str]) -> Requirement {
        Requirement::new(key, operator, values.iter().copied()).unwrap()
    }

    /// Reference §2.7 A (apimachinery TestSelectorParse), plus the upstream property that a good
    /// string prints back as itself without spaces.
    #[test]
    fn selector_parse_table_a() {
        for (input, want) in [
            ("x=a,y=b,z=c", Ok("x=a,y=b,z=c")),
            ("", Ok("")),
            ("x!=a,y=b", Ok("x!=a,y=b")),
            ("x=", Ok("x=")),
            ("x= ", Ok("x=")),
            ("x=,z= ", Ok("x=,z=")),
            ("x= ,z= ", Ok("x=,z=")),
            ("!x", Ok("!x")),
            ("x>1", Ok("x>1")),
            ("x>1,z<5", Ok("x>1,z<5")),
            (
                "x=a||y=b",
                Err(format!("unable to parse requirement: values[0][x]: Invalid value: \"a||y\": {LABEL_VALUE_REGEX}")),
            ),
            (
                "x==a==b",
                Err("found '==', expected: ',' or 'end of string'".to_string()),
            ),
            ("!x=a", Err("found '=', expected: ',' or 'end of string'".to_string())),
            (
                "x<a",
                Err("unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer".to_string()),
            ),
        ] {
            let want = want.map(str::to_string);
            assert_eq!(outcome(input), want, "{input:?}");
            if want.is_ok() {
                assert_eq!(outcome(input), Ok(input.replace(' ', "")), "{input:?}");
            }
        }
    }

    /// Reference §2.7 B (apimachinery TestSetSelectorParser), all 37 rows; errors as kubectl
    /// 1.37 prints them (`kubectl top pod -l …` parses client-side).
    #[test]
    fn set_selector_parser_table_b() {
        for (input, want) in [
            ("", Ok("")),
            ("\rx", Ok("x")),
            ("this-is-a-dns.domain.com/key-with-dash", Ok("this-is-a-dns.domain.com/key-with-dash")),
            (
                "this-is-another-dns.domain.com/key-with-dash in (so,what)",
                Ok("this-is-another-dns.domain.com/key-with-dash in (so,what)"),
            ),
            (
                "0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
                Ok("0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"),
            ),
            ("foo  in\t (abc)", Ok("foo in (abc)")),
            ("x notin\n (abc)", Ok("x notin (abc)")),
            ("x  notin\t\t\t(abc,def)", Ok("x notin (abc,def)")),
            ("x in (abc,def)", Ok("x in (abc,def)")),
            ("x in (abc,)", Ok("x in (,abc)")),
            ("x in (abc,abc)", Ok("x in (abc)")),
            ("x in ()", Ok("x in ()")),
            ("x in (a,,)", Ok("x in (,a)")),
            ("x in (a,,,)", Ok("x in (,a)")),
            ("x in (a,,,,,,)", Ok("x in (,a)")),
            ("x in (a,,a,,a,,a,,)", Ok("x in (,a)")),
            ("x notin (abc,,def),bar,z in (),w", Ok("bar,w,x notin (,abc,def),z in ()")),
            ("x,y in (a)", Ok("x,y in (a)")),
            ("x=a", Ok("x=a")),
            ("x>1", Ok("x>1")),
            ("x<7", Ok("x<7")),
            ("x=a,y!=b", Ok("x=a,y!=b")),
            ("x=a,y!=b,z in (h,i,j)", Ok("x=a,y!=b,z in (h,i,j)")),
            (
                "x=a||y=b",
                Err(format!("unable to parse requirement: values[0][x]: Invalid value: \"a||y\": {LABEL_VALUE_REGEX}")),
            ),
            ("x,,y", Err("found ',', expected: identifier after ','".to_string())),
            (",x,y", Err("found ',', expected: !, identifier, or 'end of string'".to_string())),
            (
                "x nott in (y)",
                Err("unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt".to_string()),
            ),
            ("x notin ( )", Ok("x notin ()")),
            ("x notin (, a)", Ok("x notin (,a)")),
            ("a in (xyz),", Err("found '', expected: identifier after ','".to_string())),
            ("a in (xyz)b notin ()", Err("found 'b', expected: ',' or 'end of string'".to_string())),
            ("a ", Ok("a")),
            ("a in (x,y,notin, z,in)", Ok("a in (in,notin,x,y,z)")),
            (
                "a in (xyz abc)",
                Err("unable to parse requirement: found 'abc', expected: ',' or ')'".to_string()),
            ),
            (
                "a notin(",
                Err("unable to parse requirement: found '', expected: ',', ')' or identifier".to_string()),
            ),
            (
                "a (",
                Err("unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt".to_string()),
            ),
            ("(", Err("found '(', expected: !, identifier, or 'end of string'".to_string())),
        ] {
            assert_eq!(outcome(input), want.map(str::to_string), "{input:?}");
        }
    }

    /// The structure upstream compares for the valid rows of TestSetSelectorParser.
    #[test]
    fn set_selector_parser_structures() {
        for (input, want) in [
            ("", vec![]),
            ("\rx", vec![requirement("x", Operator::Exists, &[])]),
            (
                "0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
                vec![requirement(
                    "0.1.2.domain/99",
                    Operator::NotIn,
                    &["10.10.100.1", "tick.tack.clock"],
                )],
            ),
            (
                "x in (abc,)",
                vec![requirement("x", Operator::In, &["abc", ""])],
            ),
            ("x in ()", vec![requirement("x", Operator::In, &[""])]),
            (
                "x notin (abc,,def),bar,z in (),w",
                vec![
                    requirement("bar", Operator::Exists, &[]),
                    requirement("w", Operator::Exists, &[]),
                    requirement("x", Operator::NotIn, &["abc", "", "def"]),
                    requirement("z", Operator::In, &[""]),
                ],
            ),
            ("x>1", vec![requirement("x", Operator::GreaterThan, &["1"])]),
            ("x<7", vec![requirement("x", Operator::LessThan, &["7"])]),
            (
                "x=a,y!=b",
                vec![
                    requirement("x", Operator::Equals, &["a"]),
                    requirement("y", Operator::NotEquals, &["b"]),
                ],
            ),
            (
                "x==a",
                vec![requirement("x", Operator::DoubleEquals, &["a"])],
            ),
            (
                "x notin (, a)",
                vec![requirement("x", Operator::NotIn, &["", "a"])],
            ),
            (
                "a in (x,y,notin, z,in)",
                vec![requirement(
                    "a",
                    Operator::In,
                    &["in", "notin", "x", "y", "z"],
                )],
            ),
        ] {
            assert_eq!(parse(input).unwrap(), Selector(want), "{input:?}");
        }
    }

    /// Reference §2.7 C (TestSelectorMatches and TestRequirementSelectorMatching as strings).
    #[test]
    fn selector_matches_table_c() {
        let labelset = labels(&[("foo", "bar"), ("baz", "blah")]);
        for (selector, set, want) in [
            ("", labels(&[("x", "y")]), true),
            ("x=y", labels(&[("x", "y")]), true),
            ("x=y,z=w", labels(&[("x", "y"), ("z", "w")]), true),
            ("x!=y,z!=w", labels(&[("x", "z"), ("z", "a")]), true),
            ("notin=in", labels(&[("notin", "in")]), true),
            ("x", labels(&[("x", "z")]), true),
            ("!x", labels(&[("y", "z")]), true),
            ("x>1", labels(&[("x", "2")]), true),
            ("x<1", labels(&[("x", "0")]), true),
            ("x=z", labels(&[]), false),
            ("x=y", labels(&[("x", "z")]), false),
            ("x=y,z=w", labels(&[("x", "w"), ("z", "w")]), false),
            ("x!=y,z!=w", labels(&[("x", "z"), ("z", "w")]), false),
            ("x", labels(&[("y", "z")]), false),
            ("!x", labels(&[("x", "z")]), false),
            ("x>1", labels(&[("x", "0")]), false),
            ("x<1", labels(&[("x", "2")]), false),
            ("foo=bar", labelset.clone(), true),
            ("baz=blah", labelset.clone(), true),
            ("foo=bar,baz=blah", labelset.clone(), true),
            ("foo=blah", labelset.clone(), false),
            ("baz=bar", labelset.clone(), false),
            ("foo=bar,foobar=bar,baz=blah", labelset.clone(), false),
            (
                "x in (foo),y notin (alpha)",
                labels(&[("x", "foo"), ("y", "baz")]),
                true,
            ),
            (
                "x in (foo),y in (alpha)",
                labels(&[("x", "foo"), ("y", "baz")]),
                false,
            ),
            ("x notin (),y", labels(&[("y", "")]), true),
            ("!x,y", labels(&[("y", "")]), true),
            ("x notin (),!y", labels(&[("y", "")]), false),
            ("x in ()", labels(&[("y", "baz")]), false),
            ("z>1", labels(&[("z", "2")]), true),
            ("z>1", labels(&[("z", "v2")]), false),
            // Semantics of §2.3 beyond the upstream rows.
            ("x!=y", labels(&[]), true),
            ("x notin (a)", labels(&[]), true),
            ("x in (a,b)", labels(&[("x", "b")]), true),
            ("x in ()", labels(&[("x", "")]), true),
            ("x=", labels(&[("x", "")]), true),
            ("x>1", labels(&[]), false),
            ("x<1", labels(&[]), false),
            ("x>0", labels(&[("x", "-5")]), false),
            ("x<0", labels(&[("x", "-5")]), true),
            ("x<10", labels(&[("x", "+5")]), true),
            ("x<10", labels(&[("x", "-5")]), true),
            ("x>1", labels(&[("x", "99999999999999999999")]), false),
            ("x>1", labels(&[("x", " 2")]), false),
            ("app=kubia,rel=beta", labels(&[("app", "kubia")]), false),
        ] {
            assert_eq!(
                parse(selector).unwrap().matches(&set),
                want,
                "{selector:?} on {set:?}"
            );
        }
    }

    /// Reference §2.7 learner-typical examples and §2.6, checked against kubectl 1.37.
    #[test]
    fn learner_typical_selectors() {
        for (input, want) in [
            ("app = kubia", Ok("app=kubia".to_string())),
            ("env in (prod,devel)", Ok("env in (devel,prod)".to_string())),
            ("app=kubia,", Err("found '', expected: identifier after ','".to_string())),
            (
                "env in (prod",
                Err("unable to parse requirement: found '', expected: ',' or ')'".to_string()),
            ),
            (
                "-ltier=postgres",
                Err(format!("unable to parse requirement: <nil>: Invalid value: \"-ltier\": {NAME_PART_REGEX}")),
            ),
            (
                "app.kubernetes_io/name=x",
                Err(format!("unable to parse requirement: <nil>: Invalid value: \"app.kubernetes_io/name\": {PREFIX_SUBDOMAIN}")),
            ),
            (
                "app:monolith",
                Err(format!("unable to parse requirement: <nil>: Invalid value: \"app:monolith\": {NAME_PART_REGEX}")),
            ),
            ("creation_method=manual", Ok("creation_method=manual".to_string())),
            ("env", Ok("env".to_string())),
            ("!env", Ok("!env".to_string())),
            ("env notin (prod)", Ok("env notin (prod)".to_string())),
            ("app=kubia,env=prod", Ok("app=kubia,env=prod".to_string())),
            (
                "app=kubia env=prod",
                Err("found 'env', expected: ',' or 'end of string'".to_string()),
            ),
            (
                "app=kubia\u{3000}",
                Err(format!("unable to parse requirement: values[0][app]: Invalid value: \"kubia\\u3000\": {LABEL_VALUE_REGEX}")),
            ),
            (
                "app == kubia,gpu!=true",
                Ok("app==kubia,gpu!=true".to_string()),
            ),
        ] {
            assert_eq!(outcome(input), want, "{input:?}");
        }
    }

    /// More error forms, each checked against `kubectl137 top pod -l '<input>'`.
    #[test]
    fn selector_errors_match_kubectl_137() {
        let long_value = "1".repeat(64);
        for (input, want) in [
            (
                "x<-a".to_string(),
                format!("unable to parse requirement: [values[0]: Invalid value: \"-a\": for 'Gt', 'Lt' operators, the value must be an integer, values[0][x]: Invalid value: \"-a\": {LABEL_VALUE_REGEX}]"),
            ),
            ("!".to_string(), "unable to parse requirement: found '', expected: identifier".to_string()),
            (
                "a!!b".to_string(),
                "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt".to_string(),
            ),
            ("x in in".to_string(), "unable to parse requirement: found 'in' expected: '('".to_string()),
            ("x in".to_string(), "unable to parse requirement: found '' expected: '('".to_string()),
            ("x in )".to_string(), "unable to parse requirement: found ')' expected: '('".to_string()),
            ("x=(a)".to_string(), "unable to parse requirement: found '(', expected: identifier".to_string()),
            (
                "x in (a,=)".to_string(),
                "unable to parse requirement: found '=', expected: ',', or identifier".to_string(),
            ),
            (
                "x in (a,".to_string(),
                "unable to parse requirement: found '', expected: ',', or identifier".to_string(),
            ),
            (
                "x in (((".to_string(),
                "unable to parse requirement: found '(', expected: ',', ')' or identifier".to_string(),
            ),
            ("x in (a))".to_string(), "found ')', expected: ',' or 'end of string'".to_string()),
            (
                "x>".to_string(),
                "unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer".to_string(),
            ),
            (
                "x>99999999999999999999".to_string(),
                "unable to parse requirement: values[0]: Invalid value: \"99999999999999999999\": for 'Gt', 'Lt' operators, the value must be an integer".to_string(),
            ),
            (
                format!("x>{long_value}"),
                format!("unable to parse requirement: [values[0]: Invalid value: \"{long_value}\": for 'Gt', 'Lt' operators, the value must be an integer, values[0][x]: Invalid value: \"{long_value}\": must be no more than 63 bytes]"),
            ),
            (
                "x>+5".to_string(),
                format!("unable to parse requirement: values[0][x]: Invalid value: \"+5\": {LABEL_VALUE_REGEX}"),
            ),
            (
                "x in (b, -a)".to_string(),
                format!("unable to parse requirement: values[0][x]: Invalid value: \"-a\": {LABEL_VALUE_REGEX}"),
            ),
            (
                "x in (-a, b-)".to_string(),
                format!("unable to parse requirement: [values[0][x]: Invalid value: \"-a\": {LABEL_VALUE_REGEX}, values[1][x]: Invalid value: \"b-\": {LABEL_VALUE_REGEX}]"),
            ),
            (
                "example.com/".to_string(),
                format!("unable to parse requirement: <nil>: Invalid value: \"example.com/\": name part must be non-empty; {NAME_PART_REGEX}"),
            ),
            (
                "/simple".to_string(),
                "unable to parse requirement: <nil>: Invalid value: \"/simple\": prefix part must be non-empty".to_string(),
            ),
            (
                "only/one/slash".to_string(),
                format!("unable to parse requirement: <nil>: Invalid value: \"only/one/slash\": {LABEL_KEY_SLASHES}"),
            ),
            ("a=b=c".to_string(), "found '=', expected: ',' or 'end of string'".to_string()),
            ("!!x".to_string(), "unable to parse requirement: found '!', expected: identifier".to_string()),
            ("!,".to_string(), "unable to parse requirement: found ',', expected: identifier".to_string()),
            ("=".to_string(), "found '=', expected: !, identifier, or 'end of string'".to_string()),
            ("==".to_string(), "found '==', expected: !, identifier, or 'end of string'".to_string()),
            ("!=".to_string(), "found '!=', expected: !, identifier, or 'end of string'".to_string()),
            (",".to_string(), "found ',', expected: !, identifier, or 'end of string'".to_string()),
            (
                "a\nb".to_string(),
                "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt".to_string(),
            ),
            (
                "x))".to_string(),
                "unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt".to_string(),
            ),
            (
                "a=\"q\"".to_string(),
                format!("unable to parse requirement: values[0][a]: Invalid value: \"\\\"q\\\"\": {LABEL_VALUE_REGEX}"),
            ),
        ] {
            assert_eq!(outcome(&input), Err(want), "{input:?}");
        }
    }

    /// Keywords as identifiers, whitespace and duplicate keys, checked against kubectl 1.37.
    #[test]
    fn selector_canonical_forms_match_kubectl_137() {
        for (input, want) in [
            ("in", "in"),
            ("notin", "notin"),
            ("in in (in)", "in in (in)"),
            ("notin notin (notin)", "notin notin (notin)"),
            ("x==", "x=="),
            ("x!=", "x!="),
            ("!x,!y", "!x,!y"),
            ("x,!x", "x,!x"),
            ("z!=a,z", "z!=a,z"),
            ("a==b,a=b,a", "a==b,a=b,a"),
            ("x in (a),x notin (a)", "x in (a),x notin (a)"),
            ("x = a , y = b", "x=a,y=b"),
            ("x\t=\ta", "x=a"),
            ("k.io/a in (1),k.io/a=2", "k.io/a in (1),k.io/a=2"),
            ("A=B", "A=B"),
            ("1=2", "1=2"),
            ("a.b.c", "a.b.c"),
            ("x in (v0,v1,v2,v10,v20)", "x in (v0,v1,v10,v2,v20)"),
        ] {
            assert_eq!(outcome(input), Ok(want.to_string()), "{input:?}");
        }
    }

    /// Derived from upstream's byte reader (argv cannot carry NUL, so not checked with kubectl):
    /// a NUL byte ends an identifier, and where a token would start it ends the input.
    #[test]
    fn nul_bytes_act_as_end_of_input() {
        for (input, want) in [
            ("\u{0}a=b", Ok("".to_string())),
            ("a \u{0} b", Ok("a".to_string())),
            ("a=b,\u{0}", Err("found '', expected: identifier after ','".to_string())),
            (
                "a\u{0}b",
                Err("unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt".to_string()),
            ),
            ("a=\u{0}", Ok("a=".to_string())),
        ] {
            assert_eq!(outcome(input), want, "{input:?}");
        }
    }

    #[test]
    fn deterministic_parse() {
        assert_eq!(outcome("x=a,a=x"), outcome("a=x,x=a"));
        assert_eq!(outcome("x=a,a=x"), Ok("a=x,x=a".to_string()));
        assert_eq!(outcome("b in (y,x),a"), outcome("a,b in (x,y)"));
    }

    #[test]
    fn lexer_single_tokens() {
        for (input, token) in [
            ("", Token::EndOfString),
            (",", Token::Comma),
            ("notin", Token::NotIn),
            ("in", Token::In),
            ("=", Token::Equals),
            ("==", Token::DoubleEquals),
            (">", Token::GreaterThan),
            ("<", Token::LessThan),
            ("!", Token::DoesNotExist),
            ("!=", Token::NotEquals),
            ("(", Token::OpenPar),
            (")", Token::ClosedPar),
            ("~", Token::Identifier),
            ("||", Token::Identifier),
        ] {
            let mut lexer = Lexer {
                input: input.as_bytes(),
                position: 0,
            };
            let item = lexer.lex();
            assert_eq!(item.token, token, "{input:?}");
            assert_eq!(item.literal, input, "{input:?}");
        }
    }

    #[test]
    fn lexer_sequences() {
        use Token::*;
        for (input, tokens) in [
            (
                "key in ( value )",
                vec![Identifier, In, OpenPar, Identifier, ClosedPar],
            ),
            (
                "key notin ( value )",
                vec![Identifier, NotIn, OpenPar, Identifier, ClosedPar],
            ),
            (
                "key in ( value1, value2 )",
                vec![
                    Identifier, In, OpenPar, Identifier, Comma, Identifier, ClosedPar,
                ],
            ),
            ("key", vec![Identifier]),
            ("!key", vec![DoesNotExist, Identifier]),
            ("()", vec![OpenPar, ClosedPar]),
            (
                "x in (),y",
                vec![Identifier, In, OpenPar, ClosedPar, Comma, Identifier],
            ),
            (
                "== != (), = notin",
                vec![
                    DoubleEquals,
                    NotEquals,
                    OpenPar,
                    ClosedPar,
                    Comma,
                    Equals,
                    NotIn,
                ],
            ),
            ("key>2", vec![Identifier, GreaterThan, Identifier]),
            ("key<1", vec![Identifier, LessThan, Identifier]),
            ("!==", vec![NotEquals, Equals]),
            ("===", vec![DoubleEquals, Equals]),
            (">=", vec![GreaterThan, Equals]),
            ("!!", vec![DoesNotExist, DoesNotExist]),
            ("((", vec![OpenPar, OpenPar]),
        ] {
            let mut lexer = Lexer {
                input: input.as_bytes(),
                position: 0,
            };
            let mut got = Vec::new();
            loop {
                let item = lexer.lex();
                if item.token == EndOfString {
                    break;
                }
                got.push(item.token);
            }
            assert_eq!(got, tokens, "{input:?}");
        }
    }

    /// apimachinery TestParserLookahead: lookahead then consume see the same items.
    #[test]
    fn parser_lookahead_and_consume_agree() {
        for (input, n_items) in [
            ("key in ( value )", 6),
            ("key notin ( value )", 6),
            ("key in ( value1, value2 )", 8),
            ("key", 2),
            ("!key", 3),
            ("()", 3),
            ("", 1),
            ("x in (),y", 7),
            ("== != (), = notin", 8),
            ("key>2", 4),
            ("key<1", 4),
        ] {
            let mut parser = Parser::new(input);
            assert_eq!(parser.scanned_items.len(), n_items, "{input:?}");
            loop {
                let looked = parser.lookahead(ParserContext::KeyAndOperator);
                let consumed = parser.consume(ParserContext::KeyAndOperator);
                assert_eq!(looked, consumed, "{input:?}");
                if looked.0 == Token::EndOfString {
                    break;
                }
            }
        }
    }

    /// apimachinery TestParseOperator.
    #[test]
    fn parse_operator_tokens() {
        for (input, want) in [
            ("in", Ok(Operator::In)),
            ("=", Ok(Operator::Equals)),
            ("==", Ok(Operator::DoubleEquals)),
            (">", Ok(Operator::GreaterThan)),
            ("<", Ok(Operator::LessThan)),
            ("notin", Ok(Operator::NotIn)),
            ("!=", Ok(Operator::NotEquals)),
            (
                "!",
                Err("found '!', expected: in, notin, =, ==, !=, gt, lt"),
            ),
            (
                "exists",
                Err("found 'exists', expected: in, notin, =, ==, !=, gt, lt"),
            ),
            (
                "(",
                Err("found '(', expected: in, notin, =, ==, !=, gt, lt"),
            ),
        ] {
            let got = Parser::new(input)
                .parse_operator()
                .map_err(|error| error.to_string());
            assert_eq!(got, want.map_err(str::to_string), "{input:?}");
        }
    }

    /// apimachinery TestRequirementConstructor, with the messages upstream ignores.
    #[test]
    fn requirement_constructor() {
        let long = "a".repeat(254);
        for (key, operator, values, want) in [
            ("x1", Operator::In, vec![], Err("values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty".to_string())),
            ("x2", Operator::NotIn, vec![], Err("values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty".to_string())),
            ("x3", Operator::In, vec!["foo"], Ok("x3 in (foo)".to_string())),
            ("x4", Operator::NotIn, vec!["foo"], Ok("x4 notin (foo)".to_string())),
            (
                "x5",
                Operator::Equals,
                vec!["bar", "foo"],
                Err("values: Invalid value: [\"bar\",\"foo\"]: exact-match compatibility requires one single value".to_string()),
            ),
            ("x6", Operator::Exists, vec![], Ok("x6".to_string())),
            ("x7", Operator::DoesNotExist, vec![], Ok("!x7".to_string())),
            (
                "x8",
                Operator::Exists,
                vec!["foo"],
                Err("values: Invalid value: [\"foo\"]: values set must be empty for exists and does not exist".to_string()),
            ),
            ("x9", Operator::In, vec!["bar"], Ok("x9 in (bar)".to_string())),
            ("x11", Operator::GreaterThan, vec!["1"], Ok("x11>1".to_string())),
            ("x12", Operator::LessThan, vec!["6"], Ok("x12<6".to_string())),
            (
                "x13",
                Operator::GreaterThan,
                vec![],
                Err("values: Invalid value: []: for 'Gt', 'Lt' operators, exactly one value is required".to_string()),
            ),
            (
                "x14",
                Operator::GreaterThan,
                vec!["bar"],
                Err("values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an integer".to_string()),
            ),
            (
                "x15",
                Operator::LessThan,
                vec!["bar"],
                Err("values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an integer".to_string()),
            ),
            (
                long.as_str(),
                Operator::Exists,
                vec![],
                Err(format!("key: Invalid value: \"{long}\": name part must be no more than 63 bytes")),
            ),
            (
                "x16",
                Operator::Equals,
                vec![long.as_str()],
                Err(format!("values[0][x16]: Invalid value: \"{long}\": must be no more than 63 bytes")),
            ),
            (
                "x17",
                Operator::Equals,
                vec!["a b"],
                Err(format!("values[0][x17]: Invalid value: \"a b\": {LABEL_VALUE_REGEX}")),
            ),
            (
                "bad key",
                Operator::NotEquals,
                vec!["-x"],
                Err(format!("[key: Invalid value: \"bad key\": {NAME_PART_REGEX}, values[0][bad key]: Invalid value: \"-x\": {LABEL_VALUE_REGEX}]")),
            ),
        ] {
            let got = Requirement::new(key, operator, values)
                .map(|requirement| requirement.to_string())
                .map_err(|errors| errors.to_string());
            assert_eq!(got, want, "{key}");
        }
    }

    /// apimachinery TestToString.
    #[test]
    fn selector_to_string() {
        for (selector, want) in [
            (
                Selector(vec![
                    requirement("x", Operator::In, &["abc", "def"]),
                    requirement("y", Operator::NotIn, &["jkl"]),
                    requirement("z", Operator::Exists, &[]),
                ]),
                "x in (abc,def),y notin (jkl),z",
            ),
            (
                Selector(vec![
                    requirement("x", Operator::NotIn, &["abc", "def"]),
                    requirement("y", Operator::NotEquals, &["jkl"]),
                    requirement("z", Operator::DoesNotExist, &[]),
                ]),
                "x notin (abc,def),y!=jkl,!z",
            ),
            (
                Selector(vec![
                    requirement("x", Operator::NotIn, &["abc"]),
                    requirement("y", Operator::In, &["jkl", "mno"]),
                    requirement("z", Operator::NotIn, &[""]),
                ]),
                "x notin (abc),y in (jkl,mno),z notin ()",
            ),
            (
                Selector(vec![
                    requirement("x", Operator::Equals, &["abc"]),
                    requirement("y", Operator::DoubleEquals, &["jkl"]),
                    requirement("z", Operator::NotEquals, &["a"]),
                    requirement("z", Operator::Exists, &[]),
                ]),
                "x=abc,y==jkl,z!=a,z",
            ),
            (
                Selector(vec![
                    requirement("x", Operator::GreaterThan, &["2"]),
                    requirement("y", Operator::LessThan, &["8"]),
                    requirement("z", Operator::Exists, &[]),
                ]),
                "x>2,y<8,z",
            ),
            (Selector::everything(), ""),
        ] {
            assert_eq!(selector.to_string(), want);
        }
    }

    /// apimachinery TestRequirementSelectorMatching (the zero `Requirement{}` row cannot be built
    /// here: the operator enum has no empty value).
    #[test]
    fn requirement_selector_matching() {
        for (set, selector, want) in [
            (
                labels(&[("x", "foo"), ("y", "baz")]),
                vec![
                    requirement("x", Operator::In, &["foo"]),
                    requirement("y", Operator::NotIn, &["alpha"]),
                ],
                true,
            ),
            (
                labels(&[("x", "foo"), ("y", "baz")]),
                vec![
                    requirement("x", Operator::In, &["foo"]),
                    requirement("y", Operator::In, &["alpha"]),
                ],
                false,
            ),
            (
                labels(&[("y", "")]),
                vec![
                    requirement("x", Operator::NotIn, &[""]),
                    requirement("y", Operator::Exists, &[]),
                ],
                true,
            ),
            (
                labels(&[("y", "")]),
                vec![
                    requirement("x", Operator::DoesNotExist, &[]),
                    requirement("y", Operator::Exists, &[]),
                ],
                true,
            ),
            (
                labels(&[("y", "")]),
                vec![
                    requirement("x", Operator::NotIn, &[""]),
                    requirement("y", Operator::DoesNotExist, &[]),
                ],
                false,
            ),
            (
                labels(&[("y", "baz")]),
                vec![requirement("x", Operator::In, &[""])],
                false,
            ),
            (
                labels(&[("z", "2")]),
                vec![requirement("z", Operator::GreaterThan, &["1"])],
                true,
            ),
            (
                labels(&[("z", "v2")]),
                vec![requirement("z", Operator::GreaterThan, &["1"])],
                false,
            ),
        ] {
            assert_eq!(
                Selector(selector.clone()).matches(&set),
                want,
                "{selector:?}"
            );
        }
        // A hand-built gt requirement with two values never matches (upstream logs and fails).
        let two_values = Requirement {
            key: "z".to_string(),
            operator: Operator::GreaterThan,
            values: BTreeSet::from(["1".to_string(), "2".to_string()]),
        };
        assert!(!two_values.matches(&labels(&[("z", "5")])));
    }

    /// TestEverything, TestSetMatches, TestNilMapIsValid, TestSetIsEmpty.
    #[test]
    fn everything_and_sets() {
        assert!(Selector::everything().matches(&labels(&[("x", "y")])));
        assert!(Selector::everything().is_empty());
        assert!(Selector::from_set(&BTreeMap::new()).is_empty());
        assert!(parse("").unwrap().is_empty());
        assert!(!parse("x").unwrap().is_empty());
        let labelset = labels(&[("foo", "bar"), ("baz", "blah")]);
        for (set, want) in [
            (labels(&[]), true),
            (labels(&[("foo", "bar")]), true),
            (labels(&[("baz", "blah")]), true),
            (labels(&[("foo", "bar"), ("baz", "blah")]), true),
            (labels(&[("foo", "=blah")]), false),
            (labels(&[("foo", "bar"), ("foobar", "bar")]), false),
        ] {
            assert_eq!(Selector::from_set(&set).matches(&labelset), want, "{set:?}");
        }
        assert_eq!(
            Selector::from_set(&labels(&[("app", "kubia"), ("a", "b")])).to_string(),
            "a=b,app=kubia"
        );
    }

    /// apimachinery TestValidatedSelectorFromSet.
    #[test]
    fn validated_selector_from_set() {
        assert_eq!(
            Selector::validated_from_set(&labels(&[("key", "val")])),
            Ok(Selector(vec![requirement(
                "key",
                Operator::Equals,
                &["val"]
            )]))
        );
        let too_long = "axahm2EJ8Phiephe2eixohbee9eGeiyees1thuozi1xoh0GiuH3diewi8iem7Nui";
        assert_eq!(
            Selector::validated_from_set(&labels(&[("Key", too_long)]))
                .map_err(|error| error.to_string()),
            Err(format!(
                "values[0][Key]: Invalid value: \"{too_long}\": must be no more than 63 bytes"
            ))
        );
    }

    /// apimachinery TestAdd.
    #[test]
    fn add_requirements_keeps_key_order() {
        let start = Selector::everything();
        let one = start.add([requirement("key", Operator::In, &["value"])]);
        assert_eq!(
            one,
            Selector(vec![requirement("key", Operator::In, &["value"])])
        );
        let two = one.add([requirement("key2", Operator::Equals, &["value2"])]);
        assert_eq!(two.to_string(), "key in (value),key2=value2");
        let three = two.add([requirement("a", Operator::Exists, &[])]);
        assert_eq!(three.to_string(), "a,key in (value),key2=value2");
    }

    /// apimachinery TestRequiresExactMatch.
    #[test]
    fn requires_exact_match() {
        let in_two = Requirement {
            key: "key".to_string(),
            operator: Operator::In,
            values: BTreeSet::from(["value".to_string(), "value2".to_string()]),
        };
        for (selector, label, want) in [
            (
                Selector(vec![requirement("key", Operator::In, &["value"])]),
                "key",
                Some("value"),
            ),
            (Selector(vec![in_two.clone()]), "key", None),
            (
                Selector(vec![in_two, requirement("key2", Operator::In, &["value2"])]),
                "key2",
                Some("value2"),
            ),
            (
                Selector(vec![requirement("key", Operator::Equals, &["value"])]),
                "key",
                Some("value"),
            ),
            (
                Selector(vec![requirement("key", Operator::DoubleEquals, &["value"])]),
                "key",
                Some("value"),
            ),
            (
                Selector(vec![requirement("key", Operator::NotEquals, &["value"])]),
                "key",
                None,
            ),
            (
                Selector(vec![
                    requirement("key", Operator::In, &["value"]),
                    requirement("key2", Operator::In, &["value2"]),
                ]),
                "key",
                Some("value"),
            ),
            (
                Selector(vec![requirement("key", Operator::Exists, &[])]),
                "key",
                None,
            ),
            (Selector::everything(), "key", None),
        ] {
            assert_eq!(selector.requires_exact_match(label), want, "{selector}");
        }
    }

    /// TestSetSelectorString and `FormatLabels` (whole-string sort, `<none>`).
    #[test]
    fn labels_strings() {
        for (set, want_string, want_formatted) in [
            (labels(&[]), "", "<none>"),
            (labels(&[("app", "foo")]), "app=foo", "app=foo"),
            (
                labels(&[("app", "foo"), ("a", "b")]),
                "a=b,app=foo",
                "a=b,app=foo",
            ),
            (
                labels(&[("app", "1"), ("app.x", "1")]),
                "app.x=1,app=1",
                "app.x=1,app=1",
            ),
            (labels(&[("", "")]), "=", "="),
            (
                labels(&[("kubernetes.io/metadata.name", "default")]),
                "kubernetes.io/metadata.name=default",
                "kubernetes.io/metadata.name=default",
            ),
        ] {
            assert_eq!(labels_to_string(&set), want_string);
            assert_eq!(format_labels(&set), want_formatted);
        }
    }

    #[test]
    fn convert_selector_to_labels_map_cases() {
        for (input, want) in [
            ("", Ok(labels(&[]))),
            ("a=b", Ok(labels(&[("a", "b")]))),
            (" a = b , c=d ", Ok(labels(&[("a", "b"), ("c", "d")]))),
            ("a=", Ok(labels(&[("a", "")]))),
            ("a", Err("invalid selector: [a]".to_string())),
            ("a=b=c", Err("invalid selector: [a b c]".to_string())),
            ("a=b,", Err("invalid selector: []".to_string())),
            (
                "bad key=b",
                Err(format!(
                    "<nil>: Invalid value: \"bad key\": {NAME_PART_REGEX}"
                )),
            ),
            (
                "k=-v",
                Err(format!("[k]: Invalid value: \"-v\": {LABEL_VALUE_REGEX}")),
            ),
        ] {
            assert_eq!(
                convert_selector_to_labels_map(input).map_err(|error| error.to_string()),
                want,
                "{input:?}"
            );
        }
    }

    #[test]
    fn operator_strings() {
        for (operator, want) in [
            (Operator::Equals, "="),
            (Operator::DoubleEquals, "=="),
            (Operator::NotEquals, "!="),
            (Operator::In, "in"),
            (Operator::NotIn, "notin"),
            (Operator::Exists, "exists"),
            (Operator::DoesNotExist, "!"),
            (Operator::GreaterThan, "gt"),
            (Operator::LessThan, "lt"),
        ] {
            assert_eq!(operator.to_string(), want);
        }
    }

    /// §2.6: how kubectl wraps a selector error the API server returned.
    #[test]
    fn list_error_messages() {
        let error = parse("app:monolith").unwrap_err();
        assert_eq!(
            list_error_message("/v1, Resource=pods", "app:monolith", "", &error.to_string()),
            format!("Unable to find \"/v1, Resource=pods\" that match label selector \"app:monolith\", field selector \"\": unable to parse requirement: <nil>: Invalid value: \"app:monolith\": {NAME_PART_REGEX}")
        );
        assert_eq!(
            list_error_message(
                "apps/v1, Resource=deployments",
                "",
                "foo=bar",
                "field label not supported: foo"
            ),
            "Unable to find \"apps/v1, Resource=deployments\" that match label selector \"\", field selector \"foo=bar\": field label not supported: foo"
        );
        assert_eq!(
            list_error_message("/v1, Resource=pods", "", "", "boom"),
            "Unable to list \"/v1, Resource=pods\": boom"
        );
    }

    // ----- field selectors -----

    /// apimachinery TestSplitTerms.
    #[test]
    fn field_split_terms() {
        for (input, want) in [
            ("a", vec!["a"]),
            ("a=avalue", vec!["a=avalue"]),
            ("a=avalue,b=bvalue", vec!["a=avalue", "b=bvalue"]),
            (
                "a=avalue,b==bvalue,c!=cvalue",
                vec!["a=avalue", "b==bvalue", "c!=cvalue"],
            ),
            ("", vec![]),
            ("a=a,", vec!["a=a", ""]),
            (",a=a", vec!["", "a=a"]),
            (r"k=\,,k2=v2", vec![r"k=\,", "k2=v2"]),
            (r"k=\\,k2=v2", vec![r"k=\\", "k2=v2"]),
            (r"k=\\\,,k2=v2", vec![r"k=\\\,", "k2=v2"]),
            (r"k=\a\b\", vec![r"k=\a\b\"]),
            (r"k=\", vec![r"k=\"]),
            ("함=수,목=록", vec!["함=수", "목=록"]),
        ] {
            assert_eq!(split_field_terms(input), want, "{input:?}");
        }
    }

    /// apimachinery TestSplitTerm.
    #[test]
    fn field_split_term() {
        for (input, want) in [
            ("a=value", Some(("a", FieldOperator::Equals, "value"))),
            ("b==value", Some(("b", FieldOperator::Equals, "value"))),
            ("c!=value", Some(("c", FieldOperator::NotEquals, "value"))),
            ("", None),
            ("a", None),
            (r"k=\,", Some(("k", FieldOperator::Equals, r"\,"))),
            (r"k=\=", Some(("k", FieldOperator::Equals, r"\="))),
            (
                r"k=\\\a\b\=\,\",
                Some(("k", FieldOperator::Equals, r"\\\a\b\=\,\")),
            ),
            ("함=수", Some(("함", FieldOperator::Equals, "수"))),
            ("a!b=c", Some(("a!b", FieldOperator::Equals, "c"))),
        ] {
            assert_eq!(split_field_term(input), want, "{input:?}");
        }
    }

    /// apimachinery TestEscapeValue.
    #[test]
    fn field_escape_value() {
        for (unescaped, escaped) in [
            ("", ""),
            ("a", "a"),
            ("=", r"\="),
            (",", r"\,"),
            (r"\", r"\\"),
            (r"\=\,\", r"\\\=\\\,\\"),
        ] {
            assert_eq!(escape_field_value(unescaped), escaped);
            assert_eq!(unescape_field_value(escaped), Ok(unescaped.to_string()));
        }
        for (invalid, want) in [
            (r"\", r"invalid field selector: invalid escape sequence: \"),
            (
                r"\\\",
                r"invalid field selector: invalid escape sequence: \",
            ),
            (
                r"\a",
                r"invalid field selector: invalid escape sequence: \a",
            ),
            (
                r"a\é",
                r"invalid field selector: invalid escape sequence: \é",
            ),
            (
                "a=b",
                "invalid field selector: unescaped character in value: 61",
            ),
            (
                "a,b",
                "invalid field selector: unescaped character in value: 44",
            ),
        ] {
            assert_eq!(
                unescape_field_value(invalid).map_err(|error| error.to_string()),
                Err(want.to_string()),
                "{invalid:?}"
            );
        }
    }

    /// apimachinery TestSelectorParse (fields): good strings print back unchanged.
    #[test]
    fn field_selector_parse_upstream() {
        for good in ["x=a,y=b,z=c", "", "x!=a,y=b", r"x=a||y\=b", r"x=a\=\=b"] {
            assert_eq!(field_outcome(good), Ok(good.to_string()), "{good:?}");
        }
        for (bad, want) in [
            (
                "x=a||y=b",
                "invalid field selector: unescaped character in value: 61",
            ),
            (
                "x==a==b",
                "invalid field selector: unescaped character in value: 61",
            ),
            ("x=a,b", "invalid selector: 'x=a,b'; can't understand 'b'"),
            (
                "x in (a)",
                "invalid selector: 'x in (a)'; can't understand 'x in (a)'",
            ),
            (
                "x in (a,b,c)",
                "invalid selector: 'x in (a,b,c)'; can't understand 'b'",
            ),
            ("x", "invalid selector: 'x'; can't understand 'x'"),
        ] {
            assert_eq!(field_outcome(bad), Err(want.to_string()), "{bad:?}");
        }
        assert_eq!(field_outcome("x=a,a=x"), field_outcome("a=x,x=a"));
    }

    /// More field selectors, each checked against `kubectl137 top pod --field-selector '<input>'`.
    #[test]
    fn field_selectors_match_kubectl_137() {
        for (input, want) in [
            ("status.phase=Running", Ok("status.phase=Running")),
            (
                "spec.nodeName!=node1,status.phase=Running",
                Ok("spec.nodeName!=node1,status.phase=Running"),
            ),
            ("z=1,a=2,m!=3", Ok("a=2,m!=3,z=1")),
            ("a==b", Ok("a=b")),
            ("a!=b", Ok("a!=b")),
            ("a=!b", Ok("a=!b")),
            ("a!b=c", Ok("a!b=c")),
            ("=", Ok("")),
            ("=,=", Ok("")),
            ("=x", Ok("=x")),
            ("x=", Ok("x=")),
            ("a=b,", Ok("a=b")),
            (",a=b", Ok("a=b")),
            ("a=b,,c=d", Ok("a=b,c=d")),
            ("a=,", Ok("a=")),
            ("a = b", Ok("a = b")),
            (" a=b", Ok(" a=b")),
            (r"a\,b=c", Ok(r"a\,b=c")),
            (r"a=b\,c", Ok(r"a=b\,c")),
            (r"k=\,,k2=v2", Ok(r"k2=v2,k=\,")),
            (r"k=\\,k2=v2", Ok(r"k2=v2,k=\\")),
            ("함=수,목=록", Ok("목=록,함=수")),
            ("a=1,a=2", Ok("a=1,a=2")),
            (
                r"foo=bar,baz=blah,complex=\=value\\\,\\",
                Ok(r"baz=blah,complex=\=value\\\,\\,foo=bar"),
            ),
            (
                "a=b=c",
                Err("invalid field selector: unescaped character in value: 61"),
            ),
            (
                "a!==b",
                Err("invalid field selector: unescaped character in value: 61"),
            ),
            (
                "a===b",
                Err("invalid field selector: unescaped character in value: 61"),
            ),
            (
                r"a=\x",
                Err(r"invalid field selector: invalid escape sequence: \x"),
            ),
            (
                r"a=b\",
                Err(r"invalid field selector: invalid escape sequence: \"),
            ),
            (
                r"k=\a\b\",
                Err(r"invalid field selector: invalid escape sequence: \a"),
            ),
            ("b,a", Err("invalid selector: 'b,a'; can't understand 'a'")),
        ] {
            assert_eq!(
                field_outcome(input),
                want.map(str::to_string).map_err(str::to_string),
                "{input:?}"
            );
        }
    }

    /// apimachinery TestSelectorMatches / TestSetMatches / TestOneTermEqualSelector (fields).
    #[test]
    fn field_selector_matches() {
        let fieldset = labels(&[("foo", "bar"), ("baz", "blah"), ("complex", r"=value\,\")]);
        for (selector, set, want) in [
            ("", labels(&[("x", "y")]), true),
            ("x=y", labels(&[("x", "y")]), true),
            ("x=y,z=w", labels(&[("x", "y"), ("z", "w")]), true),
            ("x!=y,z!=w", labels(&[("x", "z"), ("z", "a")]), true),
            ("notin=in", labels(&[("notin", "in")]), true),
            ("x=y", labels(&[("x", "z")]), false),
            ("x=y,z=w", labels(&[("x", "w"), ("z", "w")]), false),
            ("x!=y,z!=w", labels(&[("x", "z"), ("z", "w")]), false),
            ("foo=bar", fieldset.clone(), true),
            ("baz=blah", fieldset.clone(), true),
            ("foo=bar,baz=blah", fieldset.clone(), true),
            (
                r"foo=bar,baz=blah,complex=\=value\\\,\\",
                fieldset.clone(),
                true,
            ),
            ("foo=blah", fieldset.clone(), false),
            ("baz=bar", fieldset.clone(), false),
            ("foo=bar,foobar=bar,baz=blah", fieldset.clone(), false),
            // A missing field reads as "".
            ("missing=", labels(&[]), true),
            ("missing!=x", labels(&[]), true),
        ] {
            let parsed = parse_field_selector(selector).unwrap();
            assert_eq!(parsed.matches(&set), want, "{selector:?}");
            let lookup = |field: &str| set.get(field).cloned();
            assert_eq!(parsed.matches_with(&lookup), want, "{selector:?}");
        }
        let labelset = labels(&[("foo", "bar"), ("baz", "blah")]);
        for (set, want) in [
            (labels(&[]), true),
            (labels(&[("foo", "bar")]), true),
            (labels(&[("baz", "blah")]), true),
            (labels(&[("foo", "bar"), ("baz", "blah")]), true),
            (labels(&[("foo", "=blah")]), false),
            (labels(&[("baz", "=bar")]), false),
            (
                labels(&[("foo", "=bar"), ("foobar", "bar"), ("baz", "blah")]),
                false,
            ),
        ] {
            assert_eq!(
                FieldSelector::from_set(&set).matches(&labelset),
                want,
                "{set:?}"
            );
        }
        assert!(FieldSelector::everything().matches(&labels(&[("x", "y")])));
        assert!(FieldSelector::everything().is_empty());
        assert!(FieldSelector::from_set(&BTreeMap::new()).is_empty());
        assert!(!parse_field_selector("a=b").unwrap().is_empty());
        assert_eq!(
            FieldSelector::from_set(&labels(&[("spec.nodeName", "node1")])).to_string(),
            "spec.nodeName=node1"
        );
    }

    /// apimachinery TestRequiresExactMatch (fields), for the shapes this type can hold.
    #[test]
    fn field_requires_exact_match() {
        for (selector, field, want) in [
            ("", "test", None),
            ("a=b", "test", None),
            ("test=b", "test", Some("b")),
            ("test=", "test", Some("")),
            ("test!=b", "test", None),
            ("test!=", "test", None),
            ("a=x,test=b", "test", Some("b")),
            ("test!=a,test=b", "test", Some("b")),
        ] {
            assert_eq!(
                parse_field_selector(selector)
                    .unwrap()
                    .requires_exact_match(field),
                want,
                "{selector:?}"
            );
        }
    }

    /// apimachinery TestTransform.
    #[test]
    fn field_selector_transform() {
        type Conversion = fn(&str, &str) -> Result<(String, String), String>;
        let identity: Conversion = |field, value| Ok((field.to_string(), value.to_string()));
        let rename_a: Conversion = |field, value| {
            if field == "a" {
                Ok(("e".to_string(), "f".to_string()))
            } else {
                Ok((field.to_string(), value.to_string()))
            }
        };
        let remove_all: Conversion = |_, _| Ok((String::new(), String::new()));
        let remove_c: Conversion = |field, value| {
            if field == "c" {
                Ok((String::new(), String::new()))
            } else {
                Ok((field.to_string(), value.to_string()))
            }
        };
        for (selector, conversion, want, empty) in [
            ("", identity, "", true),
            ("a=b,c=d", identity, "a=b,c=d", false),
            ("a=b,c=d", rename_a, "e=f,c=d", false),
            ("a=b", remove_all, "", true),
            ("a=b,c=d,e=f", remove_c, "a=b,e=f", false),
        ] {
            let result = parse_field_selector(selector)
                .unwrap()
                .transform(conversion)
                .unwrap();
            assert_eq!(result.to_string(), want, "{selector:?}");
            assert_eq!(result.is_empty(), empty, "{selector:?}");
        }
        let error = parse_field_selector("metadata.name=x,spec.foo=y")
            .unwrap()
            .transform(default_meta_v1_field_selector_conversion)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"spec.foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
        );
        assert_eq!(
            FieldLabelConversionError::NotSupported {
                label: "foo".to_string()
            }
            .to_string(),
            "field label not supported: foo"
        );
        assert_eq!(
            default_meta_v1_field_selector_conversion("metadata.namespace", "default"),
            Ok(("metadata.namespace".to_string(), "default".to_string()))
        );
    }

    /// A small deterministic generator for the no-panic sweep (xorshift64).
    fn next_random(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn odd_inputs_never_panic_and_canonical_forms_are_stable() {
        let pieces = [
            "a",
            "b",
            "x",
            "k8s.io/",
            "=",
            "==",
            "!=",
            "!",
            "(",
            ")",
            ",",
            " ",
            "\t",
            "\r\n",
            "in",
            "notin",
            ">",
            "<",
            "1",
            "-1",
            "-",
            "_",
            ".",
            "/",
            "é",
            "日本",
            "|",
            "\u{0}",
            "\u{3000}",
            "\\",
            "\\,",
            "\\=",
            "\u{10ffff}",
            "in (",
            "99999999999999999999",
        ];
        let huge = "a".repeat(100_000);
        let mut inputs: Vec<String> = vec![
            String::new(),
            huge.clone(),
            format!("{huge}=x"),
            format!("x in ({})", vec!["v"; 10_000].join(",")),
            "(".repeat(10_000),
            ",".repeat(10_000),
            "!".repeat(10_000),
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..3000 {
            let n_pieces = (next_random(&mut state) % 9) as usize;
            let mut input = String::new();
            for _ in 0..n_pieces {
                let index = (next_random(&mut state) % pieces.len() as u64) as usize;
                input.push_str(pieces[index]);
            }
            inputs.push(input);
        }
        for input in &inputs {
            if let Ok(selector) = parse(input) {
                let canonical = selector.to_string();
                let reparsed = parse(&canonical).unwrap();
                assert_eq!(reparsed.to_string(), canonical, "{input:?}");
                let _ = selector.matches(&labels(&[("a", "1"), ("x", "b")]));
            }
            if let Ok(selector) = parse_field_selector(input) {
                let _ = parse_field_selector(&selector.to_string());
                let _ = selector.matches(&labels(&[("a", "1")]));
            }
            let _ = convert_selector_to_labels_map(input);
        }
    }
}
