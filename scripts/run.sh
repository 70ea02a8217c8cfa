#!/usr/bin/env bash
# The first command: install what is missing, build, seed the demo network and
# start pln on embedded SQLite at http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
data="${PLN_DATA:-./pln-data}"
build/pln demo --data "$data"
echo
echo "pln is starting at http://localhost:8080 — press Ctrl+C to stop."
exec build/pln serve --data "$data" --listen "${PLN_LISTEN:-127.0.0.1:8080}"
