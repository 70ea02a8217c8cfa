#!/usr/bin/env bash
# HTTP benchmark of pln, side by side with nginx serving the same bytes (the ceiling).
#
# In one run it:
#   1. seeds a fresh temporary data dir with `pln demo`, starts `pln serve` on a free loopback
#      port, gets a bearer token for the demo login, picks a real member and captures the exact
#      JSON bytes pln serves to that token for a profile read, a directory query, people you may
#      know and how you're connected (to the first suggestion);
#   2. starts nginx (no daemon, its own temporary prefix and config) on another free loopback
#      port, serving those same bytes from files at the same paths;
#   3. runs wrk against pln and nginx, interleaved (pln, nginx, pln, nginx, ...) so that the
#      machine's noise hits both, --runs times;
#   4. prints the medians (req/s, p99 latency), the pln/nginx ratios and whether the targets
#      hold (profile read: pln >= 40% of nginx req/s; people you may know >= 30%; both p99
#      <= 10 ms), as text and as Markdown;
#   5. stops both servers and removes its temporary files on exit, Ctrl+C included.
#
# Only loopback traffic. Every step is bounded by a timeout. Not a test: it asserts nothing
# about timing; it exits non-zero only when it cannot measure (missing tool, server error,
# non-2xx answers under load).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/http/run.sh [options]

Benchmarks pln's HTTP API (profile read, directory query, people you may know, how you're
connected) against nginx serving the same
bytes, interleaved in one run, and prints medians and pln/nginx ratios.

Options:
  --runs N            measured runs per endpoint and server (default 3)
  --duration D        wrk duration of each measured run: 10s, 30s, 1m ... (default 10s)
  --warmup D          unmeasured wrk run per endpoint and server before the first run (default 2s; 0 = none)
  --connections N     wrk connections (default 64)
  --threads N         wrk threads (default 2)
  --pln-threads N     pln serve --threads (default: pln's own default, flag not passed)
  --members N         demo network size (default 320)
  --pln PATH          pln binary (default: $PLN_BIN, else <repo>/build/pln)
  --markdown FILE     also write the summary (facts, Markdown table, targets) to FILE
  --perf FILE         after the measured runs, profile pln (perf record -e cpu-clock -g) during one
                      more wrk run per endpoint and write the top symbols to FILE (needs perf)
  --keep              keep the temporary directory (data, logs, wrk outputs) and print its path
  -h, --help          this help

Needs: wrk, nginx (Debian: nginx-light), curl. Install with: apt-get install -y wrk nginx-light curl
EOF
}

die() { echo "run.sh: error: $*" >&2; exit 1; }
note() { echo "==> $*" >&2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=3
duration=10s
warmup=2s
connections=64
wrk_threads=2
pln_threads=""
members=320
pln_bin="${PLN_BIN:-$repo/build/pln}"
markdown_out=""
perf_out=""
keep=0

need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value (see --help)"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) need_value "$@"; runs="$2"; shift 2 ;;
    --duration) need_value "$@"; duration="$2"; shift 2 ;;
    --warmup) need_value "$@"; warmup="$2"; shift 2 ;;
    --connections) need_value "$@"; connections="$2"; shift 2 ;;
    --threads) need_value "$@"; wrk_threads="$2"; shift 2 ;;
    --pln-threads) need_value "$@"; pln_threads="$2"; shift 2 ;;
    --members) need_value "$@"; members="$2"; shift 2 ;;
    --pln) need_value "$@"; pln_bin="$2"; shift 2 ;;
    --markdown) need_value "$@"; markdown_out="$2"; shift 2 ;;
    --perf) need_value "$@"; perf_out="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }
is_uint "$runs" && [ "$runs" -ge 1 ] || die "--runs must be a positive integer, got '$runs'"
is_uint "$connections" && [ "$connections" -ge 1 ] || die "--connections must be a positive integer"
is_uint "$wrk_threads" && [ "$wrk_threads" -ge 1 ] || die "--threads must be a positive integer"
[ "$connections" -ge "$wrk_threads" ] || die "--connections must be >= --threads (wrk needs one connection per thread)"
is_uint "$members" && [ "$members" -ge 2 ] || die "--members must be an integer >= 2"
[ -z "$pln_threads" ] || { is_uint "$pln_threads" && [ "$pln_threads" -ge 1 ]; } \
  || die "--pln-threads must be a positive integer"

