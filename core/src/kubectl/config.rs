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

/// `~/.kube/config`, as far as the playground uses it: the contexts and the current one, and
/// whether the file still holds kind's cluster and user (their data never changes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeConfig {
    pub contexts: BTreeMap<String, Box<Context>>,
    pub current_context: Option<String>,
    pub has_cluster: bool,
    pub has_user: bool,
    /// The file's text when kubectl last read or wrote it (`None`: there was no file): a
    /// different text means the learner changed the file, which kubectl then reads again.
    pub file_text: Option<String>,
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
        let mut config = KubeConfig {
            contexts,
            current_context: Some(CLUSTER_NAME.to_string()),
            has_cluster: true,
            has_user: true,
            file_text: None,
        };
        config.file_text = Some(config.kind_file_text());
        config
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
            for (name, kind, present, shows) in [
                (
                    &context.cluster,
                    "cluster",
                    self.has_cluster,
                    &mut shows_cluster,
                ),
                (&context.user, "user", self.has_user, &mut shows_user),
            ] {
                if !name.is_empty() && (name != CLUSTER_NAME || !present) {
                    return Err(format!("cannot locate {kind} {name}"));
                }
                *shows = !name.is_empty();
            }
        } else {
            shows_cluster = self.has_cluster;
            shows_user = self.has_user;
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
                        (
                            "client-certificate-data",
                            data("CERTIFICATE", CLIENT_CERTIFICATE_BYTES),
                        ),
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

/// clientcmd's error for a kubeconfig it cannot load (the learner's edit of the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl KubeConfig {
    /// The settings kubectl writes back when they change (not the file's text).
    fn settings(&self) -> (&BTreeMap<String, Box<Context>>, &Option<String>, bool, bool) {
        (
            &self.contexts,
            &self.current_context,
            self.has_cluster,
            self.has_user,
        )
    }

    /// Whether a command changed what the file holds.
    pub fn settings_differ(&self, other: &KubeConfig) -> bool {
        self.settings() != other.settings()
    }

    /// The file as kubectl writes it (`clientcmd.WriteToFile`: the v1 `Config` as YAML, as
    /// `kubectl config view --raw` shows it).
    pub fn written_text(&self) -> String {
        match self.to_value(false, true) {
            Ok(value) => crate::printers::yaml::to_yaml(&value),
            Err(_) => String::new(),
        }
    }

    /// The file kind wrote when it made the cluster: the same, with its `preferences: {}`.
    pub fn kind_file_text(&self) -> String {
        self.written_text()
            .replacen("kind: Config\n", "kind: Config\npreferences: {}\n", 1)
    }

    /// Reads the file's text as clientcmd's `Load` does: an empty document is an empty
    /// config; YAML errors, a document that is not a mapping, another kind or version, and
    /// fields of the wrong JSON type are its errors. Clusters and users other than kind's
    /// are not kept (the playground has one cluster).
    pub fn from_file_text(text: &str) -> Result<KubeConfig, LoadError> {
        let value = crate::kubectl::manifest::yaml_json::read_yaml(
            text,
            crate::kubectl::manifest::yaml_json::Rules::GoYamlV2,
        )
        .map_err(|error| LoadError(error.go_message()))
        .and_then(|node| {
            crate::kubectl::manifest::yaml_json::node_to_json(node).map_err(LoadError)
        })?;
        let mut config = KubeConfig {
            contexts: BTreeMap::new(),
            current_context: None,
            has_cluster: false,
            has_user: false,
            file_text: Some(text.to_string()),
        };
        let map = match value {
            Value::Null => return Ok(config),
            Value::Object(map) => map,
            other => {
                return Err(LoadError(format!(
                    "couldn't get version/kind; json parse error: json: cannot unmarshal {} into Go value of type struct {{ APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }}",
                    crate::kubectl::manifest::json_type_name(&other)
                )))
            }
        };
        let text_of = |value: Option<&Value>| match value {
            Some(Value::String(text)) => text.clone(),
            _ => String::new(),
        };
        let kind = text_of(map.get("kind"));
        let version = text_of(map.get("apiVersion"));
        let kind = if kind.is_empty() {
            "Config".to_string()
        } else {
            kind
        };
        let version = if version.is_empty() {
            "v1".to_string()
        } else {
            version
        };
        if kind != "Config" || version != "v1" {
            return Err(LoadError(format!(
                "no kind \"{kind}\" is registered for version \"{version}\" in scheme \"k8s.io/client-go/tools/clientcmd/api/latest/latest.go:50\""
            )));
        }
        let type_error = |json: &Value, go_struct: &str, field: &str, go_type: &str| {
            LoadError(format!(
                "json: cannot unmarshal {} into Go struct field {go_struct}.{field} of type {go_type}",
                crate::kubectl::manifest::json_type_name(json)
            ))
        };
        let string_field = |value: Option<&Value>, go_struct: &str, field: &str| match value {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(type_error(other, go_struct, field, "string")),
        };
        let list = |key: &str, go_type: &str| match map.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items.clone()),
            Some(other) => Err(type_error(other, "Config", key, go_type)),
        };
        for (key, go_type, present) in [
            ("clusters", "[]v1.NamedCluster", &mut config.has_cluster),
            ("users", "[]v1.NamedAuthInfo", &mut config.has_user),
        ] {
            let go_struct = &go_type[5..];
            for item in list(key, go_type)? {
                let name = match &item {
                    Value::Object(entry) => {
                        string_field(entry.get("name"), go_struct, &format!("{key}.name"))?
                    }
                    Value::Null => None,
                    other => return Err(type_error(other, "Config", key, go_type)),
                };
                *present |= name.as_deref() == Some(CLUSTER_NAME);
            }
        }
        for item in list("contexts", "[]v1.NamedContext")? {
            let entry = match item {
                Value::Object(entry) => entry,
                Value::Null => continue,
                other => {
                    return Err(type_error(
                        &other,
                        "Config",
                        "contexts",
                        "[]v1.NamedContext",
                    ))
                }
            };
            let name = string_field(entry.get("name"), "NamedContext", "contexts.name")?;
            let mut context = Context {
                cluster: String::new(),
                user: String::new(),
                namespace: None,
            };
            match entry.get("context") {
                None | Some(Value::Null) => {}
                Some(Value::Object(fields)) => {
                    let field = |key: &str| {
                        string_field(
                            fields.get(key),
                            "Context",
                            &format!("contexts.context.{key}"),
                        )
                    };
                    context.cluster = field("cluster")?.unwrap_or_default();
                    context.user = field("user")?.unwrap_or_default();
                    context.namespace = field("namespace")?.filter(|ns| !ns.is_empty());
                }
                Some(other) => {
                    return Err(type_error(
                        other,
                        "NamedContext",
                        "contexts.context",
                        "v1.Context",
                    ))
                }
            }
            config
                .contexts
                .insert(name.unwrap_or_default(), Box::new(context));
        }
        config.current_context =
            string_field(map.get("current-context"), "Config", "current-context")?
                .filter(|name| !name.is_empty());
        Ok(config)
    }
}

/// The length of the DER of kind's client certificate for `kubernetes-admin`.
const CLIENT_CERTIFICATE_BYTES: usize = 830;

/// The DER of the client certificate kubectl presents (`client-certificate-data`), from
/// which the API server takes the user's credential id.
pub fn client_certificate_der() -> Vec<u8> {
    let pem = crate::cluster::pem_block("CERTIFICATE", CLIENT_CERTIFICATE_BYTES);
    let body: String = pem
        .lines()
        .filter(|line| !line.starts_with("-----"))
        .collect();
    crate::go_base64::decode_std(body.as_bytes()).unwrap_or_default()
}

/// The base64 of a PEM block of `bytes` bytes, as kind writes certificates and keys into the
/// kubeconfig. The bytes are a fixed pseudo-random sequence (no real key material): the same
/// in every session, as a cluster's credentials stay the same.
fn pem_base64(kind: &str, bytes: usize) -> String {
    crate::share::base64_standard(crate::cluster::pem_block(kind, bytes).as_bytes())
}
