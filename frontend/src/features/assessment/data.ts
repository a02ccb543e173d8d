import {
  getCatalog,
  listAnswers,
  listVotes,
  type Answer,
  type Catalog,
  type Vote,
} from '../../api/assessment';
import { listActions, type Action } from '../../api/actions';
import { listWorkshops, type Workshop } from '../../api/workshops';

let catalogCache: Promise<Catalog> | null = null;

/** catalog loads the questionnaire once; it is embedded in the binary and never changes while running. */
export function catalog(): Promise<Catalog> {
  if (!catalogCache) {
    const p = getCatalog();
    catalogCache = p;
    p.catch(() => {
      if (catalogCache === p) catalogCache = null; // try again next time
    });
  }
  return catalogCache;
}

/** AssessmentData is everything the workshop screen needs at the start. */
export interface AssessmentData {
  catalog: Catalog;
  answers: Answer[];
  /** votes are the room's votes, each participant's rating of a question. */
  votes: Vote[];
  actions: Action[];
  /** rounds are the client's workshops by date, this one among them. */
  rounds: Workshop[];
}

export async function loadAssessment(
  clientID: string,
  workshopID: string,
): Promise<AssessmentData> {
  const [cat, answers, votes, actions, rounds] = await Promise.all([
    catalog(),
    listAnswers(workshopID),
    listVotes(workshopID),
    listActions(workshopID),
    listWorkshops(clientID),
  ]);
  return { catalog: cat, answers, votes, actions, rounds };
}

/** Step is one question in the order of the workshop. */
export interface Step {
  areaIndex: number;
  /** index of the question within its area */
  index: number;
  areaID: string;
  questionID: string;
}

/** steps lists every question in the order the workshop walks through them. */
export function steps(cat: Catalog): Step[] {
  return cat.areas.flatMap((a, areaIndex) =>
    a.questions.map((q, index) => ({ areaIndex, index, areaID: a.id, questionID: q.id })),
  );
}
