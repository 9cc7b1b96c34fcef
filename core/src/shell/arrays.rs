//! bash's indexed arrays outside of `${…}`: the assignments `a=(x y)`, `a+=(z)`, `a[i]=v` and
//! `a[i]+=v` (through [`ExpandContext`], so they expand as bash expands them), `unset 'a[i]'`'s
//! subscripts and `declare -p`'s `declare -a a=([0]="x")` text. `${a[i]}` and friends are
//! in `expand.rs`; the arrays themselves live in `ShellState::arrays`.

use super::expand::{self, ExpandContext, ExpansionError};
use super::state::{Array, ShellState, DECLARED, READONLY};
use super::syntax::{is_valid_name, Assignment, Word, WordPart};
use crate::kubectl::Io;

/// Why an array assignment failed: bash prints the message; `abandons` says whether it gives
/// up the rest of the command line (`a[-9]=x` does, `a=([-9]=x)` goes on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignError {
    pub message: String,
    pub abandons: bool,
}

impl From<ExpansionError> for AssignError {
    fn from(error: ExpansionError) -> AssignError {
        AssignError {
            abandons: matches!(error, ExpansionError::Arithmetic { .. }),
            message: error.to_string(),
        }
    }
}

/// The most elements an array may hold (bash has no limit; a browser tab does).
pub const MAX_ELEMENTS: usize = 100_000;

/// Runs an array assignment (`a=(…)`, `a+=(…)`, `a[i]=v`, `a[i]+=v`) of a command with no
/// words. Errors that bash reports and carries on from are printed through `ctx`.
pub fn assign(assignment: &Assignment, ctx: &mut dyn ExpandContext) -> Result<(), AssignError> {
    let name = assignment.name.as_str();
    if let Some(subscript) = &assignment.subscript {
        let shown = format!("{name}[{subscript}]");
        if assignment.array.is_some() {
            return Err(AssignError {
                message: format!("bash: {shown}: cannot assign list to array member"),
                abandons: true,
            });
        }
        let bad = || AssignError {
            message: format!("bash: {shown}: bad array subscript"),
            abandons: true,
        };
        if subscript.trim().is_empty() {
            return Err(bad());
        }
        let value = expand::expand_assignment_value(&assignment.value, ctx)?;
        // `set -x` shows the subscript as typed and the value expanded: `+ a[$i]='x y'`.
        let operator = if assignment.append { "+=" } else { "=" };
        let value_shown = if value.is_empty() {
            String::new()
        } else {
            super::set_builtin::quote_for_shell(&value)
        };
        ctx.trace(&format!("{shown}{operator}{value_shown}"));
        if let Some(pairs) = ctx.assoc(name) {
            let key = expand::assoc_key(subscript, ctx)?;
            if key.is_empty() {
                return Err(bad());
            }
            let value = match pairs.into_iter().find(|(k, _)| *k == key) {
                Some((_, old)) if assignment.append => format!("{old}{value}"),
                _ => value,
            };
            ctx.set_assoc_element(name, &key, &value);
            return Ok(());
        }
        let elements = ctx.array(name);
        let index = element_index(subscript, &elements, ctx)?.ok_or_else(bad)?;
        let value = match elements.iter().find(|(at, _)| *at == index) {
            Some((_, old)) if assignment.append => format!("{old}{value}"),
            _ => value,
        };
        let others: usize = elements
            .iter()
            .filter(|(at, _)| *at != index)
            .map(|(_, value)| value.len())
            .sum();
        check_size(name, others + value.len())?;
        ctx.set_element(name, index, &value);
        return Ok(());
    }
    if assignment.array.is_some() {
        if ctx.assoc(name).is_some() {
            let pairs = assoc_pairs(assignment, false, ctx)?;
            ctx.set_assoc(name, pairs, assignment.append);
            return Ok(());
        }
        let elements = compound_elements(assignment, ctx)?;
        ctx.set_array(name, elements);
    }
    Ok(())
}

