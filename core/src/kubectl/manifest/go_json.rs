//! A JSON manifest stream read as kubectl reads one (apimachinery's `YAMLOrJSONDecoder` uses
//! Go's `json.Decoder` when the input starts with `{`): the stream is split into its top-level
//! values, and the first problem is reported in `encoding/json`'s words — a syntax error with
//! its offset (`invalid character '}' after object key`, which the caller may still rescue by
//! reading the stream as YAML), or a stream that ends inside a value (`unexpected EOF`).
//!
//! `parse` is also the program's one reader of JSON text (saved sessions, stored state,
//! annotations, `--overrides`): a document the scanner accepts, built into a value.

/// Go's limit on nesting (`maxNestingDepth` in encoding/json's scanner).
const MAX_DEPTH: usize = 10_000;

/// Whether kubectl would read this stream as JSON (first non-space byte is `{`).
pub fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// Why a JSON stream could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonStreamError {
    /// `io.ErrUnexpectedEOF`: the stream ends inside a value.
    UnexpectedEof,
    /// A `*json.SyntaxError`: its message and `Offset` (bytes read, the bad one included).
    Syntax { offset: usize, message: String },
}

impl std::fmt::Display for JsonStreamError {
    /// As kubectl prints it: `unexpected EOF`, `json: offset 6: invalid character …`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonStreamError::UnexpectedEof => f.write_str("unexpected EOF"),
            JsonStreamError::Syntax { offset, message } => {
                write!(f, "json: offset {offset}: {message}")
            }
        }
    }
}

/// A JSON stream read value by value, as `json.Decoder` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonValues<'t> {
    /// The values before the first broken one.
    pub values: Vec<&'t str>,
    /// The text after the last good value (where apimachinery rewinds to).
    pub rest: &'t str,
    /// Go's error for the first broken value, if one is.
    pub error: Option<JsonStreamError>,
}

/// The top-level values of a JSON stream, up to the first broken one and its error.
pub fn read_values(text: &str) -> JsonValues<'_> {
    let bytes = text.as_bytes();
    let mut values = Vec::new();
    let mut end = 0;
    let mut position = skip_space(bytes, 0);
    while position < bytes.len() {
        match scan_value(bytes, position) {
            Ok(value_end) => {
                values.push(text.get(position..value_end).unwrap_or_default());
                end = value_end;
                position = skip_space(bytes, value_end);
            }
            Err(problem) => {
                let error = match problem {
                    Problem::Eof => JsonStreamError::UnexpectedEof,
                    Problem::At(position, message) => JsonStreamError::Syntax {
                        offset: position + 1,
                        message,
                    },
                };
                return JsonValues {
                    values,
                    rest: text.get(end..).unwrap_or_default(),
                    error: Some(error),
                };
            }
        }
    }
    JsonValues {
        values,
        rest: "",
        error: None,
    }
}

/// Deepest nesting `parse` builds (values are dropped recursively; real documents are far
/// shallower).
const MAX_BUILD_DEPTH: usize = 128;

/// One JSON document into a value, as `json.Unmarshal` into an `interface{}` reads it, with
/// its error texts (`unexpected end of JSON input`, `invalid character '}' after object key`).
/// Numbers become integers when they are whole and fit, else floats.
pub fn parse(text: &str) -> Result<serde_json::Value, String> {
    let read = read_values(text);
    if let Some(error) = read.error {
        return Err(match error {
            JsonStreamError::UnexpectedEof => "unexpected end of JSON input".to_string(),
            JsonStreamError::Syntax { message, .. } => message,
        });
    }
    let first = match read.values.as_slice() {
        [only] => *only,
        [] => return Err("unexpected end of JSON input".to_string()),
        [_, second, ..] => {
            let at = second.as_ptr() as usize - text.as_ptr() as usize;
            return Err(format!(
                "invalid character {} after top-level value",
                quote_char(text.as_bytes(), at)
            ));
        }
    };
    let mut builder = Builder {
        bytes: first.as_bytes(),
        position: 0,
    };
    builder.value(0)
}

