//! bash's `read`: one line of standard input split on `IFS` into variables (the last takes
//! the rest; none given: `REPLY`, whole). Without `-r` a backslash quotes the next character
//! and one at the end of a line joins the next. From the terminal it waits for the learner's
//! line (`-p` shows a prompt first; [`waiter`]: the shell sets the variables when it ends);
//! from a file, a pipe or a here-string it takes the first line. The status is 1 when the
//! input ends before a newline.

use super::state::ShellState;
use super::syntax::is_valid_name;
use crate::kubectl::{Env, Io, LineRead, Outcome, Waiter};

const USAGE: &str = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n";

/// A parsed `read` command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    /// The variables to set; empty: `REPLY`.
    pub names: Vec<String>,
    /// `-r`: backslashes are plain characters.
    pub raw: bool,
    /// `-p PROMPT`: shown on standard error when reading a terminal.
    pub prompt: Option<String>,
    /// `-a NAME`: every field goes into this array (the names are then ignored).
    pub array: Option<String>,
}

/// Parses `read`'s arguments; `Err(status)` after printing bash's message.
pub fn parse(args: &[&str], io: &mut Io) -> Result<ReadRequest, i32> {
    let mut request = ReadRequest {
        names: Vec::new(),
        raw: false,
        prompt: None,
        array: None,
    };
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        if *arg == "--" {
            index += 1;
            break;
        }
        let Some(letters) = arg.strip_prefix('-').filter(|letters| !letters.is_empty()) else {
            break;
        };
        for (position, letter) in letters.char_indices() {
            match letter {
                'r' => request.raw = true,
                // No echo, readline editing: the playground's terminal echoes and edits alike.
                's' | 'e' => {}
                'p' => {
                    let attached = &letters[position + 1..];
                    let prompt = if attached.is_empty() {
                        index += 1;
                        match args.get(index) {
                            Some(prompt) => prompt.to_string(),
                            None => {
                                io.err("bash: read: -p: option requires an argument\n");
                                io.err(USAGE);
                                return Err(2);
                            }
                        }
                    } else {
                        attached.to_string()
                    };
                    request.prompt = Some(prompt);
                    break;
                }
                'a' => {
                    let attached = &letters[position + 1..];
                    let name = if attached.is_empty() {
                        index += 1;
                        match args.get(index) {
                            Some(name) => name.to_string(),
                            None => {
                                io.err("bash: read: -a: option requires an argument\n");
                                io.err(USAGE);
                                return Err(2);
                            }
                        }
                    } else {
                        attached.to_string()
                    };
                    if !is_valid_name(&name) {
                        io.err(&format!("bash: read: `{name}': not a valid identifier\n"));
                        return Err(1);
                    }
                    request.array = Some(name);
                    break;
                }
                'd' | 'i' | 'n' | 'N' | 't' | 'u' => {
                    io.err(&format!(
                        "bash: read: -{letter}: the playground's read does not take this option\n"
                    ));
                    return Err(2);
                }
                other => {
                    io.err(&format!("bash: read: -{other}: invalid option\n"));
                    io.err(USAGE);
                    return Err(2);
                }
            }
        }
        index += 1;
    }
    for name in args.get(index..).unwrap_or_default() {
        if !is_valid_name(name) {
            io.err(&format!("bash: read: `{name}': not a valid identifier\n"));
            return Err(1);
        }
        request.names.push(name.to_string());
    }
    Ok(request)
}

/// The line `read` takes from `input` (`None`: end of input at once), and whether it ended
/// with a newline; without `-r`, a backslash-newline joins the next line.
pub fn take_line(input: Option<&str>, raw: bool) -> (String, bool) {
    let (line, complete, _) = take_line_counted(input, raw);
    (line, complete)
}

/// [`take_line`], and how many bytes of the input it read (the newline included).
fn take_line_counted(input: Option<&str>, raw: bool) -> (String, bool, usize) {
    let Some(input) = input else {
        return (String::new(), false, 0);
    };
    let mut line = String::new();
    let mut chars = input.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => return (line, true, at + 1),
            '\\' if !raw => match chars.next() {
                Some((_, '\n')) => {}
                Some((_, next)) => {
                    // Kept, so the split below sees it quoted.
                    line.push('\\');
                    line.push(next);
                }
                None => return (line, false, input.len()),
            },
            _ => line.push(c),
        }
    }
    (line, false, input.len())
}

/// `IFS`, as `read` splits with it.
pub fn ifs(shell: &ShellState) -> String {
    shell
        .vars
        .get("IFS")
        .cloned()
        .unwrap_or_else(|| " \t\n".to_string())
}

/// The variables one line sets, as bash splits it.
pub fn assignments(request: &ReadRequest, line: &str, ifs: &str) -> Vec<(String, String)> {
    if let Some(array) = &request.array {
        let fields = split(line, ifs, usize::MAX, request.raw);
        return super::arrays::read_pairs(array, fields);
    }
    if request.names.is_empty() {
        return vec![("REPLY".to_string(), unescape(line, request.raw))];
    }
    let values = split(line, ifs, request.names.len(), request.raw);
    request
        .names
        .iter()
        .enumerate()
        .map(|(index, name)| (name.clone(), values.get(index).cloned().unwrap_or_default()))
        .collect()
}

