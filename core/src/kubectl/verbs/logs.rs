//! `kubectl logs`: a container's log lines, `--tail`, `--previous`, `-c`, the default-container
//! notice, and `-f` following new lines as simulated time passes.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::resources;
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, ContainerState, Kind, Pod};
use crate::selector::Selector;

const USAGE: &str = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

/// Finds the pod a logs/exec/port-forward argument names (`pod`, `pod/x`, `rc/x`).
pub(super) fn resolve_pod(
    env: &Env<'_>,
    namespace: &str,
    arg: &str,
    io: &mut Io,
) -> Result<String, KubectlError> {
    let (kind, name) = match arg.split_once('/') {
        Some((kind, name)) => (resources::resolve_kind(kind)?, name.to_string()),
        None => (Kind::Pod, arg.to_string()),
    };
    match kind {
        Kind::Pod => Ok(name),
        Kind::ReplicationController => {
            let rc = env
                .cluster
                .get(Kind::ReplicationController, namespace, &name)?;
            let selector = match rc {
                crate::cluster::ObjectView::ReplicationController(rc) => {
                    Selector::from_set(&rc.selector)
                }
                _ => Selector::from_set(&Default::default()),
            };
            let pods: Vec<&Pod> = env
                .cluster
                .pods()
                .filter(|pod| pod.namespace() == namespace && selector.matches(&pod.meta.labels))
                .collect();
            let Some(first) = pods.first() else {
                return Err(KubectlError::message("timed out waiting for the condition"));
            };
            if pods.len() > 1 {
                io.err(&format!(
                    "Found {} pods, using pod/{}\n",
                    pods.len(),
                    first.name()
                ));
            }
            Ok(first.name().to_string())
        }
        other => Err(KubectlError::message(format!(
            "cannot attach to *v1.{}: selector for *v1.{} not implemented",
            other.name(),
            other.name()
        ))),
    }
}

/// Picks the container (`-c`, the default-container annotation, or the first with a notice).
pub(super) fn choose_container(
    pod: &Pod,
    requested: Option<&str>,
    io: &mut Io,
) -> Result<usize, KubectlError> {
    let names: Vec<&str> = pod.containers.iter().map(|c| c.name.as_str()).collect();
    if let Some(requested) = requested.filter(|r| !r.is_empty()) {
        return names
            .iter()
            .position(|name| *name == requested)
            .ok_or_else(|| {
                KubectlError::message(format!(
                    "container {requested} is not valid for pod {} out of: {}",
                    pod.name(),
                    names.join(", ")
                ))
            });
    }
    if let Some(default) = pod
        .meta
        .annotations
        .get("kubectl.kubernetes.io/default-container")
    {
        if let Some(index) = names.iter().position(|name| name == default) {
            return Ok(index);
        }
    }
    if names.len() > 1 {
        io.err(&format!(
            "Defaulted container \"{}\" out of: {}\n",
            names.first().copied().unwrap_or(""),
            names.join(", ")
        ));
    }
    Ok(0)
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let Some(arg) = invocation.args.first() else {
        return Err(KubectlError::usage("logs", USAGE));
    };
    if invocation.args.len() > 2 {
        return Err(KubectlError::usage("logs", USAGE));
    }
    let namespace = resources::namespace(invocation, env);
    let pod_name = resolve_pod(env, &namespace, arg, io)?;
    let container_flag = invocation
        .flags
        .given("container")
        .map(str::to_string)
        .or_else(|| invocation.args.get(1).cloned());
    let pod = env
        .cluster
        .pod(&namespace, &pod_name)
        .ok_or_else(|| KubectlError::api(ApiError::not_found(Kind::Pod, &pod_name)))?;
    let index = choose_container(pod, container_flag.as_deref(), io)?;
    let container = pod
        .containers
        .get(index)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let previous = invocation.flags.bool("previous");
    let status = pod.status.container_statuses.get(index);
    if previous {
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
    let uid = pod.meta.uid.clone();
    let lines = env.cluster.container_log(&uid, &container).to_vec();
    let tail = invocation.flags.int("tail").unwrap_or(-1);
    let start = if tail >= 0 {
        lines.len().saturating_sub(tail as usize)
    } else {
        0
    };
    for line in lines.iter().skip(start) {
        io.out(line);
        io.out("\n");
    }
    if invocation.flags.bool("follow") {
        return Ok(Outcome::Wait(Box::new(Follow {
            namespace,
            pod: pod_name,
            uid,
            container,
            printed: lines.len(),
        })));
    }
    Ok(Outcome::Done(0))
}

/// `kubectl logs -f`: prints lines as the container writes them; ends when the pod goes.
struct Follow {
    namespace: String,
    pod: String,
    uid: String,
    container: String,
    printed: usize,
}

impl Waiter for Follow {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let lines = env.cluster.container_log(&self.uid, &self.container);
        for line in lines.iter().skip(self.printed) {
            io.out(line);
            io.out("\n");
        }
        self.printed = lines.len().max(self.printed);
        if !env
            .cluster
            .exists_with_uid(Kind::Pod, &self.namespace, &self.pod, &self.uid)
        {
            return Some(0);
        }
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }
}
