//! Go's `strconv` number parsing (`ParseUint`, `ParseInt`, `ParseFloat` and their
//! `underscoreOK`), shared by the ports that must accept exactly what Go accepts: kubectl's
//! flag values, go-yaml's scalar resolution, the YAML and KYAML printers' quoting, and the
//! template engine's number literals.

/// Why `parse_uint` refused its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UintError {
    Syntax,
    /// Out of range; carries the saturated value like Go does.
    Range(u64),
}

/// Go's `strconv.ParseUint(text, base, bit_size)`: `base` 0 reads the `0b`/`0o`/`0x`/`0`
/// prefixes and allows underscores between digits; `bit_size` is 1..=64.
pub fn parse_uint(text: &str, base: u32, bit_size: u32) -> Result<u64, UintError> {
    let base_zero = base == 0;
    if text.is_empty() {
        return Err(UintError::Syntax);
    }
    let bytes = text.as_bytes();
    let mut base: u64 = if base_zero {
        10
    } else {
        u64::from(base.clamp(2, 36))
    };
    let mut digits = bytes;
    if base_zero && bytes.first() == Some(&b'0') {
        let prefix = bytes.get(1).map(|b| b.to_ascii_lowercase());
        if bytes.len() >= 3 && prefix == Some(b'b') {
            base = 2;
            digits = bytes.get(2..).unwrap_or(&[]);
        } else if bytes.len() >= 3 && prefix == Some(b'o') {
            base = 8;
            digits = bytes.get(2..).unwrap_or(&[]);
        } else if bytes.len() >= 3 && prefix == Some(b'x') {
            base = 16;
            digits = bytes.get(2..).unwrap_or(&[]);
        } else {
            base = 8;
            digits = bytes.get(1..).unwrap_or(&[]);
        }
    }
    let cutoff = u64::MAX / base + 1;
    let max_value = if bit_size >= 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut value: u64 = 0;
    for &byte in digits {
        let digit = match byte {
            b'_' if base_zero => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(byte - b'0'),
            _ if byte.to_ascii_lowercase().is_ascii_lowercase() => {
                u64::from(byte.to_ascii_lowercase() - b'a') + 10
            }
            _ => return Err(UintError::Syntax),
        };
        if digit >= base {
            return Err(UintError::Syntax);
        }
        if value >= cutoff {
            return Err(UintError::Range(max_value));
        }
        value *= base;
        let next = value.wrapping_add(digit);
        if next < value || next > max_value {
            return Err(UintError::Range(max_value));
        }
        value = next;
    }
    if underscores && !underscore_ok(text) {
        return Err(UintError::Syntax);
    }
    Ok(value)
}

/// Go's `underscoreOK`: underscores only between digits (or after a base prefix).
pub fn underscore_ok(text: &str) -> bool {
    let mut bytes = text.as_bytes();
    if let Some(b'-' | b'+') = bytes.first() {
        bytes = bytes.get(1..).unwrap_or(&[]);
    }
    let mut saw = b'^';
    let mut index = 0;
    let mut hex = false;
    if bytes.len() >= 2 && bytes.first() == Some(&b'0') {
        let prefix = bytes.get(1).map(|b| b.to_ascii_lowercase());
        if matches!(prefix, Some(b'b' | b'o' | b'x')) {
            index = 2;
            saw = b'0';
            hex = prefix == Some(b'x');
        }
    }
    for &byte in bytes.iter().skip(index) {
        let lower = byte.to_ascii_lowercase();
        if byte.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower)) {
            saw = b'0';
            continue;
        }
        if byte == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `strconv.ParseInt(text, base, 64)`, when it succeeds.
