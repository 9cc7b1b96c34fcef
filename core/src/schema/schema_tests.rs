//! Tests of the schema data and `field_type`.
#![allow(clippy::unwrap_used)]

use super::*;

#[test]
fn field_type_reports_go_and_explain_types() {
    for (kind, path, go_type, explain_type, required, struct_type) in [
        (
            "Pod",
            vec!["spec"],
            "v1.PodSpec",
            "PodSpec",
            false,
            Some("PodSpec"),
        ),
        (
            "Pod",
            vec!["spec", "containers"],
            "[]v1.Container",
            "[]Container",
            true,
            Some("Container"),
        ),
        (
            "Pod",
            vec!["spec", "containers", "image"],
            "string",
            "string",
            false,
            None,
        ),
        (
            "Pod",
            vec!["spec", "containers", "name"],
            "string",
            "string",
            true,
            None,
        ),
        (
            "Pod",
            vec!["spec", "nodeSelector"],
            "map[string]string",
            "map[string]string",
            false,
            None,
        ),
        (
            "Pod",
            vec!["spec", "containers", "ports", "containerPort"],
            "int32",
            "integer",
            true,
            None,
        ),
        (
            "Pod",
            vec!["spec", "containers", "resources", "limits"],
            "v1.ResourceList",
            "map[string]Quantity",
            false,
            Some("Quantity"),
        ),
        (
            "Pod",
            vec!["spec", "securityContext"],
            "*v1.PodSecurityContext",
            "PodSecurityContext",
            false,
            Some("PodSecurityContext"),
        ),
        (
            "Pod",
            vec!["metadata", "creationTimestamp"],
            "v1.Time",
            "string",
            false,
            Some("Time"),
        ),
        (
            "Pod",
            vec!["metadata", "labels"],
            "map[string]string",
            "map[string]string",
            false,
            None,
        ),
        (
            "Pod",
            vec!["metadata", "ownerReferences", "uid"],
            "types.UID",
            "string",
            true,
            None,
        ),
        (
            "Service",
            vec!["spec", "ports", "targetPort"],
            "intstr.IntOrString",
            "IntOrString",
            false,
            Some("IntOrString"),
        ),
        (
            "ReplicationController",
            vec!["spec", "template", "spec"],
            "v1.PodSpec",
            "PodSpec",
            false,
            Some("PodSpec"),
        ),
        (
            "Event",
            vec!["eventTime"],
            "v1.MicroTime",
            "string",
            false,
            Some("MicroTime"),
        ),
        (
            "Namespace",
            vec!["spec", "finalizers"],
            "[]v1.FinalizerName",
            "[]string",
            false,
            None,
        ),
        (
            "Node",
            vec!["spec", "taints", "effect"],
            "v1.TaintEffect",
            "string",
            true,
            None,
        ),
        (
            "List",
            vec!["items"],
            "[]runtime.RawExtension",
            "[]RawExtension",
            true,
            Some("RawExtension"),
        ),
    ] {
        let info = field_type(kind, &path).unwrap();
        assert_eq!(info.go_type, go_type, "{kind} {path:?}");
        assert_eq!(info.explain_type, explain_type, "{kind} {path:?}");
        assert_eq!(info.required, required, "{kind} {path:?}");
        assert_eq!(info.struct_type, struct_type, "{kind} {path:?}");
    }
}

#[test]
fn field_type_enums_and_misses() {
    let restart = field_type("Pod", &["spec", "restartPolicy"]).unwrap();
    assert_eq!(restart.enum_values, vec!["Always", "Never", "OnFailure"]);
    assert!(restart
        .description
        .ends_with("Possible enum values:\n - `\"Always\"`\n - `\"Never\"`\n - `\"OnFailure\"`"));
    for (kind, path) in [
        ("Pod", vec!["spec", "foo"]),
        ("Pod", vec![]),
        ("StatefulSet", vec!["spec"]),
        ("Pod", vec!["spec", "nodeName", "x"]),
        ("Pod", vec!["Spec"]),
    ] {
        assert_eq!(field_type(kind, &path), None, "{kind} {path:?}");
    }
}

