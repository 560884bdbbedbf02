import type { Session } from 'electron';

/** Schemes the renderer never needs: the app is offline and serves itself from `app://`. */
const BLOCKED_REQUEST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isBlockedRequestUrl(url: string): boolean {
  try {
    return BLOCKED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The app needs no camera, microphone, notifications, geolocation, USB, HID, serial, … */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (typeof session.setDevicePermissionHandler === 'function') {
    session.setDevicePermissionHandler(() => false);
  }
}

/** Defence in depth behind the CSP: no request of the session leaves the machine. */
export function blockRemoteRequests(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRequestUrl(details.url) });
  });
}
