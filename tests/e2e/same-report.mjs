// Compares two report files as JSON values (key order and layout aside) and tells the first difference.
// Usage: node same-report.mjs expected.json actual.json [--ignore version]
// Exits 0 when they are the same (but for the ignored top-level fields), 1 when not.
import { readFileSync } from 'node:fs';

const [expectedPath, actualPath, ...options] = process.argv.slice(2);
const ignored = options[0] === '--ignore' ? options.slice(1) : [];
const read = (path) => {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const field of ignored) delete report[field];
  return report;
};

const difference = (expected, actual, path) => {
  if (typeof expected !== typeof actual || Array.isArray(expected) !== Array.isArray(actual) || (expected === null) !== (actual === null))
    return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  if (typeof expected !== 'object' || expected === null)
    return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const found = difference(expected[key], actual[key], Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
};

const found = difference(read(expectedPath), read(actualPath), '$');
if (found) {
  console.log(`${actualPath} differs from ${expectedPath}${ignored.length ? ` (ignoring ${ignored.join(', ')})` : ''}: ${found}`);
  process.exit(1);
}
