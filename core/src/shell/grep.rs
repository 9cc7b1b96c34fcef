//! `grep` as GNU grep 3.x runs it: BRE/ERE/fixed patterns through `super::regex`, GNU's
//! options (clusters, long forms, `-e`, context with `--` separators, `-o`, `-w`, `-x`, `-l`,
//! `-c`, `-q`, `-m`), file-name prefixes, and its messages and exit statuses 0/1/2.

use super::builtins::{fs_error, lines_of};
use super::regex::{Regex, Syntax};
use crate::kubectl::Io;
use crate::vfs::Vfs;

const GREP_USAGE: &str =
    "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/// `grep`'s options.
#[derive(Default)]
struct GrepOptions {
    syntax: Syntax,
    fixed: bool,
    invert: bool,
    count: bool,
    line_numbers: bool,
    quiet: bool,
    only_matching: bool,
    files_with_matches: bool,
    files_without_match: bool,
    no_messages: bool,
    /// `Some(true)` for `-H`, `Some(false)` for `-h`.
    with_names: Option<bool>,
    max_count: Option<usize>,
    /// Whether `-A`, `-B` or `-C` was given (even 0): groups get `--` between them.
    context: bool,
    after: usize,
    before: usize,
}

/// An option that takes a value (`-e`, `-m`, `-A`, `-B`, `-C` and their long names).
fn set_valued(
    options: &mut GrepOptions,
    patterns: &mut Vec<String>,
    explicit: &mut bool,
    letter: char,
    value: &str,
) -> Result<(), String> {
    let context = |value: &str| {
        value
            .parse::<usize>()
            .map_err(|_| format!("grep: {value}: invalid context length argument\n"))
    };
    match letter {
        'e' => {
            *explicit = true;
            patterns.extend(value.split('\n').map(str::to_string));
        }
        'm' => {
            options.max_count = Some(
                value
                    .parse()
                    .map_err(|_| "grep: invalid max count\n".to_string())?,
            )
        }
        'A' => {
            options.context = true;
            options.after = context(value)?;
        }
        'B' => {
            options.context = true;
            options.before = context(value)?;
        }
        _ => {
            options.context = true;
            options.after = context(value)?;
            options.before = options.after;
        }
    }
    Ok(())
}

