import type { catalog, kam } from '../../wailsjs/go/models';
import { call } from './bridge';
import { saveQueue } from './saveQueue';
import type { Wire } from './wire';

/** Text is a string in both UI languages. */
export type Text = Wire<catalog.Text>;
/** CatalogOption is a checklist item a question offers. */
export type CatalogOption = Wire<catalog.Option>;
/** RatingGuide describes what ratings 0, 2 and 4 look like for a question. */
export type RatingGuide = Wire<catalog.Guide>;
export type CatalogQuestion = Wire<catalog.Question>;
export type CatalogArea = Wire<catalog.Area>;
/** Catalog is the questionnaire, versioned and embedded in the binary. */
export type Catalog = Wire<catalog.Catalog>;

/** Answer is one workshop's answer to one question; rating null means not rated yet. */
export type Answer = Wire<kam.Answer>;
/** Vote is one participant's rating of one question. */
export type Vote = Wire<kam.Vote>;
export type AreaScore = Wire<kam.AreaScore>;
export type PerspectiveArea = Wire<kam.PerspectiveArea>;
export type Perspective = Wire<kam.Perspective>;
export type QuestionScore = Wire<kam.QuestionScore>;
/** Report is a workshop's scores (kam.Report, DESIGN.md "Scores"). */
export type Report = Wire<kam.Report>;
/** Band is a score's colour band (kam.BandOf), judged by the whole number shown. */
export type Band = Wire<kam.Band>;

export function getCatalog(): Promise<Catalog> {
  return call('Assessment', 'Catalog');
}

export async function listAnswers(workshopID: string): Promise<Answer[]> {
  return (await call('Assessment', 'Answers', workshopID)) ?? [];
}

/**
 * saveAnswer stores an answer through the window's save queue (saveQueue.ts);
 * an answer without a version is the question's first.
 */
export function saveAnswer(a: Answer): Promise<Answer> {
  return saveQueue.save(`answer:${a.workshop_id ?? ''}:${a.question_id}`, a, (v) =>
    call('Assessment', 'SaveAnswer', v),
  );
}

/** listVotes returns the room's votes in a workshop, each participant's rating of a question. */
export async function listVotes(workshopID: string): Promise<Vote[]> {
  return (await (call('Assessment', 'Votes', workshopID) as Promise<Vote[] | null>)) ?? [];
}

/** voteKey names a vote in the window's save queue: one participant's vote on one question. */
const voteKey = (workshopID: string, participantID: string, questionID: string) =>
  `vote:${workshopID}:${participantID}:${questionID}`;

/**
 * saveVote stores a participant's vote on a question (a rating 0–4 or not
 * applicable) through the window's save queue (saveQueue.ts): one save of a
 * vote in flight, the newest change of it — a save or a deletion — next.
 */
export async function saveVote(workshopID: string, v: Vote): Promise<void> {
  await saveQueue.save(voteKey(workshopID, v.participant_id, v.question_id), {}, async () => {
    await call('Assessment', 'SaveVote', workshopID, v);
    return {};
  });
}

/** deleteVote takes back a participant's vote on a question, through the same queue as saveVote. */
export async function deleteVote(
  workshopID: string,
  participantID: string,
  questionID: string,
): Promise<void> {
  await saveQueue.save(voteKey(workshopID, participantID, questionID), {}, async () => {
    await call('Assessment', 'DeleteVote', workshopID, participantID, questionID);
    return {};
  });
}

export function getReport(workshopID: string): Promise<Report> {
  return call('Assessment', 'Report', workshopID);
}
