import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceSections, ReportAudience, ReportLanguage } from '../../api/reports';
import { Button } from '../../components/Button';
import { languages } from '../../i18n';
import { audienceOf, chooseAudience, toggleSection, type ReportChoice } from './options';

interface Props {
  choice: ReportChoice;
  onChange: (c: ReportChoice) => void;
  /** audiences are what Go says each audience may have and starts with. */
  audiences: readonly AudienceSections[];
  disabled?: boolean;
}

/**
 * ReportOptionsForm chooses the report's audience (the customer version
 * first), its language and its sections: only those the audience may have,
 * starting from its defaults whenever the audience changes.
 */
export function ReportOptionsForm({ choice, onChange, audiences, disabled = false }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const allowed = audienceOf(audiences, choice.audience).sections;
  const order: ReportAudience[] = audiences.map((a) => a.audience);

  return (
    <div className="report-form">
      <fieldset className="report-fieldset" disabled={disabled}>
        <legend className="report-legend">{t('report.audience.legend')}</legend>
        <div className="report-audiences">
          {order.map((a) => (
            <label
              key={a}
              className={`report-audience${choice.audience === a ? ' report-audience--on' : ''}`}
            >
              <input
                type="radio"
                name={`${name}-audience`}
                value={a}
                checked={choice.audience === a}
                onChange={() => onChange(chooseAudience(choice, a, audiences))}
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
            onClick={() => onChange({ ...choice, sections: [...allowed] })}
          >
            {t('report.sections.all')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onChange({ ...choice, sections: [] })}>
            {t('report.sections.none')}
          </Button>
        </span>
        <ul className="report-sections">
          {allowed.map((s) => (
            <li key={s}>
              <label className="report-section">
                <input
                  type="checkbox"
                  checked={choice.sections.includes(s)}
                  onChange={() =>
                    onChange({ ...choice, sections: toggleSection(choice.sections, s, allowed) })
                  }
                />
                <span>{t(`report.sections.${s}`)}</span>
              </label>
            </li>
          ))}
        </ul>
        {choice.audience === 'customer' ? (
          <p className="report-never">
            <strong>{t('report.never.title')}:</strong> {t('report.never.items')}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
