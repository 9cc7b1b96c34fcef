//! Running parsed programs: expansion, redirections, pipelines, `&&`/`||`, background jobs,
//! and commands that wait for simulated time.
//!
//! An `Execution` is resumable: when a command returns a `Waiter` (a waiting `kubectl
//! delete`, `sleep`, `port-forward`…), the execution keeps the rest of its pipeline, its and-or
//! list and the remaining items, and continues when `poll` sees the waiter finish. Pipelines
//! pass output between stages as whole buffers; a waiting stage streams to the terminal only
//! when it is the last stage.
//!
//! Loops and conditionals unroll as they run: the queue holds their state (`Work::For` with
//! the values left, `Work::While` before its condition, …) between the lists of their bodies,
//! so a `sleep` inside a loop waits like any command, and `break`/`continue` drop the queue up
//! to the loop they name. A program that runs many commands without waiting yields in a browser
//! or TTY every 256 of them (the page stays alive and Ctrl+C reaches it) and is stopped after
//! 100,000; the executions nested in a line (which cannot yield) share that budget, so a line
//! fanning out into them (`f(){ f x | f x | f x; }`) stops as a whole.
//!
//! Nested executions run on the native stack, so their depth is bounded ([`MAX_NESTING`]): a
//! background job, pipeline stage or `$(…)` deeper fails as bash's fork does when processes
//! run out, and fork bombs (`:(){ :|:& };:`) end within a few milliseconds.
//!
//! A compound command in a pipeline, after `&&`/`||` or with redirections, and a script there
//! (`bash s.sh | wc -l`), run to their end at once, as `$(…)` does ([`run_to_completion`]);
//! their piped or redirected input is shared by the commands inside
//! (`ShellState::input_streams`).

use super::builtins::{self, BuiltinContext, BuiltinOutcome};
use super::expand::{self, ExpandContext};
use super::state::{ForkedState, Job, LoopControl, Positional, ShellState};
use super::syntax::{
    self, AndOr, AndOrList, Compound, ParseOptions, ParseOutcome, Pipeline, Program, Redirect,
    RedirectKind, Separator, SimpleCommand, TimeFormat, Word, WordPart,
};
use crate::cluster::Cluster;
use crate::kubectl::{
    self, EditRequest, Env, Io, KubeConfig, LineRead, Network, Outcome, Stream, TerminalReply,
    Waiter,
};
use crate::vfs::Vfs;
use std::collections::VecDeque;

/// Everything a running program can touch.
pub struct ExecContext<'a> {
    pub cluster: &'a mut Cluster,
    pub fs: &'a mut Vfs,
    pub config: &'a mut KubeConfig,
    pub network: &'a mut Network,
    pub shell: &'a mut ShellState,
    /// Whether time can pass while a command waits.
    pub interactive: bool,
}

impl ExecContext<'_> {
    fn env(&mut self, stdin: Option<String>) -> Env<'_> {
        Env {
            cluster: &mut *self.cluster,
            fs: &mut *self.fs,
            config: &mut *self.config,
            network: &mut *self.network,
            stdin,
            interactive: self.interactive,
            attach: None,
            stdout_is_terminal: false,
            editor: String::new(),
        }
    }
}

/// Where a stream of a command goes. `2>&1` copies where stdout goes at that moment, as
/// bash's `dup2` does, so `2>&1 >file` still shows errors on the terminal (as stdout).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sink {
    /// The terminal, as standard output.
    TerminalOut,
    /// The terminal, as standard error (styled apart in the browser, `! ` in transcripts).
    TerminalErr,
    /// The next pipeline stage.
    Pipe,
    File {
        path: String,
    },
    Discard,
}

/// Where a command's output goes, resolved from its redirections.
#[derive(Debug, Clone)]
struct Routing {
    stdout: Sink,
    stderr: Sink,
}

/// A pipeline stage waiting for simulated time.
struct Blocked {
    waiter: Box<dyn Waiter>,
    routing: Routing,
    /// What the waiting stage wrote to the pipe so far.
    piped: String,
    /// Stages after the waiting one.
    later: Vec<SimpleCommand>,
    negated: bool,
    /// `time`: the report's format and when the pipeline started.
    timed: Option<(TimeFormat, crate::clock::SimTime)>,
    /// Set when every later stage is a line filter: complete lines run through them as they
    /// arrive (`kubectl get pods -w | grep kubia` shows each change at once).
    streaming: Option<Streamed>,
}

/// How the later stages of a streaming pipeline have ended so far.
#[derive(Debug, Clone, Copy, Default)]
struct Streamed {
    /// Whether any lines went through them.
    ran: bool,
    /// Whether any run succeeded (grep found something).
    succeeded: bool,
    last_status: i32,
    /// When the last stage is `head -n N`: the lines it still lets through (the stages before
    /// it are line filters). At 0 the pipeline is over: the writer gets SIGPIPE.
    head_remaining: Option<usize>,
}

impl Streamed {
    fn head_is_full(&self) -> bool {
        self.head_remaining == Some(0)
    }
}

/// What is left to run, in order: lists, and the state of the loops and conditionals they
/// are in (a compound command unrolls as it runs, so a loop that waits resumes like any
/// other command).
enum Work {
    List(AndOrList, Separator),
    /// A `for` loop with the values it has still to take; `ran` once its body has run.
    For {
        name: String,
        values: VecDeque<String>,
        body: Program,
        ran: bool,
        /// `for NAME in WORDS` as typed, which `set -x` shows before each round.
        header: String,
    },
    /// A `while`/`until` loop about to run its condition; `for ((…))` is one whose `step`
    /// runs before the condition from the second round on.
    While {
        until: bool,
        condition: Program,
        body: Program,
        ran: bool,
        step: Option<Program>,
    },
    /// A `while`/`until` condition has run: its status decides; `body_status` is what the
    /// loop returns if it ends now.
    WhileTest {
        until: bool,
        condition: Program,
        body: Program,
        body_status: i32,
        step: Option<Program>,
    },
    /// The condition of branch `index` of an `if` has run.
    IfTest {
        branches: Vec<(Program, Program)>,
        otherwise: Option<Program>,
        index: usize,
    },
    /// A script being read as bash reads one: each command line is parsed when it is reached
    /// (an alias it defines applies to the lines after it; a syntax error on line 3 stops the
    /// script after lines 1 and 2 ran).
    Script(Box<ScriptText>),
    /// Where a script ends: the rest of the and-or list that ran it comes next.
    ScriptEnd(Box<ScriptEnd>),
    /// Where a function's body ends: the caller's positional parameters and the rest of the
    /// and-or list that called it.
    FunctionEnd(Box<FunctionEnd>),
}

/// What to restore when a function returns.
struct FunctionEnd {
    rest: VecDeque<(AndOr, Pipeline)>,
    positional: Positional,
}

/// The text of a running script and how far it has been read.
struct ScriptText {
    text: String,
    offset: usize,
    /// The number of the line at `offset`.
    line: usize,
    /// How syntax errors name it: the file, or `bash: -c` for `bash -c`.
    name: String,
    /// How other messages name it when `located`: the file, or `bash` for `bash -c`.
    place: String,
    expands_aliases: bool,
    /// Whether its messages name it (a script bash runs, and what that script sources; an
    /// interactive shell's sourced file does not).
    located: bool,
}

/// What to restore when a script ends.
struct ScriptEnd {
    rest: VecDeque<(AndOr, Pipeline)>,
    /// The positional parameters before it.
    positional: Positional,
    /// For `bash FILE` (a subshell): the working directory it started in. Its variables are
    /// put back by `ShellState::leave_subshell`.
    subshell_cwd: Option<String>,
    /// `ShellState::script_place` before it.
    place: Option<String>,
}

impl Work {
    /// Loops are what `break` and `continue` count.
    fn is_loop(&self) -> bool {
        matches!(
            self,
            Work::For { .. } | Work::While { .. } | Work::WhileTest { .. }
        )
    }
}

/// The largest value a shell variable may hold.
pub(super) const MAX_VARIABLE_BYTES: usize = 1 << 20;

/// Commands a program may run without waiting before it yields (to keep the page alive), and
/// before a loop that never waits is stopped.
const STEPS_BEFORE_YIELD: usize = 256;
const STEPS_BEFORE_STOP: usize = 100_000;

/// A program being run.
pub struct Execution {
    items: VecDeque<Work>,
    /// The rest of the current and-or list.
    rest: VecDeque<(AndOr, Pipeline)>,
    blocked: Option<Blocked>,
    status: i32,
    /// Lists run since the program last waited.
    steps: usize,
    /// Set when the program yielded after many steps; the next poll goes on.
    yielded: bool,
    /// The loops around it in its caller, for a compound command run in the current shell
    /// with redirections (`for …; do { break; } > f; done`): `break` and `continue` reach them.
    outer_loops: usize,
}

/// The process id of the learner's shell (`$$`); jobs get ids above it.
const SHELL_PID: u32 = 4211;

/// Deepest nesting of scripts (`source`, `bash FILE`) that run.
const MAX_SCRIPT_DEPTH: usize = 1000;

/// Deepest nesting of function calls (bash has no limit unless `FUNCNEST` is set).
const MAX_FUNCTION_DEPTH: usize = 1000;

/// Deepest nesting of executions on the native stack (`ShellState::nesting`): a pipeline
/// stage, background job or `$(…)` deeper fails as a fork does ([`fork_failed`]); a compound
/// command or script with redirections deeper is refused. A level takes up to about 6 KiB of
/// stack in a native release build (14 KiB unoptimized); a browser's stack holds about 600.
const MAX_NESTING: usize = 64;

/// Deepest nesting of command substitutions that run.
const MAX_SUBST_DEPTH: usize = 32;

impl Execution {
    pub fn new(program: Program) -> Execution {
        Execution {
            items: program
                .items
                .into_iter()
                .map(|(list, separator)| Work::List(list, separator))
                .collect(),
            rest: VecDeque::new(),
            blocked: None,
            status: 0,
            steps: 0,
            yielded: false,
            outer_loops: 0,
        }
    }

    pub fn is_blocked(&self) -> bool {
        self.blocked.is_some() || self.yielded
    }

    /// Puts a program's lists in front of what is left.
    /// Starts `source FILE [ARGS]`, `. FILE`, `bash FILE [ARGS]`, `bash -c TEXT [NAME ARGS]`
    /// (and `sh` as `bash`) in place of the command: the script's lines run next, then the
    /// rest of the and-or list. `Some(status)` when it cannot start.
    fn start_script(
        &mut self,
        argv: &[String],
        stdin: Option<String>,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
    ) -> Option<i32> {
        let command = argv.first().map(String::as_str).unwrap_or_default();
        let args = argv.get(1..).unwrap_or_default();
        let sourced = matches!(command, "source" | ".");
        let (text, name, place, positional) = if sourced {
            let Some(file) = args.first() else {
                io.err(&format!(
                    "bash: {command}: filename argument required\n{command}: usage: {command} filename [arguments]\n"
                ));
                return Some(2);
            };
            let text = match read_script(ctx.fs, file) {
                Ok(text) => text,
                Err(ScriptFileError::Missing) => {
                    io.err(&format!("bash: {file}: No such file or directory\n"));
                    return Some(1);
                }
                Err(ScriptFileError::Directory) => {
                    io.err(&format!("bash: {command}: {file}: is a directory\n"));
                    return Some(1);
                }
            };
            // Arguments replace the positional parameters while it runs; `$0` stays.
            let positional = match args.get(1..) {
                Some(rest) if !rest.is_empty() => Positional {
                    zero: ctx.shell.positional.zero.clone(),
                    args: rest.to_vec(),
                },
                _ => ctx.shell.positional.clone(),
            };
            (text, file.clone(), file.clone(), positional)
        } else {
            match args.first().map(String::as_str) {
                Some("-c") => {
                    let Some(text) = args.get(1) else {
                        io.err(if command == "sh" {
                            "sh: 0: -c requires an argument\n"
                        } else {
                            "bash: -c: option requires an argument\n"
                        });
                        return Some(2);
                    };
                    let positional = Positional {
                        zero: Some(args.get(2).cloned().unwrap_or_else(|| command.to_string())),
                        args: args.get(3..).unwrap_or_default().to_vec(),
                    };
                    let place = "bash".to_string();
                    (text.clone(), format!("{command}: -c"), place, positional)
                }
                None => {
                    // The script comes on standard input; messages name `bash`.
                    let Some(text) = stdin else {
                        io.err(&format!(
                            "{command}: the playground's terminal is already a shell: run a script with `{command} FILE` or `{command} -c '…'`\n"
                        ));
                        return Some(1);
                    };
                    let positional = Positional {
                        zero: Some(command.to_string()),
                        args: Vec::new(),
                    };
                    (text, command.to_string(), "bash".to_string(), positional)
                }
                Some(option) if option.starts_with('-') && option != "-" => {
                    io.err(&format!(
                        "{command}: {option}: the playground's {command} takes no option but -c\n"
                    ));
                    return Some(2);
                }
                Some(file) => {
                    // Debian's sh is dash, with its own messages.
                    let text = match (read_script(ctx.fs, file), command) {
                        (Ok(text), _) => text,
                        (Err(ScriptFileError::Missing), "sh") => {
                            io.err(&format!("sh: 0: cannot open {file}: No such file\n"));
                            return Some(2);
                        }
                        (Err(ScriptFileError::Missing), _) => {
                            io.err(&format!("bash: {file}: No such file or directory\n"));
                            return Some(127);
                        }
                        (Err(ScriptFileError::Directory), "sh") => return Some(0),
                        (Err(ScriptFileError::Directory), _) => {
                            io.err(&format!("{file}: {file}: Is a directory\n"));
                            return Some(126);
                        }
                    };
                    let positional = Positional {
                        zero: Some(file.to_string()),
                        args: args.get(1..).unwrap_or_default().to_vec(),
                    };
                    (text, file.to_string(), file.to_string(), positional)
                }
            }
        };
        // bash's SOURCENEST_MAX, set for the page's sake: a file that sources itself stops.
        if ctx.shell.script_depth >= MAX_SCRIPT_DEPTH {
            io.err(&format!(
                "bash: {name}: maximum source nesting level exceeded ({MAX_SCRIPT_DEPTH})\n"
            ));
            self.abandon(ctx);
            return Some(1);
        }
        ctx.shell.script_depth += 1;
        let subshell_cwd = (!sourced).then(|| {
            ctx.shell.bash_scripts += 1;
            ctx.shell.enter_subshell();
            ctx.fs.cwd().to_string()
        });
        let previous = std::mem::replace(&mut ctx.shell.positional, positional);
        self.items.push_front(Work::ScriptEnd(Box::new(ScriptEnd {
            rest: std::mem::take(&mut self.rest),
            positional: previous,
            subshell_cwd,
            place: ctx.shell.script_place.clone(),
        })));
        self.items.push_front(Work::Script(Box::new(ScriptText {
            text,
            offset: 0,
            line: 1,
            name,
            place,
            // A non-interactive bash does not expand aliases; a sourced file is read by
            // the learner's own shell, which does.
            expands_aliases: sourced,
            located: !sourced || ctx.shell.bash_scripts > 0,
        })));
        // A script with no command returns 0.
        self.set_status(0, ctx);
        None
    }

