// Noise: random bytes as the body, random printable text, a soup of JSON tokens, a soup of GraphQL tokens in a
// well-formed envelope (the GraphQL parser's turn), valid requests with random bytes flipped, inserted or cut,
// and random bytes percent-encoded in a GET.
import { post, postJson, GRAPHQL_RESPONSE, VALID_QUERIES, percentEncode } from './shared.mjs';

const JSON_TOKENS = ['{', '}', '[', ']', ':', ',', '"query"', '"variables"', '"{ __typename }"', 'null', 'true', '1', '-1e5', '"', '\\', ' ', '"\\u0000"'];
const GRAPHQL_TOKENS = [
  '{', '}', '(', ')', '[', ']', ':', '=', '@', '$', '!', '|', '&', '...', 'query', 'mutation', 'subscription', 'fragment', 'on',
  '__typename', 'report', 'reports', 'province', 'nam-dinh', '"nam-dinh"', '2021', '1.5e3', '"""', '"', '#', '\n', ',',
  'true', 'null', 'Query', '__schema', '__type', 'skip', 'include', 'if', 'version', 'id', 'F', 'A', '\\u', '\u00ff', '\ufeff', '0x',
];

function soup(rng, tokens, count) {
  let text = '';
  for (let i = 0; i < count; i++) text += rng.pick(tokens) + (rng.chance(0.5) ? ' ' : '');
  return text;
}

function damage(rng, buffer) {
  const bytes = Buffer.from(buffer);
  const edits = rng.logInt(1, 32);
  let result = bytes;
  for (let i = 0; i < edits; i++) {
    const at = rng.int(0, Math.max(0, result.length - 1));
    switch (rng.int(0, 2)) {
      case 0: result[at] = rng.int(0, 255); break;
      case 1: result = Buffer.concat([result.subarray(0, at), rng.bytes(rng.int(1, 8)), result.subarray(at)]); break;
      default: result = Buffer.concat([result.subarray(0, at), result.subarray(at + rng.int(1, 8))]);
    }
  }
  return result;
}

const CASES = [
  ['random bytes', (rng) => post(rng.bytes(rng.logInt(1, 200_000)), 'random bytes')],
  ['random text', (rng) => post(rng.string(rng.logInt(1, 20_000), ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~'), 'random printable text')],
  ['JSON token soup', (rng) => post(soup(rng, JSON_TOKENS, rng.logInt(1, 2_000)), 'a soup of JSON tokens')],
  ['GraphQL token soup', (rng) => postJson({ query: soup(rng, GRAPHQL_TOKENS, rng.logInt(1, 3_000)) }, 'a soup of GraphQL tokens')],
  ['damaged valid request', (rng) => post(damage(rng, Buffer.from(JSON.stringify({ query: rng.pick(VALID_QUERIES) }))), 'a valid request with bytes flipped, inserted or cut')],
  ['damaged valid query', (rng) => postJson({ query: damage(rng, Buffer.from(rng.pick(VALID_QUERIES))).toString('latin1') }, 'a valid query damaged inside a valid body')],
  ['GET random bytes', (rng) => ({
    method: 'GET',
    query: `query=${percentEncode(rng.bytes(rng.logInt(1, 2_000)))}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with random bytes as the query',
  })],
  ['random headers', (rng) => post('{"query":"{ __typename }"}', 'random header values', {
    accept: rng.string(rng.int(1, 200), '\t !#$%&*+-./0123456789;=?abcdefghijklmnopqrstuvwxyz,'),
    'content-type': rng.string(rng.int(1, 200), '\t !#$%&*+-./0123456789;=?abcdefghijklmnopqrstuvwxyz,'),
  })],
];

export default {
  name: 'random-bytes',
  weight: 9,
  make(rng) {
    const [, make] = rng.pick(CASES);
    return make(rng);
  },
};
