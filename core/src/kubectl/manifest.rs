//! Reading `-f` sources the way cli-runtime's resource builder does: files, directories,
//! `-` for stdin, several YAML/JSON documents per file, and `kind: List` expanded.
//!
//! Each object keeps the name of the source it came from, because kubectl puts it into error
//! messages (`error when creating "kubia-manual.yaml": …`, `"STDIN"` for `-f -`).

use super::error::KubectlError;
use crate::api::value;
use crate::vfs::Vfs;
use serde_json::Value;

pub mod go_json;
mod libyaml;
pub(crate) mod yaml_json;

/// One object read from a source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcedObject {
    /// The file as the user named it, or `STDIN`.
    pub source: String,
    pub value: Value,
    /// The document's own text when the stream was JSON (kubectl quotes it in decoding
    /// errors; for YAML it quotes the converted JSON).
    pub raw: Option<String>,
}

/// What the `-f` sources gave. Each file is read as cli-runtime's `StreamVisitor` reads it:
/// document by document, until one does not parse (or, when validating, does not validate);
/// that ends the file, but the documents before it are still handled.
#[derive(Debug, Default)]
pub struct Manifests {
    /// The objects kubectl would act on, in order.
    pub objects: Vec<SourcedObject>,
    /// What went wrong while reading, in order: documents kubectl cannot decode or map to a
    /// resource, and the error that ended a file early. kubectl reports these after the
    /// errors of the requests themselves (its `EagerVisitorList` collects them).
    pub errors: Vec<KubectlError>,
}

/// kubectl's checks while reading: `--validate`'s client-side check, and whether each kind
/// must map to a resource the server has (not for `--local`).
#[derive(Debug, Clone, Copy)]
pub struct ReadChecks {
    pub validate: bool,
    pub map_kinds: bool,
}

impl Manifests {
    fn add(&mut self, (objects, errors): (Vec<SourcedObject>, Vec<KubectlError>)) {
        self.objects.extend(objects);
        self.errors.extend(errors);
    }
}

/// Reads every `-f` argument in order. Paths that do not exist fail the whole command before
/// any object is handled, as kubectl's builder checks paths first (all of them, reported
/// together).
/// The files of a directory that kubectl reads (`ExpandPathsToFileVisitors`): those with
/// a manifest's extension, in its subdirectories too when `recursive`.
fn directory_manifests(fs: &Vfs, directory: &str, recursive: bool) -> Vec<String> {
    let absolute = fs.resolve(directory);
    let paths: Vec<String> = if recursive {
        fs.files_below(directory)
    } else {
        fs.list(directory)
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, is_dir)| !is_dir)
            .map(|(name, _)| format!("{}/{name}", absolute.trim_end_matches('/')))
            .collect()
    };
    paths
        .into_iter()
        .filter(|path| {
            [".json", ".yaml", ".yml"]
                .iter()
                .any(|ext| path.ends_with(ext))
        })
        .collect()
}

/// The builder's "single item implied" for `-f` paths (`visitByPaths`): one file visitor in
/// all, not standard input, and no directory that gave more than one.
pub fn single_item_implied(fs: &Vfs, filenames: &[String], recursive: bool) -> bool {
    let mut visitors = 0;
    for filename in filenames {
        if filename == "-" {
            return false;
        }
        if fs.is_dir(filename) {
            let found = directory_manifests(fs, filename, recursive).len();
            if found > 1 {
                return false;
            }
            visitors += found;
        } else {
            visitors += 1;
        }
    }
    visitors == 1
}

pub fn read_sources(
    fs: &Vfs,
    stdin: Option<&str>,
    filenames: &[String],
    recursive: bool,
    checks: ReadChecks,
) -> Result<Manifests, KubectlError> {
    let mut missing = Vec::new();
    for filename in filenames {
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
        if filename != "-" && !fs.is_dir(filename) && fs.read(filename).is_err() {
            missing.push(KubectlError::message(format!(
                "the path \"{filename}\" does not exist"
            )));
        }
    }
    if !missing.is_empty() {
        return Err(KubectlError::Many(missing));
    }
    let mut manifests = Manifests::default();
    for filename in filenames {
        if filename == "-" {
            manifests.add(parse_documents(stdin.unwrap_or(""), "STDIN", checks));
        } else if fs.is_dir(filename) {
            let absolute = fs.resolve(filename);
            for path in directory_manifests(fs, filename, recursive) {
                let display = display_path(filename, &absolute, &path);
                let content = fs.read(&path).unwrap_or("");
                manifests.add(parse_documents(content, &display, checks));
            }
        } else {
            let content = fs.read(filename).unwrap_or("");
            manifests.add(parse_documents(content, filename, checks));
        }
    }
    Ok(manifests)
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
        .0
        .into_iter()
        .take(64)
        .filter_map(|document| yaml_to_json(&document).ok())
        .collect()
}