    /// Reads and runs the next command line of a script.
    fn step_script(&mut self, mut script: Box<ScriptText>, ctx: &mut ExecContext<'_>, io: &mut Io) {
        let remaining = script.text.get(script.offset..).unwrap_or_default();
        if remaining.trim().is_empty() {
            return;
        }
        let aliases = script.expands_aliases.then(|| ctx.shell.aliases.clone());
        let options = ParseOptions {
            end_of_input: true,
            first_line_number: script.line,
            aliases: aliases.as_ref(),
        };
        let next = syntax::parse_next_command_line(remaining, &options);
        let consumed = next.consumed.min(remaining.len());
        let read = remaining.get(..consumed).unwrap_or_default();
        let line_after = script.line + read.matches('\n').count();
        let name = script.name.clone();
        match next.outcome {
            ParseOutcome::Complete(program) => {
                if script.located {
                    ctx.shell.script_place = Some(script.place.clone());
                }
                for warning in &program.warnings {
                    let text = warning.render(Some(line_after.saturating_sub(1).max(1)));
                    let text = text.strip_prefix("bash: ").unwrap_or(&text);
                    io.err(&format!("{name}: {text}\n"));
                }
                if consumed > 0 {
                    script.offset += consumed;
                    script.line = line_after;
                    self.items.push_front(Work::Script(script));
                }
                self.push_front_program(&program);
            }
            ParseOutcome::Error(error) => {
                // bash names the line, and shows it.
                let message = error.to_string();
                let message = message.strip_prefix("bash: ").unwrap_or(&message);
                let place = format!("{name}: line {}: ", error.line);
                io.err(&format!("{place}{message}\n"));
                if matches!(error.kind, syntax::SyntaxErrorKind::Conditional { .. }) {
                    // bash does not show the line of a `[[ … ]]` it cannot read.
                    self.set_status(2, ctx);
                    return;
                }
                let offending = script
                    .text
                    .lines()
                    .nth(error.line.saturating_sub(1))
                    .unwrap_or_default();
                io.err(&format!("{place}`{offending}'\n"));
                self.set_status(2, ctx);
            }
            // No more input comes, so nothing is incomplete; stop rather than loop.
            ParseOutcome::Incomplete(_) => {}
        }
    }

    /// Puts back what a script changed for its length: positional parameters, and for a
    /// subshell its variables and working directory.
    fn end_script(end: ScriptEnd, ctx: &mut ExecContext<'_>) -> VecDeque<(AndOr, Pipeline)> {
        ctx.shell.script_depth = ctx.shell.script_depth.saturating_sub(1);
        ctx.shell.positional = end.positional;
        ctx.shell.script_place = end.place;
        if let Some(cwd) = end.subshell_cwd {
            ctx.shell.bash_scripts = ctx.shell.bash_scripts.saturating_sub(1);
            ctx.shell.leave_subshell();
            ctx.fs.restore_cwd(cwd);
        }
        end.rest
    }

    /// Drops what is left to run (Ctrl+C, `exit`, a runaway loop), ending the scripts in it.
    fn abandon(&mut self, ctx: &mut ExecContext<'_>) {
        self.rest.clear();
        while let Some(work) = self.items.pop_front() {
            match work {
                Work::ScriptEnd(end) => {
                    Self::end_script(*end, ctx);
                }
                Work::FunctionEnd(end) => {
                    Self::end_function(*end, ctx);
                }
                _ => {}
            }
        }
    }

    fn end_function(end: FunctionEnd, ctx: &mut ExecContext<'_>) -> VecDeque<(AndOr, Pipeline)> {
        ctx.shell.positional = end.positional;
        ctx.shell.end_function();
        end.rest
    }

    /// `return N`: the innermost function (or sourced file) running here ends with status
    /// N. `false` when none runs in this execution (it is a caller's).
    fn return_from_function(&mut self, code: i32, ctx: &mut ExecContext<'_>) -> bool {
        let Some(end) = self.items.iter().position(|work| match work {
            Work::FunctionEnd(_) => true,
            Work::ScriptEnd(end) => end.subshell_cwd.is_none(),
            _ => false,
        }) else {
            return false;
        };
        for work in self.items.drain(..end).collect::<Vec<_>>() {
            if let Work::ScriptEnd(inner) = work {
                Self::end_script(*inner, ctx);
            }
        }
        self.rest = match self.items.pop_front() {
            Some(Work::FunctionEnd(end)) => Self::end_function(*end, ctx),
            Some(Work::ScriptEnd(end)) => Self::end_script(*end, ctx),
            _ => VecDeque::new(),
        };
        self.set_status(code, ctx);
        true
    }

    /// Runs a function as a command of its own: its body unrolls here, between the caller's
    /// and-or list and the rest of it.
    fn start_function(
        &mut self,
        body: SimpleCommand,
        args: Vec<String>,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
    ) -> Option<i32> {
        if ctx.shell.function_locals.len() >= MAX_FUNCTION_DEPTH {
            io.err(&format!(
                "bash: the playground runs functions nested {MAX_FUNCTION_DEPTH} deep at most\n"
            ));
            self.abandon(ctx);
            return Some(1);
        }
        let zero = ctx.shell.positional.zero.clone();
        let previous = std::mem::replace(&mut ctx.shell.positional, Positional { zero, args });
        ctx.shell.function_locals.push(Vec::new());
        self.items
            .push_front(Work::FunctionEnd(Box::new(FunctionEnd {
                rest: std::mem::take(&mut self.rest),
                positional: previous,
            })));
        let list = match (body.redirects.is_empty(), body.compound) {
            (true, Some(compound)) => AndOrList::of_compound(*compound),
            (_, compound) => AndOrList {
                source: String::new(),
                compound: None,
                first: Pipeline {
                    negated: false,
                    timed: None,
                    commands: vec![SimpleCommand { compound, ..body }],
                },
                rest: Vec::new(),
            },
        };
        self.items
            .push_front(Work::List(list, Separator::Sequential));
        self.set_status(0, ctx);
        None
    }

    /// `exit` inside `bash FILE`: the script ends, not the shell. `false` when no such script
    /// is running.
    fn exit_script(&mut self, code: i32, ctx: &mut ExecContext<'_>) -> bool {
        let Some(end) = self
            .items
            .iter()
            .position(|work| matches!(work, Work::ScriptEnd(end) if end.subshell_cwd.is_some()))
        else {
            return false;
        };
        self.rest.clear();
        for work in self.items.drain(..end).collect::<Vec<_>>() {
            if let Work::ScriptEnd(inner) = work {
                Self::end_script(*inner, ctx);
            }
        }
        ctx.shell.exit_requested = None;
        self.set_status(code, ctx);
        true
    }

    fn push_front_program(&mut self, program: &Program) {
        for (list, separator) in program.items.iter().rev() {
            self.items.push_front(Work::List(list.clone(), *separator));
        }
    }

    /// Runs one piece of a compound command's state.
    fn step_compound(&mut self, work: Work, ctx: &mut ExecContext<'_>, io: &mut Io, depth: usize) {
        match work {
            // Handled by `run_at_depth`, which has the terminal.
            Work::List(..) | Work::Script(_) | Work::ScriptEnd(_) | Work::FunctionEnd(_) => {}
            Work::For {
                name,
                mut values,
                body,
                ran,
                header,
            } => match values.pop_front() {
                Some(_) if ctx.shell.has_attribute(&name, super::state::READONLY) => {
                    io.err(&format!("bash: {name}: readonly variable\n"));
                    self.set_status(1, ctx);
                }
                Some(value) => {
                    if ctx.shell.options.xtrace {
                        io.err(&format!("{} {header}\n", xtrace_marks(depth, ctx.shell)));
                    }
                    ctx.shell.set_var(&name, value);
                    let program = body.clone();
                    self.items.push_front(Work::For {
                        name,
                        values,
                        body,
                        ran: true,
                        header,
                    });
                    self.push_front_program(&program);
                }
                None => self.set_status(if ran { self.status } else { 0 }, ctx),
            },
            Work::While {
                until,
                condition,
                body,
                ran,
                step,
            } => {
                let body_status = if ran { self.status } else { 0 };
                let program = condition.clone();
                let step_now = step.clone().filter(|_| ran);
                self.items.push_front(Work::WhileTest {
                    until,
                    condition,
                    body,
                    body_status,
                    step,
                });
                self.push_front_program(&program);
                if let Some(step) = step_now {
                    self.push_front_program(&step);
                }
            }
            Work::WhileTest {
                until,
                condition,
                body,
                body_status,
                step,
            } => {
                if (self.status == 0) != until {
                    let program = body.clone();
                    self.items.push_front(Work::While {
                        until,
                        condition,
                        body,
                        ran: true,
                        step,
                    });
                    self.push_front_program(&program);
                } else {
                    self.set_status(body_status, ctx);
                }
            }
            Work::IfTest {
                branches,
                otherwise,
                index,
            } => {
                if self.status == 0 {
                    if let Some((_, body)) = branches.get(index) {
                        let program = body.clone();
                        self.push_front_program(&program);
                    }
                } else if let Some((condition, _)) = branches.get(index + 1) {
                    let program = condition.clone();
                    self.items.push_front(Work::IfTest {
                        branches,
                        otherwise,
                        index: index + 1,
                    });
                    self.push_front_program(&program);
                } else if let Some(otherwise) = otherwise {
                    self.push_front_program(&otherwise);
                } else {
                    self.set_status(0, ctx);
                }
            }
        }
    }

    /// Starts a compound command: its first piece of state goes in front.
    /// `case`: the first item a pattern of which matches the expanded word runs; `;&` runs
    /// the next item's commands too, `;;&` goes on testing. No match: status 0.
    fn start_case(
        &mut self,
        word: &Word,
        items: &[super::syntax::CaseItem],
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) {
        use super::syntax::CaseTerminator;
        let mut errors = Io::default();
        let mut expander = Expander::new(ctx, &mut errors, depth);
        let mut selected = Program::default();
        let outcome = (|| -> Result<(), expand::ExpansionError> {
            let subject = expand::expand_word_single(word, &mut expander)?;
            if expander.ctx.shell.options.xtrace {
                // bash shows the word as typed.
                expander.errors.err(&format!(
                    "{} case {} in\n",
                    xtrace_marks(depth, expander.ctx.shell),
                    word.source
                ));
            }
            let mut testing = true;
            for item in items {
                let runs = if testing {
                    let mut matched = false;
                    for pattern in &item.patterns {
                        let pattern = expand::expand_pattern(pattern, &mut expander)?;
                        if expand::pattern_matches(&pattern, &subject) {
                            matched = true;
                            break;
                        }
                    }
                    matched
                } else {
                    // After `;&`: this item's commands run, untested.
                    true
                };
                if !runs {
                    continue;
                }
                selected.items.extend(item.body.items.iter().cloned());
                match item.terminator {
                    CaseTerminator::Break => break,
                    CaseTerminator::FallThrough => testing = false,
                    CaseTerminator::TestNext => testing = true,
                }
            }
            Ok(())
        })();
        io.append(errors);
        if let Err(error) = outcome {
            io.err(&format!("{error}\n"));
            self.set_status(1, ctx);
            return;
        }
        self.set_status(0, ctx);
        self.push_front_program(&selected);
    }

