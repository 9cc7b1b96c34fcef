//! `kubectl expose` (`pkg/cmd/expose`): a Service for a pod, a ReplicationController or
//! another Service, with the selector, ports, protocols and labels read from that object
//! unless given, `--overrides` merged in, and the API server's defaults (a cluster IP, node
//! ports for `NodePort` and `LoadBalancer`) and validation on create.

use super::super::cli::{FlagValues, Invocation};
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources::{self, Selection};
use super::super::{Env, Io};
use super::delete::NO_RESOURCES;
use crate::api::value::{self, obj, s};
use crate::api::Kind;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    let namespace = resources::namespace(invocation, env);
    let mut errors = Vec::new();
    let sources = if let Some(files) = resources::file_targets(invocation, env)? {
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
        files.targets
    } else if invocation.args.is_empty() {
        return Err(KubectlError::message(NO_RESOURCES));
    } else {
        match resources::parse_selection(&invocation.args)? {
            Selection::Names(names) => resources::placed_names(names, &namespace),
            Selection::Kinds(_) => {
                return Err(KubectlError::message(
                    "resource(s) were provided, but no name was specified",
                ))
            }
        }
    };
    let mut printed_count = 0;
    for (kind, source_namespace, name) in sources {
        let source = match resources::get_by_name(env.cluster, kind, &source_namespace, &name) {
            Ok(object) => object.to_value(),
            Err(error) => return Err(KubectlError::api(error)),
        };
        let service = build_service(flags, kind, &name, &source)?;
        let mut service = apply_overrides(flags, service)?;
        // `--record` before the client dry run and `--save-config` (whose configuration
        // holds the cause).
        if let Some(cause) = invocation.change_cause.as_deref() {
            record::record(&mut service, cause);
        }
        if dry_run == DryRun::Client {
            // A namespace given with `-n` is set on the Service printed.
            if resources::namespace_enforced(invocation) {
                if let Some(Value::Object(metadata)) = service.get_mut("metadata") {
                    metadata.insert("namespace".into(), Value::String(namespace.clone()));
                }
            }
            separate(io, &format, &mut printed_count);
            print(io, &format, &service, dry_run, "exposed")?;
            continue;
        }
        if flags.bool("save-config") {
            let typed = service.clone();
            super::create::set_typed_last_applied(&mut service, &typed);
        }
        let stored = super::create_config::server_create(
            env.cluster,
            Kind::Service,
            &service,
            &namespace,
            dry_run,
        )
        .map_err(KubectlError::api)?;
        separate(io, &format, &mut printed_count);
        print(io, &format, &stored, dry_run, "exposed")?;
    }
    match errors.len() {
        0 => Ok(0),
        1 => Err(errors.remove(0)),
        _ => Err(KubectlError::Many(errors)),
    }
}

/// The YAML printer's `---` before every document after the first (expose prints them all
/// with one printer).
fn separate(io: &mut Io, format: &OutputFormat, printed_count: &mut usize) {
    if *format == OutputFormat::Yaml && *printed_count > 0 {
        io.out("---\n");
    }
    *printed_count += 1;
}

/// `service/NAME exposed` (or `created`), or the Service in the `-o` format: the typed object
/// kubectl built, or the one its typed client got back from the server.
pub(super) fn print(
    io: &mut Io,
    format: &OutputFormat,
    service: &Value,
    dry_run: DryRun,
    verb: &str,
) -> Result<(), KubectlError> {
    let name = value::str_at(service, &["metadata", "name"]).unwrap_or("");
    if *format == OutputFormat::Table {
        io.out(&format!(
            "{} {verb}{}\n",
            output::name_line(Kind::Service, name),
            dry_run.suffix()
        ));
    } else {
        io.out(&output::print_typed_object(
            format,
            Kind::Service,
            service.clone(),
        )?);
    }
    Ok(())
}

