import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../contract';
import { useExportFile } from '../../files/use-export-file';

/** Exports contacts (CSV for Excel, vCard for Outlook), streamed to a file, and says so; a refusal becomes an error toast. */
export function useOfferExport(): (input: CallInput<'exports.save'>) => Promise<boolean> {
  const { t } = useTranslation();
  const exportFile = useExportFile();
  return (input) => exportFile(input, (fileName) => t('contacts.export.done', { fileName }));
}
