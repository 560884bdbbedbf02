import type { Query } from './logins';

const LISTED = `(sort_key COLLATE "C" < chr(65535) COLLATE "C")`;
const counted = (table: string, columns: string, fresh: string) => ({
  table,
  // Rows at n = 0 are history (a status a measure left), not data: left out on both sides.
  kept: `SELECT ${columns} FROM ${table} WHERE n <> 0`,
  fresh: `SELECT * FROM (${fresh}) AS fresh WHERE fresh.count <> 0`,
});

/** Each derived table as it is, and as a fresh computation from the entered rows says it must be. */
export const DERIVED_TABLES: ReadonlyArray<{ readonly table: string; readonly kept: string; readonly fresh: string }> = [
  counted('measure_count', 'edition_id, status, field_of_action_id, n', 'SELECT edition_id, status, field_of_action_id, count(*)::int FROM measure GROUP BY 1, 2, 3'),
  counted('measure_lead', 'edition_id, lead, n', 'SELECT edition_id, lead, count(*)::int FROM measure GROUP BY 1, 2'),
  counted('measure_tag_use', 'edition_id, tag, n', 'SELECT m.edition_id, t.tag, count(*)::int FROM measure_tag t JOIN measure m ON m.id = t.measure_id GROUP BY 1, 2'),
  counted('measure_activity_day', 'edition_id, status, day, n', 'SELECT edition_id, status, last_activity_on, count(*)::int FROM measure GROUP BY 1, 2, 3'),
  counted('membership_count', 'body_id, n', 'SELECT body_id, count(*)::int FROM membership GROUP BY 1'),
  counted(
    'action_item_part',
    'part, n',
    `SELECT CASE WHEN done_on IS NOT NULL THEN 'done' WHEN due_on IS NOT NULL THEN 'open_due' ELSE 'open_undated' END, count(*)::int FROM action_item GROUP BY 1`,
  ),
  counted('contact_listed', 'n', `SELECT count(*)::int FROM contact WHERE ${LISTED}`),
  {
    table: 'contact_category',
    kept: 'SELECT contact_id, lower(category) FROM contact_category',
    fresh: `SELECT DISTINCT c.id, lower(j.value #>> '{}') FROM contact c,
              jsonb_array_elements(CASE WHEN jsonb_typeof(c.categories::jsonb) = 'array' THEN c.categories::jsonb ELSE '[]'::jsonb END) AS j(value)
             WHERE jsonb_typeof(j.value) = 'string'`,
  },
];

/** The derived tables that differ from a fresh computation, with the number of differing rows. */
export async function derivedDifferences(query: Query): Promise<Array<{ table: string; rows: number }>> {
  const differences: Array<{ table: string; rows: number }> = [];
  for (const { table, kept, fresh } of DERIVED_TABLES) {
    const [row] = await query(`SELECT (SELECT count(*) FROM ((${kept}) EXCEPT (${fresh})) a)::int + (SELECT count(*) FROM ((${fresh}) EXCEPT (${kept})) b)::int AS n`);
    const rows = Number(row?.n ?? 0);
    if (rows > 0) differences.push({ table, rows });
  }
  return differences;
}
