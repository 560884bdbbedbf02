import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderFiles, goodDatabaseBytes, placeBackupFiles, SAMPLE_BACKUPS } from '../../../../test-support/data-folder-states';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { BACKUPS_SHOWN_AT_FIRST } from './BackupList';
import { BackupSection } from './BackupSection';
import { ReloadProvider } from './reload';

/** A real core with real backup files (copies of a good database) in its backup folder. */
async function withBackups(names: readonly string[] = SAMPLE_BACKUPS) {
  const api = await realApi();
  const folder = api.core.backups.folder();
  if (names.length) await placeBackupFiles(folder, names);
  return { api, folder };
}

function show(api: RealApi) {
  const reload = vi.fn();
  const user = userEvent.setup();
  const rendered = renderScreen(
    <ReloadProvider value={reload}>
      <BackupSection />
    </ReloadProvider>,
    { api },
  );
  return { reload, user, ...rendered };
}

async function setup(names?: readonly string[]) {
  const { api, folder } = await withBackups(names);
  return { api, folder, ...show(api) };
}

const SIZE = expect.stringMatching(/^\d+(,\d)? (KB|MB)$/);
const table = () => screen.findByRole('table', { name: /Sicherungen, die neueste zuerst/ });
const rowTexts = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

/** After a restore or import the core has the good database's data: its one contact. */
async function expectGoodData(api: RealApi) {
  expect((await api.must('contacts.list', {})).rows.map((row) => row.displayName)).toEqual(['Deniz Yılmaz']);
}

beforeEach(() => window.sessionStorage.clear());

