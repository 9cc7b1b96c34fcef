//! kubectl's command-line parsing with cobra 1.10 and pflag 1.0 semantics: finding the command
//! (`Command.Find`, `stripFlags`, `argsMinusFirstX`), kubectl's plugin pre-check, pflag's
//! interspersed flag parsing (`--f=v`, `--f v`, `-f v`, `-fv`, `-f=v`, `-abc`, `--`), then what
//! cobra does before `Run` (help flag, persistent pre-run, required flags) and the commands the
//! command line itself answers (`kubectl`, `kubectl options`, `kubectl help ...`, `kubectl config`).
//!
//! Error texts are kubectl's exactly, each with its trailing newline.
//!
//! It deliberately knows nothing about what commands do with their arguments: `Run` hands the
//! invocation to the caller. Commands of real kubectl that are not in the table answer
//! `error: unknown command "<name>" for "kubectl"` (see `cli.rs`).

use super::golang;
use super::help::{render_help, render_options, render_usage_direct};
use super::spec::{CommandSpec, FlagKind, FlagSpec, FlagValueHint, RunKind};
use super::table::{CMD_ALPHA, CMD_DIFF, CMD_ROLLOUT, REAL_ROOT_COMMANDS, ROOT};
use super::values::FlagValues;
use super::{Invocation, ParseOutcome};

