import type { StartupTasksDto } from '../../contract';
import type { IntegrityResult } from '../../database/integrity-check';
import type { Logger } from '../services/logger';
import { DomainError } from '../services/domain-error';

export interface StartupTaskSteps {
  /** The full check of the data file; null when it was checked in full while opening. */
  readonly check: ((onProgress: (percent: number) => void) => Promise<IntegrityResult>) | null;
  /** The file passed: let the held writes go. */
  readonly onPassed: () => Promise<void>;
  /** Damage found: switch to read-only; the held writes are refused. */
  readonly onDamaged: (detail: string) => Promise<void>;
  /** The daily backup (null when off); asked only after a passed check, and only while the file is ready. */
  readonly backup: (() => Promise<unknown>) | null;
  /** Whether the file is (still) open for writing when the backup is due. */
  readonly isReady: () => boolean;
  readonly logger: Logger;
}

/**
 * The work after start, in order, off the request path: the full integrity check (writes wait
 * for it), then the daily backup (writes go on beside it). Its state is what the status bar
 * shows (`system.startupTasks`). Never rejects: a failed backup is reported, not thrown.
 */
export class StartupTasks {
  private state: StartupTasksDto;
  readonly done: Promise<StartupTasksDto>;

  constructor(private readonly steps: StartupTaskSteps) {
    this.state = {
      check: steps.check ? { state: 'running', percent: 0 } : { state: 'not-needed', percent: 100 },
      backup: { state: steps.backup ? 'waiting' : 'skipped' },
    };
    this.done = this.run().then(() => this.state);
  }

  snapshot(): StartupTasksDto {
    return this.state;
  }

  private async run(): Promise<void> {
    const { check } = this.steps;
    if (check) {
      const passed = await this.runCheck(check);
      if (!passed) {
        this.state = { ...this.state, backup: { state: 'skipped' } };
        return;
      }
    }
    await this.runBackup();
  }

  private async runCheck(check: NonNullable<StartupTaskSteps['check']>): Promise<boolean> {
    const { logger } = this.steps;
    let result: IntegrityResult;
    try {
      result = await check((percent) => {
        if (this.state.check.state === 'running') this.state = { ...this.state, check: { state: 'running', percent } };
      });
    } catch (error) {
      result = { ok: false, reason: 'corrupt', detail: String((error as Error).message) };
    }
    if (result.ok) {
      logger.info('integrity check after start: ok');
      await this.steps.onPassed().catch((error: unknown) => logger.error('opening writes after the check failed', error));
      this.state = { ...this.state, check: { state: 'passed', percent: 100 } };
      return true;
    }
    logger.error(`integrity check after start failed (${result.reason}); read-only: ${result.detail}`);
    await this.steps.onDamaged(result.detail).catch((error: unknown) => logger.error('switching to read-only failed', error));
    this.state = { ...this.state, check: { state: 'damaged', percent: 100 } };
    return false;
  }

  private async runBackup(): Promise<void> {
    const { backup, isReady, logger } = this.steps;
    if (!backup) return;
    if (!isReady()) {
      this.state = { ...this.state, backup: { state: 'skipped' } };
      return;
    }
    this.state = { ...this.state, backup: { state: 'running' } };
    try {
      const created = await backup();
      this.state = { ...this.state, backup: { state: created ? 'created' : 'not-due' } };
    } catch (error) {
      // A failed daily backup is reported but must not keep the office from working.
      logger.error('daily backup failed', error);
      const { messageKey, options } = error instanceof DomainError ? error : new DomainError('backups.errors.createFailed');
      this.state = { ...this.state, backup: { state: 'failed', messageKey, ...(options.params ? { params: options.params } : {}) } };
    }
  }
}
