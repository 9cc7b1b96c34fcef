//! What a tutorial step asks for: a closed set of predicates over the session's state (objects,
//! nodes, files, the current namespace) and over the learner's last command, parsed.
//!
//! Goals never look at the raw typed text (`-l env` and `--selector=env` are the same) and never
//! at generated names (a ReplicationController's pod is found by its labels and age). Mistakes
//! use the same predicates. Goals are built by the loader (`schema`), which has already checked
//! kinds, selectors, durations and command paths, so checking never fails: it is `true` or
//! `false`.

use super::last_command::LastCommand;
use crate::api::{Kind, PodPhase};
use crate::clock::SimDuration;
use crate::cluster::ObjectView;
use crate::kubectl::cli::{FlagValues, Invocation};
use crate::selector::{Operator, Selector};
use crate::session::Session;
use crate::sort::CollectSorted;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A step's goal, or a mistake's condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Goal {
    /// At least one object matches (exactly `count` when the query has one).
    Exists(ObjectQuery),
    /// No object matches.
    Absent(ObjectQuery),
    /// Some node (among those matching `on`) has the label `key` (with `value`, if given).
    NodeLabel {
        key: String,
        value: Option<String>,
        on: Option<Selector>,
    },
    /// The last command line ran a command like this.
    Ran(CommandQuery),
    /// A file exists (with some content).
    File(FileQuery),
    /// The kubeconfig's current context works in this namespace.
    CurrentNamespace(String),
    AllOf(Vec<Goal>),
    AnyOf(Vec<Goal>),
    Not(Box<Goal>),
}

/// Which objects to look at, and what must hold for them.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectQuery {
    pub kind: Kind,
    pub name: Option<String>,
    pub selector: Option<Selector>,
    /// For namespaced kinds: `None` means every namespace.
    pub namespace: Option<String>,
    /// Labels the object must carry (`""` matches an empty value).
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    /// Pod phase (`Running`) or namespace phase (`Active`, `Terminating`).
    pub phase: Option<String>,
    /// Pods: the node it is bound to.
    pub node: Option<String>,
    /// Pods: labels the pod's node must carry.
    pub node_labels: BTreeMap<String, String>,
    /// Pods: a selector the pod's node must match (`nvidia.com/gpu.present!=true`).
    pub node_selector: Option<Selector>,
    /// Pods: entries the pod's own `spec.nodeSelector` must contain.
    pub spec_node_selector: BTreeMap<String, String>,
    /// Whether the object is being deleted (`deletionTimestamp` set).
    pub terminating: Option<bool>,
    /// Pods: how many containers it has.
    pub containers: Option<usize>,
    /// Pods: whether its `Ready` condition is true.
    pub ready: Option<bool>,
    /// Pods: a line of some container's log contains this text.
    pub log_contains: Option<String>,
    /// Created at most this long ago (a pod a controller just made).
    pub max_age: Option<SimDuration>,
    /// `Exists` only: exactly this many objects match.
    pub count: Option<usize>,
}

/// Which exit status the last command must have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusWanted {
    /// Ended with status 0 (the default).
    #[default]
    Success,
    /// Ended with a non-zero status.
    Failure,
    /// Whatever happened, even still running.
    Any,
}

/// A command of the last command line (any of its commands may match).
#[derive(Debug, Clone, PartialEq)]
pub struct CommandQuery {
    /// `kubectl` (the default), or another program (`curl`, `cat`).
    pub program: String,
    /// kubectl's command path with canonical names: `get`, `create namespace`.
    pub verb: Option<String>,
    /// A resource type named in the arguments (`pods`, `po`, `pod/x` all give `Pod`).
    pub kind: Option<Kind>,
    /// An object name among the arguments.
    pub name: Option<String>,
    /// `-l`, compared as a parsed selector (`env=prod` and `env==prod` are the same).
    pub selector: Option<Selector>,
    /// `-l` selects exactly the objects this selector selects now (any spelling), and they
    /// are not none (a selector run in an empty namespace proves nothing).
    pub selects_like: Option<Selector>,
    /// `-o`: `wide`, `yaml`; `jsonpath` also matches `-o jsonpath=…`.
    pub output: Option<String>,
    /// Flags (long names) that must be given and true: `show-labels`, `overwrite`.
    pub flags: Vec<String>,
    /// Flags (long names) that must not be given (or be false).
    pub without_flags: Vec<String>,
    /// Flag values (long names); list flags compare as sets of comma-separated items.
    pub flag_values: BTreeMap<String, String>,
    /// The namespace the command worked in (`-n`, else the context's).
    pub namespace: Option<String>,
    /// Words that must be among the positional arguments (before `--`).
    pub args: Vec<String>,
    /// Words that must be among the arguments after `--` (`kubectl exec … -- wget …`).
    pub after_dash: Vec<String>,
    pub status: StatusWanted,
}

