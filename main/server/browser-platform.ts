import type { Platform } from '../core/handlers';

/** In browser mode the page opens links itself; the server has no desktop to hand them to. */
export const browserPlatform: Platform = {
  transport: 'browser',
  openExternal: async () => false,
};