#[test]
fn data_covers_the_served_kinds() {
    let schema = schema();
    let kinds: Vec<&str> = schema.kinds.iter().map(|def| def.kind).collect();
    assert_eq!(
        kinds,
        [
            "Pod",
            "Namespace",
            "Node",
            "ReplicationController",
            "Service",
            "Event",
            "ConfigMap",
            "ServiceAccount",
            "Secret",
            "Deployment",
            "ReplicaSet",
            "DaemonSet",
            "Job",
            "Endpoints",
            "EndpointSlice",
            "PriorityClass",
            "List"
        ]
    );
    // Core's and discovery's EndpointPort are two types that print alike.
    let ports = field_type("EndpointSlice", &["ports"]).unwrap();
    assert_eq!(
        (ports.go_type.as_str(), ports.explain_type.as_str()),
        ("[]v1.EndpointPort", "[]EndpointPort")
    );
    let port = field_type("EndpointSlice", &["ports", "port"]).unwrap();
    assert_eq!(port.go_type, "*int32");
    let port = field_type("Endpoints", &["subsets", "ports", "port"]).unwrap();
    assert_eq!(port.go_type, "int32");
    // Every kind the server serves can be explained and strictly decoded.
    for info in crate::api::kind::KIND_TABLE {
        assert!(kinds.contains(&info.name), "{} has no schema", info.name);
    }
    for name in [
        "ObjectMeta",
        "OwnerReference",
        "ManagedFieldsEntry",
        "PodSpec",
        "Container",
        "Volume",
        "Probe",
        "Lifecycle",
        "ResourceRequirements",
        "Affinity",
        "Toleration",
        "SecurityContext",
        "EnvVar",
        "EnvFromSource",
        "PodStatus",
        "NodeSpec",
        "NodeStatus",
        "ServiceSpec",
        "ReplicationControllerSpec",
        "ReplicationControllerStatus",
        "PodTemplateSpec",
        "Quantity",
        "IntOrString",
        "Time",
        "MicroTime",
        "FieldsV1",
        "RawExtension",
        "ProjectedVolumeSource",
        "CSIVolumeSource",
        "EventSource",
        "ObjectReference",
    ] {
        assert!(schema.type_by_name(name).is_some(), "missing type {name}");
    }
    // Every Go type referenced by a field resolves.
    for def in &schema.types {
        for field in &def.fields {
            assert_ne!(
                schema.shape(&field.go_type),
                Shape::Unknown,
                "{}.{}",
                def.name,
                field.json_name
            );
        }
    }
    // Volume inlines VolumeSource (Go `json:",inline"`).
    assert!(schema
        .type_by_name("Volume")
        .unwrap()
        .field("emptyDir")
        .is_some());
    let pod = schema.type_by_name("Pod").unwrap();
    assert!(pod
        .description()
        .starts_with("Pod is a collection of containers"));
    assert_eq!(
        pod.field("metadata").unwrap().description(),
        schema
            .type_by_name("Service")
            .unwrap()
            .field("metadata")
            .unwrap()
            .description()
    );
}

#[test]
fn go_type_parsing_round_trips() {
    for text in [
        "*v1.Probe",
        "[]v1.Container",
        "map[string]string",
        "map[v1.ResourceName]resource.Quantity",
        "[]*int64",
        "map[string][]string",
        "int32",
    ] {
        assert_eq!(GoType::parse(text).go_string(), text);
    }
    assert_eq!(GoType::parse("map[").go_string(), "map[");
    assert_eq!(unescape("a\\nb\\tc\\\\d\\"), "a\nb\tc\\d\\");
}

#[test]
fn fields_say_what_json_marshal_does_with_their_zero_values() {
    let schema = schema();
    // (type, field, required, omitted when zero), as k8s.io/api's tags say.
    for (type_name, json_name, required, omit_zero) in [
        ("Container", "name", true, false),
        ("Container", "image", false, true),
        // A struct held by value is written even with `omitempty`.
        ("Container", "resources", false, false),
        ("Pod", "status", false, false),
        // `omitzero` leaves a zero time out.
        ("ObjectMeta", "creationTimestamp", false, true),
        // Optional, yet without `omitempty`: `service: null`.
        ("GRPCAction", "service", false, false),
        ("ContainerPort", "containerPort", true, false),
        // Required, yet `omitempty`.
        ("PodCertificateProjection", "signerName", true, true),
    ] {
        let field = schema
            .type_by_name(type_name)
            .and_then(|def| def.field(json_name))
            .unwrap();
        assert_eq!(
            (field.required, field.omit_zero),
            (required, omit_zero),
            "{type_name}.{json_name}"
        );
    }
}
