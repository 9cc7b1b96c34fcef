//! Who a request comes from and what it may do, as a kind v1.37 API server decides it.
//!
//! * Authentication: kubectl presents kind's client certificate for `kubernetes-admin`
//!   (`O=kubeadm:cluster-admins`); the x509 authenticator's `CommonNameUserConversion` makes
//!   the user from its subject and records the certificate's SHA-256 fingerprint as the
//!   `authentication.kubernetes.io/credential-id` extra (`X509SHA256=<hex>`), and the
//!   authentication filter adds `system:authenticated`.
//! * Impersonation (`--as`, `--as-group`, `--as-uid`, `--as-user-extra`): the filter of
//!   `apiserver/pkg/endpoints/filters/impersonation.go`. A `system:serviceaccount:NS:NAME`
//!   user without groups gets `system:serviceaccounts` and `system:serviceaccounts:NS`; every
//!   user but `system:anonymous` gets `system:authenticated` unless a group given is that or
//!   `system:unauthenticated` (anonymous gets `system:unauthenticated`); extra keys arrive
//!   lower-cased, as HTTP header names do. The admin is `cluster-admin`, so it may impersonate
//!   anyone.
//! * Authorization: the `system:masters` superuser check, then RBAC (`rbac.go`'s `RuleAllows`
//!   and the rule resolver's `VisitRulesFor`: cluster role bindings first, then the role
//!   bindings of the request's namespace) over the policy such a cluster starts with, kept
//!   here as static data because the playground serves no RBAC objects: the bootstrap roles
//!   bound to groups (`cluster-admin`, `system:basic-user`, `system:discovery`,
//!   `system:public-info-viewer`, `system:monitoring`,
//!   `system:service-account-issuer-discovery`), kubeadm's `kubeadm:cluster-admins` binding
//!   and kube-public's `kubeadm:bootstrap-signer-clusterinfo` role for `system:anonymous`,
//!   kubeadm's roles for `system:nodes` (their CSR self-renewal, kube-system's
//!   `kubeadm-config` and `kubelet-config`), and the roles of CoreDNS, kindnet and the
//!   local-path provisioner. Rules keep the order the API server stores them in (the
//!   bootstrap policy's rule builder sorts each list; manifests applied by kubeadm and kind
//!   keep theirs). A node's rules review is incomplete, as the Node authorizer cannot list
//!   what it allows.
//!
//! Not modelled: the Node authorizer's own decisions (a `system:node:NAME` user gets only
//! what RBAC gives it here), the `system:controller:*` roles of kube-controller-manager's
//! service accounts, `system:node-proxier` for kube-proxy and the roles kubeadm binds to its
//! bootstrap-token group. Those identities are judged by the roles above only.

use std::collections::BTreeMap;

/// The user kind writes into the kubeconfig.
pub const ADMIN: &str = "kubernetes-admin";
/// The group kubeadm (1.29 and later) puts into the admin's certificate.
const ADMIN_GROUP: &str = "kubeadm:cluster-admins";
const AUTHENTICATED: &str = "system:authenticated";
const UNAUTHENTICATED: &str = "system:unauthenticated";
const ANONYMOUS: &str = "system:anonymous";
const SERVICE_ACCOUNT_PREFIX: &str = "system:serviceaccount:";
/// `user.CredentialIDKey`.
const CREDENTIAL_ID: &str = "authentication.kubernetes.io/credential-id";

/// An authenticated identity (`user.Info`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub uid: String,
    pub groups: Vec<String>,
    /// The extra attributes, by key.
    pub extra: BTreeMap<String, Vec<String>>,
}

/// What kubectl's impersonation flags ask for (`rest.ImpersonationConfig`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Impersonation {
    pub user: String,
    pub uid: String,
    pub groups: Vec<String>,
    /// `--as-user-extra KEY=VALUE`, in the order given.
    pub extra: Vec<(String, String)>,
}

