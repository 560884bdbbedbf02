import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Logger } from '../core/logger';
import { APP_ENTRY_URL } from './app-protocol';

/** The product name is a proper name, the same in every language. */
export const PRODUCT_NAME = 'Leitbild-Werkstatt';

/** The renderer is untrusted: isolated, sandboxed, no Node, no webview, same-origin policy on. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools,
  };
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly iconPath: string;
  /** Only when not packaged. */
  readonly devTools: boolean;
}

export function mainWindowOptions({ preloadPath, iconPath, devTools }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    icon: iconPath,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the one window, shows it once painted and loads the renderer from `app://leitbild/`. */
export function createMainWindow(
  BrowserWindowClass: BrowserWindowConstructor,
  options: MainWindowOptions,
  logger: Logger,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logger.error('loading the renderer failed', error));
  return window;
}

/** Brings an existing window to the front (second instance, menu actions). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
