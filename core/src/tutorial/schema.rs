//! The tutorial file format, read strictly, and its conversion into the checked types of the
//! parent module.
//!
//! libyaml parses the text into the YAML tree manifests are read into
//! (`kubectl::manifest::yaml_json::Node`, with YAML 1.2 scalars, tags kept and duplicate keys
//! refused; syntax errors carry their line and column); `Fields` then reads each mapping by
//! hand: a missing field, a value of the wrong
//! type and an unknown field are errors with their place in the file
//! (`steps[2] (label).goal.ran.verb`). Reading by hand rather than with serde's derived
//! `Deserialize` keeps the wasm small (the derives cost ~57 KB of code).
//!
//! A goal is a mapping with exactly one known key (`exists:`, `ran:`, `all_of:` …), converted
//! to `Goal` here. Everything else a type cannot say (kinds, selectors, durations, kubectl
//! command paths, duplicate step ids) is checked here too.

use super::goal::{CommandQuery, FileQuery, Goal, ObjectQuery, StatusWanted};
use super::{Mistake, Step, Text, Tutorial, TutorialError, TutorialErrorKind};
use crate::api::Kind;
use crate::kubectl::manifest::yaml_json::{read_yaml, Node as Value, Rules};
use crate::selector::Selector;
use std::collections::{BTreeMap, BTreeSet};

struct TutorialDoc {
    id: String,
    title: TextDoc,
    seed: Option<u64>,
    files: BTreeMap<String, String>,
    setup: Vec<String>,
    steps: Vec<StepDoc>,
}

struct TextDoc {
    ja: String,
    en: String,
}

struct StepDoc {
    id: String,
    section: Option<String>,
    title: TextDoc,
    text: TextDoc,
    hint: TextDoc,
    solution: Vec<String>,
    files: BTreeMap<String, String>,
    advance: Option<String>,
    goal: GoalDoc,
    mistakes: Vec<MistakeDoc>,
}

struct MistakeDoc {
    id: String,
    when: GoalDoc,
    explain: TextDoc,
    example: Vec<String>,
}

#[derive(Default)]
struct GoalDoc {
    exists: Option<ObjectDoc>,
    absent: Option<ObjectDoc>,
    node_label: Option<NodeLabelDoc>,
    ran: Option<CommandDoc>,
    file: Option<FileDoc>,
    current_namespace: Option<String>,
    all_of: Option<Vec<GoalDoc>>,
    any_of: Option<Vec<GoalDoc>>,
    not: Option<Box<GoalDoc>>,
}

struct ObjectDoc {
    kind: String,
    name: Option<String>,
    selector: Option<String>,
    namespace: Option<String>,
    all_namespaces: bool,
    labels: BTreeMap<String, String>,
    annotations: BTreeMap<String, String>,
    phase: Option<String>,
    node: Option<String>,
    node_labels: BTreeMap<String, String>,
    node_selector: Option<String>,
    spec_node_selector: BTreeMap<String, String>,
    terminating: Option<bool>,
    containers: Option<usize>,
    ready: Option<bool>,
    log_contains: Option<String>,
    max_age: Option<String>,
    count: Option<usize>,
}

struct NodeLabelDoc {
    key: String,
    value: Option<String>,
    on: Option<String>,
}

struct CommandDoc {
    program: Option<String>,
    verb: Option<String>,
    kind: Option<String>,
    name: Option<String>,
    selector: Option<String>,
    selects_like: Option<String>,
    output: Option<String>,
    flags: Vec<String>,
    without_flags: Vec<String>,
    flag_values: BTreeMap<String, String>,
    namespace: Option<String>,
    args: Vec<String>,
    after_dash: Vec<String>,
    status: Option<String>,
}

struct FileDoc {
    path: Option<String>,
    contains: Vec<String>,
    answer: Vec<String>,
    yaml: Option<YamlDoc>,
}

struct YamlDoc {
    pointer: String,
    equals: Value,
}

