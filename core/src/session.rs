//! A learner's session: the cluster, the file system, the kubeconfig, the shell, and the
//! program running in the foreground (if any).
//!
//! Front ends talk only to `Session`: `submit` a line, `advance` the clock, `interrupt` with
//! Ctrl+C, ask for the `prompt` and for completions. Output comes back as ordered
//! stdout/stderr chunks. Lines that leave input unfinished (an open quote, a here-document)
//! are kept until the input is complete, as bash does with its `> ` prompt.

use crate::clock::{SimDuration, SimTime};
use crate::cluster::Cluster;
use crate::kubectl::verbs::AttachedShell;
use crate::kubectl::{EditRequest, Env, Io, KubeConfig, Network, TerminalReply};
use crate::shell::exec::{self, ExecContext, Execution};
use crate::shell::history_expansion::{self, Expansion};
use crate::shell::state::ShellState;
use crate::shell::syntax::{self, IncompleteReason, ParseOptions, ParseOutcome};
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

/// One thing a front end did to the session. The journal of these, with the seed, is the whole
/// session: replaying it rebuilds the same state byte for byte (saved sessions, share links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A line submitted at the prompt.
    Line(String),
    /// Simulated time passed (milliseconds); consecutive advances are merged.
    Advance(i64),
    /// Ctrl+C.
    Interrupt,
    /// Ctrl+D on an empty line while a command reads the terminal or input is unfinished.
    EndOfInput,
    /// The terminal's editor closed: the text it saved, or `None` when it quit without saving.
    Edit(Option<String>),
}

/// What one replayed input showed: the prompt it was typed at and its output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayedInput {
    pub prompt: String,
    pub input: Input,
    pub output: Io,
}

/// A complete command line the shell read, and how it ended: what a tutorial checks the
/// learner's last command against (`tutorial::LastCommand`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandRecord {
    /// 1 for the first command line of the session, then counting up.
    pub number: u64,
    /// The text as read (several lines for here-documents), without the final newline.
    pub text: String,
    /// The exit status (`$?` after it); `None` while the command still runs.
    pub status: Option<i32>,
}

/// How many recent command lines a session remembers (`Session::recent_commands`).
const MAX_RECENT_COMMANDS: usize = 32;

/// The version of the saved-session format (`Session::save`).
pub const SAVE_FORMAT_VERSION: u64 = 1;

/// Why a saved session could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON, or not the expected shape.
    Malformed(String),
    /// Saved by a newer or unknown format version.
    UnsupportedVersion(u64),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Malformed(reason) => write!(f, "the saved session is damaged ({reason})"),
            RestoreError::UnsupportedVersion(version) => {
                write!(f, "the saved session has format version {version}, which this playground does not know")
            }
        }
    }
}

/// Most inputs a saved session may hold (a guard against hostile share links).
const MAX_SAVED_INPUTS: usize = 100_000;

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
    /// Whether `!` in lines read starts a history expansion (interactive bash's `histexpand`).
    history_expansion: bool,
    foreground: Option<Execution>,
    /// The container shell `kubectl exec -i POD -- sh` opened: input lines go to it until it
    /// exits.
    attached: Option<Box<AttachedShell>>,
    /// Input lines of a command that is not complete yet.
    pending: String,
    /// Why `pending` is not complete (from its last parse).
    pending_reason: Option<IncompleteReason>,
    /// Lines typed while a command was running (bash's type-ahead).
    type_ahead: Vec<String>,
    /// The latest history expansion (the expanded line, or `None` when it failed), until a
    /// front end takes it.
    last_history_expansion: Option<Option<String>>,
    lines_read: usize,
    journal: Vec<Input>,
    /// The last complete command lines, oldest first (at most `MAX_RECENT_COMMANDS`).
    recent: std::collections::VecDeque<CommandRecord>,
    commands_read: u64,
}

