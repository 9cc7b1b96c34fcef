//! `kubectl delete`: by name, `-f`, `-l`, `--all`, `all --all`; graceful or forced; and the
//! wait (`--wait=true`, the default) until the objects are really gone.

use super::super::cli::{FlagValues, Invocation};
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::resources::{self, Selection};
use super::super::{Env, Io, LineRead, Outcome, Waiter};
use crate::api::{value, Kind};
use crate::cluster::{DeleteOptions, ObjectView, Propagation};
use crate::selector;

/// The resource builder's error when neither names nor files were given.
pub(super) const NO_RESOURCES: &str = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// `DeleteOptions.Validate` before `--raw`'s checks: the output mode, `--all` beside a selector
/// (which the builder, when there is one, refuses first), and `--force` with a grace period
/// (`requested_grace`: as `--grace-period` and `--now` set it).
fn validate(
    flags: &FlagValues,
    io: &mut Io,
    requested_grace: Option<i64>,
) -> Result<(), KubectlError> {
    let output = flags.string("output").unwrap_or("");
    if !output.is_empty() && output != "name" {
        return Err(KubectlError::message(format!(
            "unexpected -o output mode: {output}. We only support '-o name'"
        )));
    }
    if flags.bool("all") {
        if !flags.string("selector").unwrap_or("").is_empty() {
            return Err(KubectlError::message(
                "cannot set --all and --selector at the same time",
            ));
        }
        if !flags.string("field-selector").unwrap_or("").is_empty() {
            return Err(KubectlError::message(
                "cannot set --all and --field-selector at the same time",
            ));
        }
    }
    if flags.bool("force") {
        if requested_grace.is_some_and(|grace| grace > 0) {
            return Err(KubectlError::message(
                "--force and --grace-period greater than 0 cannot be specified together",
            ));
        }
        io.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    }
    Ok(())
}

/// `Validate`'s checks of `--raw`; the request itself is not simulated.
fn raw_delete(invocation: &Invocation, raw: &str) -> Result<(), KubectlError> {
    let flags = &invocation.flags;
    let filenames = flags.strings("filename");
    let fail = |message: &str| Err(KubectlError::message(message));
    if flags.bool("interactive") {
        return fail("--interactive can not be used with --raw");
    }
    match filenames.as_slice() {
        [_, _, ..] => return fail("--raw can only use a single local file or stdin"),
        [file] if file.starts_with("http://") || file.starts_with("https://") => {
            return fail("--raw cannot read from a url")
        }
        _ => {}
    }
    if flags.bool("recursive") {
        return fail("--raw and --recursive are mutually exclusive");
    }
    if !flags.string("output").unwrap_or("").is_empty() {
        return fail("--raw and --output are mutually exclusive");
    }
    super::get_raw::raw_url(raw)?;
    fail("the playground does not implement \"kubectl delete --raw\" yet")
}

