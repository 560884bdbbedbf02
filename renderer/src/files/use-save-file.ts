import { useTranslation } from 'react-i18next';
import { useToasts } from '../components/toasts';
import { errorText, useMessage } from '../i18n/messages';
import { saveFile } from './file-transfer';

/**
 * `save(fileName, content, offeredText)`: saves or downloads (see `saveFile`) and tells the person
 * where the file went: "Gespeichert unter …" in the desktop app, `offeredText` for a download
 * (null: the caller says it itself). Resolves false when cancelled or refused.
 */
export function useSaveFile(): (fileName: string, content: Blob | Uint8Array<ArrayBuffer>, offeredText: string | null, type?: string) => Promise<boolean> {
  const { t } = useTranslation();
  const toasts = useToasts();
  const message = useMessage();
  return async (fileName, content, offeredText, type) => {
    const outcome = await saveFile(fileName, content, type);
    switch (outcome.state) {
      case 'saved':
        toasts.success(t('common.savedAt', { path: outcome.path }));
        return true;
      case 'downloaded':
        if (offeredText) toasts.success(offeredText);
        return true;
      case 'cancelled':
        return false;
      case 'failed':
        toasts.error(errorText(message, outcome.error));
        return false;
    }
  };
}
