import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogQuestion } from '../../api/assessment';
import { priorities, saveAction, type Action, type Priority } from '../../api/actions';
import { limits } from '../../api/domain.gen';
import { toApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { LockToggle } from '../../components/LockToggle';
import { Modal } from '../../components/Modal';
import { SelectField, TextField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { emptyAction } from '../actions/model';
import { priorityForRating } from './rounds';
import { tx } from './text';

interface Props {
  workshopID: string;
  question: CatalogQuestion;
  rating: number | null;
  lang: string;
  onClose: () => void;
  onSaved: (a: Action) => void;
}

/** actionTitle turns a question into a starting title: the question without its question mark. */
export function actionTitle(question: string): string {
  return question.trim().replace(/\s*\?+$/, '');
}

/**
 * ActionForm creates an action from a gap: the title taken from the
 * question, the priority from the rating (0–1 high, 2 medium), linked to the
 * question; everything can be changed before saving.
 */
export function ActionForm({ workshopID, question, rating, lang, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const store = useSaveStore();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(() => actionTitle(tx(question.text, lang)));
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState<Priority>(() => priorityForRating(rating));
  const [probability, setProbability] = useState('50');
  const [internal, setInternal] = useState(false);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [probError, setProbError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    const p = Number(probability);
    let ok = true;
    if (!trimmed) {
      setTitleError(t('assessment.actions.titleRequired'));
      titleRef.current?.focus();
      ok = false;
    }
    if (probability.trim() === '' || !Number.isInteger(p) || p < 0 || p > limits.maxProbability) {
      setProbError(t('assessment.actions.probabilityRange'));
      ok = false;
    }
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await store.track(
        `action:create:${question.id}`,
        saveAction({
          ...emptyAction(workshopID),
          title: trimmed,
          owner: owner.trim(),
          due,
          priority,
          probability: p,
          question_id: question.id,
          internal,
        }),
      );
      onSaved(saved);
    } catch (err) {
      setError(errorReason(toApiError(err), t));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('assessment.actions.formTitle')}
      description={
        <>
          {t('assessment.actions.formText')}{' '}
          <q className="action-form__question">{tx(question.text, lang)}</q>
        </>
      }
      onClose={onClose}
      initialFocus={titleRef}
      className="action-form"
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={titleRef}
          label={t('assessment.actions.title')}
          value={title}
          required
          autoComplete="off"
          error={titleError}
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleError(null);
          }}
        />
        <div className="form__row">
          <TextField
            label={t('assessment.actions.owner')}
            value={owner}
            autoComplete="off"
            onChange={(e) => setOwner(e.target.value)}
          />
          <TextField
            label={t('assessment.actions.due')}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
        </div>
        <div className="form__row">
          <SelectField
            label={t('assessment.actions.priorityLabel')}
            value={priority}
            onChange={(e) => setPriority(e.target.value as Priority)}
          >
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`glossary.priority.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('assessment.actions.probability')}
            type="number"
            min={0}
            max={100}
            step={5}
            value={probability}
            error={probError}
            onChange={(e) => {
              setProbability(e.target.value);
              setProbError(null);
            }}
          />
        </div>
        <LockToggle
          on={internal}
          onToggle={() => setInternal((v) => !v)}
          label={t('assessment.actions.internal')}
          hint={t('assessment.actions.internalHint')}
        />
        {error ? (
          <p className="field__error" role="alert">
            {t('errors.actionFailed', { reason: error })}
          </p>
        ) : null}
        <div className="modal__footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('assessment.actions.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
