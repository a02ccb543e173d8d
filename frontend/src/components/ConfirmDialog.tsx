import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Modal } from './Modal';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  /** cancelLabel names the safe choice; "Cancel" unless given. */
  cancelLabel?: string;
  /** danger styles the confirm button for destructive actions. */
  danger?: boolean;
  /** onConfirm may return a promise; the dialog waits for it (buttons disabled). */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

/**
 * ConfirmDialog asks before something irreversible. Cancel has the focus when
 * it opens, so Enter or Escape never destroys anything by accident.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      description={<p>{message}</p>}
      onClose={() => {
        if (!busy) onCancel();
      }}
      initialFocus={cancelRef}
      footer={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            onClick={() => void confirm()}
            busy={busy}
          >
            {confirmLabel}
          </Button>
        </>
      }
    />
  );
}
