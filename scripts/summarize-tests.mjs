// Adds up the results of every suite in a folder: the .trx files of `dotnet test` and the
// *.summary.json files of the end-to-end checks ({ "suite", "passed", "failed" }).
// Prints one line per suite, then the totals as "N passed, N failed".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

const folder = process.argv[2];
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});

const suites = [];
for (const path of files(folder)) {
  if (path.endsWith('.trx')) {
    const xml = readFileSync(path, 'utf8');
    const counters = xml.match(/<Counters\b[^>]*>/)?.[0] ?? '';
    const read = (name) => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
    const storage = xml.match(/<UnitTest\b[^>]*storage="([^"]+)"/)?.[1] ?? path;
    suites.push({ suite: basename(storage).replace(/\.dll$/i, ''), passed: read('passed'), failed: read('failed') + read('error') + read('timeout') + read('aborted') });
  } else if (path.endsWith('.summary.json')) {
    suites.push(JSON.parse(readFileSync(path, 'utf8')));
  }
}

for (const { suite, passed, failed } of suites) console.log(`  ${suite}: ${passed} passed, ${failed} failed`);
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