/// The Service `createService` builds for `source`, as a typed `corev1.Service`'s JSON.
fn build_service(
    flags: &FlagValues,
    kind: Kind,
    name: &str,
    source: &Value,
) -> Result<Value, KubectlError> {
    let message = |text: String| KubectlError::message(text);
    if !matches!(
        kind,
        Kind::Pod
            | Kind::ReplicationController
            | Kind::Service
            | Kind::Deployment
            | Kind::ReplicaSet
    ) {
        return Err(message(format!("cannot expose a {}", kind.group_kind())));
    }
    // The pod spec (or the service spec) the ports come from.
    let pod_spec = match kind {
        Kind::ReplicationController | Kind::Deployment | Kind::ReplicaSet => {
            value::at(source, &["spec", "template", "spec"])
        }
        _ => value::at(source, &["spec"]),
    }
    .cloned()
    .unwrap_or(Value::Null);
    let mut selector = flags.string("selector").unwrap_or("").to_string();
    if selector.is_empty() {
        let labels = match kind {
            Kind::Pod => {
                let labels = value::string_map_at(source, &["metadata", "labels"]);
                if labels.is_empty() {
                    return Err(message("couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed".into()));
                }
                labels
            }
            Kind::Service if value::at(source, &["spec", "selector"]).is_none() => {
                return Err(message("couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set".into()));
            }
            // `MapBasedSelectorForObject`: an apps/v1 selector needs `matchLabels`, and no
            // expressions (printed with Go's `%+v`).
            Kind::Deployment | Kind::ReplicaSet => {
                let match_labels =
                    value::string_map_at(source, &["spec", "selector", "matchLabels"]);
                if match_labels.is_empty() {
                    let what = if kind == Kind::Deployment {
                        "deployment"
                    } else {
                        "replicaset"
                    };
                    return Err(message(format!("couldn't retrieve selectors via --selector flag or introspection: invalid {what}: no selectors, therefore cannot be exposed")));
                }
                let expressions =
                    value::array_at(source, &["spec", "selector", "matchExpressions"]);
                if !expressions.is_empty() {
                    let printed: Vec<String> = expressions
                        .iter()
                        .map(|expression| {
                            let values: Vec<&str> = value::array_at(expression, &["values"])
                                .iter()
                                .filter_map(Value::as_str)
                                .collect();
                            format!(
                                "{{Key:{} Operator:{} Values:[{}]}}",
                                value::str_at(expression, &["key"]).unwrap_or(""),
                                value::str_at(expression, &["operator"]).unwrap_or(""),
                                values.join(" ")
                            )
                        })
                        .collect();
                    return Err(message(format!(
                        "couldn't retrieve selectors via --selector flag or introspection: couldn't convert expressions - \"[{}]\" to map-based selector format",
                        printed.join(" ")
                    )));
                }
                match_labels
            }
            _ => value::string_map_at(source, &["spec", "selector"]),
        };
        selector = make_labels(&labels);
    }
    let headless = flags.string("cluster-ip") == Some("None");
    // Ports and their protocols, from the flag or the source object.
    let mut port_text = flags.string("port").unwrap_or("").to_string();
    let ports = source_ports(kind, &pod_spec);
    let mut several_ports = String::new();
    if port_text.is_empty() {
        match ports.len() {
            0 if !headless => {
                return Err(message(
                    "couldn't find port via --port flag or introspection".into(),
                ))
            }
            0 => {}
            1 => {
                port_text = ports
                    .first()
                    .map(|(port, _)| port.clone())
                    .unwrap_or_default()
            }
            _ => {
                let numbers: Vec<&str> = ports.iter().map(|(port, _)| port.as_str()).collect();
                several_ports = numbers.join(",");
            }
        }
    }
    let mut labels_text = flags.string("labels").unwrap_or("").to_string();
    if labels_text.is_empty() {
        labels_text = make_labels(&value::string_map_at(source, &["metadata", "labels"]));
    }
    if selector.is_empty() {
        return Err(message("selector must be specified".into()));
    }
    let selector = super::run::parse_label_spec(&selector)?;
    let labels = if labels_text.is_empty() {
        BTreeMap::new()
    } else {
        super::run::parse_label_spec(&labels_text)?
    };
    let service_name = match flags.string("name").unwrap_or("") {
        "" => name.chars().take(63).collect::<String>(),
        given => given.to_string(),
    };
    if service_name.is_empty() {
        return Err(message("name must be specified".into()));
    }
    let port_list = if several_ports.is_empty() {
        port_text
    } else {
        several_ports
    };
    let flag_protocol = flags.string("protocol").unwrap_or("");
    let mut service_ports = Vec::new();
    if !port_list.is_empty() {
        let items: Vec<&str> = port_list.split(',').collect();
        for (index, item) in items.iter().enumerate() {
            let number: i64 = go_atoi(item)?;
            let port_name = if items.len() > 1 {
                format!("port-{}", index + 1)
            } else {
                String::new()
            };
            let found = ports
                .iter()
                .find(|(port, _)| port == item)
                .map(|(_, protocols)| protocols)
                .filter(|_| flag_protocol.is_empty());
            match found {
                Some(list) if list.len() > 1 => {
                    for protocol in list {
                        service_ports.push(service_port(
                            &format!("port-{}-{}", index + 1, protocol.to_lowercase()),
                            protocol,
                            number,
                        ));
                    }
                }
                Some(list) => service_ports.push(service_port(
                    &port_name,
                    list.first().map(String::as_str).unwrap_or("TCP"),
                    number,
                )),
                None if flag_protocol.is_empty() => {
                    service_ports.push(service_port(&port_name, "TCP", number))
                }
                None => service_ports.push(service_port(&port_name, flag_protocol, number)),
            }
        }
    }
    let target_port = flags.string("target-port").unwrap_or("");
    for port in &mut service_ports {
        if let Value::Object(port) = port {
            let target = if target_port.is_empty() {
                port.get("port").cloned().unwrap_or(Value::Null)
            } else {
                int_or_string(target_port)
            };
            port.insert("targetPort".into(), target);
        }
    }
    let mut spec = Map::new();
    if !service_ports.is_empty() {
        spec.insert("ports".into(), Value::Array(service_ports));
    }
    spec.insert("selector".into(), value::string_map(&selector));
    if let Some(ip) = flags.string("external-ip").filter(|ip| !ip.is_empty()) {
        spec.insert("externalIPs".into(), Value::Array(vec![s(ip)]));
    }
    let service_type = flags.string("type").unwrap_or("");
    if !service_type.is_empty() {
        spec.insert("type".into(), s(service_type));
    }
    if service_type == "LoadBalancer" {
        if let Some(ip) = flags.string("load-balancer-ip").filter(|ip| !ip.is_empty()) {
            spec.insert("loadBalancerIP".into(), s(ip));
        }
    }
    match flags.string("session-affinity").unwrap_or("") {
        "" => {}
        affinity @ ("None" | "ClientIP") => {
            spec.insert("sessionAffinity".into(), s(affinity));
        }
        other => return Err(message(format!("unknown session affinity: {other}"))),
    }
    if let Some(ip) = flags.string("cluster-ip").filter(|ip| !ip.is_empty()) {
        spec.insert("clusterIP".into(), s(ip));
    }
    let mut metadata = Map::new();
    metadata.insert("name".into(), s(&service_name));
    if !labels.is_empty() {
        metadata.insert("labels".into(), value::string_map(&labels));
    }
    Ok(obj([
        ("kind", s("Service")),
        ("apiVersion", s("v1")),
        ("metadata", Value::Object(metadata)),
        ("spec", Value::Object(spec)),
        ("status", obj([("loadBalancer", Value::Object(Map::new()))])),
    ]))
}

