//! clientcmd's reading of the kubeconfig with the command line's overrides (`--context`,
//! `--cluster`, `--user`, `--server`, `--proxy-url`, credentials and TLS files): the errors of
//! `ConfirmUsable`, which every command that reads the configuration meets first; those of
//! building the REST client (`ClientConfig`, `DefaultServerURL`, the transport); and where
//! the client's requests go (`server`): to the playground's API server, or to an address
//! where nothing answers.
//!
//! The learner's machine has the playground's API server (kind's `https://127.0.0.1:40331`),
//! `kubectl proxy`'s ports, and nothing else: other local ports refuse, other names do not
//! resolve, other addresses time out (reported at once: the playground does not wait for
//! the dial timeout). The contents of certificate files are not checked, only that they
//! exist.

use super::super::cli::{golang, FlagValue, Invocation};
use super::super::config::{CLUSTER_NAME, SERVER};
use super::super::error::KubectlError;
use super::super::{Env, ForwardTarget};

/// clientcmd's checks before any command that talks to the cluster (every one but `config`,
/// `completion`, `options` and `version --client`, even `--local` ones): an explicit
/// `--kubeconfig` must exist, then `ConfirmUsable`: the context in use (`--context`, else
/// `current-context`) must exist, the user's credentials must be usable (certificate files
/// readable, one authentication method, impersonation flags with `--as`) and the cluster's
/// (a `--cluster` the kubeconfig has, a proxy URL, a readable CA file). Several errors are
/// its aggregate, as `MultilineError` prints it.
pub(super) fn configuration_error(invocation: &Invocation, env: &Env<'_>) -> Option<KubectlError> {
    match invocation.path.first().copied() {
        Some("config" | "completion" | "options" | "help" | "alpha" | "plugin") => return None,
        Some("version") if invocation.flags.bool("client") => return None,
        _ => {}
    }
    if let Some(error) = super::kubeconfig_file::missing_error(invocation, env.fs) {
        return Some(error);
    }
    // `Namespace()` answers a `--namespace` without `ConfirmUsable`: its checks wait for the
    // REST client (`client_config_error`).
    if namespace_overridden(invocation) {
        return None;
    }
    if reads_client_config_first(invocation) {
        if let Some(error) = missing_entry(invocation, env) {
            return Some(error);
        }
    }
    confirm_usable(invocation, env, false)
}

/// Whether `--namespace` overrides the context's namespace (clientcmd's
/// `overrides.Context.Namespace`).
fn namespace_overridden(invocation: &Invocation) -> bool {
    !invocation
        .flags
        .string("namespace")
        .unwrap_or("")
        .is_empty()
}

/// Whether the command meets a failing `ClientConfig` first in its resource builder, whose
/// aggregate keeps `ConfirmUsable`'s error whole: one error then prints as
/// `Error in configuration: …` too.
fn fails_in_builder(invocation: &Invocation) -> bool {
    match invocation.path.as_slice() {
        ["get"] => invocation.flags.string("raw").unwrap_or("").is_empty(),
        ["describe" | "delete" | "label" | "annotate" | "patch"] => true,
        _ => false,
    }
}

