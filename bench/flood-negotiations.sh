#!/usr/bin/env bash
# Floods one booth with negotiation requests and shows that the state each write carries stays bounded: the time of
# one inbox write and one request (negotiation + inboxes + signing wall) before and after the flood, the stored size
# of the booth owner's inbox and of the expo's signing wall, and the per-user quota of open requests at work.
# Loopback only: it starts its own Azurite, Silo and Web node on free ports with a fresh data folder, and stops them.
#
#   bench/flood-negotiations.sh                       2,000 requests (each withdrawn), 8 requesting users
#   bench/flood-negotiations.sh --requests 500 --users 4
#   bench/flood-negotiations.sh --no-build            use the Release build as it is
#   EXPO_FLOOD_SILO_ENV="Expo__Negotiations__InboxPageSize=5000 Expo__Negotiations__WallPageSize=5000" bench/flood-negotiations.sh
#                                                     the same flood with pages too large to seal: the state grows
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

requests=2000; users=8; build=1; configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) requests=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --configuration) configuration=$2; shift 2 ;;
    --help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
done
# Bounded, whatever is asked: the run stops by itself.
[ "$requests" -le 20000 ] && [ "$users" -le 64 ] || { echo "At most 20000 requests and 64 users." >&2; exit 1; }

if [ "$build" = 1 ]; then
  scripts/setup.sh
  echo "Building ($configuration)..."
  dotnet build Expo.sln -c "$configuration" --no-restore --verbosity quiet -nologo
fi

run="flood-$(date -u +%Y%m%dT%H%M%SZ)"
state="$root/.state/bench/$run"
mkdir -p "$state/logs"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
blob=$(free_port); queue=$(free_port); table=$(free_port); silo_port=$(free_port); gateway=$(free_port); web=$(free_port)

pids=()
stop() {
  trap - INT TERM EXIT
  for ((i=${#pids[@]}-1; i>=0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop INT TERM EXIT
wait_for_port() { # port, what, log
  for _ in $(seq 1 240); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "$2 did not start; see $3" >&2; exit 1
}

scripts/azurite.sh "$state/azurite" "$blob" "$queue" "$table" >"$state/logs/azurite.log" 2>&1 &
pids+=($!)
wait_for_port "$blob" Azurite "$state/logs/azurite.log"

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export ConnectionStrings__ExpoStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
export Orleans__ServiceId="$run" Orleans__ClusterId="$run" Logging__LogLevel__Default=Warning

# EXPO_FLOOD_SILO_ENV changes Silo settings for a comparison, e.g. "Expo__Negotiations__WallPageSize=5000".
# shellcheck disable=SC2086
(cd Silo && exec env Expo__Silo__SiloPort="$silo_port" Expo__Silo__GatewayPort="$gateway" ${EXPO_FLOOD_SILO_ENV:-} \
  dotnet "bin/$configuration/net10.0/Silo.dll") >"$state/logs/silo.log" 2>&1 &
pids+=($!)
wait_for_port "$gateway" Silo "$state/logs/silo.log"

# The flood comes from loopback, one address: per-address request limits, where the Web node has them, are raised
# for the run through EXPO_FLOOD_WEB_ENV (e.g. "Expo__RateLimits__PerAddress=1000000"), and the run says so.
# shellcheck disable=SC2086
(cd Web && exec env ASPNETCORE_URLS="http://127.0.0.1:$web" ${EXPO_FLOOD_WEB_ENV:-} \
  dotnet "bin/$configuration/net10.0/Web.dll") >"$state/logs/web.log" 2>&1 &
pids+=($!)
for attempt in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$web/health/ready" >/dev/null 2>&1; then break; fi
  if [ "$attempt" = 240 ]; then echo "The Web node did not become ready; see $state/logs/web.log" >&2; exit 1; fi
  sleep 0.5
done

echo "Flood run $run (logs in $state/logs): $requests requests from $users users; Web settings for the run: ${EXPO_FLOOD_WEB_ENV:-none}; Silo settings: ${EXPO_FLOOD_SILO_ENV:-defaults}."
node bench/Flood/negotiation-flood.mjs \
  --web "http://127.0.0.1:$web" --blob "http://127.0.0.1:$blob/devstoreaccount1" --key "$key" \
  --organiser-email "$(sed -n 's/.*"Email": "\(.*\)".*/\1/p' Web/appsettings.Development.json)" \
  --organiser-password "$(sed -n 's/.*"Password": "\(.*\)".*/\1/p' Web/appsettings.Development.json)" \
  --requests "$requests" --users "$users" | tee "$state/flood.txt"