fn service_port(name: &str, protocol: &str, port: i64) -> Value {
    let mut map = Map::new();
    if !name.is_empty() {
        map.insert("name".into(), s(name));
    }
    map.insert("protocol".into(), s(protocol));
    map.insert("port".into(), Value::from(port));
    Value::Object(map)
}

/// `intstr.Parse`: a number when the text is one, else the text.
fn int_or_string(text: &str) -> Value {
    match text.parse::<i32>() {
        Ok(number) => Value::from(number),
        Err(_) => s(text),
    }
}

/// Go's `strconv.Atoi`, with its error text.
/// Go's `strconv.Atoi`: an optional sign and decimal digits that fit an int64, with Go's
/// error text.
pub(super) fn go_atoi(text: &str) -> Result<i64, KubectlError> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let parsed = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<i64>().ok()
    } else {
        None
    };
    parsed.ok_or_else(|| {
        let reason = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            "value out of range"
        } else {
            "invalid syntax"
        };
        KubectlError::message(format!("strconv.Atoi: parsing {text:?}: {reason}"))
    })
}

/// `PortsForObject` and `MultiProtocolsForObject`: the distinct port numbers in order, each
/// with its protocols (`TCP` when unset).
fn source_ports(kind: Kind, spec: &Value) -> Vec<(String, Vec<String>)> {
    let mut ports: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |number: i64, protocol: &str| {
        let key = number.to_string();
        let index = match ports.iter().position(|(port, _)| *port == key) {
            Some(index) => index,
            None => {
                ports.push((key, Vec::new()));
                ports.len() - 1
            }
        };
        let Some((_, list)) = ports.get_mut(index) else {
            return;
        };
        let protocol = if protocol.is_empty() { "TCP" } else { protocol };
        if !list.iter().any(|p| p == protocol) {
            list.push(protocol.to_string());
        }
    };
    if kind == Kind::Service {
        for port in value::array_at(spec, &["ports"]) {
            add(
                value::i64_at(port, &["port"]).unwrap_or(0),
                value::str_at(port, &["protocol"]).unwrap_or(""),
            );
        }
    } else {
        for container in value::array_at(spec, &["containers"]) {
            for port in value::array_at(container, &["ports"]) {
                add(
                    value::i64_at(port, &["containerPort"]).unwrap_or(0),
                    value::str_at(port, &["protocol"]).unwrap_or(""),
                );
            }
        }
    }
    ports
}

