//! The shell's commands besides `kubectl`: coreutils-like text tools over the virtual file
//! system, `sleep` on the simulated clock, `curl` through port-forwards, job control and
//! playground helpers (`help`, `kubens`, `kubectx`).
//!
//! Each builtin takes its expanded arguments and optional stdin and writes into an `Io`, with
//! the messages and exit codes of the GNU/bash tools it imitates.

use super::state::ShellState;
use crate::clock::SimTime;
use crate::cluster::network::{self, ConnectError};
use crate::kubectl::verbs::proxy;
use crate::kubectl::{Env, ForwardTarget, Io, Stream, Waiter};
use crate::vfs::{FsError, Vfs};

/// What running a builtin gave.
pub enum BuiltinOutcome {
    Done(i32),
    Wait(Box<dyn Waiter>),
    /// Not a builtin: the caller reports `command not found`.
    NotBuiltin,
    /// A filter asked for the terminal's input: what it wrote is void, and the shell runs it
    /// again on the lines the learner types (`cat > pod.yaml`, then Ctrl+D).
    ReadsTerminal,
    /// `read` from the terminal: it waits for one typed line (`IFS` as it was when it ran).
    ReadsLine(super::read_builtin::ReadRequest, String),
}

impl From<crate::kubectl::Outcome> for BuiltinOutcome {
    /// A program that ran to its end, or waits (`vi`, `less`, `watch`).
    fn from(outcome: crate::kubectl::Outcome) -> BuiltinOutcome {
        match outcome {
            crate::kubectl::Outcome::Done(status) => BuiltinOutcome::Done(status),
            crate::kubectl::Outcome::Wait(waiter) => BuiltinOutcome::Wait(waiter),
        }
    }
}

/// Everything a builtin can touch.
pub struct BuiltinContext<'a, 'e> {
    pub env: &'a mut Env<'e>,
    pub shell: &'a mut ShellState,
    /// The terminal's width when the command's standard output is the terminal itself.
    pub stdout_terminal_columns: Option<usize>,
}

/// Names of every builtin (for completion and `help`).
/// `source`, `.`, `bash` and `sh` run scripts in the executor (`exec::Execution`).
pub const BUILTINS: &[&str] = &[
    ".",
    "[",
    "alias",
    "awk",
    "base64",
    "bash",
    "break",
    "cat",
    "cd",
    "clear",
    "command",
    "continue",
    "cp",
    "curl",
    "cut",
    "date",
    "declare",
    "diff",
    "echo",
    "env",
    "exit",
    "export",
    "false",
    "grep",
    "head",
    "help",
    "history",
    "hostname",
    "jobs",
    "kill",
    "kubectx",
    "kubens",
    "less",
    "local",
    "ls",
    "mapfile",
    "mkdir",
    "more",
    "mv",
    "nano",
    "printf",
    "pwd",
    "read",
    "readarray",
    "readonly",
    "return",
    "rev",
    "rm",
    "rmdir",
    "sed",
    "seq",
    "set",
    "sh",
    "shift",
    "sleep",
    "sort",
    "source",
    "tac",
    "tail",
    "tee",
    "test",
    "touch",
    "tr",
    "true",
    "type",
    "typeset",
    "unalias",
    "uniq",
    "unset",
    "vi",
    "vim",
    "watch",
    "wc",
    "which",
    "whoami",
    "xargs",
];

/// A builtin's standard input: text (a pipe, a file, a here-document), none (a script with no
/// terminal), or the terminal, whose lines the learner has not typed yet. A filter that reads
/// the terminal is noted, and the shell runs it again with the lines typed up to Ctrl+D.
pub struct Stdin<'a> {
    text: Option<&'a str>,
    terminal: bool,
    read_terminal: std::cell::Cell<bool>,
    /// How many bytes of `text` the command read (all, once it asked for the input).
    consumed: std::cell::Cell<usize>,
}

impl<'a> Stdin<'a> {
    /// Text, or nothing (`None`: end of file at once).
    pub fn text(text: Option<&'a str>) -> Stdin<'a> {
        Stdin {
            text,
            terminal: false,
            read_terminal: std::cell::Cell::new(false),
            consumed: std::cell::Cell::new(0),
        }
    }

    /// The terminal the learner types in.
    pub fn terminal() -> Stdin<'a> {
        Stdin {
            text: None,
            terminal: true,
            read_terminal: std::cell::Cell::new(false),
            consumed: std::cell::Cell::new(0),
        }
    }

    /// All of the input (the terminal's: nothing yet, and the reading is noted).
    pub fn read(&self) -> &'a str {
        if self.terminal {
            self.read_terminal.set(true);
        }
        let text = self.text.unwrap_or("");
        self.consumed.set(text.len());
        text
    }

    /// Notes that the command read only the first `bytes` of the input (`read`: one line).
    fn read_only(&self, bytes: usize) {
        self.consumed.set(bytes);
    }

    /// How many bytes of the input the command read.
    pub fn consumed(&self) -> usize {
        self.consumed.get()
    }

    /// Whether the command read the terminal.
    pub fn read_the_terminal(&self) -> bool {
        self.read_terminal.get()
    }

    /// Whether the input is the terminal.
    pub fn is_terminal(&self) -> bool {
        self.terminal
    }
}

/// The builtins that read their standard input (text filters), run on `fs` alone; `None` for
/// any other name.
pub fn run_filter(
    name: &str,
    args: &[&str],
    stdin: &Stdin<'_>,
    io: &mut Io,
    fs: &mut Vfs,
) -> Option<i32> {
    Some(match name {
        "cat" => cat(args, stdin, io, fs),
        "base64" => super::base64::base64(args, stdin, io, fs),
        "tee" => tee(args, stdin, io, fs),
        "head" | "tail" => head_tail(name, args, stdin, io, fs),
        "grep" => super::grep::grep(args, stdin, io, fs),
        "sort" => super::sort_uniq::sort(args, stdin, io, fs),
        "uniq" => super::sort_uniq::uniq(args, stdin, io, fs),
        "cut" => cut(args, stdin, io, fs),
        "tr" => tr(args, stdin, io),
        "tac" | "rev" => tac_rev(name, args, stdin, io, fs),
        "wc" => wc(args, stdin, io, fs),
        "diff" => diff(args, stdin, io, fs),
        "sed" => super::sed::sed(args, stdin, io, fs),
        "awk" => super::awk::awk(args, stdin, io, fs),
        _ => return None,
    })
}

/// Runs `argv[0]` if it is a builtin.
pub fn run(
    argv: &[String],
    stdin: &Stdin<'_>,
    io: &mut Io,
    ctx: &mut BuiltinContext<'_, '_>,
) -> BuiltinOutcome {
    let Some(name) = argv.first() else {
        return BuiltinOutcome::Done(0);
    };
    let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
    if let Some(status) = run_filter(name, &args, stdin, io, ctx.env.fs) {
        // A filter that wanted the terminal's lines runs again once they are typed.
        if stdin.read_the_terminal() {
            return BuiltinOutcome::ReadsTerminal;
        }
        return BuiltinOutcome::Done(status);
    }
    let status = match name.as_str() {
        "true" | ":" => 0,
        "false" => 1,
        "echo" => echo(&args, io),
        "printf" => printf(&args, io, ctx.shell),

        "ls" => ls(&args, io, ctx.env.fs, ctx.stdout_terminal_columns),
        "pwd" => {
            io.out(&format!("{}\n", ctx.env.fs.cwd()));
            0
        }
        "cd" => cd(&args, io, ctx.env.fs, ctx.shell),
        "mkdir" => mkdir(&args, io, ctx.env.fs),
        "rmdir" => rmdir(&args, io, ctx.env.fs),
        "rm" => rm(&args, io, ctx.env.fs),
        "touch" => touch(&args, io, ctx.env.fs),
        "cp" | "mv" => copy_or_move(name, &args, io, ctx.env.fs),
        "sleep" => return sleep(&args, io, ctx),
        "watch" => {
            let columns = ctx.stdout_terminal_columns;
            return super::watch::watch(&args, columns, ctx.env, io).into();
        }
        "less" | "more" => {
            let to_terminal = ctx.stdout_terminal_columns.is_some();
            return super::editor::page(name, &args, stdin, to_terminal, ctx.env.fs, io).into();
        }
        "vi" | "vim" | "nano" => return super::editor::open(name, &args, ctx.env.fs, io).into(),
        "curl" => curl(&args, io, ctx),
        "date" => {
            io.out(&format!("{}\n", go_date(ctx.env.cluster.now())));
            0
        }
        "hostname" => {
            io.out("kubeplay\n");
            0
        }
        "whoami" => {
            io.out("learner\n");
            0
        }
        "env" => {
            for (key, value) in &ctx.shell.vars {
                if ctx.shell.exported.contains(key) {
                    io.out(&format!("{key}={value}\n"));
                }
            }
            0
        }
        "export" => export(&args, io, ctx.shell),
        "set" => super::set_builtin::set(&args, io, ctx.shell),
        "read" => {
            use super::read_builtin;
            let request = match read_builtin::parse(&args, io) {
                Ok(request) => request,
                Err(status) => return BuiltinOutcome::Done(status),
            };
            if stdin.is_terminal() {
                let ifs = read_builtin::ifs(ctx.shell);
                return BuiltinOutcome::ReadsLine(request, ifs);
            }
            let (status, consumed) = read_builtin::read_text(&request, stdin.read(), ctx.shell, io);
            stdin.read_only(consumed);
            status
        }
        "unset" => super::arrays::unset(&args, io, ctx.shell),
        "declare" | "typeset" => super::arrays::declare(name, &args, io, ctx.shell),
        "readonly" => super::arrays::readonly(&args, io, ctx.shell),
        "mapfile" | "readarray" => {
            if stdin.is_terminal() {
                io.err(&format!(
                    "bash: {name}: the playground's {name} reads a pipe, a file or a here-string, not the terminal\n"
                ));
                return BuiltinOutcome::Done(1);
            }
            let (status, consumed) =
                super::arrays::mapfile(name, &args, stdin.read(), io, ctx.shell);
            stdin.read_only(consumed);
            status
        }
        "alias" => alias(&args, io, ctx.shell),
        "unalias" => unalias(&args, io, ctx.shell),
        "history" if args.first() == Some(&"-c") => {
            ctx.shell.history.clear();
            0
        }
        "history" => {
            let entries = &ctx.shell.history;
            let count = args
                .first()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(entries.len());
            let start = entries.len().saturating_sub(count);
            for (index, entry) in entries.iter().enumerate().skip(start) {
                io.out(&format!("{:>5}  {entry}\n", index + 1));
            }
            0
        }
        "clear" => {
            ctx.shell.clear_requested = true;
            0
        }
        "exit" => exit(&args, io, ctx.shell),
        "return" => return_builtin(&args, io, ctx.shell),
        "local" => local(&args, io, ctx.shell),
        "shift" => shift(&args, io, ctx.shell),
        "break" | "continue" => loop_control(name, &args, io, ctx.shell),
        "test" | "[" => {
            let (status, error) = super::test_builtin::run(name, &args, ctx.env.fs);
            if let Some(error) = error {
                io.err(&error);
            }
            status
        }
        "seq" => seq(&args, io),
        "help" => {
            io.out(HELP);
            0
        }
        "type" | "which" | "command" => type_of(name, &args, io, ctx.shell),
        "jobs" => jobs(io, ctx.shell),
        "kill" => kill(&args, io, ctx),
        "kubens" => kubens(&args, io, ctx),
        "kubectx" => kubectx(&args, io, ctx),
        _ => return BuiltinOutcome::NotBuiltin,
    };
    BuiltinOutcome::Done(status)
}

