//! `sed` as GNU sed 4.9 runs it: a script parser (addresses, ranges, `!`, blocks, labels,
//! several `-e`/`-f`) and an executor with pattern and hold space (`s`, `y`, `p`, `d`, `q`,
//! `n`/`N`, `P`/`D`, `h`/`H`/`g`/`G`/`x`, `a`/`i`/`c`, `b`/`t`/`T`, `=`, `l`…), `-n`, `-E`,
//! `-i[SUFFIX]` on the virtual files, and GNU's error texts with their char positions. A
//! script that never ends is stopped (the page must stay alive).

use super::regex::{Captures, Regex, Syntax};
use crate::kubectl::Io;
use crate::vfs::{FsError, Vfs};

const SED_USAGE: &str = "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n";
/// The rest of GNU sed's usage text, printed after a bad option or without a script.
const SED_HELP: &str = r#"
  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
"#;
/// Bounds on a sed run: commands executed and the size of the pattern and hold spaces.
const SED_MAX_STEPS: usize = 1_000_000;
const SED_MAX_SPACE: usize = 1 << 22;

/// A sed address.
enum SedAddress {
    Line(usize),
    /// `0` (only as `0,/re/`).
    Zero,
    Last,
    /// `first~step`.
    Step(usize, usize),
    /// A regex by index; `None` is the empty regex (the last one used).
    Regex(Option<usize>),
}

/// The end of an address range.
enum SedEnd {
    Address(SedAddress),
    /// `addr1,+N`.
    Plus(usize),
    /// `addr1,~N`.
    Multiple(usize),
}

/// One piece of an `s` replacement.
enum SedPiece {
    Text(String),
    Group(usize),
    /// `\L \U \l \u \E`.
    Case(char),
}

struct SedSubstitution {
    regex: Option<usize>,
    replacement: Vec<SedPiece>,
    global: bool,
    nth: usize,
    print: bool,
}

enum SedKind {
    /// `{`, with the index of its `}`.
    Block(usize),
    EndBlock,
    Substitute(Box<SedSubstitution>),
    Translate(Vec<(char, char)>),
    /// `a`, `i` or `c` with its text.
    Text(char, String),
    /// `q` or `Q` with the exit status.
    Quit(char, i32),
    /// `b`, `t` or `T`, its label and the index it jumps to.
    Jump(char, String, usize),
    Label(String),
    /// The commands without arguments: `p P d D n N g G h H x z = l F`.
    Simple(char),
}

struct SedCommand {
    start: Option<SedAddress>,
    end: Option<SedEnd>,
    negate: bool,
    kind: SedKind,
}

/// Reads a sed script (all `-e` pieces joined by newlines) into commands.
struct SedParser {
    chars: Vec<char>,
    pos: usize,
    /// Where each `-e` expression starts in `chars` (for the error positions).
    starts: Vec<usize>,
    syntax: Syntax,
    regexes: Vec<Regex>,
    commands: Vec<SedCommand>,
}