/// The keys and values `m=(…)` gives an associative array, in order: `[key]=value` words,
/// or (bash 5.1's other form) words taken as key, value, key, value….
pub fn assoc_pairs(
    assignment: &Assignment,
    declared: bool,
    ctx: &mut dyn ExpandContext,
) -> Result<Vec<(String, String)>, AssignError> {
    let name = assignment.name.as_str();
    let Some(words) = &assignment.array else {
        return Ok(Vec::new());
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    let keyed = words
        .first()
        .is_some_and(|word| split_element(word).is_some());
    let mut loose = Vec::new();
    for word in words {
        match split_element(word) {
            Some((subscript, append, value)) if keyed => {
                if subscript.trim().is_empty() {
                    ctx.print_error(&format!("bash: {}: bad array subscript", word.source));
                    continue;
                }
                let key = expand::assoc_key(&subscript, ctx)?;
                let value = expand::expand_assignment_value(&value, ctx)?;
                if key.is_empty() {
                    // `declare` shows the element expanded, an assignment as typed.
                    let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
                    let shown = if declared {
                        format!("[{}]={}", quote(&key), quote(&value))
                    } else {
                        word.source.clone()
                    };
                    ctx.print_error(&format!("bash: {shown}: bad array subscript"));
                    continue;
                }
                let value = match pairs.iter().rev().find(|(k, _)| *k == key) {
                    Some((_, old)) if append => format!("{old}{value}"),
                    _ => value,
                };
                pairs.push((key, value));
            }
            _ if keyed => {
                let text = expand::expand_assignment_value(word, ctx)?;
                ctx.print_error(&format!(
                    "bash: {name}: {text}: must use subscript when assigning associative array"
                ));
            }
            _ => loose.extend(expand::expand_words(std::slice::from_ref(word), ctx)?),
        }
        if pairs.len() + loose.len() > MAX_ELEMENTS {
            return Err(AssignError {
                message: format!("bash: {name}: the playground keeps arrays under 100000 elements"),
                abandons: true,
            });
        }
    }
    let mut loose = loose.into_iter();
    while let Some(key) = loose.next() {
        pairs.push((key, loose.next().unwrap_or_default()));
    }
    check_size(name, pairs.iter().map(|(k, v)| k.len() + v.len()).sum())?;
    Ok(pairs)
}

/// The elements `name=(…)` (or `name+=(…)`) gives, expanded and in index order; nothing
/// is stored.
pub fn compound_elements(
    assignment: &Assignment,
    ctx: &mut dyn ExpandContext,
) -> Result<Vec<(i64, String)>, AssignError> {
    let name = assignment.name.as_str();
    let Some(words) = &assignment.array else {
        return Ok(Vec::new());
    };
    let mut elements: Vec<(i64, String)> = if assignment.append {
        ctx.array(name)
    } else {
        Vec::new()
    };
    let mut next = elements
        .last()
        .map_or(0, |(last, _)| last.saturating_add(1));
    for word in words {
        if let Some((subscript, append, value)) = split_element(word) {
            let value = expand::expand_assignment_value(&value, ctx)?;
            let index = if subscript.trim().is_empty() {
                None
            } else {
                element_index(&subscript, &elements, ctx)?
            };
            let Some(index) = index else {
                ctx.print_error(&format!("bash: {}: bad array subscript", word.source));
                continue;
            };
            let value = match elements.iter().find(|(at, _)| *at == index) {
                Some((_, old)) if append => format!("{old}{value}"),
                _ => value,
            };
            insert(&mut elements, index, value);
            next = index.saturating_add(1);
            continue;
        }
        for field in expand::expand_words(std::slice::from_ref(word), ctx)? {
            insert(&mut elements, next, field);
            next = next.saturating_add(1);
        }
        if elements.len() > MAX_ELEMENTS {
            return Err(AssignError {
                message: format!("bash: {name}: the playground keeps arrays under 100000 elements"),
                abandons: true,
            });
        }
        check_size(name, elements.iter().map(|(_, value)| value.len()).sum())?;
    }
    Ok(elements)
}

/// How `set -x` shows the elements a `declare`/`local` argument assigns: `l=('1' '2 3')`.
pub fn trace_text(name: &str, elements: &[(i64, String)]) -> String {
    let values: Vec<String> = elements
        .iter()
        .map(|(_, value)| format!("'{}'", value.replace('\'', "'\\''")))
        .collect();
    format!("{name}=({})", values.join(" "))
}

/// An array's elements together must stay under the size of a variable (a list that doubles
/// in a loop would exhaust the page's memory).
fn check_size(name: &str, bytes: usize) -> Result<(), AssignError> {
    if bytes > super::exec::MAX_VARIABLE_BYTES {
        return Err(AssignError {
            message: format!("bash: {name}: the playground keeps variables under 1 MiB"),
            abandons: true,
        });
    }
    Ok(())
}

/// Puts `value` at `index`, keeping the elements sorted by index.
fn insert(elements: &mut Vec<(i64, String)>, index: i64, value: String) {
    match elements.binary_search_by_key(&index, |(at, _)| *at) {
        Ok(found) => {
            if let Some(element) = elements.get_mut(found) {
                element.1 = value;
            }
        }
        Err(at) => elements.insert(at, (index, value)),
    }
}

/// The index a subscript names among `elements`: a negative one counts back from the end;
/// `None` when that is before the start.
pub fn element_index(
    subscript: &str,
    elements: &[(i64, String)],
    ctx: &mut dyn ExpandContext,
) -> Result<Option<i64>, ExpansionError> {
    let index = expand::subscript_value(subscript, ctx)?;
    if index >= 0 {
        return Ok(Some(index));
    }
    let end = elements
        .last()
        .map_or(0, |(last, _)| last.saturating_add(1));
    let index = index.saturating_add(end);
    Ok((index >= 0).then_some(index))
}

/// A `[SUBSCRIPT]=value` (or `+=`) word inside `a=(…)`: the subscript as typed, whether it
/// appends, and the value.
fn split_element(word: &Word) -> Option<(String, bool, Word)> {
    match word.parts.first() {
        Some(WordPart::Literal {
            text,
            quoted: false,
        }) if text.starts_with('[') => {}
        _ => return None,
    }
    let assignment = super::syntax::split_subscript_assignment(word, "")?;
    Some((
        assignment.subscript.unwrap_or_default(),
        assignment.append,
        assignment.value,
    ))
}

/// `NAME[SUBSCRIPT]` as `unset` takes it: the name and the subscript; `None` for a plain
/// name.
pub fn split_subscripted_name(text: &str) -> Option<(&str, &str)> {
    let (name, rest) = text.split_once('[')?;
    let subscript = rest.strip_suffix(']')?;
    Some((name, subscript))
}

/// bash's `declare -p` text of an array: `declare -a a=([0]="x" [1]="y")`.
pub fn declare_text(name: &str, elements: &[(i64, String)]) -> String {
    let items: Vec<String> = elements
        .iter()
        .map(|(index, value)| format!("[{index}]={}", double_quoted(value)))
        .collect();
    format!("declare -a {name}=({})", items.join(" "))
}

/// An associative array's elements as `declare -p` and `set` show them: `([k]="v" )`.
pub fn assoc_text(map: &super::assoc::Assoc) -> String {
    let items: Vec<String> = map
        .pairs()
        .into_iter()
        .map(|(key, value)| format!("[{}]={} ", assoc_key_text(key), double_quoted(value)))
        .collect();
    format!("({})", items.concat())
}

/// A key as `declare -p` shows it: as it is, double-quoted when it holds characters special
/// to the shell (or is `@` or `*`), `$'…'` when it holds control characters.
fn assoc_key_text(key: &str) -> String {
    let special = |c: char| " \t\n'\"\\|&;()<>!{}*[?]^$`".contains(c);
    if key.chars().any(char::is_control)
        || key.chars().any(special)
        || key.starts_with(['~', '#'])
        || key.is_empty()
        || key == "@"
    {
        return double_quoted(key);
    }
    key.to_string()
}

/// bash's quoted form of a value in `declare -p`: double quotes (`"`, `\`, `$` and `` ` ``
/// escaped), or `$'…'` when it holds control characters.
pub fn double_quoted(value: &str) -> String {
    if value.chars().any(char::is_control) {
        return expand::quote_for_reuse(value);
    }
    let mut text = String::from("\"");
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            text.push('\\');
        }
        text.push(c);
    }
    text.push('"');
    text
}

