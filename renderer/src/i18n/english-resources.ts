import { buildResources } from './build-resources';

/** Every `locales/en/<file>.json` but `cli.json` (the CLI's): a chunk of its own, loaded when English is chosen. */
export const englishResources = buildResources(import.meta.glob<Record<string, unknown>>(['../../../locales/en/*.json', '!../../../locales/en/cli.json'], { eager: true, import: 'default' }));
