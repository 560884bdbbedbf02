import type { App, BrowserWindow, Dialog, IpcMain, Menu, Protocol, Session, Shell } from 'electron';
import path from 'node:path';
import { startAppCore } from '../core/app-core';
import { createFileLogger } from '../core/file-logger';
import type { Dispatch } from '../core/dispatch';
import type { Platform } from '../core/handlers';
import type { Logger } from '../core/logger';
import { osUserName } from '../core/os-user';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createOpenExternal } from './external-links';
import { registerCallHandler } from './ipc';
import { buildMenuTemplate, menuLabels, openDataFolder, openLogFile, showAboutDialog } from './menu';
import { installNavigationGuards } from './navigation';
import type { AppPaths } from './paths';
import { blockRemoteRequests, denyAllPermissions } from './permissions';
import { closeCoreOnQuit } from './quit';
import { acquireSingleInstance } from './single-instance';
import { createMainWindow, type BrowserWindowConstructor } from './window';

/** The parts of the `electron` module the app uses; passed in so the wiring can be tested. */
export interface ElectronApi {
  readonly app: App;
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly dialog: Dialog;
  readonly ipcMain: IpcMain;
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly protocol: Protocol;
  readonly session: { readonly defaultSession: Session };
  readonly shell: Shell;
}

export interface ElectronAppOptions {
  readonly paths: AppPaths;
  readonly logger: Logger;
  readonly startCore?: typeof startAppCore;
}

async function readLanguage(dispatch: Dispatch): Promise<unknown> {
  const settings = await dispatch('settings.get', {});
  return settings.ok ? (settings.data as { language?: unknown }).language : undefined;
}

/**
 * Starts the desktop app: everything that must happen before `ready` first (privileged scheme,
 * sandbox, single-instance lock, navigation guards), then permissions, protocol, core, IPC,
 * menu and the window. Resolves when the window is created, or at once in a second instance.
 */
export async function runElectronApp(electron: ElectronApi, options: ElectronAppOptions): Promise<void> {
  const { app, dialog, ipcMain, protocol, session, shell, Menu } = electron;
  const { paths, startCore = startAppCore } = options;
  let logger = options.logger;

  registerAppScheme(protocol);
  app.enableSandbox();
  // Date fields and number formats follow Chromium's locale: German, as the offices expect.
  app.commandLine.appendSwitch('lang', 'de-DE');

  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => mainWindow;
  if (!acquireSingleInstance(app, getWindow)) return;

  const openExternal = createOpenExternal(shell, logger);
  installNavigationGuards(app, openExternal);
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  try {
    denyAllPermissions(session.defaultSession);
    blockRemoteRequests(session.defaultSession);
    handleAppProtocol(protocol, paths.rendererDir);

    const dataDir = app.getPath('userData');
    const fileLogger = createFileLogger(path.join(dataDir, 'logs'), options.logger);
    logger = fileLogger;
    logger.info(`start ${app.getVersion()}`);
    const platform: Platform = { transport: 'electron', osUserName: osUserName(), openExternal };
    const core = await startCore({ dataDir, appVersion: app.getVersion(), platform, logger, autoBackup: true });
    closeCoreOnQuit(app, core, logger);

    const devTools = !app.isPackaged;
    let labels = menuLabels(undefined);
    const applyMenu = (language: unknown) => {
      labels = menuLabels(language);
      const template = buildMenuTemplate(labels, {
        devTools,
        onAbout: () => {
          showAboutDialog(dialog, mainWindow, labels, app.getVersion()).catch((error: unknown) =>
            logger.error('about dialog failed', error),
          );
        },
        onOpenDataFolder: () => void openDataFolder(shell, dialog, dataDir, labels, logger),
        onOpenLogFile: () => void openLogFile(shell, dialog, fileLogger.file, labels, logger),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    applyMenu(await readLanguage(core.dispatch));

    // The menu follows a language change made in the settings.
    const dispatch: Dispatch = async (name, input) => {
      const result = await core.dispatch(name, input);
      if (name === 'settings.update' && result.ok) {
        const language = (result.data as { language?: unknown }).language;
        if (menuLabels(language) !== labels) applyMenu(language);
      }
      return result;
    };
    registerCallHandler(ipcMain, { getWindow, dispatch, logger });

    mainWindow = createMainWindow(
      electron.BrowserWindow,
      { preloadPath: paths.preloadPath, iconPath: paths.iconPath, devTools },
      logger,
    );
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  } catch (error) {
    logger.error('start of the desktop app failed', error);
    // A person sees why the window did not open, rather than nothing at all.
    const labels = menuLabels(app.getLocale?.()?.startsWith('en') ? 'en' : 'de');
    dialog.showErrorBox(labels.startFailedTitle, labels.startFailedMessage);
    app.exit(1);
  }
}
