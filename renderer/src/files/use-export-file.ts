import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../contract';
import { useApi } from '../api/api-context';
import { useToasts } from '../components/toasts';
import { errorText, useMessage } from '../i18n/messages';
import { offerUrl } from './file-transfer';

/**
 * `exportFile(input, offeredText)`: a streamed export (`exports.save`). The desktop app asks where
 * in its save dialog and writes there ("Gespeichert unter …"); the browser downloads from the
 * one-time address and `offeredText(fileName)` says so. Resolves false when cancelled or refused.
 */
export function useExportFile(): (input: CallInput<'exports.save'>, offeredText: (fileName: string) => string) => Promise<boolean> {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  return async (input, offeredText) => {
    const result = await api.call('exports.save', input);
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return false;
    }
    const outcome = result.data;
    switch (outcome.state) {
      case 'saved':
        toasts.success(t('common.savedAt', { path: outcome.path }));
        return true;
      case 'download':
        offerUrl(outcome.url, outcome.fileName);
        toasts.success(offeredText(outcome.fileName));
        return true;
      case 'cancelled':
        return false;
    }
  };
}
