import type { TFunction } from 'i18next';
import type { ApiError } from '../api/errors';

/**
 * errorReason is the short, translated reason for a failed call. For invalid
 * input the Go side's message says which rule was broken, so it is shown.
 */
export function errorReason(err: ApiError, t: TFunction): string {
  if (err.code === 'invalid' && err.message) return err.message;
  return t(`errors.${err.code}`);
}
