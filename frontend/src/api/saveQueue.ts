/**
 * The window's one save queue: every save of a record goes through it
 * (src/api's save functions), whichever editor makes it.
 *
 * - One save in flight per record: the next waits until Go has answered, so
 *   Go stores a record's changes in the order they were made (two quick
 *   Alt+→ in the funnel never commit the older stage last).
 * - Newest wins: what waits is replaced by a newer change of the same
 *   record; everyone who waited gets the stored result of the newest.
 * - Failures kept: a failed save rejects its callers, who keep the edit on
 *   screen (the saved indicator says "not saved"); the queue goes on with
 *   what came after.
 *
 * Saves carry the record's version (updated_at) and Go refuses one made on
 * an older copy than the stored record (code "conflict", kind "stale"). A
 * copy the window made on a version this queue itself replaced is no such
 * copy: it is sent on the version stored since, so the window's own
 * editors never trip over each other, while a change made elsewhere (the
 * command line, another copy of the workspace) is never overwritten.
 */

/** Versioned is a record as Go stores it: updated_at is its version. */
export interface Versioned {
  updated_at?: string;
}

interface Waiter<T> {
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

interface Lane {
  busy: boolean;
  next: {
    value: Versioned;
    send: (v: never) => Promise<Versioned>;
    waiters: Waiter<never>[];
  } | null;
}

export class SaveQueue {
  private lanes = new Map<string, Lane>();
  /** For each record, the version each of this queue's saves replaced → the one it stored. */
  private replaced = new Map<string, Map<string, string>>();

  /**
   * save stores value through send, after the save of the same record (key)
   * that is in flight; it resolves with the record as stored by the newest
   * change of that record.
   */
  save<T extends Versioned>(key: string, value: T, send: (v: T) => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { busy: false, next: null };
      this.lanes.set(key, lane);
    }
    return new Promise<T>((resolve, reject) => {
      const l = lane;
      const waiter = { resolve, reject } as Waiter<never>;
      const waiters = l.next ? [...l.next.waiters, waiter] : [waiter];
      l.next = { value, send: send as (v: never) => Promise<Versioned>, waiters };
      if (!l.busy) void this.run(key, l);
    });
  }

  /** current is the newest version this queue knows of, from version on. */
  current(key: string, version: string): string {
    const seen = this.replaced.get(key);
    let v = version;
    for (let i = 0; seen?.has(v) && i < 10_000; i++) v = seen.get(v) ?? v;
    return v;
  }

  /** stored notes that a save of the record key on version base stored version now. */
  stored(key: string, base: string, now: string): void {
    const seen = this.replaced.get(key) ?? new Map<string, string>();
    seen.set(base, now);
    this.replaced.set(key, seen);
  }

  private async run(key: string, lane: Lane): Promise<void> {
    lane.busy = true;
    while (lane.next) {
      const { value, send, waiters } = lane.next;
      lane.next = null;
      const base = this.current(key, value.updated_at ?? '');
      const sent = { ...value, updated_at: base };
      try {
        const stored = await send(sent as never);
        if (stored.updated_at) this.stored(key, base, stored.updated_at);
        for (const w of waiters) w.resolve(stored as never);
      } catch (err) {
        for (const w of waiters) w.reject(err);
      }
    }
    lane.busy = false;
    this.lanes.delete(key);
  }
}

/** saveQueue is the window's one queue. */
export const saveQueue = new SaveQueue();

/**
 * queued sends a record's save through the window's queue. A record without
 * an id yet is created right away (there is nothing to wait for or
 * replace); a copy of it that still has no version is then sent on the one
 * it was created with.
 */
export async function queued<T extends Versioned & { id: string }>(
  kind: string,
  value: T,
  send: (v: T) => Promise<T>,
): Promise<T> {
  if (value.id) return saveQueue.save(`${kind}:${value.id}`, value, send);
  const created = await send(value);
  if (created.updated_at) saveQueue.stored(`${kind}:${created.id}`, '', created.updated_at);
  return created;
}
