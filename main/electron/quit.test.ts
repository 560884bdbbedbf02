import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { closeCoreOnQuit, closeCoreOnSessionEnd } from './quit';
import { FakeEmitter, FakeEvent } from './test-fakes';

function setup(close: () => Promise<void>) {
  const app = new FakeEmitter() as FakeEmitter & { quit: ReturnType<typeof vi.fn> };
  app.quit = vi.fn();
  const core = { close: vi.fn(close) };
  closeCoreOnQuit(app as unknown as App, core, silentLogger);
  return { app, core };
}

describe('closeCoreOnQuit', () => {
  it('holds the quit, closes the database, then quits; the second will-quit passes', async () => {
    const { app, core } = setup(() => Promise.resolve());
    const first = new FakeEvent();
    app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(core.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const second = new FakeEvent();
    app.emit('will-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing fails, and closes only once', async () => {
    const { app, core } = setup(() => Promise.reject(new Error('busy')));
    app.emit('will-quit', new FakeEvent());
    app.emit('will-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('Windows session end: saves the window state, then starts closing the database in the handler; the later quit does not close again', async () => {
    const app = new FakeEmitter() as FakeEmitter & { quit: ReturnType<typeof vi.fn> };
    app.quit = vi.fn();
    const core = { close: vi.fn(() => Promise.resolve()) };
    const close = closeCoreOnQuit(app as unknown as App, core, silentLogger);
    const window = new FakeEmitter();
    const order: string[] = [];
    core.close.mockImplementation(() => {
      order.push('close');
      return Promise.resolve();
    });
    closeCoreOnSessionEnd(window as never, close, () => order.push('window state'), silentLogger);
    window.emit('session-end');
    expect(order).toEqual(['window state', 'close']);
    app.emit('will-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(core.close).toHaveBeenCalledTimes(1);
  });
});
