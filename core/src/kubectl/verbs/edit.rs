//! `kubectl edit` (`pkg/cmd/util/editor/editoptions.go`): the objects named by `TYPE NAME`,
//! `TYPE/NAME`, `TYPE` or `-f` are written to `/tmp/kubectl-edit-N.yaml` under kubectl's
//! header and opened in the terminal's editor (`KUBE_EDITOR`, `EDITOR`, else `vi`). When it
//! closes, kubectl compares the file with what it wrote (comments aside):
//!
//! - unchanged: `Edit cancelled, no changes made.`; empty: `Edit cancelled, saved file was
//!   empty.`;
//! - a syntax error, or an object the server refuses as invalid (`pods "kubia" is invalid`),
//!   reopens the editor with the reasons in the header; saving it again unchanged ends with
//!   `Edit cancelled, no valid changes were saved.` and keeps the file;
//! - otherwise each changed object gets a two-way strategic merge patch (`pod/kubia edited`),
//!   an unchanged one prints `skipped`.
//!
//! The file stays in the playground's `/tmp` when kubectl says so (`A copy of your changes
//! has been stored to …`), as a real kubectl leaves it on disk.
//!
//! `kubectl create -f FILE --edit` (`EditBeforeCreateMode`) edits each object of the files in
//! turn, as read (with the namespace it will be created in), and creates it when saved.
//! `kubectl apply edit-last-applied` (`ApplyEditMode`) edits the objects'
//! `last-applied-configuration` annotations and writes each changed one back with a merge
//! patch of the annotation alone.

use super::super::cli::Invocation;
use super::super::error::{go_error_text, KubectlError};
use super::super::manifest::{self, yaml_json};
use super::super::output::{self, OutputFormat};
use super::super::resources::{self, Selection};
use super::super::{EditRequest, Env, Io, LineRead, Outcome, Waiter};
use super::delete::NO_RESOURCES;
use crate::api::{strategic_merge, value, ApiError, Kind};
use crate::cluster::PatchType;
use crate::printers::json::to_compact_json;
use serde_json::Value;

const APPLY_HEADER: &str = "# Please edit the 'last-applied-configuration' annotations below.\n# Lines beginning with a '#' will be ignored, and an empty file will abort the edit.\n#\n";

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

const HEADER: &str = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let namespace = resources::namespace(invocation, env);
    let targets = targets(invocation, env)?;
    if !flags.string("subresource").unwrap_or("").is_empty() {
        return Err(KubectlError::message(
            "the playground does not implement \"kubectl edit --subresource\" yet",
        ));
    }
    super::super::dry_run::check_validate_flag(invocation)?;
    let objects = fetch(env, targets)?;
    if objects.is_empty() {
        return Err(KubectlError::message("edit cancelled, no objects found"));
    }
    let format = edit_format(flags.string("output").unwrap_or(""))?;
    Ok(EditSession::new(invocation, env, objects, format, namespace).start(env, io))
}

/// `kubectl apply edit-last-applied`: the annotations of the objects named, edited together.
pub(super) fn run_last_applied(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let namespace = resources::namespace(invocation, env);
    let targets = targets(invocation, env)?;
    super::super::dry_run::check_validate_flag(invocation)?;
    let objects = fetch(env, targets)?;
    // Each annotation read as the builder reads a stream.
    let mut annotations = Vec::new();
    for (_, object) in &objects {
        let Some(text) = value::str_at(object, &["metadata", "annotations", LAST_APPLIED]) else {
            continue;
        };
        let checks = manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        };
        let (read, errors) = manifest::parse_documents(text, "", checks);
        if let Some(error) = errors.into_iter().next() {
            return Err(error);
        }
        if let Some(first) = read.into_iter().next() {
            let kind = manifest::resource_kind(&first)?;
            annotations.push((kind, first.value));
        }
    }
    if annotations.is_empty() {
        return Err(KubectlError::message("no last-applied-configuration annotation found on resources, to create the annotation, use command `kubectl apply set-last-applied --create-annotation`"));
    }
    let format = edit_format(flags.string("output").unwrap_or(""))?;
    let mut session = EditSession::new(invocation, env, annotations, format, namespace);
    session.last_applied = true;
    Ok(session.start(env, io))
}