/// One YAML mapping read strictly: each field is taken once by name; `finish` rejects the
/// fields nobody took, naming the ones the format knows (as serde's `deny_unknown_fields`).
struct Fields<'a> {
    at: String,
    map: &'a [(Value, Value)],
    known: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    fn new(at: &str, value: &'a Value) -> Result<Fields<'a>, Invalid> {
        match value {
            Value::Map(map) => {
                if let Some((key, _)) = map.iter().find(|(key, _)| !matches!(key, Value::Str(_))) {
                    return Err(invalid(
                        at,
                        format!("{} is not a field name", describe(key)),
                    ));
                }
                Ok(Fields {
                    at: at.to_string(),
                    map,
                    known: Vec::new(),
                })
            }
            other => Err(invalid(
                at,
                format!("expected a mapping, found {}", describe(other)),
            )),
        }
    }

    /// Where a field is: `steps[0].title`, or just `title` at the top.
    fn place(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    /// The field's value; a YAML null counts as not given.
    fn optional(&mut self, key: &'static str) -> Option<(String, &'a Value)> {
        self.known.push(key);
        match self.map.iter().find(|(name, _)| as_str(name) == Some(key)) {
            None | Some((_, Value::Null)) => None,
            Some((_, value)) => Some((self.place(key), value)),
        }
    }

    fn required(&mut self, key: &'static str) -> Result<(String, &'a Value), Invalid> {
        self.optional(key)
            .ok_or_else(|| invalid(&self.at, format!("missing field `{key}`")))
    }

    fn string(&mut self, key: &'static str) -> Result<String, Invalid> {
        let (at, value) = self.required(key)?;
        string(&at, value)
    }

    fn optional_string(&mut self, key: &'static str) -> Result<Option<String>, Invalid> {
        self.optional(key)
            .map(|(at, value)| string(&at, value))
            .transpose()
    }

    fn strings(&mut self, key: &'static str) -> Result<Vec<String>, Invalid> {
        match self.optional(key) {
            Some((at, value)) => list(&at, value, string),
            None => Ok(Vec::new()),
        }
    }

    fn string_map(&mut self, key: &'static str) -> Result<BTreeMap<String, String>, Invalid> {
        let Some((at, value)) = self.optional(key) else {
            return Ok(BTreeMap::new());
        };
        let Value::Map(map) = value else {
            return Err(invalid(
                &at,
                format!("expected a mapping, found {}", describe(value)),
            ));
        };
        let mut out = BTreeMap::new();
        for (name, item) in map {
            let name = string(&at, name)?;
            let item = string(&format!("{at}.{name}"), item)?;
            out.insert(name, item);
        }
        Ok(out)
    }

    fn optional_bool(&mut self, key: &'static str) -> Result<Option<bool>, Invalid> {
        self.optional(key)
            .map(|(at, value)| {
                let flag = match value {
                    Value::Bool(flag) => Some(*flag),
                    _ => None,
                };
                flag.ok_or_else(|| {
                    invalid(
                        &at,
                        format!("expected true or false, found {}", describe(value)),
                    )
                })
            })
            .transpose()
    }

    fn optional_u64(&mut self, key: &'static str) -> Result<Option<u64>, Invalid> {
        self.optional(key)
            .map(|(at, value)| {
                let number = match value {
                    Value::Int(int) => u64::try_from(*int).ok(),
                    Value::UInt(uint) => Some(*uint),
                    _ => None,
                };
                number.ok_or_else(|| {
                    invalid(
                        &at,
                        format!("expected a whole number, found {}", describe(value)),
                    )
                })
            })
            .transpose()
    }

    fn optional_usize(&mut self, key: &'static str) -> Result<Option<usize>, Invalid> {
        Ok(self
            .optional_u64(key)?
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX)))
    }

    fn text(&mut self, key: &'static str) -> Result<TextDoc, Invalid> {
        let (at, value) = self.required(key)?;
        read_mapping(&at, value, |fields| {
            Ok(TextDoc {
                ja: fields.string("ja")?,
                en: fields.string("en")?,
            })
        })
    }

    /// Rejects a field that no reader took.
    fn finish(self) -> Result<(), Invalid> {
        for (key, _) in self.map {
            let name = as_str(key).unwrap_or_default();
            if !self.known.contains(&name) {
                let expected: Vec<String> = self.known.iter().map(|k| format!("`{k}`")).collect();
                return Err(invalid(
                    &self.at,
                    format!(
                        "unknown field `{name}`, expected one of {}",
                        expected.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// A value in an error message, as serde names it (`a sequence`, `integer `3``).
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Float(float) => format!("floating point `{float:?}`"),
        Value::Int(int) => format!("integer `{int}`"),
        Value::UInt(uint) => format!("integer `{uint}`"),
        Value::Str(text) => format!("string {text:?}"),
        Value::Seq(_) => "a sequence".to_string(),
        Value::Map(_) => "a mapping".to_string(),
        Value::Tagged(tag, _) => format!("a value tagged !{tag}"),
    }
}

fn as_str(value: &Value) -> Option<&str> {
    match value {
        Value::Str(text) => Some(text),
        _ => None,
    }
}

fn string(at: &str, value: &Value) -> Result<String, Invalid> {
    as_str(value)
        .map(str::to_string)
        .ok_or_else(|| invalid(at, format!("expected a string, found {}", describe(value))))
}

fn list<T>(
    at: &str,
    value: &Value,
    mut read: impl FnMut(&str, &Value) -> Result<T, Invalid>,
) -> Result<Vec<T>, Invalid> {
    let Value::Seq(items) = value else {
        return Err(invalid(
            at,
            format!("expected a sequence, found {}", describe(value)),
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| read(&format!("{at}[{index}]"), item))
        .collect()
}

/// Reads one mapping strictly: `read` takes the fields it knows, the rest are errors.
fn read_mapping<'a, T>(
    at: &str,
    value: &'a Value,
    read: impl FnOnce(&mut Fields<'a>) -> Result<T, Invalid>,
) -> Result<T, Invalid> {
    let mut fields = Fields::new(at, value)?;
    let doc = read(&mut fields)?;
    fields.finish()?;
    Ok(doc)
}

fn read_tutorial(value: &Value) -> Result<TutorialDoc, Invalid> {
    read_mapping("", value, |fields| {
        Ok(TutorialDoc {
            id: fields.string("id")?,
            title: fields.text("title")?,
            seed: fields.optional_u64("seed")?,
            files: fields.string_map("files")?,
            setup: fields.strings("setup")?,
            steps: {
                let (at, steps) = fields.required("steps")?;
                list(&at, steps, read_step)?
            },
        })
    })
}

fn read_step(at: &str, value: &Value) -> Result<StepDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(StepDoc {
            id: fields.string("id")?,
            section: fields.optional_string("section")?,
            title: fields.text("title")?,
            text: fields.text("text")?,
            hint: fields.text("hint")?,
            solution: {
                let (at, solution) = fields.required("solution")?;
                list(&at, solution, string)?
            },
            files: fields.string_map("files")?,
            advance: fields.optional_string("advance")?,
            goal: {
                let (at, goal) = fields.required("goal")?;
                read_goal(&at, goal)?
            },
            mistakes: match fields.optional("mistakes") {
                Some((at, mistakes)) => list(&at, mistakes, read_mistake)?,
                None => Vec::new(),
            },
        })
    })
}

fn read_mistake(at: &str, value: &Value) -> Result<MistakeDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(MistakeDoc {
            id: fields.string("id")?,
            when: {
                let (at, when) = fields.required("when")?;
                read_goal(&at, when)?
            },
            explain: fields.text("explain")?,
            example: fields.strings("example")?,
        })
    })
}

