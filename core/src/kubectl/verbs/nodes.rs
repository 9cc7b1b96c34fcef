//! `kubectl cordon`, `kubectl uncordon`, `kubectl drain` and `kubectl taint`: kubectl's
//! `RunCordonOrUncordon`, `RunDrain` (with `pkg/drain`'s pod filters) and `TaintOptions` (argument and taint-spec checks, `reorganizeTaints`, the operation
//! printed: `cordoned`, `already cordoned`, `tainted`, `untainted`, `modified`), over the
//! cluster's node update (`Cluster::update_node_spec`).

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::value;
use crate::api::{ApiError, Kind, Taint};
use crate::selector;
use crate::validation;

/// The nodes a selector picks, or the server's refusal of the selector.
fn selected_nodes(env: &Env<'_>, text: &str) -> Result<Vec<String>, KubectlError> {
    let parsed = selector::parse(text).map_err(|error| {
        KubectlError::api(ApiError::BadRequest {
            message: format!(
                "Unable to find \"/v1, Resource=nodes\" that match label selector \"{text}\", field selector \"\": {error}"
            ),
        })
    })?;
    Ok(env
        .cluster
        .nodes()
        .filter(|node| parsed.matches(&node.meta.labels))
        .map(|node| node.meta.name.clone())
        .collect())
}

/// A node argument: `NAME` or `node/NAME`.
fn node_name(argument: &str) -> &str {
    match argument.split_once('/') {
        Some(("node" | "nodes" | "no", name)) => name,
        _ => argument,
    }
}

/// `kubectl cordon` (`desired`) and `kubectl uncordon`.
pub(super) fn cordon(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    desired: bool,
) -> Result<i32, KubectlError> {
    let verb = if desired { "cordon" } else { "uncordon" };
    let (names, dry_run) = complete_nodes(invocation, env, io, verb)?;
    cordon_nodes(env, io, &names, desired, dry_run);
    Ok(0)
}

