//! `kubectl proxy`: a local HTTP server in front of the API server (kubectl's
//! `pkg/cmd/proxy` and `pkg/proxy`), running until interrupted, usually in the background
//! (`kubectl proxy &`). The shell's `curl` reaches it on its port: the request filter, the API
//! prefix and the static file directory are kubectl's; what the API server answers comes from
//! `get_raw` — pretty-printed JSON, since the API server indents for curl's user agent.

use super::super::cli::Invocation;
use super::super::dry_run::klog_line;
use super::super::error::KubectlError;
use super::super::{Env, ForwardTarget, Io, Outcome, PortForward, Waiter};
use super::get_raw::{self, RawBody, RawError};
use crate::api::ApiError;
use crate::printers::json::write_go_json_string;
use crate::shell::regex::{Regex, Syntax};

/// What a running `kubectl proxy` serves (its flags, completed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiProxy {
    /// The address it listens on (`127.0.0.1`, `[::]` for all addresses).
    pub listen_host: String,
    /// `--api-prefix`, ending with `/`.
    api_prefix: String,
    /// `--www`, resolved in the file system when the proxy started; `None` without it.
    static_dir: Option<String>,
    /// `--www-prefix`, ending with `/`.
    static_prefix: String,
    /// The request filter's patterns; `None` with `--disable-filter`.
    filter: Option<Filter>,
    /// Why requests to the API server fail, when the proxy started without the playground's
    /// cluster to talk to (the kubeconfig names none: kubectl proxies to `localhost:8080`,
    /// where nothing listens; or `--server` names another address).
    unreachable: Option<String>,
}

/// kubectl's `FilterServer`: comma-separated Go regular expressions.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Filter {
    accept_paths: String,
    reject_paths: String,
    accept_hosts: String,
    reject_methods: String,
}

impl Filter {
    /// `FilterServer.accept` for a GET.
    fn accepts(&self, path: &str, host: &str) -> bool {
        if matches_any(path, &self.reject_paths) || matches_any("GET", &self.reject_methods) {
            return false;
        }
        matches_any(path, &self.accept_paths) && matches_any(host, &self.accept_hosts)
    }
}

/// `MakeRegexpArray`: the patterns of a comma-separated list (none for an empty one).
fn patterns(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(move |_| !list.is_empty())
}

fn compile(pattern: &str) -> Result<Regex, String> {
    // glibc's strict rules are closer to Go's (a lone `)` is an error).
    let syntax = Syntax {
        extended: true,
        sed: true,
        ..Syntax::default()
    };
    Regex::new(pattern, syntax)
}

/// `matchesRegexp`: whether any pattern of the list matches somewhere in `text`.
fn matches_any(text: &str, list: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    patterns(list).any(|pattern| compile(pattern).is_ok_and(|regex| regex.is_match(&chars)))
}

/// Go's `regexp/syntax` error for a pattern the engine refused with GNU's `error`.
fn go_regexp_error(pattern: &str, error: &str) -> String {
    let (code, expr) = if error.starts_with("Unmatched (") {
        ("missing closing )", pattern)
    } else if error.starts_with("Unmatched )") {
        ("unexpected )", pattern)
    } else if error.starts_with("Unmatched [") {
        let bracket = pattern.find('[').unwrap_or(0);
        (
            "missing closing ]",
            pattern.get(bracket..).unwrap_or(pattern),
        )
    } else {
        (error, pattern)
    };
    format!("error parsing regexp: {code}: `{expr}`")
}