/// Reads grep's command line (GNU-style: options anywhere, clusters, `--`); `Err` is the
/// message for a bad option.
fn grep_options(
    args: &[&str],
    options: &mut GrepOptions,
    patterns: &mut Vec<String>,
) -> Result<Vec<String>, String> {
    let mut positional = Vec::new();
    let mut explicit = false;
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        index += 1;
        if *arg == "--" {
            positional.extend(args.iter().skip(index).map(|a| a.to_string()));
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (long, None),
            };
            let mut value_or_next = || {
                value.clone().or_else(|| {
                    index += 1;
                    args.get(index - 1).map(|a| a.to_string())
                })
            };
            match name {
                "extended-regexp" => options.syntax.extended = true,
                "basic-regexp" => options.syntax.extended = false,
                "fixed-strings" => options.fixed = true,
                "ignore-case" => options.syntax.ignore_case = true,
                "no-ignore-case" => options.syntax.ignore_case = false,
                "invert-match" => options.invert = true,
                "count" => options.count = true,
                "line-number" => options.line_numbers = true,
                "quiet" | "silent" => options.quiet = true,
                "only-matching" => options.only_matching = true,
                "word-regexp" => options.syntax.word = true,
                "line-regexp" => options.syntax.line = true,
                "files-with-matches" => options.files_with_matches = true,
                "files-without-match" => options.files_without_match = true,
                "no-messages" => options.no_messages = true,
                "with-filename" => options.with_names = Some(true),
                "no-filename" => options.with_names = Some(false),
                // Colours are not drawn (into a pipe grep draws none; on a terminal, a gap).
                "color" | "colour" => {}
                "regexp" | "max-count" | "after-context" | "before-context" | "context" => {
                    let Some(value) = value_or_next() else {
                        return Err(format!(
                            "grep: option '--{name}' requires an argument\n{GREP_USAGE}"
                        ));
                    };
                    let letter = match name {
                        "regexp" => 'e',
                        "max-count" => 'm',
                        "after-context" => 'A',
                        "before-context" => 'B',
                        _ => 'C',
                    };
                    set_valued(options, patterns, &mut explicit, letter, &value)?;
                }
                _ => return Err(format!("grep: unrecognized option '{arg}'\n{GREP_USAGE}")),
            }
            continue;
        }
        let Some(cluster) = arg.strip_prefix('-').filter(|c| !c.is_empty()) else {
            positional.push(arg.to_string());
            continue;
        };
        if cluster.chars().all(|c| c.is_ascii_digit()) {
            set_valued(options, patterns, &mut explicit, 'C', cluster)?;
            continue;
        }
        for (offset, letter) in cluster.char_indices() {
            match letter {
                'E' => options.syntax.extended = true,
                'G' => options.syntax.extended = false,
                'F' => options.fixed = true,
                'i' | 'y' => options.syntax.ignore_case = true,
                'v' => options.invert = true,
                'c' => options.count = true,
                'n' => options.line_numbers = true,
                'q' => options.quiet = true,
                'o' => options.only_matching = true,
                'w' => options.syntax.word = true,
                'x' => options.syntax.line = true,
                'l' => options.files_with_matches = true,
                'L' => options.files_without_match = true,
                's' => options.no_messages = true,
                'H' => options.with_names = Some(true),
                'h' => options.with_names = Some(false),
                'e' | 'A' | 'B' | 'C' | 'm' => {
                    let rest = cluster.get(offset + 1..).unwrap_or("");
                    let value = if rest.is_empty() {
                        index += 1;
                        match args.get(index - 1) {
                            Some(value) => value.to_string(),
                            None => {
                                return Err(format!(
                                    "grep: option requires an argument -- '{letter}'\n{GREP_USAGE}"
                                ))
                            }
                        }
                    } else {
                        rest.to_string()
                    };
                    set_valued(options, patterns, &mut explicit, letter, &value)?;
                    break;
                }
                other => {
                    return Err(format!("grep: invalid option -- '{other}'\n{GREP_USAGE}"));
                }
            }
        }
    }
    if !explicit {
        if positional.is_empty() {
            return Err(GREP_USAGE.to_string());
        }
        let pattern = positional.remove(0);
        patterns.extend(pattern.split('\n').map(str::to_string));
    }
    Ok(positional)
}

