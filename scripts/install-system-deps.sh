#!/usr/bin/env bash
# Installs the system servers that @mask/core's integration tests and benchmarks start themselves:
# Debian's redis-server + redis-tools (redis-cli) and memcached. Idempotent and quiet: does nothing when they are
# already on PATH. Needs root (or passwordless sudo) to install; prints one line per action.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
command -v memcached >/dev/null 2>&1 || missing+=(memcached)

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
