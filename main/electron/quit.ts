import type { App } from 'electron';
import type { Logger } from '../core/logger';

/** Holds the quit until the core has closed the database, then quits for real (once). */
export function closeCoreOnQuit(
  app: Pick<App, 'on' | 'quit'>,
  core: { close(): Promise<void> },
  logger: Logger,
): void {
  let closing = false;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    core
      .close()
      .catch((error: unknown) => logger.error('closing the database failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
