import type { EntityManager } from 'typeorm';
import type { ProcessFactsDto } from '../../../contract/documents';
import type { EditionRecord } from './document-records';

/**
 * How the edition's measures came about, from the status history in a handful of aggregate
 * queries: the workshop is the day most workshop proposals were entered; the working group met
 * on the days measures went into review or out of it with a decision; its vote on a measure is
 * its last decision out of review; the motion is the last recorded Antrag, else the day most
 * measures became "beantragt"; the adoption is the edition's, else the day most were adopted.
 * With `until` (an Antrag's date) the sessions and votes are those up to that day; the workshop
 * stays as recorded, so a date before it can be told.
 */
export async function loadProcessFacts(manager: EntityManager, edition: EditionRecord, until = '9999-12-31'): Promise<ProcessFactsDto> {
  const id = edition.id;
  const inEdition = 'FROM status_change sc JOIN measure m ON m.id = sc.measure_id WHERE m.edition_id = ?';

  const [workshopDay] = (await manager.query(
    `SELECT sc.changed_on AS date, COUNT(*) AS proposals ${inEdition} AND sc.from_status IS NULL AND m.origin = 'workshop'
     GROUP BY sc.changed_on ORDER BY proposals DESC, date DESC LIMIT 1`,
    [id],
  )) as Array<{ date: string; proposals: number }>;
  let workshop: ProcessFactsDto['workshop'] = null;
  if (workshopDay) {
    const [note] = (await manager.query(
      `SELECT m.origin_note AS note, COUNT(*) AS n ${inEdition} AND sc.from_status IS NULL AND m.origin = 'workshop' AND sc.changed_on = ?
       GROUP BY m.origin_note ORDER BY n DESC LIMIT 1`,
      [id, workshopDay.date],
    )) as Array<{ note: string }>;
    const text = note?.note ?? '';
    workshop = { date: workshopDay.date, note: text, online: /online|digital/i.test(text), proposals: workshopDay.proposals };
  }

  const sessions = (await manager.query(
    `SELECT DISTINCT sc.changed_on AS date ${inEdition} AND sc.changed_on <= ? AND (sc.to_status = 'in_review' OR sc.from_status = 'in_review') ORDER BY date`,
    [id, until],
  )) as Array<{ date: string }>;

  const votes = (await manager.query(
    `WITH decisions AS (
       SELECT sc.to_status AS status, ROW_NUMBER() OVER (PARTITION BY sc.measure_id ORDER BY sc.changed_on DESC, sc.id DESC) AS rn
       ${inEdition} AND sc.changed_on <= ? AND sc.from_status = 'in_review')
     SELECT status, COUNT(*) AS count FROM decisions WHERE rn = 1 GROUP BY status
     UNION ALL
     SELECT 'reviewed', COUNT(DISTINCT sc.measure_id) ${inEdition} AND sc.changed_on <= ? AND sc.to_status = 'in_review'`,
    [id, until, id, until],
  )) as Array<{ status: string; count: number }>;
  const vote = (status: string) => votes.find((row) => row.status === status)?.count ?? 0;

  return {
    workshop,
    agSessions: sessions.map((row) => row.date),
    agVotes: { reviewed: vote('reviewed'), recommended: vote('recommended'), rejected: vote('rejected'), deferred: vote('deferred') },
    motion: await motionFacts(manager, id, inEdition),
    adoption: edition.adoptedOn ? { date: edition.adoptedOn, drucksache: edition.drucksache } : await commonStep(manager, id, inEdition, 'adopted'),
  };
}

async function commonStep(manager: EntityManager, editionId: number, inEdition: string, status: string): Promise<{ date: string; drucksache: string } | null> {
  const [row] = (await manager.query(
    `SELECT sc.changed_on AS date, sc.drucksache, COUNT(*) AS n ${inEdition} AND sc.to_status = ?
     GROUP BY sc.changed_on, sc.drucksache ORDER BY n DESC, date DESC LIMIT 1`,
    [editionId, status],
  )) as Array<{ date: string; drucksache: string }>;
  return row ? { date: row.date, drucksache: row.drucksache } : null;
}

async function motionFacts(manager: EntityManager, editionId: number, inEdition: string): Promise<ProcessFactsDto['motion']> {
  const [saved] = (await manager.query(
    'SELECT submitted_on AS date, drucksache, fraktionen FROM motion WHERE edition_id = ? ORDER BY submitted_on DESC, id DESC LIMIT 1',
    [editionId],
  )) as Array<{ date: string; drucksache: string; fraktionen: string }>;
  if (saved) return { date: saved.date, drucksache: saved.drucksache, fraktionen: JSON.parse(saved.fraktionen) as string[] };
  const step = await commonStep(manager, editionId, inEdition, 'submitted');
  return step ? { ...step, fraktionen: [] } : null;
}
