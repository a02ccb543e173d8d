import { call } from './bridge';

/** Text is a string in both UI languages. */
export interface Text {
  de: string;
  en: string;
}

/** CatalogOption is a checklist item a question offers. */
export interface CatalogOption {
  id: string;
  label: Text;
}

/** RatingGuide describes what ratings 0, 2 and 4 look like for a question. */
export interface RatingGuide {
  '0': Text;
  '2': Text;
  '4': Text;
}

export interface CatalogQuestion {
  id: string;
  text: Text;
  followups: Text[];
  options: CatalogOption[];
  guide: RatingGuide;
}

export interface CatalogArea {
  id: string;
  title: Text;
  intro: Text;
  questions: CatalogQuestion[];
}

/** Catalog is the questionnaire, versioned and embedded in the binary. */
export interface Catalog {
  version: string;
  areas: CatalogArea[];
}

/** Answer is one workshop's answer to one question; rating null means not rated yet. */
export interface Answer {
  workshop_id?: string;
  question_id: string;
  rating: number | null;
  na: boolean;
  /** The sentence the customer reads in the report. */
  finding: string;
  /** Internal notes, never in the customer's report. */
  notes: string;
  follow_up: boolean;
  checked: string[];
}

/** Vote is one participant's rating of a question: 0–4, or not applicable. */
export interface Vote {
  participant_id: string;
  question_id: string;
  rating: number | null;
  na: boolean;
}

export interface AreaScore {
  id: string;
  score: number | null;
  answered: number;
  na: number;
  total: number;
}

/** PerspectiveArea is one area's score in one side's view. */
export interface PerspectiveArea {
  id: string;
  score: number | null;
}

/** Perspective is the scores of one side's votes alone. */
export interface Perspective {
  overall: number | null;
  areas: PerspectiveArea[];
}

/**
 * QuestionScore is what the room made of one question: its value in the
 * score, the votes cast, their spread (highest minus lowest rated vote),
 * whether the room agrees, and each side's mean.
 */
export interface QuestionScore {
  id: string;
  value: number | null;
  votes: number;
  spread: number | null;
  consensus: boolean;
  customer: number | null;
  ours: number | null;
}

/** Report holds the scores of one workshop (0–100; null when nothing was answered). */
export interface Report {
  workshop_id: string;
  overall: number | null;
  areas: AreaScore[];
  perspectives: { customer: Perspective; ours: Perspective };
  questions: QuestionScore[];
}

export function getCatalog(): Promise<Catalog> {
  return call('Assessment', 'Catalog') as Promise<Catalog>;
}

export async function listAnswers(workshopID: string): Promise<Answer[]> {
  return (await (call('Assessment', 'Answers', workshopID) as Promise<Answer[] | null>)) ?? [];
}

export function saveAnswer(a: Answer): Promise<Answer> {
  return call('Assessment', 'SaveAnswer', a) as Promise<Answer>;
}

/** listVotes returns the room's votes in a workshop, each participant's rating of a question. */
export async function listVotes(workshopID: string): Promise<Vote[]> {
  return (await (call('Assessment', 'Votes', workshopID) as Promise<Vote[] | null>)) ?? [];
}

export function getReport(workshopID: string): Promise<Report> {
  return call('Assessment', 'Report', workshopID) as Promise<Report>;
}