/// A file in the learner's file system.
#[derive(Debug, Clone, PartialEq)]
pub struct FileQuery {
    /// Relative to the home directory; `None`: the files the last kubectl command read with
    /// `-f`.
    pub path: Option<String>,
    /// Texts the file must contain.
    pub contains: Vec<String>,
    /// The whole file, trimmed, must equal one of these (ignoring ASCII case).
    pub answer: Vec<String>,
    /// A value the file, read as YAML, must hold at a JSON pointer (typed: `true` is not
    /// `"true"`).
    pub yaml: Option<(String, Value)>,
}

impl Goal {
    /// Whether the goal holds now, given the learner's last command.
    pub fn check(&self, session: &Session, last: &LastCommand) -> bool {
        match self {
            Goal::Exists(query) => {
                let n = query.matching(session).len();
                match query.count {
                    Some(count) => n == count,
                    None => n > 0,
                }
            }
            Goal::Absent(query) => query.matching(session).is_empty(),
            Goal::NodeLabel { key, value, on } => session.cluster.nodes().any(|node| {
                on.as_ref().is_none_or(|s| s.matches(&node.meta.labels))
                    && match (node.meta.labels.get(key), value) {
                        (Some(actual), Some(wanted)) => actual == wanted,
                        (Some(_), None) => true,
                        (None, _) => false,
                    }
            }),
            Goal::Ran(query) => query.check(session, last),
            Goal::File(query) => query.check(session, last),
            Goal::CurrentNamespace(namespace) => session.config.namespace(None) == *namespace,
            Goal::AllOf(goals) => goals.iter().all(|goal| goal.check(session, last)),
            Goal::AnyOf(goals) => goals.iter().any(|goal| goal.check(session, last)),
            Goal::Not(goal) => !goal.check(session, last),
        }
    }

    /// Whether the goal (or a part of it) looks at the last command.
    pub fn uses_last_command(&self) -> bool {
        match self {
            Goal::Ran(_) => true,
            Goal::File(query) => query.path.is_none(),
            Goal::AllOf(goals) | Goal::AnyOf(goals) => goals.iter().any(Goal::uses_last_command),
            Goal::Not(goal) => goal.uses_last_command(),
            _ => false,
        }
    }
}

impl ObjectQuery {
    /// A query for every object of a kind in every namespace, with no conditions.
    pub fn new(kind: Kind) -> ObjectQuery {
        ObjectQuery {
            kind,
            name: None,
            selector: None,
            namespace: None,
            labels: BTreeMap::new(),
            annotations: BTreeMap::new(),
            phase: None,
            node: None,
            node_labels: BTreeMap::new(),
            node_selector: None,
            spec_node_selector: BTreeMap::new(),
            terminating: None,
            containers: None,
            ready: None,
            log_contains: None,
            max_age: None,
            count: None,
        }
    }

    /// The objects that match, as `namespace/name` (or `name` for cluster-scoped kinds).
    pub fn matching(&self, session: &Session) -> Vec<String> {
        let namespace = if self.kind.namespaced() {
            self.namespace.as_deref()
        } else {
            None
        };
        session
            .cluster
            .list(self.kind, namespace)
            .into_iter()
            .filter(|object| self.matches(session, object))
            .map(|object| match &object.meta().namespace {
                Some(namespace) if self.kind.namespaced() => {
                    format!("{namespace}/{}", object.name())
                }
                _ => object.name().to_string(),
            })
            .collect()
    }

