// Runs graphql-http's GraphQL-over-HTTP audit against a running server and prints its counts.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql [summary.json]
// Exits 1 on any error or warning, so a green run means full compliance with what the audit checks.
// With a second argument, writes { suite, passed, failed } there for scripts/summarize-tests.mjs.
import { writeFileSync } from 'node:fs';
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const summaryPath = process.argv[3];
const results = await auditServer({ url });

const count = (status) => results.filter((result) => result.status === status).length;
for (const result of results.filter((r) => r.status !== 'ok')) {
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
}
const ok = count('ok');
const warnings = count('warn');
const errors = count('error');
console.log(`graphql-http audit of ${url}: ${results.length} audits, ${ok} ok, ${warnings} warnings, ${errors} errors`);
if (summaryPath) writeFileSync(summaryPath, JSON.stringify({ suite: 'graphql-http audit', passed: ok, failed: warnings + errors }));
process.exit(errors + warnings === 0 ? 0 : 1);
