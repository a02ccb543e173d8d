/**
 * Events from Go (Wails runtime events, named noun:verb; app/events.go and
 * app/closing.go name them). The runtime is looked up at call time, as the
 * bindings are, so tests can stand in for it and a plain browser simply
 * hears nothing.
 */

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

/** onGoEvent calls cb with the data of each event name from Go; it returns the unsubscribe. */
export function onGoEvent(name: string, cb: (data: unknown) => void): () => void {
  const rt = window.runtime;
  if (typeof rt?.EventsOn !== 'function') return () => undefined;
  const off = rt.EventsOn(name, (...data: unknown[]) => cb(data[0]));
  return () => {
    if (typeof off === 'function') (off as () => void)();
    else window.runtime?.EventsOff?.(name);
  };
}

/** emitGoEvent sends an event to Go. */
export function emitGoEvent(name: string): void {
  window.runtime?.EventsEmit?.(name);
}
