import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  discardImport,
  importClientBundle,
  resolveImport,
  type BundleImport,
} from '../../api/bundles';
import { toApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { useToast } from '../../components/Toasts';
import { routeHref } from '../../routing';
import { useClientList } from '../clients/ClientListContext';
import { bundleReason } from './reason';
import './bundles.css';

/**
 * ImportClientButton imports a .kamw bundle picked in Go's open dialog. When
 * the client is here already it asks: replace it, or import a copy. After
 * the import the sidebar shows the client and it opens.
 */
export function ImportClientButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { reload } = useClientList();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<BundleImport | null>(null);
  const running = useRef(false);

  const finish = (res: BundleImport | null) => {
    if (!res) return;
    if (res.status === 'conflict') {
      setConflict(res);
      return;
    }
    setConflict(null);
    reload();
    window.location.hash = routeHref({ page: 'client', clientId: res.client_id });
    toast.show(t('bundles.imported', { name: res.client_name, count: res.workshops }));
  };

  const attempt = async (step: () => Promise<BundleImport | null>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      finish(await step());
    } catch (err) {
      setConflict(null);
      toast.show(t('bundles.importFailed', { reason: bundleReason(toApiError(err), t) }), 'error');
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const cancel = () => {
    if (busy || !conflict) return;
    void discardImport(conflict.token).catch(() => undefined); // forgetting cannot fail in a way that matters
    setConflict(null);
  };

  return (
    <>
      {compact ? (
        <Button
          icon="download"
          className="bundle-import"
          aria-label={t('bundles.import')}
          title={t('bundles.import')}
          busy={busy && !conflict}
          onClick={() => void attempt(() => importClientBundle(''))}
        />
      ) : (
        <Button
          icon="download"
          className="btn--block bundle-import"
          busy={busy && !conflict}
          onClick={() => void attempt(() => importClientBundle(''))}
        >
          {t('bundles.import')}
        </Button>
      )}
      {conflict ? (
        <ConflictDialog
          conflict={conflict}
          busy={busy}
          onCancel={cancel}
          onResolve={(mode) => void attempt(() => resolveImport(conflict.token, mode))}
        />
      ) : null}
    </>
  );
}

interface DialogProps {
  conflict: BundleImport;
  busy: boolean;
  onCancel: () => void;
  onResolve: (mode: 'replace' | 'copy') => void;
}

function ConflictDialog({ conflict, busy, onCancel, onResolve }: DialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const vars = { name: conflict.client_name, file: conflict.file_name };
  const client = conflict.conflict === 'client';
  return (
    <Modal
      role="alertdialog"
      className="bundle-conflict"
      title={client ? t('bundles.conflictTitle', vars) : t('bundles.recordsTitle', vars)}
      description={
        <p>{client ? t('bundles.conflictText', vars) : t('bundles.recordsText', vars)}</p>
      }
      onClose={onCancel}
      initialFocus={cancelRef}
      footer={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            variant={client ? 'secondary' : 'primary'}
            onClick={() => onResolve('copy')}
            disabled={busy}
          >
            {t('bundles.copy')}
          </Button>
          {client ? (
            <Button variant="danger" onClick={() => onResolve('replace')} disabled={busy}>
              {t('bundles.replace')}
            </Button>
          ) : null}
        </>
      }
    />
  );
}