/// `ConfirmUsable`'s errors, as kubectl prints them: several as a list, one as it is (an
/// `Error in configuration` when it is the missing context, or when `aggregated` inside
/// the builder's error).
fn confirm_usable(
    invocation: &Invocation,
    env: &Env<'_>,
    aggregated: bool,
) -> Option<KubectlError> {
    let flags = &invocation.flags;
    let text = |name: &str| flags.string(name).unwrap_or("");
    let readable = |kind: &str, file: &str, owner: &str| {
        (!file.is_empty() && !env.fs.exists(file)).then(|| {
            format!("unable to read {kind} {file} for {owner} due to open {file}: no such file or directory")
        })
    };
    let mut errors = Vec::new();
    let context_name = env.config.context_in_use(flags.string("context"));
    let missing_context = context_name.filter(|name| !env.config.contexts.contains_key(*name));
    if let Some(name) = missing_context {
        errors.push(format!(
            "context was not found for specified context: {name}"
        ));
    }
    // A `--user` or `--cluster` the kubeconfig lacks is validated as an empty entry.
    let user = Entry::user(invocation, env);
    if !user.required || user.found {
        let certificate = text("client-certificate");
        let key = text("client-key");
        if !certificate.is_empty() || user.found {
            if key.is_empty() && !user.found {
                errors.push(format!("client-key-data or client-key must be specified for {} to use the clientCert authentication method.", user.name));
            }
            errors.extend(readable("client-cert", certificate, user.name));
            errors.extend(readable("client-key", key, user.name));
        }
        if !text("token").is_empty()
            && !(text("username").is_empty() && text("password").is_empty())
        {
            errors.push(format!("more than one authentication method found for {}; found [token basicAuth], only one is allowed", user.name));
        }
        let asks = !text("as-uid").is_empty()
            || !flags.strings("as-group").is_empty()
            || flags
                .strings("as-user-extra")
                .iter()
                .any(|extra| extra.contains('='));
        if asks && text("as").is_empty() {
            errors.push(format!(
                "requesting uid, groups or user-extra for {} without impersonating a user",
                user.name
            ));
        }
    }
    let cluster = Entry::cluster(invocation, env);
    if cluster.required && !cluster.found {
        errors.push(format!(
            "no server found for cluster {}",
            golang::quote(cluster.name)
        ));
    } else {
        let proxy = text("proxy-url");
        if let Err(error) = proxy_url(proxy) {
            errors.push(format!(
                "invalid 'proxy-url' {} for cluster {}: {error}",
                golang::quote(proxy),
                golang::quote(cluster.name)
            ));
        }
        errors.extend(readable(
            "certificate-authority",
            text("certificate-authority"),
            cluster.name,
        ));
    }
    match errors.as_slice() {
        [] => None,
        [only] if missing_context.is_some() || aggregated => {
            Some(KubectlError::Raw(format!("Error in configuration: {only}")))
        }
        [only] => Some(KubectlError::message(only.clone())),
        several => Some(KubectlError::Raw(format!(
            "Error in configuration: \n* {}",
            several.join("\n* ")
        ))),
    }
}

/// Whether the command builds its REST client (`ToRESTConfig`) before it reads its
/// namespace, so that `ClientConfig`'s own checks come before `ConfirmUsable`'s (measured
/// with kubectl 1.37 and `--cluster` naming no cluster).
fn reads_client_config_first(invocation: &Invocation) -> bool {
    match invocation.path.as_slice() {
        ["version" | "explain" | "api-resources" | "api-versions" | "cluster-info" | "replace"
        | "run" | "expose" | "proxy" | "wait" | "cordon" | "uncordon" | "drain" | "apply"
        | "diff"]
        | ["auth", "can-i" | "whoami"]
        | ["top", "node"]
        | ["cluster-info", "dump"] => true,
        ["create", rest @ ..] => rest != ["token"],
        ["get"] => !invocation.flags.string("raw").unwrap_or("").is_empty(),
        _ => false,
    }
}

/// `ClientConfig`'s first checks: the user, context and cluster named by flags must exist.
fn missing_entry(invocation: &Invocation, env: &Env<'_>) -> Option<KubectlError> {
    let user = Entry::user(invocation, env);
    let context = invocation
        .flags
        .string("context")
        .filter(|name| !name.is_empty());
    let cluster = Entry::cluster(invocation, env);
    let (what, name) = if user.required && !user.found {
        ("auth info", user.name)
    } else if let Some(name) = context.filter(|name| !env.config.contexts.contains_key(*name)) {
        ("context", name)
    } else if cluster.required && !cluster.found {
        ("cluster", cluster.name)
    } else {
        return None;
    };
    Some(KubectlError::message(format!(
        "{what} {} does not exist",
        golang::quote(name)
    )))
}

/// The errors of building the REST client, after `configuration_error`'s: a `--user` the
/// kubeconfig lacks, `--request-timeout` (clientcmd's `ParseTimeout`: whole seconds or a Go
/// duration, even a negative one), the `--server` URL (`DefaultServerURL`), and a CA file
/// with `--insecure-skip-tls-verify` for an HTTPS server.
///
/// The playground has no request timeouts: the value is only checked.
pub(super) fn client_config_error(invocation: &Invocation, env: &Env<'_>) -> Option<KubectlError> {
    let flags = &invocation.flags;
    if let Some(error) = missing_entry(invocation, env) {
        return Some(error);
    }
    if namespace_overridden(invocation) {
        if let Some(error) = confirm_usable(invocation, env, fails_in_builder(invocation)) {
            return Some(error);
        }
    }
    let timeout = flags.string("request-timeout").unwrap_or("");
    let seconds = golang::parse_int(timeout, false, 64).is_ok_and(|value| value >= 0);
    if !timeout.is_empty() && !seconds && golang::parse_duration(timeout).is_err() {
        return Some(KubectlError::message(
            "Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)",
        ));
    }
    let url = match server_url(invocation, env) {
        Ok(url) => url,
        Err(error) => return Some(error),
    };
    (url.scheme == "https"
        && flags.bool("insecure-skip-tls-verify")
        && !flags
            .string("certificate-authority")
            .unwrap_or("")
            .is_empty())
    .then(|| {
        KubectlError::message(
            "specifying a root certificates file with the insecure flag is not allowed",
        )
    })
}

