// What the cluster, storage-outage and shutdown suites share: server and Azurite processes of their own (started
// here, so a suite knows their PIDs, signals them when it means to and kills them all when it ends), GraphQL
// over HTTP, graphql-transport-ws and server-sent-event subscribers, waits that always end, and the checks that
// make a suite's summary for scripts/summarize-tests.mjs.
//
// Set by tests/e2e/cluster.sh:
// CLUSTER_E2E_SERVER_DIR  the built server (src/NamDinh.Graph.Api/bin/Release/net10.0); each server runs there
// CLUSTER_E2E_SIGNING_KEY  the run's Auth:SigningKey, passed to every server
// CLUSTER_E2E_TOKEN  an admin's token signed with it (also what /status and /health/ready are read with: only an
//                    admin reads their counts and checks, anyone else the bare status)
// CLUSTER_E2E_STORAGE  the run's Azurite connection string
// CLUSTER_E2E_AZURITE  azurite-table, for the suites that start an Azurite of their own
// CLUSTER_E2E_LOGS  where the servers' and Azurite's output goes (one file per process)
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import WebSocket from 'ws';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (tests/e2e/cluster.sh sets it).`);
  return value;
};

export const SERVER_DIR = required('CLUSTER_E2E_SERVER_DIR');
export const SIGNING_KEY = required('CLUSTER_E2E_SIGNING_KEY');
export const TOKEN = required('CLUSTER_E2E_TOKEN');
export const LOGS = process.env.CLUSTER_E2E_LOGS ?? process.cwd();
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** A short name for this run, for table names and cluster ids no other run uses. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/**
 * The settings of a node of a cluster on the run's Azurite (tests/e2e/cluster.sh sets CLUSTER_E2E_STORAGE): its own
 * table and cluster id for <name>, Azure Table membership, silos reached on loopback.
 */
export function clusterSettings(name) {
  return {
    Storage__Provider: 'AzureTable',
    Storage__ConnectionString: required('CLUSTER_E2E_STORAGE'),
    Storage__TableName: `${name[0].toUpperCase()}${name.slice(1)}${RUN}`,
    Orleans__Membership: 'AzureTable',
    Orleans__ClusterId: `e2e-${name}-${RUN}`,
    Orleans__AdvertisedAddress: '127.0.0.1',
  };
}

export { delay };
/** The figures the load suites (cluster, five nodes) write: counts, whose running values no finding objects to. */
export const CODES = ['internet.subscribers.new', 'telecom.fixed-postpaid.new', 'press.news-items', 'inspection.inspections'];

export const SET_INDICATOR = `
  mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version indicator { code value } } }`;

/** A report's version, figures and a page of its history, to check every acknowledged write is there. */
export const HISTORY = `
  query($p: String!, $y: Int!, $after: String) {
    report(province: $p, year: $y) {
      version
      indicators { code value }
      history(first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { version operation changes { part key newIndicator { code value } } } } } }`;

export const REPORT_CHANGED = `
  subscription($year: Int) { reportChanged(year: $year) { version year province { code } changes { key } } }`;

export const now = () => performance.now();
export const seconds = (ms) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------------------------
// Processes

const children = new Set();
const killAll = () => {
  for (const child of children) {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
  }
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`Stopped by ${signal}: killing the processes the suite started.`);
    killAll();
    process.exit(1);
  });
}

/** Spawns a process with its output appended to <LOGS>/<log>; returns { child, pid, exited, running(), signal() }. */
function launch(command, args, { cwd, env, log }) {
  mkdirSync(LOGS, { recursive: true });
  const path = join(LOGS, log);
  const fd = openSync(path, 'a');
  writeFileSync(fd, `\n== ${new Date().toISOString()} ${command} ${args.join(' ')}\n`);
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  children.add(child);
  let exitedAt;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exitedAt = now();
      children.delete(child);
      resolve({ code, signal, at: exitedAt });
    });
    child.once('error', (error) => {
      exitedAt = now();
      children.delete(child);
      resolve({ code: null, signal: null, error, at: exitedAt });
    });
  });
  return {
    child,
    pid: child.pid,
    log: path,
    exited,
    running: () => exitedAt === undefined,
    /** Sends the signal and returns the moment it was sent. */
    signal(name) {
      const at = now();
      child.kill(name);
      return at;
    },
  };
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A server of our own, run from the built output as `dotnet NamDinh.Graph.Api.dll --urls http://127.0.0.1:<http>`,
 * with the run's signing key, its own silo and gateway ports, and `env` (Storage__*, Orleans__*, …).
 * start() launches it (again, after a kill, with the same settings); the rest talk to it.
 */
