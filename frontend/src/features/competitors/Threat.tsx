import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { threatBand, threatLevels, threatWord } from './model';

/** ThreatMeter shows a threat level as five dots, the level's colour filling them. */
export function ThreatMeter({ threat, size = 'md' }: { threat: number; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const label = t('competitors.threatOf', { n: threat, label: threatWord(t, threat) });
  return (
    <span
      className={`threat-meter threat-meter--${threatBand(threat)} threat-meter--${size}`}
      role="img"
      aria-label={label}
      title={label}
    >
      {threatLevels.map((n) => (
        <span key={n} className={`threat-meter__dot${n <= threat ? ' is-on' : ''}`} />
      ))}
    </span>
  );
}

interface PickerProps {
  value: number;
  onChange: (threat: number) => void;
  error?: string | null;
}

/** ThreatPicker chooses a threat level 1–5: a group of radio buttons, arrow keys included. */
export function ThreatPicker({ value, onChange, error }: PickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className={`threat-picker threat-picker--${threatBand(value)}`}>
      <legend className="field__label">{t('competitors.threat')}</legend>
      <div className="threat-picker__options">
        {threatLevels.map((n) => (
          <label key={n} className={`threat-picker__option${n === value ? ' is-on' : ''}`}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={n === value}
              onChange={() => onChange(n)}
              aria-label={`${n} – ${threatWord(t, n)}`}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
        <span className="threat-picker__word">{threatWord(t, value)}</span>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
