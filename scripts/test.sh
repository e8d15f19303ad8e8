#!/usr/bin/env bash
# Installs what the tests need and runs them all: the build with its analyzers and the format check, every .NET test project (the grain tests against a
# fresh Azurite), then the differential test (compiled plans against GraphQL.NET's executor, counted in operations), then the server itself against Azurite, audited by graphql-http as a client would,
# then the command-line tool against that server, across restarts (tests/e2e/cli-roundtrip.sh), then
# subscriptions over WebSocket and server-sent events against it (tests/e2e/subscriptions.sh), then the fuzz run
# (tests/e2e/fuzz.sh): thousands of hostile requests, no 5xx, no crash, no change to the data; then the attacker's
# probes (tests/e2e/attacks.sh: poisoning, amplification, clients that stop reading, changes(first: 1) over 315
# reports and a poisoning fuzz, the last three on a second server of theirs); then the web page at /
# in headless Chromium (tests/e2e/browser.sh): every figure shown checked against the API, a figure changed through a
# mutation seen to change on the page, screenshots in .artifacts/test-results/browser; then the clients front-end
# developers bring, at their defaults (tests/e2e/clients.sh): introspection, graphql-codegen and tsc, graphql-inspector,
# Apollo Client and urql keeping a figure current through a mutation and a subscription, persisted queries, content
# negotiation and HTTP caching on the wire, GraphiQL in headless Chromium; then the suites
# that start server processes of their own (tests/e2e/cluster.sh): a three-node cluster losing a node mid-load,
# storage stopped and started again, graceful shutdown, a node frozen with SIGSTOP.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/local-storage.sh

results="$PWD/.artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
work=$(mktemp -d)
server_pid=

stop_all() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -n "${attacks_synthetic_pid:-}" ] && kill "$attacks_synthetic_pid" 2>/dev/null && wait "$attacks_synthetic_pid" 2>/dev/null
  stop_local_storage
  rm -rf "$work"
}
trap stop_all EXIT

install_node_packages tests/e2e || exit 1
# The browser suite's Chromium (Debian's chromium, installed with apt-get when missing). When there is none, the
# suite counts a failure saying why: it never passes silently.
source tests/e2e/browser.sh
ensure_chromium && echo "Chromium: $BROWSER_E2E_CHROMIUM"
start_local_storage "$work/azurite" "${TEST_AZURITE_PORT:-10102}" || exit 1
trap stop_all EXIT
export NAMDINH_TEST_STORAGE_CONNECTION_STRING="$LOCAL_STORAGE_CONNECTION_STRING"

echo "== build"
dotnet build NamDinh.Graph.sln -c Release -nologo -clp:ErrorsOnly || exit 1

echo "== code style: dotnet format --verify-no-changes"
# The analyzers and the style rules of .editorconfig already fail the build; this adds whitespace and the order of usings.
if dotnet format NamDinh.Graph.sln --verify-no-changes --no-restore >"$results/format.log" 2>&1; then
  echo '{"suite":"code style (dotnet format)","passed":1,"failed":0}' >"$results/format.summary.json"
else
  tail -30 "$results/format.log"
  echo '{"suite":"code style (dotnet format)","passed":0,"failed":1}' >"$results/format.summary.json"
fi

echo "== .NET tests"
# All but the differential test, which runs next and counts operations rather than tests.
dotnet test NamDinh.Graph.sln -c Release --no-build -nologo --filter "FullyQualifiedName!~CompiledPlansAnswerAsTheExecutorDoes" \
  --logger trx --logger "console;verbosity=minimal" --results-directory "$results/dotnet"

echo "== the differential test: compiled plans against GraphQL.NET's own executor"
# Every query of the test suites, every registered operation and 10,000 generated queries, sent to a server with
# Execution:CompiledPlans on and to one with it off: the answers must be the same bytes. Each part writes its count
# (operations compared) to the totals as differential-*.summary.json; a run that wrote none counts as a failure.
DIFFERENTIAL_SUMMARY_DIR="$results" dotnet test tests/NamDinh.Graph.Api.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~CompiledPlansAnswerAsTheExecutorDoes" --logger "console;verbosity=detailed" >"$results/differential.log" 2>&1
differential_status=$?
grep -E "byte-identical|answers differ|Failed |Passed!|Failed!" "$results/differential.log" | grep -v "^info:"
if ! compgen -G "$results/differential-*.summary.json" >/dev/null; then
  tail -40 "$results/differential.log"
  echo '{"suite":"compiled plans vs GraphQL.NET executor","passed":0,"failed":1}' >"$results/differential.summary.json"
elif [ "$differential_status" -ne 0 ] && ! grep -q '"failed":[1-9]' "$results"/differential-*.summary.json; then
  tail -40 "$results/differential.log"
  echo '{"suite":"compiled plans vs GraphQL.NET executor (the run failed)","passed":0,"failed":1}' >"$results/differential.summary.json"
fi

port=${TEST_SERVER_PORT:-5100}
table="E2e$(date +%s)"
# A signing key for this run only; the clients' tokens come from the server's own token command.
E2E_SIGNING_KEY="e2e-only-signing-key-$(date +%s)-$RANDOM-$RANDOM-$RANDOM"
issue_token() { Auth__SigningKey="$E2E_SIGNING_KEY" dotnet src/NamDinh.Graph.Api/bin/Release/net10.0/NamDinh.Graph.Api.dll token "$@"; }
source tests/e2e/subscriptions.sh
source tests/e2e/fuzz.sh
source tests/e2e/clients.sh
source tests/e2e/attacks.sh

