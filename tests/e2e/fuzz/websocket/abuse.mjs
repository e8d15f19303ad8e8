// WebSocket abuse with the graphql-transport-ws subprotocol (the `ws` package): oversized and fragmented frames,
// binary frames, text that is not JSON or not UTF-8, messages before connection_init, connection_init twice,
// subscribe ids used twice, thousands of subscribes and pings on one connection, unknown and malformed messages,
// hostile queries and mutations over the socket, sockets dropped mid-message, no or several subprotocols.
// Every connection records how it ended: the close code the server sent, or that it kept the connection open.
import WebSocket from 'ws';
import { hostileMutation } from '../generators/unauthenticated-mutations.mjs';
import { invalidUtf8 } from '../generators/shared.mjs';

export const PROTOCOL = 'graphql-transport-ws';
const MiB = 1024 * 1024;
const LONG_SUBSCRIPTION = 'subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { version cursor } }';

/** One WebSocket connection, with what it received and how it ended. */
class Probe {
  constructor(url, protocols) {
    this.inbox = [];
    this.waiters = [];
    this.weClosed = false;
    this.handshakeStatus = null;
    this.error = null;
    let settle;
    this.closed = new Promise((resolve) => { settle = resolve; });
    this.ready = new Promise((resolve) => {
      this.socket = new WebSocket(url, protocols, { handshakeTimeout: 5_000, perMessageDeflate: false, maxPayload: 256 * MiB });
      this.socket.on('open', () => resolve(true));
      this.socket.on('message', (data, isBinary) => {
        let message;
        try {
          message = JSON.parse(data.toString('utf8'));
        } catch {
          message = { unparsable: true, binary: isBinary, length: data.length };
        }
        this.inbox.push(message);
        for (const waiter of this.waiters.splice(0)) waiter();
      });
      this.socket.on('unexpected-response', (request, response) => {
        this.handshakeStatus = response.statusCode;
        response.resume();
        request.destroy();
        resolve(false);
        settle({ code: null, reason: '', byServer: true });
      });
      this.socket.on('error', (error) => {
        this.error ??= error.code ?? error.message;
        resolve(false);
      });
      this.socket.on('close', (code, reason) => {
        resolve(false);
        settle({ code, reason: reason.toString(), byServer: !this.weClosed });
      });
    });
  }

