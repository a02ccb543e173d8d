import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/errors';
import { flushEvent } from './flushAll';
import { useSaveStore } from './SaveStatusContext';

/**
 * pending: edited, waiting for the pause in typing; saving: the Go call is
 * under way; saved: the Go call resolved for the value on screen; error: the
 * last attempt failed and the value on screen is not stored.
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  status: AutosaveStatus;
  error: ApiError | null;
  /** flush saves now (call it on blur); it resolves once stored or failed. */
  flush: () => Promise<void>;
}

/**
 * While a save fails because the disk is full, it is tried again this often
 * (ms), so the edit is stored once there is room without anyone typing.
 */
export const diskFullRetryMs = 3000;

function keyOf(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * useAutosave is "saved as typed": `save(value)` runs `delay` ms after the
 * last change, right away on flush (blur), when the component unmounts and
 * before the page unloads. Saves run one at a time, always with the newest
 * value. On failure the value stays on screen (the caller owns it) and the
 * next edit or flush tries again; a full disk is also retried every
 * diskFullRetryMs until the save goes through. The first value counts as
 * already stored.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  delay = 400,
): Autosave {
  const store = useSaveStore();
  const id = useId();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);

  const key = keyOf(value);
  const valueRef = useRef(value);
  const saveRef = useRef(save);
  const storedKey = useRef(key);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<() => void>(() => undefined);
  const failed = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const queued = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);

  useLayoutEffect(() => {
    valueRef.current = value;
    saveRef.current = save;
  });

  const set = useCallback((s: AutosaveStatus, e: ApiError | null) => {
    if (!mounted.current) return;
    setStatus(s);
    setError(e);
  }, []);

  const attempt = useCallback(async (): Promise<ApiError | null> => {
    const v = valueRef.current;
    const k = keyOf(v);
    if (k === storedKey.current) {
      store.setDirty(id, false);
      if (failed.current) {
        // Edited back to what is stored: nothing is unsaved any more.
        failed.current = false;
        store.succeed(id);
        set('saved', null);
      } else if (mounted.current) {
        setStatus((st) => (st === 'pending' ? 'saved' : st));
      }
      return null;
    }
    set('saving', null);
    store.begin(id);
    try {
      await saveRef.current(v);
      storedKey.current = k;
      failed.current = false;
      store.succeed(id);
      const stillSame = keyOf(valueRef.current) === k;
      store.setDirty(id, !stillSame);
      set(stillSame ? 'saved' : 'pending', null);
      // Edited meanwhile (perhaps back to what was stored before): save that too.
      if (!stillSame) retry.current();
      return null;
    } catch (err) {
      const e = toApiError(err);
      failed.current = true;
      store.fail(id, e);
      set('error', e);
      return e;
    }
  }, [id, set, store]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (retryTimer.current) {
      clearTimeout(retryTimer.current);
      retryTimer.current = null;
    }
    if (running.current) {
      // One save at a time: run again once the current one is done, with
      // whatever is newest by then.
      queued.current ??= running.current.then(() => {
        queued.current = null;
        return flush();
      });
      return queued.current;
    }
    // Called synchronously, so the Go call is sent within this very task
    // (this matters in beforeunload).
    const p: Promise<void> = attempt()
      .then((e) => {
        // The disk may have room again any moment: try again by itself,
        // keeping the text on screen meanwhile.
        if (e?.code === 'disk_full' && mounted.current && !retryTimer.current) {
          retryTimer.current = setTimeout(() => {
            retryTimer.current = null;
            retry.current();
          }, diskFullRetryMs);
        }
      })
      .finally(() => {
        if (running.current === p) running.current = null;
      });
    running.current = p;
    return p;
  }, [attempt]);

  useLayoutEffect(() => {
    retry.current = () => void flush();
  });

  // Schedule a save after each change.
  useEffect(() => {
    if (key === storedKey.current) {
      // Edited back to what is stored after a failure: clear it (attempt).
      if (failed.current) void flush();
      else if (!running.current) {
        // ... or before any save ran: nothing is unsaved.
        store.setDirty(id, false);
        setStatus((st) => (st === 'pending' ? 'saved' : st));
      }
      return;
    }
    setStatus((s) => (s === 'error' || s === 'saving' ? s : 'pending'));
    store.setDirty(id, true);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, delay);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [key, delay, flush, id, store]);

  // Flush when the page goes away and when the component unmounts.
  useEffect(() => {
    mounted.current = true;
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener(flushEvent, onUnload); // the window is closing (CloseGuard)
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener(flushEvent, onUnload);
      mounted.current = false;
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      void flush().then(() => store.forget(id));
    };
  }, [flush, id, store]);

  return { status, error, flush };
}
