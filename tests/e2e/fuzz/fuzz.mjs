// A fuzz run against a running server: thousands of generated malformed and hostile requests (generators/*.mjs)
// over a few keep-alive connections, then WebSocket abuse (websocket/abuse.mjs). It passes when no response was
// 5xx (nor a request left unanswered) nor an INTERNAL_SERVER_ERROR, every error carried extensions.code, the
// server still answers, the data is as it was, nothing is left open, and the server's memory came back near
// where it was after a warm-up. README.md has the checks and the generators.
//
// Usage: node tests/e2e/fuzz/fuzz.mjs <GraphQL URL> <server PID> [summary.json]
//   e.g. node tests/e2e/fuzz/fuzz.mjs http://127.0.0.1:5100/graphql 12345 .artifacts/test-results/fuzz.summary.json
// The PID is the server's process on this machine (its RSS is read from /proc/<pid>/status, with its children's).
//
// Settings (environment):
//   FUZZ_REQUESTS        HTTP requests to send (default 5000)
//   FUZZ_WS_CONNECTIONS  WebSocket connections to open (default 300)
//   FUZZ_CONNECTIONS     concurrent HTTP connections (default 8); FUZZ_WS_CONCURRENCY concurrent sockets (32)
//   FUZZ_SEED            the seed of the run (default 20211): the same seed sends the same requests
//   FUZZ_ONLY            comma-separated request indexes to send only those (to replay a failure)
//   FUZZ_EXCLUDE         comma-separated texts: requests whose generator and description ("deep-nesting: a chain of
//                        fragments, depth 1200") contain one are not sent (to get past a known crash and see the
//                        rest; the report shows them as skipped)
//   FUZZ_GENERATORS      comma-separated generator names: send only their requests (the others are skipped)
//   FUZZ_TIMEOUT_MS      how long a request may take before it counts as unanswered (default 15000)
//   FUZZ_WS_TOKEN        the token connection_init carries ({"token": …}), for a server that takes subscriptions
//                        from partners only (never give it a token that may change data)
//   STATUS_TOKEN         an admin's token, to read /status's counts (anyone else reads only {"status":"ok"}): without
//                        the counts "nothing left open" fails
//   FUZZ_RSS_SLACK_MIB   how far above the baseline memory may be after at most 60 s idle (default 64)
// Writes { "suite": "fuzz", "passed", "failed", … } to the summary path for scripts/summarize-tests.mjs and exits
// 0 only when every check passed.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { rngFor } from './prng.mjs';
import { HttpSender } from './http.mjs';
import { GENERATORS } from './generators/index.mjs';
import { VALID_QUERIES, VALID_VARIABLES } from './generators/shared.mjs';
import { runConnection, SCENARIO_NAMES } from './websocket/abuse.mjs';
import { RssSampler, readRssKiB, mib } from './memory.mjs';
import { resultsIn, errorsWithoutCode, internalErrors, anyApplied, describeRequest } from './analyze.mjs';

const [urlArgument, pidArgument, summaryPath] = process.argv.slice(2);
if (!urlArgument || !pidArgument) {
  console.error('Usage: node fuzz.mjs <GraphQL URL> <server PID> [summary.json]');
  process.exit(2);
}
const url = new URL(urlArgument);
const pid = Number(pidArgument);
const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);
const REQUESTS = Number(env('FUZZ_REQUESTS', 5000));
const WS_CONNECTIONS = Number(env('FUZZ_WS_CONNECTIONS', 300));
const CONNECTIONS = Number(env('FUZZ_CONNECTIONS', 8));
const WS_CONCURRENCY = Number(env('FUZZ_WS_CONCURRENCY', 32));
const SEED = Number(env('FUZZ_SEED', 20211)) >>> 0;
const TIMEOUT_MS = Number(env('FUZZ_TIMEOUT_MS', 15_000));
const WS_TOKEN = env('FUZZ_WS_TOKEN', '');
const RSS_SLACK_KIB = Number(env('FUZZ_RSS_SLACK_MIB', 64)) * 1024;
const ONLY = env('FUZZ_ONLY', '') ? env('FUZZ_ONLY', '').split(',').map(Number) : null;
const EXCLUDE = env('FUZZ_EXCLUDE', '') ? env('FUZZ_EXCLUDE', '').split(',').map((part) => part.trim()).filter(Boolean) : [];
const ONLY_GENERATORS = env('FUZZ_GENERATORS', '') ? env('FUZZ_GENERATORS', '').split(',').map((part) => part.trim()) : null;
const WARM_UP = 300;
/** Requests slower than this are listed in the report and the summary. */
const SLOW_MS = 2_000;

