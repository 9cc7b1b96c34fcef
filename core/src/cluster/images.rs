//! The catalog of container images the simulated registry serves.
//!
//! Each image says how big it is (pull time depends on it), what it does when started, what it
//! logs, whether it answers HTTP, and how its main process takes the stop signal (nginx exits
//! 0 on its SIGQUIT). Anything not in the catalog fails to pull (`ErrImagePull`, then
//! `ImagePullBackOff`), as on a real cluster.

/// What the container's main process does once started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Program {
    /// The kubia Node.js server: HTTP on 8080 answering `You've hit <hostname>`.
    Kubia,
    /// nginx: HTTP on 80 with the welcome page.
    Nginx,
    /// A shell-ish image (busybox, alpine): runs `command`/`args`.
    Shell,
    /// The CUDA base image: runs `command`/`args`, and `nvidia-smi` lists allocated GPUs.
    Cuda,
    /// A long-running system component (etcd, apiserver, coredns…).
    SystemDaemon,
}

/// One image of the catalog.
#[derive(Debug, Clone, Copy)]
pub struct ImageInfo {
    /// Repository as the registry knows it (`docker.io/luksa/kubia`).
    pub repository: &'static str,
    /// Tags that exist.
    pub tags: &'static [&'static str],
    pub size_bytes: i64,
    pub digest: &'static str,
    pub program: Program,
    /// The exit code of PID 1 when the image's stop signal ends it promptly: nginx's
    /// `STOPSIGNAL SIGQUIT` is its graceful shutdown, which exits 0. `None` for a process that
    /// ignores the signal (Node.js and busybox `sleep` as PID 1), killed when the grace period
    /// runs out (137).
    pub stop_exit_code: Option<i64>,
    /// How many HTTP requests a container of the image answers before it answers every later
    /// one with 500 (`luksa/kubia-unhealthy`: 5); `None` for a server that stays healthy.
    pub healthy_requests: Option<u32>,
    /// The book's chapter 9 kubia versions (`luksa/kubia:v1`…): `This is v1 running in pod
    /// <hostname>`; `None` for `You've hit <hostname>`.
    pub version: Option<&'static str>,
}

