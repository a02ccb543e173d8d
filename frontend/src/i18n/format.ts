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

/** todayISO is today's local date as `YYYY-MM-DD`. */
export function todayISO(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
