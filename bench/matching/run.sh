#!/usr/bin/env bash
# Cohort-matching benchmark: pln's exact solver vs a greedy baseline (same process,
# interleaved) vs SciPy's linear_sum_assignment on the capacity-expanded matrix, and the
# wall time of `pln match` on the same CSV files.
#   bench/matching/run.sh [mentees=10000] [mentors=2000] [candidates=50] [runs=5] [seed=1]
# Needs build/pln (scripts/build.sh release) and Debian's python3-scipy for /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mkdir -p build-bench-matching
g++ -O2 -std=c++20 -Isrc bench/matching/matching_bench.cc src/matching/assignment.cc \
  -o build-bench-matching/matching_bench
build-bench-matching/matching_bench "$out" "${1:-10000}" "${2:-2000}" "${3:-50}" "${4:-5}" "${5:-1}"
if [ -x build/pln ]; then
  start=$(date +%s.%N)
  build/pln match --pairs "$out/pairs.csv" --capacity "$out/capacity.csv" | tail -n1
  end=$(date +%s.%N)
  echo "pln match (parse CSV + solve + print): $(echo "($end - $start) * 1000" | bc) ms wall"
fi
/usr/bin/python3 bench/matching/scipy_lsa.py "$out"
