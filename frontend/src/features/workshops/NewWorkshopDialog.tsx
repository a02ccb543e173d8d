import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import { createRound, type Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { SelectField, TextField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { formatDate, todayISO } from '../../i18n/format';

interface Props {
  clientId: string;
  /** previous are the client's workshops whose answers can be carried over. */
  previous: Workshop[];
  /** defaultCopyFrom preselects the round whose answers are carried over. */
  defaultCopyFrom?: string;
  onClose: () => void;
  onCreated: (w: Workshop) => void;
}

/** NewWorkshopDialog starts an assessment round, optionally from an earlier one. */
export function NewWorkshopDialog({
  clientId,
  previous,
  defaultCopyFrom = '',
  onClose,
  onCreated,
}: Props) {
  const { t, i18n } = useTranslation();
  const store = useSaveStore();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState<string>(() =>
    t('workshops.defaultTitle', { date: formatDate(todayISO(), i18n.language) }),
  );
  const [copyFrom, setCopyFrom] = useState(defaultCopyFrom);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t('workshops.titleRequired'));
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      onCreated(await store.track('workshop:create', createRound(clientId, trimmed, copyFrom)));
    } catch (err) {
      setError(errorReason(toApiError(err), t));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('workshops.newTitle')}
      description={t('workshops.newText')}
      onClose={onClose}
      initialFocus={titleRef}
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={titleRef}
          label={t('workshops.titleLabel')}
          value={title}
          required
          autoComplete="off"
          error={error}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
        />
        {previous.length > 0 ? (
          <SelectField
            label={t('workshops.copyFrom')}
            value={copyFrom}
            onChange={(e) => setCopyFrom(e.target.value)}
          >
            <option value="">{t('workshops.copyNone')}</option>
            {previous.map((w) => (
              <option key={w.id} value={w.id}>
                {w.date ? `${w.title} (${formatDate(w.date, i18n.language)})` : w.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('workshops.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
