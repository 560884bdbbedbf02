import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShellSettings, SHELL_SETTINGS_FILE } from './shell-settings';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-shell-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const logger = () => ({ info: vi.fn(), error: vi.fn() });

describe('shell settings (per PC, in the user-data folder)', () => {
  it('starts empty without a file, writes and reads back', async () => {
    const dir = tempDir();
    const store = openShellSettings(dir, logger());
    expect(store.get()).toEqual({});
    await store.update({ saveFolders: { docx: '/home/anna/Dokumente' } });
    store.updateSync({ window: { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true } });
    expect(openShellSettings(dir, logger()).get()).toEqual({
      saveFolders: { docx: '/home/anna/Dokumente' },
      window: { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true },
    });
  });

  it('treats a damaged or foreign file as empty and logs it', () => {
    const dir = tempDir();
    for (const content of ['{"window": {', '{"window": {"bounds": "left"}}']) {
      fs.writeFileSync(path.join(dir, SHELL_SETTINGS_FILE), content);
      const log = logger();
      expect(openShellSettings(dir, log).get()).toEqual({});
      expect(log.error).toHaveBeenCalled();
    }
  });

  it('a write that fails is logged, not thrown', async () => {
    const log = logger();
    const store = openShellSettings(path.join(tempDir(), 'missing', 'folder'), log);
    await expect(store.update({ saveFolders: {} })).resolves.toBeUndefined();
    expect(() => store.updateSync({ saveFolders: {} })).not.toThrow();
    expect(log.error).toHaveBeenCalledTimes(2);
  });
});
