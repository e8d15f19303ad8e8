// What the client tests share: the server's address and token, GraphQL over HTTP without any client library (to
// set up and to check what the clients show against what the server says), a fetch that records every request and
// response the clients send, console capture, and waits that always end.
//
// SERVER_URL            the GraphQL endpoint, e.g. http://127.0.0.1:5100/graphql (WebSocket: the same with ws:)
// SERVER_TOKEN          a token of an editor of Nam Định (36) and Hà Nam (35), also a partner (for subscriptions
//                       when the server keeps them for partners), signed with the server's Auth:SigningKey
// STATUS_TOKEN          an admin's token, signed with the same key: only an admin reads /status's counts
// CLIENTS_E2E_RESULTS   where generated files and screenshots go (default: a folder under the OS's temp folder)
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

export const SERVER_URL = process.env.SERVER_URL ?? 'http://127.0.0.1:5300/graphql';
export const SERVER_TOKEN = process.env.SERVER_TOKEN ?? '';
export const WS_URL = SERVER_URL.replace(/^http/, 'ws');
export const STATUS_URL = new URL('/status', SERVER_URL).href;
export const STATUS_TOKEN = process.env.STATUS_TOKEN ?? '';
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E = join(REPO, 'tests/e2e');
export const RESULTS = resolve(process.env.CLIENTS_E2E_RESULTS ?? join(tmpdir(), 'namdinh-graph-clients-e2e'));
mkdirSync(RESULTS, { recursive: true });

/** urql's default Accept (@urql/core 6 fetchExchange), written out so the raw checks send exactly what urql sends. */
export const URQL_DEFAULT_ACCEPT =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

export const NAM_DINH = { province: 'nam-dinh', code: '36', year: 2021 };
export const HA_NAM = { province: 'ha-nam', code: '35', year: 2021 };
/** The figure the tests change (and put back): an integer count of Nam Định's, with no comparison stated. */
export const FIGURE_CODE = 'telecom.fixed-postpaid.new';

import { within, eventually } from '../waiting.mjs';

export { within, eventually };

/** POSTs a GraphQL request as a plain JSON client would, with the token; returns { status, headers, body }. */
export async function post(query, variables, { token = SERVER_TOKEN, accept = 'application/graphql-response+json' } = {}) {
  const response = await fetch(SERVER_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: response.status, headers: response.headers, body };
}

/** POSTs a GraphQL request; returns its data, throws on any error in the response. */
export async function graphql(query, variables, options) {
  const { status, body } = await post(query, variables, options);
  if (typeof body !== 'object' || body.errors?.length || !body.data) {
    const error = new Error(`GraphQL answered ${status}: ${JSON.stringify(body).slice(0, 1000)}`);
    error.errors = body?.errors;
    throw error;
  }
  return body.data;
}

/** The current figure of a report, as the server answers it to a plain request. */
export async function figure(report, code = FIGURE_CODE) {
  const data = await graphql(
    `query($province: String!, $year: Int!, $code: String!) {
       report(province: $province, year: $year) { version indicators(code: $code) { code value multiplier status qualifier unit { code } } } }`,
    { province: report.province, year: report.year, code },
  );
  const [value] = data.report.indicators;
  if (!value) throw new Error(`${report.province} ${report.year} has no figure ${code}`);
  return { ...value, reportVersion: data.report.version };
}

/** The setIndicator input that gives a report's figure a new value and keeps the rest of it. */
export function setInput(report, current, value, reason) {
  return {
    province: report.province, year: report.year, code: current.code, value,
    multiplier: current.multiplier, unit: current.unit.code, status: current.status, qualifier: current.qualifier,
    reason,
  };
}

/** Sets a figure over plain HTTP (another editor, not the client under test); returns the version it made. */
export async function setFigure(report, current, value, reason = 'clients e2e') {
  const data = await graphql(
    'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version } }',
    { input: setInput(report, current, value, reason) },
  );
  if (!data.setIndicator.applied) throw new Error(`setIndicator ${current.code}=${value} was not applied`);
  return data.setIndicator.version;
}

/** "30000" + n, exactly (integers only: the figure the tests change is a count). */
export const plus = (decimal, n) => String(BigInt(decimal) + BigInt(n));

/** A report as plain JSON, for comparing with what a client's cache shows. */
export async function reportAsServed(report) {
  const data = await graphql(
    `query($province: String!, $year: Int!) { report(province: $province, year: $year) {
       version indicators { code value } tasks { text } } }`,
    { province: report.province, year: report.year },
  );
  return data.report;
}

/**
 * Makes sure the synthetic Hà Nam 2021 report is held: scripts/test.sh's command-line suite imports it before this
 * suite runs; against a fresh server the suite imports tests/data/ha-nam-2021.synthetic.json itself, through the API.
 */
export async function ensureHaNam() {
  const { body } = await post('query { report(province: "ha-nam", year: 2021) { version } }');
  if (body?.data?.report) return 'held';
  const file = readFileSync(join(REPO, 'tests/data/ha-nam-2021.synthetic.json'), 'utf8');
  const data = await graphql(
    'mutation($input: ImportReportInput!) { importReport(input: $input) { applied version } }',
    { input: { report: file, reason: 'clients e2e: the synthetic Hà Nam report' } },
  );
  if (!data.importReport.applied) throw new Error('importReport of Hà Nam 2021 was not applied');
  return 'imported';
}