  get open() {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends an object as JSON, a string as text, a Buffer as text unless `binary`. */
  send(message, options = {}) {
    if (!this.open) return false;
    const data = typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message);
    try {
      this.socket.send(data, { binary: false, ...options });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for a message `accept` takes, or for the connection to end, or `ms`. */
  async message(accept, ms) {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.inbox.find(accept);
      if (found) return found;
      if (!this.open || Date.now() >= deadline) return null;
      await Promise.race([
        new Promise((resolve) => this.waiters.push(resolve)),
        new Promise((resolve) => setTimeout(resolve, Math.max(1, deadline - Date.now()))),
        this.closed,
      ]);
    }
  }

  /** Waits up to `ms` for the server to close; then closes from this side. Resolves how it ended. */
  async end(ms) {
    const timer = new Promise((resolve) => setTimeout(() => resolve(null), ms));
    const ended = await Promise.race([this.closed, timer]);
    if (ended) return ended;
    this.weClosed = true;
    try {
      this.socket.close(1000, 'fuzz done');
    } catch {
      this.socket.terminate();
    }
    const closed = await Promise.race([this.closed, new Promise((resolve) => setTimeout(() => resolve(null), 3_000))]);
    if (closed) return closed;
    this.socket.terminate();
    return this.closed;
  }
}

const init = (ctx) => ({ type: 'connection_init', payload: ctx.token ? { token: ctx.token } : {} });

/** Opens, sends connection_init, waits for the ack (or whatever ends it). */
async function acknowledged(probe, ctx) {
  if (!(await probe.ready)) return false;
  probe.send(init(ctx));
  return Boolean(await probe.message((message) => message.type === 'connection_ack', 5_000));
}

// [weight, name, run(probe, rng, ctx) → how long to wait for the server to close, in ms]. Scenarios that expect
// the server to close wait longer; the others give it a moment, then close themselves.
const SCENARIOS = [
  [5, 'oversized text frame (2 MiB)', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const size = rng.int(2, 4) * MiB;
    probe.send(rng.chance(0.5) ? `{"type":"subscribe","id":"big","payload":{"query":"{ __typename ${' '.repeat(size)}}"}}` : 'x'.repeat(size));
    return 5_000;
  }],
  [2, 'oversized frame before connection_init', async (probe, rng) => {
    await probe.ready;
    probe.send(`{"type":"connection_init","payload":{"token":"${'t'.repeat(rng.int(2, 3) * MiB)}"}}`);
    return 5_000;
  }],
  [2, 'oversized message in fragments', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const piece = 'f'.repeat(64 * 1024);
    for (let i = 0; i < 40 && probe.open; i++) probe.send(piece, { fin: false });
    probe.send('}', { fin: true });
    return 5_000;
  }],
  [4, 'binary frame', async (probe, rng, ctx) => {
    if (rng.chance(0.7)) await acknowledged(probe, ctx);
    else await probe.ready;
    probe.send(rng.chance(0.5) ? Buffer.from(JSON.stringify({ type: 'ping' })) : rng.bytes(rng.logInt(1, 60_000)), { binary: true });
    return 5_000;
  }],
  [5, 'invalid JSON', async (probe, rng, ctx) => {
    if (rng.chance(0.7)) await acknowledged(probe, ctx);
    else await probe.ready;
    probe.send(rng.pick(['{', '{"type":"subscribe",', 'null', '', ' ', '[]', '"ping"', '42', 'true', '{"type":"ping"}}', "{'type':'ping'}", '\u0000', '{"type":"ping","type":"pong"}']));
    return 5_000;
  }],
  [4, 'subscribe before connection_init', async (probe) => {
    await probe.ready;
    probe.send({ type: 'subscribe', id: '1', payload: { query: '{ __typename }' } });
    return 5_000;
  }],
  [1, 'ping before connection_init', async (probe) => {
    await probe.ready;
    probe.send({ type: 'ping' });
    await probe.message((message) => message.type === 'pong', 1_000);
    return 200;
  }],
  [4, 'duplicate connection_init', async (probe, rng, ctx) => {
    await probe.ready;
    probe.send(init(ctx));
    if (rng.chance(0.5)) await probe.message((message) => message.type === 'connection_ack', 2_000);
    for (let i = rng.int(1, 50); i > 0; i--) probe.send(init(ctx));
    return 5_000;
  }],
  [4, 'subscribe with duplicate ids', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const subscribe = { type: 'subscribe', id: rng.pick(['dup', '1', '', ' ', 'x'.repeat(1000)]), payload: { query: LONG_SUBSCRIPTION, variables: { p: 'ha-giang', y: 2099 } } };
    probe.send(subscribe);
    probe.send(subscribe);
    return 5_000;
  }],
  [2, 'thousands of subscribes on one connection', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const count = rng.int(1, 5) * 1000;
    for (let i = 0; i < count && probe.open; i++) {
      probe.send({ type: 'subscribe', id: `s${i}`, payload: { query: LONG_SUBSCRIPTION, variables: { p: rng.pick(['nam-dinh', 'ha-giang', null]), y: rng.pick([2021, 2099, null]) } } });
    }
    await probe.message(() => false, 1_000);
    if (rng.chance(0.5)) for (let i = 0; i < count && probe.open; i++) probe.send({ type: 'complete', id: `s${i}` });
    return 500;
  }],
  [2, 'thousands of query subscribes on one connection', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const count = rng.int(1, 5) * 1000;
    for (let i = 0; i < count && probe.open; i++) {
      probe.send({ type: 'subscribe', id: `q${i}`, payload: { query: rng.pick(['{ __typename }', '{ report(province: "nam-dinh", year: 2021) { version } }', '{ nope }']) } });
    }
    await probe.message((message) => message.type === 'complete' && message.id === `q${count - 1}`, 5_000);
    return 300;
  }],
  [1, 'subscribe and complete the same id over and over', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    for (let i = rng.int(100, 2000); i > 0 && probe.open; i--) {
      probe.send({ type: 'subscribe', id: 'churn', payload: { query: LONG_SUBSCRIPTION, variables: { p: 'ha-giang', y: 2099 } } });
      probe.send({ type: 'complete', id: 'churn' });
    }
    return 500;
  }],
  [4, 'invalid UTF-8 in a text frame', async (probe, rng, ctx) => {
    if (rng.chance(0.7)) await acknowledged(probe, ctx);
    else await probe.ready;
    probe.send(Buffer.concat([Buffer.from('{"type":"subscribe","id":"u","payload":{"query":"{ __typename '), invalidUtf8(rng), Buffer.from(' }"}}')]), { binary: false });
    return 5_000;
  }],
  [4, 'unknown message type', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    probe.send({ type: rng.pick(['start', 'stop', 'data', 'ka', 'connection_terminate', 'PING', 'Subscribe', 'next', 'error', 'connection_ack', '', 'x'.repeat(10_000)]), id: '1', payload: { query: '{ __typename }' } });
    return 5_000;
  }],
  [4, 'malformed message', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    probe.send(rng.pick([
      { id: '1', payload: { query: '{ __typename }' } },
      { type: 1 },
      { type: null },
      { type: ['subscribe'] },
      { type: 'subscribe', payload: { query: '{ __typename }' } },
      { type: 'subscribe', id: 1, payload: { query: '{ __typename }' } },
      { type: 'subscribe', id: null, payload: { query: '{ __typename }' } },
      { type: 'subscribe', id: '1' },
      { type: 'subscribe', id: '1', payload: '{ __typename }' },
      { type: 'subscribe', id: '1', payload: [] },
      { type: 'subscribe', id: '1', payload: { query: 1 } },
      { type: 'subscribe', id: '1', payload: { query: '{ __typename }', variables: [] } },
      { type: 'subscribe', id: '1', payload: { query: '{ __typename }', bogus: true } },
      { type: 'complete' },
      { type: 'complete', id: 5 },
      { type: 'connection_init', payload: 'token' },
      [{ type: 'ping' }],
      'ping',
    ]));
    return 2_000;
  }],
  [3, 'harmless oddities (the connection may stay)', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    probe.send(rng.pick([
      { type: 'complete', id: 'never-subscribed' },
      { type: 'pong' },
      { type: 'pong', payload: { x: 'y'.repeat(1000) } },
      { type: 'ping', payload: [1, 2, 3] },
      { type: 'subscribe', id: 'x'.repeat(20_000), payload: { query: '{ __typename }' } },
    ]));
    return 300;
  }],
  [3, 'connection_init of the wrong shape', async (probe, rng) => {
    await probe.ready;
    probe.send(rng.pick([
      { type: 'connection_init', payload: [] },
      { type: 'connection_init', payload: 'x' },
      { type: 'connection_init', payload: 42 },
      { type: 'connection_init', payload: { token: 42 } },
      { type: 'connection_init', payload: { token: ['a'] } },
      { type: 'connection_init', payload: { token: 'x'.repeat(30_000) } },
      { type: 'connection_init', payload: { token: 'Bearer xyz' } },
    ]));
    return 5_000;
  }],
  [1, 'no connection_init at all', async (probe) => {
    await probe.ready;
    return 6_000;
  }],
  [2, 'a flood of pings', async (probe, rng, ctx) => {
    if (rng.chance(0.5)) await acknowledged(probe, ctx);
    else await probe.ready;
    for (let i = rng.int(1, 10) * 1000; i > 0 && probe.open; i--) probe.send({ type: 'ping' });
    await probe.message(() => false, 500);
    return 300;
  }],
  [5, 'hostile queries over the socket', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    for (let i = rng.int(1, 20); i > 0 && probe.open; i--) {
      probe.send({ type: 'subscribe', id: `h${i}`, payload: rng.pick([
        { query: '{ nope }' },
        { query: '{ __typename' },
        { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
        { query: 'subscription { nope }' },
        { query: 'subscription { reportChanged(province: 1) { version } }' },
        { query: 'subscription A { reportChanged { version } } subscription B { reportChanged { version } }' },
        { query: 'subscription { reportChanged { version } indicatorChanged { code } }' },
        { query: 'query($y: Int!) { report(province: "nam-dinh", year: $y) { version } }', variables: { y: 'x' } },
        { query: '{ __typename }', operationName: 'nowhere' },
        { query: `{ ${'... on Query { '.repeat(2000)}__typename${' }'.repeat(2000)} }` },
        { query: '{ report(province: "nowhere", year: 2021) { version } }' },
      ]) });
    }
    await probe.message(() => false, 500);
    return 300;
  }],
  [4, 'hostile mutations over the socket', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    const { query, variables } = hostileMutation(rng);
    probe.send({ type: 'subscribe', id: 'm', payload: variables ? { query, variables } : { query } });
    await probe.message((message) => message.id === 'm' && (message.type === 'complete' || message.type === 'error'), 5_000);
    return 300;
  }],
  [2, 'dropped mid-message', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    probe.send(`{"type":"subscribe","id":"d","payload":{"query":"{ __typename ${' '.repeat(rng.logInt(10, 60_000))}}"}}`);
    probe.socket._socket?.write(Buffer.from([0x81, 0xfe, 0xff, 0xff, 1, 2, 3, 4, 5, 6]));
    probe.weClosed = true;
    probe.socket.terminate();
    return 1_000;
  }],
  [2, 'no subprotocol', async (probe) => {
    await probe.ready;
    probe.send({ type: 'connection_init' });
    return 5_000;
  }],
  [1, 'closed by the client with an odd code', async (probe, rng, ctx) => {
    await acknowledged(probe, ctx);
    probe.send({ type: 'subscribe', id: 'c', payload: { query: LONG_SUBSCRIPTION, variables: { p: 'ha-giang', y: 2099 } } });
    probe.weClosed = true;
    probe.socket.close(rng.pick([1001, 1002, 1003, 1007, 1008, 1011, 3000, 4000, 4999]), 'r'.repeat(rng.int(0, 120)));
    return 3_000;
  }],
];

/** Protocols offered per scenario: none for 'no subprotocol', ours among others sometimes. */
function protocolsFor(name, rng) {
  if (name === 'no subprotocol') return [];
  return rng.chance(0.1) ? ['graphql-ws', PROTOCOL, 'x-unknown'] : [PROTOCOL];
}

/**
 * Runs one WebSocket connection of scenario drawn by `rng` and resolves its outcome:
 * { scenario, code, reason, byServer, handshakeStatus, error, inbox }.
 */
export async function runConnection(url, rng, ctx) {
  const [, scenario, run] = rng.weighted(SCENARIOS.map((entry) => [entry[0], entry]));
  const probe = new Probe(url, protocolsFor(scenario, rng));
  let waitMs = 300;
  try {
    waitMs = await run(probe, rng, ctx);
  } catch (error) {
    probe.error ??= error.message;
  }
  const ended = await probe.end(waitMs);
  return {
    scenario,
    code: ended.code,
    reason: ended.reason,
    byServer: ended.byServer,
    handshakeStatus: probe.handshakeStatus,
    error: probe.error,
    inbox: probe.inbox,
  };
}

export const SCENARIO_NAMES = SCENARIOS.map(([, name]) => name);
