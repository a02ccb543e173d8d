import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../api/assessment';
import { formatValue, scoreBand } from './scoreFormat';
import type { Gap } from './scoring';
import { tx } from './text';

interface Props {
  catalog: Catalog;
  /** gaps are the questions below 2.5, lowest first (scoring.gaps). */
  gaps: readonly Gap[];
  lang: string;
  onOpen: (questionID: string) => void;
}

/**
 * GapList shows the workshop's gaps: every question whose value is below 2.5,
 * lowest first, with its value and area; a click opens the question.
 */
export function GapList({ catalog, gaps, lang, onOpen }: Props) {
  const { t } = useTranslation();
  const where = new Map(
    catalog.areas.flatMap((a) => a.questions.map((q) => [q.id, { area: a, q }] as const)),
  );
  return (
    <section className="card overview__gaps" aria-labelledby="overview-gaps-title">
      <h2 className="card__title" id="overview-gaps-title">
        {t('assessment.overview.gapsTitle')}
      </h2>
      <p className="muted overview__gaps-note">{t('assessment.overview.gapsNote')}</p>
      {gaps.length === 0 ? (
        <p className="muted">{t('assessment.overview.noGaps')}</p>
      ) : (
        <ol className="gap-list" aria-labelledby="overview-gaps-title">
          {gaps.map((g) => {
            const at = where.get(g.question_id);
            if (!at) return null;
            return (
              <li key={g.question_id} className="gap-list__item">
                <span className={`gap-list__value score--${scoreBand(g.value * 25)}`}>
                  {formatValue(g.value, lang)}
                </span>
                <span className="gap-list__text">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(g.question_id)}
                  >
                    {tx(at.q.text, lang)}
                  </button>
                  <span className="muted"> · {tx(at.area.title, lang)}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
