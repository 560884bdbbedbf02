import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goodDatabaseFile } from '../../../../test-support/data-folder-states';
import { realDesktopApi } from '../../../../test-support/real-api';
import { renderScreen } from '../../test/render';
import { DatabaseTransfer } from './DatabaseTransfer';
import { ReloadProvider } from './reload';

afterEach(() => {
  delete (window as { leitbild?: unknown }).leitbild;
});

/** The desktop app: main's open dialog picks the file (`chooseDatabaseFile`), the page never reads it. */
async function desktop(chosen: string | null) {
  const chooseDatabaseFile = vi.fn(async () => chosen);
  const api = await realDesktopApi(chooseDatabaseFile);
  // The preload's bridge is what tells the page it runs in the desktop app.
  Object.assign(window, { leitbild: { call: api.call } });
  const reload = vi.fn();
  const user = userEvent.setup();
  renderScreen(
    <ReloadProvider value={reload}>
      <DatabaseTransfer />
    </ReloadProvider>,
    { api },
  );
  return { api, reload, user, chooseDatabaseFile };
}

describe('Datenbank importieren in the desktop app', () => {
  it('asks main for the file (open dialog), shows its name and size, and imports it by token', async () => {
    const file = await goodDatabaseFile('Altona.sqlite');
    const { api, reload, user, chooseDatabaseFile } = await desktop(file);
    const picker = vi.spyOn(HTMLInputElement.prototype, 'click');
    await user.click(screen.getByRole('button', { name: 'Datenbank importieren …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Datenbank importieren?' });
    expect(chooseDatabaseFile).toHaveBeenCalledOnce();
    expect(picker).not.toHaveBeenCalled();
    expect(dialog).toHaveTextContent('Die Datei „Altona.sqlite“');
    await user.click(within(dialog).getByRole('button', { name: 'Importieren und ersetzen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.importChosen')).toEqual([{ token: expect.stringMatching(/\./) as unknown, fileName: 'Altona.sqlite' }]);
    expect((await api.must('contacts.list', {})).rows.map((row) => row.displayName)).toEqual(['Deniz Yılmaz']);
  });

  it('cancelled in the open dialog: no dialog, nothing called', async () => {
    const { api, user } = await desktop(null);
    await user.click(screen.getByRole('button', { name: 'Datenbank importieren …' }));
    await waitFor(() => expect(api.callsOf('backups.importChoose')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsOf('backups.importChosen')).toEqual([]);
  });
});
