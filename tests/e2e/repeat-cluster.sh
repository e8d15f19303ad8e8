#!/usr/bin/env bash
# Runs one of the suites with server processes of their own (tests/e2e/cluster.sh; by default the cluster suite:
# three nodes, one killed mid-load) N times against one Azurite, to tell a rare failure from a steady one. Needs the
# solution built in Release (scripts/test.sh does it). Prints one line per run and its failures; each run's output
# and node logs stay in .artifacts/cluster-runs/<suite>-<run>/.
#   bash tests/e2e/repeat-cluster.sh [--hog] [N=5] [cluster|frozen|shutdown|storage_outage]
# --hog (or CLUSTER_HOG=1) runs a CPU hog beside the runs: one lowest-priority (nice 19) busy loop per core
# (CLUSTER_HOG_LOOPS to choose how many), as a machine busy with other work would; it prints what it started.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/local-storage.sh
hog=${CLUSTER_HOG:-0}
if [ "${1:-}" = "--hog" ]; then hog=1; shift; fi
runs=${1:-5}
suite=${2:-cluster}
case "$suite" in cluster | frozen | shutdown | storage_outage) ;; *) echo "No suite '$suite'." >&2; exit 2 ;; esac
install_node_packages tests/e2e >/dev/null || exit 1
work=$(mktemp -d)
start_local_storage "$work/azurite" "${TEST_AZURITE_PORT:-10150}" || exit 1
hogs=()
stop_hogs() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done; }
trap 'stop_hogs; stop_local_storage; rm -rf "$work"' EXIT
if [ "$hog" = 1 ]; then
  loops=${CLUSTER_HOG_LOOPS:-$(nproc)}
  for _ in $(seq 1 "$loops"); do
    nice -n 19 node -e 'for (;;) {}' &
    hogs+=($!)
  done
  echo "CPU hog: $loops × \`nice -n 19 node -e 'for (;;) {}'\` (pids ${hogs[*]}) on $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
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
echo "$suite: $((runs - failed)) of $runs runs passed$([ "$hog" = 1 ] && echo " beside the CPU hog"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$failed" -eq 0 ]
