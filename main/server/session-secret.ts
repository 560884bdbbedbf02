import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per server start; only whoever sees the printed URL can use the server. */
export const createSecret = (): string => randomBytes(32).toString('base64url');

export function secretsMatch(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
