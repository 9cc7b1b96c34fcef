//! `kubectl version`, `kubectl cluster-info` and `kubectl api-resources`.

use super::super::cli::Invocation;
use super::super::config::SERVER;
use super::super::error::KubectlError;
use super::super::Io;
use crate::api::kind::KIND_TABLE;
use crate::api::Kind;
use crate::printers::tabwriter::{TabWriter, TabWriterConfig};

/// One `version.Info`, in its struct's field order: `(json key, value)`; the emulation and
/// compatibility fields (servers since 1.33) are left out when empty (`omitempty`).
type VersionInfo = [(&'static str, &'static str); 13];

/// The kubectl 1.37.1 client (`kubectl version --client -o json` of the real binary).
const CLIENT_VERSION: VersionInfo = [
    ("major", "1"),
    ("minor", "37"),
    ("emulationMajor", ""),
    ("emulationMinor", ""),
    ("minCompatibilityMajor", ""),
    ("minCompatibilityMinor", ""),
    ("gitVersion", "v1.37.1"),
    ("gitCommit", "f78e722310e50bcaca9276be22276d9e91d91308"),
    ("gitTreeState", "clean"),
    ("buildDate", "2026-09-23T17:10:04Z"),
    ("goVersion", "go1.26.8"),
    ("compiler", "gc"),
    ("platform", "linux/amd64"),
];

/// The playground's API server (kind's v1.37.0 node image).
const SERVER_VERSION: VersionInfo = [
    ("major", "1"),
    ("minor", "37"),
    ("emulationMajor", "1"),
    ("emulationMinor", "37"),
    ("minCompatibilityMajor", "1"),
    ("minCompatibilityMinor", "36"),
    ("gitVersion", "v1.37.0"),
    ("gitCommit", "7d1d2e5d36ef6fa0ee2d5a8a3ea6fa2f81a57b4c"),
    ("gitTreeState", "clean"),
    ("buildDate", "2026-08-26T14:02:11Z"),
    ("goVersion", "go1.26.6"),
    ("compiler", "gc"),
    ("platform", "linux/amd64"),
];

const KUSTOMIZE_VERSION: &str = "v5.8.1";

/// `kubectl version`: the short form, or `-o yaml|json` of the `Version` struct.
/// `kubectl version`'s first lines (the client's part).
pub(super) fn client_version_lines() -> String {
    format!(
        "Client Version: {}\nKustomize Version: {KUSTOMIZE_VERSION}\n",
        CLIENT_VERSION[6].1
    )
}

/// The API server's `/version`: `json.MarshalIndent(info, "", "  ")`, without a newline.
pub(super) fn server_version_json() -> String {
    let fields: Vec<String> = SERVER_VERSION
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("  \"{key}\": \"{value}\""))
        .collect();
    format!("{{\n{}\n}}", fields.join(",\n"))
}

pub(super) fn version(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    let client_only = invocation.flags.bool("client");
    // `Complete` keeps the arguments (for `Validate` to refuse) only when it asks the server.
    if !invocation.args.is_empty() && !client_only {
        return Err(KubectlError::message(format!(
            "extra arguments: [{}]",
            invocation.args.join(" ")
        )));
    }
    let output = invocation.flags.string("output").unwrap_or("");
    let versions: Vec<(&str, &VersionInfo)> = if client_only {
        vec![("clientVersion", &CLIENT_VERSION)]
    } else {
        vec![
            ("clientVersion", &CLIENT_VERSION),
            ("serverVersion", &SERVER_VERSION),
        ]
    };
    match output {
        "" => {
            let gitversion = |info: &VersionInfo| info[6].1;
            io.out(&client_version_lines());
            if !client_only {
                io.out(&format!(
                    "Server Version: {}\n",
                    gitversion(&SERVER_VERSION)
                ));
            }
        }
        "yaml" => {
            // sigs.k8s.io/yaml: keys sorted; then `fmt.Fprintln` adds an empty line.
            let mut text = String::new();
            for (name, info) in &versions {
                if *name == "serverVersion" {
                    text.push_str(&format!("kustomizeVersion: {KUSTOMIZE_VERSION}\n"));
                }
                text.push_str(&format!("{name}:\n"));
                let mut fields: Vec<&(&str, &str)> =
                    info.iter().filter(|(_, value)| !value.is_empty()).collect();
                crate::sort::sort_by(&mut fields, |a, b| a.0.cmp(b.0));
                for (key, value) in fields {
                    let quoted = value.bytes().all(|b| b.is_ascii_digit()) || value.contains(':');
                    if quoted {
                        text.push_str(&format!("  {key}: \"{value}\"\n"));
                    } else {
                        text.push_str(&format!("  {key}: {value}\n"));
                    }
                }
            }
            if client_only {
                text.push_str(&format!("kustomizeVersion: {KUSTOMIZE_VERSION}\n"));
            }
            io.out(&format!("{text}\n"));
        }
        "json" => {
            // json.MarshalIndent(v, "", "  ") in the struct's order, then a newline.
            let mut parts = Vec::new();
            for (name, info) in &versions {
                let fields: Vec<String> = info
                    .iter()
                    .filter(|(_, value)| !value.is_empty())
                    .map(|(key, value)| format!("    \"{key}\": \"{value}\""))
                    .collect();
                parts.push(format!("  \"{name}\": {{\n{}\n  }}", fields.join(",\n")));
                if *name == "clientVersion" {
                    parts.push(format!("  \"kustomizeVersion\": \"{KUSTOMIZE_VERSION}\""));
                }
            }
            io.out(&format!("{{\n{}\n}}\n", parts.join(",\n")));
        }
        _ => return Err(KubectlError::message("--output must be 'yaml' or 'json'")),
    }
    Ok(0)
}

