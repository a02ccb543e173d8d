import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { errorReason } from '../errorReason';
import { Icon } from '../Icon';
import { useSaveStatus } from './SaveStatusContext';
import type { SaveStatus } from './saveStore';

interface Props {
  status: SaveStatus;
  error: ApiError | null;
}

/**
 * SavedIndicator says whether what is on screen is stored: "Speichert…" while
 * an edit waits or a Go call runs, "Gespeichert" only after the call resolved,
 * "Nicht gespeichert – …" with the reason when it failed.
 */
export function SavedIndicator({ status, error }: Props) {
  const { t } = useTranslation();
  let text: string;
  let icon: 'check' | 'spinner' | 'alert' | 'cloud';
  switch (status) {
    case 'saving':
      text = t('save.saving');
      icon = 'spinner';
      break;
    case 'saved':
      text = t('save.saved');
      icon = 'check';
      break;
    case 'error':
      text = t('save.failed', { reason: error ? errorReason(error, t) : t('errors.internal') });
      icon = 'alert';
      break;
    default:
      text = t('save.idle');
      icon = 'cloud';
  }
  return (
    <div
      className={`saved-indicator saved-indicator--${status}`}
      role="status"
      aria-live="polite"
      title={status === 'error' ? t('save.keptHint') : undefined}
    >
      <Icon name={icon} size={16} />
      <span>{text}</span>
    </div>
  );
}

/** ScreenSavedIndicator shows the status of every save on screen. */
export function ScreenSavedIndicator() {
  const { status, error } = useSaveStatus();
  return <SavedIndicator status={status} error={error} />;
}
