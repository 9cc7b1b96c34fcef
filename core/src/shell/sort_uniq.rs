//! GNU `sort` and `uniq` in the C locale. `sort`: keys (`-k POS1[,POS2]` with per-key `bnfhr`),
//! `-t SEP`, `-n`, `-h`, `-f`, `-b`, `-r`, `-u`, `-s`, `-c`/`-C`, `-o FILE`, and the whole line
//! as the last resort. `uniq`: `-c`, `-d`, `-u`, `-i`, `-f N`, `-s N`, `-w N`, input and output
//! files.

use super::builtins::{fs_error, Stdin};
use crate::kubectl::Io;
use crate::vfs::Vfs;
use std::cmp::Ordering;

/// How lines (or keys) compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Order {
    numeric: bool,
    human: bool,
    fold: bool,
    blanks: bool,
    reverse: bool,
}

impl Order {
    fn is_default(&self) -> bool {
        *self == Order::default()
    }

    fn apply_letter(&mut self, letter: char) -> bool {
        match letter {
            'n' => self.numeric = true,
            'h' => self.human = true,
            'f' => self.fold = true,
            'b' => self.blanks = true,
            'r' => self.reverse = true,
            _ => return false,
        }
        true
    }
}

/// `-k`: from field `start` (char `start_char`, 1-based; 0 = the field's start) to field
/// `end` (`None`: the line's end; char 0 = the field's end).
#[derive(Debug, Clone, Copy)]
struct Key {
    start: usize,
    start_char: usize,
    end: Option<(usize, usize)>,
    order: Order,
}

/// A bad key or separator: the message alone.
fn bad_spec(io: &mut Io, message: &str) -> i32 {
    io.err(&format!("sort: {message}\n"));
    2
}

fn usage(io: &mut Io, message: &str) -> i32 {
    io.err(&format!(
        "sort: {message}\nTry 'sort --help' for more information.\n"
    ));
    2
}

