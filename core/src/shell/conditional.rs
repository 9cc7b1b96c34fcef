//! bash's `[[ … ]]` evaluator: a [`CondExpr`] read by the parser, its words expanded without
//! splitting or globbing. `==`/`!=` match a shell pattern (quoted parts literally, as in `case`),
//! `=~` an extended regular expression (quoted parts literally), `<`/`>` compare bytes (bash in
//! the C locale), `-eq`… evaluate both sides as arithmetic (`[[ x -eq 1 ]]` reads variable `x`).
//!
//! `BASH_REMATCH` is an array in bash; this shell has no arrays, so a successful `=~` sets the
//! plain variable `BASH_REMATCH` to the whole match (`$BASH_REMATCH` reads the same) and a
//! failed one unsets it. `-nt`/`-ot` only know whether the files exist (the playground's files
//! have no times): `A -nt B` is true when A exists and B does not.

use super::expand::{self, ExpandContext};
use super::regex::{Regex, Syntax};
use super::syntax::{CondExpr, Word};

/// Why `[[ … ]]` could not be evaluated: the status (1 for an expansion or arithmetic error, 2
/// for a bad regular expression) and bash's message, if it prints one.
pub struct Failure {
    pub status: i32,
    pub message: Option<String>,
}

/// Whether `expression` is true. With `set -x`, each test is shown as it is made
/// (`+ [[ foo == b* ]]`), as bash's `xtrace_print_cond_term` does.
pub fn evaluate(expression: &CondExpr, ctx: &mut dyn ExpandContext) -> Result<bool, Failure> {
    evaluate_negated(expression, ctx, false)
}

fn evaluate_negated(
    expression: &CondExpr,
    ctx: &mut dyn ExpandContext,
    negated: bool,
) -> Result<bool, Failure> {
    let bang = if negated { "! " } else { "" };
    let shown = |text: &str| {
        if text.is_empty() {
            "''".to_string()
        } else {
            text.to_string()
        }
    };
    Ok(match expression {
        CondExpr::Not(inner) => !evaluate_negated(inner, ctx, true)?,
        CondExpr::Group(inner) => evaluate_negated(inner, ctx, negated)?,
        CondExpr::All(terms) => {
            for term in terms {
                if !evaluate(term, ctx)? {
                    return Ok(false);
                }
            }
            true
        }
        CondExpr::Any(terms) => {
            for term in terms {
                if evaluate(term, ctx)? {
                    return Ok(true);
                }
            }
            false
        }
        CondExpr::Word(word) => {
            let text = string(word, ctx)?;
            ctx.trace(&format!("[[ {bang}-n {} ]]", shown(&text)));
            !text.is_empty()
        }
        CondExpr::Unary(op, word) => {
            let operand = string(word, ctx)?;
            ctx.trace(&format!("[[ {bang}{op} {} ]]", shown(&operand)));
            match op.as_str() {
                "-v" => is_set(&operand, ctx),
                _ => ctx.file_test(op, &operand),
            }
        }
        CondExpr::Binary(left, op, right) => {
            let left_text = string(left, ctx)?;
            let left_shown = shown(&left_text);
            match op.as_str() {
                "=" | "==" | "!=" => {
                    let (pattern, traced) =
                        expand::expand_pattern_traced(right, ctx).map_err(expansion)?;
                    ctx.trace(&format!("[[ {bang}{left_shown} {op} {} ]]", shown(&traced)));
                    expand::pattern_matches(&pattern, &left_text) == (op != "!=")
                }
                "=~" => regex_match(&left_text, right, ctx, &format!("{bang}{left_shown}"))?,
                "<" | ">" => {
                    let right_text = string(right, ctx)?;
                    ctx.trace(&format!(
                        "[[ {bang}{left_shown} {op} {} ]]",
                        shown(&right_text)
                    ));
                    if op == "<" {
                        left_text < right_text
                    } else {
                        left_text > right_text
                    }
                }
                "-nt" | "-ot" | "-ef" => {
                    let right_text = string(right, ctx)?;
                    ctx.trace(&format!(
                        "[[ {bang}{left_shown} {op} {} ]]",
                        shown(&right_text)
                    ));
                    let (a, b) = (
                        ctx.file_test("-e", &left_text),
                        ctx.file_test("-e", &right_text),
                    );
                    match op.as_str() {
                        "-nt" => a && !b,
                        "-ot" => !a && b,
                        _ => a && b && left_text == right_text,
                    }
                }
                _ => {
                    let right_text = string(right, ctx)?;
                    let a = number(&left_text, ctx)?;
                    let b = number(&right_text, ctx)?;
                    ctx.trace(&format!(
                        "[[ {bang}{left_shown} {op} {} ]]",
                        shown(&right_text)
                    ));
                    crate::arithmetic::compare(op, a, b)
                }
            }
        }
    })
}

