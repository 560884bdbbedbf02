import type { SystemStatus } from '../../contract';
import type { AppDatabase } from '../../database/app-database';
import type { BackupService } from '../services/maintenance/backup-service';

/**
 * The running core as its handlers see it (the maintenance handlers replace the data file through
 * it). `AppCore` extends it; kept apart so the handlers do not import `app-core` that builds them.
 */
export interface CoreState {
  /** The current state; changes after a restore. */
  readonly status: SystemStatus;
  /** The open database, or null when the file was refused. */
  readonly database: AppDatabase | null;
  readonly dataDir: string;
  readonly backups: BackupService;
  /** Replaces the data file with a checked copy (a backup or an imported file) and reopens it. */
  replaceDatabase(sourceFile: string): Promise<void>;
}
