/** Files in and out of the renderer: picked files as bytes, base64 for the contract, saving and downloads. */
import type { CallError, SaveFileKind, SaveFileResultDto } from '../../../contract';
import { ipcTransport, type LeitbildBridge } from '../api/transport';

const CHUNK = 0x8000;

type WithBase64 = { toBase64?: () => string };
type Uint8ArrayWithBase64 = typeof Uint8Array & { fromBase64?: (base64: string) => Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & WithBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as Uint8ArrayWithBase64).fromBase64;
  if (typeof native === 'function') return new Uint8Array(native(base64));
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The bytes of a file the person picked (`<input type="file">`). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** Offers bytes as a download (see `offerBlob`). */
export const offerDownload = (fileName: string, bytes: Uint8Array<ArrayBuffer>, type = 'application/vnd.sqlite3'): void =>
  offerBlob(fileName, new Blob([bytes], { type }));

/**
 * Offers a file as a download: a temporary `<a download>` on a blob URL. The browser saves it
 * in its download folder; Electron shows its save dialog with the name filled in.
 */
export function offerBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  try {
    offerUrl(url, fileName);
  } finally {
    // The download has started by then; the URL is only needed for that.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * Starts a download the server streams (browser mode's one-time export address): the browser
 * writes it to its download folder as it arrives, nothing is held in the page.
 */
export function offerUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

/** How a file offered by `saveFile` ended. */
export type SaveOutcome =
  | { readonly state: 'downloaded' }
  | { readonly state: 'saved'; readonly path: string }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly error: CallError };

const KIND_BY_EXTENSION: Readonly<Record<string, SaveFileKind>> = {
  docx: 'docx', ics: 'ics', csv: 'csv', xlsx: 'xlsx', vcf: 'vcf', zip: 'zip', json: 'json', sqlite: 'sqlite', db: 'sqlite',
};

/** The save dialog's file type (filter and remembered folder) by the name's extension. */
export const saveFileKind = (fileName: string): SaveFileKind | undefined =>
  KIND_BY_EXTENSION[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()];

function desktopBridge(target: object): LeitbildBridge | null {
  const bridge = (target as { leitbild?: Partial<LeitbildBridge> }).leitbild;
  return bridge && typeof bridge.call === 'function' ? (bridge as LeitbildBridge) : null;
}

/** The desktop app (the preload's `window.leitbild`), not a browser page. */
export const isDesktopApp = (target: object = window): boolean => desktopBridge(target) !== null;

/**
 * Saves a file: in the desktop app through the system's save dialog in the main process
 * (`system.saveFile`: a filter and the last folder per type), in the browser as a download. The
 * transport decides, as for every call: `window.leitbild` is there only in the desktop app.
 */
export async function saveFile(fileName: string, content: Blob | Uint8Array<ArrayBuffer>, type?: string, target: object = window): Promise<SaveOutcome> {
  const blob = content instanceof Blob ? content : new Blob([content], { type: type ?? 'application/octet-stream' });
  const bridge = desktopBridge(target);
  const kind = saveFileKind(fileName);
  if (bridge && kind) {
    const bytes = content instanceof Blob ? await readFileBytes(content) : content;
    const result = await ipcTransport(bridge)('system.saveFile', { fileName, kind, contentBase64: bytesToBase64(bytes) });
    if (!result.ok) return { state: 'failed', error: result.error };
    const answer = result.data as SaveFileResultDto;
    if (answer.saved) return { state: 'saved', path: answer.path };
    if (!answer.download) return { state: 'cancelled' };
  }
  offerBlob(fileName, blob);
  return { state: 'downloaded' };
}

