import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveArgument, type Argument } from '../../api/intelligence';
import { buyingRoles, type BuyingRole } from '../../api/stakeholders';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { SelectField, TextArea } from '../../components/TextField';
import { useValidatedAutosave } from '../../components/save/useValidatedAutosave';

interface Props {
  initial: Argument;
  /** rowKey marks the row in the DOM (data-arg-key). */
  rowKey: string;
  /** n is the row's place, 1-based, as shown. */
  n: number;
  count: number;
  dragging: boolean;
  dropLine: 'before' | 'after' | null;
  onSaved: (a: Argument) => void;
  onMove: (step: -1 | 1) => void;
  /** onDelete asks to delete; discard drops the row's unsaved edits once it goes. */
  onDelete: (a: Argument, discard: () => void) => void;
  onGrip: (e: PointerEvent<HTMLElement>) => void;
  autoFocus?: boolean;
}

const textFields = ['feature', 'advantage', 'benefit'] as const;

/**
 * ArgumentRow is one feature → advantage → benefit argument, saved as typed.
 * A new row is stored once its feature is given; a row nobody typed into is
 * never stored.
 */
export function ArgumentRow(props: Props) {
  const { initial, n, count, dragging, dropLine, onSaved, onMove, onDelete, onGrip } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [id, setId] = useState(initial.id);
  // The id a create returned, at once: a save queued behind the create must update, not create again.
  const idRef = useRef(initial.id);
  const { fieldError, flush, discard } = useValidatedAutosave(draft, {
    validate: (a) => ({ feature: a.feature.trim() ? undefined : t('arguments.featureRequired') }),
    blank: (a) =>
      !idRef.current &&
      !a.feature.trim() &&
      !a.advantage.trim() &&
      !a.benefit.trim() &&
      !a.buying_role,
    persist: async (a) => {
      const saved = await saveArgument({ ...a, id: idRef.current });
      idRef.current = saved.id;
      setId(saved.id);
      onSaved(saved);
    },
  });
  const blur = () => void flush();
  const stored = id !== '';

  return (
    <tr
      className={`args__row${dragging ? ' is-dragging' : ''}${dropLine ? ` drop-${dropLine}` : ''}`}
      data-arg-row=""
      data-arg-key={props.rowKey}
    >
      <td className="args__order">
        <div className="args__order-inner">
          <button
            type="button"
            className="args__grip"
            aria-label={t('arguments.drag', { n })}
            title={t('arguments.drag', { n })}
            disabled={!stored}
            onPointerDown={onGrip}
          >
            <Icon name="grip" size={18} />
          </button>
          <span className="args__n">{n}</span>
        </div>
      </td>
      {textFields.map((f) => (
        <td key={f} className={`args__cell args__cell--${f}`}>
          <TextArea
            label={`${t(`arguments.${f}`)} ${n}`}
            hideLabel
            rows={2}
            placeholder={n === 1 || !stored ? t(`arguments.${f}Placeholder`) : undefined}
            value={draft[f]}
            error={fieldError(f)}
            autoFocus={f === 'feature' && props.autoFocus}
            onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
            onBlur={blur}
          />
        </td>
      ))}
      <td className="args__cell args__cell--role">
        <SelectField
          label={`${t('arguments.role')} ${n}`}
          hideLabel
          value={draft.buying_role}
          error={fieldError('buying_role')}
          onChange={(e) =>
            setDraft((d) => ({ ...d, buying_role: e.target.value as BuyingRole | '' }))
          }
          onBlur={blur}
        >
          <option value="">{t('glossary.any_role')}</option>
          {buyingRoles.map((r) => (
            <option key={r} value={r}>
              {t(`glossary.buying_role.${r}`)}
            </option>
          ))}
        </SelectField>
      </td>
      <td className="args__actions">
        <Button
          variant="ghost"
          size="sm"
          icon="arrowUp"
          aria-label={t('arguments.moveUp', { n })}
          title={t('arguments.moveUp', { n })}
          disabled={!stored || n === 1}
          onClick={() => onMove(-1)}
        />
        <Button
          variant="ghost"
          size="sm"
          icon="arrowDown"
          aria-label={t('arguments.moveDown', { n })}
          title={t('arguments.moveDown', { n })}
          disabled={!stored || n === count}
          onClick={() => onMove(1)}
        />
        <Button
          variant="ghost"
          size="sm"
          icon="trash"
          className="btn--ghost-danger"
          aria-label={t('arguments.delete', { n })}
          title={t('arguments.delete', { n })}
          onClick={() => onDelete({ ...draft, id }, discard)}
        />
      </td>
    </tr>
  );
}
