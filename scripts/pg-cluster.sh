#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
#   scripts/pg-cluster.sh start DIR   # prints postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-cluster.sh stop DIR    # stops the cluster and removes DIR
#
# The cluster listens only on 127.0.0.1 (on a free port) and on a unix socket in DIR,
# trusts every local connection, and lives entirely inside DIR. The URL is also
# written to DIR/url. Both commands are idempotent: starting a running cluster
# prints its URL again; stopping a missing one does nothing.
#
# PostgreSQL refuses to run as root, so under root the server runs as the
# `postgres` system user (created by Debian's postgresql package) and DIR is
# owned by it. Set PLN_PG_FSYNC=off for faster, non-durable test runs.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
MARKER=.pln-pg-cluster

die() {
  echo "pg-cluster: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

# Runs a command as the cluster owner.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints a loopback TCP port that nothing listens on.
free_port() {
  local py
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1; then
      "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
        2>/dev/null && return 0
    fi
  done
  # Fallback: a random high port that refuses connections.
  local port i
  for i in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

is_running() {
  [[ -f "$1/data/PG_VERSION" ]] && as_owner "$PG_BIN/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

start() {
  local dir=$1
  [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL 15 binaries not found in $PG_BIN (apt-get install postgresql-15)"
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs the 'postgres' system user (apt-get install postgresql-15)"
  fi

  if [[ -e "$dir" && ! -f "$dir/$MARKER" ]] && [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
    die "$dir exists and is not a pg-cluster directory; refusing to use it"
  fi
  if is_running "$dir"; then
    # Already up: report its URL (the port is line 4 of postmaster.pid).
    local port
    port=$(sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null || true)
    [[ -n "$port" ]] || die "a server runs in $dir but its port is unknown; stop it first"
    echo "postgresql://postgres@127.0.0.1:$port/postgres" | tee "$dir/url"
    return 0
  fi

  mkdir -p "$dir"
  touch "$dir/$MARKER"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres: "$dir"
  fi
  chmod 700 "$dir"
  as_owner test -w "$dir" ||
    die "the postgres user cannot write to $dir (check the permissions of its parent folders)"

  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    rm -rf "$dir/data"
    as_owner "$PG_BIN/initdb" -D "$dir/data" --no-locale -E UTF8 --auth=trust -U postgres \
      --no-sync >"$dir/initdb.log" 2>&1 ||
      die "initdb failed; see $dir/initdb.log"
  fi

  local port attempt
  for attempt in 1 2 3; do
    port=$(free_port) || die "no free loopback port found"
    if as_owner "$PG_BIN/pg_ctl" start -w -t 30 -D "$dir/data" -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=${PLN_PG_FSYNC:-on} -c max_connections=200" \
      >/dev/null 2>&1; then
      local url="postgresql://postgres@127.0.0.1:$port/postgres"
      echo "$url" >"$dir/url"
      echo "$url"
      return 0
    fi
    # Most likely another process took the port between probe and start; try another.
    sleep 0.2
  done
  die "PostgreSQL did not start; see $dir/server.log"
}

stop() {
  local dir=$1
  if [[ ! -e "$dir" ]]; then
    return 0
  fi
  [[ -f "$dir/$MARKER" ]] || die "$dir is not a pg-cluster directory; refusing to remove it"
  if is_running "$dir"; then
    as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m fast -w -t 60 >/dev/null ||
      die "pg_ctl stop failed; see $dir/server.log"
  fi
  rm -rf "$dir"
}

[[ $# -eq 2 && -n "$2" ]] || usage
# Absolute, so that the socket directory and pg_ctl agree whatever the caller's cwd.
DIR=$(realpath -m -- "$2")
case "$1" in
  start) start "$DIR" ;;
  stop) stop "$DIR" ;;
  *) usage ;;
esac
