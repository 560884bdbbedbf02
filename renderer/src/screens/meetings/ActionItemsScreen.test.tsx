import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { ActionItemsScreen } from './ActionItemsScreen';
import { meetingsStore } from './fake-meetings';

function setup() {
  const store = meetingsStore([{ title: '3. Sitzung der Arbeitsgruppe', startsAt: '2026-10-01T18:00', bodyId: 1, state: 'held' }]);
  const meeting = store.meetings()[0]!;
  const base = { meetingId: meeting.id, meetingTitle: meeting.title, meetingDate: meeting.startsAt, bodyId: 1, bodyName: 'Arbeitsgruppe Integrationskonzept', agendaItemId: null, nonPublic: false, assigneeContactId: null };
  store.addActionItem({ ...base, title: 'Raum buchen', assigneeName: 'Jan Petersen', dueOn: '2026-10-15', doneOn: null, overdue: true });
  store.addActionItem({ ...base, title: 'Flyer drucken', assigneeName: 'Maria Kowalski', dueOn: '2099-01-01', doneOn: null, overdue: false });
  const api = fakeApi(store.handlers);
  const user = userEvent.setup();
  const view = renderScreen(<ActionItemsScreen />, { api, path: paths.actionItems });
  return { api, user, ...view };
}

describe('Aufgaben', () => {
  it('lists open action items and says "überfällig" in words', async () => {
    const { container } = setup();
    const overdue = await screen.findByRole('row', { name: /Raum buchen/ });
    expect(within(overdue).getByText(/überfällig/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Flyer drucken/ })).queryByText(/überfällig/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by state and Gremium and marks an item done', async () => {
    const { api, user } = setup();
    await screen.findByRole('row', { name: /Raum buchen/ });
    await user.click(screen.getByRole('radio', { name: 'überfällig' }));
    await user.selectOptions(screen.getByLabelText('Gremium'), 'Arbeitsgruppe Integrationskonzept');
    await waitFor(() => expect(api.callsOf('actionItems.list').at(-1)).toMatchObject({ state: 'overdue', bodyId: 1 }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Flyer drucken/ })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '„Raum buchen“ als erledigt markieren' }));
    await waitFor(() => expect(api.callsOf('actionItems.update')[0]).toMatchObject({ doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
    expect(await screen.findByText('Keine Aufgaben in dieser Auswahl.')).toBeInTheDocument();
  });
});