export function server({ name, http, silo, gateway, env = {} }) {
  const url = `http://127.0.0.1:${http}`;
  const node = {
    name,
    http,
    url,
    graphqlUrl: `${url}/graphql`,
    process: undefined,
    async start() {
      for (const port of [http, silo, gateway]) {
        if (await portOpen(port)) throw new Error(`${name}: port ${port} is taken; stop what listens there.`);
      }
      node.process = launch('dotnet', ['NamDinh.Graph.Api.dll', '--urls', url], {
        cwd: SERVER_DIR,
        log: `${name}.log`,
        env: {
          ...process.env,
          ASPNETCORE_ENVIRONMENT: 'Production',
          // Times in the log, to line a node's lines up with the suite's own account and the other nodes' logs.
          Logging__Console__TimestampFormat: 'HH:mm:ss.fff ',
          Auth__SigningKey: SIGNING_KEY,
          Orleans__SiloPort: String(silo),
          Orleans__GatewayPort: String(gateway),
          ...env,
        },
      });
      return node;
    },
    /** GET a path, with `token` as a bearer token when given; resolves { status, body (JSON or text) }; throws on a network failure. */
    async get(path, timeoutMs = 5_000, { token } = {}) {
      const response = await fetch(`${url}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let body = text;
      try { body = JSON.parse(text); } catch { /* not JSON */ }
      return { status: response.status, body };
    },
    /** /status with its counts, as an admin reads it, or undefined when it does not answer. */
    async status() {
      try { return (await node.get('/status', 3_000, { token: TOKEN })).body; } catch { return undefined; }
    },
    /** /health/ready with its checks, as an admin reads it, as { status (HTTP), body }, or undefined when it does not answer. */
    async ready() {
      try { return await node.get('/health/ready', 5_000, { token: TOKEN }); } catch { return undefined; }
    },
    /** /health/ready as a Kubernetes probe reads it, with no token: { status (HTTP), body }, or undefined when it does not answer. */
    async probe() {
      try { return await node.get('/health/ready', 5_000); } catch { return undefined; }
    },
    /** POSTs GraphQL; see graphql(). */
    graphql(query, variables, options) {
      return graphql(node.graphqlUrl, query, variables, options);
    },
  };
  return node;
}

/**
 * Waits until every one of `nodes` counts all of them as active silos (/status activeSilos): true when they do within
 * `ms`, false (with what was last seen, through `log`) when not.
 */
export async function clusterFormed(nodes, log, ms = 60_000) {
  return eventually(
    () => Promise.all(nodes.map((node) => node.status())),
    (statuses) => statuses.every((status) => status?.activeSilos === nodes.length),
    ms, `every node to count activeSilos ${nodes.length}`,
  ).then(() => true, (error) => { log(error.message); return false; });
}

/** Waits until the server's /health/ready answers 200 with status Healthy; returns the seconds it took, or throws. */
export async function whenReady(node, ms = 120_000) {
  const started = now();
  await eventually(
    async () => {
      if (node.process && !node.process.running()) throw new Error(`${node.name} exited: see ${node.process.log}`);
      const ready = await node.ready();
      // Routes are there as soon as the server listens: a 404 means it has no readiness endpoint at all.
      if (ready?.status === 404) throw new Error(`${node.name}: GET /health/ready answers 404`);
      return ready;
    },
    (ready) => ready?.status === 200 && ready.body?.status === 'Healthy',
    ms,
    `${node.name}'s /health/ready to say Healthy`,
  );
  return (now() - started) / 1000;
}

/** Azurite's table service on 127.0.0.1:port with its data in `folder`; stop() ends it so its data is saved. */
export async function azurite({ port, folder, log = `azurite-${port}.log` }) {
  if (await portOpen(port)) throw new Error(`Port ${port} is taken (another Azurite?)`);
  mkdirSync(folder, { recursive: true });
  const proc = launch(required('CLUSTER_E2E_AZURITE'), [
    '--location', folder, '--tableHost', '127.0.0.1', '--tablePort', String(port),
    '--skipApiVersionCheck', '--loose', '--silent',
  ], { cwd: folder, env: process.env, log });
  await eventually(() => portOpen(port), Boolean, 60_000, `Azurite to listen on ${port}`);
  return {
    ...proc,
    port,
    connectionString: azuriteConnectionString(port),
    /**
     * Stops it as Ctrl+C does (SIGINT: it closes its server and saves its tables; SIGTERM would end it before the
     * save it makes every 5 s). It then says "successfully closed" but its process lingers, so once it has said so
     * (or after `ms`) it is killed. Resolves the moment SIGINT was sent, once its port is closed and it is gone.
     */
    async stop(ms = 10_000) {
      const offset = statSync(proc.log).size;
      const at = proc.signal('SIGINT');
      const said = () => readFileSync(proc.log, 'utf8').slice(offset).includes('successfully closed');
      await eventually(async () => said() && !(await portOpen(port)), Boolean, ms, `Azurite on ${port} to close`).catch(() => {});
      proc.signal('SIGKILL');
      await proc.exited;
      await eventually(async () => !(await portOpen(port)), Boolean, 10_000, `Azurite's port ${port} to close`);
      return at;
    },
  };
}

export function azuriteConnectionString(port) {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};`
    + `TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

// ---------------------------------------------------------------------------------------------------------------
// GraphQL over HTTP

/**
 * POSTs a GraphQL request with the admin token; resolves { status, body, ms } (body parsed, or undefined when it is
 * not JSON). Throws on a network failure or a timeout: describe(error) names it.
 */
export async function graphql(url, query, variables, { timeoutMs = 15_000, token = TOKEN } = {}) {
  const started = now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, body, ms: now() - started };
}

/** The first error code of a GraphQL answer, e.g. "STORAGE_UNAVAILABLE"; or "HTTP 503" when there is none. */
export function errorCode({ status, body }) {
  return body?.errors?.[0]?.extensions?.code ?? (body?.errors?.length ? 'an error without a code' : `HTTP ${status}`);
}

/** A network failure in a few words: "refused", "timeout", "connection closed", … */
export function describe(error) {
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return 'timeout';
  const code = error?.cause?.code ?? error?.code;
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'connection closed';
  return code ?? error?.message ?? String(error);
}

// ---------------------------------------------------------------------------------------------------------------
// Waits

/** Polls `read` until `accept` holds for its value (then returns it) or `ms` pass (then throws with the last value). */
export async function eventually(read, accept, ms, what, every = 100) {
  const deadline = now() + ms;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (now() > deadline) {
      throw new Error(`Timed out after ${seconds(ms)} s waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await delay(every);
  }
}

/** Resolves the promise's value, or `fallback` after `ms`. */
export function within(ms, promise, fallback = undefined) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => { timer = setTimeout(() => resolve(fallback), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs `task` over `items` with at most `limit` at a time; resolves their results in order. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }));
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Subscribers

/**
 * A graphql-transport-ws subscriber with a raw socket: connection_init with the token, one subscribe (id "1").
 * `events` the payloads of its next messages, `acknowledged` resolves at connection_ack, `messages` every message's
 * type in order, `closed` resolves { code, reason, at } when the socket closes, `completedAt` when the server sent
 * complete for the subscription.
 */
export function wsSubscriber(httpUrl, query, variables, { token = TOKEN, onEvent = () => {} } = {}) {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const subscriber = { socket, events: [], messages: [], errors: [], completedAt: undefined };
  let ack;
  subscriber.acknowledged = new Promise((resolve, reject) => { ack = { resolve, reject }; });
  subscriber.acknowledged.catch(() => {});
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
  socket.on('message', (data) => {
    let message;
    try { message = JSON.parse(data.toString()); } catch { subscriber.errors.push(`not JSON: ${data}`); return; }
    subscriber.messages.push(message.type);
    switch (message.type) {
      case 'connection_ack':
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        ack.resolve();
        break;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        break;
      case 'next':
        if (message.payload?.errors) subscriber.errors.push(message.payload.errors);
        subscriber.events.push(message.payload);
        onEvent(message.payload);
        break;
      case 'error':
        subscriber.errors.push(message.payload);
        break;
      case 'complete':
        if (message.id === '1') subscriber.completedAt = now();
        break;
      default:
        break;
    }
  });
  socket.on('error', (error) => { subscriber.errors.push(describe(error)); ack.reject(error); });
  subscriber.closed = new Promise((resolve) => {
    socket.on('close', (code, reason) => {
      ack.reject(new Error(`closed ${code} ${reason}`));
      resolve({ code, reason: reason.toString(), at: now() });
    });
  });
  subscriber.close = () => {
    if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.terminate();
  };
  return subscriber;
}

/**
 * A subscription over server-sent events: POST with Accept: text/event-stream, read to the end. `events` the
 * parsed events ({ event, data }), `ended` resolves { how: "end" | error description, at } when the stream ends.
 */
export function sseSubscriber(httpUrl, query, variables, { token = TOKEN } = {}) {
  const controller = new AbortController();
  const subscriber = { events: [], status: undefined };
  subscriber.ended = (async () => {
    try {
      const response = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: controller.signal,
      });
      subscriber.status = response.status;
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = {};
          for (const line of block.split('\n')) {
            if (!line || line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            event[field] = event[field] === undefined ? value : `${event[field]}\n${value}`;
          }
          if (Object.keys(event).length) subscriber.events.push(event);
        }
      }
      return { how: 'end', at: now() };
    } catch (error) {
      return { how: describe(error), at: now() };
    }
  })();
  subscriber.close = () => controller.abort();
  return subscriber;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks and the summary

/**
 * Runs a suite: `body(suite)` calls suite.check(ok, what, detail) for each check and suite.log(...) for what it did
 * and counted. An exception ends the suite as one more failed check. Then kills every process the suite started,
 * writes { suite, passed, failed } to `summaryPath` and exits (1 when a check failed).
 */
export async function runSuite(name, summaryPath, body) {
  const suite = {
    passed: 0,
    failed: 0,
    log: (...parts) => console.log(`  ${parts.join(' ')}`),
    check(ok, what, detail) {
      if (ok) suite.passed++;
      else suite.failed++;
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
      return ok;
    },
  };
  console.log(`${name}:`);
  const started = now();
  try {
    await body(suite);
  } catch (error) {
    suite.check(false, 'the suite ran to its end', error?.stack ?? String(error));
  }
  killAll();
  console.log(`  ${name}: ${suite.passed} passed, ${suite.failed} failed in ${seconds(now() - started)} s`);
  if (summaryPath) {
    writeFileSync(summaryPath, `${JSON.stringify({ suite: name, passed: suite.passed, failed: suite.failed })}\n`);
  }
  process.exit(suite.failed ? 1 : 0);
}
