import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Answer, Catalog, CatalogArea, CatalogQuestion, Report } from '../../api/assessment';
import type { Client } from '../../api/clients';
import { Button } from '../../components/Button';
import type { Rating } from './keyboard';
import type { AnswerBook } from './answerBook';
import { AnswerTextField } from './AnswerTextField';
import { RatingScale } from './RatingScale';
import { fewRated, formatScore, ratedCount, scoreBand } from './scoreFormat';
import { questionOf, tx } from './text';

interface Props {
  client: Client;
  catalog: Catalog;
  area: CatalogArea;
  question: CatalogQuestion;
  index: number;
  answer: Answer;
  /** book stores the finding the room agrees on, typed here for all to read. */
  book: AnswerBook;
  report: Report;
  lang: string;
  /** tools go into the header beside the navigation (room voting's start). */
  tools?: ReactNode;
  /** aside is shown beside the question (room voting's QR code and code). */
  aside?: ReactNode;
  /** votes are the room's votes, anonymous and hidden until revealed (ProjectorVotes). */
  votes?: ReactNode;
  onRate: (r: Rating) => void;
  onNA: () => void;
  onPrev: () => void;
  onNext: () => void;
  onClose: () => void;
}

/**
 * ProjectorView is what the room sees: the question large and in high
 * contrast, its prompts, the rating scale, the finding the room agrees on
 * (the sentence of the customer's report) and the live scores. The
 * consultant's internal notes, flags and actions never appear here. The keys keep
 * working (rate, move on), and P or Escape returns to the working view.
 */
export function ProjectorView(props: Props) {
  const { client, catalog, area, question, index, answer, report, lang } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const rated = ratedCount(report.areas);
  const hasRating = !answer.na && answer.rating !== null;
  const guideKey =
    hasRating && answer.rating !== null && answer.rating % 2 === 0
      ? (String(answer.rating) as '0' | '2' | '4')
      : null;

  // The focus moves in, so no key reaches a button hidden behind, and the
  // page behind is inert (DESIGN.md, "Screens"); it stays as it is, only its
  // scrollbar goes away.
  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
    const prev = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const root = document.getElementById('root');
    const wasInert = root?.hasAttribute('inert') ?? false;
    root?.setAttribute('inert', '');
    return () => {
      document.body.style.overflow = prev;
      if (!wasInert) root?.removeAttribute('inert');
    };
  }, []);

  return createPortal(
    <section
      ref={rootRef}
      className="projector"
      role="dialog"
      aria-modal="true"
      aria-label={t('assessment.projector.title')}
      aria-describedby={headingId}
      data-testid="projector"
      tabIndex={-1}
    >
      <header className="projector__head">
        <p className="projector__where">
          <span className="projector__client">{client.name}</span>
          <span aria-hidden="true"> · </span>
          <span>{tx(area.title, lang)}</span>
          <span aria-hidden="true"> · </span>
          <span>{questionOf(t, area, index)}</span>
        </p>
        <div className="projector__tools">
          <p className="projector__keys">{t('assessment.projector.keys')}</p>
          {props.tools}
          <Button
            variant="ghost"
            icon="chevronLeft"
            onClick={props.onPrev}
            aria-label={t('assessment.prev')}
          />
          <Button
            variant="ghost"
            icon="chevronRight"
            onClick={props.onNext}
            aria-label={t('assessment.next')}
          />
          <Button variant="ghost" icon="x" onClick={props.onClose} aria-keyshortcuts="P Escape">
            {t('assessment.projector.close')}
          </Button>
        </div>
      </header>

      <div className="projector__main">
        <div className="projector__body">
          <h2 className="projector__question" id={headingId}>
            {tx(question.text, lang)}
          </h2>
          {question.followups.length > 0 ? (
            <ul className="projector__prompts">
              {question.followups.map((f, i) => (
                <li key={i}>{tx(f, lang)}</li>
              ))}
            </ul>
          ) : null}
          {question.options.length > 0 ? (
            <ul className="projector__options" aria-label={t('assessment.options')}>
              {question.options.map((o) => {
                const on = answer.checked.includes(o.id);
                return (
                  <li key={o.id} className={on ? 'projector__option--on' : undefined}>
                    <span aria-hidden="true">{on ? '✓' : '○'}</span> {tx(o.label, lang)}
                    {on ? (
                      <span className="visually-hidden"> ({t('assessment.ticked')})</span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}

          <RatingScale look="projector" answer={answer} onRate={props.onRate} onNA={props.onNA} />
          {props.votes}
          <p className="projector__guide">{guideKey ? tx(question.guide[guideKey], lang) : ' '}</p>
          <AnswerTextField
            key={`${question.id}-finding`}
            book={props.book}
            questionID={question.id}
            field="finding"
            look="projector"
          />
        </div>
        {props.aside}
      </div>

      <footer className="projector__foot">
        <ol className="projector__scores" aria-label={t('assessment.scoresLabel')}>
          {catalog.areas.map((a, i) => {
            const s = report.areas[i]?.score ?? null;
            return (
              <li key={a.id} className={a.id === area.id ? 'projector__score--current' : undefined}>
                <span>{tx(a.title, lang)}</span>
                <strong className={`score--${scoreBand(s)}`}>{formatScore(s, lang)}</strong>
              </li>
            );
          })}
          <li className="projector__score--overall">
            <span>{t('assessment.overall')}</span>
            <strong className={`score--${scoreBand(report.overall)}`}>
              {formatScore(report.overall, lang)}
            </strong>
            {fewRated(rated) ? (
              <span className="projector__rated">
                {t('assessment.rated', { rated: String(rated.rated), count: rated.total })}
              </span>
            ) : null}
          </li>
        </ol>
      </footer>
    </section>,
    document.body,
  );
}
