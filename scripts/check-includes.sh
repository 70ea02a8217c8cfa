#!/usr/bin/env bash
# Fails when a file under src/ includes a header of a layer it must not depend on.
# CMake's target links do not stop this: a header-only include compiles as long as the include
# path (src/) is shared, so the check reads every `#include "layer/..."` line itself.
#
# The layers (ENGINEERING.md: domain <- app <- store/http <- cli), and what each may include
# besides its own headers and the standard library:
#
#   folder     may include
#   base       (nothing)
#   domain     base
#   graph      base
#   matching   base
#   app        domain, graph, matching, base
#   store      app, domain, base
#   http       app, domain, base
#   demo       app, domain, base (only cli links it)
#   cli        every layer
#
# Tests (*_test.cc) follow their folder's rule, except these, which compose layers on purpose:
#   src/app/network/network_service_test.cc   store: runs the network service over a real SQLite store
#   src/app/opportunities/for_you_test.cc     store: runs the For-you index over a real SQLite store
#   src/app/community/community_test.cc       store: runs groups, posts and the feed over a real SQLite store
#   src/app/saved_searches/alerts_test.cc     store: runs the alert matcher and sweep over a real SQLite store
#   src/app/opportunities/for_you_equivalence_test.cc  store: the same, indexed plan vs full pass
#   src/http/no_network_test.cc       store: runs a real server over a real SQLite store
#
# Usage: scripts/check-includes.sh [root]   (root defaults to the checkout holding this script)
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

declare -A allowed=(
  [base]=""
  [domain]="base"
  [graph]="base"
  [matching]="base"
  [app]="domain graph matching base"
  [store]="app domain base"
  [http]="app domain base"
  [demo]="app domain base"
  [cli]="*"
)
# Extra layers a single test file may include: "file=layer layer".
declare -A test_extra=(
  [src/app/network/network_service_test.cc]="store"
  [src/app/opportunities/for_you_test.cc]="store"
  [src/app/community/community_test.cc]="store"
  [src/app/saved_searches/alerts_test.cc]="store"
  [src/app/opportunities/for_you_equivalence_test.cc]="store"
  [src/http/no_network_test.cc]="store"
)

describe() { # layer -> "domain may include only base"
  local list="${allowed[$1]}"
  if [ -z "$list" ]; then
    echo "$1 may include only its own headers"
  else
    echo "$1 may include only ${list// /, }"
  fi
}

failures=0
report() {
  echo "$1" >&2
  failures=$((failures + 1))
}
while IFS= read -r -d '' file; do
  layer="${file#src/}"
  layer="${layer%%/*}"
  if [ -z "${allowed[$layer]+set}" ]; then
    report "$file: folder src/$layer/ has no row in scripts/check-includes.sh's layer table"
    continue
  fi
  # grep -n prints "line:text"; only quoted includes name project headers.
  while IFS=: read -r line text; do
    target="$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]*)".*/\1/' <<<"$text")"
    dep="${target%%/*}"
    if [ "$dep" = "$target" ]; then
      report "$file:$line includes $target: project headers are included by their path under src/ (layer/file.h)"
      continue
    fi
    [ "$dep" = "$layer" ] && continue
    [ "${allowed[$layer]}" = "*" ] && continue
    ok=0
    for a in ${allowed[$layer]} ${test_extra[$file]:-}; do
      [ "$a" = "$dep" ] && ok=1
    done
    [ "$ok" -eq 1 ] || report "$file:$line includes $target: $(describe "$layer")"
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
done < <(find src -type f \( -name '*.h' -o -name '*.cc' \) -print0 | sort -z)

if [ "$failures" -gt 0 ]; then
  echo "check-includes: $failures forbidden include(s); the layer table is in scripts/check-includes.sh" >&2
  exit 1
fi
echo "check-includes: every include in src/ respects the layer table"
