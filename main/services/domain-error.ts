import type { CallErrorCode, MessageParams } from '../../contract';

/**
 * A refusal the user can act on ("name already taken", "still in use"). Services throw it;
 * the dispatcher turns it into a translatable `CallError`, optionally pinned to one field.
 */
export class DomainError extends Error {
  constructor(
    readonly messageKey: string,
    readonly options: { field?: string; params?: MessageParams; code?: Extract<CallErrorCode, 'rejected' | 'not-found' | 'conflict'> } = {},
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export const notFound = (messageKey: string, params?: MessageParams) => new DomainError(messageKey, { code: 'not-found', params });

/** PostgreSQL's SQLSTATE, which TypeORM keeps on its QueryFailedError as `code`. */
const sqlState = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** SQLite reports foreign-key violations as SQLITE_CONSTRAINT with this text; PostgreSQL as 23503. */
export const isForeignKeyViolation = (error: unknown): boolean =>
  error instanceof Error && (/FOREIGN KEY constraint failed/.test(error.message) || sqlState(error) === '23503');

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && (/UNIQUE constraint failed/.test(error.message) || sqlState(error) === '23505');