impl SedParser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    /// GNU's message: `sed: -e expression #N, char M: …` at what was read so far.
    fn error(&self, message: &str) -> String {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, consumed: usize, message: &str) -> String {
        let (number, start) = self
            .starts
            .iter()
            .enumerate()
            .rev()
            .find(|(_, start)| **start < consumed)
            .map_or((0, 0), |(index, start)| (index, *start));
        format!(
            "sed: -e expression #{}, char {}: {message}\n",
            number + 1,
            consumed - start
        )
    }

    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.pos += 1;
        }
    }

    fn number(&mut self) -> Option<usize> {
        let mut value: Option<usize> = None;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            value = Some(
                value
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(digit as usize),
            );
            self.pos += 1;
        }
        value
    }

    /// The text up to an unescaped `delimiter` (`\delimiter` gives the delimiter; other
    /// escapes are kept). In a regex, a bracket expression may contain the delimiter.
    fn delimited(&mut self, delimiter: char, regex: bool) -> Option<String> {
        let mut out = String::new();
        loop {
            if self.peek() == Some('\n') {
                return None;
            }
            let c = self.next()?;
            if c == delimiter {
                return Some(out);
            }
            match c {
                '\\' => {
                    let escaped = self.next()?;
                    if escaped != delimiter {
                        out.push('\\');
                    }
                    out.push(escaped);
                }
                '[' if regex => {
                    out.push('[');
                    let mut first = true;
                    if self.peek() == Some('^') {
                        out.push('^');
                        self.pos += 1;
                    }
                    loop {
                        let inner = self.next()?;
                        out.push(inner);
                        if inner == ']' && !first {
                            break;
                        }
                        first = false;
                        if inner == '[' && matches!(self.peek(), Some(':' | '.' | '=')) {
                            let kind = self.next()?;
                            out.push(kind);
                            while !(out.ends_with(kind) && self.peek() == Some(']')) {
                                out.push(self.next()?);
                            }
                            out.push(self.next()?);
                        }
                    }
                }
                _ => out.push(c),
            }
        }
    }

    /// Compiles a regex read from the script; the empty one means the last regex used.
    fn compile(
        &mut self,
        pattern: &str,
        ignore_case: bool,
        at: usize,
    ) -> Result<Option<usize>, String> {
        if pattern.is_empty() {
            if self.regexes.is_empty() {
                return Err(self.error_at(0, "no previous regular expression"));
            }
            return Ok(None);
        }
        let syntax = Syntax {
            ignore_case,
            ..self.syntax
        };
        let regex = Regex::new(pattern, syntax).map_err(|message| self.error_at(at, &message))?;
        self.regexes.push(regex);
        Ok(Some(self.regexes.len() - 1))
    }

    fn address(&mut self) -> Result<Option<SedAddress>, String> {
        let Some(c) = self.peek() else {
            return Ok(None);
        };
        let delimiter = match c {
            '0'..='9' => {
                let first = self.number().unwrap_or(0);
                if self.peek() == Some('~') {
                    self.pos += 1;
                    return Ok(Some(SedAddress::Step(first, self.number().unwrap_or(0))));
                }
                return Ok(Some(if first == 0 {
                    SedAddress::Zero
                } else {
                    SedAddress::Line(first)
                }));
            }
            '$' => {
                self.pos += 1;
                return Ok(Some(SedAddress::Last));
            }
            '/' => {
                self.pos += 1;
                '/'
            }
            '\\' => {
                self.pos += 1;
                match self.next() {
                    Some(delimiter) if delimiter != '\n' && delimiter != '\\' => delimiter,
                    _ => return Err(self.error("unterminated address regex")),
                }
            }
            _ => return Ok(None),
        };
        let Some(pattern) = self.delimited(delimiter, true) else {
            return Err(self.error("unterminated address regex"));
        };
        let at = self.pos;
        let mut ignore_case = false;
        while let Some(flag @ ('I' | 'M')) = self.peek() {
            ignore_case |= flag == 'I';
            self.pos += 1;
        }
        Ok(Some(SedAddress::Regex(self.compile(
            &pattern,
            ignore_case,
            at,
        )?)))
    }

    /// What may follow a command: blanks, then the end, `;`, a newline, `}` or `#`.
    fn end_of_command(&mut self, message: &str) -> Result<(), String> {
        self.skip_blanks();
        match self.peek() {
            None | Some('}' | '#') => Ok(()),
            Some(';' | '\n') => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => {
                self.pos += 1;
                Err(self.error(message))
            }
        }
    }

    /// A label for `:`, `b`, `t`, `T`: up to `;` or a newline, blanks trimmed.
    fn label(&mut self) -> String {
        self.skip_blanks();
        let mut label = String::new();
        while let Some(c) = self.peek().filter(|c| *c != ';' && *c != '\n') {
            label.push(c);
            self.pos += 1;
        }
        label.trim_end().to_string()
    }

    /// The text of `a`, `i`, `c` (GNU's one-line form or `a\` then the text).
    fn text(&mut self) -> Result<String, String> {
        self.skip_blanks();
        match self.peek() {
            None | Some('\n') => return Err(self.error("expected \\ after `a', `c' or `i'")),
            Some('\\') => {
                self.pos += 1;
                if self.peek() == Some('\n') {
                    self.pos += 1;
                }
            }
            Some(_) => {}
        }
        let mut text = String::new();
        while let Some(c) = self.next() {
            match c {
                '\n' => break,
                '\\' => {
                    if let Some(escaped) = self.next() {
                        text.push(escaped);
                    }
                }
                _ => text.push(c),
            }
        }
        Ok(text)
    }

    fn substitution(&mut self) -> Result<SedKind, String> {
        let unterminated = "unterminated `s' command";
        let delimiter = match self.next() {
            Some(c) if c != '\n' && c != '\\' => c,
            _ => return Err(self.error(unterminated)),
        };
        let Some(pattern) = self.delimited(delimiter, true) else {
            return Err(self.error(unterminated));
        };
        let Some(replacement) = self.delimited(delimiter, false) else {
            return Err(self.error(unterminated));
        };
        let (mut global, mut print, mut nth, mut ignore_case) = (false, false, None, false);
        loop {
            match self.peek() {
                Some('g') => {
                    self.pos += 1;
                    if global {
                        return Err(self.error("multiple `g' options to `s' command"));
                    }
                    global = true;
                }
                Some('p') => {
                    self.pos += 1;
                    if print {
                        return Err(self.error("multiple `p' options to `s' command"));
                    }
                    print = true;
                }
                Some('i' | 'I') => {
                    self.pos += 1;
                    ignore_case = true;
                }
                Some('m' | 'M') => self.pos += 1,
                Some('0'..='9') => {
                    if nth.is_some() {
                        self.pos += 1;
                        return Err(self.error("multiple number options to `s' command"));
                    }
                    let value = self.number().unwrap_or(0);
                    if value == 0 {
                        return Err(self.error("number option to `s' command may not be zero"));
                    }
                    nth = Some(value);
                }
                _ => break,
            }
        }
        let at = self.pos;
        self.end_of_command("unknown option to `s'")?;
        let regex = self.compile(&pattern, ignore_case, at)?;
        let pieces = replacement_pieces(&replacement);
        let groups = match regex {
            Some(index) => self.regexes.get(index).map_or(0, Regex::groups),
            None => 9,
        };
        for piece in &pieces {
            if let SedPiece::Group(n) = piece {
                if *n > groups {
                    return Err(
                        self.error_at(at, &format!("invalid reference \\{n} on `s' command's RHS"))
                    );
                }
            }
        }
        Ok(SedKind::Substitute(Box::new(SedSubstitution {
            regex,
            replacement: pieces,
            global,
            nth: nth.unwrap_or(1),
            print,
        })))
    }

    fn translation(&mut self) -> Result<SedKind, String> {
        let unterminated = "unterminated `y' command";
        let delimiter = match self.next() {
            Some(c) if c != '\n' && c != '\\' => c,
            _ => return Err(self.error(unterminated)),
        };
        let mut sides = Vec::new();
        for _ in 0..2 {
            let Some(raw) = self.delimited(delimiter, false) else {
                return Err(self.error(unterminated));
            };
            let mut chars = Vec::new();
            let mut iter = raw.chars();
            while let Some(c) = iter.next() {
                chars.push(match (c, c == '\\') {
                    (_, true) => match iter.next() {
                        Some('n') => '\n',
                        Some('t') => '\t',
                        Some(other) => other,
                        None => '\\',
                    },
                    (c, false) => c,
                });
            }
            sides.push(chars);
        }
        let (from, to) = (
            sides.first().cloned().unwrap_or_default(),
            sides.get(1).cloned().unwrap_or_default(),
        );
        if from.len() != to.len() {
            return Err(self.error("strings for `y' command are different lengths"));
        }
        self.end_of_command("extra characters after command")?;
        Ok(SedKind::Translate(from.into_iter().zip(to).collect()))
    }

    fn parse(&mut self) -> Result<(), String> {
        let mut blocks: Vec<usize> = Vec::new();
        loop {
            while self.peek().is_some_and(|c| c.is_whitespace() || c == ';') {
                self.pos += 1;
            }
            let Some(c) = self.peek() else {
                break;
            };
            if c == '#' {
                while self.next().is_some_and(|c| c != '\n') {}
                continue;
            }
            let start = self.address()?;
            let mut end = None;
            if start.is_some() {
                self.skip_blanks();
                if self.peek() == Some(',') {
                    self.pos += 1;
                    self.skip_blanks();
                    end = Some(match self.peek() {
                        Some(sign @ ('+' | '~')) => {
                            self.pos += 1;
                            let count = self.number().unwrap_or(0);
                            if sign == '+' {
                                SedEnd::Plus(count)
                            } else {
                                SedEnd::Multiple(count)
                            }
                        }
                        _ => match self.address()? {
                            Some(address) => SedEnd::Address(address),
                            None => return Err(self.error("unexpected `,'")),
                        },
                    });
                }
            }
            self.skip_blanks();
            let mut negate = false;
            while self.peek() == Some('!') {
                self.pos += 1;
                if negate {
                    return Err(self.error("multiple `!'s"));
                }
                negate = true;
                self.skip_blanks();
            }
            let Some(command) = self.peek().filter(|c| *c != ';' && *c != '\n') else {
                return Err(self.error("missing command"));
            };
            self.pos += 1;
            if matches!(start, Some(SedAddress::Zero))
                && !matches!(end, Some(SedEnd::Address(SedAddress::Regex(_))))
            {
                return Err(self.error("invalid usage of line address 0"));
            }
            let kind = match command {
                '{' => {
                    blocks.push(self.commands.len());
                    SedKind::Block(0)
                }
                '}' => {
                    let Some(open) = blocks.pop() else {
                        return Err(self.error("unexpected `}'"));
                    };
                    let here = self.commands.len();
                    if let Some(SedCommand {
                        kind: SedKind::Block(target),
                        ..
                    }) = self.commands.get_mut(open)
                    {
                        *target = here;
                    }
                    self.end_of_command("extra characters after command")?;
                    SedKind::EndBlock
                }
                's' => self.substitution()?,
                'y' => self.translation()?,
                'a' | 'i' | 'c' => SedKind::Text(command, self.text()?),
                ':' => {
                    if start.is_some() {
                        return Err(self.error(": doesn't want any addresses"));
                    }
                    let label = self.label();
                    if label.is_empty() {
                        return Err(self.error("\":\" lacks a label"));
                    }
                    SedKind::Label(label)
                }
                'b' | 't' | 'T' => SedKind::Jump(command, self.label(), usize::MAX),
                'q' | 'Q' => {
                    self.skip_blanks();
                    let status = self.number().unwrap_or(0);
                    self.end_of_command("extra characters after command")?;
                    SedKind::Quit(command, i32::try_from(status).unwrap_or(i32::MAX))
                }
                'p' | 'P' | 'd' | 'D' | 'n' | 'N' | 'g' | 'G' | 'h' | 'H' | 'x' | 'z' | '='
                | 'l' | 'F' => {
                    self.end_of_command("extra characters after command")?;
                    SedKind::Simple(command)
                }
                other => return Err(self.error(&format!("unknown command: `{other}'"))),
            };
            self.commands.push(SedCommand {
                start,
                end,
                negate,
                kind,
            });
        }
        if !blocks.is_empty() {
            return Err(self.error_at(0, "unmatched `{'"));
        }
        let labels: Vec<(String, usize)> = self
            .commands
            .iter()
            .enumerate()
            .filter_map(|(index, command)| match &command.kind {
                SedKind::Label(label) => Some((label.clone(), index)),
                _ => None,
            })
            .collect();
        for command in &mut self.commands {
            if let SedKind::Jump(_, label, target) = &mut command.kind {
                if label.is_empty() {
                    continue;
                }
                match labels.iter().find(|(name, _)| name == label) {
                    Some((_, index)) => *target = *index,
                    None => return Err(format!("sed: can't find label for jump to `{label}'\n")),
                }
            }
        }
        Ok(())
    }
}

