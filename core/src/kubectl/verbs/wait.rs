//! `kubectl wait --for=create|delete|condition=…|jsonpath=…`: waits, object after object and
//! condition after condition, until each selected object satisfies every condition, printing
//! `pod/x condition met` (or the `-o` format) each time one is met.
//!
//! The order is `RunWaitContext`'s: `--for=create` first polls until the objects exist; then
//! the resource builder visits the objects (a name is looked up when its turn comes, a type
//! is listed once) and every condition blocks in turn until it holds or the one deadline of
//! the whole command passes. Errors are gathered as the builder's `ContinueOnError` gathers
//! them and printed together at the end.

use super::super::cli::{golang, Invocation};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat, Printer};
use super::super::resources::{self, Selection};
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, Kind};
use crate::cluster::ObjectView;
use crate::jsonpath::{JsonPath, JsonPathResultValue};
use crate::selector::{FieldSelector, Selector};
use serde_json::Value;
use std::collections::VecDeque;

/// `wait.ErrorInterrupted(nil)`'s text.
const TIMED_OUT: &str = "timed out waiting for the condition";

/// One `--for`.
enum Condition {
    Create,
    Delete,
    /// `condition=NAME[=VALUE]` on `status.conditions`.
    Status {
        name: String,
        value: String,
    },
    /// `jsonpath=EXPRESSION[=VALUE]`; without a value any single value is enough.
    JsonPath {
        path: JsonPath,
        value: Option<String>,
    },
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    // `WaitFlags.ToOptions`: the printer, the REST client, then the conditions.
    let flags = &invocation.flags;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    let conditions = parse_conditions(&flags.strings("for"))?;
    // `Run`: the builder's first request (with nothing named it fails before any).
    let named = !invocation.args.is_empty() || resources::has_file_sources(flags);
    if let Some(failure) = named
        .then(|| super::unreachable::failure(invocation, env))
        .flatten()
    {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result.map(Outcome::Done);
        }
    }
    let (targets, (errors, trailing_errors)) = Targets::from_invocation(invocation, env)?;
    // Zero checks once; a negative timeout waits for a week.
    let timeout_nanos = flags.duration_nanos("timeout");
    let timeout_millis = if timeout_nanos < 0 {
        168 * 3600 * 1000
    } else {
        timeout_nanos / 1_000_000
    };
    let creating = conditions
        .iter()
        .any(|condition| matches!(condition, Condition::Create));
    let for_delete = conditions
        .iter()
        .any(|condition| matches!(condition, Condition::Delete));
    let mut waiter = Wait {
        conditions,
        targets,
        format,
        once: timeout_nanos == 0,
        deadline: env
            .cluster
            .now()
            .plus(crate::clock::SimDuration::from_millis(timeout_millis)),
        stage: if creating {
            Stage::Creating
        } else {
            Stage::Visiting
        },
        for_delete,
        queue: VecDeque::new(),
        visited: 0,
        errors,
        trailing_errors,
    };
    if !creating {
        waiter.begin_visit(env);
    }
    if let Some(code) = waiter.poll(env, io) {
        return Ok(Outcome::Done(code));
    }
    Ok(Outcome::Wait(Box::new(waiter)))
}

/// `conditionFuncsFor`: every `--for` in order (`delete` and `create` in any case); with none
/// at all, kubectl quotes the empty list.
fn parse_conditions(specs: &[String]) -> Result<Vec<Condition>, KubectlError> {
    let mut parsed = Vec::new();
    for spec in specs {
        let lower = spec.to_lowercase();
        if lower == "delete" {
            parsed.push(Condition::Delete);
        } else if lower == "create" {
            parsed.push(Condition::Create);
        } else if let Some(rest) = spec.strip_prefix("condition=") {
            let (name, value) = match rest.split_once('=') {
                Some((name, value)) => (name.to_string(), value.to_string()),
                None => (rest.to_string(), "true".to_string()),
            };
            parsed.push(Condition::Status { name, value });
        } else if let Some(rest) = spec.strip_prefix("jsonpath=") {
            let (path, value) = parse_json_path(rest)?;
            parsed.push(Condition::JsonPath { path, value });
        } else {
            return Err(KubectlError::message(format!(
                "unrecognized condition: {}",
                golang::quote(spec)
            )));
        }
    }
    if parsed.is_empty() {
        return Err(KubectlError::message("unrecognized condition: []"));
    }
    Ok(parsed)
}