/// `DrainCmdOptions.Complete` (shared by cordon, uncordon and drain): node names or a
/// selector (not both), the dry-run strategy, the client, and the nodes, every one of which
/// must exist.
fn complete_nodes(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    verb: &str,
) -> Result<(Vec<String>, DryRun), KubectlError> {
    let selector_text = invocation
        .flags
        .string("selector")
        .unwrap_or("")
        .to_string();
    let args = &invocation.args;
    if args.is_empty() && !invocation.flags.changed("selector") {
        return Err(KubectlError::usage(
            verb,
            format!("USAGE: {verb} NODE [flags]"),
        ));
    }
    if !args.is_empty() && !selector_text.is_empty() {
        return Err(KubectlError::usage(
            verb,
            "cannot specify both a node name and a --selector option",
        ));
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let pod_selector = invocation.flags.string("pod-selector").unwrap_or("");
    if !pod_selector.is_empty() && selector::parse(pod_selector).is_err() {
        return Err(KubectlError::message(
            "--pod-selector=<pod_selector> must be a valid label selector",
        ));
    }
    // The resource builder visits every node first: one that is missing stops it all.
    let names: Vec<String> = if selector_text.is_empty() {
        // `--selector=` names nothing, which the builder refuses.
        if args.is_empty() {
            return Err(KubectlError::Raw(format!(
                "error: {}",
                super::delete::NO_RESOURCES
            )));
        }
        // `ResourceNames` splits every `TYPE/NAME` before anything is fetched.
        for arg in args.iter().filter(|arg| arg.contains('/')) {
            super::super::resources::split_resource_type_name(arg)?;
        }
        let names: Vec<String> = args.iter().map(|arg| node_name(arg).to_string()).collect();
        for name in &names {
            env.cluster
                .get(Kind::Node, "", name)
                .map_err(KubectlError::api)?;
        }
        names
    } else {
        selected_nodes(env, &selector_text)?
    };
    Ok((names, dry_run))
}

/// `RunCordonOrUncordon`: `node/NAME cordoned`, or `already cordoned`.
fn cordon_nodes(env: &mut Env<'_>, io: &mut Io, names: &[String], desired: bool, dry_run: DryRun) {
    let verb = if desired { "cordon" } else { "uncordon" };
    for name in names {
        let ObjectTaints {
            unschedulable,
            taints,
        } = ObjectTaints::of(env.cluster, name);
        let operation = if unschedulable == desired {
            format!("already {verb}ed")
        } else {
            if dry_run != DryRun::Client {
                let mut scratch = dry_run.scratch(env.cluster);
                let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
                if let Err(error) = cluster.update_node_spec(name, desired, taints) {
                    io.err(&format!(
                        "error: unable to {verb} node {}: {}\n",
                        validation::go_quote(name),
                        super::super::error::go_error_text(&error)
                    ));
                    continue;
                }
            }
            format!("{verb}ed")
        };
        io.out(&format!(
            "{} {operation}{}\n",
            output::name_line(Kind::Node, name),
            dry_run.suffix()
        ));
    }
}

/// `kubectl drain`: cordon the nodes, then on each one evict the pods `GetPodsForDeletion`
/// lets go (not DaemonSet pods, not mirror pods; pods with emptyDir data or without a
/// controller only when told), wait until they are gone, and say it is drained. A node
/// whose pods cannot all go is left with an error, and the others are drained all the same.
pub(super) fn drain(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let (names, dry_run) = complete_nodes(invocation, env, io, "drain")?;
    cordon_nodes(env, io, &names, true, dry_run);
    let flags = &invocation.flags;
    let mut drain = Drain {
        nodes: names.into_iter().collect(),
        dry_run,
        options: DrainOptions {
            ignore_daemonsets: flags.bool("ignore-daemonsets"),
            delete_emptydir_data: flags.bool("delete-emptydir-data"),
            force: flags.bool("force"),
            grace_period: flags.int("grace-period").filter(|seconds| *seconds >= 0),
            pod_selector: flags.string("pod-selector").unwrap_or("").to_string(),
            eviction: !flags.bool("disable-eviction"),
        },
        evicting: Vec::new(),
        current: None,
        failed: Vec::new(),
        errors: Vec::new(),
    };
    match drain.advance(env, io) {
        Some(code) => Ok(Outcome::Done(code)),
        None => Ok(Outcome::Wait(Box::new(drain))),
    }
}

/// `(namespace, name, uid)` of a pod.
type PodId = (String, String, String);

/// What `drain`'s flags ask of `GetPodsForDeletion` and the evictions.
struct DrainOptions {
    ignore_daemonsets: bool,
    delete_emptydir_data: bool,
    force: bool,
    grace_period: Option<i64>,
    pod_selector: String,
    /// Evictions (`evicted`) rather than deletions (`deleted`, `--disable-eviction`).
    eviction: bool,
}

/// A drain in progress: the nodes still to drain, and the pods of the current one that are
/// not gone yet.
struct Drain {
    nodes: std::collections::VecDeque<String>,
    dry_run: DryRun,
    options: DrainOptions,
    /// The pods evicted from the current node.
    evicting: Vec<PodId>,
    current: Option<String>,
    /// Nodes that could not be drained, and why.
    failed: Vec<String>,
    errors: Vec<Vec<String>>,
}

impl Drain {
    /// Reports the pods that are gone, finishes the current node when all are, and starts
    /// the next; `Some(code)` once every node is done.
    fn advance(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        loop {
            if let Some(node) = self.current.clone() {
                let verb = if self.options.eviction {
                    "evicted"
                } else {
                    "deleted"
                };
                self.evicting.retain(|(namespace, name, uid)| {
                    if env.cluster.exists_with_uid(Kind::Pod, namespace, name, uid) {
                        return true;
                    }
                    io.out(&format!("pod/{name} {verb}\n"));
                    false
                });
                if !self.evicting.is_empty() {
                    return None;
                }
                io.out(&format!(
                    "{} drained{}\n",
                    output::name_line(Kind::Node, &node),
                    self.dry_run.suffix()
                ));
                self.current = None;
            }
            let Some(node) = self.nodes.pop_front() else {
                return Some(self.finish(io));
            };
            match pods_for_deletion(env, &node, &self.options) {
                Err(errors) => {
                    io.err(&format!(
                        "error: unable to drain node {} due to error: {}, continuing command...\n",
                        validation::go_quote(&node),
                        aggregate_text(&errors)
                    ));
                    self.failed.push(node);
                    self.errors.push(errors);
                }
                Ok((pods, warnings)) => {
                    if !warnings.is_empty() {
                        io.err(&format!("Warning: {warnings}\n"));
                    }
                    for (namespace, name, uid) in pods {
                        match self.dry_run {
                            DryRun::Client | DryRun::Server => {
                                io.out(&format!(
                                    "evicting pod {namespace}/{name}{}\n",
                                    self.dry_run.suffix()
                                ));
                            }
                            DryRun::None => {
                                if self.options.eviction {
                                    io.out(&format!("evicting pod {namespace}/{name}\n"));
                                }
                                let options = crate::cluster::DeleteOptions {
                                    grace_period_seconds: self.options.grace_period,
                                    ..crate::cluster::DeleteOptions::default()
                                };
                                let _ = env.cluster.delete(Kind::Pod, &namespace, &name, options);
                                self.evicting.push((namespace, name, uid));
                            }
                        }
                    }
                    self.current = Some(node);
                }
            }
        }
    }

    /// `There are pending nodes to be drained`, and the errors as kubectl's last word.
    fn finish(&mut self, io: &mut Io) -> i32 {
        if self.failed.is_empty() {
            return 0;
        }
        io.err("There are pending nodes to be drained:\n");
        for node in &self.failed {
            io.err(&format!(" {node}\n"));
        }
        // `CheckErr` unwraps the aggregate of one node's errors and prints an aggregate's
        // errors a line each, without `error: `.
        let lines: Vec<String> = match self.errors.as_slice() {
            [one] => one.clone(),
            many => many.iter().map(|errors| aggregate_text(errors)).collect(),
        };
        for line in lines {
            io.err(&format!("{line}\n"));
        }
        1
    }
}

/// `utilerrors.Aggregate.Error()`: one message as it is, several in brackets.
fn aggregate_text(messages: &[String]) -> String {
    match messages {
        [one] => one.clone(),
        many => format!("[{}]", many.join(", ")),
    }
}

impl Waiter for Drain {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        self.advance(env, io)
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }
}

