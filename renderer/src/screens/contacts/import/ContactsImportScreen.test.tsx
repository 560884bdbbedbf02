import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallInput, ImportJobDto, ImportPreviewDto } from '../../../../../contract';
import { paths } from '../../../app/paths';
import { axeViolations } from '../../../test/axe';
import { fail, fakeApi, ok } from '../../../test/fake-api';
import { renderScreen } from '../../../test/render';
import { ContactsImportScreen } from './ContactsImportScreen';

const HEADERS = ['Name', 'Vorname', 'Mail', 'Bemerkung'];

/** What importPreview answers for an Excel list with its own headers; "Mail" is not recognised at first. */
function preview(input: CallInput<'contacts.importPreview'>): ImportPreviewDto {
  const mapping = input.mapping ?? { Name: 'lastName', Vorname: 'firstName', Mail: 'ignore', Bemerkung: 'notes' };
  return {
    format: 'mapped',
    separator: input.separator ?? ';',
    encoding: input.encoding ?? 'utf-8',
    headers: HEADERS,
    mapping: mapping as ImportPreviewDto['mapping'],
    previewRows: [
      ['Demir', 'Fatma', 'f.demir@example.org', ''],
      ['Arslan', 'Mehmet', 'kein-at', ''],
      ['Demir', 'Fatma', 'f.demir@example.org', 'zweimal'],
    ],
    rows: [
      { line: 2, name: 'Fatma Demir', errors: [], duplicateOfContactId: null, duplicateOfLine: null, duplicateReason: null },
      { line: 3, name: 'Mehmet Arslan', errors: [{ field: 'email', messageKey: 'contacts.import.rowEmailInvalid' }], duplicateOfContactId: null, duplicateOfLine: null, duplicateReason: null },
      { line: 4, name: 'Fatma Demir', errors: [], duplicateOfContactId: null, duplicateOfLine: 2, duplicateReason: 'email' },
      { line: 5, name: 'Nadia Haddad', errors: [], duplicateOfContactId: 12, duplicateOfLine: null, duplicateReason: 'nameAndOrganization' },
    ],
    validCount: 3,
    errorCount: 1,
    duplicateCount: 2,
  };
}

function setup(progress: ImportJobDto[]) {
  const jobs = [...progress];
  const api = fakeApi({
    'contacts.importPreview': (input) => (input.contentBase64 === '' ? fail({ messageKey: 'contacts.import.empty', fields: [{ field: 'contentBase64', messageKey: 'contacts.import.empty' }] }) : ok(preview(input))),
    'contacts.importStart': () => ok({ jobId: '7f1c2a9e-0000-4000-8000-000000000001' }),
    'contacts.importProgress': () => ok(jobs.length > 1 ? jobs.shift()! : jobs[0]!),
    'contacts.importCancel': () => ok({ ...jobs[0]!, state: 'running' as const }),
  });
  const user = userEvent.setup();
  const view = renderScreen(<ContactsImportScreen />, { api, path: paths.contactsImport });
  return { api, user, ...view };
}

const file = (text: string) => new File([text], 'liste.csv', { type: 'text/csv' });
const running = (done: number): ImportJobDto => ({ state: 'running', done, total: 4, result: null, error: null });

