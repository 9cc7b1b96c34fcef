//! Word expansion for the playground's small bash-like shell, in bash's order: brace expansion
//! (`brace.rs`, command words only), tilde expansion,
//! parameter expansion and command substitution, field splitting on `IFS`, pathname expansion
//! (globbing) and quote removal.
//!
//! The values come from an [`ExpandContext`] the executor implements: variables, `$?`, running a
//! command substitution and listing files for a glob pattern. This module deliberately knows
//! nothing about processes, files or the cluster; it only decides which text ends up in which
//! argument. [`pattern_matches`] and [`glob_match_file_name`] implement bash's pattern matching so
//! the executor's `glob` can use them.
//!
//! Which function to use where:
//! * command words: [`expand_words`] (splitting and globbing; may give zero or many fields);
//! * assignment values (`A=value`): [`expand_assignment_value`] (tilde after `=` and `:`, no
//!   splitting, no globbing);
//! * redirection targets: [`expand_redirect_target`] (must give exactly one field);
//! * here-document bodies and here-strings: [`expand_word_single`] (a here-string then gets a
//!   trailing newline added by the executor).
//!
//! `"$@"` gives a field per positional parameter ([`ExpandContext::positional_args`]); an
//! unquoted `$@` and `$*` are asked from [`ExpandContext::var`] as one string. Not supported:
//! arithmetic and the `${…}` forms listed in
//! [`ParamOperation::Unsupported`].

use std::fmt;

use super::syntax::{is_valid_name, ParamOperation, Program, ReplaceAnchor, Word, WordPart};

/// What expansion needs from the shell.
pub trait ExpandContext {
    /// A variable's value; `None` when unset. Special parameters other than `?` are asked by
    /// their one-character name (`$`, `#`, `!`, `-`, `@`, `*`, `0`…`9`), positional parameters
    /// beyond 9 by their number (`10`).
    fn var(&self, name: &str) -> Option<String>;
    /// The exit status of the last command, for `$?`.
    fn last_status(&self) -> i32;
    /// Runs a command substitution and returns its standard output (trailing newlines are removed
    /// by the caller).
    fn command_subst(&mut self, program: &Program) -> String;
    /// Runs a process substitution (`<(…)`) and returns the path of the file that holds its
    /// output. Without a file system there is nothing to name.
    fn process_subst(&mut self, _program: &Program) -> String {
        String::new()
    }
    /// The paths matching `pattern`, sorted as bash sorts them; empty when none match. In the
    /// pattern, quoted characters that would otherwise be special are escaped with a backslash
    /// (`"*".txt` arrives as `\*.txt`). [`glob_match_file_name`] matches one path component.
    fn glob(&self, pattern: &str) -> Vec<String>;
    /// Sets a variable, for `${name:=word}`.
    fn set_var(&mut self, name: &str, value: &str);
    /// Prints one line on standard error, for errors bash reports while expanding and then
    /// carries on (a syntax error inside backquotes).
    fn print_error(&mut self, message: &str);
    /// `set -u`: expanding an unset parameter is an error.
    fn nounset(&self) -> bool {
        false
    }
    /// An associative array's keys and values in bash's order; `None` when `name` is none.
    fn assoc(&self, _name: &str) -> Option<Vec<(String, String)>> {
        None
    }
    /// Sets the associative array `name`'s `key` (`m[key]=value`).
    fn set_assoc_element(&mut self, _name: &str, _key: &str, _value: &str) {}
    /// Makes `name` the associative array of `pairs`, in order (`m=([k]=v …)`); `append`
    /// keeps what it had (`m+=(…)`).
    fn set_assoc(&mut self, _name: &str, _pairs: Vec<(String, String)>, _append: bool) {}
    /// The names of the set variables starting with `prefix`, in bash's order (by bytes).
    fn names_with_prefix(&self, _prefix: &str) -> Vec<String> {
        Vec::new()
    }
    /// Whether `name` is read-only (an arithmetic assignment to it fails).
    fn is_readonly(&self, _name: &str) -> bool {
        false
    }
    /// Unsets a variable, for `BASH_REMATCH` after a failed `[[ … =~ … ]]`.
    fn unset_var(&mut self, _name: &str) {}
    /// `[[ -f PATH ]]` and the other file tests of `[[ … ]]` (`op` is `-f`, `-d`, …).
    fn file_test(&self, _op: &str, _path: &str) -> bool {
        false
    }
    /// `set -x`: shows a test of `[[ … ]]` as it is made (`text` is `[[ … ]]`).
    fn trace(&mut self, _text: &str) {}
    /// `$1`, `$2`…, for `"$@"` (each its own field).
    fn positional_args(&self) -> Vec<String> {
        Vec::new()
    }
    /// The elements of `name` seen as an indexed array, by index: an array's, a set scalar's
    /// value as element 0, none when it is unset.
    fn array(&self, name: &str) -> Vec<(i64, String)> {
        self.var(name)
            .map(|value| vec![(0, value)])
            .unwrap_or_default()
    }
    /// Whether `name` is an array (a negative subscript of anything else is an error).
    fn is_array(&self, _name: &str) -> bool {
        false
    }
    /// Makes `name` the array of `elements` (sorted by index), for `a=(…)`.
    fn set_array(&mut self, _name: &str, _elements: Vec<(i64, String)>) {}
    /// Sets one element of an array, for `${a[1]:=word}`.
    fn set_element(&mut self, name: &str, index: i64, value: &str) {
        if index == 0 {
            self.set_var(name, value);
        }
    }
}

/// bash's message for an assignment to a read-only variable.
pub const READONLY_MESSAGE: &str = "readonly variable";

/// Expansion errors; bash prints the message and does not run the command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExpansionError {
    /// `${}` or another malformed `${…}`: `bash: ${}: bad substitution`.
    BadSubstitution {
        /// The whole `${…}` text.
        text: String,
    },
    /// `${name?message}` or `${name:?message}` with the parameter unset (or null).
    ParameterNullOrUnset {
        /// The parameter's name.
        name: String,
        /// The expanded message, or bash's default text.
        message: String,
    },
    /// `${1:=word}` and other parameters that cannot be assigned.
    CannotAssign {
        /// The parameter's name.
        name: String,
    },
    /// A redirection target that expanded to zero or several fields.
    AmbiguousRedirect {
        /// The target word as typed.
        word: String,
    },
    /// `$((…))` that cannot be evaluated; `message` is bash's, with its error token.
    Arithmetic {
        /// The expression as expanded.
        text: String,
        message: String,
    },
    /// `set -u` and a parameter that is not set: `bash: x: unbound variable` (`$1` for a
    /// positional one). bash abandons the command line, and a script.
    Unbound {
        /// The parameter's name.
        name: String,
    },
    /// `${a[]}`, `${a[@]:=x}`: `bash: a: bad array subscript`.
    BadSubscript {
        /// The array's name (with the subscript where bash shows it).
        name: String,
    },
    /// `set -u` and `${#a[@]}` of an unset `a`: bash's message, but it only abandons the
    /// command line.
    UnboundArray {
        /// The array's name.
        name: String,
    },
    /// `${!x}` with x unset or empty: `bash: x: invalid indirect expansion`.
    InvalidIndirect {
        /// The parameter's name.
        name: String,
    },
    /// A `${…}` form this shell does not implement.
    Unsupported {
        /// The whole `${…}` text.
        text: String,
    },
}

impl fmt::Display for ExpansionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadSubstitution { text } => write!(f, "bash: {text}: bad substitution"),
            Self::ParameterNullOrUnset { name, message } => write!(f, "bash: {name}: {message}"),
            Self::CannotAssign { name } => write!(f, "bash: ${name}: cannot assign in this way"),
            Self::AmbiguousRedirect { word } => write!(f, "bash: {word}: ambiguous redirect"),
            Self::Arithmetic { text, message } => write!(f, "bash: {text}: {message}"),
            Self::Unbound { name } if name.bytes().all(|b| b.is_ascii_digit()) => {
                write!(f, "bash: ${name}: unbound variable")
            }
            Self::Unbound { name } | Self::UnboundArray { name } => {
                write!(f, "bash: {name}: unbound variable")
            }
            Self::InvalidIndirect { name } => write!(f, "bash: {name}: invalid indirect expansion"),
            Self::BadSubscript { name } => write!(f, "bash: {name}: bad array subscript"),
            Self::Unsupported { text } => {
                write!(
                    f,
                    "bash: {text}: this expansion is not supported by this shell"
                )
            }
        }
    }
}