const started = Date.now();
const sender = new HttpSender(url, CONNECTIONS, TIMEOUT_MS);
const ctx = { host: url.host, path: url.pathname, token: WS_TOKEN };

// ---- checks ------------------------------------------------------------------------------------------------
const checks = new Map();
function check(name) {
  if (!checks.has(name)) checks.set(name, { name, failures: 0, examples: [], notes: [], byCase: {}, exampleCases: new Set() });
  return checks.get(name);
}
/** Counts a failure of a check; `where` names the kind of request ("generator: description"), for the tallies. */
function fail(name, example, where) {
  const entry = check(name);
  entry.failures++;
  if (where) entry.byCase[where] = (entry.byCase[where] ?? 0) + 1;
  // Examples of different kinds of request first.
  if (entry.examples.length < 3 && !(where && entry.exampleCases.has(where))) {
    entry.examples.push(example);
    if (where) entry.exampleCases.add(where);
  }
}
/** The kind of a request: its generator and description, numbers left out. */
const caseOf = (generatorName, note) => `${generatorName}: ${note.replace(/(?<![A-Za-z-])\d+/g, 'N')}`;

// ---- valid requests: the baseline and the final state ------------------------------------------------------
const SNAPSHOT_REPORT = '{ report(province:"nam-dinh", year:2021) { version indicators { code value } rankings { index position } tasks { id } } }';
const SNAPSHOT_LIST = '{ reports { id version } }';

async function graphql(query, variables) {
  const result = await sender.send({
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  if (result.status !== 200) throw new Error(`${query.slice(0, 60)}: ${result.status ?? result.outcome} ${result.body?.toString('utf8').slice(0, 200) ?? ''}`);
  const body = JSON.parse(result.body.toString('utf8'));
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

async function snapshot() {
  const report = await graphql(SNAPSHOT_REPORT);
  const list = await graphql(SNAPSHOT_LIST);
  return { report: JSON.stringify(report), list: JSON.stringify(list) };
}

async function waitForServer(ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await graphql('{ __typename }');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await delay(250);
    }
  }
}

async function pool(count, concurrency, work) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) await work(next++);
  }));
}

// ---- 1. the baseline -----------------------------------------------------------------------------------------
console.log(`Fuzz run against ${url.href} (server PID ${pid}), seed ${SEED}: ${ONLY ? `requests ${ONLY.join(', ')}` : `${REQUESTS} HTTP requests`} over ${CONNECTIONS} connections, ${ONLY ? 0 : WS_CONNECTIONS} WebSocket connections.`);
let baseline;
try {
  await waitForServer(30_000);
  await pool(WARM_UP, CONNECTIONS, async (i) => {
    const query = VALID_QUERIES[i % VALID_QUERIES.length];
    await graphql(query, query.includes('$') ? VALID_VARIABLES : undefined);
  });
  baseline = await snapshot();
} catch (error) {
  console.error(`The server did not answer the valid queries of the warm-up: ${error.message}`);
  finish({ fatal: `warm-up failed: ${error.message}` });
}
await delay(1_000);
const rssBaseline = readRssKiB(pid);
if (rssBaseline === null) console.error(`No process ${pid}: memory cannot be read.`);
console.log(`Baseline (${((Date.now() - started) / 1000).toFixed(1)} s) after ${WARM_UP} valid queries: report 36-2021 version ${JSON.parse(baseline.report).report.version}, ${JSON.parse(baseline.list).reports.length} report(s), RSS ${mib(rssBaseline)}.`);