/// Splits an `s` replacement into text, `&`/`\N` references and case conversions.
fn replacement_pieces(text: &str) -> Vec<SedPiece> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let piece = match c {
            '&' => SedPiece::Group(0),
            '\\' => match chars.next() {
                Some(digit @ '0'..='9') => {
                    SedPiece::Group(digit.to_digit(10).unwrap_or(0) as usize)
                }
                Some(case @ ('L' | 'U' | 'l' | 'u' | 'E')) => SedPiece::Case(case),
                Some('n') => {
                    literal.push('\n');
                    continue;
                }
                Some('t') => {
                    literal.push('\t');
                    continue;
                }
                Some(other) => {
                    literal.push(other);
                    continue;
                }
                None => {
                    literal.push('\\');
                    continue;
                }
            },
            other => {
                literal.push(other);
                continue;
            }
        };
        if !literal.is_empty() {
            pieces.push(SedPiece::Text(std::mem::take(&mut literal)));
        }
        pieces.push(piece);
    }
    if !literal.is_empty() {
        pieces.push(SedPiece::Text(literal));
    }
    pieces
}

/// What sed writes: the text, and whether the last line lacked its newline (GNU adds it
/// back before anything else is written).
#[derive(Default)]
struct SedOutput {
    text: String,
    missing_newline: bool,
}

