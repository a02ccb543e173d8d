import { useCallback, useId, useState, type ReactNode, type Ref, type RefObject } from 'react';
import type { ApiError } from '../../api/errors';
import { useTranslation } from 'react-i18next';
import type { Answer, CatalogArea, CatalogQuestion } from '../../api/assessment';
import type { Action } from '../../api/actions';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';
import type { AnswerBook, SaveState } from './answerBook';
import type { Rating } from './keyboard';
import { AnswerTextField } from './AnswerTextField';
import { RatingScale } from './RatingScale';
import { SaveChip, type ChipState } from './SaveChip';
import { questionOf, tx } from './text';

interface Props {
  ref?: Ref<HTMLElement>;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  book: AnswerBook;
  area: CatalogArea;
  question: CatalogQuestion;
  /** index of the question in its area */
  index: number;
  answer: Answer;
  /** gap says the question's value is below 2.5, so an action is offered. */
  gap: boolean;
  saveState: SaveState;
  actions: Action[];
  lang: string;
  isFirst: boolean;
  isLast: boolean;
  onRate: (r: Rating) => void;
  onNA: () => void;
  onClear: () => void;
  onFollowUp: () => void;
  onOption: (id: string) => void;
  onPrev: () => void;
  onNext: () => void;
  onCreateAction: () => void;
  /** votes is the room's votes on the question (VotePanel), when the workshop has participants. */
  votes?: ReactNode;
}

/** guideMatch says how a guide line (0, 2, 4) relates to the rating: it, next to it, or neither. */
function guideMatch(line: number, answer: Answer): 'exact' | 'near' | null {
  if (answer.na || answer.rating === null) return null;
  if (answer.rating === line) return 'exact';
  return Math.abs(answer.rating - line) === 1 ? 'near' : null;
}

