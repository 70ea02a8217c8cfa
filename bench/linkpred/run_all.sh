#!/bin/sh
# Runs `pln eval linkpred` on the three real networks of shared/data and writes
# one report per dataset to OUT (default a fresh temp dir). Attribute files are
# generated into OUT from the SNAP files; nothing is copied into the repository.
#
# Usage: bench/linkpred/run_all.sh [PLN_BINARY] [DATA_DIR] [OUT_DIR]
#   PLN_BINARY  default: build/pln
#   DATA_DIR    default: ../shared/data if present, else /work/shared/data
#   OUT_DIR     default: mktemp -d
# Environment: SEED (default 1), REPEAT (default 5), K (default 10,20,50), HOLDOUT (0.1),
#   FLAGS (more `pln eval linkpred` options, e.g. the candidate budgets of a top 20:
#   FLAGS="--scored-candidates 400 --profiled-candidates 280" K=10,20)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PLN=${1:-build/pln}
if [ -n "${2:-}" ]; then DATA=$2
elif [ -d ../shared/data ]; then DATA=../shared/data
else DATA=/work/shared/data; fi
OUT=${3:-$(mktemp -d)}
SEED=${SEED:-1}
REPEAT=${REPEAT:-5}
K=${K:-10,20,50}
HOLDOUT=${HOLDOUT:-0.1}
FLAGS=${FLAGS:-}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

mkdir -p "$OUT"
"$PY" "$HERE/fb_attributes.py" "$DATA" > "$OUT/facebook.attrs"
"$HERE/email_attributes.sh" "$DATA" > "$OUT/email.attrs"

run() {
  name=$1; shift
  echo "== $name: $PLN eval linkpred $* $FLAGS --holdout $HOLDOUT --seed $SEED --repeat $REPEAT --k $K" >&2
  # shellcheck disable=SC2086 # FLAGS is a list of options
  "$PLN" eval linkpred "$@" $FLAGS --holdout "$HOLDOUT" --seed "$SEED" --repeat "$REPEAT" --k "$K" \
    > "$OUT/$name.txt"
  sed -n '/^## median/,$p' "$OUT/$name.txt"
}

run ca-GrQc --edges "$DATA/snap-ca-GrQc/ca-GrQc.txt"
run email-Eu-core --edges "$DATA/snap-email-Eu-core/email-Eu-core.txt" --attributes "$OUT/email.attrs"
run ego-Facebook --edges "$DATA/snap-ego-Facebook/facebook_combined.txt" --attributes "$OUT/facebook.attrs"
echo "reports in $OUT" >&2