/// `read` from text (a file, a pipe, a here-string): sets the variables; its status, and how
/// many bytes of the text it read.
pub fn read_text(
    request: &ReadRequest,
    input: &str,
    shell: &mut ShellState,
    io: &mut crate::kubectl::Io,
) -> (i32, usize) {
    let (line, complete, consumed) = take_line_counted(Some(input), request.raw);
    let mut status = i32::from(!complete);
    for (name, value) in assignments(request, &line, &ifs(shell)) {
        let base = name.split('[').next().unwrap_or_default();
        if shell.has_attribute(base, super::state::READONLY) {
            io.err(&format!("bash: {base}: readonly variable\n"));
            status = 1;
            continue;
        }
        super::arrays::set_read_variable(shell, &name, value);
    }
    (status, consumed)
}

fn unescape(text: &str, raw: bool) -> String {
    if raw {
        return text.to_string();
    }
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits into at most `count` fields: IFS whitespace around fields is dropped, each other IFS
/// character ends a field, and the last field keeps the rest of the line (without its
/// trailing IFS whitespace). A backslash-quoted character never splits.
fn split(line: &str, ifs: &str, count: usize, raw: bool) -> Vec<String> {
    let is_white = |c: char| ifs.contains(c) && matches!(c, ' ' | '\t' | '\n');
    let is_separator = |c: char| ifs.contains(c);
    // Characters with whether a backslash quoted them.
    let mut chars: Vec<(char, bool)> = Vec::new();
    let mut iter = line.chars();
    while let Some(c) = iter.next() {
        if c == '\\' && !raw {
            if let Some(next) = iter.next() {
                chars.push((next, true));
            }
        } else {
            chars.push((c, false));
        }
    }
    let mut fields = Vec::new();
    let mut position = 0;
    let skip_white = |position: &mut usize| {
        while chars
            .get(*position)
            .is_some_and(|&(c, quoted)| !quoted && is_white(c))
        {
            *position += 1;
        }
    };
    skip_white(&mut position);
    while position < chars.len() {
        if fields.len() + 1 == count {
            // The last variable: the rest, less trailing IFS whitespace.
            let mut end = chars.len();
            while end > position && chars.get(end - 1).is_some_and(|&(c, q)| !q && is_white(c)) {
                end -= 1;
            }
            fields.push(chars[position..end].iter().map(|&(c, _)| c).collect());
            return fields;
        }
        let start = position;
        while chars
            .get(position)
            .is_some_and(|&(c, quoted)| quoted || !is_separator(c))
        {
            position += 1;
        }
        fields.push(chars[start..position].iter().map(|&(c, _)| c).collect());
        // One separator: whitespace around it, and at most one non-whitespace IFS character.
        skip_white(&mut position);
        if chars
            .get(position)
            .is_some_and(|&(c, quoted)| !quoted && is_separator(c) && !is_white(c))
        {
            position += 1;
            skip_white(&mut position);
        }
    }
    fields
}

/// The command that waits for the learner's line.
pub fn waiter(request: ReadRequest, ifs: String) -> Box<dyn Waiter> {
    Box::new(ReadLine {
        request,
        ifs,
        taken: Vec::new(),
    })
}

/// `read` waiting for the learner's line; the shell sets the variables when it is done.
struct ReadLine {
    request: ReadRequest,
    ifs: String,
    /// The text typed so far (a backslash at a line's end asks for the next line).
    taken: Vec<String>,
}

impl ReadLine {
    fn finish(&mut self, complete: bool) -> LineRead {
        let mut text = self.taken.join("\n");
        if complete {
            text.push('\n');
        }
        let (line, ended) = take_line(Some(&text), self.request.raw);
        self.taken = vec![line];
        LineRead::Finished(Outcome::Done(i32::from(!(complete && ended))))
    }
}

impl Waiter for ReadLine {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        self.taken.clear();
        self.request.names.clear();
        self.request.array = None;
        130
    }

    fn endless(&self) -> bool {
        true
    }

    fn reads_terminal(&self) -> bool {
        true
    }

    fn read_line(&mut self, line: &str, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        if self.taken.iter().map(String::len).sum::<usize>() + line.len()
            > super::exec::MAX_VARIABLE_BYTES
        {
            return self.finish(true);
        }
        self.taken.push(line.to_string());
        // Without -r, a backslash at the end of the line continues it on the next.
        let continues =
            !self.request.raw && line.chars().rev().take_while(|c| *c == '\\').count() % 2 == 1;
        if continues {
            return LineRead::Continue;
        }
        self.finish(true)
    }

    fn end_of_input(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        self.finish(false)
    }

    fn shell_assignments(&mut self) -> Vec<(String, String)> {
        let line = self.taken.first().cloned().unwrap_or_default();
        if self.request.names.is_empty() && self.request.array.is_none() && self.taken.is_empty() {
            return Vec::new();
        }
        assignments(&self.request, &line, &self.ifs)
    }
}
