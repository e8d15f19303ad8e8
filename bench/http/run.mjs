// Orchestrator of the HTTP benchmark (bench/run.sh builds everything, starts Azurite for (d) and runs this).
// It starts the servers, the floor and the peer, runs load.mjs in a child process for each measurement while it samples
// the measured processes' CPU and RSS from /proc (the peer's over its cluster primary and workers), checks durability
// after kill -9, runs the subscription benchmark, and prints one summary (also written to .artifacts/bench/results.json)
// with ours / peer and ours / floor for each class. It stops everything it started, on error too.
//
// The peer (bench/peer) answers from every report our server holds, captured through our API before the load; its
// answers must be JSON-equal to ours before it is measured, and under load it is held to those bytes.
//
// Classes: start (start to first answer), a (the full report), b (one indicator), c (a 63-province slice),
// m (a different province, year and three codes each request: 16,384 distinct, each answer checked against ours
// captured first), d (setIndicator on Azurite), e (subscription fan-out, bench/subscriptions/run.sh).
import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { request } from 'undici';

const env = process.env;
const root = env.BENCH_ROOT;
const work = env.BENCH_WORK;
const settings = {
  durationSeconds: Number(env.DURATION ?? 10),
  warmupSeconds: Number(env.WARMUP ?? 10),
  connections: Number(env.CONNECTIONS ?? 32),
  classes: (env.CLASSES ?? 'start,a,b,c,m,d,e').split(',').map((name) => name.trim()).filter(Boolean),
  subscriptionSeconds: Number(env.SUB_DURATION ?? 10),
  subscribers: Number(env.SUBSCRIBERS ?? 1000),
};
if (env.SKIP_SUBSCRIPTIONS === '1') settings.classes = settings.classes.filter((name) => name !== 'e');
const runs = (name) => settings.classes.includes(name);

// run.sh hands over a copy of the build, which another build of src/ meanwhile cannot change under a running server.
const serverDll = env.BENCH_SERVER_DLL ?? path.join(root, 'src/NamDinh.Graph.Api/bin/Release/net10.0/NamDinh.Graph.Api.dll');
const floorDll = path.join(root, 'bench/floor/bin/Release/net10.0/NamDinh.Graph.Bench.Floor.dll');
const operation = (name) => readFileSync(path.join(root, 'schema/operations', name), 'utf8');
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const signingKey = `bench-only-key-${Date.now()}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

const queries = {
  a: { body: { query: operation('Report.graphql'), variables: { province: 'nam-dinh', year: 2021 } } },
  b: {
    body: {
      query: 'query($p:String!,$y:Int!,$c:String!){ report(province:$p,year:$y){ indicators(code:$c){ code value unit{code} multiplier status } } }',
      variables: { p: 'nam-dinh', y: 2021, c: 'postal.revenue' },
    },
  },
  c: { body: { query: operation('Indicators.graphql'), variables: { where: { year: 2021, codes: ['postal.revenue'] }, first: 100 } } },
};
// (m): one document, a different province, year and three indicator codes each time (variedRequests).
const variedQuery = 'query($p:String!,$y:Int!,$c1:String!,$c2:String!,$c3:String!){ report(province:$p,year:$y){ id key year province{ code name } '
  + 'first: indicators(code:$c1){ ...figure } second: indicators(code:$c2){ ...figure } third: indicators(code:$c3){ ...figure } } } '
  + 'fragment figure on IndicatorValue { id code value unit{ code } multiplier status }';
// Enough that a request comes again only after about 2 s at our rate, beyond what an answer cache would keep (1 s).
const variedCount = 16384;
const classTitles = {
  a: '(a) full report',
  b: '(b) one indicator',
  c: '(c) 63-province slice',
  d: '(d) setIndicator, Azurite',
  m: '(m) varied: no cache helps',
  'a+cache': '(a) full report, response cache',
  'b+cache': '(b) one indicator, response cache',
};
const graphQLHeaders = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const results = { settings, started: new Date().toISOString(), errors: [] };
let failed = false;
function fail(message) {
  failed = true;
  if (aborting) return;
  results.errors.push(message);
  console.log(`  !! ${message}`);
}

// ---------------------------------------------------------------- processes

const started = new Set();
if (env.BENCH_PIDS) appendFileSync(env.BENCH_PIDS, `${process.pid}\n`); // first, so that run.sh stops this before its children

/** Spawns a process, remembers it for the final stop, and lists its pid for run.sh's cleanup should this process die. */
function launch(command, args, options = {}) {
  const child = spawn(command, args, options);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.closed = new Promise((resolve) => child.once('close', resolve)); // exited, and its output read to the end
  child.once('exit', () => started.delete(child));
  started.add(child);
  if (env.BENCH_PIDS) appendFileSync(env.BENCH_PIDS, `${child.pid}\n`);
  return child;
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const within = (promise, milliseconds) => Promise.race([promise, sleep(milliseconds).then(() => 'timeout')]);
const isRunning = (child) => child.exitCode === null && child.signalCode === null;

/** TERM (to its whole process group when it has its own), then KILL after graceSeconds. */
async function stop(child, graceSeconds = 15) {
  if (!isRunning(child)) return;
  const signal = (name) => {
    try { process.kill(child.detachedGroup ? -child.pid : child.pid, name); } catch { /* already gone */ }
  };
  signal('SIGTERM');
  if ((await within(child.exited, graceSeconds * 1000)) === 'timeout') {
    signal('SIGKILL');
    await within(child.exited, 5000);
  }
}

const stopAll = () => Promise.all([...started].map((child) => stop(child)));

let aborting = false;
process.on('uncaughtException', (error) => {
  console.log(error);
  aborting = true;
  stopAll().finally(() => process.exit(1));
});
for (const name of ['SIGINT', 'SIGTERM']) {
  process.on(name, () => {
    if (aborting) return;
    aborting = true;
    console.log(`\n${name}: stopping what the benchmark started…`);
    stopAll().finally(() => process.exit(name === 'SIGINT' ? 130 : 143));
  });
}

/** Ports free on 127.0.0.1: all held at once while they are picked, so none comes twice. */
async function freePorts(count) {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function procStatus(pid, field) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) / 1024 : NaN; // MiB
}

function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state) of proc(5)
  return (Number(fields[11]) + Number(fields[12])) / clockTicks; // utime + stime
}

/** The process and all its descendants (the peer's cluster workers), from the parent pids in /proc. */
function processTree(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]); // field 4, ppid
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch { /* gone meanwhile */ }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** Sums a per-process figure over a process tree; a process gone meanwhile counts nothing. */
const sumOver = (pids, figure) => pids.reduce((sum, pid) => {
  try { return sum + figure(pid); } catch { return sum; }
}, 0);

/** CPU seconds the whole machine spent busy (all cores), from the first line of /proc/stat. */
function machineBusySeconds() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / clockTicks; // all but idle and iowait
}

/** The log from its first error on (or its end when it has none), 20 lines. */
function logExcerpt(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const firstError = lines.findIndex((line) => /^(fail|crit):/.test(line));
  return (firstError >= 0 ? lines.slice(firstError, firstError + 20) : lines.slice(-20)).join('\n');
}

// ---------------------------------------------------------------- the server and the floor

async function startServer(name, settingsEnv) {
  const [httpPort, siloPort, gatewayPort] = await freePorts(3);
  const log = path.join(work, `${name}.log`);
  const spawnedAt = performance.now();
  const child = launch('dotnet', [serverDll], {
    cwd: work,
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')],
    env: {
      ...env,
      DOTNET_ENVIRONMENT: 'Production',
      ASPNETCORE_ENVIRONMENT: 'Production',
      Logging__LogLevel__Default: 'Warning',
      ASPNETCORE_URLS: `http://127.0.0.1:${httpPort}`,
      Orleans__SiloPort: String(siloPort),
      Orleans__GatewayPort: String(gatewayPort),
      Auth__SigningKey: signingKey,
      ...settingsEnv,
    },
  });
  return { name, child, pid: child.pid, origin: `http://127.0.0.1:${httpPort}`, log, spawnedAt };
}

