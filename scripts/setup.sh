#!/usr/bin/env bash
# Installs what the expo needs on a fresh machine: npm tools (Azurite, the SignalR browser client) and NuGet
# packages. Idempotent; safe to run before every start.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/@microsoft/signalr/dist/browser/signalr.min.js ]; then
  echo "Installing npm tools (azurite, @microsoft/signalr)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

mkdir -p Web/wwwroot/lib/signalr
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js Web/wwwroot/lib/signalr/signalr.min.js

echo "Restoring NuGet packages..."
dotnet restore Expo.sln --verbosity quiet
