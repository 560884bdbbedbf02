import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { CallResult } from '../../contract';
import type { Dispatch } from '../core/dispatch';
import type { Logger } from '../services/logger';
import { CALL_CHANNEL } from '../../preload/bridge-types';
import { isAppUrl } from './app-protocol';

export const FORBIDDEN_SENDER: CallResult<never> = {
  ok: false,
  error: { code: 'internal', messageKey: 'errors.forbiddenSender', fields: [] },
};

const INTERNAL_FAILURE: CallResult<never> = {
  ok: false,
  error: { code: 'internal', messageKey: 'errors.internal', fields: [] },
};

type FrameIdentity = Pick<WebFrameMain, 'processId' | 'routingId'>;

const sameFrame = (a: FrameIdentity, b: FrameIdentity): boolean =>
  a === b || (a.processId === b.processId && a.routingId === b.routingId);

/**
 * True only for the main frame of our own window showing an `app://leitbild/` page: never an
 * iframe, another window, a page that navigated elsewhere, or a frame that is already gone.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  if (frame.parent !== null || !sameFrame(frame, contents.mainFrame)) return false;
  return isAppUrl(frame.url);
}

export interface CallHandlerOptions {
  /** The one window whose main frame may call. */
  readonly getWindow: () => BrowserWindow | null;
  readonly dispatch: Dispatch;
  readonly logger: Logger;
}

/** Registers the one IPC channel. Always answers with a `CallResult`, never throws. */
export function registerCallHandler(ipcMain: Pick<IpcMain, 'handle'>, { getWindow, dispatch, logger }: CallHandlerOptions): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<CallResult<unknown>> => {
    if (!isTrustedSender(event, getWindow())) {
      logger.error('IPC call from a foreign sender refused');
      return FORBIDDEN_SENDER;
    }
    try {
      return await dispatch(name, input);
    } catch (error) {
      logger.error('dispatch threw', error);
      return INTERNAL_FAILURE;
    }
  });
}
