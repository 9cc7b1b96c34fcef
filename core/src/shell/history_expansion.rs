//! bash's history expansion (`!!`, `!$`, `!kubectl`, `^old^new^`), done on each line an
//! interactive shell reads, before it is parsed (readline's `history_expand` with bash's
//! `bash_history_inhibit_expansion`).
//!
//! It is why the book quotes `-l '!env'` with single quotes: in double quotes or unquoted,
//! `!env` names the latest command starting with `env`, and without one bash refuses the whole
//! line with `bash: !env: event not found`.
//!
//! Supported: event designators `!!`, `!N`, `!-N`, `!STRING`, `!?STRING[?]`, `!#`; word
//! designators `:N`, `:N-M`, `^`, `$`, `*`, `N*`, `N-`, `-M`; modifiers `:h`, `:t`, `:r`,
//! `:e`, `:p`, `:q`, `:s/old/new/`, `:&`, `:g`/`:a` with `s` or `&`; quick substitution
//! `^old^new^`. Single quotes and a backslash protect `!`; so do a following blank, `=`, `(`,
//! a closing double quote, `$!` and `${!name}`.

/// What expansion made of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expansion {
    /// No history expansion in the line.
    Unchanged,
    /// The expanded line (bash echoes it); with `:p`, print it and add it to the history
    /// without running it.
    Expanded { line: String, print_only: bool },
    /// bash's message without the `bash: ` prefix (`!env: event not found`); the line is
    /// dropped.
    Failed(String),
}

/// Expands `line` against `history` (oldest first).
pub fn expand(line: &str, history: &[String]) -> Expansion {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut print_only = false;
    let mut changed = false;
    let mut index = 0;
    // `^old^new^` at the start of the line is `!!:s^old^new^`.
    if chars.first() == Some(&'^') {
        let previous = match history.last() {
            Some(previous) => previous.clone(),
            None => return Expansion::Failed("!!: event not found".into()),
        };
        let (substitution, end) = read_substitution(&chars, 0);
        let spec: String = chars.get(..end).unwrap_or(&[]).iter().collect();
        match substitute(&previous, &substitution, false) {
            Some(text) => out.push_str(&text),
            None => return Expansion::Failed(format!(":s{spec}: substitution failed")),
        }
        changed = true;
        index = end;
    }
    let mut in_single = false;
    let mut in_double = false;
    while let Some(&c) = chars.get(index) {
        match c {
            '\\' if !in_single => {
                out.push(c);
                if let Some(&next) = chars.get(index + 1) {
                    out.push(next);
                }
                index += 2;
                continue;
            }
            '\'' if !in_double => in_single = !in_single,
            '"' if !in_single => in_double = !in_double,
            '!' if !in_single && !inhibited(&chars, index, in_double) => {
                match expand_one(&chars, index, history, &out, in_double) {
                    Ok((text, end, print)) => {
                        out.push_str(&text);
                        print_only |= print;
                        changed = true;
                        index = end;
                        continue;
                    }
                    Err(message) => return Expansion::Failed(message),
                }
            }
            _ => {}
        }
        out.push(c);
        index += 1;
    }
    if changed {
        Expansion::Expanded {
            line: out,
            print_only,
        }
    } else {
        Expansion::Unchanged
    }
}

/// Whether the `!` at `index` stays literal.
fn inhibited(chars: &[char], index: usize, in_double: bool) -> bool {
    let next = chars.get(index + 1).copied();
    let before = |back: usize| index.checked_sub(back).and_then(|i| chars.get(i)).copied();
    let later = |c: char| chars.get(index + 1..).is_some_and(|rest| rest.contains(&c));
    match next {
        None | Some(' ' | '\t' | '\n' | '\r' | '=') => true,
        Some('"') if in_double => true,
        // extglob's `!(pattern)` (on where bash-completion is loaded, as on Debian).
        Some('(') if later(')') => true,
        _ => {
            (before(1) == Some('[') && later(']'))
                || (before(1) == Some('{') && before(2) == Some('$') && later('}'))
                || (index > 1 && before(1) == Some('$'))
        }
    }
}

