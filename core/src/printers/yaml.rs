//! `kubectl get -o yaml` output, byte for byte. kubectl's YAMLPrinter calls
//! `sigs.k8s.io/yaml.Marshal`: the object is encoded as JSON (Go `encoding/json`), that JSON is
//! read back by go-yaml v2 (`go.yaml.in/yaml/v2` 2.4) into `interface{}` values and written out
//! again by go-yaml v2's encoder and libyaml-derived emitter. This module ports the parts of
//! that round trip that decide the bytes:
//!
//! * reading: how plain JSON numbers resolve (int / uint / float), how raw U+0085 (NEL) inside
//!   JSON strings is line-folded, and the reader/scanner/parser errors kubectl then reports
//!   (`control characters are not allowed`, long or multi-line keys, document indicators);
//! * encoding (`encode.go`, `resolve.go`, `sorter.go`): key order (go-yaml's "natural" sort),
//!   which strings must be quoted because they would resolve to another type (bools like `yes`,
//!   numbers like `0755`, timestamps, base-60 floats, `null`/`~`/empty), float formatting;
//! * emitting (`emitterc.go`): indentation (2; sequences inside mappings not indented), scalar
//!   analysis and style choice (plain, single-quoted, double-quoted with escapes, literal `|`),
//!   folding of long plain/quoted scalars at column 80, `? ` complex keys for keys that are
//!   multi-line or longer than 128 bytes, `{}`/`[]` for empty collections.
//!
//! It knows nothing about Kubernetes objects; it prints any `serde_json::Value`. Deliberately left
//! out: go-yaml's `exceeded max depth of 10000` (kubectl cannot even read such objects), and
//! exact Unicode letter tables for sorting non-ASCII keys (`unicode.IsLetter` is approximated by
//! `char::is_alphabetic` minus numerics; ASCII and decimal digits are exact).

use std::borrow::Cow;
use std::fmt;

use serde_json::Value;

use super::json::{go_format_float, go_json_number, write_go_json_string, GoFloatFormat};

/// Why kubectl cannot print a value as YAML (what it prints after `error: `).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YamlPrintError {
    /// go-yaml's reader met DEL, a C1 control (other than U+0085) or U+FFFE/U+FFFF, which Go's
    /// JSON encoder leaves raw.
    ControlCharacters,
    /// A mapping key longer than go-yaml's 1024-character simple-key window, or containing a raw
    /// U+0085 line break (`line` is go-yaml's 0-based line of the `:`).
    ExpectedFlowMappingEnd {
        /// Line number go-yaml reports (0 = no `line N: ` prefix).
        line: usize,
    },
    /// A string holds `---` or `...` right after a raw U+0085 line break, followed by a blank.
    UnexpectedDocumentIndicator {
        /// Line number go-yaml reports (1-based for scanner errors).
        line: usize,
    },
}

impl fmt::Display for YamlPrintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, problem) = match self {
            YamlPrintError::ControlCharacters => (0, "control characters are not allowed"),
            YamlPrintError::ExpectedFlowMappingEnd { line } => {
                (*line, "did not find expected ',' or '}'")
            }
            YamlPrintError::UnexpectedDocumentIndicator { line } => {
                (*line, "found unexpected document indicator")
            }
        };
        if line == 0 {
            write!(f, "yaml: {problem}")
        } else {
            write!(f, "yaml: line {line}: {problem}")
        }
    }
}

impl std::error::Error for YamlPrintError {}

/// `kubectl get -o yaml` for one object, or the error kubectl prints (as `error: <Display>`)
/// when go-yaml cannot read back the JSON of the value.
pub fn try_to_yaml(value: &Value) -> Result<String, YamlPrintError> {
    if let Some(error) = go_yaml_read_error(value) {
        return Err(error);
    }
    Ok(to_yaml(value))
}

