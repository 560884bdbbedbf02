import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockReset();
    electron.ipcRenderer.invoke.mockReset();
    await import('./index');
  });

  it('exposes exactly one key, "leitbild", once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('leitbild');
  });

  it('the exposed object has only `call` (no raw ipcRenderer, nothing else)', () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(typeof api.call).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('call() invokes the one channel with name and input and returns its promise', async () => {
    const result = { ok: true, data: { appVersion: '0.1.0' } };
    electron.ipcRenderer.invoke.mockResolvedValue(result);
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as {
      call(name: string, input: unknown): Promise<unknown>;
    };
    await expect(api.call('system.status', {})).resolves.toBe(result);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('leitbild:call', 'system.status', {});
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