    fn matches(&self, session: &Session, object: &ObjectView<'_>) -> bool {
        let meta = object.meta();
        if self.name.as_ref().is_some_and(|name| *name != meta.name) {
            return false;
        }
        if let Some(selector) = &self.selector {
            if !selector.matches(&meta.labels) {
                return false;
            }
        }
        if !contains_all(&meta.labels, &self.labels)
            || !contains_all(&meta.annotations, &self.annotations)
        {
            return false;
        }
        if let Some(terminating) = self.terminating {
            if meta.deletion_timestamp.is_some() != terminating {
                return false;
            }
        }
        if let Some(max_age) = self.max_age {
            if session.cluster.now().since(meta.creation_timestamp) > max_age {
                return false;
            }
        }
        if let Some(phase) = &self.phase {
            let actual = match object {
                ObjectView::Pod(pod) => pod.status.phase.as_str(),
                ObjectView::Namespace(namespace) => match namespace.phase {
                    crate::api::NamespacePhase::Active => "Active",
                    crate::api::NamespacePhase::Terminating => "Terminating",
                },
                _ => "",
            };
            if actual != phase {
                return false;
            }
        }
        let pod = match object {
            ObjectView::Pod(pod) => Some(*pod),
            _ => None,
        };
        if let Some(node) = &self.node {
            if pod.and_then(|pod| pod.node_name.as_ref()) != Some(node) {
                return false;
            }
        }
        if !self.node_labels.is_empty() || self.node_selector.is_some() {
            let node = pod
                .and_then(|pod| pod.node_name.as_ref())
                .and_then(|name| session.cluster.nodes().find(|node| node.meta.name == *name));
            let Some(node) = node else {
                return false;
            };
            if !contains_all(&node.meta.labels, &self.node_labels)
                || !self
                    .node_selector
                    .as_ref()
                    .is_none_or(|selector| selector.matches(&node.meta.labels))
            {
                return false;
            }
        }
        if !self.spec_node_selector.is_empty()
            && !pod.is_some_and(|pod| {
                contains_all(&pod.node_selector.to_map(), &self.spec_node_selector)
            })
        {
            return false;
        }
        if let Some(containers) = self.containers {
            if pod.map(|pod| pod.containers.len()) != Some(containers) {
                return false;
            }
        }
        if let Some(needle) = &self.log_contains {
            let logged = pod.is_some_and(|pod| {
                pod.containers.iter().any(|container| {
                    session
                        .cluster
                        .container_log(&pod.meta.uid, &container.name)
                        .iter()
                        .any(|line| line.text.contains(needle.as_str()))
                })
            });
            if !logged {
                return false;
            }
        }
        if let Some(ready) = self.ready {
            let actual = pod.is_some_and(|pod| {
                pod.status.phase == PodPhase::Running
                    && pod
                        .status
                        .condition("Ready")
                        .is_some_and(|condition| condition.status)
            });
            if actual != ready {
                return false;
            }
        }
        true
    }
}

fn contains_all(actual: &BTreeMap<String, String>, wanted: &BTreeMap<String, String>) -> bool {
    wanted
        .iter()
        .all(|(key, value)| actual.get(key) == Some(value))
}

/// A selector's canonical text with `==` written as `=` (they mean the same).
fn canonical(selector: &Selector) -> String {
    let mut normalized = selector.clone();
    for requirement in &mut normalized.0 {
        if requirement.operator == Operator::DoubleEquals {
            requirement.operator = Operator::Equals;
        }
    }
    normalized.to_string()
}

impl CommandQuery {
    /// A query for any successful run of `program`.
    pub fn new(program: &str) -> CommandQuery {
        CommandQuery {
            program: program.to_string(),
            verb: None,
            kind: None,
            name: None,
            selector: None,
            selects_like: None,
            output: None,
            flags: Vec::new(),
            without_flags: Vec::new(),
            flag_values: BTreeMap::new(),
            namespace: None,
            args: Vec::new(),
            after_dash: Vec::new(),
            status: StatusWanted::Success,
        }
    }

