//! The pod network as the simulation sees it: which pod answers on an IP and port, and what
//! its program replies to an HTTP GET (and logs about it).
//!
//! Used by the shell's `curl` through port-forwards and by `kubectl exec … curl` inside pods,
//! which show that containers of one pod share its IP and `localhost`.

use super::images::{self, ImageRef, Program};
use super::Cluster;
use crate::api::{ContainerState, Pod};

/// Why a connection failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectError {
    /// Nothing listens there (`Connection refused`).
    Refused,
    /// No host has that address (times out).
    Unreachable,
}

const NGINX_WELCOME: &str = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, nginx is successfully installed and working.\nFurther configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href=\"http://nginx.org/\">nginx.org</a>.<br/>\nCommercial support is available at\n<a href=\"http://nginx.com/\">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n";

/// The program a running container of the pod runs on `port`, with its container name.
fn listener(pod: &Pod, port: u16) -> Option<(Program, String)> {
    pod.containers
        .iter()
        .enumerate()
        .find_map(|(index, container)| {
            let running = matches!(
                pod.status.container_statuses.get(index).map(|s| &s.state),
                Some(ContainerState::Running { .. })
            );
            if !running {
                return None;
            }
            let program = ImageRef::parse(&container.image)
                .and_then(|r| images::lookup(&r))
                .map(|i| i.program)?;
            let listens = match program {
                Program::Kubia => port == 8080,
                Program::Nginx => port == 80,
                _ => false,
            };
            listens.then(|| (program, container.name.clone()))
        })
}

/// Sends `GET /` to a pod (by namespace and name) on `port`, from `client_ip`.
pub fn http_get_pod(
    cluster: &mut Cluster,
    namespace: &str,
    pod_name: &str,
    port: u16,
    client_ip: &str,
) -> Result<String, ConnectError> {
    let Some(pod) = cluster.pod(namespace, pod_name) else {
        return Err(ConnectError::Unreachable);
    };
    let Some((program, container)) = listener(pod, port) else {
        return Err(ConnectError::Refused);
    };
    let uid = pod.meta.uid.clone();
    let hostname = pod.meta.name.clone();
    match program {
        Program::Kubia => {
            cluster.append_log(
                &uid,
                &container,
                format!("Received request from ::ffff:{client_ip}"),
            );
            Ok(format!("You've hit {hostname}\n"))
        }
        Program::Nginx => {
            let now = cluster.now();
            cluster.append_log(
                &uid,
                &container,
                format!(
                    "{client_ip} - - [{}] \"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.14.1\" \"-\"",
                    nginx_time(now)
                ),
            );
            Ok(NGINX_WELCOME.to_string())
        }
        _ => Err(ConnectError::Refused),
    }
}

fn nginx_time(now: crate::clock::SimTime) -> String {
    // `27/Nov/2026:06:20:00 +0000` from RFC 1123Z `Fri, 27 Nov 2026 06:20:00 +0000`.
    let text = now.rfc1123z();
    let parts: Vec<&str> = text.split(' ').collect();
    match parts.as_slice() {
        [_, day, month, year, time, zone] => format!("{day}/{month}/{year}:{time} {zone}"),
        _ => text,
    }
}

/// Finds the pod that owns an IP.
pub fn pod_by_ip(cluster: &Cluster, ip: &str) -> Option<(String, String)> {
    cluster
        .pods()
        .find(|pod| pod.status.pod_ip.as_deref() == Some(ip) && !pod.status.phase.is_terminal())
        .map(|pod| (pod.namespace().to_string(), pod.name().to_string()))
}