/// `processJSONPathInput` and `newJSONPathParser`: the input split on single `=` signs (`==`
/// stays), the expression relaxed and parsed (missing keys allowed), the value unquoted and
/// not empty.
fn parse_json_path(input: &str) -> Result<(JsonPath, Option<String>), KubectlError> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('=', Some('=')) => {
                chars.next();
                part.push_str("==");
            }
            ('=', _) => parts.push(std::mem::take(&mut part)),
            _ => part.push(c),
        }
    }
    parts.push(part);
    let (expression, value) = match parts.as_slice() {
        [expression] => (expression, None),
        [expression, value] => (expression, Some(value.trim_matches(['\'', '"']))),
        _ => return Err(KubectlError::message("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'")),
    };
    let relaxed = crate::jsonpath::relaxed_expression(expression)
        .map_err(|error| KubectlError::message(error.to_string()))?;
    if value.is_some_and(str::is_empty) {
        return Err(KubectlError::message("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3"));
    }
    if relaxed.is_empty() {
        return Err(KubectlError::message("jsonpath expression cannot be empty"));
    }
    let path = JsonPath::parse(&relaxed)
        .map_err(|error| KubectlError::message(error.to_string()))?
        .with_allow_missing_keys(true);
    Ok((path, value.map(str::to_string)))
}

/// The builder's errors in files: the objects `-n` contradicts (reported first) and the
/// reading errors (reported last).
type FileErrors = (Vec<KubectlError>, Vec<KubectlError>);

/// What the resource builder visits.
enum Targets {
    /// Objects named by arguments or files: kind, namespace (empty when cluster-scoped), name,
    /// each looked up when its turn comes.
    Names(Vec<(Kind, String, String)>),
    /// Every object of the types the selectors match, listed once.
    Selected {
        kinds: Vec<Kind>,
        /// `None` with `--all-namespaces`.
        namespace: Option<String>,
        labels: Option<Selector>,
        fields: Option<FieldSelector>,
    },
}

impl Targets {
    /// The builder's reading of the arguments, `-f`, `-l`, `--field-selector`, `--all` and
    /// `-A`; also the errors it met in files: the objects `-n` contradicts, reported first,
    /// and the reading errors, reported last.
    fn from_invocation(
        invocation: &Invocation,
        env: &Env<'_>,
    ) -> Result<(Targets, FileErrors), KubectlError> {
        let flags = &invocation.flags;
        let labels_text = flags.string("selector").unwrap_or("").trim().to_string();
        let fields_text = flags
            .string("field-selector")
            .unwrap_or("")
            .trim()
            .to_string();
        if let Some(files) = resources::file_targets(invocation, env)? {
            return Ok((
                Targets::Names(files.targets),
                (files.placement_errors, files.read_errors),
            ));
        }
        let all_namespaces = flags.bool("all-namespaces");
        let namespace = resources::namespace(invocation, env);
        match resources::parse_selection(&invocation.args)? {
            Selection::Names(names) => {
                if !labels_text.is_empty() || !fields_text.is_empty() {
                    return Err(resources::selector_with_names(&invocation.args));
                }
                resources::check_names_scope(&names, all_namespaces)?;
                Ok((
                    Targets::Names(resources::placed_names(names, &namespace)),
                    Default::default(),
                ))
            }
            Selection::Kinds(kinds) => {
                if kinds.is_empty() {
                    return Err(KubectlError::message(super::delete::NO_RESOURCES));
                }
                if !flags.bool("all") && labels_text.is_empty() && fields_text.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                let first = kinds.first().copied().unwrap_or(Kind::Pod);
                let (labels, fields) =
                    super::get::list_selectors(first, &labels_text, &fields_text)?;
                Ok((
                    Targets::Selected {
                        kinds,
                        namespace: (!all_namespaces).then_some(namespace),
                        labels,
                        fields,
                    },
                    Default::default(),
                ))
            }
        }
    }

