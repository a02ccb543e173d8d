import type { Vote } from '../../api/assessment';
import type { SaveState } from './answerBook';
import { voteOf, type VoteValue } from './voteSummary';

const sep = '\n';
const keyOf = (participantID: string, questionID: string) => participantID + sep + questionID;

/** VoteStore is Go's side of the votes: store one, take one back. */
export interface VoteStore {
  save: (v: Vote) => Promise<unknown>;
  remove: (participantID: string, questionID: string) => Promise<unknown>;
}

/**
 * VoteBook holds the room's votes of a workshop as the screen shows them and
 * stores them. A vote changes on screen at once (`set`) and is handed to the
 * store right away, without waiting for earlier saves: the store (saveVote
 * and deleteVote, through the window's save queue) keeps one save per vote
 * in flight and the newest next, so digits typed faster than Go stores them
 * all end up stored, the last one of each person winning. A vote's save
 * state follows its newest change. Votes the phones cast arrive through
 * `receive` and are shown without being sent back.
 */
export class VoteBook {
  private votes = new Map<string, Vote>();
  private states = new Map<string, SaveState>();
  private listeners = new Set<() => void>();
  /** The number of each vote's newest change: only its save says what the state is. */
  private changes = new Map<string, number>();
  private version = 0;

  constructor(
    initial: readonly Vote[],
    private readonly store: VoteStore,
  ) {
    for (const v of initial) this.votes.set(keyOf(v.participant_id, v.question_id), v);
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** getVersion changes with every change; the screen re-renders on it. */
  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  get(participantID: string, questionID: string): Vote | undefined {
    return this.votes.get(keyOf(participantID, questionID));
  }

  all(): Vote[] {
    return [...this.votes.values()];
  }

  /**
   * set changes a participant's vote on screen (null takes it back) and
   * stores it; the promise says when Go has the newest state (a failure shows
   * in saveState, the vote stays on screen).
   */
  set(participantID: string, questionID: string, value: VoteValue | null): Promise<void> {
    const key = keyOf(participantID, questionID);
    const n = (this.changes.get(key) ?? 0) + 1;
    this.changes.set(key, n);
    let saving: Promise<unknown>;
    if (value === null) {
      this.votes.delete(key);
      saving = this.store.remove(participantID, questionID);
    } else {
      const v = voteOf(participantID, questionID, value);
      this.votes.set(key, v);
      saving = this.store.save(v);
    }
    this.setState(key, 'saving');
    this.changed();
    const newest = () => this.changes.get(key) === n;
    return saving.then(
      () => {
        if (newest()) this.setState(key, 'saved');
      },
      (err: unknown) => {
        if (newest()) this.setState(key, 'error');
        throw err;
      },
    );
  }

  private setState(key: string, s: SaveState): void {
    if (this.states.get(key) === s) return;
    this.states.set(key, s);
    this.changed();
  }

  /** receive shows a vote Go has stored already (a phone's). */
  receive(v: Vote): void {
    this.votes.set(keyOf(v.participant_id, v.question_id), v);
    this.changed();
  }

  /** saveState of a question's votes: an error wins, then a save on its way, then saved. */
  saveState(questionID: string): SaveState {
    let out: SaveState = 'idle';
    for (const [key, s] of this.states) {
      if (!key.endsWith(sep + questionID)) continue;
      if (s === 'error') return 'error';
      if (s === 'saving') out = 'saving';
      else if (s === 'saved' && out === 'idle') out = 'saved';
    }
    return out;
  }
}
