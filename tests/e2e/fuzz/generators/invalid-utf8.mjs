// Bytes that are not UTF-8: in the JSON body (inside the query, a variable, a key, between tokens), in a GET's
// query string (percent-encoded and as raw bytes), in headers, and text in another encoding declared as such.
import { post, get, invalidUtf8, percentEncode, GRAPHQL_RESPONSE, JSON_TYPE } from './shared.mjs';

const concat = (...parts) => Buffer.concat(parts.map((part) => (Buffer.isBuffer(part) ? part : Buffer.from(part, 'utf8'))));

const CASES = [
  ['in the query text', (rng) => post(concat('{"query":"{ __typename ', invalidUtf8(rng), ' }"}'), 'invalid UTF-8 in the query text')],
  ['in a field name', (rng) => post(concat('{"query":"{ report(province: \\"nam-dinh\\", year: 2021) { ver', invalidUtf8(rng), 'sion } }"}'), 'invalid UTF-8 in a field name')],
  ['in a string argument', (rng) => post(concat('{"query":"{ province(id: \\"nam', invalidUtf8(rng), 'dinh\\") { name } }"}'), 'invalid UTF-8 in a string argument')],
  ['in a variable', (rng) => post(concat('{"query":"query($p: String!) { province(id: $p) { name } }","variables":{"p":"', invalidUtf8(rng), '"}}'), 'invalid UTF-8 in a variable value')],
  ['in a key', (rng) => post(concat('{"query":"{ __typename }","variables":{"', invalidUtf8(rng), '":1}}'), 'invalid UTF-8 in a JSON key')],
  ['between tokens', (rng) => post(concat('{"query":"{ __typename }"', invalidUtf8(rng), '}'), 'invalid UTF-8 between JSON tokens')],
  ['in operationName', (rng) => post(concat('{"query":"query A { __typename }","operationName":"A', invalidUtf8(rng), '"}'), 'invalid UTF-8 in operationName')],
  ['many', (rng) => {
    const parts = ['{"query":"{ __typename '];
    for (let i = rng.int(10, 5000); i > 0; i--) parts.push(invalidUtf8(rng));
    parts.push(' }"}');
    return post(concat(...parts), 'thousands of invalid UTF-8 sequences in the query');
  }],
  ['UTF-16 body', (rng) => post(Buffer.from('{"query":"{ __typename }"}', rng.pick(['utf16le', 'latin1'])), 'a body in UTF-16 (or Latin-1) declared as JSON',
    rng.chance(0.5) ? { 'content-type': 'application/json; charset=utf-16' } : {})],
  ['latin-1 text declared', (rng) => post(Buffer.from('{"query":"{ province(id: \\"Nam Đ\u00e9nh\\") { name } }"}', 'latin1'), 'Latin-1 bytes with charset=iso-8859-1',
    { 'content-type': `${JSON_TYPE}; charset=iso-8859-1` })],
  ['GET percent-encoded', (rng) => ({
    method: 'GET',
    query: `query=${encodeURIComponent('{ province(id: "')}${percentEncode(invalidUtf8(rng))}${encodeURIComponent('") { name } }')}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with invalid UTF-8 percent-encoded in the query',
  })],
  ['GET percent-encoded variables', (rng) => ({
    method: 'GET',
    query: `query=${encodeURIComponent('query($p: String!) { province(id: $p) { name } }')}&variables=${encodeURIComponent('{"p":"')}${percentEncode(invalidUtf8(rng))}${encodeURIComponent('"}')}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with invalid UTF-8 percent-encoded in variables',
  })],
  ['GET percent-encoded name', (rng) => ({
    method: 'GET',
    query: `${percentEncode(invalidUtf8(rng))}=1&query=${encodeURIComponent('{ __typename }')}&operationName=${percentEncode(invalidUtf8(rng))}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with invalid UTF-8 percent-encoded in a parameter name and operationName',
  })],
  ['GET broken percent-encoding', (rng) => ({
    method: 'GET',
    query: `query=${encodeURIComponent('{ __typename }')}${rng.pick(['%', '%G0', '%u00e9', '%%', '%0', '%00', '%E2%82'])}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with broken percent-encoding',
  })],
  // node:http writes path characters U+0080–U+00FF as single bytes: raw non-UTF-8 bytes in the request line.
  ['GET raw bytes', (rng) => ({
    method: 'GET',
    query: `query=${encodeURIComponent('{ __typename }')}&x=${invalidUtf8(rng).toString('latin1')}`,
    headers: { accept: GRAPHQL_RESPONSE },
    note: 'GET with raw non-UTF-8 bytes in the query string',
  })],
  ['in headers', (rng) => post('{"query":"{ __typename }"}', 'invalid UTF-8 in header values', {
    accept: `${GRAPHQL_RESPONSE}${invalidUtf8(rng).toString('latin1')}`,
    'x-request-id': invalidUtf8(rng).toString('latin1'),
    ...(rng.chance(0.5) ? { authorization: `Bearer ${invalidUtf8(rng).toString('latin1')}` } : {}),
  })],
];

export default {
  name: 'invalid-utf8',
  weight: 10,
  make(rng) {
    const [, make] = rng.pick(CASES);
    return make(rng);
  },
};
