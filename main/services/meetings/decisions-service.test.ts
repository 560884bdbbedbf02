import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

async function decidedMeeting() {
  const setup = await meetingSetup();
  const { core, createMeeting, measures } = setup;
  const meeting = await createMeeting(4, '2022-05-04T18:00', { standardItems: ['welcome', 'approve_minutes'] });
  const withItem = await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Vorschläge der Planungswerkstatt', measureIds: [measures[0]!.id, measures[1]!.id] });
  const item = withItem.agenda[2]!;
  return { ...setup, meeting: withItem, item };
}

describe('decisions', () => {
  it('writes the vote in German and moves the linked measures with the meeting as source', async () => {
    const { core, item, measures, statusOf } = await decidedMeeting();
    const saved = await mustCall(core, 'decisions.save', {
      agendaItemId: item.id,
      wording: 'Die AG empfiehlt beide Maßnahmen.',
      result: 'adopted',
      vote: { mode: 'counts', yes: 3, no: 1, abstain: 1, conflicted: 0 },
      measureEffects: [
        { measureId: measures[0]!.id, toStatus: 'recommended' },
        { measureId: measures[1]!.id, toStatus: 'recommended' },
      ],
    });
    const decision = saved.agenda[2]!.decision!;
    expect(decision).toMatchObject({ voteText: '3 Ja, 1 Nein, 1 Enthaltung', voteMismatchConfirmed: false });
    expect(decision.effects.map((effect) => [effect.code, effect.fromStatus, effect.toStatus])).toEqual([
      ['ZL-01', 'in_review', 'recommended'],
      ['ZL-02', 'in_review', 'recommended'],
    ]);
    expect(await statusOf(measures[0]!.id)).toBe('recommended');
    const history = (await mustCall(core, 'measures.get', { id: measures[0]!.id })).history.at(-1)!;
    expect(history).toMatchObject({
      changedOn: '2022-05-04',
      reason: 'Beschluss der 4. Sitzung der AG, TOP 3',
      meeting: { id: saved.id, title: '4. Sitzung – Arbeitsgruppe Integrationskonzept', date: '2022-05-04', itemNumber: '3', decisionId: decision.id },
    });
    expect((await mustCall(core, 'measures.get', { id: measures[0]!.id })).history[0]!.meeting).toBeNull();

    // Saving again (wording corrected) does not move the measures a second time.
    const again = await mustCall(core, 'decisions.save', {
      agendaItemId: item.id,
      wording: 'Die AG empfiehlt beide Maßnahmen einstimmig.',
      result: 'adopted',
      vote: { mode: 'unanimous' },
      measureEffects: [
        { measureId: measures[0]!.id, toStatus: 'recommended' },
        { measureId: measures[1]!.id, toStatus: 'recommended' },
      ],
    });
    expect(again.agenda[2]!.decision).toMatchObject({ id: decision.id, voteText: 'einstimmig' });
    expect(again.agenda[2]!.decision!.effects).toHaveLength(2);
    expect(await core.database!.query('SELECT count(*) AS n FROM status_change WHERE decision_id IS NOT NULL')).toEqual([{ n: 2 }]);
    expect(await core.database!.query('SELECT count(*) AS n FROM decision')).toEqual([{ n: 1 }]);
  });

  it('writes Fraktion votes as the minutes do and refuses a Fraktion in two groups', async () => {
    const { core, item } = await decidedMeeting();
    const saved = await mustCall(core, 'decisions.save', {
      agendaItemId: item.id,
      result: 'adopted',
      vote: { mode: 'fraktionen', for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: ['FDP'] },
    });
    expect(saved.agenda[2]!.decision!.voteText).toBe('SPD, GRÜNE gegen CDU bei Enthaltung FDP');
    expect(await callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote: { mode: 'fraktionen', for: ['SPD'], against: ['spd'] } })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.fraktionTwice', fields: [{ field: 'vote' }] },
    });
  });

  it('warns when the counts do not add up to the voting members present; a confirmation is stored', async () => {
    const { core, item, snapshot } = await decidedMeeting();
    const before = await snapshot();
    const vote = { mode: 'counts' as const, yes: 5, no: 2, abstain: 1, conflicted: 1 };
    const warned = await callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote });
    expect(warned).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.voteMismatch', params: { counted: 9, present: 5 }, fields: [{ field: 'vote' }] },
    });
    expect(await snapshot()).toEqual(before);
    const confirmed = await mustCall(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote, confirmVoteMismatch: true });
    expect(confirmed.agenda[2]!.decision).toMatchObject({ voteText: '5 Ja, 2 Nein, 1 Enthaltung, 1 befangen', voteMismatchConfirmed: true });
    expect(await core.database!.query('SELECT vote_mismatch_confirmed AS confirmed FROM decision')).toEqual([{ confirmed: 1 }]);
  });

  it('writes nothing when the second measure effect is forbidden: the first measure stays, no decision row', async () => {
    const { core, item, measures, snapshot } = await decidedMeeting();
    const before = await snapshot();
    const result = await callOn(core, 'decisions.save', {
      agendaItemId: item.id,
      result: 'adopted',
      vote: { mode: 'unanimous' },
      measureEffects: [
        { measureId: measures[0]!.id, toStatus: 'recommended' },
        { measureId: measures[1]!.id, toStatus: 'completed' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { messageKey: 'measures.errors.transitionForbidden', params: { code: 'ZL-02', fromStatus: 'in_review', toStatus: 'completed' } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('moves only measures linked to the item; refuses unknown items', async () => {
    const { core, item, measures, snapshot } = await decidedMeeting();
    const before = await snapshot();
    expect(
      await callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote: { mode: 'unanimous' }, measureEffects: [{ measureId: measures[2]!.id, toStatus: 'recommended' }] }),
    ).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.measureNotLinked', fields: [{ field: 'measureEffects' }] } });
    expect(await callOn(core, 'decisions.save', { agendaItemId: 4711, result: 'noted', vote: { mode: 'none' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found', messageKey: 'meetingErrors.agendaItemNotFound' },
    });
    expect(await callOn(core, 'agenda.saveNotes', { id: 4711, notes: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote: { mode: 'counts', yes: -1, no: 0, abstain: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ field: 'vote.yes' }] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('"beschlossen" needs the Drucksache of the decision', async () => {
    const { core, item, measures } = await decidedMeeting();
    for (const toStatus of ['recommended', 'submitted'] as const) {
      await mustCall(core, 'measures.changeStatus', { measureIds: [measures[0]!.id], toStatus, changedOn: '2022-05-24', reason: '', drucksache: '' });
    }
    const effect = { measureId: measures[0]!.id, toStatus: 'adopted' as const };
    const missing = await callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote: { mode: 'unanimous' }, measureEffects: [effect] });
    expect(missing).toMatchObject({ ok: false, error: { messageKey: 'measures.errors.sourceRequired', fields: [{ field: 'drucksache' }] } });
    expect(await core.database!.query('SELECT count(*) AS n FROM decision')).toEqual([{ n: 0 }]);
    const saved = await mustCall(core, 'decisions.save', { agendaItemId: item.id, result: 'adopted', vote: { mode: 'unanimous' }, drucksache: '21-2519', measureEffects: [effect] });
    expect(saved.agenda[2]!.decision).toMatchObject({ drucksache: '21-2519', effects: [{ toStatus: 'adopted' }] });
    expect((await mustCall(core, 'measures.get', { id: measures[0]!.id })).history.at(-1)).toMatchObject({ toStatus: 'adopted', drucksache: '21-2519' });
    expect(await callOn(core, 'agenda.remove', { id: item.id })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.itemHasDecision' } });
  });
});
