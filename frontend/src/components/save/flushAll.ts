import type { SaveSnapshot, SaveStore } from './saveStore';

/** flushEvent asks every autosaving field on screen to save now (useAutosave listens). */
export const flushEvent = 'kamw:flush';

/**
 * flushAll asks every field to save what is typed but still waiting for the
 * pause in typing, then resolves with the screen's save status once nothing
 * is waiting or running any more, or after `timeout` ms.
 */
export function flushAll(store: SaveStore, timeout = 4000): Promise<SaveSnapshot> {
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
      if (store.getSnapshot().status !== 'saving') finish();
    };
    off = store.subscribe(check);
    check();
  });
}
