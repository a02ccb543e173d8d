import { useTranslation } from 'react-i18next';
import type { VoteSummary } from './voteSummary';
import { formatValue } from './scoreFormat';

/** VoteStats is the room's mean and spread on a question, marked "no consensus" when the contract says so. */
export function VoteStats({ summary, lang }: { summary: VoteSummary; lang: string }) {
  const { t } = useTranslation();
  return (
    <dl className="vote-stats">
      <div>
        <dt>{t('roomVotes.mean')}</dt>
        <dd data-testid="vote-mean">{formatValue(summary.mean, lang)}</dd>
      </div>
      <div>
        <dt>{t('roomVotes.spread')}</dt>
        <dd data-testid="vote-spread">{summary.spread === null ? '–' : String(summary.spread)}</dd>
      </div>
      {summary.consensus ? null : (
        <div className="vote-stats__dissent">
          <dt className="visually-hidden">{t('roomVotes.consensus')}</dt>
          <dd data-testid="no-consensus">{t('roomVotes.noConsensus')}</dd>
        </div>
      )}
    </dl>
  );
}
