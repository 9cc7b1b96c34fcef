//! `kubectl auth`, as kubectl 1.37's `pkg/cmd/auth` runs it: `can-i` (a
//! SelfSubjectAccessReview; with `--list` a SelfSubjectRulesReview printed as kubectl breaks
//! down, compacts and sorts its rules), `whoami` (a SelfSubjectReview) and `reconcile`, whose
//! checks and file reading are kubectl's but which stops at the first RBAC object: the
//! playground serves no RBAC objects to reconcile. The server's answers come from
//! `cluster::authz`; `--as`, `--as-group`, `--as-uid` and `--as-user-extra` impersonate.
//!
//! Without a server (a context that names no cluster) each subcommand fails where kubectl
//! 1.37 does: `can-i` after its discovery attempts and warnings, the others at their first
//! request.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::{manifest, resources, Env, Io};
use super::unreachable::{connection_refused, discovery_failure, failure, Failure};
use crate::api::kind::KIND_TABLE;
use crate::api::value::str_at;
use crate::cluster::authz::{self, Attributes, Impersonation, Rule, UserInfo};
use crate::printers::tabwriter::{tabbed, TabWriterConfig};
use serde_json::{json, Map, Value};

pub(super) fn run(
    subcommand: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    match subcommand {
        "can-i" => can_i(invocation, env, io),
        "whoami" => whoami(invocation, env, io),
        "reconcile" => reconcile(invocation, env, io),
        other => Err(KubectlError::message(format!(
            "the playground does not implement \"kubectl auth {other}\" yet"
        ))),
    }
}

/// The user the API server sees: kind's admin by its client certificate, or whom `--as`
/// impersonates (clientcmd has already refused `--as-group`, `--as-uid` and
/// `--as-user-extra` without `--as`).
fn requester(invocation: &Invocation) -> UserInfo {
    let flags = &invocation.flags;
    let user = flags.string("as").unwrap_or("");
    let impersonation = (!user.is_empty()).then(|| Impersonation {
        user: user.to_string(),
        uid: flags.string("as-uid").unwrap_or("").to_string(),
        groups: flags.strings("as-group"),
        extra: flags
            .strings("as-user-extra")
            .iter()
            .filter_map(|extra| extra.split_once('='))
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect(),
    });
    authz::authenticate(
        &super::super::config::client_certificate_der(),
        impersonation.as_ref(),
    )
}

/// `resourceVerbs` of `cani.go`.
const RESOURCE_VERBS: [&str; 16] = [
    "get",
    "list",
    "watch",
    "create",
    "update",
    "patch",
    "delete",
    "deletecollection",
    "use",
    "bind",
    "impersonate",
    "*",
    "approve",
    "sign",
    "escalate",
    "attest",
];
/// `nonResourceURLVerbs` of `cani.go`.
const URL_VERBS: [&str; 8] = [
    "get", "put", "post", "head", "options", "delete", "patch", "*",
];

/// What `can-i` asks about.
enum Target {
    Url(String),
    Resource {
        group: String,
        resource: String,
        name: String,
        /// Known only for a resource discovery found.
        namespaced: Option<bool>,
    },
}

/// kubectl's `WarningPrinter` (its message already ends in a newline, and it adds one).
fn warn(io: &mut Io, message: &str) {
    io.err(&format!("Warning: {message}\n\n"));
}

