import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { toPath, paths } from '../../app/paths';
import { renderScreen } from '../../test/render';
import { MeetingScreen } from './MeetingScreen';

configure({ asyncUtilTimeout: 5000 });

const TODAY = dayFromToday();

describe('Sitzung – Protokoll genehmigen mit gezählten Stimmen (issue 13)', () => {
  it('records Ja/Nein/Enthaltung as the approval vote; not more Ja than Nein is refused at the field "Ja"', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const earlier = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(-28), present: true, state: 'held' });
    const current = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: TODAY, present: true, state: 'invited', standardItems: ['welcome', 'approve_minutes'] });
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: current.id }) });
    const item = (await screen.findAllByRole('listitem')).find((each) => each.textContent?.includes('TOP 2: Genehmigung des Protokolls'))!;
    const scope = within(item);
    await user.selectOptions(await scope.findByLabelText('Abstimmung über das Protokoll'), 'Ja/Nein/Enthaltung gezählt');
    await user.type(scope.getByLabelText('Ja'), '2');
    await user.type(scope.getByLabelText('Nein'), '2');
    const button = () => within(item).getByRole('button', { name: 'Protokoll von „3. Sitzung der Arbeitsgruppe“ genehmigen' });
    await user.click(button());
    expect(await scope.findByText('Mit nicht mehr Ja- als Nein-Stimmen ist das Protokoll nicht genehmigt. Bitte prüfen Sie die Zahlen.')).toBeInTheDocument();
    expect(api.callsOf('meetings.approveMinutes')).toEqual([]);
    await user.clear(scope.getByLabelText('Ja'));
    await user.type(scope.getByLabelText('Ja'), '3');
    await user.type(scope.getByLabelText('Enthaltung'), '1');
    await user.click(button());
    // The confirmation shows the counted vote; only "Genehmigen" approves.
    const dialog = screen.getByRole('dialog', { name: 'Protokoll genehmigen' });
    expect(within(dialog).getByText('Ja: 3, Nein: 2, Enthaltung: 1')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Genehmigen' }));
    await waitFor(() =>
      expect(api.callsOf('meetings.approveMinutes')).toEqual([
        { id: earlier.id, approvedInMeetingId: current.id, approvedOn: TODAY, vote: { mode: 'counts', yes: 3, no: 2, abstain: 1, conflicted: 0 } },
      ]),
    );
    expect(await screen.findByText('Das Protokoll von „3. Sitzung der Arbeitsgruppe“ ist genehmigt und gesperrt.')).toBeInTheDocument();
    expect((await api.must('meetings.get', { id: current.id })).agenda[1]!.decision).toMatchObject({ vote: { mode: 'counts', yes: 3, no: 2, abstain: 1 } });
  });
});
