import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEmitter } from './test-fakes';
import { centeredDefault, keepWindowOnScreen, placeWindow, SAVE_DELAY_MS, trackWindowState, type DisplayArea } from './window-state';

const display = (x: number, y: number, width: number, height: number): DisplayArea => ({ workArea: { x, y, width, height } });
const laptop = display(0, 0, 1366, 728);
const fullHd = display(0, 0, 1920, 1040);
const rightMonitor = display(1920, 0, 1920, 1040);
const saved = (x: number, y: number, width = 1000, height = 700, maximized = false) => ({ bounds: { x, y, width, height }, maximized });

describe('placeWindow', () => {
  it('first start: 1280×800 centred on the primary display', () => {
    expect(placeWindow(undefined, [fullHd], fullHd)).toEqual({ bounds: { x: 320, y: 120, width: 1280, height: 800 }, maximized: false });
  });

  it('never larger than the work area (1366×768 with taskbar)', () => {
    expect(centeredDefault(laptop.workArea)).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('restores saved bounds and the maximised state on a connected display', () => {
    expect(placeWindow(saved(2000, 100, 1200, 900, true), [fullHd, rightMonitor], fullHd)).toEqual(saved(2000, 100, 1200, 900, true));
  });

  it('centres with the default size when the saved monitor is gone', () => {
    expect(placeWindow(saved(2000, 100), [laptop], laptop)).toEqual({ bounds: centeredDefault(laptop.workArea), maximized: false });
  });

  it('centres when only a sliver or no title bar would be visible', () => {
    expect(placeWindow(saved(1300, 100), [laptop], laptop).bounds).toEqual(centeredDefault(laptop.workArea));
    expect(placeWindow(saved(100, -600), [laptop], laptop).bounds).toEqual(centeredDefault(laptop.workArea));
    expect(placeWindow(saved(100, 700), [laptop], laptop).bounds).toEqual(centeredDefault(laptop.workArea));
  });

  it('shrinks and pushes a window from a larger screen into the work area', () => {
    expect(placeWindow(saved(600, 300, 1800, 1000), [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(placeWindow(saved(900, 100), [laptop], laptop).bounds).toEqual({ x: 366, y: 28, width: 1000, height: 700 });
  });
});

class FakeWindow extends FakeEmitter {
  destroyed = false;
  maximized = false;
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  getNormalBounds = vi.fn(() => this.bounds);
  getBounds = vi.fn(() => this.bounds);
  setBounds = vi.fn();
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
}

describe('trackWindowState', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once after moving and resizing have paused (debounced)', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const store = { update: vi.fn().mockResolvedValue(undefined), updateSync: vi.fn() };
    trackWindowState(window as never, store);
    for (let i = 0; i < 20; i++) window.emit(i % 2 ? 'move' : 'resize');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(store.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(store.update).toHaveBeenCalledTimes(1);
    expect(store.update).toHaveBeenCalledWith({ window: { bounds: window.bounds, maximized: false } });
  });

  it('saves the maximised state and, on close, at once and synchronously', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const store = { update: vi.fn().mockResolvedValue(undefined), updateSync: vi.fn() };
    trackWindowState(window as never, store);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(store.updateSync).toHaveBeenCalledWith({ window: { bounds: window.bounds, maximized: true } });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store.update).not.toHaveBeenCalled();
  });
});

describe('keepWindowOnScreen', () => {
  it('moves the window back when its monitor is unplugged, leaves it when still visible', () => {
    const window = new FakeWindow();
    window.bounds = { x: 2000, y: 100, width: 1000, height: 700 };
    let displays = [fullHd, rightMonitor];
    const screen = Object.assign(new FakeEmitter(), { getAllDisplays: () => displays, getPrimaryDisplay: () => fullHd });
    keepWindowOnScreen(window as never, screen);
    screen.emit('display-metrics-changed');
    expect(window.setBounds).not.toHaveBeenCalled();
    displays = [fullHd];
    screen.emit('display-removed');
    expect(window.setBounds).toHaveBeenCalledWith(centeredDefault(fullHd.workArea));
  });
});
