import { useEffect } from 'react';
import { getLanguage } from '../../api/settings';
import { applyLanguage, isLanguage } from '../../i18n';

/** useStoredLanguage switches to the language kept in the workspace, once. */
export function useStoredLanguage(): void {
  useEffect(() => {
    let cancelled = false;
    getLanguage()
      .then(async (lang) => {
        if (!cancelled && isLanguage(lang)) await applyLanguage(lang);
      })
      .catch((err: unknown) => {
        // German stays on; the language is a preference, not data.
        console.warn('stored language unavailable', err);
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
