import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../api/errors';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; data: T };

export interface LoadControls<T> {
  /** reload fetches again; what is shown stays until the answer arrives. */
  reload: () => void;
  /** set replaces the loaded data after a local change (a rename, a delete). */
  set: (data: T) => void;
}

/**
 * useLoad runs `load` when the component mounts and whenever `load` changes
 * (wrap it in useCallback), ignoring answers that arrive after a newer
 * request or after unmount.
 */
export function useLoad<T>(load: () => Promise<T>): [Loaded<T>, LoadControls<T>] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setResult({ state: 'ready', data });
      },
      (err: unknown) => {
        if (current) setResult({ state: 'failed', error: toApiError(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const set = useCallback((data: T) => setResult({ state: 'ready', data }), []);
  return [result, { reload, set }];
}