/// Builds a value from text the scanner has accepted.
struct Builder<'t> {
    bytes: &'t [u8],
    position: usize,
}

impl Builder<'_> {
    fn peek(&mut self) -> Option<u8> {
        self.position = skip_space(self.bytes, self.position);
        self.bytes.get(self.position).copied()
    }

    fn value(&mut self, depth: usize) -> Result<serde_json::Value, String> {
        use serde_json::Value;
        if depth > MAX_BUILD_DEPTH {
            return Err("exceeded max depth".to_string());
        }
        match self.peek() {
            Some(b'{') => {
                self.position += 1;
                let mut map = serde_json::Map::new();
                while let Some(byte) = self.peek() {
                    match byte {
                        b'}' => {
                            self.position += 1;
                            break;
                        }
                        b',' => self.position += 1,
                        _ => {
                            let key = self.string();
                            if self.peek() == Some(b':') {
                                self.position += 1;
                            }
                            let item = self.value(depth + 1)?;
                            map.insert(key, item);
                        }
                    }
                }
                Ok(Value::Object(map))
            }
            Some(b'[') => {
                self.position += 1;
                let mut items = Vec::new();
                while let Some(byte) = self.peek() {
                    match byte {
                        b']' => {
                            self.position += 1;
                            break;
                        }
                        b',' => self.position += 1,
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'"') => Ok(Value::String(self.string())),
            Some(b't') => {
                self.position += 4;
                Ok(Value::Bool(true))
            }
            Some(b'f') => {
                self.position += 5;
                Ok(Value::Bool(false))
            }
            Some(b'n') => {
                self.position += 4;
                Ok(Value::Null)
            }
            _ => self.number(),
        }
    }

    fn number(&mut self) -> Result<serde_json::Value, String> {
        let start = self.position;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') =
            self.bytes.get(self.position)
        {
            self.position += 1;
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.position).unwrap_or_default())
            .unwrap_or_default();
        if let Ok(int) = text.parse::<i64>() {
            return Ok(int.into());
        }
        if let Ok(uint) = text.parse::<u64>() {
            return Ok(uint.into());
        }
        text.parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(serde_json::Value::Number)
            .ok_or_else(|| {
                format!("json: cannot unmarshal number {text} into Go value of type float64")
            })
    }

    /// A string at the position (the scanner has checked its escapes); invalid UTF-16
    /// surrogates become U+FFFD, as in Go.
    fn string(&mut self) -> String {
        let mut out = String::new();
        self.position += 1;
        let mut pending_high: Option<u32> = None;
        let flush = |out: &mut String, pending: &mut Option<u32>| {
            if pending.take().is_some() {
                out.push('\u{fffd}');
            }
        };
        loop {
            let rest = self.bytes.get(self.position..).unwrap_or_default();
            let Some(&byte) = rest.first() else {
                break;
            };
            match byte {
                b'"' => {
                    self.position += 1;
                    break;
                }
                b'\\' => {
                    let escape = rest.get(1).copied().unwrap_or(b'"');
                    self.position += 2;
                    if escape == b'u' {
                        let hex = rest.get(2..6).unwrap_or_default();
                        let unit = std::str::from_utf8(hex)
                            .ok()
                            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                            .unwrap_or(0xfffd);
                        self.position += 4;
                        match (pending_high.take(), unit) {
                            (Some(high), 0xdc00..=0xdfff) => out.push(
                                char::from_u32(0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00))
                                    .unwrap_or('\u{fffd}'),
                            ),
                            (previous, 0xd800..=0xdbff) => {
                                if previous.is_some() {
                                    out.push('\u{fffd}');
                                }
                                pending_high = Some(unit);
                            }
                            (previous, unit) => {
                                if previous.is_some() {
                                    out.push('\u{fffd}');
                                }
                                out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                            }
                        }
                        continue;
                    }
                    flush(&mut out, &mut pending_high);
                    out.push(match escape {
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        other => other as char,
                    });
                }
                _ => {
                    flush(&mut out, &mut pending_high);
                    let end = rest
                        .iter()
                        .position(|b| *b == b'"' || *b == b'\\')
                        .unwrap_or(rest.len());
                    out.push_str(&String::from_utf8_lossy(
                        rest.get(..end).unwrap_or_default(),
                    ));
                    self.position += end;
                }
            }
        }
        flush(&mut out, &mut pending_high);
        out
    }
}

