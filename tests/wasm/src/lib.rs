//! Helpers shared by the browser tests in `tests/` (mounting the app, typing, reading text).
