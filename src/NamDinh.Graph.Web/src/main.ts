import './styles.css';
import {
  catalogQuery, compareQuery, graphql, GraphQLRequestError, reportQuery, reportsQuery, seriesQuery, syntheticQuery,
  type Comparison, type Definition, type Finding, type Indicator, type IndicatorChange, type NarrativeItem,
  type Province, type Report, type Series, type SyntheticReports, type Unit,
} from './api';
import { provincesChart, yearsChart } from './chart';
import { h, localized } from './dom';
import { figureNodes, figureText, percentText, setUnits, unitText } from './figures';
import { sectorName, sectorOrder, t } from './i18n';
import { followReport, type LiveState } from './live';
import { approximate, formatDecimal, signOf, type Lang } from './numbers';

// The page: a province and year picker, then the report — rankings, each sector's figures with
// their comparisons and findings, its narrative — a chart of one indicator, and live changes.

interface State {
  lang: Lang;
  provinces: Province[];
  definitions: Map<string, Definition>;
  provinceCode: string;
  years: number[];
  year: number | null;
  report: Report | null;
  /** Indicator codes changed live since the report was opened, with the figure before. */
  changed: Map<string, { value: string; multiplier: string; unit: string } | null>;
  chartCode: string | null;
  live: LiveState;
}

const state: State = {
  lang: 'vi',
  provinces: [],
  definitions: new Map(),
  provinceCode: '36',
  years: [],
  year: null,
  report: null,
  changed: new Map(),
  chartCode: null,
  live: 'connecting',
};

const main = document.getElementById('report') as HTMLElement;
const provinceSelect = document.getElementById('province') as HTMLSelectElement;
const yearSelect = document.getElementById('year') as HTMLSelectElement;
const announcements = document.getElementById('announcements') as HTMLElement;
const liveStatus = document.getElementById('live') as HTMLElement;

let stopFollowing: (() => void) | null = null;
let loadToken = 0;
let refreshTimer: number | undefined;
let chartToken = 0;
interface ChartData {
  code: string;
  year: number;
  province: string;
  comparison: Comparison | null;
  series: Series | null;
  synthetic: { provinces: Set<string>; years: Set<number> };
  failed: boolean;
}

let chartData: ChartData | null = null;
const noSynthetic = () => ({ provinces: new Set<string>(), years: new Set<number>() });

const words = () => t(state.lang);

// ---------- names ----------

function indicatorName(code: string, lang = state.lang): string {
  const definition = state.definitions.get(code);
  return (lang === 'en' ? definition?.en : definition?.vi) ?? definition?.vi ?? code;
}

function indicatorNameNode(code: string): HTMLElement {
  const definition = state.definitions.get(code);
  return localized(definition?.vi, definition?.en, state.lang, code);
}

function provinceName(code: string): string {
  return state.provinces.find((province) => province.code === code)?.name ?? code;
}

// ---------- URL ----------

