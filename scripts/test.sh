#!/usr/bin/env bash
# README command 2: every test. Installs what is missing, then runs formatting and lint
# checks, the native tests of kubeplay-core (unit, transcripts, tutorials, determinism), the
# tutorial verifier, the wasm tests in headless Chrome, a release build of the static site
# (with its size report) and the end-to-end test of that build served from a sub-path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
step() { printf '\n=== %s\n' "$*"; }
start=$(date +%s)
# A one-off run gains nothing from incremental caches, which would double target/'s size.
export CARGO_INCREMENTAL=0
# The disk is shared; say plainly when it is too full to build, rather than fail mid-link.
free_kb=$(df -Pk "$root" | awk 'NR==2 {print $4}')
if (( free_kb < 6 * 1024 * 1024 )); then
  echo "warning: only $(( free_kb / 1024 )) MB free on the disk holding $root; a full run needs about 6 GB" >&2
fi

step "setup"
bash scripts/setup.sh
source scripts/env.sh

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p kubeplay-web -p kubeplay-wasm-tests --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "colour contrast of the page (WCAG AA)"
python3 scripts/contrast.py >/dev/null

step "native tests (kubeplay-core)"
cargo test -p kubeplay-core --quiet

step "tutorials: every step solved from a fresh cluster"
cargo run -q -p kubeplay-core --bin kubeplay -- tutorial verify

step "the release page's wasm unpacker (node)"
node web/loader/unlzma.test.mjs
node web/loader/unsplit.test.mjs

step "wasm tests in headless Chrome"
# The runner is chatty; keep its log and show it in full only when a test fails.
wasm_log=target/wasm-tests.log
if cargo test -p kubeplay-wasm-tests --target wasm32-unknown-unknown -- --nocapture >"$wasm_log" 2>&1; then
  # The cluster picture's redraw figures (debug build; the release figures: see README).
  grep -E "^(test result|figure:)" "$wasm_log"
else
  tail -n 200 "$wasm_log"
  exit 1
fi

step "release build of the static site"
rm -rf dist
(source scripts/release-env.sh && trunk build --release --offline --public-url ./ >/dev/null)
bash scripts/size-report.sh

step "end-to-end test of dist/ served from a sub-path"
node tests/e2e/run.mjs

step "performance figures (printed, not checked)"
node tests/e2e/measure.mjs | grep '^figure:'

printf '\nall checks passed in %ss\n' "$(( $(date +%s) - start ))"
