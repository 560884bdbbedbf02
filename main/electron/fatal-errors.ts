import type { Dialog } from 'electron';
import type { Logger } from '../services/logger';
import type { MenuLabels } from './menu';

export interface FatalErrorOptions {
  readonly dialog: Pick<Dialog, 'showErrorBox'>;
  /** The file logger once it exists; read at the time of the error. */
  readonly logger: () => Logger;
  readonly labels: () => MenuLabels;
}

/**
 * An error nobody caught in the main process is logged every time and shown to the person once per
 * session: without a handler Electron shows a stack trace per error, and a repeating one would put
 * dialog after dialog in front of the work (a crash loop in all but name).
 */
export function reportUncaughtErrors(processEvents: Pick<NodeJS.Process, 'on'>, { dialog, logger, labels }: FatalErrorOptions): void {
  let shown = false;
  const report = (kind: string) => (error: unknown) => {
    logger().error(`${kind} in the main process`, error);
    if (shown) return;
    shown = true;
    try {
      const text = labels();
      dialog.showErrorBox(text.unexpectedErrorTitle, text.unexpectedErrorMessage);
    } catch (dialogError) {
      logger().error('error dialog failed', dialogError);
    }
  };
  processEvents.on('uncaughtException', report('uncaught exception'));
  processEvents.on('unhandledRejection', report('unhandled rejection'));
}
