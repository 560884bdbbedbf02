import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AppCore, AppCoreOptions } from '../core/app-core';
import { silentLogger } from '../core/logger';
import { runElectronApp, type ElectronApi } from './electron-app';
import { FakeEmitter, FakeEvent, FakeWebContents } from './test-fakes';

const paths = {
  rendererDir: '/app/dist/renderer',
  preloadPath: '/app/dist/preload/preload.cjs',
  iconPath: '/app/resources/icon.png',
};

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  webContents = new FakeWebContents();
  show = vi.fn();
  isDestroyed = () => false;
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
    getPath: vi.fn(() => userData),
    getVersion: vi.fn(() => '0.1.0'),
  });
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showMessageBox: vi.fn().mockResolvedValue({ response: 0 }), showErrorBox: vi.fn() },
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
    shell: { openExternal: vi.fn().mockResolvedValue(undefined), openPath: vi.fn().mockResolvedValue('') },
  };
  return { electron, app, defaultSession, order };
}

function fakeCore(language = 'de') {
  const dispatch = vi.fn(async (name: unknown, input: unknown) => {
    if (name === 'settings.get') return { ok: true as const, data: { language } };
    if (name === 'settings.update') return { ok: true as const, data: { language: (input as { language: string }).language } };
    return { ok: true as const, data: null };
  });
  const core = { status: {}, dispatch, database: null, close: vi.fn().mockResolvedValue(undefined) };
  const startCore = vi.fn(async (_options: AppCoreOptions) => core as unknown as AppCore);
  return { core, startCore, dispatch };
}

async function start(options: { lock?: boolean; isPackaged?: boolean; language?: string } = {}) {
  FakeWindow.created = [];
  const fake = fakeElectron(options);
  const core = fakeCore(options.language);
  await runElectronApp(fake.electron as unknown as ElectronApi, { paths, logger: silentLogger, startCore: core.startCore });
  return { ...fake, ...core, window: FakeWindow.created[0] };
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
    await runElectronApp(fake.electron as unknown as ElectronApi, { paths, logger: silentLogger, startCore });
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith('Leitbild-Werkstatt konnte nicht starten', expect.stringContaining('nicht verändert'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(FakeWindow.created).toHaveLength(0);
  });
});
