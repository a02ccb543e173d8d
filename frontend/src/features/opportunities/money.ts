import { limits } from '../../api/domain.gen';
/** The number locale of a UI language: German notation unless English. */
export function numberLocale(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : 'de-DE';
}

function digits(v: number) {
  const whole = Math.abs(v - Math.round(v)) < 0.005;
  return { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 };
}

/**
 * formatEUR shows an amount in euros the way the language writes it:
 * "1.234,56 €" in German, "€1,234.56" in English; whole amounts without cents.
 */
export function formatEUR(v: number, lang: string): string {
  return new Intl.NumberFormat(numberLocale(lang), {
    style: 'currency',
    currency: 'EUR',
    ...digits(v),
  }).format(v);
}

/** formatAmount writes an amount for an input field: "1.234,56" in German. */
export function formatAmount(v: number, lang: string): string {
  return new Intl.NumberFormat(numberLocale(lang), digits(v)).format(v);
}

/** The largest amount Go accepts (kam.MaxValue, in EUR). */
export const maxAmount = limits.maxValue;

/**
 * parseAmount reads an amount as people type it: "12.500", "1.234,56",
 * "1234.5", "12 500 €" in German; "12,500" or "1,234.56" in English. When
 * both "." and "," appear, the last one is the decimal mark. Empty means 0;
 * null means it is not an amount of 0 or more with at most two decimals.
 */
export function parseAmount(text: string, lang: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/eur$/i, '');
  if (s === '') return 0;
  if (!/^[\d.,]+$/.test(s)) return null;
  const de = !lang.startsWith('en');
  const localDecimal = de ? ',' : '.';
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  let decimal: string | null = null;
  if (hasDot && hasComma) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  } else if (hasDot || hasComma) {
    const mark = hasDot ? '.' : ',';
    const grouping = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`);
    if (mark === localDecimal) decimal = mark;
    else if (grouping.test(s)) decimal = null;
    else decimal = mark; // "12.5" typed in German: a decimal after all
  }
  if (decimal) {
    const group = decimal === '.' ? ',' : '.';
    const [int = '', frac = '', ...rest] = s.split(decimal);
    if (rest.length > 0) return null;
    if (int.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(int)) return null;
    s = `${int.split(group).join('') || '0'}.${frac}`;
  } else {
    s = s.replace(/[.,]/g, ''); // only a well-formed grouping gets here
  }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && n <= maxAmount ? n : null;
}
