import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaveCheck } from '../../routing';
import { ConfirmDialog } from '../ConfirmDialog';
import { errorReason } from '../errorReason';
import { flushAll } from './flushAll';
import type { SaveStore } from './saveStore';
import { useSaveStatus, useSaveStore } from './SaveStatusContext';

/**
 * How long leaving waits at most for a save of what was just typed (ms);
 * a save still running then is asked about like a failed one.
 */
export const leaveWaitMs = 4000;

/** The field just typed into is stored, or its save failed. */
const settled = (s: SaveStore) => !s.settling() || s.unsaved() !== null;

/**
 * useLeaveGuard keeps a failed save on screen: its check (for useHashRoute)
 * lets the screen change at once while everything is stored. Something just
 * typed is saved first, the screen changes once Go has it. While an edit on
 * screen is not stored because its save failed (a full disk above all), the
 * screen stays and the dialog asks: staying keeps the edit, and it is saved
 * by itself once there is room; leaving anyway gives it up.
 */
export function useLeaveGuard(): { canLeave: LeaveCheck; dialog: ReactNode } {
  const { t } = useTranslation();
  const store = useSaveStore();
  useSaveStatus(); // render again as saves go through or fail
  const [leaving, setLeaving] = useState<{ leave: () => void } | null>(null);

  const canLeave = useCallback<LeaveCheck>(
    (leave) => {
      if (store.unsaved()) {
        setLeaving({ leave });
        return false;
      }
      if (!store.settling()) return true;
      void flushAll(store, leaveWaitMs, settled).then(() => {
        if (store.unsaved() || store.settling()) setLeaving({ leave });
        else leave();
      });
      return false;
    },
    [store],
  );

  let dialog: ReactNode = null;
  if (leaving) {
    const err = store.unsaved();
    const open = err !== null || store.settling();
    let message: string = t('save.leaveSaved');
    if (err?.code === 'disk_full') message = t('save.leaveDiskFull');
    else if (err) message = t('save.leaveText', { reason: errorReason(err, t) });
    else if (open) message = t('save.leavePending');
    dialog = (
      <ConfirmDialog
        danger={open}
        title={open ? t('save.leaveTitle') : t('save.leaveSavedTitle')}
        message={message}
        cancelLabel={t('save.stay')}
        confirmLabel={open ? t('save.leaveAnyway') : t('save.leave')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          setLeaving(null);
          store.abandon();
          leaving.leave();
        }}
      />
    );
  }
  return { canLeave, dialog };
}
