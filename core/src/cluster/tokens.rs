//! Service account tokens: the one the kubelet mounts in a pod (bound to the pod, 3607 s),
//! and the `TokenRequest` subresource `kubectl create token` asks for, with the API server's
//! checks (the account, the lifetime, the bound object). A token is a JWT whose claims are
//! the real ones; its signature is made up.

use super::Cluster;
use crate::api::{value, ApiError, Kind, Pod};
use crate::clock::SimTime;
use crate::validation;

/// The issuer and default audience of kind's API server (`--service-account-issuer`).
pub const ISSUER: &str = "https://kubernetes.default.svc.cluster.local";

/// What `kubectl create token` asks for.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    pub audiences: Vec<String>,
    /// `None`: the server's default, one hour.
    pub expiration_seconds: Option<i64>,
    /// `(kind, name, uid)` of the object the token dies with.
    pub bound_object: Option<(String, String, String)>,
}

/// What the server answers: the audiences and lifetime it used, and the token.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub audiences: Vec<String>,
    pub expiration_seconds: i64,
    pub expiration: SimTime,
    pub token: String,
}

impl Cluster {
    /// `POST …/serviceaccounts/NAME/token`.
    pub fn create_token(
        &self,
        namespace: &str,
        account: &str,
        request: &TokenRequest,
    ) -> Result<IssuedToken, ApiError> {
        let account_object = self
            .service_accounts
            .get(&(namespace.to_string(), account.to_string()))
            .ok_or_else(|| ApiError::not_found(Kind::ServiceAccount, account))?;
        let expiration_seconds = request.expiration_seconds.unwrap_or(3600);
        let invalid = |message: &str| {
            ApiError::InvalidRequest {
            message: format!(
                "TokenRequest.authentication.k8s.io {} is invalid: spec.expirationSeconds: Invalid value: {expiration_seconds}: {message}",
                validation::go_quote(account)
            ),
        }
        };
        if expiration_seconds < 600 {
            return Err(invalid("may not specify a duration less than 10 minutes"));
        }
        if expiration_seconds > 1 << 32 {
            return Err(invalid(
                "may not specify a duration larger than 2^32 seconds",
            ));
        }
        let mut bound = None;
        if let Some((kind, name, uid)) = &request.bound_object {
            let (found_uid, pod) = match kind.as_str() {
                "Pod" => {
                    let pod = self
                        .pod(namespace, name)
                        .ok_or_else(|| ApiError::not_found(Kind::Pod, name))?;
                    let runs_as =
                        value::str_at(&pod.spec, &["serviceAccountName"]).unwrap_or("default");
                    if runs_as != account {
                        return Err(ApiError::BadRequest {
                            message: format!(
                                "cannot bind token for serviceaccount {} to pod running with different serviceaccount name.",
                                validation::go_quote(account)
                            ),
                        });
                    }
                    (pod.meta.uid.clone(), Some(pod))
                }
                "Secret" => (
                    self.get(Kind::Secret, namespace, name)?.meta().uid.clone(),
                    None,
                ),
                _ => (self.get(Kind::Node, "", name)?.meta().uid.clone(), None),
            };
            if !uid.is_empty() && *uid != found_uid {
                return Err(ApiError::Conflict {
                    resource: kind.clone(),
                    name: name.clone(),
                    reason: Some(format!(
                        "the UID in the bound object reference ({uid}) does not match the UID in record. The object might have been deleted and then recreated"
                    )),
                });
            }
            bound = Some((kind.clone(), name.clone(), found_uid, pod));
        }
        let audiences = if request.audiences.is_empty() {
            vec![ISSUER.to_string()]
        } else {
            request.audiences.clone()
        };
        let issued = self.now().0 / 1000;
        let mut claims = Claims {
            audiences: &audiences,
            issued,
            expires: issued + expiration_seconds,
            id: crate::rng::derived_uuid(&[namespace, account, &issued.to_string()]),
            namespace,
            account,
            account_uid: &account_object.meta.uid,
            node: None,
            pod: None,
            secret: None,
        };
        let pod_parts;
        if let Some((kind, name, uid, pod)) = &bound {
            match kind.as_str() {
                "Pod" => {
                    pod_parts = (name.as_str(), uid.as_str());
                    claims.pod = Some(pod_parts);
                    claims.node = pod.and_then(|pod| pod.node_name.as_deref());
                }
                "Secret" => claims.secret = Some((name.as_str(), uid.as_str())),
                _ => claims.node = Some(name.as_str()),
            }
        }
        Ok(IssuedToken {
            audiences: audiences.clone(),
            expiration_seconds,
            expiration: SimTime((issued + expiration_seconds) * 1000),
            token: claims.jwt(),
        })
    }
}

