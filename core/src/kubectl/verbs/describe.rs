//! `kubectl describe` in kubectl 1.37's layout (`pkg/describe/describe.go`): `Title:\tvalue`
//! lines aligned by Go's tabwriter with padding 2, events flushed and aligned as their own
//! table, events themselves through the generic describer. Compared byte for byte with
//! kubectl 1.37.1 describing the playground's own objects (served by a fake API server).

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::resources::{self, Selection};
use super::super::table::{age, event_first_age, event_last_age, pod_status, selector_text};
use super::super::{Env, Io};
use crate::api::{
    value, ConfigMap, ContainerState, DaemonSet, Deployment, Endpoints, Event, Job, Kind,
    Namespace, NamespacePhase, Node, Pod, ReplicationController, Secret, Service, ServiceAccount,
};
use crate::cluster::{Cluster, ObjectView};
use crate::printers::tabwriter::describe_tabbed;
use crate::selector;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    if invocation.args.is_empty() && !super::super::resources::has_file_sources(&invocation.flags) {
        return Err(KubectlError::message(
            "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.",
        ));
    }
    let namespace = resources::namespace(invocation, env);
    let all_namespaces = invocation.flags.bool("all-namespaces");
    let label_selector = invocation
        .flags
        .string("selector")
        .unwrap_or("")
        .trim()
        .to_string();
    // `--show-events` given on the command line wins; otherwise events are shown only when
    // exactly one object was found without an error (`DescribeOptions.Run`, kubectl 1.36+).
    let explicit_events = invocation
        .flags
        .given("show-events")
        .map(|value| value != "false");
    let cluster: &Cluster = env.cluster;
    let mut objects: Vec<ObjectView<'_>> = Vec::new();
    let mut errors = Vec::new();
    if let Some(files) = resources::file_targets(invocation, env)? {
        let cluster: &Cluster = env.cluster;
        errors.extend(files.placement_errors);
        errors.extend(files.read_errors);
        resources::server_warnings(io, files.targets.iter().map(|(kind, _, _)| *kind));
        for (kind, namespace, name) in &files.targets {
            match resources::get_by_name(cluster, *kind, namespace, name) {
                Ok(object) => objects.push(object),
                Err(error) => errors.push(KubectlError::api(error)),
            }
        }
        let show_events = explicit_events.unwrap_or(errors.is_empty() && objects.len() <= 1);
        let texts: Vec<String> = objects
            .iter()
            .map(|object| describe(cluster, object, show_events))
            .collect();
        return print_descriptions(io, &texts, errors);
    }
    let selection = resources::parse_selection(&invocation.args)?;
    if let Selection::Names(names) = &selection {
        if !label_selector.is_empty() {
            return Err(resources::selector_with_names(&invocation.args));
        }
        resources::check_names_scope(names, all_namespaces)?;
    }
    resources::server_warnings(io, resources::selection_kinds(&selection));
    match selection {
        Selection::Names(names) => {
            // `describe TYPE PREFIX` (exactly two arguments) describes the objects whose names
            // start with PREFIX when no object has that name (`DescribeMatchingResources`).
            let prefix_lookup = invocation.args.len() == 2 && names.len() == 1;
            for (kind, name) in names {
                match resources::get_by_name(cluster, kind, &namespace, &name) {
                    Ok(object) => objects.push(object),
                    Err(error) if prefix_lookup => {
                        let scope = kind.namespaced().then_some(namespace.as_str());
                        let matching: Vec<ObjectView<'_>> = cluster
                            .list(kind, scope)
                            .into_iter()
                            .filter(|object| object.name().starts_with(&name))
                            .collect();
                        if matching.is_empty() {
                            return Err(KubectlError::api(error));
                        }
                        let show_events = explicit_events.unwrap_or(false);
                        // `DescribeMatchingResources`: `"%s\n"` for each.
                        for object in &matching {
                            io.out(&describe(cluster, object, show_events));
                            io.out("\n");
                        }
                        return Ok(0);
                    }
                    Err(error) => errors.push(KubectlError::api(error)),
                }
            }
        }
        Selection::Kinds(kinds) => {
            let selector = if label_selector.is_empty() {
                None
            } else {
                Some(
                    selector::parse(&label_selector)
                        .map_err(|error| KubectlError::message(error.to_string()))?,
                )
            };
            for kind in kinds {
                let scope = if !kind.namespaced() || all_namespaces {
                    None
                } else {
                    Some(namespace.as_str())
                };
                objects.extend(cluster.list(kind, scope).into_iter().filter(|object| {
                    selector
                        .as_ref()
                        .map(|s| s.matches(&object.meta().labels))
                        .unwrap_or(true)
                }));
            }
        }
    }
    if objects.is_empty() && errors.is_empty() {
        // Whatever the kinds, the message names the namespace unless `-A` was given.
        if all_namespaces {
            io.err("No resources found\n");
        } else {
            io.err(&format!("No resources found in {namespace} namespace.\n"));
        }
    }
    let show_events = explicit_events.unwrap_or(errors.is_empty() && objects.len() <= 1);
    let texts: Vec<String> = objects
        .iter()
        .map(|object| describe(cluster, object, show_events))
        .collect();
    print_descriptions(io, &texts, errors)
}

/// Prints the descriptions, each after the first preceded by `"\n\n"` (`"\n\n%s"`), then
/// reports the errors.
fn print_descriptions(
    io: &mut Io,
    texts: &[String],
    errors: Vec<KubectlError>,
) -> Result<i32, KubectlError> {
    io.out(&texts.join("\n\n"));
    if errors.is_empty() {
        Ok(0)
    } else {
        Err(KubectlError::Many(errors))
    }
}

/// The describe text of one object, as its describer returns it.
pub fn describe(cluster: &Cluster, object: &ObjectView<'_>, show_events: bool) -> String {
    match object {
        ObjectView::Pod(pod) => describe_pod(cluster, pod, show_events),
        ObjectView::Node(node) => describe_node(cluster, node, show_events),
        ObjectView::Namespace(namespace) => describe_namespace(namespace),
        ObjectView::ReplicationController(rc) => describe_rc(cluster, rc, show_events),
        ObjectView::Deployment(deployment) => describe_deployment(cluster, deployment, show_events),
        ObjectView::DaemonSet(daemon_set) => describe_daemon_set(cluster, daemon_set, show_events),
        ObjectView::Job(job) => describe_job(cluster, job, show_events),
        ObjectView::Service(service) => describe_service(cluster, service, show_events),
        ObjectView::Event(event) => describe_event(cluster, event, show_events),
        ObjectView::ConfigMap(config_map) => describe_config_map(cluster, config_map, show_events),
        ObjectView::Secret(secret) => describe_secret(secret),
        ObjectView::ServiceAccount(account) => {
            describe_service_account(cluster, account, show_events)
        }
        ObjectView::Endpoints(endpoints) => describe_endpoints(cluster, endpoints, show_events),
        ObjectView::PriorityClass(class) => describe_priority_class(cluster, class, show_events),
    }
}

/// `printLabelsMultiline` (`separator` `=`) and `printAnnotationsMultiline` (`: `, without
/// kubectl's own `last-applied-configuration`): sorted entries, continuation lines start with
/// a tab.
fn multiline(title: &str, map: &BTreeMap<String, String>, separator: &str) -> String {
    let skipped =
        |key: &str| separator == ": " && key == "kubectl.kubernetes.io/last-applied-configuration";
    let entries: Vec<(&String, &String)> = map.iter().filter(|(k, _)| !skipped(k)).collect();
    if entries.is_empty() {
        return format!("{title}:\t<none>\n");
    }
    let mut text = String::new();
    for (index, (key, val)) in entries.iter().enumerate() {
        let rendered = if separator == ": " {
            annotation_value(key, val)
        } else {
            format!("{key}{separator}{val}")
        };
        if index == 0 {
            let _ = writeln!(text, "{title}:\t{rendered}");
        } else {
            let _ = writeln!(text, "\t{rendered}");
        }
    }
    text
}

/// `printAnnotationsMultiline`'s entry for one annotation: a value (without one trailing
/// newline) that spans lines or makes the entry longer than 140 bytes goes below its key, one
/// line each, every line cut to 138 bytes (Go slices bytes, so a cut may split a character).
fn annotation_value(key: &str, val: &str) -> String {
    const MAX: usize = 140;
    let value = val.strip_suffix('\n').unwrap_or(val);
    if value.len() + key.len() + 2 <= MAX && !value.contains('\n') {
        return format!("{key}: {value}");
    }
    let mut text = format!("{key}:");
    for line in value.split('\n') {
        text.push_str("\n\t  ");
        if line.len() > MAX - 2 {
            text.push_str(&String::from_utf8_lossy(&line.as_bytes()[..MAX - 2]));
            text.push_str("...");
        } else {
            text.push_str(line);
        }
    }
    text
}

fn events_section(cluster: &Cluster, uid: &str, show_events: bool) -> String {
    events_section_for(cluster, &[uid], show_events)
}

/// The events about any of `uids`, as `DescribeEvents` prints what the queries returned:
/// each query's answer in the API server's order (namespace, then name), the answers one after
/// the other, then `sort.Sort(SortableEvents)` by `lastTimestamp` as the API carries it (whole
/// seconds; none for an event recorded through events.k8s.io), Go's unstable sort leaving
/// ties in its own order.
fn events_section_for(cluster: &Cluster, uids: &[&str], show_events: bool) -> String {
    if !show_events {
        return String::new();
    }
    let mut events: Vec<&Event> = Vec::new();
    for uid in uids {
        let mut answer = cluster.events_for(uid);
        crate::sort::sort_by(&mut answer, |a, b| {
            (a.meta.namespace.as_deref(), &a.meta.name)
                .cmp(&(b.meta.namespace.as_deref(), &b.meta.name))
        });
        events.extend(answer);
    }
    if events.is_empty() {
        return "Events:\t<none>\n".to_string();
    }
    let last_timestamps: Vec<Option<crate::clock::SimTime>> = events
        .iter()
        .map(|event| {
            event
                .reporting_instance
                .is_none()
                .then(|| event.last_timestamp.whole_second())
        })
        .collect();
    let mut ids: Vec<usize> = (0..events.len()).collect();
    crate::go_sort::sort(&mut ids, &mut |a, b| {
        last_timestamps.get(a) < last_timestamps.get(b)
    });
    let now = cluster.now();
    let mut text = String::from(
        "Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n",
    );
    for event in ids.iter().filter_map(|id| events.get(*id)) {
        let first = event_first_age(now, event);
        let age_text = if event.count > 1 {
            format!(
                "{} (x{} over {first})",
                event_last_age(now, event),
                event.count,
            )
        } else {
            first
        };
        let message = match &event.involved.field_path {
            Some(path) => format!("{path}: {}", event.message.trim()),
            None => event.message.trim().to_string(),
        };
        let _ = writeln!(
            text,
            "  {}\t{}\t{age_text}\t{}\t{message}",
            event.event_type, event.reason, event.source_component
        );
    }
    text
}

/// Joins the main block and the events table, each aligned on its own.
fn finish(main: &str, events: &str) -> String {
    if events.starts_with("Events:\t") {
        return describe_tabbed(&format!("{main}{events}"));
    }
    format!("{}{}", describe_tabbed(main), describe_tabbed(events))
}

