import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

interface TargetEntry {
  target: string;
  arch?: string[];
}
type Targets = (string | TargetEntry)[];

const root = path.dirname(fileURLToPath(import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML document
const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const targetNames = (targets: Targets | undefined) => (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder (its own schema check)', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
    };
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the app and writes to release/', () => {
    expect(config.appId).toBe('de.hamburg.bezirk.leitbildwerkstatt');
    expect(config.productName).toBe('Leitbild-Werkstatt');
    expect(config.directories.output).toBe('release');
  });

  it('packs dist, package.json and resources', () => {
    expect(config.files).toContain('dist/**');
    expect(config.files).toContain('package.json');
    expect(config.files).toContain('resources/**');
    expect(fs.existsSync(path.join(root, 'resources', 'icon.png'))).toBe(true);
  });

  it('uses asar and unpacks the native sqlite3 module', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**');
  });

  it('Windows: per-user NSIS installer without elevation, plus a portable build', () => {
    expect(targetNames(config.win.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.deleteAppDataOnUninstall).not.toBe(true);
    expect(config.win.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker');
    expect(config.portable.requestExecutionLevel ?? 'user').toBe('user');
  });

  it('Linux: AppImage and deb, category Office, with a maintainer', () => {
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('takes the icon from resources/', () => {
    expect(config.win.icon).toBe('resources/icon.png');
    expect(config.linux.icon).toBe('resources/icon.png');
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('the main entry of package.json is the bundle that the build script writes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(fs.readFileSync(path.join(root, 'scripts', 'build-electron.mjs'), 'utf8')).toContain("'dist/main/main.cjs'");
  });
});
