#!/usr/bin/env bash
# The soak: the mixed load (chat, visitors wandering between booths, readers of the expo) on 1 Silo and 2 Web nodes
# for the given minutes (30), loopback only. Prints memory and grain activations over time, their growth after the
# warm-up (the first half; EXPO_SOAK_WARMUP_SECONDS), the error lines logged, and checks that no acknowledged line
# was lost or doubled.
#
#   bench/soak.sh            30 minutes, 200 visitors
#   EXPO_SOAK_VISITORS=500 bench/soak.sh 60
set -euo pipefail
cd "$(dirname "$0")/.."
EXPO_SOAK_SECONDS=$(( ${1:-30} * 60 )) exec bench/faults.sh soak