function readUrl(): { province: string | null; year: number | null; lang: Lang } {
  const params = new URLSearchParams(location.search);
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return {
    province: params.get('province'),
    year: Number.isFinite(year) ? year : null,
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
}

function writeUrl(): void {
  const params = new URLSearchParams();
  params.set('province', state.provinceCode);
  if (state.year !== null) params.set('year', String(state.year));
  params.set('lang', state.lang);
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}

// ---------- chrome: header, pickers, language ----------

function renderChrome(): void {
  const w = words();
  document.documentElement.lang = state.lang;
  document.title = state.report ? w.documentTitle(state.report.province.name, state.report.year) : w.siteTitle;
  (document.getElementById('site-title') as HTMLElement).textContent = w.siteTitle;
  (document.querySelector('.skip-link') as HTMLElement).textContent = w.skip;
  (document.getElementById('province-label') as HTMLElement).textContent = w.province;
  (document.getElementById('year-label') as HTMLElement).textContent = w.year;
  (document.getElementById('pickers') as HTMLElement).setAttribute('aria-label', w.pickers);
  const switcher = document.querySelector('.lang-switch') as HTMLElement;
  switcher.setAttribute('aria-label', w.language);
  for (const button of switcher.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  const footer = document.getElementById('footer-text') as HTMLElement;
  footer.replaceChildren(`${w.footer} `, h('a', { href: '/graphql' }, '/graphql'), ` (${w.graphiql}).`);
  renderLive();
}

function renderLive(): void {
  liveStatus.dataset.state = state.live;
  (liveStatus.querySelector('.live-text') as HTMLElement).textContent = words().live[state.live];
}

function renderPickers(): void {
  const collator = new Intl.Collator('vi');
  const provinces = [...state.provinces].sort((a, b) => collator.compare(a.name, b.name));
  provinceSelect.replaceChildren(...provinces.map((province) =>
    h('option', { value: province.code, selected: province.code === state.provinceCode }, province.name)));
  provinceSelect.value = state.provinceCode;
  provinceSelect.disabled = provinces.length === 0;
  yearSelect.replaceChildren(...[...state.years].reverse().map((year) => h('option', { value: year, selected: year === state.year }, String(year))));
  if (state.year !== null) yearSelect.value = String(state.year);
  yearSelect.disabled = state.years.length === 0;
}

// ---------- loading ----------

async function start(): Promise<void> {
  const url = readUrl();
  state.lang = url.lang;
  renderChrome();
  setBusy(true);
  try {
    const catalog = await graphql<{ provinces: Province[]; indicatorDefinitions: Definition[]; units: Unit[] }>(catalogQuery, {});
    state.provinces = catalog.provinces;
    state.definitions = new Map(catalog.indicatorDefinitions.map((definition) => [definition.code, definition]));
    setUnits(catalog.units);
  } catch (error) {
    showError(error);
    return;
  }
  const wanted = url.province?.trim().toLowerCase();
  const province = state.provinces.find((p) => p.code === wanted || p.slug === wanted || p.name.toLowerCase() === wanted);
  state.provinceCode = province?.code ?? '36';
  await chooseProvince(state.provinceCode, url.year);
}

async function chooseProvince(code: string, preferredYear: number | null): Promise<void> {
  state.provinceCode = code;
  const token = ++loadToken;
  setBusy(true);
  try {
    const data = await graphql<{ reports: { year: number }[] }>(reportsQuery, { province: code });
    if (token !== loadToken) return;
    state.years = [...new Set(data.reports.map((report) => report.year))].sort((a, b) => a - b);
  } catch (error) {
    if (token === loadToken) showError(error);
    return;
  }
  state.year = preferredYear !== null && state.years.includes(preferredYear)
    ? preferredYear
    : state.years.length ? state.years[state.years.length - 1] : null;
  renderPickers();
  writeUrl();
  if (state.year === null) {
    state.report = null;
    follow();
    renderEmpty(words().noReports(provinceName(code)));
    return;
  }
  await loadReport(token);
}

async function loadReport(token = ++loadToken): Promise<void> {
  if (state.year === null) return;
  setBusy(true);
  state.changed = new Map();
  try {
    const data = await graphql<{ report: Report | null }>(reportQuery, { province: state.provinceCode, year: state.year });
    if (token !== loadToken) return;
    state.report = data.report;
  } catch (error) {
    if (token === loadToken) showError(error);
    return;
  }
  if (!state.report) {
    renderEmpty(words().notFound);
    return;
  }
  const codes = state.report.indicators.map((indicator) => indicator.code);
  if (!state.chartCode || !codes.includes(state.chartCode)) state.chartCode = codes[0] ?? null;
  follow();
  renderReport();
  setBusy(false);
  loadChart();
}

/** Reads the report again after live changes (its findings and version), keeping the marks of what changed. */
async function refreshReport(): Promise<void> {
  if (!state.report || state.year === null) return;
  const token = loadToken;
  try {
    const data = await graphql<{ report: Report | null }>(reportQuery, { province: state.provinceCode, year: state.year });
    if (token !== loadToken || !data.report) return;
    if (state.report && data.report.version < state.report.version) return;
    state.report = data.report;
    updateInPlace();
  } catch {
    // The live figures already shown stay; the next change or reconnection tries again.
  }
}

function setBusy(busy: boolean): void {
  main.setAttribute('aria-busy', String(busy));
  if (busy && !state.report) main.replaceChildren(h('h1', null, words().siteTitle), h('p', { class: 'loading' }, words().loading));
}

function showError(error: unknown): void {
  const w = words();
  const notFound = error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
  main.removeAttribute('data-version');
  main.replaceChildren(
    h('h1', null, w.siteTitle),
    h('div', { class: 'notice error', role: 'alert' },
      h('p', null, notFound ? w.notFound : w.failed),
      notFound ? null : h('button', { type: 'button', class: 'button', onclick: () => void start() }, w.retry)),
  );
  main.setAttribute('aria-busy', 'false');
}

function renderEmpty(message: string): void {
  main.removeAttribute('data-version');
  main.replaceChildren(h('h1', null, provinceName(state.provinceCode)), h('p', { class: 'notice' }, message));
  main.setAttribute('aria-busy', 'false');
  renderChrome();
}

// ---------- live ----------

function follow(): void {
  stopFollowing?.();
  stopFollowing = null;
  if (!state.report) return;
  stopFollowing = followReport(state.report.province.code, state.report.year, {
    onState: (live) => {
      state.live = live;
      renderLive();
    },
    onChange: applyChange,
    onReconnected: () => scheduleRefresh(0),
  });
}

function applyChange(change: IndicatorChange): void {
  const report = state.report;
  if (!report || change.province.code !== report.province.code || change.year !== report.year) return;
  const w = words();
  const name = indicatorName(change.code);
  const index = report.indicators.findIndex((indicator) => indicator.code === change.code);
  const before = index >= 0 ? report.indicators[index] : null;
  const beforeText = before ? figureText(before.value, before.multiplier, before.unit.code, state.lang) : null;
  if (!state.changed.has(change.code)) state.changed.set(change.code, before ? { value: before.value, multiplier: before.multiplier, unit: before.unit.code } : null);
  if (change.newValue) {
    if (index >= 0) report.indicators[index] = change.newValue;
    else report.indicators.push(change.newValue);
    const afterText = figureText(change.newValue.value, change.newValue.multiplier, change.newValue.unit.code, state.lang);
    announce(beforeText ? w.announceChanged(name, beforeText, afterText, change.version) : w.announceAdded(name, afterText, change.version));
  } else if (index >= 0) {
    report.indicators.splice(index, 1);
    announce(w.announceRemoved(name, change.version));
  }
  report.version = Math.max(report.version, change.version);
  updateInPlace();
  if (change.code === state.chartCode) loadChart();
  scheduleRefresh(700);
}

function scheduleRefresh(delay: number): void {
  window.clearTimeout(refreshTimer);
  refreshTimer = window.setTimeout(() => void refreshReport(), delay);
}

function announce(message: string): void {
  announcements.append(h('p', null, message));
  while (announcements.childElementCount > 5) announcements.firstElementChild?.remove();
}

// ---------- the report ----------

function renderReport(): void {
  const report = state.report;
  if (!report) return;
  const w = words();
  const focusKey = (document.activeElement as HTMLElement | null)?.id;
  const sectors = sectorOrder.filter((sector) =>
    report.indicators.some((i) => i.sector === sector)
    || [report.tasks, report.shortcomings, report.causes, report.priorities].some((list) => list.some((item) => item.sector === sector)));
  const used = new Set([...report.indicators.map((i) => i.code), ...report.rankings.map((r) => r.index)]);
  const otherFindings = report.findings.filter((finding) => !used.has(finding.subject));

  main.dataset.version = String(report.version);
  renderedOutsideFindings = report.findings.filter((f) => !report.indicators.some((i) => i.code === f.subject)).map((f) => f.id + f.message).join('|');
  const parts: (Node | null | Node[])[] = [
    h('header', { class: 'report-head' },
      h('h1', null, w.heading(report.province.name, report.year)),
      documentLine(report),
      report.synthetic ? h('p', { class: 'notice synthetic', role: 'note' }, w.synthetic) : null,
    ),
    rankings(report),
    chartFigure(),
    sectors.length > 1 ? h('nav', { class: 'contents', 'aria-label': w.contents },
      h('ul', null, sectors.map((sector) => h('li', null, h('a', { href: `#sector-${sector}` }, sectorName(sector, state.lang)))),
      )) : null,
    sectors.map((sector) => sectorSection(report, sector)),
    otherFindings.length ? h('section', { class: 'other-findings', 'aria-labelledby': 'other-findings' },
      h('h2', { id: 'other-findings' }, w.findingsHeading),
      h('ul', null, otherFindings.map((finding) => h('li', null, findingNote(finding))))) : null,
  ];
  main.replaceChildren(...parts.flat().filter((part): part is Node => part !== null));
  drawChart();
  main.setAttribute('aria-busy', 'false');
  renderChrome();
  if (focusKey) document.getElementById(focusKey)?.focus();
}

function documentLine(report: Report): HTMLElement {
  const w = words();
  const doc = report.document;
  const title = localized(doc.titleVi, doc.titleEn, state.lang);
  const number = doc.symbol ? `${w.documentNumber}: ${doc.number ?? ''}/${doc.symbol}` : null;
  const date = doc.year ? [doc.place, [doc.day ?? '…', doc.month ?? '…', doc.year].join('/')].filter(Boolean).join(', ') : doc.place;
  const meta = [number, date, doc.signer ? `${w.signer}: ${doc.signer}` : null].filter(Boolean).join(' · ');
  return h('div', { class: 'document' },
    doc.titleVi || doc.titleEn ? h('p', { class: 'document-title' }, title) : null,
    meta ? h('p', { class: 'document-meta' }, meta, ` · ${w.version} `, h('span', { class: 'version' }, String(report.version))) : null);
}

function rankings(report: Report): HTMLElement | null {
  if (!report.rankings.length) return null;
  const w = words();
  return h('section', { class: 'rankings', 'aria-labelledby': 'rankings-heading' },
    h('h2', { id: 'rankings-heading' }, w.rankingsHeading),
    h('ul', { 'aria-label': w.rankings, class: 'ranking-list' }, report.rankings.map((ranking) =>
      h('li', { 'data-index': ranking.index, class: 'ranking' },
        h('span', { class: 'badge' }, `${ranking.position} / ${ranking.total}`),
        h('span', { class: 'ranking-text' },
          h('span', { class: 'ranking-name' }, localized(ranking.vi, ranking.en, state.lang, ranking.index)),
          h('span', { class: 'edition' }, ranking.editionYear ? w.edition(ranking.editionYear) : w.editionUnstated)),
        report.findings.filter((finding) => finding.subject === ranking.index).map(findingNote)))));
}

function sectorSection(report: Report, sector: string): HTMLElement {
  const w = words();
  const indicators = report.indicators.filter((indicator) => indicator.sector === sector);
  const headingId = `sector-${sector}-heading`;
  const columns = columnsOf(indicators);
  const list = (kind: 'tasks' | 'shortcomings' | 'causes' | 'priorities', items: NarrativeItem[], heading: string) => {
    const mine = items.filter((item) => item.sector === sector);
    if (!mine.length) return null;
    const id = `${sector}-${kind}`;
    return h('div', { class: `narrative narrative-${kind}` },
      h('h3', { id }, heading),
      h('ul', { 'data-list': kind, 'aria-labelledby': id }, mine.map((item) =>
        h('li', { 'data-id': item.id }, localized(item.vi, item.en, state.lang)))));
  };
  return h('section', { 'data-sector': sector, id: `sector-${sector}`, class: 'sector', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, sectorName(sector, state.lang)),
    indicators.length ? h('div', { class: 'table-box' },
      h('table', { class: 'figures', 'data-layout': layoutKey(indicators) },
        h('caption', { class: 'visually-hidden' }, sectorName(sector, state.lang)),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, w.indicators),
          h('th', { scope: 'col', class: 'num-col' }, w.figure),
          columns.marks ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, w.notes)) : null,
          columns.change ? h('th', { scope: 'col' }, w.change) : null,
          columns.plan ? h('th', { scope: 'col' }, w.plan) : null)),
        h('tbody', null, indicators.map((indicator) => indicatorRow(report, indicator, columns))))) : null,
    h('div', { class: 'narratives' },
      list('tasks', report.tasks, w.lists.tasks),
      h('div', { class: 'narrative-grid' },
        list('shortcomings', report.shortcomings, w.lists.shortcomings),
        list('causes', report.causes, w.lists.causes),
        list('priorities', report.priorities, w.lists.priorities(report.prioritiesYear)))),
  );
}

