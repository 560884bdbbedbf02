import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AppCore, AppCoreOptions } from '../core/app-core';
import { silentLogger } from '../services/logger';
import { APP_USER_MODEL_ID, runElectronApp, type ElectronApi } from './electron-app';
import { FakeEmitter, FakeEvent, FakeWebContents } from './test-fakes';

const paths = {
  rendererDir: '/app/dist/renderer',
  preloadPath: '/app/dist/preload/preload.cjs',
  iconPath: '/app/resources/icon.png',
};

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  webContents = Object.assign(new FakeWebContents(), { reload: vi.fn(), forcefullyCrashRenderer: vi.fn(), executeJavaScript: vi.fn().mockResolvedValue(undefined) });
  show = vi.fn();
  maximize = vi.fn();
  isDestroyed = () => false;
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  getBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  setBounds = vi.fn();
  loadURL = vi.fn().mockResolvedValue(undefined);
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeWindow.created.push(this);
  }
}

/** A real temp folder: the app writes its log file into userData/logs. */
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-electron-'));
afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

function fakeElectron({ lock = true, isPackaged = true } = {}) {
  const order: string[] = [];
  const app = Object.assign(new FakeEmitter(), {
    isPackaged,
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => {
      order.push('whenReady');
      return Promise.resolve();
    }),
    getPath: vi.fn((name: string) => (name === 'documents' ? '/home/anna/Dokumente' : userData)),
    getVersion: vi.fn(() => '0.1.0'),
    setAppUserModelId: vi.fn(),
  });
  const defaultSession = Object.assign(new FakeEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showMessageBox: vi.fn().mockResolvedValue({ response: 0 }), showMessageBoxSync: vi.fn((..._args: unknown[]) => 1), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown) => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession },
    // An office PC: 1366×768 with a 40 px taskbar.
    screen: Object.assign(new FakeEmitter(), {
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }]),
      getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1366, height: 728 } })),
    }),
    shell: { openExternal: vi.fn().mockResolvedValue(undefined), openPath: vi.fn().mockResolvedValue('') },
  };
  return { electron, app, defaultSession, order };
}

function fakeCore(language = 'de') {
  const dispatch = vi.fn(async (name: unknown, input: unknown) => {
    if (name === 'settings.get') return { ok: true as const, data: { language } };
    if (name === 'settings.update') return { ok: true as const, data: { language: (input as { language: string }).language } };
    if (name === 'settings.save') return { ok: true as const, data: { settings: { language: (input as { settings: { language: string } }).settings.language }, backups: null } };
    return { ok: true as const, data: null };
  });
  const core = { status: {}, dispatch, database: null, close: vi.fn().mockResolvedValue(undefined) };
  const startCore = vi.fn(async (_options: AppCoreOptions) => core as unknown as AppCore);
  return { core, startCore, dispatch };
}

async function start(options: { lock?: boolean; isPackaged?: boolean; language?: string; os?: NodeJS.Platform } = {}) {
  FakeWindow.created = [];
  const fake = fakeElectron(options);
  const core = fakeCore(options.language);
  // Never the test runner's own process: its handlers would swallow the runner's errors.
  const processEvents = new FakeEmitter();
  await runElectronApp(fake.electron as unknown as ElectronApi, {
    paths,
    logger: silentLogger,
    startCore: core.startCore,
    processEvents: processEvents as unknown as NodeJS.Process,
    os: options.os ?? 'linux',
  });
  return { ...fake, ...core, processEvents, window: FakeWindow.created[0] };
}

const topLabels = (setApplicationMenu: ReturnType<typeof vi.fn>, call = -1) =>
  (setApplicationMenu.mock.calls.at(call)?.[0] as { template: MenuItemConstructorOptions[] }).template.map((i) => i.label);