    fn check(&self, session: &Session, last: &LastCommand) -> bool {
        let status_ok = match (self.status, last.status) {
            (StatusWanted::Any, _) => true,
            (StatusWanted::Success, Some(status)) => status == 0,
            (StatusWanted::Failure, Some(status)) => status != 0,
            (_, None) => false,
        };
        if !status_ok {
            return false;
        }
        last.commands.iter().any(|command| {
            let Some(program) = command.argv.first() else {
                return false;
            };
            if program.rsplit('/').next() != Some(self.program.as_str()) {
                return false;
            }
            match &command.kubectl {
                Some(invocation) if self.program == "kubectl" => {
                    self.check_kubectl(session, invocation)
                }
                _ if self.program == "kubectl" => false,
                _ => {
                    let args: Vec<&str> = command.argv.iter().skip(1).map(String::as_str).collect();
                    self.args.iter().all(|arg| args.contains(&arg.as_str()))
                }
            }
        })
    }

    fn check_kubectl(&self, session: &Session, invocation: &Invocation) -> bool {
        if let Some(verb) = &self.verb {
            if invocation.path.join(" ") != *verb {
                return false;
            }
        }
        let (kinds, names) = targets(invocation);
        if self.kind.is_some_and(|kind| !kinds.contains(&kind)) {
            return false;
        }
        if self.name.as_ref().is_some_and(|name| !names.contains(name)) {
            return false;
        }
        let flags = &invocation.flags;
        let typed_selector = flags
            .string("selector")
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| Selector::parse(s.trim()).ok());
        if let Some(wanted) = &self.selector {
            match &typed_selector {
                Some(selector) if canonical(selector) == canonical(wanted) => {}
                _ => return false,
            }
        }
        let namespace = match flags.string("namespace") {
            Some(namespace) if !namespace.is_empty() => namespace.to_string(),
            _ => session.config.namespace(None),
        };
        if let Some(wanted) = &self.selects_like {
            let Some(selector) = &typed_selector else {
                return false;
            };
            let Some(kind) = self.kind.or_else(|| kinds.first().copied()) else {
                return false;
            };
            let scope = kind.namespaced().then_some(namespace.as_str());
            let objects = session.cluster.list(kind, scope);
            let chosen = |selector: &Selector| -> BTreeSet<String> {
                objects
                    .iter()
                    .filter(|object| selector.matches(&object.meta().labels))
                    .map(|object| object.name().to_string())
                    .collect_set()
            };
            // An empty namespace would make any selector pick "the same" nothing.
            let picked = chosen(wanted);
            if picked.is_empty() || chosen(selector) != picked {
                return false;
            }
        }
        if let Some(wanted) = &self.output {
            let output = flags.string("output").unwrap_or("");
            let matches = if wanted.contains('=') {
                output == wanted
            } else {
                output.split('=').next() == Some(wanted.as_str())
            };
            if !matches {
                return false;
            }
        }
        if !self.flags.iter().all(|flag| flag_is_on(flags, flag)) {
            return false;
        }
        if self
            .without_flags
            .iter()
            .any(|flag| flag_is_on(flags, flag))
        {
            return false;
        }
        for (name, wanted) in &self.flag_values {
            if !flag_value_is(flags, name, wanted) {
                return false;
            }
        }
        if self
            .namespace
            .as_ref()
            .is_some_and(|wanted| *wanted != namespace)
        {
            return false;
        }
        let (before, after) = split_at_dash(invocation);
        if !self.args.iter().all(|arg| before.contains(arg)) {
            return false;
        }
        self.after_dash.iter().all(|arg| after.contains(arg))
    }
}

/// Whether a flag was given and is not `false` (`--show-labels`, `-c sidecar`).
fn flag_is_on(flags: &FlagValues, name: &str) -> bool {
    flags.changed(name) && flags.string(name) != Some("false")
}

