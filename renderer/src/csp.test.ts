import { describe, expect, it } from 'vitest';
// The one place the renderer looks at main: to prove the meta tag and the server's header agree.
// eslint-disable-next-line no-restricted-imports
import { META_CONTENT_SECURITY_POLICY } from '../../main/core/content-security-policy';
import html from '../index.html?raw';

describe('index.html', () => {
  it('carries the server\'s Content-Security-Policy (less frame-ancestors, which only a header can set)', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('is German, titled, and has no inline script or style', () => {
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toMatch(/<title>Leitbild-Werkstatt<\/title>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
  });
});
