//! kubectl 1.37's command-line surface as one table (`cli/table.rs`) that drives parsing
//! (`parse`), `--help` (`help`) and Tab completion (`complete`).
//!
//! * `parse` follows cobra 1.10 / pflag 1.0 exactly: flags anywhere, `-n x`, `-nx`, `-n=x`,
//!   `--namespace=x`, `--namespace x`, `-it`, `--` (recorded as `args_before_dash`),
//!   `--flag=false`, repeated `stringArray` flags, `stringSlice` CSV splitting, `_` read as `-` in
//!   long names, NoOptDefVal (`--dry-run` alone is `unchanged`). Errors are kubectl's bytes.
//! * The root help is real kubectl's, listing every real command. Commands the table lacks
//!   (`scale`, `edit`, `top`, ...) answer `error: unknown command "scale" for "kubectl"`, and a
//!   table command of real kubectl that the playground does not simulate (`create deployment`)
//!   parses normally with `Invocation::command.simulated == false`: the caller decides.
//! * Help is rendered for a pipe by default; `*_for_terminal` variants word-wrap like kubectl on
//!   a terminal of that many columns (80, 100 and 120 column steps).
//!
//! `FlagValues::string` is the value or the default (`Some("")` for an unset string flag with an
//! empty default); `FlagValues::given` is the value only when the flag was on the line.
//! `cli/pre_server_errors.txt` records what kubectl 1.37 prints for command lines that parse but
//! fail the command's own checks before reaching a server; `tests/pre_server_errors.rs` holds
//! the verbs to it.
//!
//! Known differences, all tiny: deprecation warnings printed together with `--help`
//! output are dropped; `kubectl alpha`, `completion`, plugins and kuberc preferences are not
//! modelled.
//!
//! It deliberately knows nothing about the cluster or what commands do.

mod complete;
pub(crate) mod golang;
#[cfg(test)]
mod goldens;
mod help;
mod parse;
mod spec;
mod table;
mod values;

pub use complete::{complete, Candidate, ValueHint};
pub use spec::{ArgHint, CommandSpec, FlagKind, FlagSpec, FlagValueHint, RealRootCommand, RunKind};
pub use table::{REAL_ROOT_COMMANDS, ROOT};
pub use values::{FlagValue, FlagValues};

/// A command line that names a command to run.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// The command path without `kubectl`, canonical names (`["create", "namespace"]` also for
    /// `create ns`).
    pub path: Vec<&'static str>,
    /// Positional arguments, in order (those after `--` included).
    pub args: Vec<String>,
    /// cobra's `ArgsLenAtDash`: how many of `args` came before `--`; `None` without `--`.
    pub args_before_dash: Option<usize>,
    pub flags: FlagValues,
    /// Text kubectl printed on stderr while parsing (deprecated flags), to print first.
    pub warnings: String,
    /// The command's table entry.
    pub command: &'static CommandSpec,
    /// What `--record` writes into `kubernetes.io/change-cause` (cli-runtime's
    /// `parseCommandArguments`: `kubectl set image deployment kubia nodejs=luksa/kubia:v2
    /// --record=true`); `None` unless the command has `--record` and it is true.
    pub change_cause: Option<String>,
}

impl Invocation {
    /// The arguments before `--` (all of them without `--`).
    pub fn args_before_dash(&self) -> &[String] {
        let end = self.args_before_dash.unwrap_or(self.args.len());
        self.args.get(..end).unwrap_or(&self.args)
    }

    /// The arguments after `--` (empty without `--`).
    pub fn args_after_dash(&self) -> &[String] {
        match self.args_before_dash {
            Some(end) => self.args.get(end..).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The command path as kubectl prints it (`kubectl config view`).
    pub fn command_path(&self) -> String {
        let mut path = String::from("kubectl");
        for name in &self.path {
            path.push(' ');
            path.push_str(name);
        }
        path
    }
}

/// What a command line amounts to before any command runs.
#[derive(Debug, Clone)]
pub enum ParseOutcome {
    /// Run this command.
    Run(Invocation),
    /// Print this on stdout; exit code 0 (`--help`, `kubectl`, `kubectl options`, `kubectl help`).
    Help(String),
    /// Print this on stderr (complete, with its final newline); exit code 1.
    Error(String),
    /// `kubectl diff`'s flag errors: stderr, exit code 2 (its `CheckDiffErr`).
    DiffError(String),
    /// Help on the other stream: stderr with exit code 0 (`kubectl help <unknown>`, cobra's
    /// `cmd.Printf` and `Usage`), or stdout with exit code 1 (`kubectl rollout`, whose
    /// `DefaultSubCommandRun` is given `streams.Out`).
    HelpElsewhere { text: String, on_stderr: bool },
}

/// Parses argv (without the leading `kubectl`) as kubectl 1.37 does, for output into a pipe.
pub fn parse(argv: &[String]) -> ParseOutcome {
    parse::parse_with_columns(argv, None)
}

/// Like `parse`, with help text word-wrapped as kubectl does on a terminal `columns` wide.
pub fn parse_for_terminal(argv: &[String], columns: usize) -> ParseOutcome {
    parse::parse_with_columns(argv, Some(columns))
}

/// `kubectl <path> --help` as printed into a pipe; `path` holds names or aliases
/// (`["config", "set-context"]`, `[]` for the root). Empty for a path the table lacks.
pub fn help(path: &[&str]) -> String {
    match parse::resolve_path(path) {
        Some(chain) => help::render_help(&chain, None),
        None => String::new(),
    }
}

/// `help` as printed on a terminal `columns` wide.
pub fn help_for_terminal(path: &[&str], columns: usize) -> String {
    match parse::resolve_path(path) {
        Some(chain) => help::render_help(&chain, help::wrap_limit(Some(columns))),
        None => String::new(),
    }
}

/// The table entry of a command path (names or aliases); `[]` is the root.
pub fn command(path: &[&str]) -> Option<&'static CommandSpec> {
    parse::resolve_path(path).and_then(|chain| chain.last().copied())
}

/// Whether real kubectl 1.37 has this top-level command (simulated or not).
pub fn is_real_kubectl_command(name: &str) -> bool {
    REAL_ROOT_COMMANDS
        .iter()
        .any(|command| command.name == name)
}