/// Whether a flag was given with this value; list flags (`-L a,b`, repeated `-f`) compare as
/// sets of comma-separated items.
fn flag_value_is(flags: &FlagValues, name: &str, wanted: &str) -> bool {
    if !flags.changed(name) {
        return false;
    }
    let list = flags.strings(name);
    if list.is_empty() {
        return flags.string(name) == Some(wanted);
    }
    let items = |texts: &[&str]| -> BTreeSet<String> {
        texts
            .iter()
            .flat_map(|text| text.split(','))
            .filter(|item| !item.is_empty())
            .map(str::to_string)
            .collect_set()
    };
    let actual: Vec<&str> = list.iter().map(String::as_str).collect();
    items(&actual) == items(&[wanted])
}

/// The positional arguments before `--` and after it.
fn split_at_dash(invocation: &Invocation) -> (&[String], &[String]) {
    let end = invocation
        .args_before_dash
        .unwrap_or(invocation.args.len())
        .min(invocation.args.len());
    invocation.args.split_at(end)
}

/// The resource kinds and object names a kubectl command line names.
pub(crate) fn targets(invocation: &Invocation) -> (Vec<Kind>, Vec<String>) {
    let (args, _) = split_at_dash(invocation);
    let first = invocation.path.first().copied().unwrap_or("");
    let strip_pod = |arg: &String| -> String {
        match arg.split_once('/') {
            Some((_, name)) => name.to_string(),
            None => arg.clone(),
        }
    };
    match (first, invocation.path.get(1).copied()) {
        ("exec" | "logs" | "port-forward" | "attach" | "run", _) => (
            vec![Kind::Pod],
            args.first().map(strip_pod).into_iter().collect(),
        ),
        ("create", Some("namespace")) => (vec![Kind::Namespace], args.to_vec()),
        _ => {
            let mut kinds = Vec::new();
            let mut names = Vec::new();
            if args.iter().any(|arg| arg.contains('/')) {
                for arg in args {
                    if let Some((kind, name)) = arg.split_once('/') {
                        kinds.extend(Kind::from_resource_arg(kind));
                        names.push(name.to_string());
                    }
                }
            } else if let Some((types, rest)) = args.split_first() {
                for word in types.split(',') {
                    if word.eq_ignore_ascii_case("all") {
                        kinds.extend(Kind::category_all());
                    } else {
                        kinds.extend(Kind::from_resource_arg(word));
                    }
                }
                names.extend(rest.iter().cloned());
            }
            (kinds, names)
        }
    }
}

impl FileQuery {
    fn check(&self, session: &Session, last: &LastCommand) -> bool {
        let paths = match &self.path {
            Some(path) => vec![path.clone()],
            None => last.filenames(),
        };
        paths.iter().any(|path| {
            let Ok(text) = session.fs.read(&resolve_home(path)) else {
                return false;
            };
            if !self
                .contains
                .iter()
                .all(|needle| text.contains(needle.as_str()))
            {
                return false;
            }
            if !self.answer.is_empty()
                && !self
                    .answer
                    .iter()
                    .any(|answer| answer.trim().eq_ignore_ascii_case(text.trim()))
            {
                return false;
            }
            match &self.yaml {
                Some((pointer, wanted)) => yaml_documents(text)
                    .iter()
                    .any(|document| document.pointer(pointer) == Some(wanted)),
                None => true,
            }
        })
    }
}

/// Relative paths in goals are relative to the learner's home directory, wherever they `cd`.
fn resolve_home(path: &str) -> String {
    if path.starts_with('/') || path.starts_with('~') {
        path.to_string()
    } else {
        format!("{}/{path}", crate::vfs::HOME)
    }
}

/// Every YAML document of a text, as JSON values, the way kubectl would read them.
fn yaml_documents(text: &str) -> Vec<Value> {
    crate::kubectl::manifest::documents_as_json(text)
}

