#!/usr/bin/env bash
# What an active report grain costs a node: a server on Memory storage started twice, once with the real reports only
# and once with the synthetic set as well (Seeding:SyntheticSeed=2021: 63 provinces x 2019-2023, 315 reports). Each
# time, once it is ready and idle: VmRSS from /proc and the live GC heap (dotnet-gcdump, which forces a full GC);
# then every report read whole through GraphQL (its grain active, its figures resolved) and both read again. The
# difference between the two servers, divided by the reports added, is the cost of one report held in memory (its
# grain's copy and, on Memory storage, the store's copy and its revision). A measurement, run by hand.
#   bash bench/scale/report-memory.sh          (build first: dotnet build NamDinh.Graph.sln -c Release)
# Ports: HTTP 5609, silo 11609, gateway 30609 (nothing else in the repository uses them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/src/NamDinh.Graph.Api/bin/Release/net10.0"
gcdump="$root/bench/subscriptions/.tools/dotnet-gcdump"
[[ -x $gcdump ]] || timeout 300 dotnet tool install dotnet-gcdump --tool-path "$root/bench/subscriptions/.tools" >/dev/null
out=$(mktemp -d)
key="scale-memory-$RANDOM-$RANDOM-$RANDOM-$RANDOM"
token=$(cd "$dir" && Auth__SigningKey=$key dotnet NamDinh.Graph.Api.dll token --role admin --subject scale-memory)
pid=
stop() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap stop EXIT

rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
heap() {
  rm -f "$out/heap.gcdump"
  "$gcdump" collect -p "$pid" -o "$out/heap.gcdump" >/dev/null 2>&1
  "$gcdump" report "$out/heap.gcdump" 2>/dev/null | awk '/GC Heap bytes/ { gsub(",", "", $1); printf "%.1f", $1 / 1048576; exit }'
}
touch_all() {
  curl -sf -o "$out/all.json" -w '%{size_download}' http://127.0.0.1:5609/graphql -H 'content-type: application/json' \
    -H "authorization: Bearer $token" \
    -d '{"query":"{ reports(first: 400) { id version indicators { code value unit { code } } tasks { id } } }"}'
}

measure() { # <label> [extra env...]
  local label=$1; shift
  (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production Storage__Provider=Memory Auth__SigningKey=$key \
    Orleans__SiloPort=11609 Orleans__GatewayPort=30609 "$@" dotnet NamDinh.Graph.Api.dll --urls http://127.0.0.1:5609) \
    >"$out/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 240); do
    curl -sf -H "authorization: Bearer $token" http://127.0.0.1:5609/health/ready 2>/dev/null | grep -q Healthy && break
    sleep 0.5
  done
  sleep 15 # the aggregates' refresh at start, then idle
  local reports; reports=$(curl -sf -H 'content-type: application/json' http://127.0.0.1:5609/graphql \
    -d '{"query":"{ reports(first: 400) { id } }"}' | grep -o '"id"' | wc -l)
  local r1 h1 bytes r2 h2
  r1=$(rss); h1=$(heap)
  bytes=$(touch_all); sleep 3
  r2=$(rss); h2=$(heap)
  echo "$label: $reports reports; ready+15 s: RSS $r1 MiB, live heap $h1 MiB; after reading all ($bytes bytes): RSS $r2 MiB, live heap $h2 MiB"
  stop
}

echo "report memory, $(date -u +%FT%TZ), $(git -C "$root" rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure real
measure synthetic Seeding__SyntheticSeed=2021
