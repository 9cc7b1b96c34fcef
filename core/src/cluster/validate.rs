//! API-server validation of the objects the store accepts, with apimachinery's messages.
//!
//! Builds on `crate::validation` (names, labels, annotations, field errors) and adds the Pod
//! rules chapter 3 exercises: containers, images, ports, restart policy, node selectors and
//! extended resources. Errors come back as an `ApiError::Invalid` carrying every cause at once,
//! in upstream order. Also home of required node-affinity matching, used by the scheduler.

use crate::api::value;
use crate::api::{ApiError, ConfigMap, Kind, ObjectMeta, PriorityClass, Secret};
use crate::selector;
use crate::sort::CollectSorted;
use crate::validation::{self, FieldError, FieldPath, FieldValue, ObjectMetaFields};
use serde_json::Value;
use std::collections::BTreeMap;

fn invalid(kind: Kind, name: &str, errors: Vec<FieldError>) -> Result<(), ApiError> {
    if errors.is_empty() {
        return Ok(());
    }
    Err(ApiError::Invalid {
        kind,
        name: name.to_string(),
        causes: errors.iter().map(ToString::to_string).collect(),
    })
}

/// `ValidateObjectMeta` for a kind.
pub(super) fn object_meta(kind: Kind, meta: &ObjectMeta) -> Result<(), ApiError> {
    invalid(kind, &meta.name, object_meta_errors(kind, meta))
}

