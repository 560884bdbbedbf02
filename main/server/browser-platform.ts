import os from 'node:os';
import type { Platform } from '../core/handlers';

/** In browser mode the page opens links itself; the server has no desktop to hand them to. */
export const browserPlatform: Platform = {
  transport: 'browser',
  osUserName: safeUserName(),
  openExternal: async () => false,
};

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
