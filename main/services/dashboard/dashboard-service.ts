import type { DashboardDto, ParsedInput } from '../../../contract';
import { STALE_AFTER_DAYS, STALE_LIST_LIMIT } from '../../../contract/dashboard';
import type { MeasureStatus } from '../../../contract/lifecycle';
import type { AppDatabase } from '../../../database/app-database';
import { todayIso } from '../text-compare';

const daysBefore = (isoDay: string, days: number): string => {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/** The start screen's figures: measures per field and status, stalled measures, recent changes. */
export class DashboardService {
  constructor(private readonly db: AppDatabase) {}

  summary(input: ParsedInput<'dashboard.summary'>): Promise<DashboardDto> {
    return this.db.read(async (manager) => {
      const editionId =
        input.editionId ??
        ((await manager.query('SELECT id FROM edition ORDER BY period_from DESC, id DESC LIMIT 1')) as Array<{ id: number }>)[0]?.id ??
        null;
      if (editionId === null) return { editionId: null, byField: [], stale: [], staleCount: 0, recentChanges: [] };

      const fields: Array<{ id: number; name: string }> = await manager.query(
        'SELECT id, name FROM field_of_action WHERE edition_id = ? ORDER BY position, id',
        [editionId],
      );
      // Kept by triggers (migration 9): a few rows per edition, however many measures it holds.
      const counts: Array<{ fieldId: number; status: MeasureStatus; n: number }> = await manager.query(
        'SELECT field_of_action_id AS "fieldId", status, n FROM measure_count WHERE edition_id = ? AND n > 0',
        [editionId],
      );
      const byField = fields.map((field) => {
        const fieldCounts: Partial<Record<MeasureStatus, number>> = {};
        let total = 0;
        for (const row of counts.filter((entry) => entry.fieldId === field.id)) {
          fieldCounts[row.status] = row.n;
          total += row.n;
        }
        return { fieldOfActionId: field.id, name: field.name, counts: fieldCounts, total };
      });

      const cutoff = daysBefore(input.asOf ?? todayIso(), STALE_AFTER_DAYS);
      // `last_activity_on` is kept by triggers (migration 9). Per status the oldest come straight from
      // ix_measure_stale (edition, status, last_activity_on, code); only those two short lists are merged.
      const oldest = (status: MeasureStatus) =>
        `SELECT * FROM (SELECT id, code, title, last_activity_on AS "lastActivityOn" FROM measure
           WHERE edition_id = ? AND status = '${status}' AND last_activity_on < ? ORDER BY last_activity_on, code LIMIT ?) AS oldest`;
      const stale: DashboardDto['stale'] = await manager.query(
        `${oldest('adopted')} UNION ALL ${oldest('implementing')} ORDER BY "lastActivityOn", code LIMIT ?`,
        [editionId, cutoff, STALE_LIST_LIMIT, editionId, cutoff, STALE_LIST_LIMIT, STALE_LIST_LIMIT],
      );
      // Summed over days of last activity (measure_activity_day, kept by triggers, migration 10), not counted over measures.
      const [{ staleCount }] = (await manager.query(
        `SELECT coalesce(sum(n), 0) AS "staleCount" FROM measure_activity_day WHERE edition_id = ? AND status IN ('adopted', 'implementing') AND day < ?`,
        [editionId, cutoff],
      )) as [{ staleCount: number }];

      // CROSS JOIN keeps the newest-first scan of the history, which stops after ten rows. The edition is
      // checked per change by a subquery: as a join term, SQLite would first build a Bloom filter over
      // every measure of the edition (a pass over all of them on each visit).
      const recentChanges: DashboardDto['recentChanges'] = await manager.query(
        `SELECT s.id, s.measure_id AS "measureId", m.code, m.title, s.from_status AS "fromStatus", s.to_status AS "toStatus",
                s.changed_on AS "changedOn", s.entered_by AS "enteredBy"
         FROM status_change s CROSS JOIN measure m
         WHERE m.id = s.measure_id AND (SELECT e.edition_id FROM measure e WHERE e.id = s.measure_id) = ? AND s.from_status IS NOT NULL
         ORDER BY s.id DESC LIMIT 10`,
        [editionId],
      );
      return {
        editionId,
        byField,
        stale,
        staleCount,
        recentChanges,
      };
    });
  }
}