interface Columns { marks: boolean; change: boolean; plan: boolean }

let renderedOutsideFindings = '';

function columnsOf(indicators: Indicator[]): Columns {
  return {
    marks: indicators.some((i) => i.status === 'ESTIMATE' || i.qualifier !== 'EXACT'),
    change: indicators.some((i) => i.comparisons.change),
    plan: indicators.some((i) => i.comparisons.shareOfPlan),
  };
}

/** What a sector's table is made of: its rows and columns. When it stays the same, rows are replaced in place. */
function layoutKey(indicators: Indicator[]): string {
  const columns = columnsOf(indicators);
  return [columns.marks ? 'm' : '', columns.change ? 'c' : '', columns.plan ? 'p' : '', ...indicators.map((i) => i.code)].join(' ');
}

/**
 * After a live change: replaces only the rows (and the version) when every table keeps its rows and columns and the
 * findings outside the tables are the same, so focus, scroll and open details stay where the reader left them.
 * Otherwise draws the report again.
 */
function updateInPlace(): void {
  const report = state.report;
  if (!report) return;
  const sectorsShown = [...main.querySelectorAll<HTMLElement>('section[data-sector]')];
  const tablesMatch = sectorsShown.length > 0 && sectorOrder.every((sector) => {
    const indicators = report.indicators.filter((i) => i.sector === sector);
    const table = main.querySelector<HTMLElement>(`section[data-sector="${sector}"] table.figures`);
    return table ? table.dataset.layout === layoutKey(indicators) : indicators.length === 0;
  });
  const outside = report.findings.filter((f) => !report.indicators.some((i) => i.code === f.subject)).map((f) => f.id + f.message).join('|');
  if (!tablesMatch || outside !== renderedOutsideFindings) {
    renderReport();
    return;
  }
  for (const row of main.querySelectorAll<HTMLElement>('tr[data-code]')) {
    const indicator = report.indicators.find((i) => i.code === row.dataset.code);
    if (!indicator) continue;
    const table = row.closest('table')!;
    const indicators = report.indicators.filter((i) => i.sector === indicator.sector);
    const fresh = indicatorRow(report, indicator, columnsOf(indicators));
    if (fresh.outerHTML !== row.outerHTML || table.dataset.layout !== layoutKey(indicators)) row.replaceWith(fresh);
  }
  main.dataset.version = String(report.version);
  for (const version of main.querySelectorAll('.version')) version.textContent = String(report.version);
}

