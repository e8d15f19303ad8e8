// Fragments that spread each other: A spreads B spreads A, a fragment spreading itself, long cycles, cycles
// through inline fragments and fields, unused cycles, duplicated names, spreads of fragments that do not exist,
// and a fragment "bomb" with no cycle: F(i) spreads F(i-1) twice, 2^n fields from n lines.
import { postJson, PROVINCE, YEAR } from './shared.mjs';

const REPORT = `report(province: "${PROVINCE}", year: ${YEAR})`;

const CASES = [
  [3, 'A spreads B spreads A', () => '{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }'],
  [2, 'a fragment spreading itself', () => '{ ...A } fragment A on Query { ...A }'],
  [2, 'a cycle of n fragments', (rng) => {
    const n = rng.logInt(3, 600);
    const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % n} }`);
    return `{ ...F0 } ${fragments.join(' ')}`;
  }],
  [2, 'a cycle through inline fragments', () => '{ ...A } fragment A on Query { ... on Query { ... { ...B } } } fragment B on Query { ... on Query { ...A } }'],
  [2, 'a cycle through fields', () => `{ ${REPORT} { ...A } } fragment A on Report { version tasks { id } ...B } fragment B on Report { ...A }`],
  [1, 'a cycle no operation uses', () => '{ __typename } fragment A on Query { ...B } fragment B on Query { ...A }'],
  [1, 'a cycle with duplicated names', () => '{ ...A } fragment A on Query { __typename } fragment A on Query { ...A }'],
  [1, 'a cycle across types', () => `{ ${REPORT} { ...A } } fragment A on Report { ...B } fragment B on Query { ...A }`],
  [1, 'a cycle on an unknown type', () => '{ ...A } fragment A on Nope { ...B } fragment B on Nope { ...A }'],
  [1, 'spreads of missing fragments', (rng) => `{ ${Array.from({ length: rng.logInt(1, 1_000) }, (_, i) => `...Missing${i}`).join(' ')} }`],
  [1, 'a cycle under a directive', () => '{ ...A @skip(if: true) } fragment A on Query { ...B @include(if: false) } fragment B on Query { ...A }'],
  [1, 'a cycle in a mutation', () => 'mutation { ...A } fragment A on Mutation { ...B } fragment B on Mutation { ...A }'],
  [1, 'a cycle in a subscription', () => 'subscription { ...A } fragment A on Subscription { ...A }'],
  [2, 'many cycles', (rng) => {
    const pairs = rng.logInt(10, 500);
    const fragments = [];
    for (let i = 0; i < pairs; i++) fragments.push(`fragment A${i} on Query { ...B${i} } fragment B${i} on Query { ...A${i} }`);
    return `{ ${Array.from({ length: Math.min(pairs, 100) }, (_, i) => `...A${i}`).join(' ')} } ${fragments.join(' ')}`;
  }],
  // No cycle: each fragment spreads the one before twice, so n fragments stand for 2^n fields.
  [3, 'a fragment bomb', (rng) => {
    const n = rng.weighted([[6, rng.int(4, 14)], [3, rng.int(15, 17)], [1, rng.int(18, 19)]]);
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    return `{ ...F${n} } ${fragments.join(' ')}`;
  }],
];

export default {
  name: 'cyclic-fragments',
  weight: 7,
  make(rng) {
    const [, what, make] = rng.weighted(CASES.map((entry) => [entry[0], entry]));
    const query = make(rng);
    const bomb = what === 'a fragment bomb' ? ` (${query.match(/\.\.\.F(\d+) }/)[1]} levels)` : '';
    return postJson({ query }, `${what}${bomb}`);
  },
};
