import type { EntityManager } from 'typeorm';
import { dialectOf, phrasesOf } from '../../../database/sql-dialect';
import type { ContactDto } from '../../../contract';
import { DomainError } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { loadContact, originDay } from './contact-records';
import { fillInContact } from './import-run';

/**
 * Two entries for one person become one: `keepId` keeps its details and gets what it lacks from
 * `mergeId` (lists joined, notes appended, the other's consent if it has none), and everything
 * that named `mergeId` — organisations, memberships, attendance, tasks, chair and minute-taker —
 * names `keepId` from now on. Then `mergeId` is deleted. One transaction (the caller's).
 */
export async function mergeContacts(manager: EntityManager, keepId: number, mergeId: number, enteredBy: string): Promise<ContactDto> {
  const keep = await loadContact(manager, keepId);
  const other = await loadContact(manager, mergeId);
  if (keep.erasedAt || other.erasedAt) throw new DomainError('contacts.errors.erased', { field: keep.erasedAt ? 'keepId' : 'mergeId' });

  await fillInContact(manager, keepId, other, []);
  if (keep.consentDate === null && other.consentDate !== null) {
    await manager.query('UPDATE contact SET consent_purpose = ?, consent_date = ?, consent_how = ?, consent_withdrawn_on = ? WHERE id = ?', [
      other.consentPurpose,
      other.consentDate,
      other.consentHow,
      other.consentWithdrawnOn,
      keepId,
    ]);
  }
  await manager.query(
    phrasesOf(manager).insertIgnoring('contact_organization', '(contact_id, organization_id) SELECT ?, organization_id FROM contact_organization WHERE contact_id = ?'),
    [keepId, mergeId],
  );
  await moveMemberships(manager, keepId, mergeId);
  await noteInApprovedMinutes(manager, keep, other, enteredBy);
  await moveAttendance(manager, keepId, mergeId);
  await manager.query('UPDATE action_item SET assignee_contact_id = ? WHERE assignee_contact_id = ?', [keepId, mergeId]);
  await manager.query('UPDATE meeting SET chair_contact_id = ? WHERE chair_contact_id = ?', [keepId, mergeId]);
  await manager.query('UPDATE meeting SET minute_taker_contact_id = ? WHERE minute_taker_contact_id = ?', [keepId, mergeId]);
  await manager.query('DELETE FROM contact_organization WHERE contact_id = ?', [mergeId]);
  await manager.query('DELETE FROM contact WHERE id = ?', [mergeId]);
  await manager.query('UPDATE contact SET origin = ?, updated_at = ? WHERE id = ?', [mergedOrigin(keep.origin, other.origin), nowIso(), keepId]);
  return loadContact(manager, keepId);
}

/** "Zusammengeführt aus zwei Einträgen am 06.12.2026 (Von Hand erfasst am …; Import aus „x.csv“ am …)": both origins stay known (Art. 15 (1) (g) DSGVO). */
export function mergedOrigin(keepOrigin: string, otherOrigin: string, day: string = todayIso()): string {
  const before = [keepOrigin, otherOrigin].map((origin) => origin.trim()).filter(Boolean);
  return `Zusammengeführt aus zwei Einträgen am ${originDay(day)}${before.length ? ` (${before.join('; ')})` : ''}`;
}

/** Equal, NULL included: SQLite's IS; PostgreSQL's IS NOT DISTINCT FROM (its IS takes no value). */
const sameValue = (a: string, b: string, manager: EntityManager) => (dialectOf(manager) === 'postgres' ? `${a} IS NOT DISTINCT FROM ${b}` : `${a} IS ${b}`);

/** A membership both entries share (same body, role and dates) is kept once. */
async function moveMemberships(manager: EntityManager, keepId: number, mergeId: number): Promise<void> {
  await manager.query(
    `DELETE FROM membership WHERE contact_id = ?2 AND EXISTS (
       SELECT 1 FROM membership k WHERE k.contact_id = ?1 AND k.body_id = membership.body_id AND k.role = membership.role
         AND ${sameValue('k.date_from', 'membership.date_from', manager)} AND ${sameValue('k.date_to', 'membership.date_to', manager)})`,
    [keepId, mergeId],
  );
  await manager.query('UPDATE membership SET contact_id = ? WHERE contact_id = ?', [keepId, mergeId]);
}

const nameOf = (contact: ContactDto) => [contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' ');

/**
 * Approved minutes are locked: where both entries stood on the list of such a meeting, the
 * merge changes its counts, so it is recorded there as a correction (append-only).
 */
async function noteInApprovedMinutes(manager: EntityManager, keep: ContactDto, other: ContactDto, enteredBy: string): Promise<void> {
  const meetings: Array<{ id: number }> = await manager.query(
    `SELECT m.id FROM meeting m WHERE m.state = 'minutes_approved'
       AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.contact_id = ?)
       AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.contact_id = ?)`,
    [keep.id, other.id],
  );
  for (const meeting of meetings) {
    await manager.query('INSERT INTO minutes_correction (meeting_id, agenda_item_id, text, reason, entered_by, created_at) VALUES (?, NULL, ?, ?, ?, ?)', [
      meeting.id,
      `„${nameOf(other)}“ und „${nameOf(keep)}“ sind dieselbe Person und stehen nur noch einmal auf der Anwesenheitsliste.`,
      'Doppelter Kontakt zusammengeführt',
      enteredBy,
      nowIso(),
    ]);
  }
}

/**
 * A meeting lists a person once: where both entries were listed, the row of `keepId` stays,
 * marked present if either row was (someone signed in under the other entry).
 */
async function moveAttendance(manager: EntityManager, keepId: number, mergeId: number): Promise<void> {
  await manager.query(
    `UPDATE attendance SET status = 'present' WHERE contact_id = ?1 AND status <> 'present' AND EXISTS (
       SELECT 1 FROM attendance o WHERE o.contact_id = ?2 AND o.meeting_id = attendance.meeting_id AND o.status = 'present')`,
    [keepId, mergeId],
  );
  await manager.query(
    'DELETE FROM attendance WHERE contact_id = ?2 AND meeting_id IN (SELECT meeting_id FROM attendance WHERE contact_id = ?1)',
    [keepId, mergeId],
  );
  await manager.query('UPDATE attendance SET contact_id = ? WHERE contact_id = ?', [keepId, mergeId]);
}
