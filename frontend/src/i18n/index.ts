import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';
import { languages, type Language } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

export const resources = {
  de: { translation: de },
  en: { translation: en },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: [...languages],
  // React escapes every text it renders; escaping here would double it.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  // No console advert at start, in the app or in the tests.
  showSupportNotice: false,
});

/** applyLanguage switches the UI language and the document's lang attribute. */
export async function applyLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export { i18n };
export { isLanguage, languages, type Language } from './messages';
