import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportClientBundle } from '../../api/bundles';
import { toApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toasts';
import { bundleReason } from './reason';
import './bundles.css';

interface Props {
  clientId: string;
  name: string;
}

/** ExportClientButton saves the client as a .kamw bundle through Go's save dialog. */
export function ExportClientButton({ clientId, name }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const run = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const path = await exportClientBundle(clientId);
      if (path) toast.saved(t('bundles.exported', { name, path }));
    } catch (err) {
      toast.show(
        t('bundles.exportFailed', { name, reason: bundleReason(toApiError(err), t) }),
        'error',
      );
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <Button icon="upload" busy={busy} title={t('bundles.exportHint')} onClick={() => void run()}>
      {t('bundles.export')}
    </Button>
  );
}
