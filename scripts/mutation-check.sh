#!/usr/bin/env bash
# Mutation check: does the suite catch real regressions? Copies the tracked tree to a temp
# directory, builds the release binary there (ccache makes it cheap), then applies one
# deliberate breakage at a time, rebuilds incrementally and runs only the test file that must
# catch it (SQLite). Each breakage is reported "caught" (the test failed) or "SURVIVED".
#   scripts/mutation-check.sh          all breakages
#   scripts/mutation-check.sh quick    the first two (the test command runs this form)
# Exit status 1 when any breakage survives or a breakage no longer applies to the code.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
mode="${1:-all}"

# name | file(s), space-separated | sed script (-E, applied to each file; each must change) |
# test file that must fail. Where a rule is enforced twice (engine and store), both go.
mutations=(
  "connections-only sections shown to every member (and in suggestion reasons)|src/domain/relationship.cc|s/case Visibility::kConnections: return !viewer\.anonymous\(\) \&\& rel\.connected;/case Visibility::kConnections: return !viewer.anonymous();/|recommendations.test.mjs"
  "a mentor accepts past capacity|src/app/mentorship/requests.cc src/app/mentorship/start.cc|s/if \(active >= offer->capacity\) \{/if (active > offer->capacity) {/|mentorship.test.mjs"
  "writes answered 2xx but never committed (SQLite)|src/store/sqlite/sqlite_connection.cc|s/Execute\(\"COMMIT\", \{\}\)/Execute(\"ROLLBACK\", {})/|connections.test.mjs"
  "blocked members come back through people you may know|src/graph/recommender.cc src/app/network/network_service.cc|s/Relation::kBlocking, Relation::kBlockedBy,$//;s/rel\.blocked_either_way\(\) .{2} rel\.pending_incoming/rel.pending_incoming/|recommendations.test.mjs"
  "no deadline-day feedback reminder in the invitation's first day|src/app/feedback/reminders.cc|s/if \(days > 0 \&\& now - d\.requested_at < kDayMs\) continue;/if (now - d.requested_at < kDayMs) continue;/|feedback_deadlines.test.mjs"
  "overdue check-in reminders reach the mentee only|src/app/notifications/notification_consumer.cc|s/for \(MemberId to : \{e\.mentor, e\.mentee\}\)/for (MemberId to : {e.mentee})/|mentorship.test.mjs"
)
[ "$mode" = quick ] && mutations=("${mutations[@]:0:2}")

work="$(mktemp -d /tmp/pln-mutation.XXXXXX)"
trap 'rm -rf "$work"' EXIT
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work"
export CCACHE_BASEDIR="$work"
build() { cmake --build "$work/build" -j"$(nproc)" --target pln >"$work/build.log" 2>&1; }
cmake -S "$work" -B "$work/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
if ! build; then
  tail -n 30 "$work/build.log"
  echo "mutation check: the unmodified copy does not build" >&2
  exit 1
fi

status=0
for m in "${mutations[@]}"; do
  IFS='|' read -r name files expr test <<<"$m"
  applied=true
  for file in $files; do
    cp "$work/$file" "$work/$file.orig"
    sed -i -E "$expr" "$work/$file"
    cmp -s "$work/$file" "$work/$file.orig" && applied=false
  done
  if [ "$applied" = false ]; then
    echo "STALE     $name: the edit no longer applies to $files; update scripts/mutation-check.sh"
    status=1
  elif ! build; then
    echo "STALE     $name: the mutated $files does not build; update scripts/mutation-check.sh"
    tail -n 20 "$work/build.log"
    status=1
  elif PLN_BIN="$work/build/pln" PLN_TEST_DB=sqlite node --test "$root/tests/integration/$test" >"$work/test.log" 2>&1; then
    echo "SURVIVED  $name: tests/integration/$test still passes"
    status=1
  else
    echo "caught    $name ($(grep -cE '^\s*not ok' "$work/test.log") failing in $test)"
  fi
  # Restore with a fresh mtime, so the next build drops this breakage instead of stacking it.
  for file in $files; do
    mv "$work/$file.orig" "$work/$file"
    touch "$work/$file"
  done
done
exit "$status"
