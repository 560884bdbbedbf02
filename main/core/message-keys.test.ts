import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const NAMESPACES = ['validation', 'errors', 'fieldsOfAction', 'editions', 'measures', 'settings', 'backups', 'meetings', 'contacts', 'documents', 'meetingErrors'];
const KEY = new RegExp(`['"\`]((?:${NAMESPACES.join('|')})\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+|(?:validation|errors|meetingErrors)\\.[A-Za-z0-9]+)['"\`]`, 'g');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

function locale(language: string): Record<string, unknown> {
  const dir = path.join(root, 'locales', language);
  return Object.fromEntries(
    fs.readdirSync(dir).map((file) => [path.basename(file, '.json'), JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))]),
  );
}

const lookup = (tree: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

/** Every message key the main side can send back is translated, so no user ever sees a raw key. */
describe('message keys sent by main', () => {
  const used = new Set<string>();
  for (const file of ['contract', 'main/core', 'main/services', 'main/server', 'main/electron'].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(KEY)) used.add(match[1]!);
  }
  // Built from zod's expected type at run time.
  for (const type of ['string', 'number', 'boolean', 'array', 'object']) used.add(`validation.expected.${type}`);
  // Built from the preflight's refusal reason.
  for (const reason of ['corrupt', 'newer-version', 'foreign-file', 'unreadable', 'not-writable', 'disk-full', 'io-error', 'foreign-schema']) used.add(`backups.errors.refused.${reason}`);

  it('finds the keys in the sources', () => {
    expect(used.size).toBeGreaterThan(15);
    expect(used).toContain('fieldsOfAction.errors.inUse');
  });

  it.each(['de', 'en'])('has a %s text for every key', (language) => {
    const texts = locale(language);
    // A key with a count may exist only in its plural forms (the renderer resolves them by count).
    const translated = (key: string) => typeof lookup(texts, key) === 'string' || (typeof lookup(texts, `${key}_one`) === 'string' && typeof lookup(texts, `${key}_other`) === 'string');
    const missing = [...used].filter((key) => !translated(key));
    expect(missing).toEqual([]);
  });
});
