//! A learner's session: the cluster, the file system, the kubeconfig, the shell, and the
//! program running in the foreground (if any).
//!
//! Front ends talk only to `Session`: `submit` a line, `advance` the clock, `interrupt` with
//! Ctrl+C, ask for the `prompt` and for completions. Output comes back as ordered
//! stdout/stderr chunks. Lines that leave input unfinished (an open quote, a here-document)
//! are kept until the input is complete, as bash does with its `> ` prompt.

use crate::clock::{SimDuration, SimTime};
use crate::cluster::Cluster;
use crate::kubectl::{Io, KubeConfig, Network};
use crate::shell::exec::{self, ExecContext, Execution};
use crate::shell::state::ShellState;
use crate::shell::syntax::{self, ParseOptions, ParseOutcome};
use crate::vfs::Vfs;

/// What the front end should show after a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Ready for the next command.
    Idle,
    /// A command is running; time must pass (or Ctrl+C) before the prompt returns.
    Busy,
}

/// Candidates for Tab completion and where the completed word starts (char index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    pub candidates: Vec<String>,
    pub word_start: usize,
}

/// Longest input the shell accepts at once (bash has no limit; a browser tab does).
const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// One playground session.
pub struct Session {
    pub cluster: Cluster,
    pub fs: Vfs,
    pub config: KubeConfig,
    pub network: Network,
    pub shell: ShellState,
    seed: u64,
    /// Whether time can pass while a command waits (browser or TTY).
    interactive: bool,
    foreground: Option<Execution>,
    /// Input lines of a command that is not complete yet.
    pending: String,
    /// Lines typed while a command was running (bash's type-ahead).
    type_ahead: Vec<String>,
    lines_read: usize,
}

