// Storage down and back: a server on an Azurite of this suite's own; a report read (so loaded); Azurite stopped.
// Then a mutation is refused with STORAGE_UNAVAILABLE within a bounded time, readiness says Degraded with the
// storage check not Healthy (HTTP 200), liveness says 200, and reads of the loaded report go on with the same version
// and figures. Azurite started again on the same port and folder: readiness is Healthy again, a mutation succeeds
// and makes exactly the next version (the refused one changed nothing), and that write survives a server kill.
//
// node tests/e2e/cluster/storage-outage.mjs [summary.json]   (settings: see support.mjs; OUTAGE_* below)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  RUN, server, whenReady, azurite, eventually, errorCode, describe, runSuite, now, seconds,
} from './support.mjs';

const AZURITE_PORT = Number(process.env.OUTAGE_AZURITE_PORT ?? 10112);
const HTTP_PORT = Number(process.env.OUTAGE_HTTP_PORT ?? 5204);
const SILO_PORT = Number(process.env.OUTAGE_SILO_PORT ?? 11304);
const GATEWAY_PORT = Number(process.env.OUTAGE_GATEWAY_PORT ?? 30304);
/** How long a mutation may take to be refused while storage is down. */
const REFUSED_WITHIN_MS = Number(process.env.OUTAGE_REFUSED_WITHIN_MS ?? 15_000);
/** How long readiness may take to report the outage, and to be Healthy again after storage is back. */
const READINESS_WITHIN_MS = Number(process.env.OUTAGE_READINESS_WITHIN_MS ?? 30_000);

const PROVINCE = 'nam-dinh';
const YEAR = 2021;
const CODE = 'internet.subscribers.new';
const READ = `
  query($p: String!, $y: Int!) {
    report(province: $p, year: $y) { version indicators { code value multiplier unit { code } status } } }`;
const SET_INDICATOR = `
  mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { applied version indicator { code value } } }`;

