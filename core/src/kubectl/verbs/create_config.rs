//! `kubectl create configmap NAME`, `kubectl create secret generic|docker-registry NAME` and
//! `kubectl create serviceaccount NAME`: the object built as kubectl's `createConfigMap`,
//! `createSecret`, `createSecretDockerRegistry` and `createServiceAccount` build it (keys from
//! `--from-file`, `--from-literal` and `--from-env-file`, with their client-side checks,
//! `--append-hash`), then created; the API server's refusal comes back as
//! `failed to create configmap: …`.

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::resources;
use super::super::{Env, Io};
use crate::api::{ApiError, Kind};
use crate::cluster::tokens::TokenRequest;
use crate::validation;
use crate::vfs::FsError;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// apimachinery's `IsValidPathSegmentName`.
fn path_segment_problems(segment: &str) -> Vec<String> {
    if matches!(segment, "." | "..") {
        return vec![format!("may not be '{segment}'")];
    }
    ["/", "%"]
        .iter()
        .filter(|illegal| segment.contains(**illegal))
        .map(|illegal| format!("may not contain '{illegal}'"))
        .collect()
}

/// `kubectl create configmap`.
pub(super) fn config_map(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    let data = keys_from_sources(invocation, env, &name, Target::ConfigMap)?;
    let mut final_name = name.clone();
    if flags.bool("append-hash") {
        final_name = format!("{name}-{}", config_map_hash(&name, &data));
    }
    let metadata = built_metadata(invocation, env, final_name);
    let mut object = Map::new();
    object.insert("kind".into(), json!("ConfigMap"));
    object.insert("apiVersion".into(), json!("v1"));
    object.insert("metadata".into(), metadata);
    if !data.is_empty() {
        object.insert("data".into(), crate::api::value::string_map(&data));
    }
    finish(
        invocation,
        env,
        io,
        Kind::ConfigMap,
        Value::Object(object),
        dry_run,
        &format,
    )
}

/// `kubectl create secret generic` and `kubectl create secret docker-registry`.
pub(super) fn secret(
    subcommand: &str,
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    let (secret_type, data) = if subcommand == "docker-registry" {
        if name.is_empty() {
            return Err(KubectlError::message("name must be specified"));
        }
        let username = flags.string("docker-username").unwrap_or("");
        let password = flags.string("docker-password").unwrap_or("");
        let server = flags.string("docker-server").unwrap_or("");
        let email = flags.string("docker-email").unwrap_or("");
        let files: Vec<String> = flags
            .strings("from-file")
            .into_iter()
            .map(|source| {
                if source.contains('=') {
                    source
                } else {
                    format!(".dockerconfigjson={source}")
                }
            })
            .collect();
        if files.is_empty() && (username.is_empty() || password.is_empty() || server.is_empty()) {
            return Err(KubectlError::message(
                "either --from-file or the combination of --docker-username, --docker-password and --docker-server is required",
            ));
        }
        let mut keys = Keys::new(&name, Target::Secret);
        if files.is_empty() {
            // `handleDockerCfgJSONContent`: Go's JSON of the auths entry.
            let mut entry = format!(
                "{{\"username\":{},\"password\":{}",
                validation::go_json_quote(username),
                validation::go_json_quote(password)
            );
            if !email.is_empty() {
                entry.push_str(&format!(",\"email\":{}", validation::go_json_quote(email)));
            }
            let auth = crate::share::base64_standard(format!("{username}:{password}").as_bytes());
            entry.push_str(&format!(",\"auth\":\"{auth}\"}}"));
            let config = format!(
                "{{\"auths\":{{{}:{entry}}}}}",
                validation::go_json_quote(server)
            );
            keys.data.insert(".dockerconfigjson".into(), config);
        } else {
            for source in &files {
                keys.add_file_source(env, source)
                    .map_err(KubectlError::message)?;
            }
        }
        ("kubernetes.io/dockerconfigjson".to_string(), keys.data)
    } else {
        let data = keys_from_sources(invocation, env, &name, Target::Secret)?;
        (flags.string("type").unwrap_or("").to_string(), data)
    };
    let mut final_name = name.clone();
    if flags.bool("append-hash") {
        final_name = format!("{name}-{}", secret_hash(&name, &secret_type, &data));
    }
    let metadata = built_metadata(invocation, env, final_name);
    let mut object = Map::new();
    object.insert("kind".into(), json!("Secret"));
    object.insert("apiVersion".into(), json!("v1"));
    object.insert("metadata".into(), metadata);
    if !data.is_empty() {
        let encoded: BTreeMap<String, String> = data
            .iter()
            .map(|(key, text)| (key.clone(), crate::share::base64_standard(text.as_bytes())))
            .collect();
        object.insert("data".into(), crate::api::value::string_map(&encoded));
    }
    if !secret_type.is_empty() {
        object.insert("type".into(), Value::String(secret_type));
    }
    finish(
        invocation,
        env,
        io,
        Kind::Secret,
        Value::Object(object),
        dry_run,
        &format,
    )
}

