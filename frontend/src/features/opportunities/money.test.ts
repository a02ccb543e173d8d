import { describe, expect, it } from 'vitest';
import { formatAmount, formatEUR, parseAmount } from './money';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('formatEUR', () => {
  it('writes German and English notation', () => {
    expect(formatEUR(1234.56, 'de')).toBe(nbsp('1.234,56 €'));
    expect(formatEUR(250000, 'de')).toBe(nbsp('250.000 €'));
    expect(formatEUR(0.5, 'de')).toBe(nbsp('0,50 €'));
    expect(formatEUR(1234.56, 'en')).toBe('€1,234.56');
    expect(formatAmount(1234.5, 'de')).toBe('1.234,50');
  });
});

describe('parseAmount', () => {
  const cases: [string, string, number | null][] = [
    ['', 'de', 0],
    ['12.500', 'de', 12500],
    ['1.234,56', 'de', 1234.56],
    ['1234,5', 'de', 1234.5],
    ['12 500 €', 'de', 12500],
    ['1.234.567', 'de', 1234567],
    ['12.5', 'de', 12.5],
    ['1,234.56', 'de', 1234.56],
    ['12,500', 'en', 12500],
    ['1,234.56', 'en', 1234.56],
    ['1234,5', 'en', 1234.5],
    ['-5', 'de', null],
    ['1,234', 'de', null],
    ['1,2,3', 'de', null],
    ['12.34.5', 'de', null],
    ['abc', 'de', null],
    ['1e5', 'de', null],
    ['99999999999999', 'de', null],
  ];
  it.each(cases)('%s (%s) → %s', (text, lang, want) => {
    expect(parseAmount(text, lang)).toBe(want);
  });
  it('reads back what it formats', () => {
    for (const v of [0, 1, 999.99, 1234.5, 1_000_000, 12_345_678.9]) {
      expect(parseAmount(formatAmount(v, 'de'), 'de')).toBe(v);
      expect(parseAmount(formatAmount(v, 'en'), 'en')).toBe(v);
    }
  });
});
