#!/usr/bin/env bash
# For scripts/backup.sh and scripts/restore.sh (sourced): builds the backup tool unless EXPO_BUILD=0, and names the
# local Azurite account of scripts/run.sh.
configuration=${EXPO_CONFIGURATION:-Release}
tool="scripts/Backup/bin/$configuration/net10.0/Backup.dll"
if [ "${EXPO_BUILD:-1}" != 0 ]; then
  scripts/setup.sh >/dev/null
  dotnet build scripts/Backup -c "$configuration" --no-restore --verbosity quiet -nologo >/dev/null
fi
blob=${AZURITE_BLOB_PORT:-10000}
local_storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((blob + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((blob + 2))/devstoreaccount1;"
