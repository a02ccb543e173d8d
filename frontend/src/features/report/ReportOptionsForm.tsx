import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reportSections, type ReportAudience, type ReportLanguage } from '../../api/reports';
import { Button } from '../../components/Button';
import { languages } from '../../i18n';
import { toggleSection, type ReportChoice } from './options';

interface Props {
  choice: ReportChoice;
  onChange: (c: ReportChoice) => void;
  /** customerOmits are the sections the customer version leaves out. */
  customerOmits: readonly string[];
  disabled?: boolean;
}

const audiences: ReportAudience[] = ['customer', 'internal'];

/**
 * ReportOptionsForm chooses the report's language, its audience (an explicit
 * choice: nothing is preselected) and its sections (all on at first).
 */
export function ReportOptionsForm({ choice, onChange, customerOmits, disabled = false }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const omitted = (s: string) => choice.audience === 'customer' && customerOmits.includes(s);

  return (
    <div className="report-form">
      <fieldset className="report-fieldset" disabled={disabled}>
        <legend className="report-legend">{t('report.audience.legend')}</legend>
        <div className="report-audiences">
          {audiences.map((a) => (
            <label
              key={a}
              className={`report-audience${choice.audience === a ? ' report-audience--on' : ''}`}
            >
              <input
                type="radio"
                name={`${name}-audience`}
                value={a}
                checked={choice.audience === a}
                onChange={() => onChange({ ...choice, audience: a })}
                aria-describedby={`${name}-${a}-hint`}
              />
              <span className="report-audience__text">
                <span className="report-audience__title">{t(`report.audience.${a}`)}</span>
                <span className="report-audience__hint" id={`${name}-${a}-hint`}>
                  {t(`report.audience.${a}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="report-fieldset" disabled={disabled}>
        <legend className="report-legend">{t('report.language')}</legend>
        <div className="report-langs">
          {languages.map((l: ReportLanguage) => (
            <label key={l} className={`report-chip${choice.lang === l ? ' report-chip--on' : ''}`}>
              <input
                type="radio"
                name={`${name}-lang`}
                value={l}
                checked={choice.lang === l}
                onChange={() => onChange({ ...choice, lang: l })}
              />
              <span>{t(`languages.${l}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="report-fieldset report-fieldset--sections" disabled={disabled}>
        <legend className="report-legend">{t('report.sections.legend')}</legend>
        <span className="report-legend-actions">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onChange({ ...choice, sections: [...reportSections] })}
          >
            {t('report.sections.all')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onChange({ ...choice, sections: [] })}>
            {t('report.sections.none')}
          </Button>
        </span>
        <ul className="report-sections">
          {reportSections.map((s) => {
            const out = omitted(s);
            return (
              <li key={s}>
                <label className={`report-section${out ? ' report-section--out' : ''}`}>
                  <input
                    type="checkbox"
                    checked={choice.sections.includes(s) && !out}
                    disabled={out}
                    onChange={() =>
                      onChange({ ...choice, sections: toggleSection(choice.sections, s) })
                    }
                  />
                  <span>{t(`report.sections.${s}`)}</span>
                  {out ? (
                    <span className="report-section__note">
                      {t('report.sections.notForCustomer')}
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