describe('Import wizard', () => {
  it('goes file → columns (mapping) → check with bad rows and duplicates → import with progress', async () => {
    const { api, user, container } = setup([running(1), running(3), { state: 'done', done: 4, total: 4, result: { created: 2, merged: 1, skipped: 1 }, error: null }]);
    await user.upload(screen.getByLabelText('CSV- oder vCard-Datei'), file('Name;Vorname;Mail;Bemerkung\r\nDemir;Fatma;f.demir@example.org;\r\n'));

    // Step 2: detected settings, overridable; mapping with German field names.
    expect(await screen.findByText(/„liste\.csv“: Liste mit eigenen Spalten/)).toBeInTheDocument();
    expect(screen.getByLabelText('Trennzeichen')).toHaveValue(';');
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('utf-8');
    const mail = screen.getByLabelText('Spalte „Mail“ übernehmen als');
    expect(within(mail).getByRole('option', { name: 'nicht übernehmen' })).toBeInTheDocument();
    await user.selectOptions(mail, 'E-Mail');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ mapping: { Mail: 'email' } }));
    await user.selectOptions(screen.getByLabelText('Zeichensatz'), 'Windows (ANSI, Windows-1252)');
    await waitFor(() => expect(api.callsOf('contacts.importPreview').at(-1)).toMatchObject({ encoding: 'windows-1252' }));
    expect(screen.getByRole('table', { name: 'Vorschau: die ersten 3 Zeilen' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    // Step 3: the dry run.
    await user.click(screen.getByRole('button', { name: 'Weiter zur Prüfung' }));
    const bad = screen.getByRole('table', { name: '1 fehlerhafte Zeile' });
    expect(within(bad).getByRole('row', { name: /Zeile 3 Mehmet Arslan Die E-Mail-Adresse in dieser Zeile ist ungültig\./ })).toBeInTheDocument();
    const line4 = screen.getByRole('group', { name: 'Zeile 4: Fatma Demir – gleiche E-Mail-Adresse wie Zeile 2 der Datei' });
    const line5 = screen.getByRole('group', { name: 'Zeile 5: Nadia Haddad – gleicher Name und gleiche Organisation wie ein vorhandener Kontakt' });
    expect(within(line4).getByRole('radio', { name: 'überspringen' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Alle zusammenführen' }));
    expect(within(line4).getByRole('radio', { name: 'zusammenführen' })).toBeChecked();
    expect(within(line5).getByRole('radio', { name: 'zusammenführen' })).toBeChecked();
    await user.click(within(line5).getByRole('radio', { name: 'als neu anlegen' }));
    expect(screen.getByText('Neu angelegt: 2 · zusammengeführt: 1 · übersprungen: 1')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    // Step 4: import with progress.
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText('Fertig: 2 neu angelegt, 1 zusammengeführt, 1 übersprungen.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(api.callsOf('contacts.importStart')[0]).toMatchObject({ encoding: 'windows-1252', mapping: { Mail: 'email' }, decisions: { '3': 'skip', '4': 'merge', '5': 'new' } });
    expect(api.callsOf('contacts.importProgress').length).toBeGreaterThanOrEqual(3);
  });

  it('shows a progress bar while running; cancel asks the main side and reports that nothing was imported', async () => {
    const { api, user } = setup([running(1), running(2), running(2), running(2), { state: 'cancelled', done: 2, total: 4, result: null, error: null }]);
    await user.upload(screen.getByLabelText('CSV- oder vCard-Datei'), file('x'));
    await user.click(await screen.findByRole('button', { name: 'Weiter zur Prüfung' }));
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    const bar = await screen.findByRole('progressbar', { name: 'Fortschritt' });
    await waitFor(() => expect(bar).toHaveAttribute('value', '2'));
    expect(bar).toHaveAttribute('max', '4');
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(api.callsOf('contacts.importCancel')).toHaveLength(1);
    expect(await screen.findByText('Abgebrochen. Es wurde nichts eingelesen.', {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('shows a failed import with its German message; a file the main side refuses stays at the file field', async () => {
    const { user } = setup([{ state: 'failed', done: 0, total: 4, result: null, error: { messageKey: 'contacts.import.failed', params: {} } }]);
    await user.upload(screen.getByLabelText('CSV- oder vCard-Datei'), file(''));
    expect(await screen.findByText('Die Datei ist leer.')).toBeInTheDocument();
    expect(screen.getByLabelText('CSV- oder vCard-Datei')).toHaveAttribute('aria-invalid', 'true');
    await user.upload(screen.getByLabelText('CSV- oder vCard-Datei'), file('x'));
    await user.click(await screen.findByRole('button', { name: 'Weiter zur Prüfung' }));
    await user.click(screen.getByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText('Das Einlesen ist fehlgeschlagen. Es wurde nichts übernommen.')).toBeInTheDocument();
  });
  it('takes a vCard file without a separator or column choice', async () => {
    const api = fakeApi({
      'contacts.importPreview': (input) =>
        ok({ ...preview(input), format: 'vcard', headers: ['Vorname', 'Nachname'], mapping: { Vorname: 'firstName', Nachname: 'lastName' }, previewRows: [['Ayşe', 'Özdemir']] }),
    });
    const user = userEvent.setup();
    const { container } = renderScreen(<ContactsImportScreen />, { api, path: paths.contactsImport });
    await user.upload(screen.getByLabelText('CSV- oder vCard-Datei'), new File(['BEGIN:VCARD\r\nN:Özdemir;Ayşe\r\nEND:VCARD\r\n'], 'kontakte.vcf', { type: 'text/vcard' }));
    expect(await screen.findByText(/„kontakte\.vcf“: vCard-Datei \(\.vcf\)/)).toBeInTheDocument();
    expect(screen.getByText('Die Felder der vCards werden automatisch zugeordnet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Trennzeichen')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Zeichensatz')).toHaveValue('utf-8');
    expect(screen.getByRole('table', { name: 'Vorschau: die erste Zeile' })).toHaveTextContent('Özdemir');
    expect(await axeViolations(container)).toEqual([]);
  });
});