/// The user a request comes from: the client certificate's, or the one it impersonates.
pub fn authenticate(client_certificate: &[u8], impersonation: Option<&Impersonation>) -> UserInfo {
    match impersonation {
        Some(impersonation) => impersonated(impersonation),
        None => {
            let mut extra = BTreeMap::new();
            extra.insert(
                CREDENTIAL_ID.to_string(),
                vec![format!(
                    "X509SHA256={}",
                    crate::sha256::sha256_hex(client_certificate)
                )],
            );
            UserInfo {
                name: ADMIN.to_string(),
                uid: String::new(),
                groups: vec![ADMIN_GROUP.to_string(), AUTHENTICATED.to_string()],
                extra,
            }
        }
    }
}

/// `serviceaccount.SplitUsername`: the namespace of a service account's user name.
fn service_account_namespace(user: &str) -> Option<&str> {
    let rest = user.strip_prefix(SERVICE_ACCOUNT_PREFIX)?;
    let mut parts = rest.split(':');
    let (namespace, name) = (parts.next()?, parts.next()?);
    let valid = parts.next().is_none()
        && crate::validation::is_dns1123_label(namespace).is_empty()
        && crate::validation::is_dns1123_subdomain(name).is_empty();
    valid.then_some(namespace)
}

fn impersonated(impersonation: &Impersonation) -> UserInfo {
    let name = impersonation.user.clone();
    let mut groups = impersonation.groups.clone();
    if groups.is_empty() {
        if let Some(namespace) = service_account_namespace(&name) {
            groups = vec![
                "system:serviceaccounts".to_string(),
                format!("system:serviceaccounts:{namespace}"),
            ];
        }
    }
    if name == ANONYMOUS {
        if !groups.iter().any(|group| group == UNAUTHENTICATED) {
            groups.push(UNAUTHENTICATED.to_string());
        }
    } else if !groups
        .iter()
        .any(|group| group == AUTHENTICATED || group == UNAUTHENTICATED)
    {
        groups.push(AUTHENTICATED.to_string());
    }
    let mut extra: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, value) in &impersonation.extra {
        extra
            .entry(key.to_ascii_lowercase())
            .or_default()
            .push(value.clone());
    }
    UserInfo {
        name,
        uid: impersonation.uid.clone(),
        groups,
        extra,
    }
}

/// An RBAC `PolicyRule`.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub verbs: &'static [&'static str],
    pub api_groups: &'static [&'static str],
    pub resources: &'static [&'static str],
    pub resource_names: &'static [&'static str],
    pub non_resource_urls: &'static [&'static str],
}

const fn resources(
    verbs: &'static [&'static str],
    api_groups: &'static [&'static str],
    resources: &'static [&'static str],
) -> Rule {
    Rule {
        verbs,
        api_groups,
        resources,
        resource_names: &[],
        non_resource_urls: &[],
    }
}

const fn urls(verbs: &'static [&'static str], non_resource_urls: &'static [&'static str]) -> Rule {
    Rule {
        verbs,
        api_groups: &[],
        resources: &[],
        resource_names: &[],
        non_resource_urls,
    }
}

/// A ClusterRole (`namespace` empty) or a Role.
struct Role {
    namespace: &'static str,
    name: &'static str,
    rules: &'static [Rule],
}

