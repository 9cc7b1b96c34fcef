//! `kubectl logs`: a container's log lines, `--tail`, `--previous`, `-c`, the default-container
//! notice, `-l` for the pods a selector picks (`--tail` 10 each, `--prefix`, `--max-log-requests`),
//! and `-f` following new lines as simulated time passes.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::resources;
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, ContainerState, Kind, Pod};
use crate::clock::{SimDuration, SimTime};
use crate::cluster::LogLine;
use crate::schema::rfc3339::{parse_time, RFC3339};
use crate::selector::Selector;
use std::collections::BTreeMap;

const USAGE: &str = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

/// Finds the pod a logs/exec/port-forward argument names (`pod`, `pod/x`, `rc/x`).
/// `logs` (`logsForObject`) says which pod it took when there were several (`announce`);
/// `exec`, `attach` and `port-forward` do not. A pod is looked up as `Info.Get` does, so a
/// mistyped namespace is the namespace's NotFound.
pub(super) fn resolve_pod(
    env: &Env<'_>,
    namespace: &str,
    arg: &str,
    announce: bool,
    io: &mut Io,
) -> Result<String, KubectlError> {
    let (kind, name) = if arg.contains('/') {
        let (kind, name) = resources::split_resource_type_name(arg)?;
        (resources::resolve_kind(kind)?, name.to_string())
    } else {
        (Kind::Pod, arg.to_string())
    };
    let selector = match kind {
        Kind::Pod => {
            resources::get_by_name(env.cluster, Kind::Pod, namespace, &name)?;
            return Ok(name);
        }
        Kind::ReplicationController
        | Kind::ReplicaSet
        | Kind::Deployment
        | Kind::Job
        | Kind::Service => {
            match resources::get_by_name(env.cluster, kind, namespace, &name)? {
                crate::cluster::ObjectView::ReplicationController(rc) => rc.selector.clone(),
                crate::cluster::ObjectView::Deployment(deployment) => deployment.selector.clone(),
                crate::cluster::ObjectView::Job(job) => job.selector.clone(),
                crate::cluster::ObjectView::Service(service) => {
                    // `SelectorsForObject`: a Service without a selector has no pods.
                    let set: BTreeMap<String, String> = service
                        .spec
                        .get("selector")
                        .and_then(serde_json::Value::as_object)
                        .map(|map| {
                            map.iter()
                                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                                .collect()
                        })
                        .unwrap_or_default();
                    if set.is_empty() {
                        return Err(KubectlError::message(format!(
                            "cannot attach to *v1.Service: invalid service '{name}': Service is defined without a selector"
                        )));
                    }
                    Selector::from_set(&set)
                }
                _ => Selector::from_set(&Default::default()),
            }
        }
        other => {
            return Err(KubectlError::message(format!(
                "cannot attach to *v1.{}: selector for *v1.{} not implemented",
                other.name(),
                other.name()
            )))
        }
    };
    {
        let pods: Vec<&Pod> = env
            .cluster
            .pods()
            .filter(|pod| pod.namespace() == namespace && selector.matches(&pod.meta.labels))
            .collect();
        let Some(first) = pods.first() else {
            return Err(KubectlError::message("timed out waiting for the condition"));
        };
        if announce && pods.len() > 1 {
            io.err(&format!(
                "Found {} pods, using pod/{}\n",
                pods.len(),
                first.name()
            ));
        }
        Ok(first.name().to_string())
    }
}

/// Picks the container (`-c`, the default-container annotation, or the first with a notice)
/// and gives its kubelet index (`Pod::container_at`: an app or an init container).
pub(super) fn choose_container(
    pod: &Pod,
    requested: Option<&str>,
    io: &mut Io,
) -> Result<usize, KubectlError> {
    if let Some(requested) = requested.filter(|r| !r.is_empty()) {
        return pod.container_index(requested).ok_or_else(|| {
            KubectlError::message(format!(
                "container {requested} is not valid for pod {} out of: {}",
                pod.name(),
                pod.all_container_names()
            ))
        });
    }
    if let Some(default) = pod
        .meta
        .annotations
        .get("kubectl.kubernetes.io/default-container")
    {
        if let Some(index) = pod.container_index(default) {
            return Ok(index);
        }
    }
    if pod.containers.len() > 1 || !pod.init_containers.is_empty() {
        io.err(&format!(
            "Defaulted container \"{}\" out of: {}\n",
            pod.containers.first().map_or("", |c| c.name.as_str()),
            pod.all_container_names()
        ));
    }
    Ok(0)
}

