#!/usr/bin/env bash
# Installs what pln needs on Debian 12 and is missing: build tools and libraries, Clang (the
# sanitizer build and its thread-safety analysis), PostgreSQL, Chromium (browser tests), wrk, nginx
# and the Python baselines (SciPy, NetworkX, igraph) for benchmarks, npm packages.
# Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake pkg-config git clang-format curl ccache
  clang libclang-rt-14-dev
  libboost-dev libsqlite3-dev sqlite3 libpq-dev libsodium-dev nlohmann-json3-dev
  libcli11-dev libspdlog-dev libfmt-dev libtomlplusplus-dev libgtest-dev libgmock-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  postgresql postgresql-client
  nodejs npm chromium
  wrk nginx-light
  python3-scipy python3-networkx python3-igraph
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm may come from outside Debian (the machine's own install): accept those.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages, from the lockfiles (no network beyond the npm registry).
for dir in web tests/e2e tools/api; do
  if [ -f "$dir/package-lock.json" ]; then
    stamp="$dir/node_modules/.pln-lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
      echo "==> npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
      cp "$dir/package-lock.json" "$stamp"
    fi
  fi
done