/// Reads a stream's documents in order: the objects kubectl would act on, and what went wrong
/// (documents it cannot decode or map, and the parse or validation error that ends the
/// stream). `kind: List` documents are expanded into their items.
pub fn parse_documents(
    content: &str,
    source: &str,
    checks: ReadChecks,
) -> (Vec<SourcedObject>, Vec<KubectlError>) {
    // cli-runtime reads every source through `unicode.BOMOverride`: a leading BOM goes.
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let (documents, stream_error) = document_values(content, source);
    let mut objects = Vec::new();
    let mut errors = Vec::new();
    // A `List`'s items are not decoded again (`FlattenListVisitor`: `runtime.DecodeList`
    // skips objects already unstructured), so their metadata goes unchecked.
    let mut admit = |object: SourcedObject, item: bool| match check_decodable(&object, item)
        .and_then(|()| {
            if checks.map_kinds {
                resource_kind(&object).map(|_| ())
            } else {
                Ok(())
            }
        }) {
        Ok(()) => objects.push(object),
        Err(error) => errors.push(error),
    };
    let mut ended = None;
    for (value, raw) in documents {
        if value.is_null() {
            continue;
        }
        if checks.validate {
            if let Err(problem) = check_type_fields(&value) {
                ended = Some(KubectlError::message(format!(
                    "error validating \"{source}\": error validating data: {problem}; if you choose to ignore these errors, turn validation off with --validate=false"
                )));
                break;
            }
        }
        if value::str_at(&value, &["kind"]) == Some("List")
            && value::str_at(&value, &["apiVersion"]) == Some("v1")
        {
            for item in value::array_at(&value, &["items"]) {
                admit(
                    SourcedObject {
                        source: source.to_string(),
                        value: item.clone(),
                        raw: None,
                    },
                    true,
                );
            }
            continue;
        }
        admit(
            SourcedObject {
                source: source.to_string(),
                value,
                raw: raw.map(str::to_string),
            },
            false,
        );
    }
    errors.extend(ended.or(stream_error));
    (objects, errors)
}

