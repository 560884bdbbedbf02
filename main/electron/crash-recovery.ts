import type { BrowserWindow, Dialog, RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../services/logger';
import type { MenuLabels } from './menu';

type RecoverableWindow = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload' | 'forcefullyCrashRenderer'>;
};

export interface CrashRecoveryOptions {
  readonly dialog: Pick<Dialog, 'showMessageBox'>;
  readonly labels: () => MenuLabels;
  readonly quit: () => void;
  readonly logger: Logger;
}

/**
 * A crashed or hung renderer gets a native question "Neu laden" / "Beenden" instead of a white
 * window. Nothing is lost by reloading: the data, the live minutes included, is saved by the core in
 * the main process as it is typed (autosave within a second), so reloading only redraws the window.
 */
export function offerReloadOnCrash(window: RecoverableWindow, { dialog, labels, quit, logger }: CrashRecoveryOptions): void {
  let asking = false;

  const ask = async (message: string, hung: boolean) => {
    if (asking || window.isDestroyed()) return;
    asking = true;
    try {
      const text = labels();
      // "Warten" only for a hung window: it may still come back by itself.
      const buttons = hung ? [text.reload, text.quit, text.wait] : [text.reload, text.quit];
      const { response } = await dialog.showMessageBox(window as BrowserWindow, {
        type: 'warning',
        title: text.crashTitle,
        message,
        detail: text.crashDetail,
        buttons,
        defaultId: 0,
        cancelId: hung ? 2 : 0,
        noLink: true,
      });
      if (window.isDestroyed()) return;
      if (response === 1) quit();
      else if (response === 0) {
        // A hung renderer does not answer a reload; it is ended first (Electron's documented way).
        if (hung) window.webContents.forcefullyCrashRenderer();
        window.webContents.reload();
      }
    } catch (error) {
      logger.error('crash dialog failed', error);
    } finally {
      asking = false;
    }
  };

  window.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    // 'clean-exit' is the window closing normally.
    if (details.reason === 'clean-exit') return;
    logger.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    void ask(labels().crashMessage, false);
  });
  window.on('unresponsive', () => {
    logger.error('window unresponsive');
    void ask(labels().unresponsiveMessage, true);
  });
}
