// A node that freezes: two servers in one cluster (Azure Table membership on the run's Azurite), writes through node A
// to reports spread over both, a subscriber on A; node F stopped with SIGSTOP, so its process keeps its sockets open
// and answers nothing (a hung VM, a long pause), which a SIGKILL never shows. Checks that writes through A to the
// reports A holds go on while F is frozen, and that A's subscriber still receives an event for every acknowledged
// write (a report grain does not wait for the frozen node's inbox beyond its patience, then keeps the changes for
// it); that A declares F dead and every report takes a write again; and that F, woken with SIGCONT after it was
// declared dead, does not come back into the cluster. Prints what it did and what it counted. A report whose grain
// lives on F takes no write until F is declared dead, but is read (from storage, possiblyBehind); the others must not
// wait (a previous year's grain on F is read from storage after 1 s).
// Before the freeze, F is starved instead (SIGSTOP 1.5 s, SIGCONT 0.5 s, for 30 s: a node in long GC pauses or on a
// starved CPU, that answers, late): it must not be declared dead, and must keep serving. Which node each report's
// grain lives on is read from A's /status?reports=… before the freeze and printed; the checks go by it.
//
// node tests/e2e/cluster/frozen.mjs [summary.json]   (settings: see support.mjs; FROZEN_* below)
import {
  clusterSettings, server, TOKEN, whenReady, clusterFormed, eventually, pool, describe, errorCode, wsSubscriber, runSuite, now, seconds, delay,
} from './support.mjs';

const HTTP_PORT = Number(process.env.FROZEN_HTTP_PORT ?? 5207);
const SILO_PORT = Number(process.env.FROZEN_SILO_PORT ?? 11307);
const GATEWAY_PORT = Number(process.env.FROZEN_GATEWAY_PORT ?? 30307);
const REPORTS = Number(process.env.FROZEN_REPORTS ?? 24);
/** How long every report may take to accept a write again once F is declared dead, and how long the writes go on after. */
const RECOVERED_WITHIN_MS = Number(process.env.FROZEN_RECOVERED_WITHIN_MS ?? 40_000);
const AFTER_DEAD_MS = Number(process.env.FROZEN_AFTER_DEAD_MS ?? 3_000);
/**
 * How long A may take to declare the frozen node dead. Orleans holds back its vote against a silo it received anything
 * from within MaxProbeTimeout × MissedProbesLimit (its connection liveness check: 3 s × 3 as the servers are
 * configured, Orleans:MaxProbeTimeout, Orleans:MissedProbesLimit), then votes at the next missed probe.
 */
