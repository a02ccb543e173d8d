import type { Vote } from '../../api/assessment';
import { proposal, summarize, valueOfVote, voteOf } from './voteSummary';

const v = (p: string, value: number | 'na', q = 'q1'): Vote =>
  value === 'na'
    ? { participant_id: p, question_id: q, rating: null, na: true }
    : { participant_id: p, question_id: q, rating: value, na: false };

describe('the proposal', () => {
  it('is the mean rounded to a rating, a half away from zero', () => {
    expect(proposal(2.5)).toBe(3);
    expect(proposal(2.49)).toBe(2);
    expect(proposal(2.6)).toBe(3);
    expect(proposal(0.4)).toBe(0);
    expect(proposal(4)).toBe(4);
    expect(proposal(7 / 3)).toBe(2);
    expect(proposal(8 / 3)).toBe(3);
    expect(proposal(null)).toBeNull();
  });
});

describe('summarize', () => {
  it('counts the votes of one question per rating, without names, with mean, spread and no consensus', () => {
    const s = summarize('q1', [
      v('a', 3),
      v('b', 2),
      v('c', 4),
      v('d', 3),
      v('e', 'na'),
      v('f', 1),
      v('a', 0, 'q2'),
    ]);
    expect(s.votes).toBe(6);
    expect(s.counts).toEqual([0, 1, 1, 2, 1]);
    expect(s.na).toBe(1);
    expect(s.mean).toBeCloseTo(2.6, 10);
    expect(s.spread).toBe(3);
    expect(s.consensus).toBe(false);
    expect(s.proposal).toBe(3);
  });

  it('has consensus with a spread of 1, and with a single vote', () => {
    expect(summarize('q1', [v('a', 3), v('b', 2)]).consensus).toBe(true);
    expect(summarize('q1', [v('a', 0)]).consensus).toBe(true);
    expect(summarize('q1', [v('a', 0), v('b', 2)]).consensus).toBe(false);
  });

  it('proposes nothing when everyone said not applicable', () => {
    const s = summarize('q1', [v('a', 'na'), v('b', 'na')]);
    expect(s).toMatchObject({ votes: 2, na: 2, mean: null, spread: null, proposal: null });
  });

  it('has nothing without votes', () => {
    expect(summarize('q1', [])).toMatchObject({ votes: 0, mean: null, proposal: null });
  });
});

describe('votes and values', () => {
  it('turn into each other', () => {
    expect(voteOf('a', 'q1', 3)).toEqual(v('a', 3));
    expect(voteOf('a', 'q1', 'na')).toEqual(v('a', 'na'));
    expect(valueOfVote(v('a', 0))).toBe(0);
    expect(valueOfVote(v('a', 'na'))).toBe('na');
    expect(valueOfVote(undefined)).toBeNull();
  });
});
