import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataFolderIn, exec, placeBackups, SAMPLE_BACKUPS, SMUGGLED } from '../../../test-support/data-folder-states';
import { realApi } from '../../../test-support/real-api';
import type { DatabaseStatus } from '../../../contract';
import { ApiProvider } from '../api/api-context';
import { axeViolations } from '../test/axe';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';

/** How the core names the objects of SMUGGLED. */
const DIFFERENCES = /zusätzliche Tabelle „leak“.*zusätzlicher Trigger „contact_leak“|zusätzlicher Trigger „contact_leak“.*zusätzliche Tabelle „leak“/;

/** A data file with objects we did not write, started by a real core; the backups tampered too if asked. */
async function setup(tamperedBackups = false) {
  const dataDir = await dataFolderIn('foreign-schema');
  const folder = await placeBackups(dataDir, SAMPLE_BACKUPS);
  if (tamperedBackups) await exec(`${folder}/${SAMPLE_BACKUPS[0]}`, `PRAGMA journal_mode = DELETE; ${SMUGGLED}`);
  const api = await realApi({ dataDir });
  const { database } = await api.status();
  expect(database).toMatchObject({ state: 'refused', reason: 'foreign-schema' });
  const reload = vi.fn();
  const rendered = render(
    <ApiProvider api={api}>
      <DatabaseRefusedScreen database={database as Extract<DatabaseStatus, { state: 'refused' }>} appVersion="0.1.0" onReload={reload} />
    </ApiProvider>,
  );
  return { api, reload, user: userEvent.setup(), ...rendered };
}

describe('refused data file with objects we did not write', () => {
  it('says why, offers the newest backup first and lists the differences for IT', async () => {
    const { container } = await setup();
    expect(screen.getByRole('alert')).toHaveTextContent('enthält aber Tabellen, Trigger oder Sichten, die die Leitbild-Werkstatt nicht angelegt hat');
    expect(await screen.findByRole('region', { name: 'Neueste Sicherung wiederherstellen' })).toBeInTheDocument();
    expect(screen.getByText(/Lassen Sie vom IT-Support prüfen, wer die Datei verändert hat/)).toBeInTheDocument();
    expect(screen.getByText(DIFFERENCES)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a refused restore with the differences named, without reloading', async () => {
    const { api, reload, user } = await setup(true);
    await user.click(await screen.findByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(DIFFERENCES);
    expect(alert).toHaveTextContent(/\), und wurde nicht übernommen\.$/);
    expect(reload).not.toHaveBeenCalled();
    expect((await api.status()).database).toMatchObject({ state: 'refused', reason: 'foreign-schema' });
  });
});