/// `kubectl create --edit` (`RunEditOnCreate`): the objects read from the files, edited one
/// after another before each is created.
pub(super) fn run_on_create(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    objects: Vec<(Kind, Value)>,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let namespace = resources::namespace(invocation, env);
    // The builder's `SetNamespace`: an object without a namespace gets the command's (and
    // with `-n`, one naming another is refused).
    let enforce = resources::namespace_enforced(invocation);
    let mut objects = objects;
    for (kind, object) in &mut objects {
        resources::place_in_namespace(object, *kind, &namespace, enforce)?;
    }
    objects.reverse();
    let Some(first) = objects.pop() else {
        return Ok(Outcome::Done(0));
    };
    let format = edit_format(flags.string("output").unwrap_or(""))?;
    let mut session = EditSession::new(invocation, env, vec![first], format, namespace);
    session.to_create = objects;
    // `create` writes the annotations itself, as it creates each object.
    session.save_config = false;
    session.create = Some(CreateFlags {
        save_config: flags.bool("save-config"),
        change_cause: invocation.change_cause.clone(),
    });
    Ok(session.start(env, io))
}

/// The editor's format for `-o`: JSON, YAML (the default) or KYAML; any other printer fails as
/// the editor's `JSONYamlPrintFlags` fail.
fn edit_format(output: &str) -> Result<EditFormat, KubectlError> {
    match output {
        "json" => Ok(EditFormat::Json),
        "" | "yaml" => Ok(EditFormat::Yaml),
        "kyaml" => Ok(EditFormat::Kyaml),
        other => Err(KubectlError::message(format!(
            "unable to match a printer suitable for the output format {}, allowed formats are: json,kyaml,yaml",
            crate::validation::go_quote(other)
        ))),
    }
}

/// The objects the arguments or files name, as the builder resolves them.
fn targets(
    invocation: &Invocation,
    env: &Env<'_>,
) -> Result<Vec<(Kind, String, String)>, KubectlError> {
    let namespace = resources::namespace(invocation, env);
    Ok(match resources::file_targets(invocation, env)? {
        Some(files) => {
            let mut errors = files.placement_errors;
            errors.extend(files.read_errors);
            if !errors.is_empty() {
                return Err(KubectlError::Many(errors));
            }
            files.targets
        }
        None if invocation.args.is_empty() => {
            return Err(KubectlError::Raw(format!("error: {NO_RESOURCES}")))
        }
        None => match resources::parse_selection(&invocation.args)? {
            Selection::Names(names) => resources::placed_names(names, &namespace),
            Selection::Kinds(kinds) => resources::objects_of_kinds(env, &kinds, &namespace, "")?,
        },
    })
}

/// The objects as the server has them now (`Latest()`).
fn fetch(
    env: &Env<'_>,
    targets: Vec<(Kind, String, String)>,
) -> Result<Vec<(Kind, Value)>, KubectlError> {
    let mut objects = Vec::new();
    let mut errors = Vec::new();
    for (kind, namespace, name) in targets {
        match super::super::resources::get_by_name(env.cluster, kind, &namespace, &name) {
            Ok(object) => objects.push((kind, object.to_value())),
            Err(error) => errors.push(KubectlError::api(error)),
        }
    }
    if !errors.is_empty() {
        return Err(KubectlError::Many(errors));
    }
    Ok(objects)
}

/// The format the objects are edited in (`-o json` edits JSON, without the header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EditFormat {
    Yaml,
    Json,
    Kyaml,
}

/// `create --edit`'s flags for the objects it creates.
struct CreateFlags {
    save_config: bool,
    change_cause: Option<String>,
}

