#!/usr/bin/env bash
# Exports everything the expo keeps in its storage account into a new folder: every blob container (grain state,
# chat journal, agreement documents, media, the Web nodes' Data Protection keys) and every table (reminders) but
# the live membership table. See README "Backup and restore".
#
#   scripts/backup.sh backups/2026-12-05        the local expo of scripts/run.sh (Azurite on AZURITE_BLOB_PORT)
#   ConnectionStrings__ExpoStorage='...' scripts/backup.sh <folder>   any storage account
set -euo pipefail
[ $# -eq 1 ] || { echo "Usage: scripts/backup.sh <new folder>" >&2; exit 2; }
folder=$(realpath -m "$1")
cd "$(dirname "$0")/.."
source scripts/backup-tool.sh
if [ -z "${ConnectionStrings__ExpoStorage:-}" ]; then
  (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null || { echo "Nothing listens on port $blob: start the expo (scripts/run.sh) first." >&2; exit 1; }
  export ConnectionStrings__ExpoStorage="$local_storage"
fi
dotnet "$tool" export "$folder"
