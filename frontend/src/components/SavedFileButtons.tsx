import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/errors';
import { openSaved, showSaved } from '../api/files';
import { Button } from './Button';
import { errorReason } from './errorReason';

/**
 * SavedFileButtons follow an export: "Öffnen" hands the file just saved to
 * its usual program, "Im Ordner zeigen" opens the file manager on it. Go
 * knows which file that is (it asked where to save it); nothing here names
 * a path.
 */
export function SavedFileButtons() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (hand: () => Promise<void>) => {
    setProblem(null);
    try {
      await hand();
    } catch (err) {
      const e = toApiError(err);
      setProblem(
        e.code === 'not_found' ? t('files.gone') : t('files.failed', { reason: errorReason(e, t) }),
      );
    }
  };
  return (
    <div className="saved-file">
      <div className="saved-file__buttons">
        <Button
          size="sm"
          icon="external"
          title={t('files.openTitle')}
          onClick={() => void run(openSaved)}
        >
          {t('files.open')}
        </Button>
        <Button
          size="sm"
          icon="folder"
          title={t('files.showTitle')}
          onClick={() => void run(showSaved)}
        >
          {t('files.show')}
        </Button>
      </div>
      {problem ? (
        <p className="saved-file__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