pub fn parse_int(text: &str, base: u32) -> Option<i64> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'+') => (false, text.get(1..)?),
        Some(b'-') => (true, text.get(1..)?),
        _ => (false, text),
    };
    let magnitude = parse_uint(unsigned, base, 64).ok()?;
    if negative {
        if magnitude > 1 << 63 {
            return None;
        }
        Some(0i64.wrapping_sub_unsigned(magnitude))
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// Go's `strconv.ParseFloat(text, 64)`, when it succeeds: decimal and hexadecimal floats with
/// underscores as Go allows them, and `inf`, `infinity`, `nan` in any case (signed but `nan`);
/// an overflow is a range error (`None`).
pub fn parse_float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" if text.starts_with('-') => return Some(f64::NEG_INFINITY),
        "inf" | "infinity" => return Some(f64::INFINITY),
        "nan" if unsigned.len() == text.len() => return Some(f64::NAN),
        _ => {}
    }
    let bytes = text.as_bytes();
    let mut index = 0;
    let negative = match bytes.first() {
        Some(b'+') => {
            index = 1;
            false
        }
        Some(b'-') => {
            index = 1;
            true
        }
        _ => false,
    };
    let hex = bytes.get(index) == Some(&b'0') && matches!(bytes.get(index + 1), Some(b'x' | b'X'));
    if hex {
        index += 2;
    }
    let mantissa_start = index;
    let mut saw_dot = false;
    let mut saw_digits = false;
    let mut underscores = false;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'_' => underscores = true,
            b'.' if !saw_dot => saw_dot = true,
            b'0'..=b'9' => saw_digits = true,
            b'a'..=b'f' | b'A'..=b'F' if hex => saw_digits = true,
            _ => break,
        }
        index += 1;
    }
    if !saw_digits {
        return None;
    }
    let mantissa_end = index;
    let mut exponent: i64 = 0;
    let exponent_char = if hex { b'p' } else { b'e' };
    if bytes.get(index).map(u8::to_ascii_lowercase) == Some(exponent_char) {
        index += 1;
        let mut sign = 1;
        match bytes.get(index) {
            Some(b'+') => index += 1,
            Some(b'-') => {
                sign = -1;
                index += 1;
            }
            _ => {}
        }
        if !bytes.get(index).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while let Some(&byte) = bytes.get(index) {
            match byte {
                b'_' => underscores = true,
                b'0'..=b'9' => {
                    exponent = (exponent * 10 + i64::from(byte - b'0')).min(100_000);
                }
                _ => break,
            }
            index += 1;
        }
        exponent *= sign;
    } else if hex {
        return None;
    }
    if index != bytes.len() || (underscores && !underscore_ok(text)) {
        return None;
    }
    let mantissa: String = text
        .get(mantissa_start..mantissa_end)?
        .chars()
        .filter(|&c| c != '_')
        .collect();
    let value = if hex {
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
        let mut bits: u64 = 0;
        let mut scale: i64 = 0;
        for (position, digit) in whole.chars().chain(fraction.chars()).enumerate() {
            let digit = u64::from(digit.to_digit(16)?);
            if bits < 1 << 56 {
                bits = (bits << 4) | digit;
                if position >= whole.len() {
                    scale -= 4;
                }
            } else if position < whole.len() {
                scale += 4;
            }
        }
        let power = i32::try_from((exponent + scale).clamp(-2000, 2000)).unwrap_or(0);
        bits as f64 * 2f64.powi(power)
    } else {
        format!("{mantissa}e{exponent}").parse::<f64>().ok()?
    };
    if value.is_infinite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Go's `appendEscapedRune`, the heart of `strconv.Quote` (`quote` `"`), `QuoteRune` (`'`)
/// and, with `ascii_only`, `QuoteToASCII`: the quote and `\\` backslashed, printable
/// characters kept, C escapes, `\xHH` below U+0020 and for U+007F, else `\uHHHH` or
/// `\UHHHHHHHH` (lowercase hex).
pub fn append_escaped_rune(out: &mut String, character: char, quote: char, ascii_only: bool) {
    if character == quote || character == '\\' {
        out.push('\\');
        out.push(character);
        return;
    }
    if crate::validation::go_is_print(character) && (!ascii_only || character.is_ascii()) {
        out.push(character);
        return;
    }
    let code = u32::from(character);
    let escaped = match character {
        '\u{7}' => "\\a".to_string(),
        '\u{8}' => "\\b".to_string(),
        '\u{c}' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\u{b}' => "\\v".to_string(),
        _ if code < 0x20 || code == 0x7f => format!("\\x{code:02x}"),
        _ if code < 0x10000 => format!("\\u{code:04x}"),
        _ => format!("\\U{code:08x}"),
    };
    out.push_str(&escaped);
}

/// Go's `strconv.UnquoteChar`: the value, whether it is a multibyte rune, and the rest.
pub fn unquote_char(input: &[u8], quote_char: u8) -> Option<(u32, bool, &[u8])> {
    let (&first, rest) = input.split_first()?;
    if first == quote_char && (quote_char == b'\'' || quote_char == b'"') {
        return None;
    }
    if first >= 0x80 {
        let text = match std::str::from_utf8(input) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(input.get(..error.valid_up_to())?).ok()?,
        };
        return match text.chars().next() {
            Some(character) => Some((
                u32::from(character),
                true,
                input.get(character.len_utf8()..)?,
            )),
            None => Some((0xFFFD, true, rest)),
        };
    }
    if first != b'\\' {
        return Some((u32::from(first), false, rest));
    }
    let (&escape, mut rest) = rest.split_first()?;
    let value = match escape {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let digits = match escape {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = rest.get(..digits)?;
            rest = rest.get(digits..)?;
            let text = std::str::from_utf8(hex).ok()?;
            if !text.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                return None;
            }
            let value = u32::from_str_radix(text, 16).ok()?;
            if escape == b'x' {
                return Some((value, false, rest));
            }
            char::from_u32(value)?;
            return Some((value, true, rest));
        }
        b'0'..=b'7' => {
            let mut value = u32::from(escape - b'0');
            for _ in 0..2 {
                let (&digit, tail) = rest.split_first()?;
                if !(b'0'..=b'7').contains(&digit) {
                    return None;
                }
                value = (value << 3) | u32::from(digit - b'0');
                rest = tail;
            }
            if value > 255 {
                return None;
            }
            return Some((value, false, rest));
        }
        b'\\' => u32::from(b'\\'),
        b'\'' | b'"' if escape == quote_char => u32::from(escape),
        _ => return None,
    };
    Some((value, false, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(text, ParseInt(text, 0, 64), ParseUint(text, 0, 64), ParseFloat(text, 64))`.
    type Case = (&'static str, Option<i64>, Option<u64>, Option<f64>);

    #[test]
    fn parses_as_go_does() {
        let cases: &[Case] = &[
            ("0", Some(0), Some(0), Some(0.0)),
            ("+12", Some(12), None, Some(12.0)),
            ("-0x1F", Some(-31), None, None),
            ("0o17", Some(15), Some(15), None),
            ("017", Some(15), Some(15), Some(17.0)),
            ("0b101", Some(5), Some(5), None),
            ("1_000", Some(1000), Some(1000), Some(1000.0)),
            ("1__0", None, None, None),
            ("_1", None, None, None),
            (
                "9223372036854775808",
                None,
                Some(9_223_372_036_854_775_808),
                Some(9.223372036854776e18),
            ),
            (
                "-9223372036854775808",
                Some(i64::MIN),
                None,
                Some(-9.223372036854776e18),
            ),
            (
                "18446744073709551616",
                None,
                None,
                Some(1.8446744073709552e19),
            ),
            ("1e3", None, None, Some(1000.0)),
            ("0x1p-2", None, None, Some(0.25)),
            (".5", None, None, Some(0.5)),
            ("1e400", None, None, None),
            ("Inf", None, None, Some(f64::INFINITY)),
            ("-infinity", None, None, Some(f64::NEG_INFINITY)),
            ("0x", None, None, None),
            ("", None, None, None),
        ];
        for &(text, int, uint, float) in cases {
            assert_eq!(parse_int(text, 0), int, "ParseInt {text}");
            assert_eq!(parse_uint(text, 0, 64).ok(), uint, "ParseUint {text}");
            assert_eq!(parse_float(text), float, "ParseFloat {text}");
        }
        assert!(parse_float("NaN").is_some_and(f64::is_nan));
        assert_eq!(parse_float("-nan"), None);
        assert_eq!(parse_uint("300", 10, 8), Err(UintError::Range(255)));
    }
}