function indicatorRow(report: Report, indicator: Indicator, columns: Columns): HTMLElement {
  const w = words();
  const lang = state.lang;
  const c = indicator.comparisons;
  const changed = state.changed.has(indicator.code);
  const before = state.changed.get(indicator.code);
  const details: string[] = [];
  if (!indicator.period.wholeYear) details.push(w.period(indicator.period.fromMonth, indicator.period.toMonth, indicator.period.year));
  if (c.ratePercent) details.push(w.rate(percentText(c.ratePercent, lang)));
  if (c.outOf) details.push(w.outOf(formatDecimal(indicator.value, lang), formatDecimal(c.outOf, lang)));
  if (c.target) {
    const value = c.target.unit === 'percent' ? percentText(c.target.value, lang) : `${formatDecimal(c.target.value, lang)} ${unitText(c.target.unit, '1', lang)}`;
    details.push(w.target(w.qualifier[c.target.qualifier] ?? '', value, c.target.met));
  }
  const findings = report.findings.filter((finding) => finding.subject === indicator.code);
  return h('tr', {
    'data-code': indicator.code,
    'data-status': indicator.status,
    'data-changed': changed ? 'true' : null,
    class: [changed ? 'changed' : '', findings.length ? 'has-finding' : ''].join(' ').trim() || null,
  },
  h('th', { scope: 'row', class: 'name' },
    h('span', { class: 'indicator-name' }, indicatorNameNode(indicator.code)),
    details.length ? h('span', { class: 'details' }, details.join(' · ')) : null,
    findings.map(findingNote),
    changed ? h('span', { class: 'changed-note' }, w.changed, before ? ` · ${w.was}: ${figureText(before.value, before.multiplier, before.unit, lang)}` : '') : null),
  h('td', { class: 'value', 'data-value': indicator.value }, figureNodes(indicator.value, indicator.multiplier, indicator.unit.code, lang)),
  columns.marks ? h('td', { class: 'marks' },
    indicator.qualifier !== 'EXACT' ? h('span', { class: 'qualifier', title: indicator.qualifierAsWritten ? `“${indicator.qualifierAsWritten}”` : null }, w.qualifier[indicator.qualifier] ?? indicator.qualifier) : null,
    indicator.status === 'ESTIMATE' ? h('abbr', { class: 'estimate', title: w.estimateTitle }, w.estimate) : null) : null,
  columns.change ? h('td', { class: 'cmp' }, c.change ? changeBar(indicator) : null) : null,
  columns.plan ? h('td', { class: 'cmp' }, c.shareOfPlan ? planBar(c.shareOfPlan.percent, c.shareOfPlan.planYear) : null) : null);
}

