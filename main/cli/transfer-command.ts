import fs from 'node:fs';
import path from 'node:path';
import { databaseFileIn } from '../../database/open-database';
import { PostgresRefusal } from '../../database/postgres/open-postgres';
import { storageProblemOf } from '../../database/storage-errors';
import { transferToPostgres, transferToSqlite, TransferRefusal, type TableReport } from '../../database/transfer/transfer';
import { CliFailure, diskFailure, UsageError, type CliCommand, type CliContext, type CliOptions } from './cli-command';
import { isPostgresUrl, postgresFailure, withoutPassword } from './postgres-cli';

/** Every way a transfer can end without data, as one German line; the rest goes to the log. */
function failureOf(context: CliContext, error: unknown, server: string, file: string): Error {
  if (error instanceof TransferRefusal) return new CliFailure(context.t(`cli.transfer.${error.problem}`, { detail: error.detail, server, path: file }), { cause: error });
  if (error instanceof PostgresRefusal) return postgresFailure(context, error, server) as Error;
  const storage = storageProblemOf(error);
  if (storage) return diskFailure(context, { reason: storage, detail: (error as Error).message }, file, error);
  return error instanceof Error ? error : new Error(String(error));
}

function printReport(context: CliContext, report: readonly TableReport[], target: string): void {
  const number = (value: number) => value.toLocaleString(context.t('cli.dateLocale'));
  const width = Math.max(...report.map((line) => line.table.length));
  const digits = Math.max(...report.map((line) => number(Math.max(line.sourceRows, line.targetRows)).length));
  for (const line of report) {
    context.out(
      context.t('cli.transfer.table', {
        table: line.table.padEnd(width),
        source: number(line.sourceRows).padStart(digits),
        target: number(line.targetRows).padStart(digits),
        checksum: line.targetChecksum,
      }),
    );
  }
  const rows = report.reduce((sum, line) => sum + line.targetRows, 0);
  context.out(context.t('cli.transfer.done', { tables: report.length, rows: number(rows), target }));
}

/**
 * `transfer --from-data-dir D --to postgres://…` and `transfer --from postgres://… --to-data-dir D`:
 * moves all data between the single file and a shared PostgreSQL database, compares row counts and
 * checksums table by table and prints them. Nothing is kept unless every table compared equal.
 */
export const transferCommand: CliCommand = {
  name: 'transfer',
  async run(context, _args, options: CliOptions) {
    const fromDir = options['from-data-dir'];
    const toDir = options['to-data-dir'];
    if (typeof fromDir === 'string' && isPostgresUrl(options.to)) {
      const server = withoutPassword(options.to);
      const file = databaseFileIn(path.resolve(fromDir));
      try {
        const report = await transferToPostgres(path.resolve(fromDir), options.to);
        printReport(context, report, server);
      } catch (error) {
        throw failureOf(context, error, server, file);
      }
      return;
    }
    if (isPostgresUrl(options.from) && typeof toDir === 'string') {
      const server = withoutPassword(options.from);
      const dir = path.resolve(toDir);
      const file = databaseFileIn(dir);
      try {
        fs.mkdirSync(dir, { recursive: true });
        const report = await transferToSqlite(options.from, dir);
        printReport(context, report, file);
      } catch (error) {
        throw failureOf(context, error, server, file);
      }
      return;
    }
    throw new UsageError(context.t('cli.missingArgument', { argument: '--from-data-dir ORDNER --to postgres://… | --from postgres://… --to-data-dir ORDNER' }));
  },
};