/// The YAML kubectl prints for a value (`sigs.k8s.io/yaml.Marshal`), ending in a newline.
/// Values kubectl refuses (see [`try_to_yaml`]) are still rendered as go-yaml's emitter would.
pub fn to_yaml(value: &Value) -> String {
    let events = value_events(value);
    let mut emitter = Emitter::new();
    emitter.emit_all(&events);
    match String::from_utf8(emitter.out) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Events (what go-yaml's encoder feeds the emitter).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScalarStyle {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Event {
    StreamStart,
    DocumentStart,
    DocumentEnd,
    StreamEnd,
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
    Scalar { value: String, style: ScalarStyle },
}

enum Work<'a> {
    Value(&'a Value),
    Key(&'a str),
    SequenceEnd,
    MappingEnd,
}

/// Marshal events for the value go-yaml decoded from the object's JSON.
fn value_events(root: &Value) -> Vec<Event> {
    let mut events = vec![Event::StreamStart, Event::DocumentStart];
    let mut work = vec![Work::Value(root)];
    while let Some(item) = work.pop() {
        match item {
            Work::Value(Value::Null) => events.push(plain("null")),
            Work::Value(Value::Bool(true)) => events.push(plain("true")),
            Work::Value(Value::Bool(false)) => events.push(plain("false")),
            Work::Value(Value::Number(number)) => events.push(plain(&yaml_number_text(number))),
            Work::Value(Value::String(text)) => {
                events.push(string_event(&fold_nel_line_breaks(text)))
            }
            Work::Key(key) => events.push(string_event(&fold_nel_line_breaks(key))),
            Work::Value(Value::Array(items)) => {
                events.push(Event::SequenceStart);
                work.push(Work::SequenceEnd);
                work.extend(items.iter().rev().map(Work::Value));
            }
            Work::Value(Value::Object(map)) => {
                events.push(Event::MappingStart);
                work.push(Work::MappingEnd);
                let keys: Vec<&String> = map.keys().collect();
                for key in sort_go_yaml_keys(keys).into_iter().rev() {
                    if let Some(value) = map.get(key.as_str()) {
                        work.push(Work::Value(value));
                        work.push(Work::Key(key));
                    }
                }
            }
            Work::SequenceEnd => events.push(Event::SequenceEnd),
            Work::MappingEnd => events.push(Event::MappingEnd),
        }
    }
    events.push(Event::DocumentEnd);
    events.push(Event::StreamEnd);
    events
}

fn plain(text: &str) -> Event {
    Event::Scalar {
        value: text.to_string(),
        style: ScalarStyle::Plain,
    }
}

/// go-yaml `encoder.stringv` for an untagged string.
fn string_event(text: &str) -> Event {
    let can_use_plain = !resolves_to_non_string(text) && !is_base60_float(text);
    let style = if text.contains('\n') {
        ScalarStyle::Literal
    } else if can_use_plain {
        ScalarStyle::Plain
    } else {
        ScalarStyle::DoubleQuoted
    };
    Event::Scalar {
        value: text.to_string(),
        style,
    }
}

/// How go-yaml resolves the plain JSON number kubectl produced, then formats it again:
/// int64 / uint64 via `strconv.FormatInt`/`FormatUint`, floats via `FormatFloat(f, 'g', -1, 64)`.
fn yaml_number_text(number: &serde_json::Number) -> String {
    let json_text = go_json_number(number);
    if let Some(integer) = crate::go_strconv::parse_int(&json_text, 0) {
        return integer.to_string();
    }
    if let Ok(unsigned) = crate::go_strconv::parse_uint(&json_text, 0, 64) {
        return unsigned.to_string();
    }
    match json_text.parse::<f64>() {
        Ok(float) if float.is_nan() => ".nan".to_string(),
        Ok(float) if float.is_infinite() => if float > 0.0 { ".inf" } else { "-.inf" }.to_string(),
        Ok(float) => go_format_float(float, GoFloatFormat::General),
        Err(_) => json_text,
    }
}

/// go-yaml's scanner folds a raw U+0085 (NEL, which Go's JSON encoder does not escape) inside a
/// double-quoted scalar like any line break: spaces around it are dropped, a single break becomes
/// a space, and each further break becomes `\n`. Spaces and NEL are the only raw blanks/breaks
/// in Go's JSON strings (tabs, CR, LF, U+2028/2029 are escaped, and escapes never fold).
fn fold_nel_line_breaks(text: &str) -> Cow<'_, str> {
    const NEL: char = '\u{85}';
    if !text.contains(NEL) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        while let Some(&ch) = chars.get(i) {
            if ch == ' ' || ch == NEL {
                break;
            }
            out.push(ch);
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let mut whitespace = String::new();
        let mut leading_break = false;
        let mut trailing_breaks = 0usize;
        while let Some(&ch) = chars.get(i) {
            if ch == ' ' {
                if !leading_break {
                    whitespace.push(' ');
                }
            } else if ch == NEL {
                if leading_break {
                    trailing_breaks += 1;
                } else {
                    whitespace.clear();
                    leading_break = true;
                }
            } else {
                break;
            }
            i += 1;
        }
        if leading_break {
            if trailing_breaks == 0 {
                out.push(' ');
            } else {
                out.extend(std::iter::repeat_n('\n', trailing_breaks));
            }
        } else {
            out.push_str(&whitespace);
        }
    }
    Cow::Owned(out)
}

// ---------------------------------------------------------------------------------------------
// Reading the JSON back (go-yaml reader/scanner/parser errors).

const NEL_CHAR: char = '\u{85}';

/// Characters go-yaml's reader refuses but Go's JSON encoder writes raw.
pub(crate) fn is_reader_control_character(ch: char) -> bool {
    matches!(ch, '\u{7f}' | '\u{80}'..='\u{84}' | '\u{86}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// The first error go-yaml hits reading the compact JSON of `value`, if any.
fn go_yaml_read_error(value: &Value) -> Option<YamlPrintError> {
    if !might_fail_reading(value) {
        return None;
    }
    let mut json = String::new();
    write_compact_json(&mut json, value);
    scan_json_like_go_yaml(&json)
}

/// Cheap pre-check: no odd characters and no long keys means go-yaml reads the JSON fine.
fn might_fail_reading(root: &Value) -> bool {
    let odd_text = |text: &str| {
        text.chars()
            .any(|ch| ch == NEL_CHAR || is_reader_control_character(ch))
    };
    let mut stack = vec![root];
    while let Some(value) = stack.pop() {
        match value {
            Value::String(text) if odd_text(text) => return true,
            Value::Array(items) => stack.extend(items.iter()),
            Value::Object(map) => {
                for (key, value) in map {
                    // Go escapes at most 6 JSON characters per character.
                    if odd_text(key) || key.chars().count() > 170 {
                        return true;
                    }
                    stack.push(value);
                }
            }
            _ => {}
        }
    }
    false
}

/// Go `json.Marshal` output (compact, keys sorted bytewise).
fn write_compact_json(out: &mut String, root: &Value) {
    enum Step<'a> {
        Value(&'a Value),
        Key(&'a str),
        Text(&'static str),
    }
    let mut stack = vec![Step::Value(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(text) => out.push_str(text),
            Step::Key(key) => {
                write_go_json_string(out, key);
                out.push(':');
            }
            Step::Value(Value::Null) => out.push_str("null"),
            Step::Value(Value::Bool(flag)) => out.push_str(if *flag { "true" } else { "false" }),
            Step::Value(Value::Number(number)) => out.push_str(&go_json_number(number)),
            Step::Value(Value::String(text)) => write_go_json_string(out, text),
            Step::Value(Value::Array(items)) => {
                out.push('[');
                stack.push(Step::Text("]"));
                for (index, item) in items.iter().enumerate().rev() {
                    stack.push(Step::Value(item));
                    if index > 0 {
                        stack.push(Step::Text(","));
                    }
                }
            }
            Step::Value(Value::Object(map)) => {
                out.push('{');
                stack.push(Step::Text("}"));
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                crate::sort::sort_by(&mut entries, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                for (index, (key, value)) in entries.into_iter().enumerate().rev() {
                    stack.push(Step::Value(value));
                    stack.push(Step::Key(key));
                    if index > 0 {
                        stack.push(Step::Text(","));
                    }
                }
            }
        }
    }
}

/// Size of go-yaml's raw input buffer: the reader decodes (and checks) the input in such chunks.
const READER_RAW_BUFFER_SIZE: usize = 512;
/// go-yaml's simple-key window (YAML 1.2: the `:` within 1024 characters of the key start).
const SIMPLE_KEY_WINDOW: usize = 1024;

/// Scans Go's compact JSON the way go-yaml v2 would and returns its first error.
fn scan_json_like_go_yaml(json: &str) -> Option<YamlPrintError> {
    let chars: Vec<char> = json.chars().collect();
    let control_error_position = reader_control_error_position(json);

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Container {
        Object,
        Array,
    }
    let mut containers: Vec<Container> = Vec::new();
    let mut expecting_key = false;
    let mut line = 0usize;
    let mut key_start: Option<usize> = None;
    let mut key_has_break = false;
    let mut index = 0usize;
    let fail = |position: usize, error: YamlPrintError| -> Option<YamlPrintError> {
        match control_error_position {
            Some(control) if control <= position => Some(YamlPrintError::ControlCharacters),
            _ => Some(error),
        }
    };
    while let Some(&ch) = chars.get(index) {
        match ch {
            '{' => {
                containers.push(Container::Object);
                expecting_key = true;
            }
            '[' => {
                containers.push(Container::Array);
                expecting_key = false;
            }
            '}' | ']' => {
                containers.pop();
                expecting_key = false;
            }
            ',' => expecting_key = containers.last() == Some(&Container::Object),
            ':' => {
                if let Some(start) = key_start.take() {
                    if key_has_break || start + SIMPLE_KEY_WINDOW < index {
                        return fail(index, YamlPrintError::ExpectedFlowMappingEnd { line });
                    }
                }
            }
            '"' => {
                let is_key = expecting_key && containers.last() == Some(&Container::Object);
                expecting_key = false;
                let start = index;
                let mut has_break = false;
                index += 1;
                while let Some(&inner) = chars.get(index) {
                    match inner {
                        '"' => break,
                        '\\' => {
                            index += if chars.get(index + 1) == Some(&'u') {
                                6
                            } else {
                                2
                            };
                            continue;
                        }
                        NEL_CHAR => {
                            has_break = true;
                            line += 1;
                        }
                        _ => {
                            let after_break = index > 0 && chars.get(index - 1) == Some(&NEL_CHAR);
                            if after_break && is_document_indicator(&chars, index) {
                                return fail(
                                    index,
                                    YamlPrintError::UnexpectedDocumentIndicator { line: line + 1 },
                                );
                            }
                        }
                    }
                    index += 1;
                }
                if is_key {
                    key_start = Some(start);
                    key_has_break = has_break;
                }
            }
            _ => {}
        }
        index += 1;
    }
    control_error_position.map(|_| YamlPrintError::ControlCharacters)
}

/// `---` or `...` followed by a blank or break (inside a quoted scalar at column 0).
fn is_document_indicator(chars: &[char], index: usize) -> bool {
    let marker: String = chars.iter().skip(index).take(3).collect();
    (marker == "---" || marker == "...")
        && matches!(chars.get(index + 3).copied(), Some(' ' | '\t' | NEL_CHAR))
}

/// Character position at which go-yaml's reader reports the first refused character: the
/// reader checks a whole 512-byte raw chunk when the scanner first needs a character of it.
fn reader_control_error_position(json: &str) -> Option<usize> {
    let bad_byte = json
        .char_indices()
        .find(|(_, ch)| is_reader_control_character(*ch))?
        .0;
    let mut chunk_start = 0usize;
    loop {
        let mut chunk_end = (chunk_start + READER_RAW_BUFFER_SIZE).min(json.len());
        while chunk_end > chunk_start && !json.is_char_boundary(chunk_end) {
            chunk_end -= 1;
        }
        if bad_byte < chunk_end || chunk_end == chunk_start {
            break;
        }
        chunk_start = chunk_end;
    }
    let chunk_start_chars = json
        .get(..chunk_start)
        .map_or(0, |prefix| prefix.chars().count());
    Some(chunk_start_chars.saturating_sub(1))
}

// ---------------------------------------------------------------------------------------------
// Key order: go-yaml v2 `keyList.Less` for string keys.

fn sort_go_yaml_keys(keys: Vec<&String>) -> Vec<&String> {
    let mut items: Vec<(Vec<char>, &String)> = keys
        .into_iter()
        .map(|key| (key.chars().collect(), key))
        .collect();
    merge_sort_by_less(
        &mut items,
        &|a: &(Vec<char>, &String), b: &(Vec<char>, &String)| go_yaml_key_less(&a.0, &b.0),
    );
    items.into_iter().map(|(_, key)| key).collect()
}

/// A stable merge sort that only needs a `less` function (never panics, even if `less` is not
/// a total order).
fn merge_sort_by_less<T: Clone>(items: &mut [T], less: &dyn Fn(&T, &T) -> bool) {
    let len = items.len();
    if len <= 1 {
        return;
    }
    let mut buffer: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right, mut out) = (start, middle, start);
            while left < middle || right < end {
                let take_right = match (items.get(left), items.get(right)) {
                    (Some(l), Some(r)) if right < end && left < middle => less(r, l),
                    _ => left >= middle,
                };
                let source = if take_right {
                    right += 1;
                    right - 1
                } else {
                    left += 1;
                    left - 1
                };
                if let (Some(slot), Some(item)) = (buffer.get_mut(out), items.get(source)) {
                    *slot = item.clone();
                }
                out += 1;
            }
            start = end;
        }
        items.clone_from_slice(&buffer);
        width *= 2;
    }
}

/// Go `unicode.IsLetter` (exact for ASCII and Latin-1; approximated above).
fn is_go_letter(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic();
    }
    ch.is_alphabetic() && !ch.is_numeric()
}

/// Unicode 15.0 decimal digit (Nd) ranges above ASCII, for Go `unicode.IsDigit`.
#[rustfmt::skip]
const NON_ASCII_DECIMAL_DIGITS: &[(u32, u32)] = &[
    (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F), (0x9E6, 0x9EF), (0xA66, 0xA6F),
    (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF), (0xD66, 0xD6F),
    (0xDE6, 0xDEF), (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29), (0x1040, 0x1049), (0x1090, 0x1099),
    (0x17E0, 0x17E9), (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99),
    (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629), (0xA8D0, 0xA8D9),
    (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9), (0xFF10, 0xFF19),
    (0x104A0, 0x104A9), (0x10D30, 0x10D39), (0x11066, 0x1106F), (0x110F0, 0x110F9), (0x11136, 0x1113F), (0x111D0, 0x111D9),
    (0x112F0, 0x112F9), (0x11450, 0x11459), (0x114D0, 0x114D9), (0x11650, 0x11659), (0x116C0, 0x116C9), (0x11730, 0x11739),
    (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59), (0x11D50, 0x11D59), (0x11DA0, 0x11DA9), (0x11F50, 0x11F59),
    (0x16A60, 0x16A69), (0x16AC0, 0x16AC9), (0x16B50, 0x16B59), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9),
    (0x1E4F0, 0x1E4F9), (0x1E950, 0x1E959), (0x1FBF0, 0x1FBF9),
];

/// Go `unicode.IsDigit` (category Nd).
fn is_go_digit(ch: char) -> bool {
    if (ch as u32) <= 0xFF {
        return ch.is_ascii_digit();
    }
    let code = ch as u32;
    NON_ASCII_DECIMAL_DIGITS
        .iter()
        .any(|&(low, high)| (low..=high).contains(&code))
}

/// go-yaml v2 `keyList.Less` for two string keys ("natural" order: letters after other
/// characters, digit runs compared by value).
fn go_yaml_key_less(a: &[char], b: &[char]) -> bool {
    for i in 0..a.len().min(b.len()) {
        let (Some(&ca), Some(&cb)) = (a.get(i), b.get(i)) else {
            break;
        };
        if ca == cb {
            continue;
        }
        let (a_letter, b_letter) = (is_go_letter(ca), is_go_letter(cb));
        if a_letter && b_letter {
            return ca < cb;
        }
        if a_letter || b_letter {
            return b_letter;
        }
        let (mut a_number, mut b_number): (i64, i64) = (0, 0);
        if ca == '0' || cb == '0' {
            let mut j = i;
            while j > 0 {
                j -= 1;
                match a.get(j) {
                    Some(&digit) if is_go_digit(digit) => {
                        if digit != '0' {
                            a_number = 1;
                            b_number = 1;
                            break;
                        }
                    }
                    _ => break,
                }
            }
        }
        let mut a_end = i;
        while let Some(&digit) = a.get(a_end).filter(|&&c| is_go_digit(c)) {
            a_number = a_number
                .wrapping_mul(10)
                .wrapping_add(i64::from(digit as u32) - i64::from('0' as u32));
            a_end += 1;
        }
        let mut b_end = i;
        while let Some(&digit) = b.get(b_end).filter(|&&c| is_go_digit(c)) {
            b_number = b_number
                .wrapping_mul(10)
                .wrapping_add(i64::from(digit as u32) - i64::from('0' as u32));
            b_end += 1;
        }
        if a_number != b_number {
            return a_number < b_number;
        }
        if a_end != b_end {
            return a_end < b_end;
        }
        return ca < cb;
    }
    a.len() < b.len()
}

// ---------------------------------------------------------------------------------------------
// Resolution: would this text, written plain, read back as something other than a string?

/// go-yaml v2 `resolve("", s)` returns a tag other than `!!str`.
fn resolves_to_non_string(text: &str) -> bool {
    let bytes = text.as_bytes();
    let hint = match bytes.first() {
        None => b'N',
        Some(b'+' | b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => b'M',
        Some(b'.') => b'.',
        Some(_) => return false,
    };
    const RESOLVE_MAP: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
        "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
        "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF", "<<",
    ];
    if RESOLVE_MAP.contains(&text) {
        return true;
    }
    match hint {
        b'.' => go_float_ok(text),
        b'D' | b'S' => {
            if parses_as_yaml_timestamp(text) {
                return true;
            }
            let plain = text.replace('_', "");
            if crate::go_strconv::parse_int(&plain, 0).is_some()
                || crate::go_strconv::parse_uint(&plain, 0, 64).ok().is_some()
            {
                return true;
            }
            if is_yaml_style_float(&plain) && go_float_ok(&plain) {
                return true;
            }
            if let Some(binary) = plain.strip_prefix("0b") {
                return crate::go_strconv::parse_int(binary, 2).is_some()
                    || crate::go_strconv::parse_uint(binary, 2, 64).ok().is_some();
            }
            if let Some(binary) = plain.strip_prefix("-0b") {
                return crate::go_strconv::parse_int(&format!("-{binary}"), 2).is_some();
            }
            false
        }
        _ => false,
    }
}

/// go-yaml `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
fn is_base60_float(text: &str) -> bool {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b'+' | b'-' | b'0'..=b'9') if text.contains(':') => {}
        _ => return false,
    }
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    i += 1;
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_digit() || *b == b'_')
    {
        i += 1;
    }
    let mut groups = 0;
    while bytes.get(i) == Some(&b':') {
        i += 1;
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b'0'..=b'5'), Some(b'0'..=b'9')) => i += 2,
            (Some(b'0'..=b'9'), _) => i += 1,
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_digit() || *b == b'_')
        {
            i += 1;
        }
    }
    i == bytes.len()
}