# Starts the built server on Azurite (table $table, so a restart finds what was stored) and waits for it.
# With the WebSocket settings the subscriptions suite needs (a token, short timeouts, small limits), then those of
# SERVER_EXTRA_ENV (NAME=value items; later ones win).
start_server() {
  (
    cd src/NamDinh.Graph.Api/bin/Release/net10.0 &&
    export "${SUBSCRIPTIONS_E2E_SERVER_ENV[@]}" ${SERVER_EXTRA_ENV[@]+"${SERVER_EXTRA_ENV[@]}"} &&
    Storage__Provider=AzureTable \
    Storage__ConnectionString="$LOCAL_STORAGE_CONNECTION_STRING" \
    Auth__SigningKey="$E2E_SIGNING_KEY" \
    Storage__TableName="$table" \
    Orleans__SiloPort=${TEST_SILO_PORT:-11211} Orleans__GatewayPort=${TEST_GATEWAY_PORT:-30100} \
    exec dotnet NamDinh.Graph.Api.dll --urls "http://127.0.0.1:$port"
  ) >>"$results/server.log" 2>&1 &
  server_pid=$!
  wait_for_port "$port" "The server" 90
}

# Kills the server with no chance to flush anything (as a crash would) and starts it again on the same table.
restart_server() {
  kill -KILL "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  server_pid=
  echo "== restart" >>"$results/server.log"
  start_server
}

echo "== the server, audited by graphql-http"
if start_server; then
  node tests/e2e/audit.mjs "http://127.0.0.1:$port/graphql" "$results/graphql-http-audit.summary.json"

  echo "== the command-line tool against the server, across restarts"
  source tests/e2e/cli-roundtrip.sh
  cli_roundtrip "http://127.0.0.1:$port/graphql" "$results/cli-e2e.summary.json" restart_server

  echo "== subscriptions (WebSocket, server-sent events) against the server"
  subscriptions_e2e "http://127.0.0.1:$port/graphql" "$results/subscriptions-e2e.summary.json"

  echo "== the fuzz run: thousands of malformed and hostile requests against the server"
  # Memory: within 64 MiB of the baseline after at most 60 s idle (the fuzz's default); the server trims what the
  # burst left once idle (IdleMemoryTrim). See the README.
  FUZZ_WS_TOKEN="$(issue_token --role partner --subject fuzz)" \
    fuzz_e2e "http://127.0.0.1:$port/graphql" "$results/fuzz.summary.json" "$server_pid"

  echo "== the attacker's probes: poisoning, amplification, clients that stop reading, changes, a poisoning fuzz"
  # With a second server of its own holding the synthetic reports (ports 5140, 11241, 30140), where the non-reading
  # clients, changes(first: 1) over 315 reports and the fuzz run, so this server's data stays as it is.
  attacks_e2e "http://127.0.0.1:$port/graphql" "$server_pid" "$results/attacks.summary.json"

  echo "== the web page in headless Chromium against the server"
  # The page subscribes without a token, as anyone may by default: the server, on the same table (so with the same
  # data), restarted without the subscriptions suite's partners-only setting.
  # The clients suite after it, on the same server, calls it from a page of another origin: that origin allowed.
  SERVER_EXTRA_ENV=("Auth__PartnersOnlySubscriptions=false" "${CLIENTS_E2E_SERVER_ENV[@]}")
  if restart_server; then
    browser_e2e "http://127.0.0.1:$port/graphql" "$results/browser-e2e.summary.json" "$results/browser"

    echo "== the clients front-end developers bring, at their defaults, against the server"
    # The same server: Hà Nam 2021 is there from the command-line suite; the suite changes Nam Định's figure and puts
    # it back. Its token is an editor's of both provinces (and a partner's, for subscriptions).
    CLIENTS_E2E_CORS_ORIGIN="$CLIENTS_E2E_ORIGIN" \
      clients_e2e "http://127.0.0.1:$port/graphql" "$results/clients-e2e.summary.json" "$results/clients"
  else
    echo '{"suite":"web page in headless Chromium","passed":0,"failed":1}' >"$results/browser-e2e.summary.json"
    echo '{"suite":"clients end-to-end","passed":0,"failed":1}' >"$results/clients-e2e.summary.json"
  fi
  SERVER_EXTRA_ENV=()
else
  echo '{"suite":"graphql-http audit","passed":0,"failed":1}' >"$results/server-start.summary.json"
  tail -50 "$results/server.log"
fi

# Suites with server processes of their own (their own ports; the outage suite its own Azurite), so they can kill
# them: a three-node cluster losing a node mid-load, storage stopped and started again, graceful shutdown, a node
# frozen (its sockets open, nothing answered) and, before that, starved (answering late).
source tests/e2e/cluster.sh
echo "== the cluster: three nodes, one killed mid-load"
cluster_e2e "$results/cluster-e2e.summary.json"
echo "== storage down and back"
storage_outage_e2e "$results/storage-outage-e2e.summary.json"
echo "== graceful shutdown"
shutdown_e2e "$results/shutdown-e2e.summary.json"
echo "== a node frozen (SIGSTOP)"
frozen_e2e "$results/frozen-e2e.summary.json"

echo "== totals"
node scripts/summarize-tests.mjs "$results"
