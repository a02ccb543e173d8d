import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Report } from '../../api/assessment';
import { disagreements, sideDifferences } from './roomScores';
import { formatValue } from './scoreFormat';
import { tx } from './text';
import './perspectives.css';

interface Props {
  catalog: Catalog;
  /** report is this round's, scored with the room's votes. */
  report: Pick<Report, 'questions'>;
  lang: string;
  onOpen: (questionID: string) => void;
}

/** How many questions each list shows; the rest are counted (the PDF shows as many). */
export const listLength = 5;

/** signed writes a difference of two means with one decimal and its sign ("+1,5", "−0,5"). */
function signed(v: number, lang: string): string {
  const abs = formatValue(Math.abs(v), lang);
  return v > 0 ? `+${abs}` : `−${abs}`;
}

/**
 * RoomLists shows where the room disagrees most (no consensus, widest
 * spread first) and where the customer's view and ours differ most; a click
 * on a question opens it.
 */
export function RoomLists({ catalog, report, lang, onOpen }: Props) {
  const { t } = useTranslation();
  const where = new Map(
    catalog.areas.flatMap((a) => a.questions.map((q) => [q.id, { area: a, q }] as const)),
  );
  const disagree = disagreements(report);
  const differ = sideDifferences(report);

  const question = (id: string, badge: ReactNode, detail: ReactNode) => {
    const at = where.get(id);
    if (!at) return null;
    return (
      <li key={id} className="room-list__item">
        <span className="room-list__badge">{badge}</span>
        <span className="room-list__text">
          <button type="button" className="link-button" onClick={() => onOpen(id)}>
            {tx(at.q.text, lang)}
          </button>
          <span className="muted"> · {tx(at.area.title, lang)}</span>
          <span className="room-list__detail">{detail}</span>
        </span>
      </li>
    );
  };
  const more = (count: number) =>
    count > listLength ? (
      <p className="muted room-list__more">
        {t('perspectives.more', { count: count - listLength })}
      </p>
    ) : null;

  return (
    <section className="card overview__room">
      <div className="room-lists">
        <div>
          <h2 className="card__title" id="overview-disagree-title">
            {t('perspectives.disagreeTitle')}
          </h2>
          <p className="muted room-list__note">{t('perspectives.disagreeNote')}</p>
          {disagree.length === 0 ? (
            <p className="muted">{t('perspectives.noDisagree')}</p>
          ) : (
            <ol className="room-list" aria-labelledby="overview-disagree-title">
              {disagree
                .slice(0, listLength)
                .map((d) =>
                  question(
                    d.question_id,
                    `${t('glossary.spread')} ${d.spread}`,
                    <span className="room-list__mark">{t('glossary.no_consensus')}</span>,
                  ),
                )}
            </ol>
          )}
          {more(disagree.length)}
        </div>
        <div>
          <h2 className="card__title" id="overview-sidediff-title">
            {t('perspectives.sideDiffTitle')}
          </h2>
          <p className="muted room-list__note">{t('perspectives.sideDiffNote')}</p>
          {differ.length === 0 ? (
            <p className="muted">{t('perspectives.noSideDiff')}</p>
          ) : (
            <ol className="room-list" aria-labelledby="overview-sidediff-title">
              {differ.slice(0, listLength).map((d) =>
                question(
                  d.question_id,
                  signed(d.difference, lang),
                  <>
                    <span className="room-list__side room-list__side--customer">
                      {t('glossary.side.customer')} {formatValue(d.customer, lang)}
                    </span>
                    <span className="room-list__side room-list__side--ours">
                      {t('glossary.side.ours')} {formatValue(d.ours, lang)}
                    </span>
                  </>,
                ),
              )}
            </ol>
          )}
          {more(differ.length)}
        </div>
      </div>
    </section>
  );
}