fn read_goal(at: &str, value: &Value) -> Result<GoalDoc, Invalid> {
    let goals = |fields: &mut Fields, key| -> Result<Option<Vec<GoalDoc>>, Invalid> {
        fields
            .optional(key)
            .map(|(at, items)| list(&at, items, read_goal))
            .transpose()
    };
    read_mapping(at, value, |fields| {
        Ok(GoalDoc {
            exists: fields
                .optional("exists")
                .map(|(at, value)| read_object(&at, value))
                .transpose()?,
            absent: fields
                .optional("absent")
                .map(|(at, value)| read_object(&at, value))
                .transpose()?,
            node_label: fields
                .optional("node_label")
                .map(|(at, value)| read_node_label(&at, value))
                .transpose()?,
            ran: fields
                .optional("ran")
                .map(|(at, value)| read_command(&at, value))
                .transpose()?,
            file: fields
                .optional("file")
                .map(|(at, value)| read_file(&at, value))
                .transpose()?,
            current_namespace: fields.optional_string("current_namespace")?,
            all_of: goals(fields, "all_of")?,
            any_of: goals(fields, "any_of")?,
            not: fields
                .optional("not")
                .map(|(at, value)| read_goal(&at, value).map(Box::new))
                .transpose()?,
        })
    })
}

