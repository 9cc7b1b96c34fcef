//! `kubectl run` (creates a Pod, as kubectl ≥ 1.18 does) and `kubectl exec` (runs a command
//! inside a container: the images' tools, `curl` to `localhost` and other pods, `hostname`…).

use super::super::cli::Invocation;
use super::super::dry_run::{self, DryRun};
use super::super::error::KubectlError;
use super::super::output::{self, OutputFormat};
use super::super::record;
use super::super::resources;
use super::super::Stream;
use super::super::{Env, Io, Outcome, Waiter};
use crate::api::{ApiError, ContainerState, Kind, PodPhase};
use crate::clock::SimTime;
use crate::cluster::container_sh::{self, Dialect, Machine, Output, Pause, Process};
use crate::cluster::http_client::{self, PodAddress};
use crate::cluster::image_programs;
use crate::cluster::images::{self, ImageRef, Program};
use serde_json::{json, Map, Value};

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    // RunOptions.Complete, in its order.
    let annotations = parse_pairs(&flags.strings("annotations"), "annotations")?;
    let user_labels = match flags.string("labels").filter(|l| !l.is_empty()) {
        Some(spec) => parse_label_spec(spec)?,
        None => Default::default(),
    };
    let env_vars = parse_envs(&flags.strings("env"))?;
    let interactive = flags.bool("stdin");
    let restart = match flags.string("restart").unwrap_or("Always") {
        "" if interactive => "OnFailure".to_string(),
        "" => "Always".to_string(),
        policy @ ("Always" | "OnFailure" | "Never") => policy.to_string(),
        other => {
            return Err(KubectlError::message(format!(
                "invalid restart policy: {other}, valid values are: Always, OnFailure, Never"
            )))
        }
    };
    let pull_policy = match flags.string("image-pull-policy").unwrap_or("") {
        policy @ ("" | "Always" | "IfNotPresent" | "Never") => policy.to_string(),
        other => {
            return Err(KubectlError::message(format!(
                "invalid image pull policy: {other}, valid values are: Always, IfNotPresent, Never"
            )))
        }
    };
    if flags.duration_nanos("pod-running-timeout") <= 0 {
        return Err(KubectlError::message(
            "--pod-running-timeout must be higher than zero",
        ));
    }
    let attach = flags.bool("attach") || (interactive && !flags.changed("attach"));
    let dry_run = dry_run::strategy(invocation, env, io)?;
    // `f.DynamicClient()`: the kubeconfig and the REST client, only now.
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    let format =
        OutputFormat::from_flags(flags.string("output").unwrap_or(""), false, flags, env.fs)?;
    // RunOptions.Validate. Its `ArgsLenAtDash == 0` test never fires in kubectl 1.37 (`run
    // --image=x --port=p -- y` goes on to `--port must be a number`): only no argument at all
    // lacks a NAME.
    let Some(name) = invocation.args.first().cloned() else {
        return Err(KubectlError::message("NAME is required for run"));
    };
    let image = flags.string("image").unwrap_or("").to_string();
    if image.is_empty() {
        return Err(KubectlError::message("--image is required"));
    }
    if !is_image_reference(&image) {
        return Err(KubectlError::message(format!(
            "invalid image name {}: invalid reference format",
            crate::validation::go_quote(&image)
        )));
    }
    if flags.bool("tty") && !interactive {
        return Err(KubectlError::message(
            "-i/--stdin is required for containers with -t/--tty=true",
        ));
    }
    let port_flag = flags.string("port").unwrap_or("");
    if flags.bool("expose") && port_flag.is_empty() {
        return Err(KubectlError::message(
            "--port must be set when exposing a service",
        ));
    }
    let port: Option<i64> = match port_flag {
        "" => None,
        text => Some(
            super::expose::go_atoi(text)
                .map_err(|_| KubectlError::message("--port must be a number"))?,
        ),
    };
    if flags.bool("rm") && !attach {
        return Err(KubectlError::message(
            "--rm should only be used for attached containers",
        ));
    }
    if attach && dry_run != DryRun::None {
        return Err(KubectlError::message(
            "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
        ));
    }
    // createPod.
    let explicit_labels: Map<String, Value> = user_labels
        .into_iter()
        .map(|(key, val)| (key, Value::String(val)))
        .collect();
    let mut labels = explicit_labels.clone();
    if labels.is_empty() {
        labels.insert("run".into(), Value::String(name.clone()));
    }
    let mut container = Map::new();
    let rest: Vec<String> = invocation.args.iter().skip(1).cloned().collect();
    if !rest.is_empty() {
        let key = if flags.bool("command") {
            "command"
        } else {
            "args"
        };
        container.insert(key.into(), json!(rest));
    }
    if !env_vars.is_empty() {
        container.insert("env".into(), Value::Array(env_vars));
    }
    container.insert("image".into(), Value::String(image));
    if !pull_policy.is_empty() {
        container.insert("imagePullPolicy".into(), Value::String(pull_policy));
    }
    container.insert("name".into(), Value::String(name.clone()));
    if let Some(number) = port {
        // int32(portNo), as Go converts it.
        container.insert("ports".into(), json!([{"containerPort": number as i32}]));
    }
    container.insert("resources".into(), json!({}));
    if flags.bool("privileged") {
        container.insert("securityContext".into(), json!({"privileged": true}));
    }
    if interactive {
        container.insert("stdin".into(), Value::Bool(true));
        if !flags.bool("leave-stdin-open") {
            container.insert("stdinOnce".into(), Value::Bool(true));
        }
    }
    if flags.bool("tty") {
        container.insert("tty".into(), Value::Bool(true));
    }
    let mut metadata = Map::new();
    if !annotations.is_empty() {
        let annotations = annotations
            .into_iter()
            .map(|(key, value)| (key, Value::String(value)))
            .collect();
        metadata.insert("annotations".into(), Value::Object(annotations));
    }
    // The Service selects the labels `run` gave the pod (before `--overrides`).
    let selector = Value::Object(labels.clone());
    metadata.insert("labels".into(), Value::Object(labels));
    metadata.insert("name".into(), Value::String(name.clone()));
    let pod = json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": Value::Object(metadata),
        "spec": {
            "containers": [Value::Object(container)],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": restart
        },
        "status": {}
    });
    // `createGeneratedObject`: the REST mapper's discovery (the first request), the
    // overrides, `--record`, then (unless a client dry run)
    // `--save-config`'s annotation, whose configuration holds the change cause.
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result.map(Outcome::Done);
        }
    }
    let mut pod = super::expose::apply_overrides(flags, pod)?;
    let generated = |object: &mut Value| {
        if let Some(cause) = invocation.change_cause.as_deref() {
            record::record(object, cause);
        }
        if flags.bool("save-config") && dry_run != DryRun::Client {
            let typed = object.clone();
            super::create::set_typed_last_applied(object, &typed);
        }
    };
    generated(&mut pod);
    // `--expose`: a ClusterIP Service selecting the pod, labelled only with `--labels`.
    let service = match port.filter(|_| flags.bool("expose")) {
        Some(number) => {
            let mut metadata = Map::new();
            if !explicit_labels.is_empty() {
                metadata.insert("labels".into(), Value::Object(explicit_labels));
            }
            metadata.insert("name".into(), Value::String(name.clone()));
            let mut service = json!({
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": Value::Object(metadata),
                "spec": {
                    "ports": [{"port": number as i32, "protocol": "TCP", "targetPort": number as i32}],
                    "selector": selector,
                },
                "status": {"loadBalancer": {}}
            });
            generated(&mut service);
            Some(service)
        }
        None => None,
    };
    let namespace = resources::namespace(invocation, env);
    let mut objects = vec![(Kind::Pod, pod)];
    objects.extend(service.map(|service| (Kind::Service, service)));
    // What each create answered (the object to print), and the Service's error if any: the
    // pod is printed even when the Service cannot be created.
    let mut results: Vec<(Kind, Value)> = Vec::new();
    let mut errors: Vec<KubectlError> = Vec::new();
    match dry_run {
        DryRun::Client => {
            // Only a namespace given on the command line is written into the objects.
            let enforced = flags.given("namespace").is_some();
            for (kind, mut object) in objects {
                if let (true, Some(Value::Object(metadata))) =
                    (enforced, object.pointer_mut("/metadata"))
                {
                    metadata.insert("namespace".into(), Value::String(namespace.clone()));
                }
                results.push((kind, object));
            }
        }
        DryRun::Server => {
            // The server validates and admits the objects on a copy of the cluster that is
            // dropped, and answers with what it would have stored (without a resourceVersion).
            let mut scratch = env.cluster.clone();
            for (kind, object) in objects {
                let mut stored = create_one(&mut scratch, kind, &object, &namespace, io);
                if let Ok(Value::Object(stored)) = &mut stored {
                    if let Some(Value::Object(metadata)) = stored.get_mut("metadata") {
                        metadata.remove("resourceVersion");
                    }
                }
                match stored {
                    Ok(stored) => results.push((kind, stored)),
                    Err(error) if kind == Kind::Pod => return Err(error),
                    Err(error) => errors.push(error),
                }
            }
        }
        DryRun::None => {
            for (kind, object) in objects {
                match create_one(env.cluster, kind, &object, &namespace, io) {
                    Ok(stored) => results.push((kind, stored)),
                    Err(error) if kind == Kind::Pod => return Err(error),
                    Err(error) => errors.push(error),
                }
            }
        }
    }
    if dry_run == DryRun::None && attach && interactive {
        // `-i` with a shell as the main process: the terminal attaches to it once it runs.
        let argv: Vec<&str> = invocation.args.iter().skip(1).map(String::as_str).collect();
        let shell_main = match argv.first() {
            None => true,
            Some(program) => {
                let program = program.rsplit('/').next().unwrap_or(program);
                matches!(program, "sh" | "ash" | "bash") && !argv.contains(&"-c")
            }
        };
        return Ok(Outcome::Wait(Box::new(RunAttach {
            namespace,
            name,
            shell_main,
            tty: flags.bool("tty"),
            remove: flags.bool("rm"),
            restart,
            deadline: env
                .cluster
                .now()
                .plus(crate::clock::SimDuration::from_secs(60)),
        })));
    }
    for (index, (kind, object)) in results.into_iter().enumerate() {
        if format == OutputFormat::Table {
            let name = crate::api::value::str_at(&object, &["metadata", "name"]).unwrap_or("");
            io.out(&format!(
                "{}/{name} created{}\n",
                kind.singular(),
                dry_run.suffix()
            ));
            continue;
        }
        // The YAML printer starts every object after the first with a document marker.
        if index > 0 && format == OutputFormat::Yaml {
            io.out("---\n");
        }
        io.out(&output::print_typed_object(&format, kind, object)?);
    }
    if !errors.is_empty() {
        return Err(KubectlError::Many(errors));
    }
    Ok(Outcome::Done(0))
}

