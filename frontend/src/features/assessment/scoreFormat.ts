import type { Band } from '../../api/assessment';
import { limits } from '../../api/domain.gen';
import { formatNumber } from '../../i18n/format';

/**
 * How scores look on screen, on the projector and in the PDF (DESIGN.md,
 * Scores): whole numbers rounded half away from zero, a question's value with
 * one decimal. Full precision stays in Go's `report --json`. The PDF
 * (internal/pdf/format.go) is tested against the same table as this module,
 * internal/pdf/testdata/score-format.json.
 */

/** ScoreBand colours a score (Go's kam.Band): red, amber or green; none without a score. */
export type ScoreBand = 'none' | Band;

/** roundHalfAway rounds to `decimals` places, a half away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAway(v: number, decimals = 0): number {
  const f = 10 ** decimals;
  // The same operations as Go's math.Round(v*f)/f, so both sides agree on every half.
  const r = Math.round(Math.abs(v) * f) / f;
  return v < 0 ? -r : r;
}

/** formatScore writes a score 0–100 as a whole number ("63"); none is a dash. */
export function formatScore(v: number | null, lang: string): string {
  if (v === null) return '–';
  return formatNumber(roundHalfAway(v) + 0, lang, 0);
}

/** formatValue writes a question's value 0–4 with one decimal ("2,3"); none is a dash. */
export function formatValue(v: number | null, lang: string): string {
  if (v === null) return '–';
  return formatNumber(roundHalfAway(v, 1) + 0, lang, 1);
}

/**
 * formatChange writes how a score moved between two rounds, as the difference
 * of the two whole numbers shown ("+25", "−3", "±0"), so the table adds up.
 */
export function formatChange(now: number | null, before: number | null, lang: string): string {
  const d = scoreChange(now, before);
  if (d === null) return '–';
  if (d === 0) return '±0';
  const abs = formatNumber(Math.abs(d), lang, 0);
  return d > 0 ? `+${abs}` : `−${abs}`;
}

/** scoreChange is the difference of the two shown whole numbers, or null when one is missing. */
export function scoreChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  return roundHalfAway(now) - roundHalfAway(before);
}

/** scoreBand is the colour band of a score, judged by the whole number shown. */
export function scoreBand(v: number | null): ScoreBand {
  if (v === null) return 'none';
  const shown = roundHalfAway(v);
  if (shown < limits.bandMidFrom) return 'low';
  if (shown < limits.bandHighFrom) return 'mid';
  return 'high';
}

/** RatedCount is how many of the workshop's questions have a value, out of all. */
export interface RatedCount {
  rated: number;
  total: number;
}

/**
 * ratedCount sums the areas' counts: how many questions are rated out of how
 * many there are (not applicable ones counted out of the total, as they never
 * get a value).
 */
export function ratedCount(
  areas: readonly { answered: number; na: number; total: number }[],
): RatedCount {
  let rated = 0;
  let total = 0;
  for (const a of areas) {
    rated += a.answered;
    total += a.total - a.na;
  }
  return { rated, total };
}

/** fewRated says whether the overall score rests on only part of the questions. */
export function fewRated(c: RatedCount): boolean {
  return c.rated < c.total;
}