const HELP: &str = "kubeplay: a simulated Kubernetes v1.37 cluster in your browser.

  kubectl ...          real kubectl: get, describe, create, apply, edit, delete, label,
                       annotate, logs, port-forward, exec, run, explain, config, wait, events,
                       patch, replace, scale, rollout, expose, diff, top, auth, proxy, ...
                       (a command the playground lacks says so)
  vi FILE, nano FILE   edit a file in the editor (kubectl edit opens it too)
  less FILE, ... | less  read a long text (q closes it)
  watch kubectl ...    run a kubectl command every 2 seconds (Ctrl+C or q ends it)
  kubens [NAME]        show or switch the current namespace
  kubectx [NAME]       show or switch the current context
  sleep N              let N seconds of simulated time pass
  curl URL             fetch from a local port (port-forward, kubectl proxy)
  ls cat cp mv rm mkdir touch echo printf grep head tail sort uniq wc sed awk tee cut
                       tr tac rev work on the playground's own files (kubia-manual.yaml, ...)
  cat <<EOF > pod.yaml here-documents, pipes |, redirections > >> 2>&1, && || ; and &
  for/while/until/if/case  loops and conditionals (for i in 1 2 3; do kubectl ...; done),
                       with [[ ... ]], [ ... ] / test, seq, $((i + 1)) and kubia-{1..3}
  bash FILE, source FILE  run a script (bash -c '...' too); set -e -u -x -o pipefail; read
  jobs, kill %N        background jobs (e.g. kubectl port-forward ... &)
  alias k=kubectl      aliases and variables ($HOME, export NS=...)
  history, clear       your command history; clear the screen (Ctrl+L)
  exit                 leave the terminal program (in the browser the session goes on)

Keys: Tab completes, Up/Down browse history, Ctrl+R searches it, Ctrl+C interrupts.
";

/// GNU `seq [FIRST [INCREMENT]] LAST` for integers.
/// GNU `seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST`: integers, or decimals printed with the
/// most fraction digits of FIRST and INCREMENT; `-w` pads with zeros to one width.
fn seq(args: &[&str], io: &mut Io) -> i32 {
    let mut separator = "\n".to_string();
    let mut equal_width = false;
    let mut operands: Vec<&str> = Vec::new();
    let mut index = 0;
    while let Some(&arg) = args.get(index) {
        index += 1;
        let is_number = arg.parse::<f64>().is_ok();
        if !arg.starts_with('-') || arg == "-" || is_number || !operands.is_empty() {
            operands.push(arg);
            continue;
        }
        if arg == "-w" || arg == "--equal-width" {
            equal_width = true;
        } else if let Some(value) = arg.strip_prefix("--separator=") {
            separator = value.to_string();
        } else if let Some(value) = arg.strip_prefix("-s") {
            if !value.is_empty() {
                separator = value.to_string();
            } else if let Some(next) = args.get(index) {
                separator = next.to_string();
                index += 1;
            } else {
                io.err("seq: option requires an argument -- 's'\nTry 'seq --help' for more information.\n");
                return 1;
            }
        } else {
            let letter = arg.chars().nth(1).unwrap_or('-');
            io.err(&format!(
                "seq: invalid option -- '{letter}'\nTry 'seq --help' for more information.\n"
            ));
            return 1;
        }
    }
    let mut numbers = Vec::new();
    for arg in &operands {
        match arg.trim().parse::<f64>() {
            Ok(number) if number.is_finite() => numbers.push(number),
            _ => {
                io.err(&format!(
                    "seq: invalid floating point argument: '{arg}'\nTry 'seq --help' for more information.\n"
                ));
                return 1;
            }
        }
    }
    let (first, step, last) = match numbers.as_slice() {
        [last] => (1.0, 1.0, *last),
        [first, last] => (*first, 1.0, *last),
        [first, step, last] => (*first, *step, *last),
        [] => {
            io.err("seq: missing operand\nTry 'seq --help' for more information.\n");
            return 1;
        }
        [_, _, _, ..] => {
            io.err(&format!(
                "seq: extra operand '{}'\nTry 'seq --help' for more information.\n",
                operands[3]
            ));
            return 1;
        }
    };
    if step == 0.0 {
        io.err(&format!(
            "seq: invalid Zero increment value: '{}'\nTry 'seq --help' for more information.\n",
            operands.get(1).unwrap_or(&"0")
        ));
        return 1;
    }
    // Rust's formatter refuses (panics on) a precision above 65,535.
    let decimals = |text: &str| {
        text.split_once('.')
            .map(|(_, f)| f.len().min(u16::MAX as usize))
            .unwrap_or(0)
    };
    let precision = match operands.len() {
        1 => 0,
        2 => decimals(operands[0]),
        _ => decimals(operands[0]).max(decimals(operands[1])),
    };
    let format_value = |value: f64| format!("{value:.precision$}");
    let width = if equal_width {
        format_value(first).len().max(format_value(last).len())
    } else {
        0
    };
    let mut values = Vec::new();
    let mut n = 0u64;
    let mut total = 0usize;
    loop {
        let value = first + step * n as f64;
        if (step > 0.0 && value > last + 1e-9) || (step < 0.0 && value < last - 1e-9) {
            break;
        }
        let mut text = format_value(value);
        if text.len() < width {
            let negative = text.starts_with('-');
            let digits = text.trim_start_matches('-');
            text = format!(
                "{}{}{digits}",
                if negative { "-" } else { "" },
                "0".repeat(width - text.len())
            );
        }
        total += text.len() + separator.len();
        values.push(text);
        n += 1;
        // Bounded like any output the shell keeps.
        if total > 1 << 20 {
            break;
        }
    }
    if !values.is_empty() {
        io.out(&format!("{}\n", values.join(&separator)));
    }
    0
}

/// bash's `break [N]` and `continue [N]`: leave (or go on with) the Nth enclosing loop.
fn loop_control(name: &str, args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let levels = match args {
        [] => 1,
        [number] => match number.trim().parse::<i64>() {
            Ok(levels) if levels >= 1 => usize::try_from(levels).unwrap_or(usize::MAX),
            Ok(_) => {
                io.err(&format!(
                    "bash: {name}: {number}: loop count out of range\n"
                ));
                1
            }
            Err(_) => {
                io.err(&format!(
                    "bash: {name}: {number}: numeric argument required\n"
                ));
                1
            }
        },
        _ => {
            io.err(&format!("bash: {name}: too many arguments\n"));
            return 1;
        }
    };
    if shell.loop_depth == 0 {
        io.err(&format!(
            "bash: {name}: only meaningful in a `for', `while', or `until' loop\n"
        ));
        return 0;
    }
    shell.loop_control = Some(if name == "break" {
        super::state::LoopControl::Break(levels)
    } else {
        super::state::LoopControl::Continue(levels)
    });
    0
}

/// bash's `exit [N]`: the status is N modulo 256, or `$?` without N.
fn exit(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let status = match args {
        [] => shell.last_status,
        [number] => match number.trim().parse::<i64>() {
            Ok(number) => (number & 0xff) as i32,
            Err(_) => {
                io.err(&format!(
                    "bash: exit: {number}: numeric argument required\n"
                ));
                2
            }
        },
        _ => {
            io.err("bash: exit: too many arguments\n");
            return 1;
        }
    };
    shell.exit_requested = Some(status);
    status
}

/// `return [N]`: ends the running function or sourced file (status N, else the last
/// command's).
fn return_builtin(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    if shell.function_locals.is_empty() && shell.script_depth == 0 {
        io.err("bash: return: can only `return' from a function or sourced script\n");
        return 1;
    }
    let status = match args {
        [] => shell.last_status,
        [number, ..] => match number.trim().parse::<i64>() {
            Ok(number) => (number & 0xff) as i32,
            Err(_) => {
                io.err(&format!(
                    "bash: return: {number}: numeric argument required\n"
                ));
                2
            }
        },
    };
    if args.len() > 1 {
        io.err("bash: return: too many arguments\n");
        return 1;
    }
    shell.return_requested = Some(status);
    status
}

/// `shift [N]`: drops the first N positional parameters (1 by default); more than there are
/// drops none and fails quietly, as bash does without `shopt -s shift_verbose`.
fn shift(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let count = match args {
        [] => 1,
        [number] => match number.trim().parse::<i64>() {
            Ok(count) if count < 0 => {
                io.err(&format!(
                    "bash: shift: {number}: shift count out of range\n"
                ));
                return 1;
            }
            Ok(count) => usize::try_from(count).unwrap_or(usize::MAX),
            Err(_) => {
                io.err(&format!(
                    "bash: shift: {number}: numeric argument required\n"
                ));
                return 1;
            }
        },
        _ => {
            io.err("bash: shift: too many arguments\n");
            return 1;
        }
    };
    let args = &mut shell.positional.args;
    if count > args.len() {
        return 1;
    }
    args.drain(..count);
    0
}

/// `local NAME[=VALUE]…`: variables whose values come back when the function returns.
fn local(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    if shell.function_locals.is_empty() {
        io.err("bash: local: can only be used in a function\n");
        return 1;
    }
    let mut status = 0;
    let (mut array, mut readonly, mut export, mut assoc) = (false, false, false, false);
    let mut index = 0;
    while let Some(letters) = args
        .get(index)
        .and_then(|arg| arg.strip_prefix('-'))
        .filter(|letters| !letters.is_empty())
    {
        index += 1;
        for letter in letters.chars() {
            match letter {
                'a' => array = true,
                'r' => readonly = true,
                'x' => export = true,
                'A' => assoc = true,
                other => {
                    io.err(&format!(
                        "bash: local: -{other}: this attribute is not supported by this shell\n"
                    ));
                    return 1;
                }
            }
        }
    }
    for arg in args.get(index..).unwrap_or_default() {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (*arg, None),
        };
        if !super::syntax::is_valid_name(name) {
            io.err(&format!("bash: local: `{arg}': not a valid identifier\n"));
            status = 1;
            continue;
        }
        if shell.has_attribute(name, super::state::READONLY) {
            io.err(&format!("bash: local: {name}: readonly variable\n"));
            status = 1;
            continue;
        }
        shell.make_local(name);
        shell.unset_var(name);
        if array {
            shell.set_array(name, super::state::Array::new());
        }
        if assoc {
            shell.set_assoc(name, super::assoc::Assoc::default());
        }
        match value {
            Some(value) => shell.set_var(name, value.to_string()),
            None => shell.set_attribute(name, super::state::DECLARED, true),
        }
        if export {
            shell.set_exported(name, true);
        }
        shell.set_attribute(name, super::state::READONLY, readonly);
    }
    status
}

