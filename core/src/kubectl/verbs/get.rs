//! `kubectl get` (and `kubectl events`): list or fetch objects and print them as tables or in
//! an `-o` format, with selectors, label columns, sorting and `--watch`.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::resources::{self, Selection};
use super::super::table;
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, Kind};
use crate::cluster::{Cluster, ObjectCopy, ObjectView};
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
    /// `--server-print=false`: the client's default handler (`NAME AGE`) instead of the
    /// server's table.
    server_print: bool,
    sort_by: Option<String>,
    ignore_not_found: bool,
    /// `--output-watch-events`: watch rows and objects carry their event type.
    watch_events: bool,
    /// The objects named by `-f` (`selection` lists their kinds and names too).
    files: Option<resources::FileTargets>,
    /// The printer's error when one object was asked for: kubectl reports that object's
    /// own error (not found) first.
    printer_error: Option<KubectlError>,
}

const NO_TYPE_MESSAGE: &str = "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples";

/// `GetOptions.Validate`'s checks of the flags, after `Complete`'s and before anything runs.
fn validate(invocation: &Invocation, watch: bool) -> Result<(), KubectlError> {
    let flags = &invocation.flags;
    let output = flags.string("output").unwrap_or("");
    if flags.bool("show-labels") && !matches!(output, "" | "wide") {
        return Err(KubectlError::message(format!(
            "--show-labels option cannot be used with {output} printer"
        )));
    }
    if !flags.strings("label-columns").is_empty() && output.starts_with("custom-columns") {
        return Err(KubectlError::message(format!(
            "--label-columns option cannot be used with {output} printer"
        )));
    }
    if flags.bool("output-watch-events") && !watch {
        return Err(KubectlError::message(
            "--output-watch-events option can only be used with --watch or --watch-only",
        ));
    }
    Ok(())
}

/// The request `get` sends, resolved in kubectl's order: the resource builder's checks of the
/// arguments come before the printer, which kubectl only makes once it has the objects (its
/// error then waits for a single named object's own, see `Request::printer_error`).
fn build_request(invocation: &Invocation, env: &Env<'_>) -> Result<Request, KubectlError> {
    let files = resources::file_targets(invocation, env)?;
    let selection = match &files {
        Some(files) => Selection::Names(
            files
                .targets
                .iter()
                .map(|(kind, _, name)| (*kind, name.clone()))
                .collect(),
        ),
        None => resources::parse_selection(&invocation.args)?,
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
        // The builder refuses named objects before it looks anything up.
        return Err(resources::selector_with_names(&invocation.args));
    }
    let all_namespaces = invocation.flags.bool("all-namespaces");
    if let (Selection::Names(names), None) = (&selection, &files) {
        resources::check_names_scope(names, all_namespaces)?;
    }
    let namespace = if all_namespaces {
        None
    } else {
        Some(resources::namespace(invocation, env))
    };
    let output = invocation.flags.string("output").unwrap_or("");
    let single = match &files {
        Some(files) => files.single,
        None => matches!(&selection, Selection::Names(names) if names.len() == 1),
    };
    // The template and custom-columns printers parse their template when kubectl makes them.
    let format =
        OutputFormat::from_flags(output, true, &invocation.flags, env.fs).and_then(|format| {
            match custom_columns_printer(&format, false) {
                Some(Err(error)) => Err(error),
                _ => format.check_template().map(|()| format),
            }
        });
    let (format, printer_error) = match format {
        Ok(format) => (format, None),
        Err(error) if single => (OutputFormat::Table, Some(error)),
        Err(error) => return Err(error),
    };
    let first_kind = match &selection {
        Selection::Names(names) => names.first().map(|(kind, _)| *kind),
        Selection::Kinds(kinds) => kinds.first().copied(),
    }
    .unwrap_or(Kind::Pod);
    let (label_selector, field_selector) =
        list_selectors(first_kind, &label_selector_text, &field_selector_text)?;
    // kubectl prints kinds when the infos it got hold several kinds (`multipleGVKsRequested`):
    // one Table per requested type, even an empty one; for names and files, the objects
    // found (see `run`).
    let show_kind = invocation.flags.bool("show-kind")
        || matches!(&selection, Selection::Kinds(kinds) if kinds.len() > 1);
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
        server_print: invocation.flags.string("server-print") != Some("false"),
        sort_by: invocation
            .flags
            .string("sort-by")
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        ignore_not_found: invocation.flags.bool("ignore-not-found"),
        watch_events: invocation.flags.bool("output-watch-events"),
        files,
        printer_error,
    })
}

