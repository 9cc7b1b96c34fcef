//! The error classification of apimachinery `resource.ParseQuantity` (pkg/api/resource/quantity.go),
//! used to reproduce `Quantity.UnmarshalJSON` failures during strict decoding.
//!
//! It only decides whether a string parses and which upstream error it gets; it does not compute
//! the quantity's value or canonical form.

/// `resource.ErrFormatWrong`.
pub const ERR_FORMAT_WRONG: &str =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/// `resource.ErrNumeric`.
pub const ERR_NUMERIC: &str = "unable to parse numeric part of quantity";
/// `resource.ErrSuffix`.
pub const ERR_SUFFIX: &str = "unable to parse quantity's suffix";

/// Port of `parseQuantityString`: returns (value, num, denom, suffix) or the format error.
fn parse_quantity_string(text: &str) -> Result<(&str, &str, &str, &str), &'static str> {
    let bytes = text.as_bytes();
    let end = bytes.len();
    let mut pos = 0usize;
    if let Some(first) = bytes.first() {
        if *first == b'-' || *first == b'+' {
            pos += 1;
        }
    }
    // strip leading zeros
    let mut index = pos;
    loop {
        match bytes.get(index) {
            None => return Ok(("0", "0", "", "")),
            Some(b'0') => pos += 1,
            Some(_) => break,
        }
        index += 1;
    }
    // numerator
    let mut index = pos;
    let num;
    loop {
        match bytes.get(index) {
            None => {
                return Ok((
                    text.get(..end).unwrap_or(""),
                    text.get(pos..end).unwrap_or(""),
                    "",
                    "",
                ))
            }
            Some(byte) if byte.is_ascii_digit() => index += 1,
            Some(_) => {
                num = text.get(pos..index).unwrap_or("");
                pos = index;
                break;
            }
        }
    }
    let num = if num.is_empty() { "0" } else { num };
    let mut denom = "";
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        let mut index = pos;
        loop {
            match bytes.get(index) {
                None => {
                    return Ok((
                        text.get(..end).unwrap_or(""),
                        num,
                        text.get(pos..end).unwrap_or(""),
                        "",
                    ))
                }
                Some(byte) if byte.is_ascii_digit() => index += 1,
                Some(_) => {
                    denom = text.get(pos..index).unwrap_or("");
                    pos = index;
                    break;
                }
            }
        }
    }
    let value = text.get(..pos).unwrap_or("");
    let suffix_start = pos;
    let mut index = pos;
    loop {
        match bytes.get(index) {
            None => return Ok((value, num, denom, text.get(suffix_start..end).unwrap_or(""))),
            Some(byte) if b"eEinumkKMGTP".contains(byte) => index += 1,
            Some(_) => {
                pos = index;
                break;
            }
        }
    }
    if matches!(bytes.get(pos), Some(b'-') | Some(b'+')) {
        pos += 1;
    }
    let mut index = pos;
    loop {
        match bytes.get(index) {
            None => return Ok((value, num, denom, text.get(suffix_start..end).unwrap_or(""))),
            Some(byte) if byte.is_ascii_digit() => index += 1,
            Some(_) => return Err(ERR_FORMAT_WRONG),
        }
    }
}

/// Which suffixes `quantitySuffixer.interpret` accepts; returns (is binary, has denominator ok).
fn suffix_is_known(suffix: &str) -> Option<bool> {
    match suffix {
        "n" | "u" | "m" | "" | "k" | "M" | "G" | "T" | "P" | "E" => Some(false),
        "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei" => Some(true),
        _ => {
            let mut chars = suffix.chars();
            match chars.next() {
                Some('e') | Some('E') if suffix.len() > 1 => {
                    let exponent = chars.as_str();
                    let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
                    let fits = !digits.is_empty()
                        && digits.bytes().all(|byte| byte.is_ascii_digit())
                        && exponent.parse::<i64>().is_ok();
                    fits.then_some(false)
                }
                _ => None,
            }
        }
    }
}

/// `resource.ParseQuantity(str)` success or its exact error text.
pub fn parse_quantity(text: &str) -> Result<(), &'static str> {
    if text.is_empty() {
        return Err(ERR_FORMAT_WRONG);
    }
    if text == "0" {
        return Ok(());
    }
    let (value, num, denom, suffix) = parse_quantity_string(text)?;
    let binary = suffix_is_known(suffix).ok_or(ERR_SUFFIX)?;
    // The fast path parses num+denom as int64 and cannot fail for <= 18 digits; the slow path
    // feeds `value` to inf.Dec.SetString, which needs at least one digit.
    let fast_path = !binary || denom.is_empty();
    let digits = num.len() + denom.len();
    if (!fast_path || digits > 18) && !value.bytes().any(|byte| byte.is_ascii_digit()) {
        return Err(ERR_NUMERIC);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_like_parse_quantity() {
        for (input, want) in [
            ("0", Ok(())),
            ("1", Ok(())),
            ("100m", Ok(())),
            ("0.5", Ok(())),
            ("1Gi", Ok(())),
            ("128Mi", Ok(())),
            ("1e3", Ok(())),
            ("1E-3", Ok(())),
            ("+1", Ok(())),
            ("-", Ok(())),
            (".5", Ok(())),
            ("1.", Ok(())),
            ("", Err(ERR_FORMAT_WRONG)),
            ("abc", Err(ERR_FORMAT_WRONG)),
            ("1gi", Err(ERR_FORMAT_WRONG)),
            ("1Gb", Err(ERR_FORMAT_WRONG)),
            ("1KiB", Err(ERR_FORMAT_WRONG)),
            ("true", Err(ERR_FORMAT_WRONG)),
            ("{\"a\":1}", Err(ERR_FORMAT_WRONG)),
            ("1 Gi", Err(ERR_FORMAT_WRONG)),
            ("1k1", Err(ERR_SUFFIX)),
            ("1mm", Err(ERR_SUFFIX)),
            ("1e", Err(ERR_SUFFIX)),
            ("1i", Err(ERR_SUFFIX)),
            ("1Kii", Err(ERR_SUFFIX)),
        ] {
            assert_eq!(parse_quantity(input), want, "input {input:?}");
        }
    }

    #[test]
    fn never_panics() {
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
            let _ = parse_quantity(input);
        }
    }
}