impl SedOutput {
    fn line(&mut self, text: &str, newline: bool) {
        if self.missing_newline {
            self.text.push('\n');
        }
        self.text.push_str(text);
        if newline {
            self.text.push('\n');
        }
        self.missing_newline = !newline;
    }
}

/// How a cycle ended.
enum SedFlow {
    /// End of script: auto-print.
    End,
    /// `d`, `c`: no auto-print.
    Delete,
    /// `D` with a newline: no auto-print, next cycle without reading.
    Restart,
    /// `q` (with auto-print) or `Q`.
    Quit(bool, i32),
}

/// The state of a running script.
struct SedRun<'s> {
    commands: &'s [SedCommand],
    regexes: &'s [Regex],
    quiet: bool,
    hold: String,
    last_regex: Option<usize>,
    /// Per command: whether its range is active, and the line where a `+N`/`~N` range ends.
    ranges: Vec<(bool, usize)>,
    steps: usize,
}

/// One input stream: its lines (with whether each ended with a newline) and name.
struct SedInput<'t> {
    lines: Vec<(&'t str, bool)>,
    name: String,
}

impl SedRun<'_> {
    fn regex_matches(&mut self, index: Option<usize>, text: &str) -> bool {
        let index = index.or(self.last_regex).unwrap_or(0);
        self.last_regex = Some(index);
        let chars: Vec<char> = text.chars().collect();
        self.regexes
            .get(index)
            .is_some_and(|regex| regex.is_match(&chars))
    }

    fn address_matches(
        &mut self,
        address: &SedAddress,
        line: usize,
        last: bool,
        text: &str,
    ) -> bool {
        match address {
            SedAddress::Line(n) => line == *n,
            SedAddress::Zero => false,
            SedAddress::Last => last,
            SedAddress::Step(first, step) => {
                if *step == 0 {
                    line == *first
                } else {
                    line >= *first && (line - first).is_multiple_of(*step)
                }
            }
            SedAddress::Regex(index) => self.regex_matches(*index, text),
        }
    }

    /// Whether command `index` applies to this line (updating its range).
    fn selected(&mut self, index: usize, line: usize, last: bool, text: &str) -> bool {
        let Some(command) = self.commands.get(index) else {
            return false;
        };
        let Some(start) = &command.start else {
            return !command.negate;
        };
        let (active, end_line) = self.ranges.get(index).copied().unwrap_or((false, 0));
        let hit = match &command.end {
            None => self.address_matches(start, line, last, text),
            Some(end) if active => {
                let done = match end {
                    SedEnd::Plus(_) | SedEnd::Multiple(_) => line >= end_line,
                    SedEnd::Address(SedAddress::Line(n)) => line >= *n,
                    SedEnd::Address(address) => self.address_matches(address, line, last, text),
                };
                self.set_range(index, !done, end_line);
                true
            }
            Some(end) => {
                let zero = matches!(start, SedAddress::Zero);
                let opened = if zero {
                    line == 1
                } else {
                    self.address_matches(start, line, last, text)
                };
                if opened {
                    let (keep, until) = match end {
                        SedEnd::Plus(n) => (*n > 0, line + n),
                        SedEnd::Multiple(n) => (
                            *n > 0 && !line.is_multiple_of(*n),
                            if *n == 0 { line } else { (line / n + 1) * n },
                        ),
                        SedEnd::Address(SedAddress::Line(n)) => (*n > line, 0),
                        SedEnd::Address(SedAddress::Last) => (!last, 0),
                        SedEnd::Address(address) => (
                            !(zero && self.address_matches(address, line, last, text)),
                            0,
                        ),
                    };
                    self.set_range(index, keep, until);
                }
                opened
            }
        };
        hit != command.negate
    }

    fn set_range(&mut self, index: usize, active: bool, end: usize) {
        if let Some(range) = self.ranges.get_mut(index) {
            *range = (active, end);
        }
    }

    /// `s` on the pattern space; whether something was replaced.
    fn substitute(&mut self, substitution: &SedSubstitution, pattern: &mut String) -> bool {
        let index = substitution.regex.or(self.last_regex).unwrap_or(0);
        self.last_regex = Some(index);
        let Some(regex) = self.regexes.get(index) else {
            return false;
        };
        let chars: Vec<char> = pattern.chars().collect();
        let mut out = String::new();
        let (mut copied, mut from, mut count) = (0, 0, 0);
        let mut previous_end: Option<usize> = None;
        let mut replaced = false;
        while from <= chars.len() {
            let Some(captures) = regex.find_at(&chars, from) else {
                break;
            };
            let Some((start, end)) = captures.first().copied().flatten() else {
                break;
            };
            // An empty match right after the previous match does not count (GNU).
            if start == end && previous_end == Some(start) {
                from = start + 1;
                continue;
            }
            count += 1;
            if count >= substitution.nth {
                out.extend(chars.get(copied..start).unwrap_or(&[]));
                expand_replacement(&substitution.replacement, &captures, &chars, &mut out);
                copied = end;
                replaced = true;
                if !substitution.global {
                    break;
                }
            }
            previous_end = Some(end);
            from = if end > start { end } else { end + 1 };
        }
        if replaced {
            out.extend(chars.get(copied..).unwrap_or(&[]));
            *pattern = out;
        }
        replaced
    }

    /// Runs the script over one input; `Some(status)` when `q`/`Q` stopped everything.
    fn run(&mut self, input: &SedInput<'_>, out: &mut SedOutput) -> Result<Option<i32>, String> {
        let lines = &input.lines;
        let mut next_line = 0;
        let mut line_number = 0;
        let mut pattern = String::new();
        let mut newline = true;
        let mut restart = false;
        loop {
            if !restart {
                let Some((text, has_newline)) = lines.get(next_line) else {
                    return Ok(None);
                };
                pattern = text.to_string();
                newline = *has_newline;
                next_line += 1;
                line_number += 1;
            }
            restart = false;
            let mut appended: Vec<String> = Vec::new();
            let mut substituted = false;
            let mut pc = 0;
            let mut flow = SedFlow::End;
            while let Some(command) = self.commands.get(pc) {
                self.steps += 1;
                if self.steps > SED_MAX_STEPS
                    || pattern.len() > SED_MAX_SPACE
                    || self.hold.len() > SED_MAX_SPACE
                {
                    return Err("sed: the playground stopped a script that ran too long\n".into());
                }
                let last = next_line >= lines.len();
                if !self.selected(pc, line_number, last, &pattern) {
                    pc = match command.kind {
                        SedKind::Block(end) => end + 1,
                        _ => pc + 1,
                    };
                    continue;
                }
                pc += 1;
                match &command.kind {
                    SedKind::Block(_) | SedKind::EndBlock | SedKind::Label(_) => {}
                    SedKind::Substitute(substitution) => {
                        if self.substitute(substitution, &mut pattern) {
                            substituted = true;
                            if substitution.print {
                                out.line(&pattern, newline);
                            }
                        }
                    }
                    SedKind::Translate(pairs) => {
                        pattern = pattern
                            .chars()
                            .map(|c| {
                                pairs
                                    .iter()
                                    .find(|(from, _)| *from == c)
                                    .map_or(c, |(_, to)| *to)
                            })
                            .collect();
                    }
                    // An empty text (`a\` at the end of the script) adds nothing.
                    SedKind::Text('a', text) if !text.is_empty() => appended.push(text.clone()),
                    SedKind::Text('i', text) if !text.is_empty() => out.line(text, true),
                    SedKind::Text('a' | 'i', _) => {}
                    SedKind::Text(_, text) => {
                        let range_open = command.end.is_some()
                            && !command.negate
                            && self.ranges.get(pc - 1).is_some_and(|range| range.0);
                        if !range_open && !text.is_empty() {
                            out.line(text, true);
                        }
                        flow = SedFlow::Delete;
                        break;
                    }
                    SedKind::Quit(kind, status) => {
                        flow = SedFlow::Quit(*kind == 'q', *status);
                        break;
                    }
                    SedKind::Jump(kind, _, target) => {
                        let jump = match kind {
                            't' => substituted,
                            'T' => !substituted,
                            _ => true,
                        };
                        if *kind != 'b' {
                            substituted = false;
                        }
                        if jump {
                            pc = if *target == usize::MAX {
                                self.commands.len()
                            } else {
                                *target
                            };
                        }
                    }
                    SedKind::Simple(letter) => match letter {
                        'p' => out.line(&pattern, newline),
                        'P' => {
                            let first = pattern.split('\n').next().unwrap_or("");
                            out.line(first, true);
                        }
                        'd' => {
                            flow = SedFlow::Delete;
                            break;
                        }
                        'D' => {
                            match pattern.split_once('\n') {
                                Some((_, rest)) => {
                                    pattern = rest.to_string();
                                    flow = SedFlow::Restart;
                                }
                                None => flow = SedFlow::Delete,
                            }
                            break;
                        }
                        'n' | 'N' => {
                            let Some((text, has_newline)) = lines.get(next_line) else {
                                flow = SedFlow::Quit(true, 0);
                                break;
                            };
                            if *letter == 'n' {
                                if !self.quiet {
                                    out.line(&pattern, newline);
                                }
                                pattern = text.to_string();
                            } else {
                                pattern.push('\n');
                                pattern.push_str(text);
                            }
                            for text in appended.drain(..) {
                                out.line(&text, true);
                            }
                            newline = *has_newline;
                            next_line += 1;
                            line_number += 1;
                        }
                        'g' => pattern = self.hold.clone(),
                        'G' => {
                            pattern.push('\n');
                            pattern.push_str(&self.hold);
                        }
                        'h' => self.hold = pattern.clone(),
                        'H' => {
                            self.hold.push('\n');
                            self.hold.push_str(&pattern);
                        }
                        'x' => std::mem::swap(&mut pattern, &mut self.hold),
                        'z' => pattern.clear(),
                        '=' => out.line(&line_number.to_string(), true),
                        'l' => out.line(&sed_list(&pattern), true),
                        _ => out.line(&input.name, true),
                    },
                }
            }
            match flow {
                SedFlow::End | SedFlow::Quit(true, _) if !self.quiet => out.line(&pattern, newline),
                SedFlow::Restart => restart = true,
                _ => {}
            }
            for text in appended {
                out.line(&text, true);
            }
            if let SedFlow::Quit(_, status) = flow {
                return Ok(Some(status));
            }
        }
    }
}