/// The shell's variables as arithmetic sees them (`a[3]`: an element), for the subscripts of
/// the builtins (`unset 'a[i+1]'`).
struct ShellVars<'s>(&'s mut ShellState);

impl crate::arithmetic::ArithVars for ShellVars<'_> {
    fn arith_var(&self, name: &str) -> Option<String> {
        match split_subscripted_name(name) {
            Some((base, index)) => {
                let index: i64 = index.parse().ok()?;
                self.0.arrays.get(base)?.get(&index).cloned()
            }
            None => self.0.get_var(name).map(str::to_string),
        }
    }

    fn arith_set(&mut self, name: &str, value: String) {
        match split_subscripted_name(name) {
            Some((base, index)) => {
                if let Ok(index) = index.parse() {
                    self.0.set_element(base, index, value);
                }
            }
            None => self.0.set_var(name, value),
        }
    }
}

/// `unset NAME…`: variables (scalars or arrays), and array elements (`unset 'a[1]'`; `a[@]`
/// empties the array).
pub fn unset(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let mut status = 0;
    let (mut functions, mut variables) = (false, false);
    let mut index = 0;
    while let Some(letters) = args.get(index).and_then(|arg| arg.strip_prefix('-')) {
        index += 1;
        if letters == "-" {
            break;
        }
        for letter in letters.chars() {
            match letter {
                'f' => functions = true,
                'v' => variables = true,
                'n' => {}
                other => {
                    io.err(&format!("bash: unset: -{other}: invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n"));
                    return 2;
                }
            }
        }
    }
    if functions && variables {
        io.err("bash: unset: cannot simultaneously unset a function and a variable\n");
        return 1;
    }
    for arg in args.get(index..).unwrap_or_default() {
        if functions {
            shell.unset_function(arg);
            continue;
        }
        let Some((name, subscript)) = split_subscripted_name(arg) else {
            if !arg.contains('[') {
                let is_variable = shell.vars.contains_key(*arg)
                    || shell.arrays.contains_key(*arg)
                    || shell.assocs.contains_key(*arg)
                    || shell.attributes.contains_key(*arg);
                if shell.has_attribute(arg, READONLY) {
                    io.err(&format!(
                        "bash: unset: {arg}: cannot unset: readonly variable\n"
                    ));
                    status = 1;
                } else if is_variable || variables {
                    shell.unset_var(arg);
                    shell.set_exported(arg, false);
                } else {
                    shell.unset_function(arg);
                }
            }
            continue;
        };
        if !is_valid_name(name) || subscript.is_empty() {
            continue;
        }
        if shell.has_attribute(name, READONLY) {
            io.err(&format!(
                "bash: unset: {name}: cannot unset: readonly variable\n"
            ));
            status = 1;
            continue;
        }
        if shell.assocs.contains_key(name) {
            // The shell removed the quotes: the key is the text between the brackets.
            match subscript {
                "@" | "*" => shell.set_assoc(name, super::assoc::Assoc::default()),
                key => shell.unset_assoc_element(name, key),
            }
            continue;
        }
        if matches!(subscript, "@" | "*") {
            if shell.arrays.contains_key(name) {
                shell.set_array(name, Array::new());
            } else {
                shell.unset_var(name);
            }
            continue;
        }
        let text = subscript.replace(['"', '\''], "");
        let index = match crate::arithmetic::arithmetic(&text, &mut ShellVars(shell)) {
            Ok(index) => index,
            Err(_) => {
                io.err(&format!(
                    "bash: unset: [{subscript}]: bad array subscript\n"
                ));
                status = 1;
                continue;
            }
        };
        let elements: Vec<(i64, String)> = shell.array_elements(name).into_iter().collect();
        let end = elements
            .last()
            .map_or(0, |(last, _)| last.saturating_add(1));
        if index < 0 && !shell.arrays.contains_key(name) {
            io.err(&format!("bash: unset: {name}: not an array variable\n"));
            status = 1;
            continue;
        }
        let index = if index < 0 {
            index.saturating_add(end)
        } else {
            index
        };
        if index < 0 {
            io.err(&format!(
                "bash: unset: [{subscript}]: bad array subscript\n"
            ));
            status = 1;
            continue;
        }
        if shell.arrays.contains_key(name) {
            shell.unset_element(name, index);
        } else if index == 0 {
            shell.unset_var(name);
        }
    }
    status
}

