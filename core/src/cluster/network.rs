//! The pod network as the simulation sees it: which pod answers on an IP and port, and what
//! its program replies to an HTTP GET (and logs about it).
//!
//! Used by the shell's `curl` through port-forwards, by `kubectl exec … curl` inside pods
//! (which show that containers of one pod share its IP and `localhost`), and by the kubelet's
//! HTTP and TCP probes.

use super::images::{self, ImageInfo, ImageRef, Program};
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

/// nginx's own 404 page (its error pages end their lines with CRLF).
const NGINX_NOT_FOUND: &str = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.3</center>\r\n</body>\r\n</html>\r\n";

const NGINX_WELCOME: &str = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, nginx is successfully installed and working.\nFurther configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href=\"http://nginx.org/\">nginx.org</a>.<br/>\nCommercial support is available at\n<a href=\"http://nginx.com/\">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n";

/// The image of the running container of the pod (an app container, or a sidecar) that
/// listens on `port`, with the container's kubelet index (`Pod::container_at`).
fn listener(pod: &Pod, port: u16) -> Option<(&'static ImageInfo, usize)> {
    (0..pod.init_index(pod.init_containers.len())).find_map(|index| {
        let container = pod.container_at(index)?;
        let running = matches!(
            pod.status_at(index).map(|s| &s.state),
            Some(ContainerState::Running { .. })
        );
        if !running {
            return None;
        }
        let info = ImageRef::parse(&container.image).and_then(|r| images::lookup(&r))?;
        let listens = match info.program {
            Program::Kubia => port == 8080,
            Program::Nginx => port == 80,
            _ => false,
        };
        listens.then_some((info, index))
    })
}

/// Whether a TCP connection to the pod's `port` is accepted.
pub fn connect(
    cluster: &Cluster,
    namespace: &str,
    pod_name: &str,
    port: u16,
) -> Result<(), ConnectError> {
    let pod = cluster
        .pod(namespace, pod_name)
        .ok_or(ConnectError::Unreachable)?;
    listener(pod, port).map(|_| ()).ok_or(ConnectError::Refused)
}

/// Sends `GET /` to a pod (by namespace and name) on `port`, from `client_ip`: the body,
/// whatever the status.
pub fn http_get_pod(
    cluster: &mut Cluster,
    namespace: &str,
    pod_name: &str,
    port: u16,
    client_ip: &str,
) -> Result<String, ConnectError> {
    http_request(
        cluster,
        namespace,
        pod_name,
        (port, "/"),
        client_ip,
        "curl/8.14.1",
    )
    .map(|(_, body)| body)
}

/// Sends `GET path` to a pod on `port` (`target`), from `client_ip` with `user_agent`: the
/// status code and the body. kubia logs every request and counts them per container
/// instance (`luksa/kubia-unhealthy` answers 500 once it has answered five); nginx serves its
/// welcome page and 404 for anything else.
pub fn http_request(
    cluster: &mut Cluster,
    namespace: &str,
    pod_name: &str,
    target: (u16, &str),
    client_ip: &str,
    user_agent: &str,
) -> Result<(u16, String), ConnectError> {
    let (port, path) = target;
    let Some(pod) = cluster.pod(namespace, pod_name) else {
        return Err(ConnectError::Unreachable);
    };
    let Some((info, index)) = listener(pod, port) else {
        return Err(ConnectError::Refused);
    };
    let uid = pod.meta.uid.clone();
    let hostname = pod.meta.name.clone();
    let container = pod
        .container_at(index)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let container_id = pod
        .status_at(index)
        .and_then(|status| status.container_id.clone())
        .unwrap_or_default();
    match info.program {
        Program::Kubia => {
            cluster.append_log(
                &uid,
                &container,
                format!("Received request from ::ffff:{client_ip}"),
            );
            let served = {
                let instance = super::kubelet::instance(cluster, &uid, &container, &container_id);
                instance.requests = instance.requests.saturating_add(1);
                instance.requests
            };
            let failing = info
                .healthy_requests
                .is_some_and(|healthy| served > healthy);
            Ok(match (info.version, failing) {
                (None, true) => (500, "I'm not well. Please restart me!".to_string()),
                (None, false) => (200, format!("You've hit {hostname}\n")),
                (Some(_), true) => (
                    500,
                    format!("Some internal error has occurred! This is pod {hostname}\n"),
                ),
                (Some(version), false) => (
                    200,
                    format!("This is {version} running in pod {hostname}\n"),
                ),
            })
        }
        Program::Nginx => {
            let now = cluster.now();
            let page = matches!(path, "/" | "/index.html");
            // The sizes nginx logs: its index.html's and its 404 page's.
            let (status, body, size) = if page {
                (200, NGINX_WELCOME.to_string(), 615)
            } else {
                (404, NGINX_NOT_FOUND.to_string(), 153)
            };
            cluster.append_log(
                &uid,
                &container,
                format!(
                    "{client_ip} - - [{}] \"GET {path} HTTP/1.1\" {status} {size} \"-\" \"{user_agent}\" \"-\"",
                    nginx_time(now),
                ),
            );
            Ok((status, body))
        }
        _ => Err(ConnectError::Refused),
    }
}

/// A status code's reason phrase, as an HTTP/1.1 status line has it.
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        501 => "Not Implemented",
        _ => "Internal Server Error",
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
