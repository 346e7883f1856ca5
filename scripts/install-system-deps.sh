#!/usr/bin/env bash
# Installs what the tests use from Debian's packages: redis-server + redis-tools (redis-cli) and memcached, which
# @mask/core's integration tests and the benchmarks start themselves; Chromium for the CLI playground's browser
# test (playwright-core with executablePath /usr/bin/chromium: no browser build is ever downloaded) and tmux for
# its progress-bar test in a real terminal. Idempotent and quiet: does nothing when all are present.
# Needs root (or passwordless sudo) to install; prints one line per action.
set -euo pipefail

# pnpm 12 runs its own bundled node-gyp, which ignores npm's `nodedir` and downloads Node's headers, and this
# machine reaches no download host: seed node-gyp's header cache from the headers Node ships in /usr/include/node
# so that `pnpm install` can build better-sqlite3 (the SQLite vault's driver) from source.
if command -v node >/dev/null 2>&1; then
  node_version="$(node -p process.versions.node)"
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  gyp_dir="${XDG_CACHE_HOME:-$HOME/.cache}/node-gyp/${node_version}"
  if [ ! -f "${gyp_dir}/installVersion" ] && [ -f "${node_prefix}/include/node/node.h" ]; then
    mkdir -p "${gyp_dir}/include"
    cp -r "${node_prefix}/include/node" "${gyp_dir}/include/"
    echo 11 >"${gyp_dir}/installVersion"
    echo "install-system-deps: node-gyp headers for Node ${node_version} taken from ${node_prefix}/include/node"
  fi
fi

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
command -v memcached >/dev/null 2>&1 || missing+=(memcached)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "install-system-deps: need root to install ${missing[*]}" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Retry once after a fresh index: a stale or empty package list is the usual failure on a new machine.
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${SUDO[@]}" apt-get update -qq >/dev/null
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's packages start system services; the tests start their own servers on free ports, so stop those
# (they would hold the default ports and memory). Ignore failures: containers usually have no init system.
for service in redis-server memcached; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$service" 2>/dev/null; then
    "${SUDO[@]}" systemctl stop "$service" >/dev/null 2>&1 || true
    "${SUDO[@]}" systemctl disable "$service" >/dev/null 2>&1 || true
  elif command -v service >/dev/null 2>&1; then
    "${SUDO[@]}" service "$service" stop >/dev/null 2>&1 || true
  fi
done
echo "install-system-deps: done"