/// The label and field selectors of a list request, as the API server reads them: a parse
/// error or a field the kind cannot be selected by is its `BadRequest` (`Unable to find
/// "/v1, Resource=pods" that match label selector …`).
pub(super) fn list_selectors(
    kind: Kind,
    labels_text: &str,
    fields_text: &str,
) -> Result<(Option<Selector>, Option<FieldSelector>), KubectlError> {
    let bad_request = |message: String| {
        KubectlError::api(ApiError::BadRequest {
            message: format!(
                "Unable to find \"{}\" that match label selector \"{labels_text}\", field selector \"{fields_text}\": {message}",
                kind.group_version_resource(),
            ),
        })
    };
    let labels = if labels_text.is_empty() {
        None
    } else {
        Some(selector::parse(labels_text).map_err(|error| bad_request(error.to_string()))?)
    };
    let fields = if fields_text.is_empty() {
        None
    } else {
        let parsed = selector::parse_field_selector(fields_text)
            .map_err(|error| bad_request(error.to_string()))?;
        if let Some(requirement) = parsed
            .0
            .iter()
            .find(|requirement| !supported_field(kind, &requirement.field))
        {
            return Err(bad_request(format!(
                "field label not supported: {}",
                requirement.field
            )));
        }
        Some(parsed)
    };
    Ok((labels, fields))
}

