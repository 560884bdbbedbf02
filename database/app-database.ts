import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadConnection } from './read-connection';
import { SerialQueue } from './serial-queue';
import { asStorageError, WritesRefusedError } from './storage-errors';
import { settleAfterFailedUnit } from './transaction-state';
import { beforeCommit } from './test-crash-point';
import { managerForServices } from './sql-dialect';
import { asServerRefusal } from './postgres/server-errors';

/** Thrown by `write` on a database opened read-only (a damaged file the person may still read). */
export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('database is read-only');
  }
}

/**
 * The only door to the database for services. Every unit of work runs alone on the single
 * connection; `write` wraps its work in one transaction, so a failure leaves nothing behind.
 * Work started inside a running unit joins it instead of queueing behind itself.
 */
export class AppDatabase {
  private readonly queue = new SerialQueue();
  private readonly current = new AsyncLocalStorage<{ manager: EntityManager; writable: boolean }>();
  /** Reads outside a unit go here when set, so a long write does not hold them up (see read-connection). */
  private reader: ReadConnection | null = null;
  /** Set while SQLite's transaction state is unknown after a failed unit; cleared once settled. */
  private unsettled: string | null = null;
  /** While the file's check after start runs: writes wait here; true lets them go, false refuses them. */
  private writeGate: { readonly opened: Promise<boolean>; readonly settle: (open: boolean) => void } | null = null;
  private writesRefused = false;

  constructor(
    readonly dataSource: DataSource,
    private readonly options: { readOnly?: boolean } = {},
  ) {}

  /** On a shared PostgreSQL server rather than the data file. */
  private get onServer(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** A failure as the person should hear it: the disk's words for the file, the server's for PostgreSQL. */
  private failureOf(error: unknown): unknown {
    return this.onServer ? asServerRefusal(error) : asStorageError(error, this.file);
  }

  /** The data file, to tell a write-protected folder from a vanished drive. */
  private get file(): string {
    return String(this.dataSource.options.database);
  }

  /** The data file on disk (for companions such as the pending-scrub marker); undefined in memory. */
  get dataFile(): string | undefined {
    const file = this.dataSource.options.database;
    return typeof file === 'string' && file !== ':memory:' ? file : undefined;
  }

  get readOnly(): boolean {
    return this.options.readOnly === true;
  }

  attachReader(reader: ReadConnection): void {
    this.reader = reader;
  }

  /** Holds every write until `openWrites` (the file passed its check) or `refuseWrites` (damage found). */
  holdWrites(): void {
    if (this.writeGate) return;
    let settle: (open: boolean) => void = () => undefined;
    const opened = new Promise<boolean>((resolve) => (settle = resolve));
    this.writeGate = { opened, settle };
  }

  /** Lets the held writes run, in the order they came. */
  openWrites(): void {
    this.writeGate?.settle(true);
    this.writeGate = null;
  }

  /** Refuses the held writes and every later one on this connection: nothing is written to a damaged file. */
  refuseWrites(): void {
    this.writesRefused = true;
    this.writeGate?.settle(false);
    this.writeGate = null;
  }

  /** True while writes wait for the check after start. */
  get writesHeld(): boolean {
    return this.writeGate !== null;
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.reader || this.current.getStore()) return this.readOnWriter(work);
    const reading = this.reader.run((manager) => this.current.run({ manager, writable: false }, () => work(managerForServices(manager))));
    return reading.catch((error: unknown) => {
      throw this.failureOf(error);
    });
  }

  private readOnWriter<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const running = this.current.getStore();
    if (running) return work(running.manager);
    const manager = managerForServices(this.dataSource.manager);
    return this.queue.run(() =>
      this.current.run({ manager, writable: false }, () => work(manager)).catch((error: unknown) => {
        throw this.failureOf(error);
      }),
    );
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.readOnly || this.writesRefused) return Promise.reject(new ReadOnlyDatabaseError());
    const running = this.current.getStore();
    if (running) {
      if (!running.writable) return Promise.reject(new Error('write() called inside read(): use write() for the whole unit'));
      return work(running.manager);
    }
    const gate = this.writeGate;
    if (gate) return gate.opened.then((open) => (open ? this.write(work) : Promise.reject(new ReadOnlyDatabaseError())));
    return this.queue.run(async () => {
      if (this.unsettled) await this.settle(this.unsettled);
      try {
        // Resolves only after COMMIT returned ok: only then is the unit acknowledged.
        return await this.dataSource.transaction((transactional) => {
          const manager = managerForServices(transactional);
          return this.current.run({ manager, writable: true }, async () => {
            const result = await work(manager);
            await beforeCommit(); // a no-op unless a crash test armed it (test-crash-point.ts)
            return result;
          });
        });
      } catch (error) {
        // The person learns why this unit failed; a failed settle refuses the next writes.
        await this.settle(String((error as Error).message)).catch(() => undefined);
        throw this.failureOf(error);
      }
    });
  }

  /**
   * Brings SQLite and TypeORM back to "no transaction open" after a failed unit. When that
   * fails, writes are refused (each next write tries again) rather than acknowledged unsaved.
   */
  private async settle(reason: string): Promise<void> {
    // A PostgreSQL unit rolls back with its own pooled connection; nothing is left to settle.
    if (this.onServer) return;
    try {
      await settleAfterFailedUnit(this.dataSource);
      this.unsettled = null;
    } catch (error) {
      this.unsettled = reason;
      throw new WritesRefusedError(`${reason}; ${String((error as Error).message)}`);
    }
  }

  /** Raw SQL for maintenance (checks, pragmas, checkpoints): on the writer, queued like any other work. */
  query<T>(sql: string, parameters: unknown[] = []): Promise<T> {
    return this.readOnWriter((manager) => manager.query(sql, parameters) as Promise<T>);
  }

  async close(): Promise<void> {
    await this.reader?.close();
    await this.queue.run(async () => {
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
    });
  }
}
