//! Lexer, parser and syntax tree of the playground's small bash-like shell.
//!
//! [`parse`] turns input text into a [`Program`] the way bash 5.2 reads it: quoting (`'…'`, `"…"`,
//! `$'…'`, backslash), line continuation, comments, parameter expansion (`$x`, `${x}`, `${x:-word}`,
//! `${#x}`, `${x#pattern}`, …), command substitution (`$(…)` and backquotes, nested), the operators
//! `;` `&` `&&` `||` `|` `|&` `!`, redirections, here-documents and here-strings, leading variable
//! assignments and alias expansion of command words (when the caller hands in its alias table).
//!
//! Input that needs more lines is reported as [`ParseOutcome::Incomplete`] so a terminal can show
//! bash's `> ` continuation prompt; with [`ParseOptions::end_of_input`] set, the same input gives
//! bash's end-of-file errors and warnings instead. Error texts are bash's interactive ones.
//!
//! Compound commands (`for`, `while`, `until`, `if`/`elif`/`else`, `case`, `{ …; }`, `( … )`,
//! `((…))`, `for ((…))` and `[[ … ]]`) are read as [`Compound`]s. One that stands as a whole item of a
//! list is kept in [`AndOrList::compound`] (the executor unrolls it as it runs); one that is a
//! pipeline stage, follows `&&`/`||` or `!`, or has redirections is a [`SimpleCommand`] with
//! its [`SimpleCommand::compound`] set. Function definitions (`f() { …; }`, `function f …`)
//! are [`Compound::Function`]s. `select`, `coproc`, `time` and arrays are reported
//! as [`SyntaxErrorKind::Unsupported`]; `$((…))` is kept as text for the expander.
//! Not known here: what a word expands to (see the sibling `expand` module) and how commands
//! run (the executor's business).
//!
//! Robustness: the parser never panics, bounds every kind of nesting by [`MAX_NESTING_DEPTH`] and
//! alias expansion by [`MAX_ALIAS_EXPANSIONS`], and runs in time linear in the input.
//!
//! How a terminal drives it, as bash does:
//! * typed lines: keep a buffer; after each line call [`parse_with_options`] on the whole buffer
//!   (lines joined with `"\n"`); on `Incomplete` show `> ` and wait for the next line, otherwise
//!   run the program or print the error, and clear the buffer;
//! * a paste or a script (several lines at once): call [`parse_next_command_line`] on the rest of
//!   the text in a loop, running each complete line before parsing the next, so an error on one
//!   line does not stop the others and a large paste stays linear; keep an incomplete tail for
//!   more input;
//! * when no more input will come (native stdin ended), set [`ParseOptions::end_of_input`].
//!
//! Aliases: pass the alias table in [`ParseOptions::aliases`]; the parser substitutes them the way
//! bash's reader does. Warnings in [`Program::warnings`] are printed before running the program.

use std::collections::BTreeMap;
use std::fmt;

/// Deepest nesting of `$(…)`, backquotes, `${…}` and quotes inside them that the parser accepts;
/// deeper input gives [`SyntaxErrorKind::NestingTooDeep`] instead of exhausting the stack.
///
/// Each level costs about 4 KiB of stack in an optimised build (32 KiB unoptimised), so the
/// deepest accepted input needs about 128 KiB, well inside wasm32's 1 MiB; real commands rarely
/// nest more than three levels.
pub const MAX_NESTING_DEPTH: usize = 32;

/// Most alias expansions one parse performs before giving [`SyntaxErrorKind::TooManyAliasExpansions`].
pub const MAX_ALIAS_EXPANSIONS: usize = 10_000;

// ---------------------------------------------------------------------------------------------
// Syntax tree
// ---------------------------------------------------------------------------------------------

/// A parsed input: and-or lists in order, each with the separator that ended it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Program {
    /// The and-or lists, in source order, with `;`/newline ([`Separator::Sequential`]) or `&`.
    pub items: Vec<(AndOrList, Separator)>,
    /// Warnings bash prints while reading this input (here-document ended by end of input); the
    /// executor prints them, one per line on stderr, before running the program.
    pub warnings: Vec<ParseWarning>,
}

/// How an and-or list ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// `;`, a newline or the end of input: run it and wait.
    Sequential,
    /// `&`: run it in the background.
    Background,
}

/// Pipelines joined by `&&` and `||`, e.g. `a | b && c || d`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AndOrList {
    /// The first pipeline.
    pub first: Pipeline,
    /// The following pipelines with the operator before each.
    pub rest: Vec<(AndOr, Pipeline)>,
    /// The list's text as typed (after alias expansion, without line continuations), trimmed; its
    /// [`fmt::Display`] gives bash's normalised form instead, as `jobs` shows it.
    pub source: String,
    /// A compound command standing as the whole list (`for …; done`); `first` is then an
    /// empty pipeline and `rest` is empty.
    pub compound: Option<Box<Compound>>,
}

/// The compound commands this shell runs: loops, conditionals and groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compound {
    /// `for NAME [in WORDS]; do BODY; done`; without `in`, the positional parameters.
    For {
        name: String,
        words: Option<Vec<Word>>,
        body: Program,
    },
    /// `while CONDITION; do BODY; done`, or `until` (`until` is true).
    While {
        until: bool,
        condition: Program,
        body: Program,
    },
    /// `if C1; then B1; elif C2; then B2; else B3; fi`: the `(condition, body)` branches and
    /// the `else` body.
    If {
        branches: Vec<(Program, Program)>,
        otherwise: Option<Program>,
    },
    /// `case WORD in PATTERN|PATTERN) LIST ;; … esac`.
    Case { word: Word, items: Vec<CaseItem> },
    /// `{ LIST; }`: the commands, in the current shell.
    Group { body: Program },
    /// `( LIST )`: the commands, in a subshell (their variables, working directory and `exit`
    /// stay inside).
    Subshell { body: Program },
    /// `(( EXPRESSION ))`: status 0 when the arithmetic is not zero. `expression` is the
    /// word `$((EXPRESSION))`.
    Arithmetic { expression: Word },
    /// `[[ EXPRESSION ]]`: status 0 when the expression is true; `text` is what stands between
    /// the brackets, for printing.
    Conditional { expression: CondExpr, text: String },
    /// `for (( INIT; CONDITION; STEP )); do BODY; done`, each part a `$((…))` word (an empty
    /// condition is true).
    ArithmeticFor {
        init: Word,
        condition: Word,
        step: Word,
        body: Program,
    },
    /// `NAME () BODY` or `function NAME BODY`: defines a function; `body` is a command whose
    /// `compound` is set, with the redirections applied at each call.
    Function {
        name: String,
        body: Box<SimpleCommand>,
    },
}

/// The expression of `[[ … ]]`. Words are expanded without splitting or globbing when it is
/// evaluated; `&&` and `||` evaluate left to right and stop early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CondExpr {
    /// `! EXPRESSION`.
    Not(Box<CondExpr>),
    /// `( EXPRESSION )`.
    Group(Box<CondExpr>),
    /// `A && B && …`.
    All(Vec<CondExpr>),
    /// `A || B || …` (each may be an [`CondExpr::All`]: `&&` binds tighter).
    Any(Vec<CondExpr>),
    /// `-f FILE`, `-z WORD`, `-v NAME`, …: the operator and its operand.
    Unary(String, Word),
    /// `WORD == PATTERN`, `WORD =~ REGEX`, `A -lt B`, `A < B`, …: left, operator, right.
    Binary(Word, String, Word),
    /// A lone word: true when it expands to a non-empty string.
    Word(Word),
}

/// One `PATTERN) LIST ;;` of a `case`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseItem {
    /// The patterns, unexpanded (`a|b*`).
    pub patterns: Vec<Word>,
    /// The commands (possibly none).
    pub body: Program,
    /// What ends it.
    pub terminator: CaseTerminator,
}

/// How a `case` item ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseTerminator {
    /// `;;` (or `esac` after the last item): the `case` is over.
    Break,
    /// `;&`: the next item's commands run too, untested.
    FallThrough,
    /// `;;&`: the next items' patterns are tested too.
    TestNext,
}

/// The operator between two pipelines of an and-or list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AndOr {
    /// `&&`: run the next pipeline if the previous one succeeded.
    And,
    /// `||`: run the next pipeline if the previous one failed.
    Or,
}

/// Simple commands joined by `|`, optionally negated by a leading `!`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pipeline {
    /// Whether the pipeline starts with `!` (an odd number of them): its status is inverted.
    pub negated: bool,
    /// `time` before it: how long it took is reported on standard error when it is over.
    pub timed: Option<TimeFormat>,
    /// The commands, at least one. A lone `!` gives one empty command (status 0, inverted to 1).
    /// `a |& b` is stored as `a 2>&1 | b`, exactly as bash does.
    pub commands: Vec<SimpleCommand>,
}

/// The format of `time`'s report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFormat {
    /// `TIMEFORMAT`, or bash's own format when it is unset.
    Bash,
    /// `time -p` (and bash's `time --`): POSIX's format.
    Posix,
}

/// One command: assignments, words and redirections, e.g. `A=1 kubectl get pods >out 2>&1`;
/// or a compound command with its redirections, e.g. `while read x; do …; done < file`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SimpleCommand {
    /// A compound command in this place (a pipeline stage, after `&&`, or with redirections):
    /// `assignments` and `words` are then empty and `redirects` apply to the whole of it.
    pub compound: Option<Box<Compound>>,
    /// Leading `NAME=value` / `NAME+=value` words. With no words they set shell variables,
    /// otherwise they only go into the command's environment.
    pub assignments: Vec<Assignment>,
    /// The command name and its arguments, not yet expanded.
    pub words: Vec<Word>,
    /// `declare a=(x y)`, `local -a a=(…)`: the array assignments among the arguments of
    /// `declare`, `typeset` and `local`, made once the builtin has run (its words hold the
    /// name alone).
    pub declared_arrays: Vec<Assignment>,
    /// Redirections in source order (bash applies them left to right).
    pub redirects: Vec<Redirect>,
    /// The line it starts on (counting from [`ParseOptions::first_line_number`]): a script's
    /// messages name it.
    pub line: usize,
}

/// `NAME=value`, `NAME+=value`, `NAME[SUBSCRIPT]=value` or `NAME=(WORD…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The variable name.
    pub name: String,
    /// `+=`: append to the current value.
    pub append: bool,
    /// The value; expand it with `expand::expand_assignment_value` (no splitting, no globbing).
    pub value: Word,
    /// `NAME[SUBSCRIPT]=value`: the subscript as typed (an arithmetic expression).
    pub subscript: Option<String>,
    /// `NAME=(WORD…)`: the words between the parentheses, expanded like command words (a
    /// `[SUBSCRIPT]=value` word sets that element); `value` is then empty.
    pub array: Option<Vec<Word>>,
}

/// One shell word before expansion.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// The pieces, in order. Quote characters are already removed; what they protected is marked
    /// `quoted`.
    pub parts: Vec<WordPart>,
    /// The word as typed (without line continuations), used in messages such as
    /// `bash: $x: ambiguous redirect` and by the printer.
    pub source: String,
}

/// A piece of a [`Word`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordPart {
    /// Plain text. `quoted` text came from quotes or a backslash escape and is never split nor
    /// globbed; unquoted text may hold glob characters and a leading `~`.
    Literal {
        /// The text, with quotes and escapes already removed.
        text: String,
        /// Whether quoting protected it.
        quoted: bool,
    },
    /// `$name`, `${name}`, `${name:-word}`, …. `name` is a variable name, a positional parameter
    /// (`1`, `10`) or a special parameter (`?`, `$`, `#`, `@`, `*`, `!`, `-`, `0`).
    Param {
        /// The parameter's name.
        name: String,
        /// `${name[SUBSCRIPT]…}`: the subscript as typed (`@`, `*` or an arithmetic
        /// expression).
        subscript: Option<String>,
        /// Inside double quotes (then the result is neither split nor globbed).
        quoted: bool,
        /// What to do with the value (boxed to keep word parts small).
        operation: Box<ParamOperation>,
    },
    /// `$(…)` or `` `…` ``: the output of `program`, trailing newlines removed.
    CommandSubst {
        /// The parsed commands inside.
        program: Box<Program>,
        /// Inside double quotes.
        quoted: bool,
    },
    /// `<(…)`: process substitution. The commands run to completion before the command
    /// that names them, and the word becomes the path of a file holding their output
    /// (`/dev/fd/63`, then 62…), removed once the command line is over.
    ProcessSubst {
        /// The parsed commands inside.
        program: Box<Program>,
    },
    /// A backquoted command with a syntax error. bash parses backquoted text only when it runs
    /// the command, so it prints `messages` (one per line, on stderr) at that point and the
    /// substitution expands to nothing; the command still runs.
    CommandSubstSyntaxError {
        /// bash's messages, e.g. ``bash: command substitution: line 1: syntax error near
        /// unexpected token `;'``.
        messages: Vec<String>,
        /// Inside double quotes.
        quoted: bool,
    },
    /// `$((…))`: the text inside, evaluated as integer arithmetic when expanded.
    Arithmetic {
        /// The expression as typed (its `$name`s are expanded first).
        text: String,
        /// Inside double quotes.
        quoted: bool,
    },
    /// A `${…}` bash rejects when it expands it (`${}`, `${a b}`); bash reports
    /// `bash: ${}: bad substitution` at run time, not while parsing.
    BadSubstitution {
        /// The whole `${…}` text.
        text: String,
    },
}

/// The operation of a `${…}` parameter expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamOperation {
    /// `$x`, `${x}`: the value.
    Value,
    /// `${#x}`: the length of the value in characters.
    Length,
    /// `${x-word}` (`null_counts_as_unset` false) or `${x:-word}` (true): `word` when unset/null.
    UseDefault {
        /// The replacement word.
        word: Word,
        /// The `:` form: an empty value counts as unset.
        null_counts_as_unset: bool,
    },
    /// `${x=word}` / `${x:=word}`: like `UseDefault`, and also assign `word` to `x`.
    AssignDefault {
        /// The value to use and assign.
        word: Word,
        /// The `:` form.
        null_counts_as_unset: bool,
    },
    /// `${x+word}` / `${x:+word}`: `word` when set (and non-null), else nothing.
    UseAlternative {
        /// The alternative word.
        word: Word,
        /// The `:` form.
        null_counts_as_unset: bool,
    },
    /// `${x?word}` / `${x:?word}`: fail the command with `word` as message when unset (or null).
    ErrorIfUnset {
        /// The message (empty means bash's default message).
        word: Word,
        /// The `:` form.
        null_counts_as_unset: bool,
    },
    /// `${x#pattern}` (shortest) / `${x##pattern}` (longest): remove a matching prefix.
    RemovePrefix {
        /// The glob pattern.
        pattern: Word,
        /// `##`.
        longest: bool,
    },
    /// `${x%pattern}` / `${x%%pattern}`: remove a matching suffix.
    RemoveSuffix {
        /// The glob pattern.
        pattern: Word,
        /// `%%`.
        longest: bool,
    },
    /// `${x:offset}` / `${x:offset:length}`: a substring (of `$@`: a slice of the positional
    /// parameters). Both are arithmetic expressions, kept as typed.
    Substring {
        /// The offset's expression.
        offset: String,
        /// The length's expression, when given.
        length: Option<String>,
    },
    /// `${x/pattern/string}` and its `//`, `/#` and `/%` forms.
    Replace {
        /// The glob pattern.
        pattern: Word,
        /// The replacement (none: the match is removed); an unquoted `&` in it stands for
        /// the match (bash 5.2's `patsub_replacement`).
        replacement: Option<Word>,
        /// Which matches are replaced.
        anchor: ReplaceAnchor,
    },
    /// `${x^pattern}`, `${x^^pattern}`, `${x,pattern}`, `${x,,pattern}`: case modification of
    /// the first character or of all characters that match the pattern (any, when empty).
    CaseModify {
        /// `^`: to upper case; `,`: to lower case.
        upper: bool,
        /// Doubled operator: every character.
        all: bool,
        /// The pattern each character must match.
        pattern: Word,
    },
    /// `${x@Q}`, `${x@U}`, `${x@u}`, `${x@L}`, `${x@E}`: the value transformed.
    Transform {
        /// The operator letter.
        operator: char,
    },
    /// `${!x}`: the value of the variable that `x` names.
    Indirect,
    /// `${!a[@]}`, `${!a[*]}`: the indexes of the array's elements.
    Indices,
    /// `${!prefix@}`, `${!prefix*}` (the parameter's name is the prefix, its subscript `@` or
    /// `*`): the names of the set variables that start with it, in bash's order.
    PrefixNames,
    /// A valid bash expansion this shell does not implement (`${!x*}`, `${x@A}`, …);
    /// expanding it fails with a clear message.
    Unsupported {
        /// The whole `${…}` text.
        text: String,
    },
}

/// Which matches `${x/pattern/string}` replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplaceAnchor {
    /// `/`: the first (longest) match.
    First,
    /// `//`: every match.
    All,
    /// `/#`: a match at the start.
    Start,
    /// `/%`: a match at the end.
    End,
}

/// One redirection: an optional explicit file descriptor and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// The number written before the operator (`2>`), if any; see [`Redirect::target_fd`].
    pub fd: Option<u32>,
    /// The operator and its target.
    pub kind: RedirectKind,
}