/// The keys of `--from-file`, `--from-literal` and `--from-env-file` (after kubectl's
/// `Validate`: a name, and an env file only on its own), in the order each command reads
/// them: a ConfigMap takes files first, a Secret literals first.
fn keys_from_sources(
    invocation: &Invocation,
    env: &Env<'_>,
    name: &str,
    target: Target,
) -> Result<BTreeMap<String, String>, KubectlError> {
    let flags = &invocation.flags;
    if name.is_empty() {
        return Err(KubectlError::message("name must be specified"));
    }
    let files = flags.strings("from-file");
    let literals = flags.strings("from-literal");
    let env_files = flags.strings("from-env-file");
    if !env_files.is_empty() && (!files.is_empty() || !literals.is_empty()) {
        return Err(KubectlError::message(
            "from-env-file cannot be combined with from-file or from-literal",
        ));
    }
    let mut keys = Keys::new(name, target);
    let add_literals = |keys: &mut Keys<'_>| -> Result<(), KubectlError> {
        for source in &literals {
            let (key, value) = source
                .split_once('=')
                .filter(|(key, _)| !key.is_empty())
                .ok_or_else(|| {
                    KubectlError::message(format!(
                        "invalid literal source {source}, expected key=value"
                    ))
                })?;
            keys.add(key, value).map_err(KubectlError::message)?;
        }
        Ok(())
    };
    if target == Target::Secret {
        add_literals(&mut keys)?;
    }
    for source in &files {
        keys.add_file_source(env, source)
            .map_err(KubectlError::message)?;
    }
    if target == Target::ConfigMap {
        add_literals(&mut keys)?;
    }
    for path in &env_files {
        keys.add_env_file(env, path)
            .map_err(KubectlError::message)?;
    }
    Ok(keys.data)
}

/// `kubectl create serviceaccount`.
pub(super) fn service_account(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    if name.is_empty() {
        return Err(KubectlError::message("name must be specified"));
    }
    let metadata = built_metadata(invocation, env, name);
    let object = json!({"kind": "ServiceAccount", "apiVersion": "v1", "metadata": metadata});
    finish(
        invocation,
        env,
        io,
        Kind::ServiceAccount,
        object,
        dry_run,
        &format,
    )
}

/// `kubectl create priorityclass` (`createPriorityClass`): cluster-scoped, so its metadata
/// has only the name; no client-side check of the name.
pub(super) fn priority_class(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    let flags = &invocation.flags;
    let mut object = Map::new();
    object.insert("kind".into(), json!("PriorityClass"));
    object.insert("apiVersion".into(), json!("scheduling.k8s.io/v1"));
    let mut metadata = Map::new();
    if !name.is_empty() {
        metadata.insert("name".into(), Value::String(name));
    }
    object.insert("metadata".into(), Value::Object(metadata));
    object.insert("value".into(), json!(flags.int("value").unwrap_or(0)));
    if flags.bool("global-default") {
        object.insert("globalDefault".into(), json!(true));
    }
    let description = flags.string("description").unwrap_or("");
    if !description.is_empty() {
        object.insert("description".into(), json!(description));
    }
    object.insert(
        "preemptionPolicy".into(),
        json!(flags.string("preemption-policy").unwrap_or("")),
    );
    finish(
        invocation,
        env,
        io,
        Kind::PriorityClass,
        Value::Object(object),
        dry_run,
        &format,
    )
}

