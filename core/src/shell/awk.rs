//! `awk` as Debian's mawk 1.3.4 runs the one-liners learners type: pattern-action rules,
//! `BEGIN`/`END`, regex and expression patterns, `print`/`printf`, assignments, `if`/`else`,
//! `while`, `for (;;)`, `for (k in a)`, `break`/`continue`, `next`, `exit`, fields (`$0`…`$NF`,
//! assignable), `NR NF FNR FS OFS ORS OFMT CONVFMT FILENAME`, `-F`, `-v`, `var=value`
//! operands, string/number comparison rules, arrays (`in`, `delete`, `split`), and the
//! builtins `length substr index tolower toupper sprintf sub gsub int`.
//!
//! Own lexer, recursive-descent parser (depth-bounded) and tree-walking evaluator; loops stop
//! after 1,000,000 iterations in all, strings at 1 MiB, so every run ends. Regexes go through
//! `super::regex` (ERE), `printf` conversions through the shell's `printf`. Whatever is
//! outside the subset (`getline`, functions, `do`, redirections, …) stops with `awk: the
//! playground's awk does not support …` and status 2; syntax and run-time errors carry
//! mawk's texts. Strings are counted in characters (mawk counts bytes), and `for (k in a)`
//! visits keys in sorted order (mawk in its hash table's).

use super::builtins::{fs_error, Stdin};
use super::regex::{Regex, Syntax};
use crate::kubectl::Io;
use crate::vfs::Vfs;
use std::collections::BTreeMap;

const USAGE: &str = "usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\n";
/// How deeply expressions and statements may nest.
const MAX_DEPTH: usize = 100;
/// The longest string a program may build (like the shell's variables).
const MAX_STRING: usize = 1 << 20;
/// How many bytes of strings a run may build in all (a loop that grows a string copies it).
const MAX_BUILT: usize = 64 << 20;
/// How many loop iterations a run may make in all.
const MAX_ITERATIONS: usize = 1_000_000;
/// The highest field number that may be assigned.
const MAX_FIELD: usize = 32_767;

/// Runs `awk ARGS`.
pub(super) fn awk(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let mut field_separator: Option<String> = None;
    let mut assignments = Vec::new();
    let mut rest = args;
    while let Some((first, tail)) = rest.split_first() {
        if *first == "--" {
            rest = tail;
            break;
        }
        if let Some(value) = first.strip_prefix("-F") {
            if value.is_empty() {
                let Some((value, tail)) = tail.split_first() else {
                    io.err("awk: option -F lacks argument\n");
                    return 2;
                };
                field_separator = Some(value.to_string());
                rest = tail;
            } else {
                field_separator = Some(value.to_string());
                rest = tail;
            }
        } else if let Some(value) = first.strip_prefix("-v") {
            let (value, tail) = if value.is_empty() {
                let Some((value, tail)) = tail.split_first() else {
                    io.err("awk: option -v lacks argument\n");
                    return 2;
                };
                (*value, tail)
            } else {
                (value, tail)
            };
            match split_assignment(value) {
                Some(pair) => assignments.push(pair),
                None => {
                    io.err(&format!("awk: improper assignment: -v {value}\n"));
                    return 2;
                }
            }
            rest = tail;
        } else if first.len() > 1 && first.starts_with('-') {
            let text = first.get(1..).unwrap_or("");
            let message = if text.starts_with('f') {
                "program files (-f)".to_string()
            } else {
                format!("the option {first}")
            };
            io.err(&unsupported(&message));
            return 2;
        } else {
            break;
        }
    }
    let Some((source, operands)) = rest.split_first() else {
        io.err(USAGE);
        return 2;
    };
    let program = match parse_program(source) {
        Ok(program) => program,
        Err(message) => {
            io.err(&message);
            return 2;
        }
    };
    let mut machine = Machine::new(io);
    if let Some(separator) = field_separator {
        let separator = if separator == "t" {
            "\t".to_string()
        } else {
            unescape(&separator)
        };
        machine.set_var("FS", Value::Str(separator));
    }
    for (name, value) in assignments {
        machine.set_var(&name, Value::strnum(unescape(&value)));
    }
    let status = machine.run(&program, operands, stdin, fs);
    let output = std::mem::take(&mut machine.output);
    machine.io.out(&output);
    status
}

