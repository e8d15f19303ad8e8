import type { Definition, Province, Report } from './api';
import { localized } from './dom';
import { t } from './i18n';
import type { LiveState } from './live';
import type { Lang } from './numbers';

// What the page shows and what it knows, shared by its parts: one object, changed in place.

/** A figure as it stood before a live change. */
export interface FigureBefore { value: string; multiplier: string; unit: string }

export interface State {
  lang: Lang;
  provinces: Province[];
  definitions: Map<string, Definition>;
  provinceCode: string;
  years: number[];
  year: number | null;
  report: Report | null;
  /** Indicator codes changed live since the report was opened, with the figure before. */
  changed: Map<string, FigureBefore | null>;
  chartCode: string | null;
  live: LiveState;
  /** Counts the loads of a report: an answer to an earlier load than the latest is dropped. */
  load: number;
}

export const state: State = {
  lang: 'vi',
  provinces: [],
  definitions: new Map(),
  provinceCode: '',
  years: [],
  year: null,
  report: null,
  changed: new Map(),
  chartCode: null,
  live: 'connecting',
  load: 0,
};

export const words = () => t(state.lang);

export function indicatorName(code: string, lang = state.lang): string {
  const definition = state.definitions.get(code);
  return (lang === 'en' ? definition?.en : definition?.vi) ?? definition?.vi ?? code;
}

export function indicatorNameNode(code: string): HTMLElement {
  const definition = state.definitions.get(code);
  return localized(definition?.vi, definition?.en, state.lang, code);
}

export function provinceName(code: string): string {
  return state.provinces.find((province) => province.code === code)?.name ?? code;
}