/// go-yaml `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_style_float(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| -> usize {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// Go `strconv.ParseFloat(s, 64)` succeeds (syntax accepted and no overflow), for the decimal
/// forms go-yaml's resolver hands it (text starting with `.`, or matching `yamlStyleFloat`).
fn go_float_ok(text: &str) -> bool {
    crate::go_strconv::parse_float(text).is_some_and(f64::is_finite)
}

// ---------------------------------------------------------------------------------------------
// Timestamps: go-yaml's `parseTimestamp` with Go `time.Parse` layouts
// "2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00",
// "2006-1-2 15:4:5.999999999", "2006-1-2".

#[derive(Clone, Copy)]
enum LayoutElement {
    LongYear,
    Literal(&'static str),
    NumMonth,
    Day,
    Hour,
    Minute,
    Second,
    FracSecond9,
    Iso8601ColonTimeZone,
}

/// go-yaml `allowedTimestampFormats` as Go layout chunks.
#[rustfmt::skip]
const TIMESTAMP_LAYOUTS: [&[LayoutElement]; 4] = {
    use LayoutElement::*;
    [
        // "2006-1-2T15:4:5.999999999Z07:00"
        &[LongYear, Literal("-"), NumMonth, Literal("-"), Day, Literal("T"), Hour, Literal(":"), Minute, Literal(":"), Second, FracSecond9, Iso8601ColonTimeZone],
        // "2006-1-2t15:4:5.999999999Z07:00"
        &[LongYear, Literal("-"), NumMonth, Literal("-"), Day, Literal("t"), Hour, Literal(":"), Minute, Literal(":"), Second, FracSecond9, Iso8601ColonTimeZone],
        // "2006-1-2 15:4:5.999999999"
        &[LongYear, Literal("-"), NumMonth, Literal("-"), Day, Literal(" "), Hour, Literal(":"), Minute, Literal(":"), Second, FracSecond9],
        // "2006-1-2"
        &[LongYear, Literal("-"), NumMonth, Literal("-"), Day],
    ]
};

/// go-yaml's `parseTimestamp` accepts the text (`YYYY-` then one of its `time.Parse` layouts).
pub fn parses_as_yaml_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let leading_digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if leading_digits != 4 || bytes.get(4) != Some(&b'-') {
        return false;
    }
    TIMESTAMP_LAYOUTS
        .iter()
        .any(|layout| go_time_parse(layout, bytes))
}

