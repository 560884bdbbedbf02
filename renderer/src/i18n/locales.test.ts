import { describe, expect, it } from 'vitest';
import { loadResources } from './resources';

/** Every locale file of every language (a file that exists in one language only shows up too). */
const raw = import.meta.glob<string>('../../../locales/*/*.json', { eager: true, query: '?raw', import: 'default' });
const contents = new Map(
  Object.entries(raw).map(([file, text]) => {
    const [, language, name] = /\/locales\/([^/]+)\/([^/]+\.json)$/.exec(file) ?? [];
    return [`${language}/${name}`, text];
  }),
);
const LANGUAGES = ['de', 'en'] as const;

const filesOf = (language: string) =>
  [...contents.keys()]
    .filter((key) => key.startsWith(`${language}/`))
    .map((key) => key.slice(language.length + 1))
    .sort();

/** Every leaf as `file.dotted.key` → value. */
function leaves(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${prefix}.${key}`, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function keysOf(language: string): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const file of filesOf(language)) {
    const content: unknown = JSON.parse(contents.get(`${language}/${file}`) ?? 'null');
    leaves(content, file.replace(/\.json$/, ''), all);
  }
  return all;
}

describe('locale files', () => {
  it('has the same files for every language (menu.json included)', () => {
    expect(filesOf('en')).toEqual(filesOf('de'));
    expect(filesOf('de')).toEqual(expect.arrayContaining(['common.json', 'errors.json', 'fieldsOfAction.json', 'validation.json']));
  });

  it('has the same keys in German and English', () => {
    const de = [...keysOf('de').keys()].sort();
    const en = [...keysOf('en').keys()].sort();
    expect(en.filter((key) => !de.includes(key)), 'only in English').toEqual([]);
    expect(de.filter((key) => !en.includes(key)), 'only in German').toEqual([]);
  });

  it.each(LANGUAGES)('has no empty or non-text values in %s', (language) => {
    const bad = [...keysOf(language)].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('bundles every file under its name (fieldsOfAction.json → fieldsOfAction.…), each language on its own, but the CLI\'s', async () => {
    for (const language of LANGUAGES) {
      const resources = await loadResources(language);
      expect(Object.keys(resources)).toEqual([language]);
      const bundle = resources[language]?.translation as Record<string, unknown> | undefined;
      const forScreens = filesOf(language).filter((file) => file !== 'cli.json');
      expect(Object.keys(bundle ?? {}).sort()).toEqual(forScreens.map((file) => file.replace(/\.json$/, '')));
    }
  });

  it('translates every message key the main side can send', () => {
    const de = keysOf('de');
    const expected = [
      'validation.required',
      'validation.tooLong',
      'validation.tooShort',
      'validation.tooSmall',
      'validation.tooLarge',
      'validation.tooFewItems',
      'validation.tooManyItems',
      'validation.unknownField',
      'validation.invalidFormat',
      'validation.invalid',
      'validation.expected.string',
      'validation.expected.number',
      'validation.expected.int',
      'validation.expected.boolean',
      'validation.expected.array',
      'validation.expected.object',
      'validation.shortCode',
      'validation.email',
      'validation.externalUrl',
      'fieldsOfAction.errors.nameTaken',
      'fieldsOfAction.errors.inUse',
      'fieldsOfAction.errors.reorderStale',
      'fieldsOfAction.errors.notFound',
      'errors.unknownCall',
      'errors.invalidInput',
      'errors.internal',
      'errors.databaseUnavailable',
      'errors.forbidden',
      'errors.forbiddenSender',
      'errors.network',
    ];
    expect(expected.filter((key) => !de.has(key))).toEqual([]);
  });
});
