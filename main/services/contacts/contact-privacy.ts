import type { EntityManager } from 'typeorm';
import { dialectOf } from '../../../database/sql-dialect';
import type { AppDatabase } from '../../../database/app-database';
import type { ErasePreviewDto, ExportFileDto, OrganizationDto } from '../../../contract';
import { art15Information, disclosureSettingsGaps, type DisclosureController } from '../../../documents/disclosure/art15-information';
import { nowIso, todayIso } from '../text-compare';
import { loadMeetingRecords } from './contact-meeting-records';
import { eraseNameMentions, findNameMentions } from './contact-name-mentions';
import { eraseTextTraces, findSurnameMentions } from './contact-text-traces';
import { datedFileName } from '../../../documents/file-names';
import { DETAIL_COLUMNS, detailValues, EMPTY_DETAILS } from './contact-details';
import { ERASED_NAME, loadContact, organizationRows, readRecord, toFile } from './contact-records';

/**
 * DSGVO Art. 17: every personal detail goes; the row stays as an anonymous placeholder so the
 * memberships (and the counts of a body's members in past years) stay intact.
 */
export async function eraseContact(manager: EntityManager, id: number, options: { replaceSurnameMentions?: boolean } = {}): Promise<{ erased: true }> {
  const record = await readRecord(manager, id);
  // Where the name was only typed in (a guest, a task, the chair), it goes as well.
  await eraseNameMentions(manager, await findNameMentions(manager, record));
  // Full name, e-mail and phone inside notes, minutes, motions (a surname alone is left for the dialog).
  await eraseTextTraces(manager, record, options.replaceSurnameMentions === true);
  // Freed space is zeroed because the connection runs with secure_delete (open-database.ts).
  await manager.query(
    `UPDATE contact SET salutation = '', title = '', first_name = '', last_name = ?, function = '', fraktion = '', emails = '[]',
       phones = '[]', street = '', postal_code = '', city = '', languages = '[]', categories = '[]', notes = '',
       consent_purpose = '', consent_date = NULL, consent_how = '', consent_withdrawn_on = NULL, sort_key = '\uffff', erased_at = ?, updated_at = ?,
       ${DETAIL_COLUMNS.map((column) => `${column} = ?`).join(', ')}
     WHERE id = ?`,
    [ERASED_NAME, nowIso(), nowIso(), ...detailValues(EMPTY_DETAILS), id],
  );
  await manager.query('DELETE FROM contact_organization WHERE contact_id = ?', [id]);
  // FTS5 marks the old terms deleted but keeps them in its stored segments until they merge: merge them now.
  // (PostgreSQL's triggers wrote the new documents; the old row versions go with VACUUM, as every other table's.)
  if (dialectOf(manager) === 'sqlite') {
    await manager.query(`INSERT INTO contact_search (contact_search) VALUES ('optimize')`);
    await manager.query(`INSERT INTO measure_search (measure_search) VALUES ('optimize')`);
  }
  return { erased: true as const };
}

/**
 * After an erasure on PostgreSQL: VACUUM takes the old row versions (the person's data before it was
 * emptied) out of the tables and indexes the login owns, so the server no longer holds them as rows.
 * The server's files and WAL are not the app's to overwrite (IT keeps them, as its backups); false
 * when VACUUM failed, the erasure itself is committed.
 */
export async function vacuumAfterErase(db: AppDatabase): Promise<boolean> {
  return db.query('VACUUM').then(
    () => true,
    () => false,
  );
}

/** For the erase dialog: where only the surname is typed, which the erasure leaves for a person to decide. */
export async function erasePreview(manager: EntityManager, id: number): Promise<ErasePreviewDto> {
  const { shown, total } = await findSurnameMentions(manager, await readRecord(manager, id));
  return { surnameMentions: shown, surnameMentionTotal: total };
}

/**
 * DSGVO Art. 15: everything stored about one person, as JSON: who is responsible, the record,
 * memberships, meetings (`planned` after today), tasks, and the information of Art. 15 (1) a–h, (2).
 */
export async function disclosure(manager: EntityManager, id: number, controller: DisclosureController): Promise<ExportFileDto> {
  const issuedOn = todayIso();
  const contact = await loadContact(manager, id);
  const organizations: OrganizationDto[] = await organizationRows(manager, contact.organizations.map((org) => org.id));
  const record = await readRecord(manager, id);
  const records = await loadMeetingRecords(manager, id, await findNameMentions(manager, record));
  const meetings = records.meetings.map((meeting) => ({ ...meeting, planned: meeting.date > issuedOn }));
  const { actionItems } = records;
  const art15 = art15Information({ contact, organizations, meetingCount: meetings.length, actionItemCount: actionItems.length }, controller, issuedOn);
  const missingSettings = disclosureSettingsGaps(controller);
  const document = { exportedAt: nowIso(), issuedOn, controller, missingSettings, contact, organizations, memberships: contact.memberships, meetings, actionItems, art15 };
  // The same name as the Word letter made from it (disclosure-file.ts), only the extension differs.
  const fileName = datedFileName(issuedOn, 'Auskunft', [[contact.firstName, contact.lastName].filter(Boolean).join(' ')], 'json');
  return toFile(fileName, 'application/json', JSON.stringify(document, null, 2));
}
