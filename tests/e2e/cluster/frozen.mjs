// A node that freezes: two servers in one cluster (Azure Table membership on the run's Azurite), writes through node A
// to reports spread over both, a subscriber on A; node F stopped with SIGSTOP, so its process keeps its sockets open
// and answers nothing (a hung VM, a long pause), which a SIGKILL never shows. Checks that writes through A to the
// reports A holds go on while F is frozen, and that A's subscriber still receives an event for every acknowledged
// write (a report grain does not wait for the frozen node's inbox beyond its patience, then keeps the changes for
// it); that A declares F dead and every report takes a write again; and that F, woken with SIGCONT after it was
// declared dead, does not come back into the cluster. Prints what it did and what it counted. A report whose grain,
// or whose previous year's grain, lives on F waits for F to be declared dead; the others must not.
//
// node tests/e2e/cluster/frozen.mjs [summary.json]   (settings: see support.mjs; FROZEN_* below)
import {
  clusterSettings, server, whenReady, clusterFormed, eventually, pool, describe, errorCode, wsSubscriber, runSuite, now, seconds, delay,
} from './support.mjs';

const HTTP_PORT = Number(process.env.FROZEN_HTTP_PORT ?? 5207);
const SILO_PORT = Number(process.env.FROZEN_SILO_PORT ?? 11307);
const GATEWAY_PORT = Number(process.env.FROZEN_GATEWAY_PORT ?? 30307);
const REPORTS = Number(process.env.FROZEN_REPORTS ?? 24);
/** How long every report may take to accept a write again once F is declared dead, and how long the writes go on after. */
const RECOVERED_WITHIN_MS = Number(process.env.FROZEN_RECOVERED_WITHIN_MS ?? 40_000);
const AFTER_DEAD_MS = Number(process.env.FROZEN_AFTER_DEAD_MS ?? 3_000);
/**
 * How long A may take to declare the frozen node dead, and the woken one may take to stop. Orleans holds back its vote
 * against a silo it received anything from within the last minute (its connection liveness check), so a frozen
 * node is declared dead a minute and some probes after it froze; a killed one, whose connections close, in seconds.
 */
const DECLARED_WITHIN_MS = Number(process.env.FROZEN_DECLARED_WITHIN_MS ?? 120_000);
const YEAR = 2062;
const CODE = 'press.news-items';

const SET_INDICATOR = `
  mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version } }`;
const REPORT_CHANGED = `
  subscription($year: Int) { reportChanged(year: $year) { version province { code } } }`;