impl Session {
    /// A fresh playground (chapter 3's starting cluster and files).
    pub fn new(seed: u64) -> Session {
        Session {
            cluster: Cluster::new(seed),
            fs: Vfs::with_chapter_files(),
            config: KubeConfig::default(),
            network: Network::default(),
            shell: ShellState::default(),
            seed,
            interactive: true,
            foreground: None,
            pending: String::new(),
            type_ahead: Vec::new(),
            lines_read: 0,
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Native binary without a TTY: no time passes unless a command makes it pass.
    pub fn set_interactive(&mut self, interactive: bool) {
        self.interactive = interactive;
    }

    pub fn activity(&self) -> Activity {
        if self.foreground.is_some() {
            Activity::Busy
        } else {
            Activity::Idle
        }
    }

    pub fn last_status(&self) -> i32 {
        self.shell.last_status
    }

    /// Whether `clear` asked the front end to clear its screen (and resets the request).
    pub fn take_clear_request(&mut self) -> bool {
        std::mem::take(&mut self.shell.clear_requested)
    }

    /// bash's prompt: `$ `, `> ` inside unfinished input; the namespace shows when not default.
    pub fn prompt(&self) -> String {
        if !self.pending.is_empty() {
            return "> ".to_string();
        }
        let namespace = self.config.namespace();
        if namespace == "default" {
            "$ ".to_string()
        } else {
            format!("({namespace}) $ ")
        }
    }

    fn context(&mut self) -> (ExecContext<'_>, &mut Option<Execution>) {
        (
            ExecContext {
                cluster: &mut self.cluster,
                fs: &mut self.fs,
                config: &mut self.config,
                network: &mut self.network,
                shell: &mut self.shell,
                interactive: self.interactive,
            },
            &mut self.foreground,
        )
    }

    /// Runs one line typed at the prompt (or queues it while a command runs).
    pub fn submit(&mut self, line: &str) -> Io {
        let mut io = Io::default();
        if self.foreground.is_some() {
            self.type_ahead.push(line.to_string());
            return io;
        }
        self.lines_read += 1;
        if self.pending.len() + line.len() > MAX_INPUT_BYTES {
            io.err("bash: input too long: discarded\n");
            self.pending.clear();
            self.shell.last_status = 2;
            return io;
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        self.parse_pending(false, &mut io);
        // Background jobs react at once to what the command did (port-forward connections).
        let (mut ctx, _) = self.context();
        exec::poll_jobs(&mut ctx, &mut io);
        if !self.interactive {
            self.run_until_idle(&mut io);
        }
        self.flush_notices(&mut io);
        io
    }

    /// End of input (piped stdin closed): unfinished input gets bash's end-of-file errors.
    pub fn finish_input(&mut self) -> Io {
        let mut io = Io::default();
        if !self.pending.is_empty() {
            self.parse_pending(true, &mut io);
            self.run_until_idle(&mut io);
        }
        io
    }

    fn parse_pending(&mut self, end_of_input: bool, io: &mut Io) {
        let aliases = self.shell.aliases.clone();
        let options = ParseOptions {
            end_of_input,
            first_line_number: self.lines_read.max(1),
            aliases: Some(&aliases),
        };
        match syntax::parse_with_options(&self.pending, &options) {
            ParseOutcome::Incomplete(_) => {}
            ParseOutcome::Error(error) => {
                io.err(&format!("{error}\n"));
                self.pending.clear();
                self.shell.last_status = 2;
            }
            ParseOutcome::Complete(program) => {
                let text = std::mem::take(&mut self.pending);
                let text = text.trim_end_matches('\n');
                if !text.trim().is_empty() {
                    self.shell.history.push(text.to_string());
                }
                for warning in &program.warnings {
                    io.err(&format!("{warning}\n"));
                }
                let mut execution = Execution::new(program);
                let (mut ctx, foreground) = self.context();
                if execution.run(&mut ctx, io).is_none() {
                    *foreground = Some(execution);
                }
            }
        }
    }

    /// Moves the clock by `duration`, letting running commands progress.
    pub fn advance(&mut self, duration: SimDuration) -> Io {
        let target = self.cluster.now().plus(duration);
        let mut io = Io::default();
        self.advance_to(target, &mut io);
        io
    }

    /// The next moment anything is due (a task, a sleeping command).
    pub fn next_event_time(&self) -> Option<SimTime> {
        let task = self.cluster.next_task_time();
        let wake = self.foreground.as_ref().and_then(Execution::wake_at);
        match (task, wake) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn advance_to(&mut self, target: SimTime, io: &mut Io) {
        // Step task by task so waiting commands see every intermediate state.
        let mut budget = 1_000_000u32;
        loop {
            budget = budget.saturating_sub(1);
            let next = self
                .next_event_time()
                .filter(|t| *t <= target && budget > 0);
            match next {
                Some(time) => self.cluster.advance_to(time),
                None => self.cluster.advance_to(target),
            }
            self.poll_all(io);
            if next.is_none() {
                break;
            }
        }
    }

    fn poll_all(&mut self, io: &mut Io) {
        let (mut ctx, foreground) = self.context();
        if let Some(mut execution) = foreground.take() {
            if execution.poll(&mut ctx, io).is_none() {
                *foreground = Some(execution);
            }
        }
        exec::poll_jobs(&mut ctx, io);
        if self.foreground.is_none() {
            self.flush_notices(io);
            self.run_type_ahead(io);
        }
    }

    fn run_type_ahead(&mut self, io: &mut Io) {
        while self.foreground.is_none() && !self.type_ahead.is_empty() {
            let line = self.type_ahead.remove(0);
            io.append(self.submit(&line));
        }
    }

    fn flush_notices(&mut self, io: &mut Io) {
        if self.foreground.is_some() {
            return;
        }
        for notice in std::mem::take(&mut self.shell.finished_notices) {
            io.err(&format!("{notice}\n"));
        }
    }

    /// Ctrl+C: interrupts the foreground command, or abandons unfinished input.
    pub fn interrupt(&mut self) -> Io {
        let mut io = Io::default();
        self.pending.clear();
        self.type_ahead.clear();
        let (mut ctx, foreground) = self.context();
        if let Some(mut execution) = foreground.take() {
            execution.interrupt(&mut ctx, &mut io);
            self.shell.last_status = 130;
        }
        io
    }

    /// Tab completion for `line` with the cursor at char index `cursor`.
    pub fn complete(&self, line: &str, cursor: usize) -> Completion {
        crate::completion::complete(self, line, cursor)
    }

    /// Without a TTY: let simulated time pass until the foreground command ends; a command that
    /// would only end on Ctrl+C prints what it has and returns at once.
    fn run_until_idle(&mut self, io: &mut Io) {
        let mut guard = 0u32;
        while let Some(execution) = &self.foreground {
            guard += 1;
            if execution.endless() || guard > 1_000_000 {
                let (mut ctx, foreground) = self.context();
                if let Some(mut execution) = foreground.take() {
                    execution.interrupt(&mut ctx, io);
                }
                self.shell.last_status = 0;
                continue;
            }
            match self.next_event_time() {
                Some(time) => self.advance_to(time, io),
                None => {
                    let (mut ctx, foreground) = self.context();
                    if let Some(mut execution) = foreground.take() {
                        execution.interrupt(&mut ctx, io);
                    }
                }
            }
        }
    }
}
