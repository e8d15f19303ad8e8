import './styles.css';
import { catalogQuery, graphql, listReports, reportQuery, type Definition, type Province, type Report, type Unit } from './api';
import { readUrl, writeUrl } from './address';
import { loadChart, redrawOnResize } from './chartPanel';
import { renderChrome } from './chrome';
import { defaultReport } from './defaultReport';
import { h } from './dom';
import { provinceSelect, yearSelect } from './elements';
import { setUnits } from './figures';
import { follow } from './liveUpdates';
import { renderEmpty, setBusy, showError } from './notices';
import { renderReport } from './reportView';
import { provinceName, state, words } from './state';

// The page: a province and year picker, then the report (reportView.ts) with its chart (chartPanel.ts), kept
// current by live changes (liveUpdates.ts). This file wires them: the pickers, loading a report, the start.

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
    showError(error, retry);
    return;
  }
  const wanted = url.province?.trim().toLowerCase();
  const province = state.provinces.find((p) => p.code === wanted || p.slug === wanted || p.name.toLowerCase() === wanted);
  if (province) {
    await chooseProvince(province.code, url.year);
    return;
  }
  // No province chosen: the default report (of the year chosen, when there is one that year).
  let chosen;
  try {
    const reports = await listReports({});
    const ofYear = reports.filter((report) => report.year === url.year);
    chosen = defaultReport(ofYear.length ? ofYear : reports);
  } catch (error) {
    showError(error, retry);
    return;
  }
  await chooseProvince(chosen?.province.code ?? provincesByName()[0]?.code ?? '', url.year ?? chosen?.year ?? null);
}

const retry = () => void start();

/** Opens a province's report of the preferred year, or, when it has none that year, its default report. */
async function chooseProvince(code: string, preferredYear: number | null): Promise<void> {
  state.provinceCode = code;
  const token = ++state.load;
  setBusy(true);
  let reports;
  try {
    reports = await listReports({ province: code });
    if (token !== state.load) return;
    state.years = [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b);
  } catch (error) {
    if (token === state.load) showError(error, retry);
    return;
  }
  state.year = preferredYear !== null && state.years.includes(preferredYear)
    ? preferredYear
    : defaultReport(reports)?.year ?? null;
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

async function loadReport(token = ++state.load): Promise<void> {
  if (state.year === null) return;
  setBusy(true);
  state.changed = new Map();
  try {
    const data = await graphql<{ report: Report | null }>(reportQuery, { province: state.provinceCode, year: state.year });
    if (token !== state.load) return;
    state.report = data.report;
  } catch (error) {
    if (token === state.load) showError(error, retry);
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

// ---------- the pickers and the language switch ----------

function provincesByName(): Province[] {
  const collator = new Intl.Collator('vi');
  return [...state.provinces].sort((a, b) => collator.compare(a.name, b.name));
}

function renderPickers(): void {
  const provinces = provincesByName();
  provinceSelect.replaceChildren(...provinces.map((province) =>
    h('option', { value: province.code, selected: province.code === state.provinceCode }, province.name)));
  provinceSelect.value = state.provinceCode;
  provinceSelect.disabled = provinces.length === 0;
  yearSelect.replaceChildren(...[...state.years].reverse().map((year) => h('option', { value: year, selected: year === state.year }, String(year))));
  if (state.year !== null) yearSelect.value = String(state.year);
  yearSelect.disabled = state.years.length === 0;
}

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

redrawOnResize();
void start();
