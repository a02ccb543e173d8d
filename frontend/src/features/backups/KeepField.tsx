import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepRange, setBackupKeep } from '../../api/backups';
import { TextField } from '../../components/TextField';
import { useAutosave } from '../../components/save/useAutosave';
import { parseKeep } from './format';

/**
 * KeepField is how many automatic backups are kept, saved as typed. Only a
 * whole number in range is sent to Go; anything else stays in the field with
 * a message and the last valid number stays stored.
 */
export function KeepField({ initial }: { initial: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(initial));
  const [lastValid, setLastValid] = useState(initial);
  const parsed = parseKeep(text, keepRange.min, keepRange.max);
  const value = parsed ?? lastValid;
  const { flush } = useAutosave(value, setBackupKeep);
  return (
    <TextField
      label={t('backups.keepLabel')}
      className="keep-field"
      inputMode="numeric"
      type="number"
      min={keepRange.min}
      max={keepRange.max}
      step={1}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseKeep(e.target.value, keepRange.min, keepRange.max);
        if (n !== null) setLastValid(n);
      }}
      onBlur={() => void flush()}
      error={
        parsed === null
          ? t('backups.keepInvalid', { min: String(keepRange.min), max: String(keepRange.max) })
          : null
      }
      hint={t('backups.keepHint')}
    />
  );
}
