//! The browser playground (Yew): a terminal over `kubeplay-core`'s `Session`.
//!
//! This crate is a thin layer: it maps DOM events to the core's line editor and session and
//! draws what they return. Behaviour lives in `kubeplay-core` and is tested natively there.

pub mod app;
pub mod keys;
pub mod terminal;

pub use app::App;
