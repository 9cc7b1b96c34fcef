//! bash's `set`: the options the shell acts on (`-e`, `-u`, `-x`, `-o pipefail`), the
//! positional parameters (`set -- a b`), `set -o`/`set +o` listings and, with no argument,
//! the variables. Other options bash knows are accepted and have no effect here.

use super::state::ShellState;
use crate::kubectl::Io;

/// `set -o`'s option names, in bash's order, with their state in an interactive bash 5.2
/// (`None`: one of the four this shell acts on).
const OPTION_NAMES: &[(&str, Option<bool>)] = &[
    ("allexport", Some(false)),
    ("braceexpand", Some(true)),
    ("emacs", Some(true)),
    ("errexit", None),
    ("errtrace", Some(false)),
    ("functrace", Some(false)),
    ("hashall", Some(true)),
    ("histexpand", Some(true)),
    ("history", Some(true)),
    ("ignoreeof", Some(false)),
    ("interactive-comments", Some(true)),
    ("keyword", Some(false)),
    ("monitor", Some(true)),
    ("noclobber", Some(false)),
    ("noexec", Some(false)),
    ("noglob", Some(false)),
    ("nolog", Some(false)),
    ("notify", Some(false)),
    ("nounset", None),
    ("onecmd", Some(false)),
    ("physical", Some(false)),
    ("pipefail", None),
    ("posix", Some(false)),
    ("privileged", Some(false)),
    ("verbose", Some(false)),
    ("vi", Some(false)),
    ("xtrace", None),
];

/// The single-letter options bash's `set` takes.
const LETTERS: &str = "abefhkmnptuvxBCEHPT";

const USAGE: &str = "set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n";

pub fn set(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    if args.is_empty() {
        // Scalars and arrays together, by name (an array as `a=([0]="x" [1]="y")`, an
        // associative one as `m=([k]="v" )`); a declared array with no value yet is not listed.
        let mut lines: std::collections::BTreeMap<&str, String> = std::collections::BTreeMap::new();
        for (name, value) in &shell.vars {
            lines.insert(name, format!("{name}={}", quote_for_shell(value)));
        }
        for (name, array) in &shell.arrays {
            let elements: Vec<(i64, String)> = array.clone().into_iter().collect();
            let text = super::arrays::declare_text(name, &elements);
            lines.insert(name, text.trim_start_matches("declare -a ").to_string());
        }
        for (name, map) in &shell.assocs {
            lines.insert(name, format!("{name}={}", super::arrays::assoc_text(map)));
        }
        for (name, line) in lines {
            if shell.has_attribute(name, super::state::DECLARED) {
                continue;
            }
            io.out(&format!("{line}\n"));
        }
        return 0;
    }
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        let on = arg.starts_with('-');
        if *arg == "--" {
            shell.positional.args = args[index + 1..].iter().map(|a| a.to_string()).collect();
            return 0;
        }
        if *arg == "-" {
            // Turns -x and -v off; what follows are the positional parameters.
            shell.options.xtrace = false;
            let rest = &args[index + 1..];
            if !rest.is_empty() {
                shell.positional.args = rest.iter().map(|a| a.to_string()).collect();
            }
            return 0;
        }
        if !(arg.starts_with('-') || arg.starts_with('+')) || *arg == "+" {
            shell.positional.args = args[index..].iter().map(|a| a.to_string()).collect();
            return 0;
        }
        let letters = &arg[1..];
        if letters == "o" {
            match args.get(index + 1) {
                None => {
                    list_options(on, io, shell);
                    return 0;
                }
                Some(name) => {
                    if !set_named(name, on, shell) {
                        io.err(&format!("bash: set: {name}: invalid option name\n"));
                        return 2;
                    }
                    index += 2;
                    continue;
                }
            }
        }
        for letter in letters.chars() {
            if letter == 'o' {
                // `-eo pipefail`: the name is the next argument.
                index += 1;
                let Some(name) = args.get(index) else {
                    list_options(on, io, shell);
                    return 0;
                };
                if !set_named(name, on, shell) {
                    io.err(&format!("bash: set: {name}: invalid option name\n"));
                    return 2;
                }
                continue;
            }
            if !LETTERS.contains(letter) {
                let sign = if on { '-' } else { '+' };
                io.err(&format!("bash: set: {sign}{letter}: invalid option\n"));
                io.err(USAGE);
                return 2;
            }
            match letter {
                'e' => shell.options.errexit = on,
                'u' => shell.options.nounset = on,
                'x' => shell.options.xtrace = on,
                _ => {}
            }
        }
        index += 1;
    }
    0
}

/// `-o NAME`: `false` for a name bash does not know.
fn set_named(name: &str, on: bool, shell: &mut ShellState) -> bool {
    match name {
        "errexit" => shell.options.errexit = on,
        "nounset" => shell.options.nounset = on,
        "xtrace" => shell.options.xtrace = on,
        "pipefail" => shell.options.pipefail = on,
        _ => return OPTION_NAMES.iter().any(|(known, _)| *known == name),
    }
    true
}

/// `set -o` (a table) or `set +o` (commands that would restore them).
fn list_options(table: bool, io: &mut Io, shell: &ShellState) {
    for (name, fixed) in OPTION_NAMES {
        let on = fixed.unwrap_or(match *name {
            "errexit" => shell.options.errexit,
            "nounset" => shell.options.nounset,
            "xtrace" => shell.options.xtrace,
            _ => shell.options.pipefail,
        });
        if table {
            let state = if on { "on" } else { "off" };
            io.out(&format!("{name:<15}\t{state}\n"));
        } else {
            let sign = if on { '-' } else { '+' };
            io.out(&format!("set {sign}o {name}\n"));
        }
    }
}

/// A word as bash prints it in `set -x` traces and `set` listings: as it is when nothing in
/// it is special to the shell, else in single quotes (`'it'\''s'`); empty as `''`
/// (`sh_contains_shell_metas` and `sh_single_quote`).
pub fn quote_for_shell(word: &str) -> String {
    let special = word.is_empty()
        || word.char_indices().any(|(index, c)| match c {
            ' ' | '\t' | '\n' | '\'' | '"' | '\\' | '|' | '&' | ';' | '(' | ')' | '<' | '>'
            | '!' | '{' | '}' | '*' | '[' | '?' | ']' | '^' | '$' | '`' => true,
            '~' => index == 0 || matches!(word[..index].chars().last(), Some('=' | ':')),
            '#' => index == 0,
            _ => false,
        });
    if !special {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}
