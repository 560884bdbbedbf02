import { Packer } from 'docx';
import type { ExportFileDto } from '../../../../contract';
import { buildDisclosure, documentFileName, type DisclosureInput } from '../../../../documents';
import { offerBlob } from '../../files/file-transfer';
import { DOCX_TYPE } from '../documents/document-files';
import { exportFileText } from './contact-files';

/**
 * The readable Auskunft: the JSON of `contacts.disclosure` through the pure Word builder, packed
 * here (this module is loaded only when asked for, so `docx` stays out of the list screens).
 */
export async function offerDisclosureDocx(file: ExportFileDto, district: string, issuedOn: string): Promise<void> {
  const data = JSON.parse(exportFileText(file)) as Pick<DisclosureInput, 'contact' | 'organizations' | 'meetings' | 'actionItems'>;
  const document = buildDisclosure({ district, issuedOn, ...data });
  const packed = await Packer.toBlob(document);
  const name = [data.contact.firstName, data.contact.lastName].filter(Boolean).join(' ');
  offerBlob(documentFileName(issuedOn, 'Auskunft', name), new Blob([packed], { type: DOCX_TYPE }));
}
