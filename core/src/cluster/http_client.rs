//! `curl` and busybox `wget` inside a container: what they print when they fetch a URL from
//! a pod (the pod itself on `localhost`, other pods by IP), for `kubectl exec` and for a
//! container's own scripts alike. curl prints the body whatever the status; wget fails on an
//! error status.

use super::container_sh::{Output, Stream};
use super::network::{self, ConnectError};
use super::Cluster;

/// The pod a client runs in.
#[derive(Debug, Clone)]
pub struct PodAddress {
    pub namespace: String,
    pub pod: String,
    pub pod_ip: String,
}

/// `curl [OPTIONS] URL`: the body, or curl's error and exit code.
pub fn curl(cluster: &mut Cluster, from: &PodAddress, args: &[&str], out: &mut Output) -> i32 {
    let url = args
        .iter()
        .rev()
        .find(|a| !a.starts_with('-'))
        .copied()
        .unwrap_or("");
    http_from_pod(cluster, from, url, None, out)
}

/// busybox `wget [-q] [-O FILE] URL`.
pub fn wget(cluster: &mut Cluster, from: &PodAddress, args: &[&str], out: &mut Output) -> i32 {
    let options = WgetOptions::parse(args);
    let url = options.url.clone().unwrap_or_default();
    http_from_pod(cluster, from, &url, Some(&options), out)
}

/// busybox `wget`'s options that change what it prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct WgetOptions {
    /// `-q`: no progress and status lines (errors still print).
    quiet: bool,
    /// `-O FILE` / `-OFILE`; `-` writes the body to stdout. Without it busybox saves to a file
    /// named after the URL (`index.html`).
    output: Option<String>,
    url: Option<String>,
}

impl WgetOptions {
    fn parse(args: &[&str]) -> WgetOptions {
        let mut options = WgetOptions::default();
        let mut index = 0;
        while let Some(arg) = args.get(index) {
            index += 1;
            if *arg == "--quiet" {
                options.quiet = true;
            } else if let Some(file) = arg.strip_prefix("--output-document=") {
                options.output = Some(file.to_string());
            } else if arg.starts_with("--") {
            } else if let Some(group) = arg.strip_prefix('-').filter(|g| !g.is_empty()) {
                for (position, flag) in group.char_indices() {
                    match flag {
                        'q' => options.quiet = true,
                        'O' => {
                            let rest = group.get(position + 1..).unwrap_or("");
                            options.output = if rest.is_empty() {
                                index += 1;
                                args.get(index - 1).map(|file| file.to_string())
                            } else {
                                Some(rest.to_string())
                            };
                            break;
                        }
                        _ => {}
                    }
                }
            } else {
                options.url = Some(arg.to_string());
            }
        }
        options
    }
}

/// `curl` (`wget: None`) or busybox `wget` from inside a pod: `localhost` is the pod itself; pod
/// IPs reach other pods.
fn http_from_pod(
    cluster: &mut Cluster,
    from: &PodAddress,
    url: &str,
    wget: Option<&WgetOptions>,
    out: &mut Output,
) -> i32 {
    let without_scheme = url.trim_start_matches("http://");
    let (host_port, path) = match without_scheme.split_once('/') {
        Some((host_port, rest)) => (host_port, format!("/{rest}")),
        None => (without_scheme, "/".to_string()),
    };
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) => (host, port.parse::<u16>().unwrap_or(80)),
        None => (host_port, 80),
    };
    if host.is_empty() {
        if wget.is_some() {
            out.write(Stream::Err, "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n");
            return 1;
        }
        out.write(
            Stream::Err,
            "curl: try 'curl --help' or 'curl --manual' for more information\n",
        );
        return 2;
    }
    let target = if host == "localhost" || host == "127.0.0.1" || host == from.pod_ip {
        Some((from.namespace.clone(), from.pod.clone()))
    } else {
        network::pod_by_ip(cluster, host)
    };
    let client = if host == "localhost" || host == "127.0.0.1" {
        "127.0.0.1".to_string()
    } else {
        from.pod_ip.clone()
    };
    let address = if host == "localhost" {
        "127.0.0.1"
    } else {
        host
    };
    let result = match &target {
        Some((namespace, pod)) => network::http_request(
            cluster,
            namespace,
            pod,
            (port, &path),
            &client,
            "curl/8.14.1",
        ),
        None => Err(ConnectError::Unreachable),
    };
    let Some(options) = wget else {
        return match result {
            Ok((_, body)) => {
                out.write(Stream::Out, &body);
                0
            }
            Err(ConnectError::Refused) => {
                out.write(Stream::Err, &format!("curl: (7) Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server\n"));
                7
            }
            Err(ConnectError::Unreachable) => {
                out.write(
                    Stream::Err,
                    &format!("curl: (6) Could not resolve host: {host}\n"),
                );
                6
            }
        };
    };
    if !options.quiet {
        out.write(
            Stream::Err,
            &format!("Connecting to {host_port} ({address}:{port})\n"),
        );
    }
    match result {
        Ok((status, _)) if status >= 400 => {
            out.write(
                Stream::Err,
                &format!(
                    "wget: server returned error: HTTP/1.1 {status} {}\n",
                    network::reason_phrase(status)
                ),
            );
            1
        }
        Ok((_, body)) => {
            let to_stdout = options.output.as_deref() == Some("-");
            let file = options
                .output
                .clone()
                .unwrap_or_else(|| "index.html".to_string());
            if !options.quiet {
                if to_stdout {
                    out.write(Stream::Err, "writing to stdout\n");
                } else {
                    out.write(Stream::Err, &format!("saving to '{file}'\n"));
                }
            }
            if to_stdout {
                out.write(Stream::Out, &body);
            }
            if !options.quiet {
                let label = if to_stdout {
                    "-".to_string()
                } else {
                    file.clone()
                };
                out.write(
                    Stream::Err,
                    &format!(
                        "{label:<20} 100% |********************************| {:>5}  0:00:00 ETA\n",
                        body.len()
                    ),
                );
                if to_stdout {
                    out.write(Stream::Err, "written to stdout\n");
                } else {
                    out.write(Stream::Err, &format!("'{file}' saved\n"));
                }
            }
            0
        }
        Err(ConnectError::Refused) => {
            out.write(
                Stream::Err,
                &format!("wget: can't connect to remote host ({address}): Connection refused\n"),
            );
            1
        }
        Err(ConnectError::Unreachable) => {
            out.write(Stream::Err, &format!("wget: bad address '{host_port}'\n"));
            1
        }
    }
}
