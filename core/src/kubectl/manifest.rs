//! Reading `-f` sources the way cli-runtime's resource builder does: files, directories,
//! `-` for stdin, several YAML/JSON documents per file, and `kind: List` expanded.
//!
//! Each object keeps the name of the source it came from, because kubectl puts it into error
//! messages (`error when creating "kubia-manual.yaml": …`, `"STDIN"` for `-f -`).

use super::error::KubectlError;
use crate::api::value;
use crate::vfs::Vfs;
use serde_json::Value;

mod go_json;
pub(crate) mod yaml_json;

/// One object read from a source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcedObject {
    /// The file as the user named it, or `STDIN`.
    pub source: String,
    pub value: Value,
}

/// Deepest nesting accepted in a manifest (the API server rejects absurd depth too).
const MAX_DEPTH: usize = 100;

/// Reads every `-f` argument in order.
pub fn read_sources(
    fs: &Vfs,
    stdin: Option<&str>,
    filenames: &[String],
    recursive: bool,
) -> Result<Vec<SourcedObject>, KubectlError> {
    let mut objects = Vec::new();
    for filename in filenames {
        if filename == "-" {
            objects.extend(parse_documents(stdin.unwrap_or(""), "STDIN")?);
            continue;
        }
        if filename.starts_with("http://") || filename.starts_with("https://") {
            let host = filename
                .split("://")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .unwrap_or("");
            return Err(KubectlError::message(format!(
                "unable to read URL \"{filename}\", server reported Get \"{filename}\": dial tcp: lookup {host}: no such host, status code=0"
            )));
        }
        if fs.is_dir(filename) {
            let absolute = fs.resolve(filename);
            let paths: Vec<String> = if recursive {
                fs.files_below(filename)
            } else {
                fs.list(filename)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|(_, is_dir)| !is_dir)
                    .map(|(name, _)| format!("{}/{name}", absolute.trim_end_matches('/')))
                    .collect()
            };
            for path in paths {
                if ![".json", ".yaml", ".yml"]
                    .iter()
                    .any(|ext| path.ends_with(ext))
                {
                    continue;
                }
                let display = display_path(filename, &absolute, &path);
                let content = fs.read(&path).unwrap_or("");
                objects.extend(parse_documents(content, &display)?);
            }
            continue;
        }
        match fs.read(filename) {
            Ok(content) => objects.extend(parse_documents(content, filename)?),
            Err(_) => {
                return Err(KubectlError::message(format!(
                    "the path \"{filename}\" does not exist"
                )))
            }
        }
    }
    Ok(objects)
}

fn display_path(given: &str, absolute: &str, path: &str) -> String {
    let relative = path
        .strip_prefix(absolute)
        .unwrap_or(path)
        .trim_start_matches('/');
    format!("{}/{relative}", given.trim_end_matches('/'))
}

/// Every document of a stream that converts to JSON, as kubectl reads it (for checks on files
/// the learner wrote; documents that do not parse are skipped).
pub fn documents_as_json(content: &str) -> Vec<Value> {
    split_documents(content)
        .into_iter()
        .take(64)
        .filter(|document| !depth_exceeds(document, MAX_DEPTH))
        .filter_map(|document| yaml_to_json(document).ok())
        .collect()
}

/// Splits a stream into YAML/JSON documents and converts each to JSON.
pub fn parse_documents(content: &str, source: &str) -> Result<Vec<SourcedObject>, KubectlError> {
    let mut objects = Vec::new();
    for value in document_values(content, source)? {
        match value {
            Value::Null => continue,
            Value::Object(_) => {}
            other => {
                return Err(KubectlError::message(format!(
                    "unable to decode \"{source}\": json: cannot unmarshal {} into Go value of type unstructured.detector",
                    json_type_name(&other)
                )))
            }
        }
        if value::str_at(&value, &["kind"]) == Some("List")
            && value::str_at(&value, &["apiVersion"]) == Some("v1")
        {
            for item in value::array_at(&value, &["items"]) {
                objects.push(SourcedObject {
                    source: source.to_string(),
                    value: item.clone(),
                });
            }
            continue;
        }
        objects.push(SourcedObject {
            source: source.to_string(),
            value,
        });
    }
    Ok(objects)
}

