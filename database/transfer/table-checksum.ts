import { createHash, type Hash } from 'node:crypto';

/**
 * A table's fingerprint, the same on SQLite and PostgreSQL for the same rows: each row as a JSON
 * array of its values (columns by name, rows by primary key; text in code-point order on both), one
 * line each, hashed with SHA-256. Numbers stay numbers and text stays text, so "01067" ≠ 1067.
 */
export class TableChecksum {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  add(row: readonly unknown[]): void {
    this.hash.update(JSON.stringify(row.map(normalised)));
    this.hash.update('\n');
    this.rows += 1;
  }

  /** The first 16 hex digits: enough to tell tables apart, short enough to print. */
  digest(): string {
    return this.hash.digest('hex').slice(0, 16);
  }
}

/** SQLite hands out integers as numbers; PostgreSQL's int8 would be a string: both become numbers. */
function normalised(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Buffer) return value.toString('base64');
  return value ?? null;
}
