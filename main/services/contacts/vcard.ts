import type { ExportedContact } from './contact-export-rows';
import { escapeText as escape, foldLine as fold } from '../../../documents/content-lines';

const PHONE_TYPES = { work: 'WORK,VOICE', mobile: 'CELL,VOICE', home: 'HOME,VOICE', other: 'VOICE', fax: 'WORK,FAX' } as const;

/**
 * A property line; a value with characters beyond ASCII says `CHARSET=UTF-8`: vCard 3.0 leaves the
 * charset to the transport, and Outlook then reads the bytes as Windows-1252 ("MÃ¼ller").
 */
function property(name: string, value: string): string {
  return /[\u0080-\uffff]/.test(value) ? `${name};CHARSET=UTF-8:${value}` : `${name}:${value}`;
}

/** One vCard 3.0 per contact, UTF-8 (marked for Outlook), CRLF: Outlook, Thunderbird and phones read it. */
export function toVcard(contact: ExportedContact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    property('N', [contact.lastName, contact.firstName, '', contact.title, ''].map(escape).join(';')),
    property('FN', escape([contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' '))),
  ];
  // ORG: the organisation and, as its unit, the department.
  const organization = contact.organizations[0]?.name ?? '';
  if (organization || contact.department) lines.push(property('ORG', [organization, contact.department].map(escape).join(';').replace(/;$/, '')));
  if (contact.function) lines.push(property('TITLE', escape(contact.function)));
  contact.emails.forEach((email, index) => lines.push(property(`EMAIL;TYPE=INTERNET${index === 0 ? ',PREF' : ''}`, escape(email))));
  for (const phone of contact.phones) lines.push(property(`TEL;TYPE=${PHONE_TYPES[phone.kind]}`, escape(phone.number)));
  // ADR: post box; extended address (the second line); street; city; region; postcode; country.
  if (contact.street || contact.street2 || contact.city || contact.postalCode || contact.country) {
    lines.push(property('ADR;TYPE=WORK', ['', contact.street2, contact.street, contact.city, '', contact.postalCode, contact.country].map(escape).join(';')));
  }
  if (contact.privateStreet || contact.privateCity || contact.privatePostalCode || contact.privateCountry) {
    lines.push(property('ADR;TYPE=HOME', ['', '', contact.privateStreet, contact.privateCity, '', contact.privatePostalCode, contact.privateCountry].map(escape).join(';')));
  }
  if (contact.website) lines.push(property('URL', escape(contact.website)));
  if (contact.birthday) lines.push(`BDAY:${contact.birthday}`);
  if (contact.categories.length > 0) lines.push(property('CATEGORIES', contact.categories.map(escape).join(',')));
  // vCard 3.0 has no place for these; other programs ignore X- properties, our import reads them back.
  if (contact.salutation) lines.push(property('X-LBW-SALUTATION', escape(contact.salutation)));
  if (contact.fraktion) lines.push(property('X-LBW-FRAKTION', escape(contact.fraktion)));
  if (contact.languages.length > 0) lines.push(property('X-LBW-LANGUAGES', contact.languages.map(escape).join(',')));
  if (contact.notes) lines.push(property('NOTE', escape(contact.notes)));
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}
