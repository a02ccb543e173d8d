import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveClient, type Client } from '../../api/clients';
import { ApiError } from '../../api/errors';
import { TextArea, TextField } from '../../components/TextField';
import { useAutosave } from '../../components/save/useAutosave';

interface Props {
  initial: Client;
  /** onSaved runs after each stored edit (the sidebar shows the new name). */
  onSaved: (c: Client) => void;
  /** onDraft reports every keystroke (the page title follows the name). */
  onDraft: (d: Editable) => void;
}

/** Editable is the part of a client this form edits. */
export type Editable = Pick<Client, 'name' | 'industry' | 'location' | 'notes'>;

/**
 * ClientDetails edits a client's master data, saved as typed: one draft for
 * the whole client, so two fields never overwrite each other's save.
 */
export function ClientDetails({ initial, onSaved, onDraft }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Editable>({
    name: initial.name,
    industry: initial.industry,
    location: initial.location,
    notes: initial.notes,
  });
  const base = useRef<Client>(initial);

  const save = useCallback(
    async (d: Editable) => {
      if (!d.name.trim()) throw new ApiError('invalid', t('clients.nameRequired'), 'name');
      const saved = await saveClient({ ...base.current, ...d });
      base.current = saved;
      onSaved(saved);
    },
    [onSaved, t],
  );
  const { error, flush } = useAutosave(draft, save);

  const change = (field: keyof Editable) => (e: { target: { value: string } }) => {
    const next = { ...draft, [field]: e.target.value };
    setDraft(next);
    onDraft(next);
  };
  const fieldError = (f: keyof Editable) => (error && error.field === f ? error.message : null);
  const blur = () => void flush();

  return (
    <section className="card" aria-labelledby="client-details-heading">
      <h2 className="card__title" id="client-details-heading">
        {t('clients.details')}
      </h2>
      <div className="form">
        <TextField
          label={t('clients.name')}
          value={draft.name}
          required
          autoComplete="off"
          error={fieldError('name')}
          onChange={change('name')}
          onBlur={blur}
        />
        <div className="form__row">
          <TextField
            label={t('clients.industry')}
            placeholder={t('clients.industryPlaceholder')}
            value={draft.industry}
            autoComplete="off"
            error={fieldError('industry')}
            onChange={change('industry')}
            onBlur={blur}
          />
          <TextField
            label={t('clients.location')}
            placeholder={t('clients.locationPlaceholder')}
            value={draft.location}
            autoComplete="off"
            error={fieldError('location')}
            onChange={change('location')}
            onBlur={blur}
          />
        </div>
        <TextArea
          label={t('clients.notes')}
          placeholder={t('clients.notesPlaceholder')}
          value={draft.notes}
          rows={7}
          error={fieldError('notes')}
          onChange={change('notes')}
          onBlur={blur}
        />
      </div>
    </section>
  );
}