/// The documents of a stream as JSON values: Go's JSON decoder for a stream that starts with
/// `{`, YAML documents otherwise.
fn document_values(content: &str, source: &str) -> Result<Vec<Value>, KubectlError> {
    let parse_error =
        |problem: String| KubectlError::message(format!("error parsing {source}: {problem}"));
    if go_json::looks_like_json(content) {
        match go_json::split_values(content) {
            Ok(texts) => {
                return texts
                    .into_iter()
                    .map(|text| {
                        serde_json::from_str(text).map_err(|error| parse_error(error.to_string()))
                    })
                    .collect()
            }
            Err(go_json::JsonStreamError::UnexpectedEof) => {
                return Err(parse_error("unexpected EOF".to_string()))
            }
            // apimachinery retries a stream with a JSON syntax error as YAML (`{a: 1}` is
            // fine YAML) and reports the JSON error only when that fails too.
            Err(json_error) => {
                return yaml_documents(content, source)
                    .map_err(|_| parse_error(json_error.to_string()))
            }
        }
    }
    yaml_documents(content, source)
}

/// The YAML documents of a stream as JSON values.
fn yaml_documents(content: &str, source: &str) -> Result<Vec<Value>, KubectlError> {
    let parse_error =
        |problem: String| KubectlError::message(format!("error parsing {source}: {problem}"));
    let mut values = Vec::new();
    for document in split_documents(content) {
        if document.trim().is_empty() || document.lines().all(is_blank_or_comment) {
            continue;
        }
        if depth_exceeds(document, MAX_DEPTH) {
            return Err(parse_error(format!(
                "error converting YAML to JSON: yaml: exceeded max depth of {MAX_DEPTH}"
            )));
        }
        let value = yaml_to_json(document)
            .map_err(|problem| parse_error(format!("error converting YAML to JSON: {problem}")))?;
        values.push(value);
    }
    Ok(values)
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// Splits on `---` document separators (a line that is `---`, optionally followed by text).
fn split_documents(content: &str) -> Vec<&str> {
    let mut documents = Vec::new();
    let mut start = 0usize;
    let mut position = 0usize;
    for line in content.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed == "---" || trimmed.starts_with("--- ") {
            documents.push(content.get(start..position).unwrap_or(""));
            start = position + line.len();
        }
        position += line.len();
    }
    documents.push(content.get(start..).unwrap_or(""));
    documents
}

