//! The tutorial file format as serde reads it (strict: `deny_unknown_fields` everywhere), and
//! its conversion into the checked types of the parent module.
//!
//! serde_yaml 0.9 reads enums only from YAML tags and not nested, so a goal is a mapping with
//! exactly one known key (`exists:`, `ran:`, `all_of:` …), converted to `Goal` here. Everything
//! serde cannot see (kinds, selectors, durations, kubectl command paths, duplicate step ids) is
//! checked here too, with the place in the file (`steps[2] (label).goal.ran.verb`).

use super::goal::{CommandQuery, FileQuery, Goal, ObjectQuery, StatusWanted};
use super::{Mistake, Step, Text, Tutorial, TutorialError, TutorialErrorKind};
use crate::api::Kind;
use crate::selector::Selector;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TutorialDoc {
    id: String,
    title: TextDoc,
    #[serde(default)]
    seed: Option<u64>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    #[serde(default)]
    setup: Vec<String>,
    steps: Vec<StepDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextDoc {
    ja: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDoc {
    id: String,
    #[serde(default)]
    section: Option<String>,
    title: TextDoc,
    text: TextDoc,
    hint: TextDoc,
    solution: Vec<String>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    #[serde(default)]
    advance: Option<String>,
    goal: GoalDoc,
    #[serde(default)]
    mistakes: Vec<MistakeDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MistakeDoc {
    id: String,
    when: GoalDoc,
    explain: TextDoc,
    #[serde(default)]
    example: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct GoalDoc {
    #[serde(default)]
    exists: Option<ObjectDoc>,
    #[serde(default)]
    absent: Option<ObjectDoc>,
    #[serde(default)]
    node_label: Option<NodeLabelDoc>,
    #[serde(default)]
    ran: Option<CommandDoc>,
    #[serde(default)]
    file: Option<FileDoc>,
    #[serde(default)]
    current_namespace: Option<String>,
    #[serde(default)]
    all_of: Option<Vec<GoalDoc>>,
    #[serde(default)]
    any_of: Option<Vec<GoalDoc>>,
    #[serde(default)]
    not: Option<Box<GoalDoc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectDoc {
    kind: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    selector: Option<String>,
    #[serde(default)]
    namespace: Option<String>,
    #[serde(default)]
    all_namespaces: bool,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
    #[serde(default)]
    phase: Option<String>,
    #[serde(default)]
    node: Option<String>,
    #[serde(default)]
    node_labels: BTreeMap<String, String>,
    #[serde(default)]
    node_selector: Option<String>,
    #[serde(default)]
    spec_node_selector: BTreeMap<String, String>,
    #[serde(default)]
    terminating: Option<bool>,
    #[serde(default)]
    containers: Option<usize>,
    #[serde(default)]
    ready: Option<bool>,
    #[serde(default)]
    log_contains: Option<String>,
    #[serde(default)]
    max_age: Option<String>,
    #[serde(default)]
    count: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeLabelDoc {
    key: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    on: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandDoc {
    #[serde(default)]
    program: Option<String>,
    #[serde(default)]
    verb: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    selector: Option<String>,
    #[serde(default)]
    selects_like: Option<String>,
    #[serde(default)]
    output: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
    #[serde(default)]
    without_flags: Vec<String>,
    #[serde(default)]
    flag_values: BTreeMap<String, String>,
    #[serde(default)]
    namespace: Option<String>,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    after_dash: Vec<String>,
    #[serde(default)]
    status: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    answer: Vec<String>,
    #[serde(default)]
    yaml: Option<YamlDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YamlDoc {
    pointer: String,
    equals: serde_yaml::Value,
}

/// Deepest nesting of `all_of`/`any_of`/`not` accepted.
const MAX_GOAL_DEPTH: usize = 16;

pub(super) fn load(file: &str, text: &str) -> Result<Tutorial, TutorialError> {
    let doc: TutorialDoc = serde_yaml::from_str(text).map_err(|error| {
        let location = error.location();
        let mut message = error.to_string();
        if let Some(location) = &location {
            // The location is reported separately (`file:line:column: message`).
            let suffix = format!(" at line {} column {}", location.line(), location.column());
            if let Some(stripped) = message.strip_suffix(&suffix) {
                message = stripped.to_string();
            }
        }
        TutorialError {
            file: file.to_string(),
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            kind: TutorialErrorKind::Syntax(message),
        }
    })?;
    convert(doc).map_err(|(at, reason)| TutorialError {
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
            let equals = serde_json::to_value(&yaml.equals)
                .map_err(|error| invalid(&format!("{at}.yaml.equals"), error.to_string()))?;
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