fn can_i(invocation: &Invocation, env: &Env<'_>, io: &mut Io) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let list = flags.bool("list");
    let quiet = flags.bool("quiet");
    let all_namespaces = flags.bool("all-namespaces");
    let subresource = flags.string("subresource").unwrap_or("");
    let unreachable = failure(invocation, env);
    let timeout = || super::client_config_error(invocation, env).map_or(Ok(()), Err);
    // Complete.
    let mut request = None;
    if list {
        if !invocation.args.is_empty() {
            return Err(KubectlError::message(
                "list option must be specified with no arguments",
            ));
        }
    } else {
        let [verb, argument] = invocation.args.as_slice() else {
            return Err(KubectlError::message(
                "you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
            ));
        };
        timeout()?;
        let target = if argument.starts_with('/') {
            Target::Url(argument.clone())
        } else {
            let (resource_type, name) = argument.split_once('/').unwrap_or((argument, ""));
            let (group, resource, namespaced) =
                resource_for(resource_type, unreachable.as_deref(), env, io);
            Target::Resource {
                group,
                resource,
                name: name.to_string(),
                namespaced,
            }
        };
        request = Some((verb.as_str(), target));
    }
    timeout()?;
    let namespace = if all_namespaces {
        String::new()
    } else {
        resources::namespace(invocation, env)
    };
    // Validate.
    if list {
        if quiet || all_namespaces || !subresource.is_empty() {
            return Err(KubectlError::message(
                "list option can't be specified with neither quiet, all-namespaces nor subresource options",
            ));
        }
    } else {
        match &request {
            Some((verb, Target::Url(_))) => {
                if !subresource.is_empty() {
                    return Err(KubectlError::message(
                        "--subresource can not be used with NonResourceURL",
                    ));
                }
                if !URL_VERBS.contains(verb) {
                    warn(io, &format!("verb '{verb}' is not a known verb"));
                }
            }
            Some((
                verb,
                Target::Resource {
                    group,
                    resource,
                    namespaced,
                    ..
                },
            )) if !resource.is_empty() && !all_namespaces => {
                if *namespaced == Some(false) {
                    warn(
                        io,
                        &if group.is_empty() {
                            format!("resource '{resource}' is not namespace scoped")
                        } else {
                            format!(
                                "resource '{resource}' is not namespace scoped in group '{group}'"
                            )
                        },
                    );
                }
                if !RESOURCE_VERBS.contains(verb) {
                    warn(io, &format!("verb '{verb}' is not a known verb"));
                }
            }
            _ => {}
        }
        if flags.bool("no-headers") {
            return Err(KubectlError::message(
                "--no-headers cannot be set without --list specified",
            ));
        }
    }
    if let Some(failure) = &unreachable {
        return Err(connection_refused(failure));
    }
    let user = requester(invocation);
    let Some((verb, target)) = request else {
        if let Some(error) = authz::rules_review_error(&user) {
            io.err(&format!("Warning: the list may be incomplete: {error}\n"));
        }
        io.out(&access_list(
            &authz::rules_for(&user, &namespace),
            flags.bool("no-headers"),
        ));
        return Ok(0);
    };
    let attributes = match &target {
        Target::Url(path) => Attributes::NonResource { verb, path },
        Target::Resource {
            group,
            resource,
            name,
            ..
        } => Attributes::Resource {
            namespace: &namespace,
            verb,
            group,
            resource,
            subresource,
            name,
        },
    };
    let allowed = authz::allowed(&user, &attributes);
    if !quiet {
        io.out(if allowed { "yes\n" } else { "no\n" });
    }
    Ok(if allowed { 0 } else { 1 })
}

