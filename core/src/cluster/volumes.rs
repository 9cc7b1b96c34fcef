//! What a pod takes from ConfigMaps and Secrets (`KeySource`: the kubelet's environment
//! variables and volumes), and the files a container sees in its volumes: the keys of a
//! ConfigMap or Secret volume (all of them, or the `items` it names, at their paths), and the
//! service account's `token`, `ca.crt` and `namespace` in the projected `kube-api-access-…`
//! volume. Read by the containers' shell (`cat /etc/config/key` in `kubectl exec`).

use super::Cluster;
use crate::api::value;
use crate::api::{ConfigMap, Pod, Secret};
use serde_json::Value;

/// Which kind a pod's reference names (`configMapKeyRef`/`secretKeyRef`, `configMap`/`secret`
/// volumes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceKind {
    ConfigMap,
    Secret,
}

impl SourceKind {
    /// The kind of the source a reference (`configMapRef`, `secretKeyRef`…) or a volume
    /// (`configMap`, `secret`) names, with the reference itself.
    pub(crate) fn of<'v>(
        holder: &'v Value,
        config_map: &str,
        secret: &str,
    ) -> Option<(SourceKind, &'v Value)> {
        match (
            value::at(holder, &[config_map]),
            value::at(holder, &[secret]),
        ) {
            (Some(reference), _) => Some((SourceKind::ConfigMap, reference)),
            (None, Some(reference)) => Some((SourceKind::Secret, reference)),
            _ => None,
        }
    }

    /// The resource's name in messages (`configmap "x" not found`).
    pub(crate) fn resource(self) -> &'static str {
        match self {
            SourceKind::ConfigMap => "configmap",
            SourceKind::Secret => "secret",
        }
    }

    /// The kind's name in messages (`couldn't find key k in ConfigMap ns/x`).
    pub(crate) fn kind(self) -> &'static str {
        match self {
            SourceKind::ConfigMap => "ConfigMap",
            SourceKind::Secret => "Secret",
        }
    }
}

/// A ConfigMap or a Secret: keys and the text a pod gets for each.
#[derive(Debug, Clone, Copy)]
pub(crate) enum KeySource<'c> {
    ConfigMap(&'c ConfigMap),
    Secret(&'c Secret),
}

impl<'c> KeySource<'c> {
    /// The keys environment variables come from (`data` only, for a ConfigMap).
    pub(crate) fn env_keys(self) -> Vec<&'c str> {
        match self {
            KeySource::ConfigMap(config_map) => {
                config_map.data.keys().map(String::as_str).collect()
            }
            KeySource::Secret(secret) => secret.data.keys().map(String::as_str).collect(),
        }
    }

    /// A key's value as an environment variable (`data` only, for a ConfigMap).
    pub(crate) fn env_value(self, key: &str) -> Option<String> {
        match self {
            KeySource::ConfigMap(config_map) => config_map.data.get(key).cloned(),
            KeySource::Secret(secret) => secret.value(key),
        }
    }

    /// A key's value as a file (a ConfigMap's binary data too).
    pub(crate) fn file(self, key: &str) -> Option<String> {
        match self {
            KeySource::ConfigMap(config_map) => config_map.data.get(key).cloned().or_else(|| {
                let bytes = crate::share::base64_standard_decode(config_map.binary_data.get(key)?)?;
                Some(String::from_utf8_lossy(&bytes).into_owned())
            }),
            KeySource::Secret(secret) => secret.value(key),
        }
    }
}

impl Cluster {
    /// The ConfigMap or Secret `name` in `namespace`, if it exists.
    pub(crate) fn key_source(
        &self,
        kind: SourceKind,
        namespace: &str,
        name: &str,
    ) -> Option<KeySource<'_>> {
        let key = (namespace.to_string(), name.to_string());
        match kind {
            SourceKind::ConfigMap => self
                .config_maps
                .get(&key)
                .map(|object| KeySource::ConfigMap(object)),
            SourceKind::Secret => self
                .secrets
                .get(&key)
                .map(|object| KeySource::Secret(object)),
        }
    }
}

impl Cluster {
    /// The text of the file at `path` in a container's volumes, if one is mounted there.
    pub fn container_file(
        &self,
        namespace: &str,
        pod: &str,
        container: &str,
        path: &str,
    ) -> Option<String> {
        let pod = self.pod(namespace, pod)?;
        let spec = pod.rendered_spec();
        let container = value::array_at(&spec, &["containers"])
            .iter()
            .chain(value::array_at(&spec, &["initContainers"]))
            .find(|entry| value::str_at(entry, &["name"]) == Some(container))?;
        value::array_at(container, &["volumeMounts"])
            .iter()
            .find_map(|mount| {
                let mount_path = value::str_at(mount, &["mountPath"])?.trim_end_matches('/');
                let file = path.strip_prefix(mount_path)?.strip_prefix('/')?;
                let name = value::str_at(mount, &["name"])?;
                let volume = value::array_at(&spec, &["volumes"])
                    .iter()
                    .find(|volume| value::str_at(volume, &["name"]) == Some(name))?;
                self.volume_file(pod, volume, file)
            })
    }

    /// A file of one volume, by its path inside the volume.
    fn volume_file(&self, pod: &Pod, volume: &Value, file: &str) -> Option<String> {
        if let Some((kind, source)) = SourceKind::of(volume, "configMap", "secret") {
            let name_field = if kind == SourceKind::ConfigMap {
                "name"
            } else {
                "secretName"
            };
            let name = value::str_at(source, &[name_field])?;
            // The key an `items` list maps to `file`, or `file` itself when there is no list.
            let items = value::array_at(source, &["items"]);
            let key = if items.is_empty() {
                file
            } else {
                items
                    .iter()
                    .find(|item| value::str_at(item, &["path"]) == Some(file))
                    .and_then(|item| value::str_at(item, &["key"]))?
            };
            return self.key_source(kind, pod.namespace(), name)?.file(key);
        }
        if value::at(volume, &["projected"]).is_some() {
            return match file {
                "ca.crt" => Some(super::root_ca_pem()),
                "namespace" => Some(pod.namespace().to_string()),
                "token" => Some(super::tokens::pod_token(pod)),
                _ => None,
            };
        }
        None
    }
}
