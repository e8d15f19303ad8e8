// The attacker's probes of issue 17, against the running server: requests it accepts as valid that once poisoned the
// data or amplified work. Usage: node attacks.mjs <GraphQL URL> <server PID> <summary.json>, with ATTACK_EDITOR_TOKEN
// an editor's token for Nam Định. Prints each probe's bytes, server CPU and RSS; writes { suite, passed, failed }.
import { readFileSync, writeFileSync } from 'node:fs';

const [url, pidText, summaryPath] = process.argv.slice(2);
const pid = Number(pidText);
const token = process.env.ATTACK_EDITOR_TOKEN;
const status = new URL('/status', url).href;
let passed = 0;
let failed = 0;

function check(what, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
}

const cpuSeconds = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rssMiB = () => Math.round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);

async function post(body, withToken = false) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(withToken ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, text, codes: [...new Set([...text.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]))] };
}

const version = async () => JSON.parse((await post({ query: '{ report(province: "nam-dinh", year: 2021) { version } }' })).text).data.report.version;

console.log(`attacks against ${url} (server PID ${pid})`);

// 1. Poisoning: figures no number derived from them could hold, and numbers the server would have to round.
const before = await version();
const setFigure = 'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { version } }';
const poisons = [
  ['a value whose base value overflows', { value: '79228162514264337593543950335', multiplier: '1000000000' }, 'BAD_USER_INPUT'],
  ['a tiny plan beside a share of plan', { planValue: '0.0000000000000000000000000001' }, 'BAD_USER_INPUT'],
  ['a number below the smallest a decimal holds', { value: '1e-400' }, 'INVALID_VALUE'],
];
for (const [what, fields, code] of poisons) {
  const answer = await post({ query: setFigure, variables: { input: { province: 'nam-dinh', year: 2021, code: 'postal.revenue', reason: 'attack', ...fields } } }, true);
  check(`poisoning refused: ${what}`, answer.codes.includes(code) && !answer.codes.includes('INTERNAL_SERVER_ERROR'), answer.codes.join(','));
}
check('the report did not change', (await version()) === before);
const reads = [
  '{ sectorSummary(sector: POSTAL_TELECOM, year: 2021) { indicators { code sum mean ranks { rank value } } } }',
  '{ reports(year: 2021) { key indicators { code baseValue } findings { kind } } }',
  '{ indicatorSeries(province: "nam-dinh", code: "postal.revenue") { points { year figure { figure { baseValue } } computedChange { percent } } } }',
];
for (const query of reads) {
  const answer = await post({ query });
  check(`read without INTERNAL_SERVER_ERROR: ${query.slice(2, 40)}…`, !answer.codes.includes('INTERNAL_SERVER_ERROR'), `${answer.status} ${answer.codes.join(',')}`);
}

// 2. Amplification: the whole list with every figure, three aliases of it, a batch of three of those.
const fields = 'key version indicators { code value multiplier baseValue unit { code } valueAsWritten status qualifier period { year fromMonth toMonth } comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf } source { section sentence } planValue }';
const whole = `{ reports { ${fields} } }`;
const aliased = `{ a: reports { ${fields} } b: reports { ${fields} } c: reports { ${fields} } }`;
const probes = [
  ['every report with every figure', { query: whole }],
  ['three aliases of it', { query: aliased }],
  ['a batch of three of those', [{ query: aliased }, { query: aliased }, { query: aliased }]],
];
const maxBytes = 8 * 1024 * 1024;
for (const [what, body] of probes) {
  const [cpu, rss, started] = [cpuSeconds(), rssMiB(), performance.now()];
  const answer = await post(body);
  const spent = cpuSeconds() - cpu;
  const detail = `${answer.text.length} bytes, ${spent.toFixed(2)} s server CPU, ${Math.round(performance.now() - started)} ms, RSS ${rss} → ${rssMiB()} MiB, ${answer.codes.join(',') || 'no error'}`;
  check(`amplification bounded: ${what}`, answer.text.length <= maxBytes && !answer.codes.includes('INTERNAL_SERVER_ERROR'), detail);
}

// 3. changes(first: 1) reads what it answers, not every report's history.
const reportCount = JSON.parse((await post({ query: '{ reports { key } }' })).text).data?.reports?.length ?? 0;
const requestsBefore = (await (await fetch(status)).json()).storageRequests;
const changes = await post({ query: '{ changes(first: 1) { cursor } }' });
const requests = (await (await fetch(status)).json()).storageRequests - requestsBefore;
check('changes(first: 1) makes a handful of storage requests', changes.codes.length === 0 && requests <= 5, `${requests} storage requests over ${reportCount} reports`);

console.log(`attacks: ${passed} passed, ${failed} failed`);
writeFileSync(summaryPath, JSON.stringify({ suite: 'attacks', passed, failed }));
process.exit(failed === 0 ? 0 : 1);
