import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import type { Api } from '../../api/api';
import { HAMBURG_SUPERVISORY_AUTHORITY, HARBURG_MOTION_CONVENTIONS } from '../../../../contract/settings';
import { applyLanguage } from '../../i18n/i18n';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { SettingsScreen } from './SettingsScreen';

/** A real core whose settings name Harburg, with one manual backup. */
async function harburg() {
  const api = await realApi();
  await api.must('settings.update', { districtName: 'Bezirksamt Harburg' });
  await api.must('backups.create', {});
  return api;
}

async function show(api: Api & Pick<RealApi, 'settings' | 'status'>, real: RealApi = api as RealApi) {
  const user = userEvent.setup();
  const rendered = renderScreen(<SettingsScreen />, { api, settings: await real.settings(), status: await real.status() });
  await screen.findByLabelText('Bezirk');
  return { user, ...rendered };
}

async function setup() {
  const api = await harburg();
  return { api, ...(await show(api)) };
}

/** The main side refuses the save with `messageKey` (a refusal the core gives only on a broken disk). */
function refusingSave(api: RealApi, messageKey: string): Api & Pick<RealApi, 'settings' | 'status'> {
  return {
    settings: api.settings,
    status: api.status,
    call: (async (name: string, input: unknown) =>
      name === 'settings.save' ? { ok: false, error: { code: 'rejected', messageKey, params: { file: 'C:\\Users\\anna\\AppData\\Roaming\\Leitbild-Werkstatt\\persoenliche-einstellungen.json' }, fields: [] } } : api.call(name as never, input as never)) as Api['call'],
  };
}

const save = () => screen.getByRole('button', { name: 'Speichern' });
/** Typing into the screen's one long form takes a few seconds on a busy machine. */
const SLOW = 20_000;

afterEach(async () => {
  await applyLanguage('de');
});