/// `kubectl create deployment NAME --image=IMAGE [-- COMMAND ...]` (`createDeployment`):
/// labels `app: NAME`, one container per image named after it, `--port` on the first.
pub(super) fn deployment(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    let images = invocation.flags.strings("image");
    let command: Vec<String> = invocation.args.iter().skip(1).cloned().collect();
    if images.len() > 1 && !command.is_empty() {
        return Err(KubectlError::message(
            "cannot specify multiple --image options and command",
        ));
    }
    let labels = json!({"app": name});
    let port = invocation.flags.int("port").unwrap_or(-1);
    let containers: Vec<Value> = images
        .iter()
        .enumerate()
        .map(|(index, image)| {
            // `buildPodSpec`: the image's last path segment without tag or digest;
            // `sanitizeAndUniquify` turns `_` and `.` into `-` and adds a random suffix.
            let mut container_name = image.rsplit('/').next().unwrap_or(image).to_string();
            for separator in [':', '@'] {
                if let Some((before, _)) = container_name.split_once(separator) {
                    container_name = before.to_string();
                }
            }
            if container_name.contains(['_', '.']) {
                container_name = format!(
                    "{}-{}",
                    container_name.replace(['_', '.'], "-"),
                    env.cluster.rng().name_suffix(5)
                );
            }
            let mut container = Map::new();
            if !command.is_empty() {
                container.insert("command".into(), json!(command));
            }
            container.insert("image".into(), json!(image));
            container.insert("name".into(), json!(container_name));
            if index == 0 && port >= 0 {
                container.insert("ports".into(), json!([{"containerPort": port}]));
            }
            container.insert("resources".into(), json!({}));
            Value::Object(container)
        })
        .collect();
    let mut metadata = built_metadata(invocation, env, name);
    if let Value::Object(map) = &mut metadata {
        map.insert("labels".into(), labels.clone());
    }
    let object = json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata,
        "spec": {
            "replicas": invocation.flags.int("replicas").unwrap_or(1),
            "selector": {"matchLabels": labels},
            "strategy": {},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": containers}}
        },
        "status": {}
    });
    finish(
        invocation,
        env,
        io,
        Kind::Deployment,
        object,
        dry_run,
        &format,
    )
}

/// `kubectl create job NAME --image=IMAGE [-- COMMAND ...]` (`createJob`): one container named
/// after the Job, `restartPolicy: Never`. `--from=cronjob/NAME` needs a CronJob, which the
/// playground does not serve.
pub(super) fn job(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let (name, dry_run, format) = generator_prologue(invocation, env, io)?;
    let image = invocation.flags.string("image").unwrap_or("").to_string();
    let from = invocation.flags.string("from").unwrap_or("").to_string();
    let command: Vec<String> = invocation.args.iter().skip(1).cloned().collect();
    if image.is_empty() == from.is_empty() {
        return Err(KubectlError::message(
            "either --image or --from must be specified",
        ));
    }
    if !command.is_empty() && !from.is_empty() {
        return Err(KubectlError::message("cannot specify --from and command"));
    }
    if !from.is_empty() {
        return Err(KubectlError::message(
            "the playground does not implement \"kubectl create job --from\" yet (it serves no CronJobs)",
        ));
    }
    let mut container = Map::new();
    if !command.is_empty() {
        container.insert("command".into(), json!(command));
    }
    container.insert("image".into(), json!(image));
    container.insert("name".into(), json!(name));
    container.insert("resources".into(), json!({}));
    let metadata = built_metadata(invocation, env, name);
    let object = json!({
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": metadata,
        "spec": {
            "template": {
                "metadata": {},
                "spec": {"containers": [Value::Object(container)], "restartPolicy": "Never"}
            }
        },
        "status": {}
    });
    finish(invocation, env, io, Kind::Job, object, dry_run, &format)
}

