#!/usr/bin/env bash
# The second command: install what is missing, build, and run every test.
#   1. format check (clang-format)
#   2. unit tests and the store conformance suite under ASan+UBSan, against SQLite and PostgreSQL;
#      the graph engine's tests (concurrent readers, writers and merges) under ThreadSanitizer
#   3. integration tests: the real (sanitized) binary against SQLite, then PostgreSQL
#   4. browser tests: the release binary and web app driven by Debian's Chromium
# A throwaway PostgreSQL cluster is started on a free loopback port and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
scripts/install-deps.sh
scripts/check-format.sh

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
ctest --test-dir build-asan --output-on-failure -j2 2>&1 | tee "$logs/ctest.log" || status=1

echo "==> graph engine tests under ThreadSanitizer"
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
  ctest --test-dir build-tsan --output-on-failure -j2 -R '^(EngineTest|SnapshotTest)\.' 2>&1 | tee "$logs/tsan.log" || status=1

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

# One closing line for the whole run.
passed=0; failed=0
for log in "$logs/ctest.log" "$logs/tsan.log"; do
  read -r p f < <(awk '/tests passed, [0-9]+ tests failed out of/ {
    total=$NF; fail=$(NF-5); print total-fail, fail }' "$log" | tail -n1) || true
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
for log in "$logs"/it-*.log "$logs/e2e.log"; do
  p=$(awk '/^# pass / {print $3}' "$log" | tail -n1); f=$(awk '/^# fail / {print $3}' "$log" | tail -n1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$failed" -eq 0 ] || status=1
echo
echo "${passed} passed, ${failed} failed"
exit "$status"