/// Expands the `!…` at `start`: the text, where it ended, and whether `:p` was given.
fn expand_one(
    chars: &[char],
    start: usize,
    history: &[String],
    line_so_far: &str,
    in_double: bool,
) -> Result<(String, usize, bool), String> {
    let spec = |end: usize| -> String { chars.get(start..end).unwrap_or(&[]).iter().collect() };
    let mut index = start + 1;
    // The event.
    let event: String = match chars.get(index).copied() {
        Some('!') => {
            index += 1;
            history
                .last()
                .cloned()
                .ok_or_else(|| format!("{}: event not found", spec(index)))?
        }
        Some('#') => {
            index += 1;
            line_so_far.to_string()
        }
        Some(c) if c.is_ascii_digit() || c == '-' => {
            let digits_start = index + usize::from(c == '-');
            let mut end = digits_start;
            while chars.get(end).is_some_and(char::is_ascii_digit) {
                end += 1;
            }
            if end == digits_start {
                // `!-` alone: a search for lines starting with `-`.
                let (text, end) = search(chars, index, history, in_double, start)?;
                index = end;
                text
            } else {
                let number: String = chars.get(digits_start..end).unwrap_or(&[]).iter().collect();
                let number: usize = number.parse().unwrap_or(usize::MAX);
                let position = if c == '-' {
                    history.len().checked_sub(number)
                } else {
                    number.checked_sub(1)
                };
                index = end;
                position
                    .and_then(|p| history.get(p))
                    .cloned()
                    .ok_or_else(|| format!("{}: event not found", spec(index)))?
            }
        }
        // `!$`, `!^`, `!*`, `!:…` use the previous command.
        Some('$' | '^' | '*' | ':' | '%') => history
            .last()
            .cloned()
            .ok_or_else(|| format!("{}: event not found", spec(index + 1)))?,
        _ => {
            let (text, end) = search(chars, index, history, in_double, start)?;
            index = end;
            text
        }
    };
    // The words.
    let words = tokenize(&event);
    let designator_follows = match (chars.get(index), chars.get(index + 1)) {
        (Some(':'), Some(c)) => c.is_ascii_digit() || matches!(c, '^' | '$' | '*' | '-' | '%'),
        (Some('^' | '$' | '*' | '%'), _) => true,
        (Some('-'), _) => chars.get(start + 1) != Some(&'-'),
        _ => false,
    };
    let mut text = event.clone();
    if designator_follows {
        let designator_start = index;
        if chars.get(index) == Some(&':') {
            index += 1;
        }
        let (range, end) = read_word_range(chars, index, words.len());
        index = end;
        text = match range {
            Some((first, last)) if first <= last && last < words.len() => {
                words.get(first..=last).unwrap_or(&[]).join(" ")
            }
            // `*` of a one-word command is empty; `N*` past the end too.
            Some((first, last)) if first == last + 1 => String::new(),
            _ => {
                let designator: String = chars
                    .get(designator_start..index)
                    .unwrap_or(&[])
                    .iter()
                    .collect();
                return Err(format!("{designator}: bad word specifier"));
            }
        };
    }
    // The modifiers.
    let mut print_only = false;
    let mut last_substitution: Option<Substitution> = None;
    while chars.get(index) == Some(&':') {
        let Some(&modifier) = chars.get(index + 1) else {
            break;
        };
        index += 2;
        match modifier {
            'p' => print_only = true,
            'h' => {
                if let Some(slash) = text.rfind('/') {
                    text.truncate(slash.max(usize::from(slash == 0)));
                }
            }
            't' => {
                if let Some(slash) = text.rfind('/') {
                    text = text.get(slash + 1..).unwrap_or("").to_string();
                }
            }
            'r' => {
                if let Some(dot) = text.rfind('.').filter(|&dot| !text[dot..].contains('/')) {
                    text.truncate(dot);
                }
            }
            'e' => {
                text = match text.rfind('.').filter(|&dot| !text[dot..].contains('/')) {
                    Some(dot) => text.get(dot..).unwrap_or("").to_string(),
                    None => String::new(),
                };
            }
            'q' => text = quote(&text),
            'x' => {
                let words: Vec<String> = text.split_whitespace().map(quote).collect();
                text = words.join(" ");
            }
            's' | '&' | 'g' | 'a' | 'G' => {
                let global = matches!(modifier, 'g' | 'a' | 'G');
                let mut kind = modifier;
                if global {
                    kind = chars.get(index).copied().unwrap_or(' ');
                    index += 1;
                }
                let substitution = match kind {
                    's' => {
                        let (substitution, end) = read_substitution(chars, index);
                        index = end;
                        substitution
                    }
                    '&' => match &last_substitution {
                        Some(substitution) => substitution.clone(),
                        None => return Err(format!("{}: no previous substitution", spec(index))),
                    },
                    _ => return Err(format!("{}: bad word specifier", spec(index))),
                };
                text = substitute(&text, &substitution, global)
                    .ok_or_else(|| format!("{}: substitution failed", spec(index)))?;
                last_substitution = Some(substitution);
            }
            other => return Err(format!("{other}: unrecognized history modifier")),
        }
    }
    Ok((text, index, print_only))
}

