import type { TFunction } from 'i18next';
import type { ApiError } from '../../api/errors';
import { ruleText } from '../../components/errorReason';

/**
 * bundleReason is what to say about a failed export or import: for a value
 * that breaks a rule, the place and the rule in the window's language
 * ("workshop.json: stakeholders[0].influence: nur Werte von 1 bis 5"); for
 * any other refused bundle Go's own sentence, which names the problem.
 */
export function bundleReason(err: ApiError, t: TFunction): string {
  if (err.code === 'disk_full') return t('bundles.diskFull');
  const rule = ruleText(err, t);
  if (rule) return err.field ? `${err.field}: ${rule}` : rule;
  if (err.code === 'internal') {
    return err.message ? `${t('errors.internal')}: ${err.message}` : t('errors.internal');
  }
  return err.message || t(`errors.${err.code}`);
}