# Duration in whole seconds (wrk accepts 10, 10s, 2m, 1h), for the timeouts.
to_seconds() {
  local d="$1"
  case "$d" in
    *[0-9]s) echo "${d%s}" ;;
    *[0-9]m) echo $(( ${d%m} * 60 )) ;;
    *[0-9]h) echo $(( ${d%h} * 3600 )) ;;
    *) echo "$d" ;;
  esac
}
duration_s="$(to_seconds "$duration")"
is_uint "$duration_s" && [ "$duration_s" -ge 1 ] || die "--duration must look like 10s, 1m or 10, got '$duration'"
warmup_s="$(to_seconds "$warmup")"
is_uint "$warmup_s" || die "--warmup must look like 2s or 0, got '$warmup'"

# ---- tools ----------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=("wrk (apt-get install -y wrk)")
nginx_bin="$(command -v nginx || true)"
[ -n "$nginx_bin" ] || { [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx; } \
  || missing+=("nginx (apt-get install -y nginx-light)")
command -v curl >/dev/null || missing+=("curl (apt-get install -y curl)")
command -v timeout >/dev/null || missing+=("timeout (coreutils)")
command -v setsid >/dev/null || missing+=("setsid (util-linux)")
[ -z "$perf_out" ] || command -v perf >/dev/null || missing+=("perf, for --perf (apt-get install -y linux-perf)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'run.sh: error: missing tool: %s\n' "${missing[@]}" >&2
  echo "run.sh: scripts/install-deps.sh installs wrk and nginx-light." >&2
  exit 1
fi
[ -x "$pln_bin" ] || die "pln binary not found at $pln_bin (build it: scripts/build.sh release, or pass --pln PATH)"
pln_bin="$(cd "$(dirname "$pln_bin")" && pwd)/$(basename "$pln_bin")"

# ---- temporary state and cleanup ------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/pln-bench-http.XXXXXX")"
pln_pid=""
nginx_pid=""
wrk_pid=""
perf_pid=""

stop_pid() {  # stop_pid PID SIGNAL: signal, wait up to 5 s, then SIGKILL
  local pid="$1" sig="$2" i
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$wrk_pid" TERM
  stop_pid "$perf_pid" INT
  stop_pid "$pln_pid" TERM
  stop_pid "$nginx_pid" QUIT   # graceful: the master stops its workers
  if [ "$keep" = 1 ]; then
    echo "run.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "run.sh: interrupted" >&2; exit 130' INT
trap 'echo "run.sh: terminated" >&2; exit 143' TERM

# A loopback port nobody listens on (a connect is refused). The server's own bind is the
# final check: a start that fails is reported with its log.
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    [ "$p" != "${1:-}" ] || continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# wait_http NAME PID URL LOG: until URL answers 200, the process dies, or 20 s pass.
wait_http() {
  local name="$1" pid="$2" url="$3" log="$4" i
  for i in $(seq 1 200); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: error: $name exited during start-up; last lines of $log:" >&2
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    if curl -fsS --max-time 1 -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "run.sh: error: $name did not answer $url within 20 s; last lines of $log:" >&2
  tail -n 20 "$log" >&2 || true
  exit 1
}

# Environment that would change pln's behaviour (config file, data dir, threads ...).
for v in $(compgen -e | grep '^PLN_' || true); do unset "$v"; done

# ---- 1. pln: seed, serve, token, captured bytes --------------------------------------------
data="$tmp/data"
mkdir -p "$data"
note "seeding a demo network of $members members in $data"
timeout -k 5 600 "$pln_bin" demo --data "$data" --members "$members" --log-level warn \
  >"$tmp/demo.out" 2>"$tmp/demo.err" </dev/null \
  || { cat "$tmp/demo.out" "$tmp/demo.err" >&2; die "pln demo failed"; }
login_line="$(grep -Eo 'Log in as [^ ]+ with password [^ ]+' "$tmp/demo.out" | tail -n 1 || true)"
demo_email="demo@pln.example"
demo_password="demo-password"
if [ -n "$login_line" ]; then
  demo_email="$(awk '{print $4}' <<<"$login_line")"
  demo_password="$(awk '{print $7}' <<<"$login_line")"
fi

pln_port="$(free_port)" || die "no free loopback port found"
pln_args=(serve --data "$data" --listen "127.0.0.1:$pln_port" --log-level warn)
[ -z "$pln_threads" ] || pln_args+=(--threads "$pln_threads")
note "starting pln ${pln_args[*]}"
# Own session (setsid): a Ctrl+C reaches this script, whose trap then stops the servers in order.
setsid "$pln_bin" "${pln_args[@]}" >"$tmp/pln.log" 2>&1 </dev/null &
pln_pid=$!
pln_base="http://127.0.0.1:$pln_port"
wait_http pln "$pln_pid" "$pln_base/healthz" "$tmp/pln.log"

# curl_json OUT URL [curl args...]: body to OUT, dies unless 2xx.
curl_json() {
  local out="$1" url="$2" code
  shift 2
  code="$(curl -sS --max-time 15 -o "$out" -w '%{http_code}' "$@" "$url")" \
    || die "request to $url failed"
  [[ "$code" == 2* ]] || { echo "run.sh: body: $(head -c 500 "$out")" >&2; die "$url answered HTTP $code"; }
}
# First value of a top-level-ish JSON key (the bodies are pln's own compact JSON).
# (awk 'NR == 1', not head: with pipefail, head closing the pipe early would fail the pipeline.)
json_string() { grep -o "\"$1\" *: *\"[^\"]*\"" "$2" | awk 'NR == 1' | sed -E 's/.*: *"([^"]*)"/\1/' || true; }
json_numbers() { grep -o "\"$1\" *: *[0-9][0-9]*" "$2" | sed -E 's/.*: *//' || true; }

printf '{"email":"%s","password":"%s","name":"bench-http"}' "$demo_email" "$demo_password" \
  >"$tmp/token-request.json"
curl_json "$tmp/token.json" "$pln_base/api/v1/auth/tokens" -X POST \
  -H 'Content-Type: application/json' --data-binary "@$tmp/token-request.json"
token="$(json_string token "$tmp/token.json")"
[ -n "$token" ] || die "no token in the answer of POST /api/v1/auth/tokens: $(head -c 300 "$tmp/token.json")"
auth="Authorization: Bearer $token"

curl_json "$tmp/me.json" "$pln_base/api/v1/me" -H "$auth"
me_id="$(json_numbers id "$tmp/me.json" | awk 'NR == 1' || true)"

# A member other than the demo login, from the directory.
curl_json "$tmp/first.json" "$pln_base/api/v1/members?limit=5" -H "$auth"
member_id=""
for id in $(grep -o '"id" *: *[0-9][0-9]*' "$tmp/first.json" | sed -E 's/.*: *//'); do
  # Only ids of items (MemberView.id); request_id etc. use other keys.
  if [ "$id" != "$me_id" ]; then member_id="$id"; break; fi
done
[ -n "$member_id" ] || member_id="$me_id"
[ -n "$member_id" ] || die "could not find a member id (GET /api/v1/members?limit=5 and /api/v1/me)"

# The measured endpoints: NAME -> path, query, label. Each one's bytes are captured from pln
# and served by nginx at the same path.
declare -A ep_path ep_query ep_label ep_bytes
ep_path[profile]="/api/v1/members/$member_id"; ep_query[profile]=""
ep_path[directory]="/api/v1/members"; ep_query[directory]="field=Data%20Science&limit=20"
ep_path[pymk]="/api/v1/recommendations/people"; ep_query[pymk]="limit=10"
endpoint_url() {  # endpoint_url BASE NAME
  echo "$1${ep_path[$2]}${ep_query[$2]:+?${ep_query[$2]}}"
}
curl_json "$tmp/profile.body" "$(endpoint_url "$pln_base" profile)" -H "$auth"
curl_json "$tmp/directory.body" "$(endpoint_url "$pln_base" directory)" -H "$auth"
if ! grep -q '"id"' "$tmp/directory.body"; then
  note "the directory query '${ep_query[directory]}' found nobody; using 'limit=20'"
  ep_query[directory]="limit=20"
  curl_json "$tmp/directory.body" "$(endpoint_url "$pln_base" directory)" -H "$auth"
fi
curl_json "$tmp/pymk.body" "$(endpoint_url "$pln_base" pymk)" -H "$auth"
# How you're connected: to the first suggested member (two hops away, through mutuals).
path_target="$(grep -o '"member" *: *{ *"id" *: *[0-9][0-9]*' "$tmp/pymk.body" | awk 'NR == 1' | sed -E 's/.*: *//' || true)"
[ -n "$path_target" ] || die "people you may know suggested nobody to the demo login: $(head -c 300 "$tmp/pymk.body")"
ep_path[paths]="/api/v1/members/$path_target/paths"; ep_query[paths]=""
curl_json "$tmp/paths.body" "$(endpoint_url "$pln_base" paths)" -H "$auth"
grep -q '"hops"' "$tmp/paths.body" || die "no path to member $path_target: $(head -c 300 "$tmp/paths.body")"
ep_label[profile]="profile read \`GET ${ep_path[profile]}\`"
ep_label[directory]="directory \`GET ${ep_path[directory]}?${ep_query[directory]}\`"
ep_label[pymk]="people you may know \`GET ${ep_path[pymk]}?${ep_query[pymk]}\` ($(grep -o '"reason"' "$tmp/pymk.body" | wc -l) suggestions)"
ep_label[paths]="how you're connected \`GET ${ep_path[paths]}\` ($(grep -o '"hops"' "$tmp/paths.body" | wc -l) paths)"
endpoints=(profile directory pymk paths)
for e in "${endpoints[@]}"; do
  ep_bytes[$e]="$(wc -c <"$tmp/$e.body")"
  note "$e: ${ep_label[$e]}, ${ep_bytes[$e]} bytes"
done

# ---- 2. nginx serving the same bytes at the same paths -------------------------------------
ngx="$tmp/nginx"
mkdir -p "$ngx/www/api/v1/members" "$ngx/tmp" "$ngx/logs"
cp "$tmp/profile.body" "$ngx/www/api/v1/members/$member_id"
for e in directory pymk paths; do cp "$tmp/$e.body" "$ngx/www/$e.json"; done
# Workers may run as an unprivileged user when started as root: let them read the files.
chmod 755 "$tmp" "$ngx" "$ngx/www" "$ngx/www/api" "$ngx/www/api/v1" "$ngx/www/api/v1/members"
chmod 644 "$ngx/www/api/v1/members/$member_id" "$ngx/www/"*.json

nginx_port="$(free_port "$pln_port")" || die "no free loopback port found"
temp_paths="client_body_temp_path $ngx/tmp/body;"
nginx_build="$("$nginx_bin" -V 2>&1 || true)"
for m in proxy fastcgi uwsgi scgi; do
  grep -q -- "--without-http_${m}_module" <<<"$nginx_build" || temp_paths+=" ${m}_temp_path $ngx/tmp/$m;"
done
cat >"$ngx/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes 2;
pid $ngx/nginx.pid;
error_log $ngx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { }
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 75s;
  keepalive_requests 10000000;
  server_tokens off;
  $temp_paths
  server {
    listen 127.0.0.1:$nginx_port;
    root $ngx/www;
    location = ${ep_path[directory]} { try_files /directory.json =404; }
    location = ${ep_path[pymk]} { try_files /pymk.json =404; }
    location = ${ep_path[paths]} { try_files /paths.json =404; }
    location / { try_files \$uri =404; }
  }
}
EOF
note "starting nginx on 127.0.0.1:$nginx_port"
setsid "$nginx_bin" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/logs/error.log" >"$ngx/logs/stdout.log" 2>&1 </dev/null &
nginx_pid=$!
nginx_base="http://127.0.0.1:$nginx_port"
wait_http nginx "$nginx_pid" "$(endpoint_url "$nginx_base" profile)" "$ngx/logs/error.log"

# Same bytes from both servers, to the same request.
for e in "${endpoints[@]}"; do
  curl_json "$tmp/$e.nginx" "$(endpoint_url "$nginx_base" "$e")" -H "$auth"
  cmp -s "$tmp/$e.body" "$tmp/$e.nginx" || die "nginx does not serve the captured $e bytes"
done

# ---- 3. wrk, interleaved ------------------------------------------------------------------
# latency_ms VALUE: wrk prints 812.00us, 1.23ms, 1.01s, 2.00m.
latency_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0 || n == "") { print "nan"; exit 1 }
    printf "%.3f\n", n * f }'
}