describe('runElectronApp wiring', () => {
  it('registers the privileged scheme and the sandbox before ready', async () => {
    const { order, electron } = await start();
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('whenReady'));
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('starts Chromium in German so date fields read 26.11.2026', async () => {
    const { electron } = await start();
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'de-DE');
  });

  it('a second instance quits and creates nothing', async () => {
    const { app, window, startCore, electron } = await start({ lock: false });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(window).toBeUndefined();
    expect(startCore).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('the first instance focuses its window on a second start', async () => {
    const { app, window } = await start();
    const focus = vi.fn();
    Object.assign(window!, { isMinimized: () => false, isVisible: () => true, focus, restore: vi.fn() });
    app.emit('second-instance', {}, [], '/');
    expect(focus).toHaveBeenCalled();
  });

  it('denies permissions and blocks remote requests on the default session', async () => {
    const { defaultSession } = await start();
    const callback = vi.fn();
    defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0]({}, 'media', 'app://leitbild', {})).toBe(false);
    expect(defaultSession.setDevicePermissionHandler).toHaveBeenCalled();
    expect(defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
  });

  it('serves the renderer from the built folder through app://', async () => {
    const { electron } = await start();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('starts the core with userData, the app version and the Electron platform', async () => {
    const { startCore, electron } = await start();
    const options = startCore.mock.calls[0]?.[0];
    expect(options).toMatchObject({ dataDir: userData, appVersion: '0.1.0', autoBackup: true });
    expect(fs.existsSync(path.join(userData, 'logs', 'leitbild-werkstatt.log'))).toBe(true);
    expect(options?.platform.transport).toBe('electron');
    // Name and language are this Windows user's own: kept in their profile's userData, not in the data file.
    expect(options?.platform.personalSettingsDir).toBe(userData);
    expect(options?.platform.osFullName).toBeTypeOf('function');
    await expect(options?.platform.openExternal('javascript:alert(1)')).resolves.toBe(false);
    await expect(options?.platform.openExternal('https://www.hamburg.de/')).resolves.toBe(true);
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://www.hamburg.de/']]);
  });

  it('guards every web contents, the window included (installed before ready)', async () => {
    const { app } = await start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    const event = new FakeEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://x.de/' })).toEqual({ action: 'deny' });
  });

  it('creates one secure window loading app://leitbild with the built preload', async () => {
    const { window } = await start();
    expect(FakeWindow.created).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: paths.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://leitbild/index.html');
  });

  it('IPC: only the window main frame reaches the core', async () => {
    const { electron, window, dispatch } = await start();
    expect(electron.ipcMain.handle.mock.calls[0]?.[0]).toBe('leitbild:call');
    const handler = electron.ipcMain.handle.mock.calls[0]?.[1];
    const contents = window!.webContents;
    dispatch.mockClear();
    await handler({ sender: contents, senderFrame: contents.mainFrame }, 'system.status', {});
    expect(dispatch).toHaveBeenCalledWith('system.status', {});
    dispatch.mockClear();
    const foreign = await handler({ sender: contents, senderFrame: { ...contents.mainFrame, url: 'https://evil.example/' } }, 'system.status', {});
    expect(dispatch).not.toHaveBeenCalled();
    expect(foreign).toMatchObject({ ok: false, error: { messageKey: 'errors.forbiddenSender' } });
  });

  it('sets the German menu, English when the settings say so, and follows a language change', async () => {
    const de = await start();
    expect(topLabels(de.electron.Menu.setApplicationMenu)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);

    const en = await start({ language: 'en' });
    expect(topLabels(en.electron.Menu.setApplicationMenu)).toEqual(['File', 'Edit', 'View', 'Help']);

    const handler = de.electron.ipcMain.handle.mock.calls[0]?.[1];
    const contents = de.window!.webContents;
    await handler({ sender: contents, senderFrame: contents.mainFrame }, 'settings.update', { language: 'en' });
    expect(topLabels(de.electron.Menu.setApplicationMenu)).toEqual(['File', 'Edit', 'View', 'Help']);
    // The settings screen's one "Speichern" (settings.save) switches it too.
    await handler({ sender: contents, senderFrame: contents.mainFrame }, 'settings.save', { settings: { language: 'de' } });
    expect(topLabels(de.electron.Menu.setApplicationMenu)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
  });

  it('"Hilfe zu dieser Seite" (F1) in the Hilfe menu opens the in-app guide of the shown window', async () => {
    const { electron, window } = await start();
    const template = (electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: MenuItemConstructorOptions[] }).template;
    const entry = ((template[3]?.submenu ?? []) as MenuItemConstructorOptions[]).find((item) => item.label === 'Hilfe zu dieser Seite');
    expect(entry?.accelerator).toBe('F1');
    (entry?.click as unknown as () => void)();
    expect(window!.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining("key: 'F1'"));
  });

  it('shows dev tools in the menu only when not packaged', async () => {
    const hasDevTools = (setApplicationMenu: ReturnType<typeof vi.fn>) =>
      (setApplicationMenu.mock.calls.at(-1)?.[0] as { template: MenuItemConstructorOptions[] }).template
        .flatMap((top) => (top.submenu ?? []) as MenuItemConstructorOptions[])
        .some((item) => item.role === 'toggleDevTools');
    expect(hasDevTools((await start({ isPackaged: true })).electron.Menu.setApplicationMenu)).toBe(false);
    expect(hasDevTools((await start({ isPackaged: false })).electron.Menu.setApplicationMenu)).toBe(true);
  });

  it('closes the core before quitting, and quits when all windows are closed', async () => {
    const { app, core } = await start();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    const event = new FakeEvent();
    app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(core.close).toHaveBeenCalled();
  });

  it('tells the person in German and exits with an error code when the start fails', async () => {
    FakeWindow.created = [];
    const fake = fakeElectron();
    const startCore = vi.fn().mockRejectedValue(new Error('disk full'));
    await runElectronApp(fake.electron as unknown as ElectronApi, { paths, logger: silentLogger, startCore, processEvents: new FakeEmitter() as unknown as NodeJS.Process });
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith('Leitbild-Werkstatt konnte nicht starten', expect.stringContaining('nicht verändert'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    // The window was already open (the app frame) when the core failed; the app ends all the same.
    expect(FakeWindow.created).toHaveLength(1);
  });

  it('opens the window before the core has opened the data file, and answers its calls once the core is ready', async () => {
    FakeWindow.created = [];
    const fake = fakeElectron();
    const { core } = fakeCore();
    let openCore: (value: AppCore) => void = () => undefined;
    const startCore = vi.fn((_options: AppCoreOptions) => new Promise<AppCore>((resolve) => (openCore = resolve)));
    const running = runElectronApp(fake.electron as unknown as ElectronApi, { paths, logger: silentLogger, startCore, processEvents: new FakeEmitter() as unknown as NodeJS.Process });
    await vi.waitFor(() => expect(FakeWindow.created).toHaveLength(1));
    expect(startCore.mock.calls[0]?.[0]).toMatchObject({ integrityCheck: 'after-start', autoBackup: true });
    const handler = fake.electron.ipcMain.handle.mock.calls[0]?.[1] as (event: unknown, name: string, input: unknown) => Promise<unknown>;
    const contents = FakeWindow.created[0]!.webContents;
    const answer = handler({ sender: contents, senderFrame: contents.mainFrame }, 'system.status', {});
    let answered = false;
    void answer.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    expect(core.dispatch).not.toHaveBeenCalled();

    openCore(core as unknown as AppCore);
    await running;
    await answer;
    expect(core.dispatch).toHaveBeenCalledWith('system.status', {});
  });
});

describe('desktop conventions (issue 14)', () => {
  const settingsFile = path.join(userData, 'fenster-und-ordner.json');

  it('groups the taskbar under the appId of electron-builder.yml, on Windows only', async () => {
    const yml = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replaceAll('.', '\\.')}$`, 'm'));
    expect((await start({ os: 'win32' })).app.setAppUserModelId).toHaveBeenCalledWith(APP_USER_MODEL_ID);
    expect((await start({ os: 'linux' })).app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('opens at most as large as the work area of a 1366×768 office PC, then saves the place on close', async () => {
    fs.rmSync(settingsFile, { force: true });
    const { window } = await start();
    expect(window?.options).toMatchObject({ width: 1280, height: 728, x: 43, y: 0 });
    window?.emit('close');
    expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8')).window).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
  });

  it('restores the saved place and maximises once painted', async () => {
    fs.writeFileSync(settingsFile, JSON.stringify({ window: { bounds: { x: 100, y: 50, width: 900, height: 600 }, maximized: true } }));
    const { window } = await start();
    expect(window?.options).toMatchObject({ x: 100, y: 50, width: 900, height: 600 });
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalled();
    expect(window?.show).not.toHaveBeenCalled();
    fs.rmSync(settingsFile, { force: true });
  });

  it('reports an uncaught error in the main process once, in German', async () => {
    const { processEvents, electron } = await start();
    processEvents.emit('uncaughtException', new Error('boom'));
    processEvents.emit('unhandledRejection', new Error('again'));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Unerwarteter Fehler in der Leitbild-Werkstatt', expect.stringContaining('Protokolldatei'));
  });

  it('offers "Neu laden" when the renderer crashes and reloads the window', async () => {
    const { window, electron } = await start();
    window?.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(window?.webContents.reload).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Neu laden', 'Beenden'] });
  });

  it('asks "Ungespeicherte Änderungen verwerfen?" when the renderer refuses to unload, and closes only on "Verwerfen"', async () => {
    const { window, electron } = await start();
    const stay = new FakeEvent();
    window?.webContents.emit('will-prevent-unload', stay);
    expect(electron.dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({ message: 'Ungespeicherte Änderungen verwerfen?' });
    expect(stay.defaultPrevented).toBe(false);
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const discard = new FakeEvent();
    window?.webContents.emit('will-prevent-unload', discard);
    expect(discard.defaultPrevented).toBe(true);
  });

  it('closes the database when the Windows session ends, and only once with the quit after it', async () => {
    const { window, core, app } = await start();
    window?.emit('session-end');
    expect(core.close).toHaveBeenCalledTimes(1);
    app.emit('will-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('gives a page download (<a download>) the same dialog', async () => {
    const { defaultSession } = await start();
    const item = Object.assign(new FakeEmitter(), { getFilename: () => 'Auskunft.docx', setSaveDialogOptions: vi.fn(), getSavePath: () => '' });
    defaultSession.emit('will-download', new FakeEvent(), item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join('/home/anna/Dokumente', 'Auskunft.docx') }));
  });

  it('gives the core a save dialog that starts in the Dokumente folder', async () => {
    const { startCore, electron } = await start();
    Object.assign(electron.dialog, { showSaveDialog: vi.fn().mockResolvedValue({ canceled: true }) });
    const platform = startCore.mock.calls[0]?.[0].platform;
    await expect(platform?.saveFile?.({ fileName: 'Protokoll.docx', kind: 'docx', contentBase64: '' })).resolves.toEqual({ saved: false, download: false });
    expect((electron.dialog as unknown as { showSaveDialog: ReturnType<typeof vi.fn> }).showSaveDialog.mock.calls[0]?.at(-1)).toMatchObject({
      defaultPath: path.join('/home/anna/Dokumente', 'Protokoll.docx'),
    });
  });
});
