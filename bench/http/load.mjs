// Load generator of the HTTP benchmark: run.mjs starts one of these Node processes per measurement, so that its own
// sampling of the server does not share this event loop. `connections` loops share an undici Pool (one connection each,
// no pipelining); each loop sends a request, reads the whole body, checks it, records the latency and sends the next.
// The first `warmupSeconds` are not recorded, then `durationSeconds` are.
//
//   node load.mjs config.json
//
// Three kinds of load (config.mode):
//   "fixed"        the same body every time; every answer must be 200 with exactly the bytes of config.expectedFile.
//   "varied"       bodies from config.requestsFile (a JSON list of { body, expected }), loop i starting at its own
//                  i/connections of the list and going on through it; every answer must be 200 with exactly the
//                  bytes expected for its body.
//   "setIndicator" loop i changes config.reports[i], alternating between its two values; an answer counts when
//                  data.setIndicator.applied is true, and the highest acknowledged version of each report is kept.
//
// Prints JSON lines on stdout: {"event":"recording"} when the recorded window starts, {"event":"stopped"} when it ends,
// and at last {"result":{…}}. Latencies are in milliseconds.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = new Pool(config.url, {
  connections: config.connections,
  pipelining: 1,
  headersTimeout: 30_000,
  bodyTimeout: 30_000,
});

/** Latencies of the recorded window, in a Float64Array that doubles when full. */
class Latencies {
  values = new Float64Array(1 << 20);
  count = 0;
  add(milliseconds) {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = milliseconds;
  }
  sorted() {
    return this.values.slice(0, this.count).sort();
  }
}

const latencies = new Latencies();
let phase = 'warmup'; // then 'recording', then 'stopping'
let windowStart = 0;
let windowEnd = 0;
let clientCpuAtStart;
let clientCpu;
let responseBytesRecorded = 0;
let errors = 0;
const errorSamples = [];

function recordError(sample) {
  errors++;
  if (errorSamples.length < 5) errorSamples.push({ phase, ...sample });
}

async function send(body) {
  const { statusCode, body: stream } = await pool.request({
    path: config.path,
    method: 'POST',
    headers: config.headers,
    body,
  });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { statusCode, response: Buffer.concat(chunks) };
}

const pause = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function fixedLoop() {
  const body = Buffer.from(config.body);
  const expected = readFileSync(config.expectedFile);
  while (phase !== 'stopping') {
    const started = performance.now();
    try {
      const { statusCode, response } = await send(body);
      const finished = performance.now();
      if (statusCode !== 200 || !response.equals(expected)) {
        recordError({ status: statusCode, bytes: response.length, body: response.toString('utf8', 0, 300) });
      } else if (phase === 'recording') {
        latencies.add(finished - started);
        responseBytesRecorded += response.length;
      }
    } catch (error) {
      recordError({ error: String(error) });
      await pause(10); // a refused or broken connection fails at once: don't spin
    }
  }
}

const variedRequests = config.mode === 'varied'
  ? JSON.parse(readFileSync(config.requestsFile, 'utf8')).map(({ body, expected }) => ({ body: Buffer.from(body), expected: Buffer.from(expected) }))
  : [];

async function variedLoop(_, connection) {
  const requests = variedRequests;
  let next = Math.floor((connection * requests.length) / config.connections);
  while (phase !== 'stopping') {
    const { body, expected } = requests[next];
    next = (next + 1) % requests.length;
    const started = performance.now();
    try {
      const { statusCode, response } = await send(body);
      const finished = performance.now();
      if (statusCode !== 200 || !response.equals(expected)) {
        recordError({ status: statusCode, request: body.toString('utf8', 0, 300), body: response.toString('utf8', 0, 300) });
      } else if (phase === 'recording') {
        latencies.add(finished - started);
        responseBytesRecorded += response.length;
      }
    } catch (error) {
      recordError({ error: String(error) });
      await pause(10);
    }
  }
}

const highestVersions = {};
let acknowledged = 0;

async function setIndicatorLoop(report) {
  const bodies = report.values.map((value) =>
    Buffer.from(JSON.stringify({
      query: config.query,
      variables: {
        input: {
          province: report.province, year: report.year, code: report.code, value,
          unit: report.unit, multiplier: report.multiplier, reason: 'benchmark',
        },
      },
    })));
  let next = 0;
  while (phase !== 'stopping') {
    const started = performance.now();
    try {
      const { statusCode, response } = await send(bodies[next]);
      const finished = performance.now();
      const answer = statusCode === 200 ? JSON.parse(response.toString('utf8')) : undefined;
      const payload = answer?.data?.setIndicator;
      if (payload?.applied === true && !answer.errors) {
        acknowledged++;
        highestVersions[report.province] = Math.max(highestVersions[report.province] ?? 0, payload.version);
        next = 1 - next;
        if (phase === 'recording') {
          latencies.add(finished - started);
          responseBytesRecorded += response.length;
        }
      } else {
        recordError({ status: statusCode, province: report.province, body: response.toString('utf8', 0, 300) });
      }
    } catch (error) {
      recordError({ province: report.province, error: String(error) });
      await pause(10);
    }
  }
}

function emit(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

const loops = config.mode === 'setIndicator' ? config.reports.slice(0, config.connections).map(setIndicatorLoop)
  : config.mode === 'varied' ? Array.from({ length: config.connections }, variedLoop)
    : Array.from({ length: config.connections }, fixedLoop);

await pause(config.warmupSeconds * 1000);
phase = 'recording';
windowStart = performance.now();
clientCpuAtStart = process.cpuUsage();
emit({ event: 'recording' });

await pause(config.durationSeconds * 1000);
phase = 'stopping';
windowEnd = performance.now();
clientCpu = process.cpuUsage(clientCpuAtStart);
emit({ event: 'stopped' });

await Promise.all(loops);
await pool.close();

const sorted = latencies.sorted();
const seconds = (windowEnd - windowStart) / 1000;
const percentile = (q) => (sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] : NaN);
const round = (x, digits = 2) => Number(x.toFixed(digits));
emit({
  result: {
    mode: config.mode,
    connections: config.connections,
    seconds: round(seconds, 3),
    requests: sorted.length,
    errors,
    errorSamples,
    rps: round(sorted.length / seconds),
    p50: round(percentile(0.5)),
    p99: round(percentile(0.99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : NaN),
    bytesPerResponse: sorted.length ? Math.round(responseBytesRecorded / sorted.length) : 0,
    clientCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6),
    ...(config.mode === 'setIndicator' ? { acknowledged, highestVersions } : {}),
  },
});