/// The default port (`defaultPort`): `--port` only conflicts with `--unix-socket` when changed
/// from it.
const DEFAULT_PORT: i64 = 8001;

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let flags = &invocation.flags;
    let text = |name: &str| flags.string(name).unwrap_or("").to_string();
    let with_slash = |mut prefix: String| {
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        prefix
    };
    // Complete.
    let static_prefix = with_slash(text("www-prefix"));
    let api_prefix = with_slash(text("api-prefix"));
    let unix_socket = text("unix-socket");
    let filter = if flags.bool("disable-filter") {
        if unix_socket.is_empty() {
            io.err(&klog_line(
                env,
                'W',
                "proxy.go:177",
                "Request filter disabled, your proxy is vulnerable to XSRF attacks, please be cautious",
            ));
        }
        None
    } else {
        let filter = Filter {
            accept_paths: text("accept-paths"),
            reject_paths: text("reject-paths"),
            accept_hosts: text("accept-hosts"),
            reject_methods: text("reject-methods"),
        };
        if filter.reject_paths.is_empty() || filter.reject_methods.is_empty() {
            io.err(&klog_line(
                env,
                'W',
                "proxy.go:182",
                "Request filter has been relaxed, your proxy may be vulnerable to attacks, please be cautious",
            ));
        }
        for list in [
            &filter.accept_paths,
            &filter.reject_paths,
            &filter.accept_hosts,
            &filter.reject_methods,
        ] {
            for pattern in patterns(list) {
                if let Err(error) = compile(pattern) {
                    // `MakeRegexpArrayOrDie`: klog's fatal line ends kubectl with 255.
                    io.err(&klog_line(
                        env,
                        'F',
                        "proxy_server.go:83",
                        &format!("Error compiling re: {}", go_regexp_error(pattern, &error)),
                    ));
                    return Ok(Outcome::Done(255));
                }
            }
        }
        Some(filter)
    };
    // Validate.
    let port = flags.int("port").unwrap_or(DEFAULT_PORT);
    if port != DEFAULT_PORT && !unix_socket.is_empty() {
        return Err(KubectlError::message(
            "cannot set --unix-socket and --port at the same time",
        ));
    }
    let static_dir = text("www");
    if !static_dir.is_empty() {
        let warning = if !env.fs.exists(&static_dir) {
            Some((
                "proxy.go:203",
                format!("Failed to stat static file directory {static_dir}: stat {static_dir}: no such file or directory"),
            ))
        } else if !env.fs.is_dir(&static_dir) {
            Some((
                "proxy.go:205",
                format!("Static file directory {static_dir} is not a directory"),
            ))
        } else {
            None
        };
        if let Some((place, warning)) = warning {
            io.err(&klog_line(env, 'W', place, &warning));
        }
    }
    // RunProxy: listen, report the address, serve until interrupted.
    let owner = env.network.new_owner();
    let proxy = ApiProxy {
        listen_host: String::new(),
        api_prefix,
        static_dir: (!static_dir.is_empty()).then(|| env.fs.resolve(&static_dir)),
        static_prefix,
        filter,
        unreachable: super::unreachable::failure(invocation, env).map(|failure| failure.error),
    };
    if !unix_socket.is_empty() {
        // Nothing the shell's `curl` can reach; it serves until interrupted all the same.
        io.out(&format!("Starting to serve on {unix_socket}\n"));
        return Ok(Outcome::Wait(Box::new(Proxying { owner })));
    }
    let address = text("address");
    let Ok(port) = u16::try_from(port) else {
        return Err(KubectlError::message(format!(
            "listen tcp: address {port}: invalid port"
        )));
    };
    let listen_host = listen_host(&address, port)?;
    let port = match port {
        0 => env.network.random_free_port(env.cluster),
        port => port,
    };
    if env.network.forward(port).is_some() {
        return Err(KubectlError::message(format!(
            "listen tcp {}: bind: address already in use",
            join_host_port(&address, port)
        )));
    }
    io.out(&format!("Starting to serve on {listen_host}:{port}\n"));
    env.network.add_forward(PortForward {
        local_port: port,
        target: ForwardTarget::ApiProxy(Box::new(ApiProxy {
            listen_host,
            ..proxy
        })),
        owner,
    });
    Ok(Outcome::Wait(Box::new(Proxying { owner })))
}

/// Go's `net.JoinHostPort` of the address as typed.
fn join_host_port(address: &str, port: u16) -> String {
    if address.contains(':') {
        format!("[{address}]:{port}")
    } else {
        format!("{address}:{port}")
    }
}

