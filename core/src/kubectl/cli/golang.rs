//! Ports of the few Go standard-library behaviours that show in kubectl's command-line errors:
//! `strconv.Quote` (`%q`), `%#q` of a string list, `strconv.ParseBool` / `ParseInt`,
//! `time.ParseDuration` and `Duration.String`, the first record of `encoding/csv`, and
//! `github.com/mitchellh/go-wordwrap`'s `WrapString` (help text on a terminal).
//!
//! It deliberately knows nothing about flags or commands. One known gap: Go's `IsPrint` also treats
//! unassigned code points as unprintable (quoted as `\uXXXX`); this port has no table of those.

/// Go's `strconv.Quote`: double quotes, `\"` and `\\`, C escapes, `\xHH` for other control
/// bytes, `\uXXXX` / `\UXXXXXXXX` for characters Go considers unprintable.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        push_escaped(&mut out, character, '"');
    }
    out.push('"');
    out
}

/// Go's `%q` of a rune (`strconv.QuoteRune`): `'x'`, `'\''`, `'\x01'`.
pub fn quote_rune(character: char) -> String {
    let mut out = String::from("'");
    push_escaped(&mut out, character, '\'');
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, character: char, quote_character: char) {
    crate::go_strconv::append_escaped_rune(out, character, quote_character, false);
}

/// Go's `%#q` of a `[]string`: `` [`a` `b`] ``, falling back to `"..."` for elements that
/// cannot be backquoted.
pub fn backquoted_list(items: &[String]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|item| {
            let can_backquote = !item.chars().any(|c| {
                c == '`' || c == '\u{feff}' || (c != '\t' && ((c as u32) < 0x20 || c == '\u{7f}'))
            });
            if can_backquote {
                format!("`{item}`")
            } else {
                quote(item)
            }
        })
        .collect();
    format!("[{}]", parts.join(" "))
}

fn num_error(function: &str, input: &str, range: bool) -> String {
    format!(
        "strconv.{function}: parsing {}: {}",
        quote(input),
        if range {
            "value out of range"
        } else {
            "invalid syntax"
        }
    )
}

/// Go's `strconv.ParseBool`, with its error text.
pub fn parse_bool(text: &str) -> Result<bool, String> {
    match text {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => Err(num_error("ParseBool", text, false)),
    }
}

/// Go's `strconv.ParseInt(text, base, bit_size)` for `base` 0 (prefixes and underscores) or 10,
/// and `bit_size` 1..=64, with its error text.
pub fn parse_int(text: &str, base_zero: bool, bit_size: u32) -> Result<i64, String> {
    if text.is_empty() {
        return Err(num_error("ParseInt", text, false));
    }
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'+') => (false, text.get(1..).unwrap_or("")),
        Some(b'-') => (true, text.get(1..).unwrap_or("")),
        _ => (false, text),
    };
    let bit_size = bit_size.clamp(1, 64);
    let magnitude =
        match crate::go_strconv::parse_uint(unsigned, if base_zero { 0 } else { 10 }, bit_size) {
            Ok(value) => value,
            Err(crate::go_strconv::UintError::Range(value)) => value,
            Err(crate::go_strconv::UintError::Syntax) => {
                return Err(num_error("ParseInt", text, false))
            }
        };
    let cutoff: u64 = 1u64 << (bit_size - 1);
    if !negative && magnitude >= cutoff {
        return Err(num_error("ParseInt", text, true));
    }
    if negative && magnitude > cutoff {
        return Err(num_error("ParseInt", text, true));
    }
    if negative {
        Ok((magnitude as i64).wrapping_neg())
    } else {
        Ok(magnitude as i64)
    }
}

/// Go's `strconv.ParseUint(text, 10, bit_size)`, with its error text.
pub fn parse_decimal_uint(text: &str, bit_size: u32) -> Result<u64, String> {
    match crate::go_strconv::parse_uint(text, 10, bit_size.clamp(1, 64)) {
        Ok(value) => Ok(value),
        Err(crate::go_strconv::UintError::Syntax) => Err(num_error("ParseUint", text, false)),
        Err(crate::go_strconv::UintError::Range(_)) => Err(num_error("ParseUint", text, true)),
    }
}

