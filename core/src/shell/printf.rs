//! bash's `printf` builtin: the format's backslash escapes (`\n`, `\NNN`, `\xHH`, `\uHHHH`),
//! the conversions `d i o u x X c s b q f F e E g G %` with their flags (`-+ #0`), widths and
//! precisions (`*` from the arguments), numbers as bash reads them (`0x10`, `010`, `'a`, with
//! `invalid number` errors), and the format reused while arguments remain. `-v NAME` stores
//! the output in a variable.

use crate::kubectl::Io;

/// The output and errors in the order they were written, the status, and the variable `-v`
/// names (if any).
pub(super) struct Printed {
    pub io: Io,
    pub status: i32,
    pub variable: Option<String>,
}

pub(super) fn printf(args: &[&str]) -> Printed {
    let mut printed = Printed {
        io: Io::default(),
        status: 0,
        variable: None,
    };
    let mut args = args;
    loop {
        match args.first().copied() {
            Some("--") => {
                args = &args[1..];
                break;
            }
            Some("-v") => {
                let Some(name) = args.get(1) else {
                    printed.io.err("bash: printf: -v: option requires an argument\nprintf: usage: printf [-v var] format [arguments]\n");
                    printed.status = 2;
                    return printed;
                };
                printed.variable = Some(name.to_string());
                args = &args[2..];
            }
            Some(option) if option.starts_with('-') && option.len() > 1 => {
                // bash's getopt names the first letter that is not an option.
                let letter = option.chars().nth(1).unwrap_or('-');
                printed.io.err(&format!(
                    "bash: printf: -{letter}: invalid option\nprintf: usage: printf [-v var] format [arguments]\n"
                ));
                printed.status = 2;
                return printed;
            }
            _ => break,
        }
    }
    let Some((format, values)) = args.split_first() else {
        printed
            .io
            .err("printf: usage: printf [-v var] format [arguments]\n");
        printed.status = 2;
        return printed;
    };
    let format: Vec<char> = format.chars().collect();
    let mut values = values.iter().copied();
    loop {
        let before = values.len();
        match one_pass(&format, &mut values, &mut printed) {
            Pass::Stopped => break,
            Pass::Done { converted } => {
                if !converted || values.len() == 0 || values.len() == before {
                    break;
                }
            }
        }
    }
    for (stream, text) in &mut printed.io.chunks {
        if *stream == crate::kubectl::Stream::Stdout {
            *text = decode_bytes(text);
        }
    }
    printed.io = line_buffered(std::mem::take(&mut printed.io));
    printed
}

/// The order a terminal sees: bash line-buffers its standard output, so the builtin's text
/// comes out line by line (the rest when it ends) while each error is written at once.
fn line_buffered(io: Io) -> Io {
    let mut ordered = Io::default();
    let mut pending = String::new();
    for (stream, text) in io.chunks {
        if stream == crate::kubectl::Stream::Stdout {
            pending.push_str(&text);
            if let Some(end) = pending.rfind('\n') {
                let rest = pending.split_off(end + 1);
                ordered.out(&pending);
                pending = rest;
            }
        } else {
            ordered.err(&text);
        }
    }
    ordered.out(&pending);
    ordered
}

/// bash's `sh_invalidnum`: the message for an argument that is not all a number.
fn invalid_number(text: &str, printed: &mut Printed) {
    let bytes = text.as_bytes();
    let what = match (bytes.first(), bytes.get(1)) {
        (Some(b'0'), Some(digit)) if digit.is_ascii_digit() => "invalid octal number",
        (Some(b'0'), Some(b'x')) => "invalid hex number",
        _ => "invalid number",
    };
    printed.io.err(&format!("bash: printf: {text}: {what}\n"));
    printed.status = 1;
}

enum Pass {
    /// `\c` in a `%b` argument, or an invalid conversion: nothing more is printed.
    Stopped,
    Done {
        converted: bool,
    },
}

