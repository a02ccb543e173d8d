import type { Vote } from '../../api/assessment';
import type { Rating } from './keyboard';
import { roundHalfAway } from './scoreFormat';
import { score } from './scoring';

/** VoteValue is what one participant says on a question: a rating 0–4 or not applicable. */
export type VoteValue = Rating | 'na';

/** valueOfVote reads a stored vote as a VoteValue; null when there is none. */
export function valueOfVote(v: Vote | undefined): VoteValue | null {
  if (!v) return null;
  if (v.na) return 'na';
  return v.rating === null || v.rating === undefined ? null : (v.rating as Rating);
}

/** voteOf is the vote a participant casts with a value. */
export function voteOf(participantID: string, questionID: string, value: VoteValue): Vote {
  return value === 'na'
    ? { participant_id: participantID, question_id: questionID, rating: null, na: true }
    : { participant_id: participantID, question_id: questionID, rating: value, na: false };
}

/** VoteSummary is what the room said on one question, without names. */
export interface VoteSummary {
  /** votes cast, not applicable included */
  votes: number;
  /** counts[r] is how many rated r (0–4) */
  counts: number[];
  /** na is how many said not applicable */
  na: number;
  /** mean of the rated votes, unrounded; null without one */
  mean: number | null;
  spread: number | null;
  consensus: boolean;
  /** proposal is the mean rounded to a rating: the agreed rating the room's votes suggest */
  proposal: Rating | null;
}

/**
 * summarize tallies the votes on one question. Mean, spread and consensus
 * come from the score contract itself (scoring.ts, the same as kam.Score):
 * scored alone, without an agreed rating, a question's value is the mean of
 * its rated votes.
 */
export function summarize(questionID: string, votes: readonly Vote[]): VoteSummary {
  const mine = votes.filter((v) => v.question_id === questionID);
  const q = score('', [{ id: '', question_ids: [questionID] }], [], mine).questions[0];
  const counts = [0, 0, 0, 0, 0];
  let na = 0;
  for (const v of mine) {
    const value = valueOfVote(v);
    if (value === 'na') na++;
    else if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  }
  const mean = q?.value ?? null;
  return {
    votes: mine.length,
    counts,
    na,
    mean,
    spread: q?.spread ?? null,
    consensus: q?.consensus ?? true,
    proposal: proposal(mean),
  };
}

/** proposal rounds a mean of votes to the rating it suggests, a half away from zero (2.5 → 3). */
export function proposal(mean: number | null): Rating | null {
  if (mean === null) return null;
  return Math.min(4, Math.max(0, roundHalfAway(mean))) as Rating;
}