/// `l`: the pattern space unambiguously (C escapes, octal bytes, `$` at the end, lines cut at
/// 69 columns with a `\`).
fn sed_list(text: &str) -> String {
    let mut out = String::new();
    let mut column = 0;
    for c in text.chars() {
        let piece = match c {
            '\\' => "\\\\".to_string(),
            '\u{7}' => "\\a".to_string(),
            '\u{8}' => "\\b".to_string(),
            '\u{c}' => "\\f".to_string(),
            '\n' => "\\n".to_string(),
            '\r' => "\\r".to_string(),
            '\t' => "\\t".to_string(),
            '\u{b}' => "\\v".to_string(),
            c if c.is_ascii() && !c.is_ascii_control() => c.to_string(),
            c => c
                .to_string()
                .bytes()
                .map(|b| format!("\\{b:03o}"))
                .collect(),
        };
        if column + piece.len() > 69 {
            out.push_str("\\\n");
            column = 0;
        }
        column += piece.len();
        out.push_str(&piece);
    }
    out.push('$');
    out
}

/// Writes an `s` replacement for one match.
fn expand_replacement(pieces: &[SedPiece], captures: &Captures, chars: &[char], out: &mut String) {
    let mut case: Option<char> = None;
    let mut once: Option<char> = None;
    let push = |text: &mut dyn Iterator<Item = char>,
                case: Option<char>,
                once: &mut Option<char>,
                out: &mut String| {
        for c in text {
            let converted: String = match (once.take(), case) {
                (Some('u'), _) | (None, Some('U')) => c.to_uppercase().collect(),
                (Some(_), _) | (None, Some('L')) => c.to_lowercase().collect(),
                _ => c.to_string(),
            };
            out.push_str(&converted);
        }
    };
    for piece in pieces {
        match piece {
            SedPiece::Text(text) => push(&mut text.chars(), case, &mut once, out),
            SedPiece::Group(n) => {
                if let Some((start, end)) = captures.get(*n).copied().flatten() {
                    push(
                        &mut chars.get(start..end).unwrap_or(&[]).iter().copied(),
                        case,
                        &mut once,
                        out,
                    );
                }
            }
            SedPiece::Case('E') => {
                case = None;
                once = None;
            }
            SedPiece::Case(c @ ('l' | 'u')) => once = Some(*c),
            SedPiece::Case(c) => case = Some(*c),
        }
    }
}