/// kubectl's edit loop, between two openings of the editor.
struct EditSession {
    /// The objects as fetched (`create --edit`: the one object being edited), in order.
    objects: Vec<(Kind, Value)>,
    /// `create --edit`'s objects still to edit, the next one last.
    to_create: Vec<(Kind, Value)>,
    /// `create --edit`: the edited objects are created, not patched.
    create: Option<CreateFlags>,
    /// `apply edit-last-applied`: the objects are annotations, written back into their
    /// objects.
    last_applied: bool,
    format: EditFormat,
    /// `-o`: empty prints `pod/x edited`, else the edited object in that format.
    output: String,
    output_patch: bool,
    save_config: bool,
    windows_line_endings: bool,
    /// The command's namespace, which edited objects must keep.
    namespace: String,
    /// The editor command line (`KUBE_EDITOR`, `EDITOR`, else `vi`).
    editor: Vec<String>,
    /// The file as first written (header and objects).
    original: String,
    /// The file as last saved.
    edited: String,
    /// The last pass failed: the next file holds the header and the edited text.
    contains_error: bool,
    /// Why the file is opened again: a heading and its detail lines.
    reasons: Vec<(String, Vec<String>)>,
    /// The file kept from a pass that failed, removed when the next one starts.
    results_file: String,
    /// The file open in the editor.
    request: Option<EditRequest>,
}

/// How one pass over the saved file ended.
enum Pass {
    /// Done, with this exit status.
    Done(i32),
    /// The editor opens again.
    Reopen,
}

impl EditSession {
    fn new(
        invocation: &Invocation,
        env: &Env<'_>,
        objects: Vec<(Kind, Value)>,
        format: EditFormat,
        namespace: String,
    ) -> EditSession {
        let flags = &invocation.flags;
        EditSession {
            objects,
            to_create: Vec::new(),
            create: None,
            last_applied: false,
            format,
            output: flags.string("output").unwrap_or("").to_string(),
            output_patch: flags.bool("output-patch"),
            save_config: flags.bool("save-config"),
            windows_line_endings: flags.bool("windows-line-endings"),
            namespace,
            editor: editor_words(&env.editor),
            original: String::new(),
            edited: String::new(),
            contains_error: false,
            reasons: Vec::new(),
            results_file: String::new(),
            request: None,
        }
    }

    /// Opens the editor on the first file: the command waits on it, or has failed.
    fn start(mut self, env: &mut Env<'_>, io: &mut Io) -> Outcome {
        match self.launch(env, io) {
            Ok(()) => Outcome::Wait(Box::new(self)),
            Err(status) => Outcome::Done(status),
        }
    }

    /// Writes the next file and opens the editor on it; `Err(status)` when that fails
    /// (the error is printed).
    fn launch(&mut self, env: &mut Env<'_>, io: &mut Io) -> Result<(), i32> {
        let mut buffer = String::new();
        if self.format != EditFormat::Json {
            buffer.push_str(if self.last_applied {
                APPLY_HEADER
            } else {
                HEADER
            });
            for (head, others) in &self.reasons {
                let colon = if others.is_empty() { "" } else { ":" };
                buffer.push_str(&format!("# {}{colon}\n", hash_on_line_break(head)));
                for other in others {
                    buffer.push_str(&format!("# * {}\n", hash_on_line_break(other)));
                }
                buffer.push_str("#\n");
            }
        }
        if self.contains_error {
            buffer.push_str(&manual_strip(&self.edited));
        } else {
            match self.print_objects() {
                Ok(text) => buffer.push_str(&text),
                Err(error) => return Err(self.fail(&error, &self.results_file.clone(), env, io)),
            }
            self.original = buffer.clone();
        }
        if self.windows_line_endings {
            buffer = buffer.replace('\n', "\r\n");
        }
        let extension = if self.format == EditFormat::Json {
            "json"
        } else {
            "yaml"
        };
        let suffix = env.cluster.rng().next_u64() as u32;
        let path = format!("/tmp/kubectl-edit-{suffix}.{extension}");
        if env.fs.write(&path, &buffer).is_err() {
            let error = KubectlError::message(format!("open {path}: no such file or directory"));
            return Err(self.fail(&error, &self.results_file.clone(), env, io));
        }
        let program = self
            .editor
            .first()
            .map(|word| word.rsplit('/').next().unwrap_or(word).to_string())
            .unwrap_or_default();
        if !crate::shell::EDITOR_COMMANDS.contains(&program.as_str()) {
            let error = KubectlError::message(format!(
                "unable to launch the editor {}",
                crate::validation::go_quote(&self.editor.join(" "))
            ));
            return Err(self.fail(&error, &self.results_file.clone(), env, io));
        }
        self.request = Some(EditRequest {
            program,
            path,
            text: buffer,
            read_only: false,
        });
        Ok(())
    }

