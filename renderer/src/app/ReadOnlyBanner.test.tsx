import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataFolderIn, placeBackups } from '../../../test-support/data-folder-states';
import { realApi } from '../../../test-support/real-api';
import { axeViolations } from '../test/axe';
import { App } from './App';

/** A data file with broken foreign keys: the real core opens it read-only. */
async function readOnlyApi(withBackups = true) {
  const dataDir = await dataFolderIn('read-only');
  if (withBackups) await placeBackups(dataDir);
  const api = await realApi({ dataDir });
  expect((await api.status()).database.state).toBe('read-only');
  return api;
}

describe('read-only data file', () => {
  it('shows the app with a clear warning on every screen and offers the newest good backup', async () => {
    const api = await readOnlyApi();
    const user = userEvent.setup();
    const onReload = vi.fn();
    const { container } = render(<App api={api} onReload={onReload} />);
    const banner = await screen.findByRole('alert', { name: 'Die Datendatei ist beschädigt – nur Lesen' });
    expect(banner).toHaveTextContent('Sie können Ihre Daten ansehen, aber nichts ändern');
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(await within(banner).findByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    // The app is loaded again through App's onReload, as after a restore on the refused screen.
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
    expect((await api.status()).database.state).toBe('ready');
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite' }]);
    expect((await api.must('contacts.list', {})).rows.map((row) => row.displayName)).toEqual(['Deniz Yılmaz']);
  });

  it('says so when there is no backup to restore', async () => {
    const api = await readOnlyApi(false);
    render(<App api={api} onReload={() => undefined} />);
    const banner = await screen.findByRole('alert', { name: 'Die Datendatei ist beschädigt – nur Lesen' });
    expect(await within(banner).findByText(/keine Sicherung vorhanden/)).toBeInTheDocument();
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
  });
});