servers=(pln nginx)
url_of() {  # url_of SERVER ENDPOINT
  if [ "$1" = pln ]; then endpoint_url "$pln_base" "$2"; else endpoint_url "$nginx_base" "$2"; fi
}
results="$tmp/results.tsv"   # run endpoint server rps p99_ms p50_ms non2xx socket_errors
: >"$results"
failures=0

run_wrk() {  # run_wrk OUTFILE SECONDS URL
  local out="$1" secs="$2" url="$3"
  # In the background and waited for, so that a signal to this script runs its trap at once
  # (bash defers traps until a foreground child ends); the trap stops wrk too.
  timeout -k 5 $(( secs + 30 )) \
    wrk -t "$wrk_threads" -c "$connections" -d "${secs}s" --latency -H "$auth" "$url" >"$out" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid" || { cat "$out" >&2; die "wrk failed or timed out on $url"; }
  wrk_pid=""
  # A server that died under load would turn every later run into socket errors.
  kill -0 "$pln_pid" 2>/dev/null || { tail -n 20 "$tmp/pln.log" >&2; die "pln exited during the benchmark"; }
  kill -0 "$nginx_pid" 2>/dev/null || die "nginx exited during the benchmark"
}

load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
load_before="$(load1)"

if [ "$warmup_s" -gt 0 ]; then
  note "warm-up: ${warmup_s}s per endpoint and server"
  for e in "${endpoints[@]}"; do
    for s in "${servers[@]}"; do run_wrk "$tmp/wrk-warmup-$e-$s.txt" "$warmup_s" "$(url_of "$s" "$e")"; done
  done
