import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Icon } from './Icon';

interface Props {
  kind?: 'error' | 'info';
  children: ReactNode;
  action?: ReactNode;
  onDismiss?: () => void;
}

/** Banner is an inline message; errors are announced (role="alert"). */
export function Banner({ kind = 'error', children, action, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`banner banner--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon name={kind === 'error' ? 'alert' : 'info'} />
      <div className="banner__text">{children}</div>
      {action}
      {onDismiss ? (
        <Button
          variant="ghost"
          size="sm"
          icon="x"
          aria-label={t('common.dismiss')}
          onClick={onDismiss}
        />
      ) : null}
    </div>
  );
}
