import validate from '@ooxml-tools/validate';
import { describe, expect, it } from 'vitest';
import type { ContactDto } from '../../contract/contacts';
import { tinyPng } from '../testing/fixtures';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { HAMBURG_SUPERVISORY_AUTHORITY } from '../../contract/settings';
import { disclosureSettingsGaps } from './art15-information';
import { buildDisclosure } from './disclosure-builder';

const contact: ContactDto = {
  id: 7,
  salutation: 'Frau',
  title: 'Dr.',
  firstName: 'Ayşe',
  lastName: 'Özdemir',
  function: 'Sprecherin',
  fraktion: '',
  organizations: [{ id: 1, name: 'Moschee-Gemeinde Harburg' }],
  emails: ['a.oezdemir@example.org', 'ayse@example.org'],
  phones: [{ kind: 'mobile', number: '0170 555' }],
  street: 'Schloßmühlendamm 1',
  postalCode: '21073',
  city: 'Hamburg',
  languages: ['Türkisch', 'Deutsch'],
  categories: ['Integrationsrat'],
  notes: 'Erste Zeile\nZweite Zeile',
  consentPurpose: 'Einladungen zur Integrationskonferenz',
  consentDate: '2024-03-01',
  consentHow: 'schriftlich',
  consentWithdrawnOn: null,
  department: 'Gemeindearbeit',
  street2: '',
  country: '',
  privateStreet: 'Lämmertwiete 4',
  privatePostalCode: '21073',
  privateCity: 'Hamburg',
  privateCountry: '',
  website: '',
  birthday: '1975-06-02',
  erasedAt: null,
  memberships: [
    { id: 3, contactId: 7, contactName: 'Ayşe Özdemir', bodyId: 2, bodyName: 'Harburger Integrationsrat', role: 'chair', from: '2024-01-01', to: null, current: true },
    { id: 4, contactId: 7, contactName: 'Ayşe Özdemir', bodyId: 3, bodyName: 'AG Sprache', role: 'member', from: '2020-01-01', to: '2023-12-31', current: false },
  ],
  origin: 'Import aus „Outlook-Export.csv“ am 01.01.2024',
  createdAt: '2024-01-01T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

const controller = {
  districtName: 'Bezirksamt Harburg',
  officeName: 'Fachamt Sozialraummanagement',
  officeAddress: 'Harburger Rathausplatz 4\n21073 Hamburg',
  officePhone: '040 42871-0',
  officeEmail: 'integration@harburg.hamburg.de',
  dataProtectionOfficer: 'Datenschutzbeauftragte des Bezirksamts Harburg\nHarburger Rathausplatz 1\n21073 Hamburg\ndatenschutz@harburg.hamburg.de',
  supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
};

const input = {
  controller,
  issuedOn: '2026-11-26',
  contact,
  organizations: [{ id: 1, name: 'Moschee-Gemeinde Harburg', kind: 'religionsgemeinschaft' as const, street: 'Am Markt 2', postalCode: '21073', city: 'Hamburg', email: '', phone: '', website: '', contactCount: 1 }],
};

const textsOf = async (document: Parameters<typeof pack>[0]) => paragraphTexts((await pack(document)).xml);

describe('the DSGVO disclosure (Auskunft)', () => {
  it('is a letter of the day it is made, to the person, with every stored detail', async () => {
    const { xml } = await pack(buildDisclosure(input));
    const texts = paragraphTexts(xml);
    expect(texts).toEqual(expect.arrayContaining(['Datum: 26.11.2026', 'Auskunft nach Art. 15 DSGVO über die zu Ihrer Person gespeicherten Daten', 'Sehr geehrte Frau Dr. Özdemir,']));
    expect(texts).toContain('Frau\nDr. Ayşe Özdemir\nSchloßmühlendamm 1\n21073 Hamburg');
    expect(texts.some((text) => text.includes('nach dem Stand vom 26. November 2026'))).toBe(true);
    const facts = paragraphsXml(xml).filter((p) => styleOf(p) === 'LbwFacts').map(paragraphText);
    expect(facts).toEqual(
      expect.arrayContaining([
        'Nachname\tÖzdemir',
        'E-Mail\ta.oezdemir@example.org',
        'E-Mail\tayse@example.org',
        'Mobil\t0170 555',
        'Anschrift\tSchloßmühlendamm 1, 21073 Hamburg',
        'Abteilung\tGemeindearbeit',
        'Anschrift privat\tLämmertwiete 4, 21073 Hamburg',
        'Geburtstag\t02.06.1975',
        'Zweck\tEinladungen zur Integrationskonferenz',
        'Erteilt am\t01.03.2024',
      ]),
    );
    // A membership that has ended says until when; a current one since when.
    expect(texts).toEqual(expect.arrayContaining(['Erste Zeile\nZweite Zeile', 'Harburger Integrationsrat', 'Vorsitz', 'seit 01.01.2024', '01.01.2020 bis 31.12.2023 (beendet)', 'Moschee-Gemeinde Harburg']));
  });

  it('names the controller and the data-protection officer from the settings', async () => {
    const texts = await textsOf(buildDisclosure(input));
    expect(texts).toContain('1. Verantwortliche Stelle und Datenschutzbeauftragte');
    expect(texts).toContain('Bezirksamt Harburg\nFachamt Sozialraummanagement\nHarburger Rathausplatz 4\n21073 Hamburg\nTelefon 040 42871-0\nE-Mail integration@harburg.hamburg.de');
    expect(texts).toContain(controller.dataProtectionOfficer);
  });

  it('contains every item of Art. 15 (1) a–h and (2)', async () => {
    const texts = await textsOf(buildDisclosure(input));
    const item = (headingText: string, body: RegExp) => {
      const at = texts.indexOf(headingText);
      expect(at, headingText).toBeGreaterThan(-1);
      const next = texts.slice(at + 1).findIndex((text) => /^([a-h]\)|Übermittlung in Drittländer|Wenn Sie Fragen)/.test(text));
      expect(texts.slice(at + 1, at + 1 + next).join('\n'), headingText).toMatch(body);
    };
    item('a) Zwecke der Verarbeitung', /Integrationsarbeit[\s\S]*„Einladungen zur Integrationskonferenz“[\s\S]*Art\. 6 Abs\. 1 Satz 1 lit\. a DSGVO/);
    item('b) Kategorien personenbezogener Daten', /Kontaktdaten \(E-Mail-Adresse, Telefonnummer, Anschrift, Privatanschrift\)[\s\S]*Funktion und Abteilung[\s\S]*Geburtsdatum[\s\S]*religiöse Überzeugung/);
    item('c) Empfänger', /Beschäftigte der Dienststelle \(Bezirksamt Harburg, Fachamt Sozialraummanagement\)[\s\S]*Mitglieder der Gremien/);
    item('d) Dauer der Speicherung', /solange sie für die genannten Zwecke erforderlich sind[\s\S]*widerrufen/);
    item('e) Ihre Rechte', /Berichtigung[\s\S]*Löschung[\s\S]*Einschränkung[\s\S]*Widerspruch[\s\S]*Widerruf Ihrer Einwilligung/);
    item('f) Beschwerderecht bei der Aufsichtsbehörde', /Art\. 77 DSGVO[\s\S]*Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit\nLudwig-Erhard-Str\. 22\n20459 Hamburg/);
    item('g) Herkunft der Daten', /am 01\.01\.2024 in die Kontaktverwaltung aufgenommen[\s\S]*Herkunft der Angaben laut Kontaktverwaltung: Import aus „Outlook-Export\.csv“ am 01\.01\.2024\.[\s\S]*Einwilligung haben Sie am 01\.03\.2024 erteilt \(Art der Erteilung: schriftlich\)/);
    item('h) Automatisierte Entscheidungsfindung', /findet nicht statt/);
    item('Übermittlung in Drittländer (Art. 15 Abs. 2 DSGVO)', /nicht in Länder außerhalb der Europäischen Union/);
  });

  it('addresses the letter with the second address line and a country outside Germany; names only the data that is stored', async () => {
    const abroad = { ...contact, street2: 'c/o Bürgerhaus', country: 'Polen', privateStreet: '', privatePostalCode: '', privateCity: '', birthday: null, department: '' };
    const texts = await textsOf(buildDisclosure({ ...input, contact: abroad }));
    expect(texts).toContain('Frau\nDr. Ayşe Özdemir\nSchloßmühlendamm 1\nc/o Bürgerhaus\n21073 Hamburg\nPolen');
    const all = texts.join('\n');
    expect(all).toContain('Kontaktdaten (E-Mail-Adresse, Telefonnummer, Anschrift)');
    expect(all).not.toMatch(/Geburtsdatum|Privatanschrift|Abteilung/);
    const inGermany = await textsOf(buildDisclosure({ ...input, contact: { ...abroad, country: 'Deutschland' } }));
    expect(inGermany).toContain('Frau\nDr. Ayşe Özdemir\nSchloßmühlendamm 1\nc/o Bürgerhaus\n21073 Hamburg');
  });

  it('says under (g) that the origin was not recorded for an entry from before it was (issue 13)', async () => {
    const texts = await textsOf(buildDisclosure({ ...input, contact: { ...contact, origin: '' } }));
    expect(texts).toContain('Woher die Angaben stammen, wurde vor dieser Version der Kontaktverwaltung nicht festgehalten. Soweit Sie uns die Angaben nicht selbst mitgeteilt haben, hat die Dienststelle sie erfasst oder aus einer Kontaktliste übernommen.');
    expect(texts.join('\n')).not.toContain('laut Kontaktverwaltung');
  });

  it('says so when there is no consent and no membership, and then claims no consent', async () => {
    const texts = await textsOf(buildDisclosure({ ...input, contact: { ...contact, consentPurpose: '', consentDate: null, consentHow: '', memberships: [] } }));
    expect(texts).toEqual(expect.arrayContaining(['Es ist keine Einwilligung gespeichert.', 'Keine Mitgliedschaften gespeichert.']));
    expect(texts.join('\n')).not.toMatch(/Widerruf Ihrer Einwilligung|lit\. a DSGVO/);
  });

  it('lists a meeting after the day of the Auskunft as planned (invitation), never as attended', async () => {
    const title = '13. Sitzung – Harburger Integrationsrat';
    const texts = await textsOf(
      buildDisclosure({
        ...input,
        meetings: [
          { date: '2025-03-12', title: '7. Sitzung – Harburger Integrationsrat', roles: ['anwesend', 'Vorsitz'] },
          // An old file may still say "anwesend" for a future meeting: the letter must not.
          { date: '2026-12-10', title, roles: ['anwesend', 'Vorsitz'] },
        ],
        actionItems: [{ title: 'Einladung übersetzen', meetingDate: '2025-03-12', meetingTitle: '7. Sitzung – Harburger Integrationsrat', dueOn: '2025-04-01', doneOn: null }],
      }),
    );
    expect(texts).toEqual(expect.arrayContaining(['Sitzungen', '12.03.2025', 'anwesend; Vorsitz', 'Vorgesehene Sitzungen (Einladung)', 'Einladung übersetzen', '01.04.2025']));
    expect(texts[texts.indexOf(title) + 1]).toBe('eingeladen; Vorsitz vorgesehen');
    expect(texts[texts.indexOf(title) - 1]).toBe('10.12.2026');
    const none = await textsOf(buildDisclosure(input));
    expect(none).toContain('Sie sind in keiner stattgefundenen Sitzung verzeichnet.');
  });

  it('has no schema errors (Open XML SDK, Microsoft 365 rules), with logo, meetings and tasks', async () => {
    const meetings = [{ date: '2025-03-12', title: '7. Sitzung', roles: ['anwesend'] }, { date: '2027-01-10', title: '9. Sitzung', roles: ['erwartet'] }];
    const { buffer } = await pack(buildDisclosure({ ...input, logo: tinyPng, meetings, actionItems: [{ title: 'Flyer', meetingDate: '2025-03-12', meetingTitle: '7. Sitzung', dueOn: null, doneOn: '2025-04-01' }] }));
    const errors = await validate(new Uint8Array(buffer), 'docx', 'Microsoft365');
    expect(errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`)).toEqual([]);
  }, 60_000);

  it('prints a visible hint where a setting is missing, never a silent gap', async () => {
    const empty = { ...controller, districtName: '', officeAddress: '', dataProtectionOfficer: ' ', supervisoryAuthority: '' };
    expect(disclosureSettingsGaps(controller)).toEqual([]);
    expect(disclosureSettingsGaps(empty)).toEqual([
      'Der Name des Verantwortlichen (Bezirk) fehlt – bitte unter Einstellungen → Bezirk & Geschäftsstelle eintragen.',
      'Die Anschrift des Verantwortlichen fehlt – bitte unter Einstellungen → Bezirk & Geschäftsstelle eintragen.',
      'Die Kontaktangabe der oder des Datenschutzbeauftragten fehlt – bitte unter Einstellungen → Dokumente eintragen.',
      'Die Aufsichtsbehörde für Beschwerden fehlt – bitte unter Einstellungen → Dokumente eintragen.',
    ]);
    const texts = await textsOf(buildDisclosure({ ...input, controller: empty }));
    for (const gap of disclosureSettingsGaps(empty)) expect(texts).toContain(`[${gap}]`);
  });
});
