//! One module per kubectl verb; `dispatch` routes a parsed invocation to it.

mod annotate;
mod auth;
mod client_config;
mod config;
mod create;
mod create_config;
mod create_service;
mod delete;
mod describe;
mod diff;
mod discovery;
mod edit;
mod explain;
mod expose;
mod get;
mod get_raw;
mod info;
mod kubeconfig_file;
mod label;
mod last_applied;
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
mod unsimulated;
mod wait;

pub use run::AttachedShell;

use super::cli::Invocation;
use super::error::KubectlError;
use super::{Env, Io, Outcome};
use client_config::{client_config_error, configuration_error};

/// Whether the command's own checks of its arguments fail before it reads the kubeconfig
/// (`f.ToRawKubeConfigLoader().Namespace()`, `ToRESTConfig`), so that they, not
/// `configuration_error`, answer. `annotate` reads it only in its builder and `label` after
/// its arguments: `label::edit` checks the configuration itself.
fn fails_on_arguments_first(invocation: &Invocation) -> bool {
    let flags = &invocation.flags;
    let args = &invocation.args;
    let no_files = !super::resources::has_file_sources(flags);
    let no_selector = flags.string("selector").unwrap_or("").is_empty();
    match invocation.path.as_slice() {
        ["create"] => no_files,
        // `auth reconcile` reads the kubeconfig after its arguments and `--dry-run`.
        ["auth", "reconcile"] => true,
        ["api-resources" | "api-versions" | "apply"] => !args.is_empty(),
        ["create", _, ..] => invocation.args_before_dash().len() != 1,
        ["top", _] => args.len() > 1,
        // The old form `exec POD COMMAND`.
        ["exec"] => {
            !matches!(invocation.args_before_dash, Some(0 | 1))
                && (args.len() > 1 || (!args.is_empty() && !no_files))
        }
        // `run` builds its client after its flags, and sends its first request after
        // `Validate` (`run::run`).
        ["annotate" | "label" | "run"] => true,
        ["logs"] => {
            if no_selector {
                args.is_empty() || args.len() > 2
            } else {
                !args.is_empty()
            }
        }
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
/// `client_config_error` themselves.
fn builds_client_first(invocation: &Invocation) -> bool {
    match invocation.path.as_slice() {
        ["explain"] => true,
        // `kubectl auth` builds its client between its own checks.
        ["auth", ..] => false,
        ["label" | "annotate" | "port-forward" | "patch" | "cordon" | "uncordon" | "drain"
        | "taint" | "exec" | "attach"]
        | ["set", "image"]
        | ["create", _, ..] => false,
        // These build their client in `Complete`, before they look at their arguments.
        ["expose"] | ["rollout", "status"] => true,
        _ => needs_server(invocation),
    }
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
    // `get --raw` checks its flags first and finds the server itself (`get_raw::run`).
    if first == "get" && !invocation.flags.string("raw").unwrap_or("").is_empty() {
        return false;
    }
    let takes_arguments = !matches!(
        first,
        "version" | "cluster-info" | "api-resources" | "api-versions" | "events" | "top"
    ) && (invocation.path.len() == 1
        || matches!(first, "rollout" | "set" | "apply"));
    // `logs`, `cordon`, `uncordon` and `drain` find their objects by `--selector` alone.
    let by_selector = matches!(first, "logs" | "cordon" | "uncordon" | "drain")
        && invocation.flags.changed("selector");
    !(takes_arguments
        && invocation.args.is_empty()
        && !by_selector
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
    // `--kubeconfig` stands in for `~/.kube/config` during this command.
    let mut explicit = kubeconfig_file::load_explicit(invocation, env.fs)?;
    if let Some(config) = explicit.as_mut() {
        std::mem::swap(env.config, config);
    } else {
        kubeconfig_file::load(env)?;
    }
    let before = (first == Some("config")).then(|| env.config.clone());
    let result = dispatch_verb(invocation, env, io);
    if before.is_some_and(|before| env.config.settings_differ(&before)) {
        kubeconfig_file::store(env, kubeconfig_file::path(invocation));
    }
    if let Some(config) = explicit.as_mut() {
        std::mem::swap(env.config, config);
    }
    result
}

/// Whether the verb builds its REST client itself (`rest_client_error`) where its
/// `Complete` does, after the flags it reads first (`--dry-run`, `--validate`, `-o`).
fn builds_client_itself(invocation: &Invocation) -> bool {
    matches!(
        invocation.path.as_slice(),
        ["apply"] | ["replace"] | ["wait"] | ["diff"] | ["cluster-info", "dump"]
    )
}

/// `ToRESTConfig` where a verb's `Complete` calls it: `ConfirmUsable`'s errors, then those
/// of building the client.
pub(super) fn rest_client_error(invocation: &Invocation, env: &Env<'_>) -> Option<KubectlError> {
    configuration_error(invocation, env).or_else(|| client_config_error(invocation, env))
}

fn dispatch_verb(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let path: Vec<&str> = invocation.path.to_vec();
    let arguments_first = fails_on_arguments_first(invocation);
    let itself = builds_client_itself(invocation);
    if !arguments_first && !itself {
        if let Some(error) = configuration_error(invocation, env) {
            return Err(error);
        }
    }
    if !arguments_first && !itself && builds_client_first(invocation) {
        if let Some(error) = client_config_error(invocation, env) {
            return Err(error);
        }
    }
    // `label` and `annotate` check their arguments first (`label::edit`), `exec`, `attach`,
    // `wait` and `diff` build their client before they check theirs.
    let checks_itself = matches!(
        path.as_slice(),
        ["label" | "annotate" | "exec" | "attach" | "wait" | "diff"] | ["cluster-info", "dump"]
    );
    if let Some(failure) = (!arguments_first && !checks_itself && needs_server(invocation))
        .then(|| unreachable::failure(invocation, env))
        .flatten()
    {
        // The files are read, and the first request sent, after the client is built.
        let client_error = if itself {
            rest_client_error(invocation, env)
        } else {
            client_config_error(invocation, env)
        };
        if let Some(error) = client_error {
            return Err(error);
        }
        if let Some(result) = unreachable::run(invocation, env, io, &failure) {
            return result.map(Outcome::Done);
        }
    }
    match path.as_slice() {
        ["get"] => get::run(invocation, env, io),
        ["diff"] => Ok(Outcome::Done(diff::run(invocation, env, io))),
        ["describe"] => describe::run(invocation, env, io).map(Outcome::Done),
        ["create"] => create::run(invocation, env, io, create::Mode::Create, None),
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
        ["create", "priorityclass"] => {
            create_config::priority_class(invocation, env, io).map(Outcome::Done)
        }
        ["create", "serviceaccount"] => {
            create_config::service_account(invocation, env, io).map(Outcome::Done)
        }
        ["apply", "view-last-applied"] => {
            last_applied::view(invocation, env, io).map(Outcome::Done)
        }
        ["apply", "set-last-applied"] => last_applied::set(invocation, env, io).map(Outcome::Done),
        ["apply", "edit-last-applied"] => edit::run_last_applied(invocation, env, io),
        ["set", "env"] => unsimulated::set_env(invocation, env, io).map(Outcome::Done),
        ["set", "selector"] => unsimulated::set_selector(invocation, env, io).map(Outcome::Done),
        ["cluster-info", "dump"] => {
            unsimulated::cluster_info_dump(invocation, env, io).map(Outcome::Done)
        }
        ["set", what @ ("resources" | "subject" | "serviceaccount")] => {
            unsimulated::set_with_builder(what, invocation, env, io).map(Outcome::Done)
        }
        ["create", "secret", "tls"] => {
            unsimulated::create("secret tls", invocation, env, io).map(Outcome::Done)
        }
        ["create", what @ ("role"
        | "clusterrole"
        | "rolebinding"
        | "clusterrolebinding"
        | "cronjob"
        | "ingress"
        | "poddisruptionbudget"
        | "quota")] => unsimulated::create(what, invocation, env, io).map(Outcome::Done),
        ["create", "service", subcommand] => {
            create_service::run(subcommand, invocation, env, io).map(Outcome::Done)
        }
        ["apply"] => create::run(invocation, env, io, create::Mode::Apply, None),
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
        ["edit"] => edit::run(invocation, env, io),
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
