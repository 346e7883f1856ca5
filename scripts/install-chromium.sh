#!/usr/bin/env bash
# Installs what @mask/cli's tests drive from Debian's packages: Chromium for the playground browser test
# (playwright-core uses executablePath /usr/bin/chromium; no browser build is ever downloaded) and tmux for the
# progress-bar test in a real terminal. Idempotent and quiet: does nothing when both are present.
# Needs root (or passwordless sudo) to install.
set -euo pipefail

missing=()
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
  echo "install-chromium: need root to install ${missing[*]}" >&2
  exit 1
fi

echo "install-chromium: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Retry once after a fresh index: a stale or empty package list is the usual failure on a new machine.
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${SUDO[@]}" apt-get update -qq >/dev/null
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-chromium: done"
