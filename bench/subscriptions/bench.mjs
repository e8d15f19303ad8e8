// Subscription delivery benchmark: opens graphql-transport-ws subscribers to a running server, makes one
// mutation a second, and measures how long each event takes to reach each subscriber, the mutation's round
// trip, and the server's memory per subscriber. Run through run.sh, which builds and starts the server.
//
// Settings (environment): BENCH_URL (http://127.0.0.1:PORT), BENCH_SERVER_PID, BENCH_DURATION (seconds, one
// mutation a second), BENCH_SUBSCRIBERS (the large run; a 1-subscriber baseline always runs first),
// BENCH_GCDUMP (path of dotnet-gcdump, optional: without it the live GC heap is not measured), BENCH_TOKEN (an
// admin's token, for the mutations and for /status's counts, which only an admin reads).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import WebSocket from 'ws';

const url = need('BENCH_URL');
const serverPid = Number(need('BENCH_SERVER_PID'));
const duration = bounded('BENCH_DURATION', 30, 1, 600);
const subscribers = bounded('BENCH_SUBSCRIBERS', 1000, 1, 10000);
const largest = bounded('BENCH_LARGE', 0, 0, 10000);
const gcdump = process.env.BENCH_GCDUMP || '';
const token = need('BENCH_TOKEN');
const idleSeconds = 5;
const wsUrl = url.replace(/^http/, 'ws') + '/graphql';
const figure = 'press.news-items';
const run = promisify(execFile);

function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function bounded(name, fallback, min, max) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const state = await condition();
    if (state === true) return;
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what} (${state})`);
    await sleep(100);
  }
}

async function graphql(query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** /status's counts, read with the admin's token (anyone else reads only {"status":"ok"}). */
async function status() {
  const response = await fetch(`${url}/status`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  const body = await response.json();
  if (typeof body.activeSubscriptions !== 'number') throw new Error(`/status answers no counts (${JSON.stringify(body)}): BENCH_TOKEN must be an admin's token`);
  return body;
}