/// The causes `ValidateObjectMeta` finds (kept to go before the spec's own).
pub(super) fn object_meta_causes(kind: Kind, meta: &ObjectMeta) -> Vec<String> {
    object_meta_errors(kind, meta)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A kind's validation of metadata and spec together (`validatePodMetadataAndSpec`,
/// `ValidateReplicationController`, `ValidateService`): the metadata's causes come first, and
/// neither hides the other's.
pub(super) fn with_meta_causes<T>(
    kind: Kind,
    meta: &ObjectMeta,
    meta_causes: Vec<String>,
    spec_result: Result<T, ApiError>,
) -> Result<T, ApiError> {
    match spec_result {
        Err(ApiError::Invalid { causes, .. }) => Err(ApiError::Invalid {
            kind,
            name: meta.name.clone(),
            causes: meta_causes.into_iter().chain(causes).collect(),
        }),
        _ if !meta_causes.is_empty() => Err(ApiError::Invalid {
            kind,
            name: meta.name.clone(),
            causes: meta_causes,
        }),
        other => other,
    }
}

fn object_meta_errors(kind: Kind, meta: &ObjectMeta) -> Vec<FieldError> {
    let name_fn: validation::ValidateNameFunc = match kind {
        Kind::Pod => validation::validate_pod_name,
        Kind::Namespace => validation::validate_namespace_name,
        Kind::Service => validation::name_is_dns1035_label,
        _ => validation::name_is_dns_subdomain,
    };
    let fields = ObjectMetaFields {
        name: &meta.name,
        generate_name: meta.generate_name.as_deref().unwrap_or(""),
        namespace: meta.namespace.as_deref().unwrap_or(""),
        labels: &meta.labels,
        annotations: &meta.annotations,
    };
    validation::validate_object_meta(&fields, kind.namespaced(), name_fn, "metadata").0
}

/// The warnings the API server returns with a created object (`WarningsOnCreate`), without
/// kubectl's `Warning: ` prefix: a Pod's name becomes its hostname, so it should be a DNS label.
pub fn warnings_on_create(kind: Kind, name: &str) -> Vec<String> {
    let problems = validation::is_dns1123_label(name);
    if kind != Kind::Pod || problems.is_empty() {
        return Vec::new();
    }
    vec![format!(
        "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [{}]",
        problems.join(" ")
    )]
}

/// `core.MaxSecretSize`: the most a ConfigMap's values may hold together.
const MAX_CONFIG_MAP_BYTES: i64 = 1024 * 1024;

/// `ValidateConfigMap` (without the metadata, checked by the caller): every key of `data`
/// and `binaryData` is a config key, no key is in both, and the values hold at most 1 MiB.
pub(super) fn config_map(name: &str, manifest: &Value) -> Result<(), ApiError> {
    let data = value::string_map_at(manifest, &["data"]);
    let binary_data = value::string_map_at(manifest, &["binaryData"]);
    let mut errors = Vec::new();
    let mut total: usize = 0;
    for (key, value) in &data {
        let path = FieldPath::new("data").key(key);
        for message in validation::is_config_map_key(key) {
            errors.push(FieldError::invalid(&path, key.as_str(), &message));
        }
        if binary_data.contains_key(key) {
            errors.push(FieldError::invalid(
                &path,
                key.as_str(),
                "duplicate of key present in binaryData",
            ));
        }
        total += value.len();
    }
    for (key, value) in &binary_data {
        let path = FieldPath::new("binaryData").key(key);
        for message in validation::is_config_map_key(key) {
            errors.push(FieldError::invalid(&path, key.as_str(), &message));
        }
        // The API carries base64; the size counts the decoded bytes.
        total += base64_decoded_len(value);
    }
    if total as i64 > MAX_CONFIG_MAP_BYTES {
        // `field.NewPath("")`, which prints as `[]`.
        errors.push(FieldError::too_long(
            FieldPath::new(""),
            MAX_CONFIG_MAP_BYTES,
        ));
    }
    invalid(Kind::ConfigMap, name, errors)
}

/// `ValidateSecret` (without the metadata, checked by the caller): config keys, at most
/// 1 MiB of values, and the keys each well-known type requires.
pub(super) fn secret(secret: &Secret) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let data = FieldPath::new("data");
    let mut total: usize = 0;
    for (key, value) in &secret.data {
        for message in validation::is_config_map_key(key) {
            errors.push(FieldError::invalid(data.key(key), key.as_str(), &message));
        }
        total += base64_decoded_len(value);
    }
    if total as i64 > MAX_CONFIG_MAP_BYTES {
        errors.push(FieldError::too_long(&data, MAX_CONFIG_MAP_BYTES));
    }
    let has = |key: &str| secret.data.contains_key(key);
    let mut required = |path: FieldPath| errors.push(FieldError::required(path, ""));
    match secret.secret_type.as_str() {
        "kubernetes.io/service-account-token" => {
            if secret
                .meta
                .annotations
                .get("kubernetes.io/service-account.name")
                .is_none_or(String::is_empty)
            {
                required(
                    FieldPath::new("metadata")
                        .child("annotations")
                        .key("kubernetes.io/service-account.name"),
                );
            }
        }
        "kubernetes.io/dockercfg" | "kubernetes.io/dockerconfigjson" => {
            let key = if secret.secret_type == "kubernetes.io/dockercfg" {
                ".dockercfg"
            } else {
                ".dockerconfigjson"
            };
            match secret.value(key) {
                None => required(data.key(key)),
                Some(text) => {
                    if let Err(error) = crate::kubectl::manifest::go_json::parse(&text) {
                        errors.push(FieldError::invalid(
                            data.key(key),
                            "<secret contents redacted>",
                            &error.to_string(),
                        ));
                    }
                }
            }
        }
        "kubernetes.io/basic-auth" => {
            if !has("username") && !has("password") {
                required(data.key("username"));
                required(data.key("password"));
            }
        }
        "kubernetes.io/ssh-auth" => {
            if secret
                .value("ssh-privatekey")
                .is_none_or(|key| key.is_empty())
            {
                required(data.key("ssh-privatekey"));
            }
        }
        "kubernetes.io/tls" => {
            if !has("tls.crt") {
                required(data.key("tls.crt"));
            }
            if !has("tls.key") {
                required(data.key("tls.key"));
            }
        }
        _ => {}
    }
    invalid(Kind::Secret, &secret.meta.name, errors)
}

/// `ValidateSecretUpdate`: the type is fixed, and `immutable` works as for ConfigMaps.
pub(super) fn secret_update(old: &Secret, new: &Secret) -> Result<(), ApiError> {
    let mut causes = Vec::new();
    if new.secret_type != old.secret_type {
        causes.push(
            FieldError::invalid("type", new.secret_type.as_str(), "field is immutable").to_string(),
        );
    }
    causes.extend(immutable_causes(
        old.immutable,
        new.immutable,
        &[("data", new.data != old.data)],
    ));
    with_meta_causes(Kind::Secret, &new.meta, causes, secret(new))
}

/// The update rules of an object that was made `immutable` (ConfigMaps, Secrets): it stays
/// immutable, and none of its data fields (`(field, changed)`) may change.
fn immutable_causes(old: Option<bool>, new: Option<bool>, fields: &[(&str, bool)]) -> Vec<String> {
    const IMMUTABLE: &str = "field is immutable when `immutable` is set";
    if old != Some(true) {
        return Vec::new();
    }
    let mut causes = Vec::new();
    if new != Some(true) {
        causes.push(FieldError::forbidden("immutable", IMMUTABLE).to_string());
    }
    for (field, changed) in fields {
        if *changed {
            causes.push(FieldError::forbidden(*field, IMMUTABLE).to_string());
        }
    }
    causes
}