/// Go `time.getnum`: one or two digits (two required when `fixed`).
fn go_getnum(value: &[u8], fixed: bool) -> Option<(u32, &[u8])> {
    let first = *value.first().filter(|b| b.is_ascii_digit())?;
    match value.get(1).filter(|b| b.is_ascii_digit()) {
        Some(&second) => Some((
            u32::from(first - b'0') * 10 + u32::from(second - b'0'),
            value.get(2..)?,
        )),
        None if fixed => None,
        None => Some((u32::from(first - b'0'), value.get(1..)?)),
    }
}

/// Go `time.skip`: match a layout literal, treating runs of spaces as equivalent.
fn go_time_skip<'a>(mut value: &'a [u8], literal: &str) -> Option<&'a [u8]> {
    let mut prefix = literal.as_bytes();
    while let Some(&expected) = prefix.first() {
        if expected == b' ' {
            if value.first().is_some_and(|&b| b != b' ') {
                return None;
            }
            prefix = trim_leading_spaces(prefix);
            value = trim_leading_spaces(value);
            continue;
        }
        if value.first() != Some(&expected) {
            return None;
        }
        prefix = prefix.get(1..)?;
        value = value.get(1..)?;
    }
    Some(value)
}

fn trim_leading_spaces(bytes: &[u8]) -> &[u8] {
    let spaces = bytes.iter().take_while(|&&b| b == b' ').count();
    bytes.get(spaces..).unwrap_or_default()
}

