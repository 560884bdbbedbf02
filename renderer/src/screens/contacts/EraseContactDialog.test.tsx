import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FakeHandlers } from '../../test/fake-api';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi, ok } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { sampleBackups } from '../settings/backup-fixtures';
import { ContactScreen } from './ContactScreen';
import { contactDto, contactHandlers } from './fake-contacts';

function setup(extra: FakeHandlers) {
  const api = fakeApi({ ...contactHandlers(contactDto()), 'contacts.erase': () => ok({ erased: true as const, scrubbed: true }), ...extra });
  const user = userEvent.setup();
  const view = renderScreen(<ContactScreen />, { api, path: toPath(paths.contact, { id: 7 }) });
  return { api, user, ...view };
}

describe('Person löschen – what stays behind', () => {
  it('lists texts naming only the surname and the backups that still hold the person, before the decision', async () => {
    const { api, user, baseElement } = setup({
      'contacts.erasePreview': () =>
        ok({
          surnameMentions: [
            { place: 'agendaItem', context: '3. Sitzung – Integrationsrat (2026-11-04)', excerpt: 'Frau Özdemir berichtet vom Elternabend', measureId: null, meetingId: 4 },
            { place: 'progressNote', context: 'ZL-03 Sprachcafé', excerpt: 'Rückfrage bei Özdemir', measureId: 3, meetingId: null },
          ],
          surnameMentionTotal: 3,
        }),
      'backups.containingContact': () => ok(sampleBackups.slice(0, 2)),
    });
    await user.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ayşe Özdemir löschen?' });

    const surnames = await within(dialog).findByRole('list', { name: '3 Texte nennen nur den Nachnamen' });
    expect(within(surnames).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tagesordnung/Protokoll – 3. Sitzung – Integrationsrat (2026-11-04): „Frau Özdemir berichtet vom Elternabend“',
      'Fortschrittsnotiz – ZL-03 Sprachcafé: „Rückfrage bei Özdemir“',
    ]);
    // Only the first ones are listed; the count says how many more there are.
    expect(within(dialog).getByText('… und eine weitere Stelle.')).toBeInTheDocument();
    const backups = within(dialog).getByRole('list', { name: 'Diese Sicherungen enthalten die Person noch:' });
    const dates = within(backups).getAllByRole('listitem').map((item) => item.textContent);
    expect(dates).toHaveLength(2);
    expect(dates[0]).toMatch(/26\.11\.2026, 09:14/);
    expect(dates[1]).toMatch(/26\.11\.2026, 08:00/);
    expect(api.callsOf('backups.containingContact')).toEqual([{ contactId: 7 }]);
    expect(await axeViolations(baseElement)).toEqual([]);

    // The decision: these texts mean her too.
    await user.click(within(dialog).getByRole('checkbox', { name: /ebenfalls durch „Person gelöscht“ ersetzen/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(api.callsOf('contacts.erase')).toEqual([{ id: 7, replaceSurnameMentions: true }]);
  });

  it('shows no lists when nothing stays behind, and says so when the backups cannot be checked', async () => {
    const { user } = setup({ 'contacts.erasePreview': () => ok({ surnameMentions: [], surnameMentionTotal: 0 }) });
    await user.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ayşe Özdemir löschen?' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Sicherungen konnten nicht geprüft werden.');
    expect(within(dialog).queryByRole('list')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
