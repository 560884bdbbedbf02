import pg from 'pg';
import type { ChangesDto } from '../../contract';
import type { PostgresConnectionConfig } from '../../database/postgres/connection-config';
import type { Logger } from '../services/logger';

/** How long a `system.changes` call waits for a change before it answers "nothing new". */
export const CHANGES_WAIT_MS = 25_000;
/** Generations remembered with their tables; an app further behind reloads everything. */
const REMEMBERED = 200;
const RECONNECT_MS = [1_000, 2_000, 5_000, 10_000] as const;

/** Every table: the notices between the caller's generation and now are not known (a reconnect, or too far behind). */
export const ALL_TABLES = '*';

/**
 * What colleagues changed on the shared server, as a counter the apps wait on: one LISTEN
 * connection of its own (pg's, beside TypeORM's pool) hears `lbw_change` (schema 8) and counts
 * each notice. After a lost connection it reconnects and counts one change of every table, since
 * notices sent meanwhile are gone.
 */
export class ChangeFeed {
  private generation = 0;
  private readonly tablesAt = new Map<number, string>();
  private waiters = new Set<() => void>();
  private client: pg.Client | null = null;
  private closed = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connection: PostgresConnectionConfig,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the first LISTEN is in place, so a change right after start is not missed. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Answers at once when something changed after `after` (or `after` is not given), else at the next change or after `waitMs`. */
  async changes(after: number | undefined, waitMs = CHANGES_WAIT_MS): Promise<ChangesDto> {
    if (after === undefined || after !== this.generation || this.closed) return this.since(after);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, waitMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.add(done);
    });
    return this.since(after);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.wakeWaiters();
    await this.client?.end().catch(() => undefined);
  }

  private since(after: number | undefined): ChangesDto {
    const tables = new Set<string>();
    if (after !== undefined) {
      for (let generation = after + 1; generation <= this.generation; generation++) tables.add(this.tablesAt.get(generation) ?? ALL_TABLES);
    }
    return { live: true, generation: this.generation, tables: tables.has(ALL_TABLES) ? [ALL_TABLES] : [...tables].sort() };
  }

  private count(table: string): void {
    this.generation++;
    this.tablesAt.set(this.generation, table);
    this.tablesAt.delete(this.generation - REMEMBERED);
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  private async connect(): Promise<void> {
    // application_name: printable ASCII only (the server replaces anything else with '?').
    const client = new pg.Client({ ...this.connection, connectionTimeoutMillis: 10_000, application_name: 'Leitbild-Werkstatt changes' });
    client.on('notification', (message) => {
      if (message.channel === 'lbw_change') this.count(message.payload ?? ALL_TABLES);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query('LISTEN lbw_change');
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    if (this.attempt > 0) {
      this.logger.info('change notices: listening again');
      this.count(ALL_TABLES);
    }
    this.attempt = 0;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.closed || (this.client !== client && this.client !== null) || this.retry) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    const delay = RECONNECT_MS[Math.min(this.attempt, RECONNECT_MS.length - 1)]!;
    this.attempt++;
    this.logger.error(`change notices: connection lost, again in ${delay / 1000} s${error instanceof Error ? ` (${error.message})` : ''}`);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
  }
}
