import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { errorReason } from '../../components/errorReason';
import { Icon } from '../../components/Icon';

export type ChipState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * SaveChip says whether one answer (or its notes) is stored: "saved" only
 * once the Go call for the value on screen has returned.
 */
export function SaveChip({
  state,
  error,
  label,
}: {
  state: ChipState;
  error?: ApiError | null;
  label?: string;
}) {
  const { t } = useTranslation();
  const text =
    state === 'idle'
      ? ''
      : state === 'error' && error
        ? t('assessment.saveState.errorReason', { reason: errorReason(error, t) })
        : t(`assessment.saveState.${state}`);
  return (
    <span
      className={`save-chip save-chip--${state}`}
      aria-live="polite"
      aria-label={label && text ? `${label}: ${text}` : undefined}
    >
      {state === 'idle' ? null : (
        <>
          <Icon
            name={state === 'saving' ? 'spinner' : state === 'saved' ? 'check' : 'alert'}
            size={14}
          />
          <span>{text}</span>
        </>
      )}
    </span>
  );
}
