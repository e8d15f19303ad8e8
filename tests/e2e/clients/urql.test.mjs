// urql as a front-end developer sets it up, in Node: @urql/core's Client with Graphcache at its defaults
// (`cacheExchange({})`: no keys, no updates, no resolvers), fetchExchange with urql's own Accept header, and
// subscriptionExchange over graphql-ws; the token in an Authorization header and in connection_init.
//
// - urql's default Accept gets JSON back for a plain query (an event stream would have been read as one);
// - the report query is kept live; setIndicator's payload and then an indicatorChanged event update the shown figure
//   through Graphcache's normalised cache, without a refetch;
// - Nam Định and Hà Nam read through one cache each show their own tasks and figures;
// - report(version: 1) read after the change leaves the current report's figure and version as they are;
// - Graphcache warns about nothing (console.warn captured): no "no key could be generated" for any object.
// The figure changed is put back at the end.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { Client, fetchExchange, gql, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import {
  FIGURE_CODE, HA_NAM, NAM_DINH, SERVER_TOKEN, SERVER_URL, URQL_DEFAULT_ACCEPT, WS_URL, captureConsole, ensureHaNam,
  eventually, figure, listing, operationOf, plus, recordingFetch, reportAsServed, setFigure, setInput,
  settledSubscriptions, subscriptionsActive, within, keptResults,
  REPORT_TEXT, SET_INDICATOR_TEXT, INDICATOR_CHANGED_TEXT,
} from './support.mjs';

const console_ = captureConsole();

const REPORT = gql(REPORT_TEXT);
const SET_INDICATOR = gql(SET_INDICATOR_TEXT);
const INDICATOR_CHANGED = gql(INDICATOR_CHANGED_TEXT);

const http = recordingFetch();
const wsClient = createClient({ url: WS_URL, webSocketImpl: WebSocket, connectionParams: { token: SERVER_TOKEN }, retryAttempts: 0 });
const client = new Client({
  url: SERVER_URL,
  fetch: http.fetch,
  fetchOptions: { headers: { authorization: `Bearer ${SERVER_TOKEN}` } },
  exchanges: [
    cacheExchange({}),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' };
        return { subscribe: (sink) => ({ unsubscribe: wsClient.subscribe(input, sink) }) };
      },
    }),
  ],
});

const shared = { original: undefined, live: undefined, ran: new Set() };
const requestsOf = (name) => http.calls.filter((call) => operationOf(call) === name);
const shownFigure = (result) => result?.data?.report?.indicators?.find((indicator) => indicator.code === FIGURE_CODE);

/** Keeps a query live (as a page does) and every result it gives: `latest`, `until(accept)`. */
function live(query, variables) {
  return keptResults((push) => client.query(query, variables).subscribe(push).unsubscribe);
}

after(async () => {
  shared.live?.stop();
  console_.restore();
  if (shared.original) {
    const current = await figure(NAM_DINH).catch(() => undefined);
    if (current && current.value !== shared.original.value) await setFigure(NAM_DINH, current, shared.original.value, 'clients e2e: put back');
  }
  await wsClient.dispose();
});

test('urql: a plain query with urql\'s default Accept is answered JSON, not an event stream', async () => {
  const plain = gql`query ClientsPlain { report(province: "nam-dinh", year: 2021) { id version } }`;
  const result = await within(10_000, client.query(plain, {}).toPromise(), 'the plain query');
  const [call] = requestsOf('ClientsPlain');
  assert.ok(call, 'urql sent no request');
  assert.equal(call.headers.accept, URQL_DEFAULT_ACCEPT, 'urql did not send its default Accept (the test must not set one)');
  assert.match(call.contentType, /^application\/(graphql-response\+)?json\b/, `answered ${call.contentType}`);
  assert.ifError(result.error);
  assert.ok(result.data?.report?.id);
});

test('urql + Graphcache: the report query shows Nam Định 2021 with its figures', async () => {
  shared.original = await figure(NAM_DINH);
  shared.live = live(REPORT, { province: NAM_DINH.province, year: NAM_DINH.year });
  const result = await shared.live.until((r) => r.data?.report, 10_000, 'the report query');
  shared.ran.add('query'); // went through it, whatever the checks below say
  assert.equal(shownFigure(result)?.value, shared.original.value);
  assert.equal(requestsOf('ClientsReport').length, 1);
  assert.match(requestsOf('ClientsReport')[0].contentType, /json/);
});

test('urql + Graphcache: setIndicator\'s payload updates the shown figure, without a refetch', async () => {
  assert.ok(shared.live?.latest?.data, 'needs the report query (the test before)');
  const value = plus(shared.original.value, 1);
  const input = setInput(NAM_DINH, shared.original, value, 'clients e2e: urql');
  const result = await within(10_000, client.mutation(SET_INDICATOR, { input }).toPromise(), 'the mutation');
  shared.ran.add('mutation'); // went through it, whatever the checks below say
  assert.ifError(result.error);
  assert.equal(result.data.setIndicator.applied, true);
  const shown = await shared.live.until((r) => shownFigure(r)?.value === value, 5_000, `the shown figure to become ${value}`);
  assert.equal(shown.data.report.version, result.data.setIndicator.version, 'the shown report\'s version did not follow the payload');
  assert.equal(requestsOf('ClientsReport').length, 1, 'urql fetched the report again');
});

