//! The shapes of the command-line table: what a command and a flag are, as cobra and pflag see
//! them. The data itself lives in `table.rs`.
//!
//! It deliberately knows nothing about parsing, help rendering or completion.

/// How pflag stores and parses a flag's value (`Value.Type()` in pflag terms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    /// `bool`: `strconv.ParseBool`; NoOptDefVal `true`, so `--flag` alone means true.
    Bool,
    /// `string`: any text; the only kind whose default `--help` shows in single quotes.
    String,
    /// `int` / `int64`: `strconv.ParseInt(s, 0, 64)` (so `0x10`, `0o17`, `1_000` parse).
    Int,
    /// `int32`: `strconv.ParseInt(s, 0, 32)`.
    Int32,
    /// `duration`: `time.ParseDuration`, its error text passed through (`time: invalid duration "x"`).
    Duration,
    /// A Go `flag.Duration` wrapped into pflag (`--log-flush-frequency`): any parse failure reads
    /// `parse error`.
    GoFlagDuration,
    /// `stringSlice`: every occurrence is read as one CSV record and appended.
    StringSlice,
    /// `stringArray`: every occurrence is appended as is.
    StringArray,
    /// component-base's `mapStringString` (`create clusterrole --aggregation-rule`): `k=v,k2=v2`.
    MapStringString,
    /// klog's `Level` (`-v`): `strconv.ParseInt(s, 10, 32)`.
    KlogLevel,
    /// klog's `moduleSpec` (`--vmodule`): `pattern=N,...`.
    KlogModuleSpec,
}

/// What kind of value the completion caller should offer (it knows the cluster and kubeconfig).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagValueHint {
    /// Free text (or nothing to offer).
    None,
    /// A path in the playground's file system.
    File,
    /// A namespace name.
    Namespace,
    /// A container name of the pod named earlier on the line.
    Container,
    /// A kubeconfig context name.
    Context,
    /// A kubeconfig cluster name.
    Cluster,
    /// A kubeconfig user name.
    User,
    /// One of these fixed words (offered by `complete` itself).
    Values(&'static [&'static str]),
}

/// One pflag flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagSpec {
    /// The long name, without `--`.
    pub name: &'static str,
    /// The one-letter shorthand, without `-`.
    pub shorthand: Option<char>,
    pub kind: FlagKind,
    /// pflag's `DefValue`: the default exactly as `--help` shows it (without the quotes that
    /// `string` flags get there): `""`, `"false"`, `"-1"`, `"30s"`, `"[]"`, `"[localhost]"`.
    pub default: &'static str,
    /// pflag's `NoOptDefVal`: the value `--flag` takes without `=value` (`true` for bools,
    /// `unchanged` for `--dry-run`, `strict` for `--validate`, `background` for `--cascade`).
    pub no_opt_default: Option<&'static str>,
    /// The usage text as `--help` shows it (newlines of the source already joined by spaces).
    pub usage: &'static str,
    /// Not listed by `--help` or completion (deprecated flags are hidden too).
    pub hidden: bool,
    /// pflag's `Deprecated`: using the flag prints `Flag --x has been deprecated, <this>`.
    pub deprecated: Option<&'static str>,
    /// pflag's `ShorthandDeprecated`: using `-x` prints `Flag shorthand -x has been deprecated, <this>`.
    pub shorthand_deprecated: Option<&'static str>,
    /// cobra's `MarkFlagRequired`.
    pub required: bool,
    /// What completion should offer as this flag's value.
    pub value_hint: FlagValueHint,
}

/// What happens when a command runs, as far as the command line can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// An ordinary command: `parse` hands it to the caller as `ParseOutcome::Run`.
    Verb,
    /// kubectl's `DefaultSubCommandRun(ErrOut)` (`config`, `create secret`, `create service`): help on
    /// stderr and exit code 1, or `unknown command "<args>"` when arguments are given
    /// (`rollout`'s is given `streams.Out`: help on stdout, see `parse`).
    SubcommandGroup,
    /// `kubectl` alone: the root help.
    RootHelp,
    /// `kubectl options`: the global flags.
    PrintOptions,
    /// cobra's `help [command]`.
    HelpTopic,
}

/// What the positional arguments of a command are, for completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgHint {
    /// Nothing to offer.
    None,
    /// `TYPE`, `TYPE NAME...`, or `TYPE/NAME...` (get, describe, delete, label, ...).
    ResourceTypeThenNames,
    /// Only a resource type (`explain`).
    ResourceType,
    /// A pod (`POD` or `TYPE/NAME`), then a container of it (`logs`).
    PodThenContainer,
    /// A pod (`exec`, `port-forward`).
    Pod,
    /// Nodes (`cordon`, `uncordon`).
    Nodes,
    /// A kubeconfig context name.
    Context,
    /// A kubeconfig cluster name.
    Cluster,
    /// A kubeconfig user name.
    User,
    /// A command path (`kubectl help <command>`, and the root's first word).
    CommandPath,
}

/// One cobra command.
#[derive(Debug)]
pub struct CommandSpec {
    /// The first word of cobra's `Use`.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// cobra's `SuggestFor`: typing one of these suggests this command.
    pub suggest_for: &'static [&'static str],
    /// The one-line description listed by the parent's help.
    pub short: &'static str,
    /// The description heading `--help`, already trimmed as the template prints it.
    pub long: &'static str,
    /// The body of the `Examples:` section, each line indented by two spaces; empty for none.
    pub example: &'static str,
    /// The line under `Usage:` (`kubectl get [...] [options]`).
    pub usage_line: &'static str,
    pub run: RunKind,
    /// False for commands listed only so that parents' help and parsing stay faithful
    /// (e.g. `create deployment`); the caller decides what to answer for them.
    pub simulated: bool,
    /// What the positional arguments are (completion).
    pub positional: ArgHint,
    /// Local flags, sorted by name, hidden ones included.
    pub flags: &'static [&'static FlagSpec],
    /// Flags this command passes down to its subcommands (the root: the global options).
    pub persistent_flags: &'static [&'static FlagSpec],
    /// In cobra's sorted order.
    pub subcommands: &'static [&'static CommandSpec],
}

/// A top-level command of real kubectl, simulated or not (the root help lists them all).
#[derive(Debug)]
pub struct RealRootCommand {
    pub name: &'static str,
    pub short: &'static str,
    /// Index into `ROOT_GROUP_HEADINGS`; `None` for "Other Commands:".
    pub group: Option<usize>,
    /// cobra's `IsAvailableCommand()`.
    pub available: bool,
    /// cobra's `SuggestFor`.
    pub suggest_for: &'static [&'static str],
}
