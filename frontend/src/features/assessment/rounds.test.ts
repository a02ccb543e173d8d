import type { Answer, Catalog } from '../../api/assessment';
import type { Workshop } from '../../api/workshops';
import {
  changeClass,
  changes,
  earlierRounds,
  perspectiveRows,
  previousRound,
  priorityForRating,
  roomVotedIn,
} from './rounds';

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

describe('perspectiveRows', () => {
  type Scores = Parameters<typeof perspectiveRows>[0];
  const scores = (
    agreed: (number | null)[],
    customer: (number | null)[],
    ours: (number | null)[],
    overall: [number | null, number | null, number | null],
  ): Scores => ({
    overall: overall[2],
    areas: agreed.map((score, i) => ({
      id: `a${i}`,
      score,
      answered: 1,
      na: 0,
      total: 2,
    })),
    perspectives: {
      customer: {
        overall: overall[0],
        areas: customer.map((score, i) => ({ id: `a${i}`, score })),
      },
      ours: { overall: overall[1], areas: ours.map((score, i) => ({ id: `a${i}`, score })) },
    },
  });
  const now = scores([50, 75], [25, null], [60, 80], [25, 70, 62.5]);

  it("sets each side's view beside the agreed score per area and overall", () => {
    const { areas, overall } = perspectiveRows(now, null);
    expect(areas).toEqual([
      {
        id: 'a0',
        customer: { now: 25, before: null },
        ours: { now: 60, before: null },
        agreed: { now: 50, before: null },
      },
      {
        id: 'a1',
        customer: { now: null, before: null },
        ours: { now: 80, before: null },
        agreed: { now: 75, before: null },
      },
    ]);
    expect(overall).toEqual({
      id: '',
      customer: { now: 25, before: null },
      ours: { now: 70, before: null },
      agreed: { now: 62.5, before: null },
    });
  });

  it("gives each perspective's earlier score when the earlier round's room voted", () => {
    const before = scores([25, 50], [50, 50], [null, 75], [50, 75, 37.5]);
    expect(roomVotedIn(before)).toBe(true);
    const { areas, overall } = perspectiveRows(now, before);
    expect(areas[0]).toEqual({
      id: 'a0',
      customer: { now: 25, before: 50 },
      ours: { now: 60, before: null },
      agreed: { now: 50, before: 25 },
    });
    expect(overall.customer).toEqual({ now: 25, before: 50 });
    expect(overall.ours).toEqual({ now: 70, before: 75 });
    expect(overall.agreed).toEqual({ now: 62.5, before: 37.5 });
  });

  it('compares nothing when the earlier round had no votes', () => {
    const before = scores([25, 50], [null, null], [null, null], [null, null, 37.5]);
    expect(roomVotedIn(before)).toBe(false);
    expect(roomVotedIn(null)).toBe(false);
    const { areas, overall } = perspectiveRows(now, before);
    expect(areas.every((r) => r.agreed.before === null && r.customer.before === null)).toBe(true);
    expect(overall.agreed.before).toBeNull();
  });
});

describe('changeClass', () => {
  it('colours the change of the shown whole numbers', () => {
    expect(changeClass(60, 50)).toBe('delta delta--up');
    expect(changeClass(40, 50)).toBe('delta delta--down');
    expect(changeClass(50.4, 49.6)).toBe('delta delta--none');
    expect(changeClass(50, null)).toBe('delta delta--none');
  });
});
