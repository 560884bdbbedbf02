import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { blockRemoteRequests, denyAllPermissions, isBlockedRequestUrl } from './permissions';

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

describe('denyAllPermissions', () => {
  it('answers every permission request with false', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    expect(typeof handler).toBe('function');
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(typeof check).toBe('function');
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(check({}, permission, 'app://leitbild', {})).toBe(false);
    }
  });

  it('denies device permissions when the session supports it, and copes when it does not', () => {
    const session = fakeSession();
    denyAllPermissions(session as unknown as Session);
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]({ deviceType: 'usb' })).toBe(false);

    const older = { ...fakeSession(), setDevicePermissionHandler: undefined };
    expect(() => denyAllPermissions(older as unknown as Session)).not.toThrow();
    expect(older.setPermissionCheckHandler).toHaveBeenCalled();
  });
});

describe('blockRemoteRequests', () => {
  it('cancels every request that would leave the machine, lets app:// through', () => {
    const session = fakeSession();
    blockRemoteRequests(session as unknown as Session);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('wss://evil.example/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://leitbild/assets/index.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('blob:app://leitbild/1234')).toEqual({ cancel: false });
  });

  it('treats unparseable URLs as blocked', () => {
    expect(isBlockedRequestUrl('::::')).toBe(true);
  });
});