/// `resourceFor`: the group and resource a TYPE argument names, as the REST mapper resolves
/// it (`*` as it is), with whether it is namespaced. A type discovery does not know is
/// kept as typed, with kubectl's warning (not for `users` and `groups`, which exist
/// without being discoverable). Without a server each mapper lookup first makes two
/// discovery attempts.
fn resource_for(
    argument: &str,
    unreachable: Option<&Failure>,
    env: &Env<'_>,
    io: &mut Io,
) -> (String, String, Option<bool>) {
    if argument == "*" {
        return (String::new(), argument.to_string(), None);
    }
    let lower = argument.to_lowercase();
    let lookup = |io: &mut Io, group: Option<&str>, resource: &str, version: Option<&str>| {
        if let Some(failure) = unreachable {
            io.err(&discovery_failure(env, failure));
            io.err(&discovery_failure(env, failure));
            return None;
        }
        KIND_TABLE
            .iter()
            .find(|info| {
                let short = info.short_names.contains(&resource);
                group.is_none_or(|group| group == info.group)
                    && (short
                        || (version.is_none_or(|version| matches!(version, "" | "v1"))
                            && (info.resource() == resource
                                || info.singular.split('.').next() == Some(resource))))
            })
            .map(|info| {
                (
                    info.group.to_string(),
                    info.resource().to_string(),
                    Some(info.namespaced),
                )
            })
    };
    // `schema.ParseResourceArg`: `resource.version.group` first, then `resource.group`.
    if lower.matches('.').count() >= 2 {
        let mut parts = lower.splitn(3, '.');
        let (resource, version, group) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let group = Some(group).filter(|group| !group.is_empty());
        if let Some(found) = lookup(io, group, resource, Some(version)) {
            return found;
        }
    }
    let (resource, group) = match lower.split_once('.') {
        Some((resource, group)) => (resource, group),
        None => (lower.as_str(), ""),
    };
    let group = Some(group).filter(|group| !group.is_empty());
    if let Some(found) = lookup(io, group, resource, None) {
        return found;
    }
    match group {
        None if resource == "users" || resource == "groups" => {}
        None => warn(
            io,
            &format!("the server doesn't have a resource type '{resource}'"),
        ),
        Some(group) => warn(
            io,
            &format!("the server doesn't have a resource type '{resource}' in group '{group}'"),
        ),
    }
    (String::new(), argument.to_string(), None)
}

/// One rule after `BreakdownRule`: a verb on one resource (and name) or URL.
struct Broken {
    verbs: Vec<&'static str>,
    group: &'static str,
    resource: &'static str,
    name: Option<&'static str>,
    url: Option<&'static str>,
}

impl Broken {
    /// `PolicyRule.String()`, the key kubectl sorts the rows by.
    fn sort_key(&self) -> String {
        let list = |item: Option<&str>| item.unwrap_or_default().to_string();
        let (groups, resources) = match self.url {
            Some(_) => (String::new(), String::new()),
            None => (self.group.to_string(), self.resource.to_string()),
        };
        format!(
            "&PolicyRule{{Verbs:[{}],APIGroups:[{groups}],Resources:[{resources}],ResourceNames:[{}],NonResourceURLs:[{}],}}",
            self.verbs.join(" "),
            list(self.name),
            list(self.url)
        )
    }

    /// The row: `CombineResourceGroup`, then the lists as Go's `%v` prints them.
    fn row(&self) -> String {
        let resource = match self.url {
            Some(_) => String::new(),
            None => {
                let (base, sub) = match self.resource.split_once('/') {
                    Some((base, sub)) => (base, Some(sub)),
                    None => (self.resource, None),
                };
                let mut combined = base.to_string();
                if !self.group.is_empty() {
                    combined.push('.');
                    combined.push_str(self.group);
                }
                if let Some(sub) = sub {
                    combined.push('/');
                    combined.push_str(sub);
                }
                combined
            }
        };
        format!(
            "{resource}\t[{}]\t[{}]\t[{}]\n",
            self.url.unwrap_or_default(),
            self.name.unwrap_or_default(),
            self.verbs.join(" ")
        )
    }
}

