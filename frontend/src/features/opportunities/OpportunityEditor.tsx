import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveOpportunity, type Opportunity } from '../../api/intelligence';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { useValidatedAutosave } from '../../components/save/useValidatedAutosave';
import { fromForm, toForm, validateOpportunity } from './model';
import { OpportunityFields } from './OpportunityFields';

interface Props {
  initial: Opportunity;
  onSaved: (o: Opportunity) => void;
  onDelete: (o: Opportunity) => void;
  onClose: () => void;
}

/** OpportunityEditor edits one opportunity in a dialog, saved as typed. */
export function OpportunityEditor({ initial, onSaved, onDelete, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [form, setForm] = useState(() => toForm(initial, lang));
  const { fieldError, flush } = useValidatedAutosave(form, {
    validate: (f) => validateOpportunity(f, lang, t),
    persist: async (f) => onSaved(await saveOpportunity(fromForm(f, lang))),
  });
  return (
    <Modal
      className="opp-editor"
      title={t('opportunities.editTitle')}
      onClose={onClose}
      footer={
        <>
          <Button
            variant="ghost"
            className="btn--ghost-danger opp-editor__delete"
            icon="trash"
            onClick={() => onDelete(initial)}
          >
            {t('opportunities.delete')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('opportunities.done')}
          </Button>
        </>
      }
    >
      <OpportunityFields
        form={form}
        onChange={setForm}
        fieldError={fieldError}
        onBlur={() => void flush()}
      />
    </Modal>
  );
}