fn read_object(at: &str, value: &Value) -> Result<ObjectDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(ObjectDoc {
            kind: fields.string("kind")?,
            name: fields.optional_string("name")?,
            selector: fields.optional_string("selector")?,
            namespace: fields.optional_string("namespace")?,
            all_namespaces: fields.optional_bool("all_namespaces")?.unwrap_or(false),
            labels: fields.string_map("labels")?,
            annotations: fields.string_map("annotations")?,
            phase: fields.optional_string("phase")?,
            node: fields.optional_string("node")?,
            node_labels: fields.string_map("node_labels")?,
            node_selector: fields.optional_string("node_selector")?,
            spec_node_selector: fields.string_map("spec_node_selector")?,
            terminating: fields.optional_bool("terminating")?,
            containers: fields.optional_usize("containers")?,
            ready: fields.optional_bool("ready")?,
            log_contains: fields.optional_string("log_contains")?,
            max_age: fields.optional_string("max_age")?,
            count: fields.optional_usize("count")?,
        })
    })
}

fn read_node_label(at: &str, value: &Value) -> Result<NodeLabelDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(NodeLabelDoc {
            key: fields.string("key")?,
            value: fields.optional_string("value")?,
            on: fields.optional_string("on")?,
        })
    })
}

fn read_command(at: &str, value: &Value) -> Result<CommandDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(CommandDoc {
            program: fields.optional_string("program")?,
            verb: fields.optional_string("verb")?,
            kind: fields.optional_string("kind")?,
            name: fields.optional_string("name")?,
            selector: fields.optional_string("selector")?,
            selects_like: fields.optional_string("selects_like")?,
            output: fields.optional_string("output")?,
            flags: fields.strings("flags")?,
            without_flags: fields.strings("without_flags")?,
            flag_values: fields.string_map("flag_values")?,
            namespace: fields.optional_string("namespace")?,
            args: fields.strings("args")?,
            after_dash: fields.strings("after_dash")?,
            status: fields.optional_string("status")?,
        })
    })
}

fn read_file(at: &str, value: &Value) -> Result<FileDoc, Invalid> {
    read_mapping(at, value, |fields| {
        Ok(FileDoc {
            path: fields.optional_string("path")?,
            contains: fields.strings("contains")?,
            answer: fields.strings("answer")?,
            yaml: match fields.optional("yaml") {
                Some((at, value)) => Some(read_mapping(&at, value, |yaml| {
                    Ok(YamlDoc {
                        pointer: yaml.string("pointer")?,
                        // `equals: null` is a value to compare with, not a missing field.
                        equals: {
                            yaml.known.push("equals");
                            yaml.map
                                .iter()
                                .find(|(key, _)| as_str(key) == Some("equals"))
                                .map(|(_, value)| value.clone())
                                .ok_or_else(|| invalid(&yaml.at, "missing field `equals`"))?
                        },
                    })
                })?),
                None => None,
            },
        })
    })
}

