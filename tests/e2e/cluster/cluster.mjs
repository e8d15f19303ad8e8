// Three server processes in one Orleans cluster on loopback (membership and grain state in the run's Azurite),
// load spread over all three, node 3 killed with SIGKILL mid-load, the load kept on the two survivors. Then checks
// that every acknowledged write is still there, that every report (those whose grains lived on node 3 among
// them) answers and takes a write again on the survivors, that the subscribers on the survivors received an event
// for every acknowledged write, and that the survivors count two silos. Prints what it did and what it counted.
//
// node tests/e2e/cluster/cluster.mjs [summary.json]   (settings: see support.mjs; CLUSTER_* below)
import {
  clusterSettings, server, TOKEN, CODES, SET_INDICATOR, HISTORY, REPORT_CHANGED, whenReady, clusterFormed, eventually, pool, describe, errorCode, wsSubscriber, runSuite, now, seconds, delay,
} from './support.mjs';

const HTTP_PORT = Number(process.env.CLUSTER_HTTP_PORT ?? 5201);
const SILO_PORT = Number(process.env.CLUSTER_SILO_PORT ?? 11301);
const GATEWAY_PORT = Number(process.env.CLUSTER_GATEWAY_PORT ?? 30301);
const REPORTS = Math.max(1, Math.min(63, Number(process.env.CLUSTER_REPORTS ?? 63)));
const WORKERS = Math.max(1, Math.min(REPORTS, Number(process.env.CLUSTER_WORKERS ?? 8)));
const BEFORE_KILL_MS = Number(process.env.CLUSTER_BEFORE_KILL_MS ?? 6_000);
/** After the kill the load goes on until the survivors have declared the dead silo and every report took a write
 * after the last failed attempt, then this much longer; at most CLUSTER_AFTER_KILL_MAX_MS. */
const AFTER_RECOVERY_MS = Number(process.env.CLUSTER_AFTER_RECOVERY_MS ?? 3_000);
const AFTER_KILL_MAX_MS = Number(process.env.CLUSTER_AFTER_KILL_MAX_MS ?? 75_000);
const YEAR = 2060;
const READ = `
  query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }`;

