import fs from 'node:fs';
import path from 'node:path';

export type UiLanguage = 'de' | 'en';

const localesDir = path.resolve(import.meta.dirname, '..', '..', 'locales');
const cache = new Map<UiLanguage, Record<string, unknown>>();

function bundle(language: UiLanguage): Record<string, unknown> {
  let loaded = cache.get(language);
  if (!loaded) {
    loaded = {};
    for (const file of fs.readdirSync(path.join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
      loaded[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(localesDir, language, file), 'utf8')) as unknown;
    }
    cache.set(language, loaded);
  }
  return loaded;
}

/**
 * The interface text of a key ("meetings.page.markHeld") in one language, as the app shows it, so a
 * test that runs in German and in English finds the same button by its visible label.
 */
export function uiText(language: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), bundle(language));
  if (typeof found !== 'string') throw new Error(`no text for ${key} in ${language}`);
  return found.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
