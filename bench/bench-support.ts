import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';

/** One line of `npm run bench`: a figure, the anchor measured beside it in the same run, and its target. */
export interface BenchFigure {
  readonly group: string;
  readonly name: string;
  /** What the target is held against, e.g. "412 ms" or "p95 12.3 ms". */
  readonly value: string;
  /** The same work done the plainest way, measured in the same run (or "—" where none fits). */
  readonly anchor: string;
  readonly target: string;
  /** null: measured only, no target. */
  readonly met: boolean | null;
}

export const percentile = (samples: readonly number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

export interface Samples {
  readonly p50: number;
  readonly p95: number;
  readonly count: number;
}

export const describeSamples = (samples: Samples) => `p50 ${ms(samples.p50)} · p95 ${ms(samples.p95)} (n=${samples.count})`;

/**
 * Times `run` at least `minimum` times (30: a p95 is then the second-slowest, not the slowest). A path
 * that is slow today would keep the bench busy for many minutes: after `budgetMs` it stops early and
 * says so through `count`, so the table never hides how many samples a figure rests on.
 */
export async function sample(run: (index: number) => Promise<unknown>, minimum = 30, budgetMs = 6_000): Promise<Samples> {
  const durations: number[] = [];
  const started = performance.now();
  for (let index = 0; index < minimum; index++) {
    const start = performance.now();
    await run(index);
    durations.push(performance.now() - start);
    if (performance.now() - started > budgetMs && durations.length >= 5) break;
  }
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), count: durations.length };
}

/** Wall time of one run. */
export async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** A raw sqlite3 connection with the app's own pragmas: the anchors pay what the app pays, nothing more. */
export async function openRaw(file: string, mode = sqlite3.OPEN_READWRITE): Promise<RawDatabase> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(handle)));
  });
  const raw = new RawDatabase(db);
  await raw.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000;');
  return raw;
}

export class RawDatabase {
  constructor(readonly db: sqlite3.Database) {}

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())));
  }

  all<T>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, parameters as unknown[], (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
  }

  /** One prepared statement, one row per run (as the app's bulk inserts do), in the caller's transaction. */
  insertEach(sql: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    return new Promise((resolve, reject) => {
      const statement = this.db.prepare(sql, (error) => {
        if (error) reject(error);
      });
      let failed: Error | null = null;
      for (const row of rows) statement.run(row as unknown[], (error: Error | null) => (failed ??= error));
      statement.finalize((error) => (failed || error ? reject(failed ?? error) : resolve()));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.db.close(() => resolve()));
  }
}

/** Peak and current memory of a process, from /proc (Linux); null elsewhere. */
export function processMemory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * The node options `npm run cli` starts the command line with (package.json), so a bench child
 * runs as a person's would: a small young generation keeps a 200,000-contact export's memory flat.
 */
export function cliNodeOptions(root: string): string[] {
  const script = (JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts.cli ?? '';
  const words = script.split(/\s+/);
  const start = words.indexOf('node');
  const end = words.indexOf('scripts/cli.ts');
  return start >= 0 && end > start ? words.slice(start + 1, end) : ['--import', 'tsx'];
}
