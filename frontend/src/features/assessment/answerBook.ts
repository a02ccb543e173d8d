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

interface Chain {
  running: Promise<void> | null;
  queued: Promise<void> | null;
}

/** SaveState of one question: saving while a save runs or waits, saved once the newest state is stored. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

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
  private chains = new Map<string, Chain>();
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
   * persist stores the question's answer as it is now. While a save of the
   * same question runs, it waits for it and then sends whatever is newest by
   * then (several calls meanwhile share that one save). It resolves once Go
   * has stored the newest state and rejects if that failed.
   */
  persist(questionID: string): Promise<void> {
    let c = this.chains.get(questionID);
    if (!c) {
      c = { running: null, queued: null };
      this.chains.set(questionID, c);
    }
    const chain = c;
    this.setState(questionID, 'saving');
    if (chain.running) {
      chain.queued ??= chain.running
        .catch(() => undefined)
        .then(() => {
          chain.queued = null;
          return this.persist(questionID);
        });
      return chain.queued;
    }
    const snapshot = { ...this.get(questionID) };
    // The call is made right here, synchronously, so a flush in
    // beforeunload reaches Go before the page is gone.
    const p: Promise<void> = this.save(snapshot).then(
      () => {
        if (chain.running === p) chain.running = null;
        if (!chain.queued) this.setState(questionID, 'saved');
      },
      (err: unknown) => {
        if (chain.running === p) chain.running = null;
        if (!chain.queued) this.setState(questionID, 'error');
        throw err;
      },
    );
    chain.running = p;
    return p;
  }
}