impl std::error::Error for ExpansionError {}

/// Expands command words into arguments: each word may give zero fields (an unquoted empty
/// expansion), one, or many (field splitting, globbing).
pub fn expand_words(
    words: &[Word],
    ctx: &mut dyn ExpandContext,
) -> Result<Vec<String>, ExpansionError> {
    let ifs = ctx.var("IFS").unwrap_or_else(|| DEFAULT_IFS.to_string());
    let mut out = Vec::new();
    for word in words {
        match super::brace::expand(word, ctx) {
            None => expand_word_fields(word, &ifs, ctx, &mut out)?,
            Some(braced) => {
                for word in &braced {
                    expand_word_fields(word, &ifs, ctx, &mut out)?;
                }
            }
        }
    }
    Ok(out)
}

/// The fields of one brace-expanded word: tilde, parameters and substitutions, splitting,
/// globbing.
fn expand_word_fields(
    word: &Word,
    ifs: &str,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<String>,
) -> Result<(), ExpansionError> {
    let tilde = if looks_like_assignment(word) {
        TildeMode::AssignmentLike
    } else {
        TildeMode::WordStart
    };
    let mut fragments = Vec::new();
    word_fragments(word, ctx, tilde, false, &mut fragments)?;
    for field in split_fields(&fragments, ifs) {
        glob_field(field, ctx, out);
    }
    Ok(())
}

/// Expands one word to one string without field splitting or globbing: here-document bodies,
/// here-strings and other places bash expands "as if double-quoted".
pub fn expand_word_single(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<String, ExpansionError> {
    let fragments = unsplit_fragments(word, ctx)?;
    Ok(concatenate(&fragments))
}

/// Expands an assignment's value: tilde expansion at the start and after each `:`, then
/// parameters and command substitutions, no splitting, no globbing.
pub fn expand_assignment_value(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<String, ExpansionError> {
    let mut fragments = Vec::new();
    word_fragments(word, ctx, TildeMode::AssignmentValue, false, &mut fragments)?;
    Ok(concatenate(&fragments))
}

/// Expands a redirection's target like a command word; bash requires exactly one field
/// (`bash: $x: ambiguous redirect` otherwise).
pub fn expand_redirect_target(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<String, ExpansionError> {
    let mut fields = expand_words(std::slice::from_ref(word), ctx)?;
    match (fields.pop(), fields.is_empty()) {
        (Some(field), true) => Ok(field),
        _ => Err(ExpansionError::AmbiguousRedirect {
            word: word.source.clone(),
        }),
    }
}

/// A word's fragments where no field splitting follows (patterns, regular expressions,
/// assigned values, messages): a leading tilde expands, nothing is split.
fn unsplit_fragments(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<Vec<Fragment>, ExpansionError> {
    let mut fragments = Vec::new();
    word_fragments(word, ctx, TildeMode::WordStart, false, &mut fragments)?;
    Ok(fragments)
}

/// Expands a word into a pattern for [`pattern_matches`]: quoted special characters come out
/// escaped with a backslash.
pub fn expand_pattern(word: &Word, ctx: &mut dyn ExpandContext) -> Result<String, ExpansionError> {
    let fragments = unsplit_fragments(word, ctx)?;
    Ok(pattern_from_fragments(&fragments))
}

/// [`expand_pattern`], and the pattern as `set -x` shows it: every quoted character behind a
/// backslash (`"x y"` is `\x\ \y`).
pub fn expand_pattern_traced(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<(String, String), ExpansionError> {
    let fragments = unsplit_fragments(word, ctx)?;
    let mut traced = String::new();
    for fragment in &fragments {
        for c in fragment.text.chars() {
            if fragment.origin == Origin::Quoted {
                traced.push('\\');
            }
            traced.push(c);
        }
    }
    Ok((pattern_from_fragments(&fragments), traced))
}

/// Expands the right side of `[[ WORD =~ REGEX ]]`: the regular expression, quoted characters
/// escaped so that they match literally, and the text as expanded (what `set -x` shows).
pub fn expand_regex_traced(
    word: &Word,
    ctx: &mut dyn ExpandContext,
) -> Result<(String, String), ExpansionError> {
    let fragments = unsplit_fragments(word, ctx)?;
    Ok((regex_from_fragments(&fragments), concatenate(&fragments)))
}

fn regex_from_fragments(fragments: &[Fragment]) -> String {
    let mut regex = String::new();
    for fragment in fragments {
        for c in fragment.text.chars() {
            if fragment.origin == Origin::Quoted && "\\^$.|?*+()[]{}".contains(c) {
                regex.push('\\');
            }
            regex.push(c);
        }
    }
    regex
}

const DEFAULT_IFS: &str = " \t\n";

// ---------------------------------------------------------------------------------------------
// Fragments: expanded text that remembers where it came from
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Protected by quotes: never split nor globbed; even empty, it makes a field exist.
    Quoted,
    /// Unquoted text typed in the word: globbed, not split.
    Literal,
    /// The unquoted result of an expansion: split on IFS and globbed.
    Expanded,
    /// Between two positional parameters of `"$@"`: ends a field. Its text (a space) joins
    /// them where one word is made (`x="$@"`).
    FieldBreak,
    /// Between two elements of an unquoted `${a[@]}`: ends a field that has begun (an empty
    /// element makes none). Its text (a space) joins them where one word is made.
    SoftBreak,
}

#[derive(Debug)]
struct Fragment {
    text: String,
    origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TildeMode {
    /// `~` at the start of the word.
    WordStart,
    /// An assignment value: at the start and after each unquoted `:`.
    AssignmentValue,
    /// A command argument that looks like `name=value`: at the start, after the first `=` and
    /// after each `:` (bash does this outside POSIX mode).
    AssignmentLike,
}

fn looks_like_assignment(word: &Word) -> bool {
    match word.parts.first() {
        Some(WordPart::Literal {
            text,
            quoted: false,
        }) => text
            .split_once('=')
            .is_some_and(|(name, _)| is_valid_name(name.strip_suffix('+').unwrap_or(name))),
        _ => false,
    }
}

/// Expands `word`'s parts into fragments. `in_parameter_word`: the word of an unquoted
/// `${x:-word}`, whose unquoted text is split like an expansion result.
fn word_fragments(
    word: &Word,
    ctx: &mut dyn ExpandContext,
    tilde: TildeMode,
    in_parameter_word: bool,
    out: &mut Vec<Fragment>,
) -> Result<(), ExpansionError> {
    let count = word.parts.len();
    for (index, part) in word.parts.iter().enumerate() {
        match part {
            WordPart::Literal { text, quoted: true } => out.push(Fragment {
                text: text.clone(),
                origin: Origin::Quoted,
            }),
            WordPart::Literal {
                text,
                quoted: false,
            } => {
                let origin = if in_parameter_word {
                    Origin::Expanded
                } else {
                    Origin::Literal
                };
                tilde_expand_literal(
                    text,
                    index == 0,
                    index + 1 == count,
                    tilde,
                    origin,
                    &*ctx,
                    out,
                );
            }
            WordPart::Param {
                name,
                subscript: Some(subscript),
                quoted,
                operation,
            } => expand_array_parameter(name, subscript, *quoted, operation, ctx, out)?,
            WordPart::Param {
                name,
                subscript: None,
                quoted,
                operation,
            } => expand_parameter(name, *quoted, operation, ctx, out)?,
            WordPart::CommandSubst { program, quoted } => {
                let mut output = ctx.command_subst(program);
                let kept = output.trim_end_matches('\n').len();
                output.truncate(kept);
                out.push(Fragment {
                    text: output,
                    origin: if *quoted {
                        Origin::Quoted
                    } else {
                        Origin::Expanded
                    },
                });
            }
            WordPart::ProcessSubst { program } => {
                let path = ctx.process_subst(program);
                out.push(Fragment {
                    text: path,
                    origin: Origin::Quoted,
                });
            }
            WordPart::CommandSubstSyntaxError { messages, quoted } => {
                for message in messages {
                    ctx.print_error(message);
                }
                out.push(Fragment {
                    text: String::new(),
                    origin: if *quoted {
                        Origin::Quoted
                    } else {
                        Origin::Expanded
                    },
                });
            }
            WordPart::BadSubstitution { text } => {
                return Err(ExpansionError::BadSubstitution { text: text.clone() })
            }
            WordPart::Arithmetic { text, quoted } => {
                let value = arithmetic(text, ctx)?;
                out.push(Fragment {
                    text: value.to_string(),
                    origin: if *quoted {
                        Origin::Quoted
                    } else {
                        Origin::Expanded
                    },
                });
            }
        }
    }
    Ok(())
}

/// An arithmetic expression with `$name`, `${name}` and `$?` replaced by their values, as
/// bash does before evaluating it (and as `set -x` shows `(( … ))`).
pub(super) fn substitute_parameters(text: &str, ctx: &dyn ExpandContext) -> String {
    let mut expanded = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        expanded.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (name, used) = if let Some(braced) = after.strip_prefix('{') {
            match braced.find('}') {
                Some(end) => (&braced[..end], end + 2),
                None => ("", 0),
            }
        } else if after.starts_with('?') {
            ("?", 1)
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], end)
        };
        if used == 0 {
            expanded.push('$');
            rest = after;
            continue;
        }
        let value = if name == "?" {
            ctx.last_status().to_string()
        } else {
            ctx.var(name).unwrap_or_default()
        };
        expanded.push_str(&value);
        rest = &after[used..];
    }
    expanded.push_str(rest);
    expanded
}

/// `$((…))`: `$name`, `${name}` and `$?` in the text are replaced first, then
/// `crate::arithmetic` (the same operators as bash) computes it; errors get bash's wording.
pub(super) fn arithmetic(text: &str, ctx: &mut dyn ExpandContext) -> Result<i64, ExpansionError> {
    // `$(( $1 * $(f) ))`: command substitutions first, as bash expands them.
    if text.contains("$(") || text.contains('`') || text.contains("${") {
        if let Some(word) = super::syntax::parse_arithmetic_expansions(text) {
            let expanded = expand_word_single(&word, ctx)?;
            if !expanded.contains('$') {
                return arithmetic(&expanded, ctx);
            }
        }
    }
    let expanded = substitute_parameters(text, ctx);
    /// The variables, and the first read-only one an assignment was refused to.
    struct Vars<'c>(&'c mut dyn ExpandContext, Option<String>);
    impl Vars<'_> {
        /// `a[3]` (the arithmetic's resolved element name): the array and the index, a
        /// negative one counted back from the end (`None` before the start).
        fn element(&self, name: &str) -> Option<(String, Option<i64>)> {
            let (base, rest) = name.split_once('[')?;
            let index: i64 = rest.strip_suffix(']')?.parse().ok()?;
            if index >= 0 {
                return Some((base.to_string(), Some(index)));
            }
            let end = self
                .0
                .array(base)
                .last()
                .map_or(0, |(last, _)| last.saturating_add(1));
            let index = index.saturating_add(end);
            Some((base.to_string(), (index >= 0).then_some(index)))
        }
    }
    impl crate::arithmetic::ArithVars for Vars<'_> {
        fn arith_is_assoc(&self, name: &str) -> bool {
            self.0.assoc(name).is_some()
        }
        fn arith_var(&self, name: &str) -> Option<String> {
            if let Some((base, key)) = super::arrays::split_subscripted_name(name) {
                if let Some(pairs) = self.0.assoc(base) {
                    return pairs.into_iter().find(|(k, _)| k == key).map(|(_, v)| v);
                }
            }
            match self.element(name) {
                Some((base, Some(index))) => self
                    .0
                    .array(&base)
                    .into_iter()
                    .find(|(at, _)| *at == index)
                    .map(|(_, value)| value),
                Some((_, None)) => None,
                None => self.0.var(name),
            }
        }
        fn arith_set(&mut self, name: &str, value: String) {
            let base = name.split('[').next().unwrap_or_default();
            if self.0.is_readonly(base) {
                self.1.get_or_insert_with(|| base.to_string());
                return;
            }
            if let Some((base, key)) = super::arrays::split_subscripted_name(name) {
                if self.0.assoc(base).is_some() {
                    self.0.set_assoc_element(base, key, &value);
                    return;
                }
            }
            match self.element(name) {
                Some((base, Some(index))) => self.0.set_element(&base, index, &value),
                Some((_, None)) => {}
                None => self.0.set_var(name, &value),
            }
        }
    }
    let mut vars = Vars(ctx, None);
    let result = crate::arithmetic::arithmetic(&expanded, &mut vars);
    if let Some(name) = vars.1 {
        return Err(ExpansionError::Arithmetic {
            text: name,
            message: READONLY_MESSAGE.to_string(),
        });
    }
    result.map_err(|message| {
        let (text, message) = arithmetic_message(&expanded, &message);
        ExpansionError::Arithmetic { text, message }
    })
}