/// `scheduling.HighestUserDefinablePriority`.
pub(super) const HIGHEST_USER_DEFINABLE_PRIORITY: i64 = 1_000_000_000;

/// `ValidatePriorityClass` (without the metadata, checked by the caller), and with `old`
/// `ValidatePriorityClassUpdate`'s rules: the `system-` prefix is kept for the system classes
/// as they are, user classes stay at or below `HighestUserDefinablePriority`, the preemption
/// policy is a known one, and `value` and `preemptionPolicy` never change.
pub(super) fn priority_class(new: &PriorityClass, old: Option<&PriorityClass>) -> Vec<String> {
    let mut errors = Vec::new();
    let name = new.meta.name.as_str();
    if old.is_none() {
        if name.starts_with("system-") {
            let problem = match super::priority::SYSTEM_PRIORITY_CLASSES
                .iter()
                .find(|(system, _, _)| *system == name)
            {
                None => Some(format!("{name} is not a known system priority class")),
                Some((_, value, _)) if *value != new.value => {
                    Some(format!("value of {name} PriorityClass must be {value}"))
                }
                Some(_) if new.global_default => Some(format!(
                    "globalDefault of {name} PriorityClass must be false"
                )),
                Some(_) => None,
            };
            if let Some(problem) = problem {
                errors.push(FieldError::forbidden(
                    "metadata.name",
                    &format!("priority class names with 'system-' prefix are reserved for system use only. error: {problem}"),
                ));
            }
        } else if new.value > HIGHEST_USER_DEFINABLE_PRIORITY {
            errors.push(FieldError::forbidden(
                "value",
                &format!(
                    "maximum allowed value of a user defined priority is {HIGHEST_USER_DEFINABLE_PRIORITY}"
                ),
            ));
        }
        match new.preemption_policy.as_deref() {
            None | Some("PreemptLowerPriority" | "Never") => {}
            Some("") => errors.push(FieldError::required("preemptionPolicy", "")),
            Some(policy) => errors.push(FieldError::not_supported(
                "preemptionPolicy",
                policy,
                &["PreemptLowerPriority", "Never"],
            )),
        }
    }
    if let Some(old) = old {
        if new.value != old.value {
            errors.push(FieldError::forbidden(
                "value",
                "may not be changed in an update.",
            ));
        }
        if new.preemption_policy != old.preemption_policy {
            let value = new.preemption_policy.as_deref().unwrap_or("null");
            errors.push(FieldError::invalid(
                "preemptionPolicy",
                value,
                "field is immutable",
            ));
        }
    }
    errors.iter().map(ToString::to_string).collect()
}

/// How many bytes a padded base64 text decodes to.
pub fn base64_decoded_len(text: &str) -> usize {
    text.trim_end_matches('=').len() * 3 / 4
}

/// `ValidateConfigMapUpdate`: once `immutable` is set, it stays set and the data stays.
pub(super) fn config_map_update(
    old: &ConfigMap,
    new: &ConfigMap,
    manifest: &Value,
) -> Result<(), ApiError> {
    let causes = immutable_causes(
        old.immutable,
        new.immutable,
        &[
            ("data", new.data != old.data),
            ("binaryData", new.binary_data != old.binary_data),
        ],
    );
    with_meta_causes(
        Kind::ConfigMap,
        &new.meta,
        causes,
        config_map(&new.meta.name, manifest),
    )
}

/// Resources whose requests must equal their limits and be integers.
fn is_extended_resource(name: &str) -> bool {
    name.contains('/') && !name.starts_with("kubernetes.io/") && !name.starts_with("requests.")
        || name.starts_with("hugepages-")
}

/// Pod spec validation (create).
pub(super) fn pod(manifest: &Value, meta: &ObjectMeta) -> Result<(), ApiError> {
    let spec = value::at(manifest, &["spec"]).unwrap_or(&Value::Null);
    invalid(
        Kind::Pod,
        &meta.name,
        pod_spec_errors(spec, &FieldPath::new("spec")),
    )
}