function changeBar(indicator: Indicator): HTMLElement {
  const change = indicator.comparisons.change!;
  const lang = state.lang;
  const sign = signOf(change.amount);
  const amountText = change.unit === 'PERCENT'
    ? percentText(change.amount, lang, true)
    : `${formatDecimal(change.amount, lang, { sign: true })} ${unitText(indicator.unit.code, indicator.multiplier, lang)}`;
  // For drawing only: a percent change as stated, an absolute one against the earlier figure it implies.
  let percent = approximate(change.amount);
  if (change.unit === 'ABSOLUTE') {
    const earlier = approximate(indicator.value) - percent;
    percent = earlier !== 0 ? (percent / Math.abs(earlier)) * 100 : 0;
  }
  const width = Math.min(50, (Math.abs(percent) / 50) * 50);
  const label = words().changeLabel(amountText, change.comparedToYear);
  return h('div', { class: `bar bar-change ${sign < 0 ? 'down' : sign > 0 ? 'up' : 'flat'}`, role: 'img', 'aria-label': label, title: label },
    h('span', { class: 'bar-caption' }, words().change),
    h('span', { class: 'track' },
      h('span', { class: 'axis' }),
      h('span', { class: 'fill', style: `width:${width.toFixed(1)}%;${sign < 0 ? `right:50%` : 'left:50%'}` })),
    h('span', { class: 'bar-text' }, amountText, h('span', { class: 'bar-year' }, ` / ${change.comparedToYear}`)));
}