/// `kubectl create token SERVICE_ACCOUNT`: a `TokenRequest` for the account, printed as the
/// token alone (a newline after it only on a terminal) or, with `-o`, as the object.
pub(super) fn token(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let name = super::create::name_from_command_args(invocation)?;
    let namespace = resources::namespace(invocation, env);
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let output = flags.string("output").unwrap_or("");
    let format = OutputFormat::from_flags(output, false, flags, env.fs)?;
    // Validate.
    if name.is_empty() {
        return Err(KubectlError::message("service account name is required"));
    }
    let duration = flags.duration_nanos("duration");
    if duration < 0 {
        return Err(KubectlError::message(
            "--duration must be greater than or equal to 0",
        ));
    }
    if duration % 1_000_000_000 != 0 {
        return Err(KubectlError::message(
            "--duration cannot be expressed in units less than seconds",
        ));
    }
    let audiences = flags.strings("audience");
    if audiences.iter().any(String::is_empty) {
        return Err(KubectlError::message(
            "--audience must not be an empty string",
        ));
    }
    let bound_kind = flags.string("bound-object-kind").unwrap_or("");
    let bound_name = flags.string("bound-object-name").unwrap_or("");
    let bound_uid = flags.string("bound-object-uid").unwrap_or("");
    if bound_kind.is_empty() {
        if !bound_name.is_empty() {
            return Err(KubectlError::message(
                "--bound-object-name can only be set if --bound-object-kind is provided",
            ));
        }
        if !bound_uid.is_empty() {
            return Err(KubectlError::message(
                "--bound-object-uid can only be set if --bound-object-kind is provided",
            ));
        }
    } else {
        if !matches!(bound_kind, "Node" | "Pod" | "Secret") {
            return Err(KubectlError::message(
                "supported --bound-object-kind values are Node, Pod, Secret",
            ));
        }
        if bound_name.is_empty() {
            return Err(KubectlError::message(
                "--bound-object-name is required if --bound-object-kind is provided",
            ));
        }
    }
    let request = TokenRequest {
        audiences: audiences.clone(),
        expiration_seconds: (duration > 0).then_some(duration / 1_000_000_000),
        bound_object: (!bound_kind.is_empty()).then(|| {
            (
                bound_kind.to_string(),
                bound_name.to_string(),
                bound_uid.to_string(),
            )
        }),
    };
    // The REST client's `Namespace` and `Name` refuse what cannot be a path segment, before
    // the request is sent.
    for (what, segment) in [("namespace", &namespace), ("resource name", &name)] {
        let problems = path_segment_problems(segment);
        if !problems.is_empty() {
            return Err(KubectlError::message(format!(
                "failed to create token: invalid {what} \"{segment}\": [{}]",
                problems.join(" ")
            )));
        }
    }
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        return Err(KubectlError::message(format!(
            "failed to create token: Post \"{}/api/v1/namespaces/{namespace}/serviceaccounts/{name}/token\": {}",
            failure.url, failure.error
        )));
    }
    let issued = env
        .cluster
        .create_token(&namespace, &name, &request)
        .map_err(|error| {
            KubectlError::message(format!(
                "failed to create token: {}",
                super::super::error::go_error_text(&error)
            ))
        })?;
    if output.is_empty() {
        io.out(&issued.token);
        if env.stdout_is_terminal {
            io.out("\n");
        }
        return Ok(0);
    }
    if format == OutputFormat::Name {
        io.out(&format!("tokenrequest.authentication.k8s.io/{name}\n"));
        return Ok(0);
    }
    let bound = match &request.bound_object {
        Some((kind, object, uid)) => {
            json!({"kind": kind, "apiVersion": "v1", "name": object, "uid": uid})
        }
        None => Value::Null,
    };
    let object = json!({
        "kind": "TokenRequest",
        "apiVersion": "authentication.k8s.io/v1",
        "metadata": {"name": name, "namespace": namespace, "creationTimestamp": null},
        "spec": {
            "audiences": issued.audiences,
            "expirationSeconds": issued.expiration_seconds,
            "boundObjectRef": bound,
        },
        "status": {
            "token": issued.token,
            "expirationTimestamp": issued.expiration.rfc3339(),
        },
    });
    io.out(&output::print_objects(
        &format,
        &[(Kind::ServiceAccount, object)],
        true,
    )?);
    Ok(0)
}

