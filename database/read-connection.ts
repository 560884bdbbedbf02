import sqlite3 from 'sqlite3';
import { DataSource, type EntityManager } from 'typeorm';
import { entities } from './entities';
import { SerialQueue } from './serial-queue';
import { settleAfterFailedUnit } from './transaction-state';

/** An initialized connection to the file that cannot write (SQLite refuses it), without migrations. */
export async function openReadOnlyDataSource(file: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'sqlite',
    database: file,
    flags: sqlite3.OPEN_READONLY,
    entities,
    synchronize: false,
    busyTimeout: 5000,
    logging: false,
  });
  await dataSource.initialize();
  return dataSource;
}

/**
 * A second, read-only connection to the data file, so reads are not stuck behind a long write.
 *
 * Why this and not chunked commits or a staging table: a contacts import must stay all or nothing
 * ("Abbrechen ohne Reste"), so it keeps its one write transaction; staging would add tables,
 * clean-up at start and a second copy of every row. In WAL mode SQLite lets readers run beside
 * one writer: each read unit here opens its own read transaction and sees the last committed
 * state as one consistent snapshot, never the import's uncommitted rows. So list and search calls
 * answer while a 200,000-row import (or any long write) runs; writes still queue on the one
 * writer connection. There are two read lanes (connections), each running one unit at a time; a
 * unit takes the less busy lane, so one long read (a full export, an import preview) does not hold
 * up the list calls either. Maintenance SQL (`AppDatabase.query`: checks, checkpoints) stays on the writer.
 */
export class ReadConnection {
  private constructor(private readonly lanes: readonly Lane[]) {}

  /** Opens the reader for a file the writer has already opened and migrated (WAL on). */
  static async open(file: string, laneCount = 2): Promise<ReadConnection> {
    const lanes: Lane[] = [];
    try {
      for (let index = 0; index < laneCount; index++) lanes.push(await Lane.open(file));
    } catch (error) {
      for (const lane of lanes) await lane.close();
      throw error;
    }
    return new ReadConnection(lanes);
  }

  /** One read unit in one read transaction: a consistent snapshot however many queries it makes. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const lane = this.lanes.reduce((best, candidate) => (candidate.pending < best.pending ? candidate : best));
    return lane.run(work);
  }

  async close(): Promise<void> {
    for (const lane of this.lanes) await lane.close();
  }
}

/** One read-only connection and the units waiting for it. */
class Lane {
  private readonly queue = new SerialQueue();
  pending = 0;

  private constructor(private readonly dataSource: DataSource) {}

  static async open(file: string): Promise<Lane> {
    return new Lane(await openReadOnlyDataSource(file));
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.pending++;
    return this.queue
      .run(async () => {
        try {
          return await this.dataSource.transaction(work);
        } catch (error) {
          // A read transaction SQLite ended on its own (I/O error) would otherwise stay "open" in
          // TypeORM, and every later read would see this old snapshot forever.
          await settleAfterFailedUnit(this.dataSource).catch(() => undefined);
          throw error;
        }
      })
      .finally(() => this.pending--);
  }

  async close(): Promise<void> {
    await this.queue.run(async () => {
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
    });
  }
}