/// The documents of a stream as JSON values (with their text when the stream is JSON), as
/// apimachinery's `YAMLOrJSONDecoder` reads them one by one: the values before the first
/// broken document, and its error.
///
/// A stream that starts with `{` is read as JSON. When a JSON value is broken after at most one
/// good one, the rest is read again as YAML (`{a: 1}` is fine YAML), and the JSON error is
/// reported only if that fails too.
fn document_values<'t>(
    content: &'t str,
    source: &str,
) -> (Vec<(Value, Option<&'t str>)>, Option<KubectlError>) {
    let parse_error =
        |problem: String| KubectlError::message(format!("error parsing {source}: {problem}"));
    if !go_json::looks_like_json(content) {
        let (values, error) = yaml_documents(content, source);
        return (
            values.into_iter().map(|value| (value, None)).collect(),
            error,
        );
    }
    let read = go_json::read_values(content);
    let mut values = Vec::new();
    for text in &read.values {
        match go_json::parse(text) {
            Ok(value) => values.push((value, Some(*text))),
            Err(error) => return (values, Some(parse_error(error.to_string()))),
        }
    }
    let Some(json_error) = read.error else {
        return (values, None);
    };
    if read.values.len() > 1 {
        // A stream of JSON for sure: Go's own error, without apimachinery's offset.
        let message = match json_error {
            go_json::JsonStreamError::Syntax { message, .. } => message,
            other => other.to_string(),
        };
        return (values, Some(parse_error(message)));
    }
    let Some(rest) = skip_blank_to_line_end(read.rest) else {
        return (values, Some(parse_error(json_error.to_string())));
    };
    let (more, yaml_error) = yaml_documents(rest, source);
    if more.is_empty() && yaml_error.is_some() {
        return (values, Some(parse_error(json_error.to_string())));
    }
    values.extend(more.into_iter().map(|value| (value, None)));
    (values, yaml_error)
}

/// apimachinery's `consumeWhitespace`: skips spaces up to and including the first newline.
/// It reads four bytes at a time, so with fewer left it meets the end of the stream and the
/// YAML reader never starts (None).
fn skip_blank_to_line_end(text: &str) -> Option<&str> {
    for (index, character) in text.char_indices() {
        if text.len() - index < 4 {
            return None;
        }
        if character == '\n' {
            return text.get(index + 1..);
        }
        if !character.is_whitespace() {
            return text.get(index..);
        }
    }
    None
}

/// The YAML documents of a stream as JSON values, up to the first broken one and its error.
fn yaml_documents(content: &str, source: &str) -> (Vec<Value>, Option<KubectlError>) {
    let parse_error =
        |problem: String| KubectlError::message(format!("error parsing {source}: {problem}"));
    let mut values = Vec::new();
    let (documents, separator_error) = split_documents(content);
    for document in documents {
        if document.trim().is_empty() || document.lines().all(is_blank_or_comment) {
            continue;
        }
        match yaml_to_json(&document) {
            Ok(value) => values.push(value),
            Err(problem) => {
                let error = parse_error(problem);
                return (values, Some(error));
            }
        }
    }
    (values, separator_error.map(parse_error))
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// A YAML stream cut into documents as apimachinery's `YAMLReader` cuts it: line by line
/// (`bufio.ReadLine` drops `\n` or `\r\n` and each line gets `\n` back), a line that starts
/// with `---` ending a document. Such a line must hold nothing else but spaces or a comment
/// (`invalid Yaml document separator: …` ends the stream, the unfinished document lost); one
/// that opens a document (nothing before it) stays in it.
fn split_documents(content: &str) -> (Vec<String>, Option<String>) {
    let mut documents = Vec::new();
    let mut buffer = String::new();
    let mut lines: Vec<&str> = content.split('\n').collect();
    if content.ends_with('\n') || content.is_empty() {
        lines.pop();
    }
    let n_lines = lines.len();
    for (index, line) in lines.into_iter().enumerate() {
        let line = if index + 1 < n_lines || content.ends_with('\n') {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        if let Some(rest) = line.strip_prefix("---") {
            let trimmed = rest.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                return (
                    documents,
                    Some(format!("invalid Yaml document separator: {trimmed}")),
                );
            }
            if !buffer.is_empty() {
                documents.push(std::mem::take(&mut buffer));
                continue;
            }
        }
        buffer.push_str(line);
        buffer.push('\n');
    }
    if !buffer.is_empty() {
        documents.push(buffer);
    }
    (documents, None)
}

/// Parses one YAML document into JSON; an error is what follows kubectl's `error parsing
/// FILE: ` (`error converting YAML to JSON: yaml: line 2: …` with go-yaml's line).
fn yaml_to_json(document: &str) -> Result<Value, String> {
    yaml_json::yaml_to_json(document).map_err(|error| match error {
        yaml_json::ConvertError::Json(message) | yaml_json::ConvertError::Yaml(message) => {
            format!("error converting YAML to JSON: {message}")
        }
        yaml_json::ConvertError::Unmarshal(message) => {
            format!("error unmarshaling JSON: {message}")
        }
    })
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

/// Decoding a document (cli-runtime's `infoForData`, the only check without `--validate`): it
/// must be an object whose `kind` is a non-empty string and whose `apiVersion` is a string,
/// and (unless it is a `List`'s item) whose metadata decodes into `ObjectMeta`.
pub fn check_decodable(object: &SourcedObject, list_item: bool) -> Result<(), KubectlError> {
    let source = &object.source;
    if !object.value.is_object() {
        return Err(KubectlError::message(format!(
            "unable to decode \"{source}\": json: cannot unmarshal {} into Go value of type unstructured.detector",
            json_type_name(&object.value)
        )));
    }
    // A null decodes into a string as nothing at all.
    if let Some(version) = object
        .value
        .get("apiVersion")
        .filter(|v| !v.is_string() && !v.is_null())
    {
        return Err(KubectlError::message(format!(
            "unable to decode \"{source}\": json: cannot unmarshal {} into Go struct field metadataOnlyObject.TypeMeta.apiVersion of type string",
            json_type_name(version)
        )));
    }
    // The decoder cannot tell the kind of an object whose group version does not parse.
    let bad_version = value::str_at(&object.value, &["apiVersion"])
        .is_some_and(|version| version != "/" && version.matches('/').count() > 1);
    if bad_version
        || value::str_at(&object.value, &["kind"])
            .unwrap_or("")
            .is_empty()
    {
        let quoted = match &object.raw {
            Some(raw) => raw.trim().to_string(),
            None => crate::printers::json::to_compact_json(&object.value),
        };
        return Err(KubectlError::message(format!(
            "unable to decode \"{source}\": Object 'Kind' is missing in '{quoted}'"
        )));
    }
    if list_item {
        return Ok(());
    }
    check_object_meta(&object.value).map_err(|problem| {
        KubectlError::message(format!("unable to decode \"{source}\": {problem}"))
    })
}

/// cli-runtime's `metadataValidatingDecoder`: the document must also decode into
/// `metav1.ObjectMeta`, as Go's `encoding/json` decodes the converted JSON (keys sorted): the
/// first value of the wrong type, unless a timestamp that does not parse comes later.
fn check_object_meta(object: &Value) -> Result<(), String> {
    let mismatch = |found: &Value, owner: &str, field: &str, type_name: &str| {
        let found = match found {
            Value::Number(number) if type_name == "int64" => format!(
                "number {}",
                crate::printers::json::to_compact_json(&Value::Number(number.clone()))
            ),
            other => json_type_name(other).to_string(),
        };
        format!("json: cannot unmarshal {found} into Go struct field {owner}.{field} of type {type_name}")
    };
    let metadata = match object.get("metadata") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Object(metadata)) => metadata,
        Some(other) => {
            return Err(mismatch(
                other,
                "metadataOnlyObject",
                "metadata",
                "v1.ObjectMeta",
            ))
        }
    };
    let mut first: Option<String> = None;
    let mut note = |problem: String| {
        first.get_or_insert(problem);
    };
    for (key, field) in metadata {
        let path = format!("metadata.{key}");
        let meta = |type_name: &str| mismatch(field, "ObjectMeta", &path, type_name);
        match (key.as_str(), field) {
            (_, Value::Null) => {}
            (
                "name" | "generateName" | "namespace" | "selfLink" | "resourceVersion",
                Value::String(_),
            ) => {}
            ("name" | "generateName" | "namespace" | "selfLink" | "resourceVersion", _) => {
                note(meta("string"))
            }
            ("uid", Value::String(_)) => {}
            ("uid", _) => note(meta("types.UID")),
            ("generation" | "deletionGracePeriodSeconds", Value::Number(number)) => {
                if number.as_i64().is_none() {
                    note(meta("int64"));
                }
            }
            ("generation" | "deletionGracePeriodSeconds", _) => note(meta("int64")),
            ("labels" | "annotations", Value::Object(entries)) => {
                for entry in entries.values() {
                    if !entry.is_string() && !entry.is_null() {
                        note(mismatch(entry, "ObjectMeta", &path, "string"));
                    }
                }
            }
            ("labels" | "annotations", _) => note(meta("map[string]string")),
            ("finalizers", Value::Array(items)) => {
                for item in items {
                    if !item.is_string() && !item.is_null() {
                        note(mismatch(item, "ObjectMeta", &path, "string"));
                    }
                }
            }
            ("finalizers", _) => note(meta("[]string")),
            ("ownerReferences", Value::Array(items)) => {
                for item in items {
                    match item {
                        Value::Null => {}
                        Value::Object(reference) => {
                            for (name, field) in reference {
                                let type_name = match name.as_str() {
                                    "apiVersion" | "kind" | "name" => "string",
                                    "uid" => "types.UID",
                                    "controller" | "blockOwnerDeletion" => "bool",
                                    _ => continue,
                                };
                                let fits = match type_name {
                                    "bool" => field.is_boolean(),
                                    _ => field.is_string(),
                                };
                                if !fits && !field.is_null() {
                                    note(mismatch(
                                        field,
                                        "OwnerReference",
                                        &format!("{path}.{name}"),
                                        type_name,
                                    ));
                                }
                            }
                        }
                        other => note(mismatch(other, "ObjectMeta", &path, "v1.OwnerReference")),
                    }
                }
            }
            ("ownerReferences", _) => note(meta("[]v1.OwnerReference")),
            ("creationTimestamp" | "deletionTimestamp", Value::String(text)) => {
                parse_rfc3339(text)?;
            }
            ("creationTimestamp" | "deletionTimestamp", _) => note(meta("string")),
            _ => {}
        }
    }
    first.map_or(Ok(()), Err)
}

/// Go's `time.Parse(time.RFC3339, text)` as `metav1.Time` runs it: only its error.
fn parse_rfc3339(text: &str) -> Result<(), String> {
    const LAYOUT: &str = "2006-01-02T15:04:05Z07:00";
    let quote = crate::validation::go_quote;
    let bad = |rest: &str, element: &str| {
        format!(
            "parsing time {} as {}: cannot parse {} as {}",
            quote(text),
            quote(LAYOUT),
            quote(rest),
            quote(element)
        )
    };
    let out_of_range = |what: &str| format!("parsing time {}: {what} out of range", quote(text));
    let digits = |rest: &str| rest.bytes().take_while(u8::is_ascii_digit).count();
    // Go's `getnum`: one or two digits (exactly two when fixed).
    let number = |rest: &'_ str, fixed: bool| -> Option<(u32, usize)> {
        let n = digits(rest).min(2);
        if n == 0 || (fixed && n < 2) {
            return None;
        }
        rest.get(..n)?.parse().ok().map(|value| (value, n))
    };
    let mut rest = text;
    if rest.len() < 4 || digits(rest) < 4 {
        return Err(bad(rest, "2006"));
    }
    rest = rest.get(4..).unwrap_or("");
    let mut values = [0u32; 5];
    // Each element is checked at once (its range too, as Go's `parse` does).
    for (index, (separator, element, fixed, high, what)) in [
        ("-", "01", true, 12, "month"),
        ("-", "02", true, 31, "day"),
        ("T", "15", false, 23, "hour"),
        (":", "04", true, 59, "minute"),
        (":", "05", true, 59, "second"),
    ]
    .into_iter()
    .enumerate()
    {
        rest = rest
            .strip_prefix(separator)
            .ok_or_else(|| bad(rest, separator))?;
        let (value, used) = number(rest, fixed).ok_or_else(|| bad(rest, element))?;
        if value > high || (what == "month" && value == 0) {
            return Err(out_of_range(what));
        }
        if let Some(slot) = values.get_mut(index) {
            *slot = value;
        }
        rest = rest.get(used..).unwrap_or("");
    }
    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
        if digits(fraction) > 0 {
            rest = fraction.get(digits(fraction)..).unwrap_or("");
        }
    }
    if let Some(after) = rest.strip_prefix('Z') {
        rest = after;
    } else {
        let bytes = rest.as_bytes();
        let zone_ok = bytes.len() >= 6
            && matches!(bytes.first(), Some(b'+' | b'-'))
            && bytes.get(3) == Some(&b':')
            && [1, 2, 4, 5]
                .iter()
                .all(|&i| bytes.get(i).is_some_and(u8::is_ascii_digit));
        if !zone_ok {
            return Err(bad(rest, "Z07:00"));
        }
        rest = rest.get(6..).unwrap_or("");
    }
    if !rest.is_empty() {
        return Err(format!(
            "parsing time {}: extra text: {}",
            quote(text),
            quote(rest)
        ));
    }
    // Last, the day must exist in its month.
    let year: u32 = text.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let [month, day, ..] = values;
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day < 1 || day > days_in_month {
        return Err(out_of_range("day"));
    }
    Ok(())
}