    /// The objects as the editor shows them: one object, or a `List` of several.
    fn print_objects(&self) -> Result<String, KubectlError> {
        let document = match self.objects.as_slice() {
            [(_, object)] => object.clone(),
            objects => serde_json::json!({
                "apiVersion": "v1",
                "items": objects.iter().map(|(_, object)| object.clone()).collect::<Vec<_>>(),
                "kind": "List",
                "metadata": {},
            }),
        };
        let format = match self.format {
            EditFormat::Yaml => OutputFormat::Yaml,
            EditFormat::Json => OutputFormat::Json,
            EditFormat::Kyaml => OutputFormat::Kyaml,
        };
        let kind = self.objects.first().map_or(Kind::Pod, |(kind, _)| *kind);
        output::print_objects(&format, &[(kind, document)], true)
    }

    /// `preservedFile`: names the file that keeps the learner's changes, then the error.
    fn fail(&self, error: &KubectlError, file: &str, env: &Env<'_>, io: &mut Io) -> i32 {
        if !file.is_empty() && env.fs.exists(file) {
            io.err(&format!(
                "A copy of your changes has been stored to \"{file}\"\n"
            ));
        }
        io.err(&error.render());
        1
    }

    /// One pass over the file the editor saved (`editFn`'s loop body).
    fn after_edit(&mut self, file: &str, env: &mut Env<'_>, io: &mut Io) -> Pass {
        let edited_before = std::mem::take(&mut self.edited);
        self.edited = env.fs.read(file).unwrap_or("").to_string();
        if self.contains_error && strip_comments(&edited_before) == strip_comments(&self.edited) {
            let error = KubectlError::message("Edit cancelled, no valid changes were saved.");
            return Pass::Done(self.fail(&error, file, env, io));
        }
        if !self.results_file.is_empty() {
            let _ = env.fs.remove(&self.results_file, false);
        }
        if strip_comments(&self.original) == strip_comments(&self.edited) {
            let _ = env.fs.remove(file, false);
            io.err("Edit cancelled, no changes made.\n");
            return Pass::Done(0);
        }
        if !has_lines(&self.edited) {
            let _ = env.fs.remove(file, false);
            io.err("Edit cancelled, saved file was empty.\n");
            return Pass::Done(0);
        }
        self.results_file = file.to_string();
        self.reasons.clear();
        let checks = manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        };
        let (updated, errors) = manifest::parse_documents(&self.edited, "edited-file", checks);
        if let Some(error) = errors.first() {
            self.contains_error = true;
            self.reasons.push((
                format!("The edited file had a syntax error: {}", error_text(error)),
                Vec::new(),
            ));
            return Pass::Reopen;
        }
        self.contains_error = false;
        let mut updated: Vec<Value> = updated.into_iter().map(|object| object.value).collect();
        for object in &mut updated {
            let kind = value::str_at(object, &["kind"])
                .and_then(Kind::from_manifest_kind)
                .unwrap_or(Kind::Pod);
            if let Err(error) = resources::place_in_namespace(object, kind, &self.namespace, true) {
                return Pass::Done(self.fail(&error, file, env, io));
            }
            if self.save_config {
                let text = super::create::last_applied_annotation(object, None);
                super::create::insert_last_applied(object, text);
            }
        }
        if self.last_applied {
            for object in &updated {
                if let Err(error) = self.annotate_one(object, env, io) {
                    return Pass::Done(self.fail(&error, file, env, io));
                }
            }
            let _ = env.fs.remove(file, false);
            return Pass::Done(0);
        }
        if let Some(flags) = &self.create {
            for object in &updated {
                if let Err(error) = self.create_one(object, flags, env, io) {
                    return Pass::Done(self.fail(&error, file, env, io));
                }
            }
            let _ = env.fs.remove(file, false);
            return Pass::Done(0);
        }
        let mut results = Results::default();
        for object in &updated {
            if let Err(error) = self.patch_one(object, &mut results, env, io) {
                return Pass::Done(self.fail(&error, file, env, io));
            }
        }
        if results.retryable > 0 {
            io.err(&format!(
                "You can run `kubectl replace -f {file}` to try this update again.\n"
            ));
            return Pass::Done(1);
        }
        if results.not_found > 0 {
            io.err(&format!(
                "The edits you made on deleted resources have been saved to \"{file}\"\n"
            ));
            return Pass::Done(1);
        }
        if !results.invalid {
            let _ = env.fs.remove(file, false);
            return Pass::Done(0);
        }
        self.contains_error = true;
        Pass::Reopen
    }

    /// `visitToCreate` for one edited object: created as the server's `POST` creates it.
    fn create_one(
        &self,
        object: &Value,
        flags: &CreateFlags,
        env: &mut Env<'_>,
        io: &mut Io,
    ) -> Result<(), KubectlError> {
        let sourced = manifest::SourcedObject {
            source: "edited-file".to_string(),
            value: object.clone(),
            raw: None,
        };
        let options = super::create::CreateOptions {
            mode: super::create::Mode::Create,
            persist: true,
            save_config: flags.save_config,
            change_cause: flags.change_cause.as_deref(),
        };
        let mut warnings = Vec::new();
        let created = super::create::create_one(
            env,
            &sourced,
            &self.namespace,
            true,
            &options,
            &mut warnings,
        );
        for warning in warnings {
            io.err(&format!("Warning: {warning}\n"));
        }
        // The helper's error is the server's own, not `error when creating "edited-file"`.
        let (kind, name, _, _) = created.map_err(|error| match error {
            KubectlError::Api { error, .. } => KubectlError::api(error),
            other => other,
        })?;
        let stored = env
            .cluster
            .get(kind, &self.namespace, &name)
            .map(|object| object.to_value())
            .unwrap_or_else(|_| object.clone());
        io.out(&self.printed(kind, stored, "created")?);
        Ok(())
    }

    /// `visitToApplyEditPatch` for one edited annotation: `skipped`, or a merge patch that
    /// writes it into the object of its name. Annotations carry no uid, so each is compared
    /// with the first one read, as kubectl does.
    fn annotate_one(
        &self,
        edited: &Value,
        env: &mut Env<'_>,
        io: &mut Io,
    ) -> Result<(), KubectlError> {
        let uid = value::str_at(edited, &["metadata", "uid"]).unwrap_or("");
        let Some((kind, original)) = self
            .objects
            .iter()
            .find(|(_, object)| value::str_at(object, &["metadata", "uid"]).unwrap_or("") == uid)
        else {
            return Err(KubectlError::message(format!(
                "no original object found for &unstructured.Unstructured{{Object:{}}}",
                go_sharp_v(edited)
            )));
        };
        if to_compact_json(original) == to_compact_json(edited) {
            io.out(&self.printed(*kind, edited.clone(), "skipped")?);
            return Ok(());
        }
        let kind = value::str_at(edited, &["kind"])
            .and_then(Kind::from_manifest_kind)
            .unwrap_or(*kind);
        let name = value::str_at(edited, &["metadata", "name"]).unwrap_or("");
        let namespace = if kind.namespaced() {
            self.namespace.as_str()
        } else {
            ""
        };
        // `GetApplyPatch`: the annotation is the object's JSON, as the encoder writes it.
        let configuration = format!("{}\n", to_compact_json(edited));
        let patch = serde_json::json!({"metadata": {"annotations": {LAST_APPLIED: configuration}}});
        env.cluster
            .patch(kind, namespace, name, PatchType::Merge, &patch)
            .map_err(KubectlError::api)?;
        io.out(&self.printed(kind, edited.clone(), "edited")?);
        Ok(())
    }

    /// Starts editing `create --edit`'s next object; `None` when none is left.
    fn next_to_create(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<LineRead> {
        let next = self.to_create.pop()?;
        self.objects = vec![next];
        self.original.clear();
        self.edited.clear();
        self.contains_error = false;
        self.reasons.clear();
        self.results_file.clear();
        Some(match self.launch(env, io) {
            Ok(()) => LineRead::Continue,
            Err(status) => LineRead::Finished(Outcome::Done(status)),
        })
    }

    /// `visitToPatch` for one edited object: `skipped`, or a strategic merge patch from
    /// the object as fetched.
    fn patch_one(
        &mut self,
        edited: &Value,
        results: &mut Results,
        env: &mut Env<'_>,
        io: &mut Io,
    ) -> Result<(), KubectlError> {
        let uid = value::str_at(edited, &["metadata", "uid"]).unwrap_or("");
        let Some((kind, original)) = self
            .objects
            .iter()
            .find(|(_, object)| value::str_at(object, &["metadata", "uid"]).unwrap_or("") == uid)
            .cloned()
        else {
            return Err(KubectlError::message(format!(
                "no original object found for &unstructured.Unstructured{{Object:{}}}",
                go_sharp_v(edited)
            )));
        };
        let name = value::str_at(&original, &["metadata", "name"])
            .unwrap_or("")
            .to_string();
        let namespace = value::str_at(&original, &["metadata", "namespace"])
            .unwrap_or("")
            .to_string();
        if to_compact_json(&original) == to_compact_json(edited) {
            io.out(&self.printed(kind, edited.clone(), "skipped")?);
            return Ok(());
        }
        let unchanged = |path: &[&str]| value::at(&original, path) == value::at(edited, path);
        if !unchanged(&["apiVersion"]) || !unchanged(&["kind"]) || !unchanged(&["metadata", "name"])
        {
            return Err(KubectlError::message(
                "At least one of apiVersion, kind and name was changed",
            ));
        }
        let patch = strategic_merge::three_way(&original, edited, &original);
        if self.output_patch {
            io.out(&format!("Patch: {}\n", to_compact_json(&patch)));
        }
        match env
            .cluster
            .patch(kind, &namespace, &name, PatchType::Strategic, &patch)
        {
            Ok((_, warnings)) => {
                for warning in warnings {
                    io.err(&format!("Warning: {warning}\n"));
                }
                let patched = env
                    .cluster
                    .get(kind, &namespace, &name)
                    .map(|object| object.to_value())
                    .unwrap_or_else(|_| edited.clone());
                io.out(&self.printed(kind, patched, "edited")?);
            }
            Err(error) => {
                io.err(&format!(
                    "{}\n",
                    results.add_error(&error, kind, &name, &mut self.reasons)
                ));
            }
        }
        Ok(())
    }

    /// The printer's line for one object: `pod/kubia edited`, or the object in `-o`'s format.
    fn printed(&self, kind: Kind, object: Value, operation: &str) -> Result<String, KubectlError> {
        let format = match self.output.as_str() {
            "" => {
                let name = value::str_at(&object, &["metadata", "name"]).unwrap_or("");
                return Ok(format!("{} {operation}\n", output::name_line(kind, name)));
            }
            "json" => OutputFormat::Json,
            "kyaml" => OutputFormat::Kyaml,
            _ => OutputFormat::Yaml,
        };
        output::print_objects(&format, &[(kind, object)], true)
    }
}