/// Go's `strconv.Atoi`: a decimal `int` (64 bits) with an optional sign.
pub fn atoi(text: &str) -> Option<i64> {
    parse_int(text, false, 64).ok()
}

/// The `quote` of Go's `time` package: ASCII kept (with `"` and `\` escaped), every byte of
/// other characters as `\xHH`.
fn time_quote(text: &str) -> String {
    let mut out = String::from("\"");
    for character in text.chars() {
        if (character as u32) >= 0x80 || (character as u32) < 0x20 {
            let mut buffer = [0u8; 4];
            for byte in character.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("\\x{byte:02x}"));
            }
        } else {
            if character == '"' || character == '\\' {
                out.push('\\');
            }
            out.push(character);
        }
    }
    out.push('"');
    out
}

/// Go's `time.ParseDuration`, in nanoseconds, with its error text.
pub fn parse_duration(original: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", time_quote(original));
    let mut rest = original.as_bytes();
    let mut negative = false;
    if let Some(&sign) = rest.first() {
        if sign == b'-' || sign == b'+' {
            negative = sign == b'-';
            rest = rest.get(1..).unwrap_or(&[]);
        }
    }
    if rest == b"0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    const LIMIT: u64 = 1 << 63;
    let mut total: u64 = 0;
    while let Some(&first) = rest.first() {
        if !(first == b'.' || first.is_ascii_digit()) {
            return Err(invalid());
        }
        // Leading integer.
        let mut whole: u64 = 0;
        let mut consumed = 0;
        for &byte in rest {
            if !byte.is_ascii_digit() {
                break;
            }
            if whole > LIMIT / 10 {
                return Err(invalid());
            }
            whole = whole * 10 + u64::from(byte - b'0');
            if whole > LIMIT {
                return Err(invalid());
            }
            consumed += 1;
        }
        let had_whole = consumed > 0;
        rest = rest.get(consumed..).unwrap_or(&[]);
        // Fraction.
        let mut fraction: u64 = 0;
        let mut scale: f64 = 1.0;
        let mut had_fraction = false;
        if rest.first() == Some(&b'.') {
            rest = rest.get(1..).unwrap_or(&[]);
            let mut overflow = false;
            let mut fraction_digits = 0;
            for &byte in rest {
                if !byte.is_ascii_digit() {
                    break;
                }
                fraction_digits += 1;
                if overflow {
                    continue;
                }
                if fraction > (LIMIT - 1) / 10 {
                    overflow = true;
                    continue;
                }
                let next = fraction * 10 + u64::from(byte - b'0');
                if next > LIMIT {
                    overflow = true;
                    continue;
                }
                fraction = next;
                scale *= 10.0;
            }
            had_fraction = fraction_digits > 0;
            rest = rest.get(fraction_digits..).unwrap_or(&[]);
        }
        if !had_whole && !had_fraction {
            return Err(invalid());
        }
        // Unit.
        let unit_length = rest
            .iter()
            .position(|byte| *byte == b'.' || byte.is_ascii_digit())
            .unwrap_or(rest.len());
        if unit_length == 0 {
            return Err(format!(
                "time: missing unit in duration {}",
                time_quote(original)
            ));
        }
        let unit_bytes = rest.get(..unit_length).unwrap_or(&[]);
        rest = rest.get(unit_length..).unwrap_or(&[]);
        let unit_text = String::from_utf8_lossy(unit_bytes);
        let unit: u64 = match unit_text.as_ref() {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    time_quote(&unit_text),
                    time_quote(original)
                ))
            }
        };
        if whole > LIMIT / unit {
            return Err(invalid());
        }
        whole *= unit;
        if fraction > 0 {
            whole += (fraction as f64 * (unit as f64 / scale)) as u64;
            if whole > LIMIT {
                return Err(invalid());
            }
        }
        total += whole;
        if total > LIMIT {
            return Err(invalid());
        }
    }
    if negative {
        return Ok((total as i64).wrapping_neg());
    }
    if total > LIMIT - 1 {
        return Err(invalid());
    }
    Ok(total as i64)
}

