#!/usr/bin/env bash
# README command 1: build the playground and serve it at http://127.0.0.1:8080/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh
source scripts/release-env.sh
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