/// GNU `diff [-u] [-q] FILE1 FILE2` (`-` for standard input): `line_diff`'s normal or unified
/// output, exit 1 when the files differ and 2 for trouble. Every file was last changed when
/// the session started, as `ls -l` shows it.
fn diff(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    const TRY: &str = "diff: Try 'diff --help' for more information.\n";
    let (mut unified, mut brief) = (false, false);
    let mut files = Vec::new();
    for arg in args {
        match *arg {
            "-u" | "--unified" => unified = true,
            "-q" | "--brief" => brief = true,
            option if option.len() > 1 && option.starts_with('-') => {
                let letter = option.chars().nth(1).unwrap_or('-');
                io.err(&format!("diff: invalid option -- '{letter}'\n{TRY}"));
                return 2;
            }
            file => files.push(file),
        }
    }
    let [old, new] = files.as_slice() else {
        match files.get(2) {
            Some(extra) => io.err(&format!("diff: extra operand '{extra}'\n{TRY}")),
            None => io.err(&format!(
                "diff: missing operand after '{}'\n{TRY}",
                files.first().unwrap_or(&"diff")
            )),
        }
        return 2;
    };
    let read = |path: &str, io: &mut Io| match path {
        "-" => Some(stdin.read().to_string()),
        _ => match fs.read(path) {
            Ok(text) => Some(text.to_string()),
            Err(error) => {
                io.err(&fs_error("diff", path, &error));
                None
            }
        },
    };
    let (Some(old_text), Some(new_text)) = (read(old, io), read(new, io)) else {
        return 2;
    };
    if old_text == new_text {
        return 0;
    }
    if brief {
        io.out(&format!("Files {old} and {new} differ\n"));
        return 1;
    }
    let output = if unified {
        let stamp = SimTime::PLAYGROUND_START.strftime("%Y-%m-%d %H:%M:%S.%N %z");
        crate::line_diff::unified(&old_text, &new_text)
            .map(|hunks| format!("--- {old}\t{stamp}\n+++ {new}\t{stamp}\n{hunks}"))
    } else {
        crate::line_diff::normal(&old_text, &new_text)
    };
    io.out(&output.unwrap_or_default());
    1
}

pub(super) fn fs_error(command: &str, path: &str, error: &FsError) -> String {
    format!("{command}: {path}: {error}\n")
}

fn echo(args: &[&str], io: &mut Io) -> i32 {
    let mut newline = true;
    let mut interpret = false;
    let mut rest = args;
    while let Some(first) = rest.first() {
        if first.len() > 1
            && first.starts_with('-')
            && first.chars().skip(1).all(|c| matches!(c, 'n' | 'e' | 'E'))
        {
            for c in first.chars().skip(1) {
                match c {
                    'n' => newline = false,
                    'e' => interpret = true,
                    _ => interpret = false,
                }
            }
            rest = rest.get(1..).unwrap_or(&[]);
        } else {
            break;
        }
    }
    let mut text = rest.join(" ");
    if interpret {
        let (expanded, stopped) = super::printf::expand_backslashes(&text);
        text = expanded;
        newline &= !stopped;
    }
    if newline {
        text.push('\n');
    }
    io.out(&text);
    0
}

/// bash's `printf` (`shell::printf`); `-v NAME` stores the output instead of printing it.
fn printf(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let printed = super::printf::printf(args);
    match &printed.variable {
        Some(name) => {
            shell.set_var(name, printed.io.text(Stream::Stdout));
            io.err(&printed.io.text(Stream::Stderr));
        }
        None => io.append(printed.io),
    }
    printed.status
}

pub(super) fn read_inputs(
    command: &str,
    files: &[&str],
    stdin: &Stdin<'_>,
    io: &mut Io,
    fs: &Vfs,
) -> (String, i32) {
    if files.is_empty() || files == ["-"] {
        return (stdin.read().to_string(), 0);
    }
    let mut text = String::new();
    let mut status = 0;
    for file in files {
        if *file == "-" {
            text.push_str(stdin.read());
            continue;
        }
        match fs.read(file) {
            Ok(content) => text.push_str(content),
            Err(error) => {
                io.err(&fs_error(command, file, &error));
                status = 1;
            }
        }
    }
    (text, status)
}

/// Whether a short option letter is among the arguments (`-n`, `-bn`).
fn short_flag(args: &[&str], letter: char) -> bool {
    args.iter()
        .any(|a| a.starts_with('-') && !a.starts_with("--") && a.len() > 1 && a.contains(letter))
}

/// The file operands: everything but options (`-` is standard input).
fn operands<'a>(args: &[&'a str]) -> Vec<&'a str> {
    args.iter()
        .copied()
        .filter(|a| !a.starts_with('-') || *a == "-")
        .collect()
}

fn cat(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let number = short_flag(args, 'n');
    let (text, status) = read_inputs("cat", &operands(args), stdin, io, fs);
    if number {
        // GNU `cat -n`: the line number right-aligned in 6 columns, then a tab.
        for (index, line) in text.split_inclusive('\n').enumerate() {
            io.out(&format!("{:>6}\t{line}", index + 1));
        }
    } else {
        io.out(&text);
    }
    status
}

/// GNU `ls` in the C locale: one name a line into a pipe, columns on a terminal of
/// `terminal_columns` (`-1` and `-l` one a line there too); `-l`, `-a`, `-A`, `-d`, `-1`,
/// `-C`, `-h`, `-r`, `-t` (every file has the same time: by name), `--color` (nothing to
/// colour).
/// Errors first, then the file operands, then each directory under its name (when there are
/// several operands). Files have no times in the playground: they all show when it started.
fn ls(args: &[&str], io: &mut Io, fs: &Vfs, terminal_columns: Option<usize>) -> i32 {
    let mut columns = terminal_columns;
    let mut long = false;
    let mut all = false;
    let mut almost_all = false;
    let mut directory = false;
    let mut human = false;
    let mut reverse = false;
    let mut operands: Vec<&str> = Vec::new();
    let mut options_done = false;
    for arg in args {
        if options_done || !arg.starts_with('-') || *arg == "-" {
            operands.push(arg);
            continue;
        }
        if *arg == "--" {
            options_done = true;
            continue;
        }
        let long_option = match *arg {
            "--all" => Some('a'),
            "--almost-all" => Some('A'),
            "--directory" => Some('d'),
            "--human-readable" => Some('h'),
            "--reverse" => Some('r'),
            "--color" | "--color=auto" | "--color=never" | "--color=always" => Some('1'),
            _ if arg.starts_with("--") => {
                io.err(&format!(
                    "ls: unrecognized option '{arg}'\nTry 'ls --help' for more information.\n"
                ));
                return 2;
            }
            _ => None,
        };
        let letters: Vec<char> = match long_option {
            Some(letter) => vec![letter],
            None => arg.chars().skip(1).collect(),
        };
        for letter in letters {
            match letter {
                'l' => long = true,
                'a' => all = true,
                'A' => almost_all = true,
                'd' => directory = true,
                'h' => human = true,
                'r' => reverse = true,
                '1' => columns = None,
                'C' => columns = Some(terminal_columns.unwrap_or(80)),
                't' => {}
                other => {
                    io.err(&format!(
                        "ls: invalid option -- '{other}'\nTry 'ls --help' for more information.\n"
                    ));
                    return 2;
                }
            }
        }
    }
    let explicit = !operands.is_empty();
    if !explicit {
        operands.push(".");
    }
    let mut status = 0;
    let mut files: Vec<(String, ListedEntry)> = Vec::new();
    let mut directories: Vec<&str> = Vec::new();
    for operand in &operands {
        match fs.entry(operand) {
            None => {
                io.err(&format!(
                    "ls: cannot access '{operand}': No such file or directory\n"
                ));
                status = 2;
            }
            Some(crate::vfs::Entry::File(content)) => {
                files.push((operand.to_string(), ListedEntry::File(content.len())))
            }
            Some(crate::vfs::Entry::Directory) if directory => files.push((
                operand.to_string(),
                ListedEntry::Directory(fs, fs.resolve(operand)),
            )),
            Some(crate::vfs::Entry::Directory) => directories.push(operand),
        }
    }
    crate::sort::sort_by(&mut files, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    crate::sort::sort_by(&mut directories, |a, b| a.as_bytes().cmp(b.as_bytes()));
    if reverse {
        files.reverse();
        directories.reverse();
    }
    let style = ListingStyle {
        long,
        human,
        columns: columns.filter(|_| !long),
    };
    let mut text = String::new();
    write_listing(&mut text, &files, style, false);
    let headed = operands.len() > 1;
    for (index, operand) in directories.iter().enumerate() {
        if !files.is_empty() || index > 0 {
            text.push('\n');
        }
        if headed {
            text.push_str(&format!("{operand}:\n"));
        }
        let absolute = fs.resolve(operand);
        let mut entries: Vec<(String, ListedEntry)> = Vec::new();
        if all {
            entries.push((
                ".".to_string(),
                ListedEntry::Directory(fs, absolute.clone()),
            ));
            let parent = match absolute.rsplit_once('/') {
                Some(("", _)) | None => "/".to_string(),
                Some((parent, _)) => parent.to_string(),
            };
            entries.push(("..".to_string(), ListedEntry::Directory(fs, parent)));
        }
        for (name, is_dir) in fs.list(operand).unwrap_or_default() {
            if name.starts_with('.') && !all && !almost_all {
                continue;
            }
            let path = format!("{}/{name}", absolute.trim_end_matches('/'));
            let entry = if is_dir {
                ListedEntry::Directory(fs, path)
            } else {
                ListedEntry::File(fs.read(&path).map(str::len).unwrap_or(0))
            };
            entries.push((name, entry));
        }
        if reverse {
            entries.reverse();
        }
        write_listing(&mut text, &entries, style, true);
    }
    io.out(&text);
    status
}

/// A name `ls` lists: a file and its size, or a directory (its link count is two plus its
/// subdirectories).
enum ListedEntry<'fs> {
    File(usize),
    Directory(&'fs Vfs, String),
}

impl ListedEntry<'_> {
    fn is_dir(&self) -> bool {
        matches!(self, ListedEntry::Directory(..))
    }

    fn size(&self) -> usize {
        match self {
            ListedEntry::File(size) => *size,
            ListedEntry::Directory(..) => 4096,
        }
    }

    /// 1 KiB blocks on a 4 KiB-block file system (`total`).
    fn blocks(&self) -> usize {
        self.size().div_ceil(4096) * 4
    }

    fn links(&self) -> usize {
        match self {
            ListedEntry::File(_) => 1,
            ListedEntry::Directory(fs, path) => {
                2 + fs
                    .list(path)
                    .map(|entries| entries.iter().filter(|(_, is_dir)| *is_dir).count())
                    .unwrap_or(0)
            }
        }
    }
}

