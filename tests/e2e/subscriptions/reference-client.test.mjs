// The reference client, graphql-ws, against the server: subscriptions receive each change with its version,
// cursor and the figures before and after, whether the change came over HTTP or over the socket; the filters
// of indicatorChanged let through only what they name; queries and mutations run over the socket too.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  wsClient, collect, newReport, setIndicator, graphql, statusShows, within,
  REPORT_CHANGED, INDICATOR_CHANGED, SET_INDICATOR, delay,
} from './support.mjs';

const clients = [];
const client = (options) => {
  const made = wsClient(options);
  clients.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(clients.splice(0).map((made) => made.dispose()));
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 });
});

test('reportChanged delivers a change made over HTTP: version, cursor, by, operation, old and new figure', async () => {
  const report = await newReport();
  const ws = client();
  const changes = collect(ws, { query: REPORT_CHANGED, variables: { province: report.province, year: report.year } });
  await statusShows({ activeSubscriptions: 1 });

  const first = await setIndicator(report, 'telecom.revenue', '100', '1000000000');
  const second = await setIndicator(report, 'telecom.revenue', '120', '1000000000');
  assert.equal(second, first + 1);

  const added = (await changes.next()).data.reportChanged;
  assert.equal(added.version, first);
  assert.equal(added.cursor, `${report.key}:${first}`);
  assert.equal(added.operation, 'setIndicator');
  assert.equal(added.reason, 'subscriptions e2e');
  assert.equal(typeof added.by, 'string');
  assert.ok(!Number.isNaN(Date.parse(added.at)), `at is a date: ${added.at}`);
  assert.deepEqual(added.province, { code: report.code, slug: report.province });
  assert.equal(added.year, report.year);
  assert.equal(added.changes.length, 1);
  const [addedEntry] = added.changes;
  assert.equal(addedEntry.part, 'indicators');
  assert.equal(addedEntry.key, 'telecom.revenue');
  assert.equal(addedEntry.oldValue, null);
  assert.equal(addedEntry.oldIndicator, null);
  assert.deepEqual(addedEntry.newIndicator, { code: 'telecom.revenue', value: '100', multiplier: '1000000000', baseValue: '100000000000' });
  assert.equal(JSON.parse(addedEntry.newValue).value, 100);

  const changed = (await changes.next()).data.reportChanged;
  assert.equal(changed.version, second);
  assert.equal(changed.cursor, `${report.key}:${second}`);
  const [changedEntry] = changed.changes;
  assert.deepEqual(changedEntry.oldIndicator, { code: 'telecom.revenue', value: '100', multiplier: '1000000000', baseValue: '100000000000' });
  assert.deepEqual(changedEntry.newIndicator, { code: 'telecom.revenue', value: '120', multiplier: '1000000000', baseValue: '120000000000' });
});

test('reportChanged delivers a change made by a mutation over the same socket', async () => {
  const report = await newReport();
  const ws = client();
  const changes = collect(ws, { query: REPORT_CHANGED, variables: { province: report.code, year: report.year } });
  await statusShows({ activeSubscriptions: 1 });

  const mutation = collect(ws, {
    query: SET_INDICATOR,
    variables: { province: report.province, year: report.year, code: 'internet.subscribers.new', value: '45000' },
  });
  const [result] = await within(5_000, mutation.done, 'the mutation to complete');
  assert.equal(mutation.results.length, 1, 'a mutation gives one next, then complete');
  assert.deepEqual(result.data.setIndicator, { applied: true, version: report.version + 1 });

  const event = (await changes.next()).data.reportChanged;
  assert.equal(event.version, report.version + 1);
  assert.equal(event.cursor, `${report.key}:${report.version + 1}`);
  assert.deepEqual(event.changes[0].newIndicator, { code: 'internet.subscribers.new', value: '45000', multiplier: '1', baseValue: '45000' });
});

test('reportChanged for one report receives nothing of another', async () => {
  const followed = await newReport();
  const other = await newReport();
  const ws = client();
  const changes = collect(ws, { query: REPORT_CHANGED, variables: { province: followed.province, year: followed.year } });
  await statusShows({ activeSubscriptions: 1 });

  await setIndicator(other, 'telecom.revenue', '7', '1000000000');
  const version = await setIndicator(followed, 'telecom.revenue', '8', '1000000000');
  const event = (await changes.next()).data.reportChanged;
  assert.equal(event.cursor, `${followed.key}:${version}`, 'the first event is the followed report\'s');
  await delay(300);
  assert.equal(changes.results.length, 1);
});