/// Go `time.Parse` acceptance for the layouts above (values are only range-checked).
fn go_time_parse(layout: &[LayoutElement], text: &[u8]) -> bool {
    let mut value = text;
    let (mut year, mut month, mut day) = (0u32, 0u32, 0u32);
    for element in layout {
        match *element {
            LayoutElement::Literal(literal) => match go_time_skip(value, literal) {
                Some(rest) => value = rest,
                None => return false,
            },
            LayoutElement::LongYear => {
                let Some(digits) = value.get(..4) else {
                    return false;
                };
                if !digits.iter().all(u8::is_ascii_digit) {
                    return false;
                }
                year = digits
                    .iter()
                    .fold(0, |acc, d| acc * 10 + u32::from(d - b'0'));
                value = value.get(4..).unwrap_or_default();
            }
            LayoutElement::NumMonth => match go_getnum(value, false) {
                Some((number, rest)) if (1..=12).contains(&number) => {
                    month = number;
                    value = rest;
                }
                _ => return false,
            },
            LayoutElement::Day => match go_getnum(value, false) {
                Some((number, rest)) => {
                    day = number;
                    value = rest;
                }
                None => return false,
            },
            LayoutElement::Hour | LayoutElement::Minute | LayoutElement::Second => {
                let limit = if matches!(element, LayoutElement::Hour) {
                    24
                } else {
                    60
                };
                match go_getnum(value, false) {
                    Some((number, rest)) if number < limit => value = rest,
                    _ => return false,
                }
            }
            LayoutElement::FracSecond9 => {
                let has_fraction = matches!(value.first(), Some(b'.' | b','))
                    && value.get(1).is_some_and(u8::is_ascii_digit);
                if has_fraction {
                    let digits = value
                        .iter()
                        .skip(1)
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                    value = value.get(1 + digits..).unwrap_or_default();
                }
            }
            LayoutElement::Iso8601ColonTimeZone => {
                if value.first() == Some(&b'Z') {
                    value = value.get(1..).unwrap_or_default();
                    continue;
                }
                if value.len() < 6 || value.get(3) != Some(&b':') {
                    return false;
                }
                let hours = go_getnum(value.get(1..3).unwrap_or_default(), true);
                let minutes = go_getnum(value.get(4..6).unwrap_or_default(), true);
                match (value.first(), hours, minutes) {
                    (Some(b'+' | b'-'), Some((h, _)), Some((m, _))) if h <= 24 && m <= 60 => {}
                    _ => return false,
                }
                value = value.get(6..).unwrap_or_default();
            }
        }
    }
    if !value.is_empty() {
        return false;
    }
    day >= 1 && day <= days_in_month(month, year)
}

