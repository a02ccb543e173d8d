import type { Language } from './messages';

const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** formatDate shows a stored `YYYY-MM-DD` date the way the language writes it. */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  // Built from its parts, so no time zone can move it to another day.
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const locale = lang === 'en' ? locales.en : locales.de;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * formatNumber writes a number the way the language does ("62,5" in German,
 * "62.5" in English) with exactly `decimals` decimals. Rounding is the
 * caller's business: the number is expected to have no more decimals.
 */
export function formatNumber(v: number, lang: string, decimals = 0): string {
  const locale = lang === 'en' ? locales.en : locales.de;
  const key = `${locale}/${decimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, f);
  }
  return f.format(v);
}

/** todayISO is today's local date as `YYYY-MM-DD`. */
export function todayISO(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