    fn start_compound(
        &mut self,
        compound: Compound,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) {
        match compound {
            Compound::For { name, words, body } => {
                let header = match &words {
                    Some(words) => {
                        let typed: Vec<&str> = words.iter().map(|w| w.source.as_str()).collect();
                        format!("for {name} in {}", typed.join(" "))
                    }
                    None => format!("for {name} in \"$@\""),
                };
                let values = match words {
                    // Without `in`: the positional parameters.
                    None => ctx.shell.positional.args.clone(),
                    Some(words) => {
                        let mut errors = Io::default();
                        let expanded = {
                            let mut expander = Expander::new(ctx, &mut errors, depth);
                            expand::expand_words(&words, &mut expander)
                        };
                        io.append(errors);
                        match expanded {
                            Ok(values) => values,
                            Err(_) => {
                                self.set_status(1, ctx);
                                return;
                            }
                        }
                    }
                };
                self.items.push_front(Work::For {
                    name,
                    values: values.into_iter().collect(),
                    body,
                    ran: false,
                    header,
                });
            }
            Compound::Case { word, items } => self.start_case(&word, &items, ctx, io, depth),
            Compound::Group { body } => self.push_front_program(&body),
            // Never a list item of its own (the parser keeps it a command), but runs as one.
            Compound::Subshell { .. } => {
                let command = SimpleCommand {
                    compound: Some(Box::new(compound)),
                    ..SimpleCommand::default()
                };
                self.start_pipeline(
                    Pipeline {
                        negated: false,
                        timed: None,
                        commands: vec![command],
                    },
                    ctx,
                    io,
                    depth,
                );
            }
            Compound::While {
                until,
                condition,
                body,
            } => self.items.push_front(Work::While {
                until,
                condition,
                body,
                ran: false,
                step: None,
            }),
            Compound::Function { name, body } => {
                ctx.shell.set_function(&name, *body);
                self.set_status(0, ctx);
            }
            Compound::Arithmetic { expression } => {
                if ctx.shell.options.xtrace {
                    let text = expression
                        .source
                        .strip_prefix("$((")
                        .and_then(|text| text.strip_suffix("))"))
                        .unwrap_or(&expression.source);
                    let mut errors = Io::default();
                    let shown = {
                        let expander = Expander::new(ctx, &mut errors, depth);
                        expand::substitute_parameters(text, &expander)
                    };
                    io.err(&format!(
                        "{} (( {} ))\n",
                        xtrace_marks(depth, ctx.shell),
                        shown.trim()
                    ));
                }
                let status = match self.arithmetic_status(&expression, ctx, io, depth) {
                    Some(value) => i32::from(value == 0),
                    None => 1,
                };
                self.set_status(status, ctx);
            }
            Compound::Conditional { expression, .. } => {
                let mut errors = Io::default();
                let result = {
                    let mut expander = Expander::new(ctx, &mut errors, depth);
                    super::conditional::evaluate(&expression, &mut expander)
                };
                io.append(errors);
                let status = match result {
                    Ok(value) => i32::from(!value),
                    Err(failure) => {
                        if let Some(message) = failure.message {
                            io.err(&message);
                        }
                        failure.status
                    }
                };
                self.set_status(status, ctx);
            }
            Compound::ArithmeticFor {
                init,
                condition,
                step,
                body,
            } => {
                if self.arithmetic_status(&init, ctx, io, depth).is_none() {
                    self.set_status(1, ctx);
                    return;
                }
                let arithmetic = |expression: Word| Program {
                    items: vec![(
                        AndOrList::of_compound(Compound::Arithmetic { expression }),
                        Separator::Sequential,
                    )],
                    warnings: Vec::new(),
                };
                self.items.push_front(Work::While {
                    until: false,
                    condition: arithmetic(condition),
                    body,
                    ran: false,
                    step: Some(arithmetic(step)),
                });
            }
            Compound::If {
                branches,
                otherwise,
            } => {
                let Some((condition, _)) = branches.first() else {
                    return;
                };
                let program = condition.clone();
                self.items.push_front(Work::IfTest {
                    branches,
                    otherwise,
                    index: 0,
                });
                self.push_front_program(&program);
            }
        }
    }

    /// The value of an arithmetic word (`$((…))`), or `None` after printing its error.
    fn arithmetic_status(
        &mut self,
        expression: &Word,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) -> Option<i64> {
        let mut errors = Io::default();
        let value = {
            let mut expander = Expander::new(ctx, &mut errors, depth);
            expand::expand_word_single(expression, &mut expander)
        };
        io.append(errors);
        match value {
            Ok(value) => Some(value.trim().parse().unwrap_or(0)),
            Err(error) => {
                // bash names the command: `bash: ((: 1/0: division by 0 …` (not for a
                // read-only variable).
                let message = error.to_string();
                if message.ends_with(expand::READONLY_MESSAGE) {
                    io.err(&format!("{message}\n"));
                    return None;
                }
                let message = message.strip_prefix("bash: ").unwrap_or(&message);
                io.err(&format!("bash: ((: {message}\n"));
                None
            }
        }
    }

    fn set_status(&mut self, status: i32, ctx: &mut ExecContext<'_>) {
        self.status = status;
        ctx.shell.last_status = status;
    }

    /// `break N` / `continue N`: drops what is left of the loops it leaves. `continue` keeps
    /// the Nth loop's state, so its next round comes next.
    fn unwind_loops(&mut self, control: LoopControl, ctx: &mut ExecContext<'_>) {
        self.rest.clear();
        let (mut levels, keep) = match control {
            LoopControl::Break(levels) => (levels.max(1), false),
            LoopControl::Continue(levels) => (levels.max(1), true),
        };
        while let Some(front) = self.items.pop_front() {
            // `break` in a sourced file leaves the loop around `source`; `bash FILE` is
            // another process, as far as `break` reaches.
            if let Work::ScriptEnd(end) = front {
                if end.subshell_cwd.is_some() {
                    self.items.push_front(Work::ScriptEnd(end));
                    return;
                }
                Self::end_script(*end, ctx);
                continue;
            }
            if let Work::FunctionEnd(end) = front {
                self.items.push_front(Work::FunctionEnd(end));
                return;
            }
            if !front.is_loop() {
                continue;
            }
            levels -= 1;
            if levels > 0 {
                continue;
            }
            if keep {
                let next_round = match front {
                    // `continue` in a condition starts the round again.
                    Work::WhileTest {
                        until,
                        condition,
                        body,
                        step,
                        ..
                    } => Work::While {
                        until,
                        condition,
                        body,
                        ran: true,
                        step,
                    },
                    other => other,
                };
                self.items.push_front(next_round);
            }
            return;
        }
        // The loops left are the caller's (a redirected compound command run here).
        if self.outer_loops > 0 {
            ctx.shell.loop_control = Some(if keep {
                LoopControl::Continue(levels)
            } else {
                LoopControl::Break(levels)
            });
        }
    }

    /// The loops `break` reaches: not those around a function call or `bash FILE`.
    fn loop_depth(&self) -> usize {
        let barrier = |work: &Work| {
            matches!(work, Work::ScriptEnd(end) if end.subshell_cwd.is_some())
                || matches!(work, Work::FunctionEnd(_))
        };
        let own = self.items.iter().take_while(|work| !barrier(work));
        let reaches_out = !self.items.iter().any(barrier);
        own.filter(|work| work.is_loop()).count() + if reaches_out { self.outer_loops } else { 0 }
    }

    /// Whether the waiting command only ends on an interrupt.
    pub fn endless(&self) -> bool {
        self.blocked
            .as_ref()
            .map(|b| b.waiter.endless())
            .unwrap_or(false)
    }

    pub fn wake_at(&self) -> Option<crate::clock::SimTime> {
        self.blocked.as_ref().and_then(|b| b.waiter.wake_at())
    }

    /// Runs until the program ends (`Some(status)`) or a command waits (`None`).
    pub fn run(&mut self, ctx: &mut ExecContext<'_>, io: &mut Io) -> Option<i32> {
        self.run_at_depth(ctx, io, 0)
    }

    fn run_at_depth(
        &mut self,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) -> Option<i32> {
        if ctx.shell.nesting == 0 && self.steps == 0 {
            // A new line, or the shell's program (or a job) going on after it waited: the
            // commands it runs from here, at any depth, share a budget.
            ctx.shell.line_steps = 0;
        }
        ctx.shell.nesting += 1;
        let result = self.run_steps(ctx, io, depth);
        ctx.shell.nesting = ctx.shell.nesting.saturating_sub(1);
        if ctx.shell.nesting == 0 {
            // Everything the stop reached has given up.
            ctx.shell.line_stopped = None;
        }
        result
    }

    fn run_steps(&mut self, ctx: &mut ExecContext<'_>, io: &mut Io, depth: usize) -> Option<i32> {
        loop {
            if self.blocked.is_some() {
                self.steps = 0;
                return None;
            }
            if let Some(status) = ctx.shell.line_stopped {
                // A fork failed or the line ran too long, deeper or in a job started here.
                self.abandon(ctx);
                self.set_status(status, ctx);
                return Some(status);
            }
            if std::mem::take(&mut ctx.shell.abandon_line) {
                self.abandon(ctx);
                return Some(self.status);
            }
            if let Some(code) = ctx.shell.exit_requested {
                if self.exit_script(code, ctx) {
                    continue;
                }
                self.abandon(ctx);
                return Some(self.status);
            }
            if let Some(code) = ctx.shell.return_requested.take() {
                if !self.return_from_function(code, ctx) {
                    // The function runs in a caller's execution: it ends this one.
                    ctx.shell.return_requested = Some(code);
                    self.abandon(ctx);
                    self.set_status(code, ctx);
                    return Some(code);
                }
                continue;
            }
            if let Some(control) = ctx.shell.loop_control.take() {
                self.unwind_loops(control, ctx);
            }
            self.steps += 1;
            ctx.shell.line_steps += 1;
            if self.steps > STEPS_BEFORE_STOP || ctx.shell.line_steps > STEPS_BEFORE_STOP {
                io.err("bash: the playground stopped a loop that ran 100000 commands without waiting\n");
                // Every execution the line runs, however nested, stops with this one.
                ctx.shell.line_stopped = Some(1);
                self.abandon(ctx);
                self.steps = 0;
                self.set_status(1, ctx);
                return Some(1);
            }
            if self.steps.is_multiple_of(STEPS_BEFORE_YIELD) && ctx.interactive && depth == 0 {
                // Let the page breathe; `poll` goes on from here.
                self.yielded = true;
                return None;
            }
            if let Some((connector, pipeline)) = self.rest.pop_front() {
                let run_it = match connector {
                    AndOr::And => self.status == 0,
                    AndOr::Or => self.status != 0,
                };
                if run_it {
                    ctx.shell.loop_depth = self.loop_depth();
                    self.start_located_pipeline(pipeline, ctx, io, depth);
                }
                continue;
            }
            let Some(work) = self.items.pop_front() else {
                return Some(self.status);
            };
            let (and_or, separator) = match work {
                Work::List(and_or, separator) => (and_or, separator),
                Work::Script(script) => {
                    self.step_script(script, ctx, io);
                    continue;
                }
                Work::ScriptEnd(end) => {
                    self.rest = Self::end_script(*end, ctx);
                    continue;
                }
                Work::FunctionEnd(end) => {
                    self.rest = Self::end_function(*end, ctx);
                    continue;
                }
                other => {
                    self.step_compound(other, ctx, io, depth);
                    continue;
                }
            };
            if separator == Separator::Background {
                if let Some(keyword) = and_or.compound_keyword() {
                    io.err(&format!(
                        "bash: `{keyword}': compound commands in background jobs are not supported by this shell\n"
                    ));
                    self.set_status(1, ctx);
                    continue;
                }
            }
            if let Some(compound) = and_or.compound {
                self.start_compound(*compound, ctx, io, depth);
                continue;
            }
            if separator == Separator::Background {
                start_background(and_or, ctx, io);
                self.status = 0;
                ctx.shell.last_status = 0;
                continue;
            }
            self.rest = and_or.rest.into_iter().collect();
            ctx.shell.loop_depth = self.loop_depth();
            self.start_located_pipeline(and_or.first, ctx, io, depth);
        }
    }

    /// Starts a pipeline; in a script run by `bash`, the shell's own messages name the script
    /// and line as bash's do (`err.sh: line 3: foo: command not found`).
    fn start_located_pipeline(
        &mut self,
        pipeline: Pipeline,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) {
        let Some(place) = ctx.shell.script_place.clone() else {
            self.start_pipeline(pipeline, ctx, io, depth);
            return;
        };
        let line = pipeline.commands.first().map_or(1, |command| command.line);
        let location = format!("{place}: line {line}: ");
        let mut own = Io::default();
        self.start_pipeline(pipeline, ctx, &mut own, depth);
        for (stream, text) in own.chunks {
            if stream == Stream::Stderr {
                let located: String = text
                    .split_inclusive('\n')
                    .map(|line| match line.strip_prefix("bash: ") {
                        Some(message) => format!("{location}{message}"),
                        None => line.to_string(),
                    })
                    .collect();
                io.err(&located);
            } else {
                io.out(&text);
            }
        }
    }

    /// Called after the clock moved.
    pub fn poll(&mut self, ctx: &mut ExecContext<'_>, io: &mut Io) -> Option<i32> {
        if self.yielded {
            self.yielded = false;
            return self.run(ctx, io);
        }
        let mut blocked = self.blocked.take()?;
        let mut waiter_io = Io::default();
        let (done, attach) = {
            let mut env = ctx.env(None);
            let done = blocked.waiter.poll(&mut env, &mut waiter_io);
            (done, env.attach.take())
        };
        if attach.is_some() {
            ctx.shell.attach_requested = attach;
        }
        route(waiter_io, &blocked.routing, &mut blocked.piped, io, ctx.fs);
        self.stream_lines(&mut blocked, ctx, io);
        let done = if blocked.streaming.is_some_and(|s| s.head_is_full()) {
            stop_writer(&mut blocked, ctx);
            Some(0)
        } else {
            done
        };
        match done {
            None => {
                self.blocked = Some(blocked);
                None
            }
            Some(status) => {
                self.finish_blocked(blocked, status, ctx, io);
                self.run(ctx, io)
            }
        }
    }

    /// Whether the waiting command reads its terminal (`kubectl delete -i` asking).
    pub fn reads_terminal(&self) -> bool {
        self.blocked
            .as_ref()
            .is_some_and(|blocked| blocked.waiter.reads_terminal())
    }

    /// The file the waiting command has open in the terminal's editor (`vi pod.yaml`).
    pub fn edit_request(&self) -> Option<&EditRequest> {
        self.blocked.as_ref()?.waiter.edit_request()
    }