enum Subject {
    User(&'static str),
    Group(&'static str),
    /// Namespace and name.
    ServiceAccount(&'static str, &'static str),
}

/// A ClusterRoleBinding (`namespace` empty) or a RoleBinding of a Role (`cluster_role`
/// false) or ClusterRole.
struct Binding {
    namespace: &'static str,
    cluster_role: bool,
    role: &'static str,
    subjects: &'static [Subject],
}

const GET: &[&str] = &["get"];
const LIST_WATCH: &[&str] = &["list", "watch"];
const READ: &[&str] = &["get", "list", "watch"];
const READ_WRITE: &[&str] = &[
    "get", "list", "watch", "create", "patch", "update", "delete",
];
const CORE: &[&str] = &[""];
const LOCAL_PATH_ROLE: &str = "local-path-provisioner-role";
const NODES: &str = "system:nodes";
const BOOTSTRAPPERS: &str = "system:bootstrappers:kubeadm:default-node-token";
const LOCAL_PATH_ACCOUNT: Subject = Subject::ServiceAccount(
    "local-path-storage",
    "local-path-provisioner-service-account",
);

static ROLES: &[Role] = &[
    Role {
        namespace: "",
        name: "cluster-admin",
        rules: &[resources(&["*"], &["*"], &["*"]), urls(&["*"], &["*"])],
    },
    Role {
        namespace: "",
        name: "system:basic-user",
        rules: &[
            resources(
                &["create"],
                &["authorization.k8s.io"],
                &["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
            ),
            resources(
                &["create"],
                &["authentication.k8s.io"],
                &["selfsubjectreviews"],
            ),
        ],
    },
    Role {
        namespace: "",
        name: "system:discovery",
        rules: &[urls(
            GET,
            &[
                "/api",
                "/api/*",
                "/apis",
                "/apis/*",
                "/healthz",
                "/livez",
                "/openapi",
                "/openapi/*",
                "/readyz",
                "/version",
                "/version/",
            ],
        )],
    },
    Role {
        namespace: "",
        name: "system:public-info-viewer",
        rules: &[urls(
            GET,
            &["/healthz", "/livez", "/readyz", "/version", "/version/"],
        )],
    },
    Role {
        namespace: "",
        name: "system:monitoring",
        rules: &[urls(
            GET,
            &[
                "/healthz",
                "/healthz/*",
                "/livez",
                "/livez/*",
                "/metrics",
                "/metrics/slis",
                "/readyz",
                "/readyz/*",
            ],
        )],
    },
    Role {
        namespace: "",
        name: "system:service-account-issuer-discovery",
        rules: &[urls(
            GET,
            &[
                "/.well-known/openid-configuration",
                "/.well-known/openid-configuration/",
                "/openid/v1/jwks",
                "/openid/v1/jwks/",
            ],
        )],
    },
    // kubeadm's CoreDNS addon.
    Role {
        namespace: "",
        name: "system:coredns",
        rules: &[
            resources(
                LIST_WATCH,
                CORE,
                &["endpoints", "services", "pods", "namespaces"],
            ),
            resources(LIST_WATCH, &["discovery.k8s.io"], &["endpointslices"]),
        ],
    },
    // kind's kindnetd manifest.
    Role {
        namespace: "",
        name: "kindnet",
        rules: &[
            Rule {
                verbs: &["use"],
                api_groups: &["policy"],
                resources: &["podsecuritypolicies"],
                resource_names: &["kindnet"],
                non_resource_urls: &[],
            },
            resources(LIST_WATCH, CORE, &["nodes", "pods", "namespaces"]),
            resources(LIST_WATCH, &["networking.k8s.io"], &["networkpolicies"]),
        ],
    },
    // kind's local-path-storage manifest.
    Role {
        namespace: "",
        name: LOCAL_PATH_ROLE,
        rules: &[
            resources(
                READ,
                CORE,
                &[
                    "nodes",
                    "persistentvolumeclaims",
                    "configmaps",
                    "pods",
                    "pods/log",
                ],
            ),
            resources(READ_WRITE, CORE, &["persistentvolumes"]),
            resources(&["create", "patch"], CORE, &["events"]),
            resources(READ, &["storage.k8s.io"], &["storageclasses"]),
        ],
    },
    Role {
        namespace: "local-path-storage",
        name: LOCAL_PATH_ROLE,
        rules: &[resources(READ_WRITE, CORE, &["pods"])],
    },
    // kubeadm's roles for the nodes' group.
    Role {
        namespace: "",
        name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
        rules: &[resources(
            &["create"],
            &["certificates.k8s.io"],
            &["certificatesigningrequests/selfnodeclient"],
        )],
    },
    Role {
        namespace: "kube-system",
        name: "kubeadm:nodes-kubeadm-config",
        rules: &[Rule {
            verbs: GET,
            api_groups: CORE,
            resources: &["configmaps"],
            resource_names: &["kubeadm-config"],
            non_resource_urls: &[],
        }],
    },
    Role {
        namespace: "kube-system",
        name: "kubeadm:kubelet-config",
        rules: &[Rule {
            verbs: GET,
            api_groups: CORE,
            resources: &["configmaps"],
            resource_names: &["kubelet-config"],
            non_resource_urls: &[],
        }],
    },
    // kubeadm's bootstrap-token phase.
    Role {
        namespace: "kube-public",
        name: "kubeadm:bootstrap-signer-clusterinfo",
        rules: &[Rule {
            verbs: GET,
            api_groups: CORE,
            resources: &["configmaps"],
            resource_names: &["cluster-info"],
            non_resource_urls: &[],
        }],
    },
];

static BINDINGS: &[Binding] = &[
    Binding {
        namespace: "",
        cluster_role: true,
        role: "cluster-admin",
        subjects: &[Subject::Group("system:masters")],
    },
    // `kubeadm:cluster-admins`.
    Binding {
        namespace: "",
        cluster_role: true,
        role: "cluster-admin",
        subjects: &[Subject::Group(ADMIN_GROUP)],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:basic-user",
        subjects: &[Subject::Group(AUTHENTICATED)],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:discovery",
        subjects: &[Subject::Group(AUTHENTICATED)],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:monitoring",
        subjects: &[Subject::Group("system:monitoring")],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:public-info-viewer",
        subjects: &[
            Subject::Group(AUTHENTICATED),
            Subject::Group(UNAUTHENTICATED),
        ],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:service-account-issuer-discovery",
        subjects: &[Subject::Group("system:serviceaccounts")],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:coredns",
        subjects: &[Subject::ServiceAccount("kube-system", "coredns")],
    },
    Binding {
        namespace: "",
        cluster_role: true,
        role: "kindnet",
        subjects: &[Subject::ServiceAccount("kube-system", "kindnet")],
    },
    // `kubeadm:node-autoapprove-certificate-rotation`.
    Binding {
        namespace: "",
        cluster_role: true,
        role: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
        subjects: &[Subject::Group(NODES)],
    },
    // `local-path-provisioner-bind`.
    Binding {
        namespace: "",
        cluster_role: true,
        role: LOCAL_PATH_ROLE,
        subjects: &[LOCAL_PATH_ACCOUNT],
    },
    Binding {
        namespace: "local-path-storage",
        cluster_role: false,
        role: LOCAL_PATH_ROLE,
        subjects: &[LOCAL_PATH_ACCOUNT],
    },
    Binding {
        namespace: "kube-system",
        cluster_role: false,
        role: "kubeadm:nodes-kubeadm-config",
        subjects: &[Subject::Group(BOOTSTRAPPERS), Subject::Group(NODES)],
    },
    Binding {
        namespace: "kube-system",
        cluster_role: false,
        role: "kubeadm:kubelet-config",
        subjects: &[Subject::Group(BOOTSTRAPPERS), Subject::Group(NODES)],
    },
    Binding {
        namespace: "kube-public",
        cluster_role: false,
        role: "kubeadm:bootstrap-signer-clusterinfo",
        subjects: &[Subject::User(ANONYMOUS)],
    },
];

/// `appliesToUser`: a service account subject matches by user name only.
fn applies_to(user: &UserInfo, subject: &Subject) -> bool {
    match subject {
        Subject::User(name) => user.name == *name,
        Subject::Group(name) => user.groups.iter().any(|group| group == name),
        Subject::ServiceAccount(namespace, name) => {
            user.name == format!("{SERVICE_ACCOUNT_PREFIX}{namespace}:{name}")
        }
    }
}

/// `DefaultRuleResolver.VisitRulesFor`'s rules, in its order: those of the cluster role
/// bindings, then those of the role bindings of `namespace` (none for an empty one).
pub fn rules_for(user: &UserInfo, namespace: &str) -> Vec<&'static Rule> {
    let cluster_wide = BINDINGS
        .iter()
        .filter(|binding| binding.namespace.is_empty());
    let local = BINDINGS
        .iter()
        .filter(|binding| !namespace.is_empty() && binding.namespace == namespace);
    let mut rules = Vec::new();
    for binding in cluster_wide.chain(local) {
        if !binding
            .subjects
            .iter()
            .any(|subject| applies_to(user, subject))
        {
            continue;
        }
        let role_namespace = if binding.cluster_role {
            ""
        } else {
            binding.namespace
        };
        if let Some(role) = ROLES
            .iter()
            .find(|role| role.namespace == role_namespace && role.name == binding.role)
        {
            rules.extend(role.rules.iter());
        }
    }
    rules
}

/// Why the rules review of `user` is incomplete (`SubjectRulesReviewStatus.EvaluationError`):
/// the Node authorizer cannot list what it allows a node (`NodeIdentity`: a
/// `system:node:` user in `system:nodes`).
pub fn rules_review_error(user: &UserInfo) -> Option<&'static str> {
    (user.name.starts_with("system:node:") && user.groups.iter().any(|group| group == NODES))
        .then_some("node authorizer does not support user rule resolution")
}

/// What a request does (`authorizer.Attributes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attributes<'a> {
    Resource {
        namespace: &'a str,
        verb: &'a str,
        group: &'a str,
        resource: &'a str,
        subresource: &'a str,
        name: &'a str,
    },
    NonResource {
        verb: &'a str,
        path: &'a str,
    },
}

