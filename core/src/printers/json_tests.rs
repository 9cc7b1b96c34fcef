//! Table tests for the JSON printer and Go number formatting.

use super::*;

#[test]
fn placeholder_compiles() {
    assert_eq!(to_json(&serde_json::json!({})), "{}\n");
}
