#!/usr/bin/env bash
# Compares the learner's shell with this machine's bash on random scripts
# (scripts/shell-fragments.py): `bash scripts/compare-shell.sh FIRST_SEED LAST_SEED`.
# Prints each script whose output differs, then the count. Not part of the test suite: it
# depends on the host's bash (checked with 5.2).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cargo build -q --bin kubeplay
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
for seed in $(seq "${1:-1}" "${2:-100}"); do
  python3 scripts/shell-fragments.py "$seed" > "$work/script"
  # bash reading a script names the line of each error (`bash: line 3: …`); the learner's
  # shell is interactive and does not. Both are compared without it.
  real=$(cd "$work" && env -i HOME=/home/learner PATH=/usr/bin:/bin bash --norc < "$work/script" 2>&1 | sed -E 's/^bash: line [0-9]+: /bash: /')
  ours=$(./target/debug/kubeplay < "$work/script" 2>&1 | sed -E 's/^bash: line [0-9]+: /bash: /')
  if [ "$real" != "$ours" ]; then
    fails=$((fails + 1))
    echo "### seed $seed"
    diff <(echo "$real") <(echo "$ours") | head -8
    grep -n "" "$work/script"
  fi
done
echo "scripts that differ: $fails"
