import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the real renderer in Debian's Chromium against browser mode. */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // Toasts fade in; axe would otherwise measure a half-transparent colour. The app drops the
    // animation for people who ask for reduced motion, and so do the tests.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // As the Electron shell does: date and time fields in German (TT.MM.JJJJ, 18:30). Chromium on
        // Linux takes the format from LANG and needs its German locale pack (Debian: chromium-l10n).
        '--lang=de-DE',
      ],
      env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
    },
  },
});
