import type { BrowserWindow, Dialog, MenuItemConstructorOptions, Shell } from 'electron';
import type { Language } from '../../contract';
import type { Logger } from '../services/logger';
import deMenu from '../../locales/de/menu.json';
import enMenu from '../../locales/en/menu.json';
import { PRODUCT_NAME } from './window';

export type MenuLabels = typeof deMenu;

const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = { de: deMenu, en: enMenu };

/** German unless English is asked for; the menu follows the data's language setting. */
export function menuLabels(language: unknown): MenuLabels {
  return language === 'en' ? MENU_LABELS.en : MENU_LABELS.de;
}

export interface MenuActions {
  /** Shows reload and dev tools entries; only when the app is not packaged. */
  readonly devTools: boolean;
  /** "Hilfe zu dieser Seite" (F1): the in-app guide for the screen on show. */
  readonly onOpenHelp: () => void;
  readonly onAbout: () => void;
  readonly onOpenDataFolder: () => void;
  readonly onOpenLogFile: () => void;
}

/** The application menu: labels from `locales/<lang>/menu.json`, roles for the standard actions. */
export function buildMenuTemplate(labels: MenuLabels, actions: MenuActions): MenuItemConstructorOptions[] {
  // No "Neu laden" for users: Ctrl+R in the middle of a form would throw away what is not yet
  // saved. Developers get it with the dev tools (not packaged).
  const viewItems: MenuItemConstructorOptions[] = [
    ...(actions.devTools ? [{ role: 'reload', label: labels.reload } as const] : []),
    { role: 'togglefullscreen', label: labels.toggleFullScreen },
    { type: 'separator' },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { role: 'resetZoom', label: labels.resetZoom },
  ];
  if (actions.devTools) {
    viewItems.push({ type: 'separator' }, { role: 'toggleDevTools', label: labels.toggleDevTools });
  }
  return [
    { label: labels.file, submenu: [{ role: 'quit', label: labels.quit }] },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { type: 'separator' },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: viewItems },
    {
      label: labels.help,
      submenu: [
        // F1 reaches the page first; this entry fires when the page leaves the key alone, or on a click.
        { label: labels.helpContents, accelerator: 'F1', click: () => actions.onOpenHelp() },
        { type: 'separator' },
        { label: labels.about, click: () => actions.onAbout() },
        { label: labels.openDataFolder, click: () => actions.onOpenDataFolder() },
        { label: labels.openLogFile, click: () => actions.onOpenLogFile() },
      ],
    },
  ];
}

/**
 * What "Hilfe zu dieser Seite" runs in the page: the same F1 the keyboard sends, so the renderer
 * decides (the guide for its screen; in live mode its keyboard shortcuts). A constant script, no
 * data from outside; the preload bridge stays the one `call` function.
 */
export const PRESS_F1_IN_PAGE = "window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1', bubbles: true, cancelable: true }))";

type HelpWindow = Pick<BrowserWindow, 'isDestroyed'> & { readonly webContents: Pick<BrowserWindow['webContents'], 'executeJavaScript'> };

/** Opens the in-app help of the shown screen; a failure is logged (the page may be reloading). */
export function openHelpInPage(window: HelpWindow | null, logger: Logger): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.executeJavaScript(PRESS_F1_IN_PAGE).catch((error: unknown) => logger.error('opening the help failed', error));
}

export function showAboutDialog(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: BrowserWindow | null,
  labels: MenuLabels,
  version: string,
): Promise<unknown> {
  const options = {
    type: 'info' as const,
    title: labels.aboutTitle,
    message: PRODUCT_NAME,
    detail: labels.aboutDetail.replaceAll('{{version}}', version),
    buttons: [labels.ok],
  };
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

/** Opens a folder or file with the system's program; a failure is shown, not thrown. */
async function openInSystem(
  shell: Pick<Shell, 'openPath'>,
  dialog: Pick<Dialog, 'showErrorBox'>,
  target: string,
  texts: { title: string; failed: string },
  logger: Logger,
): Promise<void> {
  const problem = await shell.openPath(target);
  if (problem) {
    logger.error(`opening ${texts.title} failed`, problem);
    dialog.showErrorBox(texts.title, texts.failed);
  }
}

export const openDataFolder = (shell: Pick<Shell, 'openPath'>, dialog: Pick<Dialog, 'showErrorBox'>, dataDir: string, labels: MenuLabels, logger: Logger) =>
  openInSystem(shell, dialog, dataDir, { title: labels.openDataFolder, failed: labels.openDataFolderFailed }, logger);

/** "Protokolldatei öffnen": the log for the IT support, in the system's text viewer. */
export const openLogFile = (shell: Pick<Shell, 'openPath'>, dialog: Pick<Dialog, 'showErrorBox'>, logFile: string, labels: MenuLabels, logger: Logger) =>
  openInSystem(shell, dialog, logFile, { title: labels.openLogFile, failed: labels.openLogFileFailed }, logger);
