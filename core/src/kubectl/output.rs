//! `-o/--output` formats and printing objects in them (yaml, kyaml, json, name, jsonpath,
//! go-template, custom-columns, and their `-file` forms), shared by every verb that prints
//! objects.

use super::error::KubectlError;
use crate::api::Kind;
use crate::go_template::{GoTemplate, GoTemplateError};
use crate::jsonpath::{JsonPathPrinter, JsonPathPrinterError};
use crate::printers;
use serde_json::{json, Value};
use std::fmt::Write as _;

/// A parsed `-o` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Wide,
    Name,
    Yaml,
    Kyaml,
    Json,
    /// `-o jsonpath=…`, and whether missing keys are allowed (`--allow-missing-template-keys`).
    JsonPath(String, bool),
    JsonPathAsJson(String, bool),
    /// `-o go-template=…` (or `template`, or a template file's text), and whether missing keys
    /// are allowed.
    GoTemplate(String, bool),
    /// `-o custom-columns=SPEC`.
    CustomColumns(String),
    /// `-o custom-columns-file=FILE`: the file's text.
    CustomColumnsFile(String),
}

/// The formats that take a template (`-o NAME=TEMPLATE`).
const TEMPLATE_FORMATS: [&str; 7] = [
    "go-template",
    "go-template-file",
    "template",
    "templatefile",
    "jsonpath",
    "jsonpath-as-json",
    "jsonpath-file",
];

/// The formats whose argument names a file.
const FILE_FORMATS: [&str; 4] = [
    "go-template-file",
    "templatefile",
    "jsonpath-file",
    "custom-columns-file",
];

/// `os.ReadFile`'s error, as the template flags wrap it (`open FILE: no such file or
/// directory`, `read FILE: is a directory`).
fn read_error(format: &str, path: &str, error: crate::vfs::FsError) -> KubectlError {
    let cause = match error {
        crate::vfs::FsError::IsADirectory => format!("read {path}: is a directory"),
        crate::vfs::FsError::NotADirectory => format!("open {path}: not a directory"),
        _ => format!("open {path}: no such file or directory"),
    };
    if format == "custom-columns-file" {
        KubectlError::message(format!("error reading template {path}, {cause}"))
    } else {
        KubectlError::message(format!("error reading --template {path}, {cause}"))
    }
}

/// `NoCompatiblePrinterError`.
fn no_printer(text: &str, tables: bool) -> KubectlError {
    KubectlError::message(format!(
        "unable to match a printer suitable for the output format \"{text}\", allowed formats are: {}",
        if tables { GET_FORMATS } else { OBJECT_FORMATS }
    ))
}

/// `error parsing template TEXT, ERROR`.
fn template_parse_error(text: &str, error: &GoTemplateError) -> KubectlError {
    KubectlError::message(format!("error parsing template {text}, {error}"))
}

const GET_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml";
const OBJECT_FORMATS: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml";

impl OutputFormat {
    /// A format without an argument (`tables`: `get`'s `wide` too), or the error of a format
    /// named without its argument or not known.
    fn plain(text: &str, tables: bool) -> Result<OutputFormat, KubectlError> {
        match text {
            "" => return Ok(OutputFormat::Table),
            "wide" if tables => return Ok(OutputFormat::Wide),
            _ => {}
        }
        // The JSON/YAML and name printers lower-case the format (`strings.ToLower`).
        match text.to_lowercase().as_str() {
            "name" => return Ok(OutputFormat::Name),
            "yaml" => return Ok(OutputFormat::Yaml),
            "json" => return Ok(OutputFormat::Json),
            "kyaml" => return Ok(OutputFormat::Kyaml),
            _ => {}
        }
        let columns = text == "custom-columns" || text == "custom-columns-file";
        if TEMPLATE_FORMATS.contains(&text) || (columns && tables) {
            return Err(KubectlError::message(if columns {
                "custom-columns format specified but no custom columns given"
            } else {
                "template format specified but no template given"
            }));
        }
        Err(no_printer(text, tables))
    }

