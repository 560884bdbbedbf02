import { useTranslation } from 'react-i18next';
import type { CallResult, ExportFileDto } from '../../../../contract';
import { useToasts } from '../../components/toasts';
import { base64ToBytes } from '../../files/file-transfer';
import { useSaveFile } from '../../files/use-save-file';
import { errorText, useMessage } from '../../i18n/messages';

/** Offers an exported file (CSV, vCard) for saving and says so; a refusal becomes an error toast. */
export function useOfferExport(): (result: CallResult<ExportFileDto>) => void {
  const { t } = useTranslation();
  const toasts = useToasts();
  const message = useMessage();
  const saveFile = useSaveFile();
  return (result) => {
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    const { fileName, contentBase64, mimeType } = result.data;
    // Bytes unchanged: keeps Excel's BOM in the CSV.
    void saveFile(fileName, base64ToBytes(contentBase64), t('contacts.export.done', { fileName }), mimeType);
  };
}
