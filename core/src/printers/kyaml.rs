//! `-o kyaml` output, byte for byte: cli-runtime's KYAMLPrinter, i.e. `sigs.k8s.io/yaml/kyaml`'s
//! `Encoder.FromObject`. The object is encoded as JSON (Go `encoding/json`, so the key order is
//! the JSON's: sorted for objects read from the server, the struct's for objects kubectl builds),
//! read back by go-yaml v3 and written as KYAML:
//!
//! * a `---` header, then the document and a newline;
//! * mappings always `{ … }` and sequences `[ … ]`, one entry per line with a trailing comma,
//!   two-space indentation; a sequence whose items are all mappings or sequences is "cuddled"
//!   (`[{` … `}, {` … `}]`);
//! * strings always double-quoted, escaped as `strconv.Quote` does except that tabs stay raw and
//!   a multi-line string is folded over several lines (`"\` … `\n\` … `"`);
//! * keys bare unless a YAML parser could read them as something else (`"yes"`, `"1e5"`, dates)
//!   or they hold other characters than letters, digits, `_` and interior `-./`;
//! * numbers, booleans and null as JSON writes them.
//!
//! It prints any JSON text; the caller chooses the key order by choosing the JSON encoder.

use crate::validation::go_is_print;

/// One node of the JSON document, in its own order.
enum Node {
    /// A number, `true`, `false` or `null`, as the JSON text wrote it.
    Plain(String),
    Text(String),
    Sequence(Vec<Node>),
    Mapping(Vec<(String, Node)>),
}

/// The KYAML kubectl prints for the compact JSON of an object (header and final newline
/// included), or the error it reports (`error decoding: yaml: …`).
pub fn json_to_kyaml(json: &str) -> Result<String, String> {
    if json.chars().any(super::yaml::is_reader_control_character) {
        return Err("error decoding: yaml: control characters are not allowed".to_string());
    }
    let mut reader = JsonReader { text: json, at: 0 };
    let root = reader
        .node(0)
        .ok_or_else(|| "error decoding: yaml: invalid JSON".to_string())?;
    let mut out = String::from("---\n");
    write_node(&mut out, &root, 0);
    out.push('\n');
    Ok(out)
}

/// Reads the compact JSON Go's encoder writes (no whitespace, valid UTF-8).
struct JsonReader<'t> {
    text: &'t str,
    at: usize,
}

/// Deeper documents are refused rather than risking the stack (go-yaml v3 stops at 10000).
const MAX_DEPTH: usize = 2000;