/// bash's words for an arithmetic error in `expression`: the expression it names (a
/// variable's value when the error is in it) and the message with its error token.
fn arithmetic_message(expression: &str, error: &str) -> (String, String) {
    use crate::arithmetic::{INVALID_OPERATOR, IN_VALUE, OPERAND_EXPECTED, UNEXPECTED};
    if let Some((value, inner)) = error
        .strip_prefix(IN_VALUE)
        .and_then(|rest| rest.split_once('\n'))
    {
        return arithmetic_message(value, inner);
    }
    let trimmed = expression.trim();
    let token = |text: &str| format!("(error token is \"{text}\")");
    let message = if let Some(rest) = error.strip_prefix(UNEXPECTED) {
        format!("syntax error in expression {}", token(rest))
    } else if error == crate::arithmetic::RECURSION {
        format!("{error} {}", token(trimmed))
    } else if let Some(rest) = error.strip_prefix(INVALID_OPERATOR) {
        format!("syntax error: invalid arithmetic operator {}", token(rest))
    } else if let Some(rest) = error.strip_prefix(OPERAND_EXPECTED) {
        format!("syntax error: operand expected {}", token(rest))
    } else if error.contains("divide by zero") {
        let after = trimmed
            .find(['/', '%'])
            .map(|at| trimmed[at + 1..].trim_start())
            .unwrap_or("");
        format!("division by 0 {}", token(after))
    } else if trimmed.ends_with(|c: char| "+-*/%<>=&|^!~".contains(c)) {
        let last = trimmed.chars().last().map(String::from).unwrap_or_default();
        format!("syntax error: operand expected {}", token(&last))
    } else if error.contains("invalid arithmetic base")
        || error.contains("value too great for base")
    {
        // `BASE#DIGITS` with a bad base or digit: bash names the number.
        let number = trimmed
            .split(|c: char| !(c.is_ascii_alphanumeric() || "#@_".contains(c)))
            .find(|word| word.contains('#'))
            .unwrap_or(trimmed);
        let at = trimmed.find(number).unwrap_or(0);
        let what = if error.contains("invalid") {
            "invalid arithmetic base"
        } else {
            "value too great for base"
        };
        format!("{what} {}", token(&trimmed[at..]))
    } else if let Some(octal) = trimmed
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|word| word.starts_with('0') && word.contains(['8', '9']))
    {
        // `08`: a leading 0 means octal.
        let at = trimmed.find(octal).unwrap_or(0);
        format!("value too great for base {}", token(&trimmed[at..]))
    } else {
        let after = trimmed
            .split_once(char::is_whitespace)
            .map(|(_, rest)| rest.trim_start())
            .unwrap_or(trimmed);
        format!("syntax error in expression {}", token(after))
    };
    (expression.to_string(), message)
}

