// A simulation, run by hand (tests/e2e/cluster.sh five_nodes_e2e; not part of scripts/test.sh): five server processes
// in one cluster (Azure Table membership and reports on an Azurite of its own, 127.0.0.1:10252), writes to reports
// spread over all of them through every node, a graphql-transport-ws subscriber on each node; then, at the same
// moment, node 5 killed with SIGKILL and node 4 frozen with SIGSTOP. Counts: writes acknowledged and lost (checked
// against each report's stored history), the time until each report takes a write again, the time until each
// survivor declares the killed and the frozen node dead, and the events each survivor's subscriber missed. At the
// end node 4 is woken (SIGCONT) to see whether it stops. See docs/scale.md for what it printed.
//
// node tests/e2e/cluster/five-nodes.mjs [summary.json]   (settings: see support.mjs; FIVE_* below)
import {
  clusterSettings, server, CODES, SET_INDICATOR, HISTORY, REPORT_CHANGED, whenReady, clusterFormed, eventually, pool, describe, errorCode, wsSubscriber, runSuite,
  azurite, now, seconds, delay, LOGS,
} from './support.mjs';
import { join } from 'node:path';

const HTTP_PORT = Number(process.env.FIVE_HTTP_PORT ?? 5600);
const SILO_PORT = Number(process.env.FIVE_SILO_PORT ?? 11600);
const GATEWAY_PORT = Number(process.env.FIVE_GATEWAY_PORT ?? 30600);
const AZURITE_PORT = Number(process.env.FIVE_AZURITE_PORT ?? 10252);
const REPORTS = Math.max(5, Math.min(63, Number(process.env.FIVE_REPORTS ?? 40)));
const WORKERS = Math.max(1, Math.min(REPORTS, Number(process.env.FIVE_WORKERS ?? 10)));
const BEFORE_MS = Number(process.env.FIVE_BEFORE_MS ?? 8_000);
/** The load goes on until both failed nodes are declared dead and every report took a write after that, then this long. */
const AFTER_RECOVERY_MS = Number(process.env.FIVE_AFTER_RECOVERY_MS ?? 3_000);
const AFTER_MAX_MS = Number(process.env.FIVE_AFTER_MAX_MS ?? 150_000);
/** How long a request may take before the client (a load balancer) gives up on it and on its node. */
const REQUEST_TIMEOUT_MS = Number(process.env.FIVE_REQUEST_TIMEOUT_MS ?? 10_000);
const YEAR = 2063;
const stats = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  if (!sorted.length) return 'none';
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `min ${seconds(sorted[0])} s, median ${seconds(at(0.5))} s, p90 ${seconds(at(0.9))} s, max ${seconds(sorted.at(-1))} s`;
};

