// Batches: a JSON array of requests, which this server does not take: empty, one, thousands, mixed with garbage,
// nested, with mutations inside (that must never run).
import { post, postJson, VALID_QUERIES } from './shared.mjs';
import { hostileMutation } from './unauthenticated-mutations.mjs';

const CASES = [
  ['empty', () => postJson([])],
  ['one request', (rng) => postJson([{ query: rng.pick(VALID_QUERIES) }])],
  ['a few requests', (rng) => postJson(Array.from({ length: rng.int(2, 20) }, () => ({ query: rng.pick(VALID_QUERIES) })))],
  ['thousands of requests', (rng) => {
    const count = rng.logInt(1_000, 50_000);
    return postJson(Array.from({ length: count }, () => ({ query: '{ __typename }' })));
  }],
  ['thousands of report queries', (rng) => postJson(Array.from({ length: rng.logInt(100, 5_000) }, () => ({ query: VALID_QUERIES[1] })))],
  ['garbage elements', (rng) => postJson([null, 1, 'x', [], {}, { query: 1 }, { query: '{ __typename }' }].slice(0, rng.int(1, 7)))],
  ['nested arrays', (rng) => postJson([[{ query: '{ __typename }' }], [[]]].slice(0, rng.int(1, 2)))],
  ['a mutation inside', (rng) => {
    const { query } = hostileMutation(rng);
    return { ...postJson([{ query: '{ __typename }' }, { query }]), mutation: true };
  }],
  ['a huge empty array', (rng) => post(`[${'{},'.repeat(rng.logInt(10_000, 1_000_000))}{}]`)],
  ['unclosed arrays', (rng) => post('['.repeat(rng.logInt(2, 60)))],
];

export default {
  name: 'batching',
  weight: 5,
  make(rng) {
    const [what, make] = rng.pick(CASES);
    return { ...make(rng), note: `batch: ${what}` };
  },
};
