//! The API server's rules for updating a Pod (`ValidatePodUpdate`): a running pod's spec is
//! fixed except for its containers' images, `activeDeadlineSeconds` (set, or lowered),
//! added tolerations and `terminationGracePeriodSeconds` (to 1 from a negative value).
//!
//! Any other change is refused with `spec: Forbidden: pod updates may not change fields other
//! than …` followed by the difference, which the API server writes with go-cmp
//! (`cmp.Diff(oldPod.Spec, mungedPodSpec)`). [`spec_diff`] writes it in go-cmp's layout:
//! fields in Go declaration order (from the schema), changed fields as `-`/`+` lines, two
//! unchanged fields of context around a change and `... // N identical fields` for the rest.
//! go-cmp itself varies its whitespace from run to run, so only the layout can match.

use crate::api::{ApiError, Kind};
use crate::schema::{self, GoType, Shape, TypeForm};
use crate::validation::go_quote;
use serde_json::Value;

/// `updatablePodSpecFields`, joined with `,` as the message does.
const UPDATABLE_FIELDS: &str = "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

/// Checks that the rendered spec `new_spec` is a permitted update of `old_spec` for pod
/// `name` (metadata rules already checked); the error lists every cause, as the API
/// server's `Invalid` does.
pub(super) fn validate(name: &str, old_spec: &Value, new_spec: &Value) -> Result<(), ApiError> {
    let mut causes = Vec::new();
    let invalid = |causes: Vec<String>| ApiError::Invalid {
        kind: Kind::Pod,
        name: name.to_string(),
        causes,
    };
    for field in ["containers", "initContainers"] {
        let old_list = crate::api::value::array_at(old_spec, &[field]);
        let new_list = crate::api::value::array_at(new_spec, &[field]);
        if old_list.len() != new_list.len() {
            causes.push(format!(
                "spec.{field}: Forbidden: pod updates may not add or remove containers"
            ));
            return Err(invalid(causes));
        }
        for (index, container) in new_list.iter().enumerate() {
            let image = container.get("image").and_then(Value::as_str).unwrap_or("");
            if image.is_empty() {
                causes.push(format!("spec.{field}[{index}].image: Required value"));
            } else if image.trim() != image {
                causes.push(format!(
                    "spec.{field}[{index}].image: Invalid value: {}: must not have leading or trailing whitespace",
                    go_quote(image)
                ));
            }
        }
    }
    let deadline = |spec: &Value| spec.get("activeDeadlineSeconds").and_then(Value::as_i64);
    match (deadline(old_spec), deadline(new_spec)) {
        (_, Some(new_deadline)) if !(0..=i64::from(i32::MAX)).contains(&new_deadline) => {
            causes.push(format!(
                "spec.activeDeadlineSeconds: Invalid value: {new_deadline}: must be between 0 and 2147483647, inclusive"
            ));
            return Err(invalid(causes));
        }
        (Some(old_deadline), Some(new_deadline)) if old_deadline < new_deadline => {
            causes.push(format!(
                "spec.activeDeadlineSeconds: Invalid value: {new_deadline}: must be less than or equal to previous value"
            ));
            return Err(invalid(causes));
        }
        (Some(_), None) => causes.push(
            "spec.activeDeadlineSeconds: Invalid value: \"null\": must not update from a positive integer to nil value".into(),
        ),
        _ => {}
    }
    let tolerations = |spec: &Value| crate::api::value::array_at(spec, &["tolerations"]).to_vec();
    let new_tolerations = tolerations(new_spec);
    for old_toleration in tolerations(old_spec) {
        let kept = new_tolerations
            .iter()
            .any(|new_toleration| same_except_seconds(&old_toleration, new_toleration));
        if !kept {
            causes.push("spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds".into());
            break;
        }
    }
    // Munge the updatable fields back to their old values, then compare what is left.
    let mut munged = new_spec.clone();
    if let Value::Object(map) = &mut munged {
        for field in ["containers", "initContainers"] {
            if let (Some(Value::Array(list)), Value::Array(old_list)) = (
                map.get_mut(field),
                old_spec
                    .get(field)
                    .cloned()
                    .unwrap_or(Value::Array(Vec::new())),
            ) {
                for (container, old_container) in list.iter_mut().zip(old_list) {
                    if let (Value::Object(container), Some(image)) =
                        (container, old_container.get("image"))
                    {
                        container.insert("image".into(), image.clone());
                    }
                }
            }
        }
        for field in ["activeDeadlineSeconds", "tolerations", "schedulingGates"] {
            match old_spec.get(field) {
                Some(old_value) => map.insert(field.into(), old_value.clone()),
                None => map.remove(field),
            };
        }
        let grace = |spec: &Value| {
            spec.get("terminationGracePeriodSeconds")
                .and_then(Value::as_i64)
        };
        let new_grace = map
            .get("terminationGracePeriodSeconds")
            .and_then(Value::as_i64);
        if grace(old_spec).is_some_and(|seconds| seconds < 0) && new_grace == Some(1) {
            if let Some(old_grace) = old_spec.get("terminationGracePeriodSeconds") {
                map.insert("terminationGracePeriodSeconds".into(), old_grace.clone());
            }
        }
    }
    if &munged != old_spec {
        causes.push(format!(
            // go-cmp's report ends with a newline (`textWrap.String`).
            "spec: Forbidden: pod updates may not change fields other than {UPDATABLE_FIELDS}\n{}\n",
            spec_diff(old_spec, &munged)
        ));
    }
    if causes.is_empty() {
        Ok(())
    } else {
        Err(invalid(causes))
    }
}