/// Field selectors the API server supports per kind (plus `metadata.name/namespace` for all).
pub(crate) fn supported_field(kind: Kind, field: &str) -> bool {
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
        Kind::ReplicationController | Kind::ReplicaSet => field == "status.replicas",
        Kind::Secret => field == "type",
        Kind::Job => field == "status.successful",
        Kind::Service
        | Kind::ConfigMap
        | Kind::ServiceAccount
        | Kind::Deployment
        | Kind::DaemonSet
        | Kind::Endpoints
        | Kind::EndpointSlice
        | Kind::PriorityClass => false,
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
            "involvedObject.apiVersion" => Some(event.involved.api_version().into()),
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
        ObjectView::Secret(secret) => (field == "type").then(|| secret.secret_type.clone()),
        ObjectView::Service(_)
        | ObjectView::ConfigMap(_)
        | ObjectView::PriorityClass(_)
        | ObjectView::ServiceAccount(_)
        | ObjectView::Deployment(_)
        | ObjectView::DaemonSet(_)
        | ObjectView::Endpoints(_) => None,
        ObjectView::Job(job) => (field == "status.successful").then(|| job.succeeded.to_string()),
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
                match resources::get_by_name(cluster, *kind, namespace, name) {
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

/// The `--sort-by` expression: kubectl's relaxed form (`{.metadata.name}`) and its path, or
/// the bare error of a field that does not parse. kubectl parses the field only when it sorts
/// (a list of at least one object, a Table of several rows), so the error waits until then.
struct SortField {
    expression: String,
    path: Result<crate::jsonpath::JsonPath, KubectlError>,
    /// What a Table's sorter parses when the relaxed form fails: the field as given.
    table_path: Result<crate::jsonpath::JsonPath, KubectlError>,
}

fn sort_field(request: &Request) -> Option<SortField> {
    let sort_by = request.sort_by.as_ref()?;
    let parse = |expression: &str| {
        crate::jsonpath::JsonPath::parse(expression)
            .map(|path| path.with_allow_missing_keys(true))
            .map_err(|error| KubectlError::message(error.to_string()))
    };
    Some(match crate::jsonpath::relaxed_expression(sort_by) {
        Ok(expression) => SortField {
            path: parse(&expression),
            table_path: parse(&expression),
            expression,
        },
        Err(error) => SortField {
            path: Err(KubectlError::message(error.to_string())),
            table_path: parse(sort_by),
            expression: sort_by.clone(),
        },
    })
}

/// Where kubectl's sorter runs, which decides how a failure shows.
#[derive(Clone, Copy, PartialEq)]
enum SortSite {
    /// The rows of one server-side Table (the default and `-o wide` printers): `TableSorter`.
    TableRows,
    /// The items of the `List` the other printers get: `RuntimeSort`.
    ObjectList,
}

/// Why kubectl's sorter could not order a list.
enum SortFailure {
    /// The field is not a JSONPath kubectl can parse (`unterminated array`): `SortObjects`
    /// returns the parser's bare error; a Table's sorter wraps it in `sorting error: `, which
    /// `get` drops with the printer's other errors.
    BadField(KubectlError),
    /// No object has the field (`couldn't find any field with path …`).
    FieldNotFound(KubectlError),
    /// Two values kubectl cannot compare: klog's fatal line, which ends kubectl (exit 1).
    Unsortable(KubectlError),
}

/// Orders `objects` as kubectl's `--sort-by` does: by the first value the path finds, with
/// Go's `sort.Sort` (not stable) and `isLess`, where an object without the field is "less"
/// than any other, itself included.
fn sort_objects<T>(
    env: &Env<'_>,
    field: &SortField,
    site: SortSite,
    objects: &mut Vec<T>,
    value_of: impl Fn(&T) -> Value,
) -> Result<(), SortFailure> {
    // An empty list is not sorted, so its field is not even parsed.
    if objects.is_empty() {
        return Ok(());
    }
    let path = match site {
        SortSite::TableRows => &field.table_path,
        SortSite::ObjectList => &field.path,
    };
    let path = path
        .as_ref()
        .map_err(|error| SortFailure::BadField(error.clone()))?;
    let keys: Vec<Option<Value>> = objects
        .iter()
        .map(|object| {
            let found = path.find_results(&value_of(object)).unwrap_or_default();
            found
                .into_iter()
                .next()
                .and_then(|group| group.into_iter().next())
        })
        .collect();
    if !objects.is_empty() && keys.iter().all(Option::is_none) {
        return Err(SortFailure::FieldNotFound(KubectlError::message(format!(
            "couldn't find any field with path \"{}\" in the list of objects",
            field.expression
        ))));
    }
    let mut failure = None;
    let mut ids: Vec<usize> = (0..objects.len()).collect();
    crate::go_sort::sort(&mut ids, &mut |a, b| {
        if failure.is_some() {
            return false;
        }
        let (Some(Some(a)), Some(Some(b))) = (keys.get(a), keys.get(b)) else {
            // `Less` is true when the first has no value, else false when the second has none.
            return !matches!(keys.get(a), Some(Some(_)));
        };
        go_is_less(a, b).unwrap_or_else(|error| {
            failure = Some(error);
            false
        })
    });
    if let Some(error) = failure {
        let (place, holder) = match site {
            SortSite::TableRows => ("sorter.go:375", "[][][]reflect.Value"),
            SortSite::ObjectList => ("sorter.go:329", "*unstructured.Unstructured"),
        };
        let line = super::super::dry_run::klog_line(
            env,
            'F',
            place,
            &format!(
                "Field {} in {holder} is an unsortable type: interface, err: {error}",
                field.expression
            ),
        );
        return Err(SortFailure::Unsortable(KubectlError::Raw(
            line.trim_end().to_string(),
        )));
    }
    let mut slots: Vec<Option<T>> = objects.drain(..).map(Some).collect();
    objects.extend(
        ids.iter()
            .filter_map(|id| slots.get_mut(*id).and_then(Option::take)),
    );
    Ok(())
}

/// kubectl's `isLess` for two JSON values (as `interface{}`s of an unstructured object):
/// integers, floats and strings (quantities by value when both parse) compare; other pairs
/// are kubectl's "unsortable" errors.
fn go_is_less(a: &Value, b: &Value) -> Result<bool, String> {
    const MISMATCH: &str = "unsortable interface: interface";
    match (a, b) {
        (Value::Null, Value::Null) => Ok(false),
        (Value::Null, _) => Ok(true),
        (_, Value::Null) => Ok(false),
        (Value::Number(a), Value::Number(b)) => match (a.as_i64(), b.as_i64()) {
            (Some(a), Some(b)) => Ok(a < b),
            (None, None) => Ok(a.as_f64() < b.as_f64()),
            _ => Err(MISMATCH.to_string()),
        },
        (Value::Number(_), _) => Err(MISMATCH.to_string()),
        (Value::String(a), Value::String(b)) => {
            use crate::quantity::Quantity;
            Ok(match (Quantity::parse(a), Quantity::parse(b)) {
                (Ok(a), Ok(b)) => a.compare(&b) == std::cmp::Ordering::Less,
                _ => a < b,
            })
        }
        (Value::String(_), _) => Err(MISMATCH.to_string()),
        (Value::Bool(_), _) => Err("unsortable type: bool".to_string()),
        (Value::Object(_), _) => Err("unsortable type: map[string]interface {}".to_string()),
        (Value::Array(_), _) => Err("unsortable type: []interface {}".to_string()),
    }
}

/// The printer of `-o custom-columns=SPEC` or `-o custom-columns-file=FILE` (whose
/// header line always prints).
fn custom_columns_printer(
    format: &OutputFormat,
    no_headers: bool,
) -> Option<Result<crate::custom_columns::CustomColumnsPrinter, KubectlError>> {
    use crate::custom_columns::CustomColumnsPrinter;
    let printer = match format {
        OutputFormat::CustomColumns(spec) => CustomColumnsPrinter::from_spec(spec, no_headers),
        OutputFormat::CustomColumnsFile(text) => CustomColumnsPrinter::from_template_file(text),
        _ => return None,
    };
    Some(printer.map_err(|error| KubectlError::message(error.to_string())))
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
    if let Some(printer) =
        custom_columns_printer(&request.format, !with_header || request.no_headers)
    {
        let printer = printer?;
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
        if request.server_print {
            header.extend(table::header(kind, wide));
        } else {
            header.extend(["NAME".to_string(), "AGE".to_string()]);
        }
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
        let mut cells = if request.server_print {
            table::row(cluster, object, wide)
        } else {
            // `printObjectMeta`.
            vec![
                object.meta().name.clone(),
                table::age(cluster.now(), object.meta().creation_timestamp),
            ]
        };
        if request.show_kind && (kind != Kind::Event || !request.server_print) {
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

/// `--watch` and `--watch-only` build their request with `SingleResourceType`: several types
/// are refused before any is looked up (a type list, `all`), or after (`TYPE/NAME` pairs).
fn check_single_resource_type(
    invocation: &Invocation,
    selection: Option<&Selection>,
) -> Result<(), KubectlError> {
    let several = match selection {
        None => match invocation.args.as_slice() {
            [types] if !types.contains('/') => {
                let mut seen: Vec<&str> = Vec::new();
                for part in types.split(',') {
                    if !seen.contains(&part) {
                        seen.push(part);
                    }
                }
                seen.len() > 1 || types.eq_ignore_ascii_case("all")
            }
            _ => false,
        },
        Some(Selection::Names(names)) => names
            .iter()
            .any(|(kind, _)| Some(kind) != names.first().map(|(k, _)| k)),
        Some(Selection::Kinds(_)) => false,
    };
    if several {
        return Err(KubectlError::message(
            "you may only specify a single resource type",
        ));
    }
    Ok(())
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    if let Some(path) = invocation
        .flags
        .string("raw")
        .filter(|path| !path.is_empty())
    {
        // The API server warns about deprecated resources in raw requests too.
        let segments: Vec<&str> = path.split('?').next().unwrap_or("").split('/').collect();
        if matches!(
            segments.as_slice(),
            ["", "api", "v1", "endpoints", ..]
                | ["", "api", "v1", "namespaces", _, "endpoints", ..]
        ) {
            resources::server_warnings(io, [Kind::Endpoints]);
        }
        return super::get_raw::run(invocation, env, io, path).map(Outcome::Done);
    }
    let watch = invocation.flags.bool("watch") || invocation.flags.bool("watch-only");
    let watch_only = !invocation.flags.bool("watch") && invocation.flags.bool("watch-only");
    let sorting = invocation
        .flags
        .string("sort-by")
        .is_some_and(|s| !s.is_empty());
    if sorting && watch {
        io.err(if watch_only {
            "warning: --watch-only requested, --sort-by will be ignored\n"
        } else {
            "warning: --watch requested, --sort-by will be ignored for watch events received\n"
        });
    }
    if !watch && invocation.args.is_empty() && !resources::has_file_sources(&invocation.flags) {
        return Err(KubectlError::Raw(NO_TYPE_MESSAGE.to_string()));
    }
    validate(invocation, watch)?;
    if watch {
        if invocation.args.is_empty() && !resources::has_file_sources(&invocation.flags) {
            return Err(KubectlError::Raw(format!(
                "error: {}",
                super::delete::NO_RESOURCES
            )));
        }
        check_single_resource_type(invocation, None)?;
    }
    let mut request = build_request(invocation, env)?;
    if watch {
        check_single_resource_type(invocation, Some(&request.selection))?;
    }
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
    resources::server_warnings(io, resources::selection_kinds(&request.selection));
    let (mut groups, mut errors) = collect(&request, env.cluster);
    if let Some(error) = request.printer_error.take() {
        return Err(if errors.is_empty() {
            error
        } else {
            KubectlError::Many(errors)
        });
    }
    // For names and `-f`, kinds are shown when the objects found are of several kinds.
    if matches!(request.selection, Selection::Names(_))
        && groups
            .iter()
            .any(|(kind, _)| Some(kind) != groups.first().map(|(k, _)| k))
    {
        request.show_kind = true;
    }
    let sort_field = sort_field(&request);
    let kinds: Vec<Kind> = match &request.selection {
        Selection::Kinds(kinds) => kinds.clone(),
        Selection::Names(names) => names.iter().map(|(kind, _)| *kind).collect(),
    };
    let human_readable = matches!(request.format, OutputFormat::Table | OutputFormat::Wide);
    let mut printed_widths: Vec<usize> = Vec::new();
    let mut wrote_rows = false;
    let mut documents = 0;
    if watch {
        // The first listing of a watch is printed as one Table, sorted when it can be.
        if let Some(field) = &sort_field {
            for (_, objects) in groups.iter_mut() {
                if objects.len() > 1 {
                    let _ = sort_objects(
                        env,
                        field,
                        SortSite::TableRows,
                        objects,
                        ObjectView::to_value,
                    );
                }
            }
        }
    }
    if watch_only {
    } else if human_readable {
        // kubectl first sorts what the server returned, one Table per kind or per named
        // object: with several, their own fields (`kind`, `metadata.resourceVersion`).
        if let Some(field) = &sort_field {
            let tables = match &request.selection {
                Selection::Kinds(kinds) => kinds.len(),
                Selection::Names(_) => groups.iter().map(|(_, objects)| objects.len()).sum(),
            };
            if !watch && tables > 1 {
                let table = json!({
                    "apiVersion": "meta.k8s.io/v1",
                    "kind": "Table",
                    "metadata": {"resourceVersion": env.cluster.resource_version().to_string()},
                });
                let mut tables = vec![table; tables];
                if let Err(
                    SortFailure::BadField(error)
                    | SortFailure::FieldNotFound(error)
                    | SortFailure::Unsortable(error),
                ) = sort_objects(env, field, SortSite::ObjectList, &mut tables, Value::clone)
                {
                    return Err(error);
                }
            }
        }
        for (kind, objects) in groups.iter_mut() {
            if objects.is_empty() {
                continue;
            }
            if let (Some(field), false, true) = (&sort_field, watch, objects.len() > 1) {
                match sort_objects(
                    env,
                    field,
                    SortSite::TableRows,
                    objects,
                    ObjectView::to_value,
                ) {
                    Ok(()) => {}
                    // The printer's error is dropped by `get`: this kind prints nothing.
                    Err(SortFailure::BadField(_) | SortFailure::FieldNotFound(_)) => continue,
                    Err(SortFailure::Unsortable(error)) => return Err(error),
                }
            }
            let mut rows = render_table(&request, env.cluster, *kind, objects, true)?;
            if watch && request.watch_events {
                add_event_column(&mut rows, !request.no_headers, "ADDED");
            }
            // A blank line between kinds, unless headers are off.
            if wrote_rows && !request.no_headers {
                io.out("\n");
            }
            wrote_rows = true;
            let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
            for row in &rows {
                writer.write_str(&row.join("\t"));
                writer.write_str("\n");
            }
            writer.flush();
            printed_widths = writer.remembered_widths();
            io.out(&writer.finish());
        }
        if !wrote_rows && errors.is_empty() && !watch && !request.ignore_not_found {
            io.err(&no_resources_message(&request, &kinds));
        }
    } else if watch {
        // A watch prints each object of the first listing by itself (as an ADDED event with
        // `--output-watch-events`).
        for (kind, objects) in &groups {
            for object in objects {
                io.out(&print_watched(
                    &request,
                    *kind,
                    object.to_value(),
                    "ADDED",
                    &mut documents,
                )?);
            }
        }
    } else {
        let mut objects: Vec<(Kind, Value)> = groups
            .iter()
            .flat_map(|(kind, objects)| objects.iter().map(|object| (*kind, object.to_value())))
            .collect();
        let single = match &request.files {
            Some(files) => files.single,
            None => matches!(&request.selection, Selection::Names(names) if names.len() == 1),
        };
        let as_list = !(single && objects.len() == 1);
        if let (Some(field), true, false) = (&sort_field, as_list, watch) {
            if let Err(
                SortFailure::BadField(error)
                | SortFailure::FieldNotFound(error)
                | SortFailure::Unsortable(error),
            ) = sort_objects(
                env,
                field,
                SortSite::ObjectList,
                &mut objects,
                |(_, value)| value.clone(),
            ) {
                return Err(error);
            }
        }
        if objects.is_empty() && single {
            // The only requested object was missing: nothing to print but the error.
        } else if let Some(printer) = custom_columns_printer(&request.format, request.no_headers) {
            // One table over the whole list, whatever the kinds. The tabwriter is flushed
            // even when a column fails: the header and the rows before it still print.
            let printer = printer?;
            let values: Vec<Value> = objects.into_iter().map(|(_, value)| value).collect();
            let printed = printer.print_object(&json!({ "items": values }));
            let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
            for row in &printed.rows {
                writer.write_str(&row.join("\t"));
                writer.write_str("\n");
            }
            writer.flush();
            printed_widths = writer.remembered_widths();
            io.out(&writer.finish());
            if let Some(error) = printed.error {
                // The printer's error comes after the objects' own (`printGeneric`).
                errors.push(KubectlError::message(error.to_string()));
            }
        } else if !(objects.is_empty() && request.format == OutputFormat::Name) {
            output::write_printed(
                output::print_objects(&request.format, &objects, single),
                io,
                &mut errors,
            )?;
        }
    }
    if !errors.is_empty() {
        return Err(KubectlError::Many(errors));
    }
    if !watch || !env.interactive {
        return Ok(Outcome::Done(0));
    }
    let total: usize = groups.iter().map(|(_, objects)| objects.len()).sum();
    let kept = keep(&groups);
    Ok(Outcome::Wait(Box::new(Watch {
        request,
        kept,
        widths: printed_widths,
        printed_any: total > 0 && !watch_only,
        documents,
    })))
}

/// The `EVENT` column `--output-watch-events` puts first (`ADDED   `, `MODIFIED`,
/// `DELETED `: cli-runtime pads the type to eight characters).
fn add_event_column(rows: &mut [Vec<String>], header: bool, event: &str) {
    for (index, row) in rows.iter_mut().enumerate() {
        let cell = if header && index == 0 {
            "EVENT".to_string()
        } else {
            format!("{event:<8}")
        };
        row.insert(0, cell);
    }
}

/// One watched object in a non-table format: as a `WatchEvent` with `--output-watch-events`;
/// YAML documents after the first start with `---` (the printer counts them).
fn print_watched(
    request: &Request,
    kind: Kind,
    value: Value,
    event: &str,
    documents: &mut usize,
) -> Result<String, KubectlError> {
    let mut text = String::new();
    if request.format == OutputFormat::Yaml && *documents > 0 {
        text.push_str("---\n");
    }
    *documents += 1;
    if !request.watch_events {
        text.push_str(&output::print_objects(
            &request.format,
            &[(kind, value)],
            true,
        )?);
        return Ok(text);
    }
    if request.format == OutputFormat::Json {
        // `metav1.WatchEvent` in its field order: type, then the object.
        let object = crate::printers::json::to_json(&value);
        let object = object.trim_end().replace('\n', "\n    ");
        text.push_str(&format!(
            "{{\n    \"type\": \"{event}\",\n    \"object\": {object}\n}}\n"
        ));
        return Ok(text);
    }
    let wrapped = json!({"type": event, "object": value});
    text.push_str(&output::print_objects(
        &request.format,
        &[(kind, wrapped)],
        true,
    )?);
    Ok(text)
}

/// The watched objects' last states, by kind, namespace and name.
type Kept = BTreeMap<(Kind, String, String), ObjectCopy>;

fn keep(groups: &[(Kind, Vec<ObjectView<'_>>)]) -> Kept {
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
                    object.to_copy(),
                )
            })
        })
        .collect_map()
}

/// `kubectl get -w`: prints a row whenever a watched object is added, changes or goes away
/// (then with its last state, as the `DELETED` event carries it).
struct Watch {
    request: Request,
    kept: Kept,
    widths: Vec<usize>,
    printed_any: bool,
    /// Objects printed so far in a non-table format.
    documents: usize,
}

impl Watch {
    fn print(
        &mut self,
        env: &Env<'_>,
        io: &mut Io,
        kind: Kind,
        object: ObjectView<'_>,
        event: &str,
    ) {
        if !self.request.format.is_table() {
            if let Ok(text) = print_watched(
                &self.request,
                kind,
                object.to_value(),
                event,
                &mut self.documents,
            ) {
                io.out(&text);
            }
            return;
        }
        let with_header = !self.printed_any;
        let Ok(mut rows) = render_table(&self.request, env.cluster, kind, &[object], with_header)
        else {
            return;
        };
        if self.request.watch_events
            && matches!(
                self.request.format,
                OutputFormat::Table | OutputFormat::Wide
            )
        {
            add_event_column(&mut rows, with_header && !self.request.no_headers, event);
        }
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
}

impl Waiter for Watch {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let (groups, _) = collect(&self.request, env.cluster);
        let mut current: std::collections::BTreeSet<(Kind, String, String)> = Default::default();
        for (kind, objects) in &groups {
            for object in objects {
                let meta = object.meta();
                let key = (
                    *kind,
                    meta.namespace.clone().unwrap_or_default(),
                    meta.name.clone(),
                );
                let event = match self.kept.get(&key) {
                    // Deleted and made again under the same name: both events.
                    Some(kept) if kept.view().meta().uid != meta.uid => {
                        let gone = kept.clone();
                        self.print(env, io, *kind, gone.view(), "DELETED");
                        Some("ADDED")
                    }
                    Some(kept) => (kept.view().meta().resource_version != meta.resource_version)
                        .then_some("MODIFIED"),
                    None => Some("ADDED"),
                };
                if let Some(event) = event {
                    self.print(env, io, *kind, *object, event);
                    self.kept.insert(key.clone(), object.to_copy());
                }
                current.insert(key);
            }
        }
        let gone: Vec<(Kind, String, String)> = self
            .kept
            .keys()
            .filter(|key| !current.contains(*key))
            .cloned()
            .collect();
        for key in gone {
            if let Some(last) = self.kept.remove(&key) {
                self.print(env, io, key.0, last.view(), "DELETED");
            }
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

/// `json.MarshalIndent` of the typed `EventList` `kubectl events -o json` prints: the list's
/// own fields, then each event in the struct's field order.
fn event_list_json(items: &[Value]) -> String {
    let mut text =
        String::from("{\n    \"kind\": \"EventList\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {},\n    \"items\": [");
    for (index, item) in items.iter().enumerate() {
        let typed = crate::schema::typed::object_json(item, Some("    "))
            .unwrap_or_else(|| crate::printers::json::to_json_typed(item));
        text.push_str(if index == 0 { "\n" } else { ",\n" });
        for (line_index, line) in typed.trim_end().lines().enumerate() {
            if line_index > 0 {
                text.push('\n');
            }
            text.push_str("        ");
            text.push_str(line);
        }
    }
    text.push_str("\n    ]\n}\n");
    text
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
    let format = OutputFormat::from_flags(output, false, &invocation.flags, env.fs)?;
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
    // The list in the API server's order (namespace, then name), then `sort.Sort` by
    // `eventTime()`: a series' last observation, else `lastTimestamp` (whole seconds), else
    // the events.k8s.io `eventTime` (microseconds); Go's unstable sort leaves ties its way.
    crate::sort::sort_by(&mut events, |a, b| {
        (a.meta.namespace.as_deref(), &a.meta.name)
            .cmp(&(b.meta.namespace.as_deref(), &b.meta.name))
    });
    let times: Vec<crate::clock::SimTime> = events
        .iter()
        .map(|event| {
            if event.reporting_instance.is_none() {
                event.last_timestamp.whole_second()
            } else if event.count > 1 {
                event.last_timestamp
            } else {
                event.first_timestamp
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::go_sort::sort(&mut order, &mut |a, b| times.get(a) < times.get(b));
    let events: Vec<&crate::api::Event> = order
        .iter()
        .filter_map(|index| events.get(*index).copied())
        .collect();
    if events.is_empty() {
        if all_namespaces {
            io.err("No events found.\n");
        } else {
            io.err(&format!("No events found in {namespace} namespace.\n"));
        }
        return Ok(Outcome::Done(0));
    }
    if format == OutputFormat::Name {
        // The name printer refuses a typed list, and kubectl ignores the printer's error.
        return Ok(Outcome::Done(0));
    }
    if format != OutputFormat::Table {
        // The `EventList` kubectl builds (no list metadata), each item given `v1` `Event`.
        let items: Vec<Value> = events
            .iter()
            .map(|event| ObjectView::Event(event).to_value())
            .collect();
        if format == OutputFormat::Json {
            io.out(&event_list_json(&items));
            return Ok(Outcome::Done(0));
        }
        let list = json!({"apiVersion": "v1", "items": items, "kind": "EventList", "metadata": {}});
        io.out(&output::print_typed_object(&format, Kind::Event, list)?);
        return Ok(Outcome::Done(0));
    }
    let mut rows = Vec::new();
    if !invocation.flags.bool("no-headers") {
        let mut header = Vec::new();
        if all_namespaces {
            header.push("NAMESPACE".to_string());
        }
        header.extend(["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"].map(String::from));
        rows.push(header);
    }
    for event in events {
        let mut row = Vec::new();
        if all_namespaces {
            row.push(event.meta.namespace.clone().unwrap_or_default());
        }
        // `getInterval`: the first sighting, with the count and last one when repeated.
        let first = table::event_first_age(now, event);
        row.push(if event.count > 1 {
            format!(
                "{} (x{} over {first})",
                table::event_last_age(now, event),
                event.count,
            )
        } else {
            first
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