/// A redirection operator with its target word or here-document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedirectKind {
    /// `<word`: read from a file.
    Read(Word),
    /// `>word`: write a file (truncate).
    Write(Word),
    /// `>>word`: append to a file.
    Append(Word),
    /// `>|word`: write even when `noclobber` is set.
    WriteClobber(Word),
    /// `<>word`: open for reading and writing.
    ReadWrite(Word),
    /// `<&word`: duplicate an input descriptor (`word` is a number) or close it (`-`).
    DuplicateRead(Word),
    /// `>&word` with a number or `-` (`2>&1`, `>&2`, `>&-`). `>&file` without a descriptor number
    /// is parsed as [`RedirectKind::WriteStdoutAndStderr`], as bash does.
    DuplicateWrite(Word),
    /// `&>word` (or `>&word`): stdout and stderr to a file.
    WriteStdoutAndStderr(Word),
    /// `&>>word`: stdout and stderr appended to a file.
    AppendStdoutAndStderr(Word),
    /// `<<delimiter` / `<<-delimiter`: the lines that follow.
    HereDocument(HereDocument),
    /// `<<<word`: the expanded word plus a newline.
    HereString(Word),
}

/// A here-document and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HereDocument {
    /// The delimiter after quote removal.
    pub delimiter: String,
    /// `<<-`: leading tabs were stripped from the body lines and the delimiter line.
    pub strip_tabs: bool,
    /// No part of the delimiter was quoted, so the body undergoes parameter expansion and command
    /// substitution (its parts are all `quoted`, so it is never split nor globbed).
    pub expand: bool,
    /// The body, every line ending in a newline; expand it with `expand::expand_word_single`.
    pub body: Word,
    /// The here-document's number in source order, used to attach bodies after parsing.
    index: usize,
}

impl Redirect {
    /// The descriptor the redirection acts on: the explicit number, else 0 for reading forms
    /// (`<`, `<>`, `<&`, `<<`, `<<<`) and 1 for writing forms (`&>`/`&>>` also redirect 2).
    pub fn target_fd(&self) -> u32 {
        match (self.fd, &self.kind) {
            (Some(fd), _) => fd,
            (
                None,
                RedirectKind::Read(_)
                | RedirectKind::ReadWrite(_)
                | RedirectKind::DuplicateRead(_)
                | RedirectKind::HereDocument(_)
                | RedirectKind::HereString(_),
            ) => 0,
            (None, _) => 1,
        }
    }
}

impl AndOrList {
    /// A list that is `compound` alone.
    pub fn of_compound(compound: Compound) -> AndOrList {
        AndOrList {
            first: Pipeline {
                negated: false,
                timed: None,
                commands: vec![SimpleCommand::default()],
            },
            rest: Vec::new(),
            source: compound.to_string(),
            compound: Some(Box::new(compound)),
        }
    }

    /// The word that starts the first compound command in it (`for`, `{`, `(`…), if any.
    pub fn compound_keyword(&self) -> Option<&'static str> {
        let mut pipelines = std::iter::once(&self.first).chain(self.rest.iter().map(|(_, p)| p));
        self.compound
            .as_deref()
            .or_else(|| {
                pipelines.find_map(|pipeline| {
                    pipeline
                        .commands
                        .iter()
                        .find_map(|command| command.compound.as_deref())
                })
            })
            .map(Compound::keyword)
    }
}

impl Compound {
    /// The word that starts it.
    pub fn keyword(&self) -> &'static str {
        match self {
            Compound::For { .. } => "for",
            Compound::While { until: false, .. } => "while",
            Compound::While { until: true, .. } => "until",
            Compound::If { .. } => "if",
            Compound::Case { .. } => "case",
            Compound::Group { .. } => "{",
            Compound::Subshell { .. } => "(",
            Compound::Arithmetic { .. } => "((",
            Compound::Conditional { .. } => "[[",
            Compound::Function { .. } => "function",
            Compound::ArithmeticFor { .. } => "for",
        }
    }

    /// The lists inside it, in source order (a loop's condition before its body).
    pub fn bodies(&self) -> Vec<&Program> {
        match self {
            Compound::For { body, .. }
            | Compound::ArithmeticFor { body, .. }
            | Compound::Group { body }
            | Compound::Subshell { body } => vec![body],
            Compound::Arithmetic { .. } | Compound::Conditional { .. } => Vec::new(),
            Compound::Function { body, .. } => body
                .compound
                .as_deref()
                .map(Compound::bodies)
                .unwrap_or_default(),
            Compound::While {
                condition, body, ..
            } => vec![condition, body],
            Compound::If {
                branches,
                otherwise,
            } => branches
                .iter()
                .flat_map(|(condition, body)| [condition, body])
                .chain(otherwise)
                .collect(),
            Compound::Case { items, .. } => items.iter().map(|item| &item.body).collect(),
        }
    }
}

impl SimpleCommand {
    /// Whether the command has nothing at all (a lone `!`).
    pub fn is_empty(&self) -> bool {
        self.assignments.is_empty()
            && self.words.is_empty()
            && self.redirects.is_empty()
            && self.compound.is_none()
    }
}

impl Word {
    /// The word's text when it has no quoting and no expansions at all (`kubectl`, `-n`), else
    /// `None`. bash only treats such words as alias names or reserved words.
    pub fn plain_text(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [WordPart::Literal {
                text,
                quoted: false,
            }] if *text == self.source => Some(text),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Outcomes, options, errors
// ---------------------------------------------------------------------------------------------

/// The result of parsing input that may continue on further lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseOutcome {
    /// The input is a complete program.
    Complete(Program),
    /// More lines are needed (bash shows its `> ` prompt); append `"\n"` and the next line to the
    /// same input and parse again.
    Incomplete(IncompleteReason),
    /// The input is wrong; bash prints the error and discards the input.
    Error(SyntaxError),
}

/// Why the input is not complete yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncompleteReason {
    /// Inside `'…'`.
    SingleQuote,
    /// Inside `$'…'`.
    AnsiCQuote,
    /// Inside `"…"`.
    DoubleQuote,
    /// Inside `` `…` ``.
    Backquote,
    /// Inside `$(…)`.
    CommandSubstitution,
    /// Inside `${…}`.
    ParameterExpansion,
    /// A here-document's body has not reached its delimiter line yet.
    HereDocument {
        /// The delimiter still awaited.
        delimiter: String,
    },
    /// After `|` or `|&`.
    Pipe,
    /// After `&&` or `||`.
    AndOr,
    /// Inside a compound command before its closing word (`done`, `fi`).
    Compound,
    /// The input ends with a backslash (line continuation).
    LineContinuation,
}

/// A syntax error with the line it was found on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub kind: SyntaxErrorKind,
    /// The line number (counting from [`ParseOptions::first_line_number`]) where it was noticed;
    /// bash shows it only when not interactive (`bash: line 3: …`).
    pub line: usize,
}

/// What kind of syntax error was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// A token where none of its kind may appear, e.g. `;` at the start; `newline` for the end
    /// of a line or of input.
    UnexpectedToken {
        /// The token's text as bash quotes it.
        token: String,
    },
    /// The input ended after `|`, `&&` or `||` and no more will come.
    UnexpectedEndOfFile,
    /// The input ended inside a quote or substitution and no more will come.
    UnexpectedEofLookingFor {
        /// The closing character bash was looking for.
        expected: char,
    },
    /// Nesting deeper than [`MAX_NESTING_DEPTH`].
    NestingTooDeep,
    /// `for ((…))` without exactly two `;` inside.
    ArithmeticForExpression,
    /// More than [`MAX_ALIAS_EXPANSIONS`] alias expansions.
    TooManyAliasExpansions,
    /// `for 1 in …`: the loop variable is not a name.
    NotAValidIdentifier {
        /// The word given.
        name: String,
    },
    /// A `[[ … ]]` bash cannot read; `message` is bash's text without `bash: `, e.g.
    /// ``unexpected argument `]]' to conditional unary operator``.
    Conditional {
        /// bash's message.
        message: String,
    },
    /// Valid bash this shell does not implement.
    Unsupported {
        /// The token that starts the construct, e.g. `for`.
        token: String,
        /// What it is, plural, e.g. `compound commands`.
        construct: &'static str,
    },
}

impl SyntaxErrorKind {
    /// Whether bash reports this error in backquoted text only when running the command (real
    /// syntax errors), rather than this shell refusing the input at once (its own limits).
    fn is_reported_when_substituting(&self) -> bool {
        matches!(
            self,
            Self::UnexpectedToken { .. }
                | Self::UnexpectedEndOfFile
                | Self::UnexpectedEofLookingFor { .. }
                | Self::Conditional { .. }
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl fmt::Display for SyntaxErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnexpectedToken { token } => {
                write!(f, "bash: syntax error near unexpected token `{token}'")
            }
            Self::UnexpectedEndOfFile => f.write_str("bash: syntax error: unexpected end of file"),
            Self::UnexpectedEofLookingFor { expected } => {
                write!(
                    f,
                    "bash: unexpected EOF while looking for matching `{expected}'"
                )
            }
            Self::NestingTooDeep => f.write_str("bash: syntax error: nesting too deep"),
            Self::ArithmeticForExpression => {
                f.write_str("bash: syntax error: arithmetic expression required")
            }
            Self::TooManyAliasExpansions => {
                f.write_str("bash: syntax error: too many alias expansions")
            }
            Self::NotAValidIdentifier { name } => {
                write!(f, "bash: `{name}': not a valid identifier")
            }
            Self::Conditional { message } => write!(f, "bash: {message}"),
            Self::Unsupported { token, construct } => {
                write!(
                    f,
                    "bash: `{token}': {construct} are not supported by this shell"
                )
            }
        }
    }
}

impl std::error::Error for SyntaxError {}

/// A warning bash prints while reading input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseWarning {
    /// The input ended before a here-document's delimiter line.
    HereDocumentDelimitedByEndOfFile {
        /// The line of the `<<` operator.
        line: usize,
        /// The delimiter that never came.
        delimiter: String,
    },
}

impl ParseWarning {
    /// bash's text; a shell reading a script (not a terminal) names the line it had reached
    /// (`bash: line 4: warning: …`).
    pub fn render(&self, script_line: Option<usize>) -> String {
        let place = script_line
            .map(|n| format!("line {n}: "))
            .unwrap_or_default();
        match self {
            Self::HereDocumentDelimitedByEndOfFile { line, delimiter } => format!(
                "bash: {place}warning: here-document at line {line} delimited by end-of-file (wanted `{delimiter}')"
            ),
        }
    }
}

impl fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(None))
    }
}

/// How to parse.
#[derive(Debug, Clone, Copy)]
pub struct ParseOptions<'a> {
    /// No more input will come (piped stdin ended, `bash -c`): unfinished input gives bash's
    /// end-of-file errors, a here-document may end at the end of input (with a warning) and a
    /// trailing backslash is dropped. When false such input is [`ParseOutcome::Incomplete`].
    pub end_of_input: bool,
    /// The number of the input's first line, for messages (interactive bash counts lines since
    /// the shell started).
    pub first_line_number: usize,
    /// The shell's aliases. bash expands an alias when an unquoted word that is exactly its name
    /// stands in command position (first word, possibly after assignments), and also the word
    /// after an alias whose value ends in a blank; an alias is not expanded again inside its own
    /// expansion. Aliases defined by a line only apply to lines parsed afterwards, as in bash.
    pub aliases: Option<&'a BTreeMap<String, String>>,
}

impl Default for ParseOptions<'_> {
    fn default() -> Self {
        ParseOptions {
            end_of_input: false,
            first_line_number: 1,
            aliases: None,
        }
    }
}

/// The first command line of an input, as [`parse_next_command_line`] returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextCommandLine {
    /// What the first command line is.
    pub outcome: ParseOutcome,
    /// How many bytes of the input it used: through the newline that ends it (with here-document
    /// bodies), through the end of the offending line for an error, 0 when incomplete.
    pub consumed: usize,
}

/// Parses `input` as a whole, assuming more lines may follow and no aliases.
pub fn parse(input: &str) -> ParseOutcome {
    parse_with_options(input, &ParseOptions::default())
}

/// Parses `input` as a whole; any error anywhere makes the outcome an error.
pub fn parse_with_options(input: &str, options: &ParseOptions<'_>) -> ParseOutcome {
    let mut parser = Parser::new(input.as_bytes(), options, 0, options.first_line_number);
    parser.run(false).outcome
}

/// Parses only the first command line of `input` (the commands up to a newline, the lines they
/// continue onto and their here-document bodies), skipping blank and comment lines before it.
///
/// This is how bash reads a script or a paste: line by line, running each complete line before
/// reading the next, so an error on line 3 does not stop lines 1 and 2. Call it in a loop on the
/// rest of the input; it is linear in what it consumes, so a large paste stays linear overall.
pub fn parse_next_command_line(input: &str, options: &ParseOptions<'_>) -> NextCommandLine {
    let mut parser = Parser::new(input.as_bytes(), options, 0, options.first_line_number);
    parser.run(true)
}

// ---------------------------------------------------------------------------------------------
// Reader: input bytes plus pushed-back alias text, logging what it consumes
// ---------------------------------------------------------------------------------------------

struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
    /// Alias text not read yet, reversed (the next byte is the last element).
    pushback: Vec<u8>,
    /// Aliases whose text is being read: name, pushback length below their text, and whether
    /// the value ends in a blank.
    active_aliases: Vec<(String, usize, bool)>,
    /// An alias whose value ends in a blank was used up: check the next word for an alias too.
    check_next_word_for_alias: bool,
    /// Every byte consumed, except line continuations: the source of words and lists.
    log: Vec<u8>,
    /// Newlines consumed from `src`.
    newlines: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        let pushed = self.pushback.len();
        if ahead < pushed {
            self.pushback.get(pushed - 1 - ahead).copied()
        } else {
            self.src.get(self.pos + (ahead - pushed)).copied()
        }
    }

    fn take(&mut self, mut log: bool) -> Option<u8> {
        let byte = match self.pushback.pop() {
            Some(byte) => {
                let pushed = self.pushback.len();
                // The blank that ends every alias text is not part of the source.
                if self
                    .active_aliases
                    .last()
                    .is_some_and(|(_, floor, _)| *floor == pushed)
                {
                    log = false;
                }
                while let Some((_, floor, ends_in_blank)) = self.active_aliases.last() {
                    if *floor < pushed {
                        break;
                    }
                    self.check_next_word_for_alias = *ends_in_blank;
                    self.active_aliases.pop();
                }
                byte
            }
            None => {
                let byte = *self.src.get(self.pos)?;
                self.pos += 1;
                if byte == b'\n' {
                    self.newlines += 1;
                }
                byte
            }
        };
        if log {
            self.log.push(byte);
        }
        Some(byte)
    }

    fn bump(&mut self) -> Option<u8> {
        self.take(true)
    }

    fn at_end(&self) -> bool {
        self.pushback.is_empty() && self.pos >= self.src.len()
    }

    /// Takes bytes up to (not including) `stop` or the end; logs them and appends them to `out`.
    fn take_until(&mut self, stop: u8, out: &mut Vec<u8>) {
        self.take_run(|byte| byte == stop, out);
    }

    /// Takes bytes up to (not including) the first for which `stop` holds, or the end; logs them
    /// and appends them to `out`.
    fn take_run(&mut self, stop: impl Fn(u8) -> bool, out: &mut Vec<u8>) {
        if self.pushback.is_empty() {
            let rest = self.src.get(self.pos..).unwrap_or_default();
            let len = rest.iter().position(|b| stop(*b)).unwrap_or(rest.len());
            let chunk = rest.get(..len).unwrap_or_default();
            out.extend_from_slice(chunk);
            self.log.extend_from_slice(chunk);
            self.newlines += chunk.iter().filter(|b| **b == b'\n').count();
            self.pos += len;
            return;
        }
        while let Some(byte) = self.peek(0) {
            if stop(byte) {
                break;
            }
            self.bump();
            out.push(byte);
        }
    }

    fn push_alias(&mut self, name: &str, value: &str) {
        let floor = self.pushback.len();
        // bash ends every alias expansion with a blank so its last token is delimited while
        // the alias still counts as being expanded.
        self.pushback.push(b' ');
        self.pushback.extend(value.bytes().rev());
        let ends_in_blank = value.ends_with([' ', '\t']);
        self.active_aliases
            .push((name.to_string(), floor, ends_in_blank));
    }

    fn alias_is_active(&self, name: &str) -> bool {
        self.active_aliases
            .iter()
            .any(|(active, _, _)| active == name)
    }

    fn log_text(&self, start: usize, end: usize) -> String {
        String::from_utf8_lossy(self.log.get(start..end).unwrap_or_default()).into_owned()
    }

    fn log_text_trimmed(&self, start: usize, end: usize) -> String {
        String::from_utf8_lossy(self.log.get(start..end).unwrap_or_default())
            .trim()
            .to_string()
    }
}

fn bytes_to_string(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    Semicolon,
    DoubleSemicolon,
    SemicolonAmpersand,
    DoubleSemicolonAmpersand,
    Ampersand,
    AndIf,
    Pipe,
    PipeAmpersand,
    OrIf,
    LeftParen,
    RightParen,
    Less,
    Great,
    DoubleGreat,
    LessAmpersand,
    GreatAmpersand,
    LessGreat,
    Clobber,
    DoubleLess,
    DoubleLessDash,
    TripleLess,
    AmpersandGreat,
    AmpersandDoubleGreat,
}

impl Operator {
    fn text(self) -> &'static str {
        match self {
            Self::Semicolon => ";",
            Self::DoubleSemicolon => ";;",
            Self::SemicolonAmpersand => ";&",
            Self::DoubleSemicolonAmpersand => ";;&",
            Self::Ampersand => "&",
            Self::AndIf => "&&",
            Self::Pipe => "|",
            Self::PipeAmpersand => "|&",
            Self::OrIf => "||",
            Self::LeftParen => "(",
            Self::RightParen => ")",
            Self::Less => "<",
            Self::Great => ">",
            Self::DoubleGreat => ">>",
            Self::LessAmpersand => "<&",
            Self::GreatAmpersand => ">&",
            Self::LessGreat => "<>",
            Self::Clobber => ">|",
            Self::DoubleLess => "<<",
            Self::DoubleLessDash => "<<-",
            Self::TripleLess => "<<<",
            Self::AmpersandGreat => "&>",
            Self::AmpersandDoubleGreat => "&>>",
        }
    }

    fn is_redirection(self) -> bool {
        matches!(
            self,
            Self::Less
                | Self::Great
                | Self::DoubleGreat
                | Self::LessAmpersand
                | Self::GreatAmpersand
                | Self::LessGreat
                | Self::Clobber
                | Self::DoubleLess
                | Self::DoubleLessDash
                | Self::TripleLess
                | Self::AmpersandGreat
                | Self::AmpersandDoubleGreat
        )
    }
}