await runSuite('five nodes, one killed and one frozen at once (simulation)', process.argv[2], async (suite) => {
  const { log, check } = suite;
  const storage = await azurite({ port: AZURITE_PORT, folder: join(LOGS, `five-nodes-azurite-${Date.now()}`), log: 'five-nodes-azurite.log' });
  process.env.CLUSTER_E2E_STORAGE = storage.connectionString;
  const env = { ...clusterSettings('five'), 'Logging__LogLevel__Orleans.Runtime.MembershipService': 'Information' };
  const nodes = [0, 1, 2, 3, 4].map((i) => server({
    name: `five-node${i + 1}`, http: HTTP_PORT + i, silo: SILO_PORT + i, gateway: GATEWAY_PORT + i, env,
  }));
  const frozen = nodes[3];
  const killed = nodes[4];
  const survivors = nodes.slice(0, 3);
  const label = (node) => `node ${nodes.indexOf(node) + 1}`;

  // --- Five nodes, one cluster ---------------------------------------------------------------------------------
  // The two that fail start first, so the grains activated at start (the catalog, the seeded reports) live on them.
  log(`Azurite on ${AZURITE_PORT}; five servers on HTTP ${HTTP_PORT}–${HTTP_PORT + 4}, silo ${SILO_PORT}–${SILO_PORT + 4},`,
    `gateway ${GATEWAY_PORT}–${GATEWAY_PORT + 4}; cluster ${env.Orleans__ClusterId}`);
  const started = now();
  await killed.start();
  await whenReady(killed, 180_000);
  await frozen.start();
  await whenReady(frozen, 180_000);
  await Promise.all(survivors.map((node) => node.start()));
  await Promise.all(survivors.map((node) => whenReady(node, 180_000)));
  const formed = await clusterFormed(nodes, log, 90_000);
  check(formed, 'five nodes ready, each counts activeSilos 5', `after ${seconds(now() - started)} s`);
  if (!formed) throw new Error('The cluster did not form; see the five-node*.log files.');

  // --- Reports, created through every node; a subscriber on each ------------------------------------------------
  const provinces = (await survivors[0].graphql('{ provinces(year: 2021) { slug code } }')).body.data.provinces.slice(0, REPORTS);
  const reports = await pool(provinces, 5, async ({ slug, code }, index) => {
    const answer = await nodes[index % 5].graphql(
      `mutation($p: String!, $y: Int!) { createReport(input: { province: $p, year: $y, synthetic: true, reason: "five nodes" }) { applied } }`,
      { p: slug, y: YEAR });
    if (!answer.body?.data?.createReport?.applied) throw new Error(`createReport ${slug} ${YEAR}: ${JSON.stringify(answer.body)}`);
    return { province: slug, key: `${code}-${YEAR}`, firstAfter: undefined, firstAfterDeclared: undefined, lastFailure: undefined };
  });
  const received = nodes.map(() => new Set());
  const subscribers = nodes.map((node, i) => wsSubscriber(node.graphqlUrl, REPORT_CHANGED, { year: YEAR }, {
    onEvent: (payload) => {
      const event = payload?.data?.reportChanged;
      if (event) received[i].add(`${event.province.code}-${event.year}:${event.version}`);
    },
  }));
  await Promise.all(subscribers.map((s) => s.acknowledged));
  await eventually(() => Promise.all(nodes.map((node) => node.status())),
    (statuses) => statuses.every((status) => status?.activeSubscriptions >= 1), 15_000, 'each node to count its subscriber');
  log(`created ${reports.length} reports (${YEAR}), a fifth through each node; a subscriber on each node`);

  // --- The load ------------------------------------------------------------------------------------------------
  const acks = []; // { report, code, value, version, node, sentAt, at }
  const failures = { before: 0, atFailedNodes: 0, onSurvivors: 0, kinds: new Map() };
  const down = new Set(); // nodes this client (a load balancer) stopped sending to
  let seq = 0;
  let failedAt;
  let stopping = false;
  const declared = survivors.map(() => ({ four: undefined, three: undefined }));
  const pick = () => {
    const live = nodes.filter((node) => !down.has(node));
    return live[Math.floor(Math.random() * live.length)];
  };
  const worker = async (w) => {
    const mine = reports.filter((_, i) => i % WORKERS === w);
    for (let turn = 0; !stopping; turn++) {
      const report = mine[turn % mine.length];
      const node = pick();
      const sentAt = now();
      const value = String(++seq);
      const code = CODES[seq % CODES.length];
      let outcome;
      try {
        const answer = await node.graphql(SET_INDICATOR, {
          input: { province: report.province, year: YEAR, code, value, reason: 'five nodes', confirmImplausible: true },
        }, { timeoutMs: REQUEST_TIMEOUT_MS });
        const payload = answer.body?.data?.setIndicator;
        if (answer.status === 200 && payload?.applied) {
          const at = now();
          acks.push({ report, code, value, version: payload.version, node, sentAt, at });
          if (failedAt !== undefined && sentAt > failedAt) report.firstAfter ??= at;
          const allDeclared = declared.every((d) => d.three !== undefined);
          if (allDeclared && sentAt > Math.max(...declared.map((d) => d.three))) report.firstAfterDeclared ??= at;
          continue;
        }
        outcome = errorCode(answer);
      } catch (error) {
        outcome = describe(error);
      }
      const at = now();
      if (failedAt === undefined) failures.before++;
      else if (node === killed || node === frozen) {
        failures.atFailedNodes++;
        down.add(node); // refused or timed out: a load balancer's probe would take it out of rotation
      } else {
        failures.onSurvivors++;
        report.lastFailure = at;
      }
      const kind = `${outcome} (${label(node)}${failedAt === undefined ? ', before' : ''})`;
      failures.kinds.set(kind, (failures.kinds.get(kind) ?? 0) + 1);
      await delay(50);
    }
  };
  log(`load: ${WORKERS} clients, each writing setIndicator to its own ${Math.ceil(reports.length / WORKERS)} reports,`,
    `each request to a random node (a node that refuses or does not answer in ${seconds(REQUEST_TIMEOUT_MS)} s is left out after)`);
  const loadStarted = now();
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  await delay(BEFORE_MS);
  const beforeCount = acks.length;
  const perNode = nodes.map((node) => acks.filter((ack) => ack.node === node).length);

  // --- One killed and one frozen at once -------------------------------------------------------------------------
  failedAt = killed.process.signal('SIGKILL');
  frozen.process.signal('SIGSTOP');
  log(`SIGKILL node 5 (pid ${killed.process.pid}) and SIGSTOP node 4 (pid ${frozen.process.pid}) after ${seconds(failedAt - loadStarted)} s of load:`,
    `${beforeCount} writes acknowledged so far (${perNode.join(' / ')} through nodes 1–5)`);
  const watching = (async () => {
    while (!stopping && declared.some((d) => d.three === undefined)) {
      await Promise.all(survivors.map(async (node, i) => {
        const active = (await node.status())?.activeSilos;
        if (active !== undefined && active <= 4) declared[i].four ??= now();
        if (active !== undefined && active <= 3) declared[i].three ??= now();
      }));
      await delay(200);
    }
  })();
  let recoveredAt;
  while (now() - failedAt < AFTER_MAX_MS) {
    const done = declared.every((d) => d.three !== undefined) && reports.every((r) => r.firstAfterDeclared !== undefined);
    if (done) {
      recoveredAt ??= now();
      if (now() - recoveredAt >= AFTER_RECOVERY_MS) break;
    } else recoveredAt = undefined;
    await delay(200);
  }
  stopping = true;
  await Promise.all(workers);
  await watching;
  const ended = now();

  // --- What the failures did --------------------------------------------------------------------------------------
  const after = acks.filter((ack) => ack.sentAt > failedAt);
  log(`load ran ${seconds(ended - loadStarted)} s, ${seconds(ended - failedAt)} s of it after the failures;`,
    `acknowledged: ${acks.length} writes (${after.length} sent after the failures)`);
  log(`failed attempts: ${failures.before} before the failures; after: ${failures.atFailedNodes} sent to nodes 4 and 5,`,
    `${failures.onSurvivors} on the survivors`);
  if (failures.kinds.size) log(`  by kind: ${[...failures.kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')}`);
  for (const [i, node] of survivors.entries()) {
    const { four, three } = declared[i];
    log(`${label(node)}: first of the two declared dead (activeSilos 4) after ${four === undefined ? 'never' : `${seconds(four - failedAt)} s`},`,
      `both (activeSilos 3) after ${three === undefined ? 'never' : `${seconds(three - failedAt)} s`}`);
  }
  const firstAfter = reports.map((r) => (r.firstAfter ?? Infinity) - failedAt);
  const lastFail = reports.map((r) => (r.lastFailure === undefined ? 0 : r.lastFailure - failedAt));
  const blocked = reports.filter((r) => r.lastFailure !== undefined);
  const firstDeclared = Math.min(...declared.map((d) => d.four ?? Infinity)) - failedAt;
  const allDeclared = Math.max(...declared.map((d) => d.three ?? Infinity)) - failedAt;
  const byFirst = reports.filter((r) => r.firstAfter !== undefined && r.firstAfter - failedAt < firstDeclared).length;
  const byAll = reports.filter((r) => r.firstAfter !== undefined && r.firstAfter - failedAt < allDeclared).length;
  log(`time from the failures to each report's first acknowledged write sent after them: ${stats(firstAfter.filter(Number.isFinite))}`,
    `(${firstAfter.filter(Number.isFinite).length}/${reports.length} reports);`,
    `${byFirst} reports took a write before either node was declared dead, ${byAll} before both were`);
  log(`reports with a failed write on a survivor after the failures: ${blocked.length}; their last failure at`,
    `${stats(lastFail.filter((ms) => ms > 0))} after the failures`);
  check(reports.every((r) => r.firstAfterDeclared !== undefined), 'every report took a write after both nodes were declared dead',
    `${reports.filter((r) => r.firstAfterDeclared !== undefined).length}/${reports.length}`);
  check(declared.every((d) => d.three !== undefined), 'every survivor declared both nodes dead (activeSilos 3)');

  // --- Events on the survivors ---------------------------------------------------------------------------------
  const expected = acks.map((ack) => `${ack.report.key}:${ack.version}`);
  const missing = (i) => expected.filter((id) => !received[i].has(id));
  await eventually(() => survivors.map((_, i) => missing(i).length), (counts) => counts.every((n) => n === 0), 20_000, 'the events')
    .catch(() => {});
  for (const [i, node] of survivors.entries()) {
    const lost = missing(i);
    check(lost.length === 0 && subscribers[i].socket.readyState === 1, `the subscriber on ${label(node)} received an event for every acknowledged write`,
      `${expected.length - lost.length}/${expected.length}${lost.length ? `, missed ${lost.length}, e.g. ${lost.slice(0, 5).join(', ')}` : ', socket open'}`);
  }

  // --- Every acknowledged write is stored ------------------------------------------------------------------------
  const histories = await pool(reports, 6, async (report, i) => {
    const node = survivors[i % 3];
    const revisions = new Map();
    let cursor = null;
    for (let page = 0; page < 200; page++) {
      const answer = await node.graphql(HISTORY, { p: report.province, y: YEAR, after: cursor }, { timeoutMs: 30_000 });
      const data = answer.body?.data?.report;
      if (!data) throw new Error(`history of ${report.key}: ${JSON.stringify(answer.body)}`);
      for (const revision of data.history.nodes) revisions.set(revision.version, revision);
      if (!data.history.pageInfo.hasNextPage) break;
      cursor = data.history.pageInfo.endCursor;
    }
    return [report, revisions];
  });
  const byReport = new Map(histories);
  const lost = acks.filter((ack) => !byReport.get(ack.report).get(ack.version)?.changes
    .some((change) => change.key === ack.code && change.newIndicator?.value === ack.value));
  log(`acknowledged writes checked against the stored histories: ${acks.length}; lost: ${lost.length}`);
  check(lost.length === 0, 'no acknowledged write was lost',
    lost.length ? lost.slice(0, 5).map((a) => `${a.report.key} v${a.version}`).join(', ') : `${acks.length}/${acks.length}`);

  // --- Node 4 wakes -----------------------------------------------------------------------------------------------
  const wokenAt = frozen.process.signal('SIGCONT');
  const exit = await Promise.race([frozen.process.exited, delay(60_000).then(() => undefined)]);
  log(`SIGCONT node 4: ${exit ? `it stopped ${seconds(exit.at - wokenAt)} s later (code ${exit.code}, signal ${exit.signal})` : 'still running after 60 s'}`);
  const statuses = await Promise.all(survivors.map((node) => node.status()));
  log(`activeSilos at the end: ${statuses.map((s, i) => `${label(survivors[i])} ${s?.activeSilos}`).join(', ')}`);
  for (const subscriber of subscribers) subscriber.close();
  await storage.stop().catch(() => {});
});
