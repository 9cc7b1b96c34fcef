//! Tests of strict decoding: messages derived from the upstream decoder sources (see decode.rs).
#![allow(clippy::unwrap_used)]

use super::*;
use serde_json::json;

fn pod(spec: Value) -> Value {
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}, "spec": spec})
}

const PREFIX: &str = "Pod in version \"v1\" cannot be handled as a Pod: ";

#[test]
fn reports_like_the_api_server() {
    let cases: Vec<(Value, Option<String>)> = vec![
        (pod(json!({"containers": [{"name": "a", "image": "nginx"}]})), None),
        (
            pod(json!({"foo": 1, "containers": [{"name": "a", "image": "nginx"}]})),
            Some(format!("{PREFIX}strict decoding error: unknown field \"spec.foo\"")),
        ),
        (
            pod(json!({"containers": [{"name": "a", "image": "nginx", "foo": 1, "bar": {"x": 1}}]})),
            Some(format!(
                "{PREFIX}strict decoding error: unknown field \"spec.containers[0].bar\", unknown field \"spec.containers[0].foo\""
            )),
        ),
        (
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "labelz": {}}, "spex": {}}),
            Some(format!("{PREFIX}strict decoding error: unknown field \"metadata.labelz\", unknown field \"spex\"")),
        ),
        (
            pod(json!({"containers": [{"name": 5, "image": "nginx"}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number into Go struct field Container.spec.containers.name of type string"
            )),
        ),
        (
            // A type error wins over unknown fields, and the first one in key order is kept.
            pod(json!({"foo": 1, "containers": [{"name": true, "image": 7}], "nodeSelector": {"gpu": true}})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string"
            )),
        ),
        (
            pod(json!({"containers": [{"name": "a"}], "nodeSelector": {"gpu": true}})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal bool into Go struct field PodSpec.spec.nodeSelector of type string"
            )),
        ),
        (
            pod(json!({"containers": {"name": "a"}})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container"
            )),
        ),
        (
            pod(json!({"containers": [{"name": "a", "ports": [{"containerPort": 80.5}]}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"
            )),
        ),
        (pod(json!({"containers": [{"name": "a", "ports": [{"containerPort": 80.0}]}]})), None),
        (
            pod(json!({"containers": [{"name": "a", "ports": [{"containerPort": "80"}]}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"
            )),
        ),
        (
            pod(json!({"containers": [{"name": "a", "ports": [{"containerPort": 3000000000u64}]}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"
            )),
        ),
        (
            pod(json!({"restartPolicy": 1, "containers": []})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy"
            )),
        ),
        (
            pod(json!({"containers": [], "securityContext": "x"})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal string into Go struct field PodSpec.spec.securityContext of type v1.PodSecurityContext"
            )),
        ),
        (
            pod(json!({"containers": [{"name": "a", "resources": {"limits": {"cpu": "1x"}}}]})),
            Some(format!(
                "{PREFIX}quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
            )),
        ),
        (
            // A quantity error aborts decoding and wins over an earlier saved type error.
            pod(json!({"containers": [{"args": "x", "resources": {"requests": {"memory": "1mm"}}}]})),
            Some(format!("{PREFIX}unable to parse quantity's suffix")),
        ),
        (pod(json!({"containers": [{"name": "a", "resources": {"limits": {"cpu": 0.5, "memory": "128Mi"}}}]})), None),
        (
            pod(json!({"containers": [{"name": "a", "livenessProbe": {"httpGet": {"port": true}}}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32"
            )),
        ),
        (
            pod(json!({"containers": [{"name": "a", "livenessProbe": {"httpGet": {"port": 1.5}}}]})),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number 1.5 into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32"
            )),
        ),
        (pod(json!({"containers": [{"name": "a", "livenessProbe": {"httpGet": {"port": "http"}}}]})), None),
        (
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "creationTimestamp": "yesterday"}}),
            Some(format!(
                "{PREFIX}parsing time \"yesterday\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"yesterday\" as \"2006\""
            )),
        ),
        (
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "creationTimestamp": 5}}),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string"
            )),
        ),
        (json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "creationTimestamp": null}}), None),
        (
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "labels": {"a": 1}}}),
            Some(format!(
                "{PREFIX}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string"
            )),
        ),
        (
            json!({"apiVersion": "v1", "kind": "Pod", "Metadata": {}}),
            Some(format!("{PREFIX}strict decoding error: unknown field \"Metadata\"")),
        ),
        (
            json!({"apiVersion": "v1", "kind": "Service", "spec": {"ports": [{"port": 80, "targetPort": 8080, "nodeport": 1}]}}),
            Some("Service in version \"v1\" cannot be handled as a Service: strict decoding error: unknown field \"spec.ports[0].nodeport\"".to_string()),
        ),
        (
            json!({"apiVersion": "v1", "kind": "ReplicationController", "spec": {"replicas": "3", "template": {"spec": {"containers": []}}}}),
            Some("ReplicationController in version \"v1\" cannot be handled as a ReplicationController: json: cannot unmarshal string into Go struct field ReplicationControllerSpec.spec.replicas of type int32".to_string()),
        ),
        (
            json!({"apiVersion": "v1", "kind": "ReplicationController", "spec": {"template": {"spec": {"containers": [{"name": "a", "imagePullPolicy": 3}]}}}}),
            Some("ReplicationController in version \"v1\" cannot be handled as a ReplicationController: json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.imagePullPolicy of type v1.PullPolicy".to_string()),
        ),
        (
            json!({"apiVersion": "v1", "kind": "Volume"}),
            Some("no matches for kind \"Volume\" in version \"v1\"".to_string()),
        ),
        (
            json!({"apiVersion": "apps/v1", "kind": "Pod"}),
            Some("no matches for kind \"Pod\" in version \"apps/v1\"".to_string()),
        ),
        (json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}, "spec": {"finalizers": ["kubernetes"]}}), None),
        (json!({"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n", "managedFields": [{"fieldsV1": {"f:x": {}}}]}}), None),
        (
            json!({"apiVersion": "v1", "kind": "Event", "eventTime": "2024-01-02T03:04:05Z"}),
            Some("Event in version \"v1\" cannot be handled as a Event: parsing time \"2024-01-02T03:04:05Z\" as \"2006-01-02T15:04:05.000000Z07:00\": cannot parse \"Z\" as \".000000\"".to_string()),
        ),
        (
            json!({"apiVersion": "v1", "kind": "List", "items": [
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}},
                {"apiVersion": "v1", "kind": "Pod", "spec": {"bogus": 1}}
            ]}),
            Some(format!("{PREFIX}strict decoding error: unknown field \"spec.bogus\"")),
        ),
        (
            json!({"apiVersion": "v1", "metadata": {"name": "x"}}),
            Some("Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'".to_string()),
        ),
    ];
    for (input, want) in cases {
        let got = check_object(&input).err().map(|error| error.to_string());
        assert_eq!(got, want, "input {input}");
    }
}