await runSuite('frozen node end-to-end', process.argv[2], async (suite) => {
  const { log, check } = suite;
  // The membership service's own account (probes, votes, votes held back) goes to the nodes' logs.
  const env = { ...clusterSettings('frozen'), 'Logging__LogLevel__Orleans.Runtime.MembershipService': 'Information' };
  const a = server({ name: 'frozen-nodeA', http: HTTP_PORT, silo: SILO_PORT, gateway: GATEWAY_PORT, env });
  const f = server({ name: 'frozen-nodeF', http: HTTP_PORT + 1, silo: SILO_PORT + 1, gateway: GATEWAY_PORT + 1, env });

  // --- Two nodes, one cluster --------------------------------------------------------------------------------
  const started = now();
  await f.start();
  await whenReady(f, 120_000);
  await a.start();
  await whenReady(a, 120_000);
  const formed = await clusterFormed([a, f], log);
  check(formed, 'two nodes ready, each counts activeSilos 2', `after ${seconds(now() - started)} s`);
  if (!formed) throw new Error('The cluster did not form; see the frozen-node*.log files.');

  // --- Reports, half created through each node, and a subscriber on A ----------------------------------------------
  const provinces = (await a.graphql('{ provinces(year: 2021) { slug code } }')).body.data.provinces.slice(0, REPORTS);
  const reports = await pool(provinces, 4, async ({ slug, code }, index) => {
    const answer = await [a, f][index % 2].graphql(
      `mutation($p: String!, $y: Int!) { createReport(input: { province: $p, year: $y, synthetic: true, reason: "frozen e2e" }) { applied } }`,
      { p: slug, y: YEAR });
    if (!answer.body?.data?.createReport?.applied) throw new Error(`createReport ${slug} ${YEAR}: ${JSON.stringify(answer.body)}`);
    return { province: slug, key: `${code}-${YEAR}`, acks: [], failures: 0, firstAfterDead: undefined };
  });
  const received = new Set();
  const subscriber = wsSubscriber(a.graphqlUrl, REPORT_CHANGED, { year: YEAR }, {
    onEvent: (payload) => {
      const event = payload?.data?.reportChanged;
      if (event) received.add(`${event.province.code}-${YEAR}:${event.version}`);
    },
  });
  await subscriber.acknowledged;
  await eventually(() => a.status(), (status) => status?.activeSubscriptions >= 1, 10_000, 'A to count its subscriber');
  log(`created ${reports.length} reports (${YEAR}), half through each node; a graphql-transport-ws subscriber on A`);

  // --- F frozen; writes through A ---------------------------------------------------------------------------------
  let seq = 0;
  let frozenAt;
  let declaredAt;
  let stopping = false;
  const write = async (report) => {
    const sentAt = now();
    try {
      const answer = await a.graphql(SET_INDICATOR, {
        // A running count across reports, not a figure: its jumps would be IMPLAUSIBLE_CHANGE, so it says they are meant.
        input: { province: report.province, year: YEAR, code: CODE, value: String(++seq), reason: 'frozen e2e', confirmImplausible: true },
      }, { timeoutMs: 40_000 });
      const version = answer.body?.data?.setIndicator?.version;
      if (answer.status !== 200 || !answer.body?.data?.setIndicator?.applied) {
        report.failures++;
        report.lastFailure = errorCode(answer);
        return;
      }
      const at = now();
      report.acks.push({ version, sentAt, at, ms: at - sentAt });
      if (declaredAt !== undefined && sentAt > declaredAt) report.firstAfterDead ??= at;
    } catch (error) {
      report.failures++;
      report.lastFailure = describe(error);
    }
  };
  await Promise.all(reports.map(write));
  frozenAt = f.process.signal('SIGSTOP');
  log(`SIGSTOP node F (pid ${f.process.pid}) after one write to each report`);
  const workers = reports.map(async (report) => {
    while (!stopping) {
      await write(report);
      await delay(50);
    }
  });
  await eventually(() => a.status(), (status) => status?.activeSilos === 1, DECLARED_WITHIN_MS, 'A to declare F dead', 200)
    .then(() => { declaredAt = now(); }, (error) => log(error.message));
  check(declaredAt !== undefined, `A declared the frozen node dead (activeSilos 1) within ${seconds(DECLARED_WITHIN_MS)} s`,
    declaredAt === undefined ? 'never' : `after ${seconds(declaredAt - frozenAt)} s`);
  // A write in flight at the declaration may still be waiting out a patience: the writes go on until every report
  // has taken one sent after it (at most RECOVERED_WITHIN_MS), then AFTER_DEAD_MS longer.
  if (declaredAt !== undefined) {
    await eventually(async () => reports.filter((report) => report.firstAfterDead === undefined).length, (n) => n === 0,
      RECOVERED_WITHIN_MS, 'every report to take a write after F was declared dead', 200).catch(() => {});
  }
  await delay(AFTER_DEAD_MS);
  stopping = true;
  await Promise.all(workers);

  // --- What the freeze did to the writes ------------------------------------------------------------------------
  const duringFreeze = (ack) => ack.sentAt > frozenAt && (declaredAt === undefined || ack.at < declaredAt);
  const went = reports.filter((report) => report.acks.some(duringFreeze));
  const stuck = reports.filter((report) => !report.acks.some(duringFreeze));
  const acksDuring = went.flatMap((report) => report.acks.filter(duringFreeze));
  const ms = acksDuring.map((ack) => ack.ms).sort((x, y) => x - y);
  const firstPerReport = went.map((report) => report.acks.find(duringFreeze).ms);
  log(`while F was frozen (${seconds((declaredAt ?? now()) - frozenAt)} s): writes to ${went.length} reports went on`,
    `(${acksDuring.length} acknowledged; each report's first ${seconds(Math.min(...firstPerReport))}–${seconds(Math.max(...firstPerReport))} s,`,
    `the rest ${ms.length ? `median ${(ms[Math.floor(ms.length / 2)] / 1000).toFixed(3)} s` : 'none'});`,
    `${stuck.length} reports, whose grain or previous year's grain lived on F, waited for it to be declared dead`);
  check(went.length > 0 && acksDuring.length > went.length,
    'writes through A to the reports A holds went on while F was frozen, each report more than once',
    `${went.length} reports, ${acksDuring.length} writes`);
  const afterDead = reports.filter((report) => report.firstAfterDead !== undefined);
  check(afterDead.length === reports.length, 'after F was declared dead, every report took a write through A',
    `${afterDead.length}/${reports.length}${afterDead.length < reports.length ? `; last failures: ${reports.filter((r) => !r.firstAfterDead).map((r) => `${r.key} ${r.lastFailure}`).join(', ')}` : ''}`);

  // --- Events on A --------------------------------------------------------------------------------------------
  const expected = reports.flatMap((report) => report.acks.map((ack) => `${report.key}:${ack.version}`));
  const missing = () => expected.filter((id) => !received.has(id));
  await eventually(async () => missing().length, (n) => n === 0, 15_000, 'the events').catch(() => {});
  check(missing().length === 0 && subscriber.socket.readyState === 1, "A's subscriber received an event for every acknowledged write, its socket still open",
    `${expected.length - missing().length}/${expected.length}${missing().length ? `, missing e.g. ${missing().slice(0, 5).join(', ')}` : ''}`);

  // --- F wakes ----------------------------------------------------------------------------------------------------
  const wokenAt = f.process.signal('SIGCONT');
  const exit = await Promise.race([f.process.exited, delay(DECLARED_WITHIN_MS).then(() => undefined)]);
  log(`SIGCONT node F: ${exit ? `it stopped ${seconds(exit.at - wokenAt)} s later (code ${exit.code}, signal ${exit.signal})` : 'it is still running'}`);
  check(exit !== undefined, 'F, woken after it was declared dead, stops instead of serving as a member it no longer is');
  const status = await a.status();
  check(status?.activeSilos === 1, 'A still counts one active silo', `activeSilos ${status?.activeSilos}`);
  subscriber.close();
});
