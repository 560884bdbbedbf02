import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance } from './single-instance';
import { FakeEmitter } from './test-fakes';

function fakeApp(lock: boolean) {
  const app = new FakeEmitter() as FakeEmitter & { requestSingleInstanceLock: () => boolean; quit: () => void };
  app.requestSingleInstanceLock = vi.fn(() => lock);
  app.quit = vi.fn();
  return app;
}

const fakeWindow = () => ({
  isDestroyed: () => false,
  isMinimized: vi.fn(() => true),
  isVisible: vi.fn(() => true),
  restore: vi.fn(),
  show: vi.fn(),
  focus: vi.fn(),
});

describe('single instance', () => {
  it('quits and reports false when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(acquireSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.has('second-instance')).toBe(false);
  });

  it('keeps running when it holds the lock', () => {
    const app = fakeApp(true);
    expect(acquireSingleInstance(app as unknown as App, () => null)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second start focuses (and restores) the existing window', () => {
    const app = fakeApp(true);
    const window = fakeWindow();
    acquireSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow);
    app.emit('second-instance', {}, ['leitbild-werkstatt'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('a second start before the window exists does nothing harmful', () => {
    const app = fakeApp(true);
    acquireSingleInstance(app as unknown as App, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
