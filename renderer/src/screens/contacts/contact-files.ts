import type { ExportFileDto } from '../../../../contract';
import { base64ToBytes, offerDownload } from '../../files/file-transfer';

/** Offers a file the main side built (CSV, vCard, JSON) as a download, bytes unchanged (keeps Excel's BOM). */
export function offerExportFile(file: ExportFileDto): void {
  offerDownload(file.fileName, base64ToBytes(file.contentBase64), file.mimeType);
}

/** The text of such a file (the disclosure JSON). */
export function exportFileText(file: ExportFileDto): string {
  return new TextDecoder('utf-8').decode(base64ToBytes(file.contentBase64));
}
