import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBackups, restoreBackup, type Backup } from '../../api/backups';
import { toApiError } from '../../api/errors';
import { restartApp, type StartupProblem } from '../../api/startup';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { errorReason } from '../../components/errorReason';
import { applyLanguage, languages } from '../../i18n';
import { backupDate, backupKind, fileSize } from './format';
import './backups.css';

type Phase = 'idle' | 'confirming' | 'restarting' | 'restartYourself';

/**
 * ProblemScreen replaces the whole window when the workspace could not be
 * opened at start: it says what happened in plain words, that the file was
 * left as it was, and offers the newest sound backup when one would help.
 * It calls only Startup and Backups; nothing else works without a workspace.
 */
export function ProblemScreen({ problem }: { problem: StartupProblem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'de';
  const offer = problem.kind !== 'newer' && problem.backupName !== '';
  const [backup, setBackup] = useState<Backup>({
    name: problem.backupName,
    size: 0,
    mod_time: '',
  });
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState<string | null>(null);

  // The date is in the name; the list adds the size.
  useEffect(() => {
    if (!offer) return;
    let current = true;
    listBackups()
      .then((list) => {
        const b = list.find((x) => x.name === problem.backupName);
        if (b && current) setBackup(b);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [offer, problem.backupName]);

  const date = backupDate(backup, lang);

  const restore = async () => {
    setFailure(null);
    try {
      const res = await restoreBackup(backup.name);
      if (!res.restart) {
        setPhase('restartYourself');
        return;
      }
      setPhase('restarting');
      try {
        await restartApp();
      } catch {
        setPhase('restartYourself');
      }
    } catch (err) {
      setPhase('idle');
      setFailure(t('backups.problem.restoreFailed', { reason: errorReason(toApiError(err), t) }));
    }
  };

  const done = phase === 'restarting' || phase === 'restartYourself';

  return (
    <div className="problem-screen">
      <main className="problem" aria-labelledby="problem-title">
        <div className="problem__top">
          <span className="problem__brand">
            <span className="brand-mark" aria-hidden="true">
              K
            </span>
            {t('app.name')}
          </span>
          <div className="segmented" role="group" aria-label={t('backups.problem.language')}>
            {languages.map((l) => (
              <button
                key={l}
                type="button"
                className={`segmented__item${l === lang ? ' segmented__item--active' : ''}`}
                aria-pressed={l === lang}
                lang={l}
                title={t(`languages.${l}`)}
                onClick={() => void applyLanguage(l)}
              >
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>

        <div className={`problem__icon problem__icon--${problem.kind}`} aria-hidden="true">
          <Icon name={problem.kind === 'newer' ? 'info' : 'alert'} size={30} />
        </div>
        <h1 className="problem__title" id="problem-title">
          {t(`backups.problem.titles.${problem.kind}`)}
        </h1>
        <p className="problem__text">{t(`backups.problem.texts.${problem.kind}`)}</p>
        <p className="problem__safe">
          <Icon name="shield" size={18} />
          {t('backups.problem.untouched')}
        </p>

        {done ? (
          <div className="problem__done" role="status">
            {phase === 'restarting' ? <Icon name="spinner" size={18} /> : <Icon name="check" />}
            <span>{t(`backups.problem.${phase}`)}</span>
          </div>
        ) : problem.kind === 'newer' ? (
          <p className="problem__next">{t('backups.problem.update')}</p>
        ) : problem.kind === 'disk_full' || problem.kind === 'busy' ? (
          <p className="problem__next">{t(`backups.problem.next.${problem.kind}`)}</p>
        ) : offer ? (
          <section className="problem__backup" aria-labelledby="problem-backup">
            <h2 className="problem__backup-title" id="problem-backup">
              {t('backups.problem.backupTitle')}
            </h2>
            <p className="problem__backup-date">{date}</p>
            <p className="problem__backup-meta">
              {backup.size > 0
                ? t('backups.problem.backupMeta', {
                    kind: t(`backups.kind.${backupKind(backup.name)}`),
                    size: fileSize(backup.size, lang),
                  })
                : t(`backups.kind.${backupKind(backup.name)}`)}
            </p>
            <p className="problem__backup-text">{t('backups.problem.backupText')}</p>
            {failure ? <Banner>{failure}</Banner> : null}
            <Button variant="primary" size="lg" icon="undo" onClick={() => setPhase('confirming')}>
              {t('backups.problem.restore', { date })}
            </Button>
          </section>
        ) : (
          <p className="problem__next">{t('backups.problem.noBackup')}</p>
        )}

        <details className="problem__details">
          <summary>{t('backups.problem.details')}</summary>
          <p className="problem__message">{problem.message}</p>
        </details>
      </main>

      {phase === 'confirming' ? (
        <ConfirmDialog
          title={t('backups.problem.confirmTitle', { date })}
          message={t('backups.problem.confirmText', { date })}
          confirmLabel={t('backups.problem.confirm')}
          onConfirm={restore}
          onCancel={() => setPhase('idle')}
        />
      ) : null}
    </div>
  );
}
