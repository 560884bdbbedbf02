import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';

/** The CLI speaks the app's language files: German, or English when the system says so. */
export async function cliTranslator(localesDir: string, env: NodeJS.ProcessEnv = process.env): Promise<TFunction> {
  const language = /^en/i.test(env.LEITBILD_LANGUAGE ?? env.LC_ALL ?? env.LANG ?? '') ? 'en' : 'de';
  const resources = Object.fromEntries(
    ['de', 'en'].map((lang) => {
      const dir = path.join(localesDir, lang);
      const tree = Object.fromEntries(
        fs.readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => [path.basename(file, '.json'), JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))]),
      );
      return [lang, { translation: tree }];
    }),
  );
  const instance = i18next.createInstance();
  await instance.init({ lng: language, fallbackLng: 'de', resources, interpolation: { escapeValue: false }, showSupportNotice: false } as never);
  return instance.t;
}