impl JsonReader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn node(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut entries = Vec::new();
                if self.eat(b'}') {
                    return Some(Node::Mapping(entries));
                }
                loop {
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    entries.push((key, self.node(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Node::Mapping(entries));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Node::Sequence(items));
                }
                loop {
                    items.push(self.node(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Node::Sequence(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'"' => self.string().map(|text| Node::Text(fold_next_lines(&text))),
            _ => {
                let rest = self.text.get(self.at..)?;
                let end = rest.find([',', '}', ']']).unwrap_or(rest.len());
                self.at += end;
                Some(Node::Plain(rest.get(..end)?.to_string()))
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..)?;
            let stop = rest.find(['"', '\\'])?;
            out.push_str(rest.get(..stop)?);
            self.at += stop;
            if self.eat(b'"') {
                return Some(out);
            }
            self.at += 1;
            let escape = self.peek()?;
            self.at += 1;
            match escape {
                b'u' => {
                    let first = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&first)
                        && self.text.get(self.at..self.at + 2) == Some("\\u")
                    {
                        self.at += 2;
                        let second = self.hex4()?;
                        0x10000 + ((first - 0xD800) << 10) + second.checked_sub(0xDC00)?
                    } else {
                        first
                    };
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                b'n' => out.push('\n'),
                b't' => out.push('\t'),
                b'r' => out.push('\r'),
                b'b' => out.push('\u{8}'),
                b'f' => out.push('\u{c}'),
                other => out.push(char::from(other)),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

/// go-yaml reads a raw NEL (U+0085) inside a double-quoted scalar as a line break, which
/// folds into a space.
fn fold_next_lines(text: &str) -> String {
    text.replace('\u{85}', " ")
}

fn write_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn write_node(out: &mut String, node: &Node, indent: usize) {
    match node {
        Node::Plain(text) => out.push_str(text),
        Node::Text(text) => write_string(out, text, indent + 1, false),
        Node::Sequence(items) if items.is_empty() => out.push_str("[]"),
        Node::Sequence(items) => {
            let cuddle = items
                .iter()
                .all(|item| matches!(item, Node::Sequence(_) | Node::Mapping(_)));
            if cuddle {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    write_node(out, item, indent);
                }
                out.push(']');
            } else {
                out.push_str("[\n");
                write_indent(out, indent);
                for item in items {
                    write_indent(out, 1);
                    write_node(out, item, indent + 1);
                    out.push_str(",\n");
                    write_indent(out, indent);
                }
                out.push(']');
            }
        }
        Node::Mapping(entries) if entries.is_empty() => out.push_str("{}"),
        Node::Mapping(entries) => {
            out.push_str("{\n");
            for (key, value) in entries {
                write_indent(out, indent + 1);
                write_string(out, key, indent + 1, true);
                out.push_str(": ");
                write_node(out, value, indent + 1);
                out.push_str(",\n");
            }
            write_indent(out, indent);
            out.push('}');
        }
    }
}

/// `renderString`: `key` renders compactly and bare when it needs no quotes.
fn write_string(out: &mut String, text: &str, indent: usize, key: bool) {
    let multi = text.contains('\n');
    if key && !multi && !needs_quotes(text) {
        out.push_str(text);
        return;
    }
    let fold = multi && !key;
    out.push('"');
    if fold {
        out.push_str("\\\n");
    }
    for character in text.chars() {
        if out.ends_with('\n') {
            write_indent(out, indent);
            out.push(if character.is_whitespace() && character != '\n' {
                '\\'
            } else {
                ' '
            });
        }
        match character {
            '\n' if key => out.push_str("\\n"),
            '\n' => out.push_str("\\n\\\n"),
            '\t' if key => out.push_str("\\t"),
            '\t' => out.push('\t'),
            '"' | '\\' => {
                out.push('\\');
                out.push(character);
            }
            _ if go_is_print(character) => out.push(character),
            _ => push_escaped(out, character),
        }
    }
    if fold {
        if !out.ends_with('\n') {
            out.push_str("\\\n");
        }
        write_indent(out, indent);
    }
    out.push('"');
}

/// YAML's escapes for a character `strconv.IsPrint` rejects.
fn push_escaped(out: &mut String, character: char) {
    let short = match character {
        '\u{7}' => "\\a",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        '\r' => "\\r",
        '\u{b}' => "\\v",
        '\0' => "\\0",
        '\u{1b}' => "\\e",
        '\u{85}' => "\\N",
        '\u{a0}' => "\\_",
        '\u{2028}' => "\\L",
        '\u{2029}' => "\\P",
        _ => "",
    };
    if !short.is_empty() {
        out.push_str(short);
        return;
    }
    let code = u32::from(character);
    let escaped = if code < 0x20 || code == 0x7f {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    };
    out.push_str(&escaped);
}

/// `needsQuotes`: whether a key must be quoted.
fn needs_quotes(text: &str) -> bool {
    if text.is_empty() || is_type_ambiguous(text) {
        return true;
    }
    let count = text.chars().count();
    !text.chars().enumerate().all(|(index, character)| {
        character.is_alphanumeric()
            || character == '_'
            || (index > 0 && index + 1 < count && matches!(character, '-' | '.' | '/'))
    })
}

/// `isTypeAmbiguous`: whether a YAML parser could read the bare text as a null, a boolean, a
/// number or a timestamp.
fn is_type_ambiguous(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if text.len() <= 5
        && matches!(
            lower.as_str(),
            "null" | "~" | "" | "y" | "yes" | "on" | "n" | "no" | "off" | "true" | "false"
        )
    {
        return true;
    }
    if matches!(
        text,
        "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false" | "False"
    ) {
        return true;
    }
    let digits = text.replace('_', "");
    let number = crate::go_strconv::parse_int(&digits, 0).is_some()
        || crate::go_strconv::parse_float(&digits).is_some();
    if number || is_sexagesimal(text) {
        return true;
    }
    if text.len() <= 5 && matches!(lower.as_str(), ".inf" | "-.inf" | "+.inf" | ".nan") {
        return true;
    }
    super::yaml::parses_as_yaml_timestamp(text)
}

/// `^[+-]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`
fn is_sexagesimal(text: &str) -> bool {
    let text = text
        .strip_prefix('-')
        .or_else(|| text.strip_prefix('+'))
        .unwrap_or(text);
    let (body, fraction) = text.split_once('.').unwrap_or((text, ""));
    if !fraction.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return false;
    }
    let mut parts = body.split(':');
    let head = parts.next().unwrap_or("");
    let head_ok = head.starts_with(|c: char| ('1'..='9').contains(&c))
        && head.chars().all(|c| c.is_ascii_digit() || c == '_');
    let mut sections = 0;
    for part in parts {
        let ok = match part.as_bytes() {
            [digit] => digit.is_ascii_digit(),
            [tens, digit] => (b'0'..=b'5').contains(tens) && digit.is_ascii_digit(),
            _ => false,
        };
        if !ok {
            return false;
        }
        sections += 1;
    }
    head_ok && sections > 0
}

#[cfg(test)]
#[path = "kyaml_tests.rs"]
mod tests;
