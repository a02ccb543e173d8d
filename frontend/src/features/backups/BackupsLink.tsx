import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { routeHref } from '../../routing';
import './backups.css';

/** BackupsLink leads from the sidebar's footer to the backups screen. */
export function BackupsLink({ current }: { current: boolean }) {
  const { t } = useTranslation();
  return (
    <a
      className="sidebar__footer-link"
      href={routeHref({ page: 'backups' })}
      aria-current={current ? 'page' : undefined}
    >
      <Icon name="shield" size={18} />
      {t('backups.nav')}
    </a>
  );
}