/// What every generator subcommand of `create` does first (`Complete`): the name from its
/// arguments, the client (which checks `--request-timeout`), the dry-run strategy, the
/// printer and `--validate`.
pub(super) fn generator_prologue(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<(String, DryRun, OutputFormat), KubectlError> {
    let name = super::create::name_from_command_args(invocation)?;
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let dry_run = dry_run::strategy(invocation, env, io)?;
    let format = OutputFormat::from_flags(
        invocation.flags.string("output").unwrap_or(""),
        false,
        &invocation.flags,
        env.fs,
    )?;
    dry_run::check_validate_flag(invocation)?;
    Ok((name, dry_run, format))
}

/// The metadata a `create` subcommand builds: the name, and the namespace when one was
/// given (`EnforceNamespace`).
fn built_metadata(invocation: &Invocation, env: &Env<'_>, name: String) -> Value {
    let mut metadata = Map::new();
    // `ObjectMeta.Name` is `omitempty`: `create deployment ""` builds an object without one.
    if !name.is_empty() {
        metadata.insert("name".into(), Value::String(name));
    }
    if resources::namespace_enforced(invocation) {
        metadata.insert(
            "namespace".into(),
            Value::String(resources::namespace(invocation, env)),
        );
    }
    Value::Object(metadata)
}

/// `--save-config`, then the dry run's printing or the create call and its printing.
fn finish(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
    kind: Kind,
    mut object: Value,
    dry_run: DryRun,
    format: &OutputFormat,
) -> Result<i32, KubectlError> {
    if invocation.flags.bool("save-config") {
        let typed = object.clone();
        super::create::set_typed_last_applied(&mut object, &typed);
    }
    let name = crate::api::value::str_at(&object, &["metadata", "name"])
        .unwrap_or("")
        .to_string();
    let created = format!(
        "{} created{}\n",
        output::name_line(kind, &name),
        dry_run.suffix()
    );
    if dry_run == DryRun::Client {
        if *format == OutputFormat::Table {
            io.out(&created);
        } else {
            io.out(&output::print_typed_object(format, kind, object)?);
        }
        return Ok(0);
    }
    let namespace = resources::namespace(invocation, env);
    // Run wraps the request's error: `failed to create job: …`, `failed to create secret …`.
    let info = kind.info();
    let failed_to_create = match kind {
        Kind::Secret => "failed to create secret ".to_string(),
        _ => format!(
            "failed to create {}: ",
            kind.singular().split('.').next().unwrap_or("")
        ),
    };
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        return Err(KubectlError::message(format!(
            "{failed_to_create}Post \"{}/{}/{}/{}{}?{}fieldManager=kubectl-create&fieldValidation=Strict\": {}",
            failure.url,
            if info.group.is_empty() { "api" } else { "apis" },
            kind.api_version(),
            if info.namespaced { format!("namespaces/{namespace}/") } else { String::new() },
            info.resource(),
            if dry_run == DryRun::Server { "dryRun=All&" } else { "" },
            failure.error
        )));
    }
    let failed = |error: ApiError| {
        KubectlError::message(format!(
            "{failed_to_create}{}",
            super::super::error::go_error_text(&error)
        ))
    };
    let stored = server_create(env.cluster, kind, &object, &namespace, dry_run).map_err(failed)?;
    if *format == OutputFormat::Table {
        io.out(&created);
    } else {
        io.out(&output::print_typed_object(format, kind, stored)?);
    }
    Ok(0)
}

/// The API server's answer to a create: the object as stored, or with `--dry-run=server`
/// as it would be (validated and admitted on a copy of the cluster that is dropped, with no
/// resource version).
pub(super) fn server_create(
    cluster: &mut crate::cluster::Cluster,
    kind: Kind,
    object: &Value,
    namespace: &str,
    dry_run: DryRun,
) -> Result<Value, ApiError> {
    let mut scratch = (dry_run == DryRun::Server).then(|| cluster.clone());
    let target = scratch.as_mut().unwrap_or(cluster);
    let (_, name) = target.create(object, namespace)?;
    let mut stored = target
        .get(kind, namespace, &name)
        .map(|view| view.to_value())
        .unwrap_or_else(|_| object.clone());
    if scratch.is_some() {
        if let Some(Value::Object(metadata)) = stored.pointer_mut("/metadata") {
            metadata.remove("resourceVersion");
        }
    }
    Ok(stored)
}

