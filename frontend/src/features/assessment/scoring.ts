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

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * formatScore shows a score rounded to two decimals, trailing zeros left off
 * ("62,5", "50", "41,67"), the same everywhere on screen and as the PDF
 * report prints it (DESIGN.md: two decimals when printing); null is a dash.
 */
export function formatScore(value: number | null, lang: string): string {
  if (value === null) return '–';
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
    formatters.set(locale, f);
  }
  return f.format(value);
}
