// Clients that send what makes big answers and then stop reading (issue 17, point 3): four HTTP connections, one
// WebSocket with 40 big operations, many event streams from one client. Each probe prints the server's RSS before,
// at its highest during and after, and the CPU it spent; checks that the RSS stays under its baseline + 256 MiB, that
// the client was cut off (connection closed; 1013 for the WebSocket; streams past the per-client cap refused), and
// that nothing is left open on /status once the clients are gone. The baseline is the RSS before the first probe.
//
// The server's defaults decide when it cuts them off (README, "What no request can do"): a WebSocket message, or 64 KiB
// of an HTTP answer or event stream, not taken within SlowReaders:WriteTimeout (15 s); a WebSocket or event stream
// with more than WebSockets:MaxQueuedMessages (50 on the e2e server) or WebSockets:MaxQueuedBytes (16 MiB) waiting.
// So each client stays unread for ATTACK_HOLD_SECONDS (20 s), longer than those.
import net from 'node:net';
import WebSocket from 'ws';
import { check, sleep, watchRss } from './common.mjs';

const holdMs = Number(process.env.ATTACK_HOLD_SECONDS ?? 20) * 1000;
const rssAllowance = 256;
const connectionCap = Number(process.env.ATTACK_MAX_CONNECTIONS_PER_CLIENT ?? 100);

