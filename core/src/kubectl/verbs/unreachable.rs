//! kubectl without a cluster to talk to: the context in use names no cluster the kubeconfig
//! has (a context made with only `--namespace`, or no current context at all), so clientcmd
//! falls back to `http://localhost:8080`, where nothing listens. Each command fails at its
//! first request, after as many discovery attempts (klog's `memcache.go` lines) as kubectl
//! 1.37 makes for it; the counts and messages were measured with kubectl 1.37.
//!
//! Commands that need no server still work: `--local` edits, `create namespace` with
//! `--dry-run=client`, `version --client`, `config`.

use super::super::cli::Invocation;
use super::super::dry_run::klog_line;
use super::super::error::KubectlError;
use super::super::{Env, Io};

const REFUSED: &str = "dial tcp 127.0.0.1:8080: connect: connection refused";
const THE_CONNECTION: &str =
    "The connection to the server localhost:8080 was refused - did you specify the right host or port?";

/// Whether kubectl has a server: the context in use must name the playground's cluster.
pub(super) fn has_server(invocation: &Invocation, env: &Env<'_>) -> bool {
    env.config
        .context_in_use(invocation.flags.string("context"))
        .and_then(|name| env.config.contexts.get(name))
        .is_some_and(|context| {
            context.cluster == super::super::config::CLUSTER_NAME && env.config.has_cluster
        })
}

/// The klog line of one failed discovery request (the REST mapper's memory cache).
pub(super) fn discovery_failure(env: &Env<'_>) -> String {
    klog_line(
        env,
        'E',
        "memcache.go:381",
        &format!(
            "\"Couldn't get current server API group list\" err=\"Get \\\"http://localhost:8080/api?timeout=32s\\\": {REFUSED}\""
        ),
    )
}

/// kubectl's error for a request nothing answered.
pub(super) fn connection_refused() -> KubectlError {
    KubectlError::Raw(THE_CONNECTION.to_string())
}

/// What the command prints when nothing answers at localhost:8080, or `None` when it needs
/// no server.
pub(super) fn run(
    invocation: &Invocation,
    env: &Env<'_>,
    io: &mut Io,
) -> Option<Result<i32, KubectlError>> {
    let flags = &invocation.flags;
    let path: Vec<&str> = invocation.path.to_vec();
    // `kubectl auth` finds out itself, between its own checks (`verbs::auth`).
    if flags.bool("local") || path.first() == Some(&"auth") {
        return None;
    }
    let discovery = |io: &mut Io, attempts: usize| {
        for _ in 0..attempts {
            io.err(&discovery_failure(env));
        }
    };
    let refused = |io: &mut Io, attempts: usize| {
        discovery(io, attempts);
        Some(Err(connection_refused()))
    };
    // Commands reading `-f` find the files first, then fail on the first request.
    let files = flags.strings("filename");
    if let Some(first) = files.first() {
        if let Some(missing) = files
            .iter()
            .find(|file| *file != "-" && !env.fs.exists(file))
        {
            return Some(Err(KubectlError::message(format!(
                "the path \"{missing}\" does not exist"
            ))));
        }
        let validating = !matches!(flags.string("validate"), Some("false" | "ignore"));
        let unrecognized =
            format!("unable to recognize \"{first}\": Get \"http://localhost:8080/api?timeout=32s\": {REFUSED}");
        return match path.first().copied() {
            Some("create" | "apply" | "replace") if validating => Some(Err(KubectlError::message(format!(
                "error validating \"{first}\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": {REFUSED}; if you choose to ignore these errors, turn validation off with --validate=false"
            )))),
            Some("get" | "describe") => {
                discovery(io, 1);
                Some(Err(KubectlError::Raw(unrecognized)))
            }
            _ => {
                discovery(io, 1);
                Some(Err(KubectlError::message(unrecognized)))
            }
        };
    }
    match path.as_slice() {
        ["version"] if flags.string("output").unwrap_or("").is_empty() => {
            // The client's part is printed before the server is asked.
            io.out(&super::info::client_version_lines());
            Some(Err(KubectlError::Raw(THE_CONNECTION.to_string())))
        }
        ["create", "namespace"] if flags.string("dry-run") == Some("client") => None,
        ["create", "service", kind] => Some(Err(KubectlError::message(format!(
            "failed to create {} service: Post \"http://localhost:8080/api/v1/namespaces/{}/services?fieldManager=kubectl-create&fieldValidation=Strict\": {REFUSED}",
            match *kind {
                "clusterip" => "ClusterIP",
                "nodeport" => "NodePort",
                "loadbalancer" => "LoadBalancer",
                _ => "ExternalName",
            },
            super::super::resources::namespace(invocation, env)
        )))),
        ["cluster-info"] => {
            discovery(io, 5);
            io.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
            Some(Err(KubectlError::Raw(THE_CONNECTION.to_string())))
        }
        ["api-versions"] => {
            discovery(io, 1);
            Some(Err(KubectlError::message(format!(
                "couldn't get available api versions from server: Get \"http://localhost:8080/api?timeout=32s\": {REFUSED}"
            ))))
        }
        ["logs" | "exec" | "attach" | "port-forward" | "wait"] => refused(io, 4),
        ["explain"] => refused(io, 2),
        ["run" | "api-resources"] => refused(io, 1),
        ["top", ..] | ["events"] | ["create", "namespace"] => refused(io, 0),
        _ => refused(io, 5),
    }
}
