import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { mimeTypeOf } from '../core/static-files';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  handleAppProtocol,
  isAppUrl,
  registerAppScheme,
  resolveAppFile,
} from './app-protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'leitbild-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Leitbild-Werkstatt</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'SECRET');
  serve = createAppProtocolHandler(root);
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

describe('app:// protocol: files', () => {
  it('serves index.html for the entry URL and for "/"', async () => {
    for (const url of [APP_ENTRY_URL, 'app://leitbild/', 'app://leitbild']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Leitbild-Werkstatt</title>');
    }
  });

  it('serves assets with their MIME type', async () => {
    const js = await get('app://leitbild/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://leitbild/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://leitbild/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('knows the common MIME types and falls back to octet-stream', () => {
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.PNG')).toBe('image/png');
    expect(mimeTypeOf('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });

  it('answers 404 for a missing asset, and index.html for an extensionless client route', async () => {
    expect((await get('app://leitbild/assets/missing.js')).status).toBe(404);
    const route = await get('app://leitbild/handlungsfelder');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for a directory and for any other host', async () => {
    expect((await get('app://leitbild/assets/')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://leitbild:8080/index.html')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('app:// protocol: path traversal', () => {
  it.each([
    'app://leitbild/..%2f..%2fsecret.txt',
    'app://leitbild/..%2fsecret.txt',
    'app://leitbild/assets/..%2f..%2fsecret.txt',
    'app://leitbild/%2e%2e%2fsecret.txt',
    'app://leitbild/..%5csecret.txt',
    'app://leitbild/assets%5c..%5c..%5csecret.txt',
    'app://leitbild/..%2frenderer-evil%2fx.js',
    'app://leitbild/%2fetc%2fpasswd',
    'app://leitbild/C:%2fWindows%2fwin.ini',
    'app://leitbild/index.html%00.js',
    'app://leitbild/%E0%A4%A',
  ])('refuses %s with 404 and never leaks the file', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('resolveAppFile keeps every resolved path inside the root', () => {
    expect(resolveAppFile(root, 'app://leitbild/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    // The URL parser already collapses literal "..": the result stays inside the root.
    expect(resolveAppFile(root, 'app://leitbild/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://leitbild/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://leitbild/a/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});

describe('app:// protocol: security headers', () => {
  it('every response carries the CSP and nosniff, errors included', async () => {
    for (const [url, method] of [
      [APP_ENTRY_URL, 'GET'],
      ['app://leitbild/assets/index-abc.js', 'GET'],
      ['app://leitbild/assets/missing.js', 'GET'],
      ['app://leitbild/..%2fsecret.txt', 'GET'],
      [APP_ENTRY_URL, 'POST'],
    ] as const) {
      const response = await get(url, method);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('the CSP allows no remote origins, no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
    const scriptSrc = CONTENT_SECURITY_POLICY.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toBe(" script-src 'self'");
  });
});

describe('app:// protocol: registration', () => {
  it('registers "app" as standard, secure and fetch-capable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const privileges = protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges;
    expect(privileges.bypassCSP).toBeFalsy();
  });

  it('handles "app" with a handler that serves the given folder', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    const response = await handler(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://leitbild/', 'app://leitbild/x?y#z', 'APP://LEITBILD/index.html'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'app://leitbild.evil.de/',
    'app://evil/',
    'app://leitbild:1/',
    'app://x@leitbild/',
    'https://leitbild/',
    'file:///leitbild/index.html',
    'about:blank',
    'devtools://devtools/',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
