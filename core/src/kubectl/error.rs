//! kubectl's error type and the exact text `checkErr` prints for each kind of failure.
//!
//! Verbs return `KubectlError`; `render` turns it into the stderr lines kubectl 1.37 prints
//! (`Error from server (NotFound): …`, `The Pod "x" is invalid: …`, `error: …`), so no other
//! layer formats user-facing errors.

use crate::api::ApiError;
use std::fmt;

/// A failed kubectl command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KubectlError {
    /// An error returned by the API server; `source` is `(verb, file)` when the object came
    /// from a file (`error when creating "x.yaml": …`).
    Api {
        error: ApiError,
        source: Option<(&'static str, String)>,
    },
    /// A client-side error printed as `error: <message>`.
    Message(String),
    /// A usage error: `error: <message>` and `See 'kubectl <command> -h' for help and examples`.
    Usage { message: String, command: String },
    /// Several errors, one per line (`MultipleErrors`).
    Many(Vec<KubectlError>),
    /// Text printed exactly as given (already complete lines, without the trailing newline).
    Raw(String),
    /// A printer that failed part way: what it wrote goes to standard output first, then
    /// `error: <message>` (the go-template printer's debugging dump).
    WithOutput { stdout: String, message: String },
    /// A Go runtime panic (exit code 2): what kubectl had written, then `panic: <message>`.
    Panic { stdout: String, message: String },
}

impl KubectlError {
    pub fn message(text: impl Into<String>) -> KubectlError {
        KubectlError::Message(text.into())
    }

    pub fn api(error: ApiError) -> KubectlError {
        KubectlError::Api {
            error,
            source: None,
        }
    }

    pub fn usage(command: &str, message: impl Into<String>) -> KubectlError {
        KubectlError::Usage {
            message: message.into(),
            command: command.to_string(),
        }
    }

    /// The complete stderr text (ending in a newline).
    pub fn render(&self) -> String {
        let mut text = match self {
            KubectlError::Many(errors) if errors.len() == 1 => {
                return errors.first().map(KubectlError::render).unwrap_or_default()
            }
            KubectlError::Many(errors) => {
                return errors
                    .iter()
                    .map(|error| error.line_in_aggregate() + "\n")
                    .collect()
            }
            other => other.standalone(),
        };
        // Go's `fatal` adds a newline only to a message without one.
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text
    }

    fn standalone(&self) -> String {
        match self {
            KubectlError::Api { error, source } => render_api_error(error, source.as_ref()),
            KubectlError::Message(message) => {
                if message.starts_with("error: ") {
                    message.clone()
                } else {
                    format!("error: {message}")
                }
            }
            KubectlError::Usage { message, command } => {
                format!("error: {message}\nSee 'kubectl {command} -h' for help and examples")
            }
            KubectlError::Many(_) => self.render().trim_end().to_string(),
            KubectlError::Raw(text) => text.clone(),
            KubectlError::WithOutput { message, .. } => format!("error: {message}"),
            KubectlError::Panic { message, .. } => format!("panic: {message}"),
        }
    }

    /// In an aggregate (`MultipleErrors`), client errors lose their `error: ` prefix and an
    /// Invalid error is a plain `StandardErrorMessage` (`Error from server (Invalid): error
    /// when creating "x.yaml": Pod "p" is invalid: …`), not the multi-line form.
    fn line_in_aggregate(&self) -> String {
        match self {
            KubectlError::Message(message) => message.trim_start_matches("error: ").to_string(),
            KubectlError::Api {
                error: error @ ApiError::Invalid { .. },
                source,
            } => {
                let message = go_error_text(error);
                match source {
                    Some((verb, file)) => format!(
                        "Error from server (Invalid): error when {verb} \"{file}\": {message}"
                    ),
                    None => format!("Error from server (Invalid): {message}"),
                }
            }
            other => other.standalone(),
        }
    }
}

