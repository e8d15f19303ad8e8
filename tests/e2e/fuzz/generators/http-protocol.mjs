// The transport itself abused: wrong or missing Content-Type, Accept headers the server cannot answer, methods
// it does not take (PUT, DELETE, PATCH, OPTIONS, TRACE, made-up ones), HEAD, GET with mutations and
// subscriptions, event streams asked for with broken requests, other paths, chunked bodies, Expect: 100-continue.
import { post, get, GRAPHQL_RESPONSE, JSON_TYPE } from './shared.mjs';
import { hostileMutation } from './unauthenticated-mutations.mjs';

const BODY = '{"query":"{ __typename }"}';

const CONTENT_TYPES = [
  null, '', 'text/plain', 'application/graphql', 'application/graphql+json', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', 'application/json; charset=utf-16',
  'application/json; charset=', 'application/json;;;', 'application/json; boundary=x; charset=utf-8; charset=ascii',
  'application/jsonx', 'json', '*/*', 'application/*', 'APPLICATION/JSON', 'application/json\t', ';', '/', 'a/b/c',
  'application/json; charset="utf-8"', `application/json; x=${'y'.repeat(5000)}`, 'text/event-stream',
];

const ACCEPTS = [
  'text/html', 'image/png', 'application/xml', 'text/plain', 'application/graphql-response+json;q=0', 'application/json;q=0, */*;q=0',
  '', ',', ';;', '*/*;q=abc', 'application/*;q=2', 'application', '*/json', 'application/json;charset=latin1',
  `${'application/x-a, '.repeat(500)}application/json`, 'application/graphql-response+json; version=99', 'text/*',
  '\u00ff', 'text/event-stream;q=0', 'text/html, text/event-stream',
];

const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'FUZZ', 'post', 'Get', 'LOCK', 'SEARCH', 'PURGE'];