impl fmt::Display for Goal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Goal::Exists(query) => write!(f, "exists {query}"),
            Goal::Absent(query) => write!(f, "absent {query}"),
            Goal::NodeLabel { key, value, on } => {
                write!(f, "node_label {key}")?;
                if let Some(value) = value {
                    write!(f, "={value}")?;
                }
                if let Some(on) = on {
                    write!(f, " on {on}")?;
                }
                Ok(())
            }
            Goal::Ran(query) => write!(f, "ran {query}"),
            Goal::File(query) => {
                write!(f, "file {}", query.path.as_deref().unwrap_or("(from -f)"))?;
                for needle in &query.contains {
                    write!(f, " contains {needle:?}")?;
                }
                if !query.answer.is_empty() {
                    write!(f, " answer {:?}", query.answer)?;
                }
                if let Some((pointer, value)) = &query.yaml {
                    write!(f, " {pointer}={value}")?;
                }
                Ok(())
            }
            Goal::CurrentNamespace(namespace) => write!(f, "current_namespace {namespace}"),
            Goal::AllOf(goals) | Goal::AnyOf(goals) => {
                f.write_str(if matches!(self, Goal::AllOf(_)) {
                    "all_of["
                } else {
                    "any_of["
                })?;
                for (index, goal) in goals.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{goal}")?;
                }
                f.write_str("]")
            }
            Goal::Not(goal) => write!(f, "not({goal})"),
        }
    }
}

impl fmt::Display for ObjectQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.singular())?;
        if let Some(name) = &self.name {
            write!(f, " {name}")?;
        }
        if let Some(namespace) = &self.namespace {
            write!(f, " -n {namespace}")?;
        }
        if let Some(selector) = &self.selector {
            write!(f, " -l {selector}")?;
        }
        for (key, value) in &self.labels {
            write!(f, " label {key}={value}")?;
        }
        for (key, value) in &self.annotations {
            write!(f, " annotation {key}={value}")?;
        }
        if let Some(phase) = &self.phase {
            write!(f, " phase={phase}")?;
        }
        if let Some(node) = &self.node {
            write!(f, " node={node}")?;
        }
        for (key, value) in &self.node_labels {
            write!(f, " node label {key}={value}")?;
        }
        if let Some(selector) = &self.node_selector {
            write!(f, " node -l {selector}")?;
        }
        for (key, value) in &self.spec_node_selector {
            write!(f, " nodeSelector {key}={value}")?;
        }
        if let Some(terminating) = self.terminating {
            write!(f, " terminating={terminating}")?;
        }
        if let Some(containers) = self.containers {
            write!(f, " containers={containers}")?;
        }
        if let Some(ready) = self.ready {
            write!(f, " ready={ready}")?;
        }
        if let Some(needle) = &self.log_contains {
            write!(f, " log contains {needle:?}")?;
        }
        if let Some(max_age) = self.max_age {
            write!(f, " younger than {}s", max_age.as_millis() / 1000)?;
        }
        if let Some(count) = self.count {
            write!(f, " count={count}")?;
        }
        Ok(())
    }
}

impl fmt::Display for CommandQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.program)?;
        if let Some(verb) = &self.verb {
            write!(f, " {verb}")?;
        }
        if let Some(kind) = self.kind {
            write!(f, " {}", kind.plural())?;
        }
        if let Some(name) = &self.name {
            write!(f, " {name}")?;
        }
        for arg in &self.args {
            write!(f, " {arg}")?;
        }
        if let Some(selector) = &self.selector {
            write!(f, " -l {selector}")?;
        }
        if let Some(selector) = &self.selects_like {
            write!(f, " -l (like {selector})")?;
        }
        if let Some(output) = &self.output {
            write!(f, " -o {output}")?;
        }
        if let Some(namespace) = &self.namespace {
            write!(f, " -n {namespace}")?;
        }
        for flag in &self.flags {
            write!(f, " --{flag}")?;
        }
        for flag in &self.without_flags {
            write!(f, " (no --{flag})")?;
        }
        for (name, value) in &self.flag_values {
            write!(f, " --{name}={value}")?;
        }
        if !self.after_dash.is_empty() {
            write!(f, " -- {}", self.after_dash.join(" "))?;
        }
        match self.status {
            StatusWanted::Success => Ok(()),
            StatusWanted::Failure => f.write_str(" (failing)"),
            StatusWanted::Any => f.write_str(" (any status)"),
        }
    }
}
