import { useTranslation } from 'react-i18next';
import type { Catalog, Report } from '../../api/assessment';
import { Radar, type RadarSeries } from './Radar';
import {
  changeClass,
  perspectiveOrder,
  perspectiveRows,
  roomVotedIn,
  type PerspectiveKey,
  type PerspectiveRow,
} from './rounds';
import { formatChange, formatScore, scoreBand } from './scoreFormat';
import { tx } from './text';
import './perspectives.css';

interface Props {
  catalog: Catalog;
  /** report is this round's, scored with the room's votes. */
  report: Report;
  /** earlier is the round compared with, scored with its votes; null for none. */
  earlier: { title: string; report: Report } | null;
  lang: string;
}

/**
 * PerspectiveScores sets the customer's view beside ours and the agreed
 * scores: a radar with the three, and a table of every area and the overall
 * score, with each perspective's change since the earlier round when the
 * room voted there too. A side without votes shows a dash and says so.
 */
export function PerspectiveScores({ catalog, report, earlier, lang }: Props) {
  const { t } = useTranslation();
  const { areas, overall } = perspectiveRows(report, earlier?.report ?? null);
  const compared = earlier !== null && roomVotedIn(earlier.report);
  const hasVotes: Record<PerspectiveKey, boolean> = {
    customer: report.perspectives.customer.overall !== null,
    ours: report.perspectives.ours.overall !== null,
    agreed: true,
  };
  const series: RadarSeries[] = perspectiveOrder
    .filter((p) => hasVotes[p])
    .map((p) => ({
      id: p,
      label: t(`glossary.perspective.${p}`),
      variant: p,
      scores: areas.map((a) => a[p].now),
    }));

  const cell = (row: PerspectiveRow, p: PerspectiveKey, strong = false) => {
    const { now, before } = row[p];
    const shown = formatScore(now, lang);
    return (
      <td key={p} className={`num persp-table__cell score--${scoreBand(now)}`}>
        <span data-testid={`persp-${p}-${row.id || 'overall'}`}>
          {strong ? <strong>{shown}</strong> : shown}
        </span>
        {compared ? (
          <span
            className={`persp-table__change ${changeClass(now, before)}`}
            title={t('perspectives.changeFrom', { change: formatChange(now, before, lang) })}
          >
            {' '}
            ({formatChange(now, before, lang)})
          </span>
        ) : null}
      </td>
    );
  };

  return (
    <section className="card overview__persp" aria-labelledby="overview-persp-title">
      <h2 className="card__title" id="overview-persp-title">
        {t('perspectives.title')}
      </h2>
      <p className="muted persp__note">{t('perspectives.note')}</p>
      <div className="persp__body">
        <figure className="persp__chart">
          <Radar
            axes={catalog.areas.map((a) => tx(a.title, lang))}
            series={series}
            label={t('perspectives.radarLabel')}
            radius={130}
          />
          <figcaption>
            <ul className="radar-legend">
              {perspectiveOrder.map((p) => (
                <li key={p} className={`radar-legend__item radar-legend__item--${p}`}>
                  {t(`glossary.perspective.${p}`)}
                  {hasVotes[p] ? null : (
                    <span className="muted"> ({t('perspectives.sideNoVotes')})</span>
                  )}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        <div className="persp__scores">
          <table className="data-table persp-table" aria-label={t('perspectives.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('assessment.overview.area')}</th>
                {perspectiveOrder.map((p) => (
                  <th key={p} scope="col" className={`num persp-table__head--${p}`}>
                    {t(`glossary.perspective.${p}`)}
                    {hasVotes[p] ? null : (
                      <span className="persp-table__none">{t('perspectives.sideNoVotes')}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {catalog.areas.map((a) => {
                const row = areas.find((r) => r.id === a.id);
                if (!row) return null;
                return (
                  <tr key={a.id}>
                    <th scope="row">{tx(a.title, lang)}</th>
                    {perspectiveOrder.map((p) => cell(row, p))}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('assessment.overall')}</th>
                {perspectiveOrder.map((p) => cell(overall, p, true))}
              </tr>
            </tfoot>
          </table>
          {compared && earlier ? (
            <p className="muted persp__since">
              {t('perspectives.changeSince', { title: earlier.title })}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
