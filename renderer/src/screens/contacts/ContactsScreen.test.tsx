import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addBody, addContact, addOrganization, CONSENT_GIVEN } from '../../../../test-support/contact-data';
import { base64, excelCsv } from '../../../../test-support/contact-files';
import { databaseTemplate, realApi, type RealApi } from '../../../../test-support/real-api';
import type { CallInput } from '../../../../contract';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { CONTACT_PAGE_SIZE, ContactsScreen } from './ContactsScreen';
import { CONTACT_ROW_HEIGHT } from './ContactsTable';

/** Two people, two organisations, two bodies. */
async function twoPeople() {
  const api = await realApi();
  const verikom = await addOrganization(api, 'Verikom e. V.', { kind: 'traeger', city: 'Hamburg' });
  const verein = await addOrganization(api, 'Bürgerverein Harburg');
  const council = await addBody(api, 'Harburger Integrationsrat', { shortName: 'HIR' });
  await addBody(api, 'AG Leitbild', { kind: 'arbeitsgruppe' });
  await addContact(api, 'Müller', 'Jürgen', { organizationIds: [verein.id], emails: ['j.mueller@example.org'], categories: ['Presse'], ...CONSENT_GIVEN });
  await addContact(api, 'Özdemir', 'Ayşe', { function: 'Sprecherin', categories: ['Integrationsrat'] });
  return { api, verikom, verein, council };
}

/** Many more people than one page: Name00000 … Name25000, and Ayşe Özdemir. */
const MANY = 25_001;
const manyPeople = databaseTemplate(async (api) => {
  const rows = [['Nachname', 'Vorname'], ...Array.from({ length: MANY }, (_, index) => [`Name${String(index).padStart(5, '0')}`, 'Vor']), ['Özdemir', 'Ayşe']];
  const file = { fileName: 'viele.csv', contentBase64: base64(excelCsv(rows)) };
  const preview = await api.must('contacts.importPreview', file);
  await api.must('contacts.import', { ...file, mapping: { ...preview.mapping }, decisions: {} });
});

function show(api: RealApi, path: string = paths.contacts) {
  const user = userEvent.setup();
  const view = renderScreen(<ContactsScreen />, { api, path });
  return { user, ...view };
}

const lastList = (api: RealApi) => api.callsOf('contacts.list').at(-1) as CallInput<'contacts.list'>;
const shownNames = () => screen.queryAllByRole('link', { name: /, / }).map((link) => link.textContent);

