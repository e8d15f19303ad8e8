import type { Lang } from './numbers';
import { state } from './state';

// The page's address keeps the choice: /?province=36&year=2021&lang=en.

export function readUrl(): { province: string | null; year: number | null; lang: Lang } {
  const params = new URLSearchParams(location.search);
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return {
    province: params.get('province'),
    year: Number.isFinite(year) ? year : null,
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
}

export function writeUrl(): void {
  const params = new URLSearchParams();
  params.set('province', state.provinceCode);
  if (state.year !== null) params.set('year', String(state.year));
  params.set('lang', state.lang);
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}