#[derive(Debug, Clone)]
enum TokenKind {
    Word(Word),
    IoNumber(u32),
    Operator(Operator),
    Newline,
    End,
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    /// The word follows an alias whose value ends in a blank.
    check_alias: bool,
    /// Log offsets of the token's text.
    start: usize,
    end: usize,
}

impl Token {
    /// The token as bash names it in `syntax error near unexpected token`.
    fn error_text(&self) -> String {
        match &self.kind {
            TokenKind::Word(word) => word.source.clone(),
            TokenKind::IoNumber(number) => number.to_string(),
            TokenKind::Operator(operator) => operator.text().to_string(),
            TokenKind::Newline | TokenKind::End => "newline".to_string(),
        }
    }
}

/// Why parsing stopped early.
enum Stop {
    Incomplete(IncompleteReason),
    Error(SyntaxError),
}

type ParseResult<T> = Result<T, Stop>;

// ---------------------------------------------------------------------------------------------
// Word builder
// ---------------------------------------------------------------------------------------------

/// Collects word parts, merging neighbouring literal bytes of the same quotedness.
#[derive(Default)]
struct PartsBuilder {
    parts: Vec<WordPart>,
    text: Vec<u8>,
    quoted: bool,
    has_text: bool,
}

impl PartsBuilder {
    fn push_bytes(&mut self, bytes: &[u8], quoted: bool) {
        if self.has_text && self.quoted != quoted {
            self.flush();
        }
        self.quoted = quoted;
        self.has_text = true;
        self.text.extend_from_slice(bytes);
    }

    /// The buffer for literal text of the given quotedness, for appending to directly.
    fn text_buffer(&mut self, quoted: bool) -> &mut Vec<u8> {
        if self.has_text && self.quoted != quoted {
            self.flush();
        }
        self.quoted = quoted;
        self.has_text = true;
        &mut self.text
    }

    fn push_byte(&mut self, byte: u8, quoted: bool) {
        self.push_bytes(&[byte], quoted);
    }

    fn push_part(&mut self, part: WordPart) {
        let part_is_quoted = matches!(
            part,
            WordPart::Param { quoted: true, .. }
                | WordPart::CommandSubst { quoted: true, .. }
                | WordPart::CommandSubstSyntaxError { quoted: true, .. }
        );
        if self.has_text && self.quoted && self.text.is_empty() && part_is_quoted {
            // `"$x"`: the quoted expansion already makes the field exist.
            self.has_text = false;
        }
        self.flush();
        self.parts.push(part);
    }

    fn flush(&mut self) {
        if self.has_text {
            let text = bytes_to_string(std::mem::take(&mut self.text));
            self.parts.push(WordPart::Literal {
                text,
                quoted: self.quoted,
            });
            self.has_text = false;
        }
    }

    fn finish(mut self, source: String) -> Word {
        if self.parts.is_empty() && self.has_text {
            // The common one-literal word, allocated at its exact size.
            let text = bytes_to_string(std::mem::take(&mut self.text));
            return Word {
                parts: vec![WordPart::Literal {
                    text,
                    quoted: self.quoted,
                }],
                source,
            };
        }
        self.flush();
        self.parts.shrink_to_fit();
        Word {
            parts: self.parts,
            source,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

struct PendingHereDocument {
    index: usize,
    delimiter: String,
    strip_tabs: bool,
    expand: bool,
    line: usize,
}

/// Where a word is being read, which decides how `\`, quotes and `}` behave.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordContext {
    /// The word after the operator of `${name…}`, outside double quotes.
    ParamWord,
    /// The same inside double quotes; `single_quotes` says whether `'…'` still quotes (pattern
    /// operators) or is literal (`-`, `=`, `+`, `?`).
    QuotedParamWord { single_quotes: bool },
}

struct Parser<'a> {
    reader: Reader<'a>,
    end_of_input: bool,
    aliases: Option<&'a BTreeMap<String, String>>,
    depth: usize,
    first_line_number: usize,
    peeked: Option<Token>,
    last_token_end: usize,
    pending_here_documents: Vec<PendingHereDocument>,
    here_document_bodies: Vec<Option<Word>>,
    warnings: Vec<ParseWarning>,
    alias_expansions: usize,
    continuation_at_end: bool,
    /// Whether the next word may be an assignment (it starts a command, or follows one that
    /// starts it): bash then reads `a[1 + 1]=x` as one word.
    assignment_allowed: bool,
}

impl<'a> Parser<'a> {
    fn new(
        src: &'a [u8],
        options: &ParseOptions<'a>,
        depth: usize,
        first_line_number: usize,
    ) -> Self {
        Parser {
            reader: Reader {
                src,
                pos: 0,
                pushback: Vec::new(),
                active_aliases: Vec::new(),
                check_next_word_for_alias: false,
                log: Vec::new(),
                newlines: 0,
            },
            end_of_input: options.end_of_input,
            aliases: options.aliases,
            depth,
            first_line_number,
            peeked: None,
            last_token_end: 0,
            pending_here_documents: Vec::new(),
            here_document_bodies: Vec::new(),
            warnings: Vec::new(),
            alias_expansions: 0,
            continuation_at_end: false,
            assignment_allowed: true,
        }
    }

    /// Options for a parser reading text taken out of this one (backquotes, here-documents).
    fn sub_options(&self) -> ParseOptions<'a> {
        ParseOptions {
            end_of_input: true,
            first_line_number: self.line(),
            aliases: self.aliases,
        }
    }

    fn line(&self) -> usize {
        self.first_line_number + self.reader.newlines
    }

    fn error(&self, kind: SyntaxErrorKind) -> Stop {
        Stop::Error(SyntaxError {
            kind,
            line: self.line(),
        })
    }

    fn unexpected(&self, token: &Token) -> Stop {
        self.error(SyntaxErrorKind::UnexpectedToken {
            token: token.error_text(),
        })
    }

    fn unsupported(&self, token: &str, construct: &'static str) -> Stop {
        self.error(SyntaxErrorKind::Unsupported {
            token: token.to_string(),
            construct,
        })
    }

