import fs from 'node:fs';
import path from 'node:path';
import type sqlite3 from 'sqlite3';
import type { DataSource, QueryRunner } from 'typeorm';
import { SCHEMA_VERSION } from '../migrations';
import { databaseFileIn, openDatabase } from '../open-database';
import { asPostgresRefusal, openPostgres } from '../postgres/open-postgres';
import { close, openReadOnly, preflight } from '../preflight';
import { TableChecksum } from './table-checksum';
import { postgresSide, sqliteSide, type Query, type TransferSide } from './transfer-sides';
import { TRANSFER_TABLES } from './transfer-tables';

export interface TableReport {
  readonly table: string;
  readonly sourceRows: number;
  readonly targetRows: number;
  readonly sourceChecksum: string;
  readonly targetChecksum: string;
}

/** Why a transfer did not start or was rolled back; each has its German sentence (cli.transfer.*). */
export type TransferProblem =
  | 'no-source' | 'source-refused' | 'source-outdated'
  | 'target-exists' | 'target-refused' | 'target-not-empty' | 'schema-differs' | 'mismatch';

export class TransferRefusal extends Error {
  constructor(
    readonly problem: TransferProblem,
    readonly detail: string,
    readonly report: readonly TableReport[] = [],
  ) {
    super(`${problem}: ${detail}`);
  }
}

const PAGE_SIZE = 2000;

/** Tests only: runs after each copied page (to cut the connection midway). */
export type AfterPage = (table: string) => Promise<void>;

/**
 * Copies every table from `source` into the empty `target`, then reads the target back (still in
 * its transaction) and compares row counts and checksums table by table. The caller commits only
 * when this returns: a difference throws, and the target's transaction is rolled back.
 */
async function copyAndCompare(source: TransferSide, target: TransferSide, afterPage?: AfterPage): Promise<TableReport[]> {
  const columns = new Map<string, string[]>();
  for (const { name } of TRANSFER_TABLES) {
    const from = await source.columns(name);
    const to = await target.columns(name);
    if (from.join(',') !== to.join(',')) throw new TransferRefusal('schema-differs', `${name}: ${from.join(',')} ≠ ${to.join(',')}`);
    if ((await target.count(name)) > 0) throw new TransferRefusal('target-not-empty', name);
    columns.set(name, from);
  }
  const sourceSums = new Map<string, TableChecksum>();
  for (const table of TRANSFER_TABLES) {
    const tableColumns = columns.get(table.name) ?? [];
    const sum = new TableChecksum();
    for await (const page of source.pages(table, tableColumns, PAGE_SIZE)) {
      for (const row of page) sum.add(row);
      await target.insert(table.name, tableColumns, page);
      await afterPage?.(table.name);
    }
    if (table.generatedId) await target.setIdCounter(table.name, await source.idCounter(table.name));
    sourceSums.set(table.name, sum);
  }
  const report: TableReport[] = [];
  for (const table of TRANSFER_TABLES) {
    const sum = new TableChecksum();
    for await (const page of target.pages(table, columns.get(table.name) ?? [], PAGE_SIZE)) for (const row of page) sum.add(row);
    const from = sourceSums.get(table.name) ?? new TableChecksum();
    report.push({ table: table.name, sourceRows: from.rows, targetRows: sum.rows, sourceChecksum: from.digest(), targetChecksum: sum.digest() });
  }
  const differing = report.filter((line) => line.sourceRows !== line.targetRows || line.sourceChecksum !== line.targetChecksum);
  if (differing.length > 0) throw new TransferRefusal('mismatch', differing.map((line) => line.table).join(', '), report);
  return report;
}

const sqliteQuery = (db: sqlite3.Database): Query => (sql, params = []) =>
  new Promise((resolve, reject) => db.all(sql, params as unknown[], (error, rows) => (error ? reject(error) : resolve(rows as Record<string, unknown>[]))));

const runnerQuery = (runner: QueryRunner): Query => (sql, params = []) => runner.query(sql, params as unknown[]);

