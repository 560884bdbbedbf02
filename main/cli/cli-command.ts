import type { TFunction } from 'i18next';
import type { StorageProblem } from '../../database/storage-errors';
import type { Logger } from '../services/logger';

/** Thrown for a wrong call: exit code 2. */
export class UsageError extends Error {}

/** A one-line failure with the reason: exit code 1. */
export class CliFailure extends Error {}

export interface CliContext {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly logger: Logger;
  readonly t: TFunction;
  readonly out: (line: string) => void;
}

export type CliOptions = Readonly<Record<string, string | boolean | undefined>>;

export interface CliCommand {
  readonly name: string;
  run(context: CliContext, args: readonly string[], options: CliOptions): Promise<void>;
}

const DISK_KEYS: Record<StorageProblem, string> = { 'not-writable': 'notWritable', 'disk-full': 'diskFull', 'io-error': 'ioError' };
export const isDiskReason = (reason: string): reason is StorageProblem => reason in DISK_KEYS;

/** A full, write-protected or failing disk in its own German words (cli.disk.*), never as "damaged". */
export const diskFailure = (context: CliContext, problem: { reason: StorageProblem; detail: string }, file: string, cause?: unknown) =>
  new CliFailure(context.t(`cli.disk.${DISK_KEYS[problem.reason]}`, { path: file, detail: problem.detail }), cause === undefined ? undefined : { cause });
