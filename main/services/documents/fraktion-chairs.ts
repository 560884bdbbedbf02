import type { EntityManager } from 'typeorm';
import type { FraktionChairDto } from '../../../contract/documents';

interface ChairRow {
  readonly fraktion: string;
  readonly chair: string | null;
}

/** (Spelled out again in ORDER BY: PostgreSQL sorts by an output name only as it stands, not with a collation.) */
const FRAKTION_NAME = `CASE WHEN trim(b.short_name) <> '' THEN b.short_name ELSE b.name END`;

/**
 * The Fraktionen as bodies (short name, else name) with whoever chaired them on the given day
 * (the Antrag's date), so the Antrag can be signed by them. An erased person is never offered.
 */
export async function loadFraktionChairs(manager: EntityManager, today: string): Promise<FraktionChairDto[]> {
  const rows = (await manager.query(
    `SELECT ${FRAKTION_NAME} AS fraktion,
            (SELECT trim(trim(c.title || ' ' || c.first_name) || ' ' || c.last_name)
             FROM membership m JOIN contact c ON c.id = m.contact_id AND c.erased_at IS NULL
             WHERE m.body_id = b.id AND m.role = 'chair'
               AND (m.date_from IS NULL OR m.date_from <= ?) AND (m.date_to IS NULL OR m.date_to >= ?)
             ORDER BY m.date_from DESC, m.id DESC LIMIT 1) AS chair
     FROM body b WHERE b.kind = 'fraktion'
     ORDER BY ${FRAKTION_NAME} COLLATE NOCASE`,
    [today, today],
  )) as ChairRow[];
  return rows.map((row) => ({ fraktion: row.fraktion, chair: row.chair ?? '' }));
}