async function startFloor(bodyFiles) {
  const [port] = await freePorts(1);
  const log = path.join(work, 'floor.log');
  const args = Object.entries(bodyFiles).map(([name, file]) => `--Bodies:${name}=${file}`);
  const child = launch('dotnet', [floorDll, ...args, `--urls=http://127.0.0.1:${port}`], {
    cwd: work,
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')],
    env: { ...env, DOTNET_ENVIRONMENT: 'Production', ASPNETCORE_ENVIRONMENT: 'Production', Logging__LogLevel__Default: 'Warning' },
  });
  const floor = { name: 'floor', child, pid: child.pid, origin: `http://127.0.0.1:${port}`, log };
  const [probe] = Object.keys(bodyFiles);
  await waitFor(floor, 'the floor to answer', 60, 100, async () => (await post(floor.origin, `/${probe}`, queries[probe].body)).status === 200);
  return floor;
}

/** The peer (bench/peer): mercurius with graphql-jit, a worker per core, answering from the reports in dataFile. */
async function startPeer(dataFile) {
  const [port] = await freePorts(1);
  const log = path.join(work, 'peer.log');
  const child = launch(process.execPath, [
    path.join(root, 'bench/peer/server.mjs'), '--schema', path.join(root, 'schema/schema.graphql'), '--data', dataFile, '--port', String(port),
  ], {
    cwd: work,
    detached: true, // its own process group, so a stop reaches its workers too
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')],
    env: { ...env, NODE_ENV: 'production' },
  });
  child.detachedGroup = true;
  const peer = { name: 'peer', child, pid: child.pid, origin: `http://127.0.0.1:${port}`, log };
  await waitFor(peer, 'the peer to answer', 60, 100, async () => (await graphQL(peer, queries.b.body))?.report);
  return peer;
}