    /// The objects the selectors match now, in the API server's order.
    fn matching<'c>(&self, env: &'c Env<'_>) -> Vec<(Kind, ObjectView<'c>)> {
        let Targets::Selected {
            kinds,
            namespace,
            labels,
            fields,
        } = self
        else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for kind in kinds {
            let scope = if kind.namespaced() {
                namespace.as_deref()
            } else {
                None
            };
            for object in env.cluster.list(*kind, scope) {
                let labels_match = labels
                    .as_ref()
                    .is_none_or(|labels| labels.matches(&object.meta().labels));
                let fields_match = fields.as_ref().is_none_or(|fields| {
                    fields.matches_with(&|field: &str| super::get::field_value(&object, field))
                });
                if labels_match && fields_match {
                    found.push((*kind, object));
                }
            }
        }
        found
    }

    /// The builder's list: the matching objects as it read them, to visit.
    fn list(&self, env: &Env<'_>) -> Vec<Visit> {
        self.matching(env)
            .into_iter()
            .map(|(kind, object)| Visit {
                kind,
                namespace: object.meta().namespace.clone().unwrap_or_default(),
                name: object.name().to_string(),
                object: Some(object.to_value()),
                condition: 0,
                started: false,
                counted: false,
            })
            .collect()
    }

    /// `--for=create`'s poll: whether the builder now finds something, and nothing it names
    /// is missing.
    fn all_exist(&self, env: &Env<'_>) -> bool {
        match self {
            Targets::Names(names) => names
                .iter()
                .all(|(kind, namespace, name)| env.cluster.get(*kind, namespace, name).is_ok()),
            Targets::Selected { .. } => !self.matching(env).is_empty(),
        }
    }
}

/// One object the builder visits.
struct Visit {
    kind: Kind,
    namespace: String,
    name: String,
    /// The object as the builder read it (`info.Object`); `None` until a named object's turn.
    object: Option<Value>,
    /// The index of the condition being waited for.
    condition: usize,
    /// Whether the wait for that condition has begun (its first look checks that the object
    /// is there).
    started: bool,
    /// Whether the builder has counted it as visited.
    counted: bool,
}

impl Visit {
    /// `info.ObjectName()`: the resource and the name.
    fn object_name(&self) -> String {
        format!("{}/{}", self.kind.plural(), self.name)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// `--for=create`: polling until the objects exist.
    Creating,
    /// Visiting the objects.
    Visiting,
}

/// What one look at a condition found.
enum Check {
    Met(Value),
    NotYet,
    Failed(KubectlError),
}

struct Wait {
    conditions: Vec<Condition>,
    targets: Targets,
    format: OutputFormat,
    /// `--timeout=0`: every condition is checked once.
    once: bool,
    deadline: crate::clock::SimTime,
    stage: Stage,
    for_delete: bool,
    /// The objects still to visit, the current one first.
    queue: VecDeque<Visit>,
    /// How many objects the builder found (`visitCount`).
    visited: usize,
    /// Errors so far, in the order kubectl meets them.
    errors: Vec<KubectlError>,
    /// The builder's errors reading files, which come after the others.
    trailing_errors: Vec<KubectlError>,
}

impl Wait {
    fn timed_out(&self, env: &Env<'_>) -> bool {
        env.cluster.now() >= self.deadline
    }

    /// Begins the visit: names are queued to be looked up in turn, types are listed now.
    fn begin_visit(&mut self, env: &Env<'_>) {
        self.stage = Stage::Visiting;
        self.queue = match &self.targets {
            Targets::Names(names) => names
                .iter()
                .map(|(kind, namespace, name)| Visit {
                    kind: *kind,
                    namespace: namespace.clone(),
                    name: name.clone(),
                    object: None,
                    condition: 0,
                    started: false,
                    counted: false,
                })
                .collect(),
            Targets::Selected { .. } => self.targets.list(env).into(),
        };
    }

