import { describe, expect, it, vi } from 'vitest';
import { menuLabels } from './menu';
import { FakeEmitter, FakeEvent, FakeWebContents } from './test-fakes';
import { askBeforeDiscardingChanges } from './unsaved-changes';

function setUp(response: number, language?: string) {
  const window = Object.assign(new FakeEmitter(), { webContents: new FakeWebContents(), isDestroyed: vi.fn(() => false) });
  const dialog = { showMessageBoxSync: vi.fn((..._args: unknown[]) => response) };
  askBeforeDiscardingChanges(window as never, { dialog, labels: () => menuLabels(language) });
  return { window, dialog };
}

describe('closing or reloading with unsaved changes (will-prevent-unload)', () => {
  it('asks natively in German, with "Zurück zur Anwendung" as default and for Escape', () => {
    const { window, dialog } = setUp(1);
    window.webContents.emit('will-prevent-unload', new FakeEvent());
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBoxSync.mock.calls[0]).toEqual([
      window,
      expect.objectContaining({
        message: 'Ungespeicherte Änderungen verwerfen?',
        buttons: ['Verwerfen', 'Zurück zur Anwendung'],
        defaultId: 1,
        cancelId: 1,
      }),
    ]);
  });

  it('"Verwerfen" lets the close go on: the renderer\'s refusal is ignored (preventDefault)', () => {
    const { window } = setUp(0);
    const event = new FakeEvent();
    window.webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('"Zurück zur Anwendung" keeps the window and what was typed', () => {
    const { window } = setUp(1);
    const event = new FakeEvent();
    window.webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('follows the language setting', () => {
    const { window, dialog } = setUp(1, 'en');
    window.webContents.emit('will-prevent-unload', new FakeEvent());
    expect(dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({ message: 'Discard unsaved changes?', buttons: ['Discard', 'Back to the application'] });
  });
});