    /// The format `-o`, `--template` and `--allow-missing-template-keys` choose, as
    /// `PrintFlags.ToPrinter` finds it (`tables`: `kubectl get`'s formats): `--template` alone
    /// means `go-template`; with `--template`, `-o` names the format bare (`-o jsonpath
    /// --template=…`); the `-file` formats read their file here. Commands that print objects
    /// they change (`tables` false) also parse the template here, so a bad template stops
    /// them before they change anything, as kubectl's `Complete` does.
    pub fn from_flags(
        output: &str,
        tables: bool,
        flags: &super::cli::FlagValues,
        fs: &crate::vfs::Vfs,
    ) -> Result<OutputFormat, KubectlError> {
        let allow_missing = flags.string("allow-missing-template-keys") != Some("false");
        let template = flags.string("template").unwrap_or("");
        // `--template` stands for `-o go-template` unless `-o` was given, even empty (a
        // command whose `-o` has a default, `config view`'s `yaml`, takes the template too);
        // `get`'s own print flags only ask that `-o` be empty.
        let output_given = if tables {
            !output.is_empty()
        } else {
            flags.changed("output")
        };
        let output = if !template.is_empty() && !output_given {
            "go-template"
        } else {
            output
        };
        let takes_argument = |name: &str| {
            TEMPLATE_FORMATS.contains(&name)
                || (tables && (name == "custom-columns" || name == "custom-columns-file"))
        };
        let (name, value) = if template.is_empty() {
            match output.split_once('=') {
                Some((name, value)) if takes_argument(name) => (name, value),
                // Formats without an argument, and the errors of those that lack one.
                _ => return OutputFormat::plain(output, tables),
            }
        } else if takes_argument(output) {
            (output, template)
        } else if output.contains('=') {
            // With `--template`, `-o` must name the format alone.
            return Err(no_printer(output, tables));
        } else {
            return OutputFormat::plain(output, tables);
        };
        let columns = name.starts_with("custom-columns");
        if value.is_empty() {
            return Err(KubectlError::message(if columns {
                "custom-columns format specified but no custom columns given"
            } else {
                "template format specified but no template given"
            }));
        }
        let text = if FILE_FORMATS.contains(&name) {
            fs.read(value)
                .map(str::to_string)
                .map_err(|error| read_error(name, value, error))?
        } else {
            value.to_string()
        };
        let format = match name {
            "jsonpath" | "jsonpath-file" => OutputFormat::JsonPath(text, allow_missing),
            "jsonpath-as-json" => OutputFormat::JsonPathAsJson(text, allow_missing),
            "custom-columns" => OutputFormat::CustomColumns(text),
            "custom-columns-file" => OutputFormat::CustomColumnsFile(text),
            _ => OutputFormat::GoTemplate(text, allow_missing),
        };
        if !tables {
            format.check_template()?;
        }
        Ok(format)
    }

    /// kubectl's error for a template that does not parse.
    pub(crate) fn check_template(&self) -> Result<(), KubectlError> {
        match self {
            OutputFormat::JsonPath(text, _) | OutputFormat::JsonPathAsJson(text, _) => {
                crate::jsonpath::JsonPath::parse(text)
                    .map(drop)
                    .map_err(|error| {
                        KubectlError::message(format!("error parsing jsonpath {text}, {error}"))
                    })
            }
            OutputFormat::GoTemplate(text, _) => GoTemplate::parse(text)
                .map(drop)
                .map_err(|error| template_parse_error(text, &error)),
            _ => Ok(()),
        }
    }

    pub fn is_table(&self) -> bool {
        matches!(
            self,
            OutputFormat::Table
                | OutputFormat::Wide
                | OutputFormat::CustomColumns(_)
                | OutputFormat::CustomColumnsFile(_)
        )
    }
}

/// `kind/name` (or `kind.group/name`), as the name printer writes it (`<unknown>` for an
/// object without a name).
pub fn name_line(kind: Kind, name: &str) -> String {
    let name = if name.is_empty() { "<unknown>" } else { name };
    format!("{}/{}", kind.singular(), name)
}

