#!/usr/bin/env bash
# Packs the text data embedded in kubeplay-core with LZMA (core/src/packed/*.lzma): the API
# schema (after scripts/gen-schema.py) and the tutorials (after editing tutorials/*.yaml).
# `cargo test -p kubeplay-core packed` checks that the packed files unpack to the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
lzma() { xz --format=lzma --lzma1=preset=9e,lc=3,lp=0,pb=0 --stdout; }
lzma < core/src/schema/v1.schema > core/src/packed/schema.lzma
# Tutorials: `name NUL text NUL` for each file, in version order.
for file in $(ls tutorials/*.yaml | sort -V); do
  printf '%s\0' "$(basename "$file")"
  cat "$file"
  printf '\0'
done | lzma > core/src/packed/tutorials.lzma
ls -l core/src/packed/*.lzma