test('indicatorChanged filtered by code receives only that figure, one event per figure', async () => {
  const report = await newReport();
  const ws = client();
  const figures = collect(ws, {
    query: INDICATOR_CHANGED,
    variables: { where: { province: report.province, year: report.year, code: 'telecom.revenue' } },
  });
  await statusShows({ activeSubscriptions: 1 });

  await setIndicator(report, 'internet.subscribers.new', '45000');
  const added = await setIndicator(report, 'telecom.revenue', '100', '1000000000');
  await setIndicator(report, 'postal.revenue', '130', '1000000000');
  const changed = await setIndicator(report, 'telecom.revenue', '101', '1000000000');

  const first = (await figures.next()).data.indicatorChanged;
  assert.equal(first.code, 'telecom.revenue');
  assert.equal(first.sector, 'POSTAL_TELECOM');
  assert.equal(first.version, added);
  assert.equal(first.cursor, `${report.key}:${added}`);
  assert.equal(first.operation, 'setIndicator');
  assert.equal(first.oldValue, null);
  assert.deepEqual(first.newValue, { code: 'telecom.revenue', value: '100', multiplier: '1000000000' });

  const second = (await figures.next()).data.indicatorChanged;
  assert.equal(second.version, changed);
  assert.deepEqual(second.oldValue, { code: 'telecom.revenue', value: '100', multiplier: '1000000000' });
  assert.deepEqual(second.newValue, { code: 'telecom.revenue', value: '101', multiplier: '1000000000' });

  await delay(300);
  assert.deepEqual(figures.results.map((result) => result.data.indicatorChanged.code), ['telecom.revenue', 'telecom.revenue']);
});

test('indicatorChanged filtered by sector receives only that sector\'s figures', async () => {
  const report = await newReport();
  const ws = client();
  const figures = collect(ws, {
    query: INDICATOR_CHANGED,
    variables: { where: { province: report.province, year: report.year, sector: 'INFORMATION_TECHNOLOGY' } },
  });
  const postal = collect(ws, {
    query: INDICATOR_CHANGED,
    variables: { where: { province: report.code, year: report.year, sector: 'POSTAL_TELECOM' } },
  });
  await statusShows({ activeSubscriptions: 2 });

  const telecom = await setIndicator(report, 'telecom.revenue', '100', '1000000000');
  const dossiers = await setIndicator(report, 'egov.online-dossiers', '1200');
  const subscribers = await setIndicator(report, 'internet.subscribers.new', '45000');
  const services = await setIndicator(report, 'egov.online-services.level4', '300');

  const it1 = (await figures.next()).data.indicatorChanged;
  const it2 = (await figures.next()).data.indicatorChanged;
  assert.deepEqual([it1.code, it1.version, it1.sector], ['egov.online-dossiers', dossiers, 'INFORMATION_TECHNOLOGY']);
  assert.deepEqual([it2.code, it2.version, it2.sector], ['egov.online-services.level4', services, 'INFORMATION_TECHNOLOGY']);
  assert.deepEqual(it2.newValue, { code: 'egov.online-services.level4', value: '300', multiplier: '1' });

  const p1 = (await postal.next()).data.indicatorChanged;
  const p2 = (await postal.next()).data.indicatorChanged;
  assert.deepEqual([p1.code, p1.version], ['telecom.revenue', telecom]);
  assert.deepEqual([p2.code, p2.version], ['internet.subscribers.new', subscribers]);

  await delay(300);
  assert.equal(figures.results.length, 2, 'no figure of another sector');
  assert.equal(postal.results.length, 2, 'no figure of another sector');
});

test('a query and a mutation over the socket: one next each, then complete', async () => {
  const report = await newReport();
  const ws = client();
  const mutation = collect(ws, {
    query: SET_INDICATOR,
    variables: { province: report.province, year: report.year, code: 'telecom.revenue', value: '555.50', multiplier: '1000000' },
  });
  const mutated = await within(5_000, mutation.done, 'the mutation to complete');
  assert.equal(mutated.length, 1);
  assert.deepEqual(mutated[0].data.setIndicator, { applied: true, version: report.version + 1 });

  const query = collect(ws, {
    query: 'query($p: String!, $y: Int!) { report(province: $p, year: $y) { id version indicators(code: "telecom.revenue") { value multiplier } } }',
    variables: { p: report.province, y: report.year },
  });
  const read = await within(5_000, query.done, 'the query to complete');
  assert.equal(read.length, 1);
  assert.deepEqual(read[0].data.report, {
    id: `Report:${report.key}`,
    version: report.version + 1,
    indicators: [{ value: '555.5', multiplier: '1000000' }],
  });

  const http = await graphql('query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }', { p: report.province, y: report.year });
  assert.equal(http.report.version, report.version + 1, 'HTTP sees the mutation made over the socket');
});

test('a request error over the socket comes back as an error message, and the socket stays open', async () => {
  const ws = client();
  const broken = collect(ws, { query: '{ noSuchField }' });
  const failure = await within(5_000, broken.done.then(() => null, (error) => error), 'the error');
  assert.ok(Array.isArray(failure), `error payload is a list of GraphQL errors: ${JSON.stringify(failure)}`);
  assert.match(failure[0].message, /noSuchField/);

  const fine = collect(ws, { query: '{ __typename }' });
  const [result] = await within(5_000, fine.done, 'a query after the error');
  assert.deepEqual(result.data, { __typename: 'Query' });
});