/// `ValidatePodSpec`'s rules, for a pod's `spec` or a template's (`spec.template.spec`).
pub(super) fn pod_spec_errors(spec: &Value, spec_path: &FieldPath) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let containers = value::array_at(spec, &["containers"]);
    if containers.is_empty() {
        errors.push(FieldError::required(spec_path.child("containers"), ""));
    }
    let mut seen_names: Vec<&str> = Vec::new();
    for (index, container) in containers.iter().enumerate() {
        let path = spec_path.child("containers").index(index);
        let name = value::str_at(container, &["name"]).unwrap_or("");
        if name.is_empty() {
            errors.push(FieldError::required(path.child("name"), ""));
        } else {
            for message in validation::is_dns1123_label(name) {
                errors.push(FieldError::invalid(path.child("name"), name, &message));
            }
            if seen_names.contains(&name) {
                errors.push(FieldError::duplicate(path.child("name"), name));
            }
            seen_names.push(name);
        }
        let image = value::str_at(container, &["image"]).unwrap_or("");
        if image.trim().is_empty() {
            errors.push(FieldError::required(path.child("image"), ""));
        } else if image.trim() != image {
            errors.push(FieldError::invalid(
                path.child("image"),
                image,
                "must not have leading or trailing whitespace",
            ));
        }
        if let Some(policy) = value::str_at(container, &["imagePullPolicy"]) {
            if !["Always", "IfNotPresent", "Never"].contains(&policy) {
                errors.push(FieldError::not_supported(
                    path.child("imagePullPolicy"),
                    policy,
                    &["Always", "IfNotPresent", "Never"],
                ));
            }
        }
        for (port_index, port) in value::array_at(container, &["ports"]).iter().enumerate() {
            let port_path = path.child("ports").index(port_index);
            errors.extend(port_number_error(
                &port_path.child("containerPort"),
                value::i64_at(port, &["containerPort"]),
            ));
            errors.extend(protocol_error(
                &port_path,
                value::str_at(port, &["protocol"]),
            ));
        }
        errors.extend(resources(container, &path.child("resources")));
    }
    if let Some(policy) = value::str_at(spec, &["restartPolicy"]) {
        if !["Always", "OnFailure", "Never"].contains(&policy) {
            errors.push(FieldError::not_supported(
                spec_path.child("restartPolicy"),
                policy,
                &["Always", "OnFailure", "Never"],
            ));
        }
    }
    let node_selector = value::string_map_at(spec, &["nodeSelector"]);
    errors.extend(validation::validate_labels(
        &node_selector,
        &spec_path.child("nodeSelector").to_string(),
    ));
    if let Some(deadline) = value::i64_at(spec, &["activeDeadlineSeconds"]) {
        if !(1..=i64::from(i32::MAX)).contains(&deadline) {
            errors.push(FieldError::invalid(
                spec_path.child("activeDeadlineSeconds"),
                deadline,
                "must be between 1 and 2147483647, inclusive",
            ));
        }
    }
    if let Some(grace) = value::i64_at(spec, &["terminationGracePeriodSeconds"]) {
        if grace < 0 {
            errors.push(FieldError::invalid(
                spec_path.child("terminationGracePeriodSeconds"),
                grace,
                "must be greater than or equal to 0",
            ));
        }
    }
    errors
}

fn quantity_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `ValidateResourceRequirements` for the rules learners meet.
fn resources(container: &Value, path: &FieldPath) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let read = |key: &str| -> BTreeMap<String, String> {
        match value::at(container, &["resources", key]) {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| (k.clone(), quantity_text(v)))
                .collect_map(),
            _ => BTreeMap::new(),
        }
    };
    let limits = read("limits");
    let requests = read("requests");
    for (section, map) in [("limits", &limits), ("requests", &requests)] {
        for (name, quantity) in map.iter() {
            let field = path.child(section).key(name);
            let parsed = crate::quantity::Quantity::parse(quantity);
            let Ok(parsed) = parsed else {
                errors.push(FieldError::invalid(
                    field,
                    quantity.as_str(),
                    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
                ));
                continue;
            };
            if parsed.sign() < 0 {
                errors.push(FieldError::invalid(
                    field.clone(),
                    quantity.as_str(),
                    "must be greater than or equal to 0",
                ));
            }
            if is_extended_resource(name) && parsed.milli_value() % 1000 != 0 {
                errors.push(FieldError::invalid(
                    field,
                    quantity.as_str(),
                    "must be an integer",
                ));
            }
        }
    }
    for (name, request) in &requests {
        let field = path.child("requests").key(name);
        match limits.get(name) {
            Some(limit) => {
                let (Ok(request_q), Ok(limit_q)) = (
                    crate::quantity::Quantity::parse(request),
                    crate::quantity::Quantity::parse(limit),
                ) else {
                    continue;
                };
                if is_extended_resource(name) {
                    if request_q.milli_value() != limit_q.milli_value() {
                        errors.push(FieldError::invalid(
                            field,
                            request.as_str(),
                            &format!("must be equal to {name} limit of {limit}"),
                        ));
                    }
                } else if request_q.milli_value() > limit_q.milli_value() {
                    errors.push(FieldError::invalid(
                        field,
                        request.as_str(),
                        &format!("must be less than or equal to {name} limit of {limit}"),
                    ));
                }
            }
            None if is_extended_resource(name) => {
                errors.push(FieldError::required(
                    path.child("limits").key(name),
                    "Limit must be set for non overcommitable resources",
                ));
            }
            None => {}
        }
    }
    errors
}

