// Apollo Client 4 as a front-end developer sets it up, in Node: InMemoryCache at its defaults (no typePolicies, no
// keyFields), HttpLink for queries and mutations, GraphQLWsLink (graphql-ws) for subscriptions, the token in an
// Authorization header and in connection_init. Run with `--conditions=development` (what a bundler's dev server
// resolves), so Apollo's development checks and warnings are on; the suite checks that they are.
//
// One report query is watched, as a page would show it; then:
// - setIndicator through Apollo: the watched figure takes the payload's value, without a refetch;
// - another editor changes the figure (plain HTTP): the indicatorChanged event over GraphQLWsLink (its figure and
//   report { id version }) updates the watched figure and version, without a refetch;
// - Nam Định and Hà Nam read through the same cache: each still shows its own tasks and figures;
// - report(version: 1) read after the change leaves the current report's figure and version as they are;
// - nothing of it makes Apollo warn (console.warn / console.error captured throughout);
// - the automatic persisted queries link: hash only → PERSISTED_QUERY_NOT_FOUND → the link sends the query →
//   later hash-only requests answered, over POST and with useGETForHashedQueries over GET (checked on the wire).
// The figure changed is put back at the end.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { sha256 } from 'crypto-hash';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition } from '@apollo/client/utilities';
import { __DEV__ } from '@apollo/client/utilities/environment';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import {
  FIGURE_CODE, HA_NAM, NAM_DINH, SERVER_TOKEN, SERVER_URL, WS_URL, captureConsole, ensureHaNam, eventually, figure,
  listing, operationOf, plus, recordingFetch, reportAsServed, setFigure, setInput, settledSubscriptions,
  subscriptionsActive, within, keptResults,
  REPORT_TEXT, SET_INDICATOR_TEXT, INDICATOR_CHANGED_TEXT,
} from './support.mjs';

loadDevMessages();
loadErrorMessages();
const console_ = captureConsole();

const REPORT = gql(REPORT_TEXT);
const SET_INDICATOR = gql(SET_INDICATOR_TEXT);
const INDICATOR_CHANGED = gql(INDICATOR_CHANGED_TEXT);

const http = recordingFetch();
const wsClient = createClient({ url: WS_URL, webSocketImpl: WebSocket, connectionParams: { token: SERVER_TOKEN }, retryAttempts: 0 });
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: SERVER_URL, fetch: http.fetch, headers: { authorization: `Bearer ${SERVER_TOKEN}` } }),
  ),
});

const shared = { original: undefined, watch: undefined, ran: new Set() };
const requestsOf = (name) => http.calls.filter((call) => operationOf(call) === name).length;
const shownFigure = (result) => result?.data?.report?.indicators?.find((indicator) => indicator.code === FIGURE_CODE);

/** Watches a query and keeps every result: `latest`, and `until(accept)` for the first result that passes. */
function watch(options) {
  return keptResults((push) => {
    const subscription = client.watchQuery(options).subscribe({ next: push, error: (error) => push({ error }) });
    return () => subscription.unsubscribe();
  });
}

after(async () => {
  shared.watch?.stop();
  console_.restore();
  if (shared.original) {
    // Put the figure back (as another editor): later suites see Nam Định's figure as the report states it.
    const current = await figure(NAM_DINH).catch(() => undefined);
    if (current && current.value !== shared.original.value) await setFigure(NAM_DINH, current, shared.original.value, 'clients e2e: put back');
  }
  await wsClient.dispose();
  client.stop();
});

test('Apollo runs with its development checks on (so its cache warnings would show)', () => {
  assert.equal(__DEV__, true, 'run node with --conditions=development');
});

test('Apollo: the report query shows Nam Định 2021 with its figures', async () => {
  shared.original = await figure(NAM_DINH);
  shared.watch = watch({ query: REPORT, variables: { province: NAM_DINH.province, year: NAM_DINH.year } });
  const result = await shared.watch.until((r) => r.data?.report, 10_000, 'the report query');
  shared.ran.add('query'); // went through it, whatever the checks below say
  const shown = shownFigure(result);
  assert.ok(shown, `${FIGURE_CODE} not shown`);
  assert.equal(shown.value, shared.original.value);
  assert.match(shown.id, /\S/, 'the figure has no id');
  assert.equal(requestsOf('ClientsReport'), 1);
});

