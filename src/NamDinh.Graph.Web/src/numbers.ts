// Exact formatting of the API's Decimal strings ("1600000", "99.5", "-28"): digits are grouped
// by hand, never through a binary float, so "23000000" stays 23.000.000 exactly.
export type Lang = 'vi' | 'en';

const separators: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

interface Parts { negative: boolean; integer: string; fraction: string }

/** Splits a decimal string into sign, integer digits and fraction digits; null when it is not one. */
export function parseDecimal(text: string): Parts | null {
  const match = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  let integer = match[2] || '0';
  let fraction = match[3] ?? '';
  const exponent = match[4] ? parseInt(match[4], 10) : 0;
  if (exponent > 0) {
    const moved = fraction.padEnd(exponent, '0');
    integer += moved.slice(0, exponent);
    fraction = moved.slice(exponent);
  } else if (exponent < 0) {
    const padded = integer.padStart(-exponent + 1, '0');
    fraction = padded.slice(padded.length + exponent) + fraction;
    integer = padded.slice(0, padded.length + exponent);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  const negative = match[1] === '-' && /[1-9]/.test(integer + fraction);
  return { negative, integer, fraction };
}

/** "1600000" → "1.600.000" (vi) or "1,600,000" (en); "99.5" → "99,5" or "99.5". The digits stay as the API wrote them. */
export function formatDecimal(text: string, lang: Lang, options: { sign?: boolean } = {}): string {
  const parts = parseDecimal(text);
  if (!parts) return text;
  const { group, decimal } = separators[lang];
  const grouped = parts.integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = parts.fraction ? grouped + decimal + parts.fraction : grouped;
  if (parts.negative) return '-' + body;
  if (options.sign && /[1-9]/.test(parts.integer + parts.fraction)) return '+' + body;
  return body;
}

/** The sign of a decimal string: -1, 0 or 1. */
export function signOf(text: string): number {
  const parts = parseDecimal(text);
  if (!parts || !/[1-9]/.test(parts.integer + parts.fraction)) return 0;
  return parts.negative ? -1 : 1;
}

/** A float for drawing only (bar lengths): never shown as a figure. */
export function approximate(text: string | null | undefined): number {
  if (text == null) return NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

const multiplierWords: Record<string, Record<Lang, string>> = {
  '1000': { vi: 'nghìn', en: 'thousand' },
  '1000000': { vi: 'triệu', en: 'million' },
  '1000000000': { vi: 'tỷ', en: 'billion' },
};

/** The word for a multiplier ("tỷ" / "billion"); "" for 1; "× 10^n" for another power of ten. */
export function multiplierWord(multiplier: string | null | undefined, lang: Lang): string {
  if (!multiplier) return '';
  const parts = parseDecimal(multiplier);
  if (!parts || parts.negative) return '';
  const canonical = parts.fraction ? `${parts.integer}.${parts.fraction}` : parts.integer;
  if (canonical === '1') return '';
  const word = multiplierWords[canonical];
  if (word) return word[lang];
  return '× ' + formatDecimal(canonical, lang);
}