    /// What the terminal hands the running program: a typed line or Ctrl+D, which the waiting
    /// command takes if it reads its terminal (`kubectl delete -i`, `cat > file`), or what its
    /// editor saved. `None` if it does not take it; else the program's status once it has
    /// finished (`Some(None)`: still running).
    pub fn reply(
        &mut self,
        reply: TerminalReply<'_>,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
    ) -> Option<Option<i32>> {
        let mut blocked = self.blocked.take()?;
        let mut waiter_io = Io::default();
        let taken = {
            let mut env = ctx.env(None);
            let waiter = &mut blocked.waiter;
            match reply {
                TerminalReply::Line(line) => waiter.read_line(line, &mut env, &mut waiter_io),
                TerminalReply::EndOfInput => waiter.end_of_input(&mut env, &mut waiter_io),
                TerminalReply::Edited(saved) => waiter.finish_edit(saved, &mut env, &mut waiter_io),
            }
        };
        route(waiter_io, &blocked.routing, &mut blocked.piped, io, ctx.fs);
        self.stream_lines(&mut blocked, ctx, io);
        match taken {
            LineRead::Ignored => {
                self.blocked = Some(blocked);
                None
            }
            LineRead::Continue => {
                self.blocked = Some(blocked);
                Some(None)
            }
            LineRead::Finished(Outcome::Wait(waiter)) => {
                blocked.waiter = waiter;
                self.blocked = Some(blocked);
                Some(None)
            }
            LineRead::Finished(Outcome::Done(status)) => {
                self.finish_blocked(blocked, status, ctx, io);
                Some(self.run(ctx, io))
            }
        }
    }

    /// Ctrl+C: stop the waiting command and abandon the rest of the program.
    pub fn interrupt(&mut self, ctx: &mut ExecContext<'_>, io: &mut Io) -> i32 {
        if let Some(mut blocked) = self.blocked.take() {
            let mut waiter_io = Io::default();
            let status = {
                let mut env = ctx.env(None);
                blocked.waiter.interrupt(&mut env, &mut waiter_io)
            };
            route(waiter_io, &blocked.routing, &mut blocked.piped, io, ctx.fs);
            self.status = status;
            // bash reports a timed pipeline that Ctrl+C stopped, too.
            report_time(blocked.timed, ctx, io);
        }
        self.abandon(ctx);
        self.yielded = false;
        ctx.shell.last_status = self.status;
        self.status
    }

    fn finish_blocked(
        &mut self,
        blocked: Blocked,
        status: i32,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
    ) {
        let mut blocked = blocked;
        // `read`: the typed line goes into the shell's variables, unless it was a stage of a
        // pipeline (a subshell: `read x | cat` sets nothing).
        if blocked.later.is_empty() {
            for (name, value) in blocked.waiter.shell_assignments() {
                super::arrays::set_read_variable(ctx.shell, &name, value);
            }
        }
        let waiter_status = status;
        let mut status = status;
        if !blocked.later.is_empty() {
            match blocked.streaming {
                Some(streamed) if streamed.ran && blocked.piped.is_empty() => {
                    status = if streamed.succeeded {
                        0
                    } else {
                        streamed.last_status
                    };
                }
                Some(streamed) if streamed.ran => {
                    let rest = self
                        .run_stages(&blocked.later, Some(blocked.piped), ctx, io, 0)
                        .unwrap_or(status);
                    status = if streamed.succeeded { 0 } else { rest };
                }
                _ => {
                    status = self
                        .run_stages(&blocked.later, Some(blocked.piped), ctx, io, 0)
                        .unwrap_or(status);
                }
            }
        }
        if ctx.shell.options.pipefail && status == 0 {
            status = waiter_status;
        }
        if blocked.negated {
            status = i32::from(status == 0);
        }
        self.status = status;
        ctx.shell.last_status = status;
        report_time(blocked.timed, ctx, io);
        self.exit_on_error(status, blocked.negated, ctx);
    }

    /// `set -e`: a failing pipeline ends the shell (or the script run by `bash`), unless it is
    /// negated, is not the last of an `&&`/`||` list, or is a loop's or an `if`'s condition.
    fn exit_on_error(&mut self, status: i32, negated: bool, ctx: &mut ExecContext<'_>) {
        if !ctx.shell.options.errexit || status == 0 || negated || !self.rest.is_empty() {
            return;
        }
        let in_condition = matches!(
            self.items
                .iter()
                .find(|work| !matches!(work, Work::List(..))),
            Some(Work::WhileTest { .. } | Work::IfTest { .. })
        );
        if !in_condition {
            ctx.shell.exit_requested = Some(status);
        }
    }

    fn start_pipeline(
        &mut self,
        pipeline: Pipeline,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) {
        let negated = pipeline.negated;
        let timed = pipeline.timed.map(|format| (format, ctx.cluster.now()));
        match self.run_stages(&pipeline.commands, None, ctx, io, depth) {
            Some(status) => {
                let status = if negated {
                    i32::from(status == 0)
                } else {
                    status
                };
                self.status = status;
                ctx.shell.last_status = status;
                report_time(timed, ctx, io);
                self.exit_on_error(status, negated, ctx);
            }
            None => {
                if let Some(blocked) = self.blocked.as_mut() {
                    blocked.negated = negated;
                    blocked.timed = timed;
                }
            }
        }
    }

    /// Runs stages in order, piping each one's stdout into the next. `None` if one waits.
    fn run_stages(
        &mut self,
        stages: &[SimpleCommand],
        mut input: Option<String>,
        ctx: &mut ExecContext<'_>,
        io: &mut Io,
        depth: usize,
    ) -> Option<i32> {
        let mut status = 0;
        let mut last_failure = 0;
        let count = stages.len();
        for (index, command) in stages.iter().enumerate() {
            if let Some(status) = ctx.shell.line_stopped {
                // A fork failed in an earlier stage: bash kills the whole pipeline.
                return Some(status);
            }
            let last = index + 1 == count;
            let mut piped = String::new();
            // Each stage of a pipeline is a subshell of its own.
            let step = if count > 1 || input.is_some() {
                in_subshell(ctx, |ctx| {
                    run_simple(command, input.take(), last, &mut piped, ctx, io, depth)
                })
            } else {
                run_simple(command, input.take(), last, &mut piped, ctx, io, depth)
            };
            match step {
                Step::Done(code) => {
                    status = code;
                    if code != 0 {
                        last_failure = code;
                    }
                    ctx.shell.last_status = code;
                }
                Step::Function(body, args) => return self.start_function(body, args, ctx, io),
                Step::Script(argv, stdin) => {
                    // Only a command of its own, or the last stage of a pipeline feeding a
                    // script to `bash`, gets here (`run_simple` refuses the others).
                    return self.start_script(&argv, stdin, ctx, io);
                }
                Step::Wait(waiter, routing) => {
                    let later = stages
                        .get(index + 1..)
                        .map(<[SimpleCommand]>::to_vec)
                        .unwrap_or_default();
                    let head = later.last().and_then(head_limit);
                    let filters = later.len() - usize::from(head.is_some());
                    let streaming = (!later.is_empty()
                        && later.iter().take(filters).all(is_line_filter))
                    .then_some(Streamed {
                        head_remaining: head,
                        ..Streamed::default()
                    });
                    let mut blocked = Blocked {
                        waiter,
                        routing,
                        piped,
                        later,
                        negated: false,
                        timed: None,
                        streaming,
                    };
                    self.stream_lines(&mut blocked, ctx, io);
                    if blocked.streaming.is_some_and(|s| s.head_is_full()) {
                        stop_writer(&mut blocked, ctx);
                        return Some(0);
                    }
                    self.blocked = Some(blocked);
                    return None;
                }
            }
            input = Some(piped);
        }
        // `set -o pipefail`: the last stage that failed decides.
        if ctx.shell.options.pipefail && last_failure != 0 {
            status = last_failure;
        }
        Some(status)
    }
}

impl Execution {
    /// Runs the complete lines a waiting stage has written so far through the later stages,
    /// when they are line filters.
    fn stream_lines(&mut self, blocked: &mut Blocked, ctx: &mut ExecContext<'_>, io: &mut Io) {
        let Some(streamed) = blocked.streaming.as_mut() else {
            return;
        };
        let Some(end) = blocked.piped.rfind('\n') else {
            return;
        };
        let lines: String = blocked.piped.drain(..=end).collect();
        let Some(remaining) = streamed.head_remaining else {
            // Line filters never wait, so this always ends.
            if let Some(status) = self.run_stages(&blocked.later, Some(lines), ctx, io, 0) {
                streamed.ran = true;
                streamed.succeeded |= status == 0;
                streamed.last_status = status;
            }
            return;
        };
        // `… | filters | head -n N`: the filters' output, up to the lines head still takes.
        let filters = blocked.later.len().saturating_sub(1);
        let filtered = if filters == 0 {
            lines
        } else {
            let mut captured = Io::default();
            let _ = self.run_stages(
                blocked.later.get(..filters).unwrap_or_default(),
                Some(lines),
                ctx,
                &mut captured,
                0,
            );
            io.err(&captured.text(Stream::Stderr));
            captured.text(Stream::Stdout)
        };
        let taken: Vec<&str> = filtered.split_inclusive('\n').take(remaining).collect();
        io.out(&taken.concat());
        streamed.head_remaining = Some(remaining - taken.len());
        streamed.ran = true;
        streamed.succeeded = true;
        streamed.last_status = 0;
    }
}

/// `head`'s SIGPIPE: the waiting writer is stopped and what it still writes goes nowhere.
fn stop_writer(blocked: &mut Blocked, ctx: &mut ExecContext<'_>) {
    let mut discarded = Io::default();
    let mut env = ctx.env(None);
    let _ = blocked.waiter.interrupt(&mut env, &mut discarded);
    blocked.piped.clear();
}

/// `head`, `head -n N`, `head -nN` or `head -N` reading its input (literal words, no files, no
/// redirections): how many lines it prints.
fn head_limit(command: &SimpleCommand) -> Option<usize> {
    if !command.redirects.is_empty() || !command.assignments.is_empty() {
        return None;
    }
    let words: Vec<String> = command
        .words
        .iter()
        .map(literal_text)
        .collect::<Option<_>>()?;
    match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["head"] => Some(10),
        ["head", "-n", count] => count.parse().ok(),
        ["head", option] => option
            .strip_prefix("-n")
            .or_else(|| option.strip_prefix('-'))
            .and_then(|count| count.parse().ok()),
        _ => None,
    }
}

/// A sed script whose commands each look at one line alone: `s…` substitutions and
/// `/re/p`, `/re/d` (no line numbers, `$`, ranges, hold space, `N`, `q` or `=`, which need
/// the whole input). Conservative: a `;` inside a pattern makes it say no.
fn sed_script_is_per_line(script: &str) -> bool {
    script.split(';').map(str::trim).all(|command| {
        let substitution = command.starts_with('s') && command.len() > 1;
        let filter = command.starts_with('/')
            && (command.ends_with("/p") || command.ends_with("/d"))
            && !command.contains(',');
        !command.contains('\n') && (substitution || filter)
    })
}

/// Whether a pipeline stage turns each input line into output on its own, so that running it
/// on the lines as they come gives what running it once on everything would: `cat`, `grep
/// PATTERN` (no counting, numbering or context, no files) and `sed SCRIPT` (no files, not
/// in place), without redirections and with only literal words; and a `while` loop.
fn is_line_filter(command: &SimpleCommand) -> bool {
    if !command.redirects.is_empty() || !command.assignments.is_empty() {
        return false;
    }
    // `… | while read line; do …; done` reads a line a round: running it on the lines as they
    // come gives what one run on everything would (the variables it sets start afresh with
    // each batch, as the pipeline stage's subshell does).
    if let Some(compound) = &command.compound {
        return matches!(**compound, Compound::While { until: false, .. });
    }
    let words: Option<Vec<String>> = command.words.iter().map(literal_text).collect();
    let Some(words) = words else {
        return false;
    };
    let Some((name, args)) = words.split_first() else {
        return false;
    };
    let (options, operands): (Vec<&String>, Vec<&String>) = args
        .iter()
        .partition(|arg| arg.starts_with('-') && arg.len() > 1);
    match name.as_str() {
        "cat" => args.iter().all(|arg| arg == "-"),
        "grep" => {
            options
                .iter()
                .all(|option| matches!(option.as_str(), "-i" | "-v" | "-E" | "-F" | "-w"))
                && operands.len() == 1
        }
        "sed" => {
            options
                .iter()
                .all(|option| matches!(option.as_str(), "-n" | "-E" | "-r"))
                && operands.len() == 1
                && operands
                    .first()
                    .is_some_and(|script| sed_script_is_per_line(script))
        }
        _ => false,
    }
}

