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
  /** onStatus reports the autosave's state, so the question shows one honest saved state. */
  onStatus: (state: ChipState, error: ApiError | null) => void;
}

/**
 * NotesField is the consultant's internal notes on one question, saved as
 * typed: each keystroke changes the answer on screen, the shared autosave
 * hook sends it after a pause, on blur, when the question changes (the field
 * is keyed by question, so it unmounts and flushes) and before the window
 * closes. Escape or Ctrl+Enter leaves the field for the shortcuts.
 */
export function NotesField({ ref, book, questionID, onStatus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  useSyncExternalStore(book.subscribe, book.getVersion);
  const notes = book.get(questionID).notes;
  const auto = useAutosave(notes, () => book.persist(questionID));
  const status: ChipState = auto.status === 'pending' ? 'saving' : auto.status;
  useEffect(() => onStatus(status, auto.error), [onStatus, status, auto.error]);

  return (
    <div className="notes field">
      <div className="notes__head">
        <label htmlFor={id} className="question-card__label">
          {t('assessment.notes')}
        </label>
        <span className="notes__hint" id={`${id}-hint`}>
          {t('assessment.notesHint')}
        </span>
      </div>
      <textarea
        ref={ref}
        id={id}
        className="input input--area notes__input"
        rows={4}
        value={notes}
        data-shortcuts="notes"
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="E"
        spellCheck
        onChange={(e) => book.update(questionID, { notes: e.target.value })}
        onBlur={() => void auto.flush()}
      />
    </div>
  );
}
