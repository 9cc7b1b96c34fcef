//! The kubeconfig the playground's kubectl reads: contexts, the current context and its
//! namespace. `kubectl config …` edits it; every other verb resolves its namespace through it
//! (`-n` flag > context namespace > `default`).

use crate::api::value::{obj, s};
use serde_json::Value;
use std::collections::BTreeMap;

/// The cluster and user every context of the playground points at.
pub const CLUSTER_NAME: &str = "kind-kubeplay";
/// Where the kubeconfig lives (kubectl names the file in some messages).
pub const KUBECONFIG_PATH: &str = "/home/learner/.kube/config";
/// The API server address kind published.
pub const SERVER: &str = "https://127.0.0.1:40331";

/// One context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub cluster: String,
    pub user: String,
    pub namespace: Option<String>,
}

/// `~/.kube/config`, as far as the playground uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeConfig {
    pub contexts: BTreeMap<String, Box<Context>>,
    pub current_context: Option<String>,
}

impl Default for KubeConfig {
    fn default() -> KubeConfig {
        let mut contexts = BTreeMap::new();
        contexts.insert(
            CLUSTER_NAME.to_string(),
            Box::new(Context {
                cluster: CLUSTER_NAME.to_string(),
                user: CLUSTER_NAME.to_string(),
                namespace: None,
            }),
        );
        KubeConfig {
            contexts,
            current_context: Some(CLUSTER_NAME.to_string()),
        }
    }
}

impl KubeConfig {
    /// The context kubectl uses: `--context` when given, else `current-context`.
    pub fn context_in_use<'a>(&'a self, flag: Option<&'a str>) -> Option<&'a str> {
        flag.filter(|name| !name.is_empty())
            .or(self.current_context.as_deref())
            .filter(|name| !name.is_empty())
    }

    /// The namespace of the context in use (`--context` or the current one), or `default`.
    pub fn namespace(&self, context_flag: Option<&str>) -> String {
        self.context_in_use(context_flag)
            .and_then(|name| self.contexts.get(name))
            .and_then(|context| context.namespace.clone())
            .filter(|namespace| !namespace.is_empty())
            .unwrap_or_else(|| "default".to_string())
    }

    /// `kubectl config view` (with `--minify`: only the current context and the cluster and
    /// user it names, as clientcmd's `MinifyConfig`, with its errors).
    /// With `raw`, the credentials' data as stored instead of `DATA+OMITTED`.
    pub fn to_value(&self, minify: bool, raw: bool) -> Result<Value, String> {
        let mut shows_cluster = true;
        let mut shows_user = true;
        if minify {
            let Some(current) = self
                .current_context
                .as_ref()
                .filter(|name| !name.is_empty())
            else {
                return Err("current-context must exist in order to minify".to_string());
            };
            let Some(context) = self.contexts.get(current) else {
                return Err(format!("cannot locate context {current}"));
            };
            for (name, kind, shows) in [
                (&context.cluster, "cluster", &mut shows_cluster),
                (&context.user, "user", &mut shows_user),
            ] {
                if !name.is_empty() && name != CLUSTER_NAME {
                    return Err(format!("cannot locate {kind} {name}"));
                }
                *shows = !name.is_empty();
            }
        }
        let contexts: Vec<Value> = self
            .contexts
            .iter()
            .filter(|(name, _)| !minify || Some(*name) == self.current_context.as_ref())
            .map(|(name, context)| {
                let mut map = serde_json::Map::new();
                map.insert("cluster".into(), s(&context.cluster));
                if let Some(namespace) = &context.namespace {
                    map.insert("namespace".into(), s(namespace));
                }
                map.insert("user".into(), s(&context.user));
                obj([("context", Value::Object(map)), ("name", s(name))])
            })
            .collect();
        // The v1 lists are nil, not empty, when minifying leaves nothing: `clusters: null`.
        let list = |items: Vec<Value>| {
            if items.is_empty() {
                Value::Null
            } else {
                Value::Array(items)
            }
        };
        let data = |kind: &str, bytes: usize| {
            if raw {
                s(pem_base64(kind, bytes))
            } else {
                s("DATA+OMITTED")
            }
        };
        let clusters = shows_cluster.then(|| {
            obj([
                (
                    "cluster",
                    obj([
                        ("certificate-authority-data", data("CERTIFICATE", 810)),
                        ("server", s(SERVER)),
                    ]),
                ),
                ("name", s(CLUSTER_NAME)),
            ])
        });
        let users = shows_user.then(|| {
            obj([
                ("name", s(CLUSTER_NAME)),
                (
                    "user",
                    obj([
                        ("client-certificate-data", data("CERTIFICATE", 830)),
                        ("client-key-data", data("RSA PRIVATE KEY", 1190)),
                    ]),
                ),
            ])
        });
        Ok(obj([
            ("apiVersion", s("v1")),
            ("clusters", list(clusters.into_iter().collect())),
            ("contexts", list(contexts)),
            (
                "current-context",
                s(self.current_context.clone().unwrap_or_default()),
            ),
            ("kind", s("Config")),
            ("users", list(users.into_iter().collect())),
        ]))
    }
}

/// The base64 of a PEM block of `bytes` bytes, as kind writes certificates and keys into the
/// kubeconfig. The bytes are a fixed pseudo-random sequence (no real key material): the same
/// in every session, as a cluster's credentials stay the same.
fn pem_base64(kind: &str, bytes: usize) -> String {
    let mut state: u64 = crate::rng::fnv1a(kind.bytes());
    let body: Vec<u8> = (0..bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let mut pem = format!("-----BEGIN {kind}-----\n");
    let encoded = base64_standard(&body);
    for line in encoded.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str(&format!("-----END {kind}-----\n"));
    base64_standard(pem.as_bytes())
}

/// Padded standard base64 (RFC 4648 §4).
fn base64_standard(data: &[u8]) -> String {
    let mut text: String = crate::share::base64url_encode(data)
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            other => other,
        })
        .collect();
    while !text.len().is_multiple_of(4) {
        text.push('=');
    }
    text
}