await runSuite('cluster end-to-end', process.argv[2], async (suite) => {
  const { log, check } = suite;
  const clusterEnv = clusterSettings('cluster');
  const nodes = [0, 1, 2].map((i) => server({
    name: `cluster-node${i + 1}`, http: HTTP_PORT + i, silo: SILO_PORT + i, gateway: GATEWAY_PORT + i, env: clusterEnv,
  }));
  const [node1, node2, node3] = nodes;
  const survivors = [node1, node2];
  const label = (node) => `node ${nodes.indexOf(node) + 1}`;

  // --- Three nodes, one cluster -------------------------------------------------------------------------------
  log(`starting three servers (HTTP ${nodes.map((n) => n.http).join(', ')}; silo ports ${SILO_PORT}–${SILO_PORT + 2};`,
    `cluster ${clusterEnv.Orleans__ClusterId}, table ${clusterEnv.Storage__TableName})`);
  // Node 3, the one to be killed, starts alone: the grains activated at start up (the report catalog, the seeded
  // reports) live on it, so the kill takes them down too.
  const started = now();
  await node3.start();
  await whenReady(node3, 120_000);
  await Promise.all([node1.start(), node2.start()]);
  await Promise.all([node1, node2].map((node) => whenReady(node, 120_000)));
  const formed = await clusterFormed(nodes, log);
  check(formed, 'three nodes ready (/health/ready Healthy) and each counts activeSilos 3', `after ${seconds(now() - started)} s`);
  if (!formed) throw new Error('The cluster did not form; see the cluster-node*.log files.');

  // --- Reports to write to, spread over the nodes --------------------------------------------------------------
  const provinces = (await node1.graphql('{ provinces(year: 2021) { slug code } }')).body.data.provinces.slice(0, REPORTS);
  const reports = await pool(provinces, WORKERS, async ({ slug, code }, index) => {
    const node = nodes[index % 3];
    const answer = await node.graphql(
      `mutation($p: String!, $y: Int!) { createReport(input: { province: $p, year: $y, synthetic: true, reason: "cluster e2e" }) { applied version } }`,
      { p: slug, y: YEAR },
    );
    if (!answer.body?.data?.createReport?.applied) throw new Error(`createReport ${slug} ${YEAR}: ${JSON.stringify(answer.body)}`);
    return {
      province: slug,
      key: `${code}-${YEAR}`,
      known: answer.body.data.createReport.version, // the last version this client knows (acknowledged or read)
      stale: false, // an attempt failed: read the version again before the next write
      failedAt: undefined, // the last failed attempt's end
      succeededAt: undefined, // the last acknowledged write's end
      firstAfterKill: undefined, // the end of the first write acknowledged after the kill
    };
  });
  log(`created ${reports.length} reports (${YEAR}), a third through each node`);

  // --- Subscribers on every node -------------------------------------------------------------------------------
  const received = nodes.map(() => new Set()); // "<key>:<version>" per node
  const duplicates = [0, 0, 0];
  const subscribers = nodes.map((node, i) => wsSubscriber(node.graphqlUrl, REPORT_CHANGED, { year: YEAR }, {
    onEvent: (payload) => {
      const event = payload?.data?.reportChanged;
      if (!event) return;
      const id = `${event.province.code}-${event.year}:${event.version}`;
      if (received[i].has(id)) duplicates[i]++;
      received[i].add(id);
    },
  }));
  await Promise.all(subscribers.map((s) => s.acknowledged));
  const subscribed = await eventually(
    () => Promise.all(nodes.map((node) => node.status())),
    (statuses) => statuses.every((status) => status?.activeSubscriptions >= 1),
    10_000, 'each node to count its subscriber',
  ).then(() => true, () => false);
  check(subscribed, 'a graphql-transport-ws subscriber (reportChanged, admin token) on each node');

  // --- The load ----------------------------------------------------------------------------------------------
  const acks = []; // { report, code, value, version, node, sentAt, at }
  const down = new Set(); // nodes the load balancer (this client) has seen refuse connections
  const failures = { beforeKill: 0, cutByKill: 0, refusedByDead: 0, onSurvivors: 0, kinds: new Map() };
  const reads = { total: 0, failed: 0, behind: 0 };
  let seq = 0;
  let killedAt;
  let stopping = false;
  const pick = () => {
    const live = nodes.filter((node) => !down.has(node));
    return live[Math.floor(Math.random() * live.length)];
  };
  const failed = (report, node, kind) => {
    const at = now();
    report.failedAt = at;
    report.stale = true;
    if (killedAt === undefined) {
      failures.beforeKill++;
      failures.kinds.set(`${kind} before the kill`, (failures.kinds.get(`${kind} before the kill`) ?? 0) + 1);
      return;
    }
    if (node === node3) {
      if (kind === 'refused') { failures.refusedByDead++; down.add(node3); } else failures.cutByKill++;
      return;
    }
    failures.onSurvivors++;
    const name = `${kind} (${label(node)})`;
    failures.kinds.set(name, (failures.kinds.get(name) ?? 0) + 1);
    failures.lastOnSurvivors = at;
  };

  const worker = async (w) => {
    const mine = reports.filter((_, i) => i % WORKERS === w);
    for (let turn = 0; !stopping; turn++) {
      const report = mine[turn % mine.length];
      const node = pick();
      const sentAt = now();
      try {
        if (report.stale) {
          const read = await node.graphql(READ, { p: report.province, y: YEAR }, { timeoutMs: 10_000 });
          const version = read.body?.data?.report?.version;
          if (version === undefined) { failed(report, node, errorCode(read)); continue; }
          report.known = version;
          report.stale = false;
        }
        // A running count, not a report's figure: its jumps would be IMPLAUSIBLE_CHANGE, so it says they are meant.
        const value = String(++seq);
        const code = CODES[seq % CODES.length];
        const answer = await node.graphql(SET_INDICATOR, {
          input: { province: report.province, year: YEAR, code, value, expectedVersion: report.known, reason: 'cluster e2e', confirmImplausible: true },
        }, { timeoutMs: 10_000 });
        const payload = answer.body?.data?.setIndicator;
        if (answer.status !== 200 || !payload?.applied) { failed(report, node, errorCode(answer)); continue; }
        const at = now();
        acks.push({ report, code, value, version: payload.version, node, sentAt, at });
        report.known = payload.version;
        report.succeededAt = at;
        if (killedAt !== undefined && sentAt > killedAt && report.firstAfterKill === undefined) report.firstAfterKill = at;
      } catch (error) {
        failed(report, node, describe(error));
        continue;
      }
      if (turn % 3 === 0) {
        // A read after the acknowledged write, from any node, must show that version or a later one.
        const reader = pick();
        const expected = report.known;
        reads.total++;
        try {
          const read = await reader.graphql(READ, { p: report.province, y: YEAR }, { timeoutMs: 10_000 });
          const version = read.body?.data?.report?.version;
          if (version === undefined) reads.failed++;
          else if (version < expected) reads.behind++;
        } catch {
          reads.failed++;
        }
      }
    }
  };

  log(`load: ${WORKERS} clients, each writing (setIndicator with expectedVersion) to its own ${Math.ceil(reports.length / WORKERS)} reports`,
    'and reading one back every third write, each request to a random node');
  const loadStarted = now();
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));

  await delay(BEFORE_KILL_MS);
  // What the suite relies on: some reports' grains live on node 3, so the kill takes grains with it. Read, not assumed.
  const placement = await Promise.all([node1, node3].map((node) =>
    node.get(`/status?reports=${reports.map((report) => report.key).join(',')}`, 15_000, { token: TOKEN }).then((answer) => answer.body, () => undefined)));
  const onNode3 = reports.filter((report) => placement[1]?.silo !== undefined && placement[0]?.reportGrains?.[report.key] === placement[1].silo);
  log(`before the kill, ${onNode3.length} of ${reports.length} reports' grains are active on node 3 (as node 1's /status?reports= tells)`);
  check(onNode3.length > 0, 'the kill takes report grains with it: some are active on node 3', `${onNode3.length} of ${reports.length}`);
  const beforeKill = acks.length;
  const perNodeBeforeKill = nodes.map((node) => acks.filter((ack) => ack.node === node).length);
  killedAt = node3.process.signal('SIGKILL');
  log(`SIGKILL node 3 (pid ${node3.process.pid}) after ${seconds(killedAt - loadStarted)} s of load:`,
    `${beforeKill} writes acknowledged so far (${perNodeBeforeKill.join(' / ')} through nodes 1 / 2 / 3)`);

  // The survivors' view of the membership: when each counts two silos.
  const declared = [undefined, undefined];
  const watching = (async () => {
    while (!stopping && declared.some((at) => at === undefined)) {
      await Promise.all(survivors.map(async (node, i) => {
        if (declared[i] === undefined && (await node.status())?.activeSilos === 2) declared[i] = now();
      }));
      await delay(200);
    }
  })();

  // Keep the load going until the dead silo is declared and every report took a write after the last failure.
  const recovered = () => {
    if (declared.some((at) => at === undefined)) return false;
    const lastFailure = failures.lastOnSurvivors ?? killedAt;
    return reports.every((report) => report.succeededAt > lastFailure && report.firstAfterKill !== undefined);
  };
  let recoveredAt;
  while (now() - killedAt < AFTER_KILL_MAX_MS) {
    if (recovered()) {
      recoveredAt ??= now();
      if (now() - recoveredAt >= AFTER_RECOVERY_MS) break;
    } else recoveredAt = undefined;
    await delay(100);
  }
  stopping = true;
  await Promise.all(workers);
  await watching;
  const loadEnded = now();
  const failedAfterKill = failures.onSurvivors + failures.cutByKill;
  const reportsFailed = reports.filter((report) => report.failedAt !== undefined);
  const allRetried = reportsFailed.every((report) => report.succeededAt > report.failedAt);
  const lastFirst = Math.max(...reports.map((report) => (report.firstAfterKill ?? Infinity) - killedAt));
  const lastFailure = failures.lastOnSurvivors === undefined ? 0 : failures.lastOnSurvivors - killedAt;

  log(`load ran ${seconds(loadEnded - loadStarted)} s, ${seconds(loadEnded - killedAt)} s of it after the kill`);
  log(`acknowledged writes during the load: ${acks.length} (${perNodeBeforeKill[2]} through node 3 before the kill;`,
    `${acks.filter((ack) => ack.sentAt > killedAt).length} after the kill)`);
  log(`failed attempts before the kill: ${failures.beforeKill}; after the kill: ${failedAfterKill}`,
    `(${failures.cutByKill} cut off on node 3 by the kill, ${failures.onSurvivors} on the survivors),`,
    `plus ${failures.refusedByDead} connections refused by node 3 (then left out of the rotation);`,
    `${reportsFailed.length} reports had a failed attempt, ${allRetried ? 'all' : 'not all'} retried successfully`);
  if (failures.kinds.size) log(`  failed attempts by kind: ${[...failures.kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')}`);
  log(`reads: ${reads.total} (${reads.failed} failed, ${reads.behind} behind a version already acknowledged)`);
  const declaredIn = declared.map((at) => (at === undefined ? 'never' : `${seconds(at - killedAt)} s`));
  log(`dead silo declared (activeSilos 2) after ${declaredIn[0]} on node 1, ${declaredIn[1]} on node 2`);
  log(`writes failing on the survivors until ${seconds(lastFailure)} s after the kill;`,
    `every report written again by ${Number.isFinite(lastFirst) ? `${seconds(lastFirst)} s` : 'never'}`);

  check(perNodeBeforeKill.every((n) => n > 0), 'before the kill the load reached all three nodes',
    `${perNodeBeforeKill.join(' / ')} acknowledged writes through nodes 1 / 2 / 3`);
  check(declared.every((at) => at !== undefined), 'both survivors declared the killed silo dead (activeSilos 2)',
    `after ${declaredIn.join(' and ')}`);
  check(Number.isFinite(lastFirst), 'after the kill, writes to every report succeeded again',
    `${reports.filter((r) => r.firstAfterKill !== undefined).length}/${reports.length} reports, the last ${Number.isFinite(lastFirst) ? `${seconds(lastFirst)} s` : '–'} after the kill`);
  check(allRetried, 'every report with a failed attempt took a write afterwards',
    `${failedAfterKill} failed attempts after the kill, ${reportsFailed.filter((r) => r.succeededAt > r.failedAt).length}/${reportsFailed.length} reports retried`);
  check(reads.behind === 0, 'no read showed a version older than one already acknowledged', `${reads.behind} of ${reads.total}`);

  // --- Every report answers and takes a write on the survivors -------------------------------------------------
  const reactivated = await pool(reports, WORKERS, async (report, i) => {
    const node = survivors[i % 2];
    try {
      const read = await node.graphql(READ, { p: report.province, y: YEAR });
      const version = read.body?.data?.report?.version;
      if (version === undefined) return `${report.key}: read ${errorCode(read)}`;
      const sentAt = now();
      const value = String(++seq);
      const answer = await node.graphql(SET_INDICATOR, {
        input: { province: report.province, year: YEAR, code: CODES[0], value, expectedVersion: version, reason: 'cluster e2e: after the kill', confirmImplausible: true },
      });
      const payload = answer.body?.data?.setIndicator;
      if (!payload?.applied || payload.version !== version + 1) return `${report.key}: write ${errorCode(answer)}`;
      acks.push({ report, code: CODES[0], value, version: payload.version, node, sentAt, at: now() });
      return undefined;
    } catch (error) {
      return `${report.key}: ${describe(error)}`;
    }
  });
  const notBack = reactivated.filter(Boolean);
  log(`reactivated reports: ${reports.length - notBack.length}/${reports.length} (each read and written once more on a survivor)`);
  check(notBack.length === 0, 'every report reads and accepts a write on the survivors',
    notBack.length ? notBack.slice(0, 5).join('; ') : `${reports.length}/${reports.length}`);

  // --- Events on the survivors ---------------------------------------------------------------------------------
  const expected = acks.map((ack) => `${ack.report.key}:${ack.version}`);
  const missing = (i) => expected.filter((id) => !received[i].has(id));
  await eventually(() => survivors.map((_, i) => missing(i).length), (counts) => counts.every((n) => n === 0), 15_000, 'the events')
    .catch(() => {});
  for (const [i, node] of survivors.entries()) {
    const lost = missing(i);
    const extra = received[i].size - (expected.length - lost.length);
    const afterKill = acks.filter((ack) => ack.sentAt > killedAt);
    const afterKillReceived = afterKill.filter((ack) => received[i].has(`${ack.report.key}:${ack.version}`)).length;
    log(`events on ${label(node)}: ${expected.length - lost.length}/${expected.length} expected`,
      `(of writes acknowledged after the kill ${afterKillReceived}/${afterKill.length};`,
      `+${extra} of writes whose answer was lost, ${duplicates[i]} duplicates)`);
    const missed = acks.filter((ack) => !received[i].has(`${ack.report.key}:${ack.version}`)).map((ack) => (ack.at - killedAt) / 1000);
    const when = missed.length ? `, acknowledged ${Math.min(...missed).toFixed(1)}…${Math.max(...missed).toFixed(1)} s after the kill` : '';
    check(lost.length === 0 && subscribers[i].socket.readyState === 1, `the subscriber on ${label(node)} received an event for every acknowledged write`,
      lost.length ? `missing ${lost.length}${when}, e.g. ${lost.slice(0, 5).join(', ')}` : `${expected.length}/${expected.length}, its socket still open`);
  }
  log(`events on node 3 before it died: ${received[2].size}; its socket closed ${(await subscribers[2].closed).code}`);

  // --- Every acknowledged write is still there -----------------------------------------------------------------
  const histories = await pool(reports, WORKERS, async (report, i) => {
    const node = survivors[i % 2];
    const revisions = new Map();
    let after = null;
    let current;
    for (let page = 0; page < 100; page++) {
      const answer = await node.graphql(HISTORY, { p: report.province, y: YEAR, after });
      const data = answer.body?.data?.report;
      if (!data) throw new Error(`history of ${report.key} from ${label(node)}: ${JSON.stringify(answer.body)}`);
      current ??= data;
      for (const revision of data.history.nodes) revisions.set(revision.version, revision);
      if (!data.history.pageInfo.hasNextPage) break;
      after = data.history.pageInfo.endCursor;
    }
    return { report, current, revisions };
  });
  const byReport = new Map(histories.map((history) => [history.report, history]));
  const lost = acks.filter((ack) => {
    const revision = byReport.get(ack.report).revisions.get(ack.version);
    return !revision?.changes.some((change) => change.key === ack.code && change.newIndicator?.value === ack.value);
  });
  const acknowledged = new Set(acks.map((ack) => `${ack.report.key}:${ack.version}`));
  let unanswered = 0;
  const inconsistent = [];
  for (const { report, current, revisions } of histories) {
    for (const [version, revision] of revisions) {
      if (revision.operation === 'setIndicator' && !acknowledged.has(`${report.key}:${version}`)) unanswered++;
    }
    const versions = [...revisions.keys()].sort((a, b) => a - b);
    if (current.history.totalCount !== current.version || versions.length !== current.version
      || versions.some((version, i) => version !== i + 1)) {
      inconsistent.push(`${report.key}: version ${current.version}, ${versions.length} revisions`);
      continue;
    }
    for (const code of CODES) {
      const last = versions.toReversed().map((v) => revisions.get(v).changes.find((c) => c.key === code)).find(Boolean);
      const figure = current.indicators.find((indicator) => indicator.code === code);
      if ((last?.newIndicator?.value ?? undefined) !== (figure?.value ?? undefined)) {
        inconsistent.push(`${report.key} ${code}: ${figure?.value} now, ${last?.newIndicator?.value} in the history`);
      }
    }
  }
  log(`acknowledged writes checked against each report's history: ${acks.length}; lost: ${lost.length};`,
    `applied though their answer was lost: ${unanswered}`);
  check(lost.length === 0, 'every acknowledged write is in its report\'s history with its value',
    lost.length ? `lost ${lost.length}, e.g. ${lost.slice(0, 5).map((a) => `${a.report.key} v${a.version} ${a.code}=${a.value}`).join(', ')}` : `${acks.length}/${acks.length}`);
  check(inconsistent.length === 0, 'each report\'s versions run 1…n without a gap and its figures are those of its latest revisions',
    inconsistent.length ? inconsistent.slice(0, 5).join('; ') : `${reports.length} reports`);

  // --- The survivors count two silos ---------------------------------------------------------------------------
  const statuses = await Promise.all(survivors.map((node) => node.status()));
  check(statuses.every((status) => status?.activeSilos === 2), '/status activeSilos is 2 on both survivors at the end',
    statuses.map((status, i) => `node ${i + 1}: ${status?.activeSilos}`).join(', '));

  for (const subscriber of subscribers) subscriber.close();
});
