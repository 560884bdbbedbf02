import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { databaseFileIn, openDatabase } from '../open-database';
import { migrations, SCHEMA_VERSION } from './index';

/** Writes a file at an older schema version, as an earlier release of the app would have. */
async function fileAtVersion(version: number, seed: (run: (sql: string) => Promise<unknown>) => Promise<void>): Promise<string> {
  const dataDir = tempDir();
  const dataSource = new DataSource({ type: 'sqlite', database: databaseFileIn(dataDir), migrations: migrations.slice(0, version) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await seed((sql) => dataSource.query(sql));
  await dataSource.destroy();
  return dataDir;
}

describe('migrations', () => {
  it('schema 1 → current: fields of action made before editions move into a first edition', async () => {
    const dataDir = await fileAtVersion(1, async (run) => {
      await run(`INSERT INTO field_of_action (name, short_code, description, position, created_at, updated_at)
                 VALUES ('Ehrenamt', 'EA', '', 1, '2026-01-01', '2026-01-01'), ('Deutsch als Sprache', 'DS', '', 2, '2026-01-01', '2026-01-01')`);
    });
    const opened = await openDatabase(dataDir);
    const db = opened.database!;
    expect(opened.status).toMatchObject({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const editions = await db.query<Array<{ id: number; title: string }>>('SELECT id, title FROM edition');
    expect(editions).toHaveLength(1);
    const fields = await db.query<Array<{ name: string; edition_id: number; position: number }>>('SELECT name, edition_id, position FROM field_of_action ORDER BY position');
    expect(fields).toEqual([
      { name: 'Ehrenamt', edition_id: editions[0]!.id, position: 1 },
      { name: 'Deutsch als Sprache', edition_id: editions[0]!.id, position: 2 },
    ]);
    expect(await db.query('PRAGMA foreign_key_check')).toEqual([]);
    await db.close();
  });

  it('schema 1 without data → current: no edition is invented', async () => {
    const dataDir = await fileAtVersion(1, async () => undefined);
    const opened = await openDatabase(dataDir);
    expect(await opened.database!.query('SELECT * FROM edition')).toEqual([]);
    await opened.database!.close();
  });
});
