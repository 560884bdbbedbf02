import { screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import VCard from 'vcf';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addContact } from '../../../../test-support/contact-data';
import { base64, excelCsv } from '../../../../test-support/contact-files';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { ContactsScreen } from './ContactsScreen';

/** The download links the screen clicks (browser mode's one-time addresses). */
function catchLinks() {
  const links: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    links.push(this.getAttribute('href')!);
  });
  return links;
}
afterEach(() => vi.restoreAllMocks());

async function show(api: RealApi) {
  const user = userEvent.setup();
  renderScreen(<ContactsScreen />, { api, path: paths.contacts });
  await waitFor(() => expect(screen.queryAllByRole('link', { name: /, / }).length).toBeGreaterThan(0));
  return user;
}

/** Jürgen Müller and Ayşe Özdemir on the list, its export dialog open. */
async function twoPeopleExportDialog() {
  const api = await realApi();
  await addContact(api, 'Müller', 'Jürgen');
  await addContact(api, 'Özdemir', 'Ayşe');
  const links = catchLinks();
  const user = await show(api);
  await user.click(screen.getByRole('button', { name: 'Liste exportieren …' }));
  return { api, links, user, dialog: screen.getByRole('dialog', { name: 'Liste exportieren' }) };
}

describe('Kontakte – export of the list', () => {
  it('exports every contact the filter matches, streamed from the server, not the rows the page holds', async () => {
    const api = await realApi();
    const rows = [['Nachname', 'Vorname', 'Kategorien'], ...Array.from({ length: 1_200 }, (_, index) => [`Name${index}`, 'Vor', index % 2 === 0 ? 'Presse' : 'Newsletter'])];
    await api.must('contacts.import', { fileName: 'a.csv', contentBase64: base64(excelCsv(rows)) });
    const links = catchLinks();
    const user = await show(api);
    await user.selectOptions(screen.getByLabelText('Kategorie'), 'Presse');
    await user.click(screen.getByRole('button', { name: 'Liste exportieren …' }));
    await user.click(screen.getByRole('radio', { name: /^CSV-Datei/ }));
    await user.click(within(screen.getByRole('dialog', { name: 'Liste exportieren' })).getByRole('button', { name: 'Exportieren' }));
    await waitFor(() => expect(links).toHaveLength(1));
    expect(api.callsOf('exports.save')).toEqual([{ kind: 'contactsCsv', filter: { text: '', category: 'Presse', consent: 'any' } }]);
    const text = (await api.downloaded(links[0]!))!.toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 600);
    expect(lines.slice(1).every((line) => line.endsWith(';Presse;;;;;'))).toBe(true);
    expect(await screen.findByText(/^Die Datei „\d{4}-\d\d-\d\d_Kontakte\.csv“ wurde erstellt\.$/)).toBeInTheDocument();
  });

  it('exports the list as vCard by the same filter', async () => {
    const { api, links, user, dialog } = await twoPeopleExportDialog();
    // The workbook first; each choice says what it is for.
    expect(within(dialog).getByRole('radio', { name: /^Excel-Arbeitsmappe \(\.xlsx\)/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^vCards als ZIP-Archiv: eine Datei je Kontakt/ })).toHaveAccessibleDescription(/Für Outlook/);
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('radio', { name: /^vCard: eine Datei mit allen Kontakten/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Exportieren' }));
    await waitFor(() => expect(links).toHaveLength(1));
    const text = (await api.downloaded(links[0]!))!.toString('utf8');
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('exports the list for Outlook as a .zip with one vCard per person, which a third-party parser reads', async () => {
    const { api, links, user, dialog } = await twoPeopleExportDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^vCards als ZIP-Archiv: eine Datei je Kontakt/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Exportieren' }));
    await waitFor(() => expect(links).toHaveLength(1));
    expect(api.callsOf('exports.save').at(-1)).toMatchObject({ kind: 'contactsVcardZip' });
    const zip = await JSZip.loadAsync((await api.downloaded(links[0]!))!);
    expect(Object.keys(zip.files).sort()).toEqual(['Müller-Jürgen.vcf', 'Özdemir-Ayşe.vcf']);
    const card = new VCard().parse((await zip.file('Özdemir-Ayşe.vcf')!.async('string')).replace(/\r\n$/, ''));
    // Outlook reads the name as UTF-8 only when the card says so.
    expect(card.get('fn').toJSON()).toEqual(['fn', { charset: 'UTF-8' }, 'text', 'Ayşe Özdemir']);
    expect(card.get('n').valueOf()).toBe('Özdemir;Ayşe;;;');
  });
});
