//! One module per kubectl verb; `dispatch` routes a parsed invocation to it.

mod annotate;
mod auth;
mod config;
mod create;
mod create_config;
mod create_service;
mod delete;
mod describe;
mod discovery;
mod explain;
mod expose;
mod get;
mod get_raw;
mod info;
mod kubeconfig_file;
mod label;
mod logs;
mod nodes;
mod patch;
mod port_forward;
pub(crate) mod proxy;
mod replace;
mod rollout;
mod run;
mod scale;
mod set_image;
mod top;
mod unreachable;
mod wait;

pub use run::AttachedShell;

use super::cli::Invocation;
use super::error::KubectlError;
use super::{Env, Io, Outcome};

/// clientcmd's check before any command that talks to the cluster (every one but `config`,
/// `completion`, `options` and `version --client`, even `--local` ones): the context in use
/// (`--context`, else `current-context`) must exist, and impersonation flags need `--as`.
/// Both failing is `ConfirmUsable`'s aggregate, as `MultilineError` prints it.
pub(super) fn configuration_error(invocation: &Invocation, env: &Env<'_>) -> Option<KubectlError> {
    match invocation.path.first().copied() {
        Some("config" | "completion" | "options" | "help" | "alpha" | "plugin") => return None,
        Some("version") if invocation.flags.bool("client") => return None,
        _ => {}
    }
    let name = env
        .config
        .context_in_use(invocation.flags.string("context"));
    let context = name.and_then(|name| env.config.contexts.get(name));
    let missing = name
        .filter(|_| context.is_none())
        .map(|name| format!("context was not found for specified context: {name}"));
    let impersonation = impersonation_error(invocation, context.map(|c| c.user.as_str()));
    match (missing, impersonation) {
        (None, None) => None,
        (Some(missing), None) => Some(KubectlError::Raw(format!(
            "Error in configuration: {missing}"
        ))),
        (None, Some(impersonation)) => Some(KubectlError::message(impersonation)),
        (Some(missing), Some(impersonation)) => Some(KubectlError::Raw(format!(
            "Error in configuration: \n* {missing}\n* {impersonation}"
        ))),
    }
}

/// `validateAuthInfo`'s impersonation check, which clientcmd runs with the context's:
/// `--as-uid`, `--as-group` or `--as-user-extra KEY=VALUE` need `--as`.
fn impersonation_error(invocation: &Invocation, context_user: Option<&str>) -> Option<String> {
    let flags = &invocation.flags;
    let impersonates = !flags.string("as").unwrap_or("").is_empty();
    let asks = !flags.string("as-uid").unwrap_or("").is_empty()
        || !flags.strings("as-group").is_empty()
        || flags
            .strings("as-user-extra")
            .iter()
            .any(|extra| extra.contains('='));
    let user = flags
        .string("user")
        .filter(|user| !user.is_empty())
        .or(context_user)
        .unwrap_or("");
    (asks && !impersonates).then(|| {
        format!("requesting uid, groups or user-extra for {user} without impersonating a user")
    })
}

/// Whether the command's own checks of its arguments fail before it reads the kubeconfig
/// (`f.ToRawKubeConfigLoader().Namespace()`, `ToRESTConfig`), so that they, not
/// `configuration_error`, answer. `annotate` reads it only in its builder: `label::edit`
/// checks the configuration itself.
fn fails_on_arguments_first(invocation: &Invocation) -> bool {
    let flags = &invocation.flags;
    let args = &invocation.args;
    let no_files = !super::resources::has_file_sources(flags);
    let no_selector = flags.string("selector").unwrap_or("").is_empty();
    match invocation.path.as_slice() {
        ["create"] | ["auth", "reconcile"] => no_files,
        ["create", "namespace" | "configmap" | "secret" | "job" | "deployment" | "serviceaccount"
        | "service" | "token", ..] => args.len() != 1,
        ["annotate"] => true,
        ["logs"] => args.is_empty() && no_selector,
        ["port-forward"] => args.len() < 2,
        ["cordon" | "uncordon" | "drain"] => args.is_empty() && !flags.changed("selector"),
        ["auth", "can-i"] => {
            if flags.bool("list") {
                !args.is_empty()
            } else {
                args.len() != 2
            }
        }
        _ => false,
    }
}

