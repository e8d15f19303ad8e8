# Sourced by scripts/test.sh (or by hand): the fuzz run against the running server — thousands of generated
# malformed and hostile requests over HTTP (broken JSON, invalid UTF-8, huge strings, deep nesting, cyclic
# fragments, unknown names, wrong variables, wrong methods and headers, random bytes, mutations without
# credentials, introspection bombs, batches, broken HTTP/1.1) and a few hundred abused WebSocket connections
# (tests/e2e/fuzz/fuzz.mjs, one generator per module under tests/e2e/fuzz/generators and websocket/).
#
# fuzz_e2e <GraphQL URL> <summary.json> <server PID>
#   checks that no response was 5xx (nor a request left unanswered) nor INTERNAL_SERVER_ERROR, the server still
#   answers, the data did not change, every error has extensions.code, nothing is left open on /status, and the
#   server's RSS (read from /proc/<PID>) came back near its baseline; prints the counts (requests by generator and
#   status, WebSocket close codes, memory) and writes { "suite": "fuzz", "passed", "failed", … } to
#   <summary.json> for scripts/summarize-tests.mjs. FUZZ_REQUESTS (default 5000), FUZZ_SEED and the other FUZZ_*
#   settings of tests/e2e/fuzz/fuzz.mjs pass through.
#   The WebSocket connections send FUZZ_WS_TOKEN in connection_init; when it is not set and scripts/test.sh's
#   issue_token is there, a partner's token (subscribe only: the fuzz never holds a token that may change data).
#   /status is read with STATUS_TOKEN (only an admin reads its counts); when it is not set and issue_token is there,
#   an admin's token of subject "status" (it is only ever sent to /status).

fuzz_e2e() {
  local url=$1 summary=$2 pid=$3
  local token=${FUZZ_WS_TOKEN:-}
  if [ -z "$token" ] && declare -F issue_token >/dev/null; then
    token=$(issue_token --role partner --subject fuzz-e2e) || token=
  fi
  local status_token=${STATUS_TOKEN:-}
  if [ -z "$status_token" ] && declare -F issue_token >/dev/null; then
    status_token=$(issue_token --role admin --subject status) || status_token=
  fi
  rm -f "$summary"
  FUZZ_WS_TOKEN="$token" STATUS_TOKEN="$status_token" timeout 300 node tests/e2e/fuzz/fuzz.mjs "$url" "$pid" "$summary"
  # No counts (the run died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The fuzz run ended without its counts." >&2
    echo '{"suite":"fuzz","passed":0,"failed":1}' >"$summary"
  fi
}
