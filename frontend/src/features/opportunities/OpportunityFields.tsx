import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { stages, type Stage } from '../../api/intelligence';
import { SelectField, TextArea, TextField } from '../../components/TextField';
import { formatAmount, parseAmount } from './money';
import { probabilityIn, type OpportunityForm } from './model';

interface Props {
  form: OpportunityForm;
  onChange: (f: OpportunityForm) => void;
  fieldError: (field: string) => string | null;
  onBlur?: () => void;
  titleRef?: Ref<HTMLInputElement>;
}

/** OpportunityFields are the fields of an opportunity, for creating and for editing. */
export function OpportunityFields({ form, onChange, fieldError, onBlur, titleRef }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const set = (patch: Partial<OpportunityForm>) => onChange({ ...form, ...patch });
  // Won is 100 %, lost 0 %; open stages keep what was typed.
  const changeStage = (stage: Stage) =>
    set(
      stage === 'won' || stage === 'lost'
        ? { stage, probability: String(probabilityIn(stage, 0)) }
        : { stage },
    );
  return (
    <div className="form opp-fields">
      <TextField
        ref={titleRef}
        label={t('opportunities.title')}
        placeholder={t('opportunities.titlePlaceholder')}
        value={form.title}
        required
        autoComplete="off"
        error={fieldError('title')}
        onChange={(e) => set({ title: e.target.value })}
        onBlur={onBlur}
      />
      <div className="form__row">
        <TextField
          label={t('opportunities.value')}
          inputMode="decimal"
          autoComplete="off"
          value={form.value}
          hint={t('opportunities.valueHint')}
          error={fieldError('value')}
          onChange={(e) => set({ value: e.target.value })}
          onBlur={() => {
            const v = parseAmount(form.value, lang);
            if (v !== null && form.value.trim() !== '') set({ value: formatAmount(v, lang) });
            onBlur?.();
          }}
        />
        <TextField
          label={t('opportunities.probability')}
          inputMode="numeric"
          autoComplete="off"
          value={form.probability}
          error={fieldError('probability')}
          onChange={(e) => set({ probability: e.target.value })}
          onBlur={onBlur}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('opportunities.stage')}
          value={form.stage}
          error={fieldError('stage')}
          onChange={(e) => changeStage(e.target.value as Stage)}
          onBlur={onBlur}
        >
          {stages.map((s) => (
            <option key={s} value={s}>
              {t(`glossary.stage.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('opportunities.expectedClose')}
          type="date"
          value={form.expected_close}
          error={fieldError('expected_close')}
          onChange={(e) => set({ expected_close: e.target.value })}
          onBlur={onBlur}
        />
      </div>
      <TextArea
        label={t('opportunities.nextStep')}
        placeholder={t('opportunities.nextStepPlaceholder')}
        value={form.next_step}
        rows={3}
        error={fieldError('next_step')}
        onChange={(e) => set({ next_step: e.target.value })}
        onBlur={onBlur}
      />
    </div>
  );
}
