//! A port of Go's `text/template` (Go 1.26, as kubectl 1.37 runs it for `-o go-template=...`).
//!
//! kubectl parses the template as `template.New("output").Funcs({exists, base64decode})` and
//! executes it over the object after a JSON round trip (`map[string]interface{}` whose JSON
//! integers are `int64` and other numbers `float64`). This module reproduces that: the lexer,
//! parser, executor, the builtin functions and the parts of `fmt` and `strconv` they use, with
//! Go's exact error texts (`template: output:1: unclosed action`, `template: output:1:11:
//! executing "output" at <.metadata.nope>: map has no entry for key "nope"`).
//!
//! Values model Go's `reflect.Value`s of that data: [`Val`] keeps apart a map value or slice
//! element (an `interface{}` slot, which changes some error texts) from a concrete value.
//! Go strings are bytes here too (`base64decode` may produce any bytes); the output is made a
//! Rust `String` at the end, invalid UTF-8 becoming U+FFFD.
//!
//! Safety limits (the input is hostile and a wasm stack is small), far below Go's own:
//! nesting of parentheses and control structures is limited to [`MAX_PARSE_DEPTH`] (Go's
//! message `max expression depth exceeded`), template calls nested in each other and in
//! control structures to [`MAX_EXEC_DEPTH`] (Go's message `exceeded maximum template depth
//! (100000)`), the work of one execution to [`MAX_EXEC_STEPS`] and its output, like any
//! string a function creates, to [`MAX_OUTPUT_BYTES`] (errors ending `(kubeplay limit)`).
//! At these limits a debug build needs under 512 KiB of stack.
//!
//! Not reproduced: `%p` of a map or slice prints a fixed fake address (Go: a heap address);
//! `fmt` cuts data nested deeper than [`MAX_PRINT_DEPTH`] short with `...`; identifiers use
//! Rust's Unicode letter and number classes (Go: letters and decimal digits).

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// Nesting of parentheses, `if`/`range`/`with`/`block` the parser accepts.
pub const MAX_PARSE_DEPTH: usize = 50;
/// Nesting of `{{template}}` calls and `if`/`range`/`with` bodies at which a template call
/// fails with Go's `exceeded maximum template depth (100000)` (Go counts template calls only,
/// up to 100000).
pub const MAX_EXEC_DEPTH: usize = 100;
/// Work before execution stops with an error: node visits, range iterations, and 64-byte
/// units of the strings functions take and return.
pub const MAX_EXEC_STEPS: u64 = 5_000_000;
/// Largest output, and largest string a function may create, in bytes.
pub const MAX_OUTPUT_BYTES: usize = 32 << 20;
/// Depth of Go's `printValue` (two per map or slice level) `fmt` prints before cutting short.
pub const MAX_PRINT_DEPTH: usize = 200;

/// A parse or execution error; `Display` is Go's `err.Error()` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoTemplateError {
    message: String,
}

impl fmt::Display for GoTemplateError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for GoTemplateError {}

fn error(message: String) -> GoTemplateError {
    GoTemplateError { message }
}

/// A parsed template set: `output` and the templates it `define`s or `block`s.
#[derive(Debug, Clone)]
pub struct GoTemplate {
    text: String,
    templates: BTreeMap<String, Vec<Node>>,
}

impl GoTemplate {
    /// Parses as `template.New("output").Funcs(exists, base64decode).Parse(text)`.
    pub fn parse(text: &str) -> Result<GoTemplate, GoTemplateError> {
        let mut parser = Parser::new(text);
        parser.parse()?;
        Ok(GoTemplate {
            text: text.to_string(),
            templates: parser.templates,
        })
    }

    /// Executes over the object; `missing_key_error`: missingkey=error.
    /// Returns the text written (also when execution fails part way) and the error, if any.
    pub fn execute(
        &self,
        data: &Value,
        missing_key_error: bool,
    ) -> (String, Option<GoTemplateError>) {
        let mut state = State {
            template: self,
            name: "output",
            missing_key_error,
            vars: Vec::new(),
            node: None,
            out: Vec::new(),
            depth: 0,
            steps: 0,
        };
        let dot = Val::from_data(data);
        state.vars.push(("$", dot.clone()));
        let result = match self.templates.get("output") {
            Some(root) => state.walk_list(&dot, root).map(|_| ()),
            None => Err(state.errorf("\"output\" is an incomplete or empty template".into())),
        };
        let out = String::from_utf8_lossy(&state.out).into_owned();
        (out, result.err())
    }
}

