#!/usr/bin/env bash
# Subscription delivery benchmark (not a test): builds the server in Release, starts it on loopback with
# in-memory storage, and runs bench.mjs from a separate Node process: a 1-subscriber baseline, then
# SUBSCRIBERS (1000) graphql-transport-ws subscribers, then LARGE (10000; 0 for none) subscribers, one
# mutation a second for DURATION (30) seconds each. Prints p50/p99/max delivery latency, mutation round trip,
# events delivered vs expected, the server's memory per subscriber (RSS from /proc; live GC heap from
# dotnet-gcdump when it can be installed), and whether issue 20's fan-out targets are met: p99 at SUBSCRIBERS
# at most twice the 1-subscriber p99, and at LARGE every event delivered with at most 10 KiB per subscriber.
#
#   bash bench/subscriptions/run.sh            # 30 s per run
#   DURATION=10 SUBSCRIBERS=500 LARGE=0 bash bench/subscriptions/run.sh
#
# It stops by itself: every wait is bounded, and the server it started is stopped on exit.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DURATION="${DURATION:-30}"
SUBSCRIBERS="${SUBSCRIBERS:-1000}"
LARGE="${LARGE:-10000}"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 600 ]] || { echo "DURATION must be 1–600 seconds" >&2; exit 2; }
[[ "$SUBSCRIBERS" =~ ^[0-9]+$ && "$SUBSCRIBERS" -ge 1 && "$SUBSCRIBERS" -le 10000 ]] || { echo "SUBSCRIBERS must be 1–10000" >&2; exit 2; }
[[ "$LARGE" =~ ^[0-9]+$ && "$LARGE" -le 10000 ]] || { echo "LARGE must be 0–10000" >&2; exit 2; }
most=$(( LARGE > SUBSCRIBERS ? LARGE : SUBSCRIBERS ))

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_LOGS:-}" == 1 ]]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A socket for each subscriber on each side (the client's and the server's processes each have the limit), plus
# each process's own files.
wanted=$(( most + 2048 ))
ulimit -n "$(( $(ulimit -Hn) < wanted ? $(ulimit -Hn) : wanted ))" 2>/dev/null || true
if [[ "$(ulimit -n)" -lt "$wanted" ]]; then
  echo "open files limited to $(ulimit -n) (hard limit $(ulimit -Hn)); $most subscribers need about $wanted" >&2; exit 2
fi

echo "== client: npm ws (bench/subscriptions/node_modules)"
(cd "$here" && timeout 300 npm ci --no-audit --no-fund --loglevel=error)

gcdump="$here/.tools/dotnet-gcdump"
if [[ ! -x "$gcdump" ]]; then
  echo "== dotnet-gcdump (for the live GC heap; optional)"
  timeout 300 dotnet tool install dotnet-gcdump --tool-path "$here/.tools" >/dev/null 2>&1 || echo "   not installed: the GC heap is not measured, RSS only"
fi
[[ -x "$gcdump" ]] || gcdump=""

echo "== build (Release)"
built=""
for attempt in 1 2 3; do
  # Another build of the solution may hold the files for a while: try again.
  if timeout 600 dotnet build "$root/src/NamDinh.Graph.Api/NamDinh.Graph.Api.csproj" -c Release -nologo -v q > "$work/build.log" 2>&1; then
    built=1; break
  fi
  echo "   build attempt $attempt failed; retrying in 15 s"; sleep 15
done
[[ -n "$built" ]] || { tail -30 "$work/build.log" >&2; exit 1; }
dll="$root/src/NamDinh.Graph.Api/bin/Release/net10.0/NamDinh.Graph.Api.dll"

read -r http_port silo_port gateway_port < <(node -e '
  const net = require("net");
  const take = () => new Promise((ok) => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => ok(s)); });
  Promise.all([take(), take(), take()]).then((servers) => {
    console.log(servers.map((s) => s.address().port).join(" "));
    servers.forEach((s) => s.close());
  });')

# A key for this run only; the benchmark changes reports and reads /status's counts (an admin's only) with an
# admin's token from the server's token command. The readiness loop below needs none: anyone reads {"status":"ok"}.
signing_key="bench-only-signing-key-$(date +%s)-$RANDOM-$RANDOM-$RANDOM"
admin_token=$(Auth__SigningKey="$signing_key" dotnet "$dll" token --role admin --subject subscriptions-bench)

# Every subscriber comes from 127.0.0.1, so the WebSockets-per-client-address limit (default 100) is raised to fit
# them, for this run only.
echo "== server: Release, Storage:Provider=Memory, http://127.0.0.1:$http_port (silo $silo_port, gateway $gateway_port)"
DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
Storage__Provider=Memory Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" \
WebSockets__MaxConnectionsPerClient=$(( most + 100 )) \
Auth__SigningKey="$signing_key" ASPNETCORE_URLS="http://127.0.0.1:$http_port" Logging__LogLevel__Default=Warning \
  dotnet "$dll" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
  curl -sf "http://127.0.0.1:$http_port/status" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$http_port/status" >/dev/null || { echo "the server did not answer within 60 s" >&2; exit 1; }

echo "== benchmark"
status=0
BENCH_URL="http://127.0.0.1:$http_port" BENCH_SERVER_PID="$server_pid" BENCH_DURATION="$DURATION" BENCH_TOKEN="$admin_token" \
BENCH_SUBSCRIBERS="$SUBSCRIBERS" BENCH_LARGE="$LARGE" BENCH_GCDUMP="$gcdump" BENCH_WORK="$work" \
  timeout $(( 3 * DURATION + 900 )) node "$here/bench.mjs" || status=$?
if grep -qiE "fail:|crit:" "$work/server.log"; then
  echo; echo "server errors logged (first 20 lines):"; grep -iE -A3 "fail:|crit:" "$work/server.log" | head -20
fi
exit "$status"
