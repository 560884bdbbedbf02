import type { MeasureStatus, MembershipRole } from '../contract';
import { createEdition, mustCall, startTestCore } from './core';

/**
 * A working group (AG) with five voting members (one SPD chair, SPD, GRÜNE, CDU, FDP), one
 * deputy, and three measures in Beratung. Everything goes through dispatch.
 */
export async function meetingSetup() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Zusammenleben in Harburg', shortCode: 'ZL' });
  const measures = [];
  for (const title of ['Nachbarschaftsfest', 'Begegnungscafé', 'Sprachcafé']) {
    const measure = await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title, proposedOn: '2021-09-25' });
    await mustCall(core, 'measures.changeStatus', { measureIds: [measure.id], toStatus: 'in_review', changedOn: '2021-11-17', reason: 'AG', drucksache: '' });
    measures.push(measure);
  }
  const ag = await mustCall(core, 'bodies.create', { name: 'Arbeitsgruppe Integrationskonzept', kind: 'arbeitsgruppe', shortName: 'AG' });
  const people: Array<[string, string, string, MembershipRole]> = [
    ['Erika', 'Brandt', 'SPD', 'chair'],
    ['Jonas', 'Meyer', 'SPD', 'member'],
    ['Leyla', 'Kaya', 'GRÜNE', 'member'],
    ['Hans', 'Claußen', 'CDU', 'member'],
    ['Sören', 'Jäger', 'FDP', 'member'],
    ['Piotr', 'Nowak', 'CDU', 'deputy'],
  ];
  const contacts = [];
  for (const [firstName, lastName, fraktion, role] of people) {
    const contact = await mustCall(core, 'contacts.create', { firstName, lastName, fraktion });
    await mustCall(core, 'memberships.create', { contactId: contact.id, bodyId: ag.id, role, from: '2021-11-01' });
    contacts.push(contact);
  }
  /**
   * A past meeting as the minute-taker has it on the day: two hours long, the members preloaded as
   * "erwartet" and then marked present (tests of planned meetings call meetings.create themselves).
   */
  const createMeeting = async (number: number, startsAt: string, extra: Record<string, unknown> = {}) => {
    const endsAt = `${startsAt.slice(0, 11)}${String(Math.min(23, Number(startsAt.slice(11, 13)) + 2)).padStart(2, '0')}${startsAt.slice(13)}`;
    // Chair and minute-taker named, as a meeting set to "held" needs them.
    const staffing = { chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' };
    const meeting = await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number, startsAt, endsAt, place: 'Rathaus Harburg', ...staffing, ...extra });
    return meeting.attendance.length ? mustCall(core, 'attendance.markExpectedPresent', { meetingId: meeting.id }) : meeting;
  };
  const statusOf = async (id: number): Promise<MeasureStatus> => (await mustCall(core, 'measures.get', { id })).status;
  const snapshot = async () => ({
    measures: await core.database!.query('SELECT id, status, updated_at FROM measure ORDER BY id'),
    history: await core.database!.query('SELECT * FROM status_change ORDER BY id'),
    decisions: await core.database!.query('SELECT * FROM decision ORDER BY id'),
    agenda: await core.database!.query('SELECT * FROM agenda_item ORDER BY id'),
    attendance: await core.database!.query('SELECT * FROM attendance ORDER BY id'),
    actionItems: await core.database!.query('SELECT * FROM action_item ORDER BY id'),
  });
  return { core, edition, field, measures, ag, contacts, createMeeting, statusOf, snapshot };
}
