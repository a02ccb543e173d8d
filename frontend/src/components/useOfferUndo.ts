import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { putBack, type Deleted, type Restored } from '../api/bin';
import { toApiError } from '../api/errors';
import { errorReason } from './errorReason';
import { useSaveStore } from './save/SaveStatusContext';
import { useToast } from './Toasts';

type RestoredListener = (r: Restored) => void;
const listeners = new Set<RestoredListener>();

/**
 * useRestored calls handler whenever an undo brings something back, so a
 * screen that lists that kind of record shows it again, whether or not it
 * is the screen the delete was made on.
 */
export function useRestored(handler: RestoredListener): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const l: RestoredListener = (r) => ref.current(r);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
}

/**
 * useOfferUndo is the one way a screen offers to undo a delete: a toast says
 * what was deleted, with "Rückgängig"; undoing asks Go to put it back (ids
 * and all) and then tells the screen what came back, so it can show it again.
 */
export function useOfferUndo(): (
  deleted: Deleted,
  message: string,
  onRestored?: (r: Restored) => void,
) => void {
  const toast = useToast();
  const store = useSaveStore();
  const { t } = useTranslation();
  return useCallback(
    (deleted, message, onRestored) => {
      toast.undoable(message, async () => {
        try {
          const r = await store.track(`undo:${deleted.undo_id}`, putBack(deleted.undo_id));
          for (const l of listeners) l(r);
          onRestored?.(r);
          toast.show(r.name ? t('undo.restored', { name: r.name }) : t('undo.restoredUnnamed'));
        } catch (err) {
          const e = toApiError(err);
          const reason =
            e.code === 'not_found'
              ? t('undo.gone')
              : e.code === 'conflict'
                ? t('undo.back')
                : errorReason(e, t);
          toast.show(t('undo.failed', { reason }), 'error');
        }
      });
    },
    [toast, store, t],
  );
}