/// `spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`: terms are ORed,
/// expressions within a term ANDed; no affinity matches every node.
pub(super) fn required_node_affinity_matches(
    spec: &Value,
    labels: &BTreeMap<String, String>,
    node_name: &str,
) -> bool {
    let Some(required) = value::at(
        spec,
        &[
            "affinity",
            "nodeAffinity",
            "requiredDuringSchedulingIgnoredDuringExecution",
        ],
    ) else {
        return true;
    };
    let terms = value::array_at(required, &["nodeSelectorTerms"]);
    if terms.is_empty() {
        return false;
    }
    terms.iter().any(|term| {
        let expressions = value::array_at(term, &["matchExpressions"]);
        let fields = value::array_at(term, &["matchFields"]);
        if expressions.is_empty() && fields.is_empty() {
            return false;
        }
        expressions
            .iter()
            .all(|expression| expression_matches(expression, |key| labels.get(key).cloned()))
            && fields.iter().all(|expression| {
                expression_matches(expression, |key| {
                    (key == "metadata.name").then(|| node_name.to_string())
                })
            })
    })
}

fn expression_matches(expression: &Value, lookup: impl Fn(&str) -> Option<String>) -> bool {
    let key = value::str_at(expression, &["key"]).unwrap_or("");
    let operator = value::str_at(expression, &["operator"]).unwrap_or("");
    let values: Vec<&str> = value::array_at(expression, &["values"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let actual = lookup(key);
    match operator {
        "In" => actual
            .map(|v| values.contains(&v.as_str()))
            .unwrap_or(false),
        "NotIn" => actual
            .map(|v| !values.contains(&v.as_str()))
            .unwrap_or(true),
        "Exists" => actual.is_some(),
        "DoesNotExist" => actual.is_none(),
        "Gt" | "Lt" => {
            let (Some(actual), Some(bound)) = (
                actual.and_then(|v| v.parse::<i64>().ok()),
                values.first().and_then(|v| v.parse::<i64>().ok()),
            ) else {
                return false;
            };
            if operator == "Gt" {
                actual > bound
            } else {
                actual < bound
            }
        }
        _ => false,
    }
}

#[allow(dead_code)]
fn _selector_is_used(_: &selector::Selector) {}

/// `ValidateService`, the rules a created Service meets here: ports (required unless
/// headless or `ExternalName`, numbers, protocols, names when there are several), the session
/// affinity and the type.
pub(super) fn service(spec: &Value, meta: &ObjectMeta) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let spec_path = FieldPath::new("spec");
    let service_type = value::str_at(spec, &["type"]).unwrap_or("ClusterIP");
    let headless = value::str_at(spec, &["clusterIP"]) == Some("None");
    let ports = value::array_at(spec, &["ports"]);
    if ports.is_empty() && !headless && service_type != "ExternalName" {
        errors.push(FieldError::required(spec_path.child("ports"), ""));
    }
    let mut names = Vec::new();
    for (index, port) in ports.iter().enumerate() {
        let path = spec_path.child("ports").index(index);
        let name = value::str_at(port, &["name"]).unwrap_or("");
        if ports.len() > 1 && name.is_empty() {
            errors.push(FieldError::required(path.child("name"), ""));
        } else if !name.is_empty() {
            if names.contains(&name) {
                errors.push(FieldError::duplicate(path.child("name"), name));
            }
            names.push(name);
        }
        errors.extend(port_number_error(
            &path.child("port"),
            value::i64_at(port, &["port"]),
        ));
        if service_type == "ClusterIP" && value::i64_at(port, &["nodePort"]).is_some_and(|n| n != 0)
        {
            errors.push(FieldError::forbidden(
                path.child("nodePort"),
                "may not be used when `type` is 'ClusterIP'",
            ));
        }
        errors.extend(protocol_error(&path, value::str_at(port, &["protocol"])));
    }
    if let Some(affinity) = value::str_at(spec, &["sessionAffinity"]) {
        if !["ClientIP", "None"].contains(&affinity) {
            errors.push(FieldError::not_supported(
                spec_path.child("sessionAffinity"),
                affinity,
                &["ClientIP", "None"],
            ));
        }
    }
    if service_type == "ExternalName"
        && value::str_at(spec, &["externalName"])
            .unwrap_or("")
            .is_empty()
    {
        errors.push(FieldError::required(spec_path.child("externalName"), ""));
    }
    const TYPES: [&str; 4] = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    if !TYPES.contains(&service_type) {
        errors.push(FieldError::not_supported(
            spec_path.child("type"),
            service_type,
            &TYPES,
        ));
    }
    invalid(Kind::Service, &meta.name, errors)
}

/// `ValidateEndpoints` (without the metadata, checked by the caller): each subset has an
/// address; addresses are canonical IPs that are not loopback or link-local, with DNS-label
/// hostnames and node names that are DNS subdomains; ports have numbers, a known protocol, and
/// DNS-label names (required when a subset has several).
pub(super) fn endpoints(manifest: &Value) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let subsets_path = FieldPath::new("subsets");
    for (index, subset) in value::array_at(manifest, &["subsets"]).iter().enumerate() {
        let path = subsets_path.index(index);
        let lists = ["addresses", "notReadyAddresses"]
            .map(|field| (field, value::array_at(subset, &[field])));
        if lists.iter().all(|(_, addresses)| addresses.is_empty()) {
            errors.push(FieldError::required(
                &path,
                "must specify `addresses` or `notReadyAddresses`",
            ));
        }
        for (field, addresses) in &lists {
            for (position, address) in addresses.iter().enumerate() {
                let address_path = path.child(field).index(position);
                let ip = value::str_at(address, &["ip"]).unwrap_or("");
                errors.extend(validation::validate_ip(&address_path.child("ip"), ip));
                let hostname = value::str_at(address, &["hostname"]).unwrap_or("");
                if !hostname.is_empty() {
                    for message in validation::is_dns1123_label(hostname) {
                        errors.push(FieldError::invalid(
                            address_path.child("hostname"),
                            hostname,
                            &message,
                        ));
                    }
                }
                if let Some(node) = value::str_at(address, &["nodeName"]) {
                    for message in validation::name_is_dns_subdomain(node, false) {
                        errors.push(FieldError::invalid(
                            address_path.child("nodeName"),
                            node,
                            &message,
                        ));
                    }
                }
                errors.extend(validation::validate_non_special_ip(
                    &address_path.child("ip"),
                    ip,
                ));
            }
        }
        let ports = value::array_at(subset, &["ports"]);
        for (position, port) in ports.iter().enumerate() {
            let port_path = path.child("ports").index(position);
            let name = value::str_at(port, &["name"]).unwrap_or("");
            if ports.len() > 1 && name.is_empty() {
                errors.push(FieldError::required(port_path.child("name"), ""));
            } else if !name.is_empty() {
                for message in validation::is_dns1123_label(name) {
                    errors.push(FieldError::invalid(port_path.child("name"), name, &message));
                }
            }
            errors.extend(port_number_error(
                &port_path.child("port"),
                value::i64_at(port, &["port"]),
            ));
            errors.extend(protocol_error(
                &port_path,
                value::str_at(port, &["protocol"]),
            ));
            if let Some(app_protocol) = value::str_at(port, &["appProtocol"]) {
                for message in validation::is_qualified_name(app_protocol) {
                    errors.push(FieldError::invalid(
                        port_path.child("appProtocol"),
                        app_protocol,
                        &message,
                    ));
                }
            }
        }
    }
    invalid(Kind::Endpoints, "", errors)
}

