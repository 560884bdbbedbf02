import type { Resource } from 'i18next';
import type { Language } from '../../../contract';

export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Every `locales/<language>/<file>.json`, bundled at build time. */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

/**
 * One namespace per language; each file becomes the subtree named after it, so
 * `locales/de/fieldsOfAction.json` → `fieldsOfAction.errors.nameTaken`. That is exactly the
 * shape of the message keys the main side sends.
 */
export function buildResources(modules: Record<string, Record<string, unknown>> = files): Resource {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const [path, content] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, file] = match as unknown as [string, string, string];
    const bundle = (resources[language] ??= { translation: {} });
    bundle.translation[file] = content;
  }
  return resources as Resource;
}

export const resources = buildResources();
