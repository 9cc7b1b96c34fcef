//! Resolving resource arguments (`pods`, `po/x`, `pods,rc`, `all`, `pod a b`) and the
//! namespace a command works in, with the builder's error messages.

use super::cli::{FlagValues, Invocation};
use super::error::KubectlError;
use super::Env;
use crate::api::Kind;

/// What the positional arguments select.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Named objects, in argument order.
    Names(Vec<(Kind, String)>),
    /// Every object of these kinds (then filtered by selectors).
    Kinds(Vec<Kind>),
}

/// The kinds a selection names, in order.
pub fn selection_kinds(selection: &Selection) -> Vec<Kind> {
    match selection {
        Selection::Names(names) => names.iter().map(|(kind, _)| *kind).collect(),
        Selection::Kinds(kinds) => kinds.clone(),
    }
}

/// The warning the API server attaches to every response about a deprecated kind (the
/// installer's `deprecation.WarningMessage`: v1 Endpoints since 1.33), printed as kubectl's
/// deduplicating warning writer prints it: once per command, on standard error.
pub fn server_warnings(io: &mut super::Io, kinds: impl IntoIterator<Item = Kind>) {
    const ENDPOINTS: &str =
        "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";
    if kinds.into_iter().any(|kind| kind == Kind::Endpoints)
        && !io
            .chunks
            .iter()
            .any(|(stream, text)| *stream == super::Stream::Stderr && text.contains(ENDPOINTS))
    {
        io.err(ENDPOINTS);
    }
}

/// Resolves one resource type word (`pods`, `po`, `all` is handled by the caller).
pub fn resolve_kind(word: &str) -> Result<Kind, KubectlError> {
    Kind::from_resource_arg(word).ok_or_else(|| no_resource_type(word))
}

fn no_resource_type(word: &str) -> KubectlError {
    KubectlError::message(format!(
        "the server doesn't have a resource type \"{word}\""
    ))
}

