//! Tests for quantities: canonical strings captured from real kubectl 1.37
//! (`quantity_golden_tests.rs`) and the tables of apimachinery's `quantity_test.go` / `amount_test.go`.
#![allow(clippy::unwrap_used)]

use super::*;

#[path = "quantity_golden_tests.rs"]
mod golden;

/// What real kubectl did with an input.
#[derive(Debug, Clone, Copy)]
enum QuantityGolden {
    /// Parsed and re-serialized as this string.
    Canonical(&'static str),
    /// Rejected with this message.
    Error(&'static str),
    /// Go never finished (exponents at the int32 limit); this port must merely not panic or hang.
    Hangs,
}

use QuantityFormat::{BinarySi, DecimalExponent, DecimalSi};

fn dec_quantity(unscaled: i64, exponent: i32, format: QuantityFormat) -> Quantity {
    Quantity {
        amount: QuantityAmount::Decimal(InfDecimal::new(unscaled, -exponent)),
        format,
        cached: None,
    }
}

fn big_dec_quantity(unscaled: &str, exponent: i32, format: QuantityFormat) -> Quantity {
    Quantity {
        amount: QuantityAmount::Decimal(InfDecimal {
            unscaled: BigInteger::parse(unscaled).unwrap(),
            scale: -exponent,
        }),
        format,
        cached: None,
    }
}

fn int_quantity(value: i64, scale: i32, format: QuantityFormat) -> Quantity {
    Quantity::from_int64_amount(value, scale, format)
}

fn as_decimal_quantity(quantity: &Quantity) -> Quantity {
    Quantity {
        amount: QuantityAmount::Decimal(quantity.as_decimal()),
        format: quantity.format,
        cached: quantity.cached.clone(),
    }
}

#[test]
fn canonical_strings_match_real_kubectl() {
    let mut failures = Vec::new();
    for (input, want) in golden::GOLDEN_QUANTITIES {
        let got = Quantity::parse(input);
        let ok = match (want, &got) {
            (QuantityGolden::Canonical(text), Ok(quantity)) => quantity.to_string() == *text,
            (QuantityGolden::Error(message), Err(error)) => error.to_string() == *message,
            (QuantityGolden::Hangs, _) => {
                if let Ok(quantity) = &got {
                    let _ = (
                        quantity.to_string(),
                        quantity.value(),
                        quantity.milli_value(),
                    );
                    let mut sum = quantity.clone();
                    sum.add(&Quantity::parse("1").unwrap());
                    let _ = sum.to_string();
                }
                true
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{input:?}: want {want:?}, got {:?}",
                got.map(|q| q.to_string())
            ));
        }
    }
    assert!(golden::GOLDEN_QUANTITIES.len() > 800);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn quantity_parse_table() -> Vec<(&'static str, Quantity)> {
    vec![
        ("0", dec_quantity(0, 0, DecimalSi)),
        ("0n", dec_quantity(0, 0, DecimalSi)),
        ("0u", dec_quantity(0, 0, DecimalSi)),
        ("0m", dec_quantity(0, 0, DecimalSi)),
        ("0Ki", dec_quantity(0, 0, BinarySi)),
        ("0k", dec_quantity(0, 0, DecimalSi)),
        ("0Mi", dec_quantity(0, 0, BinarySi)),
        ("0M", dec_quantity(0, 0, DecimalSi)),
        ("0Gi", dec_quantity(0, 0, BinarySi)),
        ("0G", dec_quantity(0, 0, DecimalSi)),
        ("0Ti", dec_quantity(0, 0, BinarySi)),
        ("0T", dec_quantity(0, 0, DecimalSi)),
        ("1", dec_quantity(1, 0, DecimalSi)),
        ("1Ki", dec_quantity(1024, 0, BinarySi)),
        ("8Ki", dec_quantity(8 * 1024, 0, BinarySi)),
        ("7Mi", dec_quantity(7 * 1024 * 1024, 0, BinarySi)),
        ("6Gi", dec_quantity(6 * 1024 * 1024 * 1024, 0, BinarySi)),
        (
            "5Ti",
            dec_quantity(5 * 1024 * 1024 * 1024 * 1024, 0, BinarySi),
        ),
        (
            "4Pi",
            dec_quantity(4 * 1024 * 1024 * 1024 * 1024 * 1024, 0, BinarySi),
        ),
        (
            "3Ei",
            dec_quantity(3 * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, 0, BinarySi),
        ),
        (
            "10Ti",
            dec_quantity(10 * 1024 * 1024 * 1024 * 1024, 0, BinarySi),
        ),
        (
            "100Ti",
            dec_quantity(100 * 1024 * 1024 * 1024 * 1024, 0, BinarySi),
        ),
        ("5n", dec_quantity(5, -9, DecimalSi)),
        ("4u", dec_quantity(4, -6, DecimalSi)),
        ("3m", dec_quantity(3, -3, DecimalSi)),
        ("9", dec_quantity(9, 0, DecimalSi)),
        ("8k", dec_quantity(8, 3, DecimalSi)),
        ("50k", dec_quantity(5, 4, DecimalSi)),
        ("7M", dec_quantity(7, 6, DecimalSi)),
        ("6G", dec_quantity(6, 9, DecimalSi)),
        ("5T", dec_quantity(5, 12, DecimalSi)),
        ("40T", dec_quantity(4, 13, DecimalSi)),
        ("300T", dec_quantity(3, 14, DecimalSi)),
        ("2P", dec_quantity(2, 15, DecimalSi)),
        ("1E", dec_quantity(1, 18, DecimalSi)),
        ("1E-3", dec_quantity(1, -3, DecimalExponent)),
        ("1e3", dec_quantity(1, 3, DecimalExponent)),
        ("1E6", dec_quantity(1, 6, DecimalExponent)),
        ("1e9", dec_quantity(1, 9, DecimalExponent)),
        ("1E12", dec_quantity(1, 12, DecimalExponent)),
        ("1e15", dec_quantity(1, 15, DecimalExponent)),
        ("1E18", dec_quantity(1, 18, DecimalExponent)),
        ("1e14", dec_quantity(1, 14, DecimalExponent)),
        ("1e13", dec_quantity(1, 13, DecimalExponent)),
        ("1e3", dec_quantity(1, 3, DecimalExponent)),
        ("100.035k", dec_quantity(100035, 0, DecimalSi)),
        ("0.001", dec_quantity(1, -3, DecimalSi)),
        ("0.0005k", dec_quantity(5, -1, DecimalSi)),
        ("0.005", dec_quantity(5, -3, DecimalSi)),
        ("0.05", dec_quantity(5, -2, DecimalSi)),
        ("0.5", dec_quantity(5, -1, DecimalSi)),
        ("0.00050k", dec_quantity(5, -1, DecimalSi)),
        ("0.00500", dec_quantity(5, -3, DecimalSi)),
        ("0.05000", dec_quantity(5, -2, DecimalSi)),
        ("0.50000", dec_quantity(5, -1, DecimalSi)),
        ("0.5e0", dec_quantity(5, -1, DecimalExponent)),
        ("0.5e-1", dec_quantity(5, -2, DecimalExponent)),
        ("0.5e-2", dec_quantity(5, -3, DecimalExponent)),
        ("0.5e0", dec_quantity(5, -1, DecimalExponent)),
        ("10.035M", dec_quantity(10035, 3, DecimalSi)),
        ("1.2e3", dec_quantity(12, 2, DecimalExponent)),
        ("1.3E+6", dec_quantity(13, 5, DecimalExponent)),
        ("1.40e9", dec_quantity(14, 8, DecimalExponent)),
        ("1.53E12", dec_quantity(153, 10, DecimalExponent)),
        ("1.6e15", dec_quantity(16, 14, DecimalExponent)),
        ("1.7E18", dec_quantity(17, 17, DecimalExponent)),
        ("9.01", dec_quantity(901, -2, DecimalSi)),
        ("8.1k", dec_quantity(81, 2, DecimalSi)),
        ("7.123456M", dec_quantity(7123456, 0, DecimalSi)),
        ("6.987654321G", dec_quantity(6987654321, 0, DecimalSi)),
        ("5.444T", dec_quantity(5444, 9, DecimalSi)),
        ("40.1T", dec_quantity(401, 11, DecimalSi)),
        ("300.2T", dec_quantity(3002, 11, DecimalSi)),
        ("2.5P", dec_quantity(25, 14, DecimalSi)),
        ("1.01E", dec_quantity(101, 16, DecimalSi)),
        ("3.001n", dec_quantity(4, -9, DecimalSi)),
        ("1.1E-9", dec_quantity(2, -9, DecimalExponent)),
        ("0.0000000001", dec_quantity(1, -9, DecimalSi)),
        ("0.0000000005", dec_quantity(1, -9, DecimalSi)),
        ("0.00000000050", dec_quantity(1, -9, DecimalSi)),
        ("0.5e-9", dec_quantity(1, -9, DecimalExponent)),
        ("0.9n", dec_quantity(1, -9, DecimalSi)),
        ("0.00000012345", dec_quantity(124, -9, DecimalSi)),
        ("0.00000012354", dec_quantity(124, -9, DecimalSi)),
        ("9Ei", dec_quantity(i64::MAX, 0, BinarySi)),
        ("9223372036854775807Ki", dec_quantity(i64::MAX, 0, BinarySi)),
        ("12E", dec_quantity(12, 18, DecimalSi)),
        ("100.035Ki", dec_quantity(10243584, -2, BinarySi)),
        ("0.5Mi", dec_quantity(512 * 1024, 0, BinarySi)),
        ("0.05Gi", dec_quantity(536870912, -1, BinarySi)),
        ("0.025Ti", dec_quantity(274877906944, -1, BinarySi)),
        ("0.000000000001Ki", dec_quantity(2, -9, DecimalSi)),
        (".001", dec_quantity(1, -3, DecimalSi)),
        (".0001k", dec_quantity(100, -3, DecimalSi)),
        ("1.", dec_quantity(1, 0, DecimalSi)),
        ("1.G", dec_quantity(1, 9, DecimalSi)),
    ]
}

/// apimachinery `TestQuantityParse`: values, formats, signs and int64 equivalence.
#[test]
fn parse_table_matches_apimachinery() {
    assert_eq!(Quantity::parse(""), Err(QuantityError::FormatWrong));
    for (input, expect) in quantity_parse_table() {
        let got = Quantity::parse(input).unwrap();
        assert_eq!(got.compare(&expect), Ordering::Equal, "{input}: {got}");
        assert_eq!(
            as_decimal_quantity(&got).compare(&expect),
            Ordering::Equal,
            "{input}"
        );
        assert_eq!(got.format(), expect.format(), "{input}");
        if let (Some(want), Some(have)) = (expect.as_int64(), got.as_int64()) {
            assert_eq!(want, have, "{input}");
        }
        let parts = parse_quantity_string(input).unwrap();
        assert_eq!(parts.positive, got.sign() >= 0, "{input}");
        let rebuilt = format!(
            "{}{}{}",
            parts.number,
            if parts.denominator.is_empty() {
                String::new()
            } else {
                format!(".{}", parts.denominator)
            },
            parts.suffix
        );
        assert_eq!(
            Quantity::parse(&rebuilt).unwrap(),
            got,
            "{input} via {rebuilt}"
        );

        let negative = Quantity::parse(&format!("-{input}")).unwrap();
        let mut expected_negative = expect.clone();
        expected_negative.neg();
        assert_eq!(negative, expected_negative, "-{input}");
        assert_eq!(negative.format(), expect.format(), "-{input}");
        let positive = Quantity::parse(&format!("+{input}")).unwrap();
        assert_eq!(positive, expect, "+{input}");
        assert_eq!(positive.format(), expect.format(), "+{input}");
    }
    for invalid in [
        "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-", " 1", "1 ",
    ] {
        assert!(Quantity::parse(invalid).is_err(), "{invalid}");
    }
    assert_eq!(
        Quantity::parse("Non-Numeric"),
        Err(QuantityError::FormatWrong)
    );
    assert_eq!(Quantity::parse("1.5x"), Err(QuantityError::FormatWrong));
    assert_eq!(Quantity::parse("1Zi"), Err(QuantityError::FormatWrong));
    assert_eq!(Quantity::parse("1mi"), Err(QuantityError::Suffix));
    assert_eq!(Quantity::parse("-.e-20"), Err(QuantityError::Numeric));
    assert_eq!(
        QuantityError::FormatWrong.to_string(),
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    );
}

/// apimachinery `TestParseQuantityString`.
#[test]
fn quantity_string_parts_match_apimachinery() {
    for (input, positive, value, number, denominator, suffix) in [
        ("0.025Ti", true, "0.025", "0", "025", "Ti"),
        ("1.025Ti", true, "1.025", "1", "025", "Ti"),
        ("-1.025Ti", false, "-1.025", "1", "025", "Ti"),
        (".", true, ".", "0", "", ""),
        ("-.", false, "-.", "0", "", ""),
        ("1E-3", true, "1", "1", "", "E-3"),
    ] {
        assert_eq!(
            parse_quantity_string(input).unwrap(),
            QuantityStringParts {
                positive,
                value,
                number,
                denominator,
                suffix
            },
            "{input}"
        );
    }
}

/// apimachinery `TestQuantityString` (canonical form, cached input, alternates, negation).
#[test]
fn string_table_matches_apimachinery() {
    let table = [
        (
            dec_quantity(1024 * 1024 * 1024, 0, BinarySi),
            "1Gi",
            "1024Mi",
        ),
        (
            dec_quantity(300 * 1024 * 1024, 0, BinarySi),
            "300Mi",
            "307200Ki",
        ),
        (dec_quantity(6 * 1024, 0, BinarySi), "6Ki", ""),
        (
            dec_quantity(1001 * 1024 * 1024 * 1024, 0, BinarySi),
            "1001Gi",
            "1025024Mi",
        ),
        (
            dec_quantity(1024 * 1024 * 1024 * 1024, 0, BinarySi),
            "1Ti",
            "1024Gi",
        ),
        (dec_quantity(5, 0, BinarySi), "5", "5000m"),
        (dec_quantity(500, -3, BinarySi), "500m", "0.5"),
        (dec_quantity(1, 9, DecimalSi), "1G", "1000M"),
        (dec_quantity(1000, 6, DecimalSi), "1G", "0.001T"),
        (dec_quantity(1000000, 3, DecimalSi), "1G", ""),
        (dec_quantity(1000000000, 0, DecimalSi), "1G", ""),
        (dec_quantity(1, -3, DecimalSi), "1m", "1000u"),
        (dec_quantity(80, -3, DecimalSi), "80m", ""),
        (dec_quantity(1080, -3, DecimalSi), "1080m", "1.08"),
        (dec_quantity(108, -2, DecimalSi), "1080m", "1080000000n"),
        (dec_quantity(10800, -4, DecimalSi), "1080m", ""),
        (dec_quantity(300, 6, DecimalSi), "300M", ""),
        (dec_quantity(1, 12, DecimalSi), "1T", ""),
        (dec_quantity(1234567, 6, DecimalSi), "1234567M", ""),
        (dec_quantity(1234567, -3, BinarySi), "1234567m", ""),
        (dec_quantity(3, 3, DecimalSi), "3k", ""),
        (dec_quantity(1025, 0, BinarySi), "1025", ""),
        (dec_quantity(0, 0, DecimalSi), "0", ""),
        (dec_quantity(0, 0, BinarySi), "0", ""),
        (dec_quantity(1, 9, DecimalExponent), "1e9", ".001e12"),
        (dec_quantity(1, -3, DecimalExponent), "1e-3", "0.001e0"),
        (dec_quantity(1, -9, DecimalExponent), "1e-9", "1000e-12"),
        (dec_quantity(80, -3, DecimalExponent), "80e-3", ""),
        (dec_quantity(300, 6, DecimalExponent), "300e6", ""),
        (dec_quantity(1, 12, DecimalExponent), "1e12", ""),
        (dec_quantity(1, 3, DecimalExponent), "1e3", ""),
        (dec_quantity(3, 3, DecimalExponent), "3e3", ""),
        (dec_quantity(3, 3, DecimalSi), "3k", ""),
        (dec_quantity(0, 0, DecimalExponent), "0", "00"),
        (dec_quantity(1, -9, DecimalSi), "1n", ""),
        (dec_quantity(80, -9, DecimalSi), "80n", ""),
        (dec_quantity(1080, -9, DecimalSi), "1080n", ""),
        (dec_quantity(108, -8, DecimalSi), "1080n", ""),
        (dec_quantity(10800, -10, DecimalSi), "1080n", ""),
        (dec_quantity(1, -6, DecimalSi), "1u", ""),
        (dec_quantity(80, -6, DecimalSi), "80u", ""),
        (dec_quantity(1080, -6, DecimalSi), "1080u", ""),
    ];
    for (quantity, expect, alternate) in &table {
        assert_eq!(quantity.to_string(), *expect);
        let parsed = Quantity::parse(expect).unwrap();
        assert_eq!(
            parsed.cached.as_deref(),
            Some(*expect),
            "{expect} keeps its input"
        );
        if !alternate.is_empty() {
            let parsed = Quantity::parse(alternate).unwrap();
            assert_eq!(parsed.cached, None, "{alternate}");
            assert_eq!(parsed.to_string(), *expect, "{alternate}");
        }
        if !quantity.is_zero() {
            let mut negative = quantity.clone();
            negative.neg();
            assert_eq!(negative.to_string(), format!("-{expect}"));
        }
    }
}

/// apimachinery `TestQuantityParseEmit`.
#[test]
fn parse_emit_matches_apimachinery() {
    for (input, expect) in [
        ("1Ki", "1Ki"),
        ("1Mi", "1Mi"),
        ("1Gi", "1Gi"),
        ("1024Mi", "1Gi"),
        ("1000M", "1G"),
        (".001Ki", "1024m"),
        (".000001Ki", "1024u"),
        (".000000001Ki", "1024n"),
        (".000000000001Ki", "2n"),
    ] {
        assert_eq!(
            Quantity::parse(input).unwrap().to_string(),
            expect,
            "{input}"
        );
        assert_eq!(
            Quantity::parse(&format!("-{input}")).unwrap().to_string(),
            format!("-{expect}"),
            "-{input}"
        );
    }
    assert_eq!(Quantity::default().to_string(), "0");
    assert_eq!(Quantity::parse("0").unwrap().to_string(), "0");
}

/// apimachinery `TestQuantityCmp` and `TestQuantityCmpInt64AndDec`.
#[test]
fn comparison_matches_apimachinery() {
    for (left, right, want) in [
        ("0", "0", Ordering::Equal),
        ("100m", "50m", Ordering::Greater),
        ("50m", "100m", Ordering::Less),
        ("10000T", "100Gi", Ordering::Greater),
    ] {
        assert_eq!(
            Quantity::parse(left)
                .unwrap()
                .compare(&Quantity::parse(right).unwrap()),
            want
        );
    }
    let zero = Quantity::default();
    assert_eq!(
        zero.compare(&dec_quantity(10, 0, DecimalSi)),
        Ordering::Less
    );
    assert_eq!(
        zero.compare(&dec_quantity(-10, 0, DecimalSi)),
        Ordering::Greater
    );
    assert_eq!(
        dec_quantity(0, 0, DecimalSi).compare(&zero),
        Ordering::Equal
    );
    let most_positive = i64::MAX;
    let most_negative = i64::MIN;
    let table = [
        (
            int_quantity(901, -2, DecimalSi),
            int_quantity(901, -2, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(90, -1, DecimalSi),
            int_quantity(901, -2, DecimalSi),
            Ordering::Less,
        ),
        (
            int_quantity(901, -2, DecimalSi),
            int_quantity(900, -2, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(0, 0, DecimalSi),
            int_quantity(0, 0, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(0, 1, DecimalSi),
            int_quantity(0, -1, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(0, -1, DecimalSi),
            int_quantity(0, 1, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(800, -3, DecimalSi),
            int_quantity(1, 0, DecimalSi),
            Ordering::Less,
        ),
        (
            int_quantity(800, -3, DecimalSi),
            int_quantity(79, -2, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(most_positive, 0, DecimalSi),
            int_quantity(1, -1, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(most_positive, 1, DecimalSi),
            int_quantity(1, 0, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(most_positive, 1, DecimalSi),
            int_quantity(1, 1, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(most_positive, 1, DecimalSi),
            int_quantity(0, 1, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(most_positive, -16, DecimalSi),
            int_quantity(1, 3, DecimalSi),
            Ordering::Less,
        ),
        (
            int_quantity(most_negative, 0, DecimalSi),
            int_quantity(0, 0, DecimalSi),
            Ordering::Less,
        ),
        (
            int_quantity(most_negative, -18, DecimalSi),
            int_quantity(-1, 0, DecimalSi),
            Ordering::Less,
        ),
        (
            int_quantity(most_negative, -19, DecimalSi),
            int_quantity(-1, 0, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(1_000_000_000_000_000_000, -17, DecimalSi),
            int_quantity(1, 1, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(1_000_000_000_000_000_000, -17, DecimalSi),
            int_quantity(-10, 0, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(-1_000_000_000_000_000_000, -17, DecimalSi),
            int_quantity(-10, 0, DecimalSi),
            Ordering::Equal,
        ),
        (
            int_quantity(1_000_000_000_000_000_000, -17, DecimalSi),
            int_quantity(1, 0, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(1_000_000_000_000_000_001, -17, DecimalSi),
            int_quantity(1, 1, DecimalSi),
            Ordering::Greater,
        ),
        (
            int_quantity(999_999_999_999_999_999, -17, DecimalSi),
            int_quantity(1, 1, DecimalSi),
            Ordering::Less,
        ),
    ];
    for (left, right, want) in &table {
        for (a, b) in [
            (left.clone(), right.clone()),
            (as_decimal_quantity(left), right.clone()),
            (left.clone(), as_decimal_quantity(right)),
            (as_decimal_quantity(left), as_decimal_quantity(right)),
        ] {
            assert_eq!(a.compare(&b), *want, "{a:?} vs {b:?}");
            assert_eq!(b.compare(&a), want.reverse(), "{b:?} vs {a:?}");
        }
    }
    assert_eq!(
        Quantity::parse("1500m").unwrap().compare_int64(1),
        Ordering::Greater
    );
    assert_eq!(
        Quantity::parse("1.5Gi").unwrap().compare_int64(1 << 30),
        Ordering::Greater
    );
    assert!(Quantity::parse("1Gi").unwrap() > Quantity::parse("1G").unwrap());
    assert_eq!(
        Quantity::parse("1000m").unwrap(),
        Quantity::parse("1").unwrap()
    );
}

/// apimachinery `TestQuantityRoundUp`.
#[test]
fn round_up_matches_apimachinery() {
    for (input, scale, expect, exact) in [
        ("9.01", -3, dec_quantity(901, -2, DecimalSi), true),
        ("9.01", -2, dec_quantity(901, -2, DecimalSi), true),
        ("9.01", -1, dec_quantity(91, -1, DecimalSi), false),
        ("9.01", 0, dec_quantity(10, 0, DecimalSi), false),
        ("9.01", 1, dec_quantity(10, 0, DecimalSi), false),
        ("9.01", 2, dec_quantity(100, 0, DecimalSi), false),
        ("-9.01", -3, dec_quantity(-901, -2, DecimalSi), true),
        ("-9.01", -2, dec_quantity(-901, -2, DecimalSi), true),
        ("-9.01", -1, dec_quantity(-91, -1, DecimalSi), false),
        ("-9.01", 0, dec_quantity(-10, 0, DecimalSi), false),
        ("-9.01", 1, dec_quantity(-10, 0, DecimalSi), false),
        ("-9.01", 2, dec_quantity(-100, 0, DecimalSi), false),
    ] {
        for as_decimal in [false, true] {
            let parsed = Quantity::parse(input).unwrap();
            let mut got = if as_decimal {
                as_decimal_quantity(&parsed)
            } else {
                parsed
            };
            assert_eq!(got.round_up(scale), exact, "{input} {scale} {as_decimal}");
            assert_eq!(got, expect, "{input} {scale} {as_decimal}: {got}");
        }
    }
}

/// apimachinery `TestQuantityNeg`, `TestNeg`, `TestAdd`, `TestSub`, the zero-suffix tests and
/// the round trips (with fixed pseudo-random values instead of `rand`).
#[test]
fn arithmetic_matches_apimachinery() {
    for quantity in [
        int_quantity(901, -2, DecimalSi),
        dec_quantity(901, -2, DecimalSi),
    ] {
        let mut negated = quantity.clone();
        negated.neg();
        assert_ne!(negated, quantity);
        assert_eq!(negated.to_string(), "-9010m");
    }
    for (input, expect) in [
        (int_quantity(0, 0, DecimalSi), int_quantity(0, 0, DecimalSi)),
        (Quantity::default(), Quantity::default()),
        (
            int_quantity(10, 0, BinarySi),
            int_quantity(-10, 0, BinarySi),
        ),
        (
            int_quantity(-10, 0, BinarySi),
            int_quantity(10, 0, BinarySi),
        ),
        (dec_quantity(0, 0, DecimalSi), int_quantity(0, 0, DecimalSi)),
        (
            dec_quantity(10, 0, BinarySi),
            int_quantity(-10, 0, BinarySi),
        ),
        (
            dec_quantity(-10, 0, BinarySi),
            int_quantity(10, 0, BinarySi),
        ),
    ] {
        let mut negated = input.clone();
        negated.neg();
        assert_eq!(negated, expect);
    }
    let empty = || Quantity {
        format: DecimalSi,
        ..Quantity::default()
    };
    for (mut left, right, sum, difference) in [
        (
            dec_quantity(10, 0, DecimalSi),
            dec_quantity(1, 1, DecimalSi),
            dec_quantity(20, 0, DecimalSi),
            dec_quantity(0, 0, DecimalSi),
        ),
        (
            dec_quantity(10, 0, DecimalSi),
            dec_quantity(1, 0, BinarySi),
            dec_quantity(11, 0, DecimalSi),
            dec_quantity(9, 0, DecimalSi),
        ),
        (
            dec_quantity(10, 0, BinarySi),
            dec_quantity(1, 0, DecimalSi),
            dec_quantity(11, 0, BinarySi),
            dec_quantity(9, 0, BinarySi),
        ),
        (
            empty(),
            dec_quantity(50, 0, DecimalSi),
            dec_quantity(50, 0, DecimalSi),
            dec_quantity(-50, 0, DecimalSi),
        ),
        (
            dec_quantity(50, 0, DecimalSi),
            empty(),
            dec_quantity(50, 0, DecimalSi),
            dec_quantity(50, 0, DecimalSi),
        ),
        (
            empty(),
            empty(),
            dec_quantity(0, 0, DecimalSi),
            dec_quantity(0, 0, DecimalSi),
        ),
    ] {
        let mut subtracted = left.clone();
        subtracted.sub(&right);
        assert_eq!(subtracted, difference);
        left.add(&right);
        assert_eq!(left, sum);
    }
    for text in ["100m", "1Gi"] {
        let value = Quantity::parse(text).unwrap();
        let zero = Quantity::parse("0").unwrap();
        let mut plus_zero = value.clone();
        plus_zero.add(&zero);
        assert_eq!(plus_zero.to_string(), text);
        let mut zero_plus = zero.clone();
        zero_plus.add(&value);
        assert_eq!(zero_plus.to_string(), text);
        let mut minus_zero = value.clone();
        minus_zero.sub(&zero);
        assert_eq!(minus_zero.to_string(), text);
        let mut zero_minus = zero.clone();
        zero_minus.sub(&value);
        let mut negated = value.clone();
        negated.neg();
        assert_eq!(zero_minus.to_string(), negated.to_string());
    }
    // A zero int64 amount prints "0", never "0<suffix>".
    let mut canonical_zero = Quantity::parse("1000m").unwrap();
    canonical_zero.sub(&Quantity::parse("1").unwrap());
    assert_eq!(canonical_zero.to_string(), "0");

    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 1) as i64
    };
    for scale in -10..=10 {
        let mut total = empty();
        let values: Vec<i64> = (0..100).map(|_| next()).collect();
        for value in &values {
            total.add(&Quantity::new_scaled(*value, scale));
        }
        for value in &values {
            total.sub(&Quantity::new_scaled(*value, scale));
        }
        assert!(total.is_zero(), "scale {scale}: {total}");
        for value in &values {
            let quantity = Quantity::new_scaled(*value, scale);
            let mut twice = as_decimal_quantity(&quantity);
            twice.neg();
            twice.neg();
            assert_eq!(twice, quantity);
        }
    }
    let mut total = empty();
    let values: Vec<i64> = (0..100).map(|_| next()).collect();
    for value in &values {
        total.add(&Quantity::new_scaled(*value, (value % 20 - 10) as i32));
    }
    for value in &values {
        total.sub(&Quantity::new_scaled(*value, (value % 20 - 10) as i32));
    }
    assert!(total.is_zero(), "{total}");
}

#[test]
fn sums_for_scheduling_and_describe() {
    let mut requests = Quantity::default();
    for text in ["100m", "250m", "500m"] {
        requests.add(&Quantity::parse(text).unwrap());
    }
    assert_eq!(requests.to_string(), "850m");
    assert_eq!(requests.milli_value(), 850);
    assert_eq!(requests.value(), 1);
    let mut memory = Quantity::default();
    for text in ["128Mi", "64Mi", "0.5Gi"] {
        memory.add(&Quantity::parse(text).unwrap());
    }
    assert_eq!(memory.to_string(), "704Mi");
    assert_eq!(memory.value(), 704 * 1024 * 1024);
    let mut allocatable = Quantity::parse("2").unwrap();
    allocatable.sub(&requests);
    assert_eq!(allocatable.to_string(), "1150m");
    let mut mixed = Quantity::parse("1G").unwrap();
    mixed.add(&Quantity::parse("1Gi").unwrap());
    assert_eq!(mixed.to_string(), "2073741824");
    let mut over = Quantity::parse("9223372036854775807").unwrap();
    over.add(&Quantity::parse("1").unwrap());
    assert_eq!(over.to_string(), "9223372036854775808");
    assert_eq!(over.value(), i64::MIN);
    assert_eq!(Quantity::parse("1.5").unwrap().value(), 2);
    assert_eq!(Quantity::parse("-1.5").unwrap().value(), -2);
    assert_eq!(Quantity::parse("1.5Ki").unwrap().milli_value(), 1_536_000);
    assert_eq!(Quantity::parse("1n").unwrap().milli_value(), 1);
    assert_eq!(Quantity::parse("0.5Ki").unwrap().value(), 512);
}

/// apimachinery `TestMilliNewSet`, `TestNewSet`, `TestNewScaledSet`, `TestScaledValue`.
#[test]
fn constructors_and_scaled_values_match_apimachinery() {
    for (value, format, expect, exact) in [
        (1, DecimalSi, "1m", true),
        (1000, DecimalSi, "1", true),
        (1234000, DecimalSi, "1234", true),
        (1024, BinarySi, "1024m", false),
        (1000000, QuantityFormat::Unspecified, "1e3", true),
        (1024 * 1024, BinarySi, "1048576m", false),
    ] {
        let quantity = Quantity::new_milli(value, format);
        assert_eq!(quantity.to_string(), expect);
        if exact {
            assert_eq!(Quantity::parse(expect).unwrap().milli_value(), value);
        }
        let mut set = Quantity::new(0, format);
        set.set_milli(value);
        assert_eq!(set.to_string(), expect);
    }
    for (value, format, expect) in [
        (1, DecimalSi, "1"),
        (1000, DecimalSi, "1k"),
        (1234000, DecimalSi, "1234k"),
        (1024, BinarySi, "1Ki"),
        (1000000, QuantityFormat::Unspecified, "1e6"),
        (1024 * 1024, BinarySi, "1Mi"),
    ] {
        for as_decimal in [false, true] {
            let quantity = Quantity::new(value, format);
            let quantity = if as_decimal {
                as_decimal_quantity(&quantity)
            } else {
                quantity
            };
            assert_eq!(quantity.to_string(), expect);
            assert_eq!(Quantity::parse(expect).unwrap().value(), value);
            let mut set = Quantity::new(0, format);
            set.set(value);
            assert_eq!(set.to_string(), expect);
        }
    }
    for (value, scale, expect) in [
        (1, -9, "1n"),
        (1000, -9, "1u"),
        (1, -6, "1u"),
        (1000, -6, "1m"),
        (1, -3, "1m"),
        (1000, -3, "1"),
        (1, 0, "1"),
        (0, -9, "0"),
        (0, -6, "0"),
        (0, -3, "0"),
        (0, 0, "0"),
    ] {
        let quantity = Quantity::new_scaled(value, scale);
        assert_eq!(quantity.to_string(), expect);
        assert_eq!(Quantity::parse(expect).unwrap().scaled_value(scale), value);
        let mut set = Quantity::new(0, DecimalSi);
        set.set_scaled(value, scale);
        assert_eq!(set, quantity);
    }
    for (from, to, expect) in [
        (-9, -9, 1),
        (-9, -6, 1),
        (-9, -3, 1),
        (-9, 0, 1),
        (-6, -9, 1000),
        (-6, -6, 1),
        (-6, -3, 1),
        (-6, 0, 1),
        (-3, -9, 1_000_000),
        (-3, -6, 1000),
        (-3, -3, 1),
        (-3, 0, 1),
        (0, -9, 1_000_000_000),
        (0, -6, 1_000_000),
        (0, -3, 1000),
        (0, 0, 1),
        (2, -2, 10000),
    ] {
        assert_eq!(
            Quantity::new_scaled(1, from).scaled_value(to),
            expect,
            "{from} -> {to}"
        );
        let decimal = as_decimal_quantity(&Quantity::new_scaled(1, from));
        assert_eq!(decimal.scaled_value(to), expect, "decimal {from} -> {to}");
    }
    let uninitialized = Quantity::default();
    assert_eq!((uninitialized.value(), uninitialized.milli_value()), (0, 0));
    assert_eq!(uninitialized.to_json_value(), serde_json::json!("0"));
}

/// apimachinery `amount_test.go`.
#[test]
fn int64_amounts_match_apimachinery() {
    let amount = |value, scale| Int64Amount { value, scale };
    for (value, scale, result) in [
        (100, 0, Some(100)),
        (100, 1, Some(1000)),
        (100, -5, None),
        (100, 100, None),
    ] {
        assert_eq!(amount(value, scale).as_int64(), result);
    }
    let most_positive = i64::MAX;
    for (left, right, sum, ok) in [
        (amount(100, 1), amount(10, 2), amount(200, 1), true),
        (amount(100, 1), amount(1, 2), amount(110, 1), true),
        (amount(100, 1), amount(1, 100), amount(1, 100), false),
        (amount(-5, 2), amount(50, 1), amount(0, 1), true),
        (amount(-5, 2), amount(5, 2), amount(0, 2), true),
        (
            amount(most_positive, -1),
            amount(1, -1),
            amount(0, -1),
            false,
        ),
        (
            amount(most_positive, -1),
            amount(0, -1),
            amount(most_positive, -1),
            true,
        ),
        (
            amount(most_positive / 10, 1),
            amount(10, 0),
            amount(most_positive, -1),
            false,
        ),
    ] {
        for (a, b) in [(left, right), (right, left)] {
            let mut c = a;
            assert_eq!(c.add(b), ok, "{a:?} + {b:?}");
            assert_eq!(c, if ok { sum } else { a }, "{a:?} + {b:?}");
        }
    }
    for (value, scale, result, exponent) in [
        (100, 0, "100", 0),
        (100, 1, "1", 3),
        (100, -1, "10", 0),
        (10800, -10, "1080", -9),
    ] {
        assert_eq!(
            amount(value, scale).canonical_mantissa_and_exponent(),
            (result.to_string(), exponent)
        );
    }
    for (value, scale, target, result, ok) in [
        (100, 0, 5, 1, true),
        (100, 1, 1, 100, true),
        (100, 5, 2, 100000, true),
        (876, 30, 4, 0, false),
        (93, -1, 0, 10, true),
        (100, -1, 0, 10, true),
        (-1932, 2, 4, -20, true),
        (-1900, 2, 4, -19, true),
    ] {
        assert_eq!(
            amount(value, scale).as_scaled_int64(target),
            (result, ok),
            "{value} {scale} {target}"
        );
    }
}

/// apimachinery `TestQuantityAsApproximateFloat64`.
#[test]
fn approximate_floats_match_apimachinery() {
    let seven_mebi = 7.0 * 1024.0 * 1024.0;
    for format in [DecimalSi, DecimalExponent, BinarySi] {
        for (quantity, want) in [
            (dec_quantity(0, 0, format), 0.0),
            (dec_quantity(1, 0, format), 1.0),
            (dec_quantity(1024, 0, format), 1024.0),
            (dec_quantity(8 * 1024, 0, format), 8.0 * 1024.0),
            (dec_quantity(7 * 1024 * 1024, 0, format), seven_mebi),
            (dec_quantity(7 * 1024 * 1024, 1, format), seven_mebi * 10.0),
            (
                dec_quantity(7 * 1024 * 1024, 4, format),
                seven_mebi * 10000.0,
            ),
            (
                dec_quantity(7 * 1024 * 1024, 8, format),
                seven_mebi * 100000000.0,
            ),
            (dec_quantity(7 * 1024 * 1024, -1, format), seven_mebi * 0.1),
            (
                dec_quantity(7 * 1024 * 1024, -8, format),
                seven_mebi / 100000000.0,
            ),
        ] {
            assert_eq!(quantity.as_approximate_float64(), want, "{quantity:?}");
            if let Some(integer) = Quantity::parse(&quantity.to_string()).unwrap().as_int64() {
                assert_eq!(
                    int_quantity(integer, 0, format).as_approximate_float64(),
                    want
                );
            }
        }
    }
    assert_eq!(
        dec_quantity(i64::MAX, 0, DecimalSi).as_approximate_float64(),
        i64::MAX as f64
    );
    assert_eq!(
        dec_quantity(12, 18, DecimalSi).as_approximate_float64(),
        1.2e19
    );
    assert_eq!(
        dec_quantity(12, 500, DecimalSi).as_approximate_float64(),
        f64::INFINITY
    );
    assert_eq!(
        dec_quantity(-12, 500, DecimalSi).as_approximate_float64(),
        f64::NEG_INFINITY
    );
    assert_eq!(go_power_of_ten(-1), 0.1);
    assert_eq!(go_power_of_ten(309), f64::INFINITY);
    assert_eq!(go_power_of_ten(-324), 0.0);
}

/// apimachinery `TestJSONWhitespace` plus `null`.
#[test]
fn json_values_unmarshal_like_apimachinery() {
    for (value, expect) in [
        (serde_json::json!(" 1"), "1"),
        (serde_json::json!("1 "), "1"),
        (serde_json::json!(1), "1"),
        (serde_json::json!(10), "10"),
        (serde_json::json!(-1), "-1"),
        (serde_json::json!(0.5), "500m"),
        (serde_json::json!(null), "0"),
        (serde_json::json!("1.5Gi"), "1536Mi"),
    ] {
        assert_eq!(
            Quantity::from_json_value(&value).unwrap().to_string(),
            expect,
            "{value}"
        );
    }
    assert_eq!(
        Quantity::from_json_value(&serde_json::json!([1])),
        Err(QuantityError::FormatWrong)
    );
    assert_eq!(
        Quantity::parse("1.5Gi").unwrap().to_json_value(),
        serde_json::json!("1536Mi")
    );
    assert_eq!("250m".parse::<Quantity>().unwrap().milli_value(), 250);
}

#[test]
fn big_integers_behave_like_math_big() {
    let parse = |text: &str| BigInteger::parse(text).unwrap();
    assert_eq!(parse("-000123").to_decimal_string(), "-123");
    assert_eq!(parse("+0").to_decimal_string(), "0");
    assert_eq!(parse("1000000000").limbs, vec![0, 1]);
    assert_eq!(parse("18446744073709551617").low_bits_as_i64(), 1);
    assert_eq!(parse("-9223372036854775809").low_bits_as_i64(), i64::MAX);
    assert_eq!(
        parse("123").multiply_power_of_ten(20).to_decimal_string(),
        "12300000000000000000000"
    );
    assert_eq!(
        parse("-5").multiply_power_of_two(70).to_decimal_string(),
        "-5902958103587056517120"
    );
    assert_eq!(
        parse("12300000000000000000001").divide_power_of_ten(20),
        (parse("123"), true)
    );
    assert_eq!(
        parse("-1230").divide_power_of_ten(1),
        (parse("-123"), false)
    );
    assert_eq!(
        parse("5").divide_power_of_ten(1_000_000_000),
        (BigInteger::default(), true)
    );
    assert_eq!(parse("1200000000000").trailing_decimal_zeros(), 11);
    assert_eq!(parse("999999999999").digit_count(), 12);
    assert_eq!(parse("-7").add(&parse("5")).to_decimal_string(), "-2");
    assert_eq!(
        parse("1000000000000")
            .subtract(&parse("1"))
            .to_decimal_string(),
        "999999999999"
    );
    assert_eq!(parse("-3").compare(&parse("-4")), Ordering::Greater);
    assert!(
        BigInteger::parse("").is_none()
            && BigInteger::parse("-").is_none()
            && BigInteger::parse("1a").is_none()
    );
    assert_eq!(
        big_dec_quantity("18446744073709551614", 0, DecimalSi).to_string(),
        "18446744073709551614"
    );
    assert_eq!(
        big_dec_quantity("-18446744073709551614", -3, DecimalSi).milli_value(),
        2
    );
}

/// Odd input never panics, and exponents at the int32 limit finish quickly.
#[test]
fn odd_input_never_panics() {
    let mut inputs: Vec<String> = [
        "",
        "-",
        "+",
        ".",
        "..",
        "-.",
        "+-1",
        "--1",
        "1..",
        "1.-",
        "e",
        "E",
        "1e",
        "1e+",
        "1e-",
        "1e+-1",
        "1Ki+",
        "é",
        "1é",
        "\u{0}",
        "1\u{0}",
        "0x10",
        "1_000",
        "١",
        "1e9223372036854775807",
        "1e9223372036854775808",
        "1e-9223372036854775808",
        "1e2147483647",
        "1e-2147483648",
        "1.5e-2147483648",
        "1.5e2147483648",
        "123456789012345678901234567890e2147483647",
        "123456789012345678901234567890e-2147483647",
        "9223372036854775807Ei",
        "-9223372036854775808",
        "-9223372036854775809",
        "0.0000000000000000000000001Ei",
    ]
    .iter()
    .map(|text| text.to_string())
    .collect();
    inputs.push("9".repeat(20_000));
    inputs.push(format!("0.{}1", "0".repeat(20_000)));
    inputs.push(format!("{}Ei", "9".repeat(5_000)));
    inputs.push(format!("1{}", "e".repeat(10_000)));
    let parsed: Vec<Quantity> = inputs
        .iter()
        .filter_map(|text| Quantity::parse(text).ok())
        .collect();
    for left in &parsed {
        let _ = (
            left.to_string(),
            left.value(),
            left.milli_value(),
            left.scaled_value(i32::MIN),
        );
        let _ = (
            left.scaled_value(i32::MAX),
            left.as_approximate_float64(),
            left.as_int64(),
        );
        let mut rounded = left.clone();
        let _ = rounded.round_up(i32::MAX);
        let _ = rounded.round_up(i32::MIN);
        for right in &parsed {
            let _ = left.compare(right);
            let mut sum = left.clone();
            sum.add(right);
            let _ = sum.to_string();
            let mut difference = left.clone();
            difference.sub(right);
            let _ = difference.to_string();
        }
    }
    for extreme in [i64::MIN, i64::MAX, 0, -1] {
        for scale in [i32::MIN, i32::MAX, -19, 19, 0] {
            let quantity = Quantity::new_scaled(extreme, scale);
            let _ = (
                quantity.to_string(),
                quantity.value(),
                quantity.milli_value(),
            );
            let mut negated = quantity.clone();
            negated.neg();
            let _ = negated.to_string();
            for format in [BinarySi, DecimalExponent, QuantityFormat::Unspecified] {
                let _ = int_quantity(extreme, scale, format).to_string();
            }
        }
    }
}

/// The error class strict decoding reports for a quantity field (`Quantity.UnmarshalJSON`).
#[test]
fn classifies_errors_like_parse_quantity() {
    use QuantityError::{FormatWrong, Suffix};
    for (input, want) in [
        ("0", None),
        ("1", None),
        ("100m", None),
        ("0.5", None),
        ("1Gi", None),
        ("128Mi", None),
        ("1e3", None),
        ("1E-3", None),
        ("+1", None),
        ("-", None),
        (".5", None),
        ("1.", None),
        ("", Some(FormatWrong)),
        ("abc", Some(FormatWrong)),
        ("1gi", Some(FormatWrong)),
        ("1Gb", Some(FormatWrong)),
        ("1KiB", Some(FormatWrong)),
        ("true", Some(FormatWrong)),
        ("{\"a\":1}", Some(FormatWrong)),
        ("1 Gi", Some(FormatWrong)),
        ("1k1", Some(Suffix)),
        ("1mm", Some(Suffix)),
        ("1e", Some(Suffix)),
        ("1i", Some(Suffix)),
        ("1Kii", Some(Suffix)),
    ] {
        assert_eq!(Quantity::parse(input).err(), want, "input {input:?}");
    }
    for input in [
        "ü",
        "1ü",
        "-.",
        "+.Ki",
        "0000",
        "00.",
        "1e99999999999999999999",
        "\u{0}",
    ] {
        let _ = Quantity::parse(input);
    }
}
