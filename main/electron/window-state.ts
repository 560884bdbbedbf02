import type { BrowserWindow, Rectangle } from 'electron';
import type { ShellSettings, ShellSettingsStore } from './shell-settings';

export type SavedWindowState = NonNullable<ShellSettings['window']>;

/** What placement needs of a display (`screen.getAllDisplays()`). */
export interface DisplayArea {
  readonly workArea: Rectangle;
}

/** What placement needs of Electron's `screen` module (only usable after `ready`). */
export interface ScreenApi {
  getAllDisplays(): DisplayArea[];
  getPrimaryDisplay(): DisplayArea;
  on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: () => void): unknown;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** How much of a window must lie in one work area to count as reachable: a grabbable title bar. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Reachable: enough of it in the work area, and its top edge (the title bar) not above or below it. */
function isReachable(bounds: Rectangle, area: Rectangle): boolean {
  const { width, height } = overlap(bounds, area);
  const titleBarInside = bounds.y >= area.y && bounds.y <= area.y + area.height - MIN_VISIBLE.height / 2;
  return titleBarInside && width >= Math.min(MIN_VISIBLE.width, bounds.width) && height >= Math.min(MIN_VISIBLE.height, bounds.height);
}

/** Never larger than the work area (office PCs at 1366×768 with a taskbar), pushed inside it. */
function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

export function centeredDefault(area: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: the saved place if it still lies on a connected monitor (shrunk to fit
 * its work area), otherwise centred on the primary monitor with the default size. A monitor that
 * was unplugged since must not leave the window somewhere nobody can reach it.
 */
export function placeWindow(saved: SavedWindowState | undefined, displays: readonly DisplayArea[], primary: DisplayArea): SavedWindowState {
  const fallback = { bounds: centeredDefault(primary.workArea), maximized: saved?.maximized ?? false };
  if (!saved) return fallback;
  const home = displays.find((display) => isReachable(saved.bounds, display.workArea));
  if (!home) return fallback;
  return { bounds: fitInto(saved.bounds, home.workArea), maximized: saved.maximized };
}

const sameBounds = (a: Rectangle, b: Rectangle) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'getBounds' | 'setBounds' | 'isMaximized' | 'isDestroyed'>;

/** Saved after moving or resizing has paused this long: dragging fires dozens of events a second. */
export const SAVE_DELAY_MS = 500;

/**
 * Saves the window's normal (not maximised) bounds and whether it is maximised: debounced while it
 * is moved, at once when it closes. Returns `flush` for quitting and Windows session end.
 */
export function trackWindowState(window: TrackedWindow, store: Pick<ShellSettingsStore, 'update' | 'updateSync'>): { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): SavedWindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!window.isDestroyed()) void store.update({ window: snapshot() });
    }, SAVE_DELAY_MS);
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!window.isDestroyed()) store.updateSync({ window: snapshot() });
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', schedule);
  window.on('close', flush);
  return { flush };
}

/** While running: a monitor unplugged or rearranged moves the window back onto a visible one. */
export function keepWindowOnScreen(window: TrackedWindow, screen: ScreenApi): void {
  const check = () => {
    if (window.isDestroyed() || window.isMaximized()) return;
    const current = window.getBounds();
    const placed = placeWindow({ bounds: current, maximized: false }, screen.getAllDisplays(), screen.getPrimaryDisplay());
    if (!sameBounds(placed.bounds, current)) window.setBounds(placed.bounds);
  };
  screen.on('display-removed', check);
  screen.on('display-metrics-changed', check);
}
