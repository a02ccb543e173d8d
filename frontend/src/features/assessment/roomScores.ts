import type { QuestionScore, Report } from '../../api/assessment';

/**
 * What the room's votes say beyond the scores: where the room disagrees and
 * where the customer's view and ours differ. The same rules as Go's
 * kam.Report.Disagreements and SideDifferences (the PDF's lists), checked
 * against the same contract table (internal/kam/testdata/score-contract.json).
 */

/** Disagreement is a question without consensus, with its spread. */
export interface Disagreement {
  question_id: string;
  spread: number;
}

/**
 * disagreements lists the questions on which the room has no consensus,
 * widest spread first (the catalogue's order among equals).
 */
export function disagreements(report: Pick<Report, 'questions'>): Disagreement[] {
  const out: Disagreement[] = [];
  for (const q of report.questions) {
    if (!q.consensus && q.spread !== null) out.push({ question_id: q.id, spread: q.spread });
  }
  // Array.prototype.sort is stable: equals keep the catalogue's order.
  return out.sort((a, b) => b.spread - a.spread);
}

/** SideDifference is a question both sides rated differently: each side's mean and customer − ours. */
export interface SideDifference {
  question_id: string;
  customer: number;
  ours: number;
  difference: number;
}

/**
 * sideDifferences lists the questions both sides rated, the largest
 * difference between the customer's view and ours first (the catalogue's
 * order among equals); questions the sides see alike are left out.
 */
export function sideDifferences(report: Pick<Report, 'questions'>): SideDifference[] {
  const out: SideDifference[] = [];
  for (const q of report.questions) {
    if (q.customer === null || q.ours === null || q.customer === q.ours) continue;
    out.push({
      question_id: q.id,
      customer: q.customer,
      ours: q.ours,
      difference: q.customer - q.ours,
    });
  }
  return out.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}

/** roomVoted says whether the room cast any vote in the workshop (not applicable ones included). */
export function roomVoted(report: Pick<Report, 'questions'>): boolean {
  return report.questions.some((q: QuestionScore) => q.votes > 0);
}
