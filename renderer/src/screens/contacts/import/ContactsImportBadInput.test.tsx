import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_IMPORT_BYTES } from '../../../../../contract/contacts-constants';
import { excelCsv, windows1252 } from '../../../../../test-support/contact-files';
import { realApi, type RealApi } from '../../../../../test-support/real-api';
import { paths } from '../../../app/paths';
import { applyLanguage } from '../../../i18n/i18n';
import { axeViolations } from '../../../test/axe';
import { renderScreen } from '../../../test/render';
import { ContactsImportScreen } from './ContactsImportScreen';

async function setup() {
  const api = await realApi();
  const user = userEvent.setup();
  const view = renderScreen(<ContactsImportScreen />, { api, path: paths.contactsImport });
  return { api, user, ...view };
}

const file = (content: Buffer | string | Uint8Array, name = 'liste.csv') => new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: 'text/csv' });
const people = async (api: RealApi) => (await api.must('contacts.list', { limit: 100 })).rows.map((row) => row.displayName).sort();
const pick = () => screen.getByLabelText(/vCard/);
const column = (header: string) => screen.getByLabelText(`Spalte „${header}“ übernehmen als`);
/** The preview asked for after a change has come back (the selects are enabled again). */
const settled = (api: RealApi, calls: number) => waitFor(() => expect(api.callsOf('contacts.importPreview').length).toBe(calls)).then(() => waitFor(() => expect(screen.getByLabelText('Zeichensatz')).toBeEnabled()));

/** The start of a French Outlook's export: comma, every cell quoted, Windows-1252. */
const FRENCH_OUTLOOK = windows1252(
  [
    ['Prénom', 'Nom', 'Société', 'Adresse de messagerie', 'Type de messagerie'],
    ['Jérôme', 'Lefèvre', 'Mairie de Harburg', 'j.lefevre@example.org', 'SMTP'],
  ]
    .map((row) => row.map((cell) => `"${cell}"`).join(','))
    .join('\r\n') + '\r\n',
);