/// cobra's default help flag (`InitDefaultHelpFlag`); the usage names the command.
static HELP_FLAG: FlagSpec = FlagSpec {
    name: "help",
    shorthand: Some('h'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "help for this command",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

/// The flags a command sees (cobra's merged `c.Flags()`): its own, its own persistent ones, then
/// its ancestors' persistent ones, nearest first.
pub(crate) fn command_flags(
    chain: &[&'static CommandSpec],
    with_help: bool,
) -> Vec<&'static FlagSpec> {
    let mut flags: Vec<&'static FlagSpec> = Vec::new();
    if let Some(command) = chain.last() {
        flags.extend(command.flags.iter());
    }
    for command in chain.iter().rev() {
        flags.extend(command.persistent_flags.iter());
    }
    if with_help && !flags.iter().any(|flag| flag.name == "help") {
        flags.push(&HELP_FLAG);
    }
    flags
}

fn lookup_long(flags: &[&'static FlagSpec], name: &str) -> Option<&'static FlagSpec> {
    let normalized = name.replace('_', "-");
    flags.iter().find(|flag| flag.name == normalized).copied()
}

fn lookup_short(flags: &[&'static FlagSpec], shorthand: char) -> Option<&'static FlagSpec> {
    flags
        .iter()
        .find(|flag| flag.shorthand == Some(shorthand))
        .copied()
}

/// The test `stripFlags` and `argsMinusFirstX` share: `--flag` (no `=`) or `-f` whose flag has
/// no NoOptDefVal, so the next word is its value. Unknown flags count as taking a value (cobra's
/// `hasNoOptDefVal` / `shortHasNoOptDefVal` are false for them).
fn takes_next_word(word: &str, flags: &[&'static FlagSpec]) -> bool {
    if word.contains('=') {
        return false;
    }
    let flag = if let Some(name) = word.strip_prefix("--") {
        lookup_long(flags, name)
    } else if word.starts_with('-') && word.len() == 2 {
        word.chars().nth(1).and_then(|c| lookup_short(flags, c))
    } else {
        return false;
    };
    flag.is_none_or(|flag| flag.no_opt_default.is_none())
}

/// cobra's `stripFlags`: the words that look like subcommands or positional arguments.
fn strip_flags(args: &[String], flags: &[&'static FlagSpec]) -> Vec<String> {
    let mut commands = Vec::new();
    let mut index = 0;
    while let Some(word) = args.get(index) {
        index += 1;
        if word == "--" {
            break;
        }
        if takes_next_word(word, flags) {
            if args.len() - index <= 1 {
                break;
            }
            index += 1;
        } else if !word.is_empty() && !word.starts_with('-') {
            commands.push(word.clone());
        }
    }
    commands
}

/// cobra's `argsMinusFirstX`: removes the first `x` that is not a flag value.
fn args_minus_first(args: &[String], x: &str, flags: &[&'static FlagSpec]) -> Vec<String> {
    let mut position = 0;
    while let Some(word) = args.get(position) {
        if word == "--" {
            break;
        }
        if takes_next_word(word, flags) {
            position += 2;
            continue;
        }
        if !word.starts_with('-') && word == x {
            let mut rest = args.to_vec();
            rest.remove(position);
            return rest;
        }
        position += 1;
    }
    args.to_vec()
}

/// The child of `command` named (or aliased) `name`; the root also has cobra's `help` when
/// `with_help_command`.
fn find_next(
    command: &'static CommandSpec,
    name: &str,
    with_help_command: bool,
) -> Option<&'static CommandSpec> {
    command
        .subcommands
        .iter()
        .find(|sub| {
            (sub.name == name || sub.aliases.contains(&name))
                && (with_help_command || sub.run != RunKind::HelpTopic)
        })
        .copied()
}

/// The result of cobra's `Find`.
struct Found {
    chain: Vec<&'static CommandSpec>,
    args: Vec<String>,
    /// The first stripped argument when the root got arguments it has no command for.
    unknown_command: Option<String>,
}

/// cobra's `Command.Find` from the root; at the root, a first argument that names no command is
/// cobra's `legacyArgs` error.
fn find(argv: &[String], with_help_command: bool) -> Found {
    let mut chain: Vec<&'static CommandSpec> = vec![&ROOT];
    let mut args: Vec<String> = argv.to_vec();
    let mut unknown_command = None;
    while let Some(current) = chain.last().copied() {
        let flags = command_flags(&chain, false);
        let stripped = strip_flags(&args, &flags);
        let Some(next) = stripped.first() else {
            break;
        };
        match find_next(current, next, with_help_command) {
            Some(child) => {
                args = args_minus_first(&args, next, &flags);
                chain.push(child);
            }
            None => {
                if chain.len() == 1 {
                    unknown_command = Some(next.clone());
                }
                break;
            }
        }
    }
    Found {
        chain,
        args,
        unknown_command,
    }
}

/// cobra's `ld`: Levenshtein distance over bytes, case-insensitive.
fn levenshtein(a: &str, b: &str) -> usize {
    let a = a.to_lowercase().into_bytes();
    let b = b.to_lowercase().into_bytes();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for (i, byte_a) in a.iter().enumerate() {
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, byte_b) in b.iter().enumerate() {
            let substitution =
                previous.get(j).copied().unwrap_or(0) + usize::from(byte_a != byte_b);
            let deletion = previous.get(j + 1).copied().unwrap_or(0) + 1;
            let insertion = current.get(j).copied().unwrap_or(0) + 1;
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = substitution.min(deletion).min(insertion);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

/// cobra's `SuggestionsFor` over real kubectl's top-level commands (insertion order). A command of
/// real kubectl that the playground lacks is not suggested for its own exact name.
pub(crate) fn suggestions_for(typed: &str) -> Vec<&'static str> {
    let mut suggestions = Vec::new();
    for command in REAL_ROOT_COMMANDS
        .iter()
        .filter(|command| command.available)
    {
        if command.name == typed {
            continue;
        }
        // The distance is at least the difference in length: skip hopeless pairs.
        let close = typed.to_lowercase().len().abs_diff(command.name.len()) <= 2
            && levenshtein(typed, command.name) <= 2;
        let prefix = command
            .name
            .to_lowercase()
            .starts_with(&typed.to_lowercase());
        if close || prefix {
            suggestions.push(command.name);
        }
        for explicit in command.suggest_for {
            if explicit.eq_ignore_ascii_case(typed) {
                suggestions.push(command.name);
            }
        }
    }
    suggestions
}

fn unknown_command_error(typed: &str) -> String {
    if super::is_real_kubectl_command(typed) {
        // Real kubectl has it: say that the playground lacks it, not that kubectl does.
        return format!("error: the playground does not implement \"kubectl {typed}\" yet\n");
    }
    let mut message = format!(
        "error: unknown command {} for \"kubectl\"",
        golang::quote(typed)
    );
    let suggestions = suggestions_for(typed);
    if suggestions.is_empty() {
        message.push('\n');
    } else {
        message.push_str("\n\nDid you mean this?\n");
        for suggestion in suggestions {
            message.push('\t');
            message.push_str(suggestion);
            message.push('\n');
        }
    }
    message
}

/// The command path cobra prints (`kubectl config set-context`).
fn command_path(chain: &[&'static CommandSpec]) -> String {
    chain
        .iter()
        .map(|command| command.name)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A pflag parse failure, before kubectl's `FlagErrorFunc` decorates it.
enum FlagError {
    /// `--name` is not a flag of the command.
    Unknown(String),
    /// `-c` is not a shorthand of the command; `rest` is the shorthand group from `c` on.
    UnknownShorthand { shorthand: char, rest: String },
    /// `--name` needs a value and the line ended.
    NeedsArgument(String),
    /// `-c` needs a value and the line ended; `rest` as for `UnknownShorthand`.
    NeedsArgumentShorthand { shorthand: char, rest: String },
    /// The value did not parse; `cause` is the Go error text.
    Invalid {
        flag: &'static FlagSpec,
        value: String,
        cause: String,
    },
    /// `---x`, `--=x`.
    BadSyntax(String),
}

impl FlagError {
    fn message(&self) -> String {
        match self {
            FlagError::Unknown(name) => format!("unknown flag: --{name}"),
            FlagError::UnknownShorthand { shorthand, rest } => format!(
                "unknown shorthand flag: {} in -{rest}",
                golang::quote_rune(*shorthand)
            ),
            FlagError::NeedsArgument(name) => format!("flag needs an argument: --{name}"),
            FlagError::NeedsArgumentShorthand { shorthand, rest } => format!(
                "flag needs an argument: {} in -{rest}",
                golang::quote_rune(*shorthand)
            ),
            FlagError::Invalid { flag, value, cause } => {
                let name = match (flag.shorthand, flag.shorthand_deprecated) {
                    (Some(shorthand), None) => format!("-{shorthand}, --{}", flag.name),
                    _ => format!("--{}", flag.name),
                };
                format!(
                    "invalid argument {} for {} flag: {cause}",
                    golang::quote(value),
                    golang::quote(&name)
                )
            }
            FlagError::BadSyntax(word) => format!("bad flag syntax: {word}"),
        }
    }
}

/// What pflag's `Parse` leaves behind.
struct Parsed {
    values: FlagValues,
    args: Vec<String>,
    args_before_dash: Option<usize>,
    warnings: String,
    /// Each flag as pflag's `ParseAll` hands it over: its name and the value as typed (its
    /// NoOptDefVal when none was), in command-line order.
    occurrences: Vec<(&'static str, String)>,
}

fn set_flag(
    values: &mut FlagValues,
    flag: &'static FlagSpec,
    value: &str,
    warnings: &mut String,
    occurrences: &mut Vec<(&'static str, String)>,
) -> Result<(), FlagError> {
    occurrences.push((flag.name, value.to_string()));
    values
        .set(flag.name, value)
        .map_err(|cause| FlagError::Invalid {
            flag,
            value: value.to_string(),
            cause,
        })?;
    if let Some(deprecated) = flag.deprecated {
        warnings.push_str(&format!(
            "Flag --{} has been deprecated, {deprecated}\n",
            flag.name
        ));
    }
    Ok(())
}

/// pflag's `FlagSet.Parse` with interspersed arguments.
fn parse_flags(args: &[String], flags: &[&'static FlagSpec]) -> Result<Parsed, FlagError> {
    let mut values = FlagValues::with_defaults(flags);
    let mut positional: Vec<String> = Vec::new();
    let mut args_before_dash = None;
    let mut warnings = String::new();
    let mut occurrences = Vec::new();
    let mut rest: &[String] = args;
    while let Some((word, remaining)) = rest.split_first() {
        rest = remaining;
        if word.len() <= 1 || !word.starts_with('-') {
            positional.push(word.clone());
            continue;
        }
        if let Some(long) = word.strip_prefix("--") {
            if long.is_empty() {
                args_before_dash = Some(positional.len());
                positional.extend(rest.iter().cloned());
                break;
            }
            if long.starts_with('-') || long.starts_with('=') {
                return Err(FlagError::BadSyntax(word.clone()));
            }
            let (name, inline_value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (long, None),
            };
            let Some(flag) = lookup_long(flags, name) else {
                return Err(FlagError::Unknown(name.to_string()));
            };
            let value: String = match (inline_value, flag.no_opt_default) {
                (Some(value), _) => value.to_string(),
                (None, Some(no_opt)) => no_opt.to_string(),
                (None, None) => match rest.split_first() {
                    Some((next, remaining)) => {
                        rest = remaining;
                        next.clone()
                    }
                    None => return Err(FlagError::NeedsArgument(name.to_string())),
                },
            };
            set_flag(&mut values, flag, &value, &mut warnings, &mut occurrences)?;
            continue;
        }
        // Shorthands: "-abc", "-nvalue", "-n=value", "-n value".
        let mut shorthands: &str = word.get(1..).unwrap_or("");
        while !shorthands.is_empty() {
            if shorthands.starts_with("test.") {
                break;
            }
            let Some(first) = shorthands.chars().next() else {
                break;
            };
            let after = shorthands.get(first.len_utf8()..).unwrap_or("");
            let flag = if first.is_ascii() {
                lookup_short(flags, first)
            } else {
                None
            };
            let Some(flag) = flag else {
                // pflag looks up the first byte and reports it as `string(byte)`'s first byte:
                // 'Ã' for the lead byte of any non-ASCII character.
                let shown = if first.is_ascii() { first } else { '\u{c3}' };
                return Err(FlagError::UnknownShorthand {
                    shorthand: shown,
                    rest: shorthands.to_string(),
                });
            };
            let value: String;
            if let Some(inline) = after.strip_prefix('=').filter(|inline| !inline.is_empty()) {
                value = inline.to_string();
                shorthands = "";
            } else if let Some(no_opt) = flag.no_opt_default {
                value = no_opt.to_string();
                shorthands = after;
            } else if !after.is_empty() {
                value = after.to_string();
                shorthands = "";
            } else {
                match rest.split_first() {
                    Some((next, remaining)) => {
                        rest = remaining;
                        value = next.clone();
                        shorthands = "";
                    }
                    None => {
                        return Err(FlagError::NeedsArgumentShorthand {
                            shorthand: first,
                            rest: shorthands.to_string(),
                        })
                    }
                }
            }
            if let (Some(deprecated), Some(shorthand)) = (flag.shorthand_deprecated, flag.shorthand)
            {
                warnings.push_str(&format!(
                    "Flag shorthand -{shorthand} has been deprecated, {deprecated}\n"
                ));
            }
            set_flag(&mut values, flag, &value, &mut warnings, &mut occurrences)?;
        }
    }
    Ok(Parsed {
        values,
        args: positional,
        args_before_dash,
        warnings,
        occurrences,
    })
}

/// cli-runtime's `parseCommandArguments`, the change cause `--record` writes: pflag's
/// `ParseAll` over the whole command line with the command's flags (so the command's names
/// are arguments), then `kubectl`, the arguments and ` --NAME=VALUE` for each flag given, in
/// the order given, under its long name and with the value as typed. `kubectl` is
/// `filepath.Base(os.Args[0])`: the playground's shell runs kubectl only by that name.
fn change_cause(argv: &[String], flags: &[&'static FlagSpec]) -> String {
    let Ok(parsed) = parse_flags(argv, flags) else {
        return String::new();
    };
    let mut cause = String::from("kubectl");
    if !parsed.args.is_empty() {
        cause.push(' ');
        cause.push_str(&parsed.args.join(" "));
    }
    for (name, value) in &parsed.occurrences {
        cause.push_str(&format!(" --{name}={value}"));
    }
    cause
}

/// kubectl's `GetLogVerbosity` (the first `-v`/`--v` value, before `--`), applied the way
/// component-base's `logs.GlogSetter` does: only an unsigned decimal (`ParseUint`) that klog's
/// `Level.Set` accepts counts; anything else leaves the level at 0.
fn log_verbosity(argv: &[String]) -> i64 {
    let mut value = "0";
    for (index, word) in argv.iter().enumerate() {
        if word == "--" {
            break;
        }
        if word == "--v" || word == "-v" {
            if let Some(next) = argv.get(index + 1) {
                value = next;
                break;
            }
        } else if word.contains("--v=") || word.contains("-v=") {
            if let Some(part) = word.split('=').nth(1).filter(|part| !part.is_empty()) {
                value = part;
                break;
            }
        }
    }
    if value.is_empty() || !value.bytes().all(|byte| byte.is_ascii_digit()) {
        return 0;
    }
    golang::parse_int(value, false, 32).unwrap_or(0)
}

/// kubectl's `initProfiling` check of `--profile` (the root's persistent pre-run).
fn check_profile(values: &FlagValues) -> Option<String> {
    let profile = values.string("profile")?;
    match profile {
        "none" | "cpu" | "block" | "mutex" | "trace" | "goroutine" | "threadcreate" | "heap"
        | "allocs" => None,
        other => Some(format!("error: unknown profile '{other}'\n")),
    }
}

/// Parses argv (without the leading `kubectl`) as kubectl 1.37 does; `columns` is the width
/// of the terminal help is printed on (`None`: not a terminal).
pub(crate) fn parse_with_columns(argv: &[String], columns: Option<usize>) -> ParseOutcome {
    let limit = super::help::wrap_limit(columns);

    // kubectl's plugin pre-check (NewDefaultKubectlCommandWithArgs), before cobra adds `help`.
    let first_pass = find(argv, false);
    if first_pass.unknown_command.is_some() {
        let command_name = argv
            .iter()
            .find(|word| !word.starts_with('-'))
            .map(String::as_str)
            .unwrap_or("");
        if !matches!(command_name, "help" | "__complete" | "__completeNoDesc") {
            if let Some(first) = argv.first().filter(|word| word.starts_with('-')) {
                return ParseOutcome::Error(format!(
                    "Error: flags cannot be placed before plugin name: {first}\n"
                ));
            }
        }
    }

    let found = find(argv, true);
    if let Some(typed) = found.unknown_command {
        return ParseOutcome::Error(unknown_command_error(&typed));
    }
    let chain = found.chain;
    let Some(command) = chain.last().copied() else {
        return ParseOutcome::Error(String::new());
    };
    let path = command_path(&chain);
    let flags = command_flags(&chain, true);
    let parsed = match parse_flags(&found.args, &flags) {
        Ok(parsed) => parsed,
        // `kubectl diff` reports flag errors as usage errors that exit 2.
        Err(error) if std::ptr::eq(command, &CMD_DIFF) => {
            return ParseOutcome::DiffError(format!(
                "error: {}\nSee '{path} -h' for help and examples\n",
                error.message()
            ));
        }
        Err(error) => {
            let hint = if command.run == RunKind::PrintOptions {
                format!("Run '{path}' without flags.")
            } else {
                format!("See '{path} --help' for usage.")
            };
            return ParseOutcome::Error(format!("error: {}\n{hint}\n", error.message()));
        }
    };
    // `kubectl alpha` answers its help with its message (it has no subcommands).
    let is_alpha = std::ptr::eq(command, &CMD_ALPHA);
    if parsed.values.bool("help") && !is_alpha {
        return ParseOutcome::Help(render_help(&chain, limit));
    }
    let warnings = parsed.warnings;
    // `kubectl alpha` has no subcommands to run: cobra skips the root's persistent pre-run.
    if let Some(error) = check_profile(&parsed.values).filter(|_| !is_alpha) {
        return ParseOutcome::Error(format!("{warnings}{error}"));
    }
    let missing: Vec<String> = flags
        .iter()
        .filter(|flag| flag.required && !parsed.values.changed(flag.name))
        .map(|flag| flag.name.to_string())
        .collect();
    if !missing.is_empty() {
        let mut missing = missing;
        crate::sort::sort(&mut missing);
        return ParseOutcome::Error(format!(
            "{warnings}error: required flag(s) \"{}\" not set\n",
            missing.join("\", \"")
        ));
    }
    match command.run {
        RunKind::Verb => ParseOutcome::Run(Invocation {
            path: chain.iter().skip(1).map(|command| command.name).collect(),
            change_cause: parsed
                .values
                .bool("record")
                .then(|| change_cause(argv, &flags)),
            args: parsed.args,
            args_before_dash: parsed.args_before_dash,
            flags: parsed.values,
            warnings,
            command,
        }),
        RunKind::RootHelp => ParseOutcome::Help(render_help(&chain, limit)),
        RunKind::PrintOptions => ParseOutcome::Help(render_options(limit, log_verbosity(argv))),
        RunKind::SubcommandGroup => {
            if parsed.args.is_empty() && std::ptr::eq(command, &CMD_ROLLOUT) {
                // No flag `rollout` sees is deprecated: there are no warnings to print.
                ParseOutcome::HelpElsewhere {
                    text: render_help(&chain, limit),
                    on_stderr: false,
                }
            } else if parsed.args.is_empty() {
                ParseOutcome::Error(format!("{warnings}{}", render_help(&chain, limit)))
            } else {
                ParseOutcome::Error(format!(
                    "{warnings}error: unknown command {}\nSee '{path} -h' for help and examples\n",
                    golang::quote(&parsed.args.join(" "))
                ))
            }
        }
        RunKind::HelpTopic => {
            let topic = find(&parsed.args, true);
            if topic
                .chain
                .last()
                .is_some_and(|last| std::ptr::eq(*last, &CMD_ALPHA))
            {
                ParseOutcome::Run(Invocation {
                    path: vec![CMD_ALPHA.name],
                    change_cause: None,
                    args: Vec::new(),
                    args_before_dash: None,
                    flags: parsed.values,
                    warnings,
                    command: &CMD_ALPHA,
                })
            } else if topic.unknown_command.is_some() {
                let mut text = format!(
                    "Unknown help topic {}\n",
                    golang::backquoted_list(&parsed.args)
                );
                text.push_str(&render_usage_direct(&[&ROOT], limit));
                ParseOutcome::HelpElsewhere {
                    text,
                    on_stderr: true,
                }
            } else {
                ParseOutcome::Help(render_help(&topic.chain, limit))
            }
        }
    }
}

/// What completion needs to know about the words before the cursor.
pub(crate) struct CompletionFound {
    pub(crate) chain: Vec<&'static CommandSpec>,
    /// The words after removing the command names.
    pub(crate) args: Vec<String>,
    /// The positional arguments among `args`.
    pub(crate) positional: Vec<String>,
    /// A `--` was given: what follows are arguments, never flags.
    pub(crate) after_dash: bool,
    /// The last word is a flag (`-n`, `--output`, `-Rf`) still waiting for its value.
    pub(crate) pending_flag: Option<&'static FlagSpec>,
}

/// Finds the command for completion and walks its words like pflag, leniently (unknown flags
/// are skipped); `None` when the words name no command of the table.
pub(crate) fn find_for_completion(words: &[String]) -> Option<CompletionFound> {
    let found = find(words, true);
    if found.unknown_command.is_some() {
        return None;
    }
    let flags = command_flags(&found.chain, true);
    let mut positional = Vec::new();
    let mut after_dash = false;
    let mut pending_flag = None;
    let mut index = 0;
    while let Some(word) = found.args.get(index) {
        index += 1;
        if after_dash || word.len() <= 1 || !word.starts_with('-') {
            positional.push(word.clone());
            continue;
        }
        if word == "--" {
            after_dash = true;
            continue;
        }
        let needs_value = if let Some(long) = word.strip_prefix("--") {
            lookup_long(&flags, long)
                .filter(|flag| !long.contains('=') && flag.no_opt_default.is_none())
        } else {
            // The first shorthand that takes a value ends the group; it waits for the next
            // word only when it is the group's last letter.
            let shorthands = word.get(1..).unwrap_or("");
            shorthands
                .char_indices()
                .map_while(|(offset, shorthand)| {
                    lookup_short(&flags, shorthand).map(|flag| (offset, shorthand, flag))
                })
                .find(|(_, _, flag)| flag.no_opt_default.is_none())
                .filter(|(offset, shorthand, _)| offset + shorthand.len_utf8() == shorthands.len())
                .map(|(_, _, flag)| flag)
        };
        if let Some(flag) = needs_value {
            if index == found.args.len() {
                pending_flag = Some(flag);
            }
            index += 1;
        }
    }
    Some(CompletionFound {
        chain: found.chain,
        args: found.args,
        positional,
        after_dash,
        pending_flag,
    })
}

/// The flag values of a command line if it parses (completion reads `-n` from it).
pub(crate) fn lenient_flag_values(
    args: &[String],
    flags: &[&'static FlagSpec],
) -> Option<FlagValues> {
    parse_flags(args, flags).ok().map(|parsed| parsed.values)
}

/// Resolves a command path of names or aliases (`["create", "ns"]`) to the command chain.
pub(crate) fn resolve_path(path: &[&str]) -> Option<Vec<&'static CommandSpec>> {
    let mut chain: Vec<&'static CommandSpec> = vec![&ROOT];
    for name in path {
        let current = chain.last().copied()?;
        chain.push(find_next(current, name, true)?);
    }
    Some(chain)
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