/** The server's resident memory now, from /proc (kB). */
function rssKb() {
  const line = readFileSync(`/proc/${serverPid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]);
}

/** The server's CPU time so far (user + system), in seconds. */
function cpuSeconds() {
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * The live managed heap after a full GC, by dotnet-gcdump (which induces that GC): total bytes and bytes per type.
 * Null when the tool is not there or fails.
 */
async function liveHeap(label) {
  if (!gcdump) return null;
  const file = `${process.env.BENCH_WORK || '/tmp'}/heap-${label}.gcdump`;
  try {
    await run(gcdump, ['collect', '-p', String(serverPid), '-o', file], { timeout: 120_000 });
    const { stdout } = await run(gcdump, ['report', file], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    const total = Number(/([\d,]+)\s+GC Heap bytes/.exec(stdout)[1].replaceAll(',', ''));
    const types = new Map();
    for (const line of stdout.split('\n')) {
      const match = /^\s*([\d,]+)\s+([\d,]+)\s+(.+?)\s*$/.exec(line);
      if (!match) continue;
      const type = match[3].replace(/\s*\(Bytes > [^)]*\)/, '').replace(/\s+\[[^\]]*\]$/, '');
      const entry = types.get(type) ?? { bytes: 0, count: 0 };
      // The report gives each row's average object size and its object count.
      const count = Number(match[2].replaceAll(',', ''));
      entry.bytes += Number(match[1].replaceAll(',', '')) * count;
      entry.count += count;
      types.set(type, entry);
    }
    return { total, types };
  } catch (error) {
    console.error(`(live heap not measured: ${error.message.split('\n')[0]})`);
    return null;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One subscriber: a socket speaking graphql-transport-ws, subscribed to one report's changes. */
function openSubscriber(report, onEvent) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
    const subscriber = { socket, versions: new Set(), lastVersion: 0, outOfOrder: 0, duplicates: 0, errors: [] };
    const timer = setTimeout(() => { socket.terminate(); reject(new Error('no connection_ack within 15 s')); }, 15_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      const receivedAt = performance.now();
      const message = JSON.parse(data);
      switch (message.type) {
        case 'next':
          onEvent(subscriber, message.payload, receivedAt);
          break;
        case 'ping':
          socket.send('{"type":"pong"}');
          break;
        case 'connection_ack':
          clearTimeout(timer);
          socket.send(JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: {
              query: 'subscription($province: String, $year: Int) { reportChanged(province: $province, year: $year) { cursor version } }',
              variables: report,
            },
          }));
          resolve(subscriber);
          break;
        case 'error':
        case 'complete':
          subscriber.errors.push(message.type);
          break;
      }
    });
    socket.on('close', (code) => { if (code !== 1000) subscriber.errors.push(`closed ${code}`); });
    socket.on('error', (error) => { clearTimeout(timer); subscriber.errors.push(error.message); reject(error); });
  });
}

async function scenario(count, report, { mutations = duration, gapMs = 1000, measureHeap = true } = {}) {
  const created = await graphql('mutation($input: CreateReportInput!) { createReport(input: $input) { version } }',
    { input: { ...report, synthetic: true, reason: 'subscription benchmark' } });
  const baseVersion = created.createReport.version;
  await sleep(1000);
  const rssBefore = rssKb();
  const heapBefore = measureHeap ? await liveHeap(`${count}-before`) : null;

  // Open the subscribers, 50 at a time.
  const sentAt = new Map(); // version -> when its mutation was sent
  const latencies = [];
  let delivered = 0; // distinct (subscriber, version) events
  const perEvent = new Map(); // version -> latency of its first and last subscriber
  const onEvent = (subscriber, payload, receivedAt) => {
    const version = payload?.data?.reportChanged?.version;
    if (typeof version !== 'number') { subscriber.errors.push(`bad event ${JSON.stringify(payload).slice(0, 200)}`); return; }
    if (subscriber.versions.has(version)) { subscriber.duplicates++; return; }
    if (version < subscriber.lastVersion) subscriber.outOfOrder++;
    subscriber.versions.add(version);
    delivered++;
    subscriber.lastVersion = Math.max(subscriber.lastVersion, version);
    const sent = sentAt.get(version);
    if (sent === undefined) return;
    const latency = receivedAt - sent;
    latencies.push(latency);
    const spread = perEvent.get(version);
    if (spread) { spread.first = Math.min(spread.first, latency); spread.last = Math.max(spread.last, latency); }
    else perEvent.set(version, { first: latency, last: latency });
  };
  const opening = performance.now();
  // Each batch waits for its acknowledgements before the next opens: the server's accept queue and the client's
  // event loop are not swamped, whatever the count.
  const open = [];
  for (let first = 0; first < count; first += 50) {
    const batch = Array.from({ length: Math.min(50, count - first) }, () => openSubscriber(report, onEvent));
    open.push(...(await Promise.all(batch)));
  }
  await waitUntil(async () => { const s = await status(); return s.activeSubscriptions === count || `${s.activeSubscriptions} active`; },
    60_000, `${count} active subscriptions`);
  const openSeconds = (performance.now() - opening) / 1000;
  await sleep(2000);
  const rssAfter = rssKb();
  const heapAfter = measureHeap ? await liveHeap(`${count}-after`) : null;

  // The server's CPU with the subscribers open and no change: keep-alive pings, timers, Orleans' own work.
  const idleBefore = cpuSeconds();
  await sleep(idleSeconds * 1000);
  const idleCpu = cpuSeconds() - idleBefore;

  // One mutation a second (gapMs), each sent once the one before was answered: versions base+1 … base+mutations.
  const roundTrips = [];
  let wrongVersions = 0;
  const cpuBefore = cpuSeconds();
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  for (let i = 1; i <= mutations; i++) {
    const due = start + (i - 1) * gapMs;
    if (due > performance.now()) await sleep(due - performance.now());
    const version = baseVersion + i;
    const sent = performance.now();
    sentAt.set(version, sent);
    const answer = await graphql(`mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { version } }`,
      // A count, not the figure: its first step from the stored value may be implausible, and is meant.
      { input: { ...report, code: figure, value: String(i), reason: `benchmark ${i}`, confirmImplausible: true } });
    roundTrips.push(performance.now() - sent);
    if (answer.setIndicator.version !== version) wrongVersions++;
  }
  const expected = count * mutations;
  await waitUntil(async () => delivered >= expected || `${delivered} of ${expected} delivered`, 10_000, 'every event')
    .catch((error) => console.error(`(${error.message})`));
  const cpuUsed = cpuSeconds() - cpuBefore;
  const clientUsage = process.cpuUsage(clientBefore);
  const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;

  // Leave, and see the server let go of every subscription.
  for (const subscriber of open) subscriber.socket.close(1000);
  await waitUntil(async () => { const s = await status(); return s.activeSubscriptions === 0 || `${s.activeSubscriptions} active`; },
    30_000, 'the subscriptions to end').catch((error) => console.error(`(${error.message})`));

  latencies.sort((a, b) => a - b);
  roundTrips.sort((a, b) => a - b);
  const sum = (key) => open.reduce((total, s) => total + s[key], 0);
  return {
    count, expected, delivered,
    p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1),
    rtt50: percentile(roundTrips, 50), rtt99: percentile(roundTrips, 99), rttMax: roundTrips.at(-1),
    outOfOrder: sum('outOfOrder'), duplicates: sum('duplicates'), wrongVersions,
    errors: open.flatMap((s) => s.errors),
    rssBefore, rssAfter, heapBefore, heapAfter, openSeconds, cpuUsed, idleCpu, clientCpu,
    firstP50: percentile([...perEvent.values()].map((e) => e.first).sort((a, b) => a - b), 50),
    lastP50: percentile([...perEvent.values()].map((e) => e.last).sort((a, b) => a - b), 50),
  };
}

const fmt = (value, digits = 1) => (value === undefined || value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

function print(base, large, title = '1 subscriber') {
  const rows = [];
  const row = (name, a, b, ratio = '') => rows.push([name, a, b, ratio]);
  const ratio = (a, b) => (a > 0 ? `×${(b / a).toFixed(1)}` : '');
  row('events delivered / expected', `${base.delivered} / ${base.expected}`, `${large.delivered} / ${large.expected}`);
  row('delivery latency p50 (ms)', fmt(base.p50, 2), fmt(large.p50, 2), ratio(base.p50, large.p50));
  row('delivery latency p99 (ms)', fmt(base.p99, 2), fmt(large.p99, 2), ratio(base.p99, large.p99));
  row('delivery latency max (ms)', fmt(base.max, 2), fmt(large.max, 2), ratio(base.max, large.max));
  row('per event: first subscriber, p50 (ms)', fmt(base.firstP50, 2), fmt(large.firstP50, 2), ratio(base.firstP50, large.firstP50));
  row('per event: last subscriber, p50 (ms)', fmt(base.lastP50, 2), fmt(large.lastP50, 2), ratio(base.lastP50, large.lastP50));
  row('mutation round trip p50 (ms)', fmt(base.rtt50, 2), fmt(large.rtt50, 2), ratio(base.rtt50, large.rtt50));
  row('mutation round trip p99 (ms)', fmt(base.rtt99, 2), fmt(large.rtt99, 2), ratio(base.rtt99, large.rtt99));
  row('mutation round trip max (ms)', fmt(base.rttMax, 2), fmt(large.rttMax, 2), ratio(base.rttMax, large.rttMax));
  row('out of order / duplicates', `${base.outOfOrder} / ${base.duplicates}`, `${large.outOfOrder} / ${large.duplicates}`);
  row('subscriber errors / closes', String(base.errors.length), String(large.errors.length));
  row('time to open all (s)', fmt(base.openSeconds, 2), fmt(large.openSeconds, 2));
  row(`server CPU, ${idleSeconds} s idle before (s)`, fmt(base.idleCpu, 2), fmt(large.idleCpu, 2));
  row(`server CPU, ${duration} s of mutations (s)`, fmt(base.cpuUsed, 2), fmt(large.cpuUsed, 2), ratio(base.cpuUsed, large.cpuUsed));
  row(`client CPU, ${duration} s of mutations (s)`, fmt(base.clientCpu, 2), fmt(large.clientCpu, 2), ratio(base.clientCpu, large.clientCpu));
  row('server RSS before (MiB)', fmt(base.rssBefore / 1024), fmt(large.rssBefore / 1024));
  row('server RSS with subscribers (MiB)', fmt(base.rssAfter / 1024), fmt(large.rssAfter / 1024));
  row('RSS per subscriber (KiB)', 'n/a', fmt((large.rssAfter - large.rssBefore) / large.count));
  if (base.heapBefore && base.heapAfter && large.heapBefore && large.heapAfter) {
    row('live GC heap before (MiB)', fmt(base.heapBefore.total / 1048576), fmt(large.heapBefore.total / 1048576));
    row('live GC heap with subscribers (MiB)', fmt(base.heapAfter.total / 1048576), fmt(large.heapAfter.total / 1048576));
    row('live GC heap per subscriber (KiB)', 'n/a', fmt((large.heapAfter.total - large.heapBefore.total) / 1024 / large.count));
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), [`${''}`, title, `${large.count} subscribers`, 'ratio'][i].length));
  const line = (r) => `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`.trimEnd();
  console.log(line(['', title, `${large.count} subscribers`, 'ratio']));
  rows.forEach((r) => console.log(line(r)));
  console.log('  (per-subscriber memory is read from the large run: one subscriber is lost in the noise of RSS and of the first');
  console.log('   subscription\'s warm-up; the large run\'s "before" is the server after the baseline, its subscribers closed)');

  if (large.heapBefore && large.heapAfter) {
    const grown = [...large.heapAfter.types]
      .map(([type, after]) => {
        const before = large.heapBefore.types.get(type) ?? { bytes: 0, count: 0 };
        return { type, bytes: after.bytes - before.bytes, count: after.count - before.count };
      })
      .filter((t) => t.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12);
    console.log(`\n  live heap grown with ${large.count} subscribers, by type (bytes per subscriber, objects per subscriber):`);
    for (const t of grown)
      console.log(`  ${(t.bytes / large.count).toFixed(0).padStart(8)} B  ${(t.count / large.count).toFixed(2).padStart(7)}  ${t.type.slice(0, 140)}`);
  }
  const errors = [...base.errors, ...large.errors];
  if (errors.length) console.log(`\n  first subscriber errors: ${errors.slice(0, 5).join('; ')}`);
}

console.log(`subscription delivery benchmark, ${new Date().toISOString()}`);
console.log(`  machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; node ${process.version}, ws client in its own process over loopback; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`  server: pid ${serverPid} at ${url}; ${duration} mutations, one a second, per run; every subscriber follows the changed report`);
console.log('  warm-up (10 subscribers, 60 mutations 100 ms apart, not measured), then the 1-subscriber baseline, then the large run');
// Warm-up, not measured: .NET compiles each method first quickly, then again optimised once it was called often
// (tiered compilation); without a warm-up the runs would measure that compiling, ~100 ms of CPU per request.
await scenario(10, { province: '48', year: 2099 }, { mutations: 60, gapMs: 100, measureHeap: false });
await sleep(3000);
const base = await scenario(1, { province: '01', year: 2099 });
console.log(`  baseline done: ${base.delivered}/${base.expected} events`);
const large = await scenario(subscribers, { province: '79', year: 2099 });
console.log(`  ${subscribers}-subscriber run done: ${large.delivered}/${large.expected} events`);
let huge = null;
if (largest > 0) {
  await sleep(3000);
  huge = await scenario(largest, { province: '74', year: 2099 });
  console.log(`  ${largest}-subscriber run done: ${huge.delivered}/${huge.expected} events`);
}
console.log();
print(base, large);
if (huge) {
  console.log();
  print(base, huge);
}

