#!/usr/bin/env bash
# The second command: install what is missing, build, and run every test.
#   1. format check (clang-format), the layers' include table (scripts/check-includes.sh), the API
#      contract (openapi.json valid, web types generated from it)
#   2. unit tests and the store conformance suite built by Clang under ASan+UBSan (and its
#      thread-safety analysis), against SQLite and PostgreSQL;
#      the graph engine's tests (concurrent readers, writers and merges) under ThreadSanitizer
#   3. integration tests: the real (sanitized) binary against SQLite, then PostgreSQL; every
#      response is checked against openapi.json
#   4. browser tests: the release binary and web app driven by Debian's Chromium
#   5. the mutation check's quick form: deliberate breakages that the tests must catch
# A throwaway PostgreSQL cluster is started on a free loopback port and removed at the end.
#
# A layer that runs fewer tests than it should fails the run (a renamed file or test suite, a
# PostgreSQL that refuses CREATE DATABASE): each layer's count of cases that actually ran, read from
# the runner's own output, must reach the minimum below. The minimums are the suite's counts when
# they were set; they only grow. Skipped cases are counted apart in the closing line, and with
# CI=true (as .ci/run sets) any skip in a PostgreSQL suite fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
min_unit=568          # unit + conformance cases under ASan (both engines)
min_conformance=72    # conformance cases per engine (Engines/StoreTest.*/sqlite, .../postgresql)
min_tsan=10           # graph engine and snapshot cases under TSan
min_it_sqlite=234     # integration cases against SQLite
min_it_postgres=237   # integration cases against PostgreSQL (the crash test runs for both engines)
min_e2e=26            # browser cases
scripts/install-deps.sh
scripts/check-format.sh
scripts/check-includes.sh
# The API contract (docs/adr/0004): openapi.json is valid OpenAPI 3.0 and the web app's generated
# types are what the generator makes of it. The integration tests check every response against it.
echo "==> API contract: openapi.json valid, web types in step, the response check's own tests"
{ node tools/api/check.mjs && node --test --test-reporter=dot tools/api/responses.test.mjs; } || {
  echo "==> FAIL: API contract (see above; after changing openapi.json run: cd web && npm run gen:api)"
  exit 1
}

scripts/build.sh release
scripts/build.sh asan
scripts/build.sh tsan

logs="$(mktemp -d)"
pgdir="$(mktemp -d -u /tmp/pln-pg.XXXXXX)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  scripts/pg-cluster.sh stop "$pgdir" >/dev/null 2>&1 || true
}
trap cleanup EXIT
PLN_TEST_PG_URL="$(scripts/pg-cluster.sh start "$pgdir")"
export PLN_TEST_PG_URL
echo "==> PostgreSQL at $PLN_TEST_PG_URL"

# Sanitizer reports fail the run; leaks too.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

status=0
echo "==> unit and conformance tests (ASan+UBSan)"
ctest --test-dir build-asan --no-tests=error --output-on-failure -j2 2>&1 | tee "$logs/ctest.log" || status=1

echo "==> graph engine tests under ThreadSanitizer"
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
  ctest --test-dir build-tsan --no-tests=error --output-on-failure -j2 -R '^(EngineTest|SnapshotTest)\.' 2>&1 | tee "$logs/tsan.log" || status=1

for db in sqlite postgres; do
  echo "==> integration tests against $db (ASan+UBSan binary)"
  PLN_BIN="$root/build-asan/pln" PLN_TEST_DB=$db \
    node --test --test-concurrency=2 tests/integration/ 2>&1 | tee "$logs/it-$db.log" || status=1
done

echo "==> browser tests (release binary, Chromium)"
e2e_data="$(mktemp -d)"
build/pln demo --data "$e2e_data" --members 320 >/dev/null
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
# The browser tests sign up and log in from one address far more often than people do.
build/pln serve --data "$e2e_data" --listen "127.0.0.1:$port" --signups-per-hour 0 --logins-per-minute 0 \
  >"$logs/e2e-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
PLN_E2E_URL="http://127.0.0.1:$port" node --test tests/e2e/ 2>&1 | tee "$logs/e2e.log" || status=1
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

# Deliberate breakages the suite must catch (cheap form, about 1 min on 2 cores with ccache;
# `scripts/mutation-check.sh` alone runs them all).
echo "==> mutation check (quick)"
scripts/mutation-check.sh quick 2>&1 | tee "$logs/mutation.log" || status=1

# Counts per layer, from the runners' own output. ctest prints one line per case ending in
# "Passed", "***Failed"/"***Exception"/"***Timeout" or "***Skipped"; node prints "# pass N" etc.
ctest_count() { # log, outcome regex, [name regex]
  grep -E "Test +#[0-9]+: ${3:-.}" "$1" | grep -cE "[ .]($2)([ :]|$)" || true
}
node_count() { # log, field (pass|fail|skipped)
  awk -v f="$2" '$1 == "#" && $2 == f {n = $3} END {print n + 0}' "$1"
}
passed=0; failed=0; skipped=0
short=()
require() { # layer, ran, minimum
  if [ "$2" -lt "$3" ]; then
    short+=("$1 ran $2 cases, fewer than the minimum $3")
  fi
}
for layer in ctest tsan; do
  log="$logs/$layer.log"
  p=$(ctest_count "$log" 'Passed'); f=$(ctest_count "$log" '\*+(Failed|Exception|Timeout|Not Run)')
  s=$(ctest_count "$log" '\*+Skipped')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  case "$layer" in
    ctest) require "unit+conformance (ASan)" $((p + f)) "$min_unit" ;;
    tsan) require "graph engine (TSan)" $((p + f)) "$min_tsan" ;;
  esac
done
for engine in sqlite postgresql; do
  ran=$(ctest_count "$logs/ctest.log" 'Passed|\*+Failed|\*+Exception' "Engines/StoreTest\\.[^ ]*/$engine ")
  require "conformance ($engine)" "$ran" "$min_conformance"
done
pg_skipped=$(ctest_count "$logs/ctest.log" '\*+Skipped' "[^ ]*/postgresql ")
for log in "$logs"/it-*.log "$logs/e2e.log"; do
  p=$(node_count "$log" pass); f=$(node_count "$log" fail); s=$(node_count "$log" skipped)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  case "$log" in
    # The SQLite run holds PostgreSQL cases too (export_roundtrip crosses engines).
    *it-sqlite.log) require "integration (SQLite)" $((p + f)) "$min_it_sqlite"
                    pg_skipped=$((pg_skipped + s)) ;;
    *it-postgres.log) require "integration (PostgreSQL)" $((p + f)) "$min_it_postgres"
                      pg_skipped=$((pg_skipped + s)) ;;
    *e2e.log) require "browser" $((p + f)) "$min_e2e" ;;
  esac
done
if [ "${CI:-}" = true ] && [ "$pg_skipped" -gt 0 ]; then
  short+=("$pg_skipped PostgreSQL or integration cases were skipped (CI=true: they must run)")
fi
[ "$failed" -eq 0 ] || status=1
if [ "${#short[@]}" -gt 0 ]; then
  status=1
  echo
  printf '==> FAIL: %s\n' "${short[@]}"
fi
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
