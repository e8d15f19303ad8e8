import type { CompareFigure, Comparison, Series } from './api';
import { h } from './dom';
import { figureText, unitText } from './figures';
import { approximate, formatDecimal, type Lang } from './numbers';
import type { Words } from './i18n';

// Two small SVG charts of one indicator: the provinces of the year side by side (from compare) and
// the province over the years (from indicatorSeries). Bar lengths are drawn from baseValue (value ×
// multiplier, so provinces writing "tỷ" and "triệu" compare fairly); every label is the API's own
// decimal, written exactly.

export interface ChartInput {
  lang: Lang;
  words: Words;
  name: string;
  provinceCode: string;
  provinceName: string;
  year: number;
  comparison: Comparison | null;
  series: Series | null;
  /** The provinces of the year, and the years of the province, whose reports are synthetic test data. */
  synthetic: { provinces: Set<string>; years: Set<number> };
  width: number;
}

const barColor = '#6b86a8';
const currentColor = '#14365d';
const estimateColor = '#a9bad0';

function label(figure: CompareFigure, lang: Lang, words: Words, synthetic = false): string {
  const text = figureText(figure.value, figure.multiplier, figure.unit.code, lang);
  const marks = [figure.status === 'ESTIMATE' ? words.estimate : null, synthetic ? words.syntheticShort : null].filter(Boolean);
  return marks.length ? `${text} (${marks.join(', ')})` : text;
}

/** A striped fill, so that a bar drawn from synthetic test data is never read as a real figure. */
function syntheticPattern(id: string): Element {
  return h('defs', null,
    h('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      h('rect', { width: 6, height: 6, fill: '#ffffff' }),
      h('rect', { width: 3, height: 6, fill: '#8a6d1f' })));
}

const syntheticStroke = '#8a6d1f';

