#!/usr/bin/env bash
# People you may know, side by side: pln vs NetworkX, igraph and the naive
# friends-of-friends SQL query on SQLite and PostgreSQL, on the same generated
# network and the same sampled members (see docs/performance.md).
#   bench/pymk/run.sh [members=100000] [avg_degree=20] [queries=200] [runs=3] [seed=1]
# Needs build/pln (scripts/build.sh release), /usr/bin/python3 with python3-networkx and
# python3-igraph (scripts/install-deps.sh), and PostgreSQL 15 for scripts/pg-cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
members="${1:-100000}"
degree="${2:-20}"
queries="${3:-200}"
runs="${4:-3}"
seed="${5:-1}"
pln="$PWD/build/pln"
[ -x "$pln" ] || { echo "run.sh: build/pln is missing (scripts/build.sh release)" >&2; exit 1; }
out="$(mktemp -d /tmp/pln-bench-pymk.XXXXXX)"
chmod 755 "$out"  # the PostgreSQL cluster runs as the postgres user
cleanup() {
  scripts/pg-cluster.sh stop "$out/pg" >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT

echo "==> network: $members members, average degree $degree, seed $seed"
"$pln" gen --members "$members" --avg-degree "$degree" --seed "$seed" --out "$out/files"
/usr/bin/python3 - "$members" "$queries" "$seed" >"$out/sample.txt" <<'PY'
import random, sys
members, queries, seed = map(int, sys.argv[1:])
rng = random.Random(seed)
print("\n".join(str(rng.randint(1, members)) for _ in range(queries)))
PY

echo "==> pln (engine in memory, 1 thread; median of $runs runs)"
for r in $(seq 1 "$runs"); do
  "$pln" bench pymk --members "$members" --avg-degree "$degree" --seed "$seed" \
    --members-file "$out/sample.txt" --threads 1 --answers "$out/pln.tsv" 2>/dev/null |
    grep 'people you may know'
done | tee "$out/pln.txt"
pln_p50=$(sed -E 's/.* p50 ([0-9.]+) ms.*/\1/' "$out/pln.txt" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
pln_mean=$(sed -E 's/.* mean ([0-9.]+) ms.*/\1/' "$out/pln.txt" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "pln       p50 $pln_p50 ms  mean $pln_mean ms"

echo "==> loading the same network into SQLite and PostgreSQL (pln gen)"
start=$(date +%s.%N)
"$pln" gen --members "$members" --avg-degree "$degree" --seed "$seed" --data "$out/sqlite" \
  --log-level warn
echo "sqlite load: $(echo "$(date +%s.%N) - $start" | bc) s"
url="$(PLN_PG_FSYNC=off scripts/pg-cluster.sh start "$out/pg")"
start=$(date +%s.%N)
"$pln" gen --members "$members" --avg-degree "$degree" --seed "$seed" --database "$url" \
  --log-level warn
echo "postgres load: $(echo "$(date +%s.%N) - $start" | bc) s"

echo "==> the usual ways (per-query times in ms; median of $runs runs)"
/usr/bin/python3 bench/pymk/compare.py --edges "$out/files/edges.tsv" --sample "$out/sample.txt" \
  --pln "$out/pln.tsv" --sqlite "$out/sqlite/pln.db" --pg-url "$url" --runs "$runs" \
  --max-queries "$queries" | tee "$out/others.txt"

echo "==> ratios (their median per-query time / pln's)"
awk -v p50="$pln_p50" -v mean="$pln_mean" \
  '{ printf "%-9s p50 %8.1fx   mean %8.1fx\n", $1, $3 / p50, $6 / mean }' "$out/others.txt"