/// How `ls` prints: names one a line, names in columns across a terminal this wide, or
/// `-l`'s columns (`-h`: sizes as 4.0K).
#[derive(Debug, Clone, Copy)]
struct ListingStyle {
    long: bool,
    human: bool,
    columns: Option<usize>,
}

/// GNU ls's `-C` layout (`calculate_columns`, `print_many_per_line`): as many columns as fit
/// in `width`, filled top to bottom, each as wide as its longest name plus two, the gaps
/// written with tabs to 8-column stops and spaces.
fn write_columns(text: &mut String, names: &[&str], width: usize) {
    const MIN_COLUMN_WIDTH: usize = 3;
    let count = names.len();
    if count == 0 {
        return;
    }
    let lengths: Vec<usize> = names
        .iter()
        .map(|name| crate::line_editor::display_width(name))
        .collect();
    let max_columns = width.div_ceil(MIN_COLUMN_WIDTH).max(1).min(count);
    // For each candidate number of columns: each column's width and the line's.
    let mut layouts: Vec<(bool, usize, Vec<usize>)> = (0..max_columns)
        .map(|i| {
            (
                true,
                (i + 1) * MIN_COLUMN_WIDTH,
                vec![MIN_COLUMN_WIDTH; i + 1],
            )
        })
        .collect();
    for (index, length) in lengths.iter().enumerate() {
        for (i, (valid, line, widths)) in layouts.iter_mut().enumerate() {
            if !*valid {
                continue;
            }
            let column = index / count.div_ceil(i + 1);
            let real = length + if column == i { 0 } else { 2 };
            if let Some(slot) = widths.get_mut(column) {
                if *slot < real {
                    *line += real - *slot;
                    *slot = real;
                    *valid = *line < width;
                }
            }
        }
    }
    let columns = (1..=max_columns)
        .rev()
        .find(|cols| *cols == 1 || layouts[cols - 1].0)
        .unwrap_or(1);
    let widths = &layouts[columns - 1].2;
    let rows = count.div_ceil(columns);
    for row in 0..rows {
        let mut position = 0;
        let mut index = row;
        let mut column = 0;
        loop {
            text.push_str(names[index]);
            let end = position + lengths[index];
            let next = position + widths.get(column).copied().unwrap_or(0);
            column += 1;
            index += rows;
            if index >= count {
                break;
            }
            let mut at = end;
            while at < next {
                if next / 8 > (at + 1) / 8 {
                    text.push('\t');
                    at += 8 - at % 8;
                } else {
                    text.push(' ');
                    at += 1;
                }
            }
            position = next;
        }
        text.push('\n');
    }
}

/// GNU's `-h` sizes: bytes below 1024, else one decimal under 10 (rounded up) and whole
/// units above, with K, M, G.
fn human_size(bytes: usize) -> String {
    let mut value = bytes as f64;
    let mut unit = "";
    for next in ["K", "M", "G", "T"] {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = next;
    }
    if unit.is_empty() {
        return bytes.to_string();
    }
    if value < 10.0 {
        let tenths = (value * 10.0).ceil() / 10.0;
        if tenths < 10.0 {
            return format!("{tenths:.1}{unit}");
        }
    }
    format!("{}{unit}", value.ceil() as u64)
}

