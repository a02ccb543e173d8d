import type { Vote } from '../../api/assessment';
import { SaveChains, type SaveState } from './saveChain';
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
 * stores them. A vote changes on screen at once (`set`) and is sent to Go
 * through SaveChains, one save at a time per participant and question, each
 * with the newest state: digits typed faster than Go stores them all end up
 * stored, the last one of each person winning. Votes the phones cast arrive
 * through `receive` and are shown without being sent back.
 */
export class VoteBook {
  private votes = new Map<string, Vote>();
  private states = new Map<string, SaveState>();
  private listeners = new Set<() => void>();
  private readonly chains: SaveChains;
  private version = 0;

  constructor(initial: readonly Vote[], store: VoteStore) {
    for (const v of initial) this.votes.set(keyOf(v.participant_id, v.question_id), v);
    this.chains = new SaveChains(
      (key) => {
        const [participantID = '', questionID = ''] = key.split(sep);
        const v = this.votes.get(key);
        return v ? store.save({ ...v }) : store.remove(participantID, questionID);
      },
      (key, s) => {
        if (this.states.get(key) === s) return;
        this.states.set(key, s);
        this.changed();
      },
    );
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
    if (value === null) this.votes.delete(key);
    else this.votes.set(key, voteOf(participantID, questionID, value));
    this.changed();
    return this.chains.persist(key);
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