/// Creates one object of `run` in `cluster`, printing the server's warnings, and returns the
/// object as stored.
fn create_one(
    cluster: &mut crate::cluster::Cluster,
    kind: Kind,
    object: &Value,
    namespace: &str,
    io: &mut Io,
) -> Result<Value, KubectlError> {
    let (_, created) = cluster
        .create(object, namespace)
        .map_err(KubectlError::api)?;
    for warning in crate::cluster::warnings_on_create(kind, &created) {
        io.err(&format!("Warning: {warning}\n"));
    }
    Ok(cluster
        .get(kind, namespace, &created)
        .map(|view| view.to_value())
        .unwrap_or_else(|_| object.clone()))
}

/// `cmdutil.ParsePairs` without removals (`run --annotations`): `k=v` items, the invalid ones
/// listed together.
fn parse_pairs(
    pairs: &[String],
    kind: &str,
) -> Result<std::collections::BTreeMap<String, String>, KubectlError> {
    let mut parsed = std::collections::BTreeMap::new();
    let mut invalid = Vec::new();
    for pair in pairs {
        match pair.split_once('=') {
            Some((key, value)) if !pair.starts_with('=') => {
                parsed.insert(key.to_string(), value.to_string());
            }
            _ => invalid.push(pair.as_str()),
        }
    }
    if !invalid.is_empty() {
        return Err(KubectlError::message(format!(
            "invalid {kind} format: {}",
            invalid.join(", ")
        )));
    }
    Ok(parsed)
}

