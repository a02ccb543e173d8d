import type { Answer, QuestionScore, Vote } from '../../api/assessment';
import type { Side } from '../../api/workshops';
// The same table Go's kam.Report.Disagreements and SideDifferences are tested against.
import contract from '../../../../internal/kam/testdata/score-contract.json';
import { disagreements, roomVoted, sideDifferences } from './roomScores';
import { score } from './scoring';

interface Case {
  name: string;
  answers: Partial<Answer>[];
  votes?: Vote[];
  disagreements?: string[];
  side_differences?: string[];
}

const participants = contract.participants as { id: string; side: Side }[];
const cases = contract.cases as Case[];

function scored(c: Case) {
  const answers = c.answers.map((a) => ({
    question_id: a.question_id ?? '',
    rating: a.rating ?? null,
    na: a.na ?? false,
  }));
  return score('w', contract.areas, answers, c.votes ?? [], participants);
}

describe('the room lists follow the contract table', () => {
  it('has cases with several disagreements and side differences', () => {
    expect(cases.some((c) => (c.disagreements ?? []).length > 1)).toBe(true);
    expect(cases.some((c) => (c.side_differences ?? []).length > 2)).toBe(true);
  });
  for (const c of cases) {
    if (!c.disagreements && !c.side_differences) continue;
    it(c.name, () => {
      const r = scored(c);
      if (c.disagreements) {
        expect(disagreements(r).map((d) => d.question_id)).toEqual(c.disagreements);
      }
      if (c.side_differences) {
        expect(sideDifferences(r).map((d) => d.question_id)).toEqual(c.side_differences);
      }
    });
  }
});

const q = (id: string, over: Partial<QuestionScore>): QuestionScore => ({
  id,
  value: null,
  votes: 0,
  spread: null,
  consensus: true,
  customer: null,
  ours: null,
  ...over,
});

describe('disagreements', () => {
  it('lists only questions without consensus, the widest spread first, ties in catalogue order', () => {
    const list = disagreements({
      questions: [
        q('x', { votes: 3, spread: 2, consensus: false }),
        q('y', { votes: 2, spread: 1, consensus: true }),
        q('z', { votes: 4, spread: 4, consensus: false }),
        q('w', { votes: 2, spread: 2, consensus: false }),
      ],
    });
    expect(list).toEqual([
      { question_id: 'z', spread: 4 },
      { question_id: 'x', spread: 2 },
      { question_id: 'w', spread: 2 },
    ]);
  });
});

describe('sideDifferences', () => {
  it('gives each side and customer − ours, the largest either way first, alike and one-sided left out', () => {
    const list = sideDifferences({
      questions: [
        q('a', { customer: 3, ours: 2 }),
        q('b', { customer: 1, ours: 3.5 }),
        q('c', { customer: 2, ours: 2 }),
        q('d', { customer: 4, ours: null }),
        q('e', { customer: 0, ours: 1 }),
      ],
    });
    expect(list).toEqual([
      { question_id: 'b', customer: 1, ours: 3.5, difference: -2.5 },
      { question_id: 'a', customer: 3, ours: 2, difference: 1 },
      { question_id: 'e', customer: 0, ours: 1, difference: -1 },
    ]);
  });
});

describe('roomVoted', () => {
  it('is true once any vote was cast, a not applicable one too', () => {
    expect(roomVoted({ questions: [q('a', {}), q('b', {})] })).toBe(false);
    expect(roomVoted({ questions: [q('a', {}), q('b', { votes: 1 })] })).toBe(true);
  });
});