/// The top-level values of a JSON stream, or Go's error for the first broken one.
#[cfg(test)]
pub fn split_values(text: &str) -> Result<Vec<&str>, JsonStreamError> {
    let read = read_values(text);
    match read.error {
        Some(error) => Err(error),
        None => Ok(read.values),
    }
}

/// A scanning problem: the end of input, or a message about the byte at a position.
enum Problem {
    Eof,
    At(usize, String),
}

fn skip_space(bytes: &[u8], mut position: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(position) {
        position += 1;
    }
    position
}

/// Go's `quoteChar`: `'x'`, `'\''`, `'"'`, `'\n'`, `'\x01'`. The scanner reads bytes, so the
/// first byte of a longer character is quoted as the Latin-1 character it would be (`'ð'`).
fn quote_char(bytes: &[u8], position: usize) -> String {
    let Some(&byte) = bytes.get(position) else {
        return "'\\ufffd'".to_string();
    };
    match char::from(byte) {
        '\'' => "'\\''".to_string(),
        '"' => "'\"'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\r' => "'\\r'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\u{7}' => "'\\a'".to_string(),
        '\u{8}' => "'\\b'".to_string(),
        '\u{c}' => "'\\f'".to_string(),
        '\u{b}' => "'\\v'".to_string(),
        '\\' => "'\\\\'".to_string(),
        c if (c as u32) < 0x20 || c == '\u{7f}' => format!("'\\x{:02x}'", c as u32),
        // Not printable for `strconv.Quote`: C1 controls, no-break space, soft hyphen.
        c if c.is_control() || c == '\u{a0}' || c == '\u{ad}' => {
            format!("'\\u{:04x}'", c as u32)
        }
        c => format!("'{c}'"),
    }
}

fn invalid(bytes: &[u8], position: usize, context: &str) -> Problem {
    if position >= bytes.len() {
        return Problem::Eof;
    }
    Problem::At(
        position,
        format!(
            "invalid character {} {context}",
            quote_char(bytes, position)
        ),
    )
}

/// What the scanner expects next inside a container.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// After `{`: a key or `}`.
    FirstKey,
    /// After `,` in an object: a key.
    Key,
    /// After a key: `:`.
    Colon,
    /// After a value in an object: `,` or `}`.
    ObjectNext,
    /// After `[`: a value or `]`.
    FirstElement,
    /// After a value in an array: `,` or `]`.
    ArrayNext,
}

