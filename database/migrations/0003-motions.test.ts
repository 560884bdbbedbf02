import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { databaseFileIn, openDatabase } from '../open-database';
import { migrations, SCHEMA_VERSION } from './index';

describe('migration 3: motions', () => {
  it('adds motions to a schema-2 file without touching its measures', async () => {
    const dataDir = tempDir();
    const before = new DataSource({ type: 'sqlite', database: databaseFileIn(dataDir), migrations: migrations.slice(0, 2) });
    await before.initialize();
    await before.runMigrations({ transaction: 'all' });
    await before.query(`INSERT INTO edition (title, period_from, period_to, created_at, updated_at) VALUES ('Leitbild', 2022, 2024, 'x', 'x')`);
    await before.query(`INSERT INTO field_of_action (edition_id, name, position, created_at, updated_at) VALUES (1, 'Ehrenamt', 1, 'x', 'x')`);
    await before.query(`INSERT INTO measure (edition_id, field_of_action_id, code, title, created_at, updated_at) VALUES (1, 1, 'EA-01', 'Börse', 'x', 'x')`);
    await before.destroy();

    const opened = await openDatabase(dataDir);
    const db = opened.database!;
    expect(opened.status).toMatchObject({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    expect(await db.query('SELECT code FROM measure')).toEqual([{ code: 'EA-01' }]);
    await db.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '2026-11-26', 'Antrag', '["SPD"]', 'x')`);
    await db.query('INSERT INTO motion_measure (motion_id, measure_id, position) VALUES (1, 1, 0)');
    // A measure named in a motion stays; a motion needs at least one Fraktion and a real date.
    await expect(db.query('DELETE FROM measure WHERE id = 1')).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '2026-11-26', 'x', '[]', 'x')`)).rejects.toThrow(/CHECK/);
    await expect(db.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '26.11.2026', 'x', '["SPD"]', 'x')`)).rejects.toThrow(/CHECK/);
    await db.query('DELETE FROM motion WHERE id = 1');
    expect(await db.query('SELECT * FROM motion_measure')).toEqual([]);
    await db.close();
  });
});
