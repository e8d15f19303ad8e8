#!/usr/bin/env bash
# The HTTP benchmark (a measurement, not a test): builds the server and the floor (bench/floor) in Release, installs
# the load generator (bench/http) and the peer (bench/peer), starts Azurite for the writes, and runs
# bench/http/run.mjs, which measures
#   start   start to first answer (3 starts, Memory storage)
#   a b c   the full Nam Định report, one indicator, a 63-province slice: server on Memory storage with the synthetic
#           set; (a)(b) against the floor, a minimal ASP.NET Core app that answers the same bytes, and the peer,
#           mercurius with graphql-jit on a worker per core, answering from the server's reports captured before
#   m       a different province, year and three indicator codes each request (16,384 distinct), server and peer
#   d       setIndicator on Azurite, then kill -9, restart and check every acknowledged change is there
#   e       subscription fan-out (bench/subscriptions/run.sh)
# and prints one summary, also written to .artifacts/bench/results.json. It exits 1 on a wrong answer, a lost
# acknowledged change or a failed step; slow figures fail nothing.
#
#   bash bench/run.sh
#   DURATION=3 SKIP_SUBSCRIPTIONS=1 bash bench/run.sh
#   CLASSES=a,b CONNECTIONS=64 bash bench/run.sh
#
# Knobs: DURATION (seconds recorded per measurement, 10), WARMUP (seconds not recorded before it, 10: .NET compiles
# hot code a second time, optimised, during the first seconds of load), CONNECTIONS (32), CLASSES (start,a,b,c,m,d,e),
# SKIP_SUBSCRIPTIONS=1, SUB_DURATION (10) and SUBSCRIBERS (1000) for (e), KEEP_LOGS=1 to keep the servers' logs.
# It stops by itself (every wait is bounded) and stops what it started on exit, Ctrl-C included.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export DURATION="${DURATION:-10}" WARMUP="${WARMUP:-10}" CONNECTIONS="${CONNECTIONS:-32}"
export CLASSES="${CLASSES:-start,a,b,c,m,d,e}" SKIP_SUBSCRIPTIONS="${SKIP_SUBSCRIPTIONS:-0}"
export SUB_DURATION="${SUB_DURATION:-10}" SUBSCRIBERS="${SUBSCRIBERS:-1000}"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 600 ]] || { echo "DURATION must be 1–600 seconds" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 120 ]] || { echo "WARMUP must be 0–120 seconds" >&2; exit 2; }
[[ "$CONNECTIONS" =~ ^[0-9]+$ && "$CONNECTIONS" -ge 1 && "$CONNECTIONS" -le 1000 ]] || { echo "CONNECTIONS must be 1–1000" >&2; exit 2; }
[[ "$CLASSES" =~ ^(start|a|b|c|m|d|e)(,(start|a|b|c|m|d|e))*$ ]] || { echo "CLASSES is a comma list of start,a,b,c,m,d,e" >&2; exit 2; }
[[ "$SUB_DURATION" =~ ^[0-9]+$ && "$SUBSCRIBERS" =~ ^[0-9]+$ ]] || { echo "SUB_DURATION and SUBSCRIBERS are numbers" >&2; exit 2; }
has_class() { [[ ",$CLASSES," == *",$1,"* ]]; }

work="$(mktemp -d)"
orchestrator_pid=""
cleanup() {
  # The orchestrator stops its servers on TERM; give it time, then stop whatever it listed and left running.
  if [[ -n "$orchestrator_pid" ]] && kill -0 "$orchestrator_pid" 2>/dev/null; then
    kill -TERM "$orchestrator_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$orchestrator_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [[ -f "$work/pids" ]]; then
    while read -r pid; do
      # Only a process still running one of ours (a pid is reused once its process is gone).
      if grep -qaE "NamDinh.Graph|bench/http/(run|load).mjs|bench/peer/server.mjs|subscriptions/run.sh" "/proc/$pid/cmdline" 2>/dev/null; then
        # The subscription benchmark and the peer lead a process group of their own, its server or workers included.
        if [[ "$(ps -o pgid= -p "$pid" | tr -d ' ')" == "$pid" ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
        kill -KILL "$pid" 2>/dev/null || true
      fi
    done < "$work/pids"
  fi
  if declare -F stop_local_storage >/dev/null; then stop_local_storage; fi
  if [[ "${KEEP_LOGS:-}" == 1 ]]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Another engineer may be building src/ at the same time: a locked file or a half-edited source fails a build for a while.
build() {
  local project=$1 attempt
  for attempt in 1 2 3 4 5; do
    if timeout 600 dotnet build "$root/$project" -c Release -nologo -v q > "$work/build.log" 2>&1; then return 0; fi
    echo "   build of $project failed (attempt $attempt); retrying in 20 s"
    grep -E "error" "$work/build.log" | sort -u | head -5 | sed 's/^/     /'
    sleep 20
  done
  tail -30 "$work/build.log" >&2
  return 1
}

began=$(date +%s)
echo "== build (Release): the server and the floor"
build src/NamDinh.Graph.Api/NamDinh.Graph.Api.csproj
build bench/floor/NamDinh.Graph.Bench.Floor.csproj
# The servers run from a copy: a build of src/ during the run must not change the files of a running server.
cp -r "$root/src/NamDinh.Graph.Api/bin/Release/net10.0" "$work/server"
echo "== load generator: npm ci in bench/http"
(cd "$here/http" && timeout 300 npm ci --no-audit --no-fund --loglevel=error)
if has_class a || has_class b || has_class m; then
  echo "== the peer: npm ci in bench/peer"
  (cd "$here/peer" && timeout 300 npm ci --no-audit --no-fund --loglevel=error)
fi

if has_class d; then
  echo "== Azurite (tables) for (d)"
  # shellcheck source=../scripts/local-storage.sh
  source "$root/scripts/local-storage.sh"
  azurite_port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
  start_local_storage "$work/azurite" "$azurite_port"
  trap cleanup EXIT # start_local_storage sets its own EXIT trap; ours stops Azurite too
fi

# In the background with `wait`, so that Ctrl-C reaches the trap at once rather than after the orchestrator ends.
subscription_budget=0
if has_class e && [[ "$SKIP_SUBSCRIPTIONS" != 1 ]]; then subscription_budget=$(( 2 * SUB_DURATION + 1200 )); fi
BENCH_ROOT="$root" BENCH_WORK="$work" BENCH_PIDS="$work/pids" BENCH_SERVER_DLL="$work/server/NamDinh.Graph.Api.dll" \
BENCH_AZURITE_PID="${LOCAL_STORAGE_PID:-}" \
  timeout $(( 3600 + 12 * (WARMUP + DURATION + 30) + subscription_budget )) node "$here/http/run.mjs" &
orchestrator_pid=$!
status=0
wait "$orchestrator_pid" || status=$?
orchestrator_pid=""
echo "== the whole run took $(( $(date +%s) - began )) s"
exit "$status"