/// Names one a line, or `-l`'s columns (widths from the widest value, sizes right-aligned).
fn write_listing(
    text: &mut String,
    entries: &[(String, ListedEntry<'_>)],
    style: ListingStyle,
    total: bool,
) {
    if let Some(width) = style.columns {
        let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
        write_columns(text, &names, width);
        return;
    }
    if !style.long {
        for (name, _) in entries {
            text.push_str(name);
            text.push('\n');
        }
        return;
    }
    let size = |entry: &ListedEntry<'_>| {
        if style.human {
            human_size(entry.size())
        } else {
            entry.size().to_string()
        }
    };
    if total {
        let blocks: usize = entries.iter().map(|(_, entry)| entry.blocks()).sum();
        let blocks = if style.human {
            human_size(blocks * 1024)
        } else {
            blocks.to_string()
        };
        text.push_str(&format!("total {blocks}\n"));
    }
    let links_width = entries
        .iter()
        .map(|(_, entry)| entry.links().to_string().len())
        .max()
        .unwrap_or(1);
    let size_width = entries
        .iter()
        .map(|(_, entry)| size(entry).len())
        .max()
        .unwrap_or(1);
    for (name, entry) in entries {
        let mode = if entry.is_dir() {
            "drwxr-xr-x"
        } else {
            "-rw-r--r--"
        };
        text.push_str(&format!(
            "{mode} {:>links_width$} learner learner {:>size_width$} Nov 27 09:00 {name}\n",
            entry.links(),
            size(entry)
        ));
    }
}

/// `cd [DIR]`, `cd -` (back to `$OLDPWD`, printing it); sets `OLDPWD`.
fn cd(args: &[&str], io: &mut Io, fs: &mut Vfs, shell: &mut ShellState) -> i32 {
    let args: Vec<&str> = args.iter().copied().skip_while(|a| *a == "--").collect();
    if args.len() > 1 {
        io.err("bash: cd: too many arguments\n");
        return 1;
    }
    let previous = fs.cwd().to_string();
    let target = match args.first().copied() {
        None => crate::vfs::HOME.to_string(),
        Some("-") => match shell.vars.get("OLDPWD") {
            Some(old) => old.clone(),
            None => {
                io.err("bash: cd: OLDPWD not set\n");
                return 1;
            }
        },
        Some(target) => target.to_string(),
    };
    match fs.change_dir(&target) {
        Ok(()) => {
            if args.first() == Some(&"-") {
                io.out(&format!("{}\n", fs.cwd()));
            }
            shell.set_var("OLDPWD", previous);
            0
        }
        Err(error) => {
            io.err(&format!("bash: cd: {target}: {error}\n"));
            1
        }
    }
}

fn mkdir(args: &[&str], io: &mut Io, fs: &mut Vfs) -> i32 {
    let parents = args.contains(&"-p");
    if args.iter().all(|a| a.starts_with('-')) {
        io.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
        return 1;
    }
    let mut status = 0;
    for path in args.iter().filter(|a| !a.starts_with('-')) {
        if let Err(error) = fs.mkdir(path, parents) {
            io.err(&format!(
                "mkdir: cannot create directory '{path}': {error}\n"
            ));
            status = 1;
        }
    }
    status
}

/// `rmdir DIR…`: only empty directories.
fn rmdir(args: &[&str], io: &mut Io, fs: &mut Vfs) -> i32 {
    let paths: Vec<&&str> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if paths.is_empty() {
        io.err("rmdir: missing operand\nTry 'rmdir --help' for more information.\n");
        return 1;
    }
    let mut status = 0;
    for path in paths {
        let failure = match fs.entry(path) {
            None => Some(FsError::NotFound),
            Some(crate::vfs::Entry::File(_)) => Some(FsError::NotADirectory),
            Some(crate::vfs::Entry::Directory) => {
                if fs
                    .list(path)
                    .map(|entries| entries.is_empty())
                    .unwrap_or(false)
                {
                    fs.remove(path, true).err()
                } else {
                    Some(FsError::NotEmpty)
                }
            }
        };
        if let Some(error) = failure {
            io.err(&format!("rmdir: failed to remove '{path}': {error}\n"));
            status = 1;
        }
    }
    status
}

fn rm(args: &[&str], io: &mut Io, fs: &mut Vfs) -> i32 {
    let recursive = args
        .iter()
        .any(|a| a.starts_with('-') && (a.contains('r') || a.contains('R')));
    let force = args.iter().any(|a| a.starts_with('-') && a.contains('f'));
    let mut status = 0;
    let paths: Vec<&&str> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if paths.is_empty() && !force {
        io.err("rm: missing operand\nTry 'rm --help' for more information.\n");
        return 1;
    }
    for path in paths {
        // GNU's --preserve-root, on by default.
        if recursive && fs.resolve(path) == "/" {
            io.err(&format!("rm: it is dangerous to operate recursively on '{path}'\nrm: use --no-preserve-root to override this failsafe\n"));
            status = 1;
            continue;
        }
        match fs.remove(path, recursive) {
            Ok(()) => {}
            Err(FsError::NotFound) if force => {}
            Err(FsError::IsADirectory) => {
                io.err(&format!("rm: cannot remove '{path}': Is a directory\n"));
                status = 1;
            }
            Err(error) => {
                io.err(&format!("rm: cannot remove '{path}': {error}\n"));
                status = 1;
            }
        }
    }
    status
}

fn touch(args: &[&str], io: &mut Io, fs: &mut Vfs) -> i32 {
    if args.iter().all(|a| a.starts_with('-')) {
        io.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
        return 1;
    }
    let mut status = 0;
    for path in args.iter().filter(|a| !a.starts_with('-')) {
        if fs.exists(path) {
            continue;
        }
        if let Err(error) = fs.write(path, "") {
            io.err(&format!("touch: cannot touch '{path}': {error}\n"));
            status = 1;
        }
    }
    status
}

fn copy_or_move(command: &str, args: &[&str], io: &mut Io, fs: &mut Vfs) -> i32 {
    let paths: Vec<&str> = args
        .iter()
        .copied()
        .filter(|a| !a.starts_with('-'))
        .collect();
    let (Some(source), Some(target)) = (paths.first(), paths.get(1)) else {
        io.err(&format!(
            "{command}: missing file operand\nTry '{command} --help' for more information.\n"
        ));
        return 1;
    };
    let content = match fs.read(source) {
        Ok(content) => content.to_string(),
        Err(error) => {
            io.err(&format!("{command}: cannot stat '{source}': {error}\n"));
            return 1;
        }
    };
    let destination = if fs.is_dir(target) {
        format!(
            "{}/{}",
            target.trim_end_matches('/'),
            source.rsplit('/').next().unwrap_or(source)
        )
    } else {
        target.to_string()
    };
    if let Err(error) = fs.write(&destination, &content) {
        io.err(&format!(
            "{command}: cannot create regular file '{target}': {error}\n"
        ));
        return 1;
    }
    if command == "mv" {
        let _ = fs.remove(source, false);
    }
    0
}

fn tee(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &mut Vfs) -> i32 {
    let append = args.contains(&"-a");
    let text = stdin.read();
    let mut status = 0;
    for path in args.iter().filter(|a| !a.starts_with('-')) {
        let result = if append {
            fs.append(path, text)
        } else {
            fs.write(path, text)
        };
        if let Err(error) = result {
            io.err(&fs_error("tee", path, &error));
            status = 1;
        }
    }
    io.out(text);
    status
}

/// Splits text into lines keeping a missing final newline visible to the caller.
pub(super) fn lines_of(text: &str) -> Vec<&str> {
    let trimmed = text.strip_suffix('\n').unwrap_or(text);
    if trimmed.is_empty() && text.is_empty() {
        return Vec::new();
    }
    trimmed.split('\n').collect()
}

/// What `head`/`tail` keep: lines or bytes, counted from the start (`tail -n +N`, `head -n
/// N`) or from the end (`tail -n N`, `head -n -N`).
#[derive(Debug, Clone, Copy)]
struct Span {
    bytes: bool,
    /// `-z`: lines end with NUL.
    zero_terminated: bool,
    count: usize,
    /// `head`: all but the last `count`; `tail`: from the `count`th on.
    inverted: bool,
}

/// GNU `head` and `tail`: `-n N`, `-N`, `--lines=N`, `-c N`, `--bytes=N`, `head -n -N`, `tail -n
/// +N`, `-q`/`-v`, several files under `==> name <==` headers, and their error texts. `tail -f`
/// prints what is there (nothing grows while it would wait).
fn head_tail(command: &str, args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let head = command == "head";
    let mut zero_terminated = false;
    let mut span = Span {
        bytes: false,
        zero_terminated: false,
        count: 10,
        inverted: false,
    };
    let mut headers: Option<bool> = None;
    let mut files: Vec<&str> = Vec::new();
    let mut index = 0;
    let mut options_done = false;
    let usage = |io: &mut Io, message: String| {
        io.err(&format!(
            "{command}: {message}\nTry '{command} --help' for more information.\n"
        ));
        1
    };
    while let Some(arg) = args.get(index).copied() {
        index += 1;
        if options_done || arg == "-" || !arg.starts_with('-') {
            files.push(arg);
            continue;
        }
        if arg == "--" {
            options_done = true;
            continue;
        }
        // The value of -n/-c: glued, the next word, or after `=` for the long forms.
        let (bytes, value) = if let Some(value) = arg.strip_prefix("--lines=") {
            (false, Some(value.to_string()))
        } else if let Some(value) = arg.strip_prefix("--bytes=") {
            (true, Some(value.to_string()))
        } else if arg == "-n" || arg == "-c" || arg == "--lines" || arg == "--bytes" {
            let Some(value) = args.get(index) else {
                return usage(
                    io,
                    format!("option requires an argument -- '{}'", &arg[arg.len() - 1..]),
                );
            };
            index += 1;
            (
                arg.ends_with('c') || arg.ends_with('s'),
                Some(value.to_string()),
            )
        } else if let Some(value) = arg.strip_prefix("-n") {
            (false, Some(value.to_string()))
        } else if let Some(value) = arg.strip_prefix("-c") {
            (true, Some(value.to_string()))
        } else if arg[1..].chars().all(|c| c.is_ascii_digit()) {
            (false, Some(arg[1..].to_string()))
        } else {
            (false, None)
        };
        if let Some(value) = value {
            let (inverted, digits) = match value.chars().next() {
                Some('-') if head => (true, &value[1..]),
                Some('+') if !head => (true, &value[1..]),
                Some('-') | Some('+') => (false, &value[1..]),
                _ => (false, value.as_str()),
            };
            let Ok(count) = digits.parse::<usize>() else {
                let what = if bytes { "bytes" } else { "lines" };
                io.err(&format!("{command}: invalid number of {what}: '{value}'\n"));
                return 1;
            };
            span = Span {
                bytes,
                zero_terminated: false,
                count,
                inverted,
            };
            continue;
        }
        match arg {
            "-q" | "--quiet" | "--silent" => headers = Some(false),
            "-v" | "--verbose" => headers = Some(true),
            "-z" | "--zero-terminated" => zero_terminated = true,
            "-f" | "-F" | "--follow" if !head => {}
            _ if arg.starts_with("--") => {
                return usage(io, format!("unrecognized option '{arg}'"));
            }
            _ => {
                let letter = arg.chars().nth(1).unwrap_or('-');
                return usage(io, format!("invalid option -- '{letter}'"));
            }
        }
    }
    if files.is_empty() {
        files.push("-");
    }
    span.zero_terminated = zero_terminated;
    let show_headers = headers.unwrap_or(files.len() > 1);
    let mut status = 0;
    let mut first = true;
    for file in files {
        let (name, text) = if file == "-" {
            ("standard input", stdin.read())
        } else {
            match fs.read(file) {
                Ok(text) => (file, text),
                Err(error) => {
                    io.err(&format!(
                        "{command}: cannot open '{file}' for reading: {error}\n"
                    ));
                    status = 1;
                    continue;
                }
            }
        };
        if show_headers {
            let gap = if first { "" } else { "\n" };
            io.out(&format!("{gap}==> {name} <==\n"));
        }
        first = false;
        io.out(select_span(text, span, head));
    }
    status
}

/// The part of `text` that `head` or `tail` keeps.
fn select_span(text: &str, span: Span, head: bool) -> &str {
    // Byte offsets of each line's start (and the end).
    let cut = |at: usize| {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    if span.bytes {
        let len = text.len();
        return match (head, span.inverted) {
            (true, false) => &text[..cut(span.count)],
            (true, true) => &text[..cut(len.saturating_sub(span.count))],
            (false, false) => &text[cut(len.saturating_sub(span.count))..],
            (false, true) => &text[cut(span.count.saturating_sub(1))..],
        };
    }
    let end_of_line = if span.zero_terminated { '\0' } else { '\n' };
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices(end_of_line).map(|(at, _)| at + 1))
        .filter(|at| *at < text.len())
        .collect();
    let lines = starts.len();
    let line_start = |n: usize| starts.get(n).copied().unwrap_or(text.len());
    match (head, span.inverted) {
        (true, false) => &text[..line_start(span.count)],
        (true, true) => &text[..line_start(lines.saturating_sub(span.count))],
        (false, false) => &text[line_start(lines.saturating_sub(span.count))..],
        (false, true) => &text[line_start(span.count.saturating_sub(1))..],
    }
}

/// `cut -d DELIM -f LIST` / `cut -c LIST`: LIST is `N`, `N-M`, `N-`, `-M`, comma-separated.
fn cut(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let mut delimiter = '\t';
    let mut fields: Option<String> = None;
    let mut characters: Option<String> = None;
    let mut only_delimited = false;
    let mut files = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (flag, inline) = match arg.strip_prefix('-') {
            Some(rest) if !rest.is_empty() => rest.split_at(1),
            _ => {
                files.push(*arg);
                continue;
            }
        };
        let mut value = || {
            if inline.is_empty() {
                iter.next().map(|v| v.to_string())
            } else {
                Some(inline.to_string())
            }
        };
        match flag {
            "d" => {
                let Some(text) = value() else {
                    io.err("cut: option requires an argument -- 'd'\nTry 'cut --help' for more information.\n");
                    return 1;
                };
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => delimiter = c,
                    _ => {
                        io.err("cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n");
                        return 1;
                    }
                }
            }
            "f" => fields = value(),
            "c" | "b" => characters = value(),
            "s" => only_delimited = true,
            other => {
                io.err(&format!(
                    "cut: invalid option -- '{other}'\nTry 'cut --help' for more information.\n"
                ));
                return 1;
            }
        }
    }
    let (list, by_field) = match (&fields, &characters) {
        (Some(list), None) => (list.as_str(), true),
        (None, Some(list)) => (list.as_str(), false),
        (Some(_), Some(_)) => {
            io.err("cut: only one type of list may be specified\nTry 'cut --help' for more information.\n");
            return 1;
        }
        (None, None) => {
            io.err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
            return 1;
        }
    };
    let ranges = match cut_ranges(list, by_field) {
        Ok(ranges) => ranges,
        Err(problem) => {
            io.err(&format!(
                "cut: {problem}\nTry 'cut --help' for more information.\n"
            ));
            return 1;
        }
    };
    let selected = |position: usize| {
        ranges
            .iter()
            .any(|(from, to)| *from <= position && position <= *to)
    };
    let (text, status) = read_inputs("cut", &files, stdin, io, fs);
    for line in lines_of(&text) {
        if by_field {
            if !line.contains(delimiter) {
                if !only_delimited {
                    io.out(line);
                    io.out("\n");
                }
                continue;
            }
            let picked: Vec<&str> = line
                .split(delimiter)
                .enumerate()
                .filter(|(index, _)| selected(index + 1))
                .map(|(_, field)| field)
                .collect();
            io.out(&picked.join(&delimiter.to_string()));
        } else {
            let picked: String = line
                .chars()
                .enumerate()
                .filter(|(index, _)| selected(index + 1))
                .map(|(_, c)| c)
                .collect();
            io.out(&picked);
        }
        io.out("\n");
    }
    status
}

/// `1,3-4,6-` → inclusive 1-based ranges, or GNU cut's complaint about the list.
fn cut_ranges(list: &str, by_field: bool) -> Result<Vec<(usize, usize)>, String> {
    let zero = if by_field {
        "fields are numbered from 1"
    } else {
        "byte/character positions are numbered from 1"
    };
    list.split(',')
        .map(|part| {
            let number = |text: &str| match text.parse::<usize>() {
                Ok(0) => Err(zero.to_string()),
                Ok(n) => Ok(n),
                Err(_) => Err(format!("invalid field value \u{2018}{part}\u{2019}")),
            };
            match part.split_once('-') {
                None => number(part).map(|n| (n, n)),
                Some(("", to)) => number(to).map(|to| (1, to)),
                Some((from, "")) => number(from).map(|from| (from, usize::MAX)),
                Some((from, to)) => {
                    if to == "0" {
                        return Err("invalid decreasing range".to_string());
                    }
                    let (from, to) = (number(from)?, number(to)?);
                    if from <= to {
                        Ok((from, to))
                    } else {
                        Err("invalid decreasing range".to_string())
                    }
                }
            }
        })
        .collect()
}