    /// Looks at the current condition of `visit`.
    fn check(&self, visit: &mut Visit, env: &Env<'_>) -> Check {
        let Some(condition) = self.conditions.get(visit.condition) else {
            return Check::NotYet;
        };
        let current = env
            .cluster
            .get(visit.kind, &visit.namespace, &visit.name)
            .map(|object| object.to_value());
        let first_look = !std::mem::replace(&mut visit.started, true);
        let expired = !self.once && self.timed_out(env);
        match condition {
            Condition::Create => Check::Met(visit.object.clone().unwrap_or(Value::Null)),
            // `IsDeleted`: gone (whatever the deadline) is done; the object kubectl read is
            // what it prints.
            Condition::Delete => match current {
                Err(ApiError::NotFound { .. }) => {
                    Check::Met(visit.object.clone().unwrap_or(Value::Null))
                }
                Err(error) => Check::Failed(KubectlError::api(error)),
                Ok(_) if self.once => Check::Failed(KubectlError::message(format!(
                    "condition not met for {}",
                    visit.object_name()
                ))),
                Ok(_) if expired => Check::Failed(self.timeout_error(visit)),
                Ok(_) => Check::NotYet,
            },
            Condition::Status { .. } | Condition::JsonPath { .. } => {
                if expired {
                    return Check::Failed(self.timeout_error(visit));
                }
                let object = match current {
                    Ok(object) => object,
                    // The first look lists the object; later, a deleted object is waited out.
                    Err(error) if first_look || self.once => {
                        return Check::Failed(KubectlError::api(error))
                    }
                    Err(_) => return Check::NotYet,
                };
                match condition_met(condition, &object) {
                    Err(error) => Check::Failed(error),
                    Ok(true) => Check::Met(object),
                    Ok(false) if self.once => Check::Failed(KubectlError::message(format!(
                        "condition not met for {}",
                        visit.object_name()
                    ))),
                    Ok(false) => Check::NotYet,
                }
            }
        }
    }

    fn timeout_error(&self, visit: &Visit) -> KubectlError {
        KubectlError::message(format!("{TIMED_OUT} on {}", visit.object_name()))
    }

    /// Prints a met condition as the printer made with `condition met` does.
    fn print_met(&self, visit: &Visit, object: Value, printer: &Printer<'_>, io: &mut Io) {
        if matches!(self.format, OutputFormat::Table) {
            io.out(&format!(
                "{} condition met\n",
                output::name_line(visit.kind, &visit.name)
            ));
            return;
        }
        match printer.print(visit.kind, object) {
            Ok(text) => io.out(&text),
            Err(error) => io.err(&error.render()),
        }
    }