pub(super) fn cluster_info(_invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    io.out(&format!(
        "\u{1b}[0;32mKubernetes control plane\u{1b}[0m is running at \u{1b}[0;33m{SERVER}\u{1b}[0m\n\u{1b}[0;32mCoreDNS\u{1b}[0m is running at \u{1b}[0;33m{SERVER}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\u{1b}[0m\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
    ));
    Ok(0)
}

/// `kubectl api-versions`: the group versions the server's discovery lists, sorted as Go's
/// `sort.Strings` sorts them (the core group's `v1` comes last).
pub(super) fn api_versions(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    if !invocation.args.is_empty() {
        return Err(KubectlError::usage(
            "api-versions",
            format!("unexpected arguments: [{}]", invocation.args.join(" ")),
        ));
    }
    let mut versions: Vec<&str> = crate::schema::explain::SERVED_GROUP_VERSIONS
        .iter()
        .map(|path| {
            path.strip_prefix("apis/")
                .or_else(|| path.strip_prefix("api/"))
                .unwrap_or(path)
        })
        .collect();
    crate::sort::sort_by(&mut versions, |a, b| a.as_bytes().cmp(b.as_bytes()));
    for version in versions {
        io.out(&format!("{version}\n"));
    }
    Ok(0)
}

/// What discovery says of a served kind beyond its names: its verbs and storage version hash
/// (kind v1.37's `/api/v1` and `/apis/GROUP/v1` documents).
pub(super) fn discovery_details(kind: Kind) -> (&'static [&'static str], &'static str) {
    const ALL_VERBS: &[&str] = &[
        "create",
        "delete",
        "deletecollection",
        "get",
        "list",
        "patch",
        "update",
        "watch",
    ];
    const NAMESPACE_VERBS: &[&str] = &[
        "create", "delete", "get", "list", "patch", "update", "watch",
    ];
    let hash = match kind {
        Kind::ConfigMap => "qFsyl6wFWjQ=",
        Kind::Event => "r2yiGXH7wu8=",
        Kind::Namespace => return (NAMESPACE_VERBS, "Q3oi5N2YM8M="),
        Kind::Node => "XwShjMxG9Fs=",
        Kind::Pod => "xPOwRZ+Yhw8=",
        Kind::ReplicationController => "Jond2If31h0=",
        Kind::Secret => "S6u1pOWzb84=",
        Kind::ServiceAccount => "pbx9ZvyFpBE=",
        Kind::Service => "0/CO1lhkEBI=",
        Kind::DaemonSet => "dd7pWHUlMKQ=",
        Kind::Deployment => "8aSe+NMegvE=",
        Kind::ReplicaSet => "P1RzHs8/mWQ=",
        Kind::Job => "mudhfqk/qZY=",
        Kind::Endpoints => "fWeeMqaN/OA=",
        Kind::EndpointSlice => "Nx3SIv6I0mE=",
        Kind::PriorityClass => "1QwjyaZjj3Y=",
    };
    (ALL_VERBS, hash)
}

