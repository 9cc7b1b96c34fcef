//! The browser playground (Yew): a terminal over `kubeplay-core`'s `Session`, with a clock,
//! saving and sharing, the tutorial pane and the cluster picture beside it.
//!
//! This crate is a thin layer: it maps DOM events to the core's line editor and session and
//! draws what they return. Behaviour lives in `kubeplay-core` and is tested natively there.

pub mod ansi;
pub mod app;
pub mod cluster_view;
pub mod editor_pane;
pub mod i18n;
pub mod keys;
pub mod markdown;
pub mod panic;
pub mod playground;
pub mod scrollback;
pub mod storage;
pub mod terminal;
pub mod tutorial_pane;

pub use app::App;