/// The text of a word made only of literal parts (quoted or not).
fn literal_text(word: &Word) -> Option<String> {
    word.parts
        .iter()
        .map(|part| match part {
            WordPart::Literal { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// How one simple command ended.
enum Step {
    Done(i32),
    Wait(Box<dyn Waiter>, Routing),
    /// `source FILE`, `bash FILE`, `bash -c TEXT`: the expanded words, for the program to run
    /// in its place; and for `bash` alone, the script it reads on its standard input (a pipe,
    /// `< file`, a here-document).
    Script(Vec<String>, Option<String>),
    /// A function called as a command of its own: its body and arguments.
    Function(SimpleCommand, Vec<String>),
}

/// Sends a command's output where its routing says.
fn route(io_cmd: Io, routing: &Routing, piped: &mut String, terminal: &mut Io, fs: &mut Vfs) {
    for (stream, text) in io_cmd.chunks {
        let sink = match stream {
            Stream::Stdout => &routing.stdout,
            Stream::Stderr => &routing.stderr,
        };
        match sink {
            Sink::TerminalOut => terminal.out(&text),
            Sink::TerminalErr => terminal.err(&text),
            Sink::Pipe => piped.push_str(&text),
            Sink::File { path } => {
                let _ = fs.append(path, &text);
            }
            Sink::Discard => {}
        }
    }
}

/// Expansion through the shell's state; `$(…)` runs nested programs to completion.
struct Expander<'x, 'a> {
    ctx: &'x mut ExecContext<'a>,
    errors: &'x mut Io,
    depth: usize,
}

impl<'x, 'a> Expander<'x, 'a> {
    fn new(ctx: &'x mut ExecContext<'a>, errors: &'x mut Io, depth: usize) -> Self {
        Expander { ctx, errors, depth }
    }

    /// What a command or process substitution prints, run to completion in a subshell; its
    /// errors go to the command's standard error.
    fn substitution_output(&mut self, program: &Program) -> String {
        if self.ctx.shell.line_stopped.is_some() {
            return String::new();
        }
        if self.depth >= MAX_SUBST_DEPTH || self.ctx.shell.nesting >= MAX_NESTING {
            // bash forks for `$(…)`.
            fork_failed(self.ctx, self.errors);
            return String::new();
        }
        let mut inner = Io::default();
        let depth = self.depth + 1;
        // A subshell: its changes, and its `exit`, stay inside.
        let result = in_subshell(self.ctx, |ctx| {
            // bash does not pass `set -e` into a command substitution (without
            // inherit_errexit); the subshell's end puts the option back.
            ctx.shell.options.errexit = false;
            run_to_completion(program.clone(), 0, ctx, &mut inner, depth)
        });
        self.ctx.shell.substitution_status = Some(result.unwrap_or(130));
        let mut captured = String::new();
        for (stream, text) in inner.chunks {
            match stream {
                Stream::Stdout => captured.push_str(&text),
                Stream::Stderr => self.errors.err(&text),
            }
        }
        captured
    }
}

impl ExpandContext for Expander<'_, '_> {
    fn trace(&mut self, text: &str) {
        if self.ctx.shell.options.xtrace {
            let marks = xtrace_marks(self.depth, self.ctx.shell);
            self.errors.err(&format!("{marks} {text}\n"));
        }
    }

    fn var(&self, name: &str) -> Option<String> {
        match name {
            "PWD" => Some(self.ctx.fs.cwd().to_string()),
            "RANDOM" => Some("4".to_string()),
            // bash's special parameters and the variables it sets itself.
            "0" => Some(
                self.ctx
                    .shell
                    .positional
                    .zero
                    .clone()
                    .unwrap_or_else(|| "bash".to_string()),
            ),
            "#" => Some(self.ctx.shell.positional.args.len().to_string()),
            "@" | "*" => Some(self.ctx.shell.positional.args.join(" ")),
            _ if name.bytes().all(|b| b.is_ascii_digit()) => {
                name.parse::<usize>().ok().and_then(|n| {
                    self.ctx
                        .shell
                        .positional
                        .args
                        .get(n.checked_sub(1)?)
                        .cloned()
                })
            }
            "$" | "BASHPID" => Some(SHELL_PID.to_string()),
            "PPID" => Some((SHELL_PID - 1).to_string()),
            "-" => Some(self.ctx.shell.options.flags(self.ctx.interactive)),
            "_" => Some(self.ctx.shell.last_argument.clone()),
            _ => self
                .ctx
                .shell
                .get_var(name)
                .map(str::to_string)
                .or_else(|| {
                    Some(
                        match name {
                            "HOSTNAME" => "kubeplay",
                            "UID" | "EUID" => "1000",
                            "BASH" => "/bin/bash",
                            "BASH_VERSION" => "5.2.15(1)-release",
                            "SHLVL" => "1",
                            "HOSTTYPE" => "x86_64",
                            "OSTYPE" => "linux-gnu",
                            "MACHTYPE" => "x86_64-pc-linux-gnu",
                            _ => return None,
                        }
                        .to_string(),
                    )
                }),
        }
    }

    fn last_status(&self) -> i32 {
        self.ctx.shell.last_status
    }

    fn command_subst(&mut self, program: &Program) -> String {
        let mut captured = self.substitution_output(program);
        while captured.ends_with('\n') {
            captured.pop();
        }
        captured
    }

    fn process_subst(&mut self, program: &Program) -> String {
        let output = self.substitution_output(program);
        // bash opens a pipe on the highest descriptor below 64 that is not open; the file
        // stands in for the pipe until the command that names it is over.
        let open = &self.ctx.shell.process_substitutions;
        let path = (10..=63)
            .rev()
            .map(|fd| format!("/dev/fd/{fd}"))
            .find(|path| !open.contains(path))
            .unwrap_or_else(|| "/dev/fd/10".to_string());
        let _ = self.ctx.fs.mkdir("/dev/fd", true);
        if self.ctx.fs.write(&path, &output).is_ok() && !open.contains(&path) {
            self.ctx.shell.process_substitutions.push(path.clone());
        }
        path
    }

    fn glob(&self, pattern: &str) -> Vec<String> {
        self.ctx.fs.glob(pattern)
    }

    fn set_var(&mut self, name: &str, value: &str) {
        self.ctx.shell.set_var(name, value.to_string());
    }

    fn unset_var(&mut self, name: &str) {
        self.ctx.shell.unset_var(name);
    }

    fn file_test(&self, op: &str, path: &str) -> bool {
        super::test_builtin::unary_test(op, path, self.ctx.fs)
    }

    fn names_with_prefix(&self, prefix: &str) -> Vec<String> {
        let shell = &self.ctx.shell;
        let names: std::collections::BTreeSet<&String> = shell
            .vars
            .keys()
            .chain(shell.arrays.keys())
            .chain(shell.assocs.keys())
            .collect();
        names
            .into_iter()
            .filter(|name| name.starts_with(prefix))
            .filter(|name| !shell.has_attribute(name, super::state::DECLARED))
            .cloned()
            .collect()
    }

    fn is_readonly(&self, name: &str) -> bool {
        self.ctx.shell.has_attribute(name, super::state::READONLY)
    }

    fn nounset(&self) -> bool {
        self.ctx.shell.options.nounset
    }

    fn positional_args(&self) -> Vec<String> {
        self.ctx.shell.positional.args.clone()
    }

    fn array(&self, name: &str) -> Vec<(i64, String)> {
        if let Some(assoc) = self.ctx.shell.assocs.get(name) {
            // The values in bash's order, for `"${m[@]}"` and the operators on each; counted
            // from 1, as bash's slices of them count (`${m[@]:1}` starts at the first).
            return (1..)
                .zip(
                    assoc
                        .pairs()
                        .into_iter()
                        .map(|(_, value)| value.to_string()),
                )
                .collect();
        }
        if !self.ctx.shell.arrays.contains_key(name) {
            // A scalar, or one of the shell's own variables, is element 0.
            return self
                .var(name)
                .map(|value| vec![(0, value)])
                .unwrap_or_default();
        }
        self.ctx.shell.array_elements(name).into_iter().collect()
    }

    fn is_array(&self, name: &str) -> bool {
        self.ctx.shell.arrays.contains_key(name) || self.ctx.shell.assocs.contains_key(name)
    }

    fn assoc(&self, name: &str) -> Option<Vec<(String, String)>> {
        let assoc = self.ctx.shell.assocs.get(name)?;
        let pairs = assoc.pairs().into_iter();
        Some(pairs.map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn set_assoc_element(&mut self, name: &str, key: &str, value: &str) {
        self.ctx
            .shell
            .set_assoc_element(name, key, value.to_string());
    }

    fn set_assoc(&mut self, name: &str, pairs: Vec<(String, String)>, append: bool) {
        let shell = &mut *self.ctx.shell;
        let mut assoc = shell.assocs.get(name).cloned().unwrap_or_default();
        if !append {
            assoc = assoc.emptied();
        }
        for (key, value) in pairs {
            assoc.insert(&key, value);
        }
        shell.set_assoc(name, assoc);
    }

    fn set_array(&mut self, name: &str, elements: Vec<(i64, String)>) {
        self.ctx
            .shell
            .set_array(name, elements.into_iter().collect());
    }

    fn set_element(&mut self, name: &str, index: i64, value: &str) {
        self.ctx.shell.set_element(name, index, value.to_string());
    }

    fn print_error(&mut self, message: &str) {
        self.errors.err(message);
        if !message.ends_with('\n') {
            self.errors.err("\n");
        }
    }
}

/// Expands, redirects and runs one simple command.
fn run_simple(
    command: &SimpleCommand,
    input: Option<String>,
    last: bool,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Step {
    let substitutions_before = ctx.shell.process_substitutions.len();
    let step = run_simple_command(command, input, last, piped, ctx, io, depth);
    // A command that is over has closed its process substitutions' descriptors; one that
    // goes on (waits, or runs a function or script) keeps them to the end of the line.
    if matches!(step, Step::Done(_)) {
        let closed = ctx
            .shell
            .process_substitutions
            .split_off(substitutions_before.min(ctx.shell.process_substitutions.len()));
        for path in closed {
            let _ = ctx.fs.remove(&path, false);
        }
    }
    step
}

/// `run_simple`'s work: a compound command, a function, a script or a command.
fn run_simple_command(
    command: &SimpleCommand,
    input: Option<String>,
    last: bool,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Step {
    if let Some(compound) = &command.compound {
        return run_compound(
            compound,
            &command.redirects,
            input,
            last,
            piped,
            ctx,
            io,
            depth,
        );
    }
    // Inside a compound command whose input is piped or redirected, a command without input
    // of its own reads that input: what it reads is gone for the commands after it.
    let from_stream = input.is_none() && !redirects_input(&command.redirects);
    let input = match ctx.shell.input_streams.last() {
        Some(stream) if from_stream => Some(stream.clone()),
        _ => input,
    };
    let from_stream = from_stream && input.is_some();
    let mut expansion_errors = Io::default();
    ctx.shell.substitution_status = None;
    // An assignment that ends the command (`a[-9]=x`): its status.
    let mut failed = None;
    let expanded = {
        let mut expander = Expander::new(ctx, &mut expansion_errors, depth);
        let words = expand::expand_words(&command.words, &mut expander);
        let mut assignments = Vec::new();
        let alone = matches!(&words, Ok(words) if words.is_empty());
        for assignment in &command.assignments {
            if assignment.array.is_some() || assignment.subscript.is_some() {
                if alone {
                    // `a[i]=v` shows itself once its value is expanded.
                    if expander.ctx.shell.options.xtrace && assignment.array.is_some() {
                        let marks = xtrace_marks(depth, expander.ctx.shell);
                        expander.errors.err(&format!("{marks} {assignment}\n"));
                    }
                    let result = if expander
                        .ctx
                        .shell
                        .has_attribute(&assignment.name, super::state::READONLY)
                    {
                        Err(super::arrays::AssignError {
                            message: format!("bash: {}: readonly variable", assignment.name),
                            abandons: true,
                        })
                    } else {
                        super::arrays::assign(assignment, &mut expander)
                    };
                    if let Err(error) = result {
                        expander.errors.err(&format!("{}\n", error.message));
                        if error.abandons {
                            if expander.ctx.shell.script_depth == 0 {
                                expander.ctx.shell.abandon_line = true;
                            }
                            failed = Some(1);
                            break;
                        }
                    }
                } else if let Some(subscript) = &assignment.subscript {
                    // bash puts no array in a command's environment.
                    expander.errors.err(&format!(
                        "bash: `{}[{subscript}]': not a valid identifier\n",
                        assignment.name
                    ));
                }
                continue;
            }
            let shell = &expander.ctx.shell;
            if !alone && shell.has_attribute(&assignment.name, super::state::READONLY) {
                // The command runs without it.
                let message = format!("bash: {}: readonly variable\n", assignment.name);
                expander.errors.err(&message);
                continue;
            }
            match expand::expand_assignment_value(&assignment.value, &mut expander) {
                Ok(value) => assignments.push((assignment.name.clone(), assignment.append, value)),
                Err(error) => {
                    expander.errors.err(&format!("{error}\n"));
                }
            }
            if alone {
                if let Err(status) = apply_assignments(&mut assignments, depth, &mut expander) {
                    failed = Some(status);
                    break;
                }
            }
        }
        words.map(|words| (words, assignments))
    };
    io.append(expansion_errors);
    if let Some(status) = failed.or(ctx.shell.line_stopped) {
        // (A fork for `$(…)` failed: the command does not run.)
        return Step::Done(status);
    }
    let (argv, assignments) = match expanded {
        Ok(result) => result,
        Err(error) => {
            io.err(&format!("{error}\n"));
            if matches!(error, expand::ExpansionError::Unbound { .. }) {
                // bash abandons the line; a shell that is not interactive (a script run by
                // `bash`, piped input) exits with 127.
                if ctx.shell.bash_scripts > 0 || !ctx.interactive {
                    ctx.shell.exit_requested = Some(127);
                } else {
                    ctx.shell.abandon_line = true;
                }
            }
            if matches!(
                error,
                expand::ExpansionError::Arithmetic { .. }
                    | expand::ExpansionError::BadSubstitution { .. }
                    | expand::ExpansionError::UnboundArray { .. }
            ) && ctx.shell.script_depth == 0
            {
                // An arithmetic error or a bad substitution in an expansion abandons the
                // whole line typed (functions it called included), in scripts as at the
                // prompt; the next line runs.
                ctx.shell.abandon_line = true;
            }
            return Step::Done(1);
        }
    };
    // `declare -a a=(x y)`: bash expands (and shows) the elements first, runs the
    // builtin, then sets them (even when `local` fails outside a function).
    let mut declared = Vec::new();
    // `declare a=(…)` of a read-only `a`: bash gives up the line before the builtin runs.
    if let Some(assignment) = command.declared_arrays.iter().find(|assignment| {
        ctx.shell
            .has_attribute(&assignment.name, super::state::READONLY)
    }) {
        io.err(&format!("bash: {}: readonly variable\n", assignment.name));
        if ctx.shell.script_depth == 0 {
            ctx.shell.abandon_line = true;
        }
        return Step::Done(1);
    }
    let mut declared_assocs = Vec::new();
    if !command.declared_arrays.is_empty() {
        // `declare -A m=(…)`: keys, not arithmetic subscripts.
        let assoc_option = argv
            .iter()
            .skip(1)
            .any(|arg| arg.starts_with('-') && arg.contains('A'));
        let mut expander = Expander::new(ctx, io, depth);
        for assignment in &command.declared_arrays {
            if assoc_option || expander.ctx.shell.assocs.contains_key(&assignment.name) {
                match super::arrays::assoc_pairs(assignment, true, &mut expander) {
                    Ok(pairs) => {
                        if expander.ctx.shell.options.xtrace {
                            let marks = xtrace_marks(depth, expander.ctx.shell);
                            let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
                            let items: Vec<String> = pairs
                                .iter()
                                .map(|(key, value)| format!("[{}]={}", quote(key), quote(value)))
                                .collect();
                            let text = format!("{}=({})", assignment.name, items.join(" "));
                            expander.errors.err(&format!("{marks} {text}\n"));
                        }
                        declared_assocs.push((assignment.name.clone(), pairs));
                    }
                    Err(error) => expander.errors.err(&format!("{}\n", error.message)),
                }
                continue;
            }
            match super::arrays::compound_elements(assignment, &mut expander) {
                Ok(elements) => {
                    if expander.ctx.shell.options.xtrace {
                        let marks = xtrace_marks(depth, expander.ctx.shell);
                        let text = super::arrays::trace_text(&assignment.name, &elements);
                        expander.errors.err(&format!("{marks} {text}\n"));
                    }
                    declared.push((assignment.name.clone(), elements));
                }
                Err(error) => expander.errors.err(&format!("{}\n", error.message)),
            }
        }
    }
    if ctx.shell.options.xtrace {
        trace(&argv, &assignments, &xtrace_marks(depth, ctx.shell), io);
    }
    if argv.is_empty() {
        for (name, append, value) in assignments.iter().cloned() {
            let current = if append {
                ctx.shell.get_var(&name).map_or(0, str::len)
            } else {
                0
            };
            // A variable that doubles in a loop would exhaust the page's memory.
            if value.len() + current > MAX_VARIABLE_BYTES {
                io.err(&format!(
                    "bash: {name}: the playground keeps variables under 1 MiB\n"
                ));
                return Step::Done(1);
            }
            if append {
                ctx.shell.append_to_var(&name, &value);
            } else {
                ctx.shell.set_var(&name, value);
            }
        }
    }
    // `$_`: the last argument of the command before.
    if let Some(last_argument) = argv.last() {
        ctx.shell.last_argument = last_argument.clone();
    }
    // `command NAME …` runs NAME, never a function of that name (`command -v` is a builtin).
    let mut argv = argv;
    let bypass = argv.len() > 1
        && argv.first().is_some_and(|name| name == "command")
        && argv.get(1).is_some_and(|name| !name.starts_with('-'));
    if bypass {
        argv.remove(0);
    }
    if let Some(body) = argv
        .first()
        .filter(|_| !bypass)
        .and_then(|name| ctx.shell.functions.get(name))
        .cloned()
    {
        let args = argv.get(1..).unwrap_or_default().to_vec();
        if last && input.is_none() && command.redirects.is_empty() && assignments.is_empty() {
            return Step::Function(body, args);
        }
        return run_function_stage(body, args, command, input, last, piped, ctx, io, depth);
    }
    if let Some(name @ ("source" | "." | "bash" | "sh")) = argv.first().map(String::as_str) {
        // `bash` alone reads its script from a pipe, `< file` or a here-document.
        let reads_script = argv.len() == 1
            && matches!(name, "bash" | "sh")
            && command.redirects.iter().all(|redirect| {
                matches!(
                    redirect.kind,
                    RedirectKind::Read(_)
                        | RedirectKind::HereDocument(_)
                        | RedirectKind::HereString(_)
                )
            });
        if reads_script && last && assignments.is_empty() {
            let (_, stdin) = match redirections(&command.redirects, input, last, ctx, io, depth) {
                Ok(result) => result,
                Err(status) => return Step::Done(status),
            };
            return Step::Script(argv, stdin);
        }
        if !assignments.is_empty() && matches!(name, "source" | ".") {
            io.err(&format!(
                "bash: {name}: the playground sources files without variable assignments before them\n"
            ));
            return Step::Done(1);
        }
        if !command.redirects.is_empty() || !last || input.is_some() || !assignments.is_empty() {
            let stage = ScriptStage {
                argv: &argv,
                reads_script,
                assignments: &assignments,
            };
            return run_script_stage(stage, command, input, last, piped, ctx, io, depth);
        }
        return Step::Script(argv, None);
    }
    let (routing, stdin) = match redirections(&command.redirects, input, last, ctx, io, depth) {
        Ok(result) => result,
        Err(status) => return Step::Done(status),
    };
    let Some(name) = argv.first() else {
        // `x=$(false)`: the status of the last substitution, else 0.
        return Step::Done(ctx.shell.substitution_status.unwrap_or(0));
    };
    let mut output = Io::default();
    let mut consumed = 0;
    let outcome = if name == "xargs" {
        consumed = stdin.as_ref().map_or(0, String::len);
        xargs(&argv, stdin.as_deref(), &routing, depth, ctx, &mut output)
    } else {
        let outcome = run_argv(
            &argv,
            stdin,
            &assignments,
            &routing,
            depth,
            ctx,
            &mut output,
            &mut consumed,
        );
        if outcome.is_ok() {
            for (name, elements) in declared {
                // `readonly a=(…)`, `declare -r a=(…)`: made read-only before its elements.
                let readonly = ctx.shell.has_attribute(&name, super::state::READONLY);
                ctx.shell
                    .set_attribute(&name, super::state::READONLY, false);
                ctx.shell.set_array(&name, elements.into_iter().collect());
                ctx.shell
                    .set_attribute(&name, super::state::READONLY, readonly);
            }
            for (name, pairs) in declared_assocs {
                let readonly = ctx.shell.has_attribute(&name, super::state::READONLY);
                ctx.shell
                    .set_attribute(&name, super::state::READONLY, false);
                let old = ctx.shell.assocs.get(&name).cloned().unwrap_or_default();
                let mut map = old.emptied();
                for (key, value) in pairs {
                    map.insert(&key, value);
                }
                ctx.shell.set_assoc(&name, map);
                ctx.shell
                    .set_attribute(&name, super::state::READONLY, readonly);
            }
        }
        outcome
    };
    if from_stream {
        if let Some(stream) = ctx.shell.input_streams.last_mut() {
            *stream = stream.get(consumed..).unwrap_or_default().to_string();
        }
    }
    // Background jobs react first (a port-forward announces the connection before the reply).
    if !ctx.shell.jobs.is_empty() {
        poll_jobs(ctx, io);
    }
    route(output, &routing, piped, io, ctx.fs);
    match outcome {
        Ok(code) => Step::Done(code),
        Err(waiter) => Step::Wait(waiter, routing),
    }
}

/// Shows (`set -x`) and makes the plain assignments expanded so far, of a command with no
/// words (bash makes each before it expands the next: `a=1 b=$a`); `Err`: the status of a
/// value too long to keep.
fn apply_assignments(
    assignments: &mut Vec<(String, bool, String)>,
    depth: usize,
    expander: &mut Expander<'_, '_>,
) -> Result<(), i32> {
    if assignments.is_empty() {
        return Ok(());
    }
    let shell = &mut *expander.ctx.shell;
    if shell.options.xtrace {
        trace(
            &[],
            assignments,
            &xtrace_marks(depth, shell),
            expander.errors,
        );
    }
    for (name, append, value) in assignments.drain(..) {
        if shell.has_attribute(&name, super::state::READONLY) {
            expander
                .errors
                .err(&format!("bash: {name}: readonly variable\n"));
            if shell.script_depth == 0 {
                shell.abandon_line = true;
            }
            return Err(1);
        }
        let current = if append {
            shell.get_var(&name).map_or(0, str::len)
        } else {
            0
        };
        if value.len() + current > MAX_VARIABLE_BYTES {
            expander.errors.err(&format!(
                "bash: {name}: the playground keeps variables under 1 MiB\n"
            ));
            return Err(1);
        }
        if append {
            shell.append_to_var(&name, &value);
        } else {
            shell.set_var(&name, value);
        }
    }
    Ok(())
}

/// Runs one command line's words: kubectl, or a builtin (with `NAME=value` assignments in its
/// environment). `Err` carries a command that waits. `consumed`: how many bytes of `stdin`
/// the command read.
#[allow(clippy::too_many_arguments)]
fn run_argv(
    argv: &[String],
    stdin: Option<String>,
    assignments: &[(String, bool, String)],
    routing: &Routing,
    depth: usize,
    ctx: &mut ExecContext<'_>,
    output: &mut Io,
    consumed: &mut usize,
) -> Result<i32, Box<dyn Waiter>> {
    let name = argv.first().map(String::as_str).unwrap_or("");
    if name == "kubectl" {
        let args: Vec<String> = argv.iter().skip(1).cloned().collect();
        if kubectl_reads_stdin(&args) {
            *consumed = stdin.as_ref().map_or(0, String::len);
        }
        let stdout_is_terminal = ctx.shell.terminal_columns.is_some()
            && depth == 0
            && routing.stdout == Sink::TerminalOut;
        let editor = kubectl_editor(assignments, ctx.shell);
        let mut env = ctx.env(stdin);
        env.stdout_is_terminal = stdout_is_terminal;
        env.editor = editor;
        let outcome = kubectl::run(&args, &mut env, output);
        if let Some(attach) = env.attach.take() {
            ctx.shell.attach_requested = Some(attach);
        }
        match outcome {
            Outcome::Done(code) => Ok(code),
            Outcome::Wait(waiter) => Err(waiter),
        }
    } else {
        let mut env = Env {
            cluster: &mut *ctx.cluster,
            fs: &mut *ctx.fs,
            config: &mut *ctx.config,
            network: &mut *ctx.network,
            stdin: None,
            interactive: ctx.interactive,
            attach: None,
            stdout_is_terminal: false,
            editor: String::new(),
        };
        let stdout_terminal_columns = ctx
            .shell
            .terminal_columns
            .filter(|_| depth == 0 && routing.stdout == Sink::TerminalOut);
        let mut builtin_ctx = BuiltinContext {
            env: &mut env,
            shell: &mut *ctx.shell,
            stdout_terminal_columns,
        };
        // The terminal is the input of a foreground command with no pipe or redirection
        // into it, in an interactive shell (not inside `$(…)`).
        let reads_terminal = stdin.is_none() && ctx.interactive && depth == 0;
        let builtin_stdin = if reads_terminal {
            builtins::Stdin::terminal()
        } else {
            builtins::Stdin::text(stdin.as_deref())
        };
        // `NAME=value command`: the command's environment has them, the shell keeps its own.
        let saved: Vec<(String, Option<String>, bool)> = assignments
            .iter()
            .map(|(name, _, _)| {
                (
                    name.clone(),
                    builtin_ctx.shell.get_var(name).map(str::to_string),
                    builtin_ctx.shell.exported.contains(name),
                )
            })
            .collect();
        // Arrays and names declared without a value come back as they were.
        let kept: Vec<(String, Option<super::state::Array>, bool)> = assignments
            .iter()
            .map(|(name, _, _)| {
                let shell = &builtin_ctx.shell;
                let declared = shell.has_attribute(name, super::state::DECLARED);
                (name.clone(), shell.arrays.get(name).cloned(), declared)
            })
            .collect();
        for (name, _, value) in assignments {
            builtin_ctx.shell.set_var(name, value.clone());
            builtin_ctx.shell.set_exported(name, true);
        }
        let outcome = builtins::run(argv, &builtin_stdin, output, &mut builtin_ctx);
        *consumed = builtin_stdin.consumed();
        for (name, value, exported) in saved {
            match value {
                Some(value) => builtin_ctx.shell.set_var(&name, value),
                None => builtin_ctx.shell.unset_var(&name),
            };
            if !exported {
                builtin_ctx.shell.set_exported(&name, false);
            }
        }
        for (name, array, declared) in kept {
            if let Some(array) = array {
                builtin_ctx.shell.set_array(&name, array);
            }
            builtin_ctx
                .shell
                .set_attribute(&name, super::state::DECLARED, declared);
        }
        match outcome {
            BuiltinOutcome::Done(code) => Ok(code),
            BuiltinOutcome::Wait(waiter) => Err(waiter),
            BuiltinOutcome::ReadsTerminal => {
                *output = Io::default();
                Err(Box::new(TerminalInput::new(argv.to_vec())) as Box<dyn Waiter>)
            }
            BuiltinOutcome::ReadsLine(request, ifs) => {
                // bash shows the prompt only when it reads a terminal.
                if let Some(prompt) = &request.prompt {
                    output.err(prompt);
                }
                Err(super::read_builtin::waiter(request, ifs))
            }
            BuiltinOutcome::NotBuiltin => {
                output.err(&format!("bash: {name}: command not found\n"));
                Ok(127)
            }
        }
    }
}

/// The editor in kubectl's environment: `KUBE_EDITOR`, else `EDITOR`, from the command's own
/// assignments (`KUBE_EDITOR=nano kubectl edit …`) or the shell's exported variables.
fn kubectl_editor(assignments: &[(String, bool, String)], shell: &ShellState) -> String {
    ["KUBE_EDITOR", "EDITOR"]
        .iter()
        .find_map(|name| {
            let assigned = assignments
                .iter()
                .rev()
                .find(|(assigned, _, _)| assigned == name)
                .map(|(_, _, value)| value.clone());
            assigned
                .or_else(|| {
                    shell
                        .exported
                        .contains(*name)
                        .then(|| shell.vars.get(*name).cloned())
                        .flatten()
                })
                .filter(|value| !value.is_empty())
        })
        .unwrap_or_default()
}

/// Whether kubectl may read its standard input: `-f -` (any spelling) or `delete -i`'s
/// question.
fn kubectl_reads_stdin(args: &[String]) -> bool {
    args.iter().any(|arg| {
        arg == "-"
            || arg.ends_with("=-")
            || arg == "-f-"
            || arg == "-i"
            || arg.starts_with("--interactive")
    })
}

/// Whether a command's redirections give it a standard input of its own.
fn redirects_input(redirects: &[Redirect]) -> bool {
    redirects.iter().any(|redirect| {
        matches!(
            redirect.kind,
            RedirectKind::Read(_)
                | RedirectKind::ReadWrite(_)
                | RedirectKind::DuplicateRead(_)
                | RedirectKind::HereDocument(_)
                | RedirectKind::HereString(_)
        ) && redirect.target_fd() == 0
    })
}

/// A compound command as a pipeline stage or with redirections. It runs to its end, as `$(…)`
/// does (see [`run_to_completion`]); its input, when piped or redirected, is shared by the
/// commands inside, and its output goes where its redirections say, as a simple command's
/// does. The commands inside do not read the terminal.
#[allow(clippy::too_many_arguments)]
fn run_compound(
    compound: &Compound,
    redirects: &[Redirect],
    input: Option<String>,
    last: bool,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Step {
    // In the current shell (not a pipeline stage), `break` reaches the loops around it.
    let outer_loops = if last && input.is_none() {
        ctx.shell.loop_depth
    } else {
        0
    };
    let program = match compound {
        Compound::Group { body } | Compound::Subshell { body } => body.clone(),
        other => Program {
            items: vec![(AndOrList::of_compound(other.clone()), Separator::Sequential)],
            warnings: Vec::new(),
        },
    };
    let stage = Redirected {
        what: "compound commands",
        redirects,
        input,
        last,
        depth,
    };
    run_redirected(stage, piped, ctx, io, |ctx, stdin, output| {
        ctx.shell.input_streams.extend(stdin);
        ctx.shell.xtrace_nesting += 1;
        let status = if matches!(compound, Compound::Subshell { .. }) {
            in_subshell(ctx, |ctx| {
                run_to_completion(program, 0, ctx, output, depth + 1)
            })
        } else {
            run_to_completion(program, outer_loops, ctx, output, depth + 1)
        };
        ctx.shell.xtrace_nesting = ctx.shell.xtrace_nesting.saturating_sub(1);
        status
    })
}

/// A compound command, script or function run to its end in a pipeline or with redirections.
struct Redirected<'r> {
    /// What it is, for the nesting limit's message.
    what: &'static str,
    redirects: &'r [Redirect],
    input: Option<String>,
    last: bool,
    depth: usize,
}

/// What compound commands, scripts and functions in pipelines or with redirections share: a
/// nesting limit, their redirections, and their output routed as a simple command's. `run`
/// gets the piped or redirected input and the output to write; the input streams it pushes
/// end with it.
fn run_redirected(
    stage: Redirected<'_>,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    run: impl FnOnce(&mut ExecContext<'_>, Option<String>, &mut Io) -> Option<i32>,
) -> Step {
    if let Some(status) = ctx.shell.line_stopped {
        return Step::Done(status);
    }
    let too_deep = stage.depth >= MAX_SUBST_DEPTH || ctx.shell.nesting >= MAX_NESTING;
    if too_deep && (stage.input.is_some() || !stage.last) {
        // A pipeline stage is a subshell bash forks.
        return Step::Done(fork_failed(ctx, io));
    }
    if too_deep {
        io.err(&format!(
            "bash: the playground runs {} in pipelines nested 32 deep at most\n",
            stage.what
        ));
        // The whole line gives up, as at the function nesting limit.
        ctx.shell.line_stopped = Some(1);
        return Step::Done(1);
    }
    let redirected = redirections(
        stage.redirects,
        stage.input,
        stage.last,
        ctx,
        io,
        stage.depth,
    );
    let (routing, stdin) = match redirected {
        Ok(result) => result,
        Err(status) => return Step::Done(status),
    };
    let streams = ctx.shell.input_streams.len();
    let mut output = Io::default();
    let status = run(ctx, stdin, &mut output);
    ctx.shell.input_streams.truncate(streams);
    route(output, &routing, piped, io, ctx.fs);
    Step::Done(status.unwrap_or(130))
}

/// A script in a pipeline or with redirections (`bash FILE | grep x`, `source FILE > out`,
/// `echo 'echo hi' | bash | wc -l`): it runs to its end (see [`run_to_completion`]), its
/// output routed as a simple command's. A script read from a file reads the input given to
/// it, as a compound command's commands do.
#[allow(clippy::too_many_arguments)]
fn run_script_stage(
    stage: ScriptStage<'_>,
    command: &SimpleCommand,
    input: Option<String>,
    last: bool,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Step {
    let redirected = Redirected {
        what: "scripts",
        redirects: &command.redirects,
        input,
        last,
        depth,
    };
    run_redirected(redirected, piped, ctx, io, |ctx, stdin, output| {
        let run = |ctx: &mut ExecContext<'_>, output: &mut Io| {
            let mut execution = Execution::new(Program::default());
            let status = if stage.reads_script {
                execution.start_script(stage.argv, stdin, ctx, output)
            } else {
                ctx.shell.input_streams.extend(stdin);
                execution.start_script(stage.argv, None, ctx, output)
            };
            match status {
                Some(status) => Some(status),
                None => finish(execution, None, ctx, output, depth + 1),
            }
        };
        if stage.assignments.is_empty() {
            run(ctx, output)
        } else {
            // `A=1 bash script.sh`: the script's environment has them, the shell keeps its own.
            in_subshell(ctx, |ctx| {
                for (name, _, value) in stage.assignments {
                    ctx.shell.set_var(name, value.clone());
                    ctx.shell.set_exported(name, true);
                }
                run(ctx, output)
            })
        }
    })
}

/// What `run_script_stage` runs: `bash`'s or `source`'s words, whether `bash` reads its
/// script from its input, and the variables set for it (`A=1 bash s.sh`).
struct ScriptStage<'a> {
    argv: &'a [String],
    reads_script: bool,
    assignments: &'a [(String, bool, String)],
}

/// A function in a pipeline or with redirections (`f | grep x`, `f > out`): its body runs to
/// its end as a compound command there does, with the call's redirections around the body's.
#[allow(clippy::too_many_arguments)]
fn run_function_stage(
    body: SimpleCommand,
    args: Vec<String>,
    command: &SimpleCommand,
    input: Option<String>,
    last: bool,
    piped: &mut String,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Step {
    let Some(compound) = body.compound.as_deref() else {
        return Step::Done(0);
    };
    if !command.assignments.is_empty() {
        io.err("bash: the playground calls functions without variable assignments before them\n");
        return Step::Done(1);
    }
    let redirects: Vec<Redirect> = command
        .redirects
        .iter()
        .chain(&body.redirects)
        .cloned()
        .collect();
    let zero = ctx.shell.positional.zero.clone();
    let previous = std::mem::replace(&mut ctx.shell.positional, Positional { zero, args });
    ctx.shell.function_locals.push(Vec::new());
    let step = run_compound(compound, &redirects, input, last, piped, ctx, io, depth);
    ctx.shell.end_function();
    ctx.shell.positional = previous;
    match (ctx.shell.return_requested.take(), step) {
        (Some(code), _) => Step::Done(code),
        (None, step) => step,
    }
}

/// Runs a program to its end, moving the cluster's clock to whatever it waits for (nothing
/// else runs meanwhile): `$(…)`, and compound commands in pipelines. A command that would
/// wait forever is interrupted; `None` then.
fn run_to_completion(
    program: Program,
    outer_loops: usize,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Option<i32> {
    let mut execution = Execution::new(program);
    execution.outer_loops = outer_loops;
    let result = execution.run_at_depth(ctx, io, depth);
    finish(execution, result, ctx, io, depth)
}

/// Goes on with an execution (whose last run gave `result`) until it ends, as
/// [`run_to_completion`] does.
fn finish(
    mut execution: Execution,
    mut result: Option<i32>,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Option<i32> {
    if result.is_none() && !execution.is_blocked() {
        result = execution.run_at_depth(ctx, io, depth);
    }
    let mut guard = 0;
    while result.is_none() && guard < 10_000 {
        guard += 1;
        if execution.endless() {
            let _ = execution.interrupt(ctx, io);
            break;
        }
        if !execution.yielded {
            // Step task by task up to the command's own wake-up, so that it sees every
            // intermediate state.
            let task = ctx.cluster.next_task_time();
            let next = match (execution.wake_at(), task) {
                (Some(wake), Some(task)) => Some(wake.min(task)),
                (wake, task) => wake.or(task),
            };
            match next {
                Some(time) => ctx.cluster.advance_to(time),
                None => {
                    let _ = execution.interrupt(ctx, io);
                    break;
                }
            }
        }
        result = execution.poll(ctx, io);
    }
    result
}

/// What xargs prints after a wrong option.
const XARGS_USAGE: &str = "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\nRun COMMAND with arguments INITIAL-ARGS and more arguments read from input.\n\nTry 'xargs --help' for more information.\n";

/// GNU `xargs [-r] [-t] [-n N] [-I REPL] [COMMAND [ARGS…]]`: the words of its input (blanks
/// separate them; quotes and backslashes as xargs reads them) appended to the command (`echo`
/// by default), in one run or runs of `-n` words (`-I`: one run per line, REPL replaced). The
/// runs' standard input is empty. Its status is 123 if a run failed, 127 for an unknown
/// command. Of several runs, only the last may wait (`kubectl delete` waiting for its pods);
/// the earlier ones' deletions go on without kubectl waiting.
fn xargs(
    argv: &[String],
    stdin: Option<&str>,
    routing: &Routing,
    depth: usize,
    ctx: &mut ExecContext<'_>,
    output: &mut Io,
) -> Result<i32, Box<dyn Waiter>> {
    let mut max_args: Option<usize> = None;
    let mut no_run_if_empty = false;
    let mut trace = false;
    let mut replace: Option<String> = None;
    let mut index = 1;
    while let Some(arg) = argv.get(index) {
        let value_of = |index: &mut usize, glued: &str| -> Option<String> {
            if !glued.is_empty() {
                return Some(glued.to_string());
            }
            *index += 1;
            argv.get(*index).cloned()
        };
        match arg.as_str() {
            "-r" | "--no-run-if-empty" => no_run_if_empty = true,
            "-t" | "--verbose" => trace = true,
            "--" => {
                index += 1;
                break;
            }
            a if a.starts_with("-n") => {
                let Some(value) = value_of(&mut index, &a[2..]) else {
                    output.err(&format!(
                        "xargs: option requires an argument -- 'n'\n{XARGS_USAGE}"
                    ));
                    return Ok(1);
                };
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => max_args = Some(n),
                    _ => {
                        output.err(&format!(
                            "xargs: value {value} for -n option should be >= 1\nTry 'xargs --help' for more information.\n"
                        ));
                        return Ok(1);
                    }
                }
            }
            a if a.starts_with("-I") => {
                let Some(value) = value_of(&mut index, &a[2..]) else {
                    output.err(&format!(
                        "xargs: option requires an argument -- 'I'\n{XARGS_USAGE}"
                    ));
                    return Ok(1);
                };
                replace = Some(value);
            }
            a if a.starts_with('-') && a.len() > 1 => {
                let letter = a.chars().nth(1).unwrap_or('-');
                output.err(&format!(
                    "xargs: invalid option -- '{letter}'\n{XARGS_USAGE}"
                ));
                return Ok(1);
            }
            _ => break,
        }
        index += 1;
    }
    let mut command: Vec<String> = argv.get(index..).unwrap_or_default().to_vec();
    if command.is_empty() {
        command.push("echo".to_string());
    }
    let input = stdin.unwrap_or("");
    // The runs: each an argument list to append (or, with -I, a line to put in place).
    let runs: Vec<Vec<String>> = if let Some(replace) = &replace {
        input
            .lines()
            .map(str::trim_start)
            .filter(|line| !line.is_empty())
            .map(|line| {
                command
                    .iter()
                    .map(|word| word.replace(replace.as_str(), line))
                    .collect()
            })
            .collect()
    } else {
        let words = match xargs_words(input) {
            Ok(words) => words,
            Err(message) => {
                output.err(&message);
                return Ok(1);
            }
        };
        if words.is_empty() {
            if no_run_if_empty {
                return Ok(0);
            }
            vec![command.clone()]
        } else {
            words
                .chunks(max_args.unwrap_or(usize::MAX))
                .map(|chunk| {
                    command
                        .iter()
                        .cloned()
                        .chain(chunk.iter().cloned())
                        .collect()
                })
                .collect()
        }
    };
    let known = |name: &str| name == "kubectl" || builtins::BUILTINS.contains(&name);
    let mut status = 0;
    let count = runs.len();
    for (number, run) in runs.into_iter().enumerate() {
        let name = run.first().cloned().unwrap_or_default();
        if !known(&name) {
            output.err(&format!("xargs: {name}: No such file or directory\n"));
            return Ok(127);
        }
        if trace {
            output.err(&format!("{}\n", run.join(" ")));
        }
        match run_argv(
            &run,
            Some(String::new()),
            &[],
            routing,
            depth,
            ctx,
            output,
            &mut 0,
        ) {
            Ok(code) => {
                if code != 0 {
                    status = 123;
                }
            }
            Err(waiter) if number + 1 == count => return Err(waiter),
            Err(_) => {}
        }
    }
    Ok(status)
}

/// The words xargs reads: blanks and newlines separate them, `'…'` and `"…"` quote (not
/// across lines), a backslash escapes the next character.
fn xargs_words(input: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut started = false;
    let mut chars = input.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            '\'' | '"' => {
                started = true;
                loop {
                    match chars.next() {
                        Some(q) if q == c => break,
                        Some('\n') | None => {
                            let kind = if c == '"' { "double" } else { "single" };
                            return Err(format!("xargs: unmatched {kind} quote; by default quotes are special to xargs unless you use the -0 option\n"));
                        }
                        Some(other) => word.push(other),
                    }
                }
            }
            '\\' => {
                started = true;
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            other => {
                started = true;
                word.push(other);
            }
        }
    }
    if started {
        words.push(word);
    }
    Ok(words)
}

/// Resolves redirections into a routing and the command's stdin. Files written with `>` are
/// truncated before the command runs, as bash opens them first.
fn redirections(
    redirects: &[Redirect],
    input: Option<String>,
    last: bool,
    ctx: &mut ExecContext<'_>,
    io: &mut Io,
    depth: usize,
) -> Result<(Routing, Option<String>), i32> {
    let mut routing = Routing {
        stdout: if last { Sink::TerminalOut } else { Sink::Pipe },
        stderr: Sink::TerminalErr,
    };
    let mut stdin = input;
    for redirect in redirects {
        let fd = redirect.target_fd();
        let mut errors = Io::default();
        let target = {
            let mut expander = Expander::new(ctx, &mut errors, depth);
            match &redirect.kind {
                RedirectKind::HereDocument(document) => {
                    expand::expand_word_single(&document.body, &mut expander).map(Some)
                }
                RedirectKind::HereString(word) => {
                    expand::expand_word_single(word, &mut expander).map(Some)
                }
                RedirectKind::Read(word)
                | RedirectKind::Write(word)
                | RedirectKind::Append(word)
                | RedirectKind::WriteClobber(word)
                | RedirectKind::ReadWrite(word)
                | RedirectKind::DuplicateRead(word)
                | RedirectKind::DuplicateWrite(word)
                | RedirectKind::WriteStdoutAndStderr(word)
                | RedirectKind::AppendStdoutAndStderr(word) => {
                    expand::expand_redirect_target(word, &mut expander).map(Some)
                }
            }
        };
        io.append(errors);
        let target = match target {
            Ok(Some(target)) => target,
            Ok(None) => continue,
            Err(error) => {
                io.err(&format!("{error}\n"));
                return Err(1);
            }
        };
        // The device files name the streams as they are at this point of the redirections.
        let file_sink = |path: &str, routing: &Routing| match path {
            "/dev/null" => Sink::Discard,
            "/dev/stdout" | "/dev/fd/1" => routing.stdout.clone(),
            "/dev/stderr" | "/dev/fd/2" => routing.stderr.clone(),
            "/dev/tty" => Sink::TerminalOut,
            _ => Sink::File {
                path: path.to_string(),
            },
        };
        match &redirect.kind {
            RedirectKind::HereDocument(_) => stdin = Some(target),
            RedirectKind::HereString(_) => stdin = Some(format!("{target}\n")),
            RedirectKind::Read(_) | RedirectKind::ReadWrite(_) => {
                if target == "/dev/null" {
                    stdin = Some(String::new());
                    continue;
                }
                match ctx.fs.read(&target) {
                    Ok(text) => stdin = Some(text.to_string()),
                    Err(error) => {
                        io.err(&format!("bash: {target}: {error}\n"));
                        return Err(1);
                    }
                }
            }
            RedirectKind::Write(_) | RedirectKind::WriteClobber(_) | RedirectKind::Append(_) => {
                open_for_writing(
                    ctx.fs,
                    &target,
                    matches!(redirect.kind, RedirectKind::Append(_)),
                    io,
                )?;
                match fd {
                    2 => routing.stderr = file_sink(&target, &routing),
                    _ => routing.stdout = file_sink(&target, &routing),
                }
            }
            RedirectKind::WriteStdoutAndStderr(_) | RedirectKind::AppendStdoutAndStderr(_) => {
                open_for_writing(
                    ctx.fs,
                    &target,
                    matches!(redirect.kind, RedirectKind::AppendStdoutAndStderr(_)),
                    io,
                )?;
                routing.stdout = file_sink(&target, &routing);
                routing.stderr = routing.stdout.clone();
            }
            RedirectKind::DuplicateWrite(_) | RedirectKind::DuplicateRead(_) => {
                match (fd, target.as_str()) {
                    (2, "1") => routing.stderr = routing.stdout.clone(),
                    (1, "2") => routing.stdout = routing.stderr.clone(),
                    (_, "-") => {
                        if fd == 2 {
                            routing.stderr = Sink::Discard;
                        } else {
                            routing.stdout = Sink::Discard;
                        }
                    }
                    (_, "0" | "1" | "2") => {}
                    (_, other) if other.parse::<u32>().is_ok() => {
                        io.err(&format!("bash: {other}: Bad file descriptor\n"));
                        return Err(1);
                    }
                    (_, other) => {
                        io.err(&format!("bash: {other}: ambiguous redirect\n"));
                        return Err(1);
                    }
                }
            }
        }
    }
    Ok((routing, stdin))
}

/// Opens a redirection target before the command runs: `>` truncates, `>>` creates if missing.
fn open_for_writing(fs: &mut Vfs, target: &str, append: bool, io: &mut Io) -> Result<(), i32> {
    if matches!(
        target,
        "/dev/null" | "/dev/stdout" | "/dev/stderr" | "/dev/tty" | "/dev/fd/1" | "/dev/fd/2"
    ) {
        return Ok(());
    }
    // `> name/` opens a directory, which bash refuses whether or not it exists.
    if target.len() > 1 && target.ends_with('/') {
        io.err(&format!("bash: {target}: Is a directory\n"));
        return Err(1);
    }
    let result = if append {
        fs.append(target, "")
    } else {
        fs.write(target, "")
    };
    result.map_err(|error| {
        io.err(&format!("bash: {target}: {error}\n"));
        1
    })
}

/// `cmd &`: runs the and-or list as a job; prints `[N] PID` like interactive bash.
/// Runs `work` as a subshell would for `exit`: a background job's `exit` ends only the job.
/// `set -x`: the command as it will run, after `+ ` (one `+` more per command substitution
/// it is in), each assignment on a line of its own first.
/// `set -x`'s `+` signs: one per level of command substitution.
/// `time`'s report, when the pipeline that began at `timed`'s moment is over.
fn report_time(
    timed: Option<(TimeFormat, crate::clock::SimTime)>,
    ctx: &ExecContext<'_>,
    io: &mut Io,
) {
    let Some((format, started)) = timed else {
        return;
    };
    let real = ctx.cluster.now().since(started).as_millis();
    let timeformat = ctx.shell.vars.get("TIMEFORMAT").map(String::as_str);
    match super::timing::report(format, timeformat, u64::try_from(real).unwrap_or(0)) {
        Ok(text) => io.err(&text),
        Err(message) => io.err(&format!("{message}\n")),
    }
}

fn xtrace_marks(depth: usize, shell: &ShellState) -> String {
    "+".repeat((depth + 1).saturating_sub(shell.xtrace_nesting).max(1))
}

fn trace(argv: &[String], assignments: &[(String, bool, String)], marks: &str, io: &mut Io) {
    use super::set_builtin::quote_for_shell;
    for (name, append, value) in assignments {
        let operator = if *append { "+=" } else { "=" };
        // An empty value shows as nothing (`+ e=`), unlike an empty argument (`''`).
        let shown = if value.is_empty() {
            String::new()
        } else {
            quote_for_shell(value)
        };
        io.err(&format!("{marks} {name}{operator}{shown}\n"));
    }
    if !argv.is_empty() {
        let words: Vec<String> = argv.iter().map(|word| quote_for_shell(word)).collect();
        io.err(&format!("{marks} {}\n", words.join(" ")));
    }
}

/// Why a script file cannot be read.
enum ScriptFileError {
    Missing,
    Directory,
}

fn read_script(fs: &Vfs, file: &str) -> Result<String, ScriptFileError> {
    match fs.read(file) {
        Ok(text) => Ok(text.to_string()),
        Err(_) if fs.is_dir(file) => Err(ScriptFileError::Directory),
        Err(_) => Err(ScriptFileError::Missing),
    }
}

/// Runs `work` as bash runs a subshell (`$(…)`, each stage of a pipeline): forked, so the
/// variables, exports, aliases and working directory it changes, and its `exit`, never reach
/// the shell that started it.
fn in_subshell<T>(ctx: &mut ExecContext<'_>, work: impl FnOnce(&mut ExecContext<'_>) -> T) -> T {
    let cwd = ctx.fs.cwd().to_string();
    ctx.shell.enter_subshell();
    // `exit` ends the subshell only.
    let result = subshell(ctx, work);
    ctx.shell.leave_subshell();
    ctx.fs.restore_cwd(cwd);
    result
}

fn subshell<T>(ctx: &mut ExecContext<'_>, work: impl FnOnce(&mut ExecContext<'_>) -> T) -> T {
    let outer_exit = ctx.shell.exit_requested.take();
    let result = work(ctx);
    ctx.shell.exit_requested = outer_exit;
    result
}

/// The status of a line whose fork failed (what interactive bash gives after `fork:
/// Resource temporarily unavailable`).
const FORK_FAILED: i32 = 254;

/// A pipeline stage or background job nested deeper than the playground forks (see
/// [`MAX_NESTING`]): bash's messages when `fork` fails after its retries, and, as bash's
/// `throw_to_top_level`, the line gives up with [`FORK_FAILED`] — or, in a background job,
/// the job does (`start_background`).
fn fork_failed(ctx: &mut ExecContext<'_>, io: &mut Io) -> i32 {
    for _ in 0..4 {
        io.err("bash: fork: retry: Resource temporarily unavailable\n");
    }
    io.err("bash: fork: Resource temporarily unavailable\n");
    ctx.shell.line_stopped = Some(FORK_FAILED);
    FORK_FAILED
}

fn start_background(and_or: AndOrList, ctx: &mut ExecContext<'_>, io: &mut Io) {
    if ctx.shell.nesting >= MAX_NESTING {
        fork_failed(ctx, io);
        return;
    }
    let command = and_or
        .source
        .trim()
        .trim_end_matches('&')
        .trim()
        .to_string();
    let id = ctx.shell.next_job_id();
    let pid = ctx.shell.next_pid();
    // A job's own jobs are a subshell's: bash shows neither their start nor their end.
    let quiet = ctx.shell.job_depth > 0;
    if !quiet {
        io.err(&format!("[{id}] {pid}\n"));
    }
    let program = Program {
        items: vec![(and_or, Separator::Sequential)],
        warnings: Vec::new(),
    };
    let mut execution = Execution::new(program);
    let mut state = ctx.shell.fork(ctx.fs.cwd().to_string());
    let result = as_job(ctx, &mut state, |ctx| execution.run(ctx, io));
    if !quiet && ctx.shell.line_stopped == Some(FORK_FAILED) {
        // A fork failed in the job (or in a job of its own): the job gave up, the shell that
        // started it goes on.
        ctx.shell.line_stopped = None;
    }
    match result {
        Some(_) if quiet => {}
        Some(status) => {
            let word = if status == 0 {
                "Done".to_string()
            } else {
                format!("Exit {status}")
            };
            ctx.shell
                .finished_notices
                .push(format!("[{id}]+  {word:<24}{command}"));
        }
        None => ctx.shell.jobs.push(Job {
            id,
            pid,
            command,
            execution,
            state,
        }),
    }
}

/// Runs `work` as the background job whose state is `state`: its variables, options,
/// scripts and working directory in place of the shell's, and its `exit` its own.
pub(super) fn as_job<T>(
    ctx: &mut ExecContext<'_>,
    state: &mut ForkedState,
    work: impl FnOnce(&mut ExecContext<'_>) -> T,
) -> T {
    let shell_cwd = ctx.fs.cwd().to_string();
    ctx.fs.restore_cwd(std::mem::take(&mut state.cwd));
    ctx.shell.swap_forked(state);
    // A job reads none of the input of the compound command the shell is running.
    let streams = std::mem::take(&mut ctx.shell.input_streams);
    ctx.shell.job_depth += 1;
    let result = subshell(ctx, work);
    ctx.shell.job_depth = ctx.shell.job_depth.saturating_sub(1);
    ctx.shell.input_streams = streams;
    ctx.shell.swap_forked(state);
    state.cwd = ctx.fs.cwd().to_string();
    ctx.fs.restore_cwd(shell_cwd);
    result
}

/// Polls every background job after the clock moved; finished ones leave a notice.
pub fn poll_jobs(ctx: &mut ExecContext<'_>, io: &mut Io) {
    let jobs = std::mem::take(&mut ctx.shell.jobs);
    let mut still = Vec::new();
    for mut job in jobs {
        let execution = &mut job.execution;
        match as_job(ctx, &mut job.state, |ctx| execution.poll(ctx, io)) {
            Some(status) => {
                let word = if status == 0 {
                    "Done".to_string()
                } else {
                    format!("Exit {status}")
                };
                ctx.shell
                    .finished_notices
                    .push(format!("[{}]+  {word:<24}{}", job.id, job.command));
            }
            None => still.push(job),
        }
    }
    still.append(&mut ctx.shell.jobs);
    ctx.shell.jobs = still;
}

/// A filter reading the terminal (`cat > pod.yaml`, `grep x`, `wc -l`): the lines the learner
/// types until Ctrl+D are its input. Plain `cat` writes each line as it comes (its output
/// reaches a file or the screen line by line); the others run once on all of it.
struct TerminalInput {
    argv: Vec<String>,
    typed: String,
}

impl TerminalInput {
    fn new(argv: Vec<String>) -> TerminalInput {
        TerminalInput {
            argv,
            typed: String::new(),
        }
    }

    /// `cat` with no options or only `-` operands copies line by line.
    fn copies_lines(&self) -> bool {
        self.argv.first().map(String::as_str) == Some("cat")
            && self
                .argv
                .iter()
                .skip(1)
                .all(|arg| arg == "-" || arg == "--")
    }
}

impl Waiter for TerminalInput {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }

    fn reads_terminal(&self) -> bool {
        true
    }

    fn read_line(&mut self, line: &str, _env: &mut Env<'_>, io: &mut Io) -> LineRead {
        if self.copies_lines() {
            io.out(&format!("{line}\n"));
        } else if self.typed.len() + line.len() <= MAX_VARIABLE_BYTES {
            self.typed.push_str(line);
            self.typed.push('\n');
        }
        LineRead::Continue
    }

    fn end_of_input(&mut self, env: &mut Env<'_>, io: &mut Io) -> LineRead {
        if self.copies_lines() {
            return LineRead::Finished(Outcome::Done(0));
        }
        let name = self.argv.first().cloned().unwrap_or_default();
        let args: Vec<&str> = self.argv.iter().skip(1).map(String::as_str).collect();
        let stdin = builtins::Stdin::text(Some(&self.typed));
        let status = builtins::run_filter(&name, &args, &stdin, io, env.fs).unwrap_or(0);
        LineRead::Finished(Outcome::Done(status))
    }
}