/// Expands a comma-separated type list, with `all`.
pub fn resolve_kinds(words: &str) -> Result<Vec<Kind>, KubectlError> {
    let mut kinds = Vec::new();
    for word in words.split(',') {
        if word.is_empty() {
            continue;
        }
        if word.eq_ignore_ascii_case("all") {
            for kind in Kind::category_all() {
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
            continue;
        }
        let kind = resolve_kind(word)?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

/// `ResourceTypeOrNameArgs` of cli-runtime's builder: `pods`, `pods a b`, `pods,rc a`
/// (every type with every name), `pod/a rc/b`. (Its error for `pod/a pods` names `kubectl
/// get` whatever the command, as `hasCombinedTypeArgs` does.)
pub fn parse_selection(args: &[String]) -> Result<Selection, KubectlError> {
    let args = normalize_multiple_resources_args(args);
    let Some(first) = args.first() else {
        return Ok(Selection::Kinds(Vec::new()));
    };
    if args.iter().any(|arg| arg.contains('/')) {
        if !args.iter().all(|arg| arg.contains('/')) {
            return Err(KubectlError::message(SEPARATE_TYPE));
        }
        let mut tuples = Vec::new();
        for arg in &args {
            tuples.push(split_resource_type_name(arg)?);
        }
        let mut names = Vec::new();
        for (resource, name) in tuples {
            names.push((resolve_kind(resource)?, name.to_string()));
        }
        return Ok(Selection::Names(names));
    }
    let kinds = resolve_kinds(first)?;
    let names = &args[1..];
    if names.is_empty() {
        return Ok(Selection::Kinds(kinds));
    }
    match kinds.as_slice() {
        [kind] => Ok(Selection::Names(
            names.iter().map(|name| (*kind, name.clone())).collect(),
        )),
        // `all a`: the category expands to several types (the builder's visitByName).
        [_, _, ..] => Err(KubectlError::message("you must specify only one resource")),
        [] => Err(no_resource_type("")),
    }
}

/// cli-runtime's `hasCombinedTypeArgs`: `TYPE/NAME` arguments mixed with `TYPE NAME` ones.
const SEPARATE_TYPE: &str = "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/// The builder's refusal of resource arguments beside `-f`/`-k`: its own errors in reading
/// them first (`ResourceTypeOrNameArgs`), then `visitByPaths`' for resource types, or for
/// `TYPE/NAME` arguments (`a,b NAME` becomes `a/NAME b/NAME`).
pub fn args_beside_files(args: &[String]) -> KubectlError {
    let args = normalize_multiple_resources_args(args);
    if !args.iter().any(|arg| arg.contains('/')) {
        return KubectlError::message(
            "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well",
        );
    }
    if !args.iter().all(|arg| arg.contains('/')) {
        return KubectlError::message(SEPARATE_TYPE);
    }
    match args
        .iter()
        .find_map(|arg| split_resource_type_name(arg).err())
    {
        Some(error) => error,
        None => KubectlError::message(
            "resource/name arguments cannot be provided when a path is specified",
        ),
    }
}

/// The builder's label selector over files (`visitByPaths`), parsed once the paths are
/// found and before any is read.
pub fn check_file_selector(flags: &FlagValues) -> Result<(), KubectlError> {
    let text = flags.string("selector").unwrap_or("").trim();
    if text.is_empty() {
        return Ok(());
    }
    crate::selector::parse(text).map(|_| ()).map_err(|error| {
        KubectlError::message(format!(
            "the provided selector {} is not valid: {error}",
            crate::validation::go_quote(text)
        ))
    })
}

/// cli-runtime's `visitBySelector` refusing objects named beside a selector (or `--all`
/// where it selects): `TYPE NAME…` arguments, or `TYPE/NAME` ones (`a,b NAME` too, which the
/// builder turns into `a/NAME b/NAME`).
pub fn selector_with_names(args: &[String]) -> KubectlError {
    let tuples = normalize_multiple_resources_args(args)
        .iter()
        .any(|arg| arg.contains('/'));
    KubectlError::message(if tuples {
        "selectors and the all flag cannot be used when passing resource/name arguments"
    } else {
        "name cannot be provided when a selector is specified"
    })
}

/// cli-runtime's `SplitResourceArgument`: the comma-separated words, duplicates dropped
/// (empty words kept).
fn split_resource_argument(arg: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for word in arg.split(',') {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// cli-runtime's `normalizeMultipleResourcesArgs`: `pods,rc a b` becomes `pods/a pods/b
/// rc/a rc/b`.
fn normalize_multiple_resources_args(args: &[String]) -> Vec<String> {
    if args.len() >= 2 {
        let resources = split_resource_argument(&args[0]);
        if resources.len() > 1 {
            return resources
                .iter()
                .flat_map(|resource| {
                    args[1..]
                        .iter()
                        .map(move |name| format!("{resource}/{name}"))
                })
                .collect();
        }
    }
    args.to_vec()
}

/// cli-runtime's `splitResourceTypeName` for an argument with a slash.
pub(crate) fn split_resource_type_name(arg: &str) -> Result<(&str, &str), KubectlError> {
    let mut segments = arg.split('/');
    let (Some(resource), Some(name), None) = (segments.next(), segments.next(), segments.next())
    else {
        return Err(KubectlError::message(
            "arguments in resource/name form may not have more than one slash",
        ));
    };
    if resource.is_empty() || name.is_empty() || split_resource_argument(resource).len() != 1 {
        return Err(KubectlError::message(
            "arguments in resource/name form must have a single resource and name",
        ));
    }
    Ok((resource, name))
}

/// cli-runtime's `Info.Get`: an object fetched by name, and when it is not found in a
/// namespace other than `default`, the namespace's own NotFound if that namespace does not
/// exist either (`namespaces "nosuch" not found`).
pub fn get_by_name<'c>(
    cluster: &'c crate::cluster::Cluster,
    kind: Kind,
    namespace: &str,
    name: &str,
) -> Result<crate::cluster::ObjectView<'c>, crate::api::ApiError> {
    cluster.get(kind, namespace, name).map_err(|error| {
        let scoped = kind.namespaced() && !namespace.is_empty() && namespace != "default";
        if scoped && matches!(error, crate::api::ApiError::NotFound { .. }) {
            if let Err(missing) = cluster.get(Kind::Namespace, "", namespace) {
                if matches!(missing, crate::api::ApiError::NotFound { .. }) {
                    return missing;
                }
            }
        }
        error
    })
}

/// The namespace a command works in: `-n`, else the context's, else `default`.
pub fn namespace(invocation: &Invocation, env: &Env<'_>) -> String {
    match invocation.flags.string("namespace") {
        Some(namespace) if !namespace.is_empty() => namespace.to_string(),
        _ => env.config.namespace(invocation.flags.string("context")),
    }
}

/// Whether `-n` was given explicitly (manifests must then agree with it). clientcmd's
/// `Namespace()` enforces only a non-empty override: `--namespace=` is the context's.
pub fn namespace_enforced(invocation: &Invocation) -> bool {
    invocation
        .flags
        .string("namespace")
        .is_some_and(|namespace| !namespace.is_empty())
}

/// Objects named by `-f` for a verb that acts on what is stored (`get`, `describe`): the
/// manifests say which objects, the cluster has their current state.
#[derive(Debug, Default)]
pub struct FileTargets {
    /// Kind, namespace (empty for cluster-scoped kinds) and name, in file order.
    pub targets: Vec<(Kind, String, String)>,
    /// Objects whose namespace contradicts `-n` (kubectl reports these first).
    pub placement_errors: Vec<KubectlError>,
    /// Errors met while reading the files, in order (reported last).
    pub read_errors: Vec<KubectlError>,
    /// The builder's "single item implied": one file (not a directory, not stdin) holding
    /// one object.
    pub single: bool,
}

/// The `-f` targets of `invocation`, or `None` without `-f`. Resource arguments beside `-f`
/// are refused as kubectl's builder refuses them.
/// `-k DIR`: kustomize's answer (the playground does not run kustomize). `get`, `describe`
/// and `rollout pause|resume|restart` meet it in `Infos()` and return it inside an
/// aggregate, which `CheckErr` prints as it is, without `error: `.
pub fn check_kustomize(invocation: &Invocation, env: &Env<'_>) -> Result<(), KubectlError> {
    let kustomize = invocation.flags.string("kustomize").unwrap_or("");
    if kustomize.is_empty() {
        return Ok(());
    }
    let text = kustomize_error(env, kustomize);
    Err(match invocation.path.as_slice() {
        ["get" | "describe", ..] | ["rollout", "pause" | "resume" | "restart"] => {
            KubectlError::Raw(text)
        }
        _ => KubectlError::message(text),
    })
}

/// cli-runtime's `FilenameOptions.RequireFilenameOrKustomize`: exactly one of `-f` and `-k`.
pub fn require_filename_or_kustomize(flags: &FlagValues) -> Result<(), KubectlError> {
    let filenames = !flags.strings("filename").is_empty();
    let kustomize = !flags.string("kustomize").unwrap_or("").is_empty();
    match (filenames, kustomize) {
        (false, false) => Err(KubectlError::message("must specify one of -f and -k")),
        (true, true) => Err(KubectlError::message(
            "only one of -f or -k can be specified",
        )),
        _ => Ok(()),
    }
}

/// Refuses the boolean flags of `command` the playground does not simulate (rather than
/// ignore them): `the playground does not implement "kubectl apply --prune" yet`.
pub fn refuse_unsimulated_flags(
    flags: &FlagValues,
    command: &str,
    names: &[&str],
) -> Result<(), KubectlError> {
    match names.iter().find(|name| flags.bool(name)) {
        Some(name) => Err(KubectlError::message(format!(
            "the playground does not implement \"kubectl {command} --{name}\" yet"
        ))),
        None => Ok(()),
    }
}

/// Whether the command names its objects by files: `-f` or `-k`.
pub fn has_file_sources(flags: &FlagValues) -> bool {
    !flags.strings("filename").is_empty() || !flags.string("kustomize").unwrap_or("").is_empty()
}

pub fn file_targets(
    invocation: &Invocation,
    env: &Env<'_>,
) -> Result<Option<FileTargets>, KubectlError> {
    file_targets_beside(invocation, env, &invocation.args)
}

/// `file_targets` for a verb whose arguments hold more than resources (`set image`'s
/// `NAME=IMAGE` pairs): `resource_args` are the ones the builder is given.
pub fn file_targets_beside(
    invocation: &Invocation,
    env: &Env<'_>,
    resource_args: &[String],
) -> Result<Option<FileTargets>, KubectlError> {
    let filenames = invocation.flags.strings("filename");
    let kustomize = invocation.flags.string("kustomize").unwrap_or("");
    if filenames.is_empty() && kustomize.is_empty() {
        return Ok(None);
    }
    if !filenames.is_empty() && !kustomize.is_empty() {
        return Err(KubectlError::message(
            "only one of -f or -k can be specified",
        ));
    }
    // The paths must exist; then come the arguments beside them, the selector, kustomize.
    let manifests = super::manifest::read_sources(
        env.fs,
        env.stdin.as_deref(),
        &filenames,
        invocation.flags.bool("recursive"),
        super::manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        },
    )?;
    if !resource_args.is_empty() {
        return Err(args_beside_files(resource_args));
    }
    check_file_selector(&invocation.flags)?;
    check_kustomize(invocation, env)?;
    let namespace = namespace(invocation, env);
    let enforce = namespace_enforced(invocation);
    let mut files = FileTargets {
        single: filenames.len() == 1
            && filenames
                .first()
                .is_some_and(|path| path != "-" && !env.fs.is_dir(path))
            && manifests.objects.len() == 1,
        ..FileTargets::default()
    };
    for object in &manifests.objects {
        let Ok(kind) = super::manifest::resource_kind(object) else {
            continue;
        };
        let name = crate::api::value::str_at(&object.value, &["metadata", "name"])
            .unwrap_or("")
            .to_string();
        let given = crate::api::value::str_at(&object.value, &["metadata", "namespace"])
            .filter(|ns| !ns.is_empty());
        let object_namespace = if !kind.namespaced() {
            String::new()
        } else {
            match given {
                Some(given) if enforce && given != namespace => {
                    files
                        .placement_errors
                        .push(namespace_mismatch(given, &namespace));
                    continue;
                }
                Some(given) => given.to_string(),
                None => namespace.clone(),
            }
        };
        files.targets.push((kind, object_namespace, name));
    }
    files.read_errors = manifests.errors;
    Ok(Some(files))
}

/// The builder's namespace for an object read from a manifest (`SetNamespace`, and
/// `RequireNamespace` when `enforce`): a namespaced object without one gets `namespace`
/// written in, one naming another is refused. Returns the object's namespace (empty for a
/// cluster-scoped kind).
pub fn place_in_namespace(
    object: &mut serde_json::Value,
    kind: Kind,
    namespace: &str,
    enforce: bool,
) -> Result<String, KubectlError> {
    if !kind.namespaced() {
        return Ok(String::new());
    }
    let given = crate::api::value::str_at(object, &["metadata", "namespace"])
        .filter(|given| !given.is_empty())
        .map(str::to_string);
    match given {
        Some(given) if enforce && given != namespace => Err(namespace_mismatch(&given, namespace)),
        Some(given) => Ok(given),
        None => {
            if let Some(serde_json::Value::Object(metadata)) = object.pointer_mut("/metadata") {
                metadata.insert(
                    "namespace".to_string(),
                    serde_json::Value::String(namespace.to_string()),
                );
            }
            Ok(namespace.to_string())
        }
    }
}

/// A manifest's namespace that `-n` contradicts.
pub fn namespace_mismatch(given: &str, namespace: &str) -> KubectlError {
    KubectlError::message(format!(
        "the namespace from the provided object \"{given}\" does not match the namespace \"{namespace}\". You must pass '--namespace={given}' to perform this operation."
    ))
}

/// The label selector of a list request (`-l` with a resource type): a parse error is the API
/// server's `BadRequest` (`Unable to find "/v1, Resource=pods" that match label selector …`).
pub fn list_selector(
    kinds: &[Kind],
    label_selector: &str,
    field_selector: &str,
) -> Result<Option<crate::selector::Selector>, KubectlError> {
    if label_selector.is_empty() {
        return Ok(None);
    }
    crate::selector::parse(label_selector)
        .map(Some)
        .map_err(|error| {
            KubectlError::api(crate::api::ApiError::BadRequest {
                message: format!(
                    "Unable to find \"{}\" that match label selector \"{label_selector}\", field selector \"{field_selector}\": {error}",
                    kinds.first().copied().unwrap_or(Kind::Pod).group_version_resource()
                ),
            })
        })
}

/// The objects of `kinds` in `namespace` (cluster-scoped kinds: all of them) that the `-l`
/// selector matches, every one without it: what a bare resource type selects.
pub fn objects_of_kinds(
    env: &Env<'_>,
    kinds: &[Kind],
    namespace: &str,
    label_selector: &str,
) -> Result<Vec<(Kind, String, String)>, KubectlError> {
    let selector = list_selector(kinds, label_selector, "")?;
    let mut found = Vec::new();
    for kind in kinds {
        let scope = kind.namespaced().then_some(namespace);
        for object in env.cluster.list(*kind, scope) {
            if selector
                .as_ref()
                .is_none_or(|s| s.matches(&object.meta().labels))
            {
                let ns = object.meta().namespace.clone().unwrap_or_default();
                found.push((*kind, ns, object.name().to_string()));
            }
        }
    }
    Ok(found)
}

/// The builder's refusal of names with `--all-namespaces`: a namespaced object is looked up in
/// one namespace (cluster-scoped names are fine).
pub fn check_names_scope(
    names: &[(Kind, String)],
    all_namespaces: bool,
) -> Result<(), KubectlError> {
    if all_namespaces && names.iter().any(|(kind, _)| kind.namespaced()) {
        return Err(KubectlError::message(
            "a resource cannot be retrieved by name across all namespaces",
        ));
    }
    Ok(())
}

/// Named objects placed in `namespace` (cluster-scoped kinds have none): kind, namespace,
/// name.
pub fn placed_names(names: Vec<(Kind, String)>, namespace: &str) -> Vec<(Kind, String, String)> {
    names
        .into_iter()
        .map(|(kind, name)| {
            let namespace = if kind.namespaced() { namespace } else { "" };
            (kind, namespace.to_string(), name)
        })
        .collect()
}

/// What kustomize answers for `-k DIR`: the directory's problem, or that the playground does
/// not run kustomize.
pub fn kustomize_error(env: &Env<'_>, dir: &str) -> String {
    let path = env.fs.resolve(dir);
    if !env.fs.is_dir(&path) {
        return format!(
            "must build at directory: not a valid directory: evalsymlink failure on '{dir}' : lstat {path}: no such file or directory"
        );
    }
    let has_kustomization = ["kustomization.yaml", "kustomization.yml", "Kustomization"]
        .iter()
        .any(|name| {
            env.fs
                .exists(&format!("{}/{name}", path.trim_end_matches('/')))
        });
    if has_kustomization {
        "the playground does not run kustomize; apply the files with -f instead".to_string()
    } else {
        format!(
            "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{path}'"
        )
    }
}
