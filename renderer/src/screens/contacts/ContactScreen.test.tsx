import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addBody, addContact, addMembership, addOrganization } from '../../../../test-support/contact-data';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import type { ContactDto } from '../../../../contract';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { ContactScreen } from './ContactScreen';

/** Ayşe Özdemir of Verikom, two organisations and two bodies. */
async function register(fields: { emails?: string[] } = {}) {
  const api = await realApi();
  const verikom = await addOrganization(api, 'Verikom e. V.', { kind: 'traeger', city: 'Hamburg' });
  await addOrganization(api, 'Bürgerverein Harburg');
  const council = await addBody(api, 'Harburger Integrationsrat', { shortName: 'HIR' });
  await addBody(api, 'AG Leitbild', { kind: 'arbeitsgruppe' });
  const ayse = await addContact(api, 'Özdemir', 'Ayşe', {
    salutation: 'Frau',
    function: 'Sprecherin',
    organizationIds: [verikom.id],
    emails: fields.emails ?? ['a.oezdemir@example.org'],
    phones: [{ kind: 'mobile', number: '0170 555' }],
    languages: ['Türkisch'],
    categories: ['Integrationsrat'],
  });
  return { api, verikom, council, ayse };
}

async function show(api: RealApi, path: string, transport?: 'browser' | 'electron') {
  const user = userEvent.setup();
  const status = await api.status();
  const view = renderScreen(<ContactScreen />, { api, path, settings: await api.settings(), status: transport ? { ...status, transport } : status });
  return { user, ...view };
}

const personPath = (contact: ContactDto) => toPath(paths.contact, { id: contact.id });

async function findByLastName(api: RealApi, lastName: string) {
  const { rows } = await api.must('contacts.list', { text: lastName });
  return Promise.all(rows.map((row) => api.must('contacts.get', { id: row.id })));
}

