// The same table the PDF's formatting is tested against (internal/pdf/format_test.go).
import table from '../../../../internal/pdf/testdata/score-format.json';
import {
  fewRated,
  formatChange,
  formatScore,
  formatValue,
  ratedCount,
  roundHalfAway,
  scoreBand,
} from './scoreFormat';

const langs = ['de', 'en'] as const;

describe('formatScore follows the shared table', () => {
  for (const c of table.scores) {
    it(`${String(c.value)} → ${c.de} (${c.band})`, () => {
      for (const lang of langs) expect(formatScore(c.value, lang)).toBe(c[lang]);
      expect(scoreBand(c.value)).toBe(c.band);
    });
  }
  it('never shows decimals', () => {
    for (let v = 0; v <= 100; v += 100 / 48) {
      expect(formatScore(v, 'de')).toMatch(/^\d+$/);
    }
  });
});

describe('formatValue follows the shared table', () => {
  for (const c of table.values) {
    it(`${String(c.value)} → ${c.de}`, () => {
      for (const lang of langs) expect(formatValue(c.value, lang)).toBe(c[lang]);
    });
  }
});

describe('formatChange follows the shared table', () => {
  for (const c of table.changes) {
    it(`${String(c.before)} → ${String(c.now)}: ${c.de}`, () => {
      for (const lang of langs) expect(formatChange(c.now, c.before, lang)).toBe(c[lang]);
    });
  }
});

describe('roundHalfAway', () => {
  it('rounds a half away from zero, on both sides', () => {
    expect(roundHalfAway(62.5)).toBe(63);
    expect(roundHalfAway(-62.5)).toBe(-63);
    expect(roundHalfAway(2.25, 1)).toBe(2.3);
    expect(roundHalfAway(-2.25, 1)).toBe(-2.3);
    expect(roundHalfAway(0.49)).toBe(0);
  });
  it('never writes a negative zero', () => {
    expect(formatScore(-0.2, 'de')).toBe('0');
    expect(formatValue(-0.01, 'en')).toBe('0.0');
  });
});

describe('bands', () => {
  it('are red below 40, amber from 40 to 69 and green from 70, by the number shown', () => {
    expect([0, 39, 40, 55, 69, 70, 100].map(scoreBand)).toEqual([
      'low',
      'low',
      'mid',
      'mid',
      'mid',
      'high',
      'high',
    ]);
    // 69.6 shows as 70, so it is green like every other 70.
    expect(scoreBand(69.6)).toBe('high');
    expect(scoreBand(null)).toBe('none');
  });
});

describe('ratedCount', () => {
  it('counts rated questions out of those that can have a value', () => {
    const c = ratedCount([
      { answered: 4, na: 1, total: 10 },
      { answered: 2, na: 0, total: 8 },
    ]);
    expect(c).toEqual({ rated: 6, total: 17 });
    expect(fewRated(c)).toBe(true);
    expect(fewRated({ rated: 17, total: 17 })).toBe(false);
  });
});
