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

  it('refuses a write started inside a read', async () => {
    const { database } = await startTestCore();
    const db = database!;
    await expect(db.read(() => db.write(async () => 1))).rejects.toThrow(/inside read/);
  });
});
