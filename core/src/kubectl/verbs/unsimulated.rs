//! Commands the playground does not simulate, as far as kubectl gets before it needs the
//! server: the `create` generators (`role`, `clusterrole`, `rolebinding`,
//! `clusterrolebinding`, `cronjob`, `ingress`, `poddisruptionbudget`, `quota`, `secret tls`)
//! and `set env|resources|subject|serviceaccount`. Their `Complete` and `Validate` run as
//! kubectl's do, so that a wrong command line fails as it would; a valid one is then refused.
//! (`builder` also serves `apply view-last-applied|set-last-applied`.)

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::output::OutputFormat;
use super::super::resources;
use super::super::{Env, Io};

/// kubectl's `validResourceVerbs` (`create role`).
const RESOURCE_VERBS: [&str; 14] = [
    "*",
    "get",
    "delete",
    "list",
    "create",
    "update",
    "patch",
    "watch",
    "proxy",
    "deletecollection",
    "use",
    "bind",
    "escalate",
    "impersonate",
];

/// kubectl's `validNonResourceVerbs` (`create clusterrole --non-resource-url`).
const NON_RESOURCE_VERBS: [&str; 8] = [
    "*", "get", "post", "put", "delete", "patch", "head", "options",
];

pub(super) fn create(
    what: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, _, _) = super::create_config::generator_prologue(invocation, env, io)?;
    let flags = &invocation.flags;
    let fail = |message: &str| Err(KubectlError::message(message));
    let validates_name = matches!(
        what,
        "role" | "clusterrole" | "rolebinding" | "poddisruptionbudget" | "quota"
    );
    if name.is_empty() && validates_name {
        return fail("name must be specified");
    }
    let given = |flag: &str| !flags.string(flag).unwrap_or("").is_empty();
    match what {
        "role" | "clusterrole" => {
            let verbs = distinct_verbs(flags.strings("verb"));
            let resources = resource_names(flags.strings("resource"));
            let urls = flags.strings("non-resource-url");
            let cluster = what == "clusterrole";
            if cluster && !flags.map("aggregation-rule").is_empty() {
                if !(urls.is_empty()
                    && verbs.is_empty()
                    && resources.is_empty()
                    && flags.strings("resource-name").is_empty())
                {
                    return fail("aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames");
                }
            } else {
                if verbs.is_empty() {
                    return fail("at least one verb must be specified");
                }
                // `role` warns before it looks at resources, `clusterrole` only with some.
                if !cluster || !resources.is_empty() {
                    for verb in verbs
                        .iter()
                        .filter(|v| !RESOURCE_VERBS.contains(&v.as_str()))
                    {
                        io.err(&format!(
                            "Warning: '{verb}' is not a standard resource verb\n"
                        ));
                    }
                }
                if resources.is_empty() && !(cluster && !urls.is_empty()) {
                    return fail(if cluster {
                        "one of resource or nonResourceURL must be specified"
                    } else {
                        "at least one resource must be specified"
                    });
                }
                if !resources.is_empty() {
                    // The first resource decides before the REST mapper is asked.
                    match resources.first().map(String::as_str) {
                        Some("") => {
                            return fail(
                                "resource must be specified if apiGroup/subresource specified",
                            )
                        }
                        Some("*") => {}
                        _ => return Err(unsimulated(&format!("create {what}"))),
                    }
                }
                if cluster && !urls.is_empty() {
                    if let Some(verb) = verbs
                        .iter()
                        .find(|v| !NON_RESOURCE_VERBS.contains(&v.as_str()))
                    {
                        return Err(KubectlError::message(format!(
                            "invalid verb: '{verb}' for nonResourceURL"
                        )));
                    }
                    for url in urls.iter().filter(|url| *url != "*") {
                        if !url.starts_with('/') {
                            return fail("nonResourceURL should start with /");
                        }
                        if url.as_bytes()[..url.len() - 1].contains(&b'*') {
                            return fail("nonResourceURL only supports wildcard matches when '*' is at the end");
                        }
                    }
                }
            }
        }
        "rolebinding" if given("clusterrole") == given("role") => {
            return fail("exactly one of clusterrole or role must be specified");
        }
        "ingress" => {
            let backend = flags.string("default-backend").unwrap_or("");
            let rules = flags.strings("rule");
            if backend.is_empty() && rules.is_empty() {
                return fail("not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)");
            }
            if let Some(rule) = rules.iter().find(|rule| !ingress_rule_matches(rule)) {
                return Err(KubectlError::message(format!("rule {rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]")));
            }
            let annotations = flags.strings("annotation");
            if let Some(annotation) = annotations.iter().find(|a| !a.contains('=')) {
                return Err(KubectlError::message(format!(
                    "annotation {annotation} is invalid and should be in format key=[value]"
                )));
            }
            if !backend.is_empty() && backend.split(':').count() != 2 {
                return fail("default-backend should be in format servicename:serviceport");
            }
        }
        "poddisruptionbudget" => {
            let min = flags.string("min-available").unwrap_or("");
            let max = flags.string("max-unavailable").unwrap_or("");
            if !given("selector") {
                return fail("a selector must be specified");
            }
            match (min.is_empty(), max.is_empty()) {
                (true, true) => {
                    return fail("one of min-available or max-unavailable must be specified")
                }
                (false, false) => {
                    return fail("min-available and max-unavailable cannot be both specified")
                }
                _ => {}
            }
            // `^[0-9]+%?$`
            let valid = |text: &str| {
                let digits = text.strip_suffix('%').unwrap_or(text);
                !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
            };
            if !min.is_empty() && !valid(min) {
                return fail("invalid format specified for min-available");
            }
            if !max.is_empty() && !valid(max) {
                return fail("invalid format specified for max-unavailable");
            }
        }
        "quota" => {
            let hard = flags.string("hard").unwrap_or("");
            for statement in hard.split(',').filter(|_| !hard.is_empty()) {
                if statement.split('=').count() != 2 {
                    return Err(KubectlError::message(format!(
                        "Invalid argument syntax {statement}, expected <resource>=<value>"
                    )));
                }
            }
        }
        "secret tls" if !given("key") || !given("cert") => {
            return fail("key and cert must be specified");
        }
        _ => {}
    }
    Err(unsimulated(&format!("create {what}")))
}