/** QuestionCard is the question on screen: prompts, rating, guide, ticks, finding, notes, flag and actions. */
export function QuestionCard(props: Props) {
  const { ref, notesRef, book, area, question, index, answer, saveState, actions, lang } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const rated = !answer.na && answer.rating !== null;
  const gap = props.gap;
  type Typed = { state: ChipState; error: ApiError | null };
  const [notes, setNotes] = useState<Typed>({ state: 'idle', error: null });
  const [finding, setFinding] = useState<Typed>({ state: 'idle', error: null });
  const onNotesStatus = useCallback(
    (state: ChipState, error: ApiError | null) => setNotes({ state, error }),
    [],
  );
  const onFindingStatus = useCallback(
    (state: ChipState, error: ApiError | null) => setFinding({ state, error }),
    [],
  );
  // One state for the whole answer: a failure anywhere wins, then anything on its way.
  const states = [notes.state, finding.state, saveState];
  const state: ChipState = states.includes('error')
    ? 'error'
    : states.includes('saving')
      ? 'saving'
      : states.includes('saved')
        ? 'saved'
        : 'idle';
  const typedError =
    notes.state === 'error' ? notes.error : finding.state === 'error' ? finding.error : null;

  return (
    <section ref={ref} className="question-card" aria-labelledby={headingId} tabIndex={-1}>
      <header className="question-card__head">
        <p className="question-card__overline">
          <span>{tx(area.title, lang)}</span>
          <span aria-hidden="true">·</span>
          <span>{questionOf(t, area, index)}</span>
        </p>
        <div className="question-card__tools">
          <SaveChip state={state} error={typedError} />
          <button
            type="button"
            className={`flag-toggle${answer.follow_up ? ' flag-toggle--on' : ''}`}
            aria-pressed={answer.follow_up}
            aria-keyshortcuts="F"
            data-shortcuts="pass"
            onClick={props.onFollowUp}
          >
            <Icon name="flag" size={18} />
            <span>{t('assessment.followUp')}</span>
          </button>
        </div>
      </header>

      <h2 className="question-card__text" id={headingId}>
        {tx(question.text, lang)}
      </h2>

      {question.followups.length > 0 ? (
        <div className="question-card__prompts">
          <h3 className="question-card__label">{t('assessment.followups')}</h3>
          <ul>
            {question.followups.map((f, i) => (
              <li key={i}>{tx(f, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <RatingScale look="card" answer={answer} onRate={props.onRate} onNA={props.onNA} />
      {rated || answer.na ? (
        <p className="rating__clear">
          <button
            type="button"
            className="link-button"
            data-shortcuts="pass"
            onClick={props.onClear}
          >
            {t('assessment.clear')}
          </button>
        </p>
      ) : null}

      {props.votes}

      <dl className="guide" aria-label={t('assessment.guide')}>
        {(['0', '2', '4'] as const).map((k) => {
          const m = guideMatch(Number(k), answer);
          return (
            <div key={k} className={`guide__row${m ? ` guide__row--${m}` : ''}`}>
              <dt>
                <span className="guide__num">{k}</span>
                <span className="guide__name">{t(`glossary.rating.${k}`)}</span>
              </dt>
              <dd>{tx(question.guide[k], lang)}</dd>
            </div>
          );
        })}
      </dl>

      {question.options.length > 0 ? (
        <fieldset className="options">
          <legend className="question-card__label">{t('assessment.options')}</legend>
          <div className="options__grid">
            {question.options.map((o) => (
              <label key={o.id} className="options__item">
                <input
                  type="checkbox"
                  checked={answer.checked.includes(o.id)}
                  onChange={() => props.onOption(o.id)}
                />
                <span>{tx(o.label, lang)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <AnswerTextField
        key={`${question.id}-finding`}
        book={book}
        questionID={question.id}
        field="finding"
        onStatus={onFindingStatus}
      />
      <AnswerTextField
        key={question.id}
        ref={notesRef}
        book={book}
        questionID={question.id}
        field="notes"
        onStatus={onNotesStatus}
      />

      {gap || actions.length > 0 ? (
        <QuestionActions actions={actions} gap={gap} onCreate={props.onCreateAction} />
      ) : null}

      <footer className="question-card__nav">
        <Button
          variant="secondary"
          icon="chevronLeft"
          onClick={props.onPrev}
          disabled={props.isFirst}
        >
          {t('assessment.prev')}
        </Button>
        <p className="question-card__hint">{t('assessment.keyHint')}</p>
        <Button variant="primary" onClick={props.onNext}>
          {props.isLast ? t('assessment.toOverview') : t('assessment.next')}
        </Button>
      </footer>
    </section>
  );
}

function QuestionActions({
  actions,
  gap,
  onCreate,
}: {
  actions: Action[];
  gap: boolean;
  onCreate: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="q-actions" aria-labelledby={headingId}>
      <div className="q-actions__head">
        <h3 className="question-card__label" id={headingId}>
          {t('assessment.actions.heading')}
        </h3>
        {gap ? (
          <Button
            variant="secondary"
            size="sm"
            icon="plus"
            onClick={onCreate}
            aria-keyshortcuts="A"
          >
            {t('assessment.actions.create')}
          </Button>
        ) : null}
      </div>
      {actions.length > 0 ? (
        <ul className="q-actions__list" aria-labelledby={headingId}>
          {actions.map((a) => (
            <li key={a.id} className="q-actions__item">
              <span className={`priority priority--${a.priority}`}>
                {t(`glossary.priority.${a.priority}`)}
              </span>
              <span className="q-actions__title">{a.title}</span>
              {a.internal ? (
                <span className="q-actions__internal" title={t('assessment.actions.internalHint')}>
                  <Icon name="lock" size={14} />
                  {t('assessment.actions.internal')}
                </span>
              ) : null}
              <span className="q-actions__meta">
                {[a.owner, a.due ? formatDate(a.due, i18n.language) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="q-actions__empty">{t('assessment.actions.none')}</p>
      )}
    </section>
  );
}
