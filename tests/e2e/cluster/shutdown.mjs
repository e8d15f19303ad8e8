// Graceful shutdown: two servers in one cluster (AzureTable membership on the run's Azurite). On node A a
// graphql-transport-ws subscription, a server-sent-event subscription, and a burst of concurrent full-report
// queries over keep-alive connections; SIGTERM to A while they are in flight. Checks that every request sent before
// the SIGTERM got a complete 200 answer and none broke mid-answer, that the WebSocket got `complete` for its
// subscription and then close 1001 with a reason, that the event stream ended with a `complete` event, that A exits
// 0 within the bound, and that B counts one silo at once (A left the cluster; it was not found dead).
//
// node tests/e2e/cluster/shutdown.mjs [summary.json]   (settings: see support.mjs; SHUTDOWN_* below)
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  TOKEN, clusterSettings, server, whenReady, clusterFormed, eventually, wsSubscriber, sseSubscriber, runSuite, now, seconds, delay, within,
} from './support.mjs';

const HTTP_PORT = Number(process.env.SHUTDOWN_HTTP_PORT ?? 5205);
const SILO_PORT = Number(process.env.SHUTDOWN_SILO_PORT ?? 11305);
const GATEWAY_PORT = Number(process.env.SHUTDOWN_GATEWAY_PORT ?? 30305);
const CONCURRENCY = Number(process.env.SHUTDOWN_CONCURRENCY ?? 16);
const BURST_BEFORE_SIGTERM_MS = Number(process.env.SHUTDOWN_BURST_MS ?? 2_000);
const EXIT_WITHIN_MS = Number(process.env.SHUTDOWN_EXIT_WITHIN_MS ?? 10_000);
const LEAVE_WITHIN_MS = Number(process.env.SHUTDOWN_LEAVE_WITHIN_MS ?? 5_000);

const REPORT_QUERY = readFileSync(fileURLToPath(new URL('../../../schema/operations/Report.graphql', import.meta.url)), 'utf8');
const REPORT_CHANGED = `
  subscription($p: String, $y: Int) { reportChanged(province: $p, year: $y) { version province { code } } }`;
const SET_INDICATOR = `
  mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version } }`;

/**
 * One POST over a keep-alive agent, timed by what happened on the wire: `sentAt` when the request was handed to the
 * socket whole, `respondedAt` when the status line arrived. Resolves { outcome, sentAt, … }: "answered" (a whole
 * JSON answer with data and no error), "not whole" (a 200 without data or with errors), "status N", "broken" (the
 * answer began and did not end), "refused" (no connection), "closed unanswered" (the connection ended first).
 */