/// A `tr` set: characters, `a-z` ranges and the escapes `\n`, `\t`, `\\`.
fn tr_set(text: &str) -> Vec<char> {
    let mut chars = Vec::new();
    let mut iter = text.chars().peekable();
    while let Some(c) = iter.next() {
        // `[:upper:]` and the other classes, in the C locale (ASCII, in code order).
        if c == '[' && iter.peek() == Some(&':') {
            let rest: String = iter.clone().collect();
            if let Some(end) = rest.find(":]") {
                let class = &rest[1..end];
                let members: Option<Vec<char>> = match class {
                    "upper" => Some(('A'..='Z').collect()),
                    "lower" => Some(('a'..='z').collect()),
                    "digit" => Some(('0'..='9').collect()),
                    "alpha" => Some(('A'..='Z').chain('a'..='z').collect()),
                    "alnum" => Some(('0'..='9').chain('A'..='Z').chain('a'..='z').collect()),
                    "xdigit" => Some(('0'..='9').chain('A'..='F').chain('a'..='f').collect()),
                    "space" => Some(vec!['\t', '\n', '\u{b}', '\u{c}', '\r', ' ']),
                    "blank" => Some(vec!['\t', ' ']),
                    "punct" => Some((' '..='~').filter(|c| c.is_ascii_punctuation()).collect()),
                    "cntrl" => Some(('\0'..='\u{1f}').chain(['\u{7f}']).collect()),
                    "print" => Some((' '..='~').collect()),
                    "graph" => Some(('!'..='~').collect()),
                    _ => None,
                };
                if let Some(members) = members {
                    chars.extend(members);
                    for _ in 0..end + 2 {
                        iter.next();
                    }
                    continue;
                }
            }
        }
        let c = if c == '\\' {
            match iter.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some(other) => other,
                None => '\\',
            }
        } else {
            c
        };
        if iter.peek() == Some(&'-') {
            let mut ahead = iter.clone();
            ahead.next();
            if let Some(end) = ahead.next() {
                if end >= c {
                    chars.extend(c..=end);
                    iter = ahead;
                    continue;
                }
            }
        }
        chars.push(c);
    }
    chars
}

/// `tr SET1 SET2` (SET2's last character repeats), `tr -d SET1`, `tr -s SET1`.
fn tr(args: &[&str], stdin: &Stdin<'_>, io: &mut Io) -> i32 {
    let mut delete = false;
    let mut squeeze = false;
    let mut complement = false;
    let mut sets = Vec::new();
    for arg in args {
        if arg.starts_with('-') && arg.len() > 1 && sets.is_empty() {
            for option in arg.chars().skip(1) {
                match option {
                    'd' => delete = true,
                    's' => squeeze = true,
                    'c' | 'C' => complement = true,
                    _ => {
                        io.err(&format!(
                            "tr: invalid option -- '{option}'\nTry 'tr --help' for more information.\n"
                        ));
                        return 1;
                    }
                }
            }
            continue;
        }
        sets.push(tr_set(arg));
    }
    // `-c`: every character not in SET1 (deleting or squeezing them).
    if complement {
        if let Some(first) = sets.first_mut() {
            let members = std::mem::take(first);
            let text = stdin.read();
            let mut others: Vec<char> = text.chars().filter(|c| !members.contains(c)).collect();
            crate::sort::sort(&mut others);
            others.dedup();
            *first = others;
        }
    }
    let text = stdin.read();
    let (from, to) = match (sets.as_slice(), delete) {
        ([from], true) => (from.clone(), Vec::new()),
        ([from], false) if squeeze => (from.clone(), Vec::new()),
        ([from, to], false) => (from.clone(), to.clone()),
        ([], _) => {
            io.err("tr: missing operand\nTry 'tr --help' for more information.\n");
            return 1;
        }
        _ => {
            io.err("tr: extra operand\nTry 'tr --help' for more information.\n");
            return 1;
        }
    };
    let mut out = String::new();
    let mut last: Option<char> = None;
    for c in text.chars() {
        let mapped = match from.iter().position(|f| *f == c) {
            Some(_) if delete => continue,
            Some(index) if !to.is_empty() => to.get(index).or(to.last()).copied().unwrap_or(c),
            _ => c,
        };
        let squeezable = if to.is_empty() { &from } else { &to };
        if squeeze && last == Some(mapped) && squeezable.contains(&mapped) {
            continue;
        }
        out.push(mapped);
        last = Some(mapped);
    }
    io.out(&out);
    0
}

/// `tac` (lines last first) and `rev` (each line's characters reversed).
fn tac_rev(command: &str, args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let (text, status) = read_inputs(command, args, stdin, io, fs);
    let lines = lines_of(&text);
    if command == "tac" {
        for line in lines.iter().rev() {
            io.out(line);
            io.out("\n");
        }
    } else {
        for line in lines {
            io.out(&line.chars().rev().collect::<String>());
            io.out("\n");
        }
    }
    status
}

/// GNU `wc`: `-l`, `-w`, `-m`, `-c`, `-L` (always printed in that order; lines, words and
/// bytes by default), one line per input and a `total` for several, columns as wide as the
/// total size of the files (at least 7 for standard input; 1 for a single count of one input).
fn wc(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let mut selected = [false; 5]; // lines, words, chars, bytes, longest line
    let mut files: Vec<&str> = Vec::new();
    let mut options_done = false;
    for arg in args {
        if options_done || !arg.starts_with('-') || *arg == "-" {
            files.push(arg);
            continue;
        }
        let long = match *arg {
            "--" => {
                options_done = true;
                continue;
            }
            "--lines" => Some(0),
            "--words" => Some(1),
            "--chars" => Some(2),
            "--bytes" => Some(3),
            "--max-line-length" => Some(4),
            _ if arg.starts_with("--") => {
                io.err(&format!(
                    "wc: unrecognized option '{arg}'\nTry 'wc --help' for more information.\n"
                ));
                return 1;
            }
            _ => None,
        };
        if let Some(index) = long {
            selected[index] = true;
            continue;
        }
        for letter in arg.chars().skip(1) {
            let index = match letter {
                'l' => 0,
                'w' => 1,
                'm' => 2,
                'c' => 3,
                'L' => 4,
                other => {
                    io.err(&format!(
                        "wc: invalid option -- '{other}'\nTry 'wc --help' for more information.\n"
                    ));
                    return 1;
                }
            };
            selected[index] = true;
        }
    }
    if !selected.iter().any(|s| *s) {
        selected = [true, true, false, true, false];
    }
    let several = files.len() > 1;
    if files.is_empty() {
        files.push("-");
    }
    let mut status = 0;
    let mut rows: Vec<([usize; 5], Option<&str>)> = Vec::new();
    let mut regular_total = 0;
    let mut from_stdin = false;
    let mut first_failed = false;
    for (index, file) in files.iter().enumerate() {
        let text = if *file == "-" {
            from_stdin = true;
            stdin.read()
        } else {
            match fs.read(file) {
                // A process substitution's file is a pipe: like standard input, it has no
                // size to size the columns by.
                Ok(text) if file.starts_with("/dev/fd/") => {
                    from_stdin = true;
                    text
                }
                Ok(text) => {
                    regular_total += text.len();
                    text
                }
                Err(error) => {
                    io.err(&fs_error("wc", file, &error));
                    status = 1;
                    first_failed |= index == 0;
                    continue;
                }
            }
        };
        let counts = [
            text.matches('\n').count(),
            text.split_ascii_whitespace().count(),
            text.chars().count(),
            text.len(),
            text.split('\n')
                .map(crate::line_editor::display_width)
                .max()
                .unwrap_or(0),
        ];
        let name = (args.iter().any(|a| !a.starts_with('-') || *a == "-")).then_some(*file);
        rows.push((counts, name));
    }
    let single_count = selected.iter().filter(|s| **s).count() == 1;
    let width = if first_failed || (single_count && files.len() == 1) {
        1
    } else {
        let digits = regular_total.max(1).to_string().len();
        if from_stdin {
            digits.max(7)
        } else {
            digits
        }
    };
    if several {
        let mut total = [0; 5];
        for (counts, _) in &rows {
            for (sum, count) in total.iter_mut().zip(counts).take(4) {
                *sum += count;
            }
            // The longest line of all, not a sum.
            total[4] = total[4].max(counts[4]);
        }
        rows.push((total, Some("total")));
    }
    for (counts, name) in rows {
        let columns: Vec<String> = counts
            .iter()
            .zip(selected)
            .filter(|(_, on)| *on)
            .map(|(count, _)| format!("{count:>width$}"))
            .collect();
        let name = name.map(|n| format!(" {n}")).unwrap_or_default();
        io.out(&format!("{}{name}\n", columns.join(" ")));
    }
    status
}

/// `sleep N[smhd]`, any size (the clock jumps; nothing steps through the interval).
fn sleep(args: &[&str], io: &mut Io, ctx: &mut BuiltinContext<'_, '_>) -> BuiltinOutcome {
    if args.is_empty() {
        io.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return BuiltinOutcome::Done(1);
    }
    let mut total_millis: f64 = 0.0;
    for arg in args {
        let (number, factor) = match arg.chars().last() {
            Some('s') => (arg.get(..arg.len() - 1).unwrap_or(""), 1000.0),
            Some('m') => (arg.get(..arg.len() - 1).unwrap_or(""), 60_000.0),
            Some('h') => (arg.get(..arg.len() - 1).unwrap_or(""), 3_600_000.0),
            Some('d') => (arg.get(..arg.len() - 1).unwrap_or(""), 86_400_000.0),
            _ => (*arg, 1000.0),
        };
        let value = if *arg == "infinity" {
            Some(f64::INFINITY)
        } else {
            number.parse::<f64>().ok()
        };
        match value {
            Some(value) if value >= 0.0 && !value.is_nan() => total_millis += value * factor,
            _ => {
                io.err(&format!("sleep: invalid time interval '{arg}'\nTry 'sleep --help' for more information.\n"));
                return BuiltinOutcome::Done(1);
            }
        }
    }
    // Simulated time stops at year ~2100 worth of milliseconds to stay in range.
    let millis = total_millis.min(2_000_000_000_000.0) as i64;
    let until = ctx
        .env
        .cluster
        .now()
        .plus(crate::clock::SimDuration::from_millis(millis));
    BuiltinOutcome::Wait(Box::new(Sleep { until }))
}

/// A running `sleep`.
pub struct Sleep {
    pub until: SimTime,
}

impl Waiter for Sleep {
    fn poll(&mut self, env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        (env.cluster.now() >= self.until).then_some(0)
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }

    fn wake_at(&self) -> Option<SimTime> {
        Some(self.until)
    }
}

