import type { CallError, CallResult, UploadedFileDto } from '../../../contract';
import { browserSecretOf, SECRET_HEADER } from './browser-secret';

/** Sends one call to the main side; never throws, every outcome is a `CallResult`. */
export type Transport = (name: string, input: unknown) => Promise<CallResult<unknown>>;

/** What the Electron preload exposes as `window.leitbild`. */
export interface LeitbildBridge {
  call(name: string, input: unknown): Promise<CallResult<unknown>>;
}

export const failure = (error: Omit<CallError, 'fields'> & Partial<Pick<CallError, 'fields'>>): CallResult<never> => ({
  ok: false,
  error: { fields: [], ...error },
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Accepts only answers shaped like a `CallResult`; anything else is an internal error. */
export function asCallResult(value: unknown): CallResult<unknown> {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return failure({ code: 'internal', messageKey: 'errors.internal' });
  if (value.ok) return { ok: true, data: value.data };
  const error = value.error;
  if (!isRecord(error) || typeof error.messageKey !== 'string') return failure({ code: 'internal', messageKey: 'errors.internal' });
  return {
    ok: false,
    error: {
      code: typeof error.code === 'string' ? (error.code as CallError['code']) : 'internal',
      messageKey: error.messageKey,
      params: isRecord(error.params) ? (error.params as CallError['params']) : undefined,
      fields: Array.isArray(error.fields)
        ? error.fields.filter((field): field is CallError['fields'][number] => isRecord(field) && typeof field.field === 'string' && typeof field.messageKey === 'string')
        : [],
    },
  };
}

/** Electron: the preload bridge. */
export function ipcTransport(bridge: LeitbildBridge): Transport {
  return async (name, input) => {
    try {
      return asCallResult(await bridge.call(name, input));
    } catch {
      return failure({ code: 'internal', messageKey: 'errors.internal' });
    }
  };
}

const forbidden = (): CallResult<never> => failure({ code: 'unavailable', messageKey: 'errors.forbidden' });

/**
 * Browser mode: same-origin `POST /api/<call>` with the per-start secret in a header (see
 * browser-secret.ts). Without a secret (address opened without `?secret=`) nothing is sent.
 */
export function httpTransport(secret: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (name, input) => {
    if (!secret) return forbidden();
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [SECRET_HEADER]: secret },
        body: JSON.stringify(input ?? {}),
        // Nothing ambient (cookies, HTTP auth) is needed or wanted.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failure({ code: 'unavailable', messageKey: 'errors.network' });
    }
    if (response.status === 403) return forbidden();
    try {
      return asCallResult(await response.json());
    } catch {
      return failure({ code: 'internal', messageKey: 'errors.internal' });
    }
  };
}

/** Sends a file to the main side as it is (no base64, no size cap but the disk's): browser mode only. */
export type Upload = (file: Blob, fileName: string) => Promise<CallResult<UploadedFileDto>>;

/** Browser mode: `POST /upload`, the body streamed by the browser, the secret in the header as for every call. */
export function httpUpload(secret: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): Upload {
  return async (file, fileName) => {
    if (!secret) return forbidden();
    let response: Response;
    try {
      response = await fetchImpl('/upload', {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json', [SECRET_HEADER]: secret, 'X-File-Name': encodeURIComponent(fileName) },
        body: file,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failure({ code: 'unavailable', messageKey: 'errors.uploadFailed' });
    }
    if (response.status === 403) return forbidden();
    try {
      return asCallResult(await response.json()) as CallResult<UploadedFileDto>;
    } catch {
      return failure({ code: 'internal', messageKey: 'errors.uploadFailed' });
    }
  };
}

/** Electron when the preload bridge is there, browser mode otherwise. */
export function chooseTransport(target: object = window): Transport {
  const bridge = (target as { leitbild?: unknown }).leitbild;
  if (isRecord(bridge) && typeof bridge.call === 'function') return ipcTransport(bridge as unknown as LeitbildBridge);
  return httpTransport(browserSecretOf(target));
}

/** Browser mode uploads files; the desktop app has none (main opens the chosen file itself). */
export function chooseUpload(target: object = window): Upload | undefined {
  const bridge = (target as { leitbild?: unknown }).leitbild;
  return isRecord(bridge) ? undefined : httpUpload(browserSecretOf(target));
}