test('Apollo: setIndicator\'s payload updates the shown figure in the cache, without a refetch', async () => {
  assert.ok(shared.watch?.latest?.data, 'needs the report query (the test before)');
  const value = plus(shared.original.value, 1);
  const { data } = await within(10_000, client.mutate({
    mutation: SET_INDICATOR,
    variables: { input: setInput(NAM_DINH, shared.original, value, 'clients e2e: Apollo') },
  }), 'the mutation');
  shared.ran.add('mutation'); // went through it, whatever the checks below say
  assert.equal(data.setIndicator.applied, true);
  assert.equal(data.setIndicator.indicator.id, shownFigure(shared.watch.latest).id, 'the payload\'s figure has another id than the shown one');
  const shown = await shared.watch.until((r) => shownFigure(r)?.value === value, 5_000, `the shown figure to become ${value}`);
  assert.equal(shown.data.report.version, data.setIndicator.version, 'the shown report\'s version did not follow the payload\'s report { id version }');
  assert.equal(requestsOf('ClientsReport'), 1, 'Apollo fetched the report again');
});

test('Apollo: an indicatorChanged event over GraphQLWsLink updates the shown figure, without a refetch', async () => {
  assert.ok(shared.watch?.latest?.data, 'needs the report query');
  const before = await settledSubscriptions();
  const events = [];
  const subscription = client
    .subscribe({ query: INDICATOR_CHANGED, variables: { where: { province: NAM_DINH.province, year: NAM_DINH.year, code: FIGURE_CODE } } })
    .subscribe({ next: (result) => events.push(result), error: (error) => events.push({ error }) });
  try {
    await subscriptionsActive(before + 1);
    const value = plus(shared.original.value, 2);
    const version = await setFigure(NAM_DINH, await figure(NAM_DINH), value, 'clients e2e: another editor');
    const event = await eventually(async () => events.at(-1), (last) => last?.error || last?.data?.indicatorChanged?.version === version, 10_000, 'the event');
    shared.ran.add('subscription'); // went through it, whatever the checks below say
    assert.ifError(event.error);
    assert.equal(event.data.indicatorChanged.figure?.id, shownFigure(shared.watch.latest).id, 'the event\'s figure has another id than the shown one');
    const shown = await shared.watch.until((r) => shownFigure(r)?.value === value, 5_000, `the shown figure to become ${value}`);
    assert.equal(shown.data.report.version, version, 'the shown report\'s version did not follow the event\'s report { id version }');
    assert.equal(requestsOf('ClientsReport'), 1, 'Apollo fetched the report again');
  } finally {
    subscription.unsubscribe();
  }
});

test('Apollo: Nam Định and Hà Nam read through one cache each show their own tasks and figures', async () => {
  await ensureHaNam();
  // From the network, both: what this checks is that one report's objects do not overwrite the other's.
  for (const report of [NAM_DINH, HA_NAM]) {
    const variables = { province: report.province, year: report.year };
    await within(10_000, client.query({ query: REPORT, variables, fetchPolicy: 'network-only' }), `${report.province}'s report`);
  }
  shared.ran.add('two reports'); // went through it, whatever the checks below say
  for (const report of [NAM_DINH, HA_NAM]) {
    const served = await reportAsServed(report);
    const cached = client.readQuery({ query: REPORT, variables: { province: report.province, year: report.year } });
    assert.ok(cached?.report, `${report.province} is not in the cache`);
    assert.deepEqual(cached.report.tasks.map((task) => task.text), served.tasks.map((task) => task.text), `${report.province}'s tasks as cached differ from the server's`);
    assert.deepEqual(cached.report.indicators.map(({ code, value }) => ({ code, value })), served.indicators, `${report.province}'s figures as cached differ from the server's`);
  }
});

