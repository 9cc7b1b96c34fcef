//! `kubectl port-forward`: forwards local ports to a running pod until interrupted; the shell's
//! `curl` reaches the pod through them and each connection is announced as kubectl does.

use super::super::cli::golang;
use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::resources;
use super::super::{Env, ForwardTarget, Io, Outcome, PortForward, Waiter};
use crate::api::{ApiError, Kind, Pod, PodPhase};
use crate::cluster::ObjectView;
use serde_json::Value;
use std::net::IpAddr;

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
    // `Complete` reads the pod-running timeout before its builder builds the client.
    if invocation.flags.duration_nanos("pod-running-timeout") <= 0 {
        return Err(KubectlError::usage(
            "port-forward",
            "--pod-running-timeout must be higher than zero",
        ));
    }
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    // Complete: the object, the pod it stands for, and the ports with names resolved.
    let namespace = resources::namespace(invocation, env);
    let target = invocation.args.first().cloned().unwrap_or_default();
    let pod_name = super::logs::resolve_pod(env, &namespace, &target, false, io)?;
    let pod = env
        .cluster
        .pod(&namespace, &pod_name)
        .ok_or_else(|| KubectlError::api(ApiError::not_found(Kind::Pod, &pod_name)))?;
    let requested = invocation.args.get(1..).unwrap_or(&[]);
    let ports = match service_target(env, &namespace, &target)? {
        Some((service, spec)) => {
            check_udp_ports(requested, &PortOwner::Service(&service, &spec), pod)?;
            translate_service_ports(requested, &service, &spec, pod)?
        }
        None => {
            check_udp_ports(requested, &PortOwner::Pod, pod)?;
            convert_named_ports(requested, pod)?
        }
    };
    // RunPortForward: the pod is read again and must be running.
    if pod.status.phase != PodPhase::Running {
        return Err(KubectlError::message(format!(
            "unable to forward port because pod is not running. Current status={}",
            pod.status.phase.as_str()
        )));
    }
    // client-go's `NewOnAddresses`: addresses, then ports.
    let addresses = parse_addresses(&invocation.flags.strings("address"))?;
    let mappings = parse_ports(&ports)?;
    let uid = pod.meta.uid.clone();
    let owner = env.network.new_owner();
    let mut failed = Vec::new();
    let mut listening = 0;
    for (local, remote) in &mappings {
        let local_port = match local {
            0 => env.network.random_free_port(env.cluster),
            port => *port,
        };
        // `listenOnPort`: every address is tried in order; localhost's pair must not both
        // fail, an explicit address must not fail at all.
        let taken = env.network.forward(local_port).is_some();
        let mut errors = Vec::new();
        let (mut all_ok, mut all_failed, mut any_failed) = (0, 0, 0);
        for address in &addresses {
            let host = if address.ip.contains(':') {
                format!("[{}]", address.ip)
            } else {
                address.ip.clone()
            };
            let problem = if taken {
                Some("address already in use")
            } else if !address.bindable {
                Some("cannot assign requested address")
            } else {
                None
            };
            match (problem, address.localhost) {
                (Some(problem), localhost) => {
                    errors.push(format!(
                        "unable to create listener: Error listen {} {host}:{local_port}: bind: {problem}",
                        address.protocol
                    ));
                    if localhost {
                        all_failed += 1;
                    } else {
                        any_failed += 1;
                    }
                }
                (None, localhost) => {
                    if localhost {
                        all_ok += 1;
                    }
                    io.out(&format!(
                        "Forwarding from {host}:{local_port} -> {remote}\n"
                    ));
                }
            }
        }
        if (all_ok == 0 && all_failed > 0) || any_failed > 0 {
            io.err(&format!(
                "Unable to listen on port {local_port}: Listeners failed to create with the following errors: [{}]\n",
                errors.join(" ")
            ));
            failed.push(format!("{{{local_port} {remote}}}"));
            continue;
        }
        env.network.add_forward(PortForward {
            local_port,
            target: ForwardTarget::Pod {
                namespace: namespace.clone(),
                pod: pod_name.clone(),
                pod_uid: uid.clone(),
                remote_port: *remote,
            },
            owner,
        });
        listening += 1;
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

/// The Service (name and spec) a `svc/NAME` (or `service/NAME`, `services/NAME`) argument
/// names.
fn service_target(
    env: &Env<'_>,
    namespace: &str,
    target: &str,
) -> Result<Option<(String, Value)>, KubectlError> {
    let Some((word, name)) = target.split_once('/') else {
        return Ok(None);
    };
    if resources::resolve_kind(word)? != Kind::Service {
        return Ok(None);
    }
    match env.cluster.get(Kind::Service, namespace, name)? {
        ObjectView::Service(service) => {
            Ok(Some((service.name().to_string(), service.spec.clone())))
        }
        _ => Ok(None),
    }
}

/// kubectl's `splitPort`: `LOCAL:REMOTE`, or one port for both (also when there are more
/// than two parts).
fn split_port(port: &str) -> (&str, &str) {
    let parts: Vec<&str> = port.split(':').collect();
    match parts.as_slice() {
        [local, remote] => (local, remote),
        _ => (
            parts.first().copied().unwrap_or(""),
            parts.first().copied().unwrap_or(""),
        ),
    }
}

/// `LookupContainerPortNumberByName` (an unnamed port has the name "").
fn container_port_by_name(pod: &Pod, name: &str) -> Result<i64, KubectlError> {
    let in_containers = pod
        .containers
        .iter()
        .flat_map(|container| container.ports.iter())
        .find(|port| port.name.as_deref().unwrap_or("") == name)
        .map(|port| port.container_port);
    let in_init_containers = || {
        pod.spec
            .get("initContainers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|container| container.get("ports").and_then(Value::as_array))
            .flatten()
            .find(|port| port.get("name").and_then(Value::as_str).unwrap_or("") == name)
            .and_then(|port| port.get("containerPort").and_then(Value::as_i64))
    };
    in_containers.or_else(in_init_containers).ok_or_else(|| {
        KubectlError::message(format!(
            "Pod '{}' does not have a named port '{name}'",
            pod.name()
        ))
    })
}

fn service_ports(spec: &Value) -> &[Value] {
    spec.get("ports")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// `LookupServicePortNumberByName`.
fn service_port_by_name(spec: &Value, service: &str, name: &str) -> Result<i64, KubectlError> {
    service_ports(spec)
        .iter()
        .find(|port| port.get("name").and_then(Value::as_str).unwrap_or("") == name)
        .and_then(|port| port.get("port").and_then(Value::as_i64))
        .ok_or_else(|| {
            KubectlError::message(format!(
                "Service '{service}' does not have a named port '{name}'"
            ))
        })
}

/// Whose ports a port argument names: the pod's, or a Service's (name, spec).
enum PortOwner<'a> {
    Pod,
    Service(&'a str, &'a Value),
}

/// `checkUDPPortInPod` / `checkUDPPortInService`: a remote port that only speaks UDP is
/// refused; named ports are looked up (and must exist) on the way.
fn check_udp_ports(ports: &[String], owner: &PortOwner<'_>, pod: &Pod) -> Result<(), KubectlError> {
    let mut udp = Vec::new();
    let mut tcp = Vec::new();
    match owner {
        PortOwner::Pod => {
            for port in pod.containers.iter().flat_map(|c| c.ports.iter()) {
                match port.protocol.as_str() {
                    "UDP" => udp.push(port.container_port),
                    "TCP" => tcp.push(port.container_port),
                    _ => {}
                }
            }
        }
        PortOwner::Service(_, spec) => {
            for port in service_ports(spec) {
                let number = port.get("port").and_then(Value::as_i64).unwrap_or(0);
                match port
                    .get("protocol")
                    .and_then(Value::as_str)
                    .unwrap_or("TCP")
                {
                    "UDP" => udp.push(number),
                    "TCP" => tcp.push(number),
                    _ => {}
                }
            }
        }
    }
    for port in ports {
        let (_, remote) = split_port(port);
        let number = match golang::atoi(remote) {
            Some(number) => number,
            None => match owner {
                PortOwner::Service(service, spec) => service_port_by_name(spec, service, remote)?,
                PortOwner::Pod => container_port_by_name(pod, remote)?,
            },
        };
        if udp.contains(&number) && !tcp.contains(&number) {
            return Err(KubectlError::message(format!(
                "UDP protocol is not supported for {remote}"
            )));
        }
    }
    Ok(())
}

/// `convertPodNamedPortToNumber`.
fn convert_named_ports(ports: &[String], pod: &Pod) -> Result<Vec<String>, KubectlError> {
    let mut converted = Vec::new();
    for port in ports {
        let (local, remote) = split_port(port);
        if remote.is_empty() {
            return Err(KubectlError::message("remote port cannot be empty"));
        }
        let number = match golang::atoi(remote) {
            Some(_) => remote.to_string(),
            None => container_port_by_name(pod, remote)?.to_string(),
        };
        converted.push(if local != remote {
            format!("{local}:{number}")
        } else {
            number
        });
    }
    Ok(converted)
}

/// `translateServicePortToTargetPort`: a Service port becomes its pod's target port.
fn translate_service_ports(
    ports: &[String],
    service: &str,
    spec: &Value,
    pod: &Pod,
) -> Result<Vec<String>, KubectlError> {
    let mut translated = Vec::new();
    for port in ports {
        let (local, remote) = split_port(port);
        let mut local = local.to_string();
        let number = match golang::atoi(remote) {
            Some(number) => number,
            None => {
                let number = service_port_by_name(spec, service, remote)?;
                if local == remote {
                    local = number.to_string();
                }
                number
            }
        };
        // `LookupContainerPortNumberByServicePort` compares as int32.
        let wanted = number as i32;
        let Some(service_port) = service_ports(spec).iter().find(|port| {
            port.get("port").and_then(Value::as_i64).map(|p| p as i32) == Some(wanted)
        }) else {
            return Err(KubectlError::message(format!(
                "Service {service} does not have a service port {wanted}"
            )));
        };
        let headless = spec.get("clusterIP").and_then(Value::as_str) == Some("None");
        let container_port = match service_port.get("targetPort") {
            _ if headless => i64::from(wanted),
            Some(Value::String(name)) => container_port_by_name(pod, name)?,
            Some(target) => match target.as_i64().unwrap_or(0) {
                0 => i64::from(wanted),
                target => target,
            },
            None => i64::from(wanted),
        };
        let remote = container_port.to_string();
        translated.push(if local != remote {
            format!("{local}:{remote}")
        } else {
            remote
        });
    }
    Ok(translated)
}

/// One address to listen on (client-go's `listenAddress`).
struct ListenAddress {
    ip: String,
    protocol: &'static str,
    /// From `localhost` (failure mode "all": one of the pair may fail).
    localhost: bool,
    /// The learner's machine can bind it: loopback or unspecified.
    bindable: bool,
}

/// client-go's `parseAddresses`: `localhost` is 127.0.0.1 and ::1; others must be IPs
/// (`ParseIPSloppy`: IPv4 octets may have leading zeros); sorted, without duplicates.
fn parse_addresses(addresses: &[String]) -> Result<Vec<ListenAddress>, KubectlError> {
    if addresses.is_empty() {
        return Err(KubectlError::message("you must specify at least 1 address"));
    }
    // Sorted by IP and distinct, as the map client-go collects them in (a sorted `Vec`
    // rather than a `BTreeMap`: a few entries, and less wasm).
    let mut parsed: Vec<ListenAddress> = Vec::new();
    for address in addresses {
        if address == "localhost" {
            for (ip, protocol) in [("127.0.0.1", "tcp4"), ("::1", "tcp6")] {
                if let Err(at) = parsed.binary_search_by(|known| known.ip.as_str().cmp(ip)) {
                    parsed.insert(
                        at,
                        ListenAddress {
                            ip: ip.to_string(),
                            protocol,
                            localhost: true,
                            bindable: true,
                        },
                    );
                }
            }
            continue;
        }
        let Some(ip) = crate::validation::parse_ip_sloppy(address) else {
            return Err(KubectlError::message(format!(
                "{address} is not a valid IP"
            )));
        };
        let (protocol, bindable) = match ip {
            IpAddr::V4(v4) => ("tcp4", v4.is_loopback() || v4.is_unspecified()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => ("tcp4", v4.is_loopback() || v4.is_unspecified()),
                None => ("tcp6", v6.is_loopback() || v6.is_unspecified()),
            },
        };
        let listen = ListenAddress {
            ip: address.clone(),
            protocol,
            localhost: false,
            bindable,
        };
        match parsed.binary_search_by(|known| known.ip.cmp(address)) {
            Ok(at) => {
                if let Some(known) = parsed.get_mut(at) {
                    *known = listen;
                }
            }
            Err(at) => parsed.insert(at, listen),
        }
    }
    Ok(parsed)
}

/// client-go's `parsePorts`: `[LOCAL:]REMOTE` as 16-bit decimals, an empty local port is 0
/// (a random one).
fn parse_ports(ports: &[String]) -> Result<Vec<(u16, u16)>, KubectlError> {
    let mut forwards = Vec::new();
    for port in ports {
        let parts: Vec<&str> = port.split(':').collect();
        let (local, remote) = match parts.as_slice() {
            [both] => (*both, *both),
            [local, remote] => (if local.is_empty() { "0" } else { local }, *remote),
            _ => {
                return Err(KubectlError::message(format!(
                    "invalid port format '{port}'"
                )))
            }
        };
        let local_port = golang::parse_decimal_uint(local, 16).map_err(|error| {
            KubectlError::message(format!("error parsing local port '{local}': {error}"))
        })?;
        let remote_port = golang::parse_decimal_uint(remote, 16).map_err(|error| {
            KubectlError::message(format!("error parsing remote port '{remote}': {error}"))
        })?;
        if remote_port == 0 {
            return Err(KubectlError::message("remote port must be > 0"));
        }
        forwards.push((local_port as u16, remote_port as u16));
    }
    Ok(forwards)
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
        for notice in env.network.take_notices(self.owner) {
            io.out(&notice);
            io.out("\n");
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
