#!/usr/bin/env bash
# The benchmark: the expo (Azurite + Silo + Web) against a plain SignalR baseline, same load, one
# after the other. Builds Release, then runs the coordinator; see bench/README.md for what it measures.
#
#   bench/run.sh                                  default sizes 1000/50 and 5000/100, lean clients
#   bench/run.sh --sizes 10000/200 --mode official
#   bench/run.sh --systems expo --sizes 50000/500 --webs 3 --silos 2
#   bench/run.sh --mix expo-day --visitors 15000  an expo day beside the baseline (see bench/README.md)
#   bench/run.sh --mix stage --visitors 5000 --silos 2 --webs 3
#   bench/run.sh --no-build ...                   skip setup and the Release build (already built)
#   bench/run.sh --help                           every option
set -euo pipefail
cd "$(dirname "$0")/.."

# Every process the benchmark starts inherits this: one socket is one open file.
ulimit -n "$(ulimit -Hn)"

args=()
build=1
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=0; else args+=("$arg"); fi
done
set -- "${args[@]}"

if [[ $build == 1 && " $* " != *" --help "* ]]; then
  scripts/setup.sh
  echo "Building (Release)..."
  dotnet build Expo.sln -c Release --no-restore --verbosity quiet -nologo
fi
exec dotnet bench/Bench/bin/Release/net10.0/Bench.dll "$@"