    fn enter(&mut self) -> ParseResult<()> {
        if self.depth >= MAX_NESTING_DEPTH {
            return Err(self.error(SyntaxErrorKind::NestingTooDeep));
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Parses a whole program (or only its first command line) and packages the outcome.
    fn run(&mut self, first_line_only: bool) -> NextCommandLine {
        let result = self.parse_program(false, first_line_only);
        match result {
            Ok(mut program) => {
                let mut bodies = std::mem::take(&mut self.here_document_bodies);
                if !bodies.is_empty() {
                    attach_here_document_bodies(&mut program, &mut bodies);
                }
                program.warnings = std::mem::take(&mut self.warnings);
                NextCommandLine {
                    outcome: ParseOutcome::Complete(program),
                    consumed: self.reader.pos,
                }
            }
            Err(Stop::Incomplete(reason)) if self.end_of_input => NextCommandLine {
                outcome: ParseOutcome::Error(self.end_of_file_error(reason)),
                consumed: self.reader.src.len(),
            },
            Err(Stop::Incomplete(reason)) => NextCommandLine {
                outcome: ParseOutcome::Incomplete(reason),
                consumed: 0,
            },
            Err(Stop::Error(error)) => {
                let src = self.reader.src;
                let pos = self.reader.pos.min(src.len());
                let after_newline = pos > 0 && src.get(pos - 1) == Some(&b'\n');
                let consumed = if after_newline && self.reader.pushback.is_empty() {
                    pos
                } else {
                    src.get(pos..)
                        .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
                        .map_or(src.len(), |offset| pos + offset + 1)
                };
                NextCommandLine {
                    outcome: ParseOutcome::Error(error),
                    consumed,
                }
            }
        }
    }

    /// The error bash gives when input ends where more was needed.
    fn end_of_file_error(&self, reason: IncompleteReason) -> SyntaxError {
        let kind = match reason {
            IncompleteReason::SingleQuote | IncompleteReason::AnsiCQuote => {
                SyntaxErrorKind::UnexpectedEofLookingFor { expected: '\'' }
            }
            IncompleteReason::DoubleQuote => {
                SyntaxErrorKind::UnexpectedEofLookingFor { expected: '"' }
            }
            IncompleteReason::Backquote => {
                SyntaxErrorKind::UnexpectedEofLookingFor { expected: '`' }
            }
            IncompleteReason::CommandSubstitution => {
                SyntaxErrorKind::UnexpectedEofLookingFor { expected: ')' }
            }
            IncompleteReason::ParameterExpansion => {
                SyntaxErrorKind::UnexpectedEofLookingFor { expected: '}' }
            }
            IncompleteReason::HereDocument { .. }
            | IncompleteReason::Pipe
            | IncompleteReason::AndOr
            | IncompleteReason::Compound
            | IncompleteReason::LineContinuation => SyntaxErrorKind::UnexpectedEndOfFile,
        };
        SyntaxError {
            kind,
            line: self.line(),
        }
    }

    // ----- token layer -----

    fn peek_token(&mut self) -> ParseResult<&Token> {
        if self.peeked.is_none() {
            let token = self.lex_token()?;
            self.peeked = Some(token);
        }
        match &self.peeked {
            Some(token) => Ok(token),
            None => Err(self.error(SyntaxErrorKind::UnexpectedEndOfFile)),
        }
    }

    fn next_token(&mut self) -> ParseResult<Token> {
        let token = match self.peeked.take() {
            Some(token) => token,
            None => self.lex_token()?,
        };
        self.last_token_end = token.end;
        Ok(token)
    }

    fn peek_kind_is(&mut self, test: impl Fn(&TokenKind) -> bool) -> ParseResult<bool> {
        Ok(test(&self.peek_token()?.kind))
    }

    // ----- grammar -----

    /// program: lists separated by `;`, `&` and newlines; ends at the end of input or, when
    /// `nested`, at the `)` of `$(…)`.
    fn parse_program(&mut self, nested: bool, first_line_only: bool) -> ParseResult<Program> {
        let mut program = Program::default();
        loop {
            let token = self.peek_token()?;
            match &token.kind {
                TokenKind::End if nested => {
                    return Err(Stop::Incomplete(IncompleteReason::CommandSubstitution))
                }
                TokenKind::End => break,
                TokenKind::Newline => {
                    self.next_token()?;
                    if first_line_only
                        && !program.items.is_empty()
                        && self.reader.pushback.is_empty()
                    {
                        break;
                    }
                    continue;
                }
                TokenKind::Operator(Operator::RightParen) if nested => {
                    self.next_token()?;
                    break;
                }
                _ => {}
            }
            let list = self.parse_list_item()?;
            let separator = self.separator(if nested { Ends::Paren } else { Ends::Input })?;
            program.items.push((list, separator));
        }
        Ok(program)
    }

    /// What ends a list item: `;` or `&` (read), or what may follow the item where the list
    /// is (a newline; the end of input at the top, `)` in `$(…)`, a closing reserved word in a
    /// compound command, where the end of input means more lines are needed).
    fn separator(&mut self, ends: Ends<'_>) -> ParseResult<Separator> {
        let token = self.peek_token()?;
        let ends_here = match (&token.kind, ends) {
            (TokenKind::Operator(Operator::Semicolon), _) => {
                self.next_token()?;
                return Ok(Separator::Sequential);
            }
            (TokenKind::Operator(Operator::Ampersand), _) => {
                self.next_token()?;
                return Ok(Separator::Background);
            }
            (TokenKind::Newline, _) => true,
            (TokenKind::End, Ends::Words(_) | Ends::Case) => {
                return Err(Stop::Incomplete(IncompleteReason::Compound))
            }
            (TokenKind::End, _) => true,
            (TokenKind::Operator(Operator::RightParen), Ends::Paren) => true,
            (
                TokenKind::Operator(
                    Operator::DoubleSemicolon
                    | Operator::SemicolonAmpersand
                    | Operator::DoubleSemicolonAmpersand,
                ),
                Ends::Case,
            ) => true,
            (TokenKind::Word(_), Ends::Case) => token_reserved(token) == Some("esac"),
            (TokenKind::Word(_), Ends::Words(words)) => {
                token_reserved(token).is_some_and(|word| words.contains(&word))
            }
            _ => false,
        };
        if ends_here {
            Ok(Separator::Sequential)
        } else {
            let token = token.clone();
            Err(self.unexpected(&token))
        }
    }

    /// One item of a list: an and-or list, or a compound command standing alone (no `!`,
    /// pipe, `&&`, `||` or redirection), which goes into [`AndOrList::compound`] so that it
    /// unrolls as it runs. A subshell or `[[ … ]]` never stands alone: it runs as a command of
    /// its own (so `set -e` sees its status).
    fn parse_list_item(&mut self) -> ParseResult<AndOrList> {
        let mut list = self.parse_and_or()?;
        let alone = list.rest.is_empty() && !list.first.negated;
        if let (true, [command]) = (alone, list.first.commands.as_mut_slice()) {
            let unrolls = command.redirects.is_empty()
                && command.compound.as_deref().is_some_and(|compound| {
                    !matches!(
                        compound,
                        Compound::Subshell { .. } | Compound::Conditional { .. }
                    )
                });
            if unrolls {
                list.compound = command.compound.take();
            }
        }
        Ok(list)
    }

    /// A compound command at the start of a command, with the redirections after it; `None`
    /// if the next token does not start one.
    fn parse_compound_command(&mut self) -> ParseResult<Option<SimpleCommand>> {
        let token = self.peek_token()?;
        let keyword = match &token.kind {
            TokenKind::Word(word) => match word.plain_text() {
                Some(text @ ("for" | "while" | "until" | "if" | "case" | "{" | "[[")) => {
                    text.to_string()
                }
                Some("function") => {
                    // `function NAME [()] COMPOUND`.
                    let line = self.line();
                    self.next_token()?;
                    let token = self.next_token()?;
                    let TokenKind::Word(word) = &token.kind else {
                        return Err(self.unexpected(&token));
                    };
                    let name = word.source.clone();
                    if self.peek_kind_is(|kind| {
                        matches!(kind, TokenKind::Operator(Operator::LeftParen))
                    })? {
                        self.next_token()?;
                        let token = self.next_token()?;
                        if !matches!(token.kind, TokenKind::Operator(Operator::RightParen)) {
                            return Err(self.unexpected(&token));
                        }
                    }
                    return self.parse_function_body(name, line).map(Some);
                }
                _ => return Ok(None),
            },
            TokenKind::Operator(Operator::LeftParen) => "(".to_string(),
            _ => return Ok(None),
        };
        let line = self.line();
        self.enter()?;
        self.next_token()?;
        let compound = match keyword.as_str() {
            "for" => self.parse_for()?,
            "if" => self.parse_if()?,
            "case" => self.parse_case()?,
            "[[" => self.parse_conditional()?,
            "{" => {
                let body = self.parse_list_until(&["}"])?;
                self.expect_reserved("}")?;
                Compound::Group { body }
            }
            "(" if self.reader.peek(0) == Some(b'(') => {
                self.reader.bump();
                let text = self.lex_arithmetic()?;
                Compound::Arithmetic {
                    expression: arithmetic_word(text),
                }
            }
            "(" => Compound::Subshell {
                body: self.parse_subshell_body()?,
            },
            _ => {
                let condition = self.parse_list_until(&["do"])?;
                self.expect_reserved("do")?;
                let body = self.parse_list_until(&["done"])?;
                self.expect_reserved("done")?;
                Compound::While {
                    until: keyword == "until",
                    condition,
                    body,
                }
            }
        };
        self.leave();
        let mut command = SimpleCommand {
            compound: Some(Box::new(compound)),
            line,
            ..SimpleCommand::default()
        };
        loop {
            let token = self.peek_token()?;
            match &token.kind {
                TokenKind::IoNumber(_) | TokenKind::Operator(_) if is_redirection(&token.kind) => {
                    let redirect = self.parse_next_redirect()?;
                    command.redirects.push(redirect);
                }
                TokenKind::Word(_) | TokenKind::Operator(Operator::LeftParen) => {
                    let token = token.clone();
                    return Err(self.unexpected(&token));
                }
                _ => return Ok(Some(command)),
            }
        }
    }

    /// A function's body after `NAME ()` (or `function NAME`): a compound command with its
    /// redirections, which apply at each call.
    fn parse_function_body(&mut self, name: String, line: usize) -> ParseResult<SimpleCommand> {
        self.skip_newlines(IncompleteReason::Compound)?;
        let Some(body) = self.parse_compound_command()? else {
            let token = self.peek_token()?.clone();
            return Err(self.unexpected(&token));
        };
        Ok(SimpleCommand {
            compound: Some(Box::new(Compound::Function {
                name,
                body: Box::new(body),
            })),
            line,
            ..SimpleCommand::default()
        })
    }

    /// The redirection at the cursor (its token starts one: see [`is_redirection`]).
    fn parse_next_redirect(&mut self) -> ParseResult<Redirect> {
        let fd = self.next_token_if_io_number()?;
        self.parse_redirect(fd)
    }

    /// Reads an `IoNumber` token (the `2` of `2>`) if one is next.
    fn next_token_if_io_number(&mut self) -> ParseResult<Option<u32>> {
        if let TokenKind::IoNumber(fd) = self.peek_token()?.kind {
            self.next_token()?;
            return Ok(Some(fd));
        }
        Ok(None)
    }

    /// The commands of `( … )` up to its `)`, after the `(`. An empty one is bash's syntax
    /// error at the `)`.
    fn parse_subshell_body(&mut self) -> ParseResult<Program> {
        let mut program = Program::default();
        loop {
            self.skip_newlines(IncompleteReason::Compound)?;
            let token = self.peek_token()?;
            if matches!(token.kind, TokenKind::Operator(Operator::RightParen)) {
                if program.items.is_empty() {
                    let token = token.clone();
                    return Err(self.unexpected(&token));
                }
                self.next_token()?;
                return Ok(program);
            }
            let list = self.parse_list_item()?;
            let separator = self.separator(Ends::Paren)?;
            program.items.push((list, separator));
        }
    }

    /// `for NAME [in WORDS] ; do LIST done`, after `for`.
    fn parse_for(&mut self) -> ParseResult<Compound> {
        self.skip_newlines(IncompleteReason::Compound)?;
        let arithmetic = matches!(
            self.peek_token()?.kind,
            TokenKind::Operator(Operator::LeftParen)
        ) && self.reader.peek(0) == Some(b'(');
        if arithmetic {
            return self.parse_arithmetic_for();
        }
        let token = self.next_token()?;
        let name = match &token.kind {
            TokenKind::Word(word) => word.source.clone(),
            _ => return Err(self.unexpected(&token)),
        };
        if !is_valid_name(&name) {
            return Err(self.error(SyntaxErrorKind::NotAValidIdentifier { name }));
        }
        self.skip_newlines(IncompleteReason::Compound)?;
        let mut words = None;
        if self.peek_is_reserved("in")? {
            self.next_token()?;
            let mut list = Vec::new();
            loop {
                let token = self.peek_token()?;
                match &token.kind {
                    TokenKind::Word(_) => {
                        if let TokenKind::Word(word) = self.next_token()?.kind {
                            list.push(word);
                        }
                    }
                    TokenKind::Operator(Operator::Semicolon) | TokenKind::Newline => {
                        self.next_token()?;
                        break;
                    }
                    TokenKind::End => return Err(Stop::Incomplete(IncompleteReason::Compound)),
                    _ => {
                        let token = token.clone();
                        return Err(self.unexpected(&token));
                    }
                }
            }
            words = Some(list);
        } else if self
            .peek_kind_is(|kind| matches!(kind, TokenKind::Operator(Operator::Semicolon)))?
        {
            self.next_token()?;
        }
        self.skip_newlines(IncompleteReason::Compound)?;
        self.expect_reserved("do")?;
        let body = self.parse_list_until(&["done"])?;
        self.expect_reserved("done")?;
        Ok(Compound::For { name, words, body })
    }

    /// `case WORD in [(]PATTERN[|PATTERN]…) LIST ;;… esac`, after `case`.
    fn parse_case(&mut self) -> ParseResult<Compound> {
        let token = self.next_token()?;
        let word = match token.kind {
            TokenKind::Word(word) => word,
            TokenKind::End => return Err(Stop::Incomplete(IncompleteReason::Compound)),
            _ => return Err(self.unexpected(&token)),
        };
        self.skip_newlines(IncompleteReason::Compound)?;
        self.expect_reserved("in")?;
        let mut items = Vec::new();
        loop {
            self.skip_newlines(IncompleteReason::Compound)?;
            if self.peek_is_reserved("esac")? {
                self.next_token()?;
                break;
            }
            if self.peek_kind_is(|kind| matches!(kind, TokenKind::Operator(Operator::LeftParen)))? {
                self.next_token()?;
            }
            let mut patterns = Vec::new();
            loop {
                let token = self.next_token()?;
                match token.kind {
                    TokenKind::Word(word) => patterns.push(word),
                    TokenKind::End => return Err(Stop::Incomplete(IncompleteReason::Compound)),
                    _ => return Err(self.unexpected(&token)),
                }
                let token = self.next_token()?;
                match &token.kind {
                    TokenKind::Operator(Operator::Pipe) => continue,
                    TokenKind::Operator(Operator::RightParen) => break,
                    TokenKind::End => return Err(Stop::Incomplete(IncompleteReason::Compound)),
                    _ => return Err(self.unexpected(&token)),
                }
            }
            let body = self.parse_case_body()?;
            let token = self.next_token()?;
            let terminator = match &token.kind {
                TokenKind::Operator(Operator::DoubleSemicolon) => CaseTerminator::Break,
                TokenKind::Operator(Operator::SemicolonAmpersand) => CaseTerminator::FallThrough,
                TokenKind::Operator(Operator::DoubleSemicolonAmpersand) => CaseTerminator::TestNext,
                // `esac` right after the last item's commands.
                _ if token_reserved(&token) == Some("esac") => {
                    items.push(CaseItem {
                        patterns,
                        body,
                        terminator: CaseTerminator::Break,
                    });
                    break;
                }
                _ => return Err(self.unexpected(&token)),
            };
            items.push(CaseItem {
                patterns,
                body,
                terminator,
            });
        }
        Ok(Compound::Case { word, items })
    }

    /// A `case` item's commands, up to its `;;` (`;&`, `;;&`) or `esac`, which is left to be
    /// read; unlike other lists it may be empty.
    fn parse_case_body(&mut self) -> ParseResult<Program> {
        let mut program = Program::default();
        loop {
            self.skip_newlines(IncompleteReason::Compound)?;
            let token = self.peek_token()?;
            let ends = matches!(
                token.kind,
                TokenKind::Operator(
                    Operator::DoubleSemicolon
                        | Operator::SemicolonAmpersand
                        | Operator::DoubleSemicolonAmpersand
                )
            ) || token_reserved(token) == Some("esac");
            if ends {
                return Ok(program);
            }
            let list = self.parse_list_item()?;
            let separator = self.separator(Ends::Case)?;
            program.items.push((list, separator));
        }
    }

    /// `if LIST; then LIST; [elif LIST; then LIST;]… [else LIST;] fi`, after `if`.
    fn parse_if(&mut self) -> ParseResult<Compound> {
        let mut branches = Vec::new();
        let mut otherwise = None;
        loop {
            let condition = self.parse_list_until(&["then"])?;
            self.expect_reserved("then")?;
            let body = self.parse_list_until(&["elif", "else", "fi"])?;
            branches.push((condition, body));
            let token = self.next_token()?;
            match token_reserved(&token) {
                Some("elif") => continue,
                Some("else") => {
                    otherwise = Some(self.parse_list_until(&["fi"])?);
                    self.expect_reserved("fi")?;
                    break;
                }
                _ => break,
            }
        }
        Ok(Compound::If {
            branches,
            otherwise,
        })
    }

    /// `for (( INIT; CONDITION; STEP )) ; do LIST done`, at its `((`.
    /// After `[[`: the conditional expression and the closing `]]`, as bash's `parse_cond_command`
    /// reads them (`||` binds loosest, then `&&`, then `!`).
    fn parse_conditional(&mut self) -> ParseResult<Compound> {
        let start = self.last_token_end;
        let expression = self.cond_list(true)?;
        let token = self.next_token()?;
        if token_reserved(&token) != Some("]]") {
            let message = match token.kind {
                TokenKind::Word(_) => "syntax error in conditional expression".to_string(),
                _ => format!(
                    "syntax error in conditional expression: unexpected token `{}'",
                    token.error_text()
                ),
            };
            return Err(self.cond_error(message));
        }
        let text = self.reader.log_text_trimmed(start, token.start);
        Ok(Compound::Conditional { expression, text })
    }

    /// `A || B …` (`or`) or `A && B …`; the token after the last term is left peeked.
    fn cond_list(&mut self, or: bool) -> ParseResult<CondExpr> {
        let mut terms = Vec::new();
        loop {
            terms.push(if or {
                self.cond_list(false)?
            } else {
                self.cond_term()?
            });
            let operator = if or { Operator::OrIf } else { Operator::AndIf };
            if !self
                .peek_kind_is(|kind| matches!(kind, TokenKind::Operator(o) if *o == operator))?
            {
                break;
            }
            self.next_token()?;
        }
        Ok(match (terms.len(), or) {
            (1, _) => terms.pop().unwrap_or(CondExpr::All(Vec::new())),
            (_, true) => CondExpr::Any(terms),
            (_, false) => CondExpr::All(terms),
        })
    }

    fn cond_error(&self, message: String) -> Stop {
        self.error(SyntaxErrorKind::Conditional { message })
    }

    /// One term: `( EXPRESSION )`, `! TERM`, `-op WORD`, `WORD op WORD` or a lone word; then the
    /// next token (after newlines) is peeked.
    fn cond_term(&mut self) -> ParseResult<CondExpr> {
        self.enter()?;
        let result = self.cond_term_inner();
        self.leave();
        result
    }

    fn cond_term_inner(&mut self) -> ParseResult<CondExpr> {
        self.skip_newlines(IncompleteReason::Compound)?;
        let token = self.next_token()?;
        let word = match token.kind {
            TokenKind::Operator(Operator::LeftParen) => {
                let inner = match self.cond_list(true) {
                    Err(Stop::Error(SyntaxError {
                        kind: SyntaxErrorKind::Conditional { message },
                        ..
                    })) if message == COND_NO_TERM => {
                        return Err(self.cond_error("expected `)'".to_string()))
                    }
                    other => other?,
                };
                let close = self.next_token()?;
                if !matches!(close.kind, TokenKind::Operator(Operator::RightParen)) {
                    let text = close.error_text();
                    return Err(self.cond_error(format!("unexpected token `{text}', expected `)'")));
                }
                self.skip_newlines(IncompleteReason::Compound)?;
                return Ok(CondExpr::Group(Box::new(inner)));
            }
            TokenKind::Word(word) => word,
            // bash names the token by its number here.
            TokenKind::IoNumber(_) => {
                return Err(self.cond_error("unexpected token 284 in conditional command".into()))
            }
            _ => {
                let text = token.error_text();
                return Err(
                    self.cond_error(format!("unexpected token `{text}' in conditional command"))
                );
            }
        };
        let term = match word.plain_text() {
            Some("]]") => return Err(self.cond_error(COND_NO_TERM.to_string())),
            Some("!") => return Ok(CondExpr::Not(Box::new(self.cond_term()?))),
            Some(op) if is_cond_unary(op) => {
                let op = op.to_string();
                let operand = self.cond_operand("unary")?;
                CondExpr::Unary(op, operand)
            }
            _ => {
                let next = self.peek_token()?;
                let op = match &next.kind {
                    TokenKind::Word(w) => match w.plain_text() {
                        Some(op) if is_cond_binary(op) => Some(op.to_string()),
                        Some("]]") => None,
                        _ => {
                            return Err(
                                self.cond_error("conditional binary operator expected".into())
                            )
                        }
                    },
                    TokenKind::Operator(Operator::Less) => Some("<".to_string()),
                    TokenKind::Operator(Operator::Great) => Some(">".to_string()),
                    TokenKind::Operator(
                        Operator::AndIf | Operator::OrIf | Operator::RightParen,
                    ) => None,
                    _ => {
                        let text = next.error_text();
                        return Err(self.cond_error(format!(
                            "unexpected token `{text}', conditional binary operator expected"
                        )));
                    }
                };
                match op {
                    None => CondExpr::Word(word),
                    Some(op) => {
                        self.next_token()?;
                        let right = if op == "=~" {
                            match self.lex_regex_word()? {
                                Some(right) => right,
                                None => self.cond_operand("binary")?,
                            }
                        } else {
                            self.cond_operand("binary")?
                        };
                        CondExpr::Binary(word, op, right)
                    }
                }
            }
        };
        self.skip_newlines(IncompleteReason::Compound)?;
        Ok(term)
    }

    /// The word after a unary or binary operator (`]]` is not one).
    fn cond_operand(&mut self, kind: &str) -> ParseResult<Word> {
        let token = self.next_token()?;
        match token.kind {
            TokenKind::Word(word) if word.plain_text() != Some("]]") => Ok(word),
            _ => {
                let text = token.error_text();
                Err(self.cond_error(format!(
                    "unexpected argument `{text}' to conditional {kind} operator"
                )))
            }
        }
    }

    /// The word after `=~`: as bash reads it, `(`…`)` (blanks and operators inside included)
    /// and `|` belong to the regular expression. `None` when no word starts here.
    fn lex_regex_word(&mut self) -> ParseResult<Option<Word>> {
        loop {
            self.skip_continuations();
            if !matches!(self.reader.peek(0), Some(b' ' | b'\t')) {
                break;
            }
            self.reader.bump();
        }
        let start = self.reader.log.len();
        let mut parts = Vec::new();
        let mut depth = 0usize;
        loop {
            self.skip_continuations();
            let Some(byte) = self.reader.peek(0) else {
                if depth > 0 {
                    return Err(Stop::Incomplete(IncompleteReason::CommandSubstitution));
                }
                break;
            };
            let separator = matches!(byte, b' ' | b'\t' | b'\n') || is_operator_start(byte);
            let literal = match byte {
                b'(' => {
                    depth += 1;
                    true
                }
                b')' if depth > 0 => {
                    depth -= 1;
                    true
                }
                b'|' => true,
                _ => depth > 0 && separator,
            };
            if literal {
                self.reader.bump();
                parts.push(WordPart::Literal {
                    text: char::from(byte).to_string(),
                    quoted: false,
                });
            } else if separator {
                break;
            } else {
                let word = self.lex_word(self.reader.log.len())?;
                parts.extend(word.parts);
            }
        }
        if parts.is_empty() {
            return Ok(None);
        }
        let source = self.reader.log_text(start, self.reader.log.len());
        self.last_token_end = self.reader.log.len();
        Ok(Some(Word { parts, source }))
    }

    fn parse_arithmetic_for(&mut self) -> ParseResult<Compound> {
        self.next_token()?;
        self.reader.bump();
        let text = self.lex_arithmetic()?;
        // bash keeps the blanks after each part (`for ((i = 0 ; …))` prints them).
        let parts: Vec<&str> = text.split(';').map(str::trim_start).collect();
        let [init, condition, step] = parts.as_slice() else {
            return Err(self.error(SyntaxErrorKind::ArithmeticForExpression));
        };
        let condition = if condition.trim().is_empty() {
            "1"
        } else {
            condition
        };
        let (init, condition, step) = (
            arithmetic_word(init.to_string()),
            arithmetic_word(condition.to_string()),
            arithmetic_word(step.to_string()),
        );
        if self.peek_kind_is(|kind| matches!(kind, TokenKind::Operator(Operator::Semicolon)))? {
            self.next_token()?;
        }
        self.skip_newlines(IncompleteReason::Compound)?;
        self.expect_reserved("do")?;
        let body = self.parse_list_until(&["done"])?;
        self.expect_reserved("done")?;
        Ok(Compound::ArithmeticFor {
            init,
            condition,
            step,
            body,
        })
    }

    /// Items up to one of `ends` (a reserved word in command position), which is left to be
    /// read. An empty list is bash's syntax error at that word.
    fn parse_list_until(&mut self, ends: &[&str]) -> ParseResult<Program> {
        let mut program = Program::default();
        loop {
            self.skip_newlines(IncompleteReason::Compound)?;
            let token = self.peek_token()?;
            if let Some(word) = token_reserved(token) {
                if ends.contains(&word) {
                    if program.items.is_empty() {
                        let token = token.clone();
                        return Err(self.unexpected(&token));
                    }
                    return Ok(program);
                }
            }
            let list = self.parse_list_item()?;
            let separator = self.separator(Ends::Words(ends))?;
            program.items.push((list, separator));
        }
    }

    fn peek_is_reserved(&mut self, word: &str) -> ParseResult<bool> {
        Ok(token_reserved(self.peek_token()?) == Some(word))
    }

    /// Reads the reserved word `word`, or gives bash's error for what stands there.
    fn expect_reserved(&mut self, word: &str) -> ParseResult<()> {
        self.skip_newlines(IncompleteReason::Compound)?;
        let token = self.next_token()?;
        if token_reserved(&token) == Some(word) {
            Ok(())
        } else {
            Err(self.unexpected(&token))
        }
    }

    fn skip_newlines(&mut self, reason: IncompleteReason) -> ParseResult<()> {
        loop {
            match &self.peek_token()?.kind {
                TokenKind::Newline => {
                    self.next_token()?;
                }
                TokenKind::End => return Err(Stop::Incomplete(reason)),
                _ => return Ok(()),
            }
        }
    }

    fn parse_and_or(&mut self) -> ParseResult<AndOrList> {
        let start = self.peek_token()?.start;
        let first = self.parse_pipeline()?;
        let mut rest = Vec::new();
        loop {
            let operator = match &self.peek_token()?.kind {
                TokenKind::Operator(Operator::AndIf) => AndOr::And,
                TokenKind::Operator(Operator::OrIf) => AndOr::Or,
                _ => break,
            };
            self.next_token()?;
            self.skip_newlines(IncompleteReason::AndOr)?;
            rest.push((operator, self.parse_pipeline()?));
        }
        let source = self
            .reader
            .log_text_trimmed(start, self.last_token_end.max(start));
        Ok(AndOrList {
            first,
            rest,
            source,
            compound: None,
        })
    }

    fn parse_pipeline(&mut self) -> ParseResult<Pipeline> {
        let mut negated = false;
        let mut timed = None;
        // bash's `pipeline_command`: any run of `!` and `time [-p] [--]` before the pipeline.
        loop {
            if self.peek_kind_is(is_bang)? {
                self.next_token()?;
                negated = !negated;
            } else if self.peek_kind_is(|kind| is_plain_word(kind, "time"))? {
                self.next_token()?;
                let mut format = TimeFormat::Bash;
                if self.peek_kind_is(|kind| is_plain_word(kind, "-p"))? {
                    self.next_token()?;
                    format = TimeFormat::Posix;
                }
                if self.peek_kind_is(|kind| is_plain_word(kind, "--"))? {
                    self.next_token()?;
                    format = TimeFormat::Posix;
                }
                timed = Some(format);
            } else {
                break;
            }
        }
        if (negated || timed.is_some())
            && self.peek_kind_is(|kind| {
                matches!(
                    kind,
                    TokenKind::Newline
                        | TokenKind::End
                        | TokenKind::Operator(
                            Operator::Semicolon | Operator::Ampersand | Operator::RightParen
                        )
                )
            })?
        {
            return Ok(Pipeline {
                negated,
                timed,
                commands: vec![SimpleCommand::default()],
            });
        }
        let mut commands = vec![self.parse_simple_command()?];
        loop {
            let with_stderr = match &self.peek_token()?.kind {
                TokenKind::Operator(Operator::Pipe) => false,
                TokenKind::Operator(Operator::PipeAmpersand) => true,
                _ => break,
            };
            self.next_token()?;
            if with_stderr {
                if let Some(last) = commands.last_mut() {
                    last.redirects.push(Redirect {
                        fd: Some(2),
                        kind: RedirectKind::DuplicateWrite(Word {
                            parts: vec![WordPart::Literal {
                                text: "1".to_string(),
                                quoted: false,
                            }],
                            source: "1".to_string(),
                        }),
                    });
                }
            }
            self.skip_newlines(IncompleteReason::Pipe)?;
            let token = self.peek_token()?;
            if is_bang(&token.kind) {
                let token = token.clone();
                return Err(self.unexpected(&token));
            }
            commands.push(self.parse_simple_command()?);
        }
        Ok(Pipeline {
            negated,
            timed,
            commands,
        })
    }

    fn parse_simple_command(&mut self) -> ParseResult<SimpleCommand> {
        if let Some(command) = self.parse_compound_command()? {
            return Ok(command);
        }
        let mut command = SimpleCommand {
            line: self.line(),
            ..SimpleCommand::default()
        };
        loop {
            let token = self.peek_token()?;
            match &token.kind {
                TokenKind::Word(_) => {
                    let token = self.next_token()?;
                    let TokenKind::Word(word) = token.kind else {
                        continue;
                    };
                    let in_command_position = command.words.is_empty();
                    let check_alias = in_command_position || token.check_alias;
                    if check_alias && self.try_expand_alias(&word, token.start)? {
                        continue;
                    }
                    if in_command_position {
                        if command.is_empty() {
                            self.check_reserved_word(&word)?;
                        }
                        if let Some(mut assignment) = split_assignment(&word) {
                            if assignment.value.source.is_empty()
                                && self.reader.peek(0) == Some(b'(')
                            {
                                assignment.array = Some(self.parse_array_words()?);
                            }
                            command.assignments.push(assignment);
                            continue;
                        }
                    }
                    if self.reader.peek(0) == Some(b'(')
                        && command
                            .words
                            .first()
                            .and_then(Word::plain_text)
                            .is_some_and(|name| {
                                matches!(name, "declare" | "typeset" | "local" | "readonly")
                            })
                    {
                        if let Some(mut assignment) = split_assignment(&word)
                            .filter(|found| found.subscript.is_none())
                            .filter(|found| found.value.source.is_empty())
                        {
                            assignment.array = Some(self.parse_array_words()?);
                            command.words.push(Word {
                                parts: vec![WordPart::Literal {
                                    text: assignment.name.clone(),
                                    quoted: false,
                                }],
                                source: assignment.name.clone(),
                            });
                            command.declared_arrays.push(assignment);
                            continue;
                        }
                    }
                    command.words.push(word);
                }
                TokenKind::IoNumber(_) | TokenKind::Operator(_) if is_redirection(&token.kind) => {
                    let redirect = self.parse_next_redirect()?;
                    command.redirects.push(redirect);
                }
                TokenKind::Operator(Operator::LeftParen) => {
                    let token = token.clone();
                    if command.words.len() == 1
                        && command.assignments.is_empty()
                        && command.redirects.is_empty()
                    {
                        // `name ( )` starts a function definition.
                        self.next_token()?;
                        let next = self.next_token()?;
                        if matches!(next.kind, TokenKind::Operator(Operator::RightParen)) {
                            let name = command
                                .words
                                .first()
                                .map(|word| word.source.clone())
                                .unwrap_or_default();
                            return self.parse_function_body(name, command.line);
                        }
                        return Err(self.unexpected(&next));
                    }
                    return Err(self.unexpected(&token));
                }
                _ => break,
            }
        }
        if command.is_empty() {
            let token = self.peek_token()?.clone();
            return Err(self.unexpected(&token));
        }
        Ok(command)
    }

    /// At the `(` of `name=(…)`: the words through the `)`; newlines and comments between
    /// them are skipped, any other operator is a syntax error.
    fn parse_array_words(&mut self) -> ParseResult<Vec<Word>> {
        self.reader.bump();
        let mut words = Vec::new();
        loop {
            let token = self.next_token()?;
            match token.kind {
                TokenKind::Word(word) => {
                    if words.len() >= MAX_ARRAY_WORDS {
                        return Err(self.unexpected(&Token {
                            kind: TokenKind::Word(word),
                            ..token
                        }));
                    }
                    words.push(word);
                }
                TokenKind::Newline => {}
                TokenKind::Operator(Operator::RightParen) => return Ok(words),
                TokenKind::End => {
                    return Err(Stop::Incomplete(IncompleteReason::CommandSubstitution))
                }
                _ => return Err(self.unexpected(&token)),
            }
        }
    }

    fn check_reserved_word(&self, word: &Word) -> ParseResult<()> {
        let Some(text) = word.plain_text() else {
            return Ok(());
        };
        match text {
            "then" | "else" | "elif" | "fi" | "do" | "done" | "esac" | "}" => {
                Err(self.error(SyntaxErrorKind::UnexpectedToken {
                    token: text.to_string(),
                }))
            }
            "if" | "case" | "for" | "select" | "while" | "until" | "{" | "coproc" => {
                Err(self.unsupported(text, "compound commands"))
            }
            "function" => Err(self.unsupported(text, "function definitions")),
            _ => Ok(()),
        }
    }

    /// Replaces `word` by its alias text when bash would; returns whether it did.
    fn try_expand_alias(&mut self, word: &Word, start: usize) -> ParseResult<bool> {
        let Some(aliases) = self.aliases else {
            return Ok(false);
        };
        let Some(name) = word.plain_text() else {
            return Ok(false);
        };
        let Some(value) = aliases.get(name) else {
            return Ok(false);
        };
        if self.reader.alias_is_active(name) {
            return Ok(false);
        }
        self.alias_expansions += 1;
        if self.alias_expansions > MAX_ALIAS_EXPANSIONS {
            return Err(self.error(SyntaxErrorKind::TooManyAliasExpansions));
        }
        self.reader.log.truncate(start);
        self.reader.push_alias(name, value);
        Ok(true)
    }

    fn parse_redirect(&mut self, fd: Option<u32>) -> ParseResult<Redirect> {
        let operator_token = self.next_token()?;
        let TokenKind::Operator(operator) = operator_token.kind else {
            return Err(self.unexpected(&operator_token));
        };
        let line = self.line();
        let target_token = self.next_token()?;
        let TokenKind::Word(word) = target_token.kind else {
            return Err(self.unexpected(&target_token));
        };
        let kind = match operator {
            Operator::Less => RedirectKind::Read(word),
            Operator::Great => RedirectKind::Write(word),
            Operator::DoubleGreat => RedirectKind::Append(word),
            Operator::Clobber => RedirectKind::WriteClobber(word),
            Operator::LessGreat => RedirectKind::ReadWrite(word),
            Operator::LessAmpersand => RedirectKind::DuplicateRead(word),
            Operator::GreatAmpersand => {
                let is_descriptor = word.source == "-"
                    || (!word.source.is_empty() && word.source.bytes().all(|b| b.is_ascii_digit()));
                if fd.is_none() && !is_descriptor {
                    RedirectKind::WriteStdoutAndStderr(word)
                } else {
                    RedirectKind::DuplicateWrite(word)
                }
            }
            Operator::AmpersandGreat => RedirectKind::WriteStdoutAndStderr(word),
            Operator::AmpersandDoubleGreat => RedirectKind::AppendStdoutAndStderr(word),
            Operator::TripleLess => RedirectKind::HereString(word),
            Operator::DoubleLess | Operator::DoubleLessDash => {
                let delimiter = remove_quotes_from_source(&word.source);
                let expand = !word.source.contains(['\'', '"', '\\']);
                let index = self.here_document_bodies.len();
                self.here_document_bodies.push(None);
                self.pending_here_documents.push(PendingHereDocument {
                    index,
                    delimiter: delimiter.clone(),
                    strip_tabs: operator == Operator::DoubleLessDash,
                    expand,
                    line,
                });
                RedirectKind::HereDocument(HereDocument {
                    delimiter,
                    strip_tabs: operator == Operator::DoubleLessDash,
                    expand,
                    body: Word::default(),
                    index,
                })
            }
            _ => return Err(self.unexpected(&operator_token)),
        };
        Ok(Redirect { fd, kind })
    }

    // ----- lexer -----

    /// Skips `\` newline pairs (line continuations) before the next byte.
    fn skip_continuations(&mut self) {
        while self.reader.peek(0) == Some(b'\\') && self.reader.peek(1) == Some(b'\n') {
            self.reader.take(false);
            self.reader.take(false);
            if self.reader.at_end() {
                self.continuation_at_end = true;
            }
        }
    }

    fn lex_token(&mut self) -> ParseResult<Token> {
        loop {
            self.skip_continuations();
            match self.reader.peek(0) {
                Some(b' ' | b'\t') => {
                    self.reader.bump();
                }
                Some(b'#') => {
                    let mut comment = Vec::new();
                    self.reader.take_until(b'\n', &mut comment);
                }
                Some(b'\\') if self.end_of_input && self.reader.peek(1).is_none() => {
                    // bash drops a backslash at the very end of its input.
                    self.reader.take(false);
                }
                _ => break,
            }
        }
        let start = self.reader.log.len();
        let check_alias = std::mem::take(&mut self.reader.check_next_word_for_alias);
        let kind = match self.reader.peek(0) {
            None => {
                if !self.pending_here_documents.is_empty() {
                    self.read_here_document_bodies()?;
                }
                if self.continuation_at_end && !self.end_of_input {
                    return Err(Stop::Incomplete(IncompleteReason::LineContinuation));
                }
                TokenKind::End
            }
            Some(b'\n') => {
                self.reader.bump();
                if !self.pending_here_documents.is_empty() {
                    self.read_here_document_bodies()?;
                }
                TokenKind::Newline
            }
            Some(b'<' | b'>') if self.reader.peek(1) == Some(b'(') => {
                TokenKind::Word(self.lex_word(start)?)
            }
            Some(byte) if is_operator_start(byte) => TokenKind::Operator(self.lex_operator()),
            Some(_) => {
                let word = self.lex_word(start)?;
                self.skip_continuations();
                let next = self.reader.peek(0);
                match word.plain_text() {
                    Some(text)
                        if matches!(next, Some(b'<' | b'>'))
                            && text.bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        match text.parse::<u32>() {
                            Ok(fd) => TokenKind::IoNumber(fd),
                            Err(_) => TokenKind::Word(word),
                        }
                    }
                    _ => TokenKind::Word(word),
                }
            }
        };
        self.assignment_allowed = match &kind {
            TokenKind::Newline | TokenKind::End => true,
            TokenKind::Operator(operator) => !operator.is_redirection(),
            TokenKind::IoNumber(_) => false,
            TokenKind::Word(word) => {
                (self.assignment_allowed && split_assignment(word).is_some())
                    || word.plain_text().is_some_and(|text| {
                        matches!(
                            text,
                            "do" | "then" | "else" | "elif" | "if" | "while" | "until" | "{" | "!"
                        )
                    })
            }
        };
        let end = match kind {
            TokenKind::Newline => start + 1,
            _ => self.reader.log.len(),
        };
        Ok(Token {
            kind,
            check_alias,
            start,
            end,
        })
    }

    fn lex_operator(&mut self) -> Operator {
        let first = self.reader.bump();
        let follows = |parser: &mut Self, byte: u8| {
            parser.skip_continuations();
            if parser.reader.peek(0) == Some(byte) {
                parser.reader.bump();
                true
            } else {
                false
            }
        };
        match first {
            Some(b';') => {
                if follows(self, b';') {
                    if follows(self, b'&') {
                        Operator::DoubleSemicolonAmpersand
                    } else {
                        Operator::DoubleSemicolon
                    }
                } else if follows(self, b'&') {
                    Operator::SemicolonAmpersand
                } else {
                    Operator::Semicolon
                }
            }
            Some(b'&') => {
                if follows(self, b'&') {
                    Operator::AndIf
                } else if follows(self, b'>') {
                    if follows(self, b'>') {
                        Operator::AmpersandDoubleGreat
                    } else {
                        Operator::AmpersandGreat
                    }
                } else {
                    Operator::Ampersand
                }
            }
            Some(b'|') => {
                if follows(self, b'|') {
                    Operator::OrIf
                } else if follows(self, b'&') {
                    Operator::PipeAmpersand
                } else {
                    Operator::Pipe
                }
            }
            Some(b'<') => {
                if follows(self, b'<') {
                    if follows(self, b'-') {
                        Operator::DoubleLessDash
                    } else if follows(self, b'<') {
                        Operator::TripleLess
                    } else {
                        Operator::DoubleLess
                    }
                } else if follows(self, b'&') {
                    Operator::LessAmpersand
                } else if follows(self, b'>') {
                    Operator::LessGreat
                } else {
                    Operator::Less
                }
            }
            Some(b'>') => {
                if follows(self, b'>') {
                    Operator::DoubleGreat
                } else if follows(self, b'&') {
                    Operator::GreatAmpersand
                } else if follows(self, b'|') {
                    Operator::Clobber
                } else {
                    Operator::Great
                }
            }
            Some(b'(') => Operator::LeftParen,
            _ => Operator::RightParen,
        }
    }

    /// Where an assignment word may be: the length of a `name[subscript]=` or `+=` prefix
    /// next in the input whose subscript holds blanks (`a[i + 1]=x`), which bash reads as
    /// part of the word.
    fn spaced_subscript_prefix(&self) -> Option<usize> {
        if !self.assignment_allowed || !self.reader.peek(0).is_some_and(is_name_start) {
            return None;
        }
        let mut at = 1;
        while self
            .reader
            .peek(at)
            .is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        {
            at += 1;
        }
        if self.reader.peek(at) != Some(b'[') {
            return None;
        }
        let mut brackets = 0usize;
        let mut blanks = false;
        while at < 1000 {
            match self.reader.peek(at)? {
                b'[' => brackets += 1,
                b']' => {
                    brackets -= 1;
                    if brackets == 0 {
                        let equals = match (self.reader.peek(at + 1), self.reader.peek(at + 2)) {
                            (Some(b'='), _) => at + 2,
                            (Some(b'+'), Some(b'=')) => at + 3,
                            _ => return None,
                        };
                        return blanks.then_some(equals);
                    }
                }
                b' ' | b'\t' => blanks = true,
                b'\n' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' | b'\'' | b'"' | b'`' => {
                    return None
                }
                _ => {}
            }
            at += 1;
        }
        None
    }

    /// A top-level word: up to an unquoted blank, newline or operator character.
    fn lex_word(&mut self, start: usize) -> ParseResult<Word> {
        let mut builder = PartsBuilder::default();
        if let Some(length) = self.spaced_subscript_prefix() {
            let mut prefix = Vec::with_capacity(length);
            for _ in 0..length {
                if let Some(byte) = self.reader.bump() {
                    prefix.push(byte);
                }
            }
            builder.push_bytes(&prefix, false);
        }
        loop {
            self.skip_continuations();
            let Some(byte) = self.reader.peek(0) else {
                break;
            };
            match byte {
                b'<' if self.reader.peek(1) == Some(b'(') => {
                    let start = self.reader.log.len();
                    self.reader.bump();
                    self.reader.bump();
                    let mut program = self.parse_substituted_program()?;
                    self.reprint_substitution(start, "<(", &mut program);
                    builder.push_part(WordPart::ProcessSubst {
                        program: Box::new(program),
                    });
                }
                b'>' if self.reader.peek(1) == Some(b'(') => {
                    return Err(self.unsupported(">(", "output process substitutions"));
                }
                b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' => break,
                b'\'' => {
                    self.reader.bump();
                    self.lex_single_quoted(&mut builder)?;
                }
                b'"' => {
                    self.reader.bump();
                    self.lex_double_quoted(&mut builder)?;
                }
                b'\\' => {
                    self.reader.bump();
                    if self.reader.peek(0).is_none() {
                        if !self.end_of_input {
                            return Err(Stop::Incomplete(IncompleteReason::LineContinuation));
                        }
                        // bash drops a backslash at the very end of its input.
                        self.reader.log.pop();
                        continue;
                    }
                    self.take_char_into(&mut builder, true);
                }
                b'$' => self.lex_dollar(&mut builder, false)?,
                b'`' => self.lex_backquote(&mut builder, false, false)?,
                _ => {
                    self.reader.take_run(
                        |b| {
                            matches!(
                                b,
                                b' ' | b'\t'
                                    | b'\n'
                                    | b';'
                                    | b'&'
                                    | b'|'
                                    | b'<'
                                    | b'>'
                                    | b'('
                                    | b')'
                                    | b'\''
                                    | b'"'
                                    | b'\\'
                                    | b'$'
                                    | b'`'
                            )
                        },
                        builder.text_buffer(false),
                    );
                }
            }
        }
        let source = self.reader.log_text(start, self.reader.log.len());
        Ok(builder.finish(source))
    }

    /// Takes one whole UTF-8 character as literal text.
    fn take_char_into(&mut self, builder: &mut PartsBuilder, quoted: bool) {
        let Some(lead) = self.reader.bump() else {
            return;
        };
        let mut bytes = vec![lead];
        let extra = match lead {
            0xC0..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF7 => 3,
            _ => 0,
        };
        for _ in 0..extra {
            match self.reader.peek(0) {
                Some(next @ 0x80..=0xBF) => {
                    self.reader.bump();
                    bytes.push(next);
                }
                _ => break,
            }
        }
        builder.push_bytes(&bytes, quoted);
    }

    /// After the opening `'`: literal text up to the next `'`.
    fn lex_single_quoted(&mut self, builder: &mut PartsBuilder) -> ParseResult<()> {
        let mut text = Vec::new();
        self.reader.take_until(b'\'', &mut text);
        if self.reader.bump().is_none() {
            return Err(Stop::Incomplete(IncompleteReason::SingleQuote));
        }
        builder.push_bytes(&text, true);
        Ok(())
    }

    /// After the opening `"`: up to the closing `"`.
    fn lex_double_quoted(&mut self, builder: &mut PartsBuilder) -> ParseResult<()> {
        builder.push_bytes(&[], true);
        loop {
            self.skip_continuations();
            let Some(byte) = self.reader.peek(0) else {
                return Err(Stop::Incomplete(IncompleteReason::DoubleQuote));
            };
            match byte {
                b'"' => {
                    self.reader.bump();
                    return Ok(());
                }
                b'\\' => {
                    self.reader.bump();
                    match self.reader.peek(0) {
                        Some(b'$' | b'`' | b'"' | b'\\') => self.take_char_into(builder, true),
                        None => return Err(Stop::Incomplete(IncompleteReason::DoubleQuote)),
                        Some(_) => builder.push_byte(b'\\', true),
                    }
                }
                b'$' => self.lex_dollar(builder, true)?,
                b'`' => self.lex_backquote(builder, true, true)?,
                _ => {
                    self.reader.take_run(
                        |b| matches!(b, b'"' | b'\\' | b'$' | b'`'),
                        builder.text_buffer(true),
                    );
                }
            }
        }
    }

    /// The text of `$((…))` after `$((`, up to the `))` that closes it (parentheses inside
    /// nest); the closing `))` is read.
    fn lex_arithmetic(&mut self) -> ParseResult<String> {
        let mut text = Vec::new();
        let mut depth = 0usize;
        loop {
            match self.reader.peek(0) {
                None => return Err(Stop::Incomplete(IncompleteReason::CommandSubstitution)),
                Some(b')') if depth == 0 => {
                    self.reader.bump();
                    if self.reader.peek(0) == Some(b')') {
                        self.reader.bump();
                        return Ok(String::from_utf8_lossy(&text).into_owned());
                    }
                    // `$((a) )` is a command substitution of a subshell: not this shell's.
                    return Err(self.unsupported("$((", "subshells in command substitutions"));
                }
                Some(byte) => {
                    match byte {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    self.reader.bump();
                    text.push(byte);
                    if text.len() > 100_000 {
                        return Err(self.error(SyntaxErrorKind::NestingTooDeep));
                    }
                }
            }
        }
    }

    /// The commands of `$(…)` or `<(…)` after the opening parenthesis, through the `)` that
    /// closes them; input that ends inside is an unfinished substitution.
    fn parse_substituted_program(&mut self) -> ParseResult<Program> {
        self.enter()?;
        self.assignment_allowed = true;
        let program = self.parse_program(true, false).map_err(|stop| match stop {
            Stop::Incomplete(
                IncompleteReason::Pipe
                | IncompleteReason::AndOr
                | IncompleteReason::Compound
                | IncompleteReason::LineContinuation,
            ) => Stop::Incomplete(IncompleteReason::CommandSubstitution),
            other => other,
        })?;
        self.leave();
        Ok(program)
    }

    /// bash keeps a command substitution's text as it prints the commands it parsed
    /// (`$(  a|b )` becomes `$(a | b)`, in messages and `declare -f` too): the logged text from
    /// `start` is replaced by that.
    fn reprint_substitution(&mut self, start: usize, opener: &str, program: &mut Program) {
        // Here-documents read inside are printed with their bodies.
        attach_here_document_bodies(program, &mut self.here_document_bodies);
        let text = super::printer::substitution_text(program);
        // A space keeps `$( (a) )` from reading as an arithmetic expansion.
        let space = if text.starts_with('(') { " " } else { "" };
        self.reader.log.truncate(start);
        self.reader
            .log
            .extend_from_slice(format!("{opener}{space}{text})").as_bytes());
    }

    /// At a `$`: an expansion, or a literal `$`.
    fn lex_dollar(&mut self, builder: &mut PartsBuilder, quoted: bool) -> ParseResult<()> {
        let dollar_start = self.reader.log.len();
        self.reader.bump();
        self.skip_continuations();
        match self.reader.peek(0) {
            Some(b'(') => {
                self.reader.bump();
                self.skip_continuations();
                if self.reader.peek(0) == Some(b'(') {
                    self.reader.bump();
                    let text = self.lex_arithmetic()?;
                    builder.push_part(WordPart::Arithmetic { text, quoted });
                    return Ok(());
                }
                let mut program = self.parse_substituted_program()?;
                self.reprint_substitution(dollar_start, "$(", &mut program);
                builder.push_part(WordPart::CommandSubst {
                    program: Box::new(program),
                    quoted,
                });
            }
            Some(b'{') => {
                self.reader.bump();
                self.enter()?;
                let part = self.lex_braced_parameter(quoted, dollar_start)?;
                self.leave();
                builder.push_part(part);
            }
            Some(b'\'') if !quoted => {
                self.reader.bump();
                self.lex_ansi_c_quoted(builder, dollar_start)?;
            }
            Some(b'"') if !quoted => {
                self.reader.bump();
                self.lex_double_quoted(builder)?;
            }
            Some(byte) if is_name_start(byte) => {
                let name = self.lex_name();
                builder.push_part(WordPart::Param {
                    name,
                    subscript: None,
                    quoted,
                    operation: Box::new(ParamOperation::Value),
                });
            }
            Some(byte) if byte.is_ascii_digit() || is_special_parameter(byte) => {
                self.reader.bump();
                builder.push_part(WordPart::Param {
                    name: char::from(byte).to_string(),
                    subscript: None,
                    quoted,
                    operation: Box::new(ParamOperation::Value),
                });
            }
            _ => builder.push_byte(b'$', quoted),
        }
        Ok(())
    }

    fn lex_name(&mut self) -> String {
        let mut name = String::new();
        loop {
            self.skip_continuations();
            match self.reader.peek(0) {
                Some(byte) if byte.is_ascii_alphanumeric() || byte == b'_' => {
                    self.reader.bump();
                    name.push(char::from(byte));
                }
                _ => return name,
            }
        }
    }

    /// After `${`: the parameter, its operator and word, through the closing `}`.
    fn lex_braced_parameter(&mut self, quoted: bool, dollar_start: usize) -> ParseResult<WordPart> {
        self.skip_continuations();
        let mut length = false;
        if self.reader.peek(0) == Some(b'#') {
            // `${#}` is `$#`, `${#x}` the length of x, `${#:-w}` `$#` with a default.
            self.reader.bump();
            self.skip_continuations();
            match self.reader.peek(0) {
                Some(b'}') => {
                    self.reader.bump();
                    return Ok(simple_param("#", quoted));
                }
                Some(byte)
                    if is_name_start(byte)
                        || byte.is_ascii_digit()
                        || is_special_parameter(byte) =>
                {
                    length = true;
                }
                _ => return self.finish_braced_parameter("#".to_string(), quoted, dollar_start),
            }
        }
        let name = match self.reader.peek(0) {
            Some(b'!') if !length && self.reader.peek(1) == Some(b'}') => {
                self.reader.bump();
                self.reader.bump();
                return Ok(simple_param("!", quoted));
            }
            Some(b'!') if !length => {
                self.reader.bump();
                let name = match self.reader.peek(0) {
                    Some(byte) if is_name_start(byte) => self.lex_name(),
                    Some(byte) if byte.is_ascii_digit() => {
                        self.reader.bump();
                        char::from(byte).to_string()
                    }
                    _ => String::new(),
                };
                let subscript = if is_valid_name(&name) && self.reader.peek(0) == Some(b'[') {
                    match self.lex_subscript()? {
                        Some(subscript) => Some(subscript),
                        None => return Ok(self.bad_substitution(dollar_start)),
                    }
                } else {
                    None
                };
                let star = self
                    .reader
                    .peek(0)
                    .filter(|byte| matches!(byte, b'@' | b'*'));
                if let Some(star) = star.filter(|_| subscript.is_none() && is_valid_name(&name)) {
                    if self.reader.peek(1) == Some(b'}') {
                        self.reader.bump();
                        self.reader.bump();
                        return Ok(WordPart::Param {
                            name,
                            subscript: Some(char::from(star).to_string()),
                            quoted,
                            operation: Box::new(ParamOperation::PrefixNames),
                        });
                    }
                    if star == b'*' {
                        // `${!x*…}`: bash's bad substitution.
                        self.skip_parameter_word(quoted)?;
                        return Ok(self.bad_substitution(dollar_start));
                    }
                }
                if !name.is_empty() && self.reader.peek(0) == Some(b'}') {
                    self.reader.bump();
                    let operation = match subscript.as_deref() {
                        Some("@" | "*") => ParamOperation::Indices,
                        _ => ParamOperation::Indirect,
                    };
                    return Ok(WordPart::Param {
                        name,
                        subscript,
                        quoted,
                        operation: Box::new(operation),
                    });
                }
                self.skip_parameter_word(quoted)?;
                return Ok(self.unsupported_parameter(quoted, dollar_start));
            }
            Some(byte) if is_name_start(byte) => {
                let name = self.lex_name();
                self.skip_continuations();
                if self.reader.peek(0) == Some(b'[') {
                    let Some(subscript) = self.lex_subscript()? else {
                        return Ok(self.bad_substitution(dollar_start));
                    };
                    let part = if length {
                        self.skip_continuations();
                        match self.reader.peek(0) {
                            Some(b'}') => {
                                self.reader.bump();
                                WordPart::Param {
                                    name,
                                    subscript: None,
                                    quoted,
                                    operation: Box::new(ParamOperation::Length),
                                }
                            }
                            None => {
                                return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion))
                            }
                            Some(_) => {
                                self.skip_parameter_word(quoted)?;
                                return Ok(self.bad_substitution(dollar_start));
                            }
                        }
                    } else {
                        self.finish_braced_parameter(name, quoted, dollar_start)?
                    };
                    return Ok(match part {
                        WordPart::Param {
                            name,
                            quoted,
                            operation,
                            ..
                        } if !name.is_empty() => WordPart::Param {
                            name,
                            subscript: Some(subscript),
                            quoted,
                            operation,
                        },
                        other => other,
                    });
                }
                name
            }
            Some(byte) if byte.is_ascii_digit() => {
                let mut digits = String::new();
                while let Some(digit) = self.reader.peek(0).filter(u8::is_ascii_digit) {
                    self.reader.bump();
                    digits.push(char::from(digit));
                    self.skip_continuations();
                }
                digits
            }
            Some(byte) if is_special_parameter(byte) => {
                self.reader.bump();
                char::from(byte).to_string()
            }
            None => return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion)),
            Some(_) => {
                self.skip_parameter_word(quoted)?;
                return Ok(self.bad_substitution(dollar_start));
            }
        };
        if length {
            self.skip_continuations();
            return match self.reader.peek(0) {
                Some(b'}') => {
                    self.reader.bump();
                    Ok(WordPart::Param {
                        name,
                        subscript: None,
                        quoted,
                        operation: Box::new(ParamOperation::Length),
                    })
                }
                None => Err(Stop::Incomplete(IncompleteReason::ParameterExpansion)),
                Some(_) => {
                    self.skip_parameter_word(quoted)?;
                    Ok(self.bad_substitution(dollar_start))
                }
            };
        }
        self.finish_braced_parameter(name, quoted, dollar_start)
    }

    /// After `${name`: the operator and word.
    fn finish_braced_parameter(
        &mut self,
        name: String,
        quoted: bool,
        dollar_start: usize,
    ) -> ParseResult<WordPart> {
        self.skip_continuations();
        let Some(byte) = self.reader.peek(0) else {
            return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion));
        };
        if byte == b'}' {
            self.reader.bump();
            return Ok(simple_param(&name, quoted));
        }
        self.reader.bump();
        let mut null_counts_as_unset = false;
        let mut operator = byte;
        if byte == b':' {
            self.skip_continuations();
            match self.reader.peek(0) {
                Some(next @ (b'-' | b'=' | b'+' | b'?')) => {
                    self.reader.bump();
                    null_counts_as_unset = true;
                    operator = next;
                }
                _ => {
                    let context = if quoted {
                        WordContext::QuotedParamWord {
                            single_quotes: true,
                        }
                    } else {
                        WordContext::ParamWord
                    };
                    let (offset, stop) = self.lex_parameter_word_until(context, b":}")?;
                    let length = if stop == b':' {
                        Some(self.lex_parameter_word(context)?.source)
                    } else {
                        None
                    };
                    return Ok(WordPart::Param {
                        name,
                        subscript: None,
                        quoted,
                        operation: Box::new(ParamOperation::Substring {
                            offset: offset.source,
                            length,
                        }),
                    });
                }
            }
        }
        let context = |single_quotes: bool| {
            if quoted {
                WordContext::QuotedParamWord { single_quotes }
            } else {
                WordContext::ParamWord
            }
        };
        let operation = match operator {
            b'-' | b'=' | b'+' | b'?' => {
                let word = self.lex_parameter_word(context(false))?;
                match operator {
                    b'-' => ParamOperation::UseDefault {
                        word,
                        null_counts_as_unset,
                    },
                    b'=' => ParamOperation::AssignDefault {
                        word,
                        null_counts_as_unset,
                    },
                    b'+' => ParamOperation::UseAlternative {
                        word,
                        null_counts_as_unset,
                    },
                    _ => ParamOperation::ErrorIfUnset {
                        word,
                        null_counts_as_unset,
                    },
                }
            }
            b'#' | b'%' => {
                self.skip_continuations();
                let longest = self.reader.peek(0) == Some(operator);
                if longest {
                    self.reader.bump();
                }
                let pattern = self.lex_parameter_word(WordContext::ParamWord)?;
                if operator == b'#' {
                    ParamOperation::RemovePrefix { pattern, longest }
                } else {
                    ParamOperation::RemoveSuffix { pattern, longest }
                }
            }
            b'/' => {
                self.skip_continuations();
                let anchor = match self.reader.peek(0) {
                    Some(b'/') => ReplaceAnchor::All,
                    Some(b'#') => ReplaceAnchor::Start,
                    Some(b'%') => ReplaceAnchor::End,
                    _ => ReplaceAnchor::First,
                };
                if anchor != ReplaceAnchor::First {
                    self.reader.bump();
                }
                let (pattern, stop) =
                    self.lex_parameter_word_until(WordContext::ParamWord, b"/}")?;
                let replacement = if stop == b'/' {
                    Some(self.lex_parameter_word(WordContext::ParamWord)?)
                } else {
                    None
                };
                ParamOperation::Replace {
                    pattern,
                    replacement,
                    anchor,
                }
            }
            b'^' | b',' => {
                self.skip_continuations();
                let all = self.reader.peek(0) == Some(operator);
                if all {
                    self.reader.bump();
                }
                let pattern = self.lex_parameter_word(WordContext::ParamWord)?;
                ParamOperation::CaseModify {
                    upper: operator == b'^',
                    all,
                    pattern,
                }
            }
            b'@' => {
                let operator = self.reader.peek(0).map(char::from);
                match operator {
                    Some(operator @ ('Q' | 'U' | 'u' | 'L' | 'E'))
                        if self.reader.peek(1) == Some(b'}') =>
                    {
                        self.reader.bump();
                        self.reader.bump();
                        ParamOperation::Transform { operator }
                    }
                    _ => {
                        self.skip_parameter_word(quoted)?;
                        return Ok(self.unsupported_parameter(quoted, dollar_start));
                    }
                }
            }
            _ => {
                self.skip_parameter_word(quoted)?;
                return Ok(self.bad_substitution(dollar_start));
            }
        };
        Ok(WordPart::Param {
            name,
            subscript: None,
            quoted,
            operation: Box::new(operation),
        })
    }

    /// At the `[` after `${name`: the subscript through its `]` (nested brackets, `${…}` and
    /// quotes inside it are kept); `None`, with the rest read through the `}`, when a `}`
    /// comes first or the subscript is empty (bash's bad substitution).
    fn lex_subscript(&mut self) -> ParseResult<Option<String>> {
        self.reader.bump();
        let start = self.reader.log.len();
        let mut brackets = 0usize;
        let mut braces = 0usize;
        loop {
            self.skip_continuations();
            let Some(byte) = self.reader.peek(0) else {
                return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion));
            };
            match byte {
                b']' if brackets == 0 => {
                    let subscript = self.reader.log_text(start, self.reader.log.len());
                    self.reader.bump();
                    if subscript.is_empty() {
                        // `${a[]}`: bad, through its `}`.
                        self.lex_parameter_word(WordContext::ParamWord)?;
                        return Ok(None);
                    }
                    return Ok(Some(subscript));
                }
                b']' => brackets -= 1,
                b'[' => brackets += 1,
                b'{' => braces += 1,
                b'}' if braces == 0 => {
                    self.reader.bump();
                    return Ok(None);
                }
                b'}' => braces -= 1,
                b'\\' => {
                    self.reader.bump();
                }
                b'\'' => {
                    self.reader.bump();
                    let mut text = Vec::new();
                    self.reader.take_until(b'\'', &mut text);
                    if self.reader.peek(0).is_none() {
                        return Err(Stop::Incomplete(IncompleteReason::SingleQuote));
                    }
                }
                _ => {}
            }
            self.reader.bump();
        }
    }

    fn bad_substitution(&self, dollar_start: usize) -> WordPart {
        WordPart::BadSubstitution {
            text: self.reader.log_text(dollar_start, self.reader.log.len()),
        }
    }

    fn unsupported_parameter(&self, quoted: bool, dollar_start: usize) -> WordPart {
        let text = self.reader.log_text(dollar_start, self.reader.log.len());
        WordPart::Param {
            name: String::new(),
            subscript: None,
            quoted,
            operation: Box::new(ParamOperation::Unsupported { text }),
        }
    }

    /// Reads and discards the rest of a `${…}` through its `}`.
    fn skip_parameter_word(&mut self, quoted: bool) -> ParseResult<()> {
        let context = if quoted {
            WordContext::QuotedParamWord {
                single_quotes: true,
            }
        } else {
            WordContext::ParamWord
        };
        self.lex_parameter_word(context).map(|_| ())
    }

    /// The word of `${name<op>word}` through the closing `}` (which is consumed).
    fn lex_parameter_word(&mut self, context: WordContext) -> ParseResult<Word> {
        self.lex_parameter_word_until(context, b"}")
            .map(|(word, _)| word)
    }

    /// A word of `${…}` up to the first unquoted byte of `stops` (consumed and returned; `}`
    /// must be one of them): the pattern of `${x/pattern/string}` ends at `/`, the offset of
    /// `${x:offset:length}` at `:`.
    fn lex_parameter_word_until(
        &mut self,
        context: WordContext,
        stops: &[u8],
    ) -> ParseResult<(Word, u8)> {
        let in_double_quotes = context != WordContext::ParamWord;
        let single_quotes = match context {
            WordContext::ParamWord => true,
            WordContext::QuotedParamWord { single_quotes } => single_quotes,
        };
        let start = self.reader.log.len();
        let mut builder = PartsBuilder::default();
        loop {
            self.skip_continuations();
            let Some(byte) = self.reader.peek(0) else {
                return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion));
            };
            match byte {
                stop if stops.contains(&stop) => break,
                b'\\' => {
                    self.reader.bump();
                    match self.reader.peek(0) {
                        None => return Err(Stop::Incomplete(IncompleteReason::ParameterExpansion)),
                        Some(b'$' | b'`' | b'"' | b'\\' | b'}') => {
                            self.take_char_into(&mut builder, true)
                        }
                        Some(stop) if stops.contains(&stop) => {
                            self.take_char_into(&mut builder, true)
                        }
                        Some(_) if !in_double_quotes => self.take_char_into(&mut builder, true),
                        Some(_) => builder.push_byte(b'\\', true),
                    }
                }
                b'\'' if single_quotes => {
                    self.reader.bump();
                    self.lex_single_quoted(&mut builder)?;
                }
                b'"' => {
                    self.reader.bump();
                    self.enter()?;
                    self.lex_double_quoted(&mut builder)?;
                    self.leave();
                }
                b'$' => self.lex_dollar(&mut builder, in_double_quotes)?,
                b'`' => self.lex_backquote(&mut builder, in_double_quotes, in_double_quotes)?,
                _ => self.take_char_into(&mut builder, in_double_quotes),
            }
        }
        let end = self.reader.log.len();
        let stop = self.reader.bump().unwrap_or(b'}');
        let source = self.reader.log_text(start, end);
        Ok((builder.finish(source), stop))
    }

    /// After `$'`: ANSI-C quoted text up to the closing `'`. bash keeps the decoded text
    /// single-quoted (`$'a\nb'` prints as `'a`, a newline and `b'`), so the logged text from
    /// `start` becomes that.
    fn lex_ansi_c_quoted(&mut self, builder: &mut PartsBuilder, start: usize) -> ParseResult<()> {
        let incomplete = || Stop::Incomplete(IncompleteReason::AnsiCQuote);
        let mut text = Vec::new();
        loop {
            let byte = self.reader.bump().ok_or_else(incomplete)?;
            match byte {
                b'\'' => break,
                b'\\' => {
                    let escape = self.reader.bump().ok_or_else(incomplete)?;
                    match escape {
                        b'a' => text.push(0x07),
                        b'b' => text.push(0x08),
                        b'e' | b'E' => text.push(0x1b),
                        b'f' => text.push(0x0c),
                        b'n' => text.push(b'\n'),
                        b'r' => text.push(b'\r'),
                        b't' => text.push(b'\t'),
                        b'v' => text.push(0x0b),
                        b'\\' | b'\'' | b'"' | b'?' => text.push(escape),
                        b'0'..=b'7' => {
                            let mut value = u32::from(escape - b'0');
                            for _ in 0..2 {
                                match self.reader.peek(0) {
                                    Some(digit @ b'0'..=b'7') => {
                                        self.reader.bump();
                                        value = value * 8 + u32::from(digit - b'0');
                                    }
                                    _ => break,
                                }
                            }
                            text.push((value & 0xff) as u8);
                        }
                        b'x' | b'u' | b'U' => {
                            let max_digits = match escape {
                                b'x' => 2,
                                b'u' => 4,
                                _ => 8,
                            };
                            let mut value: u32 = 0;
                            let mut digits = 0;
                            while digits < max_digits {
                                match self.reader.peek(0).and_then(|b| char::from(b).to_digit(16)) {
                                    Some(digit) => {
                                        self.reader.bump();
                                        value = value.wrapping_mul(16).wrapping_add(digit);
                                        digits += 1;
                                    }
                                    None => break,
                                }
                            }
                            if digits == 0 {
                                text.push(b'\\');
                                text.push(escape);
                            } else if escape == b'x' {
                                text.push((value & 0xff) as u8);
                            } else {
                                let decoded = char::from_u32(value).unwrap_or('\u{fffd}');
                                let mut buffer = [0u8; 4];
                                text.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
                            }
                        }
                        b'c' => {
                            let control = self.reader.bump().ok_or_else(incomplete)?;
                            text.push(control & 0x1f);
                        }
                        _ => {
                            text.push(b'\\');
                            text.push(escape);
                        }
                    }
                }
                _ => text.push(byte),
            }
        }
        self.reader.log.truncate(start);
        self.reader.log.push(b'\'');
        for &byte in &text {
            if byte == b'\'' {
                self.reader.log.extend_from_slice(b"'\\''");
            } else {
                self.reader.log.push(byte);
            }
        }
        self.reader.log.push(b'\'');
        builder.push_bytes(&text, true);
        Ok(())
    }

    /// At a backquote: the command text up to the closing backquote, parsed as a program.
    /// `double_quote_escapes`: inside double quotes, where `\"` also loses its backslash.
    fn lex_backquote(
        &mut self,
        builder: &mut PartsBuilder,
        quoted: bool,
        double_quote_escapes: bool,
    ) -> ParseResult<()> {
        self.reader.bump();
        let mut text = Vec::new();
        loop {
            let byte = self
                .reader
                .bump()
                .ok_or(Stop::Incomplete(IncompleteReason::Backquote))?;
            match byte {
                b'`' => break,
                b'\\' => match self.reader.peek(0) {
                    Some(next @ (b'$' | b'`' | b'\\')) => {
                        self.reader.bump();
                        text.push(next);
                    }
                    Some(b'"') if double_quote_escapes => {
                        self.reader.bump();
                        text.push(b'"');
                    }
                    Some(b'\n') => {
                        self.reader.bump();
                    }
                    _ => text.push(b'\\'),
                },
                _ => text.push(byte),
            }
        }
        self.enter()?;
        let options = ParseOptions {
            first_line_number: 1,
            ..self.sub_options()
        };
        let mut inner = Parser::new(&text, &options, self.depth, 1);
        let result = inner.parse_complete_text();
        self.warnings.append(&mut inner.warnings);
        self.leave();
        let part = match result {
            Ok(program) => WordPart::CommandSubst {
                program: Box::new(program),
                quoted,
            },
            Err(Stop::Error(error)) if error.kind.is_reported_when_substituting() => {
                // bash parses backquoted text only when it runs the command and then reports
                // the error as coming from the command substitution, which expands to nothing.
                let prefix = format!("bash: command substitution: line {}: ", error.line);
                let message = error.kind.to_string();
                let mut messages = vec![format!(
                    "{prefix}{}",
                    message.strip_prefix("bash: ").unwrap_or(&message)
                )];
                if matches!(error.kind, SyntaxErrorKind::UnexpectedToken { .. }) {
                    let line_text = text
                        .split(|b| *b == b'\n')
                        .nth(error.line.saturating_sub(1))
                        .unwrap_or_default();
                    messages.push(format!("{prefix}`{}'", String::from_utf8_lossy(line_text)));
                }
                WordPart::CommandSubstSyntaxError { messages, quoted }
            }
            Err(Stop::Error(mut error)) => {
                error.line += self.line().saturating_sub(1);
                return Err(Stop::Error(error));
            }
            Err(stop) => return Err(stop),
        };
        builder.push_part(part);
        Ok(())
    }

    /// Parses this parser's whole (already complete) text as a program, for backquotes.
    fn parse_complete_text(&mut self) -> ParseResult<Program> {
        match self.run(false).outcome {
            ParseOutcome::Complete(mut program) => {
                self.warnings = std::mem::take(&mut program.warnings);
                Ok(program)
            }
            ParseOutcome::Error(error) => Err(Stop::Error(error)),
            ParseOutcome::Incomplete(reason) => Err(Stop::Error(self.end_of_file_error(reason))),
        }
    }

    // ----- here-documents -----

    /// After a newline token: the bodies of the here-documents started on the line(s) before.
    fn read_here_document_bodies(&mut self) -> ParseResult<()> {
        let pending = std::mem::take(&mut self.pending_here_documents);
        for here_document in pending {
            let mut body = Vec::new();
            loop {
                if self.reader.at_end() {
                    if !self.end_of_input {
                        return Err(Stop::Incomplete(IncompleteReason::HereDocument {
                            delimiter: here_document.delimiter,
                        }));
                    }
                    self.warnings
                        .push(ParseWarning::HereDocumentDelimitedByEndOfFile {
                            line: here_document.line,
                            delimiter: here_document.delimiter.clone(),
                        });
                    break;
                }
                let mut line = Vec::new();
                self.read_body_line(&mut line, here_document.strip_tabs);
                if here_document.expand {
                    while ends_with_unescaped_backslash(&line) {
                        if self.reader.at_end() {
                            if !self.end_of_input {
                                return Err(Stop::Incomplete(IncompleteReason::HereDocument {
                                    delimiter: here_document.delimiter,
                                }));
                            }
                            break;
                        }
                        line.pop();
                        self.read_body_line(&mut line, here_document.strip_tabs);
                    }
                }
                if line == here_document.delimiter.as_bytes() {
                    break;
                }
                body.extend_from_slice(&line);
                body.push(b'\n');
            }
            let word = if here_document.expand {
                self.enter()?;
                let options = self.sub_options();
                let mut inner = Parser::new(&body, &options, self.depth, options.first_line_number);
                let word = match inner.lex_here_document_body() {
                    Ok(word) => word,
                    Err(Stop::Incomplete(reason)) => {
                        return Err(Stop::Error(inner.end_of_file_error(reason)))
                    }
                    Err(error) => return Err(error),
                };
                self.warnings.append(&mut inner.warnings);
                self.leave();
                word
            } else {
                let text = bytes_to_string(body);
                Word {
                    parts: if text.is_empty() {
                        Vec::new()
                    } else {
                        vec![WordPart::Literal {
                            text: text.clone(),
                            quoted: true,
                        }]
                    },
                    source: text,
                }
            };
            if let Some(slot) = self.here_document_bodies.get_mut(here_document.index) {
                *slot = Some(word);
            }
        }
        Ok(())
    }

    /// One physical body line without its newline, appended to `line` (tabs stripped first).
    fn read_body_line(&mut self, line: &mut Vec<u8>, strip_tabs: bool) {
        if strip_tabs {
            while self.reader.peek(0) == Some(b'\t') {
                self.reader.bump();
            }
        }
        self.reader.take_until(b'\n', line);
        self.reader.bump();
    }

    /// This parser's text as the body of an expanding here-document.
    fn lex_here_document_body(&mut self) -> ParseResult<Word> {
        let mut builder = PartsBuilder::default();
        while let Some(byte) = self.reader.peek(0) {
            match byte {
                b'\\' => {
                    self.reader.bump();
                    match self.reader.peek(0) {
                        Some(b'$' | b'`' | b'\\') => self.take_char_into(&mut builder, true),
                        Some(b'\n') => {
                            self.reader.bump();
                        }
                        _ => builder.push_byte(b'\\', true),
                    }
                }
                b'$' => self.lex_dollar(&mut builder, true)?,
                b'`' => self.lex_backquote(&mut builder, true, false)?,
                _ => {
                    self.reader.take_run(
                        |b| matches!(b, b'\\' | b'$' | b'`'),
                        builder.text_buffer(true),
                    );
                }
            }
        }
        // The body as read: bash does not re-print the command substitutions in it.
        let source = String::from_utf8_lossy(self.reader.src).into_owned();
        let mut word = builder.finish(source);
        let mut bodies = std::mem::take(&mut self.here_document_bodies);
        if !bodies.is_empty() {
            for part in &mut word.parts {
                attach_in_part(part, &mut bodies);
            }
        }
        Ok(word)
    }
}

