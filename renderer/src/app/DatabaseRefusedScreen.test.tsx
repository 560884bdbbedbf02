import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataFolderIn, newerVersionFile, placeBackups, SAMPLE_BACKUPS, type FolderState } from '../../../test-support/data-folder-states';
import { realApi, type RealApi } from '../../../test-support/real-api';
import type { DatabaseRefusal, DatabaseStatus } from '../../../contract';
import { ApiProvider } from '../api/api-context';
import { axeViolations } from '../test/axe';
import { App } from './App';
import { DatabaseRefusedScreen } from './DatabaseRefusedScreen';

type Refused = Extract<DatabaseStatus, { state: 'refused' }>;

/** The damaged raw copy of an earlier attempt is the newest entry: it must never be offered. */
const WITH_DAMAGED_ON_TOP = ['Sicherung_2026-11-27_07-00-00_beschaedigt.sqlite', ...SAMPLE_BACKUPS];

/** A real core started on a data folder in `state`, with real backup files beside it. */
async function refusedCore(state: FolderState, backups: readonly string[] = WITH_DAMAGED_ON_TOP) {
  const dataDir = await dataFolderIn(state);
  const folder = await placeBackups(dataDir, backups);
  const api = await realApi({ dataDir });
  const { database } = await api.status();
  if (database.state !== 'refused') throw new Error(`expected a refused database, got ${database.state}`);
  return { api, database, folder };
}

function show(api: RealApi, database: Refused) {
  const reload = vi.fn();
  const user = userEvent.setup();
  const rendered = render(
    <ApiProvider api={api}>
      <DatabaseRefusedScreen database={database} appVersion="0.1.0" onReload={reload} />
    </ApiProvider>,
  );
  return { reload, user, ...rendered };
}

/** After a restore the core opens the backup: the data of `goodDatabase` are there. */
async function expectRestored(api: RealApi) {
  expect((await api.status()).database.state).toBe('ready');
  expect((await api.must('contacts.list', {})).rows.map((row) => row.displayName)).toEqual(['Deniz Yılmaz']);
}

