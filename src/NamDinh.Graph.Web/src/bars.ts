import type { Indicator } from './api';
import { h } from './dom';
import { percentText, unitText } from './figures';
import { approximate, formatDecimal, signOf } from './numbers';
import { state, words } from './state';

// The small bars beside a figure: its change on the year before, and its share of plan.

export function changeBar(indicator: Indicator): HTMLElement {
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

export function planBar(percentValue: string, planYear: number): HTMLElement {
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
