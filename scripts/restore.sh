#!/usr/bin/env bash
# Restores a folder written by scripts/backup.sh into an empty storage account; it refuses an account that already
# holds any of the backup's blobs or entities. Start the Silos and Web nodes afterwards, with the same Orleans
# ServiceId as the backed-up expo: sessions, accounts, booths, chat and agreements are as they were.
#
#   EXPO_STATE=/srv/expo-restored scripts/restore.sh <folder>   the local Azurite: started on that new data folder for
#                                                               the restore, then stopped; then run scripts/run.sh with
#                                                               the same EXPO_STATE
#   ConnectionStrings__ExpoStorage='...' scripts/restore.sh <folder>   any (empty) storage account
set -euo pipefail
[ $# -eq 1 ] || { echo "Usage: scripts/restore.sh <backup folder>" >&2; exit 2; }
folder=$(realpath -m "$1")
cd "$(dirname "$0")/.."
source scripts/backup-tool.sh
azurite=""
if [ -z "${ConnectionStrings__ExpoStorage:-}" ]; then
  if (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null; then
    echo "Azurite already runs on port $blob: stop the expo first, and restore into a new EXPO_STATE folder." >&2; exit 1
  fi
  state=${EXPO_STATE:-"$(pwd)/.state"}
  mkdir -p "$state/logs"
  scripts/azurite.sh "$state/azurite" "$blob" "$((blob + 1))" "$((blob + 2))" >"$state/logs/azurite-restore.log" 2>&1 &
  azurite=$!
  trap 'kill "$azurite" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do (exec 3<>"/dev/tcp/127.0.0.1/$((blob + 2))") 2>/dev/null && break; sleep 0.25; done
  export ConnectionStrings__ExpoStorage="$local_storage"
fi
dotnet "$tool" import "$folder"
