import type { Answer } from '../../api/assessment';
import { SaveChains, type SaveState } from './saveChain';

export type { SaveState };

export type AnswerPatch = Partial<
  Pick<Answer, 'rating' | 'na' | 'finding' | 'notes' | 'follow_up' | 'checked'>
>;

/** emptyAnswer is a question not answered yet. */
export function emptyAnswer(workshopID: string, questionID: string): Answer {
  return {
    workshop_id: workshopID,
    question_id: questionID,
    rating: null,
    na: false,
    finding: '',
    notes: '',
    follow_up: false,
    checked: [],
  };
}

/**
 * AnswerBook holds a workshop's answers as the screen shows them and stores
 * them. Every edit changes the screen at once (`update`); `persist` sends the
 * whole answer to Go. Saves of one question run one at a time and each sends
 * the newest state when it starts, so a rating pressed twice quickly, or a
 * rating while notes are being saved, always ends with the last state stored
 * — never with an older save landing last.
 */
export class AnswerBook {
  private answers = new Map<string, Answer>();
  private readonly chains: SaveChains;
  private states = new Map<string, SaveState>();
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    readonly workshopID: string,
    initial: readonly Answer[],
    save: (a: Answer) => Promise<unknown>,
  ) {
    this.chains = new SaveChains(
      (questionID) => save({ ...this.get(questionID) }),
      (questionID, s) => this.setState(questionID, s),
    );
    for (const a of initial) this.answers.set(a.question_id, { ...a, checked: a.checked ?? [] });
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** getVersion changes with every edit; the screen re-renders on it. */
  getVersion = (): number => this.version;

  get(questionID: string): Answer {
    return this.answers.get(questionID) ?? emptyAnswer(this.workshopID, questionID);
  }

  all(): Answer[] {
    return [...this.answers.values()];
  }

  /** saveState says whether the question's answer on screen is stored. */
  saveState(questionID: string): SaveState {
    return this.states.get(questionID) ?? 'idle';
  }

  /** update changes an answer on screen only; persist stores it. */
  update(questionID: string, patch: AnswerPatch): Answer {
    const next: Answer = {
      ...this.get(questionID),
      ...patch,
      workshop_id: this.workshopID,
      question_id: questionID,
    };
    this.answers.set(questionID, next);
    this.changed();
    return next;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  private setState(questionID: string, s: SaveState): void {
    if (this.states.get(questionID) === s) return;
    this.states.set(questionID, s);
    this.changed();
  }

  /**
   * persist stores the question's answer as it is now; saves of one question
   * run one at a time, each with the newest state (SaveChains). It resolves
   * once Go has stored the newest state and rejects if that failed.
   */
  persist(questionID: string): Promise<void> {
    return this.chains.persist(questionID);
  }
}
