import { commandFor } from './keyboard';
import { roundKey, startRound, stepRound, type Round, type RoundKey } from './roundTable';
import type { VoteValue } from './voteSummary';

const seats = ['anna', 'ben', 'cem'];
const order = ['q1', 'q2', 'q3'];
const vote = (value: VoteValue): RoundKey => ({ kind: 'vote', value });

describe('round the table', () => {
  it('starts with the first participant, and not at all without participants', () => {
    expect(startRound('q2', seats)).toEqual({ questionID: 'q2', seat: 0 });
    expect(startRound('q2', [])).toBeNull();
  });

  it('records each participant in turn and goes on to the next question after the last', () => {
    let r: Round | null = startRound('q1', seats);
    const writes = [];
    for (const v of [3, 'na', 1, 4] as const) {
      if (!r) throw new Error('the round ended early');
      const step = stepRound(r, vote(v), seats, order);
      writes.push(step.write);
      r = step.round;
    }
    expect(writes).toEqual([
      { participantID: 'anna', questionID: 'q1', value: 3 },
      { participantID: 'ben', questionID: 'q1', value: 'na' },
      { participantID: 'cem', questionID: 'q1', value: 1 },
      { participantID: 'anna', questionID: 'q2', value: 4 },
    ]);
    expect(r).toEqual({ questionID: 'q2', seat: 1 });
  });

  it('ends after the last participant of the last question', () => {
    const step = stepRound({ questionID: 'q3', seat: 2 }, vote(2), seats, order);
    expect(step.write).toEqual({ participantID: 'cem', questionID: 'q3', value: 2 });
    expect(step.round).toBeNull();
  });

  it('goes back one participant on Backspace and takes that vote back', () => {
    const step = stepRound({ questionID: 'q2', seat: 2 }, { kind: 'back' }, seats, order);
    expect(step.round).toEqual({ questionID: 'q2', seat: 1 });
    expect(step.write).toEqual({ participantID: 'ben', questionID: 'q2', value: null });
  });

  it('goes back across to the last participant of the previous question', () => {
    const step = stepRound({ questionID: 'q2', seat: 0 }, { kind: 'back' }, seats, order);
    expect(step.round).toEqual({ questionID: 'q1', seat: 2 });
    expect(step.write).toEqual({ participantID: 'cem', questionID: 'q1', value: null });
  });

  it('stays at the very start on Backspace, taking nothing back', () => {
    const step = stepRound({ questionID: 'q1', seat: 0 }, { kind: 'back' }, seats, order);
    expect(step).toEqual({ round: { questionID: 'q1', seat: 0 }, write: null });
  });

  it('ends on Escape without a vote', () => {
    expect(stepRound({ questionID: 'q1', seat: 1 }, { kind: 'end' }, seats, order)).toEqual({
      round: null,
      write: null,
    });
  });

  it('keeps every key of ten typed in a row: each lands on its own person', () => {
    const four = ['q1', 'q2', 'q3', 'q4'];
    let r: Round | null = startRound('q1', seats);
    const got: string[] = [];
    for (const key of '0123401234') {
      const cmd = commandFor({ key }, 'none');
      const k = cmd && roundKey(cmd);
      if (!r || !k) throw new Error(`key ${key} lost`);
      const step = stepRound(r, k, seats, four);
      if (step.write)
        got.push(
          `${step.write.questionID}/${step.write.participantID}=${String(step.write.value)}`,
        );
      r = step.round;
    }
    expect(got).toEqual([
      'q1/anna=0',
      'q1/ben=1',
      'q1/cem=2',
      'q2/anna=3',
      'q2/ben=4',
      'q2/cem=0',
      'q3/anna=1',
      'q3/ben=2',
      'q3/cem=3',
      'q4/anna=4',
    ]);
    expect(r).toEqual({ questionID: 'q4', seat: 1 });
  });

  it('reads the workshop keys: 0–4 and N vote, Backspace and Delete go back, Esc ends, others are not the round’s', () => {
    const key = (k: string) => {
      const cmd = commandFor({ key: k }, 'none');
      return cmd ? roundKey(cmd) : null;
    };
    expect(key('3')).toEqual({ kind: 'vote', value: 3 });
    expect(key('n')).toEqual({ kind: 'vote', value: 'na' });
    expect(key('Backspace')).toEqual({ kind: 'back' });
    expect(key('Delete')).toEqual({ kind: 'back' });
    expect(key('Escape')).toEqual({ kind: 'end' });
    expect(key('Enter')).toBeNull();
    expect(key('5')).toBeNull();
  });
});
