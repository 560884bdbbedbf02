import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure } from './bench-support';
import { rendererDir, root } from './serve-child';

const TARGET_BYTES = 500 * 1000;

/** Builds the renderer now (`npm run build:renderer`), so the figure is of this commit's code. */
export function buildRenderer(): void {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

/** The JavaScript the window loads before it can show anything: the entry script and its preloaded chunks. */
export function benchBundle(): BenchFigure[] {
  const dir = rendererDir();
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const start = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? match[2]!);
  const bytesOf = (file: string) => fs.statSync(path.join(dir, file)).size;
  const startBytes = start.reduce((sum, file) => sum + bytesOf(file), 0);
  const startGzip = start.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dir, file))).length, 0);
  const all = fs.readdirSync(path.join(dir, 'assets')).filter((file) => file.endsWith('.js'));
  const allBytes = all.reduce((sum, file) => sum + bytesOf(path.join('assets', file)), 0);
  return [
    {
      group: 'Oberfläche',
      name: `Start-Bundle (${start.length} Dateien, gzip ${kB(startGzip)})`,
      value: kB(startBytes),
      anchor: `alle ${all.length} JS-Dateien ${kB(allBytes)}`,
      target: '< 500 kB minifiziert',
      met: startBytes < TARGET_BYTES,
    },
  ];
}