describe('Datensicherung: die Liste', () => {
  it('lists the backups newest first with German date, kind in words and size', async () => {
    const { container, folder } = await setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Datensicherung' })).toBeInTheDocument();
    expect(await rowTexts()).toEqual([
      ['Do., 26.11.2026, 09:14 Uhr', 'manuell', SIZE, 'Wiederherstellen'],
      ['Do., 26.11.2026, 08:00 Uhr', 'täglich automatisch', SIZE, 'Wiederherstellen'],
      ['Fr., 20.11.2026, 16:45 Uhr', 'vor einem Update', SIZE, 'Wiederherstellen'],
      ['Mi., 18.11.2026, 11:02 Uhr', 'vor einer Wiederherstellung', SIZE, 'Wiederherstellen'],
      ['Di., 17.11.2026, 07:59 Uhr', 'beschädigte Datei aufbewahrt', '8 KB', 'nur für den IT-Support'],
    ]);
    expect(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /17\.11\.2026.*wiederherstellen/ })).not.toBeInTheDocument();
    expect(screen.getByText(folder)).toBeInTheDocument();
    expect(screen.getByText('5 Sicherungen im Ordner')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('folds long lists and shows all on request', async () => {
    const many = Array.from({ length: 12 }, (_, index) => `Sicherung_2026-11-${String(26 - index).padStart(2, '0')}_08-00-00_taeglich.sqlite`);
    const { user } = await setup(many);
    expect(await rowTexts()).toHaveLength(BACKUPS_SHOWN_AT_FIRST);
    expect(screen.getByText('Die neuesten 8 von 12 Sicherungen')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Alle 12 Sicherungen anzeigen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(await rowTexts()).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Nur die neuesten anzeigen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when there are no backups yet', async () => {
    await setup([]);
    expect(await screen.findByText('Noch keine Sicherungen')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a backup, names the file in a toast and shows it in the list', async () => {
    const { api, user, folder } = await setup();
    await table();
    await user.click(screen.getByRole('button', { name: 'Sicherung jetzt erstellen' }));
    const toast = await screen.findByText(/^Die Sicherung „Sicherung_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_manuell\.sqlite“ wurde erstellt\.$/);
    const fileName = /„(.+)“/.exec(toast.textContent!)![1]!;
    expect(folderFiles.has(folder, fileName)).toBe(true);
    expect((await api.must('backups.overview', {})).backups[0]).toMatchObject({ fileName, kind: 'manual' });
    await waitFor(async () => expect((await rowTexts())[0]).toEqual([expect.stringMatching(/Uhr$/), 'manuell', SIZE, 'Wiederherstellen']));
    expect(await rowTexts()).toHaveLength(6);
  });

  it('shows why a backup could not be created', async () => {
    const { api, folder } = await withBackups([]);
    // Someone put a file where the backup folder was.
    folderFiles.replaceWithFile(folder);
    const { user } = show(api);
    await user.click(await screen.findByRole('button', { name: 'Sicherung jetzt erstellen' }));
    expect(await screen.findByText(`„${folder}“ ist kein Ordner (dort liegt eine Datei oder ein Gerät). Bitte wählen Sie einen Ordner.`)).toBeInTheDocument();
  });
});

describe('Datensicherung: wiederherstellen', () => {
  it('says plainly what happens, restores and reloads the app', async () => {
    const { api, user, reload } = await setup();
    await api.must('contacts.create', { lastName: 'Später', firstName: 'Eingegeben' });
    await table();
    await user.click(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 08:00 Uhr wiederherstellen' }));

    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveAccessibleDescription(
      'Die Daten werden auf den Stand vom Donnerstag, 26. November 2026 um 08:00 Uhr zurückgesetzt. Was seitdem eingegeben wurde, ist danach nicht mehr zu sehen. ' +
        'Der aktuelle Stand wird vorher gesichert. Danach wird die Anwendung neu geladen.',
    );
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(await axeViolations(dialog)).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_08-00-12_taeglich.sqlite' }]);
    await expectGoodData(api);
    expect((await api.must('backups.overview', {})).backups.filter((backup) => backup.kind === 'pre-restore')).toHaveLength(2);
  });

  it('confirms the restore after the reload', async () => {
    const { api } = await withBackups();
    const first = show(api);
    await table();
    await first.user.click(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 08:00 Uhr wiederherstellen' }));
    await first.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(first.reload).toHaveBeenCalledOnce());
    first.unmount();

    show(api);
    expect(
      await screen.findByText('Der Stand vom Donnerstag, 26. November 2026 um 08:00 Uhr wurde wiederhergestellt. Der vorherige Stand ist als Sicherung „vor einer Wiederherstellung“ erhalten.'),
    ).toBeInTheDocument();
  });

  it('does nothing on cancel, and keeps a refusal in the dialog', async () => {
    const { api, user, reload, folder } = await setup();
    await table();
    const button = screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' });
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsOf('backups.restore')).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' })).toHaveFocus());

    // Meanwhile the file was deleted from the folder (by hand, or by another PC's pruning).
    folderFiles.remove(folder, SAMPLE_BACKUPS[0]);
    await user.click(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Diese Sicherung gibt es nicht mehr. Bitte laden Sie die Liste neu.');
    expect(reload).not.toHaveBeenCalled();
    expect((await api.must('contacts.list', {})).total).toBe(0);
  });
});

describe('Datensicherung: Datenbank prüfen', () => {
  it('reports a healthy database', async () => {
    const { user } = await setup();
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank prüfen' }));
    const status = await screen.findByText('Die Datenbank ist in Ordnung.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(/^Geprüft am \w+, \d+\. \w+ \d{4} um \d\d:\d\d Uhr\.$/)).toBeInTheDocument();
  });

  it('explains a problem and offers the newest good backup', async () => {
    const { api, user, reload } = await setup(['Sicherung_2026-11-27_07-00-00_beschaedigt.sqlite', ...SAMPLE_BACKUPS]);
    // A row whose edition does not exist: what a tool writing past the app leaves behind.
    await api.core.database!.query('PRAGMA foreign_keys = OFF');
    await api.core.database!.query("INSERT INTO guideline (edition_id, position, title, text) VALUES (999, 1, 'Waise', '')");
    await api.core.database!.query('PRAGMA foreign_keys = ON');
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank prüfen' }));
    const alert = (await screen.findByText('Bei der Prüfung wurden Fehler in der Datenbank gefunden.')).closest<HTMLElement>('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(alert).toHaveTextContent('Stellen Sie die neueste Sicherung wieder her');
    expect(within(alert).getByText(/foreign_key_check: 1/)).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Neueste Sicherung wiederherstellen (Do., 26.11.2026, 09:14 Uhr)' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveTextContent('Sicherung_2026-11-26_09-14-03_manuell.sqlite');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite' }]);
    expect(await api.must('maintenance.checkIntegrity', {})).toMatchObject({ ok: true });
    await expectGoodData(api);
  });
});

describe('Datensicherung: exportieren und importieren', () => {
  const createObjectURL = vi.fn((blob: Blob) => (void blob, 'blob:leitbild/1'));
  const revokeObjectURL = vi.fn();
  let clicked: HTMLAnchorElement[] = [];

  beforeEach(() => {
    clicked = [];
    createObjectURL.mockClear();
    // jsdom has neither; the app's download relies on both.
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers the exported database as a download', async () => {
    const { api, user } = await setup();
    await api.must('contacts.create', { lastName: 'Exportiert' });
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank exportieren' }));

    const toast = await screen.findByText(/^Die Datenbank wurde als „\d{4}-\d\d-\d\d_Leitbild-Werkstatt\.sqlite“ exportiert\.$/);
    const fileName = /„(.+)“/.exec(toast.textContent!)![1]!;
    // Streamed by the server from a one-time address, not built in the page.
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(api.callsOf('exports.save')).toEqual([{ kind: 'database' }]);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(fileName);
    const url = clicked[0]!.getAttribute('href')!;
    expect(url).toMatch(/^\/download\/[\w-]+\.[\w-]+$/);
    expect(clicked[0]!.isConnected).toBe(false);
    const bytes = (await api.downloaded(url))!;
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    // The address works once.
    expect(await api.downloaded(url)).toBeNull();

    // The download is a whole database: imported elsewhere, it holds the contact.
    const other = await realApi();
    const uploaded = await other.upload!(new File([new Uint8Array(bytes)], fileName), fileName);
    if (!uploaded.ok) throw new Error('upload refused');
    await other.must('backups.importChosen', { token: uploaded.data.token, fileName });
    expect((await other.must('contacts.list', {})).rows.map((row) => row.lastName)).toEqual(['Exportiert']);
  });

  it('shows a refused import in the dialog and changes nothing', async () => {
    const { api, user, reload } = await setup();
    await api.must('contacts.create', { lastName: 'Bleibt' });
    await table();
    const file = new File([new Uint8Array([1, 2, 3, 250])], 'Leitbild-Werkstatt_2026-11-20.sqlite', { type: 'application/vnd.sqlite3' });
    await user.upload(screen.getByLabelText('Datei zum Importieren'), file);

    const dialog = screen.getByRole('dialog', { name: 'Datenbank importieren?' });
    expect(dialog).toHaveAccessibleDescription(
      'Die Datei „Leitbild-Werkstatt_2026-11-20.sqlite“ (1 KB) ersetzt alle Daten, die jetzt in der Leitbild-Werkstatt sind. Der aktuelle Stand wird vorher gesichert. Danach wird die Anwendung neu geladen.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Importieren und ersetzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/wurde nicht übernommen\. Ihre Daten wurden nicht verändert\./);
    expect(api.callsOf('backups.importChosen')).toEqual([{ token: expect.stringMatching(/\./) as unknown, fileName: 'Leitbild-Werkstatt_2026-11-20.sqlite' }]);
    expect(reload).not.toHaveBeenCalled();
    expect((await api.must('contacts.list', {})).rows.map((row) => row.lastName)).toEqual(['Bleibt']);
  });

  it('imports a good file and reloads the app', async () => {
    const { api, user, reload } = await setup();
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank importieren …' }));
    await user.upload(screen.getByLabelText('Datei zum Importieren'), new File([await goodDatabaseBytes()], 'Altona.sqlite'));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Importieren und ersetzen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    await expectGoodData(api);
  });

  it('refuses an empty file without calling the main side', async () => {
    const { api, user } = await setup();
    await table();
    await user.upload(screen.getByLabelText('Datei zum Importieren'), new File([], 'leer.sqlite'));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Importieren und ersetzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Datei enthält keine Daten der Leitbild-Werkstatt.');
    expect(api.callsOf('backups.importChosen')).toEqual([]);
  });
});