/// Pushes an unquoted literal, replacing the tilde prefixes bash replaces.
fn tilde_expand_literal(
    text: &str,
    first_part: bool,
    last_part: bool,
    mode: TildeMode,
    origin: Origin,
    ctx: &dyn ExpandContext,
    out: &mut Vec<Fragment>,
) {
    let after_colons = mode != TildeMode::WordStart;
    let first_equals = if mode == TildeMode::AssignmentLike && first_part {
        text.find('=')
    } else {
        None
    };
    let mut emitted = 0;
    let mut candidates: Vec<usize> = Vec::new();
    if first_part {
        candidates.push(0);
    }
    if let Some(equals) = first_equals {
        candidates.push(equals + 1);
    }
    if after_colons {
        candidates.extend(text.match_indices(':').map(|(at, _)| at + 1));
    }
    crate::sort::sort(&mut candidates);
    candidates.dedup();
    for start in candidates {
        if start < emitted || text.get(start..start + 1) != Some("~") {
            continue;
        }
        let rest = text.get(start + 1..).unwrap_or_default();
        let prefix_len = rest
            .find(|c| c == '/' || (after_colons && c == ':'))
            .unwrap_or(rest.len());
        if prefix_len == rest.len() && !last_part {
            // The tilde prefix would run into a quoted or expanded part: no expansion.
            continue;
        }
        let user = rest.get(..prefix_len).unwrap_or_default();
        let replacement = match user {
            "" => ctx.var("HOME"),
            "+" => ctx.var("PWD"),
            "-" => ctx.var("OLDPWD"),
            _ => None,
        };
        let Some(replacement) = replacement else {
            continue;
        };
        if start > emitted {
            out.push(Fragment {
                text: text.get(emitted..start).unwrap_or_default().to_string(),
                origin,
            });
        }
        out.push(Fragment {
            text: replacement,
            origin: Origin::Quoted,
        });
        emitted = start + 1 + prefix_len;
    }
    if emitted < text.len() || emitted == 0 {
        out.push(Fragment {
            text: text.get(emitted..).unwrap_or_default().to_string(),
            origin,
        });
    }
}

fn expand_parameter(
    name: &str,
    quoted: bool,
    operation: &ParamOperation,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<Fragment>,
) -> Result<(), ExpansionError> {
    if let (ParamOperation::Substring { offset, length }, "@" | "*") = (operation, name) {
        return positional_slice(name, quoted, offset, length.as_deref(), ctx, out);
    }
    if *operation == ParamOperation::Indirect {
        // `${!x}`: x names the parameter to expand.
        let target = ctx.var(name).unwrap_or_default();
        if target.is_empty() {
            return Err(ExpansionError::InvalidIndirect {
                name: name.to_string(),
            });
        }
        if !is_valid_name(&target)
            && !target.bytes().all(|b| b.is_ascii_digit())
            && !matches!(target.as_str(), "@" | "*" | "#" | "?" | "$" | "!" | "-")
        {
            return Err(ExpansionError::BadSubstitution {
                text: target.clone(),
            });
        }
        return expand_parameter(&target, quoted, &ParamOperation::Value, ctx, out);
    }
    if name == "@" && quoted && *operation == ParamOperation::Value {
        // `"$@"`: one field per positional parameter, none without any.
        for (index, arg) in ctx.positional_args().into_iter().enumerate() {
            if index > 0 {
                out.push(Fragment {
                    text: " ".to_string(),
                    origin: Origin::FieldBreak,
                });
            }
            out.push(Fragment {
                text: arg,
                origin: Origin::Quoted,
            });
        }
        return Ok(());
    }
    let value = if name == "?" {
        Some(ctx.last_status().to_string())
    } else {
        ctx.var(name)
    };
    expand_value(name, name, None, value, quoted, operation, ctx, out)
}

/// The operation of `${name…}` or `${name[i]…}` on the parameter's value (`None`: unset).
#[allow(clippy::too_many_arguments)]
fn expand_value(
    name: &str,
    display: &str,
    index: Option<i64>,
    value: Option<String>,
    quoted: bool,
    operation: &ParamOperation,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<Fragment>,
) -> Result<(), ExpansionError> {
    let checks_set = !matches!(
        operation,
        ParamOperation::UseDefault { .. }
            | ParamOperation::AssignDefault { .. }
            | ParamOperation::UseAlternative { .. }
            | ParamOperation::ErrorIfUnset { .. }
    );
    if value.is_none() && checks_set && ctx.nounset() && !matches!(name, "@" | "*") {
        return Err(ExpansionError::Unbound {
            name: display.to_string(),
        });
    }
    let origin = if quoted {
        Origin::Quoted
    } else {
        Origin::Expanded
    };
    // An empty quoted fragment makes `"${x:+y}"` give one empty field even when nothing else
    // is produced; unquoted it is harmless.
    out.push(Fragment {
        text: String::new(),
        origin,
    });
    let unset_or_null = |null_counts: bool| match &value {
        None => true,
        Some(text) => null_counts && text.is_empty(),
    };
    let word_value = |word: &Word, ctx: &mut dyn ExpandContext, out: &mut Vec<Fragment>| {
        word_fragments(word, ctx, TildeMode::WordStart, !quoted, out)
    };
    let text = match operation {
        ParamOperation::Value => value.unwrap_or_default(),
        ParamOperation::Length => value.map_or(0, |text| text.chars().count()).to_string(),
        ParamOperation::UseDefault {
            word,
            null_counts_as_unset,
        } => {
            if unset_or_null(*null_counts_as_unset) {
                return word_value(word, ctx, out);
            }
            value.unwrap_or_default()
        }
        ParamOperation::AssignDefault {
            word,
            null_counts_as_unset,
        } => {
            if unset_or_null(*null_counts_as_unset) {
                if !is_valid_name(name) {
                    return Err(ExpansionError::CannotAssign {
                        name: name.to_string(),
                    });
                }
                let fragments = unsplit_fragments(word, ctx)?;
                let assigned = concatenate(&fragments);
                match index {
                    Some(index) => ctx.set_element(name, index, &assigned),
                    None => ctx.set_var(name, &assigned),
                }
                assigned
            } else {
                value.unwrap_or_default()
            }
        }
        ParamOperation::UseAlternative {
            word,
            null_counts_as_unset,
        } => {
            if unset_or_null(*null_counts_as_unset) {
                return Ok(());
            }
            return word_value(word, ctx, out);
        }
        ParamOperation::ErrorIfUnset {
            word,
            null_counts_as_unset,
        } => {
            if unset_or_null(*null_counts_as_unset) {
                let fragments = unsplit_fragments(word, ctx)?;
                let mut message = concatenate(&fragments);
                if message.is_empty() {
                    message = if *null_counts_as_unset {
                        "parameter null or not set".to_string()
                    } else {
                        "parameter not set".to_string()
                    };
                }
                return Err(ExpansionError::ParameterNullOrUnset {
                    name: display.to_string(),
                    message,
                });
            }
            value.unwrap_or_default()
        }
        ParamOperation::RemovePrefix { pattern, longest } => {
            let pattern = expand_pattern(pattern, ctx)?;
            remove_matching_affix(&value.unwrap_or_default(), &pattern, true, *longest)
        }
        ParamOperation::RemoveSuffix { pattern, longest } => {
            let pattern = expand_pattern(pattern, ctx)?;
            remove_matching_affix(&value.unwrap_or_default(), &pattern, false, *longest)
        }
        ParamOperation::Substring { offset, length } => {
            substring(&value.unwrap_or_default(), offset, length.as_deref(), ctx)?
        }
        ParamOperation::Replace {
            pattern,
            replacement,
            anchor,
        } => {
            let pattern = expand_pattern(pattern, ctx)?;
            let replacement = match replacement {
                Some(word) => unsplit_fragments(word, ctx)?,
                None => Vec::new(),
            };
            replace_matches(&value.unwrap_or_default(), &pattern, &replacement, *anchor)
        }
        ParamOperation::CaseModify {
            upper,
            all,
            pattern,
        } => {
            let pattern = expand_pattern(pattern, ctx)?;
            modify_case(&value.unwrap_or_default(), &pattern, *upper, *all)
        }
        ParamOperation::Transform { operator } => match value {
            None => String::new(),
            Some(value) => transform(&value, *operator),
        },
        ParamOperation::Indirect | ParamOperation::Indices | ParamOperation::PrefixNames => {
            String::new()
        }
        ParamOperation::Unsupported { text } => {
            return Err(ExpansionError::Unsupported { text: text.clone() })
        }
    };
    out.push(Fragment { text, origin });
    Ok(())
}

