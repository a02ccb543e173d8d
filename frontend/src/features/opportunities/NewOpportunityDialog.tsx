import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import { saveOpportunity, type Opportunity, type Stage } from '../../api/intelligence';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import type { FieldErrors } from '../../components/save/useValidatedAutosave';
import { emptyOpportunity, fromForm, toForm, validateOpportunity } from './model';
import { OpportunityFields } from './OpportunityFields';

interface Props {
  clientID: string;
  stage: Stage;
  onClose: () => void;
  onCreated: (o: Opportunity) => void;
}

/** NewOpportunityDialog records a new opportunity; nothing is stored until it is valid. */
export function NewOpportunityDialog({ clientID, stage, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const store = useSaveStore();
  const titleRef = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState(() => toForm(emptyOpportunity(clientID, stage), lang));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs = validateOpportunity(form, lang, t);
    setErrors(errs);
    if (Object.values(errs).some(Boolean)) {
      if (errs.title) titleRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      onCreated(await store.track('opportunity:create', saveOpportunity(fromForm(form, lang))));
    } catch (err) {
      const api = toApiError(err);
      setFailure({ field: api.field || 'title', message: errorReason(api, t) });
      setBusy(false);
    }
  };

  return (
    <Modal
      className="opp-editor"
      title={t('opportunities.newTitle')}
      description={t('opportunities.newText')}
      onClose={onClose}
      initialFocus={titleRef}
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <OpportunityFields
          form={form}
          titleRef={titleRef}
          onChange={(f) => {
            setForm(f);
            setErrors({});
            setFailure(null);
          }}
          fieldError={(f) => errors[f] ?? (failure?.field === f ? failure.message : null)}
        />
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('opportunities.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