/// One run through the format.
fn one_pass<'a>(
    format: &[char],
    values: &mut impl Iterator<Item = &'a str>,
    printed: &mut Printed,
) -> Pass {
    let mut converted = false;
    let mut at = 0;
    while let Some(&c) = format.get(at) {
        at += 1;
        if c == '\\' {
            let (text, used, _) = escape(&format[at..], EscapeRules::Format);
            printed.io.out(&text);
            at += used;
            continue;
        }
        if c != '%' {
            printed.io.out(c.encode_utf8(&mut [0; 4]));
            continue;
        }
        // %[flags][width][.precision]conversion
        let mut spec = Spec::default();
        while let Some(&flag) = format.get(at) {
            match flag {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            at += 1;
        }
        if format.get(at) == Some(&'*') {
            at += 1;
            let width = number_argument(values.next(), printed);
            if width < 0 {
                spec.left = true;
            }
            spec.width = Some(bounded(width.unsigned_abs() as usize));
        } else {
            spec.width = digits(format, &mut at).map(bounded);
        }
        if format.get(at) == Some(&'.') {
            at += 1;
            if format.get(at) == Some(&'*') {
                at += 1;
                let precision = number_argument(values.next(), printed);
                spec.precision = (precision >= 0).then_some(bounded(precision as usize));
            } else {
                spec.precision = Some(bounded(digits(format, &mut at).unwrap_or(0)));
            }
        }
        // Length modifiers are accepted and ignored, as bash does.
        while matches!(format.get(at), Some('h' | 'j' | 'l' | 'L' | 't' | 'z')) {
            at += 1;
        }
        let Some(&conversion) = format.get(at) else {
            printed
                .io
                .err("bash: printf: `%': missing format character\n");
            printed.status = 1;
            return Pass::Stopped;
        };
        at += 1;
        match conversion {
            '%' if spec == Spec::default() => printed.io.out("%"),
            's' | 'b' | 'q' => {
                converted = true;
                let value = values.next().unwrap_or("");
                let (text, stop) = match conversion {
                    's' => (value.to_string(), false),
                    'q' => (quote_for_reuse(value), false),
                    _ => expand_escapes(value),
                };
                let text: String = match spec.precision {
                    Some(precision) => text.chars().take(precision).collect(),
                    None => text,
                };
                printed.io.out(&spec.pad(&text, false));
                if stop {
                    return Pass::Stopped;
                }
            }
            'c' => {
                converted = true;
                let value = values.next().unwrap_or("");
                let text: String = value.chars().take(1).collect();
                printed.io.out(&spec.pad(&text, false));
            }
            'd' | 'i' => {
                converted = true;
                let value = integer_argument(values.next(), printed);
                let sign = spec.sign(value < 0);
                let digits = spec.min_digits(value.unsigned_abs().to_string());
                printed.io.out(&spec.pad_number(sign, &digits));
            }
            'o' | 'u' | 'x' | 'X' => {
                converted = true;
                let value = integer_argument(values.next(), printed) as u64;
                let (digits, prefix) = match conversion {
                    'o' => (format!("{value:o}"), if spec.alternate { "0" } else { "" }),
                    'u' => (value.to_string(), ""),
                    'x' => (
                        format!("{value:x}"),
                        if spec.alternate && value != 0 {
                            "0x"
                        } else {
                            ""
                        },
                    ),
                    _ => (
                        format!("{value:X}"),
                        if spec.alternate && value != 0 {
                            "0X"
                        } else {
                            ""
                        },
                    ),
                };
                let digits = spec.min_digits(digits);
                printed.io.out(&spec.pad_number(prefix, &digits));
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'a' | 'A' => {
                converted = true;
                let value = float_argument(values.next(), printed);
                let sign = spec.sign(value.is_sign_negative() && !value.is_nan());
                let body = format_float(value.abs(), conversion, spec.precision, spec.alternate);
                let zero = spec.zero && value.is_finite();
                // The precision counts decimals here: zero padding still applies.
                let spec = Spec {
                    zero,
                    precision: None,
                    ..spec
                };
                printed.io.out(&spec.pad_number(sign, &body));
            }
            other => {
                printed.io.err(&format!(
                    "bash: printf: `{other}': invalid format character\n"
                ));
                printed.status = 1;
                return Pass::Stopped;
            }
        }
    }
    Pass::Done { converted }
}

/// A conversion's flags, width and precision.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

impl Spec {
    /// What goes before a number's digits: `-`, or `+`/space when asked for.
    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }

    /// Text padded to the width with spaces.
    fn pad(&self, text: &str, _numeric: bool) -> String {
        let width = self.width.unwrap_or(0);
        let length = text.chars().count();
        if length >= width {
            return text.to_string();
        }
        let fill = " ".repeat(width - length);
        if self.left {
            format!("{text}{fill}")
        } else {
            format!("{fill}{text}")
        }
    }

    /// Integer digits with the precision's leading zeros.
    fn min_digits(&self, digits: String) -> String {
        match self.precision {
            Some(0) if digits == "0" => String::new(),
            Some(precision) if digits.len() < precision => {
                format!("{}{digits}", "0".repeat(precision - digits.len()))
            }
            _ => digits,
        }
    }

    /// A number: sign or prefix, then digits, padded with zeros after the sign (`0` flag, no
    /// precision, not left-aligned) or with spaces.
    fn pad_number(&self, prefix: &str, digits: &str) -> String {
        let width = self.width.unwrap_or(0);
        let length = prefix.len() + digits.chars().count();
        if length >= width {
            return format!("{prefix}{digits}");
        }
        let fill = width - length;
        if self.left {
            format!("{prefix}{digits}{}", " ".repeat(fill))
        } else if self.zero && self.precision.is_none() {
            format!("{prefix}{}{digits}", "0".repeat(fill))
        } else {
            format!("{}{prefix}{digits}", " ".repeat(fill))
        }
    }
}

/// Widths and precisions stay within 65,535: `%999999999d` would otherwise fill the page's
/// memory, and Rust's formatter refuses (panics on) a larger precision.
fn bounded(size: usize) -> usize {
    size.min(MAX_FIELD)
}

const MAX_FIELD: usize = u16::MAX as usize;

fn digits(format: &[char], at: &mut usize) -> Option<usize> {
    let start = *at;
    while format.get(*at).is_some_and(char::is_ascii_digit) {
        *at += 1;
    }
    (*at > start).then(|| {
        format[start..*at]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(usize::MAX)
    })
}

/// A width or precision given with `*`.
fn number_argument(value: Option<&str>, printed: &mut Printed) -> i64 {
    integer_argument(value, printed)
}

/// An integer as bash's printf reads it (`strtoimax` with base 0, or a quoted character's
/// code); what does not parse is `invalid number` and counts as far as it went.
fn integer_argument(value: Option<&str>, printed: &mut Printed) -> i64 {
    let Some(text) = value else {
        return 0;
    };
    if let Some(rest) = text.strip_prefix('\'').or_else(|| text.strip_prefix('"')) {
        return rest.chars().next().map(|c| c as i64).unwrap_or(0);
    }
    let trimmed = text.trim_start();
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let (radix, digits) = if let Some(hex) = unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        (16, hex)
    } else if unsigned.len() > 1 && unsigned.starts_with('0') {
        (8, &unsigned[1..])
    } else {
        (10, unsigned)
    };
    let valid: String = digits.chars().take_while(|c| c.is_digit(radix)).collect();
    let mut value: i64 = 0;
    let mut overflow = false;
    for c in valid.chars() {
        let digit = i64::from(c.to_digit(radix).unwrap_or(0));
        match value
            .checked_mul(i64::from(radix))
            .and_then(|v| v.checked_add(digit))
        {
            Some(next) => value = next,
            None => {
                overflow = true;
                value = i64::MAX;
            }
        }
    }
    // `strtoimax` leaves nothing unread of an empty text (a blank one is not converted).
    let blank = text.is_empty();
    if overflow {
        printed.io.err(&format!(
            "bash: printf: warning: {text}: Numerical result out of range\n"
        ));
    } else if !blank && (valid.len() != digits.len() || (digits.is_empty() && radix != 8)) {
        invalid_number(text, printed);
    }
    if negative {
        value.wrapping_neg()
    } else {
        value
    }
}