fn describe_pod(cluster: &Cluster, pod: &Pod, show_events: bool) -> String {
    let now = cluster.now();
    let mut w = String::new();
    let spec = pod.rendered_spec();
    let _ = writeln!(w, "Name:\t{}", pod.meta.name);
    let _ = writeln!(w, "Namespace:\t{}", pod.namespace());
    let _ = writeln!(
        w,
        "Priority:\t{}",
        value::i64_at(&spec, &["priority"]).unwrap_or(0)
    );
    if let Some(class) = value::str_at(&spec, &["priorityClassName"]) {
        let _ = writeln!(w, "Priority Class Name:\t{class}");
    }
    let _ = writeln!(
        w,
        "Service Account:\t{}",
        value::str_at(&spec, &["serviceAccountName"]).unwrap_or("default")
    );
    match &pod.node_name {
        Some(node) => {
            let _ = writeln!(
                w,
                "Node:\t{node}/{}",
                pod.status.host_ip.clone().unwrap_or_default()
            );
        }
        None => w.push_str("Node:\t<none>\n"),
    }
    if let Some(start) = pod.status.start_time {
        let _ = writeln!(w, "Start Time:\t{}", start.rfc1123z());
    }
    w.push_str(&multiline("Labels", &pod.meta.labels, "="));
    w.push_str(&multiline("Annotations", &pod.meta.annotations, ": "));
    match pod.meta.deletion_timestamp {
        Some(deleted) if !pod.status.phase.is_terminal() => {
            // `translateTimestampSince(deletionTimestamp)`: the timestamp is the end of the
            // grace period, still ahead, so this is `<invalid>` until its last second.
            let _ = writeln!(w, "Status:\tTerminating (lasts {})", age(now, deleted));
            let _ = writeln!(
                w,
                "Termination Grace Period:\t{}s",
                pod.meta.deletion_grace_period_seconds.unwrap_or(30)
            );
        }
        _ => {
            let _ = writeln!(w, "Status:\t{}", pod.status.phase.as_str());
        }
    }
    for (label, text) in [
        ("Reason", &pod.status.reason),
        ("Message", &pod.status.message),
    ] {
        if let Some(text) = text.as_deref().filter(|text| !text.is_empty()) {
            let _ = writeln!(w, "{label}:\t{text}");
        }
    }
    if let Some(profile) = value::at(&spec, &["securityContext", "seccompProfile"]) {
        write_seccomp_profile(&mut w, "", profile);
    }
    let _ = writeln!(w, "IP:\t{}", pod.status.pod_ip.clone().unwrap_or_default());
    match &pod.status.pod_ip {
        Some(ip) => {
            let _ = writeln!(w, "IPs:\n  IP:\t{ip}");
        }
        None => w.push_str("IPs:\t<none>\n"),
    }
    if let Some(owner) = pod.meta.controller() {
        let _ = writeln!(w, "Controlled By:\t{}/{}", owner.kind, owner.name);
    }
    write_containers(&mut w, pod, &spec, false);
    // Each readiness gate with the status of the condition it names (`<none>` until one
    // exists).
    let gates = value::array_at(&spec, &["readinessGates"]);
    if !gates.is_empty() {
        w.push_str("Readiness Gates:\n  Type\tStatus\n");
    }
    for gate in gates {
        let condition_type = value::str_at(gate, &["conditionType"]).unwrap_or("");
        let status = match pod.status.condition(condition_type) {
            Some(condition) if condition.status => "True",
            Some(_) => "False",
            None => "<none>",
        };
        let _ = writeln!(w, "  {condition_type} \t{status} ");
    }
    if !pod.status.conditions.is_empty() {
        w.push_str("Conditions:\n  Type\tStatus\n");
    }
    for condition in &pod.status.conditions {
        let _ = writeln!(
            w,
            "  {} \t{} ",
            condition.condition_type,
            if condition.status { "True" } else { "False" }
        );
    }
    write_volumes(&mut w, value::array_at(&spec, &["volumes"]), false);
    let _ = writeln!(w, "QoS Class:\t{}", pod.qos_class());
    w.push_str(&multiline(
        "Node-Selectors",
        &pod.node_selector.to_map(),
        "=",
    ));
    write_tolerations(&mut w, "Tolerations", &pod.tolerations());
    let events = events_section(cluster, &pod.meta.uid, show_events);
    let _ = pod_status;
    finish(&w, &events)
}

/// `describeContainerPorts` and `describeContainerHostPorts`: `port/protocol (name)` joined
/// by `, `, under `Ports:` when the text holds a comma and `Port:` (`<none>` if empty)
/// otherwise.
fn write_ports(w: &mut String, ports: &[crate::api::pod::ContainerPort], indent: &str) {
    let describe = |number: i64, port: &crate::api::pod::ContainerPort| match &port.name {
        Some(name) if !name.is_empty() => format!("{number}/{} ({name})", port.protocol),
        _ => format!("{number}/{}", port.protocol),
    };
    let container_ports: Vec<String> = ports
        .iter()
        .map(|port| describe(port.container_port, port))
        .collect();
    let host_ports: Vec<String> = ports
        .iter()
        .map(|port| describe(port.host_port.unwrap_or(0), port))
        .collect();
    for (single, many, text) in [
        ("Port", "Ports", container_ports.join(", ")),
        ("Host Port", "Host Ports", host_ports.join(", ")),
    ] {
        if text.contains(',') {
            let _ = writeln!(w, "{indent}{many}:\t{text}");
        } else if text.is_empty() {
            let _ = writeln!(w, "{indent}{single}:\t<none>");
        } else {
            let _ = writeln!(w, "{indent}{single}:\t{text}");
        }
    }
}

fn write_command(w: &mut String, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(w, "    {title}:");
    for item in items {
        for line in item.split('\n') {
            let _ = writeln!(w, "      {line}");
        }
    }
}

fn write_state(w: &mut String, title: &str, state: &ContainerState) {
    match state {
        ContainerState::Running { started_at } => {
            let _ = writeln!(
                w,
                "    {title}:\tRunning\n      Started:\t{}",
                started_at.rfc1123z()
            );
        }
        ContainerState::Waiting { reason, .. } => {
            let _ = writeln!(w, "    {title}:\tWaiting\n      Reason:\t{reason}");
        }
        ContainerState::Terminated {
            exit_code,
            reason,
            started_at,
            finished_at,
            ..
        } => {
            let _ = writeln!(
                w,
                "    {title}:\tTerminated\n      Reason:\t{reason}\n      Exit Code:\t{exit_code}\n      Started:\t{}\n      Finished:\t{}",
                started_at.rfc1123z(),
                finished_at.rfc1123z()
            );
        }
    }
}

