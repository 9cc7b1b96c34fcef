//! The chapter's manifests, as the virtual file system is seeded with them.
//!
//! Written as the book writes them (with the chapter's image), so a learner can `cat` them and
//! `kubectl create -f` them on the first visit.

/// `(file name, content)` of every file a fresh playground has in its home directory.
pub const CHAPTER_FILES: &[(&str, &str)] = &[
    ("kubia-manual.yaml", KUBIA_MANUAL),
    ("kubia-manual-with-labels.yaml", KUBIA_MANUAL_WITH_LABELS),
    ("kubia-gpu.yaml", KUBIA_GPU),
    ("custom-namespace.yaml", CUSTOM_NAMESPACE),
];

pub const KUBIA_MANUAL: &str = "apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
";

pub const KUBIA_MANUAL_WITH_LABELS: &str = "apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual-v2
  labels:
    creation_method: manual
    env: prod
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    ports:
    - containerPort: 8080
      protocol: TCP
";

pub const KUBIA_GPU: &str = "apiVersion: v1
kind: Pod
metadata:
  name: kubia-gpu
spec:
  nodeSelector:
    gpu: \"true\"
  containers:
  - image: luksa/kubia
    name: kubia
";

pub const CUSTOM_NAMESPACE: &str = "apiVersion: v1
kind: Namespace
metadata:
  name: custom-namespace
";