/// Writes what a printer gave for one of several objects: the visitor goes on after a
/// printer's error (the go-template printer's debugging dump is written first), and a Go panic
/// ends kubectl at once.
pub fn write_printed(
    printed: Result<String, KubectlError>,
    io: &mut super::Io,
    errors: &mut Vec<KubectlError>,
) -> Result<(), KubectlError> {
    match printed {
        Ok(text) => io.out(&text),
        Err(KubectlError::WithOutput { stdout, message }) => {
            io.out(&stdout);
            errors.push(KubectlError::Message(message));
        }
        Err(error @ KubectlError::Panic { .. }) => return Err(error),
        Err(error) => errors.push(error),
    }
    Ok(())
}

/// The `List` kubectl prints for several objects.
pub fn list_value(items: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// Prints one object kubectl holds as a typed Go struct (one it built, `run`, `create
/// namespace`, or decoded with its scheme, `set image`): as `print_objects`, but JSON keeps
/// the struct's field order, and JSONPath reads the object through `encoding/json`, in which
/// every number is a `float64` (the go-template printer decodes with apimachinery's
/// `util/json`, which keeps integers).
pub fn print_typed_object(
    format: &OutputFormat,
    kind: Kind,
    value: Value,
) -> Result<String, KubectlError> {
    match format {
        OutputFormat::Json => Ok(typed_json(&value, true)),
        OutputFormat::Kyaml => kyaml(&typed_json(&value, false)),
        OutputFormat::GoTemplate(template, allow_missing) => {
            go_template(template, &value, *allow_missing, true)
        }
        OutputFormat::JsonPath(template, allow_missing) => {
            jsonpath(template, &float_numbers(value), false, *allow_missing)
        }
        OutputFormat::JsonPathAsJson(template, allow_missing) => {
            jsonpath(template, &float_numbers(value), true, *allow_missing)
        }
        _ => print_objects(format, &[(kind, value)], true),
    }
}

/// `json.Marshal` of a typed object (`pretty`: `MarshalIndent` with four spaces and the
/// printer's newline): fields in the struct's order, from the schema for the kinds it has.
fn typed_json(value: &Value, pretty: bool) -> String {
    match crate::schema::typed::object_json(value, pretty.then_some("    ")) {
        Some(text) if pretty => text + "\n",
        Some(text) => text,
        None if pretty => printers::json::to_json_typed(value),
        None => printers::json::to_compact_json_typed(value),
    }
}

/// A value as `json.Unmarshal` into an `interface{}` gives it back: numbers as `float64`.
fn float_numbers(value: Value) -> Value {
    match value {
        Value::Number(number) if !number.is_f64() => number
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Number(number), Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(float_numbers).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, item)| (key, float_numbers(item)))
                .collect(),
        ),
        other => other,
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
    print_document(format, objects, &document)
}

/// Prints the objects `apply` holds, several as the typed `corev1.List` it builds
/// (`printObjects`): an empty `metadata`, and JSON in the struct's field order.
pub fn print_applied_objects(
    format: &OutputFormat,
    objects: &[(Kind, Value)],
) -> Result<String, KubectlError> {
    if objects.len() == 1 {
        return print_objects(format, objects, true);
    }
    let items: Vec<Value> = objects.iter().map(|(_, value)| value.clone()).collect();
    let document = json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {}});
    match format {
        OutputFormat::Json => Ok(printers::json::to_json_typed(&document)),
        _ => print_document(format, objects, &document),
    }
}

fn print_document(
    format: &OutputFormat,
    objects: &[(Kind, Value)],
    document: &Value,
) -> Result<String, KubectlError> {
    let document = document.clone();
    match format {
        OutputFormat::Yaml => printers::yaml::try_to_yaml(&document)
            .map_err(|error| KubectlError::message(error.to_string())),
        OutputFormat::Kyaml => kyaml(&printers::json::to_compact_json(&document)),
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
        OutputFormat::GoTemplate(template, allow_missing) => {
            go_template(template, &document, *allow_missing, false)
        }
        OutputFormat::Table
        | OutputFormat::Wide
        | OutputFormat::CustomColumns(_)
        | OutputFormat::CustomColumnsFile(_) => Ok(String::new()),
    }
}

