# Sourced by scripts/test.sh (or by hand): the web page served at / (src/NamDinh.Graph.Web) in headless Chromium,
# driven by playwright-core (tests/e2e/browser/page.mjs): Nam Định's 2021 report checked figure by figure against
# the API in Vietnamese and in English, the keyboard, axe-core, a figure changed through a mutation and seen to change
# on the page (then put back), a phone-sized screen; screenshots of each step.
#
# ensure_chromium
#   sets BROWSER_E2E_CHROMIUM to a Chromium that starts: $BROWSER_E2E_CHROMIUM when set, else /usr/bin/chromium or
#   chromium (or chromium-browser) on PATH; when there is none, installs Debian's `chromium` with apt-get (through
#   sudo when not root). Returns 1, with BROWSER_E2E_CHROMIUM empty and a message saying why, when it cannot.
# browser_e2e <GraphQL URL> <summary.json> <screenshots folder>
#   runs the suite against the server at that URL, which must serve anonymous subscriptions (the page subscribes
#   without a token: Auth:PartnersOnlySubscriptions off); it changes one figure of the report and puts it back.
#   Needs issue_token (scripts/test.sh) or BROWSER_E2E_TOKEN (an admin's token). Prints one ok/FAIL line per check
#   and the screenshots' paths, and writes { "suite": "web page in headless Chromium", "passed", "failed" } to
#   <summary.json> for scripts/summarize-tests.mjs. Without a browser it fails (one failure in the summary), it
#   never passes silently.

_chromium_runs() { [ -n "$1" ] && [ -x "$1" ] && timeout 60 "$1" --headless --no-sandbox --version >/dev/null 2>&1; }

_find_chromium() {
  local candidate
  for candidate in "${BROWSER_E2E_CHROMIUM:-}" /usr/bin/chromium "$(command -v chromium 2>/dev/null)" \
    "$(command -v chromium-browser 2>/dev/null)"; do
    if _chromium_runs "$candidate"; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_chromium() {
  local found sudo=
  if found=$(_find_chromium); then
    BROWSER_E2E_CHROMIUM=$found
    return 0
  fi
  BROWSER_E2E_CHROMIUM=
  if ! command -v apt-get >/dev/null; then
    BROWSER_E2E_CHROMIUM_PROBLEM="no Chromium (/usr/bin/chromium, chromium on PATH) and no apt-get to install Debian's chromium"
    echo "$BROWSER_E2E_CHROMIUM_PROBLEM" >&2
    return 1
  fi
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      BROWSER_E2E_CHROMIUM_PROBLEM="no Chromium, and apt-get needs root (no password-less sudo): install it with 'sudo apt-get install -y --no-install-recommends chromium'"
      echo "$BROWSER_E2E_CHROMIUM_PROBLEM" >&2
      return 1
    fi
  fi
  echo "Installing Chromium (Debian's chromium) with apt-get…"
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; then
    # Stale or missing package lists (a fresh machine): update them and try again.
    $sudo apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends chromium 2>&1 | tail -3
  fi
  if found=$(_find_chromium); then
    BROWSER_E2E_CHROMIUM=$found
    return 0
  fi
  BROWSER_E2E_CHROMIUM_PROBLEM="Chromium could not be installed ('apt-get install -y --no-install-recommends chromium' failed, or the browser it installed does not start)"
  echo "$BROWSER_E2E_CHROMIUM_PROBLEM" >&2
  return 1
}

browser_e2e() {
  local url=$1 summary=$2 shots=$3 root token
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  rm -f "$summary"
  rm -rf "$shots" && mkdir -p "$shots"
  if [ -z "${BROWSER_E2E_CHROMIUM:-}" ] && ! ensure_chromium; then
    echo "FAIL the web page in headless Chromium: ${BROWSER_E2E_CHROMIUM_PROBLEM:-no Chromium}" >&2
    echo '{"suite":"web page in headless Chromium","passed":0,"failed":1}' >"$summary"
    return 1
  fi
  token=${BROWSER_E2E_TOKEN:-}
  if [ -z "$token" ] && declare -F issue_token >/dev/null; then
    token=$(issue_token --role admin --subject browser-e2e) || token=
  fi
  BROWSER_E2E_TOKEN="$token" BROWSER_E2E_CHROMIUM="$BROWSER_E2E_CHROMIUM" \
    timeout -k 10 240 node "$root/tests/e2e/browser/page.mjs" "$url" "$summary" "$shots"
  # No counts (the run died or was stopped): one failure, so the totals show it.
  if [ ! -s "$summary" ]; then
    echo "The browser suite ended without its counts." >&2
    echo '{"suite":"web page in headless Chromium","passed":0,"failed":1}' >"$summary"
  fi
}
