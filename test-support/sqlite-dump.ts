import sqlite3 from 'sqlite3';

/**
 * Every table's rows, for a table-by-table comparison of two files. Left out: measure_search and
 * contact_search's segment tables (FTS internals whose layout depends on how the index was built,
 * not on the data); contact_search's own rows are compared.
 */
export function dumpSqlite(file: string, options: { withSequences?: boolean } = {}): Promise<Record<string, unknown[]>> {
  const sequences = options.withSequences ? "OR name = 'sqlite_sequence'" : '';
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND ((name NOT LIKE 'sqlite_%' AND name NOT LIKE 'measure_search%' AND name NOT IN ('contact_search_data', 'contact_search_idx')) ${sequences}) ORDER BY name`,
        async (error, tables: Array<{ name: string }>) => {
          if (error) return reject(error);
          const result: Record<string, unknown[]> = {};
          for (const { name } of tables) {
            result[name] = await new Promise((done, fail) => db.all(`SELECT * FROM "${name}" ORDER BY 1, 2`, (e, rows) => (e ? fail(e) : done(rows))));
          }
          db.close(() => resolve(result));
        },
      );
    });
  });
}
