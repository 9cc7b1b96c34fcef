//! `sh -c` inside a simulated container: a small interpreter for the scripts learners give
//! busybox and alpine (`while true; do echo "$(date) tick"; sleep 5; done`, `for i in 1 2 3`,
//! `i=$((i+1))`, `[ $i -lt 3 ]`, `$HOSTNAME`, `seq`, `exit 3`…), with busybox ash's messages
//! for what it covers.
//!
//! A script is parsed once and compiled to a flat list of operations with jumps, so a running
//! process is only a program counter, its variables and its `for` frames. The kubelet runs a
//! process until it sleeps or exits ([`Process::resume`]), keeps it, and resumes it when the
//! sleep is over; `kubectl exec` runs one to the end. A slice runs at most a given number of
//! operations, so a loop that never sleeps cannot hang the engine: it pauses like a sleep.
//!
//! Programs that are neither shell builtins nor the busybox applets simulated here are asked
//! of a [`Machine`] (the pod's view of the cluster: `wget`, `ps`, `nvidia-smi`…); a program
//! nobody knows is `sh: NAME: not found` (status 127), as in ash. Not simulated: `case`,
//! functions, globbing, here-documents, job control (`&` runs in the foreground). Nothing
//! here panics: nesting depth, operations per slice and output are bounded.

use crate::clock::{SimDuration, SimTime};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Deepest nesting of compound commands, quotes and substitutions a script may have.
const MAX_DEPTH: usize = 32;
/// Most bytes a command substitution, pipe, variable or file keeps.
const MAX_CAPTURE: usize = 1 << 20;
/// Sleeps shorter than this many milliseconds do not pause a process.
const MIN_SLEEP_MILLIS: i64 = 10;
/// Most files a script may write (a loop that writes a new file each round stops there).
const MAX_FILES: usize = 1000;

/// Which stream a piece of output was written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// Output written by a process, in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    pub chunks: Vec<(Stream, String)>,
}

impl Output {
    pub fn write(&mut self, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((last, chunk)) if *last == stream => chunk.push_str(text),
            _ => self.chunks.push((stream, text.to_string())),
        }
    }

    /// Everything written, both streams interleaved (what a container log holds).
    pub fn text(&self) -> String {
        self.chunks.iter().map(|(_, text)| text.as_str()).collect()
    }
}

/// The container around the shell: who it is and the programs of its image.
pub trait Machine {
    fn hostname(&self) -> String;
    fn pod_ip(&self) -> String;
    fn now(&self) -> SimTime;
    /// Runs a program that is not a shell builtin or a simulated applet, with `stdin`;
    /// `None` if the image has no such program.
    fn run(&mut self, argv: &[String], stdin: &str, out: &mut Output) -> Option<i32>;
    /// A file of the container's volumes (a ConfigMap key, the service account token).
    fn mounted_file(&self, _path: &str) -> Option<String> {
        None
    }
}

/// The environment a container starts with: the image's `PATH`, the pod's hostname, the
/// `kubernetes` Service's variables, `HOME`, then the container's own `env`.
pub fn container_environment(hostname: &str, env: &[(String, String)]) -> Vec<(String, String)> {
    let mut vars: Vec<(String, String)> = [
        (
            "PATH",
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        ),
        ("HOSTNAME", hostname),
        ("KUBERNETES_SERVICE_HOST", "10.96.0.1"),
        ("KUBERNETES_SERVICE_PORT", "443"),
        ("KUBERNETES_PORT", "tcp://10.96.0.1:443"),
        ("HOME", "/root"),
    ]
    .iter()
    .map(|(name, value)| (name.to_string(), value.to_string()))
    .collect();
    vars.extend(env.iter().cloned());
    vars
}

/// The busybox applets this module runs itself, also when a container or `kubectl exec`
/// runs one directly rather than from a script.
pub const APPLETS: [&str; 23] = [
    "echo", "printf", "sleep", "true", "false", "hostname", "date", "seq", "env", "printenv",
    "cat", "wc", "head", "tail", "grep", "whoami", "id", "pwd", "test", "[", "touch", "rm", "ls",
];

/// Whether `program` (possibly a path such as `/bin/sleep`) is one of the [`APPLETS`].
pub fn is_applet(program: &str) -> bool {
    APPLETS.contains(&program.rsplit('/').next().unwrap_or(program))
}

/// Which `sh` the image has: its "not found" message differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// busybox ash (busybox, alpine): `sh: foo: not found`.
    Ash,
    /// Debian's dash (the kubia and nginx images): `sh: 1: foo: not found`.
    Dash,
}

/// Why a process stopped running for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// It sleeps this long (or has used its slice of operations) and then goes on.
    Sleep(SimDuration),
    /// It sleeps forever (`sleep infinity`).
    Forever,
    /// It ended with this status.
    Exit(i32),
}

// ---------------------------------------------------------------------------------------------
// Syntax
// ---------------------------------------------------------------------------------------------

/// A piece of a word.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// Text as written (quoted text is not split into fields).
    Text { text: String, quoted: bool },
    /// `$name`, `${name}`, `${name:-word}`, `${#name}`…
    Param {
        name: String,
        op: ParamOp,
        quoted: bool,
    },
    /// `$((expression))`; the expression is itself expanded first.
    Arith { expr: Vec<Part>, quoted: bool },
    /// `$(commands)` or backquotes.
    Subst { ops: Rc<Vec<Op>>, quoted: bool },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ParamOp {
    Plain,
    Length,
    /// `-`, `=`, `+` or `?`, with `:` (also when set but empty) and the word.
    Alternative {
        kind: char,
        colon: bool,
        word: Vec<Part>,
    },
}

