import { Packer } from 'docx';
import type { ExportFileDto, SettingsDto } from '../../../../contract';
import { buildDisclosure, documentFileName, logoFromDto, type DisclosureController, type DisclosureInput } from '../../../../documents';
import type { DocumentLogoDto } from '../../../../contract/documents';
import { offerBlob } from '../../files/file-transfer';
import { DOCX_TYPE } from '../documents/document-files';
import { exportFileText } from './contact-files';

type DisclosureJson = Pick<DisclosureInput, 'contact' | 'organizations' | 'meetings' | 'actionItems'> & { issuedOn?: string; controller?: DisclosureController };

/**
 * The readable Auskunft: the JSON of `contacts.disclosure` through the pure Word builder, packed
 * here (this module is loaded only when asked for, so `docx` stays out of the list screens). The
 * JSON's day and controller are used, so the letter and the JSON say the same.
 */
export async function offerDisclosureDocx(file: ExportFileDto, settings: SettingsDto, today: string, logo: DocumentLogoDto | null): Promise<void> {
  const data = JSON.parse(exportFileText(file)) as DisclosureJson;
  const issuedOn = data.issuedOn ?? today;
  const document = buildDisclosure({ ...data, controller: data.controller ?? settings, issuedOn, logo: logoFromDto(logo) });
  const packed = await Packer.toBlob(document);
  const name = [data.contact.firstName, data.contact.lastName].filter(Boolean).join(' ');
  offerBlob(documentFileName(issuedOn, 'Auskunft', name), new Blob([packed], { type: DOCX_TYPE }));
}
