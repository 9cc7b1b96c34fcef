#!/usr/bin/env bash
# Installs, idempotently and offline-safe, every tool the build and the tests need:
# the wasm32 target, Trunk, wasm-bindgen-cli (the exact version in Cargo.lock), npm's binaryen
# (a wasm-opt that reads what wasm-bindgen emits) and Debian's Chromium + ChromeDriver.
# Only package registries are used (crates.io, npm, Debian, rustup targets); nothing is
# downloaded from GitHub. A second run installs nothing. Source it or run it; it prints the
# PATH additions to use (scripts/env.sh applies them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)"

say() { printf '[setup] %s\n' "$*" >&2; }

# The toolchain of rust-toolchain.toml, with its components (rust-src: the release wasm
# rebuilds std for size, see scripts/release-env.sh) and the wasm32 target.
if ! rustup toolchain list 2>/dev/null | grep -q "^$(awk -F'"' '/^channel/{print $2}' rust-toolchain.toml)-"; then
  say "installing the rust toolchain of rust-toolchain.toml"
  rustup toolchain install
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt rust-src; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding rust component $component"
    rustup component add "$component"
  fi
done

# The release wasm rebuilds std (scripts/release-env.sh) and Trunk builds offline, so std's
# own dependencies must be in cargo's cache: a fresh machine has only the workspace's.
say "fetching the crates the release build needs (std's own included)"
(source scripts/release-env.sh && cargo fetch --target wasm32-unknown-unknown --quiet)

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes cold)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes cold)"
  # Not --locked: its lock file pins a webpki-roots the registry no longer serves.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

mkdir -p .tools
if ! .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing binaryen $BINARYEN_VERSION from npm"
  (cd .tools && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" >/dev/null)
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -d .tools/node_modules/playwright-core ]; then
  say "installing playwright-core (driver only, uses Debian's chromium)"
  (cd .tools && npm install --no-audit --no-fund --silent playwright-core@1.65.1 >/dev/null)
fi
say "tools ready"
