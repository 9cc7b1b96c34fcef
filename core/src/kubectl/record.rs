//! `--record` (cli-runtime's `RecordFlags` and `ChangeCauseRecorder`): the command line,
//! rebuilt by `cli` as `parseCommandArguments` does (`Invocation::change_cause`), written
//! into the `kubernetes.io/change-cause` annotation of the objects a command sends.
//!
//! kubectl 1.37 records only when `--record` is true: its flag's help still says that an
//! unset flag updates an annotation already there, but `ToRecorder` has long given a no-op
//! recorder then. Each verb calls this where its kubectl counterpart calls the recorder:
//! `create`, `apply`, `run` and `expose` on the object they send (`apply` before it takes its
//! last-applied configuration, so that holds the cause too; `create --save-config` after),
//! `label`, `annotate` and `set image` in the patch they send, `patch` and `scale` in a
//! second merge patch afterwards. `replace` has no `--record` in 1.37.
//!
//! It deliberately knows nothing about the verbs or the cluster.

use serde_json::{json, Map, Value};

/// The annotation (`ChangeCauseAnnotation`).
pub const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";

/// `ChangeCauseRecorder.Record`: the annotation set on an object held as JSON.
pub fn record(object: &mut Value, cause: &str) {
    let Value::Object(map) = object else {
        return;
    };
    let metadata = map
        .entry("metadata".to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(metadata) = metadata else {
        return;
    };
    let annotations = metadata
        .entry("annotations".to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    // `GetAnnotations` reads a map holding a value that is not a string as no map at all.
    if !annotations
        .as_object()
        .is_some_and(|map| map.values().all(Value::is_string))
    {
        *annotations = Value::Object(Map::new());
    }
    if let Value::Object(annotations) = annotations {
        annotations.insert(CHANGE_CAUSE.into(), Value::String(cause.to_string()));
    }
}

/// `ChangeCauseRecorder.MakeRecordMergePatch`: the JSON merge patch from `object` to the
/// object with the cause recorded; `{}` when it holds that cause already (kubectl sends
/// that too).
pub fn merge_patch(object: &Value, cause: &str) -> Value {
    let current = object
        .pointer("/metadata/annotations")
        .and_then(|annotations| annotations.get(CHANGE_CAUSE))
        .and_then(Value::as_str);
    if current == Some(cause) {
        return json!({});
    }
    json!({"metadata": {"annotations": {CHANGE_CAUSE: cause}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_sets_the_annotation_beside_the_others() {
        for (object, want) in [
            (
                json!({"metadata": {"name": "a"}}),
                json!({"metadata": {"name": "a", "annotations": {CHANGE_CAUSE: "kubectl x"}}}),
            ),
            (
                json!({"metadata": {"annotations": {"b": "c", CHANGE_CAUSE: "old"}}}),
                json!({"metadata": {"annotations": {"b": "c", CHANGE_CAUSE: "kubectl x"}}}),
            ),
            (
                json!({}),
                json!({"metadata": {"annotations": {CHANGE_CAUSE: "kubectl x"}}}),
            ),
            (json!([]), json!([])),
        ] {
            let mut got = object.clone();
            record(&mut got, "kubectl x");
            assert_eq!(got, want, "{object}");
        }
    }

    #[test]
    fn merge_patch_is_empty_when_the_cause_is_there() {
        let recorded = json!({"metadata": {"annotations": {CHANGE_CAUSE: "kubectl x"}}});
        assert_eq!(merge_patch(&recorded, "kubectl x"), json!({}));
        assert_eq!(
            merge_patch(&json!({"metadata": {}}), "kubectl x"),
            json!({"metadata": {"annotations": {CHANGE_CAUSE: "kubectl x"}}})
        );
        assert_eq!(
            merge_patch(&recorded, "kubectl y"),
            json!({"metadata": {"annotations": {CHANGE_CAUSE: "kubectl y"}}})
        );
    }
}