/** POSTs a GraphQL-over-HTTP request; answers the status and the body's bytes (or status 0 when it could not connect). */
async function post(origin, urlPath, body, headers = {}) {
  try {
    const response = await request(origin + urlPath, {
      method: 'POST',
      headers: { ...graphQLHeaders, ...headers },
      body: JSON.stringify(body),
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    return { status: response.statusCode, bytes: Buffer.from(await response.body.arrayBuffer()) };
  } catch (error) {
    return { status: 0, bytes: Buffer.alloc(0), error };
  }
}

/** The data of a 200 answer without errors, or undefined. */
function dataOf({ status, bytes }) {
  if (status !== 200) return undefined;
  const answer = JSON.parse(bytes.toString('utf8'));
  return answer.errors ? undefined : answer.data ?? undefined;
}

const graphQL = async (target, body, headers) => dataOf(await post(target.origin, '/graphql', body, headers));

/** /status as an admin reads it (with its counts; anyone else reads only {"status":"ok"}), or {} when it does not answer. */
async function getStatus(server, adminToken) {
  try {
    const response = await request(`${server.origin}/status`, {
      headers: { authorization: `Bearer ${adminToken}` }, headersTimeout: 10_000, bodyTimeout: 10_000,
    });
    return await response.body.json();
  } catch {
    return {};
  }
}

/** Polls check() every intervalMs until it is true; throws after seconds, or when the process stops. */
async function waitFor(target, what, seconds, intervalMs, check) {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    if (!isRunning(target.child)) throw new Error(`${target.name} stopped while waiting for ${what}:\n${logExcerpt(target.log)}`);
    try {
      if (await check()) return;
    } catch { /* not ready yet */ }
    await sleep(intervalMs);
  }
  throw new Error(`waited ${seconds} s for ${what}; ${target.name}'s log:\n${logExcerpt(target.log)}`);
}

/** VmHWM, summed over the peer's processes (an upper bound of their peak together). */
function peakRssOfLife(target) {
  try { return sumOver(processTree(target.pid), (pid) => procStatus(pid, 'VmHWM')); } catch { return NaN; }
}

// ---------------------------------------------------------------- one measurement

/**
 * Runs load.mjs against target and samples target's processes (its own and its descendants', the peer's workers) over
 * the recorded window: CPU from /proc/<pid>/stat at its start and end, the sum of their VmRSS every 100 ms. onWindow(start|end) runs at both ends (the /status reads of (d)); the CPU of
 * the helpers ({ name: pid }, Azurite for (d)) is measured over the window too.
 */
async function measure(label, target, loadConfig, { onWindow = async () => {}, helpers = {} } = {}) {
  const configFile = path.join(work, `load-${label.replace(/\W+/g, '-')}.json`);
  writeFileSync(configFile, JSON.stringify({
    url: target.origin,
    connections: settings.connections,
    warmupSeconds: settings.warmupSeconds,
    durationSeconds: settings.durationSeconds,
    headers: graphQLHeaders,
    ...loadConfig,
  }));
  const child = launch(process.execPath, [path.join(root, 'bench/http/load.mjs'), configFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  let cpuAtStart;
  let cpuAtEnd;
  let busyAtStart;
  let busyAtEnd;
  let helpersAtStart;
  let helpersAtEnd;
  let peakRss = 0;
  let sampler;
  let result;
  let pids = [target.pid];
  const sampleRss = () => { peakRss = Math.max(peakRss, sumOver(pids, (pid) => procStatus(pid, 'VmRSS'))); };
  const hooks = [];
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const message = JSON.parse(line);
    if (message.event === 'recording') {
      pids = processTree(target.pid);
      cpuAtStart = sumOver(pids, cpuSeconds);
      busyAtStart = machineBusySeconds();
      helpersAtStart = Object.values(helpers).map(cpuSeconds);
      sampleRss();
      sampler = setInterval(sampleRss, 100);
      hooks.push(onWindow('start'));
    } else if (message.event === 'stopped') {
      cpuAtEnd = sumOver(pids, cpuSeconds);
      busyAtEnd = machineBusySeconds();
      helpersAtEnd = Object.values(helpers).map(cpuSeconds);
      clearInterval(sampler);
      sampleRss();
      hooks.push(onWindow('end'));
    } else if (message.result) {
      result = message.result;
    }
  }
  clearInterval(sampler);
  const limit = settings.warmupSeconds + settings.durationSeconds + 120;
  if ((await within(child.exited, limit * 1000)) === 'timeout') await stop(child, 5);
  await Promise.all(hooks);
  if (!result || cpuAtEnd === undefined) throw new Error(`the load generator for ${label} gave no result`);
  if (!isRunning(target.child)) throw new Error(`${target.name} stopped during ${label}:\n${logExcerpt(target.log)}`);
  const serverCpu = cpuAtEnd - cpuAtStart;
  const helpersCpu = Object.fromEntries(Object.keys(helpers).map((name, i) => [name, Number((helpersAtEnd[i] - helpersAtStart[i]).toFixed(2))]));
  const helpersTotal = Object.values(helpersCpu).reduce((sum, x) => sum + x, 0);
  const measured = {
    ...result,
    cpuSeconds: Number(serverCpu.toFixed(2)),
    cpuMsPerRequest: result.requests ? Number(((serverCpu * 1000) / result.requests).toFixed(3)) : null,
    peakRssMiB: Number(peakRss.toFixed(1)),
    // What else ran meanwhile (another build or test run on the same machine) shows here.
    otherCpuSeconds: Math.max(0, Number((busyAtEnd - busyAtStart - serverCpu - result.clientCpuSeconds - helpersTotal).toFixed(2))),
    helpersCpuSeconds: helpersCpu,
  };
  console.log(`  ${label.padEnd(34)} ${measured.requests} requests, ${measured.rps} rps, p50 ${measured.p50} ms, p99 ${measured.p99} ms, `
    + `max ${measured.max} ms, CPU ${measured.cpuSeconds} s (load generator ${measured.clientCpuSeconds} s, `
    + Object.entries(helpersCpu).map(([name, x]) => `${name} ${x} s, `).join('') + 'anything else '
    + `${measured.otherCpuSeconds} s), peak RSS ${measured.peakRssMiB} MiB, errors ${measured.errors}`);
  if (measured.errors) fail(`${label}: ${measured.errors} wrong answers or failures, first: ${JSON.stringify(measured.errorSamples)}`);
  return measured;
}

// ---------------------------------------------------------------- the steps

function machine() {
  const run = (command, args) => {
    try { return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'n/a'; }
  };
  const changed = run('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no']);
  return {
    cpus: os.cpus().length,
    nproc: Number(run('nproc', [])),
    cpuModel: os.cpus()[0]?.model ?? 'n/a',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    kernel: os.release(),
    dotnet: run('dotnet', ['--version']),
    node: process.version,
    commit: run('git', ['rev-parse', '--short', 'HEAD']) + (changed && changed !== 'n/a' ? ' (with uncommitted changes)' : ''),
    loadAverage: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

async function startToFirstAnswer() {
  console.log('\n== start to first answer: Memory storage, no synthetic seed, query (b) polled every 20 ms');
  const times = [];
  const otherCpu = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const busyAtStart = machineBusySeconds();
    const server = await startServer(`start-${attempt}`, { Storage__Provider: 'Memory' });
    await waitFor(server, 'the first answer to (b)', 120, 20, async () => dataOf(await post(server.origin, '/graphql', queries.b.body))?.report);
    const seconds = (performance.now() - server.spawnedAt) / 1000;
    const serverCpu = cpuSeconds(server.pid);
    // What else ran meanwhile on the 2 cores (this process's polling included) slows a start down.
    const others = Math.max(0, machineBusySeconds() - busyAtStart - serverCpu);
    times.push(Number(seconds.toFixed(3)));
    otherCpu.push(Number(others.toFixed(2)));
    console.log(`  run ${attempt}: ${seconds.toFixed(3)} s (server CPU ${serverCpu.toFixed(2)} s, anything else ${others.toFixed(2)} s)`);
    await stop(server.child);
    reportServerLog(server);
  }
  const sorted = [...times].sort((x, y) => x - y);
  return { seconds: times, otherCpuSeconds: otherCpu, min: sorted[0], median: sorted[1], max: sorted[2] };
}

/** Runs work(item) over items, `concurrency` at a time, and answers the results in the items' order. */
async function inParallel(items, concurrency, work) {
  const answers = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await work(items[i]);
    }
  }));
  return answers;
}