// ---- 2. hostile HTTP requests --------------------------------------------------------------------------------
const inFlight = new Map();
const sampler = new RssSampler(pid, () => [...inFlight.values()]);
const byGenerator = new Map(GENERATORS.map((generator) => [generator.name, { sent: 0, byStatus: {} }]));
const byStatus = {};
const slow = [];
const weights = GENERATORS.map((generator) => [generator.weight, generator]);
const indexes = ONLY ?? Array.from({ length: REQUESTS }, (_, i) => i);
const count = (table, key) => { table[key] = (table[key] ?? 0) + 1; };

/** The request of index `i`: the same for the same seed, whatever else is sent. */
function requestAt(i) {
  const rng = rngFor(SEED, 1, i);
  const generator = rng.weighted(weights);
  return { generator, spec: generator.make(rng, ctx) };
}

const httpStarted = Date.now();
let crash = null;
let sentTotal = 0;
const serverGone = () => !existsSync(`/proc/${pid}`);
await pool(indexes.length, CONNECTIONS, async (n) => {
  if (crash) return;
  const i = indexes[n];
  const { generator, spec } = requestAt(i);
  const stats = byGenerator.get(generator.name);
  if (EXCLUDE.some((part) => `${generator.name}: ${spec.note}`.includes(part)) || (ONLY_GENERATORS && !ONLY_GENERATORS.includes(generator.name))) {
    count(stats.byStatus, 'skipped');
    count(byStatus, 'skipped');
    return;
  }
  inFlight.set(i, `#${i} ${generator.name}: ${spec.note}`);
  sentTotal++;
  stats.sent++;
  const result = await sender.send(spec);
  const alongside = [...inFlight.values()];
  inFlight.delete(i);
  if (crash) {
    // Sent while the server was dying or gone: its answer (or none) says nothing about this request.
    count(stats.byStatus, 'lost in the crash');
    count(byStatus, 'lost in the crash');
    return;
  }
  if (result.status === null && serverGone()) {
    crash = { at: i, ms: Date.now() - started, inFlight: alongside, example: describeRequest(spec, url) };
    count(stats.byStatus, 'lost in the crash');
    count(byStatus, 'lost in the crash');
    return;
  }
  const key = result.status ?? result.outcome;
  count(stats.byStatus, key);
  count(byStatus, key);
  if (result.ms >= SLOW_MS) slow.push({ index: i, generator: generator.name, note: spec.note, ms: result.ms, status: key });
  const example = () => `${key} (${result.ms} ms) for #${i} ${generator.name}: ${spec.note}\n      ${describeRequest(spec, url)}`;
  const where = caseOf(generator.name, spec.note);

  // A 5xx, or no answer at all: a raw malformed request may be dropped without one, nothing else may.
  const unanswered = result.status === null && (result.outcome === 'timeout' || !spec.raw) && !result.notSent;
  const serverError = (result.status ?? 0) >= 500 && !spec.allowStatus?.includes(result.status);
  if (serverError || unanswered || result.cutOff) {
    fail('no 5xx', example(), where);
    fail(`no 5xx in ${generator.name}`, example(), where);
  }
  const results = resultsIn(result.body, result.contentType);
  const missing = errorsWithoutCode(results);
  if (missing.length) fail('every error has a code', `${example()}\n      error without a code: ${JSON.stringify(missing[0]).slice(0, 300)}`, where);
  const internal = internalErrors(results);
  if (internal.length) fail('no INTERNAL_SERVER_ERROR', `${example()}\n      error: ${JSON.stringify(internal[0]).slice(0, 300)}`, where);
  if (spec.mutation && anyApplied(results)) fail('data unchanged', `a hostile mutation says applied: true: ${example()}`, where);
});
if (crash) {
  fail('still answering', `the server process died during the HTTP phase, at about request #${crash.at} (${(crash.ms / 1000).toFixed(1)} s into the run); requests then in flight (one of them killed it):\n        ${crash.inFlight.join('\n        ')}`);
  console.log(`The server process ${pid} died at about request #${crash.at}; the run stops there.`);
}
const httpMs = Date.now() - httpStarted;
for (const generator of GENERATORS) check(`no 5xx in ${generator.name}`);
console.log(`Sent ${sentTotal} HTTP requests in ${(httpMs / 1000).toFixed(1)} s.`);

