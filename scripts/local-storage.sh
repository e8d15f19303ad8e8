# Sourced by run.sh and test.sh: installs and starts Azurite's table service, and stops it on exit.
# start_local_storage <data folder> <port> sets LOCAL_STORAGE_CONNECTION_STRING.

AZURITE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

install_node_packages() {
  local folder=$1
  if [ ! -d "$folder/node_modules" ] || [ "$folder/package-lock.json" -nt "$folder/node_modules" ]; then
    echo "Installing $folder from npm…"
    npm ci --prefix "$folder" --no-audit --no-fund --loglevel=error
  fi
}

wait_for_port() {
  local port=$1 what=$2 seconds=${3:-60}
  for _ in $(seq 1 $((seconds * 4))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "$what did not start listening on port $port within ${seconds}s." >&2
  return 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_local_storage() {
  local data=$1 port=$2 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  install_node_packages "$root/deploy/local-storage"
  if port_in_use "$port"; then
    echo "Port $port is taken: stop what listens there (another Azurite?) or choose another port." >&2
    return 1
  fi
  mkdir -p "$data"
  "$root/deploy/local-storage/node_modules/.bin/azurite-table" \
    --location "$data" --tableHost 127.0.0.1 --tablePort "$port" \
    --skipApiVersionCheck --loose --silent >"$data/azurite.log" 2>&1 &
  LOCAL_STORAGE_PID=$!
  trap stop_local_storage EXIT
  wait_for_port "$port" "Azurite" 60
  LOCAL_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_ACCOUNT_KEY;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
  export LOCAL_STORAGE_CONNECTION_STRING
  echo "Azurite (tables) on 127.0.0.1:$port, data in $data"
}

stop_local_storage() {
  if [ -n "${LOCAL_STORAGE_PID:-}" ]; then
    kill "$LOCAL_STORAGE_PID" 2>/dev/null || true
    wait "$LOCAL_STORAGE_PID" 2>/dev/null || true
    LOCAL_STORAGE_PID=
  fi
}
