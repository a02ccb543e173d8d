import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { undrawable, type ReportOptions, type Undrawn } from '../../api/reports';
import { errorReason } from '../../components/errorReason';
import { useLoad } from '../../components/useLoad';

interface Props {
  workshopID: string;
  /** opts are the export's options; null while nothing would be exported. */
  opts: ReportOptions | null;
}

/**
 * UndrawnList warns, before the export, about every text of the report that
 * has characters the PDF's font cannot draw (emoji, Chinese, Arabic…),
 * which would show as □: what goes into this report for this audience, not
 * what stays out.
 */
export function UndrawnList({ workshopID, opts }: Props) {
  const { t, i18n } = useTranslation();
  const key = opts ? JSON.stringify(opts) : '';
  const load = useCallback(
    () => (key ? undrawable(workshopID, JSON.parse(key) as ReportOptions) : Promise.resolve([])),
    [workshopID, key],
  );
  const [result] = useLoad<Undrawn[]>(load);
  if (result.state === 'failed')
    return (
      <p className="report-undrawn__failed">
        {t('report.undrawable.failed', { reason: errorReason(result.error, t) })}
      </p>
    );
  if (result.state !== 'ready' || result.data.length === 0) return null;
  // Go names the field ("Stakeholder.Notes"); a field without a label here shows as Go names it.
  const field = (f: string): string => {
    const k = `report.fields.${f}`;
    return i18n.exists(k) ? t(k as 'report.fields.Client.Name') : f;
  };
  return (
    <section className="report-undrawn" aria-labelledby="report-undrawn-title" role="note">
      <h3 className="report-undrawn__title" id="report-undrawn-title">
        {t('report.undrawable.title')}
      </h3>
      <p className="report-undrawn__intro">{t('report.undrawable.intro')}</p>
      <ul className="report-undrawn__list">
        {result.data.map((u, i) => (
          <li key={i}>
            {u.record
              ? t('report.undrawable.itemOf', {
                  field: field(u.field),
                  record: u.record,
                  chars: [...u.chars].join(' '),
                })
              : t('report.undrawable.item', {
                  field: field(u.field),
                  chars: [...u.chars].join(' '),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
