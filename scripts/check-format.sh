#!/usr/bin/env bash
# Fails if any C++ file differs from .clang-format. `scripts/check-format.sh --fix` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'src/*.h' 'src/*.cc' 'bench/*.cc' 'bench/*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/pln-format.log; then
  echo "Format drift (run scripts/check-format.sh --fix):" >&2
  grep -E '^[^ ].*: (error|warning)' /tmp/pln-format.log | cut -d: -f1 | sort -u >&2
  exit 1
fi
echo "==> format OK"
