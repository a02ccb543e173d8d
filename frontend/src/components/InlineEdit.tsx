import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/errors';
import { errorReason } from './errorReason';
import { TextField } from './TextField';

interface Props {
  label: string;
  initial: string;
  /** requiredMessage is shown when the text is left blank. */
  requiredMessage: string;
  /** onCommit stores the new text; a rejection keeps the editor open. */
  onCommit: (text: string) => Promise<void>;
  onDone: () => void;
  className?: string;
}

/**
 * InlineEdit replaces a title with a text field: Enter or leaving the field
 * stores it, Escape gives up. The text stays while a save fails.
 */
export function InlineEdit({
  label,
  initial,
  requiredMessage,
  onCommit,
  onDone,
  className,
}: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const commit = async () => {
    if (busy.current) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError(requiredMessage);
      return;
    }
    if (trimmed === initial) {
      onDone();
      return;
    }
    busy.current = true;
    try {
      await onCommit(trimmed);
      onDone();
    } catch (err) {
      setError(errorReason(toApiError(err), t));
    } finally {
      busy.current = false;
    }
  };

  return (
    <TextField
      ref={ref}
      className={`inline-edit${className ? ` ${className}` : ''}`}
      label={label}
      hideLabel
      value={text}
      autoComplete="off"
      error={error}
      hint={t('workshops.renameHint')}
      onChange={(e) => {
        setText(e.target.value);
        setError(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
      onBlur={() => void commit()}
    />
  );
}
