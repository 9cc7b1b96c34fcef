//! The playground's small bash-like shell: syntax (lexer, parser, syntax tree), word expansion,
//! the executor (`exec`: pipelines, redirections, jobs, waiting commands), the builtins and the
//! shell's state. `syntax` and `expand` know nothing about commands or the cluster.

mod arrays;
pub mod assoc;
mod awk;
mod base64;
mod brace;
pub mod builtins;
mod conditional;
mod editor;
pub mod exec;
mod watch;
pub use editor::EDITOR_COMMANDS;
pub mod expand;
mod grep;
pub mod history_expansion;
mod printer;
mod printf;
mod read_builtin;
pub(crate) mod regex;
mod sed;
pub use sed::edit_text as sed_edit_text;
mod set_builtin;
mod sort_uniq;
pub mod state;
pub mod syntax;

pub(crate) use printf::{decode_bytes, raw_byte};
mod test_builtin;
mod timing;