/// Go's `time.Duration.String`: `0s`, `1.5s`, `2m0s`, `1h0m0s`, `300ms`, `1µs`.
pub fn format_duration(nanoseconds: i64) -> String {
    let negative = nanoseconds < 0;
    let mut value = nanoseconds.unsigned_abs();
    let mut out = String::new();
    if value < 1_000_000_000 {
        let (precision, unit) = match value {
            0 => return "0s".to_string(),
            v if v < 1_000 => (0, "ns"),
            v if v < 1_000_000 => (3, "\u{b5}s"),
            _ => (6, "ms"),
        };
        let (fraction, whole) = format_fraction(value, precision);
        out.push_str(&whole.to_string());
        out.push_str(&fraction);
        out.push_str(unit);
    } else {
        let (fraction, seconds) = format_fraction(value, 9);
        value = seconds;
        let mut text = format!("{}{}s", value % 60, fraction);
        value /= 60;
        if value > 0 {
            text = format!("{}m{}", value % 60, text);
            value /= 60;
            if value > 0 {
                text = format!("{value}h{text}");
            }
        }
        out.push_str(&text);
    }
    if negative {
        out.insert(0, '-');
    }
    out
}

/// Go's `fmtFrac`: the fraction `.123` (trailing zeros and a zero fraction omitted) and the
/// integer part of `value / 10^precision`.
fn format_fraction(value: u64, precision: u32) -> (String, u64) {
    let mut digits = String::new();
    let mut remaining = value;
    let mut printing = false;
    for _ in 0..precision {
        let digit = remaining % 10;
        printing = printing || digit != 0;
        if printing {
            digits.insert(0, char::from(b'0' + digit as u8));
        }
        remaining /= 10;
    }
    if printing {
        digits.insert(0, '.');
    }
    (digits, remaining)
}

/// pflag's `readAsCSV`: the first record of Go's `encoding/csv` reader (default settings) as
/// the values of one `stringSlice` occurrence; the empty string gives no values. Columns in
/// errors are 1-based byte offsets, as in Go 1.17 and later.
pub fn read_csv_record(text: &str) -> Result<Vec<String>, String> {
    const BARE_QUOTE: &str = "bare \" in non-quoted-field";
    const QUOTE: &str = "extraneous or missing \" in quoted-field";
    fn parse_error(start: usize, line_number: usize, column: usize, message: &str) -> String {
        if start != line_number {
            format!(
                "record on line {start}; parse error on line {line_number}, column {column}: {message}"
            )
        } else {
            format!("parse error on line {line_number}, column {column}: {message}")
        }
    }
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let mut reader = CsvLines {
        rest: text.as_bytes(),
        line_number: 0,
    };
    // Skip empty lines.
    let mut line: Vec<u8> = loop {
        match reader.read_line() {
            None => return Err("EOF".to_string()),
            Some(next) if next == b"\n" => continue,
            Some(next) => break next,
        }
    };
    let record_line = reader.line_number;
    let mut position_line = reader.line_number;
    let mut column: usize = 1;
    let mut offset: usize = 0;
    let mut fields: Vec<Vec<u8>> = Vec::new();
    'fields: loop {
        let current = line.get(offset..).unwrap_or(&[]);
        if current.first() != Some(&b'"') {
            let comma = current.iter().position(|b| *b == b',');
            let field = match comma {
                Some(index) => current.get(..index).unwrap_or(&[]),
                None => {
                    let newline = usize::from(current.last() == Some(&b'\n'));
                    current.get(..current.len() - newline).unwrap_or(&[])
                }
            };
            if let Some(quote_index) = field.iter().position(|b| *b == b'"') {
                return Err(parse_error(
                    record_line,
                    reader.line_number,
                    column + quote_index,
                    BARE_QUOTE,
                ));
            }
            fields.push(field.to_vec());
            match comma {
                Some(index) => {
                    offset += index + 1;
                    column += index + 1;
                    continue 'fields;
                }
                None => break 'fields,
            }
        }
        // Quoted field.
        let mut value: Vec<u8> = Vec::new();
        offset += 1;
        column += 1;
        loop {
            let current = line.get(offset..).unwrap_or(&[]);
            if let Some(index) = current.iter().position(|b| *b == b'"') {
                value.extend_from_slice(current.get(..index).unwrap_or(&[]));
                offset += index + 1;
                column += index + 1;
                let after = line.get(offset..).unwrap_or(&[]);
                match after.first() {
                    Some(b'"') => {
                        value.push(b'"');
                        offset += 1;
                        column += 1;
                    }
                    Some(b',') => {
                        offset += 1;
                        column += 1;
                        fields.push(value);
                        continue 'fields;
                    }
                    None => {
                        fields.push(value);
                        break 'fields;
                    }
                    Some(b'\n') if after.len() == 1 => {
                        fields.push(value);
                        break 'fields;
                    }
                    _ => {
                        return Err(parse_error(
                            record_line,
                            reader.line_number,
                            column - 1,
                            QUOTE,
                        ));
                    }
                }
            } else if !current.is_empty() {
                value.extend_from_slice(current);
                column += current.len();
                match reader.read_line() {
                    Some(next) => {
                        position_line += 1;
                        column = 1;
                        line = next;
                        offset = 0;
                    }
                    None => offset = line.len(),
                }
            } else {
                return Err(parse_error(record_line, position_line, column, QUOTE));
            }
        }
    }
    Ok(fields
        .into_iter()
        .map(|field| String::from_utf8_lossy(&field).into_owned())
        .collect())
}

