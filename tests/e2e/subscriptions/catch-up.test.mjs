// A partner that loses its connection catches up: it remembers the cursor of the last change it received,
// reconnects, subscribes again and asks changes(after: [cursor]) for what it missed — exactly the changes made
// while it was away, oldest first, versions consecutive — and the live subscription carries on from there.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  wsClient, collect, within, newReport, setIndicator, graphql, statusShows, REPORT_CHANGED, delay,
} from './support.mjs';

const clients = [];
const client = () => {
  const made = wsClient();
  clients.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(clients.splice(0).map((made) => made.dispose()));
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 });
});

const CHANGES = `
  query($after: [String!], $where: ChangeFilter, $first: Int) {
    changes(after: $after, where: $where, first: $first) {
      cursor version operation year province { code }
      changes { key oldIndicator { value } newIndicator { value } }
    } }`;

test('reconnect: catch up with changes(after: [last cursor]) — exactly the three missed, in order — then live again', async () => {
  const report = await newReport();
  const where = { province: report.province, year: report.year };

  // Connected: one change, received.
  const before = client();
  const live = collect(before, { query: REPORT_CHANGED, variables: where });
  await statusShows({ activeSubscriptions: 1, webSocketConnections: 1 });
  const seen = await setIndicator(report, 'internet.subscribers.new', '100');
  const received = (await live.next()).data.reportChanged;
  assert.equal(received.version, seen);
  const lastCursor = received.cursor;
  assert.equal(lastCursor, `${report.key}:${seen}`);

  // Disconnected: exactly three changes.
  await before.dispose();
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 });
  const missed = [];
  for (const value of ['101', '102', '103']) missed.push(await setIndicator(report, 'internet.subscribers.new', value));
  assert.deepEqual(missed, [seen + 1, seen + 2, seen + 3]);

  // Reconnected: subscribe first (so nothing falls between), then catch up over the same socket.
  const after = client();
  const resumed = collect(after, { query: REPORT_CHANGED, variables: where });
  await statusShows({ activeSubscriptions: 1, webSocketConnections: 1 });
  const catchUp = collect(after, { query: CHANGES, variables: { after: [lastCursor], where: { province: report.code, year: report.year }, first: 100 } });
  const [{ data, errors }] = await within(5_000, catchUp.done, 'the catch-up query');
  assert.equal(errors, undefined);
  assert.deepEqual(data.changes.map((change) => change.version), missed, 'exactly the three missed, oldest first');
  assert.deepEqual(data.changes.map((change) => change.cursor), missed.map((version) => `${report.key}:${version}`));
  for (const [i, change] of data.changes.entries()) {
    assert.equal(change.operation, 'setIndicator');
    assert.deepEqual(change.province, { code: report.code });
    assert.deepEqual(change.changes, [{
      key: 'internet.subscribers.new',
      oldIndicator: { value: String(100 + i) },
      newIndicator: { value: String(101 + i) },
    }]);
  }
  assert.equal(resumed.results.length, 0, 'the new subscription got nothing of the past');

  // Live again: the next change comes over the subscription, following on from the catch-up.
  const next = await setIndicator(report, 'internet.subscribers.new', '104');
  const event = (await resumed.next()).data.reportChanged;
  assert.equal(event.version, missed.at(-1) + 1);
  assert.equal(event.version, next);
  assert.equal(event.cursor, `${report.key}:${next}`);
  await delay(200);
  assert.equal(resumed.results.length, 1);
});

test('changes(after:) over HTTP: the cursor of the latest change gives nothing; first limits the page, oldest first', async () => {
  const report = await newReport();
  const versions = [];
  for (const value of ['1', '2', '3', '4']) versions.push(await setIndicator(report, 'telecom.revenue', value, '1000000000'));
  const where = { province: report.province, year: report.year };

  const all = await graphql(CHANGES, { after: [`${report.key}:${report.version}`], where });
  assert.deepEqual(all.changes.map((change) => change.version), versions);
  const page = await graphql(CHANGES, { after: [`${report.key}:${report.version}`], where, first: 2 });
  assert.deepEqual(page.changes.map((change) => change.version), versions.slice(0, 2));
  const rest = await graphql(CHANGES, { after: [page.changes.at(-1).cursor], where });
  assert.deepEqual(rest.changes.map((change) => change.version), versions.slice(2));
  const none = await graphql(CHANGES, { after: [`${report.key}:${versions.at(-1)}`], where });
  assert.deepEqual(none.changes, []);
});
