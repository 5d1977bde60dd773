#!/usr/bin/env bash
# Runs the expo on this machine: Azurite, one Silo and one Web node, the demo expo seeded.
# Every process it starts is supervised: one that dies is started again (1 s, then longer back-off), and the
# restart is logged here and in its log. Ctrl+C stops everything it started, by process id.
# Data (chat history, sessions) stays in .state/ between runs.
#
#   SILOS=2 WEBS=2 scripts/run.sh          starts a small cluster (Web nodes on 5080, 5081, ...).
#   EXPO_WEB_PORT=5090 scripts/run.sh      moves the first Web node (AZURITE_BLOB_PORT, EXPO_SILO_PORT and
#                                          EXPO_GATEWAY_PORT move storage and the first Silo's ports).
#   EXPO_ENV=Production scripts/run.sh     Production settings: no demo organiser (the first organiser signs up
#                                          with the one-time setup code printed below), production membership.
#   EXPO_STATE=.state/other EXPO_BUILD=0 scripts/run.sh   another data folder; no setup and build (use the last build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

silos=${SILOS:-1}
webs=${WEBS:-1}
web_port=${EXPO_WEB_PORT:-5080}
silo_port=${EXPO_SILO_PORT:-11111}
gateway_port=${EXPO_GATEWAY_PORT:-30000}
environment=${EXPO_ENV:-Development}
configuration=${EXPO_CONFIGURATION:-Release}
blob=${AZURITE_BLOB_PORT:-10000}; queue=$((blob + 1)); table=$((blob + 2))
state=${EXPO_STATE:-"$root/.state"}
run="$state/run"
mkdir -p "$state/logs" "$run"
rm -f "$run"/*.pid "$run/stopping"
echo $$ >"$run/run.pid"

if [ "${EXPO_BUILD:-1}" != 0 ]; then
  scripts/setup.sh
  echo "Building..."
  dotnet build Expo.sln -c "$configuration" --no-restore --verbosity quiet -nologo
fi

# shellcheck source=scripts/supervise.sh
source scripts/supervise.sh

azurite=(); silo_supervisors=(); web_supervisors=()
stop() {
  trap - INT TERM EXIT
  touch "$run/stopping"
  echo "Stopping the expo..."
  # Web nodes, then silos, then storage: each layer leaves while the one below is still up.
  stop_supervised web- "${web_supervisors[@]}"
  stop_supervised silo- "${silo_supervisors[@]}"
  stop_supervised azurite "${azurite[@]}"
}
trap stop INT TERM EXIT

wait_for_port() { # port, what, log
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "$2 did not start; see $3" >&2; exit 1
}

if (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null; then
  echo "Port $blob is taken: stop the other Azurite or set AZURITE_BLOB_PORT." >&2; exit 1
fi
supervise azurite "$state/logs/azurite.log" scripts/azurite.sh "$state/azurite" "$blob" "$queue" "$table" &
azurite+=($!)
wait_for_port "$blob" Azurite "$state/logs/azurite.log"

storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
export ConnectionStrings__ExpoStorage="$storage"
export DOTNET_ENVIRONMENT="$environment" ASPNETCORE_ENVIRONMENT="$environment"
if [ "$environment" = Production ]; then
  source scripts/production.sh
fi

for ((i=0; i<silos; i++)); do
  supervise "silo-$i" "$state/logs/silo-$i.log" env -C Silo Expo__Silo__SiloPort=$((silo_port + i)) \
    Expo__Silo__GatewayPort=$((gateway_port + i)) dotnet "bin/$configuration/net10.0/Silo.dll" &
  silo_supervisors+=($!)
  wait_for_port $((gateway_port + i)) "Silo $i" "$state/logs/silo-$i.log"
done

for ((i=0; i<webs; i++)); do
  supervise "web-$i" "$state/logs/web-$i.log" env -C Web ASPNETCORE_URLS="http://localhost:$((web_port + i))" \
    dotnet "bin/$configuration/net10.0/Web.dll" &
  web_supervisors+=($!)
done

for ((i=0; i<webs; i++)); do
  url="http://localhost:$((web_port + i))/"
  for attempt in $(seq 1 240); do
    if curl -fs "${url}health/ready" >/dev/null 2>&1; then break; fi
    if [ "$attempt" = 240 ]; then echo "Web node $i did not become ready; see $state/logs/web-$i.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "Expo ready: $url"
done
if [ "$environment" = Production ]; then
  print_setup_code "$state/logs/web-0.log"
else
  organiser_email=$(sed -n 's/.*"Email": "\(.*\)".*/\1/p' Web/appsettings.Development.json)
  organiser_password=$(sed -n 's/.*"Password": "\(.*\)".*/\1/p' Web/appsettings.Development.json)
  echo "Demo organiser: ${Expo__Organiser__Email:-$organiser_email} / ${Expo__Organiser__Password:-$organiser_password}  (sign in to invite booth owners)"
fi
echo "Logs: $state/logs  Process ids: $run/*.pid  (a process that dies is started again; Ctrl+C stops the expo)"
# The supervisors run until stop() ends them; wait returns early only for a signal, which runs stop().
wait "${azurite[@]}" "${silo_supervisors[@]}" "${web_supervisors[@]}"