/// Scans one value starting at `start`; returns the position after it.
fn scan_value(bytes: &[u8], start: usize) -> Result<usize, Problem> {
    let mut stack: Vec<Expect> = Vec::new();
    let mut position = start;
    // Whether a value must come next (top level, after `:`, after `,` in an array).
    let mut want_value = true;
    loop {
        position = skip_space(bytes, position);
        if want_value {
            want_value = false;
            let Some(&byte) = bytes.get(position) else {
                return Err(Problem::Eof);
            };
            match byte {
                b'{' | b'[' => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(invalid(bytes, position, "exceeded max depth"));
                    }
                    stack.push(if byte == b'{' {
                        Expect::FirstKey
                    } else {
                        Expect::FirstElement
                    });
                    position += 1;
                }
                b'"' => position = scan_string(bytes, position)?,
                b'-' | b'0'..=b'9' => position = scan_number(bytes, position)?,
                b't' => position = scan_literal(bytes, position, b"true")?,
                b'f' => position = scan_literal(bytes, position, b"false")?,
                b'n' => position = scan_literal(bytes, position, b"null")?,
                _ => return Err(invalid(bytes, position, "looking for beginning of value")),
            }
            if matches!(byte, b'{' | b'[') {
                continue;
            }
            // A scalar ended: the container (if any) moves on.
            match stack.last_mut() {
                None => return Ok(position),
                Some(top) => {
                    *top = match *top {
                        Expect::Colon | Expect::Key | Expect::FirstKey => Expect::ObjectNext,
                        _ => Expect::ArrayNext,
                    }
                }
            }
            continue;
        }
        let Some(top) = stack.last().copied() else {
            return Ok(position);
        };
        let Some(&byte) = bytes.get(position) else {
            return Err(Problem::Eof);
        };
        match top {
            Expect::FirstKey | Expect::Key => {
                if byte == b'}' && top == Expect::FirstKey {
                    position += 1;
                    close(&mut stack);
                    if stack.is_empty() {
                        return Ok(position);
                    }
                } else if byte == b'"' {
                    position = scan_string(bytes, position)?;
                    if let Some(top) = stack.last_mut() {
                        *top = Expect::Colon;
                    }
                } else {
                    return Err(invalid(
                        bytes,
                        position,
                        "looking for beginning of object key string",
                    ));
                }
            }
            Expect::Colon => {
                if byte != b':' {
                    return Err(invalid(bytes, position, "after object key"));
                }
                position += 1;
                want_value = true;
            }
            Expect::ObjectNext => match byte {
                b',' => {
                    position += 1;
                    if let Some(top) = stack.last_mut() {
                        *top = Expect::Key;
                    }
                }
                b'}' => {
                    position += 1;
                    close(&mut stack);
                    if stack.is_empty() {
                        return Ok(position);
                    }
                }
                _ => return Err(invalid(bytes, position, "after object key:value pair")),
            },
            Expect::FirstElement => {
                if byte == b']' {
                    position += 1;
                    close(&mut stack);
                    if stack.is_empty() {
                        return Ok(position);
                    }
                } else {
                    if let Some(top) = stack.last_mut() {
                        *top = Expect::ArrayNext;
                    }
                    want_value = true;
                }
            }
            Expect::ArrayNext => match byte {
                b',' => {
                    position += 1;
                    want_value = true;
                }
                b']' => {
                    position += 1;
                    close(&mut stack);
                    if stack.is_empty() {
                        return Ok(position);
                    }
                }
                _ => return Err(invalid(bytes, position, "after array element")),
            },
        }
    }
}

/// Pops a finished container; its parent has now seen a complete value.
fn close(stack: &mut Vec<Expect>) {
    stack.pop();
    if let Some(top) = stack.last_mut() {
        *top = match *top {
            Expect::Colon | Expect::Key | Expect::FirstKey => Expect::ObjectNext,
            _ => Expect::ArrayNext,
        };
    }
}

fn scan_string(bytes: &[u8], start: usize) -> Result<usize, Problem> {
    let mut position = start + 1;
    loop {
        let Some(&byte) = bytes.get(position) else {
            return Err(Problem::Eof);
        };
        match byte {
            b'"' => return Ok(position + 1),
            b'\\' => {
                position += 1;
                match bytes.get(position) {
                    None => return Err(Problem::Eof),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => position += 1,
                    Some(b'u') => {
                        position += 1;
                        for _ in 0..4 {
                            match bytes.get(position) {
                                None => return Err(Problem::Eof),
                                Some(b) if b.is_ascii_hexdigit() => position += 1,
                                Some(_) => {
                                    return Err(invalid(
                                        bytes,
                                        position,
                                        "in \\u hexadecimal character escape",
                                    ))
                                }
                            }
                        }
                    }
                    Some(_) => return Err(invalid(bytes, position, "in string escape code")),
                }
            }
            0..=0x1f => return Err(invalid(bytes, position, "in string literal")),
            _ => position += 1,
        }
    }
}