fn simple_param(name: &str, quoted: bool) -> WordPart {
    WordPart::Param {
        name: name.to_string(),
        subscript: None,
        quoted,
        operation: Box::new(ParamOperation::Value),
    }
}

/// Where a list is, for what may end its items (see `Parser::separator`).
#[derive(Clone, Copy)]
enum Ends<'w> {
    /// The top level: the end of input.
    Input,
    /// Inside `$(…)`: its `)`.
    Paren,
    /// Inside a compound command: one of these reserved words.
    Words(&'w [&'w str]),
    /// A `case` item's commands: `;;`, `;&`, `;;&` or `esac`.
    Case,
}

/// The word `$((text))`, which expands to the value of the arithmetic.
fn arithmetic_word(text: String) -> Word {
    Word {
        source: format!("$(({text}))"),
        parts: vec![WordPart::Arithmetic {
            text,
            quoted: false,
        }],
    }
}

/// The expression of a word made by [`arithmetic_word`].
pub(super) fn arithmetic_text(word: &Word) -> &str {
    word.source
        .strip_prefix("$((")
        .and_then(|text| text.strip_suffix("))"))
        .unwrap_or(&word.source)
}

/// The text of an unquoted word token, for reserved words.
fn token_reserved(token: &Token) -> Option<&str> {
    match &token.kind {
        TokenKind::Word(word) => word.plain_text(),
        _ => None,
    }
}

