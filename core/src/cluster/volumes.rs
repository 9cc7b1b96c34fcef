//! The files a container sees in its volumes: the keys of a ConfigMap or Secret volume (all
//! of them, or the `items` it names, at their paths), and the service account's `token`,
//! `ca.crt` and `namespace` in the projected `kube-api-access-…` volume. Read by the
//! containers' shell (`cat /etc/config/key` in `kubectl exec`).

use super::Cluster;
use crate::api::value;
use crate::api::Pod;
use serde_json::Value;

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
        let namespace = pod.namespace().to_string();
        // The key an `items` list maps to `file`, or `file` itself when there is no list.
        let key_at = |source: &Value| -> Option<String> {
            let items = value::array_at(source, &["items"]);
            if items.is_empty() {
                return Some(file.to_string());
            }
            items
                .iter()
                .find(|item| value::str_at(item, &["path"]) == Some(file))
                .and_then(|item| value::str_at(item, &["key"]))
                .map(str::to_string)
        };
        if let Some(source) = value::at(volume, &["configMap"]) {
            let name = value::str_at(source, &["name"])?;
            let config_map = self.config_maps.get(&(namespace, name.to_string()))?;
            let key = key_at(source)?;
            return config_map.data.get(&key).cloned().or_else(|| {
                let bytes =
                    crate::share::base64_standard_decode(config_map.binary_data.get(&key)?)?;
                Some(String::from_utf8_lossy(&bytes).into_owned())
            });
        }
        if let Some(source) = value::at(volume, &["secret"]) {
            let name = value::str_at(source, &["secretName"])?;
            let secret = self.secrets.get(&(namespace, name.to_string()))?;
            return secret.value(&key_at(source)?);
        }
        if value::at(volume, &["projected"]).is_some() {
            return match file {
                "ca.crt" => Some(super::root_ca_pem()),
                "namespace" => Some(namespace),
                "token" => Some(super::tokens::pod_token(pod)),
                _ => None,
            };
        }
        None
    }
}
