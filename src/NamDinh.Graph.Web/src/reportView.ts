import type { Finding, Indicator, NarrativeItem, Report } from './api';
import { changeBar, planBar } from './bars';
import { chartFigure, drawChart } from './chartPanel';
import { renderChrome } from './chrome';
import { h, localized } from './dom';
import { reportArea } from './elements';
import { figureNodes, figureText, percentText, unitText } from './figures';
import { sectorName, sectorOrder } from './i18n';
import { formatDecimal } from './numbers';
import { indicatorNameNode, state, words } from './state';

// The report on the page: its head, rankings, the chart, then each sector's figures (with their comparisons and
// findings) and narrative, and the findings about nothing shown in a table. After a live change, only the rows
// that changed are drawn again when the tables keep their shape.

interface Columns { marks: boolean; change: boolean; plan: boolean }

/** The findings drawn outside the tables, as last drawn: when they differ, a live change redraws the report. */
let renderedOutsideFindings = '';

export function renderReport(): void {
  const report = state.report;
  if (!report) return;
  const w = words();
  const focusKey = (document.activeElement as HTMLElement | null)?.id;
  const sectors = sectorOrder.filter((sector) =>
    report.indicators.some((i) => i.sector === sector)
    || [report.tasks, report.shortcomings, report.causes, report.priorities].some((list) => list.some((item) => item.sector === sector)));
  const used = new Set([...report.indicators.map((i) => i.code), ...report.rankings.map((r) => r.index)]);
  const otherFindings = report.findings.filter((finding) => !used.has(finding.subject));

  reportArea.dataset.version = String(report.version);
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
  reportArea.replaceChildren(...parts.flat().filter((part): part is Node => part !== null));
  drawChart();
  reportArea.setAttribute('aria-busy', 'false');
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
export function updateInPlace(): void {
  const report = state.report;
  if (!report) return;
  const sectorsShown = [...reportArea.querySelectorAll<HTMLElement>('section[data-sector]')];
  const tablesMatch = sectorsShown.length > 0 && sectorOrder.every((sector) => {
    const indicators = report.indicators.filter((i) => i.sector === sector);
    const table = reportArea.querySelector<HTMLElement>(`section[data-sector="${sector}"] table.figures`);
    return table ? table.dataset.layout === layoutKey(indicators) : indicators.length === 0;
  });
  const outside = report.findings.filter((f) => !report.indicators.some((i) => i.code === f.subject)).map((f) => f.id + f.message).join('|');
  if (!tablesMatch || outside !== renderedOutsideFindings) {
    renderReport();
    return;
  }
  for (const row of reportArea.querySelectorAll<HTMLElement>('tr[data-code]')) {
    const indicator = report.indicators.find((i) => i.code === row.dataset.code);
    if (!indicator) continue;
    const table = row.closest('table')!;
    const indicators = report.indicators.filter((i) => i.sector === indicator.sector);
    const fresh = indicatorRow(report, indicator, columnsOf(indicators));
    if (fresh.outerHTML !== row.outerHTML || table.dataset.layout !== layoutKey(indicators)) row.replaceWith(fresh);
  }
  reportArea.dataset.version = String(report.version);
  for (const version of reportArea.querySelectorAll('.version')) version.textContent = String(report.version);
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

function findingNote(finding: Finding): HTMLElement {
  const w = words();
  return h('span', { class: 'finding', role: 'note', 'data-kind': finding.kind, title: w.findingTitle },
    h('span', { class: 'finding-flag', 'aria-hidden': 'true' }, '!'),
    h('span', { class: 'finding-label' }, `${w.finding}: `),
    h('span', { lang: 'en', class: 'finding-text' }, finding.message));
}
