import type { Command } from './keyboard';
import type { VoteValue } from './voteSummary';

/**
 * "Round the table": the consultant types one key per participant in turn,
 * the room's votes on the question on screen. A pure state machine, so the
 * screen only carries out what it says.
 */

/** Round is where the round stands: the question and whose turn it is (an index into the seats). */
export interface Round {
  questionID: string;
  seat: number;
}

/** RoundKey is what a key does in the round. */
export type RoundKey = { kind: 'vote'; value: VoteValue } | { kind: 'back' } | { kind: 'end' };

/** Write is a vote to store (value null takes it back). */
export interface Write {
  participantID: string;
  questionID: string;
  value: VoteValue | null;
}

/** RoundStep is the round after a key (null: it ended) and the vote to store, if any. */
export interface RoundStep {
  round: Round | null;
  write: Write | null;
}

/** startRound begins on a question with the first participant, or nothing when nobody takes part. */
export function startRound(questionID: string, seats: readonly string[]): Round | null {
  return seats.length > 0 && questionID ? { questionID, seat: 0 } : null;
}

/**
 * stepRound carries out one key. A vote is the current participant's; the
 * turn passes on, and after the last participant the round goes on with the
 * next question's first participant (after the last question it ends).
 * Back returns to the previous participant — across to the last participant
 * of the previous question — and takes that vote back. End stops the round.
 *
 * @param seats the participants' ids in the order of the round
 * @param order the questions' ids in the order of the workshop
 */
export function stepRound(
  round: Round,
  key: RoundKey,
  seats: readonly string[],
  order: readonly string[],
): RoundStep {
  if (key.kind === 'end' || seats.length === 0) return { round: null, write: null };
  const seat = Math.min(round.seat, seats.length - 1);
  const at = order.indexOf(round.questionID);
  if (key.kind === 'vote') {
    const write: Write = {
      participantID: seats[seat] ?? '',
      questionID: round.questionID,
      value: key.value,
    };
    if (seat + 1 < seats.length) return { round: { ...round, seat: seat + 1 }, write };
    const next = order[at + 1];
    return { round: next ? { questionID: next, seat: 0 } : null, write };
  }
  // back
  if (seat > 0) {
    return {
      round: { ...round, seat: seat - 1 },
      write: { participantID: seats[seat - 1] ?? '', questionID: round.questionID, value: null },
    };
  }
  const prev = at > 0 ? order[at - 1] : undefined;
  if (!prev) return { round: { ...round, seat: 0 }, write: null };
  const last = seats.length - 1;
  return {
    round: { questionID: prev, seat: last },
    write: { participantID: seats[last] ?? '', questionID: prev, value: null },
  };
}

/** roundKey says what a workshop command does in the round: 0–4 and N vote, Backspace goes back, Esc ends. */
export function roundKey(cmd: Command): RoundKey | null {
  switch (cmd.kind) {
    case 'rate':
      return { kind: 'vote', value: cmd.rating };
    case 'na':
      return { kind: 'vote', value: 'na' };
    case 'clear':
      return { kind: 'back' };
    case 'escape':
      return { kind: 'end' };
    default:
      return null;
  }
}
