import { useTranslation } from 'react-i18next';
import { Banner } from './Banner';
import { Button } from './Button';
import { errorReason } from './errorReason';
import type { Loaded } from './useLoad';

interface Props {
  /** result is a load that is not ready (yet). */
  result: Exclude<Loaded<unknown>, { state: 'ready' }>;
  reload: () => void;
  /** failedKey words the failure, with {{reason}}. */
  failedKey?: 'errors.loadFailed' | 'report.loadFailed';
}

/** LoadState stands in for what is loading: "Lädt …", or why it failed, with a retry. */
export function LoadState({ result, reload, failedKey = 'errors.loadFailed' }: Props) {
  const { t } = useTranslation();
  if (result.state === 'loading') return <p className="page-loading">{t('common.loading')}</p>;
  return (
    <Banner action={<Button onClick={reload}>{t('common.retry')}</Button>}>
      {t(failedKey, { reason: errorReason(result.error, t) })}
    </Banner>
  );
}
