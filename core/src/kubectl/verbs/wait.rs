//! `kubectl wait --for=condition=Ready|delete|jsonpath=…`: blocks until every selected object
//! satisfies the condition, printing `pod/x condition met` for each.

use super::super::cli::{golang, Invocation};
use super::super::error::KubectlError;
use super::super::output::OutputFormat;
use super::super::resources::{self, Selection};
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::Kind;
use crate::cluster::ObjectView;
use crate::selector;

/// The condition to wait for.
#[derive(Debug, Clone)]
enum Condition {
    Delete,
    Condition { name: String, value: String },
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    // `WaitFlags.ToOptions`: the printer, the REST client, then the conditions.
    let flags = &invocation.flags;
    OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    let specs = flags.strings("for");
    let mut conditions = parse_conditions(&specs)?;
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
    let namespace = resources::namespace(invocation, env);
    let label_selector = invocation
        .flags
        .string("selector")
        .unwrap_or("")
        .to_string();
    let all = invocation.flags.bool("all");
    let mut targets: Vec<(Kind, String, String)> = Vec::new();
    match resources::parse_selection(&invocation.args)? {
        Selection::Names(names) => {
            for (kind, name) in names {
                targets.push((
                    kind,
                    if kind.namespaced() {
                        namespace.clone()
                    } else {
                        String::new()
                    },
                    name,
                ));
            }
        }
        Selection::Kinds(kinds) => {
            if kinds.is_empty() {
                return Err(KubectlError::message(super::delete::NO_RESOURCES));
            }
            let parsed = if label_selector.is_empty() {
                None
            } else {
                Some(
                    selector::parse(&label_selector)
                        .map_err(|e| KubectlError::message(e.to_string()))?,
                )
            };
            if !all && parsed.is_none() {
                return Err(KubectlError::message(
                    "resource(s) were provided, but no name was specified",
                ));
            }
            for kind in kinds {
                let scope = if kind.namespaced() {
                    Some(namespace.as_str())
                } else {
                    None
                };
                for object in env.cluster.list(kind, scope) {
                    if parsed
                        .as_ref()
                        .map(|s| s.matches(&object.meta().labels))
                        .unwrap_or(true)
                    {
                        targets.push((
                            kind,
                            object.meta().namespace.clone().unwrap_or_default(),
                            object.name().to_string(),
                        ));
                    }
                }
            }
            if targets.is_empty() {
                return Err(KubectlError::message("no matching resources found"));
            }
        }
    }
    let condition = match (conditions.pop(), conditions.is_empty()) {
        (Some(Parsed::Simple(condition)), true) => condition,
        (Some(Parsed::Create | Parsed::JsonPath), true) => {
            let what = specs.first().map(String::as_str).unwrap_or_default();
            let what = what.split_once('=').map_or(what, |(head, _)| head);
            return Err(KubectlError::message(format!(
                "the playground does not implement \"kubectl wait --for={}\" yet",
                what.to_lowercase()
            )));
        }
        _ => return Err(KubectlError::message(
            "the playground does not implement \"kubectl wait\" with several --for conditions yet",
        )),
    };
    // Zero checks once; a negative timeout waits for a week.
    let timeout_nanos = invocation.flags.duration_nanos("timeout");
    let timeout_millis = if timeout_nanos < 0 {
        7 * 24 * 3600 * 1000
    } else {
        timeout_nanos / 1_000_000
    };
    let mut uids = Vec::new();
    for (kind, ns, name) in &targets {
        match env.cluster.get(*kind, ns, name) {
            Ok(object) => uids.push(object.meta().uid.clone()),
            Err(error) => {
                if matches!(condition, Condition::Delete) {
                    uids.push(String::new());
                } else {
                    return Err(KubectlError::api(error));
                }
            }
        }
    }
    let deadline = env
        .cluster
        .now()
        .plus(crate::clock::SimDuration::from_millis(timeout_millis));
    let mut waiter = Wait {
        condition,
        pending: targets.into_iter().zip(uids).collect(),
        deadline,
    };
    if let Some(code) = waiter.poll(env, io) {
        return Ok(Outcome::Done(code));
    }
    Ok(Outcome::Wait(Box::new(waiter)))
}

/// A `--for` as `conditionFuncsFor` reads it.
enum Parsed {
    /// One the playground waits for.
    Simple(Condition),
    /// `create`, which the playground does not wait for.
    Create,
    /// `jsonpath=EXPRESSION[=VALUE]`, which the playground does not wait for.
    JsonPath,
}

