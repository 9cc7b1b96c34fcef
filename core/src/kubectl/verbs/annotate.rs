//! `kubectl annotate`: the label machinery applied to annotations (`annotated` every time).

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::{Env, Io};
use super::label::{edit, Target};

pub(super) fn run(
    invocation: &Invocation,
    env: &mut Env<'_>,
    io: &mut Io,
) -> Result<i32, KubectlError> {
    edit(invocation, env, io, Target::Annotations)
}
