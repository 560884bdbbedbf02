import type { TFunction } from 'i18next';
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
