// Requests of a size no client needs: a 1–8 MiB query (a comment, whitespace, a string argument, a name, a long
// list), 100k-character argument and variable values, 10k aliases, long lists, thousands of fields, directives
// and variables, a huge operationName, huge headers. Expected: an answer (maybe 413, maybe errors), never 5xx, and memory that comes back.
import { post, postJson, get, graphQLString, PROVINCE, YEAR } from './shared.mjs';

const MiB = 1024 * 1024;

const mebibytes = (rng) => rng.int(1, 8) * MiB - rng.int(0, 4096);

const BIG = [
  ['a comment', (size) => `# ${'x'.repeat(size)}\n{ __typename }`],
  ['whitespace', (size) => `{${' '.repeat(size)}__typename }`],
  ['a string argument', (size) => `{ province(id: "${'a'.repeat(size)}") { name } }`],
  ['a block string argument', (size) => `{ province(id: """${'b\n'.repeat(size / 2)}""") { name } }`],
  ['a field name', (size) => `{ ${'f'.repeat(size)} }`],
  ['a flood of commas', (size) => `{ __typename ${','.repeat(size)} }`],
];

const CASES = [
  [3, 'a 1–8 MiB query', (rng) => {
    const [what, make] = rng.pick(BIG);
    return postJson({ query: make(mebibytes(rng)) }, `a 1–8 MiB query: ${what}`);
  }],
  [2, 'a 1–8 MiB variable', (rng) => postJson({
    query: 'query($p: String!) { province(id: $p) { name } }',
    variables: { p: 'p'.repeat(mebibytes(rng)) },
  }, 'a 1–8 MiB variable value')],
  [8, '100k-character argument', (rng) => {
    const value = rng.string(100_000, rng.pick(['a', 'abcdefghijklmnopqrstuvwxyz', 'Nam Định ', '\\"', '\u00e9\u1ec7']));
    const query = rng.pick([
      `{ province(id: ${graphQLString(value)}) { name } }`,
      `{ report(province: ${graphQLString(value)}, year: ${YEAR}) { version } }`,
      `{ report(province: "${PROVINCE}", year: ${YEAR}) { indicators(code: ${graphQLString(value)}) { code } } }`,
      `{ indicators(where: { codes: [${graphQLString(value)}] }) { totalCount } }`,
      `{ indicators(after: ${graphQLString(value)}) { totalCount } }`,
      `{ changes(after: [${graphQLString(value)}]) { cursor } }`,
      `{ report(province: "${PROVINCE}", year: ${YEAR}, asOf: ${graphQLString(value)}) { version } }`,
      `{ indicatorDefinitions(code: ${graphQLString(value)}) { code } }`,
    ]);
    return postJson({ query }, '100k-character argument value');
  }],
  [4, '100k-character variable', (rng) => postJson({
    query: rng.pick([
      'query($p: String!) { province(id: $p) { name } }',
      'query($c: [String!]) { indicators(where: { codes: $c }) { totalCount } }',
      'query($a: DateTimeOffset) { report(province: "nam-dinh", year: 2021, asOf: $a) { version } }',
    ]),
    variables: { p: 'x'.repeat(100_000), c: ['y'.repeat(100_000)], a: `2021-01-01T00:00:00${'0'.repeat(100_000)}Z` },
  }, '100k-character variable value')],
  [2, 'GET with a long query string', (rng) => get({ query: `{ province(id: "${'g'.repeat(rng.logInt(8_000, 1_000_000))}") { name } }` }, 'GET with a long query string')],
  [3, '10k aliases', (rng) => {
    const count = rng.int(1, 10) * 1000;
    const field = rng.weighted([[4, '__typename'], [1, `report(province: "${PROVINCE}", year: ${YEAR}) { version }`], [1, 'province(id: "36") { name }'], [1, 'units { code }']]);
    const aliases = Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
    return postJson({ query: `{ ${aliases} }` }, `${count} aliases of ${field.split(/[ (]/)[0]}`);
  }],
  // Thousands of fields or directives in one selection: validation that compares them pairwise is quadratic.
  [1, 'a long list argument', (rng) => {
    const count = rng.logInt(1_000, 100_000);
    return postJson({ query: `{ compare(provinces: [${'"36",'.repeat(count)}], year: ${YEAR}, codes: ["postal.revenue"]) { year } }` }, `a list argument of ${count} items`);
  }],
  [1, 'thousands of fields', (rng) => {
    const count = rng.logInt(500, 3_000);
    return postJson({ query: `{ ${'__typename '.repeat(count)}}` }, `${count} fields in one selection`);
  }],
  [2, 'thousands of directives', (rng) => {
    const count = rng.logInt(10, 1_000);
    const directive = rng.pick(['@skip(if: false)', '@include(if: true)', '@deprecated', '@nope']);
    return postJson({ query: `{ __typename ${directive.repeat(count)} }` }, `${count} directives on one field`);
  }],
  [2, 'thousands of variables', (rng) => {
    const count = rng.logInt(100, 3_000);
    const declarations = Array.from({ length: count }, (_, i) => `$v${i}: Int`).join(' ');
    const variables = Object.fromEntries(Array.from({ length: count }, (_, i) => [`v${i}`, i]));
    return postJson({ query: `query(${declarations}) { __typename }`, variables }, `${count} variables`);
  }],
  [1, 'huge operationName', (rng) => postJson({ query: 'query A { __typename }', operationName: 'A'.repeat(rng.logInt(10_000, 2 * MiB)) }, 'a huge operationName')],
  [1, 'huge extensions', (rng) => postJson({
    query: '{ __typename }',
    extensions: Object.fromEntries(Array.from({ length: rng.int(1, 50) * 1000 }, (_, i) => [`k${i}`, 'v'])),
  }, 'a huge extensions map')],
  [1, 'huge header', (rng) => post('{"query":"{ __typename }"}', 'a huge header', { 'x-fuzz': 'h'.repeat(rng.logInt(8_000, 200_000)) })],
  [1, 'many headers', (rng) => post('{"query":"{ __typename }"}', 'thousands of headers',
    Object.fromEntries(Array.from({ length: rng.int(100, 3000) }, (_, i) => [`x-fuzz-${i}`, 'v'])))],
];

export default {
  name: 'huge-strings',
  weight: 4,
  make(rng) {
    const [, , make] = rng.weighted(CASES.map((entry) => [entry[0], entry]));
    return make(rng);
  },
};