/// Runs one sed script over `text` (a transcript's `@ sed` edit): sed's output, or its
/// error messages.
pub fn edit_text(script: &str, text: &str) -> Result<String, String> {
    let mut io = Io::default();
    let stdin = super::builtins::Stdin::text(Some(text));
    let status = sed(&["-e", script], &stdin, &mut io, &mut Vfs::new());
    let (mut out, mut err) = (String::new(), String::new());
    for (stream, chunk) in io.chunks {
        match stream {
            crate::kubectl::Stream::Stdout => out.push_str(&chunk),
            crate::kubectl::Stream::Stderr => err.push_str(&chunk),
        }
    }
    if status == 0 {
        Ok(out)
    } else {
        Err(err)
    }
}

/// GNU sed: options `-n -e -f -E/-r -i[SUFFIX] -s --`, a parsed script of addressed commands
/// (ranges, `!`, blocks, labels) run over the lines; `-i` rewrites the virtual files.
pub(super) fn sed(
    args: &[&str],
    stdin: &super::builtins::Stdin<'_>,
    io: &mut Io,
    fs: &mut Vfs,
) -> i32 {
    let (mut quiet, mut separate, mut in_place, mut extended) = (false, false, None, false);
    let mut scripts: Vec<String> = Vec::new();
    let mut positional: Vec<&str> = Vec::new();
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        index += 1;
        if *arg == "--" {
            positional.extend(args.iter().skip(index));
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = long
                .split_once('=')
                .map_or((long, None), |(n, v)| (n, Some(v)));
            match name {
                "quiet" | "silent" => quiet = true,
                "regexp-extended" => extended = true,
                "separate" => separate = true,
                "in-place" => in_place = Some(value.unwrap_or("").to_string()),
                "posix" | "debug" | "unbuffered" | "sandbox" | "follow-symlinks" => {}
                "expression" | "file" => {
                    let value = match value {
                        Some(value) => Some(value.to_string()),
                        None => {
                            index += 1;
                            args.get(index - 1).map(|v| v.to_string())
                        }
                    };
                    let Some(value) = value else {
                        io.err(&format!(
                            "sed: option '--{name}' requires an argument\n{SED_USAGE}"
                        ));
                        return 1;
                    };
                    if name == "file" {
                        match sed_script_file(&value, stdin, fs) {
                            Ok(script) => scripts.push(script),
                            Err(message) => {
                                io.err(&message);
                                return 1;
                            }
                        }
                    } else {
                        scripts.push(value);
                    }
                }
                _ => {
                    io.err(&format!(
                        "sed: unrecognized option '{arg}'\n{SED_USAGE}{SED_HELP}"
                    ));
                    return 1;
                }
            }
            continue;
        }
        let Some(cluster) = arg.strip_prefix('-').filter(|c| !c.is_empty()) else {
            positional.push(arg);
            continue;
        };
        for (offset, letter) in cluster.char_indices() {
            let rest = cluster.get(offset + 1..).unwrap_or("");
            match letter {
                'n' => quiet = true,
                'E' | 'r' => extended = true,
                's' => separate = true,
                'u' | 'z' => {}
                'i' => {
                    in_place = Some(rest.to_string());
                    break;
                }
                'e' | 'f' | 'l' => {
                    let value = if rest.is_empty() {
                        index += 1;
                        args.get(index - 1).map(|v| v.to_string())
                    } else {
                        Some(rest.to_string())
                    };
                    let Some(value) = value else {
                        io.err(&format!(
                            "sed: option requires an argument -- '{letter}'\n{SED_USAGE}"
                        ));
                        return 1;
                    };
                    match letter {
                        'e' => scripts.push(value),
                        'f' => match sed_script_file(&value, stdin, fs) {
                            Ok(script) => scripts.push(script),
                            Err(message) => {
                                io.err(&message);
                                return 1;
                            }
                        },
                        _ => {}
                    }
                    break;
                }
                other => {
                    io.err(&format!(
                        "sed: invalid option -- '{other}'\n{SED_USAGE}{SED_HELP}"
                    ));
                    return 1;
                }
            }
        }
    }
    if scripts.is_empty() {
        if positional.is_empty() {
            io.err(&format!("{SED_USAGE}{SED_HELP}"));
            return 1;
        }
        scripts.push(positional.remove(0).to_string());
    }
    let mut starts = Vec::new();
    let mut joined = String::new();
    for script in &scripts {
        if !joined.is_empty() || !starts.is_empty() {
            joined.push('\n');
        }
        starts.push(joined.chars().count());
        joined.push_str(script);
    }
    let mut parser = SedParser {
        chars: joined.chars().collect(),
        pos: 0,
        starts,
        syntax: Syntax {
            extended,
            sed: true,
            ..Syntax::default()
        },
        regexes: Vec::new(),
        commands: Vec::new(),
    };
    if let Err(message) = parser.parse() {
        io.err(&message);
        return if message.starts_with("sed: can't find label") {
            4
        } else {
            1
        };
    }
    if in_place.is_some() && positional.is_empty() {
        io.err("sed: no input files\n");
        return 1;
    }
    let mut run = SedRun {
        commands: &parser.commands,
        regexes: &parser.regexes,
        quiet,
        hold: String::new(),
        last_regex: None,
        ranges: vec![(false, 0); parser.commands.len()],
        steps: 0,
    };
    let names: Vec<&str> = if positional.is_empty() {
        vec!["-"]
    } else {
        positional
    };
    let mut status = 0;
    let mut texts: Vec<(String, String)> = Vec::new();
    for name in &names {
        let text = if *name == "-" {
            Ok(stdin.read())
        } else {
            fs.read(name)
        };
        match text {
            Ok(text) => texts.push((name.to_string(), text.to_string())),
            Err(FsError::NotFound) => {
                io.err(&format!(
                    "sed: can't read {name}: No such file or directory\n"
                ));
                status = 2;
            }
            Err(error) => {
                io.err(&if in_place.is_some() {
                    format!("sed: couldn't edit {name}: not a regular file\n")
                } else {
                    format!("sed: read error on {name}: {error}\n")
                });
                status = if in_place.is_some() { 2 } else { 4 };
            }
        }
    }
    let split = |text: &str| -> Vec<(String, bool)> {
        text.split_inclusive('\n')
            .map(|line| match line.strip_suffix('\n') {
                Some(line) => (line.to_string(), true),
                None => (line.to_string(), false),
            })
            .collect()
    };
    let groups: Vec<(String, Vec<(String, bool)>)> = if separate || in_place.is_some() {
        texts
            .iter()
            .map(|(name, text)| (name.clone(), split(text)))
            .collect()
    } else {
        let lines = texts.iter().flat_map(|(_, text)| split(text)).collect();
        vec![(names.first().map_or("-", |n| n).to_string(), lines)]
    };
    let mut stdout = SedOutput::default();
    for (name, lines) in &groups {
        let input = SedInput {
            lines: lines
                .iter()
                .map(|(line, newline)| (line.as_str(), *newline))
                .collect(),
            name: name.clone(),
        };
        let mut file_output = SedOutput::default();
        let out = if in_place.is_some() {
            &mut file_output
        } else {
            &mut stdout
        };
        let result = run.run(&input, out);
        if let Some(suffix) = in_place.as_deref() {
            if !suffix.is_empty() {
                if let Some((_, original)) = texts.iter().find(|(n, _)| n == name) {
                    let _ = fs.write(&format!("{name}{suffix}"), original);
                }
            }
            let _ = fs.write(name, &file_output.text);
        }
        match result {
            Ok(None) => {}
            Ok(Some(quit)) => {
                status = quit;
                break;
            }
            Err(message) => {
                io.out(&stdout.text);
                io.err(&message);
                return 1;
            }
        }
    }
    io.out(&stdout.text);
    status
}

/// The script of `sed -f FILE` (`-` is standard input), without its final newline.
fn sed_script_file(
    name: &str,
    stdin: &super::builtins::Stdin<'_>,
    fs: &Vfs,
) -> Result<String, String> {
    let text = if name == "-" {
        Ok(stdin.read())
    } else {
        fs.read(name)
    };
    match text {
        Ok(text) => Ok(text.strip_suffix('\n').unwrap_or(text).to_string()),
        Err(error) => Err(format!("sed: couldn't open file {name}: {error}\n")),
    }
}