const CATALOG: &[ImageInfo] = &[
    ImageInfo {
        repository: "docker.io/luksa/kubia",
        tags: &["latest"],
        size_bytes: 264_101_430,
        digest: "sha256:3f28e304dc0f63dc30f273a4202096f0fa0d08510bd2ee7e1032ce600616de24",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    // The book's chapter 9 versions: v3 fails every request from its fifth on.
    ImageInfo {
        repository: "docker.io/luksa/kubia",
        tags: &["v1"],
        size_bytes: 264_101_455,
        digest: "sha256:ab014ffba5c40274b4409516d200945afc58d7a2b972a69ff410d5b25618767c",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: None,
        version: Some("v1"),
    },
    ImageInfo {
        repository: "docker.io/luksa/kubia",
        tags: &["v2"],
        size_bytes: 264_101_455,
        digest: "sha256:677542db50ebad88306a7e5c36d3c707f2b07460bb531ff27d3ee9cdbbc7df74",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: None,
        version: Some("v2"),
    },
    ImageInfo {
        repository: "docker.io/luksa/kubia",
        tags: &["v3"],
        size_bytes: 264_101_536,
        digest: "sha256:cea941f4978576d679c0cf9f3d42fc0582f3e87124984bbaff8ae435346dbe2d",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: Some(4),
        version: Some("v3"),
    },
    ImageInfo {
        repository: "docker.io/luksa/kubia",
        tags: &["v4"],
        size_bytes: 264_101_455,
        digest: "sha256:ec2bc7f70cf15930631074feabe52ef830fbba8d382ab9c9c515be2d482405ed",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: None,
        version: Some("v4"),
    },
    // The book's chapter 4 image: kubia's server, which answers "I'm not well. Please restart
    // me!" with status 500 from its sixth request on.
    ImageInfo {
        repository: "docker.io/luksa/kubia-unhealthy",
        tags: &["latest"],
        size_bytes: 264_101_582,
        digest: "sha256:5c746a6e0d1e0f81b1a39c6f1b1fe7d0d6c01ab8cba7a4a49c61a2e7f0b3d9e2",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: Some(5),
        version: None,
    },
    ImageInfo {
        repository: "docker.io/shoutakenaka/kubia",
        tags: &["latest"],
        size_bytes: 264_105_837,
        digest: "sha256:9b0c8b2ae0bb6d6d20c0e4e1e2af6d1cd9e66a3fdd5a3bbaf1c92c4e7c5d8a31",
        program: Program::Kubia,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    ImageInfo {
        repository: "docker.io/library/busybox",
        tags: &["latest", "1.36", "1.37", "stable"],
        size_bytes: 2_156_532,
        digest: "sha256:e3652a00a2fabd16ce889f0aa32c38eec347b997e73bd09e69c962ec7f8732ee",
        program: Program::Shell,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    // The busybox of the Kubernetes docs' examples (`registry.k8s.io/busybox:1.27.2`).
    ImageInfo {
        repository: "registry.k8s.io/busybox",
        tags: &["latest", "1.27.2", "1.24"],
        size_bytes: 1_144_547,
        digest: "sha256:d8d3bc2c183ed2f9f10e7258f84971202325ee6011ba137112e01e30f206de67",
        program: Program::Shell,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    ImageInfo {
        repository: "docker.io/library/alpine",
        tags: &["latest", "3.20", "3.21", "3.22"],
        size_bytes: 3_642_238,
        digest: "sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1",
        program: Program::Shell,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    ImageInfo {
        repository: "docker.io/library/nginx",
        tags: &["latest", "1.27", "1.29", "alpine", "stable"],
        size_bytes: 72_195_292,
        digest: "sha256:029d4461bd98f124e531380505ceea2072418fdf28752aa73b7b273ba3048903",
        program: Program::Nginx,
        stop_exit_code: Some(0),
        healthy_requests: None,
        version: None,
    },
    ImageInfo {
        repository: "docker.io/nvidia/cuda",
        tags: &[
            "12.9.1-base-ubuntu24.04",
            "12.8.1-base-ubuntu24.04",
            "12.4.1-base-ubuntu22.04",
        ],
        size_bytes: 90_318_734,
        digest: "sha256:8f9de1e2d0d35bbd4bc7fb27d8f3cb1d8a6d5f0c4f6c2e1b7a9e3d5c7b1a2f40",
        program: Program::Cuda,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
    ImageInfo {
        repository: "nvcr.io/nvidia/cuda",
        tags: &["12.9.1-base-ubuntu24.04", "12.8.1-base-ubuntu24.04"],
        size_bytes: 90_318_734,
        digest: "sha256:8f9de1e2d0d35bbd4bc7fb27d8f3cb1d8a6d5f0c4f6c2e1b7a9e3d5c7b1a2f40",
        program: Program::Cuda,
        stop_exit_code: None,
        healthy_requests: None,
        version: None,
    },
];

/// An image reference split the way containerd normalizes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// `docker.io/library/busybox`
    pub repository: String,
    /// `latest` when no tag was given.
    pub tag: String,
}

impl ImageRef {
    /// Normalizes `busybox`, `luksa/kubia:v1`, `docker.io/x/y`, `host:5000/y:tag`.
    /// `None` for references that are not valid (`InvalidImageName`).
    pub fn parse(reference: &str) -> Option<ImageRef> {
        if reference.is_empty()
            || reference
                .chars()
                .any(|c| c.is_whitespace() || c.is_ascii_uppercase())
        {
            return None;
        }
        let without_digest = reference.split('@').next().unwrap_or(reference);
        let (name, tag) = match without_digest.rsplit_once(':') {
            Some((name, tag)) if !tag.contains('/') => (name, tag),
            _ => (without_digest, "latest"),
        };
        if name.is_empty() || tag.is_empty() || name.ends_with('/') || name.starts_with('/') {
            return None;
        }
        let first = name.split('/').next().unwrap_or(name);
        let has_registry = name.contains('/')
            && (first.contains('.') || first.contains(':') || first == "localhost");
        let repository = if has_registry {
            name.to_string()
        } else if name.contains('/') {
            format!("docker.io/{name}")
        } else {
            format!("docker.io/library/{name}")
        };
        Some(ImageRef {
            repository,
            tag: tag.to_string(),
        })
    }

    /// `docker.io/luksa/kubia:latest`
    pub fn full(&self) -> String {
        format!("{}:{}", self.repository, self.tag)
    }
}

/// Looks an image up; `None` means the registry does not have it.
pub fn lookup(image_ref: &ImageRef) -> Option<&'static ImageInfo> {
    CATALOG.iter().find(|info| {
        info.repository == image_ref.repository && info.tags.contains(&image_ref.tag.as_str())
    })
}

/// The containerd error text for an image the registry does not have.
pub fn pull_error(image_ref: &ImageRef) -> String {
    let full = image_ref.full();
    if image_ref.repository.starts_with("docker.io/") {
        let known_repository = CATALOG
            .iter()
            .any(|info| info.repository == image_ref.repository);
        if known_repository {
            format!(
                "failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": {full}: not found"
            )
        } else {
            format!(
                "failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
            )
        }
    } else {
        let host = image_ref.repository.split('/').next().unwrap_or_default();
        format!(
            "failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": failed to do request: Head \"https://{host}/v2/\": dial tcp: lookup {host}: no such host"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_references() {
        for (reference, want) in [
            ("busybox", Some("docker.io/library/busybox:latest")),
            ("busybox:1.36", Some("docker.io/library/busybox:1.36")),
            ("luksa/kubia", Some("docker.io/luksa/kubia:latest")),
            (
                "docker.io/luksa/kubia",
                Some("docker.io/luksa/kubia:latest"),
            ),
            ("localhost:5000/app", Some("localhost:5000/app:latest")),
            ("localhost:5000/app:v2", Some("localhost:5000/app:v2")),
            (
                "nvcr.io/nvidia/cuda:12.9.1-base-ubuntu24.04",
                Some("nvcr.io/nvidia/cuda:12.9.1-base-ubuntu24.04"),
            ),
            ("Luksa/Kubia", None),
            ("", None),
            ("bad image", None),
            ("x:", None),
        ] {
            assert_eq!(
                ImageRef::parse(reference).map(|r| r.full()).as_deref(),
                want,
                "{reference}"
            );
        }
    }

    #[test]
    fn catalog_lookup() {
        let kubia = ImageRef::parse("luksa/kubia").and_then(|r| lookup(&r).map(|i| i.program));
        assert_eq!(kubia, Some(Program::Kubia));
        assert!(ImageRef::parse("luksa/kubia:v9")
            .and_then(|r| lookup(&r))
            .is_none());
        assert!(ImageRef::parse("nonexistent")
            .and_then(|r| lookup(&r))
            .is_none());
    }
}
