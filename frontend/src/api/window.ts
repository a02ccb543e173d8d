import { emitGoEvent, onGoEvent } from './events';

/**
 * The window's close handshake with Go (app/closing.go): Go announces that
 * the window is about to close, the UI stores what is pending and answers
 * "flushed" (close now) or "stay" (something could not be stored; the user
 * decides).
 */

export const windowEvents = {
  closing: 'window:closing',
  flushed: 'window:flushed',
  stay: 'window:stay',
} as const;

/** onWindowClosing calls cb when the window is about to close; it returns the unsubscribe. */
export function onWindowClosing(cb: () => void): () => void {
  return onGoEvent(windowEvents.closing, () => cb());
}

/** windowFlushed tells Go everything is stored: the window may close. */
export function windowFlushed(): void {
  emitGoEvent(windowEvents.flushed);
}

/** windowStay tells Go to keep the window open: the user is asked first. */
export function windowStay(): void {
  emitGoEvent(windowEvents.stay);
}
