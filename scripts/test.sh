#!/usr/bin/env bash
# Runs every test: grain tests on an Orleans test cluster, Web tests against a real silo and Azurite,
# the end-to-end process test and the Chromium browser test. Installs what they need first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/setup-browser.sh
echo "Building..."
dotnet build Expo.sln --no-restore --verbosity quiet -nologo

log=$(mktemp)
status=0
# The console logger stays at "minimal" so that a failed test prints its message and stack trace.
dotnet test Expo.sln --no-build --verbosity quiet -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# One closing line for people and CI, summed over the test assemblies.
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"