/// The key `m[KEY]` names in an associative array: the subscript with its quotes removed
/// and its `$x`, `$(…)` and `$((…))` expanded (not within single quotes or after a
/// backslash). The subscript becomes the text of a here-document body, whose expansions are
/// those, its quoted characters escaped.
pub(super) fn assoc_key(
    subscript: &str,
    ctx: &mut dyn ExpandContext,
) -> Result<String, ExpansionError> {
    fn literal(body: &mut String, c: char) {
        if matches!(c, '$' | '`' | '\\') {
            body.push('\\');
        }
        body.push(c);
    }
    let mut body = String::new();
    let mut chars = subscript.chars();
    let mut in_double = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' if !in_double => {
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    literal(&mut body, c);
                }
            }
            '"' => in_double = !in_double,
            '\\' => match chars.next() {
                Some(next) if !in_double || matches!(next, '$' | '`' | '"' | '\\') => {
                    literal(&mut body, next);
                }
                Some(next) => {
                    literal(&mut body, '\\');
                    literal(&mut body, next);
                }
                None => literal(&mut body, '\\'),
            },
            _ => body.push(c),
        }
    }
    match super::syntax::parse_arithmetic_expansions(&body) {
        Some(word) => expand_word_single(&word, ctx),
        None => Ok(body),
    }
}

/// The value of an arithmetic subscript (`a[i+1]`, `a["1"]`, `a[$(f)]`): its quotes
/// removed, then evaluated as `$((…))` is.
pub(super) fn subscript_value(
    subscript: &str,
    ctx: &mut dyn ExpandContext,
) -> Result<i64, ExpansionError> {
    if subscript.contains(['"', '\'']) {
        return arithmetic(&subscript.replace(['"', '\''], ""), ctx);
    }
    arithmetic(subscript, ctx)
}

/// `${a[i]…}`, `${a[@]…}`, `${a[*]…}`, `${#a[@]}` and `${!a[@]}`.
fn expand_array_parameter(
    name: &str,
    subscript: &str,
    quoted: bool,
    operation: &ParamOperation,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<Fragment>,
) -> Result<(), ExpansionError> {
    let display = format!("{name}[{subscript}]");
    if let Some(pairs) = ctx.assoc(name).filter(|_| !matches!(subscript, "@" | "*")) {
        let key = assoc_key(subscript, ctx)?;
        if key.is_empty() {
            // bash reports it and goes on with the element unset.
            ctx.print_error(&format!("bash: {name}: bad array subscript"));
            return expand_value(name, &display, None, None, quoted, operation, ctx, out);
        }
        let mut value = pairs.into_iter().find(|(k, _)| *k == key).map(|(_, v)| v);
        let mut operation = operation;
        if let ParamOperation::AssignDefault {
            word,
            null_counts_as_unset,
        } = operation
        {
            // `${m[k]:=word}` sets that key.
            if value
                .as_deref()
                .is_none_or(|v| *null_counts_as_unset && v.is_empty())
            {
                let assigned = concatenate(&unsplit_fragments(word, ctx)?);
                ctx.set_assoc_element(name, &key, &assigned);
                value = Some(assigned);
                operation = &ParamOperation::Value;
            }
        }
        return expand_value(name, &display, None, value, quoted, operation, ctx, out);
    }
    if !matches!(subscript, "@" | "*") {
        if subscript.trim().is_empty() {
            return Err(ExpansionError::BadSubscript {
                name: name.to_string(),
            });
        }
        let mut index = subscript_value(subscript, ctx)?;
        let elements = ctx.array(name);
        if index < 0 {
            let end = elements
                .last()
                .map_or(0, |(last, _)| last.saturating_add(1));
            index = index.saturating_add(end);
            if index < 0 || !ctx.is_array(name) {
                // bash reports it and goes on with the element unset.
                ctx.print_error(&format!("bash: {name}: bad array subscript"));
                return expand_value(name, &display, None, None, quoted, operation, ctx, out);
            }
        }
        let value = elements
            .into_iter()
            .find(|(at, _)| *at == index)
            .map(|(_, value)| value);
        if *operation == ParamOperation::Indirect {
            let target = value.unwrap_or_default();
            if target.is_empty() {
                return Err(ExpansionError::InvalidIndirect { name: display });
            }
            let part = super::syntax::parse_arithmetic_expansions(&format!("${{{target}}}"));
            return match part.as_ref().and_then(|word| word.parts.first()) {
                Some(WordPart::Param {
                    name,
                    subscript,
                    operation,
                    ..
                }) if **operation == ParamOperation::Value => match subscript {
                    Some(subscript) => expand_array_parameter(
                        name,
                        subscript,
                        quoted,
                        &ParamOperation::Value,
                        ctx,
                        out,
                    ),
                    None => expand_parameter(name, quoted, &ParamOperation::Value, ctx, out),
                },
                _ => Err(ExpansionError::BadSubstitution { text: target }),
            };
        }
        return expand_value(
            name,
            &display,
            Some(index),
            value,
            quoted,
            operation,
            ctx,
            out,
        );
    }
    let elements = ctx.array(name);
    let values: Vec<String> = match operation {
        ParamOperation::Indices => match ctx.assoc(name) {
            Some(pairs) => pairs.into_iter().map(|(key, _)| key).collect(),
            None => elements.iter().map(|(at, _)| at.to_string()).collect(),
        },
        ParamOperation::PrefixNames => ctx.names_with_prefix(name),
        _ => elements.into_iter().map(|(_, value)| value).collect(),
    };
    // Like `"$@"`, `${a[@]}` is never an unbound variable for `set -u`.
    let list = match operation {
        ParamOperation::Value | ParamOperation::Indices | ParamOperation::PrefixNames => values,
        ParamOperation::Length => {
            if values.is_empty() && !ctx.is_array(name) && ctx.nounset() {
                return Err(ExpansionError::UnboundArray {
                    name: name.to_string(),
                });
            }
            out.push(Fragment {
                text: values.len().to_string(),
                origin: if quoted {
                    Origin::Quoted
                } else {
                    Origin::Expanded
                },
            });
            return Ok(());
        }
        // Of a scalar, bash takes a substring of its value (`a=hello; ${a[@]:1}` is `ello`).
        ParamOperation::Substring { .. } if !ctx.is_array(name) => {
            let value = ctx.var(name);
            let mut fragments = Vec::new();
            expand_value(
                name,
                &display,
                None,
                value,
                quoted,
                operation,
                ctx,
                &mut fragments,
            )?;
            // Like an array's, an empty `"${a[@]:…}"` is no word at all.
            if subscript == "*" || fragments.iter().any(|fragment| !fragment.text.is_empty()) {
                out.extend(fragments);
            }
            return Ok(());
        }
        ParamOperation::Substring { offset, length } => {
            array_slice(ctx.array(name), offset, length.as_deref(), ctx)?
        }
        ParamOperation::UseDefault {
            null_counts_as_unset,
            ..
        }
        | ParamOperation::UseAlternative {
            null_counts_as_unset,
            ..
        }
        | ParamOperation::ErrorIfUnset {
            null_counts_as_unset,
            ..
        }
        | ParamOperation::AssignDefault {
            null_counts_as_unset,
            ..
        } => {
            // A list of one empty element counts as null.
            let unset_or_null = values.is_empty()
                || (*null_counts_as_unset && values.len() == 1 && values.concat().is_empty());
            match operation {
                ParamOperation::UseAlternative { .. } if unset_or_null => return Ok(()),
                ParamOperation::UseAlternative { .. } => {
                    // Set: the word (as for a set scalar).
                    let set = Some("set".to_string());
                    return expand_value(name, &display, None, set, quoted, operation, ctx, out);
                }
                ParamOperation::AssignDefault { .. } if unset_or_null => {
                    return Err(ExpansionError::BadSubscript { name: display });
                }
                _ if unset_or_null => {
                    return expand_value(name, &display, None, None, quoted, operation, ctx, out);
                }
                _ => {}
            }
            values
        }
        ParamOperation::Indirect | ParamOperation::Unsupported { .. } => {
            return Err(ExpansionError::BadSubstitution {
                text: format!("${{!{display}}}"),
            });
        }
        _ => {
            let mut list = Vec::with_capacity(values.len());
            for value in values {
                let mut fragments = Vec::new();
                expand_value(
                    name,
                    &display,
                    None,
                    Some(value),
                    true,
                    operation,
                    ctx,
                    &mut fragments,
                )?;
                list.push(concatenate(&fragments));
            }
            list
        }
    };
    push_list(list, subscript == "*", quoted, ctx, out);
    Ok(())
}

