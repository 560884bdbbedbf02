import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The builders run in the renderer too: no Node modules, no DOM, nothing fetched. */
describe('the documents module is pure', () => {
  it('imports no Node module and touches no DOM or network', () => {
    for (const file of sources(root)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from '(node:|fs|path|os|child_process|electron)/);
      expect(text, file).not.toMatch(/\bwindow\.|\bdocument\.(body|create|getElement|querySelector)|\bfetch\(|XMLHttpRequest|localStorage|\bBuffer\./);
      expect(text, file).not.toMatch(/from '\.\.\/(main|database|renderer)\//);
    }
  });

  it('bundles for the browser as the renderer will', async () => {
    const result = await build({ entryPoints: [path.join(root, 'index.ts')], bundle: true, platform: 'browser', format: 'esm', charset: 'utf8', write: false, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).toContain('Die Bezirksversammlung möge beschließen:');
  });
});
