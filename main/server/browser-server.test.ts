import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { mustCall, startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { DEFAULT_INPUT_BYTES } from '../../contract/input-limits';
import { startBrowserServer, type BrowserServer } from './browser-server';

const servers: BrowserServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function setup() {
  const core = await startTestCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Leitbild-Werkstatt</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(core.dataDir, 'geheim.txt'), 'nicht ausliefern');
  const server = await startBrowserServer({ dispatch: core.dispatch, staticDir, port: 0 });
  servers.push(server);
  const base = `http://127.0.0.1:${server.port}`;
  const post = (name: string, body: unknown, headers: Record<string, string> = { 'X-Leitbild-Secret': server.secret }) =>
    fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { core, server, base, post };
}

describe('browser mode server', () => {
  it('prints a loopback URL carrying a long per-start secret', async () => {
    const { server } = await setup();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?secret=[A-Za-z0-9_-]{40,}$/);
    const other = await startBrowserServer({ dispatch: async () => ({ ok: true, data: null }), staticDir: tempDir(), port: 0 });
    servers.push(other);
    expect(other.secret).not.toBe(server.secret);
  });

  it('answers 403 to a call without the secret and changes nothing', async () => {
    const { core, post } = await setup();
    const response = await post('editions.create', { title: 'Eingeschleust', periodFrom: 2022, periodTo: 2024 }, {});
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { messageKey: 'errors.forbidden' } });
    const wrong = await post('editions.create', { title: 'Eingeschleust', periodFrom: 2022, periodTo: 2024 }, { 'X-Leitbild-Secret': 'falsch' });
    expect(wrong.status).toBe(403);
    expect(await mustCall(core, 'editions.list', {})).toEqual([]);
  });

  it('serves the page (no data in it) without setting a cookie; only calls need the secret', async () => {
    const { server, base, post } = await setup();
    for (const address of [`${base}/`, server.url]) {
      const page = await fetch(address, { redirect: 'manual' });
      expect(page.status, address).toBe(200);
      // Cookies are not bound to a port: one for 127.0.0.1 would reach every other local server.
      expect(page.headers.get('set-cookie'), address).toBeNull();
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await page.text()).toContain('Leitbild-Werkstatt');
    }
    // A cookie shaped like the old one opens nothing.
    const withCookie = await post('editions.list', {}, { Cookie: `leitbild_${server.port}=${server.secret}` });
    expect(withCookie.status).toBe(403);
  });

  it('answers 400 to a malformed call name instead of failing', async () => {
    const { post } = await setup();
    for (const name of ['%ZZ', '%E0%A4%A', 'editions.list%']) {
      const response = await post(name, {});
      expect(response.status, name).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown-call', messageKey: 'errors.unknownCall' } });
    }
    expect((await post('gibt.es.nicht', {})).status).toBe(200);
  });

  it('serves the same handler map: a call with the secret works', async () => {
    const { post } = await setup();
    const created = await post('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024 });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ ok: true, data: { title: 'Zusammenleben in Vielfalt', status: 'draft' } });
    const invalid = await post('editions.create', { title: '', periodFrom: 2022, periodTo: 2024 });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'title', messageKey: 'validation.required' }] } });
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, other web pages)', async () => {
    const { server, base, post } = await setup();
    // fetch() may not set Host, so this one goes through node:http.
    const rebindingStatus = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        `${base}/api/editions.list`,
        {
          method: 'POST',
          headers: { Host: `evil.example:${server.port}`, 'X-Leitbild-Secret': server.secret, 'Content-Type': 'application/json' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(rebindingStatus).toBe(403);
    const foreignOrigin = await post('editions.list', {}, { 'X-Leitbild-Secret': server.secret, Origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const sameOrigin = await post('editions.list', {}, { 'X-Leitbild-Secret': server.secret, Origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses malformed, oversized and non-JSON bodies without touching data', async () => {
    const { core, server, base } = await setup();
    const headers = { 'X-Leitbild-Secret': server.secret, 'Content-Type': 'application/json' };
    const malformed = await fetch(`${base}/api/editions.create`, { method: 'POST', headers, body: '{"name": ' });
    expect(malformed.status).toBe(400);
    const huge = await fetch(`${base}/api/editions.create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'x'.repeat(DEFAULT_INPUT_BYTES + 10) }),
    });
    expect(huge.status).toBe(413);
    const form = await fetch(`${base}/api/editions.create`, {
      method: 'POST',
      headers: { 'X-Leitbild-Secret': server.secret, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(form.status).toBe(415);
    const get = await fetch(`${base}/api/editions.list`, { headers: { 'X-Leitbild-Secret': server.secret } });
    expect(get.status).toBe(405);
    expect(await mustCall(core, 'editions.list', {})).toEqual([]);
  });

  it('accepts a contact list to import larger than an ordinary call', async () => {
    const { post } = await setup();
    // ~2 MB of base64: too much for a form, fine for a file; the service then reads the content.
    const lines = ['Vorname;Nachname;Notizen', ...Array.from({ length: 5000 }, (_, index) => `Anna;Muster${index};${'Notiz '.repeat(50)}`)];
    const contentBase64 = Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
    expect(contentBase64.length).toBeGreaterThan(DEFAULT_INPUT_BYTES);
    const response = await post('contacts.importPreview', { fileName: 'gross.csv', contentBase64 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { format: 'mapped', validCount: 5000 } });
  });

  it('never serves files outside the renderer folder', async () => {
    const { server, base } = await setup();
    const headers = { 'X-Leitbild-Secret': server.secret };
    expect((await fetch(`${base}/assets/app.js`, { headers })).status).toBe(200);
    for (const attempt of ['/../geheim.txt', '/%2e%2e/geheim.txt', '/assets/..%2f..%2fgeheim.txt', '/%00', '/assets']) {
      const response = await fetch(`${base}${attempt}`, { headers });
      expect(response.status, attempt).toBe(404);
    }
  });

  it('listens on the loopback interface only', async () => {
    const { server } = await setup();
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    // Not reachable through another local address of this machine (if it has one).
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
    if (external) {
      await expect(fetch(`http://${external.address}:${server.port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    }
  });
});
