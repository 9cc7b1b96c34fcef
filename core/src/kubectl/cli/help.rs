//! kubectl 1.37's help and usage templates (`k8s.io/kubectl/pkg/util/templates`), rendered from
//! the table: the description, `Aliases:`, `Examples:`, subcommand lists, `Options:`, `Usage:`
//! and the two closing hints; the root help with its command groups; `kubectl options`.
//!
//! On a terminal kubectl word-wraps help to 80, 100 or 120 columns (`NewResponsiveWriter`) and
//! flag usage to 10 columns less; `columns: None` is kubectl writing into a pipe (no wrapping).
//! Each write of the Go template is wrapped on its own, which the `pieces` below reproduce.
//!
//! It deliberately knows nothing about parsing: callers pass the resolved command chain.

use super::golang::word_wrap;
use super::spec::{CommandSpec, FlagKind, FlagSpec, RunKind};
use super::table::{REAL_ROOT_COMMANDS, ROOT, ROOT_GROUP_HEADINGS};

/// cobra's `minNamePadding`.
const MIN_NAME_PADDING: usize = 11;

/// The word-wrap limit kubectl picks for a terminal this wide (`getTerminalLimitWidth`):
/// 120, 100 or 80 columns; none below 80 or when not a terminal.
pub(crate) fn wrap_limit(columns: Option<usize>) -> Option<usize> {
    match columns? {
        c if c >= 120 => Some(120),
        c if c >= 100 => Some(100),
        c if c >= 80 => Some(80),
        _ => None,
    }
}

fn wrap(text: &str, limit: Option<usize>) -> String {
    match limit {
        Some(limit) => word_wrap(text, limit),
        None => text.to_string(),
    }
}