const DECLARE_USAGE: &str = "declare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]\n";

/// `declare` / `typeset`: `-a` makes arrays, `-p` prints variables as bash does, `-x`
/// exports (`+x` no more), `-r` makes them read-only; `NAME=value` sets, a `NAME` that is
/// not set is declared without a value; `-f`/`-F` print functions. `declare -A` and the
/// attributes this shell does not keep (`-i`, …) are refused with a message.
pub fn declare(command: &str, args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let (mut array, mut print, mut export, mut readonly) = (false, false, None, false);
    let mut assoc = false;
    let mut functions = None;
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        let Some((on, letters)) = arg
            .strip_prefix('-')
            .map(|letters| (true, letters))
            .or_else(|| arg.strip_prefix('+').map(|letters| (false, letters)))
            .filter(|(_, letters)| !letters.is_empty())
        else {
            break;
        };
        index += 1;
        if letters == "-" {
            break;
        }
        for letter in letters.chars() {
            match letter {
                'a' => array = on,
                'p' => print = true,
                'x' => export = Some(on),
                'r' if on => readonly = true,
                // `+r` is refused below for each read-only name.
                'r' => readonly = false,
                'g' => {}
                'A' => assoc = on,
                'f' | 'F' => functions = Some(letter),
                'i' | 'I' | 'l' | 'n' | 't' | 'u' => {
                    io.err(&format!(
                        "bash: {command}: -{letter}: this attribute is not supported by this shell\n"
                    ));
                    return 1;
                }
                other => {
                    io.err(&format!("bash: {command}: -{other}: invalid option\n"));
                    io.err(&DECLARE_USAGE.replace("declare", command));
                    return 2;
                }
            }
        }
    }
    let writable = args
        .get(..index)
        .unwrap_or_default()
        .iter()
        .any(|arg| arg.starts_with('+') && arg.contains('r'));
    let names = args.get(index..).unwrap_or_default();
    if let Some(letter) = functions {
        return print_functions(letter == 'F', names, io, shell);
    }
    if print || names.is_empty() {
        return print_declarations(command, names, io, shell);
    }
    let mut status = 0;
    for arg in names {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (*arg, None),
        };
        if !is_valid_name(name) {
            io.err(&format!(
                "bash: {command}: `{arg}': not a valid identifier\n"
            ));
            status = 1;
            continue;
        }
        if shell.has_attribute(name, READONLY) && (value.is_some() || writable) {
            io.err(&format!("bash: {command}: {name}: readonly variable\n"));
            status = 1;
            continue;
        }
        let converts = match (array, assoc) {
            (true, _) if shell.assocs.contains_key(name) => Some("associative to indexed"),
            (_, true) if shell.arrays.contains_key(name) => Some("indexed to associative"),
            _ => None,
        };
        if let Some(conversion) = converts {
            io.err(&format!(
                "bash: {command}: {name}: cannot convert {conversion} array\n"
            ));
            status = 1;
            continue;
        }
        if assoc && !shell.assocs.contains_key(name) {
            // A scalar's value becomes the element `0`.
            let was_set = shell.vars.contains_key(name);
            let mut map = super::assoc::Assoc::default();
            if let Some(old) = shell.vars.get(name) {
                map.insert("0", old.clone());
            }
            let declared = shell.has_attribute(name, DECLARED) || !was_set;
            shell.set_assoc(name, map);
            shell.set_attribute(name, DECLARED, declared && value.is_none());
        }
        status = status.max(define(name, value, array, shell));
        if let Some(export) = export {
            shell.set_exported(name, export);
        }
        if readonly {
            shell.set_attribute(name, READONLY, true);
        }
    }
    status
}