/// `GetPodsForDeletion`: the pods on the node (matching `--pod-selector`) that drain may
/// evict, and the warnings about those it leaves or deletes anyway; or the pods it may not
/// evict, as `cannot delete …: NS/NAME, …` (kubectl groups them by reason).
fn pods_for_deletion(
    env: &Env<'_>,
    node: &str,
    options: &DrainOptions,
) -> Result<(Vec<PodId>, String), Vec<String>> {
    const DAEMON_SET_FATAL: &str = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
    const DAEMON_SET_WARNING: &str = "ignoring DaemonSet-managed Pods";
    const LOCAL_STORAGE_FATAL: &str =
        "Pods with local storage (use --delete-emptydir-data to override)";
    const UNMANAGED_FATAL: &str = "Pods that declare no controller (use --force to override)";
    const UNMANAGED_WARNING: &str = "deleting Pods that declare no controller";
    let pod_selector = selector::parse(&options.pod_selector).ok();
    let mut deletable = Vec::new();
    // By reason, in the order of kubectl's filters.
    let mut errors: Vec<(String, Vec<String>)> = Vec::new();
    let mut warnings: Vec<(String, Vec<String>)> = Vec::new();
    let note = |list: &mut Vec<(String, Vec<String>)>, reason: &str, pod: String| match list
        .iter_mut()
        .find(|(existing, _)| existing == reason)
    {
        Some((_, pods)) => pods.push(pod),
        None => list.push((reason.to_string(), vec![pod])),
    };
    for pod in env.cluster.pods() {
        if pod.node_name.as_deref() != Some(node)
            || !pod_selector
                .as_ref()
                .is_none_or(|selector| selector.matches(&pod.meta.labels))
        {
            continue;
        }
        let id = format!("{}/{}", pod.namespace(), pod.meta.name);
        let finished = pod.status.phase.is_terminal();
        let controller = pod.meta.controller();
        // daemonSetFilter: an orphan of a DaemonSet that is gone goes only with --force.
        let daemon_set =
            controller.filter(|owner| owner.kind == "DaemonSet" && owner.api_version == "apps/v1");
        if let Some(owner) = daemon_set.filter(|_| !finished) {
            if let Err(error) =
                env.cluster
                    .get(crate::api::Kind::DaemonSet, pod.namespace(), &owner.name)
            {
                if !options.force {
                    note(&mut errors, &error.to_string(), id);
                    continue;
                }
                // With --force the pod goes; the filters after this one have the last word,
                // and the controller it names lets it through without a warning.
            } else if options.ignore_daemonsets {
                note(&mut warnings, DAEMON_SET_WARNING, id);
                continue;
            } else {
                note(&mut errors, DAEMON_SET_FATAL, id);
                continue;
            }
        }
        // mirrorPodFilter
        if pod
            .meta
            .annotations
            .contains_key("kubernetes.io/config.mirror")
        {
            continue;
        }
        // localStorageFilter
        let local_storage = value::array_at(&pod.spec, &["volumes"])
            .iter()
            .any(|volume| value::at(volume, &["emptyDir"]).is_some());
        // With --delete-emptydir-data its warning (`deleting Pods with local storage`) is
        // overwritten by the next filter's status: kubectl keeps only the last filter's.
        if local_storage && !finished && !options.delete_emptydir_data {
            note(&mut errors, LOCAL_STORAGE_FATAL, id);
            continue;
        }
        // unreplicatedFilter
        if controller.is_none() && !finished {
            if !options.force {
                note(&mut errors, UNMANAGED_FATAL, id);
                continue;
            }
            note(&mut warnings, UNMANAGED_WARNING, id);
        }
        deletable.push((
            pod.namespace().to_string(),
            pod.meta.name.clone(),
            pod.meta.uid.clone(),
        ));
    }
    if !errors.is_empty() {
        let messages: Vec<String> = errors
            .iter()
            .map(|(reason, pods)| format!("cannot delete {reason}: {}", pods.join(", ")))
            .collect();
        return Err(messages);
    }
    let warnings: Vec<String> = warnings
        .iter()
        .map(|(reason, pods)| format!("{reason}: {}", pods.join(", ")))
        .collect();
    Ok((deletable, warnings.join("; ")))
}

