//! `kubectl get` (and `kubectl events`): list or fetch objects and print them as tables or in
//! an `-o` format, with selectors, label columns, sorting and `--watch`.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::resources::{self, Selection};
use super::super::table;
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, Kind};
use crate::cluster::{Cluster, ObjectView};
use crate::printers::tabwriter::{TabWriter, TabWriterConfig};
use crate::selector::{self, FieldSelector, Selector};
use crate::sort::CollectSorted;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// What `get` was asked for, resolved.
struct Request {
    selection: Selection,
    namespace: Option<String>,
    label_selector: Option<Selector>,
    field_selector: Option<FieldSelector>,
    format: OutputFormat,
    show_labels: bool,
    label_columns: Vec<String>,
    no_headers: bool,
    show_kind: bool,
    sort_by: Option<String>,
    ignore_not_found: bool,
    /// The objects named by `-f` (`selection` lists their kinds and names too).
    files: Option<resources::FileTargets>,
}

const NO_TYPE_MESSAGE: &str = "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples";

fn build_request(invocation: &Invocation, env: &Env<'_>) -> Result<Request, KubectlError> {
    if invocation.args.is_empty() && invocation.flags.strings("filename").is_empty() {
        return Err(KubectlError::Raw(NO_TYPE_MESSAGE.to_string()));
    }
    let output = invocation.flags.string("output").unwrap_or("");
    let format = OutputFormat::parse(output, true)?.with_template_flags(&invocation.flags);
    if invocation.flags.bool("show-labels") && !matches!(output, "" | "wide") {
        return Err(KubectlError::message(format!(
            "--show-labels option cannot be used with {output} printer"
        )));
    }
    let files = resources::file_targets(invocation, env)?;
    let selection = match &files {
        Some(files) => Selection::Names(
            files
                .targets
                .iter()
                .map(|(kind, _, name)| (*kind, name.clone()))
                .collect(),
        ),
        None => resources::parse_selection(&invocation.args, "get")?,
    };
    let label_selector_text = invocation
        .flags
        .string("selector")
        .unwrap_or("")
        .trim()
        .to_string();
    let field_selector_text = invocation
        .flags
        .string("field-selector")
        .unwrap_or("")
        .trim()
        .to_string();
    if matches!(selection, Selection::Names(_))
        && files.is_none()
        && (!label_selector_text.is_empty() || !field_selector_text.is_empty())
    {
        return Err(KubectlError::message(
            "name cannot be provided when a selector is specified",
        ));
    }
    let all_namespaces = invocation.flags.bool("all-namespaces");
    let namespace = if all_namespaces {
        None
    } else {
        Some(resources::namespace(invocation, env))
    };
    let first_kind = match &selection {
        Selection::Names(names) => names.first().map(|(kind, _)| *kind),
        Selection::Kinds(kinds) => kinds.first().copied(),
    }
    .unwrap_or(Kind::Pod);
    let bad_request = |message: String| {
        KubectlError::api(ApiError::BadRequest {
            message: format!(
                "Unable to find \"/v1, Resource={}\" that match label selector \"{}\", field selector \"{}\": {message}",
                first_kind.plural(),
                label_selector_text,
                field_selector_text
            ),
        })
    };
    let label_selector = if label_selector_text.is_empty() {
        None
    } else {
        Some(
            selector::parse(&label_selector_text)
                .map_err(|error| bad_request(error.to_string()))?,
        )
    };
    let field_selector = if field_selector_text.is_empty() {
        None
    } else {
        let parsed = selector::parse_field_selector(&field_selector_text)
            .map_err(|error| bad_request(error.to_string()))?;
        for requirement in &parsed.0 {
            let field = &requirement.field;
            if !supported_field(first_kind, field) {
                return Err(bad_request(format!("field label not supported: {field}")));
            }
        }
        Some(parsed)
    };
    let show_kind = invocation.flags.bool("show-kind")
        || invocation
            .args
            .first()
            .map(|first| first.contains(',') || first.eq_ignore_ascii_case("all"))
            .unwrap_or(false)
        || (files.is_none()
            && matches!(&selection, Selection::Names(names) if names.iter().any(|(kind, _)| Some(*kind) != names.first().map(|(k, _)| *k))));
    Ok(Request {
        selection,
        namespace,
        label_selector,
        field_selector,
        format,
        show_labels: invocation.flags.bool("show-labels"),
        label_columns: invocation
            .flags
            .strings("label-columns")
            .iter()
            .flat_map(|item| {
                item.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect(),
        no_headers: invocation.flags.bool("no-headers"),
        show_kind,
        sort_by: invocation
            .flags
            .string("sort-by")
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        ignore_not_found: invocation.flags.bool("ignore-not-found"),
        files,
    })
}

/// Field selectors the API server supports per kind (plus `metadata.name/namespace` for all).
fn supported_field(kind: Kind, field: &str) -> bool {
    if field == "metadata.name" || field == "metadata.namespace" {
        return true;
    }
    match kind {
        Kind::Pod => matches!(
            field,
            "spec.nodeName"
                | "spec.restartPolicy"
                | "spec.schedulerName"
                | "spec.serviceAccountName"
                | "spec.hostNetwork"
                | "status.phase"
                | "status.podIP"
                | "status.podIPs"
                | "status.nominatedNodeName"
        ),
        Kind::Namespace => field == "status.phase",
        Kind::Node => field == "spec.unschedulable",
        Kind::Event => {
            field.starts_with("involvedObject.")
                || matches!(field, "reason" | "reportingComponent" | "source" | "type")
        }
        Kind::ReplicationController => field == "status.replicas",
        Kind::Service => false,
    }
}

/// The value of a selectable field of an object.
pub(crate) fn field_value(object: &ObjectView<'_>, field: &str) -> Option<String> {
    let meta = object.meta();
    match field {
        "metadata.name" => return Some(meta.name.clone()),
        "metadata.namespace" => return Some(meta.namespace.clone().unwrap_or_default()),
        _ => {}
    }
    match object {
        ObjectView::Pod(pod) => Some(match field {
            "spec.nodeName" => pod.node_name.clone().unwrap_or_default(),
            "status.phase" => pod.status.phase.as_str().to_string(),
            "status.podIP" | "status.podIPs" => pod.status.pod_ip.clone().unwrap_or_default(),
            "spec.restartPolicy" => crate::api::value::str_at(&pod.spec, &["restartPolicy"])
                .unwrap_or("Always")
                .to_string(),
            "spec.schedulerName" => "default-scheduler".to_string(),
            "spec.serviceAccountName" => {
                crate::api::value::str_at(&pod.spec, &["serviceAccountName"])
                    .unwrap_or("default")
                    .to_string()
            }
            "spec.hostNetwork" => crate::api::value::at(&pod.spec, &["hostNetwork"])
                .and_then(Value::as_bool)
                .unwrap_or(false)
                .to_string(),
            "status.nominatedNodeName" => String::new(),
            _ => return None,
        }),
        ObjectView::Namespace(namespace) => {
            (field == "status.phase").then(|| match namespace.phase {
                crate::api::NamespacePhase::Active => "Active".to_string(),
                crate::api::NamespacePhase::Terminating => "Terminating".to_string(),
            })
        }
        ObjectView::Node(node) => {
            (field == "spec.unschedulable").then(|| node.unschedulable.to_string())
        }
        ObjectView::Event(event) => match field {
            "involvedObject.kind" => Some(event.involved.kind.clone()),
            "involvedObject.name" => Some(event.involved.name.clone()),
            "involvedObject.namespace" => {
                Some(event.involved.namespace.clone().unwrap_or_default())
            }
            "involvedObject.uid" => Some(event.involved.uid.clone()),
            "involvedObject.fieldPath" => {
                Some(event.involved.field_path.clone().unwrap_or_default())
            }
            "involvedObject.apiVersion" => Some("v1".into()),
            "reason" => Some(event.reason.clone()),
            "type" => Some(event.event_type.to_string()),
            "reportingComponent" => Some(event.source_component.clone()),
            // `source.component`, which events.k8s.io/v1 events (the scheduler's) leave empty.
            "source" => Some(if event.reporting_instance.is_some() {
                String::new()
            } else {
                event.source_component.clone()
            }),
            _ => None,
        },
        ObjectView::ReplicationController(rc) => {
            (field == "status.replicas").then(|| rc.status_replicas.to_string())
        }
        ObjectView::Service(_) => None,
    }
}

fn matches_selectors(request: &Request, object: &ObjectView<'_>) -> bool {
    if let Some(selector) = &request.label_selector {
        if !selector.matches(&object.meta().labels) {
            return false;
        }
    }
    if let Some(fields) = &request.field_selector {
        if !fields.matches_with(&|field: &str| field_value(object, field)) {
            return false;
        }
    }
    true
}

/// Objects grouped per kind, in request order; plus errors for missing names.
fn collect<'c>(
    request: &Request,
    cluster: &'c Cluster,
) -> (Vec<(Kind, Vec<ObjectView<'c>>)>, Vec<KubectlError>) {
    let mut groups: Vec<(Kind, Vec<ObjectView<'c>>)> = Vec::new();
    let mut errors = Vec::new();
    if let Some(files) = &request.files {
        errors.extend(files.placement_errors.iter().cloned());
    }
    match &request.selection {
        Selection::Kinds(kinds) => {
            for kind in kinds {
                let namespace = if kind.namespaced() {
                    request.namespace.as_deref()
                } else {
                    None
                };
                let objects: Vec<ObjectView<'c>> = cluster
                    .list(*kind, namespace)
                    .into_iter()
                    .filter(|object| matches_selectors(request, object))
                    .collect();
                groups.push((*kind, objects));
            }
        }
        Selection::Names(names) => {
            // `-f` objects carry their own namespaces; named arguments are in the request's.
            let targets = match &request.files {
                Some(files) => files.targets.clone(),
                None => {
                    let namespace = request.namespace.as_deref().unwrap_or("default");
                    resources::placed_names(names.clone(), namespace)
                }
            };
            for (kind, namespace, name) in &targets {
                match cluster.get(*kind, namespace, name) {
                    // The builder filters `-f` objects by the selectors.
                    Ok(object)
                        if request.files.is_some() && !matches_selectors(request, &object) => {}
                    Ok(object) => match groups.last_mut() {
                        Some((last_kind, objects)) if last_kind == kind => objects.push(object),
                        _ => groups.push((*kind, vec![object])),
                    },
                    Err(error) => {
                        if !request.ignore_not_found {
                            errors.push(KubectlError::api(error));
                        }
                    }
                }
            }
        }
    }
    if let Some(files) = &request.files {
        errors.extend(files.read_errors.iter().cloned());
    }
    (groups, errors)
}

fn sort_objects(request: &Request, objects: &mut [ObjectView<'_>]) -> Result<(), KubectlError> {
    let Some(sort_by) = &request.sort_by else {
        return Ok(());
    };
    let expression = crate::jsonpath::relaxed_expression(sort_by)
        .map_err(|error| KubectlError::message(error.to_string()))?;
    let path = crate::jsonpath::JsonPath::parse(&expression).map_err(|error| {
        KubectlError::message(format!("error parsing jsonpath {expression}, {error}"))
    })?;
    let mut keyed: Vec<(SortKey, usize)> = objects
        .iter()
        .enumerate()
        .map(|(index, object)| {
            let value = object.to_value();
            let found = path.find_results(&value).unwrap_or_default();
            (
                SortKey::from(found.first().and_then(|group| group.first())),
                index,
            )
        })
        .collect();
    crate::sort::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let reordered: Vec<ObjectView<'_>> = keyed
        .iter()
        .filter_map(|(_, index)| objects.get(*index).copied())
        .collect();
    for (slot, object) in objects.iter_mut().zip(reordered) {
        *slot = object;
    }
    Ok(())
}

/// A sortable field value (numbers numerically, quantities by value, strings lexically).
#[derive(Debug, Clone, PartialEq)]
enum SortKey {
    Missing,
    Number(f64),
    Text(String),
}

impl Eq for SortKey {}

impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match (self, other) {
            (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
            (SortKey::Missing, _) => Ordering::Less,
            (_, SortKey::Missing) => Ordering::Greater,
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Number(_), SortKey::Text(_)) => Ordering::Less,
            (SortKey::Text(_), SortKey::Number(_)) => Ordering::Greater,
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
        }
    }
}

impl From<Option<&Value>> for SortKey {
    fn from(value: Option<&Value>) -> SortKey {
        match value {
            None | Some(Value::Null) => SortKey::Missing,
            Some(Value::Number(number)) => SortKey::Number(number.as_f64().unwrap_or(0.0)),
            Some(Value::String(text)) => match crate::quantity::Quantity::parse(text) {
                Ok(quantity)
                    if text
                        .chars()
                        .next()
                        .map(|c| c.is_ascii_digit())
                        .unwrap_or(false) =>
                {
                    SortKey::Number(quantity.milli_value() as f64)
                }
                _ => SortKey::Text(text.clone()),
            },
            Some(other) => SortKey::Text(other.to_string()),
        }
    }
}

/// Builds the table text for one kind (with decorations), without the trailing blank line.
fn render_table(
    request: &Request,
    cluster: &Cluster,
    kind: Kind,
    objects: &[ObjectView<'_>],
    with_header: bool,
) -> Result<Vec<Vec<String>>, KubectlError> {
    let wide = request.format == OutputFormat::Wide;
    if let OutputFormat::CustomColumns(spec) = &request.format {
        let no_headers = !with_header || request.no_headers;
        let printer = crate::custom_columns::CustomColumnsPrinter::from_spec(spec, no_headers)
            .map_err(|error| KubectlError::message(error.to_string()))?;
        let values: Vec<Value> = objects.iter().map(|object| object.to_value()).collect();
        let printed = printer.print_object(&serde_json::json!({ "items": values }));
        if let Some(error) = printed.error {
            return Err(KubectlError::message(error.to_string()));
        }
        return Ok(printed.rows);
    }
    let mut rows = Vec::new();
    if with_header && !request.no_headers {
        let mut header = Vec::new();
        if request.namespace.is_none() && kind.namespaced() {
            header.push("NAMESPACE".to_string());
        }
        header.extend(table::header(kind, wide));
        for key in &request.label_columns {
            header.push(key.rsplit('/').next().unwrap_or(key).to_uppercase());
        }
        if request.show_labels {
            header.push("LABELS".to_string());
        }
        rows.push(header);
    }
    for object in objects {
        let mut row = Vec::new();
        if request.namespace.is_none() && kind.namespaced() {
            row.push(object.meta().namespace.clone().unwrap_or_default());
        }
        let mut cells = table::row(cluster, object, wide);
        if request.show_kind && kind != Kind::Event {
            if let Some(first) = cells.first_mut() {
                *first = output::name_line(kind, first);
            }
        }
        row.extend(cells);
        for key in &request.label_columns {
            row.push(object.meta().labels.get(key).cloned().unwrap_or_default());
        }
        if request.show_labels {
            row.push(selector::format_labels(&object.meta().labels));
        }
        rows.push(row);
    }
    Ok(rows)
}

fn tabulate(rows: &[Vec<String>]) -> String {
    let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
    for row in rows {
        writer.write_str(&row.join("\t"));
        writer.write_str("\n");
    }
    writer.finish()
}

/// `No resources found in X namespace.` or `No resources found`.
fn no_resources_message(request: &Request, kinds: &[Kind]) -> String {
    match &request.namespace {
        Some(namespace) if kinds.iter().all(|kind| kind.namespaced()) => {
            format!("No resources found in {namespace} namespace.\n")
        }
        _ => "No resources found\n".to_string(),
    }
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let mut request = build_request(invocation, env)?;
    if let (Selection::Kinds(kinds), Some(label_selector)) =
        (&request.selection, invocation.flags.string("selector"))
    {
        if !label_selector.trim().is_empty() {
            let namespaced = kinds.iter().any(|kind| kind.namespaced());
            env.network.record_get_selector(
                kinds.clone(),
                request.namespace.clone().filter(|_| namespaced),
                label_selector.trim().to_string(),
            );
        }
    }
    let watch = invocation.flags.bool("watch") || invocation.flags.bool("watch-only");
    let watch_only = invocation.flags.bool("watch-only");
    let (mut groups, errors) = collect(&request, env.cluster);
    // For `-f`, kinds are shown when the objects found are of several kinds
    // (`MustPrintWithKinds`).
    if request.files.is_some()
        && groups
            .iter()
            .any(|(kind, _)| Some(kind) != groups.first().map(|(k, _)| k))
    {
        request.show_kind = true;
    }
    for (_, objects) in groups.iter_mut() {
        sort_objects(&request, objects)?;
    }
    let kinds: Vec<Kind> = match &request.selection {
        Selection::Kinds(kinds) => kinds.clone(),
        Selection::Names(names) => names.iter().map(|(kind, _)| *kind).collect(),
    };
    let total: usize = groups.iter().map(|(_, objects)| objects.len()).sum();
    let mut printed_widths: Vec<usize> = Vec::new();
    if !watch_only {
        if request.format.is_table() {
            let mut first_table = true;
            for (kind, objects) in &groups {
                if objects.is_empty() {
                    continue;
                }
                let rows = render_table(&request, env.cluster, *kind, objects, true)?;
                if !first_table {
                    io.out("\n");
                }
                first_table = false;
                let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
                for row in &rows {
                    writer.write_str(&row.join("\t"));
                    writer.write_str("\n");
                }
                writer.flush();
                printed_widths = writer.remembered_widths();
                io.out(&writer.finish());
            }
            if total == 0 && errors.is_empty() && !watch {
                io.err(&no_resources_message(&request, &kinds));
            }
        } else {
            let objects: Vec<(Kind, Value)> = groups
                .iter()
                .flat_map(|(kind, objects)| objects.iter().map(|object| (*kind, object.to_value())))
                .collect();
            let single = match &request.files {
                Some(files) => files.single,
                None => matches!(&request.selection, Selection::Names(names) if names.len() == 1),
            };
            if !(objects.is_empty() && request.format == OutputFormat::Name) {
                if objects.is_empty() && single {
                    // The only requested object was missing: nothing to print but the error.
                } else {
                    io.out(&output::print_objects(&request.format, &objects, single)?);
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(KubectlError::Many(errors));
    }
    if !watch {
        return Ok(Outcome::Done(0));
    }
    let seen = snapshot(&request, env.cluster, &groups);
    if !env.interactive {
        return Ok(Outcome::Done(0));
    }
    Ok(Outcome::Wait(Box::new(Watch {
        request,
        seen,
        widths: printed_widths,
        printed_any: total > 0 && !watch_only,
    })))
}

type Fingerprint = BTreeMap<(Kind, String, String), (String, u64)>;

fn snapshot(
    request: &Request,
    cluster: &Cluster,
    groups: &[(Kind, Vec<ObjectView<'_>>)],
) -> Fingerprint {
    let _ = (request, cluster);
    groups
        .iter()
        .flat_map(|(kind, objects)| {
            objects.iter().map(|object| {
                let meta = object.meta();
                (
                    (
                        *kind,
                        meta.namespace.clone().unwrap_or_default(),
                        meta.name.clone(),
                    ),
                    (meta.uid.clone(), meta.resource_version),
                )
            })
        })
        .collect_map()
}

/// `kubectl get -w`: prints a row whenever a watched object changes or goes away.
struct Watch {
    request: Request,
    seen: Fingerprint,
    widths: Vec<usize>,
    printed_any: bool,
}

impl Waiter for Watch {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let (groups, _) = collect(&self.request, env.cluster);
        let now = snapshot(&self.request, env.cluster, &groups);
        let mut changed: Vec<(Kind, ObjectView<'_>)> = Vec::new();
        for (kind, objects) in &groups {
            for object in objects {
                let meta = object.meta();
                let key = (
                    *kind,
                    meta.namespace.clone().unwrap_or_default(),
                    meta.name.clone(),
                );
                if self.seen.get(&key) != now.get(&key) {
                    changed.push((*kind, *object));
                }
            }
        }
        let deleted: Vec<(Kind, String, String)> = self
            .seen
            .keys()
            .filter(|key| !now.contains_key(*key))
            .cloned()
            .collect();
        if changed.is_empty() && deleted.is_empty() {
            return None;
        }
        self.seen = now;
        if !self.request.format.is_table() {
            let objects: Vec<(Kind, Value)> = changed
                .iter()
                .map(|(kind, object)| (*kind, object.to_value()))
                .collect();
            for object in objects {
                if let Ok(text) = output::print_objects(&self.request.format, &[object], true) {
                    io.out(&text);
                }
            }
            return None;
        }
        for (kind, object) in changed {
            let with_header = !self.printed_any;
            let Ok(rows) = render_table(&self.request, env.cluster, kind, &[object], with_header)
            else {
                continue;
            };
            let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
            writer.set_remembered_widths(&self.widths);
            for row in &rows {
                writer.write_str(&row.join("\t"));
                writer.write_str("\n");
            }
            writer.flush();
            self.widths = writer.remembered_widths();
            io.out(&writer.finish());
            self.printed_any = true;
        }
        let _ = deleted;
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }
}

/// `kubectl events`: the newer events command (sorted by time, its own columns).
pub(super) fn events(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let all_namespaces = invocation.flags.bool("all-namespaces");
    let namespace = resources::namespace(invocation, env);
    // `--for TYPE/NAME` and `--types`, checked as kubectl's `EventsOptions.Validate` does.
    let for_object = match invocation.flags.string("for").filter(|f| !f.is_empty()) {
        Some(text) => {
            let Some((kind, name)) = text.split_once('/') else {
                return Err(KubectlError::message("--for must be in resource/name form"));
            };
            Some((resources::resolve_kind(kind)?, name.to_string()))
        }
        None => None,
    };
    let types: Vec<String> = invocation
        .flags
        .strings("types")
        .iter()
        .flat_map(|item| item.split(','))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if types
        .iter()
        .any(|t| !t.eq_ignore_ascii_case("Normal") && !t.eq_ignore_ascii_case("Warning"))
    {
        return Err(KubectlError::message("valid --types are Normal or Warning"));
    }
    let output = invocation.flags.string("output").unwrap_or("");
    let format = OutputFormat::parse(output, false)?.with_template_flags(&invocation.flags);
    let now = env.cluster.now();
    let mut events: Vec<&crate::api::Event> = env
        .cluster
        .list(
            Kind::Event,
            if all_namespaces {
                None
            } else {
                Some(&namespace)
            },
        )
        .into_iter()
        .filter_map(|object| match object {
            ObjectView::Event(event) => Some(event),
            _ => None,
        })
        .filter(|event| match &for_object {
            Some((kind, name)) => {
                event.involved.kind == kind.name() && event.involved.name == *name
            }
            None => true,
        })
        .filter(|event| {
            types.is_empty()
                || types
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(event.event_type))
        })
        .collect();
    crate::sort::sort_by_key(&mut events, |event| {
        (event.last_timestamp, event.first_timestamp)
    });
    if format == OutputFormat::Name {
        for event in &events {
            io.out(&format!("event/{}\n", event.meta.name));
        }
        return Ok(Outcome::Done(0));
    }
    if format != OutputFormat::Table {
        // The typed `EventList` kubectl prints (its items carry no kind/apiVersion).
        let items: Vec<Value> = events
            .iter()
            .map(|event| {
                let mut value = ObjectView::Event(event).to_value();
                if let Value::Object(map) = &mut value {
                    map.remove("kind");
                    map.remove("apiVersion");
                }
                value
            })
            .collect();
        let list = json!({
            "apiVersion": "v1",
            "items": items,
            "kind": "EventList",
            "metadata": {"resourceVersion": env.cluster.resource_version().to_string()}
        });
        io.out(&output::print_typed_object(&format, Kind::Event, list)?);
        return Ok(Outcome::Done(0));
    }
    if events.is_empty() {
        if all_namespaces {
            io.err("No events found.\n");
        } else {
            io.err(&format!("No events found in {namespace} namespace.\n"));
        }
        return Ok(Outcome::Done(0));
    }
    let mut rows = Vec::new();
    let mut header = Vec::new();
    if all_namespaces {
        header.push("NAMESPACE".to_string());
    }
    header.extend(["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"].map(String::from));
    rows.push(header);
    for event in events {
        let mut row = Vec::new();
        if all_namespaces {
            row.push(event.meta.namespace.clone().unwrap_or_default());
        }
        let last = table::age(now, event.last_timestamp);
        row.push(if event.count > 1 {
            format!(
                "{last} (x{} over {})",
                event.count,
                table::age(now, event.first_timestamp)
            )
        } else {
            last
        });
        row.push(event.event_type.to_string());
        row.push(event.reason.clone());
        row.push(format!("{}/{}", event.involved.kind, event.involved.name));
        row.push(event.message.trim().to_string());
        rows.push(row);
    }
    io.out(&tabulate(&rows));
    Ok(Outcome::Done(0))
}
