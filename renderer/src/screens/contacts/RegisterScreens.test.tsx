import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fail, fakeApi, ok } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { BodiesScreen } from './BodiesScreen';
import { BODIES, ORGS } from './fake-contacts';
import { OrganizationsScreen } from './OrganizationsScreen';

describe('Organisationen – delete', () => {
  it('asks first, says that the contacts stay, deletes and reloads the list', async () => {
    let orgs = [...ORGS];
    const api = fakeApi({
      'organizations.list': () => ok(orgs),
      'organizations.delete': ({ id }) => {
        orgs = orgs.filter((org) => org.id !== id);
        return ok({ id, unlinkedContacts: 1 });
      },
    });
    const user = userEvent.setup();
    const { container } = renderScreen(<OrganizationsScreen />, { api, path: paths.organizations });
    await user.click(await screen.findByRole('button', { name: 'Organisation „Verikom e. V.“ löschen' }));
    const dialog = screen.getByRole('dialog', { name: '„Verikom e. V.“ löschen?' });
    expect(dialog).toHaveAccessibleDescription('Ein Kontakt ist dieser Organisation zugeordnet. Der Kontakt bleibt erhalten, nur die Zuordnung entfällt.');
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('organizations.delete')).toEqual([{ id: 1 }]);
    expect(await screen.findByText('Die Organisation „Verikom e. V.“ wurde gelöscht.')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Verikom e. V.' })).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Bürgerverein Harburg' })).toBeInTheDocument();
  });
});

describe('Gremien – delete', () => {
  it('shows the refusal for a body with members in the dialog and deletes nothing', async () => {
    const api = fakeApi({
      'bodies.list': () => ok(BODIES),
      'bodies.delete': () => fail({ code: 'rejected', messageKey: 'contacts.errors.bodyHasMembers', params: { count: 3 } }),
    });
    const user = userEvent.setup();
    renderScreen(<BodiesScreen />, { api, path: paths.bodies });
    await user.click(await screen.findByRole('button', { name: 'Gremium „Harburger Integrationsrat“ löschen' }));
    const dialog = screen.getByRole('dialog', { name: '„Harburger Integrationsrat“ löschen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByText(/Das Gremium hat 3 Mitgliedschaften \(auch frühere zählen\)/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Harburger Integrationsrat' })).toBeInTheDocument();
  });
});
