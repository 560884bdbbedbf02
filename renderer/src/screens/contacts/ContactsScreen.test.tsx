import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../contract';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi, ok } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { ContactsScreen } from './ContactsScreen';
import { BODIES, contactRow, ORGS } from './fake-contacts';

// jsdom has no layout: give the table's scroll area a window's height so rows are rendered.
const VIEWPORT = 480;
let restore: () => void = () => {};
beforeAll(() => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('ct-scroll') ? VIEWPORT : 0;
    },
  });
  restore = () => original && Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
});
afterAll(() => restore());

const ROWS = [
  contactRow(1, 'Müller', 'Jürgen', { organizations: ['Bürgerverein Harburg'], emails: ['j.mueller@example.org'], categories: ['Presse'], consent: 'given' }),
  contactRow(2, 'Özdemir', 'Ayşe', { function: 'Sprecherin', categories: ['Integrationsrat'] }),
];

function setup(total = ROWS.length, rows = ROWS, path: string = paths.contacts) {
  const api = fakeApi({
    'contacts.list': (input) => {
      const text = (input.text ?? '').toLowerCase();
      const found = text ? rows.filter((row) => row.lastName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(text)) : rows;
      return ok({ rows: found, total: text ? found.length : total });
    },
    'contacts.categories': () => ok(['Integrationsrat', 'Presse']),
    'bodies.list': () => ok(BODIES),
    'organizations.list': () => ok(ORGS),
  });
  const user = userEvent.setup();
  const view = renderScreen(<ContactsScreen />, { api, path });
  return { api, user, ...view };
}

const lastList = (api: ReturnType<typeof setup>['api']) => api.callsOf('contacts.list').at(-1) as CallInput<'contacts.list'>;

describe('Kontakte – list', () => {
  it('shows the total and a table with German headers; names link to the person', async () => {
    const { container } = setup();
    expect(await screen.findByText('2 Kontakte')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Kontakte, alphabetisch/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Organisation', 'Funktion', 'E-Mail', 'Kategorien', 'Einwilligung']);
    expect(within(table).getByRole('link', { name: 'Müller, Jürgen' })).toHaveAttribute('href', '#/kontakte/personen/1');
    expect(within(table).getByText('erteilt')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the filters to contacts.list: category, body, organisation, consent; reset clears them', async () => {
    const { api, user } = setup();
    await screen.findByText('2 Kontakte');
    await user.selectOptions(screen.getByLabelText('Kategorie'), 'Presse');
    await user.selectOptions(screen.getByLabelText('Gremium'), 'Harburger Integrationsrat');
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Verikom e. V.');
    await user.selectOptions(screen.getByLabelText('Einwilligung'), 'Einwilligung widerrufen');
    await waitFor(() => expect(lastList(api)).toMatchObject({ category: 'Presse', bodyId: 1, organizationId: 1, consent: 'withdrawn' }));
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(lastList(api)).toMatchObject({ category: '', consent: 'any' }));
    expect(lastList(api).bodyId).toBeUndefined();
    expect(lastList(api).organizationId).toBeUndefined();
  });

  it('searches as typed (after a pause) and says when the list shows only the first part', async () => {
    const { api, user } = setup(30_000);
    expect(await screen.findByText('2 von 30.000 Kontakten angezeigt – bitte grenzen Sie die Suche ein')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'ozdemir');
    await waitFor(() => expect(lastList(api).text).toBe('ozdemir'));
    expect(await screen.findByText('1 Kontakt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Özdemir, Ayşe' })).toBeInTheDocument();
  });

  it('renders only the rows in view of 20,000 and moves between names with the arrow keys', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => contactRow(index + 1, `Name${String(index).padStart(5, '0')}`, 'Vor'));
    const { user } = setup(many.length, many);
    expect(await screen.findByText('20.000 Kontakte')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '20001');
    expect(within(table).getAllByRole('link').length).toBeLessThan(40);
    within(table).getByRole('link', { name: 'Name00000, Vor' }).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Name00001, Vor' })).toHaveFocus());
  });

  it('tells when nothing matches and offers to reset', async () => {
    const { user } = setup();
    await screen.findByText('2 Kontakte');
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Kowalski');
    expect(await screen.findByText('Keine Kontakte passen zu Suche und Filtern.')).toBeInTheDocument();
  });

  it('opens filtered by the organisation or body named in the address', async () => {
    const { api } = setup(ROWS.length, ROWS, `${paths.contacts}?organisation=2&gremium=1`);
    await screen.findByText('2 Kontakte');
    expect(lastList(api)).toMatchObject({ organizationId: 2, bodyId: 1 });
    expect(screen.getByLabelText('Organisation')).toHaveValue('2');
  });
});
