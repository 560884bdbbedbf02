import type { CallName, StartupTasksDto, SystemStatus } from '../../../contract';
import type { HandlerMap } from '../handler-map';
import type { Platform } from '../platform';

/** contract/system.ts and contract/files.ts: both are `system.*`. */
export type SystemCallName = Extract<CallName, `system.${string}`>;

/** No work after start (the CLI, tests): the file was checked in full while opening. */
export const NOTHING_AFTER_START: StartupTasksDto = { check: { state: 'not-needed', percent: 100 }, backup: { state: 'skipped' } };

/** The status, opening a link and saving a file: served whatever state the data file is in. */
export function systemHandlers(status: SystemStatus, platform: Platform): Pick<HandlerMap, SystemCallName> {
  return {
    'system.status': async () => status,
    // app-core serves the real one when it defers the check (startup-tasks.ts).
    'system.startupTasks': async () => NOTHING_AFTER_START,
    // One PC, one person: no one else changes the data (postgres-core serves the real feed).
    'system.changes': async () => ({ live: false, generation: 0, tables: [] }),
    'system.openExternal': async ({ url }) => ({ opened: await platform.openExternal(url) }),
    'system.saveFile': (input) => (platform.saveFile ? platform.saveFile(input) : Promise.resolve({ saved: false, download: true })),
  };
}
