import type { ContactDto } from '../../../contract';

const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/([,;])/g, '\\$1');

/** Lines longer than 75 octets are folded (RFC 2426), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const PHONE_TYPES = { work: 'WORK,VOICE', mobile: 'CELL,VOICE', home: 'HOME,VOICE', other: 'VOICE' } as const;

/** One vCard 3.0 per contact, UTF-8, CRLF: Outlook, Thunderbird and phones read it. */
export function toVcard(contact: ContactDto): string {
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
