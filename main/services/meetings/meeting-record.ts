import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CalendarEntryDto, MeetingDto, VoteDto } from '../../../contract/meetings';
import { DecisionEntity, MeetingEntity, type Meeting } from '../../../database/entities';
import { formatDateLong } from '../../../documents/engine/german-dates';
import { nowIso } from '../text-compare';
import { voteColumns } from './decisions-service';
import { loadMeeting } from './meeting-read';
import { dayOf } from './meeting-text';

/**
 * "Der Harburger Integrationsrat" from the stored genitive ("des Harburger Integrationsrats"):
 * its article names the gender. Without one the body is named, not declined.
 */
export function bodySubject(bodyName: string, genitive: string): string {
  const article = /^(des|der)\s/i.exec(genitive.trim())?.[1]?.toLowerCase();
  if (article === 'des') return `Der ${bodyName}`;
  if (article === 'der') return `Die ${bodyName}`;
  return bodyName ? `Das Gremium „${bodyName}“` : 'Die Sitzung';
}

/** "Der Integrationsrat stimmt der Niederschrift der 12. Sitzung vom 4. März 2026 einstimmig zu." */
export function approvalWording(approving: Pick<MeetingDto, 'bodyName' | 'bodyGenitive'>, approved: Pick<Meeting, 'number' | 'startsAt'>, vote: VoteDto): string {
  const session = approved.number === null ? 'Sitzung' : `${approved.number}. Sitzung`;
  const unanimous = vote.mode === 'unanimous' ? ' einstimmig' : '';
  return `${bodySubject(approving.bodyName, approving.bodyGenitive)} stimmt der Niederschrift der ${session} vom ${formatDateLong(dayOf(approved.startsAt))}${unanimous} zu.`;
}

/**
 * The approval as the decision of the approving meeting's item "Genehmigung des Protokolls", so
 * its minutes print it with the vote. A decision already recorded there by hand stays.
 */
export async function recordApprovalDecision(manager: EntityManager, approved: Meeting, approvingId: number, vote: VoteDto): Promise<void> {
  const [item] = (await manager.query(
    `SELECT i.id FROM agenda_item i WHERE i.meeting_id = ? AND i.standard = 'approve_minutes'
       AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.agenda_item_id = i.id) ORDER BY i.position LIMIT 1`,
    [approvingId],
  )) as Array<{ id: number }>;
  if (!item) return;
  const approving = await loadMeeting(manager, approvingId);
  const now = nowIso();
  await manager.getRepository(DecisionEntity).insert({
    agendaItemId: item.id,
    wording: approvalWording(approving, approved, vote),
    result: 'adopted',
    ...voteColumns(vote),
    voteMismatchConfirmed: false,
    drucksache: '',
    createdAt: now,
    updatedAt: now,
  });
}

/** What an invitee's calendar shows of the meeting: a change here needs a higher SEQUENCE. */
const calendarFingerprint = (meeting: MeetingDto): string =>
  createHash('sha256').update(JSON.stringify([meeting.title, meeting.startsAt, meeting.endsAt, meeting.place, meeting.onlineLink])).digest('hex');

/**
 * UID and SEQUENCE for an .ics export. The first export writes SEQUENCE 0; each export after a
 * change of time, place or title raises it by one (RFC 5545 3.8.7.4), so Outlook replaces its entry.
 */
export async function calendarEntry(manager: EntityManager, id: number): Promise<CalendarEntryDto> {
  const meeting = await loadMeeting(manager, id);
  const row = (await manager.getRepository(MeetingEntity).findOneBy({ id }))!;
  const fingerprint = calendarFingerprint(meeting);
  const uid = row.icsUid || randomUUID();
  const sequence = row.icsFingerprint === null || row.icsFingerprint === fingerprint ? row.icsSequence : row.icsSequence + 1;
  if (uid !== row.icsUid || sequence !== row.icsSequence || fingerprint !== row.icsFingerprint) {
    await manager.getRepository(MeetingEntity).update({ id }, { icsUid: uid, icsSequence: sequence, icsFingerprint: fingerprint });
  }
  return { uid, sequence };
}
