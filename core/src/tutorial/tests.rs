//! Unit tests of the tutorial loader and goals.
