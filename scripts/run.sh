#!/usr/bin/env bash
# Runs the expo on this machine: Azurite, one Silo and one Web node, the demo expo seeded.
# Ctrl+C stops everything it started. Data (chat history, sessions) stays in .state/ between runs.
#
#   SILOS=2 WEBS=2 scripts/run.sh   starts a small cluster (Web nodes on 5080, 5081, ...).
#   EXPO_WEB_PORT=5090 scripts/run.sh   moves the first Web node.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

silos=${SILOS:-1}
webs=${WEBS:-1}
web_port=${EXPO_WEB_PORT:-5080}
blob=${AZURITE_BLOB_PORT:-10000}; queue=$((blob + 1)); table=$((blob + 2))
state="$root/.state"
mkdir -p "$state/logs"

scripts/setup.sh
echo "Building..."
dotnet build Expo.sln -c Release --no-restore --verbosity quiet -nologo

pids=(); silo_pids=(); web_pids=()
any_alive() { for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
stop_all() { # pids...: ask them to stop together, give them 10 s to leave the cluster cleanly, then kill
  [ $# -gt 0 ] || return 0
  kill "$@" 2>/dev/null || true
  for _ in $(seq 1 40); do any_alive "$@" || break; sleep 0.25; done
  kill -9 "$@" 2>/dev/null || true
}
stop() {
  trap - INT TERM EXIT
  echo "Stopping the expo..."
  # Web nodes, then silos, then storage: each layer leaves while the one below is still up.
  stop_all "${web_pids[@]}"
  stop_all "${silo_pids[@]}"
  stop_all "${pids[@]}"
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
scripts/azurite.sh "$state/azurite" "$blob" "$queue" "$table" >"$state/logs/azurite.log" 2>&1 &
pids+=($!)
wait_for_port "$blob" Azurite "$state/logs/azurite.log"

storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
export ConnectionStrings__ExpoStorage="$storage"
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development

for ((i=0; i<silos; i++)); do
  (cd Silo && exec env Expo__Silo__SiloPort=$((11111 + i)) Expo__Silo__GatewayPort=$((30000 + i)) \
    dotnet bin/Release/net10.0/Silo.dll) >"$state/logs/silo-$i.log" 2>&1 &
  silo_pids+=($!)
  wait_for_port $((30000 + i)) "Silo $i" "$state/logs/silo-$i.log"
done

for ((i=0; i<webs; i++)); do
  (cd Web && exec env ASPNETCORE_URLS="http://localhost:$((web_port + i))" \
    dotnet bin/Release/net10.0/Web.dll) >"$state/logs/web-$i.log" 2>&1 &
  web_pids+=($!)
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
organiser_email=$(sed -n 's/.*"Email": "\(.*\)".*/\1/p' Web/appsettings.Development.json)
organiser_password=$(sed -n 's/.*"Password": "\(.*\)".*/\1/p' Web/appsettings.Development.json)
echo "Demo organiser: ${Expo__Organiser__Email:-$organiser_email} / ${Expo__Organiser__Password:-$organiser_password}  (sign in to invite booth owners)"
echo "Logs: $state/logs  (Ctrl+C stops the expo)"
wait -n "${pids[@]}" "${silo_pids[@]}" "${web_pids[@]}"
