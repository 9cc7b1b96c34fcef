//! Go `time.Parse` for the two layouts `metav1.Time` (`time.RFC3339`) and `metav1.MicroTime`
//! (`2006-01-02T15:04:05.000000Z07:00`) use when decoding JSON, reproducing Go's `ParseError`
//! texts (`parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`).
//!
//! It only validates; it does not build a time value and knows no other layouts.

/// `time.RFC3339`.
pub const RFC3339: &str = "2006-01-02T15:04:05Z07:00";
/// `metav1.RFC3339Micro`.
pub const RFC3339_MICRO: &str = "2006-01-02T15:04:05.000000Z07:00";

/// Go's time-package `quote`.
fn go_time_quote(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        if (ch as u32) >= 0x80 || ch < ' ' {
            let mut buffer = [0u8; 4];
            for byte in ch.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("\\x{byte:02x}"));
            }
        } else {
            if ch == '"' || ch == '\\' {
                out.push('\\');
            }
            out.push(ch);
        }
    }
    out.push('"');
    out
}

/// Layout chunks: (literal prefix, std element).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Std {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Fraction6,
    ZoneColon,
}

impl Std {
    fn text(self) -> &'static str {
        match self {
            Std::Year => "2006",
            Std::Month => "01",
            Std::Day => "02",
            Std::Hour => "15",
            Std::Minute => "04",
            Std::Second => "05",
            Std::Fraction6 => ".000000",
            Std::ZoneColon => "Z07:00",
        }
    }
}

fn digit_at(value: &str, index: usize) -> bool {
    value.as_bytes().get(index).is_some_and(u8::is_ascii_digit)
}