/// Which object the keys are for: the two commands word their errors differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    ConfigMap,
    Secret,
}

/// The keys of the ConfigMap or Secret being built (values as text), with kubectl's checks
/// on each one added.
struct Keys<'a> {
    name: &'a str,
    target: Target,
    data: BTreeMap<String, String>,
}

impl Keys<'_> {
    fn new(name: &str, target: Target) -> Keys<'_> {
        Keys {
            name,
            target,
            data: BTreeMap::new(),
        }
    }

    /// `addKeyFromLiteralToConfigMap` / `addKeyFromLiteralToSecret`.
    fn add(&mut self, key: &str, value: &str) -> Result<(), String> {
        let problems = validation::is_config_map_key(key);
        if !problems.is_empty() {
            return Err(match self.target {
                Target::ConfigMap => format!(
                    "{} is not a valid key name for a ConfigMap: {}",
                    validation::go_quote(key),
                    problems.join(",")
                ),
                Target::Secret => format!(
                    "{} is not valid key name for a Secret {}",
                    validation::go_quote(key),
                    problems.join(";")
                ),
            });
        }
        if self.data.contains_key(key) {
            return Err(match self.target {
                Target::ConfigMap => format!(
                    "cannot add key {}, another key by that name already exists in Data for ConfigMap {}",
                    validation::go_quote(key),
                    validation::go_quote(self.name)
                ),
                Target::Secret => {
                    format!("cannot add key {key}, another key by that name already exists")
                }
            });
        }
        self.data.insert(key.to_string(), value.to_string());
        Ok(())
    }

    /// `handleConfigMapFromFileSources` for one `[key=]path`: a file, or every regular file
    /// of a directory under its own name. (The playground's files are all text, so nothing
    /// goes to `binaryData`.)
    fn add_file_source(&mut self, env: &Env<'_>, source: &str) -> Result<(), String> {
        let (key, path) = parse_file_source(source)?;
        if env.fs.is_dir(&path) {
            if source.contains('=') {
                return Err("cannot give a key name for a directory path".into());
            }
            let entries = env.fs.list(&path).map_err(|error| reading(&path, error))?;
            for (entry, is_dir) in entries {
                if is_dir {
                    continue;
                }
                let item = format!("{}/{entry}", path.trim_end_matches('/'));
                let text = env.fs.read(&item).map_err(|error| reading(&item, error))?;
                self.add(&entry, text)?;
            }
            return Ok(());
        }
        let text = env.fs.read(&path).map_err(|error| reading(&path, error))?;
        self.add(&key, text)
    }

    /// `handleConfigMapFromEnvFileSources` for one file: `KEY=value` lines; blank lines and
    /// `#` comments are skipped; a line without `=` takes the variable from kubectl's
    /// environment (empty here).
    fn add_env_file(&mut self, env: &Env<'_>, path: &str) -> Result<(), String> {
        if env.fs.is_dir(path) {
            return Err(match self.target {
                Target::ConfigMap => "env config file cannot be a directory",
                Target::Secret => "env secret file cannot be a directory",
            }
            .into());
        }
        let text = env.fs.read(path).map_err(|error| reading(path, error))?;
        for (number, line) in text.split('\n').enumerate() {
            let line = if number == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let line = line.trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once('=').unwrap_or((line, ""));
            let problems = is_env_var_name(key);
            if !problems.is_empty() {
                return Err(format!(
                    "{} is not a valid key name: {}",
                    validation::go_quote(key),
                    problems.join(";")
                ));
            }
            self.add(key, value)?;
        }
        Ok(())
    }
}

