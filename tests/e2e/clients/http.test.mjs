// What the clients' HTTP requests rely on, checked on the wire with node's fetch:
// - content negotiation by the client's preference: urql's default Accept gets JSON for a query (POST and GET), and
//   `Accept: text/event-stream` alone still gets an event stream for a subscription;
// - HTTP caching of GET queries: 200 with an ETag and Cache-Control; the same with If-None-Match → 304, no body;
//   after a mutation of that report → 200 with a new ETag (the three status lines and ETags are printed);
// - CORS, when the server was started with an allowed origin (CLIENTS_E2E_CORS_ORIGIN names it); skipped otherwise.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIGURE_CODE, NAM_DINH, SERVER_TOKEN, SERVER_URL, URQL_DEFAULT_ACCEPT, eventually, figure, plus, setFigure, status,
} from './support.mjs';

const JSON_TYPES = /^application\/(graphql-response\+)?json\b/;
const REPORT_QUERY = 'query CachedReport($province: String!, $year: Int!, $code: String!) { report(province: $province, year: $year) { id version indicators(code: $code) { code value } } }';
const VARIABLES = { province: NAM_DINH.province, year: NAM_DINH.year, code: FIGURE_CODE };

function getUrl(query, variables) {
  const url = new URL(SERVER_URL);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return url;
}

test('content negotiation: a query POSTed with urql\'s default Accept is answered JSON', async () => {
  const response = await fetch(SERVER_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: URQL_DEFAULT_ACCEPT },
    body: JSON.stringify({ query: REPORT_QUERY, variables: VARIABLES }),
    signal: AbortSignal.timeout(10_000),
  });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  assert.match(type, JSON_TYPES, `answered ${response.status} ${type}: ${text.slice(0, 200)}`);
  assert.ok(JSON.parse(text).data?.report, text.slice(0, 300));
});

test('content negotiation: a GET query with urql\'s default Accept is answered JSON', async () => {
  const response = await fetch(getUrl(REPORT_QUERY, VARIABLES), { headers: { accept: URQL_DEFAULT_ACCEPT }, signal: AbortSignal.timeout(10_000) });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  assert.match(type, JSON_TYPES, `answered ${response.status} ${type}: ${text.slice(0, 200)}`);
  assert.ok(JSON.parse(text).data?.report, text.slice(0, 300));
});

test('content negotiation: a subscription POSTed with Accept: text/event-stream alone gets an event stream', async () => {
  const before = (await status()).activeSubscriptions;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const response = await fetch(SERVER_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${SERVER_TOKEN}` },
      body: JSON.stringify({ query: 'subscription { indicatorChanged(where: { province: "nam-dinh", year: 2021 }) { cursor } }' }),
      signal: controller.signal,
    });
    const type = response.headers.get('content-type') ?? '';
    assert.equal(response.status, 200, `answered ${response.status} ${type}`);
    assert.match(type, /^text\/event-stream\b/, `answered ${type}`);
  } finally {
    clearTimeout(timer);
    controller.abort();
    // Gone from the server before the next test counts subscriptions.
    await eventually(status, (now) => now.activeSubscriptions <= before, 10_000, 'the event stream\'s subscription to end');
  }
});

// ---------------------------------------------------------------------------------------------------------------
// HTTP caching of GET queries

const cachedGet = async (headers = {}) => {
  const response = await fetch(getUrl(REPORT_QUERY, VARIABLES), {
    headers: { accept: 'application/graphql-response+json', ...headers },
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
};
const line = (what, answer) => `${what} → ${answer.status}, ETag ${answer.etag ?? '(none)'}, Cache-Control ${answer.cacheControl ?? '(none)'}${answer.status === 304 ? `, ${answer.body.length} bytes of body` : ''}`;
const restore = { original: undefined };

after(async () => {
  if (!restore.original) return;
  const current = await figure(NAM_DINH).catch(() => undefined);
  if (current && current.value !== restore.original.value) await setFigure(NAM_DINH, current, restore.original.value, 'clients e2e: put back');
});

test('HTTP caching of GET: 200 with ETag; If-None-Match → 304 without a body; after a mutation → 200, new ETag', async (t) => {
  const first = await cachedGet();
  t.diagnostic(line('GET report', first));
  console.log(`  ${line('GET report', first)}`);
  assert.equal(first.status, 200, first.body.slice(0, 300));
  assert.ok(first.etag, 'no ETag on a GET query\'s answer');
  assert.ok(first.cacheControl, 'no Cache-Control on a GET query\'s answer');

  const unchanged = await cachedGet({ 'if-none-match': first.etag });
  t.diagnostic(line(`GET report, If-None-Match ${first.etag}`, unchanged));
  console.log(`  ${line(`GET report, If-None-Match ${first.etag}`, unchanged)}`);
  assert.equal(unchanged.status, 304, `If-None-Match with the current ETag answered ${unchanged.status}`);
  assert.equal(unchanged.body, '', '304 carried a body');

  restore.original = await figure(NAM_DINH);
  await setFigure(NAM_DINH, restore.original, plus(restore.original.value, 3), 'clients e2e: HTTP caching');
  const changed = await cachedGet({ 'if-none-match': first.etag });
  t.diagnostic(line(`after setIndicator: GET report, If-None-Match ${first.etag}`, changed));
  console.log(`  ${line(`after setIndicator: GET report, If-None-Match ${first.etag}`, changed)}`);
  assert.equal(changed.status, 200, `after a mutation, the old ETag answered ${changed.status}`);
  assert.ok(changed.etag, 'no ETag after the mutation');
  assert.notEqual(changed.etag, first.etag, 'the ETag did not change with the report');
  assert.equal(JSON.parse(changed.body).data.report.indicators[0].value, plus(restore.original.value, 3));
});

// ---------------------------------------------------------------------------------------------------------------
// CORS, only when the server was started with an allowed origin

const ORIGIN = process.env.CLIENTS_E2E_CORS_ORIGIN;
const noCors = ORIGIN ? false : 'the server was started without an allowed origin (CLIENTS_E2E_CORS_ORIGIN unset)';

test('CORS: a preflight from the allowed origin is answered for POST with content-type and authorization', { skip: noCors }, async () => {
  const response = await fetch(SERVER_URL, {
    method: 'OPTIONS',
    headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    signal: AbortSignal.timeout(10_000),
  });
  assert.ok(response.status === 204 || response.status === 200, `preflight answered ${response.status}`);
  assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/i);
  assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/i);
  assert.match(response.headers.get('access-control-allow-headers') ?? '', /authorization/i);
});

test('CORS: a query from the allowed origin is answered with Access-Control-Allow-Origin; another origin is not', { skip: noCors }, async () => {
  const ask = (origin) => fetch(SERVER_URL, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(10_000),
  });
  const allowed = await ask(ORIGIN);
  assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
  const other = await ask('https://not-allowed.example');
  assert.equal(other.headers.get('access-control-allow-origin'), null, 'an origin not configured was allowed');
});