/// One object to delete.
#[derive(Debug, Clone)]
struct Target {
    kind: Kind,
    namespace: String,
    name: String,
    source: Option<String>,
}

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let filenames = flags.strings("filename");
    let all = flags.bool("all");
    let label_selector = flags.string("selector").unwrap_or("").trim().to_string();
    let field_selector = flags
        .string("field-selector")
        .unwrap_or("")
        .trim()
        .to_string();
    let namespace = resources::namespace(invocation, env);
    let all_namespaces = flags.bool("all-namespaces");
    // `DeleteFlags.ToOptions` reads --cascade; `Complete` checks --now and reads --dry-run
    // before its builder looks at the arguments.
    let propagation = propagation(flags)?;
    if flags.bool("now") && flags.int("grace-period") != Some(-1) {
        return Err(KubectlError::message(
            "--now and --grace-period cannot be specified together",
        ));
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let force = flags.bool("force");
    let mut grace = flags.int("grace-period").filter(|g| *g >= 0);
    if flags.bool("now") {
        grace = Some(1);
    }
    // The grace period as `Complete` leaves it (`--now` is 1), before `--force` defaults it.
    let requested_grace = grace;
    if force && grace.is_none() {
        grace = Some(0);
    }
    if grace == Some(0) && !force {
        grace = Some(1);
    }
    // `--raw` skips the builder; `Validate` then checks the path.
    let raw = flags.string("raw").unwrap_or("");
    if !raw.is_empty() {
        validate(flags, io, requested_grace)?;
        return raw_delete(invocation, raw).map(|()| Outcome::Done(0));
    }
    // The builder's visitorResult: paths first, then selectors, then resource arguments.
    let has_files = resources::has_file_sources(flags);
    // (A path that does not exist is reported before the arguments beside it.)
    let paths_exist = filenames
        .iter()
        .all(|file| file == "-" || env.fs.exists(file));
    if has_files && paths_exist && !invocation.args.is_empty() {
        return Err(resources::args_beside_files(&invocation.args));
    }
    if invocation.args.is_empty() && !has_files {
        if all || !label_selector.is_empty() || !field_selector.is_empty() {
            return Err(KubectlError::message(
                "at least one resource must be specified to use a selector",
            ));
        }
        return Err(KubectlError::Raw(format!("error: {NO_RESOURCES}")));
    }
    if all && !(label_selector.is_empty() && field_selector.is_empty()) {
        return Err(KubectlError::message(
            "setting 'all' parameter but found a non empty selector. ",
        ));
    }
    let ignore_not_found = flags.bool("ignore-not-found")
        || all
        || !label_selector.is_empty()
        || !field_selector.is_empty();
    let mut read_errors = Vec::new();
    let mut targets: Vec<Target> = Vec::new();
    resources::check_kustomize(invocation, env)?;
    if !filenames.is_empty() {
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
        read_errors = manifests.errors;
        resources::check_file_selector(flags)?;
        validate(flags, io, requested_grace)?;
        for object in manifests.objects {
            let Ok(kind) = manifest::resource_kind(&object) else {
                continue;
            };
            let object_namespace = value::str_at(&object.value, &["metadata", "namespace"])
                .filter(|ns| !ns.is_empty())
                .unwrap_or(&namespace)
                .to_string();
            targets.push(Target {
                kind,
                namespace: if kind.namespaced() {
                    object_namespace
                } else {
                    String::new()
                },
                name: value::str_at(&object.value, &["metadata", "name"])
                    .unwrap_or("")
                    .to_string(),
                source: Some(object.source.clone()),
            });
        }
    } else {
        match resources::parse_selection(&invocation.args)? {
            Selection::Names(names) => {
                if all || !label_selector.is_empty() || !field_selector.is_empty() {
                    return Err(resources::selector_with_names(&invocation.args));
                }
                resources::check_names_scope(&names, all_namespaces)?;
                validate(flags, io, requested_grace)?;
                for (kind, name) in names {
                    targets.push(Target {
                        kind,
                        namespace: if kind.namespaced() {
                            namespace.clone()
                        } else {
                            String::new()
                        },
                        name,
                        source: None,
                    });
                }
            }
            Selection::Kinds(kinds) => {
                if !all && label_selector.is_empty() && field_selector.is_empty() {
                    return Err(KubectlError::message(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                validate(flags, io, requested_grace)?;
                let labels = resources::list_selector(&kinds, &label_selector, &field_selector)?;
                let fields = if field_selector.is_empty() {
                    None
                } else {
                    Some(
                        selector::parse_field_selector(&field_selector)
                            .map_err(|error| KubectlError::message(error.to_string()))?,
                    )
                };
                for kind in kinds {
                    let scope = if !kind.namespaced() || all_namespaces {
                        None
                    } else {
                        Some(namespace.as_str())
                    };
                    for object in env.cluster.list(kind, scope) {
                        if let Some(labels) = &labels {
                            if !labels.matches(&object.meta().labels) {
                                continue;
                            }
                        }
                        if let Some(fields) = &fields {
                            if !fields.matches_with(&|field: &str| {
                                super::get::field_value(&object, field)
                            }) {
                                continue;
                            }
                        }
                        targets.push(Target {
                            kind,
                            namespace: object.meta().namespace.clone().unwrap_or_default(),
                            name: object.name().to_string(),
                            source: None,
                        });
                    }
                }
                if targets.is_empty() {
                    io.out("No resources found\n");
                    return Ok(Outcome::Done(0));
                }
            }
        }
    }
    let output_name = flags.string("output") == Some("name");
    let plan = DeletePlan {
        targets,
        grace,
        force,
        propagation,
        ignore_not_found,
        read_errors,
        dry_run,
        output_name,
        warn_cluster_scoped: resources::namespace_enforced(invocation) && !all_namespaces,
        wait: flags.string("wait").map(|w| w != "false").unwrap_or(true) && dry_run == DryRun::None,
    };
    if flags.bool("interactive") {
        // `--interactive`: kubectl lists what it found and reads the answer from its input.
        let mut found = Vec::new();
        for target in &plan.targets {
            match env
                .cluster
                .get(target.kind, &target.namespace, &target.name)
            {
                Ok(_) => found.push(format!("{}/{}", target.kind.singular(), target.name)),
                Err(error) if !ignore_not_found => return Err(KubectlError::api(error)),
                Err(_) => {}
            }
        }
        if found.is_empty() {
            io.out("No resources found\n");
            return Ok(Outcome::Done(0));
        }
        io.out(&format!(
            "You are about to delete the following {} resource(s):\n{}\nDo you want to continue? (y/N): ",
            found.len(),
            found.join("\n")
        ));
        // On a terminal the answer is the next line the learner types.
        if env.stdin.is_none() && env.interactive {
            return Ok(Outcome::Wait(Box::new(DeleteConfirmation {
                plan: Some(plan),
            })));
        }
        if !confirmed(env.stdin.as_deref()) {
            io.out("deletion is cancelled\n");
            return Ok(Outcome::Done(0));
        }
    }
    plan.execute(env, io)
}
/// What `delete` will do once it has found its targets (and, with `-i`, been told yes).
struct DeletePlan {
    targets: Vec<Target>,
    grace: Option<i64>,
    force: bool,
    propagation: Propagation,
    ignore_not_found: bool,
    read_errors: Vec<KubectlError>,
    dry_run: DryRun,
    output_name: bool,
    /// `-n` given: a cluster-scoped object is deleted everywhere, which kubectl points out.
    warn_cluster_scoped: bool,
    wait: bool,
}

impl DeletePlan {
    fn execute(self, env: &mut Env<'_>, io: &mut Io) -> Result<Outcome, KubectlError> {
        let mut errors = Vec::new();
        let mut waiting: Vec<(Kind, String, String, String)> = Vec::new();
        for target in self.targets {
            resources::server_warnings(io, [target.kind]);
            // A named object is not read first (`RequireObject(false)`): a client dry run says
            // it deleted whatever it was given, there or not.
            let found = match self.dry_run {
                DryRun::Client => Ok(String::new()),
                _ => env
                    .cluster
                    .get(target.kind, &target.namespace, &target.name)
                    .map(|object| object.meta().uid.clone()),
            };
            let uid = match found {
                Ok(uid) => uid,
                Err(error) => {
                    if !self.ignore_not_found {
                        errors.push(KubectlError::Api {
                            error,
                            source: target.source.map(|file| ("deleting", file)),
                        });
                    }
                    continue;
                }
            };
            // `-n` given: a cluster-scoped object is deleted everywhere, which kubectl points out.
            if !target.kind.namespaced() && self.warn_cluster_scoped {
                io.err("Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n");
            }
            if self.dry_run == DryRun::None {
                let options = DeleteOptions {
                    grace_period_seconds: self.grace,
                    propagation: self.propagation,
                };
                if let Err(error) =
                    env.cluster
                        .delete(target.kind, &target.namespace, &target.name, options)
                {
                    errors.push(KubectlError::api(error));
                    continue;
                }
            }
            let suffix = self.dry_run.suffix();
            if self.output_name {
                io.out(&format!("{}/{}\n", target.kind.singular(), target.name));
            } else {
                let verb = if self.force && self.grace == Some(0) {
                    "force deleted"
                } else {
                    "deleted"
                };
                let where_ = if target.kind.namespaced() {
                    format!(" from {} namespace", target.namespace)
                } else {
                    String::new()
                };
                io.out(&format!(
                    "{} \"{}\" {verb}{where_}{suffix}\n",
                    target.kind.singular(),
                    target.name
                ));
            }
            waiting.push((target.kind, target.namespace, target.name, uid));
        }
        errors.extend(self.read_errors);
        if !errors.is_empty() {
            return Err(KubectlError::Many(errors));
        }
        if !self.wait {
            return Ok(Outcome::Done(0));
        }
        waiting.retain(|(kind, namespace, name, uid)| {
            env.cluster.exists_with_uid(*kind, namespace, name, uid)
        });
        if waiting.is_empty() {
            return Ok(Outcome::Done(0));
        }
        Ok(Outcome::Wait(Box::new(DeleteWait { waiting })))
    }
}

/// `delete -i` on a terminal: kubectl has asked and reads the learner's answer.
struct DeleteConfirmation {
    /// Taken when the answer comes.
    plan: Option<DeletePlan>,
}

impl Waiter for DeleteConfirmation {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn read_line(&mut self, line: &str, env: &mut Env<'_>, io: &mut Io) -> LineRead {
        let Some(plan) = self.plan.take() else {
            return LineRead::Ignored;
        };
        if !confirmed(Some(line)) {
            io.out("deletion is cancelled\n");
            return LineRead::Finished(Outcome::Done(0));
        }
        LineRead::Finished(match plan.execute(env, io) {
            Ok(outcome) => outcome,
            Err(error) => {
                io.err(&error.render());
                Outcome::Done(1)
            }
        })
    }

    /// Ctrl+D: `Fscanln` fails, which is a no.
    fn end_of_input(&mut self, _env: &mut Env<'_>, io: &mut Io) -> LineRead {
        if self.plan.take().is_none() {
            return LineRead::Ignored;
        }
        io.out("deletion is cancelled\n");
        LineRead::Finished(Outcome::Done(0))
    }

    fn reads_terminal(&self) -> bool {
        self.plan.is_some()
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }
}

/// Waits until every deleted object is gone (pods after their grace period).
struct DeleteWait {
    waiting: Vec<(Kind, String, String, String)>,
}

impl Waiter for DeleteWait {
    fn poll(&mut self, env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        self.waiting.retain(|(kind, namespace, name, uid)| {
            env.cluster.exists_with_uid(*kind, namespace, name, uid)
        });
        self.waiting.is_empty().then_some(0)
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }
}

#[allow(dead_code)]
fn _view_is_used(_: ObjectView<'_>) {}

/// Go's `fmt.Fscanln(in, &input)` followed by `strings.EqualFold(input, "y")`: the first line
/// must hold exactly one word, `y` or `Y`. On a terminal the line is the next one typed
/// (`DeleteConfirmation`); no input at all (a script without a terminal) reads as end of
/// file: cancelled.
fn confirmed(stdin: Option<&str>) -> bool {
    let line = stdin.and_then(|text| text.lines().next()).unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), [word] if word.eq_ignore_ascii_case("y"))
}

/// `--cascade` as `DeleteFlags.ToOptions` reads it (`delete`, `apply`, `replace`).
pub(super) fn propagation(flags: &FlagValues) -> Result<Propagation, KubectlError> {
    match flags.string("cascade").unwrap_or("background") {
        "background" | "true" => Ok(Propagation::Background),
        "foreground" => Ok(Propagation::Foreground),
        "orphan" | "false" => Ok(Propagation::Orphan),
        other => Err(KubectlError::message(format!(
            "invalid cascade value ({other}). Must be \"background\", \"foreground\", or \"orphan\""
        ))),
    }
}
