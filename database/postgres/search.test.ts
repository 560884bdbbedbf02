import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppCore } from '../../main/core/app-core';
import { plainPlatform } from '../../main/core/plain-platform';
import { seedDemo } from '../../main/demo/seed-demo';
import { silentLogger } from '../../main/services/logger';
import { toMatchQuery, toTsQuery } from '../../main/services/measures/measure-text';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { databaseFileIn } from '../open-database';
import { transferToPostgres } from '../transfer/transfer';

let server: TestPostgres;
let source: string;
let sqlite: sqlite3.Database;

const onSqlite = (sql: string, values: unknown[]) =>
  new Promise<number[]>((resolve, reject) => sqlite.all(sql, values, (error, rows: Array<{ id: number }>) => (error ? reject(error) : resolve(rows.map((row) => row.id).sort((a, b) => a - b)))));
const onPostgres = async (sql: string, values: unknown[]) => (await server.query<{ id: number }>(sql, values, 'search')).map((row) => row.id).sort((a, b) => a - b);

/** The ids a search finds on each engine, with the query each engine is given for the same typed text. */
async function bothFind(index: 'measure_search' | 'contact_search', typed: string): Promise<{ sqlite: number[]; postgres: number[] }> {
  return {
    sqlite: await onSqlite(`SELECT rowid AS id FROM ${index} WHERE ${index} MATCH ?`, [toMatchQuery(typed)]),
    postgres: await onPostgres(`SELECT id FROM ${index} WHERE document @@ to_tsquery('lbw_suche', $1)`, [toTsQuery(typed)]),
  };
}

describe.skipIf(postgresServer.skip)("full-text search on PostgreSQL finds what SQLite's finds (demo district, a real server)", () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-search-'));
    const core = await startAppCore({ dataDir: source, appVersion: 'test', platform: plainPlatform, logger: silentLogger });
    await seedDemo(core.dispatch);
    await core.close();
    await transferToPostgres(source, await server.createDatabase('search'));
    sqlite = new sqlite3.Database(databaseFileIn(source), sqlite3.OPEN_READONLY);
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => sqlite?.close(resolve));
    await server?.stop();
    fs.rmSync(source, { recursive: true, force: true });
  });

  it('finds the same measures for the beginnings of every word in their titles, and for typical searches', async () => {
    const titles = await onSqliteRows<{ title: string }>('SELECT title FROM measure');
    const typed = new Set(['Sprachkurs', 'sprach', 'Beratung Frauen', 'Kita', 'Eltern', 'Integration', 'S', 'ä', 'Oz', '2026']);
    for (const { title } of titles) for (const word of title.split(/\s+/u)) if (word.length >= 3) typed.add(word.slice(0, 4));
    const differing: string[] = [];
    for (const text of typed) {
      const found = await bothFind('measure_search', text);
      if (found.sqlite.join() !== found.postgres.join()) differing.push(`${text}: ${found.sqlite.join()} ≠ ${found.postgres.join()}`);
    }
    expect(differing).toEqual([]);
    expect(typed.size).toBeGreaterThan(40);
  });

  it('finds the same people by name without accents, organisation, function and e-mail', async () => {
    const people = await onSqliteRows<{ last_name: string; function: string; emails: string }>('SELECT last_name, function, emails FROM contact');
    const typed = new Set(['Ozdemir', 'özdemir', 'Yilmaz', 'Verein', 'Vorsitz', 'hamburg', 'Rat']);
    for (const person of people) {
      typed.add(person.last_name);
      typed.add(person.last_name.normalize('NFD').replace(/\p{M}+/gu, '').slice(0, 4));
      const email = (JSON.parse(person.emails) as Array<string | { address?: string }>)[0];
      const address = typeof email === 'string' ? email : email?.address;
      if (address) typed.add(address.split('@')[0] ?? '');
    }
    const differing: string[] = [];
    for (const text of [...typed].filter(Boolean)) {
      const found = await bothFind('contact_search', text);
      if (found.sqlite.join() !== found.postgres.join()) differing.push(`${text}: ${found.sqlite.join()} ≠ ${found.postgres.join()}`);
    }
    expect(differing).toEqual([]);
    const ozdemir = await bothFind('contact_search', 'Ozdemir');
    expect(ozdemir.postgres.length).toBeGreaterThan(0);
  });

  it('keeps the index with the records: a renamed measure, a new note, a changed name', async () => {
    await server.query(`UPDATE measure SET title = 'Nachbarschaftsküche am Alma-Wartenberg-Platz' WHERE id = 1`, [], 'search');
    await server.query(`INSERT INTO progress_note (measure_id, noted_on, text, created_at) VALUES (2, '2026-12-01', 'Zweiter Durchgang mit Dolmetscherinnen', 'x')`, [], 'search');
    await server.query(`UPDATE contact SET last_name = 'Çelik' WHERE id = 1`, [], 'search');
    const find = (index: string, text: string) => onPostgres(`SELECT id FROM ${index} WHERE document @@ to_tsquery('lbw_suche', $1)`, [toTsQuery(text)]);
    expect(await find('measure_search', 'Nachbarschaftskuche')).toEqual([1]);
    expect(await find('measure_search', 'Wartenberg')).toEqual([1]);
    expect(await find('measure_search', 'Dolmetscher')).toEqual([2]);
    expect(await find('contact_search', 'Celik')).toEqual([1]);
    // Only the changed columns rebuild a document: a status change leaves it as it was.
    const [before] = await server.query(`SELECT document::text AS d FROM measure_search WHERE id = 3`, [], 'search');
    await server.query(`UPDATE measure SET status = 'completed', last_activity_on = '2026-12-06' WHERE id = 3`, [], 'search');
    expect(await server.query(`SELECT document::text AS d FROM measure_search WHERE id = 3`, [], 'search')).toEqual([before]);
  });
});

function onSqliteRows<T>(sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => sqlite.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
}
