// Requests whose parameters have the wrong shape: variables and extensions that are arrays, strings, numbers or
// booleans instead of objects, a query that is not a string, operationName pointing nowhere or of the wrong
// type, several operations and no name, unknown top-level keys, repeated GET parameters.
import { post, postJson, get, GRAPHQL_RESPONSE } from './shared.mjs';

const NOT_OBJECTS = [[], [1, 2], [{ y: 2021 }], 'y=2021', '{"y":2021}', '', 42, -0.5, true, false, [null]];
const NOT_STRINGS = [42, true, false, [], ['{ __typename }'], { query: '{ __typename }' }, {}, 1e300];
const TWO_OPERATIONS = 'query A { __typename } query B { reports { id } }';

const CASES = [
  ['variables not an object', (rng) => postJson({ query: 'query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }', variables: rng.pick(NOT_OBJECTS) })],
  ['extensions not an object', (rng) => postJson({ query: '{ __typename }', extensions: rng.pick(NOT_OBJECTS) })],
  ['query not a string', (rng) => postJson({ query: rng.pick(NOT_STRINGS) })],
  ['operationName not a string', (rng) => postJson({ query: TWO_OPERATIONS, operationName: rng.pick(NOT_STRINGS) })],
  ['operationName pointing nowhere', (rng) => postJson({ query: rng.pick([TWO_OPERATIONS, 'query A { __typename }', '{ __typename }', 'fragment F on Query { __typename }']), operationName: rng.pick(['C', 'a', '', ' A', 'A ', 'F', 'query', '__typename', 'A'.repeat(1000), 'B\u0000']) })],
  ['several operations and no name', () => postJson({ query: TWO_OPERATIONS })],
  ['several operations of one name', () => postJson({ query: 'query A { __typename } query A { reports { id } }', operationName: 'A' })],
  ['an anonymous operation among named ones', () => postJson({ query: '{ __typename } query A { __typename }', operationName: 'A' })],
  ['only fragments', () => postJson({ query: 'fragment F on Query { __typename }' })],
  ['only a comment', () => postJson({ query: '# nothing here' })],
  ['unknown top-level keys', (rng) => postJson({ query: '{ __typename }', [rng.pick(['queryId', 'id', 'persistedQuery', 'documentId', '__proto__', 'constructor', 'Query', 'QUERY', ''])]: rng.pick(['x', 1, {}, null]) })],
  ['keys in another case', () => post('{"Query":"{ __typename }","Variables":{}}')],
  ['a __proto__ variable', () => post('{"query":"query($y: Int!) { report(province: \\"nam-dinh\\", year: $y) { version } }","variables":{"__proto__":{"y":2021},"constructor":{"prototype":{"y":2021}}}}')],
  ['GET variables not an object', (rng) => get({ query: 'query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }', variables: JSON.stringify(rng.pick(NOT_OBJECTS)) })],
  ['GET variables not JSON', (rng) => get({ query: '{ __typename }', variables: rng.pick(['{', 'y=2021', '{y:2021}', 'undefined', "{'y':1}"]) })],
  ['GET extensions not JSON', (rng) => get({ query: '{ __typename }', extensions: rng.pick(['{', '[]', '"x"', '1']) })],
  ['GET repeated parameters', (rng) => ({
    method: 'GET',
    query: rng.pick([
      `query=${encodeURIComponent('{ __typename }')}&query=${encodeURIComponent('{ reports { id } }')}`,
      `query=${encodeURIComponent('query A { __typename }')}&operationName=A&operationName=B`,
      `query=${encodeURIComponent('{ __typename }')}&variables={}&variables={}`,
      `query[]=${encodeURIComponent('{ __typename }')}`,
      `query=&query=${encodeURIComponent('{ __typename }')}`,
      `QUERY=${encodeURIComponent('{ __typename }')}`,
      `query`,
      `=&&&=&query=${encodeURIComponent('{ __typename }')}`,
      `${'a=1&'.repeat(rng.int(100, 5000))}query=${encodeURIComponent('{ __typename }')}`,
    ]),
    headers: { accept: GRAPHQL_RESPONSE },
  })],
  ['GET operationName pointing nowhere', () => get({ query: TWO_OPERATIONS, operationName: 'C' })],
];

export default {
  name: 'request-shape',
  weight: 8,
  make(rng) {
    const [what, make] = rng.pick(CASES);
    return { ...make(rng), note: what };
  },
};
