import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../contract';
import { DEFAULT_LANGUAGE, LANGUAGES, resources } from './resources';

/** The app's one i18next instance (German first; English complete). */
export const i18n: I18n = i18next.createInstance();

const keepDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Initialises synchronously (the resources are bundled); safe to call more than once. */
export function initI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      returnEmptyString: false,
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: false },
    });
    i18n.on('languageChanged', keepDocumentLanguage);
  }
  keepDocumentLanguage(i18n.language);
  return i18n;
}

/** Switches the interface language (and `<html lang>`). */
export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  keepDocumentLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE);