test('urql + Graphcache: an indicatorChanged event over graphql-ws updates the shown figure, without a refetch', async () => {
  assert.ok(shared.live?.latest?.data, 'needs the report query');
  const before = await settledSubscriptions();
  const events = [];
  const { unsubscribe } = client
    .subscription(INDICATOR_CHANGED, { where: { province: NAM_DINH.province, year: NAM_DINH.year, code: FIGURE_CODE } })
    .subscribe((result) => events.push(result));
  try {
    await subscriptionsActive(before + 1);
    const value = plus(shared.original.value, 2);
    const version = await setFigure(NAM_DINH, await figure(NAM_DINH), value, 'clients e2e: another editor');
    const event = await eventually(async () => events.at(-1), (last) => last?.error || last?.data?.indicatorChanged?.version === version, 10_000, 'the event');
    shared.ran.add('subscription'); // went through it, whatever the checks below say
    assert.ifError(event.error);
    assert.equal(event.data.indicatorChanged.figure?.id, shownFigure(shared.live.latest).id, 'the event\'s figure has another id than the shown one');
    const shown = await shared.live.until((r) => shownFigure(r)?.value === value, 5_000, `the shown figure to become ${value}`);
    assert.equal(shown.data.report.version, version, 'the shown report\'s version did not follow the event\'s report { id version }');
    assert.equal(requestsOf('ClientsReport').length, 1, 'urql fetched the report again');
  } finally {
    unsubscribe();
  }
});

test('urql + Graphcache: Nam Định and Hà Nam read through one cache each show their own tasks and figures', async () => {
  await ensureHaNam();
  // From the network, both: what this checks is that one report's objects do not overwrite the other's.
  for (const report of [NAM_DINH, HA_NAM]) {
    const variables = { province: report.province, year: report.year };
    const result = await within(10_000, client.query(REPORT, variables, { requestPolicy: 'network-only' }).toPromise(), `${report.province}'s report`);
    assert.ifError(result.error);
  }
  shared.ran.add('two reports'); // went through it, whatever the checks below say
  for (const report of [NAM_DINH, HA_NAM]) {
    const served = await reportAsServed(report);
    const cached = client.readQuery(REPORT, { province: report.province, year: report.year });
    assert.ok(cached?.data?.report, `${report.province} is not in the cache`);
    assert.deepEqual(cached.data.report.tasks.map((task) => task.text), served.tasks.map((task) => task.text), `${report.province}'s tasks as cached differ from the server's`);
    assert.deepEqual(cached.data.report.indicators.map(({ code, value }) => ({ code, value })), served.indicators, `${report.province}'s figures as cached differ from the server's`);
  }
});

test('urql + Graphcache: report(version: 1) read after the change leaves the current report as it is in the cache', async () => {
  const current = await reportAsServed(NAM_DINH);
  assert.ok(current.version > 1, 'needs a change (the tests before)');
  const variables = { province: NAM_DINH.province, year: NAM_DINH.year };
  // The current report as it is now first (whatever the tests before left in the cache), then version 1.
  const now = await within(10_000, client.query(REPORT, variables, { requestPolicy: 'network-only' }).toPromise(), 'the current report');
  assert.ifError(now.error);
  const old = await within(10_000, client.query(REPORT, { ...variables, version: 1 }).toPromise(), 'version 1');
  shared.ran.add('old version'); // went through it, whatever the checks below say
  assert.ifError(old.error);
  assert.equal(old.data.report.version, 1);
  const cached = client.readQuery(REPORT, variables);
  assert.equal(cached?.data?.report?.version, current.version, 'the current report\'s version in the cache changed');
  assert.deepEqual(cached.data.report.indicators.map(({ code, value }) => ({ code, value })), current.indicators, 'the current report\'s figures in the cache changed');
  assert.equal(shownFigure(shared.live?.latest)?.value, current.indicators.find((i) => i.code === FIGURE_CODE).value, 'the live query\'s figure changed');
  assert.notEqual(old.data.report.id, cached.data.report.id, 'version 1 has the current report\'s id');
});

test('urql + Graphcache logs no warning (no "no key could be generated") through all of it', () => {
  assert.equal(console_.seen.length, 0, `${console_.seen.length} console lines:\n${listing(console_.seen)}`);
  const steps = ['query', 'mutation', 'subscription', 'two reports', 'old version'];
  assert.deepEqual(steps.filter((step) => !shared.ran.has(step)), [], 'steps that did not get through above could not be checked for warnings');
});
