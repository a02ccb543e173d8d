import type { Answer, Catalog } from '../../api/assessment';
import type { Workshop } from '../../api/workshops';

/**
 * earlierRounds are the client's rounds before this one, newest first.
 * Workshops.List gives the rounds by date (a tie in the order they were
 * created), so "before" is simply "earlier in that list"; a round dated later
 * but listed earlier cannot happen.
 */
export function earlierRounds(rounds: readonly Workshop[], currentID: string): Workshop[] {
  const i = rounds.findIndex((w) => w.id === currentID);
  if (i <= 0) return [];
  const current = rounds[i];
  return rounds
    .slice(0, i)
    .filter((w) => !current || !w.date || !current.date || w.date <= current.date)
    .reverse();
}

/** previousRound is the latest round before this one, or null for a first round. */
export function previousRound(rounds: readonly Workshop[], currentID: string): Workshop | null {
  return earlierRounds(rounds, currentID)[0] ?? null;
}

/** RatingState is a rating 0–4, not applicable, or not answered (null). */
export type RatingState = number | 'na' | null;

export function ratingState(a: Pick<Answer, 'rating' | 'na'> | undefined): RatingState {
  if (!a) return null;
  if (a.na) return 'na';
  return a.rating;
}

export interface Change {
  areaID: string;
  questionID: string;
  before: RatingState;
  after: RatingState;
  /** delta is after − before when both are ratings, else null. */
  delta: number | null;
}

/**
 * changes lists, in catalogue order, the questions whose rating differs
 * between the earlier round (before) and this one (after).
 */
export function changes(
  catalog: Catalog,
  before: readonly Answer[],
  after: readonly Answer[],
): Change[] {
  const b = new Map(before.map((a) => [a.question_id, a]));
  const n = new Map(after.map((a) => [a.question_id, a]));
  const out: Change[] = [];
  for (const area of catalog.areas) {
    for (const q of area.questions) {
      const was = ratingState(b.get(q.id));
      const now = ratingState(n.get(q.id));
      if (was === now) continue;
      const delta = typeof was === 'number' && typeof now === 'number' ? now - was : null;
      out.push({ areaID: area.id, questionID: q.id, before: was, after: now, delta });
    }
  }
  return out;
}

/** Priority of an action created from a gap: nothing there is urgent, "partly" can wait a little. */
export function priorityForRating(rating: number | null): 'high' | 'medium' | 'low' {
  if (rating === null) return 'medium';
  if (rating <= 1) return 'high';
  if (rating === 2) return 'medium';
  return 'low';
}