/// The help of the command at the end of `chain` (root first), as `--help` prints it.
pub(crate) fn render_help(chain: &[&'static CommandSpec], limit: Option<usize>) -> String {
    let Some(command) = chain.last() else {
        return String::new();
    };
    if command.run == RunKind::PrintOptions {
        // `kubectl options` has an empty help template.
        return String::new();
    }
    let description = if command.long.is_empty() {
        command.short.trim()
    } else {
        command.long.trim()
    };
    let usage: String = usage_pieces(chain, limit).concat();
    let mut out = wrap(description, limit);
    out.push_str(&wrap(&usage, limit));
    out
}

/// `cmd.Usage()` written straight to a (possibly wrapping) stream, as `kubectl help <unknown>`
/// does for the root: every template write is wrapped separately.
pub(crate) fn render_usage_direct(chain: &[&'static CommandSpec], limit: Option<usize>) -> String {
    usage_pieces(chain, limit)
        .iter()
        .map(|piece| wrap(piece, limit))
        .collect()
}

/// `kubectl options`. `verbosity` is klog's level when the flags were registered: kubectl sets
/// it from the command line first (`GetLogVerbosity`), so `kubectl options -v=3` shows `--v=3`.
pub(crate) fn render_options(limit: Option<usize>, verbosity: i64) -> String {
    let mut usages = String::new();
    for flag in sorted(ROOT.persistent_flags.to_vec()) {
        if flag.hidden {
            continue;
        }
        if flag.kind == FlagKind::KlogLevel {
            usages.push_str(&flag_usage(flag, &verbosity.to_string(), limit));
        } else {
            usages.push_str(&flag_usage(flag, flag.default, limit));
        }
    }
    let mut out = wrap(
        "The following options can be passed to any command:\n\n",
        limit,
    );
    out.push_str(&wrap(&usages, limit));
    out
}

fn sorted(mut flags: Vec<&FlagSpec>) -> Vec<&FlagSpec> {
    crate::sort::sort_by_key(&mut flags, |flag| flag.name);
    flags
}

/// The writes of kubectl's `MainUsageTemplate` for the command at the end of `chain`.
fn usage_pieces(chain: &[&'static CommandSpec], limit: Option<usize>) -> Vec<String> {
    let mut pieces: Vec<String> = vec!["\n\n".to_string()];
    let Some(command) = chain.last() else {
        return pieces;
    };
    let is_root = chain.len() == 1;
    let runnable = true;
    if !command.aliases.is_empty() {
        pieces.push("Aliases:\n".to_string());
        let mut names = vec![command.name];
        names.extend(command.aliases.iter().copied());
        pieces.push(names.join(", "));
        pieces.push("\n\n".to_string());
    }
    if !command.example.is_empty() {
        pieces.push("Examples:\n".to_string());
        pieces.push(command.example.trim_end().to_string());
        pieces.push("\n\n".to_string());
    }
    let groups = if is_root {
        root_command_groups()
    } else {
        subcommand_groups(command)
    };
    if !groups.is_empty() {
        pieces.push(groups);
        pieces.push("\n\n".to_string());
    }
    if !command.flags.is_empty() {
        pieces.push("Options:\n".to_string());
        let visible: Vec<&FlagSpec> = sorted(command.flags.to_vec());
        pieces.push(flags_usages(&visible, limit).trim_end().to_string());
        pieces.push("\n\n".to_string());
    }
    if runnable && !command.usage_line.is_empty() {
        pieces.push("Usage:\n  ".to_string());
        pieces.push(command.usage_line.to_string());
        pieces.push("\n\n".to_string());
    }
    if !command.subcommands.is_empty() {
        pieces.push("Use \"".to_string());
        for name in chain.iter().map(|c| c.name) {
            pieces.push(name.to_string());
            pieces.push(" ".to_string());
        }
        pieces.push("<command> --help\" for more information about a given command.\n".to_string());
    }
    if runnable {
        pieces.push("Use \"".to_string());
        pieces.push("kubectl options".to_string());
        pieces.push(
            "\" for a list of global command-line options (applies to all commands).\n".to_string(),
        );
    }
    pieces
}

/// `Available Commands:` of a non-root command (cobra's sorted order, `NamePadding`).
fn subcommand_groups(command: &CommandSpec) -> String {
    if command.subcommands.is_empty() {
        return String::new();
    }
    let padding = command
        .subcommands
        .iter()
        .map(|sub| sub.name.len())
        .max()
        .unwrap_or(0)
        .max(MIN_NAME_PADDING);
    let mut subcommands: Vec<&&CommandSpec> = command.subcommands.iter().collect();
    crate::sort::sort_by_key(&mut subcommands, |sub| sub.name);
    let mut out = String::from("Available Commands:");
    for sub in subcommands {
        out.push_str(&format!("\n  {:<padding$}   {}", sub.name, sub.short));
    }
    out
}

/// The root help's command groups: real kubectl's groups, the (empty) plugin group, then
/// "Other Commands:" sorted by name.
fn root_command_groups() -> String {
    let padding = REAL_ROOT_COMMANDS
        .iter()
        .map(|command| command.name.len())
        .max()
        .unwrap_or(0)
        .max(MIN_NAME_PADDING);
    let line = |name: &str, short: &str| format!("\n  {name:<padding$}   {short}");
    let mut groups: Vec<String> = Vec::new();
    for (index, heading) in ROOT_GROUP_HEADINGS.iter().enumerate() {
        let mut group = heading.to_string();
        for command in REAL_ROOT_COMMANDS
            .iter()
            .filter(|command| command.group == Some(index) && command.available)
        {
            group.push_str(&line(command.name, command.short));
        }
        groups.push(group);
    }
    let mut others: Vec<_> = REAL_ROOT_COMMANDS
        .iter()
        .filter(|command| command.group.is_none() && command.available && command.name != "options")
        .collect();
    crate::sort::sort_by_key(&mut others, |command| command.name);
    let mut group = String::from("Other Commands:");
    for command in others {
        group.push_str(&line(command.name, command.short));
    }
    groups.push(group);
    groups.join("\n\n")
}

/// kubectl's `flagsUsages`: every visible flag as `    -s, --name='default':` and its usage on
/// the next line after a tab, wrapped at the limit minus 10.
pub(crate) fn flags_usages(flags: &[&FlagSpec], limit: Option<usize>) -> String {
    flags
        .iter()
        .filter(|flag| !flag.hidden)
        .map(|flag| flag_usage(flag, flag.default, limit))
        .collect()
}

/// One entry of `flagsUsages` (kubectl's `HelpFlagPrinter.PrintHelpFlag`), ending in a blank line.
fn flag_usage(flag: &FlagSpec, default: &str, limit: Option<usize>) -> String {
    let default = if flag.kind == FlagKind::String {
        format!("'{default}'")
    } else {
        default.to_string()
    };
    let names = match flag.shorthand {
        Some(shorthand) => format!("-{shorthand}, --{}", flag.name),
        None => format!("--{}", flag.name),
    };
    let mut usage = flag.usage.to_string();
    if let Some(deprecated) = flag.deprecated {
        usage.push_str(&format!(" (DEPRECATED: {deprecated})"));
    }
    let usage = match limit {
        Some(limit) => word_wrap(&usage, limit.saturating_sub(10)),
        None => usage,
    };
    let mut entry = format!("    {names}={default}:\n{usage}").replace('\n', "\n\t");
    entry.push_str("\n\n");
    entry
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