const CASES = [
  [4, 'wrong Content-Type', (rng) => {
    const type = rng.pick(CONTENT_TYPES);
    const body = rng.pick([BODY, 'query={ __typename }', '{ __typename }', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--']);
    return { ...post(body, ''), headers: { 'content-type': type, accept: GRAPHQL_RESPONSE }, note: `Content-Type ${JSON.stringify(type)?.slice(0, 40)}` };
  }],
  [4, 'Accept it cannot answer', (rng) => {
    const accept = rng.pick(ACCEPTS);
    return rng.chance(0.5)
      ? { ...post(BODY, ''), headers: { 'content-type': JSON_TYPE, accept }, note: `POST Accept ${JSON.stringify(accept).slice(0, 40)}` }
      : { ...get({ query: '{ __typename }' }, ''), headers: { accept }, note: `GET Accept ${JSON.stringify(accept).slice(0, 40)}` };
  }],
  [4, 'method not taken', (rng) => {
    const method = rng.pick(METHODS);
    return { ...post(rng.chance(0.7) ? BODY : undefined, ''), method, note: `method ${method}` };
  }],
  [2, 'HEAD', () => ({ ...get({ query: '{ reports { id } }' }, ''), method: 'HEAD', note: 'HEAD with a query' })],
  [4, 'GET with a mutation', (rng) => {
    const { query, what } = hostileMutation(rng);
    return { ...get({ query }, ''), note: `GET with a mutation (${what})`, mutation: true };
  }],
  [2, 'GET choosing a mutation', () => ({
    ...get({ query: 'query Q { __typename } mutation M { createReport(input: { province: "zz", year: 1999, dryRun: true }) { applied } }', operationName: 'M' }, ''),
    note: 'GET with operationName choosing the mutation of the document',
    mutation: true,
  })],
  [2, 'GET with a subscription', () => get({ query: 'subscription { reportChanged(province: "nam-dinh", year: 2021) { version } }' }, 'GET with a subscription (no event stream asked)')],
  [2, 'GET without a query', (rng) => ({ ...get({}, ''), query: rng.pick([undefined, '', 'query=', 'variables={}', 'operationName=A']), note: 'GET without a query' })],
  // Accept: text/event-stream sends the request to the server-sent events transport: broken requests only, and
  // queries (which end), never a subscription (which would hold the connection).
  [3, 'event stream with a broken request', (rng) => ({
    ...post(rng.pick(['{', '[]', '{"query":1}', '{"query":"{ nope }"}', '{"query":"{ __typename }","variables":[]}', '', '{"query":"{ __typename"}']), ''),
    headers: { 'content-type': rng.pick([JSON_TYPE, 'text/plain']), accept: 'text/event-stream' },
    note: 'event stream asked with a broken request',
  })],
  [1, 'event stream with a method not taken', (rng) => ({ ...post(BODY, ''), method: rng.pick(['PUT', 'DELETE', 'PATCH']), headers: { 'content-type': JSON_TYPE, accept: 'text/event-stream' }, note: 'event stream with PUT/DELETE/PATCH' })],
  [1, 'event stream with a mutation', (rng) => {
    const { query, what } = hostileMutation(rng);
    return { ...post(JSON.stringify({ query }), ''), headers: { 'content-type': JSON_TYPE, accept: 'text/event-stream' }, note: `event stream with a mutation (${what})`, mutation: true };
  }],
  [1, 'event stream GET with a mutation', (rng) => {
    const { query, what } = hostileMutation(rng);
    return { ...get({ query }, ''), headers: { accept: 'text/event-stream' }, note: `event stream GET with a mutation (${what})`, mutation: true };
  }],
  [2, 'another path', (rng) => ({
    ...post(BODY, ''),
    path: rng.pick(['/graphql/', '/GRAPHQL', '/graphql/../graphql', '/graphql%00', '/graphql;x', '//graphql', '/graphql/x', '/%2e%2e/graphql', '/status?x=%FF', '/graphiql', '/graphql?query', `/${'a'.repeat(3000)}`, '/favicon.ico', '/.env', '/graphql/%2e%2e/%2e%2e/etc/passwd']),
    note: 'another path',
  })],
  [2, 'a chunked body', (rng) => ({
    ...post(rng.pick([BODY, '{"query":"{ __typename ', '{"query":"{ reports { id } }"}']), ''),
    headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE, 'transfer-encoding': 'chunked' },
    note: 'a chunked body',
  })],
  [1, 'Expect: 100-continue', () => ({ ...post(BODY, ''), headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE, expect: '100-continue' }, note: 'Expect: 100-continue' })],
  [1, 'Expect unknown', () => ({ ...post(BODY, ''), headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE, expect: 'the-unexpected' }, note: 'Expect: the-unexpected' })],
  [1, 'a WebSocket upgrade without WebSocket', (rng) => ({
    ...get({ query: '{ __typename }' }, ''),
    headers: { accept: GRAPHQL_RESPONSE, connection: 'Upgrade', upgrade: rng.pick(['websocket', 'h2c', 'nonsense']), 'sec-websocket-version': rng.pick(['13', '8', 'x']) },
    note: 'a half-made upgrade request',
  })],
  [1, 'a body on GET', () => ({ ...get({ query: '{ __typename }' }, ''), headers: { accept: GRAPHQL_RESPONSE, 'content-type': JSON_TYPE }, body: '{"query":"mutation { createReport(input: { province: \\"zz\\", year: 1999 }) { applied } }"}', note: 'GET with a body', mutation: true })],
  [1, 'conflicting headers', () => ({ ...post(BODY, ''), headers: { 'content-type': [JSON_TYPE, 'text/plain'], accept: [GRAPHQL_RESPONSE, 'text/html'] }, note: 'two Content-Type and two Accept headers' })],
];

export default {
  name: 'http-protocol',
  weight: 11,
  make(rng) {
    const [, , make] = rng.weighted(CASES.map((entry) => [entry[0], entry]));
    return make(rng);
  },
};
