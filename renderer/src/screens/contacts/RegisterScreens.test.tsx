import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addBody, addContact, addMembership, addOrganization } from '../../../../test-support/contact-data';
import { realApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { BodiesScreen } from './BodiesScreen';
import { OrganizationsScreen } from './OrganizationsScreen';

describe('Organisationen – delete', () => {
  it('asks first, says that the contacts stay, deletes and reloads the list', async () => {
    const api = await realApi();
    const verikom = await addOrganization(api, 'Verikom e. V.', { kind: 'traeger', city: 'Hamburg' });
    await addOrganization(api, 'Bürgerverein Harburg');
    const person = await addContact(api, 'Özdemir', 'Ayşe', { organizationIds: [verikom.id] });
    const user = userEvent.setup();
    const { container } = renderScreen(<OrganizationsScreen />, { api, path: paths.organizations });
    await user.click(await screen.findByRole('button', { name: 'Organisation „Verikom e. V.“ löschen' }));
    const dialog = screen.getByRole('dialog', { name: '„Verikom e. V.“ löschen?' });
    expect(dialog).toHaveAccessibleDescription('Ein Kontakt ist dieser Organisation zugeordnet. Der Kontakt bleibt erhalten, nur die Zuordnung entfällt.');
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Die Organisation „Verikom e. V.“ wurde gelöscht.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Verikom e. V.' })).not.toBeInTheDocument());
    expect(screen.getByRole('rowheader', { name: 'Bürgerverein Harburg' })).toBeInTheDocument();
    expect((await api.must('organizations.list', {})).rows.map((org) => org.name)).toEqual(['Bürgerverein Harburg']);
    const kept = await api.must('contacts.get', { id: person.id });
    expect(kept.organizations).toEqual([]);
  });
});

describe('Organisationen – many', () => {
  it('shows the first 100 by name with how many there are, and 100 more on "Weitere anzeigen"', async () => {
    const api = await realApi();
    for (let index = 0; index < 105; index++) await addOrganization(api, `Verein ${String(index).padStart(3, '0')}`);
    const user = userEvent.setup();
    const { container } = renderScreen(<OrganizationsScreen />, { api, path: paths.organizations });
    expect(await screen.findByText('100 von 105 Organisationen')).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(100);
    expect(screen.queryByRole('rowheader', { name: 'Verein 100' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Weitere anzeigen' }));
    expect(await screen.findByRole('rowheader', { name: 'Verein 104' })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(105);
    expect(screen.queryByRole('button', { name: 'Weitere anzeigen' })).not.toBeInTheDocument();
  }, 60_000);
});

describe('Gremien – delete', () => {
  it('shows the refusal for a body with members in the dialog and deletes nothing', async () => {
    const api = await realApi();
    const council = await addBody(api, 'Harburger Integrationsrat', { shortName: 'HIR' });
    await addBody(api, 'AG Leitbild', { kind: 'arbeitsgruppe' });
    for (const [lastName, to] of [['Özdemir', null], ['Müller', null], ['Weiß', '2022-12-31']] as const) {
      const person = await addContact(api, lastName);
      await addMembership(api, person.id, council.id, { from: '2020-01-01', to });
    }
    const user = userEvent.setup();
    renderScreen(<BodiesScreen />, { api, path: paths.bodies });
    await user.click(await screen.findByRole('button', { name: 'Gremium „Harburger Integrationsrat“ löschen' }));
    const dialog = screen.getByRole('dialog', { name: '„Harburger Integrationsrat“ löschen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByText(/Das Gremium hat 3 Mitgliedschaften \(auch frühere zählen\)/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Harburger Integrationsrat' })).toBeInTheDocument();
    expect((await api.must('bodies.list', {})).map((body) => body.name)).toContain('Harburger Integrationsrat');
  });
});
