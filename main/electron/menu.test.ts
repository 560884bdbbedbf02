import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import de from '../../locales/de/menu.json';
import en from '../../locales/en/menu.json';
import { silentLogger } from '../services/logger';
import { buildMenuTemplate, menuLabels, openDataFolder, openHelpInPage, PRESS_F1_IN_PAGE, showAboutDialog } from './menu';

const actions = (devTools = false) => ({ devTools, onOpenHelp: vi.fn(), onAbout: vi.fn(), onOpenDataFolder: vi.fn(), onOpenLogFile: vi.fn() });
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const allItems = (template: MenuItemConstructorOptions[]) => template.flatMap((top) => [top, ...submenu(top)]);

describe('application menu', () => {
  it('German top-level labels are exactly Datei, Bearbeiten, Ansicht, Hilfe', () => {
    const template = buildMenuTemplate(menuLabels('de'), actions());
    expect(template.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
  });

  it('German is the default; English only when asked for', () => {
    expect(menuLabels(undefined)).toBe(menuLabels('de'));
    expect(menuLabels('fr')).toBe(menuLabels('de'));
    expect(buildMenuTemplate(menuLabels('en'), actions()).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('uses roles for the standard actions, with the labels from the JSON', () => {
    const template = buildMenuTemplate(menuLabels('de'), actions());
    const roles = (index: number) => submenu(template[index]).filter((i) => i.role).map((i) => [i.role, i.label]);
    expect(roles(0)).toEqual([['quit', 'Beenden']]);
    expect(roles(1)).toEqual([
      ['undo', 'Rückgängig'],
      ['redo', 'Wiederholen'],
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einfügen'],
      ['selectAll', 'Alles auswählen'],
    ]);
    expect(roles(2)).toEqual([
      ['togglefullscreen', 'Vollbild'],
      ['zoomIn', 'Vergrößern'],
      ['zoomOut', 'Verkleinern'],
      ['resetZoom', 'Originalgröße'],
    ]);
    expect(submenu(template[3]).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Hilfe zu dieser Seite',
      'Über Leitbild-Werkstatt',
      'Datenordner öffnen',
      'Protokolldatei öffnen',
    ]);
  });

  it('every label comes from the locale file (no UI strings in code)', () => {
    for (const [language, labels] of [['de', de], ['en', en]] as const) {
      const values = new Set(Object.values(labels));
      for (const item of allItems(buildMenuTemplate(menuLabels(language), actions(true)))) {
        if (item.type === 'separator') continue;
        expect(values.has(item.label ?? ''), `${language}: ${item.label}`).toBe(true);
      }
    }
  });

  it('dev tools and "Neu laden" appear only when allowed (not packaged)', () => {
    const has = (devTools: boolean, role: string) =>
      allItems(buildMenuTemplate(menuLabels('de'), actions(devTools))).some((i) => i.role === role);
    for (const role of ['toggleDevTools', 'reload']) {
      expect(has(false, role), role).toBe(false);
      expect(has(true, role), role).toBe(true);
    }
  });

  it('help entries call their actions', () => {
    const a = actions();
    const help = submenu(buildMenuTemplate(menuLabels('de'), a)[3]).filter((item) => item.type !== 'separator');
    const click = (item: MenuItemConstructorOptions | undefined) =>
      (item?.click as unknown as () => void | undefined)?.();
    click(help[0]);
    expect(a.onOpenHelp).toHaveBeenCalledTimes(1);
    click(help[1]);
    expect(a.onAbout).toHaveBeenCalledTimes(1);
    click(help[2]);
    expect(a.onOpenDataFolder).toHaveBeenCalledTimes(1);
    click(help[3]);
    expect(a.onOpenLogFile).toHaveBeenCalledTimes(1);
    expect(help.map((item) => item.label)).toEqual(['Hilfe zu dieser Seite', 'Über Leitbild-Werkstatt', 'Datenordner öffnen', 'Protokolldatei öffnen']);
  });

  it('"Hilfe zu dieser Seite" has F1 as its key, in English too', () => {
    for (const [language, label] of [['de', 'Hilfe zu dieser Seite'], ['en', 'Help for this page']] as const) {
      const entry = submenu(buildMenuTemplate(menuLabels(language), actions())[3])[0];
      expect(entry).toMatchObject({ label, accelerator: 'F1' });
    }
  });
});

describe('menu locale files', () => {
  it('de and en have the same keys and only non-empty strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const value of [...Object.values(de), ...Object.values(en)]) {
      expect(typeof value).toBe('string');
      expect(value.trim()).not.toBe('');
    }
  });

  it('both carry the {{version}} placeholder in the about text', () => {
    expect(de.aboutDetail).toContain('{{version}}');
    expect(en.aboutDetail).toContain('{{version}}');
  });
});

describe('menu actions', () => {
  it('"Hilfe zu dieser Seite" presses F1 in the page, so the renderer opens the guide for its screen', async () => {
    const executeJavaScript = vi.fn().mockResolvedValue(undefined);
    const window = { isDestroyed: () => false, webContents: { executeJavaScript } };
    openHelpInPage(window, silentLogger);
    expect(executeJavaScript).toHaveBeenCalledWith(PRESS_F1_IN_PAGE);

    // The script really sends a cancelable F1 keydown to the page's window.
    const seen: { key: string; cancelable: boolean }[] = [];
    const page = { dispatchEvent: (event: { key: string; cancelable: boolean }) => seen.push(event) };
    class KeyboardEvent {
      constructor(readonly type: string, init: { key: string; cancelable: boolean }) {
        Object.assign(this, init);
      }
    }
    new Function('window', 'KeyboardEvent', PRESS_F1_IN_PAGE)(page, KeyboardEvent);
    expect(seen).toEqual([expect.objectContaining({ type: 'keydown', key: 'F1', cancelable: true })]);
  });

  it('leaves a closed window alone and logs a failed script', async () => {
    const executeJavaScript = vi.fn().mockRejectedValue(new Error('navigating'));
    openHelpInPage(null, silentLogger);
    openHelpInPage({ isDestroyed: () => true, webContents: { executeJavaScript } }, silentLogger);
    expect(executeJavaScript).not.toHaveBeenCalled();
    const logger = { info: vi.fn(), error: vi.fn() };
    openHelpInPage({ isDestroyed: () => false, webContents: { executeJavaScript } }, logger);
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledWith('opening the help failed', expect.any(Error)));
  });

  it('about dialog shows product name and version, with translated title and button', async () => {
    const dialog = { showMessageBox: vi.fn().mockResolvedValue({ response: 0 }) };
    const window = {} as BrowserWindow;
    await showAboutDialog(dialog, window, menuLabels('de'), '1.2.3');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Über Leitbild-Werkstatt', message: 'Leitbild-Werkstatt', buttons: ['OK'] }),
    );
    const detail = dialog.showMessageBox.mock.calls[0]?.[1].detail as string;
    expect(detail).toContain('Version 1.2.3');
    expect(detail).not.toContain('{{');
  });

  it('opens the data folder, and shows a translated error when that fails', async () => {
    const dialog = { showErrorBox: vi.fn() };
    const ok = { openPath: vi.fn().mockResolvedValue('') };
    await openDataFolder(ok, dialog, '/data', menuLabels('de'), silentLogger);
    expect(ok.openPath).toHaveBeenCalledWith('/data');
    expect(dialog.showErrorBox).not.toHaveBeenCalled();

    const failing = { openPath: vi.fn().mockResolvedValue('no file manager') };
    await openDataFolder(failing, dialog, '/data', menuLabels('de'), silentLogger);
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Datenordner öffnen', de.openDataFolderFailed);
  });
});