/// Line reader of Go's csv package: lines keep their `\n`; `\r\n` becomes `\n`; a final `\r`
/// before the end is dropped.
struct CsvLines<'a> {
    rest: &'a [u8],
    line_number: usize,
}

impl CsvLines<'_> {
    fn read_line(&mut self) -> Option<Vec<u8>> {
        if self.rest.is_empty() {
            return None;
        }
        let end = self
            .rest
            .iter()
            .position(|b| *b == b'\n')
            .map_or(self.rest.len(), |index| index + 1);
        let mut line = self.rest.get(..end).unwrap_or(&[]).to_vec();
        self.rest = self.rest.get(end..).unwrap_or(&[]);
        self.line_number += 1;
        if line.last() != Some(&b'\n') && line.last() == Some(&b'\r') {
            line.pop();
        }
        let length = line.len();
        if length >= 2 && line.get(length - 2) == Some(&b'\r') && line.last() == Some(&b'\n') {
            line.truncate(length - 2);
            line.push(b'\n');
        }
        Some(line)
    }
}

/// `github.com/mitchellh/go-wordwrap`'s `WrapString(text, limit)`: breaks lines at spaces so that
/// they fit in `limit` characters (a word longer than the limit stays whole).
pub fn word_wrap(text: &str, limit: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut current: usize = 0;
    let mut word = String::new();
    let mut word_length: usize = 0;
    let mut spaces = String::new();
    let mut space_length: usize = 0;
    for character in text.chars() {
        if character == '\n' {
            // Spaces before a line break stay when they fit; `current` restarts either way.
            if !word.is_empty() || current + space_length <= limit {
                out.push_str(&spaces);
            }
            out.push_str(&word);
            spaces.clear();
            space_length = 0;
            word.clear();
            word_length = 0;
            out.push(character);
            current = 0;
        } else if is_go_space(character) && character != '\u{a0}' {
            if spaces.is_empty() || !word.is_empty() {
                current += space_length + word_length;
                out.push_str(&spaces);
                spaces.clear();
                space_length = 0;
                out.push_str(&word);
                word.clear();
                word_length = 0;
            }
            spaces.push(character);
            space_length += 1;
        } else {
            word.push(character);
            word_length += 1;
            if current + space_length + word_length > limit && word_length < limit {
                out.push('\n');
                current = 0;
                spaces.clear();
                space_length = 0;
            }
        }
    }
    if word.is_empty() {
        if current + space_length <= limit {
            out.push_str(&spaces);
        }
    } else {
        out.push_str(&spaces);
        out.push_str(&word);
    }
    out
}

/// Go's `unicode.IsSpace`.
fn is_go_space(character: char) -> bool {
    matches!(
        character,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{85}' | '\u{a0}'
    ) || ((character as u32) > 0xff && character.is_whitespace())
}

/// What `net/url.Parse` keeps of a URL: the lower-cased scheme, the authority's user info and
/// host (with its port, still escaped), the path as written, and whether it was opaque
/// (`scheme:rest` without `//`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoUrl {
    pub scheme: String,
    pub user: Option<String>,
    pub host: String,
    pub path: String,
    pub opaque: bool,
}

