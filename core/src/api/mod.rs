//! The API object model: kinds, metadata, and one typed struct per kind.
//!
//! Objects are typed where the simulation reads them and JSON where it only stores them.
//! Every kind renders itself with `to_value()` exactly as the API server serializes it; the
//! store (`crate::cluster`) owns them. This module knows nothing of kubectl or printing.

pub mod error;
pub mod json_patch;
pub mod kind;
pub mod meta;
pub mod others;
pub mod pod;
pub mod strategic_merge;
pub mod value;

pub use error::ApiError;
pub use kind::Kind;
pub use meta::{ObjectMeta, OwnerReference};
pub use others::{
    ConfigMap, DaemonSet, Deployment, DeploymentCondition, Endpoints, Event, Hardware, Job,
    Namespace, NamespaceCondition, NamespacePhase, Node, ObjectReference, PriorityClass,
    ReplicationController, Secret, Service, ServiceAccount, Taint,
};
pub use pod::{ContainerState, ContainerStatus, Pod, PodPhase, PodStatus, Toleration};