function planBar(percentValue: string, planYear: number): HTMLElement {
  const lang = state.lang;
  const percent = approximate(percentValue);
  const width = Math.max(0, Math.min(100, (percent / 150) * 100));
  const text = percentText(percentValue, lang);
  const label = words().planLabel(text, planYear);
  return h('div', { class: `bar bar-plan ${percent >= 100 ? 'met' : 'short'}`, role: 'img', 'aria-label': label, title: label },
    h('span', { class: 'bar-caption' }, words().plan),
    h('span', { class: 'track' },
      h('span', { class: 'fill', style: `width:${width.toFixed(1)}%` }),
      h('span', { class: 'target', style: `left:${((100 / 150) * 100).toFixed(1)}%` })),
    h('span', { class: 'bar-text' }, text));
}

function findingNote(finding: Finding): HTMLElement {
  const w = words();
  return h('span', { class: 'finding', role: 'note', 'data-kind': finding.kind, title: w.findingTitle },
    h('span', { class: 'finding-flag', 'aria-hidden': 'true' }, '!'),
    h('span', { class: 'finding-label' }, `${w.finding}: `),
    h('span', { lang: 'en', class: 'finding-text' }, finding.message));
}

// ---------- the chart ----------

let chartElement: HTMLElement | null = null;

function chartFigure(): HTMLElement {
  const w = words();
  const report = state.report!;
  const select = h('select', { id: 'chart-indicator', onchange: (event: Event) => {
    state.chartCode = (event.target as HTMLSelectElement).value;
    loadChart();
  } }) as HTMLSelectElement;
  for (const sector of sectorOrder) {
    const indicators = report.indicators.filter((i) => i.sector === sector);
    if (!indicators.length) continue;
    select.append(h('optgroup', { label: sectorName(sector, state.lang) }, indicators.map((indicator) =>
      h('option', { value: indicator.code, selected: indicator.code === state.chartCode }, indicatorName(indicator.code)))));
  }
  if (state.chartCode) select.value = state.chartCode;
  chartElement = h('figure', { id: 'chart', class: 'chart', 'aria-labelledby': 'chart-heading' },
    h('h2', { id: 'chart-heading' }, w.chartHeading),
    h('div', { class: 'field' }, h('label', { for: 'chart-indicator' }, w.chartIndicator), select),
    h('div', { class: 'chart-body' }),
    h('figcaption', null, state.chartCode ? w.chartCaption(indicatorName(state.chartCode)) : w.noData));
  return chartElement;
}

