/**
 * What the shared server refused, in terms the person can act on. The server is the judge of
 * rights (GRANTs per role, logins.ts): the app does not guess them beforehand, it reports the
 * refusal, and the transaction it ended has left nothing behind.
 */
export type ServerProblem = 'no-rights' | 'connection-lost';

export class ServerRefusal extends Error {
  constructor(
    readonly problem: ServerProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'ServerRefusal';
  }
}

/** SQLSTATE classes and socket codes of a connection that is gone (server restarted, network cut). */
const LOST_STATES = /^(08|57P0[123])/;
const LOST_SOCKET = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const LOST_TEXT = /Connection terminated|connection is closed|Client has encountered a connection error/i;

/** The refusal behind a failed unit on PostgreSQL, or the error unchanged. */
export function asServerRefusal(error: unknown): unknown {
  if (error instanceof ServerRefusal) return error;
  const code = String((error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ?? (error as { driverError?: { code?: unknown } } | null)?.driverError?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === '42501') return new ServerRefusal('no-rights', message);
  if (LOST_STATES.test(code) || LOST_SOCKET.has(code) || LOST_TEXT.test(message)) return new ServerRefusal('connection-lost', message);
  return error;
}
