//! `kubectl version`, `kubectl cluster-info` and `kubectl api-resources`.

use super::super::cli::Invocation;
use super::super::config::SERVER;
use super::super::error::KubectlError;
use super::super::Io;
use crate::api::kind::KIND_TABLE;
use crate::printers::tabwriter::{TabWriter, TabWriterConfig};

pub(super) fn version(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    if invocation.flags.bool("client") {
        io.out("Client Version: v1.37.1\nKustomize Version: v5.8.1\n");
    } else {
        io.out("Client Version: v1.37.1\nKustomize Version: v5.8.1\nServer Version: v1.37.0\n");
    }
    Ok(0)
}

pub(super) fn cluster_info(_invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    io.out(&format!(
        "\u{1b}[0;32mKubernetes control plane\u{1b}[0m is running at \u{1b}[0;33m{SERVER}\u{1b}[0m\n\u{1b}[0;32mCoreDNS\u{1b}[0m is running at \u{1b}[0;33m{SERVER}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\u{1b}[0m\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
    ));
    Ok(0)
}

pub(super) fn api_resources(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    let namespaced_filter = invocation
        .flags
        .string("namespaced")
        .filter(|_| invocation.flags.changed("namespaced"));
    let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
    if !invocation.flags.bool("no-headers") {
        writer.write_str("NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n");
    }
    let mut infos: Vec<_> = KIND_TABLE.iter().collect();
    crate::sort::sort_by_key(&mut infos, |info| info.plural);
    for info in infos {
        if let Some(filter) = namespaced_filter {
            if (filter == "true") != info.namespaced {
                continue;
            }
        }
        writer.write_str(&format!(
            "{}\t{}\tv1\t{}\t{}\n",
            info.plural,
            info.short_names.join(","),
            info.namespaced,
            info.name
        ));
    }
    io.out(&writer.finish());
    Ok(0)
}