/// Gives `name` its value (or, unset, declares it), an array with `array`.
fn define(name: &str, value: Option<&str>, array: bool, shell: &mut ShellState) -> i32 {
    let was_set = shell.vars.contains_key(name)
        || shell.arrays.contains_key(name)
        || shell.assocs.contains_key(name);
    if array {
        let declared = shell.has_attribute(name, DECLARED);
        shell.to_array(name);
        shell.set_attribute(name, DECLARED, declared);
    }
    if let Some(value) = value {
        shell.set_var(name, value.to_string());
    } else if !was_set {
        shell.set_attribute(name, DECLARED, true);
    }
    0
}

/// `readonly [-a] [NAME[=value]…]`, `readonly -p`: `declare -r`, with bash's own messages;
/// without names, the read-only variables as `declare -r` shows them.
pub fn readonly(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let mut index = 0;
    let (mut array, mut print) = (false, false);
    while let Some(letters) = args
        .get(index)
        .and_then(|arg| arg.strip_prefix('-'))
        .filter(|letters| !letters.is_empty())
    {
        index += 1;
        if letters == "-" {
            break;
        }
        for letter in letters.chars() {
            match letter {
                'a' => array = true,
                'p' => print = true,
                'f' => {}
                other => {
                    io.err(&format!("bash: readonly: -{other}: invalid option\nreadonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n"));
                    return 2;
                }
            }
        }
    }
    let names = args.get(index..).unwrap_or_default();
    let functions = args.iter().take(index).any(|arg| arg.contains('f'));
    if names.is_empty() || print {
        if functions {
            return 0;
        }
        let all: Vec<&str> = shell
            .attributes
            .iter()
            .filter(|(_, flags)| **flags & READONLY != 0)
            .map(|(name, _)| name.as_str())
            .collect();
        if all.is_empty() {
            return 0;
        }
        return print_declarations("readonly", &all, io, shell);
    }
    let mut status = 0;
    for arg in names {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (*arg, None),
        };
        if !is_valid_name(name) {
            io.err(&format!(
                "bash: readonly: `{arg}': not a valid identifier\n"
            ));
            status = 1;
            continue;
        }
        if shell.has_attribute(name, READONLY) {
            if value.is_some() {
                io.err(&format!("bash: {name}: readonly variable\n"));
                status = 1;
            }
            continue;
        }
        define(name, value, array, shell);
        shell.set_attribute(name, READONLY, true);
    }
    status
}

