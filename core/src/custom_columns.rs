//! kubectl `-o custom-columns=<header>:<json-path>,...` and `-o custom-columns-file=<file>`: a port of
//! kubectl's `pkg/cmd/get/customcolumn.go` (spec and template-file parsing, cell values, `<none>`,
//! errors) on top of [`crate::jsonpath`].
//!
//! Output is rows of cells — the header row first unless `--no-headers` — that the caller aligns
//! with kubectl's tabwriter (min width 6, padding 3, last column unpadded). Cells are Go
//! `fmt.Sprint` renderings passed through kubectl's `EscapeTerminal` (ESC → `^[`, CR → `\r`); a tab
//! or newline inside a value is left for the tabwriter to act on, as kubectl does.
//!
//! Deliberately not known here: reading the template file (the caller passes its content), how
//! `kubectl get` combines several objects (it wraps them in one `List`, whose items become rows),
//! and remembering the last printed type across calls (each call prints its own header).

use crate::jsonpath::{relaxed_expression, JsonPath, JsonPathError};
use serde_json::Value;
use std::fmt;

/// Go `bufio.MaxScanTokenSize`: longer template-file lines cannot be scanned.
const MAXIMUM_TEMPLATE_LINE_BYTES: usize = 64 * 1024 - 1;

/// Why a custom-columns printer could not be built or could not print; `Display` is kubectl's text.
#[derive(Debug, Clone, PartialEq)]
pub enum CustomColumnsError {
    /// `-o custom-columns=` with nothing after `=`.
    NoCustomColumnsGiven,
    /// A comma-separated part without a `:`.
    UnexpectedSpec(String),
    /// A column's path rejected by `RelaxedJSONPathExpression`, or a JSONPath parse or execution
    /// error while printing (kubectl prints the bare JSONPath message).
    JsonPath(JsonPathError),
    /// The template file has no first line.
    MissingHeaderLine,
    /// The template file has no second line.
    MissingSpecLine,
    /// The template file's header and spec lines have different word counts.
    HeaderSpecCountMismatch {
        /// Number of words on the header line.
        headers: usize,
        /// Number of words on the spec line.
        specs: usize,
    },
    /// A list object whose `items` contains something that is not an object.
    ItemsMemberIsNotAnObject,
}

impl fmt::Display for CustomColumnsError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoCustomColumnsGiven => write!(
                formatter,
                "custom-columns format specified but no custom columns given"
            ),
            Self::UnexpectedSpec(part) => write!(
                formatter,
                "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
            ),
            Self::JsonPath(error) => write!(formatter, "{error}"),
            Self::MissingHeaderLine => write!(
                formatter,
                "invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs."
            ),
            Self::MissingSpecLine => write!(
                formatter,
                "invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs."
            ),
            Self::HeaderSpecCountMismatch { headers, specs } => write!(
                formatter,
                "number of headers ({headers}) and field specifications ({specs}) don't match"
            ),
            Self::ItemsMemberIsNotAnObject => write!(
                formatter,
                "items member is not an object: map[string]interface {{}}"
            ),
        }
    }
}

impl std::error::Error for CustomColumnsError {}

impl From<JsonPathError> for CustomColumnsError {
    fn from(error: JsonPathError) -> Self {
        Self::JsonPath(error)
    }
}

/// One user-specified column (kubectl `Column`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomColumn {
    /// The header text, printed as given.
    pub header: String,
    /// The relaxed JSONPath, e.g. `{.metadata.name}`.
    pub field_spec: String,
}

/// What one print produced: the rows written before any error, and the error (kubectl prints the
/// rows, then `error: <message>`, and exits 1).
#[derive(Debug, Clone, PartialEq)]
pub struct CustomColumnsOutput {
    /// Rows of cells, header row first unless headers are off.
    pub rows: Vec<Vec<String>>,
    /// The error that stopped printing, if any.
    pub error: Option<CustomColumnsError>,
}

/// kubectl's `CustomColumnsPrinter`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomColumnsPrinter {
    /// The columns, in order.
    pub columns: Vec<CustomColumn>,
    /// `--no-headers` (always false for `custom-columns-file`, as in kubectl).
    pub no_headers: bool,
}

