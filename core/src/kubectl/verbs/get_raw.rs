//! `kubectl get --raw PATH`: the API server's answer to a GET of that path, copied to standard
//! output as it comes (`rawhttp.RawGet`). The simulated server answers its health checks
//! (`/healthz`, `/livez`, `/readyz`: `ok`), `/version`, the discovery documents
//! (`discovery`) and the REST paths of the kinds it serves
//! (`/api/v1/namespaces/default/pods`, `/apis/apps/v1/deployments`, one object), with its JSON
//! encoder's bytes: compact, fields in the Go structs' order, list items without
//! `kind`/`apiVersion`, a final newline; `?pretty=true` (or curl's user agent, through
//! `kubectl proxy`) indents by two spaces and ends without one.

use super::super::cli::{golang, Invocation};
use super::super::error::KubectlError;
use super::super::{Env, Io};
use super::discovery::Discovery;
use crate::api::{ApiError, Kind};
use crate::printers::json::write_go_json_string;
use crate::schema::typed::TypedJson;
use crate::schema::{self, GoType};
use serde_json::Value;

/// `--raw`'s check (`url.ParseRequestURI`): an absolute path or URL.
pub(super) fn raw_url(path: &str) -> Result<golang::GoUrl, KubectlError> {
    golang::parse_request_uri(path).map_err(|error| {
        KubectlError::message(format!(
            "--raw must be a valid URL path: parse {}: {error}",
            golang::quote(path)
        ))
    })
}

/// `GetOptions.Complete` and `Validate` for `--raw`, then the request.
pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    path: &str,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    if !invocation.args.is_empty() {
        return Err(KubectlError::message(
            "arguments may not be passed when --raw is specified",
        ));
    }
    let selector = flags.string("selector").unwrap_or("");
    if flags.bool("watch") || flags.bool("watch-only") || !selector.is_empty() {
        return Err(KubectlError::message(
            "--raw may not be specified with other flags that filter the server request or alter the output",
        ));
    }
    if !flags.string("output").unwrap_or("").is_empty() {
        return Err(KubectlError::message(
            "--raw and --output are mutually exclusive",
        ));
    }
    let url = raw_url(path)?;
    // An absolute URL's host is not used: the request goes to the server at its path, with
    // its query.
    let absolute;
    let path = if url.scheme.is_empty() {
        path
    } else {
        let at = if url.opaque || url.path.is_empty() {
            "/"
        } else {
            url.path.as_str()
        };
        absolute = match path.split_once('?') {
            Some((_, query)) => format!("{at}?{query}"),
            None => at.to_string(),
        };
        absolute.as_str()
    };
    // `f.RESTClient()`, then the one request (no discovery before it).
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        return Err(super::unreachable::connection_refused(&failure));
    }
    let query = path.split_once('?').map_or("", |(_, query)| query);
    let body =
        answer(env, path, is_pretty(query, KUBECTL_USER_AGENT)).map_err(|error| match error {
            RawError::Api(error) => KubectlError::api(error),
            RawError::NotServed => KubectlError::message(format!(
                "the playground does not serve {path} to kubectl get --raw yet"
            )),
        })?;
    match body {
        RawBody::Text(text) | RawBody::Json(text) => io.out(&text),
    }
    Ok(0)
}

/// The `User-Agent` kubectl sends.
const KUBECTL_USER_AGENT: &str = "kubectl/v1.37.1 (linux/amd64) kubernetes/unknown";

/// Why the server has no body to give.
pub(super) enum RawError {
    Api(ApiError),
    NotServed,
}

/// A response body and its media type.
pub(super) enum RawBody {
    /// `text/plain` (the health checks' `ok`).
    Text(String),
    Json(String),
}

/// The API server's `isPrettyPrint`: a `pretty` query parameter with a value decides (Go's
/// `ParseBool`, anything else is false); without one, browsers, curl and wget get indented
/// JSON.
pub(super) fn is_pretty(query: &str, user_agent: &str) -> bool {
    if query.contains("pretty") {
        let value = query
            .split('&')
            .find_map(|parameter| match parameter.split_once('=') {
                Some((key, value)) => (percent_decode(key) == "pretty").then_some(value),
                None => (percent_decode(parameter) == "pretty").then_some(""),
            })
            .map(percent_decode)
            .unwrap_or_default();
        if !value.is_empty() {
            return super::super::cli::golang::parse_bool(&value) == Ok(true);
        }
    }
    ["curl", "Wget", "Mozilla/5.0"]
        .iter()
        .any(|prefix| user_agent.starts_with(prefix))
}

/// The 404 of a path no handler serves.
fn no_handler() -> RawError {
    RawError::Api(ApiError::NoSuchPath {
        message: "the server could not find the requested resource".to_string(),
    })
}

