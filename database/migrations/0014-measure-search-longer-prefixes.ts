import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 14: the measure search's prefix indexes reach six characters. "Spra", "Sprac",
 * "Sprach" match dozens of words (Sprache, Sprachkurs, Sprachmittlung …); without an index of
 * their own each keystroke merged all of them, which grew with the data (about twice as slow at ten
 * times the measures, issue 17). Rebuilt as in 0011, with the same columns, tokenizer, rank and
 * content; the triggers of 0002 keep writing into it by name. Nothing is found differently.
 */
export class MeasureSearchLongerPrefixes1764115200014 implements MigrationInterface {
  name = 'MeasureSearchLongerPrefixes1764115200014';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run('DROP TABLE measure_search');
    await run(`
      CREATE VIRTUAL TABLE measure_search USING fts5(
        code, title, description, goal, notes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6'
      )`);
    await run(`INSERT INTO measure_search (measure_search, rank) VALUES ('rank', 'bm25(4.0, 8.0, 1.0, 1.0, 0.5)')`);
    await run(`
      INSERT INTO measure_search (rowid, code, title, description, goal, notes)
      SELECT m.id, m.code, m.title, m.description, m.goal,
             coalesce((SELECT group_concat(text, char(10)) FROM progress_note WHERE measure_id = m.id), '')
      FROM measure m`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 14 cannot be undone; restore a backup instead.');
  }
}