/// bash's letters for a variable's attributes in `declare -p` (`-arx`, `--` for none).
fn attribute_flags(name: &str, shell: &ShellState) -> String {
    let mut flags = String::from("-");
    for (on, letter) in [
        (shell.arrays.contains_key(name), 'a'),
        (shell.assocs.contains_key(name), 'A'),
        (shell.has_attribute(name, READONLY), 'r'),
        (shell.exported.contains(name), 'x'),
    ] {
        if on {
            flags.push(letter);
        }
    }
    if flags.len() == 1 {
        flags.push('-');
    }
    flags
}

/// `declare -f [NAME…]` (each function as bash prints it; all, by name, without names) and
/// `declare -F [NAME…]` (`declare -f NAME` for each, the bare names of those named); a name
/// that is no function fails silently.
fn print_functions(names_only: bool, names: &[&str], io: &mut Io, shell: &ShellState) -> i32 {
    let all: Vec<&str> = if names.is_empty() {
        shell.functions.keys().map(String::as_str).collect()
    } else {
        Vec::new()
    };
    let names = if names.is_empty() { &all } else { names };
    // Named, `-F` gives the bare names.
    let prefix = if all.is_empty() { "" } else { "declare -f " };
    let mut status = 0;
    for name in names {
        match shell.functions.get(*name) {
            Some(_) if names_only => io.out(&format!("{prefix}{name}\n")),
            Some(body) => io.out(&format!("{}\n", super::printer::function_text(name, body))),
            None => status = 1,
        }
    }
    status
}