/// `MakeLabels`: `k=v` pairs joined by commas.
fn make_labels(labels: &BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// `--overrides` (`Overrider.Apply`): the JSON merged into the generated object
/// (`--override-type=merge`, the default), merged strategically, or a JSON patch (`json`).
pub(super) fn apply_overrides(flags: &FlagValues, object: Value) -> Result<Value, KubectlError> {
    let overrides = flags.string("overrides").unwrap_or("");
    if overrides.is_empty() {
        return Ok(object);
    }
    let override_type = flags.string("override-type").unwrap_or("merge");
    if !matches!(override_type, "merge" | "json" | "strategic") {
        return Err(KubectlError::message(format!(
            "invalid override type: {override_type}"
        )));
    }
    let parsed = crate::kubectl::manifest::go_json::parse(overrides).ok();
    let mut object = object;
    match (override_type, parsed) {
        ("json", Some(patch)) if patch.is_array() => {
            crate::api::json_patch::apply(&mut object, &patch).map_err(KubectlError::message)?;
        }
        // `null` decodes to an empty patch.
        ("json", Some(Value::Null)) => {}
        ("json", Some(patch)) => {
            return Err(KubectlError::message(format!(
                "json: cannot unmarshal {} into Go value of type jsonpatch.Patch",
                match patch {
                    Value::Object(_) => "object",
                    Value::String(_) => "string",
                    Value::Number(_) => "number",
                    _ => "bool",
                }
            )))
        }
        ("strategic", Some(patch)) if patch.is_object() => {
            crate::api::strategic_merge::apply(&mut object, &patch);
        }
        ("merge", Some(patch)) if patch.is_object() => value::merge_patch(&mut object, &patch),
        _ => return Err(KubectlError::message("Invalid JSON Patch")),
    }
    Ok(object)
}
