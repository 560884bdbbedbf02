import { describe, expect, it } from 'vitest';
import { MAX_SAVE_FILE_BASE64, MAX_SAVE_FILE_BYTES, saveFileInput } from './files';
import { DEFAULT_INPUT_BYTES, inputBytesLimit } from './input-limits';
import { validateInput } from './validate-input';

const input = (contentBase64: string) => ({ fileName: 'Bericht.docx', kind: 'docx', contentBase64 });

describe('system.saveFile: documents only', () => {
  it('takes a Word file of the largest allowed size, as base64', () => {
    expect(MAX_SAVE_FILE_BASE64).toBe(Math.ceil(MAX_SAVE_FILE_BYTES / 3) * 4);
    expect(validateInput(saveFileInput, input('A'.repeat(MAX_SAVE_FILE_BASE64))).ok).toBe(true);
  });

  it('refuses more at the field (a database or contact list goes through exports.save, streamed)', () => {
    const outcome = validateInput(saveFileInput, input('A'.repeat(MAX_SAVE_FILE_BASE64 + 4)));
    expect(!outcome.ok && outcome.fields).toEqual([{ field: 'contentBase64', messageKey: 'validation.tooLong', params: { max: MAX_SAVE_FILE_BASE64 } }]);
    // Far below the old 400 MB database cap.
    expect(MAX_SAVE_FILE_BYTES).toBeLessThanOrEqual(50 * 1024 * 1024);
  });

  it('lets a transport carry the call with its JSON around it', () => {
    expect(inputBytesLimit('system.saveFile')).toBeGreaterThan(MAX_SAVE_FILE_BASE64);
    expect(inputBytesLimit('system.saveFile')).toBeLessThan(MAX_SAVE_FILE_BASE64 + 1024 * 1024);
    expect(inputBytesLimit('backups.import')).toBe(DEFAULT_INPUT_BYTES);
  });
});