/// Go's `err.Error()` of the API server's error (a `StatusError`'s message), for commands that
/// wrap it in their own words (`failed to create NodePort service: …`).
pub fn go_error_text(error: &ApiError) -> String {
    match error {
        ApiError::Invalid { kind, name, causes } => match causes.as_slice() {
            [cause] => format!("{kind} \"{name}\" is invalid: {cause}"),
            causes => format!("{kind} \"{name}\" is invalid: [{}]", causes.join(", ")),
        },
        other => other.to_string(),
    }
}

fn render_api_error(error: &ApiError, source: Option<&(&'static str, String)>) -> String {
    match error {
        ApiError::Invalid { kind, name, causes } => {
            if causes.len() == 1 {
                format!(
                    "The {kind} \"{name}\" is invalid: {}",
                    causes.first().map(String::as_str).unwrap_or("")
                )
            } else {
                let mut text = format!("The {kind} \"{name}\" is invalid: ");
                for cause in causes {
                    text.push_str("\n* ");
                    text.push_str(cause);
                }
                text
            }
        }
        // kubectl's `checkErr`: an Invalid status without kind, name or causes.
        ApiError::InvalidRequest { message } => format!("The request is invalid: {message}"),
        other => {
            let message = match source {
                Some((verb, file)) => format!("error when {verb} \"{file}\": {other}"),
                None => other.to_string(),
            };
            format!("Error from server ({}): {message}", other.reason())
        }
    }
}

impl fmt::Display for KubectlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim_end())
    }
}

impl From<ApiError> for KubectlError {
    fn from(error: ApiError) -> KubectlError {
        KubectlError::api(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Kind;

    #[test]
    fn renders_like_check_err() {
        for (error, want) in [
            (
                KubectlError::api(ApiError::not_found(Kind::Pod, "x")),
                "Error from server (NotFound): pods \"x\" not found\n",
            ),
            (
                KubectlError::Api {
                    error: ApiError::already_exists(Kind::Pod, "kubia-manual"),
                    source: Some(("creating", "kubia-manual.yaml".into())),
                },
                "Error from server (AlreadyExists): error when creating \"kubia-manual.yaml\": pods \"kubia-manual\" already exists\n",
            ),
            (KubectlError::message("boom"), "error: boom\n"),
            (KubectlError::message("error: boom"), "error: boom\n"),
            (
                KubectlError::usage("get", "Required resource not specified."),
                "error: Required resource not specified.\nSee 'kubectl get -h' for help and examples\n",
            ),
            (
                KubectlError::api(ApiError::Invalid {
                    kind: Kind::Pod,
                    name: "Kubia".into(),
                    causes: vec!["a: x".into(), "b: y".into()],
                }),
                "The Pod \"Kubia\" is invalid: \n* a: x\n* b: y\n",
            ),
            (
                KubectlError::Many(vec![
                    KubectlError::message("'env' already has a value (prod), and --overwrite is false"),
                    KubectlError::message("'app' already has a value (x), and --overwrite is false"),
                ]),
                "'env' already has a value (prod), and --overwrite is false\n'app' already has a value (x), and --overwrite is false\n",
            ),
            (
                KubectlError::Many(vec![
                    KubectlError::Api {
                        error: ApiError::Invalid {
                            kind: Kind::Pod,
                            name: "Pod-A".into(),
                            causes: vec!["a: x".into(), "b: y".into()],
                        },
                        source: Some(("creating", "multi.yaml".into())),
                    },
                    KubectlError::api(ApiError::Invalid {
                        kind: Kind::Pod,
                        name: "p".into(),
                        causes: vec!["c: z".into()],
                    }),
                ]),
                "Error from server (Invalid): error when creating \"multi.yaml\": Pod \"Pod-A\" is invalid: [a: x, b: y]\nError from server (Invalid): Pod \"p\" is invalid: c: z\n",
            ),
        ] {
            assert_eq!(error.render(), want);
        }
    }
}