/// The resource an object's kind maps to (cli-runtime's `infoForData`): the simulated server
/// has the core `v1` kinds and `apps/v1`'s Deployments and ReplicaSets.
pub fn resource_kind(object: &SourcedObject) -> Result<crate::api::Kind, KubectlError> {
    let kind = value::str_at(&object.value, &["kind"]).unwrap_or("");
    let api_version = value::str_at(&object.value, &["apiVersion"]).unwrap_or("");
    if let Some(mapped) =
        crate::api::Kind::from_manifest_kind(kind).filter(|kind| kind.api_version() == api_version)
    {
        return Ok(mapped);
    }
    Err(KubectlError::message(format!(
        "resource mapping not found for name: {:?} namespace: {:?} from {:?}: no matches for kind {kind:?} in version {api_version:?}\nensure CRDs are installed first",
        value::str_at(&object.value, &["metadata", "name"]).unwrap_or(""),
        value::str_at(&object.value, &["metadata", "namespace"]).unwrap_or(""),
        object.source
    )))
}

/// kubectl's client-side check under `--validate` (`validation.getObjectKind`, and each item
/// of a `v1` `List`): the problems, as Go's error aggregate prints them.
fn check_type_fields(value: &Value) -> Result<(), String> {
    let mut problems = object_kind_problems(value);
    if problems.is_empty()
        && value::str_at(value, &["kind"]) == Some("List")
        && value::str_at(value, &["apiVersion"]) == Some("v1")
    {
        match value.get("items") {
            Some(Value::Array(items)) => {
                for item in items {
                    problems.extend(object_kind_problems(item));
                }
            }
            _ => problems.push("invalid object to validate".to_string()),
        }
    }
    // utilerrors' aggregate: one message alone, several in brackets, repeats dropped.
    let mut distinct: Vec<String> = Vec::new();
    for problem in problems {
        if !distinct.contains(&problem) {
            distinct.push(problem);
        }
    }
    match distinct.as_slice() {
        [] => Ok(()),
        [one] => Err(one.clone()),
        many => Err(format!("[{}]", many.join(", "))),
    }
}