async function loadChart(): Promise<void> {
  const report = state.report;
  const code = state.chartCode;
  if (!report || !code) return;
  const token = ++chartToken;
  const caption = chartElement?.querySelector('figcaption');
  if (caption) caption.textContent = words().chartCaption(indicatorName(code));
  if (!chartData || chartData.code !== code || chartData.year !== report.year || chartData.province !== report.province.code) {
    chartData = { code, year: report.year, province: report.province.code, comparison: null, series: null, synthetic: noSynthetic(), failed: false };
    drawChart(true);
  }
  try {
    const [compared, series, synthetic] = await Promise.all([
      graphql<{ compare: Comparison }>(compareQuery, { provinces: state.provinces.map((p) => p.code), year: report.year, codes: [code] }),
      graphql<{ indicatorSeries: Series }>(seriesQuery, { province: report.province.code, code }),
      syntheticReportsOf(report.province.code, report.year),
    ]);
    if (token !== chartToken) return;
    chartData = { code, year: report.year, province: report.province.code, comparison: compared.compare, series: series.indicatorSeries, synthetic, failed: false };
  } catch {
    if (token !== chartToken) return;
    chartData = { code, year: report.year, province: report.province.code, comparison: null, series: null, synthetic: noSynthetic(), failed: true };
  }
  drawChart();
}

