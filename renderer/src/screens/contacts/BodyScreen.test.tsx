import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addBody, addContact, addMembership, addOrganization } from '../../../../test-support/contact-data';
import { realApi } from '../../../../test-support/real-api';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { BodyScreen } from './BodyScreen';

/** The Integrationsrat: two current members, a former one, an erased guest; Nadia Haddad not yet a member. */
async function setup(transport?: 'browser' | 'electron') {
  const api = await realApi();
  const verikom = await addOrganization(api, 'Verikom e. V.', { kind: 'traeger' });
  const council = await addBody(api, 'Harburger Integrationsrat', { shortName: 'HIR' });
  await addBody(api, 'AG Leitbild', { kind: 'arbeitsgruppe' });
  const ayse = await addContact(api, 'Özdemir', 'Ayşe', { emails: ['a.oezdemir@example.org'] });
  const juergen = await addContact(api, 'Müller', 'Jürgen', { emails: ['j.mueller@example.org'] });
  const grete = await addContact(api, 'Weiß', 'Grete', { emails: ['g.weiss@example.org'] });
  const erased = await addContact(api, 'Petersen', 'Ole', { emails: ['o.petersen@example.org'] });
  const nadia = await addContact(api, 'Haddad', 'Nadia', { organizationIds: [verikom.id] });
  await addMembership(api, ayse.id, council.id, { role: 'member', from: '2024-01-01' });
  await addMembership(api, juergen.id, council.id, { role: 'chair', from: '2024-01-01' });
  await addMembership(api, grete.id, council.id, { role: 'member', from: '2020-01-01', to: '2022-12-31' });
  await addMembership(api, erased.id, council.id, { role: 'guest', from: '2024-01-01' });
  await api.must('contacts.erase', { id: erased.id });
  const user = userEvent.setup();
  const status = await api.status();
  const view = renderScreen(<BodyScreen />, { api, path: toPath(paths.body, { id: council.id }), status: transport ? { ...status, transport } : status });
  return { api, user, council, ayse, juergen, nadia, ...view };
}

describe('Gremium – page', () => {
  it('lists current members (chair first) and former ones; an erased person shows as "Person gelöscht"', async () => {
    const { api, council, container } = await setup();
    const current = await screen.findByRole('table', { name: 'Aktuelle Mitglieder von Harburger Integrationsrat' });
    const names = within(current).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Jürgen Müller', 'Ayşe Özdemir', 'Person gelöscht']);
    const former = screen.getByRole('table', { name: 'Frühere Mitglieder von Harburger Integrationsrat' });
    expect(within(former).getByRole('row', { name: /Grete Weiß Mitglied 01\.01\.2020 31\.12\.2022/ })).toBeInTheDocument();
    const { mailto } = await api.must('contacts.distributionList', { bodyId: council.id });
    expect(mailto).toMatch(/j\.mueller%40example\.org/);
    expect(mailto).not.toMatch(/petersen|weiss/);
    expect(await screen.findByRole('link', { name: 'E-Mail an alle (Bcc)' })).toHaveAttribute('href', mailto);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the name in the genitive with the body\'s details, or says it is missing; edited, the page shows the new one (issue 13)', async () => {
    const { user } = await setup();
    await screen.findByRole('table', { name: 'Aktuelle Mitglieder von Harburger Integrationsrat' });
    const line = () => document.querySelector('.body-genitive')!;
    expect(line().textContent).toBe('Name im Genitiv (mit Artikel): Ohne Genitiv schreiben Einladung und Protokoll „Sitzung des Gremiums „Name““.');
    await user.click(screen.getByRole('button', { name: 'Gremium bearbeiten' }));
    await user.type(screen.getByLabelText(/^Name im Genitiv/), 'des Harburger Integrationsrats');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(line().textContent).toBe('Name im Genitiv (mit Artikel): des Harburger Integrationsrats'));
  });

  it('copies the addresses and exports the current members (not the erased placeholder) as vCard and CSV', async () => {
    const { api, user, ayse, juergen } = await setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const links: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      links.push(this.getAttribute('href')!);
    });
    await user.click(await screen.findByRole('button', { name: 'Adressen kopieren' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(String(writeText.mock.calls[0]![0]).split('; ').sort()).toEqual(['a.oezdemir@example.org', 'j.mueller@example.org']);
    await user.click(screen.getByRole('button', { name: 'Mitglieder als vCard' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Als vCard exportieren' })).getByRole('button', { name: 'Exportieren' }));
    await waitFor(() => expect(api.callsOf('exports.save')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Mitglieder als CSV (Excel)' }));
    await waitFor(() => expect(api.callsOf('exports.save')).toHaveLength(2));
    const members = [ayse.id, juergen.id].sort((a, b) => a - b);
    const [vcard, csv] = api.callsOf('exports.save') as Array<{ kind: string; ids: number[] }>;
    expect(vcard!.kind).toBe('contactsVcard');
    expect(csv!.kind).toBe('contactsCsv');
    expect([...vcard!.ids].sort((a, b) => a - b)).toEqual(members);
    expect([...csv!.ids].sort((a, b) => a - b)).toEqual(members);
    // Both files are streamed from one-time addresses; the CSV starts with Excel's BOM and the header.
    await waitFor(() => expect(links).toHaveLength(2));
    click.mockRestore();
    const vcardText = (await api.downloaded(links[0]!))!.toString('utf8');
    expect(vcardText.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcardText).toContain('FN;CHARSET=UTF-8:Ayşe Özdemir');
    const csvText = (await api.downloaded(links[1]!))!.toString('utf8');
    expect(csvText.startsWith('\uFEFFAnrede;Titel;Vorname;Nachname;')).toBe(true);
    expect(csvText.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('adds a member found by a search without diacritics', async () => {
    const { api, user, council, nadia } = await setup();
    await user.click(await screen.findByRole('button', { name: 'Mitglied hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Mitgliedschaft hinzufügen' });
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await within(dialog).findByText('Bitte suchen und wählen Sie eine Person.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Person suchen' }), 'haddad');
    await user.click(await within(dialog).findByRole('radio', { name: /Nadia Haddad/ }));
    await user.selectOptions(within(dialog).getByLabelText('Rolle'), 'Stellvertretung');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('rowheader', { name: 'Nadia Haddad' })).toBeInTheDocument();
    const added = (await api.must('memberships.list', { bodyId: council.id })).filter((entry) => entry.contactId === nadia.id);
    expect(added).toEqual([expect.objectContaining({ role: 'deputy', from: null, to: null, current: true })]);
  });

  it('in the desktop app hands the Bcc link to the mail program through the main side', async () => {
    const { api, user, council } = await setup('electron');
    const { mailto } = await api.must('contacts.distributionList', { bodyId: council.id });
    await user.click(await screen.findByRole('link', { name: 'E-Mail an alle (Bcc)' }));
    await waitFor(() => expect(api.callsOf('system.openExternal')).toEqual([{ url: mailto }]));
  });
});
