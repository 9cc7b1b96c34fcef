//! `kubectl replace` (`pkg/cmd/replace`): each object of `-f` replaces the stored one (`PUT`,
//! `Cluster::replace`, with the same update rules as `apply` and `patch`), printing
//! `pod/NAME replaced`. `--force` deletes the objects instead, waits until they are gone and
//! creates them again from the files.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest::{self, SourcedObject};
use super::super::output;
use super::super::resources;
use super::super::{Env, Io, Outcome, Waiter};
use super::create::{self, Mode};
use crate::api::{value, Kind};
use crate::clock::{SimDuration, SimTime};
use crate::cluster::DeleteOptions;

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let force = flags.bool("force");
    let grace = flags.int("grace-period").unwrap_or(-1);
    let timeout_nanos = flags.duration_nanos("timeout");
    dry_run::check_validate_flag(invocation)?;
    let dry_run = dry_run::strategy(invocation, env, io)?;
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    // The rest of `Complete()`: the printer, `--cascade`, then `RequireFilenameOrKustomize`.
    output::OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    let propagation = super::delete::propagation(flags)?;
    resources::require_filename_or_kustomize(flags)?;
    let filenames = flags.strings("filename");
    // `Validate()`, in kubectl's order.
    if grace >= 0 && !force {
        return Err(KubectlError::message(
            "--grace-period must have --force specified",
        ));
    }
    if timeout_nanos != 0 && !force {
        return Err(KubectlError::message(
            "--timeout must have --force specified",
        ));
    }
    if force && dry_run != DryRun::None {
        return Err(KubectlError::message(
            "--dry-run can not be used when --force is set",
        ));
    }
    create::check_raw(flags, Mode::Replace)?;
    for flag in ["raw", "subresource"] {
        if !flags.string(flag).unwrap_or("").is_empty() {
            return Err(KubectlError::message(format!(
                "the playground does not implement \"kubectl replace --{flag}\" yet"
            )));
        }
    }
    if !force {
        return create::run(invocation, env, io, Mode::Replace, Some(dry_run));
    }
    // `forceReplace`: delete what the files name, wait for it to be gone, create it again.
    let manifests = manifest::read_sources(
        env.fs,
        env.stdin.as_deref(),
        &filenames,
        flags.bool("recursive"),
        manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        },
    )?;
    if let Some(error) = manifests.errors.into_iter().next() {
        return Err(error);
    }
    let namespace = resources::namespace(invocation, env);
    let options = DeleteOptions {
        grace_period_seconds: (grace >= 0).then_some(grace),
        propagation,
    };
    let mut gone_wait = Vec::new();
    for object in &manifests.objects {
        let Some(kind) =
            Kind::from_manifest_kind(value::str_at(&object.value, &["kind"]).unwrap_or(""))
        else {
            continue;
        };
        let ns = if kind.namespaced() {
            value::str_at(&object.value, &["metadata", "namespace"])
                .filter(|ns| !ns.is_empty())
                .unwrap_or(&namespace)
                .to_string()
        } else {
            String::new()
        };
        let name = value::str_at(&object.value, &["metadata", "name"]).unwrap_or("");
        // A missing object is fine: it is created all the same.
        let Ok(uid) = env
            .cluster
            .get(kind, &ns, name)
            .map(|live| live.meta().uid.clone())
        else {
            continue;
        };
        env.cluster
            .delete(kind, &ns, name, options)
            .map_err(KubectlError::api)?;
        let where_ = if kind.namespaced() {
            format!(" from {ns} namespace")
        } else {
            String::new()
        };
        io.out(&format!("{} \"{name}\" deleted{where_}\n", kind.singular()));
        gone_wait.push((kind, ns, name.to_string(), uid));
    }
    let timeout = if timeout_nanos == 0 {
        SimDuration::from_secs(300)
    } else {
        SimDuration::from_millis(timeout_nanos.max(0) / 1_000_000)
    };
    let mut wait = ForceReplace {
        gone_wait,
        objects: manifests.objects,
        namespace,
        enforce: resources::namespace_enforced(invocation),
        save_config: flags.bool("save-config"),
        deadline: env.cluster.now().plus(timeout),
    };
    Ok(match wait.poll(env, io) {
        Some(code) => Outcome::Done(code),
        None => Outcome::Wait(Box::new(wait)),
    })
}

/// `replace --force` between the deletes and the creates.
struct ForceReplace {
    /// Deleted objects still there: kind, namespace, name, uid.
    gone_wait: Vec<(Kind, String, String, String)>,
    objects: Vec<SourcedObject>,
    namespace: String,
    enforce: bool,
    save_config: bool,
    deadline: SimTime,
}

impl Waiter for ForceReplace {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        self.gone_wait.retain(|(kind, namespace, name, uid)| {
            env.cluster.exists_with_uid(*kind, namespace, name, uid)
        });
        if !self.gone_wait.is_empty() {
            if env.cluster.now() < self.deadline {
                return None;
            }
            io.err("error: context deadline exceeded\n");
            return Some(1);
        }
        let mut errors = Vec::new();
        for object in &self.objects {
            let mut warnings = Vec::new();
            let result = create::create_object(
                env,
                object,
                &self.namespace,
                self.enforce,
                self.save_config,
                &mut warnings,
            );
            for warning in warnings {
                io.err(&warning);
            }
            match result {
                Ok((kind, name)) => {
                    io.out(&format!("{} replaced\n", output::name_line(kind, &name)))
                }
                Err(error) => errors.push(error),
            }
        }
        if errors.is_empty() {
            Some(0)
        } else {
            io.err(&KubectlError::Many(errors).render());
            Some(1)
        }
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }
}
