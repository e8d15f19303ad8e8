#!/usr/bin/env bash
# Runs one of the suites with server processes of their own (tests/e2e/cluster.sh; by default the cluster suite:
# three nodes, one killed mid-load) N times against one Azurite, to tell a rare failure from a steady one. Needs the
# solution built in Release (scripts/test.sh does it). Prints one line per run and its failures; each run's output
# and node logs stay in .artifacts/cluster-runs/<suite>-<run>/.
#   bash tests/e2e/repeat-cluster.sh [N=5] [cluster|frozen|shutdown|storage_outage]
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/local-storage.sh
runs=${1:-5}
suite=${2:-cluster}
case "$suite" in cluster | frozen | shutdown | storage_outage) ;; *) echo "No suite '$suite'." >&2; exit 2 ;; esac
install_node_packages tests/e2e >/dev/null || exit 1
work=$(mktemp -d)
start_local_storage "$work/azurite" "${TEST_AZURITE_PORT:-10150}" || exit 1
trap 'stop_local_storage; rm -rf "$work"' EXIT
E2E_SIGNING_KEY="e2e-only-signing-key-$(date +%s)-$RANDOM-$RANDOM-$RANDOM"
issue_token() { Auth__SigningKey="$E2E_SIGNING_KEY" dotnet src/NamDinh.Graph.Api/bin/Release/net10.0/NamDinh.Graph.Api.dll token "$@"; }
source tests/e2e/cluster.sh
failed=0
for run in $(seq 1 "$runs"); do
  out=".artifacts/cluster-runs/$suite-$run"
  rm -rf "$out" && mkdir -p "$out"
  "${suite}_e2e" "$out/summary.json" >"$out/output.txt" 2>&1
  echo "run $run: $(tail -1 "$out/output.txt" | sed 's/^ *//')"
  grep FAIL "$out/output.txt"
  grep -q '"failed":0' "$out/summary.json" || failed=$((failed + 1))
done
echo "$suite: $((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
