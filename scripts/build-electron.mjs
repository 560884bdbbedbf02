// Bundles the Electron main process and the sandboxed preload to CommonJS with esbuild.
// The Electron binary is not needed: `electron` stays an external `require`.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runtime dependencies that ship in `node_modules` (native sqlite3, typeorm and its peers). */
const MAIN_EXTERNALS = ['electron', 'sqlite3', 'typeorm', 'reflect-metadata'];

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  sourcemap: false,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/main.cjs',
    external: MAIN_EXTERNALS,
  }),
  build({
    ...common,
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/preload/preload.cjs',
    external: ['electron'],
  }),
]);
