import type { EntityManager } from 'typeorm';
import { phrasesOf, type DialectPhrases } from '../../../database/sql-dialect';
import type { ParsedInput } from '../../../contract';
import type { LatestMeetingDto, MeetingListDto, MeetingRowDto } from '../../../contract/meetings';
import { nowLocalIso } from '../text-compare';
import { MEETING_TITLE_COLUMNS } from './meeting-read';
import { meetingTitle } from './meeting-text';
import { pageAcross, type Segment } from './segment-paging';

type ListFilter = ParsedInput<'meetings.list'>;
type RawRow = Omit<MeetingRowDto, 'title' | 'agendaItemCount' | 'openActionItemCount'> & { rawTitle: string };

const FROM_SQL = 'FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id';
const ROW_SQL = `SELECT mt.id, mt.body_id AS "bodyId", ${MEETING_TITLE_COLUMNS}, mt.starts_at AS "startsAt", mt.ends_at AS "endsAt", mt.place, mt.state ${FROM_SQL}`;
// Both follow ix_meeting_starts / ix_meeting_body (starts_at, then the rowid), so a page needs no sort.
const LATEST_FIRST = 'ORDER BY mt.starts_at DESC, mt.id DESC';
const SOONEST_FIRST = 'ORDER BY mt.starts_at, mt.id';

interface Condition {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** The filters of the Sitzungen screen as SQL conditions (all must hold). */
function filterConditions(phrases: DialectPhrases, filter: ListFilter): Condition[] {
  const conditions: Condition[] = [];
  const add = (sql: string, ...parameters: unknown[]) => conditions.push({ sql, parameters });
  if (filter.bodyId !== undefined) add('mt.body_id = ?', filter.bodyId);
  if (filter.kind !== undefined) add('mt.kind = ?', filter.kind);
  if (filter.state !== undefined) add('mt.state = ?', filter.state);
  if (filter.from !== undefined) add('mt.starts_at >= ?', filter.from);
  // "to" is a whole day: everything that starts before the next one.
  if (filter.to !== undefined) add(`mt.starts_at < ? || 'T99'`, filter.to);
  if (filter.text !== '') {
    const like = `%${filter.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    // The shown title may be built from number and body ("4. Sitzung – …"), so those are searched too.
    const matches = `${phrases.likeIgnoringCase} ? ESCAPE '\\'`;
    add(
      `(mt.title ${matches} OR mt.place ${matches} OR mt.focus_topic ${matches} OR b.name ${matches}
        OR (mt.number || '. Sitzung') ${matches})`,
      like, like, like, like, like,
    );
  }
  return conditions;
}

/** A part of the list: the meetings matching all conditions, in the given index order. */
function segment(manager: EntityManager, conditions: readonly Condition[], order: string): Segment<RawRow> {
  const where = conditions.length ? `WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}` : '';
  const parameters = conditions.flatMap((condition) => condition.parameters);
  // The body is joined for counting only when the text filter searches its name.
  const countFrom = conditions.some((condition) => condition.sql.includes('b.name')) ? FROM_SQL : 'FROM meeting mt';
  return {
    count: async () => ((await manager.query(`SELECT count(*) AS n ${countFrom} ${where}`, parameters)) as [{ n: number }])[0].n,
    rows: (offset, limit) => manager.query(`${ROW_SQL} ${where} ${order} LIMIT ? OFFSET ?`, [...parameters, limit, offset]),
  };
}

/**
 * "Upcoming" is what is not over yet: the meetings running at `now` (started, not ended) come
 * before those still to start. Split in two so that each part is read in index order.
 */
function segmentsFor(manager: EntityManager, filter: ListFilter): Segment<RawRow>[] {
  const conditions = filterConditions(phrasesOf(manager), filter);
  const now = filter.now ?? nowLocalIso();
  const also = (sql: string, ...parameters: unknown[]) => [...conditions, { sql, parameters }];
  switch (filter.when) {
    case undefined:
      return [segment(manager, conditions, LATEST_FIRST)];
    case 'past':
      // A meeting ends after it starts, so "over" implies "started before now": the index range narrows the scan.
      return [segment(manager, also('mt.starts_at < ? AND coalesce(mt.ends_at, mt.starts_at) < ?', now, now), LATEST_FIRST)];
    case 'upcoming':
      return [
        segment(manager, also('mt.starts_at < ? AND mt.ends_at >= ?', now, now), SOONEST_FIRST),
        segment(manager, also('mt.starts_at >= ?', now), SOONEST_FIRST),
      ];
  }
}

/** Agenda items and open tasks of the page's meetings: one grouped query per table, read through their meeting_id indexes. */
async function countsFor(manager: EntityManager, ids: readonly number[]): Promise<{ agenda: Map<number, number>; open: Map<number, number> }> {
  const grouped = async (sql: string) => {
    const rows: Array<{ id: number; n: number }> = await manager.query(sql, [JSON.stringify(ids)]);
    return new Map(rows.map((row) => [row.id, row.n]));
  };
  const p = phrasesOf(manager);
  const page = `meeting_id IN (${p.idsFromJson})`;
  return {
    agenda: await grouped(`SELECT meeting_id AS id, count(*) AS n FROM agenda_item WHERE ${page} GROUP BY meeting_id`),
    // Named: the planner otherwise walks every open task (ix_action_item_open) and checks it against the page.
    open: await grouped(`SELECT meeting_id AS id, count(*) AS n FROM action_item ${p.indexedBy('ix_action_item_meeting')} WHERE ${page} AND done_on IS NULL GROUP BY meeting_id`),
  };
}

const toRow = ({ rawTitle, ...row }: RawRow, counts: { agenda: Map<number, number>; open: Map<number, number> }): MeetingRowDto => ({
  ...row,
  title: meetingTitle({ kind: row.kind, title: rawTitle, number: row.number, bodyName: row.bodyName }),
  givenTitle: rawTitle,
  agendaItemCount: counts.agenda.get(row.id) ?? 0,
  openActionItemCount: counts.open.get(row.id) ?? 0,
});

/** A window of the meetings list and how many meetings match in all (of the chosen side of now). */
export async function listMeetings(manager: EntityManager, filter: ListFilter): Promise<MeetingListDto> {
  const { rows, total } = await pageAcross(segmentsFor(manager, filter), filter.offset, filter.limit);
  const counts = await countsFor(manager, rows.map((row) => row.id));
  return { rows: rows.map((row) => toRow(row, counts)), total };
}

/** The body's latest meeting and highest number, for "Neue Sitzung": two indexed reads instead of the whole list. */
export async function latestOfBody(manager: EntityManager, bodyId: number): Promise<LatestMeetingDto> {
  const [latest] = await segment(manager, [{ sql: 'mt.body_id = ?', parameters: [bodyId] }], LATEST_FIRST).rows(0, 1);
  const [{ highest }] = (await manager.query('SELECT max(number) AS highest FROM meeting WHERE body_id = ?', [bodyId])) as [{ highest: number | null }];
  if (!latest) return { latest: null, highestNumber: highest };
  return { latest: toRow(latest, await countsFor(manager, [latest.id])), highestNumber: highest };
}