/// Whether two tolerations are the same but for `tolerationSeconds`.
fn same_except_seconds(a: &Value, b: &Value) -> bool {
    let strip = |value: &Value| {
        let mut value = value.clone();
        if let Value::Object(map) = &mut value {
            map.remove("tolerationSeconds");
        }
        value
    };
    strip(a) == strip(b)
}

/// Fields of the versioned `PodSpec` that the internal `core.PodSpec` (which go-cmp walks)
/// does not have at its top level.
const NOT_IN_INTERNAL_POD_SPEC: [&str; 5] = [
    "serviceAccount",
    "hostNetwork",
    "hostPID",
    "hostIPC",
    "shareProcessNamespace",
];

/// Unchanged fields shown on each side of a change.
const CONTEXT_FIELDS: usize = 2;

/// go-cmp's report of `old` → `new` pod specs, each line indented by two characters of
/// marker (`  `, `- `, `+ `) and tabs.
pub fn spec_diff(old: &Value, new: &Value) -> String {
    let mut lines = Vec::new();
    lines.push("  core.PodSpec{".to_string());
    if let Some(index) = struct_index("PodSpec") {
        struct_fields(index, old, new, 1, &mut lines);
    }
    lines.push("  }".to_string());
    lines.join("\n")
}

fn struct_index(name: &str) -> Option<usize> {
    let schema = schema::schema();
    schema.types.iter().position(|def| def.name == name)
}

/// One field in a go-cmp report: unchanged, changed in one line each, or changed inside.
enum Record {
    Same(String, String),
    Changed(String, String, String),
    Nested(Vec<String>),
}

