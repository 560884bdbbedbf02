import type { EntityManager } from 'typeorm';
import type { StatusChangeDto } from '../../../contract';
import type { MeetingKind } from '../../../contract/meetings';
import { meetingTitle } from '../meetings/meeting-text';

type Raw = Omit<StatusChangeDto, 'meeting'> & {
  decisionId: number | null;
  meetingId: number | null;
  kind: MeetingKind | null;
  rawTitle: string | null;
  number: number | null;
  bodyName: string | null;
  startsAt: string | null;
  itemNumber: string | null;
};

/** A measure's history, oldest first, each change with the meeting whose decision made it. */
export async function historyWithSources(manager: EntityManager, measureId: number): Promise<StatusChangeDto[]> {
  const rows: Raw[] = await manager.query(
    `SELECT s.id, s.changed_on AS "changedOn", s.from_status AS "fromStatus", s.to_status AS "toStatus", s.reason, s.drucksache,
            s.entered_by AS "enteredBy", s.created_at AS "createdAt", s.decision_id AS "decisionId",
            mt.id AS "meetingId", mt.kind, mt.title AS "rawTitle", mt.number, b.name AS "bodyName", mt.starts_at AS "startsAt", i.number AS "itemNumber"
     FROM status_change s
     LEFT JOIN decision d ON d.id = s.decision_id
     LEFT JOIN agenda_item i ON i.id = d.agenda_item_id
     LEFT JOIN meeting mt ON mt.id = i.meeting_id
     LEFT JOIN body b ON b.id = mt.body_id
     WHERE s.measure_id = ? ORDER BY s.id`,
    [measureId],
  );
  return rows.map(({ decisionId, meetingId, kind, rawTitle, number, bodyName, startsAt, itemNumber, ...change }) => ({
    ...change,
    meeting:
      decisionId !== null && meetingId !== null && kind !== null && startsAt !== null
        ? {
            id: meetingId,
            title: meetingTitle({ kind, title: rawTitle ?? '', number, bodyName: bodyName ?? '' }),
            date: startsAt.slice(0, 10),
            itemNumber: itemNumber ?? '',
            decisionId,
          }
        : null,
  }));
}