fi

total=$(( runs * ${#endpoints[@]} * ${#servers[@]} ))
i=0
for r in $(seq 1 "$runs"); do
  for e in "${endpoints[@]}"; do
    for s in "${servers[@]}"; do
      i=$(( i + 1 ))
      out="$tmp/wrk-$r-$e-$s.txt"
      run_wrk "$out" "$duration_s" "$(url_of "$s" "$e")"
      rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
      p99_raw="$(awk '$1 == "99%" {print $2}' "$out")"
      p50_raw="$(awk '$1 == "50%" {print $2}' "$out")"
      [ -n "$rps" ] && [ -n "$p99_raw" ] || { cat "$out" >&2; die "could not parse wrk output ($out)"; }
      p99="$(latency_ms "$p99_raw")" || die "unknown latency unit in '$p99_raw'"
      p50="$(latency_ms "$p50_raw")" || die "unknown latency unit in '$p50_raw'"
      non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")"
      sockerr="$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$out")"
      non2xx="${non2xx:-0}"
      sockerr="${sockerr:-0}"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$e" "$s" "$rps" "$p99" "$p50" "$non2xx" "$sockerr" >>"$results"
      printf '[%2d/%d] run %d %-9s %-5s %10.0f req/s  p50 %8.3f ms  p99 %8.3f ms%s\n' \
        "$i" "$total" "$r" "$e" "$s" "$rps" "$p50" "$p99" \
        "$( { [ "$non2xx" = 0 ] && [ "$sockerr" = 0 ]; } || echo "  non-2xx $non2xx, socket errors $sockerr")" >&2
      if [ "$non2xx" != 0 ]; then failures=$(( failures + 1 )); fi
    done
  done
done
load_after="$(load1)"

# ---- 4. medians, ratios, targets -----------------------------------------------------------
median() {  # median ENDPOINT SERVER COLUMN(4=rps,5=p99,6=p50)
  awk -F'\t' -v e="$1" -v s="$2" -v c="$3" '$2 == e && $3 == s {print $c}' "$results" | sort -g |
    awk '{a[NR] = $1} END { if (NR == 0) { print "nan"; exit }
      if (NR % 2) printf "%.3f\n", a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
spread() {  # spread ENDPOINT SERVER COLUMN: min-max
  awk -F'\t' -v e="$1" -v s="$2" -v c="$3" '$2 == e && $3 == s {print $c}' "$results" | sort -g |
    awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.0f–%.0f\n", lo, hi}'
}
fmt0() { awk -v x="$1" 'BEGIN {printf "%.0f", x}'; }
fmt2() { awk -v x="$1" 'BEGIN {printf "%.2f", x}'; }

declare -A med_rps med_p99 med_p50 rng_rps
for e in "${endpoints[@]}"; do
  for s in "${servers[@]}"; do
    med_rps[$e,$s]="$(median "$e" "$s" 4)"
    med_p99[$e,$s]="$(median "$e" "$s" 5)"
    med_p50[$e,$s]="$(median "$e" "$s" 6)"
    rng_rps[$e,$s]="$(spread "$e" "$s" 4)"
  done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }

cpu_model="$(grep -m1 -E '^(model name|Model|cpu model)' /proc/cpuinfo 2>/dev/null | sed -E 's/^[^:]*: *//' || true)"
machine="nproc $(nproc), ${cpu_model:-unknown CPU}, Linux $(uname -r)"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
pln_built="$(date -u -r "$pln_bin" +'%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?')"
pln_threads_desc="${pln_threads:-default}"

label() { echo "${ep_label[$1]}"; }
bytes_of() { echo "${ep_bytes[$1]}"; }

md="$tmp/result.md"
{
  echo "| endpoint | body bytes | pln req/s (min–max) | nginx req/s (min–max) | pln/nginx req/s | pln p50 ms | nginx p50 ms | pln p99 ms | nginx p99 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for e in "${endpoints[@]}"; do
    printf '| %s | %s | %s (%s) | %s (%s) | **%s** | %s | %s | %s | %s |\n' \
      "$(label "$e")" "$(bytes_of "$e")" \
      "$(fmt0 "${med_rps[$e,pln]}")" "${rng_rps[$e,pln]}" \
      "$(fmt0 "${med_rps[$e,nginx]}")" "${rng_rps[$e,nginx]}" \
      "$(ratio "${med_rps[$e,pln]}" "${med_rps[$e,nginx]}")" \
      "$(fmt2 "${med_p50[$e,pln]}")" "$(fmt2 "${med_p50[$e,nginx]}")" \
      "$(fmt2 "${med_p99[$e,pln]}")" "$(fmt2 "${med_p99[$e,nginx]}")"
  done
} >"$md"

# Per-run ratios (each pln run against the nginx run right after it): how much noise there was.
per_run_ratios() {
  awk -F'\t' -v e="$1" '$2 == e { rps[$1 "," $3] = $4; if ($1 > n) n = $1 }
    END { for (r = 1; r <= n; r++) printf "%s%.2f", (r > 1 ? " " : ""), rps[r ",pln"] / rps[r ",nginx"]; print "" }' "$results"
}
median_of() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END { if (NR % 2) printf "%.2f", a[(NR + 1) / 2]; else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Targets: the profile read >= 40 % of nginx, people you may know >= 30 %; both p99 <= 10 ms.
declare -A target_ratio=([profile]=0.40 [pymk]=0.30)
target_lines() {
  local e r
  for e in profile pymk; do
    r="$(ratio "${med_rps[$e,pln]}" "${med_rps[$e,nginx]}")"
    echo "target: $e >= $(awk -v t="${target_ratio[$e]}" 'BEGIN {printf "%d", t * 100}')% of nginx req/s: ratio of medians $r — $(awk -v r="$r" -v t="${target_ratio[$e]}" 'BEGIN { print (r >= t) ? "met" : "NOT met" }')"
    echo "target: $e p99 <= 10 ms: $(fmt2 "${med_p99[$e,pln]}") ms — $(awk -v p="${med_p99[$e,pln]}" 'BEGIN { print (p <= 10) ? "met" : "NOT met" }')"
  done
  for e in directory paths; do
    echo "($e: ratio $(ratio "${med_rps[$e,pln]}" "${med_rps[$e,nginx]}"), p99 $(fmt2 "${med_p99[$e,pln]}") ms; not a target)"
  done
}

{
  echo
  echo "pln HTTP benchmark — $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo "machine: $machine; load average ${load_before} before, ${load_after} after"
  echo "pln: $pln_bin (built $pln_built; repo HEAD $commit), serve --threads $pln_threads_desc, SQLite, $members demo members"
  echo "baseline: $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), 2 workers, same bytes from files"
  echo "load: $(wrk --version 2>&1 | awk 'NR == 1 {print $1, $2}'), -t $wrk_threads -c $connections -d $duration --latency, $runs runs interleaved, warm-up $warmup"
  echo
  cat "$md"
  echo
  printf 'per-run pln/nginx req/s ratios:'
  for e in "${endpoints[@]}"; do
    printf ' %s %s (median %s);' "$e" "$(per_run_ratios "$e")" "$(median_of $(per_run_ratios "$e"))"
  done
  echo
  target_lines
} | tee "$tmp/summary.txt"

if [ -n "$markdown_out" ]; then cp "$tmp/summary.txt" "$markdown_out"; fi

# ---- optional: where pln spends its CPU, per endpoint ---------------------------------------
if [ -n "$perf_out" ]; then
  : >"$perf_out"
  for e in "${endpoints[@]}"; do
    note "profiling pln with perf during one more ${duration_s}s $e run"
    perf record -e cpu-clock -F 999 -g -p "$pln_pid" -o "$tmp/perf-$e.data" >"$tmp/perf-record-$e.log" 2>&1 &
    perf_pid=$!
    sleep 0.5
    run_wrk "$tmp/wrk-perf-$e.txt" "$duration_s" "$(url_of pln "$e")"
    kill -INT "$perf_pid" 2>/dev/null || true
    wait "$perf_pid" 2>/dev/null || true
    perf_pid=""
    {
      echo "######## $e: pln serving $(label "$e") under wrk -c $connections"
      echo "# $(awk '/^Requests\/sec:/ {print "under perf: " $2 " req/s"}' "$tmp/wrk-perf-$e.txt")"
      echo "# self time by symbol (perf report --no-children), top 50"
      timeout 300 perf report -i "$tmp/perf-$e.data" --no-children --stdio --sort dso,symbol -g none 2>/dev/null |
        grep -v '^#' | grep -v '^$' | awk 'NR <= 50' || true
      echo
      echo "# inclusive time (perf report --children: the function and what it calls), top 70"
      timeout 300 perf report -i "$tmp/perf-$e.data" --children --stdio --sort symbol -g none 2>/dev/null |
        grep -v '^#' | grep -v '^$' | awk 'NR <= 70' || true
      echo
      echo "# self time by shared object"
      timeout 300 perf report -i "$tmp/perf-$e.data" --no-children --stdio --sort dso -g none 2>/dev/null |
        grep -v '^#' | grep -v '^$' | awk 'NR <= 15' || true
      echo
    } | sed -E 's/ +- +- *$//' >>"$perf_out"
  done
  note "perf reports written to $perf_out"
fi

if [ "$failures" -gt 0 ]; then
  die "$failures wrk run(s) got non-2xx answers: the numbers above are not valid (see --keep and the wrk outputs)"
fi