fn unsimulated(what: &str) -> KubectlError {
    KubectlError::message(format!(
        "the playground does not implement \"kubectl {what}\" yet"
    ))
}

/// `set env`: `Complete`, then `Validate`.
pub(super) fn set_env(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let fail = |message: &str| Err(KubectlError::message(message));
    let selector = flags.string("selector").unwrap_or("");
    if flags.bool("all") && !selector.is_empty() {
        return fail("cannot set --all and --selector at the same time");
    }
    // `SplitEnvironmentFromResources`: `NAME=value` (an `=` after the first character) and
    // `NAME-` come after every resource.
    let is_env = |arg: &str| arg.chars().skip(1).any(|c| c == '=') || arg.ends_with('-');
    let args = &invocation.args;
    let resources = args.iter().take_while(|arg| !is_env(arg)).count();
    if args[resources..].iter().any(|arg| !is_env(arg)) {
        return Err(KubectlError::message(format!(
            "all resources must be specified before environment changes: {}",
            args.join(" ")
        )));
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    printer(invocation, env)?;
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    if flags.bool("local") && dry_run == DryRun::Server {
        return fail(
            "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
        );
    }
    if flags.strings("filename").is_empty() && resources == 0 {
        return fail(
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        );
    }
    if flags.bool("list") && !flags.string("output").unwrap_or("").is_empty() {
        return fail("--list and --output may not be specified together");
    }
    if !flags.strings("keys").is_empty() && flags.string("from").unwrap_or("").is_empty() {
        return fail("when specifying --keys, a configmap or secret must be provided with --from");
    }
    // `RunEnv`: `ParseEnv` over `--env` and the arguments' changes, then the builder.
    let mut specs = flags.strings("env");
    specs.extend(args[resources..].iter().cloned());
    parse_env(&specs)?;
    builder(invocation, env, resources > 0, false)?;
    Err(unsimulated("set env"))
}

/// `envutil.ParseEnv`'s checks: `NAME=value` with a valid name, `NAME-` to remove, `-` for
/// standard input; a name both set and removed is refused.
fn parse_env(specs: &[String]) -> Result<(), KubectlError> {
    let mut set = Vec::new();
    let mut removed = Vec::new();
    for spec in specs {
        if spec == "-" {
            continue;
        }
        if let Some((name, _)) = spec.split_once('=') {
            let errors = super::create_config::is_env_var_name(name);
            if !errors.is_empty() {
                return Err(KubectlError::message(format!(
                    "{} is not a valid key name: {}",
                    super::super::cli::golang::quote(name),
                    errors.join(";")
                )));
            }
            set.push(name);
        } else if let Some(name) = spec.strip_suffix('-') {
            removed.push(name);
        } else {
            return Err(KubectlError::message(format!(
                "unknown environment variable: {spec}"
            )));
        }
    }
    if removed.iter().any(|name| set.contains(name)) {
        return Err(KubectlError::message(
            "can not both modify and remove the same environment variable in the same command",
        ));
    }
    Ok(())
}

/// `set resources`, `set subject` and `set serviceaccount`: `Complete` up to its builder.
pub(super) fn set_with_builder(
    what: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let local = invocation.flags.bool("local");
    let mut named = !invocation.args.is_empty();
    if what == "serviceaccount" {
        if local && dry_run == DryRun::Server {
            return Err(KubectlError::message(
                "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
            ));
        }
        printer(invocation, env)?;
        // The last argument is the service account, the ones before it the resources.
        if invocation.args.is_empty() {
            return Err(KubectlError::message("serviceaccount is required"));
        }
        named = invocation.args.len() > 1;
    } else {
        printer(invocation, env)?;
        if local && named {
            return Err(KubectlError::Raw(
                "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'".to_string(),
            ));
        }
    }
    builder(invocation, env, named, false)?;
    Err(unsimulated(&format!("set {what}")))
}

/// `set selector`: `Complete` (the dry-run strategy, the selector of the last argument, the
/// printer), `Validate`, then the builder of `RunSelector`.
pub(super) fn set_selector(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    dry_run::strategy(invocation, env, io)?;
    if let Some(last) = invocation.args.last() {
        parse_to_label_selector(last)?;
    }
    printer(invocation, env)?;
    if invocation.args.is_empty() {
        return Err(KubectlError::message("one selector is required"));
    }
    builder(invocation, env, invocation.args.len() > 1, false)?;
    Err(unsimulated("set selector"))
}

/// `metav1.ParseToLabelSelector`: the selector parsed, with only the operators a
/// `LabelSelector` has.
fn parse_to_label_selector(text: &str) -> Result<(), KubectlError> {
    use crate::selector::Operator;
    let parsed = crate::selector::parse(text).map_err(|error| {
        KubectlError::message(format!(
            "couldn't parse the selector string \"{text}\": {error}"
        ))
    })?;
    for requirement in &parsed.0 {
        let operator = requirement.operator;
        match operator {
            Operator::GreaterThan | Operator::LessThan => {
                return Err(KubectlError::message(format!(
                    "\"{operator}\" isn't supported in label selectors"
                )))
            }
            Operator::NotEquals => {
                return Err(KubectlError::message(format!(
                    "\"{operator}\" is not a valid label selector operator"
                )))
            }
            _ => {}
        }
    }
    Ok(())
}

/// `cluster-info dump`: `Complete` (the printer, the REST client, `--pod-running-timeout`),
/// then the first request.
pub(super) fn cluster_info_dump(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    printer(invocation, env)?;
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    if invocation.flags.duration_nanos("pod-running-timeout") <= 0 {
        return Err(KubectlError::message(
            "--pod-running-timeout must be higher than zero",
        ));
    }
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result;
        }
    }
    Err(unsimulated("cluster-info dump"))
}