/// `IsValidPortNum` of a container, Service or Endpoints port (absent is 0).
fn port_number_error(path: &FieldPath, number: Option<i64>) -> Option<FieldError> {
    let number = number.unwrap_or(0);
    (!(1..=65535).contains(&number))
        .then(|| FieldError::invalid(path, number, "must be between 1 and 65535, inclusive"))
}

/// `supportedPortProtocols` for the `protocol` of the port at `port_path` (absent is the
/// default, TCP).
fn protocol_error(port_path: &FieldPath, protocol: Option<&str>) -> Option<FieldError> {
    const PROTOCOLS: [&str; 3] = ["SCTP", "TCP", "UDP"];
    protocol
        .filter(|protocol| !PROTOCOLS.contains(protocol))
        .map(|protocol| {
            FieldError::not_supported(port_path.child("protocol"), protocol, &PROTOCOLS)
        })
}

/// A template's labels as a field error shows them: JSON, or `null` when absent.
fn template_labels_value(manifest: &Value) -> FieldValue {
    match value::at(manifest, &["spec", "template", "metadata", "labels"]) {
        Some(Value::Object(_)) => FieldValue::Json(
            value::string_map(&value::string_map_at(
                manifest,
                &["spec", "template", "metadata", "labels"],
            ))
            .to_string(),
        ),
        _ => FieldValue::Null,
    }
}