/** /status's counts, read with STATUS_TOKEN (an admin's); throws when the server answers only the bare status. */
export async function status() {
  const response = await fetch(STATUS_URL, {
    headers: STATUS_TOKEN ? { authorization: `Bearer ${STATUS_TOKEN}` } : {},
    signal: AbortSignal.timeout(5_000),
  });
  const body = await response.json();
  if (typeof body.activeSubscriptions !== 'number')
    throw new Error(`/status answers no counts (${JSON.stringify(body)}): STATUS_TOKEN must be an admin's token of this server`);
  return body;
}

/**
 * The server's count of active subscriptions once it holds still (two reads 250 ms apart agree): a subscription that
 * an earlier client closed may still be counted for a moment, and would hide the one a test is waiting for.
 */
export async function settledSubscriptions(ms = 5_000) {
  let last = (await status()).activeSubscriptions;
  const deadline = Date.now() + ms;
  for (;;) {
    await delay(250);
    const now = (await status()).activeSubscriptions;
    if (now === last || Date.now() > deadline) return now;
    last = now;
  }
}

/** Waits until the server counts at least `count` active subscriptions (so a change made now reaches them). */
export function subscriptionsActive(count, ms = 10_000) {
  return eventually(status, (now) => now.activeSubscriptions >= count, ms, `${count} active subscription(s) on /status`);
}

/**
 * A fetch that records what a client sends and gets: `calls` holds { method, url, headers, body (parsed JSON or
 * the query string's parameters), status, contentType, responseText }. The client's own request is passed on
 * unchanged.
 */
export function recordingFetch() {
  const calls = [];
  const recorded = async (input, init = {}) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    let body;
    if (request.method === 'GET') {
      body = Object.fromEntries([...url.searchParams].map(([key, value]) => {
        try { return [key, key === 'query' ? value : JSON.parse(value)]; } catch { return [key, value]; }
      }));
    } else {
      const text = init.body ?? (await request.clone().text());
      try { body = JSON.parse(text); } catch { body = text; }
    }
    const call = { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body };
    calls.push(call);
    const response = await fetch(input, init);
    call.status = response.status;
    call.contentType = response.headers.get('content-type') ?? '';
    // Read a copy only for JSON: an event stream is read by the client as it comes.
    if (/json/.test(call.contentType)) call.responseText = await response.clone().text();
    return response;
  };
  return { fetch: recorded, calls };
}

/** The operation a recorded call ran: its operationName, or the name in its query. */
export function operationOf(call) {
  return call.body?.operationName ?? /(?:query|mutation|subscription)\s+(\w+)/.exec(call.body?.query ?? '')?.[1];
}

/** Captures console.warn and console.error (what Apollo and Graphcache warn with) until `restore()`. */
export function captureConsole() {
  const seen = [];
  const original = { warn: console.warn, error: console.error };
  for (const level of ['warn', 'error']) {
    console[level] = (...args) => {
      seen.push({ level, text: args.map((arg) => (arg instanceof Error ? arg.stack : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ') });
      original[level](...args);
    };
  }
  return { seen, restore: () => Object.assign(console, original) };
}

/** A short listing of captured console lines for a failure message. */
export const listing = (seen, max = 5) =>
  seen.slice(0, max).map((line) => `${line.level}: ${line.text.slice(0, 300)}`).join('\n')
  + (seen.length > max ? `\n… ${seen.length - max} more` : '');

/**
 * Keeps every result a client's live query gives (`start` subscribes with the function to push each result to and
 * returns how to stop): `latest`, and `until(accept)` for the first result that passes (an error result rejects it).
 */
export function keptResults(start) {
  const results = [];
  const waiting = new Set();
  const stop = start((result) => {
    results.push(result);
    for (const wake of waiting) wake();
  });
  return {
    results,
    get latest() { return results.at(-1); },
    stop,
    until(accept, ms, what) {
      return within(ms, new Promise((resolve, reject) => {
        const look = () => {
          const last = results.at(-1);
          if (last?.error) { waiting.delete(look); reject(last.error); }
          else if (last && accept(last)) { waiting.delete(look); resolve(last); }
        };
        waiting.add(look);
        look();
      }), what);
    },
  };
}

// The operations Apollo's and urql's caches are tested with, written as a front-end developer writes them: `id` on
// every object (both clients add __typename themselves; neither adds id).
export const REPORT_TEXT = `
  query ClientsReport($province: String!, $year: Int!, $version: Int) {
    report(province: $province, year: $year, version: $version) {
      id
      version
      year
      province { id code slug name }
      indicators { id code value multiplier status unit { id code } }
      tasks { id sector text }
    }
  }`;
export const SET_INDICATOR_TEXT = `
  mutation ClientsSetIndicator($input: SetIndicatorInput!) {
    setIndicator(input: $input) {
      id
      applied
      version
      report { id version }
      indicator { id code value multiplier status unit { id code } }
    }
  }`;
export const INDICATOR_CHANGED_TEXT = `
  subscription ClientsIndicatorChanged($where: ChangeFilter) {
    indicatorChanged(where: $where) {
      id
      cursor
      version
      code
      report { id version }
      figure { id code value multiplier status unit { id code } }
    }
  }`;
