//! The playground's `kubectl`: parse a command line, run it against the cluster, print what
//! kubectl 1.37 prints.
//!
//! `run` takes argv (without `kubectl`) and an `Env` (the cluster, the file system, the
//! kubeconfig, port-forwards, stdin); it writes into an `Io` and returns `Outcome::Done(code)`
//! or `Outcome::Wait(waiter)` for commands that take (simulated) time: waiting deletes,
//! `wait`, `get -w`, `logs -f`, `port-forward`. The shell keeps polling a waiter as the clock
//! moves, or interrupts it on Ctrl+C. Only this module produces kubectl's user-facing text.

pub mod cli;
pub mod config;
pub mod dry_run;
pub mod error;
pub mod manifest;
pub mod output;
pub mod record;
pub mod resources;
pub mod table;
pub mod verbs;

use crate::cluster::Cluster;
use crate::vfs::Vfs;
pub use config::KubeConfig;
pub use error::KubectlError;

/// Which stream a chunk of output went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Output of a command, in the order it was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Io {
    pub chunks: Vec<(Stream, String)>,
}

impl Io {
    pub fn out(&mut self, text: &str) {
        self.push(Stream::Stdout, text);
    }

    pub fn err(&mut self, text: &str) {
        self.push(Stream::Stderr, text);
    }

    fn push(&mut self, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((last, existing)) if *last == stream => existing.push_str(text),
            _ => self.chunks.push((stream, text.to_string())),
        }
    }

    /// Everything written to one stream.
    pub fn text(&self, stream: Stream) -> String {
        self.chunks
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, text)| text.as_str())
            .collect()
    }

    pub fn append(&mut self, other: Io) {
        for (stream, text) in other.chunks {
            self.push(stream, &text);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

/// A local port kubectl listens on (`kubectl port-forward`, `kubectl proxy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortForward {
    pub local_port: u16,
    pub target: ForwardTarget,
    /// Identifies the invocation (`port-forward`, `proxy`) that owns this listener.
    pub owner: u64,
}

/// What a local port leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForwardTarget {
    /// `kubectl port-forward`: a port of a pod.
    Pod {
        namespace: String,
        pod: String,
        pod_uid: String,
        remote_port: u16,
    },
    /// `kubectl proxy`: the API server.
    ApiProxy(Box<verbs::proxy::ApiProxy>),
}

/// The label selector of the latest `kubectl get <kinds> -l …` (for the cluster picture).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetSelector {
    /// Counts the `get -l` commands run so far: a repeated selector still reads as new.
    pub serial: u64,
    /// The kinds listed (`get pods,nodes -l …` gives two).
    pub kinds: Vec<crate::api::Kind>,
    /// The namespace listed; `None` for `--all-namespaces`.
    pub namespace: Option<String>,
    /// The selector as typed (trimmed); it parsed.
    pub selector: String,
}

/// The learner's machine as kubectl and curl see it: forwarded ports, and what kubectl last
/// listed with a label selector.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    /// Forwarded ports, sorted by local port and distinct (a sorted `Vec` rather than a
    /// `BTreeMap`: a few entries, and less wasm); see `forward` and `add_forward`.
    pub forwards: Vec<PortForward>,
    next_owner: u64,
    /// "Handling connection for N" lines waiting to be printed by their port-forward (and
    /// `kubectl proxy`'s klog lines), by owner, in no particular order: a `Vec` rather than a
    /// `BTreeMap`, as there are a few owners at most, and less wasm. See `add_notice` and
    /// `take_notices`.
    pending_notices: Vec<(u64, Vec<String>)>,
    /// The latest `kubectl get … -l …` that parsed (see `Session::last_get_selector`).
    pub last_get_selector: Option<GetSelector>,
}

impl Network {
    pub fn new_owner(&mut self) -> u64 {
        self.next_owner += 1;
        self.next_owner
    }

    /// Remembers a `get -l` (called by `kubectl get` once its selector parsed).
    pub fn record_get_selector(
        &mut self,
        kinds: Vec<crate::api::Kind>,
        namespace: Option<String>,
        selector: String,
    ) {
        let serial = self
            .last_get_selector
            .as_ref()
            .map_or(1, |last| last.serial + 1);
        self.last_get_selector = Some(GetSelector {
            serial,
            kinds,
            namespace,
            selector,
        });
    }

    /// Queues a line for `owner` to print when it next runs.
    pub fn add_notice(&mut self, owner: u64, line: String) {
        match self
            .pending_notices
            .iter_mut()
            .find(|(known, _)| *known == owner)
        {
            Some((_, lines)) => lines.push(line),
            None => self.pending_notices.push((owner, vec![line])),
        }
    }

