//! `--dry-run`, read as kubectl's `cmdutil.GetDryRunStrategy` does: `client`, `server`, `none`;
//! the bare flag (NoOptDefVal `unchanged`) and Go booleans are accepted with a klog warning
//! on stderr; anything else is an error. `--validate` is read beside it
//! (`cmdutil.GetValidationDirective`).

use super::cli::Invocation;
use super::error::KubectlError;
use super::{Env, Io};

/// What `--dry-run` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DryRun {
    None,
    Client,
    Server,
}

impl DryRun {
    /// A server dry run's copy of the cluster, which takes the request in the stored one's
    /// place (`None` otherwise): `dry_run.scratch(env.cluster).as_mut().unwrap_or(env.cluster)`.
    pub fn scratch(self, cluster: &crate::cluster::Cluster) -> Option<crate::cluster::Cluster> {
        (self == DryRun::Server).then(|| cluster.clone())
    }

    /// The suffix of a result line: ` (dry run)`, ` (server dry run)` or nothing.
    pub fn suffix(self) -> &'static str {
        match self {
            DryRun::None => "",
            DryRun::Client => " (dry run)",
            DryRun::Server => " (server dry run)",
        }
    }
}

/// A klog line as kubectl writes it (`W1128 05:59:42.292000   31337 helpers.go:714] …`;
/// `severity` is `I`, `W`, `E` or `F`), stamped with the simulated clock and the playground's
/// kubectl process id.
pub(crate) fn klog_line(env: &Env<'_>, severity: char, place: &str, message: &str) -> String {
    format!(
        "{severity}{} {KUBECTL_PID:>7} {place}] {message}\n",
        env.cluster.now().klog_header()
    )
}

fn klog_warning(env: &Env<'_>, place: &str, message: &str) -> String {
    klog_line(env, 'W', place, message)
}

/// The process id klog prints for the playground's kubectl.
const KUBECTL_PID: u32 = 31337;

/// Reads `--dry-run` (printing kubectl's deprecation warnings).
pub fn strategy(
    invocation: &Invocation,
    env: &Env<'_>,
    io: &mut Io,
) -> Result<DryRun, KubectlError> {
    let flag = invocation.flags.string("dry-run").unwrap_or("none");
    if let Ok(flag_bool) = super::cli::golang::parse_bool(flag) {
        let (replacement, place, strategy) = if flag_bool {
            ("client", "helpers.go:728", DryRun::Client)
        } else {
            ("none", "helpers.go:731", DryRun::None)
        };
        io.err(&klog_warning(
            env,
            place,
            &format!("--dry-run={flag} is deprecated (boolean value) and can be replaced with --dry-run={replacement}."),
        ));
        return Ok(strategy);
    }
    match flag {
        "unchanged" => {
            io.err(&klog_warning(
                env,
                "helpers.go:714",
                "--dry-run is deprecated and can be replaced with --dry-run=client.",
            ));
            Ok(DryRun::Client)
        }
        "client" => Ok(DryRun::Client),
        "server" => Ok(DryRun::Server),
        "none" => Ok(DryRun::None),
        other => Err(KubectlError::message(format!(
            "Invalid dry-run value ({other}). Must be \"none\", \"server\", or \"client\"."
        ))),
    }
}

/// `cmdutil.GetValidationDirective`: `--validate` is a Go boolean, `strict`, `warn` or `ignore`
/// (nothing to check for commands without the flag).
pub fn check_validate_flag(invocation: &Invocation) -> Result<(), KubectlError> {
    let flag = invocation.flags.string("validate").unwrap_or("strict");
    if super::cli::golang::parse_bool(flag).is_ok() || matches!(flag, "strict" | "warn" | "ignore")
    {
        return Ok(());
    }
    Err(KubectlError::message(format!(
        "invalid - validate option {}; must be one of: strict (or true), warn, ignore (or false)",
        super::cli::golang::quote(flag)
    )))
}