/// `:q`: single-quoted, with embedded single quotes as `'\''`.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// `!STRING` (the latest command starting with it) or `!?STRING[?]` (containing it).
fn search(
    chars: &[char],
    index: usize,
    history: &[String],
    in_double: bool,
    start: usize,
) -> Result<(String, usize), String> {
    let contains = chars.get(index) == Some(&'?');
    let from = index + usize::from(contains);
    let mut end = from;
    while let Some(&c) = chars.get(end) {
        let stop = if contains {
            c == '?' || c == '\n'
        } else {
            c.is_whitespace() || c == ':' || (in_double && c == '"') || ";&()|<>".contains(c)
        };
        if stop {
            break;
        }
        end += 1;
    }
    let needle: String = chars.get(from..end).unwrap_or(&[]).iter().collect();
    if contains && chars.get(end) == Some(&'?') {
        end += 1;
    }
    let spec: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
    let found = history.iter().rev().find(|entry| {
        if contains {
            entry.contains(&needle)
        } else {
            entry.starts_with(&needle)
        }
    });
    match found {
        Some(entry) if !needle.is_empty() => Ok((entry.clone(), end)),
        _ => Err(format!("{spec}: event not found")),
    }
}

/// A word designator at `index`: the inclusive word range (None when it is malformed) and
/// where it ended. `count` is the number of words.
fn read_word_range(chars: &[char], index: usize, count: usize) -> (Option<(usize, usize)>, usize) {
    let last = count.saturating_sub(1);
    let number = |at: usize| -> (Option<usize>, usize) {
        let mut end = at;
        while chars.get(end).is_some_and(char::is_ascii_digit) {
            end += 1;
        }
        let digits: String = chars.get(at..end).unwrap_or(&[]).iter().collect();
        (digits.parse().ok(), end)
    };
    let first = match chars.get(index) {
        Some('^') => (Some(1), index + 1),
        Some('$') => return (Some((last, last)), index + 1),
        Some('*') => return (Some((1, last)), index + 1),
        Some('%') => return (None, index + 1),
        Some('-') => (Some(0), index),
        _ => number(index),
    };
    let (Some(first_word), after_first) = first else {
        return (None, first.1);
    };
    match chars.get(after_first) {
        Some('*') => (Some((first_word, last)), after_first + 1),
        Some('-') => match chars.get(after_first + 1) {
            Some('$') => (Some((first_word, last)), after_first + 2),
            Some(c) if c.is_ascii_digit() => {
                let (to, end) = number(after_first + 1);
                (to.map(|to| (first_word, to)), end)
            }
            // `N-`: up to the word before the last.
            _ => (Some((first_word, last.saturating_sub(1))), after_first + 1),
        },
        _ => (Some((first_word, first_word)), after_first),
    }
}

/// `s/old/new/` (any delimiter); `&` in `new` is `old`.
#[derive(Debug, Clone)]
struct Substitution {
    old: String,
    new: String,
}

/// Reads `Dold DnewD` starting at the delimiter at `index`; the last delimiter may be left out.
fn read_substitution(chars: &[char], index: usize) -> (Substitution, usize) {
    let delimiter = chars.get(index).copied().unwrap_or('/');
    let mut index = index + 1;
    let mut parts = [String::new(), String::new()];
    for part in &mut parts {
        while let Some(&c) = chars.get(index) {
            index += 1;
            if c == delimiter {
                break;
            }
            if c == '\\' && chars.get(index) == Some(&delimiter) {
                part.push(delimiter);
                index += 1;
                continue;
            }
            part.push(c);
        }
    }
    let [old, new] = parts;
    (Substitution { old, new }, index)
}

/// The first (or every) `old` replaced, or None when `old` does not occur.
fn substitute(text: &str, substitution: &Substitution, global: bool) -> Option<String> {
    let old = &substitution.old;
    if old.is_empty() || !text.contains(old.as_str()) {
        return None;
    }
    let new = substitution.new.replace('&', old);
    Some(if global {
        text.replace(old.as_str(), &new)
    } else {
        text.replacen(old.as_str(), &new, 1)
    })
}