await runSuite('storage outage end-to-end', process.argv[2], async (suite) => {
  const { log, check } = suite;
  const folder = mkdtempSync(join(tmpdir(), 'namdinh-outage-azurite-'));
  let storage;
  try {
    storage = await azurite({ port: AZURITE_PORT, folder, log: 'outage-azurite.log' });
    log(`Azurite of its own on 127.0.0.1:${AZURITE_PORT} (pid ${storage.pid}), data in ${folder}`);
    const node = server({
      name: 'outage-server', http: HTTP_PORT, silo: SILO_PORT, gateway: GATEWAY_PORT,
      env: {
        Storage__Provider: 'AzureTable',
        Storage__ConnectionString: storage.connectionString,
        Storage__TableName: `Outage${RUN}`,
        // Membership in memory (Localhost membership): the outage is of grain storage only.
        Orleans__Membership: 'Localhost',
      },
    });
    await node.start();
    const startedIn = await whenReady(node);
    log(`server on ${node.url} (pid ${node.process.pid}) ready in ${startedIn.toFixed(1)} s`);

    const read = async () => {
      const answer = await node.graphql(READ, { p: PROVINCE, y: YEAR }, { timeoutMs: 10_000 });
      return answer.body?.data?.report ?? { errors: answer.body?.errors, status: answer.status };
    };
    const before = await read();
    if (typeof before.version !== 'number') throw new Error(`Reading ${PROVINCE} ${YEAR}: ${JSON.stringify(before)}`);
    const oldFigure = before.indicators.find((indicator) => indicator.code === CODE);
    const value = String(Number(oldFigure?.value ?? 0) + 1111);
    log(`read ${PROVINCE} ${YEAR}: version ${before.version}, ${before.indicators.length} figures, ${CODE} = ${oldFigure?.value}`);

    // --- Storage down ------------------------------------------------------------------------------------------
    const stoppedAt = await storage.stop();
    log(`Azurite stopped (its port is closed) ${seconds(now() - stoppedAt)} s after SIGINT`);

    const mutate = () => node.graphql(SET_INDICATOR, {
      input: { province: PROVINCE, year: YEAR, code: CODE, value, expectedVersion: before.version, reason: 'storage outage e2e' },
    }, { timeoutMs: 60_000 });
    let refused;
    try {
      refused = await mutate();
    } catch (error) {
      refused = { status: describe(error), body: undefined, ms: NaN };
    }
    log(`setIndicator while storage is down: HTTP ${refused.status}, ${errorCode(refused)} after ${(refused.ms / 1000).toFixed(2)} s`);
    check(refused.status === 200 && errorCode(refused) === 'STORAGE_UNAVAILABLE' && refused.body?.data?.setIndicator === null,
      'a mutation while storage is down answers errors[0].extensions.code STORAGE_UNAVAILABLE, data.setIndicator null',
      JSON.stringify(refused.body ?? refused.status).slice(0, 300));
    check(refused.ms <= REFUSED_WITHIN_MS, `…and is refused within ${seconds(REFUSED_WITHIN_MS)} s`, `${(refused.ms / 1000).toFixed(2)} s`);

    const degraded = await eventually(
      () => node.ready(),
      // The storage check's own status is Degraded (the contract) or Unhealthy: anything but Healthy.
      (ready) => ready?.status === 200 && ready.body?.status === 'Degraded'
        && ['Degraded', 'Unhealthy'].includes(ready.body?.checks?.storage?.status),
      READINESS_WITHIN_MS, 'readiness to say Degraded',
    ).then((ready) => ({ ready, after: now() - stoppedAt }), async (error) => ({ ready: await node.ready(), error }));
    log(`/health/ready with storage down: HTTP ${degraded.ready?.status} ${JSON.stringify(degraded.ready?.body)}`,
      degraded.after !== undefined ? `(${seconds(degraded.after)} s after Azurite stopped)` : '');
    check(!degraded.error && degraded.ready.body.checks?.silo?.status === 'Healthy',
      '/health/ready: HTTP 200, status Degraded, checks.storage not Healthy, checks.silo Healthy',
      degraded.error ? degraded.error.message.slice(0, 300) : `after ${seconds(degraded.after)} s`);

    const probe = await node.probe();
    log(`/health/ready to a probe (no token) with storage down: HTTP ${probe?.status} ${JSON.stringify(probe?.body)}`);
    check(probe?.status === 200 && isDeepStrictEqual(probe.body, { status: 'Degraded' }),
      '/health/ready to a probe with no token: HTTP 200 and only {"status":"Degraded"}, no checks',
      `HTTP ${probe?.status} ${JSON.stringify(probe?.body)}`);

    const live = await node.get('/health/live').catch((error) => ({ status: describe(error) }));
    check(live.status === 200, '/health/live answers 200 with storage down', `HTTP ${live.status} ${JSON.stringify(live.body)}`);

    const reads = [];
    for (let i = 0; i < 5; i++) reads.push(await read().catch((error) => ({ error: describe(error) })));
    const same = reads.filter((report) => isDeepStrictEqual(report, before)).length;
    log(`reads of the loaded report with storage down: ${same}/${reads.length} the same as before (version ${before.version})`);
    check(same === reads.length, 'reads of the loaded report go on with the same version and figures',
      same === reads.length ? `${same}/${reads.length}` : JSON.stringify(reads.find((r) => !isDeepStrictEqual(r, before))).slice(0, 300));

    // --- Storage back ------------------------------------------------------------------------------------------
    storage = await azurite({ port: AZURITE_PORT, folder, log: 'outage-azurite.log' });
    const backAt = now();
    log(`Azurite started again on the same port and folder (pid ${storage.pid})`);
    const healthy = await eventually(
      () => node.ready(),
      (ready) => ready?.status === 200 && ready.body?.status === 'Healthy',
      READINESS_WITHIN_MS, 'readiness to say Healthy again',
    ).then(() => now() - backAt, () => undefined);
    log(`/health/ready Healthy again ${healthy === undefined ? 'never' : `after ${seconds(healthy)} s`}`);
    check(healthy !== undefined, `readiness is Healthy again within ${seconds(READINESS_WITHIN_MS)} s of storage coming back`,
      healthy === undefined ? JSON.stringify((await node.ready())?.body) : `${seconds(healthy)} s`);

    const accepted = await mutate().catch((error) => ({ status: describe(error) }));
    const payload = accepted.body?.data?.setIndicator;
    log(`setIndicator with expectedVersion ${before.version} after storage came back:`,
      payload ? `applied ${payload.applied}, version ${payload.version}` : JSON.stringify(accepted.body ?? accepted.status));
    check(payload?.applied === true && payload.version === before.version + 1,
      'a mutation succeeds without a restart and makes exactly the next version (the refused one changed nothing)',
      `version ${before.version} → ${payload?.version}`);

    // --- The acknowledged write survives a crash ---------------------------------------------------------------
    node.process.signal('SIGKILL');
    await node.process.exited;
    await node.start();
    const restartedIn = await whenReady(node);
    const after = await read();
    const figure = after.indicators?.find((indicator) => indicator.code === CODE);
    log(`server killed (SIGKILL) and started again (ready in ${restartedIn.toFixed(1)} s): version ${after.version}, ${CODE} = ${figure?.value}`);
    check(after.version === before.version + 1 && figure?.value === value,
      'after the server is killed and started again, the acknowledged write is there',
      `version ${after.version}, ${CODE} = ${figure?.value} (expected ${before.version + 1}, ${value})`);
  } finally {
    if (storage?.running()) {
      storage.signal('SIGKILL');
      await storage.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  }
});
