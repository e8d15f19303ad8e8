// The poisoning fuzz (issue 17, point 8): thousands of valid-but-extreme changes by an editor — 28–29 digit values,
// fractions of 28 decimals, huge and odd multipliers, negative numbers, zero, tiny and huge plans, comparisons with
// extreme amounts and percents, every one with confirmImplausible so the plausibility check lets them through — sent as
// setIndicator and changeReport (many changes each, batched), from a seeded PRNG. Accepted or refused, no answer may be
// 5xx or INTERNAL_SERVER_ERROR, and every error has a code. Then every read path over every report: each report with
// every field, the lists of each year, the indicators pages, every sector's summary, every code's series, compare,
// the ranking tables, changes, node — none may answer INTERNAL_SERVER_ERROR.
//
// It runs on the synthetic server (its own table), on Nam Định 2021 and 2022 and Hà Nam 2021, so the main server's
// data, which the later suites read, is never touched: nothing has to be put back. ATTACK_FUZZ_TOKEN is an editor's of
// Nam Định and Hà Nam; ATTACK_SEED seeds it; ATTACK_FUZZ_CHANGES (3000) is how many changes it sends.
import { check, codesOf } from './common.mjs';

const seed = Number(process.env.ATTACK_SEED ?? (Date.now() % 2 ** 31));
const changesWanted = Number(process.env.ATTACK_FUZZ_CHANGES ?? 3000);
const targets = [['nam-dinh', 2021], ['nam-dinh', 2022], ['ha-nam', 2021]];
const years = [2019, 2020, 2021, 2022, 2023];
const sectors = ['GENERAL', 'POSTAL_TELECOM', 'INFORMATION_TECHNOLOGY', 'INFORMATION_PRESS', 'INSPECTION'];