/// `parseEnvs`: `NAME=value`, the name a valid environment variable name
/// (`validation.IsEnvVarName`: `[-._a-zA-Z][-._a-zA-Z0-9]*`).
fn parse_envs(pairs: &[String]) -> Result<Vec<Value>, KubectlError> {
    pairs
        .iter()
        .map(|pair| {
            let valid_name = |name: &str| {
                name.bytes().enumerate().all(|(index, byte)| {
                    byte.is_ascii_alphabetic()
                        || matches!(byte, b'-' | b'.' | b'_')
                        || (index > 0 && byte.is_ascii_digit())
                }) && !name.is_empty()
            };
            match pair.split_once('=') {
                Some((name, value)) if valid_name(name) => {
                    Ok(json!({"name": name, "value": value}))
                }
                _ => Err(KubectlError::message(format!("invalid env: {pair}"))),
            }
        })
        .collect()
}

/// distribution/reference's `ReferenceRegexp`: `[domain[:port]/]path[:tag][@digest]`.
fn is_image_reference(reference: &str) -> bool {
    let (rest, digest) = match reference.split_once('@') {
        Some((rest, digest)) => (rest, Some(digest)),
        None => (reference, None),
    };
    let digest_ok = digest.is_none_or(|digest| {
        let Some((algorithm, hex)) = digest.split_once(':') else {
            return false;
        };
        let algorithm_ok = algorithm.split(['-', '_', '+', '.']).all(|part| {
            part.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                && part.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        algorithm_ok && hex.len() >= 32 && hex.bytes().all(|b| b.is_ascii_hexdigit())
    });
    let (name, tag) = match rest.rsplit_once(':') {
        Some((name, tag)) if !tag.contains('/') => (name, Some(tag)),
        _ => (rest, None),
    };
    let tag_ok = tag.is_none_or(|tag| {
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        tag.len() <= 128
            && tag.bytes().next().is_some_and(word)
            && tag.bytes().all(|b| word(b) || b == b'.' || b == b'-')
    });
    // A path component: lowercase alphanumerics joined by `.`, `_`, `__` or dashes.
    let component = |part: &str| {
        let bytes = part.as_bytes();
        let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        if bytes.first().is_none_or(|&b| !alnum(b)) || bytes.last().is_none_or(|&b| !alnum(b)) {
            return false;
        }
        let mut index = 0;
        while index < bytes.len() {
            let byte = bytes[index];
            if alnum(byte) {
                index += 1;
                continue;
            }
            let run = bytes[index..].iter().take_while(|b| !alnum(**b)).count();
            let separator = &part[index..index + run];
            let ok = separator == "."
                || separator == "_"
                || separator == "__"
                || separator.bytes().all(|b| b == b'-');
            if !ok {
                return false;
            }
            index += run;
        }
        true
    };
    let domain = |part: &str| {
        // `[ipv6]` or a name, then an optional `:port`.
        let (host, port) = if part.starts_with('[') {
            match part.find(']') {
                Some(end) => {
                    let (host, rest) = part.split_at(end + 1);
                    match rest.strip_prefix(':') {
                        Some(port) => (host, Some(port)),
                        None if rest.is_empty() => (host, None),
                        None => return false,
                    }
                }
                None => return false,
            }
        } else {
            match part.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (part, None),
            }
        };
        let port_ok = port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']'))
        {
            !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':')
        } else {
            host.split('.').all(|label| {
                let bytes = label.as_bytes();
                !bytes.is_empty()
                    && bytes.first().is_some_and(u8::is_ascii_alphanumeric)
                    && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
                    && bytes
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            })
        };
        port_ok && host_ok
    };
    let parts: Vec<&str> = name.split('/').collect();
    let plain = parts.iter().all(|part| component(part));
    let with_domain = parts.len() > 1
        && parts.first().is_some_and(|first| domain(first))
        && parts.iter().skip(1).all(|part| component(part));
    digest_ok && tag_ok && (plain || with_domain)
}

/// `generate.ParseLabels` (`run --labels`, `expose --labels` and `--selector`): `k=v` pairs
/// split on `,`, each with exactly one `=` and a key.
pub(super) fn parse_label_spec(
    spec: &str,
) -> Result<std::collections::BTreeMap<String, String>, KubectlError> {
    let mut labels = std::collections::BTreeMap::new();
    for pair in spec.split(',') {
        let parts: Vec<&str> = pair.split('=').collect();
        let [key, val] = parts.as_slice() else {
            return Err(KubectlError::message(format!(
                "unexpected label spec: {pair}"
            )));
        };
        if key.is_empty() {
            return Err(KubectlError::message("unexpected empty label key"));
        }
        labels.insert(key.to_string(), val.to_string());
    }
    Ok(labels)
}

