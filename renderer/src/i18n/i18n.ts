import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../contract';
import { DEFAULT_LANGUAGE, germanResources, LANGUAGES, loadResources } from './resources';

/** The app's one i18next instance (German first; English complete). */
export const i18n: I18n = i18next.createInstance();

const keepDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/**
 * Initialises synchronously with the bundled German texts; `applyLanguage` loads another language
 * first. Safe to call more than once.
 */
export function initI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: germanResources,
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

let latestRequest: Language | undefined;

/** Makes a language's texts available (German is there from the start) without switching to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const loaded = await loadResources(language);
  i18n.addResourceBundle(language, 'translation', loaded[language]?.translation ?? {});
}

/**
 * Switches the interface language (and `<html lang>`) once its texts are loaded: until then the
 * screen stays in the language it had, so no message key ever shows.
 */
export async function applyLanguage(language: Language): Promise<void> {
  latestRequest = language;
  if (!i18n.hasResourceBundle(language, 'translation')) {
    await loadLanguage(language);
    // Chosen again meanwhile (German, then English, then German quickly): the last choice wins.
    if (latestRequest !== language) return;
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
  keepDocumentLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE);
