import { DomainError } from '../../services/domain-error';

/**
 * What the person can do about a failed save, by the system's error code; the message names no path.
 * The original error stays as `cause`, so the log says why (a bug while producing the file reads
 * "could not be saved" to the person, but must not be a mystery in the log).
 */
export function writeFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const refusal = new DomainError(messageKeyOf((error as NodeJS.ErrnoException | null)?.code));
  refusal.cause = error;
  return refusal;
}

function messageKeyOf(code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'errors.saveDiskFull';
  if (code === 'EBUSY') return 'errors.saveInUse';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'errors.saveNotWritable';
  return 'errors.saveFailed';
}