/// `LogsOptions.Validate` (after the pod is found, as kubectl looks it up in Complete).
fn validate(invocation: &Invocation) -> Result<(), KubectlError> {
    let flags = &invocation.flags;
    let since = flags.duration_nanos("since");
    if flags.string("since-time").is_some_and(|t| !t.is_empty()) && since != 0 {
        return Err(KubectlError::message(
            "at most one of `sinceTime` or `sinceSeconds` may be specified",
        ));
    }
    let container = flags
        .given("container")
        .or_else(|| invocation.args.get(1).map(String::as_str))
        .unwrap_or("");
    if flags.bool("all-containers") && !container.is_empty() {
        return Err(KubectlError::message(format!(
            "--all-containers=true should not be specified with container name {container}"
        )));
    }
    if flags.changed("container") && invocation.args.len() == 2 {
        return Err(KubectlError::message(
            "only one of -c or an inline [CONTAINER] arg is allowed",
        ));
    }
    if flags.int("limit-bytes").is_some_and(|limit| limit < 0) {
        return Err(KubectlError::message(
            "--limit-bytes must be greater than 0",
        ));
    }
    // Rounded to the nearest second, as ToLogOptions does.
    let since_seconds = (since as f64 / 1e9).round() as i64;
    if since != 0 && since_seconds < 0 {
        return Err(KubectlError::message("--since must be greater than 0"));
    }
    if flags.int("tail").is_some_and(|tail| tail < -1) {
        return Err(KubectlError::message(
            "--tail must be greater than or equal to -1",
        ));
    }
    Ok(())
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let selector = invocation.flags.string("selector").unwrap_or("");
    if !selector.is_empty() && !invocation.args.is_empty() {
        return Err(KubectlError::usage(
            "logs",
            "only a selector (-l) or a POD name is allowed",
        ));
    }
    if selector.is_empty() && (invocation.args.is_empty() || invocation.args.len() > 2) {
        return Err(KubectlError::usage("logs", USAGE));
    }
    // ToLogOptions (still in Complete, before the pod is looked up).
    let mut since_time = None;
    if let Some(text) = invocation
        .flags
        .string("since-time")
        .filter(|t| !t.is_empty())
    {
        parse_time(RFC3339, text).map_err(KubectlError::message)?;
        since_time = SimTime::parse_rfc3339(text);
    }
    let namespace = resources::namespace(invocation, env);
    let follow = invocation.flags.bool("follow");
    let prefix = invocation.flags.bool("prefix");
    let streams = if selector.is_empty() {
        let Some(arg) = invocation.args.first() else {
            return Err(KubectlError::usage("logs", USAGE));
        };
        // kubectl has fetched the pod by now (a missing one is NotFound before any check),
        // and words NotFound its own way.
        let not_found = |error: KubectlError| match error {
            KubectlError::Api {
                error: error @ ApiError::NotFound { .. },
                ..
            } => KubectlError::message(format!(
                "error from server (NotFound): {error} in namespace {}",
                super::super::cli::golang::quote(&namespace)
            )),
            other => other,
        };
        let pod_name = resolve_pod(env, &namespace, arg, true, io).map_err(not_found)?;
        validate(invocation)?;
        let container_flag = invocation
            .flags
            .given("container")
            .map(str::to_string)
            .or_else(|| invocation.args.get(1).cloned());
        pod_streams(
            invocation,
            env,
            &namespace,
            &pod_name,
            container_flag.as_deref(),
            io,
        )?
    } else {
        let parsed = Selector::parse(selector).map_err(|error| {
            KubectlError::api(ApiError::BadRequest {
                message: format!(
                    "Unable to find \"/v1, Resource=pods\" that match label selector \"{selector}\", field selector \"\": {error}"
                ),
            })
        })?;
        let pods: Vec<String> = env
            .cluster
            .pods()
            .filter(|pod| pod.namespace() == namespace && parsed.matches(&pod.meta.labels))
            .map(|pod| pod.meta.name.clone())
            .collect();
        if pods.is_empty() {
            io.err(&format!("No resources found in {namespace} namespace.\n"));
            return Ok(Outcome::Done(0));
        }
        validate(invocation)?;
        let max = invocation.flags.int("max-log-requests").unwrap_or(5);
        if follow && i64::try_from(pods.len()).unwrap_or(i64::MAX) > max {
            return Err(KubectlError::message(format!(
                "you are attempting to follow {} log streams, but maximum allowed concurrency is {max}, use --max-log-requests to increase the limit",
                pods.len()
            )));
        }
        let container_flag = invocation.flags.given("container").map(str::to_string);
        let mut streams = Vec::with_capacity(pods.len());
        for pod in &pods {
            streams.extend(pod_streams(
                invocation,
                env,
                &namespace,
                pod,
                container_flag.as_deref(),
                io,
            )?);
        }
        streams
    };
    // `--tail` defaults to all lines for one pod, and to 10 per pod with a selector.
    let tail = match invocation.flags.int("tail") {
        Some(-1) | None if !selector.is_empty() => 10,
        Some(tail) => tail,
        None => -1,
    };
    // `--limit-bytes`: the kubelet stops each stream after that many bytes.
    let limit = invocation
        .flags
        .int("limit-bytes")
        .filter(|limit| *limit > 0)
        .map(|limit| usize::try_from(limit).unwrap_or(usize::MAX));
    // `--since`/`--since-time`: the kubelet skips lines written before the cutoff (after
    // `--tail` has picked the last lines). `--since` is rounded to whole seconds.
    let since = invocation.flags.duration_nanos("since");
    let cutoff = since_time.or_else(|| {
        let seconds = (since as f64 / 1e9).round() as i64;
        (seconds > 0).then(|| env.cluster.now().minus(SimDuration::from_secs(seconds)))
    });
    let shape = LineShape {
        prefix,
        timestamps: invocation.flags.bool("timestamps"),
    };
    let mut printed = Vec::with_capacity(streams.len());
    for stream in &streams {
        let lines = stream.lines(env.cluster);
        let start = if tail >= 0 {
            lines
                .len()
                .saturating_sub(usize::try_from(tail).unwrap_or(usize::MAX))
        } else {
            0
        };
        let mut left = limit;
        let shown = lines
            .iter()
            .skip(start)
            .filter(|line| cutoff.is_none_or(|cutoff| line.time >= cutoff));
        for line in shown {
            let text = shape.text(line);
            match left {
                None => stream.write(io, &text, shape.prefix),
                Some(0) => break,
                Some(bytes) => {
                    // The line and its newline, cut at the limit (on a character boundary).
                    let mut cut = bytes.min(text.len() + 1);
                    if cut <= text.len() {
                        while !text.is_char_boundary(cut) {
                            cut -= 1;
                        }
                        stream.write_partial(io, text.get(..cut).unwrap_or(""), shape.prefix);
                        left = Some(0);
                    } else {
                        stream.write(io, &text, shape.prefix);
                        left = Some(bytes - cut);
                    }
                }
            }
        }
        printed.push(lines.len());
    }
    // A stream from a pod without a node ends at once, so there is nothing to follow.
    if follow && streams.iter().any(|stream| !stream.unscheduled) {
        return Ok(Outcome::Wait(Box::new(Follow {
            namespace,
            streams,
            printed,
            shape,
        })));
    }
    Ok(Outcome::Done(0))
}

