import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Office PCs run on Hamburg time, as the services count days (Europe/Berlin): the renderer's "today"
// must be the same day even when the test machine's clock says UTC (23:00–24:00 differ otherwise).
process.env.TZ = 'Europe/Berlin';

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