describe('Kontakt – form', () => {
  it('shows the contract\'s German messages at the fields: invalid e-mail (second address), withdrawal before consent', async () => {
    const { api } = await register();
    const { user } = await show(api, paths.contactNew);
    await user.type(await screen.findByLabelText('Nachname'), 'Rahimi');
    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse 1' }), 'l.rahimi@example.org');
    await user.click(screen.getByRole('button', { name: 'Weitere E-Mail-Adresse' }));
    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse 2' }), 'kein-at-zeichen');
    await user.type(screen.getByLabelText(/^Eingewilligt am/), '2024-05-01');
    await user.type(screen.getByLabelText(/^Widerrufen am/), '2024-03-01');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));

    const second = screen.getByRole('textbox', { name: 'E-Mail-Adresse 2' });
    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(second).toHaveAccessibleDescription(/Bitte geben Sie eine gültige E-Mail-Adresse ein/);
    expect(screen.getByRole('textbox', { name: 'E-Mail-Adresse 1' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Widerrufen am/)).toHaveAccessibleDescription('Der Widerruf kann nicht vor der Einwilligung liegen. Format: TT.MM.JJJJ');
    expect(await findByLastName(api, 'Rahimi')).toEqual([]);
  });

  it('stores lists as lists: e-mails and phones without empty rows, languages and categories split, organisations linked', async () => {
    const { api, verikom } = await register();
    const { user } = await show(api, paths.contactNew);
    await user.type(await screen.findByLabelText('Nachname'), 'Kaya');
    await user.type(screen.getByLabelText(/^Sprachen/), 'Türkisch, Kurdisch,, türkisch');
    await user.type(screen.getByRole('textbox', { name: 'Telefonnummer 1' }), '040 123');
    await user.click(screen.getByRole('button', { name: 'Weitere Telefonnummer' }));
    // The choice offers the organisations the server found (the first by name until a part of the name is typed).
    await screen.findByRole('option', { name: 'Verikom e. V.' });
    await user.selectOptions(screen.getByLabelText('Organisation hinzufügen'), 'Verikom e. V.');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));
    await waitFor(async () => expect(await findByLastName(api, 'Kaya')).toHaveLength(1));
    const [kaya] = await findByLastName(api, 'Kaya');
    expect(kaya).toMatchObject({
      lastName: 'Kaya',
      emails: [],
      phones: [{ kind: 'work', number: '040 123' }],
      languages: ['Türkisch', 'Kurdisch'],
      organizations: [{ id: verikom.id, name: 'Verikom e. V.' }],
      consentDate: null,
    });
  });

  it('keeps department, second address line, the private address, website, birthday and a fax number; a birthday ahead is refused at its field', async () => {
    const { api } = await register();
    const { user } = await show(api, paths.contactNew);
    await user.type(await screen.findByLabelText('Nachname'), 'Weiß');
    await user.type(screen.getByLabelText(/^Abteilung/), 'Fachamt Sozialraummanagement');
    await user.type(screen.getByLabelText(/^Adresszusatz/), 'Haus B, 2. OG');
    await user.type(screen.getByLabelText(/^Webseite/), 'https://harburg.example.org');
    const privateGroup = screen.getByRole('group', { name: 'Privatanschrift und Geburtstag' });
    await user.type(within(privateGroup).getByLabelText(/^Straße und Hausnummer \(privat\)/), 'Königsbrücker Straße 12');
    await user.type(within(privateGroup).getByLabelText(/^PLZ \(privat\)/), '01067');
    await user.type(within(privateGroup).getByLabelText(/^Ort \(privat\)/), 'Dresden');
    await user.type(within(privateGroup).getByLabelText(/^Geburtstag/), '12.03.2061');
    await user.selectOptions(screen.getByLabelText('Art der Telefonnummer 1'), 'Fax');
    await user.type(screen.getByRole('textbox', { name: 'Telefonnummer 1' }), '040 42871-9');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));

    const birthday = within(privateGroup).getByLabelText(/^Geburtstag/);
    await waitFor(() => expect(birthday).toHaveAttribute('aria-invalid', 'true'));
    expect(birthday).toHaveAccessibleDescription(/Das Geburtsdatum muss zwischen 1900 und heute liegen/);
    expect(await findByLastName(api, 'Weiß')).toEqual([]);

    await user.clear(birthday);
    await user.type(birthday, '12.03.1961');
    await user.click(screen.getByRole('button', { name: 'Kontakt anlegen' }));
    await waitFor(async () => expect(await findByLastName(api, 'Weiß')).toHaveLength(1));
    const [weiss] = await findByLastName(api, 'Weiß');
    expect(weiss).toMatchObject({
      department: 'Fachamt Sozialraummanagement', street2: 'Haus B, 2. OG', website: 'https://harburg.example.org', privateStreet: 'Königsbrücker Straße 12',
      privatePostalCode: '01067', privateCity: 'Dresden', birthday: '1961-03-12', phones: [{ kind: 'fax', number: '040 42871-9' }],
    });
  });

  it('groups the DSGVO consent and shows the person\'s memberships with German role names', async () => {
    const { api, ayse, council } = await register();
    await addMembership(api, ayse.id, council.id, { role: 'council_representative', from: '2024-01-01' });
    const { container } = await show(api, personPath(ayse));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ayşe Özdemir' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Einwilligung (DSGVO)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Mitgliedschaften von Ayşe Özdemir' });
    expect(within(table).getByRole('row', { name: /Harburger Integrationsrat Vertretung des Integrationsrats 01\.01\.2024 andauernd/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Person löschen' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains in the erase dialog what remains', async () => {
    const { api, ayse, council } = await register();
    await addMembership(api, ayse.id, council.id, { from: '2024-01-01' });
    const { user } = await show(api, personPath(ayse));
    await user.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ayşe Özdemir löschen?' });
    expect(dialog).toHaveAccessibleDescription(/anonymer Eintrag „Person gelöscht“.*Mitgliedschaft in Gremien erhalten/);
  });
});

