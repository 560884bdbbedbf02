import { describe, expect, it } from 'vitest';
import { HAMBURG_SUPERVISORY_AUTHORITY } from '../../../contract/settings';
import { mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';
import { todayIso } from '../text-compare';

const dayFromToday = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

interface DisclosureJson {
  issuedOn: string;
  controller: { districtName: string; dataProtectionOfficer: string; supervisoryAuthority: string };
  missingSettings: string[];
  meetings: Array<{ date: string; roles: string[]; planned: boolean }>;
  art15: Record<string, unknown>;
}

const parse = (file: { contentBase64: string }) => JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as DisclosureJson;

describe('the Auskunft as JSON (Art. 15 DSGVO)', () => {
  it('carries the controller, every item of Art. 15 (1) a–h and (2), and marks a future meeting as planned', async () => {
    const { core, ag, contacts } = await meetingSetup();
    await mustCall(core, 'settings.update', { districtName: 'Bezirksamt Harburg', officeAddress: 'Harburger Ring 33\n21073 Hamburg', dataProtectionOfficer: 'Datenschutz\ndatenschutz@example.org' });
    await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 1, startsAt: '2021-11-17T18:00' });
    await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 2, startsAt: `${dayFromToday(10)}T18:00` });
    const data = parse(await mustCall(core, 'contacts.disclosure', { id: contacts[1]!.id }));
    expect(data.issuedOn).toBe(todayIso());
    expect(data.controller).toMatchObject({ districtName: 'Bezirksamt Harburg', dataProtectionOfficer: 'Datenschutz\ndatenschutz@example.org', supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY });
    expect(data.missingSettings).toEqual([]);
    expect(Object.keys(data.art15).sort()).toEqual(
      ['automatedDecisions', 'categories', 'complaint', 'legalBasis', 'purposes', 'recipients', 'rights', 'source', 'storagePeriod', 'supervisoryAuthority', 'thirdCountries'].sort(),
    );
    expect(data.art15.supervisoryAuthority).toEqual(['Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', 'Ludwig-Erhard-Str. 22', '20459 Hamburg']);
    expect(data.meetings.map((meeting) => meeting.planned)).toEqual([false, true]);
    expect(data.meetings[1]!.roles).not.toContain('anwesend');
  });

  it('names the settings that are missing, in German', async () => {
    const { core, contacts } = await meetingSetup();
    await mustCall(core, 'settings.update', { districtName: '', dataProtectionOfficer: '' });
    const data = parse(await mustCall(core, 'contacts.disclosure', { id: contacts[0]!.id }));
    expect(data.missingSettings).toEqual(
      expect.arrayContaining([
        'Der Name des Verantwortlichen (Bezirk) fehlt – bitte unter Einstellungen → Bezirk & Geschäftsstelle eintragen.',
        'Die Kontaktangabe der oder des Datenschutzbeauftragten fehlt – bitte unter Einstellungen → Dokumente eintragen.',
      ]),
    );
  });
});
