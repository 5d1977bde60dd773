#!/usr/bin/env bash
# Production settings for scripts/run.sh (sourced, not run). ASPNETCORE_ENVIRONMENT and DOTNET_ENVIRONMENT are
# already Production: appsettings.Development.json (its demo organiser, its very fast failure detection) does not
# apply, and the Silos read Silo/appsettings.Production.json (production membership timings, docs/scaling.md).

# Web nodes: the Silo list re-read every 10 s; a grain call that gets no answer in 10 s is answered `unavailable`.
export Expo__Gateway__GatewayListRefreshPeriod=${Expo__Gateway__GatewayListRefreshPeriod:-00:00:10}
export Expo__Messaging__ResponseTimeout=${Expo__Messaging__ResponseTimeout:-00:00:10}

# print_setup_code LOG: the first organiser signs up with a one-time setup code, either given in configuration
# (Expo__Organiser__SetupCode) or made up by the Web node and written to its log at start; show it prominently.
print_setup_code() {
  local line
  if [ -n "${Expo__Organiser__SetupCode:-}" ]; then
    line="Setup code (from Expo__Organiser__SetupCode): $Expo__Organiser__SetupCode"
  else
    line=$(grep -i 'setup code' "$1" 2>/dev/null | tail -n 1 | sed -n 's/.*"Message":"\([^"]*\)".*/\1/p' || true)
  fi
  if [ -n "$line" ]; then
    echo "================================================================================"
    echo "  First organiser: sign up with the one-time setup code."
    echo "  $line"
    echo "================================================================================"
  else
    echo "No setup code in the Web node's log (an organiser may exist already); Expo__Organiser__SetupCode gives one."
  fi
}
