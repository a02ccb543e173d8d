import type { SaveSnapshot, SaveStore } from './saveStore';

/** flushEvent asks every autosaving field on screen to save now (useAutosave listens). */
export const flushEvent = 'kamw:flush';

/** Nothing waits for the pause in typing and no save runs any more. */
const allDone = (store: SaveStore) => store.getSnapshot().status !== 'saving';

/**
 * flushAll asks every field to save what is typed but still waiting for the
 * pause in typing, then resolves with the screen's save status once nothing
 * is waiting or running any more (or `done` says so), or after `timeout` ms.
 */
export function flushAll(
  store: SaveStore,
  timeout = 4000,
  done: (store: SaveStore) => boolean = allDone,
): Promise<SaveSnapshot> {
  window.dispatchEvent(new Event(flushEvent));
  return new Promise((resolve) => {
    let off = () => undefined as unknown;
    const timer = setTimeout(() => finish(), timeout);
    function finish() {
      off();
      clearTimeout(timer);
      resolve(store.getSnapshot());
    }
    const check = () => {
      if (done(store)) finish();
    };
    off = store.subscribe(check);
    check();
  });
}