pub(super) fn exec(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    let args = &invocation.args;
    let filenames = flags.strings("filename");
    // `Complete`: the pod is the first argument unless `--` comes first, and the command
    // what follows a `--` after at most the pod (`exec POD ls -- x` is the old form too).
    let target = args
        .first()
        .filter(|_| invocation.args_before_dash != Some(0))
        .cloned();
    let command: Vec<String> = match invocation.args_before_dash {
        Some(at @ (0 | 1)) => args.iter().skip(at).cloned().collect(),
        _ if args.len() > 1 || (!args.is_empty() && !filenames.is_empty()) => {
            return Err(KubectlError::usage(
                "exec",
                "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead",
            ))
        }
        _ => Vec::new(),
    };
    // Then the pod-running timeout and the REST client, before `Validate`.
    if flags.duration_nanos("pod-running-timeout") <= 0 {
        return Err(KubectlError::usage(
            "exec",
            "--pod-running-timeout must be higher than zero",
        ));
    }
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    if target.is_none() && filenames.is_empty() {
        return Err(KubectlError::message(
            "pod, type/name or --filename must be specified",
        ));
    }
    if command.is_empty() {
        return Err(KubectlError::message(
            "you must specify at least one command for the container",
        ));
    }
    // `Run`: the first request.
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result.map(Outcome::Done);
        }
    }
    let Some(target) = target else {
        // The builder reads the files before it asks for the pod they name.
        if let Some(missing) = filenames
            .iter()
            .find(|file| *file != "-" && !env.fs.exists(file))
        {
            return Err(KubectlError::message(format!(
                "the path \"{missing}\" does not exist"
            )));
        }
        return Err(KubectlError::message(
            "the playground does not implement \"kubectl exec -f\" yet",
        ));
    };
    let (namespace, pod) = running_pod(invocation, env, &target, io, "exec into")?;
    let index = super::logs::choose_container(pod, invocation.flags.string("container"), io)?;
    require_host(pod)?;
    let container = pod.container_at(index).cloned();
    let running = matches!(
        pod.status_at(index).map(|s| &s.state),
        Some(ContainerState::Running { .. })
    );
    // The kubelet runs the command in a running container, an init container's too while
    // the pod is still Pending.
    let Some(container) = container.filter(|_| running) else {
        let name = pod
            .container_at(index)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        return Err(KubectlError::message(format!(
            "unable to upgrade connection: container not found (\"{name}\")"
        )));
    };
    let shell_without_script = matches!(
        command.first().map(String::as_str),
        Some("sh" | "bash" | "ash" | "/bin/sh" | "/bin/bash" | "/bin/ash")
    ) && !command.iter().any(|arg| arg == "-c");
    let uid = pod.meta.uid.clone();
    let ctx = container_context(&namespace, pod, &container);
    // `-i` with a shell and no script: the lines that follow go to the container's shell
    // until it exits (with `-t`, behind its prompt).
    if shell_without_script && invocation.flags.bool("stdin") {
        let shell = command[0]
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        if image_has_shell(ctx.program, &shell) {
            env.attach = Some(Box::new(AttachedShell::new(
                ctx,
                uid,
                index,
                &shell,
                invocation.flags.bool("tty"),
            )));
            return Ok(Outcome::Done(0));
        }
        let status = not_found(io, &command[0]);
        io.err(&format!("command terminated with exit code {status}\n"));
        return Ok(Outcome::Done(status));
    }
    match run_in_container(env, &ctx, &command, io) {
        // kubectl's own line for any command that fails in the container.
        Outcome::Done(status) => {
            if status != 0 {
                io.err(&format!("command terminated with exit code {status}\n"));
            }
            Ok(Outcome::Done(status))
        }
        waiting => Ok(waiting),
    }
}

/// The pod `target` names (`POD` or `TYPE/NAME`) in the invocation's namespace; a pod that
/// has completed is refused as kubectl refuses it (`cannot exec into a container …`).
fn running_pod<'e>(
    invocation: &Invocation,
    env: &'e mut Env<'_>,
    target: &str,
    io: &mut Io,
    verb: &str,
) -> Result<(String, &'e crate::api::Pod), KubectlError> {
    let namespace = resources::namespace(invocation, env);
    let pod_name = super::logs::resolve_pod(env, &namespace, target, false, io)?;
    let pod = env
        .cluster
        .pod(&namespace, &pod_name)
        .ok_or_else(|| KubectlError::api(ApiError::not_found(Kind::Pod, &pod_name)))?;
    if pod.status.phase.is_terminal() {
        return Err(KubectlError::message(format!(
            "cannot {verb} a container in a completed pod; current phase is {}",
            pod.status.phase.as_str()
        )));
    }
    Ok((namespace, pod))
}

/// The API server's `exec`/`attach` subresources need the pod's node to connect to.
fn require_host(pod: &crate::api::Pod) -> Result<(), KubectlError> {
    if pod.node_name.is_none() {
        return Err(KubectlError::api(ApiError::BadRequest {
            message: format!("pod {} does not have a host assigned", pod.meta.name),
        }));
    }
    Ok(())
}

