import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { routeHref } from '../../routing';
import './backups.css';

/** BackupsLink leads from the sidebar's footer to the backups screen. */
export function BackupsLink({ current, compact = false }: { current: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <a
      className="sidebar__footer-link"
      href={routeHref({ page: 'backups' })}
      aria-current={current ? 'page' : undefined}
      title={compact ? t('backups.nav') : undefined}
    >
      <Icon name="shield" size={18} />
      <span className={compact ? 'visually-hidden' : undefined}>{t('backups.nav')}</span>
    </a>
  );
}
