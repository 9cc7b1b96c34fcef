//! Brace expansion, bash's first expansion (`braces.c`): `kubia-{a,b}` gives `kubia-a kubia-b`,
//! `{1..3}` gives `1 2 3`, before tilde, parameter and every other expansion, on the word as
//! typed. Only unquoted `{`, `,`, `}` and `..` count; a quoted piece, a `$var` or a `$(…)` is
//! carried along whole, so `{$a,b}` gives `$a` and `b` to expand afterwards.
//!
//! bash's rules kept here: alternatives are expanded left to right and nest (`a{b,c{1,2}}`); a
//! group without a top-level comma is a sequence (`{x..y[..incr]}` of integers, zero-padded
//! when a bound has a leading zero, or of single ASCII letters) or stays literal, and the rest
//! of the word is still expanded (`{a}{b,c}` gives `{a}b {a}c`); an unmatched `{` is literal.
//! Empty results become no argument at all, as bash's unquoted empty words do.
//!
//! A learner's page must not freeze on `{1..99999999}`: a word that would give more than
//! [`MAX_WORDS`] words (or [`MAX_CHARACTERS`] characters, or that holds more than
//! [`MAX_BRACES`] braces) is left unexpanded with bash's `brace expansion: failed to allocate
//! memory` message, as bash does when memory runs out.

use super::expand::ExpandContext;
use super::syntax::{Word, WordPart};

/// The most words one word may expand to.
pub const MAX_WORDS: usize = 100_000;

/// The most characters the words of one expansion may hold together.
pub const MAX_CHARACTERS: usize = 2_000_000;

/// The most `{` a word may hold to be brace-expanded: each nests the expansion one level
/// deeper, and the work grows with the word's length times that depth.
pub const MAX_BRACES: usize = 256;

/// One piece of a word for brace expansion: an unquoted character, which may be syntax, or
/// a part carried along whole.
#[derive(Clone)]
enum Atom<'w> {
    Char(char),
    Opaque(&'w WordPart),
}

/// An empty quoted piece: an argument with nothing in it.
static QUOTED_NOTHING: WordPart = WordPart::Literal {
    text: String::new(),
    quoted: true,
};

/// The expansion ran over [`MAX_WORDS`].
struct TooMany {
    /// How many elements a sequence asked for (`None` when a product of groups ran over).
    sequence_elements: Option<u128>,
}

/// The words `word` brace-expands to, or `None` when it has no brace expansion (the common
/// case, answered without copying).
pub fn expand(word: &Word, ctx: &mut dyn ExpandContext) -> Option<Vec<Word>> {
    let has_brace = word.parts.iter().any(
        |part| matches!(part, WordPart::Literal { text, quoted: false } if text.contains('{')),
    );
    if !has_brace {
        return None;
    }
    let atoms = atoms(word);
    let braces = atoms.iter().filter(|atom| is_char(atom, '{')).count();
    let result = if braces > MAX_BRACES || atoms.len() > MAX_CHARACTERS {
        Err(TooMany {
            sequence_elements: None,
        })
    } else {
        expand_atoms(&atoms)
    };
    match result {
        Ok(mut expanded) => {
            // An empty word from a brace expansion is no argument (`{,a}` is `a`).
            expanded.retain(|word| !word.is_empty());
            if expanded.len() == 1 && expanded.first().is_some_and(|one| one.len() == atoms.len()) {
                return None;
            }
            Some(
                expanded
                    .into_iter()
                    .map(|atoms| to_word(&atoms, &word.source))
                    .collect(),
            )
        }
        Err(TooMany {
            sequence_elements: Some(elements),
        }) => {
            ctx.print_error(&format!(
                "bash: brace expansion: failed to allocate memory for {elements} elements"
            ));
            None
        }
        Err(TooMany {
            sequence_elements: None,
        }) => {
            ctx.print_error(&format!(
                "bash: brace expansion: failed to allocate memory for `{}'",
                word.source
            ));
            None
        }
    }
}

fn atoms(word: &Word) -> Vec<Atom<'_>> {
    let mut atoms = Vec::new();
    for part in &word.parts {
        match part {
            WordPart::Literal {
                text,
                quoted: false,
            } => atoms.extend(text.chars().map(Atom::Char)),
            other => atoms.push(Atom::Opaque(other)),
        }
    }
    atoms
}