/// `printStatus` of `cani.go`: the review's resource rules then its URL rules, broken down to
/// one verb each (`rbacutil.BreakdownRule`), the resource ones merged again per resource and
/// name (`CompactRules`; URL rules stay apart, so a URL two roles grant shows twice),
/// sorted by `PolicyRule.String()` and printed through kubectl's tabwriter.
fn access_list(rules: &[&'static Rule], no_headers: bool) -> String {
    let mut rows: Vec<Broken> = Vec::new();
    let resource_rules = rules.iter().filter(|rule| !rule.resources.is_empty());
    for rule in resource_rules {
        for group in rule.api_groups {
            for resource in rule.resources {
                for verb in rule.verbs {
                    let names: Vec<Option<&'static str>> = if rule.resource_names.is_empty() {
                        vec![None]
                    } else {
                        rule.resource_names.iter().copied().map(Some).collect()
                    };
                    for name in names {
                        let same = rows.iter_mut().find(|row| {
                            row.url.is_none()
                                && row.group == *group
                                && row.resource == *resource
                                && row.name == name
                        });
                        match same {
                            Some(row) if row.verbs.contains(verb) => {}
                            Some(row) => row.verbs.push(verb),
                            None => rows.push(Broken {
                                verbs: vec![verb],
                                group,
                                resource,
                                name,
                                url: None,
                            }),
                        }
                    }
                }
            }
        }
    }
    for rule in rules
        .iter()
        .filter(|rule| !rule.non_resource_urls.is_empty())
    {
        for url in rule.non_resource_urls {
            for verb in rule.verbs {
                rows.push(Broken {
                    verbs: vec![verb],
                    group: "",
                    resource: "",
                    name: None,
                    url: Some(url),
                });
            }
        }
    }
    let mut keyed: Vec<(String, String)> =
        rows.iter().map(|row| (row.sort_key(), row.row())).collect();
    crate::sort::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
    let mut text = String::new();
    if !no_headers {
        text.push_str("Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
    }
    for (_, row) in keyed {
        text.push_str(&row);
    }
    tabbed(TabWriterConfig::kubectl_get(), &text)
}

/// `kubectl auth whoami`: the ATTRIBUTE/VALUE table, or the SelfSubjectReview in `-o`'s
/// format (`OutputFlagSpecified`: `--template` alone keeps the table).
fn whoami(invocation: &Invocation, env: &Env<'_>, io: &mut Io) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let output = flags.string("output").unwrap_or("");
    let format = if output.is_empty() {
        None
    } else {
        Some(OutputFormat::from_flags(output, false, flags, env.fs)?)
    };
    if let Some(failure) = failure(invocation, env) {
        return Err(connection_refused(&failure));
    }
    let user = requester(invocation);
    let Some(format) = format else {
        let mut text = String::from("ATTRIBUTE\tVALUE\n");
        if !user.name.is_empty() {
            text.push_str(&format!("Username\t{}\n", user.name));
        }
        if !user.uid.is_empty() {
            text.push_str(&format!("UID\t{}\n", user.uid));
        }
        if !user.groups.is_empty() {
            text.push_str(&format!("Groups\t[{}]\n", user.groups.join(" ")));
        }
        for (key, values) in &user.extra {
            text.push_str(&format!("Extra: {key}\t[{}]\n", values.join(" ")));
        }
        io.out(&tabbed(TabWriterConfig::kubectl_get(), &text));
        return Ok(0);
    };
    if format == OutputFormat::Name {
        // The review has no name.
        io.out("selfsubjectreview.authentication.k8s.io/<unknown>\n");
        return Ok(0);
    }
    let mut user_info = Map::new();
    if !user.name.is_empty() {
        user_info.insert("username".into(), json!(user.name));
    }
    if !user.uid.is_empty() {
        user_info.insert("uid".into(), json!(user.uid));
    }
    if !user.groups.is_empty() {
        user_info.insert("groups".into(), json!(user.groups));
    }
    if !user.extra.is_empty() {
        user_info.insert("extra".into(), json!(user.extra));
    }
    // The registry stamps the review with the time it answered.
    let review = json!({
        "kind": "SelfSubjectReview",
        "apiVersion": "authentication.k8s.io/v1",
        "metadata": {"creationTimestamp": env.cluster.now().rfc3339()},
        "status": {"userInfo": Value::Object(user_info)},
    });
    // The kind only matters to the name format, handled above.
    io.out(&output::print_typed_object(
        &format,
        crate::api::Kind::ServiceAccount,
        review,
    )?);
    Ok(0)
}

/// The API groups of kubectl's scheme (client-go's, with admission and imagepolicy): a
/// typed decoder knows their kinds, and refuses any other group's.
const SCHEME_GROUPS: [&str; 25] = [
    "",
    "admission.k8s.io",
    "admissionregistration.k8s.io",
    "apps",
    "authentication.k8s.io",
    "authorization.k8s.io",
    "autoscaling",
    "batch",
    "certificates.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "events.k8s.io",
    "extensions",
    "flowcontrol.apiserver.k8s.io",
    "imagepolicy.k8s.io",
    "internal.apiserver.k8s.io",
    "lifecycle.k8s.io",
    "networking.k8s.io",
    "node.k8s.io",
    "policy",
    "rbac.authorization.k8s.io",
    "resource.k8s.io",
    "scheduling.k8s.io",
    "storage.k8s.io",
    "storagemigration.k8s.io",
];
const RBAC_GROUP: &str = "rbac.authorization.k8s.io";
const RBAC_KINDS: [&str; 4] = ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];
const RBAC_LISTS: [&str; 4] = [
    "RoleList",
    "ClusterRoleList",
    "RoleBindingList",
    "ClusterRoleBindingList",
];

