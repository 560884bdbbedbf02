import type { App, BrowserWindow, Dialog, IpcMain, Menu, Protocol, Session, Shell } from 'electron';
import path from 'node:path';
import { startAppCore } from '../core/app-core';
import { createFileLogger } from '../core/file-logger';
import type { Dispatch } from '../core/dispatch';
import type { Platform } from '../core/handlers';
import type { Logger } from '../services/logger';
import { osFullName, osUserName } from '../core/os-user';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createOpenExternal } from './external-links';
import { registerCallHandler } from './ipc';
import { buildMenuTemplate, menuLabels, openDataFolder, openHelpInPage, openLogFile, showAboutDialog } from './menu';
import { installNavigationGuards } from './navigation';
import type { AppPaths } from './paths';
import { blockRemoteRequests, denyAllPermissions } from './permissions';
import { closeCoreOnQuit, closeCoreOnSessionEnd } from './quit';
import { offerReloadOnCrash } from './crash-recovery';
import { askBeforeDiscardingChanges } from './unsaved-changes';
import { reportUncaughtErrors } from './fatal-errors';
import { applySaveDialogToDownloads, createChooseDatabaseFile, createSaveExport, createSaveFile } from './save-file';
import { openShellSettings } from './shell-settings';
import { acquireSingleInstance } from './single-instance';
import { createMainWindow, type BrowserWindowConstructor } from './window';
import { keepWindowOnScreen, placeWindow, trackWindowState, type ScreenApi } from './window-state';

/** electron-builder.yml's appId: Windows groups the taskbar button and notifications by it. */
export const APP_USER_MODEL_ID = 'de.hamburg.bezirk.leitbildwerkstatt';

/** The parts of the `electron` module the app uses; passed in so the wiring can be tested. */
export interface ElectronApi {
  readonly app: App;
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly dialog: Dialog;
  readonly ipcMain: IpcMain;
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly protocol: Protocol;
  readonly screen: ScreenApi;
  readonly session: { readonly defaultSession: Session };
  readonly shell: Shell;
}

export interface ElectronAppOptions {
  readonly paths: AppPaths;
  readonly logger: Logger;
  readonly startCore?: typeof startAppCore;
  /** The process whose uncaught errors are reported; a stand-in in tests. */
  readonly processEvents?: Pick<NodeJS.Process, 'on'>;
  /** `process.platform`, given in tests. */
  readonly os?: NodeJS.Platform;
}

async function readLanguage(dispatch: Dispatch): Promise<unknown> {
  const settings = await dispatch('settings.get', {});
  return settings.ok ? (settings.data as { language?: unknown }).language : undefined;
}

/**
 * Starts the desktop app: everything that must happen before `ready` first (privileged scheme,
 * sandbox, single-instance lock, navigation guards), then permissions, protocol, core, IPC,
 * menu and the window, then waits for the core. Resolves when the core is open, or at once in a second instance.
 */
export async function runElectronApp(electron: ElectronApi, options: ElectronAppOptions): Promise<void> {
  const { app, dialog, ipcMain, protocol, session, shell, Menu } = electron;
  const { paths, startCore = startAppCore, processEvents = process, os = process.platform } = options;
  let logger = options.logger;
  let labels = menuLabels(undefined);

  registerAppScheme(protocol);
  app.enableSandbox();
  // Date fields and number formats follow Chromium's locale: German, as the offices expect.
  app.commandLine.appendSwitch('lang', 'de-DE');
  // Without it Windows groups the window under electron.exe and shows no app name on notifications.
  if (os === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => mainWindow;
  if (!acquireSingleInstance(app, getWindow)) return;
  reportUncaughtErrors(processEvents, { dialog, logger: () => logger, labels: () => labels });

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
    const shellSettings = openShellSettings(dataDir, logger);
    const saveFile = createSaveFile({
      dialog,
      getWindow,
      settings: shellSettings,
      labels: () => labels,
      defaultFolder: () => app.getPath('documents'),
      logger,
    });
    const saveExport = createSaveExport({ dialog, getWindow, settings: shellSettings, labels: () => labels, defaultFolder: () => app.getPath('documents'), logger });
    const chooseDatabaseFile = createChooseDatabaseFile({ dialog, getWindow, settings: shellSettings, labels: () => labels, defaultFolder: () => app.getPath('documents') });
    applySaveDialogToDownloads(session.defaultSession, { settings: shellSettings, labels: () => labels, defaultFolder: () => app.getPath('documents') });
    // Name and language are this Windows user's own: kept in userData (per profile), not in the shared data file.
    const platform: Platform = { transport: 'electron', osUserName: osUserName(), osFullName, personalSettingsDir: app.getPath('userData'), openExternal, saveFile, saveExport, chooseDatabaseFile };
    // The core opens the file (seconds for a migration) while the window already shows the app frame:
    // calls wait for it, and the full check and the daily backup run after it (startup-tasks.ts).
    const coreReady = startCore({ dataDir, appVersion: app.getVersion(), platform, logger, autoBackup: true, integrityCheck: 'after-start' });
    coreReady.catch(() => undefined); // reported where it is awaited below

    const devTools = !app.isPackaged;
    const applyMenu = (language: unknown) => {
      labels = menuLabels(language);
      const template = buildMenuTemplate(labels, {
        devTools,
        onOpenHelp: () => openHelpInPage(mainWindow, logger),
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
    applyMenu(undefined);

    // The menu follows a language change made in the settings.
    const dispatch: Dispatch = async (name, input) => {
      const result = await (await coreReady).dispatch(name, input);
      if ((name === 'settings.update' || name === 'settings.save') && result.ok) {
        const data = result.data as { language?: unknown; settings?: { language?: unknown } };
        const language = name === 'settings.save' ? data.settings?.language : data.language;
        if (menuLabels(language) !== labels) applyMenu(language);
      }
      return result;
    };
    registerCallHandler(ipcMain, { getWindow, dispatch, logger });

    const { screen } = electron;
    const placement = placeWindow(shellSettings.get().window, screen.getAllDisplays(), screen.getPrimaryDisplay());
    mainWindow = createMainWindow(
      electron.BrowserWindow,
      { preloadPath: paths.preloadPath, iconPath: paths.iconPath, devTools, placement },
      logger,
    );
    const shown = mainWindow;
    const windowState = trackWindowState(mainWindow, shellSettings);
    keepWindowOnScreen(mainWindow, screen);
    offerReloadOnCrash(mainWindow, { dialog, labels: () => labels, quit: () => app.quit(), logger });
    askBeforeDiscardingChanges(mainWindow, { dialog, labels: () => labels });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });

    const core = await coreReady;
    const closeCore = closeCoreOnQuit(app, core, logger);
    closeCoreOnSessionEnd(shown, closeCore, () => windowState.flush(), logger);
    const language = await readLanguage(core.dispatch);
    if (menuLabels(language) !== labels) applyMenu(language);
  } catch (error) {
    logger.error('start of the desktop app failed', error);
    // A person sees why the window did not open, rather than nothing at all.
    const startLabels = menuLabels(app.getLocale?.()?.startsWith('en') ? 'en' : 'de');
    dialog.showErrorBox(startLabels.startFailedTitle, startLabels.startFailedMessage);
    app.exit(1);
  }
}