/// `kubectl api-resources`: the flattened `APIResourceList` of discovery, filtered, sorted and
/// printed as a table (`-o wide` adds verbs and categories), names, or the list object.
pub(super) fn api_resources(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    if !invocation.args.is_empty() {
        return Err(KubectlError::usage(
            "api-resources",
            format!("unexpected arguments: [{}]", invocation.args.join(" ")),
        ));
    }
    let output = flags.string("output").unwrap_or("");
    if !matches!(output, "" | "json" | "kyaml" | "name" | "wide" | "yaml") {
        return Err(KubectlError::message(format!(
            "unable to match a printer suitable for the output format \"{output}\", allowed formats are: json,kyaml,name,wide,yaml"
        )));
    }
    let sort_by = flags.string("sort-by").unwrap_or("");
    if !matches!(sort_by, "" | "name" | "kind") {
        return Err(KubectlError::message("--sort-by accepts only name or kind"));
    }
    let namespaced_filter = flags
        .string("namespaced")
        .filter(|_| flags.changed("namespaced"));
    let group_filter = flags
        .string("api-group")
        .filter(|_| flags.changed("api-group"));
    let verbs = flags.strings("verbs");
    let categories = flags.strings("categories");
    // `sortableResource`: by group (default), name or kind, then by name.
    let mut infos: Vec<_> = KIND_TABLE
        .iter()
        .filter(|info| group_filter.is_none_or(|group| group == info.group))
        .filter(|info| namespaced_filter.is_none_or(|filter| (filter == "true") == info.namespaced))
        .filter(|info| {
            let (kind_verbs, _) = discovery_details(info.kind);
            verbs.iter().all(|verb| kind_verbs.contains(&verb.as_str()))
        })
        .filter(|info| {
            categories
                .iter()
                .all(|category| category == "all" && info.in_category_all)
        })
        .collect();
    crate::sort::sort_by_key(&mut infos, |info| {
        let first = match sort_by {
            "kind" => info.name,
            "name" => info.resource(),
            _ => info.group,
        };
        (first, info.resource())
    });
    if matches!(output, "json" | "yaml" | "kyaml") {
        let resources: Vec<serde_json::Value> = infos
            .iter()
            .map(|info| {
                let (verbs, hash) = discovery_details(info.kind);
                let mut resource = serde_json::Map::new();
                let mut put = |key: &str, value: serde_json::Value| {
                    resource.insert(key.to_string(), value);
                };
                put("name", info.resource().into());
                put(
                    "singularName",
                    info.singular.split('.').next().unwrap_or("").into(),
                );
                put("namespaced", info.namespaced.into());
                if !info.group.is_empty() {
                    put("group", info.group.into());
                }
                put("version", "v1".into());
                put("kind", info.name.into());
                put("verbs", verbs.to_vec().into());
                if !info.short_names.is_empty() {
                    put("shortNames", info.short_names.to_vec().into());
                }
                if info.in_category_all {
                    put("categories", vec!["all"].into());
                }
                put("storageVersionHash", hash.into());
                serde_json::Value::Object(resource)
            })
            .collect();
        let list = serde_json::json!({
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": "",
            "resources": if resources.is_empty() { serde_json::Value::Null } else { resources.into() },
        });
        let text = match output {
            "yaml" => crate::printers::yaml::to_yaml(&list),
            "kyaml" => crate::printers::kyaml::json_to_kyaml(
                &crate::printers::json::to_compact_json_typed(&list),
            )
            .map_err(KubectlError::message)?,
            _ => crate::printers::json::to_json_typed(&list),
        };
        io.out(&text);
        return Ok(0);
    }
    let wide = output == "wide";
    let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
    if !flags.bool("no-headers") && output != "name" {
        writer.write_str(if wide {
            "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\tVERBS\tCATEGORIES\n"
        } else {
            "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n"
        });
    }
    for info in infos {
        if output == "name" {
            io.out(&format!("{}\n", info.plural));
            continue;
        }
        writer.write_str(&format!(
            "{}\t{}\t{}\t{}\t{}",
            info.resource(),
            info.short_names.join(","),
            info.kind.api_version(),
            info.namespaced,
            info.name
        ));
        if wide {
            let (verbs, _) = discovery_details(info.kind);
            writer.write_str(&format!(
                "\t{}\t{}",
                verbs.join(","),
                if info.in_category_all { "all" } else { "" }
            ));
        }
        writer.write_str("\n");
    }
    io.out(&writer.finish());
    Ok(0)
}
