import type { App, BrowserWindow } from 'electron';
import type { Logger } from '../services/logger';

/** Closes the database once, however many ways the app is told to end; never rejects. */
export function closeCoreOnce(core: { close(): Promise<void> }, logger: Logger): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () =>
    (closing ??= core.close().catch((error: unknown) => logger.error('closing the database failed', error)));
}

/**
 * Holds the quit until the core has closed the database, then quits for real (once). Returns the
 * shared close, for Windows session end (see `closeCoreOnSessionEnd`).
 */
export function closeCoreOnQuit(
  app: Pick<App, 'on' | 'quit'>,
  core: { close(): Promise<void> },
  logger: Logger,
): () => Promise<void> {
  const close = closeCoreOnce(core, logger);
  let closing = false;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  return close;
}

/**
 * Windows log-off, restart or shutdown: Electron sends no quit events then, only the window's
 * 'session-end', and Windows ends the process shortly after the handler returns. So the
 * synchronous part (`beforeClose`: window state) runs first and the database close is started at
 * once within the handler; its WAL checkpoint usually finishes in a few milliseconds. Whatever
 * is cut off is still safe: SQLite's WAL replays committed transactions on the next start.
 */
export function closeCoreOnSessionEnd(window: Pick<BrowserWindow, 'on'>, close: () => Promise<void>, beforeClose: () => void, logger: Logger): void {
  window.on('session-end', () => {
    logger.info('Windows session ends: closing the database');
    try {
      beforeClose();
    } finally {
      void close();
    }
  });
}
