// Server-sent events, graphql-sse's distinct connections mode: the graphql-sse client subscribes to
// reportChanged and receives a change; a query streams one "next" and "complete"; /status counts the streams.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-sse';
import {
  collect, within, newReport, setIndicator, statusShows, SERVER_URL, SERVER_TOKEN, REPORT_CHANGED, INDICATOR_CHANGED,
} from './support.mjs';

const clients = [];
const sse = () => {
  // The server keeps subscriptions for partners: the client sends the suite's (admin) token.
  const client = createClient({ url: SERVER_URL, singleConnection: false, retryAttempts: 0, headers: { authorization: `Bearer ${SERVER_TOKEN}` } });
  clients.push(client);
  return client;
};
afterEach(async () => {
  for (const client of clients.splice(0)) client.dispose();
  await statusShows({ activeSubscriptions: 0, eventStreamConnections: 0 });
});

test('graphql-sse client: reportChanged over server-sent events receives a change made over HTTP', async () => {
  const report = await newReport();
  const changes = collect(sse(), { query: REPORT_CHANGED, variables: { province: report.province, year: report.year } });
  await statusShows({ activeSubscriptions: 1, eventStreamConnections: 1 });

  const first = await setIndicator(report, 'telecom.revenue', '100', '1000000000');
  const second = await setIndicator(report, 'internet.subscribers.new', '45000');
  const a = (await changes.next()).data.reportChanged;
  const b = (await changes.next()).data.reportChanged;
  assert.deepEqual([a.version, a.cursor], [first, `${report.key}:${first}`]);
  assert.deepEqual(a.changes[0].newIndicator, { code: 'telecom.revenue', value: '100', multiplier: '1000000000', baseValue: '100000000000' });
  assert.deepEqual([b.version, b.cursor], [second, `${report.key}:${second}`]);
  assert.equal(b.changes[0].key, 'internet.subscribers.new');

  changes.stop();
  await statusShows({ activeSubscriptions: 0, eventStreamConnections: 0 });
});

test('graphql-sse client: indicatorChanged filtered by code over server-sent events', async () => {
  const report = await newReport();
  const figures = collect(sse(), {
    query: INDICATOR_CHANGED,
    variables: { where: { province: report.code, year: report.year, code: 'internet.subscribers.new' } },
  });
  await statusShows({ activeSubscriptions: 1, eventStreamConnections: 1 });
  await setIndicator(report, 'telecom.revenue', '100', '1000000000');
  const version = await setIndicator(report, 'internet.subscribers.new', '45000');
  const figure = (await figures.next()).data.indicatorChanged;
  assert.deepEqual([figure.code, figure.version, figure.oldValue], ['internet.subscribers.new', version, null]);
  assert.deepEqual(figure.newValue, { code: 'internet.subscribers.new', value: '45000', multiplier: '1' });
});

test('graphql-sse client: a query streams one result, then the server completes', async () => {
  const report = await newReport();
  const query = collect(sse(), {
    query: 'query($p: String!, $y: Int!) { report(province: $p, year: $y) { id version synthetic } }',
    variables: { p: report.province, y: report.year },
  });
  const results = await within(5_000, query.done, 'the query to complete');
  assert.deepEqual(results, [{ data: { report: { id: `Report:${report.key}`, version: report.version, synthetic: true } } }]);
});

test('POST with Accept: text/event-stream: "event: next" with the result, then "event: complete"', async () => {
  const response = await fetch(SERVER_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: '{ province(id: "36") { slug } }' }),
    signal: AbortSignal.timeout(5_000),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  const text = await response.text();
  const events = text.split('\n\n').filter(Boolean).map((block) => Object.fromEntries(
    block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  ));
  assert.deepEqual(events.map((event) => event.event), ['next', 'complete']);
  assert.deepEqual(JSON.parse(events[0].data), { data: { province: { slug: 'nam-dinh' } } });
});
