import { useTranslation } from 'react-i18next';
import type { Answer, Catalog, Report } from '../../api/assessment';
import { Icon } from '../../components/Icon';
import { Radar } from './Radar';
import { formatScore, scoreBand } from './scoreFormat';
import { tx } from './text';

interface Props {
  catalog: Catalog;
  report: Report;
  answers: readonly Answer[];
  currentAreaID: string;
  lang: string;
  onSelect: (areaID: string) => void;
}

/** AreaNav lists the five areas with their progress and live score, and a small radar. */
export function AreaNav({ catalog, report, answers, currentAreaID, lang, onSelect }: Props) {
  const { t } = useTranslation();
  const flagged = new Set(answers.filter((a) => a.follow_up).map((a) => a.question_id));

  return (
    <nav className="area-nav" aria-label={t('assessment.areasLabel')}>
      <ol className="area-nav__list">
        {catalog.areas.map((area, i) => {
          const s = report.areas[i];
          if (!s) return null;
          const done = s.answered + s.na;
          const flags = area.questions.filter((q) => flagged.has(q.id)).length;
          const current = area.id === currentAreaID;
          return (
            <li key={area.id}>
              <button
                type="button"
                className={`area-nav__item${current ? ' area-nav__item--current' : ''}`}
                aria-current={current ? 'step' : undefined}
                data-area={area.id}
                onClick={() => onSelect(area.id)}
              >
                <span className="area-nav__row">
                  <span className="area-nav__title">{tx(area.title, lang)}</span>
                  <span
                    className={`area-nav__score score--${scoreBand(s.score)}`}
                    data-testid={`area-score-${area.id}`}
                  >
                    {formatScore(s.score, lang)}
                  </span>
                </span>
                <span className="area-nav__row area-nav__meta">
                  <span>
                    {t('assessment.progress', { done: String(done), total: String(s.total) })}
                  </span>
                  {flags > 0 ? (
                    <span
                      className="area-nav__flags"
                      title={t('assessment.flaggedCount', { count: flags })}
                    >
                      <Icon name="flag" size={14} />
                      {flags}
                    </span>
                  ) : null}
                </span>
                <span className="area-nav__bar" aria-hidden="true">
                  <span style={{ width: `${s.total ? (100 * done) / s.total : 0}%` }} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <Radar
        compact
        radius={70}
        label={t('assessment.radarLabel')}
        axes={catalog.areas.map((a) => tx(a.title, lang))}
        series={[
          {
            id: 'current',
            label: '',
            variant: 'current',
            scores: report.areas.map((a) => a.score),
          },
        ]}
      />
    </nav>
  );
}