/// A node's `unschedulable` and taints, as they are stored.
struct ObjectTaints {
    unschedulable: bool,
    taints: Vec<Taint>,
}

impl ObjectTaints {
    fn of(cluster: &crate::cluster::Cluster, name: &str) -> ObjectTaints {
        cluster
            .nodes()
            .find(|node| node.meta.name == name)
            .map(|node| ObjectTaints {
                unschedulable: node.unschedulable,
                taints: node.taints.clone(),
            })
            .unwrap_or(ObjectTaints {
                unschedulable: false,
                taints: Vec::new(),
            })
    }
}

/// `kubectl taint TYPE NAME... KEY[=VALUE]:EFFECT... KEY[:EFFECT]-...`.
pub(super) fn taint(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    // Complete: the REST mapper (which checks --request-timeout), the dry-run strategy,
    // `--validate`, then the arguments: resources first, then taint changes.
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    dry_run::check_validate_flag(invocation)?;
    let mut resources: Vec<&str> = Vec::new();
    let mut taint_args: Vec<&str> = Vec::new();
    for arg in &invocation.args {
        let is_taint = arg.contains('=') || arg.contains(':') || arg.ends_with('-');
        match (taint_args.is_empty(), is_taint) {
            (_, true) => taint_args.push(arg),
            (true, false) => resources.push(arg),
            (false, false) => {
                return Err(KubectlError::message(format!(
                    "all resources must be specified before taint changes: {arg}"
                )))
            }
        }
    }
    if resources.is_empty() {
        return Err(KubectlError::message(
            "one or more resources must be specified as <resource> <name>",
        ));
    }
    if taint_args.is_empty() {
        return Err(KubectlError::message(
            "at least one taint update is required",
        ));
    }
    let (to_add, to_remove) =
        parse_taints(&taint_args).map_err(|message| KubectlError::usage("taint", message))?;
    // Validate: a node type, no taint both set and removed, names or --all or a selector.
    let resource_type = resources
        .first()
        .copied()
        .unwrap_or("")
        .to_ascii_lowercase();
    match Kind::from_resource_arg(&resource_type) {
        Some(Kind::Node) => {}
        Some(_) => {
            return Err(KubectlError::message(format!(
                "invalid resource type {resource_type}, only node types are supported"
            )))
        }
        None => {
            return Err(KubectlError::message(format!(
                "the server doesn't have a resource type \"{resource_type}\""
            )))
        }
    }
    let conflicts: Vec<String> = to_remove
        .iter()
        .filter(|removed| {
            to_add.iter().any(|added| {
                added.key == removed.key
                    && (removed.effect.is_empty() || added.effect == removed.effect)
            })
        })
        .map(|removed| format!("{}={}", removed.key, removed.effect))
        .collect();
    if !conflicts.is_empty() {
        return Err(KubectlError::message(format!(
            "can not both modify and remove the following taint(s) in the same command: {}",
            conflicts.join(", ")
        )));
    }
    let all = flags.bool("all");
    let selector_text = flags.string("selector").unwrap_or("").to_string();
    if all && !selector_text.is_empty() {
        return Err(KubectlError::message(
            "setting 'all' parameter with a non empty selector is prohibited",
        ));
    }
    if !all && selector_text.is_empty() && resources.len() < 2 {
        return Err(KubectlError::message(
            "at least one resource name must be specified since 'all' parameter is not set",
        ));
    }
    let output_flag = flags.string("output").unwrap_or("");
    let format = OutputFormat::from_flags(output_flag, false, flags, env.fs)?;
    let names: Vec<String> = if all {
        env.cluster
            .nodes()
            .map(|node| node.meta.name.clone())
            .collect()
    } else if !selector_text.is_empty() {
        selected_nodes(env, &selector_text)?
    } else {
        resources
            .iter()
            .skip(1)
            .map(|name| name.to_string())
            .collect()
    };
    let overwrite = flags.bool("overwrite");
    // ContinueOnError: each node on its own, the errors together at the end.
    let mut errors = Vec::new();
    for name in names {
        if let Err(error) = env.cluster.get(Kind::Node, "", &name) {
            errors.push(KubectlError::api(error));
            continue;
        }
        let current = ObjectTaints::of(env.cluster, &name);
        if !overwrite {
            let existing: Vec<&str> = to_add
                .iter()
                .filter(|added| {
                    current
                        .taints
                        .iter()
                        .any(|old| old.key == added.key && old.effect == added.effect)
                })
                .map(|added| added.key.as_str())
                .collect();
            if !existing.is_empty() {
                errors.push(KubectlError::message(format!(
                    "node {name} already has {} taint(s) with same effect(s) and --overwrite is false",
                    existing.join(",")
                )));
                continue;
            }
        }
        let (operation, taints) =
            match reorganize_taints(&current.taints, overwrite, &to_add, &to_remove) {
                Ok(result) => result,
                Err(message) => {
                    errors.push(KubectlError::message(message));
                    continue;
                }
            };
        // The node printed: the server's answer, or (a client dry run) the node as read with
        // the new taints patched in locally.
        let node = if dry_run != DryRun::Client {
            let mut scratch = dry_run.scratch(env.cluster);
            let cluster = scratch.as_mut().unwrap_or(&mut *env.cluster);
            if let Err(error) = cluster.update_node_spec(&name, current.unschedulable, taints) {
                errors.push(KubectlError::api(error));
                continue;
            }
            cluster
                .get(Kind::Node, "", &name)
                .map(|view| view.to_value())
        } else {
            env.cluster
                .nodes()
                .find(|node| node.meta.name == name)
                .map(|node| {
                    let mut node = node.clone();
                    node.taints = taints;
                    node.to_value()
                })
                .ok_or_else(|| ApiError::not_found(Kind::Node, &name))
        }
        .unwrap_or(serde_json::Value::Null);
        if format == OutputFormat::Table {
            // taint's `ToPrinter` sets the operation after `PrintFlagsWithDryRunStrategy` has
            // formatted it, so a dry run is not said.
            io.out(&format!(
                "{} {operation}\n",
                output::name_line(Kind::Node, &name)
            ));
        } else {
            io.out(&output::print_objects(
                &format,
                &[(Kind::Node, node)],
                true,
            )?);
        }
    }
    match errors.len() {
        0 => Ok(0),
        1 => Err(errors.remove(0)),
        _ => Err(KubectlError::Many(errors)),
    }
}

