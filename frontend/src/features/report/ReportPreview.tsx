import { useTranslation } from 'react-i18next';
import type { ReportContents, ReportSection } from '../../api/reports';
import { includedSections, type ReportChoice } from './options';

interface Props {
  contents: ReportContents;
  choice: ReportChoice;
}

/**
 * ReportPreview lists what the PDF will hold, section by section with what
 * each carries for the chosen audience, so the consultant knows what they
 * hand over.
 */
export function ReportPreview({ contents, choice }: Props) {
  const { t } = useTranslation();
  const sections = includedSections(choice, contents.audiences);
  const customer = choice.audience === 'customer';

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
        const parts: string[] = [
          // The assessment's own words and count: rated out of the questions that apply.
          t('assessment.rated', {
            rated: String(c.answered),
            count: c.questions - c.not_applicable,
          }),
        ];
        if (c.not_applicable > 0)
          parts.push(t('report.preview.notApplicable', { count: c.not_applicable }));
        if (c.findings > 0) parts.push(t('report.preview.findings', { count: c.findings }));
        if (c.notes > 0)
          parts.push(
            customer
              ? t('report.preview.withoutNotes', { count: c.notes })
              : t('report.preview.withNotes', { count: c.notes }),
          );
        return parts.join(' · ');
      }
      case 'orgchart':
        return t('report.preview.orgchart', {
          count: c.stakeholders,
          lines: String(c.reporting_lines),
        });
      case 'stakeholders':
        return t('report.preview.stakeholders', {
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
      case 'actions': {
        if (!customer) return t('report.preview.actions', { count: c.actions });
        const shown = t('report.preview.actionsCustomer', {
          count: c.actions - c.internal_actions,
        });
        return c.internal_actions > 0
          ? `${shown} · ${t('report.preview.internalLeftOut', { count: c.internal_actions })}`
          : shown;
      }
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
    </div>
  );
}