fn struct_fields(index: usize, old: &Value, new: &Value, depth: usize, lines: &mut Vec<String>) {
    let schema = schema::schema();
    let Some(def) = schema.type_at(index) else {
        return;
    };
    let tabs = "\t".repeat(depth);
    let mut records = Vec::new();
    for field in &def.fields {
        if depth == 1 && NOT_IN_INTERNAL_POD_SPEC.contains(&field.json_name) {
            continue;
        }
        let name = go_field_name(field.json_name);
        let before = old.get(field.json_name);
        let after = new.get(field.json_name);
        if before == after {
            records.push(Record::Same(name, render(&field.go_type, before, false)));
            continue;
        }
        let nested_struct = match (schema.shape(&field.go_type), before, after) {
            (Shape::Type(inner), Some(Value::Object(_)), Some(Value::Object(_)))
                if schema
                    .type_at(inner)
                    .is_some_and(|d| d.form == TypeForm::Struct) =>
            {
                Some(inner)
            }
            _ => None,
        };
        let nested_list = match (schema.shape(&field.go_type), before, after) {
            (Shape::Slice(element), Some(Value::Array(a)), Some(Value::Array(b)))
                if a.len() == b.len() =>
            {
                match schema.shape(&element) {
                    Shape::Type(inner) => Some((inner, element)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let (Some(inner), Some(before), Some(after)) = (nested_struct, before, after) {
            let mut block = vec![format!(
                "  {tabs}{name}: {}{{",
                pointer_prefix(&field.go_type)
            )];
            struct_fields(inner, before, after, depth + 1, &mut block);
            block.push(format!("  {tabs}}},"));
            records.push(Record::Nested(block));
        } else if let (Some((inner, element)), Some(Value::Array(a)), Some(Value::Array(b))) =
            (nested_list, before, after)
        {
            let mut block = vec![format!("  {tabs}{name}: {}{{", type_name(&field.go_type))];
            let inner_tabs = "\t".repeat(depth + 1);
            for (x, y) in a.iter().zip(b) {
                if x == y {
                    block.push(format!(
                        "  {inner_tabs}{},",
                        render(&element, Some(x), false)
                    ));
                } else {
                    block.push(format!("  {inner_tabs}{{"));
                    struct_fields(inner, x, y, depth + 2, &mut block);
                    block.push(format!("  {inner_tabs}}},"));
                }
            }
            block.push(format!("  {tabs}}},"));
            records.push(Record::Nested(block));
        } else {
            records.push(Record::Changed(
                name,
                render(&field.go_type, before, true),
                render(&field.go_type, after, true),
            ));
        }
    }
    emit(records, &tabs, lines);
}

/// Writes records with context and elision; names of consecutive one-line records align.
fn emit(records: Vec<Record>, tabs: &str, lines: &mut Vec<String>) {
    let changed: Vec<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, record)| !matches!(record, Record::Same(..)))
        .map(|(index, _)| index)
        .collect();
    let shown = |index: usize| changed.iter().any(|c| index.abs_diff(*c) <= CONTEXT_FIELDS);
    // Groups of consecutive one-line records, for alignment.
    let mut width = vec![0usize; records.len()];
    let mut start = 0;
    while start < records.len() {
        let mut end = start;
        while end < records.len() && shown(end) && !matches!(records[end], Record::Nested(_)) {
            end += 1;
        }
        let group_width = records[start..end]
            .iter()
            .map(|record| match record {
                Record::Same(name, _) | Record::Changed(name, _, _) => name.len(),
                Record::Nested(_) => 0,
            })
            .max()
            .unwrap_or(0);
        for slot in width.iter_mut().take(end).skip(start) {
            *slot = group_width;
        }
        start = end.max(start + 1);
    }
    let mut hidden = 0;
    for (index, record) in records.into_iter().enumerate() {
        if !shown(index) {
            hidden += 1;
            continue;
        }
        if hidden > 0 {
            lines.push(format!("  {tabs}... // {hidden} identical fields"));
            hidden = 0;
        }
        let pad = |name: &str| format!("{name}:{}", " ".repeat(width[index] - name.len() + 1));
        match record {
            Record::Same(name, value) => lines.push(format!("  {tabs}{}{value},", pad(&name))),
            Record::Changed(name, before, after) => {
                lines.push(format!("- {tabs}{}{before},", pad(&name)));
                lines.push(format!("+ {tabs}{}{after},", pad(&name)));
            }
            Record::Nested(block) => lines.extend(block),
        }
    }
    if hidden > 0 {
        lines.push(format!("  {tabs}... // {hidden} identical fields"));
    }
}

/// The Go field name of a JSON field (`imagePullPolicy` → `ImagePullPolicy`, initialisms
/// in capitals as Go names them).
fn go_field_name(json_name: &str) -> String {
    const INITIALISMS: [(&str, &str); 13] = [
        ("apiVersion", "APIVersion"),
        ("uid", "UID"),
        ("fsType", "FSType"),
        ("dnsPolicy", "DNSPolicy"),
        ("dnsConfig", "DNSConfig"),
        ("hostIPC", "HostIPC"),
        ("hostPID", "HostPID"),
        ("os", "OS"),
        ("setHostnameAsFQDN", "SetHostnameAsFQDN"),
        ("tty", "TTY"),
        ("httpGet", "HTTPGet"),
        ("tcpSocket", "TCPSocket"),
        ("grpc", "GRPC"),
    ];
    if let Some((_, go_name)) = INITIALISMS.iter().find(|(json, _)| *json == json_name) {
        return (*go_name).to_string();
    }
    let mut chars = json_name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The internal type's name as `%T` prints it (`[]core.Container`, `*int64`).
fn type_name(go_type: &GoType) -> String {
    go_type.go_string().replace("v1.", "core.")
}

fn pointer_prefix(go_type: &GoType) -> &'static str {
    if matches!(go_type, GoType::Pointer(_)) {
        "&"
    } else {
        ""
    }
}

/// A slice or map literal: `{a, b}`, with its type in front when `typed`.
fn composite(go_type: &GoType, typed: bool, items: &[String]) -> String {
    let prefix = if typed {
        type_name(go_type.dereferenced())
    } else {
        String::new()
    };
    format!("{prefix}{{{}}}", items.join(", "))
}

/// A value in Go syntax as go-cmp prints it on one line; `typed` adds the type of composite
/// values, as go-cmp does for changed ones.
fn render(go_type: &GoType, value: Option<&Value>, typed: bool) -> String {
    let schema = schema::schema();
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return match schema.shape(go_type) {
            _ if matches!(go_type, GoType::Pointer(_)) => "nil".into(),
            Shape::Slice(_) | Shape::Map(..) => "nil".into(),
            Shape::String => "\"\"".into(),
            Shape::Int(_) | Shape::Uint(_) | Shape::Float(_) => "0".into(),
            Shape::Bool => "false".into(),
            _ => "{}".into(),
        };
    };
    let pointer = if matches!(go_type, GoType::Pointer(_)) {
        "&"
    } else {
        ""
    };
    let body = match (schema.shape(go_type), value) {
        (Shape::Slice(element), Value::Array(items)) => {
            let inner: Vec<String> = items
                .iter()
                .map(|item| render(&element, Some(item), false))
                .collect();
            composite(go_type, typed, &inner)
        }
        (Shape::Map(_, element), Value::Object(map)) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(key, item)| {
                    format!("{}: {}", go_quote(key), render(&element, Some(item), false))
                })
                .collect();
            composite(go_type, typed, &inner)
        }
        (Shape::Type(index), value) => {
            let Some(def) = schema.type_at(index) else {
                return value.to_string();
            };
            match (def.form, value) {
                (TypeForm::Struct, Value::Object(map)) => {
                    let field_text = |field: &schema::FieldDef| {
                        let item = map.get(field.json_name)?;
                        // The internal projection holds the seconds by value.
                        let go_type = match (&field.go_type, field.json_name) {
                            (GoType::Pointer(inner), "expirationSeconds") => inner.as_ref(),
                            (go_type, _) => go_type,
                        };
                        Some(format!(
                            "{}: {}",
                            go_field_name(field.json_name),
                            render(go_type, Some(item), false)
                        ))
                    };
                    // Members Go embeds (`VolumeSource` in `Volume`, `LocalObjectReference` in
                    // the projections), which the schema lists inline.
                    let (embedded, outer): (&str, fn(&str) -> bool) = match def.name {
                        "Volume" => ("VolumeSource", |name| name != "name"),
                        "ConfigMapProjection"
                        | "SecretProjection"
                        | "ConfigMapVolumeSource"
                        | "ConfigMapKeySelector"
                        | "SecretKeySelector"
                        | "ConfigMapEnvSource"
                        | "SecretEnvSource" => ("LocalObjectReference", |name| name == "name"),
                        _ => ("", |_| false),
                    };
                    let mut inner: Vec<String> = Vec::new();
                    let mut embedded_fields = Vec::new();
                    for field in &def.fields {
                        let Some(text) = field_text(field) else {
                            continue;
                        };
                        if outer(field.json_name) {
                            if embedded_fields.is_empty() {
                                inner.push(String::new());
                            }
                            embedded_fields.push(text);
                        } else {
                            inner.push(text);
                        }
                    }
                    if let Some(slot) = inner.iter_mut().find(|text| text.is_empty()) {
                        *slot = format!("{embedded}: {{{}}}", embedded_fields.join(", "));
                    }
                    let prefix = if typed && pointer.is_empty() {
                        type_name(go_type)
                    } else {
                        String::new()
                    };
                    format!("{prefix}{{{}}}", inner.join(", "))
                }
                (TypeForm::Quantity, value) => {
                    let text = value
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| value.to_string());
                    let format = if text.ends_with('i') {
                        "BinarySI"
                    } else {
                        "DecimalSI"
                    };
                    format!("{{s: {}, Format: {}}}", go_quote(&text), go_quote(format))
                }
                (TypeForm::IntOrString, Value::String(text)) => {
                    format!("{{Type: 1, StrVal: {}}}", go_quote(text))
                }
                (TypeForm::IntOrString, value) => format!("{{IntVal: {value}}}"),
                (_, Value::String(text)) => go_quote(text),
                (_, value) => value.to_string(),
            }
        }
        (_, Value::String(text)) => go_quote(text),
        (_, value) => value.to_string(),
    };
    format!("{pointer}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_shows_the_changed_field_with_context_and_elisions() {
        let old = json!({
            "containers": [{"name": "c", "image": "busybox", "command": ["sleep", "1000"], "terminationMessagePath": "/dev/termination-log"}],
            "restartPolicy": "Always",
            "terminationGracePeriodSeconds": 30,
        });
        let mut new = old.clone();
        new["containers"][0]["command"] = json!(["sleepx", "1000"]);
        let diff = spec_diff(&old, &new);
        let expected = [
            "  core.PodSpec{",
            "  \tVolumes:        nil,",
            "  \tInitContainers: nil,",
            "  \tContainers: []core.Container{",
            "  \t\t{",
            "  \t\t\tName:       \"c\",",
            "  \t\t\tImage:      \"busybox\",",
            "- \t\t\tCommand:    []string{\"sleep\", \"1000\"},",
            "+ \t\t\tCommand:    []string{\"sleepx\", \"1000\"},",
            "  \t\t\tArgs:       nil,",
            "  \t\t\tWorkingDir: \"\",",
        ];
        let lines: Vec<&str> = diff.lines().collect();
        assert_eq!(&lines[..expected.len()], &expected, "{diff}");
        assert!(
            lines
                .iter()
                .any(|line| line.starts_with("  \t\t\t... // ")
                    && line.ends_with(" identical fields")),
            "{diff}"
        );
        assert_eq!(lines.last(), Some(&"  }"));
    }
}
