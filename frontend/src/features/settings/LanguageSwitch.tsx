import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../api/settings';
import { toApiError } from '../../api/errors';
import { errorReason } from '../../components/errorReason';
import { useToast } from '../../components/Toasts';
import { applyLanguage, languages, type Language } from '../../i18n';

/** LanguageSwitch flips the UI language and stores the choice in the workspace. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const current = i18n.resolvedLanguage ?? 'de';

  const choose = async (lang: Language) => {
    if (lang === current) return;
    await applyLanguage(lang);
    try {
      await setLanguage(lang);
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  return (
    <div className="segmented" role="group" aria-label={t('topbar.language')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          className={`segmented__item${lang === current ? ' segmented__item--active' : ''}`}
          aria-pressed={lang === current}
          lang={lang}
          title={t(`languages.${lang}`)}
          onClick={() => void choose(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
