import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../main/core/data-dir';
import { parseScriptOptions } from './script-options';

describe('script options', () => {
  it('reads --data-dir, --port and --demo', () => {
    expect(parseScriptOptions(['--data-dir', '/tmp/x', '--port', '8123', '--demo'], {})).toMatchObject({
      dataDir: '/tmp/x',
      port: 8123,
      demo: true,
    });
  });

  it('reads --user-dir, the folder of this person’s name and language (none: beside the data)', () => {
    expect(parseScriptOptions(['--data-dir', '/tmp/x', '--user-dir', '/home/anna/lbw'], {}).userDir).toBe('/home/anna/lbw');
    expect(parseScriptOptions([], {}).userDir).toBeUndefined();
  });

  it('takes the port from PORT and defaults to a free port', () => {
    expect(parseScriptOptions([], { PORT: '9000' }).port).toBe(9000);
    expect(parseScriptOptions([], {}).port).toBe(0);
    expect(() => parseScriptOptions(['--port', 'achtzig'], {})).toThrow(/Ungültiger Port/);
  });

  it('chooses the data folder: flag, then LEITBILD_DATA_DIR, then a folder in the home directory', () => {
    expect(resolveDataDir('/daten/a', { LEITBILD_DATA_DIR: '/daten/b' })).toBe(path.resolve('/daten/a'));
    expect(resolveDataDir(undefined, { LEITBILD_DATA_DIR: '/daten/b' })).toBe(path.resolve('/daten/b'));
    expect(resolveDataDir(undefined, {})).toBe(path.join(os.homedir(), 'Leitbild-Werkstatt'));
  });
});
