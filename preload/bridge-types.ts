import type { CallResult } from '../contract';

/** The one IPC channel between the preload bridge and the main process. */
export const CALL_CHANNEL = 'leitbild:call';

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'leitbild';

/**
 * All the renderer can reach of the main process: one call that is validated and answered by
 * the core's `dispatch`. It never rejects for a failed call; failures are `{ ok: false }`.
 */
export interface LeitbildBridge {
  call(name: string, input: unknown): Promise<CallResult<unknown>>;
}

declare global {
  interface Window {
    /** Present only inside the Electron app (absent in browser mode). */
    readonly leitbild?: LeitbildBridge;
  }
}