/// A fixed string as a BRE matching exactly it.
fn escape_fixed(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']' | '.' | '*' | '^' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The leftmost-longest match of any of the patterns at or after `from`.
fn first_match(regexes: &[Regex], text: &[char], from: usize) -> Option<(usize, usize)> {
    regexes
        .iter()
        .filter_map(|regex| regex.find_at(text, from)?.first().copied().flatten())
        .min_by_key(|(start, end)| (*start, usize::MAX - end))
}

pub(super) fn grep(
    args: &[&str],
    stdin: &super::builtins::Stdin<'_>,
    io: &mut Io,
    fs: &Vfs,
) -> i32 {
    let mut options = GrepOptions::default();
    let mut patterns = Vec::new();
    let files = match grep_options(args, &mut options, &mut patterns) {
        Ok(files) => files,
        Err(message) => {
            io.err(&message);
            return 2;
        }
    };
    let mut syntax = options.syntax;
    if options.fixed {
        syntax.extended = false;
    }
    let mut regexes = Vec::new();
    for pattern in &patterns {
        let source = if options.fixed {
            escape_fixed(pattern)
        } else {
            pattern.clone()
        };
        match Regex::new(&source, syntax) {
            Ok(regex) => regexes.push(regex),
            Err(message) => {
                io.err(&format!("grep: {message}\n"));
                return 2;
            }
        }
    }
    let files: Vec<String> = if files.is_empty() {
        vec!["-".to_string()]
    } else {
        files
    };
    let with_names = options.with_names.unwrap_or(files.len() > 1);
    let mut status = 1;
    let mut error = false;
    let mut printed_group = false;
    for file in &files {
        let (name, text) = if file == "-" {
            ("(standard input)", stdin.read())
        } else {
            match fs.read(file) {
                Ok(text) => (file.as_str(), text),
                Err(fs_err) => {
                    if !options.no_messages {
                        io.err(&fs_error("grep", file, &fs_err));
                    }
                    error = true;
                    continue;
                }
            }
        };
        let selected = grep_text(
            &options,
            &regexes,
            name,
            with_names,
            text,
            io,
            &mut printed_group,
        );
        if selected > 0 {
            status = 0;
            if options.quiet {
                return 0;
            }
        }
    }
    if error {
        2
    } else {
        status
    }
}

/// Greps one input and prints what the options ask for; gives how many lines were selected.
fn grep_text(
    options: &GrepOptions,
    regexes: &[Regex],
    name: &str,
    with_names: bool,
    text: &str,
    io: &mut Io,
    printed_group: &mut bool,
) -> usize {
    let lines = lines_of(text);
    let prefix = |number: usize, separator: char| {
        let mut out = String::new();
        if with_names {
            out.push_str(name);
            out.push(separator);
        }
        if options.line_numbers {
            out.push_str(&format!("{number}{separator}"));
        }
        out
    };
    let listing = options.files_with_matches || options.files_without_match;
    let printing = !options.quiet && !options.count && !listing;
    let mut selected = 0;
    let mut last_printed: Option<usize> = None;
    let mut after_left = 0;
    for (index, line) in lines.iter().enumerate() {
        if options.max_count.is_some_and(|max| selected >= max) {
            // GNU prints the trailing context of the last selected line, then stops.
            if after_left == 0 || !printing {
                break;
            }
        }
        let chars: Vec<char> = line.chars().collect();
        let is_hit = options.max_count.is_none_or(|max| selected < max)
            && regexes.iter().any(|regex| regex.is_match(&chars)) != options.invert;
        if !is_hit {
            if printing && after_left > 0 {
                io.out(&format!("{}{line}\n", prefix(index + 1, '-')));
                last_printed = Some(index);
                after_left -= 1;
            }
            continue;
        }
        selected += 1;
        if options.quiet || listing {
            break;
        }
        if !printing {
            continue;
        }
        let context = options.context;
        let first_context = index.saturating_sub(options.before);
        let first = last_printed.map_or(first_context, |last| first_context.max(last + 1));
        if context && *printed_group && last_printed.is_none_or(|last| first > last + 1) {
            io.out("--\n");
        }
        for (offset, before) in lines.get(first..index).unwrap_or(&[]).iter().enumerate() {
            io.out(&format!("{}{before}\n", prefix(first + offset + 1, '-')));
        }
        if options.only_matching {
            if !options.invert {
                let mut from = 0;
                while let Some((start, end)) = first_match(regexes, &chars, from) {
                    if end > start {
                        let matched: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
                        io.out(&format!("{}{matched}\n", prefix(index + 1, ':')));
                    }
                    from = if end > start { end } else { start + 1 };
                }
            }
        } else {
            io.out(&format!("{}{line}\n", prefix(index + 1, ':')));
        }
        *printed_group = true;
        last_printed = Some(index);
        after_left = options.after;
    }
    if options.count && !options.quiet {
        let label = if with_names {
            format!("{name}:")
        } else {
            String::new()
        };
        io.out(&format!("{label}{selected}\n"));
    }
    if (options.files_with_matches && selected > 0)
        || (options.files_without_match && selected == 0)
    {
        io.out(&format!("{name}\n"));
    }
    selected
}
