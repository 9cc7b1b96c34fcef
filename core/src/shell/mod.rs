//! The playground's small bash-like shell: syntax (lexer, parser, syntax tree) and word expansion.
//!
//! This module knows nothing about commands, the cluster or the terminal; the executor that runs a
//! parsed [`syntax::Program`] lives elsewhere.

pub mod expand;
pub mod syntax;
pub mod builtins;
pub mod exec;
pub mod state;
