// What the subscription tests share: the server's address and token, GraphQL over HTTP, reports of their own,
// the graphql-ws reference client, raw graphql-transport-ws sockets, and waits that always end.
//
// SERVER_URL  the GraphQL endpoint, e.g. http://127.0.0.1:5100/graphql (WebSocket: the same with ws:)
// SERVER_TOKEN  an admin's token signed with the server's Auth:SigningKey (it may subscribe and change reports)
// STATUS_TOKEN  the token /status is read with, SERVER_TOKEN when not set: only an admin's reads its counts
import { randomInt } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

export const SERVER_URL = process.env.SERVER_URL ?? 'http://127.0.0.1:5411/graphql';
export const SERVER_TOKEN = process.env.SERVER_TOKEN ?? 'e2e-token';
export const WS_URL = SERVER_URL.replace(/^http/, 'ws');
export const STATUS_URL = new URL('/status', SERVER_URL).href;
export const STATUS_TOKEN = process.env.STATUS_TOKEN || SERVER_TOKEN;
export const PROTOCOL = 'graphql-transport-ws';

import { within, eventually } from '../waiting.mjs';

export { within, eventually };

/** POSTs a GraphQL request; throws on any error in the response. */
export async function graphql(query, variables) {
  const response = await fetch(SERVER_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${SERVER_TOKEN}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const error = new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    error.errors = body.errors;
    throw error;
  }
  return body.data;
}

/** /status's counts, read as an admin (STATUS_TOKEN); throws when the server answers only the bare status. */
export async function status() {
  const response = await fetch(STATUS_URL, { headers: { authorization: `Bearer ${STATUS_TOKEN}` }, signal: AbortSignal.timeout(5_000) });
  const body = await response.json();
  if (typeof body.activeSubscriptions !== 'number')
    throw new Error(`/status answers no counts (${JSON.stringify(body)}): STATUS_TOKEN (or SERVER_TOKEN) must be an admin's token of this server`);
  return body;
}

/** Waits until /status shows the given counts (any subset of its fields). */
export function statusShows(expected, ms = 5_000) {
  return eventually(
    status,
    (now) => Object.entries(expected).every(([key, value]) => now[key] === value),
    ms,
    `/status to show ${JSON.stringify(expected)}`,
  );
}

// Not bac-kan (06): close-codes.test.mjs imports its big reports there.
const PROVINCES = [
  'ha-giang', 'cao-bang', 'tuyen-quang', 'lao-cai', 'dien-bien', 'lai-chau', 'son-la', 'yen-bai',
  'hoa-binh', 'thai-nguyen', 'lang-son', 'quang-ninh', 'bac-giang', 'phu-tho', 'vinh-phuc', 'bac-ninh',
];

/**
 * Creates a synthetic report no other test uses (a random province, a year from 2030 on; tried again on
 * ALREADY_EXISTS) and returns { province, code, year, key } — key as in cursors, e.g. "02-2057".
 */
export async function newReport() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const province = PROVINCES[randomInt(PROVINCES.length)];
    const year = 2030 + randomInt(71);
    try {
      const data = await graphql(
        `mutation($province: String!, $year: Int!) {
           createReport(input: { province: $province, year: $year, synthetic: true, reason: "subscriptions e2e" }) {
             applied version report { key province { code slug } } } }`,
        { province, year },
      );
      const { report } = data.createReport;
      return { province, code: report.province.code, year, key: report.key, version: data.createReport.version };
    } catch (error) {
      if (!JSON.stringify(error.errors ?? '').includes('ALREADY_EXISTS')) throw error;
    }
  }
  throw new Error('Could not find a province and year without a report');
}

// The values are arbitrary, on reports of random years whose previous year another test may have filled: they are
// confirmed, so that whether one is 100 times away from last year's never decides a test about subscriptions.
export const SET_INDICATOR = `
  mutation($province: String!, $year: Int!, $code: String!, $value: Decimal!, $multiplier: Decimal) {
    setIndicator(input: { province: $province, year: $year, code: $code, value: $value, multiplier: $multiplier,
                          reason: "subscriptions e2e", confirmImplausible: true }) {
      applied version } }`;

/** Sets a figure of a report over HTTP and returns the version it made. */
export async function setIndicator(report, code, value, multiplier = '1') {
  const data = await graphql(SET_INDICATOR, { province: report.province, year: report.year, code, value, multiplier });
  if (!data.setIndicator.applied) throw new Error(`setIndicator ${code}=${value} was not applied`);
  return data.setIndicator.version;
}