/// `error reading PATH: no such file or directory` (the `*os.PathError`'s cause).
fn reading(path: &str, error: FsError) -> String {
    let cause = match error {
        FsError::NotADirectory => "not a directory",
        FsError::IsADirectory => "is a directory",
        _ => "no such file or directory",
    };
    format!("error reading {path}: {cause}")
}

/// `ParseFileSource`: `path` (the key is its base name) or `key=path`.
fn parse_file_source(source: &str) -> Result<(String, String), String> {
    match source.matches('=').count() {
        0 => {
            let base = source
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or("");
            let key = if base.is_empty() {
                if source.starts_with('/') {
                    "/"
                } else {
                    "."
                }
            } else {
                base
            };
            Ok((key.to_string(), source.to_string()))
        }
        1 if source.starts_with('=') => {
            Err(format!("key name for file path {} missing", &source[1..]))
        }
        1 if source.ends_with('=') => Err(format!(
            "file path for key name {} missing",
            &source[..source.len() - 1]
        )),
        1 => {
            let (key, path) = source.split_once('=').unwrap_or((source, ""));
            Ok((key.to_string(), path.to_string()))
        }
        _ => Err("key names or file paths cannot contain '='".into()),
    }
}

/// `IsEnvVarName`: `[-._a-zA-Z][-._a-zA-Z0-9]*`, and not `.`, `..` or `..…` (`hasChDirPrefix`).
pub(super) fn is_env_var_name(key: &str) -> Vec<String> {
    let first = |b: u8| b.is_ascii_alphabetic() || matches!(b, b'-' | b'.' | b'_');
    let valid = key.bytes().next().is_some_and(first)
        && key.bytes().all(|b| first(b) || b.is_ascii_digit());
    let mut errors = Vec::new();
    if !valid {
        errors.push(validation::regex_error(
            "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
            "[-._a-zA-Z][-._a-zA-Z0-9]*",
            &["my.env-name", "MY_ENV.NAME", "MyEnvName1"],
        ));
    }
    match key {
        "." => errors.push("must not be '.'".to_string()),
        ".." => errors.push("must not be '..'".to_string()),
        _ if key.starts_with("..") => errors.push("must not start with '..'".to_string()),
        _ => {}
    }
    errors
}

/// kubectl's `hash.SecretHash`: as `config_map_hash`, over
/// `{"data":{…base64…},"kind":"Secret","name":NAME,"type":TYPE}`.
fn secret_hash(name: &str, secret_type: &str, data: &BTreeMap<String, String>) -> String {
    let entries: Vec<String> = data
        .iter()
        .map(|(key, value)| {
            format!(
                "{}:\"{}\"",
                validation::go_json_quote(key),
                crate::share::base64_standard(value.as_bytes())
            )
        })
        .collect();
    let encoded = format!(
        "{{\"data\":{{{}}},\"kind\":\"Secret\",\"name\":{},\"type\":{}}}",
        entries.join(","),
        validation::go_json_quote(name),
        validation::go_json_quote(secret_type)
    );
    encode_hash(&encoded)
}

/// kubectl's `hash.ConfigMapHash`: the first ten hex digits of the SHA-256 of
/// `{"data":{…},"kind":"ConfigMap","name":NAME}` (Go's JSON, keys sorted), with `0 1 3 a e`
/// replaced by `g h k m t` so the suffix cannot read as a word or a number.
fn config_map_hash(name: &str, data: &BTreeMap<String, String>) -> String {
    let entries: Vec<String> = data
        .iter()
        .map(|(key, value)| {
            format!(
                "{}:{}",
                validation::go_json_quote(key),
                validation::go_json_quote(value)
            )
        })
        .collect();
    let encoded = format!(
        "{{\"data\":{{{}}},\"kind\":\"ConfigMap\",\"name\":{}}}",
        entries.join(","),
        validation::go_json_quote(name)
    );
    encode_hash(&encoded)
}

/// `encodeHash(hash(…))`: ten hex digits of the SHA-256, with `0 1 3 a e` as `g h k m t`.
fn encode_hash(encoded: &str) -> String {
    crate::sha256::sha256_hex(encoded.as_bytes())
        .chars()
        .take(10)
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}