    /// The lines queued for `owner`, oldest first (none are left queued).
    pub fn take_notices(&mut self, owner: u64) -> Vec<String> {
        match self
            .pending_notices
            .iter()
            .position(|(known, _)| *known == owner)
        {
            Some(at) => self.pending_notices.swap_remove(at).1,
            None => Vec::new(),
        }
    }

    /// The forward listening on local `port`.
    pub fn forward(&self, port: u16) -> Option<&PortForward> {
        self.forwards
            .binary_search_by_key(&port, |forward| forward.local_port)
            .ok()
            .and_then(|at| self.forwards.get(at))
    }

    /// Listens on `forward.local_port` (replacing a forward already there).
    pub fn add_forward(&mut self, forward: PortForward) {
        match self
            .forwards
            .binary_search_by_key(&forward.local_port, |known| known.local_port)
        {
            Ok(at) => {
                if let Some(known) = self.forwards.get_mut(at) {
                    *known = forward;
                }
            }
            Err(at) => self.forwards.insert(at, forward),
        }
    }

    /// A free port the system picks for a listener on port 0.
    pub fn random_free_port(&self, cluster: &mut Cluster) -> u16 {
        let mut port = 30000 + (cluster.rng().below(30000) as u16);
        while self.forward(port).is_some() {
            port = port.wrapping_add(1).max(1024);
        }
        port
    }

    pub fn release(&mut self, owner: u64) {
        self.forwards.retain(|forward| forward.owner != owner);
        self.take_notices(owner);
    }
}

/// Everything kubectl reads or changes.
pub struct Env<'a> {
    pub cluster: &'a mut Cluster,
    pub fs: &'a mut Vfs,
    pub config: &'a mut KubeConfig,
    pub network: &'a mut Network,
    /// Standard input, when the command has any (pipe, here-document, `-f -`).
    pub stdin: Option<String>,
    /// Whether the session can let time pass while a command waits (browser, TTY); when
    /// false, endless commands print what they have and return at once.
    pub interactive: bool,
    /// Set by `kubectl exec -i POD -- sh`: the shell the next input lines go to.
    pub attach: Option<Box<verbs::AttachedShell>>,
    /// Whether standard output is the terminal (`printers.IsTerminal`: `create token` ends
    /// its token with a newline there only).
    pub stdout_is_terminal: bool,
    /// The editor `kubectl edit` opens: the environment's `KUBE_EDITOR`, else `EDITOR`
    /// (empty: neither is set, and kubectl falls back to `vi`).
    pub editor: String,
}

impl Env<'_> {
    /// The same session around another cluster: a server dry run's copy.
    pub fn with_cluster<'b>(&'b mut self, cluster: &'b mut Cluster) -> Env<'b> {
        Env {
            cluster,
            fs: &mut *self.fs,
            config: &mut *self.config,
            network: &mut *self.network,
            stdin: self.stdin.clone(),
            interactive: self.interactive,
            attach: None,
            stdout_is_terminal: self.stdout_is_terminal,
            editor: self.editor.clone(),
        }
    }
}

/// How a command ended, or that it is still running.
pub enum Outcome {
    Done(i32),
    Wait(Box<dyn Waiter>),
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Done(code) => write!(f, "Done({code})"),
            Outcome::Wait(_) => f.write_str("Wait(..)"),
        }
    }
}

/// What a running command did with the terminal's input.
pub enum LineRead {
    /// It does not read the terminal.
    Ignored,
    /// It took the line and goes on running.
    Continue,
    /// It took the line (or the end of input) and ended, or goes on as another waiter.
    Finished(Outcome),
}

/// What the terminal hands a running command that reads it.
#[derive(Debug, Clone, Copy)]
pub enum TerminalReply<'a> {
    /// A line typed at the terminal.
    Line(&'a str),
    /// Ctrl+D on an empty line.
    EndOfInput,
    /// The terminal's editor closed: what was saved, or `None` when it quit without saving.
    Edited(Option<&'a str>),
}

/// A file a running command has opened in the terminal's editor (`vi pod.yaml`, `kubectl
/// edit pod kubia`): the front end shows it, and hands back what was saved
/// ([`TerminalReply::Edited`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditRequest {
    /// The editor as the command line named it (`vi`, `nano`), for the editor's title.
    pub program: String,
    /// The file's path, as the editor shows it.
    pub path: String,
    /// What the file holds when the editor opens.
    pub text: String,
    /// A pager (`less`): the text is shown, not edited, and closing it saves nothing.
    pub read_only: bool,
}

