import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import type { Api } from '../../api/api';
import { HAMBURG_SUPERVISORY_AUTHORITY } from '../../../../contract/settings';
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

async function setup() {
  const api = await harburg();
  const user = userEvent.setup();
  return { api, user, ...renderScreen(<SettingsScreen />, { api, settings: await api.settings(), status: await api.status() }) };
}

/**
 * The connection drops when the language is stored: a transport failure the core cannot give,
 * so this one call of the real Api is answered with it.
 */
function offlineOn(api: RealApi, name: 'settings.update'): Api {
  return {
    call: (async (called: string, input: unknown) =>
      called === name ? { ok: false, error: { code: 'unavailable', messageKey: 'errors.network', fields: [] } } : api.call(called as never, input as never)) as Api['call'],
  };
}

describe('Einstellungen', () => {
  it('switches the language at once, stores it and keeps <html lang> in step', async () => {
    const { api, user, container } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    const select = screen.getByLabelText('Sprache der Oberfläche');
    expect(select).toHaveValue('de');

    await user.selectOptions(select, 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect((await api.settings()).language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Interface language')).toHaveValue('en');
    expect(screen.getByText('The interface is now in English.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Interface language'), 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    await waitFor(async () => expect((await api.settings()).language).toBe('de'));
  });

  it('keeps the language when storing it fails', async () => {
    const api = await harburg();
    const user = userEvent.setup();
    renderScreen(<SettingsScreen />, { api: offlineOn(api, 'settings.update'), settings: await api.settings(), status: await api.status() });
    await user.selectOptions(screen.getByLabelText('Sprache der Oberfläche'), 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zur Leitbild-Werkstatt.');
    expect(screen.getByLabelText('Sprache der Oberfläche')).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect((await api.settings()).language).toBe('de');
  });

  it('saves district and office details', async () => {
    const { api, user } = await setup();
    const district = screen.getByLabelText('Bezirk');
    expect(district).toHaveValue('Bezirksamt Harburg');
    await user.clear(district);
    await user.type(district, 'Bezirksamt Altona ');
    await user.type(screen.getByLabelText('Dienststelle'), 'Fachamt Sozialraummanagement');
    await user.type(screen.getByLabelText('Anschrift'), 'Platz der Republik 1{Enter}22765 Hamburg');
    await user.type(screen.getByLabelText('Telefon'), '040 42811-0');
    await user.type(screen.getByLabelText('E-Mail'), 'integration@altona.hamburg.de');
    // The DSGVO Auskunft needs the data-protection officer: an empty field says so at the field.
    const dpo = screen.getByLabelText('Datenschutzbeauftragte oder Datenschutzbeauftragter');
    expect(screen.getByText('Fehlt – ohne diese Angabe ist die Auskunft nach Art. 15 DSGVO unvollständig.')).toBeInTheDocument();
    expect(screen.getByLabelText('Aufsichtsbehörde für Beschwerden')).toHaveValue(HAMBURG_SUPERVISORY_AUTHORITY);
    await user.type(dpo, 'Datenschutzbeauftragte{Enter}datenschutz@altona.hamburg.de');
    expect(screen.queryByText('Fehlt – ohne diese Angabe ist die Auskunft nach Art. 15 DSGVO unvollständig.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));

    expect(await screen.findByText('Die Einstellungen wurden gespeichert.')).toBeInTheDocument();
    expect(await api.settings()).toMatchObject({
      districtName: 'Bezirksamt Altona',
      officeName: 'Fachamt Sozialraummanagement',
      officeAddress: 'Platz der Republik 1\n22765 Hamburg',
      officePhone: '040 42811-0',
      officeEmail: 'integration@altona.hamburg.de',
      dataProtectionOfficer: 'Datenschutzbeauftragte\ndatenschutz@altona.hamburg.de',
      supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
    });
    // The stored (trimmed) value comes back into the form.
    await waitFor(() => expect(screen.getByLabelText('Bezirk')).toHaveValue('Bezirksamt Altona'));
  });

  it('shows an invalid e-mail address at the field', async () => {
    const { api, user } = await setup();
    await user.type(screen.getByLabelText('E-Mail'), 'integration-at-harburg');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    const email = screen.getByLabelText('E-Mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine gültige E-Mail-Adresse ein'));
    await waitFor(() => expect(email).toHaveFocus());
    expect((await api.settings()).officeEmail).toBe('');
  });

  it('saves the name shown as „eingetragen von“', async () => {
    const { api, user } = await setup();
    const name = screen.getByLabelText('Ihr Name');
    expect(name).toHaveValue('');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Erscheint in Statusverläufen als „eingetragen von“.'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('wird der Windows-Anmeldename verwendet'));
    await user.type(name, ' Petra Meier ');
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));
    expect(await screen.findByText('Ihr Name wurde gespeichert.')).toBeInTheDocument();
    expect((await api.settings()).userName).toBe('Petra Meier');
    await waitFor(() => expect(screen.getByLabelText('Ihr Name')).toHaveValue('Petra Meier'));
  });

  it('has the Datensicherung below the other settings, without accessibility problems', async () => {
    const { container } = await setup();
    expect(await screen.findByRole('table', { name: '1 Sicherung, die neueste zuerst' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Sprache',
      'Eingetragen von',
      'Bezirk und Dienststelle',
      'Anträge an die Bezirksversammlung',
      'Datensicherung',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Sicherungen',
      'Datenbank prüfen',
      'Sicherungsordner und Aufbewahrung',
      'Auf einen anderen PC übertragen',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });
});