/// RFC 3986's `remove_dot_segments` on a URL's path (before its query), as curl does unless
/// told `--path-as-is`.
fn remove_dot_segments(target: &str) -> String {
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (target, None),
    };
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut kept: Vec<&str> = Vec::new();
    for (index, segment) in segments.iter().enumerate().skip(1) {
        match *segment {
            "." => {}
            ".." => {
                kept.pop();
            }
            segment => kept.push(segment),
        }
        if index == last && matches!(*segment, "." | "..") {
            kept.push("");
        }
    }
    let mut cleaned = format!("/{}", kept.join("/"));
    if let Some(query) = query {
        cleaned.push('?');
        cleaned.push_str(query);
    }
    cleaned
}

/// The `User-Agent` of the shell's `curl`.
const CURL_USER_AGENT: &str = "curl/8.14.1";

/// `curl URL`: only the learner's own machine is reachable, through port-forwards and
/// `kubectl proxy`.
fn curl(args: &[&str], io: &mut Io, ctx: &mut BuiltinContext<'_, '_>) -> i32 {
    // Short options may be grouped (`-si`); `-s` hides error messages unless `-S` shows them.
    let option = |short: char, long: &str| {
        args.iter().any(|arg| {
            *arg == long || (arg.starts_with('-') && !arg.starts_with("--") && arg.contains(short))
        })
    };
    let silent = option('s', "--silent") && !option('S', "--show-error");
    let include = option('i', "--include");
    // Options that take a value: the value is not the URL. `-w` and `-o` are acted on.
    let mut url = None;
    let mut write_out = None;
    let mut output = None;
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let takes_value = matches!(
            *word,
            "-w" | "--write-out"
                | "-o"
                | "--output"
                | "-H"
                | "--header"
                | "-X"
                | "--request"
                | "-d"
                | "--data"
                | "-A"
                | "--user-agent"
                | "-m"
                | "--max-time"
                | "--connect-timeout"
                | "-u"
                | "--user"
                | "-e"
                | "--referer"
        );
        if takes_value {
            let value = words.next().copied();
            match *word {
                "-w" | "--write-out" => write_out = value,
                "-o" | "--output" => output = value,
                _ => {}
            }
        } else if !word.starts_with('-') {
            url = Some(*word);
        }
    }
    let Some(url) = url else {
        io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
        return 2;
    };
    let mut sink = Io::default();
    let (code, body) = curl_get(url, include, silent, &mut sink, ctx);
    for (stream, text) in sink.chunks {
        match stream {
            Stream::Stdout => match output {
                Some("/dev/null") => {}
                Some(path) => {
                    let _ = ctx.env.fs.write(path, &text);
                }
                None => io.out(&text),
            },
            _ => io.err(&text),
        }
    }
    if let Some(format) = write_out {
        let text = curl_write_out(format, url, body, io);
        io.out(&text);
    }
    code
}

/// curl's `--write-out` text: `%{http_code}` (`000` when nothing answered), `%{size_download}`,
/// `%{url_effective}`, `%%`, and the escapes `\n`, `\r`, `\t`, `\\`; an unknown variable is
/// warned about and left out.
fn curl_write_out(format: &str, url: &str, answer: Option<(u16, usize)>, io: &mut Io) -> String {
    let mut out = String::new();
    let mut rest = format;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '%' if rest.starts_with('%') => {
                out.push('%');
                rest = &rest[1..];
            }
            '%' if rest.starts_with('{') => match rest.find('}') {
                Some(end) => {
                    let name = &rest[1..end];
                    rest = &rest[end + 1..];
                    match name {
                        "http_code" | "response_code" => {
                            out.push_str(&format!("{:03}", answer.map_or(0, |(status, _)| status)))
                        }
                        "size_download" => {
                            out.push_str(&answer.map_or(0, |(_, size)| size).to_string())
                        }
                        "url_effective" | "url" => {
                            let with_scheme = if url.contains("://") {
                                url.to_string()
                            } else {
                                format!("http://{url}")
                            };
                            let has_path = with_scheme
                                .split_once("://")
                                .is_some_and(|(_, rest)| rest.contains('/'));
                            out.push_str(&with_scheme);
                            if !has_path {
                                out.push('/');
                            }
                        }
                        _ => io.err(&format!("curl: unknown --write-out variable: '{name}'\n")),
                    }
                }
                None => out.push('%'),
            },
            '\\' => {
                let escaped = match rest.chars().next() {
                    Some('n') => Some('\n'),
                    Some('r') => Some('\r'),
                    Some('t') => Some('\t'),
                    Some('\\') => Some('\\'),
                    _ => None,
                };
                match escaped {
                    Some(escaped) => {
                        out.push(escaped);
                        rest = &rest[1..];
                    }
                    None => out.push('\\'),
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// One `GET` of `url` through a port-forward or `kubectl proxy`: the exit status, and the
/// HTTP status and body size when something answered.
fn curl_get(
    url: &str,
    include: bool,
    silent: bool,
    io: &mut Io,
    ctx: &mut BuiltinContext<'_, '_>,
) -> (i32, Option<(u16, usize)>) {
    let fail = |io: &mut Io, message: String, code: i32| {
        if !silent {
            io.err(&message);
        }
        (code, None)
    };
    let without_scheme = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or(url);
    let host_port = without_scheme.split('/').next().unwrap_or("");
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) => match port.parse::<u16>() {
            Ok(port) => (host.trim_matches(|c| c == '[' || c == ']'), port),
            Err(_) => {
                return fail(
                    io,
                    "curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n".to_string(),
                    3,
                );
            }
        },
        None => (
            host_port,
            if url.starts_with("https://") { 443 } else { 80 },
        ),
    };
    if host.is_empty() {
        return fail(
            io,
            "curl: (3) URL rejected: No host part in the URL\n".to_string(),
            3,
        );
    }
    let local = matches!(host, "localhost" | "127.0.0.1" | "::1");
    if !local {
        if host.parse::<std::net::Ipv4Addr>().is_ok() {
            return fail(io, format!("curl: (28) Failed to connect to {host} port {port} after 135001 ms: Couldn't connect to server\n"), 28);
        }
        return fail(io, format!("curl: (6) Could not resolve host: {host}\n"), 6);
    }
    let refused = |io: &mut Io| {
        fail(io, format!("curl: (7) Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server\n"), 7)
    };
    let Some(forward) = ctx.env.network.forward(port).cloned() else {
        return refused(io);
    };
    let path = match without_scheme.find('/') {
        Some(index) => without_scheme.get(index..).unwrap_or("/"),
        None => "/",
    };
    let path = &remove_dot_segments(path);
    let (namespace, pod, remote_port) = match forward.target {
        ForwardTarget::Pod {
            namespace,
            pod,
            remote_port,
            ..
        } => (namespace, pod, remote_port),
        ForwardTarget::ApiProxy(proxy) => {
            if !proxy::accepts_connection(&proxy, host) {
                return refused(io);
            }
            let response = proxy::serve(
                ctx.env,
                (forward.owner, &proxy),
                host_port,
                path,
                CURL_USER_AGENT,
            );
            if include {
                io.out(&format!(
                    "HTTP/1.1 {} {}\r\n",
                    response.status,
                    network::reason_phrase(response.status)
                ));
                for (name, value) in &response.headers {
                    io.out(&format!("{name}: {value}\r\n"));
                }
                io.out("\r\n");
            }
            io.out(&response.body);
            return (0, Some((response.status, response.body.len())));
        }
    };
    ctx.env
        .network
        .add_notice(forward.owner, format!("Handling connection for {port}"));
    match network::http_request(
        ctx.env.cluster,
        &namespace,
        &pod,
        (remote_port, path),
        "127.0.0.1",
        CURL_USER_AGENT,
    ) {
        Ok((status, body)) => {
            if include {
                io.out(&format!(
                    "HTTP/1.1 {status} {}\r\nDate: {}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n",
                    network::reason_phrase(status),
                    ctx.env.cluster.now().http_date()
                ));
            }
            io.out(&body);
            (0, Some((status, body.len())))
        }
        Err(ConnectError::Refused) | Err(ConnectError::Unreachable) => {
            fail(io, "curl: (52) Empty reply from server\n".to_string(), 52)
        }
    }
}

/// `date`'s default format in UTC: `Fri Nov 27 09:00:00 UTC 2026`.
fn go_date(now: SimTime) -> String {
    let text = now.rfc1123z();
    let parts: Vec<&str> = text.split(' ').collect();
    match parts.as_slice() {
        [weekday, day, month, year, time, _] => format!(
            "{} {month} {day:>2} {time} UTC {year}",
            weekday.trim_end_matches(','),
            day = day.trim_start_matches('0')
        ),
        _ => text,
    }
}

fn export(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let args: Vec<&str> = args.iter().copied().filter(|a| *a != "-p").collect();
    if args.is_empty() {
        for name in &shell.exported {
            match shell.vars.get(name) {
                Some(value) => io.out(&format!("declare -x {name}=\"{value}\"\n")),
                None => io.out(&format!("declare -x {name}\n")),
            }
        }
        return 0;
    }
    let mut status = 0;
    for arg in args {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (arg, None),
        };
        if !super::syntax::is_valid_name(name) {
            io.err(&format!("bash: export: `{arg}': not a valid identifier\n"));
            status = 1;
            continue;
        }
        if shell.has_attribute(name, super::state::READONLY) && value.is_some() {
            // The name is exported all the same.
            io.err(&format!("bash: {name}: readonly variable\n"));
            shell.set_exported(name, true);
            status = 1;
            continue;
        }
        match value {
            Some(value) => shell.set_var(name, value.to_string()),
            None if shell.get_var(name).is_none() && !shell.arrays.contains_key(name) => {
                shell.set_attribute(name, super::state::DECLARED, true);
            }
            None => {}
        }
        shell.set_exported(name, true);
    }
    status
}

fn alias(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    if args.is_empty() {
        for (name, value) in &shell.aliases {
            io.out(&format!("alias {name}='{value}'\n"));
        }
        return 0;
    }
    let mut status = 0;
    for arg in args {
        match arg.split_once('=') {
            Some((name, value)) => {
                shell.set_alias(name, value.to_string());
            }
            None => match shell.aliases.get(*arg) {
                Some(value) => io.out(&format!("alias {arg}='{value}'\n")),
                None => {
                    io.err(&format!("bash: alias: {arg}: not found\n"));
                    status = 1;
                }
            },
        }
    }
    status
}

fn unalias(args: &[&str], io: &mut Io, shell: &mut ShellState) -> i32 {
    let mut status = 0;
    for arg in args {
        if *arg == "-a" {
            let names: Vec<String> = shell.aliases.keys().cloned().collect();
            for name in names {
                shell.unset_alias(&name);
            }
        } else if !shell.unset_alias(arg) {
            io.err(&format!("bash: unalias: {arg}: not found\n"));
            status = 1;
        }
    }
    status
}

