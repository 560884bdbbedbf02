import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Logger } from '../services/logger';
import { APP_ENTRY_URL } from './app-protocol';
import { DEFAULT_WINDOW_SIZE, type SavedWindowState } from './window-state';

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
  /** Where it opens (see window-state.ts); without it the default size, centred by the system. */
  readonly placement?: SavedWindowState;
}

export function mainWindowOptions({ preloadPath, iconPath, devTools, placement }: MainWindowOptions): BrowserWindowConstructorOptions {
  const bounds = placement?.bounds ?? DEFAULT_WINDOW_SIZE;
  return {
    title: PRODUCT_NAME,
    ...bounds,
    // A minimum above a small work area would push the window off the screen.
    minWidth: Math.min(960, bounds.width),
    minHeight: Math.min(600, bounds.height),
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
  // maximize() shows the window too; doing it before it has painted would flash white.
  window.once('ready-to-show', () => (options.placement?.maximized ? window.maximize() : window.show()));
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
