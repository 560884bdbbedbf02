import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SystemStatus } from '../../../contract';
import { backupHandlers, overviewWith } from '../screens/settings/backup-fixtures';
import { axeViolations } from '../test/axe';
import { defaultSettings, fakeApi, ok, readyStatus } from '../test/fake-api';
import { App } from './App';

const readOnlyStatus: SystemStatus = {
  ...readyStatus,
  database: { state: 'read-only', path: readyStatus.database.path, schemaVersion: 3, detail: '*** in database main ***' },
};

function readOnlyApi(backups = overviewWith()) {
  return fakeApi({
    'system.status': () => ok(readOnlyStatus),
    'settings.get': () => ok(defaultSettings),
    ...backupHandlers(backups).handlers,
  });
}

describe('read-only data file', () => {
  it('shows the app with a clear warning on every screen and offers the newest good backup', async () => {
    const user = userEvent.setup();
    const { container } = render(<App api={readOnlyApi()} onReload={() => undefined} />);
    const banner = await screen.findByRole('alert', { name: 'Die Datendatei ist beschädigt – nur Lesen' });
    expect(banner).toHaveTextContent('Sie können Ihre Daten ansehen, aber nichts ändern');
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(await within(banner).findByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says so when there is no backup to restore', async () => {
    render(<App api={readOnlyApi(overviewWith([]))} onReload={() => undefined} />);
    const banner = await screen.findByRole('alert', { name: 'Die Datendatei ist beschädigt – nur Lesen' });
    expect(await within(banner).findByText(/keine Sicherung vorhanden/)).toBeInTheDocument();
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
  });
});
