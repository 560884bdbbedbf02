import { describe, expect, it, vi } from 'vitest';
import { chooseTransport, chooseUpload, httpTransport, httpUpload } from './transport';

const SECRET = 'geheimer-schluessel';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('http transport', () => {
  it('posts the input as JSON to /api/<call> and returns the CallResult', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, data: [1, 2] }));
    const result = await httpTransport(SECRET, fetchImpl)('fieldsOfAction.list', {});
    expect(result).toEqual({ ok: true, data: [1, 2] });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/fieldsOfAction.list',
      expect.objectContaining({ method: 'POST', body: '{}', credentials: 'omit', headers: expect.objectContaining({ 'X-Leitbild-Secret': SECRET }) }),
    );
  });

  it('sends nothing without a secret and answers errors.forbidden', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, data: null }));
    const result = await httpTransport(null, fetchImpl)('system.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', messageKey: 'errors.forbidden', fields: [] } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('passes failures through with their field errors', async () => {
    const error = { code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'name', messageKey: 'validation.required' }] };
    const result = await httpTransport(SECRET, async () => jsonResponse(200, { ok: false, error }))('fieldsOfAction.create', { name: '' });
    expect(result).toEqual({ ok: false, error: { ...error, params: undefined } });
  });

  it('maps 403 (secret missing or expired) to errors.forbidden', async () => {
    const result = await httpTransport(SECRET, async () => new Response('<h1>Zugriff verweigert</h1>', { status: 403 }))('settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', messageKey: 'errors.forbidden', fields: [] } });
  });

  it('maps a network failure to errors.network', async () => {
    const result = await httpTransport(SECRET, async () => Promise.reject(new TypeError('Failed to fetch')))('settings.get', {});
    expect(result.ok === false && result.error.messageKey).toBe('errors.network');
  });

  it('maps an answer that is not a CallResult to errors.internal', async () => {
    const html = await httpTransport(SECRET, async () => new Response('<html>', { status: 500 }))('settings.get', {});
    expect(html.ok === false && html.error.messageKey).toBe('errors.internal');
    const other = await httpTransport(SECRET, async () => jsonResponse(200, { hello: 'world' }))('settings.get', {});
    expect(other.ok === false && other.error.messageKey).toBe('errors.internal');
  });
});

describe('transport choice', () => {
  it('uses the preload bridge when window.leitbild is there', async () => {
    const call = vi.fn(async () => ({ ok: true, data: 'ipc' }));
    const result = await chooseTransport({ leitbild: { call } })('system.status', {});
    expect(result).toEqual({ ok: true, data: 'ipc' });
    expect(call).toHaveBeenCalledWith('system.status', {});
  });

  it('turns a throwing bridge into errors.internal', async () => {
    const result = await chooseTransport({ leitbild: { call: () => Promise.reject(new Error('boom')) } })('system.status', {});
    expect(result.ok === false && result.error.messageKey).toBe('errors.internal');
  });

  it('falls back to HTTP in the browser, with the secret from the opened address', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse(200, { ok: true, data: 'http' }));
    const page = {
      location: { href: `http://127.0.0.1:5173/?secret=${SECRET}#/measures` },
      history: { state: null, replaceState: vi.fn() },
      sessionStorage: { getItem: () => null, setItem: vi.fn() },
    };
    try {
      expect(await chooseTransport(page)('system.status', {})).toEqual({ ok: true, data: 'http' });
      expect(fetchSpy).toHaveBeenCalledWith('/api/system.status', expect.objectContaining({ headers: expect.objectContaining({ 'X-Leitbild-Secret': SECRET }) }));
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('http upload (database import in browser mode)', () => {
  it('posts the file as it is to /upload, with the secret and the name URL-encoded', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init: RequestInit) => jsonResponse(200, { ok: true, data: { token: 'a.b', fileName: 'Süd.sqlite', size: 3 } }));
    const file = new Blob([new Uint8Array([1, 2, 3])]);
    const result = await httpUpload(SECRET, fetchImpl as unknown as typeof fetch)(file, 'Süd.sqlite');
    expect(result).toEqual({ ok: true, data: { token: 'a.b', fileName: 'Süd.sqlite', size: 3 } });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/upload');
    expect(init.body).toBe(file);
    expect(init.headers).toMatchObject({ 'X-Leitbild-Secret': SECRET, 'X-File-Name': 'S%C3%BCd.sqlite', 'Content-Type': 'application/octet-stream' });
  });

  it('sends nothing without a secret; a broken connection is a German message', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, {}));
    expect(await httpUpload(null, fetchImpl)(new Blob([]), 'a.sqlite')).toMatchObject({ ok: false, error: { messageKey: 'errors.forbidden' } });
    expect(fetchImpl).not.toHaveBeenCalled();
    const broken = await httpUpload(SECRET, async () => Promise.reject(new TypeError('Failed to fetch')))(new Blob([]), 'a.sqlite');
    expect(broken).toMatchObject({ ok: false, error: { messageKey: 'errors.uploadFailed' } });
  });

  it('the desktop app has no upload (main opens the chosen file itself)', () => {
    expect(chooseUpload({ leitbild: { call: async () => ({ ok: true, data: null }) } })).toBeUndefined();
  });
});
