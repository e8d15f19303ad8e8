# Sourced by scripts/test.sh: the suites that need server processes of their own (tests/e2e/cluster/*.mjs), each
# starting the built server (src/NamDinh.Graph.Api/bin/Release/net10.0, `dotnet NamDinh.Graph.Api.dll`) on ports no
# other suite uses, and killing what it started when it ends:
#   cluster_e2e <summary.json>         three nodes in one cluster on the run's Azurite, load on all three, one killed
#                                      with SIGKILL mid-load: nothing acknowledged is lost, its grains come back on the
#                                      others, subscribers on the survivors keep receiving (HTTP 5201–5203, silo
#                                      11301–11303, gateway 30301–30303)
#   storage_outage_e2e <summary.json>  a server on an Azurite of its own (127.0.0.1:10112) stopped and started again:
#                                      STORAGE_UNAVAILABLE, readiness, reads go on, all recovers (HTTP 5204, silo 11304)
#   frozen_e2e <summary.json>          two nodes, one frozen with SIGSTOP (sockets open, no answers): writes through the
#                                      other go on, its subscriber misses nothing, the frozen one is declared dead
#                                      within 15 s and, woken, stops; before that, the same node starved (stopped
#                                      1.5 s of every 2 s for 30 s) is not declared dead (HTTP 5207–5208, silo
#                                      11307–11308)
#   shutdown_e2e <summary.json>        SIGTERM to one of two nodes with requests, a WebSocket and an event stream in
#                                      flight: all finish, the node leaves the cluster, exits 0 (HTTP 5205–5206, silo
#                                      11305–11306)
#   five_nodes_e2e <summary.json>      not run by scripts/test.sh: a simulation run by hand (see its own comment below)
# Each prints what it did and counted, and writes { "suite", "passed", "failed" } to <summary.json> for
# scripts/summarize-tests.mjs; the servers' output goes to files beside it (cluster-node1.log, …).
# Needs from scripts/test.sh: issue_token and E2E_SIGNING_KEY, LOCAL_STORAGE_CONNECTION_STRING (the run's Azurite),
# deploy/local-storage installed (start_local_storage does it), the solution built in Release.

cluster_e2e() { _cluster_e2e_run cluster.mjs "cluster end-to-end" "$1" 240; }
storage_outage_e2e() { _cluster_e2e_run storage-outage.mjs "storage outage end-to-end" "$1" 180; }
shutdown_e2e() { _cluster_e2e_run shutdown.mjs "shutdown end-to-end" "$1" 180; }
frozen_e2e() { _cluster_e2e_run frozen.mjs "frozen node end-to-end" "$1" 300; }

# _cluster_e2e_run <script> <suite name> <summary.json> <seconds at most>
_cluster_e2e_run() {
  local script=$1 suite=$2 summary=$3 seconds=$4 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  rm -f "$summary"
  mkdir -p "$(dirname "$summary")"
  if [ -z "${CLUSTER_E2E_TOKEN:-}" ]; then
    CLUSTER_E2E_TOKEN=$(issue_token --role admin --subject cluster-e2e) || CLUSTER_E2E_TOKEN=
  fi
  CLUSTER_E2E_SERVER_DIR="$root/src/NamDinh.Graph.Api/bin/Release/net10.0" \
  CLUSTER_E2E_SIGNING_KEY="$E2E_SIGNING_KEY" \
  CLUSTER_E2E_TOKEN="$CLUSTER_E2E_TOKEN" \
  CLUSTER_E2E_STORAGE="$LOCAL_STORAGE_CONNECTION_STRING" \
  CLUSTER_E2E_AZURITE="$root/deploy/local-storage/node_modules/.bin/azurite-table" \
  CLUSTER_E2E_LOGS="$(cd "$(dirname "$summary")" && pwd)" \
    timeout -k 10 "$seconds" node "$root/tests/e2e/cluster/$script" "$summary"
  # No counts (the run died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The $suite run ended without its counts." >&2
    echo "{\"suite\":\"$suite\",\"passed\":0,\"failed\":1}" >"$summary"
  fi
}

# five_nodes_e2e <summary.json>  A simulation run by hand, not by scripts/test.sh: five nodes in one cluster on an
# Azurite of its own (127.0.0.1:10252), writes and a subscriber on each, then one node killed (SIGKILL) and one
# frozen (SIGSTOP) at the same moment; prints writes acknowledged and lost, each report's time to take writes again,
# the time to declare each node dead and the events missed (HTTP 5600–5604, silo 11600–11604, gateway 30600–30604).
# Needs only the solution built in Release and npm ci in tests/e2e and deploy/local-storage; docs/scale.md has its
# figures. Run it as:   bash -c 'source tests/e2e/cluster.sh && five_nodes_e2e .artifacts/five-nodes/summary.json'
five_nodes_e2e() {
  local root key
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  key="five-nodes-signing-key-$(date +%s)-$RANDOM-$RANDOM-$RANDOM"
  E2E_SIGNING_KEY=${E2E_SIGNING_KEY:-$key}
  CLUSTER_E2E_TOKEN=${CLUSTER_E2E_TOKEN:-$(cd "$root/src/NamDinh.Graph.Api/bin/Release/net10.0" \
    && Auth__SigningKey="$E2E_SIGNING_KEY" dotnet NamDinh.Graph.Api.dll token --role admin --subject five-nodes)}
  # The suite starts its own Azurite and sets the connection string itself; support.mjs only needs it set.
  LOCAL_STORAGE_CONNECTION_STRING=${LOCAL_STORAGE_CONNECTION_STRING:-unused} \
  E2E_SIGNING_KEY="$E2E_SIGNING_KEY" CLUSTER_E2E_TOKEN="$CLUSTER_E2E_TOKEN" \
    _cluster_e2e_run five-nodes.mjs "five nodes end-to-end (simulation)" "$1" 600
}