/// How each line is printed: `--timestamps` puts the kubelet's RFC3339NanoFixed time in
/// front; `--prefix` is added by kubectl before that.
#[derive(Clone, Copy)]
struct LineShape {
    prefix: bool,
    timestamps: bool,
}

impl LineShape {
    fn text(&self, line: &LogLine) -> String {
        if self.timestamps {
            format!("{} {}", line.time.rfc3339_nano_fixed(), line.text)
        } else {
            line.text.clone()
        }
    }
}

/// One container's log being read.
struct Stream {
    pod: String,
    uid: String,
    container: String,
    /// Read the instance before the latest one.
    previous: bool,
    /// The pod has no node yet: the API server answers with an empty stream that ends at once
    /// (`LogLocation` returns no location), so nothing is printed and the exit code is 0.
    unscheduled: bool,
}

impl Stream {
    fn lines<'c>(&self, cluster: &'c crate::cluster::Cluster) -> &'c [LogLine] {
        if self.unscheduled {
            &[]
        } else if self.previous {
            cluster.previous_container_log(&self.uid, &self.container)
        } else {
            cluster.container_log(&self.uid, &self.container)
        }
    }

    /// One line, with `[pod/<name>/<container>] ` in front for `--prefix`.
    fn write(&self, io: &mut Io, line: &str, prefix: bool) {
        if prefix {
            io.out(&format!("[pod/{}/{}] ", self.pod, self.container));
        }
        io.out(line);
        io.out("\n");
    }

    /// The start of a line cut by `--limit-bytes` (no newline).
    fn write_partial(&self, io: &mut Io, text: &str, prefix: bool) {
        if prefix {
            io.out(&format!("[pod/{}/{}] ", self.pod, self.container));
        }
        io.out(text);
    }
}

