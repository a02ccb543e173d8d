/** SaveState of one record: saving while a save runs or waits, saved once the newest state is stored. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface Chain {
  running: Promise<void> | null;
  queued: Promise<void> | null;
}

/**
 * SaveChains stores records one key at a time: saves of one key run one
 * after the other and each sends the newest state when it starts, so several
 * edits in quick succession always end with the last state stored — never
 * with an older save landing last. Keys are independent of each other. The
 * answers of the questionnaire and the votes of the room both save through it.
 */
export class SaveChains {
  private chains = new Map<string, Chain>();

  /**
   * @param send stores the newest state of a key (it reads that state itself, when called)
   * @param onState hears each key's save state as it changes
   */
  constructor(
    private readonly send: (key: string) => Promise<unknown>,
    private readonly onState: (key: string, s: SaveState) => void,
  ) {}

  /**
   * persist stores the key's state as it is now. While a save of the same key
   * runs, it waits for it and then sends whatever is newest by then (several
   * calls meanwhile share that one save). It resolves once Go has stored the
   * newest state and rejects if that failed.
   */
  persist(key: string): Promise<void> {
    let c = this.chains.get(key);
    if (!c) {
      c = { running: null, queued: null };
      this.chains.set(key, c);
    }
    const chain = c;
    this.onState(key, 'saving');
    if (chain.running) {
      chain.queued ??= chain.running
        .catch(() => undefined)
        .then(() => {
          chain.queued = null;
          return this.persist(key);
        });
      return chain.queued;
    }
    // The call is made right here, synchronously, so a flush in
    // beforeunload reaches Go before the page is gone.
    const p: Promise<void> = this.send(key).then(
      () => {
        if (chain.running === p) chain.running = null;
        if (!chain.queued) this.onState(key, 'saved');
      },
      (err: unknown) => {
        if (chain.running === p) chain.running = null;
        if (!chain.queued) this.onState(key, 'error');
        throw err;
      },
    );
    chain.running = p;
    return p;
  }
}
