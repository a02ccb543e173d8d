import type { Answer, AreaScore, Catalog, Report } from '../../api/assessment';

/** AreaQuestions names the questions of one area: all scoring needs of the catalogue. */
export interface AreaQuestions {
  id: string;
  question_ids: string[];
}

type Scorable = Pick<Answer, 'question_id' | 'rating' | 'na'>;

/** areaQuestions reads the areas and their question ids from the catalogue. */
export function areaQuestions(catalog: Catalog): AreaQuestions[] {
  return catalog.areas.map((a) => ({ id: a.id, question_ids: a.questions.map((q) => q.id) }));
}

/**
 * score is the score contract of DESIGN.md, the same as kam.Score in Go (and
 * tested against the same table, internal/kam/testdata/score-contract.json):
 * an area's score is the mean rating of its rated, applicable questions × 25;
 * not applicable wins over a rating; overall is the unweighted mean of the
 * area scores that exist. Nothing is rounded here.
 */
export function score(
  workshopID: string,
  areas: AreaQuestions[],
  answers: Iterable<Scorable>,
): Report {
  const byQuestion = new Map<string, Scorable>();
  for (const a of answers) byQuestion.set(a.question_id, a);
  let sum = 0;
  let scored = 0;
  const out: AreaScore[] = areas.map((area) => {
    let answered = 0;
    let na = 0;
    let ratings = 0;
    for (const q of area.question_ids) {
      const a = byQuestion.get(q);
      if (!a) continue;
      if (a.na) na++;
      else if (a.rating !== null) {
        answered++;
        ratings += a.rating;
      }
    }
    let value: number | null = null;
    if (answered > 0) {
      // Same order of operations as Go: (sum / n) * 25.
      value = (ratings / answered) * 25;
      sum += value;
      scored++;
    }
    return { id: area.id, score: value, answered, na, total: area.question_ids.length };
  });
  return { workshop_id: workshopID, overall: scored > 0 ? sum / scored : null, areas: out };
}

/** Below this value a question is a gap: nearer to "partly" than to "established". */
export const gapBelow = 2.5;

/**
 * questionValue is a question's value: the agreed rating of an applicable
 * answer, else none. (Votes join in once Go scores them; then the value
 * comes from Go.)
 */
export function questionValue(a: Pick<Answer, 'rating' | 'na'> | undefined): number | null {
  if (!a || a.na) return null;
  return a.rating;
}

/** isGap says whether a question's answer makes it a gap: its value is below 2.5. */
export function isGap(a: Pick<Answer, 'rating' | 'na'> | undefined): boolean {
  const v = questionValue(a);
  return v !== null && v < gapBelow;
}

/** Gap is a question whose value is below 2.5, with that value. */
export interface Gap {
  question_id: string;
  value: number;
}

/**
 * gaps lists the questions whose value is below 2.5, lowest first (the
 * catalogue's order among equals): the one rule for every gap list of the
 * window, as DESIGN.md's scores define it. A rated 3 or 4 is never a gap.
 */
export function gaps(areas: readonly AreaQuestions[], answers: Iterable<Scorable>): Gap[] {
  const byQuestion = new Map<string, Scorable>();
  for (const a of answers) byQuestion.set(a.question_id, a);
  const out: Gap[] = [];
  for (const area of areas) {
    for (const q of area.question_ids) {
      const v = questionValue(byQuestion.get(q));
      if (v !== null && v < gapBelow) out.push({ question_id: q, value: v });
    }
  }
  // Array.prototype.sort is stable: equals keep the catalogue's order.
  return out.sort((x, y) => x.value - y.value);
}
