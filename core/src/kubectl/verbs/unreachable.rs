//! kubectl without a cluster to talk to: the context in use names no cluster the kubeconfig
//! has (a context made with only `--namespace`, or no current context at all), so clientcmd
//! falls back to `http://localhost:8080`, where nothing listens; or `--server`/`--proxy-url`
//! name an address where nothing answers (`client_config::unreachable`). Each command fails
//! at its first request, after as many discovery attempts (klog's `memcache.go` lines) as
//! kubectl 1.37 makes for it; the counts and messages were measured with kubectl 1.37.
//!
//! Commands that need no server still work: `--local` edits, `create namespace` with
//! `--dry-run=client`, `version --client`, `config`.

use super::super::cli::Invocation;
use super::super::dry_run::klog_line;
use super::super::error::KubectlError;
use super::super::{Env, Io};
pub(super) use super::client_config::{unreachable as failure, Failure};

/// The klog line of one failed discovery request (the REST mapper's memory cache).
pub(super) fn discovery_failure(env: &Env<'_>, failure: &Failure) -> String {
    klog_line(
        env,
        'E',
        "memcache.go:381",
        &format!(
            "\"Couldn't get current server API group list\" err=\"Get \\\"{}/api?timeout=32s\\\": {}\"",
            failure.url,
            failure.error.replace('"', "\\\"")
        ),
    )
}

/// kubectl's error for a request nothing answered.
pub(super) fn connection_refused(failure: &Failure) -> KubectlError {
    KubectlError::Raw(failure.message())
}

/// What the command prints when nothing answers its requests, or `None` when it needs no
/// server or finds out itself.
pub(super) fn run(
    invocation: &Invocation,
    env: &Env<'_>,
    io: &mut Io,
    failure: &Failure,
) -> Option<Result<i32, KubectlError>> {
    let flags = &invocation.flags;
    let path: Vec<&str> = invocation.path.to_vec();
    // `kubectl auth` finds out itself, between its own checks (`verbs::auth`).
    if flags.bool("local") || path.first() == Some(&"auth") {
        return None;
    }
    let discovery = |io: &mut Io, attempts: usize| {
        for _ in 0..attempts {
            io.err(&discovery_failure(env, failure));
        }
    };
    let refused = |io: &mut Io, attempts: usize| {
        discovery(io, attempts);
        Some(Err(connection_refused(failure)))
    };
    let (url, error) = (&failure.url, &failure.error);
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
            format!("unable to recognize \"{first}\": Get \"{url}/api?timeout=32s\": {error}");
        return match path.first().copied() {
            Some("create" | "apply" | "replace") if validating => Some(Err(KubectlError::message(format!(
                "error validating \"{first}\": error validating data: failed to download openapi: Get \"{url}/openapi/v2?timeout=32s\": {error}; if you choose to ignore these errors, turn validation off with --validate=false"
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
        ["version"] if !invocation.args.is_empty() => None,
        ["version"] if flags.string("output").unwrap_or("").is_empty() => {
            // The client's part is printed before the server is asked.
            io.out(&super::info::client_version_lines());
            Some(Err(connection_refused(failure)))
        }
        ["create", "namespace"] if flags.string("dry-run") == Some("client") => None,
        // `create token` sends its one request after its own checks.
        ["create", "token"] => None,
        // The generators check their flags, then fail at their one request.
        ["create", "configmap" | "secret" | "serviceaccount" | "deployment" | "service" | "priorityclass", ..] => {
            None
        }
        ["create", "job"] if flags.string("from").unwrap_or("").is_empty() => None,
        ["cluster-info"] => {
            discovery(io, 5);
            io.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
            Some(Err(connection_refused(failure)))
        }
        ["api-versions"] => {
            discovery(io, 1);
            Some(Err(KubectlError::message(format!(
                "couldn't get available api versions from server: Get \"{url}/api?timeout=32s\": {error}"
            ))))
        }
        // `patch` without a patch says so before its first request.
        ["patch"]
            if flags.string("patch").unwrap_or("").is_empty()
                && flags.string("patch-file").unwrap_or("").is_empty() =>
        {
            None
        }
        // `exec` without a pod or a command says so before its first request.
        ["exec"] if invocation.args.len() < 2 || invocation.args_before_dash == Some(0) => None,
        ["logs" | "exec" | "attach" | "port-forward" | "wait" | "cordon" | "uncordon" | "drain"] => {
            refused(io, 4)
        }
        ["taint"] => refused(io, 2),
        ["explain"] => refused(io, 2),
        ["run" | "api-resources"] => refused(io, 1),
        ["top", ..] | ["events"] | ["create", "namespace"] => refused(io, 0),
        _ => refused(io, 5),
    }
}