pub(super) fn sort(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &mut Vfs) -> i32 {
    let mut global = Order::default();
    let mut keys: Vec<Key> = Vec::new();
    let mut separator: Option<char> = None;
    let mut unique = false;
    let mut stable = false;
    let mut check: Option<bool> = None; // Some(quiet)
    let mut output: Option<String> = None;
    let mut zero_terminated = false;
    let mut files: Vec<&str> = Vec::new();
    let mut index = 0;
    let mut options_done = false;
    while let Some(&arg) = args.get(index) {
        index += 1;
        if options_done || arg == "-" || !arg.starts_with('-') {
            files.push(arg);
            continue;
        }
        if arg == "--" {
            options_done = true;
            continue;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (long, None),
            };
            match name {
                "numeric-sort" => global.numeric = true,
                "human-numeric-sort" => global.human = true,
                "ignore-case" => global.fold = true,
                "ignore-leading-blanks" => global.blanks = true,
                "reverse" => global.reverse = true,
                "unique" => unique = true,
                "stable" => stable = true,
                "zero-terminated" => zero_terminated = true,
                "check" => check = Some(value.as_deref() == Some("quiet")),
                "field-separator" | "key" | "output" => {
                    let value = match value {
                        Some(value) => value,
                        None => match args.get(index) {
                            Some(value) => {
                                index += 1;
                                value.to_string()
                            }
                            None => {
                                return usage(
                                    io,
                                    &format!("option '--{name}' requires an argument"),
                                )
                            }
                        },
                    };
                    let letter = match name {
                        "field-separator" => 't',
                        "key" => 'k',
                        _ => 'o',
                    };
                    if let Err(message) =
                        apply_valued(letter, value, &mut separator, &mut keys, &mut output)
                    {
                        return bad_spec(io, &message);
                    }
                }
                _ => return usage(io, &format!("unrecognized option '{arg}'")),
            }
            continue;
        }
        let letters: Vec<char> = arg.chars().skip(1).collect();
        let mut at = 0;
        while let Some(&letter) = letters.get(at) {
            at += 1;
            if global.apply_letter(letter) {
                continue;
            }
            match letter {
                'u' => unique = true,
                's' => stable = true,
                'c' => check = Some(false),
                'z' => zero_terminated = true,
                'C' => check = Some(true),
                'V' | 'M' | 'g' | 'd' | 'i' => {}
                't' | 'k' | 'o' => {
                    let Some(value) = option_value(&letters[at..], args, &mut index) else {
                        return usage(io, &format!("option requires an argument -- '{letter}'"));
                    };
                    if let Err(message) =
                        apply_valued(letter, value, &mut separator, &mut keys, &mut output)
                    {
                        return bad_spec(io, &message);
                    }
                    at = letters.len();
                }
                other => return usage(io, &format!("invalid option -- '{other}'")),
            }
        }
    }
    // Keys without their own ordering options take the global ones.
    for key in &mut keys {
        if key.order.is_default() {
            key.order = global;
        }
    }
    if files.is_empty() {
        files.push("-");
    }
    let terminator = if zero_terminated { '\0' } else { '\n' };
    let mut text = String::new();
    for file in &files {
        if *file == "-" {
            text.push_str(stdin.read());
            continue;
        }
        match fs.read(file) {
            Ok(content) => {
                text.push_str(content);
                if !content.is_empty() && !content.ends_with(terminator) {
                    text.push(terminator);
                }
            }
            Err(error) => {
                io.err(&format!("sort: cannot read: {file}: {error}\n"));
                return 2;
            }
        }
    }
    let lines: Vec<&str> = text
        .strip_suffix(terminator)
        .unwrap_or(&text)
        .split(terminator)
        .filter(|_| !text.is_empty())
        .collect();
    let compare = |a: &str, b: &str| -> Ordering {
        let mut ordering = Ordering::Equal;
        if keys.is_empty() {
            if !global.is_default() {
                ordering = compare_text(a, b, global);
            }
        } else {
            for key in &keys {
                let ka = key_text(a, key, separator);
                let kb = key_text(b, key, separator);
                ordering = compare_text(ka, kb, key.order);
                if ordering != Ordering::Equal {
                    break;
                }
            }
        }
        if ordering == Ordering::Equal && !stable && !unique {
            // The last resort: the whole lines, bytewise (reversed with -r).
            ordering = a.as_bytes().cmp(b.as_bytes());
            if global.reverse {
                ordering = ordering.reverse();
            }
        }
        ordering
    };
    if let Some(quiet) = check {
        let file = files.first().copied().unwrap_or("-");
        for (number, pair) in lines.windows(2).enumerate() {
            let ordering = compare(pair[0], pair[1]);
            if ordering == Ordering::Greater || (unique && ordering == Ordering::Equal) {
                if !quiet {
                    io.err(&format!(
                        "sort: {file}:{}: disorder: {}\n",
                        number + 2,
                        pair[1]
                    ));
                }
                return 1;
            }
        }
        return 0;
    }
    let mut sorted = lines;
    crate::sort::sort_by(&mut sorted, |a, b| compare(a, b));
    if unique {
        sorted.dedup_by(|b, a| compare(a, b) == Ordering::Equal);
    }
    let mut out = String::new();
    for line in sorted {
        out.push_str(line);
        out.push(terminator);
    }
    match output {
        Some(path) => {
            if let Err(error) = fs.write(&path, &out) {
                io.err(&format!("sort: open failed: {path}: {error}\n"));
                return 2;
            }
        }
        None => io.out(&out),
    }
    0
}

/// A short option's value: the rest of its word (`-k2`), else the next word (`-k 2`).
fn option_value(rest: &[char], args: &[&str], index: &mut usize) -> Option<String> {
    if !rest.is_empty() {
        return Some(rest.iter().collect());
    }
    let value = args.get(*index)?;
    *index += 1;
    Some(value.to_string())
}

/// `-t SEP`, `-k KEY` or `-o FILE` (long or short).
fn apply_valued(
    letter: char,
    value: String,
    separator: &mut Option<char>,
    keys: &mut Vec<Key>,
    output: &mut Option<String>,
) -> Result<(), String> {
    match letter {
        't' => *separator = Some(separator_of(&value)?),
        'k' => keys.push(parse_key(&value)?),
        _ => *output = Some(value),
    }
    Ok(())
}

fn separator_of(value: &str) -> Result<char, String> {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        (None, _) => Err("empty tab".to_string()),
        _ if value == "\\0" => Ok('\0'),
        _ => Err(format!("multi-character tab '{value}'")),
    }
}

