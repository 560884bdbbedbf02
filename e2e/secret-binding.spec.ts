import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/fixtures';

interface Recorded {
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** Another local program on 127.0.0.1 (other port) that notes every request it gets. */
async function startRecorder(): Promise<{ origin: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server = http.createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="de"><title>Anderes Programm</title><h1>Anderes Programm</h1></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test.describe('Browser-Modus: der Schlüssel bleibt bei der Leitbild-Werkstatt', () => {
  test('andere Programme auf 127.0.0.1 bekommen den Schlüssel nie zu sehen', async ({ app, page, context }) => {
    const secret = new URL(app.server.url).searchParams.get('secret')!;
    const recorder = await startRecorder();
    try {
      // Opened with the printed address: the calls work, and the address bar no longer shows the secret.
      await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
      expect(page.url()).not.toContain('secret');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
      expect(await context.cookies()).toEqual([]);

      // The same browser then talks to the other program: by navigation, in a new tab, and by fetch there.
      await page.goto(`${recorder.origin}/seite`);
      await expect(page.getByRole('heading', { name: 'Anderes Programm' })).toBeVisible();
      await page.evaluate(async () => {
        await fetch('/abruf', { credentials: 'include' });
      });
      const other = await context.newPage();
      await other.goto(`${recorder.origin}/neuer-tab`);
      await other.close();

      expect(recorder.requests.map((request) => request.url)).toEqual(expect.arrayContaining(['/seite', '/abruf', '/neuer-tab']));
      for (const request of recorder.requests) {
        expect(request.headers.cookie, request.url).toBeUndefined();
        expect(JSON.stringify(request), request.url).not.toContain(secret);
      }

      // Nothing of the browser's own opens the app's calls: without the header it is 403.
      const withoutHeader = await page.request.post(`${app.server.origin}/api/editions.list`, { data: {} });
      expect(withoutHeader.status()).toBe(403);
      const withHeader = await page.request.post(`${app.server.origin}/api/editions.list`, { data: {}, headers: { 'X-Leitbild-Secret': secret } });
      expect(await withHeader.json()).toEqual({ ok: true, data: [] });
    } finally {
      await recorder.close();
    }
  });

  test('ohne den Schlüssel in der Adresse erklärt die Seite, was zu tun ist', async ({ app, context }) => {
    // A new tab does not share the first tab's sessionStorage: it needs the full address again.
    const page = await context.newPage();
    await page.goto(`${app.server.origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Bitte öffnen Sie die vollständige Adresse' })).toBeVisible();
    await expect(page.getByText(/Zugriff verweigert\. Bitte öffnen Sie die vollständige Adresse/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Neu laden' })).toHaveCount(0);
    // With the full address the same tab works.
    await page.goto(app.server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
    await page.close();
  });
});
