import type { ExportedContact } from './contact-export-rows';
import { escapeText as escape, foldLine as fold } from '../../../documents/content-lines';

const PHONE_TYPES = { work: 'WORK,VOICE', mobile: 'CELL,VOICE', home: 'HOME,VOICE', other: 'VOICE' } as const;

/** One vCard 3.0 per contact, UTF-8, CRLF: Outlook, Thunderbird and phones read it. */
export function toVcard(contact: ExportedContact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${[contact.lastName, contact.firstName, '', contact.title, ''].map(escape).join(';')}`,
    `FN:${escape([contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' '))}`,
  ];
  if (contact.organizations.length > 0) lines.push(`ORG:${escape(contact.organizations[0]!.name)}`);
  if (contact.function) lines.push(`TITLE:${escape(contact.function)}`);
  contact.emails.forEach((email, index) => lines.push(`EMAIL;TYPE=INTERNET${index === 0 ? ',PREF' : ''}:${escape(email)}`));
  for (const phone of contact.phones) lines.push(`TEL;TYPE=${PHONE_TYPES[phone.kind]}:${escape(phone.number)}`);
  if (contact.street || contact.city || contact.postalCode) {
    lines.push(`ADR;TYPE=WORK:${['', '', contact.street, contact.city, '', contact.postalCode, ''].map(escape).join(';')}`);
  }
  if (contact.categories.length > 0) lines.push(`CATEGORIES:${contact.categories.map(escape).join(',')}`);
  // vCard 3.0 has no place for these; other programs ignore X- properties, our import reads them back.
  if (contact.salutation) lines.push(`X-LBW-SALUTATION:${escape(contact.salutation)}`);
  if (contact.fraktion) lines.push(`X-LBW-FRAKTION:${escape(contact.fraktion)}`);
  if (contact.languages.length > 0) lines.push(`X-LBW-LANGUAGES:${contact.languages.map(escape).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escape(contact.notes)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}