/** Every report the server holds, whole, as Report.graphql reads it: the data the peer answers from. */
async function captureReports(server) {
  const listed = (await graphQL(server, { query: '{ reports(first: 400) { province { slug } year } }' }))?.reports;
  if (!listed?.length) throw new Error('the server listed no reports to capture for the peer');
  const reports = await inParallel(listed, 4, async ({ province, year }) => {
    const data = await graphQL(server, { query: queries.a.body.query, variables: { province: province.slug, year } });
    if (!data?.report) throw new Error(`the report of ${province.slug} ${year} could not be captured for the peer`);
    return data.report;
  });
  const file = path.join(work, 'peer-reports.json');
  writeFileSync(file, JSON.stringify({ reports }));
  return { reports, file };
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so that (m) asks the same requests in every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** (m)'s distinct requests: a province-year of the captured reports and three different codes it holds, each once. */
function variedRequests(reports) {
  const random = seeded(20);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const seen = new Set();
  const bodies = [];
  while (bodies.length < variedCount) {
    const report = pick(reports);
    const codes = [...new Set(report.indicators.map((figure) => figure.code))];
    if (codes.length < 3) continue;
    const [c1, c2, c3] = [pick(codes), pick(codes), pick(codes)];
    const key = `${report.province.slug}/${report.year}/${c1}/${c2}/${c3}`;
    if (c1 === c2 || c2 === c3 || c1 === c3 || seen.has(key)) continue;
    seen.add(key);
    bodies.push(JSON.stringify({ query: variedQuery, variables: { p: report.province.slug, y: report.year, c1, c2, c3 } }));
  }
  return bodies;
}

/** Each body's answer from target: 200 without errors, or the run stops. */
async function answersOf(target, bodies) {
  return inParallel(bodies, 8, async (body) => {
    const answer = await post(target.origin, '/graphql', JSON.parse(body));
    if (!dataOf(answer)) throw new Error(`${target.name} failed ${body.slice(0, 200)}: ${answer.status} ${answer.bytes.toString('utf8', 0, 300)}`);
    return answer.bytes;
  });
}

/**
 * The peer's answers to what ours was asked, each checked JSON-equal to ours (the same data, the same keys in the same
 * order); under load the peer is then held to its own bytes. Counts the answers that are byte-identical too.
 */
async function peerAnswersEqualToOurs(peer, label, bodies, ours) {
  const theirs = await answersOf(peer, bodies);
  let identical = 0;
  let unequal = 0;
  theirs.forEach((bytes, i) => {
    if (bytes.equals(ours[i])) identical++;
    else if (JSON.stringify(JSON.parse(bytes)) !== JSON.stringify(JSON.parse(ours[i]))) {
      if (!unequal++) fail(`the peer's answer to ${label} differs from ours: ${bodies[i].slice(0, 200)}\n    ours ${ours[i].toString('utf8', 0, 400)}\n    peer ${bytes.toString('utf8', 0, 400)}`);
    }
  });
  console.log(`  the peer's answers to ${label}: ${bodies.length - unequal} of ${bodies.length} JSON-equal to ours, ${identical} byte-identical`);
  return { theirs, equal: bodies.length - unequal, identical, of: bodies.length };
}

/** (a)(b)(c)(m) against the server on Memory storage with the synthetic set; (a)(b)(m) against the peer, (a)(b) the floor. */
async function readClasses(classes) {
  console.log('\n== (a)(b)(c)(m): server on Memory storage with synthetic seed 1');
  // The executor is measured with the response cache off (it is on by default); (a)(b) with it, after (cachedClasses).
  const server = await startServer('server-memory', {
    Storage__Provider: 'Memory', Seeding__SyntheticSeed: '1', Limits__ResponseCacheSeconds: env.Limits__ResponseCacheSeconds ?? '0',
  });
  await waitFor(server, 'the slice (c) to answer 63 figures', 300, 200,
    async () => (await graphQL(server, queries.c.body))?.indicators?.nodes?.length === 63);
  console.log(`  ready (63 figures in the slice) after ${((performance.now() - server.spawnedAt) / 1000).toFixed(1)} s`);

  // Each answer's bytes, taken once: under load, every answer must be exactly these.
  const fixed = classes.filter((name) => name !== 'm');
  const expected = {};
  for (const name of fixed) {
    const first = await post(server.origin, '/graphql', queries[name].body);
    const second = await post(server.origin, '/graphql', queries[name].body);
    const data = dataOf(first);
    if (!data) throw new Error(`query (${name}) failed: ${first.status} ${first.bytes.toString('utf8', 0, 500)}`);
    if (!first.bytes.equals(second.bytes)) fail(`query (${name}) answered different bytes twice in a row`);
    if (name === 'c' && data.indicators.totalCount !== 63) fail(`the slice (c) has totalCount ${data.indicators.totalCount}, not 63`);
    expected[name] = path.join(work, `expected-${name}.json`);
    writeFileSync(expected[name], first.bytes);
  }
  const floorBodies = Object.fromEntries(fixed.filter((name) => name !== 'c').map((name) => [name, expected[name]]));
  const floor = Object.keys(floorBodies).length ? await startFloor(floorBodies) : undefined;

  // The peer answers from every report ours holds, captured through our own API; then it must answer as ours does.
  const peerClasses = classes.filter((name) => name !== 'c');
  let peer;
  let captured;
  const peerExpected = {};
  const equality = {};
  if (peerClasses.length) {
    const began = performance.now();
    captured = await captureReports(server);
    console.log(`  captured ${captured.reports.length} reports for the peer in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    peer = await startPeer(captured.file);
    for (const name of peerClasses.filter((x) => x !== 'm')) {
      const body = JSON.stringify(queries[name].body);
      const check = await peerAnswersEqualToOurs(peer, `(${name})`, [body], [readFileSync(expected[name])]);
      equality[name] = { equal: check.equal, identical: check.identical, of: check.of };
      peerExpected[name] = path.join(work, `expected-peer-${name}.json`);
      writeFileSync(peerExpected[name], check.theirs[0]);
    }
  }

  // (m): the distinct requests and each one's answer, from ours first, then the peer's checked against them.
  let varied;
  if (classes.includes('m')) {
    const bodies = variedRequests(captured.reports);
    const began = performance.now();
    const ours = await answersOf(server, bodies);
    console.log(`  (m): ${bodies.length} distinct requests, our answers captured in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const check = await peerAnswersEqualToOurs(peer, '(m)', bodies, ours);
    equality.m = { equal: check.equal, identical: check.identical, of: check.of };
    const requestsFile = (side, answers) => {
      const file = path.join(work, `varied-${side}.json`);
      writeFileSync(file, JSON.stringify(bodies.map((body, i) => ({ body, expected: answers[i].toString('utf8') }))));
      return file;
    };
    varied = { server: requestsFile('server', ours), peer: requestsFile('peer', check.theirs) };
  }

  const measured = {};
  for (const name of classes) {
    const label = (side) => `${classTitles[name]}, ${side}`;
    if (name === 'm') {
      measured.m = { server: await measure(label('server'), server, { mode: 'varied', requestsFile: varied.server, path: '/graphql' }) };
      measured.m.peer = await measure(label('peer'), peer, { mode: 'varied', requestsFile: varied.peer, path: '/graphql' });
      measured.m.distinctRequests = variedCount;
      measured.m.peerAnswers = equality.m;
      continue;
    }
    const load = { mode: 'fixed', body: JSON.stringify(queries[name].body), expectedFile: expected[name] };
    measured[name] = { server: await measure(label('server'), server, { ...load, path: '/graphql' }) };
    if (peer && name !== 'c') {
      measured[name].peer = await measure(label('peer'), peer, { ...load, expectedFile: peerExpected[name], path: '/graphql' });
      measured[name].peerAnswers = equality[name];
    }
    if (floor && name !== 'c') measured[name].floor = await measure(label('floor'), floor, { ...load, path: `/${name}` });
  }
  Object.assign(measured, await cachedClasses(classes, expected, measured));
  const lifetimePeaks = {
    server: peakRssOfLife(server), peer: peer ? peakRssOfLife(peer) : undefined, floor: floor ? peakRssOfLife(floor) : undefined,
  };
  await Promise.all([stop(server.child), floor && stop(floor.child), peer && stop(peer.child)]);
  reportServerLog(server);
  return { measured, lifetimePeaks };
}

/**
 * (a)(b) again against a server with the response cache on as by default (set BENCH_CACHED=0 to skip), measured as
 * "a+cache" and "b+cache" and compared with the floor measured above: repeated identical queries are answered from it.
 */
async function cachedClasses(classes, expected, measured) {
  const names = ['a', 'b'].filter((name) => classes.includes(name));
  if (env.BENCH_CACHED === '0' || !names.length) return {};
  console.log('\n== (a)(b) with the response cache on (Limits:ResponseCacheSeconds 5, the default)');
  const server = await startServer('server-cached', { Storage__Provider: 'Memory', Seeding__SyntheticSeed: '1', Limits__ResponseCacheSeconds: '5' });
  await waitFor(server, 'the slice (c) to answer 63 figures', 300, 200,
    async () => (await graphQL(server, queries.c.body))?.indicators?.nodes?.length === 63);
  const cached = {};
  for (const name of names) {
    const load = { mode: 'fixed', body: JSON.stringify(queries[name].body), expectedFile: expected[name], path: '/graphql' };
    cached[`${name}+cache`] = { server: await measure(`${classTitles[`${name}+cache`]}, server`, server, load), floor: measured[name]?.floor };
  }
  await stop(server.child);
  reportServerLog(server);
  return cached;
}

const readyOnAzurite = async (server) => {
  const reports = (await graphQL(server, { query: '{ reports(year: 2021) { province { code } version } }' }))?.reports;
  return reports?.length === 63 ? reports : undefined;
};

/** (d): setIndicator on Azurite, one report per connection; then kill -9, restart and check every acknowledged version. */
async function writeClass() {
  console.log('\n== (d) setIndicator on Azurite');
  if (!env.LOCAL_STORAGE_CONNECTION_STRING) throw new Error('LOCAL_STORAGE_CONNECTION_STRING is not set (run.sh starts Azurite for (d))');
  const storage = {
    Storage__Provider: 'AzureTable',
    Storage__ConnectionString: env.LOCAL_STORAGE_CONNECTION_STRING,
    Storage__TableName: `Bench${Math.floor(Date.now() / 1000)}`,
    Seeding__SyntheticSeed: '1',
  };
  const token = execFileSync('dotnet', [serverDll, 'token', '--role', 'admin', '--subject', 'bench'], {
    encoding: 'utf8', env: { ...env, Auth__SigningKey: signingKey }, timeout: 60_000,
  }).trim();

  let server = await startServer('server-azurite', storage);
  let reports;
  await waitFor(server, 'the 63 reports of 2021 on Azurite', 900, 250, async () => (reports = await readyOnAzurite(server)));
  const seedSeconds = (performance.now() - server.spawnedAt) / 1000;
  await waitFor(server, 'the slice (c) on Azurite', 300, 250, async () => (await graphQL(server, queries.c.body))?.indicators?.nodes?.length === 63);
  const readySeconds = (performance.now() - server.spawnedAt) / 1000;
  const held = (await graphQL(server, { query: '{ reports { id } }' }))?.reports?.length;
  console.log(`  table ${storage.Storage__TableName}: seeded with the real report and the synthetic set (seed 1), ${held} reports; `
    + `all 63 of 2021 answering ${seedSeconds.toFixed(1)} s after the start, the slice ${readySeconds.toFixed(1)} s after`);

  // One report per connection, each changing its postal.revenue between two values that both differ from the stored one.
  const figures = new Map((await graphQL(server, queries.c.body)).indicators.nodes.map((node) => [node.province.code, node.figure]));
  const chosen = reports.map((report) => report.province.code).sort().slice(0, settings.connections);
  if (chosen.length < settings.connections) console.log(`  only ${chosen.length} reports of 2021: ${chosen.length} connections write`);
  const candidates = ['101.5', '202.5', '303.5'];
  const writes = chosen.map((province) => {
    const figure = figures.get(province);
    return {
      province, year: 2021, code: 'postal.revenue', unit: figure.unit.code, multiplier: figure.multiplier,
      values: candidates.filter((value) => Number(value) !== Number(figure.value)).slice(0, 2),
    };
  });

  const storageRequests = {};
  const measured = await measure(classTitles.d, server, {
    mode: 'setIndicator',
    connections: writes.length,
    path: '/graphql',
    headers: { ...graphQLHeaders, authorization: `Bearer ${token}` },
    query: operation('SetIndicator.graphql'),
    reports: writes,
  }, {
    onWindow: async (end) => { storageRequests[end] = (await getStatus(server, token)).storageRequests; },
    helpers: env.BENCH_AZURITE_PID ? { Azurite: Number(env.BENCH_AZURITE_PID) } : {},
  });
  const counted = typeof storageRequests.start === 'number' && typeof storageRequests.end === 'number';
  measured.storageRequestsPerChange = counted && measured.requests
    ? Number(((storageRequests.end - storageRequests.start) / measured.requests).toFixed(2)) : null;
  console.log(`  storage round trips per change: ${measured.storageRequestsPerChange ?? 'n/a (no storageRequests in /status)'}`);
  const lifetimePeak = peakRssOfLife(server);

  // Durability: kill -9, start again on the same table, compare each report's version with its highest acknowledged one.
  process.kill(server.pid, 'SIGKILL');
  await within(server.child.exited, 10_000);
  reportServerLog(server);
  server = await startServer('server-azurite-restarted', storage);
  await waitFor(server, 'the restarted server on the same table', 900, 250, async () => (reports = await readyOnAzurite(server)));
  const restartSeconds = (performance.now() - server.spawnedAt) / 1000;
  const versions = new Map(reports.map((report) => [report.province.code, report.version]));
  const acknowledged = Object.entries(measured.highestVersions);
  const atVersion = acknowledged.filter(([province, version]) => versions.get(province) === version).length;
  const lower = acknowledged.filter(([province, version]) => (versions.get(province) ?? 0) < version);
  const higher = acknowledged.filter(([province, version]) => versions.get(province) > version);
  const durability = `acknowledged ${measured.acknowledged} changes on ${acknowledged.length} reports; after kill -9 and restart `
    + `(answering after ${restartSeconds.toFixed(1)} s): ${atVersion} of ${acknowledged.length} at their acknowledged version`;
  console.log(`  ${durability}`);
  if (lower.length) fail(`lost acknowledged changes: ${lower.map(([p, v]) => `${p} at ${versions.get(p)}, acknowledged ${v}`).join('; ')}`);
  if (higher.length) console.log(`  note: ahead of their acknowledged version (a change stored but not acknowledged): ${higher.map(([p]) => p).join(', ')}`);
  await stop(server.child);
  reportServerLog(server);
  return {
    ...measured,
    table: storage.Storage__TableName,
    reportsHeld: held,
    seedSeconds: Number(seedSeconds.toFixed(1)),
    readySeconds: Number(readySeconds.toFixed(1)),
    restartSeconds: Number(restartSeconds.toFixed(1)),
    storageRequests,
    lifetimePeakRssMiB: Number(lifetimePeak.toFixed(1)),
    durability: { line: durability, reports: acknowledged.length, atVersion, lower: lower.length, higher: higher.length },
  };
}

/** (e): bench/subscriptions/run.sh, its output shown as it comes, its key figures read from it. */
async function subscriptionClass() {
  console.log(`\n== (e) subscription fan-out: bench/subscriptions/run.sh, DURATION=${settings.subscriptionSeconds} SUBSCRIBERS=${settings.subscribers}`);
  const child = launch('bash', [path.join(root, 'bench/subscriptions/run.sh')], {
    detached: true, // its own process group, so a stop reaches its server too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      DURATION: String(settings.subscriptionSeconds),
      SUBSCRIBERS: String(settings.subscribers),
    },
  });
  child.detachedGroup = true;
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      output += line + '\n';
      console.log(line ? `  | ${line}` : '');
    });
  }
  const limit = 2 * settings.subscriptionSeconds + 1200;
  const exit = await within(child.exited, limit * 1000);
  if (exit === 'timeout') {
    await stop(child);
    fail(`the subscription benchmark did not finish within ${limit} s`);
  } else if (exit.code !== 0) {
    fail(`the subscription benchmark exited ${exit.code ?? exit.signal}`);
  }
  await within(child.closed, 5000);
  const figure = (pattern) => output.match(pattern)?.slice(1).map(Number);
  const [one, many] = figure(/(\d+) subscribers?\s+(\d+) subscribers/) ?? [1, settings.subscribers];
  const delivered = figure(/events delivered \/ expected\s+(\d+) \/ (\d+)\s+(\d+) \/ (\d+)/);
  const p50 = figure(/delivery latency p50 \(ms\)\s+([\d.]+)\s+([\d.]+)/);
  const p99 = figure(/delivery latency p99 \(ms\)\s+([\d.]+)\s+([\d.]+)/);
  return {
    exitCode: exit === 'timeout' ? null : exit.code,
    subscribers: { baseline: one, large: many },
    delivered: delivered && { baseline: [delivered[0], delivered[1]], large: [delivered[2], delivered[3]] },
    deliveryP50: p50 && { baseline: p50[0], large: p50[1] },
    deliveryP99: p99 && { baseline: p99[0], large: p99[1] },
  };
}