/// The cluster or user the command uses: `--cluster`/`--user`, else the context's.
struct Entry<'a> {
    name: &'a str,
    /// Named by the flag, which makes it required.
    required: bool,
    /// The kubeconfig has it (the playground's only cluster and user are kind's).
    found: bool,
}

impl<'a> Entry<'a> {
    fn cluster(invocation: &'a Invocation, env: &'a Env<'_>) -> Entry<'a> {
        Entry::new(invocation, env, "cluster", env.config.has_cluster)
    }

    fn user(invocation: &'a Invocation, env: &'a Env<'_>) -> Entry<'a> {
        Entry::new(invocation, env, "user", env.config.has_user)
    }

    fn new(invocation: &'a Invocation, env: &'a Env<'_>, flag: &str, has_kind: bool) -> Entry<'a> {
        // A command's own `--user` (`create rolebinding`'s subjects) shadows the global one.
        let named = match invocation.flags.get(flag) {
            Some(FlagValue::String(name)) if !name.is_empty() => Some(name.as_str()),
            _ => None,
        };
        let context = env
            .config
            .context_in_use(invocation.flags.string("context"))
            .and_then(|name| env.config.contexts.get(name));
        let name = named
            .or_else(|| {
                context.map(|context| {
                    if flag == "user" {
                        context.user.as_str()
                    } else {
                        context.cluster.as_str()
                    }
                })
            })
            .unwrap_or("");
        Entry {
            name,
            required: named.is_some(),
            found: name == CLUSTER_NAME && has_kind,
        }
    }
}

/// clientcmd's `parseProxyURL` of a non-empty `--proxy-url`.
fn proxy_url(proxy: &str) -> Result<Option<golang::GoUrl>, String> {
    if proxy.is_empty() {
        return Ok(None);
    }
    let url = golang::parse_url(proxy).map_err(|_| format!("could not parse: {proxy}"))?;
    if !matches!(url.scheme.as_str(), "http" | "https" | "socks5") {
        return Err(format!(
            "unsupported scheme {}, must be http, https, or socks5",
            golang::quote(&url.scheme)
        ));
    }
    Ok(Some(url))
}

/// The server's URL: `--server` read as `DefaultServerURL` reads a host (`http://` added to
/// a bare `host:port`), else the cluster's (kind's), else clientcmd's default
/// `http://localhost:8080`.
fn server_url(invocation: &Invocation, env: &Env<'_>) -> Result<golang::GoUrl, KubectlError> {
    let server = invocation.flags.string("server").unwrap_or("");
    let server = match server {
        "" if Entry::cluster(invocation, env).found => SERVER,
        "" => "http://localhost:8080",
        server => server,
    };
    if let Some(url) = golang::parse_url(server)
        .ok()
        .filter(|url| !url.scheme.is_empty() && !url.host.is_empty())
    {
        return Ok(url);
    }
    let url = golang::parse_url(&format!("http://{server}"))
        .map_err(|error| KubectlError::Raw(format!("Unable to connect to the server: {error}")))?;
    if !matches!(url.path.as_str(), "" | "/") {
        return Err(KubectlError::message(format!(
            "host must be a URL or a host:port pair: {}",
            golang::quote(server)
        )));
    }
    Ok(url)
}

/// Why every request fails, in the words kubectl prints.
pub(super) struct Failure {
    /// The server's base URL, as requests name it (`http://localhost:8080`).
    pub(super) url: String,
    /// The request's error after the URL (`dial tcp 127.0.0.1:8080: connect: connection refused`).
    pub(super) error: String,
    /// The URL's host when the connection was refused (kubectl's message names it).
    refused_host: Option<String>,
}

impl Failure {
    /// kubectl's error for a request nothing answered (`StandardErrorMessage`).
    pub(super) fn message(&self) -> String {
        match &self.refused_host {
            Some(host) => format!(
                "The connection to the server {host} was refused - did you specify the right host or port?"
            ),
            None => format!("Unable to connect to the server: {}", self.error),
        }
    }
}

/// Why the command's requests fail, or `None` when the playground's API server answers them:
/// the kubeconfig's cluster (kind's) answers when the context names it; `--server` names
/// another address, `--proxy-url` a proxy to pass through. (`client_config_error` has
/// reported a URL that does not parse.)
pub(super) fn unreachable(invocation: &Invocation, env: &Env<'_>) -> Option<Box<Failure>> {
    let url = server_url(invocation, env).ok()?;
    let (host, port) = split_host_port(&url.host);
    let kind = url.scheme == "https"
        && matches!(host.as_str(), "127.0.0.1" | "localhost")
        && format!("https://127.0.0.1:{port}") == SERVER;
    let proxy = proxy_url(invocation.flags.string("proxy-url").unwrap_or(""))
        .ok()
        .flatten();
    let reachable = match &proxy {
        _ if !matches!(url.scheme.as_str(), "http" | "https") => false,
        Some(_) => false,
        // kind's server answers whatever the kubeconfig says of it.
        None if kind => true,
        // `kubectl proxy` serves the API over HTTP on its port.
        None => {
            url.scheme == "http"
                && local_address(&host).is_some()
                && port
                    .parse::<u16>()
                    .ok()
                    .and_then(|port| env.network.forward(port))
                    .is_some_and(|forward| matches!(forward.target, ForwardTarget::ApiProxy(_)))
        }
    };
    if reachable {
        return None;
    }
    let base = format!(
        "{}://{}{}{}",
        url.scheme,
        url.user
            .as_ref()
            .map_or(String::new(), |user| format!("{user}@")),
        url.host,
        url.path.trim_end_matches('/')
    );
    if !matches!(url.scheme.as_str(), "http" | "https") {
        return Some(Box::new(Failure {
            url: base,
            error: format!("unsupported protocol scheme {}", golang::quote(&url.scheme)),
            refused_host: None,
        }));
    }
    let (dialed, dialed_port, prefix) = match &proxy {
        Some(proxy) => {
            let (host, port) = split_host_port(&proxy.host);
            (host, port, "proxyconnect tcp: ")
        }
        None => (host, port, ""),
    };
    let scheme = proxy
        .as_ref()
        .map_or(url.scheme.as_str(), |proxy| proxy.scheme.as_str());
    let dialed_port = match (dialed_port.as_str(), scheme) {
        ("", "https") => "443".to_string(),
        ("", "socks5") => "1080".to_string(),
        ("", _) => "80".to_string(),
        (port, _) => port.to_string(),
    };
    let (error, refused) = match local_address(&dialed) {
        Some(address) => (
            format!("dial tcp {address}:{dialed_port}: connect: connection refused"),
            true,
        ),
        None if ip(&dialed).is_some() => (
            format!("dial tcp {dialed}:{dialed_port}: i/o timeout"),
            false,
        ),
        None => (format!("dial tcp: lookup {dialed}: no such host"), false),
    };
    Some(Box::new(Failure {
        url: base,
        error: format!("{prefix}{error}"),
        refused_host: refused.then(|| url.host.clone()),
    }))
}

/// A URL host's name (an IPv6 address keeps its brackets) and port (empty when absent).
fn split_host_port(host: &str) -> (String, String) {
    let (name, port) = match host.find(']') {
        Some(end) if host.starts_with('[') => host.split_at(end + 1),
        _ => host.find(':').map_or((host, ""), |at| host.split_at(at)),
    };
    (name.to_string(), port.trim_start_matches(':').to_string())
}

/// The address a name of this machine dials (`localhost` is `127.0.0.1`).
fn local_address(host: &str) -> Option<String> {
    if host.eq_ignore_ascii_case("localhost") {
        return Some("127.0.0.1".to_string());
    }
    ip(host)
        .filter(|address| address.is_loopback() || address.is_unspecified())
        .map(|_| host.to_string())
}

/// The IP address a host names literally (`[::1]` in a URL).
fn ip(host: &str) -> Option<std::net::IpAddr> {
    host.strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or(host)
        .parse()
        .ok()
}
