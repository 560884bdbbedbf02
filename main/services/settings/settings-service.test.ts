import { describe, expect, it } from 'vitest';
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
      userName: '',
    });
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