/// Whether the command builds its REST client before its own checks can fail. `explain`
/// builds it before checking its arguments; the verbs listed check theirs first and call
/// `request_timeout_error` themselves.
fn builds_client_first(invocation: &Invocation) -> bool {
    match invocation.path.as_slice() {
        ["explain"] => true,
        // `kubectl auth` builds its client between its own checks.
        ["auth", ..] => false,
        ["label" | "annotate" | "port-forward" | "patch" | "cordon" | "uncordon" | "drain"
        | "taint"]
        | ["create", "namespace" | "service" | "configmap" | "serviceaccount" | "secret" | "token", ..] => {
            false
        }
        _ => needs_server(invocation),
    }
}

/// clientcmd's `ParseTimeout` of `--request-timeout`, which building the client runs: whole
/// seconds (`5`) or a Go duration (`1.5s`, even a negative one).
///
/// The playground has no request timeouts: the value is only checked.
pub(super) fn request_timeout_error(invocation: &Invocation) -> Option<KubectlError> {
    use super::cli::golang;
    let timeout = invocation.flags.string("request-timeout").unwrap_or("");
    let seconds = golang::parse_int(timeout, false, 64).is_ok_and(|value| value >= 0);
    (!timeout.is_empty() && !seconds && golang::parse_duration(timeout).is_err()).then(|| {
        KubectlError::message(
            "Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)",
        )
    })
}

/// Whether the command talks to the API server before anything else can fail. Commands given
/// no arguments at all fail on their own checks first (`kubectl get`, `kubectl logs`…).
fn needs_server(invocation: &Invocation) -> bool {
    let first = invocation.path.first().copied().unwrap_or_default();
    if matches!(
        first,
        "config" | "completion" | "options" | "help" | "alpha" | "plugin" | "proxy"
    ) {
        return false;
    }
    if first == "version" && invocation.flags.bool("client") {
        return false;
    }
    let takes_arguments = !matches!(
        first,
        "version" | "cluster-info" | "api-resources" | "api-versions" | "events" | "top"
    ) && (invocation.path.len() == 1 || matches!(first, "rollout" | "set"));
    !(takes_arguments
        && invocation.args.is_empty()
        && !super::resources::has_file_sources(&invocation.flags))
}

/// Runs the verb named by the invocation's command path, with the kubeconfig file read first
/// (if the learner changed it) and written back after a `kubectl config` command changed it.
pub fn dispatch(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let first = invocation.path.first().copied();
    let reads_kubeconfig = match first {
        Some("completion" | "options" | "help" | "alpha" | "plugin") => false,
        Some("version") => !invocation.flags.bool("client"),
        _ => true,
    };
    if !reads_kubeconfig {
        return dispatch_verb(invocation, env, io);
    }
    kubeconfig_file::load(env)?;
    if first != Some("config") {
        return dispatch_verb(invocation, env, io);
    }
    let before = env.config.clone();
    let result = dispatch_verb(invocation, env, io);
    if env.config.settings_differ(&before) {
        kubeconfig_file::store(env);
    }
    result
}