/// `declare -p [NAME…]`: each variable as bash shows it (all of the shell's without names).
fn print_declarations(command: &str, names: &[&str], io: &mut Io, shell: &ShellState) -> i32 {
    let all: Vec<String>;
    let names: Vec<&str> = if names.is_empty() {
        all = shell
            .vars
            .keys()
            .chain(shell.arrays.keys())
            .chain(shell.assocs.keys())
            .chain(shell.attributes.keys())
            .cloned()
            .collect::<std::collections::BTreeSet<String>>()
            .into_iter()
            .collect();
        all.iter().map(String::as_str).collect()
    } else {
        names.to_vec()
    };
    let mut status = 0;
    for name in names {
        let flags = attribute_flags(name, shell);
        let declared = shell.has_attribute(name, DECLARED);
        if let Some(map) = shell.assocs.get(name).filter(|_| !declared) {
            io.out(&format!("declare {flags} {name}={}\n", assoc_text(map)));
            continue;
        }
        if let Some(array) = shell.arrays.get(name).filter(|_| !declared) {
            let elements: Vec<(i64, String)> = array.clone().into_iter().collect();
            let text = declare_text(name, &elements).replacen("-a", &flags, 1);
            io.out(&format!("{text}\n"));
            continue;
        }
        match shell.vars.get(name) {
            Some(value) => io.out(&format!(
                "declare {flags} {name}={}\n",
                double_quoted(value)
            )),
            None if declared
                || shell.attributes.contains_key(name)
                || shell.exported.contains(name) =>
            {
                io.out(&format!("declare {flags} {name}\n"));
            }
            None => {
                io.err(&format!("bash: {command}: {name}: not found\n"));
                status = 1;
            }
        }
    }
    status
}

/// What `read -a NAME` hands the shell through `Waiter::shell_assignments` (which carries
/// name and value pairs): `NAME[]` first (the array starts empty), then `NAME[0]`, `NAME[1]`….
pub fn read_pairs(name: &str, fields: Vec<String>) -> Vec<(String, String)> {
    let mut pairs = vec![(format!("{name}[]"), String::new())];
    pairs.extend(
        fields
            .into_iter()
            .enumerate()
            .map(|(index, field)| (format!("{name}[{index}]"), field)),
    );
    pairs
}

/// Sets one variable `read` assigned: a name, or one of [`read_pairs`]' elements.
pub fn set_read_variable(shell: &mut ShellState, name: &str, value: String) {
    match split_subscripted_name(name) {
        Some((base, "")) => shell.set_array(base, Array::new()),
        Some((base, index)) => {
            if let Ok(index) = index.parse() {
                shell.set_element(base, index, value);
            }
        }
        None => shell.set_var(name, value),
    }
}