/// `parseTaints`: taints to add (`key[=value]:effect`) and to remove (`key[:effect]-`).
fn parse_taints(specs: &[&str]) -> Result<(Vec<Taint>, Vec<Taint>), String> {
    let mut to_add: Vec<Taint> = Vec::new();
    let mut to_remove = Vec::new();
    for spec in specs {
        if let Some(removed) = spec.strip_suffix('-') {
            let taint = parse_taint(removed)?;
            to_remove.push(Taint {
                value: String::new(),
                ..taint
            });
            continue;
        }
        let taint = parse_taint(spec)?;
        if taint.effect.is_empty() {
            return Err(format!("invalid taint spec: {spec}"));
        }
        if to_add
            .iter()
            .any(|other| other.effect == taint.effect && other.key == taint.key)
        {
            return Err(format!(
                "duplicated taints with the same key and effect: {{{} {} {} <nil>}}",
                taint.key, taint.value, taint.effect
            ));
        }
        to_add.push(taint);
    }
    Ok((to_add, to_remove))
}

/// `parseTaint`: `key[=value][:effect]`, checked as a qualified name, a label value and one
/// of the three effects.
fn parse_taint(spec: &str) -> Result<Taint, String> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (key, value, effect) = match parts.as_slice() {
        [key] => (*key, "", ""),
        [key_value, effect] => {
            if !matches!(*effect, "NoSchedule" | "PreferNoSchedule" | "NoExecute") {
                return Err(format!(
                    "invalid taint effect: {effect}, unsupported taint effect"
                ));
            }
            let pieces: Vec<&str> = key_value.split('=').collect();
            match pieces.as_slice() {
                [key] => (*key, "", *effect),
                [key, value] => {
                    let problems = validation::is_valid_label_value(value);
                    if !problems.is_empty() {
                        return Err(format!(
                            "invalid taint spec: {spec}, {}",
                            problems.join("; ")
                        ));
                    }
                    (*key, *value, *effect)
                }
                _ => return Err(format!("invalid taint spec: {spec}")),
            }
        }
        _ => return Err(format!("invalid taint spec: {spec}")),
    };
    let problems = validation::is_qualified_name(key);
    if !problems.is_empty() {
        return Err(format!(
            "invalid taint spec: {spec}, {}",
            problems.join("; ")
        ));
    }
    Ok(Taint {
        key: key.to_string(),
        value: value.to_string(),
        effect: effect.to_string(),
        time_added: None,
    })
}

