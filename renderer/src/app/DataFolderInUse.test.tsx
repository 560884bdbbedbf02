import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lockedByAnotherPc, placeBackups } from '../../../test-support/data-folder-states';
import { realApi } from '../../../test-support/real-api';
import { tempDir } from '../../../test-support/temp-dir';
import type { DatabaseStatus } from '../../../contract';
import { ApiProvider } from '../api/api-context';
import { axeViolations } from '../test/axe';
import { App } from './App';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';

/** A data folder (with backups) whose lock another PC holds; a real core started on it is refused. */
async function lockedFolder(ageMs?: number) {
  const dataDir = tempDir('lbw-in-use-');
  await placeBackups(dataDir);
  const lockFile = lockedByAnotherPc(dataDir, ageMs);
  const api = await realApi({ dataDir });
  return { api, lockFile };
}

async function setup(ageMs?: number) {
  const { api, lockFile } = await lockedFolder(ageMs);
  const { database } = await api.status();
  expect(database).toMatchObject({ state: 'refused', reason: 'in-use' });
  const reload = vi.fn();
  const rendered = render(
    <ApiProvider api={api}>
      <DatabaseRefusedScreen database={database as Extract<DatabaseStatus, { state: 'refused' }>} appVersion="0.1.0" onReload={reload} />
    </ApiProvider>,
  );
  return { api, reload, lockFile, user: userEvent.setup(), ...rendered };
}

describe('data folder in use elsewhere', () => {
  it('names who holds it since when, offers trying again, and no restore', async () => {
    const { api, reload, user, container } = await setup();
    expect(screen.getByRole('alert')).toHaveTextContent(/Die Daten werden gerade von schulz auf PC-SOZIALAMT-07 benutzt \(seit Di\., 01\.12\.2026, \d\d:30 Uhr\)\./);
    expect(screen.getByText(/Bitten Sie die Person, die Leitbild-Werkstatt auf PC-SOZIALAMT-07 zu beenden/)).toBeInTheDocument();
    expect(screen.getByText(/zentralen Datenbankserver ist geplant/)).toBeInTheDocument();
    expect(screen.queryByText(/Sperrdatei/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/i })).not.toBeInTheDocument();
    expect(screen.queryByText(/Nur im Notfall/)).not.toBeInTheDocument();
    expect(api.callsOf('backups.overview')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('tells how to proceed when another PC has not renewed its lock for long', async () => {
    const { lockFile } = await setup(3 * 60 * 60 * 1000);
    expect(screen.getByText(/seit über einer Stunde nicht mehr erneuert/)).toHaveTextContent(`kann Ihr IT-Support diese Sperrdatei löschen: ${lockFile}`);
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('is what the app shows when the status says in-use', async () => {
    const { api } = await lockedFolder();
    render(<App api={api} />);
    expect(await screen.findByText(/Die Daten werden gerade von schulz auf PC-SOZIALAMT-07 benutzt/)).toBeInTheDocument();
    expect(api.callsOf('settings.get')).toEqual([]);
  });
});
