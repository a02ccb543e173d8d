import { useTranslation } from 'react-i18next';
import type { ReportContents, ReportSection } from '../../api/reports';
import { includedSections, type ReportChoice } from './options';

interface Props {
  contents: ReportContents;
  choice: ReportChoice;
}

/**
 * ReportPreview lists what the PDF will hold, section by section with what
 * each carries, so the consultant knows what they hand over.
 */
export function ReportPreview({ contents, choice }: Props) {
  const { t } = useTranslation();
  const sections = includedSections(choice, contents.customer_omits);
  const customer = choice.audience === 'customer';
  const left = customer
    ? contents.customer_omits.filter((s) => choice.sections.includes(s as ReportSection))
    : [];

  const detail = (s: ReportSection): string => {
    const c = contents;
    switch (s) {
      case 'cover':
        return t('report.preview.cover', { count: c.participants });
      case 'summary':
        return c.previous_title
          ? t('report.preview.summaryCompare', { title: c.previous_title })
          : t('report.preview.summaryAlone');
      case 'assessment': {
        const answered = t('report.preview.answered', {
          answered: String(c.answered),
          count: c.questions,
        });
        return c.not_applicable > 0
          ? `${answered} · ${t('report.preview.notApplicable', { count: c.not_applicable })}`
          : answered;
      }
      case 'stakeholders':
        return customer
          ? t('report.preview.stakeholdersCustomer', { count: c.stakeholders })
          : t('report.preview.stakeholders', {
              count: c.stakeholders,
              relations: String(c.relations),
            });
      case 'competitors':
        return t('report.preview.competitors', { count: c.competitors });
      case 'swot':
        return t('report.preview.swot', { count: c.swot });
      case 'opportunities':
        return t('report.preview.opportunities', { count: c.opportunities });
      case 'arguments':
        return t('report.preview.arguments', { count: c.arguments });
      case 'actions':
        return t('report.preview.actions', { count: c.actions });
    }
  };

  return (
    <div className="report-preview">
      {sections.length === 0 ? (
        <p className="report-preview__empty">{t('report.preview.empty')}</p>
      ) : (
        <ol className="report-preview__list" aria-label={t('report.preview.label')}>
          {sections.map((s) => (
            <li key={s} className="report-preview__item">
              <span className="report-preview__name">{t(`report.sections.${s}`)}</span>
              <span className="report-preview__detail">{detail(s)}</span>
            </li>
          ))}
        </ol>
      )}
      {left.length > 0 ? (
        <p className="report-preview__omitted">
          {t('report.preview.omitted', {
            sections: left.map((s) => t(`report.sections.${s as ReportSection}`)).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}
