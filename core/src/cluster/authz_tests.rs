//! Table tests of the RBAC matcher, the rule resolver and impersonation.

use super::*;

const fn rule(
    verbs: &'static [&'static str],
    api_groups: &'static [&'static str],
    resources: &'static [&'static str],
    resource_names: &'static [&'static str],
) -> Rule {
    Rule {
        verbs,
        api_groups,
        resources,
        resource_names,
        non_resource_urls: &[],
    }
}

fn resource<'a>(
    verb: &'a str,
    group: &'a str,
    resource: &'a str,
    subresource: &'a str,
    name: &'a str,
) -> Attributes<'a> {
    Attributes::Resource {
        namespace: "default",
        verb,
        group,
        resource,
        subresource,
        name,
    }
}

#[test]
fn resource_rules_match_as_rbac_does() {
    static PODS: Rule = rule(&["get", "list"], &[""], &["pods"], &[]);
    static ANY: Rule = rule(&["*"], &["*"], &["*"], &[]);
    static LOGS: Rule = rule(&["get"], &[""], &["pods/log"], &[]);
    static ANY_STATUS: Rule = rule(&["get"], &[""], &["*/status"], &[]);
    static NAMED: Rule = rule(&["get"], &[""], &["configmaps"], &["cluster-info"]);
    static APPS: Rule = rule(&["create"], &["apps"], &["deployments"], &[]);
    for (rule, attributes, want) in [
        (&PODS, resource("get", "", "pods", "", ""), true),
        (&PODS, resource("list", "", "pods", "", "x"), true),
        (&PODS, resource("watch", "", "pods", "", ""), false),
        (&PODS, resource("get", "apps", "pods", "", ""), false),
        (&PODS, resource("get", "", "pods", "log", ""), false),
        (&PODS, resource("get", "", "*", "", ""), false),
        (
            &ANY,
            resource("escalate", "x.io", "widgets", "scale", "y"),
            true,
        ),
        (&ANY, resource("*", "", "*", "", ""), true),
        (&LOGS, resource("get", "", "pods", "log", ""), true),
        (&LOGS, resource("get", "", "pods", "", ""), false),
        (
            &ANY_STATUS,
            resource("get", "", "nodes", "status", ""),
            true,
        ),
        (&ANY_STATUS, resource("get", "", "nodes", "", ""), false),
        (
            &ANY_STATUS,
            resource("get", "", "nodes", "xstatus", ""),
            false,
        ),
        (
            &NAMED,
            resource("get", "", "configmaps", "", "cluster-info"),
            true,
        ),
        (
            &NAMED,
            resource("get", "", "configmaps", "", "other"),
            false,
        ),
        (&NAMED, resource("get", "", "configmaps", "", ""), false),
        (
            &APPS,
            resource("create", "apps", "deployments", "", ""),
            true,
        ),
        (&APPS, resource("create", "", "deployments", "", ""), false),
        (
            &APPS,
            resource("create", "extensions", "deployments", "", ""),
            false,
        ),
    ] {
        assert_eq!(
            rule_allows(rule, &attributes),
            want,
            "{rule:?} {attributes:?}"
        );
    }
}

#[test]
fn url_rules_match_exactly_or_by_a_trailing_star() {
    static DISCOVERY: Rule = urls(&["get"], &["/api", "/api/*", "/healthz"]);
    static ALL: Rule = urls(&["*"], &["*"]);
    static STARS: Rule = urls(&["get"], &["/logs**"]);
    for (rule, verb, path, want) in [
        (&DISCOVERY, "get", "/api", true),
        (&DISCOVERY, "get", "/api/", true),
        (&DISCOVERY, "get", "/api/v1/pods", true),
        (&DISCOVERY, "get", "/apis", false),
        (&DISCOVERY, "post", "/api", false),
        (&DISCOVERY, "get", "/healthz/etcd", false),
        (&ALL, "delete", "/anything", true),
        (&STARS, "get", "/logs", true),
        (&STARS, "get", "/logsx/y", true),
        (&STARS, "get", "/log", false),
    ] {
        let attributes = Attributes::NonResource { verb, path };
        assert_eq!(rule_allows(rule, &attributes), want, "{verb} {path}");
    }
    let pods = resource("get", "", "pods", "", "");
    assert!(!rule_allows(&DISCOVERY, &pods));
}

fn impersonating(user: &str, groups: &[&str]) -> UserInfo {
    authenticate(
        b"",
        Some(&Impersonation {
            user: user.to_string(),
            groups: groups.iter().map(|group| group.to_string()).collect(),
            ..Impersonation::default()
        }),
    )
}

