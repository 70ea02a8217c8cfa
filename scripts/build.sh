#!/usr/bin/env bash
# Builds the release binary build/pln and the web app web/dist.
#   scripts/build.sh            release build into build/
#   scripts/build.sh asan       Clang build with AddressSanitizer + UBSan and Clang's thread-safety
#                               analysis as errors, into build-asan/
#   scripts/build.sh tsan       ThreadSanitizer build of the graph engine tests into build-tsan/
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
targets=()
jobs="$(nproc)"
# ccache (if present) compares paths relative to the checkout, so clones and work trees share hits.
export CCACHE_BASEDIR="$PWD"
# Debug builds (-g) would otherwise hash the build directory too, and miss across checkouts.
export CCACHE_NOHASHDIR=true
case "$kind" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  # Clang, not GCC: only Clang checks the GUARDED_BY/REQUIRES annotations (base/thread_annotations.h).
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLN_SANITIZE=ON -DPLN_FAILPOINTS=ON
                               -DCMAKE_CXX_COMPILER=clang++) ;;
  # Only the engine's tests: they hold the concurrent readers/writers/merges.
  tsan) dir=build-tsan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLN_TSAN=ON)
        targets=(--target pln_graph_tests) ;;
  *) echo "usage: scripts/build.sh [release|asan|tsan]" >&2; exit 2 ;;
esac
# A build directory configured with another compiler (build-asan was GCC's before it was Clang's)
# cannot be switched in place: start it afresh.
if [ -f "$dir/CMakeCache.txt" ] && [ "$kind" = asan ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$dir/CMakeCache.txt"; then
  rm -rf "$dir"
fi
echo "==> cmake ($kind) in $dir"
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$jobs" "${targets[@]}"
if [ "$kind" = release ] && [ -f web/package.json ]; then
  echo "==> building the web app"
  (cd web && npm run --silent build)
fi