/// Deepest nesting of `all_of`/`any_of`/`not` accepted.
const MAX_GOAL_DEPTH: usize = 16;

pub(super) fn load(file: &str, text: &str) -> Result<Tutorial, TutorialError> {
    let value = read_yaml(text, Rules::Yaml12).map_err(|error| {
        // The location is reported separately (`file:line:column: message`).
        let (message, location) = error.located();
        TutorialError {
            file: file.to_string(),
            line: location.map(|(line, _)| line),
            column: location.map(|(_, column)| column),
            kind: TutorialErrorKind::Syntax(message),
        }
    })?;
    read_tutorial(&value)
        .and_then(convert)
        .map_err(|(at, reason)| TutorialError {
            file: file.to_string(),
            line: None,
            column: None,
            kind: TutorialErrorKind::Invalid { at, reason },
        })
}

type Invalid = (String, String);

fn invalid(at: &str, reason: impl Into<String>) -> Invalid {
    (at.to_string(), reason.into())
}

fn text(doc: TextDoc) -> Text {
    Text {
        ja: doc.ja,
        en: doc.en,
    }
}

fn convert(doc: TutorialDoc) -> Result<Tutorial, Invalid> {
    if doc.id.trim().is_empty() {
        return Err(invalid("id", "is empty"));
    }
    if doc.steps.is_empty() {
        return Err(invalid("steps", "a tutorial needs at least one step"));
    }
    check_files("files", &doc.files)?;
    let mut seen = BTreeSet::new();
    let mut steps = Vec::with_capacity(doc.steps.len());
    for (index, step) in doc.steps.into_iter().enumerate() {
        let at = format!("steps[{index}] ({})", step.id);
        if step.id.trim().is_empty() || step.id.contains(char::is_whitespace) {
            return Err(invalid(&at, "a step id must be one word"));
        }
        if !seen.insert(step.id.clone()) {
            return Err(invalid(
                &at,
                format!("the step id `{}` is used twice", step.id),
            ));
        }
        check_files(&format!("{at}.files"), &step.files)?;
        let advance = match &step.advance {
            Some(text) => Some(super::parse_duration(text).ok_or_else(|| {
                invalid(
                    &format!("{at}.advance"),
                    format!("`{text}` is not a duration like 30s or 1m30s"),
                )
            })?),
            None => None,
        };
        let goal = goal(&format!("{at}.goal"), step.goal, 0)?;
        let mut mistakes = Vec::with_capacity(step.mistakes.len());
        for (m, mistake) in step.mistakes.into_iter().enumerate() {
            let at = format!("{at}.mistakes[{m}] ({})", mistake.id);
            mistakes.push(Mistake {
                when: goal_at(&format!("{at}.when"), mistake.when)?,
                id: mistake.id,
                explain: text(mistake.explain),
                example: mistake.example,
            });
        }
        steps.push(Step {
            id: step.id,
            section: step.section,
            title: text(step.title),
            text: text(step.text),
            hint: text(step.hint),
            solution: step.solution,
            files: step.files,
            advance,
            goal,
            mistakes,
        });
    }
    Ok(Tutorial {
        id: doc.id,
        title: text(doc.title),
        seed: doc.seed.unwrap_or(1),
        files: doc.files,
        setup: doc.setup,
        steps,
    })
}

fn check_files(at: &str, files: &BTreeMap<String, String>) -> Result<(), Invalid> {
    for name in files.keys() {
        let ok = !name.is_empty()
            && !name.starts_with('/')
            && name
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c));
        if !ok {
            return Err(invalid(
                at,
                format!("`{name}` is not a relative file name of letters, digits, `.`, `_`, `-`"),
            ));
        }
    }
    Ok(())
}

