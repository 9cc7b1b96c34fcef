//! KYAML goldens from kubectl 1.37.1 (`kubectl label --local -f X k=v -o kyaml`, next to the
//! same command's `-o json`), and the key-quoting rules one by one.

#![allow(clippy::unwrap_used)]

use super::*;

fn kyaml_of_kubectl_json(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    json_to_kyaml(&crate::printers::json::to_compact_json(&value)).unwrap()
}

#[test]
fn matches_kubectl_goldens() {
    let goldens = [
        (
            include_str!("kyaml_golden/pod.json"),
            include_str!("kyaml_golden/pod.kyaml"),
        ),
        (
            include_str!("kyaml_golden/configmap.json"),
            include_str!("kyaml_golden/configmap.kyaml"),
        ),
    ];
    for (json, kyaml) in goldens {
        assert_eq!(kyaml_of_kubectl_json(json), kyaml);
    }
}

#[test]
fn key_quoting() {
    let cases = [
        ("apiVersion", false),
        ("app.kubernetes.io/name", false),
        ("_x", false),
        ("x_", false),
        ("-x", true),
        ("x-", true),
        ("a b", true),
        ("yes", true),
        ("Yes", true),
        ("n", true),
        ("1", true),
        ("12", true),
        ("0o17", true),
        ("0o19", false),
        ("1e5", true),
        ("1e", false),
        ("infinity", true),
        ("2024-02-29", true),
        ("2023-02-29", false),
        ("2024-1-2", true),
        ("1:20", true),
        ("", true),
        ("日本語", false),
    ];
    for (key, quoted) in cases {
        assert_eq!(needs_quotes(key), quoted, "{key}");
    }
}

#[test]
fn refuses_control_characters_like_go_yaml() {
    assert_eq!(
        json_to_kyaml("{\"a\":\"x\u{7f}\"}").unwrap_err(),
        "error decoding: yaml: control characters are not allowed"
    );
}

#[test]
fn empty_collections_and_scalars() {
    assert_eq!(
        json_to_kyaml("{\"a\":[],\"b\":{},\"c\":null,\"d\":1.5,\"e\":[1,\"x\"],\"g\":[[],{}]}")
            .unwrap(),
        "---\n{\n  a: [],\n  b: {},\n  c: null,\n  d: 1.5,\n  e: [\n    1,\n    \"x\",\n  ],\n  g: [[], {}],\n}\n"
    );
}