/// `editResults`: what the patches of one pass met.
#[derive(Default)]
struct Results {
    /// Some object was invalid: the editor opens again with the reasons.
    invalid: bool,
    not_found: usize,
    retryable: usize,
}

impl Results {
    /// `addError`: counts the failure and returns kubectl's line for it.
    fn add_error(
        &mut self,
        error: &ApiError,
        kind: Kind,
        name: &str,
        reasons: &mut Vec<(String, Vec<String>)>,
    ) -> String {
        let resource = kind.plural();
        match error {
            ApiError::Invalid { causes, .. } => {
                self.invalid = true;
                reasons.push((
                    format!("{resource} \"{name}\" was not valid"),
                    causes.clone(),
                ));
                format!("error: {resource} \"{name}\" is invalid")
            }
            ApiError::NotFound { .. } => {
                self.not_found += 1;
                format!("error: {resource} \"{name}\" could not be found on the server")
            }
            other => {
                self.retryable += 1;
                format!(
                    "error: {resource} \"{name}\" could not be patched: {}",
                    go_error_text(other)
                )
            }
        }
    }
}

impl Waiter for EditSession {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }

    fn edit_request(&self) -> Option<&EditRequest> {
        self.request.as_ref()
    }

    fn finish_edit(&mut self, saved: Option<&str>, env: &mut Env<'_>, io: &mut Io) -> LineRead {
        let Some(request) = self.request.take() else {
            return LineRead::Ignored;
        };
        if let Some(text) = saved {
            // The file may be gone (removed from another terminal): the editor writes it anew.
            let _ = env.fs.write(&request.path, text);
        }
        let status = match self.after_edit(&request.path, env, io) {
            Pass::Done(0) if self.create.is_some() => match self.next_to_create(env, io) {
                Some(read) => return read,
                None => 0,
            },
            Pass::Done(status) => status,
            Pass::Reopen => match self.launch(env, io) {
                Ok(()) => return LineRead::Continue,
                Err(status) => status,
            },
        };
        LineRead::Finished(Outcome::Done(status))
    }
}