function prng(state) {
  // mulberry32
  return () => {
    state |= 0; state = (state + 0x6D2B79F5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(random) {
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (items) => items[int(0, items.length - 1)];
  const chance = (p) => random() < p;
  const digits = (count) => String(int(1, 9)) + Array.from({ length: count - 1 }, () => int(0, 9)).join('');
  const sign = (text) => (chance(0.2) ? `-${text}` : text);
  // Mostly numbers the Decimal scalar takes (so that many changes are stored and the reads meet them), some it must
  // refuse (more than 28 decimals, beyond 7.9 × 10^28, below 10^-28).
  const extreme = () => (chance(0.85) ? pick([
    () => sign(digits(28)),
    () => sign('79228162514264337593543950335'),
    () => sign(`0.${'0'.repeat(27)}1`),
    () => sign(`0.${Array.from({ length: 28 }, () => int(0, 9)).join('')}`),
    () => sign(`${digits(14)}.${digits(14)}`),
    () => pick(['0', '0.0', '-0', '0.0000000000000000000000000000']),
    () => pick(['1e28', '7.9e28', '1e-28', '1E+10']),
    () => sign(String(int(0, 1_000_000))),
    () => sign(`${int(0, 10_000)}.${int(0, 99)}`),
    () => String(int(1, 100)),
  ]) : pick([
    () => sign(digits(29)),
    () => '79228162514264337593543950336',
    () => `0.${'0'.repeat(28)}1`,
    () => pick(['1e29', '1e-29', '1e-400', '-1e-400', '1e400']),
  ]))();
  const multiplier = () => pick(['1', '1000', '1000000', '1000000000', '1', '1000000000', extreme(), '-1', '0', '10', '1e9', '0.001']);
  const comparisons = () => {
    if (chance(0.1)) return null;
    const result = {};
    if (chance(0.5)) result.change = { amount: extreme(), unit: pick(['PERCENT', 'ABSOLUTE']), comparedToYear: pick([2020, 2021, 2019, 1900, 9999, 0, -2147483648, 2147483647]) };
    if (chance(0.4)) result.shareOfPlan = { percent: extreme(), planYear: pick([2021, 2022, 0]) };
    if (chance(0.3)) result.ratePercent = extreme();
    if (chance(0.3)) result.outOf = chance(0.5) ? extreme() : null;
    if (chance(0.3)) result.target = { value: extreme(), unit: pick(['percent', 'percent', 'VND', 'x']), qualifier: pick(['EXACT', 'MORE_THAN', 'ABOUT', 'NEARLY']), met: chance(0.5), metEarly: chance(0.2), ...(chance(0.3) ? { metInYear: pick([2021, 1, 99999]) } : {}) };
    return result;
  };
  /** One figure's change: a few of its facts, each extreme. */
  const figure = (code, replace) => {
    const change = { code };
    if (replace || chance(0.7)) change.value = extreme();
    if (chance(0.5)) change.multiplier = multiplier();
    if (chance(0.4)) change.planValue = chance(0.15) ? null : extreme();
    if (chance(0.4)) change.comparisons = comparisons();
    if (chance(0.15)) change.status = pick(['ESTIMATE', 'FINAL', 'REVISED']);
    if (chance(0.15)) change.qualifier = pick(['EXACT', 'MORE_THAN', 'ABOUT', 'NEARLY']);
    if (chance(0.1)) change.period = chance(0.3) ? null : { year: pick([2021, 2022, 2020]), fromMonth: int(1, 12), toMonth: int(1, 12) };
    if (chance(0.1)) change.valueAsWritten = pick(['', '79.228.162.514.264.337.593.543.950.335', '0,0000000000000000000000000001', '-1']);
    return change;
  };
  return { int, pick, chance, figure };
}

const setIndicator = 'mutation($input: SetIndicatorInput!) { setIndicator(input: $input) { version indicator { code value baseValue } } }';
const changeReport = 'mutation($input: ChangeReportInput!) { changeReport(input: $input) { version applied findingsRaised { kind } } }';

/** Where an answer breaks the rules: 5xx, INTERNAL_SERVER_ERROR, or an error without a code. */
function broken(answer) {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (answer.codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  let parsed;
  try { parsed = JSON.parse(answer.text); } catch { return `not JSON: ${answer.text.slice(0, 100)}`; }
  for (const one of Array.isArray(parsed) ? parsed : [parsed])
    if ((one.errors ?? []).some((error) => !error.extensions?.code)) return `an error without a code: ${JSON.stringify(one.errors).slice(0, 200)}`;
  return null;
}

export async function poisoningFuzz(target) {
  const token = process.env.ATTACK_FUZZ_TOKEN;
  const random = prng(seed);
  const { int, pick, chance, figure } = generator(random);
  console.log(`the poisoning fuzz: seed ${seed} (ATTACK_SEED=${seed} repeats it), ${changesWanted} changes on ${targets.map(([p, y]) => `${p} ${y}`).join(', ')}`);

  const catalog = (await target.data('{ indicatorDefinitions { code sector } }')).indicatorDefinitions.map((definition) => definition.code);
  const codes = {};
  for (const [province, year] of targets)
    codes[`${province}-${year}`] = (await target.data(`{ report(province: "${province}", year: ${year}) { indicators { code } } }`)).report.indicators.map((one) => one.code);
  const versionsBefore = {};
  for (const [province, year] of targets)
    versionsBefore[`${province}-${year}`] = (await target.data(`{ report(province: "${province}", year: ${year}) { version } }`)).report.version;

  // The writes: HTTP batches of 20 operations; a quarter single setIndicator, the rest changeReport of 1–4 changes.
  let sent = 0;
  let requests = 0;
  const outcomes = { accepted: 0, refused: 0, changesAccepted: 0 };
  const codeCounts = {};
  const failures = [];
  const started = performance.now();
  const cpu = target.cpuSeconds();
  while (sent < changesWanted) {
    const batch = [];
    const sizes = [];
    for (let index = 0; index < 20 && sent < changesWanted; index++) {
      const [province, year] = pick(targets);
      const held = codes[`${province}-${year}`];
      const code = () => (chance(0.85) ? pick(held) : pick(catalog));
      const base = { province, year, reason: 'attacks: poisoning fuzz', confirmImplausible: true };
      if (chance(0.25)) {
        batch.push({ query: setIndicator, variables: { input: { ...base, ...figure(code(), false) } } });
        sizes.push(1);
        sent += 1;
      } else {
        const count = int(1, 4);
        const changes = Array.from({ length: count }, () => {
          const roll = random();
          if (roll < 0.85) return { setIndicator: figure(code(), false) };
          if (roll < 0.97) return { replaceIndicator: figure(code(), true) };
          return { removeIndicator: { code: code() } };
        });
        batch.push({ query: changeReport, variables: { input: { ...base, changes } } });
        sizes.push(count);
        sent += count;
      }
    }
    requests++;
    const answer = await target.post(batch, token);
    const problem = broken(answer);
    if (problem && failures.length < 5) failures.push(`${problem} for ${JSON.stringify(batch).slice(0, 600)}`);
    if (problem) codeCounts[problem] = (codeCounts[problem] ?? 0) + 1;
    let parsed = [];
    try { parsed = JSON.parse(answer.text); } catch { /* counted above */ }
    (Array.isArray(parsed) ? parsed : []).forEach((one, index) => {
      const result = one.data && Object.values(one.data)[0];
      if (result?.version) { outcomes.accepted++; outcomes.changesAccepted += sizes[index]; } else outcomes.refused++;
      for (const code of codesOf(JSON.stringify(one.errors ?? []))) codeCounts[code] = (codeCounts[code] ?? 0) + 1;
    });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${sent} changes in ${requests} requests, ${seconds.toFixed(1)} s, ${(target.cpuSeconds() - cpu).toFixed(1)} s server CPU: ` +
    `${outcomes.accepted} operations accepted (${outcomes.changesAccepted} changes), ${outcomes.refused} refused; codes ${JSON.stringify(codeCounts)}`);
  for (const failure of failures) console.log(`    ${failure}`);
  check(`poisoning fuzz: ${sent} extreme changes, no 5xx, no INTERNAL_SERVER_ERROR, every error coded`, failures.length === 0 && sent >= 2000,
    failures.length ? `${Object.entries(codeCounts).filter(([code]) => !/^[A-Z_]+$/.test(code) || code === 'INTERNAL_SERVER_ERROR').map(([code, count]) => `${count} × ${code}`).join(', ')}` : `seed ${seed}`);
  const versionsAfter = {};
  for (const [province, year] of targets)
    versionsAfter[`${province}-${year}`] = (await target.data(`{ report(province: "${province}", year: ${year}) { version } }`)).report.version;
  check('poisoning fuzz: some extreme changes were stored (so the reads meet them)', outcomes.accepted > 0,
    `versions ${JSON.stringify(versionsBefore)} → ${JSON.stringify(versionsAfter)}`);

  await everyReadPath(target);
}

// The reads: selections of every field a type has (fields without required arguments, each type once on a path,
// to a depth), built from introspection so that a field added later is read too.
async function selections(target) {
  const { __schema } = await target.data('{ __schema { types { name kind fields { name args { name type { kind } defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }');
  const types = new Map(__schema.types.map((type) => [type.name, type]));
  const named = (type) => (type.ofType ? named(type.ofType) : type);
  function select(typeName, depth, path) {
    const type = types.get(typeName);
    const parts = [];
    for (const field of type.fields ?? []) {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null)) continue;
      const inner = named(field.type);
      const innerType = types.get(inner.name);
      if (innerType.kind === 'SCALAR' || innerType.kind === 'ENUM') { parts.push(field.name); continue; }
      if (depth <= 0 || path.includes(inner.name)) continue;
      if (innerType.kind === 'UNION') { parts.push(`${field.name} { __typename }`); continue; }
      const inside = select(inner.name, depth - 1, [...path, inner.name]);
      if (inside) parts.push(`${field.name} { ${inside} }`);
    }
    return parts.join(' ');
  }
  return (typeName, depth) => select(typeName, depth, [typeName]);
}

export async function everyReadPath(target) {
  const select = await selections(target);
  const reports = (await target.data('{ reports(first: 400) { key province { slug } year } }')).reports;
  const namDinhCodes = (await target.data('{ reports(province: "nam-dinh") { indicators { code } } }')).reports.flatMap((report) => report.indicators.map((one) => one.code));
  const haNamCodes = (await target.data('{ report(province: "ha-nam", year: 2021) { indicators { code } } }')).report.indicators.map((one) => one.code);
  const seriesCodes = [...new Set(namDinhCodes)];
  const results = {};
  const examples = [];
  async function read(path, body) {
    const answer = await target.post(body, undefined, { timeout: 60_000 });
    let problem = broken(answer);
    const entry = (results[path] ??= { requests: 0, bytes: 0, broken: 0, codes: new Set() });
    entry.requests++;
    entry.bytes += answer.text.length;
    try {
      const parsed = JSON.parse(answer.text);
      for (const one of Array.isArray(parsed) ? parsed : [parsed]) for (const error of one.errors ?? []) entry.codes.add(error.extensions?.code);
    } catch { /* counted as broken */ }
    if (!problem && !/"data":\{/.test(answer.text)) problem = 'did not run';
    if (!problem && /QUERY_TOO_COMPLEX|RESPONSE_TOO_LARGE|QUERY_TIMEOUT/.test(answer.codes.join())) problem = `not run whole: ${answer.codes.join(',')}`;
    if (problem) {
      entry.broken++;
      if (examples.length < 12) examples.push(`${path}: ${problem} — ${answer.text.slice(0, 300)}`);
    }
    return answer;
  }

  const started = performance.now();
  const reportSelection = select('Report', 4);
  const reportQuery = `query($province: String!, $year: Int!) { report(province: $province, year: $year) { ${reportSelection} } }`;
  // Every report with every field, five to a batch (a batch shares one complexity budget).
  for (let index = 0; index < reports.length; index += 5)
    await read('report (every field)', reports.slice(index, index + 5).map((report) => ({ query: reportQuery, variables: { province: report.province.slug, year: report.year } })));
  // Every report as of its first version, and node() for the fuzzed ones.
  for (const [province, year] of targets) {
    await read('report(version: 1)', { query: `{ report(province: "${province}", year: ${year}, version: 1) { ${select('Report', 2)} } }` });
    const id = JSON.parse((await read('report id', { query: `{ report(province: "${province}", year: ${year}) { id indicators { id } } }` })).text).data.report;
    await read('node', { query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on IndicatorValue { code value baseValue planValue } ... on Report { key version } } }`, variables: { ids: [id.id, ...id.indicators.map((one) => one.id)].slice(0, 100) } });
  }
  // The lists of each year, with every figure's own fields and the findings (deeper is over the complexity limit).
  for (const year of years)
    await read('reports(year)', { query: `{ reports(year: ${year}) { key version indicators { ${select('IndicatorValue', 1)} } findings { ${select('Finding', 1)} } } }` });
  // The indicators pages: every figure of each year, by value both ways (the extremes first and last).
  const figureSelection = select('ProvinceFigure', 1);
  for (const year of years) {
    for (const direction of ['ASCENDING', 'DESCENDING']) {
      let after = null;
      for (let page = 0; page < 50; page++) {
        const answer = await read('indicators pages', { query: `query($after: String) { indicators(where: { year: ${year} }, order: [{ field: VALUE, direction: ${direction} }], first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${figureSelection} } } }`, variables: { after } });
        const info = JSON.parse(answer.text).data?.indicators?.pageInfo;
        if (!info?.hasNextPage) break;
        after = info.endCursor;
      }
    }
  }
  await read('indicators pages', { query: `{ indicators(where: { provinces: ["nam-dinh", "ha-nam"] }, first: 500) { totalCount edges { cursor node { ${figureSelection} } } } }` });
  // Every sector's summary, every year.
  for (const year of years)
    for (const sector of sectors)
      await read('sectorSummary', { query: `{ sectorSummary(sector: ${sector}, year: ${year}) { ${select('SectorSummary', 4)} } }` });
  // Every code's series, of Nam Định and Hà Nam.
  const seriesQuery = `query($province: String!, $code: String!) { indicatorSeries(province: $province, code: $code) { ${select('IndicatorSeries', 4)} } }`;
  for (const [province, list] of [['nam-dinh', seriesCodes], ['ha-nam', haNamCodes]])
    for (const code of list)
      await read('indicatorSeries', { query: seriesQuery, variables: { province, code } });
  // Compare, the ranking tables, changes.
  for (const year of years) {
    await read('compare', { query: `query($codes: [String!]!) { compare(provinces: ["nam-dinh", "ha-nam", "ha-noi", "thai-binh"], year: ${year}, codes: $codes) { ${select('Comparison', 4)} } }`, variables: { codes: seriesCodes } });
    await read('rankingTables', { query: `{ rankingTables(year: ${year}) { ${select('RankingTable', 2)} } }` });
  }
  for (const where of ['{ province: "nam-dinh" }', '{ province: "ha-nam", year: 2021 }', '{ sector: POSTAL_TELECOM }', '{}'])
    await read('changes', { query: `{ changes(where: ${where}, first: 200) { ${select('ReportChangeEvent', 1)} } }` });

  const seconds = (performance.now() - started) / 1000;
  console.log(`  every read path after the fuzz (${reports.length} reports, ${seconds.toFixed(1)} s):`);
  for (const [path, entry] of Object.entries(results))
    console.log(`    ${path}: ${entry.requests} requests, ${(entry.bytes / 1048576).toFixed(1)} MB, ${entry.broken} broken; codes ${[...entry.codes].join(',') || 'none'}`);
  for (const example of examples) console.log(`    ${example}`);
  for (const [path, entry] of Object.entries(results))
    check(`after the fuzz, ${path}: ran whole, no INTERNAL_SERVER_ERROR, no 5xx`, entry.broken === 0, `${entry.broken} of ${entry.requests} requests`);
  // No CSV over HTTP: the CSV export is the command-line tool's (export-report --format csv), a client of this API.
}
