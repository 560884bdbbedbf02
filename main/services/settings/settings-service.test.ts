import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallInput, CallName } from '../../../contract';
import { HAMBURG_SUPERVISORY_AUTHORITY, HARBURG_MOTION_CONVENTIONS } from '../../../contract/settings';
import { AppSettingEntity } from '../../../database/entities';
import { startAppCore, type AppCore } from '../../core/app-core';
import { personalSettingsFile } from '../../core/personal-settings-file';
import type { Platform } from '../../core/platform';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { tempDir } from '../../../test-support/temp-dir';
import { POSTGRES_TEST_LOGIN_NAME } from '../../../test-support/postgres-engine-setup';
import { testEngine } from '../../../test-support/test-engine';
import { silentLogger } from '../logger';
import { readLocalConfig } from '../maintenance/local-config';

const opened: AppCore[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

/** A person at a PC: their own settings folder (Electron's userData, browser mode's --user-dir). */
async function startAs(dataDir: string, userDir: string | undefined, osUserName = 'kollegin'): Promise<AppCore> {
  const platform: Platform = { transport: 'browser', osUserName, osFullName: async () => '', personalSettingsDir: userDir, openExternal: async () => false };
  const core = await startAppCore({ dataDir, appVersion: '0.0.0-test', platform, logger: silentLogger });
  opened.push(core);
  return core;
}

async function closeAll() {
  for (const core of opened.splice(0)) await core.close();
}

const must = async <N extends CallName>(core: AppCore, name: N, input: CallInput<N>) => mustCall(core, name, input);

async function changeStatusOfNewMeasure(core: AppCore) {
  const edition = await must(core, 'editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024 });
  const field = await must(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Zusammenleben', shortCode: 'ZL' });
  const measure = await must(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title: 'Sommerfest' });
  await must(core, 'measures.changeStatus', { measureIds: [measure.id], toStatus: 'in_review', changedOn: '2022-05-04', reason: '', drucksache: '' });
  return (await must(core, 'measures.get', { id: measure.id })).history.at(-1)!.enteredBy;
}

describe('settings', () => {
  it('starts with German and empty office data; the name defaults to the operating system’s', async () => {
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
      defaultUserName: expect.any(String),
      // On the shared server the login names every change (issue 19); on one PC there is none.
      loginName: testEngine === 'postgres' ? POSTGRES_TEST_LOGIN_NAME : '',
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

describe('personal settings: name and language per person, not in the shared data', () => {
  it('two people on one data folder keep their own name and language; the district is shared; history names who entered it', async () => {
    const dataDir = tempDir();
    const [anna, bernd] = [tempDir(), tempDir()];

    const first = await startAs(dataDir, anna);
    await must(first, 'settings.update', { userName: 'Anna Becker', language: 'en', districtName: 'Bezirksamt Harburg' });
    expect(await changeStatusOfNewMeasure(first)).toBe('Anna Becker');
    await closeAll();

    const second = await startAs(dataDir, bernd);
    expect(await must(second, 'settings.get', {})).toMatchObject({ userName: '', language: 'de', districtName: 'Bezirksamt Harburg' });
    await must(second, 'settings.update', { userName: 'Bernd Yilmaz', language: 'de' });
    expect(await changeStatusOfNewMeasure(second)).toBe('Bernd Yilmaz');
    await closeAll();

    expect(await must(await startAs(dataDir, anna), 'settings.get', {})).toMatchObject({ userName: 'Anna Becker', language: 'en' });
    await closeAll();
    expect(await must(await startAs(dataDir, bernd), 'settings.get', {})).toMatchObject({ userName: 'Bernd Yilmaz', language: 'de' });
    // Nothing personal went into the shared file.
    const rows = await opened[0]!.database!.query<Array<{ key: string }>>('SELECT key FROM app_setting');
    expect(rows.map((row) => row.key)).not.toEqual(expect.arrayContaining(['userName']));
    expect(rows.map((row) => row.key)).not.toContain('language');
  });

  it('without a user folder keeps one file per operating-system user beside the data', async () => {
    const dataDir = tempDir();
    await must(await startAs(dataDir, undefined, 'anna'), 'settings.update', { userName: 'Anna Becker' });
    await closeAll();
    expect(fs.existsSync(path.join(dataDir, 'Benutzer', 'anna.json'))).toBe(true);
    expect((await must(await startAs(dataDir, undefined, 'bernd'), 'settings.get', {})).userName).toBe('');
    expect(personalSettingsFile(dataDir, { osUserName: 'BEZIRK\\a.becker' })).toBe(path.join(dataDir, 'Benutzer', 'BEZIRK_a.becker.json'));
  });

  it('uses the operating system’s full name until a name is saved, else the login name', async () => {
    const dataDir = tempDir();
    const platform: Platform = { transport: 'browser', osUserName: 'abecker', osFullName: async () => 'Anna Becker', personalSettingsDir: tempDir(), openExternal: async () => false };
    const core = await startAppCore({ dataDir, appVersion: '0.0.0-test', platform, logger: silentLogger });
    opened.push(core);
    expect(await must(core, 'settings.get', {})).toMatchObject({ userName: '', defaultUserName: 'Anna Becker' });
    expect(await changeStatusOfNewMeasure(core)).toBe('Anna Becker');
    await closeAll();
    const login = await startAs(dataDir, tempDir(), 'byilmaz');
    expect(await must(login, 'settings.get', {})).toMatchObject({ defaultUserName: 'byilmaz' });
  });

  it('takes a name and language stored in the database over once, for the first person only, and removes them there', async () => {
    const dataDir = tempDir();
    const old = await startAs(dataDir, tempDir());
    await old.database!.write((manager) =>
      manager.getRepository(AppSettingEntity).save([
        { key: 'userName', value: JSON.stringify('Frau Yılmaz') },
        { key: 'language', value: JSON.stringify('en') },
      ]),
    );
    await closeAll();

    const first = await startAs(dataDir, tempDir());
    expect(await must(first, 'settings.get', {})).toMatchObject({ userName: 'Frau Yılmaz', language: 'en' });
    expect(await first.database!.query('SELECT key FROM app_setting WHERE key IN (\'userName\', \'language\')')).toEqual([]);
    await closeAll();
    expect(await must(await startAs(dataDir, tempDir()), 'settings.get', {})).toMatchObject({ userName: '', language: 'de' });
  });

  it('a language row in the database does not switch anyone who has personal settings', async () => {
    const dataDir = tempDir();
    const core = await startAs(dataDir, tempDir());
    await must(core, 'settings.update', { language: 'de' });
    await core.database!.write((manager) => manager.getRepository(AppSettingEntity).save({ key: 'language', value: JSON.stringify('en') }));
    expect((await must(core, 'settings.get', {})).language).toBe('de');
  });
});

describe('settings.save: one save for the whole screen, all or nothing', () => {
  const backups = { folder: '', keepDaily: 10, keepWeekly: 2, keepManualMonths: 3 };

  it('saves shared, personal and backup settings together', async () => {
    const dataDir = tempDir();
    const core = await startAs(dataDir, tempDir());
    const saved = await must(core, 'settings.save', { settings: { districtName: 'Bezirksamt Altona', userName: 'Anna Becker', language: 'en' }, backups });
    expect(saved.settings).toMatchObject({ districtName: 'Bezirksamt Altona', userName: 'Anna Becker', language: 'en' });
    expect(saved.backups).toMatchObject({ keepDaily: 10, keepWeekly: 2, keepManualMonths: 3 });
    expect(readLocalConfig(dataDir)).toMatchObject({ keepDaily: 10 });
  });

  it('a personal folder that cannot be written: says so, and nothing shared or backup is saved', async () => {
    const dataDir = tempDir();
    const blocked = path.join(tempDir(), 'keine-ordner');
    fs.writeFileSync(blocked, 'eine Datei, kein Ordner');
    const core = await startAs(dataDir, blocked);
    const result = await callOn(core, 'settings.save', { settings: { districtName: 'Bezirksamt Altona', userName: 'Anna Becker' }, backups });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'settings.errors.personalNotSaved' } });
    expect(await must(core, 'settings.get', {})).toMatchObject({ districtName: '', userName: '' });
    expect(readLocalConfig(dataDir)).toMatchObject({ keepDaily: 7, keepWeekly: 4, keepManualMonths: 0 });
  });

  it('a database that refuses the write: says so, and the personal file and backup settings stay as they were', async () => {
    const dataDir = tempDir();
    const userDir = tempDir();
    const core = await startAs(dataDir, userDir);
    await must(core, 'settings.update', { userName: 'Anna Becker' });
    vi.spyOn(core.database!, 'write').mockRejectedValueOnce(new Error('SQLITE_FULL: database or disk is full'));
    const result = await callOn(core, 'settings.save', { settings: { districtName: 'Bezirksamt Altona', userName: 'Anna B.', language: 'en' }, backups });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'settings.errors.sharedNotSaved' } });
    expect(await must(core, 'settings.get', {})).toMatchObject({ districtName: '', userName: 'Anna Becker', language: 'de' });
    expect(readLocalConfig(dataDir)).toMatchObject({ keepDaily: 7 });
    expect(fs.readdirSync(userDir)).toEqual(['persoenliche-einstellungen.json']);
  });

  it('a refused backup folder answers at its field and saves nothing else', async () => {
    const core = await startAs(tempDir(), tempDir());
    const result = await callOn(core, 'settings.save', { settings: { districtName: 'Bezirksamt Altona', userName: 'Anna' }, backups: { ...backups, folder: 'relativ/pfad' } });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ field: 'backups.folder', messageKey: 'backups.errors.folderNotAbsolute' }] } });
    expect(await must(core, 'settings.get', {})).toMatchObject({ districtName: '', userName: '' });
  });

  it('field errors of every part come back at their place', async () => {
    const core = await startAs(tempDir(), tempDir());
    const result = await core.dispatch('settings.save', { settings: { officeEmail: 'kein-at', language: 'fr' }, backups: { ...backups, keepDaily: 0 } });
    expect(result).toMatchObject({ ok: false });
    const fields = !result.ok ? result.error.fields.map((item) => item.field) : [];
    expect(fields).toEqual(expect.arrayContaining(['settings.officeEmail', 'settings.language', 'backups.keepDaily']));
  });
});
