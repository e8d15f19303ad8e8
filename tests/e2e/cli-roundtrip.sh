# Sourced by scripts/test.sh: the built command-line tool against the real server on Azurite, across restarts.
#
# cli_roundtrip <GraphQL URL> <summary.json> <restart command>
#   imports tests/data's synthetic Hà Nam 2021 report with the tool, exports it and compares it with the file
#   (all but "version"), restarts the server (killed, no graceful stop; started again on the same table) and
#   compares again; then sets figures from the test CSV, restarts once more and checks that the figures, with
#   their versions, are still there. Then it sends one `set` twice with one idempotency key, the server killed
#   and restarted between the two: one version, the same answer twice. Every acknowledged write must survive a
#   restart. The tool sends an editor's
#   token for Hà Nam, issued by the server's token command (issue_token, from scripts/test.sh).
# Prints one line per check and writes { "suite": "cli end-to-end", "passed", "failed" } to <summary.json>
# for scripts/summarize-tests.mjs.

cli_roundtrip() {
  local url=$1 summary=$2 restart=$3
  local report=tests/data/ha-nam-2021.synthetic.json
  local figures=tests/data/ha-nam-2021-indicators.synthetic.csv
  local work passed=0 failed=0
  work=$(mktemp -d)

  local token
  token=$(issue_token --role editor --province ha-nam --subject cli-e2e) || return 1
  tool() { NAMDINH_GRAPH_TOKEN="$token" dotnet src/NamDinh.Graph.Cli/bin/Release/net10.0/NamDinh.Graph.Cli.dll "$@" --server "$url"; }
  export_json() { tool export-report --province ha-nam --year 2021 --output "$1"; }
  same() { node tests/e2e/same-report.mjs "$@"; }

  # check <what> <command…>: runs the command; on failure shows the end of its output.
  check() {
    local what=$1
    shift
    if "$@" >"$work/check.log" 2>&1; then
      passed=$((passed + 1))
      echo "  ok   $what"
    else
      failed=$((failed + 1))
      echo "  FAIL $what"
      tail -20 "$work/check.log" | sed 's/^/       /'
    fi
  }

  exported_is_the_file() { export_json "$work/$1.json" && same "$report" "$work/$1.json" --ignore version; }
  reimport_changes_nothing() { tool import-report "$work/imported.json" --dry-run | grep -q 'would change nothing'; }
  figures_are_set() { tool import-indicators "$figures" --province ha-nam --year 2021 --reason "cli end-to-end" | grep -q '^Set 4 of 5 rows as one change'; }
  local key="cli-e2e-$(date +%s)-$$"
  set_once() { tool set telecom.revenue 556 --province ha-nam --year 2021 --reason "cli end-to-end retry" --idempotency-key "$key" >"$work/$1.txt" && cat "$work/$1.txt"; }
  same_answer() { diff "$work/set-first.txt" "$work/set-again.txt"; }
  one_version_for_the_set() { [ "$(tool history --province ha-nam --year 2021 --code telecom.revenue | grep -c 'setIndicator: cli end-to-end retry$')" = 1 ]; }
  exported_is_as_before() { export_json "$work/$2.json" && same "$work/$1.json" "$work/$2.json"; }
  csv_has_a_set_figure() { tool export-report --province 35 --year 2021 --format csv | grep -q '^postal.revenue,112.5,1000000000,VND,FINAL,EXACT,'; }

  check "import-report loads the synthetic Hà Nam 2021 report" tool import-report "$report" --reason "cli end-to-end"
  check "export-report gives back the file (all but version)" exported_is_the_file imported
  check "the exported JSON re-imports without a change" reimport_changes_nothing
  check "the server restarts (killed, started again on the same table)" "$restart"
  check "after the restart, export-report still gives back the file" exported_is_the_file restarted
  check "after the restart, the report is exactly as acknowledged (version too)" same "$work/imported.json" "$work/restarted.json"
  check "import-indicators sets the CSV's figures as one changeReport" figures_are_set
  export_json "$work/with-figures.json" >/dev/null 2>&1
  check "the server restarts again" "$restart"
  check "after the restart, every figure set is there, with its version" exported_is_as_before with-figures figures-restarted
  check "export-report --format csv shows a figure the CSV set" csv_has_a_set_figure
  check "set telecom.revenue 556 with an idempotency key" set_once set-first
  check "the server restarts (SIGKILL) after the set was answered" "$restart"
  check "the same set with the same key, after the restart" set_once set-again
  check "the same answer twice" same_answer
  check "history shows one version for the set sent twice" one_version_for_the_set

  echo "cli end-to-end against $url: $passed of $((passed + failed)) checks passed"
  echo "{\"suite\":\"cli end-to-end\",\"passed\":$passed,\"failed\":$failed}" >"$summary"
  rm -rf "$work"
  unset -f tool export_json same check exported_is_the_file reimport_changes_nothing figures_are_set exported_is_as_before csv_has_a_set_figure \
    set_once same_answer one_version_for_the_set
}