/// What a command in `container` of `pod` sees.
fn container_context(
    namespace: &str,
    pod: &crate::api::Pod,
    container: &crate::api::pod::ContainerSpec,
) -> ContainerContext {
    ContainerContext {
        namespace: namespace.to_string(),
        pod: pod.meta.name.clone(),
        container: container.name.clone(),
        pod_ip: pod.status.pod_ip.clone().unwrap_or_default(),
        program: ImageRef::parse(&container.image)
            .and_then(|r| images::lookup(&r))
            .map(|i| i.program),
        gpus: container
            .limits
            .get("nvidia.com/gpu")
            .and_then(|q| q.parse().ok())
            .unwrap_or(0),
        node: pod.node_name.clone().unwrap_or_default(),
        env_vars: container.env.clone(),
        main_command: container
            .command
            .iter()
            .chain(&container.args)
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Which shells an image has: busybox and alpine have busybox's `sh`/`ash`, the Debian and
/// Ubuntu based ones (kubia, nginx, CUDA) `sh` (dash) and `bash`.
fn image_has_shell(program: Option<Program>, shell: &str) -> bool {
    match program {
        Some(Program::Shell) => matches!(shell, "sh" | "ash"),
        Some(Program::Kubia | Program::Nginx | Program::Cuda) => matches!(shell, "sh" | "bash"),
        _ => false,
    }
}

/// The shell `kubectl exec -i POD -- sh` leaves the learner in: each line typed goes to it
/// until it exits. The session holds it (`Session::attached`) and asks for its prompt.
pub struct AttachedShell {
    ctx: ContainerContext,
    uid: String,
    container: usize,
    /// `kubectl run -i`'s session with the main process, or `kubectl exec -i`'s.
    run: Option<RunSession>,
    process: Process,
    tty: bool,
    bash: bool,
    /// Lines of a command that is not complete yet (`while true; do` then more lines).
    pending: String,
}

impl AttachedShell {
    fn new(
        ctx: ContainerContext,
        uid: String,
        container: usize,
        shell: &str,
        tty: bool,
    ) -> AttachedShell {
        let environment = container_sh::container_environment(&ctx.pod, &ctx.env_vars);
        let process = Process::exec(&[], environment, 9).with_dialect(dialect(&ctx));
        AttachedShell {
            ctx,
            uid,
            container,
            run: None,
            process,
            tty,
            bash: shell == "bash",
            pending: String::new(),
        }
    }

    /// The shell's prompt: busybox's `/ # `, dash's `# `, bash's `root@POD:/# `, `> ` inside
    /// unfinished input; nothing without a terminal (`-i` alone).
    pub fn prompt(&self) -> String {
        if !self.tty {
            String::new()
        } else if !self.pending.is_empty() {
            "> ".to_string()
        } else if self.bash {
            format!("root@{}:/# ", self.ctx.pod)
        } else if self.ctx.program == Some(Program::Shell) {
            "/ # ".to_string()
        } else {
            "# ".to_string()
        }
    }

    /// One line of input for the container's shell; `Some(status)` once the shell has ended
    /// (`exit`, or its container stopped: 137).
    pub fn read_line(&mut self, line: &str, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let running = env
            .cluster
            .pod(&self.ctx.namespace, &self.ctx.pod)
            .filter(|pod| pod.meta.uid == self.uid)
            .and_then(|pod| pod.status_at(self.container))
            .is_some_and(|status| matches!(status.state, ContainerState::Running { .. }));
        if !running {
            return Some(137);
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        match self.process.run_next(&self.pending) {
            Ok(()) => self.pending.clear(),
            // More lines may finish the command, as an interactive shell waits for them.
            Err(error) if error.0.contains("end of file") || error.0.contains("unterminated") => {
                return None
            }
            Err(error) => {
                self.pending.clear();
                io.err(&format!("sh: {}\n", error.0));
                self.process.set_status(2);
                return None;
            }
        }
        let now = env.cluster.now();
        let mut output = Output::default();
        let ctx = &self.ctx;
        let status = with_container_files(env, ctx, &mut self.process, |env, process| {
            let mut machine = ExecMachine { env, ctx, now };
            process.run_to_end(&mut machine, &mut output, 200_000)
        })
        .unwrap_or(130);
        copy_output(output, io);
        self.process.called_exit().then_some(status)
    }

    /// How kubectl ends once the shell has: `exec` reports a failing status, `run` ends the
    /// container's main process and then reports as `kubectl run` does. Returns kubectl's
    /// exit code.
    pub fn finish(&mut self, status: i32, env: &mut Env<'_>, io: &mut Io) -> i32 {
        let Some(run) = self.run.take() else {
            if status != 0 {
                io.err(&format!("command terminated with exit code {status}\n"));
            }
            return status;
        };
        let (namespace, name) = (self.ctx.namespace.clone(), self.ctx.pod.clone());
        env.cluster.main_process_exited(
            &namespace,
            &name,
            &self.uid,
            self.container,
            i64::from(status),
        );
        let container = env
            .cluster
            .pod(&namespace, &name)
            .and_then(|pod| pod.container_at(self.container))
            .map(|c| c.name.clone())
            .unwrap_or_default();
        if self.tty {
            io.out(&format!(
                "Session ended, resume using 'kubectl attach {name} -c {container} -n {namespace} -i -t' command\n"
            ));
        }
        finish_run(env, io, &namespace, &name, &run, status)
    }

    /// Ctrl+C at the shell's prompt: unfinished input is dropped.
    pub fn interrupt(&mut self) {
        self.pending.clear();
    }

    /// The end of input (Ctrl+D): the shell exits with the last command's status.
    pub fn end_of_input(&mut self) -> i32 {
        let mut machine = NoMachine;
        let mut output = Output::default();
        let _ = self.process.run_next("exit");
        self.process
            .run_to_end(&mut machine, &mut output, 10)
            .unwrap_or(0)
    }
}

/// The end of `kubectl run -i`: `--rm` deletes the pod, and with `--restart=Never` a failed
/// container's status becomes kubectl's (`pod NS/NAME terminated (Error)`).
fn finish_run(
    env: &mut Env<'_>,
    io: &mut Io,
    namespace: &str,
    name: &str,
    run: &RunSession,
    status: i32,
) -> i32 {
    if run.remove {
        let deleted = env.cluster.delete(
            Kind::Pod,
            namespace,
            name,
            crate::cluster::DeleteOptions::default(),
        );
        if deleted.is_ok() {
            io.out(&format!(
                "pod \"{name}\" deleted from {namespace} namespace\n"
            ));
        }
    }
    if run.restart == "Never" && status != 0 {
        io.err(&format!("pod {namespace}/{name} terminated (Error)\n"));
        return status;
    }
    0
}

/// `kubectl attach (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t]`: with `-i`, the terminal goes
/// to a main process that reads its input (a shell started with `stdin`); otherwise what the
/// process writes from now on is shown until it ends.
pub(super) fn attach(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<Outcome, KubectlError> {
    let flags = &invocation.flags;
    // `Complete`: the pod-running timeout, then the REST client; `Validate` the arguments.
    if flags.duration_nanos("pod-running-timeout") <= 0 {
        return Err(KubectlError::usage(
            "attach",
            "--pod-running-timeout must be higher than zero",
        ));
    }
    if let Some(error) = super::client_config_error(invocation, env) {
        return Err(error);
    }
    let target = match invocation.args.as_slice() {
        [] => {
            return Err(KubectlError::message(
                "at least 1 argument is required for attach",
            ))
        }
        [pod] => pod.clone(),
        [kind, name] => format!("{kind}/{name}"),
        more => {
            return Err(KubectlError::message(format!(
                "expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw {}: [{}]",
                more.len(),
                more.join(" ")
            )))
        }
    };
    // `Run`: the first request.
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result.map(Outcome::Done);
        }
    }
    let (namespace, pod) = running_pod(invocation, env, &target, io, "attach")?;
    let pod_name = pod.meta.name.clone();
    let index = super::logs::choose_container(pod, flags.string("container"), io)?;
    require_host(pod)?;
    let Some(container) = pod.container_at(index).cloned() else {
        return Err(KubectlError::message("cannot attach to the container"));
    };
    let quiet = flags.bool("quiet");
    let mut tty = flags.bool("tty");
    if tty && !container.tty {
        tty = false;
        if !quiet {
            io.err(&format!(
                "error: Unable to use a TTY - container {} did not allocate one\n",
                container.name
            ));
        }
    } else if !tty && container.tty {
        tty = true;
    }
    let status = pod.status_at(index);
    let Some(restarts) = status
        .filter(|status| matches!(status.state, ContainerState::Running { .. }))
        .map(|status| status.restart_count)
    else {
        return Err(KubectlError::message(format!(
            "unable to upgrade connection: container not found (\"{}\")",
            container.name
        )));
    };
    let ctx = container_context(&namespace, pod, &container);
    let uid = pod.meta.uid.clone();
    let printed = env.cluster.container_log(&uid, &container.name).len();
    if !quiet {
        io.err("All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n");
        io.err("If you don't see a command prompt, try pressing enter.\n");
    }
    let (argv, shell) = main_process(&container);
    if flags.bool("stdin")
        && container.stdin
        && argv.len() <= 1
        && image_has_shell(ctx.program, &shell)
    {
        let mut attached = AttachedShell::new(ctx, uid, index, &shell, tty);
        attached.run = Some(RunSession {
            remove: false,
            restart: "Always".into(),
        });
        env.attach = Some(Box::new(attached));
        return Ok(Outcome::Done(0));
    }
    Ok(Outcome::Wait(Box::new(AttachOutput {
        namespace,
        pod: pod_name,
        uid,
        container: container.name,
        index,
        restarts,
        printed,
    })))
}

/// `kubectl attach` without input: the container's output from now on, until it exits.
struct AttachOutput {
    namespace: String,
    pod: String,
    uid: String,
    container: String,
    index: usize,
    restarts: i64,
    printed: usize,
}

impl Waiter for AttachOutput {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let status = env
            .cluster
            .pod(&self.namespace, &self.pod)
            .filter(|pod| pod.meta.uid == self.uid)
            .and_then(|pod| pod.status_at(self.index));
        let restarted = status.is_some_and(|status| status.restart_count != self.restarts);
        let still_running = !restarted
            && status.is_some_and(|status| matches!(status.state, ContainerState::Running { .. }));
        let lines = if restarted {
            env.cluster
                .previous_container_log(&self.uid, &self.container)
        } else {
            env.cluster.container_log(&self.uid, &self.container)
        };
        for line in lines.iter().skip(self.printed) {
            io.out(&format!("{}\n", line.text));
        }
        self.printed = self.printed.max(lines.len());
        (!still_running).then_some(0)
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }
}

/// A container's main process: its argv, and the name of the program it starts (`sh`, the
/// shell of the images here, when the spec gives none).
fn main_process(container: &crate::api::pod::ContainerSpec) -> (Vec<String>, String) {
    let argv: Vec<String> = container
        .command
        .iter()
        .chain(&container.args)
        .cloned()
        .collect();
    let program = argv
        .first()
        .map_or("sh", |program| {
            program.rsplit('/').next().unwrap_or(program)
        })
        .to_string();
    (argv, program)
}

/// What `kubectl run -i` does once its session with the main process ends.
struct RunSession {
    remove: bool,
    restart: String,
}

/// `kubectl run -i`: waits for the pod to run and be ready, then attaches the terminal to its
/// main process's shell (or, if the pod already ran to completion, prints its log).
struct RunAttach {
    namespace: String,
    name: String,
    /// Whether the main process is the image's shell (else kubectl shows what it writes).
    shell_main: bool,
    tty: bool,
    remove: bool,
    restart: String,
    deadline: SimTime,
}

impl Waiter for RunAttach {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let Some(pod) = env.cluster.pod(&self.namespace, &self.name) else {
            io.err(&format!(
                "Error from server (NotFound): pods \"{}\" not found\n",
                self.name
            ));
            return Some(1);
        };
        // A main process that is not a shell, or one that already ended: kubectl shows
        // what it wrote once it has run (its first run, if the pod restarts it).
        let first_run = pod.status.container_statuses.first().and_then(|status| {
            match (&status.state, &status.last_state) {
                (ContainerState::Terminated { exit_code, .. }, _) => Some((*exit_code, false)),
                (_, Some(ContainerState::Terminated { exit_code, .. })) => Some((*exit_code, true)),
                _ => None,
            }
        });
        if let Some((exit_code, restarted)) = first_run {
            let uid = pod.meta.uid.clone();
            let container = pod
                .containers
                .first()
                .map(|c| c.name.clone())
                .unwrap_or_default();
            let lines = if restarted {
                env.cluster.previous_container_log(&uid, &container)
            } else {
                env.cluster.container_log(&uid, &container)
            };
            for line in lines {
                io.out(&format!("{}\n", line.text));
            }
            let run = RunSession {
                remove: self.remove,
                restart: self.restart.clone(),
            };
            let (namespace, name) = (self.namespace.clone(), self.name.clone());
            return Some(finish_run(
                env,
                io,
                &namespace,
                &name,
                &run,
                exit_code as i32,
            ));
        }
        if !self.shell_main {
            if pod.status.phase == PodPhase::Pending && env.cluster.now() >= self.deadline {
                io.err("error: timed out waiting for the condition\n");
                return Some(1);
            }
            return None;
        }
        let ready = pod.status.phase == PodPhase::Running
            && pod
                .status
                .condition("Ready")
                .is_some_and(|condition| condition.status);
        if !ready {
            if env.cluster.now() >= self.deadline {
                io.err("error: timed out waiting for the condition\n");
                return Some(1);
            }
            return None;
        }
        let Some(container) = pod.containers.first() else {
            return Some(1);
        };
        let ctx = container_context(&self.namespace, pod, container);
        let uid = pod.meta.uid.clone();
        let (_, shell) = main_process(container);
        io.err("All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n");
        io.err("If you don't see a command prompt, try pressing enter.\n");
        let mut attached = AttachedShell::new(ctx, uid, 0, &shell, self.tty);
        attached.run = Some(RunSession {
            remove: self.remove,
            restart: self.restart.clone(),
        });
        env.attach = Some(Box::new(attached));
        Some(0)
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        false
    }
}

