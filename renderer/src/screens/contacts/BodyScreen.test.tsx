import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi, ok, readyStatus } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { BodyScreen } from './BodyScreen';
import { BODIES, contactRow, membership } from './fake-contacts';

function setup(transport: 'browser' | 'electron' = 'browser') {
  let members = [
    membership({ id: 1, contactId: 7, contactName: 'Ayşe Özdemir', role: 'member' }),
    membership({ id: 2, contactId: 8, contactName: 'Jürgen Müller', role: 'chair' }),
    membership({ id: 3, contactId: 9, contactName: 'Grete Weiß', role: 'member', from: '2020-01-01', to: '2022-12-31', current: false }),
    membership({ id: 4, contactId: 10, contactName: '—', role: 'guest' }),
  ];
  const api = fakeApi({
    'bodies.list': () => ok(BODIES),
    'memberships.list': () => ok(members),
    'contacts.distributionList': () => ok({ addresses: ['j.mueller@example.org', 'a.oezdemir@example.org'], mailto: 'mailto:?bcc=j.mueller%40example.org,a.oezdemir%40example.org', withoutEmail: [] }),
    'contacts.list': (input) => ok({ rows: input.text ? [contactRow(11, 'Haddad', 'Nadia', { organizations: ['Verikom e. V.'] })] : [], total: input.text ? 1 : 0 }),
    'memberships.create': (input) => {
      const created = membership({ id: 5, contactId: input.contactId, contactName: 'Nadia Haddad', role: input.role ?? 'member' });
      members = [...members, created];
      return ok(created);
    },
    'contacts.exportVcard': () => ok({ fileName: 'kontakte.vcf', mimeType: 'text/vcard', contentBase64: '' }),
    'contacts.exportCsv': () => ok({ fileName: 'kontakte.csv', mimeType: 'text/csv', contentBase64: '' }),
    'system.openExternal': () => ok({ opened: true }),
  });
  const user = userEvent.setup();
  const view = renderScreen(<BodyScreen />, { api, path: toPath(paths.body, { id: 1 }), status: { ...readyStatus, transport } });
  return { api, user, ...view };
}

describe('Gremium – page', () => {
  it('lists current members (chair first) and former ones; an erased person shows as "Person gelöscht"', async () => {
    const { container } = setup();
    const current = await screen.findByRole('table', { name: 'Aktuelle Mitglieder von Harburger Integrationsrat' });
    const names = within(current).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Jürgen Müller', 'Ayşe Özdemir', 'Person gelöscht']);
    const former = screen.getByRole('table', { name: 'Frühere Mitglieder von Harburger Integrationsrat' });
    expect(within(former).getByRole('row', { name: /Grete Weiß Mitglied 01\.01\.2020 31\.12\.2022/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'E-Mail an alle (Bcc)' })).toHaveAttribute('href', 'mailto:?bcc=j.mueller%40example.org,a.oezdemir%40example.org');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('copies the addresses and exports the current members (not the erased placeholder) as vCard and CSV', async () => {
    const { api, user } = setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await user.click(await screen.findByRole('button', { name: 'Adressen kopieren' }));
    expect(writeText).toHaveBeenCalledWith('j.mueller@example.org; a.oezdemir@example.org');
    await user.click(screen.getByRole('button', { name: 'Mitglieder als vCard' }));
    await user.click(screen.getByRole('button', { name: 'Mitglieder als CSV (Excel)' }));
    await waitFor(() => expect(api.callsOf('contacts.exportCsv')).toHaveLength(1));
    expect(api.callsOf('contacts.exportVcard')[0]).toEqual({ ids: [7, 8] });
    expect(api.callsOf('contacts.exportCsv')[0]).toEqual({ ids: [7, 8] });
  });

  it('adds a member found by a search without diacritics', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Mitglied hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Mitgliedschaft hinzufügen' });
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await within(dialog).findByText('Bitte suchen und wählen Sie eine Person.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Person suchen' }), 'haddad');
    await user.click(await within(dialog).findByRole('radio', { name: /Nadia Haddad/ }));
    await user.selectOptions(within(dialog).getByLabelText('Rolle'), 'Stellvertretung');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('memberships.create')[0]).toEqual({ contactId: 11, bodyId: 1, role: 'deputy', from: null, to: null });
    expect(await screen.findByRole('rowheader', { name: 'Nadia Haddad' })).toBeInTheDocument();
  });

  it('in the desktop app hands the Bcc link to the mail program through the main side', async () => {
    const { api, user } = setup('electron');
    await user.click(await screen.findByRole('link', { name: 'E-Mail an alle (Bcc)' }));
    expect(api.callsOf('system.openExternal')).toEqual([{ url: 'mailto:?bcc=j.mueller%40example.org,a.oezdemir%40example.org' }]);
  });
});
