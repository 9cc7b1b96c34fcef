//! `kubectl explain`: field documentation from the embedded API schema.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::Io;
use crate::schema::{self, ExplainError};

pub(super) fn run(invocation: &Invocation, io: &mut Io) -> Result<i32, KubectlError> {
    let Some(path) = invocation.args.first() else {
        return Err(KubectlError::message(
            "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.",
        ));
    };
    if invocation.args.len() > 1 {
        return Err(KubectlError::message(
            "We accept only this format: explain RESOURCE",
        ));
    }
    match schema::explain(path, invocation.flags.bool("recursive")) {
        Ok(text) => {
            io.out(&text);
            Ok(0)
        }
        Err(error) => {
            if let ExplainError::FieldDoesNotExist { partial_output, .. } = &error {
                io.out(partial_output);
            }
            Err(KubectlError::Raw(error.to_string()))
        }
    }
}
