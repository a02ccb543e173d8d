import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { buyingRoles, departments, type Stakeholder } from '../../api/stakeholders';
import { Button } from '../../components/Button';
import { SavedIndicator } from '../../components/save/SavedIndicator';
import { useAutosave } from '../../components/save/useAutosave';
import { SelectField, TextArea, TextField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { todayISO } from '../../i18n/format';
import { attitudeColor, attitudes, influences, relationships, signed } from './appearance';
import type { MapModel } from './model';

type Field = keyof Stakeholder;
type Problems = Partial<Record<Field, string>>;

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * check finds what is wrong with a person before it goes to Go: blocking
 * problems (no name) stop the save; a doubtful e-mail address is only
 * pointed out.
 */
export function checkPerson(
  p: Stakeholder,
  t: (key: 'stakeholderMap.errors.name' | 'stakeholderMap.errors.email') => string,
): { blocking: Problems; warnings: Problems } {
  const blocking: Problems = {};
  const warnings: Problems = {};
  if (!p.name.trim()) blocking.name = t('stakeholderMap.errors.name');
  if (p.email.trim() && !emailLike.test(p.email.trim()))
    warnings.email = t('stakeholderMap.errors.email');
  return { blocking, warnings };
}

interface ScaleProps {
  legend: string;
  name: string;
  values: readonly number[];
  value: number;
  label: (v: number) => string;
  short?: (v: number) => string;
  color?: (v: number) => string | undefined;
  onChange: (v: number) => void;
}

/** Scale is a row of radio buttons that looks like a segmented control. */
function Scale({ legend, name, values, value, label, short, color, onChange }: ScaleProps) {
  return (
    <fieldset className="sh-scale">
      <legend className="field__label">{legend}</legend>
      <div className="sh-scale__options">
        {values.map((v) => {
          const on = v === value;
          return (
            <label
              key={v}
              className={`sh-scale__option${on ? ' sh-scale__option--on' : ''}`}
              style={on && color?.(v) ? { background: color(v), borderColor: color(v) } : undefined}
              title={label(v)}
            >
              <input
                type="radio"
                name={name}
                className="sh-scale__input"
                checked={on}
                onChange={() => onChange(v)}
                aria-label={label(v)}
              />
              <span aria-hidden="true">{short ? short(v) : String(v)}</span>
            </label>
          );
        })}
      </div>
      <p className="field__hint">{label(value)}</p>
    </fieldset>
  );
}

interface Props {
  person: Stakeholder;
  model: MapModel;
  /** focusName puts the cursor in the name (a person just created). */
  focusName: boolean;
  onDelete: () => void;
}

/**
 * PersonPanel edits every field of a stakeholder, saved as typed. It starts
 * from the person given and is remounted (keyed by the caller) when the
 * person changes other than by typing here: undo, redo, the grid.
 */
export function PersonPanel({ person, model, focusName, onDelete }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const [draft, setDraft] = useState(person);
  const [badDate, setBadDate] = useState(false);
  // The date input is left to itself while typed (a half date reads as ""),
  // and started afresh when "today" fills it in.
  const [dateKey, setDateKey] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusName) return;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [focusName]);

  const save = useCallback(
    async (v: Stakeholder) => {
      const { blocking } = checkPerson(v, t);
      const field = Object.keys(blocking)[0] as Field | undefined;
      if (field) throw new ApiError('invalid', blocking[field] ?? '', field);
      await model.update(v);
    },
    [model, t],
  );
  const auto = useAutosave(draft, save);
  const { blocking, warnings } = checkPerson(draft, t);
  const goError =
    auto.error && auto.error.field && !blocking[auto.error.field as Field]
      ? { field: auto.error.field as Field, text: errorReason(auto.error, t) }
      : null;
  const problem = (f: Field): string | null =>
    blocking[f] ?? (goError?.field === f ? goError.text : null) ?? warnings[f] ?? null;

  const set = <K extends Field>(k: K, v: Stakeholder[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const text = (k: 'name' | 'title' | 'owner' | 'email' | 'phone' | 'notes') => ({
    value: draft[k],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(k, e.target.value),
    error: problem(k),
  });

  const onDate = (e: ChangeEvent<HTMLInputElement>) => {
    // A half-typed date reads as "": keep the stored one until it is whole.
    if (e.target.validity.badInput) {
      setBadDate(true);
      return;
    }
    setBadDate(false);
    set('last_contact', e.target.value);
  };

  return (
    <form
      className="sh-panel form"
      aria-label={t('stakeholderMap.panel.personLabel', { name: person.name })}
      onSubmit={(e) => e.preventDefault()}
      onBlur={() => void auto.flush()}
    >
      <div className="sh-panel__status">
        <SavedIndicator
          status={auto.status === 'pending' ? 'saving' : auto.status}
          error={auto.error}
        />
      </div>
      <TextField
        ref={nameRef}
        label={t('stakeholderMap.fields.name')}
        required
        autoComplete="off"
        {...text('name')}
      />
      <TextField label={t('stakeholderMap.fields.title')} autoComplete="off" {...text('title')} />
      <div className="sh-panel__row">
        <SelectField
          label={t('stakeholderMap.fields.department')}
          value={draft.department}
          onChange={(e) => set('department', e.target.value as Stakeholder['department'])}
        >
          {departments.map((d) => (
            <option key={d} value={d}>
              {t(`glossary.department.${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('stakeholderMap.fields.buyingRole')}
          value={draft.buying_role}
          onChange={(e) => set('buying_role', e.target.value as Stakeholder['buying_role'])}
        >
          {buyingRoles.map((r) => (
            <option key={r} value={r}>
              {t(`glossary.buying_role.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Scale
        legend={t('stakeholderMap.fields.attitude')}
        name={`${uid}-attitude`}
        values={attitudes}
        value={draft.attitude}
        label={(v) => `${signed(v)} ${t(`glossary.attitude.${String(v) as '0'}`)}`}
        short={signed}
        color={(v) => attitudeColor[String(v)]}
        onChange={(v) => set('attitude', v)}
      />
      <Scale
        legend={t('stakeholderMap.fields.influence')}
        name={`${uid}-influence`}
        values={influences}
        value={draft.influence}
        label={(v) => `${v} ${t(`glossary.influence.${String(v) as '1'}`)}`}
        onChange={(v) => set('influence', v)}
      />
      <Scale
        legend={t('stakeholderMap.fields.relationship')}
        name={`${uid}-relationship`}
        values={relationships}
        value={draft.relationship}
        label={(v) => `${v} ${t(`glossary.relationship.${String(v) as '0'}`)}`}
        onChange={(v) => set('relationship', v)}
      />
      <TextField
        label={t('stakeholderMap.fields.owner')}
        hint={t('stakeholderMap.fields.ownerHint')}
        autoComplete="off"
        {...text('owner')}
      />
      <label className="sh-check">
        <input
          type="checkbox"
          checked={draft.knows_portfolio}
          onChange={(e) => set('knows_portfolio', e.target.checked)}
        />
        <span>{t('stakeholderMap.fields.knowsPortfolio')}</span>
      </label>
      <div className="sh-panel__row sh-panel__row--date">
        <TextField
          type="date"
          label={t('stakeholderMap.fields.lastContact')}
          defaultValue={draft.last_contact}
          key={dateKey}
          onChange={onDate}
          error={badDate ? t('stakeholderMap.errors.date') : problem('last_contact')}
        />
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            set('last_contact', todayISO());
            setBadDate(false);
            setDateKey((k) => k + 1);
          }}
        >
          {t('stakeholderMap.fields.today')}
        </Button>
      </div>
      <TextField
        label={t('stakeholderMap.fields.email')}
        type="email"
        autoComplete="off"
        {...text('email')}
      />
      <TextField
        label={t('stakeholderMap.fields.phone')}
        type="tel"
        autoComplete="off"
        {...text('phone')}
      />
      <TextArea label={t('stakeholderMap.fields.notes')} rows={4} {...text('notes')} />
      <div className="sh-panel__actions">
        <Button variant="danger" icon="trash" onClick={onDelete}>
          {t('stakeholderMap.panel.deletePerson')}
        </Button>
      </div>
    </form>
  );
}
