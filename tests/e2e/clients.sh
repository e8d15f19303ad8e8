# Sourced by scripts/test.sh (or by hand): the GraphQL clients and tools front-end developers bring, at their default
# settings, against the running server (tests/e2e/clients/*.test.mjs): graphql-js 16's getIntrospectionQuery() with
# each option, graphql-codegen with clients/codegen.ts and tsc --strict on what it writes, graphql-inspector validate
# and diff against the live URL, Apollo Client 4 (InMemoryCache, HttpLink, GraphQLWsLink, the persisted queries link)
# and urql (Graphcache, fetchExchange, subscriptionExchange) keeping a shown figure current through a mutation and a
# subscription without warnings, content negotiation and HTTP caching on the wire, GraphiQL in headless Chromium.
#
# clients_e2e <GraphQL URL> <summary.json> <results folder>
#   runs the suite with node's test runner, one file after another (they change the same figure of Nam Định 2021, and
#   put it back), printing the spec report and writing { "suite": "clients end-to-end", "passed", "failed", "todo",
#   "skipped" } to <summary.json> for scripts/summarize-tests.mjs; codegen's output, its log and GraphiQL's
#   screenshots go to <results folder>. Node runs with --conditions=development, as a bundler's dev server resolves
#   packages, so Apollo's and Graphcache's development warnings are on (the suite checks there are none).
#   The token is an editor's of Nam Định and Hà Nam, also a partner's (subscriptions), from issue_token
#   (scripts/test.sh) unless CLIENTS_E2E_TOKEN is set. /status's counts are read with STATUS_TOKEN, else an admin's
#   token of subject "status" from issue_token (only an admin reads them). The browser: BROWSER_E2E_CHROMIUM, else
#   ensure_chromium
#   (tests/e2e/browser.sh) when sourced. Hà Nam 2021 is imported through the API when the server does not hold it.
#   CLIENTS_E2E_CORS_ORIGIN: an origin the server allows (Cors:AllowedOrigins); the CORS checks are skipped without.
#   In Chromium, a page on that origin is served by the suite on its port (127.0.0.1).
#
# CLIENTS_E2E_SERVER_ENV: the settings the server must be started with for every check to run (start_server in
#   scripts/test.sh passes them on through SERVER_EXTRA_ENV): CLIENTS_E2E_ORIGIN allowed by CORS. Pass
#   CLIENTS_E2E_CORS_ORIGIN="$CLIENTS_E2E_ORIGIN" to clients_e2e then.

CLIENTS_E2E_ORIGIN=http://127.0.0.1:5399
CLIENTS_E2E_SERVER_ENV=("Cors__AllowedOrigins__0=$CLIENTS_E2E_ORIGIN")

clients_e2e() {
  local url=$1 summary=$2 results=$3 root token
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  rm -f "$summary"
  rm -rf "$results" && mkdir -p "$results"
  token=${CLIENTS_E2E_TOKEN:-}
  if [ -z "$token" ] && declare -F issue_token >/dev/null; then
    token=$(issue_token --role editor --role partner --province nam-dinh --province ha-nam --subject clients-e2e) || token=
  fi
  local status_token=${STATUS_TOKEN:-}
  if [ -z "$status_token" ] && declare -F issue_token >/dev/null; then
    status_token=$(issue_token --role admin --subject status) || status_token=
  fi
  if [ -z "${BROWSER_E2E_CHROMIUM:-}" ] && declare -F ensure_chromium >/dev/null; then
    ensure_chromium || true
  fi
  SERVER_URL="$url" SERVER_TOKEN="$token" STATUS_TOKEN="$status_token" CLIENTS_E2E_RESULTS="$results" \
  BROWSER_E2E_CHROMIUM="${BROWSER_E2E_CHROMIUM:-}" CLIENTS_E2E_CORS_ORIGIN="${CLIENTS_E2E_CORS_ORIGIN:-}" \
  SUMMARY_SUITE="clients end-to-end" \
    timeout -k 10 600 node --conditions=development --test --test-concurrency=1 --test-timeout=120000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter="$root/tests/e2e/subscriptions/summary-reporter.mjs" --test-reporter-destination="$summary" \
      "$root"/tests/e2e/clients/*.test.mjs
  # No counts (the runner died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The clients suite ended without its counts." >&2
    echo '{"suite":"clients end-to-end","passed":0,"failed":1}' >"$summary"
  fi
}