/// A `LabelSelector` as Go's `json.Marshal` writes it (fields in struct order), for the bad
/// value of a field error.
pub(super) fn label_selector_json(selector: &Value) -> String {
    let mut out = String::from("{");
    if let Some(Value::Object(labels)) = selector.get("matchLabels") {
        out.push_str("\"matchLabels\":");
        out.push_str(&Value::Object(labels.clone()).to_string());
    }
    let expressions = value::array_at(selector, &["matchExpressions"]);
    if !expressions.is_empty() {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str("\"matchExpressions\":[");
        for (index, expression) in expressions.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            let field = |name: &str| Value::from(value::str_at(expression, &[name]).unwrap_or(""));
            out.push_str(&format!(
                "{{\"key\":{},\"operator\":{}",
                field("key"),
                field("operator")
            ));
            let values = value::array_at(expression, &["values"]);
            if !values.is_empty() {
                out.push_str(&format!(",\"values\":{}", Value::Array(values.to_vec())));
            }
            out.push('}');
        }
        out.push(']');
    }
    out.push('}');
    out
}

/// `ValidateLabelSelector`, `LabelSelectorAsSelector` and the selector checks of
/// `ValidateReplicaSetSpec` / `ValidateDeploymentSpec` (the selector is required, not empty,
/// and matches the template's labels), adding their causes to `errors`. Returns the selector,
/// or `None` when it cannot be converted (upstream then skips the template's checks).
pub(super) fn selector_for_template(
    manifest: &Value,
    empty_message: &str,
    spec_path: &FieldPath,
    errors: &mut Vec<FieldError>,
) -> Option<selector::Selector> {
    let path = spec_path.child("selector");
    let Some(raw) = value::at(manifest, &["spec", "selector"]).filter(|v| !v.is_null()) else {
        errors.push(FieldError::required(&path, ""));
        // `LabelSelectorAsSelector(nil)` is `labels.Nothing()`: no template matches it.
        errors.push(FieldError::invalid(
            spec_path
                .child("template")
                .child("metadata")
                .child("labels"),
            template_labels_value(manifest),
            "`selector` does not match template `labels`",
        ));
        return Some(selector::Selector(Vec::new()));
    };
    let match_labels = value::string_map_at(raw, &["matchLabels"]);
    errors.extend(validation::validate_labels(
        &match_labels,
        &path.child("matchLabels").to_string(),
    ));
    let mut requirements = Vec::new();
    let mut convertible = true;
    for (key, label) in &match_labels {
        match selector::Requirement::new(key, selector::Operator::Equals, [label.as_str()]) {
            Ok(requirement) => requirements.push(requirement),
            Err(_) => convertible = false,
        }
    }
    let expressions = value::array_at(raw, &["matchExpressions"]);
    for (index, expression) in expressions.iter().enumerate() {
        let at = path.child("matchExpressions").index(index);
        let key = value::str_at(expression, &["key"]).unwrap_or("");
        let operator_text = value::str_at(expression, &["operator"]).unwrap_or("");
        let values: Vec<String> = value::array_at(expression, &["values"])
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        let operator = match operator_text {
            "In" => Some(selector::Operator::In),
            "NotIn" => Some(selector::Operator::NotIn),
            "Exists" => Some(selector::Operator::Exists),
            "DoesNotExist" => Some(selector::Operator::DoesNotExist),
            _ => None,
        };
        match operator {
            Some(selector::Operator::In | selector::Operator::NotIn) if values.is_empty() => errors
                .push(FieldError::required(
                    at.child("values"),
                    "must be specified when `operator` is 'In' or 'NotIn'",
                )),
            Some(selector::Operator::Exists | selector::Operator::DoesNotExist)
                if !values.is_empty() =>
            {
                errors.push(FieldError::forbidden(
                    at.child("values"),
                    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                ))
            }
            Some(_) => {}
            None => errors.push(FieldError::invalid(
                at.child("operator"),
                operator_text,
                "not a valid selector operator",
            )),
        }
        errors.extend(validation::validate_label_name(
            key,
            &at.child("key").to_string(),
        ));
        for (value_index, text) in values.iter().enumerate() {
            for message in validation::is_valid_label_value(text) {
                errors.push(FieldError::invalid(
                    at.child("values").index(value_index),
                    text.as_str(),
                    &message,
                ));
            }
        }
        match operator.map(|operator| selector::Requirement::new(key, operator, values)) {
            Some(Ok(requirement)) => requirements.push(requirement),
            _ => convertible = false,
        }
    }
    if match_labels.is_empty() && expressions.is_empty() {
        errors.push(FieldError::invalid(
            &path,
            FieldValue::Json(label_selector_json(raw)),
            empty_message,
        ));
    }
    if !convertible {
        errors.push(FieldError::invalid(
            &path,
            FieldValue::Json(label_selector_json(raw)),
            "invalid label selector",
        ));
        return None;
    }
    let selector = selector::Selector::everything().add(requirements);
    let template_labels =
        value::string_map_at(manifest, &["spec", "template", "metadata", "labels"]);
    if !selector.is_empty() && !selector.matches(&template_labels) {
        errors.push(FieldError::invalid(
            spec_path
                .child("template")
                .child("metadata")
                .child("labels"),
            template_labels_value(manifest),
            "`selector` does not match template `labels`",
        ));
    }
    Some(selector)
}