describe('Einstellungen: one form, one Speichern', () => {
  it('groups the settings in four sections with one save button, the backups below, without accessibility problems', async () => {
    const { container } = await setup();
    expect(await screen.findByRole('table', { name: '1 Sicherung, die neueste zuerst' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Bezirk & Geschäftsstelle',
      'Dokumente',
      'Datensicherung',
      'Persönlich',
      'Sicherungen verwalten',
    ]);
    expect(screen.getAllByRole('button', { name: /speichern/i }).map((button) => button.textContent)).toEqual(['Speichern']);
    expect(screen.getByText('Nur für Sie auf diesem PC. Ihre Kolleginnen und Kollegen behalten ihre eigenen Angaben.')).toBeInTheDocument();
    const jump = screen.getByRole('navigation', { name: 'Springen zu' });
    expect(within(jump).getAllByRole('button').map((button) => button.textContent)).toEqual(['Bezirk & Geschäftsstelle', 'Dokumente', 'Datensicherung', 'Persönlich']);
    expect(await axeViolations(container)).toEqual([]);
  }, SLOW);

  it('saves district, documents, backup and personal settings with one click, then says „Gespeichert“ and switches the language', async () => {
    const { api, user, container } = await setup();
    const district = screen.getByLabelText('Bezirk');
    await user.clear(district);
    await user.type(district, 'Bezirksamt Altona ');
    await user.type(screen.getByLabelText('Anschrift'), 'Platz der Republik 1{Enter}22765 Hamburg');
    expect(screen.getByText('Fehlt – ohne diese Angabe ist die Auskunft nach Art. 15 DSGVO unvollständig.')).toBeInTheDocument();
    expect(screen.getByLabelText('Aufsichtsbehörde für Beschwerden')).toHaveValue(HAMBURG_SUPERVISORY_AUTHORITY);
    await user.type(screen.getByLabelText('Datenschutzbeauftragte oder Datenschutzbeauftragter'), 'Datenschutzbeauftragte{Enter}datenschutz@altona.hamburg.de');
    const item = screen.getByLabelText(/^Eine Fraktion in der Aufzählung/);
    await user.clear(item);
    await user.type(item, '{{name}');
    await user.type(screen.getByLabelText('Tägliche Sicherungen behalten'), '{Backspace}10');
    await user.type(screen.getByLabelText('Ihr Name'), 'Anna Becker');
    await user.selectOptions(screen.getByLabelText('Sprache'), 'en');
    // Nothing is switched or stored before "Speichern".
    expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByText('Nicht gespeicherte Änderungen')).toBeInTheDocument();
    expect(api.callsOf('settings.save')).toEqual([]);

    await user.click(save());

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(api.callsOf('settings.save')).toHaveLength(1);
    expect(await api.settings()).toMatchObject({
      districtName: 'Bezirksamt Altona',
      officeAddress: 'Platz der Republik 1\n22765 Hamburg',
      dataProtectionOfficer: 'Datenschutzbeauftragte\ndatenschutz@altona.hamburg.de',
      motionConventions: { ...HARBURG_MOTION_CONVENTIONS, jointItem: '{name}' },
      userName: 'Anna Becker',
      language: 'en',
    });
    expect(await api.must('backups.overview', {})).toMatchObject({ keepDaily: 10 });
    // The stored (trimmed) value comes back into the form.
    await waitFor(() => expect(screen.getByLabelText('District')).toHaveValue('Bezirksamt Altona'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['District & office', 'Documents', 'Backup', 'Personal', 'Manage backups']);
    expect(await axeViolations(container)).toEqual([]);
  }, SLOW);

  it('sends only what changed: a new name does not check the backup folder again', async () => {
    const { api, user } = await setup();
    await user.type(screen.getByLabelText('Ihr Name'), 'Bernd Yilmaz');
    await user.click(save());
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(api.callsOf('settings.save')).toEqual([{ settings: { userName: 'Bernd Yilmaz' } }]);
  }, SLOW);

  it('names the operating system’s name that is used while the field is empty', async () => {
    const { api } = await setup();
    const { defaultUserName } = await api.settings();
    const name = screen.getByLabelText('Ihr Name');
    expect(name).toHaveValue('');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Erscheint in Statusverläufen, Notizen und Protokollkorrekturen als „eingetragen von“.'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`Bleibt das Feld leer, wird Ihr Name aus der Windows-Anmeldung verwendet: ${defaultUserName}.`));
  }, SLOW);

  it('shows an invalid e-mail address at the field and saves nothing, not even the personal part', async () => {
    const { api, user } = await setup();
    await user.type(screen.getByLabelText('E-Mail'), 'integration-at-harburg');
    await user.type(screen.getByLabelText('Ihr Name'), 'Anna Becker');
    await user.click(save());
    const email = screen.getByLabelText('E-Mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine gültige E-Mail-Adresse ein'));
    await waitFor(() => expect(email).toHaveFocus());
    expect(screen.queryByText('Gespeichert')).not.toBeInTheDocument();
    expect(await api.settings()).toMatchObject({ officeEmail: '', userName: '' });
  }, SLOW);

  it('says which part could not be saved, keeps the language and does not report success', async () => {
    const api = await harburg();
    const { user } = await show(refusingSave(api, 'settings.errors.personalNotSaved'), api);
    await user.type(screen.getByLabelText('Ihr Name'), 'Anna Becker');
    await user.selectOptions(screen.getByLabelText('Sprache'), 'en');
    await user.click(save());
    const refusal = await screen.findByText(/^Ihre persönlichen Einstellungen \(Name und Sprache\) konnten auf diesem PC nicht gespeichert werden/);
    expect(refusal.closest('[role="alert"]')).not.toBeNull();
    expect(refusal).toHaveTextContent('Es wurde nichts gespeichert.');
    expect(screen.queryByText('Gespeichert')).not.toBeInTheDocument();
    expect(screen.getByText('Nicht gespeicherte Änderungen')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByLabelText('Ihr Name')).toHaveValue('Anna Becker');
  }, SLOW);

  it("shows Harburg's motion wording and a live example of another district's", async () => {
    const { user } = await setup();
    expect(screen.getByLabelText(/^Wer gebeten wird zu handeln/)).toHaveValue('Die Bezirksamtsleitung');
    expect(screen.getByText('Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion')).toBeInTheDocument();
    const joint = screen.getByLabelText(/^Überschrift, mehrere Fraktionen/);
    await user.clear(joint);
    await user.type(joint, 'Interfraktioneller Antrag der Fraktionen {{fraktionen}');
    const item = screen.getByLabelText(/^Eine Fraktion in der Aufzählung/);
    await user.clear(item);
    await user.type(item, '{{name}');
    expect(screen.getByText('Interfraktioneller Antrag der Fraktionen SPD, GRÜNE und CDU')).toBeInTheDocument();
  }, SLOW);
});

describe('Einstellungen on the shared database (issue 19)', () => {
  it("shows the login's name instead of a field for one: on the server the login names every change", async () => {
    const api = await harburg();
    renderScreen(<SettingsScreen />, { api, settings: { ...(await api.settings()), loginName: 'Anna Becker' }, status: await api.status() });
    await screen.findByLabelText('Bezirk');
    expect(screen.queryByLabelText(/^Ihr Name/)).not.toBeInTheDocument();
    expect(screen.getByText('Ihr Name in der gemeinsamen Datenbank: Anna Becker.')).toBeInTheDocument();
    // Backups are IT's on the server: a sentence instead of a folder, and no backup tools.
    expect(screen.getByText(/Sicherungen und Wiederherstellung macht dort die IT/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Sicherungsordner/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sicherungen verwalten' })).not.toBeInTheDocument();
    expect(api.callsOf('backups.overview')).toHaveLength(0);
    // The district's settings are saved as on one PC.
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Bezirk'));
    await user.type(screen.getByLabelText('Bezirk'), 'Bezirksamt Wandsbek');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect((await api.must('settings.get', {})).districtName).toBe('Bezirksamt Wandsbek'));
    expect(api.callsOf('settings.save').at(-1)).toEqual({ settings: { districtName: 'Bezirksamt Wandsbek' } });
  });
});