fn days_in_month(month: u32, year: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// ---------------------------------------------------------------------------------------------
// The emitter (libyaml's emitter as ported in go-yaml v2 `emitterc.go`).

const BEST_INDENT: isize = 2;
const BEST_WIDTH: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EmitterState {
    StreamStart,
    FirstDocumentStart,
    DocumentStart,
    DocumentContent,
    DocumentEnd,
    FlowSequenceFirstItem,
    FlowMappingFirstKey,
    BlockSequenceFirstItem,
    BlockSequenceItem,
    BlockMappingFirstKey,
    BlockMappingKey,
    BlockMappingSimpleValue,
    BlockMappingValue,
    End,
}

/// `yaml_emitter_analyze_scalar` results for the current scalar.
#[derive(Clone, Copy, Debug, Default)]
struct ScalarAnalysis {
    multiline: bool,
    flow_plain_allowed: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

struct Emitter {
    out: Vec<u8>,
    state: EmitterState,
    states: Vec<EmitterState>,
    indent: isize,
    indents: Vec<isize>,
    flow_level: usize,
    mapping_context: bool,
    simple_key_context: bool,
    column: usize,
    whitespace: bool,
    indention: bool,
    scalar: ScalarAnalysis,
    scalar_style: ScalarStyle,
}

/// Byte at `i`, or 0 past the end (libyaml's strings are NUL-terminated).
fn at(value: &[u8], i: usize) -> u8 {
    value.get(i).copied().unwrap_or(0)
}

/// Width of the UTF-8 sequence starting with this byte (never 0, so loops always advance).
fn utf8_width(byte: u8) -> usize {
    if byte & 0x80 == 0 {
        1
    } else if byte & 0xE0 == 0xC0 {
        2
    } else if byte & 0xF0 == 0xE0 {
        3
    } else if byte & 0xF8 == 0xF0 {
        4
    } else {
        1
    }
}

fn is_space(value: &[u8], i: usize) -> bool {
    at(value, i) == b' '
}

fn is_blank(value: &[u8], i: usize) -> bool {
    matches!(at(value, i), b' ' | b'\t')
}

fn is_break(value: &[u8], i: usize) -> bool {
    let b = at(value, i);
    b == b'\r'
        || b == b'\n'
        || (b == 0xC2 && at(value, i + 1) == 0x85)
        || (b == 0xE2 && at(value, i + 1) == 0x80 && matches!(at(value, i + 2), 0xA8 | 0xA9))
}

fn is_blankz(value: &[u8], i: usize) -> bool {
    is_blank(value, i) || is_break(value, i) || at(value, i) == 0
}

fn is_bom_at_start(value: &[u8]) -> bool {
    at(value, 0) == 0xEF && at(value, 1) == 0xBB && at(value, 2) == 0xBF
}

/// libyaml `is_printable`: what may appear unescaped (4-byte sequences never may).
fn is_printable(value: &[u8], i: usize) -> bool {
    let (b0, b1, b2) = (at(value, i), at(value, i + 1), at(value, i + 2));
    b0 == 0x0A
        || (0x20..=0x7E).contains(&b0)
        || (b0 == 0xC2 && b1 >= 0xA0)
        || (b0 > 0xC2 && b0 < 0xED)
        || (b0 == 0xED && b1 < 0xA0)
        || b0 == 0xEE
        || (b0 == 0xEF
            && !(b1 == 0xBB && b2 == 0xBF)
            && !(b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)))
}

fn analyze_scalar(value: &[u8]) -> ScalarAnalysis {
    if value.is_empty() {
        return ScalarAnalysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = false;
    let mut flow_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut previous_space = false;
    let mut previous_break = false;

    if value.starts_with(b"---") || value.starts_with(b"...") {
        block_indicators = true;
        flow_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < value.len() {
        let w = utf8_width(at(value, i));
        let followed_by_whitespace = i + w >= value.len() || is_blank(value, i + w);
        let byte = at(value, i);
        if i == 0 {
            match byte {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                | b'\'' | b'"' | b'%' | b'@' | b'`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                b'?' | b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match byte {
                b',' | b'?' | b'[' | b']' | b'{' | b'}' => flow_indicators = true,
                b':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                b'#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        if !is_printable(value, i) {
            special_characters = true;
        }
        if is_space(value, i) {
            if i == 0 {
                leading_space = true;
            }
            if i + w == value.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(value, i) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + w == value.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(value, i);
        i += w;
    }

    let mut analysis = ScalarAnalysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        analysis.flow_plain_allowed = false;
        analysis.block_plain_allowed = false;
    }
    if trailing_space {
        analysis.block_allowed = false;
    }
    if break_space {
        analysis.flow_plain_allowed = false;
        analysis.block_plain_allowed = false;
        analysis.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        analysis.flow_plain_allowed = false;
        analysis.block_plain_allowed = false;
        analysis.single_quoted_allowed = false;
        analysis.block_allowed = false;
    }
    if line_breaks {
        analysis.flow_plain_allowed = false;
        analysis.block_plain_allowed = false;
    }
    if flow_indicators {
        analysis.flow_plain_allowed = false;
    }
    if block_indicators {
        analysis.block_plain_allowed = false;
    }
    analysis
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            out: Vec::new(),
            state: EmitterState::StreamStart,
            states: Vec::new(),
            indent: -1,
            indents: Vec::new(),
            flow_level: 0,
            mapping_context: false,
            simple_key_context: false,
            column: 0,
            whitespace: true,
            indention: true,
            scalar: ScalarAnalysis::default(),
            scalar_style: ScalarStyle::Plain,
        }
    }

    fn emit_all(&mut self, events: &[Event]) {
        for head in 0..events.len() {
            let Some(event) = events.get(head) else {
                break;
            };
            self.scalar = match event {
                Event::Scalar { value, .. } => analyze_scalar(value.as_bytes()),
                _ => ScalarAnalysis::default(),
            };
            self.state_machine(events, head);
        }
    }

    fn pop_state(&mut self) {
        self.state = self.states.pop().unwrap_or(EmitterState::End);
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn state_machine(&mut self, events: &[Event], head: usize) {
        let Some(event) = events.get(head) else {
            return;
        };
        match self.state {
            EmitterState::StreamStart => {
                if *event == Event::StreamStart {
                    self.indent = -1;
                    self.column = 0;
                    self.whitespace = true;
                    self.indention = true;
                    self.state = EmitterState::FirstDocumentStart;
                }
            }
            EmitterState::FirstDocumentStart | EmitterState::DocumentStart => {
                // Implicit first document: no `---`; nothing is open-ended at stream end.
                match event {
                    Event::DocumentStart => self.state = EmitterState::DocumentContent,
                    Event::StreamEnd => self.state = EmitterState::End,
                    _ => {}
                }
            }
            EmitterState::DocumentContent => {
                self.states.push(EmitterState::DocumentEnd);
                self.emit_node(events, head, false, false);
            }
            EmitterState::DocumentEnd => {
                if *event == Event::DocumentEnd {
                    self.write_indent();
                    self.state = EmitterState::DocumentStart;
                }
            }
            EmitterState::FlowSequenceFirstItem => {
                self.emit_empty_flow_collection(event, b'[', b']')
            }
            EmitterState::FlowMappingFirstKey => self.emit_empty_flow_collection(event, b'{', b'}'),
            EmitterState::BlockSequenceFirstItem => {
                self.emit_block_sequence_item(events, head, true)
            }
            EmitterState::BlockSequenceItem => self.emit_block_sequence_item(events, head, false),
            EmitterState::BlockMappingFirstKey => self.emit_block_mapping_key(events, head, true),
            EmitterState::BlockMappingKey => self.emit_block_mapping_key(events, head, false),
            EmitterState::BlockMappingSimpleValue => {
                self.emit_block_mapping_value(events, head, true)
            }
            EmitterState::BlockMappingValue => self.emit_block_mapping_value(events, head, false),
            EmitterState::End => {}
        }
    }

    /// Flow collections only ever occur empty here (go-yaml writes empty ones as `[]`/`{}`).
    fn emit_empty_flow_collection(&mut self, event: &Event, open: u8, close: u8) {
        self.write_indicator(&[open], true, true, false);
        self.increase_indent(true, false);
        self.flow_level += 1;
        if matches!(event, Event::SequenceEnd | Event::MappingEnd) {
            self.flow_level -= 1;
            self.pop_indent();
            self.write_indicator(&[close], false, false, false);
            self.pop_state();
        }
    }

    fn emit_block_sequence_item(&mut self, events: &[Event], head: usize, first: bool) {
        if first {
            let indentless = self.mapping_context && !self.indention;
            self.increase_indent(false, indentless);
        }
        if events.get(head) == Some(&Event::SequenceEnd) {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.write_indent();
        self.write_indicator(b"-", true, false, true);
        self.states.push(EmitterState::BlockSequenceItem);
        self.emit_node(events, head, false, false);
    }

    fn emit_block_mapping_key(&mut self, events: &[Event], head: usize, first: bool) {
        if first {
            self.increase_indent(false, false);
        }
        if events.get(head) == Some(&Event::MappingEnd) {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.write_indent();
        if self.check_simple_key(events, head) {
            self.states.push(EmitterState::BlockMappingSimpleValue);
            self.emit_node(events, head, true, true);
        } else {
            self.write_indicator(b"?", true, false, true);
            self.states.push(EmitterState::BlockMappingValue);
            self.emit_node(events, head, true, false);
        }
    }

    fn emit_block_mapping_value(&mut self, events: &[Event], head: usize, simple: bool) {
        if simple {
            self.write_indicator(b":", false, false, false);
        } else {
            self.write_indent();
            self.write_indicator(b":", true, false, true);
        }
        self.states.push(EmitterState::BlockMappingKey);
        self.emit_node(events, head, true, false);
    }

    fn emit_node(&mut self, events: &[Event], head: usize, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match events.get(head) {
            Some(Event::Scalar { value, style }) => self.emit_scalar(value.as_bytes(), *style),
            Some(Event::SequenceStart) => {
                self.state =
                    if self.flow_level > 0 || check_empty(events, head, &Event::SequenceEnd) {
                        EmitterState::FlowSequenceFirstItem
                    } else {
                        EmitterState::BlockSequenceFirstItem
                    };
            }
            Some(Event::MappingStart) => {
                self.state = if self.flow_level > 0 || check_empty(events, head, &Event::MappingEnd)
                {
                    EmitterState::FlowMappingFirstKey
                } else {
                    EmitterState::BlockMappingFirstKey
                };
            }
            _ => {}
        }
    }

    fn check_simple_key(&self, events: &[Event], head: usize) -> bool {
        match events.get(head) {
            Some(Event::Scalar { value, .. }) => !self.scalar.multiline && value.len() <= 128,
            Some(Event::SequenceStart) => check_empty(events, head, &Event::SequenceEnd),
            Some(Event::MappingStart) => check_empty(events, head, &Event::MappingEnd),
            _ => false,
        }
    }

    fn select_scalar_style(&mut self, value: &[u8], requested: ScalarStyle) {
        let mut style = requested;
        if self.simple_key_context && self.scalar.multiline {
            style = ScalarStyle::DoubleQuoted;
        }
        if style == ScalarStyle::Plain {
            if (self.flow_level > 0 && !self.scalar.flow_plain_allowed)
                || (self.flow_level == 0 && !self.scalar.block_plain_allowed)
            {
                style = ScalarStyle::SingleQuoted;
            }
            if value.is_empty() && (self.flow_level > 0 || self.simple_key_context) {
                style = ScalarStyle::SingleQuoted;
            }
        }
        if style == ScalarStyle::SingleQuoted && !self.scalar.single_quoted_allowed {
            style = ScalarStyle::DoubleQuoted;
        }
        if style == ScalarStyle::Literal
            && (!self.scalar.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = ScalarStyle::DoubleQuoted;
        }
        self.scalar_style = style;
    }

    fn emit_scalar(&mut self, value: &[u8], requested: ScalarStyle) {
        self.select_scalar_style(value, requested);
        self.increase_indent(true, false);
        let allow_breaks = !self.simple_key_context;
        match self.scalar_style {
            ScalarStyle::Plain => self.write_plain_scalar(value, allow_breaks),
            ScalarStyle::SingleQuoted => self.write_single_quoted_scalar(value, allow_breaks),
            ScalarStyle::DoubleQuoted => self.write_double_quoted_scalar(value, allow_breaks),
            ScalarStyle::Literal => self.write_literal_scalar(value),
        }
        self.pop_indent();
        self.pop_state();
    }

    // -- low-level writers ---------------------------------------------------------------------

    fn put(&mut self, byte: u8) {
        self.out.push(byte);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push(b'\n');
        self.column = 0;
    }

    /// Copies the character at `*i` and advances past it.
    fn write(&mut self, value: &[u8], i: &mut usize) {
        let width = utf8_width(at(value, *i));
        let end = (*i + width).min(value.len());
        self.out
            .extend_from_slice(value.get(*i..end).unwrap_or_default());
        self.column += 1;
        *i += width;
    }

    fn write_all(&mut self, text: &[u8]) {
        let mut i = 0;
        while i < text.len() {
            self.write(text, &mut i);
        }
    }

    fn write_break(&mut self, value: &[u8], i: &mut usize) {
        if at(value, *i) == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(value, i);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(b' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &[u8],
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(b' ');
        }
        self.write_all(indicator);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn write_plain_scalar(&mut self, value: &[u8], allow_breaks: bool) {
        if !self.whitespace {
            self.put(b' ');
        }
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < value.len() {
            if is_space(value, i) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !is_space(value, i + 1) {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else if is_break(value, i) {
                if !breaks && at(value, i) == b'\n' {
                    self.put_break();
                }
                self.write_break(value, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(value, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted_scalar(&mut self, value: &[u8], allow_breaks: bool) {
        self.write_indicator(b"'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let mut i = 0;
        while i < value.len() {
            if is_space(value, i) {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < value.len() - 1
                    && !is_space(value, i + 1)
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else if is_break(value, i) {
                if !breaks && at(value, i) == b'\n' {
                    self.put_break();
                }
                self.write_break(value, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if at(value, i) == b'\'' {
                    self.put(b'\'');
                }
                self.write(value, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator(b"'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted_scalar(&mut self, value: &[u8], allow_breaks: bool) {
        let mut spaces = false;
        self.write_indicator(b"\"", true, false, false);
        let bom_at_start = is_bom_at_start(value);
        let mut i = 0;
        while i < value.len() {
            let byte = at(value, i);
            if !is_printable(value, i)
                || bom_at_start
                || is_break(value, i)
                || byte == b'"'
                || byte == b'\\'
            {
                let width = utf8_width(byte);
                let mut code: u32 = match width {
                    1 => u32::from(byte & 0x7F),
                    2 => u32::from(byte & 0x1F),
                    3 => u32::from(byte & 0x0F),
                    _ => u32::from(byte & 0x07),
                };
                for k in 1..width {
                    code = (code << 6) + u32::from(at(value, i + k) & 0x3F);
                }
                i += width;
                self.put(b'\\');
                match code {
                    0x00 => self.put(b'0'),
                    0x07 => self.put(b'a'),
                    0x08 => self.put(b'b'),
                    0x09 => self.put(b't'),
                    0x0A => self.put(b'n'),
                    0x0B => self.put(b'v'),
                    0x0C => self.put(b'f'),
                    0x0D => self.put(b'r'),
                    0x1B => self.put(b'e'),
                    0x22 => self.put(b'"'),
                    0x5C => self.put(b'\\'),
                    0x85 => self.put(b'N'),
                    0xA0 => self.put(b'_'),
                    0x2028 => self.put(b'L'),
                    0x2029 => self.put(b'P'),
                    _ => {
                        let digits = if code <= 0xFF {
                            self.put(b'x');
                            2
                        } else if code <= 0xFFFF {
                            self.put(b'u');
                            4
                        } else {
                            self.put(b'U');
                            8
                        };
                        for k in (0..digits).rev() {
                            let digit = ((code >> (k * 4)) & 0x0F) as u8;
                            self.put(if digit < 10 {
                                digit + b'0'
                            } else {
                                digit + b'A' - 10
                            });
                        }
                    }
                }
                spaces = false;
            } else if is_space(value, i) {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < value.len() - 1
                {
                    self.write_indent();
                    if is_space(value, i + 1) {
                        self.put(b'\\');
                    }
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                spaces = true;
            } else {
                self.write(value, &mut i);
                spaces = false;
            }
        }
        self.write_indicator(b"\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_scalar_hints(&mut self, value: &[u8]) {
        if is_space(value, 0) || is_break(value, 0) {
            self.write_indicator(&[b'0' + BEST_INDENT as u8], false, false, false);
        }
        let chomp = if value.is_empty() {
            Some(b'-')
        } else {
            let mut i = value.len() - 1;
            while i > 0 && at(value, i) & 0xC0 == 0x80 {
                i -= 1;
            }
            if !is_break(value, i) {
                Some(b'-')
            } else if i == 0 {
                Some(b'+')
            } else {
                i -= 1;
                while i > 0 && at(value, i) & 0xC0 == 0x80 {
                    i -= 1;
                }
                if is_break(value, i) {
                    Some(b'+')
                } else {
                    None
                }
            }
        };
        if let Some(chomp) = chomp {
            self.write_indicator(&[chomp], false, false, false);
        }
    }

    fn write_literal_scalar(&mut self, value: &[u8]) {
        self.write_indicator(b"|", true, false, false);
        self.write_block_scalar_hints(value);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < value.len() {
            if is_break(value, i) {
                self.write_break(value, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(value, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// libyaml `check_empty_sequence` / `check_empty_mapping`: the start event at `head` is
/// immediately followed by its end event.
fn check_empty(events: &[Event], head: usize, end: &Event) -> bool {
    events.get(head + 1) == Some(end)
}

#[cfg(test)]
#[path = "yaml_tests.rs"]
mod tests;