/// `describeResources`' `Limits:` or `Requests:`: the quantities by resource name.
fn write_resources(w: &mut String, title: &str, resources: Option<&Value>) {
    let Some(Value::Object(map)) = resources else {
        return;
    };
    if map.is_empty() {
        return;
    }
    let _ = writeln!(w, "    {title}:");
    for (name, quantity) in map {
        let text = match quantity {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let _ = writeln!(w, "      {name}:\t{text}");
    }
}

/// `describeContainerEnvFrom` (when the container has `envFrom`) and
/// `describeContainerEnvVars`: literal values line by line, and where each other value comes
/// from. kubectl resolves only `metadata.name` and `metadata.namespace` of a field reference
/// (its scheme converts no other pod field label), so the others show an empty value.
/// A pod template's (`resolve` false) field references show no value: `DescribePodTemplate`
/// passes no resolver.
fn write_environment(
    w: &mut String,
    pod: &Pod,
    container: &crate::api::pod::ContainerSpec,
    resolve: bool,
) {
    let optional =
        |reference: &Value| value::at(reference, &["optional"]) == Some(&Value::Bool(true));
    if !container.env_from.is_empty() {
        w.push_str("    Environment Variables from:\n");
        for source in &container.env_from {
            let (from, reference) = match value::at(source, &["configMapRef"]) {
                Some(reference) => ("ConfigMap", reference),
                None => match value::at(source, &["secretRef"]) {
                    Some(reference) => ("Secret", reference),
                    None => ("", &Value::Null),
                },
            };
            let name = value::str_at(reference, &["name"]).unwrap_or("");
            let optional = optional(reference);
            match value::str_at(source, &["prefix"]).filter(|prefix| !prefix.is_empty()) {
                None => {
                    let _ = writeln!(w, "      {name}\t{from}\tOptional: {optional}");
                }
                Some(prefix) => {
                    let _ = writeln!(
                        w,
                        "      {name}\t{from} with prefix '{prefix}'\tOptional: {optional}"
                    );
                }
            }
        }
    }
    if container.env_sources.is_empty() {
        w.push_str("    Environment:\t<none>\n");
        return;
    }
    w.push_str("    Environment:\n");
    for entry in &container.env_sources {
        let name = value::str_at(entry, &["name"]).unwrap_or("");
        let Some(from) = value::at(entry, &["valueFrom"]) else {
            let text = value::str_at(entry, &["value"]).unwrap_or("");
            for (index, line) in text.split('\n').enumerate() {
                if index == 0 {
                    let _ = writeln!(w, "      {name}:\t{line}");
                } else {
                    let _ = writeln!(w, "      \t{line}");
                }
            }
            continue;
        };
        if let Some(field) = value::at(from, &["fieldRef"]) {
            let path = value::str_at(field, &["fieldPath"]).unwrap_or("");
            let version = value::str_at(field, &["apiVersion"]).unwrap_or("v1");
            let resolved = match path {
                "metadata.name" if resolve => pod.meta.name.as_str(),
                "metadata.namespace" if resolve => pod.namespace(),
                _ => "",
            };
            let _ = writeln!(w, "      {name}:\t{resolved} ({version}:{path})");
        } else if let Some(field) = value::at(from, &["resourceFieldRef"]) {
            let resource = value::str_at(field, &["resource"]).unwrap_or("");
            let _ = writeln!(
                w,
                "      {name}:\t{} ({resource})",
                container_resource_value(container, resource)
            );
        } else if let Some(reference) = value::at(from, &["secretKeyRef"]) {
            let _ = writeln!(
                w,
                "      {name}:\t<set to the key '{}' in secret '{}'>\tOptional: {}",
                value::str_at(reference, &["key"]).unwrap_or(""),
                value::str_at(reference, &["name"]).unwrap_or(""),
                optional(reference)
            );
        } else if let Some(reference) = value::at(from, &["configMapKeyRef"]) {
            let _ = writeln!(
                w,
                "      {name}:\t<set to the key '{}' of config map '{}'>\tOptional: {}",
                value::str_at(reference, &["key"]).unwrap_or(""),
                value::str_at(reference, &["name"]).unwrap_or(""),
                optional(reference)
            );
        }
    }
}

/// `ExtractContainerResourceValue` with the default divisor (CPU in whole cores, rounded up;
/// memory in bytes); an unset limit is `node allocatable`.
fn container_resource_value(container: &crate::api::pod::ContainerSpec, resource: &str) -> String {
    let (map, name) = match resource.split_once('.') {
        Some(("limits", name)) => (&container.limits, name),
        Some(("requests", name)) => (&container.requests, name),
        _ => return String::new(),
    };
    let milli = map.get(name).map(|text| quantity(text)).unwrap_or(0);
    let rendered = if name == "cpu" {
        (milli.saturating_add(999) / 1000).to_string()
    } else {
        (milli / 1000).to_string()
    };
    if rendered == "0" && resource.starts_with("limits.") && matches!(name, "cpu" | "memory") {
        return "node allocatable".to_string();
    }
    rendered
}

fn quantity(text: &str) -> i64 {
    crate::quantity::Quantity::parse(text)
        .map(|q| q.milli_value())
        .unwrap_or(0)
}

/// `824m (20%)` style cells of describe node.
fn fraction(
    requested_milli: i64,
    allocatable_milli: i64,
    render: &dyn Fn(i64) -> String,
) -> String {
    let percent = if allocatable_milli > 0 {
        requested_milli * 100 / allocatable_milli
    } else {
        0
    };
    format!("{} ({percent}%)", render(requested_milli))
}

fn render_cpu(milli: i64) -> String {
    if milli % 1000 == 0 {
        (milli / 1000).to_string()
    } else {
        format!("{milli}m")
    }
}

fn render_memory(milli: i64) -> String {
    let bytes = milli / 1000;
    if bytes == 0 {
        return "0".into();
    }
    for (suffix, factor) in [("Gi", 1i64 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)] {
        if bytes % factor == 0 {
            return format!("{}{suffix}", bytes / factor);
        }
    }
    bytes.to_string()
}

fn describe_node(cluster: &Cluster, node: &Node, show_events: bool) -> String {
    let now = cluster.now();
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", node.meta.name);
    let roles: Vec<&str> = node
        .meta
        .labels
        .keys()
        .filter_map(|key| key.strip_prefix("node-role.kubernetes.io/"))
        .filter(|role| !role.is_empty())
        .collect();
    let _ = writeln!(
        w,
        "Roles:\t{}",
        if roles.is_empty() {
            "<none>".to_string()
        } else {
            roles.join(",")
        }
    );
    w.push_str(&multiline("Labels", &node.meta.labels, "="));
    w.push_str(&multiline("Annotations", &node.meta.annotations, ": "));
    let _ = writeln!(
        w,
        "CreationTimestamp:\t{}",
        node.meta.creation_timestamp.rfc1123z()
    );
    if node.taints.is_empty() {
        w.push_str("Taints:\t<none>\n");
    } else {
        for (index, taint) in node.taints.iter().enumerate() {
            let text = if taint.value.is_empty() {
                format!("{}:{}", taint.key, taint.effect)
            } else {
                format!("{}={}:{}", taint.key, taint.value, taint.effect)
            };
            if index == 0 {
                let _ = writeln!(w, "Taints:\t{text}");
            } else {
                let _ = writeln!(w, "\t{text}");
            }
        }
    }
    let _ = writeln!(w, "Unschedulable:\t{}", node.unschedulable);
    let renewed = crate::cluster::node_lease_renew_time(node.meta.creation_timestamp, now);
    if node.ready {
        let _ = writeln!(
            w,
            "Lease:\n  HolderIdentity:\t{}\n  AcquireTime:\t<unset>\n  RenewTime:\t{}",
            node.meta.name,
            renewed.rfc1123z()
        );
    } else {
        w.push_str("Lease:\tFailed to get lease: leases.coordination.k8s.io \"");
        w.push_str(&node.meta.name);
        w.push_str("\" not found\n");
    }
    let conditions = value::array_at(&node.status, &["conditions"]);
    if !conditions.is_empty() {
        w.push_str("Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n  ----\t------\t-----------------\t------------------\t------\t-------\n");
        for condition in conditions {
            let time = |field: &str| {
                value::str_at(condition, &[field])
                    .and_then(crate::clock::SimTime::parse_rfc3339)
                    .map(|t| t.rfc1123z())
                    .unwrap_or_default()
            };
            let _ = writeln!(
                w,
                "  {} \t{} \t{} \t{} \t{} \t{}",
                value::str_at(condition, &["type"]).unwrap_or(""),
                value::str_at(condition, &["status"]).unwrap_or(""),
                time("lastHeartbeatTime"),
                time("lastTransitionTime"),
                value::str_at(condition, &["reason"]).unwrap_or(""),
                value::str_at(condition, &["message"]).unwrap_or("")
            );
        }
    }
    w.push_str("Addresses:\n");
    for address in value::array_at(&node.status, &["addresses"]) {
        let _ = writeln!(
            w,
            "  {}:\t{}",
            value::str_at(address, &["type"]).unwrap_or(""),
            value::str_at(address, &["address"]).unwrap_or("")
        );
    }
    for (title, key) in [("Capacity", "capacity"), ("Allocatable", "allocatable")] {
        if let Some(Value::Object(map)) = value::at(&node.status, &[key]) {
            let _ = writeln!(w, "{title}:");
            for (name, amount) in map {
                let _ = writeln!(w, "  {name}:\t{}", amount.as_str().unwrap_or(""));
            }
        }
    }
    let info = |key: &str| {
        value::str_at(&node.status, &["nodeInfo", key])
            .unwrap_or("")
            .to_string()
    };
    w.push_str("System Info:\n");
    for (title, key) in [
        ("Machine ID", "machineID"),
        ("System UUID", "systemUUID"),
        ("Boot ID", "bootID"),
        ("Kernel Version", "kernelVersion"),
        ("OS Image", "osImage"),
        ("Operating System", "operatingSystem"),
        ("Architecture", "architecture"),
        ("Container Runtime Version", "containerRuntimeVersion"),
        ("Kubelet Version", "kubeletVersion"),
    ] {
        let _ = writeln!(w, "  {title}:\t{}", info(key));
    }
    if let Some(cidr) = value::str_at(&node.spec, &["podCIDR"]) {
        let _ = writeln!(w, "PodCIDR:\t{cidr}");
        let cidrs: Vec<&str> = value::array_at(&node.spec, &["podCIDRs"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let _ = writeln!(w, "PodCIDRs:\t{}", cidrs.join(","));
    }
    if let Some(provider) = value::str_at(&node.spec, &["providerID"]) {
        let _ = writeln!(w, "ProviderID:\t{provider}");
    }
    let pods: Vec<&Pod> = cluster
        .pods()
        .filter(|pod| {
            pod.node_name.as_deref() == Some(node.meta.name.as_str())
                && !pod.status.phase.is_terminal()
        })
        .collect();
    let allocatable = |resource: &str| node.allocatable(resource).map(quantity).unwrap_or(0);
    // `PodRequestsAndLimits`: init containers and sidecars count as the scheduler counts them.
    let sum = |pod: &Pod, resource: &str, limits: bool| -> i64 {
        pod.aggregate_resource(|c| {
            let map = if limits { &c.limits } else { &c.requests };
            map.get(resource).map(|q| quantity(q)).unwrap_or(0)
        })
    };
    let _ = writeln!(w, "Non-terminated Pods:\t({} in total)", pods.len());
    w.push_str("  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
    let cpu_alloc = allocatable("cpu");
    let memory_alloc = allocatable("memory");
    let mut sorted = pods.clone();
    crate::sort::sort_by(&mut sorted, |a, b| {
        (a.namespace(), a.name()).cmp(&(b.namespace(), b.name()))
    });
    for pod in &sorted {
        let _ = writeln!(
            w,
            "  {}\t{}\t\t{}\t{}\t{}\t{}\t{}",
            pod.namespace(),
            pod.name(),
            fraction(sum(pod, "cpu", false), cpu_alloc, &render_cpu),
            fraction(sum(pod, "cpu", true), cpu_alloc, &render_cpu),
            fraction(sum(pod, "memory", false), memory_alloc, &render_memory),
            fraction(sum(pod, "memory", true), memory_alloc, &render_memory),
            age(now, pod.meta.creation_timestamp)
        );
    }
    w.push_str("Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n  Resource\tRequests\tLimits\n  --------\t--------\t------\n");
    let total = |resource: &str, limits: bool| {
        pods.iter()
            .map(|pod| sum(pod, resource, limits))
            .sum::<i64>()
    };
    let _ = writeln!(
        w,
        "  cpu\t{}\t{}",
        fraction(total("cpu", false), cpu_alloc, &render_cpu),
        fraction(total("cpu", true), cpu_alloc, &render_cpu)
    );
    let _ = writeln!(
        w,
        "  memory\t{}\t{}",
        fraction(total("memory", false), memory_alloc, &render_memory),
        fraction(total("memory", true), memory_alloc, &render_memory)
    );
    for resource in ["ephemeral-storage", "hugepages-1Gi", "hugepages-2Mi"] {
        let _ = writeln!(w, "  {resource}\t0 (0%)\t0 (0%)");
    }
    if let Some(Value::Object(map)) = value::at(&node.status, &["allocatable"]) {
        for name in map.keys().filter(|name| name.contains('/')) {
            let requested = total(name, false) / 1000;
            let limited = total(name, true) / 1000;
            let _ = writeln!(w, "  {name}\t{requested}\t{limited}");
        }
    }
    // Controllers name a node by its uid, the kubelet by its name: describe asks for both.
    let events = events_section_for(cluster, &[&node.meta.uid, &node.meta.name], show_events);
    finish(&w, &events)
}

fn describe_namespace(namespace: &Namespace) -> String {
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", namespace.meta.name);
    w.push_str(&multiline("Labels", &namespace.meta.labels, "="));
    w.push_str(&multiline("Annotations", &namespace.meta.annotations, ": "));
    let _ = writeln!(
        w,
        "Status:\t{}",
        match namespace.phase {
            NamespacePhase::Active => "Active",
            NamespacePhase::Terminating => "Terminating",
        }
    );
    if !namespace.conditions.is_empty() {
        w.push_str("Conditions:\n  Type\tStatus\tLastTransitionTime\tReason\tMessage\n  ----\t------\t------------------\t------\t-------\n");
        for condition in &namespace.conditions {
            let _ = writeln!(
                w,
                "  {}\t{}\t{}\t{}\t{}",
                condition.condition_type,
                if condition.status { "True" } else { "False" },
                condition.last_transition_time.rfc1123z(),
                condition.reason,
                condition.message
            );
        }
    }
    w.push_str("\nNo resource quota.\n\nNo LimitRange resource.\n");
    describe_tabbed(&w)
}

fn describe_rc(cluster: &Cluster, rc: &ReplicationController, show_events: bool) -> String {
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", rc.meta.name);
    let _ = writeln!(w, "Namespace:\t{}", rc.namespace());
    let _ = writeln!(w, "Selector:\t{}", selector_text(&rc.selector));
    w.push_str(&multiline("Labels", &rc.meta.labels, "="));
    w.push_str(&multiline("Annotations", &rc.meta.annotations, ": "));
    if let Some(owner) = rc.meta.controller() {
        let _ = writeln!(w, "Controlled By:\t{}/{}", owner.kind, owner.name);
    }
    let _ = writeln!(
        w,
        "Replicas:\t{} current / {} desired",
        rc.status_replicas, rc.replicas
    );
    let counts = controller_pod_counts(cluster, rc.namespace(), &rc.selector, &rc.meta.uid);
    let _ = writeln!(
        w,
        "Pods Status:\t{} Running / {} Waiting / {} Succeeded / {} Failed",
        counts[0], counts[1], counts[2], counts[3]
    );
    pod_template(&mut w, &rc.spec);
    let events = events_section(cluster, &rc.meta.uid, show_events);
    finish(&w, &events)
}

/// `printTemplate`: `DescribePodTemplate` of a template, its tabs left as they are
/// (`kubectl rollout history --revision`).
pub(super) fn print_pod_template(template: &Value) -> String {
    let mut w = String::new();
    pod_template(&mut w, &serde_json::json!({ "template": template }));
    w
}

/// `DescribePodTemplate` of a controller's `spec.template`.
fn pod_template(w: &mut String, spec: &Value) {
    let template = value::at(spec, &["template"]).unwrap_or(&Value::Null);
    let pod_spec = value::at(template, &["spec"])
        .cloned()
        .unwrap_or(Value::Null);
    let shell = Pod::from_manifest(
        crate::api::ObjectMeta::default(),
        &serde_json::json!({ "spec": pod_spec }),
        String::new(),
    );
    w.push_str("Pod Template:\n");
    let labels = value::string_map_at(template, &["metadata", "labels"]);
    w.push_str(&multiline("  Labels", &labels, "="));
    let annotations = value::string_map_at(template, &["metadata", "annotations"]);
    if !annotations.is_empty() {
        w.push_str(&multiline("  Annotations", &annotations, ": "));
    }
    if let Some(account) =
        value::str_at(&pod_spec, &["serviceAccountName"]).filter(|a| !a.is_empty())
    {
        let _ = writeln!(w, "  Service Account:\t{account}");
    }
    write_containers(w, &shell, &pod_spec, true);
    write_volumes(w, value::array_at(&pod_spec, &["volumes"]), true);
    if let Some(class) = value::str_at(&pod_spec, &["priorityClassName"]).filter(|c| !c.is_empty())
    {
        let _ = writeln!(w, "  Priority Class Name:\t{class}");
    }
    let node_selector = value::string_map_at(&pod_spec, &["nodeSelector"]);
    w.push_str(&multiline("  Node-Selectors", &node_selector, "="));
    let tolerations: Vec<crate::api::Toleration> = value::array_at(&pod_spec, &["tolerations"])
        .iter()
        .map(crate::api::Toleration::from_value)
        .collect();
    write_tolerations(w, "  Tolerations", &tolerations);
}

/// `describeContainers` for a pod's init containers (when it has some) and its containers, or
/// (`template`) a pod template's, indented one more level.
fn write_containers(w: &mut String, pod: &Pod, spec: &Value, template: bool) {
    let init_specs = value::array_at(spec, &["initContainers"]);
    if !init_specs.is_empty() {
        let init: Vec<crate::api::pod::ContainerSpec> = init_specs
            .iter()
            .map(crate::api::pod::ContainerSpec::from_value)
            .collect();
        let init_statuses = if template {
            &[][..]
        } else {
            &pod.status.init_container_statuses[..]
        };
        write_container_list(
            w,
            pod,
            "Init Containers",
            &init,
            init_specs,
            init_statuses,
            template,
        );
    }
    let statuses = if template {
        &[][..]
    } else {
        &pod.status.container_statuses[..]
    };
    write_container_list(
        w,
        pod,
        "Containers",
        &pod.containers,
        value::array_at(spec, &["containers"]),
        statuses,
        template,
    );
}

/// `describeContainers` of one list: each container (its status found by name), from the
/// rendered specs in `rendered`.
fn write_container_list(
    w: &mut String,
    pod: &Pod,
    label: &str,
    containers: &[crate::api::pod::ContainerSpec],
    rendered: &[Value],
    statuses: &[crate::api::pod::ContainerStatus],
    template: bool,
) {
    let name_indent = if template { " " } else { "" };
    let _ = writeln!(
        w,
        "{}{label}:{}",
        if template { "  " } else { "" },
        if containers.is_empty() { " <none>" } else { "" }
    );
    for (index, container) in containers.iter().enumerate() {
        let status = statuses.iter().find(|status| status.name == container.name);
        let spec = rendered.get(index).unwrap_or(&Value::Null);
        let _ = writeln!(w, "  {name_indent}{}:", container.name);
        // Printed, empty while the container is created, whenever the container has a status.
        if let Some(status) = status {
            let id = status.container_id.as_deref().unwrap_or_default();
            let _ = writeln!(w, "    Container ID:\t{id}");
        }
        let _ = writeln!(w, "    Image:\t{}", container.image);
        if let Some(status) = status {
            let _ = writeln!(
                w,
                "    Image ID:\t{}",
                status.image_id.clone().unwrap_or_default()
            );
        }
        write_ports(w, &container.ports, "    ");
        if let Some(profile) = value::at(spec, &["securityContext", "seccompProfile"]) {
            write_seccomp_profile(w, "    ", profile);
        }
        write_command(w, "Command", &container.command);
        write_command(w, "Args", &container.args);
        if let Some(status) = status {
            write_state(w, "State", &status.state);
            if let Some(last) = &status.last_state {
                write_state(w, "Last State", last);
            }
            let _ = writeln!(
                w,
                "    Ready:\t{}",
                if status.ready { "True" } else { "False" }
            );
            let _ = writeln!(w, "    Restart Count:\t{}", status.restart_count);
        }
        write_resources(w, "Limits", value::at(spec, &["resources", "limits"]));
        write_resources(w, "Requests", value::at(spec, &["resources", "requests"]));
        write_probes(w, spec);
        write_environment(w, pod, container, !template);
        // `sort.Sort(SortableVolumeMounts)`: by mount path (validation keeps paths unique).
        let mut mounts: Vec<&Value> = value::array_at(spec, &["volumeMounts"]).iter().collect();
        crate::sort::sort_by(&mut mounts, |a, b| {
            value::str_at(a, &["mountPath"])
                .unwrap_or("")
                .cmp(value::str_at(b, &["mountPath"]).unwrap_or(""))
        });
        w.push_str(if mounts.is_empty() {
            "    Mounts:\t<none>\n"
        } else {
            "    Mounts:\n"
        });
        for mount in mounts {
            let read_only = value::at(mount, &["readOnly"])
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let mut flags = String::from(if read_only { "ro" } else { "rw" });
            if let Some(sub_path) = value::str_at(mount, &["subPath"]).filter(|p| !p.is_empty()) {
                let _ = write!(flags, ",path={}", crate::validation::go_quote(sub_path));
            }
            let _ = writeln!(
                w,
                "      {} from {} ({flags})",
                value::str_at(mount, &["mountPath"]).unwrap_or(""),
                value::str_at(mount, &["name"]).unwrap_or(""),
            );
        }
    }
}

/// A `seccompProfile`'s `SeccompProfile:` line, and its `LocalhostProfile:` for a
/// `Localhost` one (a pod's at the left edge, a container's indented).
fn write_seccomp_profile(w: &mut String, indent: &str, profile: &Value) {
    let kind = value::str_at(profile, &["type"]).unwrap_or("");
    let _ = writeln!(w, "{indent}SeccompProfile:\t{kind}");
    if kind == "Localhost" {
        // A pod's at the left edge too, a container's one level further in.
        let deeper = if indent.is_empty() { "" } else { "  " };
        let _ = writeln!(
            w,
            "{indent}{deeper}LocalhostProfile:\t{}",
            value::str_at(profile, &["localhostProfile"]).unwrap_or("")
        );
    }
}

/// `describeContainerProbe`: one line per probe, as `DescribeProbe` writes it.
fn write_probes(w: &mut String, container: &Value) {
    for (field, title) in [
        ("livenessProbe", "Liveness"),
        ("readinessProbe", "Readiness"),
        ("startupProbe", "Startup"),
    ] {
        let Some(probe) = value::at(container, &[field]) else {
            continue;
        };
        let number = |key: &str, default: i64| value::i64_at(probe, &[key]).unwrap_or(default);
        let attributes = format!(
            "delay={}s timeout={}s period={}s successThreshold={} failureThreshold={}",
            number("initialDelaySeconds", 0),
            number("timeoutSeconds", 1),
            number("periodSeconds", 10),
            number("successThreshold", 1),
            number("failureThreshold", 3)
        );
        // An `IntOrString` port as `String()` prints it.
        let port_text = |action: &Value| match value::at(action, &["port"]) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => String::new(),
        };
        let text = if let Some(exec) = value::at(probe, &["exec"]) {
            let command: Vec<&str> = value::array_at(exec, &["command"])
                .iter()
                .filter_map(Value::as_str)
                .collect();
            format!("exec [{}] {attributes}", command.join(" "))
        } else if let Some(http) = value::at(probe, &["httpGet"]) {
            // `url.URL.String()` of scheme, `JoinHostPort(host, port)` and path.
            let host = value::str_at(http, &["host"]).unwrap_or("");
            let port = port_text(http);
            let host_port = if port.is_empty() {
                host.to_string()
            } else if host.contains(':') {
                format!("[{host}]:{port}")
            } else {
                format!("{host}:{port}")
            };
            let path = value::str_at(http, &["path"]).unwrap_or("");
            let slash = if !path.is_empty() && !path.starts_with('/') && !host_port.is_empty() {
                "/"
            } else {
                ""
            };
            format!(
                "http-get {}://{host_port}{slash}{path} {attributes}",
                value::str_at(http, &["scheme"])
                    .unwrap_or("HTTP")
                    .to_ascii_lowercase()
            )
        } else if let Some(tcp) = value::at(probe, &["tcpSocket"]) {
            format!(
                "tcp-socket {}:{} {attributes}",
                value::str_at(tcp, &["host"]).unwrap_or(""),
                port_text(tcp)
            )
        } else if let Some(grpc) = value::at(probe, &["grpc"]) {
            format!(
                "grpc <pod>:{} {} {attributes}",
                value::i64_at(grpc, &["port"]).unwrap_or(0),
                value::str_at(grpc, &["service"]).unwrap_or("")
            )
        } else {
            format!("unknown {attributes}")
        };
        let _ = writeln!(w, "    {title}:\t{text}");
    }
}

/// `describeVolumes`, for a pod or (`template`) a pod template: each volume's source in the
/// order upstream's switch tests them, `<unknown>` for a source it does not know.
fn write_volumes(w: &mut String, volumes: &[Value], template: bool) {
    let space = if template { "  " } else { "" };
    if volumes.is_empty() {
        let _ = writeln!(w, "{space}Volumes:\t<none>");
        return;
    }
    let _ = writeln!(w, "{space}Volumes:");
    let optional = |source: &Value| value::at(source, &["optional"]) == Some(&Value::Bool(true));
    let flag = |source: &Value, key: &str| value::at(source, &[key]) == Some(&Value::Bool(true));
    let text = |source: &Value, key: &str| value::str_at(source, &[key]).unwrap_or("").to_string();
    for volume in volumes {
        let name = value::str_at(volume, &["name"]).unwrap_or("");
        let _ = writeln!(w, "  {}{name}:", if template { " " } else { "" });
        let source = |key: &str| value::at(volume, &[key]).filter(|source| !source.is_null());
        if let Some(host_path) = source("hostPath") {
            let _ = writeln!(
                w,
                "    Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{}",
                value::str_at(host_path, &["path"]).unwrap_or(""),
                // A nil `type` is `<none>`; the API server stores `type: ""` as it is given.
                value::str_at(host_path, &["type"]).unwrap_or("<none>")
            );
        } else if let Some(empty_dir) = source("emptyDir") {
            let size_limit = value::str_at(empty_dir, &["sizeLimit"])
                .filter(|limit| quantity(limit) > 0)
                .unwrap_or("<unset>");
            let _ = writeln!(
                w,
                "    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t{}\n    SizeLimit:\t{size_limit}",
                value::str_at(empty_dir, &["medium"]).unwrap_or("")
            );
        } else if let Some(gce) = source("gcePersistentDisk") {
            let _ = writeln!(
                w,
                "    Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n    PDName:\t{}\n    FSType:\t{}\n    Partition:\t{}\n    ReadOnly:\t{}",
                value::str_at(gce, &["pdName"]).unwrap_or(""),
                value::str_at(gce, &["fsType"]).unwrap_or(""),
                value::i64_at(gce, &["partition"]).unwrap_or(0),
                flag(gce, "readOnly")
            );
        } else if let Some(aws) = source("awsElasticBlockStore") {
            let _ = writeln!(
                w,
                "    Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n    VolumeID:\t{}\n    FSType:\t{}\n    Partition:\t{}\n    ReadOnly:\t{}",
                value::str_at(aws, &["volumeID"]).unwrap_or(""),
                value::str_at(aws, &["fsType"]).unwrap_or(""),
                value::i64_at(aws, &["partition"]).unwrap_or(0),
                flag(aws, "readOnly")
            );
        } else if let Some(git) = source("gitRepo") {
            let _ = writeln!(
                w,
                "    Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t{}\n    Revision:\t{}",
                value::str_at(git, &["repository"]).unwrap_or(""),
                value::str_at(git, &["revision"]).unwrap_or("")
            );
        } else if let Some(secret) = source("secret") {
            let _ = writeln!(
                w,
                "    Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t{}\n    Optional:\t{}",
                value::str_at(secret, &["secretName"]).unwrap_or(""),
                optional(secret)
            );
        } else if let Some(config_map) = source("configMap") {
            let _ = writeln!(
                w,
                "    Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t{}\n    Optional:\t{}",
                value::str_at(config_map, &["name"]).unwrap_or(""),
                optional(config_map)
            );
        } else if let Some(nfs) = source("nfs") {
            let _ = writeln!(
                w,
                "    Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t{}\n    Path:\t{}\n    ReadOnly:\t{}",
                value::str_at(nfs, &["server"]).unwrap_or(""),
                value::str_at(nfs, &["path"]).unwrap_or(""),
                flag(nfs, "readOnly")
            );
        } else if let Some(iscsi) = source("iscsi") {
            let _ = writeln!(
                w,
                "    Type:\tISCSI (an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod)\n    TargetPortal:\t{}\n    IQN:\t{}\n    Lun:\t{}\n    ISCSIInterface\t{}\n    FSType:\t{}\n    ReadOnly:\t{}\n    Portals:\t{}\n    DiscoveryCHAPAuth:\t{}\n    SessionCHAPAuth:\t{}\n    SecretRef:\t{}\n    InitiatorName:\t{}",
                text(iscsi, "targetPortal"),
                text(iscsi, "iqn"),
                value::i64_at(iscsi, &["lun"]).unwrap_or(0),
                text(iscsi, "iscsiInterface"),
                text(iscsi, "fsType"),
                flag(iscsi, "readOnly"),
                go_list(iscsi, "portals"),
                flag(iscsi, "chapAuthDiscovery"),
                flag(iscsi, "chapAuthSession"),
                go_local_ref(iscsi, "secretRef"),
                value::str_at(iscsi, &["initiatorName"]).unwrap_or("<none>")
            );
        } else if let Some(glusterfs) = source("glusterfs") {
            let _ = writeln!(
                w,
                "    Type:\tGlusterfs (a Glusterfs mount on the host that shares a pod's lifetime)\n    EndpointsName:\t{}\n    Path:\t{}\n    ReadOnly:\t{}",
                value::str_at(glusterfs, &["endpoints"]).unwrap_or(""),
                value::str_at(glusterfs, &["path"]).unwrap_or(""),
                flag(glusterfs, "readOnly")
            );
        } else if let Some(claim) = source("persistentVolumeClaim") {
            let _ = writeln!(
                w,
                "    Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t{}\n    ReadOnly:\t{}",
                value::str_at(claim, &["claimName"]).unwrap_or(""),
                flag(claim, "readOnly")
            );
        } else if let Some(ephemeral) = source("ephemeral") {
            w.push_str("    Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n");
            if let Some(template) =
                value::at(ephemeral, &["volumeClaimTemplate"]).filter(|t| !t.is_null())
            {
                write_claim_template(w, template);
            }
        } else if let Some(rbd) = source("rbd") {
            let _ = writeln!(
                w,
                "    Type:\tRBD (a Rados Block Device mount on the host that shares a pod's lifetime)\n    CephMonitors:\t{}\n    RBDImage:\t{}\n    FSType:\t{}\n    RBDPool:\t{}\n    RadosUser:\t{}\n    Keyring:\t{}\n    SecretRef:\t{}\n    ReadOnly:\t{}",
                go_list(rbd, "monitors"),
                text(rbd, "image"),
                text(rbd, "fsType"),
                text(rbd, "pool"),
                text(rbd, "user"),
                text(rbd, "keyring"),
                go_local_ref(rbd, "secretRef"),
                flag(rbd, "readOnly")
            );
        } else if let Some(quobyte) = source("quobyte") {
            let _ = writeln!(
                w,
                "    Type:\tQuobyte (a Quobyte mount on the host that shares a pod's lifetime)\n    Registry:\t{}\n    Volume:\t{}\n    ReadOnly:\t{}",
                text(quobyte, "registry"),
                text(quobyte, "volume"),
                flag(quobyte, "readOnly")
            );
        } else if let Some(downward) = source("downwardAPI") {
            w.push_str("    Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
            for item in value::array_at(downward, &["items"]) {
                let path = value::str_at(item, &["path"]).unwrap_or("");
                if let Some(field) = value::at(item, &["fieldRef"]) {
                    let field_path = value::str_at(field, &["fieldPath"]).unwrap_or("");
                    let _ = writeln!(w, "      {field_path} -> {path}");
                }
                if let Some(resource) = value::at(item, &["resourceFieldRef"]) {
                    let name = value::str_at(resource, &["resource"]).unwrap_or("");
                    let _ = writeln!(w, "      {name} -> {path}");
                }
            }
        } else if let Some(azure_disk) = source("azureDisk") {
            // The API server defaults every field printed here (`+default` markers).
            let _ = writeln!(
                w,
                "    Type:\tAzureDisk (an Azure Data Disk mount on the host and bind mount to the pod)\n    DiskName:\t{}\n    DiskURI:\t{}\n    Kind: \t{}\n    FSType:\t{}\n    CachingMode:\t{}\n    ReadOnly:\t{}",
                text(azure_disk, "diskName"),
                text(azure_disk, "diskURI"),
                text(azure_disk, "kind"),
                text(azure_disk, "fsType"),
                text(azure_disk, "cachingMode"),
                flag(azure_disk, "readOnly")
            );
        } else if let Some(vsphere) = source("vsphereVolume") {
            let _ = writeln!(
                w,
                "    Type:\tvSphereVolume (a Persistent Disk resource in vSphere)\n    VolumePath:\t{}\n    FSType:\t{}\n    StoragePolicyName:\t{}",
                text(vsphere, "volumePath"),
                text(vsphere, "fsType"),
                text(vsphere, "storagePolicyName")
            );
        } else if let Some(cinder) = source("cinder") {
            let _ = writeln!(
                w,
                "    Type:\tCinder (a Persistent Disk resource in OpenStack)\n    VolumeID:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}\n    SecretRef:\t{}",
                text(cinder, "volumeID"),
                text(cinder, "fsType"),
                flag(cinder, "readOnly"),
                go_local_ref(cinder, "secretRef")
            );
        } else if let Some(photon) = source("photonPersistentDisk") {
            let _ = writeln!(
                w,
                "    Type:\tPhotonPersistentDisk (a Persistent Disk resource in photon platform)\n    PdID:\t{}\n    FSType:\t{}",
                text(photon, "pdID"),
                text(photon, "fsType")
            );
        } else if let Some(portworx) = source("portworxVolume") {
            let _ = writeln!(
                w,
                "    Type:\tPortworxVolume (a Portworx Volume resource)\n    VolumeID:\t{}",
                text(portworx, "volumeID")
            );
        } else if let Some(scale_io) = source("scaleIO") {
            let _ = writeln!(
                w,
                "    Type:\tScaleIO (a persistent volume backed by a block device in ScaleIO)\n    Gateway:\t{}\n    System:\t{}\n    Protection Domain:\t{}\n    Storage Pool:\t{}\n    Storage Mode:\t{}\n    VolumeName:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}",
                text(scale_io, "gateway"),
                text(scale_io, "system"),
                text(scale_io, "protectionDomain"),
                text(scale_io, "storagePool"),
                text(scale_io, "storageMode"),
                text(scale_io, "volumeName"),
                text(scale_io, "fsType"),
                flag(scale_io, "readOnly")
            );
        } else if let Some(cephfs) = source("cephfs") {
            let _ = writeln!(
                w,
                "    Type:\tCephFS (a CephFS mount on the host that shares a pod's lifetime)\n    Monitors:\t{}\n    Path:\t{}\n    User:\t{}\n    SecretFile:\t{}\n    SecretRef:\t{}\n    ReadOnly:\t{}",
                go_list(cephfs, "monitors"),
                text(cephfs, "path"),
                text(cephfs, "user"),
                text(cephfs, "secretFile"),
                go_local_ref(cephfs, "secretRef"),
                flag(cephfs, "readOnly")
            );
        } else if let Some(storageos) = source("storageos") {
            let _ = writeln!(
                w,
                "    Type:\tStorageOS (a StorageOS Persistent Disk resource)\n    VolumeName:\t{}\n    VolumeNamespace:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}",
                text(storageos, "volumeName"),
                text(storageos, "volumeNamespace"),
                text(storageos, "fsType"),
                flag(storageos, "readOnly")
            );
        } else if let Some(fc) = source("fc") {
            let wwns: Vec<&str> = value::array_at(fc, &["targetWWNs"])
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let lun = value::i64_at(fc, &["lun"])
                .map(|lun| lun.to_string())
                .unwrap_or_else(|| "<none>".to_string());
            let _ = writeln!(
                w,
                "    Type:\tFC (a Fibre Channel disk)\n    TargetWWNs:\t{}\n    LUN:\t{lun}\n    FSType:\t{}\n    ReadOnly:\t{}",
                wwns.join(", "),
                value::str_at(fc, &["fsType"]).unwrap_or(""),
                flag(fc, "readOnly")
            );
        } else if let Some(azure_file) = source("azureFile") {
            let _ = writeln!(
                w,
                "    Type:\tAzureFile (an Azure File Service mount on the host and bind mount to the pod)\n    SecretName:\t{}\n    ShareName:\t{}\n    ReadOnly:\t{}",
                value::str_at(azure_file, &["secretName"]).unwrap_or(""),
                value::str_at(azure_file, &["shareName"]).unwrap_or(""),
                flag(azure_file, "readOnly")
            );
        } else if let Some(flex) = source("flexVolume") {
            let _ = writeln!(
                w,
                "    Type:\tFlexVolume (a generic volume resource that is provisioned/attached using an exec based plugin)\n    Driver:\t{}\n    FSType:\t{}\n    SecretRef:\t{}\n    ReadOnly:\t{}\n    Options:\t{}",
                text(flex, "driver"),
                text(flex, "fsType"),
                go_local_ref(flex, "secretRef"),
                flag(flex, "readOnly"),
                go_string_map(&string_map(flex, &["options"]))
            );
        } else if let Some(flocker) = source("flocker") {
            let _ = writeln!(
                w,
                "    Type:\tFlocker (a Flocker volume mounted by the Flocker agent)\n    DatasetName:\t{}\n    DatasetUUID:\t{}",
                text(flocker, "datasetName"),
                text(flocker, "datasetUUID")
            );
        } else if let Some(projected) = source("projected") {
            // `printProjectedVolumeSource`: a line or two per source.
            w.push_str("    Type:\tProjected (a volume that contains injected data from multiple sources)\n");
            for part in value::array_at(projected, &["sources"]) {
                if let Some(secret) = value::at(part, &["secret"]) {
                    let _ = writeln!(
                        w,
                        "    SecretName:\t{}\n    Optional:\t{}",
                        value::str_at(secret, &["name"]).unwrap_or(""),
                        optional(secret)
                    );
                } else if value::at(part, &["downwardAPI"]).is_some() {
                    w.push_str("    DownwardAPI:\ttrue\n");
                } else if let Some(config_map) = value::at(part, &["configMap"]) {
                    let _ = writeln!(
                        w,
                        "    ConfigMapName:\t{}\n    Optional:\t{}",
                        value::str_at(config_map, &["name"]).unwrap_or(""),
                        optional(config_map)
                    );
                } else if let Some(token) = value::at(part, &["serviceAccountToken"]) {
                    let _ = writeln!(
                        w,
                        "    TokenExpirationSeconds:\t{}",
                        value::i64_at(token, &["expirationSeconds"]).unwrap_or(3600)
                    );
                }
            }
        } else if let Some(csi) = source("csi") {
            let _ = writeln!(
                w,
                "    Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}",
                value::str_at(csi, &["driver"]).unwrap_or(""),
                value::str_at(csi, &["fsType"]).unwrap_or(""),
                flag(csi, "readOnly")
            );
            // `printCSIPersistentVolumeAttributesMultilineIndent`: every write at LEVEL_2, so
            // each value (and each continuation's tab) gets four spaces of its own.
            let attributes: Vec<String> = string_map(csi, &["volumeAttributes"])
                .iter()
                .map(|(key, val)| {
                    let line = format!("{key}={val}");
                    if line.len() > 140 {
                        format!("{}...", String::from_utf8_lossy(&line.as_bytes()[..140]))
                    } else {
                        line
                    }
                })
                .collect();
            w.push_str("    VolumeAttributes:\t");
            if attributes.is_empty() {
                w.push_str("<none>\n");
            }
            for (index, line) in attributes.iter().enumerate() {
                if index > 0 {
                    w.push_str("        \t");
                }
                let _ = writeln!(w, "    {line}");
            }
        } else if let Some(image) = source("image") {
            let _ = writeln!(
                w,
                "    Type:\tImage (a container image or OCI artifact)\n    Reference:\t{}\n    PullPolicy:\t{}",
                value::str_at(image, &["reference"]).unwrap_or(""),
                value::str_at(image, &["pullPolicy"]).unwrap_or("")
            );
        } else {
            w.push_str("  <unknown>\n");
        }
    }
}

/// Go's `%v` of a string slice: `[a b]`, `[]` when empty or unset.
fn go_list(object: &Value, key: &str) -> String {
    let items: Vec<&str> = value::array_at(object, &[key])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    format!("[{}]", items.join(" "))
}

/// Go's `%v` of a `*LocalObjectReference` (its generated `String()`): `nil` when unset.
fn go_local_ref(object: &Value, key: &str) -> String {
    match value::at(object, &[key]).filter(|reference| !reference.is_null()) {
        Some(reference) => format!(
            "&LocalObjectReference{{Name:{},}}",
            value::str_at(reference, &["name"]).unwrap_or("")
        ),
        None => "nil".to_string(),
    }
}

/// Go's `%v` of a `map[string]string`: `map[k1:v1 k2:v2]`, keys sorted.
fn go_string_map(map: &BTreeMap<String, String>) -> String {
    let pairs: Vec<String> = map
        .iter()
        .map(|(key, val)| format!("{key}:{val}"))
        .collect();
    format!("map[{}]", pairs.join(" "))
}

/// A string map at `path` (labels, annotations, CSI attributes), by key.
fn string_map(object: &Value, path: &[&str]) -> BTreeMap<String, String> {
    match value::at(object, path) {
        Some(Value::Object(map)) => map
            .iter()
            .map(|(key, val)| (key.clone(), val.as_str().unwrap_or("").to_string()))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// `printPersistentVolumeClaim` for an ephemeral volume's claim template (not a full claim),
/// through `NewNestedPrefixWriter(w, LEVEL_2)`: every write starts with four spaces, even one
/// that continues a line, so label and annotation values (and `<none>`) follow their tab after
/// four more spaces.
fn write_claim_template(w: &mut String, template: &Value) {
    let spec = value::at(template, &["spec"]).unwrap_or(&Value::Null);
    let annotations = string_map(template, &["metadata", "annotations"]);
    // `GetPersistentVolumeClaimClass`: the beta annotation wins over `storageClassName`.
    let class = annotations
        .get("volume.beta.kubernetes.io/storage-class")
        .map(String::as_str)
        .or_else(|| value::str_at(spec, &["storageClassName"]))
        .unwrap_or("");
    let volume_name = value::str_at(spec, &["volumeName"]).unwrap_or("");
    let _ = writeln!(w, "    StorageClass:\t{class}\n    Volume:\t{volume_name}");
    // `printLabelsMultilineWithIndent`: continuation lines write "" and "\t" at LEVEL_0.
    let labels: Vec<String> = string_map(template, &["metadata", "labels"])
        .iter()
        .map(|(key, val)| format!("    {key}={val}\n"))
        .collect();
    write_nested_entries(w, "Labels", &labels, "        \t");
    // `printAnnotationsMultiline`: the last-applied annotation is skipped.
    let annotations: Vec<String> = annotations
        .iter()
        .filter(|(key, _)| key.as_str() != "kubectl.kubernetes.io/last-applied-configuration")
        .map(|(key, val)| {
            let entry = annotation_value(key, val);
            let mut lines = entry.split('\n');
            let mut text = format!("    {}\n", lines.next().unwrap_or(""));
            for line in lines {
                let _ = writeln!(text, "    {line}");
            }
            text
        })
        .collect();
    write_nested_entries(w, "Annotations", &annotations, "    \t");
    // Without a bound volume, no capacity or access modes; with one, the (empty) status's.
    let capacity = if volume_name.is_empty() { "" } else { "0" };
    let _ = writeln!(w, "    Capacity:\t{capacity}\n    Access Modes:\t");
    if let Some(mode) = value::str_at(spec, &["volumeMode"]) {
        let _ = writeln!(w, "    VolumeMode:\t{mode}");
    }
    if let Some(source) = value::at(spec, &["dataSource"]).filter(|source| !source.is_null()) {
        w.push_str("    DataSource:\n");
        if let Some(group) = value::str_at(source, &["apiGroup"]) {
            let _ = writeln!(w, "      APIGroup:\t{group}");
        }
        let _ = writeln!(
            w,
            "      Kind:\t{}\n      Name:\t{}",
            value::str_at(source, &["kind"]).unwrap_or(""),
            value::str_at(source, &["name"]).unwrap_or("")
        );
    }
}

/// A multi-line title through the nested prefix writer: `entries` are whole lines (with their
/// own four spaces), `continuation` what goes before each after the first.
fn write_nested_entries(w: &mut String, title: &str, entries: &[String], continuation: &str) {
    let _ = write!(w, "    {title}:\t");
    if entries.is_empty() {
        w.push_str("    <none>\n");
    }
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            w.push_str(continuation);
        }
        w.push_str(entry);
    }
}

/// `printPodTolerationsMultiline`: sorted by key (stably), `op=Exists` for the toleration
/// that tolerates everything.
fn write_tolerations(w: &mut String, title: &str, tolerations: &[crate::api::Toleration]) {
    let mut sorted: Vec<&crate::api::Toleration> = tolerations.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| {
        a.key
            .as_deref()
            .unwrap_or("")
            .cmp(b.key.as_deref().unwrap_or(""))
    });
    if sorted.is_empty() {
        let _ = writeln!(w, "{title}:\t<none>");
        return;
    }
    for (index, t) in sorted.iter().enumerate() {
        let mut text = t.key.clone().unwrap_or_default();
        let value = t.value.as_deref().unwrap_or("");
        if !value.is_empty() {
            let _ = write!(text, "={value}");
        }
        if let Some(effect) = t.effect.as_deref().filter(|e| !e.is_empty()) {
            let _ = write!(text, ":{effect}");
        }
        if t.operator == "Exists" && value.is_empty() {
            text.push_str(if text.is_empty() {
                "op=Exists"
            } else {
                " op=Exists"
            });
        }
        if let Some(seconds) = t.toleration_seconds {
            let _ = write!(text, " for {seconds}s");
        }
        if index == 0 {
            let _ = writeln!(w, "{title}:\t{text}");
        } else {
            let _ = writeln!(w, "\t{text}");
        }
    }
}

fn describe_job(cluster: &Cluster, job: &Job, show_events: bool) -> String {
    let spec = &job.spec;
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", job.meta.name);
    let _ = writeln!(w, "Namespace:\t{}", job.namespace());
    let _ = writeln!(w, "Selector:\t{}", job.selector);
    w.push_str(&multiline("Labels", &job.meta.labels, "="));
    w.push_str(&multiline("Annotations", &job.meta.annotations, ": "));
    if let Some(owner) = job.meta.controller() {
        let _ = writeln!(w, "Controlled By:\t{}/{}", owner.kind, owner.name);
    }
    if let Some(parallelism) = value::i64_at(spec, &["parallelism"]) {
        let _ = writeln!(w, "Parallelism:\t{parallelism}");
    }
    match value::i64_at(spec, &["completions"]) {
        Some(completions) => {
            let _ = writeln!(w, "Completions:\t{completions}");
        }
        None => w.push_str("Completions:\t<unset>\n"),
    }
    if let Some(mode) = value::str_at(spec, &["completionMode"]) {
        let _ = writeln!(w, "Completion Mode:\t{mode}");
    }
    if let Some(suspend) = value::at(spec, &["suspend"]).and_then(Value::as_bool) {
        let _ = writeln!(w, "Suspend:\t{suspend}");
    }
    if let Some(limit) = value::i64_at(spec, &["backoffLimit"]) {
        let _ = writeln!(w, "Backoff Limit:\t{limit}");
    }
    if let Some(ttl) = value::i64_at(spec, &["ttlSecondsAfterFinished"]) {
        let _ = writeln!(w, "TTL Seconds After Finished:\t{ttl}");
    }
    if let Some(start) = job.start_time {
        let _ = writeln!(w, "Start Time:\t{}", start.rfc1123z());
    }
    if let Some(end) = job.completion_time {
        let _ = writeln!(w, "Completed At:\t{}", end.rfc1123z());
        let _ = writeln!(
            w,
            "Duration:\t{}",
            super::super::table::job_duration(job, cluster.now())
        );
    }
    if let Some(deadline) = value::i64_at(spec, &["activeDeadlineSeconds"]) {
        let _ = writeln!(w, "Active Deadline Seconds:\t{deadline}s");
    }
    match job.ready {
        None => {
            let _ = writeln!(
                w,
                "Pods Statuses:\t{} Active / {} Succeeded / {} Failed",
                job.active, job.succeeded, job.failed
            );
        }
        Some(ready) => {
            let _ = writeln!(
                w,
                "Pods Statuses:\t{} Active ({ready} Ready) / {} Succeeded / {} Failed",
                job.active, job.succeeded, job.failed
            );
        }
    }
    pod_template(&mut w, spec);
    let events = events_section(cluster, &job.meta.uid, show_events);
    finish(&w, &events)
}

fn describe_daemon_set(cluster: &Cluster, daemon_set: &DaemonSet, show_events: bool) -> String {
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", daemon_set.meta.name);
    let _ = writeln!(w, "Namespace:\t{}", daemon_set.namespace());
    let _ = writeln!(w, "Selector:\t{}", daemon_set.selector);
    let node_selector =
        value::string_map_at(&daemon_set.spec, &["template", "spec", "nodeSelector"]);
    let _ = writeln!(
        w,
        "Node-Selector:\t{}",
        selector::format_labels(&node_selector)
    );
    w.push_str(&multiline("Labels", &daemon_set.meta.labels, "="));
    w.push_str(&multiline(
        "Annotations",
        &daemon_set.meta.annotations,
        ": ",
    ));
    let _ = writeln!(
        w,
        "Desired Number of Nodes Scheduled: {}",
        daemon_set.desired_scheduled
    );
    let _ = writeln!(
        w,
        "Current Number of Nodes Scheduled: {}",
        daemon_set.current_scheduled
    );
    let _ = writeln!(
        w,
        "Number of Nodes Scheduled with Up-to-date Pods: {}",
        daemon_set.updated_scheduled
    );
    let _ = writeln!(
        w,
        "Number of Nodes Scheduled with Available Pods: {}",
        daemon_set.available
    );
    let _ = writeln!(
        w,
        "Number of Nodes Misscheduled: {}",
        daemon_set.misscheduled
    );
    let counts = controller_pod_counts(
        cluster,
        daemon_set.namespace(),
        &daemon_set.selector,
        &daemon_set.meta.uid,
    );
    let _ = writeln!(
        w,
        "Pods Status:\t{} Running / {} Waiting / {} Succeeded / {} Failed",
        counts[0], counts[1], counts[2], counts[3]
    );
    pod_template(&mut w, &daemon_set.spec);
    let events = events_section(cluster, &daemon_set.meta.uid, show_events);
    finish(&w, &events)
}

/// `getPodStatusForController`: the phases of the pods a controller owns that its selector
/// matches (Running, Pending, Succeeded, Failed).
fn controller_pod_counts(
    cluster: &Cluster,
    namespace: &str,
    selector: &selector::Selector,
    uid: &str,
) -> [usize; 4] {
    let mut counts = [0usize; 4];
    for pod in cluster.pods().filter(|p| {
        p.namespace() == namespace
            && selector.matches(&p.meta.labels)
            && p.meta.controller().is_some_and(|o| o.uid == uid)
    }) {
        let index = match pod.status.phase {
            crate::api::PodPhase::Running => 0,
            crate::api::PodPhase::Pending => 1,
            crate::api::PodPhase::Succeeded => 2,
            crate::api::PodPhase::Failed => 3,
            _ => continue,
        };
        if let Some(count) = counts.get_mut(index) {
            *count += 1;
        }
    }
    counts
}

fn describe_deployment(cluster: &Cluster, deployment: &Deployment, show_events: bool) -> String {
    let spec = &deployment.spec;
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", deployment.meta.name);
    let _ = writeln!(w, "Namespace:\t{}", deployment.namespace());
    let _ = writeln!(
        w,
        "CreationTimestamp:\t{}",
        deployment.meta.creation_timestamp.rfc1123z()
    );
    w.push_str(&multiline("Labels", &deployment.meta.labels, "="));
    w.push_str(&multiline(
        "Annotations",
        &deployment.meta.annotations,
        ": ",
    ));
    let _ = writeln!(w, "Selector:\t{}", deployment.selector);
    let _ = writeln!(
        w,
        "Replicas:\t{} desired | {} updated | {} total | {} available | {} unavailable",
        deployment.replicas,
        deployment.status_updated,
        deployment.status_replicas,
        deployment.status_available,
        deployment.status_unavailable
    );
    let _ = writeln!(
        w,
        "StrategyType:\t{}",
        value::str_at(spec, &["strategy", "type"]).unwrap_or("")
    );
    let _ = writeln!(
        w,
        "MinReadySeconds:\t{}",
        value::i64_at(spec, &["minReadySeconds"]).unwrap_or(0)
    );
    if let Some(rolling) = value::at(spec, &["strategy", "rollingUpdate"]) {
        let text = |field: &str| match rolling.get(field) {
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
            None => "0".to_string(),
        };
        let _ = writeln!(
            w,
            "RollingUpdateStrategy:\t{} max unavailable, {} max surge",
            text("maxUnavailable"),
            text("maxSurge")
        );
    }
    pod_template(&mut w, spec);
    if !deployment.conditions.is_empty() {
        w.push_str("Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n");
        for condition in &deployment.conditions {
            let _ = writeln!(
                w,
                "  {} \t{}\t{}",
                condition.condition_type, condition.status, condition.reason
            );
        }
    }
    // `GetAllReplicaSets`: the old ReplicaSets that still have replicas, and the new one.
    let template = value::at(spec, &["template"]);
    let mut old = Vec::new();
    let mut new = Vec::new();
    for object in cluster.list(Kind::ReplicaSet, Some(deployment.namespace())) {
        let ObjectView::ReplicationController(set) = object else {
            continue;
        };
        if !set
            .meta
            .controller()
            .is_some_and(|owner| owner.uid == deployment.meta.uid)
        {
            continue;
        }
        let text = format!(
            "{} ({}/{} replicas created)",
            set.meta.name, set.status_replicas, set.replicas
        );
        if crate::cluster::same_template_ignoring_hash(
            value::at(&set.spec, &["template"]),
            template,
        ) {
            new.push(text);
        } else if set.replicas != 0 {
            old.push(text);
        }
    }
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "<none>".to_string()
        } else {
            items.join(", ")
        }
    };
    if !old.is_empty() || !new.is_empty() {
        let _ = writeln!(w, "OldReplicaSets:\t{}", list(old));
        let _ = writeln!(w, "NewReplicaSet:\t{}", list(new));
    }
    let events = events_section(cluster, &deployment.meta.uid, show_events);
    finish(&w, &events)
}

fn describe_service(cluster: &Cluster, service: &Service, show_events: bool) -> String {
    let spec = &service.spec;
    let mut w = String::new();
    let _ = writeln!(w, "Name:\t{}", service.meta.name);
    let _ = writeln!(
        w,
        "Namespace:\t{}",
        service.meta.namespace.clone().unwrap_or_default()
    );
    w.push_str(&multiline("Labels", &service.meta.labels, "="));
    w.push_str(&multiline("Annotations", &service.meta.annotations, ": "));
    let selector_map = value::string_map_at(spec, &["selector"]);
    let _ = writeln!(
        w,
        "Selector:\t{}",
        if selector_map.is_empty() {
            "<none>".to_string()
        } else {
            selector::format_labels(&selector_map)
        }
    );
    let _ = writeln!(
        w,
        "Type:\t{}",
        value::str_at(spec, &["type"]).unwrap_or("ClusterIP")
    );
    if let Some(policy) = value::str_at(spec, &["ipFamilyPolicy"]) {
        let _ = writeln!(w, "IP Family Policy:\t{policy}");
    }
    let none_if_empty = |items: Vec<&str>| {
        if items.is_empty() {
            "<none>".to_string()
        } else {
            items.join(",")
        }
    };
    let families: Vec<&str> = value::array_at(spec, &["ipFamilies"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let _ = writeln!(w, "IP Families:\t{}", none_if_empty(families));
    let _ = writeln!(
        w,
        "IP:\t{}",
        value::str_at(spec, &["clusterIP"]).unwrap_or("")
    );
    let ips: Vec<&str> = value::array_at(spec, &["clusterIPs"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let _ = writeln!(w, "IPs:\t{}", none_if_empty(ips));
    let external_ips: Vec<&str> = value::array_at(spec, &["externalIPs"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !external_ips.is_empty() {
        let _ = writeln!(w, "External IPs:\t{}", external_ips.join(","));
    }
    if let Some(ip) = value::str_at(spec, &["loadBalancerIP"]).filter(|ip| !ip.is_empty()) {
        let _ = writeln!(w, "Desired LoadBalancer IP:\t{ip}");
    }
    if let Some(name) = value::str_at(spec, &["externalName"]).filter(|name| !name.is_empty()) {
        let _ = writeln!(w, "External Name:\t{name}");
    }
    let namespace = service.meta.namespace.as_deref().unwrap_or("");
    let slices: Vec<Value> = cluster
        .list(Kind::EndpointSlice, Some(namespace))
        .iter()
        .filter(|slice| {
            slice.meta().labels.get(crate::cluster::SERVICE_NAME) == Some(&service.meta.name)
        })
        .map(|slice| slice.to_value())
        .collect();
    for port in value::array_at(spec, &["ports"]) {
        let name = value::str_at(port, &["name"]).unwrap_or("<unset>");
        let number = value::i64_at(port, &["port"]).unwrap_or(0);
        let protocol = value::str_at(port, &["protocol"]).unwrap_or("TCP");
        let target = match value::at(port, &["targetPort"]) {
            // An IntOrString the API server has validated: a port number or a name.
            Some(Value::Number(n)) => n.as_i64().unwrap_or_default().to_string(),
            Some(Value::String(s)) => s.clone(),
            _ => number.to_string(),
        };
        let _ = writeln!(w, "Port:\t{name}  {number}/{protocol}");
        let _ = writeln!(w, "TargetPort:\t{target}/{protocol}");
        if let Some(node_port) = value::i64_at(port, &["nodePort"]).filter(|port| *port != 0) {
            let _ = writeln!(w, "NodePort:\t{name}  {node_port}/{protocol}");
        }
        let port_name = value::str_at(port, &["name"]).unwrap_or("");
        let _ = writeln!(
            w,
            "Endpoints:\t{}",
            format_endpoint_slices(&slices, port_name)
        );
    }
    let _ = writeln!(
        w,
        "Session Affinity:\t{}",
        value::str_at(spec, &["sessionAffinity"]).unwrap_or("None")
    );
    if let Some(policy) = value::str_at(spec, &["externalTrafficPolicy"]) {
        let _ = writeln!(w, "External Traffic Policy:\t{policy}");
    }
    if let Some(policy) = value::str_at(spec, &["internalTrafficPolicy"]) {
        let _ = writeln!(w, "Internal Traffic Policy:\t{policy}");
    }
    let events = events_section(cluster, &service.meta.uid, show_events);
    finish(&w, &events)
}

/// `formatEndpointSlices` for one port name: up to three ready `ip:port`s of the Service's
/// slices (addresses alone for a slice without ports), then `+ N more...`; `<none>` without
/// slices.
fn format_endpoint_slices(slices: &[Value], port_name: &str) -> String {
    if slices.is_empty() {
        return "<none>".to_string();
    }
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let mut more = false;
    let mut count = 0;
    for slice in slices {
        let ports = value::array_at(slice, &["ports"]);
        let numbers: Vec<Option<i64>> = if ports.is_empty() {
            vec![None]
        } else {
            ports
                .iter()
                .filter(|port| value::str_at(port, &["name"]).unwrap_or("") == port_name)
                .map(|port| Some(value::i64_at(port, &["port"]).unwrap_or(0)))
                .collect()
        };
        for number in numbers {
            for endpoint in value::array_at(slice, &["endpoints"]) {
                if list.len() == MAX {
                    more = true;
                }
                // A missing `ready` is an unknown state, read as ready.
                if value::at(endpoint, &["conditions", "ready"]) == Some(&Value::Bool(false)) {
                    continue;
                }
                if !more {
                    let address = value::array_at(endpoint, &["addresses"])
                        .first()
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    list.push(match number {
                        Some(number) => format!("{address}:{number}"),
                        None => address.to_string(),
                    });
                }
                count += 1;
            }
        }
    }
    let text = list.join(",");
    if more {
        format!("{text} + {} more...", count - MAX)
    } else {
        text
    }
}

/// `describeEndpoints` and `describeEndpointSliceV1`.
/// The `Name  Port  Protocol` table of an Endpoints subset or a slice, indented by `indent`
/// (a missing name is `<unset>`; `port` formats a missing or present number).
fn write_port_table(
    w: &mut String,
    ports: &[Value],
    indent: &str,
    port: impl Fn(Option<i64>) -> String,
) {
    let _ = writeln!(
        w,
        "{indent}Name\tPort\tProtocol\n{indent}----\t----\t--------"
    );
    for entry in ports {
        let _ = writeln!(
            w,
            "{indent}{}\t{}\t{}",
            value::str_at(entry, &["name"])
                .filter(|name| !name.is_empty())
                .unwrap_or("<unset>"),
            port(value::i64_at(entry, &["port"])),
            value::str_at(entry, &["protocol"]).unwrap_or("")
        );
    }
}

fn describe_endpoints(cluster: &Cluster, endpoints: &Endpoints, show_events: bool) -> String {
    let object = endpoints.to_value();
    let mut w = String::new();
    write_namespaced_header(&mut w, &endpoints.meta);
    let or = |text: String, empty: &str| {
        if text.is_empty() {
            empty.to_string()
        } else {
            text
        }
    };
    if endpoints.kind == Kind::Endpoints {
        w.push_str("Subsets:\n");
        for subset in value::array_at(&object, &["subsets"]) {
            for (title, field) in [
                ("Addresses", "addresses"),
                ("NotReadyAddresses", "notReadyAddresses"),
            ] {
                let ips: Vec<&str> = value::array_at(subset, &[field])
                    .iter()
                    .map(|address| value::str_at(address, &["ip"]).unwrap_or(""))
                    .collect();
                let _ = writeln!(w, "  {title}:\t{}", or(ips.join(","), "<none>"));
            }
            let ports = value::array_at(subset, &["ports"]);
            if !ports.is_empty() {
                w.push_str("  Ports:\n");
                write_port_table(&mut w, ports, "    ", |port| port.unwrap_or(0).to_string());
            }
            w.push('\n');
        }
    } else {
        let _ = writeln!(
            w,
            "AddressType:\t{}",
            value::str_at(&object, &["addressType"]).unwrap_or("")
        );
        let ports = value::array_at(&object, &["ports"]);
        if ports.is_empty() {
            w.push_str("Ports: <unset>\n");
        } else {
            w.push_str("Ports:\n");
            write_port_table(&mut w, ports, "  ", |port| {
                port.map_or("<unset>".into(), |n| n.to_string())
            });
        }
        let items = value::array_at(&object, &["endpoints"]);
        if items.is_empty() {
            w.push_str("Endpoints: <none>\n");
        } else {
            w.push_str("Endpoints:\n");
        }
        let unset = |path: &[&str], endpoint: &Value| match value::at(endpoint, path) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Bool(flag)) => flag.to_string(),
            _ => "<unset>".to_string(),
        };
        for endpoint in items {
            let addresses: Vec<&str> = value::array_at(endpoint, &["addresses"])
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let _ = writeln!(w, "  - Addresses:\t{}", or(addresses.join(", "), "<none>"));
            let _ = writeln!(
                w,
                "    Conditions:\n      Ready:\t{}\n    Hostname:\t{}",
                unset(&["conditions", "ready"], endpoint),
                unset(&["hostname"], endpoint)
            );
            if let Some(target) = value::at(endpoint, &["targetRef"]) {
                let _ = writeln!(
                    w,
                    "    TargetRef:\t{}/{}",
                    value::str_at(target, &["kind"]).unwrap_or(""),
                    value::str_at(target, &["name"]).unwrap_or("")
                );
            }
            let _ = writeln!(
                w,
                "    NodeName:\t{}\n    Zone:\t{}",
                unset(&["nodeName"], endpoint),
                unset(&["zone"], endpoint)
            );
        }
    }
    let events = events_section(cluster, &endpoints.meta.uid, show_events);
    finish(&w, &events)
}

/// `Name`, `Namespace`, `Labels` and `Annotations`, as most describers begin.
fn write_namespaced_header(w: &mut String, meta: &crate::api::ObjectMeta) {
    let _ = writeln!(w, "Name:\t{}", meta.name);
    let _ = writeln!(w, "Namespace:\t{}", meta.namespace.as_deref().unwrap_or(""));
    w.push_str(&multiline("Labels", &meta.labels, "="));
    w.push_str(&multiline("Annotations", &meta.annotations, ": "));
}

/// `describeConfigMap`: each value under its key, then the sizes of the binary values.
fn describe_config_map(cluster: &Cluster, config_map: &ConfigMap, show_events: bool) -> String {
    let mut w = String::new();
    write_namespaced_header(&mut w, &config_map.meta);
    w.push_str("\nData\n====\n");
    for (key, value) in &config_map.data {
        let _ = write!(w, "{key}:\n----\n{value}\n\n");
    }
    w.push_str("\nBinaryData\n====\n");
    for (key, value) in &config_map.binary_data {
        let bytes = crate::cluster::base64_decoded_len(value);
        let _ = writeln!(w, "{key}: {bytes} bytes");
    }
    w.push('\n');
    let events = events_section(cluster, &config_map.meta.uid, show_events);
    finish(&w, &events)
}

/// `describeSecret`: the sizes of the values, never the values (but a service account
/// token's `token`). No events.
fn describe_secret(secret: &Secret) -> String {
    let mut w = String::new();
    write_namespaced_header(&mut w, &secret.meta);
    let _ = write!(w, "\nType:\t{}\n\nData\n====\n", secret.secret_type);
    for (key, value) in &secret.data {
        if key == "token" && secret.secret_type == "kubernetes.io/service-account-token" {
            let _ = writeln!(w, "{key}:\t{}", secret.value(key).unwrap_or_default());
        } else {
            let _ = writeln!(
                w,
                "{key}:\t{} bytes",
                crate::cluster::base64_decoded_len(value)
            );
        }
    }
    describe_tabbed(&w)
}

/// `describeServiceAccount`: its image pull secrets (since v1.35 neither its mountable
/// secrets nor its tokens, kubernetes#117160).
fn describe_service_account(
    cluster: &Cluster,
    account: &ServiceAccount,
    show_events: bool,
) -> String {
    let mut w = String::new();
    write_namespaced_header(&mut w, &account.meta);
    const HEADER: &str = "Image pull secrets:";
    if account.image_pull_secrets.is_empty() {
        let _ = writeln!(w, "{HEADER}\t<none>");
    }
    for (index, reference) in account.image_pull_secrets.iter().enumerate() {
        let prefix = if index == 0 {
            HEADER
        } else {
            "                   "
        };
        let name = value::str_at(reference, &["name"]).unwrap_or("");
        let _ = writeln!(w, "{prefix}\t{name}");
    }
    let events = events_section(cluster, &account.meta.uid, show_events);
    finish(&w, &events)
}

/// `describePriorityClass`: its fields, and its annotations as `labels.FormatLabels` writes
/// them (on one line, kubectl's last-applied configuration included).
fn describe_priority_class(
    cluster: &Cluster,
    class: &crate::api::PriorityClass,
    show_events: bool,
) -> String {
    let mut w = String::new();
    let _ = write!(
        w,
        "Name:\t{}\nValue:\t{}\nGlobalDefault:\t{}\nPreemptionPolicy:\t{}\nDescription:\t{}\nAnnotations:\t{}\n",
        class.meta.name,
        class.value,
        class.global_default,
        class.preemption_policy.as_deref().unwrap_or(""),
        class.description,
        crate::selector::format_labels(&class.meta.annotations)
    );
    let events = events_section(cluster, &class.meta.uid, show_events);
    finish(&w, &events)
}

/// kubectl has no describer of its own for events: `genericDescriber` prints the name,
/// namespace, labels and annotations, then every other field of the object as the API serves
/// it (`printUnstructuredContent`), and the events about the event.
fn describe_event(cluster: &Cluster, event: &Event, show_events: bool) -> String {
    let mut w = String::new();
    write_namespaced_header(&mut w, &event.meta);
    if let Value::Object(map) = ObjectView::Event(event).to_value() {
        write_unstructured(&mut w, 0, &map, "");
    }
    let events = events_section(cluster, &event.meta.uid, show_events);
    finish(&w, &events)
}

/// `printUnstructuredContent`: fields sorted, a map or list under its label one level in (a
/// list's maps one after the other), a scalar as Go's `%v` prints it (`<nil>` for null).
fn write_unstructured(
    w: &mut String,
    level: usize,
    content: &serde_json::Map<String, Value>,
    path: &str,
) {
    const SKIP: [&str; 5] = [
        ".metadata.managedFields",
        ".metadata.name",
        ".metadata.namespace",
        ".metadata.labels",
        ".metadata.annotations",
    ];
    let indent = "  ".repeat(level);
    for (field, value) in content {
        let field_path = format!("{path}.{field}");
        if SKIP.contains(&field_path.as_str()) {
            continue;
        }
        let label = smart_label(field);
        match value {
            Value::Object(map) => {
                let _ = writeln!(w, "{indent}{label}:");
                write_unstructured(w, level + 1, map, &field_path);
            }
            Value::Array(items) => {
                let _ = writeln!(w, "{indent}{label}:");
                for item in items {
                    match item {
                        Value::Object(map) => write_unstructured(w, level + 1, map, &field_path),
                        other => {
                            let _ = writeln!(w, "{indent}  {}", go_value(other));
                        }
                    }
                }
            }
            other => {
                let _ = writeln!(w, "{indent}{label}:\t{}", go_value(other));
            }
        }
    }
}

/// A JSON scalar as `%v` prints the decoded value.
fn go_value(value: &Value) -> String {
    match value {
        Value::Null => "<nil>".to_string(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `smartLabelFor`: `involvedObject` is `Involved Object`, `apiVersion` `API Version`, `uid`
/// `UID`; a field with characters other than letters and `-` stays as it is.
fn smart_label(field: &str) -> String {
    if field.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return field.to_string();
    }
    let parts = camel_case_split(field);
    let mut merged: Vec<String> = Vec::new();
    let mut index = 0;
    while let Some(part) = parts.get(index) {
        let upper = part.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
        match parts.get(index + 1) {
            Some(next)
                if part.chars().count() >= 2
                    && upper
                    && next.chars().next().is_some_and(char::is_uppercase) =>
            {
                merged.push(format!("{part}{next}"));
                index += 2;
            }
            _ => {
                merged.push(part.clone());
                index += 1;
            }
        }
    }
    let words: Vec<String> = merged
        .into_iter()
        .filter(|part| part != "_")
        .map(|part| {
            let upper = part.to_uppercase();
            if ["API", "URL", "UID", "GUID"].contains(&upper.as_str()) {
                upper
            } else if part.to_lowercase() == part {
                let mut chars = part.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => part,
                }
            } else {
                part
            }
        })
        .collect();
    words.join(" ")
}

/// `camelcase.Split`: runs of lower case, upper case and other characters, the last capital
/// of a run of capitals moved to the lower-case run after it (`HTTPServer`: `HTTP`, `Server`).
fn camel_case_split(text: &str) -> Vec<String> {
    let class = |c: char| {
        if c.is_lowercase() {
            1
        } else if c.is_uppercase() {
            2
        } else {
            3
        }
    };
    let mut runs: Vec<Vec<char>> = Vec::new();
    let mut last = 0;
    for c in text.chars() {
        let current = class(c);
        match runs.last_mut() {
            Some(run) if current == last => run.push(c),
            _ => runs.push(vec![c]),
        }
        last = current;
    }
    for index in 0..runs.len().saturating_sub(1) {
        let moves = matches!(
            (runs.get(index).and_then(|r| r.first()), runs.get(index + 1).and_then(|r| r.first())),
            (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
        );
        if moves {
            if let Some(moved) = runs.get_mut(index).and_then(Vec::pop) {
                if let Some(next) = runs.get_mut(index + 1) {
                    next.insert(0, moved);
                }
            }
        }
    }
    runs.into_iter()
        .filter(|run| !run.is_empty())
        .map(|run| run.into_iter().collect())
        .collect()
}

#[allow(dead_code)]
fn _kind_is_used(_: Kind) {}
