//! Errors of the simulated API server, shaped like apimachinery's `StatusError`s.
//!
//! The store returns these; only `kubectl` turns them into the text a learner sees
//! (`Error from server (NotFound): pods "x" not found`).

use super::kind::Kind;
use std::fmt;

/// A failed API request, with the data its kubectl rendering needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// 404: the object (or its namespace) does not exist.
    NotFound { resource: String, name: String },
    /// 409: an object with this name already exists.
    AlreadyExists { resource: String, name: String },
    /// 422: validation failed; `causes` are rendered `field: body` lines.
    Invalid {
        kind: Kind,
        name: String,
        causes: Vec<String>,
    },
    /// 409: the object changed since the `resourceVersion` the request named.
    Conflict {
        resource: String,
        name: String,
        /// Why (`None`: the object was modified since it was read).
        reason: Option<String>,
    },
    /// 422 without details (`NewGenericServerResponse`): a JSON patch that does not apply.
    InvalidRequest { message: String },
    /// 403: admission refused the request.
    Forbidden {
        resource: String,
        name: String,
        reason: String,
    },
    /// 400: the request itself is malformed (decoding errors, bad selectors).
    BadRequest { message: String },
    /// 405 and other method errors, with a complete message.
    MethodNotAllowed { message: String },
    /// 404 for a path the server does not serve (a kind without a `scale` subresource),
    /// with a complete message.
    NoSuchPath { message: String },
}

impl ApiError {
    pub fn not_found(kind: Kind, name: &str) -> ApiError {
        ApiError::NotFound {
            resource: kind.plural().to_string(),
            name: name.to_string(),
        }
    }

    pub fn already_exists(kind: Kind, name: &str) -> ApiError {
        ApiError::AlreadyExists {
            resource: kind.plural().to_string(),
            name: name.to_string(),
        }
    }

    /// The `Reason` kubectl prints in parentheses.
    pub fn reason(&self) -> &'static str {
        match self {
            ApiError::NotFound { .. } => "NotFound",
            ApiError::AlreadyExists { .. } => "AlreadyExists",
            ApiError::Conflict { .. } => "Conflict",
            ApiError::Invalid { .. } | ApiError::InvalidRequest { .. } => "Invalid",
            ApiError::Forbidden { .. } => "Forbidden",
            ApiError::BadRequest { .. } => "BadRequest",
            ApiError::MethodNotAllowed { .. } => "MethodNotAllowed",
            ApiError::NoSuchPath { .. } => "NotFound",
        }
    }
}

impl fmt::Display for ApiError {
    /// The server's `Status.message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound { resource, name } => write!(f, "{resource} \"{name}\" not found"),
            ApiError::AlreadyExists { resource, name } => {
                write!(f, "{resource} \"{name}\" already exists")
            }
            ApiError::Conflict {
                resource,
                name,
                reason,
            } => write!(
                f,
                "Operation cannot be fulfilled on {resource} \"{name}\": {}",
                reason.as_deref().unwrap_or(
                    "the object has been modified; please apply your changes to the latest version and try again"
                )
            ),
            ApiError::Invalid { kind, name, causes } => {
                write!(f, "{kind} \"{name}\" is invalid: ")?;
                if causes.len() == 1 {
                    f.write_str(causes.first().map(String::as_str).unwrap_or(""))
                } else {
                    write!(f, "[{}]", causes.join(", "))
                }
            }
            ApiError::Forbidden {
                resource,
                name,
                reason,
            } => write!(f, "{resource} \"{name}\" is forbidden: {reason}"),
            ApiError::BadRequest { message }
            | ApiError::InvalidRequest { message }
            | ApiError::MethodNotAllowed { message }
            | ApiError::NoSuchPath { message } => f.write_str(message),
        }
    }
}
