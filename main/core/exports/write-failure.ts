import { DomainError } from '../../services/domain-error';

/** What the person can do about a failed save, by the system's error code; the message names no path. */
export function writeFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DomainError('errors.saveDiskFull');
  if (code === 'EBUSY') return new DomainError('errors.saveInUse');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new DomainError('errors.saveNotWritable');
  return new DomainError('errors.saveFailed');
}
