import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 11: the measure search gets prefix indexes of one, two and three characters, so
 * the first keystrokes of a search ("S", "Sp", "Spr") read one list from the index instead of
 * merging every word that begins with them, which grows with the data (issue 17). Same columns,
 * tokenizer, rank and content as 0002; its triggers (on measure and progress_note) stay and write
 * into the new table by name. Nothing is found differently: a prefix index only answers faster.
 */
export class MeasureSearchPrefixes1764115200011 implements MigrationInterface {
  name = 'MeasureSearchPrefixes1764115200011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildMeasureSearch(queryRunner, '1 2 3');
  }

  async down(): Promise<void> {
    throw new Error('Schema version 11 cannot be undone; restore a backup instead.');
  }
}

/**
 * Drops and rebuilds the measure search with these prefix indexes (FTS5's `prefix` option): same
 * columns, tokenizer, rank and content as 0002, whose triggers write into it by name. Schema 14
 * rebuilds it the same way with longer prefixes.
 */
export async function rebuildMeasureSearch(queryRunner: QueryRunner, prefix: string): Promise<void> {
  const run = (sql: string) => queryRunner.query(sql);
  await run('DROP TABLE measure_search');
  // The text as the file stores it, with the indentation it had when it lived in the class (sqlite_master keeps it).
  await run(`
      CREATE VIRTUAL TABLE measure_search USING fts5(
        code, title, description, goal, notes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '${prefix}'
      )`);
  await run(`INSERT INTO measure_search (measure_search, rank) VALUES ('rank', 'bm25(4.0, 8.0, 1.0, 1.0, 0.5)')`);
  // The same text the triggers of 0002 write: the measure's fields and its notes, one per line.
  await run(`
    INSERT INTO measure_search (rowid, code, title, description, goal, notes)
    SELECT m.id, m.code, m.title, m.description, m.goal,
           coalesce((SELECT group_concat(text, char(10)) FROM progress_note WHERE measure_id = m.id), '')
    FROM measure m`);
}
