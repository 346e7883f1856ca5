#!/usr/bin/env bash
# Installs Debian's Chromium for the playground browser test (@mask/cli). playwright-core drives it through
# executablePath /usr/bin/chromium; no browser build is ever downloaded. Idempotent and quiet: does nothing
# when /usr/bin/chromium already exists. Needs root (or passwordless sudo) to install.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "install-chromium: need root to install chromium" >&2
  exit 1
fi

echo "install-chromium: installing chromium"
export DEBIAN_FRONTEND=noninteractive
# Retry once after a fresh index: a stale or empty package list is the usual failure on a new machine.
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1; then
  "${SUDO[@]}" apt-get update -qq >/dev/null
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
echo "install-chromium: done"