/// Cheap guard against pathological nesting before handing text to the YAML parser.
fn depth_exceeds(document: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    for c in document.chars() {
        match c {
            '[' | '{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    document
        .lines()
        .map(|line| line.len() - line.trim_start().len())
        .max()
        .unwrap_or(0)
        > limit * 8
}

/// Parses one YAML document into JSON; an error is what follows kubectl's `error converting
/// YAML to JSON: ` (`yaml: line 2: …` with go-yaml's line, or `json: unsupported value: …`).
fn yaml_to_json(document: &str) -> Result<Value, String> {
    yaml_json::yaml_to_json(document).map_err(|error| match error {
        yaml_json::ConvertError::Json(message) => message,
        yaml_json::ConvertError::Yaml(error) => {
            let text = error.to_string();
            let problem_line = error
                .location()
                .map(|location| location.line())
                .unwrap_or(1);
            let place = go_yaml_line(&text, problem_line)
                .map(|line| format!("line {line}: "))
                .unwrap_or_default();
            format!("yaml: {place}{}", go_yaml_message(&text))
        }
    })
}

/// go-yaml v2's `parser.fail`: the 0-based problem line (+1 for scanner errors), else the
/// 0-based context line; no line when that is 0.
fn go_yaml_line(text: &str, problem_line_one_based: usize) -> Option<usize> {
    let scanner =
        text.contains("while scanning") || text.contains("mapping values are not allowed");
    let mut line = problem_line_one_based.saturating_sub(1);
    if line != 0 && scanner {
        line += 1;
    }
    if line == 0 {
        line = text
            .rsplit(" at line ")
            .next()
            .filter(|_| text.matches(" at line ").count() > 1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|number| number.parse::<usize>().ok())
            .map(|one_based| one_based.saturating_sub(1))
            .unwrap_or(0);
    }
    (line != 0).then_some(line)
}

/// Maps libyaml-style messages (serde_yaml) to the go-yaml texts kubectl shows.
fn go_yaml_message(message: &str) -> String {
    let core = message.split(" at line ").next().unwrap_or(message);
    if core.contains("mapping values are not allowed") {
        "mapping values are not allowed in this context".into()
    } else if core.contains("did not find expected key") {
        "did not find expected key".into()
    } else if core.contains("did not find expected '-' indicator") {
        "did not find expected '-' indicator".into()
    } else if core.contains("found character that cannot start any token") {
        "found character that cannot start any token".into()
    } else if core.contains("could not find expected ':'") {
        "could not find expected ':'".into()
    } else if core.contains("found unexpected end of stream") {
        "found unexpected end of stream".into()
    } else if core.contains("recursion limit exceeded") {
        "exceeded max depth of 10000".into()
    } else {
        core.trim_start_matches("while parsing a block mapping, ")
            .trim_start_matches("while scanning a simple key, ")
            .to_string()
    }
}

/// Go's JSON type names in unmarshal errors.
pub fn json_type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Client-side checks kubectl makes before sending (`--validate`): apiVersion and kind set.
/// Decoding a document without `--validate` (cli-runtime's `infoForData`): a `kind` must be a
/// non-empty string, an `apiVersion` a string.
pub fn check_decodable(object: &SourcedObject) -> Result<(), KubectlError> {
    let source = &object.source;
    if let Some(version) = object.value.get("apiVersion").filter(|v| !v.is_string()) {
        return Err(KubectlError::message(format!(
            "unable to decode \"{source}\": json: cannot unmarshal {} into Go struct field metadataOnlyObject.TypeMeta.apiVersion of type string",
            json_type_name(version)
        )));
    }
    if value::str_at(&object.value, &["kind"])
        .unwrap_or("")
        .is_empty()
    {
        return Err(KubectlError::message(format!(
            "unable to decode \"{source}\": Object 'Kind' is missing in '{}'",
            crate::printers::json::to_compact_json(&object.value)
        )));
    }
    Ok(())
}

pub fn validate_type_fields(object: &SourcedObject) -> Result<(), KubectlError> {
    let mut missing = Vec::new();
    if value::str_at(&object.value, &["apiVersion"])
        .unwrap_or("")
        .is_empty()
    {
        missing.push("apiVersion not set");
    }
    if value::str_at(&object.value, &["kind"])
        .unwrap_or("")
        .is_empty()
    {
        missing.push("kind not set");
    }
    let detail = match missing.as_slice() {
        [] => return Ok(()),
        [one] => (*one).to_string(),
        many => format!("[{}]", many.join(", ")),
    };
    Err(KubectlError::message(format!(
        "error validating \"{}\": error validating data: {detail}; if you choose to ignore these errors, turn validation off with --validate=false",
        object.source
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_multi_document_and_lists() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\n# comment\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: b\n";
        let objects = parse_documents(text, "x.yaml").unwrap();
        let names: Vec<&str> = objects
            .iter()
            .map(|o| value::str_at(&o.value, &["metadata", "name"]).unwrap())
            .collect();
        assert_eq!(names, vec!["a", "b"]);
    }

    #[test]
    fn yaml_error_lines_follow_go_yaml() {
        for (text, want) in [
            (
                "a: b: c\n",
                "yaml: mapping values are not allowed in this context",
            ),
            (
                "a:\n  - b\n c: d\n",
                "yaml: line 2: did not find expected key",
            ),
            ("a: 'x\n", "yaml: line 2: found unexpected end of stream"),
            (
                "a: [1, 2\n",
                "yaml: line 1: did not find expected ',' or ']'",
            ),
            (
                "\tkey: v\n",
                "yaml: found character that cannot start any token",
            ),
            (
                "- a\nb: c\n",
                "yaml: line 1: did not find expected '-' indicator",
            ),
            (
                "key: @bad\n",
                "yaml: found character that cannot start any token",
            ),
        ] {
            let error = parse_documents(text, "t.yaml").unwrap_err().render();
            assert_eq!(
                error,
                format!("error: error parsing t.yaml: error converting YAML to JSON: {want}\n"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn reads_json() {
        let objects = parse_documents(
            "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"x\"}}",
            "ns.json",
        )
        .unwrap();
        assert_eq!(objects.len(), 1);
    }

    #[test]
    fn reports_yaml_errors_with_lines() {
        let error = parse_documents(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n y: 1\n",
            "bad.yaml",
        )
        .unwrap_err();
        assert_eq!(
            error.render(),
            "error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
        );
    }

    #[test]
    fn rejects_deep_nesting_without_overflow() {
        let deep = "[".repeat(100_000);
        assert!(parse_documents(&deep, "deep.yaml").is_err());
        let deep_map = (0..5000)
            .map(|i| format!("{}a:\n", " ".repeat(i)))
            .collect::<String>();
        assert!(parse_documents(&deep_map, "deep.yaml").is_err());
    }

    #[test]
    fn type_fields_are_checked() {
        let object = SourcedObject {
            source: "nokind.yaml".into(),
            value: serde_json::json!({"metadata": {"name": "x"}}),
        };
        assert_eq!(
            validate_type_fields(&object).unwrap_err().render(),
            "error: error validating \"nokind.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n"
        );
    }
}
