import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../../../test-support/contact-data';
import { seedLeitbild } from '../../../../test-support/builders/leitbild';
import { realApi } from '../../../../test-support/real-api';
import type { Api } from '../../api/api';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { ContactScreen } from './ContactScreen';

/** Ayşe Özdemir, and measure ZL-03 „Sprachcafé“ whose texts name her by surname only. */
async function setup({ notes = 0 } = {}) {
  const api = await realApi();
  const ayse = await addContact(api, 'Özdemir', 'Ayşe', { emails: ['a.oezdemir@example.org'] });
  const { measures } = await seedLeitbild(api, { measures: [{ code: 'ZL-03', title: 'Sprachcafé', description: 'Idee von Frau Özdemir aus dem Elternabend' }] });
  const measure = measures[0]!;
  for (let index = 1; index <= notes; index++) await api.must('measures.addNote', { measureId: measure.id, notedOn: '2026-11-04', text: `Rückfrage ${index} bei Özdemir` });
  const user = userEvent.setup();
  const view = renderScreen(<ContactScreen />, { api, path: toPath(paths.contact, { id: ayse.id }), settings: await api.settings(), status: await api.status() });
  return { api, user, ayse, measure, ...view };
}

describe('Person löschen – what stays behind', () => {
  it('lists texts naming only the surname and the backups that still hold the person, before the decision', async () => {
    // 100 notes and the description: more places than the dialog lists (100).
    const { api, user, ayse, measure, baseElement } = await setup({ notes: 100 });
    const first = await api.must('backups.create', {});
    await api.must('backups.create', {});
    await user.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ayşe Özdemir löschen?' });

    const surnames = await within(dialog).findByRole('list', { name: '101 Texte nennen nur den Nachnamen' });
    const items = within(surnames).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(100);
    expect(items).toContain('Fortschrittsnotiz – ZL-03 Sprachcafé: „Rückfrage 1 bei Özdemir“');
    // Only the first ones are listed; the count says how many more there are.
    expect(within(dialog).getByText('… und eine weitere Stelle.')).toBeInTheDocument();
    const backups = await within(dialog).findByRole('list', { name: 'Diese Sicherungen enthalten die Person noch:' });
    const dates = within(backups).getAllByRole('listitem').map((item) => item.textContent);
    expect(dates).toHaveLength(2);
    const [day, time] = first.createdAt.split('T') as [string, string];
    expect(dates.join(' ')).toContain(`${day.split('-').reverse().join('.')}, ${time.slice(0, 5)}`);
    expect(api.callsOf('backups.containingContact')).toEqual([{ contactId: ayse.id }]);
    expect(await axeViolations(baseElement)).toEqual([]);

    // The decision: these texts mean her too.
    await user.click(within(dialog).getByRole('checkbox', { name: /ebenfalls durch „Person gelöscht“ ersetzen/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(async () => expect((await api.must('contacts.get', { id: ayse.id })).erasedAt).not.toBeNull(), { timeout: 10_000 });
    expect(api.callsOf('contacts.erase')).toEqual([{ id: ayse.id, replaceSurnameMentions: true }]);
    const after = await api.must('measures.get', { id: measure.id });
    expect(JSON.stringify(after)).not.toContain('Özdemir');
    expect(after.notes.map((note) => note.text)).toContain('Rückfrage 1 bei Person gelöscht');
  }, 30_000);

  it('shows no lists when nothing stays behind, and says so when the backups cannot be checked', async () => {
    const api = await realApi();
    const ayse = await addContact(api, 'Özdemir', 'Ayşe');
    await api.must('backups.create', {});
    // The core answers for every backup (an unreadable one counts as "may hold"): only the
    // connection can fail here, so this one call is answered with that failure.
    const offline: Api = {
      call: (async (name: string, input: unknown) =>
        name === 'backups.containingContact' ? { ok: false, error: { code: 'unavailable', messageKey: 'errors.network', fields: [] } } : api.call(name as never, input as never)) as Api['call'],
    };
    const user = userEvent.setup();
    renderScreen(<ContactScreen />, { api: offline, path: toPath(paths.contact, { id: ayse.id }), settings: await api.settings(), status: await api.status() });
    await user.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ayşe Özdemir löschen?' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Sicherungen konnten nicht geprüft werden.');
    expect(within(dialog).queryByRole('list')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
