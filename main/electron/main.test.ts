import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: {
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  },
  BrowserWindow: vi.fn(),
  dialog: {},
  ipcMain: { handle: vi.fn() },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  screen: {},
  session: { defaultSession: {} },
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('main entry', () => {
  it('wires the real electron module: scheme registered, lock requested, second instance quits', async () => {
    await import('./main');
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});
