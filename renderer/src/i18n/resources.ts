import type { Resource } from 'i18next';
import type { Language } from '../../../contract';
import { buildResources } from './build-resources';

export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';

/**
 * Every `locales/de/<file>.json` but the command line's (`cli.json`, read by the CLI from disk),
 * bundled at build time: German comes first and is the fallback.
 */
export const germanResources = buildResources(import.meta.glob<Record<string, unknown>>(['../../../locales/de/*.json', '!../../../locales/de/cli.json'], { eager: true, import: 'default' }));

/** The other languages stay out of the start bundle: each is a chunk, loaded when chosen. */
const loaders: Record<Language, () => Promise<Resource>> = {
  de: () => Promise.resolve(germanResources),
  en: () => import('./english-resources').then((module) => module.englishResources),
};

/** The resources of one language (`{ [language]: { translation } }`). */
export const loadResources = (language: Language): Promise<Resource> => loaders[language]();