/// The elements of `${a[@]}`-like expansions: one field each for `"${a[@]}"`, joined by the
/// first character of `IFS` for `"${a[*]}"`, split further when unquoted.
fn push_list(
    list: Vec<String>,
    star: bool,
    quoted: bool,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<Fragment>,
) {
    if quoted && star {
        let separator = match ctx.var("IFS") {
            None => " ".to_string(),
            Some(ifs) => ifs.chars().next().map(String::from).unwrap_or_default(),
        };
        out.push(Fragment {
            text: list.join(&separator),
            origin: Origin::Quoted,
        });
        return;
    }
    let (origin, between) = if quoted {
        (Origin::Quoted, Origin::FieldBreak)
    } else {
        (Origin::Expanded, Origin::SoftBreak)
    };
    for (index, text) in list.into_iter().enumerate() {
        if index > 0 {
            out.push(Fragment {
                text: " ".to_string(),
                origin: between,
            });
        }
        out.push(Fragment { text, origin });
    }
}

/// `${a[@]:offset:length}`: the elements from index `offset` on (a negative offset counts
/// back from the end), at most `length` of them.
fn array_slice(
    elements: Vec<(i64, String)>,
    offset: &str,
    length: Option<&str>,
    ctx: &mut dyn ExpandContext,
) -> Result<Vec<String>, ExpansionError> {
    let mut start = arithmetic(offset, ctx)?;
    let end = elements
        .last()
        .map_or(0, |(last, _)| last.saturating_add(1));
    if start < 0 {
        start = start.saturating_add(end);
        if start < 0 {
            return Ok(Vec::new());
        }
    }
    if start >= end {
        // Past the last element: nothing, whatever the length.
        return Ok(Vec::new());
    }
    let count = match length {
        Some(length) => {
            let count = arithmetic(length, ctx)?;
            if count < 0 {
                return Err(ExpansionError::Arithmetic {
                    text: length.trim().to_string(),
                    message: "substring expression < 0".to_string(),
                });
            }
            usize::try_from(count).unwrap_or(usize::MAX)
        }
        None => usize::MAX,
    };
    Ok(elements
        .into_iter()
        .filter(|(at, _)| *at >= start)
        .take(count)
        .map(|(_, value)| value)
        .collect())
}

/// The offset and length of `${x:offset:length}`, as bash computes them: a negative offset
/// counts from the end (nothing when it reaches before the start), a negative length ends
/// that many characters before the end.
fn substring_bounds(
    count: usize,
    offset: &str,
    length: Option<&str>,
    ctx: &mut dyn ExpandContext,
) -> Result<Option<(usize, usize)>, ExpansionError> {
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    let mut start = arithmetic(offset, ctx)?;
    if start < 0 {
        start = start.saturating_add(count);
        if start < 0 {
            return Ok(None);
        }
    }
    if start > count {
        return Ok(None);
    }
    let end = match length {
        None => count,
        Some(length) => {
            let length_value = arithmetic(length, ctx)?;
            if length_value < 0 {
                let end = count.saturating_add(length_value);
                if end < start {
                    return Err(ExpansionError::Arithmetic {
                        text: length.trim().to_string(),
                        message: "substring expression < 0".to_string(),
                    });
                }
                end
            } else {
                start.saturating_add(length_value).min(count)
            }
        }
    };
    let start = usize::try_from(start).unwrap_or(0);
    let end = usize::try_from(end).unwrap_or(0);
    Ok(Some((start, end.max(start))))
}

/// `${x:offset:length}` of a value, counted in characters.
fn substring(
    value: &str,
    offset: &str,
    length: Option<&str>,
    ctx: &mut dyn ExpandContext,
) -> Result<String, ExpansionError> {
    let chars: Vec<char> = value.chars().collect();
    Ok(match substring_bounds(chars.len(), offset, length, ctx)? {
        Some((start, end)) => chars.get(start..end).unwrap_or_default().iter().collect(),
        None => String::new(),
    })
}

/// `${@:offset:length}` and `${*:…}`: a slice of `$0 $1 …` (offset 0 is `$0`), as separate
/// fields for `"${@:…}"` and joined by spaces otherwise.
fn positional_slice(
    name: &str,
    quoted: bool,
    offset: &str,
    length: Option<&str>,
    ctx: &mut dyn ExpandContext,
    out: &mut Vec<Fragment>,
) -> Result<(), ExpansionError> {
    let mut all = vec![ctx.var("0").unwrap_or_default()];
    all.extend(ctx.positional_args());
    let slice = match substring_bounds(all.len(), offset, length, ctx)? {
        Some((start, end)) => all.get(start..end).unwrap_or_default().to_vec(),
        None => Vec::new(),
    };
    let origin = if quoted {
        Origin::Quoted
    } else {
        Origin::Expanded
    };
    if name == "@" && quoted {
        for (index, arg) in slice.into_iter().enumerate() {
            if index > 0 {
                out.push(Fragment {
                    text: " ".to_string(),
                    origin: Origin::FieldBreak,
                });
            }
            out.push(Fragment { text: arg, origin });
        }
        return Ok(());
    }
    out.push(Fragment {
        text: slice.join(" "),
        origin,
    });
    Ok(())
}

/// The longest match of `tokens` in `chars` starting at `start`: its end.
fn longest_match_at(tokens: &[PatternToken], chars: &[char], start: usize) -> Option<usize> {
    match_ends(tokens, chars, start).last().copied()
}

/// The longest match of `tokens` that ends at the end of `chars`: its start.
fn longest_suffix_match(tokens: &[PatternToken], chars: &[char]) -> Option<usize> {
    let reversed: Vec<char> = chars.iter().rev().copied().collect();
    match_ends(&reversed_tokens(tokens), &reversed, 0)
        .last()
        .map(|length| chars.len() - length)
}