/// Whether a token starts a redirection: an fd number (`2>`) or a redirection operator.
fn is_redirection(kind: &TokenKind) -> bool {
    match kind {
        TokenKind::IoNumber(_) => true,
        TokenKind::Operator(operator) => operator.is_redirection(),
        _ => false,
    }
}

fn is_bang(kind: &TokenKind) -> bool {
    is_plain_word(kind, "!")
}

/// An unquoted word that is exactly `text` (a reserved word where one may stand).
fn is_plain_word(kind: &TokenKind, text: &str) -> bool {
    matches!(kind, TokenKind::Word(word) if word.plain_text() == Some(text))
}

/// What bash 5.2 reports, silently, for `]]` where a term should start (`[[ ]]`, `[[ ! ]]`).
const COND_NO_TERM: &str = "syntax error near `]]'";

/// The unary operators of `[[ … ]]` (bash's `test_unop`).
fn is_cond_unary(op: &str) -> bool {
    let bytes = op.as_bytes();
    bytes.len() == 2
        && bytes.first() == Some(&b'-')
        && bytes
            .get(1)
            .is_some_and(|b| b"abcdefghknoprstuvwxzGLNORS".contains(b))
}

/// The binary operators of `[[ … ]]` written as words (`<` and `>` are operator tokens).
fn is_cond_binary(op: &str) -> bool {
    matches!(
        op,
        "=" | "=="
            | "!="
            | "=~"
            | "-nt"
            | "-ot"
            | "-ef"
            | "-eq"
            | "-ne"
            | "-lt"
            | "-le"
            | "-gt"
            | "-ge"
    )
}