fn dispatch_verb(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let path: Vec<&str> = invocation.path.to_vec();
    let arguments_first = fails_on_arguments_first(invocation);
    if !arguments_first {
        if let Some(error) = configuration_error(invocation, env) {
            return Err(error);
        }
    }
    if builds_client_first(invocation) {
        if let Some(error) = request_timeout_error(invocation) {
            return Err(error);
        }
    }
    if !arguments_first && needs_server(invocation) && !unreachable::has_server(invocation, env) {
        if let Some(result) = unreachable::run(invocation, env, io) {
            return result.map(Outcome::Done);
        }
    }
    match path.as_slice() {
        ["get"] => get::run(invocation, env, io),
        ["describe"] => describe::run(invocation, env, io).map(Outcome::Done),
        ["create"] => {
            create::run(invocation, env, io, create::Mode::Create, None).map(Outcome::Done)
        }
        ["create", "namespace"] => create::namespace(invocation, env, io).map(Outcome::Done),
        ["create", "configmap"] => {
            create_config::config_map(invocation, env, io).map(Outcome::Done)
        }
        ["create", "secret", subcommand @ ("generic" | "docker-registry")] => {
            create_config::secret(subcommand, invocation, env, io).map(Outcome::Done)
        }
        ["create", "token"] => create_config::token(invocation, env, io).map(Outcome::Done),
        ["rollout", subcommand] => rollout::run(subcommand, invocation, env, io),
        ["set", "image"] => set_image::run(invocation, env, io).map(Outcome::Done),
        ["auth", subcommand] => auth::run(subcommand, invocation, env, io).map(Outcome::Done),
        ["create", "job"] => create_config::job(invocation, env, io).map(Outcome::Done),
        ["create", "deployment"] => {
            create_config::deployment(invocation, env, io).map(Outcome::Done)
        }
        ["create", "serviceaccount"] => {
            create_config::service_account(invocation, env, io).map(Outcome::Done)
        }
        ["create", "service", subcommand] => {
            create_service::run(subcommand, invocation, env, io).map(Outcome::Done)
        }
        ["apply"] => create::run(invocation, env, io, create::Mode::Apply, None).map(Outcome::Done),
        ["delete"] => delete::run(invocation, env, io),
        ["cordon"] => nodes::cordon(invocation, env, io, true).map(Outcome::Done),
        ["uncordon"] => nodes::cordon(invocation, env, io, false).map(Outcome::Done),
        ["drain"] => nodes::drain(invocation, env, io),
        ["taint"] => nodes::taint(invocation, env, io).map(Outcome::Done),
        ["label"] => label::run(invocation, env, io).map(Outcome::Done),
        ["annotate"] => annotate::run(invocation, env, io).map(Outcome::Done),
        ["logs"] => logs::run(invocation, env, io),
        ["port-forward"] => port_forward::run(invocation, env, io),
        ["exec"] => run::exec(invocation, env, io),
        ["attach"] => run::attach(invocation, env, io),
        ["run"] => run::run(invocation, env, io),
        ["explain"] => explain::run(invocation, io).map(Outcome::Done),
        ["config", ..] => config::run(&path, invocation, env, io).map(Outcome::Done),
        ["wait"] => wait::run(invocation, env, io),
        ["events"] => get::events(invocation, env, io),
        ["api-resources"] => info::api_resources(invocation, io).map(Outcome::Done),
        ["api-versions"] => info::api_versions(invocation, io).map(Outcome::Done),
        ["version"] => info::version(invocation, io).map(Outcome::Done),
        ["cluster-info"] => info::cluster_info(invocation, io).map(Outcome::Done),
        ["top", "pod" | "node"] => top::run(invocation).map(Outcome::Done),
        ["scale"] => scale::run(invocation, env, io),
        ["patch"] => patch::run(invocation, env, io),
        ["replace"] => replace::run(invocation, env, io),
        ["expose"] => expose::run(invocation, env, io).map(Outcome::Done),
        ["proxy"] => proxy::run(invocation, env, io),
        ["plugin", "list"] => Err(KubectlError::message(
            "unable to find any kubectl plugins in your PATH",
        )),
        ["alpha"] => {
            io.err("No alpha commands are available in this version of kubectl\n");
            Ok(Outcome::Done(0))
        }
        _ => Err(KubectlError::message(format!(
            "the playground does not implement \"kubectl {}\" yet",
            path.join(" ")
        ))),
    }
}
