# Sourced by scripts/test.sh: subscriptions and the other streaming transports against the running server —
# graphql-transport-ws with the graphql-ws client and raw sockets (every close code, ping/pong, complete both
# ways, a client too slow to read), server-sent events with the graphql-sse client, catching up after a
# reconnection, and no leak after a thousand subscribe/complete cycles (tests/e2e/subscriptions/*.test.mjs).
#
# SUBSCRIPTIONS_E2E_SERVER_ENV: the settings the server must be started with (start_server passes them on):
#   subscriptions for partners only (so a connection without a token is refused, 4403), a 1 s connection_init
#   timeout and keep-alive, and limits small enough to reach. The suite's token is an admin's, issued with the
#   server's signing key (E2E_SIGNING_KEY and issue_token, from scripts/test.sh); it reads /status's counts too,
#   which only an admin reads.
# subscriptions_e2e <GraphQL URL> <summary.json>
#   runs the suite with node's test runner, one file after another (the tests read server-wide counts on
#   /status), printing the spec report and writing { "suite": "subscriptions end-to-end", "passed", "failed",
#   "todo", "skipped" } to <summary.json> for scripts/summarize-tests.mjs. Known server bugs are todo tests.

SUBSCRIPTIONS_E2E_MAX_QUEUED_MESSAGES=50
SUBSCRIPTIONS_E2E_MAX_MESSAGE_BYTES=16384
SUBSCRIPTIONS_E2E_SERVER_ENV=(
  "Auth__PartnersOnlySubscriptions=true"
  "WebSockets__ConnectionInitTimeout=00:00:01"
  "WebSockets__KeepAliveInterval=00:00:01"
  "WebSockets__MaxQueuedMessages=$SUBSCRIPTIONS_E2E_MAX_QUEUED_MESSAGES"
  "WebSockets__MaxMessageBytes=$SUBSCRIPTIONS_E2E_MAX_MESSAGE_BYTES"
)

subscriptions_e2e() {
  local url=$1 summary=$2
  local suite=tests/e2e/subscriptions
  rm -f "$summary"
  SERVER_URL="$url" SERVER_TOKEN="$(issue_token --role admin --subject subscriptions-e2e)" \
  SERVER_MAX_QUEUED_MESSAGES="$SUBSCRIPTIONS_E2E_MAX_QUEUED_MESSAGES" \
  SERVER_MAX_MESSAGE_BYTES="$SUBSCRIPTIONS_E2E_MAX_MESSAGE_BYTES" \
    timeout 180 node --test --test-concurrency=1 --test-timeout=30000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter="./$suite/summary-reporter.mjs" --test-reporter-destination="$summary" \
      "$suite"/*.test.mjs
  # No counts (the runner died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The subscriptions suite ended without its counts." >&2
    echo '{"suite":"subscriptions end-to-end","passed":0,"failed":1}' >"$summary"
  fi
}