fn to_word(atoms: &[Atom<'_>], source: &str) -> Word {
    let mut parts: Vec<WordPart> = Vec::new();
    for atom in atoms {
        match atom {
            Atom::Char(c) => match parts.last_mut() {
                Some(WordPart::Literal {
                    text,
                    quoted: false,
                }) => text.push(*c),
                _ => parts.push(WordPart::Literal {
                    text: c.to_string(),
                    quoted: false,
                }),
            },
            Atom::Opaque(part) => parts.push((*part).clone()),
        }
    }
    Word {
        parts,
        source: source.to_string(),
    }
}

fn is_char(atom: &Atom<'_>, wanted: char) -> bool {
    matches!(atom, Atom::Char(c) if *c == wanted)
}

/// Whether a `..` not followed by `}` starts at `index`.
fn starts_sequence(atoms: &[Atom<'_>], index: usize) -> bool {
    let dot = |at: usize| atoms.get(at).is_some_and(|atom| is_char(atom, '.'));
    dot(index) && dot(index + 1) && !atoms.get(index + 2).is_some_and(|atom| is_char(atom, '}'))
}

/// The first `{` that opens a group, with its `}` (bash's `brace_gobbler`): braces pair up
/// as nesting gives, and a pair is a group only when a `,` or `..` sits at its own level (a
/// `{` right after `$` never opens one). One pass over the word.
fn first_group(atoms: &[Atom<'_>]) -> Option<(usize, usize)> {
    // Open braces not yet closed: where, and how many separators at their level.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut first: Option<(usize, usize)> = None;
    for (index, atom) in atoms.iter().enumerate() {
        if is_char(atom, '{') {
            open.push((index, 0));
        } else if is_char(atom, '}') {
            if let Some((start, separators)) = open.pop() {
                let after_dollar =
                    start > 0 && atoms.get(start - 1).is_some_and(|a| is_char(a, '$'));
                if separators > 0 && !after_dollar && first.is_none_or(|(f, _)| start < f) {
                    first = Some((start, index));
                }
            }
        } else if is_char(atom, ',') || starts_sequence(atoms, index) {
            if let Some((_, separators)) = open.last_mut() {
                *separators += 1;
            }
        }
    }
    first
}

/// The top-level comma-separated pieces of a group's inside, or `None` without a comma.
fn alternatives<'a, 'w>(inside: &'a [Atom<'w>]) -> Option<Vec<&'a [Atom<'w>]>> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, atom) in inside.iter().enumerate() {
        if is_char(atom, '{') {
            depth += 1;
        } else if is_char(atom, '}') {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_char(atom, ',') {
            pieces.push(&inside[start..index]);
            start = index + 1;
        }
    }
    if pieces.is_empty() {
        return None;
    }
    pieces.push(&inside[start..]);
    Some(pieces)
}

fn expand_atoms<'w>(atoms: &[Atom<'w>]) -> Result<Vec<Vec<Atom<'w>>>, TooMany> {
    let Some((open, close)) = first_group(atoms) else {
        return Ok(vec![atoms.to_vec()]);
    };
    let prefix = &atoms[..open];
    let inside = &atoms[open + 1..close];
    let middles: Vec<Vec<Atom<'w>>> = if let Some(pieces) = alternatives(inside) {
        let mut middles = Vec::new();
        for piece in pieces {
            middles.extend(expand_atoms(piece)?);
            if middles.len() > MAX_WORDS {
                return Err(TooMany {
                    sequence_elements: None,
                });
            }
        }
        middles
    } else {
        match sequence(inside)? {
            Some(items) => items
                .into_iter()
                .map(|item| match item.as_str() {
                    // bash's quote removal takes the lone backslash of `{Z..a}` away.
                    "\\" => vec![Atom::Opaque(&QUOTED_NOTHING)],
                    _ => item.chars().map(Atom::Char).collect(),
                })
                .collect(),
            // Not a group: kept as typed, and the rest of the word is still expanded.
            None => vec![atoms[open..=close].to_vec()],
        }
    };
    let suffixes = expand_atoms(&atoms[close + 1..])?;
    let count = middles.len().saturating_mul(suffixes.len());
    let middle_atoms: usize = middles.iter().map(Vec::len).sum();
    let suffix_atoms: usize = suffixes.iter().map(Vec::len).sum();
    let total_atoms = prefix
        .len()
        .saturating_mul(count)
        .saturating_add(middle_atoms.saturating_mul(suffixes.len()))
        .saturating_add(suffix_atoms.saturating_mul(middles.len()));
    if count > MAX_WORDS || total_atoms > MAX_CHARACTERS {
        return Err(TooMany {
            sequence_elements: None,
        });
    }
    let mut words = Vec::with_capacity(middles.len() * suffixes.len());
    for middle in &middles {
        for suffix in &suffixes {
            let mut word = prefix.to_vec();
            word.extend(middle.iter().cloned());
            word.extend(suffix.iter().cloned());
            words.push(word);
        }
    }
    Ok(words)
}