describe('Kontakte – list', () => {
  it('shows the total and a table with German headers; names link to the person', async () => {
    const { api } = await twoPeople();
    const { container } = show(api);
    expect(await screen.findByText('2 Kontakte')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Kontakte, alphabetisch/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Organisation', 'Funktion', 'E-Mail', 'Kategorien', 'Einwilligung']);
    const mueller = (await api.must('contacts.list', { text: 'Müller' })).rows[0]!;
    expect(within(table).getByRole('link', { name: 'Müller, Jürgen' })).toHaveAttribute('href', `#/kontakte/personen/${mueller.id}`);
    expect(within(table).getByRole('row', { name: /Müller, Jürgen Bürgerverein Harburg .*j\.mueller@example\.org Presse erteilt/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by category, body, organisation and consent; reset shows everyone again', async () => {
    const { api, council, verikom } = await twoPeople();
    const { user } = show(api);
    await screen.findByText('2 Kontakte');
    await user.selectOptions(screen.getByLabelText('Kategorie'), 'Presse');
    await waitFor(() => expect(shownNames()).toEqual(['Müller, Jürgen']));
    // Gremium, Organisation and Einwilligung wait behind "Weitere Filter".
    expect(screen.queryByRole('group', { name: 'Weitere Filter' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weitere Filter' }));
    await user.selectOptions(screen.getByLabelText('Einwilligung'), 'Einwilligung erteilt');
    expect(screen.getByRole('button', { name: 'Weitere Filter (1)' })).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(lastList(api)).toMatchObject({ category: 'Presse', consent: 'given' }));
    expect(shownNames()).toEqual(['Müller, Jürgen']);
    await user.selectOptions(screen.getByLabelText('Gremium'), 'Harburger Integrationsrat');
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Verikom e. V.');
    await waitFor(() => expect(lastList(api)).toMatchObject({ category: 'Presse', bodyId: council.id, organizationId: verikom.id, consent: 'given' }));
    expect(await screen.findByText('Keine Kontakte passen zu Suche und Filtern.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Filter zurücksetzen' })[0]!);
    expect(await screen.findByText('2 Kontakte')).toBeInTheDocument();
    expect(lastList(api)).toMatchObject({ category: '', consent: 'any' });
    expect(lastList(api).bodyId).toBeUndefined();
    expect(lastList(api).organizationId).toBeUndefined();
    expect(shownNames()).toEqual(['Müller, Jürgen', 'Özdemir, Ayşe']);
  });

  it('searches as typed (after a pause); every call asks for one page, not the whole list', async () => {
    const api = await realApi({ from: await manyPeople() });
    const { user } = show(api);
    expect(await screen.findByText('25.002 Kontakte', undefined, { timeout: 15_000 })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'ozdemir');
    await waitFor(() => expect(lastList(api).text).toBe('ozdemir'));
    expect(await screen.findByText('1 Kontakt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Özdemir, Ayşe' })).toBeInTheDocument();
    expect(api.callsOf('contacts.list').every((call) => (call as CallInput<'contacts.list'>).limit === CONTACT_PAGE_SIZE)).toBe(true);
  }, 60_000);

  it('renders only the rows in view of 25,000, fetches the page of the rows scrolled to, and moves between names with the arrow keys', async () => {
    const api = await realApi({ from: await manyPeople() });
    const { user } = show(api);
    expect(await screen.findByText('25.002 Kontakte', undefined, { timeout: 15_000 })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '25003');
    expect(within(table).getAllByRole('link').length).toBeLessThan(40);
    expect(api.callsOf('contacts.list').map((call) => (call as CallInput<'contacts.list'>).offset ?? 0)).toEqual([0]);
    within(table).getByRole('link', { name: 'Name00000, Vor' }).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Name00001, Vor' })).toHaveFocus());
    // Halfway down: the page holding those rows is fetched (only that one), then its names replace the placeholders.
    Object.defineProperty(window, 'scrollY', { value: 12_500 * CONTACT_ROW_HEIGHT, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    // The rows in view may span two pages that arrive one after the other: wait until both are in.
    await waitFor(() => expect(within(table).getAllByRole('link', { name: /^Name12[45]\d\d, Vor$/ }).length).toBeGreaterThan(10), { timeout: 10_000 });
    const offsets = api.callsOf('contacts.list').map((call) => (call as CallInput<'contacts.list'>).offset ?? 0);
    expect(offsets.length).toBeLessThanOrEqual(3);
    expect(offsets.slice(1).every((offset) => offset >= 12_300 && offset <= 12_600)).toBe(true);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  }, 60_000);

  it('tells when nothing matches and offers to reset', async () => {
    const { api } = await twoPeople();
    const { user } = show(api);
    await screen.findByText('2 Kontakte');
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Kowalski');
    expect(await screen.findByText('Keine Kontakte passen zu Suche und Filtern.')).toBeInTheDocument();
    const empty = screen.getByText('Keine Kontakte passen zu Suche und Filtern.').parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(await screen.findByText('2 Kontakte')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveValue('');
  });

  it('opens filtered by the organisation or body named in the address', async () => {
    const { api, verein, council } = await twoPeople();
    const mueller = (await api.must('contacts.list', { text: 'Müller' })).rows[0]!;
    await api.must('memberships.create', { contactId: mueller.id, bodyId: council.id });
    show(api, `${paths.contacts}?organisation=${verein.id}&gremium=${council.id}`);
    expect(await screen.findByText('1 Kontakt')).toBeInTheDocument();
    // The filters set behind "Weitere Filter" are shown at once, so the list explains itself.
    expect(screen.getByRole('button', { name: 'Weitere Filter (2)' })).toHaveAttribute('aria-expanded', 'true');
    expect(lastList(api)).toMatchObject({ organizationId: verein.id, bodyId: council.id });
    // The choice shows once the organisations (a call of their own) are there; on a loaded machine after the list.
    await waitFor(() => expect(screen.getByLabelText('Organisation')).toHaveValue(String(verein.id)));
    expect(shownNames()).toEqual(['Müller, Jürgen']);
  });
});