// Issue 20's fan-out targets: p99 at SUBSCRIBERS at most twice the 1-subscriber p99 of the same run; at LARGE, every
// event delivered and at most 10 KiB of server memory per subscriber (RSS grown, and live GC heap grown when measured).
const verdict = (met) => (met ? 'met' : 'NOT met');
const heapPerSubscriber = (run) => (run.heapBefore && run.heapAfter ? (run.heapAfter.total - run.heapBefore.total) / 1024 / run.count : null);
console.log('\n  targets (issue 20, fan-out):');
console.log(`    p99 at ${large.count} <= 2 x p99 at 1: ${fmt(large.p99, 2)} ms vs 2 x ${fmt(base.p99, 2)} ms = ${fmt(2 * base.p99, 2)} ms: ${verdict(large.p99 <= 2 * base.p99)}`);
if (huge) {
  const rss = (huge.rssAfter - huge.rssBefore) / huge.count;
  const heap = heapPerSubscriber(huge);
  console.log(`    every event delivered at ${huge.count}: ${huge.delivered} / ${huge.expected}, ${huge.duplicates} duplicates, ${huge.outOfOrder} out of order: ${verdict(huge.delivered === huge.expected && huge.duplicates === 0)}`);
  console.log(`    memory per subscriber at ${huge.count} <= 10 KiB: RSS grown ${fmt(rss)} KiB: ${verdict(rss <= 10)}; live GC heap grown ${heap === null ? 'not measured' : `${fmt(heap)} KiB: ${verdict(heap <= 10)}`}`);
}
const runs = [base, large, ...(huge ? [huge] : [])];
const complete = runs.every((run) => run.delivered === run.expected && run.duplicates === 0 && run.wrongVersions === 0);
process.exit(complete ? 0 : 1);