/// A floating-point argument (`strtold`): the longest prefix that is a number.
fn float_argument(value: Option<&str>, printed: &mut Printed) -> f64 {
    let Some(text) = value else {
        return 0.0;
    };
    if let Some(rest) = text.strip_prefix('\'').or_else(|| text.strip_prefix('"')) {
        return rest
            .chars()
            .next()
            .map(|c| f64::from(c as u32))
            .unwrap_or(0.0);
    }
    let trimmed = text.trim_start();
    let lower = trimmed.to_ascii_lowercase();
    for (word, value) in [("inf", f64::INFINITY), ("nan", f64::NAN)] {
        for sign in ["", "+", "-"] {
            if lower == format!("{sign}{word}") || lower == format!("{sign}{word}inity") {
                return if sign == "-" { -value } else { value };
            }
        }
    }
    if let Some((value, whole)) = hex_float(trimmed) {
        if !whole {
            invalid_number(text, printed);
        }
        return value;
    }
    let mut end = 0;
    let mut best = None;
    while end < trimmed.len() {
        end += trimmed[end..]
            .chars()
            .next()
            .map(char::len_utf8)
            .unwrap_or(1);
        if let Ok(parsed) = trimmed[..end].parse::<f64>() {
            best = Some((end, parsed));
        }
    }
    match best {
        Some((length, parsed)) if length == trimmed.len() => parsed,
        None if text.is_empty() => 0.0,
        other => {
            invalid_number(text, printed);
            other.map(|(_, parsed)| parsed).unwrap_or(0.0)
        }
    }
}