/// `-k POS1[,POS2]`, each `F[.C][OPTS]`.
fn parse_key(spec: &str) -> Result<Key, String> {
    let invalid = || format!("invalid number at field start: invalid count at start of '{spec}'");
    let (first, second) = match spec.split_once(',') {
        Some((first, second)) => (first, Some(second)),
        None => (spec, None),
    };
    let mut order = Order::default();
    let mut position = |text: &str, start: bool| -> Result<(usize, usize), String> {
        let digits_end = text
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(text.len());
        let (number, letters) = text.split_at(digits_end);
        for letter in letters.chars() {
            if !order.apply_letter(letter) {
                return Err(format!(
                    "stray character in field spec: invalid field specification '{spec}'"
                ));
            }
        }
        let (field, character) = match number.split_once('.') {
            Some((field, character)) => (field, Some(character)),
            None => (number, None),
        };
        let field: usize = field.parse().map_err(|_| invalid())?;
        if field == 0 {
            return Err(format!(
                "field number is zero: invalid field specification '{spec}'"
            ));
        }
        let character = match character {
            Some(c) => c.parse::<usize>().map_err(|_| invalid())?,
            None => 0,
        };
        if start && character == 0 && number.contains('.') {
            return Err(format!(
                "character offset is zero: invalid field specification '{spec}'"
            ));
        }
        Ok((field, character))
    };
    let (start, start_char) = position(first, true)?;
    let end = match second {
        Some(second) => Some(position(second, false)?),
        None => None,
    };
    Ok(Key {
        start,
        start_char,
        end,
        order,
    })
}

/// The byte ranges of a line's fields: with `-t`, between separators; else each field starts
/// with the blanks before it.
fn fields(line: &str, separator: Option<char>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    match separator {
        Some(sep) => {
            let mut start = 0;
            for (at, c) in line.char_indices() {
                if c == sep {
                    out.push((start, at));
                    start = at + c.len_utf8();
                }
            }
            out.push((start, line.len()));
        }
        None => {
            let bytes = line.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                let start = at;
                while at < bytes.len() && (bytes[at] == b' ' || bytes[at] == b'\t') {
                    at += 1;
                }
                while at < bytes.len() && bytes[at] != b' ' && bytes[at] != b'\t' {
                    at += 1;
                }
                out.push((start, at));
            }
        }
    }
    out
}

fn key_text<'l>(line: &'l str, key: &Key, separator: Option<char>) -> &'l str {
    let fields = fields(line, separator);
    let skip_blanks = |text: &str, from: usize| {
        from + text[from..].len() - text[from..].trim_start_matches([' ', '\t']).len()
    };
    let start = match fields.get(key.start - 1) {
        None => return "",
        Some(&(field_start, field_end)) => {
            let mut at = field_start;
            if key.order.blanks {
                at = skip_blanks(line, at);
            }
            if key.start_char > 0 {
                at = line[at..field_end.max(at)]
                    .char_indices()
                    .nth(key.start_char - 1)
                    .map(|(offset, _)| at + offset)
                    .unwrap_or(field_end.max(at));
            }
            at
        }
    };
    let end = match key.end {
        None => line.len(),
        Some((field, 0)) => fields.get(field - 1).map(|f| f.1).unwrap_or(line.len()),
        Some((field, character)) => match fields.get(field - 1) {
            None => line.len(),
            Some(&(field_start, field_end)) => {
                let from = if key.order.blanks {
                    skip_blanks(line, field_start)
                } else {
                    field_start
                };
                line[from..field_end.max(from)]
                    .char_indices()
                    .nth(character)
                    .map(|(offset, _)| from + offset)
                    .unwrap_or(field_end)
            }
        },
    };
    if end <= start {
        ""
    } else {
        &line[start..end]
    }
}

fn compare_text(a: &str, b: &str, order: Order) -> Ordering {
    let (a, b) = if order.blanks || order.numeric || order.human {
        (
            a.trim_start_matches([' ', '\t']),
            b.trim_start_matches([' ', '\t']),
        )
    } else {
        (a, b)
    };
    let ordering = if order.numeric || order.human {
        let (x, y) = (number_of(a, order.human), number_of(b, order.human));
        x.partial_cmp(&y).unwrap_or(Ordering::Equal)
    } else if order.fold {
        a.bytes()
            .map(|c| c.to_ascii_uppercase())
            .cmp(b.bytes().map(|c| c.to_ascii_uppercase()))
    } else {
        a.as_bytes().cmp(b.as_bytes())
    };
    if order.reverse {
        ordering.reverse()
    } else {
        ordering
    }
}

