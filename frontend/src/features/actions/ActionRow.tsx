import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorities, saveAction, statuses, type Action } from '../../api/actions';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { LockToggle } from '../../components/LockToggle';
import { SelectField, TextArea, TextField } from '../../components/TextField';
import { useValidatedAutosave } from '../../components/save/useValidatedAutosave';
import { formatDate } from '../../i18n/format';
import { fromForm, isBlank, isOverdue, toForm, validateAction, type ActionForm } from './model';

interface Props {
  initial: Action;
  today: string;
  /** question is the linked question's label and link, if any. */
  question: { label: string; href: string } | null;
  ownersListId: string;
  autoFocus: boolean;
  onSaved: (a: Action) => void;
  /** onDelete asks to delete; discard drops the row's unsaved edits once it goes. */
  onDelete: (a: Action, discard: () => void) => void;
  /** register hands the row's flush to the table (to store everything before an export). */
  register: (flush: () => Promise<void>) => () => void;
}

/**
 * ActionRow is one action, edited in its table row and saved as typed. A new
 * row is stored once it has a title; one nobody typed into never is.
 */
export function ActionRow(props: Props) {
  const { initial, today, question, ownersListId, onSaved, onDelete, register } = props;
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<ActionForm>(() => toForm(initial));
  // The id a create returned, at once: a save queued behind the create must update, not create again.
  const idRef = useRef(initial.id);
  const { fieldError, flush, discard } = useValidatedAutosave(form, {
    validate: (f) => validateAction(f, t),
    blank: (f) => !idRef.current && isBlank(f),
    persist: async (f) => {
      const saved = await saveAction({ ...fromForm(f), id: idRef.current });
      idRef.current = saved.id;
      onSaved(saved);
    },
  });
  useEffect(() => register(flush), [register, flush]);

  const set = (patch: Partial<ActionForm>) => setForm((f) => ({ ...f, ...patch }));
  const blur = () => void flush();
  const overdue = isOverdue(form, today);
  const title = form.title.trim() || t('actionPlan.untitled');

  return (
    <tr
      className={`ap-row ap-row--${form.status}${overdue ? ' is-overdue' : ''}${form.internal ? ' ap-row--internal' : ''}`}
      data-priority={form.priority}
    >
      <td className="ap-cell ap-cell--title">
        <TextArea
          label={t('actionPlan.columns.title')}
          hideLabel
          rows={1}
          placeholder={t('actionPlan.titlePlaceholder')}
          value={form.title}
          autoFocus={props.autoFocus}
          error={fieldError('title')}
          onChange={(e) => set({ title: e.target.value.replace(/\n/g, ' ') })}
          onBlur={blur}
        />
        <LockToggle
          on={form.internal}
          onToggle={() => set({ internal: !form.internal })}
          onBlur={blur}
          label={t('actionPlan.internal')}
          hint={t('actionPlan.internalHint')}
          name={title}
        />
        {question ? (
          <a
            className="ap-question"
            href={question.href}
            title={t('actionPlan.jump', { label: question.label })}
          >
            <Icon name="clipboard" size={14} />
            <span>{question.label}</span>
          </a>
        ) : null}
      </td>
      <td className="ap-cell ap-cell--owner">
        <TextField
          label={t('actionPlan.columns.owner')}
          hideLabel
          list={ownersListId}
          autoComplete="off"
          placeholder={t('actionPlan.ownerPlaceholder')}
          value={form.owner}
          error={fieldError('owner')}
          onChange={(e) => set({ owner: e.target.value })}
          onBlur={blur}
        />
      </td>
      <td className="ap-cell ap-cell--due">
        <TextField
          label={t('actionPlan.columns.due')}
          hideLabel
          type="date"
          value={form.due}
          error={fieldError('due')}
          onChange={(e) => set({ due: e.target.value })}
          onBlur={blur}
        />
        {overdue ? (
          <span
            className="ap-overdue"
            title={`${t('actionPlan.overdue')}: ${formatDate(form.due, i18n.language)}`}
          >
            {t('actionPlan.overdue')}
          </span>
        ) : null}
      </td>
      <td className="ap-cell ap-cell--priority">
        <SelectField
          label={t('actionPlan.columns.priority')}
          hideLabel
          value={form.priority}
          className={`ap-priority ap-priority--${form.priority}`}
          onChange={(e) => set({ priority: e.target.value as Action['priority'] })}
          onBlur={blur}
        >
          {priorities.map((p) => (
            <option key={p} value={p}>
              {t(`glossary.priority.${p}`)}
            </option>
          ))}
        </SelectField>
      </td>
      <td className="ap-cell ap-cell--probability">
        <TextField
          label={t('actionPlan.columns.probability')}
          hideLabel
          inputMode="numeric"
          autoComplete="off"
          value={form.probability}
          error={fieldError('probability')}
          onChange={(e) => set({ probability: e.target.value })}
          onBlur={blur}
        />
      </td>
      <td className="ap-cell ap-cell--status">
        <SelectField
          label={t('actionPlan.columns.status')}
          hideLabel
          value={form.status}
          className={`ap-status ap-status--${form.status}`}
          onChange={(e) => set({ status: e.target.value as Action['status'] })}
          onBlur={blur}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`glossary.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </td>
      <td className="ap-cell ap-cell--actions">
        <Button
          variant="ghost"
          size="sm"
          icon="trash"
          className="btn--ghost-danger"
          aria-label={`${t('actionPlan.delete')}: ${title}`}
          title={t('actionPlan.delete')}
          onClick={() => onDelete({ ...fromForm(form), id: idRef.current }, discard)}
        />
      </td>
    </tr>
  );
}
