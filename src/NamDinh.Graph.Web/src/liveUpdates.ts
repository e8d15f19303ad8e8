import { graphql, reportQuery, type IndicatorChange, type Report } from './api';
import { loadChart } from './chartPanel';
import { renderLive } from './chrome';
import { h } from './dom';
import { announcements } from './elements';
import { figureText } from './figures';
import { followReport } from './live';
import { updateInPlace } from './reportView';
import { indicatorName, state, words } from './state';

// The open report kept current: each figure changed through the subscription (live.ts) is applied, marked and
// announced at once; the report is then read again for what a figure's change alters elsewhere (findings, version).

let stopFollowing: (() => void) | null = null;
let refreshTimer: number | undefined;

export function follow(): void {
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

/** Reads the report again after live changes (its findings and version), keeping the marks of what changed. */
async function refreshReport(): Promise<void> {
  if (!state.report || state.year === null) return;
  const token = state.load;
  try {
    const data = await graphql<{ report: Report | null }>(reportQuery, { province: state.provinceCode, year: state.year });
    if (token !== state.load || !data.report) return;
    if (state.report && data.report.version < state.report.version) return;
    state.report = data.report;
    updateInPlace();
  } catch {
    // The live figures already shown stay; the next change or reconnection tries again.
  }
}