/** The data file in `dataDir`, read-only: it must exist, be sound and be at this version's schema. */
async function openSourceFile(dataDir: string): Promise<sqlite3.Database> {
  const file = databaseFileIn(dataDir);
  const checked = await preflight(file, SCHEMA_VERSION);
  if (checked.ok && checked.isNew) throw new TransferRefusal('no-source', file);
  if (!checked.ok) throw new TransferRefusal('source-refused', `${file}: ${checked.reason} – ${checked.detail}`);
  if (checked.schemaVersion < SCHEMA_VERSION) throw new TransferRefusal('source-outdated', `${file}: ${checked.schemaVersion} < ${SCHEMA_VERSION}`);
  return openReadOnly(file);
}

/**
 * SQLite file → PostgreSQL: the file is only read (one snapshot, so the app may keep running); the
 * database gets the schema if it is new and must hold no rows yet. All in one transaction.
 */
export async function transferToPostgres(dataDir: string, url: string, afterPage?: AfterPage): Promise<TableReport[]> {
  const file = await openSourceFile(dataDir);
  let dataSource: DataSource | null = null;
  try {
    const query = sqliteQuery(file);
    await query('BEGIN'); // one read snapshot for every table
    dataSource = await openPostgres(url);
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET CONSTRAINTS ALL DEFERRED'); // references are checked at COMMIT (meeting ⇄ agenda_item)
      const report = await copyAndCompare(sqliteSide(query), postgresSide(runnerQuery(runner)), afterPage);
      await runner.commitTransaction();
      return report;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error instanceof TransferRefusal ? error : asPostgresRefusal(error);
    } finally {
      await runner.release().catch(() => undefined);
    }
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await close(file);
  }
}

/**
 * Gives the finished file the data file's name: by a hard link, which fails rather than replace a
 * file someone put there meanwhile, then made durable in the folder (fsync). Closed cleanly, the
 * file has no WAL companion left to carry along.
 */
function putInPlace(staged: string, target: string): void {
  if (fs.existsSync(`${staged}-wal`) && fs.statSync(`${staged}-wal`).size > 0) throw new Error(`WAL left after close: ${staged}-wal`);
  try {
    fs.linkSync(staged, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TransferRefusal('target-exists', target);
    // A share without hard links (some SMB servers): checked, then renamed.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (fs.existsSync(target)) throw new TransferRefusal('target-exists', target);
    fs.renameSync(staged, target);
  }
  const folder = fs.openSync(path.dirname(target), 'r');
  try {
    fs.fsyncSync(folder);
  } finally {
    fs.closeSync(folder);
  }
}

/**
 * PostgreSQL → a new SQLite file in `dataDir`: read in one snapshot, written to a file beside the
 * target that takes the data file's name only when every table compared equal. An existing data
 * file is never touched.
 */
export async function transferToSqlite(url: string, dataDir: string, afterPage?: AfterPage): Promise<TableReport[]> {
  const target = databaseFileIn(dataDir);
  if ((fs.statSync(target, { throwIfNoEntry: false })?.size ?? 0) > 0) throw new TransferRefusal('target-exists', target);
  const dataSource = await openPostgres(url, { existingOnly: true });
  const stage = path.join(dataDir, `.uebertragung-${process.pid}`);
  try {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      fs.rmSync(stage, { recursive: true, force: true });
      fs.mkdirSync(stage, { recursive: true });
      const opened = await openDatabase(stage);
      if (!opened.database) throw new TransferRefusal('target-refused', `${opened.status.reason}: ${opened.status.detail}`);
      const database = opened.database;
      let report: TableReport[];
      try {
        report = await database.write(async (manager) => {
          await manager.query('PRAGMA defer_foreign_keys = ON'); // until COMMIT, as on PostgreSQL
          return copyAndCompare(postgresSide(runnerQuery(runner)), sqliteSide((sql, params) => manager.query(sql, params as unknown[])), afterPage);
        });
      } finally {
        await database.close();
      }
      await runner.query('COMMIT');
      putInPlace(databaseFileIn(stage), target);
      return report;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error instanceof TransferRefusal ? error : asPostgresRefusal(error);
    } finally {
      await runner.release().catch(() => undefined);
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
    await dataSource.destroy().catch(() => undefined);
  }
}
