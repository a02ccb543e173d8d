import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onWindowClosing, windowFlushed, windowStay } from '../../api/window';
import { ConfirmDialog } from '../ConfirmDialog';
import { errorReason } from '../errorReason';
import { flushAll } from './flushAll';
import { useSaveStore } from './SaveStatusContext';

/**
 * CloseGuard stores what was just typed before the window closes: when Go
 * announces the close, every field saves at once; the window closes when
 * all is stored. If something could not be stored, the window stays and the
 * user is asked whether to close anyway.
 */
export function CloseGuard() {
  const { t } = useTranslation();
  const store = useSaveStore();
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(
    () =>
      onWindowClosing(() => {
        void flushAll(store).then((s) => {
          if (s.status === 'error' || s.status === 'saving') {
            windowStay();
            setFailed(s.error ? errorReason(s.error, t) : t('errors.internal'));
          } else {
            windowFlushed();
          }
        });
      }),
    [store, t],
  );

  if (failed === null) return null;
  return (
    <ConfirmDialog
      danger
      title={t('save.closeTitle')}
      message={t('save.closeText', { reason: failed })}
      confirmLabel={t('save.closeAnyway')}
      onConfirm={() => {
        setFailed(null);
        windowFlushed();
      }}
      onCancel={() => setFailed(null)}
    />
  );
}
