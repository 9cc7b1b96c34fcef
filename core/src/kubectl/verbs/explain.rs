//! `kubectl explain`: field documentation from the embedded API schema.

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use super::super::Io;
use crate::schema::{self, ExplainError, ExplainRequest};

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
    let recursive = invocation.flags.bool("recursive");
    let max_depth = invocation.flags.int("max-depth").unwrap_or(0);
    if max_depth > 0 && !recursive {
        return Err(KubectlError::message("--max-depth requires --recursive"));
    }
    if max_depth < 0 {
        return Err(KubectlError::message("--max-depth must be non-negative"));
    }
    let request = ExplainRequest {
        resource_path: path,
        recursive,
        max_depth: max_depth as usize,
        api_version: invocation.flags.given("api-version"),
        output: invocation.flags.string("output").unwrap_or("plaintext"),
    };
    match schema::explain(&request) {
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
