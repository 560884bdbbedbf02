import type { EntityManager } from 'typeorm';
import { dialectOf, phrasesOf } from '../../../database/sql-dialect';
import type { SurnameMentionDto, TextPlace } from '../../../contract';
import { ERASED_PERSON, meetingTitle } from '../meetings/meeting-text';
import { replaceTraces, surnameExcerpt, tracePatterns, type TracedPerson, type TracePatterns } from './contact-trace-patterns';
import { measureSortKeys } from '../../../database/measure-sort-keys';

interface Place {
  readonly place: TextPlace;
  readonly table: string;
  readonly columns: readonly string[];
  /** SQL for the measure / meeting a row belongs to (the context the dialog shows). */
  readonly measureId: string;
  readonly meetingId: string;
  /** History the database guards against edits (append-only triggers); erasure is the one exception. */
  readonly appendOnly?: true;
}


/** Every free-text column a person's name, e-mail or phone may have been typed into. */
const PLACES: readonly Place[] = [
  { place: 'measure', table: 'measure', columns: ['title', 'description', 'goal', 'origin_note', 'lead', 'partners', 'target_group'], measureId: 'id', meetingId: 'NULL' },
  { place: 'progressNote', table: 'progress_note', columns: ['text'], measureId: 'measure_id', meetingId: 'NULL' },
  { place: 'statusChange', table: 'status_change', columns: ['reason'], measureId: 'measure_id', meetingId: 'NULL', appendOnly: true },
  { place: 'meeting', table: 'meeting', columns: ['title', 'focus_topic', 'place', 'chair_name', 'minute_taker_name'], measureId: 'NULL', meetingId: 'id' },
  { place: 'agendaItem', table: 'agenda_item', columns: ['title', 'notes'], measureId: 'NULL', meetingId: 'meeting_id' },
  { place: 'attendance', table: 'attendance', columns: ['guest_name', 'role'], measureId: 'NULL', meetingId: 'meeting_id' },
  {
    place: 'decision',
    table: 'decision',
    columns: ['wording'],
    measureId: 'NULL',
    meetingId: '(SELECT a.meeting_id FROM agenda_item a WHERE a.id = decision.agenda_item_id)',
  },
  { place: 'actionItem', table: 'action_item', columns: ['title', 'assignee_name'], measureId: 'NULL', meetingId: 'meeting_id' },
  { place: 'minutesCorrection', table: 'minutes_correction', columns: ['text', 'reason'], measureId: 'NULL', meetingId: 'meeting_id', appendOnly: true },
  { place: 'motion', table: 'motion', columns: ['subject', 'signatories', 'sachverhalt'], measureId: 'NULL', meetingId: 'NULL' },
];

type Row = { id: number; measureId: number | null; meetingId: number | null } & Record<string, unknown>;

async function rowsOf(manager: EntityManager, place: Place): Promise<Row[]> {
  const nonEmpty = place.columns.map((column) => `${column} <> ''`).join(' OR ');
  return (await manager.query(
    `SELECT id, ${place.measureId} AS "measureId", ${place.meetingId} AS "meetingId", ${place.columns.join(', ')} FROM ${place.table} WHERE ${nonEmpty}`,
  )) as Row[];
}

/** Drops the table's append-only triggers for `work` and recreates them from their own stored SQL. */
async function withHistoryOpen(manager: EntityManager, table: string, work: () => Promise<void>): Promise<void> {
  const triggers = (await manager.query(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%_no_update'`, [
    table,
  ])) as Array<{ name: string; sql: string }>;
  for (const trigger of triggers) await manager.query(`DROP TRIGGER ${trigger.name}`);
  await work();
  for (const trigger of triggers) await manager.query(trigger.sql);
}

/**
 * Replaces the full name, e-mail addresses and phone numbers in every free-text place by
 * "Person gelöscht" (DSGVO Art. 17); the surname alone too when the person decided so in the
 * dialog. Search indexes follow through their triggers; the caller merges their segments.
 * Returns how many rows changed.
 */
