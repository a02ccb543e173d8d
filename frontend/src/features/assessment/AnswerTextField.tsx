import { useEffect, useId, useSyncExternalStore, type Ref } from 'react';
import type { ApiError } from '../../api/errors';
import { useTranslation } from 'react-i18next';
import { useAutosave } from '../../components/save/useAutosave';
import type { AnswerBook } from './answerBook';
import type { ChipState } from './SaveChip';

interface Props {
  ref?: Ref<HTMLTextAreaElement>;
  book: AnswerBook;
  questionID: string;
  /**
   * field is which text of the answer: the finding, which the customer
   * reads in the report, or the internal notes, which never leave our side.
   */
  field: 'finding' | 'notes';
  /** look: on the question card, or large on the projector. */
  look?: 'card' | 'projector';
  /** onStatus reports the autosave's state, so the question shows one honest saved state. */
  onStatus?: (state: ChipState, error: ApiError | null) => void;
}

/**
 * AnswerTextField is one text of an answer, saved as typed: each keystroke
 * changes the answer on screen, the shared autosave hook sends it after a
 * pause, on blur, when the question changes (the field is keyed by
 * question, so it unmounts and flushes) and before the window closes.
 * Escape or Ctrl+Enter leaves the field for the shortcuts.
 */
export function AnswerTextField({ ref, book, questionID, field, look = 'card', onStatus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  useSyncExternalStore(book.subscribe, book.getVersion);
  const value = book.get(questionID)[field];
  const auto = useAutosave(value, () => book.persist(questionID));
  const status: ChipState = auto.status === 'pending' ? 'saving' : auto.status;
  useEffect(() => onStatus?.(status, auto.error), [onStatus, status, auto.error]);

  return (
    <div className={`answer-text answer-text--${field} answer-text--${look} field`}>
      <div className="answer-text__head">
        <label htmlFor={id} className="question-card__label">
          {t(`assessment.${field}`)}
        </label>
        <span className="answer-text__hint" id={`${id}-hint`}>
          {t(`assessment.${field}Hint`)}
        </span>
      </div>
      <textarea
        ref={ref}
        id={id}
        className={`input input--area answer-text__input`}
        rows={field === 'finding' ? 2 : 4}
        value={value}
        data-shortcuts="notes"
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts={field === 'notes' ? 'E' : undefined}
        spellCheck
        onChange={(e) => book.update(questionID, { [field]: e.target.value })}
        onBlur={() => void auto.flush()}
      />
    </div>
  );
}
