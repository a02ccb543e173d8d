import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratings } from '../../api/domain.gen';
import { Button } from '../../components/Button';
import { VoteStats } from './VoteStats';
import type { VoteSummary } from './voteSummary';

interface Props {
  summary: VoteSummary;
  revealed: boolean;
  lang: string;
  onReveal: () => void;
}

/**
 * ProjectorVotes is the room's votes as the room sees them: hidden until the
 * consultant reveals them (V), so nobody anchors on the first hand; then how
 * many gave each rating, never who — with mean, spread and the consensus mark.
 */
export function ProjectorVotes({ summary, revealed, lang, onReveal }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  if (summary.votes === 0) return null;
  const most = Math.max(1, summary.na, ...summary.counts);
  const rows = [
    ...ratings.map((r) => ({
      id: String(r),
      num: String(r),
      label: `${r} – ${t(`glossary.rating.${r}`)}`,
      count: summary.counts[r] ?? 0,
    })),
    {
      id: 'na',
      num: t('glossary.na_short'),
      label: t('glossary.rating.na'),
      count: summary.na,
    },
  ];
  return (
    <section className="projector-votes" aria-labelledby={headingId} data-testid="projector-votes">
      <header className="projector-votes__head">
        <h3 id={headingId} className="projector-votes__heading">
          {t('roomVotes.heading')} · {t('roomVotes.count', { count: summary.votes })}
        </h3>
        <Button
          variant="secondary"
          size="sm"
          aria-keyshortcuts="V"
          aria-pressed={revealed}
          onClick={onReveal}
        >
          {revealed ? t('roomVotes.reveal.hide') : t('roomVotes.reveal.show')}
        </Button>
      </header>
      {revealed ? (
        <>
          <ul className="projector-votes__bars" aria-label={t('roomVotes.distribution')}>
            {rows.map((r) => (
              <li
                key={r.id}
                className="projector-votes__bar"
                aria-label={t('roomVotes.distributionItem', { label: r.label, count: r.count })}
                data-testid={`distribution-${r.id}`}
              >
                <span className="projector-votes__num" aria-hidden="true">
                  {r.num}
                </span>
                <span className="projector-votes__track" aria-hidden="true">
                  <span
                    className="projector-votes__fill"
                    style={{ width: `${(100 * r.count) / most}%` }}
                  />
                </span>
                <span className="projector-votes__n" aria-hidden="true">
                  {r.count}
                </span>
              </li>
            ))}
          </ul>
          <VoteStats summary={summary} lang={lang} />
        </>
      ) : (
        <p className="projector-votes__hidden" data-testid="votes-hidden">
          {t('roomVotes.reveal.hidden', { count: summary.votes })}
        </p>
      )}
    </section>
  );
}
