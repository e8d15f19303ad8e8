// No leak: a thousand subscribe/complete cycles leave no subscription behind on the server, and closed sockets
// leave no connection. Half the batches complete once the server holds the subscriptions; the other half
// complete at once, racing the server's setting up of the subscription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  wsClient, acknowledgedSocket, connected, statusShows, status, eventually, REPORT_CHANGED,
} from './support.mjs';

const CYCLES = 1_000;
const CONNECTIONS = 4;
const BATCH = 25;
const subscription = (i) => ({ query: REPORT_CHANGED, variables: { province: 'ha-giang', year: 2030 + (i % 71) } });

test(`${CYCLES} subscribe/complete cycles with graphql-ws on ${CONNECTIONS} connections leave activeSubscriptions 0, then webSocketConnections 0`, async () => {
  const clients = Array.from({ length: CONNECTIONS }, () => wsClient({ lazy: false }));
  const closes = [];
  for (const client of clients) client.on('closed', (event) => closes.push(event));
  try {
    await Promise.all(clients.map((client) => connected(client)));
    await statusShows({ webSocketConnections: CONNECTIONS, activeSubscriptions: 0 });

    let started = 0;
    let peak = 0;
    for (let round = 0; started < CYCLES; round++) {
      const stops = [];
      for (const client of clients) {
        for (let i = 0; i < BATCH && started < CYCLES; i++, started++) {
          stops.push(client.subscribe(subscription(started), {
            next: () => {}, error: (error) => closes.push(error), complete: () => {},
          }));
        }
      }
      if (round % 2 === 0) {
        const held = await eventually(status, (now) => now.activeSubscriptions === stops.length, 5_000, `${stops.length} subscriptions held`);
        peak = Math.max(peak, held.activeSubscriptions);
      }
      for (const stop of stops) stop();
    }
    assert.equal(started, CYCLES);
    assert.equal(peak, CONNECTIONS * BATCH, 'the server did hold each waited-for batch');

    await statusShows({ activeSubscriptions: 0, webSocketConnections: CONNECTIONS }, 5_000);
    assert.deepEqual(closes, [], 'no connection closed and no subscription failed during the cycles');
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 }, 5_000);
});

test(`${CYCLES} subscribe+complete pairs sent back to back on raw sockets leave nothing behind`, async () => {
  const sockets = await Promise.all(Array.from({ length: CONNECTIONS }, () => acknowledgedSocket()));
  try {
    for (let i = 0; i < CYCLES; i++) {
      const raw = sockets[i % CONNECTIONS];
      raw.send({ id: `c${i}`, type: 'subscribe', payload: subscription(i) });
      raw.send({ id: `c${i}`, type: 'complete' });
    }
    for (const raw of sockets) {
      raw.send({ type: 'ping' });
      assert.equal((await raw.message(5_000)).type, 'pong', 'the socket is still open and answering');
    }
    await statusShows({ activeSubscriptions: 0, webSocketConnections: CONNECTIONS }, 5_000);
  } finally {
    for (const raw of sockets) raw.socket.close(1000);
    await Promise.all(sockets.map((raw) => raw.closedWithin(5_000)));
  }
  await statusShows({ activeSubscriptions: 0, webSocketConnections: 0 }, 5_000);
});