/// A machine for a shell that only exits.
struct NoMachine;

impl Machine for NoMachine {
    fn hostname(&self) -> String {
        String::new()
    }
    fn pod_ip(&self) -> String {
        String::new()
    }
    fn now(&self) -> SimTime {
        SimTime::default()
    }
    fn run(&mut self, _argv: &[String], _stdin: &str, _out: &mut Output) -> Option<i32> {
        None
    }
}

impl ContainerContext {
    fn pod_address(&self) -> PodAddress {
        PodAddress {
            namespace: self.namespace.clone(),
            pod: self.pod.clone(),
            pod_ip: self.pod_ip.clone(),
        }
    }
}

/// What a command inside a container can see.
#[derive(Clone)]
struct ContainerContext {
    namespace: String,
    pod: String,
    container: String,
    pod_ip: String,
    program: Option<Program>,
    gpus: i64,
    node: String,
    env_vars: Vec<(String, String)>,
    /// The container's `command` and `args` as given in the spec (empty: the image's default).
    main_command: String,
}

fn not_found(io: &mut Io, command: &str) -> i32 {
    io.out(&format!(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"{command}\": executable file not found in $PATH: unknown\n"
    ));
    127
}

fn run_in_container(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    argv: &[String],
    io: &mut Io,
) -> Outcome {
    let Some(program) = argv.first() else {
        return Outcome::Done(0);
    };
    let name = program.rsplit('/').next().unwrap_or(program);
    let environment = || container_sh::container_environment(&ctx.pod, &ctx.env_vars);
    let process = if ctx.program.is_some() && container_sh::is_applet(program) {
        Some(Ok(
            Process::exec(argv, environment(), 7).with_dialect(dialect(ctx))
        ))
    } else if image_has_shell(ctx.program, name) && argv.get(1).map(String::as_str) == Some("-c") {
        argv.get(2).map(|script| {
            let arguments: Vec<String> = argv.iter().skip(3).cloned().collect();
            Process::new(script, &arguments, environment(), 7)
                .map(|process| process.with_dialect(dialect(ctx)))
        })
    } else {
        None
    };
    match process {
        Some(Ok(process)) => start_process(env, ctx, process, io),
        Some(Err(error)) => {
            io.err(&format!("sh: {}\n", error.0));
            Outcome::Done(2)
        }
        None => Outcome::Done(match container_program(env, ctx, argv, io) {
            Some(status) => status,
            None => not_found(io, program),
        }),
    }
}

