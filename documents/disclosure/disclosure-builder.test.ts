import { describe, expect, it } from 'vitest';
import type { ContactDto } from '../../contract/contacts';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
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
  erasedAt: null,
  memberships: [
    { id: 3, contactId: 7, contactName: 'Ayşe Özdemir', bodyId: 2, bodyName: 'Harburger Integrationsrat', role: 'chair', from: '2024-01-01', to: null, current: true },
  ],
  createdAt: '2024-01-01T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

const input = {
  district: 'Bezirksamt Harburg',
  issuedOn: '2026-11-26',
  contact,
  organizations: [{ id: 1, name: 'Moschee-Gemeinde Harburg', kind: 'religionsgemeinschaft' as const, street: 'Am Markt 2', postalCode: '21073', city: 'Hamburg', contactCount: 1 }],
};

describe('the DSGVO disclosure (Auskunft)', () => {
  it('names the person, the date and every stored detail', async () => {
    const { xml } = await pack(buildDisclosure(input));
    const texts = paragraphTexts(xml);
    expect(texts).toContain('Auskunft nach Art. 15 DSGVO');
    expect(texts).toContain('Gespeicherte Daten zu Dr. Ayşe Özdemir, Stand 26. November 2026.');
    const facts = paragraphsXml(xml).filter((p) => styleOf(p) === 'LbwFacts').map(paragraphText);
    expect(facts).toEqual(
      expect.arrayContaining([
        'Nachname\tÖzdemir',
        'E-Mail\ta.oezdemir@example.org',
        'E-Mail\tayse@example.org',
        'Mobil\t0170 555',
        'Anschrift\tSchloßmühlendamm 1, 21073 Hamburg',
        'Zweck\tEinladungen zur Integrationskonferenz',
        'Erteilt am\t01.03.2024',
      ]),
    );
    expect(texts).toEqual(expect.arrayContaining(['Erste Zeile\nZweite Zeile', 'Harburger Integrationsrat', 'Vorsitz', '01.01.2024 – heute', 'Moschee-Gemeinde Harburg']));
  });

  it('says so when there is no consent and no membership', async () => {
    const { xml } = await pack(buildDisclosure({ ...input, contact: { ...contact, consentPurpose: '', consentDate: null, consentHow: '', memberships: [] } }));
    expect(paragraphTexts(xml)).toEqual(expect.arrayContaining(['Es ist keine Einwilligung gespeichert.', 'Keine Mitgliedschaften gespeichert.']));
  });

  it('lists the meetings that name the person and the tasks given to them', async () => {
    const { xml } = await pack(
      buildDisclosure({
        ...input,
        meetings: [{ date: '2025-03-12', title: '7. Sitzung – Harburger Integrationsrat', roles: ['anwesend', 'Vorsitz'] }],
        actionItems: [{ title: 'Einladung übersetzen', meetingDate: '2025-03-12', meetingTitle: '7. Sitzung – Harburger Integrationsrat', dueOn: '2025-04-01', doneOn: null }],
      }),
    );
    expect(paragraphTexts(xml)).toEqual(
      expect.arrayContaining(['Sitzungen und Aufgaben', '12.03.2025', '7. Sitzung – Harburger Integrationsrat', 'anwesend, Vorsitz', 'Einladung übersetzen', '01.04.2025']),
    );
    const { xml: none } = await pack(buildDisclosure(input));
    expect(paragraphTexts(none)).toContain('Die Person ist in keiner Sitzung verzeichnet.');
  });
});
