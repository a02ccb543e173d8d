import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/assessment';
import type { Participant } from '../../api/workshops';
import { Button } from '../../components/Button';
import type { Round } from './roundTable';
import type { SaveState } from './answerBook';
import { SaveChip } from './SaveChip';
import { cellText } from './voteGrid';
import { VoteStats } from './VoteStats';
import type { VoteSummary, VoteValue } from './voteSummary';

interface Props {
  questionID: string;
  participants: readonly Participant[];
  /** voteOf is a participant's vote on the question, null without one. */
  voteOf: (participantID: string) => VoteValue | null;
  summary: VoteSummary;
  answer: Pick<Answer, 'rating' | 'na'>;
  round: Round | null;
  saveState: SaveState;
  lang: string;
  onConfirm: () => void;
  onRound: () => void;
}

/**
 * VotePanel is the room's votes on the question card, for the consultant:
 * each participant's vote by name (the one whose turn it is round the table
 * marked), mean and spread, "no consensus", and the mean rounded as the
 * proposed agreed rating, confirmed with a click or C. The agreed rating
 * stays the answer's rating; the consultant may choose another one.
 */
export function VotePanel(props: Props) {
  const { participants, summary, answer, round, lang } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const inRound = round !== null && round.questionID === props.questionID;
  const current = inRound ? participants[round.seat] : undefined;
  const agreed = !answer.na && answer.rating !== null ? answer.rating : null;
  const p = summary.proposal;
  return (
    <section
      className={`votes${inRound ? ' votes--round' : ''}`}
      aria-labelledby={headingId}
      data-testid="votes"
    >
      <header className="votes__head">
        <h3 className="question-card__label" id={headingId}>
          {t('roomVotes.heading')}
          {summary.votes > 0 ? (
            <span className="votes__count">
              {' '}
              · {t('roomVotes.count', { count: summary.votes })}
            </span>
          ) : null}
        </h3>
        <SaveChip state={props.saveState} label={t('roomVotes.heading')} />
        <Button
          variant={inRound ? 'primary' : 'secondary'}
          size="sm"
          icon={inRound ? 'x' : 'users'}
          aria-keyshortcuts={inRound ? 'Escape' : 'R'}
          aria-pressed={inRound}
          data-shortcuts="pass"
          onClick={props.onRound}
          disabled={participants.length === 0}
        >
          {inRound ? t('roomVotes.round.end') : t('roomVotes.round.start')}
        </Button>
      </header>
      {participants.length === 0 ? (
        <p className="votes__empty">{t('roomVotes.noParticipants')}</p>
      ) : (
        <ol className="votes__people" aria-label={t('roomVotes.heading')}>
          {participants.map((person, i) => {
            const v = props.voteOf(person.id);
            const turn = inRound && round.seat === i;
            return (
              <li
                key={person.id}
                className={`votes__person votes__person--${person.side}${turn ? ' votes__person--turn' : ''}`}
                aria-current={turn ? 'true' : undefined}
                data-testid="vote-person"
              >
                <span className="votes__name">{person.name}</span>
                <span className="visually-hidden">{` (${t(`glossary.side.${person.side}`)}): `}</span>
                <span className="votes__value" data-testid="vote-value">
                  {v === null ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">{t('roomVotes.noVote')}</span>
                    </>
                  ) : v === 'na' ? (
                    <abbr title={t('glossary.rating.na')}>{t('glossary.na_short')}</abbr>
                  ) : (
                    cellText(v)
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {inRound && current ? (
        <p className="votes__turn" role="status" data-testid="round-status">
          {t('roomVotes.round.on', { name: current.name })}
          <span className="votes__keys"> · {t('roomVotes.round.keys')}</span>
        </p>
      ) : null}
      {summary.votes > 0 ? (
        <div className="votes__summary">
          <VoteStats summary={summary} lang={lang} />
          {p !== null ? (
            agreed === p ? (
              <p className="votes__agreed" data-testid="vote-agreed">
                {t('roomVotes.agreed', { rating: String(p) })}
              </p>
            ) : (
              <p className="votes__proposal">
                <span data-testid="vote-proposal">
                  {t('roomVotes.proposal', {
                    rating: String(p),
                    label: t(`glossary.rating.${p}`),
                  })}
                </span>
                <Button
                  variant="primary"
                  size="sm"
                  icon="check"
                  aria-keyshortcuts="C"
                  data-shortcuts="pass"
                  onClick={props.onConfirm}
                >
                  {t('roomVotes.confirm')}
                </Button>
                {agreed !== null ? (
                  <span className="votes__other">
                    {t('roomVotes.agreedOther', { rating: String(agreed) })}
                  </span>
                ) : null}
              </p>
            )
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
