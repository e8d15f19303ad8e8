// The web page (src/NamDinh.Graph.Web, served at /) in headless Chromium, as a person would use it: opened with no
// choice, shows the newest real report the API lists (never a synthetic one); opens Nam Định's 2021 report, checks every figure, ranking, estimate mark, bar, finding and narrative list it shows against the
// GraphQL API's own answer (its own number formatter, not the page's), switches to English, walks the controls with
// Tab, runs axe-core, changes a figure through a mutation and watches the page follow its subscription (then puts
// the figure back), and opens the report on a phone-sized screen. Relies only on the page's contract (ids, data-*
// attributes, roles and accessible names), never on its internals. Saves a screenshot at each step.
//
// node tests/e2e/browser/page.mjs <GraphQL URL> [summary.json] [screenshots folder]
//   BROWSER_E2E_TOKEN     an admin's token (for the two replaceIndicator mutations)
//   BROWSER_E2E_CHROMIUM  the browser to drive (default /usr/bin/chromium)
//   BROWSER_E2E_PROVINCE, BROWSER_E2E_YEAR  the report (default 36, 2021)
// Prints one ok/FAIL line per check and writes { "suite", "passed", "failed" } to summary.json for
// scripts/summarize-tests.mjs; exits 1 when a check failed.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const SUITE = 'web page in headless Chromium';
const [, , GRAPHQL_URL, SUMMARY, SHOTS_ARG] = process.argv;
const SHOTS = resolve(SHOTS_ARG ?? 'browser-screenshots');
const TOKEN = process.env.BROWSER_E2E_TOKEN;
const CHROMIUM = process.env.BROWSER_E2E_CHROMIUM || '/usr/bin/chromium';
const PROVINCE = process.env.BROWSER_E2E_PROVINCE ?? '36';
const YEAR = Number(process.env.BROWSER_E2E_YEAR ?? 2021);
const LIVE_MS = 10_000;
const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];
const LISTS = ['tasks', 'shortcomings', 'causes', 'priorities'];
const WORDS = {
  vi: { html: 'vi', languageGroup: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English', estimate: 'ước', rankings: 'Xếp hạng', province: 'Tỉnh, thành phố', year: 'Năm' },
  en: { html: 'en', languageGroup: 'Language', vi: 'Tiếng Việt', en: 'English', estimate: 'est.', rankings: 'Rankings', province: 'Province', year: 'Year' },
};

// ---------------------------------------------------------------------------------------------------------------
// The suite's counts

let passed = 0;
let failed = 0;
const log = (...parts) => console.log(`  ${parts.join(' ')}`);
function check(ok, what, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
/** One check over many items: "what: n/m", the first few misses as the detail. */
function checkAll(what, results, { show = 5 } = {}) {
  const misses = results.filter((result) => !result.ok);
  const detail = misses.slice(0, show).map((miss) => miss.why).join('; ')
    + (misses.length > show ? `; … ${misses.length - show} more` : '');
  return check(results.length > 0 && misses.length === 0, `${what}: ${results.length - misses.length}/${results.length}`,
    results.length === 0 ? 'nothing to check' : detail);
}
function finish() {
  console.log(`  ${SUITE}: ${passed} passed, ${failed} failed`);
  if (SUMMARY) writeFileSync(SUMMARY, `${JSON.stringify({ suite: SUITE, passed, failed })}\n`);
  process.exit(failed ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers the way each language writes them, from the API's exact decimal string (never through a float)

/** "1600000" → "1.600.000" (vi) or "1,600,000" (en); "99.5" → "99,5" or "99.5"; "-8.3" → "-8,3" or "-8.3". */
export function formatDecimal(decimal, lang) {
  const match = /^([-+])?(\d+)(?:\.(\d+))?$/.exec(String(decimal).trim());
  if (!match) throw new Error(`not a decimal: ${decimal}`);
  const [, sign, whole, fraction] = match;
  const [group, point] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const digits = whole.replace(/^0+(?=\d)/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign === '-' ? '-' : ''}${grouped}${fraction ? `${point}${fraction}` : ''}`;
}
const spaces = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();
/** The decimal string plus one, exactly ("240380" → "240381", "11.5" → "12.5"). */
function plusOne(decimal) {
  const [whole, fraction] = decimal.split('.');
  return fraction === undefined ? String(BigInt(whole) + 1n) : `${BigInt(whole) + 1n}.${fraction}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The API, asked directly

async function graphql(query, variables, token) {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const REPORT_QUERY = `
query Report($province: String!, $year: Int!, $lang: Language = VI) {
  report(province: $province, year: $year) {
    id version province { code slug name } year
    rankings { index name(lang: $lang) position total editionYear }
    indicators { code value unit { code } multiplier status comparisons { change { amount unit comparedToYear } shareOfPlan { percent planYear } } }
    tasks { id sector text(lang: $lang) }
    shortcomings { id sector text(lang: $lang) }
    causes { id sector text(lang: $lang) }
    priorities { id sector text(lang: $lang) }
    findings { id kind subject message }
  }
}`;
const FIGURES_QUERY = `
query Figures($province: String!, $year: Int!) {
  report(province: $province, year: $year) {
    version
    indicators {
      code sector value multiplier unit { code } valueAsWritten status qualifier qualifierAsWritten
      period { year fromMonth toMonth }
      comparisons {
        change { amount unit comparedToYear } shareOfPlan { percent planYear } ratePercent outOf
        target { value unit qualifier met metEarly metInYear }
      }
      source { section sentence } planValue
      definition { nameVi: name(lang: VI) nameEn: name(lang: EN) }
    }
  }
}`;
const REPORTS_PAGE_QUERY = `
query ReportsPage($after: String) { reports(after: $after) { key year synthetic province { code name } } }`;
const PICKERS_QUERY = `
query Pickers($province: String!) { provinces { code name } reports(province: $province) { year } }`;
const SET_INDICATOR = `
mutation ReplaceIndicator($input: ReplaceIndicatorInput!) {
  replaceIndicator(input: $input) { applied version indicator { code value } }
}`;

/** The ReplaceIndicatorInput that writes `figure` (as FIGURES_QUERY reads it) back exactly, with `overrides`. */
function inputOf(figure, overrides) {
  const c = figure.comparisons ?? {};
  return {
    province: PROVINCE,
    year: YEAR,
    code: figure.code,
    value: figure.value,
    unit: figure.unit.code,
    multiplier: figure.multiplier,
    valueAsWritten: figure.valueAsWritten,
    status: figure.status,
    qualifier: figure.qualifier,
    qualifierAsWritten: figure.qualifierAsWritten,
    period: figure.period,
    comparisons: {
      change: c.change ?? null,
      shareOfPlan: c.shareOfPlan ?? null,
      ratePercent: c.ratePercent ?? null,
      outOf: c.outOf ?? null,
      target: c.target ?? null,
    },
    source: figure.source ?? null,
    planValue: figure.planValue ?? null,
    ...overrides,
  };
}

/** Every report the API lists, page after page (a page shorter than the default 100 is the last). */
async function listReports() {
  const all = [];
  for (let after = null; ;) {
    const { reports } = await graphql(REPORTS_PAGE_QUERY, { after });
    all.push(...reports);
    if (reports.length < 100) break;
    after = reports.at(-1).key;
  }
  return all;
}

/** The report the page should open when no one chose one: the newest real report (the first listed of its year),
 * or the newest of all when none is real. */
function defaultReport(reports) {
  const real = reports.filter((report) => !report.synthetic);
  return (real.length ? real : reports).reduce((newest, report) => (!newest || report.year > newest.year ? report : newest), null);
}

// ---------------------------------------------------------------------------------------------------------------
// What the page shows, read through its contract

/** Every figure row: code, status, data-value, the number's text (without unit, estimate mark, bars or flags), … */
function readRows(page) {
  return page.$$eval('tr[data-code]', (rows) => rows.map((row) => {
    const cell = row.querySelector('.value');
    let text = null;
    if (cell) {
      const copy = cell.cloneNode(true);
      copy.querySelectorAll('.unit, .estimate, .finding, [role="note"], .bar-change, .bar-plan, [role="img"]').forEach((e) => e.remove());
      text = copy.textContent;
    }
    const visible = (e) => !!e && e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const estimate = row.querySelector('.estimate');
    const bar = (selector) => {
      const e = row.querySelector(selector);
      return e ? { role: e.getAttribute('role'), label: e.getAttribute('aria-label') } : null;
    };
    return {
      code: row.dataset.code,
      status: row.dataset.status ?? null,
      changed: row.dataset.changed ?? null,
      sector: row.closest('section[data-sector]')?.dataset.sector ?? null,
      dataValue: cell ? cell.getAttribute('data-value') : undefined,
      text,
      visible: visible(cell),
      unit: row.querySelector('.unit')?.textContent ?? null,
      estimate: estimate ? { visible: visible(estimate), text: estimate.textContent, title: estimate.getAttribute('title') } : null,
      change: bar('.bar-change'),
      plan: bar('.bar-plan'),
      findings: [...row.querySelectorAll('.finding')].map((e) => ({
        role: e.getAttribute('role'), text: `${e.textContent} ${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`,
      })),
    };
  }));
}

/** Whether the number's text is the figure written as `lang` writes it (a qualifier word may stand before it). */
function showsNumber(text, decimal, lang) {
  const shown = text === null ? '' : text.replace(/\s+/g, ' ').trim();
  const expected = formatDecimal(decimal, lang);
  return { ok: shown === expected || shown.endsWith(` ${expected}`), shown, expected };
}

/** Checks every figure the API returns against the page's rows, in `lang`; returns the row misses' count. */
function checkFigures(rows, report, lang, sectors) {
  const byCode = new Map();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const figures = report.indicators;
  const words = WORDS[lang];

  const shown = checkAll(`figures shown as the API states them (${lang})`, figures.map((figure) => {
    const found = byCode.get(figure.code) ?? [];
    if (found.length !== 1) return { ok: false, why: `tr[data-code="${figure.code}"]: ${found.length} rows` };
    const row = found[0];
    if (row.dataValue !== figure.value) {
      return { ok: false, why: `tr[data-code="${figure.code}"] .value[data-value]: expected "${figure.value}", got ${JSON.stringify(row.dataValue)}` };
    }
    const number = showsNumber(row.text, figure.value, lang);
    if (!number.ok) return { ok: false, why: `${figure.code} .value text: expected "${number.expected}", got "${number.shown}"` };
    if (!row.visible) return { ok: false, why: `${figure.code} .value is not visible` };
    return { ok: true };
  }));
  check(rows.length === figures.length, `as many figure rows as the API has figures (${lang})`, `${rows.length} rows, ${figures.length} figures`);
  if (sectors) {
    checkAll(`figures in their sector's section (${lang})`, figures.map((figure) => {
      const row = byCode.get(figure.code)?.[0];
      const sector = sectors.get(figure.code);
      return row?.sector === sector ? { ok: true } : { ok: false, why: `${figure.code}: in section[data-sector=${row?.sector}], expected ${sector}` };
    }));
  }
  checkAll(`units shown beside the figures (${lang})`, figures.map((figure) => {
    const row = byCode.get(figure.code)?.[0];
    return spaces(row?.unit) ? { ok: true } : { ok: false, why: `${figure.code}: no .unit text` };
  }));
  checkAll(`statuses on the rows, estimates marked "${words.estimate}" (${lang})`, figures.map((figure) => {
    const row = byCode.get(figure.code)?.[0];
    if (!row) return { ok: false, why: `${figure.code}: no row` };
    if (row.status !== figure.status) return { ok: false, why: `${figure.code} data-status: expected ${figure.status}, got ${row.status}` };
    if (figure.status === 'ESTIMATE') {
      if (!row.estimate?.visible) return { ok: false, why: `${figure.code}: ESTIMATE without a visible .estimate` };
      if (spaces(row.estimate.text) !== words.estimate) return { ok: false, why: `${figure.code} .estimate text: expected "${words.estimate}", got "${spaces(row.estimate.text)}"` };
      if (!spaces(row.estimate.title)) return { ok: false, why: `${figure.code} .estimate has no title` };
    } else if (row.estimate?.visible) {
      return { ok: false, why: `${figure.code}: ${figure.status} marked as an estimate` };
    }
    return { ok: true };
  }));
  const bars = (kind, selector, pick) => checkAll(`${kind} bars stating the API's number (${lang})`, figures.filter(pick).map((figure) => {
    const row = byCode.get(figure.code)?.[0];
    const bar = row?.[kind === 'year-on-year change' ? 'change' : 'plan'];
    const number = kind === 'year-on-year change'
      ? formatDecimal(figure.comparisons.change.amount.replace(/^[-+]/, ''), lang)
      : formatDecimal(figure.comparisons.shareOfPlan.percent, lang);
    if (!bar) return { ok: false, why: `${figure.code}: no ${selector}` };
    if (bar.role !== 'img') return { ok: false, why: `${figure.code} ${selector} role: ${bar.role}` };
    return spaces(bar.label).includes(number) ? { ok: true } : { ok: false, why: `${figure.code} ${selector} aria-label "${bar.label}" does not state ${number}` };
  }));
  bars('year-on-year change', '.bar-change', (figure) => figure.comparisons?.change);
  bars('share-of-plan', '.bar-plan', (figure) => figure.comparisons?.shareOfPlan);
  const codes = new Set(figures.map((figure) => figure.code));
  checkAll(`findings flagged beside their figures (${lang})`, report.findings.filter((finding) => codes.has(finding.subject)).map((finding) => {
    const flags = byCode.get(finding.subject)?.[0]?.findings ?? [];
    const flag = flags.find((f) => spaces(f.text).includes(spaces(finding.message)));
    if (!flag) return { ok: false, why: `${finding.subject}: no .finding with "${finding.message.slice(0, 60)}…"` };
    return flag.role === 'note' ? { ok: true } : { ok: false, why: `${finding.subject} .finding role: ${flag.role}` };
  }));
  return shown;
}

function readRankings(page) {
  return page.$$eval('li[data-index]', (items) => items.map((li) => ({
    index: li.dataset.index,
    badge: li.querySelector('.badge')?.textContent ?? null,
    text: li.textContent,
    list: li.closest('ul')?.getAttribute('aria-label') ?? null,
  })));
}

function checkRankings(items, report, lang) {
  checkAll(`rankings shown as "position / total" badges (${lang})`, report.rankings.map((ranking) => {
    const item = items.find((i) => i.index === ranking.index);
    if (!item) return { ok: false, why: `no li[data-index="${ranking.index}"]` };
    const expected = `${ranking.position} / ${ranking.total}`;
    if (spaces(item.badge) !== expected) return { ok: false, why: `li[data-index="${ranking.index}"] .badge: expected "${expected}", got ${JSON.stringify(item.badge)}` };
    if (item.list !== WORDS[lang].rankings) return { ok: false, why: `${ranking.index}: in a list labelled ${JSON.stringify(item.list)}, expected "${WORDS[lang].rankings}"` };
    if (ranking.editionYear && !item.text.includes(String(ranking.editionYear))) return { ok: false, why: `${ranking.index}: edition ${ranking.editionYear} not shown` };
    if (ranking.name && !spaces(item.text).includes(spaces(ranking.name))) return { ok: false, why: `${ranking.index}: index name "${ranking.name}" not shown` };
    return { ok: true };
  }));
}

function readLists(page) {
  return page.$$eval('section[data-sector] ul[data-list]', (lists) => lists.map((ul) => ({
    sector: ul.closest('section[data-sector]').dataset.sector,
    list: ul.dataset.list,
    items: [...ul.children].filter((e) => e.tagName === 'LI').map((li) => li.textContent),
  })));
}

function checkLists(lists, report, lang) {
  for (const name of LISTS) {
    const expected = new Map();
    for (const item of report[name]) expected.set(item.sector, [...(expected.get(item.sector) ?? []), item]);
    const sectors = new Set([...expected.keys(), ...lists.filter((l) => l.list === name).map((l) => l.sector)]);
    const results = [];
    const parts = [];
    for (const sector of sectors) {
      const want = expected.get(sector) ?? [];
      const shown = lists.filter((l) => l.list === name && l.sector === sector).flatMap((l) => l.items);
      parts.push(`${sector} ${shown.length}/${want.length}`);
      const missing = want.filter((item) => item.text && !shown.some((text) => spaces(text).includes(spaces(item.text))));
      results.push(shown.length === want.length && missing.length === 0
        ? { ok: true }
        : { ok: false, why: `section[data-sector=${sector}] ul[data-list=${name}]: ${shown.length} items, the API has ${want.length}`
            + (missing.length ? `; ${missing.length} of its texts not shown (first: "${missing[0].text.slice(0, 50)}…")` : '') });
    }
    checkAll(`${name} per sector as the API lists them, in ${lang} (${parts.join(', ')})`, results);
  }
}

/** The page's language group's buttons: { label, buttons: [{ text, pressed }] }. */
function readLanguageSwitch(page) {
  return page.evaluate(() => {
    const groups = [...document.querySelectorAll('[aria-label]')].filter((e) => e.querySelector('button')
      && [...e.querySelectorAll('button')].some((b) => b.textContent.trim() === 'English'));
    const group = groups.at(-1);
    return group ? {
      label: group.getAttribute('aria-label'),
      role: group.getAttribute('role'),
      buttons: [...group.querySelectorAll('button')].map((b) => ({ text: b.textContent.trim(), pressed: b.getAttribute('aria-pressed') })),
    } : null;
  });
}

async function checkChrome(page, report, pickers, lang) {
  const words = WORDS[lang];
  const htmlLang = await page.getAttribute('html', 'lang');
  check(htmlLang === words.html, `<html lang="${words.html}">`, htmlLang === words.html ? '' : `got ${htmlLang}`);
  const h1 = spaces(await page.textContent('h1'));
  check(h1.includes(report.province.name) && h1.includes(String(report.year)), `the h1 names ${report.province.name} and ${report.year}`, `"${h1}"`);
  const selects = await page.evaluate(() => Object.fromEntries(['province', 'year'].map((id) => {
    const select = document.getElementById(id);
    return [id, select ? {
      tag: select.tagName,
      value: select.value,
      label: document.querySelector(`label[for="${id}"]`)?.textContent ?? null,
      options: [...select.options].map((o) => ({ value: o.value, text: o.textContent.trim() })),
    } : null];
  })));
  const province = selects.province;
  const apiProvinces = pickers.provinces;
  const missingProvinces = apiProvinces.filter((p) => !province?.options.some((o) => o.value === p.code && o.text === p.name));
  check(province?.tag === 'SELECT' && province.value === report.province.code && spaces(province.label) === words.province
      && missingProvinces.length === 0,
    `the province picker: <select id=province> labelled "${words.province}", on ${report.province.code}, an option per province (${province?.options.length ?? 0}/${apiProvinces.length})`,
    province ? `value ${province.value}, label ${JSON.stringify(province.label)}${missingProvinces.length ? `, missing ${missingProvinces.slice(0, 3).map((p) => `${p.code} ${p.name}`).join(', ')}` : ''}` : 'no #province');
  const year = selects.year;
  const years = [...new Set(pickers.reports.map((r) => String(r.year)))].sort();
  const shownYears = [...new Set(year?.options.map((o) => o.value) ?? [])].sort();
  check(year?.tag === 'SELECT' && year.value === String(report.year) && spaces(year.label) === words.year
      && JSON.stringify(years) === JSON.stringify(shownYears),
    `the year picker: <select id=year> labelled "${words.year}", on ${report.year}, the years the API has reports for (${years.join(', ')})`,
    year ? `value ${year.value}, label ${JSON.stringify(year.label)}, options ${shownYears.join(', ')}` : 'no #year');
  const languages = await readLanguageSwitch(page);
  const pressed = languages?.buttons.filter((b) => b.pressed === 'true').map((b) => b.text) ?? [];
  const current = lang === 'vi' ? words.vi : words.en;
  check(languages?.label === words.languageGroup && languages.buttons.some((b) => b.text === words.vi)
      && languages.buttons.some((b) => b.text === words.en) && pressed.length === 1 && pressed[0] === current,
    `the language switch: a group labelled "${words.languageGroup}", "${current}" pressed`,
    JSON.stringify(languages));
}

async function waitForReport(page, what) {
  await page.waitForSelector('main[data-version]', { state: 'attached', timeout: 30_000 }).catch((error) => {
    throw new Error(`${what}: no main[data-version] within 30 s (the report never showed): ${error.message.split('\n')[0]}`);
  });
  await page.waitForSelector('#live[data-state="live"]', { timeout: 30_000 }).catch(async () => {
    check(false, `${what}: #live reaches data-state="live" within 30 s`, `#live is ${JSON.stringify(await page.getAttribute('#live', 'data-state').catch(() => null))}`);
  });
}

/** Polls `read` until `accept` holds or `ms` pass; resolves { value, ok, ms }. */
async function until(read, accept, ms) {
  const started = performance.now();
  let value;
  for (;;) {
    value = await read();
    if (accept(value)) return { value, ok: true, ms: performance.now() - started };
    if (performance.now() - started > ms) return { value, ok: false, ms: performance.now() - started };
    await delay(100);
  }
}

async function shoot(page, name, options = {}) {
  const path = join(SHOTS, name);
  await page.screenshot({ path, ...options });
  log(`screenshot: ${path}`);
  return path;
}

async function runAxe(page, what) {
  // Evaluated by the browser's tooling rather than added as a script tag: the page's Content-Security-Policy allows
  // no inline script, and the check must not weaken it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  for (const v of violations) log(`axe (${what}): ${v.id} [${v.impact}] × ${v.nodes} — ${v.targets.join(' | ')}`);
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const byRule = severe.map((v) => `${v.id} ×${v.nodes}`).join(', ');
  check(severe.length === 0, `axe-core (${what}): no serious or critical violations`,
    `${severe.length} serious/critical rule(s)${byRule ? `: ${byRule}` : ''}; ${violations.length - severe.length} minor/moderate`);
}

// ---------------------------------------------------------------------------------------------------------------
// The run

console.log(`${SUITE}:`);
if (!GRAPHQL_URL) {
  console.error('usage: node tests/e2e/browser/page.mjs <GraphQL URL> [summary.json] [screenshots folder]');
  process.exit(2);
}
const ORIGIN = new URL(GRAPHQL_URL).origin;
const pageUrl = (lang) => `${ORIGIN}/?province=${PROVINCE}&year=${YEAR}&lang=${lang}`;
mkdirSync(SHOTS, { recursive: true });
let browser;
let restore;
const started = performance.now();

try {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM} (set BROWSER_E2E_CHROMIUM, or install Debian's chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  log(`Chromium ${browser.version()} (${CHROMIUM}); the page at ${pageUrl('vi')}`);

  const [reportVi, reportEn, figures, pickers] = await Promise.all([
    graphql(REPORT_QUERY, { province: PROVINCE, year: YEAR, lang: 'VI' }).then((d) => d.report),
    graphql(REPORT_QUERY, { province: PROVINCE, year: YEAR, lang: 'EN' }).then((d) => d.report),
    graphql(FIGURES_QUERY, { province: PROVINCE, year: YEAR }).then((d) => d.report),
    graphql(PICKERS_QUERY, { province: PROVINCE }),
  ]);
  if (!reportVi) throw new Error(`The API has no report for ${PROVINCE} ${YEAR}`);
  const sectors = new Map(figures.indicators.map((figure) => [figure.code, figure.sector]));
  log(`the API: ${reportVi.province.name} ${reportVi.year}, version ${reportVi.version}, ${reportVi.indicators.length} figures,`,
    `${reportVi.rankings.length} rankings, ${reportVi.findings.length} findings`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const external = new Set();
  const pageErrors = [];
  const consoleErrors = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ORIGIN && new URL(url).origin !== ORIGIN.replace(/^http/, 'ws')) external.add(url);
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const policyViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (/Content Security Policy/.test(message.text())) policyViolations.push(message.text());
  });

  // --- 0: opened with no choice in the address, the newest real report, never a synthetic one ------------------
  const listed = await listReports();
  const expected = defaultReport(listed);
  log(`the API lists ${listed.length} report(s), ${listed.filter((r) => r.synthetic).length} synthetic;`,
    `the newest real one: ${expected ? `${expected.key}${expected.synthetic ? ' (synthetic: none is real)' : ''}` : 'none'}`);
  await page.goto(`${ORIGIN}/`, { waitUntil: 'domcontentloaded' });
  await waitForReport(page, 'opened with no choice');
  const opened = await page.evaluate(() => ({
    url: location.search,
    province: document.getElementById('province')?.value ?? null,
    year: document.getElementById('year')?.value ?? null,
    h1: document.querySelector('main h1')?.textContent ?? null,
    syntheticNotice: !!document.querySelector('main header [role="note"]'),
  }));
  const params = new URLSearchParams(opened.url);
  check(!!expected && !expected.synthetic && params.get('province') === expected.province.code && params.get('year') === String(expected.year)
      && opened.province === expected.province.code && opened.year === String(expected.year)
      && spaces(opened.h1).includes(expected.province.name) && spaces(opened.h1).includes(String(expected.year)),
    `opened with no choice, the page shows the newest real report (${expected?.province.code} ${expected?.year}) in the address, pickers and h1`,
    `address ${opened.url}, pickers ${opened.province} ${opened.year}, h1 "${spaces(opened.h1)}"`);
  check(!opened.syntheticNotice, 'opened with no choice, the report shown carries no synthetic notice');
  await shoot(page, '0-desktop-default.png');

  // --- 1, 2: Vietnamese, checked against the API --------------------------------------------------------------
  const response = await page.goto(pageUrl('vi'), { waitUntil: 'domcontentloaded' });
  const landed = new URL(page.url());
  check(response?.status() === 200 && /text\/html/.test(response.headers()['content-type'] ?? '') && landed.pathname === '/',
    'GET / answers the page itself (200 text/html, no redirect)', `${response?.status()} ${response?.headers()['content-type']} at ${landed.pathname}`);
  await waitForReport(page, 'Vietnamese');
  const version = await page.getAttribute('main', 'data-version');
  check(version === String(reportVi.version), 'main[data-version] is the API\'s version', `${version} vs ${reportVi.version}`);
  check(await page.getAttribute('main', 'aria-busy') !== 'true', 'main is not aria-busy once the report is shown');
  await checkChrome(page, reportVi, pickers, 'vi');
  const viRows = await until(() => readRows(page), (rows) => rows.length >= reportVi.indicators.length, 5_000);
  checkFigures(viRows.value, reportVi, 'vi', sectors);
  checkRankings(await readRankings(page), reportVi, 'vi');
  checkLists(await readLists(page), reportVi, 'vi');
  const chart = await page.evaluate(() => {
    const figure = document.querySelector('figure#chart');
    return figure && {
      picker: !!figure.querySelector('select#chart-indicator') && !!document.querySelector('label[for="chart-indicator"]'),
      svgs: [...figure.querySelectorAll('svg')].map((svg) => ({ role: svg.getAttribute('role'), label: svg.getAttribute('aria-label') })),
      caption: !!figure.querySelector('figcaption'),
    };
  });
  check(chart?.picker && chart.caption && chart.svgs.length >= 2 && chart.svgs.every((s) => s.role === 'img' && spaces(s.label)),
    'the chart: figure#chart with a labelled #chart-indicator, a figcaption and labelled SVGs (across provinces, across years)',
    JSON.stringify(chart));
  await shoot(page, '1-desktop-vi.png', { fullPage: true });
  await runAxe(page, 'Vietnamese, 1280×900');

  // --- 3: English, by the button --------------------------------------------------------------------------------
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForSelector('html[lang="en"]', { timeout: 10_000 }).catch(() => {});
  await waitForReport(page, 'English');
  check(new URL(page.url()).searchParams.get('lang') === 'en', 'after clicking "English" the URL has lang=en', page.url());
  await checkChrome(page, reportEn, pickers, 'en');
  const enRows = await until(() => readRows(page),
    (rows) => reportEn.indicators.every((f) => { const r = rows.find((x) => x.code === f.code); return r && showsNumber(r.text, f.value, 'en').ok; }),
    10_000);
  checkFigures(enRows.value, reportEn, 'en', sectors);
  checkRankings(await readRankings(page), reportEn, 'en');
  checkLists(await readLists(page), reportEn, 'en');
  await shoot(page, '2-desktop-en.png');

  // --- 4: the keyboard, from the top of a fresh load (lang=en from the URL) -----------------------------------
  await page.goto(pageUrl('en'), { waitUntil: 'domcontentloaded' });
  await waitForReport(page, 'English from the URL');
  check(await page.getAttribute('html', 'lang') === 'en', 'lang=en in the URL opens the page in English');
  const wanted = { '#province': null, '#year': null, [`button "${WORDS.en.vi}"`]: null, [`button "${WORDS.en.en}"`]: null };
  const stops = [];
  for (let i = 0; i < 120 && Object.values(wanted).some((v) => v === null); i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const style = getComputedStyle(e);
      return {
        id: e.id, tag: e.tagName.toLowerCase(), text: e.textContent.trim().slice(0, 30),
        outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, focusVisible: e.matches(':focus-visible'),
      };
    });
    if (!focused) continue;
    stops.push(focused.id ? `#${focused.id}` : `${focused.tag} "${focused.text}"`);
    const key = focused.id === 'province' || focused.id === 'year' ? `#${focused.id}`
      : focused.tag === 'button' ? `button "${focused.text}"` : null;
    if (key in wanted && wanted[key] === null) wanted[key] = { ...focused, tab: i + 1 };
  }
  log(`Tab stops: ${stops.slice(0, 12).join(' → ')}${stops.length > 12 ? ' → …' : ''}`);
  for (const [what, focused] of Object.entries(wanted)) {
    check(!!focused && focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0,
      `Tab from the top reaches ${what} with a visible focus outline`,
      focused ? `tab ${focused.tab}, outline ${focused.outlineStyle} ${focused.outlineWidth}, :focus-visible ${focused.focusVisible}` : `not reached in ${stops.length} tabs`);
  }

  // --- 6: live, a figure changed through a mutation (back in Vietnamese) ---------------------------------------
  await page.getByRole('button', { name: WORDS.en.vi, exact: true }).click();
  await page.waitForSelector('html[lang="vi"]', { timeout: 10_000 }).catch(() => {});
  await waitForReport(page, 'back in Vietnamese');
  check(new URL(page.url()).searchParams.get('lang') === 'vi', 'after clicking "Tiếng Việt" the URL has lang=vi', page.url());
  if (!TOKEN) {
    check(false, 'an admin token to change a figure (BROWSER_E2E_TOKEN)', 'not set');
  } else {
    const flagged = new Set(reportVi.findings.map((finding) => finding.subject));
    const plain = (f) => f.status === 'FINAL' && /^\d+$/.test(f.value) && !flagged.has(f.code)
      && Object.values(f.comparisons).every((v) => v === null);
    const figure = figures.indicators.find((f) => plain(f) && Number(f.value) >= 1000) ?? figures.indicators.find(plain);
    const other = figures.indicators.find((f) => f.code !== figure.code && f.sector === figure.sector) ?? figures.indicators.find((f) => f.code !== figure.code);
    const before = (await graphql(FIGURES_QUERY, { province: PROVINCE, year: YEAR })).report;
    const original = before.indicators.find((f) => f.code === figure.code);
    const newValue = plusOne(original.value);
    const changed = (await graphql(SET_INDICATOR, {
      input: inputOf(original, { value: newValue, valueAsWritten: null, expectedVersion: before.version, reason: 'browser e2e' }),
    }, TOKEN)).replaceIndicator;
    restore = async (expectedVersion) => (await graphql(SET_INDICATOR, {
      input: inputOf(original, { expectedVersion, reason: 'browser e2e: restore' }),
    }, TOKEN)).replaceIndicator;
    check(changed.applied && changed.indicator.value === newValue, `replaceIndicator ${figure.code}: ${original.value} → ${newValue}`,
      `version ${before.version} → ${changed.version}`);
    const row = `tr[data-code="${figure.code}"]`;
    const readLive = () => page.evaluate(({ row, otherRow }) => {
      const tr = document.querySelector(row);
      const look = (e) => {
        if (!e) return null;
        const cells = [e, ...e.children].map((c) => {
          const s = getComputedStyle(c);
          return [s.backgroundColor, s.outlineStyle, s.outlineColor, s.boxShadow, s.borderLeftColor, s.borderLeftWidth, s.fontWeight, s.color].join(' ');
        });
        return cells.join(' | ');
      };
      return {
        dataValue: tr?.querySelector('.value')?.getAttribute('data-value') ?? null,
        text: (() => {
          const cell = tr?.querySelector('.value');
          if (!cell) return null;
          const copy = cell.cloneNode(true);
          copy.querySelectorAll('.unit, .estimate, .finding, [role="note"], .bar-change, .bar-plan, [role="img"]').forEach((e) => e.remove());
          return copy.textContent;
        })(),
        changed: tr?.getAttribute('data-changed') ?? null,
        version: document.querySelector('main')?.getAttribute('data-version') ?? null,
        announced: document.getElementById('announcements')?.textContent ?? null,
        politeness: document.getElementById('announcements')?.getAttribute('aria-live') ?? null,
        look: look(tr),
        otherLook: look(document.querySelector(otherRow)),
      };
    }, { row, otherRow: `tr[data-code="${other.code}"]` });
    const seen = await until(readLive,
      (s) => s.dataValue === newValue && s.changed === 'true' && s.version === String(changed.version), LIVE_MS);
    const live = seen.value;
    const shownNumber = showsNumber(live.text, newValue, 'vi');
    check(live.dataValue === newValue && shownNumber.ok, `the page shows the new value within ${LIVE_MS / 1000} s`,
      `${row} .value: data-value ${live.dataValue}, text "${shownNumber.shown}" (expected "${shownNumber.expected}") after ${(seen.ms / 1000).toFixed(1)} s`);
    check(live.changed === 'true', `${row} has data-changed="true"`, `got ${live.changed}`);
    // The highlight may fade in: give it 2 s to look unlike an unchanged row of the same sector.
    const highlight = await until(readLive, (s) => s.look !== null && s.look !== s.otherLook, 2_000);
    check(highlight.ok, 'the changed row is highlighted (looks unlike an unchanged row)',
      highlight.ok ? '' : `same computed styles as tr[data-code="${other.code}"]: ${highlight.value.look}`);
    check(live.version === String(changed.version), `main[data-version] is the new version ${changed.version}`, `got ${live.version}`);
    const names = [figure.definition.nameVi, figure.code, formatDecimal(newValue, 'vi')].filter(Boolean);
    const announcement = await until(() => page.textContent('#announcements').catch(() => null),
      (text) => names.some((name) => spaces(text).includes(spaces(name))), 3_000);
    check(announcement.ok && live.politeness === 'polite', '#announcements (aria-live="polite") says what changed',
      `"${spaces(announcement.value).slice(0, 160)}" (aria-live ${live.politeness})`);
    await page.locator(row).scrollIntoViewIfNeeded().catch(() => {});
    await shoot(page, '3-desktop-live-change.png');
    await runAxe(page, 'after the live change, the highlight shown');

    const restored = await restore(changed.version);
    restore = undefined;
    const after = (await graphql(FIGURES_QUERY, { province: PROVINCE, year: YEAR })).report.indicators.find((f) => f.code === figure.code);
    check(restored.applied && JSON.stringify(after) === JSON.stringify(original), `replaceIndicator puts ${figure.code} back as it was`,
      `${after.value}, version ${restored.version}`);
    const back = await until(readLive, (s) => s.dataValue === original.value && s.version === String(restored.version), LIVE_MS);
    const backNumber = showsNumber(back.value.text, original.value, 'vi');
    check(back.ok && backNumber.ok, `the page follows back to ${formatDecimal(original.value, 'vi')} and version ${restored.version}`,
      `data-value ${back.value.dataValue}, text "${backNumber.shown}", version ${back.value.version} after ${(back.ms / 1000).toFixed(1)} s`);
  }

  check(pageErrors.length === 0, 'no uncaught error in the page', pageErrors.slice(0, 3).join(' | '));
  check(policyViolations.length === 0, 'the page does everything it does within its Content-Security-Policy', policyViolations.slice(0, 3).join(' | '));
  if (consoleErrors.length) log(`console errors (not counted): ${consoleErrors.slice(0, 5).join(' | ')}`);
  await context.close();

  // --- 7: a phone ----------------------------------------------------------------------------------------------
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN',
  });
  phone.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== ORIGIN && new URL(url).origin !== ORIGIN.replace(/^http/, 'ws')) external.add(url);
  });
  const small = await phone.newPage();
  await small.goto(pageUrl('vi'), { waitUntil: 'domcontentloaded' });
  await waitForReport(small, 'phone');
  const sizes = await small.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth }));
  check(sizes.scrollWidth <= sizes.innerWidth, 'on a 390×844 phone the page does not scroll sideways',
    `scrollWidth ${sizes.scrollWidth}, innerWidth ${sizes.innerWidth}`);
  for (const id of ['province', 'year']) {
    const picker = small.locator(`#${id}`);
    const box = await picker.boundingBox();
    check(await picker.isVisible() && box && box.x >= 0 && box.x + box.width <= sizes.innerWidth,
      `on the phone #${id} is visible and within the screen`, box ? `x ${box.x.toFixed(0)}, width ${box.width.toFixed(0)}` : 'no box');
  }
  const phoneRows = await readRows(small);
  checkAll('on the phone, figures shown as the API states them (vi)', reportVi.indicators.map((figure) => {
    const r = phoneRows.find((x) => x.code === figure.code);
    const number = showsNumber(r?.text ?? null, figure.value, 'vi');
    return r && r.dataValue === figure.value && number.ok ? { ok: true } : { ok: false, why: `${figure.code}: "${number.shown}"` };
  }));
  await shoot(small, '4-phone-vi.png');
  await phone.close();

  check(external.size === 0, 'nothing loaded from anywhere but the server (no CDN)', [...external].slice(0, 5).join(', '));
} catch (error) {
  check(false, 'the suite ran to its end', error?.stack ?? String(error));
} finally {
  if (restore) {
    // A failure between the change and its undoing: put the figure back so later suites see the seed's value.
    try {
      const current = (await graphql('query($p: String!, $y: Int!) { report(province: $p, year: $y) { version } }', { p: PROVINCE, y: YEAR })).report;
      await restore(current.version);
      log('the changed figure was put back');
    } catch (error) {
      check(false, 'the changed figure put back after a failure', String(error));
    }
  }
  await browser?.close().catch(() => {});
  log(`in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in ${SHOTS}`);
}
finish();
