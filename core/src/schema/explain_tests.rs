//! Tests of `kubectl explain`: golden outputs recorded from the real kubectl 1.37.1 binary run
//! against a loopback fake API server that served this module's schema as an OpenAPI v3
//! document (so they check the template port byte for byte), plus edge cases.
#![allow(clippy::unwrap_used)]

use super::*;

/// (argument, --recursive, kubectl stdout, kubectl stderr)
const GOLDEN: &[(&str, bool, &str, &str)] = &[
    ("pods", false, include_str!("testdata/explain/pods.out"), ""),
    (
        "pods.spec",
        false,
        include_str!("testdata/explain/pods_spec.out"),
        "",
    ),
    (
        "pod.spec.nodeSelector",
        false,
        include_str!("testdata/explain/pod_spec_nodeSelector.out"),
        "",
    ),
    (
        "pods.metadata.labels",
        false,
        include_str!("testdata/explain/pods_metadata_labels.out"),
        "",
    ),
    (
        "namespace",
        false,
        include_str!("testdata/explain/namespace.out"),
        "",
    ),
    (
        "pods",
        true,
        include_str!("testdata/explain/pods_--recursive.out"),
        "",
    ),
    (
        "po.spec.restartPolicy",
        false,
        include_str!("testdata/explain/po_spec_restartPolicy.out"),
        "",
    ),
    (
        "Pod.spec.containers",
        false,
        include_str!("testdata/explain/Pod_spec_containers.out"),
        "",
    ),
    (
        "pods.spec.containers.resources.limits",
        false,
        include_str!("testdata/explain/pods_spec_containers_resources_limits.out"),
        "",
    ),
    (
        "pods.metadata.creationTimestamp",
        false,
        include_str!("testdata/explain/pods_metadata_creationTimestamp.out"),
        "",
    ),
    (
        "svc.spec.ports.targetPort",
        false,
        include_str!("testdata/explain/svc_spec_ports_targetPort.out"),
        "",
    ),
    (
        "services.spec.type",
        false,
        include_str!("testdata/explain/services_spec_type.out"),
        "",
    ),
    (
        "svc.spec",
        false,
        include_str!("testdata/explain/svc_spec.out"),
        "",
    ),
    ("rc", false, include_str!("testdata/explain/rc.out"), ""),
    (
        "replicationcontrollers.spec.template",
        false,
        include_str!("testdata/explain/replicationcontrollers_spec_template.out"),
        "",
    ),
    ("ev", false, include_str!("testdata/explain/ev.out"), ""),
    (
        "events.eventTime",
        false,
        include_str!("testdata/explain/events_eventTime.out"),
        "",
    ),
    (
        "no.status",
        false,
        include_str!("testdata/explain/no_status.out"),
        "",
    ),
    (
        "nodes",
        true,
        include_str!("testdata/explain/nodes_--recursive.out"),
        "",
    ),
    (
        "ns.spec.finalizers",
        false,
        include_str!("testdata/explain/ns_spec_finalizers.out"),
        "",
    ),
    (
        "pods.metadata",
        false,
        include_str!("testdata/explain/pods_metadata.out"),
        "",
    ),
    (
        "pods.spec.volumes",
        false,
        include_str!("testdata/explain/pods_spec_volumes.out"),
        "",
    ),
    (
        "pods.spec.affinity.nodeAffinity",
        false,
        include_str!("testdata/explain/pods_spec_affinity_nodeAffinity.out"),
        "",
    ),
    (
        "pods.spec.containers.securityContext.capabilities",
        false,
        include_str!("testdata/explain/pods_spec_containers_securityContext_capabilities.out"),
        "",
    ),
    (
        "pods.status.conditions",
        false,
        include_str!("testdata/explain/pods_status_conditions.out"),
        "",
    ),
    (
        "pods.metadata.managedFields.fieldsV1",
        false,
        include_str!("testdata/explain/pods_metadata_managedFields_fieldsV1.out"),
        "",
    ),
    (
        "pods.spec.overhead",
        false,
        include_str!("testdata/explain/pods_spec_overhead.out"),
        "",
    ),
    (
        "svc",
        true,
        include_str!("testdata/explain/svc_--recursive.out"),
        "",
    ),
    (
        "pods.spec.containers.livenessProbe.httpGet",
        false,
        include_str!("testdata/explain/pods_spec_containers_livenessProbe_httpGet.out"),
        "",
    ),
    ("foo", false, "", include_str!("testdata/explain/foo.err")),
    (
        "pods.foo",
        false,
        include_str!("testdata/explain/pods_foo.out"),
        include_str!("testdata/explain/pods_foo.err"),
    ),
    (
        "pods.spec.foo.bar",
        false,
        include_str!("testdata/explain/pods_spec_foo_bar.out"),
        include_str!("testdata/explain/pods_spec_foo_bar.err"),
    ),
    (
        "pods.spec.containers.foo",
        false,
        include_str!("testdata/explain/pods_spec_containers_foo.out"),
        include_str!("testdata/explain/pods_spec_containers_foo.err"),
    ),
    (
        "pods.spec.nodeSelector.foo",
        false,
        include_str!("testdata/explain/pods_spec_nodeSelector_foo.out"),
        include_str!("testdata/explain/pods_spec_nodeSelector_foo.err"),
    ),
    ("PODS", false, include_str!("testdata/explain/PODS.out"), ""),
    ("Po", false, "", include_str!("testdata/explain/Po.err")),
    (
        "pods.spec.",
        false,
        include_str!("testdata/explain/pods_spec_.out"),
        "",
    ),
    (
        "nodes.spec.taints.effect",
        false,
        include_str!("testdata/explain/nodes_spec_taints_effect.out"),
        "",
    ),
    (
        "pods.spec.tolerations",
        false,
        include_str!("testdata/explain/pods_spec_tolerations.out"),
        "",
    ),
    (
        "ev.involvedObject",
        false,
        include_str!("testdata/explain/ev_involvedObject.out"),
        "",
    ),
];

