import type { App, BrowserWindow } from 'electron';
import { focusWindow } from './window';

/**
 * Only one instance may hold the data file. Returns false (and quits) when another instance
 * already runs; otherwise a later start focuses our window instead of opening a second one.
 */
export function acquireSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(getWindow()));
  return true;
}
