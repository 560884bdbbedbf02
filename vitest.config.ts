import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Office PCs run on Hamburg time, as the services count days (Europe/Berlin): the renderer's "today"
// must be the same day even when the test machine's clock says UTC (23:00–24:00 differ otherwise).
process.env.TZ = 'Europe/Berlin';

/** The service tests that run on both engines (issue 19: every one, as its domain's SQL is ported). */
const POSTGRES_SUITE = ['main/services/**/*.test.ts'];
/** Backups and restore of the data file: on a shared server the IT backs up (cli backup --database, tested there). */
const SQLITE_ONLY = ['main/services/maintenance/**'];

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['{contract,documents,main,preload,database,scripts,test-support,bench}/**/*.test.ts', '*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The service suite once more, on a real PostgreSQL server (shared office mode): the same
        // test files, each core on its own database. Domains join as their SQL is ported.
        extends: true,
        test: {
          name: 'postgres',
          environment: 'node',
          include: POSTGRES_SUITE,
          exclude: SQLITE_ONLY,
          env: { LBW_TEST_ENGINE: 'postgres' },
          globalSetup: ['test-support/postgres-engine-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
