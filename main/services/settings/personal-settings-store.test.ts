import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../test-support/temp-dir';
import type { Logger } from '../logger';
import { PersonalSettingsStore } from './personal-settings-store';

const spyLogger = () => ({ info: vi.fn(), error: vi.fn() }) satisfies Logger;

describe('personal settings file', () => {
  it('is null before anything is saved, and creates its folder on the first save', () => {
    const file = path.join(tempDir(), 'neu', 'persoenliche-einstellungen.json');
    const store = new PersonalSettingsStore(file, spyLogger());
    expect(store.read()).toBeNull();
    const staged = store.stage({ userName: 'Anna Becker', language: 'en' });
    staged.commit();
    expect(store.read()).toEqual({ userName: 'Anna Becker', language: 'en' });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ version: 1, userName: 'Anna Becker', language: 'en' });
  });

  it('writes atomically: until the rename the old file is untouched, and no temp file is left', () => {
    const dir = tempDir();
    const file = path.join(dir, 'persoenliche-einstellungen.json');
    const store = new PersonalSettingsStore(file, spyLogger());
    store.stage({ userName: 'Alt', language: 'de' }).commit();

    const staged = store.stage({ userName: 'Neu', language: 'en' });
    // A crash now: the old settings are what a restart reads.
    expect(store.read()).toEqual({ userName: 'Alt', language: 'de' });
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    staged.commit();
    expect(store.read()).toEqual({ userName: 'Neu', language: 'en' });
    expect(fs.readdirSync(dir)).toEqual(['persoenliche-einstellungen.json']);

    store.stage({ userName: 'Verworfen', language: 'de' }).discard();
    expect(fs.readdirSync(dir)).toEqual(['persoenliche-einstellungen.json']);
    expect(store.read()?.userName).toBe('Neu');
  });

  it('a failed rename leaves the old file (the target is a folder here)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'persoenliche-einstellungen.json');
    fs.mkdirSync(path.join(file, 'blockiert'), { recursive: true });
    const store = new PersonalSettingsStore(file, spyLogger());
    const staged = store.stage({ userName: 'Anna', language: 'de' });
    expect(() => staged.commit()).toThrow();
    staged.discard();
    expect(fs.readdirSync(dir)).toEqual(['persoenliche-einstellungen.json']);
  });

  it('falls back to the defaults for a broken file, reports it once in the log (without its content) and never throws', () => {
    const file = path.join(tempDir(), 'persoenliche-einstellungen.json');
    fs.writeFileSync(file, '{"userName": "Anna Beck');
    const logger = spyLogger();
    const store = new PersonalSettingsStore(file, logger);
    expect(store.read()).toEqual({ userName: '', language: 'de' });
    expect(store.read()).toEqual({ userName: '', language: 'de' });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]![0])).toMatch(/ignored \(not JSON\)/);
    expect(String(logger.error.mock.calls[0]![0])).not.toMatch(/Anna/);
    // The next save replaces it.
    store.stage({ userName: 'Anna Becker', language: 'en' }).commit();
    expect(store.read()).toEqual({ userName: 'Anna Becker', language: 'en' });
  });

  it('keeps what is good in a half-good file: an unknown language is German, the name stays', () => {
    const file = path.join(tempDir(), 'persoenliche-einstellungen.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, userName: ' Bernd Yilmaz ', language: 'fr' }));
    const logger = spyLogger();
    expect(new PersonalSettingsStore(file, logger).read()).toEqual({ userName: 'Bernd Yilmaz', language: 'de' });
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('restores a previous state, including "no file"', () => {
    const file = path.join(tempDir(), 'persoenliche-einstellungen.json');
    const store = new PersonalSettingsStore(file, spyLogger());
    store.stage({ userName: 'A', language: 'de' }).commit();
    const before = store.readRaw();
    store.stage({ userName: 'B', language: 'en' }).commit();
    store.restore(before);
    expect(store.read()?.userName).toBe('A');
    store.restore(null);
    expect(store.read()).toBeNull();
  });
});
