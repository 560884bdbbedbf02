import type { CallName, SystemStatus } from '../../../contract';
import type { HandlerMap } from '../handler-map';
import type { Platform } from '../platform';

/** contract/system.ts and contract/files.ts: both are `system.*`. */
export type SystemCallName = Extract<CallName, `system.${string}`>;

/** The status, opening a link and saving a file: served whatever state the data file is in. */
export function systemHandlers(status: SystemStatus, platform: Platform): Pick<HandlerMap, SystemCallName> {
  return {
    'system.status': async () => status,
    'system.openExternal': async ({ url }) => ({ opened: await platform.openExternal(url) }),
    'system.saveFile': (input) => (platform.saveFile ? platform.saveFile(input) : Promise.resolve({ saved: false, download: true })),
  };
}