#[test]
fn matches_real_kubectl_output() {
    for (argument, recursive, stdout, stderr) in GOLDEN {
        let (got_stdout, got_stderr) = match explain(argument, *recursive) {
            Ok(text) => (text, String::new()),
            Err(ExplainError::FieldDoesNotExist {
                field,
                partial_output,
            }) => {
                let error = ExplainError::FieldDoesNotExist {
                    field,
                    partial_output: partial_output.clone(),
                };
                (partial_output, format!("{error}\n"))
            }
            Err(error) => (String::new(), format!("{error}\n")),
        };
        assert_eq!(
            got_stderr, *stderr,
            "stderr of explain {argument} (recursive {recursive})"
        );
        if got_stdout != *stdout {
            let line = got_stdout
                .lines()
                .zip(stdout.lines())
                .position(|(left, right)| left != right)
                .unwrap_or(0);
            panic!(
                "stdout of explain {argument} differs at line {line}:\n got: {:?}\nwant: {:?}",
                got_stdout.lines().nth(line),
                stdout.lines().nth(line)
            );
        }
    }
}

#[test]
fn resource_names_resolve_like_kubectl() {
    for (name, want) in [
        ("pods", Some("Pod")),
        ("pod", Some("Pod")),
        ("po", Some("Pod")),
        ("Pod", Some("Pod")),
        ("PODS", Some("Pod")),
        ("Po", None),
        ("namespaces", Some("Namespace")),
        ("namespace", Some("Namespace")),
        ("ns", Some("Namespace")),
        ("NS", None),
        ("nodes", Some("Node")),
        ("node", Some("Node")),
        ("no", Some("Node")),
        ("replicationcontrollers", Some("ReplicationController")),
        ("replicationcontroller", Some("ReplicationController")),
        ("rc", Some("ReplicationController")),
        ("services", Some("Service")),
        ("service", Some("Service")),
        ("svc", Some("Service")),
        ("events", Some("Event")),
        ("event", Some("Event")),
        ("ev", Some("Event")),
        ("configmaps", Some("ConfigMap")),
        ("configmap", Some("ConfigMap")),
        ("cm", Some("ConfigMap")),
        ("serviceaccounts", Some("ServiceAccount")),
        ("serviceaccount", Some("ServiceAccount")),
        ("sa", Some("ServiceAccount")),
        ("list", None),
        ("", None),
        ("deployments", Some("Deployment")),
        ("deployments.apps", Some("Deployment")),
        ("rs", Some("ReplicaSet")),
        ("deployments.batch", None),
        ("statefulsets", None),
    ] {
        assert_eq!(kind_for_resource(name), want, "resource {name:?}");
    }
}

#[test]
fn argument_errors_match_kubectl() {
    for (argument, want) in [
        ("foo", "the server doesn't have a resource type \"foo\""),
        ("FOO", "the server doesn't have a resource type \"FOO\""),
        (
            "po..spec",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        ("pods...spec", "error: invalid multiple recursive descent"),
        (
            "pods.spec..containers",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            ".pods",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pods.spec.containers[0]",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pods.spec$x",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pod..spec",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        ("pods.spec-x", "error: field \"spec-x\" does not exist"),
        ("pods.spec/x", "error: field \"spec/x\" does not exist"),
        ("", "error: a resource must be present, got: /, Resource="),
        (".", "error: a resource must be present, got: /, Resource="),
        ("pods.spec.\\.x", "error: field \".x\" does not exist"),
        (
            "pods.spec x",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pods.@spec",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pods.spec.containers.*",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
        (
            "pods,spec",
            "error: unrecognized character in action: U+002C ','",
        ),
        ("svc.spec..", "error: field \"\" does not exist"),
        (
            "pods.spec...",
            "error: invalid jsonpath syntax, first node must be field node",
        ),
    ] {
        assert_eq!(
            explain(argument, false).unwrap_err().to_string(),
            want,
            "argument {argument:?}"
        );
    }
}

#[test]
fn lenient_paths_match_kubectl() {
    // kubectl drops the recursive-descent node that `pods.` + `.spec` produces.
    assert_eq!(
        explain("pods..spec", false).unwrap(),
        explain("pods.spec", false).unwrap()
    );
    assert_eq!(
        explain("pods..", false).unwrap(),
        explain("pods", false).unwrap()
    );
    assert_eq!(
        explain("pods.", false).unwrap(),
        explain("pods", false).unwrap()
    );
}

#[test]
fn field_error_carries_partial_output() {
    match explain("pods.spec.foo.bar", false) {
        Err(ExplainError::FieldDoesNotExist {
            field,
            partial_output,
        }) => {
            assert_eq!(field, "bar");
            assert_eq!(partial_output, "KIND:       Pod\nVERSION:    v1\n\n");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn never_panics_on_odd_input() {
    for argument in [
        "\u{0}",
        "pods.\u{202e}",
        "ü.ü",
        "pods.spec.containers.image.x.y.z",
        &"pods.".repeat(500),
        "..",
        ".",
    ] {
        let _ = explain(argument, true);
        let _ = explain(argument, false);
    }
}

/// `kubectl explain ARG [--recursive]` with the default output.
fn explain(resource_path: &str, recursive: bool) -> Result<String, ExplainError> {
    super::explain(&ExplainRequest {
        resource_path,
        recursive,
        output: "plaintext",
        ..ExplainRequest::default()
    })
}