/// `${x/pattern/string}`: bash's `pat_subst`. Matches are the longest at the leftmost place;
/// an empty match replaces nothing and moves on one character. In the replacement, an `&` that
/// was not quoted stands for the matched text.
fn replace_matches(
    value: &str,
    pattern: &str,
    replacement: &[Fragment],
    anchor: ReplaceAnchor,
) -> String {
    if pattern.is_empty() && anchor != ReplaceAnchor::Start && anchor != ReplaceAnchor::End {
        return value.to_string();
    }
    let tokens = compile_pattern(pattern);
    let chars: Vec<char> = value.chars().collect();
    let render = |matched: &[char]| -> String {
        let mut text = String::new();
        for fragment in replacement {
            for c in fragment.text.chars() {
                if c == '&' && fragment.origin != Origin::Quoted {
                    text.extend(matched);
                } else {
                    text.push(c);
                }
            }
        }
        text
    };
    match anchor {
        ReplaceAnchor::Start => match longest_match_at(&tokens, &chars, 0) {
            Some(end) => {
                let rest: String = chars.get(end..).unwrap_or_default().iter().collect();
                render(chars.get(..end).unwrap_or_default()) + &rest
            }
            None => value.to_string(),
        },
        ReplaceAnchor::End => match longest_suffix_match(&tokens, &chars) {
            Some(start) => {
                let kept: String = chars.get(..start).unwrap_or_default().iter().collect();
                kept + &render(chars.get(start..).unwrap_or_default())
            }
            None => value.to_string(),
        },
        ReplaceAnchor::First | ReplaceAnchor::All if chars.is_empty() => {
            // An empty value is replaced when the pattern matches nothing at all (`*`).
            if tokens_match(&tokens, &[]) {
                render(&[])
            } else {
                String::new()
            }
        }
        ReplaceAnchor::First | ReplaceAnchor::All => {
            // Where the pattern's literal characters last occur: no match can start after
            // that. A pattern that starts with `*` matches from a place only if it matches
            // from every place before it.
            let last_start = tokens
                .iter()
                .filter_map(|token| match token {
                    PatternToken::Char(c) => Some(*c),
                    _ => None,
                })
                .map(|c| chars.iter().rposition(|x| *x == c))
                .try_fold(usize::MAX, |limit, found| found.map(|at| limit.min(at)));
            let leading_star = tokens.first() == Some(&PatternToken::AnyString);
            let mut text = String::new();
            let mut at = 0;
            let mut replaced = false;
            while at < chars.len() {
                if replaced && anchor == ReplaceAnchor::First {
                    break;
                }
                if last_start.is_none_or(|limit| at > limit) {
                    break;
                }
                let found = longest_match_at(&tokens, &chars, at).filter(|&end| end > at);
                if found.is_none() && leading_star {
                    break;
                }
                match found {
                    Some(end) => {
                        text.push_str(&render(chars.get(at..end).unwrap_or_default()));
                        at = end;
                        replaced = true;
                    }
                    None => {
                        if let Some(c) = chars.get(at) {
                            text.push(*c);
                        }
                        at += 1;
                    }
                }
            }
            text.extend(chars.get(at..).unwrap_or_default());
            text
        }
    }
}

/// `${x^pattern}` and the other case operators: the first character, or every one, when it
/// matches the pattern (an empty pattern matches any character).
fn modify_case(value: &str, pattern: &str, upper: bool, all: bool) -> String {
    let tokens = compile_pattern(if pattern.is_empty() { "?" } else { pattern });
    let mut text = String::new();
    for (index, c) in value.chars().enumerate() {
        if (all || index == 0) && tokens_match(&tokens, &[c]) {
            if upper {
                text.extend(c.to_uppercase());
            } else {
                text.extend(c.to_lowercase());
            }
        } else {
            text.push(c);
        }
    }
    text
}

/// `${x@Q}`, `${x@U}`, `${x@u}`, `${x@L}`, `${x@E}`.
fn transform(value: &str, operator: char) -> String {
    match operator {
        'U' => value.to_uppercase(),
        'L' => value.to_lowercase(),
        'u' => {
            let mut chars = value.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        'E' => super::printf::expand_backslashes(value).0,
        _ => quote_for_reuse(value),
    }
}

/// bash's `sh_quote_reusable`: `'…'` (with `'\''` for a quote), or `$'…'` when the text holds
/// control characters.
pub(super) fn quote_for_reuse(value: &str) -> String {
    if value.chars().any(char::is_control) {
        let mut text = String::from("$'");
        for c in value.chars() {
            match c {
                '\n' => text.push_str("\\n"),
                '\t' => text.push_str("\\t"),
                '\r' => text.push_str("\\r"),
                '\u{7}' => text.push_str("\\a"),
                '\u{8}' => text.push_str("\\b"),
                '\u{b}' => text.push_str("\\v"),
                '\u{c}' => text.push_str("\\f"),
                '\u{1b}' => text.push_str("\\E"),
                '\'' => text.push_str("\\'"),
                '\\' => text.push_str("\\\\"),
                c if c.is_control() => text.push_str(&format!("\\{:03o}", u32::from(c))),
                c => text.push(c),
            }
        }
        text.push('\'');
        return text;
    }
    format!("'{}'", value.replace('\'', "'\\''"))
}

fn concatenate(fragments: &[Fragment]) -> String {
    fragments
        .iter()
        .map(|fragment| fragment.text.as_str())
        .collect()
}

fn is_glob_special(c: char) -> bool {
    matches!(c, '*' | '?' | '[' | ']' | '\\')
}

fn pattern_from_fragments(fragments: &[Fragment]) -> String {
    let mut pattern = String::new();
    for fragment in fragments {
        for c in fragment.text.chars() {
            if fragment.origin == Origin::Quoted && is_glob_special(c) {
                pattern.push('\\');
            }
            pattern.push(c);
        }
    }
    pattern
}

// ---------------------------------------------------------------------------------------------
// Field splitting and globbing
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default)]
struct Field {
    text: String,
    pattern: String,
    has_glob: bool,
    started: bool,
}

