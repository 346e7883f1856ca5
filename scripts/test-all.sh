#!/usr/bin/env bash
# The whole test suite, as CI runs it, on a machine that has only Node and npm.
# Installs what it needs (pnpm, Debian's redis-server / memcached / chromium as root), then:
# lint+format check, build (attw + publint), type-check (packages and examples), tests (real servers,
# started and stopped by the tests themselves), size budget per adapter, changeset check.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "toolchain"
node --version
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install -g "pnpm@$PNPM_VERSION" --silent
fi
pnpm --version

step "system packages (redis-server, memcached, chromium)"
bash scripts/install-system-deps.sh

step "install"
# Native addons (better-sqlite3) build from source here: point node-gyp at the Node headers npm knows about,
# since their download site is not reachable.
if [ -z "${npm_config_nodedir:-}" ]; then
  nodedir="$(npm config get nodedir 2>/dev/null || true)"
  if [ -n "$nodedir" ] && [ -d "$nodedir/include/node" ]; then export npm_config_nodedir="$nodedir"; fi
fi
pnpm install --frozen-lockfile

step "check (biome lint + format)"
pnpm check

step "build (tsdown, attw, publint)"
pnpm build

step "type-check (packages and examples)"
pnpm type-check

step "test"
pnpm test

step "size budget"
node scripts/size-budget.mjs

step "changesets"
node scripts/check-changesets.mjs

printf '\n\033[1;32mAll checks passed.\033[0m\n'