/// Go's `url.Parse`, for kubectl's `--server` and `--proxy-url`: its errors are the inner
/// error texts (`missing protocol scheme`, `invalid port ":x" after host`, …).
pub fn parse_url(raw: &str) -> Result<GoUrl, String> {
    parse_go_url(raw, false)
}

/// Go's `url.ParseRequestURI`, for `--raw` paths: an absolute path or an absolute URL, with no
/// fragment (a `#` belongs to the path).
pub fn parse_request_uri(raw: &str) -> Result<GoUrl, String> {
    parse_go_url(raw, true)
}

/// `url.parse(raw, viaRequest)`.
fn parse_go_url(raw: &str, via_request: bool) -> Result<GoUrl, String> {
    if raw.bytes().any(|byte| byte < 0x20 || byte == 0x7f) {
        return Err("net/url: invalid control character in URL".to_string());
    }
    if raw.is_empty() && via_request {
        return Err("empty url".to_string());
    }
    let (raw, fragment) = match raw.split_once('#') {
        Some(split) if !via_request => split,
        _ => (raw, ""),
    };
    let mut url = GoUrl {
        scheme: String::new(),
        user: None,
        host: String::new(),
        path: String::new(),
        opaque: false,
    };
    if raw == "*" {
        url.path = raw.to_string();
        return Ok(url);
    }
    let mut rest = raw;
    for (index, byte) in raw.bytes().enumerate() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if index > 0 => {}
            b':' if index == 0 => return Err("missing protocol scheme".to_string()),
            b':' => {
                url.scheme = raw[..index].to_ascii_lowercase();
                rest = &raw[index + 1..];
                break;
            }
            _ => break,
        }
    }
    rest = match rest.strip_suffix('?') {
        Some(without) if !without.contains('?') => without,
        _ => rest.split_once('?').map_or(rest, |(before, _)| before),
    };
    if !rest.starts_with('/') {
        if !url.scheme.is_empty() {
            url.opaque = true;
            url.path = rest.to_string();
            return Ok(url);
        }
        if via_request {
            return Err("invalid URI for request".to_string());
        }
        if rest.split('/').next().unwrap_or("").contains(':') {
            return Err("first path segment in URL cannot contain colon".to_string());
        }
    }
    if rest.starts_with("//")
        && (!url.scheme.is_empty() || (!via_request && !rest.starts_with("///")))
    {
        let authority = &rest[2..];
        let (authority, path) = authority
            .find('/')
            .map_or((authority, ""), |at| authority.split_at(at));
        let (user, host) = match authority.rsplit_once('@') {
            Some((user, host)) => (Some(user), host),
            None => (None, authority),
        };
        let port = if host.starts_with('[') {
            let Some(end) = host.rfind(']') else {
                return Err("missing ']' in host".to_string());
            };
            &host[end + 1..]
        } else {
            host.find(':').map_or("", |at| &host[at..])
        };
        if !port.is_empty()
            && !(port.starts_with(':') && port[1..].bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(format!("invalid port {} after host", quote(port)));
        }
        url_unescape(host, true)?;
        if let Some(user) = user {
            url_unescape(user, false)?;
        }
        url.user = user.map(str::to_string);
        url.host = host.to_string();
        rest = path;
    }
    url_unescape(rest, false)?;
    url_unescape(fragment, false)?;
    url.path = rest.to_string();
    Ok(url)
}

