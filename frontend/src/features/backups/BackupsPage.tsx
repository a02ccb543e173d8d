import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  backupNow,
  getBackupKeep,
  listBackups,
  restoreBackup,
  type Backup,
} from '../../api/backups';
import { toApiError } from '../../api/errors';
import { restartApp } from '../../api/startup';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useToast } from '../../components/Toasts';
import { useLoad } from '../../components/useLoad';
import { backupDate, backupKind, fileSize } from './format';
import { KeepField } from './KeepField';
import './backups.css';
import { LoadState } from '../../components/LoadState';

interface Props {
  /** onRestored reloads what the app shows from the workspace (the client list). */
  onRestored: () => void;
}

/**
 * BackupsPage lists the workspace's backups with date and size, takes one
 * now, restores one after asking (Go backs up the current state first), and
 * sets how many automatic backups are kept.
 */
export function BackupsPage({ onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'de';
  const toast = useToast();
  const store = useSaveStore();
  const load = useCallback(async () => {
    const [backups, keep] = await Promise.all([listBackups(), getBackupKeep()]);
    return { backups, keep };
  }, []);
  const [result, { reload }] = useLoad(load);
  const [taking, setTaking] = useState(false);
  const [asking, setAsking] = useState<Backup | null>(null);

  if (result.state !== 'ready') return <LoadState result={result} reload={reload} />;
  const { backups, keep } = result.data;

  const take = async () => {
    setTaking(true);
    try {
      const b = await store.track('backups:now', backupNow());
      toast.show(t('backups.backedUp', { date: backupDate(b, lang, true) }));
      reload();
    } catch (err) {
      toast.show(t('backups.backupFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setTaking(false);
    }
  };

  const restore = async (b: Backup) => {
    const date = backupDate(b, lang, true);
    try {
      const res = await restoreBackup(b.name);
      setAsking(null);
      if (res.restart) {
        await restartApp();
        return;
      }
      toast.show(t('backups.restored', { date }));
      reload();
      onRestored();
    } catch (err) {
      setAsking(null);
      toast.show(t('backups.restoreFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  return (
    <div className="page backups-page">
      <header className="page-header">
        <div className="page-header__text">
          <p className="overline">
            <Icon name="database" size={16} />
            {t('backups.overline')}
          </p>
          <h1 className="page-title">{t('backups.title')}</h1>
          <p className="backups-page__intro">{t('backups.intro')}</p>
        </div>
        <Button variant="primary" icon="shield" busy={taking} onClick={() => void take()}>
          {t('backups.backupNow')}
        </Button>
      </header>

      <div className="backups-grid">
        <section className="card" aria-labelledby="backups-list">
          <div className="card__head">
            <h2 className="card__title" id="backups-list">
              {t('backups.listTitle')}
            </h2>
            {backups.length > 0 ? (
              <span className="count-pill">{t('backups.count', { count: backups.length })}</span>
            ) : null}
          </div>
          {backups.length === 0 ? (
            <p className="muted">{t('backups.none')}</p>
          ) : (
            <ul className="row-list" aria-label={t('backups.listLabel')}>
              {backups.map((b, i) => {
                const date = backupDate(b, lang, true);
                return (
                  <li key={b.name} className="row backup-row">
                    <span className="row__icon" aria-hidden="true">
                      <Icon name="database" />
                    </span>
                    <span className="row__main">
                      <span className="row__title">
                        {date}
                        {i === 0 ? <span className="badge">{t('backups.newest')}</span> : null}
                      </span>
                      <span className="row__meta">
                        {t(`backups.kind.${backupKind(b.name)}`)} · {fileSize(b.size, lang)}
                      </span>
                    </span>
                    <Button
                      icon="undo"
                      aria-label={t('backups.restoreLabel', { date })}
                      onClick={() => setAsking(b)}
                    >
                      {t('backups.restore')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="card backups-keep" aria-labelledby="backups-keep">
          <h2 className="card__title" id="backups-keep">
            {t('backups.keepTitle')}
          </h2>
          {/* A restore may bring another count along: the field starts anew with it. */}
          <KeepField key={keep} initial={keep} />
        </section>
      </div>

      {asking ? (
        <ConfirmDialog
          title={t('backups.restoreTitle', { date: backupDate(asking, lang, true) })}
          message={t('backups.restoreText', { date: backupDate(asking, lang, true) })}
          confirmLabel={t('backups.restoreConfirm')}
          onConfirm={() => restore(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
