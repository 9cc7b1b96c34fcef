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
                "token" => Some(service_account_token(pod)),
                _ => None,
            };
        }
        None
    }
}

/// A bound service account token as the kubelet writes it: a JWT whose claims name the
/// pod, its node and its account (the signature is made up, from the pod's uid).
fn service_account_token(pod: &Pod) -> String {
    let issued = pod.meta.creation_timestamp.0 / 1000;
    let account = value::str_at(&pod.spec, &["serviceAccountName"]).unwrap_or("default");
    let namespace = pod.namespace();
    let header = r#"{"alg":"RS256","kid":"kubeplay-service-account-signing-key"}"#;
    let claims = format!(
        concat!(
            r#"{{"aud":["https://kubernetes.default.svc.cluster.local"],"exp":{},"iat":{},"#,
            r#""iss":"https://kubernetes.default.svc.cluster.local","jti":"{}","#,
            r#""kubernetes.io":{{"namespace":"{}","node":{{"name":"{}"}},"pod":{{"name":"{}","uid":"{}"}},"#,
            r#""serviceaccount":{{"name":"{}"}},"warnafter":{}}},"nbf":{},"sub":"system:serviceaccount:{}:{}"}}"#
        ),
        issued + 3607,
        issued,
        pod.meta.uid,
        namespace,
        pod.node_name.as_deref().unwrap_or(""),
        pod.meta.name,
        pod.meta.uid,
        account,
        issued + 3607 - 600,
        issued,
        namespace,
        account
    );
    let mut state = crate::rng::fnv1a(pod.meta.uid.bytes());
    let signature: Vec<u8> = (0..256)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    format!(
        "{}.{}.{}",
        crate::share::base64url_encode(header.as_bytes()),
        crate::share::base64url_encode(claims.as_bytes()),
        crate::share::base64url_encode(&signature)
    )
}
