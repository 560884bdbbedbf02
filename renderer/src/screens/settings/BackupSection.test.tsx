import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupDto } from '../../../../contract';
import { axeViolations } from '../../test/axe';
import { fail, fakeApi, ok, type FakeHandlers } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { BACKUPS_SHOWN_AT_FIRST } from './BackupList';
import { BackupSection } from './BackupSection';
import { backupHandlers, DEFAULT_FOLDER, overviewWith, sampleBackups } from './backup-fixtures';
import { ReloadProvider } from './reload';

function setup(extra: FakeHandlers = {}, fixture = backupHandlers()) {
  const api = fakeApi({ ...fixture.handlers, ...extra });
  const reload = vi.fn();
  const user = userEvent.setup();
  const rendered = renderScreen(
    <ReloadProvider value={reload}>
      <BackupSection />
    </ReloadProvider>,
    { api },
  );
  return { api, reload, user, fixture, ...rendered };
}

const table = () => screen.findByRole('table', { name: /Sicherungen, die neueste zuerst/ });
const rowTexts = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

beforeEach(() => window.sessionStorage.clear());

describe('Datensicherung: die Liste', () => {
  it('lists the backups newest first with German date, kind in words and size', async () => {
    const { container } = setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Datensicherung' })).toBeInTheDocument();
    expect(await rowTexts()).toEqual([
      ['Do., 26.11.2026, 09:14 Uhr', 'manuell', '1,2 MB', 'Wiederherstellen'],
      ['Do., 26.11.2026, 08:00 Uhr', 'täglich automatisch', '1,1 MB', 'Wiederherstellen'],
      ['Fr., 20.11.2026, 16:45 Uhr', 'vor einem Update', '850 KB', 'Wiederherstellen'],
      ['Mi., 18.11.2026, 11:02 Uhr', 'vor einer Wiederherstellung', '1,0 MB', 'Wiederherstellen'],
      ['Di., 17.11.2026, 07:59 Uhr', 'beschädigte Datei aufbewahrt', '512 KB', 'nur für den IT-Support'],
    ]);
    expect(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /17\.11\.2026.*wiederherstellen/ })).not.toBeInTheDocument();
    expect(screen.getByText(DEFAULT_FOLDER)).toBeInTheDocument();
    expect(screen.getByText('5 Sicherungen im Ordner')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('folds long lists and shows all on request', async () => {
    const many: BackupDto[] = Array.from({ length: 12 }, (_, index) => {
      const day = String(26 - index).padStart(2, '0');
      return { fileName: `Sicherung_2026-11-${day}_08-00-00_taeglich.sqlite`, kind: 'daily', createdAt: `2026-11-${day}T08:00:00`, sizeBytes: 900_000 };
    });
    const { user } = setup({}, backupHandlers(overviewWith(many)));
    expect(await rowTexts()).toHaveLength(BACKUPS_SHOWN_AT_FIRST);
    expect(screen.getByText('Die neuesten 8 von 12 Sicherungen')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Alle 12 Sicherungen anzeigen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(await rowTexts()).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Nur die neuesten anzeigen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when there are no backups yet', async () => {
    setup({}, backupHandlers(overviewWith([])));
    expect(await screen.findByText('Noch keine Sicherungen')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a backup, names the file in a toast and shows it in the list', async () => {
    const { api, user } = setup();
    await table();
    await user.click(screen.getByRole('button', { name: 'Sicherung jetzt erstellen' }));
    expect(await screen.findByText('Die Sicherung „Sicherung_2026-11-26_10-30-00_manuell.sqlite“ wurde erstellt.')).toBeInTheDocument();
    expect(api.callsOf('backups.create')).toEqual([{}]);
    await waitFor(async () => expect((await rowTexts())[0]).toEqual(['Do., 26.11.2026, 10:30 Uhr', 'manuell', '1,2 MB', 'Wiederherstellen']));
  });

  it('shows why a backup could not be created', async () => {
    const { user } = setup({ 'backups.create': () => fail({ messageKey: 'backups.errors.createFailed' }) });
    await table();
    await user.click(screen.getByRole('button', { name: 'Sicherung jetzt erstellen' }));
    expect(await screen.findByText(/Die Sicherung konnte nicht erstellt werden/)).toBeInTheDocument();
  });
});

describe('Datensicherung: wiederherstellen', () => {
  it('says plainly what happens, restores and reloads the app', async () => {
    const { api, user, reload } = setup();
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
  });

  it('confirms the restore after the reload', async () => {
    const first = setup();
    await table();
    await first.user.click(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 08:00 Uhr wiederherstellen' }));
    await first.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(first.reload).toHaveBeenCalledOnce());
    first.unmount();

    setup();
    expect(
      await screen.findByText('Der Stand vom Donnerstag, 26. November 2026 um 08:00 Uhr wurde wiederhergestellt. Der vorherige Stand ist als Sicherung „vor einer Wiederherstellung“ erhalten.'),
    ).toBeInTheDocument();
  });

  it('does nothing on cancel, and keeps a refusal in the dialog', async () => {
    const { api, user, reload } = setup({ 'backups.restore': () => fail({ code: 'not-found', messageKey: 'backups.errors.notFound', fields: [{ field: 'fileName', messageKey: 'backups.errors.notFound' }] }) });
    await table();
    const button = screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' });
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsOf('backups.restore')).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Sicherung vom Do., 26.11.2026, 09:14 Uhr wiederherstellen' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Diese Sicherung gibt es nicht mehr. Bitte laden Sie die Liste neu.');
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('Datensicherung: Ordner und Aufbewahrung', () => {
  it('shows the default folder as an empty field and names it in the hint', async () => {
    setup();
    const folder = await screen.findByLabelText('Sicherungsordner');
    expect(folder).toHaveValue('');
    expect(folder).toHaveAccessibleDescription(expect.stringContaining(`Leer lassen für den Standardordner „${DEFAULT_FOLDER}“.`));
    expect(folder).toHaveAccessibleDescription(expect.stringContaining('„H:\\Sicherungen\\Leitbild“'));
    expect(screen.getByLabelText('Tägliche Sicherungen behalten')).toHaveValue(7);
    expect(screen.getByLabelText('Wöchentliche Sicherungen behalten')).toHaveValue(4);
  });

  it('shows refusals at the field and saves valid settings', async () => {
    const { api, user } = setup();
    const folder = await screen.findByLabelText('Sicherungsordner');
    await user.type(folder, 'Sicherungen');
    await user.click(screen.getByRole('button', { name: 'Sicherungseinstellungen speichern' }));
    await waitFor(() => expect(folder).toHaveAttribute('aria-invalid', 'true'));
    expect(folder).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie einen vollständigen Ordnerpfad an'));
    await waitFor(() => expect(folder).toHaveFocus());

    await user.clear(folder);
    await user.type(folder, 'H:\\Sicherungen\\Leitbild');
    const daily = screen.getByLabelText('Tägliche Sicherungen behalten');
    await user.clear(daily);
    await user.type(daily, '61');
    await user.click(screen.getByRole('button', { name: 'Sicherungseinstellungen speichern' }));
    await waitFor(() => expect(daily).toHaveAttribute('aria-invalid', 'true'));
    expect(daily).toHaveAccessibleDescription(expect.stringContaining('Der Wert darf höchstens 60 sein.'));
    expect(folder).not.toHaveAttribute('aria-invalid');

    await user.clear(daily);
    await user.type(daily, '14');
    await user.click(screen.getByRole('button', { name: 'Sicherungseinstellungen speichern' }));
    expect(await screen.findByText('Die Sicherungseinstellungen wurden gespeichert.')).toBeInTheDocument();
    expect(api.callsOf('backups.configure').at(-1)).toEqual({ folder: 'H:\\Sicherungen\\Leitbild', keepDaily: 14, keepWeekly: 4, keepManualMonths: 0 });
    expect(screen.getByText('H:\\Sicherungen\\Leitbild', { selector: 'code' })).toBeInTheDocument();
  });

  it('asks for whole numbers before calling the main side', async () => {
    const { api, user } = setup();
    const weekly = await screen.findByLabelText('Wöchentliche Sicherungen behalten');
    await user.clear(weekly);
    await user.click(screen.getByRole('button', { name: 'Sicherungseinstellungen speichern' }));
    await waitFor(() => expect(weekly).toHaveAttribute('aria-invalid', 'true'));
    expect(weekly).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine ganze Zahl ein.'));
    expect(api.callsOf('backups.configure')).toEqual([]);
  });

  it('sets how many months manual backups are kept (0 = until deleted by hand)', async () => {
    const { api, user } = setup();
    const months = await screen.findByLabelText('Manuelle Sicherungen behalten (Monate)');
    expect(months).toHaveValue(0);
    expect(months).toHaveAccessibleDescription(expect.stringContaining('0 = bis Sie sie selbst löschen'));
    await user.clear(months);
    await user.type(months, '6');
    await user.click(screen.getByRole('button', { name: 'Sicherungseinstellungen speichern' }));
    expect(await screen.findByText('Die Sicherungseinstellungen wurden gespeichert.')).toBeInTheDocument();
    expect(api.callsOf('backups.configure').at(-1)).toMatchObject({ keepManualMonths: 6 });
  });
});

describe('Datensicherung: Datenbank prüfen', () => {
  it('reports a healthy database', async () => {
    const { user } = setup({ 'maintenance.checkIntegrity': () => ok({ ok: true, checkedAt: '2026-11-26T09:20:00', detail: 'ok' }) });
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank prüfen' }));
    const status = await screen.findByText('Die Datenbank ist in Ordnung.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText('Geprüft am Donnerstag, 26. November 2026 um 09:20 Uhr.')).toBeInTheDocument();
  });

  it('explains a problem and offers the newest good backup', async () => {
    const damagedFirst = [{ ...sampleBackups[4]!, createdAt: '2026-11-27T07:00:00', fileName: 'Sicherung_2026-11-27_07-00-00_beschaedigt.sqlite' }, ...sampleBackups];
    const { user, api, reload } = setup(
      { 'maintenance.checkIntegrity': () => ok({ ok: false, checkedAt: '2026-11-26T09:20:00', detail: '*** in database main ***\nPage 12: btreeInitPage() returns error code 11' }) },
      backupHandlers(overviewWith(damagedFirst)),
    );
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank prüfen' }));
    const alert = (await screen.findByText('Bei der Prüfung wurden Fehler in der Datenbank gefunden.')).closest<HTMLElement>('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(alert).toHaveTextContent('Stellen Sie die neueste Sicherung wieder her');
    expect(within(alert).getByText(/btreeInitPage/)).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Neueste Sicherung wiederherstellen (Do., 26.11.2026, 09:14 Uhr)' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveTextContent('Sicherung_2026-11-26_09-14-03_manuell.sqlite');
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(api.callsOf('backups.restore')).toEqual([{ fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite' }]);
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
    const bytes = new TextEncoder().encode('SQLite format 3\u0000Leitbild');
    const contentBase64 = btoa(String.fromCharCode(...bytes));
    const { user } = setup({ 'backups.export': () => ok({ fileName: 'Leitbild-Werkstatt_2026-11-26.sqlite', contentBase64 }) });
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank exportieren' }));

    expect(await screen.findByText('Die Datenbank wurde als „Leitbild-Werkstatt_2026-11-26.sqlite“ exportiert.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]![0];
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual(Array.from(bytes));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('Leitbild-Werkstatt_2026-11-26.sqlite');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:leitbild/1');
    expect(clicked[0]!.isConnected).toBe(false);
  });

  it('shows a refused import in the dialog and changes nothing', async () => {
    const { api, user, reload } = setup({
      'backups.import': () => fail({ messageKey: 'backups.errors.refused.corrupt', fields: [{ field: 'fileName', messageKey: 'backups.errors.refused.corrupt' }] }),
    });
    await table();
    const file = new File([new Uint8Array([1, 2, 3, 250])], 'Leitbild-Werkstatt_2026-11-20.sqlite', { type: 'application/vnd.sqlite3' });
    await user.upload(screen.getByLabelText('Datei zum Importieren'), file);

    const dialog = screen.getByRole('dialog', { name: 'Datenbank importieren?' });
    expect(dialog).toHaveAccessibleDescription(
      'Die Datei „Leitbild-Werkstatt_2026-11-20.sqlite“ (1 KB) ersetzt alle Daten, die jetzt in der Leitbild-Werkstatt sind. Der aktuelle Stand wird vorher gesichert. Danach wird die Anwendung neu geladen.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Importieren und ersetzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Datei ist beschädigt und wurde nicht übernommen. Ihre Daten wurden nicht verändert.');
    expect(api.callsOf('backups.import')).toEqual([{ fileName: 'Leitbild-Werkstatt_2026-11-20.sqlite', contentBase64: 'AQID+g==' }]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('imports a good file and reloads the app', async () => {
    const { user, reload } = setup({ 'backups.import': () => ok({ restored: true as const }) });
    await table();
    await user.click(screen.getByRole('button', { name: 'Datenbank importieren …' }));
    await user.upload(screen.getByLabelText('Datei zum Importieren'), new File(['SQLite'], 'Altona.sqlite'));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Importieren und ersetzen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
  });

  it('refuses an empty file without calling the main side', async () => {
    const { api, user } = setup();
    await table();
    await user.upload(screen.getByLabelText('Datei zum Importieren'), new File([], 'leer.sqlite'));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Importieren und ersetzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Datei enthält keine Daten der Leitbild-Werkstatt.');
    expect(api.callsOf('backups.import')).toEqual([]);
  });
});
