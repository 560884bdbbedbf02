import { describe, expect, it } from 'vitest';
import { TRANSFER_TOKEN_TTL_MS, TransferTokens } from './transfer-tokens';

describe('one-time transfer tokens', () => {
  it('gives the value once', () => {
    const tokens = new TransferTokens<string>('geheim');
    const token = tokens.issue('Kontakte.csv');
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(tokens.take(token)).toBe('Kontakte.csv');
    expect(tokens.take(token)).toBeUndefined();
  });

  it('refuses a token after a minute and hands the value to onExpired', () => {
    let now = 1_000;
    const expired: string[] = [];
    const tokens = new TransferTokens<string>('geheim', () => now, (value) => expired.push(value));
    const token = tokens.issue('upload.sqlite');
    now += TRANSFER_TOKEN_TTL_MS + 1;
    expect(tokens.take(token)).toBeUndefined();
    expect(expired).toEqual(['upload.sqlite']);
  });

  it('refuses crafted tokens and tokens made under another secret', () => {
    const tokens = new TransferTokens<string>('geheim');
    const other = new TransferTokens<string>('anderer-start');
    const token = tokens.issue('a');
    const [id, mac] = token.split('.');
    expect(other.take(token)).toBeUndefined();
    expect(tokens.take(`${id}.${'A'.repeat(mac!.length)}`)).toBeUndefined();
    expect(tokens.take(id!)).toBeUndefined();
    expect(tokens.take(`${token}.x`)).toBeUndefined();
    expect(tokens.take('')).toBeUndefined();
    // The forgeries did not use it up.
    expect(tokens.take(token)).toBe('a');
  });

  it('an id the server never issued is refused even with a valid mac for it', () => {
    const tokens = new TransferTokens<string>('geheim');
    const issued = tokens.issue('a');
    const sibling = new TransferTokens<string>('geheim');
    expect(sibling.take(issued)).toBeUndefined();
  });
});