/** A raw HTTP/1.1 connection that writes its requests and reads nothing until told to (node buffers 16 KB at most). */
function rawConnection(target, requests) {
  const address = new URL(target.url);
  const socket = net.connect({ host: address.hostname, port: Number(address.port) });
  socket.pause();
  const state = { socket, bytes: 0, chunks: [], ended: false, error: null, tail: '', answered: 0, completes: 0 };
  socket.on('end', () => { state.ended = true; });
  socket.on('close', () => { state.ended = true; });
  socket.on('error', (error) => { state.error = error.code ?? String(error); state.ended = true; });
  socket.on('data', (chunk) => {
    state.bytes += chunk.length;
    if (state.chunks.length < 4) state.chunks.push(chunk);
    // The end of a chunked answer (an event stream's), and its complete event, across chunk boundaries.
    const text = state.tail + chunk.toString('latin1');
    state.answered += text.split('\r\n0\r\n\r\n').length - 1;
    state.completes += text.split('event: complete').length - 1;
    state.tail = text.slice(-20);
  });
  socket.on('connect', () => {
    for (const { body, headers } of requests) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      socket.write(`POST ${address.pathname} HTTP/1.1\r\nHost: ${address.host}\r\nContent-Type: application/json\r\n`
        + Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
        + `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    }
  });
  return state;
}

/** Reads what waits for a paused connection until the server ends it (or, with `untilAnswered`, ends its chunked
 * answer) or nothing comes for `quietMs`. */
async function drain(state, quietMs = 4000, untilAnswered = false) {
  state.socket.resume();
  let last = -1;
  while (!state.ended && !(untilAnswered && state.answered) && last !== state.bytes) {
    last = state.bytes;
    await sleep(quietMs);
  }
  return state;
}

/** The status line of the first answer on a connection, read once its first bytes arrive; the socket paused again. */
function firstStatus(state, timeoutMs = 30_000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { state.socket.pause(); resolve(0); }, timeoutMs);
    const onData = () => {
      const head = Buffer.concat(state.chunks).toString('latin1');
      if (!head.includes('\r\n')) return;
      state.socket.pause();
      state.socket.off('data', onData);
      clearTimeout(timer);
      resolve(Number(head.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0));
    };
    state.socket.on('data', onData);
    state.socket.resume();
  });
}

// The RSS each probe is held to: the server's before the first of them, plus rssAllowance. A probe's own "before" is
// printed too; what one probe left and the GC has not yet given back counts against the next.
let baseline = null;

async function measured(target, what, run) {
  await sleep(1000);
  const before = target.rssMiB();
  baseline ??= before;
  const cpu = target.cpuSeconds();
  const watch = watchRss(target);
  const outcome = await run();
  const peak = watch.stop();
  await sleep(3000);
  const after = target.rssMiB();
  const spent = target.cpuSeconds() - cpu;
  const figures = `RSS ${before} MiB before, ${peak} MiB at most during, ${after} MiB after (baseline ${baseline} MiB); ${spent.toFixed(2)} s server CPU`;
  console.log(`  ${what}: ${outcome.summary}; ${figures}`);
  check(`${what}: RSS stays under the baseline + ${rssAllowance} MiB`, peak <= baseline + rssAllowance, figures);
  const status = await target.status();
  check(`${what}: nothing left open once the client is gone`,
    status.webSocketConnections === 0 && status.eventStreamConnections === 0 && status.activeSubscriptions === 0, JSON.stringify(status));
  return outcome;
}

/** A graphql-transport-ws socket that sends 40 big operations, reads nothing for `unreadMs`, then reads until closed. */
async function nonReadingWebSocket(target, token, query, unreadMs) {
  const address = new URL(target.url);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(address.href, 'graphql-transport-ws');
  let messages = 0;
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('error', () => {});
  await new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { token } : {} })));
    socket.on('message', (data) => {
      messages++;
      if (messages > 1 || JSON.parse(data.toString()).type !== 'connection_ack') return;
      for (let id = 1; id <= 40; id++) socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query } }));
      socket._socket.pause();
      resolve();
    });
    setTimeout(() => reject(new Error('no connection_ack within 10 s')), 10_000);
  });
  await sleep(unreadMs);
  const openOnServer = (await target.status()).webSocketConnections;
  socket._socket.resume();
  const outcome = await Promise.race([closed, sleep(15_000).then(() => ({ code: null, reason: '' }))]);
  socket.terminate();
  return { ...outcome, messages, openOnServer };
}

export async function nonReadingClients(target, { bigQuery, yearQuery }) {
  const partner = process.env.ATTACK_PARTNER_TOKEN;
  const editor = process.env.ATTACK_EDITOR_TOKEN;
  console.log(`clients that stop reading (each unread for ${holdMs / 1000} s)`);

  // (a) Four HTTP connections, each with three pipelined requests for two years of reports with every figure (~3 MB
  // each): more than the socket buffers take, so the server has to wait for the client or cut it off.
  await measured(target, 'four HTTP connections that stop reading', async () => {
    const request = { body: { query: bigQuery }, headers: { Accept: 'application/graphql-response+json' } };
    const connections = Array.from({ length: 4 }, () => rawConnection(target, [request, request, request]));
    await sleep(holdMs);
    const closedUnread = connections.filter((state) => state.ended).length;
    await Promise.all(connections.map((state) => drain(state)));
    const cutOff = connections.filter((state) => state.ended).length;
    const received = connections.map((state) => `${(state.bytes / 1048576).toFixed(1)} MB`).join(', ');
    check('four HTTP connections that stop reading: the server closes them', cutOff === 4,
      `${cutOff} of 4 closed by the server (${closedUnread} seen closed before reading again); received ${received} of ~3 × 3 MB each`);
    for (const state of connections) state.socket.destroy();
    return { summary: `${cutOff} of 4 cut off, received ${received}` };
  });

  // (b) One WebSocket with 40 operations each answering a year of reports with every figure (~1.5 MB), unread: more
  // than WebSockets:MaxQueuedBytes (16 MiB) wait, so the server closes it 1013. The close frame queues behind what
  // the client has not read, so the server waits 2 s for it to go out and then drops the socket: only a client that
  // reads again within those 2 s sees 1013 (tests/NamDinh.Graph.Api.Tests, ANonReadingWebSocketIsClosedWith1013); one
  // that never does finds the connection dropped (1006 on its side). Either way, it is gone from the server while
  // unread.
  await measured(target, 'a WebSocket with 40 big operations that stops reading', async () => {
    const { code, reason, messages, openOnServer } = await nonReadingWebSocket(target, partner, yearQuery, holdMs);
    const detail = `${openOnServer} WebSocket(s) open on the server after ${holdMs / 1000} s unread; `
      + (code === null ? `still open after ${messages} messages` : `then closed ${code}${reason ? ` "${reason}"` : ''} after ${messages} messages`);
    check('a WebSocket that stops reading: closed by the server (1013, or dropped) while unread', openOnServer === 0 && (code === 1013 || code === 1006), detail);
    return { summary: detail };
  });

  // (c) Event streams from one client (the partner's token: one client, by its subject), 20 more than the per-client
  // cap, all subscribed to Nam Định 2021 and unread while the report changes 200 times. The first ten ask for the whole
  // report in every event (~46 KB): the socket buffers take ~90 of those, then events wait in the server, and past
  // WebSockets:MaxQueuedMessages (50 on the e2e server) the stream is ended. The rest ask for the cursor only.
  const changesMade = 200;
  await measured(target, `${connectionCap + 20} event streams from one client that stop reading`, async () => {
    const whole = 'key version document { number title signer } rankings { index position total } indicators { code value multiplier baseValue valueAsWritten status qualifier planValue period { year fromMonth toMonth } comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf } source { section sentence } } tasks { key sector text } shortcomings { key text } causes { key text } priorities { key text } findings { key kind subject message }';
    const big = `subscription { reportChanged(province: "nam-dinh", year: 2021) { cursor report { ${whole} } } }`;
    const small = 'subscription { reportChanged(province: "nam-dinh", year: 2021) { cursor } }';
    const headers = { Accept: 'text/event-stream', ...(partner ? { Authorization: `Bearer ${partner}` } : {}) };
    const streams = [];
    const statuses = {};
    for (let index = 0; index < connectionCap + 20; index++) {
      const state = rawConnection(target, [{ body: { query: index < 10 ? big : small }, headers }]);
      const status = await firstStatus(state);
      statuses[status] = (statuses[status] ?? 0) + 1;
      streams.push({ state, status, big: index < 10 });
    }
    const open = streams.filter((stream) => stream.status === 200);
    const refused = streams.filter((stream) => stream.status === 429).length;
    check(`event streams past the per-client cap (${connectionCap}) refused 429`, open.length <= connectionCap && refused >= 20,
      `statuses ${JSON.stringify(statuses)}`);

    const figure = (await target.data('{ report(province: "nam-dinh", year: 2021) { indicators(code: "postal.revenue") { value } } }')).report.indicators[0];
    const set = 'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { version } }';
    let changes = 0;
    for (let index = 0; index < changesMade; index++) {
      const value = index % 2 === 0 ? String(Number(figure.value) + 1) : figure.value;
      const answer = await target.post({ query: set, variables: { input: { province: 'nam-dinh', year: 2021, code: 'postal.revenue', value, reason: 'attacks: events for unread streams' } } }, editor);
      if (answer.text.includes('"version"')) changes++;
    }
    await sleep(holdMs / 2);
    const openOnServer = (await target.status()).eventStreamConnections;
    await Promise.all(open.map((stream) => drain(stream.state, 2000, true)));
    const bigOpen = open.filter((stream) => stream.big);
    // Ended: the answer finished (its last chunk) without a complete event, or the connection closed.
    const endedEarly = (stream) => (stream.state.answered > 0 || stream.state.ended) && stream.state.completes === 0;
    const bigEnded = bigOpen.filter(endedEarly).length;
    const smallEnded = open.filter((stream) => !stream.big && endedEarly(stream)).length;
    const received = (list) => `${(list.reduce((sum, stream) => sum + stream.state.bytes, 0) / 1048576).toFixed(1)} MB`;
    const detail = `${changes} changes; ${openOnServer} streams open on the server before reading again; ${bigEnded} of ${bigOpen.length} with the whole report ended (${received(bigOpen)} received), ${smallEnded} of ${open.length - bigOpen.length} with the cursor only (${received(open.filter((stream) => !stream.big))})`;
    check('event streams that stop reading while big events pile up: ended by the server', changes === changesMade && bigOpen.length === 10 && bigEnded === 10, detail);
    for (const { state } of streams) state.socket.destroy();
    await sleep(1000);
    return { summary: `statuses ${JSON.stringify(statuses)}; ${detail}` };
  });
}
