// Ping and pong both ways, and complete from both sides: a client's complete stops the events and frees the
// subscription on the server (/status); the server completes a query after its one result; a closed socket
// frees everything it held.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  acknowledgedSocket, rawSocket, wsClient, collect, within, newReport, setIndicator, statusShows,
  REPORT_CHANGED, SERVER_TOKEN, delay,
} from './support.mjs';

const closing = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 });
});
const acknowledged = async (options) => {
  const raw = await acknowledgedSocket(options);
  closing.push(() => raw.close());
  return raw;
};
const client = (options) => {
  const made = wsClient(options);
  closing.push(() => made.dispose());
  return made;
};

test('the server pings (KeepAliveInterval) and takes the pong', async () => {
  const raw = await acknowledged({ keepPings: true });
  const ping = await raw.message(5_000, (message) => message.type === 'ping');
  assert.deepEqual(Object.keys(ping), ['type']);
  raw.send({ type: 'pong' });
  const second = await raw.message(5_000, (message) => message.type === 'ping');
  assert.equal(second.type, 'ping', 'still connected, pinged again');
});

test('a pong before connection_init is no fault (a pong may be sent at any time)', async () => {
  const raw = rawSocket({ keepPings: true });
  closing.push(() => raw.close());
  await raw.ready;
  raw.send({ type: 'pong' });
  raw.send({ type: 'connection_init', payload: { token: SERVER_TOKEN } });
  assert.equal((await raw.message()).type, 'connection_ack');
});

test('a client ping is answered with pong, with or without a payload', async () => {
  const raw = await acknowledged();
  raw.send({ type: 'ping' });
  assert.equal((await raw.message(2_000, (message) => message.type === 'pong')).type, 'pong');
  raw.send({ type: 'ping', payload: { sent: Date.now() } });
  assert.equal((await raw.message(2_000, (message) => message.type === 'pong')).type, 'pong');
});

test('the graphql-ws client sees the server\'s pings and gets pongs for its own (keepAlive)', async () => {
  const pings = [];
  const pongs = [];
  const ws = client({ keepAlive: 200 });
  ws.on('ping', (received) => pings.push(received));
  ws.on('pong', (received) => pongs.push(received));
  const held = collect(ws, { query: REPORT_CHANGED, variables: { province: 'ha-giang', year: 2098 } });
  await within(5_000, (async () => {
    while (!pings.includes(true) || !pongs.includes(true)) await delay(50);
  })(), 'a ping from the server and a pong for a client ping');
  assert.ok(pings.includes(false), 'the client pinged');
  assert.equal(held.results.length, 0);
});

test('complete from the client: the server stops sending, /status drops, the id may be used again', async () => {
  const report = await newReport();
  const raw = await acknowledged();
  const subscribe = { id: 'followed', type: 'subscribe', payload: { query: REPORT_CHANGED, variables: { province: report.province, year: report.year } } };
  raw.send(subscribe);
  await statusShows({ activeSubscriptions: 1 });
  const first = await setIndicator(report, 'telecom.revenue', '1', '1000000000');
  const event = await raw.message(5_000, (message) => message.type === 'next');
  assert.equal(event.id, 'followed');
  assert.equal(event.payload.data.reportChanged.version, first);

  raw.send({ id: 'followed', type: 'complete' });
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 1 });
  await setIndicator(report, 'telecom.revenue', '2', '1000000000');
  await delay(500);
  assert.deepEqual(raw.inbox, [], 'nothing after complete');

  raw.send(subscribe);
  await statusShows({ activeSubscriptions: 1 });
  const again = await setIndicator(report, 'telecom.revenue', '3', '1000000000');
  const resumed = await raw.message(5_000, (message) => message.type === 'next');
  assert.deepEqual([resumed.id, resumed.payload.data.reportChanged.version], ['followed', again]);
});

test('complete from the client for an id it never used is ignored', async () => {
  const raw = await acknowledged();
  raw.send({ id: 'never', type: 'complete' });
  raw.send({ type: 'ping' });
  assert.equal((await raw.message(2_000)).type, 'pong');
});

test('complete from the server: a query gets next, then complete, and its id is free again', async () => {
  const raw = await acknowledged();
  const query = { id: 'q1', type: 'subscribe', payload: { query: '{ provinces { code } }' } };
  raw.send(query);
  const next = await raw.message();
  assert.equal(next.type, 'next');
  assert.equal(next.id, 'q1');
  assert.equal(next.payload.data.provinces.length, 63);
  assert.deepEqual(await raw.message(), { id: 'q1', type: 'complete' });

  raw.send(query);
  assert.equal((await raw.message()).type, 'next', 'the id of a completed operation may be used again (no 4409)');
  assert.deepEqual(await raw.message(), { id: 'q1', type: 'complete' });
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 1 });
});

test('the graphql-ws client\'s unsubscribe completes the subscription on the server', async () => {
  const ws = client();
  const a = collect(ws, { query: REPORT_CHANGED, variables: { province: 'ha-giang', year: 2097 } });
  const b = collect(ws, { query: REPORT_CHANGED, variables: { province: 'ha-giang', year: 2096 } });
  await statusShows({ activeSubscriptions: 2, webSocketConnections: 1 });
  a.stop();
  await statusShows({ activeSubscriptions: 1 });
  b.stop();
  await statusShows({ activeSubscriptions: 0 });
});

test('a socket that goes away frees its subscriptions and its connection', async () => {
  const raw = await acknowledged();
  for (const id of ['1', '2', '3']) {
    raw.send({ id, type: 'subscribe', payload: { query: REPORT_CHANGED, variables: { province: 'ha-giang', year: 2095 } } });
  }
  await statusShows({ activeSubscriptions: 3, webSocketConnections: 1 });
  raw.socket.close(1000, 'bye');
  const { code } = await raw.closedWithin();
  assert.equal(code, 1000, 'the server answers the close handshake');
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 });
});