/// `PrintFlags.ToPrinter`.
fn printer(invocation: &Invocation, env: &mut Env<'_>) -> Result<OutputFormat, KubectlError> {
    let flags = &invocation.flags;
    OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)
}

/// What cli-runtime's builder refuses before it asks the server: `-f`/`-k` problems, then
/// resource arguments beside them, a selector (or `--all` where it selects) without a
/// resource type, nothing named at all.
pub(super) fn builder(
    invocation: &Invocation,
    env: &mut Env<'_>,
    named: bool,
    select_all: bool,
) -> Result<(), KubectlError> {
    let flags = &invocation.flags;
    let filenames = flags.strings("filename");
    if resources::has_file_sources(flags) {
        if !filenames.is_empty() && !flags.string("kustomize").unwrap_or("").is_empty() {
            return Err(KubectlError::message(
                "only one of -f or -k can be specified",
            ));
        }
        resources::check_kustomize(invocation, env)?;
        let checks = manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        };
        let stdin = env.stdin.as_deref();
        manifest::read_sources(env.fs, stdin, &filenames, flags.bool("recursive"), checks)?;
        if named {
            return Err(KubectlError::message("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well"));
        }
        return Ok(());
    }
    if named {
        return Ok(());
    }
    if (select_all && flags.bool("all")) || !flags.string("selector").unwrap_or("").is_empty() {
        return Err(KubectlError::message(
            "at least one resource must be specified to use a selector",
        ));
    }
    Err(KubectlError::Raw(format!(
        "error: {}",
        super::delete::NO_RESOURCES
    )))
}

/// `--verb` without repeats; `*` stands for them all.
fn distinct_verbs(verbs: Vec<String>) -> Vec<String> {
    if verbs.iter().any(|verb| verb == "*") {
        return vec!["*".to_string()];
    }
    let mut distinct: Vec<String> = Vec::new();
    for verb in verbs {
        if !distinct.contains(&verb) {
            distinct.push(verb);
        }
    }
    distinct
}

/// The resource of each `--resource` (`resource.group/subresource`); a bare `*` ends the list.
fn resource_names(specs: Vec<String>) -> Vec<String> {
    let mut names = Vec::new();
    for spec in specs {
        let (head, sub) = match spec.split_once('/') {
            Some((head, _)) => (head, true),
            None => (spec.as_str(), false),
        };
        let (resource, group) = match head.split_once('.') {
            Some((resource, _)) => (resource, true),
            None => (head, false),
        };
        if resource == "*" && !group && !sub {
            return vec!["*".to_string()];
        }
        names.push(resource.to_string());
    }
    names
}

/// `create ingress`'s rule check: `^[\w*\-.]*/.*=[\w\-]+:[\w\-]+` (unanchored at the end).
fn ingress_rule_matches(rule: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let Some(slash) = rule.find('/') else {
        return false;
    };
    if !rule[..slash]
        .chars()
        .all(|c| word(c) || c == '*' || c == '.')
    {
        return false;
    }
    let path = &rule[slash..];
    path.match_indices('=').any(|(at, _)| {
        let rest = &path[at + 1..];
        let name = rest.len() - rest.trim_start_matches(word).len();
        !path[..at].contains('\n')
            && name > 0
            && rest[name..]
                .strip_prefix(':')
                .is_some_and(|port| port.starts_with(word))
    })
}