/// A command that is waiting for simulated time to pass.
pub trait Waiter {
    /// Called whenever the clock moved; writes new output; `Some(code)` when finished.
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32>;
    /// Ctrl+C: stop, print what kubectl prints, return the exit code.
    fn interrupt(&mut self, env: &mut Env<'_>, io: &mut Io) -> i32;
    /// True for commands that only end on an interrupt (`port-forward`, `get -w`, `logs -f`).
    fn endless(&self) -> bool;
    /// A line typed at the terminal while the command runs. Commands that read their
    /// terminal (`delete -i` waiting for its answer, `cat > file`) take it; `Ignored` leaves
    /// it to the shell, which runs it once the command is over (type-ahead).
    fn read_line(&mut self, _line: &str, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        LineRead::Ignored
    }
    /// Ctrl+D on an empty line: the end of the terminal's input, for commands that read it.
    fn end_of_input(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        LineRead::Ignored
    }
    /// Whether the command is waiting for a line from the terminal (the terminal then hands
    /// it the next line typed instead of keeping it for the shell).
    fn reads_terminal(&self) -> bool {
        false
    }
    /// The file the command waits to see edited in the terminal's editor.
    fn edit_request(&self) -> Option<&EditRequest> {
        None
    }
    /// The terminal's editor closed, having saved `saved` (`None`: it quit without saving).
    fn finish_edit(&mut self, _saved: Option<&str>, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        LineRead::Ignored
    }
    /// Variables the command sets in the shell once it is done (bash's `read` waiting for a
    /// typed line).
    fn shell_assignments(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
    /// The simulated time at which the command will be done by itself, if it knows
    /// (`sleep`): the clock can jump there without stepping through the tasks before it.
    fn wake_at(&self) -> Option<crate::clock::SimTime> {
        None
    }
}

/// kubectl's kuberc step before any parsing (`Preferences.Apply`): an explicit `--kuberc`
/// (found as `getExplicitKuberc` scans the words) must be a file. What a kuberc file says is
/// not applied.
fn kuberc_error(argv: &[String], fs: &Vfs) -> Option<String> {
    let mut path = None;
    for (index, word) in argv.iter().enumerate() {
        if word == "--" {
            break;
        }
        let value = if word == "--kuberc" {
            argv.get(index + 1).map(String::as_str)
        } else if word.contains("--kuberc=") {
            word.split('=').nth(1).filter(|value| !value.is_empty())
        } else {
            continue;
        };
        path = Some(value.ok_or("kuberc file is not found".to_string()));
        break;
    }
    let path = match path? {
        Ok("") => return None,
        Ok(path) => path,
        Err(error) => return Some(error),
    };
    let error = match fs.read(path) {
        Err(crate::vfs::FsError::IsADirectory) => format!("read {path}: is a directory"),
        Err(_) => format!("open {path}: no such file or directory"),
        Ok(_) => return None,
    };
    Some(format!("kuberc error kuberc: {error}"))
}

/// Runs one kubectl command line (argv without the leading `kubectl`).
pub fn run(argv: &[String], env: &mut Env<'_>, io: &mut Io) -> Outcome {
    if let Some(error) = kuberc_error(argv, env.fs) {
        io.err(&format!(
            "error occurred while applying preferences {error}\n"
        ));
        return Outcome::Done(1);
    }
    let invocation = match cli::parse(argv) {
        cli::ParseOutcome::Run(invocation) => invocation,
        cli::ParseOutcome::Help(text) => {
            io.out(&text);
            return Outcome::Done(0);
        }
        cli::ParseOutcome::Error(text) => {
            io.err(&text);
            return Outcome::Done(1);
        }
        cli::ParseOutcome::DiffError(text) => {
            io.err(&text);
            return Outcome::Done(2);
        }
        cli::ParseOutcome::HelpElsewhere { text, on_stderr } => {
            if on_stderr {
                io.err(&text);
                return Outcome::Done(0);
            }
            io.out(&text);
            return Outcome::Done(1);
        }
    };
    // pflag's deprecation notices, written while parsing: before anything the command does.
    io.err(&invocation.warnings);
    match verbs::dispatch(&invocation, env, io) {
        Ok(outcome) => outcome,
        Err(error) => {
            if let KubectlError::WithOutput { stdout, .. } | KubectlError::Panic { stdout, .. } =
                &error
            {
                io.out(stdout);
            }
            io.err(&error.render());
            // A Go runtime panic exits with 2.
            let panicked = matches!(error, KubectlError::Panic { .. });
            Outcome::Done(if panicked { 2 } else { 1 })
        }
    }
}
