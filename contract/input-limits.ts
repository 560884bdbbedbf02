import type { CallName } from './index';
import { MAX_CONTACT_IMPORT_BASE64 } from './contacts';
import { MAX_SAVE_FILE_BASE64 } from './files';

/** Most calls carry a form's worth of data; a transport refuses more than this. */
export const DEFAULT_INPUT_BYTES = 1024 * 1024;

/** The few calls that carry files: a contact list to import, a document to save, a logo (as base64, a third larger). */
const LARGER_INPUTS: Partial<Record<CallName, number>> = {
  'documents.setLogo': 3 * 1024 * 1024,
  'contacts.importPreview': MAX_CONTACT_IMPORT_BASE64 + 64 * 1024,
  'contacts.import': MAX_CONTACT_IMPORT_BASE64 + 64 * 1024,
  'contacts.importStart': MAX_CONTACT_IMPORT_BASE64 + 64 * 1024,
  // Browser mode never sends it (the page downloads), but the limit should match the contract.
  'system.saveFile': MAX_SAVE_FILE_BASE64 + 64 * 1024,
};

export const inputBytesLimit = (name: string): number => LARGER_INPUTS[name as CallName] ?? DEFAULT_INPUT_BYTES;
