# Sourced by scripts/test.sh: the attacker's probes of issue 17 (tests/e2e/attacks/attacks.mjs) against the running
# server and against a second server of its own, started here on the same Azurite with the synthetic reports loaded
# (Seeding__SyntheticSeed: 63 provinces × 2019–2023, ~315 reports). Against the main server: poisoning refused and
# every slice read after it, the alias and batch amplification. Against the synthetic one, where answers are big:
# the amplification again, clients that stop reading (HTTP, WebSocket, event streams) with RSS and CPU measured,
# changes(first: 1) storage requests over 300+ reports, and the poisoning fuzz (thousands of valid-but-extreme
# changes by an editor, then every read path over every report). The fuzz runs there so that the main server's
# data, which the browser and clients suites read after this one, is never touched by it.
#
# attacks_e2e <GraphQL URL> <server PID> <summary.json>
#   Needs issue_token, E2E_SIGNING_KEY, LOCAL_STORAGE_CONNECTION_STRING and SUBSCRIPTIONS_E2E_SERVER_ENV (from
#   scripts/test.sh and tests/e2e/subscriptions.sh). The second server's ports: ATTACK_SYNTHETIC_PORT (5140),
#   ATTACK_SYNTHETIC_SILO_PORT (11241), ATTACK_SYNTHETIC_GATEWAY_PORT (30140); its log goes to
#   <summary.json's folder>/attacks-synthetic-server.log. ATTACK_SEED seeds the fuzz. Writes { suite, passed, failed }.

# Starts the synthetic server (its own table, the same Azurite and signing key, the main server's settings) and
# waits until it lists 300 reports or more; sets attacks_synthetic_pid. Seeding 315 reports into Azurite takes a while.
attacks_synthetic_pid=
attacks_start_synthetic_server() {
  local port=$1 log=$2 table
  table="Attacks$(date +%s)"
  (
    cd src/NamDinh.Graph.Api/bin/Release/net10.0 &&
    export "${SUBSCRIPTIONS_E2E_SERVER_ENV[@]}" &&
    Storage__Provider=AzureTable \
    Storage__ConnectionString="$LOCAL_STORAGE_CONNECTION_STRING" \
    Auth__SigningKey="$E2E_SIGNING_KEY" \
    Storage__TableName="$table" \
    Seeding__SyntheticSeed=2021 \
    Orleans__SiloPort=${ATTACK_SYNTHETIC_SILO_PORT:-11241} Orleans__GatewayPort=${ATTACK_SYNTHETIC_GATEWAY_PORT:-30140} \
    exec dotnet NamDinh.Graph.Api.dll --urls "http://127.0.0.1:$port"
  ) >>"$log" 2>&1 &
  attacks_synthetic_pid=$!
  wait_for_port "$port" "The synthetic server" 90 || return 1
  local count=0
  for _ in $(seq 1 240); do
    count=$(curl -s -m 10 "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
      -d '{"query":"{ reports(first: 400) { key } }"}' | grep -o '"key"' | wc -l)
    [ "$count" -ge 300 ] && return 0
    sleep 0.5
  done
  echo "The synthetic server listed $count reports after 2 minutes (300 or more expected)." >&2
  return 1
}

attacks_e2e() {
  local url=$1 pid=$2 summary=$3
  local port=${ATTACK_SYNTHETIC_PORT:-5140} log synthetic_url= status=0
  log="$(dirname "$summary")/attacks-synthetic-server.log"
  rm -f "$summary"
  # Without the second server the suite still runs against the main one, and counts the missing one as a failure.
  if attacks_start_synthetic_server "$port" "$log"; then
    synthetic_url="http://127.0.0.1:$port/graphql"
  else
    echo "The synthetic server did not come up; see $log." >&2
    tail -20 "$log" >&2
  fi
  ATTACK_EDITOR_TOKEN="$(issue_token --role editor --province nam-dinh --subject attacks)" \
  ATTACK_PARTNER_TOKEN="$(issue_token --role partner --subject attacks-partner)" \
  ATTACK_ADMIN_TOKEN="$(issue_token --role admin --subject attacks)" \
  ATTACK_FUZZ_TOKEN="$(issue_token --role editor --province nam-dinh --province ha-nam --subject attacks-fuzz)" \
  ATTACK_SYNTHETIC_URL="$synthetic_url" ATTACK_SYNTHETIC_PID="$attacks_synthetic_pid" \
    timeout 420 node tests/e2e/attacks/attacks.mjs "$url" "$pid" "$summary" || status=$?
  if [ -n "$attacks_synthetic_pid" ]; then
    kill "$attacks_synthetic_pid" 2>/dev/null
    wait "$attacks_synthetic_pid" 2>/dev/null
    attacks_synthetic_pid=
  fi
  # No counts (the run died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The attacker's probes ended without their counts (exit $status)." >&2
    echo '{"suite":"attacks","passed":0,"failed":1}' >"$summary"
  fi
}
