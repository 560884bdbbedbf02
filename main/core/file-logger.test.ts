import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { createFileLogger, LOG_FILE_NAME } from './file-logger';

describe('file logger', () => {
  it('writes timestamped lines with stacks for errors', () => {
    const dir = tempDir();
    const logger = createFileLogger(dir);
    logger.info('start, schema 2');
    logger.error('backup failed', new Error('disk full'));
    const text = fs.readFileSync(path.join(dir, LOG_FILE_NAME), 'utf8');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT.* INFO start, schema 2$/m);
    expect(text).toMatch(/ERROR backup failed\nError: disk full\n\s+at /);
  });

  it('logs what a wrapped failure was caused by', () => {
    const dir = tempDir();
    createFileLogger(dir).error('cli export-contacts failed', new Error('Die Datei konnte nicht gespeichert werden.', { cause: new TypeError("Cannot read properties of undefined (reading 'replace')") }));
    const text = fs.readFileSync(path.join(dir, LOG_FILE_NAME), 'utf8');
    expect(text).toMatch(/Error: Die Datei konnte nicht gespeichert werden\.\n\s+at [\s\S]*\nCaused by: TypeError: Cannot read properties of undefined \(reading 'replace'\)\n\s+at /);
  });

  it('rotates at 1 MB and keeps five files', () => {
    const dir = tempDir();
    const logger = createFileLogger(dir);
    const line = 'x'.repeat(10_000);
    for (let i = 0; i < 700; i++) logger.info(line);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`, `${LOG_FILE_NAME}.3`, `${LOG_FILE_NAME}.4`]);
    for (const file of files) expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(1024 * 1024 + 10_100);
  });

  it('never throws, even when the folder disappears', () => {
    const dir = tempDir();
    const logger = createFileLogger(dir);
    fs.rmSync(dir, { recursive: true });
    expect(() => logger.error('still fine')).not.toThrow();
  });
});