    /// The end: every error gathered, or `no matching resources found` when nothing was
    /// visited (waiting for deletion, nothing found is success).
    fn finish(&mut self, io: &mut Io) -> i32 {
        let mut errors = std::mem::take(&mut self.errors);
        errors.append(&mut self.trailing_errors);
        if errors.is_empty() && self.visited == 0 && !self.for_delete {
            errors.push(KubectlError::message("no matching resources found"));
        }
        if errors.is_empty() {
            return 0;
        }
        io.err(&KubectlError::Many(errors).render());
        1
    }
}

/// Whether a status or JSONPath condition holds for `object` (`checkCondition`).
fn condition_met(condition: &Condition, object: &Value) -> Result<bool, KubectlError> {
    match condition {
        Condition::Status { name, value } => Ok(status_condition_met(object, name, value)),
        Condition::JsonPath { path, value } => json_path_met(path, value.as_deref(), object),
        Condition::Create | Condition::Delete => Ok(false),
    }
}

/// `ConditionalWait.checkCondition`: the first condition of that type decides, unless the
/// status has not yet caught up with the spec's generation.
fn status_condition_met(object: &Value, name: &str, value: &str) -> bool {
    use crate::api::value::{array_at, i64_at, str_at};
    for condition in array_at(object, &["status", "conditions"]) {
        if !str_at(condition, &["type"]).is_some_and(|kind| equal_fold(kind, name)) {
            continue;
        }
        let Some(status) = str_at(condition, &["status"]) else {
            continue;
        };
        if let Some(generation) = i64_at(object, &["metadata", "generation"]) {
            let observed = i64_at(condition, &["observedGeneration"])
                .or_else(|| i64_at(object, &["status", "observedGeneration"]));
            if observed.is_some_and(|observed| observed < generation) {
                return false;
            }
        }
        return equal_fold(status, value);
    }
    false
}

/// `JSONPathWait.checkCondition`: exactly one value, a scalar, equal to the expected value
/// once both are trimmed (any value will do without one).
fn json_path_met(
    path: &JsonPath,
    expected: Option<&str>,
    object: &Value,
) -> Result<bool, KubectlError> {
    let results = path
        .find_result_values(object)
        .map_err(|error| KubectlError::message(error.to_string()))?;
    let Some(first) = results.first().filter(|first| !first.is_empty()) else {
        return Ok(false);
    };
    if results.len() > 1 {
        return Err(KubectlError::message(
            "given jsonpath expression matches more than one list",
        ));
    }
    if first.len() > 1 {
        return Err(KubectlError::message(
            "given jsonpath expression matches more than one value",
        ));
    }
    let Some(expected) = expected else {
        return Ok(true);
    };
    let found = match first.first() {
        Some(JsonPathResultValue::Data(Value::Object(_) | Value::Array(_))) => {
            return Err(KubectlError::message(
                "jsonpath leads to a nested object or list which is not supported",
            ))
        }
        Some(found) => found
            .to_go_sprint()
            .map_err(|error| KubectlError::message(error.to_string()))?,
        None => return Ok(false),
    };
    Ok(found.trim() == expected.trim())
}

/// Go's `strings.EqualFold`, for the texts conditions hold.
fn equal_fold(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

impl Waiter for Wait {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        if self.stage == Stage::Creating {
            if !self.targets.all_exist(env) {
                if self.once || self.timed_out(env) {
                    io.err(&format!("error: {TIMED_OUT}\n"));
                    return Some(1);
                }
                return None;
            }
            self.begin_visit(env);
        }
        let format = self.format.clone();
        let printer = Printer::new(&format);
        while let Some(mut visit) = self.queue.pop_front() {
            if visit.object.is_none() {
                // The builder looks a named object up when its turn comes; waiting for
                // deletion, one already gone is passed over.
                match resources::get_by_name(env.cluster, visit.kind, &visit.namespace, &visit.name)
                {
                    Ok(object) => visit.object = Some(object.to_value()),
                    Err(ApiError::NotFound { .. }) if self.for_delete => continue,
                    Err(error) => {
                        self.errors.push(KubectlError::api(error));
                        continue;
                    }
                }
            }
            if !std::mem::replace(&mut visit.counted, true) {
                self.visited += 1;
            }
            while visit.condition < self.conditions.len() {
                match self.check(&mut visit, env) {
                    Check::Met(object) => {
                        self.print_met(&visit, object, &printer, io);
                        visit.condition += 1;
                        visit.started = false;
                    }
                    Check::Failed(error) => {
                        self.errors.push(error);
                        break;
                    }
                    Check::NotYet => {
                        self.queue.push_front(visit);
                        return None;
                    }
                }
            }
        }
        Some(self.finish(io))
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        // kubectl's interrupt handler exits with 1 while it watches; before, the signal
        // kills it.
        if self.stage == Stage::Creating {
            130
        } else {
            1
        }
    }

    fn endless(&self) -> bool {
        false
    }

    /// The deadline: the command ends by then, if nothing else happens first.
    fn wake_at(&self) -> Option<crate::clock::SimTime> {
        (!self.once).then_some(self.deadline)
    }
}
