#!/usr/bin/env bash
# Installs (pinned) and starts Azurite for the tests unless one already listens on 10000.
# Data lives under .local/azurite (git-ignored). Prints nothing on success but the pid file path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="3.35.0"
prefix="$root/.local/azurite-$version"
if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  exit 0
fi
if [ ! -x "$prefix/node_modules/.bin/azurite" ]; then
  npm install --silent --no-audit --no-fund --prefix "$prefix" "azurite@$version" >/dev/null
fi
mkdir -p "$root/.local/azurite-data"
nohup "$prefix/node_modules/.bin/azurite" --silent --disableTelemetry --skipApiVersionCheck --loose \
  --location "$root/.local/azurite-data" >"$root/.local/azurite.log" 2>&1 &
echo $! >"$root/.local/azurite.pid"
for _ in $(seq 1 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then exit 0; fi
  sleep 0.5
done
echo "Azurite did not start; see .local/azurite.log" >&2
exit 1