/** Warnings and errors the server logged (it logs at Warning and above). */
function reportServerLog(server) {
  const lines = readFileSync(server.log, 'utf8').split('\n');
  const flagged = lines.filter((line) => /^(warn|fail|crit):/.test(line));
  if (!flagged.length) return;
  results.serverLog ??= {};
  results.serverLog[server.name] = {
    entries: flagged.length,
    kinds: [...new Set(flagged.map((line) => line.trim()))],
    firstLines: lines.filter((line) => line.trim()).slice(0, 40),
  };
  console.log(`  ${server.name} logged ${flagged.length} warnings or errors; its log begins:`);
  for (const line of lines.filter((line) => line.trim()).slice(0, 8)) console.log(`    ${line.slice(0, 200)}`);
}

// ---------------------------------------------------------------- the summary

/** Issue 20's targets for a class, each with whether this run met it; a target whose figures are missing is left out. */
function targetsOf(name, x) {
  const targets = [];
  const add = (text, figures, met) => { if (figures.every(Boolean)) targets.push({ target: text, met: met() }); };
  const { versusPeer: peer, versusFloor: floor } = x;
  if (name === 'a') {
    add('CPU/req ≤ 0.5 × peer\'s', [peer], () => peer.cpuPerRequestRatio <= 0.5);
    add('rps ≥ peer\'s', [peer], () => peer.rpsRatio >= 1);
    add('rps ≥ 0.5 × floor\'s', [floor], () => floor.rpsRatio >= 0.5);
  } else if (name === 'b') {
    add('rps ≥ 0.6 × floor\'s', [floor], () => floor.rpsRatio >= 0.6);
    add('CPU/req ≤ 2/3 × peer\'s', [peer], () => peer.cpuPerRequestRatio <= 2 / 3);
    add('p99 < 10 ms', [x.server], () => x.server.p99 < 10);
  } else if (name === 'm') {
    add('CPU/req ≤ 0.5 × peer\'s', [peer], () => peer.cpuPerRequestRatio <= 0.5);
  } else if (name.endsWith('+cache')) {
    add('rps ≥ 0.8 × floor\'s', [floor], () => floor.rpsRatio >= 0.8);
  }
  return targets;
}

