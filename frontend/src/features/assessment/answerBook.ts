import type { Answer } from '../../api/assessment';

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

/** SaveState of one question: saving while a save runs or waits, saved once the newest state is stored. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * AnswerBook holds a workshop's answers as the screen shows them and stores
 * them. Every edit changes the screen at once (`update`); `persist` sends the
 * whole answer to Go through `save`, which is the window's save queue
 * (saveAnswer, src/api/saveQueue.ts): one save of a question at a time,
 * the newest state winning, so a rating pressed twice quickly, or a rating
 * while notes are being saved, always ends with the last state stored —
 * never with an older save landing last.
 */
export class AnswerBook {
  private answers = new Map<string, Answer>();
  private inFlight = new Map<string, number>();
  private states = new Map<string, SaveState>();
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    readonly workshopID: string,
    initial: readonly Answer[],
    private readonly save: (a: Answer) => Promise<unknown>,
  ) {
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
   * persist stores the question's answer as it is now, after the save of it
   * under way (the queue's). It resolves once Go has stored it, or the newer
   * state that replaced it while it waited, and rejects if that failed.
   */
  persist(questionID: string): Promise<void> {
    this.inFlight.set(questionID, (this.inFlight.get(questionID) ?? 0) + 1);
    this.setState(questionID, 'saving');
    const done = (s: SaveState) => {
      const n = (this.inFlight.get(questionID) ?? 1) - 1;
      this.inFlight.set(questionID, n);
      if (n === 0) this.setState(questionID, s);
    };
    // The call is made right here, synchronously, so a flush in
    // beforeunload reaches Go before the page is gone.
    return this.save({ ...this.get(questionID) }).then(
      () => done('saved'),
      (err: unknown) => {
        done('error');
        throw err;
      },
    );
  }
}
