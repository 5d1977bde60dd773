#!/usr/bin/env bash
# Starts Azurite on loopback with a data folder; prints nothing but errors. Used by run.sh.
# Usage: scripts/azurite.sh <data-folder> <blob-port> <queue-port> <table-port>
set -euo pipefail
cd "$(dirname "$0")/.."
location="$1"; blob="$2"; queue="$3"; table="$4"
mkdir -p "$location"
exec node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$blob" \
  --queueHost 127.0.0.1 --queuePort "$queue" \
  --tableHost 127.0.0.1 --tablePort "$table" \
  --location "$location"