/// The response body for a GET of `path` (with its query).
pub(super) fn answer(env: &Env<'_>, path: &str, pretty: bool) -> Result<RawBody, RawError> {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let label_selector = query
        .split('&')
        .find_map(|parameter| parameter.strip_prefix("labelSelector="))
        .map(percent_decode);
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    match super::discovery::document(&segments) {
        Some(Discovery::Document(document)) => {
            return Ok(RawBody::Json(crate::printers::json::to_server_json_typed(
                &document, pretty,
            )))
        }
        Some(Discovery::NotServed) => return Err(RawError::NotServed),
        Some(Discovery::NotFound) => return Err(no_handler()),
        None => {}
    }
    match segments.as_slice() {
        ["healthz" | "livez" | "readyz"] if query.is_empty() => Ok(RawBody::Text("ok".to_string())),
        ["healthz" | "livez" | "readyz", ..] => Err(RawError::NotServed),
        ["version"] => Ok(RawBody::Json(super::info::server_version_json())),
        ["api", "v1", rest @ ..] if !rest.is_empty() => {
            rest_path(env, "", rest, pretty, label_selector.as_deref()).map(RawBody::Json)
        }
        ["apis", group, "v1", rest @ ..] if !rest.is_empty() && serves_group(group) => {
            rest_path(env, group, rest, pretty, label_selector.as_deref()).map(RawBody::Json)
        }
        [] | ["api" | "apis" | "openapi" | "metrics", ..] => Err(RawError::NotServed),
        _ => Err(no_handler()),
    }
}

/// Whether a named API group has kinds the simulated server stores (all of them in `v1`).
fn serves_group(group: &str) -> bool {
    !group.is_empty()
        && crate::api::kind::KIND_TABLE
            .iter()
            .any(|info| info.group == group)
}

/// `/api/v1/…` and `/apis/GROUP/v1/…` after the version.
fn rest_path(
    env: &Env<'_>,
    group: &str,
    rest: &[&str],
    pretty: bool,
    label_selector: Option<&str>,
) -> Result<String, RawError> {
    let find_kind = |resource: &str| {
        crate::api::kind::KIND_TABLE
            .iter()
            .find(|info| info.group == group && info.resource() == resource)
            .map(|info| info.kind)
    };
    let (namespace, resource, name, subresource) = match rest {
        ["namespaces", namespace, resource, tail @ ..] if find_kind(resource).is_some() => (
            Some(*namespace),
            *resource,
            tail.first().copied(),
            tail.get(1).copied(),
        ),
        [resource, tail @ ..] => (None, *resource, tail.first().copied(), tail.get(1).copied()),
        [] => return Err(no_handler()),
    };
    let Some(kind) = find_kind(resource) else {
        return Err(no_handler());
    };
    if rest.len() > 5 || (namespace.is_some() && !kind.namespaced()) {
        return Err(no_handler());
    }
    let cluster = &*env.cluster;
    let Some(name) = name else {
        let selector = match label_selector {
            Some(text) => Some(crate::selector::parse(text).map_err(|error| {
                RawError::Api(ApiError::BadRequest {
                    message: error.to_string(),
                })
            })?),
            None => None,
        };
        let items: Vec<Value> = cluster
            .list(kind, namespace)
            .iter()
            .filter(|object| {
                selector
                    .as_ref()
                    .is_none_or(|selector| selector.matches(&object.meta().labels))
            })
            .map(|object| object.to_value())
            .map(|mut value| {
                if let Value::Object(map) = &mut value {
                    map.remove("kind");
                    map.remove("apiVersion");
                }
                value
            })
            .collect();
        let list = serde_json::json!({
            "kind": format!("{}List", kind.name()),
            "apiVersion": kind.api_version(),
            "metadata": {"resourceVersion": cluster.resource_version().to_string()},
            "items": items,
        });
        return Ok(encode(&list, kind, true, pretty));
    };
    let object = cluster
        .get(kind, namespace.unwrap_or(""), name)
        .map_err(RawError::Api)?;
    match subresource {
        None | Some("status") => Ok(encode(&object.to_value(), kind, false, pretty)),
        Some(_) => Err(RawError::NotServed),
    }
}

/// `%XX` and `+` of a query parameter.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (byte, hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                at += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                at += 1;
            }
            _ => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The API server's JSON serializer: `json.Encoder` (compact, newline) or, for `?pretty`,
/// `json.MarshalIndent(obj, "", "  ")` (no newline); fields in the Go structs' order.
/// `list`: the value is a `…List` of objects of `kind` (its metadata holds only the
/// resource version).
fn encode(value: &Value, kind: Kind, list: bool, pretty: bool) -> String {
    let schema = schema::schema();
    let writer = TypedJson {
        schema,
        indent: pretty.then_some("  "),
    };
    let object_type = schema
        .kind(kind.name())
        .and_then(|def| schema.type_at(def.type_index))
        .map(|def| GoType::Name(def.go_name));
    let mut out = String::new();
    match (list, value) {
        (true, Value::Object(map)) => {
            // `metav1.TypeMeta`, `ListMeta`, then `Items []T`.
            let list_type = GoType::Slice(Box::new(object_type.unwrap_or(GoType::Name(""))));
            out.push('{');
            for (index, key) in ["kind", "apiVersion", "metadata", "items"]
                .iter()
                .enumerate()
            {
                let Some(field) = map.get(*key) else { continue };
                if index > 0 {
                    out.push(',');
                }
                writer.newline(&mut out, 1);
                write_go_json_string(&mut out, key);
                out.push(':');
                if pretty {
                    out.push(' ');
                }
                let go_type = (*key == "items").then_some(&list_type);
                writer.write(&mut out, field, go_type, 1);
            }
            writer.newline(&mut out, 0);
            out.push('}');
        }
        _ => writer.write(&mut out, value, object_type.as_ref(), 0),
    }
    if !pretty {
        out.push('\n');
    }
    out
}
