//! Tests for quantities.
use super::*;