/// `reorganizeTaints`: the new taints first, then the node's others (a taint with the key
/// and effect of a new one is replaced); then the removals. Returns the operation kubectl
/// prints and the node's new taints, or the removals that matched nothing.
fn reorganize_taints(
    old: &[Taint],
    overwrite: bool,
    to_add: &[Taint],
    to_remove: &[Taint],
) -> Result<(&'static str, Vec<Taint>), String> {
    let mut taints: Vec<Taint> = to_add.to_vec();
    for taint in old {
        if !taints
            .iter()
            .any(|new| new.key == taint.key && new.effect == taint.effect)
        {
            taints.push(taint.clone());
        }
    }
    let added = old.len() != taints.len();
    let mut missing = Vec::new();
    let mut deleted = false;
    for removal in to_remove {
        let before = taints.len();
        taints.retain(|taint| {
            taint.key != removal.key
                || (!removal.effect.is_empty() && taint.effect != removal.effect)
        });
        deleted = taints.len() != before;
        if !deleted {
            missing.push(format!(
                "taint {} not found",
                validation::go_quote(&removal.to_text())
            ));
        }
    }
    if !missing.is_empty() {
        return Err(match missing.as_slice() {
            [one] => one.clone(),
            many => format!("[{}]", many.join(", ")),
        });
    }
    let operation = if (added && deleted) || overwrite {
        "modified"
    } else if added {
        "tainted"
    } else {
        "untainted"
    };
    Ok((operation, taints))
}
