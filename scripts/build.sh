#!/usr/bin/env bash
# Builds the release binary build/pln and the web app web/dist.
#   scripts/build.sh            release build into build/
#   scripts/build.sh asan       AddressSanitizer + UBSan build into build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
jobs="$(nproc)"
case "$kind" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLN_SANITIZE=ON) ;;
  *) echo "usage: scripts/build.sh [release|asan]" >&2; exit 2 ;;
esac
echo "==> cmake ($kind) in $dir"
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$jobs"
if [ "$kind" = release ] && [ -f web/package.json ]; then
  echo "==> building the web app"
  (cd web && npm run --silent build)
fi