/** Which reports behind the chart are synthetic: read once per province and year, as a figure's change does not alter it. */
let syntheticKnown: { key: string; reports: Promise<ChartData['synthetic']> } | null = null;

function syntheticReportsOf(province: string, year: number): Promise<ChartData['synthetic']> {
  const key = `${province}-${year}`;
  if (syntheticKnown?.key !== key) {
    const reports = graphql<SyntheticReports>(syntheticQuery, { province, year }).then((found) => ({
      provinces: new Set(found.ofYear.filter((each) => each.synthetic).map((each) => each.province.code)),
      years: new Set(found.ofProvince.filter((each) => each.synthetic).map((each) => each.year)),
    }));
    syntheticKnown = { key, reports };
    reports.catch(() => {
      if (syntheticKnown?.key === key) syntheticKnown = null;
    });
  }
  return syntheticKnown!.reports;
}

function drawChart(loading = false): void {
  const body = chartElement?.querySelector('.chart-body');
  const report = state.report;
  if (!body || !report) return;
  const w = words();
  if (!chartData || chartData.code !== state.chartCode || chartData.year !== report.year || chartData.province !== report.province.code || (loading && !chartData.comparison)) {
    body.replaceChildren(h('p', { class: 'loading' }, w.chartLoading));
    return;
  }
  if (chartData.failed) {
    body.replaceChildren(h('p', { class: 'notice error' }, w.chartFailed));
    return;
  }
  const width = Math.floor((body as HTMLElement).clientWidth || main.clientWidth || 600);
  const panelWidth = width >= 760 ? Math.floor((width - 24) / 2) : width;
  const input = {
    lang: state.lang,
    words: w,
    name: indicatorName(chartData.code),
    provinceCode: report.province.code,
    provinceName: report.province.name,
    year: report.year,
    comparison: chartData.comparison,
    series: chartData.series,
    synthetic: chartData.synthetic,
  };
  const across = provincesChart({ ...input, width: panelWidth });
  const years = yearsChart({ ...input, width: panelWidth });
  const table = (rows: [string, string][], first: string) => h('details', { class: 'chart-table' },
    h('summary', null, w.chartTable),
    h('table', null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, first), h('th', { scope: 'col' }, w.figure))),
      h('tbody', null, rows.map(([key, value]) => h('tr', null, h('th', { scope: 'row' }, key), h('td', null, value))))));
  const syntheticNote = (bars: number) => (bars ? h('p', { class: 'notice synthetic chart-synthetic', role: 'note' }, w.syntheticInChart(bars)) : null);
  body.replaceChildren(
    h('div', { class: 'chart-panel' }, h('h3', null, w.acrossProvinces(report.year)), across.svg, syntheticNote(across.syntheticBars), table(across.rows, w.province)),
    h('div', { class: 'chart-panel' }, h('h3', null, w.acrossYears(report.province.name), years.unit ? h('span', { class: 'chart-unit' }, ` (${years.unit})`) : null), years.svg, syntheticNote(years.syntheticBars), table(years.rows, w.year)),
  );
}

let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => drawChart(), 150);
});

// ---------- controls ----------

provinceSelect.addEventListener('change', () => {
  state.report = null;
  void chooseProvince(provinceSelect.value, state.year);
});

yearSelect.addEventListener('change', () => {
  state.year = Number.parseInt(yearSelect.value, 10);
  state.report = null;
  writeUrl();
  void loadReport();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang === 'en' ? 'en' : 'vi';
    if (lang === state.lang) return;
    state.lang = lang;
    writeUrl();
    renderChrome();
    if (state.report) renderReport();
    else if (state.year === null && state.provinces.length) renderEmpty(words().noReports(provinceName(state.provinceCode)));
  });
}

document.getElementById('pickers')!.addEventListener('submit', (event) => event.preventDefault());

void start();