// ---- 3. WebSocket abuse ----------------------------------------------------------------------------------------
const wsUrl = url.href.replace(/^http/, 'ws');
const closeCodes = {};
const byScenario = Object.fromEntries(SCENARIO_NAMES.map((name) => [name, { connections: 0, endings: {} }]));
const wsCount = ONLY || crash ? 0 : WS_CONNECTIONS;
const wsStarted = Date.now();
await pool(wsCount, WS_CONCURRENCY, async (j) => {
  const rng = rngFor(SEED, 2, j);
  inFlight.set(`ws${j}`, `WebSocket #${j}`);
  const outcome = await runConnection(wsUrl, rng, ctx);
  inFlight.delete(`ws${j}`);
  const ending = outcome.handshakeStatus !== null
    ? `handshake HTTP ${outcome.handshakeStatus}`
    : outcome.byServer
      ? (outcome.code === null ? `no close frame (${outcome.error ?? 'closed'})` : String(outcome.code))
      : 'closed by the fuzz';
  count(closeCodes, ending);
  byScenario[outcome.scenario].connections++;
  count(byScenario[outcome.scenario].endings, ending);
  const example = `${ending} for WebSocket #${j} "${outcome.scenario}"${outcome.reason ? ` (reason: ${outcome.reason.slice(0, 120)})` : ''}`;
  if ((outcome.handshakeStatus ?? 0) >= 500 || (outcome.byServer && (outcome.code === 4500 || outcome.code === 1011))) {
    fail('no 5xx', example, `websocket: ${outcome.scenario}`);
    fail('no 5xx in websocket', example, `websocket: ${outcome.scenario}`);
  }
  const results = outcome.inbox.flatMap((message) => {
    if (message.type === 'error') return [{ errors: message.payload }];
    if (message.type === 'next' && message.payload && typeof message.payload === 'object') return [message.payload];
    return [];
  });
  const missing = errorsWithoutCode(results);
  if (missing.length) fail('every error has a code', `${example}: error without a code: ${JSON.stringify(missing[0]).slice(0, 300)}`, `websocket: ${outcome.scenario}`);
  const internal = internalErrors(results);
  if (internal.length) fail('no INTERNAL_SERVER_ERROR', `${example}: error: ${JSON.stringify(internal[0]).slice(0, 300)}`, `websocket: ${outcome.scenario}`);
  if (outcome.scenario.includes('mutation') && anyApplied(results)) fail('data unchanged', `a hostile mutation over the socket says applied: true: ${example}`, `websocket: ${outcome.scenario}`);
});
check('no 5xx in websocket');
const wsMs = Date.now() - wsStarted;
sampler.stop();
if (wsCount) console.log(`Opened ${wsCount} WebSocket connections in ${(wsMs / 1000).toFixed(1)} s.`);

// ---- 4. afterwards ---------------------------------------------------------------------------------------------
check('no 5xx');
check('every error has a code');
check('no INTERNAL_SERVER_ERROR');
const alive = existsSync(`/proc/${pid}`);
try {
  await waitForServer(10_000);
  if (!alive) fail('still answering', `process ${pid} is gone (something else answers at ${url.href})`);
} catch (error) {
  fail('still answering', `no answer to { __typename } within 10 s${alive ? '' : `; process ${pid} is gone`}: ${error.message}`);
}
check('still answering');

