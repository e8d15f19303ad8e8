// A node:test reporter that writes { "suite", "passed", "failed", "todo", "skipped" } for
// scripts/summarize-tests.mjs. It counts tests, not the suites or files that hold them: a test is counted when
// no test nested in it was reported just before it. A todo test (a known server bug, marked in the test) and a
// skipped one count as neither passed nor failed; a file that fails to load counts as one failure.
// Usage: node --test --test-reporter=./summary-reporter.mjs --test-reporter-destination=<file> …
// The suite's name comes from SUMMARY_SUITE (default "subscriptions end-to-end").
export default async function* summary(source) {
  const counts = { suite: process.env.SUMMARY_SUITE ?? 'subscriptions end-to-end', passed: 0, failed: 0, todo: 0, skipped: 0 };
  let previousNesting = -1;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { nesting, details, skip, todo } = event.data;
    const holdsTests = previousNesting > nesting || details?.type === 'suite';
    previousNesting = nesting;
    if (holdsTests && event.type === 'test:pass') continue;
    if (holdsTests && event.type === 'test:fail' && details?.error?.failureType === 'subtestsFailed') continue;
    if (skip) counts.skipped++;
    else if (todo) counts.todo++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield `${JSON.stringify(counts)}\n`;
}
