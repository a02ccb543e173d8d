import { useTranslation } from 'react-i18next';
import type { VoteSummary } from './voteSummary';
import { formatValue } from './scoreFormat';

/** VoteStats is the room's mean and spread on a question, marked "no consensus" when the contract says so. */
export function VoteStats({ summary, lang }: { summary: VoteSummary; lang: string }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="vote-stats">
        <div>
          <dt>{t('roomVotes.mean')}</dt>
          <dd data-testid="vote-mean">{formatValue(summary.mean, lang)}</dd>
        </div>
        <div>
          <dt>{t('glossary.spread')}</dt>
          <dd data-testid="vote-spread">
            {summary.spread === null ? '–' : String(summary.spread)}
          </dd>
        </div>
      </dl>
      {summary.consensus ? null : (
        <p className="vote-stats__dissent" data-testid="no-consensus">
          {t('glossary.no_consensus')}
        </p>
      )}
    </>
  );
}