try {
  // The server may still be working through what the fuzz left it (a client that gave up does not stop it):
  // a slow answer is not a change, so the data is read up to three times.
  let after;
  for (let attempt = 1; ; attempt++) {
    try {
      after = await snapshot();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  if (after.report !== baseline.report) fail('data unchanged', `report 36-2021 changed:\n      before ${baseline.report.slice(0, 400)}\n      after  ${after.report.slice(0, 400)}`);
  if (after.list !== baseline.list) fail('data unchanged', `the reports list changed:\n      before ${baseline.list.slice(0, 400)}\n      after  ${after.list.slice(0, 400)}`);
} catch (error) {
  fail('data unchanged', `could not read the data again: ${error.message}`);
}
check('data unchanged');

// Connections and subscriptions the fuzz opened are all closed: the server must hold none of them any more.
const statusUrl = new URL('/status', url);
let lastStatus = null;
const statusDeadline = Date.now() + 10_000;
for (;;) {
  try {
    const response = await fetch(statusUrl, {
      headers: process.env.STATUS_TOKEN ? { authorization: `Bearer ${process.env.STATUS_TOKEN}` } : {},
      signal: AbortSignal.timeout(5_000),
    });
    lastStatus = response.ok ? await response.json() : { unavailable: response.status };
  } catch (error) {
    lastStatus = { unavailable: error.message };
  }
  const counts = ['activeSubscriptions', 'webSocketConnections', 'eventStreamConnections'];
  const open = counts.filter((key) => typeof lastStatus[key] === 'number' && lastStatus[key] > 0);
  const uncounted = lastStatus.unavailable === undefined && counts.some((key) => typeof lastStatus[key] !== 'number');
  if (uncounted) {
    fail('nothing left open', `/status answers no counts (${JSON.stringify(lastStatus)}): STATUS_TOKEN must be an admin's token of this server`);
    break;
  }
  if (open.length === 0 || Date.now() > statusDeadline) {
    if (lastStatus.unavailable !== undefined) check('nothing left open').notes.push(`/status unavailable (${lastStatus.unavailable}): not checked`);
    else if (open.length) fail('nothing left open', `/status still shows ${JSON.stringify(lastStatus)} 10 s after the last connection closed`);
    break;
  }
  await delay(250);
}
check('nothing left open');

// Memory: idle for a few seconds, then polled for up to 60 s until it is back under the limit (the server gives back
// what a burst left once it sees itself idle: src/NamDinh.Graph.Api/Hosting/Memory/IdleMemoryTrim.cs).
const rssLimit = rssBaseline === null ? null : rssBaseline + RSS_SLACK_KIB;
console.log(`Checked the server and the data (${((Date.now() - started) / 1000).toFixed(1)} s into the run); now idle, watching memory.`);
const idleFrom = Date.now();
await delay(3_000);
let rssAfter = readRssKiB(pid);
for (let waited = 0; rssAfter !== null && rssLimit !== null && rssAfter > rssLimit && waited < 57_000; waited += 1_000) {
  await delay(1_000);
  rssAfter = readRssKiB(pid);
}
const idleSeconds = Math.round((Date.now() - idleFrom) / 1000);
const rssPeak = Math.max(sampler.peak, rssAfter ?? 0);
if (rssBaseline === null || rssAfter === null) fail('memory back near baseline', `no memory figures for process ${pid}`);
else if (rssAfter > rssLimit) {
  const jumps = sampler.jumps.sort((a, b) => (b.toKiB - b.fromKiB) - (a.toKiB - a.fromKiB)).slice(0, 3)
    .map((jump) => `+${mib(jump.toKiB - jump.fromKiB)} (to ${mib(jump.toKiB)}) while in flight: ${jump.inFlight.slice(0, 8).join('; ')}`);
  fail('memory back near baseline', `RSS ${mib(rssAfter)} after ${idleSeconds} s idle, over the limit ${mib(rssLimit)} (baseline ${mib(rssBaseline)}, peak ${mib(rssPeak)})${jumps.length ? `\n      largest rises: ${jumps.join('\n                     ')}` : ''}`);
}
check('memory back near baseline');

finish({});

// ---- 5. the report and the summary -------------------------------------------------------------------------------
function finish({ fatal }) {
  sender.close();
  const durationMs = Date.now() - started;
  if (fatal) {
    fail('still answering', fatal);
  }
  const all = [...checks.values()];
  const passed = all.filter((entry) => entry.failures === 0);
  const failed = all.filter((entry) => entry.failures > 0);
  if (!fatal) {
    const table = (counts) => Object.entries(counts).sort(([a], [b]) => String(a).localeCompare(String(b), 'en', { numeric: true })).map(([key, n]) => `${key}: ${n}`).join(', ');
    console.log('\nRequests by generator (by HTTP status, or what happened instead):');
    for (const [name, stats] of byGenerator) console.log(`  ${name.padEnd(26)} ${String(stats.sent).padStart(5)}   ${table(stats.byStatus)}`);
    console.log(`  ${'all'.padEnd(26)} ${String(sentTotal).padStart(5)}   ${table(byStatus)}`);
    if (wsCount) {
      console.log(`\nWebSocket connections: ${wsCount}, how they ended (the close code the server sent, or closed by the fuzz when the server kept it open): ${table(closeCodes)}`);
      for (const [name, stats] of Object.entries(byScenario)) if (stats.connections) console.log(`  ${name.padEnd(50)} ${String(stats.connections).padStart(4)}   ${table(stats.endings)}`);
    }
    console.log(`\nMemory (RSS of process ${pid}): baseline ${mib(rssBaseline)}, peak ${mib(rssPeak)}, after ${mib(rssAfter)} (limit ${mib(rssLimit)})`);
    slow.sort((a, b) => b.ms - a.ms);
    console.log(`Requests slower than ${SLOW_MS / 1000} s: ${slow.length}${slow.length ? ', the slowest:' : ''}`);
    for (const { index, generator, note, ms, status } of slow.slice(0, 8)) console.log(`  ${String(ms).padStart(6)} ms  #${index} ${generator}: ${note} → ${status}`);
  }
  console.log('\nChecks:');
  for (const entry of all) {
    console.log(`  ${entry.failures ? 'FAIL' : 'ok  '} ${entry.name}${entry.failures ? ` (${entry.failures} failure${entry.failures === 1 ? '' : 's'})` : ''}${entry.notes.length ? ` — ${entry.notes.join('; ')}` : ''}`);
    for (const example of entry.examples) console.log(`      e.g. ${example}`);
    const cases = Object.entries(entry.byCase).sort(([, a], [, b]) => b - a);
    if (cases.length > 1 || (cases.length === 1 && entry.failures > 1)) {
      console.log(`      by kind of request: ${cases.slice(0, 10).map(([where, n]) => `${where} (${n})`).join('; ')}${cases.length > 10 ? `; ${cases.length - 10} more kinds` : ''}`);
    }
  }
  console.log(`\nfuzz: ${passed.length} passed, ${failed.length} failed in ${(durationMs / 1000).toFixed(1)} s (seed ${SEED})`);
  if (summaryPath) {
    mkdirSync(dirname(summaryPath), { recursive: true });
    writeFileSync(summaryPath, JSON.stringify({
      suite: 'fuzz',
      passed: passed.length,
      failed: failed.length,
      seed: SEED,
      durationMs,
      requests: fatal ? undefined : { sent: sentTotal, byStatus, byGenerator: Object.fromEntries(byGenerator) },
      webSocket: fatal ? undefined : { connections: wsCount, closeCodes, byScenario },
      rssKiB: fatal ? undefined : { baseline: rssBaseline, peak: rssPeak, after: rssAfter, limit: rssLimit },
      slowRequests: fatal ? undefined : slow,
      checks: all.map(({ name, failures, examples, notes, byCase }) => ({ name, passed: failures === 0, failures, byCase, examples, notes })),
    }, null, 2));
  }
  process.exit(failed.length === 0 && passed.length > 0 ? 0 : 1);
}
