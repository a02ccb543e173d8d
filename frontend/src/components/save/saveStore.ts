import { toApiError, type ApiError } from '../../api/errors';

/** SaveStatus is what the saved indicator shows for the whole screen. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveSnapshot {
  status: SaveStatus;
  /** The most recent failure that has not been saved over yet. */
  error: ApiError | null;
  /** errorOnScreen: that failure's edit is still on screen, to be retried. */
  errorOnScreen: boolean;
}

/**
 * SaveStore adds up the saves of every field on screen: an unsaved failure
 * wins, then anything typed but not yet stored, then "saved" once a Go call
 * has resolved. Keys are per field (or per operation), from useId.
 */
export class SaveStore {
  private dirty = new Set<string>();
  private inFlight = new Map<string, number>();
  private errors = new Map<string, ApiError>();
  private gone = new Set<string>();
  private everSaved = false;
  private snapshot: SaveSnapshot = { status: 'idle', error: null, errorOnScreen: false };
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveSnapshot => this.snapshot;

  /** setDirty marks a field as edited but not yet sent to Go. */
  setDirty(key: string, dirty: boolean): void {
    if (dirty) this.dirty.add(key);
    else this.dirty.delete(key);
    this.update();
  }

  begin(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    this.update();
  }

  succeed(key: string): void {
    this.end(key);
    this.errors.delete(key);
    // A failure of a field that is no longer on screen cannot be retried;
    // the next successful save replaces its message.
    for (const k of this.gone) this.errors.delete(k);
    this.gone.clear();
    this.everSaved = true;
    this.update();
  }

  fail(key: string, err: ApiError): void {
    this.end(key);
    this.errors.delete(key); // re-insert: the newest failure is shown
    this.errors.set(key, err);
    this.update();
  }

  /** forget is called when a field leaves the screen. */
  forget(key: string): void {
    this.dirty.delete(key);
    if (this.errors.has(key)) this.gone.add(key);
    this.update();
  }

  /**
   * unsaved is the newest failure of something still on screen (a field, an
   * answer) that is not stored yet: leaving the screen would lose it.
   */
  unsaved(): ApiError | null {
    let last: ApiError | null = null;
    for (const [k, e] of this.errors) if (!this.gone.has(k)) last = e;
    return last;
  }

  /** settling says a field was edited and its save has not finished yet. */
  settling(): boolean {
    for (const k of this.dirty) if (!this.errors.has(k)) return true;
    return false;
  }

  /**
   * abandon gives up every failure on screen: the user chose to leave it.
   * The failures still show until anything saves, as for a field that left.
   */
  abandon(): void {
    for (const k of this.errors.keys()) this.gone.add(k);
    this.update();
  }

  /** track reports a one-off operation (create, rename, delete) as a save. */
  async track<T>(key: string, op: Promise<T>): Promise<T> {
    this.begin(key);
    try {
      const v = await op;
      this.succeed(key);
      return v;
    } catch (err) {
      this.fail(key, toApiError(err));
      throw err;
    }
  }

  private end(key: string): void {
    const n = (this.inFlight.get(key) ?? 1) - 1;
    if (n > 0) this.inFlight.set(key, n);
    else this.inFlight.delete(key);
  }

  private update(): void {
    let next: SaveSnapshot;
    const errs = [...this.errors.entries()];
    const last = errs[errs.length - 1];
    if (last) {
      next = { status: 'error', error: last[1], errorOnScreen: !this.gone.has(last[0]) };
    } else if (this.inFlight.size > 0 || this.dirty.size > 0) {
      next = { status: 'saving', error: null, errorOnScreen: false };
    } else if (this.everSaved) next = { status: 'saved', error: null, errorOnScreen: false };
    else next = { status: 'idle', error: null, errorOnScreen: false };
    if (
      next.status !== this.snapshot.status ||
      next.error !== this.snapshot.error ||
      next.errorOnScreen !== this.snapshot.errorOnScreen
    ) {
      this.snapshot = next;
    }
    // Told of every change, not just the snapshot's: a field can finish
    // saving while another save keeps the screen at "saving" (flushAll).
    for (const l of this.listeners) l();
  }
}
