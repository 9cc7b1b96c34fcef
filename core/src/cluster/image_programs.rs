//! The programs of the simulated images besides their shell and its applets (`ip`, `ls`,
//! `ps`, `uname`): what they print. A container's own scripts and `kubectl exec` both run them
//! from here.

use super::container_sh::{Output, Stream};
use super::images::Program;

/// What these programs see of their container.
pub struct Container<'a> {
    /// The image's kind of program (`None` for an image the registry does not know).
    pub program: Option<Program>,
    pub pod_ip: &'a str,
    /// The container's `command` and `args` joined (empty: the image's default).
    pub main_command: &'a str,
}

/// Runs `name` with `args`; `None` if it is not one of these programs.
pub fn run(name: &str, args: &[&str], container: &Container<'_>, out: &mut Output) -> Option<i32> {
    let text = match name {
        "ip" | "ifconfig" => format!(
            "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n    inet 127.0.0.1/8 scope host lo\n2: eth0@if7: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    inet {}/24 brd {} scope global eth0\n",
            container.pod_ip,
            broadcast(container.pod_ip)
        ),
        "ls" => "bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n".to_string(),
        // kubia is built on Debian (procps `ps`); busybox and alpine have busybox's `ps`.
        "ps" if container.program == Some(Program::Kubia) => {
            "  PID TTY          TIME CMD\n    1 ?        00:00:00 node\n   12 ?        00:00:00 ps\n"
                .to_string()
        }
        "ps" => {
            let main = match container.program {
                Some(Program::Nginx) => "nginx: master process nginx -g daemon off;",
                _ if !container.main_command.is_empty() => container.main_command,
                _ => "sh",
            };
            format!("PID   USER     TIME  COMMAND\n    1 root      0:00 {main}\n   12 root      0:00 ps\n")
        }
        "uname" if args.contains(&"-a") => {
            "Linux kubeplay 6.8.0-1029-gcp #31-Ubuntu SMP x86_64 GNU/Linux\n".to_string()
        }
        "uname" => "Linux\n".to_string(),
        _ => return None,
    };
    out.write(Stream::Out, &text);
    Some(0)
}

/// The broadcast address of a pod's /24.
fn broadcast(ip: &str) -> String {
    let parts: Vec<&str> = ip.split('.').collect();
    match parts.as_slice() {
        [a, b, c, _] => format!("{a}.{b}.{c}.255"),
        _ => String::new(),
    }
}