/// `getObjectKind`'s complaints about one object.
fn object_kind_problems(value: &Value) -> Vec<String> {
    let Some(fields) = value.as_object() else {
        return vec!["invalid object to validate".to_string()];
    };
    let mut problems = Vec::new();
    match fields.get("apiVersion") {
        None | Some(Value::Null) => problems.push("apiVersion not set".to_string()),
        Some(Value::String(version)) => {
            // `schema.ParseGroupVersion`: at most one slash.
            if version != "/" && version.matches('/').count() > 1 {
                problems.push(format!("unexpected GroupVersion string: {version}"));
            }
        }
        Some(_) => problems.push("apiVersion isn't string type".to_string()),
    }
    match fields.get("kind") {
        None | Some(Value::Null) => problems.push("kind not set".to_string()),
        Some(Value::String(_)) => {}
        Some(_) => problems.push("kind isn't string type".to_string()),
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALIDATE: ReadChecks = ReadChecks {
        validate: true,
        map_kinds: true,
    };
    const DECODE: ReadChecks = ReadChecks {
        validate: false,
        map_kinds: false,
    };

    fn ok((objects, errors): (Vec<SourcedObject>, Vec<KubectlError>)) -> Vec<SourcedObject> {
        assert!(errors.is_empty(), "{errors:?}");
        objects
    }

    #[test]
    fn reads_multi_document_and_lists() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\n# comment\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: b\n";
        let objects = ok(parse_documents(text, "x.yaml", VALIDATE));
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
            let error = parse_documents(text, "t.yaml", VALIDATE)
                .1
                .remove(0)
                .render();
            assert_eq!(
                error,
                format!("error: error parsing t.yaml: error converting YAML to JSON: {want}\n"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn reads_json() {
        let objects = ok(parse_documents(
            "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"x\"}}",
            "ns.json",
            VALIDATE,
        ));
        assert_eq!(objects.len(), 1);
    }

    #[test]
    fn reports_yaml_errors_with_lines() {
        let error = parse_documents(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n y: 1\n",
            "bad.yaml",
            VALIDATE,
        )
        .1
        .remove(0);
        assert_eq!(
            error.render(),
            "error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
        );
    }

    #[test]
    fn rejects_deep_nesting_without_overflow() {
        let deep = "[".repeat(100_000);
        assert!(parse_documents(&deep, "deep.yaml", VALIDATE).1.len() == 1);
        let deep_map = (0..5000)
            .map(|i| format!("{}a:\n", " ".repeat(i)))
            .collect::<String>();
        assert!(parse_documents(&deep_map, "deep.yaml", VALIDATE).1.len() == 1);
    }

    #[test]
    fn type_fields_are_checked() {
        let (objects, mut errors) =
            parse_documents("metadata: {name: x}\n", "nokind.yaml", VALIDATE);
        assert!(objects.is_empty());
        assert_eq!(
            errors.remove(0).render(),
            "error: error validating \"nokind.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n"
        );
        for (text, want) in [
            ("- a\n", "invalid object to validate"),
            (
                "apiVersion: 1\nkind: [Pod]\n",
                "[apiVersion isn't string type, kind isn't string type]",
            ),
            (
                "apiVersion: a/b/c\nkind: Pod\n",
                "unexpected GroupVersion string: a/b/c",
            ),
            (
                "apiVersion: v1\nkind: List\nitems: 3\n",
                "invalid object to validate",
            ),
            (
                "apiVersion: v1\nkind: List\nitems: [{kind: Pod}, {kind: Pod}]\n",
                "apiVersion not set",
            ),
        ] {
            assert_eq!(
                check_type_fields(&yaml_to_json(text).unwrap()),
                Err(want.to_string()),
                "{text}"
            );
        }
        // Empty strings are strings: validation lets them through, decoding does not.
        assert_eq!(
            check_type_fields(&yaml_to_json("apiVersion: ''\nkind: ''\n").unwrap()),
            Ok(())
        );
    }

    #[test]
    fn a_broken_document_ends_its_stream_after_the_good_ones() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nkind: Pod\nmetadata: {name: b\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\n";
        let (objects, mut errors) = parse_documents(text, "m.yaml", VALIDATE);
        assert_eq!(objects.len(), 1);
        assert_eq!(
            errors.remove(0).render(),
            "error: error parsing m.yaml: error converting YAML to JSON: yaml: line 2: did not find expected ',' or '}'\n"
        );
        // Validation ends the stream the same way.
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nkind: Pod\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\n";
        let (objects, mut errors) = parse_documents(text, "m.yaml", VALIDATE);
        assert_eq!(objects.len(), 1);
        assert!(errors.remove(0).render().contains("apiVersion not set"));
        let (objects, errors) = parse_documents(text, "m.yaml", DECODE);
        assert_eq!((objects.len(), errors.len()), (3, 0));
    }

    #[test]
    fn a_json_stream_is_read_value_by_value() {
        let pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\"}}";
        // One good value, then a broken one: the rest is tried as YAML, the JSON error stays.
        let (objects, mut errors) =
            parse_documents(&format!("{pod} {{\"a\" 1}}"), "j.json", VALIDATE);
        assert_eq!(objects.len(), 1);
        assert_eq!(
            errors.remove(0).render(),
            "error: error parsing j.json: json: offset 63: invalid character '1' after object key\n"
        );
        // ... and the rest is read as YAML when it can be.
        let (objects, errors) = parse_documents(
            &format!("{pod}\napiVersion: v1\nkind: Pod\nmetadata: {{name: b}}\n"),
            "j.json",
            VALIDATE,
        );
        assert_eq!((objects.len(), errors.len()), (2, 0));
        // After two good values the stream is JSON for sure: no YAML retry, and Go's own
        // error without apimachinery's offset.
        let (objects, mut errors) =
            parse_documents(&format!("{pod}{pod}{{a: 1}}"), "j.json", VALIDATE);
        assert_eq!(objects.len(), 2);
        assert_eq!(
            errors.remove(0).render(),
            "error: error parsing j.json: invalid character 'a' looking for beginning of object key string\n"
        );
        // With fewer than four bytes after the first value, the YAML reader never starts (as
        // kubectl 1.37.1 printed it).
        let (objects, mut errors) = parse_documents(&format!("{pod}\nx"), "j.json", VALIDATE);
        assert_eq!(objects.len(), 1);
        assert!(errors
            .remove(0)
            .render()
            .contains("json: offset 58: invalid character 'x'"));
        // A decoding error quotes a JSON document's own text.
        let (objects, mut errors) = parse_documents("{\"apiVersion\": \"v1\" }", "k.json", DECODE);
        assert!(objects.is_empty());
        assert_eq!(
            errors.remove(0).render(),
            "error: unable to decode \"k.json\": Object 'Kind' is missing in '{\"apiVersion\": \"v1\" }'\n"
        );
    }
}