fn is_operator_start(byte: u8) -> bool {
    matches!(byte, b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')')
}

fn is_name_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'_'
}

fn is_special_parameter(byte: u8) -> bool {
    matches!(byte, b'?' | b'$' | b'#' | b'@' | b'*' | b'!' | b'-')
}

/// Whether `name` is a valid shell variable name.
/// The inside of `$((…))` as bash reads it before evaluating it: parameters, `$(…)`,
/// backquotes and nested `$((…))` expand, everything else stays as it is. `None` if it does
/// not read (the caller evaluates the text as it is, and reports its error).
pub fn parse_arithmetic_expansions(text: &str) -> Option<Word> {
    let options = ParseOptions::default();
    let mut parser = Parser::new(text.as_bytes(), &options, 0, 1);
    parser.lex_here_document_body().ok()
}

/// bash's reserved words (`type` calls them shell keywords; a function named after one is
/// printed as `function NAME`).
pub const RESERVED_WORDS: &[&str] = &[
    "!", "[[", "]]", "{", "}", "case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for",
    "function", "if", "in", "select", "then", "time", "until", "while",
];

pub fn is_reserved_word(name: &str) -> bool {
    RESERVED_WORDS.contains(&name)
}

pub fn is_valid_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(is_name_start) && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn ends_with_unescaped_backslash(line: &[u8]) -> bool {
    line.iter().rev().take_while(|b| **b == b'\\').count() % 2 == 1
}

