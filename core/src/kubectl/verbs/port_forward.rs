//! `kubectl port-forward`: forwards local ports to a running pod until interrupted; the shell's
//! `curl` reaches the pod through them and each connection is announced as kubectl does.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::resources;
use super::super::{Env, Io, Outcome, PortForward, Waiter};
use crate::api::{ApiError, Kind, PodPhase};

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    if invocation.args.len() < 2 {
        return Err(KubectlError::usage(
            "port-forward",
            "TYPE/NAME and list of ports are required for port-forward",
        ));
    }
    let namespace = resources::namespace(invocation, env);
    let target = invocation.args.first().cloned().unwrap_or_default();
    let pod_name = super::logs::resolve_pod(env, &namespace, &target, io)?;
    let mut mappings: Vec<(Option<u16>, u16)> = Vec::new();
    for spec in invocation.args.iter().skip(1) {
        let (local, remote) = match spec.split_once(':') {
            Some((local, remote)) => (local, remote),
            None => (spec.as_str(), spec.as_str()),
        };
        let remote_port: u16 = remote.parse().ok().filter(|p| *p > 0).ok_or_else(|| {
            KubectlError::message(format!("error parsing remote port '{remote}' in '{spec}': strconv.ParseUint: parsing \"{remote}\": invalid syntax"))
        })?;
        let local_port = if local.is_empty() {
            None
        } else {
            Some(local.parse::<u16>().map_err(|_| {
                KubectlError::message(format!("error parsing local port '{local}' in '{spec}': strconv.ParseUint: parsing \"{local}\": invalid syntax"))
            })?)
        };
        mappings.push((local_port, remote_port));
    }
    let pod = env
        .cluster
        .pod(&namespace, &pod_name)
        .ok_or_else(|| KubectlError::api(ApiError::not_found(Kind::Pod, &pod_name)))?;
    if pod.status.phase != PodPhase::Running {
        return Err(KubectlError::message(format!(
            "unable to forward port because pod is not running. Current status={}",
            pod.status.phase.as_str()
        )));
    }
    let uid = pod.meta.uid.clone();
    let owner = env.network.new_owner();
    let mut failed = Vec::new();
    let mut listening = 0;
    for (local, remote) in &mappings {
        let local_port = match local {
            Some(port) => *port,
            None => {
                let mut port = 30000 + (env.cluster.rng().below(30000) as u16);
                while env.network.forwards.contains_key(&port) {
                    port = port.wrapping_add(1).max(1024);
                }
                port
            }
        };
        if env.network.forwards.contains_key(&local_port) {
            io.err(&format!(
                "Unable to listen on port {local_port}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:{local_port}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:{local_port}: bind: address already in use]\n"
            ));
            failed.push(format!("{{{local_port} {remote}}}"));
            continue;
        }
        env.network.forwards.insert(
            local_port,
            PortForward {
                local_port,
                namespace: namespace.clone(),
                pod: pod_name.clone(),
                pod_uid: uid.clone(),
                remote_port: *remote,
                owner,
            },
        );
        listening += 1;
        io.out(&format!("Forwarding from 127.0.0.1:{local_port} -> {remote}\nForwarding from [::1]:{local_port} -> {remote}\n"));
    }
    if listening == 0 {
        env.network.release(owner);
        return Err(KubectlError::message(format!(
            "unable to listen on any of the requested ports: [{}]",
            failed.join(" ")
        )));
    }
    Ok(Outcome::Wait(Box::new(Forwarding {
        owner,
        namespace,
        pod: pod_name,
        uid,
    })))
}

/// A running port-forward.
struct Forwarding {
    owner: u64,
    namespace: String,
    pod: String,
    uid: String,
}

impl Waiter for Forwarding {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        if let Some(notices) = env.network.pending_notices.remove(&self.owner) {
            for notice in *notices {
                io.out(&notice);
                io.out("\n");
            }
        }
        if !env
            .cluster
            .exists_with_uid(Kind::Pod, &self.namespace, &self.pod, &self.uid)
        {
            env.network.release(self.owner);
            io.err("error: lost connection to pod\n");
            return Some(1);
        }
        None
    }

    fn interrupt(&mut self, env: &mut Env<'_>, _io: &mut Io) -> i32 {
        env.network.release(self.owner);
        130
    }

    fn endless(&self) -> bool {
        true
    }
}
