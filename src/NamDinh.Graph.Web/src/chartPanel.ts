import { compareQuery, graphql, seriesQuery, syntheticQuery, type Comparison, type Series, type SyntheticReports } from './api';
import { provincesChart, yearsChart } from './chart';
import { h } from './dom';
import { reportArea } from './elements';
import { sectorName, sectorOrder } from './i18n';
import { indicatorName, state, words } from './state';

// The chart's figure in the report: its indicator picker, the data behind it (compare, the series, which reports
// are synthetic) read for the open report, and the two charts of chart.ts drawn from it.

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
let chartToken = 0;
const noSynthetic = () => ({ provinces: new Set<string>(), years: new Set<number>() });

let chartElement: HTMLElement | null = null;

export function chartFigure(): HTMLElement {
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

export async function loadChart(): Promise<void> {
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

export function drawChart(loading = false): void {
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
  const width = Math.floor((body as HTMLElement).clientWidth || reportArea.clientWidth || 600);
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

/** Draws the chart again at the new width, once the window has stopped changing size. */
export function redrawOnResize(): void {
  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => drawChart(), 150);
  });
}
