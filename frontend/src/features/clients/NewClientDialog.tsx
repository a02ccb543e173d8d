import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyClient, saveClient, type Client } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';

interface Props {
  onClose: () => void;
  onCreated: (c: Client) => void;
}

/** NewClientDialog asks for the one thing a client needs: its name. */
export function NewClientDialog({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const store = useSaveStore();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [industry, setIndustry] = useState('');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('clients.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await store.track(
        'client:create',
        saveClient({
          ...emptyClient(trimmed),
          industry: industry.trim(),
          location: location.trim(),
        }),
      );
      onCreated(created);
    } catch (err) {
      setError(errorReason(toApiError(err), t));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('clients.newTitle')}
      description={t('clients.newText')}
      onClose={onClose}
      initialFocus={nameRef}
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={nameRef}
          label={t('clients.name')}
          value={name}
          required
          autoComplete="off"
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        <div className="form__row">
          <TextField
            label={t('clients.industry')}
            placeholder={t('clients.industryPlaceholder')}
            value={industry}
            autoComplete="off"
            onChange={(e) => setIndustry(e.target.value)}
          />
          <TextField
            label={t('clients.location')}
            placeholder={t('clients.locationPlaceholder')}
            value={location}
            autoComplete="off"
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('clients.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