fn goal_at(at: &str, doc: GoalDoc) -> Result<Goal, Invalid> {
    goal(at, doc, 0)
}

fn goal(at: &str, doc: GoalDoc, depth: usize) -> Result<Goal, Invalid> {
    if depth > MAX_GOAL_DEPTH {
        return Err(invalid(at, "goals are nested too deeply"));
    }
    let GoalDoc {
        exists,
        absent,
        node_label,
        ran,
        file,
        current_namespace,
        all_of,
        any_of,
        not,
    } = doc;
    let given = [
        exists.is_some(),
        absent.is_some(),
        node_label.is_some(),
        ran.is_some(),
        file.is_some(),
        current_namespace.is_some(),
        all_of.is_some(),
        any_of.is_some(),
        not.is_some(),
    ]
    .iter()
    .filter(|given| **given)
    .count();
    if given != 1 {
        return Err(invalid(
            at,
            "a goal has exactly one of exists, absent, node_label, ran, file, current_namespace, all_of, any_of, not",
        ));
    }
    if let Some(doc) = exists {
        return Ok(Goal::Exists(object(&format!("{at}.exists"), doc)?));
    }
    if let Some(doc) = absent {
        if doc.count.is_some() {
            return Err(invalid(
                &format!("{at}.absent.count"),
                "`count` belongs to `exists`",
            ));
        }
        return Ok(Goal::Absent(object(&format!("{at}.absent"), doc)?));
    }
    if let Some(doc) = node_label {
        let on = match &doc.on {
            Some(text) => Some(selector(&format!("{at}.node_label.on"), text)?),
            None => None,
        };
        if doc.key.is_empty() {
            return Err(invalid(&format!("{at}.node_label.key"), "is empty"));
        }
        return Ok(Goal::NodeLabel {
            key: doc.key,
            value: doc.value,
            on,
        });
    }
    if let Some(doc) = ran {
        return Ok(Goal::Ran(command(&format!("{at}.ran"), doc)?));
    }
    if let Some(doc) = file {
        return Ok(Goal::File(file_query(&format!("{at}.file"), doc)?));
    }
    if let Some(namespace) = current_namespace {
        return Ok(Goal::CurrentNamespace(namespace));
    }
    let list = match (all_of, any_of) {
        (Some(docs), _) => Some((true, docs)),
        (None, Some(docs)) => Some((false, docs)),
        (None, None) => None,
    };
    if let Some((all, docs)) = list {
        let name = if all { "all_of" } else { "any_of" };
        if docs.is_empty() {
            return Err(invalid(&format!("{at}.{name}"), "lists no goals"));
        }
        let mut goals = Vec::with_capacity(docs.len());
        for (index, doc) in docs.into_iter().enumerate() {
            goals.push(goal(&format!("{at}.{name}[{index}]"), doc, depth + 1)?);
        }
        return Ok(if all {
            Goal::AllOf(goals)
        } else {
            Goal::AnyOf(goals)
        });
    }
    match not {
        Some(doc) => Ok(Goal::Not(Box::new(goal(
            &format!("{at}.not"),
            *doc,
            depth + 1,
        )?))),
        None => Err(invalid(at, "is empty")),
    }
}

fn kind(at: &str, text: &str) -> Result<Kind, Invalid> {
    Kind::from_resource_arg(text).ok_or_else(|| {
        invalid(
            at,
            format!("`{text}` is not a kind the playground serves (pod, node, namespace, replicationcontroller, service, event)"),
        )
    })
}

fn selector(at: &str, text: &str) -> Result<Selector, Invalid> {
    Selector::parse(text).map_err(|error| invalid(at, format!("`{text}`: {error}")))
}