describe('Import wizard: bad input', () => {
  it('an Outlook export in another language opens the mapping with a German message; nothing goes on until the name is chosen', async () => {
    const { api, user, container } = await setup();
    await user.upload(pick(), file(FRENCH_OUTLOOK, 'contacts.csv'));
    expect(await screen.findByRole('heading', { name: 'Spalten zuordnen' })).toBeInTheDocument();
    const problem = screen.getByText(/^Die Spaltennamen dieser Datei sind unbekannt/);
    expect(problem).toHaveAttribute('role', 'alert');
    expect(problem).toHaveTextContent(
      'Die Spaltennamen dieser Datei sind unbekannt – vielleicht ein Outlook-Export in einer anderen Sprache. Bitte wählen Sie bei „Spalten zuordnen“ selbst, welche Spalte den Nachnamen, den Vornamen und die E-Mail-Adresse enthält. Vorher wird nichts eingelesen.',
    );
    expect(column('Nom')).toHaveValue('note');
    const next = screen.getByRole('button', { name: 'Weiter zur Prüfung' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(column('Prénom')).toHaveFocus();
    expect(next).toHaveAccessibleDescription(/Bitte ändern Sie zuerst die Zuordnung/);
    expect(screen.queryByRole('heading', { name: 'Prüfung (Probelauf)' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(column('Nom'), 'Nachname');
    await settled(api, 2);
    expect(screen.queryByText(/Spaltennamen dieser Datei sind unbekannt/)).not.toBeInTheDocument();
    await user.selectOptions(column('Prénom'), 'Vorname');
    await settled(api, 3);
    await user.selectOptions(column('Adresse de messagerie'), 'E-Mail');
    await settled(api, 4);
    expect(next).not.toHaveAttribute('aria-disabled');
    expect(await people(api)).toEqual([]);
    await user.click(next);
    await user.click(await screen.findByRole('button', { name: 'Jetzt einlesen' }));
    expect(await screen.findByText(/^Fertig: 1 neu angelegt/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await people(api)).toEqual(['Jérôme Lefèvre']);
  });

  it('a wrongly guessed separator: the mapping says no name was found, and choosing the separator reads the columns right', async () => {
    const { api, user } = await setup();
    // More commas than semicolons: the guess is the comma.
    await user.upload(pick(), file('Nachname;Vorname, weitere;Notiz, intern, alt\r\nSchmidt;Anna, Maria;a, b, c\r\n'));
    expect(await screen.findByText(/Spaltennamen dieser Datei sind unbekannt/)).toBeInTheDocument();
    expect(screen.getByLabelText('Trennzeichen')).toHaveValue(',');
    await user.selectOptions(screen.getByLabelText('Trennzeichen'), 'Semikolon (;)');
    await settled(api, 2);
    expect(screen.getByLabelText('Trennzeichen')).toHaveValue(';');
    expect(column('Nachname')).toHaveValue('lastName');
    expect(screen.queryByText(/Spaltennamen dieser Datei sind unbekannt/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weiter zur Prüfung' })).not.toHaveAttribute('aria-disabled');
  });

  it('a field chosen for two columns is named at both selects; the check cannot start until one is changed', async () => {
    const { api, user, container } = await setup();
    await user.upload(pick(), file(excelCsv([['Name', 'Vorname', 'Mail'], ['Schmidt', 'Anna', 'anna@example.org']])));
    await user.selectOptions(await screen.findByLabelText('Spalte „Vorname“ übernehmen als'), 'Nachname');
    await settled(api, 2);
    expect(column('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(column('Name')).toHaveAccessibleDescription('„Nachname“ ist auch der Spalte „Vorname“ zugeordnet und nimmt nur eine Spalte auf. Bitte wählen Sie für eine der beiden ein anderes Feld.');
    expect(column('Vorname')).toHaveAccessibleDescription(/ist auch der Spalte „Name“ zugeordnet/);
    expect(column('Mail')).not.toHaveAttribute('aria-invalid');
    const next = screen.getByRole('button', { name: 'Weiter zur Prüfung' });
    await user.click(next);
    expect(column('Name')).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Prüfung (Probelauf)' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(column('Vorname'), 'Vorname');
    await settled(api, 3);
    expect(column('Name')).not.toHaveAttribute('aria-invalid');
    expect(next).not.toHaveAttribute('aria-disabled');
  });

  it('a file above the limit is refused at the file field with the limit, without being sent', async () => {
    const { api, user } = await setup();
    await user.upload(pick(), file(new Uint8Array(MAX_CONTACT_IMPORT_BYTES + 1), 'gross.csv'));
    expect(await screen.findByText('Die Datei ist zu groß. Es lassen sich Dateien bis 20 MB einlesen.')).toBeInTheDocument();
    expect(pick()).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsOf('contacts.importPreview')).toHaveLength(0);
  });

  it.each([
    ['de', 'Name;Vorname\r\nSchmidt;Anna\r\n', '2 Spalten mit Inhalt.'],
    ['de', 'Name;Vorname;Leer;Kontakt\r\nSchmidt;Anna;;x\r\n', '3 Spalten mit Inhalt. Davon kommt eine in die Notizen. Eine leere Spalte wird nicht angezeigt.'],
    ['de', 'Name;Leer;Leer 2;Notiz A;Notiz B\r\nSchmidt;;;x;y\r\n', '3 Spalten mit Inhalt. Davon kommen 2 in die Notizen. 2 leere Spalten werden nicht angezeigt.'],
    ['en', 'Name;Vorname\r\nSchmidt;Anna\r\n', '2 columns with content.'],
    ['en', 'Name;Leer;Kontakt\r\nSchmidt;;x\r\n', '2 columns with content. One of them goes into the notes. One empty column is not shown.'],
  ] as const)('(%s) the column summary names only what there is: %j', async (language, content, summary) => {
    await applyLanguage(language);
    const { user } = await setup();
    await user.upload(pick(), file(content));
    expect(await screen.findByText(summary)).toBeInTheDocument();
    expect(screen.queryByText(/\b0 (Spalten|columns)\b|davon 0|0 of them/)).not.toBeInTheDocument();
  });
});
