import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DataFolderHolder, DatabaseStatus } from '../../../contract';
import { ApiProvider } from '../api/api-context';
import { axeViolations } from '../test/axe';
import { fakeApi, ok } from '../test/fake-api';
import { backupHandlers, overviewWith, sampleBackups } from '../screens/settings/backup-fixtures';
import { App } from './App';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';

const LOCK = 'H:\\Leitbild\\leitbild-werkstatt.lock';
const holder = (abandoned = false): DataFolderHolder => ({ user: 'schulz', host: 'PC-SOZIALAMT-07', since: '2026-12-01T07:30:00', mode: 'desktop', lockFile: LOCK, abandoned });
const inUse = (abandoned = false): Extract<DatabaseStatus, { state: 'refused' }> => ({
  state: 'refused',
  reason: 'in-use',
  path: 'H:\\Leitbild\\leitbild-werkstatt.sqlite',
  detail: 'locked by schulz on PC-SOZIALAMT-07',
  holder: holder(abandoned),
});

function setup(abandoned = false) {
  const api = fakeApi(backupHandlers(overviewWith(sampleBackups)).handlers);
  const reload = vi.fn();
  const rendered = render(
    <ApiProvider api={api}>
      <DatabaseRefusedScreen database={inUse(abandoned)} appVersion="0.1.0" onReload={reload} />
    </ApiProvider>,
  );
  return { api, reload, user: userEvent.setup(), ...rendered };
}

describe('data folder in use elsewhere', () => {
  it('names who holds it since when, offers trying again, and no restore', async () => {
    const { api, reload, user, container } = setup();
    expect(screen.getByRole('alert')).toHaveTextContent('Die Daten werden gerade von schulz auf PC-SOZIALAMT-07 benutzt (seit Di., 01.12.2026, 07:30 Uhr).');
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

  it('tells how to proceed when another PC has not renewed its lock for long', () => {
    setup(true);
    expect(screen.getByText(/seit über einer Stunde nicht mehr erneuert/)).toHaveTextContent(`kann Ihr IT-Support diese Sperrdatei löschen: ${LOCK}`);
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('is what the app shows when the status says in-use', async () => {
    const api = fakeApi({ 'system.status': () => ok({ appVersion: '0.1.0', transport: 'browser', database: inUse() }) });
    render(<App api={api} />);
    expect(await screen.findByText(/Die Daten werden gerade von schulz auf PC-SOZIALAMT-07 benutzt/)).toBeInTheDocument();
    expect(api.callsOf('settings.get')).toEqual([]);
  });
});