/// `mapfile` / `readarray [-t] [-d DELIM] [-n COUNT] [-O ORIGIN] [-s COUNT] [ARRAY]`: the lines
/// of `input` into an array (`MAPFILE` by default). Its status, and how many bytes of the
/// input it read.
pub fn mapfile(
    command: &str,
    args: &[&str],
    input: &str,
    io: &mut Io,
    shell: &mut ShellState,
) -> (i32, usize) {
    let usage = format!("{command}: usage: {command} [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n");
    let (mut trim, mut delimiter, mut count, mut origin, mut skip) =
        (false, '\n', 0usize, None, 0usize);
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        let Some(letters) = arg.strip_prefix('-').filter(|letters| !letters.is_empty()) else {
            break;
        };
        index += 1;
        if letters == "-" {
            break;
        }
        for (position, letter) in letters.char_indices() {
            let value = |index: &mut usize| -> Option<String> {
                let attached = letters.get(position + 1..).unwrap_or_default();
                if !attached.is_empty() {
                    return Some(attached.to_string());
                }
                let value = args.get(*index)?.to_string();
                *index += 1;
                Some(value)
            };
            match letter {
                't' => {
                    trim = true;
                    continue;
                }
                'd' | 'n' | 'O' | 's' => {}
                'u' | 'C' | 'c' => {
                    io.err(&format!(
                        "bash: {command}: -{letter}: the playground's {command} does not take this option\n"
                    ));
                    return (2, 0);
                }
                other => {
                    io.err(&format!(
                        "bash: {command}: -{other}: invalid option\n{usage}"
                    ));
                    return (2, 0);
                }
            }
            let Some(value) = value(&mut index) else {
                io.err(&format!(
                    "bash: {command}: -{letter}: option requires an argument\n{usage}"
                ));
                return (2, 0);
            };
            if letter == 'd' {
                delimiter = value.chars().next().unwrap_or('\0');
                break;
            }
            let Ok(number) = value.trim().parse::<usize>() else {
                let what = match letter {
                    'n' => "invalid line count",
                    'O' => "invalid array origin",
                    _ => "invalid line count",
                };
                io.err(&format!("bash: {command}: {value}: {what}\n"));
                return (1, 0);
            };
            match letter {
                'n' => count = number,
                'O' => origin = Some(number),
                _ => skip = number,
            }
            break;
        }
    }
    let name = args.get(index).copied().unwrap_or("MAPFILE");
    if !is_valid_name(name) {
        io.err(&format!(
            "bash: {command}: `{name}': not a valid identifier\n"
        ));
        return (1, 0);
    }
    let mut elements: Array = match origin {
        Some(_) => shell.array_elements(name),
        None => Array::new(),
    };
    let mut next = i64::try_from(origin.unwrap_or(0)).unwrap_or(i64::MAX);
    let (mut consumed, mut taken) = (0, 0);
    let mut rest = input;
    let mut skipped = 0;
    while !rest.is_empty() && (count == 0 || taken < count) {
        let (line, after) = match rest.find(delimiter) {
            Some(at) => rest.split_at(at + delimiter.len_utf8()),
            None => (rest, ""),
        };
        consumed += line.len();
        rest = after;
        if skipped < skip {
            skipped += 1;
            continue;
        }
        let line = if trim {
            line.strip_suffix(delimiter).unwrap_or(line)
        } else {
            line
        };
        elements.insert(next, line.to_string());
        next = next.saturating_add(1);
        taken += 1;
        if elements.len() > MAX_ELEMENTS {
            io.err(&format!(
                "bash: {name}: the playground keeps arrays under 100000 elements\n"
            ));
            return (1, consumed);
        }
    }
    shell.set_array(name, elements);
    (0, consumed)
}
