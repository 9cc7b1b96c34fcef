//! `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`: a Service built
//! as kubectl's `ServiceOptions.createService` builds it (`app: NAME` as label and selector,
//! one port per `--tcp` pair named after it), checked as `Validate` checks it, then created
//! (the API server validates it, allocates its cluster IP and node ports).

use super::super::cli::Invocation;
use super::super::dry_run::DryRun;
use super::super::error::KubectlError;
use super::super::resources;
use super::super::{Env, Io};
use crate::api::{ApiError, Kind};
use crate::validation;
use serde_json::{json, Map, Value};

/// The Service type of each subcommand.
fn service_type(subcommand: &str) -> Option<&'static str> {
    Some(match subcommand {
        "clusterip" => "ClusterIP",
        "nodeport" => "NodePort",
        "loadbalancer" => "LoadBalancer",
        "externalname" => "ExternalName",
        _ => return None,
    })
}

pub(super) fn run(
    subcommand: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let Some(service_type) = service_type(subcommand) else {
        return Err(KubectlError::message(format!(
            "the playground does not implement \"kubectl create service {subcommand}\" yet"
        )));
    };
    let flags = &invocation.flags;
    // Complete: NameFromCommandArgs, the dry-run strategy, the printer.
    let (name, dry_run, format) = super::create_config::generator_prologue(invocation, env, io)?;
    // Validate.
    let cluster_ip = flags.string("clusterip").unwrap_or("").to_string();
    let tcp = flags.strings("tcp");
    let external_name = flags.string("external-name").unwrap_or("").to_string();
    if cluster_ip == "None" && service_type != "ClusterIP" {
        return Err(KubectlError::message(
            "ClusterIP=None can only be used with ClusterIP service type",
        ));
    }
    if cluster_ip != "None" && tcp.is_empty() && service_type != "ExternalName" {
        return Err(KubectlError::message(
            "at least one tcp port specifier must be provided",
        ));
    }
    if service_type == "ExternalName"
        && !validation::is_dns1123_subdomain(&external_name).is_empty()
    {
        return Err(KubectlError::message(format!(
            "invalid service external name {external_name}"
        )));
    }
    // Run: createService.
    let node_port = flags.int("node-port").unwrap_or(0);
    let mut ports = Vec::with_capacity(tcp.len());
    for pair in &tcp {
        let (port, target_port) = parse_ports(pair).map_err(KubectlError::message)?;
        let mut entry = Map::new();
        entry.insert("name".into(), Value::String(pair.replace(':', "-")));
        entry.insert("protocol".into(), json!("TCP"));
        entry.insert("port".into(), json!(port));
        entry.insert("targetPort".into(), target_port);
        // int32(o.NodePort), omitted when 0.
        let node_port = node_port as i32;
        if node_port != 0 {
            entry.insert("nodePort".into(), json!(node_port));
        }
        ports.push(Value::Object(entry));
    }
    let mut spec = Map::new();
    if !ports.is_empty() {
        spec.insert("ports".into(), Value::Array(ports));
    }
    spec.insert("selector".into(), json!({"app": name}));
    if !cluster_ip.is_empty() {
        spec.insert("clusterIP".into(), Value::String(cluster_ip));
    }
    spec.insert("type".into(), json!(service_type));
    if !external_name.is_empty() {
        spec.insert("externalName".into(), Value::String(external_name));
    }
    let mut metadata = Map::new();
    // `ObjectMeta.Name` is `omitempty`.
    if !name.is_empty() {
        metadata.insert("name".into(), Value::String(name.clone()));
    }
    if resources::namespace_enforced(invocation) {
        metadata.insert(
            "namespace".into(),
            Value::String(resources::namespace(invocation, env)),
        );
    }
    metadata.insert("labels".into(), json!({"app": name}));
    let service = json!({
        "kind": "Service",
        "apiVersion": "v1",
        "metadata": Value::Object(metadata),
        "spec": Value::Object(spec),
        "status": {"loadBalancer": {}},
    });
    // `--save-config` is accepted but ServiceOptions never reads it: no annotation.
    if dry_run == DryRun::Client {
        super::expose::print(io, &format, &service, dry_run, "created")?;
        return Ok(0);
    }
    let namespace = resources::namespace(invocation, env);
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        return Err(KubectlError::message(format!(
            "failed to create {service_type} service: Post \"{}/api/v1/namespaces/{namespace}/services?{}fieldManager=kubectl-create&fieldValidation=Strict\": {}",
            failure.url,
            if dry_run == DryRun::Server { "dryRun=All&" } else { "" },
            failure.error
        )));
    }
    // Run wraps the API server's error (`failed to create NodePort service: …`).
    let failed = |error: ApiError| {
        KubectlError::message(format!(
            "failed to create {service_type} service: {}",
            super::super::error::go_error_text(&error)
        ))
    };
    let stored = super::create_config::server_create(
        env.cluster,
        Kind::Service,
        &service,
        &namespace,
        dry_run,
    )
    .map_err(failed)?;
    super::expose::print(io, &format, &stored, dry_run, "created")?;
    Ok(0)
}

/// `parsePorts`: `port[:targetPort]`, the port a uint16 (0 allowed), the target a port
/// number or a port name.
fn parse_ports(pair: &str) -> Result<(i64, Value), String> {
    let mut parts = pair.split(':');
    let port_text = parts.next().unwrap_or("");
    let port = go_parse_port(port_text)?;
    let Some(target) = parts.next() else {
        return Ok((port, json!(port)));
    };
    match super::expose::go_atoi(target) {
        Ok(number) => {
            if (1..=65535).contains(&number) {
                Ok((port, json!(number)))
            } else {
                Err("must be between 1 and 65535, inclusive".to_string())
            }
        }
        _ => {
            let errors = validation::is_valid_port_name(target);
            if errors.is_empty() {
                Ok((port, Value::String(target.to_string())))
            } else {
                Err(errors.join(","))
            }
        }
    }
}

/// `utilsnet.ParsePort(port, true)`: `strconv.ParseUint(port, 10, 16)` and its errors.
fn go_parse_port(text: &str) -> Result<i64, String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "strconv.ParseUint: parsing {}: invalid syntax",
            validation::go_quote(text)
        ));
    }
    let trimmed = text.trim_start_matches('0');
    match trimmed.parse::<u32>() {
        Ok(port) if port <= 65535 => Ok(i64::from(port)),
        _ if trimmed.is_empty() => Ok(0),
        _ => Err(format!(
            "strconv.ParseUint: parsing {}: value out of range",
            validation::go_quote(text)
        )),
    }
}
