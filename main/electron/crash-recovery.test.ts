import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { offerReloadOnCrash } from './crash-recovery';
import { menuLabels } from './menu';
import { FakeEmitter, FakeEvent, FakeWebContents } from './test-fakes';

function setup(response: number) {
  const window = Object.assign(new FakeEmitter(), {
    isDestroyed: () => false,
    webContents: Object.assign(new FakeWebContents(), { reload: vi.fn(), forcefullyCrashRenderer: vi.fn() }),
  });
  const dialog = { showMessageBox: vi.fn().mockResolvedValue({ response }) };
  const quit = vi.fn();
  offerReloadOnCrash(window as never, { dialog, labels: () => menuLabels('de'), quit, logger: silentLogger });
  return { window, dialog, quit };
}

const gone = (reason: string) => [new FakeEvent(), { reason, exitCode: 1 }] as const;

describe('crashed or hung renderer', () => {
  it('asks in German with "Neu laden" / "Beenden" and reloads the window (the data is saved by the core)', async () => {
    const { window, dialog, quit } = setup(0);
    window.webContents.emit('render-process-gone', ...gone('crashed'));
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: expect.stringContaining('unerwartet beendet'), detail: expect.stringContaining('Live-Protokoll'), buttons: ['Neu laden', 'Beenden'] }),
    );
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('"Beenden" quits (the quit path closes the database)', async () => {
    const { window, quit } = setup(1);
    window.webContents.emit('render-process-gone', ...gone('oom'));
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('ignores the clean exit of a closing window', () => {
    const { window, dialog } = setup(0);
    window.webContents.emit('render-process-gone', ...gone('clean-exit'));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('a hung window may also wait; "Neu laden" ends the hung renderer first; one dialog at a time', async () => {
    const { window, dialog } = setup(0);
    window.emit('unresponsive');
    window.emit('unresponsive');
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'Die Leitbild-Werkstatt reagiert gerade nicht.', buttons: ['Neu laden', 'Beenden', 'Warten'], cancelId: 2 });
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalled();
  });

  it('"Warten" does nothing', async () => {
    const { window, dialog, quit } = setup(2);
    window.emit('unresponsive');
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    await Promise.resolve();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });
});