/// `name=value` when `name` is a valid variable name.
fn split_assignment(text: &str) -> Option<(String, String)> {
    let (name, value) = text.split_once('=')?;
    let mut chars = name.chars();
    let first = chars.next()?;
    ((first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_'))
    .then(|| (name.to_string(), value.to_string()))
}

fn unsupported(what: &str) -> String {
    format!("awk: the playground's awk does not support {what}\n")
}

// ---------------------------------------------------------------- values

/// An awk value: a number, a string, or a string that came from input and looks numeric
/// (a "strnum", compared as a number), or nothing yet.
#[derive(Clone, Debug)]
enum Value {
    Uninit,
    Num(f64),
    Str(String),
    StrNum(String, f64),
}

impl Value {
    /// Input text: a strnum when it looks like a number.
    fn strnum(text: String) -> Value {
        match looks_numeric(&text) {
            Some(number) => Value::StrNum(text, number),
            None => Value::Str(text),
        }
    }

    fn number(&self) -> f64 {
        match self {
            Value::Uninit => 0.0,
            Value::Num(number) | Value::StrNum(_, number) => *number,
            Value::Str(text) => leading_number(text),
        }
    }

    fn string(&self) -> String {
        match self {
            Value::Uninit => String::new(),
            Value::Num(number) => number_to_string(*number),
            Value::Str(text) | Value::StrNum(text, _) => text.clone(),
        }
    }

    fn truth(&self) -> bool {
        match self {
            Value::Uninit => false,
            Value::Num(number) => *number != 0.0,
            Value::StrNum(_, number) => *number != 0.0,
            Value::Str(text) => !text.is_empty(),
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Value::Num(_) | Value::StrNum(..) | Value::Uninit)
    }
}

/// The number a whole string spells (blanks around it allowed), as for strnums.
fn looks_numeric(text: &str) -> Option<f64> {
    let trimmed = text.trim_matches(|c| c == ' ' || c == '\t' || c == '\n');
    if trimmed.is_empty() {
        return None;
    }
    let (length, number) = number_prefix(trimmed);
    (length == trimmed.len()).then_some(number)
}

/// The number at the start of a string (`strtod`), 0 if none.
fn leading_number(text: &str) -> f64 {
    let trimmed = text.trim_start_matches([' ', '\t', '\n']);
    number_prefix(trimmed).1
}

/// The length and value of the longest decimal number at the start of `text`.
fn number_prefix(text: &str) -> (usize, f64) {
    let bytes = text.as_bytes();
    let mut at = 0;
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        at += 1;
    }
    let digits_start = at;
    while bytes.get(at).is_some_and(u8::is_ascii_digit) {
        at += 1;
    }
    let mut mantissa_digits = at - digits_start;
    if bytes.get(at) == Some(&b'.') {
        let after_point = at + 1;
        let mut end = after_point;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        mantissa_digits += end - after_point;
        if mantissa_digits > 0 {
            at = end;
        }
    }
    if mantissa_digits == 0 {
        return (0, 0.0);
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        let mut end = at + 1;
        if matches!(bytes.get(end), Some(b'+' | b'-')) {
            end += 1;
        }
        let exponent_start = end;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if end > exponent_start {
            at = end;
        }
    }
    let number = text.get(..at).and_then(|t| t.parse().ok()).unwrap_or(0.0);
    (at, number)
}

/// A number as `print` and concatenation show it: integers whole, others with `%.6g`.
fn number_to_string(number: f64) -> String {
    if number.is_nan() {
        return if number.is_sign_negative() {
            "-nan"
        } else {
            "nan"
        }
        .to_string();
    }
    if number.is_infinite() {
        return if number < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    // mawk prints whole numbers within C's `int` as integers.
    if number == number.trunc() && number.abs() <= 2_147_483_647.0 {
        return format!("{}", number as i64);
    }
    format_one("%.6g", &Value::Num(number)).unwrap_or_default()
}

/// One `printf` conversion of one value through the shell's `printf`.
fn format_one(spec: &str, value: &Value) -> Option<String> {
    let conversion = spec.chars().last()?;
    let argument = match conversion {
        'd' | 'i' | 'o' | 'x' | 'X' | 'u' => {
            let number = value.number();
            if number.is_nan() || number.is_infinite() {
                format!("{}", if number > 0.0 { i64::MAX } else { i64::MIN })
            } else {
                format!("{}", number.trunc() as i64)
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let number = value.number();
            if number.is_nan() {
                "nan".to_string()
            } else if number.is_infinite() {
                if number > 0.0 { "inf" } else { "-inf" }.to_string()
            } else {
                format!("{number:e}")
            }
        }
        'c' => match value {
            // mawk writes the number's low byte.
            Value::Num(number) => {
                String::from(super::printf::raw_byte((*number as i64 & 0xff) as u32))
            }
            other => other
                .string()
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default(),
        },
        _ => value.string(),
    };
    let spec = if conversion == 'c' {
        // bash's `%c` reads quotes and precisions differently; the character goes through `%s`.
        let flags_and_width = spec.split('.').next().unwrap_or("%");
        let flags_and_width = flags_and_width.strip_suffix('c').unwrap_or(flags_and_width);
        format!("{flags_and_width}s")
    } else {
        spec.to_string()
    };
    let printed = super::printf::printf(&[&spec, &argument]);
    Some(printed.io.text(crate::kubectl::Stream::Stdout))
}

/// Backslash escapes of string literals, `-v` values and `-F`.
fn unescape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        at += 1;
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(&next) = chars.get(at) else {
            out.push('\\');
            break;
        };
        at += 1;
        match next {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '/' => out.push('/'),
            '0'..='7' => {
                let mut value = next.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.get(at).and_then(|c| c.to_digit(8)) {
                        Some(digit) => {
                            value = value * 8 + digit;
                            at += 1;
                        }
                        None => break,
                    }
                }
                out.push(super::printf::raw_byte(value));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

// ---------------------------------------------------------------- lexer

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(f64),
    Str(String),
    Regex(String),
    Name(String),
    /// A builtin function's name, right before `(` or not.
    Func(String),
    Keyword(&'static str),
    /// An operator or punctuation.
    Op(&'static str),
    Newline,
    Eof,
}

const KEYWORDS: &[&str] = &[
    "BEGIN", "END", "if", "else", "next", "exit", "print", "printf", "getline", "function", "func",
    "while", "for", "do", "delete", "in", "return", "break", "continue", "nextfile",
];

const FUNCTIONS: &[&str] = &[
    "length", "substr", "index", "tolower", "toupper", "split", "sprintf", "sub", "gsub", "int",
    "match", "system", "close", "fflush", "srand", "rand", "sin", "cos", "atan2", "exp", "log",
    "sqrt",
];

/// Longest first.
const OPERATORS: &[&str] = &[
    "&&", "||", "==", "!=", "<=", ">=", "!~", "++", "--", "+=", "-=", "*=", "/=", "%=", "^=", ">>",
    "**", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", "<", ">", "~",
    "?", ":", "=", "$", "|",
];

struct Lexed {
    tokens: Vec<(Token, usize)>,
}

fn lex(source: &str) -> Result<Lexed, String> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens: Vec<(Token, usize)> = Vec::new();
    let mut line = 1;
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        match c {
            ' ' | '\t' | '\r' => at += 1,
            '\\' if chars.get(at + 1) == Some(&'\n') => {
                at += 2;
                line += 1;
            }
            '\n' => {
                tokens.push((Token::Newline, line));
                line += 1;
                at += 1;
            }
            '#' => {
                while chars.get(at).is_some_and(|&c| c != '\n') {
                    at += 1;
                }
            }
            '"' => {
                let mut text = String::new();
                at += 1;
                loop {
                    match chars.get(at) {
                        None | Some('\n') => {
                            return Err(format!(
                                "awk: line {line}: runaway string constant \"{} ...\n",
                                text.chars().take(10).collect::<String>()
                            ));
                        }
                        Some('"') => {
                            at += 1;
                            break;
                        }
                        Some('\\') => {
                            text.push('\\');
                            if let Some(&next) = chars.get(at + 1) {
                                text.push(next);
                            }
                            at += 2;
                        }
                        Some(&other) => {
                            text.push(other);
                            at += 1;
                        }
                    }
                }
                tokens.push((Token::Str(unescape(&text)), line));
            }
            '/' if !after_operand(tokens.last().map(|(token, _)| token)) => {
                let mut text = String::new();
                at += 1;
                let mut in_bracket = false;
                loop {
                    match chars.get(at) {
                        None | Some('\n') => {
                            return Err(format!(
                                "awk: line {line}: runaway regular expression /{} ...\n",
                                text.chars().take(10).collect::<String>()
                            ));
                        }
                        Some('/') if !in_bracket => {
                            at += 1;
                            break;
                        }
                        Some('\\') => {
                            match chars.get(at + 1) {
                                Some('/') => text.push('/'),
                                Some(&next) => {
                                    text.push('\\');
                                    text.push(next);
                                }
                                None => text.push('\\'),
                            }
                            at += 2;
                        }
                        Some(&other) => {
                            if other == '[' {
                                in_bracket = true;
                            } else if other == ']' {
                                in_bracket = false;
                            }
                            text.push(other);
                            at += 1;
                        }
                    }
                }
                tokens.push((Token::Regex(text), line));
            }
            c if c.is_ascii_digit()
                || (c == '.' && chars.get(at + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let rest: String = chars.get(at..).unwrap_or(&[]).iter().take(400).collect();
                let (length, number) = number_prefix(&rest);
                let length = length.max(1);
                at += rest.get(..length).map(|t| t.chars().count()).unwrap_or(1);
                tokens.push((Token::Number(number), line));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = at;
                while chars
                    .get(at)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    at += 1;
                }
                let word: String = chars.get(start..at).unwrap_or(&[]).iter().collect();
                let token = if let Some(keyword) = KEYWORDS.iter().find(|k| **k == word) {
                    Token::Keyword(keyword)
                } else if FUNCTIONS.contains(&word.as_str()) {
                    Token::Func(word)
                } else {
                    Token::Name(word)
                };
                tokens.push((token, line));
            }
            _ => {
                let operator = OPERATORS.iter().find(|op| {
                    op.chars()
                        .enumerate()
                        .all(|(i, oc)| chars.get(at + i) == Some(&oc))
                });
                match operator {
                    Some(op) => {
                        at += op.len();
                        tokens.push((Token::Op(op), line));
                    }
                    None => return Err(format!("awk: {line}: unexpected character '{c}'\n")),
                }
            }
        }
    }
    tokens.push((Token::Eof, line));
    Ok(Lexed { tokens })
}

/// Whether a `/` after this token divides (it follows an operand) rather than opens a regex.
fn after_operand(token: Option<&Token>) -> bool {
    match token {
        Some(Token::Number(_) | Token::Str(_) | Token::Name(_) | Token::Func(_)) => true,
        Some(Token::Op(op)) => matches!(*op, ")" | "]" | "$" | "++" | "--"),
        _ => false,
    }
}

// ---------------------------------------------------------------- syntax tree

#[derive(Debug)]
enum Expr {
    Num(f64),
    Str(String),
    /// `/re/` alone: matches `$0`.
    Regex(usize),
    Var(String),
    Field(Box<Expr>),
    Index(String, Box<Expr>),
    Assign(Option<&'static str>, Box<Expr>, Box<Expr>),
    /// `++x` (`true`) or `x++`, by `+1`/`-1`.
    Incr(bool, f64, Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Concat(Box<Expr>, Box<Expr>),
    Compare(&'static str, Box<Expr>, Box<Expr>),
    /// `left ~ right` (or `!~` when negated); the regex is a literal's index or dynamic.
    Match(bool, Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Plus(Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
    Group(Box<Expr>),
    /// `key in array`.
    In(Box<Expr>, String),
}

#[derive(Debug)]
enum Stmt {
    Print(Vec<Expr>),
    Printf(Vec<Expr>),
    Expr(Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Next,
    Exit(Option<Expr>),
    Block(Vec<Stmt>),
    While(Expr, Vec<Stmt>),
    /// `for (init; condition; step) body`.
    For(Option<Expr>, Option<Expr>, Option<Expr>, Vec<Stmt>),
    /// `for (key in array) body`.
    ForIn(String, String, Vec<Stmt>),
    Break,
    Continue,
    /// `delete array[key]`, or the whole array.
    Delete(String, Option<Expr>),
}

#[derive(Debug)]
enum Pattern {
    Begin,
    End,
    All,
    Expr(Expr),
}

#[derive(Debug)]
struct Rule {
    pattern: Pattern,
    /// `None`: print `$0`.
    action: Option<Vec<Stmt>>,
}

#[derive(Debug)]
struct Program {
    rules: Vec<Rule>,
    regexes: Vec<Regex>,
}

// ---------------------------------------------------------------- parser

struct Parser {
    tokens: Vec<(Token, usize)>,
    at: usize,
    depth: usize,
    /// Loops around the current statement (for `break`/`continue`).
    loops: usize,
    regexes: Vec<Regex>,
    /// Newlines in the program, for `missing }` at its end.
    newlines: usize,
}

fn parse_program(source: &str) -> Result<Program, String> {
    let lexed = lex(source)?;
    let mut parser = Parser {
        tokens: lexed.tokens,
        at: 0,
        depth: 0,
        loops: 0,
        regexes: Vec::new(),
        newlines: source.matches('\n').count(),
    };
    let mut rules = Vec::new();
    loop {
        parser.skip_terminators();
        if parser.peek() == &Token::Eof {
            break;
        }
        if parser.is_op("}") {
            let line = parser.line();
            return Err(format!(
                "awk: line {line}: extra '}}'\nawk: line {line}: syntax error at or near end of line\n"
            ));
        }
        rules.push(parser.rule()?);
    }
    Ok(Program {
        rules,
        regexes: parser.regexes,
    })
}

impl Parser {
    fn peek(&self) -> &Token {
        self.tokens
            .get(self.at)
            .map(|(token, _)| token)
            .unwrap_or(&Token::Eof)
    }

    fn line(&self) -> usize {
        self.tokens.get(self.at).map(|(_, line)| *line).unwrap_or(1)
    }

    fn advance(&mut self) -> Token {
        let token = self.peek().clone();
        if self.at < self.tokens.len() {
            self.at += 1;
        }
        token
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Token::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn skip_newlines(&mut self) {
        while self.peek() == &Token::Newline {
            self.at += 1;
        }
    }

    fn skip_terminators(&mut self) {
        while self.peek() == &Token::Newline || self.is_op(";") {
            self.at += 1;
        }
    }

    /// mawk's `syntax error at or near …` for the current token.
    fn syntax_error(&self) -> String {
        let line = self.line();
        let near = match self.peek() {
            Token::Eof => {
                if self.open_braces() > 0 {
                    return format!(
                        "awk: line {}: missing }} near end of file\n",
                        self.newlines + 2
                    );
                }
                "end of line".to_string()
            }
            Token::Newline => "end of line".to_string(),
            Token::Number(number) => number_to_string(*number),
            Token::Str(text) => format!("\"{text}\""),
            Token::Regex(text) => format!("/{text}/"),
            Token::Name(name) | Token::Func(name) => name.clone(),
            Token::Keyword(word) => word.to_string(),
            Token::Op(op) => op.to_string(),
        };
        format!("awk: line {line}: syntax error at or near {near}\n")
    }

    /// Braces opened and not closed before the current token.
    fn open_braces(&self) -> i64 {
        let mut open = 0i64;
        for (token, _) in self.tokens.iter().take(self.at) {
            match token {
                Token::Op("{") => open += 1,
                Token::Op("}") => open -= 1,
                _ => {}
            }
        }
        open
    }

    fn expect_op(&mut self, op: &str) -> Result<(), String> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.syntax_error())
        }
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(unsupported("programs nested this deeply"));
        }
        Ok(())
    }

    fn rule(&mut self) -> Result<Rule, String> {
        let pattern = match self.peek() {
            Token::Keyword("BEGIN") => {
                self.at += 1;
                Pattern::Begin
            }
            Token::Keyword("END") => {
                self.at += 1;
                Pattern::End
            }
            Token::Keyword("function" | "func") => {
                return Err(unsupported("user-defined functions"));
            }
            Token::Op("{") => Pattern::All,
            _ => {
                let expr = self.expr(false)?;
                if self.is_op(",") {
                    return Err(unsupported("range patterns (pattern1, pattern2)"));
                }
                Pattern::Expr(expr)
            }
        };
        if self.is_op("{") {
            let action = self.block()?;
            Ok(Rule {
                pattern,
                action: Some(action),
            })
        } else if matches!(pattern, Pattern::Begin | Pattern::End) {
            Err(self.syntax_error())
        } else {
            match self.peek() {
                Token::Newline | Token::Eof => {}
                _ if self.is_op(";") => {}
                _ => return Err(self.syntax_error()),
            }
            Ok(Rule {
                pattern,
                action: None,
            })
        }
    }

    fn block(&mut self) -> Result<Vec<Stmt>, String> {
        self.expect_op("{")?;
        self.enter()?;
        let mut statements = Vec::new();
        loop {
            self.skip_terminators();
            if self.eat_op("}") {
                break;
            }
            if self.peek() == &Token::Eof {
                return Err(self.syntax_error());
            }
            statements.push(self.statement()?);
        }
        self.depth -= 1;
        Ok(statements)
    }

    /// A statement's end: `;`, a newline, or (not consumed) `}` / end of file.
    fn end_statement(&mut self) -> Result<(), String> {
        if self.peek() == &Token::Newline || self.is_op(";") {
            self.at += 1;
            Ok(())
        } else if self.peek() == &Token::Eof || self.is_op("}") {
            Ok(())
        } else {
            Err(self.syntax_error())
        }
    }

    fn statement(&mut self) -> Result<Stmt, String> {
        self.enter()?;
        let statement = self.statement_inner()?;
        self.depth -= 1;
        Ok(statement)
    }

    fn statement_inner(&mut self) -> Result<Stmt, String> {
        match self.peek().clone() {
            Token::Op("{") => Ok(Stmt::Block(self.block()?)),
            Token::Op(";") => {
                self.at += 1;
                Ok(Stmt::Block(Vec::new()))
            }
            Token::Keyword("if") => {
                self.at += 1;
                self.expect_op("(")?;
                let condition = self.expr(false)?;
                self.expect_op(")")?;
                self.skip_newlines();
                let then = self.simple_or_block()?;
                // `else` may follow newlines and a `;`.
                let save = self.at;
                self.skip_terminators();
                if self.peek() == &Token::Keyword("else") {
                    self.at += 1;
                    self.skip_newlines();
                    let otherwise = self.simple_or_block()?;
                    Ok(Stmt::If(condition, then, otherwise))
                } else {
                    self.at = save;
                    Ok(Stmt::If(condition, then, Vec::new()))
                }
            }
            Token::Keyword("next") => {
                self.at += 1;
                self.end_statement()?;
                Ok(Stmt::Next)
            }
            Token::Keyword("exit") => {
                self.at += 1;
                let value = match self.peek() {
                    Token::Newline | Token::Eof => None,
                    _ if self.is_op(";") || self.is_op("}") => None,
                    _ => Some(self.expr(false)?),
                };
                self.end_statement()?;
                Ok(Stmt::Exit(value))
            }
            Token::Keyword(word @ ("print" | "printf")) => {
                self.at += 1;
                let mut list = Vec::new();
                let ends = |parser: &Parser| {
                    matches!(parser.peek(), Token::Newline | Token::Eof)
                        || parser.is_op(";")
                        || parser.is_op("}")
                };
                let redirection =
                    |parser: &Parser| parser.is_op(">") || parser.is_op(">>") || parser.is_op("|");
                if !ends(self) && !redirection(self) {
                    list.push(self.expr(true)?);
                    while self.eat_op(",") {
                        self.skip_newlines();
                        list.push(self.expr(true)?);
                    }
                }
                if redirection(self) {
                    return Err(unsupported("output redirection (> >> |)"));
                }
                // `print (a, b)`: one parenthesized list.
                let list = match list.pop() {
                    Some(Expr::Call(name, items)) if name == "(list)" && list.is_empty() => items,
                    Some(last) => {
                        list.push(last);
                        list
                    }
                    None => list,
                };
                self.end_statement()?;
                if word == "print" {
                    Ok(Stmt::Print(list))
                } else {
                    if list.is_empty() {
                        return Err(self.syntax_error());
                    }
                    Ok(Stmt::Printf(list))
                }
            }
            Token::Keyword("while") => {
                self.at += 1;
                self.expect_op("(")?;
                let condition = self.expr(false)?;
                self.expect_op(")")?;
                if self.is_op(";") {
                    return Err(unsupported("do-while loops"));
                }
                let body = self.loop_body()?;
                Ok(Stmt::While(condition, body))
            }
            Token::Keyword("for") => {
                self.at += 1;
                self.expect_op("(")?;
                let for_in = matches!(
                    (
                        self.tokens.get(self.at).map(|t| &t.0),
                        self.tokens.get(self.at + 1).map(|t| &t.0),
                        self.tokens.get(self.at + 2).map(|t| &t.0),
                        self.tokens.get(self.at + 3).map(|t| &t.0),
                    ),
                    (
                        Some(Token::Name(_)),
                        Some(Token::Keyword("in")),
                        Some(Token::Name(_)),
                        Some(Token::Op(")"))
                    )
                );
                if for_in {
                    let (Token::Name(key), _, Token::Name(array), _) = (
                        self.advance(),
                        self.advance(),
                        self.advance(),
                        self.advance(),
                    ) else {
                        return Err(self.syntax_error());
                    };
                    let body = self.loop_body()?;
                    return Ok(Stmt::ForIn(key, array, body));
                }
                let init = if self.is_op(";") {
                    None
                } else {
                    Some(self.expr(false)?)
                };
                self.expect_op(";")?;
                self.skip_newlines();
                let condition = if self.is_op(";") {
                    None
                } else {
                    Some(self.expr(false)?)
                };
                self.expect_op(";")?;
                self.skip_newlines();
                let step = if self.is_op(")") {
                    None
                } else {
                    Some(self.expr(false)?)
                };
                self.expect_op(")")?;
                let body = self.loop_body()?;
                Ok(Stmt::For(init, condition, step, body))
            }
            Token::Keyword(word @ ("break" | "continue")) => {
                if self.loops == 0 {
                    return Err(self.syntax_error());
                }
                self.at += 1;
                self.end_statement()?;
                Ok(if word == "break" {
                    Stmt::Break
                } else {
                    Stmt::Continue
                })
            }
            Token::Keyword("do") => Err(unsupported("do-while loops")),
            Token::Keyword("delete") => {
                self.at += 1;
                let Token::Name(array) = self.advance() else {
                    self.at -= 1;
                    return Err(self.syntax_error());
                };
                let key = if self.eat_op("[") {
                    let key = self.subscript()?;
                    Some(key)
                } else {
                    None
                };
                self.end_statement()?;
                Ok(Stmt::Delete(array, key))
            }
            Token::Keyword("getline") => Err(unsupported("getline")),
            Token::Keyword("return") => Err(unsupported("user-defined functions (return)")),
            Token::Keyword("nextfile") => Err(unsupported("nextfile")),
            _ => {
                let expr = self.expr(false)?;
                self.end_statement()?;
                Ok(Stmt::Expr(expr))
            }
        }
    }

    /// A loop's body (newlines before it allowed).
    fn loop_body(&mut self) -> Result<Vec<Stmt>, String> {
        self.skip_newlines();
        self.loops += 1;
        let body = self.simple_or_block();
        self.loops -= 1;
        body
    }

    /// An array subscript after `[`, up to and with `]` (`a[i, j]` joins with SUBSEP).
    fn subscript(&mut self) -> Result<Expr, String> {
        let mut index = self.expr(false)?;
        while self.eat_op(",") {
            let next = self.expr(false)?;
            index = Expr::Concat(
                Box::new(Expr::Concat(
                    Box::new(index),
                    Box::new(Expr::Var("SUBSEP".to_string())),
                )),
                Box::new(next),
            );
        }
        self.expect_op("]")?;
        Ok(index)
    }

    /// The body of `if`/`else`: one statement (its `;`/newline consumed) or a block.
    fn simple_or_block(&mut self) -> Result<Vec<Stmt>, String> {
        if self.is_op("{") {
            return self.block();
        }
        Ok(vec![self.statement()?])
    }

    /// An expression; `no_gt`: in a `print` list, where `>` is a redirection.
    fn expr(&mut self, no_gt: bool) -> Result<Expr, String> {
        self.enter()?;
        let expr = self.assignment(no_gt)?;
        self.depth -= 1;
        Ok(expr)
    }

    fn assignment(&mut self, no_gt: bool) -> Result<Expr, String> {
        let left = self.ternary(no_gt)?;
        let op = match self.peek() {
            Token::Op(op @ ("=" | "+=" | "-=" | "*=" | "/=" | "%=" | "^=")) => *op,
            _ => return Ok(left),
        };
        if !matches!(left, Expr::Var(_) | Expr::Field(_) | Expr::Index(..)) {
            return Err(self.syntax_error());
        }
        self.at += 1;
        self.skip_newlines();
        let right = self.expr(no_gt)?;
        let kind = match op {
            "=" => None,
            "+=" => Some("+"),
            "-=" => Some("-"),
            "*=" => Some("*"),
            "/=" => Some("/"),
            "%=" => Some("%"),
            _ => Some("^"),
        };
        Ok(Expr::Assign(kind, Box::new(left), Box::new(right)))
    }

    fn ternary(&mut self, no_gt: bool) -> Result<Expr, String> {
        let condition = self.or(no_gt)?;
        if !self.eat_op("?") {
            return Ok(condition);
        }
        self.skip_newlines();
        let then = self.expr(no_gt)?;
        self.skip_newlines();
        self.expect_op(":")?;
        self.skip_newlines();
        let otherwise = self.expr(no_gt)?;
        Ok(Expr::Cond(
            Box::new(condition),
            Box::new(then),
            Box::new(otherwise),
        ))
    }

    fn or(&mut self, no_gt: bool) -> Result<Expr, String> {
        let mut left = self.and(no_gt)?;
        while self.eat_op("||") {
            self.skip_newlines();
            let right = self.and(no_gt)?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self, no_gt: bool) -> Result<Expr, String> {
        let mut left = self.matching(no_gt)?;
        while self.eat_op("&&") {
            self.skip_newlines();
            let right = self.matching(no_gt)?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn matching(&mut self, no_gt: bool) -> Result<Expr, String> {
        let mut left = self.comparison(no_gt)?;
        loop {
            if self.peek() == &Token::Keyword("in") {
                self.at += 1;
                let Token::Name(array) = self.advance() else {
                    self.at -= 1;
                    return Err(self.syntax_error());
                };
                left = Expr::In(Box::new(left), array);
                continue;
            }
            let negated = if self.eat_op("~") {
                false
            } else if self.eat_op("!~") {
                true
            } else {
                return Ok(left);
            };
            let right = self.comparison(no_gt)?;
            left = Expr::Match(negated, Box::new(left), Box::new(right));
        }
    }

    fn comparison(&mut self, no_gt: bool) -> Result<Expr, String> {
        let mut left = self.concatenation()?;
        loop {
            let op = match self.peek() {
                Token::Op(op @ ("<" | "<=" | "==" | "!=" | ">=")) => *op,
                Token::Op(">") if !no_gt => ">",
                _ => return Ok(left),
            };
            self.at += 1;
            let right = self.concatenation()?;
            left = Expr::Compare(op, Box::new(left), Box::new(right));
        }
    }

    /// Whether the current token can start an operand of a concatenation.
    fn starts_concatenated(&self) -> bool {
        match self.peek() {
            Token::Number(_)
            | Token::Str(_)
            | Token::Regex(_)
            | Token::Name(_)
            | Token::Func(_) => true,
            Token::Op(op) => matches!(*op, "$" | "("),
            Token::Keyword("getline") => true,
            _ => false,
        }
    }

    fn concatenation(&mut self) -> Result<Expr, String> {
        let mut left = self.additive()?;
        while self.starts_concatenated() {
            if matches!(self.peek(), Token::Keyword("getline")) {
                return Err(unsupported("getline"));
            }
            let right = self.additive()?;
            left = Expr::Concat(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn additive(&mut self) -> Result<Expr, String> {
        let mut left = self.multiplicative()?;
        loop {
            let op = if self.eat_op("+") {
                "+"
            } else if self.eat_op("-") {
                "-"
            } else {
                return Ok(left);
            };
            let right = self.multiplicative()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn multiplicative(&mut self) -> Result<Expr, String> {
        let mut left = self.unary()?;
        loop {
            let op = if self.eat_op("*") {
                "*"
            } else if self.eat_op("/") {
                "/"
            } else if self.eat_op("%") {
                "%"
            } else {
                return Ok(left);
            };
            let right = self.unary()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn unary(&mut self) -> Result<Expr, String> {
        self.enter()?;
        let expr = if self.eat_op("!") {
            Expr::Not(Box::new(self.unary()?))
        } else if self.eat_op("-") {
            Expr::Neg(Box::new(self.unary()?))
        } else if self.eat_op("+") {
            Expr::Plus(Box::new(self.unary()?))
        } else {
            self.power()?
        };
        self.depth -= 1;
        Ok(expr)
    }

    fn power(&mut self) -> Result<Expr, String> {
        let base = self.postfix()?;
        if self.eat_op("^") || self.eat_op("**") {
            // Right-associative, and binds tighter than unary minus on its left only.
            let exponent = self.unary()?;
            return Ok(Expr::Binary("^", Box::new(base), Box::new(exponent)));
        }
        Ok(base)
    }

    fn postfix(&mut self) -> Result<Expr, String> {
        if self.is_op("++") || self.is_op("--") {
            let step = if self.eat_op("++") {
                1.0
            } else {
                self.at += 1;
                -1.0
            };
            self.enter()?;
            let target = self.postfix()?;
            self.depth -= 1;
            if !matches!(target, Expr::Var(_) | Expr::Field(_) | Expr::Index(..)) {
                return Err(self.syntax_error());
            }
            return Ok(Expr::Incr(true, step, Box::new(target)));
        }
        let primary = self.primary()?;
        if matches!(primary, Expr::Var(_) | Expr::Field(_) | Expr::Index(..)) {
            if self.eat_op("++") {
                return Ok(Expr::Incr(false, 1.0, Box::new(primary)));
            }
            if self.eat_op("--") {
                return Ok(Expr::Incr(false, -1.0, Box::new(primary)));
            }
        }
        Ok(primary)
    }

    fn primary(&mut self) -> Result<Expr, String> {
        self.enter()?;
        let expr = self.primary_inner()?;
        self.depth -= 1;
        Ok(expr)
    }

    fn primary_inner(&mut self) -> Result<Expr, String> {
        let line = self.line();
        match self.advance() {
            Token::Number(number) => Ok(Expr::Num(number)),
            Token::Str(text) => Ok(Expr::Str(text)),
            Token::Regex(text) => {
                let regex = compile(&text).map_err(|message| {
                    format!(
                        "awk: line {line}: regular expression compile failed ({message})\n{text}\n"
                    )
                })?;
                self.regexes.push(regex);
                Ok(Expr::Regex(self.regexes.len() - 1))
            }
            Token::Op("$") => {
                // `$` binds tighter than everything but grouping and `++`/`--`.
                let index = if self.is_op("++") || self.is_op("--") {
                    self.postfix()?
                } else if self.eat_op("-") {
                    Expr::Neg(Box::new(self.primary()?))
                } else {
                    self.primary()?
                };
                Ok(Expr::Field(Box::new(index)))
            }
            Token::Op("(") => {
                self.skip_newlines();
                let first = self.expr(false)?;
                self.skip_newlines();
                if self.is_op(",") {
                    let mut items = vec![first];
                    while self.eat_op(",") {
                        self.skip_newlines();
                        items.push(self.expr(false)?);
                        self.skip_newlines();
                    }
                    self.expect_op(")")?;
                    if self.peek() == &Token::Keyword("in") {
                        self.at += 1;
                        let Token::Name(array) = self.advance() else {
                            self.at -= 1;
                            return Err(self.syntax_error());
                        };
                        let mut key = items.remove(0);
                        for item in items {
                            key = Expr::Concat(
                                Box::new(Expr::Concat(
                                    Box::new(key),
                                    Box::new(Expr::Var("SUBSEP".to_string())),
                                )),
                                Box::new(item),
                            );
                        }
                        return Ok(Expr::In(Box::new(key), array));
                    }
                    return Ok(Expr::Call("(list)".to_string(), items));
                }
                self.expect_op(")")?;
                Ok(Expr::Group(Box::new(first)))
            }
            Token::Op("-") => Ok(Expr::Neg(Box::new(self.unary()?))),
            Token::Op("+") => Ok(Expr::Plus(Box::new(self.unary()?))),
            Token::Op("!") => Ok(Expr::Not(Box::new(self.unary()?))),
            Token::Name(name) => {
                if self.eat_op("[") {
                    let index = self.subscript()?;
                    return Ok(Expr::Index(name, Box::new(index)));
                }
                if self.is_op("(") {
                    return Err(unsupported("user-defined functions"));
                }
                Ok(Expr::Var(name))
            }
            Token::Func(name) => {
                let supported = [
                    "length", "substr", "index", "tolower", "toupper", "split", "sprintf", "sub",
                    "gsub", "int",
                ];
                if !supported.contains(&name.as_str()) {
                    return Err(unsupported(&format!("the function {name}()")));
                }
                let mut arguments = Vec::new();
                if self.eat_op("(") {
                    self.skip_newlines();
                    if !self.eat_op(")") {
                        arguments.push(self.expr(false)?);
                        while self.eat_op(",") {
                            self.skip_newlines();
                            arguments.push(self.expr(false)?);
                        }
                        self.skip_newlines();
                        self.expect_op(")")?;
                    }
                } else if name != "length" {
                    return Err(self.syntax_error());
                }
                let (low, high) = match name.as_str() {
                    "length" => (0, 1),
                    "substr" => (2, 3),
                    "index" => (2, 2),
                    "split" => (2, 3),
                    "sprintf" => (1, usize::MAX),
                    "sub" | "gsub" => (2, 3),
                    _ => (1, 1),
                };
                if arguments.len() < low || arguments.len() > high {
                    return Err(format!(
                        "awk: line {line}: wrong number of arguments in call to {name}\n"
                    ));
                }
                if name == "split" && !matches!(arguments.get(1), Some(Expr::Var(_))) {
                    return Err(format!(
                        "awk: line {line}: type error in arg(2) in call to split\n"
                    ));
                }
                if matches!(name.as_str(), "sub" | "gsub") {
                    if let Some(target) = arguments.get(2) {
                        if !matches!(target, Expr::Var(_) | Expr::Field(_) | Expr::Index(..)) {
                            return Err(format!(
                                "awk: line {line}: type error in arg(3) in call to {name}\n"
                            ));
                        }
                    }
                }
                Ok(Expr::Call(name, arguments))
            }
            Token::Keyword("getline") => Err(unsupported("getline")),
            _ => {
                self.at -= 1;
                Err(self.syntax_error())
            }
        }
    }
}

/// An awk regex as the shell's ERE engine reads it (`\t`, `\n`, `\/` made literal).
fn compile(text: &str) -> Result<Regex, String> {
    let mut pattern = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            pattern.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => pattern.push('\t'),
            Some('n') => pattern.push('\n'),
            Some('r') => pattern.push('\r'),
            Some('/') => pattern.push('/'),
            Some('"') => pattern.push('"'),
            Some(other) => {
                pattern.push('\\');
                pattern.push(other);
            }
            None => pattern.push('\\'),
        }
    }
    Regex::new(
        &pattern,
        Syntax {
            extended: true,
            ..Syntax::default()
        },
    )
    .map_err(|message| match message.as_str() {
        "Unmatched ( or \\(" => "missing ')'".to_string(),
        "Unmatched ) or \\)" => "missing '('".to_string(),
        "Unmatched [, [^, [:, [., or [=" => "bad class -- [], [^] or [".to_string(),
        _ => message,
    })
}

// ---------------------------------------------------------------- evaluator

/// Why evaluation stopped early.
enum Stop {
    Next,
    Exit,
    Break,
    Continue,
    /// A run-time error's message (status 2).
    Error(String),
}

struct Machine<'io> {
    io: &'io mut Io,
    output: String,
    vars: BTreeMap<String, Value>,
    arrays: BTreeMap<String, BTreeMap<String, Value>>,
    record: String,
    fields: Vec<String>,
    nr: f64,
    fnr: f64,
    exit_status: i32,
    dynamic: BTreeMap<String, Regex>,
    /// Loop iterations so far (all loops of the run).
    iterations: usize,
    /// Bytes of strings built so far (concatenation, `sub`, `sprintf`…).
    built: usize,
}

type Flow<T> = Result<T, Stop>;

impl<'io> Machine<'io> {
    fn new(io: &'io mut Io) -> Machine<'io> {
        let mut vars = BTreeMap::new();
        for (name, value) in [
            ("FS", " "),
            ("OFS", " "),
            ("ORS", "\n"),
            ("RS", "\n"),
            ("SUBSEP", "\x1c"),
            ("OFMT", "%.6g"),
            ("CONVFMT", "%.6g"),
            ("FILENAME", ""),
        ] {
            vars.insert(name.to_string(), Value::Str(value.to_string()));
        }
        Machine {
            io,
            output: String::new(),
            vars,
            arrays: BTreeMap::new(),
            record: String::new(),
            fields: Vec::new(),
            nr: 0.0,
            fnr: 0.0,
            exit_status: 0,
            dynamic: BTreeMap::new(),
            iterations: 0,
            built: 0,
        }
    }

    fn set_var(&mut self, name: &str, value: Value) {
        match name {
            "NR" => self.nr = value.number(),
            "FNR" => self.fnr = value.number(),
            "NF" => self.set_nf(value.number()),
            _ => {
                self.vars.insert(name.to_string(), value);
            }
        }
    }

    fn var(&self, name: &str) -> Value {
        match name {
            "NR" => Value::Num(self.nr),
            "FNR" => Value::Num(self.fnr),
            "NF" => Value::Num(self.fields.len() as f64),
            _ => self.vars.get(name).cloned().unwrap_or(Value::Uninit),
        }
    }

    fn var_string(&self, name: &str) -> String {
        self.var(name).string()
    }

    fn run(&mut self, program: &Program, operands: &[&str], stdin: &Stdin<'_>, fs: &Vfs) -> i32 {
        let mut exiting = false;
        for rule in program
            .rules
            .iter()
            .filter(|r| matches!(r.pattern, Pattern::Begin))
        {
            match self.action(program, rule.action.as_deref().unwrap_or(&[])) {
                Ok(()) | Err(Stop::Next | Stop::Break | Stop::Continue) => {}
                Err(Stop::Exit) => {
                    exiting = true;
                    break;
                }
                Err(Stop::Error(message)) => return self.fail(&message),
            }
        }
        let reads_input = program
            .rules
            .iter()
            .any(|r| !matches!(r.pattern, Pattern::Begin));
        if !exiting && reads_input {
            let mut files: Vec<&str> = Vec::new();
            let mut any_file = false;
            for operand in operands {
                if let Some((name, value)) = split_assignment(operand) {
                    files.push(operand);
                    let _ = (name, value);
                } else {
                    any_file = true;
                    files.push(operand);
                }
            }
            if !any_file {
                files.push("-");
            }
            'files: for operand in files {
                if let Some((name, value)) = split_assignment(operand) {
                    self.set_var(&name, Value::strnum(unescape(&value)));
                    continue;
                }
                let text = if operand == "-" {
                    stdin.read()
                } else {
                    match fs.read(operand) {
                        Ok(text) => text,
                        Err(error) => {
                            // mawk stops at once (no `END`) on a file it cannot open.
                            let message = fs_error("awk", operand, &error);
                            let reason = message
                                .trim_end()
                                .rsplit(": ")
                                .next()
                                .unwrap_or("")
                                .to_string();
                            return self.fail(&format!("awk: cannot open {operand} ({reason})\n"));
                        }
                    }
                };
                self.vars
                    .insert("FILENAME".to_string(), Value::Str(operand.to_string()));
                self.fnr = 0.0;
                for line in super::builtins::lines_of(text) {
                    self.nr += 1.0;
                    self.fnr += 1.0;
                    let ran = self
                        .set_record(line.to_string())
                        .and_then(|()| self.record_rules(program));
                    match ran {
                        Ok(()) | Err(Stop::Next | Stop::Break | Stop::Continue) => {}
                        Err(Stop::Exit) => break 'files,
                        Err(Stop::Error(message)) => return self.fail(&message),
                    }
                }
            }
        }
        for rule in program
            .rules
            .iter()
            .filter(|r| matches!(r.pattern, Pattern::End))
        {
            match self.action(program, rule.action.as_deref().unwrap_or(&[])) {
                Ok(()) | Err(Stop::Next | Stop::Break | Stop::Continue) => {}
                Err(Stop::Exit) => break,
                Err(Stop::Error(message)) => return self.fail(&message),
            }
        }
        self.exit_status
    }

    fn flush(&mut self) {
        let output = std::mem::take(&mut self.output);
        self.io.out(&output);
    }

    fn fail(&mut self, message: &str) -> i32 {
        self.flush();
        self.io.err(message);
        2
    }

    fn record_rules(&mut self, program: &Program) -> Flow<()> {
        for rule in &program.rules {
            let selected = match &rule.pattern {
                Pattern::Begin | Pattern::End => continue,
                Pattern::All => true,
                Pattern::Expr(expr) => self.eval(program, expr)?.truth(),
            };
            if !selected {
                continue;
            }
            match &rule.action {
                Some(action) => self.action(program, action)?,
                None => {
                    let line = format!("{}{}", self.record, self.var_string("ORS"));
                    self.write(&line)?;
                }
            }
        }
        Ok(())
    }

    fn action(&mut self, program: &Program, statements: &[Stmt]) -> Flow<()> {
        for statement in statements {
            self.statement(program, statement)?;
        }
        Ok(())
    }

    fn write(&mut self, text: &str) -> Flow<()> {
        if self.output.len() + text.len() > 64 * MAX_STRING {
            return Err(Stop::Error(unsupported("output over 64 MiB")));
        }
        self.output.push_str(text);
        Ok(())
    }

    fn statement(&mut self, program: &Program, statement: &Stmt) -> Flow<()> {
        match statement {
            Stmt::Print(list) => {
                let line = if list.is_empty() {
                    self.record.clone()
                } else {
                    let mut parts = Vec::new();
                    for expr in list {
                        let value = self.eval(program, expr)?;
                        parts.push(match value {
                            Value::Num(number) => self.output_number(number),
                            other => other.string(),
                        });
                    }
                    parts.join(&self.var_string("OFS"))
                };
                let line = format!("{line}{}", self.var_string("ORS"));
                self.write(&line)
            }
            Stmt::Printf(list) => {
                let mut text = String::new();
                let result = self.sprintf(program, list, &mut text);
                self.write(&text)?;
                result
            }
            Stmt::Expr(expr) => self.eval(program, expr).map(|_| ()),
            Stmt::If(condition, then, otherwise) => {
                if self.eval(program, condition)?.truth() {
                    self.action(program, then)
                } else {
                    self.action(program, otherwise)
                }
            }
            Stmt::Next => Err(Stop::Next),
            Stmt::Exit(value) => {
                if let Some(expr) = value {
                    self.exit_status = self.eval(program, expr)?.number() as i32;
                }
                Err(Stop::Exit)
            }
            Stmt::Block(statements) => self.action(program, statements),
            Stmt::Break => Err(Stop::Break),
            Stmt::Continue => Err(Stop::Continue),
            Stmt::While(condition, body) => {
                while self.eval(program, condition)?.truth() {
                    if !self.iteration(program, body)? {
                        break;
                    }
                }
                Ok(())
            }
            Stmt::For(init, condition, step, body) => {
                if let Some(init) = init {
                    self.eval(program, init)?;
                }
                loop {
                    if let Some(condition) = condition {
                        if !self.eval(program, condition)?.truth() {
                            break;
                        }
                    }
                    if !self.iteration(program, body)? {
                        break;
                    }
                    if let Some(step) = step {
                        self.eval(program, step)?;
                    }
                }
                Ok(())
            }
            Stmt::ForIn(key, array, body) => {
                // The keys as they are when the loop starts, in sorted order (mawk's is its
                // hash table's).
                let keys: Vec<String> = self
                    .arrays
                    .get(array)
                    .map(|elements| elements.keys().cloned().collect())
                    .unwrap_or_default();
                for element in keys {
                    self.store(&Place::Var(key.clone()), Value::strnum(element))?;
                    if !self.iteration(program, body)? {
                        break;
                    }
                }
                Ok(())
            }
            Stmt::Delete(array, key) => {
                match key {
                    Some(key) => {
                        let key = self.eval(program, key)?.string();
                        if let Some(elements) = self.arrays.get_mut(array) {
                            elements.remove(&key);
                        }
                    }
                    None => {
                        if let Some(elements) = self.arrays.get_mut(array) {
                            elements.clear();
                        }
                    }
                }
                Ok(())
            }
        }
    }

    /// Counts bytes of built strings against the run's budget.
    fn build(&mut self, bytes: usize) -> Flow<()> {
        self.built = self.built.saturating_add(bytes);
        if self.built > MAX_BUILT {
            return Err(over_budget());
        }
        Ok(())
    }

    /// One run of a loop's body: `false` once it breaks; an error past the iteration cap.
    fn iteration(&mut self, program: &Program, body: &[Stmt]) -> Flow<bool> {
        self.iterations += 1;
        if self.iterations > MAX_ITERATIONS {
            return Err(Stop::Error(unsupported(
                "loops that run over 1,000,000 times (it stopped this one)",
            )));
        }
        match self.action(program, body) {
            Ok(()) | Err(Stop::Continue) => Ok(true),
            Err(Stop::Break) => Ok(false),
            Err(other) => Err(other),
        }
    }

    /// A value as a string in concatenation (CONVFMT for non-integers).
    fn convert(&self, value: &Value) -> String {
        match value {
            Value::Num(number) if number.fract() != 0.0 && number.is_finite() => {
                let format = self.var_string("CONVFMT");
                if format == "%.6g" {
                    number_to_string(*number)
                } else {
                    format_one(&format, value).unwrap_or_else(|| number_to_string(*number))
                }
            }
            other => other.string(),
        }
    }

    /// A number as `print` writes it (OFMT for non-integers).
    fn output_number(&self, number: f64) -> String {
        let format = self.var_string("OFMT");
        if number == number.trunc() || format == "%.6g" || !number.is_finite() {
            return number_to_string(number);
        }
        format_one(&format, &Value::Num(number)).unwrap_or_else(|| number_to_string(number))
    }

    /// `printf`'s text, written to `out` as far as it got before an error.
    fn sprintf(&mut self, program: &Program, list: &[Expr], out: &mut String) -> Flow<()> {
        let Some((format, arguments)) = list.split_first() else {
            return Ok(());
        };
        let format = self.eval(program, format)?.string();
        let mut values = Vec::new();
        for argument in arguments {
            values.push(self.eval(program, argument)?);
        }
        let chars: Vec<char> = format.chars().collect();
        let mut next = values.iter();
        let mut at = 0;
        let mut conversions = 0;
        while let Some(&c) = chars.get(at) {
            at += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let start = at - 1;
            while chars
                .get(at)
                .is_some_and(|c| matches!(c, '-' | '+' | ' ' | '#' | '0'))
            {
                at += 1;
            }
            let mut spec: String = chars.get(start..at).unwrap_or(&[]).iter().collect();
            for part in 0..2 {
                if chars.get(at) == Some(&'*') {
                    at += 1;
                    let Some(value) = next.next() else {
                        return Err(self.printf_error(&format));
                    };
                    spec.push_str(&format!("{}", value.number() as i64));
                } else {
                    while let Some(&digit) = chars.get(at).filter(|c| c.is_ascii_digit()) {
                        spec.push(digit);
                        at += 1;
                    }
                }
                if part == 0 && chars.get(at) == Some(&'.') {
                    spec.push('.');
                    at += 1;
                } else {
                    break;
                }
            }
            // Length modifiers are ignored.
            while chars
                .get(at)
                .is_some_and(|c| matches!(c, 'l' | 'h' | 'q' | 'L'))
            {
                at += 1;
            }
            let Some(&conversion) = chars.get(at) else {
                return Err(self.printf_error(&format));
            };
            at += 1;
            if conversion == '%' {
                out.push('%');
                continue;
            }
            conversions += 1;
            if !"diouxXeEfFgGcs".contains(conversion) {
                return Err(Stop::Error(format!(
                    "awk: run time error: improper conversion(number {conversions}) in printf(\"{format}\")\n{}",
                    self.where_()
                )));
            }
            spec.push(conversion);
            let Some(value) = next.next() else {
                return Err(self.printf_error(&format));
            };
            out.push_str(&format_one(&spec, value).unwrap_or_default());
            if out.len() > MAX_STRING {
                return Err(Stop::Error(unsupported("strings over 1 MiB")));
            }
        }
        Ok(())
    }

    fn printf_error(&self, format: &str) -> Stop {
        Stop::Error(format!(
            "awk: run time error: not enough arguments passed to printf(\"{format}\")\n{}",
            self.where_()
        ))
    }

    /// mawk's second line of a run-time error.
    fn where_(&self) -> String {
        let name = self.var_string("FILENAME");
        format!(
            "\tFILENAME=\"{name}\" FNR={} NR={}\n",
            number_to_string(self.fnr),
            number_to_string(self.nr)
        )
    }

    fn set_record(&mut self, record: String) -> Flow<()> {
        self.fields = self.split_record(&record)?;
        self.record = record;
        Ok(())
    }

    fn split_record(&mut self, record: &str) -> Flow<Vec<String>> {
        let separator = self.var_string("FS");
        self.split_with(record, &separator)
    }

    fn split_with(&mut self, text: &str, separator: &str) -> Flow<Vec<String>> {
        if text.is_empty() {
            return Ok(Vec::new());
        }
        if separator == " " {
            return Ok(text
                .split([' ', '\t', '\n'])
                .filter(|part| !part.is_empty())
                .map(str::to_string)
                .collect());
        }
        let mut chars = separator.chars();
        if let (Some(only), None) = (chars.next(), chars.next()) {
            if only != '\\' {
                return Ok(text.split(only).map(str::to_string).collect());
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let mut budget = MAX_BUILT.saturating_sub(self.built);
        let regex = self.regex(separator)?;
        let parts = regex_split(regex, &chars, &mut budget);
        self.built = MAX_BUILT.saturating_sub(budget);
        parts.ok_or_else(over_budget)
    }

    /// A dynamic regex, compiled once.
    fn regex(&mut self, source: &str) -> Result<&Regex, Stop> {
        if !self.dynamic.contains_key(source) {
            let regex = compile(source).map_err(|message| {
                Stop::Error(format!(
                    "awk: run time error: regular expression compile failed ({message})\n{source}\n{}",
                    self.where_()
                ))
            })?;
            if self.dynamic.len() > 1000 {
                self.dynamic.clear();
            }
            self.dynamic.insert(source.to_string(), regex);
        }
        self.dynamic
            .get(source)
            .ok_or_else(|| Stop::Error(unsupported("this regular expression")))
    }

    fn rebuild_record(&mut self) {
        let separator = self.var_string("OFS");
        self.record = self.fields.join(&separator);
    }

    fn set_nf(&mut self, number: f64) {
        let count = if number.is_finite() && number > 0.0 {
            (number as usize).min(MAX_FIELD)
        } else {
            0
        };
        self.fields.resize(count, String::new());
        self.rebuild_record();
    }

    fn field_index(&self, value: &Value) -> Flow<usize> {
        let number = value.number();
        if number < 0.0 {
            return Err(Stop::Error(format!(
                "awk: run time error: negative field index ${}\n{}",
                number_to_string(number.trunc()),
                self.where_()
            )));
        }
        let index = number as usize;
        if index > MAX_FIELD {
            return Err(Stop::Error(format!(
                "awk: run time error: ${} exceeds maximum field({MAX_FIELD})\n{}",
                number_to_string(number.trunc()),
                self.where_()
            )));
        }
        Ok(index)
    }

    fn get_field(&self, index: usize) -> Value {
        if index == 0 {
            return Value::strnum(self.record.clone());
        }
        match self.fields.get(index - 1) {
            Some(text) => Value::strnum(text.clone()),
            None => Value::Uninit,
        }
    }

    fn load(&mut self, program: &Program, target: &Expr) -> Flow<Value> {
        match target {
            Expr::Var(name) => Ok(self.var(name)),
            Expr::Field(index) => {
                let index = self.eval(program, index)?;
                let index = self.field_index(&index)?;
                Ok(self.get_field(index))
            }
            Expr::Index(name, key) => {
                let key = self.eval(program, key)?.string();
                Ok(self
                    .arrays
                    .get(name)
                    .and_then(|array| array.get(&key))
                    .cloned()
                    .unwrap_or(Value::Uninit))
            }
            other => self.eval(program, other),
        }
    }

    /// Where an assignment goes, evaluated once.
    fn place(&mut self, program: &Program, target: &Expr) -> Flow<Place> {
        Ok(match target {
            Expr::Var(name) => Place::Var(name.clone()),
            Expr::Field(index) => {
                let index = self.eval(program, index)?;
                Place::Field(self.field_index(&index)?)
            }
            Expr::Index(name, key) => Place::Index(name.clone(), self.eval(program, key)?.string()),
            _ => Place::Var(String::new()),
        })
    }

    fn read_place(&self, place: &Place) -> Value {
        match place {
            Place::Var(name) => self.var(name),
            Place::Field(index) => self.get_field(*index),
            Place::Index(name, key) => self
                .arrays
                .get(name)
                .and_then(|array| array.get(key))
                .cloned()
                .unwrap_or(Value::Uninit),
        }
    }

    fn store(&mut self, place: &Place, value: Value) -> Flow<()> {
        // A field or NF rebuilds (or splits) the record.
        if matches!(place, Place::Field(_)) || matches!(place, Place::Var(name) if name == "NF") {
            self.build(self.record.len().saturating_add(32 * self.fields.len()))?;
        }
        if let Value::Str(text) | Value::StrNum(text, _) = &value {
            if text.len() > MAX_STRING {
                return Err(Stop::Error(unsupported("strings over 1 MiB")));
            }
        }
        match place {
            Place::Var(name) => {
                if self.vars.len() > 10_000 {
                    return Err(Stop::Error(unsupported("this many variables")));
                }
                if self.arrays.contains_key(name) {
                    return Err(Stop::Error(format!(
                        "awk: run time error: can't assign to array {name}\n{}",
                        self.where_()
                    )));
                }
                self.set_var(name, value)
            }
            Place::Field(0) => self.set_record(value.string())?,
            Place::Field(index) => {
                if self.fields.len() < *index {
                    self.fields.resize(*index, String::new());
                }
                if let Some(slot) = self.fields.get_mut(index - 1) {
                    *slot = value.string();
                }
                self.rebuild_record();
            }
            Place::Index(name, key) => {
                let array = self.arrays.entry(name.clone()).or_default();
                if array.len() > 100_000 && !array.contains_key(key) {
                    return Err(Stop::Error(unsupported("arrays over 100,000 elements")));
                }
                array.insert(key.clone(), value);
            }
        }
        Ok(())
    }

    /// An expression's value; every string made counts against the run's budget, so loops
    /// over long strings end.
    fn eval(&mut self, program: &Program, expr: &Expr) -> Flow<Value> {
        let value = self.eval_inner(program, expr)?;
        if let Value::Str(text) | Value::StrNum(text, _) = &value {
            self.build(text.len())?;
        }
        Ok(value)
    }

    fn eval_inner(&mut self, program: &Program, expr: &Expr) -> Flow<Value> {
        Ok(match expr {
            Expr::Num(number) => Value::Num(*number),
            Expr::Str(text) => Value::Str(text.clone()),
            Expr::Regex(index) => {
                self.build(self.record.len())?;
                let chars: Vec<char> = self.record.chars().collect();
                let matched = program
                    .regexes
                    .get(*index)
                    .is_some_and(|regex| regex.is_match(&chars));
                Value::Num(f64::from(u8::from(matched)))
            }
            Expr::Var(_) | Expr::Field(_) | Expr::Index(..) => self.load(program, expr)?,
            Expr::Group(inner) => self.eval(program, inner)?,
            Expr::Assign(op, target, value) => {
                let place = self.place(program, target)?;
                let value = self.eval(program, value)?;
                let value = match op {
                    None => match value {
                        Value::Uninit => Value::Uninit,
                        other => other,
                    },
                    Some(op) => {
                        let current = self.read_place(&place).number();
                        Value::Num(arithmetic(op, current, value.number()))
                    }
                };
                self.store(&place, value.clone())?;
                value
            }
            Expr::Incr(prefix, step, target) => {
                let place = self.place(program, target)?;
                let current = self.read_place(&place).number();
                self.store(&place, Value::Num(current + step))?;
                Value::Num(if *prefix { current + step } else { current })
            }
            Expr::Binary(op, left, right) => {
                let left = self.eval(program, left)?.number();
                let right = self.eval(program, right)?.number();
                Value::Num(arithmetic(op, left, right))
            }
            Expr::Concat(left, right) => {
                let left = self.eval(program, left)?;
                let left = self.convert(&left);
                let right = self.eval(program, right)?;
                let right = self.convert(&right);
                if left.len() + right.len() > MAX_STRING {
                    return Err(Stop::Error(unsupported("strings over 1 MiB")));
                }
                self.build(left.len() + right.len())?;
                Value::Str(left + &right)
            }
            Expr::Compare(op, left, right) => {
                let left = self.eval(program, left)?;
                let right = self.eval(program, right)?;
                let ordering = if left.is_numeric() && right.is_numeric() {
                    left.number().partial_cmp(&right.number())
                } else {
                    Some(left.string().cmp(&right.string()))
                };
                let result = match ordering {
                    None => *op == "!=",
                    Some(ordering) => match *op {
                        "<" => ordering.is_lt(),
                        "<=" => ordering.is_le(),
                        "==" => ordering.is_eq(),
                        "!=" => ordering.is_ne(),
                        ">=" => ordering.is_ge(),
                        _ => ordering.is_gt(),
                    },
                };
                Value::Num(f64::from(u8::from(result)))
            }
            Expr::Match(negated, left, right) => {
                let text = self.eval(program, left)?.string();
                let matched = self.matches(program, &text, right)?;
                Value::Num(f64::from(u8::from(matched != *negated)))
            }
            Expr::And(left, right) => {
                let result =
                    self.eval(program, left)?.truth() && self.eval(program, right)?.truth();
                Value::Num(f64::from(u8::from(result)))
            }
            Expr::Or(left, right) => {
                let result =
                    self.eval(program, left)?.truth() || self.eval(program, right)?.truth();
                Value::Num(f64::from(u8::from(result)))
            }
            Expr::Not(inner) => {
                Value::Num(f64::from(u8::from(!self.eval(program, inner)?.truth())))
            }
            Expr::Neg(inner) => Value::Num(-self.eval(program, inner)?.number()),
            Expr::Plus(inner) => Value::Num(self.eval(program, inner)?.number()),
            Expr::Cond(condition, then, otherwise) => {
                if self.eval(program, condition)?.truth() {
                    self.eval(program, then)?
                } else {
                    self.eval(program, otherwise)?
                }
            }
            Expr::Call(name, arguments) => self.call(program, name, arguments)?,
            Expr::In(key, array) => {
                let key = self.eval(program, key)?.string();
                let present = self
                    .arrays
                    .get(array)
                    .is_some_and(|elements| elements.contains_key(&key));
                Value::Num(f64::from(u8::from(present)))
            }
        })
    }

    /// Whether `text` matches the regex `pattern` (a `/re/` literal, or a string's value).
    fn matches(&mut self, program: &Program, text: &str, pattern: &Expr) -> Flow<bool> {
        self.build(text.len())?;
        let chars: Vec<char> = text.chars().collect();
        if let Expr::Regex(index) = pattern {
            return Ok(program
                .regexes
                .get(*index)
                .is_some_and(|regex| regex.is_match(&chars)));
        }
        let source = self.eval(program, pattern)?.string();
        Ok(self.regex(&source)?.is_match(&chars))
    }

    fn call(&mut self, program: &Program, name: &str, arguments: &[Expr]) -> Flow<Value> {
        if name == "(list)" {
            return Err(Stop::Error(unsupported(
                "a parenthesized list outside print and `in`",
            )));
        }
        let argument = |machine: &mut Self, index: usize| -> Flow<Value> {
            match arguments.get(index) {
                Some(expr) => machine.eval(program, expr),
                None => Ok(Value::Uninit),
            }
        };
        Ok(match name {
            "length" => {
                let text = if arguments.is_empty() {
                    self.record.clone()
                } else {
                    argument(self, 0)?.string()
                };
                Value::Num(text.chars().count() as f64)
            }
            "substr" => {
                let text: Vec<char> = argument(self, 0)?.string().chars().collect();
                let start = round(argument(self, 1)?.number());
                let length = if arguments.len() > 2 {
                    round(argument(self, 2)?.number())
                } else {
                    f64::INFINITY
                };
                // Characters at positions [start, start + length) clipped to 1..=len.
                let first = start.max(1.0);
                let end = (start + length).min(text.len() as f64 + 1.0);
                let piece: String = if end > first {
                    let first = first as usize - 1;
                    let end = end as usize - 1;
                    text.get(first..end).unwrap_or(&[]).iter().collect()
                } else {
                    String::new()
                };
                Value::Str(piece)
            }
            "index" => {
                let haystack = argument(self, 0)?.string();
                let needle = argument(self, 1)?.string();
                let position = haystack
                    .find(&needle)
                    .map(|byte| haystack.get(..byte).unwrap_or("").chars().count() + 1)
                    .unwrap_or(0);
                Value::Num(position as f64)
            }
            "tolower" => Value::Str(argument(self, 0)?.string().to_lowercase()),
            "toupper" => Value::Str(argument(self, 0)?.string().to_uppercase()),
            "int" => Value::Num(argument(self, 0)?.number().trunc()),
            "sprintf" => {
                let mut text = String::new();
                self.sprintf(program, arguments, &mut text)?;
                self.build(text.len())?;
                Value::Str(text)
            }
            "split" => {
                let text = argument(self, 0)?.string();
                let Some(Expr::Var(array)) = arguments.get(1) else {
                    return Ok(Value::Num(0.0));
                };
                let separator = if arguments.len() > 2 {
                    match arguments.get(2) {
                        Some(Expr::Regex(index)) => {
                            return self.split_regex(program, &text, array, *index);
                        }
                        _ => argument(self, 2)?.string(),
                    }
                } else {
                    self.var_string("FS")
                };
                let parts = self.split_with(&text, &separator)?;
                self.fill_array(array, parts)?
            }
            _ => {
                // sub / gsub
                let Some(pattern) = arguments.first() else {
                    return Ok(Value::Num(0.0));
                };
                let replacement = argument(self, 1)?.string();
                let default_target = Expr::Field(Box::new(Expr::Num(0.0)));
                let target = arguments.get(2).unwrap_or(&default_target);
                let place = self.place(program, target)?;
                let text: Vec<char> = self.read_place(&place).string().chars().collect();
                let global = name == "gsub";
                let dynamic = match pattern {
                    Expr::Regex(_) => None,
                    other => Some(self.eval(program, other)?.string()),
                };
                let mut budget = MAX_BUILT.saturating_sub(self.built);
                let substituted = match (pattern, &dynamic) {
                    (Expr::Regex(index), _) => match program.regexes.get(*index) {
                        Some(regex) => substitute(regex, &text, &replacement, global, &mut budget),
                        None => Some((String::new(), 0)),
                    },
                    (_, source) => {
                        let regex = self.regex(source.as_deref().unwrap_or(""))?;
                        substitute(regex, &text, &replacement, global, &mut budget)
                    }
                };
                self.built = MAX_BUILT.saturating_sub(budget);
                let (result, count) = substituted.ok_or_else(over_budget)?;
                self.build(result.len())?;
                if count > 0 {
                    self.store(&place, Value::Str(result))?;
                }
                Value::Num(count as f64)
            }
        })
    }

    fn split_regex(
        &mut self,
        program: &Program,
        text: &str,
        array: &str,
        index: usize,
    ) -> Flow<Value> {
        let Some(regex) = program.regexes.get(index) else {
            return Ok(Value::Num(0.0));
        };
        let chars: Vec<char> = text.chars().collect();
        let mut budget = MAX_BUILT.saturating_sub(self.built);
        let parts = if chars.is_empty() {
            Some(Vec::new())
        } else {
            regex_split(regex, &chars, &mut budget)
        };
        self.built = MAX_BUILT.saturating_sub(budget);
        let parts = parts.ok_or_else(over_budget)?;
        self.fill_array(array, parts)
    }

    fn fill_array(&mut self, array: &str, parts: Vec<String>) -> Flow<Value> {
        if self.vars.contains_key(array) {
            return Err(Stop::Error(format!(
                "awk: run time error: type error in arg(2) in call to split\n{}",
                self.where_()
            )));
        }
        let count = parts.len();
        let elements = self.arrays.entry(array.to_string()).or_default();
        elements.clear();
        for (index, part) in parts.into_iter().enumerate() {
            elements.insert(format!("{}", index + 1), Value::strnum(part));
        }
        Ok(Value::Num(count as f64))
    }
}

/// An assignment's destination.
enum Place {
    Var(String),
    Field(usize),
    Index(String, String),
}

fn round(number: f64) -> f64 {
    if number.is_nan() {
        0.0
    } else {
        number.round()
    }
}

fn arithmetic(op: &str, left: f64, right: f64) -> f64 {
    match op {
        "+" => left + right,
        "-" => left - right,
        "*" => left * right,
        "/" => left / right,
        "%" => {
            if right == 0.0 {
                -f64::NAN
            } else {
                left % right
            }
        }
        _ => left.powf(right),
    }
}

/// `sub`/`gsub`: the text with the first (or every) match replaced (`&` is the match, `\&` a
/// literal `&`), and how many were replaced.
fn substitute(
    regex: &Regex,
    text: &[char],
    replacement: &str,
    global: bool,
    budget: &mut usize,
) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut count = 0;
    let mut at = 0;
    let mut from = 0;
    let mut previous_end = None;
    while from <= text.len() {
        *budget = budget.checked_sub(text.len() - from + 1)?;
        let Some(Some((start, end))) = regex.find_at(text, from).and_then(|c| c.first().copied())
        else {
            break;
        };
        if start == end && previous_end == Some(start) {
            // An empty match right after a match is not a match.
            if let Some(&c) = text.get(start) {
                out.extend(text.get(at..start).unwrap_or(&[]));
                out.push(c);
                at = start + 1;
            }
            from = start + 1;
            continue;
        }
        previous_end = Some(end);
        out.extend(text.get(at..start).unwrap_or(&[]));
        let matched: String = text.get(start..end).unwrap_or(&[]).iter().collect();
        let mut chars = replacement.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' if chars.peek() == Some(&'&') => {
                    chars.next();
                    out.push('&');
                }
                '\\' if chars.peek() == Some(&'\\') => {
                    chars.next();
                    out.push('\\');
                }
                '&' => out.push_str(&matched),
                other => out.push(other),
            }
        }
        count += 1;
        if end == start {
            if let Some(&c) = text.get(start) {
                out.push(c);
            }
            at = start + 1;
            from = start + 1;
        } else {
            at = end;
            from = end;
        }
        if !global || out.len() > MAX_STRING {
            break;
        }
    }
    out.extend(text.get(at.min(text.len())..).unwrap_or(&[]));
    Some((out, count))
}

/// The pieces of `chars` between the regex's non-empty matches; `None` once the searches
/// (each charged the text it may scan) use up `budget`.
fn regex_split(regex: &Regex, chars: &[char], budget: &mut usize) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while from <= chars.len() {
        *budget = budget.checked_sub(chars.len() - from + 1)?;
        let Some(Some((match_start, match_end))) =
            regex.find_at(chars, from).and_then(|c| c.first().copied())
        else {
            break;
        };
        if match_end == match_start {
            // An empty match separates nothing.
            from = match_start + 1;
            continue;
        }
        parts.push(
            chars
                .get(start..match_start)
                .unwrap_or(&[])
                .iter()
                .collect(),
        );
        start = match_end;
        from = match_end;
    }
    parts.push(chars.get(start..).unwrap_or(&[]).iter().collect());
    Some(parts)
}

fn over_budget() -> Stop {
    Stop::Error(unsupported(
        "building over 64 MiB of strings in one run (it stopped this one)",
    ))
}

#[cfg(test)]
#[path = "awk_tests.rs"]
mod tests;
