import { randomUUID } from 'node:crypto';
import type { ImportJobDto, ParsedInput } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { DomainError } from '../domain-error';
import type { ImportFileReader } from './import-file-reader';
import { refuseIncompleteMapping } from './import-mapping-check';
import { runImport } from './import-run';

/** Thrown from the progress hook so the transaction rolls back. */
class ImportCancelled extends Error {}

interface Job {
  state: ImportJobDto['state'];
  done: number;
  total: number;
  result: ImportJobDto['result'];
  error: ImportJobDto['error'];
  cancelRequested: boolean;
  finishedAt: number | null;
}

/** Finished jobs are forgotten after this long (the wizard reads the result right away). */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports that report progress: the rows go in inside ONE write transaction, in chunks; between
 * chunks the import yields so `progress` and `cancel` calls are answered. Both read and change
 * only the in-memory job, never the database (whose queue the import holds).
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: AppDatabase,
    private readonly files: ImportFileReader,
  ) {}

  /** Refuses an unreadable file right away; everything else is reported by `progress`. */
  async start(input: ParsedInput<'contacts.importStart'>): Promise<{ jobId: string }> {
    const parsed = await this.files.read(input);
    refuseIncompleteMapping(parsed);
    this.forgetOld();
    const jobId = randomUUID();
    const job: Job = { state: 'running', done: 0, total: parsed.contacts.length, result: null, error: null, cancelRequested: false, finishedAt: null };
    this.jobs.set(jobId, job);
    const onProgress = async (done: number, total: number) => {
      job.done = done;
      job.total = total;
      await yieldToEventLoop();
      if (job.cancelRequested) throw new ImportCancelled();
    };
    // Only the decisions are kept, not `input`: its base64 file (a third larger than the file) would stay in memory for the whole import.
    const { decisions, fileName } = input;
    void this.db
      .write((manager) => runImport(manager, parsed, decisions, fileName, onProgress))
      .then(
        (result) => Object.assign(job, { state: 'done', result, done: job.total }),
        (error: unknown) => {
          if (error instanceof ImportCancelled) job.state = 'cancelled';
          else {
            job.state = 'failed';
            job.error =
              error instanceof DomainError
                ? { messageKey: error.messageKey, params: error.options.params ?? {} }
                : { messageKey: 'contacts.import.failed', params: {} };
          }
        },
      )
      .finally(() => {
        job.finishedAt = Date.now();
        this.files.release(parsed);
      });
    return { jobId };
  }

  progress(jobId: string): ImportJobDto {
    const job = this.find(jobId);
    return { state: job.state, done: job.done, total: job.total, result: job.result, error: job.error };
  }

  /** The running chunk finishes, then the transaction rolls back: nothing is half-imported. */
  cancel(jobId: string): ImportJobDto {
    const job = this.find(jobId);
    if (job.state === 'running') job.cancelRequested = true;
    return this.progress(jobId);
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new DomainError('contacts.import.jobNotFound', { code: 'not-found' });
    return job;
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}