/// `ValidatePodTemplateSpec` and the rest of `ValidatePodTemplateSpecFor{RC,ReplicaSet}`: the
/// template's labels and annotations, its pod spec, and `restartPolicy: Always`.
pub(super) fn template_errors(
    manifest: &Value,
    spec_path: &FieldPath,
    errors: &mut Vec<FieldError>,
) {
    template_errors_for(manifest, spec_path, false, errors);
}

/// [`template_errors`] for a Job's template (`ValidateJobSpec`): `restartPolicy` must be
/// `OnFailure` or `Never`.
pub(super) fn job_template_errors(
    manifest: &Value,
    spec_path: &FieldPath,
    errors: &mut Vec<FieldError>,
) {
    template_errors_for(manifest, spec_path, true, errors);
}

fn template_errors_for(
    manifest: &Value,
    spec_path: &FieldPath,
    job: bool,
    errors: &mut Vec<FieldError>,
) {
    let template_path = spec_path.child("template");
    let template = value::at(manifest, &["spec", "template"]).unwrap_or(&Value::Null);
    let metadata_path = template_path.child("metadata");
    errors.extend(validation::validate_labels(
        &value::string_map_at(template, &["metadata", "labels"]),
        &metadata_path.child("labels").to_string(),
    ));
    let pod_spec = value::at(template, &["spec"]).unwrap_or(&Value::Null);
    let pod_spec_path = template_path.child("spec");
    errors.extend(pod_spec_errors(pod_spec, &pod_spec_path));
    let restart_policy = value::str_at(pod_spec, &["restartPolicy"]).unwrap_or("Always");
    if job {
        if restart_policy == "Always" {
            errors.push(FieldError::required(
                pod_spec_path.child("restartPolicy"),
                "valid values: \"OnFailure\", \"Never\"",
            ));
        } else if !["OnFailure", "Never"].contains(&restart_policy) {
            errors.push(FieldError::not_supported(
                pod_spec_path.child("restartPolicy"),
                restart_policy,
                &["OnFailure", "Never"],
            ));
        }
        return;
    }
    if restart_policy != "Always" {
        errors.push(FieldError::not_supported(
            pod_spec_path.child("restartPolicy"),
            restart_policy,
            &["Always"],
        ));
    }
    if value::at(pod_spec, &["activeDeadlineSeconds"]).is_some() {
        errors.push(FieldError::forbidden(
            pod_spec_path.child("activeDeadlineSeconds"),
            &format!(
                "activeDeadlineSeconds in {} is not Supported",
                match value::str_at(manifest, &["kind"]) {
                    Some("ReplicationController") => "ReplicationController",
                    _ => "ReplicaSet",
                }
            ),
        ));
    }
}
