#!/usr/bin/env bash
# Fault runs that print figures (loopback only, bounded; each starts its own Azurite, Silos and Web nodes on free
# ports and stops them by process id). The short versions of these run in the test suite (tests/Web.Tests/Faults,
# tests/Web.Tests/ScaleOut); these are the long ones, run one at a time:
#
#   bench/faults.sh web        2 Silos, 3 Web nodes, EXPO_FAULT_VISITORS (300) visitors chatting; one Web node killed
#   bench/faults.sh storage    storage (Azurite) frozen with SIGSTOP for EXPO_STORAGE_PAUSE seconds (30), then SIGCONT
#   bench/faults.sh run        scripts/run.sh: its Silo and Web node killed with SIGKILL and started again
#   bench/soak.sh [minutes]    the soak (30 minutes)
#
# Builds Release first; EXPO_BUILD=0 uses the last build of EXPO_CONFIGURATION (Release) as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  web) filter="FullyQualifiedName~Faults.WebNodeKillUnderLoadTests" ;;
  storage) filter="FullyQualifiedName~Faults.StoragePauseTests.StorageFrozenForHalfAMinute" ;;
  run) filter="FullyQualifiedName~Faults.RunCommandSupervisionTests" ;;
  soak) filter="FullyQualifiedName~Faults.SoakTests" ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
configuration=${EXPO_CONFIGURATION:-Release}
if [ "${EXPO_BUILD:-1}" != 0 ]; then
  scripts/setup.sh
  echo "Building ($configuration)..."
  dotnet build Expo.sln -c "$configuration" --no-restore --verbosity quiet -nologo
fi
ulimit -n "$(ulimit -Hn)"
# The long runs are explicit tests: the suite skips them; here they are asked for by name.
dotnet test tests/Web.Tests -c "$configuration" --no-build --filter "$filter" --logger "console;verbosity=detailed" \
  -- xUnit.Explicit=on 2>&1 | grep -v '^\[xUnit.net\|^\s*$'