/// The log streams of one pod: the chosen container's, or with `--all-containers` every
/// container's in spec order (named, so no `Defaulted container` notice).
fn pod_streams(
    invocation: &Invocation,
    env: &mut Env<'_>,
    namespace: &str,
    pod_name: &str,
    container_flag: Option<&str>,
    io: &mut Io,
) -> Result<Vec<Stream>, KubectlError> {
    let choices: Vec<Option<String>> = if invocation.flags.bool("all-containers") {
        env.cluster
            .pod(namespace, pod_name)
            .map(|pod| {
                pod.init_containers
                    .iter()
                    .chain(&pod.containers)
                    .map(|c| Some(c.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    } else {
        vec![container_flag.map(str::to_string)]
    };
    let mut streams = Vec::with_capacity(choices.len());
    for choice in choices {
        streams.push(open_stream(
            invocation,
            env,
            namespace,
            pod_name,
            choice.as_deref(),
            io,
        )?);
    }
    Ok(streams)
}

/// Picks the container and checks that it has a log to show (`--previous`: a terminated
/// instance; otherwise a started one), with the API server's errors.
fn open_stream(
    invocation: &Invocation,
    env: &mut Env<'_>,
    namespace: &str,
    pod_name: &str,
    container_flag: Option<&str>,
    io: &mut Io,
) -> Result<Stream, KubectlError> {
    let pod = env
        .cluster
        .pod(namespace, pod_name)
        .ok_or_else(|| KubectlError::api(ApiError::not_found(Kind::Pod, pod_name)))?;
    let index = choose_container(pod, container_flag, io)?;
    let container = pod
        .container_at(index)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let previous = invocation.flags.bool("previous");
    let status = pod.status_at(index);
    let unscheduled = pod.node_name.is_none();
    if unscheduled {
        // No kubelet to ask: neither the waiting nor the previous-instance check applies.
    } else if previous {
        let has_previous = status.map(|s| s.last_state.is_some()).unwrap_or(false);
        if !has_previous {
            return Err(KubectlError::api(ApiError::BadRequest {
                message: format!(
                    "previous terminated container \"{container}\" in pod \"{pod_name}\" not found"
                ),
            }));
        }
    } else {
        let waiting = match status.map(|s| &s.state) {
            None => Some("ContainerCreating".to_string()),
            Some(ContainerState::Waiting { reason, .. })
                if status.map(|s| s.restart_count == 0).unwrap_or(true) =>
            {
                Some(match reason.as_str() {
                    "ErrImagePull" | "ImagePullBackOff" => {
                        "trying and failing to pull image".to_string()
                    }
                    other => other.to_string(),
                })
            }
            _ => None,
        };
        if let Some(reason) = waiting {
            return Err(KubectlError::api(ApiError::BadRequest {
                message: format!(
                    "container \"{container}\" in pod \"{pod_name}\" is waiting to start: {reason}"
                ),
            }));
        }
    }
    // `validateContainerLogStatus`: `--previous` reads the instance of `lastState`. While the
    // container runs, or has just ended, that is the instance before the latest; while it
    // waits to restart (crash-loop back-off), `lastState` is the latest instance, which plain
    // `kubectl logs` shows too.
    let waiting = matches!(
        status.map(|s| &s.state),
        Some(ContainerState::Waiting { .. })
    );
    Ok(Stream {
        pod: pod_name.to_string(),
        uid: pod.meta.uid.clone(),
        container,
        previous: previous && !waiting,
        unscheduled,
    })
}

/// `kubectl logs -f`: prints lines as the containers write them; ends when every pod is gone.
struct Follow {
    namespace: String,
    streams: Vec<Stream>,
    /// Lines already printed, per stream.
    printed: Vec<usize>,
    shape: LineShape,
}

impl Waiter for Follow {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let mut alive = false;
        for (stream, printed) in self.streams.iter().zip(self.printed.iter_mut()) {
            let lines = stream.lines(env.cluster);
            if lines.len() < *printed {
                // The container restarted: its log stream has ended (for good).
                *printed = usize::MAX;
                continue;
            }
            for line in lines.iter().skip(*printed) {
                stream.write(io, &self.shape.text(line), self.shape.prefix);
            }
            *printed = lines.len();
            alive |= !stream.previous
                && !stream.unscheduled
                && env.cluster.exists_with_uid(
                    Kind::Pod,
                    &self.namespace,
                    &stream.pod,
                    &stream.uid,
                );
        }
        if alive {
            None
        } else {
            Some(0)
        }
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }
}