/// `url.unescape`'s checks: `%` takes two hex digits; a host allows only the characters
/// RFC 3986 allows there (and any non-ASCII byte).
fn url_unescape(text: &str, host: bool) -> Result<(), String> {
    let bytes = text.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        if byte == b'%' {
            let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
            if !hex(index + 1) || !hex(index + 2) {
                let end = (index + 3).min(text.len());
                return Err(format!(
                    "invalid URL escape {}",
                    quote(text.get(index..end).unwrap_or("%"))
                ));
            }
        } else if host
            && byte < 0x80
            && !byte.is_ascii_alphanumeric()
            && !b"!$&'()*+,;=:[]<>\"-_.~".contains(&byte)
        {
            return Err(format!(
                "invalid character {} in host name",
                quote(&char::from(byte).to_string())
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn quote_matches_go() {
        for (input, want) in [
            ("x", "\"x\""),
            ("a\"b", "\"a\\\"b\""),
            ("a\\b", "\"a\\\\b\""),
            ("a\tb\u{1}\u{7f}", "\"a\\tb\\x01\\x7f\""),
            ("é", "\"é\""),
            ("\u{200b}", "\"\\u200b\""),
            ("\u{a0}x", "\"\\u00a0x\""),
            ("\u{e000}", "\"\\ue000\""),
            ("😀", "\"😀\""),
            ("\u{10fffd}", "\"\\U0010fffd\""),
            ("\u{85}", "\"\\u0085\""),
            ("\n\r\u{7}\u{8}\u{c}\u{b}", "\"\\n\\r\\a\\b\\f\\v\""),
        ] {
            assert_eq!(quote(input), want, "{input:?}");
        }
        assert_eq!(quote_rune('z'), "'z'");
        assert_eq!(quote_rune('\''), "'\\''");
        assert_eq!(quote_rune('"'), "'\"'");
        assert_eq!(quote_rune('\u{c3}'), "'Ã'");
        assert_eq!(quote_rune('\u{1}'), "'\\x01'");
    }

    #[test]
    fn backquoted_list_matches_go() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(backquoted_list(&list(&["foo"])), "[`foo`]");
        assert_eq!(backquoted_list(&list(&["a", "b c"])), "[`a` `b c`]");
        assert_eq!(backquoted_list(&list(&["a`b"])), "[\"a`b\"]");
        assert_eq!(backquoted_list(&list(&["a\tb"])), "[`a\tb`]");
        assert_eq!(backquoted_list(&list(&["a\nb"])), "[\"a\\nb\"]");
        assert_eq!(backquoted_list(&[]), "[]");
    }

    #[test]
    fn parse_bool_matches_go() {
        for (input, want) in [
            ("1", Ok(true)),
            ("t", Ok(true)),
            ("T", Ok(true)),
            ("TRUE", Ok(true)),
            ("True", Ok(true)),
            ("true", Ok(true)),
            ("0", Ok(false)),
            ("F", Ok(false)),
            ("False", Ok(false)),
            (
                "yes",
                Err("strconv.ParseBool: parsing \"yes\": invalid syntax".to_string()),
            ),
            (
                "tRUE",
                Err("strconv.ParseBool: parsing \"tRUE\": invalid syntax".to_string()),
            ),
            (
                "",
                Err("strconv.ParseBool: parsing \"\": invalid syntax".to_string()),
            ),
        ] {
            assert_eq!(parse_bool(input), want, "{input:?}");
        }
    }

    #[test]
    fn parse_int_matches_go() {
        let syntax = |s: &str| {
            Err(format!(
                "strconv.ParseInt: parsing {}: invalid syntax",
                quote(s)
            ))
        };
        let range = |s: &str| {
            Err(format!(
                "strconv.ParseInt: parsing {}: value out of range",
                quote(s)
            ))
        };
        for (input, base_zero, bits, want) in [
            ("10", true, 64, Ok(10)),
            ("-1", true, 64, Ok(-1)),
            ("+7", true, 64, Ok(7)),
            ("0x10", true, 64, Ok(16)),
            ("0X1f", true, 64, Ok(31)),
            ("010", true, 64, Ok(8)),
            ("0o17", true, 64, Ok(15)),
            ("0b101", true, 64, Ok(5)),
            ("0", true, 64, Ok(0)),
            ("1_000", true, 64, Ok(1000)),
            ("0x_1", true, 64, Ok(1)),
            ("_1", true, 64, syntax("_1")),
            ("1__0", true, 64, syntax("1__0")),
            ("1_", true, 64, syntax("1_")),
            ("0x", true, 64, syntax("0x")),
            ("08", true, 64, syntax("08")),
            ("x", true, 64, syntax("x")),
            ("", true, 64, syntax("")),
            ("-", true, 64, syntax("-")),
            ("é", true, 64, syntax("é")),
            ("9223372036854775807", true, 64, Ok(i64::MAX)),
            ("-9223372036854775808", true, 64, Ok(i64::MIN)),
            (
                "9223372036854775808",
                true,
                64,
                range("9223372036854775808"),
            ),
            (
                "99999999999999999999",
                true,
                64,
                range("99999999999999999999"),
            ),
            (
                "99999999999999999999x",
                true,
                64,
                range("99999999999999999999x"),
            ),
            ("3000000000", true, 32, range("3000000000")),
            ("-2147483648", true, 32, Ok(-2_147_483_648)),
            ("0x10", false, 32, syntax("0x10")),
            ("1_0", false, 32, syntax("1_0")),
            ("-1", false, 32, Ok(-1)),
        ] {
            assert_eq!(parse_int(input, base_zero, bits), want, "{input:?}");
        }
    }

    #[test]
    fn parse_duration_matches_go() {
        let invalid = |s: &str| Err(format!("time: invalid duration {s}"));
        for (input, want) in [
            ("0", Ok(0)),
            ("-0", Ok(0)),
            ("5s", Ok(5_000_000_000)),
            ("1.5h", Ok(5_400_000_000_000)),
            ("1h2m3s", Ok(3_723_000_000_000)),
            ("-1m", Ok(-60_000_000_000)),
            ("+3ms", Ok(3_000_000)),
            ("1us", Ok(1_000)),
            ("1µs", Ok(1_000)),
            ("1μs", Ok(1_000)),
            ("7ns", Ok(7)),
            (".5s", Ok(500_000_000)),
            ("1.s", Ok(1_000_000_000)),
            ("", invalid("\"\"")),
            ("é", invalid("\"\\xc3\\xa9\"")),
            (".", invalid("\".\"")),
            ("-.s", invalid("\"-.s\"")),
            ("9999999999h", invalid("\"9999999999h\"")),
            ("µs", invalid("\"\\xc2\\xb5s\"")),
            ("1", Err("time: missing unit in duration \"1\"".to_string())),
            (
                "1x",
                Err("time: unknown unit \"x\" in duration \"1x\"".to_string()),
            ),
            (
                "1é",
                Err("time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"".to_string()),
            ),
            ("2562047h47m16.854775807s", Ok(i64::MAX)),
            (
                "2562047h47m16.854775808s",
                invalid("\"2562047h47m16.854775808s\""),
            ),
            ("-2562047h47m16.854775808s", Ok(i64::MIN)),
        ] {
            assert_eq!(parse_duration(input), want, "{input:?}");
        }
    }

    #[test]
    fn format_duration_matches_go() {
        for (input, want) in [
            (0, "0s"),
            (1, "1ns"),
            (1_100, "1.1µs"),
            (2_200_000, "2.2ms"),
            (1_000_000_000, "1s"),
            (5_000_000_000, "5s"),
            (20_000_000_000, "20s"),
            (30_000_000_000, "30s"),
            (60_000_000_000, "1m0s"),
            (3_600_000_000_000, "1h0m0s"),
            (5_400_000_000_000, "1h30m0s"),
            (1_500_000_000, "1.5s"),
            (-60_000_000_000, "-1m0s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (i64::MAX, "2562047h47m16.854775807s"),
        ] {
            assert_eq!(format_duration(input), want, "{input}");
        }
    }

    #[test]
    fn csv_record_matches_go_as_kubectl_shows_it() {
        let ok = |items: &[&str]| Ok(items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let err = |s: &str| Err::<Vec<String>, String>(s.to_string());
        for (input, want) in [
            ("", ok(&[])),
            ("a", ok(&["a"])),
            ("a,b", ok(&["a", "b"])),
            ("a,,b,", ok(&["a", "", "b", ""])),
            (" a , b", ok(&[" a ", " b"])),
            ("\na,b", ok(&["a", "b"])),
            ("a,b\nc,d", ok(&["a", "b"])),
            ("a,b\r\n", ok(&["a", "b"])),
            ("a\r", ok(&["a"])),
            ("a,\"b\"", ok(&["a", "b"])),
            ("\"a,b\",c", ok(&["a,b", "c"])),
            ("\"a\"\"b\"", ok(&["a\"b"])),
            ("\"a\nb\",c", ok(&["a\nb", "c"])),
            ("\n", err("EOF")),
            ("a\"b", err("parse error on line 1, column 2: bare \" in non-quoted-field")),
            ("éé\"b", err("parse error on line 1, column 5: bare \" in non-quoted-field")),
            (" \"a\"", err("parse error on line 1, column 2: bare \" in non-quoted-field")),
            ("\"", err("parse error on line 1, column 2: extraneous or missing \" in quoted-field")),
            ("\"a\"b", err("parse error on line 1, column 3: extraneous or missing \" in quoted-field")),
            ("\"ab", err("parse error on line 1, column 4: extraneous or missing \" in quoted-field")),
            ("\"é\"x", err("parse error on line 1, column 4: extraneous or missing \" in quoted-field")),
            ("\"a\"\"b\"c", err("parse error on line 1, column 6: extraneous or missing \" in quoted-field")),
            (
                "\"a\nb",
                err("record on line 1; parse error on line 2, column 2: extraneous or missing \" in quoted-field"),
            ),
            (
                "x,\"a\nb\"c",
                err("record on line 1; parse error on line 2, column 2: extraneous or missing \" in quoted-field"),
            ),
        ] {
            assert_eq!(read_csv_record(input), want, "{input:?}");
        }
    }

    #[test]
    fn word_wrap_matches_go_wordwrap() {
        for (input, limit, want) in [
            ("foo bar baz", 7, "foo bar\nbaz"),
            ("foo bar baz", 3, "foo\nbar\nbaz"),
            ("averyveryverylongword x", 5, "averyveryverylongword\nx"),
            ("a\n\nb", 80, "a\n\nb"),
            ("  indented text here", 10, "  indented\ntext here"),
            ("trailing   ", 80, "trailing   "),
            ("trailing   ", 9, "trailing"),
            ("x", usize::MAX, "x"),
            // go-wordwrap's own test table.
            ("foo", 4, "foo"),
            ("foobarbaz", 4, "foobarbaz"),
            ("foo bar baz", 4, "foo\nbar\nbaz"),
            ("foo bars bazzes", 4, "foo\nbars\nbazzes"),
            ("fo sop", 4, "fo\nsop"),
            ("foo bar\u{a0}baz", 10, "foo\nbar\u{a0}baz"),
            ("foo\nb\t r\n baz", 4, "foo\nb\t r\n baz"),
            ("foo    \nb   ar   ", 4, "foo\nb\nar"),
            ("foo bar baz\n", 4, "foo\nbar\nbaz\n"),
            ("\nfoo bar\n\n\nbaz\n", 4, "\nfoo\nbar\n\n\nbaz\n"),
            (
                " This is a list: \n\n\t* foo\n\t* bar\n\n\n\t* baz  \nBAM    ",
                6,
                " This\nis a\nlist: \n\n\t* foo\n\t* bar\n\n\n\t* baz\nBAM",
            ),
            (
                "\u{2584} \u{2584} \u{2584} \u{2584} ",
                4,
                "\u{2584} \u{2584}\n\u{2584} \u{2584} ",
            ),
        ] {
            assert_eq!(word_wrap(input, limit), want, "{input:?} {limit}");
        }
    }

    #[test]
    fn parse_url_matches_go() {
        for (input, want) in [
            ("::", Err("missing protocol scheme")),
            ("http://::", Err("invalid port \"::\" after host")),
            ("http://a:b", Err("invalid port \":b\" after host")),
            ("http://a%zz", Err("invalid URL escape \"%zz\"")),
            ("http://a b", Err("invalid character \" \" in host name")),
            (
                "127.0.0.1:1",
                Err("first path segment in URL cannot contain colon"),
            ),
            ("http://[::1", Err("missing ']' in host")),
            ("a\tb", Err("net/url: invalid control character in URL")),
            ("localhost:8080", Ok(("localhost", None, "", "8080", true))),
            ("foo", Ok(("", None, "", "foo", false))),
            ("//h/p", Ok(("", None, "h", "/p", false))),
            (
                "HTTP://user@127.0.0.1:1/p/?x=1#f",
                Ok(("http", Some("user"), "127.0.0.1:1", "/p/", false)),
            ),
            ("http://[::1]:1", Ok(("http", None, "[::1]:1", "", false))),
        ] {
            let got = parse_url(input);
            let got = got.as_ref().map(|url| {
                (
                    url.scheme.as_str(),
                    url.user.as_deref(),
                    url.host.as_str(),
                    url.path.as_str(),
                    url.opaque,
                )
            });
            assert_eq!(got.map_err(String::as_str), want, "{input:?}");
        }
    }
}