/// `strtold`'s hexadecimal form (`0x1A`, `-0x1.8p3`): the value of the longest prefix it
/// reads, and whether that is the whole text. `None` when there are no hex digits.
fn hex_float(text: &str) -> Option<(f64, bool)> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let digits = unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))?;
    let chars: Vec<char> = digits.chars().collect();
    let mut at = 0;
    let mut value = 0.0f64;
    let mut seen = false;
    while let Some(digit) = chars.get(at).and_then(|c| c.to_digit(16)) {
        value = value * 16.0 + f64::from(digit);
        seen = true;
        at += 1;
    }
    if chars.get(at) == Some(&'.') {
        let mut scale = 1.0 / 16.0;
        let mut next = at + 1;
        while let Some(digit) = chars.get(next).and_then(|c| c.to_digit(16)) {
            value += f64::from(digit) * scale;
            scale /= 16.0;
            seen = true;
            next += 1;
        }
        if seen {
            at = next;
        }
    }
    if !seen {
        return None;
    }
    if matches!(chars.get(at), Some('p' | 'P')) {
        let rest: String = chars.get(at + 1..).unwrap_or_default().iter().collect();
        let sign_len = usize::from(rest.starts_with(['+', '-']));
        let exponent_digits = rest
            .get(sign_len..)
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if exponent_digits > 0 {
            let exponent: i32 = rest
                .get(..sign_len + exponent_digits)
                .and_then(|text| text.parse().ok())
                .unwrap_or(0);
            value *= 2f64.powi(exponent);
            at += 1 + sign_len + exponent_digits;
        }
    }
    let value = if negative { -value } else { value };
    Some((value, at == chars.len()))
}

/// C's `%f`, `%e`, `%g` (and upper-case forms) of a non-negative number.
fn format_float(value: f64, conversion: char, precision: Option<usize>, alternate: bool) -> String {
    let upper = conversion.is_ascii_uppercase();
    if value.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if value.is_infinite() {
        return if upper { "INF" } else { "inf" }.to_string();
    }
    let precision = precision.unwrap_or(6);
    let text = match conversion.to_ascii_lowercase() {
        'f' => format!("{value:.precision$}"),
        'e' => exponent_form(value, precision),
        'a' => exponent_form(value, precision),
        _ => {
            // %g: %e if the exponent is below -4 or at least the precision, else %f, then
            // without trailing zeros (unless `#`).
            let precision = precision.max(1);
            let exponent = if value == 0.0 {
                0
            } else {
                let e = exponent_form(value, precision - 1);
                e.rsplit('e')
                    .next()
                    .and_then(|x| x.parse::<i32>().ok())
                    .unwrap_or(0)
            };
            let text = if exponent < -4 || exponent >= precision as i32 {
                exponent_form(value, precision - 1)
            } else {
                let decimals = (precision as i32 - 1 - exponent).max(0) as usize;
                format!("{value:.decimals$}")
            };
            if alternate {
                text
            } else {
                strip_zeros(&text)
            }
        }
    };
    let text = if alternate && precision == 0 && !text.contains('.') {
        match text.split_once('e') {
            Some((mantissa, exponent)) => format!("{mantissa}.e{exponent}"),
            None => format!("{text}."),
        }
    } else {
        text
    };
    if upper {
        text.to_ascii_uppercase()
    } else {
        text
    }
}

/// `1.500000e+00`: the mantissa with `precision` decimals, and a signed exponent of at least
/// two digits.
fn exponent_form(value: f64, precision: usize) -> String {
    let text = format!("{value:.precision$e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exponent.abs())
}

/// `%g` drops trailing zeros of the fraction (and the point).
fn strip_zeros(text: &str) -> String {
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (text, None),
    };
    let mantissa = if mantissa.contains('.') {
        mantissa.trim_end_matches('0').trim_end_matches('.')
    } else {
        mantissa
    };
    match exponent {
        Some(exponent) => format!("{mantissa}e{exponent}"),
        None => mantissa.to_string(),
    }
}

