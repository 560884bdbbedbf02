import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResultDto } from '../../contract';
import { plainPlatform } from '../core/plain-platform';
import { createBrowserTransfers } from '../core/exports/browser-transfers';
import { dataTempDir } from '../core/data-temp';
import { base64, excelCsv } from '../../test-support/contact-files';
import { mustCall, startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { startBrowserServer, type BrowserServer } from './browser-server';
import { contentDisposition } from './file-transfers';
import { createSecret } from './session-secret';

const servers: BrowserServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Browser mode as `npm run serve` wires it: one secret for the calls and the transfer tokens. */
async function setup(secret = createSecret()) {
  const transfers = createBrowserTransfers(secret);
  const core = await startTestCore(tempDir(), { ...plainPlatform, transfers });
  const server = await startBrowserServer({ dispatch: core.dispatch, staticDir: tempDir(), port: 0, secret, transfers, dataDir: core.dataDir });
  servers.push(server);
  const base = `http://127.0.0.1:${server.port}`;
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const response = await fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Leitbild-Secret': secret }, body: JSON.stringify(input) });
    const result = (await response.json()) as { ok: boolean; data: T };
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
    return result.data;
  };
  const exportUrl = async (input: unknown) => {
    const result = await call<ExportResultDto>('exports.save', input);
    if (result.state !== 'download') throw new Error(`no download: ${result.state}`);
    return { url: `${base}${result.url}`, fileName: result.fileName };
  };
  return { core, server, base, secret, call, exportUrl };
}

async function withPeople(count: number) {
  const context = await setup();
  const rows = [['Vorname', 'Nachname', 'E-Mail'], ...Array.from({ length: count }, (_, index) => [`Jürgen${index}`, `Müller${index}`, `j${index}@example.org`])];
  await mustCall(context.core, 'contacts.import', { fileName: 'a.csv', contentBase64: base64(excelCsv(rows)) });
  return context;
}

describe('browser mode: streamed downloads', () => {
  it('streams the export once from a one-time address, named in UTF-8', async () => {
    const { exportUrl } = await withPeople(2_500);
    const { url, fileName } = await exportUrl({ kind: 'contactsCsv' });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(contentDisposition(fileName));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFAnrede;')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(2_501);
    // Used: the same address is refused.
    expect((await fetch(url)).status).toBe(403);
  });

  it('refuses a made-up token, one from another start (other secret), and a token sent as an API call', async () => {
    const { base, exportUrl } = await withPeople(2);
    expect((await fetch(`${base}/download/abc.def`)).status).toBe(403);
    expect((await fetch(`${base}/download/`)).status).toBe(403);
    // Issued by another server start: its mac is under another secret.
    const other = await withPeople(1);
    const foreign = await other.exportUrl({ kind: 'contactsCsv' });
    const token = foreign.url.slice(foreign.url.lastIndexOf('/') + 1);
    const refused = await fetch(`${base}/download/${token}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Download nicht möglich');
    // POST to a download address is not a download.
    const { url } = await exportUrl({ kind: 'contactsCsv' });
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a foreign Host header for a download (DNS rebinding)', async () => {
    const { server, exportUrl } = await withPeople(2);
    const { url } = await exportUrl({ kind: 'contactsVcard' });
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.get(url, { headers: { Host: `evil.example:${server.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });
    expect(status).toBe(403);
    // The refused request did not use the token up.
    expect((await fetch(url)).status).toBe(200);
  });

  it('an export of 0 contacts downloads as a header-only CSV', async () => {
    const { exportUrl } = await setup();
    const { url } = await exportUrl({ kind: 'contactsCsv' });
    const text = await (await fetch(url)).text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([expect.stringMatching(/^Anrede;Titel;Vorname;Nachname;/), '']);
  });

  it('streams the database as a snapshot and removes the scratch copy afterwards, also when the download is broken off', async () => {
    const { core, exportUrl } = await withPeople(200);
    const { url, fileName } = await exportUrl({ kind: 'database' });
    expect(fileName).toMatch(/^\d{4}-\d\d-\d\d_Leitbild-Werkstatt\.sqlite$/);
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    expect(fs.existsSync(dataTempDir(core.dataDir))).toBe(false);

    const second = await exportUrl({ kind: 'database' });
    const aborted = new AbortController();
    const response = await fetch(second.url, { signal: aborted.signal });
    aborted.abort();
    await response.arrayBuffer().catch(() => undefined);
    await expect.poll(() => fs.existsSync(dataTempDir(core.dataDir)) && fs.readdirSync(dataTempDir(core.dataDir)).length > 0).toBe(false);
  });

  it('names the file in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('2026-12-06_Kontakt_Ayşe-Özdemir.vcf')).toBe(
      `attachment; filename="2026-12-06_Kontakt_Ayse-Ozdemir.vcf"; filename*=UTF-8''2026-12-06_Kontakt_Ay%C5%9Fe-%C3%96zdemir.vcf`,
    );
    expect(contentDisposition('a"b\\c.csv')).toMatch(/^attachment; filename="a_b_c\.csv"/);
  });
});

describe('browser mode: streamed database upload', () => {
  it('takes the file with the secret only, then imports it through the token', async () => {
    const source = await withPeople(3);
    const { url } = await source.exportUrl({ kind: 'database' });
    const database = Buffer.from(await (await fetch(url)).arrayBuffer());

    const { base, secret, call, core } = await setup();
    const refused = await fetch(`${base}/upload`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: database });
    expect(refused.status).toBe(403);
    const wrong = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-Leitbild-Secret': 'falsch' }, body: database });
    expect(wrong.status).toBe(403);

    const upload = await fetch(`${base}/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Leitbild-Secret': secret, 'X-File-Name': encodeURIComponent('Bezirk Süd.sqlite') },
      body: database,
    });
    const answer = (await upload.json()) as { ok: true; data: { token: string; fileName: string; size: number } };
    expect(answer.data).toMatchObject({ fileName: 'Bezirk Süd.sqlite', size: database.length });
    await call('backups.importChosen', { token: answer.data.token, fileName: answer.data.fileName });
    expect((await mustCall(core, 'contacts.list', {})).total).toBe(3);
    // The upload is gone, and its token with it.
    expect(fs.existsSync(dataTempDir(core.dataDir)) ? fs.readdirSync(dataTempDir(core.dataDir)) : []).toEqual([]);
    await expect(call('backups.importChosen', { token: answer.data.token, fileName: 'x.sqlite' })).rejects.toThrow(/importExpired/);
  });

  it('a refused file changes nothing and is removed', async () => {
    const { base, secret, call, core } = await setup();
    await mustCall(core, 'contacts.create', { lastName: 'Bleibt' });
    const upload = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-Leitbild-Secret': secret, 'X-File-Name': 'brief.docx' }, body: 'Kein SQLite' });
    const { data } = (await upload.json()) as { data: { token: string } };
    await expect(call('backups.importChosen', { token: data.token, fileName: 'brief.docx' })).rejects.toThrow(/backups\.errors\.refused/);
    expect((await mustCall(core, 'contacts.list', {})).rows.map((row) => row.lastName)).toEqual(['Bleibt']);
    expect(fs.existsSync(path.join(dataTempDir(core.dataDir)))).toBe(false);
  });
});
