// Nesting 10 to 10,000 deep: selections of unknown fields, inline fragments (valid at any depth), real fields
// nested in themselves, list and object input values, variables, unbalanced brackets; and a chain of 10 to 2,000
// fragments, each spreading the next.
import { postJson, get, PROVINCE, YEAR } from './shared.mjs';

const depthOf = (rng) => rng.logInt(10, 10_000);

const CASES = [
  ['unknown fields', (depth) => `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`],
  ['inline fragments', (depth) => `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`],
  ['inline fragments without type', (depth) => `{ ${'... { '.repeat(depth)}__typename${' }'.repeat(depth)} }`],
  ['a scalar nested', (depth) => `{ report(province: "${PROVINCE}", year: ${YEAR}) { version ${'{ version '.repeat(depth)}${'} '.repeat(depth)}} }`],
  ['list input values', (depth) => `{ compare(provinces: ${'['.repeat(depth)}"36"${']'.repeat(depth)}, year: ${YEAR}, codes: ["postal.revenue"]) { year } }`],
  ['list input values in a filter', (depth) => `{ indicators(where: { provinces: ${'['.repeat(depth)}"36"${']'.repeat(depth)} }) { totalCount } }`],
  ['object input values', (depth) => `{ indicators(where: ${'{ sector: '.repeat(depth)}POSTAL_TELECOM${' }'.repeat(depth)}) { totalCount } }`],
  ['object input in an enum place', (depth) => `{ indicators(order: ${'[{ field: '.repeat(depth)}VALUE${' }]'.repeat(depth)}) { totalCount } }`],
  ['list in a directive', (depth) => `{ __typename @skip(if: ${'['.repeat(depth)}true${']'.repeat(depth)}) }`],
  ['unbalanced braces', (depth) => `${'{ '.repeat(depth)}__typename`],
  ['unbalanced brackets', (depth) => `{ compare(provinces: ${'['.repeat(depth)}`],
  ['unbalanced parentheses', (depth) => `{ report${'('.repeat(depth)} }`],
  ['closing only', (depth) => `{ __typename ${'}'.repeat(depth)}`],
];

const VARIABLE_CASES = [
  ['a nested list variable', (depth) => ({
    query: `query($p: ${'['.repeat(Math.min(depth, 200))}String${']'.repeat(Math.min(depth, 200))}) { __typename }`,
    variables: { p: nest(depth, (inner) => [inner], 'x') },
  })],
  ['a nested object variable', (depth) => ({
    query: 'query($w: IndicatorFilter) { indicators(where: $w) { totalCount } }',
    variables: { w: nest(depth, (inner) => ({ sector: inner }), 'POSTAL_TELECOM') },
  })],
  ['a nested list where a string goes', (depth) => ({
    query: 'query($p: [String!]!) { compare(provinces: $p, year: 2021, codes: ["postal.revenue"]) { year } }',
    variables: { p: nest(depth, (inner) => [inner], '36') },
  })],
];

function nest(depth, wrap, inside) {
  let value = inside;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** F0 spreads F1 spreads F2 … F(n-1): fragments nested n deep, however shallow the fields. */
function chainOfFragments(count) {
  const fragments = Array.from({ length: count }, (_, i) => `fragment F${i} on Query { ${i + 1 < count ? `...F${i + 1}` : '__typename'} }`);
  return `{ ...F0 } ${fragments.join(' ')}`;
}

export default {
  name: 'deep-nesting',
  weight: 9,
  make(rng) {
    if (rng.chance(0.06)) {
      const count = rng.weighted([[3, rng.logInt(10, 300)], [2, rng.int(300, 2_000)]]);
      return postJson({ query: chainOfFragments(count) }, `a chain of ${count} fragments`);
    }
    const depth = depthOf(rng);
    if (rng.chance(0.2)) {
      const [what, make] = rng.pick(VARIABLE_CASES);
      return postJson(make(Math.min(depth, 2_000)), `${what}, depth ${Math.min(depth, 2_000)}`);
    }
    const [what, make] = rng.pick(CASES);
    const query = make(depth);
    if (rng.chance(0.1) && query.length < 6_000) return get({ query }, `GET: ${what}, depth ${depth}`);
    return postJson({ query }, `${what}, depth ${depth}`);
  },
};