/// `conditionFuncsFor`: every `--for` in order (`delete` and `create` in any case); with none
/// at all, kubectl quotes the empty list.
fn parse_conditions(specs: &[String]) -> Result<Vec<Parsed>, KubectlError> {
    let mut parsed = Vec::new();
    for spec in specs {
        let lower = spec.to_lowercase();
        if lower == "delete" {
            parsed.push(Parsed::Simple(Condition::Delete));
        } else if lower == "create" {
            parsed.push(Parsed::Create);
        } else if let Some(rest) = spec.strip_prefix("condition=") {
            let (name, value) = match rest.split_once('=') {
                Some((name, value)) => (name.to_string(), value.to_string()),
                None => (rest.to_string(), "true".to_string()),
            };
            parsed.push(Parsed::Simple(Condition::Condition { name, value }));
        } else if let Some(rest) = spec.strip_prefix("jsonpath=") {
            check_json_path(rest)?;
            parsed.push(Parsed::JsonPath);
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
/// stays), the expression relaxed and parsed, the value unquoted and not empty.
fn check_json_path(input: &str) -> Result<(), KubectlError> {
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
        [expression, value] => (expression, Some(value)),
        _ => return Err(KubectlError::message("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'")),
    };
    let relaxed = crate::jsonpath::relaxed_expression(expression)
        .map_err(|error| KubectlError::message(error.to_string()))?;
    if value.is_some_and(|value| value.trim_matches(['\'', '"']).is_empty()) {
        return Err(KubectlError::message("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3"));
    }
    if relaxed.is_empty() {
        return Err(KubectlError::message("jsonpath expression cannot be empty"));
    }
    crate::jsonpath::JsonPath::parse(&relaxed)
        .map(|_| ())
        .map_err(|error| KubectlError::message(error.to_string()))
}

struct Wait {
    condition: Condition,
    pending: Vec<((Kind, String, String), String)>,
    deadline: crate::clock::SimTime,
}

fn condition_met(object: &ObjectView<'_>, name: &str, value: &str) -> bool {
    match object {
        ObjectView::Pod(pod) => pod
            .status
            .condition(name)
            .or_else(|| {
                pod.status
                    .conditions
                    .iter()
                    .find(|c| c.condition_type.eq_ignore_ascii_case(name))
            })
            .map(|c| (if c.status { "true" } else { "false" }).eq_ignore_ascii_case(value))
            .unwrap_or(false),
        ObjectView::Node(node) => {
            node.ready == value.eq_ignore_ascii_case("true") && name.eq_ignore_ascii_case("ready")
        }
        // `conditionFuncFor` on the object's `status.conditions`, once the status has
        // caught up with the spec (`observedGeneration`).
        other => {
            let object = other.to_value();
            let generation = crate::api::value::i64_at(&object, &["metadata", "generation"]);
            let observed = crate::api::value::i64_at(&object, &["status", "observedGeneration"]);
            if let (Some(generation), Some(observed)) = (generation, observed) {
                if observed < generation {
                    return false;
                }
            }
            crate::api::value::array_at(&object, &["status", "conditions"])
                .iter()
                .any(|condition| {
                    crate::api::value::str_at(condition, &["type"])
                        .is_some_and(|kind| kind.eq_ignore_ascii_case(name))
                        && crate::api::value::str_at(condition, &["status"])
                            .is_some_and(|status| status.eq_ignore_ascii_case(value))
                })
        }
    }
}

impl Waiter for Wait {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let mut still = Vec::new();
        for ((kind, ns, name), uid) in std::mem::take(&mut self.pending) {
            let done = match &self.condition {
                Condition::Delete => {
                    uid.is_empty() || !env.cluster.exists_with_uid(kind, &ns, &name, &uid)
                }
                Condition::Condition {
                    name: condition,
                    value,
                } => env
                    .cluster
                    .get(kind, &ns, &name)
                    .map(|object| condition_met(&object, condition, value))
                    .unwrap_or(false),
            };
            if done {
                io.out(&format!("{}/{name} condition met\n", kind.singular()));
            } else {
                still.push(((kind, ns, name), uid));
            }
        }
        self.pending = still;
        if self.pending.is_empty() {
            return Some(0);
        }
        if env.cluster.now() >= self.deadline {
            for ((kind, _, name), _) in &self.pending {
                io.err(&format!(
                    "error: timed out waiting for the condition on {}/{name}\n",
                    kind.plural()
                ));
            }
            return Some(1);
        }
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }
}
