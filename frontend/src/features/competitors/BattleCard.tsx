import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCompetitor, type Competitor } from '../../api/intelligence';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { TextArea, TextField } from '../../components/TextField';
import { useValidatedAutosave } from '../../components/save/useValidatedAutosave';
import { validateCompetitor } from './model';
import { ThreatPicker } from './Threat';

interface Props {
  initial: Competitor;
  /** onSaved gets each stored version (the list re-sorts by threat). */
  onSaved: (c: Competitor) => void;
  onDelete: (c: Competitor) => void;
}

type TextKey = 'strengths' | 'weaknesses' | 'partners' | 'counter';
const sections: readonly TextKey[] = ['strengths', 'weaknesses', 'partners', 'counter'];

/**
 * BattleCard is one competitor, edited in place and saved as typed: name,
 * location, threat, and the four sections a salesperson needs in front of
 * the client — their strengths and weaknesses, their partners, our answer.
 */
export function BattleCard({ initial, onSaved, onDelete }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Competitor>(initial);
  const { fieldError, flush } = useValidatedAutosave(draft, {
    validate: (c) => validateCompetitor(c, t),
    persist: async (c) => onSaved(await saveCompetitor(c)),
  });
  const set = (patch: Partial<Competitor>) => setDraft((d) => ({ ...d, ...patch }));
  const blur = () => void flush();
  const name = draft.name.trim() || t('competitors.unnamed');

  return (
    <article className="battle-card card" aria-label={t('competitors.cardLabel', { name })}>
      <header className="battle-card__head">
        <TextField
          className="battle-card__name"
          label={t('competitors.name')}
          hideLabel
          value={draft.name}
          required
          autoComplete="off"
          error={fieldError('name')}
          onChange={(e) => set({ name: e.target.value })}
          onBlur={blur}
        />
        <div className="battle-card__location">
          <Icon name="mapPin" size={18} />
          <TextField
            label={t('competitors.location')}
            hideLabel
            placeholder={t('competitors.locationPlaceholder')}
            value={draft.location}
            autoComplete="off"
            error={fieldError('location')}
            onChange={(e) => set({ location: e.target.value })}
            onBlur={blur}
          />
        </div>
        <ThreatPicker
          value={draft.threat}
          error={fieldError('threat')}
          onChange={(threat) => set({ threat })}
        />
        <Button
          variant="ghost"
          className="btn--ghost-danger"
          icon="trash"
          aria-label={t('competitors.delete')}
          title={t('competitors.delete')}
          onClick={() => onDelete(draft)}
        />
      </header>
      <div className="battle-card__grid">
        {sections.map((key) => (
          <TextArea
            key={key}
            className={`battle-card__section battle-card__section--${key}`}
            label={t(`competitors.${key}`)}
            placeholder={t(`competitors.${key}Hint`)}
            value={draft[key]}
            rows={5}
            error={fieldError(key)}
            onChange={(e) => set({ [key]: e.target.value })}
            onBlur={blur}
          />
        ))}
      </div>
    </article>
  );
}