/** The chart's SVG, labelled with its summary, with the synthetic stripes defined and the baseline at <baseline>. */
function chartSvg(kind: 'provinces' | 'years', summary: string, width: number, height: number, baseline: number): Element {
  const svg = h('svg', { role: 'img', 'aria-label': summary, viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg', 'data-chart': kind });
  svg.append(syntheticPattern(`synthetic-${kind}`));
  svg.append(h('line', { x1: 0, x2: width, y1: baseline + 0.5, y2: baseline + 0.5, stroke: '#5c6b7a', 'stroke-width': 1 }));
  return svg;
}

/** A bar's fill and outline: the report shown dark, estimates lighter and outlined, synthetic figures striped. */
function barStyle(kind: 'provinces' | 'years', isOwn: boolean, figure: CompareFigure, synthetic: boolean) {
  const estimate = figure.status === 'ESTIMATE';
  return {
    fill: synthetic ? `url(#synthetic-${kind})` : isOwn ? currentColor : estimate ? estimateColor : barColor,
    stroke: synthetic ? (isOwn ? currentColor : syntheticStroke) : estimate && !isOwn ? barColor : null,
    'data-synthetic': synthetic ? 'true' : null,
  };
}

export function provincesChart(input: ChartInput): { svg: Element; rows: [string, string][]; summary: string; syntheticBars: number } {
  const { lang, words } = input;
  const entries = (input.comparison?.rows ?? [])
    .map((row) => ({ province: row.province, figure: row.figures[0] ?? null }))
    .filter((entry): entry is { province: { code: string; name: string }; figure: CompareFigure } => entry.figure !== null)
    .map((entry) => ({ ...entry, amount: approximate(entry.figure.baseValue), synthetic: input.synthetic.provinces.has(entry.province.code) }))
    .filter((entry) => Number.isFinite(entry.amount))
    .sort((a, b) => b.amount - a.amount || a.province.name.localeCompare(b.province.name, 'vi'));
  const width = Math.max(280, input.width);
  const height = 190;
  const top = 34;
  const bottom = 20;
  const plot = height - top - bottom;
  const max = Math.max(0, ...entries.map((entry) => entry.amount));
  const step = entries.length ? width / entries.length : width;
  const barWidth = Math.max(2, step * 0.72);
  const place = entries.findIndex((entry) => entry.province.code === input.provinceCode);
  const own = place >= 0 ? entries[place] : null;
  const summary = own
    ? words.provincesSummary(input.name, own.province.name, label(own.figure, lang, words, own.synthetic), place + 1, entries.length)
    : words.provincesNoValue(input.name, input.provinceName, entries.length);
  const syntheticBars = entries.filter((entry) => entry.synthetic).length;

  const svg = chartSvg('provinces', summary, width, height, top + plot);
  entries.forEach((entry, index) => {
    const length = max > 0 ? Math.max(1, (Math.max(0, entry.amount) / max) * plot) : 1;
    const x = index * step + (step - barWidth) / 2;
    const isOwn = entry.province.code === input.provinceCode;
    svg.append(h('rect', { x: x.toFixed(1), y: (top + plot - length).toFixed(1), width: barWidth.toFixed(1), height: length.toFixed(1), ...barStyle('provinces', isOwn, entry.figure, entry.synthetic), 'data-province': entry.province.code },
      h('title', null, `${index + 1}. ${entry.province.name}: ${label(entry.figure, lang, words, entry.synthetic)}`)));
  });
  if (own) {
    const x = place * step + step / 2;
    const anchor = x < width * 0.2 ? 'start' : x > width * 0.8 ? 'end' : 'middle';
    svg.append(h('text', { x: x.toFixed(1), y: 14, 'text-anchor': anchor, class: 'chart-label strong' }, `${own.province.name}: ${label(own.figure, lang, words, own.synthetic)}`));
    svg.append(h('text', { x: x.toFixed(1), y: 29, 'text-anchor': anchor, class: 'chart-label' }, `#${place + 1} / ${entries.length}`));
    svg.append(h('line', { x1: x.toFixed(1), x2: x.toFixed(1), y1: 32, y2: top + plot - (max > 0 ? (Math.max(0, own.amount) / max) * plot : 1), stroke: currentColor, 'stroke-dasharray': '2 2' }));
  }
  svg.append(h('text', { x: 0, y: height - 4, class: 'chart-axis' }, entries.length ? `#1 ${entries[0].province.name}` : words.noData));
  if (entries.length > 1)
    svg.append(h('text', { x: width, y: height - 4, 'text-anchor': 'end', class: 'chart-axis' }, `#${entries.length} ${entries[entries.length - 1].province.name}`));

  const rows = entries.map((entry, index) => [`${index + 1}. ${entry.province.name}`, label(entry.figure, lang, words, entry.synthetic)] as [string, string]);
  return { svg, rows, summary: syntheticBars ? `${summary} ${words.syntheticInChart(syntheticBars)}` : summary, syntheticBars };
}

export function yearsChart(input: ChartInput): { svg: Element; rows: [string, string][]; summary: string; unit: string; syntheticBars: number } {
  const { lang, words } = input;
  const points = (input.series?.points ?? []).map((point) => ({
    year: point.year,
    figure: point.figure?.figure ?? null,
    amount: approximate(point.figure?.figure.baseValue),
    synthetic: input.synthetic.years.has(point.year),
  }));
  const width = Math.max(280, input.width);
  const height = 190;
  const top = 22;
  const bottom = 24;
  const plot = height - top - bottom;
  const max = Math.max(0, ...points.map((point) => (Number.isFinite(point.amount) ? point.amount : 0)));
  const step = points.length ? width / points.length : width;
  const barWidth = Math.min(72, step * 0.6);
  const rows = points.map((point) => [String(point.year), point.figure ? label(point.figure, lang, words, point.synthetic) : words.noData] as [string, string]);
  const syntheticBars = points.filter((point) => point.figure && point.synthetic).length;
  const shown = points.filter((point) => point.figure);
  const sameUnit = shown.every((point) => point.figure!.multiplier === shown[0].figure!.multiplier && point.figure!.unit.code === shown[0].figure!.unit.code);
  const summary = words.yearsSummary(input.name, rows.map(([year, value]) => `${year}: ${value}`).join('; '))
    + (syntheticBars ? ` ${words.syntheticInChart(syntheticBars)}` : '');

  const svg = chartSvg('years', summary, width, height, top + plot);
  points.forEach((point, index) => {
    const centre = index * step + step / 2;
    const isOwn = point.year === input.year;
    if (point.figure && Number.isFinite(point.amount)) {
      const length = max > 0 ? Math.max(1, (Math.max(0, point.amount) / max) * plot) : 1;
      svg.append(h('rect', { x: (centre - barWidth / 2).toFixed(1), y: (top + plot - length).toFixed(1), width: barWidth.toFixed(1), height: length.toFixed(1), ...barStyle('years', isOwn, point.figure, point.synthetic), 'data-year': point.year },
        h('title', null, `${point.year}: ${label(point.figure, lang, words, point.synthetic)}`)));
      const short = sameUnit ? formatDecimal(point.figure.value, lang) : figureText(point.figure.value, point.figure.multiplier, point.figure.unit.code, lang);
      svg.append(h('text', { x: centre.toFixed(1), y: (top + plot - length - 5).toFixed(1), 'text-anchor': 'middle', class: isOwn ? 'chart-label strong' : 'chart-label' }, short));
    } else {
      svg.append(h('text', { x: centre.toFixed(1), y: (top + plot - 5).toFixed(1), 'text-anchor': 'middle', class: 'chart-axis' }, '—'));
    }
    svg.append(h('text', { x: centre.toFixed(1), y: height - 6, 'text-anchor': 'middle', class: isOwn ? 'chart-axis strong' : 'chart-axis' }, String(point.year)));
  });
  const unit = sameUnit && shown.length ? unitText(shown[0].figure!.unit.code, shown[0].figure!.multiplier, lang) : '';
  return { svg, rows, summary, unit, syntheticBars };
}
