import type { Resource } from 'i18next';

/**
 * One namespace per language; each file becomes the subtree named after it, so
 * `locales/de/fieldsOfAction.json` → `fieldsOfAction.errors.nameTaken`. That is exactly the
 * shape of the message keys the main side sends.
 */
export function buildResources(modules: Record<string, Record<string, unknown>>): Resource {
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
