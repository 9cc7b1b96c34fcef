//! `kubeplay-core`: a simulated Kubernetes v1.37 cluster, its `kubectl`, and a small shell,
//! in pure Rust.
//!
//! The crate knows nothing about browsers or terminals: a front end feeds lines and key
//! presses into a [`session::Session`] and draws what comes back. Time is virtual
//! ([`clock`]), randomness is seeded ([`rng`]), so the same inputs give the same bytes on
//! every platform. See ARCHITECTURE.md for the map.

pub mod api;
pub mod arithmetic;
pub mod clock;
pub mod cluster;
pub mod cluster_view;
pub mod completion;
pub mod console;
pub mod custom_columns;
pub mod go_base64;
pub mod go_sort;
pub mod go_strconv;
pub mod go_template;
pub mod jsonpath;
pub mod kubectl;
pub mod line_diff;
pub mod line_editor;
pub mod manifests;
pub mod packed;
pub mod printers;
pub mod quantity;
pub mod rng;
pub mod schema;
pub mod selector;
pub mod session;
pub mod sha256;
pub mod share;
pub mod shell;
pub mod sort;
pub mod transcript;
pub mod tutorial;
pub mod validation;
pub mod vfs;