/// `RuleAllows` with `rbacv1helpers`' matchers: `*` verbs, groups and resources,
/// `*/subresource`, resource names (any when the rule lists none), and URLs ending in `*`.
pub fn rule_allows(rule: &Rule, attributes: &Attributes<'_>) -> bool {
    let has = |list: &[&str], value: &str| list.iter().any(|item| *item == "*" || *item == value);
    match *attributes {
        Attributes::Resource {
            verb,
            group,
            resource,
            subresource,
            name,
            ..
        } => {
            let combined = if subresource.is_empty() {
                resource.to_string()
            } else {
                format!("{resource}/{subresource}")
            };
            let resource_matches = rule.resources.iter().any(|rule_resource| {
                *rule_resource == "*"
                    || *rule_resource == combined
                    || (!subresource.is_empty()
                        && rule_resource.len() == subresource.len() + 2
                        && rule_resource.starts_with("*/")
                        && rule_resource.ends_with(subresource))
            });
            has(rule.verbs, verb)
                && has(rule.api_groups, group)
                && resource_matches
                && (rule.resource_names.is_empty() || rule.resource_names.contains(&name))
        }
        Attributes::NonResource { verb, path } => {
            has(rule.verbs, verb)
                && rule.non_resource_urls.iter().any(|url| {
                    *url == "*"
                        || *url == path
                        || (url.ends_with('*') && path.starts_with(url.trim_end_matches('*')))
                })
        }
    }
}

/// Whether the API server lets `user` do it: the `system:masters` superuser check, then RBAC.
pub fn allowed(user: &UserInfo, attributes: &Attributes<'_>) -> bool {
    if user.groups.iter().any(|group| group == "system:masters") {
        return true;
    }
    let namespace = match attributes {
        Attributes::Resource { namespace, .. } => namespace,
        Attributes::NonResource { .. } => "",
    };
    rules_for(user, namespace)
        .into_iter()
        .any(|rule| rule_allows(rule, attributes))
}

#[cfg(test)]
#[path = "authz_tests.rs"]
mod tests;
