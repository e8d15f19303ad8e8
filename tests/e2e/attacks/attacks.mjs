// The attacker's probes of issue 17: requests a server accepts as valid that once poisoned the data, amplified work or
// held memory. Usage: node attacks.mjs <GraphQL URL> <server PID> <summary.json>, with
//   ATTACK_EDITOR_TOKEN   an editor's token for Nam Định (the poisoning probe on the main server)
//   ATTACK_ADMIN_TOKEN    an admin's, sent on every /status read (its details are for admins)
//   ATTACK_PARTNER_TOKEN  a partner's, for the WebSocket and event streams (subscriptions may be partners-only)
//   ATTACK_FUZZ_TOKEN     an editor's of Nam Định and Hà Nam, for the poisoning fuzz on the synthetic server
//   ATTACK_SYNTHETIC_URL, ATTACK_SYNTHETIC_PID  a second server holding the synthetic set (~315 reports), where the
//                         non-reading clients, changes(first: 1) and the poisoning fuzz run; without one, a failure
//   ATTACK_SEED           the fuzz's seed (printed; default: from the clock)
// Prints each probe's bytes, server CPU and RSS; writes { suite, passed, failed }.
import { writeFileSync } from 'node:fs';
import { check, server, tally } from './common.mjs';
import { nonReadingClients } from './slow-readers.mjs';
import { poisoningFuzz } from './poisoning-fuzz.mjs';

const [url, pidText, summaryPath] = process.argv.slice(2);
const main = server(url, Number(pidText));
const token = process.env.ATTACK_EDITOR_TOKEN;

console.log(`attacks against ${url} (server PID ${main.pid})`);

const version = async () => (await main.data('{ report(province: "nam-dinh", year: 2021) { version } }')).report.version;

// 1. Poisoning: figures no number derived from them could hold, and numbers the server would have to round.
const before = await version();
const setFigure = 'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { version } }';
const poisons = [
  ['a value whose base value overflows', { value: '79228162514264337593543950335', multiplier: '1000000000' }, 'BAD_USER_INPUT'],
  ['a tiny plan beside a share of plan', { planValue: '0.0000000000000000000000000001' }, 'BAD_USER_INPUT'],
  ['a number below the smallest a decimal holds', { value: '1e-400' }, 'INVALID_VALUE'],
];
for (const [what, fields, code] of poisons) {
  const answer = await main.post({ query: setFigure, variables: { input: { province: 'nam-dinh', year: 2021, code: 'postal.revenue', reason: 'attack', ...fields } } }, token);
  check(`poisoning refused: ${what}`, answer.codes.includes(code) && !answer.codes.includes('INTERNAL_SERVER_ERROR'), answer.codes.join(','));
}
check('the report did not change', (await version()) === before);
const reads = [
  '{ sectorSummary(sector: POSTAL_TELECOM, year: 2021) { indicators { code sum mean ranks { rank value } } } }',
  '{ reports(year: 2021) { key indicators { code baseValue } findings { kind } } }',
  '{ indicatorSeries(province: "nam-dinh", code: "postal.revenue") { points { year figure { figure { baseValue } } computedChange { percent } } } }',
];
for (const query of reads) {
  const answer = await main.post({ query });
  check(`read without INTERNAL_SERVER_ERROR: ${query.slice(2, 40)}…`, !answer.codes.includes('INTERNAL_SERVER_ERROR'), `${answer.status} ${answer.codes.join(',')}`);
}

// 2. Amplification: the whole list with every figure, aliases of it, a batch of those; on the main server (a few
// reports) and on the synthetic one (315), where a year of reports with every figure is ~1.5 MB.
const fields = 'key version indicators { code value multiplier baseValue unit { code } valueAsWritten status qualifier period { year fromMonth toMonth } comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf } source { section sentence } planValue }';
const whole = `{ reports { ${fields} } }`;
const aliased = `{ a: reports { ${fields} } b: reports { ${fields} } c: reports { ${fields} } }`;
const years = `{ a: reports(year: 2021) { ${fields} } b: reports(year: 2022) { ${fields} } }`;
const maxBytes = 8 * 1024 * 1024;
async function amplification(target, label, probes) {
  for (const [what, body] of probes) {
    const [cpu, rss, started] = [target.cpuSeconds(), target.rssMiB(), performance.now()];
    const answer = await target.post(body);
    const spent = target.cpuSeconds() - cpu;
    const detail = `${answer.status}, ${answer.text.length} bytes, ${spent.toFixed(2)} s server CPU, ${Math.round(performance.now() - started)} ms, RSS ${rss} → ${target.rssMiB()} MiB, ${answer.codes.join(',') || 'no error'}`;
    check(`amplification bounded (${label}): ${what}`, answer.status < 500 && answer.text.length <= maxBytes && !answer.codes.includes('INTERNAL_SERVER_ERROR'), detail);
  }
}
await amplification(main, 'main server', [
  ['every report with every figure', { query: whole }],
  ['three aliases of it', { query: aliased }],
  ['a batch of three of those', [{ query: aliased }, { query: aliased }, { query: aliased }]],
]);

// 3. The synthetic server: 300+ reports.
const syntheticUrl = process.env.ATTACK_SYNTHETIC_URL;
if (!syntheticUrl) {
  check('the synthetic server (300+ reports) is there for the probes that need it', false, 'ATTACK_SYNTHETIC_URL not set');
} else {
  const synthetic = server(syntheticUrl, Number(process.env.ATTACK_SYNTHETIC_PID));
  console.log(`the synthetic server: ${syntheticUrl} (PID ${synthetic.pid})`);

  await amplification(synthetic, '315 reports', [
    ['every report with every figure', { query: whole }],
    ['three aliases of it', { query: aliased }],
    ['two years of reports with every figure', { query: years }],
    ['a batch of three of those', [{ query: years }, { query: years }, { query: years }]],
  ]);

  // changes(first: 1) reads what it answers, not every report's history.
  const reportCount = (await synthetic.data('{ reports(first: 400) { key } }')).reports.length;
  check('the synthetic server holds 300 reports or more', reportCount >= 300, `${reportCount} reports`);
  const requestsBefore = (await synthetic.status()).storageRequests;
  const changes = await synthetic.post({ query: '{ changes(first: 1) { cursor } }' });
  const requests = (await synthetic.status()).storageRequests - requestsBefore;
  check('changes(first: 1) makes a handful of storage requests', changes.codes.length === 0 && Number.isInteger(requests) && requests <= 5,
    `${requests} storage requests over ${reportCount} reports`);

  await nonReadingClients(synthetic, { bigQuery: years, yearQuery: `{ reports(year: 2021) { ${fields} } }` });
  await poisoningFuzz(synthetic);
}

console.log(`attacks: ${tally.passed} passed, ${tally.failed} failed`);
writeFileSync(summaryPath, JSON.stringify({ suite: 'attacks', passed: tally.passed, failed: tally.failed }));
process.exit(tally.failed === 0 ? 0 : 1);