/// The commands bash itself runs; the playground's other builtins stand for programs.
const BASH_BUILTINS: &[&str] = &[
    ".",
    ":",
    "[",
    "alias",
    "break",
    "cd",
    "command",
    "continue",
    "declare",
    "echo",
    "exit",
    "export",
    "false",
    "help",
    "history",
    "jobs",
    "kill",
    "local",
    "mapfile",
    "printf",
    "pwd",
    "read",
    "readarray",
    "readonly",
    "return",
    "set",
    "shift",
    "source",
    "test",
    "true",
    "type",
    "typeset",
    "unalias",
    "unset",
];

/// Where a command the playground knows lives, as `type` and `which` say it.
fn program_path(name: &str) -> String {
    match name {
        "kubectl" | "kubectx" | "kubens" => format!("/usr/local/bin/{name}"),
        _ => format!("/usr/bin/{name}"),
    }
}

/// What a command name is, in the order bash looks: `type`'s word for it and its description.
fn command_kind(name: &str, shell: &ShellState, functions: bool) -> Option<(&'static str, String)> {
    if let Some(value) = shell.aliases.get(name) {
        Some(("alias", format!("{name} is aliased to `{value}'")))
    } else if super::syntax::is_reserved_word(name) {
        Some(("keyword", format!("{name} is a shell keyword")))
    } else if let Some(body) = shell.functions.get(name).filter(|_| functions) {
        let text = super::printer::function_text(name, body);
        Some(("function", format!("{name} is a function\n{text}")))
    } else if BASH_BUILTINS.contains(&name) {
        Some(("builtin", format!("{name} is a shell builtin")))
    } else if name == "kubectl" || BUILTINS.contains(&name) {
        Some(("file", format!("{name} is {}", program_path(name))))
    } else {
        None
    }
}

/// `type [-tpPf] NAME…`, `command -v|-V NAME…` (`command NAME …` itself runs in `exec`) and
/// `which NAME…`.
fn type_of(command: &str, args: &[&str], io: &mut Io, shell: &ShellState) -> i32 {
    if command == "which" {
        let mut status = 0;
        for arg in args {
            if *arg == "kubectl" || BUILTINS.contains(arg) {
                io.out(&format!("{}\n", program_path(arg)));
            } else {
                status = 1;
            }
        }
        return status;
    }
    let (valid, usage) = if command == "type" {
        ("tpPf", "type: usage: type [-afptP] name [name ...]\n")
    } else {
        ("vV", "command: usage: command [-pVv] command [arg ...]\n")
    };
    let (mut mode, mut functions) = (None, true);
    let mut index = 0;
    while let Some(letters) = args.get(index).and_then(|arg| arg.strip_prefix('-')) {
        index += 1;
        if letters == "-" {
            break;
        }
        for letter in letters.chars() {
            if !valid.contains(letter) {
                io.err(&format!(
                    "bash: {command}: -{letter}: invalid option\n{usage}"
                ));
                return 2;
            }
            if letter == 'f' {
                functions = false;
            } else {
                mode = Some(letter);
            }
        }
    }
    let names = args.get(index..).unwrap_or_default();
    let (mut found, mut missing) = (false, false);
    for name in names {
        let known = command_kind(name, shell, functions)
            .filter(|(kind, _)| mode != Some('P') || *kind == "file");
        let Some((kind, description)) = known else {
            if mode.is_none() || mode == Some('V') {
                io.err(&format!("bash: {command}: {name}: not found\n"));
            }
            missing = true;
            continue;
        };
        found = true;
        match mode {
            Some('t') => io.out(&format!("{kind}\n")),
            Some('p' | 'P') if kind == "file" => io.out(&format!("{}\n", program_path(name))),
            Some('p' | 'P') => {}
            Some('v') => match kind {
                "alias" => {
                    let value = shell.aliases.get(*name).map_or("", String::as_str);
                    io.out(&format!(
                        "alias {name}='{}'\n",
                        value.replace('\'', "'\\''")
                    ));
                }
                "file" => io.out(&format!("{}\n", program_path(name))),
                _ => io.out(&format!("{name}\n")),
            },
            _ => io.out(&format!("{description}\n")),
        }
    }
    // `type` fails when one name is unknown, `command -v` when none is known.
    let failed = if command == "type" {
        missing
    } else {
        !found && missing
    };
    i32::from(failed)
}

/// bash's mark of a job in the `jobs` list: `+` the current (newest), `-` the one before.
fn job_marker(index: usize, count: usize) -> &'static str {
    if index + 1 == count {
        "+"
    } else if index + 2 == count {
        "-"
    } else {
        " "
    }
}

fn jobs(io: &mut Io, shell: &ShellState) -> i32 {
    let count = shell.jobs.len();
    for (index, job) in shell.jobs.iter().enumerate() {
        let marker = job_marker(index, count);
        io.out(&format!(
            "[{}]{marker}  {:<24}{} &\n",
            job.id, "Running", job.command
        ));
    }
    0
}

fn kill(args: &[&str], io: &mut Io, ctx: &mut BuiltinContext<'_, '_>) -> i32 {
    let targets: Vec<&str> = args
        .iter()
        .copied()
        .filter(|a| !a.starts_with('-') || a.starts_with("-%"))
        .collect();
    if targets.is_empty() {
        io.err("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n");
        return 2;
    }
    let mut status = 0;
    for target in targets {
        let id = match target.strip_prefix('%') {
            Some("" | "+" | "%") => ctx.shell.jobs.last().map(|job| job.id),
            Some("-") => ctx.shell.jobs.iter().rev().nth(1).map(|job| job.id),
            Some(number) => number.parse::<usize>().ok(),
            None => ctx
                .shell
                .jobs
                .iter()
                .find(|job| job.pid.to_string() == target)
                .map(|job| job.id),
        };
        let position = id.and_then(|id| ctx.shell.jobs.iter().position(|job| job.id == id));
        match position {
            Some(position) => {
                let marker = job_marker(position, ctx.shell.jobs.len());
                let mut job = ctx.shell.jobs.remove(position);
                let mut sink = Io::default();
                let interactive = ctx.env.interactive;
                let mut exec_ctx = super::exec::ExecContext {
                    cluster: &mut *ctx.env.cluster,
                    fs: &mut *ctx.env.fs,
                    config: &mut *ctx.env.config,
                    network: &mut *ctx.env.network,
                    shell: &mut *ctx.shell,
                    interactive,
                };
                let execution = &mut job.execution;
                let _ = super::exec::as_job(&mut exec_ctx, &mut job.state, |ctx| {
                    execution.interrupt(ctx, &mut sink)
                });
                ctx.shell.finished_notices.push(format!(
                    "[{}]{marker}  {:<24}{}",
                    job.id, "Terminated", job.command
                ));
            }
            None => {
                io.err(&format!("bash: kill: {target}: no such job\n"));
                status = 1;
            }
        }
    }
    status
}

fn kubens(args: &[&str], io: &mut Io, ctx: &mut BuiltinContext<'_, '_>) -> i32 {
    let current = ctx.env.config.namespace(None);
    match args.first() {
        None => {
            for namespace in ctx.env.cluster.list(crate::api::Kind::Namespace, None) {
                io.out(&format!("{}\n", namespace.name()));
            }
            0
        }
        Some(&"-c") | Some(&"--current") => {
            io.out(&format!("{current}\n"));
            0
        }
        Some(name) => {
            let target = if *name == "-" {
                ctx.shell
                    .previous_namespace
                    .clone()
                    .unwrap_or(current.clone())
            } else {
                name.to_string()
            };
            if ctx.env.cluster.namespace(&target).is_none() {
                io.err(&format!(
                    "error: no namespace exists with name \"{target}\"\n"
                ));
                return 1;
            }
            if let Some(context) = ctx
                .env
                .config
                .current_context
                .clone()
                .and_then(|name| ctx.env.config.contexts.get_mut(&name))
            {
                context.namespace = Some(target.clone());
            }
            ctx.shell.previous_namespace = Some(current);
            let context = ctx.env.config.current_context.clone().unwrap_or_default();
            io.out(&format!(
                "Context \"{context}\" modified.\nActive namespace is \"{target}\".\n"
            ));
            0
        }
    }
}

fn kubectx(args: &[&str], io: &mut Io, ctx: &mut BuiltinContext<'_, '_>) -> i32 {
    match args.first() {
        None => {
            for name in ctx.env.config.contexts.keys() {
                io.out(&format!("{name}\n"));
            }
            0
        }
        Some(&"-c") | Some(&"--current") => {
            io.out(&format!(
                "{}\n",
                ctx.env.config.current_context.clone().unwrap_or_default()
            ));
            0
        }
        Some(name) => {
            if !ctx.env.config.contexts.contains_key(*name) {
                io.err(&format!(
                    "error: no context exists with the name: \"{name}\"\n"
                ));
                return 1;
            }
            ctx.env.config.current_context = Some(name.to_string());
            io.out(&format!("Switched to context \"{name}\".\n"));
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::write_columns;

    /// `ls` on a terminal of the given width, from GNU coreutils 9.1 (`script -qc "stty cols N;
    /// ls"`, tabs kept).
    #[test]
    fn ls_columns_match_gnu() {
        let chapter = [
            "custom-namespace.yaml",
            "kubia-gpu.yaml",
            "kubia-manual-with-labels.yaml",
            "kubia-manual.yaml",
        ];
        let many: Vec<String> = (1..=23)
            .map(|i| format!("file-{i}-{}.txt", "0".repeat((i % 7).max(1))))
            .collect();
        let mut many: Vec<&str> = many.iter().map(String::as_str).collect();
        many.sort_unstable();
        for (names, width, want) in [
            (&chapter[..], 60, "custom-namespace.yaml  kubia-manual-with-labels.yaml\nkubia-gpu.yaml\t       kubia-manual.yaml\n"),
            (&chapter[..], 40, "custom-namespace.yaml\nkubia-gpu.yaml\nkubia-manual-with-labels.yaml\nkubia-manual.yaml\n"),
            (&chapter[..], 100, "custom-namespace.yaml  kubia-gpu.yaml  kubia-manual-with-labels.yaml  kubia-manual.yaml\n"),
            (&many[..], 80, "file-1-0.txt\t    file-15-0.txt      file-20-000000.txt  file-5-00000.txt\nfile-10-000.txt     file-16-00.txt     file-21-0.txt\t   file-6-000000.txt\nfile-11-0000.txt    file-17-000.txt    file-22-0.txt\t   file-7-0.txt\nfile-12-00000.txt   file-18-0000.txt   file-23-00.txt\t   file-8-0.txt\nfile-13-000000.txt  file-19-00000.txt  file-3-000.txt\t   file-9-00.txt\nfile-14-0.txt\t    file-2-00.txt      file-4-0000.txt\n"),
        ] {
            let mut text = String::new();
            write_columns(&mut text, names, width);
            assert_eq!(text, want, "{width}");
        }
    }
}
