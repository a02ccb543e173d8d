import type {
  Answer,
  AreaScore,
  Catalog,
  PerspectiveArea,
  QuestionScore,
  Report,
  Vote,
} from '../../api/assessment';
import type { Participant, Side } from '../../api/workshops';

/** AreaQuestions names the questions of one area: all scoring needs of the catalogue. */
export interface AreaQuestions {
  id: string;
  question_ids: string[];
}

type Scorable = Pick<Answer, 'question_id' | 'rating' | 'na'>;
type Voter = Pick<Participant, 'id' | 'side'>;

/** areaQuestions reads the areas and their question ids from the catalogue. */
export function areaQuestions(catalog: Catalog): AreaQuestions[] {
  return catalog.areas.map((a) => ({ id: a.id, question_ids: a.questions.map((q) => q.id) }));
}

/** Tally counts the rated votes of one question, in all and per side. */
interface Tally {
  votes: number;
  rated: number[];
  side: Record<Side, number[]>;
}

const mean = (list: number[]): number | null =>
  list.length === 0 ? null : list.reduce((a, b) => a + b, 0) / list.length;

/** Scorer sums question values into area scores and those into the overall score. */
class Scorer {
  private values: number[] = [];
  private areas: number[] = [];
  add(v: number | null) {
    if (v !== null) this.values.push(v);
  }
  endArea(): number | null {
    const m = mean(this.values);
    this.values = [];
    if (m === null) return null;
    // Same order of operations as Go: (sum / n) * 25.
    const score = m * 25;
    this.areas.push(score);
    return score;
  }
  overall(): number | null {
    return mean(this.areas);
  }
}

/**
 * score is the score contract of DESIGN.md, the same as kam.Score in Go (and
 * tested against the same table, internal/kam/testdata/score-contract.json):
 * a question's value is the agreed rating, else the mean of its rated votes;
 * an answer marked not applicable has no value whatever the votes say; an
 * area's score is the mean value of its questions × 25; overall is the
 * unweighted mean of the area scores that exist; the perspectives apply the
 * same to each side's votes alone. Nothing is rounded here.
 */
export function score(
  workshopID: string,
  areas: AreaQuestions[],
  answers: Iterable<Scorable>,
  votes: Iterable<Vote> = [],
  participants: Iterable<Voter> = [],
): Report {
  const byQuestion = new Map<string, Scorable>();
  for (const a of answers) byQuestion.set(a.question_id, a);
  const sides = new Map<string, Side>();
  for (const p of participants) sides.set(p.id, p.side);
  const tallies = new Map<string, Tally>();
  const tally = (q: string): Tally => {
    let t = tallies.get(q);
    if (!t) {
      t = { votes: 0, rated: [], side: { customer: [], ours: [] } };
      tallies.set(q, t);
    }
    return t;
  };
  for (const v of votes) {
    const t = tally(v.question_id);
    t.votes++;
    if (v.na || v.rating === null) continue;
    t.rated.push(v.rating);
    const side = sides.get(v.participant_id);
    if (side) t.side[side].push(v.rating);
  }

  const agreed = new Scorer();
  const customer = new Scorer();
  const ours = new Scorer();
  const questions: QuestionScore[] = [];
  const customerAreas: PerspectiveArea[] = [];
  const oursAreas: PerspectiveArea[] = [];
  const out: AreaScore[] = areas.map((area) => {
    let answered = 0;
    let na = 0;
    for (const q of area.question_ids) {
      const a = byQuestion.get(q);
      const t = tally(q);
      const spread = t.rated.length > 0 ? Math.max(...t.rated) - Math.min(...t.rated) : null;
      const qs: QuestionScore = {
        id: q,
        value: null,
        votes: t.votes,
        spread,
        consensus: !(t.rated.length >= 2 && spread !== null && spread >= noConsensusSpread),
        customer: null,
        ours: null,
      };
      if (a?.na) na++;
      else {
        qs.value = a && a.rating !== null ? a.rating : mean(t.rated);
        qs.customer = mean(t.side.customer);
        qs.ours = mean(t.side.ours);
      }
      if (qs.value !== null) answered++;
      agreed.add(qs.value);
      customer.add(qs.customer);
      ours.add(qs.ours);
      questions.push(qs);
    }
    customerAreas.push({ id: area.id, score: customer.endArea() });
    oursAreas.push({ id: area.id, score: ours.endArea() });
    return { id: area.id, score: agreed.endArea(), answered, na, total: area.question_ids.length };
  });
  return {
    workshop_id: workshopID,
    overall: agreed.overall(),
    areas: out,
    perspectives: {
      customer: { overall: customer.overall(), areas: customerAreas },
      ours: { overall: ours.overall(), areas: oursAreas },
    },
    questions,
  };
}

/** noConsensusSpread is the spread of rated votes from which the room has no consensus (kam.NoConsensusSpread). */
export const noConsensusSpread = 2;

/** Below this value a question is a gap: nearer to "partly" than to "established". */
export const gapBelow = 2.5;

/** isGap says whether a question's value makes it a gap: it is below 2.5. */
export function isGap(value: number | null | undefined): boolean {
  return value !== null && value !== undefined && value < gapBelow;
}

/** valueOf is a question's value in the report (agreed rating, else the votes' mean), or null. */
export function valueOf(report: Pick<Report, 'questions'>, questionID: string): number | null {
  return report.questions.find((q) => q.id === questionID)?.value ?? null;
}

/** Gap is a question whose value is below 2.5, with that value. */
export interface Gap {
  question_id: string;
  value: number;
}

/**
 * gaps lists the report's questions whose value is below 2.5, lowest first
 * (the catalogue's order among equals): the one rule for every gap list of
 * the window, as DESIGN.md's scores define it and kam.Report.Gaps applies it
 * in Go (both checked against the contract table). A rated 3 or 4 is never
 * a gap.
 */
export function gaps(report: Pick<Report, 'questions'>): Gap[] {
  const out: Gap[] = [];
  for (const q of report.questions) {
    if (q.value !== null && q.value < gapBelow) out.push({ question_id: q.id, value: q.value });
  }
  // Array.prototype.sort is stable: equals keep the catalogue's order.
  return out.sort((x, y) => x.value - y.value);
}
