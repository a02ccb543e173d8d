/**
 * The window's close handshake with Go (app/closing.go): Go announces that
 * the window is about to close, the UI stores what is pending and answers
 * "flushed" (close now) or "stay" (something could not be stored; the user
 * decides). The Wails runtime is looked up at call time, as the bindings are,
 * so tests can stand in for it and a plain browser simply has no close.
 */

export const windowEvents = {
  closing: 'window:closing',
  flushed: 'window:flushed',
  stay: 'window:stay',
} as const;

interface WailsEvents {
  /** Wails returns the unsubscribe function (older runtimes return nothing). */
  EventsOn?: (name: string, cb: (...data: unknown[]) => void) => unknown;
  EventsOff?: (name: string) => void;
  EventsEmit?: (name: string, ...data: unknown[]) => void;
}

declare global {
  interface Window {
    runtime?: WailsEvents;
  }
}

/** onWindowClosing calls cb when the window is about to close; it returns the unsubscribe. */
export function onWindowClosing(cb: () => void): () => void {
  const rt = window.runtime;
  if (typeof rt?.EventsOn !== 'function') return () => undefined;
  const off = rt.EventsOn(windowEvents.closing, () => cb());
  return () => {
    if (typeof off === 'function') (off as () => void)();
    else window.runtime?.EventsOff?.(windowEvents.closing);
  };
}

/** windowFlushed tells Go everything is stored: the window may close. */
export function windowFlushed(): void {
  window.runtime?.EventsEmit?.(windowEvents.flushed);
}

/** windowStay tells Go to keep the window open: the user is asked first. */
export function windowStay(): void {
  window.runtime?.EventsEmit?.(windowEvents.stay);
}
