import type { EntityManager } from 'typeorm';
import type {
  ActionItemDto,
  AgendaItemDto,
  AgendaMeasureDto,
  ApprovedMinutesDto,
  AttendanceCountsDto,
  AttendanceDto,
  DecisionDto,
  MeasureEffectDto,
  MeetingDto,
  MinutesCorrectionDto,
  StandardItem,
  VoteDto,
} from '../../../contract/meetings';
import type { Decision, Meeting } from '../../../database/entities';
import { MeetingEntity } from '../../../database/entities';
import { notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { voteTextOf } from '../../../documents/meetings/vote-text';
import { dayOf, ERASED_PERSON, meetingTitle, roleParts } from './meeting-text';

/** A contact's name as the minutes show it; erased persons keep their row but not their name. */
export const contactNameSql = (alias: string) =>
  `CASE WHEN ${alias}.erased_at IS NOT NULL THEN '${ERASED_PERSON}' ELSE trim(${alias}.first_name || ' ' || ${alias}.last_name) END`;

/** The meeting title in SQL terms is built in TypeScript; these columns feed `meetingTitle`. */
export const MEETING_TITLE_COLUMNS = `mt.kind AS kind, mt.title AS "rawTitle", mt.number AS number, coalesce(b.name, '') AS "bodyName"`;

const ACTION_ITEM_SQL = `
  SELECT a.id, a.meeting_id AS "meetingId", ${MEETING_TITLE_COLUMNS}, substr(mt.starts_at, 1, 10) AS "meetingDate",
         mt.body_id AS "bodyId", a.agenda_item_id AS "agendaItemId", a.title, a.assignee_contact_id AS "assigneeContactId",
         CASE WHEN c.id IS NULL THEN a.assignee_name ELSE ${contactNameSql('c')} END AS "assigneeName",
         a.due_on AS "dueOn", a.done_on AS "doneOn", CASE WHEN ai.public = 0 THEN 1 ELSE 0 END AS "nonPublic"
  FROM action_item a
  JOIN meeting mt ON mt.id = a.meeting_id
  LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id
  LEFT JOIN body b ON b.id = mt.body_id
  LEFT JOIN contact c ON c.id = a.assignee_contact_id`;

type ActionItemRaw = Omit<ActionItemDto, 'meetingTitle' | 'meetingGivenTitle' | 'meetingKind' | 'meetingNumber' | 'overdue' | 'nonPublic'> & { kind: Meeting['kind']; rawTitle: string; number: number | null; nonPublic: number };

/** Action items matching `where` (SQL on aliases a, mt), oldest meeting first; overdue as of `today`. */
export async function actionItemRows(manager: EntityManager, where: string, parameters: unknown[], today = todayIso()): Promise<ActionItemDto[]> {
  const rows: ActionItemRaw[] = await manager.query(`${ACTION_ITEM_SQL} WHERE ${where} ORDER BY mt.starts_at, a.id`, parameters);
  return rows.map(({ kind, rawTitle, number, nonPublic, ...row }) => ({
    ...row,
    nonPublic: nonPublic === 1,
    meetingTitle: meetingTitle({ kind, title: rawTitle, number, bodyName: row.bodyName }),
    meetingGivenTitle: rawTitle,
    meetingKind: kind,
    meetingNumber: number,
    overdue: row.doneOn === null && row.dueOn !== null && row.dueOn < today,
  }));
}

export function voteOf(decision: Decision): VoteDto {
  switch (decision.voteMode) {
    case 'none':
      return { mode: 'none' };
    case 'unanimous':
      return { mode: 'unanimous' };
    case 'counts':
      return { mode: 'counts', yes: decision.votesYes ?? 0, no: decision.votesNo ?? 0, abstain: decision.votesAbstain ?? 0, conflicted: decision.votesConflicted ?? 0 };
    case 'fraktionen':
      return {
        mode: 'fraktionen',
        for: JSON.parse(decision.fraktionenFor) as string[],
        against: JSON.parse(decision.fraktionenAgainst) as string[],
        abstain: JSON.parse(decision.fraktionenAbstain) as string[],
      };
  }
}

interface AgendaRaw {
  id: number;
  parentId: number | null;
  position: number;
  number: string;
  title: string;
  public: number;
  standard: StandardItem | null;
  notes: string;
}

/** Main items by position, each followed by its sub-items: the order the agenda is printed in. */
export function printedOrder<T extends { id: number; parentId: number | null; position: number }>(items: readonly T[]): T[] {
  const byPosition = (a: T, b: T) => a.position - b.position || a.id - b.id;
  const children = new Map<number, T[]>();
  for (const item of items) {
    if (item.parentId !== null) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  }
  const walk = (item: T): T[] => [item, ...(children.get(item.id) ?? []).sort(byPosition).flatMap(walk)];
  return items.filter((item) => item.parentId === null).sort(byPosition).flatMap(walk);
}

async function agendaOf(manager: EntityManager, meetingId: number): Promise<AgendaItemDto[]> {
  const items: AgendaRaw[] = await manager.query(
    `SELECT id, parent_id AS "parentId", position, number, title, public, standard, notes FROM agenda_item WHERE meeting_id = ?`,
    [meetingId],
  );
  const measures: Array<AgendaMeasureDto & { agendaItemId: number }> = await manager.query(
    `SELECT l.agenda_item_id AS "agendaItemId", m.id, m.code, m.title, m.status
     FROM agenda_item_measure l JOIN agenda_item i ON i.id = l.agenda_item_id JOIN measure m ON m.id = l.measure_id
     WHERE i.meeting_id = ? ORDER BY l.position`,
    [meetingId],
  );
  const papers: Array<{ agendaItemId: number; drucksache: string }> = await manager.query(
    `SELECT p.agenda_item_id AS "agendaItemId", p.drucksache FROM agenda_item_paper p JOIN agenda_item i ON i.id = p.agenda_item_id
     WHERE i.meeting_id = ? ORDER BY p.position`,
    [meetingId],
  );
  const decisions = await decisionsOf(manager, meetingId);
  return printedOrder(items).map((item, index) => ({
    id: item.id,
    parentId: item.parentId,
    position: index + 1,
    number: item.number,
    title: item.title,
    public: item.public === 1,
    standard: item.standard,
    notes: item.notes,
    papers: papers.filter((paper) => paper.agendaItemId === item.id).map((paper) => paper.drucksache),
    measures: measures.filter((measure) => measure.agendaItemId === item.id).map(({ agendaItemId: _item, ...measure }) => measure),
    decision: decisions.get(item.id) ?? null,
  }));
}

async function decisionsOf(manager: EntityManager, meetingId: number): Promise<Map<number, DecisionDto>> {
  const rows: Decision[] = await manager.query(
    `SELECT d.id, d.agenda_item_id AS "agendaItemId", d.wording, d.result, d.vote_mode AS "voteMode", d.votes_yes AS "votesYes",
            d.votes_no AS "votesNo", d.votes_abstain AS "votesAbstain", d.votes_conflicted AS "votesConflicted",
            d.fraktionen_for AS "fraktionenFor", d.fraktionen_against AS "fraktionenAgainst", d.fraktionen_abstain AS "fraktionenAbstain",
            d.vote_mismatch_confirmed AS "voteMismatchConfirmed", d.drucksache, d.created_at AS "createdAt", d.updated_at AS "updatedAt"
     FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE i.meeting_id = ?`,
    [meetingId],
  );
  // CROSS JOIN: from the meeting's items to their decisions' changes. The planner may otherwise walk every
  // change any decision ever made (ix_status_change_decision), which grows with the district's history.
  const effects: Array<MeasureEffectDto & { decisionId: number }> = await manager.query(
    `SELECT s.decision_id AS "decisionId", s.measure_id AS "measureId", m.code, s.from_status AS "fromStatus", s.to_status AS "toStatus"
     FROM agenda_item i CROSS JOIN decision d CROSS JOIN status_change s CROSS JOIN measure m
     WHERE d.agenda_item_id = i.id AND s.decision_id = d.id AND m.id = s.measure_id AND i.meeting_id = ? ORDER BY s.id`,
    [meetingId],
  );
  return new Map(
    rows.map((row) => {
      const vote = voteOf(row);
      const dto: DecisionDto = {
        id: row.id,
        agendaItemId: row.agendaItemId,
        wording: row.wording,
        result: row.result,
        vote,
        voteText: voteTextOf(vote),
        drucksache: row.drucksache,
        voteMismatchConfirmed: Boolean(row.voteMismatchConfirmed),
        effects: effects.filter((effect) => effect.decisionId === row.id).map(({ decisionId: _decision, ...effect }) => effect),
      };
      return [row.agendaItemId, dto];
    }),
  );
}

async function attendanceOf(manager: EntityManager, meetingId: number): Promise<AttendanceDto[]> {
  const rows: Array<Omit<AttendanceDto, 'guest' | 'voting' | 'erased' | 'memberRole' | 'givenRole'> & { guest: number; voting: number; erased: number }> = await manager.query(
    `SELECT a.id, a.contact_id AS "contactId", CASE WHEN c.id IS NULL THEN a.guest_name ELSE ${contactNameSql('c')} END AS name,
            a.role, a.fraktion, a.guest, a.voting, a.status, CASE WHEN c.erased_at IS NOT NULL THEN 1 ELSE 0 END AS erased
     FROM attendance a LEFT JOIN contact c ON c.id = a.contact_id
     WHERE a.meeting_id = ? ORDER BY a.position, a.id`,
    [meetingId],
  );
  return rows.map((row) => ({ ...row, ...roleParts(row.role, row.fraktion, row.guest === 1), guest: row.guest === 1, voting: row.voting === 1, erased: row.erased === 1 }));
}

type CountedRow = Pick<AttendanceDto, 'status' | 'guest' | 'voting'> & { readonly fraktion: string };

/**
 * Voting members present, with deputies (Stellvertretung) standing in for members who are not:
 * a deputy of a Fraktion only for a missing member of that Fraktion; one recorded without a
 * Fraktion for any member still missing.
 */
function votingPresentOf(attendance: readonly CountedRow[]): number {
  const missing = new Map<string, number>();
  const deputies = new Map<string, number>();
  let present = 0;
  for (const row of attendance) {
    if (row.voting && row.status === 'present') present++;
    else if (row.voting) missing.set(row.fraktion, (missing.get(row.fraktion) ?? 0) + 1);
    else if (!row.guest && row.status === 'present') deputies.set(row.fraktion, (deputies.get(row.fraktion) ?? 0) + 1);
  }
  for (const [fraktion, count] of deputies) {
    if (fraktion === '') continue;
    const standingIn = Math.min(count, missing.get(fraktion) ?? 0);
    present += standingIn;
    missing.set(fraktion, (missing.get(fraktion) ?? 0) - standingIn);
  }
  const stillMissing = [...missing.values()].reduce((sum, count) => sum + count, 0);
  return present + Math.min(deputies.get('') ?? 0, stillMissing);
}

/** Expected / present / excused / absent, and the quorum: more than half of the voting members present (expected ones do not count). */
export function countsOf(attendance: readonly CountedRow[]): AttendanceCountsDto {
  const count = (test: (row: CountedRow) => boolean) => attendance.filter(test).length;
  const votingTotal = count((row) => row.voting);
  const votingPresent = votingPresentOf(attendance);
  return {
    expected: count((row) => row.status === 'expected'),
    present: count((row) => row.status === 'present'),
    excused: count((row) => row.status === 'excused'),
    absent: count((row) => row.status === 'absent'),
    guests: count((row) => row.guest && row.status === 'present'),
    votingPresent,
    votingTotal,
    quorate: votingTotal > 0 && votingPresent * 2 > votingTotal,
  };
}

export async function meetingRow(manager: EntityManager, id: number): Promise<Meeting> {
  const meeting = await manager.getRepository(MeetingEntity).findOneBy({ id });
  if (!meeting) throw notFound('meetingErrors.notFound');
  return meeting;
}

export async function bodyNames(manager: EntityManager, bodyId: number | null): Promise<{ name: string; shortName: string; genitive: string }> {
  const none = { name: '', shortName: '', genitive: '' };
  if (bodyId === null) return none;
  const [body] = (await manager.query('SELECT name, short_name AS "shortName", name_genitive AS genitive FROM body WHERE id = ?', [bodyId])) as Array<{
    name: string;
    shortName: string;
    genitive: string;
  }>;
  return body ?? none;
}

/** Minutes of earlier meetings approved in this one, oldest first. */
function approvedMinutesIn(manager: EntityManager, meetingId: number): Promise<ApprovedMinutesDto[]> {
  return manager.query('SELECT id AS "meetingId", number, starts_at AS "startsAt" FROM meeting WHERE approved_in_meeting_id = ? ORDER BY starts_at, id', [meetingId]);
}

async function contactName(manager: EntityManager, contactId: number | null, fallback: string): Promise<string> {
  if (contactId === null) return fallback;
  const [row] = (await manager.query(`SELECT ${contactNameSql('c')} AS name FROM contact c WHERE c.id = ?`, [contactId])) as Array<{ name: string }>;
  return row?.name ?? fallback;
}

/** The whole meeting as the screens and the minutes need it. */
export async function loadMeeting(manager: EntityManager, id: number): Promise<MeetingDto> {
  const meeting = await meetingRow(manager, id);
  const body = await bodyNames(manager, meeting.bodyId);
  const attendance = await attendanceOf(manager, id);
  const corrections: MinutesCorrectionDto[] = await manager.query(
    `SELECT id, agenda_item_id AS "agendaItemId", text, reason, entered_by AS "enteredBy", created_at AS "createdAt"
     FROM minutes_correction WHERE meeting_id = ? ORDER BY id`,
    [id],
  );
  const carried =
    meeting.bodyId === null
      ? []
      : // Open on the meeting's day: ticked off there or later, they stay in its minutes (as done).
        await actionItemRows(manager, 'mt.body_id = ? AND mt.starts_at < ? AND (a.done_on IS NULL OR a.done_on >= ?)', [
          meeting.bodyId,
          meeting.startsAt,
          dayOf(meeting.startsAt),
        ]);
  return {
    id: meeting.id,
    kind: meeting.kind,
    bodyId: meeting.bodyId,
    bodyName: body.name,
    bodyGenitive: body.genitive,
    number: meeting.number,
    title: meetingTitle({ kind: meeting.kind, title: meeting.title, number: meeting.number, bodyName: body.name }),
    givenTitle: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    focusTopic: meeting.focusTopic,
    state: meeting.state,
    chairContactId: meeting.chairContactId,
    chairName: await contactName(manager, meeting.chairContactId, meeting.chairName),
    minuteTakerContactId: meeting.minuteTakerContactId,
    minuteTakerName: await contactName(manager, meeting.minuteTakerContactId, meeting.minuteTakerName),
    approvedOn: meeting.approvedOn,
    approvedInMeetingId: meeting.approvedInMeetingId,
    approvedMinutes: await approvedMinutesIn(manager, id),
    agenda: await agendaOf(manager, id),
    attendance,
    counts: countsOf(attendance),
    actionItems: await actionItemRows(manager, 'a.meeting_id = ?', [id]),
    carriedActionItems: carried,
    corrections,
    currentAgendaItemId: meeting.currentAgendaItemId,
    updatedAt: meeting.updatedAt,
  };
}
