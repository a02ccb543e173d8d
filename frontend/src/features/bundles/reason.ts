import type { TFunction } from 'i18next';
import type { ApiError } from '../../api/errors';

/**
 * bundleReason is what to say about a failed export or import: for a refused
 * bundle Go's own sentence, which names the problem and the place
 * ("workshop.json: stakeholders[0].influence: 7 is outside 1–5").
 */
export function bundleReason(err: ApiError, t: TFunction): string {
  if (err.code === 'disk_full') return t('bundles.diskFull');
  if (err.code === 'internal') {
    return err.message ? `${t('errors.internal')}: ${err.message}` : t('errors.internal');
  }
  return err.message || t(`errors.${err.code}`);
}