/// `x..y` or `x..y..incr` (bash's `expand_seqterm`): the items, `None` when the text is not
/// a sequence (then it stays literal).
fn sequence(inside: &[Atom<'_>]) -> Result<Option<Vec<String>>, TooMany> {
    let mut text = String::new();
    for atom in inside {
        match atom {
            Atom::Char(c) => text.push(*c),
            Atom::Opaque(_) => return Ok(None),
        }
    }
    let Some((lhs, rest)) = text.split_once("..") else {
        return Ok(None);
    };
    let (rhs, increment) = match rest.split_once("..") {
        Some((rhs, increment)) => match parse_integer(increment) {
            Some(increment) => (rhs, increment),
            None => return Ok(None),
        },
        None => (rest, 1),
    };
    if let (Some(start), Some(end)) = (parse_integer(lhs), parse_integer(rhs)) {
        let width = zero_pad_width(lhs).max(zero_pad_width(rhs));
        let width = if width > 0 {
            width.max(lhs.len()).max(rhs.len())
        } else {
            0
        };
        return steps(start, end, increment, |n| {
            if width > 0 {
                let digits = n.unsigned_abs().to_string();
                let sign = if n < 0 { "-" } else { "" };
                format!(
                    "{sign}{digits:0>pad$}",
                    pad = width.saturating_sub(sign.len())
                )
            } else {
                n.to_string()
            }
        })
        .map(Some);
    }
    let letter = |text: &str| match text.as_bytes() {
        [byte] if byte.is_ascii_alphabetic() => Some(i64::from(*byte)),
        _ => None,
    };
    match (letter(lhs), letter(rhs)) {
        (Some(start), Some(end)) => steps(start, end, increment, |n| {
            u8::try_from(n).map(char::from).unwrap_or('?').to_string()
        })
        .map(Some),
        _ => Ok(None),
    }
}

/// bash pads every number to the widest bound's length when a bound is written with a
/// leading zero (`01`, `-05`).
fn zero_pad_width(bound: &str) -> usize {
    let bytes = bound.as_bytes();
    let padded = (bytes.len() > 1 && bytes.first() == Some(&b'0'))
        || (bytes.len() > 2 && bytes.first() == Some(&b'-') && bytes.get(1) == Some(&b'0'));
    if padded {
        bytes.len()
    } else {
        0
    }
}

/// An integer as bash's `legal_number` reads it: an optional sign and decimal digits that
/// fit in 64 bits.
fn parse_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.strip_prefix('+').unwrap_or(text).parse().ok()
}

/// bash's `mkseq`: from `start` to `end` by the increment's size, in the direction the bounds
/// give (an increment of 0 counts as 1).
fn steps(
    start: i64,
    end: i64,
    increment: i64,
    format: impl Fn(i64) -> String,
) -> Result<Vec<String>, TooMany> {
    let step = i128::from(increment).abs().max(1);
    let distance = (i128::from(end) - i128::from(start)).abs();
    let count = distance / step + 1;
    if count > MAX_WORDS as i128 {
        return Err(TooMany {
            sequence_elements: Some(u128::try_from(count).unwrap_or(u128::MAX)),
        });
    }
    let step = if end < start { -step } else { step };
    let mut items = Vec::new();
    let mut n = i128::from(start);
    for _ in 0..count {
        items.push(format(i64::try_from(n).unwrap_or_default()));
        n += step;
    }
    Ok(items)
}
