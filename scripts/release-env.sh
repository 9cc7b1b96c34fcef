#!/usr/bin/env bash
# Size settings for the release wasm (source it before `trunk build/serve --release`).
# std is rebuilt with the crate's own profile (opt-level "z", LTO) and std's size-optimised
# code paths, and panic locations are left out (the panic overlay shows the message only).
# These are unstable cargo/rustc flags: RUSTC_BOOTSTRAP lets the pinned stable toolchain
# (rust-toolchain.toml, with its rust-src component) accept them, for this build only.
# Measured on 2026-11-28: 743 KB → 705 KB gzip of the wasm (scripts/size-report.sh).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none"