fn scan_number(bytes: &[u8], start: usize) -> Result<usize, Problem> {
    let mut position = start;
    let digit = |position: usize| bytes.get(position).is_some_and(u8::is_ascii_digit);
    if bytes.get(position) == Some(&b'-') {
        position += 1;
        if !digit(position) {
            return Err(invalid(bytes, position, "in numeric literal"));
        }
    }
    if bytes.get(position) == Some(&b'0') {
        position += 1;
    } else {
        while digit(position) {
            position += 1;
        }
    }
    if bytes.get(position) == Some(&b'.') {
        position += 1;
        if !digit(position) {
            return Err(invalid(
                bytes,
                position,
                "after decimal point in numeric literal",
            ));
        }
        while digit(position) {
            position += 1;
        }
    }
    if let Some(b'e' | b'E') = bytes.get(position) {
        position += 1;
        if let Some(b'+' | b'-') = bytes.get(position) {
            position += 1;
        }
        if !digit(position) {
            return Err(invalid(bytes, position, "in exponent of numeric literal"));
        }
        while digit(position) {
            position += 1;
        }
    }
    Ok(position)
}

fn scan_literal(bytes: &[u8], start: usize, literal: &[u8]) -> Result<usize, Problem> {
    let name = std::str::from_utf8(literal).unwrap_or_default();
    for (offset, want) in literal.iter().enumerate().skip(1) {
        let position = start + offset;
        match bytes.get(position) {
            None => return Err(Problem::Eof),
            Some(byte) if byte == want => {}
            Some(_) => {
                return Err(invalid(
                    bytes,
                    position,
                    &format!("in literal {name} (expecting '{}')", char::from(*want)),
                ))
            }
        }
    }
    Ok(start + literal.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checked against kubectl 1.37 (`kubectl create --validate=false -f t.json`, where it
    /// cannot rescue the stream as YAML).
    #[test]
    fn errors_read_like_encoding_json() {
        for (text, want) in [
            (
                "{\"a\" 1}",
                "json: offset 6: invalid character '1' after object key",
            ),
            (
                "{\"a\": 1 \"b\": 2}",
                "json: offset 9: invalid character '\"' after object key:value pair",
            ),
            (
                "{\"a\": \"\\q\"}",
                "json: offset 9: invalid character 'q' in string escape code",
            ),
            (
                "{\"a\": \"\\u12g4\"}",
                "json: offset 12: invalid character 'g' in \\u hexadecimal character escape",
            ),
            (
                "{\"a\": 1} x",
                "json: offset 10: invalid character 'x' looking for beginning of value",
            ),
            ("{\"a\": nul", "unexpected EOF"),
        ] {
            assert_eq!(
                split_values(text).map_err(|error| error.to_string()),
                Err(want.to_string()),
                "{text}"
            );
        }
        // As kubectl 1.37 reports 10,001 levels (offset: just after the opening bracket).
        let deep = format!("{{\"x\":{}{}}}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(
            split_values(&deep).map_err(|error| error.to_string()),
            Err("json: offset 10005: invalid character '[' exceeded max depth".to_string())
        );
    }

    /// Go's scanner messages for what YAML rescues in kubectl (so the playground never shows
    /// them as such, but they must still be detected).
    #[test]
    fn other_syntax_errors_are_detected() {
        for (text, want) in [
            (
                "{\"apiVersion\": \"v1\", \"kind\": \"Pod\",\n",
                "unexpected EOF",
            ),
            (
                "{\"a\": }",
                "invalid character '}' looking for beginning of value",
            ),
            (
                "{a: 1}",
                "invalid character 'a' looking for beginning of object key string",
            ),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            (
                "{\"a\": 1 \"b\": 2}",
                "invalid character '\"' after object key:value pair",
            ),
            (
                "{\"a\": [1 2]}",
                "invalid character '2' after array element",
            ),
            (
                "{\"a\": \"x\ty\"}",
                "invalid character '\\t' in string literal",
            ),
            (
                "{\"a\": \"\\q\"}",
                "invalid character 'q' in string escape code",
            ),
            (
                "{\"a\": \"\\u12g4\"}",
                "invalid character 'g' in \\u hexadecimal character escape",
            ),
            (
                "{\"a\": 01}",
                "invalid character '1' after object key:value pair",
            ),
            (
                "{\"a\": 1.}",
                "invalid character '}' after decimal point in numeric literal",
            ),
            (
                "{\"a\": 1e}",
                "invalid character '}' in exponent of numeric literal",
            ),
            ("{\"a\": -}", "invalid character '}' in numeric literal"),
            (
                "{\"a\": tru}",
                "invalid character '}' in literal true (expecting 'e')",
            ),
            ("{\"a\": nul", "unexpected EOF"),
            (
                "{\"a\": 1} x",
                "invalid character 'x' looking for beginning of value",
            ),
            (
                "{\"a\": 'b'}",
                "invalid character '\\'' looking for beginning of value",
            ),
        ] {
            let got = match split_values(text) {
                Err(JsonStreamError::Syntax { message, .. }) => message,
                Err(JsonStreamError::UnexpectedEof) => "unexpected EOF".to_string(),
                Ok(_) => "no error".to_string(),
            };
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_stream_splits_into_its_values() {
        assert_eq!(
            split_values(" {\"a\": [1, {\"b\": null}]}\n{\"c\": \"}\"} "),
            Ok(vec!["{\"a\": [1, {\"b\": null}]}", "{\"c\": \"}\"}"])
        );
        assert_eq!(split_values("{}"), Ok(vec!["{}"]));
        assert_eq!(split_values("{\"a\": []}"), Ok(vec!["{\"a\": []}"]));
        assert!(looks_like_json("\n  {"));
        assert!(!looks_like_json("apiVersion: v1"));
    }

    #[test]
    fn documents_parse_like_unmarshal() {
        use serde_json::json;
        for (text, want) in [
            ("{}", json!({})),
            (
                " [1, -2, 3.5, 1e2, 18446744073709551615] ",
                json!([1, -2, 3.5, 100.0, 18446744073709551615u64]),
            ),
            (
                "{\"a\": {\"b\": [true, false, null]}}",
                json!({"a": {"b": [true, false, null]}}),
            ),
            (
                "\"tab\\tquote\\\" slash\\/ u\\u00e9 pair\\ud83d\\ude00\"",
                json!("tab\tquote\" slash/ u\u{e9} pair\u{1f600}"),
            ),
            ("\"lone \\ud800 high\"", json!("lone \u{fffd} high")),
            (
                "\"\\u003chtml\\u003e \u{e9}t\u{e9}\"",
                json!("<html> \u{e9}t\u{e9}"),
            ),
        ] {
            assert_eq!(parse(text), Ok(want), "{text}");
        }
        for (text, want) in [
            ("", "unexpected end of JSON input"),
            ("{\"a\": 1", "unexpected end of JSON input"),
            (
                "{not json",
                "invalid character 'n' looking for beginning of object key string",
            ),
            ("{} {}", "invalid character '{' after top-level value"),
            (
                "1e400",
                "json: cannot unmarshal number 1e400 into Go value of type float64",
            ),
        ] {
            assert_eq!(parse(text), Err(want.to_string()), "{text}");
        }
        assert_eq!(
            parse(&"[".repeat(200)),
            Err("unexpected end of JSON input".to_string())
        );
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(parse(&deep), Err("exceeded max depth".to_string()));
        // What the printer writes, the parser reads back.
        let value = json!({"s": "<&>\u{2028}\n", "n": [0, -1, 2.5], "e": {}});
        let text = crate::printers::json::to_compact_json(&value);
        assert_eq!(parse(&text), Ok(value));
    }
}