/// The host part of the listener's address as Go prints it (`net.Listen("tcp", …)` on the
/// learner's machine, which has only its loopback and unspecified addresses to bind).
fn listen_host(address: &str, port: u16) -> Result<String, KubectlError> {
    let refused = |problem: &str| {
        KubectlError::message(format!(
            "listen tcp {}: bind: {problem}",
            join_host_port(address, port)
        ))
    };
    match address {
        "" | "0.0.0.0" | "::" => return Ok("[::]".to_string()),
        "localhost" => return Ok("127.0.0.1".to_string()),
        _ => {}
    }
    if let Ok(ip) = address.parse::<std::net::Ipv4Addr>() {
        return if ip.is_loopback() {
            Ok(ip.to_string())
        } else {
            Err(refused("cannot assign requested address"))
        };
    }
    if let Ok(ip) = address.parse::<std::net::Ipv6Addr>() {
        return if ip.is_loopback() {
            Ok(format!("[{ip}]"))
        } else {
            Err(refused("cannot assign requested address"))
        };
    }
    Err(KubectlError::message(format!(
        "listen tcp: lookup {address}: no such host"
    )))
}

/// A running `kubectl proxy`.
struct Proxying {
    owner: u64,
}

impl Waiter for Proxying {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        // Its klog lines (the requests it could not proxy).
        for line in env.network.take_notices(self.owner) {
            io.err(&line);
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

/// An HTTP response as the shell's `curl` shows it.
pub struct HttpResponse {
    pub status: u16,
    /// The header lines after the status line, in the order Go's server writes them.
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

/// Whether a connection to `host` reaches a proxy listening on `listen_host`.
pub fn accepts_connection(proxy: &ApiProxy, host: &str) -> bool {
    match proxy.listen_host.as_str() {
        "[::]" => true,
        "[::1]" => host == "::1" || host == "localhost",
        listen => host == listen || (host == "localhost" && listen == "127.0.0.1"),
    }
}

/// A GET of `target` (path and query) sent to the proxy (owned by the invocation `owner`) with
/// the `Host` header `host_header` and the client's `user_agent`.
pub fn serve(
    env: &mut Env<'_>,
    (owner, proxy): (u64, &ApiProxy),
    host_header: &str,
    target: &str,
    user_agent: &str,
) -> HttpResponse {
    let date = env.cluster.now().http_date();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    // The mux: an unclean path (`//`) redirects to its clean form, a prefix's path without
    // its final slash to the prefix; then the longer of the two prefixes wins.
    let redirects_to = |prefix: &str| prefix.strip_suffix('/') == Some(path) && !path.is_empty();
    let cleaned = go_clean_path(path);
    let location = if cleaned != path {
        Some(cleaned)
    } else if redirects_to(&proxy.api_prefix)
        || (proxy.static_dir.is_some() && redirects_to(&proxy.static_prefix))
    {
        Some(format!("{path}/"))
    } else {
        None
    };
    if let Some(location) = location {
        let location = if query.is_empty() {
            location
        } else {
            format!("{location}?{query}")
        };
        let body = format!(
            "<a href=\"{}\">Temporary Redirect</a>.\n",
            html_escape(&location)
        );
        return HttpResponse {
            status: 307,
            headers: vec![
                ("Content-Type", "text/html; charset=utf-8".to_string()),
                ("Location", location),
                ("Date", date),
                ("Content-Length", body.len().to_string()),
            ],
            body,
        };
    }
    let static_match = proxy
        .static_dir
        .as_ref()
        .filter(|_| path.starts_with(&proxy.static_prefix))
        .filter(|_| {
            !path.starts_with(&proxy.api_prefix)
                || proxy.static_prefix.len() > proxy.api_prefix.len()
        });
    if let Some(dir) = static_match {
        let relative = path.get(proxy.static_prefix.len()..).unwrap_or("");
        return serve_file(env, dir, relative, query, date);
    }
    if !path.starts_with(&proxy.api_prefix) {
        return go_error(404, "404 page not found", date);
    }
    // `stripLeaveSlash` unless the prefix starts with `/api`.
    let api_path = if proxy.api_prefix.starts_with("/api") {
        path.to_string()
    } else {
        format!(
            "/{}",
            path.get(proxy.api_prefix.len()..)
                .unwrap_or("")
                .trim_start_matches('/')
        )
    };
    let host = host_header
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .map(|(host, _)| host)
        .unwrap_or_else(|| host_header.rsplit_once(':').map_or(host_header, |(h, _)| h));
    if let Some(filter) = &proxy.filter {
        if !filter.accepts(&api_path, host) {
            return go_error(403, "Forbidden", date);
        }
    }
    if let Some(error) = &proxy.unreachable {
        // `responder.Error`: kubectl logs the failure and answers 500.
        let line = klog_line(
            env,
            'E',
            "proxy_server.go:147",
            &format!("Error while proxying request: {error}"),
        );
        env.network.add_notice(owner, line);
        return go_error(500, error, date);
    }
    let request = if query.is_empty() {
        api_path.clone()
    } else {
        format!("{api_path}?{query}")
    };
    let pretty = get_raw::is_pretty(query, user_agent);
    let (status, content_type, body) = match get_raw::answer(env, &request, pretty) {
        Ok(RawBody::Text(text)) => (200, "text/plain; charset=utf-8", text),
        Ok(RawBody::Json(json)) => (200, "application/json", json),
        Err(RawError::Api(ApiError::NoSuchPath { .. })) => (
            404,
            "text/plain; charset=utf-8",
            "404 page not found\n".to_string(),
        ),
        Err(RawError::Api(error)) => (
            status_code(&error),
            "application/json",
            status_json(&error, pretty),
        ),
        Err(RawError::NotServed) => (
            501,
            "text/plain; charset=utf-8",
            format!("the playground does not serve {api_path} through kubectl proxy yet\n"),
        ),
    };
    let audit_id = crate::rng::derived_uuid(&["audit", &date, &request]);
    let mut headers = vec![
        ("Audit-Id", audit_id),
        ("Cache-Control", "no-cache, private".to_string()),
    ];
    // Small bodies reach the proxy with their length; larger ones are streamed in chunks.
    let chunked = body.len() > 4096;
    if !chunked {
        headers.push(("Content-Length", body.len().to_string()));
    }
    headers.push(("Content-Type", content_type.to_string()));
    headers.push(("Date", date));
    if content_type.starts_with("text/plain") && status != 200 {
        headers.push(("X-Content-Type-Options", "nosniff".to_string()));
    }
    headers.push((
        "X-Kubernetes-Pf-Flowschema-Uid",
        crate::rng::derived_uuid(&["flowschema", "global-default"]),
    ));
    headers.push((
        "X-Kubernetes-Pf-Prioritylevel-Uid",
        crate::rng::derived_uuid(&["prioritylevelconfiguration", "global-default"]),
    ));
    if chunked {
        headers.push(("Transfer-Encoding", "chunked".to_string()));
    }
    HttpResponse {
        status,
        headers,
        body,
    }
}

/// Go's `http.Error` (and `http.NotFound`) as kubectl's own server writes it.
fn go_error(status: u16, text: &str, date: String) -> HttpResponse {
    let body = format!("{text}\n");
    HttpResponse {
        status,
        headers: vec![
            ("Content-Type", "text/plain; charset=utf-8".to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
            ("Date", date),
            ("Content-Length", body.len().to_string()),
        ],
        body,
    }
}

/// `http.FileServer(http.Dir(dir))` for `relative` (the request path without the static
/// prefix) and the request's `query`.
fn serve_file(env: &Env<'_>, dir: &str, relative: &str, query: &str, date: String) -> HttpResponse {
    let url = format!("/{}", relative.trim_start_matches('/'));
    // `localRedirect`: a relative `Location`, no body.
    let redirect = |location: String| {
        let location = if query.is_empty() {
            location
        } else {
            format!("{location}?{query}")
        };
        HttpResponse {
            status: 301,
            headers: vec![
                ("Location", location),
                ("Date", date.clone()),
                ("Content-Length", "0".to_string()),
            ],
            body: String::new(),
        }
    };
    if url.ends_with("/index.html") {
        return redirect("./".to_string());
    }
    let cleaned = go_clean_path(&url);
    let path = format!(
        "{}{}",
        dir.trim_end_matches('/'),
        cleaned.trim_end_matches('/')
    );
    let base = cleaned
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("");
    // The virtual file system keeps no modification times: files read as written now.
    let file = |content_type: &str, body: String| HttpResponse {
        status: 200,
        headers: vec![
            ("Accept-Ranges", "bytes".to_string()),
            ("Content-Length", body.len().to_string()),
            ("Content-Type", content_type.to_string()),
            ("Last-Modified", date.clone()),
            ("Date", date.clone()),
        ],
        body,
    };
    if env.fs.is_dir(&path) {
        if !url.ends_with('/') {
            return redirect(format!("{base}/"));
        }
        if let Ok(text) = env.fs.read(&format!("{path}/index.html")) {
            return file("text/html; charset=utf-8", text.to_string());
        }
        let Ok(entries) = env.fs.list(&path) else {
            return go_error(404, "404 page not found", date);
        };
        // `dirList`, sorted by name.
        let mut body = String::from(
            "<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n",
        );
        for (name, is_dir) in entries {
            let shown = if is_dir { format!("{name}/") } else { name };
            body.push_str(&format!(
                "<a href=\"{}\">{}</a>\n",
                html_escape(&escape_url_path(&shown)),
                html_escape(&shown)
            ));
        }
        body.push_str("</pre>\n");
        return HttpResponse {
            status: 200,
            headers: vec![
                ("Content-Type", "text/html; charset=utf-8".to_string()),
                ("Last-Modified", date.clone()),
                ("Date", date),
                ("Content-Length", body.len().to_string()),
            ],
            body,
        };
    }
    match env.fs.read(&path) {
        Ok(_) if url.ends_with('/') => redirect(format!("../{base}")),
        Ok(text) => {
            let content_type = match base.rsplit_once('.').map(|(_, extension)| extension) {
                Some("html" | "htm") => "text/html; charset=utf-8",
                Some("css") => "text/css; charset=utf-8",
                Some("js" | "mjs") => "text/javascript; charset=utf-8",
                Some("json") => "application/json",
                _ => "text/plain; charset=utf-8",
            };
            file(content_type, text.to_string())
        }
        Err(_) => go_error(404, "404 page not found", date),
    }
}

/// Go's `path.Clean` of an absolute path, keeping a final slash as `ServeMux` does.
fn go_clean_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    let mut cleaned = format!("/{}", parts.join("/"));
    if path.ends_with('/') && cleaned != "/" {
        cleaned.push('/');
    }
    cleaned
}

/// `url.URL{Path: name}.String()`: the path with the bytes Go escapes in paths as `%XX`.
fn escape_url_path(name: &str) -> String {
    let mut out = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~$&+,/:;=@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Go's `htmlReplacer`.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The HTTP status of an API error.
fn status_code(error: &ApiError) -> u16 {
    match error {
        ApiError::NotFound { .. } | ApiError::NoSuchPath { .. } => 404,
        ApiError::AlreadyExists { .. } | ApiError::Conflict { .. } => 409,
        ApiError::Invalid { .. } | ApiError::InvalidRequest { .. } => 422,
        ApiError::Forbidden { .. } => 403,
        ApiError::BadRequest { .. } => 400,
        ApiError::MethodNotAllowed { .. } => 405,
    }
}

/// The `metav1.Status` the API server writes for an error, in Go's field order.
fn status_json(error: &ApiError, pretty: bool) -> String {
    let mut fields: Vec<(&str, String)> = vec![
        ("kind", quoted("Status")),
        ("apiVersion", quoted("v1")),
        ("metadata", "{}".to_string()),
        ("status", quoted("Failure")),
        ("message", quoted(&error.to_string())),
        ("reason", quoted(error.reason())),
    ];
    if let ApiError::NotFound { resource, name } | ApiError::AlreadyExists { resource, name } =
        error
    {
        let (kind, group) = resource.split_once('.').unwrap_or((resource, ""));
        let mut details = vec![("name", quoted(name))];
        if !group.is_empty() {
            details.push(("group", quoted(group)));
        }
        details.push(("kind", quoted(kind)));
        fields.push(("details", json_object(&details, pretty, 1)));
    }
    fields.push(("code", status_code(error).to_string()));
    let mut out = json_object(&fields, pretty, 0);
    out.push('\n');
    out
}

fn quoted(text: &str) -> String {
    let mut out = String::new();
    write_go_json_string(&mut out, text);
    out
}

/// A JSON object of already encoded values, compact or indented by two spaces at `depth`.
fn json_object(fields: &[(&str, String)], pretty: bool, depth: usize) -> String {
    let mut out = String::from("{");
    for (index, (key, value)) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        if pretty {
            out.push('\n');
            out.push_str(&"  ".repeat(depth + 1));
        }
        out.push_str(&quoted(key));
        out.push(':');
        if pretty {
            out.push(' ');
        }
        out.push_str(value);
    }
    if pretty {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    }
    out.push('}');
    out
}
