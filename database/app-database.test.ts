import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createEdition, startTestCore } from '../test-support/core';

const insert = `INSERT INTO app_setting (key, value) VALUES (?, ?)`;

describe('AppDatabase', () => {
  it('runs ten concurrent writing transactions without interleaving; all succeed', async () => {
    const { database } = await startTestCore();
    const db = database!;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, worker) =>
        db.write(async (manager) => {
          for (let step = 0; step < 5; step++) {
            await manager.query(insert, [`W${worker}-${step}`, String(worker * 10 + step)]);
            await new Promise((resolve) => setTimeout(resolve, 1)); // give others a chance to interleave
          }
          return worker;
        }),
      ),
    );
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    const rows = await db.query<{ name: string }[]>('SELECT key AS name FROM app_setting ORDER BY rowid');
    expect(rows).toHaveLength(50);
    // Each worker's five rows are contiguous: no transaction ran inside another.
    for (let start = 0; start < 50; start += 5) {
      const workers = new Set(rows.slice(start, start + 5).map((row) => row.name.split('-')[0]));
      expect(workers.size).toBe(1);
    }
  });

  it('ten concurrent create calls through the contract all succeed', async () => {
    const core = await startTestCore();
    const { id: editionId } = await createEdition(core);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => core.dispatch('fieldsOfAction.create', { editionId, name: `Handlungsfeld ${i + 1}` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    const list = await core.dispatch('fieldsOfAction.list', { editionId });
    expect(list.ok && (list.data as { position: number }[]).map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rolls back the whole unit when work fails, and the queue keeps going', async () => {
    const { database } = await startTestCore();
    const db = database!;
    await expect(
      db.write(async (manager) => {
        await manager.query(insert, ['Vor dem Fehler', '1']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await db.write((manager) => manager.query(insert, ['Danach', '2']));
    const rows = await db.query<{ name: string }[]>('SELECT key AS name FROM app_setting');
    expect(rows.map((row) => row.name)).toEqual(['Danach']);
  });

  it('lets a write inside a write join the running transaction instead of deadlocking', async () => {
    const { database } = await startTestCore();
    const db = database!;
    await db.write(async (manager) => {
      await manager.query(insert, ['Außen', '1']);
      await db.write((inner) => inner.query(insert, ['Innen', '2']));
    });
    const rows = await db.query<unknown[]>('SELECT key FROM app_setting');
    expect(rows).toHaveLength(2);
  });

  it('after SQLite ended a transaction on its own (as on SQLITE_FULL at COMMIT), reports the unit failed and commits the next for real', async () => {
    const { database } = await startTestCore();
    const db = database!;
    // SQLite's own rollback, as after a failed COMMIT: TypeORM's COMMIT and ROLLBACK then both fail.
    await expect(
      db.write(async (manager) => {
        await manager.query(insert, ['Verloren', '1']);
        await manager.query('ROLLBACK');
      }),
    ).rejects.toThrow(/no transaction is active/);
    // A unit failing later must not leave a savepoint open that swallows every following commit.
    await expect(
      db.write(async (manager) => {
        await manager.query(insert, ['Abgelehnt', '2']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await db.write((manager) => manager.query(insert, ['Danach', '3']));
    // Another connection sees it: the write was committed, not left inside a savepoint.
    const other = new DataSource({ type: 'sqlite', database: db.dataSource.options.database as string, flags: sqlite3.OPEN_READONLY });
    await other.initialize();
    try {
      expect(await other.query('SELECT key FROM app_setting')).toEqual([{ key: 'Danach' }]);
    } finally {
      await other.destroy();
    }
  });

  it('refuses a write started inside a read', async () => {
    const { database } = await startTestCore();
    const db = database!;
    await expect(db.read(() => db.write(async () => 1))).rejects.toThrow(/inside read/);
  });
});