fn object(at: &str, doc: ObjectDoc) -> Result<ObjectQuery, Invalid> {
    let kind = kind(&format!("{at}.kind"), &doc.kind)?;
    let pod_only = [
        ("node", doc.node.is_some()),
        ("node_labels", !doc.node_labels.is_empty()),
        ("node_selector", doc.node_selector.is_some()),
        ("spec_node_selector", !doc.spec_node_selector.is_empty()),
        ("containers", doc.containers.is_some()),
        ("ready", doc.ready.is_some()),
        ("log_contains", doc.log_contains.is_some()),
    ];
    if kind != Kind::Pod {
        if let Some((field, _)) = pod_only.iter().find(|(_, given)| *given) {
            return Err(invalid(&format!("{at}.{field}"), "only applies to pods"));
        }
    }
    if let Some(phase) = &doc.phase {
        let known: &[&str] = match kind {
            Kind::Pod => &["Pending", "Running", "Succeeded", "Failed", "Unknown"],
            Kind::Namespace => &["Active", "Terminating"],
            _ => &[],
        };
        if !known.contains(&phase.as_str()) {
            return Err(invalid(
                &format!("{at}.phase"),
                format!("`{phase}` is not a phase of a {}", kind.singular()),
            ));
        }
    }
    if doc.all_namespaces && doc.namespace.is_some() {
        return Err(invalid(
            &format!("{at}.namespace"),
            "give either namespace or all_namespaces",
        ));
    }
    if !kind.namespaced() && doc.namespace.is_some() {
        return Err(invalid(
            &format!("{at}.namespace"),
            format!("a {} is not namespaced", kind.singular()),
        ));
    }
    let namespace = if doc.all_namespaces || !kind.namespaced() {
        None
    } else {
        Some(doc.namespace.unwrap_or_else(|| "default".to_string()))
    };
    let object_selector = match &doc.selector {
        Some(text) => Some(selector(&format!("{at}.selector"), text)?),
        None => None,
    };
    let node_selector = match &doc.node_selector {
        Some(text) => Some(selector(&format!("{at}.node_selector"), text)?),
        None => None,
    };
    let max_age = match &doc.max_age {
        Some(text) => Some(super::parse_duration(text).ok_or_else(|| {
            invalid(
                &format!("{at}.max_age"),
                format!("`{text}` is not a duration like 30s or 2m"),
            )
        })?),
        None => None,
    };
    Ok(ObjectQuery {
        kind,
        name: doc.name,
        selector: object_selector,
        namespace,
        labels: doc.labels,
        annotations: doc.annotations,
        phase: doc.phase,
        node: doc.node,
        node_labels: doc.node_labels,
        node_selector,
        spec_node_selector: doc.spec_node_selector,
        terminating: doc.terminating,
        containers: doc.containers,
        ready: doc.ready,
        log_contains: doc.log_contains,
        max_age,
        count: doc.count,
    })
}

