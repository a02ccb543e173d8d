import { act } from '@testing-library/react';

/**
 * installFakeEvents stands in for the Wails runtime's events, as the window
 * would hear them from Go: emit sends one to every listener of its name.
 * Call it in beforeEach; removeFakeEvents in afterEach.
 */
export function installFakeEvents(): { emit: (name: string, data: unknown) => void } {
  const handlers = new Map<string, Set<(d: unknown) => void>>();
  window.runtime = {
    EventsOn: (name: string, cb: (...d: unknown[]) => void) => {
      const wrapped = (d: unknown) => cb(d);
      const set = handlers.get(name) ?? new Set();
      set.add(wrapped);
      handlers.set(name, set);
      return () => handlers.get(name)?.delete(wrapped);
    },
  };
  return {
    emit: (name, data) => act(() => handlers.get(name)?.forEach((cb) => cb(data))),
  };
}

/** removeFakeEvents takes the stand-in runtime away again. */
export function removeFakeEvents(): void {
  delete window.runtime;
}
