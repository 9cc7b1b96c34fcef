//! A learner's session: the cluster, the file system, the kubeconfig, the shell state, and
//! the command that is running in the foreground (if any).
//!
//! Front ends talk only to `Session`: `submit` a line, `advance` the clock, `interrupt` with
//! Ctrl+C, ask for the `prompt`. Output comes back as ordered stdout/stderr chunks.

use crate::clock::{SimDuration, SimTime};
use crate::cluster::Cluster;
use crate::kubectl::{self, Env, Io, KubeConfig, Network, Outcome, Waiter};
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

/// One playground session.
pub struct Session {
    pub cluster: Cluster,
    pub fs: Vfs,
    pub config: KubeConfig,
    pub network: Network,
    seed: u64,
    /// Whether time can pass while a command waits (browser or TTY).
    interactive: bool,
    foreground: Option<Box<dyn Waiter>>,
    last_status: i32,
}

impl Session {
    /// A fresh playground (chapter 3's starting cluster and files).
    pub fn new(seed: u64) -> Session {
        Session {
            cluster: Cluster::new(seed),
            fs: Vfs::with_chapter_files(),
            config: KubeConfig::default(),
            network: Network::default(),
            seed,
            interactive: true,
            foreground: None,
            last_status: 0,
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
        self.last_status
    }

    /// The prompt, bash-like (`$ `).
    pub fn prompt(&self) -> String {
        "$ ".to_string()
    }

    fn env(&mut self, stdin: Option<String>) -> (Env<'_>, &mut Option<Box<dyn Waiter>>) {
        (
            Env {
                cluster: &mut self.cluster,
                fs: &mut self.fs,
                config: &mut self.config,
                network: &mut self.network,
                stdin,
                interactive: self.interactive,
            },
            &mut self.foreground,
        )
    }

    /// Runs one line typed at the prompt.
    pub fn submit(&mut self, line: &str) -> Io {
        let mut io = Io::default();
        let words = split_words(line);
        let Some(first) = words.first() else {
            return io;
        };
        if first != "kubectl" {
            io.err(&format!("bash: {first}: command not found\n"));
            self.last_status = 127;
            return io;
        }
        let argv: Vec<String> = words.iter().skip(1).cloned().collect();
        let (mut env, foreground) = self.env(None);
        match kubectl::run(&argv, &mut env, &mut io) {
            Outcome::Done(code) => self.last_status = code,
            Outcome::Wait(waiter) => *foreground = Some(waiter),
        }
        if !self.interactive {
            self.run_until_idle(&mut io);
        }
        io
    }

    /// Moves the clock by `duration`, letting a running command progress.
    pub fn advance(&mut self, duration: SimDuration) -> Io {
        let target = self.cluster.now().plus(duration);
        let mut io = Io::default();
        self.advance_to(target, &mut io);
        io
    }

    fn advance_to(&mut self, target: SimTime, io: &mut Io) {
        // Step task by task so a waiting command sees every intermediate state.
        loop {
            let next = self.cluster.next_task_time().filter(|t| *t <= target);
            match next {
                Some(time) => self.cluster.advance_to(time),
                None => self.cluster.advance_to(target),
            }
            self.poll_foreground(io);
            if next.is_none() {
                break;
            }
        }
    }

    fn poll_foreground(&mut self, io: &mut Io) {
        let Some(mut waiter) = self.foreground.take() else {
            return;
        };
        let (mut env, _) = self.env(None);
        match waiter.poll(&mut env, io) {
            Some(code) => self.last_status = code,
            None => self.foreground = Some(waiter),
        }
    }

    /// Tab completion for `line` with the cursor at char index `cursor`.
    pub fn complete(&self, line: &str, cursor: usize) -> Completion {
        crate::completion::complete(self, line, cursor)
    }

    /// Ctrl+C.
    pub fn interrupt(&mut self) -> Io {
        let mut io = Io::default();
        if let Some(mut waiter) = self.foreground.take() {
            let (mut env, _) = self.env(None);
            self.last_status = waiter.interrupt(&mut env, &mut io);
        }
        io
    }

    /// Without a TTY: let simulated time pass until the foreground command ends; a command that
    /// would only end on Ctrl+C prints what it has and returns at once.
    fn run_until_idle(&mut self, io: &mut Io) {
        let mut guard = 0;
        while let Some(waiter) = &self.foreground {
            guard += 1;
            if waiter.endless() || guard > 100_000 {
                let _ = self.interrupt();
                self.last_status = 0;
                return;
            }
            match self.cluster.next_task_time() {
                Some(time) => self.advance_to(time, io),
                None => {
                    let _ = self.interrupt();
                    return;
                }
            }
        }
    }
}

/// Temporary word splitting (quotes only) until the shell parser lands.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            (None, c) => {
                current.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(current);
    }
    words
}
