#!/usr/bin/env bash
# Runs NamDinh.Graph on http://localhost:5000 with durable local storage: Azurite keeps the data
# under .data/azurite (git-ignored), so a report changed today is still there tomorrow.
# Extra arguments go to the server, e.g. scripts/run.sh --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/local-storage.sh

start_local_storage "$PWD/.data/azurite" "${AZURITE_TABLE_PORT:-10002}"

# Development: the development signing key, so that scripts/token.sh's tokens are accepted.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Storage__Provider=AzureTable
export Storage__ConnectionString="$LOCAL_STORAGE_CONNECTION_STRING"
dotnet run --project src/NamDinh.Graph.Api -c Release -- --urls "${URLS:-http://localhost:5000}" "$@"