impl Session {
    /// A fresh playground (chapter 3's starting cluster and files).
    pub fn new(seed: u64) -> Session {
        // kind's kubeconfig, as a file too (kubectl reads it again when the shell changes it).
        let config = KubeConfig::default();
        let mut fs = Vfs::with_chapter_files();
        if let Some(text) = &config.file_text {
            let _ = fs.mkdir("~/.kube", true);
            let _ = fs.write(crate::kubectl::config::KUBECONFIG_PATH, text);
        }
        Session {
            cluster: Cluster::new(seed),
            fs,
            config,
            network: Network::default(),
            shell: ShellState::default(),
            seed,
            interactive: true,
            history_expansion: true,
            foreground: None,
            attached: None,
            pending: String::new(),
            pending_reason: None,
            type_ahead: Vec::new(),
            last_history_expansion: None,
            lines_read: 0,
            journal: Vec::new(),
            recent: std::collections::VecDeque::new(),
            commands_read: 0,
        }
    }

    /// Every input so far (with `seed()`, enough to rebuild this session).
    pub fn journal(&self) -> &[Input] {
        &self.journal
    }

    /// The most recent complete command lines, oldest first (a bounded window), each with its
    /// exit status once it has ended. Lines typed ahead count when they run.
    pub fn recent_commands(&self) -> impl DoubleEndedIterator<Item = &CommandRecord> {
        self.recent.iter()
    }

    /// The most recent complete command line (running or ended), if any.
    pub fn last_command(&self) -> Option<&CommandRecord> {
        self.recent.back()
    }

    fn record_command(&mut self, text: &str, status: Option<i32>) {
        self.commands_read += 1;
        if self.recent.len() >= MAX_RECENT_COMMANDS {
            self.recent.pop_front();
        }
        self.recent.push_back(CommandRecord {
            number: self.commands_read,
            text: text.to_string(),
            status,
        });
    }

    /// Once nothing runs in the foreground, the last command line's status is `$?`.
    fn settle_last_command(&mut self) {
        if self.foreground.is_some() {
            return;
        }
        // The line is over: its process substitutions' descriptors are closed.
        for path in std::mem::take(&mut self.shell.process_substitutions) {
            let _ = self.fs.remove(&path, false);
        }
        if self
            .fs
            .list("/dev/fd")
            .is_ok_and(|entries| entries.is_empty())
        {
            let _ = self.fs.remove("/dev/fd", true);
        }
        let status = self.shell.last_status;
        if let Some(record) = self.recent.back_mut() {
            if record.status.is_none() {
                record.status = Some(status);
            }
        }
    }

    /// Applies one input (as the front end would), returning its output.
    pub fn apply(&mut self, input: &Input) -> Io {
        match input {
            Input::Line(line) => self.submit(line),
            Input::Advance(millis) => self.advance(SimDuration::from_millis(*millis)),
            Input::Interrupt => self.interrupt(),
            Input::EndOfInput => self.end_of_terminal_input(),
            Input::Edit(saved) => self.finish_edit(saved.clone()),
        }
    }

    /// Rebuilds a session from a seed and a journal, returning each input's prompt and output.
    pub fn replay(seed: u64, inputs: &[Input]) -> (Session, Vec<ReplayedInput>) {
        let mut session = Session::new(seed);
        let mut steps = Vec::with_capacity(inputs.len());
        for input in inputs {
            let prompt = session.prompt();
            let output = session.apply(input);
            steps.push(ReplayedInput {
                prompt,
                input: input.clone(),
                output,
            });
        }
        (session, steps)
    }

    /// The session as versioned JSON: `{"version":1,"seed":N,"inputs":[…]}`.
    pub fn save(&self) -> String {
        let inputs: Vec<serde_json::Value> = self
            .journal
            .iter()
            .map(|input| match input {
                Input::Line(line) => serde_json::json!(["l", line]),
                Input::Advance(millis) => serde_json::json!(["a", millis]),
                Input::Interrupt => serde_json::json!(["i"]),
                Input::EndOfInput => serde_json::json!(["e"]),
                Input::Edit(Some(text)) => serde_json::json!(["w", text]),
                Input::Edit(None) => serde_json::json!(["q"]),
            })
            .collect();
        serde_json::json!({"version": SAVE_FORMAT_VERSION, "seed": self.seed, "inputs": inputs})
            .to_string()
    }