fn kyaml(json: &str) -> Result<String, KubectlError> {
    printers::kyaml::json_to_kyaml(json).map_err(KubectlError::message)
}

/// cli-runtime's `GoTemplatePrinter`: on an execution error, what the template wrote and the
/// debugging dump go to standard output, and the error to standard error.
/// `typed`: the object is a Go struct kubectl built, whose `json.Marshal` (the "raw data" of
/// a failed run) keeps the struct's field order.
fn go_template(
    template: &str,
    document: &Value,
    allow_missing_keys: bool,
    typed: bool,
) -> Result<String, KubectlError> {
    let parsed =
        GoTemplate::parse(template).map_err(|error| template_parse_error(template, &error))?;
    let (mut written, error) = parsed.execute(document, !allow_missing_keys);
    let Some(error) = error else {
        return Ok(written);
    };
    let _ = write!(
        written,
        "Error executing template: {error}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\traw data was:\n\t\t{}\n\tobject given to template engine was:\n\t\t{}\n\n",
        if typed {
            typed_json(document, false)
        } else {
            printers::json::to_compact_json(document)
        },
        crate::go_template::go_sprint_plus_v(document),
    );
    Err(KubectlError::WithOutput {
        stdout: written,
        message: format!(
            "error executing template {}: {error}",
            crate::jsonpath::go_quote(template)
        ),
    })
}

fn jsonpath(
    template: &str,
    document: &Value,
    as_json: bool,
    allow_missing_keys: bool,
) -> Result<String, KubectlError> {
    // cli-runtime's printer.
    let printed = JsonPathPrinter::new(template, allow_missing_keys, as_json)
        .and_then(|printer| printer.print_object(document));
    jsonpath_error(printed)
}

fn jsonpath_error(printed: Result<String, JsonPathPrinterError>) -> Result<String, KubectlError> {
    printed.map_err(|error| match error {
        // Go's reflect panics: kubectl crashes with this first line.
        JsonPathPrinterError::GoRuntimePanic {
            error,
            output_before_panic,
        } => KubectlError::Panic {
            stdout: output_before_panic,
            message: error.to_string(),
        },
        other => KubectlError::Message(other.to_string()),
    })
}

/// A printer made once for several objects, as `annotate` makes its own: client-go's JSONPath
/// keeps the range state one object leaves to the next (other formats hold no state).
pub struct Printer<'f> {
    format: &'f OutputFormat,
    json_path: Option<JsonPathPrinter>,
}

impl<'f> Printer<'f> {
    pub fn new(format: &'f OutputFormat) -> Printer<'f> {
        let json_path = match format {
            OutputFormat::JsonPath(template, allow_missing) => {
                JsonPathPrinter::new(template, *allow_missing, false).ok()
            }
            OutputFormat::JsonPathAsJson(template, allow_missing) => {
                JsonPathPrinter::new(template, *allow_missing, true).ok()
            }
            _ => None,
        };
        Printer { format, json_path }
    }

    /// Prints one object, as `print_objects` does with `single`.
    pub fn print(&self, kind: Kind, object: Value) -> Result<String, KubectlError> {
        match &self.json_path {
            Some(printer) => jsonpath_error(printer.print_object(&object)),
            None => print_objects(self.format, &[(kind, object)], true),
        }
    }

    /// Prints one object kubectl holds as a Go struct, as `print_typed_object` does.
    pub fn print_typed(&self, kind: Kind, object: Value) -> Result<String, KubectlError> {
        match &self.json_path {
            Some(printer) => jsonpath_error(printer.print_object(&float_numbers(object))),
            None => print_typed_object(self.format, kind, object),
        }
    }
}
