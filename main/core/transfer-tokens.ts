import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A token is good for this long: the page uses it at once, and a leaked address is soon worthless. */
export const TRANSFER_TOKEN_TTL_MS = 60_000;

interface Held<T> {
  readonly value: T;
  readonly expires: number;
}

/**
 * One-time tokens for browser mode's file transfers (download of an export, upload of a database).
 * A token is `<id>.<mac>`: the mac is an HMAC of the id under the server's per-start secret, so a
 * token from another start (or one made up) is refused before anything is looked up; each token
 * works once and for a minute only. The value (what to stream, which file was uploaded) stays here.
 */
export class TransferTokens<T> {
  private readonly held = new Map<string, Held<T>>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
    /** Called for a value whose token was never used (to remove an uploaded file, say). */
    private readonly onExpired: (value: T) => void = () => undefined,
  ) {}

  issue(value: T): string {
    this.sweep();
    const id = randomBytes(24).toString('base64url');
    this.held.set(id, { value, expires: this.now() + TRANSFER_TOKEN_TTL_MS });
    return `${id}.${this.macOf(id)}`;
  }

  /** The value once; undefined for a token that is forged, from another start, used or expired. */
  take(token: string): T | undefined {
    this.sweep();
    const [id, mac, ...rest] = token.split('.');
    if (!id || !mac || rest.length > 0) return undefined;
    const expected = Buffer.from(this.macOf(id));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const held = this.held.get(id);
    this.held.delete(id);
    return held && held.expires >= this.now() ? held.value : undefined;
  }

  private macOf(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url');
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, held] of this.held) {
      if (held.expires < now) {
        this.held.delete(id);
        this.onExpired(held.value);
      }
    }
  }
}
