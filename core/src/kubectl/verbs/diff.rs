//! `kubectl diff -f FILE`: each object as it is (LIVE) and as `kubectl apply` would leave it
//! (MERGED: apply's patch, or a create, run as a server dry run), printed as YAML into the
//! temporary directories `LIVE-NNN` and `MERGED-NNN` that `diff -u -N` then compares, file by
//! file in name order (`<group.>version.Kind.namespace.name`). The exit status is diff's: 0
//! when nothing would change, 1 when something would; every error exits 2, as
//! `CheckDiffErr` makes it. A Secret's values are masked (`***`, or `*** (before)` and
//! `*** (after)` where they change) unless `--show-secrets`.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::manifest;
use super::super::resources;
use super::super::{Env, Io};
use super::create::{self, CreateOptions, Mode};
use crate::api::{value, Kind};
use serde_json::Value;

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

pub(super) fn run(invocation: &Invocation, env: &mut Env<'_>, io: &mut Io) -> i32 {
    match diff(invocation, env, io) {
        Ok(status) => status,
        Err(error) => {
            io.err(&error.render());
            2
        }
    }
}

/// One object's two versions, as the files diff reads.
struct Versions {
    file: String,
    live: String,
    merged: String,
}

fn diff(invocation: &Invocation, env: &mut Env<'_>, io: &mut Io) -> Result<i32, KubectlError> {
    if !invocation.args.is_empty() {
        return Err(KubectlError::usage(
            "diff",
            format!("Unexpected args: [{}]", invocation.args.join(" ")),
        ));
    }
    resources::require_filename_or_kustomize(&invocation.flags)?;
    let flags = &invocation.flags;
    if flags.bool("force-conflicts") && !flags.bool("server-side") {
        return Err(KubectlError::message(
            "--force-conflicts only works with --server-side",
        ));
    }
    if let Some(error) = super::rest_client_error(invocation, env) {
        return Err(error);
    }
    // The builder reads the files and asks the server for their kinds.
    if let Some(failure) = super::unreachable::failure(invocation, env) {
        if let Some(result) = super::unreachable::run(invocation, env, io, &failure) {
            return result;
        }
    }
    resources::refuse_unsimulated_flags(flags, "diff", &["server-side", "prune"])?;
    let kustomize = flags.string("kustomize").unwrap_or("");
    if !kustomize.is_empty() {
        return Err(KubectlError::message(resources::kustomize_error(
            env, kustomize,
        )));
    }
    let namespace = resources::namespace(invocation, env);
    let enforce = resources::namespace_enforced(invocation);
    let manifests = manifest::read_sources(
        env.fs,
        env.stdin.as_deref(),
        &flags.strings("filename"),
        flags.bool("recursive"),
        manifest::ReadChecks {
            validate: false,
            map_kinds: true,
        },
    )?;
    // The builder's path errors come first, then its selector's.
    let selector = match flags.string("selector").filter(|text| !text.is_empty()) {
        Some(text) => Some(crate::selector::parse(text).map_err(|error| {
            KubectlError::message(format!(
                "the provided selector {} is not valid: {error}",
                crate::validation::go_quote(text)
            ))
        })?),
        None => None,
    };
    // The visit stops at a document that cannot be read, and diff never runs.
    if let Some(error) = manifests.errors.into_iter().next() {
        return Err(error);
    }
    let options = CreateOptions {
        mode: Mode::Apply,
        persist: true,
        save_config: false,
        change_cause: None,
    };
    let mut versions = Vec::new();
    for object in &manifests.objects {
        let labels = value::string_map_at(&object.value, &["metadata", "labels"]);
        if selector
            .as_ref()
            .is_some_and(|selector| !selector.matches(&labels))
        {
            continue;
        }
        let kind = manifest::resource_kind(object)?;
        resources::server_warnings(io, [kind]);
        let name = value::str_at(&object.value, &["metadata", "name"]).unwrap_or("");
        let target = match value::str_at(&object.value, &["metadata", "namespace"]) {
            Some(given) if !given.is_empty() && kind.namespaced() => given.to_string(),
            _ if kind.namespaced() => namespace.clone(),
            _ => String::new(),
        };
        let live = env
            .cluster
            .get(kind, &target, name)
            .ok()
            .map(|view| view.to_value());
        // The server's dry run: apply's patch (or a create) on a copy of the cluster.
        let mut scratch = env.cluster.clone();
        let mut dry = env.with_cluster(&mut scratch);
        // `GetModifiedConfiguration` without the annotation: the object's annotations but
        // kubectl's own, as a map even when empty (so the patch keeps the live ones).
        let mut local = object.clone();
        if live.is_some() {
            if let Some(Value::Object(metadata)) = local.value.get_mut("metadata") {
                let annotations = metadata
                    .entry("annotations")
                    .or_insert_with(|| Value::Object(serde_json::Map::new()));
                if let Value::Object(annotations) = annotations {
                    annotations.remove(LAST_APPLIED);
                }
            }
        }
        let mut ignored = Vec::new();
        let (kind, name, _, _) = create::create_one(
            &mut dry,
            &local,
            &namespace,
            enforce,
            &options,
            &mut ignored,
        )
        .map_err(without_source)?;
        let mut merged = scratch
            .get(kind, &target, &name)
            .map(|view| view.to_value())
            .unwrap_or(Value::Null);
        // A dry run is never stored: a create has no resourceVersion, an update keeps the
        // live one.
        if let Some(Value::Object(metadata)) = merged.pointer_mut("/metadata") {
            match live
                .as_ref()
                .and_then(|live| value::at(live, &["metadata", "resourceVersion"]))
            {
                Some(version) => {
                    metadata.insert("resourceVersion".into(), version.clone());
                }
                None => {
                    metadata.remove("resourceVersion");
                }
            }
        }
        let mut live = live;
        if kind == Kind::Secret && !flags.bool("show-secrets") {
            mask_secrets(live.as_mut(), &mut merged);
        }
        if live
            .as_ref()
            .is_some_and(|live| value::at(live, &["metadata", "deletionTimestamp"]).is_some())
        {
            io.err(&format!(
                "Warning: Detected changes to resource {name} which is currently being deleted.\n"
            ));
        }
        let yaml = |object: &Value| {
            crate::printers::yaml::try_to_yaml(object)
                .map_err(|error| KubectlError::message(error.to_string()))
        };
        let info = kind.info();
        let group = if info.group.is_empty() {
            String::new()
        } else {
            format!("{}.", info.group)
        };
        versions.push(Versions {
            file: format!("{group}v1.{}.{target}.{name}", info.name),
            live: live.as_ref().map(yaml).transpose()?.unwrap_or_default(),
            merged: yaml(&merged)?,
        });
    }
    let rng = env.cluster.rng();
    let live_dir = format!("/tmp/LIVE-{}", rng.below(1 << 32));
    let merged_dir = format!("/tmp/MERGED-{}", rng.below(1 << 32));
    let stamp = env.cluster.now().strftime("%Y-%m-%d %H:%M:%S.%N %z");
    crate::sort::sort_by(&mut versions, |a, b| a.file.cmp(&b.file));
    let mut status = 0;
    for version in &versions {
        let Some(hunks) = crate::line_diff::unified(&version.live, &version.merged) else {
            continue;
        };
        status = 1;
        let (live, merged) = (
            format!("{live_dir}/{}", version.file),
            format!("{merged_dir}/{}", version.file),
        );
        io.out(&format!(
            "diff -u -N {live} {merged}\n--- {live}\t{stamp}\n+++ {merged}\t{stamp}\n{hunks}"
        ));
    }
    Ok(status)
}