const DECLARED_WITHIN_MS = Number(process.env.FROZEN_DECLARED_WITHIN_MS ?? 15_000);
/** How long a read through A of a report whose grain is on F may take while F is frozen (A's patience is 2 s). */
const READ_WITHIN_MS = Number(process.env.FROZEN_READ_WITHIN_MS ?? 6_000);
/** How long writes through A to a report whose grain is on A may stall after the freeze. */
const WRITES_WITHIN_MS = Number(process.env.FROZEN_WRITES_WITHIN_MS ?? 15_000);
/** How long F, woken after it was declared dead, may take to stop. */
const STOPS_WITHIN_MS = Number(process.env.FROZEN_STOPS_WITHIN_MS ?? 60_000);
/** The starvation before the freeze: F stopped STARVE_STOP_MS, let run STARVE_RUN_MS, over and over for STARVE_MS. */
const STARVE_MS = Number(process.env.FROZEN_STARVE_MS ?? 30_000);
const STARVE_STOP_MS = Number(process.env.FROZEN_STARVE_STOP_MS ?? 1_500);
const STARVE_RUN_MS = Number(process.env.FROZEN_STARVE_RUN_MS ?? 500);
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

  // --- Where each report's grain lives (and its previous year's, which a change may consult) ------------------------
  const previousKey = (report) => report.key.replace(`-${YEAR}`, `-${YEAR - 1}`);
  const placement = (await a.get(`/status?reports=${reports.flatMap((r) => [r.key, previousKey(r)]).join(',')}`, 15_000, { token: TOKEN })
    .catch((error) => ({ body: { error: describe(error) } }))).body;
  const siloOf = (key) => placement?.reportGrains?.[key];
  for (const report of reports) {
    report.onA = siloOf(report.key) === placement?.silo;
    report.previousOnF = siloOf(previousKey(report)) != null && siloOf(previousKey(report)) !== placement?.silo;
  }
  const onA = reports.filter((r) => r.onA);
  check(placement?.silo !== undefined && reports.every((r) => siloOf(r.key)), "A's /status told the silo of every report's grain",
    placement?.silo === undefined ? JSON.stringify(placement) : `A is ${placement.silo}`);
  log(`relied on: ${onA.length} reports' grains on A (${onA.map((r) => r.key).join(' ')}), ${reports.length - onA.length} on F;`,
    `previous years' grains active on F: ${reports.filter((r) => r.previousOnF).length}, on A: ${reports.filter((r) => siloOf(previousKey(r)) === placement?.silo).length}`);

  // --- F starved, not frozen: slow, answering late ----------------------------------------------------------------
  // SIGSTOP/SIGCONT in a 1.5 s / 0.5 s cycle: F runs a quarter of the time in bursts, like a process in long GC
  // pauses or a VM whose CPU is taken; unlike a CPU hog beside it, it starves F by the same amount however loaded
  // the machine already is, and no pause is as long as a probe may wait (Orleans:MaxProbeTimeout).
  {
    let starving = true;
    const starvedAt = now();
    let cycles = 0;
    const starver = (async () => {
      while (starving && now() - starvedAt < STARVE_MS) {
        f.process.signal('SIGSTOP');
        await delay(STARVE_STOP_MS);
        f.process.signal('SIGCONT');
        cycles++;
        await delay(STARVE_RUN_MS);
      }
      f.process.signal('SIGCONT');
    })();
    const before = reports.map((r) => r.acks.length);
    const failuresBefore = reports.map((r) => r.failures);
    const silos = new Set();
    const writers = reports.map(async (report) => {
      while (now() - starvedAt < STARVE_MS) {
        await write(report);
        await delay(50);
      }
    });
    while (now() - starvedAt < STARVE_MS) {
      silos.add((await a.status())?.activeSilos);
      await delay(500);
    }
    starving = false;
    await starver;
    await Promise.all(writers);
    const afterStarving = await eventually(() => Promise.all([a.status(), f.status()]),
      ([sa, sf]) => sa?.activeSilos !== undefined && sf?.activeSilos !== undefined, 15_000, 'both nodes to answer /status', 200)
      .catch(() => [undefined, undefined]);
    check(!silos.has(1) && afterStarving.every((st) => st?.activeSilos === 2),
      `F, starved for ${seconds(STARVE_MS)} s (${cycles} cycles of ${STARVE_STOP_MS} ms stopped, ${STARVE_RUN_MS} ms running), was not declared dead`,
      `activeSilos on A during it: ${[...silos].join(', ')}; after it A ${afterStarving[0]?.activeSilos}, F ${afterStarving[1]?.activeSilos}`);
    const took = (group) => group.reduce((n, r) => n + (r.acks.length - before[reports.indexOf(r)]), 0);
    const failed = (group) => group.reduce((n, r) => n + (r.failures - failuresBefore[reports.indexOf(r)]), 0);
    const onF = reports.filter((r) => !r.onA);
    const fWent = onF.filter((r) => r.acks.length > before[reports.indexOf(r)]);
    log(`while F was starved: reports on A took ${took(onA)} writes (${failed(onA)} refused), reports on F ${took(onF)} (${failed(onF)} refused;`,
      `${fWent.length} of ${onF.length} took at least one)`);
    check(fWent.length === onF.length && onA.every((r) => r.acks.length > before[reports.indexOf(r)]),
      'F kept serving while starved: every report, on either node, took writes through A', `${fWent.length}/${onF.length} on F`);
  }

  frozenAt = f.process.signal('SIGSTOP');
  log(`SIGSTOP node F (pid ${f.process.pid}) after one write to each report`);
  const workers = reports.map(async (report) => {
    while (!stopping) {
      await write(report);
      await delay(50);
    }
  });
  // Reads of the reports whose grain is on F go through A meanwhile: each answers from storage once A's patience (2 s)
  // has passed, marked possiblyBehind, with the version last acknowledged for it.
  const reads = await Promise.all(reports.filter((report) => !report.onA).map(async (report) => {
    const acknowledged = Math.max(0, ...report.acks.filter((ack) => ack.at < frozenAt).map((ack) => ack.version));
    try {
      const answer = await a.graphql(`query($p: String!, $y: Int!) { report(province: $p, year: $y) { version possiblyBehind } }`,
        { p: report.province, y: YEAR }, { timeoutMs: 20_000 });
      const read = answer.body?.data?.report;
      return { key: report.key, ms: answer.ms, ok: answer.status === 200 && read?.possiblyBehind === true && read.version >= acknowledged,
        detail: `${answer.status} in ${seconds(answer.ms)} s: ${JSON.stringify(read ?? answer.body?.errors?.[0]?.extensions?.code)}, acknowledged ${acknowledged}` };
    } catch (error) {
      return { key: report.key, ok: false, detail: describe(error) };
    }
  }));
  const slowest = Math.max(0, ...reads.map((read) => read.ms ?? Infinity));
  check(reads.every((read) => read.ok && read.ms <= READ_WITHIN_MS),
    `reads through A of the reports whose grain is on F answered within ${seconds(READ_WITHIN_MS)} s from storage, possiblyBehind, at the version acknowledged`,
    reads.length === 0 ? 'no report on F this run' : `${reads.filter((read) => read.ok).length}/${reads.length}, slowest ${seconds(slowest)} s${reads.find((read) => !read.ok) ? `; ${reads.find((read) => !read.ok).detail}` : ''}`);
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
    `${stuck.length} reports, whose grain lived on F, waited for it to be declared dead`);
  check(went.length > 0 && acksDuring.length > went.length,
    'writes through A to the reports A holds went on while F was frozen, each report more than once',
    `${went.length} reports, ${acksDuring.length} writes`);
  const wentSoon = (report) => report.acks.some((ack) => ack.sentAt > frozenAt && ack.at - frozenAt <= WRITES_WITHIN_MS);
  const lateOnA = onA.filter((report) => !wentSoon(report));
  check(lateOnA.length === 0,
    `every report whose grain is on A took a write through A within ${seconds(WRITES_WITHIN_MS)} s of the freeze`,
    `${onA.length - lateOnA.length}/${onA.length}${lateOnA.length ? `; stalled: ${lateOnA.map((r) => `${r.key} (${r.lastFailure}${r.previousOnF ? ', previous year on F' : ''})`).join(', ')}` : ''}`);
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
  const exit = await Promise.race([f.process.exited, delay(STOPS_WITHIN_MS).then(() => undefined)]);
  log(`SIGCONT node F: ${exit ? `it stopped ${seconds(exit.at - wokenAt)} s later (code ${exit.code}, signal ${exit.signal})` : 'it is still running'}`);
  check(exit !== undefined, 'F, woken after it was declared dead, stops instead of serving as a member it no longer is');
  const status = await a.status();
  check(status?.activeSilos === 1, 'A still counts one active silo', `activeSilos ${status?.activeSilos}`);
  subscriber.close();
});