/// `defaultEnvEditor`: the editor's words (`nano`, or `vim -u NONE` split at spaces).
fn editor_words(setting: &str) -> Vec<String> {
    if setting.is_empty() {
        return vec!["vi".to_string()];
    }
    setting.split(' ').map(str::to_string).collect()
}

/// A client error's text without `error: `, an API error's Go text.
fn error_text(error: &KubectlError) -> String {
    match error {
        KubectlError::Api { error, .. } => go_error_text(error),
        other => other
            .render()
            .trim_end()
            .trim_start_matches("error: ")
            .to_string(),
    }
}

/// `cmdutil.StripComments`: the file as JSON when it reads as YAML, else without its
/// comment lines.
fn strip_comments(file: &str) -> String {
    match yaml_json::yaml_to_json(file) {
        Ok(value) => to_compact_json(&value),
        Err(_) => manual_strip(file),
    }
}

/// `cmdutil.ManualStrip`: the lines that are not comments (`#!` stays).
fn manual_strip(file: &str) -> String {
    let lines: Vec<&str> = file.split('\n').collect();
    let mut stripped = String::new();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') && !trimmed.starts_with("#!") {
            continue;
        }
        stripped.push_str(line);
        if index + 1 < lines.len() {
            stripped.push('\n');
        }
    }
    stripped
}

