import type { Answer, Catalog } from '../../api/assessment';
import type { Workshop } from '../../api/workshops';
import { changes, earlierRounds, previousRound, priorityForRating } from './rounds';

const w = (id: string, date: string): Workshop => ({
  id,
  client_id: 'c',
  title: id,
  date,
  location: '',
  facilitator: '',
  participants: [],
});

describe('previousRound', () => {
  const list = [
    w('a', '2024-03-01'),
    w('b', '2025-01-10'),
    w('c', '2025-01-10'),
    w('d', '2026-02-02'),
  ];
  it('is the latest round dated before this one', () => {
    expect(previousRound(list, 'd')?.id).toBe('c');
    expect(previousRound(list, 'b')?.id).toBe('a');
  });
  it('counts a round of the same day created earlier as earlier', () => {
    expect(previousRound(list, 'c')?.id).toBe('b');
  });
  it('is null for the first round and for an unknown one', () => {
    expect(previousRound(list, 'a')).toBeNull();
    expect(previousRound(list, 'zz')).toBeNull();
  });
  it('lists all earlier rounds newest first', () => {
    expect(earlierRounds(list, 'd').map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('changes', () => {
  const cat: Catalog = {
    version: '1',
    areas: [
      {
        id: 'x',
        title: { de: 'X', en: 'X' },
        intro: { de: '', en: '' },
        questions: ['x1', 'x2', 'x3', 'x4', 'x5'].map((id, i) => ({
          id,
          number: `1.${i + 1}`,
          text: { de: id, en: id },
          followups: [],
          options: [],
          guide: { '0': { de: '', en: '' }, '2': { de: '', en: '' }, '4': { de: '', en: '' } },
        })),
      },
    ],
  };
  const a = (question_id: string, rating: number | null, na = false): Answer => ({
    question_id,
    rating,
    na,
    finding: '',
    notes: '',
    follow_up: false,
    checked: [],
  });
  it('lists what changed, with the delta between two ratings', () => {
    const before = [a('x1', 1), a('x2', 3), a('x3', 2), a('x4', null, true)];
    const after = [a('x1', 3), a('x2', 3), a('x4', 2), a('x5', 0)];
    expect(changes(cat, before, after)).toEqual([
      { areaID: 'x', questionID: 'x1', before: 1, after: 3, delta: 2 },
      { areaID: 'x', questionID: 'x3', before: 2, after: null, delta: null },
      { areaID: 'x', questionID: 'x4', before: 'na', after: 2, delta: null },
      { areaID: 'x', questionID: 'x5', before: null, after: 0, delta: null },
    ]);
  });
});

describe('actions for gaps', () => {
  it('get a priority by their rating', () => {
    expect([0, 1, 2, 3].map(priorityForRating)).toEqual(['high', 'high', 'medium', 'low']);
  });
});
