import { useTranslation } from 'react-i18next';
import type { CallResult, ExportFileDto } from '../../../../contract';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { offerExportFile } from './contact-files';

/** Offers an exported file (CSV, vCard) for saving and says so; a refusal becomes an error toast. */
export function useOfferExport(): (result: CallResult<ExportFileDto>) => void {
  const { t } = useTranslation();
  const toasts = useToasts();
  const message = useMessage();
  return (result) => {
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    offerExportFile(result.data);
    toasts.success(t('contacts.export.done', { fileName: result.data.fileName }));
  };
}
