#!/usr/bin/env bash
# The flood script: floods guest sessions, sign-in, a write endpoint and hub chat from a few attackers on loopback
# addresses of their own, while well-behaved visitors keep chatting, against its own expo (Azurite, Silo, Web from
# the Release build, every limit as shipped). Stops by itself; see bench/README.md.
#
#   bench/flood.sh                      40 s, 20 well-behaved visitors
#   bench/flood.sh --seconds 60 --visitors 50 --max-requests 50000
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ " $* " != *" --help "* ]]; then
  scripts/setup.sh
  echo "Building (Release)..."
  dotnet build Expo.sln -c Release --no-restore --verbosity quiet -nologo
fi
exec dotnet bench/Flood/bin/Release/net10.0/Flood.dll "$@"