/// The token the kubelet mounts in a pod (`kube-api-access-…/token`): bound to the pod and
/// its node, 3607 s, to be refreshed after 3000.
pub fn pod_token(pod: &Pod) -> String {
    let issued = pod.meta.creation_timestamp.0 / 1000;
    let account = value::str_at(&pod.spec, &["serviceAccountName"]).unwrap_or("default");
    let audiences = [ISSUER.to_string()];
    Claims {
        audiences: &audiences,
        issued,
        expires: issued + 3607,
        id: crate::rng::derived_uuid(&[&pod.meta.uid, "token"]),
        namespace: pod.namespace(),
        account,
        account_uid: "",
        node: pod.node_name.as_deref(),
        pod: Some((pod.meta.name.as_str(), pod.meta.uid.as_str())),
        secret: None,
    }
    .jwt()
}

/// The claims of a service account token, in the order the API server writes them.
struct Claims<'a> {
    audiences: &'a [String],
    issued: i64,
    expires: i64,
    id: String,
    namespace: &'a str,
    account: &'a str,
    account_uid: &'a str,
    node: Option<&'a str>,
    pod: Option<(&'a str, &'a str)>,
    secret: Option<(&'a str, &'a str)>,
}

impl Claims<'_> {
    fn jwt(&self) -> String {
        let quote = validation::go_json_quote;
        let audiences: Vec<String> = self.audiences.iter().map(|aud| quote(aud)).collect();
        let mut kubernetes = format!("\"namespace\":{}", quote(self.namespace));
        if let Some(node) = self.node {
            kubernetes.push_str(&format!(",\"node\":{{\"name\":{}}}", quote(node)));
        }
        if let Some((name, uid)) = self.pod {
            kubernetes.push_str(&format!(
                ",\"pod\":{{\"name\":{},\"uid\":{}}}",
                quote(name),
                quote(uid)
            ));
        }
        if let Some((name, uid)) = self.secret {
            kubernetes.push_str(&format!(
                ",\"secret\":{{\"name\":{},\"uid\":{}}}",
                quote(name),
                quote(uid)
            ));
        }
        kubernetes.push_str(&format!(
            ",\"serviceaccount\":{{\"name\":{},\"uid\":{}}}",
            quote(self.account),
            quote(self.account_uid)
        ));
        let claims = format!(
            "{{\"aud\":[{}],\"exp\":{},\"iat\":{},\"iss\":{},\"jti\":{},\"kubernetes.io\":{{{kubernetes}}},\"nbf\":{},\"sub\":{}}}",
            audiences.join(","),
            self.expires,
            self.issued,
            quote(ISSUER),
            quote(&self.id),
            self.issued,
            quote(&format!("system:serviceaccount:{}:{}", self.namespace, self.account))
        );
        let header = r#"{"alg":"RS256","kid":"kubeplay-service-account-signing-key"}"#;
        let signature = crate::rng::made_up_bytes(crate::rng::fnv1a(claims.bytes()), 256);
        format!(
            "{}.{}.{}",
            crate::share::base64url_encode(header.as_bytes()),
            crate::share::base64url_encode(claims.as_bytes()),
            crate::share::base64url_encode(&signature)
        )
    }
}