fn dialect(ctx: &ContainerContext) -> Dialect {
    match ctx.program {
        Some(Program::Shell) => Dialect::Ash,
        _ => Dialect::Dash,
    }
}

/// Runs what `kubectl exec` started until it sleeps; in a session where time passes it then
/// waits with it (`ExecWaiter`), elsewhere sleeps take no time.
fn start_process(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    mut process: Process,
    io: &mut Io,
) -> Outcome {
    if !env.interactive {
        return Outcome::Done(run_process(env, ctx, process, io));
    }
    let now = env.cluster.now();
    let mut output = Output::default();
    let pause = with_container_files(env, ctx, &mut process, |env, process| {
        let mut machine = ExecMachine { env, ctx, now };
        process.resume(&mut machine, &mut output, EXEC_SLICE)
    });
    copy_output(output, io);
    let wake = match pause {
        Pause::Exit(status) => return Outcome::Done(status),
        Pause::Sleep(duration) => Some(now.plus(duration)),
        Pause::Forever => None,
    };
    Outcome::Wait(Box::new(ExecWaiter {
        ctx: ctx.clone(),
        process,
        wake,
    }))
}

/// Runs part of a command in the container with the container's files (those its scripts and
/// earlier commands wrote; exec probes read them too), and hands them back after.
fn with_container_files<T>(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    process: &mut Process,
    run: impl FnOnce(&mut Env<'_>, &mut Process) -> T,
) -> T {
    let files = env
        .cluster
        .take_container_files(&ctx.namespace, &ctx.pod, &ctx.container);
    process.set_files(files);
    let result = run(env, process);
    env.cluster.put_container_files(
        &ctx.namespace,
        &ctx.pod,
        &ctx.container,
        process.take_files(),
    );
    result
}

/// Shell operations `kubectl exec` runs before it lets time pass.
const EXEC_SLICE: usize = 2_000;

/// A `kubectl exec` whose process sleeps: it goes on when the sleep is over, and Ctrl+C
/// stops it.
struct ExecWaiter {
    ctx: ContainerContext,
    process: Process,
    /// When the process wakes; `None` while it sleeps forever.
    wake: Option<SimTime>,
}

impl Waiter for ExecWaiter {
    fn poll(&mut self, env: &mut Env<'_>, io: &mut Io) -> Option<i32> {
        let running = env
            .cluster
            .pod(&self.ctx.namespace, &self.ctx.pod)
            .is_some_and(|pod| pod.status.phase == PodPhase::Running);
        if !running {
            io.err("command terminated with exit code 137\n");
            return Some(137);
        }
        let now = env.cluster.now();
        if self.wake.is_none_or(|wake| now < wake) {
            return None;
        }
        let mut output = Output::default();
        let ctx = &self.ctx;
        let pause = with_container_files(env, ctx, &mut self.process, |env, process| {
            let mut machine = ExecMachine { env, ctx, now };
            process.resume(&mut machine, &mut output, EXEC_SLICE)
        });
        copy_output(output, io);
        match pause {
            Pause::Sleep(duration) => self.wake = Some(now.plus(duration)),
            Pause::Forever => self.wake = None,
            Pause::Exit(status) => {
                if status != 0 {
                    io.err(&format!("command terminated with exit code {status}\n"));
                }
                return Some(status);
            }
        }
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        self.wake.is_none()
    }

    fn wake_at(&self) -> Option<SimTime> {
        self.wake
    }
}

/// `sh -c SCRIPT [NAME ARGS…]` in the container: the image's shell runs the script to its
/// end (sleeps take no time here), its other programs as `container_program` runs them.
fn run_script(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    script: &str,
    arguments: &[&str],
    io: &mut Io,
) -> i32 {
    let arguments: Vec<String> = arguments.iter().map(|arg| arg.to_string()).collect();
    let environment = container_sh::container_environment(&ctx.pod, &ctx.env_vars);
    let process = match Process::new(script, &arguments, environment, 7) {
        Ok(process) => process.with_dialect(dialect(ctx)),
        Err(error) => {
            io.err(&format!("sh: {}\n", error.0));
            return 2;
        }
    };
    run_process(env, ctx, process, io)
}

/// Runs a shell process in the container to its end and copies what it wrote.
fn run_process(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    mut process: Process,
    io: &mut Io,
) -> i32 {
    let now = env.cluster.now();
    let mut output = Output::default();
    // A script that never ends stops here, as if the learner had pressed Ctrl+C.
    let status = with_container_files(env, ctx, &mut process, |env, process| {
        let mut machine = ExecMachine { env, ctx, now };
        process.run_to_end(&mut machine, &mut output, 200_000)
    })
    .unwrap_or(130);
    copy_output(output, io);
    status
}

/// What a script run by `kubectl exec` sees of its container.
struct ExecMachine<'a, 'e> {
    env: &'a mut Env<'e>,
    ctx: &'a ContainerContext,
    now: SimTime,
}

impl Machine for ExecMachine<'_, '_> {
    fn hostname(&self) -> String {
        self.ctx.pod.clone()
    }
    fn pod_ip(&self) -> String {
        self.ctx.pod_ip.clone()
    }
    fn now(&self) -> SimTime {
        self.now
    }
    fn mounted_file(&self, path: &str) -> Option<String> {
        self.env.cluster.container_file(
            &self.ctx.namespace,
            &self.ctx.pod,
            &self.ctx.container,
            path,
        )
    }
    fn run(&mut self, argv: &[String], _stdin: &str, out: &mut Output) -> Option<i32> {
        let mut io = Io::default();
        let status = container_program(self.env, self.ctx, argv, &mut io)?;
        for (stream, text) in io.chunks {
            let stream = match stream {
                Stream::Stdout => container_sh::Stream::Out,
                Stream::Stderr => container_sh::Stream::Err,
            };
            out.write(stream, &text);
        }
        Some(status)
    }
}

/// What a container program wrote, onto kubectl's streams.
fn copy_output(output: Output, io: &mut Io) {
    for (stream, text) in output.chunks {
        match stream {
            container_sh::Stream::Out => io.out(&text),
            container_sh::Stream::Err => io.err(&text),
        }
    }
}

/// A program of the container's image other than its shell; `None` if the image has none
/// of that name.
fn container_program(
    env: &mut Env<'_>,
    ctx: &ContainerContext,
    argv: &[String],
    io: &mut Io,
) -> Option<i32> {
    let program = argv.first()?;
    let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
    let has_shell = ctx.program.is_some();
    let status = match program.rsplit('/').next().unwrap_or(program) {
        "sh" | "bash" | "ash" if has_shell => match args.as_slice() {
            ["-c", script, arguments @ ..] => run_script(env, ctx, script, arguments, io),
            _ => 0,
        },
        "nvidia-smi" if ctx.program == Some(Program::Cuda) => {
            if ctx.gpus == 0 {
                io.out("No devices were found\n");
                return Some(6);
            }
            if args.contains(&"-L") {
                for index in 0..ctx.gpus {
                    io.out(&format!(
                        "GPU {index}: Tesla T4 (UUID: GPU-{})\n",
                        gpu_uuid(&ctx.node, index)
                    ));
                }
                return Some(0);
            }
            io.out("+-----------------------------------------------------------------------------------------+\n| NVIDIA-SMI 570.172.08             Driver Version: 570.172.08     CUDA Version: 12.8     |\n|-----------------------------------------+------------------------+----------------------+\n| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |\n| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |\n|=========================================+========================+======================|\n");
            for index in 0..ctx.gpus {
                io.out(&format!("|   {index}  Tesla T4                       Off |   00000000:00:0{}.0 Off |                    0 |\n| N/A   34C    P8              9W /   70W |       0MiB /  15360MiB |      0%      Default |\n|                                         |                        |                  N/A |\n+-----------------------------------------+------------------------+----------------------+\n", index + 4));
            }
            0
        }
        // The kubia image (Debian) has curl and wget; busybox and alpine only busybox's wget.
        "curl" if matches!(ctx.program, Some(Program::Kubia) | Some(Program::Nginx)) => {
            let mut output = Output::default();
            let status = http_client::curl(env.cluster, &ctx.pod_address(), &args, &mut output);
            copy_output(output, io);
            status
        }
        "wget"
            if matches!(
                ctx.program,
                Some(Program::Kubia) | Some(Program::Shell) | Some(Program::Nginx)
            ) =>
        {
            let mut output = Output::default();
            let status = http_client::wget(env.cluster, &ctx.pod_address(), &args, &mut output);
            copy_output(output, io);
            status
        }
        name => {
            let container = image_programs::Container {
                program: ctx.program,
                pod_ip: &ctx.pod_ip,
                main_command: &ctx.main_command,
            };
            let mut output = Output::default();
            let status = image_programs::run(name, &args, &container, &mut output)?;
            copy_output(output, io);
            status
        }
    };
    Some(status)
}

/// A stable, made-up GPU UUID per node and index.
fn gpu_uuid(node: &str, index: i64) -> String {
    let hash = crate::rng::fnv1a(node.bytes().chain(index.to_le_bytes()));
    let hex = format!(
        "{hash:016x}{:016x}",
        hash.rotate_left(17) ^ 0x9e37_79b9_7f4a_7c15
    );
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::is_image_reference;

    /// Each verdict is kubectl 1.37's (`run --image=… --dry-run=client`: accepted, or
    /// `invalid reference format`).
    #[test]
    fn image_references_follow_the_distribution_grammar() {
        let long_tag = format!("x:{}", "1".repeat(129));
        for (image, valid) in [
            ("nginx", true),
            ("nginx:1.25", true),
            ("nginx:", false),
            (":tag", false),
            ("library/nginx@sha256:abc", false),
            ("localhost/nginx", true),
            ("my.registry:5000/team/app:v1.2", true),
            ("my_registry.com/app", true),
            ("a.b.c/d", true),
            ("-a.com/b", false),
            ("a--b", true),
            ("a..b", false),
            ("a._b", false),
            ("a___b", false),
            ("a__b", true),
            ("A/b", true),
            ("registry:5000:6000/a", false),
            ("[::1]/a", true),
            ("[::1]:80/a", true),
            ("[::1]x/a", false),
            ("UPPER:tag", false),
            ("a:UPPER", true),
            ("a:.x", false),
            (
                "a@sha256:0123456789012345678901234567890123456789012345678901234567890123",
                true,
            ),
            ("a b", false),
            ("a/b/c/d/e", true),
            ("ab_", false),
            (long_tag.as_str(), false),
        ] {
            assert_eq!(is_image_reference(image), valid, "{image}");
        }
    }
}