test('Apollo: report(version: 1) read after the change leaves the current report as it is in the cache', async () => {
  const current = await reportAsServed(NAM_DINH);
  assert.ok(current.version > 1, 'needs a change (the tests before)');
  const variables = { province: NAM_DINH.province, year: NAM_DINH.year };
  // The current report as it is now first (whatever the tests before left in the cache), then version 1.
  await within(10_000, client.query({ query: REPORT, variables, fetchPolicy: 'network-only' }), 'the current report');
  const currentValue = current.indicators.find((i) => i.code === FIGURE_CODE).value;
  await shared.watch.until((r) => shownFigure(r)?.value === currentValue, 5_000, `the watched figure to show ${currentValue}`);
  const { data: old } = await within(10_000, client.query({ query: REPORT, variables: { ...variables, version: 1 } }), 'version 1');
  shared.ran.add('old version'); // went through it, whatever the checks below say
  // Time for a wrong write to reach the watched query (Apollo tells watchers after the write, not within it).
  await delay(200);
  assert.equal(old.report.version, 1);
  const cached = client.readQuery({ query: REPORT, variables });
  assert.equal(cached.report.version, current.version, 'the current report\'s version in the cache changed');
  assert.deepEqual(cached.report.indicators.map(({ code, value }) => ({ code, value })), current.indicators, 'the current report\'s figures in the cache changed');
  assert.equal(shownFigure(shared.watch.latest)?.value, currentValue, 'the watched figure changed');
  assert.notEqual(old.report.id, cached.report.id, 'version 1 has the current report\'s id');
});

test('Apollo logs no warning or error through all of it (cache warnings such as "Cache data may be lost…")', () => {
  assert.equal(console_.seen.length, 0, `${console_.seen.length} console lines:\n${listing(console_.seen)}`);
  // Only worth something when Apollo went through all of it.
  const steps = ['query', 'mutation', 'subscription', 'two reports', 'old version'];
  assert.deepEqual(steps.filter((step) => !shared.ran.has(step)), [], 'steps that did not get through above could not be checked for warnings');
});

// -------------------------------------------------------------------------------------------------------------------
// Automatic persisted queries (Apollo's protocol), checked on the wire

/** A query no earlier run sent (its name is new), so its hash is unknown to the server at first. */
const freshQuery = (name) => gql`query ${name}_${randomUUID().replaceAll('-', '')}($province: String!, $year: Int!) {
  report(province: $province, year: $year) { id version }
}`;

function apqClient(options = {}) {
  const wire = recordingFetch();
  const apq = new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: SERVER_URL, fetch: wire.fetch })),
  });
  return { apq, wire };
}

const describeCall = (call) => `${call.method} ${call.body?.query ? 'with query' : 'hash only'} → ${call.status} ${call.responseText?.slice(0, 200) ?? call.contentType}`;
const errorCodes = (call) => (JSON.parse(call.responseText ?? '{}').errors ?? []).map((error) => error.extensions?.code);

async function checkApq(method, options) {
  const { apq, wire } = apqClient(options);
  try {
    const query = freshQuery(`ApqCheck${method}`);
    const variables = { province: NAM_DINH.province, year: NAM_DINH.year };
    const first = await apq.query({ query, variables, fetchPolicy: 'network-only' });
    assert.ok(first.data?.report?.id, 'the first query has no data');
    const again = await apq.query({ query, variables, fetchPolicy: 'network-only' });
    assert.ok(again.data?.report?.id, 'the second query has no data');
    const calls = wire.calls.map(describeCall).join('\n');
    assert.equal(wire.calls.length, 3, `expected hash only, then with the query, then hash only:\n${calls}`);
    const [hashOnly, withQuery, hashAgain] = wire.calls;
    for (const call of wire.calls) assert.ok(call.body?.extensions?.persistedQuery?.sha256Hash, `no hash sent:\n${calls}`);
    assert.equal(hashOnly.method, method);
    assert.equal(hashOnly.body.query, undefined, `the first request carried the query:\n${calls}`);
    assert.deepEqual(errorCodes(hashOnly), ['PERSISTED_QUERY_NOT_FOUND'], `the server's answer to the hash alone:\n${calls}`);
    assert.ok(withQuery.body.query, `the link did not send the query after PERSISTED_QUERY_NOT_FOUND:\n${calls}`);
    assert.equal(withQuery.status, 200, calls);
    assert.equal(hashAgain.method, method);
    assert.equal(hashAgain.body.query, undefined, `the third request carried the query:\n${calls}`);
    assert.equal(hashAgain.status, 200, calls);
    assert.deepEqual(errorCodes(hashAgain), [], calls);
  } finally {
    apq.stop();
  }
}

test('Apollo persisted queries link (POST): hash only → PERSISTED_QUERY_NOT_FOUND → query sent → hash only answered', () => checkApq('POST'));

test('Apollo persisted queries link with useGETForHashedQueries: the same over GET', () => checkApq('GET', { useGETForHashedQueries: true }));