type Word = Vec<Part>;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Redirect {
    fd: u32,
    kind: RedirectKind,
    target: Word,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RedirectKind {
    Write,
    Append,
    Read,
    Dup,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Simple {
    assignments: Vec<(String, Word)>,
    words: Vec<Word>,
    redirects: Vec<Redirect>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Pipeline {
    negated: bool,
    commands: Vec<Stage>,
}

/// One stage of a pipeline: a simple command, or a compound command compiled apart (it runs
/// in a subshell, reading the stage's input).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    Simple(Simple),
    Compound(Rc<Vec<Op>>),
}

/// One step of a compiled script.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Op {
    Run(Box<Pipeline>),
    Jump(usize),
    /// Jumps when the last status is not 0.
    JumpIfFailed(usize),
    /// Jumps when the last status is 0.
    JumpIfSucceeded(usize),
    /// Sets the status.
    Status(i32),
    /// Flips the last status (`! { …; }`).
    Negate,
    /// Starts a `for` loop over the expanded words (`None`: the positional parameters).
    ForStart {
        name: String,
        words: Option<Vec<Word>>,
    },
    /// Gives the loop variable its next value, or jumps out when there is none.
    ForNext(usize),
    /// Leaves the `for` frames above this depth (loop exits, `break`, `continue`).
    Frames(usize),
}

/// Tokens of the lexer.
#[derive(Debug)]
enum Token {
    /// A word, with its text when it is a plain unquoted literal (for reserved words).
    Word(Word, Option<String>),
    Operator(&'static str),
    Redirect(u32, RedirectKind, Word),
    Newline,
    End,
}

/// A parse failure, as ash words it (after `sh: `).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError(pub String);

const OPERATORS: [&str; 8] = ["&&", "||", ";;", ";", "&", "|", "(", ")"];

struct Lexer {
    chars: Vec<char>,
    at: usize,
    depth: usize,
}

impl Lexer {
    fn new(source: &str, depth: usize) -> Lexer {
        Lexer {
            chars: source.chars().collect(),
            at: 0,
            depth,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.at + offset).copied()
    }

    fn tokens(mut self) -> Result<Vec<Token>, SyntaxError> {
        let mut tokens = Vec::new();
        loop {
            while matches!(self.peek(), Some(' ' | '\t')) {
                self.at += 1;
            }
            if self.peek() == Some('\\') && self.peek_at(1) == Some('\n') {
                self.at += 2;
                continue;
            }
            let Some(c) = self.peek() else {
                tokens.push(Token::End);
                return Ok(tokens);
            };
            if c == '#' {
                while !matches!(self.peek(), None | Some('\n')) {
                    self.at += 1;
                }
                continue;
            }
            if c == '\n' {
                self.at += 1;
                tokens.push(Token::Newline);
                continue;
            }
            // A redirection, with an optional file descriptor number before it.
            let digits = self.chars[self.at..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if matches!(self.peek_at(digits), Some('<' | '>')) {
                let fd_text: String = self.chars[self.at..self.at + digits].iter().collect();
                self.at += digits;
                let op = self.peek().unwrap_or('>');
                self.at += 1;
                let kind = match (op, self.peek()) {
                    ('>', Some('>')) => {
                        self.at += 1;
                        RedirectKind::Append
                    }
                    (_, Some('&')) => {
                        self.at += 1;
                        RedirectKind::Dup
                    }
                    ('>', Some('|')) => {
                        self.at += 1;
                        RedirectKind::Write
                    }
                    ('>', _) => RedirectKind::Write,
                    _ => RedirectKind::Read,
                };
                let fd = fd_text.parse().unwrap_or(if op == '<' { 0 } else { 1 });
                while matches!(self.peek(), Some(' ' | '\t')) {
                    self.at += 1;
                }
                let target = self.word()?;
                if target.is_empty() {
                    let next = match self.peek() {
                        None => "end of file".to_string(),
                        Some('\n') => "newline".to_string(),
                        Some(c) => format!("\"{c}\""),
                    };
                    return Err(SyntaxError(format!("syntax error: unexpected {next}")));
                }
                tokens.push(Token::Redirect(fd, kind, target));
                continue;
            }
            if let Some(op) = OPERATORS.iter().find(|op| {
                op.chars()
                    .enumerate()
                    .all(|(i, c)| self.peek_at(i) == Some(c))
            }) {
                self.at += op.len();
                tokens.push(Token::Operator(op));
                continue;
            }
            let start = self.at;
            let word = self.word()?;
            let literal: String = self.chars[start..self.at].iter().collect();
            let plain = word
                .iter()
                .all(|part| matches!(part, Part::Text { quoted: false, .. }))
                && !literal.contains('\\');
            tokens.push(Token::Word(word, plain.then_some(literal)));
        }
    }

    /// Reads one word up to an unquoted blank or operator.
    fn word(&mut self) -> Result<Word, SyntaxError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        // `~` or `~/…` at the start: the home directory.
        if self.peek() == Some('~')
            && matches!(
                self.peek_at(1),
                None | Some('/' | ' ' | '\t' | '\n' | ';' | '&' | '|' | ')')
            )
        {
            self.at += 1;
            parts.push(Part::Param {
                name: "HOME".into(),
                op: ParamOp::Plain,
                quoted: true,
            });
        }
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' | '\n' | ';' | '&' | '|' | '(' | ')' | '<' | '>' => break,
                '\\' => {
                    self.at += 1;
                    match self.peek() {
                        Some('\n') => self.at += 1,
                        Some(next) => {
                            flush(&mut parts, &mut text, false);
                            parts.push(Part::Text {
                                text: next.to_string(),
                                quoted: true,
                            });
                            self.at += 1;
                        }
                        None => text.push('\\'),
                    }
                }
                '\'' => {
                    flush(&mut parts, &mut text, false);
                    self.single_quoted(&mut parts)?;
                }
                '"' => {
                    flush(&mut parts, &mut text, false);
                    self.at += 1;
                    let before = parts.len();
                    self.double_quoted(&mut parts)?;
                    if parts.len() == before {
                        parts.push(Part::Text {
                            text: String::new(),
                            quoted: true,
                        });
                    }
                }
                '$' => {
                    flush(&mut parts, &mut text, false);
                    self.dollar(&mut parts, false)?;
                }
                '`' => {
                    flush(&mut parts, &mut text, false);
                    self.backquote(&mut parts, false)?;
                }
                c => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        flush(&mut parts, &mut text, false);
        Ok(parts)
    }

    /// `'…'` at the cursor: its text as written.
    fn single_quoted(&mut self, parts: &mut Vec<Part>) -> Result<(), SyntaxError> {
        self.at += 1;
        let mut text = String::new();
        loop {
            match self.peek() {
                None => return Err(unterminated()),
                Some('\'') => break,
                Some(c) => text.push(c),
            }
            self.at += 1;
        }
        self.at += 1;
        parts.push(Part::Text { text, quoted: true });
        Ok(())
    }

    fn double_quoted(&mut self, parts: &mut Vec<Part>) -> Result<(), SyntaxError> {
        let mut text = String::new();
        loop {
            match self.peek() {
                None => return Err(unterminated()),
                Some('"') => {
                    self.at += 1;
                    flush(parts, &mut text, true);
                    return Ok(());
                }
                Some('\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(c @ ('$' | '`' | '"' | '\\')) => {
                            text.push(c);
                            self.at += 1;
                        }
                        Some('\n') => self.at += 1,
                        _ => text.push('\\'),
                    }
                }
                Some('$') => {
                    flush(parts, &mut text, true);
                    self.dollar(parts, true)?;
                }
                Some('`') => {
                    flush(parts, &mut text, true);
                    self.backquote(parts, true)?;
                }
                Some(c) => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
    }

    fn nested(&self) -> Result<usize, SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(SyntaxError("syntax error: nesting too deep".into()));
        }
        Ok(self.depth + 1)
    }

    /// `$…` at the cursor.
    fn dollar(&mut self, parts: &mut Vec<Part>, quoted: bool) -> Result<(), SyntaxError> {
        self.at += 1;
        match self.peek() {
            Some('(') if self.peek_at(1) == Some('(') => {
                self.at += 2;
                let start = self.at;
                let mut depth = 0usize;
                loop {
                    match self.peek() {
                        None => {
                            return Err(SyntaxError("syntax error: unterminated arithmetic".into()))
                        }
                        Some('(') => depth += 1,
                        Some(')') if depth > 0 => depth -= 1,
                        Some(')') if self.peek_at(1) == Some(')') => break,
                        _ => {}
                    }
                    self.at += 1;
                }
                let inner: String = self.chars[start..self.at].iter().collect();
                self.at += 2;
                let mut lexer = Lexer::new(&inner, self.nested()?);
                let mut expr = Vec::new();
                lexer.arith_text(&mut expr)?;
                parts.push(Part::Arith { expr, quoted });
            }
            Some('(') => {
                self.at += 1;
                let start = self.at;
                self.skip_to_closing_paren()?;
                let inner: String = self.chars[start..self.at].iter().collect();
                self.at += 1;
                let ops = compile(&inner, self.nested()?)?;
                parts.push(Part::Subst {
                    ops: Rc::new(ops),
                    quoted,
                });
            }
            Some('{') => {
                self.at += 1;
                let length = self.peek() == Some('#') && self.peek_at(1) != Some('}');
                if length {
                    self.at += 1;
                }
                let name = self.name();
                if name.is_empty() {
                    return Err(if self.peek().is_none() {
                        SyntaxError("syntax error: missing '}'".into())
                    } else {
                        bad_substitution()
                    });
                }
                let op = if length {
                    ParamOp::Length
                } else {
                    let colon = self.peek() == Some(':');
                    if colon {
                        self.at += 1;
                    }
                    match self.peek() {
                        Some('}') if !colon => ParamOp::Plain,
                        None => return Err(SyntaxError("syntax error: missing '}'".into())),
                        Some(kind @ ('-' | '=' | '+' | '?')) => {
                            self.at += 1;
                            let mut word = Vec::new();
                            self.brace_word(&mut word, quoted)?;
                            ParamOp::Alternative { kind, colon, word }
                        }
                        _ => return Err(bad_substitution()),
                    }
                };
                if self.peek() != Some('}') {
                    return Err(SyntaxError("syntax error: missing '}'".into()));
                }
                self.at += 1;
                parts.push(Part::Param { name, op, quoted });
            }
            _ => {
                let name = self.name();
                if name.is_empty() {
                    parts.push(Part::Text {
                        text: "$".into(),
                        quoted,
                    });
                } else {
                    parts.push(Part::Param {
                        name,
                        op: ParamOp::Plain,
                        quoted,
                    });
                }
            }
        }
        Ok(())
    }

    /// A parameter name: letters, digits and `_`, or one special character or digit.
    fn name(&mut self) -> String {
        match self.peek() {
            Some(c @ ('?' | '$' | '#' | '@' | '*' | '!' | '-' | '0'..='9')) => {
                self.at += 1;
                c.to_string()
            }
            _ => {
                let mut name = String::new();
                while let Some(c) = self
                    .peek()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    name.push(c);
                    self.at += 1;
                }
                name
            }
        }
    }

    /// The word of `${name:-word}` up to the closing brace.
    fn brace_word(&mut self, parts: &mut Vec<Part>, quoted: bool) -> Result<(), SyntaxError> {
        let mut text = String::new();
        loop {
            match self.peek() {
                None => return Err(bad_substitution()),
                Some('}') => {
                    flush(parts, &mut text, quoted);
                    return Ok(());
                }
                Some('$') => {
                    flush(parts, &mut text, quoted);
                    self.dollar(parts, quoted)?;
                }
                Some('"') => {
                    flush(parts, &mut text, quoted);
                    self.at += 1;
                    self.double_quoted(parts)?;
                }
                Some('\'') if !quoted => {
                    flush(parts, &mut text, quoted);
                    self.single_quoted(parts)?;
                }
                Some(c) => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
    }

    /// The text of `$((…))`: expansions are kept, everything else is expression text.
    fn arith_text(&mut self, parts: &mut Vec<Part>) -> Result<(), SyntaxError> {
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c == '$' {
                flush(parts, &mut text, true);
                self.dollar(parts, true)?;
            } else {
                text.push(c);
                self.at += 1;
            }
        }
        flush(parts, &mut text, true);
        Ok(())
    }

    /// Moves the cursor to the `)` that closes a `$(`, past quotes and nested parentheses.
    fn skip_to_closing_paren(&mut self) -> Result<(), SyntaxError> {
        let mut depth = 0usize;
        loop {
            match self.peek() {
                None => {
                    return Err(SyntaxError(
                        "syntax error: unterminated quoted string".into(),
                    ))
                }
                Some('\\') => self.at += 1,
                Some('\'') => {
                    self.at += 1;
                    while !matches!(self.peek(), None | Some('\'')) {
                        self.at += 1;
                    }
                }
                Some('"') => {
                    self.at += 1;
                    while !matches!(self.peek(), None | Some('"')) {
                        if self.peek() == Some('\\') {
                            self.at += 1;
                        }
                        self.at += 1;
                    }
                }
                Some('(') => depth += 1,
                Some(')') if depth == 0 => return Ok(()),
                Some(')') => depth -= 1,
                _ => {}
            }
            self.at += 1;
        }
    }

    fn backquote(&mut self, parts: &mut Vec<Part>, quoted: bool) -> Result<(), SyntaxError> {
        self.at += 1;
        let mut inner = String::new();
        loop {
            match self.peek() {
                None => return Err(unterminated()),
                Some('`') => break,
                Some('\\') if matches!(self.peek_at(1), Some('`' | '\\' | '$')) => {
                    inner.extend(self.peek_at(1));
                    self.at += 1;
                }
                Some(c) => inner.push(c),
            }
            self.at += 1;
        }
        self.at += 1;
        let ops = compile(&inner, self.nested()?)?;
        parts.push(Part::Subst {
            ops: Rc::new(ops),
            quoted,
        });
        Ok(())
    }
}

fn flush(parts: &mut Vec<Part>, text: &mut String, quoted: bool) {
    if !text.is_empty() {
        parts.push(Part::Text {
            text: std::mem::take(text),
            quoted,
        });
    }
}

fn unterminated() -> SyntaxError {
    SyntaxError("syntax error: unterminated quoted string".into())
}

fn bad_substitution() -> SyntaxError {
    SyntaxError("syntax error: bad substitution".into())
}

/// How ash names a token in `unexpected …` and `(expecting …)`.
fn token_name(token: &Token) -> String {
    match token {
        Token::End => "end of file".into(),
        Token::Newline => "newline".into(),
        Token::Redirect(..) => "redirection".into(),
        Token::Word(_, Some(text)) if RESERVED.contains(&text.as_str()) => format!("\"{text}\""),
        Token::Word(..) => "word".into(),
        Token::Operator(op) => format!("\"{op}\""),
    }
}

const RESERVED: [&str; 15] = [
    "if", "then", "elif", "else", "fi", "do", "done", "while", "until", "for", "in", "case",
    "esac", "{", "}",
];

/// A compound command's body being compiled, with the loops around it (for `break`).
struct Compiler {
    tokens: Vec<Token>,
    at: usize,
    ops: Vec<Op>,
    /// Per enclosing loop: its `continue` target, the `for` depth inside it, and the jumps
    /// that `break` left to patch with the loop's exit.
    loops: Vec<Loop>,
    /// How many `for` frames are open where the compiler is.
    for_depth: usize,
    depth: usize,
}

struct Loop {
    continue_at: usize,
    frames: usize,
    breaks: Vec<usize>,
}

/// Parses and compiles a script.
fn compile(source: &str, depth: usize) -> Result<Vec<Op>, SyntaxError> {
    let tokens = Lexer::new(source, depth).tokens()?;
    let mut compiler = Compiler {
        tokens,
        at: 0,
        ops: Vec::new(),
        loops: Vec::new(),
        for_depth: 0,
        depth,
    };
    compiler.list(&[])?;
    match compiler.peek() {
        Token::End => Ok(compiler.ops),
        token => Err(unexpected(token, None)),
    }
}

fn unexpected(token: &Token, expecting: Option<&str>) -> SyntaxError {
    let mut message = format!("syntax error: unexpected {}", token_name(token));
    if let Some(expecting) = expecting {
        message.push_str(&format!(" (expecting \"{expecting}\")"));
    }
    SyntaxError(message)
}

impl Compiler {
    fn peek(&self) -> &Token {
        self.tokens.get(self.at).unwrap_or(&Token::End)
    }

    fn reserved(&self) -> Option<&str> {
        match self.peek() {
            Token::Word(_, Some(text)) if RESERVED.contains(&text.as_str()) => Some(text),
            _ => None,
        }
    }

    fn skip_newlines(&mut self) {
        while matches!(self.peek(), Token::Newline) {
            self.at += 1;
        }
    }

    fn expect(&mut self, word: &str) -> Result<(), SyntaxError> {
        if self.reserved() == Some(word) {
            self.at += 1;
            Ok(())
        } else {
            Err(unexpected(self.peek(), Some(word)))
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    fn patch(&mut self, at: usize, target: usize) {
        if let Some(
            Op::Jump(to) | Op::JumpIfFailed(to) | Op::JumpIfSucceeded(to) | Op::ForNext(to),
        ) = self.ops.get_mut(at)
        {
            *to = target;
        }
    }

    /// Commands up to one of `until` (reserved words), `)`, `}` or the end.
    fn list(&mut self, until: &[&str]) -> Result<(), SyntaxError> {
        loop {
            self.skip_newlines();
            match self.peek() {
                Token::End | Token::Operator(")") => return Ok(()),
                _ => {}
            }
            if let Some(word) = self.reserved() {
                if until.contains(&word) || word == "}" {
                    return Ok(());
                }
            }
            self.and_or()?;
            match self.peek() {
                Token::Operator(";" | "&") | Token::Newline => self.at += 1,
                _ => return Ok(()),
            }
        }
    }

    /// `a && b || c`: each operator tests the status left by what ran before it and skips
    /// only the pipeline after it (a skipped pipeline leaves the status as it was).
    fn and_or(&mut self) -> Result<(), SyntaxError> {
        self.pipeline()?;
        loop {
            let op = match self.peek() {
                Token::Operator("&&") => Op::JumpIfFailed(0),
                Token::Operator("||") => Op::JumpIfSucceeded(0),
                _ => return Ok(()),
            };
            self.at += 1;
            self.skip_newlines();
            let jump = self.emit(op);
            self.pipeline()?;
            let here = self.ops.len();
            self.patch(jump, here);
        }
    }

    fn pipeline(&mut self) -> Result<(), SyntaxError> {
        let mut negated = false;
        // `!` negates only as the first word of a pipeline (elsewhere, as in `[ ! -n x ]`,
        // it is an argument).
        while matches!(self.peek(), Token::Word(_, Some(word)) if word == "!") {
            negated = !negated;
            self.at += 1;
        }
        if self.starts_compound() && !self.compound_is_piped() {
            self.compound()?;
            if negated {
                self.emit(Op::Negate);
            }
            return Ok(());
        }
        let mut commands = vec![self.stage()?];
        while matches!(self.peek(), Token::Operator("|")) {
            self.at += 1;
            self.skip_newlines();
            commands.push(self.stage()?);
        }
        // `break`/`continue` alone are jumps.
        if let [Stage::Simple(command)] = commands.as_slice() {
            if let Some(keyword) = literal_command(command, &["break", "continue"]) {
                let levels = match command.words.get(1).and_then(literal) {
                    Some(text) => match text.parse::<usize>() {
                        Ok(n) if n > 0 => n,
                        _ => {
                            return Err(SyntaxError(format!(
                                "{keyword}: line 0: Illegal number: {text}"
                            )))
                        }
                    },
                    None => 1,
                };
                if self.loops.is_empty() {
                    self.emit(Op::Status(0));
                    return Ok(());
                }
                let index = self
                    .loops
                    .len()
                    .saturating_sub(levels.min(self.loops.len()));
                let frames = self.loops[index].frames;
                self.emit(Op::Frames(frames));
                if keyword == "break" {
                    let jump = self.emit(Op::Jump(0));
                    self.loops[index].breaks.push(jump);
                } else {
                    let target = self.loops[index].continue_at;
                    self.emit(Op::Jump(target));
                }
                return Ok(());
            }
        }
        self.emit(Op::Run(Box::new(Pipeline { negated, commands })));
        Ok(())
    }

    fn starts_compound(&self) -> bool {
        matches!(self.peek(), Token::Operator("("))
            || matches!(
                self.reserved(),
                Some("while" | "until" | "for" | "if" | "{" | "case")
            )
    }

    /// Whether the compound command at the cursor is followed by `|` (a pipeline stage).
    /// Reserved words count only where a command starts, as the parser reads them.
    fn compound_is_piped(&self) -> bool {
        let mut depth = 0usize;
        let mut command_start = true;
        let mut ended = false;
        for token in self.tokens.iter().skip(self.at) {
            if ended {
                match token {
                    Token::Redirect(..) => continue,
                    Token::Operator("|") => return true,
                    _ => return false,
                }
            }
            let word = match token {
                Token::Word(_, Some(word)) if command_start => Some(word.as_str()),
                _ => None,
            };
            match (token, word) {
                (_, Some("while" | "until" | "if" | "{")) | (Token::Operator("("), _) => {
                    depth += 1;
                    command_start = true;
                }
                (_, Some("for" | "case")) => {
                    depth += 1;
                    command_start = false;
                }
                (_, Some("done" | "fi" | "}" | "esac")) | (Token::Operator(")"), _) => {
                    depth = depth.saturating_sub(1);
                    ended = depth == 0;
                    command_start = false;
                }
                (_, Some("do" | "then" | "else" | "elif" | "!")) => command_start = true,
                (Token::Operator(_) | Token::Newline, _) => command_start = true,
                (Token::End, _) => return false,
                _ => command_start = false,
            }
        }
        false
    }

    /// One pipeline stage; a compound one is compiled apart, as the subshell it runs in.
    fn stage(&mut self) -> Result<Stage, SyntaxError> {
        if !self.starts_compound() {
            // A reserved word that opens nothing (`done`, `then`…) cannot start a command.
            if self
                .reserved()
                .is_some_and(|word| !matches!(word, "in" | "esac"))
            {
                return Err(unexpected(self.peek(), None));
            }
            return Ok(Stage::Simple(self.simple()?));
        }
        let ops = std::mem::take(&mut self.ops);
        let loops = std::mem::take(&mut self.loops);
        let for_depth = std::mem::replace(&mut self.for_depth, 0);
        let compiled = self.compound();
        let stage_ops = std::mem::replace(&mut self.ops, ops);
        self.loops = loops;
        self.for_depth = for_depth;
        compiled?;
        Ok(Stage::Compound(Rc::new(stage_ops)))
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError("syntax error: nesting too deep".into()));
        }
        Ok(())
    }

    /// A compound command at the cursor, compiled; false if there is none.
    fn compound(&mut self) -> Result<bool, SyntaxError> {
        let keyword = match self.peek() {
            Token::Operator("(") => "(",
            _ => match self.reserved() {
                Some(word) => match word {
                    "while" | "until" | "for" | "if" | "{" => word,
                    "case" => {
                        return Err(SyntaxError(
                            "case is not simulated by the playground".into(),
                        ))
                    }
                    "in" | "esac" => return Ok(false),
                    _ => return Err(unexpected(self.peek(), None)),
                },
                None => return Ok(false),
            },
        }
        .to_string();
        self.enter()?;
        self.at += 1;
        match keyword.as_str() {
            "while" | "until" => {
                let frames = self.for_depth;
                let top = self.emit(Op::Frames(frames));
                self.list(&["do"])?;
                self.expect("do")?;
                let exit = self.emit(if keyword == "while" {
                    Op::JumpIfFailed(0)
                } else {
                    Op::JumpIfSucceeded(0)
                });
                self.loops.push(Loop {
                    continue_at: top,
                    frames,
                    breaks: vec![exit],
                });
                self.body("done")?;
                self.emit(Op::Jump(top));
                self.close_loop(frames);
            }
            "for" => {
                let name = match self.peek() {
                    Token::Word(_, Some(name))
                        if !name.is_empty()
                            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                            && !name.starts_with(|c: char| c.is_ascii_digit()) =>
                    {
                        name.clone()
                    }
                    _ => return Err(SyntaxError("syntax error: bad for loop variable".into())),
                };
                self.at += 1;
                self.skip_newlines();
                let words = if self.reserved() == Some("in") {
                    self.at += 1;
                    let mut words = Vec::new();
                    while let Token::Word(..) = self.peek() {
                        if let Token::Word(word, _) = self.take() {
                            words.push(word);
                        }
                    }
                    match self.peek() {
                        Token::Operator(";") | Token::Newline => self.at += 1,
                        token => return Err(unexpected(token, Some("do"))),
                    }
                    Some(words)
                } else {
                    if matches!(self.peek(), Token::Operator(";")) {
                        self.at += 1;
                    }
                    None
                };
                self.skip_newlines();
                self.expect("do")?;
                let frames = self.for_depth;
                self.emit(Op::ForStart { name, words });
                self.for_depth += 1;
                let top = self.emit(Op::Frames(frames + 1));
                let next = self.emit(Op::ForNext(0));
                self.loops.push(Loop {
                    continue_at: top,
                    frames: frames + 1,
                    breaks: vec![next],
                });
                self.body("done")?;
                self.emit(Op::Jump(top));
                self.for_depth -= 1;
                self.close_loop(frames);
            }
            "if" => {
                let mut to_end = Vec::new();
                loop {
                    self.list(&["then"])?;
                    self.expect("then")?;
                    let skip = self.emit(Op::JumpIfFailed(0));
                    self.list(&["elif", "else", "fi"])?;
                    to_end.push(self.emit(Op::Jump(0)));
                    let here = self.ops.len();
                    self.patch(skip, here);
                    match self.reserved() {
                        Some("elif") => self.at += 1,
                        Some("else") => {
                            self.at += 1;
                            self.list(&["fi"])?;
                            self.expect("fi")?;
                            break;
                        }
                        _ => {
                            self.expect("fi")?;
                            self.emit(Op::Status(0));
                            break;
                        }
                    }
                }
                let end = self.ops.len();
                for jump in to_end {
                    self.patch(jump, end);
                }
            }
            "{" => {
                self.list(&["}"])?;
                self.expect("}")?;
            }
            _ => {
                // `( … )`: a subshell, run here (its variables are not kept apart).
                self.list(&[])?;
                if !matches!(self.peek(), Token::Operator(")")) {
                    return Err(unexpected(self.peek(), Some(")")));
                }
                self.at += 1;
            }
        }
        self.depth -= 1;
        // Redirections after a compound command are accepted and not applied.
        while let Token::Redirect(..) = self.peek() {
            self.at += 1;
        }
        Ok(true)
    }

    fn body(&mut self, end: &str) -> Result<(), SyntaxError> {
        self.list(&[end])?;
        self.expect(end)
    }

    fn close_loop(&mut self, frames: usize) {
        let exit = self.emit(Op::Frames(frames));
        self.emit(Op::Status(0));
        if let Some(done) = self.loops.pop() {
            for jump in done.breaks {
                self.patch(jump, exit);
            }
        }
    }

    /// The next token, taken out of the list (the parser never looks back at a consumed one).
    fn take(&mut self) -> Token {
        self.at += 1;
        self.tokens
            .get_mut(self.at - 1)
            .map_or(Token::End, |token| std::mem::replace(token, Token::End))
    }

    fn simple(&mut self) -> Result<Simple, SyntaxError> {
        let mut command = Simple::default();
        while let Token::Word(..) | Token::Redirect(..) = self.peek() {
            match self.take() {
                Token::Word(mut word, _) => {
                    // `name=value` before the command name is an assignment.
                    let assignment = match word.first_mut() {
                        Some(Part::Text {
                            text,
                            quoted: false,
                        }) if command.words.is_empty() => match text.split_once('=') {
                            Some((name, value)) if is_name(name) => {
                                let name = name.to_string();
                                *text = value.to_string();
                                Some(name)
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    match assignment {
                        Some(name) => command.assignments.push((name, word)),
                        None => command.words.push(word),
                    }
                }
                Token::Redirect(fd, kind, target) => {
                    command.redirects.push(Redirect { fd, kind, target })
                }
                _ => {}
            }
        }
        if command.words.is_empty()
            && command.assignments.is_empty()
            && command.redirects.is_empty()
        {
            return Err(unexpected(self.peek(), None));
        }
        Ok(command)
    }
}

fn is_name(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !text.starts_with(|c: char| c.is_ascii_digit())
}

/// A word's text when it has no expansions.
fn literal(word: &Word) -> Option<String> {
    word.iter()
        .map(|part| match part {
            Part::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The command's name if it is one of `names`, written literally, without assignments.
fn literal_command(command: &Simple, names: &[&'static str]) -> Option<&'static str> {
    if !command.assignments.is_empty() || !command.redirects.is_empty() {
        return None;
    }
    let first = literal(command.words.first()?)?;
    names.iter().copied().find(|name| *name == first)
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

/// A `for` loop in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ForFrame {
    name: String,
    values: Vec<String>,
    next: usize,
}

/// A running shell: its script and where it is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Process {
    ops: Rc<Vec<Op>>,
    pc: usize,
    status: i32,
    vars: BTreeMap<String, String>,
    /// Exported variable names in the order `env` lists them.
    exported: Vec<String>,
    positional: Vec<String>,
    arg0: String,
    frames: Vec<ForFrame>,
    /// Files the script wrote (`echo x > /tmp/f`), which only it sees.
    files: BTreeMap<String, String>,
    pid: u32,
    exited: Option<i32>,
    /// Set when `exit` (or a fatal error) ended the shell, not the end of its input.
    called_exit: bool,
    /// How many command substitutions have run (the status of `x=$(cmd)`).
    substitutions: u64,
    /// What the process reads (a pipeline stage's input), from `read` and the filters.
    input: String,
    dialect: Dialect,
}

/// What one command did.
enum Done {
    Status(i32),
    Sleep(i32, Pause),
    Exit(i32),
}

/// Why a command could not run: the shell exits with this status after the message.
struct Fatal(i32);

impl Process {
    /// `sh -c SCRIPT [ARG0 [ARGS…]]`: the process, or the syntax error's message (ash exits 2).
    pub fn new(
        script: &str,
        arguments: &[String],
        environment: Vec<(String, String)>,
        pid: u32,
    ) -> Result<Process, SyntaxError> {
        let ops = compile(script, 0)?;
        Ok(Process::with_ops(ops, arguments, environment, pid))
    }

    /// Gives a live shell its next input (an interactive shell reading a line): the script
    /// replaces what it ran before; variables, files and `$?` stay.
    pub fn run_next(&mut self, script: &str) -> Result<(), SyntaxError> {
        self.ops = Rc::new(compile(script, 0)?);
        self.pc = 0;
        self.frames.clear();
        self.exited = None;
        Ok(())
    }

    /// Sets `$?` (an interactive shell after a syntax error).
    pub fn set_status(&mut self, status: i32) {
        self.status = status;
    }

    /// Whether the script ran `exit` (rather than reaching its end).
    pub fn called_exit(&self) -> bool {
        self.called_exit
    }

    /// Takes the files the process has written: between two slices they are the
    /// container's, which its probes and other processes see too.
    pub fn take_files(&mut self) -> BTreeMap<String, String> {
        std::mem::take(&mut self.files)
    }

    /// Gives the process the container's files before it runs on.
    pub fn set_files(&mut self, files: BTreeMap<String, String>) {
        self.files = files;
    }

    /// A process that execs one program directly (a container's `command` without a shell).
    pub fn exec(argv: &[String], environment: Vec<(String, String)>, pid: u32) -> Process {
        let words = argv
            .iter()
            .enumerate()
            .map(|(index, arg)| {
                if index == 0 {
                    arg.rsplit('/').next().unwrap_or(arg)
                } else {
                    arg
                }
            })
            .map(|arg| {
                vec![Part::Text {
                    text: arg.to_string(),
                    quoted: true,
                }]
            })
            .collect();
        let pipeline = Pipeline {
            negated: false,
            commands: vec![Stage::Simple(Simple {
                words,
                ..Simple::default()
            })],
        };
        Process::with_ops(vec![Op::Run(Box::new(pipeline))], &[], environment, pid)
    }

    fn with_ops(
        ops: Vec<Op>,
        arguments: &[String],
        environment: Vec<(String, String)>,
        pid: u32,
    ) -> Process {
        let mut vars = BTreeMap::new();
        let mut exported = Vec::new();
        for (name, value) in environment {
            if !vars.contains_key(&name) {
                exported.push(name.clone());
            }
            vars.insert(name, value);
        }
        Process {
            ops: Rc::new(ops),
            pc: 0,
            status: 0,
            vars,
            exported,
            arg0: arguments.first().cloned().unwrap_or_else(|| "sh".into()),
            positional: arguments.iter().skip(1).cloned().collect(),
            frames: Vec::new(),
            files: BTreeMap::new(),
            pid,
            exited: None,
            called_exit: false,
            substitutions: 0,
            input: String::new(),
            dialect: Dialect::Ash,
        }
    }

    /// The same process with another shell's messages.
    pub fn with_dialect(mut self, dialect: Dialect) -> Process {
        self.dialect = dialect;
        self
    }

    /// Runs until the script sleeps, ends, or has run `budget` operations (then it pauses
    /// for a second, as a busy loop would share the CPU).
    pub fn resume(&mut self, machine: &mut dyn Machine, out: &mut Output, budget: usize) -> Pause {
        if let Some(status) = self.exited {
            return Pause::Exit(status);
        }
        for _ in 0..budget.max(1) {
            let ops = Rc::clone(&self.ops);
            let Some(op) = ops.get(self.pc) else {
                self.exited = Some(self.status);
                return Pause::Exit(self.status);
            };
            self.pc += 1;
            match op {
                Op::Run(pipeline) => match self.run_pipeline(pipeline, machine, out, 0) {
                    Done::Status(status) => self.status = status,
                    // A sleep shorter than the clock's step goes on at once (and counts
                    // against the slice), so `sleep 0` in a loop cannot stall time.
                    Done::Sleep(status, Pause::Sleep(duration))
                        if duration < SimDuration::from_millis(MIN_SLEEP_MILLIS) =>
                    {
                        self.status = status;
                    }
                    Done::Sleep(status, pause) => {
                        self.status = status;
                        return pause;
                    }
                    Done::Exit(status) => {
                        self.exited = Some(status);
                        self.called_exit = true;
                        return Pause::Exit(status);
                    }
                },
                Op::Jump(to) => self.pc = *to,
                Op::JumpIfFailed(to) => {
                    if self.status != 0 {
                        self.pc = *to;
                    }
                }
                Op::JumpIfSucceeded(to) => {
                    if self.status == 0 {
                        self.pc = *to;
                    }
                }
                Op::Status(status) => self.status = *status,
                Op::Negate => self.status = i32::from(self.status == 0),
                Op::ForStart { name, words } => {
                    let values = match words {
                        Some(words) => {
                            let mut values = Vec::new();
                            for word in words {
                                match self.expand_fields(word, machine, out, 0) {
                                    Ok(fields) => values.extend(fields),
                                    Err(Fatal(status)) => {
                                        self.exited = Some(status);
                                        return Pause::Exit(status);
                                    }
                                }
                            }
                            values
                        }
                        None => self.positional.clone(),
                    };
                    self.frames.push(ForFrame {
                        name: name.clone(),
                        values,
                        next: 0,
                    });
                }
                Op::ForNext(exit) => match self.frames.last_mut() {
                    Some(frame) if frame.next < frame.values.len() => {
                        let value = frame.values[frame.next].clone();
                        frame.next += 1;
                        let name = frame.name.clone();
                        self.set_var(&name, value);
                    }
                    _ => self.pc = *exit,
                },
                Op::Frames(depth) => self.frames.truncate(*depth),
            }
        }
        Pause::Sleep(SimDuration::from_secs(1))
    }

    /// Runs the whole script at once, sleeps taking no time (`kubectl exec` of a script);
    /// a script still running after `budget` operations is stopped there.
    pub fn run_to_end(
        &mut self,
        machine: &mut dyn Machine,
        out: &mut Output,
        budget: usize,
    ) -> Option<i32> {
        let mut left = budget;
        while left > 0 {
            let slice = left.min(10_000);
            left -= slice;
            match self.resume(machine, out, slice) {
                Pause::Exit(status) => return Some(status),
                Pause::Forever => return None,
                Pause::Sleep(_) => {}
            }
        }
        None
    }

    /// The variables and files of this process, for a subshell (`$(…)`) to start from.
    fn clone_state(&self) -> Process {
        Process {
            ops: Rc::new(Vec::new()),
            pc: 0,
            status: self.status,
            vars: self.vars.clone(),
            exported: self.exported.clone(),
            positional: self.positional.clone(),
            arg0: self.arg0.clone(),
            frames: Vec::new(),
            files: self.files.clone(),
            pid: self.pid,
            exited: None,
            called_exit: false,
            substitutions: 0,
            input: String::new(),
            dialect: self.dialect,
        }
    }

    fn var(&self, name: &str) -> Option<String> {
        match name {
            "?" => Some(self.status.to_string()),
            "$" => Some(self.pid.to_string()),
            "#" => Some(self.positional.len().to_string()),
            "0" => Some(self.arg0.clone()),
            "@" | "*" => Some(self.positional.join(" ")),
            "!" | "-" => Some(String::new()),
            _ => match name.parse::<usize>() {
                Ok(index) => self.positional.get(index.wrapping_sub(1)).cloned(),
                Err(_) => self.vars.get(name).cloned(),
            },
        }
    }

    /// Sets a variable; a value past a megabyte is cut there (a script that doubles a string
    /// forever would otherwise take all memory).
    fn set_var(&mut self, name: &str, mut value: String) {
        if value.len() > MAX_CAPTURE {
            let mut end = MAX_CAPTURE;
            while !value.is_char_boundary(end) {
                end -= 1;
            }
            value.truncate(end);
        }
        self.vars.insert(name.to_string(), value);
    }

    /// Expands a word into fields (unquoted expansions split on blanks).
    fn expand_fields(
        &mut self,
        word: &Word,
        machine: &mut dyn Machine,
        out: &mut Output,
        depth: usize,
    ) -> Result<Vec<String>, Fatal> {
        let mut fields: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut started = false;
        for part in word {
            let (text, quoted) = self.expand_part(part, machine, out, depth)?;
            if quoted {
                current.push_str(&text);
                started = true;
                continue;
            }
            let splits = matches!(
                part,
                Part::Param { .. } | Part::Subst { .. } | Part::Arith { .. }
            );
            if !splits {
                current.push_str(&text);
                started = true;
                continue;
            }
            let pieces = text.split([' ', '\t', '\n']);
            let mut first = true;
            for piece in pieces {
                if !first {
                    if started || !current.is_empty() {
                        fields.push(std::mem::take(&mut current));
                    }
                    started = false;
                }
                first = false;
                if !piece.is_empty() {
                    current.push_str(piece);
                    started = true;
                }
            }
        }
        if started || !current.is_empty() {
            fields.push(current);
        }
        Ok(fields)
    }

    /// A word expanded to one string (assignments, redirection targets, `case`-less tests).
    fn expand_string(
        &mut self,
        word: &Word,
        machine: &mut dyn Machine,
        out: &mut Output,
        depth: usize,
    ) -> Result<String, Fatal> {
        let mut text = String::new();
        for part in word {
            text.push_str(&self.expand_part(part, machine, out, depth)?.0);
        }
        Ok(text)
    }

    fn expand_part(
        &mut self,
        part: &Part,
        machine: &mut dyn Machine,
        out: &mut Output,
        depth: usize,
    ) -> Result<(String, bool), Fatal> {
        match part {
            Part::Text { text, quoted } => Ok((text.clone(), *quoted)),
            Part::Param { name, op, quoted } => {
                let value = self.var(name);
                let text = match op {
                    ParamOp::Plain => value.unwrap_or_default(),
                    ParamOp::Length => value.unwrap_or_default().chars().count().to_string(),
                    ParamOp::Alternative { kind, colon, word } => {
                        let set = match &value {
                            Some(value) => !(*colon && value.is_empty()),
                            None => false,
                        };
                        match (kind, set) {
                            ('-', false) => self.expand_string(word, machine, out, depth)?,
                            ('=', false) => {
                                let text = self.expand_string(word, machine, out, depth)?;
                                self.set_var(name, text.clone());
                                text
                            }
                            ('+', true) => self.expand_string(word, machine, out, depth)?,
                            ('+', false) => String::new(),
                            ('?', false) => {
                                let message = self.expand_string(word, machine, out, depth)?;
                                let message = if message.is_empty() && *colon {
                                    "parameter not set or null".to_string()
                                } else if message.is_empty() {
                                    "parameter not set".to_string()
                                } else {
                                    message
                                };
                                out.write(Stream::Err, &format!("sh: {name}: {message}\n"));
                                return Err(Fatal(2));
                            }
                            _ => value.unwrap_or_default(),
                        }
                    }
                };
                Ok((text, *quoted))
            }
            Part::Arith { expr, quoted } => {
                let text = self.expand_string(expr, machine, out, depth)?;
                match arithmetic(&text, self) {
                    Ok(value) => Ok((value.to_string(), *quoted)),
                    Err(message) => {
                        let message = crate::arithmetic::ash_message(&message);
                        out.write(Stream::Err, &format!("sh: {message}\n"));
                        Err(Fatal(2))
                    }
                }
            }
            Part::Subst { ops, quoted } => {
                if depth >= 8 {
                    return Ok((String::new(), *quoted));
                }
                let mut captured = Output::default();
                self.status = self.run_subshell(ops, "", machine, &mut captured, depth + 1);
                self.substitutions = self.substitutions.wrapping_add(1);
                let mut text = String::new();
                for (stream, chunk) in captured.chunks {
                    match stream {
                        Stream::Out if text.len() < MAX_CAPTURE => text.push_str(&chunk),
                        Stream::Out => {}
                        Stream::Err => out.write(Stream::Err, &chunk),
                    }
                }
                while text.ends_with('\n') {
                    text.pop();
                }
                Ok((text, *quoted))
            }
        }
    }

    /// Runs `ops` in a subshell of this process (its variables and files copied, `input` as
    /// what it reads) to the end, sleeps taking no time; returns its status.
    fn run_subshell(
        &mut self,
        ops: &Rc<Vec<Op>>,
        input: &str,
        machine: &mut dyn Machine,
        out: &mut Output,
        depth: usize,
    ) -> i32 {
        if depth >= 8 {
            return 2;
        }
        let mut child = Process {
            ops: Rc::clone(ops),
            input: input.to_string(),
            ..self.clone_state()
        };
        let mut budget = 100_000usize;
        loop {
            match child.resume(machine, out, budget.min(10_000)) {
                Pause::Exit(status) => return status,
                Pause::Forever => return 0,
                Pause::Sleep(_) => {
                    budget = budget.saturating_sub(10_000);
                    if budget == 0 {
                        return 0;
                    }
                }
            }
        }
    }

    fn run_pipeline(
        &mut self,
        pipeline: &Pipeline,
        machine: &mut dyn Machine,
        out: &mut Output,
        depth: usize,
    ) -> Done {
        let mut stdin = String::new();
        let mut result = Done::Status(0);
        let last = pipeline.commands.len().saturating_sub(1);
        for (index, command) in pipeline.commands.iter().enumerate() {
            let mut piped = Output::default();
            let sink: &mut Output = if index == last { &mut *out } else { &mut piped };
            result = match command {
                Stage::Simple(command) => self.run_simple(command, machine, sink, &stdin, depth),
                Stage::Compound(ops) => {
                    Done::Status(self.run_subshell(ops, &stdin, machine, sink, depth))
                }
            };
            if let Done::Exit(status) = result {
                if pipeline.commands.len() == 1 {
                    return Done::Exit(status);
                }
                result = Done::Status(status);
            }
            if index != last {
                stdin.clear();
                for (stream, chunk) in piped.chunks {
                    match stream {
                        Stream::Out if stdin.len() < MAX_CAPTURE => stdin.push_str(&chunk),
                        Stream::Out => {}
                        Stream::Err => out.write(Stream::Err, &chunk),
                    }
                }
                // Time spent sleeping inside a pipeline is not simulated.
                if let Done::Sleep(status, _) = result {
                    result = Done::Status(status);
                }
            }
        }
        if pipeline.negated {
            result = match result {
                Done::Status(status) => Done::Status(i32::from(status == 0)),
                Done::Sleep(status, pause) => Done::Sleep(i32::from(status == 0), pause),
                exit => exit,
            };
        }
        if pipeline.commands.len() > 1 {
            if let Done::Sleep(status, _) = result {
                return Done::Status(status);
            }
        }
        result
    }

    fn run_simple(
        &mut self,
        command: &Simple,
        machine: &mut dyn Machine,
        out: &mut Output,
        stdin: &str,
        depth: usize,
    ) -> Done {
        let mut argv = Vec::new();
        for word in &command.words {
            match self.expand_fields(word, machine, out, depth) {
                Ok(fields) => argv.extend(fields),
                Err(Fatal(status)) => return Done::Exit(status),
            }
        }
        // An assignment alone has the status of its last command substitution, else 0.
        let substitutions = self.substitutions;
        let mut assignments = Vec::new();
        for (name, value) in &command.assignments {
            match self.expand_string(value, machine, out, depth) {
                Ok(value) => assignments.push((name.clone(), value)),
                Err(Fatal(status)) => return Done::Exit(status),
            }
        }
        // Where stdout and stderr go: the caller's streams, swapped, discarded or a file.
        let mut routes = [Route::Stream(Stream::Out), Route::Stream(Stream::Err)];
        let mut input = stdin.to_string();
        for redirect in &command.redirects {
            let target = match self.expand_string(&redirect.target, machine, out, depth) {
                Ok(target) => target,
                Err(Fatal(status)) => return Done::Exit(status),
            };
            match redirect.kind {
                RedirectKind::Read => match self.read_file(&target, machine) {
                    Some(text) => input = text,
                    None => {
                        out.write(
                            Stream::Err,
                            &format!("sh: can't open '{target}': No such file or directory\n"),
                        );
                        return Done::Status(1);
                    }
                },
                RedirectKind::Dup => {
                    let from = match target.as_str() {
                        "1" => routes[0].clone(),
                        "2" => routes[1].clone(),
                        "-" => Route::Discard,
                        _ => {
                            out.write(Stream::Err, &format!("sh: {target}: bad file descriptor\n"));
                            return Done::Status(1);
                        }
                    };
                    if let Some(route) = routes.get_mut(redirect.fd.saturating_sub(1) as usize) {
                        if redirect.fd >= 1 {
                            *route = from;
                        }
                    }
                }
                RedirectKind::Write | RedirectKind::Append => {
                    let route = if target == "/dev/null" {
                        Route::Discard
                    } else if target == "/dev/stderr" {
                        Route::Stream(Stream::Err)
                    } else if target == "/dev/stdout" {
                        Route::Stream(Stream::Out)
                    } else if !self.files.contains_key(&target) && self.files.len() >= MAX_FILES {
                        out.write(
                            Stream::Err,
                            &format!("sh: can't create {target}: No space left on device\n"),
                        );
                        return Done::Status(1);
                    } else {
                        if redirect.kind == RedirectKind::Write {
                            self.files.insert(target.clone(), String::new());
                        } else {
                            self.files.entry(target.clone()).or_default();
                        }
                        Route::File(target)
                    };
                    if let Some(slot) = routes.get_mut(redirect.fd.saturating_sub(1) as usize) {
                        if redirect.fd >= 1 {
                            *slot = route;
                        }
                    }
                }
            }
        }
        let Some(program) = argv.first().cloned() else {
            for (name, value) in assignments {
                self.set_var(&name, value);
            }
            let ran_substitution = self.substitutions != substitutions;
            return Done::Status(if ran_substitution { self.status } else { 0 });
        };
        let mut written = Output::default();
        let result = self.run_command(&program, &argv, &assignments, machine, &mut written, &input);
        for (stream, chunk) in written.chunks {
            let route = match stream {
                Stream::Out => &routes[0],
                Stream::Err => &routes[1],
            };
            match route {
                Route::Stream(stream) => out.write(*stream, &chunk),
                Route::Discard => {}
                Route::File(path) => {
                    let file = self.files.entry(path.clone()).or_default();
                    if file.len() < MAX_CAPTURE {
                        file.push_str(&chunk);
                    }
                }
            }
        }
        result
    }

    /// An applet's input: its file operands one after the other, or standard input when
    /// there are none. A missing file is busybox's `PROGRAM: FILE: No such file or directory`
    /// and status 1.
    fn read_operands(
        &self,
        program: &str,
        files: &[&str],
        stdin: &str,
        machine: &dyn Machine,
        out: &mut Output,
    ) -> Result<String, i32> {
        if files.is_empty() {
            return Ok(stdin.to_string());
        }
        let mut input = String::new();
        for file in files {
            match self.read_file(file, machine) {
                Some(text) => input.push_str(&text),
                None => {
                    // busybox names the file alone; GNU head and tail say they cannot open
                    // it. grep fails with 2 in both.
                    let message = match (self.dialect, program) {
                        (Dialect::Dash, "head" | "tail") => format!(
                            "{program}: cannot open '{file}' for reading: No such file or directory\n"
                        ),
                        _ => format!("{program}: {file}: No such file or directory\n"),
                    };
                    out.write(Stream::Err, &message);
                    return Err(if program == "grep" { 2 } else { 1 });
                }
            }
        }
        Ok(input)
    }

    fn read_file(&self, path: &str, machine: &dyn Machine) -> Option<String> {
        if let Some(text) = self.files.get(path) {
            return Some(text.clone());
        }
        if let Some(text) = machine.mounted_file(path) {
            return Some(text);
        }
        match path {
            "/etc/hostname" => Some(format!("{}\n", machine.hostname())),
            "/etc/hosts" => Some(format!(
                "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n{}\t{}\n",
                machine.pod_ip(),
                machine.hostname()
            )),
            "/dev/null" => Some(String::new()),
            _ => None,
        }
    }

    /// One command after expansion: a builtin, an applet, or the machine's program.
    fn run_command(
        &mut self,
        program: &str,
        argv: &[String],
        assignments: &[(String, String)],
        machine: &mut dyn Machine,
        out: &mut Output,
        stdin: &str,
    ) -> Done {
        let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
        // Without a pipe into it, a filter reads what the process reads (a pipeline stage's
        // input), all of it.
        let own_input;
        let stdin =
            if stdin.is_empty() && matches!(program, "cat" | "wc" | "head" | "tail" | "grep") {
                own_input = std::mem::take(&mut self.input);
                own_input.as_str()
            } else {
                stdin
            };
        let status = match program {
            ":" | "true" => 0,
            "false" => 1,
            "exit" => {
                let status = match args.first() {
                    None => self.status,
                    Some(text) => match text.parse::<i64>() {
                        Ok(code) if code >= 0 => code.rem_euclid(256) as i32,
                        _ => {
                            out.write(
                                Stream::Err,
                                &format!("sh: exit: line 0: Illegal number: {text}\n"),
                            );
                            2
                        }
                    },
                };
                return Done::Exit(status);
            }
            "export" | "readonly" | "local" => {
                for arg in &args {
                    let (name, value) = match arg.split_once('=') {
                        Some((name, value)) => (name, Some(value.to_string())),
                        None => (*arg, None),
                    };
                    if !is_name(name) {
                        continue;
                    }
                    if let Some(value) = value {
                        self.set_var(name, value);
                    }
                    if program == "export" && !self.exported.iter().any(|n| n == name) {
                        self.exported.push(name.to_string());
                    }
                }
                for (name, value) in assignments {
                    self.set_var(name, value.clone());
                }
                0
            }
            "unset" => {
                for arg in &args {
                    self.vars.remove(*arg);
                    self.exported.retain(|name| name != arg);
                }
                0
            }
            // `set -- ARGS` (or `set ARGS` without options) gives the positional parameters.
            "set"
                if args.first() == Some(&"--")
                    || args.first().is_some_and(|a| !a.starts_with('-')) =>
            {
                let skip = usize::from(args.first() == Some(&"--"));
                self.positional = args.iter().skip(skip).map(|a| a.to_string()).collect();
                0
            }
            "shift" => {
                let count = args
                    .first()
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(1);
                if count > self.positional.len() {
                    1
                } else {
                    self.positional.drain(..count);
                    0
                }
            }
            "cd" | "set" | "trap" | "wait" | "ulimit" | "umask" => 0,
            "pwd" => {
                out.write(Stream::Out, "/\n");
                0
            }
            // `read [-r] NAME...`: one line, split on blanks, the last name taking the rest.
            "read" => {
                let line = if stdin.is_empty() {
                    let end = self.input.find('\n').map_or(self.input.len(), |at| at + 1);
                    let line: String = self.input.drain(..end).collect();
                    (!line.is_empty()).then_some(line)
                } else {
                    stdin.lines().next().map(str::to_string)
                };
                let Some(line) = line else {
                    return Done::Status(1);
                };
                let line = line.trim_end_matches('\n');
                let names: Vec<&str> = args
                    .iter()
                    .copied()
                    .filter(|a| !a.starts_with('-'))
                    .collect();
                let names = if names.is_empty() {
                    vec!["REPLY"]
                } else {
                    names
                };
                let mut rest = line.trim_start_matches([' ', '\t']);
                for (index, name) in names.iter().enumerate() {
                    let value = if index + 1 == names.len() {
                        std::mem::take(&mut rest)
                            .trim_end_matches([' ', '\t'])
                            .to_string()
                    } else {
                        let end = rest.find([' ', '\t']).unwrap_or(rest.len());
                        let (field, after) = rest.split_at(end);
                        rest = after.trim_start_matches([' ', '\t']);
                        field.to_string()
                    };
                    if is_name(name) {
                        self.set_var(name, value);
                    }
                }
                0
            }
            "exec" if args.is_empty() => 0,
            "exec" => {
                let rest: Vec<String> = argv.iter().skip(1).cloned().collect();
                let result = self.run_command(&rest[0], &rest, assignments, machine, out, stdin);
                return match result {
                    Done::Status(status) | Done::Exit(status) => Done::Exit(status),
                    // `exec sleep N`: the sleep is the process now.
                    Done::Sleep(_, pause) => {
                        self.pc = self.ops.len();
                        Done::Sleep(0, pause)
                    }
                };
            }
            "echo" => {
                echo(&args, out);
                0
            }
            "printf" => printf(&args, out),
            "test" | "[" => {
                let mut args = args.clone();
                if program == "[" {
                    if args.last() != Some(&"]") {
                        out.write(Stream::Err, "sh: missing ]\n");
                        return Done::Status(2);
                    }
                    args.pop();
                }
                match test(&args, self) {
                    Ok(true) => 0,
                    Ok(false) => 1,
                    Err(message) => {
                        out.write(Stream::Err, &format!("sh: {message}\n"));
                        2
                    }
                }
            }
            "sleep" => return sleep(&args, out),
            "hostname" => {
                if args.first() == Some(&"-i") {
                    out.write(Stream::Out, &format!("{}\n", machine.pod_ip()));
                } else {
                    out.write(Stream::Out, &format!("{}\n", machine.hostname()));
                }
                0
            }
            "date" => {
                let format = args
                    .iter()
                    .find_map(|arg| arg.strip_prefix('+'))
                    .unwrap_or("%a %b %e %H:%M:%S %Z %Y");
                out.write(
                    Stream::Out,
                    &format!("{}\n", machine.now().strftime(format)),
                );
                0
            }
            "seq" => seq(&args, out),
            "env" | "printenv" if args.is_empty() => {
                let mut text = String::new();
                for name in &self.exported {
                    if let Some(value) = self.vars.get(name) {
                        text.push_str(&format!("{name}={value}\n"));
                    }
                }
                for (name, value) in assignments {
                    text.push_str(&format!("{name}={value}\n"));
                }
                out.write(Stream::Out, &text);
                0
            }
            "printenv" => {
                let mut status = 0;
                for name in &args {
                    match self
                        .vars
                        .get(*name)
                        .filter(|_| self.exported.iter().any(|n| n == name))
                    {
                        Some(value) => out.write(Stream::Out, &format!("{value}\n")),
                        None => status = 1,
                    }
                }
                status
            }
            "cat" => {
                if args.is_empty() {
                    out.write(Stream::Out, stdin);
                    return Done::Status(0);
                }
                let mut status = 0;
                for path in &args {
                    match self.read_file(path, machine) {
                        Some(text) => out.write(Stream::Out, &text),
                        None => {
                            let message = match self.dialect {
                                Dialect::Ash => {
                                    format!("cat: can't open '{path}': No such file or directory\n")
                                }
                                Dialect::Dash => {
                                    format!("cat: {path}: No such file or directory\n")
                                }
                            };
                            out.write(Stream::Err, &message);
                            status = 1;
                        }
                    }
                }
                status
            }
            "wc" => {
                let lines = stdin.matches('\n').count();
                let words = stdin.split_whitespace().count();
                let text = match args.first() {
                    Some(&"-l") => format!("{lines}\n"),
                    Some(&"-w") => format!("{words}\n"),
                    Some(&"-c") => format!("{}\n", stdin.len()),
                    _ => format!("{lines:>9} {words:>9} {:>9}\n", stdin.len()),
                };
                out.write(Stream::Out, &text);
                0
            }
            "head" | "tail" => {
                // `-n N` or `-N`, then the files (standard input when there are none).
                let mut count = 10;
                let mut files: Vec<&str> = Vec::new();
                let mut rest = args.iter();
                while let Some(arg) = rest.next() {
                    if *arg == "-n" {
                        count = rest.next().and_then(|n| n.parse().ok()).unwrap_or(10);
                    } else if let Some(number) = arg.strip_prefix('-').filter(|n| !n.is_empty()) {
                        count = number.trim_start_matches('n').parse().unwrap_or(10);
                    } else {
                        files.push(arg);
                    }
                }
                let input = match self.read_operands(program, &files, stdin, machine, out) {
                    Ok(input) => input,
                    Err(status) => return Done::Status(status),
                };
                let lines: Vec<&str> = input.lines().collect();
                let chosen = if program == "head" {
                    &lines[..count.min(lines.len())]
                } else {
                    &lines[lines.len().saturating_sub(count)..]
                };
                for line in chosen {
                    out.write(Stream::Out, &format!("{line}\n"));
                }
                0
            }
            "grep" => {
                let invert = args.contains(&"-v");
                let ignore_case = args.contains(&"-i");
                let count = args.contains(&"-c");
                let quiet = args.contains(&"-q");
                let mut operands = args.iter().filter(|a| !a.starts_with('-'));
                let Some(pattern) = operands.next() else {
                    out.write(Stream::Err, "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n");
                    return Done::Status(2);
                };
                let matches = |line: &str| {
                    let found = if ignore_case {
                        line.to_lowercase().contains(&pattern.to_lowercase())
                    } else {
                        line.contains(pattern)
                    };
                    found != invert
                };
                let files: Vec<&str> = operands.copied().collect();
                let input = match self.read_operands(program, &files, stdin, machine, out) {
                    Ok(input) => input,
                    Err(status) => return Done::Status(status),
                };
                let chosen: Vec<&str> = input.lines().filter(|line| matches(line)).collect();
                if count {
                    out.write(Stream::Out, &format!("{}\n", chosen.len()));
                } else if !quiet {
                    for line in &chosen {
                        out.write(Stream::Out, &format!("{line}\n"));
                    }
                }
                i32::from(chosen.is_empty())
            }
            "whoami" => {
                out.write(Stream::Out, "root\n");
                0
            }
            // `ls PATH`: a file the container's processes wrote (or a mounted one) is listed
            // by its name, a missing one is an error (readiness probes run `ls /var/ready`);
            // the top directories are the image's listing below.
            "ls" if args.iter().any(|arg| !arg.starts_with('-')) => {
                let mut status = 0;
                for path in args.iter().filter(|arg| !arg.starts_with('-')) {
                    let top = path.trim_end_matches('/');
                    let directory =
                        top == "." || is_image_directory(if top.is_empty() { "/" } else { top });
                    if directory {
                        status = machine.run(&["ls".to_string()], stdin, out).unwrap_or(0);
                    } else if self.read_file(path, machine).is_some() {
                        out.write(Stream::Out, &format!("{path}\n"));
                    } else {
                        let (message, code) = match self.dialect {
                            Dialect::Ash => (format!("ls: {path}: No such file or directory\n"), 1),
                            Dialect::Dash => (
                                format!("ls: cannot access '{path}': No such file or directory\n"),
                                2,
                            ),
                        };
                        out.write(Stream::Err, &message);
                        status = status.max(code);
                    }
                }
                status
            }
            // busybox `touch FILE…` (an empty file when there is none) and `rm [-f] FILE…`.
            "touch" | "rm"
                if args.iter().all(|arg| arg.starts_with('-'))
                    && !(program == "rm" && args.iter().any(|arg| arg.contains('f'))) =>
            {
                let usage = if program == "touch" {
                    "touch [-cham] [-d DATE] [-t DATE] [-r FILE] FILE..."
                } else {
                    "rm [-irf] FILE..."
                };
                out.write(
                    Stream::Err,
                    &format!("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: {usage}\n"),
                );
                1
            }
            "touch" => {
                let mut status = 0;
                for path in args.iter().filter(|arg| !arg.starts_with('-')) {
                    if !self.files.contains_key(*path) && self.files.len() >= MAX_FILES {
                        out.write(
                            Stream::Err,
                            &format!("touch: {path}: No space left on device\n"),
                        );
                        status = 1;
                    } else {
                        self.files.entry(path.to_string()).or_default();
                    }
                }
                status
            }
            "rm" => {
                let force = args
                    .iter()
                    .any(|arg| arg.starts_with('-') && arg.contains('f'));
                let mut status = 0;
                for path in args.iter().filter(|arg| !arg.starts_with('-')) {
                    if self.files.remove(*path).is_none() && !force {
                        out.write(
                            Stream::Err,
                            &format!("rm: can't remove '{path}': No such file or directory\n"),
                        );
                        status = 1;
                    }
                }
                status
            }
            "id" => {
                out.write(
                    Stream::Out,
                    "uid=0(root) gid=0(root) groups=0(root),10(wheel)\n",
                );
                0
            }
            _ => match machine.run(argv, stdin, out) {
                Some(status) => status,
                None => {
                    let message = match self.dialect {
                        Dialect::Ash => format!("sh: {program}: not found\n"),
                        Dialect::Dash => format!("sh: 1: {program}: not found\n"),
                    };
                    out.write(Stream::Err, &message);
                    127
                }
            },
        };
        Done::Status(status)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Route {
    Stream(Stream),
    Discard,
    File(String),
}

/// busybox `echo`: `-n` (no newline), `-e` (backslash escapes), `-E`.
fn echo(args: &[&str], out: &mut Output) {
    let mut newline = true;
    let mut escapes = false;
    let mut words = args;
    while let Some(flag) = words.first() {
        if flag.len() > 1 && flag.starts_with('-') && flag[1..].chars().all(|c| "neE".contains(c)) {
            for c in flag[1..].chars() {
                match c {
                    'n' => newline = false,
                    'e' => escapes = true,
                    _ => escapes = false,
                }
            }
            words = &words[1..];
        } else {
            break;
        }
    }
    let mut text = words.join(" ");
    if escapes {
        let (expanded, stop) = unescape(&text);
        text = expanded;
        if stop {
            newline = false;
        }
    }
    if newline {
        text.push('\n');
    }
    out.write(Stream::Out, &text);
}

/// Backslash escapes of `echo -e` and `printf`, the bytes they write decoded as UTF-8; true if
/// `\c` ended the output.
pub(crate) fn unescape(text: &str) -> (String, bool) {
    let (text, stopped) = unescape_bytes(text);
    (crate::shell::decode_bytes(&text), stopped)
}

fn unescape_bytes(text: &str) -> (String, bool) {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some('e') => out.push('\u{1b}'),
            Some('\\') => out.push('\\'),
            Some('c') => return (out, true),
            // `\0NNN`, and `\NNN` as printf's format and busybox's echo read it.
            Some(first @ '0'..='7') => {
                let mut value = if first == '0' {
                    0
                } else {
                    u32::from(first) - u32::from('0')
                };
                for _ in 0..(if first == '0' { 3 } else { 2 }) {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(digit) => {
                            value = value * 8 + digit;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(crate::shell::raw_byte(value));
            }
            // `\xHH`: a byte by its code (busybox has no `\u`).
            Some('x') => {
                let mut digits = String::new();
                while digits.len() < 2 {
                    match chars.peek().filter(|c| c.is_ascii_hexdigit()) {
                        Some(&c) => {
                            digits.push(c);
                            chars.next();
                        }
                        None => break,
                    }
                }
                match u32::from_str_radix(&digits, 16) {
                    Ok(value) => out.push(crate::shell::raw_byte(value)),
                    Err(_) => out.push_str("\\x"),
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    (out, false)
}

/// `printf FORMAT [ARGS…]`: `%s %d %i %u %x %X %o %c %%` with widths, and escapes; the format
/// is reused while arguments remain.
fn printf(args: &[&str], out: &mut Output) -> i32 {
    let Some((format, mut rest)) = args.split_first() else {
        out.write(Stream::Err, "printf: usage: printf FORMAT [ARGUMENT...]\n");
        return 1;
    };
    let (format, _) = unescape(format);
    let mut status = 0;
    let mut text = String::new();
    loop {
        let mut chars = format.chars().peekable();
        let mut used = false;
        while let Some(c) = chars.next() {
            if c != '%' {
                text.push(c);
                continue;
            }
            let mut spec = String::new();
            while let Some(&c) = chars.peek() {
                if "-+ 0#123456789.".contains(c) {
                    spec.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            let Some(conversion) = chars.next() else {
                text.push('%');
                break;
            };
            if conversion == '%' {
                text.push('%');
                continue;
            }
            let arg = rest.first().copied();
            if arg.is_some() {
                rest = &rest[1..];
                used = true;
            }
            let arg = arg.unwrap_or("");
            let left = spec.starts_with('-');
            let zero = spec.trim_start_matches('-').starts_with('0');
            let width: usize = spec
                .trim_start_matches(['-', '+', ' ', '#', '0'])
                .split('.')
                .next()
                .and_then(|w| w.parse().ok())
                .unwrap_or(0);
            let body = match conversion {
                's' => arg.to_string(),
                'c' => arg.chars().next().map(String::from).unwrap_or_default(),
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let number = if arg.is_empty() {
                        0
                    } else {
                        match arg.trim().parse::<i64>() {
                            Ok(n) => n,
                            Err(_) => {
                                out.write(Stream::Err, &format!("sh: invalid number '{arg}'\n"));
                                status = 1;
                                0
                            }
                        }
                    };
                    match conversion {
                        'x' => format!("{number:x}"),
                        'X' => format!("{number:X}"),
                        'o' => format!("{number:o}"),
                        _ => number.to_string(),
                    }
                }
                other => format!("%{spec}{other}"),
            };
            let pad = width.min(MAX_CAPTURE).saturating_sub(body.chars().count());
            if left {
                text.push_str(&body);
                text.push_str(&" ".repeat(pad));
            } else if zero && conversion != 's' {
                let (sign, digits) = match body.strip_prefix('-') {
                    Some(digits) => ("-", digits),
                    None => ("", body.as_str()),
                };
                text.push_str(sign);
                text.push_str(&"0".repeat(pad));
                text.push_str(digits);
            } else {
                text.push_str(&" ".repeat(pad));
                text.push_str(&body);
            }
        }
        if rest.is_empty() || !used || text.len() > MAX_CAPTURE {
            break;
        }
    }
    out.write(Stream::Out, &text);
    status
}

/// busybox `sleep`: numbers with an optional `s`, `m`, `h` or `d` suffix, summed; `inf`.
fn sleep(args: &[&str], out: &mut Output) -> Done {
    if args.is_empty() {
        out.write(
            Stream::Err,
            "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n",
        );
        return Done::Status(1);
    }
    let mut millis = 0f64;
    for arg in args {
        let (number, scale) = match arg.char_indices().last() {
            Some((at, 's')) => (&arg[..at], 1.0),
            Some((at, 'm')) => (&arg[..at], 60.0),
            Some((at, 'h')) => (&arg[..at], 3600.0),
            Some((at, 'd')) => (&arg[..at], 86_400.0),
            _ => (*arg, 1.0),
        };
        let lower = arg.to_ascii_lowercase();
        if lower == "inf" || lower == "infinity" {
            return Done::Sleep(0, Pause::Forever);
        }
        match number.parse::<f64>() {
            Ok(seconds) if seconds.is_finite() && seconds >= 0.0 && !number.starts_with('+') => {
                millis += seconds * scale * 1000.0;
            }
            _ => {
                out.write(Stream::Err, &format!("sleep: invalid number '{arg}'\n"));
                return Done::Status(1);
            }
        }
    }
    // Over a few years is as good as forever for a playground.
    if millis > 1e11 {
        return Done::Sleep(0, Pause::Forever);
    }
    Done::Sleep(0, Pause::Sleep(SimDuration::from_millis(millis as i64)))
}

/// busybox `seq [FIRST [INC]] LAST` (integers).
fn seq(args: &[&str], out: &mut Output) -> i32 {
    let numbers: Result<Vec<i64>, ()> = args
        .iter()
        .map(|arg| arg.parse::<i64>().map_err(|_| ()))
        .collect();
    let (first, step, last) = match numbers.as_ref().map(Vec::as_slice) {
        Ok([last]) => (1, 1, *last),
        Ok([first, last]) => (*first, 1, *last),
        Ok([first, step, last]) => (*first, *step, *last),
        _ => {
            out.write(
                Stream::Err,
                "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n",
            );
            return 1;
        }
    };
    if step == 0 {
        return 0;
    }
    let mut text = String::new();
    let mut value = first;
    while (step > 0 && value <= last) || (step < 0 && value >= last) {
        text.push_str(&format!("{value}\n"));
        if text.len() > MAX_CAPTURE {
            break;
        }
        match value.checked_add(step) {
            Some(next) => value = next,
            None => break,
        }
    }
    out.write(Stream::Out, &text);
    0
}

/// `test`/`[`: strings, integers, `!`, `-a`/`-o` and the file checks on the container's few
/// known paths.
fn test(args: &[&str], process: &Process) -> Result<bool, String> {
    let number = |text: &str| -> Result<i64, String> {
        text.trim()
            .parse::<i64>()
            .map_err(|_| format!("{text}: bad number"))
    };
    if let Some(at) = args.iter().position(|a| *a == "-o") {
        return Ok(test(&args[..at], process)? || test(&args[at + 1..], process)?);
    }
    if let Some(at) = args.iter().position(|a| *a == "-a") {
        if at > 0 {
            return Ok(test(&args[..at], process)? && test(&args[at + 1..], process)?);
        }
    }
    match args {
        [] => Ok(false),
        ["!", rest @ ..] => Ok(!test(rest, process)?),
        [text] => Ok(!text.is_empty()),
        ["-n", text] => Ok(!text.is_empty()),
        ["-z", text] => Ok(text.is_empty()),
        [flag @ ("-e" | "-f" | "-d" | "-r" | "-s" | "-x"), path] => {
            let directory = is_image_directory(path);
            let file = process.files.contains_key(*path)
                || matches!(
                    *path,
                    "/etc/hostname" | "/etc/hosts" | "/etc/passwd" | "/bin/sh"
                );
            Ok(match *flag {
                "-d" => directory,
                "-f" => file,
                _ => directory || file,
            })
        }
        [a, "=" | "==", b] => Ok(a == b),
        [a, "!=", b] => Ok(a != b),
        [a, op @ ("-eq" | "-ne" | "-lt" | "-le" | "-gt" | "-ge"), b] => {
            Ok(crate::arithmetic::compare(op, number(a)?, number(b)?))
        }
        [_, op, _] => Err(format!("{op}: unknown operand")),
        _ => Err("syntax error".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (the evaluator is shared with the learner's shell: `crate::arithmetic`)
// ---------------------------------------------------------------------------------------------

use crate::arithmetic::{arithmetic, ArithVars};

impl ArithVars for Process {
    fn arith_var(&self, name: &str) -> Option<String> {
        self.var(name)
    }

    fn arith_set(&mut self, name: &str, value: String) {
        self.set_var(name, value);
    }
}

#[cfg(test)]
#[path = "container_sh_tests.rs"]
mod tests;

/// Whether `path` is one of the directories every image's root holds (the listing `ls`
/// prints for them).
fn is_image_directory(path: &str) -> bool {
    matches!(
        path,
        "/" | "/bin"
            | "/dev"
            | "/etc"
            | "/home"
            | "/proc"
            | "/root"
            | "/sys"
            | "/tmp"
            | "/usr"
            | "/var"
    )
}