function post(agent, url, body) {
  return new Promise((resolve) => {
    const result = { sentAt: undefined, respondedAt: undefined };
    const done = (outcome, extra = {}) => resolve({ ...result, outcome, endedAt: now(), ...extra });
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${TOKEN}`,
        'content-length': Buffer.byteLength(body),
      },
      timeout: 30_000,
    });
    req.on('finish', () => { result.sentAt = now(); });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => {
      if (result.respondedAt !== undefined) return; // the response's own error says it
      done(error.code === 'ECONNREFUSED' ? 'refused' : 'closed unanswered', { error: error.code ?? error.message });
    });
    req.on('response', (response) => {
      result.respondedAt = now();
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('aborted', () => done('broken'));
      response.on('error', () => done('broken'));
      response.on('end', () => {
        if (!response.complete) { done('broken'); return; }
        if (response.statusCode !== 200) { done(`status ${response.statusCode}`); return; }
        try {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          done(answer.data?.report && !answer.errors ? 'answered' : 'not whole', { answer });
        } catch {
          done('broken');
        }
      });
    });
    req.end(body);
  });
}

await runSuite('shutdown end-to-end', process.argv[2], async (suite) => {
  const { log, check } = suite;
  const env = clusterSettings('shutdown');
  const a = server({ name: 'shutdown-nodeA', http: HTTP_PORT, silo: SILO_PORT, gateway: GATEWAY_PORT, env });
  const b = server({ name: 'shutdown-nodeB', http: HTTP_PORT + 1, silo: SILO_PORT + 1, gateway: GATEWAY_PORT + 1, env });
  const started = now();
  await a.start();
  await delay(1_000);
  await b.start();
  await Promise.all([whenReady(a), whenReady(b)]);
  const formed = await clusterFormed([a, b], log);
  check(formed, 'two nodes ready, each counts activeSilos 2', `after ${seconds(now() - started)} s`);
  if (!formed) throw new Error('The cluster did not form; see the shutdown-node*.log files.');

  // --- Subscriptions on A, proven live by a change made through B ----------------------------------------------
  const variables = { p: 'nam-dinh', y: 2021 };
  const ws = wsSubscriber(a.graphqlUrl, REPORT_CHANGED, variables);
  // And one on B, which stays: a change made after A left must still reach it.
  const onB = wsSubscriber(b.graphqlUrl, REPORT_CHANGED, variables);
  await Promise.all([ws.acknowledged, onB.acknowledged]);
  const sse = sseSubscriber(a.graphqlUrl, REPORT_CHANGED, variables);
  const counted = await eventually(() => a.status(), (status) => status?.activeSubscriptions === 2, 10_000, 'A to count two subscriptions')
    .then(() => true, () => false);
  const change = await b.graphql(SET_INDICATOR, {
    input: { province: 'nam-dinh', year: 2021, code: 'press.news-items', value: String(50_000 + Math.floor(Math.random() * 10_000)), reason: 'shutdown e2e' },
  });
  const version = change.body?.data?.setIndicator?.version;
  const live = await eventually(
    () => [ws.events.length, sse.events.filter((event) => event.event === 'next').length],
    ([wsEvents, sseEvents]) => wsEvents >= 1 && sseEvents >= 1,
    10_000, 'the change to reach both subscribers',
  ).then(() => true, () => false);
  check(counted && live, 'on A: a graphql-transport-ws and a server-sent-event subscription, each received a change made through B',
    `version ${version}; ws ${ws.events.length} event(s), sse ${sse.events.filter((event) => event.event === 'next').length}`);

  // --- The burst, and SIGTERM in the middle of it --------------------------------------------------------------
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const body = JSON.stringify({ query: REPORT_QUERY, variables: { province: 'nam-dinh', year: 2021 } });
  const results = [];
  let stopping = false;
  let refusedSeen = false;
  const loop = async () => {
    while (!stopping && !refusedSeen) {
      const result = await post(agent, a.graphqlUrl, body);
      results.push(result);
      if (result.outcome === 'refused') refusedSeen = true;
    }
  };
  const loops = Array.from({ length: CONCURRENCY }, loop);
  await delay(BURST_BEFORE_SIGTERM_MS);

  const termAt = a.process.signal('SIGTERM');
  const inFlightAtTerm = results.length; // answered so far; the ones in flight are those sent before and ended after
  log(`SIGTERM to A (pid ${a.process.pid}) after ${seconds(BURST_BEFORE_SIGTERM_MS)} s of ${CONCURRENCY} concurrent full-report queries`,
    `(${inFlightAtTerm} answered by then)`);

  // B's view of the membership, from the SIGTERM on.
  const leaving = eventually(() => b.status(), (status) => status?.activeSilos === 1, 30_000, 'B to count one silo', 50)
    .then(() => now() - termAt, () => undefined);
  const exited = await within(30_000, a.process.exited);
  stopping = true;
  await Promise.all(loops);
  agent.destroy();
  const leftAfter = await leaving;

  // --- The requests -------------------------------------------------------------------------------------------
  const count = (filter) => results.filter(filter).length;
  const sentBefore = results.filter((result) => result.sentAt !== undefined && result.sentAt < termAt);
  const inFlight = sentBefore.filter((result) => result.endedAt >= termAt);
  const notAnswered = sentBefore.filter((result) => result.outcome !== 'answered');
  const after = results.filter((result) => !(result.sentAt < termAt));
  const outcomes = (list) => [...list.reduce((map, r) => map.set(r.outcome, (map.get(r.outcome) ?? 0) + 1), new Map())]
    .map(([outcome, n]) => `${outcome} ${n}`).join(', ') || 'none';
  log(`requests: ${results.length} sent; before the SIGTERM ${sentBefore.length} (${inFlight.length} in flight at it): ${outcomes(sentBefore)}`);
  log(`          after the SIGTERM ${after.length}: ${outcomes(after)}`);
  log(`          broken mid-answer: ${count((result) => result.outcome === 'broken')}`);
  check(inFlight.length > 0, 'requests were in flight at the SIGTERM', `${inFlight.length}`);
  check(notAnswered.length === 0, 'every request sent before the SIGTERM got a whole 200 answer',
    `${sentBefore.length - notAnswered.length}/${sentBefore.length}${notAnswered.length ? `; not: ${JSON.stringify(notAnswered.slice(0, 3).map(({ outcome, error, sentAt }) => ({ outcome, error, sentBeforeMs: (termAt - sentAt).toFixed(1) })))}` : ''}`);
  check(count((result) => result.outcome === 'broken') === 0, 'no answer broke off mid-way (before or after the SIGTERM)',
    `${count((result) => result.outcome === 'broken')}`);
  check(after.every((result) => ['answered', 'refused', 'closed unanswered'].includes(result.outcome)),
    'requests sent after the SIGTERM were answered whole or refused (no error answer)', outcomes(after));

  // --- The subscriptions ---------------------------------------------------------------------------------------
  const closed = await within(5_000, ws.closed);
  const completeFirst = ws.completedAt !== undefined && closed !== undefined && ws.completedAt <= closed.at;
  log(`WebSocket: messages ${ws.messages.join(' ')}; closed ${closed ? `${closed.code} "${closed.reason}" ${seconds(closed.at - termAt)} s after the SIGTERM` : 'not within 5 s'}`);
  check(completeFirst, 'the WebSocket got `complete` for its subscription before the socket closed',
    ws.completedAt !== undefined ? `${seconds(ws.completedAt - termAt)} s after the SIGTERM` : 'no complete');
  check(closed?.code === 1001 && closed.reason.length > 0, 'then close code 1001 with a reason',
    closed ? `${closed.code} "${closed.reason}"` : 'not closed');

  const ended = await within(5_000, sse.ended);
  const last = sse.events.at(-1);
  log(`server-sent events: ${sse.events.map((event) => event.event ?? '(no name)').join(' ')}; the stream ${ended ? `ended (${ended.how}) ${seconds(ended.at - termAt)} s after the SIGTERM` : 'did not end within 5 s'}`);
  check(ended?.how === 'end' && last?.event === 'complete', 'the event stream ended with a `complete` event',
    `last event ${JSON.stringify(last)}, ${ended?.how ?? 'not ended'}`);

  // --- The process and the cluster -----------------------------------------------------------------------------
  const exitedAfter = exited ? exited.at - termAt : undefined;
  log(`A exited ${exited ? `with code ${exited.code}${exited.signal ? ` (signal ${exited.signal})` : ''} ${seconds(exitedAfter)} s after the SIGTERM` : 'not within 30 s'}`);
  check(exited?.code === 0 && exitedAfter <= EXIT_WITHIN_MS, `A exits with code 0 within ${seconds(EXIT_WITHIN_MS)} s`,
    exited ? `code ${exited.code}, ${seconds(exitedAfter)} s` : 'still running');
  log(`B counts one silo ${leftAfter === undefined ? 'not within 30 s' : `${seconds(leftAfter)} s after the SIGTERM`}`);
  check(leftAfter !== undefined && leftAfter <= LEAVE_WITHIN_MS, `B's /status activeSilos drops to 1 within ${seconds(LEAVE_WITHIN_MS)} s (A left the cluster)`,
    leftAfter === undefined ? 'not within 30 s' : `${seconds(leftAfter)} s`);
  const still = await b.graphql('query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }', variables)
    .catch(() => undefined);
  check(still?.body?.data?.report?.version >= version, 'B still answers, with the change made before',
    `version ${still?.body?.data?.report?.version}`);

  // A change after A left reaches the subscriber on B (the report grain no longer counts A among the nodes).
  const later = await b.graphql(SET_INDICATOR, {
    input: { province: 'nam-dinh', year: 2021, code: 'press.news-items', value: String(60_000 + Math.floor(Math.random() * 10_000)), reason: 'shutdown e2e: after A left' },
  }).catch(() => undefined);
  const laterVersion = later?.body?.data?.setIndicator?.version;
  const arrived = await eventually(
    () => onB.events.map((event) => event?.data?.reportChanged?.version),
    (versions) => versions.includes(laterVersion),
    10_000, 'the change to reach the subscriber on B',
  ).then(() => true, () => false);
  check(laterVersion !== undefined && arrived && onB.socket.readyState === 1,
    'a change made after A left reaches the subscriber on B, whose socket stayed open',
    `version ${laterVersion}; events on B: ${onB.events.map((event) => event?.data?.reportChanged?.version).join(', ')}`);

  onB.close();
  ws.close();
  sse.close();
});