/// The most words `name=(…)` may hold (a guard against hostile input; bash has no limit).
const MAX_ARRAY_WORDS: usize = 100_000;

/// Where `]` closes a subscript and `=` or `+=` follows it in `text`: the `]`'s position.
fn subscript_end(text: &str) -> Option<usize> {
    text.match_indices(']').map(|(at, _)| at).find(|&at| {
        let after = text.get(at + 1..).unwrap_or_default();
        after.starts_with('=') || after.starts_with("+=")
    })
}

/// `NAME[SUBSCRIPT]=value` / `NAME[SUBSCRIPT]+=value`: the subscript is the text typed between
/// the brackets; the value starts after the `=`.
pub(super) fn split_subscript_assignment(word: &Word, name: &str) -> Option<Assignment> {
    let source_end = subscript_end(&word.source)?;
    let subscript = word.source.get(name.len() + 1..source_end)?.to_string();
    let append = word.source.get(source_end + 1..)?.starts_with('+');
    let value_source = word
        .source
        .get(source_end + if append { 3 } else { 2 }..)?
        .to_string();
    let (index, rest) = word.parts.iter().enumerate().find_map(|(index, part)| {
        let WordPart::Literal {
            text,
            quoted: false,
        } = part
        else {
            return None;
        };
        let end = subscript_end(text)?;
        let skip = if text.get(end + 1..)?.starts_with('+') {
            3
        } else {
            2
        };
        Some((index, text.get(end + skip..)?.to_string()))
    })?;
    let mut parts = Vec::new();
    if !rest.is_empty() {
        parts.push(WordPart::Literal {
            text: rest,
            quoted: false,
        });
    }
    parts.extend(word.parts.iter().skip(index + 1).cloned());
    Some(Assignment {
        name: name.to_string(),
        append,
        value: Word {
            parts,
            source: value_source,
        },
        subscript: Some(subscript),
        array: None,
    })
}

/// `NAME=value` / `NAME+=value` (or with a subscript, `NAME[…]=value`) with an unquoted name,
/// split into an assignment.
fn split_assignment(word: &Word) -> Option<Assignment> {
    let Some(WordPart::Literal {
        text,
        quoted: false,
    }) = word.parts.first()
    else {
        return None;
    };
    if let Some(open) = text.find('[') {
        let name = text.get(..open)?;
        if is_valid_name(name) && text.find('=').is_none_or(|equals| equals > open) {
            return split_subscript_assignment(word, name);
        }
    }
    let equals = text.find('=')?;
    let (name, append) = match text.get(..equals)?.strip_suffix('+') {
        Some(name) => (name, true),
        None => (text.get(..equals)?, false),
    };
    if !is_valid_name(name) {
        return None;
    }
    let prefix_len = equals + 1;
    let rest = text.get(prefix_len..)?.to_string();
    let mut parts = Vec::with_capacity(word.parts.len());
    if !rest.is_empty() {
        parts.push(WordPart::Literal {
            text: rest,
            quoted: false,
        });
    }
    parts.extend(word.parts.iter().skip(1).cloned());
    Some(Assignment {
        name: name.to_string(),
        append,
        value: Word {
            parts,
            source: word
                .source
                .get(prefix_len..)
                .unwrap_or_default()
                .to_string(),
        },
        subscript: None,
        array: None,
    })
}

/// The here-document delimiter: the word's text with quotes removed, nothing expanded.
fn remove_quotes_from_source(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                for inner in chars.by_ref() {
                    if inner == '\'' {
                        break;
                    }
                    out.push(inner);
                }
            }
            '"' => {
                while let Some(inner) = chars.next() {
                    match inner {
                        '"' => break,
                        '\\' if matches!(chars.peek(), Some('$' | '`' | '"' | '\\')) => {
                            if let Some(escaped) = chars.next() {
                                out.push(escaped);
                            }
                        }
                        _ => out.push(inner),
                    }
                }
            }
            '\\' => {
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Attaching here-document bodies after parsing
// ---------------------------------------------------------------------------------------------

fn attach_here_document_bodies(program: &mut Program, bodies: &mut [Option<Word>]) {
    for (list, _) in &mut program.items {
        if let Some(compound) = &mut list.compound {
            attach_in_compound(compound, bodies);
            continue;
        }
        attach_in_pipeline(&mut list.first, bodies);
        for (_, pipeline) in &mut list.rest {
            attach_in_pipeline(pipeline, bodies);
        }
    }
}

/// In source order: a `for` list's words, conditions before their bodies.
fn attach_in_compound(compound: &mut Compound, bodies: &mut [Option<Word>]) {
    match compound {
        Compound::For { words, body, .. } => {
            for word in words.iter_mut().flatten() {
                attach_in_word(word, bodies);
            }
            attach_here_document_bodies(body, bodies);
        }
        Compound::While {
            condition, body, ..
        } => {
            attach_here_document_bodies(condition, bodies);
            attach_here_document_bodies(body, bodies);
        }
        Compound::If {
            branches,
            otherwise,
        } => {
            for (condition, body) in branches {
                attach_here_document_bodies(condition, bodies);
                attach_here_document_bodies(body, bodies);
            }
            if let Some(otherwise) = otherwise {
                attach_here_document_bodies(otherwise, bodies);
            }
        }
        Compound::Case { word, items } => {
            attach_in_word(word, bodies);
            for item in items {
                for pattern in &mut item.patterns {
                    attach_in_word(pattern, bodies);
                }
                attach_here_document_bodies(&mut item.body, bodies);
            }
        }
        Compound::Group { body }
        | Compound::Subshell { body }
        | Compound::ArithmeticFor { body, .. } => {
            attach_here_document_bodies(body, bodies);
        }
        Compound::Arithmetic { .. } => {}
        Compound::Conditional { expression, .. } => attach_in_condition(expression, bodies),
        Compound::Function { body, .. } => {
            if let Some(compound) = &mut body.compound {
                attach_in_compound(compound, bodies);
            }
            for redirect in &mut body.redirects {
                if let RedirectKind::HereDocument(here_document) = &mut redirect.kind {
                    if let Some(text) = bodies.get_mut(here_document.index).and_then(Option::take) {
                        here_document.body = text;
                    }
                }
            }
        }
    }
}

fn attach_in_condition(expression: &mut CondExpr, bodies: &mut [Option<Word>]) {
    match expression {
        CondExpr::Not(inner) | CondExpr::Group(inner) => attach_in_condition(inner, bodies),
        CondExpr::All(terms) | CondExpr::Any(terms) => {
            for term in terms {
                attach_in_condition(term, bodies);
            }
        }
        CondExpr::Unary(_, word) | CondExpr::Word(word) => attach_in_word(word, bodies),
        CondExpr::Binary(left, _, right) => {
            attach_in_word(left, bodies);
            attach_in_word(right, bodies);
        }
    }
}

fn attach_in_pipeline(pipeline: &mut Pipeline, bodies: &mut [Option<Word>]) {
    for command in &mut pipeline.commands {
        if let Some(compound) = &mut command.compound {
            attach_in_compound(compound, bodies);
        }
        for assignment in &mut command.assignments {
            attach_in_word(&mut assignment.value, bodies);
            for word in assignment.array.iter_mut().flatten() {
                attach_in_word(word, bodies);
            }
        }
        for word in &mut command.words {
            attach_in_word(word, bodies);
        }
        for assignment in &mut command.declared_arrays {
            for word in assignment.array.iter_mut().flatten() {
                attach_in_word(word, bodies);
            }
        }
        for redirect in &mut command.redirects {
            match &mut redirect.kind {
                RedirectKind::HereDocument(here_document) => {
                    if let Some(body) = bodies.get_mut(here_document.index).and_then(Option::take) {
                        here_document.body = body;
                    }
                }
                RedirectKind::Read(word)
                | RedirectKind::Write(word)
                | RedirectKind::Append(word)
                | RedirectKind::WriteClobber(word)
                | RedirectKind::ReadWrite(word)
                | RedirectKind::DuplicateRead(word)
                | RedirectKind::DuplicateWrite(word)
                | RedirectKind::WriteStdoutAndStderr(word)
                | RedirectKind::AppendStdoutAndStderr(word)
                | RedirectKind::HereString(word) => attach_in_word(word, bodies),
            }
        }
    }
}

fn attach_in_word(word: &mut Word, bodies: &mut [Option<Word>]) {
    for part in &mut word.parts {
        attach_in_part(part, bodies);
    }
}

fn attach_in_part(part: &mut WordPart, bodies: &mut [Option<Word>]) {
    match part {
        WordPart::CommandSubst { program, .. } | WordPart::ProcessSubst { program } => {
            attach_here_document_bodies(program, bodies)
        }
        WordPart::Param { operation, .. } => match operation.as_mut() {
            ParamOperation::UseDefault { word, .. }
            | ParamOperation::AssignDefault { word, .. }
            | ParamOperation::UseAlternative { word, .. }
            | ParamOperation::ErrorIfUnset { word, .. }
            | ParamOperation::RemovePrefix { pattern: word, .. }
            | ParamOperation::RemoveSuffix { pattern: word, .. }
            | ParamOperation::CaseModify { pattern: word, .. } => attach_in_word(word, bodies),
            ParamOperation::Replace {
                pattern,
                replacement,
                ..
            } => {
                attach_in_word(pattern, bodies);
                if let Some(replacement) = replacement {
                    attach_in_word(replacement, bodies);
                }
            }
            ParamOperation::Value
            | ParamOperation::Length
            | ParamOperation::Substring { .. }
            | ParamOperation::Transform { .. }
            | ParamOperation::Indirect
            | ParamOperation::Indices
            | ParamOperation::PrefixNames
            | ParamOperation::Unsupported { .. } => {}
        },
        WordPart::Literal { .. }
        | WordPart::Arithmetic { .. }
        | WordPart::BadSubstitution { .. }
        | WordPart::CommandSubstSyntaxError { .. } => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Printing, the way bash prints commands (`jobs`, `declare -f`)
// ---------------------------------------------------------------------------------------------

impl fmt::Display for Program {
    /// `a; b & c`: lists joined by their separators, a final `;` left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.items.len();
        for (position, (list, separator)) in self.items.iter().enumerate() {
            write!(f, "{list}")?;
            let last = position + 1 == count;
            match (separator, last) {
                (Separator::Background, true) => f.write_str(" &")?,
                (Separator::Background, false) => f.write_str(" & ")?,
                (Separator::Sequential, false) => f.write_str("; ")?,
                (Separator::Sequential, true) => {}
            }
        }
        Ok(())
    }
}

impl fmt::Display for AndOrList {
    /// `a | b && c || d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(compound) = &self.compound {
            return write!(f, "{compound}");
        }
        write!(f, "{}", self.first)?;
        for (operator, pipeline) in &self.rest {
            let text = match operator {
                AndOr::And => "&&",
                AndOr::Or => "||",
            };
            write!(f, " {text} {pipeline}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Compound {
    /// `for i in a b; do echo $i; done`, as `jobs` would show it on one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Compound::For { name, words, body } => {
                write!(f, "for {name}")?;
                if let Some(words) = words {
                    f.write_str(" in")?;
                    for word in words {
                        write!(f, " {}", word.source)?;
                    }
                }
                write!(f, "; do {body}; done")
            }
            Compound::While {
                until,
                condition,
                body,
            } => {
                let keyword = if *until { "until" } else { "while" };
                write!(f, "{keyword} {condition}; do {body}; done")
            }
            Compound::If {
                branches,
                otherwise,
            } => {
                for (index, (condition, body)) in branches.iter().enumerate() {
                    let keyword = if index == 0 { "if" } else { "elif" };
                    write!(f, "{keyword} {condition}; then {body}; ")?;
                }
                if let Some(otherwise) = otherwise {
                    write!(f, "else {otherwise}; ")?;
                }
                f.write_str("fi")
            }
            Compound::Case { word, items } => {
                write!(f, "case {} in", word.source)?;
                for item in items {
                    let patterns: Vec<&str> =
                        item.patterns.iter().map(|p| p.source.as_str()).collect();
                    let terminator = match item.terminator {
                        CaseTerminator::Break => ";;",
                        CaseTerminator::FallThrough => ";&",
                        CaseTerminator::TestNext => ";;&",
                    };
                    write!(f, " {}) {} {terminator}", patterns.join("|"), item.body)?;
                }
                f.write_str(" esac")
            }
            Compound::Group { body } => write!(f, "{{ {body}; }}"),
            Compound::Subshell { body } => write!(f, "( {body} )"),
            Compound::Arithmetic { expression } => {
                write!(f, "(({}))", arithmetic_text(expression))
            }
            Compound::Conditional { text, .. } => write!(f, "[[ {text} ]]"),
            Compound::Function { name, body } => write!(f, "{name} () {body}"),
            Compound::ArithmeticFor {
                init,
                condition,
                step,
                body,
            } => write!(
                f,
                "for (({}; {}; {})); do {body}; done",
                arithmetic_text(init).trim_end(),
                arithmetic_text(condition).trim_end(),
                arithmetic_text(step).trim_end()
            ),
        }
    }
}

impl fmt::Display for Pipeline {
    /// `time ! a | b`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.timed {
            Some(TimeFormat::Bash) => f.write_str("time ")?,
            Some(TimeFormat::Posix) => f.write_str("time -p ")?,
            None => {}
        }
        if self.negated {
            f.write_str("!")?;
            if self.commands.iter().any(|command| !command.is_empty()) {
                f.write_str(" ")?;
            }
        }
        for (position, command) in self.commands.iter().enumerate() {
            if position > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{command}")?;
        }
        Ok(())
    }
}

impl fmt::Display for SimpleCommand {
    /// Assignments, words, then redirections, separated by single spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut space = |f: &mut fmt::Formatter<'_>| {
            if first {
                first = false;
                Ok(())
            } else {
                f.write_str(" ")
            }
        };
        if let Some(compound) = &self.compound {
            space(f)?;
            write!(f, "{compound}")?;
        }
        for assignment in &self.assignments {
            space(f)?;
            write!(f, "{assignment}")?;
        }
        for word in &self.words {
            space(f)?;
            match self
                .declared_arrays
                .iter()
                .find(|assignment| assignment.name == word.source)
            {
                Some(assignment) => write!(f, "{assignment}")?,
                None => f.write_str(&word.source)?,
            }
        }
        for redirect in &self.redirects {
            space(f)?;
            write!(f, "{redirect}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Assignment {
    /// As typed: `a=x`, `a[1]+=x`, `a=(x "y z")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let operator = if self.append { "+=" } else { "=" };
        f.write_str(&self.name)?;
        if let Some(subscript) = &self.subscript {
            write!(f, "[{subscript}]")?;
        }
        write!(f, "{operator}{}", self.value.source)?;
        if let Some(words) = &self.array {
            let words: Vec<&str> = words.iter().map(|word| word.source.as_str()).collect();
            write!(f, "({})", words.join(" "))?;
        }
        Ok(())
    }
}

impl fmt::Display for Redirect {
    /// bash's spelling (`print_redirection`): `> file`, `2>&1`, `1>&2`, `&> file`, `<<EOF`,
    /// `<<< word`; the descriptor is left out where it is the operator's own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unless = |default: u32| match self.fd {
            Some(fd) if fd != default => fd.to_string(),
            _ => String::new(),
        };
        let always = |default: u32| self.fd.unwrap_or(default).to_string();
        let number = |word: &Word| {
            word.source == "-"
                || (!word.source.is_empty() && word.source.bytes().all(|b| b.is_ascii_digit()))
        };
        match &self.kind {
            RedirectKind::Read(word) => write!(f, "{}< {}", unless(0), word.source),
            RedirectKind::Write(word) => write!(f, "{}> {}", unless(1), word.source),
            RedirectKind::Append(word) => write!(f, "{}>> {}", unless(1), word.source),
            RedirectKind::WriteClobber(word) => write!(f, "{}>| {}", unless(1), word.source),
            // bash leaves out descriptor 1 here, not the operator's own 0.
            RedirectKind::ReadWrite(word) => {
                let fd = self.fd.unwrap_or(0);
                let fd = if fd == 1 {
                    String::new()
                } else {
                    fd.to_string()
                };
                write!(f, "{fd}<> {}", word.source)
            }
            RedirectKind::DuplicateRead(word) if word.source == "-" => {
                write!(f, "{}>&-", always(0))
            }
            RedirectKind::DuplicateRead(word) if number(word) => {
                write!(f, "{}<&{}", always(0), word.source)
            }
            RedirectKind::DuplicateRead(word) => write!(f, "{}<&{}", unless(0), word.source),
            RedirectKind::DuplicateWrite(word) if number(word) => {
                write!(f, "{}>&{}", always(1), word.source)
            }
            RedirectKind::DuplicateWrite(word) => write!(f, "{}>&{}", unless(1), word.source),
            RedirectKind::WriteStdoutAndStderr(word) => write!(f, "&> {}", word.source),
            RedirectKind::AppendStdoutAndStderr(word) => write!(f, "&>> {}", word.source),
            RedirectKind::HereDocument(here_document) => {
                let operator = if here_document.strip_tabs {
                    "<<-"
                } else {
                    "<<"
                };
                if here_document.expand {
                    write!(f, "{}{operator}{}", unless(0), here_document.delimiter)
                } else {
                    write!(f, "{}{operator}'{}'", unless(0), here_document.delimiter)
                }
            }
            RedirectKind::HereString(word) => write!(f, "{}<<< {}", unless(0), word.source),
        }
    }
}

#[cfg(test)]
#[path = "syntax_tests.rs"]
mod tests;
