import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addContact, addOrganization } from '../../../../../test-support/contact-data';
import { excelCsv, outlookCompleteCsv, outlookRow, windows1252 } from '../../../../../test-support/contact-files';
import { realApi, type RealApi } from '../../../../../test-support/real-api';
import { paths } from '../../../app/paths';
import { axeViolations } from '../../../test/axe';
import { renderScreen } from '../../../test/render';
import { spyOnDownloads } from '../../../test/downloads';
import { readFileBytes } from '../../../files/file-transfer';
import { ContactsImportScreen } from './ContactsImportScreen';

/**
 * A list saved by Excel as "CSV (Trennzeichen-getrennt)" (semicolons, no BOM, Windows-1252) with its
 * own headers ("Kontakt" holds the e-mail but is not recognised): line 3 has a bad address, line 4
 * repeats line 2's address, line 5 is Nadia Haddad of Verikom, who is already there.
 */
const LIST = windows1252(
  [
    'Name;Vorname;Kontakt;Organisation;Bemerkung',
    'Demir;Fatma;f.demir@example.org;;',
    'Arslan;Mehmet;kein-at;;',
    'Demir;Fatma;f.demir@example.org;;zweimal',
    'Haddad;Nadia;;Verikom e. V.;',
  ].join('\r\n') + '\r\n',
);

async function setup() {
  const api = await realApi();
  const verikom = await addOrganization(api, 'Verikom e. V.', { kind: 'traeger' });
  await addContact(api, 'Haddad', 'Nadia', { organizationIds: [verikom.id] });
  const user = userEvent.setup();
  const view = renderScreen(<ContactsImportScreen />, { api, path: paths.contactsImport });
  return { api, user, ...view };
}

const file = (content: Buffer | string, name = 'liste.csv', type = 'text/csv') => new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type });
const people = async (api: RealApi) => (await api.must('contacts.list', { limit: 100 })).rows.map((row) => row.displayName).sort();

/** A complete Outlook export: a person, and a company without a person (it becomes an organisation). */
const OUTLOOK_WITH_COMPANY = outlookCompleteCsv([
  outlookRow({ Vorname: 'Ayse', Nachname: 'Özdemir', Abteilung: 'Elternarbeit', 'E-Mail-Adresse': 'a.oezdemir@example.org', 'E-Mail: Angezeigter Name': 'Ayse Özdemir' }),
  outlookRow({ Firma: 'Stadtteilschule Harburg', 'Ort geschäftlich': 'Hamburg', 'E-Mail-Adresse': 'info@sts-harburg.example.org' }),
]);

/** Many rows, so the import is still running when the test looks at it. */
const bigList = (rows: number) => excelCsv([['Vorname', 'Nachname'], ...Array.from({ length: rows }, (_, index) => [`Vor${index}`, `Nach${index}`])]);

/** "Weiter zur Prüfung" once the preview has come back (the button waits while it is asked for). */
async function nextStep(user: ReturnType<typeof userEvent.setup>, timeout = 5000) {
  const next = await screen.findByRole('button', { name: 'Weiter zur Prüfung' }, { timeout });
  await waitFor(() => expect(next).not.toHaveAttribute('aria-disabled'), { timeout });
  await user.click(next);
}