#[test]
fn unknown_fields_are_capped_at_100() {
    let mut spec = Map::new();
    for index in 0..150 {
        spec.insert(format!("f{index:03}"), json!(1));
    }
    match check_object(&pod(Value::Object(spec))) {
        Err(DecodeError::CannotBeHandled { detail, .. })
            if matches!(*detail, DecodeDetail::Strict(_)) =>
        {
            let DecodeDetail::Strict(errors) = *detail else {
                panic!("not strict")
            };
            assert_eq!(errors.len(), 100);
            assert_eq!(errors.first().unwrap(), "unknown field \"spec.f000\"");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn kubectl_mapping_message() {
    let error = check_object(&json!({"apiVersion": "v1", "kind": "Foo"})).unwrap_err();
    assert_eq!(
        error.kubectl_mapping_message("x", "default", "foo.yaml").unwrap(),
        "resource mapping not found for name: \"x\" namespace: \"default\" from \"foo.yaml\": no matches for kind \"Foo\" in version \"v1\"\nensure CRDs are installed first"
    );
}

#[test]
fn go_number_formatting() {
    for (input, want) in [
        (json!(80), "80"),
        (json!(-3), "-3"),
        (json!(80.0), "80"),
        (json!(1.5), "1.5"),
        (json!(1e21), "1e+21"),
        (json!(1.5e-7), "1.5e-7"),
        (json!(0.000001), "0.000001"),
        (json!(123456789.0), "123456789"),
        (json!(18446744073709551615u64), "18446744073709551615"),
    ] {
        let Value::Number(number) = input else {
            panic!("not a number")
        };
        assert_eq!(go_number_text(&number), want);
    }
}

#[test]
fn never_panics_on_odd_input() {
    let deep = (0..200).fold(json!({}), |inner, _| json!({"spec": inner}));
    for input in [
        json!(null),
        json!([]),
        json!("Pod"),
        json!({"kind": 5}),
        json!({"kind": "Pod", "apiVersion": 5}),
        json!({"kind": "Pod", "apiVersion": "v1", "spec": {"containers": [null, 1, "x", [], {"name": "\u{0}ü"}]}}),
        json!({"kind": "Pod", "apiVersion": "v1", "metadata": deep}),
        json!({"kind": "List", "apiVersion": "v1", "items": [null, 1, {"kind": "List", "apiVersion": "v1", "items": "x"}]}),
        json!({"kind": "Node", "apiVersion": "v1", "status": {"capacity": {"cpu": {"a": 1}, "memory": [1], "x": "\u{2028}"}}}),
    ] {
        let _ = check_object(&input);
    }
}
