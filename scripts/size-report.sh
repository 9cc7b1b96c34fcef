#!/usr/bin/env bash
# Prints the size of each file of dist/ and the total, raw and gzipped (what a server sends).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/dist"
total_raw=0; total_gz=0
printf '%-40s %10s %10s\n' file bytes gzip
for f in $(find . -type f | sort); do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#./}" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' TOTAL "$total_raw" "$total_gz"