describe('Import wizard', () => {
  it('goes file → columns (mapping) → check with bad rows and duplicates → import with progress', async () => {
    const { api, user, container } = await setup();
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(LIST));

    // Step 2: detected settings, overridable; mapping with German field names.
    expect(await screen.findByText(/„liste\.csv“: Liste mit eigenen Spalten/)).toBeInTheDocument();
    expect(screen.getByLabelText('Trennzeichen')).toHaveValue(';');
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('utf-8');
    const mail = screen.getByLabelText('Spalte „Kontakt“ übernehmen als');
    // A column the app does not know is kept in the notes unless the person chooses otherwise.
    expect(mail).toHaveValue('note');
    expect(within(mail).getByRole('option', { name: 'in die Notizen („Spalte: Wert“)' })).toBeInTheDocument();
    expect(within(mail).getByRole('option', { name: 'nicht übernehmen' })).toBeInTheDocument();
    await user.selectOptions(mail, 'E-Mail');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ mapping: { Kontakt: 'email' } }));
    await waitFor(() => expect(screen.getByLabelText('Zeichensatz')).toBeEnabled());
    await user.selectOptions(screen.getByLabelText('Zeichensatz'), 'Windows (ANSI, Windows-1252)');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ encoding: 'windows-1252' }));
    await waitFor(() => expect(screen.getByLabelText('Zeichensatz')).toBeEnabled());
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('windows-1252');
    expect(screen.getByLabelText('Spalte „Kontakt“ übernehmen als')).toHaveValue('email');
    expect(await screen.findByRole('table', { name: /^Vorschau: die ersten \d Zeilen$/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    // Step 3: the dry run.
    await nextStep(user);
    const bad = await screen.findByRole('table', { name: '1 fehlerhafte Zeile' });
    expect(within(bad).getByRole('row', { name: /Zeile 3 Mehmet Arslan Die E-Mail-Adresse in dieser Zeile ist ungültig\./ })).toBeInTheDocument();
    // The bad row handed back as a CSV to fix: the problem first, then the row as the file has it.
    const downloads = spyOnDownloads();
    try {
      await user.click(screen.getByRole('button', { name: 'Fehlerhafte Zeilen als CSV speichern' }));
      await waitFor(() => expect(downloads.names).toEqual(['fehlerhafte-zeilen_liste.csv']));
      const rejects = new TextDecoder().decode(await readFileBytes(downloads.blobs[0]!));
      expect(rejects.split('\r\n')[1]).toBe('Die E-Mail-Adresse in dieser Zeile ist ungültig.;Arslan;Mehmet;kein-at;;');
    } finally {
      downloads.restore();
    }
    const line4 = screen.getByRole('group', { name: 'Zeile 4: Fatma Demir – gleiche E-Mail-Adresse wie Zeile 2 der Datei' });
    const line5 = screen.getByRole('group', { name: 'Zeile 5: Nadia Haddad – gleicher Name und gleiche Organisation wie ein vorhandener Kontakt' });
    expect(within(line4).getByRole('radio', { name: 'überspringen' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Alle zusammenführen' }));
    expect(within(line4).getByRole('radio', { name: 'zusammenführen' })).toBeChecked();
    expect(within(line5).getByRole('radio', { name: 'zusammenführen' })).toBeChecked();
    await user.click(within(line5).getByRole('radio', { name: 'als neu anlegen' }));
    expect(screen.getByText('Neu angelegt: 2 · zusammengeführt: 1 · übersprungen: 1')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    // Bad rows go in only by choice: without it nothing starts, and the choice says why.
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    const skip = screen.getByRole('checkbox', { name: 'Die fehlerhafte Zeile auslassen und die übrigen einlesen' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAccessibleDescription(/Bitte wählen Sie, ob die fehlerhaften Zeilen ausgelassen werden sollen/);
    expect(api.callsOf('contacts.importStart')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(skip);

    // Step 4: import with progress.
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText('Fertig: 2 neu angelegt, 1 zusammengeführt, 1 übersprungen.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(api.callsOf('contacts.importStart')[0]).toMatchObject({ encoding: 'windows-1252', mapping: { Kontakt: 'email' }, decisions: { '3': 'skip', '4': 'merge', '5': 'new' } });
    expect(api.callsOf('contacts.importProgress').length).toBeGreaterThanOrEqual(1);
    expect(await people(api)).toEqual(['Fatma Demir', 'Nadia Haddad', 'Nadia Haddad']);
    const [fatma] = (await api.must('contacts.list', { text: 'Demir' })).rows;
    expect(await api.must('contacts.get', { id: fatma!.id })).toMatchObject({ emails: ['f.demir@example.org'], notes: 'zweimal' });
  });

  it('shows a progress bar while running; cancel asks the main side and reports that nothing was imported', async () => {
    const { api, user } = await setup();
    const rows = 10_000;
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(bigList(rows), 'gross.csv'));
    await nextStep(user, 10_000);
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    const bar = await screen.findByRole('progressbar', { name: 'Fortschritt' });
    await waitFor(() => expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0), { timeout: 10_000 });
    expect(bar).toHaveAttribute('max', String(rows));
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(api.callsOf('contacts.importCancel')).toHaveLength(1);
    expect(await screen.findByText('Abgebrochen. Es wurde nichts eingelesen.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await people(api)).toEqual(['Nadia Haddad']);
  }, 40_000);

  it('shows a failed import with its German message; a file the main side refuses stays at the file field', async () => {
    const { api, user } = await setup();
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(''));
    expect(await screen.findByText('Die Datei ist leer.')).toBeInTheDocument();
    expect(screen.getByLabelText('CSV-, Excel- oder vCard-Datei')).toHaveAttribute('aria-invalid', 'true');
    // The database refuses the insert (as a full disk would); the import rolls back.
    await api.core.database!.query(`CREATE TRIGGER fail_import BEFORE INSERT ON contact BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(bigList(3)));
    await nextStep(user);
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText('Das Einlesen ist fehlgeschlagen. Es wurde nichts übernommen.', {}, { timeout: 5000 })).toBeInTheDocument();
    await api.core.database!.query('DROP TRIGGER fail_import');
    expect(await people(api)).toEqual(['Nadia Haddad']);
  });

  it('a file with a UTF-8 byte order mark stays UTF-8 when Windows-1252 is chosen: the first column keeps its name and mapping, and the wizard says why', async () => {
    const { api, user, container } = await setup();
    const list = excelCsv([['Kontakt', 'Nachname', 'Vorname'], ['j.mueller@example.org', 'Müller', 'Jürgen']]);
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(list));
    await user.selectOptions(await screen.findByLabelText('Spalte „Kontakt“ übernehmen als'), 'E-Mail');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ mapping: { Kontakt: 'email' } }));
    await waitFor(() => expect(screen.getByLabelText('Zeichensatz')).toBeEnabled());
    expect(screen.queryByText(/Markierung für UTF-8/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Zeichensatz'), 'Windows (ANSI, Windows-1252)');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ encoding: 'windows-1252', mapping: { Kontakt: 'email' } }));
    await waitFor(() => expect(screen.getByLabelText('Zeichensatz')).toBeEnabled());
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('utf-8');
    expect(screen.getByText('Die Datei beginnt mit der Markierung für UTF-8 (Byte Order Mark) und wird deshalb als UTF-8 gelesen, nicht als „Windows (ANSI, Windows-1252)“.')).toBeInTheDocument();
    expect(screen.getByLabelText('Spalte „Kontakt“ übernehmen als')).toHaveValue('email');
    expect(screen.queryByText(/ï»¿/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await nextStep(user);
    await user.click(await screen.findByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText(/^Fertig: 1 neu angelegt/, {}, { timeout: 5000 })).toBeInTheDocument();
    const [row] = (await api.must('contacts.list', { text: 'Muller' })).rows;
    expect(await api.must('contacts.get', { id: row!.id })).toMatchObject({ emails: ['j.mueller@example.org'] });
  });

  it('takes a vCard file without a separator or column choice', async () => {
    const { user, container } = await setup();
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Özdemir;Ayşe;;;\r\nFN:Ayşe Özdemir\r\nEMAIL:a.oezdemir@example.org\r\nEND:VCARD\r\n';
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(vcard, 'kontakte.vcf', 'text/vcard'));
    expect(await screen.findByText(/„kontakte\.vcf“: vCard-Datei \(\.vcf\)/)).toBeInTheDocument();
    expect(screen.getByText('Die Felder der vCards werden automatisch zugeordnet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Trennzeichen')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('utf-8');
    expect(screen.getByRole('table', { name: 'Vorschau: die erste Zeile' })).toHaveTextContent('Özdemir');
    expect(await axeViolations(container)).toEqual([]);
  });

  it("previews Outlook's rows in the columns with content, each named by the file's column and its field", async () => {
    const { user } = await setup();
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(OUTLOOK_WITH_COMPANY, 'Outlook.CSV'));
    const rows = await screen.findByRole('table', { name: 'Vorschau: die ersten 2 Zeilen' });
    // Of Outlook's 92 columns; "E-Mail: Angezeigter Name" is not taken over, the defaults ("0.0.00", "Normal") hold nothing.
    expect(within(rows).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Vorname: Vorname',
      'Nachname: Nachname',
      'Firma: Organisation',
      'Abteilung: Abteilung',
      'Ort geschäftlich: Ort',
      'E-Mail-Adresse: E-Mail',
    ]);
  });

  it('says in a sentence of its own that a row with only a company becomes an organisation', async () => {
    const { api, user } = await setup();
    await user.upload(screen.getByLabelText('CSV-, Excel- oder vCard-Datei'), file(OUTLOOK_WITH_COMPANY, 'Outlook.CSV'));
    await nextStep(user);
    const plan = await screen.findByRole('region', { name: 'Was passiert' });
    expect(within(plan).getByText('Neu angelegt: 1 · zusammengeführt: 0 · übersprungen: 0', { exact: true })).toBeInTheDocument();
    expect(within(plan).getByText('Dazu 1 Zeile mit einer Firma ohne Person: wird zur Organisation (oder ergänzt sie).', { exact: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText('Fertig: 1 neu angelegt, 0 zusammengeführt, 0 übersprungen. 1 Zeile mit einer Firma ohne Person wurde zur Organisation.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await api.must('organizations.list', { text: 'Stadtteilschule' })).rows).toMatchObject([{ name: 'Stadtteilschule Harburg', city: 'Hamburg', email: 'info@sts-harburg.example.org' }]);
  });
});