describe('refused data file: the way back through a backup', () => {
  it('offers the newest good backup first, says what happens, restores and reloads', async () => {
    const { api, database } = await refusedCore('corrupt');
    expect(database.reason).toBe('corrupt');
    const { reload, user, container } = show(api, database);
    const offer = await screen.findByRole('region', { name: 'Neueste Sicherung wiederherstellen' });
    expect(offer).toHaveTextContent('Die neueste Sicherung ist vom Donnerstag, 26. November 2026 um 09:14 Uhr (manuell).');
    expect(offer).toHaveTextContent('Die jetzige Datendatei wird vorher unverändert im Sicherungsordner aufbewahrt');
    // The reason's own steps are done by the restore; the IT support stays.
    expect(screen.queryByText(/Ihr IT-Support weiß, wo die Sicherungen liegen/)).not.toBeInTheDocument();
    expect(screen.getByText(/Wenden Sie sich an Ihren IT-Support/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(offer).getByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('auf den Stand vom Donnerstag, 26. November 2026 um 09:14 Uhr zurückgesetzt'));
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining('Die jetzige Datendatei wird vorher unverändert im Sicherungsordner aufbewahrt. Danach wird die Anwendung neu geladen.'),
    );
    expect(within(dialog).queryByText(/Achtung/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(reload).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite' }]);
    await expectRestored(api);
    // The refused file was kept beside the backups.
    expect((await api.must('backups.overview', {})).backups.filter((backup) => backup.kind === 'damaged' || backup.kind === 'set-aside').length).toBeGreaterThan(2);
  });

  it('lets a person choose an older backup instead', async () => {
    const { api, database } = await refusedCore('foreign-file');
    expect(database.reason).toBe('foreign-file');
    const { reload, user } = show(api, database);
    const offer = await screen.findByRole('region', { name: 'Neueste Sicherung wiederherstellen' });
    // Foreign file: first check whether the right file is there.
    expect(screen.getByText(/Prüfen Sie, ob an diesem Ort die richtige Datei liegt/)).toBeInTheDocument();

    await user.click(within(offer).getByText('Eine ältere Sicherung wählen (3 weitere)'));
    const select = within(offer).getByLabelText('Sicherung');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Do., 26.11.2026, 08:00 Uhr – täglich automatisch',
      'Fr., 20.11.2026, 16:45 Uhr – vor einem Update',
      'Mi., 18.11.2026, 11:02 Uhr – vor einer Wiederherstellung',
    ]);
    await user.selectOptions(select, 'Sicherung_2026-11-20_16-45-00_vor-update.sqlite');
    await user.click(within(offer).getByRole('button', { name: 'Ausgewählte Sicherung wiederherstellen' }));

    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Freitag, 20. November 2026 um 16:45 Uhr'));
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-20_16-45-00_vor-update.sqlite' }]);
    await expectRestored(api);
  });

  it('keeps a refused restore in the dialog and does not reload', async () => {
    const dataDir = await dataFolderIn('corrupt');
    await placeBackups(dataDir, [SAMPLE_BACKUPS[0]], await newerVersionFile());
    const api = await realApi({ dataDir });
    const { database } = await api.status();
    const { reload, user } = show(api, database as Refused);
    await user.click(await screen.findByRole('button', { name: 'Neueste Sicherung wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Datei stammt von einer neueren Version der Leitbild-Werkstatt und wurde nicht übernommen.');
    expect(reload).not.toHaveBeenCalled();
    expect((await api.status()).database).toMatchObject({ state: 'refused', reason: 'corrupt' });
  });

  it('says when there are no backups and keeps the IT-support steps', async () => {
    const { api, database, folder } = await refusedCore('corrupt', [SAMPLE_BACKUPS[4]]);
    const { container } = show(api, database);
    expect(await screen.findByText('Im Sicherungsordner wurden keine Sicherungen gefunden:')).toBeInTheDocument();
    expect(screen.getByText(folder)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/i })).not.toBeInTheDocument();
    expect(screen.getByText(/Stellen Sie die letzte Sicherung der Datendatei wieder her\. Ihr IT-Support weiß, wo die Sicherungen liegen\./)).toBeInTheDocument();
    expect(screen.getByText(/Bewahren Sie die beschädigte Datei auf/)).toBeInTheDocument();
    expect(screen.getByText(/Wenden Sie sich an Ihren IT-Support/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each(['newer-version', 'unreadable'] as const)('does not push restoring for %s: only a warned fallback', async (reason) => {
    // A newer file is real; an unreadable one (network drive gone) cannot be made here, so its status is given.
    const { api, database } = await refusedCore(reason === 'newer-version' ? 'newer-version' : 'corrupt');
    const { reload, user, container } = show(api, reason === 'newer-version' ? database : { ...database, reason });
    expect(database.reason).toBe(reason === 'newer-version' ? 'newer-version' : 'corrupt');
    const fallback = await screen.findByText('Nur im Notfall: eine ältere Sicherung wiederherstellen');
    expect(screen.queryByRole('region', { name: 'Neueste Sicherung wiederherstellen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neueste Sicherung wiederherstellen' })).not.toBeInTheDocument();
    const firstStep = reason === 'newer-version' ? /Installieren Sie die neueste Version der Leitbild-Werkstatt/ : /Prüfen Sie, ob das Netzlaufwerk verbunden ist/;
    expect(screen.getByText(firstStep)).toBeInTheDocument();
    const details = fallback.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(fallback);
    const warning = reason === 'newer-version' ? /Alles, was mit der neueren Version eingegeben wurde, fehlt danach/ : /vermutlich nicht verloren, sondern nur gerade nicht erreichbar/;
    expect(within(details).getByText(warning)).toBeInTheDocument();
    const select = within(details).getByLabelText('Sicherung');
    expect(select).toHaveValue('Sicherung_2026-11-26_09-14-03_manuell.sqlite');
    expect(within(select).getAllByRole('option')).toHaveLength(4);
    await user.click(within(details).getByRole('button', { name: 'Ausgewählte Sicherung wiederherstellen' }));

    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(within(dialog).getByText(warning)).toBeInTheDocument();
    expect(within(dialog).getByText('Achtung:')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite' }]);
    await expectRestored(api);
  });

  it.each([
    ['not-writable', /schreibgeschützt/, /ob Sie in den Datenordner schreiben dürfen/],
    ['disk-full', /Laufwerk der Datendatei ist voll/, /Schaffen Sie Platz auf dem Laufwerk/],
    ['io-error', /Lese- oder Schreibfehler/, /ob das Netzlaufwerk oder der USB-Stick verbunden ist/],
  ] as const)('names a disk problem (%s) as such, never as damage, and does not push restoring', async (reason, lead, firstStep) => {
    // An I/O error is real (a folder where the file belongs). A read-only or full disk needs a mounted
    // disk (database/storage-refusal.test.ts makes them as root): there the status names the reason,
    // and the backups come from a real refused core.
    const { api, database } = await refusedCore(reason === 'io-error' ? 'io-error' : 'corrupt');
    if (reason === 'io-error') expect(database.reason).toBe('io-error');
    const { container } = show(api, reason === 'io-error' ? database : { ...database, reason: reason as DatabaseRefusal });
    await screen.findByText('Nur im Notfall: eine ältere Sicherung wiederherstellen');
    expect(screen.getByRole('alert')).toHaveTextContent(lead);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Die Datendatei ist beschädigt/);
    expect(screen.getByText(firstStep)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neueste Sicherung wiederherstellen' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('works inside the app: the refused start shows the restore offer', async () => {
    const { api } = await refusedCore('corrupt', SAMPLE_BACKUPS);
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Die Datendatei wurde nicht geöffnet' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Neueste Sicherung wiederherstellen' })).toBeInTheDocument();
    expect(api.callsOf('settings.get')).toEqual([]);
  });
});