/// The words of a history entry as readline's `history_tokenize` splits them: blanks
/// separate, quotes keep their content together, shell operators are words of their own.
fn tokenize(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                word.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            None if "|&;<>()".contains(c) => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                let mut operator = c.to_string();
                if let Some(&next) = chars.peek() {
                    if (next == c && "|&;<>".contains(c)) || (c == '>' && next == '|') {
                        operator.push(next);
                        chars.next();
                    }
                }
                words.push(operator);
            }
            None => {
                if c == '\\' {
                    word.push(c);
                    if let Some(next) = chars.next() {
                        word.push(next);
                    }
                    continue;
                }
                if c == '\'' || c == '"' || c == '`' {
                    quote = Some(c);
                }
                word.push(c);
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::{expand, Expansion};

    fn history() -> Vec<String> {
        [
            "kubectl create -f kubia-manual.yaml",
            "kubectl get pods -o wide",
            "echo \"hello world\" /tmp/a.tar.gz",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    fn expanded(line: &str) -> String {
        match expand(line, &history()) {
            Expansion::Expanded { line, .. } => line,
            Expansion::Unchanged => format!("<unchanged {line}>"),
            Expansion::Failed(message) => format!("<failed {message}>"),
        }
    }

    #[test]
    fn expansions_as_bash_makes_them() {
        let cases = [
            ("!!", "echo \"hello world\" /tmp/a.tar.gz"),
            ("sudo !!", "sudo echo \"hello world\" /tmp/a.tar.gz"),
            ("!1", "kubectl create -f kubia-manual.yaml"),
            ("!-2", "kubectl get pods -o wide"),
            ("!kubectl", "kubectl get pods -o wide"),
            ("!?manual?", "kubectl create -f kubia-manual.yaml"),
            ("ls !$", "ls /tmp/a.tar.gz"),
            ("echo !^", "echo \"hello world\""),
            ("echo !*", "echo \"hello world\" /tmp/a.tar.gz"),
            ("echo !kubectl:2", "echo pods"),
            ("echo !-2:1-2", "echo get pods"),
            ("echo !-2:2*", "echo pods -o wide"),
            ("echo !-2:2-", "echo pods -o"),
            ("echo !$:h", "echo /tmp"),
            ("echo !$:t", "echo a.tar.gz"),
            ("echo !$:r", "echo /tmp/a.tar"),
            ("echo !$:e", "echo .gz"),
            ("!-2:s/wide/yaml/", "kubectl get pods -o yaml"),
            ("!1:gs/a/A/", "kubectl creAte -f kubiA-mAnuAl.yAml"),
            ("^wide^json^", "<failed :s^wide^json^: substitution failed>"),
            ("echo \"!kub\"", "echo \"kubectl get pods -o wide\""),
            ("echo !#", "echo echo "),
            (
                "kubectl get pods -l '!env'",
                "<unchanged kubectl get pods -l '!env'>",
            ),
            (
                "kubectl get pods -l \"!env\"",
                "<failed !env: event not found>",
            ),
            ("kubectl get pods -l !env", "<failed !env: event not found>"),
            (
                "echo x!=y ! \\!a \"a!\" $! ${!x} [!a]",
                "<unchanged echo x!=y ! \\!a \"a!\" $! ${!x} [!a]>",
            ),
            ("echo !9", "<failed !9: event not found>"),
            ("echo !!:9", "<failed :9: bad word specifier>"),
            (
                "echo !!:x",
                "echo 'echo' '\"hello' 'world\"' '/tmp/a.tar.gz'",
            ),
            ("echo !!:z", "<failed z: unrecognized history modifier>"),
        ];
        for (line, want) in cases {
            assert_eq!(expanded(line), want, "{line}");
        }
        assert_eq!(
            expand("!!:p", &history()),
            Expansion::Expanded {
                line: "echo \"hello world\" /tmp/a.tar.gz".into(),
                print_only: true
            }
        );
        assert_eq!(
            expand("!!", &[]),
            Expansion::Failed("!!: event not found".into())
        );
    }

    #[test]
    fn hostile_lines_never_panic() {
        let pieces = [
            "!", "!!", ":", "^", "$", "*", "-", "?", "'", "\"", "\\", "s/", "/", "é", "9", "%",
            "#", "&", "g", " ",
        ];
        let history = history();
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..(seed % 9) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                line.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let _ = expand(&line, &history);
            let _ = expand(&line, &[]);
        }
    }
}
