import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import { saveCompetitor, type Competitor } from '../../api/intelligence';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { emptyCompetitor } from './model';
import { ThreatPicker } from './Threat';

interface Props {
  clientID: string;
  onClose: () => void;
  onCreated: (c: Competitor) => void;
}

/** NewCompetitorDialog asks for a competitor's name, where they sit and how dangerous they are. */
export function NewCompetitorDialog({ clientID, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const store = useSaveStore();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [threat, setThreat] = useState(3);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('competitors.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await store.track(
        'competitor:create',
        saveCompetitor({
          ...emptyCompetitor(clientID, trimmed, threat),
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
      title={t('competitors.newTitle')}
      description={t('competitors.newText')}
      onClose={onClose}
      initialFocus={nameRef}
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={nameRef}
          label={t('competitors.name')}
          value={name}
          required
          autoComplete="off"
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        <TextField
          label={t('competitors.location')}
          placeholder={t('competitors.locationPlaceholder')}
          value={location}
          autoComplete="off"
          onChange={(e) => setLocation(e.target.value)}
        />
        <ThreatPicker value={threat} onChange={setThreat} />
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('competitors.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