/// The number at the start of a key (`-n`: digits with an optional sign and point; `-h`: and
/// a suffix K M G T P E, ranked by suffix first).
fn number_of(text: &str, human: bool) -> f64 {
    let mut end = 0;
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b'-') {
        end = 1;
    }
    let mut seen_point = false;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || (bytes[end] == b'.' && !seen_point))
    {
        seen_point |= bytes[end] == b'.';
        end += 1;
    }
    let value: f64 = text[..end].parse().unwrap_or(0.0);
    if !human {
        return value;
    }
    let power = match bytes.get(end) {
        Some(b'k' | b'K') => 1,
        Some(b'M') => 2,
        Some(b'G') => 3,
        Some(b'T') => 4,
        Some(b'P') => 5,
        Some(b'E') => 6,
        _ => 0,
    };
    value * 1024f64.powi(power)
}

pub(super) fn uniq(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &mut Vfs) -> i32 {
    let mut count = false;
    let mut repeated = false;
    let mut unique_only = false;
    let mut fold = false;
    let mut skip_fields = 0usize;
    let mut skip_chars = 0usize;
    let mut width: Option<usize> = None;
    let mut operands: Vec<&str> = Vec::new();
    let mut index = 0;
    let usage = |io: &mut Io, message: String| {
        io.err(&format!(
            "uniq: {message}\nTry 'uniq --help' for more information.\n"
        ));
        1
    };
    while let Some(&arg) = args.get(index) {
        index += 1;
        if arg == "-" || !arg.starts_with('-') {
            operands.push(arg);
            continue;
        }
        let letters: Vec<char> = arg.chars().skip(1).collect();
        let mut at = 0;
        while let Some(&letter) = letters.get(at) {
            at += 1;
            match letter {
                'c' => count = true,
                'd' => repeated = true,
                'u' => unique_only = true,
                'i' => fold = true,
                'f' | 's' | 'w' => {
                    let Some(value) = option_value(&letters[at..], args, &mut index) else {
                        return usage(io, format!("option requires an argument -- '{letter}'"));
                    };
                    let Ok(number) = value.parse::<usize>() else {
                        let what = match letter {
                            'f' => "number of fields to skip",
                            's' => "number of bytes to skip",
                            _ => "number of bytes to compare",
                        };
                        io.err(&format!("uniq: {value}: invalid {what}\n"));
                        return 1;
                    };
                    match letter {
                        'f' => skip_fields = number,
                        's' => skip_chars = number,
                        _ => width = Some(number),
                    }
                    at = letters.len();
                }
                other => return usage(io, format!("invalid option -- '{other}'")),
            }
        }
    }
    if operands.len() > 2 {
        return usage(io, format!("extra operand '{}'", operands[2]));
    }
    let text = match operands.first().copied() {
        None | Some("-") => stdin.read().to_string(),
        Some(file) => match fs.read(file) {
            Ok(text) => text.to_string(),
            Err(error) => {
                io.err(&fs_error("uniq", file, &error));
                return 1;
            }
        },
    };
    let compared = |line: &str| -> String {
        let mut rest = line;
        for _ in 0..skip_fields {
            rest = rest.trim_start_matches([' ', '\t']);
            rest = rest.trim_start_matches(|c: char| c != ' ' && c != '\t');
        }
        let rest: String = rest.chars().skip(skip_chars).collect();
        let rest: String = match width {
            Some(width) => rest.chars().take(width).collect(),
            None => rest,
        };
        if fold {
            rest.to_ascii_lowercase()
        } else {
            rest
        }
    };
    let mut runs: Vec<(usize, &str)> = Vec::new();
    let mut last_key: Option<String> = None;
    for line in text.lines() {
        let key = compared(line);
        match runs.last_mut() {
            Some((n, _)) if last_key.as_deref() == Some(key.as_str()) => *n += 1,
            _ => runs.push((1, line)),
        }
        last_key = Some(key);
    }
    let mut out = String::new();
    for (n, line) in runs {
        if (repeated && n < 2) || (unique_only && n > 1) {
            continue;
        }
        if count {
            // GNU: the count right-aligned in 7 columns, then a space.
            out.push_str(&format!("{n:>7} {line}\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    match operands.get(1) {
        Some(path) => {
            if let Err(error) = fs.write(path, &out) {
                io.err(&fs_error("uniq", path, &error));
                return 1;
            }
        }
        None => io.out(&out),
    }
    0
}