/** A graphql-ws client with the token; `options` may override anything. */
export function wsClient(options = {}) {
  return createClient({
    url: WS_URL,
    webSocketImpl: WebSocket,
    connectionParams: { token: SERVER_TOKEN },
    retryAttempts: 0,
    lazy: true,
    ...options,
  });
}

/**
 * Subscribes through a graphql-ws (or graphql-sse) client and collects what arrives:
 * `next(ms)` the next result, `results` all so far, `done` settles when the server completes,
 * `stop()` completes it from the client.
 */
export function collect(client, request) {
  const results = [];
  const waiting = [];
  let finished = false;
  let failure;
  let settle;
  const done = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  done.catch(() => {});
  const wake = () => { for (const wakeUp of waiting.splice(0)) wakeUp(); };
  const stop = client.subscribe(request, {
    next: (result) => { results.push(result); wake(); },
    error: (error) => { finished = true; failure = error; settle.reject(error); wake(); },
    complete: () => { finished = true; settle.resolve(results); wake(); },
  });
  let taken = 0;
  return {
    results,
    done,
    stop,
    /** The next result not yet taken, waiting up to `ms`. */
    async next(ms = 5_000) {
      const deadline = Date.now() + ms;
      while (taken >= results.length) {
        if (finished) throw new Error(`The subscription ended before another result: ${failure ? describe(failure) : 'complete'}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No result within ${ms} ms (had ${results.length})`);
        await within(left, new Promise((resolve) => waiting.push(resolve)), 'a subscription result').catch(() => {});
      }
      return results[taken++];
    },
  };
}

function describe(error) {
  if (error?.code) return `close ${error.code} ${error.reason}`;
  return error instanceof Error ? error.message : JSON.stringify(error);
}

/** Waits until a graphql-ws client has its connection acknowledged. */
export function connected(client, ms = 5_000) {
  return within(ms, new Promise((resolve) => {
    const off = client.on('connected', (socket) => { off(); resolve(socket); });
  }), 'connection_ack');
}

/**
 * A raw WebSocket to the server, speaking the protocol by hand: `send(obj|string)`, `message(ms)` the next
 * message (JSON parsed; server pings are kept aside in `pings` unless `keepPings`), `closed` resolves
 * { code, reason } when the socket closes, `ready` when it is open.
 */
export function rawSocket({ protocols = PROTOCOL, keepPings = false } = {}) {
  const socket = new WebSocket(WS_URL, protocols);
  const inbox = [];
  const waiting = [];
  const pings = [];
  const wake = () => { for (const wakeUp of waiting.splice(0)) wakeUp(); };
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === 'ping' && !keepPings) pings.push(message);
    else inbox.push(message);
    wake();
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => { resolve({ code, reason: reason.toString() }); wake(); }));
  const ready = within(5_000, new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); }), 'the socket to open');
  ready.catch(() => {});
  const raw = {
    socket,
    inbox,
    pings,
    ready,
    closed,
    send(message) {
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    async message(ms = 5_000, accept = () => true) {
      const deadline = Date.now() + ms;
      for (;;) {
        const index = inbox.findIndex(accept);
        if (index >= 0) return inbox.splice(index, 1)[0];
        if (socket.readyState === WebSocket.CLOSED) throw new Error(`The socket closed (${socket._closeCode}) before the message awaited`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No message within ${ms} ms; inbox: ${JSON.stringify(inbox)}`);
        await within(left, new Promise((resolve) => waiting.push(resolve)), 'a message').catch(() => {});
      }
    },
    /** Waits for the close frame and returns { code, reason }. */
    closedWithin(ms = 5_000) {
      return within(ms, closed, 'the server to close the socket');
    },
    close() {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.terminate();
    },
  };
  return raw;
}

/** A raw socket that has sent connection_init with the token and received connection_ack. */
export async function acknowledgedSocket(options) {
  const raw = rawSocket(options);
  await raw.ready;
  raw.send({ type: 'connection_init', payload: { token: SERVER_TOKEN } });
  const ack = await raw.message(5_000);
  if (ack.type !== 'connection_ack') throw new Error(`Expected connection_ack, got ${JSON.stringify(ack)}`);
  return raw;
}

export const REPORT_CHANGED = `
  subscription($province: String, $year: Int) {
    reportChanged(province: $province, year: $year) {
      cursor version at by reason operation province { code slug } year
      changes { part key oldValue newValue oldIndicator { code value multiplier baseValue } newIndicator { code value multiplier baseValue } }
    } }`;

export const INDICATOR_CHANGED = `
  subscription($where: ChangeFilter) {
    indicatorChanged(where: $where) {
      cursor version operation code sector year province { code }
      oldValue { code value multiplier } newValue { code value multiplier }
    } }`;

export { delay };