/// Go `getnum`: one or two digits (`fixed` requires two).
fn get_number(value: &str, fixed: bool) -> Option<(i64, &str)> {
    if !digit_at(value, 0) {
        return None;
    }
    let first = i64::from(value.as_bytes().first().copied().unwrap_or(b'0') - b'0');
    if !digit_at(value, 1) {
        if fixed {
            return None;
        }
        return Some((first, value.get(1..).unwrap_or("")));
    }
    let second = i64::from(value.as_bytes().get(1).copied().unwrap_or(b'0') - b'0');
    Some((first * 10 + second, value.get(2..).unwrap_or("")))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The days of `month` in `year` (Go's `daysIn`).
pub(crate) fn days_in(month: i64, year: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Validate `value` against `layout` (one of [`RFC3339`], [`RFC3339_MICRO`]); the error is Go's
/// `ParseError.Error()` text.
pub fn parse_time(layout: &str, value_all: &str) -> Result<(), String> {
    let micro = layout == RFC3339_MICRO;
    let mut chunks: Vec<(&str, Std)> = vec![
        ("", Std::Year),
        ("-", Std::Month),
        ("-", Std::Day),
        ("T", Std::Hour),
        (":", Std::Minute),
        (":", Std::Second),
    ];
    if micro {
        chunks.push(("", Std::Fraction6));
    }
    chunks.push(("", Std::ZoneColon));
    let cannot_parse = |value_elem: &str, layout_elem: &str| {
        format!(
            "parsing time {} as {}: cannot parse {} as {}",
            go_time_quote(value_all),
            go_time_quote(layout),
            go_time_quote(value_elem),
            go_time_quote(layout_elem)
        )
    };
    let with_message =
        |message: &str| format!("parsing time {}{}", go_time_quote(value_all), message);
    let mut value = value_all;
    let (mut year, mut month, mut day) = (0i64, 0i64, 0i64);
    for (position, (prefix, std)) in chunks.iter().enumerate() {
        if !prefix.is_empty() {
            match value.strip_prefix(prefix) {
                Some(rest) => value = rest,
                None => return Err(cannot_parse(value, prefix)),
            }
        }
        let hold = value;
        let mut range_error = "";
        let mut ok = true;
        match std {
            Std::Year => {
                if value.len() < 4 || !digit_at(value, 0) {
                    ok = false;
                } else {
                    let digits = value.get(..4).unwrap_or("");
                    match digits.parse::<i64>() {
                        Ok(parsed) if digits.bytes().all(|byte| byte.is_ascii_digit()) => {
                            year = parsed;
                            value = value.get(4..).unwrap_or("");
                        }
                        _ => ok = false,
                    }
                }
            }
            Std::Month | Std::Day | Std::Minute | Std::Second | Std::Hour => {
                match get_number(value, *std != Std::Hour) {
                    Some((number, rest)) => {
                        value = rest;
                        match std {
                            Std::Month => {
                                month = number;
                                if !(1..=12).contains(&number) {
                                    range_error = "month";
                                }
                            }
                            Std::Day => day = number,
                            Std::Hour if number >= 24 => range_error = "hour",
                            Std::Minute if number >= 60 => range_error = "minute",
                            Std::Second => {
                                if number >= 60 {
                                    range_error = "second";
                                } else {
                                    let next = chunks.get(position + 1).map(|chunk| chunk.1);
                                    let bytes = value.as_bytes();
                                    let fraction = bytes.len() >= 2
                                        && matches!(bytes.first(), Some(b'.') | Some(b','))
                                        && digit_at(value, 1);
                                    if fraction && next != Some(Std::Fraction6) {
                                        let mut end = 2;
                                        while digit_at(value, end) {
                                            end += 1;
                                        }
                                        value = value.get(end..).unwrap_or("");
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    None => ok = false,
                }
            }
            Std::Fraction6 => {
                let bytes = value.as_bytes();
                if bytes.len() < 7
                    || !matches!(bytes.first(), Some(b'.') | Some(b','))
                    || !(1..7).all(|index| digit_at(value, index))
                {
                    ok = false;
                } else {
                    value = value.get(7..).unwrap_or("");
                }
            }
            Std::ZoneColon => {
                if let Some(rest) = value.strip_prefix('Z') {
                    value = rest;
                } else {
                    let bytes = value.as_bytes();
                    if bytes.len() < 6 || bytes.get(3) != Some(&b':') {
                        ok = false;
                    } else {
                        let hour = get_number(value.get(1..3).unwrap_or(""), true);
                        let minute = get_number(value.get(4..6).unwrap_or(""), true);
                        match (hour, minute) {
                            (Some((hour, _)), Some((minute, _))) => {
                                if hour > 24 {
                                    range_error = "time zone offset hour";
                                }
                                if minute > 60 {
                                    range_error = "time zone offset minute";
                                }
                                if !matches!(bytes.first(), Some(b'+') | Some(b'-')) {
                                    ok = false;
                                }
                                value = value.get(6..).unwrap_or("");
                            }
                            _ => ok = false,
                        }
                    }
                }
            }
        }
        if !range_error.is_empty() {
            return Err(with_message(&format!(": {range_error} out of range")));
        }
        if !ok {
            return Err(cannot_parse(hold, std.text()));
        }
    }
    if !value.is_empty() {
        return Err(with_message(&format!(
            ": extra text: {}",
            go_time_quote(value)
        )));
    }
    if day < 1 || day > days_in(month, year) {
        return Err(with_message(": day out of range"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go_time_parse() {
        let quoted = "\"2006-01-02T15:04:05Z07:00\"";
        for (layout, input, want) in [
            (RFC3339, "2024-01-02T03:04:05Z", Ok(())),
            (RFC3339, "2024-01-02T03:04:05.123Z", Ok(())),
            (RFC3339, "2024-01-02T03:04:05+02:00", Ok(())),
            (RFC3339, "2024-02-29T00:00:00Z", Ok(())),
            (
                RFC3339,
                "yesterday",
                Err(format!("parsing time \"yesterday\" as {quoted}: cannot parse \"yesterday\" as \"2006\"")),
            ),
            (
                RFC3339,
                "2024-01-02",
                Err(format!("parsing time \"2024-01-02\" as {quoted}: cannot parse \"\" as \"T\"")),
            ),
            (
                RFC3339,
                "2024-01-02T03:04:05",
                Err(format!("parsing time \"2024-01-02T03:04:05\" as {quoted}: cannot parse \"\" as \"Z07:00\"")),
            ),
            (RFC3339, "2024-13-02T03:04:05Z", Err("parsing time \"2024-13-02T03:04:05Z\": month out of range".to_string())),
            (RFC3339, "2023-02-29T03:04:05Z", Err("parsing time \"2023-02-29T03:04:05Z\": day out of range".to_string())),
            (
                RFC3339,
                "2024-01-02T03:04:05Zjunk",
                Err("parsing time \"2024-01-02T03:04:05Zjunk\": extra text: \"junk\"".to_string()),
            ),
            (RFC3339_MICRO, "2024-01-02T03:04:05.123456Z", Ok(())),
            (
                RFC3339_MICRO,
                "2024-01-02T03:04:05Z",
                Err("parsing time \"2024-01-02T03:04:05Z\" as \"2006-01-02T15:04:05.000000Z07:00\": cannot parse \"Z\" as \".000000\"".to_string()),
            ),
        ] {
            assert_eq!(parse_time(layout, input), want, "input {input:?}");
        }
    }

    #[test]
    fn never_panics() {
        for input in [
            "",
            "ü",
            "2024-01-02T03:04:05+0",
            "2024-01-02T03:04:05+aa:bb",
            "9999-99",
            "\u{0}",
        ] {
            let _ = parse_time(RFC3339, input);
            let _ = parse_time(RFC3339_MICRO, input);
        }
    }
}
