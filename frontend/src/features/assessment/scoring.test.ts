import type { Answer, Perspective, QuestionScore, Report, Vote } from '../../api/assessment';
import type { Side } from '../../api/workshops';
// The same table Go's kam.Score is tested against (internal/kam/score_contract_test.go).
import contract from '../../../../internal/kam/testdata/score-contract.json';
import { areaQuestions, gaps, isGap, score, valueOf } from './scoring';

interface Case {
  name: string;
  answers: Partial<Answer>[];
  votes?: Vote[];
  overall: number | null;
  areas: Report['areas'];
  perspectives?: { customer: Perspective; ours: Perspective };
  questions?: QuestionScore[];
  /** gaps are the ids Go's kam.Report.Gaps gives, lowest first. */
  gaps?: string[];
}

const participants = contract.participants as { id: string; side: Side }[];

function close(got: number | null, want: number | null) {
  if (want === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(want, 9);
}

describe('score follows the contract table', () => {
  it('has cases', () => {
    expect(contract.cases.length).toBeGreaterThan(5);
  });
  for (const c of contract.cases as Case[]) {
    it(c.name, () => {
      const answers = c.answers.map((a) => ({
        question_id: a.question_id ?? '',
        rating: a.rating ?? null,
        na: a.na ?? false,
      }));
      const r = score('w', contract.areas, answers, c.votes ?? [], participants);
      expect(r.workshop_id).toBe('w');
      close(r.overall, c.overall);
      expect(r.areas.map(({ id, answered, na, total }) => ({ id, answered, na, total }))).toEqual(
        c.areas.map(({ id, answered, na, total }) => ({ id, answered, na, total })),
      );
      r.areas.forEach((a, i) => close(a.score, c.areas[i]?.score ?? null));
      for (const side of ['customer', 'ours'] as const) {
        const want = c.perspectives?.[side];
        close(r.perspectives[side].overall, want?.overall ?? null);
        r.perspectives[side].areas.forEach((a, i) => close(a.score, want?.areas[i]?.score ?? null));
      }
      expect(r.questions).toHaveLength(9);
      for (const want of c.questions ?? []) {
        const got = r.questions.find((q) => q.id === want.id);
        expect(got, want.id).toBeDefined();
        if (!got) continue;
        close(got.value, want.value);
        close(got.customer, want.customer);
        close(got.ours, want.ours);
        expect({ votes: got.votes, spread: got.spread, consensus: got.consensus }).toEqual({
          votes: want.votes,
          spread: want.spread,
          consensus: want.consensus,
        });
      }
      if (c.gaps) expect(gaps(r).map((g) => g.question_id)).toEqual(c.gaps);
    });
  }
  it('has cases with gaps', () => {
    expect((contract.cases as Case[]).some((c) => (c.gaps ?? []).length > 1)).toBe(true);
  });
});

describe('areaQuestions', () => {
  it('lists the question ids per area in catalogue order', () => {
    const q = (id: string) => ({
      id,
      number: '',
      text: { de: id, en: id },
      followups: [],
      options: [],
      guide: { '0': { de: '', en: '' }, '2': { de: '', en: '' }, '4': { de: '', en: '' } },
    });
    const cat = {
      version: 'x',
      areas: [
        {
          id: 'x',
          title: { de: 'X', en: 'X' },
          intro: { de: '', en: '' },
          questions: [q('x1'), q('x2')],
        },
        { id: 'y', title: { de: 'Y', en: 'Y' }, intro: { de: '', en: '' }, questions: [q('y1')] },
      ],
    };
    expect(areaQuestions(cat)).toEqual([
      { id: 'x', question_ids: ['x1', 'x2'] },
      { id: 'y', question_ids: ['y1'] },
    ]);
  });
});

describe('gaps', () => {
  const areas = [
    { id: 'a', question_ids: ['a1', 'a2', 'a3', 'a4'] },
    { id: 'b', question_ids: ['b1', 'b2', 'b3'] },
  ];
  const ans = (question_id: string, rating: number | null, na = false) => ({
    question_id,
    rating,
    na,
  });

  it('are the questions below 2.5, lowest first, equals in catalogue order', () => {
    const r = score('w', areas, [
      ans('a1', 2),
      ans('a2', 4),
      ans('a3', 0),
      ans('a4', 3),
      ans('b1', 1, true),
      ans('b2', 2),
      ans('b3', null),
    ]);
    expect(gaps(r)).toEqual([
      { question_id: 'a3', value: 0 },
      { question_id: 'a1', value: 2 },
      { question_id: 'b2', value: 2 },
    ]);
  });

  it('never hold a 3 or a 4, however few questions are rated', () => {
    expect(gaps(score('w', areas, [ans('a1', 3), ans('a2', 4), ans('b1', 3)]))).toEqual([]);
  });

  it('take the votes when there is no agreed rating', () => {
    const people = [
      { id: 'p1', side: 'customer' as const },
      { id: 'p2', side: 'ours' as const },
      { id: 'p3', side: 'customer' as const },
    ];
    const vote = (participant_id: string, question_id: string, rating: number) => ({
      participant_id,
      question_id,
      rating,
      na: false,
    });
    const r = score(
      'w',
      areas,
      [],
      [
        ...['p1', 'p2', 'p3'].map((p, i) => vote(p, 'a1', [2, 2, 3][i] ?? 0)), // 2.33
        ...['p1', 'p2', 'p3'].map((p, i) => vote(p, 'a2', [3, 3, 2][i] ?? 0)), // 2.67
      ],
      people,
    );
    expect(gaps(r).map((g) => g.question_id)).toEqual(['a1']);
    expect(isGap(valueOf(r, 'a1'))).toBe(true);
    expect(isGap(valueOf(r, 'a2'))).toBe(false);
  });

  it('are told one by one the same way', () => {
    expect([0, 2, 2.49, 2.5, 3, null, undefined].map(isGap)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