impl CustomColumnsPrinter {
    /// `-o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName` (kubectl
    /// `NewCustomColumnsPrinterFromSpec`). The spec is split on every `,`, so JSONPath unions cannot
    /// be used here.
    pub fn from_spec(spec: &str, no_headers: bool) -> Result<Self, CustomColumnsError> {
        if spec.is_empty() {
            return Err(CustomColumnsError::NoCustomColumnsGiven);
        }
        let mut columns = Vec::new();
        for part in spec.split(',') {
            let Some((header, path)) = part.split_once(':') else {
                return Err(CustomColumnsError::UnexpectedSpec(part.to_string()));
            };
            columns.push(CustomColumn {
                header: header.to_string(),
                field_spec: relaxed_expression(path)?,
            });
        }
        Ok(Self {
            columns,
            no_headers,
        })
    }

    /// `-o custom-columns-file=FILE` given the file's content (kubectl
    /// `NewCustomColumnsPrinterFromTemplate`): a line of whitespace-separated headers, then a line
    /// of whitespace-separated paths; further lines are ignored. `--no-headers` does not apply.
    pub fn from_template_file(content: &str) -> Result<Self, CustomColumnsError> {
        let mut lines = content.split_terminator('\n').map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            (line.len() <= MAXIMUM_TEMPLATE_LINE_BYTES).then_some(line)
        });
        let header_line = lines
            .next()
            .flatten()
            .ok_or(CustomColumnsError::MissingHeaderLine)?;
        let spec_line = lines
            .next()
            .flatten()
            .ok_or(CustomColumnsError::MissingSpecLine)?;
        let headers: Vec<&str> = header_line.split_whitespace().collect();
        let specs: Vec<&str> = spec_line.split_whitespace().collect();
        if headers.len() != specs.len() {
            return Err(CustomColumnsError::HeaderSpecCountMismatch {
                headers: headers.len(),
                specs: specs.len(),
            });
        }
        let mut columns = Vec::with_capacity(headers.len());
        for (header, spec) in headers.into_iter().zip(specs) {
            columns.push(CustomColumn {
                header: header.to_string(),
                field_spec: relaxed_expression(spec)?,
            });
        }
        Ok(Self {
            columns,
            no_headers: false,
        })
    }

    /// The header row (printed as given, not escaped).
    pub fn header_row(&self) -> Vec<String> {
        self.columns
            .iter()
            .map(|column| column.header.clone())
            .collect()
    }

    /// kubectl `PrintObj` for one object: the header row (unless headers are off), then one row per
    /// item when the object is a list (it has an `items` array), else one row.
    pub fn print_object(&self, object: &Value) -> CustomColumnsOutput {
        let mut rows = Vec::new();
        if !self.no_headers {
            rows.push(self.header_row());
        }
        let mut parsers = Vec::with_capacity(self.columns.len());
        for column in &self.columns {
            match JsonPath::parse(&column.field_spec) {
                Ok(parser) => parsers.push(parser.with_allow_missing_keys(true)),
                Err(error) => {
                    return CustomColumnsOutput {
                        rows,
                        error: Some(error.into()),
                    }
                }
            }
        }
        let objects: Vec<&Value> = match object.get("items") {
            Some(Value::Array(items)) => {
                if !items.iter().all(Value::is_object) {
                    return CustomColumnsOutput {
                        rows,
                        error: Some(CustomColumnsError::ItemsMemberIsNotAnObject),
                    };
                }
                items.iter().collect()
            }
            _ => vec![object],
        };
        for item in objects {
            match object_row(&parsers, item) {
                Ok(row) => rows.push(row),
                Err(error) => {
                    return CustomColumnsOutput {
                        rows,
                        error: Some(error),
                    }
                }
            }
        }
        CustomColumnsOutput { rows, error: None }
    }
}

/// kubectl `printOneObject`: one cell per column, values joined by `,`, `<none>` when empty.
fn object_row(parsers: &[JsonPath], object: &Value) -> Result<Vec<String>, CustomColumnsError> {
    let mut row = Vec::with_capacity(parsers.len());
    for parser in parsers {
        let groups = parser.find_result_values(object)?;
        let mut cells = Vec::new();
        if groups.first().is_none_or(Vec::is_empty) {
            cells.push("<none>".to_string());
        }
        for value in groups.iter().flatten() {
            cells.push(escape_terminal(&value.to_go_sprint()?));
        }
        row.push(cells.join(","));
    }
    Ok(row)
}

/// cli-runtime `EscapeTerminal`: ESC becomes `^[` and CR becomes `\r`.
pub fn escape_terminal(text: &str) -> String {
    text.replace('\u{1b}', "^[").replace('\r', "\\r")
}

#[cfg(test)]
#[path = "custom_columns_tests.rs"]
mod tests;
