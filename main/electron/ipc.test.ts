import type { BrowserWindow, IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { FORBIDDEN_SENDER, registerCallHandler } from './ipc';
import { FakeWebContents } from './test-fakes';

type Handler = (event: unknown, name: unknown, input: unknown) => Promise<unknown>;

function setup() {
  const contents = new FakeWebContents();
  const window = { webContents: contents, isDestroyed: () => false };
  const ipcMain = { handle: vi.fn() };
  const dispatch = vi.fn().mockResolvedValue({ ok: true, data: { appVersion: '0.1.0' } });
  let current: typeof window | null = window;
  registerCallHandler(ipcMain as unknown as IpcMain, {
    getWindow: () => current as unknown as BrowserWindow | null,
    dispatch,
    logger: silentLogger,
  });
  const handler = ipcMain.handle.mock.calls[0]?.[1] as Handler;
  const ownEvent = () => ({ sender: contents, senderFrame: contents.mainFrame });
  return { ipcMain, handler, dispatch, contents, ownEvent, closeWindow: () => (current = null) };
}

describe('IPC call channel', () => {
  it('registers exactly one handler on "leitbild:call"', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('leitbild:call');
  });

  it('own main frame on app://leitbild: dispatch is called with name and input, its result returned', async () => {
    const { handler, dispatch, ownEvent } = setup();
    const result = await handler(ownEvent(), 'system.status', {});
    expect(dispatch).toHaveBeenCalledWith('system.status', {});
    expect(result).toEqual({ ok: true, data: { appVersion: '0.1.0' } });
  });

  it('accepts an equal frame object (same process and routing id) of our main frame', async () => {
    const { handler, dispatch, contents } = setup();
    const copy = { ...contents.mainFrame };
    await handler({ sender: contents, senderFrame: copy }, 'system.status', {});
    expect(dispatch).toHaveBeenCalled();
  });

  const foreign: [string, (s: ReturnType<typeof setup>) => unknown][] = [
    ['a foreign URL in our main frame', (s) => ({ sender: s.contents, senderFrame: { ...s.contents.mainFrame, url: 'https://evil.example/' } })],
    ['a file: URL in our main frame', (s) => ({ sender: s.contents, senderFrame: { ...s.contents.mainFrame, url: 'file:///tmp/x.html' } })],
    ['another app:// host', (s) => ({ sender: s.contents, senderFrame: { ...s.contents.mainFrame, url: 'app://other/index.html' } })],
    [
      'a sub-frame of our window (even on app://leitbild)',
      (s) => ({
        sender: s.contents,
        senderFrame: { url: 'app://leitbild/index.html', parent: s.contents.mainFrame, processId: 4, routingId: 7 },
      }),
    ],
    ['another frame id', (s) => ({ sender: s.contents, senderFrame: { ...s.contents.mainFrame, routingId: 99 } })],
    ['another webContents', (s) => ({ sender: new FakeWebContents(), senderFrame: s.contents.mainFrame })],
    ['a frame that is gone (senderFrame null)', (s) => ({ sender: s.contents, senderFrame: null })],
  ];

  it.each(foreign)('refuses %s: dispatch not called, failure returned', async (_label, makeEvent) => {
    const s = setup();
    const result = await s.handler(makeEvent(s), 'settings.update', { language: 'en' });
    expect(s.dispatch).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.forbiddenSender', fields: [] },
    });
    expect(result).toEqual(FORBIDDEN_SENDER);
  });

  it('refuses when our window is closed', async () => {
    const s = setup();
    s.closeWindow();
    await expect(s.handler(s.ownEvent(), 'system.status', {})).resolves.toEqual(FORBIDDEN_SENDER);
    expect(s.dispatch).not.toHaveBeenCalled();
  });

  it('never throws, even if dispatch does', async () => {
    const s = setup();
    s.dispatch.mockRejectedValue(new Error('boom'));
    await expect(s.handler(s.ownEvent(), 'system.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
  });
});