/// `kubectl auth reconcile`: `Complete`'s checks in kubectl's order (`-f`/`-k`, arguments,
/// `--dry-run`, the files' paths, `--request-timeout`, the printer), then the objects as
/// `RunReconcile` visits them, read with kubectl's scheme: other kinds are skipped, RBAC
/// kinds of `v1beta1`/`v1alpha1` refused, kinds the scheme lacks undecodable. A `v1` RBAC
/// object is where the playground stops, as it serves no RBAC objects.
fn reconcile(invocation: &Invocation, env: &Env<'_>, io: &mut Io) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let filenames = flags.strings("filename");
    let kustomize = flags.string("kustomize").unwrap_or("");
    // `FilenameOptions.RequireFilenameOrKustomize`.
    resources::require_filename_or_kustomize(flags)?;
    if !kustomize.is_empty() && flags.bool("recursive") {
        return Err(KubectlError::message(
            "the -k flag can't be used with -f or -R",
        ));
    }
    if !invocation.args.is_empty() {
        return Err(KubectlError::message("no arguments are allowed"));
    }
    // `getClientSideDryRun`.
    match dry_run::strategy(invocation, env, io) {
        Ok(DryRun::Server) => {
            return Err(KubectlError::message(
                "--dry-run=server for command reconcile is not supported yet",
            ))
        }
        Ok(_) => {}
        Err(KubectlError::Message(message)) => {
            return Err(KubectlError::message(format!(
                "error accessing --dry-run flag for command reconcile: {message}"
            )))
        }
        Err(other) => return Err(other),
    }
    if let Some(error) = super::configuration_error(invocation, env) {
        return Err(error);
    }
    let manifests = if kustomize.is_empty() {
        manifest::read_sources(
            env.fs,
            env.stdin.as_deref(),
            &filenames,
            flags.bool("recursive"),
            manifest::ReadChecks {
                validate: false,
                map_kinds: false,
            },
        )?
    } else {
        manifest::Manifests::default()
    };
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    if !kustomize.is_empty() {
        return Err(KubectlError::message(resources::kustomize_error(
            env, kustomize,
        )));
    }
    let unreachable = failure(invocation, env);
    let mut errors = Vec::new();
    for object in &manifests.objects {
        let value = &object.value;
        let api_version = str_at(value, &["apiVersion"]).unwrap_or("");
        let kind = str_at(value, &["kind"]).unwrap_or("");
        if api_version.is_empty() {
            let quoted = match &object.raw {
                Some(raw) => raw.trim().to_string(),
                None => crate::printers::json::to_compact_json(value),
            };
            errors.push(KubectlError::message(format!(
                "unable to decode \"{}\": Object 'apiVersion' is missing in '{quoted}'",
                object.source
            )));
            continue;
        }
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        let rbac_version = group == RBAC_GROUP && matches!(version, "v1" | "v1beta1" | "v1alpha1");
        let known = if group == RBAC_GROUP {
            rbac_version && (RBAC_KINDS.contains(&kind) || RBAC_LISTS.contains(&kind))
        } else {
            SCHEME_GROUPS.contains(&group)
        };
        if !known {
            errors.push(KubectlError::message(format!(
                "unable to decode \"{}\": no kind \"{kind}\" is registered for version \"{api_version}\" in scheme \"pkg/scheme/scheme.go:28\"",
                object.source
            )));
        } else if rbac_version && RBAC_KINDS.contains(&kind) {
            if version != "v1" {
                errors.push(KubectlError::message(format!(
                    "only rbac.authorization.k8s.io/v1 is supported: not *{version}.{kind}"
                )));
            } else if let Some(failure) = &unreachable {
                errors.push(connection_refused(failure));
            } else {
                return Err(KubectlError::message(
                    "the playground does not implement \"kubectl auth reconcile\" yet (it serves no RBAC objects)",
                ));
            }
        }
    }
    errors.extend(manifests.errors);
    if errors.is_empty() {
        Ok(0)
    } else {
        Err(KubectlError::Many(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_list_prints_as_kubectls_own_test_expects() {
        // `TestRunAccessList` of kubectl's `cani_test.go`.
        static RULES: [Rule; 2] = [
            Rule {
                verbs: &["get", "list"],
                api_groups: &["*"],
                resources: &["pod", "job"],
                resource_names: &["test-resource"],
                non_resource_urls: &[],
            },
            Rule {
                verbs: &["get"],
                api_groups: &[],
                resources: &[],
                resource_names: &[],
                non_resource_urls: &["/apis/*", "/version"],
            },
        ];
        let rules: Vec<&'static Rule> = RULES.iter().collect();
        assert_eq!(
            access_list(&rules, false),
            "Resources   Non-Resource URLs   Resource Names    Verbs\n\
             job.*       []                  [test-resource]   [get list]\n\
             pod.*       []                  [test-resource]   [get list]\n\
             \x20           [/apis/*]           []                [get]\n\
             \x20           [/version]          []                [get]\n"
        );
    }

    #[test]
    fn access_list_merges_verbs_per_resource_and_keeps_url_duplicates() {
        static RULES: [Rule; 4] = [
            Rule {
                verbs: &["list", "watch"],
                api_groups: &["", "apps"],
                resources: &["pods", "deployments/scale"],
                resource_names: &[],
                non_resource_urls: &[],
            },
            Rule {
                verbs: &["watch", "get"],
                api_groups: &[""],
                resources: &["pods"],
                resource_names: &[],
                non_resource_urls: &[],
            },
            Rule {
                verbs: &["get"],
                api_groups: &[],
                resources: &[],
                resource_names: &[],
                non_resource_urls: &["/healthz"],
            },
            Rule {
                verbs: &["get", "post"],
                api_groups: &[],
                resources: &[],
                resource_names: &[],
                non_resource_urls: &["/healthz"],
            },
        ];
        let rules: Vec<&'static Rule> = RULES.iter().collect();
        assert_eq!(
            access_list(&rules, true),
            "                         [/healthz]   []    [get]\n\
             \x20                        [/healthz]   []    [get]\n\
             pods                     []           []    [list watch get]\n\
             deployments/scale        []           []    [list watch]\n\
             deployments.apps/scale   []           []    [list watch]\n\
             pods.apps                []           []    [list watch]\n\
             \x20                        [/healthz]   []    [post]\n"
        );
    }
}
