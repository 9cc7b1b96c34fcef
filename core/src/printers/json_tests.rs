//! Table tests for the JSON printer and Go number formatting (kubectl goldens for whole objects
//! live in `yaml_tests.rs`, which checks `to_json` too).

use super::*;
use serde_json::json;

#[test]
fn to_json_shapes() {
    let cases = vec![
        (json!(null), "null\n"),
        (json!(true), "true\n"),
        (json!("x"), "\"x\"\n"),
        (json!({}), "{}\n"),
        (json!([]), "[]\n"),
        (json!([1, [2, []], {}]), "[\n    1,\n    [\n        2,\n        []\n    ],\n    {}\n]\n"),
        (
            json!({"b": 1, "a": {"c": [true, false, null]}, "A": "x"}),
            "{\n    \"A\": \"x\",\n    \"a\": {\n        \"c\": [\n            true,\n            false,\n            null\n        ]\n    },\n    \"b\": 1\n}\n",
        ),
        (json!({"k": {"e": {}}}), "{\n    \"k\": {\n        \"e\": {}\n    }\n}\n"),
    ];
    for (value, want) in cases {
        assert_eq!(to_json(&value), want, "{value}");
    }
}

/// Go `encoding/json` string escaping (HTML-safe, Go ≥ 1.22 `\b`/`\f`).
#[test]
fn string_escaping() {
    let cases = [
        ("plain", "\"plain\""),
        ("a<b>&c", "\"a\\u003cb\\u003e\\u0026c\""),
        ("\u{2028}\u{2029}", "\"\\u2028\\u2029\""),
        ("\u{0}\u{1}\u{1b}\u{1f}", "\"\\u0000\\u0001\\u001b\\u001f\""),
        ("\u{8}\u{c}\n\r\t", "\"\\b\\f\\n\\r\\t\""),
        ("\"\\", "\"\\\"\\\\\""),
        (
            "\u{7f}\u{85}\u{feff}é日😀/'",
            "\"\u{7f}\u{85}\u{feff}é日😀/'\"",
        ),
    ];
    for (text, want) in cases {
        let mut out = String::new();
        write_go_json_string(&mut out, text);
        assert_eq!(out, want, "{text:?}");
    }
}

/// Go `strconv.FormatFloat(f, fmt, -1, 64)`.
#[test]
fn go_float_formatting() {
    use GoFloatFormat::{Exponent, Fixed, General};
    let cases = [
        (0.0, General, "0"),
        (-0.0, General, "-0"),
        (0.0, Exponent, "0e+00"),
        (0.0, Fixed, "0"),
        (1.0, General, "1"),
        (-1.0, General, "-1"),
        (100.0, General, "100"),
        (123456.0, General, "123456"),
        (1e6, General, "1e+06"),
        (1234567.0, General, "1.234567e+06"),
        (0.0001, General, "0.0001"),
        (0.00001, General, "1e-05"),
        (1e23, General, "1e+23"),
        (1e23, Exponent, "1e+23"),
        (1e23, Fixed, "100000000000000000000000"),
        (5e-324, General, "5e-324"),
        (f64::MAX, General, "1.7976931348623157e+308"),
        (0.5, Fixed, "0.5"),
        (123.456, Fixed, "123.456"),
        (123.456, Exponent, "1.23456e+02"),
        (0.000123, Fixed, "0.000123"),
        (0.1 + 0.2, General, "0.30000000000000004"),
        (f64::NAN, General, "NaN"),
        (f64::INFINITY, General, "+Inf"),
        (f64::NEG_INFINITY, Fixed, "-Inf"),
    ];
    for (float, format, want) in cases {
        assert_eq!(go_format_float(float, format), want, "{float} {format:?}");
    }
}

/// Go `encoding/json` float64 encoding and kubectl's int64/float64 split.
#[test]
fn json_numbers() {
    let cases = vec![
        (json!(0), "0"),
        (json!(-5), "-5"),
        (json!(i64::MIN), "-9223372036854775808"),
        (json!(u64::MAX), "18446744073709552000"),
        (json!(9_223_372_036_854_775_808u64), "9223372036854776000"),
        (json!(1.0), "1"),
        (json!(-0.0), "-0"),
        (json!(1.5), "1.5"),
        (json!(1e20), "100000000000000000000"),
        (json!(1e21), "1e+21"),
        (json!(1e-6), "0.000001"),
        (json!(1e-7), "1e-7"),
        (json!(-1.5e-10), "-1.5e-10"),
        (json!(1.23e-298), "1.23e-298"),
        (json!(1e300), "1e+300"),
        (json!(1234567.5), "1234567.5"),
    ];
    for (value, want) in cases {
        assert_eq!(go_json_number(value.as_number().unwrap()), want, "{value}");
    }
}