function summary() {
  const m = results.machine;
  const lines = [''];
  lines.push(`== summary of the run started ${results.started}`);
  lines.push(`  machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Linux ${m.kernel}; .NET SDK ${m.dotnet}, node ${m.node}; `
    + `commit ${m.commit}; load average at start ${m.loadAverage}`);
  lines.push(`  ${settings.connections} connections, ${settings.warmupSeconds} s warm-up (not recorded) then ${settings.durationSeconds} s recorded per measurement; `
    + 'client (undici) and server share the machine');
  lines.push('');
  const cell = (value, width, digits) => String(value === undefined || value === null || Number.isNaN(value) ? '–'
    : digits === undefined ? value : Number(value).toFixed(digits)).padStart(width);
  const header = `  ${'class'.padEnd(36)}${'conns'.padStart(6)}${'requests'.padStart(10)}${'rps'.padStart(10)}${'p50 ms'.padStart(8)}`
    + `${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'CPU s'.padStart(7)}${'CPU ms/req'.padStart(11)}${'peak RSS MiB'.padStart(13)}${'bytes'.padStart(7)}`;
  if (['a', 'b', 'c', 'm', 'd'].some((name) => results.classes?.[name])) lines.push(header);
  const row = (label, x) => lines.push(`  ${label.padEnd(36)}${cell(x.connections, 6)}${cell(x.requests, 10)}${cell(x.rps, 10, 1)}`
    + `${cell(x.p50, 8, 2)}${cell(x.p99, 8, 2)}${cell(x.max, 8, 2)}${cell(x.cpuSeconds, 7, 2)}${cell(x.cpuMsPerRequest, 11, 3)}`
    + `${cell(x.peakRssMiB, 13, 1)}${cell(x.bytesPerResponse, 7)}`);
  const verdict = (met) => (met ? 'met' : 'NOT met');
  const ratios = (r) => `rps ×${r.rpsRatio.toFixed(2)}, CPU ms/req ×${r.cpuPerRequestRatio.toFixed(2)}, p99 ×${r.p99Ratio.toFixed(2)}`;
  for (const name of ['a', 'b', 'c', 'm', 'a+cache', 'b+cache']) {
    const measured = results.classes?.[name];
    if (!measured) continue;
    row(`${classTitles[name]}, server`, measured.server);
    if (measured.peer) row(`${classTitles[name]}, peer`, measured.peer);
    if (measured.floor) row(`${classTitles[name]}, floor`, measured.floor);
    if (measured.versusPeer) {
      const answers = measured.peerAnswers;
      lines.push(`      ours / peer:  ${ratios(measured.versusPeer)}; the peer's answers `
        + `${answers.equal} of ${answers.of} JSON-equal to ours (${answers.identical} byte-identical)`);
    }
    if (measured.versusFloor) lines.push(`      ours / floor: ${ratios(measured.versusFloor)}`);
    else if (name === 'm') lines.push('      ours / floor: n/a (the floor answers one fixed body per path)');
    if (measured.floor) {
      const { rpsRatio, p99Ratio } = measured.versusFloor;
      lines.push(`      server / floor: rps ×${rpsRatio.toFixed(2)} (target ≥ 0.5: ${verdict(rpsRatio >= 0.5)}), `
        + `p99 ×${p99Ratio.toFixed(2)}; server p99 ${measured.server.p99} ms (target < 10 ms: ${verdict(measured.server.p99 < 10)})`);
    }
    if (name === 'c' && measured.p99VersusA !== undefined) {
      lines.push(`      p99 ×${measured.p99VersusA.toFixed(2)} of (a)'s (target ≤ 3: ${verdict(measured.p99VersusA <= 3)})`);
    }
    if (measured.targets?.length) {
      lines.push(`      issue 20 targets: ${measured.targets.map((t) => `${t.target}: ${verdict(t.met)}`).join('; ')}`);
    }
  }
  const d = results.classes?.d;
  if (d) {
    row(`${classTitles.d} (writes)`, d);
    lines.push(`      acknowledged writes/s ${d.rps}; storage round trips per change: ${d.storageRequestsPerChange ?? 'n/a'}; `
      + (d.helpersCpuSeconds.Azurite !== undefined ? `Azurite CPU ${d.helpersCpuSeconds.Azurite} s; ` : '')
      + `start with seeding ${d.reportsHeld} reports on Azurite: ${d.seedSeconds} s (slice ready at ${d.readySeconds} s)`);
    lines.push(`      durability: ${d.durability.line}`);
  }
  const e = results.classes?.e;
  if (e) {
    const pair = (x, unit = '') => (x ? `${x.baseline}${unit} at ${e.subscribers.baseline} vs ${x.large}${unit} at ${e.subscribers.large}` : 'n/a');
    lines.push(`  (e) subscription fan-out: delivery p50 ${pair(e.deliveryP50, ' ms')}; p99 ${pair(e.deliveryP99, ' ms')}; `
      + `events delivered/expected ${e.delivered ? `${e.delivered.baseline.join('/')} and ${e.delivered.large.join('/')}` : 'n/a'}`);
  }
  const s = results.startToFirstAnswer;
  if (s) {
    lines.push(`  start to first answer (spawn to first 200 with data for (b)): min ${s.min} s, median ${s.median} s, max ${s.max} s `
      + `(target < 3 s: ${verdict(s.max < 3)}); CPU used meanwhile by anything but the server: ${s.otherCpuSeconds.join(', ')} s`);
  }
  const peaks = results.lifetimePeakRssMiB;
  if (peaks) {
    lines.push(`  peak RSS over each process's life (VmHWM): ${Object.entries(peaks).filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${name} ${Number(v).toFixed(1)} MiB`).join(', ')}`);
  }
  const windows = Object.values(results.classes ?? {}).flatMap((x) => [x.server, x.peer, x.floor, x.otherCpuSeconds !== undefined ? x : undefined])
    .filter((x) => x?.otherCpuSeconds !== undefined);
  if (windows.length) {
    const most = Math.max(...windows.map((x) => x.otherCpuSeconds));
    lines.push(`  CPU used by anything but the measured process and the load generator during a recorded window: up to ${most.toFixed(2)} s `
      + `of ${(m.nproc * settings.durationSeconds).toFixed(0)} core-seconds; load average at the end ${m.loadAverageAtEnd}`);
  }
  for (const [name, log] of Object.entries(results.serverLog ?? {})) {
    lines.push(`  ${name} logged ${log.entries} warnings or errors: ${log.kinds.join(', ')}`);
  }
  lines.push(`  errors: ${results.errors.length ? results.errors.join(' | ') : 'none'}`);
  lines.push(`  results: ${path.relative(root, resultsFile)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  results.machine = machine();
  const m = results.machine;
  console.log(`== machine: nproc ${m.nproc}, ${m.cpuModel}, ${m.memoryGiB} GiB, Linux ${m.kernel}`);
  console.log(`   dotnet ${m.dotnet}, node ${m.node}, commit ${m.commit}, load average ${m.loadAverage}`);
  console.log(`   classes ${settings.classes.join(',')}; ${settings.connections} connections, warm-up ${settings.warmupSeconds} s, `
    + `${settings.durationSeconds} s recorded per measurement`);
  results.classes = {};

  if (runs('start')) results.startToFirstAnswer = await startToFirstAnswer();

  const readNames = ['a', 'b', 'c', 'm'].filter(runs);
  if (readNames.length) {
    const { measured, lifetimePeaks } = await readClasses(readNames);
    const versus = (ours, theirs) => ({
      rpsRatio: ours.rps / theirs.rps, cpuPerRequestRatio: ours.cpuMsPerRequest / theirs.cpuMsPerRequest, p99Ratio: ours.p99 / theirs.p99,
    });
    for (const x of Object.values(measured)) {
      if (x.floor) x.versusFloor = versus(x.server, x.floor);
      if (x.peer) x.versusPeer = versus(x.server, x.peer);
    }
    if (measured.a && measured.c) measured.c.p99VersusA = measured.c.server.p99 / measured.a.server.p99;
    for (const [name, x] of Object.entries(measured)) x.targets = targetsOf(name, x);
    Object.assign(results.classes, measured);
    results.lifetimePeakRssMiB = {
      [`server (${readNames.join(')(')})`]: lifetimePeaks.server, peer: lifetimePeaks.peer, floor: lifetimePeaks.floor,
    };
  }
  if (runs('d')) {
    results.classes.d = await writeClass();
    results.lifetimePeakRssMiB = { ...results.lifetimePeakRssMiB, 'server (d)': results.classes.d.lifetimePeakRssMiB };
  }
  if (runs('e')) results.classes.e = await subscriptionClass();
}

const outputFolder = path.join(root, '.artifacts/bench');
const resultsFile = path.join(outputFolder, 'results.json');
try {
  await main();
} catch (error) {
  fail(`stopped: ${error.message}`);
}
await stopAll();
results.finished = new Date().toISOString();
results.machine.loadAverageAtEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');
mkdirSync(outputFolder, { recursive: true });
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
console.log(summary());
process.exit(failed ? 1 : 0);
