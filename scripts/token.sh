#!/usr/bin/env bash
# Prints a token for local use, signed with the development key (or with Auth__SigningKey when set), e.g.
#   scripts/token.sh --role editor --province nam-dinh
#   scripts/token.sh --role partner --subject my-dashboard --lifetime 24:00:00
# Send it as "Authorization: Bearer <token>", or as {"token": "<token>"} in a WebSocket's connection_init.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
dotnet build src/NamDinh.Graph.Api -c Release -nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet src/NamDinh.Graph.Api/bin/Release/net10.0/NamDinh.Graph.Api.dll token "$@"
