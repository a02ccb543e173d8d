import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useSaveStatus } from '../../components/save/SaveStatusContext';
import './backups.css';

/**
 * DiskFullBanner says, across the top of every screen, that a save failed
 * because the disk is full. The edit stays on screen and useAutosave tries
 * again every few seconds, so the banner goes away by itself once there is
 * room again. If the user left that edit's screen anyway, it says so.
 */
export function DiskFullBanner() {
  const { t } = useTranslation();
  const { error, errorOnScreen } = useSaveStatus();
  if (error?.code !== 'disk_full') return null;
  return (
    <div className="disk-full" role="alert">
      <Icon name="alert" size={22} />
      <div className="disk-full__text">
        <strong className="disk-full__title">{t('backups.diskFull.title')}</strong>
        <p>{t(errorOnScreen ? 'backups.diskFull.text' : 'backups.diskFull.textLeft')}</p>
        <p className="disk-full__hint">{t('backups.diskFull.hint')}</p>
      </div>
    </div>
  );
}
