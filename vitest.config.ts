import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { postgresServer } from './test-support/postgres-server';

// Office PCs run on Hamburg time, as the services count days (Europe/Berlin): the renderer's "today"
// must be the same day even when the test machine's clock says UTC (23:00–24:00 differ otherwise).
process.env.TZ = 'Europe/Berlin';

/** The service tests, which run on both engines (one suite, not copies). */
const POSTGRES_SUITE = ['main/services/**/*.test.ts'];
/** Backups and restore of the data file: on a shared server the IT backs up (cli backup --database, tested there). */
const SQLITE_ONLY = ['main/services/maintenance/**'];

/**
 * Where no PostgreSQL server is installed (a developer's machine), the second run is left out with a
 * loud warning; on CI (CI=true) it is never left out: the setup then fails (test-support/required.ts).
 */
const postgresProject = postgresServer.skip
  ? []
  : [
      {
        // The service suite once more, on a real PostgreSQL server (shared office mode): the same
        // test files, each core on a database of its own (test-support/test-engine.ts).
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
    ];

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
      ...postgresProject,
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