/// diff reports the server's error itself, not which file the object came from.
fn without_source(error: KubectlError) -> KubectlError {
    match error {
        KubectlError::Api { error, .. } => KubectlError::api(error),
        other => other,
    }
}

/// kubectl's `Masker`: every value of a Secret's `data` becomes `***`, or `*** (before)` and
/// `*** (after)` when the two versions hold different values under the same key.
fn mask_secrets(live: Option<&mut Value>, merged: &mut Value) {
    const MASK: &str = "***";
    let live_data = live.and_then(|live| match live.get_mut("data") {
        Some(Value::Object(data)) => Some(data),
        _ => None,
    });
    let merged_data = match merged.get_mut("data") {
        Some(Value::Object(data)) => Some(data),
        _ => None,
    };
    match (live_data, merged_data) {
        (Some(from), Some(to)) => {
            for (key, before) in from.iter_mut() {
                let after = to.get_mut(key);
                match after {
                    Some(after) if after != before => {
                        *before = Value::from("*** (before)");
                        *after = Value::from("*** (after)");
                    }
                    Some(after) => {
                        *before = Value::from(MASK);
                        *after = Value::from(MASK);
                    }
                    None => *before = Value::from(MASK),
                }
            }
            for (key, after) in to.iter_mut() {
                if !from.contains_key(key) {
                    *after = Value::from(MASK);
                }
            }
        }
        (Some(only), None) | (None, Some(only)) => {
            for item in only.values_mut() {
                *item = Value::from(MASK);
            }
        }
        (None, None) => {}
    }
}