#[test]
fn impersonation_adds_the_groups_the_filter_adds() {
    for (user, groups, want) in [
        ("jane", &[][..], &["system:authenticated"][..]),
        ("jane", &["dev"], &["dev", "system:authenticated"]),
        (
            "jane",
            &["system:unauthenticated"],
            &["system:unauthenticated"],
        ),
        (
            "jane",
            &["system:authenticated", "x"],
            &["system:authenticated", "x"],
        ),
        ("system:anonymous", &[], &["system:unauthenticated"]),
        ("system:anonymous", &["x"], &["x", "system:unauthenticated"]),
        (
            "system:serviceaccount:default:web",
            &[],
            &[
                "system:serviceaccounts",
                "system:serviceaccounts:default",
                "system:authenticated",
            ],
        ),
        (
            "system:serviceaccount:default:web",
            &["x"],
            &["x", "system:authenticated"],
        ),
        // Not a service account name: a namespace is a DNS label, a name a subdomain.
        (
            "system:serviceaccount:Default:web",
            &[],
            &["system:authenticated"],
        ),
        (
            "system:serviceaccount:a:b:c",
            &[],
            &["system:authenticated"],
        ),
        (
            "system:serviceaccount:a:b.c",
            &[],
            &[
                "system:serviceaccounts",
                "system:serviceaccounts:a",
                "system:authenticated",
            ],
        ),
    ] {
        assert_eq!(
            impersonating(user, groups).groups,
            want,
            "{user} {groups:?}"
        );
    }
    let user = authenticate(
        b"",
        Some(&Impersonation {
            user: "jane".to_string(),
            uid: "1234".to_string(),
            groups: Vec::new(),
            extra: vec![
                ("Scopes".to_string(), "a".to_string()),
                ("scopes".to_string(), "b".to_string()),
                ("team".to_string(), "c".to_string()),
            ],
        }),
    );
    assert_eq!(user.uid, "1234");
    let extra: Vec<(&str, Vec<&str>)> = user
        .extra
        .iter()
        .map(|(key, values)| (key.as_str(), values.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(extra, [("scopes", vec!["a", "b"]), ("team", vec!["c"])]);
}

#[test]
fn the_admin_is_identified_by_its_certificate() {
    let admin = authenticate(b"abc", None);
    assert_eq!(admin.name, "kubernetes-admin");
    assert_eq!(
        admin.groups,
        ["kubeadm:cluster-admins", "system:authenticated"]
    );
    assert_eq!(
        admin
            .extra
            .get("authentication.kubernetes.io/credential-id"),
        Some(&vec![
            "X509SHA256=ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                .to_string()
        ])
    );
}

#[test]
fn the_bootstrap_policy_decides() {
    let admin = authenticate(b"", None);
    let jane = impersonating("jane", &[]);
    let master = impersonating("jane", &["system:masters"]);
    let anonymous = impersonating("system:anonymous", &[]);
    let coredns = impersonating("system:serviceaccount:kube-system:coredns", &[]);
    let local_path = impersonating(
        "system:serviceaccount:local-path-storage:local-path-provisioner-service-account",
        &[],
    );
    let at = |namespace, verb, group, resource, name| Attributes::Resource {
        namespace,
        verb,
        group,
        resource,
        subresource: "",
        name,
    };
    let url = |verb, path| Attributes::NonResource { verb, path };
    for (user, attributes, want) in [
        (&admin, at("default", "delete", "", "pods", ""), true),
        (
            &admin,
            at(
                "",
                "escalate",
                "rbac.authorization.k8s.io",
                "clusterroles",
                "",
            ),
            true,
        ),
        (&admin, url("post", "/anything"), true),
        (
            &master,
            at("kube-system", "delete", "", "secrets", "x"),
            true,
        ),
        (&jane, at("default", "get", "", "pods", ""), false),
        (
            &jane,
            at(
                "default",
                "create",
                "authorization.k8s.io",
                "selfsubjectaccessreviews",
                "",
            ),
            true,
        ),
        (
            &jane,
            at(
                "",
                "create",
                "authentication.k8s.io",
                "selfsubjectreviews",
                "",
            ),
            true,
        ),
        (&jane, url("get", "/apis/apps/v1"), true),
        (&jane, url("get", "/metrics"), false),
        (&jane, url("get", "/openid/v1/jwks"), false),
        (&anonymous, url("get", "/healthz"), true),
        (&anonymous, url("get", "/api"), false),
        (
            &anonymous,
            at("kube-public", "get", "", "configmaps", "cluster-info"),
            true,
        ),
        (
            &anonymous,
            at("kube-public", "get", "", "configmaps", "other"),
            false,
        ),
        (
            &anonymous,
            at("default", "get", "", "configmaps", "cluster-info"),
            false,
        ),
        (&coredns, at("default", "list", "", "services", ""), true),
        (
            &coredns,
            at("", "watch", "discovery.k8s.io", "endpointslices", ""),
            true,
        ),
        (&coredns, at("default", "get", "", "services", "x"), false),
        (&coredns, url("get", "/openid/v1/jwks/"), true),
        (
            &local_path,
            at("local-path-storage", "delete", "", "pods", "x"),
            true,
        ),
        (&local_path, at("default", "delete", "", "pods", "x"), false),
        (&local_path, at("default", "get", "", "pods", "x"), true),
    ] {
        assert_eq!(
            allowed(user, &attributes),
            want,
            "{} {attributes:?}",
            user.name
        );
    }
}

#[test]
fn rules_come_from_cluster_role_bindings_then_the_namespace() {
    let local_path = impersonating(
        "system:serviceaccount:local-path-storage:local-path-provisioner-service-account",
        &[],
    );
    let rules = rules_for(&local_path, "local-path-storage");
    assert_eq!(rules.last().map(|rule| rule.resources), Some(&["pods"][..]));
    assert_eq!(rules.len(), rules_for(&local_path, "default").len() + 1);
    assert_eq!(
        rules_for(&local_path, "").len(),
        rules_for(&local_path, "default").len()
    );
}

#[test]
fn only_a_nodes_rules_review_is_incomplete() {
    let node = impersonating("system:node:kubeplay-worker", &["system:nodes"]);
    assert_eq!(
        rules_review_error(&node),
        Some("node authorizer does not support user rule resolution")
    );
    assert_eq!(
        rules_review_error(&impersonating("system:node:kubeplay-worker", &[])),
        None
    );
    assert_eq!(rules_review_error(&authenticate(b"", None)), None);
    assert!(allowed(
        &node,
        &Attributes::Resource {
            namespace: "kube-system",
            verb: "get",
            group: "",
            resource: "configmaps",
            subresource: "",
            name: "kubelet-config",
        }
    ));
}
