import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { createMainWindow, focusWindow, mainWindowOptions, secureWebPreferences, type BrowserWindowConstructor } from './window';
import { FakeEmitter } from './test-fakes';

const options = { preloadPath: '/app/dist/preload/preload.cjs', iconPath: '/app/resources/icon.png', devTools: false };

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  show = vi.fn();
  loadURL = vi.fn().mockResolvedValue(undefined);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.created.push(this);
  }
}

describe('secure web preferences', () => {
  const prefs = secureWebPreferences('/p.cjs', false);

  it('isolates the context', () => expect(prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
  it('gives the renderer no Node', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('disables <webview> and keeps spellcheck', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(true);
  });
  it('loads the given preload and passes devTools through', () => {
    expect(prefs.preload).toBe('/p.cjs');
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
  });
});

describe('main window', () => {
  it('has the title, size, minimum size and stays hidden until ready', () => {
    const o = mainWindowOptions(options);
    expect(o).toMatchObject({ title: 'Leitbild-Werkstatt', width: 1280, height: 800, show: false, icon: options.iconPath });
    expect(o.minWidth).toBeGreaterThan(0);
    expect(o.minHeight).toBeGreaterThan(0);
    expect(o.webPreferences).toEqual(secureWebPreferences(options.preloadPath, false));
  });

  it('is created with the secure preferences, loads app://leitbild and shows on ready-to-show', () => {
    FakeWindow.created = [];
    const window = createMainWindow(FakeWindow as unknown as BrowserWindowConstructor, options, silentLogger);
    const fake = FakeWindow.created[0];
    expect(fake).toBe(window);
    expect(fake?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: options.preloadPath,
    });
    expect(fake?.loadURL).toHaveBeenCalledWith('app://leitbild/index.html');
    expect(fake?.show).not.toHaveBeenCalled();
    fake?.emit('ready-to-show');
    expect(fake?.show).toHaveBeenCalled();
  });

  it('focusWindow restores, shows and focuses; ignores a missing window', () => {
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      isVisible: () => false,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    focusWindow(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
  });
});
