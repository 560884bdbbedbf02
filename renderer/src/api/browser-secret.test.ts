import { describe, expect, it, vi } from 'vitest';
import { browserSecretOf, takeBrowserSecret } from './browser-secret';

function place(href: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [['leitbild.secret', stored]]);
  return {
    location: { href },
    history: { state: { from: 'router' }, replaceState: vi.fn() },
    sessionStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
    storage,
  };
}

describe('browser-mode secret', () => {
  it('takes ?secret= from the address, keeps it for this tab and removes it from the address bar', () => {
    const page = place('http://127.0.0.1:4321/?secret=abc_DEF-123&x=1#/measures/3');
    expect(takeBrowserSecret(page)).toBe('abc_DEF-123');
    expect(page.storage.get('leitbild.secret')).toBe('abc_DEF-123');
    expect(page.history.replaceState).toHaveBeenCalledWith({ from: 'router' }, '', '/?x=1#/measures/3');
  });

  it('after a reload (address without the secret) uses the one the tab kept', () => {
    const page = place('http://127.0.0.1:4321/#/measures', 'gespeichert');
    expect(takeBrowserSecret(page)).toBe('gespeichert');
    expect(page.history.replaceState).not.toHaveBeenCalled();
  });

  it('a newly opened address replaces the kept secret (server restarted)', () => {
    const page = place('http://127.0.0.1:4321/?secret=neu', 'alt');
    expect(takeBrowserSecret(page)).toBe('neu');
    expect(page.storage.get('leitbild.secret')).toBe('neu');
  });

  it('has none when the address never carried one', () => {
    expect(takeBrowserSecret(place('http://127.0.0.1:4321/'))).toBeNull();
  });

  it('still works for this page when the browser blocks storage', () => {
    const page = place('http://127.0.0.1:4321/?secret=abc');
    const blocked = { ...page, sessionStorage: { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } } };
    expect(takeBrowserSecret(blocked)).toBe('abc');
    expect(browserSecretOf({})).toBeNull();
  });
});
