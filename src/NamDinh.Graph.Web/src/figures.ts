import type { Unit } from './api';
import { h } from './dom';
import { formatDecimal, multiplierWord, type Lang } from './numbers';

// A figure written the way a reader of the language expects: the number as the report wrote it
// (before the multiplier), then the multiplier word and the unit: "130 tỷ đồng", "130 billion VND",
// "99,5 %", "99.5%".
let units = new Map<string, Unit>();

export function setUnits(list: Unit[]): void {
  units = new Map(list.map((unit) => [unit.code, unit]));
}

export function isPercent(unitCode: string): boolean {
  return unitCode === 'percent';
}

export function unitText(unitCode: string, multiplier: string | null | undefined, lang: Lang): string {
  if (isPercent(unitCode)) return '%';
  const unit = units.get(unitCode);
  let name: string;
  if (unitCode === 'VND') name = lang === 'vi' ? unit?.vi ?? 'đồng' : 'VND';
  else name = (lang === 'vi' ? unit?.vi : unit?.en) ?? unit?.vi ?? unitCode;
  const word = multiplierWord(multiplier, lang);
  return word ? `${word} ${name}` : name;
}

/** Vietnamese puts a space before "%" ("99,5 %"), English does not ("99.5%"); every other unit is spaced. */
function gap(unitCode: string, lang: Lang): string {
  return isPercent(unitCode) && lang === 'en' ? '' : ' ';
}

/** The figure as plain text: "1.600.000 thuê bao", "99,5%". */
export function figureText(value: string, multiplier: string | null | undefined, unitCode: string, lang: Lang): string {
  const unit = unitText(unitCode, multiplier, lang);
  return `${formatDecimal(value, lang)}${gap(unitCode, lang)}${unit}`;
}

/** The figure as elements: the number, then its unit in a .unit element. */
export function figureNodes(value: string, multiplier: string | null | undefined, unitCode: string, lang: Lang): (Node | string)[] {
  const unit = unitText(unitCode, multiplier, lang);
  return [
    h('span', { class: 'num' }, formatDecimal(value, lang)),
    gap(unitCode, lang),
    h('span', { class: 'unit' }, unit),
  ];
}

/** A percentage written the language's way, with its sign when asked: "+12,5 %" / "+12.5%". */
export function percentText(value: string, lang: Lang, sign = false): string {
  return lang === 'vi' ? `${formatDecimal(value, lang, { sign })} %` : `${formatDecimal(value, lang, { sign })}%`;
}
