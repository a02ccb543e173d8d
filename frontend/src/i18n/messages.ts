import type { de } from './de';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Messages is the shape of a language: de's keys with any string values. */
export type Messages = Widen<typeof de>;

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (languages as readonly string[]).includes(v);
}