    /// Parses a saved session (never trusting it): the seed and the inputs to replay.
    pub fn parse_saved(text: &str) -> Result<(u64, Vec<Input>), RestoreError> {
        let value =
            crate::kubectl::manifest::go_json::parse(text).map_err(RestoreError::Malformed)?;
        let version = value
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| RestoreError::Malformed("no version".into()))?;
        if version != SAVE_FORMAT_VERSION {
            return Err(RestoreError::UnsupportedVersion(version));
        }
        let seed = value
            .get("seed")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| RestoreError::Malformed("no seed".into()))?;
        let Some(items) = value.get("inputs").and_then(serde_json::Value::as_array) else {
            return Err(RestoreError::Malformed("no inputs".into()));
        };
        if items.len() > MAX_SAVED_INPUTS {
            return Err(RestoreError::Malformed("too many inputs".into()));
        }
        let mut inputs = Vec::with_capacity(items.len());
        for item in items {
            let input = match item.as_array().map(Vec::as_slice) {
                Some([kind, line]) if kind == "l" => Input::Line(
                    line.as_str()
                        .ok_or_else(|| RestoreError::Malformed("a line is not text".into()))?
                        .to_string(),
                ),
                Some([kind, millis]) if kind == "a" => {
                    let millis = millis
                        .as_i64()
                        .filter(|m| (0..=10_i64.pow(13)).contains(m))
                        .ok_or_else(|| {
                            RestoreError::Malformed("a time step is not a number".into())
                        })?;
                    Input::Advance(millis)
                }
                Some([kind]) if kind == "i" => Input::Interrupt,
                Some([kind]) if kind == "e" => Input::EndOfInput,
                Some([kind, text]) if kind == "w" => Input::Edit(Some(
                    text.as_str()
                        .ok_or_else(|| RestoreError::Malformed("an edit is not text".into()))?
                        .to_string(),
                )),
                Some([kind]) if kind == "q" => Input::Edit(None),
                _ => {
                    return Err(RestoreError::Malformed(
                        "an input has an unknown shape".into(),
                    ))
                }
            };
            inputs.push(input);
        }
        Ok((seed, inputs))
    }

    fn record(&mut self, input: Input) {
        if let (Input::Advance(more), Some(Input::Advance(total))) =
            (&input, self.journal.last_mut())
        {
            *total += more;
            return;
        }
        self.journal.push(input);
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Native binary without a TTY: no time passes unless a command makes it pass, and, as
    /// for bash reading a script, there is no history expansion.
    pub fn set_interactive(&mut self, interactive: bool) {
        self.interactive = interactive;
        self.history_expansion = interactive;
    }

    /// Turns history expansion on or off (bash's `set -H`/`set +H`); on in an interactive
    /// session.
    /// The width of the terminal the learner types in (`ls` fills it with columns). Without
    /// one, the shell writes as into a pipe.
    pub fn set_terminal_columns(&mut self, columns: usize) {
        self.shell.terminal_columns = Some(columns.max(1));
    }

    pub fn set_history_expansion(&mut self, on: bool) {
        self.history_expansion = on;
    }

    pub fn activity(&self) -> Activity {
        if self.foreground.is_some() {
            Activity::Busy
        } else {
            Activity::Idle
        }
    }

    /// Why the input typed so far is not complete yet (the `> ` prompt), if it is not.
    pub fn pending_reason(&self) -> Option<&IncompleteReason> {
        self.pending_reason.as_ref()
    }

    pub fn last_status(&self) -> i32 {
        self.shell.last_status
    }

    /// Whether `clear` asked the front end to clear its screen (and resets the request).
    pub fn take_clear_request(&mut self) -> bool {
        std::mem::take(&mut self.shell.clear_requested)
    }

    /// The status `exit` asked to leave with, if it did (and resets the request).
    pub fn take_exit_request(&mut self) -> Option<i32> {
        self.shell.exit_requested.take()
    }

    /// The latest `kubectl get <kinds> -l …` whose selector parsed (the cluster picture lights
    /// up what it selects); `serial` tells a repeated command from the old one.
    pub fn last_get_selector(&self) -> Option<&crate::kubectl::GetSelector> {
        self.network.last_get_selector.as_ref()
    }

    /// Whether input goes to a container's shell (`kubectl exec -it POD -- sh`).
    pub fn in_container_shell(&self) -> bool {
        self.attached.is_some() || self.shell.attach_requested.is_some()
    }

    /// bash's prompt: `$ `, `> ` inside unfinished input; the namespace shows when not default.
    pub fn prompt(&self) -> String {
        if let Some(shell) = self
            .attached
            .as_ref()
            .or(self.shell.attach_requested.as_ref())
        {
            return shell.prompt();
        }
        if !self.pending.is_empty() {
            return "> ".to_string();
        }
        let namespace = self.config.namespace(None);
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
        self.record(Input::Line(line.to_string()));
        self.submit_unrecorded(line)
    }

    fn submit_unrecorded(&mut self, line: &str) -> Io {
        let mut io = Io::default();
        if self.foreground.is_some() {
            if self.reads_terminal() && self.reply_to_foreground(TerminalReply::Line(line), &mut io)
            {
                return io;
            }
            self.type_ahead.push(line.to_string());
            return io;
        }
        if let Some(shell) = self.shell.attach_requested.take() {
            self.attached = Some(shell);
        }
        if self.attached.is_some() {
            self.send_to_container_shell(line, &mut io);
            return io;
        }
        self.lines_read += 1;
        // A front end that stays (the browser, a transcript) has seen the last `exit` by now.
        self.shell.exit_requested = None;
        if self.pending.len() + line.len() > MAX_INPUT_BYTES {
            io.err("bash: input too long: discarded\n");
            self.pending.clear();
            self.pending_reason = None;
            self.shell.last_status = 2;
            return io;
        }
        let expanded;
        let line = match self.expand_history(line, &mut io) {
            Some(line) => {
                expanded = line;
                expanded.as_str()
            }
            None => return io,
        };
        let after_continuation = self.pending.trim_end_matches('\n').ends_with('\\');
        self.pending.push_str(line);
        self.pending.push('\n');
        // A line that cannot end what is open (a long here-document or quoted text) does not
        // make the whole input be parsed again: pasting stays linear in its length.
        let unchanged = !after_continuation
            && self
                .pending_reason
                .as_ref()
                .is_some_and(|reason| !may_complete(reason, line));
        if !unchanged {
            self.parse_pending(false, &mut io);
        }
        // Background jobs react at once to what the command did (port-forward connections).
        let (mut ctx, _) = self.context();
        exec::poll_jobs(&mut ctx, &mut io);
        if !self.interactive {
            self.run_until_idle(&mut io);
        }
        self.flush_notices(&mut io);
        io
    }

    /// An interactive shell's history expansion of a line it reads (not of here-document
    /// bodies): the expanded line is echoed on stderr, as bash does. `None` when nothing is
    /// left to run: the expansion failed (`bash: !env: event not found`, the command being
    /// typed is dropped) or `:p` only printed it (and added it to the history).
    fn expand_history(&mut self, line: &str, io: &mut Io) -> Option<String> {
        let in_here_document = matches!(
            self.pending_reason,
            Some(IncompleteReason::HereDocument { .. })
        );
        if !self.history_expansion || in_here_document || !line.contains(['!', '^']) {
            return Some(line.to_string());
        }
        match history_expansion::expand(line, &self.shell.history) {
            Expansion::Unchanged => Some(line.to_string()),
            Expansion::Expanded { line, print_only } => {
                io.err(&format!("{line}\n"));
                self.last_history_expansion = Some(Some(line.clone()));
                if print_only {
                    if self.pending.is_empty() {
                        self.shell.history.push(line);
                    }
                    return None;
                }
                Some(line)
            }
            Expansion::Failed(message) => {
                io.err(&format!("bash: {message}\n"));
                self.last_history_expansion = Some(None);
                self.pending.clear();
                self.pending_reason = None;
                None
            }
        }
    }

    /// The latest history expansion, once: `Some(Some(line))` is the expanded line, which a
    /// front end keeps in its history in place of what was typed (as bash does);
    /// `Some(None)` means it failed and bash forgot the line.
    pub fn take_history_expansion(&mut self) -> Option<Option<String>> {
        self.last_history_expansion.take()
    }

    /// A line for the container shell `kubectl exec -i` opened; when it ends, kubectl returns
    /// its status (and prints `command terminated with exit code N` if it is not 0).
    fn send_to_container_shell(&mut self, line: &str, io: &mut Io) {
        let Some(mut shell) = self.attached.take() else {
            return;
        };
        match shell.read_line(line, &mut self.kubectl_env(), io) {
            None => self.attached = Some(shell),
            Some(status) => self.detach(shell, status, io),
        }
    }

    /// What kubectl sees outside of a shell command (the container shell's lines).
    fn kubectl_env(&mut self) -> Env<'_> {
        Env {
            cluster: &mut self.cluster,
            fs: &mut self.fs,
            config: &mut self.config,
            network: &mut self.network,
            stdin: None,
            interactive: self.interactive,
            attach: None,
            stdout_is_terminal: self.shell.terminal_columns.is_some(),
            editor: String::new(),
        }
    }

    /// The container's shell ended: kubectl finishes as `exec` or `run` does.
    fn detach(&mut self, mut shell: Box<AttachedShell>, status: i32, io: &mut Io) {
        self.attached = None;
        self.shell.last_status = shell.finish(status, &mut self.kubectl_env(), io);
    }

    /// End of input (piped stdin closed): unfinished input gets bash's end-of-file errors.
    pub fn finish_input(&mut self) -> Io {
        let mut io = Io::default();
        if let Some(shell) = self.shell.attach_requested.take() {
            self.attached = Some(shell);
        }
        if let Some(mut shell) = self.attached.take() {
            let status = shell.end_of_input();
            self.detach(shell, status, &mut io);
            return io;
        }
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
            // The line the unfinished input began on: bash counts from there.
            first_line_number: (self.lines_read + 1)
                .saturating_sub(self.pending.matches('\n').count())
                .max(1),
            aliases: Some(&aliases),
        };
        self.pending_reason = None;
        match syntax::parse_with_options(&self.pending, &options) {
            ParseOutcome::Incomplete(reason) => self.pending_reason = Some(reason),
            ParseOutcome::Error(error) => {
                io.err(&format!("{error}\n"));
                let text = std::mem::take(&mut self.pending);
                self.record_command(text.trim_end_matches('\n'), Some(2));
                self.shell.last_status = 2;
            }
            ParseOutcome::Complete(program) => {
                let text = std::mem::take(&mut self.pending);
                let text = text.trim_end_matches('\n');
                if !text.trim().is_empty() {
                    self.shell.history.push(text.to_string());
                    self.record_command(text, None);
                }
                let script_line = (!self.interactive).then_some(self.lines_read);
                for warning in &program.warnings {
                    io.err(&format!("{}\n", warning.render(script_line)));
                }
                let mut execution = Execution::new(program);
                let (mut ctx, foreground) = self.context();
                if execution.run(&mut ctx, io).is_none() {
                    *foreground = Some(execution);
                }
                self.settle_last_command();
            }
        }
    }

    /// Moves the clock by `duration`, letting running commands progress.
    pub fn advance(&mut self, duration: SimDuration) -> Io {
        if duration.as_millis() > 0 {
            self.record(Input::Advance(duration.as_millis()));
        }
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
        self.settle_last_command();
        if self.foreground.is_none() {
            self.flush_notices(io);
            self.run_type_ahead(io);
        }
    }

    /// Whether the running command waits for a line typed at the terminal (`kubectl delete
    /// -i` asking whether to go on): the next line is its answer, not a command.
    pub fn reads_terminal(&self) -> bool {
        self.type_ahead.is_empty()
            && self
                .foreground
                .as_ref()
                .is_some_and(Execution::reads_terminal)
    }

    /// The file the running command has open in the terminal's editor (`vi pod.yaml`,
    /// `kubectl edit pod kubia`): the front end shows an editor until
    /// [`Session::finish_edit`].
    pub fn edit_request(&self) -> Option<&EditRequest> {
        self.foreground.as_ref()?.edit_request()
    }

    /// The terminal's editor closed, having saved `saved` (`None`: it quit without saving).
    /// Ignored when no command waits for an editor.
    pub fn finish_edit(&mut self, saved: Option<String>) -> Io {
        let mut io = Io::default();
        if self.edit_request().is_none() {
            return io;
        }
        // A browser tab can hand over any amount of text; the shell takes what it takes as input.
        let saved = match saved {
            Some(text) if text.len() > MAX_INPUT_BYTES => {
                io.err("kubeplay: the editor's text is over 16 MiB: it was not saved\n");
                None
            }
            saved => saved,
        };
        self.record(Input::Edit(saved.clone()));
        self.reply_to_foreground(TerminalReply::Edited(saved.as_deref()), &mut io);
        if !self.interactive {
            self.run_until_idle(&mut io);
        }
        io
    }

    /// Offers a typed line, Ctrl+D or an editor's text to the running command (`kubectl
    /// delete -i` reads its answer); false if it does not take it.
    fn reply_to_foreground(&mut self, reply: TerminalReply<'_>, io: &mut Io) -> bool {
        let (mut ctx, foreground) = self.context();
        let Some(mut execution) = foreground.take() else {
            return false;
        };
        let taken = execution.reply(reply, &mut ctx, io);
        if !matches!(taken, Some(Some(_))) {
            *foreground = Some(execution);
        }
        if taken.is_none() {
            return false;
        }
        self.settle_last_command();
        if self.foreground.is_none() {
            self.flush_notices(io);
            self.run_type_ahead(io);
        }
        true
    }

    fn run_type_ahead(&mut self, io: &mut Io) {
        while self.foreground.is_none() && !self.type_ahead.is_empty() {
            let line = self.type_ahead.remove(0);
            io.append(self.submit_unrecorded(&line));
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

    /// Ctrl+D on an empty line, in a terminal: the end of input for the command reading the
    /// terminal (`cat > pod.yaml`, `delete -i`), or for unfinished input (a here-document
    /// gets bash's warning and runs; an open quote is bash's error). At the main prompt the
    /// front end decides (it ends the input).
    pub fn end_of_terminal_input(&mut self) -> Io {
        self.record(Input::EndOfInput);
        let mut io = Io::default();
        if self.foreground.is_some() {
            if self.reads_terminal() {
                self.reply_to_foreground(TerminalReply::EndOfInput, &mut io);
            }
            return io;
        }
        if !self.pending.is_empty() && self.attached.is_none() {
            self.parse_pending(true, &mut io);
            if !self.interactive {
                self.run_until_idle(&mut io);
            }
            self.flush_notices(&mut io);
        }
        io
    }

    /// Ctrl+C: interrupts the foreground command, or abandons unfinished input.
    pub fn interrupt(&mut self) -> Io {
        self.record(Input::Interrupt);
        let mut io = Io::default();
        // The container's shell gets the ^C and stays (ash ignores it at its prompt).
        if let Some(shell) = self.shell.attach_requested.take() {
            self.attached = Some(shell);
        }
        if self.foreground.is_none() {
            if let Some(shell) = &mut self.attached {
                shell.interrupt();
                return io;
            }
        }
        self.pending.clear();
        self.pending_reason = None;
        self.type_ahead.clear();
        let (mut ctx, foreground) = self.context();
        if let Some(mut execution) = foreground.take() {
            execution.interrupt(&mut ctx, &mut io);
            self.shell.last_status = 130;
            self.settle_last_command();
        } else {
            // At the prompt too, bash's `$?` becomes 130.
            self.shell.last_status = 130;
        }
        io
    }

    /// Lets simulated time pass until the foreground command ends, as a learner would wait for
    /// it; a command that only ends on Ctrl+C (`kubectl get pods -w`) is interrupted. Both are
    /// journaled (`Input::Advance`, `Input::Interrupt`), so a replay rebuilds the same state.
    /// Tutorials prepare a section's starting state with it in an interactive session.
    pub fn wait_until_idle(&mut self) -> Io {
        let mut io = Io::default();
        let mut guard = 0u32;
        while let Some(execution) = &self.foreground {
            guard += 1;
            let endless = execution.endless() || guard > 100_000;
            let next = self.next_event_time();
            match next.filter(|_| !endless) {
                Some(time) => {
                    let duration = time.since(self.cluster.now());
                    io.append(self.advance(duration));
                }
                None => io.append(self.interrupt()),
            }
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
            // The front end answers an editor (a transcript's `@ save`, the native binary's
            // editor); lines read meanwhile wait as type-ahead.
            if execution.edit_request().is_some() {
                break;
            }
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
        self.settle_last_command();
    }
}

/// Whether appending `line` may end (or change) why the input is incomplete: the delimiter
/// line of a here-document (tabs stripped, as `<<-` does), or a line with a quote character.
fn may_complete(reason: &IncompleteReason, line: &str) -> bool {
    match reason {
        IncompleteReason::HereDocument { delimiter } => line.trim_start_matches('\t') == delimiter,
        IncompleteReason::SingleQuote => line.contains('\''),
        IncompleteReason::DoubleQuote => line.contains(['"', '\\', '$', '`']),
        _ => true,
    }
}
