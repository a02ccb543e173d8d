import type { Answer, Catalog, Report } from '../../api/assessment';
import type { Workshop } from '../../api/workshops';
import { scoreChange } from './scoreFormat';

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

/** PerspectiveKey is one of the three scores the room gives: each side's view and the agreed one. */
export type PerspectiveKey = 'customer' | 'ours' | 'agreed';

export const perspectiveOrder: readonly PerspectiveKey[] = ['customer', 'ours', 'agreed'];

/** ScorePair is a score in this round and in the round compared with (null: none, or no comparison). */
export interface ScorePair {
  now: number | null;
  before: number | null;
}

/** PerspectiveRow is one area's (or the overall) score in each perspective, now and before. */
export type PerspectiveRow = { id: string } & Record<PerspectiveKey, ScorePair>;

type Scores = Pick<Report, 'overall' | 'areas' | 'perspectives'>;

/**
 * roomVotedIn says whether a round's report has a perspective score, that is
 * whether the room voted there: only then is each perspective's change worth
 * showing (the PDF's rule too).
 */
export function roomVotedIn(r: Scores | null): boolean {
  return (
    r !== null && (r.perspectives.customer.overall !== null || r.perspectives.ours.overall !== null)
  );
}

/**
 * perspectiveRows sets the customer's view, ours and the agreed score side
 * by side for every area of this round and overall (id ''), each with the
 * earlier round's score when that round's room voted, so the change of each
 * perspective can be shown; otherwise before is null throughout.
 */
export function perspectiveRows(
  now: Scores,
  earlier: Scores | null,
): { areas: PerspectiveRow[]; overall: PerspectiveRow } {
  const before = roomVotedIn(earlier) ? earlier : null;
  const scoreIn = (r: Scores | null, p: PerspectiveKey, id: string): number | null => {
    if (!r) return null;
    const list = p === 'agreed' ? r.areas : r.perspectives[p].areas;
    return list.find((a) => a.id === id)?.score ?? null;
  };
  const areas = now.areas.map((a) => ({
    id: a.id,
    customer: { now: scoreIn(now, 'customer', a.id), before: scoreIn(before, 'customer', a.id) },
    ours: { now: scoreIn(now, 'ours', a.id), before: scoreIn(before, 'ours', a.id) },
    agreed: { now: a.score, before: scoreIn(before, 'agreed', a.id) },
  }));
  const overall = {
    id: '',
    customer: {
      now: now.perspectives.customer.overall,
      before: before?.perspectives.customer.overall ?? null,
    },
    ours: { now: now.perspectives.ours.overall, before: before?.perspectives.ours.overall ?? null },
    agreed: { now: now.overall, before: before?.overall ?? null },
  };
  return { areas, overall };
}

/** changeClass colours a change of score between two rounds: up, down or none. */
export function changeClass(now: number | null, before: number | null): string {
  const d = scoreChange(now, before);
  return `delta delta--${d === null || d === 0 ? 'none' : d > 0 ? 'up' : 'down'}`;
}