impl Field {
    fn push(&mut self, c: char, quoted: bool) {
        self.started = true;
        self.text.push(c);
        if is_glob_special(c) && (quoted || c == '\\') {
            self.pattern.push('\\');
        } else if matches!(c, '*' | '?' | '[') {
            self.has_glob = true;
        }
        self.pattern.push(c);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LastDelimiter {
    None,
    Whitespace,
    Other,
}

/// POSIX field splitting: only characters of `Expanded` fragments split; IFS whitespace runs
/// delimit once and are trimmed at the ends, each other IFS character delimits a field.
fn split_fields(fragments: &[Fragment], ifs: &str) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut field = Field::default();
    let mut last = LastDelimiter::None;
    for fragment in fragments {
        match fragment.origin {
            Origin::Quoted => {
                field.started = true;
                for c in fragment.text.chars() {
                    field.push(c, true);
                }
            }
            Origin::Literal => {
                for c in fragment.text.chars() {
                    field.push(c, false);
                }
            }
            Origin::FieldBreak => {
                fields.push(std::mem::take(&mut field));
                last = LastDelimiter::None;
            }
            Origin::SoftBreak => {
                if field.started {
                    fields.push(std::mem::take(&mut field));
                }
                last = LastDelimiter::None;
            }
            Origin::Expanded => {
                for c in fragment.text.chars() {
                    if !ifs.contains(c) {
                        field.push(c, false);
                        continue;
                    }
                    let whitespace = matches!(c, ' ' | '\t' | '\n');
                    if field.started {
                        fields.push(std::mem::take(&mut field));
                        last = if whitespace {
                            LastDelimiter::Whitespace
                        } else {
                            LastDelimiter::Other
                        };
                    } else if !whitespace {
                        if last == LastDelimiter::Whitespace {
                            last = LastDelimiter::Other;
                        } else {
                            fields.push(Field {
                                started: true,
                                ..Field::default()
                            });
                            last = LastDelimiter::Other;
                        }
                    }
                }
            }
        }
    }
    if field.started {
        fields.push(field);
    }
    fields
}

fn glob_field(field: Field, ctx: &mut dyn ExpandContext, out: &mut Vec<String>) {
    if field.has_glob {
        let matches = ctx.glob(&field.pattern);
        if !matches.is_empty() {
            out.extend(matches);
            return;
        }
    }
    out.push(field.text);
}

// ---------------------------------------------------------------------------------------------
// Pattern matching
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum PatternToken {
    Char(char),
    AnyChar,
    AnyString,
    Class {
        negated: bool,
        items: Vec<ClassItem>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ClassItem {
    Char(char),
    Range(char, char),
    Named(String),
}

fn compile_pattern(pattern: &str) -> Vec<PatternToken> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut index = 0;
    while let Some(&c) = chars.get(index) {
        index += 1;
        match c {
            '\\' => match chars.get(index) {
                Some(&escaped) => {
                    index += 1;
                    tokens.push(PatternToken::Char(escaped));
                }
                None => tokens.push(PatternToken::Char('\\')),
            },
            '?' => tokens.push(PatternToken::AnyChar),
            '*' => {
                if tokens.last() != Some(&PatternToken::AnyString) {
                    tokens.push(PatternToken::AnyString);
                }
            }
            '[' => match compile_class(&chars, index) {
                Some((token, next)) => {
                    tokens.push(token);
                    index = next;
                }
                None => tokens.push(PatternToken::Char('[')),
            },
            _ => tokens.push(PatternToken::Char(c)),
        }
    }
    tokens
}

/// A bracket expression starting after `[`; `None` when it has no closing `]`.
fn compile_class(chars: &[char], start: usize) -> Option<(PatternToken, usize)> {
    let mut index = start;
    let negated = matches!(chars.get(index), Some('!' | '^'));
    if negated {
        index += 1;
    }
    let mut items = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(index)?;
        if c == ']' && !first {
            return Some((PatternToken::Class { negated, items }, index + 1));
        }
        first = false;
        if c == '[' && chars.get(index + 1) == Some(&':') {
            let name_start = index + 2;
            let mut end = name_start;
            while let Some(&n) = chars.get(end) {
                if n == ':' && chars.get(end + 1) == Some(&']') {
                    break;
                }
                if !n.is_ascii_alphabetic() {
                    end = usize::MAX;
                    break;
                }
                end += 1;
            }
            if end != usize::MAX && chars.get(end) == Some(&':') {
                let name: String = chars.get(name_start..end)?.iter().collect();
                items.push(ClassItem::Named(name));
                index = end + 2;
                continue;
            }
        }
        let (low, next) = if c == '\\' {
            (*chars.get(index + 1)?, index + 2)
        } else {
            (c, index + 1)
        };
        index = next;
        if chars.get(index) == Some(&'-') && chars.get(index + 1).is_some_and(|n| *n != ']') {
            let (high, next) = match chars.get(index + 1) {
                Some('\\') => (*chars.get(index + 2)?, index + 3),
                Some(&high) => (high, index + 2),
                None => return None,
            };
            items.push(ClassItem::Range(low, high));
            index = next;
        } else {
            items.push(ClassItem::Char(low));
        }
    }
}

fn class_matches(negated: bool, items: &[ClassItem], c: char) -> bool {
    let found = items.iter().any(|item| match item {
        ClassItem::Char(expected) => *expected == c,
        ClassItem::Range(low, high) => *low <= c && c <= *high,
        ClassItem::Named(name) => match name.as_str() {
            "alpha" => c.is_alphabetic(),
            "digit" => c.is_ascii_digit(),
            "alnum" => c.is_alphanumeric(),
            "upper" => c.is_uppercase(),
            "lower" => c.is_lowercase(),
            "space" => c.is_whitespace(),
            "blank" => c == ' ' || c == '\t',
            "punct" => c.is_ascii_punctuation(),
            "xdigit" => c.is_ascii_hexdigit(),
            "cntrl" => c.is_control(),
            "print" => !c.is_control(),
            "graph" => !c.is_control() && !c.is_whitespace(),
            "word" => c.is_alphanumeric() || c == '_',
            _ => false,
        },
    });
    found != negated
}

fn token_matches(token: &PatternToken, c: char) -> bool {
    match token {
        PatternToken::Char(expected) => *expected == c,
        PatternToken::AnyChar => true,
        PatternToken::AnyString => false,
        PatternToken::Class { negated, items } => class_matches(*negated, items, c),
    }
}

fn tokens_match(tokens: &[PatternToken], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        match (tokens.get(p), text.get(t)) {
            (Some(PatternToken::AnyString), _) => {
                backtrack = Some((p, t));
                p += 1;
            }
            (Some(token), Some(&c)) if token_matches(token, c) => {
                p += 1;
                t += 1;
            }
            _ => match backtrack {
                Some((star, from)) => {
                    p = star + 1;
                    t = from + 1;
                    backtrack = Some((star, from + 1));
                }
                None => return false,
            },
        }
    }
    tokens
        .get(p..)
        .is_some_and(|rest| rest.iter().all(|token| *token == PatternToken::AnyString))
}

/// Every `end` such that `tokens` matches `text[start..end]`, in increasing order, found in
/// one pass over the text (a set of pattern positions per character), so that the affix and
/// replacement operators stay linear in the value's length for each place they try.
fn match_ends(tokens: &[PatternToken], text: &[char], start: usize) -> Vec<usize> {
    let count = tokens.len();
    // `states[p]`: the pattern has matched up to token p. `*` may match nothing.
    let close = |states: &mut Vec<bool>| {
        for p in 0..count {
            if states.get(p) == Some(&true) && tokens.get(p) == Some(&PatternToken::AnyString) {
                if let Some(next) = states.get_mut(p + 1) {
                    *next = true;
                }
            }
        }
    };
    let mut states = vec![false; count + 1];
    if let Some(first) = states.first_mut() {
        *first = true;
    }
    close(&mut states);
    let mut ends = Vec::new();
    let mut at = start;
    loop {
        if states.last() == Some(&true) {
            ends.push(at);
        }
        let Some(&c) = text.get(at) else {
            break;
        };
        let mut next = vec![false; count + 1];
        let mut any = false;
        for (p, token) in tokens.iter().enumerate() {
            if states.get(p) != Some(&true) {
                continue;
            }
            match token {
                PatternToken::AnyString => {
                    if let Some(state) = next.get_mut(p) {
                        *state = true;
                        any = true;
                    }
                }
                token if token_matches(token, c) => {
                    if let Some(state) = next.get_mut(p + 1) {
                        *state = true;
                        any = true;
                    }
                }
                _ => {}
            }
        }
        if !any {
            break;
        }
        close(&mut next);
        states = next;
        at += 1;
    }
    ends
}

/// The pattern read backwards, to match suffixes with [`match_ends`] on the reversed text.
fn reversed_tokens(tokens: &[PatternToken]) -> Vec<PatternToken> {
    tokens.iter().rev().cloned().collect()
}

/// Whether `text` matches the shell pattern `pattern` as a whole: `*`, `?`, bracket expressions
/// (`[abc]`, `[a-z]`, `[!x]`, `[^x]`, `[[:alpha:]]`), backslash escapes. `/` and a leading `.`
/// are ordinary characters here; see [`glob_match_file_name`].
pub fn pattern_matches(pattern: &str, text: &str) -> bool {
    let text: Vec<char> = text.chars().collect();
    tokens_match(&compile_pattern(pattern), &text)
}

/// Whether a file name (one path component) matches one component of a glob pattern, with
/// bash's rule that a leading `.` must be matched explicitly.
pub fn glob_match_file_name(pattern: &str, name: &str) -> bool {
    if name.starts_with('.') && !(pattern.starts_with('.') || pattern.starts_with("\\.")) {
        return false;
    }
    pattern_matches(pattern, name)
}

/// `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`.
fn remove_matching_affix(value: &str, pattern: &str, prefix: bool, longest: bool) -> String {
    let tokens = compile_pattern(pattern);
    let chars: Vec<char> = value.chars().collect();
    if prefix {
        let ends = match_ends(&tokens, &chars, 0);
        let end = if longest { ends.last() } else { ends.first() };
        return match end {
            Some(&end) => chars.get(end..).unwrap_or_default().iter().collect(),
            None => value.to_string(),
        };
    }
    let reversed: Vec<char> = chars.iter().rev().copied().collect();
    let lengths = match_ends(&reversed_tokens(&tokens), &reversed, 0);
    let length = if longest {
        lengths.last()
    } else {
        lengths.first()
    };
    match length {
        Some(&length) => chars
            .get(..chars.len() - length)
            .unwrap_or_default()
            .iter()
            .collect(),
        None => value.to_string(),
    }
}

#[cfg(test)]
#[path = "expand_tests.rs"]
mod tests;
