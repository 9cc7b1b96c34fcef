//! `-o/--output` formats and printing objects in them (yaml, json, name, jsonpath,
//! custom-columns), shared by every verb that prints objects.

use super::error::KubectlError;
use crate::api::Kind;
use crate::printers;
use serde_json::{json, Value};

/// A parsed `-o` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Wide,
    Name,
    Yaml,
    Json,
    /// `-o jsonpath=…`, and whether missing keys are allowed (`--allow-missing-template-keys`).
    JsonPath(String, bool),
    JsonPathAsJson(String, bool),
    CustomColumns(String),
}

const GET_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml";
const OBJECT_FORMATS: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml";

impl OutputFormat {
    /// Parses `-o` for `get` (`tables`: whether wide/custom-columns are allowed).
    pub fn parse(text: &str, tables: bool) -> Result<OutputFormat, KubectlError> {
        let (name, argument) = match text.split_once('=') {
            Some((name, argument)) => (name, Some(argument)),
            None => (text, None),
        };
        let format = match (name, argument) {
            ("", None) => Some(OutputFormat::Table),
            ("wide", None) if tables => Some(OutputFormat::Wide),
            ("name", None) => Some(OutputFormat::Name),
            ("yaml", None) => Some(OutputFormat::Yaml),
            ("json", None) => Some(OutputFormat::Json),
            ("jsonpath", Some(template)) => {
                Some(OutputFormat::JsonPath(template.to_string(), true))
            }
            ("jsonpath-as-json", Some(template)) => {
                Some(OutputFormat::JsonPathAsJson(template.to_string(), true))
            }
            ("custom-columns", Some(spec)) if tables => {
                Some(OutputFormat::CustomColumns(spec.to_string()))
            }
            _ => None,
        };
        if let Some(format) = format {
            if let OutputFormat::JsonPath(template, _) | OutputFormat::JsonPathAsJson(template, _) =
                &format
            {
                if template.is_empty() {
                    return Err(KubectlError::message(
                        "template format specified but no template given",
                    ));
                }
            }
            return Ok(format);
        }
        if name == "jsonpath" || name == "jsonpath-as-json" || (name == "custom-columns" && tables)
        {
            let message = if name == "custom-columns" {
                "custom-columns format specified but no custom columns given"
            } else {
                "template format specified but no template given"
            };
            return Err(KubectlError::message(message));
        }
        Err(KubectlError::message(format!(
            "unable to match a printer suitable for the output format \"{text}\", allowed formats are: {}",
            if tables { GET_FORMATS } else { OBJECT_FORMATS }
        )))
    }

    /// Applies `--allow-missing-template-keys` (default true; commands without the flag keep
    /// the default).
    pub fn with_template_flags(self, flags: &super::cli::FlagValues) -> OutputFormat {
        let allow = flags.string("allow-missing-template-keys") != Some("false");
        match self {
            OutputFormat::JsonPath(template, _) => OutputFormat::JsonPath(template, allow),
            OutputFormat::JsonPathAsJson(template, _) => {
                OutputFormat::JsonPathAsJson(template, allow)
            }
            other => other,
        }
    }

    pub fn is_table(&self) -> bool {
        matches!(
            self,
            OutputFormat::Table | OutputFormat::Wide | OutputFormat::CustomColumns(_)
        )
    }
}

/// `kind/name` (or `kind.group/name`), as the name printer writes it (`<unknown>` for an
/// object without a name).
pub fn name_line(kind: Kind, name: &str) -> String {
    let name = if name.is_empty() { "<unknown>" } else { name };
    format!("{}/{}", kind.singular(), name)
}

/// The `List` kubectl prints for several objects.
pub fn list_value(items: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// Prints one object kubectl built itself as a typed Go struct (`run`, `create namespace`):
/// as `print_objects`, but JSON keeps the struct's field order.
pub fn print_typed_object(
    format: &OutputFormat,
    kind: Kind,
    value: Value,
) -> Result<String, KubectlError> {
    match format {
        OutputFormat::Json => Ok(printers::json::to_json_typed(&value)),
        _ => print_objects(format, &[(kind, value)], true),
    }
}

/// Prints objects in a non-table format. `single`: print the object itself, not a List.
pub fn print_objects(
    format: &OutputFormat,
    objects: &[(Kind, Value)],
    single: bool,
) -> Result<String, KubectlError> {
    let document = if single && objects.len() == 1 {
        objects
            .first()
            .map(|(_, value)| value.clone())
            .unwrap_or(Value::Null)
    } else {
        list_value(objects.iter().map(|(_, value)| value.clone()).collect())
    };
    match format {
        OutputFormat::Yaml => printers::yaml::try_to_yaml(&document)
            .map_err(|error| KubectlError::message(error.to_string())),
        OutputFormat::Json => Ok(printers::json::to_json(&document)),
        OutputFormat::Name => Ok(objects
            .iter()
            .map(|(kind, value)| {
                let name = crate::api::value::str_at(value, &["metadata", "name"]).unwrap_or("");
                format!("{}\n", name_line(*kind, name))
            })
            .collect()),
        OutputFormat::JsonPath(template, allow_missing) => {
            jsonpath(template, &document, false, *allow_missing)
        }
        OutputFormat::JsonPathAsJson(template, allow_missing) => {
            jsonpath(template, &document, true, *allow_missing)
        }
        OutputFormat::Table | OutputFormat::Wide | OutputFormat::CustomColumns(_) => {
            Ok(String::new())
        }
    }
}

fn jsonpath(
    template: &str,
    document: &Value,
    as_json: bool,
    allow_missing_keys: bool,
) -> Result<String, KubectlError> {
    use crate::jsonpath::{JsonPathPrinter, JsonPathPrinterError};
    // cli-runtime's printer.
    let printed = JsonPathPrinter::new(template, allow_missing_keys, as_json)
        .and_then(|printer| printer.print_object(document));
    printed.map_err(|error| match error {
        // Go's reflect panics: kubectl crashes with this first line.
        JsonPathPrinterError::GoRuntimePanic { error, .. } => {
            KubectlError::Raw(format!("panic: {error}"))
        }
        other => {
            let text = format!("error: {other}");
            KubectlError::Raw(text.strip_suffix('\n').unwrap_or(&text).to_string())
        }
    })
}