fn string(word: &Word, ctx: &mut dyn ExpandContext) -> Result<String, Failure> {
    expand::expand_word_single(word, ctx).map_err(expansion)
}

fn expansion(error: expand::ExpansionError) -> Failure {
    Failure {
        status: 1,
        message: Some(format!("{error}\n")),
    }
}

/// An operand of `-eq`…: an arithmetic expression; errors name `[[` as bash does.
fn number(text: &str, ctx: &mut dyn ExpandContext) -> Result<i64, Failure> {
    expand::arithmetic(text, ctx).map_err(|error| {
        let message = error.to_string();
        let message = message.strip_prefix("bash: ").unwrap_or(&message);
        Failure {
            status: 1,
            message: Some(format!("bash: [[: {message}\n")),
        }
    })
}

fn regex_match(
    text: &str,
    right: &Word,
    ctx: &mut dyn ExpandContext,
    left_shown: &str,
) -> Result<bool, Failure> {
    let (source, raw) = expand::expand_regex_traced(right, ctx).map_err(expansion)?;
    let raw = if raw.is_empty() { "''" } else { raw.as_str() };
    ctx.trace(&format!("[[ {left_shown} =~ {raw} ]]"));
    let syntax = Syntax {
        extended: true,
        ..Syntax::default()
    };
    let regex = Regex::new(&source, syntax).map_err(|_| Failure {
        status: 2,
        message: None,
    })?;
    let chars: Vec<char> = text.chars().collect();
    let whole = regex
        .find_at(&chars, 0)
        .and_then(|captures| captures.first().copied().flatten());
    match whole.and_then(|(start, end)| chars.get(start..end)) {
        Some(matched) => {
            ctx.set_var("BASH_REMATCH", &matched.iter().collect::<String>());
            Ok(true)
        }
        None => {
            ctx.unset_var("BASH_REMATCH");
            Ok(false)
        }
    }
}

/// `-v NAME` or `-v NAME[SUBSCRIPT]`: the variable, or that element (`@`/`*`: any), is set.
fn is_set(operand: &str, ctx: &mut dyn ExpandContext) -> bool {
    let Some((name, subscript)) = super::arrays::split_subscripted_name(operand) else {
        return ctx.var(operand).is_some();
    };
    // Of an associative array, `@` and `*` are keys like any other.
    if let Some(pairs) = ctx.assoc(name) {
        let Ok(key) = super::expand::assoc_key(subscript, ctx) else {
            return false;
        };
        return pairs.iter().any(|(k, _)| *k == key);
    }
    let elements = ctx.array(name);
    if matches!(subscript, "@" | "*") {
        return !elements.is_empty();
    }
    let Ok(mut index) = super::expand::subscript_value(subscript, ctx) else {
        return false;
    };
    if index < 0 {
        let end = elements
            .last()
            .map_or(0, |(last, _)| last.saturating_add(1));
        index = index.saturating_add(end);
        if index < 0 {
            ctx.print_error(&format!("bash: {name}: bad array subscript"));
            return false;
        }
    }
    elements.iter().any(|(at, _)| *at == index)
}