/// The backslash escapes of `%b` and of `echo -e` (bash's `ansicstr`): `\0NNN`, `\xHH`,
/// `\uHHHH`…; `true` when `\c` ended the text there.
pub(super) fn expand_backslashes(text: &str) -> (String, bool) {
    let (text, stopped) = expand_escapes(text);
    (decode_bytes(&text), stopped)
}

/// `expand_backslashes` with its raw bytes still as stand-ins (`%b` inside a format).
fn expand_escapes(text: &str) -> (String, bool) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    while let Some(&c) = chars.get(index) {
        index += 1;
        if c != '\\' {
            out.push(c);
            continue;
        }
        let (text, used, stopped) = escape(&chars[index..], EscapeRules::Argument);
        out.push_str(&text);
        index += used;
        if stopped {
            return (out, true);
        }
    }
    (out, false)
}

/// Where an escape is read: the format (`\NNN`, up to three octal digits) or a `%b`
/// argument (`\0NNN`, and `\c` stops the output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EscapeRules {
    Format,
    Argument,
}

/// The escape after a backslash: its text, the characters it used, and whether it is `\c`.
fn escape(rest: &[char], rules: EscapeRules) -> (String, usize, bool) {
    let Some(&c) = rest.first() else {
        return ("\\".to_string(), 0, false);
    };
    let simple = match c {
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'e' | 'E' => Some('\u{1b}'),
        'f' => Some('\u{c}'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\u{b}'),
        '\\' => Some('\\'),
        '"' if rules == EscapeRules::Format => Some('"'),
        '\'' if rules == EscapeRules::Format => Some('\''),
        '?' if rules == EscapeRules::Format => Some('?'),
        _ => None,
    };
    if let Some(simple) = simple {
        return (simple.to_string(), 1, false);
    }
    let number = |from: usize, radix: u32, max: usize| {
        let digits: String = rest[from..]
            .iter()
            .take(max)
            .take_while(|c| c.is_digit(radix))
            .collect();
        let value = u32::from_str_radix(&digits, radix).ok();
        (value, digits.len())
    };
    match c {
        'c' if rules == EscapeRules::Argument => (String::new(), 1, true),
        '0' if rules == EscapeRules::Argument => {
            let (value, used) = number(1, 8, 3);
            (byte_char(value.unwrap_or(0)), 1 + used, false)
        }
        '0'..='7' if rules == EscapeRules::Format => {
            let (value, used) = number(0, 8, 3);
            (byte_char(value.unwrap_or(0)), used, false)
        }
        '1'..='7' => {
            let (value, used) = number(0, 8, 3);
            (byte_char(value.unwrap_or(0)), used, false)
        }
        'x' => match number(1, 16, 2) {
            (Some(value), used) => (byte_char(value), 1 + used, false),
            (None, _) => ("\\x".to_string(), 1, false),
        },
        'u' | 'U' => {
            let max = if c == 'u' { 4 } else { 8 };
            match number(1, 16, max) {
                (Some(value), used) => (
                    char::from_u32(value).map(String::from).unwrap_or_default(),
                    1 + used,
                    false,
                ),
                (None, _) => (format!("\\{c}"), 1, false),
            }
        }
        other => (format!("\\{other}"), 1, false),
    }
}

/// `%q`: the text quoted so the shell reads it back as one word, as bash writes it (a
/// backslash before each special character, `''` for nothing, `$'…'` for control characters).
fn quote_for_reuse(text: &str) -> String {
    if text.is_empty() {
        return "''".to_string();
    }
    if text.chars().any(|c| c.is_control()) {
        let mut out = String::from("$'");
        for c in text.chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\'' => out.push_str("\\'"),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => out.push_str(&format!("\\{:03o}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('\'');
        return out;
    }
    let mut out = String::new();
    for c in text.chars() {
        if " \t'\"\\|&;()<>!{}[]$`*?#~=%^,".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A byte value as text: ASCII as itself; others as the Latin-1 character of the same number
/// (the playground's text is UTF-8, so a lone byte cannot be kept as such).
fn byte_char(value: u32) -> String {
    String::from(raw_byte(value))
}

/// The first private-use character of the 128 that hold a byte of 0x80 or more.
const RAW_BYTES: u32 = 0x10_FF00;

/// A byte an escape writes (`\303`, `\xbc`): below 0x80 the character itself; above, a
/// private-use stand-in until [`decode_bytes`] joins the bytes as a terminal reads them.
pub(crate) fn raw_byte(value: u32) -> char {
    let byte = value & 0xff;
    let code = if byte < 0x80 { byte } else { RAW_BYTES + byte };
    char::from_u32(code).unwrap_or('\u{fffd}')
}

/// Text with its stand-ins for raw bytes decoded as UTF-8 (`\303\274` is `ü`), a byte that
/// starts no character becoming `U+FFFD`, as the terminal shows it.
pub(crate) fn decode_bytes(text: &str) -> String {
    let raw = |c: char| (RAW_BYTES + 0x80..=RAW_BYTES + 0xff).contains(&u32::from(c));
    if !text.chars().any(raw) {
        return text.to_string();
    }
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        if raw(c) {
            bytes.push((u32::from(c) - RAW_BYTES) as u8);
        } else {
            bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::printf;
    use crate::kubectl::Stream;

    /// Outputs of bash 5.2's printf for the same arguments.
    #[test]
    fn huge_widths_and_precisions_are_bounded() {
        for args in [
            &["%999999999999d", "1"][..],
            &["%.999999999f", "1"],
            &["%*s", "2000000000", "x"],
            &["%.*d", "2000000000", "7"],
        ] {
            let format = args[0];
            let printed = printf(args);
            assert!(
                printed.io.text(Stream::Stdout).len() <= (1 << 20) + 64,
                "{format}"
            );
        }
    }

    #[test]
    fn formats_like_bash() {
        for (args, out, err, status) in [
            (&["--", "-x\\n"][..], "-x\n", "", 0),
            (&["%x %o %e %.2f\\n", "255", "8", "1.5", "3.14159"], "ff 10 1.500000e+00 3.14\n", "", 0),
            (&["%u\\n", "42"], "42\n", "", 0),
            (&["%c\\n", "hello"], "h\n", "", 0),
            (&["%+d %d\\n", "5", "-5"], "+5 -5\n", "", 0),
            (&["%03d|%-4d|%4s|\\n", "5", "7", "ab"], "005|7   |  ab|\n", "", 0),
            (&["%5.2s|\\n", "abcdef"], "   ab|\n", "", 0),
            (&["%d\\n", "abc"], "0\n", "bash: printf: abc: invalid number\n", 1),
            (&["%d\\n", "3.5"], "3\n", "bash: printf: 3.5: invalid number\n", 1),
            (&["%d %d %d\\n", "0x10", "010", "'A"], "16 8 65\n", "", 0),
            (&["\\101\\x41\\u3042\\n"], "AAあ\n", "", 0),
            (&["%5%|\\n"], "", "bash: printf: `%': invalid format character\n", 1),
            (&["%s-%s\\n", "a", "b", "c"], "a-b\nc-\n", "", 0),
            (&["%b|\\n", "x\\ty\\0101"], "x\tyA|\n", "", 0),
            (&["%g %g %g %G\\n", "100000", "1000000", "0.0001", "1e-5"], "100000 1e+06 0.0001 1E-05\n", "", 0),
            (&["%#x %#o %x\\n", "255", "8", "-1"], "0xff 010 ffffffffffffffff\n", "", 0),
            (&["%*d|%-*d|\\n", "4", "7", "3", "1"], "   7|1  |\n", "", 0),
            (&["%05.1f|%-6.2f|%+.0f\\n", "3.14159", "2.5", "2.5"], "003.1|2.50  |+2\n", "", 0),
            (&["no conversions\\n", "extra"], "no conversions\n", "", 0),
            (&["- a\\n"], "", "bash: printf: - : invalid option\nprintf: usage: printf [-v var] format [arguments]\n", 2),
            (&["-"], "-", "", 0),
            // `z` is a length modifier; the backslash after it is the conversion.
            (&["%z\\n"], "", "bash: printf: `\\': invalid format character\n", 1),
            (&["%q|%q|%q\\n", "a b", "", "it's"], "a\\ b|''|it\\'s\n", "", 0),
            (&["%d\\n", "99999999999999999999"], "9223372036854775807\n", "bash: printf: warning: 99999999999999999999: Numerical result out of range\n", 0),
            (&["%.3e %10.4f|%-8.2e|\\n", "12345.678", "3.14159", "0.000123"], "1.235e+04     3.1416|1.23e-04|\n", "", 0),
            (&["%b\\n", "a\\cb"], "a", "", 0),
            (&["%i|%d\\n", " 12", "+7"], "12|7\n", "", 0),
        ] {
            let printed = printf(args);
            assert_eq!(
                (
                    printed.io.text(Stream::Stdout).as_str(),
                    printed.io.text(Stream::Stderr).as_str(),
                    printed.status
                ),
                (out, err, status),
                "{args:?}"
            );
        }
    }
}
