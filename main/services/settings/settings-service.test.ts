import { describe, expect, it } from 'vitest';
import { HAMBURG_SUPERVISORY_AUTHORITY, HARBURG_MOTION_CONVENTIONS } from '../../../contract/settings';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';

describe('settings', () => {
  it('starts with German and empty office data', async () => {
    const core = await startTestCore();
    expect(await mustCall(core, 'settings.get', {})).toEqual({
      language: 'de',
      districtName: '',
      officeName: '',
      officeAddress: '',
      officePhone: '',
      officeEmail: '',
      dataProtectionOfficer: '',
      supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
      userName: '',
      motionConventions: HARBURG_MOTION_CONVENTIONS,
    });
  });

  it("keeps the district's motion wording in one block, Harburg's until changed, blanks falling back", async () => {
    const core = await startTestCore();
    const altona = { ...HARBURG_MOTION_CONVENTIONS, singleHeading: 'Antrag der Fraktion {name}', actingBody: '' };
    const saved = await mustCall(core, 'settings.update', { motionConventions: altona });
    expect(saved.motionConventions).toEqual({ ...HARBURG_MOTION_CONVENTIONS, singleHeading: 'Antrag der Fraktion {name}' });
  });

  it('a partial update changes only what it names, and survives a restart', async () => {
    const core = await startTestCore();
    await mustCall(core, 'settings.update', { districtName: 'Bezirksamt Harburg', officeEmail: 'buero@example.org' });
    await mustCall(core, 'settings.update', { language: 'en' });
    await core.close();
    const reopened = await startTestCore(core.dataDir);
    expect(await mustCall(reopened, 'settings.get', {})).toMatchObject({
      language: 'en',
      districtName: 'Bezirksamt Harburg',
      officeEmail: 'buero@example.org',
    });
  });

  it('refuses an unknown language and an invalid e-mail at the field, writing nothing', async () => {
    const core = await startTestCore();
    const language = await core.dispatch('settings.update', { language: 'fr' });
    expect(language).toMatchObject({ ok: false, error: { fields: [{ field: 'language' }] } });
    const email = await callOn(core, 'settings.update', { districtName: 'Altona', officeEmail: 'kein-at-zeichen' });
    expect(email).toMatchObject({ ok: false, error: { fields: [{ field: 'officeEmail', messageKey: 'validation.email' }] } });
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ language: 'de', districtName: '' });
  });
});