fn command(at: &str, doc: CommandDoc) -> Result<CommandQuery, Invalid> {
    let program = doc.program.unwrap_or_else(|| "kubectl".to_string());
    let mut query = CommandQuery::new(&program);
    let kubectl_only = [
        ("verb", doc.verb.is_some()),
        ("kind", doc.kind.is_some()),
        ("name", doc.name.is_some()),
        ("selector", doc.selector.is_some()),
        ("selects_like", doc.selects_like.is_some()),
        ("output", doc.output.is_some()),
        ("flags", !doc.flags.is_empty()),
        ("without_flags", !doc.without_flags.is_empty()),
        ("flag_values", !doc.flag_values.is_empty()),
        ("namespace", doc.namespace.is_some()),
        ("after_dash", !doc.after_dash.is_empty()),
    ];
    if program != "kubectl" {
        if let Some((field, _)) = kubectl_only.iter().find(|(_, given)| *given) {
            return Err(invalid(
                &format!("{at}.{field}"),
                "only applies to kubectl commands",
            ));
        }
    }
    if let Some(verb) = &doc.verb {
        let words: Vec<&str> = verb.split_whitespace().collect();
        let well_formed = !words.is_empty()
            && words.iter().all(|word| {
                word.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !word.starts_with('-')
            });
        if !well_formed {
            return Err(invalid(
                &format!("{at}.verb"),
                format!("`{verb}` is not a kubectl command path (get, create namespace)"),
            ));
        }
    }
    for flag in doc
        .flags
        .iter()
        .chain(&doc.without_flags)
        .chain(doc.flag_values.keys())
    {
        if flag.starts_with('-') || flag.len() < 2 {
            return Err(invalid(
                &format!("{at}.flags"),
                format!("`{flag}` must be a long flag name without dashes (show-labels)"),
            ));
        }
    }
    query.kind = match &doc.kind {
        Some(text) => Some(kind(&format!("{at}.kind"), text)?),
        None => None,
    };
    query.selector = match &doc.selector {
        Some(text) => Some(selector(&format!("{at}.selector"), text)?),
        None => None,
    };
    query.selects_like = match &doc.selects_like {
        Some(text) => Some(selector(&format!("{at}.selects_like"), text)?),
        None => None,
    };
    query.status = match doc.status.as_deref() {
        None | Some("success") => StatusWanted::Success,
        Some("failure") => StatusWanted::Failure,
        Some("any") => StatusWanted::Any,
        Some(other) => {
            return Err(invalid(
                &format!("{at}.status"),
                format!("`{other}` is not one of success, failure, any"),
            ))
        }
    };
    query.verb = doc
        .verb
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "));
    query.name = doc.name;
    query.output = doc.output;
    query.flags = doc.flags;
    query.without_flags = doc.without_flags;
    query.flag_values = doc.flag_values;
    query.namespace = doc.namespace;
    query.args = doc.args;
    query.after_dash = doc.after_dash;
    Ok(query)
}

/// The JSON value a YAML value stands for (what a file's document is compared with).
fn json_of(at: &str, value: &Value) -> Result<serde_json::Value, Invalid> {
    use serde_json::Value as Json;
    Ok(match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(*flag),
        Value::Int(int) => Json::from(*int),
        Value::UInt(uint) => Json::from(*uint),
        Value::Float(float) => serde_json::Number::from_f64(*float)
            .map(Json::Number)
            .ok_or_else(|| invalid(at, format!("{float:?} is not a JSON number")))?,
        Value::Str(text) => Json::String(text.clone()),
        Value::Seq(items) => Json::Array(
            items
                .iter()
                .enumerate()
                .map(|(index, item)| json_of(&format!("{at}[{index}]"), item))
                .collect::<Result<_, _>>()?,
        ),
        Value::Map(map) => {
            let mut object = serde_json::Map::new();
            for (key, item) in map {
                let key = string(at, key)?;
                let item = json_of(&format!("{at}.{key}"), item)?;
                object.insert(key, item);
            }
            Json::Object(object)
        }
        Value::Tagged(..) => return Err(invalid(at, "YAML tags are not supported")),
    })
}

fn file_query(at: &str, doc: FileDoc) -> Result<FileQuery, Invalid> {
    let yaml = match doc.yaml {
        Some(yaml) => {
            if !(yaml.pointer.is_empty() || yaml.pointer.starts_with('/')) {
                return Err(invalid(
                    &format!("{at}.yaml.pointer"),
                    format!(
                        "`{}` is not a JSON pointer like /spec/nodeSelector/gpu",
                        yaml.pointer
                    ),
                ));
            }
            let equals = json_of(&format!("{at}.yaml.equals"), &yaml.equals)?;
            Some((yaml.pointer, equals))
        }
        None => None,
    };
    if let Some(path) = &doc.path {
        if path.is_empty() {
            return Err(invalid(&format!("{at}.path"), "is empty"));
        }
    }
    Ok(FileQuery {
        path: doc.path,
        contains: doc.contains,
        answer: doc.answer,
        yaml,
    })
}
