//! `kubectl top pod` and `kubectl top node`. The simulated cluster is a kind cluster without
//! metrics-server, so after kubectl's own checks of the arguments the answer is the one a
//! real kind cluster gives: `error: Metrics API not available` (`pkg/cmd/top`).

use super::super::cli::Invocation;
use super::super::error::KubectlError;
use crate::selector;

pub(super) fn run(invocation: &Invocation) -> Result<i32, KubectlError> {
    let flags = &invocation.flags;
    let is_pod = invocation.path.get(1) == Some(&"pod");
    let (command, usage) = if is_pod {
        ("top pod", "pod [NAME | -l label]")
    } else {
        ("top node", "node [NAME | -l label]")
    };
    if invocation.args.len() > 1 {
        return Err(KubectlError::usage(command, usage));
    }
    let sort_by = flags.string("sort-by").unwrap_or("");
    if !sort_by.is_empty() && sort_by != "cpu" && sort_by != "memory" {
        return Err(KubectlError::message(
            "--sort-by accepts only cpu or memory",
        ));
    }
    let label_selector = flags.string("selector").unwrap_or("");
    let field_selector = if is_pod {
        flags.string("field-selector").unwrap_or("")
    } else {
        ""
    };
    if !invocation.args.is_empty() && (!label_selector.is_empty() || !field_selector.is_empty()) {
        return Err(KubectlError::message(if is_pod {
            "only one of NAME or selector can be provided"
        } else {
            "only one of NAME or --selector can be provided"
        }));
    }
    if !label_selector.is_empty() {
        selector::parse(label_selector)
            .map_err(|error| KubectlError::message(error.to_string()))?;
    }
    if !field_selector.is_empty() {
        selector::parse_field_selector(field_selector)
            .map_err(|error| KubectlError::message(error.to_string()))?;
    }
    Err(KubectlError::message("Metrics API not available"))
}