/// Go's `fmt.Sprintf("%+v", out)` of the JSON object as the template engine received it
/// (`map[string]interface{}` with int64/float64 numbers): kubectl prints it when execution fails.
pub fn go_sprint_plus_v(data: &Value) -> String {
    // `%+v` differs from `%v` only for structs, which JSON data has none of.
    let mut printer = Printer::default();
    printer.print_arg(&Val::from_data(data), 'v');
    String::from_utf8_lossy(&printer.buf).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Lexer (text/template/parse/lex.go)
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemType {
    Error,
    Bool,
    Char,
    CharConstant,
    Complex,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    // Keywords (Go's `typ > itemKeyword`).
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

impl ItemType {
    fn is_keyword(self) -> bool {
        self as u8 >= ItemType::Block as u8
    }

    fn keyword(word: &str) -> Option<ItemType> {
        Some(match word {
            "." => ItemType::Dot,
            "block" => ItemType::Block,
            "break" => ItemType::Break,
            "continue" => ItemType::Continue,
            "define" => ItemType::Define,
            "else" => ItemType::Else,
            "end" => ItemType::End,
            "if" => ItemType::If,
            "range" => ItemType::Range,
            "nil" => ItemType::Nil,
            "template" => ItemType::Template,
            "with" => ItemType::With,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
struct Item {
    typ: ItemType,
    pos: usize,
    val: String,
    line: usize,
}

impl Item {
    fn zero() -> Item {
        Item {
            typ: ItemType::Error,
            pos: 0,
            val: String::new(),
            line: 0,
        }
    }

    /// Go's `item.String()`, used in "unexpected ..." errors.
    fn describe(&self) -> String {
        match self.typ {
            ItemType::Eof => "EOF".into(),
            ItemType::Error => self.val.clone(),
            typ if typ.is_keyword() => format!("<{}>", self.val),
            _ if self.val.len() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                format!("{}...", quote(head.as_bytes(), b'"', false))
            }
            _ => quote(self.val.as_bytes(), b'"', false),
        }
    }
}

const LEFT_DELIM: &str = "{{";
const RIGHT_DELIM: &str = "}}";

#[derive(Clone, Copy)]
enum LexState {
    Text,
    LeftDelim,
    Comment,
    RightDelim,
    InsideAction,
    Space,
    Identifier,
    Field,
    Variable,
    Char,
    Number,
    Quote,
    RawQuote,
}

struct Lexer<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    at_eof: bool,
    paren_depth: i64,
    line: usize,
    start_line: usize,
    item: Option<Item>,
    inside_action: bool,
}

fn is_space(character: char) -> bool {
    matches!(character, ' ' | '\t' | '\r' | '\n')
}

fn is_alphanumeric(character: char) -> bool {
    character == '_' || character.is_alphabetic() || character.is_numeric()
}

fn has_left_trim_marker(text: &str) -> bool {
    let mut characters = text.chars();
    characters.next() == Some('-') && characters.next().is_some_and(is_space)
}

fn has_right_trim_marker(text: &str) -> bool {
    let mut characters = text.chars();
    characters.next().is_some_and(is_space) && characters.next() == Some('-')
}

const SPACE_CHARS: &[char] = &[' ', '\t', '\r', '\n'];

/// Go's `%#U`: `U+0023 '#'`, or `U+0007` for an unprintable rune.
fn sharp_unicode(code: u32) -> String {
    match char::from_u32(code) {
        Some(character) if crate::validation::go_is_print(character) => {
            format!("U+{code:04X} '{character}'")
        }
        _ => format!("U+{code:04X}"),
    }
}

impl<'a> Lexer<'a> {
    fn new(input: &'a str) -> Lexer<'a> {
        Lexer {
            input,
            pos: 0,
            start: 0,
            at_eof: false,
            paren_depth: 0,
            line: 1,
            start_line: 1,
            item: None,
            inside_action: false,
        }
    }

    fn rest(&self, at: usize) -> &'a str {
        self.input.get(at..).unwrap_or("")
    }

    /// The next rune, or `None` at the end (Go's `eof`).
    fn next(&mut self) -> Option<char> {
        let Some(character) = self.rest(self.pos).chars().next() else {
            self.at_eof = true;
            return None;
        };
        self.pos += character.len_utf8();
        if character == '\n' {
            self.line += 1;
        }
        Some(character)
    }

    fn peek(&mut self) -> Option<char> {
        let character = self.next();
        self.backup();
        character
    }

    fn backup(&mut self) {
        if !self.at_eof && self.pos > 0 {
            if let Some(character) = self
                .input
                .get(..self.pos)
                .and_then(|s| s.chars().next_back())
            {
                self.pos -= character.len_utf8();
                if character == '\n' {
                    self.line -= 1;
                }
            }
        }
        self.at_eof = false;
    }

    fn this_item(&mut self, typ: ItemType) -> Item {
        let item = Item {
            typ,
            pos: self.start,
            val: self
                .input
                .get(self.start..self.pos)
                .unwrap_or("")
                .to_string(),
            line: self.start_line,
        };
        self.start = self.pos;
        self.start_line = self.line;
        item
    }

    fn emit(&mut self, typ: ItemType) -> Option<LexState> {
        let item = self.this_item(typ);
        self.item = Some(item);
        None
    }

    fn ignore(&mut self) {
        let skipped = self.input.get(self.start..self.pos).unwrap_or("");
        self.line += skipped.matches('\n').count();
        self.start = self.pos;
        self.start_line = self.line;
    }

    fn accept(&mut self, valid: &str) -> bool {
        if self.next().is_some_and(|c| valid.contains(c)) {
            return true;
        }
        self.backup();
        false
    }

    fn accept_run(&mut self, valid: &str) {
        while self.next().is_some_and(|c| valid.contains(c)) {}
        self.backup();
    }

    fn errorf(&mut self, message: String) -> Option<LexState> {
        self.item = Some(Item {
            typ: ItemType::Error,
            pos: self.start,
            val: message,
            line: self.start_line,
        });
        self.start = 0;
        self.pos = 0;
        self.input = "";
        None
    }

    /// Runs the state machine until it produces the next item (Go's `lexer.nextItem`).
    fn next_item(&mut self) -> Item {
        let mut state = if self.inside_action {
            LexState::InsideAction
        } else {
            LexState::Text
        };
        self.item = None;
        let eof = Item {
            typ: ItemType::Eof,
            pos: self.pos,
            val: "EOF".into(),
            line: self.start_line,
        };
        while let Some(next) = self.run(state) {
            state = next;
        }
        self.item.take().unwrap_or(eof)
    }

    fn run(&mut self, state: LexState) -> Option<LexState> {
        match state {
            LexState::Text => self.lex_text(),
            LexState::LeftDelim => self.lex_left_delim(),
            LexState::Comment => self.lex_comment(),
            LexState::RightDelim => self.lex_right_delim(),
            LexState::InsideAction => self.lex_inside_action(),
            LexState::Space => self.lex_space(),
            LexState::Identifier => self.lex_identifier(),
            LexState::Field => self.lex_field_or_variable(ItemType::Field),
            LexState::Variable => {
                if self.at_terminator() {
                    return self.emit(ItemType::Variable);
                }
                self.lex_field_or_variable(ItemType::Variable)
            }
            LexState::Char => self.lex_quoted('\'', ItemType::CharConstant),
            LexState::Number => self.lex_number(),
            LexState::Quote => self.lex_quoted('"', ItemType::String),
            LexState::RawQuote => self.lex_raw_quote(),
        }
    }

    fn lex_text(&mut self) -> Option<LexState> {
        if let Some(offset) = self.rest(self.pos).find(LEFT_DELIM) {
            if offset > 0 {
                self.pos += offset;
                let mut trim = 0;
                if has_left_trim_marker(self.rest(self.pos + LEFT_DELIM.len())) {
                    let text = self.input.get(self.start..self.pos).unwrap_or("");
                    trim = text.len() - text.trim_end_matches(SPACE_CHARS).len();
                }
                self.pos -= trim;
                let text = self.input.get(self.start..self.pos).unwrap_or("");
                self.line += text.matches('\n').count();
                let item = self.this_item(ItemType::Text);
                self.pos += trim;
                self.ignore();
                if !item.val.is_empty() {
                    self.item = Some(item);
                    return None;
                }
            }
            return Some(LexState::LeftDelim);
        }
        self.pos = self.input.len();
        if self.pos > self.start {
            let text = self.input.get(self.start..self.pos).unwrap_or("");
            self.line += text.matches('\n').count();
            return self.emit(ItemType::Text);
        }
        self.emit(ItemType::Eof)
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let rest = self.rest(self.pos);
        if has_right_trim_marker(rest) && self.rest(self.pos + 2).starts_with(RIGHT_DELIM) {
            return (true, true);
        }
        (rest.starts_with(RIGHT_DELIM), false)
    }

    fn lex_left_delim(&mut self) -> Option<LexState> {
        self.pos += LEFT_DELIM.len();
        let trim = has_left_trim_marker(self.rest(self.pos));
        let after_marker = if trim { 2 } else { 0 };
        if self.rest(self.pos + after_marker).starts_with("/*") {
            self.pos += after_marker;
            self.ignore();
            return Some(LexState::Comment);
        }
        let item = self.this_item(ItemType::LeftDelim);
        self.inside_action = true;
        self.pos += after_marker;
        self.ignore();
        self.paren_depth = 0;
        self.item = Some(item);
        None
    }

    fn lex_comment(&mut self) -> Option<LexState> {
        self.pos += 2;
        let Some(end) = self.rest(self.pos).find("*/") else {
            return self.errorf("unclosed comment".into());
        };
        self.pos += end + 2;
        let (delim, trim) = self.at_right_delim();
        if !delim {
            return self.errorf("comment ends before closing delimiter".into());
        }
        self.this_item(ItemType::Text);
        if trim {
            self.pos += 2;
        }
        self.pos += RIGHT_DELIM.len();
        if trim {
            let rest = self.rest(self.pos);
            self.pos += rest.len() - rest.trim_start_matches(SPACE_CHARS).len();
        }
        self.ignore();
        Some(LexState::Text)
    }

    fn lex_right_delim(&mut self) -> Option<LexState> {
        let (_, trim) = self.at_right_delim();
        if trim {
            self.pos += 2;
            self.ignore();
        }
        self.pos += RIGHT_DELIM.len();
        let item = self.this_item(ItemType::RightDelim);
        if trim {
            let rest = self.rest(self.pos);
            self.pos += rest.len() - rest.trim_start_matches(SPACE_CHARS).len();
            self.ignore();
        }
        self.inside_action = false;
        self.item = Some(item);
        None
    }

    fn lex_inside_action(&mut self) -> Option<LexState> {
        let (delim, _) = self.at_right_delim();
        if delim {
            if self.paren_depth == 0 {
                return Some(LexState::RightDelim);
            }
            return self.errorf("unclosed left paren".into());
        }
        let Some(character) = self.next() else {
            return self.errorf("unclosed action".into());
        };
        match character {
            c if is_space(c) => {
                self.backup();
                Some(LexState::Space)
            }
            '=' => self.emit(ItemType::Assign),
            ':' => {
                if self.next() != Some('=') {
                    return self.errorf("expected :=".into());
                }
                self.emit(ItemType::Declare)
            }
            '|' => self.emit(ItemType::Pipe),
            '"' => Some(LexState::Quote),
            '`' => Some(LexState::RawQuote),
            '$' => Some(LexState::Variable),
            '\'' => Some(LexState::Char),
            '.' if !self
                .rest(self.pos)
                .starts_with(|c: char| c.is_ascii_digit())
                && self.pos < self.input.len() =>
            {
                Some(LexState::Field)
            }
            '.' | '+' | '-' | '0'..='9' => {
                self.backup();
                Some(LexState::Number)
            }
            c if is_alphanumeric(c) => {
                self.backup();
                Some(LexState::Identifier)
            }
            '(' => {
                self.paren_depth += 1;
                self.emit(ItemType::LeftParen)
            }
            ')' => {
                self.paren_depth -= 1;
                if self.paren_depth < 0 {
                    return self.errorf("unexpected right paren".into());
                }
                self.emit(ItemType::RightParen)
            }
            c if (' '..='~').contains(&c) => self.emit(ItemType::Char),
            c => self.errorf(format!(
                "unrecognized character in action: {}",
                sharp_unicode(u32::from(c))
            )),
        }
    }

    fn lex_space(&mut self) -> Option<LexState> {
        let mut spaces = 0;
        while self.peek().is_some_and(is_space) {
            self.next();
            spaces += 1;
        }
        let before = self.pos.saturating_sub(1);
        if has_right_trim_marker(self.rest(before))
            && self.rest(before + 2).starts_with(RIGHT_DELIM)
        {
            self.backup();
            if spaces == 1 {
                return Some(LexState::RightDelim);
            }
        }
        self.emit(ItemType::Space)
    }

    fn lex_identifier(&mut self) -> Option<LexState> {
        loop {
            let character = self.next();
            if character.is_some_and(is_alphanumeric) {
                continue;
            }
            self.backup();
            if !self.at_terminator() {
                return self.errorf(format!(
                    "bad character {}",
                    sharp_unicode(character.map_or(u32::MAX, u32::from))
                ));
            }
            let word = self.input.get(self.start..self.pos).unwrap_or("");
            let typ = match ItemType::keyword(word) {
                Some(keyword) => keyword,
                None if word.starts_with('.') => ItemType::Field,
                None if word == "true" || word == "false" => ItemType::Bool,
                None => ItemType::Identifier,
            };
            return self.emit(typ);
        }
    }

    fn lex_field_or_variable(&mut self, typ: ItemType) -> Option<LexState> {
        if self.at_terminator() {
            return self.emit(if typ == ItemType::Variable {
                ItemType::Variable
            } else {
                ItemType::Dot
            });
        }
        let mut character;
        loop {
            character = self.next();
            if !character.is_some_and(is_alphanumeric) {
                self.backup();
                break;
            }
        }
        if !self.at_terminator() {
            return self.errorf(format!(
                "bad character {}",
                sharp_unicode(character.map_or(u32::MAX, u32::from))
            ));
        }
        self.emit(typ)
    }

    fn at_terminator(&mut self) -> bool {
        match self.peek() {
            None => true,
            Some(c) if is_space(c) || matches!(c, '.' | ',' | '|' | ':' | ')' | '(') => true,
            Some(_) => self.rest(self.pos).starts_with(RIGHT_DELIM),
        }
    }

    /// A quoted string or character constant; the opening quote has been read.
    fn lex_quoted(&mut self, quote_char: char, typ: ItemType) -> Option<LexState> {
        loop {
            match self.next() {
                Some('\\') => {
                    if matches!(self.next(), Some(c) if c != '\n') {
                        continue;
                    }
                }
                Some(c) if c == quote_char => return self.emit(typ),
                Some(c) if c != '\n' => continue,
                _ => {}
            }
            return self.errorf(if typ == ItemType::String {
                "unterminated quoted string".into()
            } else {
                "unterminated character constant".into()
            });
        }
    }

    fn lex_raw_quote(&mut self) -> Option<LexState> {
        loop {
            match self.next() {
                None => return self.errorf("unterminated raw quoted string".into()),
                Some('`') => return self.emit(ItemType::RawString),
                Some(_) => {}
            }
        }
    }

    fn lex_number(&mut self) -> Option<LexState> {
        if !self.scan_number() {
            let text = self.input.get(self.start..self.pos).unwrap_or("");
            return self.errorf(format!(
                "bad number syntax: {}",
                quote(text.as_bytes(), b'"', false)
            ));
        }
        if matches!(self.peek(), Some('+' | '-')) {
            if !self.scan_number() || !self.input.get(..self.pos).unwrap_or("").ends_with('i') {
                let text = self.input.get(self.start..self.pos).unwrap_or("");
                return self.errorf(format!(
                    "bad number syntax: {}",
                    quote(text.as_bytes(), b'"', false)
                ));
            }
            return self.emit(ItemType::Complex);
        }
        self.emit(ItemType::Number)
    }

    fn scan_number(&mut self) -> bool {
        self.accept("+-");
        let mut digits = "0123456789_";
        if self.accept("0") {
            if self.accept("xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if self.accept("oO") {
                digits = "01234567_";
            } else if self.accept("bB") {
                digits = "01_";
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if self.peek().is_some_and(is_alphanumeric) {
            self.next();
            return false;
        }
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Parse tree (text/template/parse/node.go)
// ---------------------------------------------------------------------------------------------

/// A node of a template's list.
#[derive(Debug, Clone)]
enum Node {
    Text(String),
    Action(Box<Pipe>),
    If(Box<Branch>),
    Range(Box<Branch>),
    With(Box<Branch>),
    Template(Box<TemplateCall>),
    Break,
    Continue,
}

/// `{{template "name" pipeline}}` (also what `{{block}}` leaves in place).
#[derive(Debug, Clone)]
struct TemplateCall {
    pos: usize,
    name: String,
    pipe: Option<Pipe>,
}

#[derive(Debug, Clone)]
struct Branch {
    pipe: Pipe,
    list: Vec<Node>,
    else_list: Option<Vec<Node>>,
}

#[derive(Debug, Clone)]
struct Pipe {
    pos: usize,
    is_assign: bool,
    decl: Vec<String>,
    cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
struct Command {
    pos: usize,
    args: Vec<Arg>,
}

/// An operand of a command.
#[derive(Debug, Clone)]
enum Arg {
    Field {
        pos: usize,
        ident: Vec<String>,
    },
    Chain {
        pos: usize,
        node: Box<Arg>,
        field: Vec<String>,
    },
    Identifier {
        pos: usize,
        name: String,
    },
    Variable {
        pos: usize,
        ident: Vec<String>,
    },
    Pipe(Box<Pipe>),
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number(Box<NumberNode>),
    String {
        pos: usize,
        quoted: String,
        text: Arc<[u8]>,
    },
}

/// Go's `parse.NumberNode`: a constant with every type that can represent it.
#[derive(Debug, Clone, Default)]
struct NumberNode {
    pos: usize,
    text: String,
    is_int: bool,
    is_uint: bool,
    is_float: bool,
    is_complex: bool,
    int64: i64,
    float64: f64,
    complex: (f64, f64),
}

/// The node execution is at, for error messages (Go's `state.node`).
#[derive(Clone, Copy)]
enum At<'t> {
    Node(&'t Node),
    Pipe(&'t Pipe),
    Command(&'t Command),
    Arg(&'t Arg),
}

impl Arg {
    fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Identifier { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::String { pos, .. }
            | Arg::Dot(pos)
            | Arg::Nil(pos)
            | Arg::Bool(pos, _) => *pos,
            Arg::Pipe(pipe) => pipe.pos,
            Arg::Number(number) => number.pos,
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Arg::Field { ident, .. } => {
                for name in ident {
                    out.push('.');
                    out.push_str(name);
                }
            }
            Arg::Chain { node, field, .. } => {
                if let Arg::Pipe(pipe) = node.as_ref() {
                    out.push('(');
                    pipe.write(out);
                    out.push(')');
                } else {
                    node.write(out);
                }
                for name in field {
                    out.push('.');
                    out.push_str(name);
                }
            }
            Arg::Identifier { name, .. } => out.push_str(name),
            Arg::Variable { ident, .. } => out.push_str(&ident.join(".")),
            Arg::Pipe(pipe) => pipe.write(out),
            Arg::Dot(_) => out.push('.'),
            Arg::Nil(_) => out.push_str("nil"),
            Arg::Bool(_, value) => out.push_str(if *value { "true" } else { "false" }),
            Arg::Number(number) => out.push_str(&number.text),
            Arg::String { quoted, .. } => out.push_str(quoted),
        }
    }

    fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

impl Pipe {
    fn write(&self, out: &mut String) {
        if !self.decl.is_empty() {
            out.push_str(&self.decl.join(", "));
            out.push_str(if self.is_assign { " = " } else { " := " });
        }
        for (index, command) in self.cmds.iter().enumerate() {
            if index > 0 {
                out.push_str(" | ");
            }
            command.write(out);
        }
    }
}

impl Command {
    fn write(&self, out: &mut String) {
        for (index, arg) in self.args.iter().enumerate() {
            if index > 0 {
                out.push(' ');
            }
            if let Arg::Pipe(pipe) = arg {
                out.push('(');
                pipe.write(out);
                out.push(')');
            } else {
                arg.write(out);
            }
        }
    }
}

fn write_list(list: &[Node], out: &mut String) {
    for node in list {
        node.write(out);
    }
}

impl Node {
    fn write(&self, out: &mut String) {
        match self {
            Node::Text(text) => out.push_str(text),
            Node::Action(pipe) => {
                out.push_str("{{");
                pipe.write(out);
                out.push_str("}}");
            }
            Node::If(branch) => branch.write("if", out),
            Node::Range(branch) => branch.write("range", out),
            Node::With(branch) => branch.write("with", out),
            Node::Template(call) => {
                let TemplateCall { name, pipe, .. } = call.as_ref();
                out.push_str("{{template ");
                out.push_str(&quote(name.as_bytes(), b'"', false));
                if let Some(pipe) = pipe {
                    out.push(' ');
                    pipe.write(out);
                }
                out.push_str("}}");
            }
            Node::Break => out.push_str("{{break}}"),
            Node::Continue => out.push_str("{{continue}}"),
        }
    }

    /// Whether the node is empty for Go's `parse.IsEmptyTree` (space-only text).
    fn is_empty(&self) -> bool {
        match self {
            Node::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

impl Branch {
    fn write(&self, keyword: &str, out: &mut String) {
        out.push_str("{{");
        out.push_str(keyword);
        out.push(' ');
        self.pipe.write(out);
        out.push_str("}}");
        write_list(&self.list, out);
        if let Some(else_list) = &self.else_list {
            out.push_str("{{else}}");
            write_list(else_list, out);
        }
        out.push_str("{{end}}");
    }
}

impl<'t> At<'t> {
    fn context(self) -> String {
        let mut out = String::new();
        match self {
            At::Node(node) => node.write(&mut out),
            At::Pipe(pipe) => pipe.write(&mut out),
            At::Command(command) => command.write(&mut out),
            At::Arg(arg) => arg.write(&mut out),
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Parser (text/template/parse/parse.go)
// ---------------------------------------------------------------------------------------------

/// What a list item parsed to: a node, or the `{{end}}`/`{{else}}` that ends the list.
enum Parsed {
    Node(Node),
    End,
    Else,
}

impl Parsed {
    fn describe(&self) -> String {
        match self {
            Parsed::Node(node) => {
                let mut out = String::new();
                node.write(&mut out);
                out
            }
            Parsed::End => "{{end}}".into(),
            Parsed::Else => "{{else}}".into(),
        }
    }
}

/// Go's per-`Tree` parsing state; `define` and `block` parse with a fresh one.
struct TreeState {
    token: [Item; 3],
    peek_count: usize,
    vars: Vec<String>,
    action_line: usize,
    range_depth: usize,
}

impl TreeState {
    fn new() -> TreeState {
        TreeState {
            token: [Item::zero(), Item::zero(), Item::zero()],
            peek_count: 0,
            vars: vec!["$".into()],
            action_line: 0,
            range_depth: 0,
        }
    }
}

const BUILTIN_FUNCTIONS: &[&str] = &[
    "and",
    "call",
    "html",
    "index",
    "slice",
    "js",
    "len",
    "not",
    "or",
    "print",
    "printf",
    "println",
    "urlquery",
    "eq",
    "ge",
    "gt",
    "le",
    "lt",
    "ne",
    "exists",
    "base64decode",
];

const MAX_PIPELINE_COMMANDS: usize = 100_000;

type ParseResult<T> = Result<T, GoTemplateError>;

struct Parser<'a> {
    lex: Lexer<'a>,
    tree: TreeState,
    templates: BTreeMap<String, Vec<Node>>,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            lex: Lexer::new(text),
            tree: TreeState::new(),
            templates: BTreeMap::new(),
            depth: 0,
        }
    }

    /// Go's `Tree.errorf`: the line is that of the token read last.
    fn errorf(&self, message: String) -> GoTemplateError {
        errorf_at_line(self.tree.token[0].line, &message)
    }

    fn next(&mut self) -> Item {
        if self.tree.peek_count > 0 {
            self.tree.peek_count -= 1;
        } else {
            self.tree.token[0] = self.lex.next_item();
        }
        self.tree.token[self.tree.peek_count.min(2)].clone()
    }

    fn backup(&mut self) {
        self.tree.peek_count += 1;
    }

    fn backup2(&mut self, t1: Item) {
        self.tree.token[1] = t1;
        self.tree.peek_count = 2;
    }

    fn backup3(&mut self, t2: Item, t1: Item) {
        self.tree.token[1] = t1;
        self.tree.token[2] = t2;
        self.tree.peek_count = 3;
    }

    fn peek(&mut self) -> Item {
        if self.tree.peek_count > 0 {
            return self.tree.token[(self.tree.peek_count - 1).min(2)].clone();
        }
        self.tree.peek_count = 1;
        self.tree.token[0] = self.lex.next_item();
        self.tree.token[0].clone()
    }

    fn next_non_space(&mut self) -> Item {
        loop {
            let token = self.next();
            if token.typ != ItemType::Space {
                return token;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item {
        let token = self.next_non_space();
        self.backup();
        token
    }

    fn expect(&mut self, expected: ItemType, context: &str) -> ParseResult<Item> {
        let token = self.next_non_space();
        if token.typ != expected {
            return Err(self.unexpected(&token, context));
        }
        Ok(token)
    }

    fn unexpected(&self, token: &Item, context: &str) -> GoTemplateError {
        if token.typ == ItemType::Error {
            let mut extra = String::new();
            if self.tree.action_line != 0 && self.tree.action_line != token.line {
                extra = format!(" in action started at output:{}", self.tree.action_line);
                if token.val.ends_with(" action") {
                    extra = extra.split_off(" in action".len());
                }
            }
            return self.errorf(format!("{}{extra}", token.val));
        }
        self.errorf(format!("unexpected {} in {context}", token.describe()))
    }

    fn enter(&mut self) -> ParseResult<()> {
        if self.depth >= MAX_PARSE_DEPTH {
            return Err(self.errorf("max expression depth exceeded".into()));
        }
        self.depth += 1;
        Ok(())
    }

    /// Go's `Tree.add`: installs a template unless a non-empty one has the name.
    fn add(&mut self, name: String, root: Vec<Node>, error_line: usize) -> ParseResult<()> {
        let existing_empty = self
            .templates
            .get(&name)
            .is_none_or(|list| list.iter().all(Node::is_empty));
        if existing_empty {
            self.templates.insert(name, root);
            return Ok(());
        }
        if !root.iter().all(Node::is_empty) {
            return Err(errorf_at_line(
                error_line,
                &format!(
                    "template: multiple definition of template {}",
                    quote(name.as_bytes(), b'"', false)
                ),
            ));
        }
        Ok(())
    }

    /// Go's `Tree.parse` for the top-level template, with its `{{define}}`s.
    fn parse(&mut self) -> ParseResult<()> {
        let mut root = Vec::new();
        while self.peek().typ != ItemType::Eof {
            if self.peek().typ == ItemType::LeftDelim {
                let delim = self.next();
                if self.next_non_space().typ == ItemType::Define {
                    let outer = std::mem::replace(&mut self.tree, TreeState::new());
                    self.parse_definition()?;
                    self.tree = outer;
                    continue;
                }
                self.backup2(delim);
            }
            match self.text_or_action()? {
                Parsed::Node(node) => root.push(node),
                other => return Err(self.errorf(format!("unexpected {}", other.describe()))),
            }
        }
        let line = self.tree.token[0].line;
        self.add("output".into(), root, line)
    }

    fn parse_definition(&mut self) -> ParseResult<()> {
        const CONTEXT: &str = "define clause";
        let token = self.next_non_space();
        if token.typ != ItemType::String && token.typ != ItemType::RawString {
            return Err(self.unexpected(&token, CONTEXT));
        }
        let name = self.unquote_name(&token.val)?;
        self.expect(ItemType::RightDelim, CONTEXT)?;
        let (root, end) = self.item_list()?;
        if !matches!(end, Parsed::End) {
            return Err(self.errorf(format!("unexpected {} in {CONTEXT}", end.describe())));
        }
        let line = self.tree.token[0].line;
        self.add(name, root, line)
    }

    fn unquote_name(&self, quoted: &str) -> ParseResult<String> {
        match unquote(quoted) {
            Some(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
            None => Err(self.errorf("invalid syntax".into())),
        }
    }

    fn item_list(&mut self) -> ParseResult<(Vec<Node>, Parsed)> {
        let mut list = Vec::new();
        while self.peek_non_space().typ != ItemType::Eof {
            match self.text_or_action()? {
                Parsed::Node(node) => list.push(node),
                end => return Ok((list, end)),
            }
        }
        Err(self.errorf("unexpected EOF".into()))
    }

    fn text_or_action(&mut self) -> ParseResult<Parsed> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::Text => Ok(Parsed::Node(Node::Text(token.val))),
            ItemType::LeftDelim => {
                self.tree.action_line = token.line;
                let result = self.action();
                self.tree.action_line = 0;
                result
            }
            _ => Err(self.unexpected(&token, "input")),
        }
    }

    fn action(&mut self) -> ParseResult<Parsed> {
        let typ = self.next_non_space().typ;
        match typ {
            ItemType::Block => self.block_control(),
            ItemType::If => Ok(Parsed::Node(Node::If(self.parse_control("if")?))),
            ItemType::Range => Ok(Parsed::Node(Node::Range(self.parse_control("range")?))),
            ItemType::With => Ok(Parsed::Node(Node::With(self.parse_control("with")?))),
            ItemType::Template => self.template_control(),
            ItemType::Break | ItemType::Continue | ItemType::Else | ItemType::End => {
                self.keyword_control(typ)
            }
            _ => {
                self.backup();
                let pipe = self.pipeline("command", ItemType::RightDelim)?;
                Ok(Parsed::Node(Node::Action(Box::new(pipe))))
            }
        }
    }

    /// `{{break}}`, `{{continue}}`, `{{else}}` (or the `else` of `else if`/`else with`), `{{end}}`.
    fn keyword_control(&mut self, typ: ItemType) -> ParseResult<Parsed> {
        match typ {
            ItemType::Break | ItemType::Continue => {
                let keyword = if typ == ItemType::Break {
                    "break"
                } else {
                    "continue"
                };
                let next = self.next_non_space();
                if next.typ != ItemType::RightDelim {
                    return Err(self.unexpected(&next, &format!("{{{{{keyword}}}}}")));
                }
                if self.tree.range_depth == 0 {
                    return Err(self.errorf(format!("{{{{{keyword}}}}} outside {{{{range}}}}")));
                }
                Ok(Parsed::Node(if typ == ItemType::Break {
                    Node::Break
                } else {
                    Node::Continue
                }))
            }
            ItemType::Else => {
                let peek = self.peek_non_space();
                if peek.typ != ItemType::If && peek.typ != ItemType::With {
                    self.expect(ItemType::RightDelim, "else")?;
                }
                Ok(Parsed::Else)
            }
            _ => {
                self.expect(ItemType::RightDelim, "end")?;
                Ok(Parsed::End)
            }
        }
    }

    fn pipeline(&mut self, context: &str, end: ItemType) -> ParseResult<Pipe> {
        let token = self.peek_non_space();
        let mut pipe = Pipe {
            pos: token.pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        loop {
            let variable = self.peek_non_space();
            if variable.typ != ItemType::Variable {
                break;
            }
            self.next();
            let token_after_variable = self.peek();
            let next = self.peek_non_space();
            if next.typ == ItemType::Assign || next.typ == ItemType::Declare {
                pipe.is_assign = next.typ == ItemType::Assign;
                self.next_non_space();
                pipe.decl.push(variable.val.clone());
                self.tree.vars.push(variable.val);
            } else if next.typ == ItemType::Char && next.val == "," {
                self.next_non_space();
                pipe.decl.push(variable.val.clone());
                self.tree.vars.push(variable.val);
                if context == "range" && pipe.decl.len() < 2 {
                    match self.peek_non_space().typ {
                        ItemType::Variable | ItemType::RightDelim | ItemType::RightParen => {
                            continue
                        }
                        _ => return Err(self.errorf("range can only initialize variables".into())),
                    }
                }
                return Err(self.errorf(format!("too many declarations in {context}")));
            } else if token_after_variable.typ == ItemType::Space {
                self.backup3(variable, token_after_variable);
            } else {
                self.backup2(variable);
            }
            break;
        }
        loop {
            let token = self.next_non_space();
            match token.typ {
                typ if typ == end => {
                    self.check_pipeline(&pipe, context)?;
                    return Ok(pipe);
                }
                ItemType::Bool
                | ItemType::CharConstant
                | ItemType::Complex
                | ItemType::Dot
                | ItemType::Field
                | ItemType::Identifier
                | ItemType::Number
                | ItemType::Nil
                | ItemType::RawString
                | ItemType::String
                | ItemType::Variable
                | ItemType::LeftParen => {
                    self.backup();
                    let command = self.command()?;
                    pipe.cmds.push(command);
                    if pipe.cmds.len() > MAX_PIPELINE_COMMANDS {
                        return Err(self.errorf("pipeline too long".into()));
                    }
                }
                _ => return Err(self.unexpected(&token, context)),
            }
        }
    }

    fn check_pipeline(&self, pipe: &Pipe, context: &str) -> ParseResult<()> {
        if pipe.cmds.is_empty() {
            return Err(self.errorf(format!("missing value for {context}")));
        }
        for (index, command) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                command.args.first(),
                Some(
                    Arg::Bool(..) | Arg::Dot(_) | Arg::Nil(_) | Arg::Number(_) | Arg::String { .. }
                )
            ) {
                return Err(self.errorf(format!(
                    "non executable command in pipeline stage {}",
                    index + 1
                )));
            }
        }
        Ok(())
    }

    fn parse_control(&mut self, context: &'static str) -> ParseResult<Box<Branch>> {
        self.enter()?;
        let vars = self.tree.vars.len();
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        if context == "range" {
            self.tree.range_depth += 1;
        }
        let (list, next) = self.item_list()?;
        if context == "range" {
            self.tree.range_depth -= 1;
        }
        let else_list = match next {
            Parsed::Else => Some(self.else_list(context)?),
            _ => None,
        };
        self.tree.vars.truncate(vars);
        self.depth -= 1;
        Ok(Box::new(Branch {
            pipe,
            list,
            else_list,
        }))
    }

    /// The list after `{{else}}`; `else if`/`else with` nest the next control as its only node.
    fn else_list(&mut self, context: &'static str) -> ParseResult<Vec<Node>> {
        let peek = self.peek().typ;
        if context == "if" && peek == ItemType::If {
            self.next();
            return Ok(vec![Node::If(self.parse_control("if")?)]);
        }
        if context == "with" && peek == ItemType::With {
            self.next();
            return Ok(vec![Node::With(self.parse_control("with")?)]);
        }
        let (list, next) = self.item_list()?;
        if !matches!(next, Parsed::End) {
            return Err(self.errorf(format!("expected end; found {}", next.describe())));
        }
        Ok(list)
    }

    fn block_control(&mut self) -> ParseResult<Parsed> {
        const CONTEXT: &str = "block clause";
        self.enter()?;
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, CONTEXT)?;
        let pipe = self.pipeline(CONTEXT, ItemType::RightDelim)?;
        let outer = std::mem::replace(&mut self.tree, TreeState::new());
        let (root, end) = self.item_list()?;
        let block = std::mem::replace(&mut self.tree, outer);
        if !matches!(end, Parsed::End) {
            return Err(self.errorf(format!("unexpected {} in {CONTEXT}", end.describe())));
        }
        self.add(name.clone(), root, block.token[0].line)?;
        self.depth -= 1;
        Ok(Parsed::Node(Node::Template(Box::new(TemplateCall {
            pos: token.pos,
            name,
            pipe: Some(pipe),
        }))))
    }

    fn template_control(&mut self) -> ParseResult<Parsed> {
        const CONTEXT: &str = "template clause";
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, CONTEXT)?;
        let mut pipe = None;
        if self.next_non_space().typ != ItemType::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(CONTEXT, ItemType::RightDelim)?);
        }
        Ok(Parsed::Node(Node::Template(Box::new(TemplateCall {
            pos: token.pos,
            name,
            pipe,
        }))))
    }

    fn parse_template_name(&self, token: &Item, context: &str) -> ParseResult<String> {
        match token.typ {
            ItemType::String | ItemType::RawString => self.unquote_name(&token.val),
            _ => Err(self.unexpected(token, context)),
        }
    }

    fn command(&mut self) -> ParseResult<Command> {
        let mut command = Command {
            pos: self.peek_non_space().pos,
            args: Vec::new(),
        };
        loop {
            self.peek_non_space();
            if let Some(operand) = self.operand()? {
                command.args.push(operand);
            }
            let token = self.next();
            match token.typ {
                ItemType::Space => continue,
                ItemType::RightDelim | ItemType::RightParen => self.backup(),
                ItemType::Pipe => {}
                _ => return Err(self.unexpected(&token, "operand")),
            }
            break;
        }
        if command.args.is_empty() {
            return Err(self.errorf("empty command".into()));
        }
        Ok(command)
    }

    fn operand(&mut self) -> ParseResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().typ != ItemType::Field {
            return Ok(Some(node));
        }
        self.field_chain(node).map(Some)
    }

    /// `term.Field...`: more fields on a field or variable, else a chain node.
    fn field_chain(&mut self, node: Arg) -> ParseResult<Arg> {
        let pos = self.peek().pos;
        let mut field = Vec::new();
        while self.peek().typ == ItemType::Field {
            let token = self.next();
            field.push(token.val.get(1..).unwrap_or("").to_string());
        }
        Ok(match node {
            Arg::Field { mut ident, .. } => {
                ident.append(&mut field);
                Arg::Field { pos, ident }
            }
            Arg::Variable { mut ident, .. } => {
                ident.append(&mut field);
                Arg::Variable { pos, ident }
            }
            Arg::Bool(..) | Arg::String { .. } | Arg::Number(_) | Arg::Nil(_) | Arg::Dot(_) => {
                let text = node.to_text();
                return Err(self.errorf(format!(
                    "unexpected . after term {}",
                    quote(text.as_bytes(), b'"', false)
                )));
            }
            node => Arg::Chain {
                pos,
                node: Box::new(node),
                field,
            },
        })
    }

    fn term(&mut self) -> ParseResult<Option<Arg>> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::LeftParen => {
                self.enter()?;
                let pipe = self.pipeline("parenthesized pipeline", ItemType::RightParen)?;
                self.depth -= 1;
                Ok(Some(Arg::Pipe(Box::new(pipe))))
            }
            _ => self.simple_term(token),
        }
    }

    /// A term other than a parenthesized pipeline (`None`: the token is no term).
    fn simple_term(&mut self, token: Item) -> ParseResult<Option<Arg>> {
        let pos = token.pos;
        Ok(Some(match token.typ {
            ItemType::Identifier => {
                if !BUILTIN_FUNCTIONS.contains(&token.val.as_str()) {
                    return Err(self.errorf(format!(
                        "function {} not defined",
                        quote(token.val.as_bytes(), b'"', false)
                    )));
                }
                Arg::Identifier {
                    pos,
                    name: token.val,
                }
            }
            ItemType::Dot => Arg::Dot(pos),
            ItemType::Nil => Arg::Nil(pos),
            ItemType::Variable => {
                let ident: Vec<String> = token.val.split('.').map(str::to_string).collect();
                let name = ident.first().map_or("", String::as_str);
                if !self.tree.vars.iter().any(|known| known == name) {
                    return Err(self.errorf(format!(
                        "undefined variable {}",
                        quote(name.as_bytes(), b'"', false)
                    )));
                }
                Arg::Variable { pos, ident }
            }
            ItemType::Field => Arg::Field {
                pos,
                ident: token
                    .val
                    .get(1..)
                    .unwrap_or("")
                    .split('.')
                    .map(str::to_string)
                    .collect(),
            },
            ItemType::Bool => Arg::Bool(pos, token.val == "true"),
            ItemType::CharConstant | ItemType::Complex | ItemType::Number => {
                match parse_number(pos, &token.val, token.typ) {
                    Ok(number) => Arg::Number(Box::new(number)),
                    Err(message) => return Err(self.errorf(message)),
                }
            }
            ItemType::String | ItemType::RawString => match unquote(&token.val) {
                Some(text) => Arg::String {
                    pos,
                    quoted: token.val,
                    text: text.into(),
                },
                None => return Err(self.errorf("invalid syntax".into())),
            },
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

fn errorf_at_line(line: usize, message: &str) -> GoTemplateError {
    error(format!("template: output:{line}: {message}"))
}

/// Go's `parse.newNumber`: the constant's value under every type that can hold it.
fn parse_number(pos: usize, text: &str, typ: ItemType) -> Result<NumberNode, String> {
    let mut number = NumberNode {
        pos,
        text: text.to_string(),
        ..NumberNode::default()
    };
    if typ == ItemType::CharConstant {
        let inner = text.get(1..).unwrap_or("").as_bytes();
        let (rune, _, tail) = crate::go_strconv::unquote_char(inner, b'\'')
            .ok_or_else(|| "invalid syntax".to_string())?;
        if tail != b"'" {
            return Err(format!("malformed character constant: {text}"));
        }
        number.is_int = true;
        number.is_uint = true;
        number.is_float = true;
        number.int64 = i64::from(rune);
        number.float64 = f64::from(rune);
        return Ok(number);
    }
    if typ == ItemType::Complex {
        let (real, imaginary) = parse_complex(text).ok_or_else(|| {
            format!(
                "strconv.ParseFloat: parsing {}: invalid syntax",
                quote(text.as_bytes(), b'"', false)
            )
        })?;
        number.is_complex = true;
        number.complex = (real, imaginary);
        return Ok(number);
    }
    if let Some(imaginary) = text
        .strip_suffix('i')
        .and_then(crate::go_strconv::parse_float)
    {
        number.is_complex = true;
        number.complex = (0.0, imaginary);
        return Ok(number);
    }
    let unsigned = crate::go_strconv::parse_uint(text, 0, 64).ok();
    if let Some(value) = unsigned {
        number.is_uint = true;
        number.float64 = value as f64;
    }
    if let Some(value) = crate::go_strconv::parse_int(text, 0) {
        number.is_int = true;
        number.int64 = value;
        if value == 0 {
            number.is_uint = true;
        }
    }
    if number.is_int {
        number.is_float = true;
        number.float64 = number.int64 as f64;
    } else if number.is_uint {
        number.is_float = true;
    } else if let Some(value) = crate::go_strconv::parse_float(text) {
        if !text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Err(format!(
                "integer overflow: {}",
                quote(text.as_bytes(), b'"', false)
            ));
        }
        number.is_float = true;
        number.float64 = value;
        if value.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&value) {
            number.is_int = true;
            number.int64 = value as i64;
        }
        if value.fract() == 0.0 && (0.0..2.0 * TWO_POW_63).contains(&value) {
            number.is_uint = true;
        }
    }
    if !number.is_int && !number.is_uint && !number.is_float {
        return Err(format!(
            "illegal number syntax: {}",
            quote(text.as_bytes(), b'"', false)
        ));
    }
    Ok(number)
}

/// `fmt.Sscan` of a complex constant such as `1+2i` (the lexer checked its shape).
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let body = text.strip_suffix('i')?;
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&index| {
        matches!(bytes.get(index), Some(b'+' | b'-'))
            && !matches!(bytes.get(index - 1), Some(b'e' | b'E' | b'p' | b'P'))
    })?;
    let real = crate::go_strconv::parse_float(body.get(..split)?)?;
    let imaginary = crate::go_strconv::parse_float(body.get(split..)?)?;
    Some((real, imaginary))
}

// ---------------------------------------------------------------------------------------------
// Values (the reflect.Values a template sees)
// ---------------------------------------------------------------------------------------------

static NULL_VALUE: Value = Value::Null;

/// 2^63: float64s in `-2^63..2^63` convert to int64 exactly.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// A Go string: bytes, borrowed from the data or created by the template.
#[derive(Debug, Clone)]
enum GoStr<'d> {
    Data(&'d str),
    Owned(Arc<[u8]>),
}

impl GoStr<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            GoStr::Data(text) => text.as_bytes(),
            GoStr::Owned(bytes) => bytes,
        }
    }
}

/// A `[]interface{}`: a window of `len` elements (capacity `cap`) on a data array; elements
/// past the data are nil (slicing may reach up to the capacity `encoding/json` gave the array).
#[derive(Debug, Clone, Copy)]
struct GoSlice<'d> {
    items: &'d [Value],
    len: usize,
    cap: usize,
}

impl<'d> GoSlice<'d> {
    fn from_data(items: &'d [Value]) -> GoSlice<'d> {
        GoSlice {
            items,
            len: items.len(),
            cap: json_slice_capacity(items.len()),
        }
    }

    fn element(&self, index: usize) -> Val<'d> {
        Val::Iface(self.items.get(index).unwrap_or(&NULL_VALUE))
    }
}

/// The capacity `encoding/json` leaves on a decoded `[]interface{}` of `len` elements: it
/// appends one by one from `make([]any, 0)` (Go's `growslice`, 16-byte elements, size classes).
fn json_slice_capacity(len: usize) -> usize {
    const SIZE_CLASSES: &[usize] = &[
        16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
        384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
        2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
        10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
        32768,
    ];
    let mut cap: usize = 0;
    while cap < len {
        let needed = cap + 1;
        let mut new_cap = if cap < 256 {
            (cap * 2).max(needed)
        } else {
            cap
        };
        while new_cap < needed {
            new_cap += (new_cap + 768) >> 2;
        }
        let bytes = new_cap.saturating_mul(16);
        let rounded = match SIZE_CLASSES.iter().find(|&&class| class >= bytes) {
            Some(&class) => class,
            None => bytes.div_ceil(8192).saturating_mul(8192),
        };
        cap = rounded / 16;
    }
    cap
}

/// A Go value as `text/template` handles it (a `reflect.Value` of the data or of a constant).
#[derive(Debug, Clone)]
enum Val<'d> {
    /// The zero `reflect.Value`: a missing key, a nil interface taken out of the data.
    Invalid,
    /// An `interface{}` slot of the data (map value, slice element); `Null` is a nil interface.
    Iface(&'d Value),
    Map(&'d Map<String, Value>),
    Slice(GoSlice<'d>),
    Str(GoStr<'d>),
    Bool(bool),
    /// Go `int` (constants, `len`, range indices).
    Int(i64),
    /// `int64`: JSON integers.
    Int64(i64),
    /// `uint8`: a byte of an indexed string.
    Uint8(u8),
    Float64(f64),
    Complex(f64, f64),
}

impl<'d> Val<'d> {
    /// The concrete value of data as `json.Unmarshal` (with int preservation) makes it after
    /// kubectl's `json.Marshal`: integral numbers that print without exponent become `int64`.
    fn from_data(value: &'d Value) -> Val<'d> {
        match value {
            Value::Null => Val::Invalid,
            Value::Bool(flag) => Val::Bool(*flag),
            Value::Number(number) => match number.as_i64() {
                Some(integer) => Val::Int64(integer),
                None => {
                    let float = number.as_f64().unwrap_or(0.0);
                    if float.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&float) {
                        Val::Int64(float as i64)
                    } else {
                        Val::Float64(float)
                    }
                }
            },
            Value::String(text) => Val::Str(GoStr::Data(text)),
            Value::Array(items) => Val::Slice(GoSlice::from_data(items)),
            Value::Object(map) => Val::Map(map),
        }
    }

    fn text(text: &str) -> Val<'d> {
        Val::Str(GoStr::Owned(text.as_bytes().into()))
    }

    fn bytes(bytes: Vec<u8>) -> Val<'d> {
        Val::Str(GoStr::Owned(bytes.into()))
    }

    /// Go's `indirectInterface`: the concrete value in an interface slot (nil: `Invalid`).
    fn concrete(&self) -> Val<'d> {
        match self {
            Val::Iface(value) => Val::from_data(value),
            other => other.clone(),
        }
    }

    /// `reflect.Type.String()`.
    fn type_name(&self) -> &'static str {
        match self {
            Val::Invalid => "<nil>",
            Val::Iface(_) => "interface {}",
            Val::Map(_) => "map[string]interface {}",
            Val::Slice(_) => "[]interface {}",
            Val::Str(_) => "string",
            Val::Bool(_) => "bool",
            Val::Int(_) => "int",
            Val::Int64(_) => "int64",
            Val::Uint8(_) => "uint8",
            Val::Float64(_) => "float64",
            Val::Complex(..) => "complex128",
        }
    }

    /// Go's `isTrue` of a concrete value.
    fn is_true(&self) -> bool {
        match self {
            Val::Invalid => false,
            Val::Iface(value) => !value.is_null(),
            Val::Map(map) => !map.is_empty(),
            Val::Slice(slice) => slice.len > 0,
            Val::Str(text) => !text.bytes().is_empty(),
            Val::Bool(flag) => *flag,
            Val::Int(number) | Val::Int64(number) => *number != 0,
            Val::Uint8(number) => *number != 0,
            Val::Float64(number) => *number != 0.0,
            Val::Complex(real, imaginary) => *real != 0.0 || *imaginary != 0.0,
        }
    }

    /// The integer of an int-kind value (`reflect.Value.Int`/`Uint`).
    fn integer(&self) -> Option<i64> {
        match self {
            Val::Int(number) | Val::Int64(number) => Some(*number),
            Val::Uint8(number) => Some(i64::from(*number)),
            _ => None,
        }
    }

    /// `reflect.Value.String()`: the text of a string, `<T Value>` otherwise.
    fn reflect_string(&self) -> String {
        match self {
            Val::Str(text) => String::from_utf8_lossy(text.bytes()).into_owned(),
            Val::Invalid => "<invalid Value>".into(),
            other => format!("<{} Value>", other.type_name()),
        }
    }

    /// `fmt.Sprintf("%v", value)` (or another verb), for error messages.
    fn sprint(&self, verb: char) -> String {
        let mut printer = Printer::default();
        printer.print_value(self, verb, 0);
        String::from_utf8_lossy(&printer.buf).into_owned()
    }
}

// ---------------------------------------------------------------------------------------------
// Execution (text/template/exec.go)
// ---------------------------------------------------------------------------------------------

type ExecResult<T> = Result<T, GoTemplateError>;

type RangeItems<'d> = Box<dyn Iterator<Item = (Val<'d>, Val<'d>)> + 'd>;

/// How a list ended: normally, or by `{{break}}`/`{{continue}}` for the enclosing range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

/// The parameter type of a function argument, as `evalArg` sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ParamType {
    /// No type (`evalArg(dot, nil, node)` of a chain's head).
    Untyped,
    /// `reflect.Value`.
    Reflect,
    /// `interface{}`.
    Any,
    /// `string`.
    String,
}

struct State<'t, 'd> {
    template: &'t GoTemplate,
    name: &'t str,
    missing_key_error: bool,
    vars: Vec<(&'t str, Val<'d>)>,
    node: Option<At<'t>>,
    out: Vec<u8>,
    /// Nesting of template calls and control structures being executed.
    depth: usize,
    steps: u64,
}

impl<'t, 'd> State<'t, 'd> {
    fn at(&mut self, node: At<'t>) {
        self.node = Some(node);
    }

    /// Go's `state.errorf`: where execution is (`Tree.ErrorContext`: line, byte column and
    /// the node's text) and in which template.
    fn errorf(&self, message: String) -> GoTemplateError {
        let name = quote(self.name.as_bytes(), b'"', false);
        let Some(node) = self.node else {
            return error(format!("template: {}: {message}", self.name));
        };
        let pos = match node {
            At::Node(Node::Action(pipe)) => pipe.pos,
            At::Pipe(pipe) => pipe.pos,
            At::Node(Node::If(branch) | Node::Range(branch) | Node::With(branch)) => {
                branch.pipe.pos
            }
            At::Node(Node::Template(call)) => call.pos,
            At::Node(_) => 0,
            At::Command(command) => command.pos,
            At::Arg(arg) => arg.pos(),
        };
        let before = self.template.text.get(..pos).unwrap_or("");
        let line = 1 + before.matches('\n').count();
        let column = before.rfind('\n').map_or(pos, |newline| pos - newline - 1);
        error(format!(
            "template: output:{line}:{column}: executing {name} at <{}>: {message}",
            node.context()
        ))
    }

    fn step(&mut self) -> ExecResult<()> {
        self.charge(1)
    }

    /// Counts `steps` of work (a node, an iteration, 64 bytes of string a function handled).
    fn charge(&mut self, steps: usize) -> ExecResult<()> {
        self.steps = self.steps.saturating_add(steps as u64);
        if self.steps > MAX_EXEC_STEPS {
            return Err(self.errorf(format!(
                "template execution stopped after {MAX_EXEC_STEPS} steps (kubeplay limit)"
            )));
        }
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> ExecResult<()> {
        if self.out.len() + bytes.len() > MAX_OUTPUT_BYTES {
            return Err(self.errorf(format!(
                "template output exceeds {MAX_OUTPUT_BYTES} bytes (kubeplay limit)"
            )));
        }
        self.out.extend_from_slice(bytes);
        Ok(())
    }

    fn set_var(&mut self, name: &str, value: Val<'d>) -> ExecResult<()> {
        match self.vars.iter_mut().rev().find(|(known, _)| *known == name) {
            Some(slot) => {
                slot.1 = value;
                Ok(())
            }
            None => Err(self.errorf(format!("undefined variable: {name}"))),
        }
    }

    fn set_top_var(&mut self, n: usize, value: Val<'d>) {
        let len = self.vars.len();
        if let Some(slot) = len
            .checked_sub(n)
            .and_then(|index| self.vars.get_mut(index))
        {
            slot.1 = value;
        }
    }

    fn var_value(&self, name: &str) -> ExecResult<Val<'d>> {
        match self.vars.iter().rev().find(|(known, _)| *known == name) {
            Some((_, value)) => Ok(value.clone()),
            None => Err(self.errorf(format!("undefined variable: {name}"))),
        }
    }

    fn walk_list(&mut self, dot: &Val<'d>, list: &'t [Node]) -> ExecResult<Flow> {
        for node in list {
            let flow = self.walk(dot, node)?;
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    /// Go's `state.walk` of one node.
    fn walk(&mut self, dot: &Val<'d>, node: &'t Node) -> ExecResult<Flow> {
        self.at(At::Node(node));
        self.step()?;
        match node {
            Node::Action(pipe) => {
                let value = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    self.print_value(node, &value)?;
                }
            }
            Node::Break => return Ok(Flow::Break),
            Node::Continue => return Ok(Flow::Continue),
            Node::If(branch) | Node::With(branch) | Node::Range(branch) => {
                self.depth += 1;
                let flow = match node {
                    Node::Range(_) => self.walk_range(dot, node, branch),
                    _ => self.walk_if_or_with(matches!(node, Node::With(_)), dot, branch),
                };
                self.depth -= 1;
                return flow;
            }
            Node::Template(call) => self.walk_template(dot, node, call)?,
            Node::Text(text) => self.write(text.as_bytes())?,
        }
        Ok(Flow::Normal)
    }

    /// Go's `printValue`: an action's value as `fmt.Fprint` writes it.
    fn print_value(&mut self, node: &'t Node, value: &Val<'d>) -> ExecResult<()> {
        self.at(At::Node(node));
        let mut printer = Printer::default();
        match value {
            Val::Invalid => printer.buf.extend_from_slice(b"<no value>"),
            value => printer.print_arg(value, 'v'),
        }
        self.write(&printer.buf)
    }

    fn walk_if_or_with(
        &mut self,
        with: bool,
        dot: &Val<'d>,
        branch: &'t Branch,
    ) -> ExecResult<Flow> {
        let mark = self.vars.len();
        let value = self.eval_pipeline(dot, &branch.pipe)?;
        let flow = if value.concrete().is_true() {
            if with {
                self.walk_list(&value, &branch.list)?
            } else {
                self.walk_list(dot, &branch.list)?
            }
        } else if let Some(else_list) = &branch.else_list {
            self.walk_list(dot, else_list)?
        } else {
            Flow::Normal
        };
        self.vars.truncate(mark);
        Ok(flow)
    }

    /// Go's `walkRange`; `{{break}}` ends the loop, `{{continue}}` an iteration.
    fn walk_range(&mut self, dot: &Val<'d>, node: &'t Node, range: &'t Branch) -> ExecResult<Flow> {
        self.at(At::Node(node));
        let outer_mark = self.vars.len();
        let value = self.eval_pipeline(dot, &range.pipe)?.concrete();
        let items = self.range_items(value, range.pipe.decl.len())?;
        let mark = self.vars.len();
        let mut iterated = false;
        for (index, element) in items {
            iterated = true;
            if self.range_iteration(range, mark, index, element)? == Flow::Break {
                break;
            }
        }
        if !iterated {
            if let Some(else_list) = &range.else_list {
                self.walk_list(dot, else_list)?;
            }
        }
        self.vars.truncate(outer_mark);
        Ok(Flow::Normal)
    }

    /// The (index or key, element) pairs `range` visits: slice elements, map entries in key
    /// order, or `0..n` for an integer (Go 1.22+).
    fn range_items(&self, value: Val<'d>, decls: usize) -> ExecResult<RangeItems<'d>> {
        if value.integer().is_some() && decls > 1 {
            return Err(self.errorf(format!(
                "can't use {} to iterate over more than one variable",
                value.sprint('v')
            )));
        }
        Ok(match value {
            Val::Slice(slice) => Box::new(
                (0..slice.len)
                    .map(move |position| (Val::Int(position as i64), slice.element(position))),
            ),
            Val::Map(map) => Box::new(
                map.iter()
                    .map(|(key, element)| (Val::Str(GoStr::Data(key)), Val::Iface(element))),
            ),
            Val::Int(count) => Box::new((0..count).map(|index| (Val::Invalid, Val::Int(index)))),
            Val::Int64(count) => {
                Box::new((0..count).map(|index| (Val::Invalid, Val::Int64(index))))
            }
            Val::Uint8(count) => {
                Box::new((0..count).map(|index| (Val::Invalid, Val::Uint8(index))))
            }
            Val::Invalid => Box::new(std::iter::empty()),
            other => {
                return Err(self.errorf(format!("range can't iterate over {}", other.sprint('v'))))
            }
        })
    }

    fn range_iteration(
        &mut self,
        range: &'t Branch,
        mark: usize,
        index: Val<'d>,
        element: Val<'d>,
    ) -> ExecResult<Flow> {
        self.step()?;
        let decl = &range.pipe.decl;
        if let Some(first) = decl.first() {
            if range.pipe.is_assign {
                let value = if decl.len() > 1 {
                    index.clone()
                } else {
                    element.clone()
                };
                self.set_var(first, value)?;
            } else {
                self.set_top_var(1, element.clone());
            }
        }
        if let Some(second) = decl.get(1) {
            if range.pipe.is_assign {
                self.set_var(second, element.clone())?;
            } else {
                self.set_top_var(2, index);
            }
        }
        let flow = self.walk_list(&element, &range.list)?;
        self.vars.truncate(mark);
        Ok(flow)
    }

    fn walk_template(
        &mut self,
        dot: &Val<'d>,
        node: &'t Node,
        call: &'t TemplateCall,
    ) -> ExecResult<()> {
        self.at(At::Node(node));
        let name = call.name.as_str();
        let list = match self.template.templates.get(name) {
            Some(list) if self.depth < MAX_EXEC_DEPTH => list,
            _ => return Err(self.template_error(name)),
        };
        let dot = match &call.pipe {
            Some(pipe) => self.eval_pipeline(dot, pipe)?,
            None => Val::Invalid,
        };
        let vars = std::mem::replace(&mut self.vars, vec![("$", dot.clone())]);
        let caller = std::mem::replace(&mut self.name, name);
        self.depth += 1;
        self.walk_list(&dot, list)?;
        self.depth -= 1;
        self.name = caller;
        self.vars = vars;
        Ok(())
    }

    /// Why a template call fails: no such template, or nesting too deep.
    fn template_error(&self, name: &str) -> GoTemplateError {
        if self.template.templates.contains_key(name) {
            return self.errorf("exceeded maximum template depth (100000)".into());
        }
        self.errorf(format!(
            "template {} not defined",
            quote(name.as_bytes(), b'"', false)
        ))
    }

    /// Go's `evalPipeline`: each command gets the previous value as its last argument; the
    /// result leaves its `interface{}` slot; declared variables are pushed (or assigned).
    fn eval_pipeline(&mut self, dot: &Val<'d>, pipe: &'t Pipe) -> ExecResult<Val<'d>> {
        self.at(At::Pipe(pipe));
        let mut value: Option<Val<'d>> = None;
        for command in &pipe.cmds {
            let result = self.eval_command(dot, command, value.take())?;
            value = Some(result.concrete());
        }
        let value = value.unwrap_or(Val::Invalid);
        for name in &pipe.decl {
            if pipe.is_assign {
                self.set_var(name, value.clone())?;
            } else {
                self.vars.push((name, value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &[Arg], final_value: &Option<Val<'d>>) -> ExecResult<()> {
        if args.len() > 1 || final_value.is_some() {
            let first = args.first().map(Arg::to_text).unwrap_or_default();
            return Err(self.errorf(format!("can't give argument to non-function {first}")));
        }
        Ok(())
    }

    fn eval_command(
        &mut self,
        dot: &Val<'d>,
        command: &'t Command,
        final_value: Option<Val<'d>>,
    ) -> ExecResult<Val<'d>> {
        let Some(first) = command.args.first() else {
            return Ok(Val::Invalid);
        };
        match first {
            Arg::Field { ident, .. } => {
                self.at(At::Arg(first));
                return self.eval_field_chain(dot.clone(), ident, &command.args, final_value);
            }
            Arg::Chain { .. } => {
                return self.eval_chain_node(dot, first, &command.args, final_value)
            }
            Arg::Identifier { name, .. } => {
                self.at(At::Arg(first));
                return self.eval_call(dot, name, At::Command(command), &command.args, final_value);
            }
            Arg::Pipe(pipe) => {
                self.not_a_function(&command.args, &final_value)?;
                return self.eval_pipeline(dot, pipe);
            }
            Arg::Variable { .. } => {
                return self.eval_variable_node(first, &command.args, final_value)
            }
            _ => {}
        }
        self.at(At::Arg(first));
        self.not_a_function(&command.args, &final_value)?;
        match first {
            Arg::Bool(_, value) => Ok(Val::Bool(*value)),
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Err(self.errorf("nil is not a command".into())),
            Arg::Number(number) => self.ideal_constant(first, number),
            Arg::String { text, .. } => Ok(Val::Str(GoStr::Owned(text.clone()))),
            _ => Ok(Val::Invalid),
        }
    }

    fn ideal_constant(&mut self, arg: &'t Arg, number: &NumberNode) -> ExecResult<Val<'d>> {
        self.at(At::Arg(arg));
        let text = &number.text;
        let is_hex_int = text.len() > 2
            && (text.starts_with("0x") || text.starts_with("0X"))
            && !text.contains(['p', 'P']);
        if number.is_complex {
            return Ok(Val::Complex(number.complex.0, number.complex.1));
        }
        if number.is_float
            && !is_hex_int
            && !text.starts_with('\'')
            && text.contains(['.', 'e', 'E', 'p', 'P'])
        {
            return Ok(Val::Float64(number.float64));
        }
        if number.is_int {
            return Ok(Val::Int(number.int64));
        }
        if number.is_uint {
            return Err(self.errorf(format!("{text} overflows int")));
        }
        Ok(Val::Invalid)
    }

    fn eval_chain_node(
        &mut self,
        dot: &Val<'d>,
        chain: &'t Arg,
        args: &'t [Arg],
        final_value: Option<Val<'d>>,
    ) -> ExecResult<Val<'d>> {
        self.at(At::Arg(chain));
        let Arg::Chain { node, field, .. } = chain else {
            return Ok(Val::Invalid);
        };
        if let Arg::Nil(_) = node.as_ref() {
            return Err(self.errorf(format!(
                "indirection through explicit nil in {}",
                chain.to_text()
            )));
        }
        let receiver = self.eval_arg(dot, ParamType::Untyped, node)?;
        self.eval_field_chain(receiver, field, args, final_value)
    }

    fn eval_variable_node(
        &mut self,
        variable: &'t Arg,
        args: &'t [Arg],
        final_value: Option<Val<'d>>,
    ) -> ExecResult<Val<'d>> {
        self.at(At::Arg(variable));
        let Arg::Variable { ident, .. } = variable else {
            return Ok(Val::Invalid);
        };
        let value = self.var_value(ident.first().map_or("", String::as_str))?;
        if ident.len() == 1 {
            self.not_a_function(args, &final_value)?;
            return Ok(value);
        }
        self.eval_field_chain(value, ident.get(1..).unwrap_or(&[]), args, final_value)
    }

    /// Go's `evalFieldChain`: `.X.Y.Z` from the receiver; the last field gets the arguments.
    fn eval_field_chain(
        &mut self,
        mut receiver: Val<'d>,
        ident: &[String],
        args: &[Arg],
        final_value: Option<Val<'d>>,
    ) -> ExecResult<Val<'d>> {
        let Some((last, path)) = ident.split_last() else {
            return Ok(receiver);
        };
        for name in path {
            receiver = self.eval_field(name, &[], &None, receiver)?;
        }
        self.eval_field(last, args, &final_value, receiver)
    }

    /// Go's `evalField` on JSON data: a map key, else Go's errors for nil and other types.
    fn eval_field(
        &mut self,
        name: &str,
        args: &[Arg],
        final_value: &Option<Val<'d>>,
        receiver: Val<'d>,
    ) -> ExecResult<Val<'d>> {
        if let Val::Invalid = receiver {
            if self.missing_key_error {
                return Err(self.errorf(format!(
                    "nil data; no entry for key {}",
                    quote(name.as_bytes(), b'"', false)
                )));
            }
            return Ok(Val::Invalid);
        }
        let type_name = receiver.type_name();
        if let Val::Iface(Value::Null) = receiver {
            return Err(self.errorf(format!("nil pointer evaluating {type_name}.{name}")));
        }
        if let Val::Map(map) = receiver.concrete() {
            if args.len() > 1 || final_value.is_some() {
                return Err(self.errorf(format!("{name} is not a method but has arguments")));
            }
            return match map.get(name) {
                Some(value) => Ok(Val::Iface(value)),
                None if self.missing_key_error => Err(self.errorf(format!(
                    "map has no entry for key {}",
                    quote(name.as_bytes(), b'"', false)
                ))),
                None => Ok(Val::Invalid),
            };
        }
        Err(self.errorf(format!("can't evaluate field {name} in type {type_name}")))
    }

    /// Go's `evalArg`: an argument evaluated for a parameter of the given type.
    fn eval_arg(&mut self, dot: &Val<'d>, typ: ParamType, arg: &'t Arg) -> ExecResult<Val<'d>> {
        self.at(At::Arg(arg));
        let value = match arg {
            Arg::Dot(_) => dot.clone(),
            Arg::Nil(_) => {
                if typ == ParamType::String {
                    return Err(self.errorf("cannot assign nil to string".into()));
                }
                return Ok(Val::Invalid);
            }
            Arg::Field { ident, .. } => {
                self.eval_field_chain(dot.clone(), ident, std::slice::from_ref(arg), None)?
            }
            Arg::Variable { .. } => self.eval_variable_node(arg, &[], None)?,
            Arg::Pipe(pipe) => self.eval_pipeline(dot, pipe)?,
            Arg::Identifier { name, .. } => self.eval_call(dot, name, At::Arg(arg), &[], None)?,
            Arg::Chain { .. } => self.eval_chain_node(dot, arg, &[], None)?,
            Arg::String { text, .. } => return Ok(Val::Str(GoStr::Owned(text.clone()))),
            Arg::Bool(_, value) if typ != ParamType::String => return Ok(Val::Bool(*value)),
            Arg::Number(number) if typ != ParamType::String => {
                return self.ideal_constant(arg, number)
            }
            _ => return Err(self.expected_string(arg)),
        };
        self.validate_type(value, typ)
    }

    fn expected_string(&self, arg: &Arg) -> GoTemplateError {
        self.errorf(format!("expected string; found {}", arg.to_text()))
    }

    /// Go's `validateType` for the parameter types of the template functions.
    fn validate_type(&self, value: Val<'d>, typ: ParamType) -> ExecResult<Val<'d>> {
        if typ != ParamType::String {
            return Ok(value);
        }
        match value.concrete() {
            Val::Str(text) => Ok(Val::Str(text)),
            Val::Invalid if !matches!(value, Val::Iface(_)) => {
                Err(self.errorf("invalid value; expected string".into()))
            }
            concrete => {
                let got = if matches!(concrete, Val::Invalid) {
                    value.type_name()
                } else {
                    concrete.type_name()
                };
                Err(self.errorf(format!("wrong type for value; expected string; got {got}")))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Function calls and builtins (text/template/funcs.go, kubectl's exists and base64decode)
// ---------------------------------------------------------------------------------------------

/// A function's fixed parameters and the element type of its variadic one.
fn signature(name: &str) -> (&'static [ParamType], Option<ParamType>) {
    use ParamType::{Any, Reflect, String};
    match name {
        "and" | "or" | "call" | "index" | "slice" | "eq" => (&[Reflect], Some(Reflect)),
        "html" | "js" | "urlquery" | "print" | "println" => (&[], Some(Any)),
        "printf" => (&[String], Some(Any)),
        "len" | "not" => (&[Reflect], None),
        "exists" => (&[Any], Some(Any)),
        "base64decode" => (&[String], None),
        _ => (&[Reflect, Reflect], None),
    }
}

impl<'t, 'd> State<'t, 'd> {
    /// Go's `evalCall` of a builtin; `args` includes the function name first (or is empty).
    fn eval_call(
        &mut self,
        dot: &Val<'d>,
        name: &'t str,
        node: At<'t>,
        args: &'t [Arg],
        final_value: Option<Val<'d>>,
    ) -> ExecResult<Val<'d>> {
        let args = args.get(1..).unwrap_or(&[]);
        let (fixed, variadic) = signature(name);
        let given = args.len() + usize::from(final_value.is_some());
        self.check_arg_count(name, args.len(), given)?;
        if name == "and" || name == "or" {
            let mut value = Val::Invalid;
            for arg in args {
                value = self.eval_arg(dot, ParamType::Reflect, arg)?;
                if value.concrete().is_true() == (name == "or") {
                    return Ok(value);
                }
            }
            return Ok(final_value.unwrap_or(value));
        }
        let mut argv = Vec::with_capacity(given);
        for (index, arg) in args.iter().enumerate() {
            let typ = fixed
                .get(index)
                .copied()
                .or(variadic)
                .unwrap_or(ParamType::Any);
            argv.push(self.eval_arg(dot, typ, arg)?);
        }
        let mut callee = None;
        if let Some(value) = final_value {
            let typ = fixed
                .get(given - 1)
                .copied()
                .or(variadic)
                .unwrap_or(ParamType::Any);
            if args.is_empty() {
                callee = Some(value.reflect_string());
            }
            argv.push(self.validate_type(value, typ)?);
        }
        self.finish_call(name, node, args, &argv, callee)
    }

    fn check_arg_count(&self, name: &str, args: usize, given: usize) -> ExecResult<()> {
        let (fixed, variadic) = signature(name);
        if variadic.is_some() {
            if given < fixed.len() {
                return Err(self.errorf(format!(
                    "wrong number of args for {name}: want at least {} got {args}",
                    fixed.len()
                )));
            }
        } else if given != fixed.len() {
            return Err(self.errorf(format!(
                "wrong number of args for {name}: want {} got {given}",
                fixed.len()
            )));
        }
        Ok(())
    }

    /// Calls the builtin on its evaluated arguments (`callee`: the name `call` reports).
    fn finish_call(
        &mut self,
        name: &str,
        node: At<'t>,
        args: &[Arg],
        argv: &[Val<'d>],
        callee: Option<String>,
    ) -> ExecResult<Val<'d>> {
        let result = if name == "call" {
            let callee =
                callee.unwrap_or_else(|| args.first().map(Arg::to_text).unwrap_or_default());
            Err(match argv.first().map(Val::concrete) {
                None | Some(Val::Invalid) => "call of nil".to_string(),
                Some(function) => format!("non-function {callee} of type {}", function.type_name()),
            })
        } else {
            call_builtin(name, argv)
        };
        let text_len = |value: &Val<'_>| match value {
            Val::Str(text) => text.bytes().len(),
            Val::Iface(Value::String(text)) => text.len(),
            _ => 0,
        };
        let work: usize =
            argv.iter().map(text_len).sum::<usize>() + result.as_ref().map_or(0, text_len);
        self.charge(work / 64)?;
        result.map_err(|message| {
            self.at(node);
            self.errorf(format!("error calling {name}: {message}"))
        })
    }
}

fn call_builtin<'d>(name: &str, argv: &[Val<'d>]) -> Result<Val<'d>, String> {
    let first = argv.first().cloned().unwrap_or(Val::Invalid);
    let rest = argv.get(1..).unwrap_or(&[]);
    let second = rest.first().cloned().unwrap_or(Val::Invalid);
    Ok(match name {
        "index" => builtin_index(first, rest)?,
        "slice" => builtin_slice(first, rest)?,
        "len" => builtin_len(&first)?,
        "not" => Val::Bool(!first.concrete().is_true()),
        "eq" => Val::Bool(builtin_eq(&first, rest)?),
        "ne" => Val::Bool(!builtin_eq(&first, rest)?),
        "lt" => Val::Bool(builtin_lt(&first, &second)?),
        "le" => Val::Bool(builtin_le(&first, &second)?),
        "gt" => Val::Bool(!builtin_le(&first, &second)?),
        "ge" => Val::Bool(!builtin_lt(&first, &second)?),
        "exists" => Val::Bool(builtin_exists(&first, rest)),
        "base64decode" => {
            let Val::Str(text) = first.concrete() else {
                return Err("base64 decode failed: not a string".into());
            };
            match crate::go_base64::decode_std(text.bytes()) {
                Ok(bytes) => Val::bytes(bytes),
                Err(offset) => {
                    return Err(format!(
                        "base64 decode failed: illegal base64 data at input byte {offset}"
                    ))
                }
            }
        }
        "print" | "println" | "printf" | "html" | "js" | "urlquery" => {
            let mut printer = Printer::default();
            let args: Vec<Val<'d>> = argv.iter().map(Val::concrete).collect();
            match name {
                "print" => printer.sprint(&args, false),
                "println" => printer.sprint(&args, true),
                "printf" => {
                    let format = match args.first() {
                        Some(Val::Str(text)) => text.bytes().to_vec(),
                        _ => Vec::new(),
                    };
                    printer.sprintf(&format, args.get(1..).unwrap_or(&[]));
                }
                _ => {
                    if let [Val::Str(text)] = args.as_slice() {
                        printer.buf.extend_from_slice(text.bytes());
                    } else {
                        let printable: Vec<Val<'d>> = args
                            .into_iter()
                            .map(|arg| match arg {
                                Val::Invalid => Val::text("<no value>"),
                                other => other,
                            })
                            .collect();
                        printer.sprint(&printable, false);
                    }
                    printer.buf = match name {
                        "html" => html_escape(&printer.buf),
                        "js" => js_escape(&printer.buf),
                        _ => query_escape(&printer.buf),
                    };
                }
            }
            if printer.buf.len() > MAX_OUTPUT_BYTES {
                return Err(format!(
                    "result exceeds {MAX_OUTPUT_BYTES} bytes (kubeplay limit)"
                ));
            }
            Val::bytes(printer.buf)
        }
        _ => Val::Invalid,
    })
}

/// Go's `indexArg`: an int-kind index within `0..=cap`.
fn index_arg(index: &Val<'_>, cap: usize) -> Result<usize, String> {
    let value = match index {
        Val::Int(number) | Val::Int64(number) => *number,
        Val::Uint8(number) => i64::from(*number),
        Val::Invalid => return Err("cannot index slice/array with nil".into()),
        other => {
            return Err(format!(
                "cannot index slice/array with type {}",
                other.type_name()
            ))
        }
    };
    match usize::try_from(value) {
        Ok(position) if position <= cap => Ok(position),
        _ => Err(format!("index out of range: {value}")),
    }
}

fn builtin_index<'d>(item: Val<'d>, indexes: &[Val<'d>]) -> Result<Val<'d>, String> {
    let mut item = item.concrete();
    if let Val::Invalid = item {
        return Err("index of untyped nil".into());
    }
    for index in indexes {
        let index = index.concrete();
        if let Val::Iface(Value::Null) = item {
            return Err("index of nil pointer".into());
        }
        item = match item.concrete() {
            Val::Slice(slice) => {
                let position = index_arg(&index, slice.len)?;
                if position == slice.len {
                    return Err("reflect: slice index out of range".into());
                }
                slice.element(position)
            }
            Val::Str(text) => {
                let bytes = text.bytes();
                let position = index_arg(&index, bytes.len())?;
                match bytes.get(position) {
                    Some(byte) => Val::Uint8(*byte),
                    None => return Err("reflect: string index out of range".into()),
                }
            }
            Val::Map(map) => {
                let key = match &index {
                    Val::Str(key) => String::from_utf8_lossy(key.bytes()).into_owned(),
                    Val::Invalid => return Err("value is nil; should be of type string".into()),
                    other => {
                        return Err(format!(
                            "value has type {}; should be string",
                            other.type_name()
                        ))
                    }
                };
                Val::Iface(map.get(&key).unwrap_or(&NULL_VALUE))
            }
            other => return Err(format!("can't index item of type {}", other.type_name())),
        };
    }
    Ok(item)
}

fn builtin_slice<'d>(item: Val<'d>, indexes: &[Val<'d>]) -> Result<Val<'d>, String> {
    let item = item.concrete();
    if let Val::Invalid = item {
        return Err("slice of untyped nil".into());
    }
    if indexes.len() > 3 {
        return Err(format!("too many slice indexes: {}", indexes.len()));
    }
    let (len, cap) = match &item {
        Val::Str(text) => {
            if indexes.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            (text.bytes().len(), text.bytes().len())
        }
        Val::Slice(slice) => (slice.len, slice.cap),
        other => return Err(format!("can't slice item of type {}", other.type_name())),
    };
    let mut bounds = [0, len, 0];
    for (slot, index) in bounds.iter_mut().zip(indexes) {
        *slot = index_arg(index, cap)?;
    }
    let [low, high, max] = bounds;
    if low > high {
        return Err(format!("invalid slice index: {low} > {high}"));
    }
    if indexes.len() == 3 && high > max {
        return Err(format!("invalid slice index: {high} > {max}"));
    }
    Ok(match item {
        Val::Str(text) => Val::bytes(text.bytes().get(low..high).unwrap_or(&[]).to_vec()),
        Val::Slice(slice) => Val::Slice(GoSlice {
            items: slice.items.get(low..).unwrap_or(&[]),
            len: high - low,
            cap: if indexes.len() == 3 { max } else { cap } - low,
        }),
        _ => Val::Invalid,
    })
}

fn builtin_len(item: &Val<'_>) -> Result<Val<'static>, String> {
    if let Val::Iface(Value::Null) = item {
        return Err("len of nil pointer".into());
    }
    let len = match item.concrete() {
        Val::Map(map) => map.len(),
        Val::Slice(slice) => slice.len,
        Val::Str(text) => text.bytes().len(),
        Val::Invalid => return Err("reflect: call of reflect.Value.Type on zero Value".into()),
        other => return Err(format!("len of type {}", other.type_name())),
    };
    Ok(Val::Int(i64::try_from(len).unwrap_or(i64::MAX)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Invalid,
    Bool,
    Complex,
    Int,
    Float,
    String,
    Uint,
}

fn basic_kind(value: &Val<'_>) -> Kind {
    match value {
        Val::Bool(_) => Kind::Bool,
        Val::Int(_) | Val::Int64(_) => Kind::Int,
        Val::Uint8(_) => Kind::Uint,
        Val::Float64(_) => Kind::Float,
        Val::Complex(..) => Kind::Complex,
        Val::Str(_) => Kind::String,
        _ => Kind::Invalid,
    }
}

/// `reflect.Kind` identity for `canCompare` (maps, slices, invalid are what reach it).
fn reflect_kind(value: &Val<'_>) -> u8 {
    match value {
        Val::Invalid => 0,
        Val::Map(_) => 1,
        Val::Slice(_) => 2,
        _ => 3,
    }
}

fn builtin_eq(arg1: &Val<'_>, others: &[Val<'_>]) -> Result<bool, String> {
    let arg1 = arg1.concrete();
    if others.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = basic_kind(&arg1);
    for arg in others {
        let arg = arg.concrete();
        let k2 = basic_kind(&arg);
        let truth = if k1 != k2 {
            match (k1, k2, arg1.integer(), arg.integer()) {
                (Kind::Int, Kind::Uint, Some(a), Some(b))
                | (Kind::Uint, Kind::Int, Some(b), Some(a)) => a >= 0 && a == b,
                _ if !matches!(arg1, Val::Invalid) && !matches!(arg, Val::Invalid) => {
                    return Err(format!(
                        "incompatible types for comparison: {} and {}",
                        arg1.type_name(),
                        arg.type_name()
                    ))
                }
                _ => false,
            }
        } else {
            match (&arg1, &arg) {
                (Val::Bool(a), Val::Bool(b)) => a == b,
                (Val::Complex(a, b), Val::Complex(c, d)) => a == c && b == d,
                (Val::Float64(a), Val::Float64(b)) => a == b,
                (Val::Str(a), Val::Str(b)) => a.bytes() == b.bytes(),
                _ if k1 == Kind::Int || k1 == Kind::Uint => arg1.integer() == arg.integer(),
                _ => {
                    let (kind1, kind2) = (reflect_kind(&arg1), reflect_kind(&arg));
                    if kind1 != kind2 && kind1 != 0 && kind2 != 0 {
                        return Err(format!(
                            "non-comparable types {}: {}, {}: {}",
                            arg1.sprint('s'),
                            arg1.type_name(),
                            arg.type_name(),
                            arg.sprint('v')
                        ));
                    }
                    if kind1 == 0 || kind2 == 0 {
                        kind1 == kind2
                    } else {
                        return Err(format!(
                            "non-comparable type {}: {}",
                            arg.sprint('s'),
                            arg.type_name()
                        ));
                    }
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn builtin_lt(arg1: &Val<'_>, arg2: &Val<'_>) -> Result<bool, String> {
    let arg1 = arg1.concrete();
    let arg2 = arg2.concrete();
    let (k1, k2) = (basic_kind(&arg1), basic_kind(&arg2));
    if k1 == Kind::Invalid || k2 == Kind::Invalid {
        return Err("invalid type for comparison".into());
    }
    if k1 != k2 {
        return match (k1, k2, arg1.integer(), arg2.integer()) {
            (Kind::Int, Kind::Uint, Some(a), Some(b)) => Ok(a < b),
            (Kind::Uint, Kind::Int, Some(a), Some(b)) => Ok(b >= 0 && a < b),
            _ => Err(format!(
                "incompatible types for comparison: {} and {}",
                arg1.type_name(),
                arg2.type_name()
            )),
        };
    }
    Ok(match (&arg1, &arg2) {
        (Val::Float64(a), Val::Float64(b)) => a < b,
        (Val::Str(a), Val::Str(b)) => a.bytes() < b.bytes(),
        _ if k1 == Kind::Int || k1 == Kind::Uint => arg1.integer() < arg2.integer(),
        _ => return Err("invalid type for comparison".into()),
    })
}

fn builtin_le(arg1: &Val<'_>, arg2: &Val<'_>) -> Result<bool, String> {
    if builtin_lt(arg1, arg2)? {
        return Ok(true);
    }
    builtin_eq(arg1, std::slice::from_ref(arg2))
}

/// kubectl's `exists(item, indices...)`: whether `index item indices...` would find a non-nil value.
fn builtin_exists(item: &Val<'_>, indices: &[Val<'_>]) -> bool {
    let mut value = item.concrete();
    for index in indices {
        let index = index.concrete();
        if let Val::Iface(Value::Null) = value {
            return false;
        }
        value = match value.concrete() {
            Val::Slice(slice) => match index.integer().map(usize::try_from) {
                Some(Ok(position)) if position < slice.len => slice.element(position),
                _ => return false,
            },
            Val::Str(text) => match index.integer().map(usize::try_from) {
                Some(Ok(position)) => match text.bytes().get(position) {
                    Some(byte) => Val::Uint8(*byte),
                    None => return false,
                },
                _ => return false,
            },
            Val::Map(map) => {
                let key = match &index {
                    Val::Str(key) => String::from_utf8_lossy(key.bytes()).into_owned(),
                    Val::Invalid => String::new(),
                    _ => return false,
                };
                Val::Iface(map.get(&key).unwrap_or(&NULL_VALUE))
            }
            _ => return false,
        };
    }
    !matches!(value, Val::Iface(Value::Null))
}

/// Go's `template.HTMLEscape`.
fn html_escape(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &byte in text {
        match byte {
            0 => out.extend_from_slice("\u{FFFD}".as_bytes()),
            b'"' => out.extend_from_slice(b"&#34;"),
            b'\'' => out.extend_from_slice(b"&#39;"),
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            _ => out.push(byte),
        }
    }
    out
}

/// Go's `template.JSEscape`.
fn js_escape(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for_each_rune(text, |rune, raw| match rune {
        Some('\\') => out.extend_from_slice(b"\\\\"),
        Some('\'') => out.extend_from_slice(b"\\'"),
        Some('"') => out.extend_from_slice(b"\\\""),
        Some('<') => out.extend_from_slice(b"\\u003C"),
        Some('>') => out.extend_from_slice(b"\\u003E"),
        Some('&') => out.extend_from_slice(b"\\u0026"),
        Some('=') => out.extend_from_slice(b"\\u003D"),
        Some(c) if c < ' ' => {
            out.extend_from_slice(format!("\\u00{:02X}", u32::from(c)).as_bytes())
        }
        Some(c) if c.is_ascii() || crate::validation::go_is_print(c) => out.extend_from_slice(raw),
        Some(c) => out.extend_from_slice(format!("\\u{:04X}", u32::from(c)).as_bytes()),
        None => out.extend_from_slice(raw),
    });
    out
}

/// Go's `url.QueryEscape`.
fn query_escape(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &byte in text {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte),
            b' ' => out.push(b'+'),
            _ => out.extend_from_slice(format!("%{byte:02X}").as_bytes()),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// fmt (fmt/print.go, fmt/format.go) for the values above
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    sharp_v: bool,
    wid: usize,
    wid_present: bool,
    prec: usize,
    prec_present: bool,
}

/// Go's `fmt.pp`: formats values into `buf`, which stops growing past [`MAX_OUTPUT_BYTES`].
#[derive(Default)]
struct Printer {
    buf: Vec<u8>,
    flags: Flags,
    reordered: bool,
    good_arg_num: bool,
}

const LOWER_DIGITS: &[u8; 17] = b"0123456789abcdefx";
const UPPER_DIGITS: &[u8; 17] = b"0123456789ABCDEFX";
/// Go's `fmt` caps widths and precisions at a million.
const MAX_WIDTH: usize = 1_000_000;

/// Calls `visit` with each rune of Go-string bytes (`None`: an invalid byte) and its bytes.
fn for_each_rune(bytes: &[u8], mut visit: impl FnMut(Option<char>, &[u8])) {
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        for (offset, character) in valid.char_indices() {
            let raw = valid
                .as_bytes()
                .get(offset..offset + character.len_utf8())
                .unwrap_or(&[]);
            visit(Some(character), raw);
        }
        for byte in chunk.invalid() {
            visit(None, std::slice::from_ref(byte));
        }
    }
}

fn rune_count(bytes: &[u8]) -> usize {
    let mut count = 0;
    for_each_rune(bytes, |_, _| count += 1);
    count
}

impl Printer {
    fn write(&mut self, bytes: &[u8]) {
        if self.buf.len() + bytes.len() <= MAX_OUTPUT_BYTES + 1 {
            self.buf.extend_from_slice(bytes);
        } else {
            self.buf.resize(MAX_OUTPUT_BYTES + 1, b'.');
        }
    }

    fn write_padding(&mut self, n: usize) {
        let byte = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        let n = n.min((MAX_OUTPUT_BYTES + 1).saturating_sub(self.buf.len()));
        self.buf.resize(self.buf.len() + n, byte);
    }

    fn pad(&mut self, bytes: &[u8]) {
        if !self.flags.wid_present || self.flags.wid == 0 {
            self.write(bytes);
            return;
        }
        let width = self.flags.wid.saturating_sub(rune_count(bytes));
        if self.flags.minus {
            self.write(bytes);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.write(bytes);
        }
    }

    /// Pads with spaces even under the `0` flag.
    fn pad_no_zero(&mut self, bytes: &[u8]) {
        let zero = std::mem::replace(&mut self.flags.zero, false);
        self.pad(bytes);
        self.flags.zero = zero;
    }

    fn truncate<'b>(&self, bytes: &'b [u8]) -> &'b [u8] {
        if !self.flags.prec_present {
            return bytes;
        }
        let mut remaining = self.flags.prec;
        let mut end = 0;
        for_each_rune(bytes, |_, raw| {
            if remaining > 0 {
                remaining -= 1;
                end += raw.len();
            }
        });
        bytes.get(..end).unwrap_or(bytes)
    }

    fn fmt_s(&mut self, bytes: &[u8]) {
        let truncated = self.truncate(bytes).to_vec();
        self.pad(&truncated);
    }

    fn fmt_sx(&mut self, bytes: &[u8], digits: &[u8; 17]) {
        let mut length = bytes.len();
        if self.flags.prec_present && self.flags.prec < length {
            length = self.flags.prec;
        }
        let mut width = 2 * length;
        if width == 0 {
            if self.flags.wid_present {
                self.write_padding(self.flags.wid);
            }
            return;
        }
        if self.flags.space {
            if self.flags.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.flags.sharp {
            width += 2;
        }
        if self.flags.wid_present && self.flags.wid > width && !self.flags.minus {
            self.write_padding(self.flags.wid - width);
        }
        let mut out = Vec::with_capacity(width);
        if self.flags.sharp {
            out.extend_from_slice(&[b'0', digits[16]]);
        }
        for (index, byte) in bytes.iter().take(length).enumerate() {
            if self.flags.space && index > 0 {
                out.push(b' ');
                if self.flags.sharp {
                    out.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            out.push(digits[usize::from(byte >> 4)]);
            out.push(digits[usize::from(byte & 0xF)]);
        }
        self.write(&out);
        if self.flags.wid_present && self.flags.wid > width && self.flags.minus {
            self.write_padding(self.flags.wid - width);
        }
    }

    fn fmt_q(&mut self, bytes: &[u8]) {
        let bytes = self.truncate(bytes);
        let quoted = if self.flags.sharp && can_backquote(bytes) {
            let mut quoted = vec![b'`'];
            quoted.extend_from_slice(bytes);
            quoted.push(b'`');
            quoted
        } else {
            quote(bytes, b'"', self.flags.plus).into_bytes()
        };
        self.pad(&quoted);
    }

    fn fmt_integer(&mut self, value: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (value as i64) < 0;
        let mut u = if negative {
            value.wrapping_neg()
        } else {
            value
        };
        let mut prec = 0;
        if self.flags.prec_present {
            prec = self.flags.prec;
            if prec == 0 && u == 0 {
                let zero = std::mem::replace(&mut self.flags.zero, false);
                self.write_padding(self.flags.wid);
                self.flags.zero = zero;
                return;
            }
        } else if self.flags.zero && !self.flags.minus && self.flags.wid_present {
            prec = self.flags.wid;
            if negative || self.flags.plus || self.flags.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut out = Vec::new();
        loop {
            out.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while out.len() < prec {
            out.push(b'0');
        }
        if self.flags.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => out.push(b'0'),
                16 => out.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.flags.plus {
            out.push(b'+');
        } else if self.flags.space {
            out.push(b' ');
        }
        out.reverse();
        self.pad_no_zero(&out);
    }

    fn fmt_unicode(&mut self, value: u64) {
        let mut prec = 4;
        if self.flags.prec_present && self.flags.prec > 4 {
            prec = self.flags.prec;
        }
        let mut out = format!("U+{value:0prec$X}");
        if self.flags.sharp {
            if let Some(character) = u32::try_from(value).ok().and_then(char::from_u32) {
                if crate::validation::go_is_print(character) {
                    out.push_str(&format!(" '{character}'"));
                }
            }
        }
        self.pad_no_zero(out.as_bytes());
    }

    fn rune_of(value: u64) -> char {
        u32::try_from(value)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('\u{FFFD}')
    }

    fn fmt_float(&mut self, value: f64, verb: char, prec: i64) {
        let prec = if self.flags.prec_present {
            i64::try_from(self.flags.prec).unwrap_or(0)
        } else {
            prec
        };
        let formatted = format_float(value, verb, prec);
        let mut num: Vec<u8> = if formatted.starts_with(['-', '+']) {
            formatted.into_bytes()
        } else {
            let mut num = vec![b'+'];
            num.extend_from_slice(formatted.as_bytes());
            num
        };
        if self.flags.space && num.first() == Some(&b'+') && !self.flags.plus {
            num[0] = b' ';
        }
        if matches!(num.get(1), Some(b'I' | b'N')) {
            if num.get(1) == Some(&b'N') && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        if self.flags.sharp && verb != 'b' {
            let mut digits: i64 = match verb {
                'v' | 'g' | 'G' | 'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut index = 1;
            while index < num.len() {
                match num[index] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num.split_off(index);
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail = num.split_off(index);
                        break;
                    }
                    digit => {
                        if digit != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                index += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.flags.plus || num.first() != Some(&b'+') {
            if self.flags.zero
                && !self.flags.minus
                && self.flags.wid_present
                && self.flags.wid > num.len()
            {
                self.write(num.get(..1).unwrap_or(&[]));
                self.write_padding(self.flags.wid - num.len());
                self.write(num.get(1..).unwrap_or(&[]));
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(num.get(1..).unwrap_or(&[]));
    }

    fn bad_verb(&mut self, verb: char, value: Option<&Val<'_>>) {
        self.write(b"%!");
        self.write(verb.encode_utf8(&mut [0; 4]).as_bytes());
        self.write(b"(");
        match value {
            Some(value) if !matches!(value, Val::Invalid) => {
                self.write(value.type_name().as_bytes());
                self.write(b"=");
                self.print_arg(value, 'v');
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
    }

    /// Go's `printArg`: one operand of `Sprint`/`Sprintf` (`Invalid` is a nil `any`).
    fn print_arg(&mut self, arg: &Val<'_>, verb: char) {
        if let Val::Invalid = arg {
            if verb == 'T' || verb == 'v' {
                self.pad(b"<nil>");
            } else {
                self.bad_verb(verb, None);
            }
            return;
        }
        match verb {
            'T' => return self.fmt_s(arg.type_name().as_bytes()),
            'p' => {
                if matches!(arg, Val::Map(_) | Val::Slice(_)) {
                    return self.pad(b"0xc000010000");
                }
                return self.bad_verb(verb, Some(arg));
            }
            _ => {}
        }
        self.print_value(arg, verb, 0);
    }

    /// Go's `printValue`.
    fn print_value(&mut self, value: &Val<'_>, verb: char, depth: usize) {
        match value {
            Val::Invalid => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.write(b"<nil>");
                } else {
                    self.bad_verb(verb, None);
                }
            }
            Val::Iface(Value::Null) => {
                if self.flags.sharp_v {
                    self.write(b"interface {}(nil)");
                } else {
                    self.write(b"<nil>");
                }
            }
            Val::Iface(data) => self.print_value(&Val::from_data(data), verb, depth + 1),
            Val::Map(_) | Val::Slice(_) => self.print_container(value, verb, depth),
            _ => self.print_scalar(value, verb),
        }
    }

    /// `printValue` of a map (keys in order) or slice.
    fn print_container(&mut self, value: &Val<'_>, verb: char, depth: usize) {
        if depth > MAX_PRINT_DEPTH {
            self.write(b"...");
            return;
        }
        let separator: &[u8] = if self.flags.sharp_v { b", " } else { b" " };
        match value {
            Val::Map(map) => {
                self.write(if self.flags.sharp_v {
                    b"map[string]interface {}{"
                } else {
                    b"map["
                });
                for (index, (key, element)) in map.iter().enumerate() {
                    if index > 0 {
                        self.write(separator);
                    }
                    self.print_scalar(&Val::Str(GoStr::Data(key)), verb);
                    self.write(b":");
                    self.print_value(&Val::Iface(element), verb, depth + 1);
                }
            }
            Val::Slice(slice) => {
                self.write(if self.flags.sharp_v {
                    b"[]interface {}{"
                } else {
                    b"["
                });
                for index in 0..slice.len {
                    if index > 0 {
                        self.write(separator);
                    }
                    self.print_value(&slice.element(index), verb, depth + 1);
                    if self.buf.len() > MAX_OUTPUT_BYTES {
                        break;
                    }
                }
            }
            _ => {}
        }
        self.write(if self.flags.sharp_v { b"}" } else { b"]" });
    }

    fn print_scalar(&mut self, value: &Val<'_>, verb: char) {
        match value {
            Val::Bool(flag) => {
                if verb == 't' || verb == 'v' {
                    self.pad(if *flag { b"true" } else { b"false" });
                } else {
                    self.bad_verb(verb, Some(value));
                }
            }
            Val::Int(number) | Val::Int64(number) => {
                self.print_integer(*number as u64, true, verb, value)
            }
            Val::Uint8(number) => self.print_integer(u64::from(*number), false, verb, value),
            Val::Float64(number) => self.print_float(*number, verb, value),
            Val::Complex(real, imaginary) => match verb {
                'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                    let plus = self.flags.plus;
                    self.write(b"(");
                    self.print_float(*real, verb, value);
                    self.flags.plus = true;
                    self.print_float(*imaginary, verb, value);
                    self.write(b"i)");
                    self.flags.plus = plus;
                }
                _ => self.bad_verb(verb, Some(value)),
            },
            Val::Str(text) => match verb {
                'v' if self.flags.sharp_v => self.fmt_q(text.bytes()),
                'v' | 's' => self.fmt_s(text.bytes()),
                'x' => self.fmt_sx(text.bytes(), LOWER_DIGITS),
                'X' => self.fmt_sx(text.bytes(), UPPER_DIGITS),
                'q' => self.fmt_q(text.bytes()),
                _ => self.bad_verb(verb, Some(value)),
            },
            _ => {}
        }
    }

    fn print_integer(&mut self, number: u64, signed: bool, verb: char, value: &Val<'_>) {
        match verb {
            'v' if self.flags.sharp_v && !signed => {
                let sharp = std::mem::replace(&mut self.flags.sharp, true);
                self.fmt_integer(number, 16, false, verb, LOWER_DIGITS);
                self.flags.sharp = sharp;
            }
            'v' | 'd' => self.fmt_integer(number, 10, signed, verb, LOWER_DIGITS),
            'b' => self.fmt_integer(number, 2, signed, verb, LOWER_DIGITS),
            'o' | 'O' => self.fmt_integer(number, 8, signed, verb, LOWER_DIGITS),
            'x' => self.fmt_integer(number, 16, signed, verb, LOWER_DIGITS),
            'X' => self.fmt_integer(number, 16, signed, verb, UPPER_DIGITS),
            'c' => {
                let character = Printer::rune_of(number);
                self.pad(character.encode_utf8(&mut [0; 4]).as_bytes());
            }
            'q' => {
                let character = Printer::rune_of(number);
                let quoted = quote(
                    character.encode_utf8(&mut [0; 4]).as_bytes(),
                    b'\'',
                    self.flags.plus,
                );
                self.pad(quoted.as_bytes());
            }
            'U' => self.fmt_unicode(number),
            _ => self.bad_verb(verb, Some(value)),
        }
    }

    fn print_float(&mut self, number: f64, verb: char, value: &Val<'_>) {
        match verb {
            'v' => self.fmt_float(number, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(number, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float(number, verb, 6),
            'F' => self.fmt_float(number, 'f', 6),
            _ => self.bad_verb(verb, Some(value)),
        }
    }

    /// `fmt.Sprint` (`newline`: `fmt.Sprintln`).
    fn sprint(&mut self, args: &[Val<'_>], newline: bool) {
        let mut previous_string = false;
        for (index, arg) in args.iter().enumerate() {
            let is_string = matches!(arg, Val::Str(_));
            if index > 0 && (newline || (!is_string && !previous_string)) {
                self.write(b" ");
            }
            self.flags = Flags::default();
            self.print_arg(arg, 'v');
            previous_string = is_string;
        }
        if newline {
            self.write(b"\n");
        }
    }

    /// `fmt.Sprintf`.
    fn sprintf(&mut self, format: &[u8], args: &[Val<'_>]) {
        let end = format.len();
        let mut arg_num = 0;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        while i < end {
            self.good_arg_num = true;
            let start = i;
            while i < end && format.get(i) != Some(&b'%') {
                i += 1;
            }
            if i > start {
                self.write(format.get(start..i).unwrap_or(&[]));
            }
            if i >= end {
                break;
            }
            i += 1;
            self.flags = Flags::default();
            while let Some(&byte) = format.get(i) {
                match byte {
                    b'#' => self.flags.sharp = true,
                    b'0' => self.flags.zero = true,
                    b'+' => self.flags.plus = true,
                    b'-' => self.flags.minus = true,
                    b' ' => self.flags.space = true,
                    _ => break,
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if format.get(i) == Some(&b'*') {
                i += 1;
                let (width, ok, next) = int_from_arg(args, arg_num);
                arg_num = next;
                self.flags.wid_present = ok;
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if width < 0 {
                    self.flags.minus = true;
                    self.flags.zero = false;
                }
                self.flags.wid = usize::try_from(width.unsigned_abs()).unwrap_or(0);
                after_index = false;
            } else {
                let (width, ok, next) = parse_num(format, i);
                self.flags.wid = width;
                self.flags.wid_present = ok;
                i = next;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format.get(i) == Some(&b'.') {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if format.get(i) == Some(&b'*') {
                    i += 1;
                    let (precision, ok, next) = int_from_arg(args, arg_num);
                    arg_num = next;
                    self.flags.prec = usize::try_from(precision).unwrap_or(0);
                    self.flags.prec_present = ok && precision >= 0;
                    if !self.flags.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (precision, ok, next) = parse_num(format, i);
                    self.flags.prec = if ok { precision } else { 0 };
                    self.flags.prec_present = true;
                    i = next;
                }
            }
            if !after_index {
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            }
            let _ = after_index;
            let Some(rest) = format.get(i..).filter(|rest| !rest.is_empty()) else {
                self.write(b"%!(NOVERB)");
                break;
            };
            let (verb, size) = match rest.utf8_chunks().next() {
                Some(chunk) if !chunk.valid().is_empty() => {
                    let verb = chunk.valid().chars().next().unwrap_or('\u{FFFD}');
                    (verb, verb.len_utf8())
                }
                _ => ('\u{FFFD}', 1),
            };
            i += size;
            if verb == '%' {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write(verb.encode_utf8(&mut [0; 4]).as_bytes());
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(b"%!");
                self.write(verb.encode_utf8(&mut [0; 4]).as_bytes());
                self.write(b"(MISSING)");
            } else {
                if verb == 'v' {
                    // `%#v` is Go syntax; `%+v` adds struct field names (there are no structs).
                    self.flags.sharp_v = self.flags.sharp;
                    self.flags.sharp = false;
                    self.flags.plus = false;
                }
                if let Some(arg) = args.get(arg_num) {
                    self.print_arg(arg, verb);
                }
                arg_num += 1;
            }
            if self.buf.len() > MAX_OUTPUT_BYTES {
                return;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.flags = Flags::default();
            self.write(b"%!(EXTRA ");
            for (index, arg) in args.iter().enumerate().skip(arg_num) {
                if index > arg_num {
                    self.write(b", ");
                }
                if let Val::Invalid = arg {
                    self.write(b"<nil>");
                } else {
                    self.write(arg.type_name().as_bytes());
                    self.write(b"=");
                    self.print_arg(arg, 'v');
                }
            }
            self.write(b")");
        }
    }

    /// Go's `argNumber`: an explicit `[n]` argument index.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.get(i) != Some(&b'[') {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, width, ok) = parse_arg_number(format.get(i..).unwrap_or(&[]));
        match index {
            Some(index) if ok && index < num_args => (index, i + width, true),
            _ => {
                self.good_arg_num = false;
                (arg_num, i + width, ok)
            }
        }
    }
}

/// Go's `parseArgNumber`: `[n]` at the start of `format` (index, bytes used, ok).
fn parse_arg_number(format: &[u8]) -> (Option<usize>, usize, bool) {
    if format.len() < 3 {
        return (None, 1, false);
    }
    for close in 1..format.len() {
        if format.get(close) == Some(&b']') {
            let (number, ok, next) = parse_num(format.get(..close).unwrap_or(&[]), 1);
            if !ok || next != close {
                return (None, close + 1, false);
            }
            return (number.checked_sub(1), close + 1, true);
        }
    }
    (None, 1, false)
}

/// Go's `parsenum`: a decimal number at `start` (value, found, end).
fn parse_num(format: &[u8], start: usize) -> (usize, bool, usize) {
    let mut number: usize = 0;
    let mut found = false;
    let mut i = start;
    while let Some(&digit) = format.get(i).filter(|digit| digit.is_ascii_digit()) {
        if number > MAX_WIDTH {
            return (0, false, format.len());
        }
        number = number * 10 + usize::from(digit - b'0');
        found = true;
        i += 1;
    }
    (number, found, i)
}

/// Go's `intFromArg`: a `*` width or precision.
fn int_from_arg(args: &[Val<'_>], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = args.get(arg_num) else {
        return (0, false, arg_num);
    };
    match arg.integer() {
        Some(number) if number.unsigned_abs() <= MAX_WIDTH as u64 => (number, true, arg_num + 1),
        _ => (0, false, arg_num + 1),
    }
}

// ---------------------------------------------------------------------------------------------
// strconv: quoting, unquoting, number parsing and float formatting
// ---------------------------------------------------------------------------------------------

/// Go's `strconv.Quote` (`quote_char` `"`) / `QuoteRune` (`'`), `ascii_only`: `QuoteToASCII`.
fn quote(bytes: &[u8], quote_char: u8, ascii_only: bool) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(char::from(quote_char));
    for_each_rune(bytes, |rune, raw| {
        let Some(character) = rune else {
            for byte in raw {
                out.push_str(&format!("\\x{byte:02x}"));
            }
            return;
        };
        crate::go_strconv::append_escaped_rune(
            &mut out,
            character,
            char::from(quote_char),
            ascii_only,
        );
    });
    out.push(char::from(quote_char));
    out
}

/// Go's `strconv.CanBackquote`.
fn can_backquote(bytes: &[u8]) -> bool {
    let mut ok = true;
    for_each_rune(bytes, |rune, _| match rune {
        None | Some('`' | '\u{7f}' | '\u{feff}') => ok = false,
        Some(c) if c < ' ' && c != '\t' => ok = false,
        Some(_) => {}
    });
    ok
}

/// Go's `strconv.Unquote` of a `"..."` or raw string, as bytes.
fn unquote(quoted: &str) -> Option<Vec<u8>> {
    let bytes = quoted.as_bytes();
    let (&first, rest) = bytes.split_first()?;
    let (&last, inner) = rest.split_last()?;
    if first != last {
        return None;
    }
    match first {
        b'`' => {
            if inner.contains(&b'`') {
                return None;
            }
            Some(
                inner
                    .iter()
                    .copied()
                    .filter(|&byte| byte != b'\r')
                    .collect(),
            )
        }
        b'"' => {
            if inner.contains(&b'\n') {
                return None;
            }
            let mut out = Vec::with_capacity(inner.len());
            let mut rest = inner;
            while !rest.is_empty() {
                let (value, multibyte, tail) = crate::go_strconv::unquote_char(rest, b'"')?;
                rest = tail;
                if value < 0x80 || !multibyte {
                    out.push(u8::try_from(value).unwrap_or(b'?'));
                } else {
                    let character = char::from_u32(value).unwrap_or('\u{FFFD}');
                    out.extend_from_slice(character.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// Decimal digits of `|value|` and the decimal point position (`0.DIGITS × 10^point`):
/// the shortest that round-trip (`significant == None`) or rounded to `significant` digits.
fn decimal_digits(value: f64, significant: Option<usize>) -> (Vec<u8>, i64) {
    let scientific = match significant {
        Some(count) => format!("{:.*e}", count.saturating_sub(1), value.abs()),
        None => format!("{:e}", value.abs()),
    };
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    if digits.iter().all(|&digit| digit == b'0') {
        return (Vec::new(), 0);
    }
    (digits, exponent.parse::<i64>().unwrap_or(0) + 1)
}

/// Go's `strconv` `%e` layout of decimal digits.
fn layout_exponent(negative: bool, digits: &[u8], point: i64, prec: i64, verb: u8) -> String {
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push(char::from(*digits.first().unwrap_or(&b'0')));
    if prec > 0 {
        out.push('.');
        for index in 1..=usize::try_from(prec).unwrap_or(0) {
            out.push(char::from(*digits.get(index).unwrap_or(&b'0')));
        }
    }
    out.push(char::from(verb));
    let exponent = if digits.is_empty() { 0 } else { point - 1 };
    out.push(if exponent < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exponent.unsigned_abs()));
    out
}

/// Go's `strconv` `%f` layout of decimal digits.
fn layout_fixed(negative: bool, digits: &[u8], point: i64, prec: i64) -> String {
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let digit_at = |index: i64| {
        usize::try_from(index)
            .ok()
            .and_then(|index| digits.get(index))
            .map_or('0', |&digit| char::from(digit))
    };
    if point > 0 {
        for index in 0..point {
            out.push(digit_at(index));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for index in 1..=prec {
            out.push(digit_at(point + index - 1));
        }
    }
    out
}

/// Go's `strconv.FormatFloat(value, verb, prec, 64)`.
fn format_float(value: f64, verb: char, prec: i64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let negative = value.is_sign_negative();
    let bits = value.to_bits();
    let biased = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let mut mantissa = bits & ((1 << 52) - 1);
    let mut exponent = biased;
    if biased == 0 {
        exponent += 1;
    } else {
        mantissa |= 1 << 52;
    }
    exponent -= 1023;
    let sign = if negative { "-" } else { "" };
    match verb {
        'b' => {
            let power = exponent - 52;
            let plus = if power >= 0 { "+" } else { "" };
            return format!("{sign}{mantissa}p{plus}{power}");
        }
        'x' | 'X' => return format_hex_float(negative, mantissa, exponent, prec, verb),
        _ => {}
    }
    let upper = verb.is_ascii_uppercase();
    let e_verb = if upper { b'E' } else { b'e' };
    let shortest = prec < 0;
    let (digits, point) = match (verb.to_ascii_lowercase(), shortest) {
        (_, true) => decimal_digits(value, None),
        ('e', false) => decimal_digits(value, Some(usize::try_from(prec).unwrap_or(0) + 1)),
        ('f', false) => {
            let precision = usize::try_from(prec).unwrap_or(0);
            return format!("{sign}{:.*}", precision, value.abs());
        }
        (_, false) => {
            let mut digits = decimal_digits(value, Some(usize::try_from(prec.max(1)).unwrap_or(1)));
            while digits.0.last() == Some(&b'0') {
                digits.0.pop();
            }
            if digits.0.is_empty() {
                digits.1 = 0;
            }
            digits
        }
    };
    let count = i64::try_from(digits.len()).unwrap_or(0);
    let mut prec = if shortest {
        match verb.to_ascii_lowercase() {
            'e' => (count - 1).max(0),
            'f' => (count - point).max(0),
            _ => count,
        }
    } else {
        prec
    };
    match verb.to_ascii_lowercase() {
        'e' => layout_exponent(negative, &digits, point, prec, e_verb),
        'f' => layout_fixed(negative, &digits, point, prec),
        _ => {
            if !shortest && prec == 0 {
                prec = 1;
            }
            let mut eprec = prec;
            if eprec > count && count >= point {
                eprec = count;
            }
            if shortest {
                eprec = 6;
            }
            let exp = point - 1;
            if exp < -4 || exp >= eprec {
                if prec > count {
                    prec = count;
                }
                return layout_exponent(negative, &digits, point, prec - 1, e_verb);
            }
            if prec > point {
                prec = count;
            }
            layout_fixed(negative, &digits, point, (prec - point).max(0))
        }
    }
}

/// Go's `strconv` `%x` float layout: `0x1.8p+00`.
fn format_hex_float(
    negative: bool,
    mut mantissa: u64,
    mut exponent: i64,
    prec: i64,
    verb: char,
) -> String {
    if mantissa == 0 {
        exponent = 0;
    }
    mantissa <<= 60 - 52;
    while mantissa != 0 && mantissa & (1 << 60) == 0 {
        mantissa <<= 1;
        exponent -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = u32::try_from(prec * 4).unwrap_or(0);
        let extra = (mantissa << shift) & ((1 << 60) - 1);
        mantissa >>= 60 - shift;
        if extra | (mantissa & 1) > 1 << 59 {
            mantissa += 1;
        }
        mantissa <<= 60 - shift;
        if mantissa & (1 << 61) != 0 {
            mantissa >>= 1;
            exponent += 1;
        }
    }
    let digits = if verb == 'X' {
        UPPER_DIGITS
    } else {
        LOWER_DIGITS
    };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push('0');
    out.push(verb);
    out.push(char::from(
        b'0' + u8::try_from((mantissa >> 60) & 1).unwrap_or(0),
    ));
    mantissa <<= 4;
    let hex_digit =
        |mantissa: u64| char::from(digits[usize::try_from((mantissa >> 60) & 15).unwrap_or(0)]);
    if prec < 0 && mantissa != 0 {
        out.push('.');
        while mantissa != 0 {
            out.push(hex_digit(mantissa));
            mantissa <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex_digit(mantissa));
            mantissa <<= 4;
        }
    }
    out.push(if verb == 'X' { 'P' } else { 'p' });
    out.push(if exponent < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exponent.unsigned_abs()));
    out
}

#[cfg(test)]
#[path = "go_template_tests.rs"]
mod tests;