/// `hasLines`: some line holds more than blanks and is not a comment.
fn has_lines(file: &str) -> bool {
    file.lines().any(|line| {
        let trimmed = line.trim();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    })
}

/// `hashOnLineBreak`: `# ` after each line break not followed by `#`.
fn hash_on_line_break(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match chars.peek() {
            Some((_, next)) if c == '\n' && *next != '#' => out.push_str("\n# "),
            _ => out.push(c),
        }
    }
    out
}

/// Go's `%#v` of an unstructured value (`map[string]interface {}{"kind":"Pod", …}`).
fn go_sharp_v(value: &Value) -> String {
    match value {
        Value::Null => "interface {}(nil)".to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) if number.is_f64() => {
            format!("{}", number.as_f64().unwrap_or(0.0))
        }
        Value::Number(number) => format!("{number}"),
        Value::String(text) => crate::validation::go_quote(text),
        Value::Array(items) => format!(
            "[]interface {{}}{{{}}}",
            items.iter().map(go_sharp_v).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => format!(
            "map[string]interface {{}}{{{}}}",
            map.iter()
                .map(|(key, item)| format!(
                    "{}:{}",
                    crate::validation::go_quote(key),
                    go_sharp_v(item)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_on_line_break_comments_every_following_line() {
        let cases = [
            ("one", "one"),
            ("a\nb", "a\n# b"),
            ("a\n#b", "a\n#b"),
            ("ends\n", "ends\n"),
            ("a\n\nb", "a\n# \n# b"),
        ];
        for (text, want) in cases {
            assert_eq!(hash_on_line_break(text), want, "{text:?}");
        }
    }

    #[test]
    fn manual_strip_keeps_shebangs_and_drops_comments() {
        let cases = [
            ("# c\na: 1\n", "a: 1\n"),
            ("  # indented\nb: 2", "b: 2"),
            ("#!x\n#y\n", "#!x\n"),
            ("", ""),
        ];
        for (text, want) in cases {
            assert_eq!(manual_strip(text), want, "{text:?}");
        }
    }

    #[test]
    fn has_lines_ignores_blanks_and_comments() {
        assert!(!has_lines("# a\n  \n\t# b\n"));
        assert!(has_lines("# a\nx"));
    }

    #[test]
    fn go_sharp_v_writes_go_literals() {
        let value = serde_json::json!({"a": [1, "x", null], "b": true});
        assert_eq!(
            go_sharp_v(&value),
            "map[string]interface {}{\"a\":[]interface {}{1, \"x\", interface {}(nil)}, \"b\":true}"
        );
    }
}