export async function eraseTextTraces(manager: EntityManager, person: TracedPerson, surnameToo = false): Promise<number> {
  const patterns = tracePatterns(person, surnameToo);
  if (patterns.certain.length === 0) return 0;
  let changed = 0;
  for (const place of PLACES) {
    const updates = (await rowsOf(manager, place)).flatMap((row) => {
      const values = place.columns.map((column) => String(row[column] ?? ''));
      const replaced = values.map((value) => replaceTraces(value, patterns, ERASED_PERSON));
      return replaced.some((value, index) => value !== values[index]) ? [{ id: row.id, replaced }] : [];
    });
    if (updates.length === 0) continue;
    const apply = async () => {
      const sql = `UPDATE ${place.table} SET ${place.columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`;
      for (const update of updates) await manager.query(sql, [...update.replaced, update.id]);
    };
    if (place.appendOnly && dialectOf(manager) === 'postgres') {
      // The server's own way through the history (migration 0005), with Verwaltung's right to it.
      for (const update of updates) {
        await manager.query('SELECT lbw_erase_history_text(?, CAST(? AS INTEGER), CAST(? AS text[]), CAST(? AS text[]))', [place.table, update.id, place.columns, update.replaced]);
      }
    } else {
      await (place.appendOnly ? withHistoryOpen(manager, place.table, apply) : apply());
    }
    if (place.table === 'measure') await refreshMeasureSortKeys(manager, updates.map((update) => update.id));
    changed += updates.length;
  }
  return changed;
}

/** A measure's sort keys hold its title and lead folded ("quertyuiop"): they are rewritten from the erased text too. */
async function refreshMeasureSortKeys(manager: EntityManager, ids: readonly number[]): Promise<void> {
  const rows: Array<{ id: number; code: string; title: string; lead: string }> = await manager.query(
    `SELECT id, code, title, lead FROM measure WHERE id IN (${phrasesOf(manager).idsFromJson})`,
    [JSON.stringify(ids)],
  );
  for (const row of rows) {
    const keys = measureSortKeys(row);
    // A new version, unnamed: a form opened before the erasure cannot write the erased name back.
    await manager.query(`UPDATE measure SET code_key = ?, title_key = ?, lead_key = ?, lead_fold = ?, version = version + 1, updated_by = '' WHERE id = ?`, [keys.codeKey, keys.titleKey, keys.leadKey, keys.leadFold, row.id]);
  }
}

/** Places that still name the surname alone (after the full name has gone): listed for a person to decide. */
/** The dialog shows this many; beyond it the count says how many more there are. */
export const SURNAME_MENTIONS_SHOWN = 100;

export async function findSurnameMentions(manager: EntityManager, person: TracedPerson): Promise<{ shown: SurnameMentionDto[]; total: number }> {
  const patterns: TracePatterns = tracePatterns(person);
  if (!patterns.surname) return { shown: [], total: 0 };
  const found: Array<Omit<SurnameMentionDto, 'context'> & { subject: string }> = [];
  for (const place of PLACES) {
    for (const row of await rowsOf(manager, place)) {
      for (const column of place.columns) {
        const excerpt = surnameExcerpt(replaceTraces(String(row[column] ?? ''), patterns, ERASED_PERSON), patterns);
        if (excerpt) found.push({ place: place.place, excerpt, measureId: row.measureId, meetingId: row.meetingId, subject: String(row['subject'] ?? '') });
      }
    }
  }
  const contexts = new Map<string, string>();
  const contextOf = async (mention: Omit<SurnameMentionDto, 'context'> & { subject: string }) => {
    // A motion has neither measure nor meeting of its own: its subject says which one.
    if (mention.place === 'motion') return mention.subject;
    const key = `${mention.measureId}/${mention.meetingId}`;
    if (!contexts.has(key)) contexts.set(key, await loadContext(manager, mention));
    return contexts.get(key)!;
  };
  const result: SurnameMentionDto[] = [];
  for (const mention of found.slice(0, SURNAME_MENTIONS_SHOWN)) {
    const { subject: _subject, ...dto } = mention;
    result.push({ ...dto, context: await contextOf(mention) });
  }
  return { shown: result, total: found.length };
}

async function loadContext(manager: EntityManager, mention: { measureId: number | null; meetingId: number | null }): Promise<string> {
  if (mention.measureId !== null) {
    const [row] = (await manager.query('SELECT code, title FROM measure WHERE id = ?', [mention.measureId])) as Array<{ code: string; title: string }>;
    return row ? `${row.code} ${row.title}` : '';
  }
  if (mention.meetingId !== null) {
    const [row] = (await manager.query(
      `SELECT m.kind, m.title, m.number, coalesce(b.name, '') AS "bodyName", m.starts_at AS "startsAt" FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE m.id = ?`,
      [mention.meetingId],
    )) as Array<Parameters<typeof meetingTitle>[0] & { startsAt: string }>;
    return row ? `${meetingTitle(row)} (${row.startsAt.slice(0, 10)})` : '';
  }
  return '';
}