describe('Mitgliedschaft – dialog', () => {
  it('adds a membership with body, role (German labels) and dates; an end before the start stands at "Bis"', async () => {
    const { api, ayse, council } = await register();
    const { user } = await show(api, personPath(ayse));
    await user.click(await screen.findByRole('button', { name: 'Mitgliedschaft hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Mitgliedschaft hinzufügen' });
    const role = within(dialog).getByLabelText('Rolle');
    expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Vorsitz',
      'stellvertretender Vorsitz',
      'Mitglied',
      'Stellvertretung',
      'Vertretung des Integrationsrats',
      'Gast',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await within(dialog).findByText('Bitte wählen Sie ein Gremium.')).toBeInTheDocument();
    expect(api.callsOf('memberships.create')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText('Gremium'), 'Harburger Integrationsrat');
    await user.selectOptions(role, 'Vorsitz');
    await user.type(within(dialog).getByLabelText(/^Von/), '2024-06-01');
    await user.type(within(dialog).getByLabelText(/^Bis/), '2024-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    const to = within(dialog).getByLabelText(/^Bis/);
    await waitFor(() => expect(to).toHaveAccessibleDescription(/Das Ende der Mitgliedschaft darf nicht vor ihrem Beginn liegen\./));
    expect(await api.must('memberships.list', { bodyId: council.id })).toEqual([]);

    await user.clear(to);
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await api.must('memberships.list', { bodyId: council.id })).toEqual([
      expect.objectContaining({ contactId: ayse.id, bodyId: council.id, role: 'chair', from: '2024-06-01', to: null, current: true }),
    ]);
    expect(await screen.findByRole('row', { name: /Harburger Integrationsrat Vorsitz 01\.06\.2024 andauernd/ })).toBeInTheDocument();
  });
});

describe('Kontakt – actions', () => {
  it('writes to the first address and saves the person as a vCard for Outlook', async () => {
    const { api, ayse } = await register();
    const { user } = await show(api, personPath(ayse));
    const mail = await screen.findByRole('link', { name: 'E-Mail schreiben' });
    expect(mail).toHaveAttribute('href', 'mailto:a.oezdemir@example.org');
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Als vCard speichern (für Outlook)' }));
    await waitFor(() => expect(api.callsOf('exports.save')).toEqual([{ kind: 'contactsVcard', ids: [ayse.id] }]));
    expect(await screen.findByText(/_Kontakt_.*\.vcf/)).toBeInTheDocument();
  });

  it('in the desktop app hands the mail link to the main side', async () => {
    const { api, ayse } = await register();
    const { user } = await show(api, personPath(ayse), 'electron');
    await user.click(await screen.findByRole('link', { name: 'E-Mail schreiben' }));
    await waitFor(() => expect(api.callsOf('system.openExternal')).toEqual([{ url: 'mailto:a.oezdemir@example.org' }]));
  });

  it('offers no mail link for a person without an e-mail address', async () => {
    const { api, ayse } = await register({ emails: [] });
    await show(api, personPath(ayse));
    expect(await screen.findByRole('button', { name: 'Als vCard speichern (für Outlook)' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'E-Mail schreiben' })).not.toBeInTheDocument();
  });
});

describe('Kontakt – merge a duplicate', () => {
  it('finds the other entry (not this one), merges it into this one and shows the result', async () => {
    const { api, ayse, council } = await register();
    const twin = await addContact(api, 'Özdemir', 'Ayse', { emails: ['ayse@example.org'] });
    await addMembership(api, twin.id, council.id, { from: '2024-01-01' });
    const { user } = await show(api, personPath(ayse));
    await user.click(await screen.findByRole('button', { name: 'Doppelten Eintrag zusammenführen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Doppelten Eintrag von Ayşe Özdemir zusammenführen' });
    await user.click(within(dialog).getByRole('button', { name: 'Zusammenführen' }));
    expect(await within(dialog).findByText('Bitte suchen und wählen Sie den anderen Eintrag.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Person suchen' }), 'ozdemir');
    const options = await within(dialog).findAllByRole('radio');
    expect(options).toHaveLength(1); // this entry itself is not offered
    await user.click(within(dialog).getByRole('radio', { name: /Ayse Özdemir/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Zusammenführen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('„Ayse Özdemir“ wurde mit „Ayşe Özdemir“ zusammengeführt.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-Mail-Adresse 2' })).toHaveValue('ayse@example.org');
    const [kept, ...others] = await findByLastName(api, 'Özdemir');
    expect(others).toEqual([]);
    expect(kept).toMatchObject({ id: ayse.id, emails: ['a.oezdemir@example.org', 'ayse@example.org'], memberships: [expect.objectContaining({ bodyId: council.id })] });
  });
});
